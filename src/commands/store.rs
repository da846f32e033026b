//! `otactl store export | import`: carry devices, statuses and the audit log between a
//! technician's laptop and the central store in one JSON file signed with the
//! operator's key (minisign, like firmware). Import verifies it against the trusted
//! keys and checks every field as the live doors do; a changed, forged or foreign file
//! is refused whole. Importing the same file twice changes nothing.
//! `store backup | restore`: the whole store, copied consistently while the engine runs.

use super::Ctx;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::keyring::{Keyring, Password, signing_key};
use crate::signing::{PublicKey, SecretKey, SignatureFile};
use clap::{Args, Subcommand};
use otactl_store::transfer::{self, Bundle};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Signed exports. `otactl-export/1` files (a bare checksum) are refused.
const FORMAT: &str = "otactl-export/2";
const UNSIGNED_FORMAT: &str = "otactl-export/1";

#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    /// Write devices, statuses and the audit log to a file (or stdout)
    Export(ExportArgs),
    /// Merge an export into this store (idempotent: twice is the same as once)
    Import(ImportArgs),
    /// Copy the whole store to a file, consistently, even while the engine runs
    Backup(BackupArgs),
    /// Replace the whole store with a backup (stop the engine first)
    Restore(RestoreArgs),
}

/// Copy the whole store (devices, rollouts, jobs, statuses, firmware, outbox, dead
/// letters, audit) to FILE with SQLite's online backup: one consistent snapshot, taken
/// while the engine keeps running, checked with `integrity_check` before it is kept.
///
/// Example: otactl store backup /var/backups/otactl-$(date +%F).db
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The new file (never overwritten)
    pub file: PathBuf,
}

/// Replace the whole store with a backup made by `otactl store backup`. The backup is
/// checked first; the store's current content is lost, so it asks first (`--yes`).
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file
    pub file: PathBuf,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Serialize)]
struct CopyReport<'a> {
    file: &'a std::path::Path,
    tables: std::collections::BTreeMap<String, u64>,
}

fn write_counts(
    w: &mut dyn Write,
    tables: &std::collections::BTreeMap<String, u64>,
) -> std::io::Result<()> {
    let rows: Vec<Vec<String>> = tables
        .iter()
        .map(|(t, n)| vec![t.clone(), n.to_string()])
        .collect();
    crate::output::table(w, &["TABLE", "ROWS"], &rows)
}

fn cmd_backup(ctx: &Ctx, a: &BackupArgs) -> CliResult<()> {
    if a.file.exists() {
        return Err(
            CliError::input(format!("{} already exists", a.file.display()))
                .with_hint("backups are never overwritten: give a new file name"),
        );
    }
    let conn = ctx.open_store()?;
    let r = otactl_store::backup::backup(&conn, &a.file)?;
    let out = CopyReport {
        file: &a.file,
        tables: r.tables.into_iter().collect(),
    };
    ctx.printer.data(&out, |w| {
        writeln!(
            w,
            "backed up the store to {} ({} pages, integrity ok)",
            a.file.display(),
            r.pages
        )?;
        write_counts(w, &out.tables)
    })
}

fn cmd_restore(ctx: &Ctx, a: &RestoreArgs) -> CliResult<()> {
    otactl_store::backup::check_copy(&a.file).map_err(|e| {
        CliError::input(format!("{} cannot be restored: {e}", a.file.display()))
            .with_hint("give a file written by `otactl store backup`; nothing was changed")
    })?;
    if crate::engine::is_running(&ctx.settings.store_path()) {
        return Err(CliError::new(
            ErrorKind::StoreUnavailable,
            "an engine is running on this store; nothing was restored",
        )
        .with_hint("stop `otactl run` / `otactl serve` first"));
    }
    ctx.confirm(
        &format!(
            "replace everything in {} with {}",
            ctx.settings.store_path().display(),
            a.file.display()
        ),
        a.yes,
    )?;
    let mut conn = ctx.create_store()?;
    let counts = otactl_store::backup::restore(&mut conn, &a.file)?;
    let out = CopyReport {
        file: &a.file,
        tables: counts.into_iter().collect(),
    };
    ctx.printer.data(&out, |w| {
        writeln!(w, "restored the store from {}", a.file.display())?;
        write_counts(w, &out.tables)
    })
}

