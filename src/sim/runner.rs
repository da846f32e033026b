//! The simulator's runtime: it builds the fleet (from the config and the state
//! file), opens the MQTT connections (a few shared ones, or one per device), routes
//! each command to its device, saves the state file now and then, and stops
//! gracefully (every device publishes `offline`, then the connections disconnect).

use super::device::DeviceState;
use super::download::DownloadCache;
use super::error::{Result, SimError};
use super::job::{churn, handle_command};
use super::knobs::{format_id, pick_hw};
use super::state_file::{self, SavedDevice, StateFile};
use super::wire::{StatusMsg, presence_topic};
use super::{DeviceInfo, SimConfig, SimStats};
use crate::domain::protocol::{TopicKind, command_topic, parse_topic};
use bytes::Bytes;
use rand::{Rng, SeedableRng};
use rumqttc::{AsyncClient, Event, EventLoop, LastWill, Outgoing, Packet, QoS, SubscribeFilter};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// Command topics per SUBSCRIBE packet.
const SUBSCRIBE_CHUNK: usize = 100;
/// How often the state file is rewritten when something changed.
const SAVE_EVERY: Duration = Duration::from_secs(2);

/// What a publish is, for the counters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Presence or inventory.
    Announce,
    /// A status message with a `msg_id` not sent before.
    Status,
    /// A status message sent again with the same `msg_id`.
    Repeat,
}

/// A publish waiting to go out.
pub(super) struct Out {
    pub topic: String,
    pub payload: Vec<u8>,
    pub retain: bool,
    pub kind: Kind,
}

/// A device at runtime: the model, and what the network does to it.
pub(super) struct DevRt {
    pub model: DeviceState,
    pub online: bool,
    /// A status held back by the reorder knob.
    pub held: Option<StatusMsg>,
    /// Publishes and commands waiting for the device to come back online.
    pub outq: Vec<Out>,
    pub cmdq: Vec<Bytes>,
}

pub(super) struct Dev {
    pub rt: Mutex<DevRt>,
    pub conn: usize,
    pub silent: bool,
}

#[derive(Default)]
pub(super) struct Counters {
    pub commands: AtomicU64,
    pub dropped: AtomicU64,
    pub duplicates: AtomicU64,
    pub ignored: AtomicU64,
    pub accepted: AtomicU64,
    pub done: AtomicU64,
    pub rejected: AtomicU64,
    pub errors: AtomicU64,
    pub cancelled: AtomicU64,
    pub distinct_statuses: AtomicU64,
    pub duplicate_statuses: AtomicU64,
}

pub(super) struct Conn {
    pub client: AsyncClient,
    /// Device tasks queue their messages here; one pump per connection hands them to
    /// rumqttc. (Thousands of tasks awaiting rumqttc's bounded flume channel directly
    /// made every send scan the waiters: the simulator spent most of its CPU there.)
    pub out: tokio::sync::mpsc::UnboundedSender<Out>,
    pub devs: Arc<[usize]>,
    up: AtomicBool,
    subacks: AtomicU64,
}

/// Hands one connection's queued messages to rumqttc in order, the only task waiting
/// on its request channel.
/// It ends when the simulator stops (the goodbye goes to rumqttc directly).
async fn pump(
    client: AsyncClient,
    mut rx: tokio::sync::mpsc::UnboundedReceiver<Out>,
    mut stop: watch::Receiver<bool>,
) {
    loop {
        let o = tokio::select! {
            _ = stop.wait_for(|s| *s) => return,
            o = rx.recv() => match o {
                Some(o) => o,
                None => return,
            },
        };
        if client
            .publish(o.topic, QoS::AtLeastOnce, o.retain, o.payload)
            .await
            .is_err()
        {
            return; // the event loop is gone: the simulator is stopping
        }
    }
}

/// What every task of the simulator shares.
pub(super) struct Shared {
    pub cfg: SimConfig,
    pub devs: Vec<Dev>,
    by_id: HashMap<String, usize>,
    pub conns: Vec<Conn>,
    pub cache: Arc<DownloadCache>,
    pub n: Counters,
    pub stop: watch::Receiver<bool>,
    pub dirty: AtomicBool,
}

/// Starts simulated fleets.
pub struct Simulator;

