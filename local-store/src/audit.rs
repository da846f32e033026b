//! The audit log: every mutating command, who ran it, when, and with which arguments
//! (secrets never reach this table: the CLI redacts before it records).

use crate::Result;
use rusqlite::{Connection, params};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct AuditEntry {
    pub id: i64,
    pub ts_ms: i64,
    pub actor: String,
    pub command: String,
    pub args: Vec<String>,
    pub outcome: String,
    /// Set on entries brought in by `store import`: who signed the export they came
    /// from. `None`: an action taken on this store.
    pub imported_from: Option<String>,
}

pub fn record(
    conn: &Connection,
    ts_ms: i64,
    actor: &str,
    command: &str,
    args: &[String],
    outcome: &str,
) -> Result<i64> {
    let args = serde_json::to_string(args).unwrap_or_else(|_| "[]".into());
    conn.prepare_cached(
        "INSERT INTO audit (ts_ms, actor, command, args, outcome) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![ts_ms, actor, command, args, outcome])?;
    Ok(conn.last_insert_rowid())
}

/// Entries, newest last; `since_ms` filters by time, `limit` keeps the newest N.
pub fn list(conn: &Connection, since_ms: Option<i64>, limit: u32) -> Result<Vec<AuditEntry>> {
    let mut st = conn.prepare_cached(
        "SELECT id, ts_ms, actor, command, args, outcome, imported_from FROM \
         (SELECT * FROM audit WHERE ts_ms >= ?1 ORDER BY id DESC LIMIT ?2) ORDER BY id",
    )?;
    let rows = st.query_map(params![since_ms.unwrap_or(i64::MIN), limit], |r| {
        let args: String = r.get(4)?;
        Ok(AuditEntry {
            id: r.get(0)?,
            ts_ms: r.get(1)?,
            actor: r.get(2)?,
            command: r.get(3)?,
            args: serde_json::from_str(&args).unwrap_or_default(),
            outcome: r.get(5)?,
            imported_from: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
