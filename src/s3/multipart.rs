//! Resumable, parallel upload of a firmware file: multipart with bounded
//! concurrency and per-part retries, resumed from a journal after a crash,
//! skipped when the bucket already holds the same bytes (sha256 metadata).

use std::collections::{BTreeMap, HashMap};
use std::io::{Read as _, Seek as _, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use backon::{ExponentialBuilder, Retryable as _};
use bytes::Bytes;
use futures::StreamExt as _;

use super::S3Client;
use super::client::md5_of;
use super::error::{Result, S3Error};

const MIB: u64 = 1024 * 1024;
/// S3's smallest part (all parts but the last).
pub const MIN_PART_SIZE: u64 = 5 * MIB;
/// S3's largest part.
pub const MAX_PART_SIZE: u64 = 5 * 1024 * MIB;
/// S3's largest part count.
pub const MAX_PARTS: u64 = 10_000;

/// How to upload.
#[derive(Debug, Clone)]
pub struct UploadOptions {
    /// Bytes per part (default 8 MiB, at least 5 MiB). Grown automatically when
    /// the file would need more than 10 000 parts.
    pub part_size: u64,
    /// Parts in flight at once (default 4). Peak memory ≈ `part_size × concurrency`.
    pub concurrency: usize,
    /// Retries of one request on transient errors (default 5).
    pub max_retries: usize,
    /// First retry delay, doubled each time with jitter (default 200 ms).
    pub retry_min_delay: Duration,
}

impl Default for UploadOptions {
    fn default() -> Self {
        UploadOptions {
            part_size: 8 * MIB,
            concurrency: 4,
            max_retries: 5,
            retry_min_delay: Duration::from_millis(200),
        }
    }
}

/// Progress of an upload, for display.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadEvent {
    /// The transfer starts; `resumed_parts` are already on the server from an earlier run.
    Started {
        total_bytes: u64,
        parts: u32,
        resumed_parts: u32,
    },
    /// The journal named an upload the server no longer has: starting over.
    ResumeDiscarded {
        reason: String,
    },
    PartDone {
        part: u32,
        bytes: u64,
    },
    /// A transient failure; the part is sent again after a backoff.
    Retrying {
        part: u32,
        attempt: usize,
        error: String,
    },
    /// The object is stored and verified.
    Completed,
}

/// What `upload_file` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadOutcome {
    /// The object was written (`parts` = 1 for a single PUT).
    Uploaded {
        etag: String,
        parts: u32,
        resumed_parts: u32,
    },
    /// The bucket already held an object of the same size and sha256: nothing sent.
    AlreadyPresent,
}

/// Where multipart upload state survives a crash, keyed by object key and file sha256.
pub trait UploadJournal: Send + Sync {
    /// The upload id and parts recorded for this key and file, if any.
    fn load(&self, key: &str, file_sha256: &str) -> Option<(String, Vec<(u32, String)>)>;
    /// A new multipart upload started (replaces any earlier entry).
    fn begin(&self, key: &str, file_sha256: &str, upload_id: &str);
    fn part_done(&self, key: &str, file_sha256: &str, part: u32, etag: &str);
    /// The upload completed or is no longer needed: forget it.
    fn finish(&self, key: &str, file_sha256: &str);
}

type JournalEntry = (String, BTreeMap<u32, String>);

/// An in-memory `UploadJournal` (tests; a process that never restarts).
#[derive(Debug, Default)]
pub struct MemoryJournal {
    entries: Mutex<HashMap<(String, String), JournalEntry>>,
}