/// A running simulator. Dropping it without [`SimHandle::stop`] aborts its tasks
/// without the goodbye.
pub struct SimHandle {
    shared: Arc<Shared>,
    stop_tx: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

fn build_devices(cfg: &SimConfig, saved: &StateFile) -> Result<Vec<(DeviceState, bool)>> {
    let mut rng = rand::rngs::StdRng::seed_from_u64(cfg.seed);
    let mut out = Vec::with_capacity(cfg.devices);
    for n in 0..cfg.devices {
        let id = format_id(&cfg.id_pattern, n).map_err(SimError::IdPattern)?;
        let hw_draw: u64 = rng.r#gen();
        let silent = rng.gen_bool(cfg.silent_rate.clamp(0.0, 1.0));
        let model = match saved.devices.get(&id) {
            Some(s) => s.restore(&id),
            None => DeviceState::new(
                &id,
                pick_hw(&cfg.hw_mix, hw_draw),
                &cfg.firmware_version,
                cfg.counter,
            ),
        };
        out.push((model, silent));
    }
    Ok(out)
}

impl Simulator {
    /// Builds the fleet and starts its connections; call inside a tokio runtime.
    /// Returns at once: [`SimHandle::wait_ready`] waits for the subscriptions.
    pub fn start(cfg: SimConfig) -> Result<SimHandle> {
        if tokio::runtime::Handle::try_current().is_err() {
            return Err(SimError::NoRuntime);
        }
        if cfg.devices == 0 {
            return Err(SimError::NoDevices);
        }
        if cfg.trusted.is_empty() {
            return Err(SimError::NoTrustedKeys);
        }
        if cfg.hw_mix.iter().all(|(_, w)| *w == 0) {
            return Err(SimError::EmptyHwMix);
        }
        let saved = match &cfg.state_file {
            Some(p) => state_file::load(p)?,
            None => StateFile::default(),
        };
        let models = build_devices(&cfg, &saved)?;
        let k = if cfg.connection_per_device {
            models.len()
        } else {
            cfg.connections.clamp(1, models.len())
        };
        let mut by_id = HashMap::with_capacity(models.len());
        let mut per_conn: Vec<Vec<usize>> = vec![Vec::new(); k];
        let mut devs = Vec::with_capacity(models.len());
        for (i, (model, silent)) in models.into_iter().enumerate() {
            if by_id.insert(model.id.clone(), i).is_some() {
                return Err(SimError::DuplicateId(model.id));
            }
            per_conn[i % k].push(i);
            devs.push(Dev {
                rt: Mutex::new(DevRt {
                    model,
                    online: true,
                    held: None,
                    outq: Vec::new(),
                    cmdq: Vec::new(),
                }),
                conn: i % k,
                silent,
            });
        }
        let base = cfg.connect.mqtt_options()?;
        let mut conns = Vec::with_capacity(k);
        let mut loops = Vec::with_capacity(k);
        let mut pumps = Vec::with_capacity(k);
        for (c, members) in per_conn.into_iter().enumerate() {
            let mut o = base.clone();
            o.set_manual_acks(false).set_clean_session(false);
            if cfg.connection_per_device {
                let id = devs[members[0]]
                    .rt
                    .lock()
                    .map(|r| r.model.id.clone())
                    .unwrap_or_default();
                o.set_client_id(format!("{}-{id}", cfg.client_prefix));
                o.set_last_will(LastWill::new(
                    presence_topic(&cfg.connect.prefix, &id),
                    "offline",
                    QoS::AtLeastOnce,
                    true,
                ));
            } else {
                o.set_client_id(format!("{}-{c}", cfg.client_prefix));
            }
            let cap = if cfg.connection_per_device { 64 } else { 4096 };
            let (client, el) = AsyncClient::new(o, cap);
            let (out, rx) = tokio::sync::mpsc::unbounded_channel();
            pumps.push((client.clone(), rx));
            conns.push(Conn {
                client,
                out,
                devs: members.into(),
                up: AtomicBool::new(false),
                subacks: AtomicU64::new(0),
            });
            loops.push(el);
        }
        let (stop_tx, stop) = watch::channel(false);
        let churn_cfg = cfg.churn;
        let shared = Arc::new(Shared {
            cfg,
            devs,
            by_id,
            conns,
            cache: DownloadCache::new()?,
            n: Counters::default(),
            stop,
            dirty: AtomicBool::new(true),
        });
        let mut tasks = Vec::with_capacity(k + 2);
        for (c, el) in loops.into_iter().enumerate() {
            tasks.push(tokio::spawn(run_conn(shared.clone(), c, el)));
        }
        for (client, rx) in pumps {
            tasks.push(tokio::spawn(pump(client, rx, shared.stop.clone())));
        }
        if shared.cfg.state_file.is_some() {
            tasks.push(tokio::spawn(saver(shared.clone())));
        }
        if let Some(ch) = churn_cfg.filter(|c| c.per_minute > 0.0) {
            tasks.push(tokio::spawn(churn(shared.clone(), ch)));
        }
        Ok(SimHandle {
            shared,
            stop_tx,
            tasks,
        })
    }
}

/// The task that owns one connection's event loop.
async fn run_conn(sh: Arc<Shared>, c: usize, mut el: EventLoop) {
    let mut failures = 0u32;
    // After our DISCONNECT: read until the broker closes. Closing the socket with
    // its PUBACKs unread would make the kernel send a RST, and the broker could drop
    // the last publishes (the goodbye) with it.
    let mut closing: Option<tokio::time::Instant> = None;
    loop {
        let ev = match closing {
            Some(deadline) => match tokio::time::timeout_at(deadline, el.poll()).await {
                Ok(ev) => ev,
                Err(_) => break,
            },
            None => el.poll().await,
        };
        match ev {
            Ok(Event::Incoming(Packet::ConnAck(_))) => {
                failures = 0;
                sh.conns[c].up.store(true, Ordering::Relaxed);
                // Not from this task: the request channel is drained by our poll.
                tokio::spawn(on_connect(sh.clone(), c));
            }
            Ok(Event::Incoming(Packet::SubAck(_))) => {
                sh.conns[c].subacks.fetch_add(1, Ordering::Relaxed);
            }
            Ok(Event::Incoming(Packet::Publish(p))) => {
                if let Some((dev, TopicKind::Command)) =
                    parse_topic(&sh.cfg.connect.prefix, &p.topic)
                    && let Some(&i) = sh.by_id.get(dev)
                {
                    tokio::spawn(handle_command(sh.clone(), i, p.payload));
                }
            }
            Ok(Event::Outgoing(Outgoing::Disconnect)) => {
                closing = Some(tokio::time::Instant::now() + Duration::from_secs(2));
            }
            Ok(_) => {}
            Err(_) => {
                sh.conns[c].up.store(false, Ordering::Relaxed);
                if closing.is_some() || *sh.stop.borrow() {
                    break;
                }
                let d = crate::mqtt::backoff_delay(
                    Duration::from_millis(200),
                    Duration::from_secs(5),
                    failures,
                );
                failures = failures.saturating_add(1);
                if !sh.sleep(d).await {
                    break;
                }
            }
        }
    }
    sh.conns[c].up.store(false, Ordering::Relaxed);
}

/// On every (re)connection: subscribe the devices' command topics, then announce.
async fn on_connect(sh: Arc<Shared>, c: usize) {
    let conn = &sh.conns[c];
    for chunk in conn.devs.chunks(SUBSCRIBE_CHUNK) {
        let filters: Vec<SubscribeFilter> = chunk
            .iter()
            .filter_map(|&i| {
                let rt = sh.devs[i].rt.lock().ok()?;
                Some(SubscribeFilter::new(
                    command_topic(&sh.cfg.connect.prefix, &rt.model.id),
                    QoS::AtLeastOnce,
                ))
            })
            .collect();
        if conn.client.subscribe_many(filters).await.is_err() {
            return;
        }
    }
    for &i in conn.devs.iter() {
        sh.announce(i);
    }
}

fn snapshot(sh: &Shared) -> StateFile {
    let mut s = StateFile::default();
    for d in &sh.devs {
        if let Ok(rt) = d.rt.lock() {
            s.devices
                .insert(rt.model.id.clone(), SavedDevice::of(&rt.model));
        }
    }
    s
}

async fn save_now(sh: &Shared) -> Result<()> {
    let Some(path) = sh.cfg.state_file.clone() else {
        return Ok(());
    };
    sh.dirty.store(false, Ordering::Relaxed);
    let s = snapshot(sh);
    tokio::task::spawn_blocking(move || state_file::save(&path, &s))
        .await
        .map_err(|e| SimError::SaveTask(e.to_string()))?
}

async fn saver(sh: Arc<Shared>) {
    while sh.sleep(SAVE_EVERY).await {
        if sh.dirty.load(Ordering::Relaxed) {
            // A failed periodic save is retried at the next change and at stop.
            if save_now(&sh).await.is_err() {
                sh.dirty.store(true, Ordering::Relaxed);
            }
        }
    }
}

impl SimHandle {
    /// The counters so far.
    pub fn stats(&self) -> SimStats {
        let sh = &self.shared;
        let g = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let online = sh
            .devs
            .iter()
            .filter(|d| d.rt.lock().map(|r| r.online).unwrap_or(false))
            .count();
        SimStats {
            devices: sh.devs.len() as u64,
            online: online as u64,
            connections_up: sh
                .conns
                .iter()
                .filter(|c| c.up.load(Ordering::Relaxed))
                .count() as u64,
            commands: g(&sh.n.commands),
            dropped: g(&sh.n.dropped),
            duplicates: g(&sh.n.duplicates),
            ignored: g(&sh.n.ignored),
            accepted: g(&sh.n.accepted),
            done: g(&sh.n.done),
            rejected: g(&sh.n.rejected),
            errors: g(&sh.n.errors),
            cancelled: g(&sh.n.cancelled),
            statuses: g(&sh.n.distinct_statuses) + g(&sh.n.duplicate_statuses),
            distinct_statuses: g(&sh.n.distinct_statuses),
            duplicate_statuses: g(&sh.n.duplicate_statuses),
            downloads: g(&sh.cache.gets),
            download_bytes: g(&sh.cache.bytes),
        }
    }

