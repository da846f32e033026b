//! The event log under the device table: new statuses (one line per device when a
//! few changed, a summary per batch when many), dead letters, gate decisions,
//! rollout state changes and operator actions, newest last, bounded.

use super::data::{DeviceRow, Overview};
use crate::output::fmt_ms;
use otactl_store::JobState;
use std::collections::VecDeque;

/// What an event line is about (it picks the symbol and the style).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// A device moved (the state it moved to).
    Status(JobState),
    /// Many devices moved: a summary.
    Summary,
    Gate,
    Rollout,
    Operator,
    DeadLetter,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventLine {
    pub ts_ms: i64,
    pub kind: EventKind,
    pub text: String,
}

/// The most lines kept.
pub const CAPACITY: usize = 500;

#[derive(Debug, Default)]
pub struct EventLog {
    pub lines: VecDeque<EventLine>,
}

impl EventLog {
    pub fn push(&mut self, ts_ms: i64, kind: EventKind, text: impl Into<String>) {
        self.lines.push_back(EventLine {
            ts_ms,
            kind,
            text: text.into(),
        });
        while self.lines.len() > CAPACITY {
            self.lines.pop_front();
        }
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// Jobs that moved since the last snapshot: each listed when few, else a summary
/// per batch of what entered each state.
pub fn job_changes(
    log: &mut EventLog,
    before: Option<&Overview>,
    now: &Overview,
    rows: &[DeviceRow],
    changed: u64,
    ts_ms: i64,
) {
    if changed as usize <= rows.len() {
        for r in rows.iter().rev() {
            let mut text = format!("{} {}", r.device_id, r.state);
            if let Some(p) = r.progress.filter(|_| !r.state.is_final()) {
                text.push_str(&format!(" {p}%"));
            }
            if let Some(reason) = r
                .reason
                .as_deref()
                .filter(|_| r.state != JobState::Succeeded)
            {
                text.push_str(&format!(": {reason}"));
            }
            log.push(ts_ms, EventKind::Status(r.state), text);
        }
        return;
    }
    for b in &now.batches {
        let old = before.and_then(|o| o.batches.iter().find(|x| x.index == b.index));
        let mut parts = Vec::new();
        for st in JobState::ALL {
            let i = st as usize;
            let was = old.map(|o| o.stages[i]).unwrap_or(0);
            if b.stages[i] > was {
                parts.push(format!("+{} {}", b.stages[i] - was, st));
            }
        }
        if !parts.is_empty() {
            log.push(
                ts_ms,
                EventKind::Summary,
                format!("batch {}: {}", b.index, parts.join(", ")),
            );
        }
    }
    // Failures stay visible one by one even in a flood.
    for r in rows.iter().rev().filter(|r| r.state.is_failure()) {
        log.push(
            ts_ms,
            EventKind::Status(r.state),
            format!(
                "{} {}: {}",
                r.device_id,
                r.state,
                r.reason.as_deref().unwrap_or("no reason")
            ),
        );
    }
}

/// Batch gates that changed their verdict, batch states the engine moved, and the
/// rollout's own state.
pub fn gates_and_states(log: &mut EventLog, old: &Overview, new: &Overview, ts_ms: i64) {
    if old.rollout.id != new.rollout.id {
        return;
    }
    for b in &new.batches {
        let Some(o) = old.batches.iter().find(|x| x.index == b.index) else {
            continue;
        };
        if o.state != b.state {
            log.push(
                ts_ms,
                EventKind::Gate,
                format!("batch {}: {} -> {}", b.index, o.state, b.state),
            );
        }
        if let (Some(g0), Some(g1)) = (&o.gate, &b.gate)
            && std::mem::discriminant(g0) != std::mem::discriminant(g1)
        {
            log.push(
                ts_ms,
                EventKind::Gate,
                format!("gate of batch {}: {g1}", b.index),
            );
        }
    }
    let (r0, r1) = (&old.rollout, &new.rollout);
    if r0.state != r1.state {
        let reason = r1
            .reason
            .as_deref()
            .map(|r| format!(" ({r})"))
            .unwrap_or_default();
        log.push(
            ts_ms,
            EventKind::Rollout,
            format!("rollout {}: {} -> {}{reason}", r1.id, r0.state, r1.state),
        );
    }
}

/// An audit entry: who did what, with which outcome.
pub fn operator(
    log: &mut EventLog,
    ts_ms: i64,
    actor: &str,
    command: &str,
    args: &str,
    outcome: &str,
) {
    let args: Vec<String> = serde_json::from_str(args).unwrap_or_default();
    // The id is the last argument of the rollout verbs; show it when there is one.
    let target = args
        .iter()
        .rev()
        .find(|a| !a.starts_with('-'))
        .map(|a| format!(" {a}"))
        .unwrap_or_default();
    log.push(
        ts_ms,
        EventKind::Operator,
        format!("{actor}: {command}{target} ({outcome})"),
    );
}

pub fn dead_letter(
    log: &mut EventLog,
    ts_ms: i64,
    source: &str,
    topic: Option<&str>,
    reason: &str,
) {
    let topic = topic.map(|t| format!(" on {t}")).unwrap_or_default();
    log.push(
        ts_ms,
        EventKind::DeadLetter,
        format!("dead letter ({source}){topic}: {reason}"),
    );
}

/// The time of an event, as the log shows it (HH:MM:SS, UTC).
pub fn clock(ts_ms: i64) -> String {
    let s = fmt_ms(ts_ms);
    s.get(11..19).map(str::to_string).unwrap_or(s)
}
