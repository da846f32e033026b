//! The running loop behind `otactl run`, `rollout run`, `device update`, `serve
//! --engine`, `tui --engine` and the demo: one engine per store (a file lock), the MQTT
//! link (outbox publisher and status ingest) in a tokio runtime, and a tick that reads
//! each rollout's view, asks the pure domain layer what to do, and writes through the
//! one store writer. It starts from one [`Setup`] and tells its caller what it does
//! through a [`Reporter`]; it knows nothing of the command line. Killed at any moment,
//! it resumes from the store: every decision is re-made from committed state.

mod error;
mod tick;
pub mod urls;

pub use error::{EngineError, Result};

pub use tick::{Event, retry_where};

use crate::config::MqttSettings;
use crate::keyring::Password;
use crate::metrics::Metrics;
use crate::mqtt::{ConnState, ConnectConfig, Link, LinkOptions};
use crate::signing::minisign::SecretKey;
use otactl_store::Connection;
use otactl_store::rollouts;
use otactl_store::writer::{HealthState, Writer, WriterOptions};
use serde::Serialize;
use std::fs::File;
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use urls::{UrlSource, Urls};

/// What an engine starts from, built once by the command that runs it: the store, the
/// signing key (loaded once the engine holds the store's lock), the broker, and where
/// devices download firmware from.
#[derive(Debug, Clone)]
pub struct Setup {
    pub store: PathBuf,
    /// The signing key [default: the keyring's default key].
    pub key: Option<PathBuf>,
    pub password: Password,
    pub mqtt: MqttSettings,
    /// How artifact URLs are made (S3 presigning, a local artifact server, or none).
    pub urls: Option<UrlSource>,
}

/// What the engine tells whoever runs it.
#[derive(Debug)]
pub enum Report<'a> {
    /// A line for the operator: where it runs, where its metrics are.
    Note(String),
    /// Something the engine did.
    Event(&'a Event),
}

/// Where an engine's reports go. An error (e.g. a closed stdout) stops the engine.
pub type Reporter<'r> = &'r mut dyn FnMut(Report<'_>) -> std::io::Result<()>;

/// Opens (creating and migrating if needed) the store at `path`, naming it in errors.
pub fn open_store(path: &Path) -> Result<Connection> {
    otactl_store::open(path).map_err(|source| EngineError::OpenStore {
        path: path.to_path_buf(),
        source,
    })
}

/// The calendar the engine reads schedules and maintenance windows from: the real
/// one, or a simulated one (a start instant and a speed) for tests and rehearsals.
/// Timeouts always run on the real clock, like the times the store records.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    real_start_ms: i64,
    calendar_start_ms: i64,
    speed: f64,
}

impl Clock {
    pub fn real() -> Clock {
        Clock {
            real_start_ms: 0,
            calendar_start_ms: 0,
            speed: 1.0,
        }
    }

    /// Parses `RFC3339[xSPEED]`, e.g. `2026-11-23T01:59:00Z` or `2026-11-23T01:59:00Zx60`.
    pub fn parse(s: &str, now_ms: i64) -> Result<Clock, String> {
        let (t, speed) = match s.rsplit_once('x') {
            Some((t, sp))
                if !sp.is_empty() && sp.chars().all(|c| c.is_ascii_digit() || c == '.') =>
            {
                let v: f64 = sp.parse().map_err(|_| format!("invalid speed '{sp}'"))?;
                (t, v)
            }
            _ => (s, 1.0),
        };
        if !(speed > 0.0 && speed <= 100_000.0) {
            return Err(format!("speed {speed} out of range (0, 100000]"));
        }
        let start = crate::domain::duration::parse_rfc3339_ms(t).ok_or_else(|| {
            format!("invalid time '{t}': use RFC 3339, e.g. 2026-11-23T01:59:00Z")
        })?;
        Ok(Clock {
            real_start_ms: now_ms,
            calendar_start_ms: start,
            speed,
        })
    }

    pub fn calendar_ms(&self, now_ms: i64) -> i64 {
        if self.calendar_start_ms == 0 {
            return now_ms;
        }
        self.calendar_start_ms + ((now_ms - self.real_start_ms) as f64 * self.speed) as i64
    }
}

/// The engine's state between ticks.
pub struct Engine {
    pub(crate) read: Connection,
    pub(crate) writer: Arc<Writer>,
    pub(crate) key: SecretKey,
    pub(crate) prefix: String,
    pub(crate) urls: Urls,
    pub(crate) wake: Box<dyn Fn() + Send>,
    pub(crate) clock: Clock,
    /// Jobs per dispatch transaction.
    pub(crate) chunk: u64,
    /// No device is timed out meanwhile: the engine has just started, or was stopped
    /// or suspended, and ingests what the broker holds first.
    pub(crate) hold_timeouts: bool,
    ticks: u64,
    pub dispatched: u64,
    pub retried: u64,
    pub timed_out: u64,
}

