//! The simulator's knobs as operators type them: device id patterns
//! (`TRUCK-{n:06}`), hardware mixes (`stm32f4:70,esp32:30`), stage latencies as ranges
//! (`downloading=50ms..2s`), failure rates per stage, churn, and plain rates. Parsing
//! only; every parser returns a message fit for clap.

use super::wire::Stage;
use crate::domain::duration;
use crate::domain::ids::{is_device_id, is_label};
use rand::Rng;
use std::time::Duration;

/// A duration drawn uniformly between `min` and `max`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub min: Duration,
    pub max: Duration,
}

impl Range {
    pub const fn new(min_ms: u64, max_ms: u64) -> Range {
        Range {
            min: Duration::from_millis(min_ms),
            max: Duration::from_millis(max_ms),
        }
    }

    pub fn sample(&self, rng: &mut impl Rng) -> Duration {
        if self.max <= self.min {
            return self.min;
        }
        let span = (self.max - self.min).as_millis() as u64;
        self.min + Duration::from_millis(rng.gen_range(0..=span))
    }
}

/// Parses `50ms..2s` or a single duration such as `1s`.
pub fn parse_range(s: &str) -> Result<Range, String> {
    let (a, b) = s.split_once("..").unwrap_or((s, s));
    let min = duration::parse(a)?;
    let max = duration::parse(b)?;
    if max < min {
        return Err(format!("range '{s}' ends before it starts"));
    }
    Ok(Range { min, max })
}

/// The stages that take time and may fail, in walk order.
pub const TIMED_STAGES: [Stage; 5] = [
    Stage::Accepted,
    Stage::Downloading,
    Stage::Verifying,
    Stage::Flashing,
    Stage::Rebooting,
];

fn stage_key(k: &str) -> Result<Option<usize>, String> {
    if k == "all" {
        return Ok(None);
    }
    TIMED_STAGES
        .iter()
        .position(|s| s.as_str() == k)
        .map(Some)
        .ok_or_else(|| {
            format!("unknown stage '{k}' (use accepted, downloading, verifying, flashing, rebooting or all)")
        })
}

/// How long a device stays in each timed stage before the next one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Latencies(pub [Range; 5]);

impl Default for Latencies {
    fn default() -> Self {
        Latencies([
            Range::new(50, 200),
            Range::new(200, 2000),
            Range::new(50, 300),
            Range::new(500, 3000),
            Range::new(500, 2000),
        ])
    }
}

impl Latencies {
    pub fn get(&self, s: Stage) -> Range {
        TIMED_STAGES
            .iter()
            .position(|t| *t == s)
            .map_or(Range::new(0, 0), |i| self.0[i])
    }

    /// The same range for every stage (tests, demos).
    pub fn uniform(r: Range) -> Latencies {
        Latencies([r; 5])
    }
}

fn pairs(s: &str) -> impl Iterator<Item = Result<(&str, &str), String>> {
    s.split(',').filter(|p| !p.trim().is_empty()).map(|p| {
        p.split_once('=')
            .map(|(k, v)| (k.trim(), v.trim()))
            .ok_or_else(|| format!("'{p}' should be STAGE=VALUE"))
    })
}

/// Parses `downloading=50ms..2s,flashing=1s` over the defaults (`all=` sets every stage).
pub fn parse_latencies(s: &str) -> Result<Latencies, String> {
    let mut l = Latencies::default();
    for p in pairs(s) {
        let (k, v) = p?;
        let r = parse_range(v)?;
        match stage_key(k)? {
            Some(i) => l.0[i] = r,
            None => l = Latencies::uniform(r),
        }
    }
    Ok(l)
}

/// Parses a probability between 0 and 1.
pub fn parse_rate(s: &str) -> Result<f64, String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("'{s}' is not a number between 0 and 1"))?;
    if !(0.0..=1.0).contains(&v) {
        return Err(format!("rate {v} is not between 0 and 1"));
    }
    Ok(v)
}

