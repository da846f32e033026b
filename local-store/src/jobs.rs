//! Jobs (one per device per rollout) and the statuses devices report for them.
//! Every change goes through [`crate::state::apply`] and an optimistic-lock update
//! (`WHERE version = ?`), so two writers can never lose each other's update.

use crate::state::{Decision, DeviceStatus, JobEvent, JobSnapshot, JobState, Refusal, apply};
use crate::states::RefusalCode;
use crate::{Result, StoreError};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

/// A job row as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Job {
    pub id: String,
    pub rollout_id: String,
    pub device_id: String,
    pub batch: u32,
    pub state: JobState,
    pub attempt: u32,
    pub command_id: Option<String>,
    pub target_version: String,
    pub progress: Option<u8>,
    pub reason: Option<String>,
    pub version: i64,
    pub created_ms: i64,
    pub updated_ms: i64,
    pub stage_ms: i64,
    pub finished_ms: Option<i64>,
    /// Confirmation after reboot: how long after `done` the device's inventory may
    /// take to confirm it (None: off, `done` is success).
    pub confirm_ms: Option<i64>,
    /// SQLite's rowid: updates address the row directly, skipping the id index.
    #[serde(skip)]
    pub rowid: i64,
}

impl Job {
    pub fn snapshot(&self) -> JobSnapshot {
        JobSnapshot {
            state: self.state,
            attempt: self.attempt,
            command_id: self.command_id.clone(),
            target_version: self.target_version.clone(),
            progress: self.progress,
            reason: self.reason.clone(),
            confirm: self.confirm_ms.is_some(),
        }
    }
}

/// The columns `job_from_row` reads, in its order.
macro_rules! job_columns {
    () => {
        "id, rollout_id, device_id, batch, state, attempt, command_id, target_version, \
         progress, reason, version, created_ms, updated_ms, stage_ms, finished_ms, rowid, \
         confirm_ms"
    };
}

pub(crate) const JOB_COLUMNS: &str = job_columns!();

pub(crate) fn job_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Job> {
    let state: String = r.get(4)?;
    Ok(Job {
        id: r.get(0)?,
        rollout_id: r.get(1)?,
        device_id: r.get(2)?,
        batch: r.get(3)?,
        state: JobState::parse(&state).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                4,
                rusqlite::types::Type::Text,
                format!("unknown job state '{state}'").into(),
            )
        })?,
        attempt: r.get(5)?,
        command_id: r.get(6)?,
        target_version: r.get(7)?,
        progress: r.get(8)?,
        reason: r.get(9)?,
        version: r.get(10)?,
        created_ms: r.get(11)?,
        updated_ms: r.get(12)?,
        stage_ms: r.get(13)?,
        finished_ms: r.get(14)?,
        rowid: r.get(15)?,
        confirm_ms: r.get(16)?,
    })
}

/// A new job to insert (state `pending`).
#[derive(Debug, Clone)]
pub struct NewJob {
    pub id: String,
    pub rollout_id: String,
    pub device_id: String,
    pub batch: u32,
    pub target_version: String,
    /// See [`Job::confirm_ms`].
    pub confirm_ms: Option<i64>,
}

pub fn insert_job(conn: &Connection, job: &NewJob, now: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO jobs (id, rollout_id, device_id, batch, state, target_version, \
         created_ms, updated_ms, stage_ms, confirm_ms) \
         VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?6, ?6, ?6, ?7)",
    )?
    .execute(params![
        job.id,
        job.rollout_id,
        job.device_id,
        job.batch,
        job.target_version,
        now,
        job.confirm_ms
    ])?;
    Ok(())
}

pub fn get_job(conn: &Connection, id: &str) -> Result<Option<Job>> {
    get_job_with(&mut *conn.prepare_cached(SELECT_JOB)?, id)
}

const SELECT_JOB: &str = concat!("SELECT ", job_columns!(), " FROM jobs WHERE id = ?1");

fn get_job_with(st: &mut rusqlite::Statement<'_>, id: &str) -> Result<Option<Job>> {
    Ok(st.query_row([id], job_from_row).optional()?)
}

pub fn jobs_of_device(conn: &Connection, device_id: &str) -> Result<Vec<Job>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {JOB_COLUMNS} FROM jobs WHERE device_id = ?1 ORDER BY created_ms, id"
    ))?;
    let rows = st.query_map([device_id], job_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// What applying an event did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    Changed { from: JobState, to: JobState },
    Refused(Refusal),
}

