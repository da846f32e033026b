//! Resumable, parallel upload of a firmware file: multipart with bounded
//! concurrency and per-part retries, resumed from a journal after a crash,
//! skipped when the bucket already holds the same bytes (sha256 metadata).
//!
//! One reader thread reads the file once, in order. It feeds the caller's
//! [`ContentCheck`] (the signature check of `firmware upload`), computes each part's
//! checksum and hands the parts to at most `concurrency` uploads, holding at most
//! `concurrency` parts in memory. The object becomes visible (the
//! CompleteMultipartUpload, or the single PUT) only once the check has passed over
//! the bytes read for it; a failed check aborts the multipart upload. Parts resumed
//! from an interrupted run are matched by their journaled checksum (CRC32C or MD5),
//! which catches a changed file, not one crafted to collide.

use std::collections::{BTreeMap, HashMap};
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use backon::{ExponentialBuilder, Retryable as _};
use bytes::Bytes;
use futures::StreamExt as _;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc};

use super::S3Client;
use super::client::{Completed, PartChecksum, PartSum};
use super::error::{Result, S3Error};
use super::verify::Expected;

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
    /// The checksum each part carries (default CRC32C).
    pub checksum: PartChecksum,
}

impl Default for UploadOptions {
    fn default() -> Self {
        UploadOptions {
            part_size: 8 * MIB,
            concurrency: 4,
            max_retries: 5,
            retry_min_delay: Duration::from_millis(200),
            checksum: PartChecksum::Crc32c,
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

/// Checks a file's bytes as the upload reads them, in file order. `finish` runs after
/// the last byte and before the object becomes visible; an error aborts the upload
/// and is returned as [`S3Error::Rejected`].
pub trait ContentCheck: Send {
    fn update(&mut self, bytes: &[u8]);
    fn finish(self: Box<Self>) -> std::result::Result<(), BoxError>;
}

/// The error a [`ContentCheck`] refuses with.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Makes a fresh [`ContentCheck`] for each pass over the file.
pub type NewCheck<'a> = &'a (dyn Fn() -> Box<dyn ContentCheck> + Send + Sync);

/// A [`ContentCheck`] that accepts everything.
pub struct NoCheck;

impl ContentCheck for NoCheck {
    fn update(&mut self, _: &[u8]) {}
    fn finish(self: Box<Self>) -> std::result::Result<(), BoxError> {
        Ok(())
    }
}

/// Where multipart upload state survives a crash, keyed by object key and file sha256.
///
/// A part's record is what [`S3Client`] needs to trust it on resume (its checksum and
/// ETag); journals store it as an opaque string.
pub trait UploadJournal: Send + Sync {
    /// The upload id and parts recorded for this key and file, if any.
    fn load(&self, key: &str, file_sha256: &str) -> Option<(String, Vec<(u32, String)>)>;
    /// A new multipart upload started (replaces any earlier entry).
    fn begin(&self, key: &str, file_sha256: &str, upload_id: &str);
    fn part_done(&self, key: &str, file_sha256: &str, part: u32, record: &str);
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

    fn part_done(&self, key: &str, file_sha256: &str, part: u32, record: &str) {
        if let Some((_, parts)) = self
            .lock()
            .get_mut(&(key.to_owned(), file_sha256.to_owned()))
        {
            parts.insert(part, record.to_owned());
        }
    }

    fn finish(&self, key: &str, file_sha256: &str) {
        self.lock()
            .remove(&(key.to_owned(), file_sha256.to_owned()));
    }
}

type Progress<'a> = &'a (dyn Fn(UploadEvent) + Send + Sync);

/// A journal record: the part's checksum label, a space, its ETag.
fn record(sum: &PartSum, etag: &str) -> String {
    format!("{} {etag}", sum.label())
}

/// (checksum, ETag) of a journal record; a record without a checksum (written by an
/// older otactl) is never trusted.
fn parse_record(record: &str) -> (Option<PartSum>, &str) {
    match record.split_once(' ') {
        Some((label, etag)) if label.contains(':') => (PartSum::from_label(label), etag),
        _ => (None, record),
    }
}

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
    new_check: NewCheck<'a>,
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
        /// What the HEAD after it must show.
        expected: Expected,
        resumed_parts: u32,
    },
    /// The journaled upload id is unknown to the server.
    Gone(String),
}

/// A part read from the file, on its way to the server. Its permit bounds the parts
/// held in memory; its buffer goes back to the pool when it is dropped.
struct ReadPart {
    number: u32,
    body: Bytes,
    sum: PartSum,
    pool: Pool,
    _permit: OwnedSemaphorePermit,
}

/// Part buffers for reuse: the allocator would keep freed 8 MiB buffers resident
/// for a while, so reusing them keeps peak memory at part size × concurrency.
type Pool = Arc<Mutex<Vec<Vec<u8>>>>;

impl Drop for ReadPart {
    fn drop(&mut self) {
        // Unique unless a request still holds a slice of it: then it is just freed.
        if let Ok(buf) = std::mem::take(&mut self.body).try_into_mut() {
            self.pool
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push(buf.into());
        }
    }
}

/// What the reader thread needs: all owned, as it outlives no borrow.
struct ReadPlan {
    path: PathBuf,
    size: u64,
    part_size: u64,
    parts: u32,
    kind: PartChecksum,
    /// Parts the server holds from an earlier run, by their journaled checksum:
    /// not sent again if the file still has the same bytes there.
    resumable: HashMap<u32, PartSum>,
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
        let no_check = || Box::new(NoCheck) as Box<dyn ContentCheck>;
        self.upload_file_checked(path, key, metadata, opts, journal, progress, &no_check)
            .await
    }

