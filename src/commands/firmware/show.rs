//! `otactl firmware show NAME@VERSION`: one artifact with its manifest.

use super::super::Ctx;
use super::find_artifact;
use crate::error::CliResult;
use crate::output::fmt_ms;
use clap::Args;

/// Show one artifact with its manifest.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// NAME@VERSION
    pub artifact: String,
}

pub fn cmd_show(ctx: &Ctx, a: &ShowArgs) -> CliResult<()> {
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
