//! The outbox publisher: drains pending rows in id order at a bounded rate, publishes
//! them QoS 1 through the client, and leaves the store work of each outcome (sent on
//! PUBACK, retry, dead letter) to the outbox-ack thread, which batches it per commit.

use super::{AckWork, Counters, LinkOptions, OutRow, Window, backoff_delay};
use crate::domain::protocol::is_publish_topic;
use crate::metrics::Metrics;
use otactl_store::dead::NewDeadLetter;
use otactl_store::writer::{OpError, OpResult, WriteOp, Writer};
use otactl_store::{JobEvent, StoreError, jobs, now_ms, outbox};
use rumqttc::{AsyncClient, QoS};
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use std::sync::mpsc::Receiver;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{Notify, mpsc, watch};
use tokio::time::Instant;

/// Rows read from the outbox per query.
const FETCH: u32 = 2048;

pub(super) struct Publisher {
    pub client: AsyncClient,
    pub fifo: Arc<Mutex<VecDeque<OutRow>>>,
    pub store: PathBuf,
    pub window: Arc<Window>,
    pub acks: std::sync::mpsc::Sender<AckWork>,
    pub dropped: mpsc::UnboundedReceiver<(Vec<OutRow>, String)>,
    pub wake: Arc<Notify>,
    pub max_packet_size: usize,
    pub opts: LinkOptions,
    pub metrics: Arc<Metrics>,
    pub counters: Arc<super::Counters>,
    pub shutdown: watch::Receiver<bool>,
}

/// Why a row can never be published (dead-lettered at once), if it cannot.
pub fn permanent_error(row: &OutRow, max_packet_size: usize) -> Option<&'static str> {
    if !is_publish_topic(&row.topic) {
        return Some("invalid_topic");
    }
    // Fixed header (up to 5) + topic length (2) + topic + packet id (2) + payload.
    if row.payload.len() + row.topic.len() + 9 > max_packet_size {
        return Some("payload_too_large");
    }
    None
}

impl Publisher {
    pub async fn run(mut self) {
        let reader = match otactl_store::open_read_only(&self.store) {
            Ok(c) => Arc::new(Mutex::new(c)),
            Err(_) => return,
        };
        let mut cursor: i64 = 0;
        let mut retry: VecDeque<(Instant, OutRow)> = VecDeque::new();
        let mut rate_next = Instant::now();
        let mut backlog_at = Instant::now();
        loop {
            if *self.shutdown.borrow() {
                return;
            }
            if backlog_at.elapsed() >= Duration::from_secs(1) {
                backlog_at = Instant::now();
                let (r, m) = (reader.clone(), self.metrics.clone());
                tokio::task::spawn_blocking(move || {
                    if let Ok(c) = r.lock()
                        && let Ok(n) = outbox::backlog(&c)
                    {
                        m.outbox_backlog.set(n as i64);
                    }
                });
            }
            while let Ok((rows, err)) = self.dropped.try_recv() {
                for mut row in rows {
                    row.tries += 1;
                    if row.tries >= self.opts.max_tries {
                        let reason = format!("retries_exhausted: {err}");
                        let _ = self.acks.send(AckWork::Dead { row, reason });
                    } else {
                        let _ = self.acks.send(AckWork::Retry {
                            id: row.id,
                            error: err.clone(),
                        });
                        self.counters.retries.fetch_add(1, Ordering::Relaxed);
                        let (b, m) = self.opts.retry_backoff;
                        retry.push_back((Instant::now() + backoff_delay(b, m, row.tries - 1), row));
                    }
                }
            }
            let now = Instant::now();
            let mut batch: Vec<OutRow> = Vec::new();
            while retry.front().is_some_and(|(t, _)| *t <= now) {
                batch.extend(retry.pop_front().map(|(_, r)| r));
            }
            if batch.is_empty() {
                let r = reader.clone();
                let after = cursor;
                let rows = tokio::task::spawn_blocking(move || {
                    let c = r.lock().map_err(|_| StoreError::WriterGone)?;
                    outbox::due(&c, now_ms(), after, FETCH)
                })
                .await;
                if let Ok(Ok(rows)) = rows {
                    if let Some(last) = rows.last() {
                        cursor = last.id;
                    }
                    batch = rows
                        .into_iter()
                        .map(|r| OutRow {
                            id: r.id,
                            topic: r.topic,
                            payload: r.payload.into(),
                            job_id: r.job_id,
                            command_id: r.command_id,
                            tries: r.tries,
                        })
                        .collect();
                }
            }
            if batch.is_empty() {
                let next_retry = retry.front().map(|(t, _)| *t);
                let sleep = next_retry
                    .map(|t| t.saturating_duration_since(Instant::now()))
                    .unwrap_or(Duration::from_millis(500))
                    .min(Duration::from_millis(500));
                tokio::select! {
                    _ = self.wake.notified() => {}
                    _ = tokio::time::sleep(sleep) => {}
                    _ = self.shutdown.changed() => return,
                }
                continue;
            }
            for row in batch {
                if let Some(reason) = permanent_error(&row, self.max_packet_size) {
                    self.metrics.publish_error(reason);
                    let _ = self.acks.send(AckWork::Dead {
                        row,
                        reason: reason.to_string(),
                    });
                    continue;
                }
                let a = match self.window.broker.try_acquire() {
                    Ok(a) => Ok(a),
                    Err(_) => {
                        // The owner may hold every permit while it waits for device
                        // messages: tell it a publish is waiting.
                        self.window.wanted.notify_one();
                        self.window.broker.acquire().await
                    }
                };
                let (Ok(a), Ok(b)) = (a, self.window.uncommitted.acquire().await) else {
                    return;
                };
                a.forget();
                b.forget();
                if let Some(rate) = self.opts.max_rate.filter(|r| *r > 0) {
                    rate_next += Duration::from_secs(1) / rate;
                    let now = Instant::now();
                    if rate_next > now {
                        tokio::time::sleep_until(rate_next).await;
                    } else {
                        rate_next = now;
                    }
                }
                let (topic, payload) = (row.topic.clone(), row.payload.clone());
                // The FIFO entry goes in before the request: the owner pairs packet ids
                // with rows in request order.
                if let Ok(mut f) = self.fifo.lock() {
                    f.push_back(row);
                }
                if let Err(e) = self
                    .client
                    .publish_bytes(topic, QoS::AtLeastOnce, false, payload)
                    .await
                {
                    // Never reached the event loop: take our entry back (we are the
                    // only producer, so it is the last one).
                    let back = self.fifo.lock().ok().and_then(|mut f| f.pop_back());
                    self.window.release_both(1);
                    self.metrics.publish_error("client");
                    if let Some(row) = back {
                        let _ = self.acks.send(AckWork::Dead {
                            row,
                            reason: format!("client_refused: {e}"),
                        });
                    }
                }
            }
        }
    }
}

