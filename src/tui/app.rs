//! The dashboard's state and its keymap. `on_key` only changes this state and
//! returns an [`Action`] for anything with a side effect (a store write, a read for
//! the detail pane, quitting): the loop performs those. So every key is tested here
//! without a terminal.

use super::data::{Detail, PageQuery, View};
use super::filter::Filter;
use super::theme::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Something only the loop may do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    Pause(String),
    Resume(String),
    Abort(String),
    /// Read a device's detail and show it.
    OpenDevice(String),
}

/// Which pane the arrows move in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Rollouts,
    Devices,
    Events,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// Typing a filter after `/`; `error` says why the last Enter was refused.
    Filter {
        input: String,
        error: Option<String>,
    },
    /// Asking before a destructive action (y to go on).
    Confirm(Action),
    Help,
    Detail,
}

/// A note in the footer: what the last action did, or why it failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    pub error: bool,
}

pub struct App {
    pub theme: Theme,
    pub view: View,
    pub focus: Focus,
    pub mode: Mode,
    /// The device table's query; its `rollout` is the focused rollout.
    pub query: PageQuery,
    /// The filter as typed (shown in the table's title and when editing it).
    pub filter_text: String,
    pub rollout_cursor: usize,
    /// The selected device row (absolute index in the filtered table).
    pub cursor: u64,
    /// The first device row on screen.
    pub top: u64,
    /// Device rows that fit on screen (set by the loop from the layout).
    pub table_height: u64,
    /// Event lines scrolled back from the newest.
    pub event_scroll: usize,
    pub detail: Option<Detail>,
    pub note: Option<Note>,
    /// The clock the screens use (the loop sets it; tests fix it).
    pub now_ms: i64,
    /// Where the store is, for the title bar.
    pub store_label: String,
}

impl App {
    pub fn new(theme: Theme, rollout: Option<String>, store_label: String) -> App {
        App {
            theme,
            view: View::default(),
            focus: Focus::Devices,
            mode: Mode::Normal,
            query: PageQuery {
                rollout,
                ..PageQuery::default()
            },
            filter_text: String::new(),
            rollout_cursor: 0,
            cursor: 0,
            top: 0,
            table_height: 10,
            event_scroll: 0,
            detail: None,
            note: None,
            now_ms: 0,
            store_label,
        }
    }

    pub fn rollout(&self) -> Option<&str> {
        self.query.rollout.as_deref()
    }

    /// After a snapshot: keep the rollout cursor on the focused rollout and the
    /// device cursor inside the table.
    pub fn sync(&mut self) {
        if let Some(id) = self.query.rollout.as_deref()
            && let Some(i) = self.view.rollouts.iter().position(|r| r.id == id)
        {
            self.rollout_cursor = i;
        }
        self.clamp();
    }

    /// Devices in the table as filtered.
    pub fn rows(&self) -> u64 {
        self.view.page.matching
    }

    fn clamp(&mut self) {
        let n = self.rows();
        self.cursor = self.cursor.min(n.saturating_sub(1));
        let h = self.table_height.max(1);
        if self.cursor < self.top {
            self.top = self.cursor;
        } else if self.cursor >= self.top + h {
            self.top = self.cursor + 1 - h;
        }
        self.top = self.top.min(n.saturating_sub(h));
    }

    /// The device id under the cursor, if its row is loaded.
    pub fn selected_device(&self) -> Option<&str> {
        let p = &self.view.page;
        let i = self.cursor.checked_sub(p.offset)?;
        p.rows.get(i as usize).map(|r| r.device_id.as_str())
    }

    fn move_by(&mut self, delta: i64) {
        match self.focus {
            Focus::Rollouts => {
                let n = self.view.rollouts.len();
                if n == 0 {
                    return;
                }
                let i = (self.rollout_cursor as i64 + delta).clamp(0, n as i64 - 1) as usize;
                self.rollout_cursor = i;
                let id = self.view.rollouts.get(i).map(|r| r.id.clone());
                if id != self.query.rollout {
                    self.query.rollout = id;
                    self.cursor = 0;
                    self.top = 0;
                }
            }
            Focus::Devices => {
                let last = self.rows().saturating_sub(1) as i64;
                self.cursor = (self.cursor as i64 + delta).clamp(0, last.max(0)) as u64;
                self.clamp();
            }
            Focus::Events => {
                let max = self.view.events.len().saturating_sub(1) as i64;
                self.event_scroll = (self.event_scroll as i64 - delta).clamp(0, max) as usize;
            }
        }
    }

    fn page(&self) -> i64 {
        self.table_height.max(1) as i64
    }

    fn rollout_action(&mut self, make: fn(String) -> Action) -> Option<Action> {
        match self.query.rollout.clone() {
            Some(id) => Some(make(id)),
            None => {
                self.note = Some(Note {
                    text: "no rollout selected".into(),
                    error: true,
                });
                None
            }
        }
    }
}

