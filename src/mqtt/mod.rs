//! The MQTT side of otactl: one task owns the rumqttc event loop ([`owner`]); the
//! outbox publisher ([`publisher`]) and the status ingest ([`ingest`]) talk to it over
//! channels and to the store through its one writer. [`dispatch`] turns jobs into
//! signed commands in the outbox; [`broker`] is the embedded broker.

#[cfg(feature = "embedded-broker")]
pub mod broker;
pub mod dispatch;
mod error;
pub mod ingest;
pub mod options;
mod owner;
pub mod publisher;

pub use error::MqttError;
use error::Result;
pub use options::ConnectConfig;
pub use owner::backoff_delay;

use crate::metrics::Metrics;
use bytes::Bytes;
use otactl_store::writer::{WriteOp, Writer};
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{Notify, Semaphore, mpsc, watch};

/// An outbox row on its way to the broker.
#[derive(Debug, Clone)]
pub struct OutRow {
    pub id: i64,
    pub topic: String,
    pub payload: Bytes,
    pub job_id: Option<String>,
    pub command_id: Option<String>,
    pub tries: u32,
}

/// Store work that follows a publish outcome, done by the outbox-ack thread.
#[derive(Debug)]
pub(crate) enum AckWork {
    /// PUBACK received: mark the row sent and the job `Published`, in one batch.
    Sent(OutRow),
    /// A transient failure: count the try and keep the row pending.
    Retry { id: i64, error: String },
    /// A permanent failure or too many tries: dead-letter the row and its job.
    Dead { row: OutRow, reason: String },
}

/// The connection as the owner last saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConnState {
    Connecting,
    Connected,
    Down(String),
    Closed,
}

/// Counters for tests and benchmarks (the metrics hold the same, labelled).
#[derive(Debug, Default)]
pub struct Counters {
    pub sent: AtomicU64,
    pub dead_out: AtomicU64,
    pub retries: AtomicU64,
    pub ingested: AtomicU64,
    pub dead_in: AtomicU64,
    /// The most device messages ever received and not yet acknowledged at once.
    pub max_unacked: AtomicU64,
    /// When the last device message was received (`now_ms`; 0: none yet).
    pub last_received_ms: AtomicI64,
    /// When each job's command was acknowledged, until its final status (for the
    /// update-duration histogram).
    pub sent_at: Mutex<std::collections::HashMap<String, i64>>,
}

impl Counters {
    /// The most jobs tracked for the update-duration histogram.
    const SENT_AT_CAP: usize = 1_000_000;

    pub(crate) fn mark_sent(&self, jobs: Vec<String>, now: i64) {
        if let Ok(mut m) = self.sent_at.lock() {
            if m.len() + jobs.len() > Self::SENT_AT_CAP {
                m.clear();
            }
            m.extend(jobs.into_iter().map(|j| (j, now)));
        }
    }

    /// How long since the job's command was acknowledged, once.
    pub(crate) fn take_sent(&self, job: &str, now: i64) -> Option<f64> {
        let t = self.sent_at.lock().ok()?.remove(job)?;
        Some((now - t).max(0) as f64 / 1000.0)
    }

    pub fn get(c: &AtomicU64) -> u64 {
        c.load(Ordering::Relaxed)
    }
}

/// Flow control of the publisher: `broker` bounds publishes awaiting their PUBACK
/// (returned by the owner on PUBACK), `uncommitted` bounds acknowledged rows whose
/// store update is not committed yet (returned by the outbox-ack thread), so a slow
/// commit never stalls the broker window and a slow store still bounds memory.
#[derive(Debug)]
pub(crate) struct Window {
    pub broker: Semaphore,
    /// The permits `broker` starts with: all of them free means no publish is
    /// outstanding.
    pub broker_total: u32,
    /// Signalled by the publisher when it waits for a `broker` permit.
    pub wanted: Notify,
    pub uncommitted: Semaphore,
}

impl Window {
    /// Gives back both permits of rows that will not be acknowledged.
    pub fn release_both(&self, n: usize) {
        self.broker.add_permits(n);
        self.uncommitted.add_permits(n);
    }
}