/// The probability that each timed stage fails.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FailRates(pub [f64; 5]);

impl FailRates {
    pub fn get(&self, s: Stage) -> f64 {
        TIMED_STAGES
            .iter()
            .position(|t| *t == s)
            .map_or(0.0, |i| self.0[i])
    }
}

/// Parses `flashing=0.02,downloading=0.01` (`all=` sets every stage but `accepted`).
pub fn parse_fail_rates(s: &str) -> Result<FailRates, String> {
    let mut f = FailRates::default();
    for p in pairs(s) {
        let (k, v) = p?;
        let r = parse_rate(v)?;
        match stage_key(k)? {
            Some(0) => return Err("accepted cannot fail; use --reject-rate".into()),
            Some(i) => f.0[i] = r,
            None => f = FailRates([0.0, r, r, r, r]),
        }
    }
    Ok(f)
}

/// Parses `stm32f4:70,esp32:30` (a bare `stm32f4` weighs 1).
pub fn parse_hw_mix(s: &str) -> Result<Vec<(String, u32)>, String> {
    let mut out = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (hw, w) = match part.rsplit_once(':') {
            Some((h, w)) if w.bytes().all(|b| b.is_ascii_digit()) && !w.is_empty() => (
                h,
                w.parse::<u32>()
                    .map_err(|_| format!("weight '{w}' is too large"))?,
            ),
            _ => (part, 1),
        };
        if !is_label(hw) {
            return Err(format!("invalid hardware id '{hw}'"));
        }
        if w > 0 {
            out.push((hw.to_string(), w));
        }
    }
    if out.is_empty() {
        return Err("give at least one hardware id with a weight above 0".into());
    }
    Ok(out)
}

/// Picks a hardware id from the mix for a number in `0..u64::MAX`.
pub fn pick_hw(mix: &[(String, u32)], draw: u64) -> &str {
    let total: u64 = mix.iter().map(|(_, w)| u64::from(*w)).sum();
    let mut x = draw % total.max(1);
    for (hw, w) in mix {
        if x < u64::from(*w) {
            return hw;
        }
        x -= u64::from(*w);
    }
    mix.first().map_or("sim", |(h, _)| h.as_str())
}

/// Devices going offline: `rate` of the fleet per minute, each for a drawn time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Churn {
    pub per_minute: f64,
    pub offline: Range,
}

/// Parses `0.05` or `0.05:10s..2m` (rate per minute, offline time; default 10s..2m).
pub fn parse_churn(s: &str) -> Result<Churn, String> {
    let (rate, range) = s.split_once(':').unwrap_or((s, "10s..2m"));
    Ok(Churn {
        per_minute: parse_rate(rate)?,
        offline: parse_range(range)?,
    })
}

/// Checks an id pattern: `{n}` or `{n:0W}` once, and a valid id for the first device.
pub fn parse_id_pattern(s: &str) -> Result<String, String> {
    format_id(s, 0)?;
    Ok(s.to_string())
}

