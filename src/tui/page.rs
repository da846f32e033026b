//! The device table's window: the filtered, sorted query over a rollout's jobs
//! (joined with the inventory for hw and tags), read with LIMIT/OFFSET so only the
//! rows near the screen are fetched, whatever the fleet's size.

use super::data::{Overview, Page, PageQuery};
use super::filter::{Filter, Sort};
use crate::error::CliResult;
use otactl_store::Connection;
use otactl_store::dashboard::{self, DeviceFilter, DeviceOrder};

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
    let f = device_filter(&q.filter);
    let matching = match overview {
        Some(ov) if q.filter.only_states() && ov.rollout.id == *rollout => {
            if q.filter.states.is_empty() {
                ov.whole.total
            } else {
                q.filter.states.iter().map(|s| ov.stages[*s as usize]).sum()
            }
        }
        _ => dashboard::count_devices(conn, rollout, &f)?,
    };
    let rows = dashboard::device_page(conn, rollout, &f, order(q.sort), offset, limit)?;
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
    for r in &mut page.rows {
        if let Some(fresh) = dashboard::device_row(conn, &rollout, &r.device_id)? {
            *r = fresh;
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

/// The dashboard's filter, as the store's query takes it.
fn device_filter(f: &Filter) -> DeviceFilter<'_> {
    DeviceFilter {
        states: &f.states,
        hw: f.hw.as_deref(),
        tag: f.tag.as_deref(),
        text: f.text.as_deref(),
    }
}

fn order(s: Sort) -> DeviceOrder {
    match s {
        Sort::State => DeviceOrder::State,
        Sort::Device => DeviceOrder::Device,
        Sort::Recent => DeviceOrder::Recent,
        Sort::Batch => DeviceOrder::Batch,
    }
}
