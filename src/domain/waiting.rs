//! Why a rollout does not move, and what unblocks it: a closed maintenance window (and
//! when it opens), a start time to come, a pause (by whom, by which gate and by how many
//! devices), no engine on the store. Pure: `rollout status`, `wait` and the dashboard ask.

use super::batches::{self, Gate};
use super::policy::Policy;
use super::status::RolloutStatus;
use otactl_store::RolloutState;
use otactl_store::progress::Tally;
use serde::Serialize;

/// One reason a rollout waits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Waiting {
    /// `window_closed`, `scheduled`, `paused_by_gate`, `paused`, `no_engine`.
    pub what: &'static str,
    /// One line for a person.
    pub detail: String,
    /// What unblocks it.
    pub unblock: String,
    /// When it unblocks by itself (window opens, start time), Unix ms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at_ms: Option<i64>,
}

/// Whether an engine drives the store, as the caller found out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EngineSeen {
    Running,
    /// Not running; the last one started this many seconds ago (None: never).
    Stopped(Option<u64>),
}

fn rfc3339(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.to_string())
        .unwrap_or_else(|_| ms.to_string())
}

/// The gate that holds the rollout's current batch, as text naming how many devices
/// it lacks, or None when no gate holds.
pub fn holding_gate(st: &RolloutStatus, p: &Policy) -> Option<(u32, String)> {
    let gp = p.gate_policy();
    let whole = Tally {
        total: st.total,
        succeeded: st.succeeded,
        failed: st.failed,
        cancelled: st.cancelled,
        open: st.open,
    };
    let b = st
        .batches
        .iter()
        .find(|b| b.gate != Gate::Pass.to_string())?;
    let t = Tally {
        total: b.total,
        succeeded: b.succeeded,
        failed: b.failed,
        cancelled: b.cancelled,
        open: b.open,
    };
    match batches::gate(&gp, &t, &whole) {
        Gate::Fail { succeeded, needed } => Some((
            b.index,
            format!(
                "batch {}: success threshold {:.0}% needs {needed} of {}, {succeeded} succeeded: short by {}",
                b.index,
                gp.success_threshold * 100.0,
                t.total - t.cancelled,
                needed - succeeded
            ),
        )),
        g @ Gate::Abort { .. } => Some((b.index, format!("batch {}: {g}", b.index))),
        _ => None,
    }
}

