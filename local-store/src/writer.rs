//! The one writer: a dedicated thread owns the write connection and applies what it
//! is sent in batches, one transaction per batch (group commit). A caller that must
//! not acknowledge before the effect is durable passes a callback; it runs only after
//! the batch's COMMIT succeeded, and gets the error if the batch was rolled back.

use crate::jobs::{self, Applied, Ingested, JobCache, StatusRecord};
use crate::state::JobEvent;
use crate::{Result, StoreError, dead, fleet};
use rusqlite::Connection;
use std::path::Path;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender};
use std::thread::JoinHandle;
use std::time::Duration;

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
    /// Anything else, run inside the batch's transaction.
    Custom(CustomOp),
    /// Does nothing; its callback fires once everything sent before it is committed.
    Barrier,
}

/// Work run inside a batch's transaction.
pub type CustomOp = Box<dyn FnOnce(&Connection) -> Result<OpResult> + Send>;

/// What an op did, handed to its callback after commit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpResult {
    Status(Ingested),
    Job(Applied),
    Done,
}

pub type Callback = Box<dyn FnOnce(std::result::Result<OpResult, String>) + Send>;

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

/// Tuning of the group commit.
#[derive(Debug, Clone, Copy)]
pub struct WriterOptions {
    /// The most ops in one transaction.
    pub max_batch: usize,
    /// How many ops may wait in the channel before `submit` blocks (back-pressure).
    pub queue: usize,
}

impl Default for WriterOptions {
    fn default() -> Self {
        WriterOptions {
            max_batch: 16_384,
            queue: 16_384,
        }
    }
}

/// Handle to the writer thread. Dropping it drains the queue and stops the thread.
pub struct Writer {
    tx: Option<SyncSender<Item>>,
    handle: Option<JoinHandle<WriterStats>>,
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
        let (tx, rx) = mpsc::sync_channel::<Item>(opts.queue.max(1));
        let handle = std::thread::Builder::new()
            .name("otactl-store-writer".into())
            .spawn(move || run(conn, rx, opts.max_batch.max(1)))?;
        Ok(Writer {
            tx: Some(tx),
            handle: Some(handle),
        })
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
            Ok(Err(e)) => Err(StoreError::Invalid(e)),
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

fn run(mut conn: Connection, rx: Receiver<Item>, max_batch: usize) -> WriterStats {
    let mut stats = WriterStats::default();
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
        commit_batch(&mut conn, &mut batch, &mut stats, &mut cache);
    }
    stats
}

fn commit_batch(
    conn: &mut Connection,
    batch: &mut Vec<Item>,
    stats: &mut WriterStats,
    cache: &mut JobCache,
) {
    let n = batch.len();
    let mut results: Vec<std::result::Result<OpResult, String>> = Vec::with_capacity(n);
    let mut dones: Vec<Option<Callback>> = Vec::with_capacity(n);
    let mut items = std::mem::take(batch).into_iter();
    let outcome = (|| -> Result<()> {
        let tx = conn.transaction()?;
        let mut prep = jobs::Prepared::new(&tx)?;
        for item in items.by_ref() {
            dones.push(item.done);
            // A logical error fails only its own op; an SQL error fails the batch.
            match run_op(&tx, &mut prep, item.op, cache) {
                Ok(r) => results.push(Ok(r)),
                Err(StoreError::NotFound { what, id }) => {
                    results.push(Err(format!("{what} '{id}' not found")))
                }
                Err(StoreError::Invalid(m)) => results.push(Err(m)),
                Err(e) => return Err(e),
            }
        }
        drop(prep);
        tx.commit()?;
        Ok(())
    })();
    stats.batches += 1;
    stats.ops += n as u64;
    match outcome {
        Ok(()) => {
            for (done, r) in dones.into_iter().zip(results) {
                if let Some(cb) = done {
                    cb(r);
                }
            }
        }
        Err(e) => {
            // Rolled back: nothing of this batch is durable, so every op fails.
            stats.failed_batches += 1;
            cache.clear();
            let msg = e.to_string();
            let rest = items.map(|i| i.done);
            for cb in dones.into_iter().chain(rest).flatten() {
                cb(Err(msg.clone()));
            }
        }
    }
}

fn run_op(
    conn: &Connection,
    prep: &mut jobs::Prepared<'_>,
    op: WriteOp,
    cache: &mut JobCache,
) -> Result<OpResult> {
    match op {
        WriteOp::Status(s) => Ok(OpResult::Status(jobs::ingest_status_cached(
            conn, prep, cache, &s,
        )?)),
        WriteOp::Job {
            job_id,
            event,
            now_ms,
        } => {
            cache.invalidate(&job_id);
            Ok(OpResult::Job(jobs::apply_event(
                conn, &job_id, &event, now_ms,
            )?))
        }
        WriteOp::Inventory(inv) => {
            fleet::upsert_inventory(conn, &inv)?;
            for id in crate::reconcile::on_inventory(conn, &inv)? {
                cache.invalidate(&id);
            }
            Ok(OpResult::Done)
        }
        WriteOp::Presence {
            device_id,
            online,
            now_ms,
        } => {
            fleet::set_presence(conn, &device_id, online, now_ms)?;
            Ok(OpResult::Done)
        }
        WriteOp::DeadLetter(d) => {
            dead::insert(conn, &d)?;
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
