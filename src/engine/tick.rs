//! One engine tick for one rollout: read its view from the store (one pass over its
//! jobs), ask the pure [`crate::domain::engine::decide_at`] what to do, and do it
//! through the one writer. Every write re-checks the rollout's state inside its
//! transaction, so an operator's `pause` in another terminal always wins.

use super::Engine;
use super::Result;
use crate::domain::batches::Tally;
use crate::domain::engine::{
    Action, BatchView, InFlight, Phase, Retryable, RolloutView, Unconfirmed, decide_at,
};
use crate::domain::policy::Policy;
use crate::mqtt::dispatch::{DispatchJob, Enqueue, enqueue_signed_with, sign_batch};
use otactl_store::execution::{self, ToSend};
use otactl_store::rollouts::{self, BatchState, Rollout, RolloutState};
use otactl_store::writer::{OpResult, WriteOp};
use otactl_store::{Connection, JobEvent, JobState};
use serde::Serialize;

/// Something the engine did that an operator wants to read about.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Event {
    pub rollout: String,
    pub what: String,
    pub detail: String,
}

/// The rollout's view, or None when it is gone or its policy unreadable.
pub fn view(eng: &Engine, r: &Rollout, now_ms: i64) -> Result<Option<RolloutView>> {
    let Ok(policy) = serde_json::from_str::<Policy>(&r.policy) else {
        return Ok(None);
    };
    let phase = match r.state {
        RolloutState::Scheduled => Phase::Scheduled,
        RolloutState::Running => Phase::Running,
        RolloutState::Paused => Phase::Paused,
        _ => Phase::Ended,
    };
    let rows = execution::batches(&eng.read, &r.id)?;
    let mut batches: Vec<BatchView> = rows
        .iter()
        .map(|b| BatchView {
            size: b.size,
            started_ms: b.started_ms,
            passed_ms: (b.state == BatchState::Passed).then_some(b.finished_ms.unwrap_or(0)),
            tally: Tally::default(),
            pending: 0,
        })
        .collect();
    // Devices in flight whose presence says offline, and since when (few: one query).
    let offline = execution::offline_in_flight(&eng.read, &r.id)?;
    let mut in_flight = Vec::new();
    let mut overdue: Vec<(String, String, i64, i64)> = Vec::new();
    let mut retryable = Vec::new();
    let mut unconfirmed = Vec::new();
    // One pass over the jobs: the tallies (through the store's one mapping of a state
    // into them), and the devices the policy says are overdue or may be retried.
    execution::scan_jobs(&eng.read, &r.id, |j| {
        let Some(b) = batches.get_mut(j.batch as usize) else {
            return;
        };
        b.tally.add(j.state, 1);
        if j.state == JobState::Pending {
            b.pending += 1;
        }
        if j.state == JobState::DoneUnconfirmed {
            unconfirmed.push(Unconfirmed {
                job_id: j.id.to_string(),
                done_ms: j.stage_ms,
            });
        } else if j.state.is_in_flight() {
            if let Some(&since) = offline.get(j.id) {
                in_flight.push(InFlight {
                    job_id: j.id.to_string(),
                    stage_ms: j.stage_ms,
                    heard_ms: j.heard_ms,
                    offline_since_ms: Some(since),
                });
            } else if policy.is_overdue(now_ms, j.stage_ms, j.heard_ms) {
                overdue.push((
                    j.id.to_string(),
                    j.device_id.to_string(),
                    j.stage_ms,
                    j.heard_ms,
                ));
            }
        }
        if j.state.is_retryable() && policy.may_retry(j.attempt) && phase == Phase::Running {
            retryable.push(Retryable {
                job_id: j.id.to_string(),
                attempt: j.attempt,
                failed_ms: j.stage_ms,
            });
        }
    })?;
    for (job_id, device, stage_ms, heard_ms) in overdue {
        // A presence or inventory message since is a word from the device too.
        let seen = execution::presence(&eng.read, &device)?.last_seen_ms;
        in_flight.push(InFlight {
            job_id,
            stage_ms,
            heard_ms: heard_ms.max(seen.unwrap_or(0)),
            offline_since_ms: None,
        });
    }
    let dispatched_last_minute = match policy.max_rate_per_min {
        Some(_) => execution::dispatched_since(&eng.read, &r.id, now_ms - 60_000)?,
        None => 0,
    };
    Ok(Some(RolloutView {
        phase,
        policy,
        batches,
        in_flight,
        unconfirmed,
        retryable,
        dispatched_last_minute,
    }))
}

