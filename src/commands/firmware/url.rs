//! `otactl firmware url NAME@VERSION`: a presigned download URL for an uploaded
//! artifact, what devices fetch.

use super::super::Ctx;
use super::super::storage;
use crate::error::{CliError, CliResult};
use clap::Args;

/// Print a presigned download URL for an uploaded artifact (what devices fetch).
#[derive(Debug, Args)]
pub struct UrlArgs {
    /// NAME@VERSION
    pub artifact: String,
    /// How long the URL works (SigV4 allows at most 7 days)
    #[arg(long, default_value = "6h")]
    pub ttl: String,
}

pub fn cmd_url(ctx: &Ctx, a: &UrlArgs) -> CliResult<()> {
    let ttl = crate::domain::duration::parse(&a.ttl)
        .map_err(|e| CliError::input(e).with_hint("e.g. --ttl 6h (at most 7d)"))?;
    let conn = ctx.open_store()?;
    let art = super::find_artifact(&conn, &a.artifact)?;
    let key = art.object_key.ok_or_else(|| {
        CliError::input(format!("{} has not been uploaded", a.artifact))
            .with_hint("upload it with `otactl firmware upload FILE`")
    })?;
    storage::check_key(&key)?;
    let url = storage::s3_client(&ctx.settings)?.presign_get(&key, ttl)?;
    let out = serde_json::json!({"artifact": a.artifact, "key": key, "url": url.as_str(), "ttl_seconds": ttl.as_secs()});
    ctx.printer.data(&out, |w| writeln!(w, "{url}"))
}
