//! The main screen, drawn from [`App`] alone: title, rollout list, the focused
//! rollout's gauges, gates, stages and throughput, the device table (only the rows
//! on screen are built), the event log and the footer. Laid out to stay usable at
//! 80x24; bigger terminals get more batches, rows and events.

use super::app::{App, Focus, Mode};
use super::data::Overview;
use super::events::{self, EventKind};
use super::widgets::{self, bar, dur, fit, pct, started};
use crate::domain::batches::Gate;
use otactl_store::JobState;
use otactl_store::RolloutState;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Sparkline, Table};

/// Where each pane goes for a terminal of `area`.
#[derive(Debug, Clone, Copy)]
pub struct Areas {
    pub title: Rect,
    pub rollouts: Rect,
    pub overview: Rect,
    pub table: Rect,
    pub events: Rect,
    pub footer: Rect,
}

pub fn areas(area: Rect) -> Areas {
    let top = (area.height / 3).clamp(6, 12);
    let ev = match area.height {
        0..24 => 3,
        24..40 => 4,
        _ => area.height / 6,
    };
    let [title, top_a, table, events, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(top),
        Constraint::Min(3),
        Constraint::Length(ev),
        Constraint::Length(1),
    ])
    .areas(area);
    let list_w = if area.width >= 120 { 30 } else { 20 };
    let [rollouts, overview] =
        Layout::horizontal([Constraint::Length(list_w), Constraint::Fill(1)]).areas(top_a);
    Areas {
        title,
        rollouts,
        overview,
        table,
        events,
        footer,
    }
}

/// Device rows that fit in the table pane (less its title and header lines).
pub fn table_rows(area: Rect) -> u64 {
    areas(area).table.height.saturating_sub(2) as u64
}

fn pane<'a>(app: &App, title: String, focus: Focus) -> Block<'a> {
    let style = if app.focus == focus {
        app.theme.title()
    } else {
        app.theme.dim()
    };
    Block::default()
        .borders(Borders::TOP)
        .border_set(app.theme.border())
        .border_style(style)
        .title(Span::styled(title, app.theme.title()))
}

/// Draws the whole screen.
pub fn draw(f: &mut Frame<'_>, app: &App) {
    let a = areas(f.area());
    title(f, app, a.title);
    rollouts(f, app, a.rollouts);
    overview(f, app, a.overview);
    devices(f, app, a.table);
    event_log(f, app, a.events);
    footer(f, app, a.footer);
    match (&app.mode, &app.detail) {
        (Mode::Help, _) => widgets::help(f, app),
        (Mode::Detail, Some(d)) => widgets::detail(f, app, d),
        _ => {}
    }
}

fn title(f: &mut Frame<'_>, app: &App, area: Rect) {
    let t = app.theme;
    let clock = format!("{} UTC", events::clock(app.now_ms));
    let left_w = (area.width as usize).saturating_sub(clock.len() + 1);
    let left = fit(
        t,
        &format!("otactl tui{}{}", t.sep(), app.store_label),
        left_w,
    );
    let pad = (area.width as usize).saturating_sub(left.chars().count() + clock.len());
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(left, t.title()),
            Span::raw(" ".repeat(pad)),
            Span::raw(clock),
        ]))
        .style(if t.color {
            Style::new().bg(Color::Blue).fg(Color::White)
        } else {
            Style::new()
        }),
        area,
    );
}

fn rollouts(f: &mut Frame<'_>, app: &App, area: Rect) {
    let t = app.theme;
    let block = pane(
        app,
        format!(" Rollouts ({}) ", app.view.rollouts.len()),
        Focus::Rollouts,
    );
    let inner = block.inner(area);
    f.render_widget(block, area);
    let h = inner.height as usize;
    let skip = app.rollout_cursor.saturating_sub(h.saturating_sub(1));
    let w = inner.width as usize;
    let lines: Vec<Line<'_>> = app
        .view
        .rollouts
        .iter()
        .enumerate()
        .skip(skip)
        .take(h)
        .map(|(i, r)| {
            let mark = if app.rollout() == Some(r.id.as_str()) {
                if t.ascii { ">" } else { "▶" }
            } else {
                " "
            };
            let id = fit(
                t,
                &r.id,
                w.saturating_sub(r.state.as_str().len() + 3).max(4),
            );
            let mut line = Line::from(vec![
                Span::raw(format!("{mark}{id} ")),
                Span::styled(r.state.to_string(), t.rollout(r.state)),
            ]);
            if app.focus == Focus::Rollouts && i == app.rollout_cursor {
                line = line.style(t.selected());
            }
            line
        })
        .collect();
    if lines.is_empty() {
        f.render_widget(Paragraph::new(Line::styled("none yet", t.dim())), inner);
    } else {
        f.render_widget(Paragraph::new(lines), inner);
    }
}

