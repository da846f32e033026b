//! `otactl run` (every active rollout) and `otactl rollout run ID` (one, until it
//! ends): the engine in the foreground. Exit codes follow `rollout wait`.

use super::Ctx;
use crate::engine::{self, Clock, RunOptions, RunSummary};
use crate::error::{CliError, CliResult, ErrorKind};
use clap::Args;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// Settings of the engine, shared by `run`, `rollout run` and `device update`.
#[derive(Debug, Args, Clone, Default)]
pub struct EngineArgs {
    /// Base URL of a local artifact server for firmware not in S3 (e.g. `otactl serve`'s)
    #[arg(
        long,
        value_name = "URL",
        env = "OTACTL_ARTIFACT_URL",
        hide_env_values = true
    )]
    pub artifact_url: Option<String>,
    /// How often the engine looks at the store
    #[arg(long, default_value = "250ms", value_name = "DURATION")]
    pub tick: String,
    /// Serve Prometheus metrics on this address (e.g. 127.0.0.1:9464)
    #[arg(long, value_name = "ADDR")]
    pub metrics_addr: Option<SocketAddr>,
    /// Read the signing key's password from this file (else OTACTL_KEY_PASSWORD or a prompt)
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    /// Read schedules and windows from a simulated calendar: RFC3339[xSPEED] (rehearsals, tests)
    #[arg(long, value_name = "TIME", hide = true)]
    pub clock: Option<String>,
    /// Stop after this long
    #[arg(long, value_name = "DURATION")]
    pub max_duration: Option<String>,
    /// Jobs per dispatch transaction
    #[arg(long, default_value_t = 5000, value_name = "N", hide = true)]
    pub chunk: u64,
}

/// Run the engine: dispatch, ingest statuses, time out, retry and pass gates for every
/// active rollout, until Ctrl-C. One engine per store; killed, it resumes on restart.
///
/// Examples:
///   otactl run --broker mqtt://broker:1883
///   otactl run --until-done --metrics-addr 127.0.0.1:9464
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Stop when no rollout is active any more
    #[arg(long)]
    pub until_done: bool,
    #[command(flatten)]
    pub engine: EngineArgs,
}

/// Run the engine for one rollout until it ends: exit 0 when it completed, 6 when it
/// was aborted, failed or cancelled.
#[derive(Debug, Args)]
pub struct RolloutRunArgs {
    /// The rollout id
    pub id: String,
    #[command(flatten)]
    pub engine: EngineArgs,
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
            artifact_url: self.artifact_url.clone(),
            clock,
            metrics_addr: self.metrics_addr,
            password_file: self.password_file.clone(),
            chunk: self.chunk.max(1),
            ready: None,
            max_duration: self
                .max_duration
                .as_deref()
                .map(|d| dur(d, "--max-duration"))
                .transpose()?,
        })
    }
}

pub fn cmd_run(ctx: &Ctx, a: &RunArgs) -> CliResult<()> {
    let o = a.engine.options(None, a.until_done)?;
    let s = engine::run(ctx, &o, Arc::new(AtomicBool::new(false)))?;
    print_summary(ctx, &s)
}

pub fn cmd_rollout_run(ctx: &Ctx, a: &RolloutRunArgs) -> CliResult<()> {
    let o = a.engine.options(Some(a.id.clone()), false)?;
    let s = engine::run(ctx, &o, Arc::new(AtomicBool::new(false)))?;
    print_summary(ctx, &s)?;
    outcome(&s)
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

fn print_summary(ctx: &Ctx, s: &RunSummary) -> CliResult<()> {
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
