//! `rollout report ID --format json|csv|md`: one row per device with its final state,
//! attempts, reason and timing, for the change record after a night's rollout.

use super::Ctx;
use crate::error::CliResult;
use crate::output::{escape, fmt_ms};
use clap::Args;
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Json,
    Csv,
    Md,
}

/// A per-device report of a rollout (json, csv or markdown on stdout).
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The rollout id
    pub id: String,
    /// The report's format
    #[arg(long, value_enum, default_value_t = Format::Md)]
    pub format: Format,
}

#[derive(Serialize)]
struct Row {
    device_id: String,
    batch: u32,
    state: String,
    attempt: u32,
    reason: Option<String>,
    started: String,
    finished: Option<String>,
    duration_s: Option<f64>,
}

/// A csv cell: escaped (`output::escape`), then quoted when it needs to be.
fn csv_field(s: &str) -> String {
    let s = escape(s);
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub fn cmd_report(ctx: &Ctx, a: &ReportArgs) -> CliResult<()> {
    let conn = ctx.open_store()?;
    let st = super::status::status_of(&conn, &a.id)?;
    let rows: Vec<Row> = otactl_store::progress::outcomes(&conn, &a.id)?
        .into_iter()
        .map(|o| Row {
            device_id: o.device_id,
            batch: o.batch,
            state: o.state.to_string(),
            attempt: o.attempt,
            reason: o.reason,
            started: fmt_ms(o.created_ms),
            finished: o.finished_ms.map(fmt_ms),
            duration_s: o.finished_ms.map(|f| (f - o.created_ms) as f64 / 1000.0),
        })
        .collect();
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    match a.format {
        Format::Json => {
            let v = serde_json::json!({"rollout": st, "devices": rows});
            serde_json::to_writer_pretty(&mut w, &crate::output::json_value(&v)?)
                .map_err(std::io::Error::from)?;
            writeln!(w)?;
        }
        Format::Csv => {
            writeln!(
                w,
                "device_id,batch,state,attempt,reason,started,finished,duration_s"
            )?;
            for r in &rows {
                writeln!(
                    w,
                    "{},{},{},{},{},{},{},{}",
                    csv_field(&r.device_id),
                    r.batch,
                    r.state,
                    r.attempt,
                    csv_field(r.reason.as_deref().unwrap_or("")),
                    r.started,
                    r.finished.as_deref().unwrap_or(""),
                    r.duration_s.map(|d| format!("{d:.1}")).unwrap_or_default()
                )?;
            }
        }
        Format::Md => {
            let r = &st.rollout;
            writeln!(
                w,
                "# Rollout {} ({})\n",
                escape(&r.id),
                escape(&st.firmware)
            )?;
            writeln!(
                w,
                "- state: **{}**{}",
                r.state,
                r.reason
                    .as_deref()
                    .map(|x| format!(" ({})", escape(x)))
                    .unwrap_or_default()
            )?;
            writeln!(
                w,
                "- devices: {} — {} succeeded, {} failed, {} cancelled, {} open",
                st.total, st.succeeded, st.failed, st.cancelled, st.open
            )?;
            writeln!(w, "- created: {}\n", fmt_ms(r.created_ms))?;
            writeln!(
                w,
                "| device | batch | state | attempt | reason | duration (s) |"
            )?;
            writeln!(w, "|---|---|---|---|---|---|")?;
            for x in &rows {
                writeln!(
                    w,
                    "| {} | {} | {} | {} | {} | {} |",
                    escape(&x.device_id).replace('|', "\\|"),
                    x.batch,
                    x.state,
                    x.attempt,
                    escape(x.reason.as_deref().unwrap_or("")).replace('|', "\\|"),
                    x.duration_s.map(|d| format!("{d:.1}")).unwrap_or_default()
                )?;
            }
        }
    }
    w.flush()?;
    Ok(())
}