fn overview(f: &mut Frame<'_>, app: &App, area: Rect) {
    let t = app.theme;
    let Some(ov) = &app.view.overview else {
        let block = pane(app, " Rollout ".into(), Focus::Rollouts);
        let inner = block.inner(area);
        f.render_widget(block, area);
        f.render_widget(
            Paragraph::new("no rollout in this store: create one with `otactl rollout create`"),
            inner,
        );
        return;
    };
    let r = &ov.rollout;
    let block = Block::default()
        .borders(Borders::TOP)
        .border_set(t.border())
        .border_style(t.dim())
        .title(Line::from(vec![
            Span::styled(format!(" {} ", r.id), t.title()),
            Span::styled(r.state.as_str().to_uppercase(), t.rollout(r.state)),
            Span::raw(format!(" {} ", ov.firmware)),
        ]));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let w = inner.width as usize;
    let mut lines: Vec<Line<'_>> = Vec::new();
    let label_w = 5;
    let counts = format!(
        " {} {}/{}",
        pct(ov.whole.succeeded, ov.whole.total),
        ov.whole.succeeded,
        ov.whole.total
    );
    let bar_w = w.saturating_sub(label_w + counts.len() + 12).clamp(4, 60);
    let mut all = vec![Span::styled(format!("{:<label_w$}", "all"), t.title())];
    all.extend(bar(t, &ov.whole, started(&ov.stages), bar_w));
    all.push(Span::raw(counts));
    if ov.whole.failed > 0 {
        all.push(Span::styled(
            format!(" {}{}", t.symbol(JobState::Failed), ov.whole.failed),
            t.state(JobState::Failed),
        ));
    }
    lines.push(Line::from(all));
    // Fixed lines: all, gates, stages, throughput; batches get what is left.
    let room = (inner.height as usize).saturating_sub(4);
    let cur = r.current_batch as usize;
    let first = cur
        .saturating_sub(room.saturating_sub(1) / 2)
        .min(ov.batches.len().saturating_sub(room));
    for b in ov.batches.iter().skip(first).take(room) {
        let label = format!("b{:<4}", b.index);
        let style = if b.index as usize == cur && r.is_active() {
            t.title()
        } else {
            Style::new()
        };
        let mut spans = vec![Span::styled(label, style)];
        spans.extend(bar(t, &b.tally, started(&b.stages), bar_w));
        spans.push(Span::raw(format!(
            " {} {}/{} {}",
            pct(b.tally.succeeded, b.tally.total),
            b.tally.succeeded,
            b.tally.total,
            b.state
        )));
        if b.tally.failed > 0 {
            spans.push(Span::styled(
                format!(" {}{}", t.symbol(JobState::Failed), b.tally.failed),
                t.state(JobState::Failed),
            ));
        }
        lines.push(Line::from(spans));
    }
    lines.push(gates_line(app, ov));
    lines.push(stages_line(app, ov));
    f.render_widget(Paragraph::new(lines), inner);
    // The throughput line: a sparkline and the rates after it.
    if inner.height > 0 {
        let y = inner.y + inner.height - 1;
        let rate = app.view.throughput.back().copied().unwrap_or(0);
        let done = app.view.done_rate().unwrap_or(0.0);
        let eta = match (done > 0.0, r.state) {
            (_, RolloutState::Paused) => "paused".to_string(),
            _ if ov.whole.open == 0 => "done".to_string(),
            (true, _) => dur((ov.whole.open as f64 / done).ceil() as i64),
            (false, _) => "?".to_string(),
        };
        let sep = t.sep();
        let text = format!(" {rate}/s moves{sep}{done:.1}/s done{sep}ETA {eta}");
        let spark_w = (inner.width as usize)
            .saturating_sub(text.len() + 5)
            .min(60) as u16;
        let data: Vec<u64> = app
            .view
            .throughput
            .iter()
            .rev()
            .take(spark_w as usize)
            .rev()
            .copied()
            .collect();
        let [lbl, spark, rest] = Layout::horizontal([
            Constraint::Length(5),
            Constraint::Length(spark_w),
            Constraint::Fill(1),
        ])
        .areas(Rect {
            y,
            height: 1,
            ..inner
        });
        f.render_widget(Paragraph::new(Span::styled("rate", t.title())), lbl);
        let mut sl = Sparkline::default().data(&data).style(t.fg(Color::Cyan));
        if t.ascii {
            sl = sl.bar_set(ratatui::symbols::bar::Set {
                full: "#",
                seven_eighths: "#",
                three_quarters: "=",
                five_eighths: "=",
                half: "-",
                three_eighths: "-",
                one_quarter: "_",
                one_eighth: "_",
                empty: " ",
            });
        }
        f.render_widget(sl, spark);
        f.render_widget(Paragraph::new(text), rest);
    }
}