/// The id of device `n` (0-based): `TRUCK-{n:06}` gives `TRUCK-000042`.
pub fn format_id(pattern: &str, n: usize) -> Result<String, String> {
    let start = pattern
        .find("{n")
        .ok_or_else(|| format!("id pattern '{pattern}' has no {{n}} or {{n:06}}"))?;
    let rest = &pattern[start..];
    let end = rest
        .find('}')
        .ok_or_else(|| format!("id pattern '{pattern}' has an unclosed {{"))?;
    let spec = &rest[2..end];
    let number = match spec.strip_prefix(':') {
        None if spec.is_empty() => n.to_string(),
        Some(w) => {
            let width: usize = w
                .trim_start_matches('0')
                .parse()
                .map_err(|_| format!("id pattern '{pattern}': width '{w}' is not a number"))?;
            if w.starts_with('0') {
                format!("{n:0width$}")
            } else {
                format!("{n:width$}")
            }
        }
        None => return Err(format!("id pattern '{pattern}': use {{n}} or {{n:06}}")),
    };
    let id = format!("{}{number}{}", &pattern[..start], &rest[end + 1..]);
    if !is_device_id(&id) {
        return Err(format!(
            "id pattern '{pattern}' gives '{id}', not a device id (1 to 64 of A-Z a-z 0-9 . _ -)"
        ));
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_and_latencies() {
        assert_eq!(parse_range("50ms..2s"), Ok(Range::new(50, 2000)));
        assert_eq!(parse_range("1s"), Ok(Range::new(1000, 1000)));
        assert!(parse_range("2s..1s").is_err());
        assert!(parse_range("fast").is_err());
        let l = parse_latencies("downloading=1s..2s, flashing=5ms").unwrap();
        assert_eq!(l.get(Stage::Downloading), Range::new(1000, 2000));
        assert_eq!(l.get(Stage::Flashing), Range::new(5, 5));
        assert_eq!(
            l.get(Stage::Accepted),
            Latencies::default().get(Stage::Accepted)
        );
        let all = parse_latencies("all=0ms..10ms").unwrap();
        assert_eq!(all, Latencies::uniform(Range::new(0, 10)));
        assert!(parse_latencies("booting=1s").is_err());
        assert!(parse_latencies("downloading").is_err());
        let mut rng = rand::thread_rng();
        for _ in 0..100 {
            let d = Range::new(5, 9).sample(&mut rng);
            assert!(d >= Duration::from_millis(5) && d <= Duration::from_millis(9));
        }
    }

    #[test]
    fn rates() {
        assert_eq!(parse_rate("0.25"), Ok(0.25));
        assert!(parse_rate("1.5").is_err());
        assert!(parse_rate("-0.1").is_err());
        assert!(parse_rate("x").is_err());
        let f = parse_fail_rates("flashing=0.02,rebooting=1").unwrap();
        assert_eq!(f.get(Stage::Flashing), 0.02);
        assert_eq!(f.get(Stage::Rebooting), 1.0);
        assert_eq!(f.get(Stage::Downloading), 0.0);
        assert!(parse_fail_rates("accepted=0.1").is_err());
        assert_eq!(
            parse_fail_rates("all=0.5").unwrap().get(Stage::Accepted),
            0.0
        );
        let c = parse_churn("0.1:1s..5s").unwrap();
        assert_eq!((c.per_minute, c.offline), (0.1, Range::new(1000, 5000)));
        assert_eq!(
            parse_churn("0.1").unwrap().offline,
            Range::new(10_000, 120_000)
        );
    }

    #[test]
    fn hw_mix() {
        let m = parse_hw_mix("stm32f4:70,esp32:30").unwrap();
        assert_eq!(m, vec![("stm32f4".into(), 70), ("esp32".into(), 30)]);
        assert_eq!(parse_hw_mix("esp32").unwrap(), vec![("esp32".into(), 1)]);
        assert!(parse_hw_mix("a b:3").is_err());
        assert!(parse_hw_mix("x:0").is_err());
        let counts = (0..100u64).fold([0, 0], |mut c, i| {
            c[usize::from(pick_hw(&m, i) == "esp32")] += 1;
            c
        });
        assert_eq!(counts, [70, 30]);
    }

    #[test]
    fn id_patterns() {
        assert_eq!(format_id("TRUCK-{n:06}", 42).unwrap(), "TRUCK-000042");
        assert_eq!(format_id("dev{n}.ecu", 7).unwrap(), "dev7.ecu");
        assert!(format_id("TRUCK", 1).is_err());
        assert!(format_id("T/{n}", 1).is_err());
        assert!(format_id("T{n:x}", 1).is_err());
        assert!(format_id("T{n", 1).is_err());
        assert!(parse_id_pattern("T {n}").is_err());
    }
}
