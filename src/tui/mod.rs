//! The live dashboard (`otactl tui`, `otactl rollout watch ID`): the event loop,
//! terminal setup and restore (on exit and on panic); without a terminal it says which
//! rollout to follow, and the command prints its status lines.
//! Map: [`app`] state and keymap; [`data`] store snapshots; [`page`] the device table's
//! window; [`events`] the event log; [`render`] and [`widgets`] the screens;
//! [`filter`] the `/` filter; [`theme`] symbols and colors. [`Session`] is the loop without the
//! terminal, so tests drive it with keys and a `TestBackend`.

pub mod app;
pub mod data;
pub mod events;
pub mod filter;
pub mod page;
pub mod render;
pub mod theme;
pub mod widgets;

use crate::error::{CliError, CliResult};
use app::{Action, App, Note};
use crossterm::event::{self, Event, KeyEvent};
use data::Source;
use otactl_store::Connection;
use otactl_store::control::{Control, control_audited};
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::layout::Rect;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// How the dashboard runs (from `TuiArgs` / `WatchArgs`).
#[derive(Debug, Clone)]
pub struct Options {
    pub rollout: Option<String>,
    pub fps: u32,
    /// The least time between two snapshots while the store keeps changing.
    pub refresh: Duration,
    pub bench_frames: Option<u64>,
    pub theme: theme::Theme,
}

/// A snapshot is taken at least this often even when nothing changed (it keeps the
/// rates and the time to completion honest).
const IDLE_REFRESH: Duration = Duration::from_secs(5);

/// The dashboard without a terminal: the app, its store and the actions.
pub struct Session {
    pub app: App,
    pub source: Source,
    refresh: Duration,
    last_refresh: Option<Instant>,
    focused: Option<String>,
    actor: String,
    /// Snapshots taken (for the benchmark's report).
    pub refreshes: u64,
}

impl Session {
    pub fn new(conn: Connection, app: App, refresh: Duration, actor: String) -> Session {
        Session {
            app,
            source: Source::new(conn),
            refresh,
            last_refresh: None,
            focused: None,
            actor,
            refreshes: 0,
        }
    }

    /// Takes a snapshot when one is due: first, on a new focus, when another
    /// connection committed (at most once per refresh interval), or when idle long.
    pub fn tick(&mut self, now_ms: i64, force: bool) -> CliResult<()> {
        self.app.now_ms = now_ms;
        let since = self.last_refresh.map(|t| t.elapsed());
        let due = force
            || since.is_none()
            || self.app.query.rollout != self.focused
            || since.is_some_and(|s| s >= IDLE_REFRESH)
            || (since.is_some_and(|s| s >= self.refresh) && self.source.changed()?);
        if !due {
            return Ok(());
        }
        let focus = self.source.refresh(
            &mut self.app.view,
            self.app.query.rollout.as_deref(),
            now_ms,
        )?;
        self.app.query.rollout = focus.clone();
        self.focused = focus;
        self.last_refresh = Some(Instant::now());
        self.refreshes += 1;
        self.app.sync();
        Ok(())
    }

    /// Fits the app to a screen of `area` and loads the device rows it will show.
    pub fn prepare(&mut self, area: Rect) -> CliResult<()> {
        self.app.table_height = render::table_rows(area).max(1);
        let q = self.app.query.clone();
        let h = self.app.table_height;
        // Twice: the first read may learn a new row count that moves the cursor.
        for _ in 0..2 {
            let (top, n) = (self.app.top, self.app.rows());
            self.source.ensure_page(&mut self.app.view, &q, top, h)?;
            self.app.sync();
            if (self.app.top, self.app.rows()) == (top, n) {
                break;
            }
        }
        Ok(())
    }

    /// Builds and draws one frame.
    pub fn frame<B: Backend>(&mut self, term: &mut Terminal<B>) -> CliResult<()> {
        let size = term
            .size()
            .map_err(|e| CliError::internal(format!("terminal size: {e}")))?;
        self.prepare(Rect::new(0, 0, size.width, size.height))?;
        term.draw(|f| render::draw(f, &self.app))
            .map_err(|e| CliError::internal(format!("drawing the screen: {e}")))?;
        Ok(())
    }

