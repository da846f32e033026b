//! Rollouts and their batches: a rollout is created with all its batches and jobs in
//! one transaction; its state changes go through the `version` guard so the engine
//! and an operator's `pause` in another terminal never overwrite each other.

use crate::jobs::{self, NewJob};
pub use crate::states::{BatchState, RolloutState};
use crate::{Result, StoreError};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rollout {
    pub id: String,
    pub artifact_id: i64,
    pub selector: String,
    /// The policy as JSON (see the CLI's `domain::policy`).
    pub policy: String,
    pub state: RolloutState,
    pub reason: Option<String>,
    pub current_batch: u32,
    pub version: i64,
    pub created_ms: i64,
    pub updated_ms: i64,
}

impl Rollout {
    pub fn is_active(&self) -> bool {
        self.state.is_active()
    }
}

const COLUMNS: &str = "id, artifact_id, selector, policy, state, reason, current_batch, version, created_ms, updated_ms";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Rollout> {
    Ok(Rollout {
        id: r.get(0)?,
        artifact_id: r.get(1)?,
        selector: r.get(2)?,
        policy: r.get(3)?,
        state: r.get(4)?,
        reason: r.get(5)?,
        current_batch: r.get(6)?,
        version: r.get(7)?,
        created_ms: r.get(8)?,
        updated_ms: r.get(9)?,
    })
}

/// A rollout to create: its devices already split into batches.
#[derive(Debug, Clone)]
pub struct NewRollout {
    pub id: String,
    pub artifact_id: i64,
    pub selector: String,
    pub policy: String,
    pub state: RolloutState,
    pub target_version: String,
    /// Device ids, batch by batch.
    pub batches: Vec<Vec<String>>,
    /// Confirmation after reboot: the confirm timeout in ms (None: off).
    pub confirm_ms: Option<i64>,
}

/// The job id of a device in a rollout.
pub fn job_id(rollout: &str, device: &str) -> String {
    format!("{rollout}.{device}")
}

/// Creates the rollout, its batches and one pending job per device, atomically.
/// Fails (and writes nothing) if a device is already in another active rollout.
pub fn create(conn: &mut Connection, r: &NewRollout, now: i64) -> Result<()> {
    let tx = conn.transaction()?;
    {
        let mut busy = tx.prepare_cached(
            "SELECT j.rollout_id FROM jobs j JOIN rollouts r ON r.id = j.rollout_id \
             WHERE j.device_id = ?1 AND r.state IN ('scheduled', 'running', 'paused') LIMIT 1",
        )?;
        for d in r.batches.iter().flatten() {
            if let Some(other) = busy
                .query_row([d], |row| row.get::<_, String>(0))
                .optional()?
            {
                return Err(StoreError::Invalid(format!(
                    "device '{d}' is already in active rollout {other}"
                )));
            }
        }
    }
    tx.execute(
        "INSERT INTO rollouts (id, artifact_id, selector, policy, state, created_ms, updated_ms) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![r.id, r.artifact_id, r.selector, r.policy, r.state, now],
    )?;
    for (i, devices) in r.batches.iter().enumerate() {
        tx.execute(
            "INSERT INTO batches (rollout_id, idx, size, state) VALUES (?1, ?2, ?3, ?4)",
            params![r.id, i as i64, devices.len() as i64, BatchState::Waiting],
        )?;
        for d in devices {
            jobs::insert_job(
                &tx,
                &NewJob {
                    id: job_id(&r.id, d),
                    rollout_id: r.id.clone(),
                    device_id: d.clone(),
                    batch: i as u32,
                    target_version: r.target_version.clone(),
                    confirm_ms: r.confirm_ms,
                },
                now,
            )?;
        }
    }
    tx.commit()?;
    Ok(())
}

pub fn get(conn: &Connection, id: &str) -> Result<Option<Rollout>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM rollouts WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

pub fn list(conn: &Connection) -> Result<Vec<Rollout>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM rollouts ORDER BY created_ms, id"
    ))?;
    let rows = st.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Moves a rollout from one of `from` to `to` if nobody changed it meanwhile.
/// Returns the rollout as it was when the move was refused, or None on success.
pub fn transition(
    conn: &Connection,
    id: &str,
    from: &[RolloutState],
    to: RolloutState,
    reason: Option<&str>,
    now: i64,
) -> Result<std::result::Result<(), Rollout>> {
    loop {
        let r = get(conn, id)?.ok_or_else(|| StoreError::NotFound {
            what: "rollout",
            id: id.to_string(),
        })?;
        if !from.contains(&r.state) {
            return Ok(Err(r));
        }
        let n = conn
            .prepare_cached(
                "UPDATE rollouts SET state = ?2, reason = ?3, version = version + 1, updated_ms = ?4 \
                 WHERE id = ?1 AND version = ?5",
            )?
            .execute(params![id, to, reason, now, r.version])?;
        if n == 1 {
            return Ok(Ok(()));
        }
    }
}

/// Whether the rollout holds a good share (a quarter or more) of all jobs, so that a
/// scan of the table beats the index (see [`crate::progress::progress`]).
pub fn is_large(conn: &Connection, id: &str) -> Result<bool> {
    let size: i64 = conn
        .prepare_cached("SELECT coalesce(sum(size), 0) FROM batches WHERE rollout_id = ?1")?
        .query_row([id], |r| r.get(0))?;
    let all: i64 = conn.query_row("SELECT coalesce(max(rowid), 0) FROM jobs", [], |r| r.get(0))?;
    Ok(size * 4 >= all)
}

/// Cancels every job of the rollout not yet dispatched (pending), in one transaction.
/// Returns how many were cancelled.
pub fn cancel_pending(conn: &mut Connection, id: &str, reason: &str, now: i64) -> Result<u64> {
    let tx = conn.transaction()?;
    let n = cancel_pending_in(&tx, id, reason, now)?;
    tx.commit()?;
    Ok(n)
}

/// [`cancel_pending`] inside the caller's transaction (the writer's).
pub fn cancel_pending_in(conn: &Connection, id: &str, reason: &str, now: i64) -> Result<u64> {
    let ids: Vec<String> = {
        let mut st =
            conn.prepare_cached("SELECT id FROM jobs WHERE rollout_id = ?1 AND state = 'pending'")?;
        let rows = st.query_map([id], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
    };
    let mut n = 0;
    for j in &ids {
        if let jobs::Applied::Changed { .. } = jobs::apply_event(
            conn,
            j,
            &crate::JobEvent::Cancel {
                reason: reason.to_string(),
            },
            now,
        )? {
            n += 1;
        }
    }
    Ok(n)
}
