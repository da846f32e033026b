//! `otactl firmware sign`: an image signed in minisign's prehashed format, the
//! release manifest as the signature's trusted comment, registered in the store.

use super::super::Ctx;
use super::minisig_path;
use crate::error::{CliError, CliResult};
use crate::keyring::Password;
use crate::signing::{self, Manifest, ManifestParams};
use clap::Args;
use otactl_store::artifacts::{self, NewArtifact};
use serde::Serialize;
use std::path::PathBuf;
use time::OffsetDateTime;

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
    /// Security counter, 0 to 2^63-1, above every earlier one of NAME [default: one more
    /// than the highest signed for NAME]
    #[arg(long)]
    pub counter: Option<u64>,
    /// Hardware ids the image installs on (comma-separated)
    #[arg(long, value_delimiter = ',', required = true)]
    pub hw: Vec<String>,
    /// The manifest expires after this long (e.g. 90d); devices refuse it after
    #[arg(long, value_name = "DURATION", value_parser = crate::domain::parsers::positive_duration)]
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

fn validate_release(name: &str, version: &str, hw: &[String]) -> CliResult<()> {
    use crate::domain::ids;
    if !ids::is_firmware_name(name) {
        return Err(CliError::input(format!(
            "invalid firmware name '{}'",
            crate::output::escape(name)
        ))
        .with_hint(format!("use {} (e.g. engine-ecu)", ids::RELEASE_ALPHABET)));
    }
    if !ids::is_release_version(version) {
        return Err(CliError::input(format!(
            "invalid version '{}'",
            crate::output::escape(version)
        ))
        .with_hint(format!(
            "use {} (e.g. 1.4.2 or 2.0.0-rc.1+b7); a tag or branch name may need mapping",
            ids::RELEASE_ALPHABET
        )));
    }
    if let Some(h) = hw.iter().find(|h| !ids::is_label(h)) {
        return Err(CliError::input(format!(
            "invalid hardware id '{}'",
            crate::output::escape(h)
        ))
        .with_hint("use letters, digits, '.', '_', '-', ':' (e.g. stm32f4)"));
    }
    Ok(())
}

/// The counter to sign with: the one given, which must be storable and above every
/// counter of the name, or the next one.
fn next_counter(name: &str, given: Option<u64>, known: Option<u64>) -> CliResult<u64> {
    use crate::domain::ids::{MAX_COUNTER, is_counter};
    match (given, known) {
        (Some(c), _) if !is_counter(c) => Err(CliError::input(format!(
            "counter {c} is above {MAX_COUNTER}, the largest a counter can be"
        ))
        .with_hint("security counters are integers from 0 to 2^63-1")),
        (Some(c), Some(k)) if c <= k => Err(CliError::input(format!(
            "counter {c} is not above {k}, the highest already signed for '{name}'"
        ))
        .with_hint(
            "the security counter only grows (anti-rollback); omit --counter to use the next one",
        )),
        (Some(c), _) => Ok(c),
        (None, Some(k)) if k >= MAX_COUNTER => Err(CliError::input(format!(
            "the counter of '{name}' is at its maximum ({MAX_COUNTER})"
        ))
        .with_hint("release under a new firmware name; devices keep refusing lower counters")),
        (None, Some(k)) => Ok(k + 1),
        (None, None) => Ok(1),
    }
}

