//! `otactl firmware …`, one file per verb: `sign` and `verify` (minisign's prehashed
//! format, the release manifest as the trusted comment), `list` and `show` (what the
//! store knows), `upload` and `url` (the S3 bucket). Here: the verb enum and what the
//! verbs share.

mod list;
mod show;
mod sign;
mod upload;
mod url;
mod verify;

use super::Ctx;
use crate::error::{CliError, CliResult};
use clap::Subcommand;
use otactl_store::Connection;
use otactl_store::artifacts::{self, Artifact};
use std::path::{Path, PathBuf};

pub use list::ListArgs;
pub use show::ShowArgs;
pub use sign::SignArgs;
pub use upload::UploadArgs;
pub use url::UrlArgs;
pub use verify::VerifyArgs;

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
    Upload(UploadArgs),
    /// Print a presigned download URL for an uploaded artifact
    Url(UrlArgs),
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
            FirmwareCommand::Sign(a) => sign::cmd_sign(ctx, a),
            FirmwareCommand::Verify(a) => verify::cmd_verify(ctx, a),
            FirmwareCommand::List(a) if a.remote => list::cmd_list_remote(ctx),
            FirmwareCommand::List(_) => list::cmd_list(ctx),
            FirmwareCommand::Upload(a) => upload::cmd_upload(ctx, a),
            FirmwareCommand::Url(a) => url::cmd_url(ctx, a),
            FirmwareCommand::Show(a) => show::cmd_show(ctx, a),
        }
    }
}

/// Where a file's signature lives by default: `FILE.minisig`.
pub fn minisig_path(file: &Path) -> PathBuf {
    let mut s = file.as_os_str().to_owned();
    s.push(".minisig");
    PathBuf::from(s)
}

/// Splits `NAME@VERSION` and finds it in the store.
pub fn find_artifact(conn: &Connection, spec: &str) -> CliResult<Artifact> {
    let (name, version) = spec.split_once('@').ok_or_else(|| {
        CliError::input(format!("'{spec}' is not NAME@VERSION")).with_hint("e.g. engine-ecu@1.4.2")
    })?;
    artifacts::get(conn, name, version)?.ok_or_else(|| {
        CliError::input(format!("firmware {spec} is not in the store"))
            .with_hint("sign it with `otactl firmware sign`, or list with `otactl firmware list`")
    })
}