impl MemoryJournal {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of uploads in progress.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(String, String), JournalEntry>> {
        // A panic while holding the lock leaves the map consistent: keep going.
        self.entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl UploadJournal for MemoryJournal {
    fn load(&self, key: &str, file_sha256: &str) -> Option<(String, Vec<(u32, String)>)> {
        let map = self.lock();
        let (id, parts) = map.get(&(key.to_owned(), file_sha256.to_owned()))?;
        Some((
            id.clone(),
            parts.iter().map(|(n, e)| (*n, e.clone())).collect(),
        ))
    }

    fn begin(&self, key: &str, file_sha256: &str, upload_id: &str) {
        self.lock().insert(
            (key.to_owned(), file_sha256.to_owned()),
            (upload_id.to_owned(), BTreeMap::new()),
        );
    }

    fn part_done(&self, key: &str, file_sha256: &str, part: u32, etag: &str) {
        if let Some((_, parts)) = self
            .lock()
            .get_mut(&(key.to_owned(), file_sha256.to_owned()))
        {
            parts.insert(part, etag.to_owned());
        }
    }

    fn finish(&self, key: &str, file_sha256: &str) {
        self.lock()
            .remove(&(key.to_owned(), file_sha256.to_owned()));
    }
}

type Progress<'a> = &'a (dyn Fn(UploadEvent) + Send + Sync);

/// Everything one upload needs, borrowed for its duration.
struct Job<'a> {
    path: &'a Path,
    key: &'a str,
    sha: &'a str,
    metadata: &'a HashMap<String, String>,
    size: u64,
    part_size: u64,
    parts: u32,
    opts: &'a UploadOptions,
    journal: &'a dyn UploadJournal,
    progress: Progress<'a>,
}

impl Job<'_> {
    fn part_range(&self, part: u32) -> (u64, u64) {
        let offset = u64::from(part - 1) * self.part_size;
        (offset, self.part_size.min(self.size - offset))
    }

    fn backoff(&self) -> ExponentialBuilder {
        ExponentialBuilder::default()
            .with_min_delay(self.opts.retry_min_delay)
            .with_max_delay(Duration::from_secs(20))
            .with_max_times(self.opts.max_retries)
            .with_jitter()
    }
}

enum Attempt {
    Done {
        etag: String,
        resumed_parts: u32,
    },
    /// The journaled upload id is unknown to the server.
    Gone(String),
}

impl S3Client {
    /// Uploads `path` to `key`. `metadata` must hold `sha256` (hex digest of the
    /// file, computed by the caller); it becomes user metadata of the object and
    /// keys the journal and the dedupe check. Files up to one part use one PUT.
    pub async fn upload_file(
        &self,
        path: &Path,
        key: &str,
        metadata: HashMap<String, String>,
        opts: UploadOptions,
        journal: &dyn UploadJournal,
        progress: &(dyn Fn(UploadEvent) + Send + Sync),
    ) -> Result<UploadOutcome> {
        let sha = metadata
            .get("sha256")
            .map(|s| s.trim().to_ascii_lowercase())
            .filter(|s| s.len() == 64 && s.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| {
                S3Error::Invalid("metadata must carry 'sha256', the file's hex SHA-256".into())
            })?;
        let mut metadata = metadata;
        metadata.insert("sha256".into(), sha.clone());
        if opts.part_size < MIN_PART_SIZE || opts.part_size > MAX_PART_SIZE {
            return Err(S3Error::Invalid(format!(
                "part size {} is outside S3's 5 MiB..5 GiB",
                opts.part_size
            )));
        }
        if opts.concurrency == 0 {
            return Err(S3Error::Invalid("concurrency must be at least 1".into()));
        }
        let size = tokio::fs::metadata(path)
            .await
            .map_err(|e| S3Error::io(path, e))?
            .len();

        if let Some(info) = self.head_object(key).await?
            && info.size == size
            && info
                .metadata
                .get("sha256")
                .is_some_and(|s| s.eq_ignore_ascii_case(&sha))
        {
            journal.finish(key, &sha);
            return Ok(UploadOutcome::AlreadyPresent);
        }

        let part_size = opts.part_size.max(size.div_ceil(MAX_PARTS));
        if part_size > MAX_PART_SIZE {
            return Err(S3Error::Invalid(format!(
                "{size} bytes exceed S3's object size limit"
            )));
        }
        let parts = u32::try_from(size.div_ceil(part_size).max(1))
            .map_err(|_| S3Error::Invalid("too many parts".into()))?;
        let job = Job {
            path,
            key,
            sha: &sha,
            metadata: &metadata,
            size,
            part_size,
            parts,
            opts: &opts,
            journal,
            progress,
        };

        let outcome = if parts == 1 {
            self.single_put(&job).await?
        } else {
            // A resume the server no longer knows starts over, once.
            let mut attempt = self.multipart_attempt(&job, true).await?;
            if let Attempt::Gone(reason) = attempt {
                progress(UploadEvent::ResumeDiscarded { reason });
                attempt = self.multipart_attempt(&job, false).await?;
            }
            match attempt {
                Attempt::Done {
                    etag,
                    resumed_parts,
                } => UploadOutcome::Uploaded {
                    etag,
                    parts,
                    resumed_parts,
                },
                Attempt::Gone(reason) => {
                    return Err(S3Error::Server {
                        status: 404,
                        code: "NoSuchUpload".into(),
                        message: reason,
                    });
                }
            }
        };

        // Trust but verify: the object is there, whole, with its sha256.
        match self.head_object(key).await? {
            Some(info)
                if info.size == size
                    && info
                        .metadata
                        .get("sha256")
                        .is_some_and(|s| s.eq_ignore_ascii_case(&sha)) => {}
            Some(info) => {
                return Err(S3Error::Integrity {
                    key: key.to_owned(),
                    detail: format!(
                        "after upload the object has {} bytes (expected {size}) and sha256 metadata {:?}",
                        info.size,
                        info.metadata.get("sha256")
                    ),
                });
            }
            None => {
                return Err(S3Error::Integrity {
                    key: key.to_owned(),
                    detail: "the object is missing after the upload completed".into(),
                });
            }
        }
        progress(UploadEvent::Completed);
        Ok(outcome)
    }

