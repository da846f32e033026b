//! Data for demos, benchmarks and tests, written straight into the tables: the
//! dashboard's demo rollout at fixed times, the MQTT benchmark's seeded jobs, and a
//! disk that fills up. Never used by a running engine.

use crate::jobs::StatusRecord;
use crate::state::JobState;
use crate::{Result, StoreError};
use rusqlite::{Connection, params};

/// An artifact row with id `id` (name `fw`, version `2.0`), for tests.
pub fn artifact(conn: &Connection, id: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO artifacts (id, name, version, counter, hw, size, sha256, key_id, \
         manifest, minisig, created_ms) VALUES (?1, 'fw', '2.0', 2, '[]', 1, 'x', 'k', '{}', 's', 0)",
        [id],
    )?;
    Ok(())
}

/// Caps the store at its current size and writes past it: the error SQLite gives a
/// full disk (SQLITE_FULL), without a small file system.
pub fn fill_to_page_limit(conn: &Connection) -> Result<()> {
    let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
    conn.pragma_update(None, "max_page_count", pages)?;
    conn.execute(
        "INSERT INTO dead_letters (source, reason, payload, created_ms) \
         VALUES ('t', 'r', randomblob(100000), 0)",
        [],
    )?;
    Ok(())
}

/// Seeds rollout `r1` with `n` jobs `j{i}` for devices `device(i)` targeting 2.0.0, in
/// `state` (pending, or any other with command `c{i}` and attempt 1), in one
/// transaction (the MQTT benchmark's jobs).
pub fn seed_bench_jobs(
    conn: &mut Connection,
    n: usize,
    state: JobState,
    device: impl Fn(usize) -> String,
) -> Result<()> {
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT OR IGNORE INTO artifacts (id, name, version, counter, hw, size, sha256, key_id, \
         manifest, minisig, created_ms) VALUES (1, 'engine-ecu', '2.0.0', 42, '[]', 1, 'x', 'K', '{}', '', 0)",
        [],
    )?;
    tx.execute(
        "INSERT OR IGNORE INTO rollouts (id, artifact_id, selector, policy, state, created_ms, \
         updated_ms) VALUES ('r1', 1, '', '{}', 'running', 0, 0)",
        [],
    )?;
    {
        let mut st = tx.prepare(
            "INSERT OR IGNORE INTO jobs (id, rollout_id, device_id, state, attempt, command_id, \
             target_version, created_ms, updated_ms, stage_ms) VALUES (?1, 'r1', ?2, ?3, ?4, ?5, '2.0.0', 0, 0, 0)",
        )?;
        for i in 0..n {
            let sent = state != JobState::Pending;
            st.execute(params![
                format!("j{i}"),
                device(i),
                state.as_str(),
                sent as u32,
                sent.then(|| format!("c{i}"))
            ])?;
        }
    }
    tx.commit()?;
    Ok(())
}

/// Scatters the demo rollout's jobs over the states at fixed times: batches before
/// `last` passed (their jobs succeeded), the last one under way with a few failures,
/// rejections and timeouts (picked by rowid, so the same every time).
pub fn scatter_demo(conn: &mut Connection, rollout: &str, t0: i64, last: i64) -> Result<()> {
    let tx = conn.transaction()?;
    tx.execute(
        "UPDATE jobs SET attempt = 1, progress = NULL, \
           stage_ms = ?1 + (rowid % 600) * 1000, updated_ms = ?1 + (rowid % 600) * 1000, \
           state = CASE \
             WHEN batch < ?2 THEN 'succeeded' \
             WHEN rowid % 97 = 5 THEN 'failed' \
             WHEN rowid % 193 = 11 THEN 'timed_out' \
             WHEN rowid % 499 = 3 THEN 'rejected' \
             ELSE CASE rowid % 10 WHEN 0 THEN 'downloading' WHEN 1 THEN 'flashing' \
               WHEN 2 THEN 'verifying' WHEN 3 THEN 'succeeded' WHEN 4 THEN 'sent' \
               WHEN 5 THEN 'accepted' ELSE 'pending' END END",
        params![t0, last],
    )?;
    tx.execute_batch(
        "UPDATE jobs SET reason = 'download_error: HTTP 403' WHERE state = 'failed';
         UPDATE jobs SET reason = 'counter: installed 42 is not below 42' WHERE state = 'rejected';
         UPDATE jobs SET reason = 'silent for 30m' WHERE state = 'timed_out';
         UPDATE jobs SET progress = rowid * 7 % 100 WHERE state = 'downloading';
         UPDATE jobs SET attempt = 0 WHERE state = 'pending';
         UPDATE jobs SET finished_ms = updated_ms
           WHERE state IN ('succeeded', 'failed', 'rejected', 'timed_out');",
    )?;
    tx.execute(
        "UPDATE batches SET state = CASE WHEN idx < ?2 THEN 'passed' ELSE 'running' END \
         WHERE rollout_id = ?1",
        params![rollout, last],
    )?;
    tx.execute(
        "UPDATE rollouts SET current_batch = ?2 WHERE id = ?1",
        params![rollout, last],
    )?;
    tx.commit()?;
    Ok(())
}

/// The first device (in row order) whose job failed, if any.
pub fn first_failed_device(conn: &Connection) -> Result<Option<String>> {
    match conn.query_row(
        "SELECT device_id FROM jobs WHERE state = 'failed' ORDER BY rowid LIMIT 1",
        [],
        |r| r.get(0),
    ) {
        Ok(d) => Ok(Some(d)),
        Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
        Err(e) => Err(StoreError::from(e)),
    }
}

/// Records a status in a device's history as applied, without touching its job.
pub fn record_applied_status(conn: &Connection, s: &StatusRecord) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO status_events (device_id, msg_id, job_id, command_id, status, \
         progress, seq, error_code, error_message, device_ts, received_ms, outcome) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'applied')",
    )?
    .execute(params![
        s.device_id,
        s.msg_id,
        s.job_id,
        s.command_id,
        s.status.as_str(),
        s.progress,
        s.seq.map(|v| v as i64),
        s.error_code,
        s.error_message,
        s.device_ts,
        s.received_ms
    ])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bench_jobs_are_seeded_once() -> Result<()> {
        let mut c = crate::open_in_memory()?;
        seed_bench_jobs(&mut c, 3, JobState::Sent, |i| format!("D{i}"))?;
        seed_bench_jobs(&mut c, 3, JobState::Sent, |i| format!("D{i}"))?;
        let j = crate::jobs::get_job(&c, "j2")?.ok_or(StoreError::Invalid("j2".into()))?;
        assert_eq!((j.state, j.attempt), (JobState::Sent, 1));
        assert_eq!(j.command_id.as_deref(), Some("c2"));
        assert_eq!(first_failed_device(&c)?, None);
        Ok(())
    }

    #[test]
    fn a_full_disk_is_storage_unavailable() -> Result<()> {
        let c = crate::open_in_memory()?;
        let e = fill_to_page_limit(&c).expect_err("the page limit is reached");
        assert!(e.is_storage_unavailable(), "{e}");
        Ok(())
    }
}
