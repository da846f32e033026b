//! The one writer: a dedicated thread owns the write connection and applies what it
//! is sent in batches, one transaction per batch (group commit), each commit synced to
//! disk (synchronous=FULL) before any callback runs, so a caller that acknowledges in
//! its callback acknowledges only what survives a power cut. A batch that fails is
//! retried, never dropped: a busy store until it frees up, a disk in trouble until
//! `give_up_after` (then the writer reports itself failed), an op that fails by itself
//! alone (answered [`OpError::Rejected`]).

use crate::jobs::{self, Applied, Ingested, JobCache, StatusRecord};
use crate::state::JobEvent;
use crate::{Result, StoreError, dead, fleet};
use rusqlite::{Connection, TransactionBehavior};
use std::path::Path;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// One unit of work for the writer.
pub enum WriteOp {
    Status(StatusRecord),
    Job {
        job_id: String,
        event: JobEvent,
        now_ms: i64,
    },
    Inventory(fleet::Inventory),
    Presence {
        device_id: String,
        online: bool,
        now_ms: i64,
    },
    DeadLetter(dead::NewDeadLetter),
    /// Anything else, run inside the batch's transaction (again, if the batch is
    /// retried: it must write only through `conn`).
    Custom(CustomOp),
    /// Does nothing; its callback fires once everything sent before it is committed.
    Barrier,
}

/// Work run inside a batch's transaction.
pub type CustomOp = Box<dyn FnMut(&Connection) -> Result<OpResult> + Send>;

/// What an op did, handed to its callback after commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpResult {
    Status(Ingested),
    Job(Applied),
    Done,
}

/// Why an op was not written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpError {
    /// The op failed by itself (a logical refusal, or an SQL error it causes every
    /// time): nothing of it is written; the rest of its batch is committed.
    #[error("{0}")]
    Rejected(String),
    /// The store stayed unavailable (disk full, read-only, failing): nothing of the
    /// batch is written, and the writer writes nothing more.
    #[error("store unavailable: {0}")]
    Unavailable(String),
}

pub type Callback = Box<dyn FnOnce(std::result::Result<OpResult, OpError>) + Send>;

struct Item {
    op: WriteOp,
    done: Option<Callback>,
}

/// Counters the writer keeps, for metrics and benchmarks.
#[derive(Debug, Default, Clone, Copy)]
pub struct WriterStats {
    pub batches: u64,
    pub ops: u64,
    pub failed_batches: u64,
}

/// Tuning of the group commit and its retries.
#[derive(Debug, Clone, Copy)]
pub struct WriterOptions {
    /// The most ops in one transaction.
    pub max_batch: usize,
    /// How many ops may wait in the channel before `submit` blocks (back-pressure).
    pub queue: usize,
    /// The first wait before a failed batch is tried again (it doubles, up to 32×).
    pub retry_backoff: Duration,
    /// How long a disk in trouble (full, read-only, I/O errors) is retried before the
    /// writer gives up. A busy store (another connection's lock) is waited for forever.
    pub give_up_after: Duration,
}

impl Default for WriterOptions {
    fn default() -> Self {
        WriterOptions {
            max_batch: 16_384,
            queue: 16_384,
            retry_backoff: Duration::from_millis(100),
            give_up_after: Duration::from_secs(10),
        }
    }
}

/// How the writer is doing, for whoever must say so (the engine, metrics).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HealthState {
    Ok,
    /// A batch failed and is being retried: nothing commits meanwhile.
    Retrying {
        error: String,
        retries: u64,
    },
    /// The writer gave up: the store is unavailable.
    Failed {
        error: String,
    },
}

/// The writer's health, shared with its owner.
#[derive(Debug, Default)]
pub struct Health {
    /// 0 ok, 1 retrying, 2 failed.
    state: AtomicU8,
    retries: AtomicU64,
    error: Mutex<String>,
}

impl Health {
    pub fn get(&self) -> HealthState {
        let error = || self.error.lock().map(|e| e.clone()).unwrap_or_default();
        match self.state.load(Ordering::Acquire) {
            0 => HealthState::Ok,
            1 => HealthState::Retrying {
                error: error(),
                retries: self.retries.load(Ordering::Relaxed),
            },
            _ => HealthState::Failed { error: error() },
        }
    }

    fn failure(&self) -> Option<String> {
        match self.get() {
            HealthState::Failed { error } => Some(error),
            _ => None,
        }
    }

    fn set_ok(&self) {
        self.state.store(0, Ordering::Release);
    }

    fn set_retrying(&self, e: &str) {
        if let Ok(mut g) = self.error.lock() {
            *g = e.to_string();
        }
        self.retries.fetch_add(1, Ordering::Relaxed);
        self.state.store(1, Ordering::Release);
    }

    fn set_failed(&self, e: &str) {
        if let Ok(mut g) = self.error.lock() {
            *g = e.to_string();
        }
        self.state.store(2, Ordering::Release);
    }
}