pub fn cmd_sign(ctx: &Ctx, a: &SignArgs) -> CliResult<()> {
    validate_release(&a.name, &a.version, &a.hw)?;
    let conn = ctx.create_store()?;
    let known = artifacts::max_counter(&conn, &a.name)?;
    let counter = next_counter(&a.name, a.counter, known)?;
    if a.counter.is_none()
        && let Some(newer) = artifacts::list(&conn)?.into_iter().find(|x| {
            x.name == a.name
                && crate::domain::version::compare(&x.version, &a.version)
                    == std::cmp::Ordering::Greater
        })
    {
        return Err(CliError::input(format!(
            "{}@{} is older than {}@{} (counter {}), which is already signed",
            a.name, a.version, newer.name, newer.version, newer.counter
        ))
        .with_hint(format!(
            "the next counter would give the older version the higher one; if that is meant, pass --counter {} explicitly",
            known.map_or(1, |k| k + 1)
        )));
    }
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
    let key_path = crate::keyring::signing_key_path(ctx.settings.key.value.as_deref())?;
    let sk = crate::keyring::load_secret_key(
        &key_path,
        &Password::from_args(a.password_file.as_deref()),
    )?;
    if crate::keyring::is_unencrypted(&key_path) {
        ctx.printer.warn(format!(
            "signing with {}, which is stored without a password (test rigs only)",
            key_path.display()
        ));
    }
    let key_id = sk.public_key().key_id_hex();
    if !crate::keyring::Keyring::new(None)
        .trusted()?
        .iter()
        .any(|k| k.key_id_hex() == key_id)
    {
        ctx.printer.warn(format!(
            "key {key_id} ({}) is not trusted here: `firmware verify` and `rollout create` will refuse this image until `otactl keys trust` its .pub",
            key_path.display()
        ));
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::MAX_COUNTER;
    use proptest::prelude::*;

    fn artifact(name: &str, version: usize, counter: u64) -> NewArtifact {
        NewArtifact {
            name: name.into(),
            version: format!("1.0.{version}"),
            counter,
            hw: vec!["stm32f4".into()],
            size: 1,
            sha256: "00".repeat(32),
            key_id: "0000000000000000".into(),
            manifest: "{}".into(),
            minisig: String::new(),
            path: None,
            expires_ms: None,
        }
    }

    /// A counter the operator might type: small, near the bounds, or past them.
    fn typed() -> impl Strategy<Value = Option<u64>> {
        prop_oneof![
            Just(None),
            (0u64..20).prop_map(Some),
            (MAX_COUNTER - 3..=MAX_COUNTER).prop_map(Some),
            (MAX_COUNTER + 1..=u64::MAX).prop_map(Some),
            any::<u64>().prop_map(Some),
        ]
    }

    proptest! {
        /// After any sequence of `firmware sign` (two names, counters given or not),
        /// every release's counter is in 0..=i64::MAX and above every earlier counter
        /// of its name; a refused sign changes nothing.
        #[test]
        fn counters_only_grow_per_name(ops in proptest::collection::vec((any::<bool>(), typed()), 1..40)) {
            let conn = otactl_store::open_in_memory().expect("store");
            let mut signed: Vec<(String, u64)> = Vec::new();
            for (i, (first, given)) in ops.into_iter().enumerate() {
                let name = if first { "ecu" } else { "gateway" };
                let known = artifacts::max_counter(&conn, name).expect("max");
                match next_counter(name, given, known) {
                    Ok(c) => {
                        prop_assert!(c <= MAX_COUNTER);
                        prop_assert!(signed.iter().filter(|(n, _)| n == name).all(|(_, k)| c > *k));
                        artifacts::upsert(&conn, &artifact(name, i, c), 0).expect("store");
                        signed.push((name.to_string(), c));
                    }
                    Err(e) => prop_assert_eq!(e.exit_code(), 3),
                }
                prop_assert_eq!(
                    artifacts::max_counter(&conn, name).expect("max"),
                    signed.iter().filter(|(n, _)| n == name).map(|(_, c)| *c).max()
                );
            }
        }
    }

    #[test]
    fn the_bounds_and_the_maximum() {
        assert!(next_counter("ecu", Some(u64::MAX), None).is_err());
        assert!(next_counter("ecu", Some(MAX_COUNTER + 1), None).is_err());
        assert_eq!(
            next_counter("ecu", Some(MAX_COUNTER), None).ok(),
            Some(MAX_COUNTER)
        );
        assert!(next_counter("ecu", None, Some(MAX_COUNTER)).is_err());
        assert!(next_counter("ecu", Some(5), Some(MAX_COUNTER)).is_err());
    }
}
