//! Dispatch through the outbox: jobs become signed `update` commands written to the
//! outbox in the same transaction that moves each job to `queued`, so a command is
//! never lost nor sent for a job that did not move. Signing happens before the
//! transaction, on up to two threads; no network I/O here at all.

use crate::domain::protocol::{Artifact, Command, command_topic, new_command_id, rfc3339_ms};
use crate::signing::envelope::sign_envelope;
use crate::signing::minisign::SecretKey;
use otactl_store::jobs::{self, Applied};
use otactl_store::writer::{OpResult, WriteOp, Writer};
use otactl_store::{JobEvent, outbox};
use std::sync::{Arc, Mutex};

/// One job to send a command for.
#[derive(Debug, Clone)]
pub struct DispatchJob {
    pub job_id: String,
    pub rollout_id: String,
    pub device_id: String,
    pub attempt: u32,
    pub artifact: Arc<Artifact>,
}

/// What a batch did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dispatched {
    /// Jobs moved to `queued` with their command in the outbox: (job id, command id).
    pub enqueued: Vec<(String, String)>,
    /// Jobs the state machine refused (not `pending`), with the reason.
    pub refused: Vec<(String, String)>,
}

/// A signed command ready for the outbox.
pub struct Signed {
    job_id: String,
    command_id: String,
    topic: String,
    payload: String,
}

fn sign_one(key: &SecretKey, prefix: &str, now_ms: i64, ttl_ms: i64, j: &DispatchJob) -> Signed {
    let cmd = Command {
        kind: "update".into(),
        command_id: new_command_id(),
        job_id: j.job_id.clone(),
        rollout_id: j.rollout_id.clone(),
        device_id: j.device_id.clone(),
        attempt: j.attempt.max(1),
        issued_at: rfc3339_ms(now_ms),
        expires_at: rfc3339_ms(now_ms + ttl_ms),
        artifact: Some((*j.artifact).clone()),
    };
    Signed {
        payload: sign_envelope(key, &cmd.to_json()),
        topic: command_topic(prefix, &j.device_id),
        job_id: cmd.job_id,
        command_id: cmd.command_id,
    }
}

/// Signs a command per job and commits, in one transaction, each job's `Enqueue` and
/// its outbox row. Blocks until committed; wake the publisher afterwards.
pub fn dispatch_batch(
    writer: &Writer,
    key: &SecretKey,
    prefix: &str,
    ttl_ms: i64,
    jobs: &[DispatchJob],
    now_ms: i64,
) -> otactl_store::Result<Dispatched> {
    enqueue_signed(
        writer,
        sign_batch(key, prefix, ttl_ms, jobs, now_ms),
        now_ms,
    )
}

/// The signing half of [`dispatch_batch`] (no store access), so a caller can sign the
/// next batch while the previous one commits.
pub fn sign_batch(
    key: &SecretKey,
    prefix: &str,
    ttl_ms: i64,
    jobs: &[DispatchJob],
    now_ms: i64,
) -> Vec<Signed> {
    if jobs.len() >= 256 {
        let half = jobs.len() / 2;
        std::thread::scope(|s| {
            let h = s.spawn(|| {
                jobs[half..]
                    .iter()
                    .map(|j| sign_one(key, prefix, now_ms, ttl_ms, j))
                    .collect::<Vec<_>>()
            });
            let mut a: Vec<Signed> = jobs[..half]
                .iter()
                .map(|j| sign_one(key, prefix, now_ms, ttl_ms, j))
                .collect();
            a.extend(h.join().unwrap_or_default());
            a
        })
    } else {
        jobs.iter()
            .map(|j| sign_one(key, prefix, now_ms, ttl_ms, j))
            .collect()
    }
}

/// The store half of [`dispatch_batch`]: one transaction for the whole batch.
pub fn enqueue_signed(
    writer: &Writer,
    signed: Vec<Signed>,
    now_ms: i64,
) -> otactl_store::Result<Dispatched> {
    enqueue_signed_with(writer, signed, now_ms, &Enqueue::default())
}

/// How [`enqueue_signed_with`] writes a batch.
#[derive(Debug, Clone, Default)]
pub struct Enqueue {
    /// The commands are retries: each job opens a new attempt (`JobEvent::Retry`)
    /// instead of leaving `pending`.
    pub retry: bool,
    /// Write nothing unless this rollout is still in one of these states when the
    /// transaction runs (an operator's `pause` in another terminal wins).
    pub rollout_in: Option<(String, Vec<otactl_store::RolloutState>)>,
}

/// [`enqueue_signed`] for retries or guarded by the rollout's state.
pub fn enqueue_signed_with(
    writer: &Writer,
    signed: Vec<Signed>,
    now_ms: i64,
    how: &Enqueue,
) -> otactl_store::Result<Dispatched> {
    let out = Arc::new(Mutex::new(Dispatched::default()));
    let o = out.clone();
    let how = how.clone();
    writer.apply_blocking(WriteOp::Custom(Box::new(move |conn| {
        let mut d = Dispatched::default();
        if let Some((id, states)) = &how.rollout_in {
            let state = otactl_store::rollouts::get(conn, id)?.map(|r| r.state);
            if !state.is_some_and(|s| states.contains(&s)) {
                d.refused = signed
                    .iter()
                    .map(|s| (s.job_id.clone(), "rollout_not_running".to_string()))
                    .collect();
                if let Ok(mut g) = o.lock() {
                    *g = d;
                }
                return Ok(OpResult::Done);
            }
        }
        // By reference: a batch the writer retries runs this again.
        for s in &signed {
            let ev = if how.retry {
                JobEvent::Retry {
                    command_id: s.command_id.clone(),
                }
            } else {
                JobEvent::Enqueue {
                    command_id: s.command_id.clone(),
                }
            };
            match jobs::apply_event(conn, &s.job_id, &ev, now_ms) {
                Ok(Applied::Changed { .. }) => {
                    outbox::enqueue(
                        conn,
                        &s.topic,
                        s.payload.as_bytes(),
                        Some(&s.job_id),
                        Some(&s.command_id),
                        now_ms,
                    )?;
                    d.enqueued.push((s.job_id.clone(), s.command_id.clone()));
                }
                Ok(Applied::Refused(r)) => d.refused.push((s.job_id.clone(), r.code())),
                Err(otactl_store::StoreError::NotFound { .. }) => d.refused.push((
                    s.job_id.clone(),
                    otactl_store::RefusalCode::UnknownJob.code(),
                )),
                Err(e) => return Err(e),
            }
        }
        if let Ok(mut g) = o.lock() {
            *g = d;
        }
        Ok(OpResult::Done)
    })))?;
    let d = out.lock().map(|g| g.clone()).unwrap_or_default();
    Ok(d)
}
