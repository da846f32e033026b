//! The device side of PROTOCOL.md's messages: the status a simulated device sends,
//! its retained inventory and presence, the stage names and the error codes it puts
//! in `error.code`. Pure values and their JSON; no I/O.

use crate::domain::protocol::{TopicKind, device_topic};
use serde::{Deserialize, Serialize};

/// The `error.code` values a simulated device reports, with the status they go with.
///
/// `rejected` (checks of PROTOCOL.md steps 1 to 3, never retried by the operator):
/// [`BAD_SIGNATURE`], [`BAD_COMMAND`], [`WRONG_DEVICE`], [`EXPIRED`],
/// [`MANIFEST_INVALID`], [`WRONG_HW`], [`DOWNGRADE`], [`MANIFEST_EXPIRED`],
/// [`DECLINED`].
///
/// `error` (steps 4 and 5, retryable): [`DOWNLOAD_FAILED`], [`TOO_LARGE`],
/// [`SHA256_MISMATCH`], [`BAD_FIRMWARE_SIGNATURE`], [`VERIFY_FAILED`],
/// [`FLASH_FAILED`], [`REBOOT_FAILED`], [`BUSY`]; from the agent [`INSTALL_FAILED`]
/// and [`ROLLED_BACK`]. PROTOCOL.md lists them all (a unit test checks it).
pub mod code {
    /// The envelope does not verify with any provisioned key (unknown key, bad
    /// signature, malformed envelope).
    pub const BAD_SIGNATURE: &str = "bad_signature";
    /// The envelope verifies but `cmd` is not a usable command (bad JSON, unknown
    /// type, no artifact, unparseable time).
    pub const BAD_COMMAND: &str = "bad_command";
    /// `device_id` is not this device.
    pub const WRONG_DEVICE: &str = "wrong_device";
    /// The command is past its `expires_at`.
    pub const EXPIRED: &str = "expired";
    /// The `.minisig` is malformed, signed by an untrusted key, its trusted comment
    /// was altered, is not a manifest, or disagrees with the command's artifact.
    pub const MANIFEST_INVALID: &str = "manifest_invalid";
    /// The device's hardware id is not in the manifest's `hw`.
    pub const WRONG_HW: &str = "wrong_hw";
    /// The manifest's `counter` is not greater than the installed one.
    pub const DOWNGRADE: &str = "downgrade";
    /// The manifest is past its `expires_at`.
    pub const MANIFEST_EXPIRED: &str = "manifest_expired";
    /// Injected by `--reject-rate`: the device declines a valid command.
    pub const DECLINED: &str = "declined";
    /// The HTTP download failed (connection, status, short body), or was injected by
    /// `--fail-rate downloading=`.
    pub const DOWNLOAD_FAILED: &str = "download_failed";
    /// The server sent more than the command's `size`.
    pub const TOO_LARGE: &str = "too_large";
    /// The downloaded bytes do not have the command's `sha256`.
    pub const SHA256_MISMATCH: &str = "sha256_mismatch";
    /// The downloaded bytes do not match the minisign file signature.
    pub const BAD_FIRMWARE_SIGNATURE: &str = "bad_firmware_signature";
    /// Injected by `--fail-rate verifying=`.
    pub const VERIFY_FAILED: &str = "verify_failed";
    /// Injected by `--fail-rate flashing=`.
    pub const FLASH_FAILED: &str = "flash_failed";
    /// Injected by `--fail-rate rebooting=`: the device came back on its old image.
    pub const REBOOT_FAILED: &str = "reboot_failed";
    /// An update for another job arrived while one is in progress.
    pub const BUSY: &str = "busy";
    /// The agent's install hook exited non-zero; the message is its last stderr line.
    pub const INSTALL_FAILED: &str = "install_failed";
    /// After the reboot the health hook failed: the device fell back to its old image
    /// (the message says why); it runs the version it ran before.
    /// The operator records a job ending with it as `rolled_back` (one spelling).
    pub const ROLLED_BACK: &str = otactl_store::state::ROLLED_BACK;

    /// Every code above, for the check that PROTOCOL.md names each one.
    pub const ALL: [&str; 19] = [
        BAD_SIGNATURE,
        BAD_COMMAND,
        WRONG_DEVICE,
        EXPIRED,
        MANIFEST_INVALID,
        WRONG_HW,
        DOWNGRADE,
        MANIFEST_EXPIRED,
        DECLINED,
        DOWNLOAD_FAILED,
        TOO_LARGE,
        SHA256_MISMATCH,
        BAD_FIRMWARE_SIGNATURE,
        VERIFY_FAILED,
        FLASH_FAILED,
        REBOOT_FAILED,
        BUSY,
        INSTALL_FAILED,
        ROLLED_BACK,
    ];
}

/// A status of PROTOCOL.md, as the device names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Accepted,
    Downloading,
    Verifying,
    Flashing,
    Rebooting,
    Done,
    Error,
    Rejected,
    Cancelled,
}

