//! Reconciling jobs with what a device says it runs: an inventory that shows the
//! target closes an open, timed-out or failed job as succeeded (and confirms a `done`
//! awaiting confirmation after reboot); one that shows an older firmware after `done`,
//! while the rollout runs, makes it rolled back. Every change is
//! written to the device's history (a `status_events` row) and to the audit log.

use crate::Result;
use crate::fleet::Inventory;
use crate::jobs::{self, Applied, JOB_COLUMNS, Job, job_from_row};
use crate::rollouts::RolloutState;
use crate::state::{JobEvent, JobState};
use rusqlite::{Connection, OptionalExtension, params};

/// The prefix of the `msg_id` of the history rows written here (never a device's id:
/// `store export` leaves them out, they are not protocol statuses).
pub const MSG_PREFIX: &str = "otactl:reconcile:";

/// A job of the device with its rollout's state and the target's anti-rollback counter.
fn jobs_with_target(conn: &Connection, device_id: &str) -> Result<Vec<(Job, RolloutState, u64)>> {
    let cols = JOB_COLUMNS
        .split(", ")
        .map(|c| format!("j.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut st = conn.prepare_cached(&format!(
        "SELECT {cols}, r.state, a.counter FROM jobs j JOIN rollouts r ON r.id = j.rollout_id \
         JOIN artifacts a ON a.id = r.artifact_id WHERE j.device_id = ?1 \
         AND j.state NOT IN ('pending', 'cancelled', 'rejected')"
    ))?;
    let rows = st.query_map([device_id], |r| {
        let job = job_from_row(r)?;
        let state: String = r.get(17)?;
        let counter: i64 = r.get(18)?;
        Ok((job, state, counter.max(0) as u64))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (job, state, counter) = row?;
        if let Ok(s) = state.parse::<RolloutState>() {
            out.push((job, s, counter));
        }
    }
    Ok(out)
}

/// Applies an inventory message to the device's jobs; returns the ids of the jobs it
/// changed (the caller forgets them from any cache).
pub fn on_inventory(conn: &Connection, inv: &Inventory) -> Result<Vec<String>> {
    let mut changed = Vec::new();
    for (job, rollout_state, target_counter) in jobs_with_target(conn, &inv.device_id)? {
        // Rolled back counts only while the rollout runs (a later downgrade by the
        // operator of a finished rollout is not its failure), and only on a word the
        // device said after its `done`: not a retained message from before we
        // subscribed, nor one whose own time is not later than the `done`'s.
        if job.state == JobState::Succeeded
            && (!rollout_state.is_active()
                || inv.retained
                || said_before_done(conn, &job, inv.device_ts_ms, true)?)
        {
            continue;
        }
        // A `done` awaiting its confirmation: only the device's word after it counts
        // either way (the agent sends its inventory in the same millisecond as `done`).
        if job.state == JobState::DoneUnconfirmed
            && (inv.retained || said_before_done(conn, &job, inv.device_ts_ms, false)?)
        {
            continue;
        }
        let ev = JobEvent::Inventory {
            firmware_version: inv.firmware_version.clone(),
            counter: inv.counter,
            target_counter,
        };
        if let Applied::Changed { from, to } = jobs::apply_event(conn, &job.id, &ev, inv.now_ms)? {
            record(conn, &job, from, to, &inv.firmware_version, inv.now_ms)?;
            changed.push(job.id);
        }
    }
    Ok(changed)
}

/// The device's time of the applied `done` of a job's command. `device_id` first: it
/// is the key's prefix, so this reads the device's few events, not the whole table
/// (an inventory of every device after its `done` made a 100k rollout quadratic).
const DONE_TS: &str = "SELECT device_ts FROM status_events WHERE device_id = ?1 \
     AND job_id = ?2 AND command_id = ?3 AND status = 'done' AND outcome = 'applied' LIMIT 1";

/// Whether the device's clock puts `ts_ms` before (or, with `or_at`, at) the `done`
/// of `job`'s current command.
fn said_before_done(conn: &Connection, job: &Job, ts_ms: Option<i64>, or_at: bool) -> Result<bool> {
    let Some(ts) = ts_ms else {
        return Ok(false);
    };
    let done: Option<String> = conn
        .prepare_cached(DONE_TS)?
        .query_row(params![job.device_id, job.id, job.command_id], |r| r.get(0))
        .optional()?
        .flatten();
    let done_ms = done.and_then(|d| {
        time::OffsetDateTime::parse(&d, &time::format_description::well_known::Rfc3339)
            .ok()
            .map(|t| (t.unix_timestamp_nanos() / 1_000_000) as i64)
    });
    Ok(done_ms.is_some_and(|d| ts < d || (or_at && ts == d)))
}

/// The inventory event for job `job_id` when the device's last inventory shows the
/// target version and counter (a retry must not go to it), else None.
pub fn runs_target(conn: &Connection, job_id: &str) -> Result<Option<JobEvent>> {
    let row = conn
        .prepare_cached(
            "SELECT d.firmware_version, d.counter, j.target_version, a.counter FROM jobs j \
             JOIN devices d ON d.id = j.device_id JOIN rollouts r ON r.id = j.rollout_id \
             JOIN artifacts a ON a.id = r.artifact_id WHERE j.id = ?1",
        )?
        .query_row([job_id], |r| {
            Ok((
                r.get::<_, Option<String>>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })
        .optional()?;
    Ok(match row {
        Some((Some(v), c, target, tc)) if v == target && c == tc => Some(JobEvent::Inventory {
            firmware_version: v,
            counter: c.max(0) as u64,
            target_counter: tc.max(0) as u64,
        }),
        _ => None,
    })
}

/// Closes job `job_id` as succeeded if the device's inventory shows the target.
/// Returns whether it did.
pub fn close_if_runs_target(conn: &Connection, job_id: &str, now: i64) -> Result<bool> {
    let Some(ev) = runs_target(conn, job_id)? else {
        return Ok(false);
    };
    let Some(job) = jobs::get_job(conn, job_id)? else {
        return Ok(false);
    };
    let version = match &ev {
        JobEvent::Inventory {
            firmware_version, ..
        } => firmware_version.clone(),
        _ => String::new(),
    };
    match jobs::apply_event(conn, job_id, &ev, now)? {
        Applied::Changed { from, to } => {
            record(conn, &job, from, to, &version, now)?;
            Ok(true)
        }
        Applied::Refused(_) => Ok(false),
    }
}

/// The device's history row and the audit entry for a reconciled job.
fn record(
    conn: &Connection,
    job: &Job,
    from: JobState,
    to: JobState,
    version: &str,
    now: i64,
) -> Result<()> {
    let reason = jobs::get_job(conn, &job.id)?
        .and_then(|j| j.reason)
        .unwrap_or_default();
    conn.prepare_cached(
        "INSERT OR IGNORE INTO status_events (device_id, msg_id, job_id, command_id, status, \
         firmware_version, error_message, received_ms, outcome) \
         VALUES (?1, ?2, ?3, ?4, 'inventory', ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        job.device_id,
        format!("{MSG_PREFIX}{}:{}", job.id, job.version + 1),
        job.id,
        job.command_id.clone().unwrap_or_default(),
        version,
        reason,
        now,
        format!("applied:{from}->{to}")
    ])?;
    crate::audit::record(
        conn,
        now,
        "otactl-engine",
        "engine reconciled",
        &[job.rollout_id.clone(), job.device_id.clone(), reason],
        &format!("{from} -> {to}"),
    )?;
    Ok(())
}

/// The anti-rollback counter of a rollout's target.
pub fn target_counter(conn: &Connection, rollout_id: &str) -> Result<Option<u64>> {
    Ok(conn
        .prepare_cached(
            "SELECT a.counter FROM rollouts r JOIN artifacts a ON a.id = r.artifact_id \
             WHERE r.id = ?1",
        )?
        .query_row(params![rollout_id], |r| r.get::<_, i64>(0))
        .optional()?
        .map(|c| c.max(0) as u64))
}

#[cfg(test)]
mod tests {
    use super::DONE_TS;

    #[test]
    fn the_done_of_a_job_is_found_through_the_devices_key_not_a_scan() {
        let conn = crate::open_in_memory().expect("store");
        let mut st = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {DONE_TS}"))
            .expect("plan");
        let plan: Vec<String> = st
            .query_map(rusqlite::params!["d", "j", "c"], |r| r.get(3))
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("plan rows");
        assert!(
            plan.iter().any(|p| p.contains("USING PRIMARY KEY")),
            "{plan:?}"
        );
        assert!(!plan.iter().any(|p| p.starts_with("SCAN")), "{plan:?}");
    }
}
