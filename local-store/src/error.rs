//! Errors of the store. The CLI maps them to exit codes and hints; here they only
//! say what went wrong.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("store migration failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{what} '{id}' not found")]
    NotFound { what: &'static str, id: String },
    #[error("{0}")]
    Invalid(String),
    #[error("the store writer has stopped")]
    WriterGone,
    /// The writer retried and gave up: the disk is full, read-only or failing.
    #[error("{0}")]
    Unavailable(String),
}

impl StoreError {
    /// The disk is full, the file is read-only, the disk fails (SQLITE_IOERR: what a
    /// full disk gives when the WAL index cannot grow), or another process holds the lock.
    pub fn is_storage_unavailable(&self) -> bool {
        use rusqlite::ErrorCode::*;
        match self {
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => matches!(
                e.code,
                DiskFull
                    | SystemIoFailure
                    | ReadOnly
                    | DatabaseBusy
                    | DatabaseLocked
                    | CannotOpen
                    | PermissionDenied
            ),
            StoreError::Io(_) | StoreError::Unavailable(_) => true,
            _ => false,
        }
    }
}

impl StoreError {
    /// The file is not an SQLite database, or is damaged.
    pub fn is_not_a_database(&self) -> bool {
        matches!(
            self,
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _))
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt
                )
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sqlite(code: std::ffi::c_int) -> StoreError {
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(code),
            None,
        ))
    }

    #[test]
    fn disk_trouble_is_storage_unavailable() {
        use rusqlite::ffi;
        // A full tmpfs answers a write with SQLITE_IOERR (the shared-memory WAL index
        // cannot grow), not SQLITE_FULL: both mean the disk, not a bug.
        for code in [
            ffi::SQLITE_FULL,
            ffi::SQLITE_IOERR,
            ffi::SQLITE_IOERR_WRITE,
            ffi::SQLITE_IOERR_SHMSIZE,
            ffi::SQLITE_READONLY,
            ffi::SQLITE_BUSY,
            ffi::SQLITE_CANTOPEN,
        ] {
            assert!(sqlite(code).is_storage_unavailable(), "code {code}");
        }
        assert!(!sqlite(ffi::SQLITE_CONSTRAINT).is_storage_unavailable());
        assert!(!StoreError::Invalid("x".into()).is_storage_unavailable());
    }

    #[test]
    fn a_damaged_file_is_not_a_database() {
        use rusqlite::ffi;
        assert!(sqlite(ffi::SQLITE_NOTADB).is_not_a_database());
        assert!(sqlite(ffi::SQLITE_CORRUPT).is_not_a_database());
        assert!(!sqlite(ffi::SQLITE_FULL).is_not_a_database());
        assert!(!StoreError::Invalid("x".into()).is_not_a_database());
    }
}