    async fn single_put(&self, job: &Job<'_>) -> Result<UploadOutcome> {
        (job.progress)(UploadEvent::Started {
            total_bytes: job.size,
            parts: 1,
            resumed_parts: 0,
        });
        let (body, _, _) = read_part(job.path, 0, job.size).await?;
        let attempt = AtomicUsize::new(0);
        let etag = (|| async { self.put_object(job.key, body.clone(), job.metadata).await })
            .retry(job.backoff())
            .when(S3Error::is_transient)
            .notify(|e: &S3Error, _| {
                (job.progress)(UploadEvent::Retrying {
                    part: 1,
                    attempt: attempt.fetch_add(1, Ordering::Relaxed) + 1,
                    error: e.to_string(),
                });
            })
            .await?;
        (job.progress)(UploadEvent::PartDone {
            part: 1,
            bytes: job.size,
        });
        job.journal.finish(job.key, job.sha);
        Ok(UploadOutcome::Uploaded {
            etag,
            parts: 1,
            resumed_parts: 0,
        })
    }

    async fn multipart_attempt(&self, job: &Job<'_>, resume: bool) -> Result<Attempt> {
        let mut done: BTreeMap<u32, String> = BTreeMap::new();
        let journaled = if resume {
            job.journal.load(job.key, job.sha)
        } else {
            None
        };
        let resumed = journaled.is_some();
        let upload_id = match journaled {
            Some((upload_id, journaled_parts)) => {
                // Trust the server, not the journal: it may have lost or kept more parts.
                match self.list_parts(job.key, &upload_id).await {
                    // Parts were journaled but the server lists none: it does not know
                    // this upload (some servers answer an empty list, not NoSuchUpload,
                    // and then drop the connection on the first part). Start over.
                    Ok(server_parts) if server_parts.is_empty() && !journaled_parts.is_empty() => {
                        return Ok(Attempt::Gone(format!(
                            "the server lists no parts of upload {upload_id}"
                        )));
                    }
                    Ok(server_parts) => {
                        let local: HashMap<u32, String> = journaled_parts.into_iter().collect();
                        for p in server_parts {
                            if !(1..=job.parts).contains(&p.number)
                                || p.size != job.part_range(p.number).1
                            {
                                continue; // partial or foreign: send again
                            }
                            // The server's ETag wins; servers that list none (s3s-fs) get ours.
                            let etag = if p.etag.is_empty() {
                                local.get(&p.number).cloned().unwrap_or_default()
                            } else {
                                p.etag
                            };
                            if !etag.is_empty() {
                                done.insert(p.number, etag);
                            }
                        }
                    }
                    Err(e) if is_gone(&e) => return Ok(Attempt::Gone(e.to_string())),
                    Err(e) => return Err(e),
                }
                upload_id
            }
            None => {
                let upload_id = (|| async { self.create_multipart(job.key, job.metadata).await })
                    .retry(job.backoff())
                    .when(S3Error::is_transient)
                    .await?;
                job.journal.begin(job.key, job.sha, &upload_id);
                upload_id
            }
        };
        let resumed_parts = u32::try_from(done.len()).unwrap_or(u32::MAX);
        (job.progress)(UploadEvent::Started {
            total_bytes: job.size,
            parts: job.parts,
            resumed_parts,
        });

        let missing: Vec<u32> = (1..=job.parts).filter(|n| !done.contains_key(n)).collect();
        let mut uploads = futures::stream::iter(
            missing
                .into_iter()
                .map(|n| self.upload_one_part(job, &upload_id, n)),
        )
        .buffer_unordered(job.opts.concurrency);
        while let Some(res) = uploads.next().await {
            match res {
                Ok((part, etag, bytes)) => {
                    job.journal.part_done(job.key, job.sha, part, &etag);
                    done.insert(part, etag);
                    (job.progress)(UploadEvent::PartDone { part, bytes });
                }
                // A resumed upload id the server refuses for parts: it is gone (s3s-fs
                // answers AccessDenied for unknown ids, AWS NoSuchUpload).
                Err(e) if resumed && (is_gone(&e) || e.code() == Some("AccessDenied")) => {
                    return Ok(Attempt::Gone(e.to_string()));
                }
                Err(e) => return Err(e),
            }
        }
        drop(uploads);

        let etags: Vec<String> = done.into_values().collect();
        let tries = AtomicUsize::new(0);
        let completed = (|| async {
            tries.fetch_add(1, Ordering::Relaxed);
            self.complete_multipart(job.key, &upload_id, &etags).await
        })
        .retry(job.backoff())
        .when(S3Error::is_transient)
        .await;
        let etag = match completed {
            Ok(etag) => etag,
            // A retried complete whose first try succeeded: the HEAD check decides.
            Err(e) if is_gone(&e) && tries.load(Ordering::Relaxed) > 1 => String::new(),
            Err(e) if resumed && is_gone(&e) => return Ok(Attempt::Gone(e.to_string())),
            Err(e) => return Err(e),
        };
        job.journal.finish(job.key, job.sha);
        Ok(Attempt::Done {
            etag,
            resumed_parts,
        })
    }

