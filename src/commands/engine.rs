//! What the commands that run the engine share (`run`, `rollout run`, `device update`,
//! `serve --engine`, `tui --engine`, the demo): its flags, its setup from the settings,
//! where its reports go, and how a run's end becomes an exit status.

use super::Ctx;
use crate::engine::urls::UrlSource;
use crate::engine::{self, Clock, Report, RunOptions, RunSummary, Setup};
use crate::error::{CliError, CliResult, ErrorKind};
use crate::keyring::Password;
use crate::output::Printer;
use clap::Args;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// What signing and addressing commands takes: every command that writes commands to
/// the outbox (the engine's, and `rollout retry-failed`) has these flags.
#[derive(Debug, Args, Clone, Default)]
pub struct SigningArgs {
    /// Base URL of a local artifact server for firmware not in S3 (e.g. `otactl serve`'s)
    #[arg(
        long,
        value_name = "URL",
        env = "OTACTL_ARTIFACT_URL",
        hide_env_values = true
    )]
    pub artifact_url: Option<String>,
    /// Read the signing key's password from this file (else OTACTL_KEY_PASSWORD or a prompt)
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
}

impl SigningArgs {
    /// The engine's setup from the command's settings and these flags.
    pub fn setup(&self, ctx: &Ctx) -> CliResult<Setup> {
        setup(
            ctx,
            self.artifact_url.clone(),
            Password::from_args(self.password_file.as_deref()),
        )
    }
}

/// Settings of the engine, shared by `run`, `rollout run` and `device update`.
#[derive(Debug, Args, Clone, Default)]
pub struct EngineArgs {
    #[command(flatten)]
    pub signing: SigningArgs,
    /// How often the engine looks at the store
    #[arg(long, default_value = "250ms", value_name = "DURATION")]
    pub tick: String,
    /// Serve Prometheus metrics on this address (e.g. 127.0.0.1:9464)
    #[arg(long, value_name = "ADDR")]
    pub metrics_addr: Option<SocketAddr>,
    /// Read schedules and windows from a simulated calendar: RFC3339[xSPEED] (rehearsals, tests)
    #[arg(long, value_name = "TIME", hide = true)]
    pub clock: Option<String>,
    /// Stop after this long
    #[arg(long, value_name = "DURATION")]
    pub max_duration: Option<String>,
    /// Jobs per dispatch transaction
    #[arg(long, default_value_t = 5000, value_name = "N", hide = true)]
    pub chunk: u64,
    /// The engine's log lines on stderr: text (each with its RFC 3339 time) or json
    /// (one object per line: ts, level, msg, and the event's fields)
    #[arg(long, value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

/// How the engine's log lines look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum LogFormat {
    /// `2026-11-23T02:00:00.123Z note: …`
    #[default]
    Text,
    /// `{"ts":"2026-11-23T02:00:00.123Z","level":"info","msg":"…"}`
    Json,
}

impl EngineArgs {
    pub fn options(&self, only: Option<String>, until_done: bool) -> CliResult<RunOptions> {
        let dur = |s: &str, flag: &str| {
            crate::domain::duration::parse(s).map_err(|e| {
                CliError::input(format!("{flag}: {e}")).with_hint("e.g. 250ms, 30s, 2h")
            })
        };
        let clock = match &self.clock {
            Some(c) => Clock::parse(c, otactl_store::now_ms())
                .map_err(|e| CliError::input(format!("--clock: {e}")))?,
            None => Clock::real(),
        };
        Ok(RunOptions {
            only,
            until_done,
            tick: dur(&self.tick, "--tick")?.max(Duration::from_millis(10)),
            clock,
            metrics_addr: self.metrics_addr,
            chunk: self.chunk.max(1),
            ready: None,
            max_duration: self
                .max_duration
                .as_deref()
                .map(|d| dur(d, "--max-duration"))
                .transpose()?,
        })
    }

    /// The engine's setup from the command's settings and these flags.
    pub fn setup(&self, ctx: &Ctx) -> CliResult<Setup> {
        self.signing.setup(ctx)
    }
}

