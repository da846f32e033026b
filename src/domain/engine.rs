//! The rollout engine's decisions, as a pure function of what the store says and the
//! time: `decide(view, now)` returns what to do (start a batch, dispatch so many
//! devices, time out, retry, pass a gate, pause, abort, complete). The engine loop
//! reads the view, applies the actions, and owns all I/O; every rule is tested here
//! with simulated time.

use super::batches::{self, Gate, Tally};
use super::policy::{AbortAction, Policy};

/// A rollout's state, as the engine sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Scheduled,
    Running,
    Paused,
    /// completed, aborted, failed or cancelled: only in-flight timeouts still apply
    Ended,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BatchView {
    pub size: u64,
    pub started_ms: Option<i64>,
    pub passed_ms: Option<i64>,
    pub tally: Tally,
    /// Devices of this batch not dispatched yet.
    pub pending: u64,
}

/// A device that has its command and no final word yet.
#[derive(Debug, Clone, PartialEq)]
pub struct InFlight {
    pub job_id: String,
    /// When it entered its current state (queued, sent, downloading…).
    pub stage_ms: i64,
    /// When it was last heard from about this command (or, before any word from it,
    /// when the command went out): a silence is measured from here.
    pub heard_ms: i64,
    /// Since when its presence says offline (out of coverage, not failed): it waits,
    /// within the policy's offline grace.
    pub offline_since_ms: Option<i64>,
}

/// A device that said `done` in a rollout with confirmation after reboot, and whose
/// inventory has not confirmed it yet (`done_unconfirmed`).
#[derive(Debug, Clone, PartialEq)]
pub struct Unconfirmed {
    pub job_id: String,
    /// When its `done` was recorded: the confirm timeout runs from here, whatever its
    /// presence says (a device that never comes back from its reboot is offline).
    pub done_ms: i64,
}

