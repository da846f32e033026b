//! `otactl device history ID`: one device's jobs across rollouts and every status it
//! reported, with what each status did (applied, or refused and why). Works for
//! devices removed from the inventory too: their history stays. `otactl device update
//! ID`: a rollout of one, for a technician, followed to its end.

use super::Ctx;
use crate::error::{CliError, CliResult};
use crate::output::{fmt_ms, table};
use clap::{Args, Subcommand};
use serde::Serialize;

#[derive(Debug, Subcommand)]
pub enum DeviceCommand {
    /// A device's jobs and the statuses it reported, newest first
    History(HistoryArgs),
    /// Update one device now: a rollout of one, run until it ends
    Update(Box<UpdateArgs>),
}

impl DeviceCommand {
    pub fn audit_name(&self) -> Option<&'static str> {
        match self {
            DeviceCommand::Update(_) => Some("device update"),
            DeviceCommand::History(_) => None,
        }
    }

    pub fn run(&self, ctx: &Ctx) -> CliResult<()> {
        match self {
            DeviceCommand::History(a) => cmd_history(ctx, a),
            DeviceCommand::Update(a) => cmd_update(ctx, a),
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

/// Update one device now: the same checks as `rollout create` (trusted firmware, right
/// hardware, no downgrade, not busy), one batch with no window, then the engine runs
/// until the device ends (exit 0 updated, 6 failed or rejected, 7 stopped early).
///
/// Example: otactl device update TRUCK-0042 --firmware engine-ecu@1.4.2
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// The device id
    pub id: String,
    /// The firmware, NAME@VERSION
    #[arg(long, value_name = "NAME@VERSION")]
    pub firmware: String,
    /// Retries if it fails or times out
    #[arg(long, default_value_t = 1)]
    pub retries: u32,
    /// The device is timed out when silent this long
    #[arg(long, default_value = "30m", value_name = "DURATION")]
    pub device_timeout: String,
    /// Allow a security counter that does not grow
    #[arg(long)]
    pub allow_downgrade: bool,
    /// Only create the rollout (a running `otactl run` drives it)
    #[arg(long)]
    pub no_wait: bool,
    #[command(flatten)]
    pub engine: super::engine::EngineArgs,
}

fn cmd_update(ctx: &Ctx, a: &UpdateArgs) -> CliResult<()> {
    use super::rollout::{RolloutSpec, create_rollout, new_id, prepare};
    if !crate::domain::ids::is_device_id(&a.id) {
        return Err(CliError::input(format!("invalid device id '{}'", a.id))
            .with_hint("device ids use letters, digits, '.', '_' and '-'"));
    }
    let spec = RolloutSpec {
        firmware: a.firmware.clone(),
        select: format!("id={}", a.id),
        batches: "100%".into(),
        success_threshold: "100%".into(),
        abort_threshold: None,
        abort_min: 1,
        abort_action: crate::domain::policy::AbortAction::Abort,
        device_timeout: a.device_timeout.clone(),
        stage_timeout: None,
        soak: "0s".into(),
        start_at: None,
        window: None,
        max_rate: None,
        retries: a.retries,
        retry_backoff: "5s".into(),
        emergency: true,
        allow_downgrade: a.allow_downgrade,
        command_ttl: "24h".into(),
        offline_grace: None,
        confirm_timeout: None,
    };
    let id = new_id();
    let p = prepare(ctx, &spec, &id)?;
    create_rollout(ctx, &id, &spec, &p)?;
    ctx.printer.info(format!(
        "created rollout {id} to update {} to {}",
        a.id, a.firmware
    ));
    if a.no_wait {
        return ctx.printer.data(
            &serde_json::json!({"rollout": id, "device": a.id, "state": "running"}),
            |w| writeln!(w, "{id}"),
        );
    }
    let o = a.engine.options(Some(id.clone()), false)?;
    let s = if crate::engine::is_running(&ctx.settings.store_path()) {
        // `otactl serve` or `otactl run` drives the store: follow the rollout instead.
        ctx.printer
            .info("an engine already runs on this store; following the rollout");
        follow(ctx, &id, o.max_duration)?
    } else {
        super::engine::run(ctx, &a.engine.setup(ctx)?, &o, a.engine.log_format)?
    };
    let conn = ctx.open_store()?;
    let job = otactl_store::jobs::get_job(&conn, &otactl_store::rollouts::job_id(&id, &a.id))?;
    let out = serde_json::json!({
        "rollout": id,
        "device": a.id,
        "rollout_state": s.state,
        "job": job,
    });
    ctx.printer.data(&out, |w| {
        writeln!(
            w,
            "{}: {} ({})",
            a.id,
            job.as_ref().map(|j| j.state.as_str()).unwrap_or("unknown"),
            job.as_ref()
                .and_then(|j| j.reason.clone())
                .unwrap_or_else(|| format!(
                    "rollout {}",
                    s.state.map_or("stopped", |st| st.as_str())
                ))
        )
    })?;
    match job.map(|j| j.state) {
        Some(otactl_store::JobState::Succeeded) => Ok(()),
        _ => super::engine::outcome(&s).and(Err(CliError::new(
            crate::error::ErrorKind::RolloutFailed,
            format!("{} was not updated", a.id),
        )
        .with_hint(format!("see `otactl device history {}`", a.id)))),
    }
}

/// Waits for a rollout another engine drives to end (or `limit` to pass).
fn follow(
    ctx: &Ctx,
    id: &str,
    limit: Option<std::time::Duration>,
) -> CliResult<crate::engine::RunSummary> {
    let conn = ctx.open_store()?;
    let t0 = std::time::Instant::now();
    loop {
        let r = otactl_store::rollouts::get(&conn, id)?
            .ok_or_else(|| CliError::internal(format!("rollout {id} disappeared")))?;
        let ended = !r.is_active();
        if ended || limit.is_some_and(|l| t0.elapsed() >= l) {
            return Ok(crate::engine::RunSummary {
                rollout: Some(id.to_string()),
                state: ended.then_some(r.state),
                reason: r.reason,
                dispatched: 0,
                retried: 0,
                timed_out: 0,
                seconds: t0.elapsed().as_secs_f64(),
            });
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}
