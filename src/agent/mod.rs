//! `otactl agent`: the device side of PROTOCOL.md for a Linux gateway, with real I/O.
//! The checks are the simulator's device model ([`crate::sim::device`]), shared; this
//! module adds downloads to disk, hooks, persistent state and one MQTT connection.
//!
//! Layout: [`state`] what survives a kill; [`fetch`] Range-resumed downloads;
//! [`hooks`] install and health hooks; [`walk`] one update's stages.

mod error;
pub mod fetch;
pub mod hooks;
pub mod state;
mod walk;

pub use error::AgentError;
pub use hooks::REBOOT_EXIT;

use crate::domain::ids::is_device_id;
use crate::domain::protocol::{TopicKind, command_topic, parse_topic};
use crate::mqtt::ConnectConfig;
use crate::signing::PublicKey;
use crate::sim::device::{Checks, DeviceState, OnCommand};
use crate::sim::wire::{StatusMsg, inventory_json, inventory_topic, presence_topic, status_topic};
use error::Result;
use fetch::FetchCounters;
use rumqttc::{AsyncClient, Event, LastWill, Packet, QoS};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The unit file for systemd (`otactl agent --print-unit`).
pub const SYSTEMD_UNIT: &str = include_str!("otactl-agent.service");

/// One device the agent speaks for (the gateway itself, or a controller behind it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentDevice {
    pub id: String,
    pub hw: String,
    /// What it runs before any update (the state directory wins once it exists).
    pub firmware_version: String,
    pub counter: u64,
    pub install_hook: PathBuf,
    pub health_hook: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct AgentConfig {
    /// Broker, TLS, credentials, prefix and the stable client id.
    pub connect: ConnectConfig,
    pub devices: Vec<AgentDevice>,
    /// Operator public keys (several during a key rotation).
    pub trusted: Vec<PublicKey>,
    pub state_dir: PathBuf,
    /// The least time between two `downloading` progress statuses.
    pub progress_every: Duration,
    /// Tries per download (each resumes where the last stopped).
    pub download_attempts: u32,
}

/// Why [`run`] returned.
#[derive(Debug, PartialEq, Eq)]
pub enum Exit {
    Stopped,
    /// An install hook asked for a reboot: exit with [`REBOOT_EXIT`].
    Reboot,
}

pub(crate) struct Slot {
    pub dev: AgentDevice,
    pub model: Mutex<DeviceState>,
}

pub(crate) struct Agent {
    pub cfg: AgentConfig,
    pub slots: Vec<Slot>,
    pub client: AsyncClient,
    pub http: reqwest::Client,
    pub counters: FetchCounters,
    pub reboot: tokio::sync::watch::Sender<bool>,
}

pub(crate) fn now_ms() -> i64 {
    otactl_store::now_ms()
}

impl Agent {
    /// Saves device `i` (a failure is logged: the next save may succeed).
    pub fn save(&self, i: usize) {
        let Some(s) = self.slots.get(i) else { return };
        let Ok(m) = s.model.lock() else { return };
        if let Err(e) = state::save(&self.cfg.state_dir, &m) {
            eprintln!("agent: {e}");
        }
    }

    pub async fn send(&self, m: &StatusMsg) {
        let topic = status_topic(&self.cfg.connect.prefix, &m.device_id);
        if let Err(e) = self
            .client
            .publish(topic, QoS::AtLeastOnce, false, m.to_json())
            .await
        {
            eprintln!("agent: cannot queue a status: {e}");
        }
    }

    pub async fn inventory(&self, i: usize) {
        let Some(s) = self.slots.get(i) else { return };
        let (topic, inv) = {
            let Ok(m) = s.model.lock() else { return };
            let ts = crate::domain::protocol::rfc3339_ms(now_ms());
            (
                inventory_topic(&self.cfg.connect.prefix, &m.id),
                inventory_json(&m.id, &m.hw, &m.firmware_version, m.counter, &ts),
            )
        };
        let _ = self
            .client
            .publish(topic, QoS::AtLeastOnce, true, inv)
            .await;
    }

    async fn announce(&self) {
        let prefix = &self.cfg.connect.prefix;
        for (i, s) in self.slots.iter().enumerate() {
            let t = command_topic(prefix, &s.dev.id);
            let _ = self.client.subscribe(t, QoS::AtLeastOnce).await;
            let p = presence_topic(prefix, &s.dev.id);
            let _ = self
                .client
                .publish(p, QoS::AtLeastOnce, true, "online")
                .await;
            self.inventory(i).await;
        }
    }

    async fn on_command(self: &Arc<Self>, i: usize, payload: &[u8]) {
        let Some(s) = self.slots.get(i) else { return };
        let out = {
            let Ok(mut m) = s.model.lock() else { return };
            let checks = Checks {
                trusted: &self.cfg.trusted,
                now_ms: now_ms(),
                decline: false,
            };
            m.on_command(payload, &checks)
        };
        self.save(i);
        match out {
            OnCommand::Drop(why) => eprintln!("agent: {}: dropped a command: {why}", s.dev.id),
            OnCommand::Nothing => {}
            OnCommand::Reply(m) | OnCommand::Adopt(m) | OnCommand::Resend(m) => self.send(&m).await,
            OnCommand::Start(m) => {
                self.send(&m).await;
                let me = self.clone();
                tokio::spawn(async move { walk::walk(&me, i, false).await });
            }
        }
    }
}

