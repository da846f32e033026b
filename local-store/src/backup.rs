//! `store backup` and `store restore`: a consistent copy of the whole store made with
//! SQLite's online backup while the engine keeps writing (one read snapshot, so WAL
//! writers are never blocked), checked with `integrity_check` before it is kept.

use crate::{Result, StoreError};
use rusqlite::Connection;
use rusqlite::backup::Backup;
use serde::Serialize;
use std::path::Path;

/// What a backup copied: every table's rows as of the snapshot it was taken from.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct BackupReport {
    pub tables: Vec<(String, u64)>,
    pub pages: u64,
    pub taken_ms: i64,
}

/// Every table of the store and its row count, in name order.
pub fn row_counts(conn: &Connection) -> Result<Vec<(String, u64)>> {
    let names: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::with_capacity(names.len());
    for n in names {
        let q = format!("SELECT count(*) FROM \"{}\"", n.replace('"', "\"\""));
        let c: i64 = conn.query_row(&q, [], |r| r.get(0))?;
        out.push((n, c as u64));
    }
    Ok(out)
}

/// `PRAGMA integrity_check`: `Ok` when SQLite answers `ok`, else its first complaint.
pub fn integrity_check(conn: &Connection) -> Result<()> {
    let v: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if v == "ok" {
        Ok(())
    } else {
        Err(StoreError::Invalid(format!("integrity_check: {v}")))
    }
}

/// Copies the store `src` into a new file `dest` (which must not exist): written
/// beside it as `dest.tmp`, checked, synced, then renamed, so `dest` is whole or absent.
pub fn backup(src: &Connection, dest: &Path) -> Result<BackupReport> {
    if dest.exists() {
        return Err(StoreError::Invalid(format!(
            "{} already exists",
            dest.display()
        )));
    }
    let tmp = dest.with_extension("tmp");
    let _ = std::fs::remove_file(&tmp);
    crate::db::create_private_file(&tmp)?;
    let r = copy_into(src, &tmp);
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    let report = r?;
    std::fs::rename(&tmp, dest)?;
    if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
        let _ = std::fs::File::open(dir).and_then(|d| d.sync_all());
    }
    Ok(report)
}

fn copy_into(src: &Connection, tmp: &Path) -> Result<BackupReport> {
    let mut dst = Connection::open(tmp)?;
    // One read transaction: the counts and the copied pages are the same snapshot.
    src.execute_batch("BEGIN DEFERRED")?;
    let copied = (|| -> Result<BackupReport> {
        let tables = row_counts(src)?;
        let b = Backup::new(src, &mut dst)?;
        // All pages in one step: the backup never restarts under a busy writer.
        b.step(-1)?;
        let pages = b.progress().pagecount as u64;
        Ok(BackupReport {
            tables,
            pages,
            taken_ms: crate::now_ms(),
        })
    })();
    let _ = src.execute_batch("COMMIT");
    let report = copied?;
    integrity_check(&dst)?;
    // A copy stands alone: no WAL beside it.
    dst.pragma_update(None, "journal_mode", "DELETE")?;
    drop(dst);
    std::fs::File::open(tmp)?.sync_all()?;
    Ok(report)
}

/// Checks that `file` is a whole otactl store (integrity, the store's tables) and
/// gives its row counts; nothing is changed.
pub fn check_copy(file: &Path) -> Result<Vec<(String, u64)>> {
    let conn = crate::open_read_only(file)?;
    integrity_check(&conn)?;
    let counts = row_counts(&conn)?;
    for t in ["devices", "rollouts", "jobs", "audit"] {
        if !counts.iter().any(|(n, _)| n == t) {
            return Err(StoreError::Invalid(format!(
                "{} is not an otactl store (no {t} table)",
                file.display()
            )));
        }
    }
    Ok(counts)
}

/// Replaces the whole content of the store `dest` with the copy `file` (checked first).
pub fn restore(dest: &mut Connection, file: &Path) -> Result<Vec<(String, u64)>> {
    let counts = check_copy(file)?;
    let src = crate::open_read_only(file)?;
    let b = Backup::new(&src, dest)?;
    b.step(-1)?;
    drop(b);
    integrity_check(dest)?;
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_has_every_row_and_restores() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = dir.path().join("s.db");
        let conn = crate::open(&store).expect("open");
        crate::audit::record(&conn, 1, "a", "fleet import", &[], "ok").expect("audit");
        let copy = dir.path().join("copy.db");
        let r = backup(&conn, &copy).expect("backup");
        assert!(r.tables.contains(&("audit".into(), 1)));
        assert_eq!(check_copy(&copy).expect("check"), r.tables);
        assert!(backup(&conn, &copy).is_err(), "never overwrites");
        crate::audit::record(&conn, 2, "a", "fleet remove", &[], "ok").expect("audit");
        let mut conn = conn;
        let counts = restore(&mut conn, &copy).expect("restore");
        assert_eq!(row_counts(&conn).expect("counts"), counts);
        let junk = dir.path().join("junk.db");
        std::fs::write(&junk, b"not a store").expect("w");
        assert!(check_copy(&junk).is_err());
    }
}
