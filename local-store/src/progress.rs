//! A rollout's progress: its jobs counted by state, per batch and in all, read in one
//! pass; and [`Tally::add`], the one place a job state becomes an outcome count
//! (`rollout status`, `report`, the dashboard and the engine all count through it).

use crate::Result;
use crate::rollouts::{self, Rollout};
use crate::state::JobState;
use rusqlite::Connection;
use std::collections::BTreeMap;

/// Counts by job state, indexed by `state as usize` (the order of `JobState::ALL`).
pub type Stages = [u64; JobState::ALL.len()];

/// Counts of one batch (or the whole rollout) by outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub total: u64,
    pub succeeded: u64,
    /// failed, rejected and timed out: what counts against the abort threshold
    pub failed: u64,
    pub cancelled: u64,
    /// not final yet
    pub open: u64,
}

impl Tally {
    /// Counts `n` jobs in state `s`.
    #[inline]
    pub fn add(&mut self, s: JobState, n: u64) {
        self.total += n;
        match s {
            JobState::Succeeded => self.succeeded += n,
            JobState::Cancelled => self.cancelled += n,
            x if x.is_failure() => self.failed += n,
            _ => self.open += n,
        }
    }

    /// The tally of counts by state.
    pub fn of(stages: &Stages) -> Tally {
        let mut t = Tally::default();
        for s in JobState::ALL {
            t.add(s, stages[s as usize]);
        }
        t
    }

    pub fn executed(&self) -> u64 {
        self.succeeded + self.failed
    }
}

/// The counts by state, as `state name → n` for the states that have jobs.
pub fn named(stages: &Stages) -> BTreeMap<String, u64> {
    JobState::ALL
        .into_iter()
        .filter(|s| stages[*s as usize] > 0)
        .map(|s| (s.as_str().to_string(), stages[s as usize]))
        .collect()
}

/// A rollout's jobs counted by batch and state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    /// Batches that hold jobs, by index.
    pub batches: BTreeMap<u32, Stages>,
}

impl Progress {
    /// The counts of all batches together.
    pub fn stages(&self) -> Stages {
        let mut all: Stages = [0; JobState::ALL.len()];
        for s in self.batches.values() {
            for (t, n) in all.iter_mut().zip(s) {
                *t += n;
            }
        }
        all
    }

    pub fn whole(&self) -> Tally {
        Tally::of(&self.stages())
    }
}

/// What `rollout status` shows of a rollout: the row, its firmware, its progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub rollout: Rollout,
    /// `name@version`, empty when the artifact is gone.
    pub firmware: String,
    pub progress: Progress,
}

/// The rollout's status, or None when there is no such rollout.
pub fn status(conn: &Connection, rollout: &str) -> Result<Option<Status>> {
    let Some(r) = rollouts::get(conn, rollout)? else {
        return Ok(None);
    };
    let progress = progress(conn, rollout)?;
    let firmware = crate::artifacts::get_by_id(conn, r.artifact_id)?
        .map(|a| format!("{}@{}", a.name, a.version))
        .unwrap_or_default();
    Ok(Some(Status {
        rollout: r,
        firmware,
        progress,
    }))
}

/// One device's part in a rollout, for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceOutcome {
    pub device_id: String,
    pub batch: u32,
    pub state: JobState,
    pub attempt: u32,
    pub reason: Option<String>,
    pub created_ms: i64,
    pub finished_ms: Option<i64>,
}

