//! A demo store at fixed times: a fleet of `n` trucks in one running rollout with
//! three batches (two passed, one under way with a few failures, rejections and
//! timeouts), some status history, a dead letter and an audit entry. The snapshot
//! tests and the render benchmark (100k devices) draw from it.

use crate::domain::policy::{self, Policy, PolicyInput};
use otactl_store::fleet::NewDevice;
use otactl_store::jobs::StatusRecord;
use otactl_store::rollouts::{self, NewRollout};
use otactl_store::{DeviceStatus, StoreError, artifacts};
use rusqlite::{Connection, params};

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
            state: rollouts::RUNNING,
            target_version: "2.0.0".into(),
            batches,
        },
        T0,
    )?;
    let last = p.batch_sizes.len().saturating_sub(1) as i64;
    let tx = conn.transaction()?;
    // Earlier batches passed; the last one is under way, with a few failures.
    tx.execute(
        "UPDATE jobs SET attempt = 1, progress = NULL, \
           stage_ms = ?1 + (rowid % 600) * 1000, updated_ms = ?1 + (rowid % 600) * 1000, \
           state = CASE \
             WHEN batch < ?2 THEN 'succeeded' \
             WHEN rowid % 97 = 5 THEN 'failed' \
             WHEN rowid % 193 = 11 THEN 'timed_out' \
             WHEN rowid % 499 = 3 THEN 'rejected' \
             ELSE CASE rowid % 10 WHEN 0 THEN 'downloading' WHEN 1 THEN 'flashing' \
               WHEN 2 THEN 'verifying' WHEN 3 THEN 'succeeded' WHEN 4 THEN 'sent' \
               WHEN 5 THEN 'accepted' ELSE 'pending' END END",
        params![T0, last],
    )?;
    tx.execute_batch(
        "UPDATE jobs SET reason = 'download_error: HTTP 403' WHERE state = 'failed';
         UPDATE jobs SET reason = 'counter: installed 42 is not below 42' WHERE state = 'rejected';
         UPDATE jobs SET reason = 'silent for 30m' WHERE state = 'timed_out';
         UPDATE jobs SET progress = rowid * 7 % 100 WHERE state = 'downloading';
         UPDATE jobs SET attempt = 0 WHERE state = 'pending';
         UPDATE jobs SET finished_ms = updated_ms
           WHERE state IN ('succeeded', 'failed', 'rejected', 'timed_out');",
    )?;
    tx.execute(
        "UPDATE batches SET state = CASE WHEN idx < ?2 THEN 'passed' ELSE 'running' END \
         WHERE rollout_id = ?1",
        params![ROLLOUT, last],
    )?;
    tx.execute(
        "UPDATE rollouts SET current_batch = ?2 WHERE id = ?1",
        params![ROLLOUT, last],
    )?;
    tx.commit()?;
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
    let failed: Option<String> = conn
        .query_row(
            "SELECT device_id FROM jobs WHERE state = 'failed' ORDER BY rowid LIMIT 1",
            [],
            |r| r.get(0),
        )
        .ok();
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
        conn.prepare_cached(
            "INSERT OR IGNORE INTO status_events (device_id, msg_id, job_id, command_id, status, \
             progress, seq, error_code, error_message, device_ts, received_ms, outcome) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'applied')",
        )?
        .execute(params![
            s.device_id,
            s.msg_id,
            s.job_id,
            s.command_id,
            s.status.as_str(),
            s.progress,
            s.seq.map(|v| v as i64),
            s.error_code,
            s.error_message,
            s.device_ts,
            s.received_ms
        ])?;
    }
    Ok(())
}
