//! What the live dashboard asks the store: rollout sizes, batch rows, the device
//! table one window at a time (filtered and sorted in SQL, LIMIT/OFFSET), rows looked
//! up one by one, and the audit and dead-letter entries newer than the last seen.

use crate::state::JobState;
use crate::states::BatchState;
use crate::{Result, StoreError};
use rusqlite::types::Value;
use rusqlite::{Connection, params_from_iter};
use std::collections::{BTreeMap, HashMap};

/// The store's change counter: it moves when another connection commits.
pub fn data_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "data_version", |r| r.get(0))?)
}

/// Every rollout's size (devices in all its batches).
pub fn rollout_sizes(conn: &Connection) -> Result<HashMap<String, u64>> {
    let mut sizes = HashMap::new();
    let mut st =
        conn.prepare_cached("SELECT rollout_id, sum(size) FROM batches GROUP BY rollout_id")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        sizes.insert(r.get(0)?, r.get::<_, i64>(1)?.max(0) as u64);
    }
    Ok(sizes)
}

/// The rollout's batches by index: (state, size).
pub fn batch_states(conn: &Connection, rollout: &str) -> Result<BTreeMap<u32, (BatchState, u64)>> {
    let mut out = BTreeMap::new();
    let mut st = conn.prepare_cached(
        "SELECT idx, state, size FROM batches WHERE rollout_id = ?1 ORDER BY idx",
    )?;
    let mut rows = st.query([rollout])?;
    while let Some(r) = rows.next()? {
        out.insert(r.get(0)?, (r.get(1)?, r.get::<_, i64>(2)?.max(0) as u64));
    }
    Ok(out)
}

/// One row of the device table.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceRow {
    pub device_id: String,
    pub state: JobState,
    pub batch: u32,
    pub progress: Option<u8>,
    pub attempt: u32,
    pub reason: Option<String>,
    pub hw: Option<String>,
    pub stage_ms: i64,
}

const ROW_COLUMNS: &str =
    "j.device_id, j.state, j.batch, j.progress, j.attempt, j.reason, d.hw, j.stage_ms";

fn row_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<DeviceRow> {
    let state: String = r.get(1)?;
    Ok(DeviceRow {
        device_id: r.get(0)?,
        state: JobState::parse(&state).unwrap_or(JobState::Pending),
        batch: r.get(2)?,
        progress: r.get(3)?,
        attempt: r.get(4)?,
        reason: r.get(5)?,
        hw: r.get(6)?,
        stage_ms: r.get(7)?,
    })
}

/// The jobs at these rowids (those missing are skipped), in the order given.
pub fn rows_by_rowid(conn: &Connection, rowids: &[i64]) -> Result<Vec<DeviceRow>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {ROW_COLUMNS} FROM jobs j LEFT JOIN devices d ON d.id = j.device_id \
         WHERE j.rowid = ?1"
    ))?;
    let mut out = Vec::with_capacity(rowids.len());
    for rowid in rowids {
        if let Some(r) = st.query_map([rowid], row_from)?.next() {
            out.push(r?);
        }
    }
    Ok(out)
}

/// The device's row in the rollout, as stored now.
pub fn device_row(conn: &Connection, rollout: &str, device_id: &str) -> Result<Option<DeviceRow>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {ROW_COLUMNS} FROM jobs j LEFT JOIN devices d ON d.id = j.device_id \
         WHERE j.rollout_id = ?1 AND j.device_id = ?2"
    ))?;
    match st.query_map([rollout, device_id], row_from)?.next() {
        Some(r) => Ok(Some(r?)),
        None => Ok(None),
    }
}

/// What narrows the device table: job states (any of), hardware, a tag, and text
/// found in the device id or the reason (case-insensitive).
#[derive(Debug, Clone, Copy, Default)]
pub struct DeviceFilter<'a> {
    pub states: &'a [JobState],
    pub hw: Option<&'a str>,
    pub tag: Option<&'a str>,
    pub text: Option<&'a str>,
}

/// The device table's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceOrder {
    /// Trouble first: failed, rejected, timed out, then the stages backwards.
    State,
    Device,
    /// Most recently updated first.
    Recent,
    Batch,
}