/// Ticks one rollout: decide, then act. Returns what happened worth telling.
pub fn tick_rollout(eng: &mut Engine, id: &str, now_ms: i64) -> Result<Vec<Event>> {
    let Some(r) = rollouts::get(&eng.read, id)? else {
        return Ok(vec![]);
    };
    let Some(v) = view(eng, &r, now_ms)? else {
        return Ok(vec![Event {
            rollout: r.id.clone(),
            what: "skipped".into(),
            detail: "its policy cannot be read".into(),
        }]);
    };
    let calendar = eng.clock.calendar_ms(now_ms);
    let mut actions = decide_at(&v, now_ms, calendar);
    if eng.hold_timeouts {
        actions.retain(|a| {
            !matches!(
                a,
                Action::TimeOut { .. } | Action::Unreachable { .. } | Action::Unconfirmed { .. }
            )
        });
    }
    let mut events = Vec::new();
    let mut retries = Vec::new();
    for a in actions {
        match a {
            Action::Start => {
                let detail = "its start time came";
                if transition(
                    eng,
                    &r.id,
                    &[RolloutState::Scheduled],
                    RolloutState::Running,
                    None,
                    ("started", detail),
                    now_ms,
                )? {
                    events.push(ev(&r.id, "started", detail));
                }
            }
            Action::StartBatch(i) => {
                let (rid, idx) = (r.id.clone(), i as u32);
                eng.write(move |c| execution::start_batch(c, &rid, idx, now_ms).map(|_| ()))?;
                events.push(ev(&r.id, "batch started", &format!("batch {i}")));
            }
            Action::Dispatch { batch, count } => {
                let n = dispatch(eng, &r, batch as u32, count, now_ms)?;
                if n > 0 {
                    events.push(ev(
                        &r.id,
                        "dispatched",
                        &format!("{n} devices of batch {batch}"),
                    ));
                }
            }
            Action::TimeOut { job_id } => {
                eng.writer.submit(
                    WriteOp::Job {
                        job_id,
                        event: JobEvent::TimedOut,
                        now_ms,
                    },
                    None,
                )?;
                eng.timed_out += 1;
            }
            Action::Unreachable { job_id } => {
                eng.write(move |c| {
                    if let otactl_store::jobs::Applied::Changed { .. } =
                        otactl_store::jobs::apply_event(c, &job_id, &JobEvent::TimedOut, now_ms)?
                    {
                        execution::mark_unreachable(c, &job_id)?;
                    }
                    Ok(())
                })?;
                eng.timed_out += 1;
            }
            Action::Unconfirmed { job_id } => {
                let after = format!("{}s", v.policy.confirm_timeout_s.unwrap_or_default());
                eng.writer.submit(
                    WriteOp::Job {
                        job_id,
                        event: JobEvent::Unconfirmed { after },
                        now_ms,
                    },
                    None,
                )?;
                // A timeout too (of the confirmation): counted with the others.
                eng.timed_out += 1;
            }
            Action::Retry { job_id } => retries.push(job_id),
            Action::PassBatch(i) => {
                let (rid, idx) = (r.id.clone(), i as u32);
                let detail = format!("batch {i} met its gate");
                let d = detail.clone();
                // The pass and its audit row commit together, once.
                eng.write(move |c| {
                    if execution::pass_batch(c, &rid, idx, now_ms)? {
                        audit(c, now_ms, "batch passed", &rid, &d)?;
                    }
                    Ok(())
                })?;
                events.push(ev(&r.id, "batch passed", &detail));
            }
            Action::Pause { reason } => {
                if transition(
                    eng,
                    &r.id,
                    &[RolloutState::Running],
                    RolloutState::Paused,
                    Some(&reason),
                    ("paused", &reason),
                    now_ms,
                )? {
                    events.push(ev(&r.id, "paused", &reason));
                }
            }
            Action::Abort { reason } => {
                // transition() cancels the pending devices in the same transaction.
                if transition(
                    eng,
                    &r.id,
                    &[RolloutState::Running],
                    RolloutState::Aborted,
                    Some(&reason),
                    ("aborted", &reason),
                    now_ms,
                )? {
                    events.push(ev(&r.id, "aborted", &reason));
                }
            }
            Action::Complete => {
                let detail = "every batch met its gate";
                if transition(
                    eng,
                    &r.id,
                    &[RolloutState::Running],
                    RolloutState::Completed,
                    None,
                    ("completed", detail),
                    now_ms,
                )? {
                    events.push(ev(&r.id, "completed", detail));
                }
            }
        }
    }
    if !retries.is_empty() {
        let n = retry(eng, &r, &retries, now_ms)?;
        if n > 0 {
            events.push(ev(&r.id, "retried", &format!("{n} devices, new attempts")));
        }
    }
    Ok(events)
}