    /// Reads one part at its offset and sends it, retrying transient failures.
    async fn upload_one_part(
        &self,
        job: &Job<'_>,
        upload_id: &str,
        part: u32,
    ) -> Result<(u32, String, u64)> {
        let (offset, len) = job.part_range(part);
        let (body, md5_hex, md5_b64) = read_part(job.path, offset, len).await?;
        let part16 = u16::try_from(part)
            .map_err(|_| S3Error::Invalid(format!("part number {part} is out of range")))?;
        let attempt = AtomicUsize::new(0);
        let etag = (|| async {
            self.upload_part(job.key, upload_id, part16, body.clone(), &md5_hex, &md5_b64)
                .await
        })
        .retry(job.backoff())
        .when(S3Error::is_transient)
        .notify(|e: &S3Error, _| {
            (job.progress)(UploadEvent::Retrying {
                part,
                attempt: attempt.fetch_add(1, Ordering::Relaxed) + 1,
                error: e.to_string(),
            });
        })
        .await?;
        Ok((part, etag, len))
    }
}

fn is_gone(e: &S3Error) -> bool {
    e.code() == Some("NoSuchUpload")
}

/// Reads `len` bytes at `offset` and hashes them, off the async threads.
async fn read_part(path: &Path, offset: u64, len: u64) -> Result<(Bytes, String, String)> {
    let owned: PathBuf = path.to_owned();
    let task = tokio::task::spawn_blocking(move || -> Result<(Bytes, String, String)> {
        let cap = usize::try_from(len)
            .map_err(|_| S3Error::Invalid(format!("part of {len} bytes is too large")))?;
        let mut file = std::fs::File::open(&owned).map_err(|e| S3Error::io(&owned, e))?;
        file.seek(SeekFrom::Start(offset))
            .map_err(|e| S3Error::io(&owned, e))?;
        let mut buf = vec![0u8; cap];
        file.read_exact(&mut buf).map_err(|e| {
            S3Error::io(
                &owned,
                std::io::Error::new(
                    e.kind(),
                    format!(
                        "reading {len} bytes at offset {offset} (file changed during upload?): {e}"
                    ),
                ),
            )
        })?;
        let (hex, b64) = md5_of(&buf);
        Ok((Bytes::from(buf), hex, b64))
    });
    task.await
        .map_err(|e| S3Error::io(path, std::io::Error::other(e.to_string())))?
}
