//! `otactl firmware upload`: signed images into S3-compatible storage under
//! content-addressed keys (`firmware/NAME/VERSION/SHA256`, the `.minisig` beside it),
//! checked as they are read, in resumable parallel multipart uploads.

use super::super::Ctx;
use super::super::storage::{object_key, runtime, s3_config};
use crate::error::{CliError, CliResult, ErrorKind};
use crate::keyring::Keyring;
use crate::s3::{
    BoxError, ContentCheck, NoCheck, PartChecksum, S3Client, S3Error, StoreJournal, UploadEvent,
    UploadOptions, UploadOutcome,
};
use crate::signing::{self, PublicKey, StreamStart, StreamVerifier};
use clap::Args;
use otactl_store::artifacts::{self, NewArtifact};
use serde::Serialize;
use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use time::OffsetDateTime;

/// Upload a signed firmware image to the bucket.
///
/// Refuses an image without a valid .minisig from a trusted key: the key and the
/// signed manifest are checked first, the signature over the image's bytes as they
/// are read for the upload (the file is read once), and the object only becomes
/// visible if it holds. Uploads in parallel parts (retried with backoff, each with a
/// CRC32C or Content-MD5), resumes an interrupted upload on the next run, stores the
/// image's sha256 in the object's metadata and the .minisig beside it, and skips the
/// upload when the same object is already there.
#[derive(Debug, Args)]
pub struct UploadArgs {
    /// The firmware image (FILE.minisig must be beside it, or give --sig)
    pub file: PathBuf,
    /// The signature [default: FILE.minisig]
    #[arg(long, short = 'x', value_name = "FILE")]
    pub sig: Option<PathBuf>,
    /// Part size in MiB (at least 5); small parts lose less on a flaky uplink
    #[arg(long, default_value_t = 8, value_name = "MIB")]
    pub part_size: u64,
    /// Parts in flight at once (peak memory ≈ part size × concurrency)
    #[arg(long, default_value_t = 4)]
    pub concurrency: usize,
    /// The checksum each part carries
    #[arg(long, value_enum, default_value_t = PartChecksum::Crc32c, value_name = "ALGO")]
    pub part_checksum: PartChecksum,
}

/// The signature check, fed the bytes the upload reads.
struct Verify(StreamVerifier);

impl ContentCheck for Verify {
    fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
    fn finish(self: Box<Self>) -> Result<(), BoxError> {
        self.0.finish().map_err(|e| Box::new(e) as BoxError)
    }
}

#[derive(Serialize)]
struct UploadReport {
    artifact: String,
    key: String,
    size: u64,
    sha256: String,
    outcome: &'static str,
    parts: u32,
    resumed_parts: u32,
}

pub fn cmd_upload(ctx: &Ctx, a: &UploadArgs) -> CliResult<()> {
    let sig_path = a
        .sig
        .clone()
        .unwrap_or_else(|| super::minisig_path(&a.file));
    let minisig = std::fs::read_to_string(&sig_path).map_err(|e| {
        CliError::new(
            ErrorKind::Verification,
            format!(
                "{} is not signed: cannot read {}: {e}",
                a.file.display(),
                sig_path.display()
            ),
        )
        .with_hint("sign it first with `otactl firmware sign`")
    })?;
    let keys: Vec<PublicKey> = Keyring::new(None).trusted()?;
    if keys.is_empty() {
        return Err(
            CliError::config("no trusted public keys to check the signature with")
                .with_hint("trust the signer with `otactl keys trust KEY.pub`"),
        );
    }
    // The key, the signed manifest and its expiry now; the bytes during the upload.
    let (manifest, verifier) =
        match StreamVerifier::start(&keys, &a.file, &minisig, OffsetDateTime::now_utc())? {
            StreamStart::Pending(m, v) => (m, Some(*v)),
            StreamStart::Verified(m) => (m, None),
        };
    let cfg = s3_config(&ctx.settings)?;
    let conn = ctx.create_store()?;
    let spec = format!("{}@{}", manifest.name, manifest.version);
    let known = artifacts::get(&conn, &manifest.name, &manifest.version)?;
    if let Some(k) = &known
        && k.sha256 != manifest.sha256
    {
        return Err(CliError::input(format!(
            "{spec} is registered with other contents (sha256 {})",
            k.sha256
        ))
        .with_hint("a released version is immutable: sign the new build with a new version"));
    }
    let key = object_key(&manifest.name, &manifest.version, &manifest.sha256)?;
    let journal = StoreJournal::open(&ctx.settings.store_path())?;
    let client = S3Client::new(cfg)?;
    let opts = UploadOptions {
        part_size: a.part_size.max(5) * 1024 * 1024,
        concurrency: a.concurrency.clamp(1, 64),
        checksum: a.part_checksum,
        ..UploadOptions::default()
    };
    let metadata = HashMap::from([
        ("sha256".to_string(), manifest.sha256.clone()),
        ("name".to_string(), manifest.name.clone()),
        ("version".to_string(), manifest.version.clone()),
        ("counter".to_string(), manifest.counter.to_string()),
    ]);
    let progress = Progress::new(ctx, manifest.size);
    let on_event = |e: UploadEvent| progress.event(e);
    let rt = runtime()?;
    let outcome = rt.block_on(async {
        let new_check = || -> Box<dyn ContentCheck> {
            match &verifier {
                Some(v) => Box::new(Verify(v.clone())),
                // Verified in full already (a legacy signature).
                None => Box::new(NoCheck),
            }
        };
        let out = client
            .upload_file_checked(
                &a.file, &key, metadata, opts, &journal, &on_event, &new_check,
            )
            .await?;
        client
            .put_object(
                &format!("{key}.minisig"),
                minisig.clone().into_bytes(),
                &HashMap::new(),
            )
            .await?;
        Ok::<_, S3Error>(out)
    });
    progress.finish();
    let outcome = outcome?;
    // Registered only now that the bytes are verified.
    let artifact_id = match known {
        Some(k) => k.id,
        None => artifacts::upsert(
            &conn,
            &NewArtifact {
                name: manifest.name.clone(),
                version: manifest.version.clone(),
                counter: manifest.counter,
                hw: manifest.hw.clone(),
                size: manifest.size,
                sha256: manifest.sha256.clone(),
                key_id: signing::SignatureFile::parse(&minisig)?.key_id.to_hex(),
                manifest: manifest.to_json()?,
                minisig: minisig.clone(),
                path: std::fs::canonicalize(&a.file)
                    .ok()
                    .map(|p| p.display().to_string()),
                expires_ms: manifest.expires_at.map(crate::domain::duration::unix_ms),
            },
            otactl_store::now_ms(),
        )?,
    };
    artifacts::set_object_key(&conn, artifact_id, &key)?;
    let (label, parts, resumed) = match outcome {
        UploadOutcome::Uploaded {
            parts,
            resumed_parts,
            ..
        } => ("uploaded", parts, resumed_parts),
        UploadOutcome::AlreadyPresent => ("already_present", 0, 0),
    };
    let report = UploadReport {
        artifact: spec.clone(),
        key: key.clone(),
        size: manifest.size,
        sha256: manifest.sha256.clone(),
        outcome: label,
        parts,
        resumed_parts: resumed,
    };
    if ctx.printer.is_json() {
        return ctx
            .printer
            .event(&serde_json::json!({"event": "result", "result": report}));
    }
    ctx.printer.data(&report, |w| match label {
        "already_present" => writeln!(w, "{spec} is already in the bucket as {key}: nothing sent"),
        _ if resumed > 0 => writeln!(
            w,
            "uploaded {spec} as {key} ({parts} parts, {resumed} resumed from an earlier run)"
        ),
        _ => writeln!(w, "uploaded {spec} as {key} ({parts} parts)"),
    })
}

