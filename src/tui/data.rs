//! What the dashboard shows, read from the store: a snapshot taken only when
//! `PRAGMA data_version` says another connection committed (and at most once per
//! refresh interval), and the device table one window at a time (LIMIT/OFFSET on the
//! filtered, sorted query), so a 100k-device rollout never builds 100k rows.

use super::events::{self, EventLog};
use super::filter::{Filter, Sort};
use super::page;
use crate::domain::batches::{self, Gate, GatePolicy, Tally};
use crate::domain::policy::Policy;
use crate::error::CliResult;
use otactl_store::JobState;
pub use otactl_store::dashboard::DeviceRow;
/// Counts by job state, indexed by `state as usize` (the order of `JobState::ALL`).
pub use otactl_store::progress::Stages;
use otactl_store::rollouts::{self, BatchState, Rollout, RolloutState};
use otactl_store::{Connection, dashboard, progress};
use std::collections::{HashMap, VecDeque};

/// One line of the rollout list.
#[derive(Debug, Clone, PartialEq)]
pub struct RolloutRow {
    pub id: String,
    pub state: RolloutState,
    pub firmware: String,
    pub size: u64,
}

/// One batch of the focused rollout.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchView {
    pub index: u32,
    /// As the engine records it.
    pub state: BatchState,
    pub tally: Tally,
    pub stages: Stages,
    pub gate: Option<Gate>,
}

/// The focused rollout: totals, stages, batches and gates.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub rollout: Rollout,
    pub firmware: String,
    pub policy: Option<Policy>,
    pub whole: Tally,
    pub stages: Stages,
    pub batches: Vec<BatchView>,
}

impl Overview {
    pub fn gate_policy(&self) -> Option<GatePolicy> {
        self.policy.as_ref().map(Policy::gate_policy)
    }
}

/// What the device table asks for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageQuery {
    pub rollout: Option<String>,
    pub filter: Filter,
    pub sort: Sort,
}

/// A window of the filtered, sorted device table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub query: PageQuery,
    /// The store generation it was read at.
    pub generation: u64,
    pub offset: u64,
    pub rows: Vec<DeviceRow>,
    /// Devices matching the filter, in all.
    pub matching: u64,
    /// When the sorted query last ran (rows refreshed in place since keep its order).
    pub sorted_at: Option<std::time::Instant>,
}

impl Page {
    /// The rows `[from, from + n)` if this window holds them all (or the table ends).
    pub fn covers(&self, from: u64, n: u64) -> bool {
        let end = self.offset + self.rows.len() as u64;
        from >= self.offset && (from + n <= end || end >= self.matching)
    }
}

/// A device's detail: inventory, jobs and status history with errors.
#[derive(Debug, Clone)]
pub struct Detail {
    pub device_id: String,
    pub device: Option<otactl_store::fleet::Device>,
    pub jobs: Vec<otactl_store::jobs::Job>,
    pub history: Vec<otactl_store::jobs::StatusEvent>,
}

/// Everything the screens draw from.
#[derive(Debug, Default)]
pub struct View {
    pub rollouts: Vec<RolloutRow>,
    pub overview: Option<Overview>,
    pub page: Page,
    pub events: EventLog,
    /// Job state changes per second, one sample per refresh, newest last.
    pub throughput: VecDeque<u64>,
    /// (time, devices final) samples for the completion rate.
    pub finals: VecDeque<(i64, u64)>,
    pub refreshed_ms: i64,
    /// Bumped on each snapshot: pages read before it are stale.
    pub generation: u64,
}

impl View {
    /// Devices finishing per second over the last minute.
    pub fn done_rate(&self) -> Option<f64> {
        let (&(t1, n1), &(t0, n0)) = (self.finals.back()?, self.finals.front()?);
        (t1 > t0).then(|| n1.saturating_sub(n0) as f64 * 1000.0 / (t1 - t0) as f64)
    }
}

/// The store, as the dashboard reads it.
pub struct Source {
    conn: Connection,
    last_version: Option<i64>,
    /// Newest `updated_ms` seen in the focused rollout's jobs.
    seen_updated_ms: i64,
    last_audit: i64,
    last_dead: i64,
    firmware: HashMap<i64, String>,
    focus: Option<String>,
}

/// The most rows of changed jobs listed one by one per refresh.
const CHANGES_LISTED: usize = 12;
const THROUGHPUT_SAMPLES: usize = 120;
/// How long the device table keeps its order while the store changes: sorting a
/// 100k-device rollout costs tens of milliseconds, a lookup per visible row far less.
const RESORT: std::time::Duration = std::time::Duration::from_secs(5);

