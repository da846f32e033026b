//! `otactl firmware verify`: both signatures, the manifest, size, sha256 and expiry,
//! saying exactly what failed.

use super::super::Ctx;
use super::minisig_path;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::keyring::Keyring;
use crate::signing::{self, PublicKey};
use clap::Args;
use std::path::PathBuf;
use time::OffsetDateTime;

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

pub fn cmd_verify(ctx: &Ctx, a: &VerifyArgs) -> CliResult<()> {
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
