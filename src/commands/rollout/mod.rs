//! `otactl rollout …`: plan and create batched rollouts with gates, then follow and
//! steer them (status, pause, resume, abort, cancel, retry-failed), or drive one with
//! the engine (`rollout run`).

pub mod control;
mod create;
mod report;
mod retry;
mod run;
pub mod status;
mod watch;

use super::Ctx;
use crate::error::CliResult;
use clap::Subcommand;

pub use create::{CreateArgs, PlanArgs, RolloutSpec, create as create_rollout, new_id, prepare};

#[derive(Debug, Subcommand)]
pub enum RolloutCommand {
    /// Show the batches, devices and predicted timeline of a rollout, creating nothing
    Plan(PlanArgs),
    /// Create a rollout: firmware, selection, batches, gates, schedule
    Create(CreateArgs),
    /// List rollouts
    List,
    /// Progress of a rollout: per batch and per state, and its gates
    Status(status::StatusArgs),
    /// The live dashboard focused on one rollout (as `otactl tui --rollout ID`)
    Watch(watch::WatchArgs),
    /// A per-device report (json, csv or markdown)
    Report(report::ReportArgs),
    /// Wait until a rollout ends (exit 0 completed, 6 aborted or failed, 7 timed out, 9 paused)
    Wait(status::WaitArgs),
    /// Stop dispatching (devices already updating carry on)
    Pause(control::IdArgs),
    /// Resume a paused rollout (--override --reason R passes the gate that holds it once)
    Resume(control::ResumeArgs),
    /// Take devices out of a rollout (cancelled, not counted by its gates)
    Exclude(control::ExcludeArgs),
    /// Abort: cancel devices not yet dispatched, leave in-flight ones alone
    Abort(control::ConfirmArgs),
    /// Cancel the rollout (as abort, recorded as cancelled by the operator)
    Cancel(control::ConfirmArgs),
    /// New attempts for the failed and timed-out devices (never the rejected ones)
    RetryFailed(retry::RetryFailedArgs),
    /// Run the engine for this rollout until it ends (exit 0 completed, 6 aborted or failed)
    Run(run::RolloutRunArgs),
}

impl RolloutCommand {
    pub fn audit_name(&self) -> Option<&'static str> {
        match self {
            RolloutCommand::Create(a) if !a.dry_run => Some("rollout create"),
            RolloutCommand::Pause(_) => Some("rollout pause"),
            RolloutCommand::Resume(_) => Some("rollout resume"),
            RolloutCommand::Exclude(_) => Some("rollout exclude"),
            RolloutCommand::Abort(_) => Some("rollout abort"),
            RolloutCommand::Cancel(_) => Some("rollout cancel"),
            RolloutCommand::RetryFailed(_) => Some("rollout retry-failed"),
            _ => None,
        }
    }

    pub fn run(&self, ctx: &Ctx) -> CliResult<()> {
        match self {
            RolloutCommand::Plan(a) => create::cmd_plan(ctx, a),
            RolloutCommand::Create(a) => create::cmd_create(ctx, a),
            RolloutCommand::List => status::cmd_list(ctx),
            RolloutCommand::Status(a) => status::cmd_status(ctx, a),
            RolloutCommand::Watch(a) => watch::cmd_watch(ctx, a),
            RolloutCommand::Wait(a) => status::cmd_wait(ctx, a),
            RolloutCommand::Report(a) => report::cmd_report(ctx, a),
            RolloutCommand::Pause(a) => control::cmd_pause(ctx, a),
            RolloutCommand::Resume(a) => control::cmd_resume(ctx, a),
            RolloutCommand::Exclude(a) => control::cmd_exclude(ctx, a),
            RolloutCommand::Abort(a) => {
                control::cmd_stop(ctx, a, otactl_store::RolloutState::Aborted)
            }
            RolloutCommand::Cancel(a) => {
                control::cmd_stop(ctx, a, otactl_store::RolloutState::Cancelled)
            }
            RolloutCommand::RetryFailed(a) => retry::cmd_retry_failed(ctx, a),
            RolloutCommand::Run(a) => run::cmd_rollout_run(ctx, a),
        }
    }
}