/// Every reason rollout `st` waits at `now_ms` (the calendar's time), given whether an
/// engine runs.
pub fn explain(st: &RolloutStatus, now_ms: i64, engine: EngineSeen) -> Vec<Waiting> {
    let r = &st.rollout;
    let mut out = Vec::new();
    let Ok(p) = serde_json::from_str::<Policy>(&r.policy) else {
        return out;
    };
    match r.state {
        RolloutState::Scheduled => {
            if let Some(t) = p.start_at_ms.filter(|t| *t > now_ms) {
                out.push(Waiting {
                    what: "scheduled",
                    detail: format!("scheduled: starts at {}", rfc3339(t)),
                    unblock: "its start time; or `otactl rollout pause` to hold it".into(),
                    at_ms: Some(t),
                });
            }
        }
        RolloutState::Paused => {
            let reason = r.reason.clone().unwrap_or_else(|| "paused".into());
            match holding_gate(st, &p) {
                Some((b, gate)) => out.push(Waiting {
                    what: "paused_by_gate",
                    detail: format!("paused by its gate: {gate}"),
                    unblock: format!(
                        "`otactl rollout resume {id} --override --reason …` passes batch {b}'s gate once; \
                         `otactl rollout exclude {id} DEVICE…` takes devices out, then `rollout resume {id}`",
                        id = r.id
                    ),
                    at_ms: None,
                }),
                None => out.push(Waiting {
                    what: "paused",
                    detail: format!("paused: {reason}"),
                    unblock: format!("`otactl rollout resume {}`", r.id),
                    at_ms: None,
                }),
            }
        }
        RolloutState::Running => {
            if let Some(w) = p.window()
                && let Ok(t) = jiff::Timestamp::from_millisecond(now_ms)
                && !w.is_open(t)
            {
                let opens = w.next_open(t).map(|o| o.as_millisecond());
                out.push(Waiting {
                    what: "window_closed",
                    detail: match opens {
                        Some(o) => {
                            format!("maintenance window {w} closed: opens at {}", rfc3339(o))
                        }
                        None => format!("maintenance window {w} closed"),
                    },
                    unblock: "the window opening (devices already updating carry on)".into(),
                    at_ms: opens,
                });
            }
        }
        _ => return out,
    }
    if let EngineSeen::Stopped(ago) = engine {
        out.push(Waiting {
            what: "no_engine",
            detail: match ago {
                Some(s) => format!("no engine runs on this store (the last one started {s} s ago)"),
                None => "no engine has run on this store".into(),
            },
            unblock: "`otactl run` (or `otactl rollout run ID`)".into(),
            at_ms: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::policy::{PolicyInput, build};
    use crate::domain::status::of;
    use otactl_store::JobState;
    use otactl_store::progress::{Progress, Status};
    use otactl_store::rollouts::Rollout;

    fn status(state: RolloutState, p: &Policy, b0: &[(JobState, u64)]) -> RolloutStatus {
        let mut progress = Progress::default();
        let mut s = [0; JobState::ALL.len()];
        for (st, n) in b0 {
            s[*st as usize] = *n;
        }
        progress.batches.insert(0, s);
        of(Status {
            rollout: Rollout {
                id: "r".into(),
                artifact_id: 1,
                selector: "all".into(),
                policy: serde_json::to_string(p).expect("json"),
                state,
                reason: Some("batch 0: success threshold missed".into()),
                current_batch: 0,
                version: 0,
                created_ms: 0,
                updated_ms: 0,
            },
            firmware: "fw@2".into(),
            progress,
        })
    }

    fn policy(window: Option<&str>, start: Option<i64>) -> Policy {
        build(
            &PolicyInput {
                batches: "100%",
                success_threshold: "90%",
                device_timeout: "30m",
                soak: "0s",
                command_ttl: "1h",
                window,
                start_at_ms: start,
                ..Default::default()
            },
            9,
        )
        .expect("policy")
    }

    #[test]
    fn a_gate_that_holds_says_by_how_many_and_what_unblocks_it() {
        let p = policy(None, None);
        let st = status(
            RolloutState::Paused,
            &p,
            &[(JobState::Succeeded, 8), (JobState::TimedOut, 1)],
        );
        let w = explain(&st, 0, EngineSeen::Running);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].what, "paused_by_gate");
        assert!(
            w[0].detail
                .contains("needs 9 of 9, 8 succeeded: short by 1"),
            "{}",
            w[0].detail
        );
        assert!(w[0].unblock.contains("--override") && w[0].unblock.contains("exclude"));
        // Excluded (cancelled), the device no longer counts: nothing holds.
        let st = status(
            RolloutState::Paused,
            &p,
            &[(JobState::Succeeded, 8), (JobState::Cancelled, 1)],
        );
        assert_eq!(explain(&st, 0, EngineSeen::Running)[0].what, "paused");
    }

    #[test]
    fn a_closed_window_a_start_to_come_and_no_engine_are_named() {
        // 2026-11-28 is a Saturday.
        let sat = jiff::Timestamp::from_second(1_795_824_000)
            .expect("ts")
            .as_millisecond();
        let p = policy(Some("Mon-Fri 02:00-05:00 UTC"), None);
        let st = status(RolloutState::Running, &p, &[(JobState::Pending, 9)]);
        let w = explain(&st, sat, EngineSeen::Stopped(None));
        assert_eq!(w[0].what, "window_closed");
        assert!(
            w[0].detail.contains("opens at 2026-11-30T02:00:00Z"),
            "{}",
            w[0].detail
        );
        assert_eq!(w[1].what, "no_engine");
        let p = policy(None, Some(sat + 3_600_000));
        let st = status(RolloutState::Scheduled, &p, &[(JobState::Pending, 9)]);
        let w = explain(&st, sat, EngineSeen::Running);
        assert_eq!(w[0].what, "scheduled");
        assert!(
            w[0].detail.contains("starts at 2026-11-28T01:00:00Z"),
            "{}",
            w[0].detail
        );
    }
}