/// A failed or timed-out device, with the attempts it had.
#[derive(Debug, Clone, PartialEq)]
pub struct Retryable {
    pub job_id: String,
    pub attempt: u32,
    /// When the attempt failed or timed out (its retry waits the policy's backoff).
    pub failed_ms: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RolloutView {
    pub phase: Phase,
    pub policy: Policy,
    pub batches: Vec<BatchView>,
    pub in_flight: Vec<InFlight>,
    pub unconfirmed: Vec<Unconfirmed>,
    pub retryable: Vec<Retryable>,
    /// Commands dispatched in the last 60 s (for the rate limit).
    pub dispatched_last_minute: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A scheduled rollout reached its start time.
    Start,
    StartBatch(usize),
    /// Dispatch up to `count` pending devices of the batch.
    Dispatch {
        batch: usize,
        count: u64,
    },
    TimeOut {
        job_id: String,
    },
    /// Offline past the grace: timed out, its reason `unreachable`.
    Unreachable {
        job_id: String,
    },
    /// `done` without a confirming inventory past the confirm timeout: failed.
    Unconfirmed {
        job_id: String,
    },
    Retry {
        job_id: String,
    },
    PassBatch(usize),
    Pause {
        reason: String,
    },
    Abort {
        reason: String,
    },
    Complete,
}

fn whole(view: &RolloutView) -> Tally {
    view.batches.iter().fold(Tally::default(), |mut t, b| {
        t.total += b.tally.total;
        t.succeeded += b.tally.succeeded;
        t.failed += b.tally.failed;
        t.cancelled += b.tally.cancelled;
        t.open += b.tally.open;
        t
    })
}

fn window_open(p: &Policy, now_ms: i64) -> bool {
    match (p.window(), jiff::Timestamp::from_millisecond(now_ms)) {
        (Some(w), Ok(t)) => w.is_open(t),
        _ => true,
    }
}

/// What to do now.
pub fn decide(view: &RolloutView, now_ms: i64) -> Vec<Action> {
    decide_at(view, now_ms, now_ms)
}

/// [`decide`] with the calendar (start time and maintenance window) read at
/// `calendar_ms` rather than `now_ms`: a simulated clock for tests and rehearsals
/// shifts the calendar only, never the timeouts measured from the store's times.
pub fn decide_at(view: &RolloutView, now_ms: i64, calendar_ms: i64) -> Vec<Action> {
    let p = &view.policy;
    let mut out = Vec::new();

    // Timeouts apply in every phase: a device that went silent is timed out even if
    // the rollout was paused meanwhile. Offline devices wait (commands queue at the
    // broker for their persistent session), for the offline grace at most.
    for f in &view.in_flight {
        let job_id = f.job_id.clone();
        match f.offline_since_ms {
            Some(since) if now_ms - since > p.offline_grace_ms() => {
                out.push(Action::Unreachable { job_id })
            }
            Some(_) => {}
            None if p.is_overdue(now_ms, f.stage_ms, f.heard_ms) => {
                out.push(Action::TimeOut { job_id })
            }
            None => {}
        }
    }

    if let Some(limit) = p.confirm_ms() {
        for u in &view.unconfirmed {
            if now_ms - u.done_ms > limit {
                out.push(Action::Unconfirmed {
                    job_id: u.job_id.clone(),
                });
            }
        }
    }

    match view.phase {
        Phase::Ended | Phase::Paused => return out,
        Phase::Scheduled => {
            if p.start_at_ms.is_none_or(|t| calendar_ms >= t) {
                out.push(Action::Start);
            }
            return out;
        }
        Phase::Running => {}
    }

    // Devices with retries left count as open for the gates, due yet or not.
    let mut waiting_retries = 0u64;
    for r in &view.retryable {
        if p.may_retry(r.attempt) {
            waiting_retries += 1;
            if now_ms - r.failed_ms >= p.retry_delay_ms(r.attempt) {
                out.push(Action::Retry {
                    job_id: r.job_id.clone(),
                });
            }
        }
    }

    // A batch passed by an operator's override may still hold devices not dispatched
    // yet: they go out (within the rate limit) rather than being left behind.
    let mut budget = match p.max_rate_per_min {
        Some(r) => u64::from(r).saturating_sub(view.dispatched_last_minute),
        None => u64::MAX,
    };
    if window_open(p, calendar_ms) {
        for (i, b) in view.batches.iter().enumerate() {
            let count = b.pending.min(budget);
            if b.passed_ms.is_some() && count > 0 {
                budget -= count;
                out.push(Action::Dispatch { batch: i, count });
            }
        }
    }

    let gp = p.gate_policy();
    let all = whole(view);
    let Some(current) = view.batches.iter().position(|b| b.passed_ms.is_none()) else {
        // Every gate passed: the rollout ends once no device is left in flight and no
        // retry is about to go out (timeouts guarantee the in-flight ones finish).
        if all.open == 0 && waiting_retries == 0 && out.is_empty() {
            out.push(Action::Complete);
        }
        return out;
    };
    let b = &view.batches[current];
    // Retries to come keep a failure from counting yet.
    let pending_retries = waiting_retries;
    let mut tally = b.tally;
    let mut rollout_tally = all;
    tally.failed = tally
        .failed
        .saturating_sub(pending_retries.min(tally.failed));
    tally.open += pending_retries.min(b.tally.failed);
    rollout_tally.failed = rollout_tally
        .failed
        .saturating_sub(pending_retries.min(all.failed));

    let g = batches::gate(&gp, &tally, &rollout_tally);
    match g {
        Gate::Abort { .. } | Gate::Fail { .. } => {
            let reason = format!("batch {current}: {g}");
            out.push(match p.abort_action {
                AbortAction::Pause => Action::Pause { reason },
                AbortAction::Abort => Action::Abort { reason },
            });
            return out;
        }
        // A batch passes only once all its devices were dispatched: with a rate limit
        // the threshold can be met while some still wait for their turn.
        Gate::Pass if b.pending == 0 => {
            out.push(Action::PassBatch(current));
            if current + 1 == view.batches.len() && all.open == 0 && pending_retries == 0 {
                out.push(Action::Complete);
            }
            return out;
        }
        _ => {}
    }

    if b.started_ms.is_none() {
        let soaked = match current
            .checked_sub(1)
            .and_then(|i| view.batches[i].passed_ms)
        {
            Some(passed) => now_ms - passed >= p.soak_s as i64 * 1000,
            None => true,
        };
        if soaked && window_open(p, calendar_ms) {
            out.push(Action::StartBatch(current));
        } else {
            return out;
        }
    }
    if b.pending > 0 && window_open(p, calendar_ms) {
        let count = b.pending.min(budget);
        if count > 0 {
            out.push(Action::Dispatch {
                batch: current,
                count,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::policy::{PolicyInput, build};

    const MIN: i64 = 60_000;

    fn policy(extra: impl FnOnce(&mut Policy)) -> Policy {
        let mut p = build(
            &PolicyInput {
                batches: "10%,100%",
                success_threshold: "90%",
                abort_threshold: Some("20%"),
                abort_min: 5,
                device_timeout: "30m",
                soak: "10m",
                command_ttl: "24h",
                ..Default::default()
            },
            100,
        )
        .expect("policy");
        extra(&mut p);
        p
    }

    fn batch(size: u64, pending: u64, ok: u64, failed: u64) -> BatchView {
        BatchView {
            size,
            started_ms: (pending < size).then_some(0),
            passed_ms: None,
            tally: Tally {
                total: size,
                succeeded: ok,
                failed,
                cancelled: 0,
                open: size - ok - failed,
            },
            pending,
        }
    }

    fn view(p: Policy, batches: Vec<BatchView>) -> RolloutView {
        RolloutView {
            phase: Phase::Running,
            policy: p,
            batches,
            in_flight: vec![],
            retryable: vec![],
            dispatched_last_minute: 0,
            unconfirmed: vec![],
        }
    }

    #[test]
    fn first_batch_starts_and_dispatches_within_the_rate() {
        let p = policy(|p| p.max_rate_per_min = Some(4));
        let mut v = view(p, vec![batch(10, 10, 0, 0), batch(90, 90, 0, 0)]);
        v.batches[0].started_ms = None;
        assert_eq!(
            decide(&v, 0),
            vec![
                Action::StartBatch(0),
                Action::Dispatch { batch: 0, count: 4 }
            ]
        );
        v.batches[0].started_ms = Some(0);
        v.dispatched_last_minute = 4;
        assert_eq!(decide(&v, 1000), vec![]);
    }

    #[test]
    fn devices_left_in_a_batch_passed_by_override_still_go_out() {
        let p = policy(|p| p.max_rate_per_min = Some(5));
        let mut v = view(p, vec![batch(10, 3, 6, 1), batch(90, 90, 0, 0)]);
        v.batches[0].passed_ms = Some(0);
        v.batches[1].started_ms = Some(0);
        assert_eq!(
            decide(&v, 20 * MIN),
            vec![
                Action::Dispatch { batch: 0, count: 3 },
                Action::Dispatch { batch: 1, count: 2 }
            ]
        );
    }

    #[test]
    fn a_passed_batch_soaks_before_the_next_starts() {
        let mut v = view(
            policy(|_| {}),
            vec![batch(10, 0, 9, 0), batch(90, 90, 0, 0)],
        );
        assert_eq!(decide(&v, 5 * MIN), vec![Action::PassBatch(0)]);
        v.batches[0].passed_ms = Some(5 * MIN);
        v.batches[1].started_ms = None;
        assert_eq!(decide(&v, 10 * MIN), vec![], "still soaking");
        assert_eq!(
            decide(&v, 15 * MIN),
            vec![
                Action::StartBatch(1),
                Action::Dispatch {
                    batch: 1,
                    count: 90
                }
            ]
        );
    }

    #[test]
    fn too_many_failures_pause_or_abort_per_policy() {
        let v = view(
            policy(|_| {}),
            vec![batch(10, 0, 2, 3), batch(90, 90, 0, 0)],
        );
        assert!(
            matches!(decide(&v, 0).as_slice(), [Action::Pause { reason }] if reason.contains("abort threshold"))
        );
        let v = view(
            policy(|p| p.abort_action = AbortAction::Abort),
            vec![batch(10, 0, 2, 3), batch(90, 90, 0, 0)],
        );
        assert!(matches!(decide(&v, 0).as_slice(), [Action::Abort { .. }]));
    }

    #[test]
    fn retries_hold_failures_back_from_the_gate() {
        let mut v = view(
            policy(|p| p.retries = 1),
            vec![batch(10, 0, 2, 3), batch(90, 90, 0, 0)],
        );
        v.retryable = (0..3)
            .map(|i| Retryable {
                job_id: format!("j{i}"),
                attempt: 1,
                failed_ms: -10 * MIN,
            })
            .collect();
        let a = decide(&v, 0);
        assert_eq!(
            a.iter()
                .filter(|x| matches!(x, Action::Retry { .. }))
                .count(),
            3
        );
        assert!(
            !a.iter().any(|x| matches!(x, Action::Pause { .. })),
            "{a:?}"
        );
        // After the last allowed attempt, no more retries and the gate applies.
        v.retryable.iter_mut().for_each(|r| r.attempt = 2);
        assert!(
            decide(&v, 0)
                .iter()
                .any(|x| matches!(x, Action::Pause { .. }))
        );
    }

    #[test]
    fn retries_wait_a_growing_backoff_and_hold_the_gate_meanwhile() {
        let mut v = view(
            policy(|p| {
                p.retries = 3;
                p.retry_backoff_s = 5;
            }),
            vec![batch(10, 0, 2, 3), batch(90, 90, 0, 0)],
        );
        v.retryable = vec![Retryable {
            job_id: "a".into(),
            attempt: 2,
            failed_ms: 0,
        }];
        // The second retry waits 10 s; meanwhile no retry and no pause for it.
        assert!(
            !decide(&v, 9_000)
                .iter()
                .any(|a| matches!(a, Action::Retry { .. }))
        );
        assert_eq!(
            decide(&v, 10_000)
                .iter()
                .filter(|a| matches!(a, Action::Retry { .. }))
                .count(),
            1
        );
        let p = &v.policy;
        assert_eq!(
            (
                p.retry_delay_ms(1),
                p.retry_delay_ms(3),
                p.retry_delay_ms(40)
            ),
            (5_000, 20_000, 600_000)
        );
    }

    #[test]
    fn silent_devices_time_out_but_offline_ones_wait() {
        let mut v = view(
            policy(|_| {}),
            vec![batch(10, 0, 0, 0), batch(90, 90, 0, 0)],
        );
        v.in_flight = vec![
            InFlight {
                job_id: "a".into(),
                stage_ms: 0,
                heard_ms: 0,
                offline_since_ms: None,
            },
            InFlight {
                job_id: "b".into(),
                stage_ms: 0,
                heard_ms: 0,
                offline_since_ms: Some(0),
            },
        ];
        assert!(
            !decide(&v, 29 * MIN)
                .iter()
                .any(|x| matches!(x, Action::TimeOut { .. }))
        );
        let a = decide(&v, 31 * MIN);
        assert_eq!(
            a.iter()
                .filter(|x| matches!(x, Action::TimeOut { .. }))
                .count(),
            1
        );
        assert!(a.contains(&Action::TimeOut { job_id: "a".into() }));
        // Paused rollouts still time out their in-flight devices, and dispatch nothing.
        v.phase = Phase::Paused;
        assert_eq!(
            decide(&v, 31 * MIN),
            vec![Action::TimeOut { job_id: "a".into() }]
        );
    }

    #[test]
    fn a_device_that_keeps_talking_is_not_timed_out_and_an_offline_one_waits_its_grace() {
        let mut v = view(
            policy(|p| p.offline_grace_s = Some(600)),
            vec![batch(10, 0, 0, 0), batch(90, 90, 0, 0)],
        );
        let flight = |id: &str, heard_ms, offline_since_ms| InFlight {
            job_id: id.into(),
            stage_ms: 0,
            heard_ms,
            offline_since_ms,
        };
        // Dispatched at 0, last heard at 40 min: 45 min after dispatch it is busy,
        // not silent (the device timeout is 30 min).
        v.in_flight = vec![flight("talking", 40 * MIN, None)];
        assert!(
            !decide(&v, 45 * MIN)
                .iter()
                .any(|a| matches!(a, Action::TimeOut { .. }))
        );
        assert!(decide(&v, 71 * MIN).contains(&Action::TimeOut {
            job_id: "talking".into()
        }));
        // Offline since 0: it waits 10 min, then ends unreachable, never timed out
        // by the device timeout meanwhile.
        v.in_flight = vec![flight("away", 0, Some(0))];
        assert!(
            !decide(&v, 9 * MIN)
                .iter()
                .any(|a| matches!(a, Action::TimeOut { .. } | Action::Unreachable { .. }))
        );
        assert!(decide(&v, 11 * MIN).contains(&Action::Unreachable {
            job_id: "away".into()
        }));
    }

    #[test]
    fn a_done_without_its_confirmation_fails_after_the_confirm_timeout_in_any_phase() {
        let unconfirmed = |p: &mut Policy| p.confirm_timeout_s = Some(600);
        let mut v = view(policy(unconfirmed), vec![batch(10, 0, 0, 0)]);
        v.unconfirmed = vec![Unconfirmed {
            job_id: "quiet".into(),
            done_ms: 0,
        }];
        let fails = |v: &RolloutView, at| {
            decide(v, at).contains(&Action::Unconfirmed {
                job_id: "quiet".into(),
            })
        };
        // Not the device timeout (30 min): the confirm timeout, from the `done`.
        assert!(!fails(&v, 10 * MIN));
        assert!(fails(&v, 10 * MIN + 1));
        v.phase = Phase::Paused;
        assert!(fails(&v, 11 * MIN));
        // Confirmation off: nothing is ever held for it.
        v.policy.confirm_timeout_s = None;
        assert!(!fails(&v, 100 * MIN));
    }

    #[test]
    fn windows_schedules_and_completion() {
        // 2026-11-23T00:00Z is a Monday; the window opens at 02:00 UTC.
        let monday = 1_795_392_000_000;
        let mut v = view(
            policy(|p| p.window = Some("Mon-Fri 02:00-05:00 UTC".into())),
            vec![batch(10, 10, 0, 0), batch(90, 90, 0, 0)],
        );
        v.batches[0].started_ms = None;
        assert_eq!(decide(&v, monday + 60 * MIN), vec![]);
        assert_eq!(decide(&v, monday + 150 * MIN)[0], Action::StartBatch(0));

        let mut s = view(
            policy(|p| p.start_at_ms = Some(1000)),
            vec![batch(10, 10, 0, 0)],
        );
        s.phase = Phase::Scheduled;
        assert_eq!(decide(&s, 999), vec![]);
        assert_eq!(decide(&s, 1000), vec![Action::Start]);

        let mut done = view(
            policy(|_| {}),
            vec![batch(10, 0, 10, 0), batch(90, 0, 90, 0)],
        );
        done.batches[0].passed_ms = Some(0);
        assert_eq!(
            decide(&done, 0),
            vec![Action::PassBatch(1), Action::Complete]
        );

        // Gates passed but a device still in flight: no completion until it ends.
        let mut open = view(
            policy(|_| {}),
            vec![batch(10, 0, 10, 0), batch(90, 0, 89, 0)],
        );
        open.batches[0].passed_ms = Some(0);
        assert_eq!(decide(&open, 0), vec![Action::PassBatch(1)]);
        open.batches[1].passed_ms = Some(0);
        assert_eq!(decide(&open, 0), vec![]);
        open.batches[1].tally.open = 0;
        open.batches[1].tally.failed = 1;
        assert_eq!(decide(&open, 0), vec![Action::Complete]);
    }

    #[test]
    fn a_batch_met_before_all_its_devices_went_out_does_not_pass() {
        let p = policy(|p| p.success_threshold = 0.5);
        let v = view(p, vec![batch(10, 4, 6, 0), batch(90, 90, 0, 0)]);
        assert_eq!(decide(&v, 0), vec![Action::Dispatch { batch: 0, count: 4 }]);
    }

    #[test]
    fn a_simulated_calendar_moves_windows_but_not_timeouts() {
        let monday = 1_795_392_000_000;
        let mut v = view(
            policy(|p| p.window = Some("Mon-Fri 02:00-05:00 UTC".into())),
            vec![batch(10, 10, 0, 0), batch(90, 90, 0, 0)],
        );
        v.batches[0].started_ms = None;
        assert_eq!(decide_at(&v, 0, monday + 60 * MIN), vec![]);
        assert_eq!(
            decide_at(&v, 0, monday + 150 * MIN)[0],
            Action::StartBatch(0)
        );
        v.in_flight = vec![InFlight {
            job_id: "a".into(),
            stage_ms: 0,
            heard_ms: 0,
            offline_since_ms: None,
        }];
        assert!(
            !decide_at(&v, MIN, monday + 150 * MIN)
                .iter()
                .any(|a| matches!(a, Action::TimeOut { .. })),
            "the device timeout runs on the real clock"
        );
    }
}