/// Tuning of the link.
#[derive(Debug, Clone)]
pub struct LinkOptions {
    /// Publish at most this many commands per second (None: as fast as acks allow).
    pub max_rate: Option<u32>,
    /// Tries before a row is dead-lettered.
    pub max_tries: u32,
    pub retry_backoff: (Duration, Duration),
    pub reconnect_backoff: (Duration, Duration),
    /// Drain the outbox.
    pub publish: bool,
    /// Subscribe to and ingest device messages.
    pub ingest: bool,
}

impl Default for LinkOptions {
    fn default() -> Self {
        LinkOptions {
            max_rate: None,
            max_tries: 10,
            retry_backoff: (Duration::from_millis(200), Duration::from_secs(30)),
            reconnect_backoff: (Duration::from_millis(100), Duration::from_secs(10)),
            publish: true,
            ingest: true,
        }
    }
}

/// A running connection with its publisher and ingest.
pub struct Link {
    pub client: rumqttc::AsyncClient,
    pub metrics: Arc<Metrics>,
    pub counters: Arc<Counters>,
    pub endpoint: String,
    wake: Arc<Notify>,
    state: watch::Receiver<ConnState>,
    shutdown: watch::Sender<bool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl Link {
    /// Connects (in the background) and starts the owner, publisher and ingest. Call
    /// inside a multi-threaded tokio runtime.
    pub fn start(
        cfg: &ConnectConfig,
        opts: LinkOptions,
        store: PathBuf,
        writer: Arc<Writer>,
        metrics: Arc<Metrics>,
    ) -> Result<Link> {
        let mqtt = cfg.mqtt_options()?;
        let (client, el) = rumqttc::AsyncClient::new(mqtt, 1024);
        let counters = Arc::new(Counters::default());
        let fifo = Arc::new(Mutex::new(VecDeque::new()));
        let (state_tx, state_rx) = watch::channel(ConnState::Connecting);
        let (shutdown_tx, shutdown_rx) = watch::channel(false);
        let (dropped_tx, dropped_rx) = mpsc::unbounded_channel();
        let broker_window = u32::from(cfg.inflight) * 2 + 64;
        let window = Arc::new(Window {
            broker: Semaphore::new(broker_window as usize),
            broker_total: broker_window,
            wanted: Notify::new(),
            uncommitted: Semaphore::new(32_768),
        });
        let wake = Arc::new(Notify::new());
        let (acks_tx, acks_rx) = std::sync::mpsc::channel();
        let mut threads = Vec::new();
        let mut tasks = Vec::new();

        threads.push(publisher::spawn_ack_thread(
            acks_rx,
            writer.clone(),
            window.clone(),
            metrics.clone(),
            counters.clone(),
        )?);
        let (to_ack_tx, to_ack_rx) = mpsc::unbounded_channel();
        let ingest_tx = if opts.ingest {
            let (tx, rx) = mpsc::channel(owner::UNACKED);
            let (ack_tx, ack_rx) = mpsc::unbounded_channel();
            threads.push(ingest::spawn(
                ingest::Ingest {
                    prefix: cfg.prefix.clone(),
                    writer: writer.clone(),
                    metrics: metrics.clone(),
                    counters: counters.clone(),
                    acks: ack_tx,
                },
                rx,
            )?);
            tasks.push(tokio::spawn(ingest::acker(
                to_ack_tx,
                ack_rx,
                writer.clone(),
                metrics.clone(),
                counters.clone(),
            )));
            Some((tx, Arc::new(Semaphore::new(owner::UNACKED))))
        } else {
            None
        };
        if opts.publish {
            let p = publisher::Publisher {
                client: client.clone(),
                fifo: fifo.clone(),
                store,
                window: window.clone(),
                acks: acks_tx.clone(),
                dropped: dropped_rx,
                wake: wake.clone(),
                max_packet_size: cfg.max_packet_size as usize,
                opts: opts.clone(),
                metrics: metrics.clone(),
                counters: counters.clone(),
                shutdown: shutdown_rx.clone(),
            };
            tasks.push(tokio::spawn(p.run()));
        }
        let owner = owner::Owner {
            client: client.clone(),
            fifo,
            acks: acks_tx,
            window,
            dropped: dropped_tx,
            ingest: ingest_tx,
            to_ack: to_ack_rx,
            filters: if opts.ingest {
                crate::domain::protocol::ingest_filters(&cfg.prefix).to_vec()
            } else {
                Vec::new()
            },
            state: state_tx,
            metrics: metrics.clone(),
            counters: counters.clone(),
            connection: 0,
            backoff: opts.reconnect_backoff,
            shutdown: shutdown_rx,
            client_id: cfg.client_id.clone(),
        };
        tasks.push(tokio::spawn(owner.run(el)));
        Ok(Link {
            client,
            metrics,
            counters,
            endpoint: cfg.endpoint(),
            wake,
            state: state_rx,
            shutdown: shutdown_tx,
            tasks,
            threads,
        })
    }

    /// Waits for the first CONNACK; an unreachable broker is a REMOTE error.
    pub async fn wait_connected(&self, timeout: Duration) -> Result<()> {
        let mut st = self.state.clone();
        let r = tokio::time::timeout(timeout, st.wait_for(|s| *s == ConnState::Connected)).await;
        match r {
            Ok(Ok(_)) => Ok(()),
            _ => {
                let why = match &*self.state.borrow() {
                    ConnState::Down(e) => e.clone(),
                    _ => "no answer".into(),
                };
                Err(MqttError::Unreachable {
                    endpoint: self.endpoint.clone(),
                    why,
                })
            }
        }
    }

    pub fn state(&self) -> ConnState {
        self.state.borrow().clone()
    }

    /// Whether ingest has taken in what the broker held: connected, nothing waiting
    /// for its commit, and no device message for `quiet` (counted from `since_ms` if
    /// none came since). The engine holds its timeouts until then after it starts or
    /// was stopped, so a `done` waiting at the broker is never beaten by a timeout.
    pub fn ingest_settled(&self, since_ms: i64, quiet: Duration) -> bool {
        let last = self.counters.last_received_ms.load(Ordering::Relaxed);
        *self.state.borrow() == ConnState::Connected
            && self.metrics.ingest_unacked.get() == 0
            && otactl_store::now_ms() - last.max(since_ms) >= quiet.as_millis() as i64
    }

    /// Tells the publisher new rows are in the outbox.
    pub fn wake_publisher(&self) {
        self.wake.notify_one();
    }

    /// What [`Link::wake_publisher`] uses, for a thread that outlives a borrow.
    pub fn wake_handle(&self) -> Arc<Notify> {
        self.wake.clone()
    }

    /// Stops the tasks and threads; what was committed stays committed.
    pub async fn shutdown(mut self) {
        // First let the acknowledgements of what was received go out (bounded): a
        // message whose PUBACK is lost at exit is delivered again and deduplicated, but
        // a clean stop leaves nothing behind at the broker.
        let deadline = tokio::time::Instant::now() + SHUTDOWN_DRAIN;
        while self.metrics.ingest_unacked.get() > 0
            && *self.state.borrow() == ConnState::Connected
            && tokio::time::Instant::now() < deadline
        {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let _ = self.client.try_disconnect();
        let _ = self.shutdown.send(true);
        for t in self.tasks.drain(..) {
            t.abort();
            let _ = t.await;
        }
        // The threads end when their channels close (the tasks above held them).
        for t in self.threads.drain(..) {
            let _ = tokio::task::spawn_blocking(move || t.join()).await;
        }
    }
}

/// How long [`Link::shutdown`] waits for the acknowledgements of received messages.
const SHUTDOWN_DRAIN: Duration = Duration::from_secs(5);

/// Submits `op` without blocking the async runtime.
pub(crate) fn submit_detached(
    writer: &Arc<Writer>,
    op: WriteOp,
    done: Option<otactl_store::writer::Callback>,
) {
    let w = writer.clone();
    tokio::task::spawn_blocking(move || {
        let _ = w.submit(op, done);
    });
}