impl Stage {
    /// The stages a good update walks through, in order.
    pub const WALK: [Stage; 6] = [
        Stage::Accepted,
        Stage::Downloading,
        Stage::Verifying,
        Stage::Flashing,
        Stage::Rebooting,
        Stage::Done,
    ];

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Accepted => "accepted",
            Stage::Downloading => "downloading",
            Stage::Verifying => "verifying",
            Stage::Flashing => "flashing",
            Stage::Rebooting => "rebooting",
            Stage::Done => "done",
            Stage::Error => "error",
            Stage::Rejected => "rejected",
            Stage::Cancelled => "cancelled",
        }
    }

    /// Parses a wire name (the device's own names only).
    pub fn parse(s: &str) -> Option<Stage> {
        Some(match s {
            "accepted" => Stage::Accepted,
            "downloading" => Stage::Downloading,
            "verifying" => Stage::Verifying,
            "flashing" => Stage::Flashing,
            "rebooting" => Stage::Rebooting,
            "done" => Stage::Done,
            "error" => Stage::Error,
            "rejected" => Stage::Rejected,
            "cancelled" => Stage::Cancelled,
            _ => return None,
        })
    }

    /// Whether nothing follows this status for the command.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Stage::Done | Stage::Error | Stage::Rejected | Stage::Cancelled
        )
    }
}

/// `error` of a status message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusError {
    pub code: String,
    pub message: String,
}

/// A status message in PROTOCOL.md's field order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusMsg {
    pub v: u32,
    pub msg_id: String,
    pub job_id: String,
    pub command_id: String,
    pub device_id: String,
    pub status: Stage,
    pub progress: Option<u8>,
    pub seq: u64,
    pub firmware_version: Option<String>,
    pub error: Option<StatusError>,
    pub ts: String,
}

impl StatusMsg {
    /// Compact JSON, the payload.
    pub fn to_json(&self) -> String {
        // Strings, integers and options always serialise.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// A fresh message id: 64 random bits in hex (unique per device in practice).
pub fn new_msg_id() -> String {
    format!("{:016x}", rand::random::<u64>())
}

/// `PREFIX/DEVICE/update/status` (validated: `protocol::device_topic`).
pub fn status_topic(prefix: &str, device_id: &str) -> String {
    device_topic(prefix, device_id, TopicKind::Status)
}

/// `PREFIX/DEVICE/inventory` (validated: `protocol::device_topic`).
pub fn inventory_topic(prefix: &str, device_id: &str) -> String {
    device_topic(prefix, device_id, TopicKind::Inventory)
}

/// `PREFIX/DEVICE/presence` (validated: `protocol::device_topic`).
pub fn presence_topic(prefix: &str, device_id: &str) -> String {
    device_topic(prefix, device_id, TopicKind::Presence)
}

#[derive(Serialize)]
struct InventoryOut<'a> {
    v: u32,
    device_id: &'a str,
    hw: &'a str,
    firmware_version: &'a str,
    counter: u64,
    ts: &'a str,
}

/// The retained inventory payload.
pub fn inventory_json(device_id: &str, hw: &str, version: &str, counter: u64, ts: &str) -> String {
    serde_json::to_string(&InventoryOut {
        v: 1,
        device_id,
        hw,
        firmware_version: version,
        counter,
        ts,
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol_md_names_every_error_code_the_device_side_sends() {
        let text = include_str!("../../PROTOCOL.md");
        let section = text
            .split("### Error codes")
            .nth(1)
            .expect("PROTOCOL.md has an Error codes section");
        for c in code::ALL {
            assert!(section.contains(&format!("`{c}`")), "PROTOCOL.md: {c}");
        }
    }

    #[test]
    fn status_json_is_what_the_operator_parses() {
        let m = StatusMsg {
            v: 1,
            msg_id: new_msg_id(),
            job_id: "j".into(),
            command_id: "c".into(),
            device_id: "VIN1".into(),
            status: Stage::Done,
            progress: None,
            seq: 7,
            firmware_version: Some("1.2.0".into()),
            error: None,
            ts: "2026-11-21T10:00:05Z".into(),
        };
        let (rec, _) =
            crate::domain::protocol::parse_status("VIN1", m.to_json().as_bytes(), 0).unwrap();
        assert_eq!(rec.status.as_str(), "done");
        assert_eq!(rec.seq, Some(7));
        let mut r = m.clone();
        r.status = Stage::Rejected;
        r.firmware_version = None;
        r.error = Some(StatusError {
            code: code::WRONG_HW.into(),
            message: "x".into(),
        });
        let (rec, _) =
            crate::domain::protocol::parse_status("VIN1", r.to_json().as_bytes(), 0).unwrap();
        assert_eq!(rec.error_code.as_deref(), Some("wrong_hw"));
        for s in [Stage::Accepted, Stage::Rejected, Stage::Cancelled] {
            assert_eq!(Stage::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn inventory_json_is_what_the_operator_parses() {
        let j = inventory_json("T1", "stm32f4", "1.0.0", 3, "2026-11-21T10:00:05Z");
        let inv = crate::domain::protocol::parse_inventory("T1", j.as_bytes(), 0).unwrap();
        assert_eq!((inv.hw.as_str(), inv.counter), ("stm32f4", 3));
    }
}
