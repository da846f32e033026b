//! `otactl rollout retry-failed ID`: new attempts for a rollout's failed and timed-out
//! devices (rejected ones are never retried: the device refused the firmware). The
//! signed commands go to the outbox in the same transaction as each job's new attempt;
//! the engine (`otactl run`) publishes them.

use super::super::Ctx;
use super::super::engine::SigningArgs;
use crate::engine::{Engine, retry_where};
use crate::error::{CliError, CliResult};
use clap::Args;
use otactl_store::RolloutState::{Completed, Paused, Running};
use otactl_store::rollouts;

/// New attempts for the failed and timed-out devices of a rollout (never the rejected
/// ones). A completed rollout is reopened until they end.
#[derive(Debug, Args)]
pub struct RetryFailedArgs {
    /// The rollout id
    pub id: String,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
    #[command(flatten)]
    pub signing: SigningArgs,
}

pub fn cmd_retry_failed(ctx: &Ctx, a: &RetryFailedArgs) -> CliResult<()> {
    let conn = ctx.open_store()?;
    let r = rollouts::get(&conn, &a.id)?.ok_or_else(|| {
        CliError::input(format!("no rollout '{}'", a.id))
            .with_hint("list them with `otactl rollout list`")
    })?;
    let allowed = [Running, Paused, Completed];
    if !allowed.contains(&r.state) {
        return Err(CliError::input(format!(
            "cannot retry devices of rollout {}: it is {}",
            r.id, r.state
        ))
        .with_hint("create a new rollout for the devices that still need the update"));
    }
    let n = otactl_store::execution::retryable(&conn, &r.id)?.len();
    if n == 0 {
        return ctx
            .printer
            .data(&serde_json::json!({"id": r.id, "retried": 0}), |w| {
                writeln!(w, "rollout {} has no failed or timed-out device", r.id)
            });
    }
    ctx.confirm(
        &format!("send new attempts to {n} device(s) of rollout {}", r.id),
        a.yes,
    )?;
    let setup = a.signing.setup(ctx)?;
    let mut eng = Engine::offline(&setup)?;
    let now = otactl_store::now_ms();
    if r.state == Completed
        && let Err(now_is) = rollouts::transition(&conn, &r.id, &[Completed], Running, None, now)?
    {
        return Err(CliError::input(format!(
            "rollout {} changed meanwhile: it is {}",
            r.id, now_is.state
        )));
    }
    let r = rollouts::get(&conn, &r.id)?.unwrap_or(r);
    let sent = retry_where(&mut eng, &r, |_| true, &allowed, now);
    eng.close();
    let sent = sent?;
    ctx.printer
        .data(&serde_json::json!({"id": r.id, "retried": sent}), |w| {
            writeln!(
                w,
                "queued new attempts for {sent} device(s) of {}; `otactl run` sends them",
                r.id
            )
        })
}
