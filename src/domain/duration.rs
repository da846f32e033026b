//! Human durations as operators type them (`90s`, `30m`, `6h`, `7d`, `2w`, `1h30m`), and
//! RFC 3339 instants as the Unix milliseconds the store keeps.

use std::time::Duration;

/// Unix milliseconds of an instant.
pub fn unix_ms(t: time::OffsetDateTime) -> i64 {
    (t.unix_timestamp_nanos() / 1_000_000) as i64
}

/// Parses an RFC 3339 time into Unix milliseconds.
pub fn parse_rfc3339_ms(s: &str) -> Option<i64> {
    time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
        .ok()
        .map(unix_ms)
}

/// The longest duration otactl takes: ten years (3650d), so adding it to now never
/// overflows a timestamp.
pub const MAX_MS: u64 = 3650 * 86_400_000;

/// Parses a duration such as `30m`, `6h`, `90d`, `1h30m` or `250ms`, at most 3650d.
pub fn parse(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err("empty duration".into());
    }
    let mut total_ms: u64 = 0;
    let mut chars = s.chars().peekable();
    while chars.peek().is_some() {
        let mut num = String::new();
        while let Some(c) = chars.peek().filter(|c| c.is_ascii_digit()) {
            num.push(*c);
            chars.next();
        }
        let mut unit = String::new();
        while let Some(c) = chars.peek().filter(|c| c.is_ascii_alphabetic()) {
            unit.push(*c);
            chars.next();
        }
        if num.is_empty() {
            return Err(format!(
                "invalid duration '{s}': a number must come before '{unit}'"
            ));
        }
        if unit.is_empty() {
            if chars.peek().is_some() {
                return Err(format!("invalid duration '{s}'"));
            }
            return Err(format!(
                "invalid duration '{s}': add a unit, e.g. {num}m or {num}h"
            ));
        }
        let ms: u64 = match unit.as_str() {
            "ms" => 1,
            "s" => 1000,
            "m" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            "w" => 7 * 86_400_000,
            u => {
                return Err(format!(
                    "invalid duration '{s}': unknown unit '{u}' (use ms, s, m, h, d or w)"
                ));
            }
        };
        let n: u64 = num
            .parse()
            .map_err(|_| format!("duration '{s}' is too long: at most 3650d"))?;
        total_ms = n
            .checked_mul(ms)
            .and_then(|v| total_ms.checked_add(v))
            .filter(|v| *v <= MAX_MS)
            .ok_or_else(|| format!("duration '{s}' is too long: at most 3650d"))?;
    }
    Ok(Duration::from_millis(total_ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_units_and_compounds() {
        assert_eq!(parse("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse("1h30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse("7d"), Ok(Duration::from_secs(604_800)));
        assert!(parse("10").is_err_and(|e| e.contains("add a unit")));
        assert!(parse("5y").is_err());
        assert!(parse("h").is_err());
        assert_eq!(parse("250ms"), Ok(Duration::from_millis(250)));
        assert!(parse("1.5h").is_err());
    }
}
