//! Small pieces the screens share: the stacked progress bar (it shows failures as
//! marks, so it reads without color), durations and counts made short, the help and
//! device-detail overlays.

use super::app::App;
use super::data::Detail;
use super::theme::Theme;
use crate::domain::batches::Tally;
use crate::output::fmt_ms;
use otactl_store::JobState;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// A bar of `width` cells: succeeded, failed, in flight, cancelled, then pending.
pub fn bar(t: Theme, tally: &Tally, in_flight: u64, width: usize) -> Vec<Span<'static>> {
    let [full, fail, busy, gone, empty] = t.bar_chars();
    let total = tally.total.max(1) as f64;
    let cells = |n: u64| ((n as f64 / total) * width as f64).round() as usize;
    let mut left = width;
    let mut out = Vec::with_capacity(5);
    let parts = [
        (tally.succeeded, full, t.state(JobState::Succeeded)),
        (tally.failed, fail, t.state(JobState::Failed)),
        (in_flight, busy, t.state(JobState::Downloading)),
        (tally.cancelled, gone, t.state(JobState::Cancelled)),
    ];
    for (n, ch, style) in parts {
        // A non-zero count always shows at least one cell.
        let c = if n > 0 { cells(n).max(1) } else { 0 }.min(left);
        if c > 0 {
            out.push(Span::styled(ch.repeat(c), style));
            left -= c;
        }
    }
    if left > 0 {
        out.push(Span::styled(empty.repeat(left), t.dim()));
    }
    out
}

/// Jobs in flight or queued: open, but past pending.
pub fn started(stages: &otactl_store::Stages) -> u64 {
    JobState::ALL
        .iter()
        .filter(|s| !s.is_final() && **s != JobState::Pending)
        .map(|s| stages[*s as usize])
        .sum()
}

/// `95.0%` style share of `n` in `of` (0 of 0 is 0%).
pub fn pct(n: u64, of: u64) -> String {
    if of == 0 {
        return "0%".into();
    }
    let p = n as f64 * 100.0 / of as f64;
    if p >= 10.0 || p == 0.0 {
        format!("{p:.0}%")
    } else {
        format!("{p:.1}%")
    }
}

/// A duration in seconds as `42s`, `3m10s`, `2h05m`, `3d04h`.
pub fn dur(secs: i64) -> String {
    let s = secs.max(0);
    match s {
        0..60 => format!("{s}s"),
        60..3600 => format!("{}m{:02}s", s / 60, s % 60),
        3600..86_400 => format!("{}h{:02}m", s / 3600, (s % 3600) / 60),
        _ => format!("{}d{:02}h", s / 86_400, (s % 86_400) / 3600),
    }
}

/// Cuts `s` to `w` characters, marking the cut.
pub fn fit(t: Theme, s: &str, w: usize) -> String {
    if s.chars().count() <= w {
        return s.to_string();
    }
    let e = t.ellipsis();
    let keep = w.saturating_sub(e.chars().count());
    let mut out: String = s.chars().take(keep).collect();
    out.push_str(e);
    out
}

/// A box centered in `area`, at most `w` x `h`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

const HELP: &[(&str, &str)] = &[
    ("↑ ↓  j k", "move in the focused pane"),
    ("PgUp PgDn g G", "page, first, last"),
    ("Tab  Shift-Tab", "focus rollouts / devices / events"),
    ("Enter", "device detail (or focus a rollout's devices)"),
    ("/", "filter: state:failed hw:esp32 tag:q1 text"),
    ("Esc", "clear the filter, close a pane"),
    ("s", "sort: state, device, recent, batch"),
    ("p  r", "pause, resume the rollout"),
    ("a", "abort the rollout (asks first)"),
    ("?", "this help"),
    ("q  Ctrl-C", "quit"),
];

pub fn help(f: &mut Frame<'_>, app: &App) {
    let t = app.theme;
    let area = centered(f.area(), 64, HELP.len() as u16 + 6);
    let mut lines: Vec<Line<'_>> = HELP
        .iter()
        .map(|(k, v)| {
            let k = if t.ascii {
                k.replace("↑ ↓", "Up Dn")
            } else {
                k.to_string()
            };
            Line::from(vec![
                Span::styled(format!("{k:<15}"), t.title()),
                Span::raw(*v),
            ])
        })
        .collect();
    lines.push(Line::raw(""));
    let legend: Vec<Span<'_>> = JobState::ALL
        .iter()
        .flat_map(|s| {
            [
                Span::styled(t.symbol(*s), t.state(*s)),
                Span::raw(format!("{s} ")),
            ]
        })
        .collect();
    lines.push(Line::from(legend));
    f.render_widget(Clear, area);
    f.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: false }).block(
            Block::bordered()
                .border_set(t.border())
                .title(" keys (any key closes) "),
        ),
        area,
    );
}

pub fn detail(f: &mut Frame<'_>, app: &App, d: &Detail) {
    let t = app.theme;
    let full = f.area();
    let area = centered(
        full,
        full.width.saturating_sub(4).max(40),
        full.height.saturating_sub(2),
    );
    f.render_widget(Clear, area);
    let block = Block::bordered()
        .border_set(t.border())
        .title(format!(" device {} (Esc closes, j/k next) ", d.device_id));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let mut lines: Vec<Line<'_>> = Vec::new();
    match &d.device {
        Some(dev) => lines.push(Line::raw(format!(
            "hw {}  firmware {}  presence {}  tags {}",
            dev.hw,
            dev.firmware_version.as_deref().unwrap_or("?"),
            dev.presence.as_deref().unwrap_or("unknown"),
            dev.tags.join(",")
        ))),
        None => lines.push(Line::styled("not in the inventory (removed?)", t.dim())),
    }
    for j in &d.jobs {
        let mut spans = vec![
            Span::styled(t.symbol(j.state), t.state(j.state)),
            Span::raw(format!(
                " {}  {}  attempt {}  batch {}  -> {}",
                j.rollout_id, j.state, j.attempt, j.batch, j.target_version
            )),
        ];
        if let Some(r) = &j.reason {
            spans.push(Span::styled(format!("  {r}"), t.alert()));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::styled("statuses, newest first:", t.title()));
    let [head, body] =
        Layout::vertical([Constraint::Length(lines.len() as u16), Constraint::Fill(1)])
            .areas(inner);
    f.render_widget(Paragraph::new(lines), head);
    let rows: Vec<Line<'_>> = d
        .history
        .iter()
        .take(body.height as usize)
        .map(|s| {
            let state = match s.status.as_str() {
                "done" => JobState::Succeeded,
                "error" => JobState::Failed,
                other => JobState::parse(other).unwrap_or(JobState::Sent),
            };
            let mut spans = vec![
                Span::raw(format!("{}  ", fmt_ms(s.received_ms))),
                Span::styled(t.symbol(state), t.state(state)),
                Span::raw(format!(
                    " {:<11} {:>4}  {}",
                    s.status,
                    s.progress.map(|p| format!("{p}%")).unwrap_or_default(),
                    s.outcome
                )),
            ];
            if let Some(code) = &s.error_code {
                spans.push(Span::styled(
                    format!(
                        "  {code}: {}",
                        s.error_message.as_deref().unwrap_or_default()
                    ),
                    t.alert(),
                ));
            }
            Line::from(spans)
        })
        .collect();
    let body_block = Block::default().borders(Borders::NONE);
    f.render_widget(Paragraph::new(rows).block(body_block), body);
}
