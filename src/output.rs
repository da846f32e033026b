//! The one printer: data goes to stdout (text for people, `--output json` for
//! programs, NDJSON for streams), diagnostics and progress to stderr. A closed pipe
//! ends the command quietly instead of panicking.

use crate::error::{CliError, CliResult};
use serde::Serialize;
use std::io::{self, IsTerminal, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum OutputFormat {
    /// Human-readable text.
    #[default]
    Text,
    /// One JSON document (NDJSON for streaming commands).
    Json,
}

#[derive(Debug, Clone)]
pub struct Printer {
    pub format: OutputFormat,
    pub quiet: bool,
    pub color: bool,
}

impl Printer {
    pub fn new(format: OutputFormat, quiet: bool, no_color: bool) -> Self {
        let color = !no_color
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && io::stderr().is_terminal();
        Printer {
            format,
            quiet,
            color,
        }
    }

    pub fn is_json(&self) -> bool {
        self.format == OutputFormat::Json
    }

    /// Prints a result: `value` as JSON, or whatever `text` writes.
    pub fn data<T: Serialize + ?Sized>(
        &self,
        value: &T,
        text: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> CliResult<()> {
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        match self.format {
            OutputFormat::Json => {
                serde_json::to_writer_pretty(&mut out, &json_value(value)?)
                    .map_err(io::Error::from)?;
                writeln!(out)?;
            }
            OutputFormat::Text => {
                // Whatever the command wrote, a device's or an import's control
                // characters reach the terminal escaped (lines and tabs stay).
                let mut buf = Vec::new();
                text(&mut buf)?;
                out.write_all(escape_text(&String::from_utf8_lossy(&buf)).as_bytes())?;
            }
        }
        out.flush()?;
        Ok(())
    }

    /// One line of an NDJSON stream (flushed at once).
    pub fn event<T: Serialize + ?Sized>(&self, value: &T) -> CliResult<()> {
        let stdout = io::stdout();
        let mut out = stdout.lock();
        serde_json::to_writer(&mut out, &json_value(value)?).map_err(io::Error::from)?;
        writeln!(out)?;
        out.flush()?;
        Ok(())
    }

    /// A note for the person at the terminal (stderr; silenced by --quiet).
    pub fn info(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            let _ = writeln!(io::stderr(), "{}", escape_text(msg.as_ref()));
        }
    }

    /// A warning (stderr; shown even with --quiet).
    pub fn warn(&self, msg: impl AsRef<str>) {
        let prefix = if self.color {
            "\x1b[33mwarning:\x1b[0m"
        } else {
            "warning:"
        };
        let _ = writeln!(io::stderr(), "{prefix} {}", escape(msg.as_ref()));
    }

    /// Prints an error the way every command does: one line and a hint, or a JSON
    /// object on stderr with `--output json`.
    pub fn error(&self, e: &CliError) {
        let mut err = io::stderr().lock();
        if self.is_json() {
            let v = serde_json::json!({"error": {
                "kind": e.kind.as_str(),
                "message": e.message,
                "hint": e.hint,
                "exit_code": e.exit_code(),
            }});
            let _ = writeln!(err, "{v}");
            return;
        }
        let (red, dim, reset) = if self.color {
            ("\x1b[31m", "\x1b[2m", "\x1b[0m")
        } else {
            ("", "", "")
        };
        let _ = writeln!(err, "{red}error:{reset} {}", escape(&e.message));
        if let Some(h) = &e.hint {
            let _ = writeln!(err, "{dim}  hint:{reset} {}", escape(h));
        }
    }
}

/// Whether `c` must not reach a terminal as itself: C0 and C1 controls, DEL, and the
/// Unicode line separators and bidirectional overrides that reorder what is shown.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn escape_keeping<'a>(s: &'a str, keep: &[char]) -> std::borrow::Cow<'a, str> {
    if !s.chars().any(|c| is_unsafe(c) && !keep.contains(&c)) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe(c) && !keep.contains(&c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The one escaping function of every printer: a string from a device, an import or
/// any other outside source, made safe to show on a terminal or in a text, csv or
/// markdown cell. Control characters (escape sequences, carriage returns, newlines)
/// and bidi overrides become `\u{1b}`-style text; everything else is unchanged.
pub fn escape(s: &str) -> std::borrow::Cow<'_, str> {
    escape_keeping(s, &[])
}

/// [`escape`] for a whole text document: newlines and tabs stay, as the printer wrote
/// them; every other control character is escaped.
pub fn escape_text(s: &str) -> std::borrow::Cow<'_, str> {
    escape_keeping(s, &['\n', '\t'])
}