/// Writes `next` over `job` if nobody changed the row since it was read.
/// Returns the row as now stored, or None on a version conflict.
fn write_guarded(
    conn: &Connection,
    job: &Job,
    next: &JobSnapshot,
    now: i64,
) -> Result<Option<Job>> {
    write_guarded_with(&mut *conn.prepare_cached(UPDATE_JOB)?, job, next, now)
}

const UPDATE_JOB: &str = "UPDATE jobs SET state = ?1, attempt = ?2, command_id = ?3, progress = ?4, \
     reason = ?5, version = version + 1, updated_ms = ?6, stage_ms = ?7, finished_ms = ?8, \
     dispatched_ms = CASE WHEN ?1 = 'queued' AND state <> 'queued' THEN ?6 ELSE dispatched_ms END \
     WHERE rowid = ?9 AND version = ?10";

fn write_guarded_with(
    st: &mut rusqlite::Statement<'_>,
    job: &Job,
    next: &JobSnapshot,
    now: i64,
) -> Result<Option<Job>> {
    let finished = if next.state.is_final() && !job.state.is_final() {
        Some(now)
    } else if next.state.is_final() {
        job.finished_ms
    } else {
        None
    };
    let stage_ms = if next.state != job.state {
        now
    } else {
        job.stage_ms
    };
    let n = st.execute(params![
        next.state.as_str(),
        next.attempt,
        next.command_id,
        next.progress,
        next.reason,
        now,
        stage_ms,
        finished,
        job.rowid,
        job.version
    ])?;
    if n != 1 {
        return Ok(None);
    }
    Ok(Some(Job {
        state: next.state,
        attempt: next.attempt,
        command_id: next.command_id.clone(),
        progress: next.progress,
        reason: next.reason.clone(),
        version: job.version + 1,
        updated_ms: now,
        stage_ms,
        finished_ms: finished,
        ..job.clone()
    }))
}

/// Applies `event` to job `id` with optimistic locking: on a version conflict it
/// re-reads the row and decides again, so a concurrent update is never lost.
pub fn apply_event(conn: &Connection, id: &str, event: &JobEvent, now: i64) -> Result<Applied> {
    loop {
        let job = get_job(conn, id)?.ok_or_else(|| StoreError::NotFound {
            what: "job",
            id: id.to_string(),
        })?;
        match apply(&job.snapshot(), event) {
            Decision::Refuse(r) => return Ok(Applied::Refused(r)),
            Decision::Apply(next) => {
                if write_guarded(conn, &job, &next, now)?.is_some() {
                    return Ok(Applied::Changed {
                        from: job.state,
                        to: next.state,
                    });
                }
            }
        }
    }
}

/// Like [`apply_event`] but with an arbitrary change, for tests of the lock and for
/// operator edits that are not state transitions. `f` may be called more than once.
pub fn update_guarded(
    conn: &Connection,
    id: &str,
    now: i64,
    mut f: impl FnMut(&JobSnapshot) -> JobSnapshot,
) -> Result<u32> {
    let mut conflicts = 0;
    loop {
        let job = get_job(conn, id)?.ok_or_else(|| StoreError::NotFound {
            what: "job",
            id: id.to_string(),
        })?;
        let next = f(&job.snapshot());
        if write_guarded(conn, &job, &next, now)?.is_some() {
            return Ok(conflicts);
        }
        conflicts += 1;
    }
}

/// A status message from a device, validated against PROTOCOL.md by the caller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusRecord {
    pub device_id: String,
    pub msg_id: String,
    pub job_id: String,
    pub command_id: String,
    pub status: DeviceStatus,
    pub progress: Option<u8>,
    pub seq: Option<u64>,
    pub firmware_version: Option<String>,
    pub error_code: Option<String>,
    pub error_message: Option<String>,
    pub device_ts: String,
    pub received_ms: i64,
}

impl StatusRecord {
    /// The state machine's event for this status.
    pub fn event(&self) -> JobEvent {
        JobEvent::Status {
            command_id: self.command_id.clone(),
            status: self.status,
            progress: self.progress,
            firmware_version: self.firmware_version.clone(),
            error_code: self.error_code.clone(),
        }
    }
}

/// What ingesting one status did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ingested {
    /// The same (device, msg_id) was seen before: nothing changed.
    Duplicate,
    /// Recorded; the job moved.
    Applied { from: JobState, to: JobState },
    /// Recorded; the job did not move, for this reason.
    Refused(RefusalCode),
}

