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
}

impl StoreError {
    /// The disk is full, the file is read-only, or another process holds the lock.
    pub fn is_storage_unavailable(&self) -> bool {
        use rusqlite::ErrorCode::*;
        match self {
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => matches!(
                e.code,
                DiskFull | ReadOnly | DatabaseBusy | DatabaseLocked | CannotOpen | PermissionDenied
            ),
            StoreError::Io(_) => true,
            _ => false,
        }
    }
}
