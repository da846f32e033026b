//! `otactl dead-letters list | show | purge`: what the engine could not use (malformed
//! device messages, commands the broker refused for good), with counts per reason, so
//! an operator sees them without sqlite3.

use super::Ctx;
use crate::error::{CliError, CliResult};
use crate::output::{fmt_ms, table};
use clap::{Args, Subcommand};
use otactl_store::dead;
use serde::Serialize;

#[derive(Debug, Subcommand)]
pub enum DeadLettersCommand {
    /// Counts per reason and the latest dead letters
    List(ListArgs),
    /// One dead letter with its payload
    Show(ShowArgs),
    /// Remove dead letters (older than --older-than, of --reason)
    Purge(PurgeArgs),
}

impl DeadLettersCommand {
    pub fn audit_name(&self) -> Option<&'static str> {
        match self {
            DeadLettersCommand::Purge(_) => Some("dead-letters purge"),
            _ => None,
        }
    }

    pub fn run(&self, ctx: &Ctx) -> CliResult<()> {
        match self {
            DeadLettersCommand::List(a) => cmd_list(ctx, a),
            DeadLettersCommand::Show(a) => cmd_show(ctx, a),
            DeadLettersCommand::Purge(a) => cmd_purge(ctx, a),
        }
    }
}

/// Counts per reason, then the latest dead letters (newest first).
#[derive(Debug, Args)]
pub struct ListArgs {
    /// At most this many dead letters
    #[arg(long, default_value_t = 50)]
    pub limit: u32,
}

#[derive(Serialize)]
struct Listing {
    reasons: std::collections::BTreeMap<String, u64>,
    dead_letters: Vec<dead::DeadLetter>,
}

fn cmd_list(ctx: &Ctx, a: &ListArgs) -> CliResult<()> {
    let conn = ctx.open_store()?;
    let out = Listing {
        reasons: dead::counts_by_reason(&conn)?.into_iter().collect(),
        dead_letters: dead::list(&conn, a.limit)?,
    };
    ctx.printer.data(&out, |w| {
        if out.reasons.is_empty() {
            return writeln!(w, "(no dead letters)");
        }
        let rows: Vec<Vec<String>> = out
            .reasons
            .iter()
            .map(|(r, n)| vec![r.clone(), n.to_string()])
            .collect();
        table(w, &["REASON", "COUNT"], &rows)?;
        writeln!(w)?;
        let rows: Vec<Vec<String>> = out
            .dead_letters
            .iter()
            .map(|d| {
                vec![
                    d.id.to_string(),
                    fmt_ms(d.created_ms),
                    d.source.clone(),
                    d.reason.clone(),
                    d.topic
                        .clone()
                        .unwrap_or_else(|| "-".into())
                        .escape_debug()
                        .to_string(),
                ]
            })
            .collect();
        table(w, &["ID", "TIME", "SOURCE", "REASON", "TOPIC"], &rows)
    })
}

/// One dead letter with its topic, reason, detail and payload (up to 4 KiB).
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The dead letter's id (from `dead-letters list`)
    pub id: i64,
}

fn cmd_show(ctx: &Ctx, a: &ShowArgs) -> CliResult<()> {
    let conn = ctx.open_store()?;
    let d = dead::get(&conn, a.id)?.ok_or_else(|| {
        CliError::input(format!("there is no dead letter {}", a.id))
            .with_hint("list them with `otactl dead-letters list`")
    })?;
    ctx.printer.data(&d, |w| {
        let esc = |s: &Option<String>| {
            s.as_deref()
                .map(|x| x.escape_debug().to_string())
                .unwrap_or_else(|| "-".into())
        };
        writeln!(w, "id       {}", d.id)?;
        writeln!(w, "time     {}", fmt_ms(d.created_ms))?;
        writeln!(w, "source   {}", d.source)?;
        writeln!(w, "reason   {}", d.reason)?;
        writeln!(w, "detail   {}", esc(&d.detail))?;
        writeln!(w, "topic    {}", esc(&d.topic))?;
        writeln!(w, "payload  {}", esc(&d.payload))
    })
}

/// Remove dead letters: all, or those older than a duration or of one reason. It asks
/// first (`--yes` for scripts).
#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// Only those older than this (e.g. 7d)
    #[arg(long, value_name = "DURATION", value_parser = crate::domain::parsers::duration)]
    pub older_than: Option<String>,
    /// Only those with this reason (see `dead-letters list`)
    #[arg(long)]
    pub reason: Option<String>,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}

fn cmd_purge(ctx: &Ctx, a: &PurgeArgs) -> CliResult<()> {
    let conn = ctx.open_store()?;
    let before = match &a.older_than {
        None => i64::MAX,
        Some(d) => {
            let d = crate::domain::duration::parse(d).map_err(CliError::input)?;
            otactl_store::now_ms().saturating_sub(i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        }
    };
    let n = dead::count_purgeable(&conn, before, a.reason.as_deref())?;
    if n > 0 {
        ctx.confirm(&format!("remove {n} dead letter(s)"), a.yes)?;
    }
    let removed = if n > 0 {
        dead::purge(&conn, before, a.reason.as_deref())?
    } else {
        0
    };
    let out = serde_json::json!({"removed": removed});
    ctx.printer
        .data(&out, |w| writeln!(w, "removed {removed} dead letter(s)"))
}
