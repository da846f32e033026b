//! Every duration, rate, share, batch list and time an operator types, as clap value
//! parsers with bounds: one parser per kind, one clear message, and no input that can
//! panic (a property test feeds them arbitrary strings).

use super::{batches, duration, policy};

/// The longest duration any flag takes: ten years.
pub const MAX_DURATION_S: u64 = duration::MAX_MS / 1000;

/// A duration (`0s` allowed), e.g. `--soak 10m`.
pub fn duration(s: &str) -> Result<String, String> {
    duration::parse(s).map(|_| s.trim().to_string())
}

/// A duration above zero, e.g. `--command-ttl 24h`, `--expires 90d`.
pub fn positive_duration(s: &str) -> Result<String, String> {
    let d = duration::parse(s)?;
    if d.is_zero() {
        return Err(format!("'{s}' must be longer than 0s"));
    }
    Ok(s.trim().to_string())
}

/// A rate such as `500/min`, `20/s` or `600/h`.
pub fn rate(s: &str) -> Result<String, String> {
    policy::parse_rate(s).map(|_| s.trim().to_string())
}

/// A share such as `95%` or `0.95`.
pub fn share(s: &str) -> Result<String, String> {
    batches::parse_share(s).map(|_| s.trim().to_string())
}

/// Cumulative batch targets that grow, e.g. `1,5%,25%,100%`.
pub fn batch_list(s: &str) -> Result<String, String> {
    batches::parse_steps(s).map(|_| s.trim().to_string())
}

/// An RFC 3339 time, or `now`; whether it is in the past is the command's check.
pub fn time(s: &str) -> Result<String, String> {
    let t = s.trim();
    if t == "now" || duration::parse_rfc3339_ms(t).is_some() {
        Ok(t.to_string())
    } else {
        Err(format!(
            "invalid time '{}': use RFC 3339 (e.g. 2026-11-23T02:00:00+03:00) or now",
            t.escape_debug()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn bounds_and_messages() {
        assert!(positive_duration("0s").is_err_and(|e| e.contains("longer than 0s")));
        assert!(duration("0s").is_ok());
        assert!(duration("99999999999d").is_err_and(|e| e.contains("at most 3650d")));
        assert!(rate("5/hour").is_err_and(|e| e.contains("1/min")));
        assert!(rate("120/hour").is_ok());
        assert!(batch_list("50%,10%").is_err_and(|e| e.contains("grow")));
        assert!(batch_list("10,5").is_err_and(|e| e.contains("grow")));
        assert!(batch_list("1,5%,25%,100%").is_ok());
        assert!(time("now").is_ok() && time("yesterday").is_err());
        assert!(share("101%").is_err() && share("NaN%").is_err());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn no_argument_string_makes_a_parser_panic(s in "\\PC*") {
            let _ = duration(&s);
            let _ = positive_duration(&s);
            let _ = rate(&s);
            let _ = share(&s);
            let _ = batch_list(&s);
            let _ = time(&s);
            let _ = super::super::selector::Selector::parse(&s);
            let _ = super::super::window::Window::parse(&s);
        }

        #[test]
        fn shaped_strings_do_not_panic_either(
            n in "[0-9]{0,25}", u in "(ms|s|m|h|d|w|min|hour|%|/s|/min|/h|)",
            m in "[0-9.]{0,25}", sep in "(,|/|:|-|T|Z|\\.|)"
        ) {
            let s = format!("{n}{u}{sep}{m}{u}");
            let _ = duration(&s);
            let _ = positive_duration(&s);
            let _ = rate(&s);
            let _ = share(&s);
            let _ = batch_list(&s);
            let _ = time(&s);
            let _ = super::super::window::Window::parse(&s);
            if let Ok(d) = duration::parse(&s) {
                prop_assert!(d.as_secs() <= MAX_DURATION_S);
            }
        }
    }
}
