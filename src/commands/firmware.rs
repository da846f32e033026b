//! `otactl firmware sign | verify | list | show`: firmware images signed in minisign's
//! prehashed format, with the release manifest as the signature's trusted comment,
//! registered in the store.

use super::Ctx;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::keyring::{Keyring, Password, signing_key};
use crate::output::{fmt_ms, table};
use crate::signing::{self, Manifest, ManifestParams, PublicKey};
use clap::{Args, Subcommand};
use otactl_store::artifacts::{self, Artifact, NewArtifact};
use serde::Serialize;
use std::path::{Path, PathBuf};
use time::OffsetDateTime;

#[derive(Debug, Subcommand)]
pub enum FirmwareCommand {
    /// Sign a firmware image: FILE.minisig with the manifest as trusted comment
    Sign(SignArgs),
    /// Verify a firmware image against its .minisig and print its manifest
    Verify(VerifyArgs),
    /// List the firmware artifacts known to the store (--remote: against the bucket)
    #[command(alias = "ls")]
    List(ListArgs),
    /// Show one artifact (NAME@VERSION) with its manifest
    Show(ShowArgs),
    /// Upload a signed image to the S3 bucket (resumable, deduplicated)
    Upload(super::upload::UploadArgs),
    /// Print a presigned download URL for an uploaded artifact
    Url(super::upload::UrlArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Compare the bucket's contents with what the store knows
    #[arg(long)]
    pub remote: bool,
}

impl FirmwareCommand {
    pub fn audit_name(&self) -> Option<&'static str> {
        match self {
            FirmwareCommand::Sign(_) => Some("firmware sign"),
            FirmwareCommand::Upload(_) => Some("firmware upload"),
            _ => None,
        }
    }

    pub fn run(&self, ctx: &Ctx) -> CliResult<()> {
        match self {
            FirmwareCommand::Sign(a) => cmd_sign(ctx, a),
            FirmwareCommand::Verify(a) => cmd_verify(ctx, a),
            FirmwareCommand::List(a) if a.remote => super::upload::cmd_list_remote(ctx),
            FirmwareCommand::List(_) => cmd_list(ctx),
            FirmwareCommand::Upload(a) => super::upload::cmd_upload(ctx, a),
            FirmwareCommand::Url(a) => super::upload::cmd_url(ctx, a),
            FirmwareCommand::Show(a) => cmd_show(ctx, a),
        }
    }
}

/// Sign a firmware image for release.
///
/// Reads the file once, computing BLAKE2b-512 and SHA-256 in the same pass, and writes
/// FILE.minisig in minisign's prehashed format (the stock `minisign -Vm FILE -p
/// KEY.pub` verifies it). Its trusted comment is the manifest devices check: name,
/// version, security counter (anti-rollback), hardware ids, size, sha256, expiry.
/// The artifact is registered in the store for rollouts.
///
/// Example: otactl firmware sign ecu-1.4.2.bin --name engine-ecu --version 1.4.2 --hw stm32f4
#[derive(Debug, Args)]
pub struct SignArgs {
    /// The firmware image
    pub file: PathBuf,
    /// Firmware name (one anti-rollback counter per name)
    #[arg(long)]
    pub name: String,
    /// Firmware version
    #[arg(long)]
    pub version: String,
    /// Security counter [default: one more than the highest signed for NAME]
    #[arg(long)]
    pub counter: Option<u64>,
    /// Hardware ids the image installs on (comma-separated)
    #[arg(long, value_delimiter = ',', required = true)]
    pub hw: Vec<String>,
    /// The manifest expires after this long (e.g. 90d); devices refuse it after
    #[arg(long, value_name = "DURATION")]
    pub expires: Option<String>,
    /// Where to write the signature [default: FILE.minisig]
    #[arg(long, short = 'x', value_name = "FILE")]
    pub sig: Option<PathBuf>,
    /// Replace an existing signature file
    #[arg(long)]
    pub force: bool,
    /// Read the key password from the first line of this file (else OTACTL_KEY_PASSWORD or a prompt)
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
}

#[derive(Serialize)]
struct SignReport {
    file: PathBuf,
    signature: PathBuf,
    key_id: String,
    manifest: Manifest,
    blake2b512: String,
}

/// Where a file's signature lives by default: `FILE.minisig`.
pub fn minisig_path(file: &Path) -> PathBuf {
    let mut s = file.as_os_str().to_owned();
    s.push(".minisig");
    PathBuf::from(s)
}

