//! `rollout list | status | wait`: reading where rollouts are, once, live
//! (`status --watch`) or until one ends (`wait`, for CI), and why nothing moves.

use super::Ctx;
use crate::domain::status::RolloutStatus;
use crate::domain::waiting::{EngineSeen, explain};
use crate::error::{CliError, CliResult};
use crate::output::{fmt_ms, table};
use clap::Args;
use otactl_store::control::{ControlError, load};
use otactl_store::rollouts::{self, RolloutState};
use otactl_store::{Connection, dashboard};

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
/// or cancelled, 7 when the timeout ran out first, 9 at once when it is paused and
/// waits for an operator (its gate, an operator's pause, one of its errors). For CI.
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
                    r.state.to_string(),
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

/// The rollout's progress, as `status` prints it and `watch` streams it.
pub fn status_of(conn: &Connection, id: &str) -> CliResult<RolloutStatus> {
    let s = otactl_store::progress::status(conn, id)?
        .ok_or_else(|| ControlError::NoRollout(id.to_string()))?;
    Ok(crate::domain::status::of(s))
}

/// Whether an engine holds the store's lock (`engine::lock`'s file), found without
/// taking or writing it; when none does, how long ago the last one started (it writes
/// its pid there when it starts).
fn engine_seen(ctx: &Ctx) -> EngineSeen {
    let lock = crate::engine::lock_path(&ctx.settings.store_path());
    let Ok(f) = std::fs::File::open(&lock) else {
        return EngineSeen::Stopped(None);
    };
    if let Err(std::fs::TryLockError::WouldBlock) = f.try_lock_shared() {
        return EngineSeen::Running;
    }
    let ago = f
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .map(|d| d.as_secs());
    EngineSeen::Stopped(ago)
}

/// [`status_of`] with why it waits, if it does.
pub fn status_explained(ctx: &Ctx, conn: &Connection, id: &str) -> CliResult<RolloutStatus> {
    let mut st = status_of(conn, id)?;
    st.waiting = explain(&st, otactl_store::now_ms(), engine_seen(ctx));
    Ok(st)
}

fn interval(s: &str) -> CliResult<std::time::Duration> {
    let d = crate::domain::duration::parse(s)
        .map_err(|e| CliError::input(e).with_hint("e.g. --interval 1s"))?;
    Ok(d.max(std::time::Duration::from_millis(100)))
}

/// The store's change counter: it moves when another connection commits.
fn data_version(conn: &Connection) -> i64 {
    dashboard::data_version(conn).unwrap_or(0)
}

pub fn cmd_status(ctx: &Ctx, a: &StatusArgs) -> CliResult<()> {
    let conn = ctx.open_store()?;
    if !a.watch {
        return print_status(ctx, &status_explained(ctx, &conn, &a.id)?);
    }
    let every = interval(&a.interval)?;
    let mut last = None;
    loop {
        let v = data_version(&conn);
        if last != Some(v) {
            last = Some(v);
            let st = status_explained(ctx, &conn, &a.id)?;
            let done = !st.rollout.is_active() && st.open == 0;
            if ctx.printer.is_json() {
                ctx.printer.event(&st)?;
            } else {
                print_status(ctx, &st)?;
                std::io::Write::write_all(&mut std::io::stdout(), b"\n")?;
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
        match r.state {
            RolloutState::Completed => {
                return ctx
                    .printer
                    .data(&serde_json::json!({"id": r.id, "state": r.state}), |w| {
                        writeln!(w, "rollout {} completed", r.id)
                    });
            }
            RolloutState::Aborted | RolloutState::Failed | RolloutState::Cancelled => {
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
            RolloutState::Paused => {
                let st = status_explained(ctx, &conn, &a.id)?;
                let why = st.waiting.first();
                return Err(CliError::new(
                    ErrorKind::Paused,
                    format!(
                        "rollout {} is paused and waits for an operator: {}",
                        r.id,
                        why.map(|w| w.detail.clone())
                            .or(r.reason.clone())
                            .unwrap_or_else(|| "no reason recorded".into())
                    ),
                )
                .with_hint(
                    why.map(|w| w.unblock.clone())
                        .unwrap_or_else(|| format!("otactl rollout resume {}", r.id)),
                ));
            }
            _ => {}
        }
        if std::time::Instant::now() >= deadline {
            let st = status_explained(ctx, &conn, &a.id)?;
            if let Some(why) = st.waiting.first() {
                return Err(CliError::new(
                    ErrorKind::Timeout,
                    format!(
                        "rollout {} is still {} after {}: {}",
                        r.id, r.state, a.timeout, why.detail
                    ),
                )
                .with_hint(format!("unblock: {}", why.unblock)));
            }
            return Err(CliError::new(
                ErrorKind::Timeout,
                format!("rollout {} is still {} after {}", r.id, r.state, a.timeout),
            )
            .with_hint("devices are still updating: wait longer with --timeout"));
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
        for why in &st.waiting {
            writeln!(w, "waiting {}", why.detail)?;
            writeln!(w, "  unblock: {}", why.unblock)?;
        }
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