/// Every device of the rollout, by batch then device id.
pub fn outcomes(conn: &Connection, rollout: &str) -> Result<Vec<DeviceOutcome>> {
    let mut q = conn.prepare_cached(
        "SELECT device_id, batch, state, attempt, reason, created_ms, finished_ms FROM jobs \
         WHERE rollout_id = ?1 ORDER BY batch, device_id",
    )?;
    let rows = q.query_map([rollout], |r| {
        let state: String = r.get(2)?;
        Ok(DeviceOutcome {
            device_id: r.get(0)?,
            batch: r.get(1)?,
            state: JobState::parse(&state).unwrap_or(JobState::Pending),
            attempt: r.get(3)?,
            reason: r.get(4)?,
            created_ms: r.get(5)?,
            finished_ms: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Jobs changed since a time, seen by the same pass (for the dashboard's event log).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// (updated_ms, rowid) of each changed job.
    pub rows: Vec<(i64, i64)>,
    /// The newest `updated_ms` among the rollout's jobs (at least `since`).
    pub newest_ms: i64,
}

/// Counts the rollout's jobs by batch and state in one pass.
pub fn progress(conn: &Connection, rollout: &str) -> Result<Progress> {
    Ok(progress_since(conn, rollout, 0)?.0)
}

/// [`progress`], also listing the jobs updated after `since_ms` (none when it is 0).
pub fn progress_since(
    conn: &Connection,
    rollout: &str,
    since_ms: i64,
) -> Result<(Progress, Changes)> {
    // Through the (rollout_id, device_id) index every row costs a second lookup; when
    // the rollout holds a good share of all jobs a plain scan is 4x faster. Counted
    // here rather than with GROUP BY, which sorts every row first.
    let sql = if rollouts::is_large(conn, rollout)? {
        "SELECT batch, state, updated_ms, rowid FROM jobs WHERE +rollout_id = ?1"
    } else {
        "SELECT batch, state, updated_ms, rowid FROM jobs WHERE rollout_id = ?1"
    };
    let mut p = Progress::default();
    let mut ch = Changes {
        rows: Vec::new(),
        newest_ms: since_ms,
    };
    let mut st = conn.prepare_cached(sql)?;
    let mut rows = st.query([rollout])?;
    while let Some(r) = rows.next()? {
        let b: u32 = r.get(0)?;
        let Some(state) = r.get_ref(1)?.as_str().ok().and_then(JobState::parse) else {
            continue;
        };
        p.batches.entry(b).or_insert([0; JobState::ALL.len()])[state as usize] += 1;
        let updated: i64 = r.get(2)?;
        ch.newest_ms = ch.newest_ms.max(updated);
        if since_ms > 0 && updated > since_ms {
            ch.rows.push((updated, r.get(3)?));
        }
    }
    Ok((p, ch))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::JobEvent;
    use crate::jobs;
    use crate::rollouts::{NewRollout, create};
    use crate::states::RolloutState;

    fn store() -> Connection {
        let mut c = crate::open_in_memory().expect("store");
        crate::fixture::artifact(&c, 1).expect("artifact");
        create(
            &mut c,
            &NewRollout {
                id: "r1".into(),
                artifact_id: 1,
                selector: "all".into(),
                policy: "{}".into(),
                state: RolloutState::Running,
                target_version: "2.0".into(),
                batches: vec![vec!["a".into()], vec!["b".into(), "c".into()]],
                confirm_ms: None,
            },
            10,
        )
        .expect("rollout");
        c
    }

    #[test]
    fn a_state_counts_once_into_its_outcome() {
        let mut t = Tally::default();
        for s in JobState::ALL {
            t.add(s, 1);
        }
        assert_eq!(
            t,
            Tally {
                total: 15,
                succeeded: 1,
                failed: 4,
                cancelled: 1,
                // done_unconfirmed is open: it counts as in flight for the gates
                open: 9
            }
        );
        assert_eq!(t.executed(), 5);
        let mut s: Stages = [0; JobState::ALL.len()];
        s[JobState::Rejected as usize] = 2;
        s[JobState::Pending as usize] = 5;
        assert_eq!(
            Tally::of(&s),
            Tally {
                total: 7,
                failed: 2,
                open: 5,
                ..Tally::default()
            }
        );
        assert_eq!(
            named(&s).into_iter().collect::<Vec<_>>(),
            vec![("pending".to_string(), 5), ("rejected".to_string(), 2)]
        );
    }

    #[test]
    fn progress_counts_by_batch_and_lists_changes() -> Result<()> {
        let c = store();
        let p = progress(&c, "r1")?;
        assert_eq!(p.batches.len(), 2);
        assert_eq!(p.batches[&1][JobState::Pending as usize], 2);
        assert_eq!(p.whole().open, 3);
        jobs::apply_event(&c, "r1.b", &JobEvent::Cancel { reason: "x".into() }, 50)?;
        let (p, ch) = progress_since(&c, "r1", 10)?;
        assert_eq!(p.whole().cancelled, 1);
        assert_eq!(ch.rows.len(), 1);
        assert_eq!(ch.newest_ms, 50);
        let (_, none) = progress_since(&c, "r1", 0)?;
        assert!(none.rows.is_empty());
        assert!(progress(&c, "nope")?.batches.is_empty());
        let st = status(&c, "r1")?.ok_or(crate::StoreError::Invalid("r1".into()))?;
        assert_eq!(st.firmware, "fw@2.0");
        assert_eq!(st.progress, p);
        assert_eq!(status(&c, "nope")?, None);
        let o = outcomes(&c, "r1")?;
        let rows: Vec<(&str, u32, JobState)> = o
            .iter()
            .map(|d| (d.device_id.as_str(), d.batch, d.state))
            .collect();
        assert_eq!(
            rows,
            [
                ("a", 0, JobState::Pending),
                ("b", 1, JobState::Cancelled),
                ("c", 1, JobState::Pending)
            ]
        );
        assert_eq!(o[1].reason.as_deref(), Some("x"));
        Ok(())
    }
}