    /// Every device as it is now.
    pub fn devices(&self) -> Vec<DeviceInfo> {
        self.shared
            .devs
            .iter()
            .filter_map(|d| {
                let rt = d.rt.lock().ok()?;
                Some(DeviceInfo {
                    id: rt.model.id.clone(),
                    hw: rt.model.hw.clone(),
                    firmware_version: rt.model.firmware_version.clone(),
                    counter: rt.model.counter,
                })
            })
            .collect()
    }

    /// The devices as the CSV `otactl fleet import` reads.
    pub fn fleet_csv(&self) -> String {
        super::fleet_csv(&self.devices())
    }

    /// Waits until every connection is up and has subscribed all its devices'
    /// command topics (a REMOTE error after `timeout`).
    pub async fn wait_ready(&self, timeout: Duration) -> Result<()> {
        let end = Instant::now() + timeout;
        loop {
            let ready = self.shared.conns.iter().all(|c| {
                c.subacks.load(Ordering::Relaxed) >= c.devs.len().div_ceil(SUBSCRIBE_CHUNK) as u64
            });
            if ready {
                return Ok(());
            }
            if Instant::now() >= end {
                return Err(SimError::NotReady {
                    endpoint: self.shared.cfg.connect.endpoint(),
                    secs: timeout.as_secs(),
                });
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Stops gracefully: running updates end where they are, every device publishes
    /// its retained `offline` presence, the connections disconnect, and the state file
    /// is written. Returns the final counters.
    pub async fn stop(mut self) -> Result<SimStats> {
        let _ = self.stop_tx.send(true);
        let sh = self.shared.clone();
        let goodbye = async {
            for conn in &sh.conns {
                for &i in conn.devs.iter() {
                    let id = sh.devs[i].rt.lock().map(|r| r.model.id.clone());
                    if let Ok(id) = id {
                        let topic = presence_topic(&sh.cfg.connect.prefix, &id);
                        let _ = conn
                            .client
                            .publish(topic, QoS::AtLeastOnce, true, "offline")
                            .await;
                    }
                }
                let _ = conn.client.disconnect().await;
            }
        };
        let _ = tokio::time::timeout(Duration::from_secs(5), goodbye).await;
        let end = Instant::now() + Duration::from_secs(5);
        for t in std::mem::take(&mut self.tasks) {
            let left = end.saturating_duration_since(Instant::now());
            let abort = t.abort_handle();
            if tokio::time::timeout(left, t).await.is_err() {
                abort.abort();
            }
        }
        save_now(&sh).await?;
        Ok(self.stats())
    }
}

impl Drop for SimHandle {
    fn drop(&mut self) {
        let _ = self.stop_tx.send(true);
        for t in &self.tasks {
            t.abort();
        }
    }
}
