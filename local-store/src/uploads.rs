//! The upload journal: the multipart upload id and the parts already sent, per object
//! and file, so `firmware upload` resumes where an interrupted run stopped.

use crate::Result;
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::BTreeMap;

/// The upload id and finished parts (number → ETag) for this object and file.
pub fn load(
    conn: &Connection,
    key: &str,
    sha: &str,
) -> Result<Option<(String, BTreeMap<u32, String>)>> {
    let row: Option<(String, String)> = conn
        .prepare_cached(
            "SELECT upload_id, parts FROM uploads WHERE object_key = ?1 AND file_sha256 = ?2",
        )?
        .query_row(params![key, sha], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(row.map(|(id, parts)| (id, serde_json::from_str(&parts).unwrap_or_default())))
}

pub fn begin(conn: &Connection, key: &str, sha: &str, upload_id: &str, now: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO uploads (object_key, file_sha256, upload_id, parts, started_ms) VALUES (?1, ?2, ?3, '{}', ?4) \
         ON CONFLICT(object_key, file_sha256) DO UPDATE SET upload_id = excluded.upload_id, parts = '{}', \
         started_ms = excluded.started_ms",
    )?
    .execute(params![key, sha, upload_id, now])?;
    Ok(())
}

pub fn part_done(conn: &Connection, key: &str, sha: &str, part: u32, etag: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE uploads SET parts = json_set(parts, '$.' || ?3, ?4) WHERE object_key = ?1 AND file_sha256 = ?2",
    )?
    .execute(params![key, sha, part.to_string(), etag])?;
    Ok(())
}

pub fn finish(conn: &Connection, key: &str, sha: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM uploads WHERE object_key = ?1 AND file_sha256 = ?2")?
        .execute(params![key, sha])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_accumulate_and_begin_resets() -> Result<()> {
        let c = crate::open_in_memory()?;
        begin(&c, "k", "s", "u1", 0)?;
        part_done(&c, "k", "s", 1, "\"e1\"")?;
        part_done(&c, "k", "s", 3, "e3")?;
        let (id, parts) = load(&c, "k", "s")?.expect("entry");
        assert_eq!(id, "u1");
        assert_eq!(parts.get(&1).map(String::as_str), Some("\"e1\""));
        assert_eq!(parts.len(), 2);
        begin(&c, "k", "s", "u2", 1)?;
        assert!(load(&c, "k", "s")?.expect("entry").1.is_empty());
        finish(&c, "k", "s")?;
        assert!(load(&c, "k", "s")?.is_none());
        Ok(())
    }
}