    /// Handles a key; true when the dashboard should quit.
    pub fn key(&mut self, key: KeyEvent) -> bool {
        match app::on_key(&mut self.app, key) {
            Some(a) => self.perform(a),
            None => false,
        }
    }

    /// Does what a key asked for; true on quit. Failures become a footer note.
    pub fn perform(&mut self, a: Action) -> bool {
        let now = otactl_store::now_ms();
        let (c, id) = match a {
            Action::Quit => return true,
            Action::OpenDevice(id) => {
                match self.source.detail(&id) {
                    Ok(d) => self.app.detail = Some(d),
                    Err(e) => self.note_error(&e),
                }
                return false;
            }
            Action::Pause(id) => (Control::Pause, id),
            Action::Resume(id) => (Control::Resume, id),
            Action::Abort(id) => (Control::Abort, id),
        };
        let r = control_audited(
            self.source.conn_mut(),
            &id,
            c,
            (&self.actor, "tui"),
            now,
            |r| crate::error::audit_outcome(&r.as_ref().map_err(CliError::from)),
        )
        .map_err(CliError::from);
        match r {
            Ok(n) => {
                let extra = if n > 0 {
                    format!(": {n} device(s) not yet dispatched were cancelled")
                } else {
                    String::new()
                };
                self.app.note = Some(Note {
                    text: format!("{} {id}{extra}", past(c)),
                    error: false,
                });
            }
            Err(e) => self.note_error(&e),
        }
        // Our own write does not move data_version for us: look again now.
        if let Err(e) = self.tick(now, true) {
            self.note_error(&e);
        }
        false
    }

    fn note_error(&mut self, e: &CliError) {
        let hint = e
            .hint
            .as_deref()
            .map(|h| format!(" ({h})"))
            .unwrap_or_default();
        self.app.note = Some(Note {
            text: format!("{}{hint}", e.message),
            error: true,
        });
    }
}

fn past(c: Control) -> &'static str {
    match c {
        Control::Pause => "paused",
        Control::Resume => "resumed",
        Control::Abort => "aborted",
        Control::Cancel => "cancelled",
    }
}

/// How a dashboard run ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    /// The operator quit (or the benchmark's frames were drawn).
    Quit,
    /// No terminal: the caller prints this rollout's status lines instead.
    NoTerminal { rollout: String },
}

/// Runs the dashboard on `conn` (the store named `label`) until `q`. Actions are
/// audited as `actor`'s. Without a terminal it says which rollout to follow instead.
pub fn run(conn: Connection, opts: Options, label: String, actor: String) -> CliResult<Ended> {
    let app = App::new(opts.theme, opts.rollout.clone(), label);
    let mut session = Session::new(conn, app, opts.refresh, actor);
    let tty = std::io::stdout().is_terminal();
    match (tty, opts.bench_frames) {
        (true, _) => interactive(&mut session, &opts).map(|()| Ended::Quit),
        (false, Some(n)) => {
            let backend = ratatui::backend::TestBackend::new(200, 50);
            let mut term =
                Terminal::new(backend).map_err(|e| CliError::internal(format!("screen: {e}")))?;
            let stats = bench_loop(&mut session, &mut term, &opts, n)?;
            stats.print();
            Ok(Ended::Quit)
        }
        (false, None) => {
            session.tick(otactl_store::now_ms(), true)?;
            match session.app.query.rollout.clone() {
                Some(rollout) => Ok(Ended::NoTerminal { rollout }),
                None => Err(CliError::input("no rollout in this store to follow")
                    .with_hint("create one with `otactl rollout create`")),
            }
        }
    }
}

fn interactive(session: &mut Session, opts: &Options) -> CliResult<()> {
    let guard = TerminalGuard::enter()?;
    let backend = ratatui::backend::CrosstermBackend::new(std::io::stdout());
    let mut term =
        Terminal::new(backend).map_err(|e| CliError::internal(format!("terminal: {e}")))?;
    let r = match opts.bench_frames {
        Some(n) => bench_loop(session, &mut term, opts, n).map(Some),
        None => event_loop(session, &mut term, opts).map(|()| None),
    };
    drop(term);
    drop(guard);
    if let Ok(Some(stats)) = &r {
        stats.print();
    }
    r.map(|_| ())
}