impl Engine {
    pub fn new(
        store: &Path,
        writer: Arc<Writer>,
        key: SecretKey,
        prefix: &str,
        urls: Urls,
        clock: Clock,
    ) -> Result<Engine> {
        Ok(Engine {
            read: otactl_store::open_reader(store)?,
            writer,
            key,
            prefix: prefix.to_string(),
            urls,
            wake: Box::new(|| {}),
            clock,
            chunk: 5000,
            hold_timeouts: false,
            ticks: 0,
            dispatched: 0,
            retried: 0,
            timed_out: 0,
        })
    }

    /// An engine without a broker, for `rollout retry-failed`: what it writes to the
    /// outbox, the running engine sends. [`Engine::close`] it when done.
    pub fn offline(setup: &Setup) -> Result<Engine> {
        let key = crate::keyring::signing_key(setup.key.as_deref(), &setup.password)?;
        let prefix = ConnectConfig::from_settings(&setup.mqtt)?.prefix;
        let writer = Arc::new(Writer::spawn(&setup.store, WriterOptions::default())?);
        let urls = Urls::new(setup.urls.clone(), Duration::from_secs(24 * 3600));
        Engine::new(&setup.store, writer, key, &prefix, urls, Clock::real())
    }

    /// Waits for what this engine wrote to be committed, and stops its writer.
    pub fn close(self) {
        if let Ok(w) = Arc::try_unwrap(self.writer) {
            w.shutdown();
        }
    }

    /// Called after commands were written to the outbox.
    pub fn on_enqueued(&mut self, wake: impl Fn() + Send + 'static) {
        self.wake = Box::new(wake);
    }

    pub(crate) fn write(
        &self,
        f: impl FnMut(&Connection) -> otactl_store::Result<()> + Send + 'static,
    ) -> Result<()> {
        tick::write_op(&self.writer, f)
    }

    /// One pass over the rollouts to drive (`only` one, or all that need it).
    pub fn tick(&mut self, only: Option<&str>, now_ms: i64) -> Result<Vec<Event>> {
        // Ended rollouts are looked at now and then, for their in-flight timeouts.
        let with_ended = self.ticks.is_multiple_of(20);
        self.ticks += 1;
        let ids = match only {
            Some(id) => vec![id.to_string()],
            None => otactl_store::execution::to_tick(&self.read, with_ended)?,
        };
        let mut events = Vec::new();
        for id in ids {
            match tick::tick_rollout(self, &id, now_ms) {
                Ok(ev) => events.extend(ev),
                // One rollout's trouble (its image has no URL, the bucket refused to
                // presign it) pauses that rollout, with the reason; the others go on.
                Err(e) if e.is_rollout_local() => {
                    events.extend(tick::pause_for_error(self, &id, &e, now_ms)?);
                }
                Err(e) => return Err(e),
            }
        }
        Ok(events)
    }
}

/// The MQTT client id of an engine whose settings name none: one per store, so two
/// stores on one broker never take each other's session (and statuses).
pub fn default_client_id(store: &Connection) -> Result<String> {
    Ok(format!("otactl-{}", otactl_store::db::store_id(store)?))
}

/// Held while an engine runs on a store; a second engine is refused.
pub struct EngineLock {
    _file: File,
}

/// The store's engine lock file: `STORE.engine.lock` beside the store's canonical
/// path, so a symlink or another spelling of the path finds the same lock.
pub fn lock_path(store: &Path) -> PathBuf {
    let store = std::fs::canonicalize(store).unwrap_or_else(|_| store.to_path_buf());
    let mut path = store.into_os_string();
    path.push(".engine.lock");
    PathBuf::from(path)
}

/// Takes the store's engine lock ([`lock_path`]), or says who holds it.
pub fn lock(store: &Path) -> Result<EngineLock> {
    let path = lock_path(store);
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(&path)
        .map_err(|source| EngineError::LockFile {
            path: path.clone(),
            source,
        })?;
    match file.try_lock() {
        Ok(()) => {
            let _ = file.set_len(0);
            let _ = writeln!(file, "{}", std::process::id());
            Ok(EngineLock { _file: file })
        }
        Err(std::fs::TryLockError::WouldBlock) => {
            let holder = std::fs::read_to_string(&path).unwrap_or_default();
            Err(EngineError::AlreadyRunning {
                pid: holder.trim().chars().take(12).collect(),
            })
        }
        Err(std::fs::TryLockError::Error(source)) => Err(EngineError::Lock { path, source }),
    }
}