impl StoreCommand {
    pub fn audit_name(&self) -> Option<&'static str> {
        match self {
            StoreCommand::Import(_) => Some("store import"),
            StoreCommand::Restore(_) => Some("store restore"),
            StoreCommand::Export(_) | StoreCommand::Backup(_) => None,
        }
    }

    pub fn run(&self, ctx: &Ctx) -> CliResult<()> {
        match self {
            StoreCommand::Export(a) => cmd_export(ctx, a),
            StoreCommand::Import(a) => cmd_import(ctx, a),
            StoreCommand::Backup(a) => cmd_backup(ctx, a),
            StoreCommand::Restore(a) => cmd_restore(ctx, a),
        }
    }
}

/// Write devices, statuses and the audit log to a file, for `otactl store import` on
/// another machine. The file is signed with your signing key (--key, OTACTL_KEY or the
/// keyring's default); the importing machine must trust its public key.
///
/// Example: otactl store export --since 24h --file field-2026-11-22.json
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only what changed since this time: RFC 3339, or a duration ago (e.g. 24h)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Write here (atomically, mode 0600) instead of stdout
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Read the signing key's password from the first line of this file (else
    /// OTACTL_KEY_PASSWORD or a prompt)
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
}

/// Merge an export from another store: devices (the newer row wins), statuses (each
/// once, applied to jobs this store knows) and audit entries (each once, marked as
/// imported). The file must be signed by a trusted key (`otactl keys trust KEY.pub`)
/// and every field must pass the checks of `fleet import` and status ingest.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The file written by `otactl store export`
    pub file: PathBuf,
}

#[derive(Serialize)]
struct Header<'a> {
    format: &'a str,
    created_at: String,
    since_ms: Option<i64>,
    sha256: String,
    /// minisign signature (`ED`) of `data`'s exact bytes; its trusted comment names
    /// the format and the sha256.
    minisig: String,
    data: &'a RawValue,
}

#[derive(Deserialize)]
struct Envelope<'a> {
    format: String,
    #[serde(default)]
    sha256: String,
    #[serde(default)]
    minisig: Option<String>,
    #[serde(borrow)]
    data: &'a RawValue,
}

/// A verified export: its content and the key that signed it.
#[derive(Debug)]
pub struct Verified {
    pub bundle: Bundle,
    pub key_id: String,
}

fn trusted_comment(sha256: &str) -> String {
    format!("{FORMAT} sha256={sha256}")
}

/// The export file's text for `bundle`, signed with `sk`.
pub fn write_export(
    bundle: &Bundle,
    sk: &SecretKey,
    since_ms: Option<i64>,
    now_ms: i64,
) -> CliResult<String> {
    let data = serde_json::to_string(bundle).map_err(|e| CliError::internal(e.to_string()))?;
    let raw = RawValue::from_string(data).map_err(|e| CliError::internal(e.to_string()))?;
    let sha256 = hex(&Sha256::digest(raw.get().as_bytes()));
    let sig = SignatureFile::sign_data(
        sk,
        raw.get().as_bytes(),
        &trusted_comment(&sha256),
        "signature from otactl store export",
    )?;
    let doc = Header {
        format: FORMAT,
        created_at: crate::domain::protocol::rfc3339_ms(now_ms),
        since_ms,
        sha256,
        minisig: sig.to_text(),
        data: &raw,
    };
    serde_json::to_string(&doc).map_err(|e| CliError::internal(e.to_string()))
}

fn since_ms(s: &str) -> CliResult<i64> {
    if let Some(t) = crate::domain::duration::parse_rfc3339_ms(s) {
        return Ok(t);
    }
    let d = crate::domain::duration::parse(s).map_err(|_| {
        CliError::input(format!("--since '{s}' is neither a time nor a duration"))
            .with_hint("e.g. --since 2026-11-21T00:00:00Z or --since 24h")
    })?;
    Ok(otactl_store::now_ms() - d.as_millis() as i64)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn cmd_export(ctx: &Ctx, a: &ExportArgs) -> CliResult<()> {
    let since = a.since.as_deref().map(since_ms).transpose()?;
    let sk = signing_key(
        ctx.settings.key.value.as_deref(),
        &Password::from_args(a.password_file.as_deref()),
    )?;
    let conn = ctx.open_store()?;
    let bundle = transfer::export(&conn, since)?;
    let text = write_export(&bundle, &sk, since, otactl_store::now_ms())?;
    let summary = format!(
        "exported {} device(s), {} status(es), {} audit entr(ies), signed with key {}",
        bundle.devices.len(),
        bundle.statuses.len(),
        bundle.audit.len(),
        sk.key_id_hex()
    );
    match &a.file {
        Some(path) => {
            write_private(path, text.as_bytes())?;
            ctx.printer.data(
                &serde_json::json!({
                    "file": path,
                    "devices": bundle.devices.len(),
                    "statuses": bundle.statuses.len(),
                    "audit": bundle.audit.len(),
                    "key_id": sk.key_id_hex(),
                }),
                |w| writeln!(w, "{summary} to {}", path.display()),
            )
        }
        None => {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{text}")?;
            ctx.printer.info(summary);
            Ok(())
        }
    }
}

/// Writes `path` atomically with mode 0600, like the store it comes from.
fn write_private(path: &Path, bytes: &[u8]) -> CliResult<()> {
    let tmp = path.with_extension("export.tmp");
    let write = || -> std::io::Result<()> {
        let _ = std::fs::remove_file(&tmp);
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        CliError::input(format!("cannot write {}: {e}", path.display()))
    })
}