/// Handle to the writer thread. Dropping it drains the queue and stops the thread.
pub struct Writer {
    tx: Option<SyncSender<Item>>,
    handle: Option<JoinHandle<WriterStats>>,
    health: Arc<Health>,
}

impl Writer {
    /// Opens the store at `path` (migrating it) and starts the writer thread.
    pub fn spawn(path: &Path, opts: WriterOptions) -> Result<Writer> {
        let conn = crate::db::open(path)?;
        Self::spawn_with(conn, opts)
    }

    /// Starts the writer thread on an open connection.
    pub fn spawn_with(conn: Connection, opts: WriterOptions) -> Result<Writer> {
        // Checkpoint less often: hot pages are written back once per 40 MB of WAL
        // instead of once per 4 MB.
        conn.pragma_update(None, "wal_autocheckpoint", 10_000)?;
        // Every commit reaches the disk (an fsync of the WAL) before its callbacks run:
        // what they acknowledge survives a power cut. Group commit shares the sync.
        conn.pragma_update(None, "synchronous", "FULL")?;
        let (tx, rx) = mpsc::sync_channel::<Item>(opts.queue.max(1));
        let health = Arc::new(Health::default());
        let h = health.clone();
        let handle = std::thread::Builder::new()
            .name("otactl-store-writer".into())
            .spawn(move || run(conn, rx, opts, h))?;
        Ok(Writer {
            tx: Some(tx),
            handle: Some(handle),
            health,
        })
    }

    /// How the writer is doing.
    pub fn health(&self) -> HealthState {
        self.health.get()
    }

    /// Queues an op; `done` runs after its batch committed (or failed).
    pub fn submit(&self, op: WriteOp, done: Option<Callback>) -> Result<()> {
        let tx = self.tx.as_ref().ok_or(StoreError::WriterGone)?;
        tx.send(Item { op, done })
            .map_err(|_| StoreError::WriterGone)
    }

    /// Runs `op` and waits until it is committed.
    pub fn apply_blocking(&self, op: WriteOp) -> Result<OpResult> {
        let (tx, rx) = mpsc::sync_channel(1);
        self.submit(
            op,
            Some(Box::new(move |r| {
                let _ = tx.send(r);
            })),
        )?;
        match rx.recv() {
            Ok(Ok(r)) => Ok(r),
            Ok(Err(OpError::Rejected(e))) => Err(StoreError::Invalid(e)),
            Ok(Err(OpError::Unavailable(e))) => Err(StoreError::Unavailable(e)),
            Err(_) => Err(StoreError::WriterGone),
        }
    }

    /// Waits until everything submitted so far is committed.
    pub fn flush(&self) -> Result<()> {
        self.apply_blocking(WriteOp::Barrier).map(|_| ())
    }

    /// Stops the thread after it drained the queue; returns its counters.
    pub fn shutdown(mut self) -> WriterStats {
        self.stop()
    }

    fn stop(&mut self) -> WriterStats {
        self.tx.take();
        self.handle
            .take()
            .and_then(|h| h.join().ok())
            .unwrap_or_default()
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn run(
    mut conn: Connection,
    rx: Receiver<Item>,
    opts: WriterOptions,
    health: Arc<Health>,
) -> WriterStats {
    let mut stats = WriterStats::default();
    let max_batch = opts.max_batch.max(1);
    let mut batch: Vec<Item> = Vec::with_capacity(max_batch);
    let mut cache = JobCache::default();
    loop {
        match rx.recv_timeout(Duration::from_secs(3600)) {
            Ok(item) => batch.push(item),
            Err(RecvTimeoutError::Timeout) => continue,
            Err(RecvTimeoutError::Disconnected) => break,
        }
        while batch.len() < max_batch {
            match rx.try_recv() {
                Ok(item) => batch.push(item),
                Err(_) => break,
            }
        }
        if let Some(why) = health.failure() {
            // The store gave up: nothing more is written; every caller hears why.
            fail_all(&mut batch, &OpError::Unavailable(why));
            continue;
        }
        commit_with_retry(
            &mut conn, &mut batch, &mut stats, &mut cache, &opts, &health,
        );
    }
    stats
}

fn fail_all(batch: &mut Vec<Item>, e: &OpError) {
    for cb in batch.drain(..).filter_map(|i| i.done) {
        cb(Err(e.clone()));
    }
}

/// How a failed batch is handled.
#[derive(Debug, PartialEq, Eq)]
enum Failure {
    /// Another connection holds the lock: wait for it, however long.
    Busy,
    /// The disk or the file (full, read-only, I/O): retried until `give_up_after`.
    Storage,
    /// Anything else: an op that fails by itself (a poison op), found by running
    /// each op under its own savepoint.
    Op,
}

fn classify(e: &StoreError) -> Failure {
    use rusqlite::ErrorCode::*;
    match e {
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _))
            if matches!(f.code, DatabaseBusy | DatabaseLocked) =>
        {
            Failure::Busy
        }
        _ if e.is_storage_unavailable() => Failure::Storage,
        _ => Failure::Op,
    }
}

