//! An operator's action on a rollout (pause, resume, abort, cancel): the state change
//! through the version guard, the devices not yet dispatched cancelled on abort and
//! cancel, and the audit entry. The CLI's verbs and the dashboard's keys both use it.

use crate::rollouts::{self, Rollout, RolloutState};
use crate::{StoreError, audit};
use rusqlite::{Connection, OptionalExtension};

/// An operator's action on a rollout.
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

    /// The command name the audit log records (as the CLI's `rollout …` verbs).
    pub fn audit_name(self) -> &'static str {
        match self {
            Control::Pause => "rollout pause",
            Control::Resume => "rollout resume",
            Control::Abort => "rollout abort",
            Control::Cancel => "rollout cancel",
        }
    }

    /// The states it moves a rollout from, the state it moves it to, and the reason
    /// recorded.
    fn moves(self) -> (&'static [RolloutState], RolloutState, Option<String>) {
        use RolloutState::*;
        match self {
            Control::Pause => (
                &[Running, Scheduled],
                Paused,
                Some("paused by operator".into()),
            ),
            Control::Resume => (&[Paused], Running, None),
            Control::Abort => (
                &RolloutState::ACTIVE,
                Aborted,
                Some(format!("{Aborted} by operator")),
            ),
            Control::Cancel => (
                &RolloutState::ACTIVE,
                Cancelled,
                Some(format!("{Cancelled} by operator")),
            ),
        }
    }
}