/// Progress of an upload: a bar on a terminal, NDJSON events with --output json,
/// plain lines otherwise.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    json: bool,
    quiet: bool,
}

impl Progress {
    fn new(ctx: &Ctx, total: u64) -> Progress {
        let json = ctx.printer.is_json();
        let bar = (!json && !ctx.printer.quiet && std::io::stderr().is_terminal()).then(|| {
            let b = indicatif::ProgressBar::new(total);
            b.set_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} [{bar:40}] {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            b
        });
        Progress {
            bar,
            json,
            quiet: ctx.printer.quiet,
        }
    }

    fn event(&self, e: UploadEvent) {
        if self.json {
            let v = match &e {
                UploadEvent::Started {
                    total_bytes,
                    parts,
                    resumed_parts,
                } => {
                    serde_json::json!({"event": "started", "total_bytes": total_bytes, "parts": parts, "resumed_parts": resumed_parts})
                }
                UploadEvent::ResumeDiscarded { reason } => {
                    serde_json::json!({"event": "resume_discarded", "reason": reason})
                }
                UploadEvent::PartDone { part, bytes } => {
                    serde_json::json!({"event": "part_done", "part": part, "bytes": bytes})
                }
                UploadEvent::Retrying {
                    part,
                    attempt,
                    error,
                } => {
                    serde_json::json!({"event": "retrying", "part": part, "attempt": attempt, "error": error})
                }
                UploadEvent::Completed => serde_json::json!({"event": "completed"}),
            };
            // A reader that went away is not the upload's problem.
            let _ = std::io::Write::write_all(&mut std::io::stdout(), format!("{v}\n").as_bytes());
            return;
        }
        if let Some(b) = &self.bar {
            match e {
                UploadEvent::Started {
                    total_bytes,
                    parts,
                    resumed_parts,
                } if parts > 0 => {
                    b.set_position(total_bytes * u64::from(resumed_parts) / u64::from(parts));
                }
                UploadEvent::PartDone { bytes, .. } => b.inc(bytes),
                UploadEvent::Retrying {
                    part,
                    attempt,
                    error,
                } => b.println(format!("part {part}: retry {attempt} after: {error}")),
                UploadEvent::ResumeDiscarded { reason } => {
                    b.println(format!("starting over: {reason}"))
                }
                _ => {}
            }
            return;
        }
        if self.quiet {
            return;
        }
        match e {
            UploadEvent::Started {
                total_bytes,
                parts,
                resumed_parts,
            } => eprintln!(
                "uploading {total_bytes} bytes in {parts} parts ({resumed_parts} already sent)"
            ),
            UploadEvent::PartDone { part, bytes } => eprintln!("part {part} done ({bytes} bytes)"),
            UploadEvent::Retrying {
                part,
                attempt,
                error,
            } => eprintln!("part {part}: retry {attempt} after: {error}"),
            UploadEvent::ResumeDiscarded { reason } => eprintln!("starting over: {reason}"),
            UploadEvent::Completed => eprintln!("upload complete"),
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
