//! `otactl device history ID`: one device's jobs across rollouts and every status it
//! reported, with what each status did (applied, or refused and why). Works for
//! devices removed from the inventory too: their history stays.

use super::Ctx;
use crate::error::{CliError, CliResult};
use crate::output::{fmt_ms, table};
use clap::{Args, Subcommand};
use serde::Serialize;

#[derive(Debug, Subcommand)]
pub enum DeviceCommand {
    /// A device's jobs and the statuses it reported, newest first
    History(HistoryArgs),
}

impl DeviceCommand {
    pub fn audit_name(&self) -> Option<&'static str> {
        None
    }

    pub fn run(&self, ctx: &Ctx) -> CliResult<()> {
        match self {
            DeviceCommand::History(a) => cmd_history(ctx, a),
        }
    }
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The device id
    pub id: String,
    /// At most this many status messages
    #[arg(long, default_value_t = 200)]
    pub limit: u32,
}

#[derive(Serialize)]
struct History {
    device_id: String,
    in_inventory: bool,
    jobs: Vec<otactl_store::jobs::Job>,
    statuses: Vec<otactl_store::jobs::StatusEvent>,
}

fn cmd_history(ctx: &Ctx, a: &HistoryArgs) -> CliResult<()> {
    let conn = ctx.open_store()?;
    let h = History {
        device_id: a.id.clone(),
        in_inventory: otactl_store::fleet::get_device(&conn, &a.id)?.is_some(),
        jobs: otactl_store::jobs::jobs_of_device(&conn, &a.id)?,
        statuses: otactl_store::jobs::status_history(&conn, &a.id, a.limit)?,
    };
    if !h.in_inventory && h.jobs.is_empty() && h.statuses.is_empty() {
        return Err(
            CliError::input(format!("no device '{}' and no history for it", a.id))
                .with_hint("list devices with `otactl fleet list`"),
        );
    }
    ctx.printer.data(&h, |w| {
        writeln!(
            w,
            "device {}{}",
            h.device_id,
            if h.in_inventory {
                ""
            } else {
                " (removed from the inventory)"
            }
        )?;
        write_history(w, &h.jobs, &h.statuses)
    })
}

/// A device's jobs and statuses as two tables (`device history`, `fleet show`).
pub fn write_history(
    w: &mut dyn std::io::Write,
    jobs: &[otactl_store::jobs::Job],
    statuses: &[otactl_store::jobs::StatusEvent],
) -> std::io::Result<()> {
    let rows: Vec<Vec<String>> = jobs
        .iter()
        .map(|j| {
            vec![
                j.rollout_id.clone(),
                j.target_version.clone(),
                j.state.to_string(),
                j.attempt.to_string(),
                j.reason.clone().unwrap_or_default(),
                fmt_ms(j.updated_ms),
            ]
        })
        .collect();
    writeln!(w, "jobs:")?;
    table(
        w,
        &["ROLLOUT", "TARGET", "STATE", "ATTEMPT", "REASON", "UPDATED"],
        &rows,
    )?;
    writeln!(w)?;
    writeln!(w, "statuses, newest first:")?;
    let rows: Vec<Vec<String>> = statuses
        .iter()
        .map(|s| {
            vec![
                fmt_ms(s.received_ms),
                s.job_id.clone(),
                s.status.clone(),
                s.progress.map(|p| format!("{p}%")).unwrap_or_default(),
                s.outcome.clone(),
                s.error_code.clone().unwrap_or_default(),
            ]
        })
        .collect();
    table(
        w,
        &["RECEIVED", "JOB", "STATUS", "PROGRESS", "OUTCOME", "ERROR"],
        &rows,
    )
}