/// The engine's setup from the settings: the store, the key, the broker, and download
/// URLs from the configured bucket and/or a local artifact server at `artifact_url`.
pub fn setup(ctx: &Ctx, artifact_url: Option<String>, password: Password) -> CliResult<Setup> {
    let s3 = super::storage::configured_client(&ctx.settings)?;
    Ok(Setup {
        store: ctx.settings.store_path(),
        key: ctx.settings.key.value.clone(),
        password,
        mqtt: ctx.settings.mqtt.clone(),
        urls: UrlSource::new(s3, artifact_url),
    })
}

/// Runs the engine in the foreground, its notes and events on the printer (NDJSON
/// events with `--output json`), until it stops.
pub fn run(ctx: &Ctx, setup: &Setup, o: &RunOptions, log: LogFormat) -> CliResult<RunSummary> {
    Ok(engine::run(
        setup,
        o,
        Arc::new(AtomicBool::new(false)),
        &mut reporter(&ctx.printer, log),
    )?)
}

/// One log line on stderr, with its time (`--log-format`); `event` adds its fields.
fn log_line(printer: &Printer, log: LogFormat, msg: &str, event: Option<serde_json::Value>) {
    let ts = crate::output::fmt_ms_precise(otactl_store::now_ms());
    match log {
        LogFormat::Text => printer.info(format!("{ts} {msg}")),
        LogFormat::Json => {
            let mut v = serde_json::json!({"ts": ts, "level": "info", "msg": msg});
            if let (Some(serde_json::Value::Object(fields)), Some(o)) = (event, v.as_object_mut()) {
                for (k, x) in fields {
                    o.entry(k).or_insert(x);
                }
            }
            printer.info(v.to_string());
        }
    }
}

/// Where a foreground engine's reports go: notes and events as timestamped log lines
/// on stderr (`--log-format`), events as NDJSON on stdout with `--output json`.
pub fn reporter(
    printer: &Printer,
    log: LogFormat,
) -> impl FnMut(Report<'_>) -> std::io::Result<()> + '_ {
    move |r| {
        match r {
            Report::Note(line) => log_line(printer, log, &line, None),
            Report::Event(e) if printer.is_json() => {
                printer.event(e).map_err(|e| match e.kind {
                    ErrorKind::BrokenPipe => std::io::Error::from(std::io::ErrorKind::BrokenPipe),
                    _ => std::io::Error::other(e.message),
                })?
            }
            Report::Event(e) => log_line(
                printer,
                log,
                &format!("{}: {} ({})", e.rollout, e.what, e.detail),
                serde_json::to_value(e).ok(),
            ),
        }
        Ok(())
    }
}

/// Exit status of a run for one rollout, as `rollout wait` gives it.
pub fn outcome(s: &RunSummary) -> CliResult<()> {
    match s.state {
        Some(otactl_store::RolloutState::Completed) => Ok(()),
        Some(st) => Err(CliError::new(
            ErrorKind::RolloutFailed,
            format!(
                "rollout {} {st}: {}",
                s.rollout.as_deref().unwrap_or("?"),
                s.reason.as_deref().unwrap_or("no reason recorded")
            ),
        )
        .with_hint("see `otactl rollout report ID`; retry with `otactl rollout retry-failed ID`")),
        None => Err(CliError::new(
            ErrorKind::Timeout,
            format!(
                "stopped before rollout {} ended",
                s.rollout.as_deref().unwrap_or("?")
            ),
        )
        .with_hint("run it again to resume: nothing is lost")),
    }
}

/// The line (or JSON object) a foreground run ends with.
pub fn print_summary(ctx: &Ctx, s: &RunSummary) -> CliResult<()> {
    ctx.printer.data(s, |w| {
        writeln!(
            w,
            "engine stopped after {:.1}s: {} dispatched, {} retried, {} timed out{}",
            s.seconds,
            s.dispatched,
            s.retried,
            s.timed_out,
            s.state
                .map(|st| format!("; rollout {st}"))
                .unwrap_or_default()
        )
    })
}
