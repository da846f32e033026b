//! A rollout's policy: batches, gates, timeouts, schedule, window, rate and retries.
//! Parsed once from the command line, stored as JSON with the rollout, and read by
//! the engine and the planner. Pure: no clock, no store.

use super::batches::{self, Step};
use super::duration;
use super::window::Window;
use serde::{Deserialize, Serialize};

/// What crossing the abort threshold does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum AbortAction {
    /// Stop dispatching and wait for the operator (`rollout resume` or `abort`).
    Pause,
    /// Cancel the devices not yet dispatched; leave in-flight ones alone.
    Abort,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Policy {
    /// Cumulative batch targets as given (`1,5%,25%,100%`).
    pub batches: String,
    /// The planned size of each batch.
    pub batch_sizes: Vec<u64>,
    pub success_threshold: f64,
    pub abort_threshold: Option<f64>,
    pub abort_min: u64,
    pub abort_action: AbortAction,
    /// A device silent this long (since its last message about its command, or its
    /// dispatch) is timed out.
    pub device_timeout_s: u64,
    /// Per-stage limits: how long a device may stay in one stage.
    pub stage_timeout_s: Option<u64>,
    pub soak_s: u64,
    /// Unix ms; None: start now.
    pub start_at_ms: Option<i64>,
    pub window: Option<String>,
    /// Commands per minute at most; None: as fast as the broker takes them.
    pub max_rate_per_min: Option<u32>,
    /// Retries of failed and timed-out devices (never rejected).
    pub retries: u32,
    /// The wait before a device's first retry; each further retry waits twice as
    /// long (at most 10 minutes), so an outage of the artifact store does not burn
    /// every retry at once.
    #[serde(default = "default_retry_backoff_s")]
    pub retry_backoff_s: u64,
    pub emergency: bool,
    pub allow_downgrade: bool,
    /// How long a command stays valid on the device.
    pub command_ttl_s: u64,
    /// How long a device whose presence says offline keeps its job before it ends
    /// `timed_out` (`unreachable`, retryable). None: as long as its command is valid.
    #[serde(default)]
    pub offline_grace_s: Option<u64>,
    /// Confirmation after reboot: a device's `done` is `done_unconfirmed` until its
    /// inventory shows the target; this long after the `done` without one, it fails.
    /// None: off (`done` is success, as devices built to PROTOCOL.md expect).
    #[serde(default)]
    pub confirm_timeout_s: Option<u64>,
}

fn default_retry_backoff_s() -> u64 {
    5
}

impl Policy {
    pub fn window(&self) -> Option<Window> {
        self.window.as_deref().and_then(|w| Window::parse(w).ok())
    }

    /// The settings the batch gates apply (every gate is built from a policy here).
    pub fn gate_policy(&self) -> batches::GatePolicy {
        batches::GatePolicy {
            success_threshold: self.success_threshold,
            abort_threshold: self.abort_threshold,
            abort_min: self.abort_min,
        }
    }

    /// Whether a device in flight is past its time: silent longer than the device
    /// limit since it was last heard from (`heard_ms`: its last message about the
    /// command, or the command's dispatch), or in one stage longer than the stage limit.
    pub fn is_overdue(&self, now_ms: i64, stage_ms: i64, heard_ms: i64) -> bool {
        let device_limit = self.device_timeout_s as i64 * 1000;
        let stage_limit = self.stage_timeout_s.map(|s| s as i64 * 1000);
        now_ms - heard_ms > device_limit || stage_limit.is_some_and(|l| now_ms - stage_ms > l)
    }

    /// The confirm timeout in ms, when confirmation after reboot is on.
    pub fn confirm_ms(&self) -> Option<i64> {
        self.confirm_timeout_s
            .map(|s| s.saturating_mul(1000) as i64)
    }

    /// How long an offline device keeps its job.
    pub fn offline_grace_ms(&self) -> i64 {
        self.offline_grace_s.unwrap_or(self.command_ttl_s) as i64 * 1000
    }

    /// Whether a device that failed attempt `attempt` (1 = the first) gets another.
    pub fn may_retry(&self, attempt: u32) -> bool {
        attempt <= self.retries
    }

    /// How long after failing attempt `attempt` (1 = the first) its retry goes out.
    pub fn retry_delay_ms(&self, attempt: u32) -> i64 {
        let base = self.retry_backoff_s.saturating_mul(1000);
        let factor = 1u64 << attempt.saturating_sub(1).min(20);
        base.saturating_mul(factor).min(600_000) as i64
    }
}

