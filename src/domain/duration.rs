//! Human durations as operators type them: `90s`, `30m`, `6h`, `7d`, `2w`, `1h30m`.

use std::time::Duration;

/// Parses a duration such as `30m`, `6h`, `90d` or `1h30m`.
pub fn parse(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err("empty duration".into());
    }
    let mut total: u64 = 0;
    let mut num = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let unit = match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 7 * 86_400,
            _ => {
                return Err(format!(
                    "invalid duration '{s}': unknown unit '{c}' (use s, m, h, d or w)"
                ));
            }
        };
        let n: u64 = num
            .parse()
            .map_err(|_| format!("invalid duration '{s}': a number must come before '{c}'"))?;
        total = n
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(|| format!("duration '{s}' is too large"))?;
        num.clear();
    }
    if !num.is_empty() {
        return Err(format!(
            "invalid duration '{s}': add a unit, e.g. {num}m or {num}h"
        ));
    }
    Ok(Duration::from_secs(total))
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
    }
}
