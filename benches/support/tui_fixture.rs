//! A demo store at fixed times: a fleet of `n` trucks in one running rollout with
//! three batches (two passed, one under way with a few failures, rejections and
//! timeouts), some status history, a dead letter and an audit entry. The snapshot
//! tests and the render benchmark (100k devices) draw from it; it is not part of the
//! product (both include this file by path).

use otactl::domain::policy::{self, Policy, PolicyInput};
use otactl_store::fleet::NewDevice;
use otactl_store::jobs::StatusRecord;
use otactl_store::rollouts::{self, NewRollout};
use otactl_store::{Connection, DeviceStatus, RolloutState, StoreError, artifacts};

/// When the demo rollout was created (2026-11-18T12:00:00Z).
pub const T0: i64 = 1_795_003_200_000;
/// The clock the snapshots use: ten minutes later.
pub const NOW: i64 = T0 + 600_000;
/// The demo rollout's id.
pub const ROLLOUT: &str = "R-0001";

/// The demo policy for `n` devices: batches 1%, 10%, 100%; 95% to pass; abort
/// past 10% failures once 20 executed.
pub fn policy(n: u64) -> Result<Policy, String> {
    policy::build(
        &PolicyInput {
            batches: "1%,10%,100%",
            success_threshold: "95%",
            abort_threshold: Some("10%"),
            abort_min: 20,
            device_timeout: "30m",
            soak: "5m",
            command_ttl: "24h",
            ..PolicyInput::default()
        },
        n,
    )
}

fn invalid(e: impl std::fmt::Display) -> StoreError {
    StoreError::Invalid(e.to_string())
}

/// Fills an empty store with the demo fleet and rollout.
pub fn build(conn: &mut Connection, n: usize) -> Result<(), StoreError> {
    let art = artifacts::upsert(
        conn,
        &artifacts::NewArtifact {
            name: "ecu".into(),
            version: "2.0.0".into(),
            counter: 42,
            hw: vec!["stm32f4".into(), "esp32".into(), "stm32h7".into()],
            size: 1 << 20,
            sha256: "0".repeat(64),
            key_id: "2B9D4E0F1A2C3D4E".into(),
            manifest: "{}".into(),
            minisig: String::new(),
            path: None,
            expires_ms: None,
        },
        T0,
    )?;
    let devices: Vec<NewDevice> = (0..n)
        .map(|i| NewDevice {
            id: format!("TRUCK-{i:06}"),
            hw: ["stm32f4", "esp32", "stm32h7"][i % 3].into(),
            tags: vec![format!("quarry-{}", i % 10), "fleet-a".into()],
            firmware_version: Some("1.4.0".into()),
            counter: 41,
        })
        .collect();
    otactl_store::fleet::import_devices(conn, &devices, T0)?;
    let p = policy(n as u64).map_err(invalid)?;
    let mut ids = devices.into_iter().map(|d| d.id);
    let batches: Vec<Vec<String>> = p
        .batch_sizes
        .iter()
        .map(|&s| ids.by_ref().take(s as usize).collect())
        .collect();
    rollouts::create(
        conn,
        &NewRollout {
            id: ROLLOUT.into(),
            artifact_id: art,
            selector: "all".into(),
            policy: serde_json::to_string(&p).map_err(invalid)?,
            state: RolloutState::Running,
            target_version: "2.0.0".into(),
            batches,
            confirm_ms: None,
        },
        T0,
    )?;
    let last = p.batch_sizes.len().saturating_sub(1) as i64;
    // Earlier batches passed; the last one is under way, with a few failures.
    otactl_store::fixture::scatter_demo(conn, ROLLOUT, T0, last)?;
    history(conn)?;
    otactl_store::dead::insert(
        conn,
        &otactl_store::dead::NewDeadLetter {
            source: "ingest",
            topic: Some("fleet/TRUCK-999999/update/status".into()),
            payload: Some(b"{not json".to_vec()),
            reason: "invalid_json".into(),
            detail: None,
            now_ms: T0 + 420_000,
        },
    )?;
    otactl_store::audit::record(
        conn,
        T0,
        "ops@control-room",
        "rollout create",
        &[
            "rollout".into(),
            "create".into(),
            "--select".into(),
            "all".into(),
        ],
        "ok",
    )?;
    Ok(())
}

/// The status history of the first device that failed (for the detail pane).
fn history(conn: &Connection) -> Result<(), StoreError> {
    let failed = otactl_store::fixture::first_failed_device(conn)?;
    let Some(device) = failed else {
        return Ok(());
    };
    let job = rollouts::job_id(ROLLOUT, &device);
    let steps = [
        (DeviceStatus::Accepted, None, None),
        (DeviceStatus::Downloading, Some(40), None),
        (
            DeviceStatus::Error,
            None,
            Some(("download_error", "HTTP 403")),
        ),
    ];
    for (i, (status, progress, err)) in steps.into_iter().enumerate() {
        let s = StatusRecord {
            device_id: device.clone(),
            msg_id: format!("m{i}"),
            job_id: job.clone(),
            command_id: "c1".into(),
            status,
            progress,
            seq: Some(i as u64 + 1),
            firmware_version: None,
            error_code: err.map(|e| e.0.to_string()),
            error_message: err.map(|e| e.1.to_string()),
            device_ts: "2026-11-18T12:03:00Z".into(),
            received_ms: T0 + 180_000 + i as i64 * 20_000,
        };
        otactl_store::fixture::record_applied_status(conn, &s)?;
    }
    Ok(())
}
