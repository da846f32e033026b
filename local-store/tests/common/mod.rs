//! What the store's integration tests share: one device status message, and a store
//! holding device `truck-1` in rollout `r1` with job `j1` queued as command `c1`.

#![allow(dead_code)]

use otactl_store::jobs::{self, NewJob, StatusRecord};
use otactl_store::state::{DeviceStatus, JobEvent};
use rusqlite::Connection;

/// The version job `j1` updates to.
pub const TARGET: &str = "2.0.0";

/// One status message as a device would send it.
#[derive(Debug, Clone)]
pub struct Msg {
    pub msg_id: String,
    pub command_id: String,
    pub status: DeviceStatus,
    pub progress: Option<u8>,
    pub firmware_version: Option<String>,
}

pub fn record(m: &Msg) -> StatusRecord {
    StatusRecord {
        device_id: "truck-1".into(),
        msg_id: m.msg_id.clone(),
        job_id: "j1".into(),
        command_id: m.command_id.clone(),
        status: m.status,
        progress: m.progress,
        seq: None,
        firmware_version: m.firmware_version.clone(),
        error_code: None,
        error_message: None,
        device_ts: "2026-11-21T10:00:00Z".into(),
        received_ms: 1,
    }
}

pub fn seed(conn: &Connection) {
    conn.execute_batch(
        "INSERT INTO devices (id, hw, created_ms, updated_ms) VALUES ('truck-1', 'stm32f4', 0, 0);
         INSERT INTO artifacts (name, version, counter, hw, size, sha256, key_id, manifest, minisig, created_ms)
           VALUES ('ecu', '2.0.0', 2, '[\"stm32f4\"]', 1, 'x', 'K', '{}', '', 0);
         INSERT INTO rollouts (id, artifact_id, selector, policy, state, created_ms, updated_ms)
           VALUES ('r1', 1, '', '{}', 'running', 0, 0);",
    )
    .expect("seed");
    jobs::insert_job(
        conn,
        &NewJob {
            id: "j1".into(),
            rollout_id: "r1".into(),
            device_id: "truck-1".into(),
            batch: 0,
            target_version: TARGET.into(),
            confirm_ms: None,
        },
        0,
    )
    .expect("insert job");
    jobs::apply_event(
        conn,
        "j1",
        &JobEvent::Enqueue {
            command_id: "c1".into(),
        },
        0,
    )
    .expect("enqueue");
}

pub fn fresh_store_with_job() -> Connection {
    let conn = otactl_store::open_in_memory().expect("memory store");
    seed(&conn);
    conn
}