/// Why an action was not applied.
#[derive(Debug, thiserror::Error)]
pub enum ControlError {
    #[error("no rollout '{0}'")]
    NoRollout(String),
    /// The rollout is in a state the action does not apply to.
    #[error("cannot {verb} rollout {}: it is {}", rollout.id, rollout.state)]
    Refused {
        verb: &'static str,
        rollout: Box<Rollout>,
    },
    /// `rollout exclude` named a device the rollout does not hold.
    #[error("rollout {rollout} has no device '{device}'")]
    NotInRollout { rollout: String, device: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ControlError {
    /// `verb` refused for `r` as it is.
    pub fn refused(r: Rollout, verb: &'static str) -> ControlError {
        ControlError::Refused {
            verb,
            rollout: Box::new(r),
        }
    }
}

/// The rollout, or [`ControlError::NoRollout`].
pub fn load(conn: &Connection, id: &str) -> Result<Rollout, ControlError> {
    rollouts::get(conn, id)?.ok_or_else(|| ControlError::NoRollout(id.to_string()))
}

/// Applies `c` to rollout `id` through the version guard; abort and cancel also
/// cancel the devices not yet dispatched (their count is returned).
pub fn control(conn: &mut Connection, id: &str, c: Control, now: i64) -> Result<u64, ControlError> {
    load(conn, id)?;
    let (from, to, reason) = c.moves();
    if let Err(r) = rollouts::transition(conn, id, from, to, reason.as_deref(), now)? {
        return Err(ControlError::refused(r, c.verb()));
    }
    match (c, reason) {
        (Control::Abort | Control::Cancel, Some(reason)) => {
            Ok(rollouts::cancel_pending(conn, id, &reason, now)?)
        }
        _ => Ok(0),
    }
}

/// [`control`], recorded in the audit log the way the CLI records its verbs (same
/// command name and actor; `via` names the caller, e.g. `tui`; `outcome` words the
/// result as the CLI does), for callers outside the CLI's dispatch.
pub fn control_audited(
    conn: &mut Connection,
    id: &str,
    c: Control,
    (actor, via): (&str, &str),
    now: i64,
    outcome: impl FnOnce(&Result<u64, ControlError>) -> String,
) -> Result<u64, ControlError> {
    let r = control(conn, id, c, now);
    let args = [via, "rollout", c.verb(), id].map(str::to_string);
    audit::record(conn, now, actor, c.audit_name(), &args, &outcome(&r))?;
    r
}

/// `rollout resume --override`: resumes a paused rollout and passes its current gate
/// once (the batch is marked passed), with the operator's reason in the audit log, all
/// in one transaction. Returns the batch passed, if one was still open.
pub fn override_gate(
    conn: &mut Connection,
    id: &str,
    (actor, reason): (&str, &str),
    now: i64,
) -> Result<Option<u32>, ControlError> {
    let tx = conn.transaction().map_err(StoreError::from)?;
    load(&tx, id)?;
    if let Err(r) = rollouts::transition(
        &tx,
        id,
        &[RolloutState::Paused],
        RolloutState::Running,
        None,
        now,
    )? {
        return Err(ControlError::refused(r, "override"));
    }
    let batch: Option<u32> = tx
        .query_row(
            "SELECT idx FROM batches WHERE rollout_id = ?1 AND state <> 'passed' ORDER BY idx LIMIT 1",
            [id],
            |r| r.get(0),
        )
        .optional()
        .map_err(StoreError::from)?;
    if let Some(b) = batch {
        crate::execution::pass_batch(&tx, id, b, now)?;
        audit::record(
            &tx,
            now,
            actor,
            "rollout gate overridden",
            &[id.to_string(), format!("batch {b}"), reason.to_string()],
            "ok",
        )?;
    }
    tx.commit().map_err(StoreError::from)?;
    Ok(batch)
}

/// `rollout exclude`: takes devices out of an active rollout, all or none. Their jobs
/// become cancelled (not counted by any gate) unless they already succeeded; returns
/// how many changed.
pub fn exclude(
    conn: &mut Connection,
    id: &str,
    devices: &[String],
    reason: &str,
    now: i64,
) -> Result<u64, ControlError> {
    let tx = conn.transaction().map_err(StoreError::from)?;
    let r = load(&tx, id)?;
    if !r.is_active() {
        return Err(ControlError::refused(r, "exclude devices of"));
    }
    let mut n = 0;
    for d in devices {
        let job = rollouts::job_id(id, d);
        if crate::jobs::get_job(&tx, &job)?.is_none() {
            return Err(ControlError::NotInRollout {
                rollout: id.to_string(),
                device: d.clone(),
            });
        }
        let ev = crate::JobEvent::Exclude {
            reason: reason.to_string(),
        };
        if let crate::jobs::Applied::Changed { .. } = crate::jobs::apply_event(&tx, &job, &ev, now)?
        {
            n += 1;
        }
    }
    tx.commit().map_err(StoreError::from)?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::JobState;
    use crate::rollouts::NewRollout;

    fn store() -> Connection {
        let mut c = crate::open_in_memory().expect("store");
        crate::fixture::artifact(&c, 1).expect("artifact");
        rollouts::create(
            &mut c,
            &NewRollout {
                id: "r1".into(),
                artifact_id: 1,
                selector: "all".into(),
                policy: "{}".into(),
                state: RolloutState::Running,
                target_version: "2.0".into(),
                batches: vec![vec!["a".into(), "b".into()]],
                confirm_ms: None,
            },
            0,
        )
        .expect("rollout");
        c
    }

    fn state(c: &Connection) -> RolloutState {
        load(c, "r1").expect("rollout").state
    }

    #[test]
    fn pause_resume_and_refusals() {
        let mut c = store();
        assert_eq!(control(&mut c, "r1", Control::Pause, 1).expect("pause"), 0);
        assert_eq!(state(&c), RolloutState::Paused);
        let e = control(&mut c, "r1", Control::Pause, 2).expect_err("paused already");
        assert_eq!(e.to_string(), "cannot pause rollout r1: it is paused");
        control(&mut c, "r1", Control::Resume, 3).expect("resume");
        assert_eq!(state(&c), RolloutState::Running);
        let e = control(&mut c, "nope", Control::Abort, 4).expect_err("unknown");
        assert!(matches!(e, ControlError::NoRollout(_)));
        assert_eq!(e.to_string(), "no rollout 'nope'");
    }

    #[test]
    fn override_passes_the_current_gate_once_with_its_reason_audited() {
        let mut c = store();
        let e = override_gate(&mut c, "r1", ("me", "why"), 1).expect_err("running");
        assert!(matches!(e, ControlError::Refused { .. }));
        control(&mut c, "r1", Control::Pause, 2).expect("pause");
        assert_eq!(
            override_gate(&mut c, "r1", ("me", "in the workshop"), 3).expect("override"),
            Some(0)
        );
        assert_eq!(state(&c), RolloutState::Running);
        let passed: String = c
            .query_row(
                "SELECT state FROM batches WHERE rollout_id = 'r1' AND idx = 0",
                [],
                |r| r.get(0),
            )
            .expect("batch");
        assert_eq!(passed, "passed");
        let log = crate::audit::list(&c, None, 10).expect("audit");
        assert_eq!(log[0].command, "rollout gate overridden");
        assert_eq!(log[0].args, ["r1", "batch 0", "in the workshop"]);
    }

    #[test]
    fn exclude_cancels_named_devices_all_or_none() {
        let mut c = store();
        let e = exclude(&mut c, "r1", &["a".into(), "zz".into()], "x", 1).expect_err("unknown");
        assert_eq!(e.to_string(), "rollout r1 has no device 'zz'");
        let a = crate::jobs::get_job(&c, "r1.a").expect("job").expect("a");
        assert_eq!(a.state, JobState::Pending, "nothing changed");
        assert_eq!(
            exclude(&mut c, "r1", &["a".into()], "excluded: sold", 2).expect("exclude"),
            1
        );
        let a = crate::jobs::get_job(&c, "r1.a").expect("job").expect("a");
        assert_eq!(
            (a.state, a.reason.as_deref()),
            (JobState::Cancelled, Some("excluded: sold"))
        );
        // Excluding it again changes nothing.
        assert_eq!(
            exclude(&mut c, "r1", &["a".into()], "again", 3).expect("again"),
            0
        );
    }

    #[test]
    fn abort_cancels_the_pending_devices_and_is_audited() {
        let mut c = store();
        let n = control_audited(&mut c, "r1", Control::Abort, ("me", "tui"), 5, |r| {
            if r.is_ok() {
                "ok".into()
            } else {
                "error".into()
            }
        })
        .expect("abort");
        assert_eq!(n, 2);
        let r = load(&c, "r1").expect("rollout");
        assert_eq!(r.state, RolloutState::Aborted);
        assert_eq!(r.reason.as_deref(), Some("aborted by operator"));
        let j = crate::jobs::get_job(&c, "r1.a").expect("job").expect("a");
        assert_eq!(j.state, JobState::Cancelled);
        let e = control_audited(&mut c, "r1", Control::Cancel, ("me", "tui"), 6, |r| {
            if r.is_ok() {
                "ok".into()
            } else {
                "error: input".into()
            }
        })
        .expect_err("ended");
        assert!(matches!(e, ControlError::Refused { .. }));
        let log = crate::audit::list(&c, None, 10).expect("audit");
        assert_eq!(log.len(), 2);
        assert_eq!(log[0].command, "rollout abort");
        assert_eq!(log[0].args, ["tui", "rollout", "abort", "r1"]);
        assert_eq!(log[1].outcome, "error: input");
    }
}
