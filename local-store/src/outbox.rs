//! The outbox: a command to publish is written in the same transaction as the job's
//! move to `queued`, so nothing is lost if the broker is down or the process dies.
//! The publisher drains it in order and marks a row sent only on PUBACK.

use crate::Result;
use rusqlite::{Connection, params};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutboxRow {
    pub id: i64,
    pub topic: String,
    #[serde(skip)]
    pub payload: Vec<u8>,
    pub job_id: Option<String>,
    pub command_id: Option<String>,
    pub tries: u32,
    pub next_try_ms: i64,
}

pub fn enqueue(
    conn: &Connection,
    topic: &str,
    payload: &[u8],
    job_id: Option<&str>,
    command_id: Option<&str>,
    now: i64,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO outbox (topic, payload, job_id, command_id, next_try_ms, created_ms) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
    )?
    .execute(params![topic, payload, job_id, command_id, now])?;
    Ok(conn.last_insert_rowid())
}

/// Up to `limit` pending rows due at `now`, oldest first, after `after_id`.
///
/// Walks the `(state, id)` index from `after_id`: pending rows in id order, stopping
/// at `limit`, without sorting and without reading rows already sent. (Through an
/// index led by `next_try_ms` SQLite read and sorted every pending row per call,
/// which made draining a large outbox quadratic.)
pub fn due(conn: &Connection, now: i64, after_id: i64, limit: u32) -> Result<Vec<OutboxRow>> {
    let mut st = conn.prepare_cached(
        "SELECT id, topic, payload, job_id, command_id, tries, next_try_ms FROM outbox INDEXED BY outbox_pending \
         WHERE state = 'pending' AND id > ?2 AND next_try_ms <= ?1 ORDER BY id LIMIT ?3",
    )?;
    let rows = st.query_map(params![now, after_id, limit], |r| {
        Ok(OutboxRow {
            id: r.get(0)?,
            topic: r.get(1)?,
            payload: r.get(2)?,
            job_id: r.get(3)?,
            command_id: r.get(4)?,
            tries: r.get(5)?,
            next_try_ms: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn mark_sent(conn: &Connection, id: i64, now: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "UPDATE outbox SET state = 'sent', sent_ms = ?2, tries = tries + 1 \
             WHERE id = ?1 AND state = 'pending'",
        )?
        .execute(params![id, now])?
        == 1)
}

pub fn mark_retry(conn: &Connection, id: i64, next_try_ms: i64, error: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE outbox SET tries = tries + 1, next_try_ms = ?2, last_error = ?3 WHERE id = ?1",
    )?
    .execute(params![id, next_try_ms, error])?;
    Ok(())
}

pub fn mark_dead(conn: &Connection, id: i64, error: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE outbox SET state = 'dead', tries = tries + 1, last_error = ?2 WHERE id = ?1",
    )?
    .execute(params![id, error])?;
    Ok(())
}

/// Rows still waiting to be published.
pub fn backlog(conn: &Connection) -> Result<u64> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM outbox WHERE state = 'pending'",
        [],
        |r| r.get(0),
    )?;
    Ok(n as u64)
}
/// Every command payload in the outbox, oldest first (the MQTT benchmark's record).
pub fn payloads(conn: &Connection) -> Result<Vec<Vec<u8>>> {
    let mut st = conn.prepare("SELECT payload FROM outbox ORDER BY id")?;
    let rows = st.query_map([], |r| r.get::<_, Vec<u8>>(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
