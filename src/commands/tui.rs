//! `otactl tui`: the live dashboard, and what `rollout watch ID` shares with it (the
//! view flags and starting the dashboard). The screens and their loop are in
//! `crate::tui`.

use super::Ctx;
use crate::engine::Background;
use crate::error::{CliError, CliResult};
use crate::keyring::Password;
use crate::tui::{self, Ended, Options, theme::Theme};
use clap::Args;

/// A live dashboard over the store: rollouts with per-batch gauges, gates and how
/// close each is, counts per stage, throughput and time to completion; the devices
/// (filter with `/`, sort with `s`, Enter for a device's history); the event log.
///
/// It follows a store that `otactl run` drives in another terminal (or runs the
/// engine itself with --engine). Keys: arrows or j/k, Tab, Enter, / filter, p pause,
/// r resume, a abort (asks first), ? help, q quit. Actions are audited as the
/// `rollout` verbs are. Without a terminal it prints status lines instead.
#[derive(Debug, Args)]
pub struct TuiArgs {
    /// Focus this rollout [default: the newest active one]
    #[arg(long, value_name = "ID")]
    pub rollout: Option<String>,
    #[command(flatten)]
    pub view: ViewArgs,
}

/// How the dashboard runs.
#[derive(Debug, Args, Clone)]
pub struct ViewArgs {
    /// Run the engine in this process too, instead of `otactl run` in another terminal
    #[arg(long)]
    pub engine: bool,
    /// Read the store at most this often while it changes
    #[arg(long, default_value = "1s", value_name = "DURATION")]
    pub refresh: String,
    /// Only ASCII symbols and bars (terminals without UTF-8) [default: from the locale]
    #[arg(long)]
    pub ascii: bool,
    /// Frames per second
    #[arg(long, default_value_t = 10, hide = true)]
    pub fps: u32,
    /// Draw this many frames, then print frame times and CPU use as JSON (benchmarks;
    /// without a terminal it draws on a 200x50 screen in memory)
    #[arg(long, hide = true, value_name = "N")]
    pub bench_frames: Option<u64>,
}

fn options(ctx: &Ctx, rollout: Option<String>, v: &ViewArgs) -> CliResult<Options> {
    let refresh = crate::domain::duration::parse(&v.refresh)
        .map_err(|e| CliError::input(e).with_hint("e.g. --refresh 500ms"))?
        .max(std::time::Duration::from_millis(50));
    if !(1..=60).contains(&v.fps) {
        return Err(CliError::input("--fps must be between 1 and 60"));
    }
    Ok(Options {
        rollout,
        fps: v.fps,
        refresh,
        bench_frames: v.bench_frames,
        theme: Theme::detect(ctx.global.no_color, v.ascii),
    })
}

pub fn cmd_tui(ctx: &Ctx, a: &TuiArgs) -> CliResult<()> {
    show(ctx, a.rollout.clone(), &a.view)
}

/// The dashboard on the command's store, with the engine in this process when asked.
pub fn show(ctx: &Ctx, rollout: Option<String>, v: &ViewArgs) -> CliResult<()> {
    let opts = options(ctx, rollout, v)?;
    let conn = ctx.open_store()?;
    let _engine = if v.engine {
        Some(start_engine(ctx)?)
    } else {
        None
    };
    dashboard(ctx, conn, opts)
}

/// Runs the dashboard; without a terminal, the status lines of `rollout status
/// --watch` until the rollout ends.
pub fn dashboard(ctx: &Ctx, conn: otactl_store::Connection, opts: Options) -> CliResult<()> {
    let label = ctx.settings.store_path().display().to_string();
    match tui::run(conn, opts, label, super::actor())? {
        Ended::Quit => Ok(()),
        Ended::NoTerminal { rollout } => {
            ctx.printer.info(format!(
                "no terminal: printing the status of {rollout} as it changes"
            ));
            super::rollout::status::cmd_status(
                ctx,
                &super::rollout::status::StatusArgs {
                    id: rollout,
                    watch: true,
                    interval: "1s".into(),
                },
            )
        }
    }
}

/// The engine for `--engine`, silent (the dashboard shows what it does): every active
/// rollout, with a local artifact server from OTACTL_ARTIFACT_URL if set.
fn start_engine(ctx: &Ctx) -> CliResult<Background> {
    let setup = super::engine::setup(
        ctx,
        crate::config::process_env("OTACTL_ARTIFACT_URL"),
        Password::EnvOrPrompt,
    )?;
    let o = crate::engine::RunOptions {
        only: None,
        until_done: false,
        tick: std::time::Duration::from_millis(250),
        clock: crate::engine::Clock::real(),
        metrics_addr: None,
        chunk: 5000,
        max_duration: None,
        ready: None,
    };
    Ok(Background::start(setup, o)?)
}