/// The WHERE clause of the device table and its parameters (numbered from ?1).
fn where_clause(rollout: &str, f: &DeviceFilter<'_>) -> (String, Vec<Value>) {
    let mut params = vec![Value::Text(rollout.to_string())];
    let mut cond = String::from("j.rollout_id = ?1");
    let mut push = |cond: &mut String, sql: &str, v: Value| {
        params.push(v);
        cond.push_str(&sql.replace("?N", &format!("?{}", params.len())));
    };
    if !f.states.is_empty() {
        cond.push_str(" AND j.state IN (");
        for (i, s) in f.states.iter().enumerate() {
            let sep = if i == 0 { "?N" } else { ", ?N" };
            push(&mut cond, sep, Value::Text(s.as_str().to_string()));
        }
        cond.push(')');
    }
    if let Some(hw) = f.hw {
        push(&mut cond, " AND d.hw = ?N", Value::Text(hw.to_string()));
    }
    if let Some(tag) = f.tag {
        push(
            &mut cond,
            " AND EXISTS (SELECT 1 FROM json_each(d.tags) t WHERE t.value = ?N)",
            Value::Text(tag.to_string()),
        );
    }
    if let Some(text) = f.text {
        push(
            &mut cond,
            " AND (instr(lower(j.device_id), ?N) > 0 OR instr(lower(coalesce(j.reason, '')), ?N) > 0)",
            Value::Text(text.to_lowercase()),
        );
    }
    (cond, params)
}

fn order_by(s: DeviceOrder) -> &'static str {
    match s {
        DeviceOrder::State => {
            "CASE j.state WHEN 'failed' THEN 0 WHEN 'rolled_back' THEN 0 WHEN 'rejected' THEN 1 \
             WHEN 'timed_out' THEN 2 \
             WHEN 'rebooting' THEN 3 WHEN 'flashing' THEN 4 WHEN 'verifying' THEN 5 \
             WHEN 'downloading' THEN 6 WHEN 'accepted' THEN 7 WHEN 'sent' THEN 8 \
             WHEN 'queued' THEN 9 WHEN 'pending' THEN 10 WHEN 'succeeded' THEN 11 ELSE 12 END, \
             j.device_id"
        }
        DeviceOrder::Device => "j.device_id",
        DeviceOrder::Recent => "j.updated_ms DESC, j.device_id",
        DeviceOrder::Batch => "j.batch, j.device_id",
    }
}

/// How many of the rollout's devices the filter lets through.
pub fn count_devices(conn: &Connection, rollout: &str, f: &DeviceFilter<'_>) -> Result<u64> {
    let (cond, params) = where_clause(rollout, f);
    let n: i64 = conn.query_row(
        &format!(
            "SELECT count(*) FROM jobs j LEFT JOIN devices d ON d.id = j.device_id WHERE {cond}"
        ),
        params_from_iter(params.iter()),
        |r| r.get(0),
    )?;
    Ok(n.max(0) as u64)
}