/// Reads and checks an export file: right format, signed by one of `trusted` over its
/// exact data, well-formed data whose every field passes the live doors' checks.
pub fn read_export(bytes: &[u8], trusted: &[PublicKey], now_ms: i64) -> CliResult<Verified> {
    let foreign = || {
        CliError::input("not an otactl export file")
            .with_hint("make one with `otactl store export --file FILE`")
    };
    let verification = |m: String| CliError::new(ErrorKind::Verification, m);
    let env: Envelope<'_> = serde_json::from_slice(bytes).map_err(|_| foreign())?;
    if env.format == UNSIGNED_FORMAT {
        return Err(verification(format!(
            "the export is unsigned ({UNSIGNED_FORMAT}): it cannot be trusted"
        ))
        .with_hint("export again with this version of otactl, which signs exports"));
    }
    if env.format != FORMAT {
        return Err(CliError::input(format!(
            "unsupported export format '{}' (this otactl reads {FORMAT})",
            crate::output::escape(&env.format.chars().take(40).collect::<String>())
        ))
        .with_hint("export again with this version of otactl"));
    }
    let data = env.data.get().as_bytes();
    if hex(&Sha256::digest(data)) != env.sha256 {
        return Err(verification(
            "the export is corrupt: its checksum does not match its contents".into(),
        )
        .with_hint("copy the file again from the machine that exported it"));
    }
    let sig = env
        .minisig
        .as_deref()
        .map(SignatureFile::parse)
        .transpose()
        .ok()
        .flatten()
        .ok_or_else(|| {
            verification("the export carries no readable signature".into())
                .with_hint("export again with `otactl store export --file FILE`")
        })?;
    let key_id = sig.key_id.to_hex();
    let pk = trusted
        .iter()
        .find(|k| k.key_id() == sig.key_id)
        .ok_or_else(|| {
            verification(format!(
                "the export is signed by key {key_id}, which this machine does not trust"
            ))
            .with_hint("trust the exporting operator's key: `otactl keys trust THEIR.pub`")
        })?;
    if sig.verify_data(pk, data).is_err() || sig.trusted_comment != trusted_comment(&env.sha256) {
        return Err(verification(format!(
            "the export's signature (key {key_id}) does not match its contents: it was changed after signing"
        ))
        .with_hint("copy the file again from the machine that exported it"));
    }
    let bundle: Bundle = serde_json::from_slice(data).map_err(|e| {
        CliError::input(format!(
            "the export's data is malformed: {}",
            crate::output::escape(&e.to_string())
        ))
        .with_hint("export again with this version of otactl")
    })?;
    crate::domain::transfer::check_bundle(&bundle, now_ms).map_err(|why| {
        CliError::input(format!("the export holds what this store refuses: {why}")).with_hint(
            "fix the exporting store (`otactl fleet import` shows the rules) and export again",
        )
    })?;
    Ok(Verified { bundle, key_id })
}

fn cmd_import(ctx: &Ctx, a: &ImportArgs) -> CliResult<()> {
    let bytes = std::fs::read(&a.file)
        .map_err(|e| CliError::input(format!("cannot read {}: {e}", a.file.display())))?;
    let trusted = Keyring::new(None).trusted()?;
    let v = read_export(&bytes, &trusted, otactl_store::now_ms())?;
    let mut conn = ctx.create_store()?;
    let r = transfer::import(
        &mut conn,
        &v.bundle,
        &format!("export signed by {}", v.key_id),
    )?;
    ctx.printer.data(&r, |w| {
        writeln!(
            w,
            "imported {} (signed by {}): {} device(s) added, {} updated; {} new status(es) ({} moved a job), {} already known; {} audit entr(ies) added",
            a.file.display(),
            v.key_id,
            r.devices_added,
            r.devices_updated,
            r.statuses_added,
            r.statuses_applied,
            r.statuses_known,
            r.audit_added
        )
    })
}