fn event_loop<B: Backend>(
    s: &mut Session,
    term: &mut Terminal<B>,
    opts: &Options,
) -> CliResult<()> {
    let every = Duration::from_secs_f64(1.0 / f64::from(opts.fps.max(1)));
    let mut next = Instant::now();
    loop {
        let wait = next.saturating_duration_since(Instant::now());
        if event::poll(wait)? {
            match event::read()? {
                Event::Key(k) => {
                    if s.key(k) {
                        return Ok(());
                    }
                }
                Event::Resize(..) => term
                    .autoresize()
                    .map_err(|e| CliError::internal(format!("resize: {e}")))?,
                _ => continue,
            }
        } else {
            next = Instant::now() + every;
            s.tick(otactl_store::now_ms(), false)?;
        }
        s.frame(term)?;
    }
}

/// What `--bench-frames` reports.
struct BenchStats {
    frames: u64,
    refreshes: u64,
    wall_s: f64,
    cpu_s: f64,
    frame_ms: Vec<f64>,
}

impl BenchStats {
    fn print(&self) {
        let mut v = self.frame_ms.clone();
        v.sort_by(f64::total_cmp);
        let q = |p: f64| {
            v.get(((v.len() as f64 * p) as usize).min(v.len().saturating_sub(1)))
                .copied()
                .unwrap_or(0.0)
        };
        let j = serde_json::json!({
            "frames": self.frames,
            "refreshes": self.refreshes,
            "wall_s": self.wall_s,
            "cpu_s": self.cpu_s,
            "cpu_share_of_a_core": if self.wall_s > 0.0 { self.cpu_s / self.wall_s } else { 0.0 },
            "frame_p50_ms": q(0.50),
            "frame_p99_ms": q(0.99),
        });
        println!("{j}");
    }
}

/// Draws `n` frames at the configured rate (ticks included, no keys).
fn bench_loop<B: Backend>(
    s: &mut Session,
    term: &mut Terminal<B>,
    opts: &Options,
    n: u64,
) -> CliResult<BenchStats> {
    let every = Duration::from_secs_f64(1.0 / f64::from(opts.fps.max(1)));
    let start = Instant::now();
    let cpu0 = cpu_seconds();
    let mut frame_ms = Vec::with_capacity(n as usize);
    for i in 0..n {
        let t = Instant::now();
        s.tick(otactl_store::now_ms(), false)?;
        s.frame(term)?;
        frame_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        let due = start + every * (i as u32 + 1);
        std::thread::sleep(due.saturating_duration_since(Instant::now()));
    }
    Ok(BenchStats {
        frames: n,
        refreshes: s.refreshes,
        wall_s: start.elapsed().as_secs_f64(),
        cpu_s: cpu_seconds() - cpu0,
        frame_ms,
    })
}

/// CPU time (user + system) of this process so far, from /proc/self/stat.
pub fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the command name (which may hold spaces) start at ')'.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after ')'.
    let ticks: f64 = [11, 12]
        .iter()
        .filter_map(|&i| f.get(i)?.parse::<f64>().ok())
        .sum();
    // Linux reports them in USER_HZ, 100 on every architecture it runs on.
    ticks / 100.0
}

/// Raw mode and the alternate screen for as long as it lives; restores the
/// terminal when dropped, and (through the panic hook) before a panic is printed.
struct TerminalGuard;

impl TerminalGuard {
    fn enter() -> CliResult<TerminalGuard> {
        install_panic_hook();
        crossterm::terminal::enable_raw_mode()?;
        let guard = TerminalGuard;
        crossterm::execute!(
            std::io::stdout(),
            crossterm::terminal::EnterAlternateScreen,
            crossterm::cursor::Hide
        )?;
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

fn restore_terminal() {
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = crossterm::execute!(
        std::io::stdout(),
        crossterm::terminal::LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}

fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore_terminal();
            previous(info);
        }));
    });
}
