//! `rollout pause | resume | exclude | abort | cancel`: steering rollouts. State
//! changes go through the version guard, so an engine running in another terminal
//! sees them on its next tick and never overwrites them. (`list`, `status` and `wait`,
//! which only read, are in `status.rs`.)

use super::Ctx;
use crate::error::{CliError, CliResult};
use clap::Args;
pub use otactl_store::control::{Control, control};
use otactl_store::control::{ControlError, load};
use otactl_store::rollouts::{Rollout, RolloutState};

#[derive(Debug, Args)]
pub struct IdArgs {
    /// The rollout id
    pub id: String,
}

#[derive(Debug, Args)]
pub struct ConfirmArgs {
    /// The rollout id
    pub id: String,
    /// Do not ask for confirmation
    #[arg(long, short = 'y')]
    pub yes: bool,
}

fn refuse(r: Rollout, verb: &'static str) -> CliError {
    CliError::from(ControlError::refused(r, verb))
}

pub fn cmd_pause(ctx: &Ctx, a: &IdArgs) -> CliResult<()> {
    let mut conn = ctx.open_store()?;
    control(&mut conn, &a.id, Control::Pause, otactl_store::now_ms())?;
    ctx.printer.data(
        &serde_json::json!({"id": a.id, "state": RolloutState::Paused}),
        |w| writeln!(w, "paused {}: devices already updating carry on", a.id),
    )
}

/// Resume a paused rollout. A rollout its gate paused is paused again at the next tick
/// unless something changed: pass the gate once with --override --reason TEXT
/// (audited), or take the devices that hold it out with `otactl rollout exclude`.
///
/// Example: otactl rollout resume night-42 --override --reason "T0007 is in the workshop"
#[derive(Debug, Args)]
pub struct ResumeArgs {
    /// The rollout id
    pub id: String,
    /// Pass the current batch's gate once, whatever its count says
    #[arg(long = "override", requires = "reason")]
    pub override_gate: bool,
    /// Why the gate is overridden (recorded in the audit log)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

pub fn cmd_resume(ctx: &Ctx, a: &ResumeArgs) -> CliResult<()> {
    let mut conn = ctx.open_store()?;
    let now = otactl_store::now_ms();
    if a.override_gate {
        let reason = a.reason.as_deref().unwrap_or_default();
        let actor = crate::commands::actor();
        let batch = otactl_store::control::override_gate(&mut conn, &a.id, (&actor, reason), now)?;
        return ctx.printer.data(
            &serde_json::json!({"id": a.id, "state": RolloutState::Running, "overridden_batch": batch}),
            |w| match batch {
                Some(b) => writeln!(w, "resumed {}: the gate of batch {b} is passed by override", a.id),
                None => writeln!(w, "resumed {}: every gate had passed already", a.id),
            },
        );
    }
    control(&mut conn, &a.id, Control::Resume, now)?;
    // Resuming changes no count: a gate that held it still holds, and the engine would
    // pause it again at once. Say so, and what would help.
    let st = super::status::status_of(&conn, &a.id)?;
    if let Ok(p) = serde_json::from_str::<crate::domain::policy::Policy>(&st.rollout.policy)
        && let Some((b, gate)) = crate::domain::waiting::holding_gate(&st, &p)
    {
        ctx.printer.warn(format!(
            "the gate still holds ({gate}): the engine will pause {} again; pass batch {b}'s \
             gate once with --override --reason …, or take devices out with `otactl rollout exclude`",
            a.id
        ));
    }
    ctx.printer.data(
        &serde_json::json!({"id": a.id, "state": RolloutState::Running}),
        |w| writeln!(w, "resumed {}", a.id),
    )
}

/// Take devices out of a rollout: their jobs are cancelled and no gate counts them
/// (a device that already succeeded stays succeeded). All or none.
///
/// Example: otactl rollout exclude night-42 T0007 T0012 --reason "in the workshop"
#[derive(Debug, Args)]
pub struct ExcludeArgs {
    /// The rollout id
    pub id: String,
    /// The devices to take out
    #[arg(required = true, value_name = "DEVICE")]
    pub devices: Vec<String>,
    /// Why (recorded on each device's job and in the audit log)
    #[arg(long, value_name = "TEXT", default_value = "excluded by operator")]
    pub reason: String,
}

pub fn cmd_exclude(ctx: &Ctx, a: &ExcludeArgs) -> CliResult<()> {
    let mut conn = ctx.open_store()?;
    let n = otactl_store::control::exclude(
        &mut conn,
        &a.id,
        &a.devices,
        &format!("excluded: {}", a.reason),
        otactl_store::now_ms(),
    )?;
    ctx.printer.data(
        &serde_json::json!({"id": a.id, "excluded": n, "devices": a.devices}),
        |w| {
            writeln!(
                w,
                "excluded {n} device(s) from {}: they are cancelled and not counted",
                a.id
            )
        },
    )
}

/// Abort or cancel: stop the rollout and cancel its devices not yet dispatched.
pub fn cmd_stop(ctx: &Ctx, a: &ConfirmArgs, to: RolloutState) -> CliResult<()> {
    let mut conn = ctx.open_store()?;
    let r = load(&conn, &a.id)?;
    let c = if to == RolloutState::Aborted {
        Control::Abort
    } else {
        Control::Cancel
    };
    let verb = c.verb();
    if !r.is_active() {
        return Err(refuse(r, verb));
    }
    ctx.confirm(
        &format!(
            "{verb} rollout {} (devices not yet dispatched are cancelled)",
            a.id
        ),
        a.yes,
    )?;
    let n = control(&mut conn, &a.id, c, otactl_store::now_ms())?;
    ctx.printer.data(
        &serde_json::json!({"id": a.id, "state": to, "cancelled_devices": n}),
        |w| {
            writeln!(
                w,
                "{to} {}: {n} device(s) not yet dispatched were cancelled; in-flight ones carry on",
                a.id
            )
        },
    )
}