/// Jobs as last written by this connection, so the hot path skips the SELECT. It is
/// safe against other writers because every write is guarded by `version`: a stale
/// entry loses the guard, is dropped, and the row is read again. Clear it whenever a
/// transaction rolls back.
#[derive(Debug, Default)]
pub struct JobCache {
    map: std::collections::HashMap<String, Job>,
}

impl JobCache {
    /// The most jobs kept; past that the cache starts over.
    pub const CAPACITY: usize = 250_000;

    pub fn clear(&mut self) {
        self.map.clear();
    }

    /// Forgets one job (after a write that did not go through the cache).
    pub fn invalidate(&mut self, id: &str) {
        self.map.remove(id);
    }

    fn put(&mut self, j: Job) {
        if self.map.len() >= Self::CAPACITY {
            self.map.clear();
        }
        self.map.insert(j.id.clone(), j);
    }
}

/// The statements of the ingest hot path, prepared once per batch.
pub struct Prepared<'c> {
    select: rusqlite::CachedStatement<'c>,
    insert_event: rusqlite::CachedStatement<'c>,
    update: rusqlite::CachedStatement<'c>,
}

impl<'c> Prepared<'c> {
    pub fn new(conn: &'c Connection) -> Result<Self> {
        Ok(Prepared {
            select: conn.prepare_cached(SELECT_JOB)?,
            insert_event: conn.prepare_cached(INSERT_EVENT)?,
            update: conn.prepare_cached(UPDATE_JOB)?,
        })
    }
}

const INSERT_EVENT: &str = "INSERT OR IGNORE INTO status_events (device_id, msg_id, job_id, command_id, \
     status, progress, seq, firmware_version, error_code, error_message, device_ts, received_ms, outcome) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";

/// Records a status and applies it to its job, exactly once per (device, msg_id).
/// The caller wraps a batch of these in one transaction.
pub fn ingest_status(conn: &Connection, s: &StatusRecord) -> Result<Ingested> {
    ingest_status_cached(conn, &mut Prepared::new(conn)?, &mut JobCache::default(), s)
}

