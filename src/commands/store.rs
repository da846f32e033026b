//! `otactl store export | import`: carry devices, statuses and the audit log between a
//! technician's laptop and the central store in one checksummed JSON file. Importing
//! the same file twice changes nothing; a corrupt or foreign file is refused whole.
//! `store backup | restore`: the whole store, copied consistently while the engine runs.

use super::Ctx;
use crate::error::{CliError, CliResult, ErrorKind};
use clap::{Args, Subcommand};
use otactl_store::transfer::{self, Bundle};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::PathBuf;

const FORMAT: &str = "otactl-export/1";

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
/// another machine.
///
/// Example: otactl store export --since 24h --file field-2026-11-22.json
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only what changed since this time: RFC 3339, or a duration ago (e.g. 24h)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Write here (atomically) instead of stdout
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// Merge an export from another store: devices (the newer row wins), statuses (each
/// once, applied to jobs this store knows) and audit entries (each once).
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
    data: &'a RawValue,
}

#[derive(Deserialize)]
struct Envelope<'a> {
    format: String,
    sha256: String,
    #[serde(borrow)]
    data: &'a RawValue,
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
    let conn = ctx.open_store()?;
    let bundle = transfer::export(&conn, since)?;
    let data = serde_json::to_string(&bundle).map_err(|e| CliError::internal(e.to_string()))?;
    let raw = RawValue::from_string(data).map_err(|e| CliError::internal(e.to_string()))?;
    let doc = Header {
        format: FORMAT,
        created_at: crate::domain::protocol::rfc3339_ms(otactl_store::now_ms()),
        since_ms: since,
        sha256: hex(&Sha256::digest(raw.get().as_bytes())),
        data: &raw,
    };
    let text = serde_json::to_string(&doc).map_err(|e| CliError::internal(e.to_string()))?;
    let summary = format!(
        "exported {} device(s), {} status(es), {} audit entr(ies)",
        bundle.devices.len(),
        bundle.statuses.len(),
        bundle.audit.len()
    );
    match &a.file {
        Some(path) => {
            let tmp = path.with_extension("export.tmp");
            std::fs::write(&tmp, text.as_bytes())
                .and_then(|_| std::fs::rename(&tmp, path))
                .map_err(|e| {
                    let _ = std::fs::remove_file(&tmp);
                    CliError::input(format!("cannot write {}: {e}", path.display()))
                })?;
            ctx.printer.data(
                &serde_json::json!({
                    "file": path,
                    "devices": bundle.devices.len(),
                    "statuses": bundle.statuses.len(),
                    "audit": bundle.audit.len(),
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

/// Reads and checks an export file: right format, checksum, well-formed data.
pub fn read_export(bytes: &[u8]) -> CliResult<Bundle> {
    let foreign = || {
        CliError::input("not an otactl export file")
            .with_hint("make one with `otactl store export --file FILE`")
    };
    let env: Envelope<'_> = serde_json::from_slice(bytes).map_err(|_| foreign())?;
    if env.format != FORMAT {
        return Err(CliError::input(format!(
            "unsupported export format '{}' (this otactl reads {FORMAT})",
            env.format.chars().take(40).collect::<String>()
        ))
        .with_hint("export again with this version of otactl"));
    }
    if hex(&Sha256::digest(env.data.get().as_bytes())) != env.sha256 {
        return Err(CliError::new(
            ErrorKind::Verification,
            "the export is corrupt: its checksum does not match its contents",
        )
        .with_hint("copy the file again from the machine that exported it"));
    }
    serde_json::from_str(env.data.get()).map_err(|e| {
        CliError::input(format!("the export's data is malformed: {e}"))
            .with_hint("export again with this version of otactl")
    })
}

fn cmd_import(ctx: &Ctx, a: &ImportArgs) -> CliResult<()> {
    let bytes = std::fs::read(&a.file)
        .map_err(|e| CliError::input(format!("cannot read {}: {e}", a.file.display())))?;
    let bundle = read_export(&bytes)?;
    let mut conn = ctx.create_store()?;
    let r = transfer::import(&mut conn, &bundle)?;
    ctx.printer.data(&r, |w| {
        writeln!(
            w,
            "imported {}: {} device(s) added, {} updated; {} new status(es) ({} moved a job), {} already known; {} audit entr(ies) added",
            a.file.display(),
            r.devices_added,
            r.devices_updated,
            r.statuses_added,
            r.statuses_applied,
            r.statuses_known,
            r.audit_added
        )
    })
}