impl Source {
    pub fn new(conn: Connection) -> Source {
        Source {
            conn,
            last_version: None,
            seen_updated_ms: 0,
            last_audit: 0,
            last_dead: 0,
            firmware: HashMap::new(),
            focus: None,
        }
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Whether another connection committed since the last snapshot (cheap).
    pub fn changed(&self) -> CliResult<bool> {
        let v = dashboard::data_version(&self.conn)?;
        Ok(self.last_version != Some(v))
    }

    /// Takes a new snapshot of the store into `view`, focused on `rollout` (or the
    /// newest active rollout when None). Returns the rollout focused.
    pub fn refresh(
        &mut self,
        view: &mut View,
        rollout: Option<&str>,
        now_ms: i64,
    ) -> CliResult<Option<String>> {
        self.last_version = Some(dashboard::data_version(&self.conn)?);
        view.rollouts = self.rollout_rows()?;
        let focus = rollout
            .map(str::to_string)
            .or_else(|| default_focus(&view.rollouts));
        let first = view.generation == 0;
        if focus != self.focus {
            // A new focus starts its counters and rates afresh.
            self.focus = focus.clone();
            view.overview = None;
            view.throughput.clear();
            view.finals.clear();
            self.seen_updated_ms = 0;
        }
        let overview = match &focus {
            Some(id) => self.overview(view, id, now_ms)?,
            None => None,
        };
        if let (Some(old), Some(new)) = (&view.overview, &overview) {
            events::gates_and_states(&mut view.events, old, new, now_ms);
        }
        view.overview = overview;
        self.operator_and_dead_letters(view, first)?;
        view.refreshed_ms = now_ms;
        view.generation += 1;
        Ok(focus)
    }

    fn rollout_rows(&mut self) -> CliResult<Vec<RolloutRow>> {
        let list = rollouts::list(&self.conn)?;
        let sizes = dashboard::rollout_sizes(&self.conn)?;
        let mut out = Vec::with_capacity(list.len());
        for r in list.into_iter().rev() {
            let firmware = self.firmware_of(r.artifact_id)?;
            out.push(RolloutRow {
                size: sizes.get(&r.id).copied().unwrap_or(0),
                id: r.id,
                state: r.state,
                firmware,
            });
        }
        Ok(out)
    }

    fn firmware_of(&mut self, artifact: i64) -> CliResult<String> {
        if let Some(f) = self.firmware.get(&artifact) {
            return Ok(f.clone());
        }
        let f = otactl_store::artifacts::get_by_id(&self.conn, artifact)?
            .map(|a| format!("{}@{}", a.name, a.version))
            .unwrap_or_default();
        self.firmware.insert(artifact, f.clone());
        Ok(f)
    }

    /// One pass over the rollout's jobs: counts per batch and state, and the rows
    /// changed since the last pass (listed in the event log when few).
    fn overview(&mut self, view: &mut View, id: &str, now_ms: i64) -> CliResult<Option<Overview>> {
        let Some(rollout) = rollouts::get(&self.conn, id)? else {
            return Ok(None);
        };
        let policy: Option<Policy> = serde_json::from_str(&rollout.policy).ok();
        let batch_rows = dashboard::batch_states(&self.conn, id)?;
        let (progress, changes) = progress::progress_since(&self.conn, id, self.seen_updated_ms)?;
        self.seen_updated_ms = changes.newest_ms;
        let changed_n = changes.rows.len() as u64;
        let mut changed = changes.rows;
        let mut per_batch = progress.batches;
        for (i, (_, n)) in &batch_rows {
            per_batch.entry(*i).or_insert_with(|| {
                let mut s = [0; JobState::ALL.len()];
                s[JobState::Pending as usize] = *n;
                s
            });
        }
        let progress = progress::Progress { batches: per_batch };
        let stages = progress.stages();
        let whole = Tally::of(&stages);
        let firmware = self.firmware_of(rollout.artifact_id)?;
        let gp = policy.as_ref().map(Policy::gate_policy);
        let batches = progress
            .batches
            .iter()
            .map(|(&index, s)| {
                let tally = Tally::of(s);
                BatchView {
                    index,
                    state: batch_rows
                        .get(&index)
                        .map_or(BatchState::Waiting, |(st, _)| *st),
                    gate: gp.map(|g| batches::gate(&g, &tally, &whole)),
                    tally,
                    stages: *s,
                }
            })
            .collect();
        let ov = Overview {
            rollout,
            firmware,
            policy,
            whole,
            stages,
            batches,
        };
        self.rates(view, &ov, now_ms);
        if changed_n > 0 {
            changed.sort_unstable_by(|a, b| b.cmp(a));
            changed.truncate(CHANGES_LISTED);
            let rows = self.changed_rows(&changed)?;
            events::job_changes(
                &mut view.events,
                view.overview.as_ref(),
                &ov,
                &rows,
                changed_n,
                now_ms,
            );
        }
        Ok(Some(ov))
    }

    /// Throughput (state changes per second) and the completion samples.
    fn rates(&self, view: &mut View, ov: &Overview, now_ms: i64) {
        let finals = ov.whole.total - ov.whole.open;
        if let Some(old) = &view.overview
            && view.refreshed_ms > 0
            && now_ms > view.refreshed_ms
        {
            let mut moves = 0u64;
            for b in &ov.batches {
                let before = old.batches.iter().find(|o| o.index == b.index);
                for (i, n) in b.stages.iter().enumerate() {
                    let was = before.map(|o| o.stages[i]).unwrap_or(0);
                    moves += n.saturating_sub(was);
                }
            }
            let per_s = moves * 1000 / (now_ms - view.refreshed_ms).max(1) as u64;
            view.throughput.push_back(per_s);
            while view.throughput.len() > THROUGHPUT_SAMPLES {
                view.throughput.pop_front();
            }
        }
        view.finals.push_back((now_ms, finals));
        while view
            .finals
            .front()
            .is_some_and(|&(t, _)| now_ms - t > 60_000)
        {
            view.finals.pop_front();
        }
    }

    fn changed_rows(&self, changed: &[(i64, i64)]) -> CliResult<Vec<DeviceRow>> {
        let rowids: Vec<i64> = changed.iter().map(|&(_, rowid)| rowid).collect();
        Ok(dashboard::rows_by_rowid(&self.conn, &rowids)?)
    }

    fn operator_and_dead_letters(&mut self, view: &mut View, first: bool) -> CliResult<()> {
        let since = if first { -1 } else { self.last_audit };
        for a in dashboard::audit_after(&self.conn, since, 20)? {
            self.last_audit = self.last_audit.max(a.id);
            events::operator(
                &mut view.events,
                a.ts_ms,
                &a.actor,
                &a.command,
                &a.args,
                &a.outcome,
            );
        }
        let since = if first { -1 } else { self.last_dead };
        for d in dashboard::dead_letters_after(&self.conn, since, 20)? {
            self.last_dead = self.last_dead.max(d.id);
            events::dead_letter(
                &mut view.events,
                d.created_ms,
                &d.source,
                d.topic.as_deref(),
                &d.reason,
            );
        }
        Ok(())
    }

    /// Makes sure `view.page` holds rows `[first, first + height)` of `q`, reading a
    /// window around them when it does not (or when the store moved on).
    pub fn ensure_page(
        &mut self,
        view: &mut View,
        q: &PageQuery,
        first: u64,
        height: u64,
    ) -> CliResult<()> {
        let p = &view.page;
        if p.query == *q && p.covers(first, height) {
            if p.generation == view.generation {
                return Ok(());
            }
            // The store moved on: while the order is recent, refresh the rows in
            // place (a lookup each) instead of sorting the whole table again.
            if p.sorted_at.is_some_and(|t| t.elapsed() < RESORT) {
                page::refresh_rows(&self.conn, &mut view.page, view.overview.as_ref())?;
                view.page.generation = view.generation;
                return Ok(());
            }
        }
        let window = (height * 10).max(500);
        let offset = first.saturating_sub(window / 3);
        view.page = page::read(&self.conn, q, offset, window, view.overview.as_ref())?;
        view.page.generation = view.generation;
        view.page.sorted_at = Some(std::time::Instant::now());
        Ok(())
    }

    /// A device's detail, for the overlay opened with Enter.
    pub fn detail(&self, device_id: &str) -> CliResult<Detail> {
        Ok(Detail {
            device_id: device_id.to_string(),
            device: otactl_store::fleet::get_device(&self.conn, device_id)?,
            jobs: otactl_store::jobs::jobs_of_device(&self.conn, device_id)?,
            history: otactl_store::jobs::status_history(&self.conn, device_id, 50)?,
        })
    }
}

/// The rollout to show when none was named: the newest active one, else the newest.
fn default_focus(list: &[RolloutRow]) -> Option<String> {
    list.iter()
        .find(|r| r.state.is_active())
        .or(list.first())
        .map(|r| r.id.clone())
}