/// The raw values from the command line.
#[derive(Debug, Clone, Default)]
pub struct PolicyInput<'a> {
    pub batches: &'a str,
    pub success_threshold: &'a str,
    pub abort_threshold: Option<&'a str>,
    pub abort_min: u64,
    pub abort_action: Option<AbortAction>,
    pub device_timeout: &'a str,
    pub stage_timeout: Option<&'a str>,
    pub soak: &'a str,
    pub start_at_ms: Option<i64>,
    pub window: Option<&'a str>,
    pub max_rate: Option<&'a str>,
    pub retries: u32,
    /// Empty: the default (5s).
    pub retry_backoff: &'a str,
    pub emergency: bool,
    pub allow_downgrade: bool,
    pub command_ttl: &'a str,
    /// None: as long as the command is valid.
    pub offline_grace: Option<&'a str>,
    /// None: no confirmation after reboot.
    pub confirm_timeout: Option<&'a str>,
}

/// Parses `500/min`, `20/s`, `10000/h`.
pub fn parse_rate(s: &str) -> Result<u32, String> {
    let (n, unit) = s
        .split_once('/')
        .ok_or_else(|| format!("invalid rate '{s}': use e.g. 500/min"))?;
    let n: f64 = n
        .trim()
        .parse()
        .map_err(|_| format!("invalid rate '{s}': use e.g. 500/min"))?;
    let per_min = match unit.trim() {
        "s" | "sec" | "secs" | "second" | "seconds" => n * 60.0,
        "m" | "min" | "mins" | "minute" | "minutes" => n,
        "h" | "hr" | "hour" | "hours" => n / 60.0,
        u => {
            return Err(format!(
                "invalid rate '{s}': unknown unit '{u}' (s, min, h)"
            ));
        }
    };
    if !per_min.is_finite() || per_min < 1.0 {
        return Err(format!(
            "rate '{s}' is below 1/min, the finest rate otactl paces (e.g. 1/min or 60/h)"
        ));
    }
    if per_min > 100_000_000.0 {
        return Err(format!("rate '{s}' is above 100000000/min"));
    }
    Ok(per_min.round() as u32)
}

fn secs(s: &str, what: &str) -> Result<u64, String> {
    duration::parse(s)
        .map(|d| d.as_secs())
        .map_err(|e| format!("{what}: {e}"))
}

/// Builds the policy for `total` selected devices.
pub fn build(input: &PolicyInput<'_>, total: u64) -> Result<Policy, String> {
    let steps: Vec<Step> = if input.emergency {
        vec![Step::Percent(100.0)]
    } else {
        batches::parse_steps(input.batches).map_err(|e| format!("--batches: {e}"))?
    };
    let window = match (input.window, input.emergency) {
        (Some(w), false) => Some(
            Window::parse(w)
                .map_err(|e| format!("--window: {e}"))?
                .to_string(),
        ),
        _ => None,
    };
    let device_timeout_s = secs(input.device_timeout, "--device-timeout")?;
    if device_timeout_s == 0 {
        return Err("--device-timeout must be longer than 0s".into());
    }
    Ok(Policy {
        batches: if input.emergency {
            "100%".into()
        } else {
            input.batches.to_string()
        },
        batch_sizes: batches::plan(&steps, total),
        success_threshold: batches::parse_share(input.success_threshold)
            .map_err(|e| format!("--success-threshold: {e}"))?,
        abort_threshold: input
            .abort_threshold
            .map(batches::parse_share)
            .transpose()
            .map_err(|e| format!("--abort-threshold: {e}"))?,
        abort_min: input.abort_min,
        abort_action: input.abort_action.unwrap_or(AbortAction::Pause),
        device_timeout_s,
        stage_timeout_s: input
            .stage_timeout
            .map(|s| secs(s, "--stage-timeout"))
            .transpose()?,
        soak_s: if input.emergency {
            0
        } else {
            secs(input.soak, "--soak")?
        },
        start_at_ms: input.start_at_ms,
        window,
        max_rate_per_min: input
            .max_rate
            .map(parse_rate)
            .transpose()
            .map_err(|e| format!("--max-rate: {e}"))?,
        retries: input.retries,
        retry_backoff_s: if input.retry_backoff.is_empty() {
            default_retry_backoff_s()
        } else {
            secs(input.retry_backoff, "--retry-backoff")?
        },
        emergency: input.emergency,
        allow_downgrade: input.allow_downgrade,
        command_ttl_s: secs(input.command_ttl, "--command-ttl")?,
        offline_grace_s: input
            .offline_grace
            .map(|s| secs(s, "--offline-grace"))
            .transpose()?,
        confirm_timeout_s: input
            .confirm_timeout
            .map(|s| secs(s, "--confirm-timeout"))
            .transpose()?,
    })
}

/// One batch in a predicted timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedBatch {
    pub index: usize,
    pub size: u64,
    /// Earliest dispatch start and end, Unix ms.
    pub dispatch_start_ms: i64,
    pub dispatch_end_ms: i64,
    /// When the next batch may start at the earliest (end + update time + soak).
    pub gate_ms: i64,
}

