//! Batch plans for rollouts: `--batches 1,5%,25%,100%` is a list of cumulative
//! targets (absolute counts or percentages of the selection), turned into the size of
//! each batch; and the gate that decides whether the next batch may start.

use std::fmt;

/// One cumulative target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Step {
    Count(u64),
    Percent(f64),
}

/// Parses `1,5%,25%,100%`. Targets must grow; the last one need not be 100%
/// (the remainder then goes into a final batch).
pub fn parse_steps(s: &str) -> Result<Vec<Step>, String> {
    let mut out = Vec::new();
    for raw in s.split(',') {
        let t = raw.trim();
        if t.is_empty() {
            return Err(format!("empty step in '{s}'"));
        }
        let step = if let Some(p) = t.strip_suffix('%') {
            let v: f64 = p
                .trim()
                .parse()
                .map_err(|_| format!("'{t}' is not a percentage"))?;
            if !(v > 0.0 && v <= 100.0) {
                return Err(format!(
                    "'{t}': a percentage must be above 0 and at most 100"
                ));
            }
            Step::Percent(v)
        } else {
            let v: u64 = t
                .parse()
                .map_err(|_| format!("'{t}' is neither a count nor a percentage"))?;
            if v == 0 {
                return Err(format!("'{t}': a batch target must be at least 1"));
            }
            Step::Count(v)
        };
        if let Some(prev) = out.last() {
            let grows = match (prev, &step) {
                (Step::Count(a), Step::Count(b)) => b > a,
                (Step::Percent(a), Step::Percent(b)) => b > a,
                _ => true,
            };
            if !grows {
                return Err(format!(
                    "batch targets are cumulative and must grow: '{t}' after '{}'",
                    match prev {
                        Step::Count(n) => n.to_string(),
                        Step::Percent(p) => format!("{p}%"),
                    }
                ));
            }
        }
        out.push(step);
    }
    Ok(out)
}

/// The size of each batch for `total` devices. Cumulative targets are rounded up
/// (5% of 30 is 2), clamped to `total`, and steps that add nothing are dropped; devices
/// left after the last step form one more batch.
pub fn plan(steps: &[Step], total: u64) -> Vec<u64> {
    let mut sizes = Vec::new();
    let mut done = 0u64;
    for s in steps {
        let target = match *s {
            Step::Count(n) => n,
            Step::Percent(p) => ((total as f64) * p / 100.0).ceil() as u64,
        }
        .min(total);
        if target > done {
            sizes.push(target - done);
            done = target;
        }
    }
    if done < total {
        sizes.push(total - done);
    }
    sizes
}

/// A share such as `95%` (or `0.95`).
pub fn parse_share(s: &str) -> Result<f64, String> {
    let t = s.trim();
    let v = match t.strip_suffix('%') {
        Some(p) => p.trim().parse::<f64>().map(|v| v / 100.0),
        None => t.parse::<f64>(),
    }
    .map_err(|_| format!("'{s}' is not a share (e.g. 95%)"))?;
    if !(0.0..=1.0).contains(&v) {
        return Err(format!("'{s}' must be between 0% and 100%"));
    }
    Ok(v)
}

/// Counts of one batch (or the whole rollout) by outcome; the store counts them.
pub use otactl_store::progress::Tally;

/// What a gate says.
#[derive(Debug, Clone, PartialEq)]
pub enum Gate {
    /// Keep waiting for this batch.
    Wait,
    /// The batch met its success threshold: the next may start (after the soak).
    Pass,
    /// The batch can no longer reach its success threshold.
    Fail { succeeded: u64, needed: u64 },
    /// Too many failures among executed devices.
    Abort {
        failed: u64,
        executed: u64,
        threshold: f64,
    },
}

