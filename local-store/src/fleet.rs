//! The device inventory: devices imported by the operator or registered by their own
//! inventory messages, with their hardware, tags, firmware and presence.

use crate::Result;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

/// A device as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub id: String,
    pub hw: String,
    pub tags: Vec<String>,
    pub firmware_version: Option<String>,
    pub counter: u64,
    pub presence: Option<String>,
    pub last_seen_ms: Option<i64>,
    pub source: String,
    pub created_ms: i64,
    pub updated_ms: i64,
}

/// A device to import (validated by the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDevice {
    pub id: String,
    pub hw: String,
    pub tags: Vec<String>,
    pub firmware_version: Option<String>,
    pub counter: u64,
}

/// An inventory message (PROTOCOL.md), validated by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inventory {
    pub device_id: String,
    pub hw: String,
    pub firmware_version: String,
    pub counter: u64,
    pub now_ms: i64,
    /// The device's `ts` (its clock), when it sent a valid one.
    pub device_ts_ms: Option<i64>,
    /// Delivered as a retained message when the operator subscribed: what the device
    /// said at some earlier time, perhaps before statuses already recorded.
    pub retained: bool,
}

const DEVICE_COLUMNS: &str = "id, hw, tags, firmware_version, counter, presence, last_seen_ms, \
     source, created_ms, updated_ms";

fn device_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Device> {
    let tags: String = r.get(2)?;
    let counter: i64 = r.get(4)?;
    Ok(Device {
        id: r.get(0)?,
        hw: r.get(1)?,
        tags: serde_json::from_str(&tags).unwrap_or_default(),
        firmware_version: r.get(3)?,
        counter: counter.max(0) as u64,
        presence: r.get(5)?,
        last_seen_ms: r.get(6)?,
        source: r.get(7)?,
        created_ms: r.get(8)?,
        updated_ms: r.get(9)?,
    })
}

/// Counts of an import.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ImportStats {
    pub inserted: u64,
    pub updated: u64,
}

/// Inserts or updates `devices` in one transaction: all of them, or none.
pub fn import_devices(
    conn: &mut Connection,
    devices: &[NewDevice],
    now: i64,
) -> Result<ImportStats> {
    let tx = conn.transaction()?;
    let mut stats = ImportStats::default();
    {
        let mut exists = tx.prepare_cached("SELECT 1 FROM devices WHERE id = ?1")?;
        let mut up = tx.prepare_cached(
            "INSERT INTO devices (id, hw, tags, firmware_version, counter, source, created_ms, updated_ms) \
             VALUES (?1, ?2, ?3, ?4, ?5, 'import', ?6, ?6) \
             ON CONFLICT(id) DO UPDATE SET hw = excluded.hw, tags = excluded.tags, \
             firmware_version = excluded.firmware_version, counter = excluded.counter, \
             updated_ms = excluded.updated_ms",
        )?;
        for d in devices {
            let known = exists.exists([&d.id])?;
            let tags = serde_json::to_string(&d.tags).unwrap_or_else(|_| "[]".into());
            up.execute(params![
                d.id,
                d.hw,
                tags,
                d.firmware_version,
                d.counter as i64,
                now
            ])?;
            if known {
                stats.updated += 1;
            } else {
                stats.inserted += 1;
            }
        }
    }
    tx.commit()?;
    Ok(stats)
}

pub fn list_devices(conn: &Connection) -> Result<Vec<Device>> {
    let mut st =
        conn.prepare_cached(&format!("SELECT {DEVICE_COLUMNS} FROM devices ORDER BY id"))?;
    let rows = st.query_map([], device_from_row)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn get_device(conn: &Connection, id: &str) -> Result<Option<Device>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {DEVICE_COLUMNS} FROM devices WHERE id = ?1"
        ))?
        .query_row([id], device_from_row)
        .optional()?)
}

pub fn count_devices(conn: &Connection) -> Result<u64> {
    let n: i64 = conn.query_row("SELECT count(*) FROM devices", [], |r| r.get(0))?;
    Ok(n as u64)
}

/// The active rollout (scheduled, running or paused) a device takes part in, if any.
pub fn active_rollout_of(conn: &Connection, device_id: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT j.rollout_id FROM jobs j JOIN rollouts r ON r.id = j.rollout_id \
             WHERE j.device_id = ?1 AND r.state IN ('scheduled', 'running', 'paused') LIMIT 1",
        )?
        .query_row([device_id], |r| r.get(0))
        .optional()?)
}

/// Removes devices in one transaction; their job history stays.
pub fn remove_devices(conn: &mut Connection, ids: &[String]) -> Result<u64> {
    let tx = conn.transaction()?;
    let mut n = 0;
    {
        let mut del = tx.prepare_cached("DELETE FROM devices WHERE id = ?1")?;
        for id in ids {
            n += del.execute([id])? as u64;
        }
    }
    tx.commit()?;
    Ok(n)
}

/// Records what a device says it runs; registers a device never seen before.
pub fn upsert_inventory(conn: &Connection, inv: &Inventory) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO devices (id, hw, firmware_version, counter, source, last_seen_ms, created_ms, updated_ms) \
         VALUES (?1, ?2, ?3, ?4, 'inventory', ?5, ?5, ?5) \
         ON CONFLICT(id) DO UPDATE SET hw = excluded.hw, firmware_version = excluded.firmware_version, \
         counter = excluded.counter, last_seen_ms = excluded.last_seen_ms, updated_ms = excluded.updated_ms",
    )?
    .execute(params![
        inv.device_id,
        inv.hw,
        inv.firmware_version,
        inv.counter as i64,
        inv.now_ms
    ])?;
    Ok(())
}

/// Records a device's presence (`online` / `offline`) for a device the store knows;
/// presence alone never creates one (a stray retained message would make a phantom
/// device that `--select all` picks). `last_seen_ms` moves only when the presence
/// changes: a retained message delivered again on reconnect is no news, and must not
/// restart an offline device's grace.
pub fn set_presence(conn: &Connection, device_id: &str, online: bool, now: i64) -> Result<bool> {
    let p = if online { "online" } else { "offline" };
    let n = conn
        .prepare_cached(
            "UPDATE devices SET last_seen_ms = CASE WHEN presence IS ?2 THEN last_seen_ms ELSE ?3 END, \
             presence = ?2, updated_ms = ?3 WHERE id = ?1",
        )?
        .execute(params![device_id, p, now])?;
    Ok(n == 1)
}