/// Predicts when each batch is dispatched, given the rate limit, the window, the soak,
/// and an assumed time for a device to finish its update.
pub fn timeline(p: &Policy, now_ms: i64, assumed_update_s: u64) -> Vec<PlannedBatch> {
    let window = p.window();
    let mut t = p.start_at_ms.unwrap_or(now_ms).max(now_ms);
    let mut out = Vec::new();
    for (i, &size) in p.batch_sizes.iter().enumerate() {
        if let Some(w) = &window
            && let Ok(ts) = jiff::Timestamp::from_millisecond(t)
            && let Some(open) = w.next_open(ts)
        {
            t = t.max(open.as_millisecond());
        }
        let dispatch_ms = match p.max_rate_per_min {
            Some(r) if r > 0 => (size as f64 * 60_000.0 / f64::from(r)).ceil() as i64,
            _ => 0,
        };
        let end = t + dispatch_ms;
        let gate = end + (assumed_update_s as i64) * 1000 + (p.soak_s as i64) * 1000;
        out.push(PlannedBatch {
            index: i,
            size,
            dispatch_start_ms: t,
            dispatch_end_ms: end,
            gate_ms: gate,
        });
        t = gate;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>() -> PolicyInput<'a> {
        PolicyInput {
            batches: "1,5%,25%,100%",
            success_threshold: "95%",
            abort_threshold: Some("10%"),
            abort_min: 20,
            device_timeout: "30m",
            soak: "10m",
            command_ttl: "24h",
            ..Default::default()
        }
    }

    #[test]
    fn builds_the_issue_example() {
        let p = build(&input(), 1000).expect("policy");
        assert_eq!(p.batch_sizes, vec![1, 49, 200, 750]);
        assert_eq!(p.success_threshold, 0.95);
        assert_eq!(p.abort_threshold, Some(0.10));
        assert_eq!(p.device_timeout_s, 1800);
        assert_eq!(p.soak_s, 600);
        let e = build(
            &PolicyInput {
                emergency: true,
                window: Some("Mon 01:00-02:00"),
                ..input()
            },
            1000,
        )
        .expect("emergency");
        assert_eq!(e.batch_sizes, vec![1000]);
        assert_eq!(e.window, None);
        assert_eq!(e.soak_s, 0);
    }

    #[test]
    fn gates_timeouts_and_retries_follow_the_policy() {
        let mut p = build(&input(), 1000).expect("policy");
        let g = p.gate_policy();
        assert_eq!(
            (g.success_threshold, g.abort_threshold, g.abort_min),
            (0.95, Some(0.10), 20)
        );
        // 30 minutes since dispatch, no stage limit.
        assert!(!p.is_overdue(1_800_000, 0, 0));
        assert!(p.is_overdue(1_800_001, 1_800_000, 0));
        p.stage_timeout_s = Some(60);
        assert!(p.is_overdue(60_001, 0, 0));
        assert!(!p.is_overdue(60_000, 0, 0));
        p.retries = 2;
        assert!(p.may_retry(2));
        assert!(!p.may_retry(3));
    }

    #[test]
    fn rates_and_errors() {
        assert_eq!(parse_rate("500/min"), Ok(500));
        assert_eq!(parse_rate("20/s"), Ok(1200));
        assert_eq!(parse_rate("600/h"), Ok(10));
        assert!(parse_rate("fast").is_err());
        assert!(
            build(
                &PolicyInput {
                    batches: "0",
                    ..input()
                },
                10
            )
            .is_err_and(|e| e.contains("--batches"))
        );
        assert!(
            build(
                &PolicyInput {
                    window: Some("Mon 99:00-01:00"),
                    ..input()
                },
                10
            )
            .is_err_and(|e| e.contains("--window"))
        );
    }

    #[test]
    fn timeline_respects_rate_soak_and_window() {
        let mut p = build(
            &PolicyInput {
                max_rate: Some("60/min"),
                ..input()
            },
            100,
        )
        .expect("p");
        p.batch_sizes = vec![10, 90];
        let t = timeline(&p, 0, 300);
        assert_eq!(t[0].dispatch_end_ms, 10_000);
        assert_eq!(t[0].gate_ms, 10_000 + 300_000 + 600_000);
        assert_eq!(t[1].dispatch_start_ms, t[0].gate_ms);
        assert_eq!(t[1].dispatch_end_ms, t[1].dispatch_start_ms + 90_000);
        // A window pushes the start to its next opening.
        p.window = Some("daily 02:00-03:00 UTC".into());
        let t = timeline(&p, 0, 0);
        assert_eq!(t[0].dispatch_start_ms, 2 * 3600 * 1000);
    }
}