/// The thread that records publish outcomes: it takes all waiting work and commits it
/// as one writer op, then returns the permits of the sent rows and counts. (A dead
/// row holds no permit: it was never published, or its permit came back on the drop.)
pub(super) fn spawn_ack_thread(
    rx: Receiver<AckWork>,
    writer: Arc<Writer>,
    window: Arc<Window>,
    metrics: Arc<Metrics>,
    counters: Arc<Counters>,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name("otactl-outbox-acks".into())
        .spawn(move || {
            while let Ok(first) = rx.recv() {
                let mut work = vec![first];
                while work.len() < 8192 {
                    match rx.try_recv() {
                        Ok(w) => work.push(w),
                        Err(_) => break,
                    }
                }
                let sent_jobs: Vec<String> = work
                    .iter()
                    .filter_map(|w| match w {
                        AckWork::Sent(r) => Some(r.job_id.clone().unwrap_or_default()),
                        _ => None,
                    })
                    .collect();
                let sent = sent_jobs.len();
                let dead: Vec<String> = work
                    .iter()
                    .filter_map(|w| match w {
                        AckWork::Dead { reason, .. } => Some(reason_code(reason).to_string()),
                        _ => None,
                    })
                    .collect();
                let (p, m, c) = (window.clone(), metrics.clone(), counters.clone());
                let op = WriteOp::Custom(Box::new(move |conn| {
                    let now = now_ms();
                    // By reference: a batch the writer retries runs this again.
                    for w in &work {
                        record(conn, w, now)?;
                    }
                    Ok(OpResult::Done)
                }));
                let done = Box::new(move |r: Result<OpResult, OpError>| {
                    if r.is_ok() {
                        p.uncommitted.add_permits(sent);
                        m.commands_published.inc_by(sent as u64);
                        c.sent.fetch_add(sent as u64, Ordering::Relaxed);
                        c.mark_sent(sent_jobs, now_ms());
                        c.dead_out.fetch_add(dead.len() as u64, Ordering::Relaxed);
                        for d in &dead {
                            m.dead(d);
                        }
                    }
                });
                if writer.submit(op, Some(done)).is_err() {
                    return;
                }
            }
        })
}

fn reason_code(reason: &str) -> &str {
    reason.split(':').next().unwrap_or(reason)
}

fn record(conn: &otactl_store::Connection, w: &AckWork, now: i64) -> otactl_store::Result<()> {
    match w {
        AckWork::Sent(row) => {
            if outbox::mark_sent(conn, row.id, now)?
                && let (Some(job), Some(cmd)) = (&row.job_id, &row.command_id)
            {
                let ev = JobEvent::Published {
                    command_id: cmd.clone(),
                };
                ignore_missing(jobs::apply_event(conn, job, &ev, now))?;
            }
        }
        AckWork::Retry { id, error } => outbox::mark_retry(conn, *id, now, error)?,
        AckWork::Dead { row, reason } => {
            outbox::mark_dead(conn, row.id, reason)?;
            otactl_store::dead::insert(
                conn,
                &NewDeadLetter {
                    source: "outbox",
                    topic: Some(row.topic.clone()),
                    payload: Some(row.payload.to_vec()),
                    reason: reason_code(reason).to_string(),
                    detail: Some(reason.clone()),
                    now_ms: now,
                },
            )?;
            if let Some(job) = &row.job_id {
                let ev = JobEvent::Undeliverable {
                    reason: reason.clone(),
                };
                ignore_missing(jobs::apply_event(conn, job, &ev, now))?;
            }
        }
    }
    Ok(())
}

fn ignore_missing<T>(r: otactl_store::Result<T>) -> otactl_store::Result<()> {
    match r {
        Ok(_) | Err(StoreError::NotFound { .. }) => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(topic: &str, n: usize) -> OutRow {
        OutRow {
            id: 1,
            topic: topic.into(),
            payload: vec![b'x'; n].into(),
            job_id: None,
            command_id: None,
            tries: 0,
        }
    }

    #[test]
    fn permanent_errors_are_caught_before_publishing() {
        assert_eq!(
            permanent_error(&row("fleet/a/update/command", 10), 1024),
            None
        );
        assert_eq!(
            permanent_error(&row("fleet/+/x", 10), 1024),
            Some("invalid_topic")
        );
        assert_eq!(
            permanent_error(&row("fleet/a/update/command", 1024), 1024),
            Some("payload_too_large")
        );
        assert_eq!(reason_code("retries_exhausted: io"), "retries_exhausted");
    }
}
