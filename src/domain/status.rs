//! A rollout's status as `rollout status`, `watch` and `report` print it: the store's
//! counts by batch and state, tallied, with each batch's gate as the policy sees it.
//! Pure: the store reads, this only arranges.

use super::batches;
use super::policy::Policy;
use otactl_store::progress::{self, Status, Tally};
use otactl_store::rollouts::Rollout;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Serialize)]
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

#[derive(Debug, Serialize)]
pub struct RolloutStatus {
    pub rollout: Rollout,
    pub firmware: String,
    pub total: u64,
    pub succeeded: u64,
    pub failed: u64,
    pub cancelled: u64,
    pub open: u64,
    pub batches: Vec<BatchStatus>,
    /// Why it does not move and what unblocks it (filled by the caller, who knows the
    /// time and whether an engine runs: [`super::waiting::explain`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub waiting: Vec<super::waiting::Waiting>,
}

/// The status of a rollout from what the store read of it.
pub fn of(s: Status) -> RolloutStatus {
    let gp = serde_json::from_str::<Policy>(&s.rollout.policy)
        .ok()
        .map(|p| p.gate_policy());
    let whole = s.progress.whole();
    let batches = s
        .progress
        .batches
        .iter()
        .map(|(&i, stages)| {
            let t = Tally::of(stages);
            BatchStatus {
                index: i,
                total: t.total,
                succeeded: t.succeeded,
                failed: t.failed,
                cancelled: t.cancelled,
                open: t.open,
                states: progress::named(stages),
                gate: gp
                    .map(|g| batches::gate(&g, &t, &whole).to_string())
                    .unwrap_or_default(),
            }
        })
        .collect();
    RolloutStatus {
        firmware: s.firmware,
        total: whole.total,
        succeeded: whole.succeeded,
        failed: whole.failed,
        cancelled: whole.cancelled,
        open: whole.open,
        batches,
        waiting: Vec::new(),
        rollout: s.rollout,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use otactl_store::progress::Progress;
    use otactl_store::{JobState, RolloutState};

    #[test]
    fn batches_are_tallied_and_gated_by_the_policy() {
        let policy = crate::domain::policy::build(
            &crate::domain::policy::PolicyInput {
                batches: "1,100%",
                success_threshold: "100%",
                device_timeout: "30m",
                soak: "0s",
                command_ttl: "1h",
                ..Default::default()
            },
            3,
        )
        .expect("policy");
        let mut progress = Progress::default();
        let mut b0 = [0; JobState::ALL.len()];
        b0[JobState::Succeeded as usize] = 1;
        let mut b1 = [0; JobState::ALL.len()];
        b1[JobState::Failed as usize] = 1;
        b1[JobState::Pending as usize] = 1;
        progress.batches.insert(0, b0);
        progress.batches.insert(1, b1);
        let st = of(Status {
            rollout: Rollout {
                id: "r".into(),
                artifact_id: 1,
                selector: "all".into(),
                policy: serde_json::to_string(&policy).expect("json"),
                state: RolloutState::Running,
                reason: None,
                current_batch: 1,
                version: 0,
                created_ms: 0,
                updated_ms: 0,
            },
            firmware: "fw@2".into(),
            progress,
        });
        assert_eq!((st.total, st.succeeded, st.failed, st.open), (3, 1, 1, 1));
        assert_eq!(st.batches[0].gate, "passed");
        assert!(st.batches[1].gate.starts_with("success threshold missed"));
        assert_eq!(st.batches[1].states.get("failed"), Some(&1));
        assert_eq!(st.batches[1].states.len(), 2);
    }
}
