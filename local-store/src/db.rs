//! Opening a store: the file is created 0600, the schema migrated to the latest
//! version, and the connection set up (WAL, synchronous=NORMAL, foreign keys, busy
//! timeout). Readers open their own connections; the writer thread owns one.

use crate::Result;
use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{M, Migrations};
use std::path::Path;
use std::sync::LazyLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(include_str!("migrations/0001_init.sql")),
        M::up(include_str!("migrations/0002_uploads.sql")),
        M::up(include_str!("migrations/0003_outbox_cursor_index.sql")),
        M::up(include_str!("migrations/0004_dispatch_time.sql")),
        M::up(include_str!("migrations/0006_store_identity_and_heard.sql")),
        M::up(include_str!("migrations/0007_audit_import_source.sql")),
        M::up(include_str!("migrations/0008_confirm_after_reboot.sql")),
    ])
});

/// How long a connection waits for another's lock before it reports busy.
pub const BUSY_TIMEOUT_MS: u64 = 10_000;

/// The wall clock, as the system says now (it may jump: NTP steps, an operator).
pub fn wall_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// The wall clock when this process first asked, and the monotonic instant then.
static ANCHOR: LazyLock<(i64, Instant)> = LazyLock::new(|| (wall_ms(), Instant::now()));

/// Milliseconds since the Unix epoch, UTC, on a clock that does not jump: the wall
/// clock when the process first asked, plus the monotonic time since. Every time a
/// process records and every elapsed time it weighs (the engine's timeouts) comes from
/// it, so a clock stepped while the engine runs times nobody out. It does not count a
/// suspend of the machine (the monotonic clock stops), so a long-running process's
/// times may lag the wall clock by that much: `wall_ms` tells the difference.
pub fn now_ms() -> i64 {
    let (wall, at) = *ANCHOR;
    wall + at.elapsed().as_millis() as i64
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // 16 MiB of page cache: the pages a 100k-device rollout touches most (the job
    // table's and the outbox's) stay in memory; the rest is in the OS page cache
    // anyway (WAL reads are cheap syscalls), and the engine stays under 200 MB.
    conn.pragma_update(None, "cache_size", -16_384)?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

/// Opens (creating if needed) the store at `path` and migrates it.
pub fn open(path: &Path) -> Result<Connection> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_private_dir(dir)?;
    }
    create_private_file(path)?;
    let mut conn = Connection::open(path)?;
    configure(&conn)?;
    MIGRATIONS.to_latest(&mut conn)?;
    Ok(conn)
}

/// [`open`] for a connection that only reads in the background (the engine's view):
/// 8 MiB of page cache instead of the writer's 16, so a long-running process with
/// several connections stays small.
pub fn open_reader(path: &Path) -> Result<Connection> {
    let conn = open(path)?;
    conn.pragma_update(None, "cache_size", -8_192)?;
    Ok(conn)
}

/// A migrated in-memory store, for tests and dry runs.
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    configure(&conn)?;
    MIGRATIONS.to_latest(&mut conn)?;
    Ok(conn)
}

/// Opens an existing store for reading only (dashboards, `status`).
pub fn open_read_only(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS))?;
    Ok(conn)
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
    }
    Ok(())
}

#[cfg(unix)]
pub(crate) fn create_private_file(path: &Path) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    if !path.exists() {
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(path)?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    Ok(())
}

#[cfg(not(unix))]
pub(crate) fn create_private_file(_path: &Path) -> Result<()> {
    Ok(())
}

/// The store's own id (16 hex digits, made once when the store was created or
/// migrated): stable for the life of the store, different for every store.
pub fn store_id(conn: &Connection) -> Result<String> {
    Ok(
        conn.query_row("SELECT value FROM meta WHERE key = 'store_id'", [], |r| {
            r.get(0)
        })?,
    )
}

/// The schema version the store is at (SQLite's `user_version`).
pub fn schema_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(MIGRATIONS.validate().is_ok());
    }

    #[test]
    fn open_creates_private_file_in_wal_mode() -> Result<()> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("sub/store.db");
        let conn = open(&path)?;
        let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
        assert_eq!(mode, "wal");
        assert_eq!(schema_version(&conn)?, 7);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let m = std::fs::metadata(&path)?.permissions().mode() & 0o777;
            assert_eq!(m, 0o600);
        }
        let id = store_id(&conn)?;
        drop(conn);
        // Re-opening an existing store is a no-op migration.
        let conn = open(&path)?;
        assert_eq!(schema_version(&conn)?, 7);
        assert_eq!(store_id(&conn)?, id, "the id is made once");
        assert_eq!(id.len(), 16);
        let other = open(&dir.path().join("other.db"))?;
        assert_ne!(store_id(&other)?, id, "every store has its own");
        Ok(())
    }
}
