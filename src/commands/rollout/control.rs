//! `rollout list | status | pause | resume | abort | cancel`: following and steering
//! rollouts. State changes go through the version guard, so an engine running in
//! another terminal sees them on its next tick and never overwrites them.

use super::Ctx;
use crate::domain::batches::{self, GatePolicy, Tally};
use crate::domain::policy::Policy;
use crate::error::{CliError, CliResult};
use crate::output::{fmt_ms, table};
use clap::Args;
use otactl_store::JobState;
use otactl_store::rollouts::{self, Rollout};
use serde::Serialize;
use std::collections::BTreeMap;

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

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The rollout id
    pub id: String,
    /// Keep printing as the rollout changes (NDJSON with --output json) until it ends
    #[arg(long, short = 'w')]
    pub watch: bool,
    /// How often to look for changes when watching
    #[arg(long, default_value = "1s", value_name = "DURATION")]
    pub interval: String,
}

/// Wait until a rollout ends: exit 0 when it completed, 6 when it was aborted, failed
/// or cancelled, 7 when the timeout ran out first. For CI pipelines.
#[derive(Debug, Args)]
pub struct WaitArgs {
    /// The rollout id
    pub id: String,
    /// Give up after this long (exit 7)
    #[arg(long, default_value = "2h", value_name = "DURATION")]
    pub timeout: String,
    /// How often to look
    #[arg(long, default_value = "1s", value_name = "DURATION")]
    pub interval: String,
}

fn load(conn: &rusqlite::Connection, id: &str) -> CliResult<Rollout> {
    rollouts::get(conn, id)?.ok_or_else(|| {
        CliError::input(format!("no rollout '{id}'"))
            .with_hint("list them with `otactl rollout list`")
    })
}

pub fn cmd_list(ctx: &Ctx) -> CliResult<()> {
    let conn = ctx.open_store()?;
    let list = rollouts::list(&conn)?;
    ctx.printer.data(&list, |w| {
        let rows: Vec<Vec<String>> = list
            .iter()
            .map(|r| {
                let art = otactl_store::artifacts::get_by_id(&conn, r.artifact_id)
                    .ok()
                    .flatten()
                    .map(|a| format!("{}@{}", a.name, a.version))
                    .unwrap_or_default();
                vec![
                    r.id.clone(),
                    r.state.clone(),
                    art,
                    r.selector.clone(),
                    fmt_ms(r.created_ms),
                ]
            })
            .collect();
        table(
            w,
            &["ID", "STATE", "FIRMWARE", "SELECTOR", "CREATED"],
            &rows,
        )
    })
}

/// A batch's tally from its counts by state.
pub fn tally(counts: &BTreeMap<String, u64>) -> Tally {
    let mut t = Tally::default();
    for (s, &n) in counts {
        t.total += n;
        match JobState::parse(s) {
            Some(JobState::Succeeded) => t.succeeded += n,
            Some(st) if st.is_failure() => t.failed += n,
            Some(JobState::Cancelled) => t.cancelled += n,
            _ => t.open += n,
        }
    }
    t
}

#[derive(Serialize)]
pub struct BatchStatus {
    pub index: u32,
    pub total: u64,
    pub succeeded: u64,
    pub failed: u64,
    pub cancelled: u64,
    pub open: u64,
    pub states: BTreeMap<String, u64>,
    pub gate: String,
}

#[derive(Serialize)]
pub struct RolloutStatus {
    pub rollout: Rollout,
    pub firmware: String,
    pub total: u64,
    pub succeeded: u64,
    pub failed: u64,
    pub cancelled: u64,
    pub open: u64,
    pub batches: Vec<BatchStatus>,
}

/// The rollout's progress, as `status` prints it and `watch` streams it.
pub fn status_of(conn: &rusqlite::Connection, id: &str) -> CliResult<RolloutStatus> {
    let r = load(conn, id)?;
    let policy: Option<Policy> = serde_json::from_str(&r.policy).ok();
    let counts = rollouts::counts(conn, id)?;
    let all = counts
        .values()
        .fold(BTreeMap::new(), |mut acc: BTreeMap<String, u64>, b| {
            for (k, v) in b {
                *acc.entry(k.clone()).or_default() += v;
            }
            acc
        });
    let whole = tally(&all);
    let gp = policy.as_ref().map(|p| GatePolicy {
        success_threshold: p.success_threshold,
        abort_threshold: p.abort_threshold,
        abort_min: p.abort_min,
    });
    let batches = counts
        .iter()
        .map(|(&i, c)| {
            let t = tally(c);
            BatchStatus {
                index: i,
                total: t.total,
                succeeded: t.succeeded,
                failed: t.failed,
                cancelled: t.cancelled,
                open: t.open,
                states: c.clone(),
                gate: gp
                    .map(|g| batches::gate(&g, &t, &whole).to_string())
                    .unwrap_or_default(),
            }
        })
        .collect();
    let firmware = otactl_store::artifacts::get_by_id(conn, r.artifact_id)?
        .map(|a| format!("{}@{}", a.name, a.version))
        .unwrap_or_default();
    Ok(RolloutStatus {
        firmware,
        total: whole.total,
        succeeded: whole.succeeded,
        failed: whole.failed,
        cancelled: whole.cancelled,
        open: whole.open,
        batches,
        rollout: r,
    })
}