fn validate_release(name: &str, version: &str, hw: &[String]) -> CliResult<()> {
    use crate::domain::ids;
    if !ids::is_label(name) {
        return Err(CliError::input(format!("invalid firmware name '{name}'"))
            .with_hint("use letters, digits, '.', '_', '-' (e.g. engine-ecu)"));
    }
    if !ids::is_version(version) {
        return Err(CliError::input(format!("invalid version '{version}'")));
    }
    if let Some(h) = hw.iter().find(|h| !ids::is_label(h)) {
        return Err(CliError::input(format!("invalid hardware id '{h}'")));
    }
    Ok(())
}

fn cmd_sign(ctx: &Ctx, a: &SignArgs) -> CliResult<()> {
    validate_release(&a.name, &a.version, &a.hw)?;
    let conn = ctx.open_store()?;
    let known = artifacts::max_counter(&conn, &a.name)?;
    let counter = match (a.counter, known) {
        (Some(c), Some(k)) if c <= k => {
            return Err(CliError::input(format!(
                "counter {c} is not above {k}, the highest already signed for '{}'",
                a.name
            ))
            .with_hint("the security counter only grows (anti-rollback); omit --counter to use the next one"));
        }
        (Some(c), _) => c,
        (None, Some(k)) => k + 1,
        (None, None) => 1,
    };
    if artifacts::get(&conn, &a.name, &a.version)?.is_some() {
        return Err(
            CliError::input(format!("{}@{} is already signed", a.name, a.version))
                .with_hint("a released version is immutable: give the new build a new version"),
        );
    }
    let expires_at = match &a.expires {
        None => None,
        Some(d) => {
            let d = crate::domain::duration::parse(d)
                .map_err(|e| CliError::input(e).with_hint("e.g. --expires 90d"))?;
            let t = OffsetDateTime::now_utc() + d;
            Some(t.replace_nanosecond(0).unwrap_or(t))
        }
    };
    let out = a.sig.clone().unwrap_or_else(|| minisig_path(&a.file));
    if out.exists() && !a.force {
        return Err(CliError::input(format!("{} already exists", out.display()))
            .with_hint("pass --force to replace it"));
    }
    if !a.file.is_file() {
        return Err(CliError::input(format!(
            "{} is not a readable file",
            a.file.display()
        )));
    }
    let sk = signing_key(
        ctx.settings.key.value.as_deref(),
        &Password::from_args(a.password_file.as_deref()),
    )?;
    let params = ManifestParams {
        name: a.name.clone(),
        version: a.version.clone(),
        counter,
        hw: a.hw.clone(),
        expires_at,
    };
    let signed = signing::sign_file(&sk, &a.file, &params)?;
    // Write the signature atomically: a crash leaves the old file or the new, never half.
    let tmp = out.with_extension("minisig.tmp");
    std::fs::write(&tmp, &signed.minisig)?;
    std::fs::rename(&tmp, &out)?;
    let abs = std::fs::canonicalize(&a.file).unwrap_or_else(|_| a.file.clone());
    artifacts::upsert(
        &conn,
        &NewArtifact {
            name: a.name.clone(),
            version: a.version.clone(),
            counter,
            hw: a.hw.clone(),
            size: signed.digests.size,
            sha256: signed.digests.sha256_hex(),
            key_id: sk.key_id_hex(),
            manifest: signed.manifest.to_json()?,
            minisig: signed.minisig.clone(),
            path: Some(abs.display().to_string()),
            expires_ms: expires_at.map(crate::domain::duration::unix_ms),
        },
        otactl_store::now_ms(),
    )?;
    let report = SignReport {
        file: a.file.clone(),
        signature: out.clone(),
        key_id: sk.key_id_hex(),
        blake2b512: signed.digests.blake2b512_hex(),
        manifest: signed.manifest,
    };
    ctx.printer.data(&report, |w| {
        writeln!(
            w,
            "signed {}@{} (counter {counter}) with key {}",
            a.name, a.version, report.key_id
        )?;
        writeln!(w, "signature {}", out.display())?;
        writeln!(
            w,
            "size {}  sha256 {}",
            report.manifest.size, report.manifest.sha256
        )
    })
}

/// Verify a firmware image: both signatures, the manifest, size, sha256 and expiry.
///
/// Exits 4 (verification failed) and says exactly what failed: the file's signature,
/// the trusted comment, the key, a truncated file, an expired manifest...
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The firmware image
    pub file: PathBuf,
    /// The signature [default: FILE.minisig]
    #[arg(long, short = 'x', value_name = "FILE")]
    pub sig: Option<PathBuf>,
    /// Public key(s) to accept (.pub files) [default: the trusted keys]
    #[arg(long, short = 'p', value_name = "FILE")]
    pub pubkey: Vec<PathBuf>,
}

