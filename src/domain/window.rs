//! Maintenance windows, as in `--window 'Mon-Fri 02:00-05:00 Europe/Moscow'`: the days,
//! a local time range (it may cross midnight: `22:00-04:00`) and an IANA time zone
//! (default UTC). The engine dispatches only while a window is open; the planner uses
//! `next_open` to predict the timeline. The time zone database is bundled.

use jiff::civil::{Time, Weekday};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan, Zoned};

#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    /// Days the window opens on (Monday = index 0).
    pub days: [bool; 7],
    pub start: Time,
    pub end: Time,
    pub tz: TimeZone,
    source: String,
}

impl std::fmt::Display for Window {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.source)
    }
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn day_index(s: &str) -> Result<usize, String> {
    let l = s.trim().to_ascii_lowercase();
    DAYS.iter()
        .position(|d| l.starts_with(d) && l.len() >= 3)
        .ok_or_else(|| format!("'{s}' is not a day (Mon, Tue, … Sun)"))
}

fn parse_days(s: &str) -> Result<[bool; 7], String> {
    let mut days = [false; 7];
    if matches!(
        s.to_ascii_lowercase().as_str(),
        "daily" | "every" | "all" | "*"
    ) {
        return Ok([true; 7]);
    }
    for part in s.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day_index(a)?, day_index(b)?);
                let mut i = a;
                loop {
                    days[i] = true;
                    if i == b {
                        break;
                    }
                    i = (i + 1) % 7;
                }
            }
            None => days[day_index(part)?] = true,
        }
    }
    Ok(days)
}

fn parse_time(s: &str) -> Result<Time, String> {
    let (h, m) = s
        .split_once(':')
        .ok_or_else(|| format!("'{s}' is not a time (HH:MM)"))?;
    let h: i8 = h
        .parse()
        .map_err(|_| format!("'{s}' is not a time (HH:MM)"))?;
    let m: i8 = m
        .parse()
        .map_err(|_| format!("'{s}' is not a time (HH:MM)"))?;
    if h == 24 && m == 0 {
        return Ok(Time::MAX);
    }
    Time::new(h, m, 0, 0).map_err(|_| format!("'{s}' is not a time of day"))
}

fn weekday_index(w: Weekday) -> usize {
    w.to_monday_zero_offset() as usize
}

impl Window {
    /// Parses `DAYS HH:MM-HH:MM [ZONE]`.
    pub fn parse(s: &str) -> Result<Window, String> {
        let hint = "expected e.g. 'Mon-Fri 02:00-05:00 Europe/Moscow'";
        let parts: Vec<&str> = s.split_whitespace().collect();
        let (days, range, zone) = match parts.as_slice() {
            [d, r] => (*d, *r, "UTC"),
            [d, r, z] => (*d, *r, *z),
            _ => return Err(format!("invalid window '{s}': {hint}")),
        };
        let days = parse_days(days).map_err(|e| format!("invalid window '{s}': {e}"))?;
        let (a, b) = range
            .split_once('-')
            .ok_or_else(|| format!("invalid window '{s}': {hint}"))?;
        let (start, end) = (parse_time(a)?, parse_time(b)?);
        if start == end {
            return Err(format!(
                "invalid window '{s}': it opens and closes at the same time"
            ));
        }
        let tz = TimeZone::get(zone).map_err(|_| {
            format!("invalid window '{s}': unknown time zone '{zone}' (use an IANA name such as Europe/Moscow)")
        })?;
        Ok(Window {
            days,
            start,
            end,
            tz,
            source: s.trim().to_string(),
        })
    }

    /// Is the window open at `t`? A window that crosses midnight belongs to the day
    /// it opens on (`Fri 22:00-04:00` is open early on Saturday).
    pub fn is_open(&self, t: Timestamp) -> bool {
        let z = t.to_zoned(self.tz.clone());
        let now = z.time();
        let today = weekday_index(z.weekday());
        let yesterday = (today + 6) % 7;
        if self.start < self.end {
            self.days[today] && now >= self.start && now < self.end
        } else {
            (self.days[today] && now >= self.start) || (self.days[yesterday] && now < self.end)
        }
    }

    /// The first instant at or after `t` when the window is open (None if it never is).
    pub fn next_open(&self, t: Timestamp) -> Option<Timestamp> {
        if self.is_open(t) {
            return Some(t);
        }
        let z: Zoned = t.to_zoned(self.tz.clone());
        for d in 0..8i64 {
            let day = z.date().checked_add(d.days()).ok()?;
            if !self.days[weekday_index(day.weekday())] {
                continue;
            }
            let opens = day.to_datetime(self.start).to_zoned(self.tz.clone()).ok()?;
            if opens.timestamp() >= t {
                return Some(opens.timestamp());
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    #[test]
    fn weekday_night_window_in_moscow() {
        let w = Window::parse("Mon-Fri 02:00-05:00 Europe/Moscow").expect("parse");
        // 2026-11-23 is a Monday; Moscow is UTC+3.
        assert!(w.is_open(ts("2026-11-22T23:30:00Z"))); // Mon 02:30 MSK
        assert!(!w.is_open(ts("2026-11-23T02:00:00Z"))); // Mon 05:00 MSK: closed
        assert!(!w.is_open(ts("2026-11-21T23:30:00Z"))); // Sun 02:30 MSK
        assert_eq!(
            w.next_open(ts("2026-11-21T12:00:00Z")),
            Some(ts("2026-11-22T23:00:00Z"))
        );
    }

    #[test]
    fn windows_across_midnight_and_errors() {
        let w = Window::parse("Fri 22:00-04:00").expect("parse");
        assert!(w.is_open(ts("2026-11-27T23:00:00Z"))); // Fri 23:00
        assert!(w.is_open(ts("2026-11-28T03:00:00Z"))); // Sat 03:00
        assert!(!w.is_open(ts("2026-11-28T05:00:00Z")));
        assert!(
            Window::parse("Mon-Fri 02:00-05:00 Mars/Olympus")
                .is_err_and(|e| e.contains("time zone"))
        );
        assert!(Window::parse("Someday 02:00-05:00").is_err());
        assert!(Window::parse("Mon 25:00-05:00").is_err());
        assert!(
            Window::parse("daily 00:00-24:00")
                .expect("all day")
                .is_open(ts("2026-11-28T05:00:00Z"))
        );
    }
}