fn interval(s: &str) -> CliResult<std::time::Duration> {
    let d = crate::domain::duration::parse(s)
        .map_err(|e| CliError::input(e).with_hint("e.g. --interval 1s"))?;
    Ok(d.max(std::time::Duration::from_millis(100)))
}

/// The store's change counter: it moves when another connection commits.
fn data_version(conn: &rusqlite::Connection) -> i64 {
    conn.pragma_query_value(None, "data_version", |r| r.get(0))
        .unwrap_or(0)
}

pub fn cmd_status(ctx: &Ctx, a: &StatusArgs) -> CliResult<()> {
    let conn = ctx.open_store()?;
    if !a.watch {
        return print_status(ctx, &status_of(&conn, &a.id)?);
    }
    let every = interval(&a.interval)?;
    let mut last = None;
    loop {
        let v = data_version(&conn);
        if last != Some(v) {
            last = Some(v);
            let st = status_of(&conn, &a.id)?;
            let done = !st.rollout.is_active() && st.open == 0;
            if ctx.printer.is_json() {
                ctx.printer.event(&st)?;
            } else {
                print_status(ctx, &st)?;
                println!();
            }
            if done {
                return Ok(());
            }
        }
        std::thread::sleep(every);
    }
}

pub fn cmd_wait(ctx: &Ctx, a: &WaitArgs) -> CliResult<()> {
    use crate::error::ErrorKind;
    let conn = ctx.open_store()?;
    let timeout = crate::domain::duration::parse(&a.timeout)
        .map_err(|e| CliError::input(e).with_hint("e.g. --timeout 2h"))?;
    let every = interval(&a.interval)?;
    let deadline = std::time::Instant::now() + timeout;
    loop {
        let r = load(&conn, &a.id)?;
        match r.state.as_str() {
            rollouts::COMPLETED => {
                return ctx
                    .printer
                    .data(&serde_json::json!({"id": r.id, "state": r.state}), |w| {
                        writeln!(w, "rollout {} completed", r.id)
                    });
            }
            rollouts::ABORTED | rollouts::FAILED | rollouts::CANCELLED => {
                return Err(CliError::new(
                    ErrorKind::RolloutFailed,
                    format!(
                        "rollout {} {}: {}",
                        r.id,
                        r.state,
                        r.reason.as_deref().unwrap_or("no reason recorded")
                    ),
                )
                .with_hint(format!(
                    "see `otactl rollout status {}` and `otactl rollout report {}`",
                    r.id, r.id
                )));
            }
            _ => {}
        }
        if std::time::Instant::now() >= deadline {
            return Err(CliError::new(
                ErrorKind::Timeout,
                format!("rollout {} is still {} after {}", r.id, r.state, a.timeout),
            )
            .with_hint("is an engine running (`otactl run`)? wait longer with --timeout"));
        }
        std::thread::sleep(
            every
                .min(deadline.saturating_duration_since(std::time::Instant::now()))
                .max(std::time::Duration::from_millis(10)),
        );
    }
}

fn print_status(ctx: &Ctx, st: &RolloutStatus) -> CliResult<()> {
    ctx.printer.data(st, |w| {
        let r = &st.rollout;
        writeln!(w, "rollout {}  {}  {}", r.id, r.state, st.firmware)?;
        if let Some(reason) = &r.reason {
            writeln!(w, "reason  {reason}")?;
        }
        writeln!(
            w,
            "devices {}: {} succeeded, {} failed, {} cancelled, {} in progress",
            st.total, st.succeeded, st.failed, st.cancelled, st.open
        )?;
        let rows: Vec<Vec<String>> = st
            .batches
            .iter()
            .map(|b| {
                let states: Vec<String> =
                    b.states.iter().map(|(k, v)| format!("{k}={v}")).collect();
                vec![
                    b.index.to_string(),
                    b.total.to_string(),
                    b.succeeded.to_string(),
                    b.failed.to_string(),
                    b.gate.clone(),
                    states.join(" "),
                ]
            })
            .collect();
        table(
            w,
            &["BATCH", "SIZE", "OK", "FAILED", "GATE", "STATES"],
            &rows,
        )
    })
}