/// Pauses rollout `id` because of `e`, an error of that rollout alone (audited, with
/// the reason the status shows).
pub(super) fn pause_for_error(
    eng: &mut Engine,
    id: &str,
    e: &super::EngineError,
    now_ms: i64,
) -> Result<Vec<Event>> {
    let reason = format!("engine error: {e}");
    let moved = transition(
        eng,
        id,
        &[RolloutState::Running, RolloutState::Scheduled],
        RolloutState::Paused,
        Some(&reason),
        ("paused", &reason),
        now_ms,
    )?;
    Ok(if moved {
        vec![ev(id, "paused", &reason)]
    } else {
        vec![]
    })
}

fn ev(rollout: &str, what: &str, detail: &str) -> Event {
    Event {
        rollout: rollout.to_string(),
        what: what.to_string(),
        detail: detail.to_string(),
    }
}

/// An engine decision in the audit log, beside the operators' actions.
fn audit(
    c: &Connection,
    now_ms: i64,
    what: &str,
    rollout: &str,
    detail: &str,
) -> otactl_store::Result<()> {
    otactl_store::audit::record(
        c,
        now_ms,
        "otactl-engine",
        &format!("engine {what}"),
        &[rollout.to_string(), detail.to_string()],
        "ok",
    )?;
    Ok(())
}

