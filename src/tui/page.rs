//! The device table's window: the filtered, sorted query over a rollout's jobs
//! (joined with the inventory for hw and tags), read with LIMIT/OFFSET so only the
//! rows near the screen are fetched, whatever the fleet's size.

use super::data::{DeviceRow, Overview, Page, PageQuery};
use super::filter::{Filter, Sort};
use crate::error::CliResult;
use otactl_store::JobState;
use rusqlite::Connection;
use rusqlite::types::Value;

/// Reads rows `[offset, offset + limit)` of the device table `q`. The number of
/// matching devices comes from the snapshot's counts when only states narrow.
pub fn read(
    conn: &Connection,
    q: &PageQuery,
    offset: u64,
    limit: u64,
    overview: Option<&Overview>,
) -> CliResult<Page> {
    let Some(rollout) = &q.rollout else {
        return Ok(Page::default());
    };
    let (cond, mut params) = where_clause(rollout, &q.filter);
    let matching = match overview {
        Some(ov) if q.filter.only_states() && ov.rollout.id == *rollout => {
            if q.filter.states.is_empty() {
                ov.whole.total
            } else {
                q.filter.states.iter().map(|s| ov.stages[*s as usize]).sum()
            }
        }
        _ => conn.query_row(
            &format!(
                "SELECT count(*) FROM jobs j LEFT JOIN devices d ON d.id = j.device_id WHERE {cond}"
            ),
            rusqlite::params_from_iter(params.iter()),
            |r| r.get::<_, i64>(0),
        )? as u64,
    };
    params.push(Value::Integer(limit as i64));
    params.push(Value::Integer(offset as i64));
    let sql = format!(
        "SELECT {ROW_COLUMNS} FROM jobs j LEFT JOIN devices d ON d.id = j.device_id \
         WHERE {cond} ORDER BY {} LIMIT ?{} OFFSET ?{}",
        order_by(q.sort),
        params.len() - 1,
        params.len()
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st
        .query_map(rusqlite::params_from_iter(params.iter()), row_from)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Page {
        query: q.clone(),
        generation: 0,
        offset,
        rows,
        matching,
        sorted_at: None,
    })
}

/// Re-reads the rows of `page` in place, one lookup each, keeping their order; the
/// count of matching devices follows the snapshot when it can.
pub fn refresh_rows(
    conn: &Connection,
    page: &mut Page,
    overview: Option<&Overview>,
) -> CliResult<()> {
    let Some(rollout) = page.query.rollout.clone() else {
        return Ok(());
    };
    let mut st = conn.prepare_cached(&format!(
        "SELECT {ROW_COLUMNS} FROM jobs j LEFT JOIN devices d ON d.id = j.device_id \
         WHERE j.rollout_id = ?1 AND j.device_id = ?2"
    ))?;
    for r in &mut page.rows {
        if let Some(fresh) = st.query_map([&rollout, &r.device_id], row_from)?.next() {
            *r = fresh?;
        }
    }
    let f = &page.query.filter;
    if let Some(ov) = overview.filter(|o| f.only_states() && o.rollout.id == rollout) {
        page.matching = if f.states.is_empty() {
            ov.whole.total
        } else {
            f.states.iter().map(|s| ov.stages[*s as usize]).sum()
        };
    }
    Ok(())
}

pub const ROW_COLUMNS: &str =
    "j.device_id, j.state, j.batch, j.progress, j.attempt, j.reason, d.hw, j.stage_ms";

pub fn row_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<DeviceRow> {
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

/// The WHERE clause of the device table and its parameters (numbered from ?1).
fn where_clause(rollout: &str, f: &Filter) -> (String, Vec<Value>) {
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
    if let Some(hw) = &f.hw {
        push(&mut cond, " AND d.hw = ?N", Value::Text(hw.clone()));
    }
    if let Some(tag) = &f.tag {
        push(
            &mut cond,
            " AND EXISTS (SELECT 1 FROM json_each(d.tags) t WHERE t.value = ?N)",
            Value::Text(tag.clone()),
        );
    }
    if let Some(text) = &f.text {
        push(
            &mut cond,
            " AND (instr(lower(j.device_id), ?N) > 0 OR instr(lower(coalesce(j.reason, '')), ?N) > 0)",
            Value::Text(text.to_lowercase()),
        );
    }
    (cond, params)
}

fn order_by(s: Sort) -> &'static str {
    match s {
        Sort::State => {
            "CASE j.state WHEN 'failed' THEN 0 WHEN 'rejected' THEN 1 WHEN 'timed_out' THEN 2 \
             WHEN 'rebooting' THEN 3 WHEN 'flashing' THEN 4 WHEN 'verifying' THEN 5 \
             WHEN 'downloading' THEN 6 WHEN 'accepted' THEN 7 WHEN 'sent' THEN 8 \
             WHEN 'queued' THEN 9 WHEN 'pending' THEN 10 WHEN 'succeeded' THEN 11 ELSE 12 END, \
             j.device_id"
        }
        Sort::Device => "j.device_id",
        Sort::Recent => "j.updated_ms DESC, j.device_id",
        Sort::Batch => "j.batch, j.device_id",
    }
}
