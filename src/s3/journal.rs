//! The upload journal kept in the otactl store (table `uploads`), so an interrupted
//! multipart upload resumes on the next run, even after the process was killed.

use super::UploadJournal;
use std::path::Path;
use std::sync::Mutex;

/// An [`UploadJournal`] on its own connection to the store. Journal writes are
/// best-effort: a failed write costs a re-sent part on resume, never a wrong object
/// (the server's part list is trusted over the journal).
pub struct StoreJournal {
    conn: Mutex<otactl_store::Connection>,
}

impl StoreJournal {
    pub fn open(path: &Path) -> Result<Self, otactl_store::StoreError> {
        Ok(StoreJournal {
            conn: Mutex::new(otactl_store::open(path)?),
        })
    }

    fn with<T>(&self, f: impl FnOnce(&otactl_store::Connection) -> T) -> T {
        let guard = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        f(&guard)
    }
}

impl UploadJournal for StoreJournal {
    fn load(&self, key: &str, file_sha256: &str) -> Option<(String, Vec<(u32, String)>)> {
        self.with(|c| {
            otactl_store::uploads::load(c, key, file_sha256)
                .ok()
                .flatten()
        })
        .map(|(id, parts)| (id, parts.into_iter().collect()))
    }

    fn begin(&self, key: &str, file_sha256: &str, upload_id: &str) {
        let _ = self.with(|c| {
            otactl_store::uploads::begin(c, key, file_sha256, upload_id, otactl_store::now_ms())
        });
    }

    fn part_done(&self, key: &str, file_sha256: &str, part: u32, etag: &str) {
        let _ = self.with(|c| otactl_store::uploads::part_done(c, key, file_sha256, part, etag));
    }

    fn finish(&self, key: &str, file_sha256: &str) {
        let _ = self.with(|c| otactl_store::uploads::finish(c, key, file_sha256));
    }
}
