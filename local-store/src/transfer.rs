//! Carrying devices, statuses and the audit log between stores (a technician's laptop
//! and the central store). Import is idempotent: devices are upserted (the newer row
//! wins), statuses are deduped by (device, msg_id) like live ones and applied to jobs
//! this store knows, audit entries are matched on all their fields. One transaction.

use crate::fleet::Device;
use crate::jobs::{self, Ingested, StatusRecord};
use crate::state::DeviceStatus;
use crate::{Result, StoreError};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

/// A recorded status message, as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusRow {
    pub device_id: String,
    pub msg_id: String,
    pub job_id: String,
    pub command_id: String,
    pub status: String,
    pub progress: Option<u8>,
    pub seq: Option<i64>,
    pub firmware_version: Option<String>,
    pub error_code: Option<String>,
    pub error_message: Option<String>,
    pub device_ts: Option<String>,
    pub received_ms: i64,
}

/// An audit entry, as exported (without the local row id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub ts_ms: i64,
    pub actor: String,
    pub command: String,
    /// The JSON array as stored.
    pub args: String,
    pub outcome: String,
    /// Where an imported entry came from (absent for this store's own actions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported_from: Option<String>,
}

/// What an export holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bundle {
    pub devices: Vec<Device>,
    pub statuses: Vec<StatusRow>,
    pub audit: Vec<AuditRow>,
}

/// Everything changed or recorded at or after `since_ms` (everything with None).
pub fn export(conn: &Connection, since_ms: Option<i64>) -> Result<Bundle> {
    let since = since_ms.unwrap_or(i64::MIN);
    let devices = crate::fleet::list_devices(conn)?
        .into_iter()
        .filter(|d| d.updated_ms >= since)
        .collect();
    let statuses = {
        let mut st = conn.prepare(
            "SELECT device_id, msg_id, job_id, command_id, status, progress, seq, firmware_version, \
             error_code, error_message, device_ts, received_ms FROM status_events \
             WHERE received_ms >= ?1 AND msg_id NOT LIKE 'otactl:%' \
             ORDER BY received_ms, device_id, msg_id",
        )?;
        let rows = st.query_map([since], |r| {
            Ok(StatusRow {
                device_id: r.get(0)?,
                msg_id: r.get(1)?,
                job_id: r.get(2)?,
                command_id: r.get(3)?,
                status: r.get(4)?,
                progress: r.get(5)?,
                seq: r.get(6)?,
                firmware_version: r.get(7)?,
                error_code: r.get(8)?,
                error_message: r.get(9)?,
                device_ts: r.get(10)?,
                received_ms: r.get(11)?,
            })
        })?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
    };
    let audit = {
        let mut st = conn.prepare(
            "SELECT ts_ms, actor, command, args, outcome, imported_from FROM audit \
             WHERE ts_ms >= ?1 ORDER BY id",
        )?;
        let rows = st.query_map([since], |r| {
            Ok(AuditRow {
                ts_ms: r.get(0)?,
                actor: r.get(1)?,
                command: r.get(2)?,
                args: r.get(3)?,
                outcome: r.get(4)?,
                imported_from: r.get(5)?,
            })
        })?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
    };
    Ok(Bundle {
        devices,
        statuses,
        audit,
    })
}

/// What an import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Imported {
    pub devices_added: u64,
    pub devices_updated: u64,
    pub statuses_added: u64,
    pub statuses_known: u64,
    /// New statuses that moved a job of this store.
    pub statuses_applied: u64,
    pub audit_added: u64,
}