/// Whether an engine holds the store's lock now (the lock is not kept).
pub fn is_running(store: &Path) -> bool {
    matches!(lock(store), Err(EngineError::AlreadyRunning { .. }))
}

/// How to run the engine.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Drive only this rollout, and stop when it ends.
    pub only: Option<String>,
    /// Stop when no rollout is active any more.
    pub until_done: bool,
    pub tick: Duration,
    pub clock: Clock,
    pub metrics_addr: Option<SocketAddr>,
    /// Jobs per dispatch transaction.
    pub chunk: u64,
    /// Stop after this long (tests, rehearsals).
    pub max_duration: Option<Duration>,
    /// Told once the engine is connected and about to tick (`tui --engine`).
    pub ready: Option<std::sync::mpsc::Sender<()>>,
}

/// How a run ended.
#[derive(Debug, Clone, Serialize)]
pub struct RunSummary {
    pub rollout: Option<String>,
    pub state: Option<otactl_store::RolloutState>,
    pub reason: Option<String>,
    pub dispatched: u64,
    pub retried: u64,
    pub timed_out: u64,
    pub seconds: f64,
}

/// Runs the engine until told to stop (Ctrl-C, SIGTERM, `stop`), the rollout ends
/// (`only`), or no rollout is active (`until_done`).
pub fn run(
    setup: &Setup,
    o: &RunOptions,
    stop: Arc<AtomicBool>,
    report: Reporter<'_>,
) -> Result<RunSummary> {
    let store = setup.store.clone();
    // Creates and migrates the store before anything else opens it.
    drop(open_store(&store)?);
    let _lock = lock(&store)?;
    if let Some(id) = &o.only {
        let conn = open_store(&store)?;
        if rollouts::get(&conn, id)?.is_none() {
            return Err(EngineError::NoRollout(id.clone()));
        }
    }
    let key = crate::keyring::signing_key(setup.key.as_deref(), &setup.password)?;
    let mut cfg = ConnectConfig::from_settings(&setup.mqtt)?;
    if setup.mqtt.client_id.value.is_none() {
        cfg.client_id = default_client_id(&open_store(&store)?)?;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let writer = Arc::new(Writer::spawn(&store, WriterOptions::default())?);
    let metrics = Metrics::new();
    let link = rt.block_on(async {
        if let Some(addr) = o.metrics_addr {
            let bound = crate::metrics::serve(addr, metrics.clone())
                .await
                .map_err(|source| EngineError::Metrics { addr, source })?;
            report(Report::Note(format!("metrics on http://{bound}/metrics")))?;
        }
        let link = Link::start(
            &cfg,
            LinkOptions::default(),
            store.clone(),
            writer.clone(),
            metrics.clone(),
        )?;
        link.wait_connected(Duration::from_secs(10)).await?;
        Ok::<_, EngineError>(link)
    })?;
    {
        let s = stop.clone();
        rt.spawn(async move {
            wait_for_signal().await;
            s.store(true, Ordering::SeqCst);
        });
    }
    // Whether the store was said to be unavailable (and its recovery not said yet).
    let said_unavailable = Arc::new(AtomicBool::new(false));
    rt.spawn(watch_store(
        Arc::downgrade(&writer),
        link.metrics.clone(),
        said_unavailable.clone(),
    ));
    report(Report::Note(format!(
        "engine running on {} ({}); Ctrl-C stops it, a restart resumes",
        store.display(),
        link.endpoint
    )))?;
    let ttl = Duration::from_secs(24 * 3600);
    let urls = Urls::new(setup.urls.clone(), ttl);
    let mut engine = Engine::new(&store, writer.clone(), key, &cfg.prefix, urls, o.clock)?;
    engine.chunk = o.chunk;
    let wake = link.wake_handle();
    engine.on_enqueued(move || wake.notify_one());
    if let Some(r) = &o.ready {
        let _ = r.send(());
    }

    let started = Instant::now();
    let settled = |since_ms| link.ingest_settled(since_ms, SETTLE_QUIET);
    let watch = Watch {
        link: &link,
        metrics: &metrics,
    };
    let outcome = drive(o, &mut engine, &stop, started, &settled, report, &watch);
    let summary = RunSummary {
        rollout: o.only.clone(),
        state: None,
        reason: None,
        dispatched: engine.dispatched,
        retried: engine.retried,
        timed_out: engine.timed_out,
        seconds: started.elapsed().as_secs_f64(),
    };
    drop(engine);
    // A recovery in the watcher's last 250 ms (the rollout may end at once) is said too.
    say_if_recovered(&writer, &link.metrics, &said_unavailable);
    rt.block_on(async {
        // Let the publisher hand what is queued to the broker before leaving.
        tokio::time::sleep(Duration::from_millis(200)).await;
        link.shutdown().await
    });
    if let Ok(w) = Arc::try_unwrap(writer) {
        w.shutdown();
    }
    let (state, reason) = outcome?;
    Ok(RunSummary {
        state,
        reason,
        ..summary
    })
}

/// An engine on threads of its own (`tui --engine`, the demo): stopped and joined on
/// drop, so leaving stops it (a restart resumes from the store).
pub struct Background {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<Result<RunSummary>>>,
}

impl Background {
    /// Starts the engine, silent (whoever started it shows what it does), and returns
    /// once it is connected, or its error.
    pub fn start(setup: Setup, mut o: RunOptions) -> Result<Background> {
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        o.ready = Some(ready_tx);
        let stop = Arc::new(AtomicBool::new(false));
        let s = stop.clone();
        let thread = std::thread::Builder::new()
            .name("otactl-engine".into())
            .spawn(move || run(&setup, &o, s, &mut |_| Ok(())))?;
        let mut bg = Background {
            stop,
            thread: Some(thread),
        };
        match ready_rx.recv_timeout(Duration::from_secs(20)) {
            Ok(()) => Ok(bg),
            Err(_) => match bg.stop_and_join() {
                Err(e) => Err(e),
                Ok(_) => Err(EngineError::NotStarted),
            },
        }
    }

    /// Whether the engine has stopped by itself (its rollout ended, or an error).
    pub fn is_finished(&self) -> bool {
        self.thread.as_ref().is_none_or(|t| t.is_finished())
    }

    /// Stops the engine and returns how its run ended.
    pub fn stop_and_join(&mut self) -> Result<RunSummary> {
        self.stop.store(true, Ordering::SeqCst);
        match self.thread.take().map(|t| t.join()) {
            Some(Ok(r)) => r,
            Some(Err(_)) => Err(EngineError::Panicked),
            None => Err(EngineError::AlreadyStopped),
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

type Ending = (Option<otactl_store::RolloutState>, Option<String>);

/// What the loop watches besides the store: the broker link (every loss and recovery
/// is reported) and the metrics it refreshes (jobs per rollout and state).
struct Watch<'a> {
    link: &'a Link,
    metrics: &'a Metrics,
}

impl Watch<'_> {
    /// Reports a change of the broker connection since `last`.
    fn connection(
        &self,
        last: &mut (ConnState, Instant),
        report: &mut dyn FnMut(Report<'_>) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let now = self.link.state();
        if now == last.0 {
            return Ok(());
        }
        let was_down = matches!(last.0, ConnState::Down(_));
        match &now {
            // Still down (each failed attempt may say another thing): one line per loss.
            ConnState::Down(_) if was_down => {
                last.0 = now;
                return Ok(());
            }
            ConnState::Down(e) => report(Report::Note(format!(
                "lost the broker connection ({}): {e}; reconnecting with backoff",
                self.link.endpoint
            )))?,
            ConnState::Connected if was_down => report(Report::Note(format!(
                "reconnected to the broker ({}) after {:.1}s",
                self.link.endpoint,
                last.1.elapsed().as_secs_f64()
            )))?,
            _ => {}
        }
        *last = (now, Instant::now());
        Ok(())
    }

    /// Jobs per rollout and state, and dead letters per reason, from the store.
    fn refresh(&self, conn: &Connection) -> Result<()> {
        for r in rollouts::list(conn)?.into_iter().filter(|r| r.is_active()) {
            let p = otactl_store::progress::progress(conn, &r.id)?;
            for (state, n) in otactl_store::progress::named(&p.stages()) {
                self.metrics.set_rollout_jobs(&r.id, &state, n);
            }
        }
        for (reason, n) in otactl_store::dead::counts_by_reason(conn)? {
            self.metrics
                .dead_letters_stored
                .get_or_create(&[("reason", reason)])
                .set(i64::try_from(n).unwrap_or(i64::MAX));
        }
        Ok(())
    }
}

/// Ingest has caught up once no device message came for this long.
const SETTLE_QUIET: Duration = Duration::from_secs(1);
/// Timeouts are held at most this long for ingest to catch up (a fleet that never
/// falls quiet must not hold them forever).
const SETTLE_MAX: Duration = Duration::from_secs(30);
/// A tick that comes this much later than planned, or a wall clock that moved this
/// much more or less than the monotonic one: the engine was stopped or suspended, or
/// the clock was stepped.
const JUMP: Duration = Duration::from_secs(5);

/// When timeouts are held: since when (`now_ms`) and the monotonic instant then.
struct Hold {
    since_ms: i64,
    at: Instant,
}

fn drive(
    o: &RunOptions,
    engine: &mut Engine,
    stop: &AtomicBool,
    started: Instant,
    settled: &dyn Fn(i64) -> bool,
    report: Reporter<'_>,
    watch: &Watch<'_>,
) -> Result<Ending> {
    let mut conn_state = (ConnState::Connected, Instant::now());
    let mut refreshed: Option<Instant> = None;
    // Right after a start, what the broker held for us comes first.
    let mut hold = Some(Hold {
        since_ms: otactl_store::now_ms(),
        at: Instant::now(),
    });
    let mut last = (Instant::now(), otactl_store::wall_ms());
    loop {
        // The writer gave up on the store: stop, rather than run deaf (exit 8).
        if let HealthState::Failed { error } = engine.writer.health() {
            return Err(otactl_store::StoreError::Unavailable(error).into());
        }
        let (mono, wall) = (Instant::now(), otactl_store::wall_ms());
        let mono_ms = mono.duration_since(last.0).as_millis() as i64;
        let late = mono_ms - o.tick.as_millis() as i64;
        let skew = (wall - last.1) - mono_ms;
        if late > JUMP.as_millis() as i64 || skew.abs() > JUMP.as_millis() as i64 {
            report(Report::Note(format!(
                "the engine was stopped or suspended, or the clock was stepped \
                 ({}s late, wall clock {:+}s off): timeouts wait until what the broker \
                 holds is ingested",
                late.max(0) / 1000,
                skew / 1000
            )))?;
            hold = Some(Hold {
                since_ms: otactl_store::now_ms(),
                at: mono,
            });
        }
        if let Some(h) = &hold
            && (settled(h.since_ms) || h.at.elapsed() >= SETTLE_MAX)
        {
            hold = None;
        }
        engine.hold_timeouts = hold.is_some();
        let now = otactl_store::now_ms();
        watch.connection(&mut conn_state, report)?;
        if refreshed.is_none_or(|t| t.elapsed() >= Duration::from_secs(5)) {
            watch.refresh(&engine.read)?;
            refreshed = Some(Instant::now());
        }
        for e in engine.tick(o.only.as_deref(), now)? {
            report(Report::Event(&e))?;
        }
        if let Some(id) = &o.only
            && let Some(r) = rollouts::get(&engine.read, id)?
            && !r.is_active()
        {
            return Ok((Some(r.state), r.reason));
        }
        if o.until_done && otactl_store::execution::to_tick(&engine.read, false)?.is_empty() {
            return Ok((None, None));
        }
        if stop.load(Ordering::SeqCst) || o.max_duration.is_some_and(|d| started.elapsed() >= d) {
            return Ok((None, None));
        }
        // Lateness is measured over the sleep only: a long tick is not a suspend.
        last = (Instant::now(), otactl_store::wall_ms());
        std::thread::sleep(o.tick);
    }
}

/// Says the store is available again if it was said to be unavailable and commits
/// pass now (once: the watcher and the engine's exit share `said`).
fn say_if_recovered(w: &Writer, metrics: &Metrics, said: &AtomicBool) {
    if matches!(w.health(), HealthState::Ok) && said.swap(false, Ordering::SeqCst) {
        metrics.store_unavailable.set(0);
        eprintln!("otactl: the store is available again; ingest resumed");
    }
}

/// Says, loudly, when commits to the store fail and are retried (ingest waits and
/// nothing is acknowledged meanwhile), and when they pass again.
async fn watch_store(
    writer: std::sync::Weak<Writer>,
    metrics: Arc<Metrics>,
    said: Arc<AtomicBool>,
) {
    loop {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let Some(w) = writer.upgrade() else { return };
        say_if_recovered(&w, &metrics, &said);
        let health = w.health();
        drop(w);
        match health {
            HealthState::Retrying { error, .. } if !said.swap(true, Ordering::SeqCst) => {
                metrics.store_unavailable.set(1);
                eprintln!(
                    "otactl: warning: store unavailable ({error}): ingest paused, nothing is \
                     acknowledged until it commits again; retrying"
                );
            }
            HealthState::Failed { .. } => {
                metrics.store_unavailable.set(1);
                return;
            }
            _ => {}
        }
    }
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}
