//! `otactl audit`: the record of every mutating command run against this store.

use super::Ctx;
use crate::error::{CliError, CliResult};
use crate::output::{fmt_ms, table};
use clap::Args;

/// Show who changed what, and when (newest last).
///
/// Every command that changes the store (imports, removals, rollouts and their
/// pause/resume/abort, signing, uploads) is recorded with its arguments, secrets removed.
#[derive(Debug, Args)]
pub struct AuditArgs {
    /// Only entries newer than this: a duration (`24h`, `7d`) or an RFC 3339 time
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// At most this many entries (the newest)
    #[arg(long, default_value_t = 100)]
    pub limit: u32,
}

/// Parses `24h` (ago) or an RFC 3339 time into Unix milliseconds.
pub fn parse_since(s: &str, now_ms: i64) -> CliResult<i64> {
    if let Ok(d) = crate::domain::duration::parse(s) {
        return Ok(now_ms - d.as_millis() as i64);
    }
    crate::domain::duration::parse_rfc3339_ms(s).ok_or_else(|| {
        CliError::input(format!("invalid time '{s}'"))
            .with_hint("use a duration such as 24h or 7d, or a time such as 2026-11-21T08:00:00Z")
    })
}

pub fn cmd_audit(ctx: &Ctx, args: &AuditArgs) -> CliResult<()> {
    let conn = ctx.open_store()?;
    let since = args
        .since
        .as_deref()
        .map(|s| parse_since(s, otactl_store::now_ms()))
        .transpose()?;
    let entries = otactl_store::audit::list(&conn, since, args.limit)?;
    ctx.printer.data(&entries, |out| {
        let rows: Vec<Vec<String>> = entries
            .iter()
            .map(|e| {
                vec![
                    fmt_ms(e.ts_ms),
                    match &e.imported_from {
                        // Never shown as an action on this store.
                        Some(from) => format!("{} (imported, {from})", e.actor),
                        None => e.actor.clone(),
                    },
                    e.command.clone(),
                    e.outcome.clone(),
                    e.args.join(" "),
                ]
            })
            .collect();
        table(out, &["TIME", "ACTOR", "COMMAND", "OUTCOME", "ARGS"], &rows)
    })
}