fn cmd_verify(ctx: &Ctx, a: &VerifyArgs) -> CliResult<()> {
    let sig_path = a.sig.clone().unwrap_or_else(|| minisig_path(&a.file));
    let sig = std::fs::read_to_string(&sig_path).map_err(|e| {
        CliError::new(
            ErrorKind::Verification,
            format!("cannot read signature {}: {e}", sig_path.display()),
        )
        .with_hint("sign with `otactl firmware sign`, or pass --sig FILE")
    })?;
    let keys: Vec<PublicKey> = if a.pubkey.is_empty() {
        Keyring::new(None).trusted()?
    } else {
        a.pubkey
            .iter()
            .map(PublicKey::load)
            .collect::<Result<_, _>>()?
    };
    if keys.is_empty() {
        return Err(CliError::config("no trusted public keys")
            .with_hint("trust the signer with `otactl keys trust KEY.pub`, or pass --pubkey"));
    }
    if !a.file.is_file() {
        return Err(CliError::input(format!(
            "{} is not a readable file",
            a.file.display()
        )));
    }
    let manifest = signing::verify_file(&keys, &a.file, &sig, OffsetDateTime::now_utc())?;
    ctx.printer.data(&manifest, |w| {
        writeln!(
            w,
            "verified {}@{} (counter {})",
            manifest.name, manifest.version, manifest.counter
        )?;
        writeln!(
            w,
            "hw {}  size {}  sha256 {}",
            manifest.hw.join(","),
            manifest.size,
            manifest.sha256
        )
    })
}

fn cmd_list(ctx: &Ctx) -> CliResult<()> {
    let conn = ctx.open_store()?;
    let list = artifacts::list(&conn)?;
    ctx.printer.data(&list, |w| {
        let rows: Vec<Vec<String>> = list
            .iter()
            .map(|a| {
                vec![
                    format!("{}@{}", a.name, a.version),
                    a.counter.to_string(),
                    a.hw.join(","),
                    a.size.to_string(),
                    a.key_id.clone(),
                    a.object_key.clone().unwrap_or_else(|| "-".into()),
                    fmt_ms(a.created_ms),
                ]
            })
            .collect();
        table(
            w,
            &[
                "ARTIFACT",
                "COUNTER",
                "HW",
                "SIZE",
                "KEY",
                "UPLOADED AS",
                "SIGNED",
            ],
            &rows,
        )
    })
}

/// Show one artifact with its manifest.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// NAME@VERSION
    pub artifact: String,
}

/// Splits `NAME@VERSION` and finds it in the store.
pub fn find_artifact(conn: &otactl_store::Connection, spec: &str) -> CliResult<Artifact> {
    let (name, version) = spec.split_once('@').ok_or_else(|| {
        CliError::input(format!("'{spec}' is not NAME@VERSION")).with_hint("e.g. engine-ecu@1.4.2")
    })?;
    artifacts::get(conn, name, version)?.ok_or_else(|| {
        CliError::input(format!("firmware {spec} is not in the store"))
            .with_hint("sign it with `otactl firmware sign`, or list with `otactl firmware list`")
    })
}

fn cmd_show(ctx: &Ctx, a: &ShowArgs) -> CliResult<()> {
    let conn = ctx.open_store()?;
    let art = find_artifact(&conn, &a.artifact)?;
    let manifest: serde_json::Value = serde_json::from_str(&art.manifest).unwrap_or_default();
    let out = serde_json::json!({"artifact": art, "manifest": manifest, "minisig": art.minisig});
    ctx.printer.data(&out, |w| {
        writeln!(w, "artifact  {}@{}", art.name, art.version)?;
        writeln!(w, "counter   {}", art.counter)?;
        writeln!(w, "hw        {}", art.hw.join(", "))?;
        writeln!(w, "size      {}", art.size)?;
        writeln!(w, "sha256    {}", art.sha256)?;
        writeln!(w, "key id    {}", art.key_id)?;
        writeln!(w, "file      {}", art.path.as_deref().unwrap_or("-"))?;
        writeln!(w, "uploaded  {}", art.object_key.as_deref().unwrap_or("-"))?;
        writeln!(
            w,
            "expires   {}",
            art.expires_ms.map(fmt_ms).unwrap_or_else(|| "never".into())
        )?;
        writeln!(w, "manifest  {}", art.manifest)
    })
}
