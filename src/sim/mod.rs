//! The device fleet simulator: N virtual devices speaking PROTOCOL.md from the device
//! side, cheap enough for 10,000 beside `otactl run`.
//!
//! Each device publishes its retained inventory and `online` presence on connect,
//! verifies every command with the operator keys it was provisioned with, dedupes
//! `command_id`, runs the checks of PROTOCOL.md in order, downloads the artifact
//! (shared by sha256, so one GET per distinct image), verifies sha256 and the
//! minisign signature, walks `accepted` → `downloading` (with progress) →
//! `verifying` → `flashing` → `rebooting` → `done`, and remembers its version and
//! counter in a state file.
//!
//! Layout: [`wire`] the device-side messages and error codes; [`device`] one device
//! as a pure state machine; [`knobs`] parsing of the knobs; [`download`] the shared
//! download cache; [`state_file`] persistence; [`shaper`] duplicate/reorder of status
//! messages; [`runner`] the tokio side (connections, routing, stage timers).
//!
//! Cost: devices are plain structs behind a mutex each; there is no task per device.
//! A task exists only per running update (sleeping through its stage latencies with
//! tokio timers) and per MQTT connection. By default devices share a few connections
//! (`connections`), each subscribed to its devices' command topics.
//!
//! Last will: MQTT carries one will per connection. With one connection per device the
//! will is that device's retained `offline` presence. Devices multiplexed over a
//! shared connection have no will (one will cannot speak for thousands); on a graceful
//! stop every device publishes `offline` itself, but a crash leaves them `online`.
//!
//! Error codes (`error.code`): see [`wire::code`]. Rejected (steps 1 to 3):
//! `bad_signature` (envelope: unknown key, bad signature, malformed), `bad_command`,
//! `wrong_device`, `expired`, `manifest_invalid`, `wrong_hw`, `downgrade`,
//! `manifest_expired`, `declined` (injected). Error (steps 4 and 5, retryable):
//! `download_failed`, `too_large`, `sha256_mismatch`, `bad_firmware_signature`,
//! `verify_failed`, `flash_failed`, `reboot_failed` (injected), `busy`; from the real
//! agent (`crate::agent`, which shares [`device`]) also `install_failed` and
//! `rolled_back`. `--rollback-rate` devices say `done` before their new image proved
//! itself, and after the reboot latency their inventory shows the old version (never
//! the target); `--lost-rate` devices say `rebooting` and go offline for good.

pub mod device;
pub mod download;
mod error;
mod job;
pub mod knobs;
mod runner;
pub mod shaper;
pub mod state_file;
pub mod wire;

pub use error::SimError;
pub use knobs::{Churn, FailRates, Latencies, Range};
pub use runner::{SimHandle, Simulator};

use crate::mqtt::ConnectConfig;
use crate::signing::PublicKey;
use serde::Serialize;
use std::path::PathBuf;

/// Everything a simulated fleet is made of. `Default` is 10 devices on
/// `mqtt://127.0.0.1:1883` with prefix `fleet`, trusting no key (set `trusted`).
#[derive(Debug, Clone)]
pub struct SimConfig {
    /// Broker, TLS, credentials and topic prefix (its `client_id` is not used).
    pub connect: ConnectConfig,
    /// Client ids are `{client_prefix}-{n}` (shared) or `{client_prefix}-{device}`.
    pub client_prefix: String,
    pub devices: usize,
    /// `{n}` or `{n:06}` is the device number, from 0.
    pub id_pattern: String,
    /// Hardware ids with weights.
    pub hw_mix: Vec<(String, u32)>,
    /// What a device runs before any update (unless the state file says otherwise).
    pub firmware_version: String,
    pub counter: u64,
    /// The operator keys devices verify commands and firmware with.
    pub trusted: Vec<PublicKey>,
    /// Where devices remember their version, counter and seen command ids.
    pub state_file: Option<PathBuf>,
    pub latency: Latencies,
    pub fail_rates: FailRates,
    /// Probability that a device declines a valid update (`rejected`, `declined`).
    pub reject_rate: f64,
    /// Fraction of devices that never answer commands.
    pub silent_rate: f64,
    /// Probability that an update reports `done`, then the device comes back on its
    /// old version and counter (its inventory says so): an A/B fallback.
    pub rollback_rate: f64,
    /// Probability that a device says `rebooting` and never comes back (its presence
    /// goes `offline`, nothing more is sent for it).
    pub lost_rate: f64,
    pub churn: Option<Churn>,
    /// Probability that a status message is sent twice (same `msg_id`).
    pub duplicate_rate: f64,
    /// Probability that a non-final status is held back and sent after the next one.
    pub reorder_rate: f64,
    /// MQTT connections shared by the devices (ignored with `connection_per_device`).
    pub connections: usize,
    pub connection_per_device: bool,
    /// Fixes the fleet's make-up (hw mix, silent devices); events stay random.
    pub seed: u64,
}