    /// [`S3Client::upload_file`], with every byte read also passed through a fresh
    /// check from `new_check` (also when the object is already there). The object
    /// becomes visible only if the check passes; otherwise the upload is aborted and
    /// the check's error returned as [`S3Error::Rejected`].
    #[allow(clippy::too_many_arguments)]
    pub async fn upload_file_checked(
        &self,
        path: &Path,
        key: &str,
        metadata: HashMap<String, String>,
        opts: UploadOptions,
        journal: &dyn UploadJournal,
        progress: &(dyn Fn(UploadEvent) + Send + Sync),
        new_check: NewCheck<'_>,
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
            // Nothing to send, but the file is still checked: a refused file is
            // refused whatever the bucket holds.
            check_whole_file(path, size, new_check()).await?;
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
            new_check,
        };

        let (outcome, expected) = if parts == 1 {
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
                    expected,
                    resumed_parts,
                } => (
                    UploadOutcome::Uploaded {
                        etag: expected.answered_etag.clone().unwrap_or_default(),
                        parts,
                        resumed_parts,
                    },
                    expected,
                ),
                Attempt::Gone(reason) => {
                    return Err(S3Error::Server {
                        status: 404,
                        code: "NoSuchUpload".into(),
                        message: reason,
                    });
                }
            }
        };

        // Trust but verify: the object is there, whole, with its sha256 and the
        // checksums the server reports. This decides, not the answer's form.
        let info = self.head_with_checksum(key).await?;
        expected.check(key, info.as_ref())?;
        let outcome = match (outcome, info) {
            (
                UploadOutcome::Uploaded {
                    etag,
                    parts,
                    resumed_parts,
                },
                Some(info),
            ) if etag.is_empty() => UploadOutcome::Uploaded {
                etag: info.etag,
                parts,
                resumed_parts,
            },
            (outcome, _) => outcome,
        };
        progress(UploadEvent::Completed);
        Ok(outcome)
    }

    /// A file of one part: read and checked whole before anything is sent.
    async fn single_put(&self, job: &Job<'_>) -> Result<(UploadOutcome, Expected)> {
        (job.progress)(UploadEvent::Started {
            total_bytes: job.size,
            parts: 1,
            resumed_parts: 0,
        });
        let mut check = (job.new_check)();
        let path = job.path.to_owned();
        let (size, kind) = (job.size, job.opts.checksum);
        let (body, sum, check) = blocking(job.path, move || {
            let mut file = std::fs::File::open(&path).map_err(|e| S3Error::io(&path, e))?;
            let mut body = Vec::new();
            read_into(&mut file, &path, 0, size, &mut body)?;
            expect_eof(&mut file, &path, size)?;
            check.update(&body);
            let sum = PartSum::of(kind, &body);
            Ok((Bytes::from(body), sum, check))
        })
        .await?;
        check.finish().map_err(S3Error::Rejected)?;
        let attempt = AtomicUsize::new(0);
        let etag = (|| async {
            self.put_object_checked(job.key, body.clone(), job.metadata, &sum)
                .await
        })
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
        let expected = Expected {
            answered_etag: Some(etag.clone()),
            ..Expected::of_parts(job.size, job.sha, &[(sum, job.size)], false)
        };
        Ok((
            UploadOutcome::Uploaded {
                etag,
                parts: 1,
                resumed_parts: 0,
            },
            expected,
        ))
    }

    async fn multipart_attempt(&self, job: &Job<'_>, resume: bool) -> Result<Attempt> {
        // Part number → (ETag, checksum) of the parts the server holds.
        let mut done: BTreeMap<u32, (String, PartSum)> = BTreeMap::new();
        let journaled = if resume {
            job.journal.load(job.key, job.sha)
        } else {
            None
        };
        let resumed = journaled.is_some();
        let upload_id = match journaled {
            Some((upload_id, journaled_parts)) => {
                // Created for the other part checksum: AWS would refuse these parts.
                if journaled_parts.iter().any(|(_, r)| {
                    parse_record(r)
                        .0
                        .is_some_and(|sum| sum.kind() != job.opts.checksum)
                }) {
                    let _ = self.abort_multipart(job.key, &upload_id).await;
                    return Ok(Attempt::Gone(format!(
                        "upload {upload_id} was started with other part checksums"
                    )));
                }
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
                            // Only a part whose checksum was journaled can be checked
                            // against the file; the server's ETag wins over ours.
                            let Some((Some(sum), our_etag)) =
                                local.get(&p.number).map(|r| parse_record(r))
                            else {
                                continue;
                            };
                            let etag = if p.etag.is_empty() {
                                our_etag.to_owned()
                            } else {
                                p.etag
                            };
                            if !etag.is_empty() {
                                done.insert(p.number, (etag, sum));
                            }
                        }
                    }
                    Err(e) if is_gone(&e) => return Ok(Attempt::Gone(e.to_string())),
                    Err(e) => return Err(e),
                }
                upload_id
            }
            None => {
                let upload_id = (|| async {
                    self.create_multipart(job.key, job.metadata, job.opts.checksum)
                        .await
                })
                .retry(job.backoff())
                .when(S3Error::is_transient)
                .await?;
                job.journal.begin(job.key, job.sha, &upload_id);
                upload_id
            }
        };
        let mut resumed_parts = u32::try_from(done.len()).unwrap_or(u32::MAX);
        (job.progress)(UploadEvent::Started {
            total_bytes: job.size,
            parts: job.parts,
            resumed_parts,
        });

        // The reader thread reads every part in order (resumed ones too: the check
        // needs all bytes) and sends on those the server lacks or holds other bytes of.
        let in_memory = job.opts.concurrency;
        let permits = Arc::new(Semaphore::new(in_memory));
        let (tx, rx) = mpsc::channel::<ReadPart>(in_memory);
        let plan = ReadPlan {
            path: job.path.to_owned(),
            size: job.size,
            part_size: job.part_size,
            parts: job.parts,
            kind: job.opts.checksum,
            resumable: done.iter().map(|(n, (_, sum))| (*n, *sum)).collect(),
        };
        let check = (job.new_check)();
        let rt = tokio::runtime::Handle::current();
        let reader_permits = Arc::clone(&permits);
        let reader = tokio::task::spawn_blocking(move || {
            read_parts(&plan, check, &tx, &reader_permits, &rt)
        });
        // Stop the reader at once if the uploads fail (it may be waiting for a permit).
        let _close = CloseOnDrop(Arc::clone(&permits));

        let parts_in =
            futures::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|p| (p, rx)) });
        let uploads = parts_in
            .map(|p| self.upload_one_part(job, &upload_id, p))
            .buffer_unordered(job.opts.concurrency);
        let mut uploads = std::pin::pin!(uploads);
        while let Some(res) = uploads.next().await {
            match res {
                Ok((part, etag, sum, bytes)) => {
                    job.journal
                        .part_done(job.key, job.sha, part, &record(&sum, &etag));
                    if done.insert(part, (etag, sum)).is_some() {
                        // The server held other bytes for this part: it was sent again.
                        resumed_parts = resumed_parts.saturating_sub(1);
                    }
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
        let check = reader
            .await
            .map_err(|e| S3Error::io(job.path, std::io::Error::other(e.to_string())))??;
        if let Err(refused) = check.finish() {
            // Nothing becomes visible; the parts are freed (best effort: a server that
            // is unreachable now expires them by its lifecycle rules).
            let _ = self.abort_multipart(job.key, &upload_id).await;
            job.journal.finish(job.key, job.sha);
            return Err(S3Error::Rejected(refused));
        }

        let parts: Vec<(String, PartSum)> = done.into_values().collect();
        if parts.len() != job.parts as usize {
            return Err(S3Error::Invalid(format!(
                "{} of {} parts are on the server",
                parts.len(),
                job.parts
            )));
        }
        let tries = AtomicUsize::new(0);
        let completed = (|| async {
            tries.fetch_add(1, Ordering::Relaxed);
            self.complete_multipart(job.key, &upload_id, &parts).await
        })
        .retry(job.backoff())
        .when(S3Error::is_transient)
        .await;
        let completed = match completed {
            Ok(completed) => completed,
            // A retried complete whose first try succeeded: the HEAD check decides.
            Err(e) if is_gone(&e) && tries.load(Ordering::Relaxed) > 1 => Completed::default(),
            Err(e) if resumed && is_gone(&e) => return Ok(Attempt::Gone(e.to_string())),
            Err(e) => return Err(e),
        };
        job.journal.finish(job.key, job.sha);
        let sums: Vec<(PartSum, u64)> = (1..=job.parts)
            .zip(&parts)
            .map(|(n, (_, sum))| (*sum, job.part_range(n).1))
            .collect();
        Ok(Attempt::Done {
            expected: Expected {
                answered_etag: completed.etag,
                note: completed.note,
                ..Expected::of_parts(job.size, job.sha, &sums, true)
            },
            resumed_parts,
        })
    }

    /// Sends one part read by the reader, retrying transient failures.
    async fn upload_one_part(
        &self,
        job: &Job<'_>,
        upload_id: &str,
        part: ReadPart,
    ) -> Result<(u32, String, PartSum, u64)> {
        let number = part.number;
        let part16 = u16::try_from(number)
            .map_err(|_| S3Error::Invalid(format!("part number {number} is out of range")))?;
        let attempt = AtomicUsize::new(0);
        let etag = (|| async {
            self.upload_part(job.key, upload_id, part16, part.body.clone(), &part.sum)
                .await
        })
        .retry(job.backoff())
        .when(S3Error::is_transient)
        .notify(|e: &S3Error, _| {
            (job.progress)(UploadEvent::Retrying {
                part: number,
                attempt: attempt.fetch_add(1, Ordering::Relaxed) + 1,
                error: e.to_string(),
            });
        })
        .await?;
        Ok((number, etag, part.sum, part.body.len() as u64))
    }
}

/// Closes the semaphore when dropped, which wakes a reader waiting for a permit.
struct CloseOnDrop(Arc<Semaphore>);

impl Drop for CloseOnDrop {
    fn drop(&mut self) {
        self.0.close();
    }
}

fn is_gone(e: &S3Error) -> bool {
    e.code() == Some("NoSuchUpload")
}

/// The reader thread: every part in order through the check; the parts to send
/// into `tx`. Returns the check, fed with the whole file.
fn read_parts(
    plan: &ReadPlan,
    mut check: Box<dyn ContentCheck>,
    tx: &mpsc::Sender<ReadPart>,
    permits: &Arc<Semaphore>,
    rt: &tokio::runtime::Handle,
) -> Result<Box<dyn ContentCheck>> {
    let path = &plan.path;
    let cancelled = || S3Error::Invalid("the upload was cancelled".into());
    let mut file = std::fs::File::open(path).map_err(|e| S3Error::io(path, e))?;
    let pool: Pool = Arc::default();
    for number in 1..=plan.parts {
        let permit = rt
            .block_on(Arc::clone(permits).acquire_owned())
            .map_err(|_| cancelled())?;
        let offset = u64::from(number - 1) * plan.part_size;
        let len = plan.part_size.min(plan.size - offset);
        let mut body = pool
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .pop()
            .unwrap_or_default();
        read_into(&mut file, path, offset, len, &mut body)?;
        check.update(&body);
        let sum = PartSum::of(plan.kind, &body);
        if plan.resumable.get(&number) == Some(&sum) {
            // The server has these bytes (by their checksum).
            pool.lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push(body);
            continue;
        }
        tx.blocking_send(ReadPart {
            number,
            body: Bytes::from(body),
            sum,
            pool: Arc::clone(&pool),
            _permit: permit,
        })
        .map_err(|_| cancelled())?;
    }
    expect_eof(&mut file, path, plan.size)?;
    Ok(check)
}

/// Reads the next `len` bytes into `buf`, replacing its contents (`offset` is for
/// the error message). Reads into the spare capacity: no zeroing first.
fn read_into(
    file: &mut std::fs::File,
    path: &Path,
    offset: u64,
    len: u64,
    buf: &mut Vec<u8>,
) -> Result<()> {
    let cap = usize::try_from(len)
        .map_err(|_| S3Error::Invalid(format!("part of {len} bytes is too large")))?;
    buf.clear();
    buf.reserve_exact(cap);
    let context = |e: std::io::Error| {
        S3Error::io(
            path,
            std::io::Error::new(
                e.kind(),
                format!(
                    "reading {len} bytes at offset {offset} (file changed during upload?): {e}"
                ),
            ),
        )
    };
    let n = file.take(len).read_to_end(buf).map_err(context)?;
    if n != cap {
        return Err(context(std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            format!("only {n} bytes left"),
        )));
    }
    Ok(())
}

