//! What the rollout engine reads and writes of a running rollout: its batches, one
//! pass over its jobs per tick, the pending devices of a batch, and presence. The
//! engine decides elsewhere (a pure function); this is only the SQL.

use crate::state::JobState;
use crate::states::BatchState;
use crate::{Result, rollouts};
use rusqlite::{Connection, OptionalExtension, params};

/// A batch row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchRow {
    pub idx: u32,
    pub size: u64,
    pub state: BatchState,
    pub started_ms: Option<i64>,
    pub finished_ms: Option<i64>,
}

pub fn batches(conn: &Connection, rollout: &str) -> Result<Vec<BatchRow>> {
    let mut st = conn.prepare_cached(
        "SELECT idx, size, state, started_ms, finished_ms FROM batches \
         WHERE rollout_id = ?1 ORDER BY idx",
    )?;
    let rows = st.query_map([rollout], |r| {
        Ok(BatchRow {
            idx: r.get(0)?,
            size: r.get::<_, i64>(1)?.max(0) as u64,
            state: r.get(2)?,
            started_ms: r.get(3)?,
            finished_ms: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Marks a batch started (once) and makes it the rollout's current batch.
pub fn start_batch(conn: &Connection, rollout: &str, idx: u32, now: i64) -> Result<bool> {
    let n = conn
        .prepare_cached(
            "UPDATE batches SET state = ?4, started_ms = ?3 \
             WHERE rollout_id = ?1 AND idx = ?2 AND started_ms IS NULL",
        )?
        .execute(params![rollout, idx, now, BatchState::Running])?;
    conn.prepare_cached(
        "UPDATE rollouts SET current_batch = ?2, updated_ms = ?3 WHERE id = ?1 AND current_batch < ?2",
    )?
    .execute(params![rollout, idx, now])?;
    Ok(n == 1)
}

/// Marks a batch passed (once): its gate was met.
pub fn pass_batch(conn: &Connection, rollout: &str, idx: u32, now: i64) -> Result<bool> {
    let n = conn
        .prepare_cached(
            "UPDATE batches SET state = ?4, finished_ms = ?3, \
             started_ms = coalesce(started_ms, ?3) \
             WHERE rollout_id = ?1 AND idx = ?2 AND state <> ?4",
        )?
        .execute(params![rollout, idx, now, BatchState::Passed])?;
    Ok(n == 1)
}

/// One job as the engine's per-tick pass sees it (borrowed from the row).
#[derive(Debug)]
pub struct JobScan<'a> {
    pub id: &'a str,
    pub device_id: &'a str,
    pub batch: u32,
    pub state: JobState,
    pub attempt: u32,
    pub stage_ms: i64,
    pub dispatched_ms: Option<i64>,
    /// When the device last spoke about this job's command (any status, applied or
    /// not), or we last moved the job (its dispatch, its PUBACK): what a silence is
    /// measured from.
    pub heard_ms: i64,
}

/// Calls `f` for every job of the rollout, in one pass.
pub fn scan_jobs(conn: &Connection, rollout: &str, mut f: impl FnMut(&JobScan<'_>)) -> Result<()> {
    let sql = if rollouts::is_large(conn, rollout)? {
        "SELECT id, device_id, batch, state, attempt, stage_ms, dispatched_ms, \
         max(updated_ms, coalesce(heard_ms, 0)) FROM jobs WHERE +rollout_id = ?1"
    } else {
        "SELECT id, device_id, batch, state, attempt, stage_ms, dispatched_ms, \
         max(updated_ms, coalesce(heard_ms, 0)) FROM jobs WHERE rollout_id = ?1"
    };
    let mut st = conn.prepare_cached(sql)?;
    let mut rows = st.query([rollout])?;
    while let Some(r) = rows.next()? {
        let Some(state) = JobState::parse(r.get_ref(3)?.as_str().unwrap_or("")) else {
            continue;
        };
        f(&JobScan {
            id: r.get_ref(0)?.as_str().unwrap_or(""),
            device_id: r.get_ref(1)?.as_str().unwrap_or(""),
            batch: r.get(2)?,
            state,
            attempt: r.get(4)?,
            stage_ms: r.get(5)?,
            dispatched_ms: r.get(6)?,
            heard_ms: r.get(7)?,
        });
    }
    Ok(())
}

/// A job to send a command for: (job id, device id, attempt so far).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToSend {
    pub job_id: String,
    pub device_id: String,
    pub attempt: u32,
}

/// Up to `limit` pending jobs of one batch, in device order.
pub fn pending_of_batch(
    conn: &Connection,
    rollout: &str,
    batch: u32,
    limit: u64,
) -> Result<Vec<ToSend>> {
    let mut st = conn.prepare_cached(
        "SELECT id, device_id, attempt FROM jobs \
         WHERE rollout_id = ?1 AND batch = ?2 AND state = 'pending' ORDER BY device_id LIMIT ?3",
    )?;
    let rows = st.query_map(
        params![rollout, batch, limit.min(i64::MAX as u64) as i64],
        |r| {
            Ok(ToSend {
                job_id: r.get(0)?,
                device_id: r.get(1)?,
                attempt: r.get(2)?,
            })
        },
    )?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Failed, timed-out and rolled-back jobs of the rollout (never rejected ones), to
/// retry: the states `JobState::is_retryable` names.
pub fn retryable(conn: &Connection, rollout: &str) -> Result<Vec<ToSend>> {
    let mut st = conn.prepare_cached(
        "SELECT id, device_id, attempt FROM jobs \
         WHERE rollout_id = ?1 AND state IN ('failed', 'timed_out', 'rolled_back') ORDER BY device_id",
    )?;
    let rows = st.query_map([rollout], |r| {
        Ok(ToSend {
            job_id: r.get(0)?,
            device_id: r.get(1)?,
            attempt: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Whether the device's last presence message said `offline`.
/// A device's presence as the engine weighs it: whether its last presence said
/// offline, and when its last presence or inventory message came.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Presence {
    pub offline: bool,
    pub last_seen_ms: Option<i64>,
}

pub fn presence(conn: &Connection, device_id: &str) -> Result<Presence> {
    Ok(conn
        .prepare_cached("SELECT presence, last_seen_ms FROM devices WHERE id = ?1")?
        .query_row([device_id], |r| {
            Ok(Presence {
                offline: r
                    .get::<_, Option<String>>(0)?
                    .is_some_and(|p| p == "offline"),
                last_seen_ms: r.get(1)?,
            })
        })
        .optional()?
        .unwrap_or_default())
}

/// The rollout's devices in flight whose presence says offline: job id → since when
/// (their last presence message).
pub fn offline_in_flight(
    conn: &Connection,
    rollout: &str,
) -> Result<std::collections::HashMap<String, i64>> {
    let mut st = conn.prepare_cached(
        "SELECT j.id, coalesce(d.last_seen_ms, 0) FROM devices d JOIN jobs j ON j.device_id = d.id \
         WHERE d.presence = 'offline' AND j.rollout_id = ?1 AND j.state IN \
         ('queued', 'sent', 'accepted', 'downloading', 'verifying', 'flashing', 'rebooting')",
    )?;
    let rows = st.query_map([rollout], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Ends a job the engine timed out because its device stayed offline past the grace:
/// its reason says `unreachable` rather than `timeout` (it stays retryable).
pub fn mark_unreachable(conn: &Connection, job_id: &str) -> Result<bool> {
    let n = conn
        .prepare_cached(
            "UPDATE jobs SET reason = 'unreachable' WHERE id = ?1 AND state = 'timed_out' \
             AND reason = 'timeout'",
        )?
        .execute([job_id])?;
    Ok(n == 1)
}

pub fn is_offline(conn: &Connection, device_id: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT presence FROM devices WHERE id = ?1")?
        .query_row([device_id], |r| r.get::<_, Option<String>>(0))
        .optional()?
        .flatten()
        .is_some_and(|p| p == "offline"))
}

/// Rollouts the engine must tick: active ones, and ended ones that still have
/// devices in flight (their timeouts still apply).
pub fn to_tick(conn: &Connection, with_ended: bool) -> Result<Vec<String>> {
    let mut out: Vec<String> = {
        let mut st = conn.prepare_cached(
            "SELECT id FROM rollouts WHERE state IN ('scheduled', 'running', 'paused') \
             ORDER BY created_ms, id",
        )?;
        let rows = st.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
    };
    if with_ended {
        let mut st = conn.prepare_cached(
            "SELECT id FROM rollouts r WHERE state NOT IN ('scheduled', 'running', 'paused') \
             AND EXISTS (SELECT 1 FROM jobs j WHERE j.rollout_id = r.id AND j.state IN \
             ('queued', 'sent', 'accepted', 'downloading', 'verifying', 'flashing', 'rebooting')) \
             ORDER BY created_ms, id",
        )?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        for id in rows {
            out.push(id?);
        }
    }
    Ok(out)
}

/// Commands dispatched for the rollout since `since_ms` (for the rate limit).
pub fn dispatched_since(conn: &Connection, rollout: &str, since_ms: i64) -> Result<u64> {
    let n: i64 = conn
        .prepare_cached("SELECT count(*) FROM jobs WHERE rollout_id = ?1 AND dispatched_ms >= ?2")?
        .query_row(params![rollout, since_ms], |r| r.get(0))?;
    Ok(n.max(0) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rollouts::{NewRollout, create};
    use crate::{JobEvent, jobs};

    fn store() -> Connection {
        let mut c = crate::open_in_memory().expect("store");
        c.execute(
            "INSERT INTO artifacts (id, name, version, counter, hw, size, sha256, key_id, \
             manifest, minisig, created_ms) VALUES (1, 'fw', '2.0', 2, '[]', 1, 'x', 'k', '{}', 's', 0)",
            [],
        )
        .expect("artifact");
        create(
            &mut c,
            &NewRollout {
                id: "r1".into(),
                artifact_id: 1,
                selector: "all".into(),
                policy: "{}".into(),
                state: crate::RolloutState::Running,
                target_version: "2.0".into(),
                batches: vec![vec!["a".into()], vec!["b".into(), "c".into()]],
                confirm_ms: None,
            },
            0,
        )
        .expect("rollout");
        c
    }

    #[test]
    fn batches_start_and_pass_once() {
        let c = store();
        assert!(start_batch(&c, "r1", 0, 10).expect("start"));
        assert!(!start_batch(&c, "r1", 0, 20).expect("again"));
        assert!(pass_batch(&c, "r1", 0, 30).expect("pass"));
        assert!(!pass_batch(&c, "r1", 0, 40).expect("again"));
        let b = batches(&c, "r1").expect("batches");
        assert_eq!(b[0].started_ms, Some(10));
        assert_eq!(b[0].finished_ms, Some(30));
        assert_eq!(b[0].state, BatchState::Passed);
        assert_eq!(b[1].state, BatchState::Waiting);
        assert_eq!(
            rollouts::get(&c, "r1")
                .expect("get")
                .expect("r")
                .current_batch,
            0
        );
    }

    #[test]
    fn dispatch_time_is_set_when_a_job_is_queued_and_kept_after() {
        let c = store();
        let p = pending_of_batch(&c, "r1", 1, 10).expect("pending");
        assert_eq!(p.len(), 2);
        let id = &p[0].job_id;
        jobs::apply_event(
            &c,
            id,
            &JobEvent::Enqueue {
                command_id: "c1".into(),
            },
            100,
        )
        .expect("enqueue");
        jobs::apply_event(
            &c,
            id,
            &JobEvent::Published {
                command_id: "c1".into(),
            },
            200,
        )
        .expect("published");
        let mut seen = Vec::new();
        scan_jobs(&c, "r1", |j| {
            seen.push((j.id.to_string(), j.state, j.dispatched_ms))
        })
        .expect("scan");
        assert!(seen.contains(&(id.clone(), JobState::Sent, Some(100))));
        assert_eq!(pending_of_batch(&c, "r1", 1, 10).expect("pending").len(), 1);
        assert_eq!(dispatched_since(&c, "r1", 50).expect("n"), 1);
        assert_eq!(dispatched_since(&c, "r1", 150).expect("n"), 0);
        jobs::apply_event(&c, id, &JobEvent::TimedOut, 300).expect("timeout");
        assert_eq!(retryable(&c, "r1").expect("retryable").len(), 1);
        jobs::apply_event(
            &c,
            id,
            &JobEvent::Retry {
                command_id: "c2".into(),
            },
            400,
        )
        .expect("retry");
        assert_eq!(
            dispatched_since(&c, "r1", 350).expect("n"),
            1,
            "a retry re-stamps"
        );
    }

    #[test]
    fn ended_rollouts_are_ticked_only_while_devices_are_in_flight() {
        let c = store();
        assert_eq!(to_tick(&c, true).expect("tick"), vec!["r1".to_string()]);
        use crate::RolloutState::{Aborted, Running};
        rollouts::transition(&c, "r1", &[Running], Aborted, None, 1)
            .expect("t")
            .expect("moved");
        assert!(to_tick(&c, true).expect("tick").is_empty());
        jobs::apply_event(
            &c,
            "r1.a",
            &JobEvent::Enqueue {
                command_id: "c".into(),
            },
            2,
        )
        .expect("enqueue");
        assert_eq!(to_tick(&c, true).expect("tick"), vec!["r1".to_string()]);
        assert!(to_tick(&c, false).expect("tick").is_empty());
        assert!(!is_offline(&c, "a").expect("presence"));
        c.execute(
            "INSERT INTO devices (id, hw, source, created_ms, updated_ms) \
             VALUES ('a', 'x', 'import', 0, 0)",
            [],
        )
        .expect("device");
        assert!(crate::fleet::set_presence(&c, "a", false, 3).expect("presence"));
        assert!(is_offline(&c, "a").expect("presence"));
        // The same presence again (a retained message redelivered) is no news.
        crate::fleet::set_presence(&c, "a", false, 9).expect("presence");
        let since = offline_in_flight(&c, "r1").expect("offline");
        assert_eq!(since.get("r1.a"), Some(&3));
        // Presence alone never creates a device.
        let before = crate::fleet::count_devices(&c).expect("count");
        assert!(!crate::fleet::set_presence(&c, "GHOST-1", false, 3).expect("presence"));
        assert_eq!(crate::fleet::count_devices(&c).expect("count"), before);
    }
}