fn load_slots(cfg: &AgentConfig) -> Result<Vec<Slot>> {
    if cfg.devices.is_empty() {
        return Err(AgentError::NoDevices);
    }
    if cfg.trusted.is_empty() {
        return Err(AgentError::NoTrustedKeys);
    }
    let mut slots: Vec<Slot> = Vec::new();
    for d in &cfg.devices {
        if !is_device_id(&d.id) {
            return Err(AgentError::BadDeviceId(d.id.clone()));
        }
        if slots.iter().any(|s| s.dev.id == d.id) {
            return Err(AgentError::DuplicateDevice(d.id.clone()));
        }
        let mut m = DeviceState::new(&d.id, &d.hw, &d.firmware_version, d.counter);
        if let Some(saved) = state::load(&cfg.state_dir, &d.id)? {
            m.firmware_version = saved.firmware_version;
            m.counter = saved.counter;
            m.seen = saved.seen.into_iter().collect();
            if let Some(job) = &saved.job
                && m.resume_job(job, &cfg.trusted, now_ms()).is_none()
            {
                eprintln!("agent: {}: the saved job no longer verifies; dropped", d.id);
            }
        }
        slots.push(Slot {
            dev: d.clone(),
            model: Mutex::new(m),
        });
    }
    Ok(slots)
}

/// Runs the agent until `stop` resolves or an install hook asks for a reboot.
pub async fn run(cfg: AgentConfig, stop: impl std::future::Future<Output = ()>) -> Result<Exit> {
    let slots = load_slots(&cfg)?;
    let mut opts = cfg.connect.mqtt_options()?;
    let will_topic = presence_topic(&cfg.connect.prefix, &slots[0].dev.id);
    opts.set_last_will(LastWill::new(will_topic, "offline", QoS::AtLeastOnce, true));
    let (client, mut events) = AsyncClient::new(opts, 256);
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .read_timeout(Duration::from_secs(30))
        .build()
        .map_err(|e| AgentError::HttpClient(e.to_string()))?;
    let (reboot, mut reboot_rx) = tokio::sync::watch::channel(false);
    let agent = Arc::new(Agent {
        cfg,
        slots,
        client,
        http,
        counters: FetchCounters::default(),
        reboot,
    });
    let resumed = AtomicBool::new(false);
    let mut backoff = Duration::from_millis(200);
    tokio::pin!(stop);
    let exit = loop {
        tokio::select! {
            _ = &mut stop => break Exit::Stopped,
            _ = reboot_rx.wait_for(|r| *r) => break Exit::Reboot,
            ev = events.poll() => match ev {
                Ok(Event::Incoming(Packet::ConnAck(_))) => {
                    backoff = Duration::from_millis(200);
                    eprintln!("agent: connected to {}", agent.cfg.connect.endpoint());
                    let a = agent.clone();
                    let first = !resumed.swap(true, Ordering::Relaxed);
                    tokio::spawn(async move {
                        a.announce().await;
                        if first {
                            for i in 0..a.slots.len() {
                                let (busy, last) = a.slots[i]
                                    .model
                                    .lock()
                                    .map(|m| (m.job.is_some(), m.seen.back().and_then(|s| s.last.clone())))
                                    .unwrap_or((false, None));
                                // A final status saved but perhaps not sent before a
                                // kill: sent again with its msg_id (a duplicate at worst).
                                if let Some(m) = last.filter(|m| !busy && m.status.is_final()) {
                                    a.send(&m).await;
                                }
                                if busy {
                                    let a = a.clone();
                                    tokio::spawn(async move { walk::walk(&a, i, true).await });
                                }
                            }
                        }
                    });
                }
                Ok(Event::Incoming(Packet::Publish(p))) => {
                    let prefix = agent.cfg.connect.prefix.clone();
                    let i = parse_topic(&prefix, &p.topic)
                        .filter(|(_, k)| *k == TopicKind::Command)
                        .and_then(|(d, _)| agent.slots.iter().position(|s| s.dev.id == d));
                    let a = agent.clone();
                    // Handled (and saved) before the ack, in order.
                    if let Some(i) = i {
                        a.on_command(i, &p.payload).await;
                    }
                    let _ = a.client.ack(&p).await;
                }
                Ok(_) => {}
                Err(e) => {
                    eprintln!("agent: broker {}: {e}", agent.cfg.connect.endpoint());
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(30));
                }
            }
        }
    };
    // Say offline ourselves (a clean disconnect sends no will), then flush.
    for s in &agent.slots {
        let p = presence_topic(&agent.cfg.connect.prefix, &s.dev.id);
        let _ = agent
            .client
            .publish(p, QoS::AtLeastOnce, true, "offline")
            .await;
    }
    let _ = agent.client.disconnect().await;
    // Until the broker closes the connection after our DISCONNECT: everything queued
    // before it (the last statuses) is then written.
    let flush = async { while events.poll().await.is_ok() {} };
    let _ = tokio::time::timeout(Duration::from_secs(3), flush).await;
    let c = &agent.counters;
    eprintln!(
        "agent: stopped; downloads: {} requests ({} ranged), {} bytes",
        c.requests.load(Ordering::Relaxed),
        c.ranged.load(Ordering::Relaxed),
        c.bytes.load(Ordering::Relaxed)
    );
    Ok(exit)
}
