//! How states look: a symbol and a color per job state, so meaning survives
//! NO_COLOR (the symbol and the name carry it) and a non-UTF-8 terminal over SSH
//! (an ASCII symbol set). Every style the screens use comes from here.

use otactl_store::JobState;
use ratatui::style::{Color, Modifier, Style};

/// The look chosen at start: colors on or off, Unicode or ASCII symbols.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    pub ascii: bool,
}

impl Theme {
    /// Colors unless `no_color` or NO_COLOR is set (non-empty); ASCII when the
    /// locale does not say UTF-8.
    pub fn detect(no_color: bool, ascii: bool) -> Theme {
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let color = !no_color && env("NO_COLOR").is_none();
        let locale = env("LC_ALL")
            .or_else(|| env("LC_CTYPE"))
            .or_else(|| env("LANG"))
            .unwrap_or_default()
            .to_ascii_lowercase();
        let utf8 = locale.contains("utf-8") || locale.contains("utf8");
        Theme {
            color,
            ascii: ascii || !utf8,
        }
    }

    /// The symbol of a job state (one column wide).
    pub fn symbol(self, s: JobState) -> &'static str {
        let (u, a) = match s {
            JobState::Pending => ("○", "."),
            JobState::Queued => ("◔", ":"),
            JobState::Sent => ("→", ">"),
            JobState::Accepted => ("◑", "a"),
            JobState::Downloading => ("↓", "d"),
            JobState::Verifying => ("≈", "~"),
            JobState::Flashing => ("↯", "f"),
            JobState::Rebooting => ("↻", "r"),
            JobState::DoneUnconfirmed => ("◌", "?"),
            JobState::Succeeded => ("✓", "+"),
            JobState::Failed => ("✗", "x"),
            JobState::Rejected => ("⊗", "!"),
            JobState::TimedOut => ("◷", "t"),
            JobState::Cancelled => ("⊘", "-"),
            JobState::RolledBack => ("↺", "b"),
        };
        if self.ascii { a } else { u }
    }

    /// The color of a job state (plain text under NO_COLOR).
    pub fn state(self, s: JobState) -> Style {
        let c = match s {
            JobState::Succeeded => Color::Green,
            JobState::Failed | JobState::Rejected | JobState::RolledBack => Color::Red,
            JobState::TimedOut => Color::Magenta,
            JobState::Cancelled => Color::DarkGray,
            JobState::Pending | JobState::Queued => Color::Gray,
            _ => Color::Cyan,
        };
        self.fg(c)
    }

    /// A rollout state's style.
    pub fn rollout(self, state: otactl_store::RolloutState) -> Style {
        use otactl_store::RolloutState as R;
        let c = match state {
            R::Running => Color::Green,
            R::Paused => Color::Yellow,
            R::Completed => Color::Blue,
            R::Aborted | R::Failed => Color::Red,
            R::Scheduled | R::Cancelled => Color::Gray,
        };
        self.fg(c).add_modifier(Modifier::BOLD)
    }

    pub fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    /// Warnings and errors: colored, and bold so they stand out without color.
    pub fn alert(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn dim(self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }

    /// The selected row: reversed, which needs no color.
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn title(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Segments of a stacked progress bar: (full, failed, in flight, cancelled, empty).
    pub fn bar_chars(self) -> [&'static str; 5] {
        if self.ascii {
            ["#", "x", "=", "-", "."]
        } else {
            ["█", "✗", "▒", "░", "·"]
        }
    }

    /// Where text is cut.
    pub fn ellipsis(self) -> &'static str {
        if self.ascii { "..." } else { "…" }
    }

    /// Between items on one line.
    pub fn sep(self) -> &'static str {
        if self.ascii { " | " } else { " · " }
    }

    /// "at least".
    pub fn at_least(self) -> &'static str {
        if self.ascii { ">=" } else { "≥" }
    }

    /// Box lines: ASCII ones where the terminal may not draw Unicode.
    pub fn border(self) -> ratatui::symbols::border::Set<'static> {
        if self.ascii {
            ratatui::symbols::border::Set {
                top_left: "+",
                top_right: "+",
                bottom_left: "+",
                bottom_right: "+",
                vertical_left: "|",
                vertical_right: "|",
                horizontal_top: "-",
                horizontal_bottom: "-",
            }
        } else {
            ratatui::symbols::border::PLAIN
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_has_a_distinct_symbol_in_both_sets() {
        for ascii in [false, true] {
            let t = Theme {
                color: false,
                ascii,
            };
            let mut seen: Vec<&str> = JobState::ALL.iter().map(|s| t.symbol(*s)).collect();
            seen.sort_unstable();
            seen.dedup();
            assert_eq!(seen.len(), JobState::ALL.len());
            assert!(
                JobState::ALL
                    .iter()
                    .all(|s| t.symbol(*s).chars().count() == 1)
            );
        }
    }

    #[test]
    fn no_color_means_no_color() {
        let t = Theme {
            color: false,
            ascii: false,
        };
        for s in JobState::ALL {
            assert_eq!(t.state(s).fg, None);
        }
        assert_eq!(t.rollout(otactl_store::RolloutState::Running).fg, None);
    }
}