/// The current batch's gates, and how close each is.
fn gates_line(app: &App, ov: &Overview) -> Line<'static> {
    let t = app.theme;
    let (Some(p), Some(b)) = (
        ov.policy.as_ref(),
        ov.batches
            .get(ov.rollout.current_batch as usize)
            .or(ov.batches.last()),
    ) else {
        return Line::styled("gate  no policy recorded", t.dim());
    };
    // Cancelled (excluded) devices are not counted, as the gate does.
    let counted = b.tally.total.saturating_sub(b.tally.cancelled);
    let needed = (p.success_threshold * counted as f64).ceil() as u64;
    let mut spans = vec![
        Span::styled("gate ", t.title()),
        Span::raw(format!(
            "b{} {}/{} ok ({}{:.0}%)",
            b.index,
            b.tally.succeeded,
            needed,
            t.at_least(),
            p.success_threshold * 100.0
        )),
    ];
    if let Some(th) = p.abort_threshold {
        let ex = ov.whole.executed();
        let share = if ex == 0 {
            0.0
        } else {
            ov.whole.failed as f64 / ex as f64
        };
        let armed = ex >= p.abort_min.max(1);
        let near = share > th * 0.5;
        let text = format!(
            "{}fails {}/{} {:.1}% (abort >{:.0}%{})",
            t.sep(),
            ov.whole.failed,
            ex,
            share * 100.0,
            th * 100.0,
            if armed {
                String::new()
            } else {
                format!(" from {}", p.abort_min)
            }
        );
        spans.push(Span::styled(
            text,
            if near { t.alert() } else { Style::new() },
        ));
    }
    match &b.gate {
        Some(Gate::Pass) => spans.push(Span::styled(
            format!("{}passed", t.sep()),
            t.state(JobState::Succeeded),
        )),
        // Which gate holds, by how many devices, and what unblocks it.
        Some(Gate::Fail { succeeded, needed }) => spans.push(Span::styled(
            format!(
                "{}HOLDS: short by {} (resume --override, or exclude devices)",
                t.sep(),
                needed.saturating_sub(*succeeded)
            ),
            t.alert(),
        )),
        Some(Gate::Abort { .. }) => {
            spans.push(Span::styled(format!("{}CROSSED", t.sep()), t.alert()));
        }
        _ => {}
    }
    Line::from(spans)
}

/// Counts per stage, with their symbols (zero counts left out).
fn stages_line(app: &App, ov: &Overview) -> Line<'static> {
    let t = app.theme;
    let mut spans = vec![Span::styled("now  ", t.title())];
    for s in JobState::ALL {
        let n = ov.stages[s as usize];
        if n > 0 {
            spans.push(Span::styled(format!("{}{n} ", t.symbol(s)), t.state(s)));
        }
    }
    Line::from(spans)
}