/// Imports a bundle in one transaction: all of it, or nothing. The caller has checked
/// every field (the binary's `domain::transfer`); audit entries are kept marked with
/// `source` (or the source they were imported from before), never as local actions.
pub fn import(conn: &mut Connection, b: &Bundle, source: &str) -> Result<Imported> {
    // Validate everything before writing anything.
    for s in &b.statuses {
        if DeviceStatus::parse(&s.status).is_none() {
            return Err(StoreError::Invalid(format!(
                "status '{}' of {} / {} is not a protocol status",
                s.status, s.device_id, s.msg_id
            )));
        }
    }
    for a in &b.audit {
        if serde_json::from_str::<Vec<String>>(&a.args).is_err() {
            return Err(StoreError::Invalid(format!(
                "audit entry at {} has malformed arguments",
                a.ts_ms
            )));
        }
    }
    let tx = conn.transaction()?;
    let mut out = Imported::default();
    {
        let mut exists = tx.prepare("SELECT updated_ms FROM devices WHERE id = ?1")?;
        let mut upsert = tx.prepare(
            "INSERT INTO devices (id, hw, tags, firmware_version, counter, presence, last_seen_ms, \
             source, created_ms, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) \
             ON CONFLICT(id) DO UPDATE SET hw = excluded.hw, tags = excluded.tags, \
             firmware_version = excluded.firmware_version, counter = excluded.counter, \
             presence = excluded.presence, last_seen_ms = excluded.last_seen_ms, \
             updated_ms = excluded.updated_ms WHERE excluded.updated_ms > devices.updated_ms",
        )?;
        for d in &b.devices {
            let known: Option<i64> =
                exists
                    .query_row([&d.id], |r| r.get(0))
                    .map(Some)
                    .or_else(|e| match e {
                        rusqlite::Error::QueryReturnedNoRows => Ok(None),
                        e => Err(e),
                    })?;
            let tags = serde_json::to_string(&d.tags).unwrap_or_else(|_| "[]".into());
            let n = upsert.execute(params![
                d.id,
                d.hw,
                tags,
                d.firmware_version,
                d.counter.min(i64::MAX as u64) as i64,
                d.presence,
                d.last_seen_ms,
                d.source,
                d.created_ms,
                d.updated_ms
            ])?;
            match (known, n) {
                (None, _) => out.devices_added += 1,
                (Some(_), 1) => out.devices_updated += 1,
                _ => {}
            }
        }
    }
    for s in &b.statuses {
        let Some(status) = DeviceStatus::parse(&s.status) else {
            continue;
        };
        let rec = StatusRecord {
            device_id: s.device_id.clone(),
            msg_id: s.msg_id.clone(),
            job_id: s.job_id.clone(),
            command_id: s.command_id.clone(),
            status,
            progress: s.progress,
            seq: s.seq.map(|v| v.max(0) as u64),
            firmware_version: s.firmware_version.clone(),
            error_code: s.error_code.clone(),
            error_message: s.error_message.clone(),
            device_ts: s.device_ts.clone().unwrap_or_default(),
            received_ms: s.received_ms,
        };
        match jobs::ingest_status(&tx, &rec)? {
            Ingested::Duplicate => out.statuses_known += 1,
            Ingested::Applied { .. } => {
                out.statuses_added += 1;
                out.statuses_applied += 1;
            }
            Ingested::Refused(_) => out.statuses_added += 1,
        }
    }
    {
        let mut seen = tx.prepare(
            "SELECT 1 FROM audit WHERE ts_ms = ?1 AND actor = ?2 AND command = ?3 AND args = ?4 \
             AND outcome = ?5 LIMIT 1",
        )?;
        let mut insert = tx.prepare(
            "INSERT INTO audit (ts_ms, actor, command, args, outcome, imported_from) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for a in &b.audit {
            let p = params![a.ts_ms, a.actor, a.command, a.args, a.outcome];
            if !seen.exists(p)? {
                let from = a.imported_from.as_deref().unwrap_or(source);
                insert.execute(params![
                    a.ts_ms, a.actor, a.command, a.args, a.outcome, from
                ])?;
                out.audit_added += 1;
            }
        }
    }
    tx.commit()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with_data() -> Connection {
        let c = crate::open_in_memory().expect("store");
        c.execute(
            "INSERT INTO devices (id, hw, tags, firmware_version, counter, created_ms, updated_ms) \
             VALUES ('a', 'esp32', '[\"x\"]', '1.0', 3, 1, 10)",
            [],
        )
        .expect("device");
        c.execute(
            "INSERT INTO status_events (device_id, msg_id, job_id, command_id, status, device_ts, \
             received_ms, outcome) VALUES ('a', 'm1', 'r.a', 'c1', 'done', '2026-11-22T00:00:00Z', 20, 'applied')",
            [],
        )
        .expect("status");
        crate::audit::record(&c, 30, "tech@laptop", "device update", &["a".into()], "ok")
            .expect("audit");
        c
    }

    #[test]
    fn importing_twice_changes_nothing_the_second_time() {
        let b = export(&store_with_data(), None).expect("export");
        assert_eq!(
            (b.devices.len(), b.statuses.len(), b.audit.len()),
            (1, 1, 1)
        );
        let mut other = crate::open_in_memory().expect("other");
        let first = import(&mut other, &b, "key TEST").expect("import");
        assert_eq!(first.devices_added, 1);
        assert_eq!(first.statuses_added, 1);
        assert_eq!(first.audit_added, 1);
        let second = import(&mut other, &b, "key TEST").expect("again");
        assert_eq!(
            second,
            Imported {
                statuses_known: 1,
                ..Imported::default()
            }
        );
        // The same content, with the audit entries marked as imported.
        let mut marked = b.clone();
        for a in &mut marked.audit {
            a.imported_from = Some("key TEST".into());
        }
        assert_eq!(export(&other, None).expect("export"), marked);
        let listed = crate::audit::list(&other, None, 10).expect("audit");
        assert_eq!(listed[0].imported_from.as_deref(), Some("key TEST"));
        // Carried on again, an entry keeps its first source.
        let mut third = crate::open_in_memory().expect("third");
        import(&mut third, &marked, "key OTHER").expect("import");
        let listed = crate::audit::list(&third, None, 10).expect("audit");
        assert_eq!(listed[0].imported_from.as_deref(), Some("key TEST"));
    }

    #[test]
    fn the_newer_device_row_wins_and_since_filters() {
        let src = store_with_data();
        let mut b = export(&src, Some(15)).expect("export");
        assert!(b.devices.is_empty(), "updated at 10, before 15");
        assert_eq!(b.statuses.len(), 1);
        b = export(&src, None).expect("export");
        let mut other = crate::open_in_memory().expect("other");
        other
            .execute(
                "INSERT INTO devices (id, hw, firmware_version, counter, created_ms, updated_ms) \
                 VALUES ('a', 'esp32', '2.0', 4, 1, 99)",
                [],
            )
            .expect("newer");
        let r = import(&mut other, &b, "key TEST").expect("import");
        assert_eq!((r.devices_added, r.devices_updated), (0, 0));
        let v: String = other
            .query_row(
                "SELECT firmware_version FROM devices WHERE id = 'a'",
                [],
                |r| r.get(0),
            )
            .expect("v");
        assert_eq!(v, "2.0");
    }

    #[test]
    fn a_bad_row_refuses_the_whole_bundle() {
        let mut b = export(&store_with_data(), None).expect("export");
        b.statuses.push(StatusRow {
            status: "exploded".into(),
            ..b.statuses[0].clone()
        });
        let mut other = crate::open_in_memory().expect("other");
        assert!(import(&mut other, &b, "key TEST").is_err());
        let n: i64 = other
            .query_row("SELECT count(*) FROM devices", [], |r| r.get(0))
            .expect("n");
        assert_eq!(n, 0);
    }
}