/// The file must end where it ended when measured.
fn expect_eof(file: &mut std::fs::File, path: &Path, size: u64) -> Result<()> {
    let mut one = [0u8; 1];
    match file.read(&mut one) {
        Ok(0) => Ok(()),
        Ok(_) => Err(S3Error::io(
            path,
            std::io::Error::other(format!("the file grew past {size} bytes during the upload")),
        )),
        Err(e) => Err(S3Error::io(path, e)),
    }
}

/// Passes the whole file through `check` (nothing is sent).
async fn check_whole_file(path: &Path, size: u64, mut check: Box<dyn ContentCheck>) -> Result<()> {
    let owned = path.to_owned();
    let check = blocking(path, move || {
        let mut file = std::fs::File::open(&owned).map_err(|e| S3Error::io(&owned, e))?;
        let mut buf = Vec::new();
        let mut offset = 0;
        while offset < size {
            let len = (size - offset).min(1 << 20);
            read_into(&mut file, &owned, offset, len, &mut buf)?;
            check.update(&buf);
            offset += len;
        }
        expect_eof(&mut file, &owned, size)?;
        Ok(check)
    })
    .await?;
    check.finish().map_err(S3Error::Rejected)
}

/// Runs file work off the async threads.
async fn blocking<T: Send + 'static>(
    path: &Path,
    f: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| S3Error::io(path, std::io::Error::other(e.to_string())))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn journal_records_round_trip_and_old_ones_are_never_trusted() {
        let sum = PartSum::Crc32c(0xE306_9283);
        let r = record(&sum, "abc");
        assert_eq!(r, "crc32c:4waSgw== abc");
        assert_eq!(parse_record(&r), (Some(sum), "abc"));
        // Written by an older otactl: a bare ETag, no checksum.
        assert_eq!(parse_record("\"abc\""), (None, "\"abc\""));
        assert_eq!(parse_record("abc def"), (None, "abc def"));
        // A damaged checksum is no checksum.
        assert_eq!(parse_record("crc32c:?? abc"), (None, "abc"));
    }
}