impl fmt::Display for Gate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Gate::Wait => f.write_str("waiting"),
            Gate::Pass => f.write_str("passed"),
            Gate::Fail { succeeded, needed } => {
                write!(
                    f,
                    "success threshold missed: {succeeded} succeeded, {needed} needed"
                )
            }
            Gate::Abort {
                failed,
                executed,
                threshold,
            } => write!(
                f,
                "abort threshold crossed: {failed} of {executed} executed devices failed (limit {:.0}%)",
                threshold * 100.0
            ),
        }
    }
}

/// The policy a gate applies.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GatePolicy {
    /// Share of a batch that must succeed before the next starts.
    pub success_threshold: f64,
    /// Share of failures among executed devices (whole rollout) that aborts.
    pub abort_threshold: Option<f64>,
    /// The abort threshold applies only once this many devices executed.
    pub abort_min: u64,
}

/// Decides for the current batch, given its tally and the whole rollout's.
pub fn gate(p: &GatePolicy, batch: &Tally, rollout: &Tally) -> Gate {
    if let Some(t) = p.abort_threshold {
        let ex = rollout.executed();
        if ex >= p.abort_min.max(1) && (rollout.failed as f64) > t * ex as f64 {
            return Gate::Abort {
                failed: rollout.failed,
                executed: ex,
                threshold: t,
            };
        }
    }
    // Cancelled devices (excluded by the operator, or told to stop) are not counted.
    let counted = batch.total.saturating_sub(batch.cancelled);
    let needed = (p.success_threshold * counted as f64).ceil() as u64;
    if batch.succeeded >= needed {
        return Gate::Pass;
    }
    if batch.succeeded + batch.open < needed {
        return Gate::Fail {
            succeeded: batch.succeeded,
            needed,
        };
    }
    Gate::Wait
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_issue_example_plans_four_batches() {
        let s = parse_steps("1,5%,25%,100%").expect("parse");
        assert_eq!(plan(&s, 1000), vec![1, 49, 200, 750]);
        assert_eq!(plan(&s, 10), vec![1, 2, 7]);
        assert_eq!(plan(&s, 1), vec![1]);
        assert_eq!(
            plan(&parse_steps("10,20").expect("p"), 50),
            vec![10, 10, 30]
        );
        assert!(parse_steps("0").is_err());
        assert!(parse_steps("5%,x").is_err());
        assert!(parse_steps("150%").is_err());
    }

    #[test]
    fn gates_pass_wait_fail_and_abort() {
        let p = GatePolicy {
            success_threshold: 0.95,
            abort_threshold: Some(0.10),
            abort_min: 20,
        };
        let b = |s, f, o| Tally {
            total: 100,
            succeeded: s,
            failed: f,
            cancelled: 0,
            open: o,
        };
        assert_eq!(gate(&p, &b(95, 0, 5), &b(95, 0, 5)), Gate::Pass);
        assert_eq!(gate(&p, &b(50, 2, 48), &b(50, 2, 48)), Gate::Wait);
        assert_eq!(
            gate(&p, &b(90, 6, 4), &b(90, 6, 4)),
            Gate::Fail {
                succeeded: 90,
                needed: 95
            }
        );
        // 3 of 10 failed: under abort_min, no abort yet.
        assert_eq!(gate(&p, &b(7, 3, 90), &b(7, 3, 90)), Gate::Wait);
        assert!(matches!(
            gate(&p, &b(15, 5, 80), &b(15, 5, 80)),
            Gate::Abort { .. }
        ));
    }

    proptest! {
        #[test]
        fn a_plan_covers_every_device_exactly_once(
            steps in proptest::collection::vec(prop_oneof![(1u64..500).prop_map(Step::Count), (1u32..=100).prop_map(|p| Step::Percent(p as f64))], 1..6),
            total in 0u64..20_000,
        ) {
            let sizes = plan(&steps, total);
            prop_assert_eq!(sizes.iter().sum::<u64>(), total);
            prop_assert!(sizes.iter().all(|&s| s > 0));
        }
    }
}