/// Rows `[offset, offset + limit)` of the rollout's filtered, sorted device table.
pub fn device_page(
    conn: &Connection,
    rollout: &str,
    f: &DeviceFilter<'_>,
    order: DeviceOrder,
    offset: u64,
    limit: u64,
) -> Result<Vec<DeviceRow>> {
    let (cond, mut params) = where_clause(rollout, f);
    params.push(Value::Integer(limit.min(i64::MAX as u64) as i64));
    params.push(Value::Integer(offset.min(i64::MAX as u64) as i64));
    let sql = format!(
        "SELECT {ROW_COLUMNS} FROM jobs j LEFT JOIN devices d ON d.id = j.device_id \
         WHERE {cond} ORDER BY {} LIMIT ?{} OFFSET ?{}",
        order_by(order),
        params.len() - 1,
        params.len()
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st
        .query_map(params_from_iter(params.iter()), row_from)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// An audit entry as the event log shows it (`args` as stored, JSON).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditLine {
    pub id: i64,
    pub ts_ms: i64,
    pub actor: String,
    pub command: String,
    pub args: String,
    pub outcome: String,
}

/// The newest (at most `limit`) audit entries after id `after`, oldest first.
pub fn audit_after(conn: &Connection, after: i64, limit: u32) -> Result<Vec<AuditLine>> {
    let mut st = conn.prepare_cached(
        "SELECT id, ts_ms, actor, command, args, outcome FROM audit WHERE id > ?1 \
         ORDER BY id DESC LIMIT ?2",
    )?;
    let mut rows = st
        .query_map(rusqlite::params![after, limit], |r| {
            Ok(AuditLine {
                id: r.get(0)?,
                ts_ms: r.get(1)?,
                actor: r.get(2)?,
                command: r.get(3)?,
                args: r.get(4)?,
                outcome: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.reverse();
    Ok(rows)
}

/// A dead letter as the event log shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadLine {
    pub id: i64,
    pub created_ms: i64,
    pub source: String,
    pub topic: Option<String>,
    pub reason: String,
}

/// The newest (at most `limit`) dead letters after id `after`, oldest first.
pub fn dead_letters_after(conn: &Connection, after: i64, limit: u32) -> Result<Vec<DeadLine>> {
    let mut st = conn.prepare_cached(
        "SELECT id, created_ms, source, topic, reason FROM dead_letters WHERE id > ?1 \
         ORDER BY id DESC LIMIT ?2",
    )?;
    let mut rows = st
        .query_map(rusqlite::params![after, limit], |r| {
            Ok(DeadLine {
                id: r.get(0)?,
                created_ms: r.get(1)?,
                source: r.get(2)?,
                topic: r.get(3)?,
                reason: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(StoreError::from)?;
    rows.reverse();
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rollouts::{NewRollout, create};
    use crate::states::RolloutState;

    fn store() -> Connection {
        let mut c = crate::open_in_memory().expect("store");
        crate::fixture::artifact(&c, 1).expect("artifact");
        crate::fleet::import_devices(
            &mut c,
            &[crate::fleet::NewDevice {
                id: "b".into(),
                hw: "esp32".into(),
                tags: vec!["north".into()],
                firmware_version: None,
                counter: 0,
            }],
            0,
        )
        .expect("devices");
        create(
            &mut c,
            &NewRollout {
                id: "r1".into(),
                artifact_id: 1,
                selector: "all".into(),
                policy: "{}".into(),
                state: RolloutState::Running,
                target_version: "2.0".into(),
                batches: vec![vec!["a".into()], vec!["b".into(), "c".into()]],
                confirm_ms: None,
            },
            0,
        )
        .expect("rollout");
        c
    }

    #[test]
    fn sizes_and_batches() -> Result<()> {
        let c = store();
        assert_eq!(rollout_sizes(&c)?.get("r1"), Some(&3));
        let b = batch_states(&c, "r1")?;
        assert_eq!(b[&1], (BatchState::Waiting, 2));
        Ok(())
    }

    #[test]
    fn the_device_table_filters_sorts_and_pages() -> Result<()> {
        let c = store();
        let all = DeviceFilter::default();
        assert_eq!(count_devices(&c, "r1", &all)?, 3);
        let ids = |rows: Vec<DeviceRow>| rows.into_iter().map(|r| r.device_id).collect::<Vec<_>>();
        assert_eq!(
            ids(device_page(&c, "r1", &all, DeviceOrder::Device, 1, 5)?),
            ["b", "c"]
        );
        let hw = DeviceFilter {
            hw: Some("esp32"),
            ..all
        };
        assert_eq!(
            ids(device_page(&c, "r1", &hw, DeviceOrder::Batch, 0, 5)?),
            ["b"]
        );
        let tag = DeviceFilter {
            tag: Some("north"),
            text: Some("B"),
            states: &[JobState::Pending],
            ..all
        };
        assert_eq!(count_devices(&c, "r1", &tag)?, 1);
        let none = DeviceFilter {
            states: &[JobState::Failed],
            ..all
        };
        assert_eq!(count_devices(&c, "r1", &none)?, 0);
        let row = device_row(&c, "r1", "b")?.ok_or(StoreError::Invalid("b".into()))?;
        assert_eq!((row.hw.as_deref(), row.batch), (Some("esp32"), 1));
        assert_eq!(device_row(&c, "r1", "zz")?, None);
        assert_eq!(ids(rows_by_rowid(&c, &[3, 99, 1])?), ["c", "a"]);
        Ok(())
    }

    #[test]
    fn audit_and_dead_letters_after_an_id_oldest_first() -> Result<()> {
        let c = store();
        for i in 0..3 {
            crate::audit::record(&c, i, "me", "rollout pause", &[], "ok")?;
        }
        let a = audit_after(&c, -1, 2)?;
        assert_eq!(a.iter().map(|l| l.ts_ms).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(audit_after(&c, a[1].id, 20)?, vec![]);
        assert!(dead_letters_after(&c, -1, 20)?.is_empty());
        assert!(data_version(&c)? >= 0);
        Ok(())
    }
}
