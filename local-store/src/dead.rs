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

/// One dead letter by id.
pub fn get(conn: &Connection, id: i64) -> Result<Option<DeadLetter>> {
    let mut st = conn.prepare_cached(
        "SELECT id, source, topic, payload, reason, detail, created_ms FROM dead_letters \
         WHERE id = ?1",
    )?;
    let mut rows = st.query_map([id], |r| {
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
    Ok(rows.next().transpose()?)
}

/// Removes dead letters older than `before_ms` (all with `i64::MAX`), only those of
/// `reason` if given; returns how many.
pub fn purge(conn: &Connection, before_ms: i64, reason: Option<&str>) -> Result<u64> {
    let n = conn.execute(
        "DELETE FROM dead_letters WHERE created_ms < ?1 AND (?2 IS NULL OR reason = ?2)",
        params![before_ms, reason],
    )?;
    Ok(n as u64)
}

/// How many dead letters [`purge`] would remove.
pub fn count_purgeable(conn: &Connection, before_ms: i64, reason: Option<&str>) -> Result<u64> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM dead_letters WHERE created_ms < ?1 AND (?2 IS NULL OR reason = ?2)",
        params![before_ms, reason],
        |r| r.get(0),
    )?;
    Ok(n as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purge_by_age_and_reason() {
        let conn = crate::open_in_memory().expect("open");
        for (reason, t) in [
            ("invalid_json", 10),
            ("invalid_json", 20),
            ("topic_mismatch", 10),
        ] {
            insert(
                &conn,
                &NewDeadLetter {
                    source: "ingest",
                    topic: Some("t".into()),
                    payload: Some(b"x".to_vec()),
                    reason: reason.into(),
                    detail: None,
                    now_ms: t,
                },
            )
            .expect("insert");
        }
        let first = list(&conn, 10)
            .expect("list")
            .last()
            .map(|d| d.id)
            .expect("one");
        assert_eq!(
            get(&conn, first).expect("get").map(|d| d.created_ms),
            Some(10)
        );
        assert_eq!(
            count_purgeable(&conn, 15, Some("invalid_json")).expect("n"),
            1
        );
        assert_eq!(purge(&conn, 15, Some("invalid_json")).expect("purge"), 1);
        assert_eq!(
            counts_by_reason(&conn).expect("c"),
            vec![("invalid_json".into(), 1), ("topic_mismatch".into(), 1)]
        );
        assert_eq!(purge(&conn, i64::MAX, None).expect("purge"), 2);
        assert!(list(&conn, 10).expect("list").is_empty());
    }
}