/// Applies one key to the app; returns what the loop must do, if anything.
pub fn on_key(app: &mut App, key: KeyEvent) -> Option<Action> {
    if key.kind == crossterm::event::KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    match std::mem::replace(&mut app.mode, Mode::Normal) {
        Mode::Normal => normal(app, key),
        Mode::Filter { input, error } => filter(app, key, input, error),
        Mode::Confirm(action) => match key.code {
            KeyCode::Char('y') | KeyCode::Char('Y') => Some(action),
            _ => {
                app.note = Some(Note {
                    text: "cancelled: nothing was changed".into(),
                    error: false,
                });
                None
            }
        },
        Mode::Help => None,
        Mode::Detail => match key.code {
            KeyCode::Down | KeyCode::Char('j') | KeyCode::Up | KeyCode::Char('k') => {
                app.focus = Focus::Devices;
                app.move_by(if matches!(key.code, KeyCode::Down | KeyCode::Char('j')) {
                    1
                } else {
                    -1
                });
                app.mode = Mode::Detail;
                app.selected_device()
                    .map(|d| Action::OpenDevice(d.to_string()))
            }
            KeyCode::Char('q') | KeyCode::Esc | KeyCode::Enter => {
                app.detail = None;
                None
            }
            _ => {
                app.mode = Mode::Detail;
                None
            }
        },
    }
}

fn normal(app: &mut App, key: KeyEvent) -> Option<Action> {
    app.note = None;
    match key.code {
        KeyCode::Char('q') => return Some(Action::Quit),
        KeyCode::Char('?') => app.mode = Mode::Help,
        KeyCode::Tab => {
            app.focus = match app.focus {
                Focus::Rollouts => Focus::Devices,
                Focus::Devices => Focus::Events,
                Focus::Events => Focus::Rollouts,
            }
        }
        KeyCode::BackTab => {
            app.focus = match app.focus {
                Focus::Rollouts => Focus::Events,
                Focus::Devices => Focus::Rollouts,
                Focus::Events => Focus::Devices,
            }
        }
        KeyCode::Down | KeyCode::Char('j') => app.move_by(1),
        KeyCode::Up | KeyCode::Char('k') => app.move_by(-1),
        KeyCode::PageDown => app.move_by(app.page()),
        KeyCode::PageUp => app.move_by(-app.page()),
        KeyCode::Home | KeyCode::Char('g') => app.move_by(-(i64::MAX / 2)),
        KeyCode::End | KeyCode::Char('G') => app.move_by(i64::MAX / 2),
        KeyCode::Enter => match app.focus {
            Focus::Rollouts => app.focus = Focus::Devices,
            Focus::Devices => {
                if let Some(d) = app.selected_device().map(str::to_string) {
                    app.mode = Mode::Detail;
                    return Some(Action::OpenDevice(d));
                }
            }
            Focus::Events => {}
        },
        KeyCode::Char('/') => {
            app.mode = Mode::Filter {
                input: app.filter_text.clone(),
                error: None,
            }
        }
        KeyCode::Char('s') => {
            app.query.sort = app.query.sort.next();
            app.cursor = 0;
            app.top = 0;
        }
        KeyCode::Esc if !app.filter_text.is_empty() => {
            app.filter_text.clear();
            app.query.filter = Filter::default();
            app.cursor = 0;
            app.top = 0;
        }
        KeyCode::Char('p') => return app.rollout_action(Action::Pause),
        KeyCode::Char('r') => return app.rollout_action(Action::Resume),
        KeyCode::Char('a') => {
            if let Some(a) = app.rollout_action(Action::Abort) {
                app.mode = Mode::Confirm(a);
            }
        }
        _ => {}
    }
    None
}

fn filter(
    app: &mut App,
    key: KeyEvent,
    mut input: String,
    error: Option<String>,
) -> Option<Action> {
    match key.code {
        KeyCode::Esc => return None,
        KeyCode::Enter => match Filter::parse(&input) {
            Ok(f) => {
                app.query.filter = f;
                app.filter_text = input.trim().to_string();
                app.cursor = 0;
                app.top = 0;
                app.focus = Focus::Devices;
                return None;
            }
            Err(e) => {
                app.mode = Mode::Filter {
                    input,
                    error: Some(e),
                };
                return None;
            }
        },
        KeyCode::Backspace => {
            input.pop();
        }
        KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => input.clear(),
        KeyCode::Char(c) => input.push(c),
        _ => {
            app.mode = Mode::Filter { input, error };
            return None;
        }
    }
    app.mode = Mode::Filter { input, error: None };
    None
}

#[cfg(test)]
#[path = "app_tests.rs"]
mod tests;