fn devices(f: &mut Frame<'_>, app: &App, area: Rect) {
    let t = app.theme;
    let n = app.rows();
    let shown = if n == 0 {
        "no devices".to_string()
    } else {
        let last = (app.top + app.table_height).min(n);
        format!("{}-{} of {n}", app.top + 1, last)
    };
    let sep = t.sep();
    let mut title = format!(" Devices {shown}{sep}sort {} ", app.query.sort.label());
    if !app.filter_text.is_empty() {
        title.push_str(&format!("{}/ {} ", sep.trim_start(), app.filter_text));
    }
    let block = pane(app, title, Focus::Devices);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let wide = inner.width >= 100;
    let header = Row::new(
        ["DEVICE", "STATE", "B", "PROG", "TRY", "HW", "AGE", "REASON"]
            .map(|h| Cell::from(Span::styled(h, t.title()))),
    );
    let page = &app.view.page;
    let h = (inner.height as u64).saturating_sub(1);
    let rows: Vec<Row<'_>> = (app.top..(app.top + h).min(n))
        .map(|i| {
            let Some(r) = i
                .checked_sub(page.offset)
                .and_then(|k| page.rows.get(k as usize))
            else {
                return Row::new([Cell::from(t.ellipsis())]);
            };
            let age = dur((app.now_ms - r.stage_ms) / 1000);
            let row = Row::new([
                Cell::from(r.device_id.as_str()),
                Cell::from(Line::from(vec![
                    Span::styled(t.symbol(r.state), t.state(r.state)),
                    Span::styled(format!(" {}", r.state), t.state(r.state)),
                ])),
                Cell::from(r.batch.to_string()),
                Cell::from(r.progress.map(|p| format!("{p}%")).unwrap_or_default()),
                Cell::from(r.attempt.to_string()),
                Cell::from(r.hw.as_deref().unwrap_or("?")),
                Cell::from(age),
                Cell::from(Span::styled(
                    r.reason.as_deref().unwrap_or_default(),
                    if r.state.is_failure() {
                        t.alert()
                    } else {
                        Style::new()
                    },
                )),
            ]);
            if i == app.cursor {
                row.style(if app.focus == Focus::Devices {
                    t.selected()
                } else {
                    t.title()
                })
            } else {
                row
            }
        })
        .collect();
    let widths = [
        Constraint::Length(if wide { 24 } else { 13 }),
        Constraint::Length(13),
        Constraint::Length(2),
        Constraint::Length(4),
        Constraint::Length(3),
        Constraint::Length(if wide { 10 } else { 7 }),
        Constraint::Length(6),
        Constraint::Fill(1),
    ];
    f.render_widget(
        Table::new(rows, widths).header(header).column_spacing(1),
        inner,
    );
}

fn event_log(f: &mut Frame<'_>, app: &App, area: Rect) {
    let t = app.theme;
    let log = &app.view.events;
    let title = if app.event_scroll > 0 {
        format!(" Events ({} back) ", app.event_scroll)
    } else {
        " Events ".to_string()
    };
    let block = pane(app, title, Focus::Events);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let h = inner.height as usize;
    let end = log.len().saturating_sub(app.event_scroll);
    let lines: Vec<Line<'_>> = log
        .lines
        .iter()
        .take(end)
        .skip(end.saturating_sub(h))
        .map(|e| {
            let (sym, style) = match e.kind {
                EventKind::Status(s) => (t.symbol(s), t.state(s)),
                EventKind::Summary => (if t.ascii { "*" } else { "Σ" }, t.fg(Color::Cyan)),
                EventKind::Gate => (if t.ascii { "#" } else { "◆" }, t.fg(Color::Yellow)),
                EventKind::Rollout => (if t.ascii { ">" } else { "▶" }, t.fg(Color::Yellow)),
                EventKind::Operator => ("@", t.fg(Color::Blue)),
                EventKind::DeadLetter => (if t.ascii { "^" } else { "▲" }, t.alert()),
            };
            Line::from(vec![
                Span::styled(format!("{} ", events::clock(e.ts_ms)), t.dim()),
                Span::styled(sym, style),
                Span::raw(" "),
                Span::raw(e.text.as_str()),
            ])
        })
        .collect();
    f.render_widget(Paragraph::new(lines), inner);
}

fn footer(f: &mut Frame<'_>, app: &App, area: Rect) {
    let t = app.theme;
    let line = match &app.mode {
        Mode::Filter { input, error } => {
            let mut s = vec![Span::styled("/", t.title()), Span::raw(input.clone())];
            s.push(Span::raw(if t.ascii { "_" } else { "▏" }));
            match error {
                Some(e) => s.push(Span::styled(format!("  {e}"), t.alert())),
                None => s.push(Span::styled(
                    format!("  Enter apply{}Esc cancel", t.sep()),
                    t.dim(),
                )),
            }
            Line::from(s)
        }
        Mode::Confirm(a) => Line::styled(
            format!(
                "{}? devices not yet dispatched are cancelled. y: yes, any other key: no",
                match a {
                    super::app::Action::Abort(id) => format!("Abort rollout {id}"),
                    other => format!("{other:?}"),
                }
            ),
            t.alert(),
        ),
        _ => match &app.note {
            Some(n) if n.error => Line::styled(n.text.clone(), t.alert()),
            Some(n) => Line::raw(n.text.clone()),
            None => Line::styled(
                "jk move  Tab pane  Enter detail  / filter  s sort  p pause  r resume  a abort  ? help  q quit",
                t.dim(),
            ),
        },
    };
    f.render_widget(Paragraph::new(line), area);
}