/// Moves the rollout (guarded by its version) and records the decision in the audit
/// log in the same transaction, so a kill never leaves one without the other. An
/// abort also cancels the pending devices there.
fn transition(
    eng: &Engine,
    id: &str,
    from: &'static [RolloutState],
    to: RolloutState,
    reason: Option<&str>,
    (what, detail): (&'static str, &str),
    now_ms: i64,
) -> Result<bool> {
    let id = id.to_string();
    let reason = reason.map(str::to_string);
    let detail = detail.to_string();
    let moved = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let m = moved.clone();
    eng.write(move |c| {
        let ok = rollouts::transition(c, &id, from, to, reason.as_deref(), now_ms)?.is_ok();
        if ok {
            if to == RolloutState::Aborted {
                rollouts::cancel_pending_in(c, &id, "rollout aborted", now_ms)?;
            }
            audit(c, now_ms, what, &id, &detail)?;
        }
        m.store(ok, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    })?;
    Ok(moved.load(std::sync::atomic::Ordering::Relaxed))
}

fn to_dispatch(
    eng: &mut Engine,
    r: &Rollout,
    jobs: Vec<ToSend>,
    next_attempt: bool,
    now_ms: i64,
) -> Result<Vec<DispatchJob>> {
    let art = otactl_store::artifacts::get_by_id(&eng.read, r.artifact_id)?
        .ok_or_else(|| super::EngineError::NoArtifact(r.id.clone()))?;
    let artifact = eng.urls.artifact(&art, now_ms)?;
    Ok(jobs
        .into_iter()
        .map(|j| DispatchJob {
            job_id: j.job_id,
            rollout_id: r.id.clone(),
            device_id: j.device_id,
            attempt: if next_attempt {
                j.attempt + 1
            } else {
                j.attempt.max(1)
            },
            artifact: artifact.clone(),
        })
        .collect())
}

/// Sends up to `count` pending devices of the batch, in chunks of one transaction each.
fn dispatch(eng: &mut Engine, r: &Rollout, batch: u32, count: u64, now_ms: i64) -> Result<u64> {
    let ttl_ms = command_ttl_ms(r);
    let mut left = count;
    let mut sent = 0;
    while left > 0 {
        let todo = execution::pending_of_batch(&eng.read, &r.id, batch, left.min(eng.chunk))?;
        if todo.is_empty() {
            break;
        }
        let n = todo.len() as u64;
        let jobs = to_dispatch(eng, r, todo, false, now_ms)?;
        let signed = sign_batch(&eng.key, &eng.prefix, ttl_ms, &jobs, now_ms);
        let how = Enqueue {
            retry: false,
            rollout_in: Some((r.id.clone(), vec![RolloutState::Running])),
        };
        let d = enqueue_signed_with(&eng.writer, signed, now_ms, &how)?;
        (eng.wake)();
        sent += d.enqueued.len() as u64;
        if d.enqueued.is_empty() {
            break;
        }
        left = left.saturating_sub(n);
    }
    eng.dispatched += sent;
    Ok(sent)
}

fn retry(eng: &mut Engine, r: &Rollout, ids: &[String], now_ms: i64) -> Result<u64> {
    let wanted: std::collections::HashSet<&str> = ids.iter().map(String::as_str).collect();
    retry_where(
        eng,
        r,
        |j| wanted.contains(j.job_id.as_str()),
        &[RolloutState::Running],
        now_ms,
    )
}

/// New attempts for the failed and timed-out jobs `keep` selects, if the rollout is in
/// one of `states` when they are written (`rollout retry-failed` uses it too).
pub fn retry_where(
    eng: &mut Engine,
    r: &Rollout,
    keep: impl Fn(&ToSend) -> bool,
    states: &[RolloutState],
    now_ms: i64,
) -> Result<u64> {
    let mut todo = Vec::new();
    let mut has_it = Vec::new();
    for j in execution::retryable(&eng.read, &r.id)? {
        if !keep(&j) {
            continue;
        }
        // A device whose inventory already shows the target gets no retry (it would
        // refuse it as a downgrade): its job is closed as succeeded instead.
        if otactl_store::reconcile::runs_target(&eng.read, &j.job_id)?.is_some() {
            has_it.push(j.job_id);
        } else {
            todo.push(j);
        }
    }
    if !has_it.is_empty() {
        eng.write(move |c| {
            for id in &has_it {
                otactl_store::reconcile::close_if_runs_target(c, id, now_ms)?;
            }
            Ok(())
        })?;
    }
    if todo.is_empty() {
        return Ok(0);
    }
    let jobs = to_dispatch(eng, r, todo, true, now_ms)?;
    let signed = sign_batch(&eng.key, &eng.prefix, command_ttl_ms(r), &jobs, now_ms);
    let how = Enqueue {
        retry: true,
        rollout_in: Some((r.id.clone(), states.to_vec())),
    };
    let d = enqueue_signed_with(&eng.writer, signed, now_ms, &how)?;
    (eng.wake)();
    eng.retried += d.enqueued.len() as u64;
    Ok(d.enqueued.len() as u64)
}

fn command_ttl_ms(r: &Rollout) -> i64 {
    serde_json::from_str::<Policy>(&r.policy)
        .map(|p| p.command_ttl_s as i64 * 1000)
        .unwrap_or(24 * 3600 * 1000)
}

/// Writes `f` through the writer and waits for its commit (`f` runs again if the
/// writer retries its batch).
pub(super) fn write_op(
    writer: &otactl_store::writer::Writer,
    mut f: impl FnMut(&Connection) -> otactl_store::Result<()> + Send + 'static,
) -> Result<()> {
    writer.apply_blocking(WriteOp::Custom(Box::new(move |c| {
        f(c)?;
        Ok(OpResult::Done)
    })))?;
    Ok(())
}
