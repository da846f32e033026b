//! Firmware artifacts known to this store: what was signed (the manifest and the
//! whole `.minisig`), by which key, where the file is and where it was uploaded.

use crate::Result;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Artifact {
    pub id: i64,
    pub name: String,
    pub version: String,
    pub counter: u64,
    pub hw: Vec<String>,
    pub size: u64,
    pub sha256: String,
    pub key_id: String,
    /// The manifest JSON, verbatim as signed (the trusted comment).
    pub manifest: String,
    #[serde(skip)]
    pub minisig: String,
    pub path: Option<String>,
    pub object_key: Option<String>,
    pub expires_ms: Option<i64>,
    pub created_ms: i64,
}

#[derive(Debug, Clone)]
pub struct NewArtifact {
    pub name: String,
    pub version: String,
    pub counter: u64,
    pub hw: Vec<String>,
    pub size: u64,
    pub sha256: String,
    pub key_id: String,
    pub manifest: String,
    pub minisig: String,
    pub path: Option<String>,
    pub expires_ms: Option<i64>,
}

const COLUMNS: &str = "id, name, version, counter, hw, size, sha256, key_id, manifest, minisig, \
     path, object_key, expires_ms, created_ms";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Artifact> {
    let hw: String = r.get(4)?;
    Ok(Artifact {
        id: r.get(0)?,
        name: r.get(1)?,
        version: r.get(2)?,
        counter: r.get::<_, i64>(3)?.max(0) as u64,
        hw: serde_json::from_str(&hw).unwrap_or_default(),
        size: r.get::<_, i64>(5)?.max(0) as u64,
        sha256: r.get(6)?,
        key_id: r.get(7)?,
        manifest: r.get(8)?,
        minisig: r.get(9)?,
        path: r.get(10)?,
        object_key: r.get(11)?,
        expires_ms: r.get(12)?,
        created_ms: r.get(13)?,
    })
}

/// Registers an artifact; replaces the row of the same name and version.
pub fn upsert(conn: &Connection, a: &NewArtifact, now: i64) -> Result<i64> {
    if a.counter > i64::MAX as u64 || a.size > i64::MAX as u64 {
        return Err(crate::StoreError::Invalid(format!(
            "counter {} or size {} of {}@{} exceeds 2^63-1",
            a.counter, a.size, a.name, a.version
        )));
    }
    let hw = serde_json::to_string(&a.hw).unwrap_or_else(|_| "[]".into());
    conn.prepare_cached(
        "INSERT INTO artifacts (name, version, counter, hw, size, sha256, key_id, manifest, minisig, \
         path, expires_ms, created_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) \
         ON CONFLICT(name, version) DO UPDATE SET counter = excluded.counter, hw = excluded.hw, \
         size = excluded.size, sha256 = excluded.sha256, key_id = excluded.key_id, \
         manifest = excluded.manifest, minisig = excluded.minisig, path = excluded.path, \
         expires_ms = excluded.expires_ms",
    )?
    .execute(params![
        a.name,
        a.version,
        a.counter as i64,
        hw,
        a.size as i64,
        a.sha256,
        a.key_id,
        a.manifest,
        a.minisig,
        a.path,
        a.expires_ms,
        now
    ])?;
    Ok(conn.query_row(
        "SELECT id FROM artifacts WHERE name = ?1 AND version = ?2",
        params![a.name, a.version],
        |r| r.get(0),
    )?)
}

pub fn get(conn: &Connection, name: &str, version: &str) -> Result<Option<Artifact>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM artifacts WHERE name = ?1 AND version = ?2"
        ))?
        .query_row(params![name, version], from_row)
        .optional()?)
}

pub fn get_by_id(conn: &Connection, id: i64) -> Result<Option<Artifact>> {
    Ok(conn
        .prepare_cached(&format!("SELECT {COLUMNS} FROM artifacts WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?)
}

pub fn list(conn: &Connection) -> Result<Vec<Artifact>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM artifacts ORDER BY name, counter, version"
    ))?;
    let rows = st.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The highest security counter signed for `name`, if any.
pub fn max_counter(conn: &Connection, name: &str) -> Result<Option<u64>> {
    let v: Option<i64> = conn.query_row(
        "SELECT max(counter) FROM artifacts WHERE name = ?1",
        [name],
        |r| r.get(0),
    )?;
    // A negative value is a counter above i64::MAX that an older otactl stored
    // wrapped: it stands for "above every counter", so nothing can be signed after it.
    Ok(v.map(|c| if c < 0 { i64::MAX as u64 } else { c as u64 }))
}

/// Records where the artifact was uploaded.
pub fn set_object_key(conn: &Connection, id: i64, key: &str) -> Result<()> {
    conn.prepare_cached("UPDATE artifacts SET object_key = ?2 WHERE id = ?1")?
        .execute(params![id, key])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_counter_of_an_older_otactl_stands_above_every_counter() {
        let c = crate::open_in_memory().expect("store");
        c.execute(
            "INSERT INTO artifacts (name, version, counter, hw, size, sha256, key_id, manifest, \
             minisig, created_ms) VALUES ('ecu', '9', -1, '[]', 1, '', '', '{}', '', 0)",
            [],
        )
        .expect("legacy row");
        assert_eq!(max_counter(&c, "ecu").expect("max"), Some(i64::MAX as u64));
        assert_eq!(max_counter(&c, "other").expect("max"), None);
    }
}
