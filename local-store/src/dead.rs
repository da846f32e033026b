//! Dead letters: what could not be used (a malformed device message, a command the
//! broker refused for good), kept with its raw payload and the reason, never dropped.

use crate::Result;
use rusqlite::{Connection, params};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDeadLetter {
    /// `ingest` or `outbox`.
    pub source: &'static str,
    pub topic: Option<String>,
    pub payload: Option<Vec<u8>>,
    /// A short stable code, e.g. `invalid_json`, `topic_mismatch`.
    pub reason: String,
    pub detail: Option<String>,
    pub now_ms: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeadLetter {
    pub id: i64,
    pub source: String,
    pub topic: Option<String>,
    pub payload: Option<String>,
    pub reason: String,
    pub detail: Option<String>,
    pub created_ms: i64,
}

/// The most payload kept per dead letter; the rest is cut (a flood must stay bounded).
pub const MAX_PAYLOAD: usize = 4096;

pub fn insert(conn: &Connection, d: &NewDeadLetter) -> Result<()> {
    let payload = d.payload.as_ref().map(|p| &p[..p.len().min(MAX_PAYLOAD)]);
    conn.prepare_cached(
        "INSERT INTO dead_letters (source, topic, payload, reason, detail, created_ms) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        d.source, d.topic, payload, d.reason, d.detail, d.now_ms
    ])?;
    Ok(())
}

pub fn list(conn: &Connection, limit: u32) -> Result<Vec<DeadLetter>> {
    let mut st = conn.prepare_cached(
        "SELECT id, source, topic, payload, reason, detail, created_ms FROM dead_letters \
         ORDER BY id DESC LIMIT ?1",
    )?;
    let rows = st.query_map([limit], |r| {
        let payload: Option<Vec<u8>> = r.get(3)?;
        Ok(DeadLetter {
            id: r.get(0)?,
            source: r.get(1)?,
            topic: r.get(2)?,
            payload: payload.map(|p| String::from_utf8_lossy(&p).into_owned()),
            reason: r.get(4)?,
            detail: r.get(5)?,
            created_ms: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Dead letters per reason.
pub fn counts_by_reason(conn: &Connection) -> Result<Vec<(String, u64)>> {
    let mut st = conn.prepare_cached(
        "SELECT reason, count(*) FROM dead_letters GROUP BY reason ORDER BY reason",
    )?;
    let rows = st.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