fn refuse(r: &Rollout, verb: &str) -> CliError {
    CliError::input(format!("cannot {verb} rollout {}: it is {}", r.id, r.state))
}

/// An operator's action on a rollout. The CLI verbs and the TUI's keys both run it
/// through [`control`], so they refuse and change the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    Pause,
    Resume,
    Abort,
    Cancel,
}

impl Control {
    pub fn verb(self) -> &'static str {
        match self {
            Control::Pause => "pause",
            Control::Resume => "resume",
            Control::Abort => "abort",
            Control::Cancel => "cancel",
        }
    }

    /// The command name the audit log records (as `RolloutCommand::audit_name`).
    pub fn audit_name(self) -> &'static str {
        match self {
            Control::Pause => "rollout pause",
            Control::Resume => "rollout resume",
            Control::Abort => "rollout abort",
            Control::Cancel => "rollout cancel",
        }
    }
}

/// Applies `c` to rollout `id` through the version guard; abort and cancel also
/// cancel the devices not yet dispatched (their count is returned).
pub fn control(conn: &mut rusqlite::Connection, id: &str, c: Control, now: i64) -> CliResult<u64> {
    load(conn, id)?;
    let (from, to, reason): (&[&str], &str, Option<String>) = match c {
        Control::Pause => (
            &[rollouts::RUNNING, rollouts::SCHEDULED],
            rollouts::PAUSED,
            Some("paused by operator".into()),
        ),
        Control::Resume => (&[rollouts::PAUSED], rollouts::RUNNING, None),
        Control::Abort => (
            &rollouts::ACTIVE,
            rollouts::ABORTED,
            Some(format!("{} by operator", rollouts::ABORTED)),
        ),
        Control::Cancel => (
            &rollouts::ACTIVE,
            rollouts::CANCELLED,
            Some(format!("{} by operator", rollouts::CANCELLED)),
        ),
    };
    if let Err(r) = rollouts::transition(conn, id, from, to, reason.as_deref(), now)? {
        return Err(refuse(&r, c.verb()));
    }
    match (c, reason) {
        (Control::Abort | Control::Cancel, Some(reason)) => {
            Ok(rollouts::cancel_pending(conn, id, &reason, now)?)
        }
        _ => Ok(0),
    }
}

/// [`control`], recorded in the audit log the way the CLI records its verbs (same
/// command name, actor and outcome; `via` names the caller, e.g. `tui`), for callers
/// outside the CLI's dispatch.
pub fn control_audited(
    conn: &mut rusqlite::Connection,
    id: &str,
    c: Control,
    actor: &str,
    via: &str,
    now: i64,
) -> CliResult<u64> {
    let r = control(conn, id, c, now);
    let args = [via, "rollout", c.verb(), id].map(str::to_string);
    otactl_store::audit::record(
        conn,
        now,
        actor,
        c.audit_name(),
        &args,
        &super::super::audit_outcome(&r),
    )?;
    r
}

pub fn cmd_pause(ctx: &Ctx, a: &IdArgs) -> CliResult<()> {
    let mut conn = ctx.open_store()?;
    control(&mut conn, &a.id, Control::Pause, otactl_store::now_ms())?;
    ctx.printer
        .data(&serde_json::json!({"id": a.id, "state": "paused"}), |w| {
            writeln!(w, "paused {}: devices already updating carry on", a.id)
        })
}

pub fn cmd_resume(ctx: &Ctx, a: &IdArgs) -> CliResult<()> {
    let mut conn = ctx.open_store()?;
    control(&mut conn, &a.id, Control::Resume, otactl_store::now_ms())?;
    ctx.printer
        .data(&serde_json::json!({"id": a.id, "state": "running"}), |w| {
            writeln!(w, "resumed {}", a.id)
        })
}

/// Abort or cancel: stop the rollout and cancel its devices not yet dispatched.
pub fn cmd_stop(ctx: &Ctx, a: &ConfirmArgs, to: &'static str) -> CliResult<()> {
    let mut conn = ctx.open_store()?;
    let r = load(&conn, &a.id)?;
    let c = if to == rollouts::ABORTED {
        Control::Abort
    } else {
        Control::Cancel
    };
    let verb = c.verb();
    if !r.is_active() {
        return Err(refuse(&r, verb));
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