/// `value` as the JSON otactl prints: nested JSON documents kept as text in the store
/// (`policy`, `manifest`) become objects, and every Unix-ms time `X_ms` gets an RFC 3339
/// `X_at` beside it (durations, all far below the year 2000 in ms, are left alone).
pub fn json_value<T: Serialize + ?Sized>(value: &T) -> CliResult<serde_json::Value> {
    let mut v = serde_json::to_value(value).map_err(|e| CliError::internal(e.to_string()))?;
    shape(&mut v);
    Ok(v)
}

fn shape(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Array(items) => items.iter_mut().for_each(shape),
        Value::Object(map) => {
            let mut times = Vec::new();
            for (k, x) in map.iter_mut() {
                if matches!(k.as_str(), "policy" | "manifest")
                    && let Value::String(text) = x
                    && let Ok(inner @ Value::Object(_)) = serde_json::from_str::<Value>(text)
                {
                    *x = inner;
                }
                if let Some(stem) = k.strip_suffix("_ms")
                    && let Some(ms) = x.as_i64()
                    && ms >= 946_684_800_000
                {
                    times.push((format!("{stem}_at"), fmt_ms_precise(ms)));
                }
                shape(x);
            }
            for (k, t) in times {
                map.entry(k).or_insert(Value::String(t));
            }
        }
        _ => {}
    }
}

/// Unix milliseconds as RFC 3339 UTC with milliseconds.
pub fn fmt_ms_precise(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| ms.to_string())
}

/// Formats Unix milliseconds as RFC 3339 UTC (seconds precision).
pub fn fmt_ms(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000))
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| ms.to_string())
}

/// Writes rows as aligned columns under a header.
pub fn table(out: &mut dyn Write, header: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.len()).collect();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| escape(c).into_owned()).collect())
        .collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(c.chars().count());
            }
        }
    }
    let line = |out: &mut dyn Write, cells: &mut dyn Iterator<Item = &str>| -> io::Result<()> {
        let mut s = String::new();
        for (i, c) in cells.enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            let w = widths.get(i).copied().unwrap_or(0);
            s.push_str(c);
            for _ in c.chars().count()..w {
                s.push(' ');
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(out, &mut header.iter().copied())?;
    for r in &rows {
        line(out, &mut r.iter().map(String::as_str))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_leaves_nothing_a_terminal_obeys() {
        assert_eq!(escape("plain 1.4.2 ünï"), "plain 1.4.2 ünï");
        let hostile = "ok\u{1b}[2K\rsucceeded\u{9b}31m\u{7f}\n\u{202e}x";
        let e = escape(hostile);
        assert!(!e.chars().any(is_unsafe), "{e}");
        assert_eq!(
            e,
            "ok\\u{1b}[2K\\u{d}succeeded\\u{9b}31m\\u{7f}\\u{a}\\u{202e}x"
        );
        assert_eq!(escape_text("a\n\tb\u{1b}"), "a\n\tb\\u{1b}");
    }

    #[test]
    fn table_cells_are_escaped() {
        let mut out = Vec::new();
        table(&mut out, &["code"], &[vec!["x\u{1b}[32m".into()]]).expect("write");
        let s = String::from_utf8(out).expect("utf8");
        assert!(!s.contains('\u{1b}') && s.contains("x\\u{1b}[32m"), "{s}");
    }
}