/// Commits the batch, retrying what may pass later, and answers every callback.
fn commit_with_retry(
    conn: &mut Connection,
    batch: &mut Vec<Item>,
    stats: &mut WriterStats,
    cache: &mut JobCache,
    opts: &WriterOptions,
    health: &Health,
) {
    let mut tries: u32 = 0;
    let mut storage_since: Option<Instant> = None;
    let mut isolate = false;
    loop {
        stats.batches += 1;
        match try_commit(conn, batch, isolate, cache) {
            Ok(results) => {
                stats.ops += batch.len() as u64;
                health.set_ok();
                for (item, r) in batch.drain(..).zip(results) {
                    if let Some(cb) = item.done {
                        cb(r);
                    }
                }
                return;
            }
            Err(e) => {
                // Rolled back: nothing of this try is durable.
                stats.failed_batches += 1;
                cache.clear();
                let kind = classify(&e);
                if kind == Failure::Op && !isolate {
                    isolate = true;
                    continue;
                }
                if kind != Failure::Busy {
                    let since = *storage_since.get_or_insert_with(Instant::now);
                    if since.elapsed() >= opts.give_up_after {
                        let why = e.to_string();
                        health.set_failed(&why);
                        fail_all(batch, &OpError::Unavailable(why));
                        return;
                    }
                }
                health.set_retrying(&e.to_string());
                std::thread::sleep(backoff(opts.retry_backoff, tries));
                tries = tries.saturating_add(1);
            }
        }
    }
}

/// Doubling waits from `base`, at most 32 times it.
fn backoff(base: Duration, tries: u32) -> Duration {
    base.saturating_mul(1 << tries.min(5))
}

/// One try at the batch in one transaction, the write lock taken up front (so a busy
/// store fails before any op ran). With `isolate`, each op runs under a savepoint and
/// one that fails by itself is rolled back alone and answered `Rejected`.
fn try_commit(
    conn: &mut Connection,
    batch: &mut [Item],
    isolate: bool,
    cache: &mut JobCache,
) -> Result<Vec<std::result::Result<OpResult, OpError>>> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut results = Vec::with_capacity(batch.len());
    {
        let mut prep = jobs::Prepared::new(&tx)?;
        for item in batch.iter_mut() {
            if isolate {
                tx.execute_batch("SAVEPOINT op")?;
            }
            // A logical error fails only its own op; an SQL error fails the batch,
            // or, isolated, only its op.
            let r = match run_op(&tx, &mut prep, &mut item.op, cache) {
                Ok(r) => Ok(r),
                Err(StoreError::NotFound { what, id }) => {
                    Err(OpError::Rejected(format!("{what} '{id}' not found")))
                }
                Err(StoreError::Invalid(m)) => Err(OpError::Rejected(m)),
                Err(e) if isolate && classify(&e) == Failure::Op => {
                    tx.execute_batch("ROLLBACK TO op")?;
                    cache.clear();
                    Err(OpError::Rejected(format!("the store refused it: {e}")))
                }
                Err(e) => return Err(e),
            };
            if isolate {
                tx.execute_batch("RELEASE op")?;
            }
            results.push(r);
        }
    }
    tx.commit()?;
    Ok(results)
}

fn run_op(
    conn: &Connection,
    prep: &mut jobs::Prepared<'_>,
    op: &mut WriteOp,
    cache: &mut JobCache,
) -> Result<OpResult> {
    match op {
        WriteOp::Status(s) => Ok(OpResult::Status(jobs::ingest_status_cached(
            conn, prep, cache, s,
        )?)),
        WriteOp::Job {
            job_id,
            event,
            now_ms,
        } => {
            cache.invalidate(job_id);
            Ok(OpResult::Job(jobs::apply_event(
                conn, job_id, event, *now_ms,
            )?))
        }
        WriteOp::Inventory(inv) => {
            fleet::upsert_inventory(conn, inv)?;
            for id in crate::reconcile::on_inventory(conn, inv)? {
                cache.invalidate(&id);
            }
            Ok(OpResult::Done)
        }
        WriteOp::Presence {
            device_id,
            online,
            now_ms,
        } => {
            fleet::set_presence(conn, device_id, *online, *now_ms)?;
            Ok(OpResult::Done)
        }
        WriteOp::DeadLetter(d) => {
            dead::insert(conn, d)?;
            Ok(OpResult::Done)
        }
        WriteOp::Custom(f) => {
            // It may change any job: forget what the cache knows.
            cache.clear();
            f(conn)
        }
        WriteOp::Barrier => Ok(OpResult::Done),
    }
}

#[cfg(test)]
#[path = "writer_tests.rs"]
mod tests;