/// [`ingest_status`] with statements prepared once and a cache of job rows kept
/// across calls (the writer's).
pub fn ingest_status_cached(
    conn: &Connection,
    prep: &mut Prepared<'_>,
    cache: &mut JobCache,
    s: &StatusRecord,
) -> Result<Ingested> {
    // A device that refuses a command as a downgrade because it already runs the
    // target (its inventory says so) has the target: the job succeeded.
    let event = match (&s.status, s.error_code.as_deref()) {
        (DeviceStatus::Rejected, Some("downgrade")) => {
            crate::reconcile::runs_target(conn, &s.job_id)?.unwrap_or_else(|| s.event())
        }
        _ => s.event(),
    };
    let decide = |job: &Option<Job>| match job {
        None => Err(RefusalCode::UnknownJob),
        Some(j) if j.device_id != s.device_id => Err(RefusalCode::WrongDevice),
        Some(j) => Ok(apply(&j.snapshot(), &event)),
    };
    let (mut job, cached) = match cache.map.get(&s.job_id) {
        Some(j) => (Some(j.clone()), true),
        None => {
            let j = get_job_with(&mut prep.select, &s.job_id)?;
            if let Some(j) = &j {
                cache.put(j.clone());
            }
            (j, false)
        }
    };
    let mut decision = decide(&job);
    // A refusal is not guarded by `version` the way a write is: if the row came from
    // the cache, another writer may have moved the job since (a retry's new command,
    // an operator's cancel). Decide again on the row as stored.
    if cached && matches!(decision, Ok(Decision::Refuse(_))) {
        let fresh = get_job_with(&mut prep.select, &s.job_id)?;
        if fresh != job {
            match &fresh {
                Some(j) => cache.put(j.clone()),
                None => cache.invalidate(&s.job_id),
            }
            job = fresh;
            decision = decide(&job);
        }
    }
    let outcome = match &decision {
        Err(code) => format!("refused:{code}"),
        Ok(Decision::Refuse(r)) => format!("refused:{}", r.code()),
        Ok(Decision::Apply(_)) => "applied".to_string(),
    };
    let inserted = prep.insert_event.execute(params![
        s.device_id,
        s.msg_id,
        s.job_id,
        s.command_id,
        s.status.as_str(),
        s.progress,
        s.seq.map(|v| v as i64),
        s.firmware_version,
        s.error_code,
        s.error_message,
        s.device_ts,
        s.received_ms,
        outcome
    ])?;
    if inserted == 0 {
        return Ok(Ingested::Duplicate);
    }
    match (decision, job) {
        (Ok(Decision::Apply(next)), Some(job)) => {
            if let Some(row) = write_guarded_with(&mut prep.update, &job, &next, s.received_ms)? {
                // The device's own word closed a job the engine had given up on, or
                // one it refused as a downgrade of what it runs: audited (rare).
                let why = if matches!(event, JobEvent::Inventory { .. }) {
                    Some("refused as a downgrade: the device already runs the target")
                } else if job.state.is_final() {
                    Some("late done: reported after the device timeout")
                } else {
                    None
                };
                if let Some(why) = why {
                    crate::audit::record(
                        conn,
                        s.received_ms,
                        "otactl-engine",
                        "engine reconciled",
                        &[job.rollout_id.clone(), job.device_id.clone(), why.into()],
                        &format!("{} -> {}", job.state, next.state),
                    )?;
                }
                cache.put(row);
                Ok(Ingested::Applied {
                    from: job.state,
                    to: next.state,
                })
            } else {
                cache.map.remove(&s.job_id);
                // Someone else moved the job between our read and write: decide again
                // on the fresh row (the event row is already recorded once).
                match apply_event(conn, &s.job_id, &event, s.received_ms)? {
                    Applied::Changed { from, to } => Ok(Ingested::Applied { from, to }),
                    Applied::Refused(r) => {
                        conn.prepare_cached(
                            "UPDATE status_events SET outcome = ?1 WHERE device_id = ?2 AND msg_id = ?3",
                        )?
                        .execute(params![format!("refused:{}", r.code()), s.device_id, s.msg_id])?;
                        Ok(Ingested::Refused(r.into()))
                    }
                }
            }
        }
        (Ok(Decision::Refuse(r)), job) => {
            // Refused (a repeat of its stage, a late message), but the device spoke
            // about its current command: it is not silent.
            if let Some(j) = job.filter(|j| j.command_id.as_deref() == Some(&s.command_id)) {
                mark_heard(conn, j.rowid, s.received_ms)?;
            }
            Ok(Ingested::Refused(r.into()))
        }
        (Err(code), _) => Ok(Ingested::Refused(code)),
        (Ok(Decision::Apply(_)), None) => Ok(Ingested::Refused(RefusalCode::UnknownJob)),
    }
}

/// Records that the device spoke about the job's current command at `at` without
/// changing it (an applied status moves `updated_ms` instead). Not a state change:
/// the row's `version` stays.
fn mark_heard(conn: &Connection, rowid: i64, at: i64) -> Result<()> {
    conn.prepare_cached(
        "UPDATE jobs SET heard_ms = ?2 WHERE rowid = ?1 AND (heard_ms IS NULL OR heard_ms < ?2)",
    )?
    .execute(params![rowid, at])?;
    Ok(())
}

/// One row of a job's status history.
#[derive(Debug, Clone, Serialize)]
pub struct StatusEvent {
    pub msg_id: String,
    pub job_id: String,
    pub command_id: String,
    pub status: String,
    pub progress: Option<u8>,
    pub firmware_version: Option<String>,
    pub error_code: Option<String>,
    pub error_message: Option<String>,
    pub device_ts: Option<String>,
    pub received_ms: i64,
    pub outcome: String,
}

pub fn status_history(conn: &Connection, device_id: &str, limit: u32) -> Result<Vec<StatusEvent>> {
    let mut st = conn.prepare_cached(
        "SELECT msg_id, job_id, command_id, status, progress, firmware_version, error_code, \
         error_message, device_ts, received_ms, outcome FROM status_events \
         WHERE device_id = ?1 ORDER BY received_ms DESC, seq DESC LIMIT ?2",
    )?;
    let rows = st.query_map(params![device_id, limit], |r| {
        Ok(StatusEvent {
            msg_id: r.get(0)?,
            job_id: r.get(1)?,
            command_id: r.get(2)?,
            status: r.get(3)?,
            progress: r.get(4)?,
            firmware_version: r.get(5)?,
            error_code: r.get(6)?,
            error_message: r.get(7)?,
            device_ts: r.get(8)?,
            received_ms: r.get(9)?,
            outcome: r.get(10)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