impl Default for SimConfig {
    fn default() -> Self {
        SimConfig {
            connect: ConnectConfig::plain("127.0.0.1", 1883, "otactl-sim", "fleet"),
            client_prefix: "otactl-sim".into(),
            devices: 10,
            id_pattern: "SIM-{n:06}".into(),
            hw_mix: vec![("stm32f4".into(), 1)],
            firmware_version: "1.0.0".into(),
            counter: 0,
            trusted: Vec::new(),
            state_file: None,
            latency: Latencies::default(),
            fail_rates: FailRates::default(),
            reject_rate: 0.0,
            silent_rate: 0.0,
            rollback_rate: 0.0,
            lost_rate: 0.0,
            churn: None,
            duplicate_rate: 0.0,
            reorder_rate: 0.0,
            connections: 4,
            connection_per_device: false,
            seed: 1,
        }
    }
}

/// Counters of a running simulator (all since start).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SimStats {
    pub devices: u64,
    /// Devices not churned offline.
    pub online: u64,
    /// MQTT connections up.
    pub connections_up: u64,
    /// Command messages received (any, including bad ones).
    pub commands: u64,
    /// Messages that could not be answered (no usable ids) and were dropped.
    pub dropped: u64,
    /// Duplicate command ids answered by re-sending the latest status.
    pub duplicates: u64,
    /// Commands ignored by silent devices.
    pub ignored: u64,
    pub accepted: u64,
    pub done: u64,
    pub rejected: u64,
    pub errors: u64,
    pub cancelled: u64,
    /// Status messages published (duplicates included).
    pub statuses: u64,
    /// Of those, the distinct messages (first sends of a `msg_id`).
    pub distinct_statuses: u64,
    /// Of those, the repeats of a `msg_id` already sent: the duplicate knob's copies,
    /// and the latest status re-sent for a command id seen again.
    pub duplicate_statuses: u64,
    /// HTTP GETs of artifacts, and their body bytes.
    pub downloads: u64,
    pub download_bytes: u64,
}

/// One simulated device as `otactl fleet import` wants it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeviceInfo {
    pub id: String,
    pub hw: String,
    pub firmware_version: String,
    pub counter: u64,
}

/// The CSV `otactl fleet import` reads (`id,hw,tags,firmware_version,counter`), every
/// device tagged `sim`.
pub fn fleet_csv(devices: &[DeviceInfo]) -> String {
    let mut s = String::with_capacity(devices.len() * 40 + 40);
    s.push_str("id,hw,tags,firmware_version,counter\n");
    for d in devices {
        s.push_str(&format!(
            "{},{},sim,{},{}\n",
            d.id, d.hw, d.firmware_version, d.counter
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fleet_csv_is_importable() {
        let csv = fleet_csv(&[DeviceInfo {
            id: "SIM-000001".into(),
            hw: "esp32".into(),
            firmware_version: "1.0.0".into(),
            counter: 3,
        }]);
        let devs = crate::domain::fleet_file::parse(
            csv.as_bytes(),
            crate::domain::fleet_file::Format::Csv,
        )
        .unwrap();
        assert_eq!(devs.len(), 1);
        assert_eq!((devs[0].hw.as_str(), devs[0].counter), ("esp32", 3));
        assert_eq!(devs[0].tags, vec!["sim".to_string()]);
    }
}
