//! `otactl tui` and `otactl rollout watch ID`: the live dashboard. The arguments
//! live here; the screens and their loop in `crate::tui`.

use super::Ctx;
use crate::error::{CliError, CliResult};
use crate::tui::{self, Options, theme::Theme};
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

/// The dashboard focused on one rollout. Without a terminal: status lines until the
/// rollout ends.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The rollout id
    pub id: String,
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
        engine: v.engine,
        fps: v.fps,
        refresh,
        bench_frames: v.bench_frames,
        theme: Theme::detect(ctx.global.no_color, v.ascii),
    })
}

pub fn cmd_tui(ctx: &Ctx, a: &TuiArgs) -> CliResult<()> {
    tui::run(ctx, options(ctx, a.rollout.clone(), &a.view)?)
}

pub fn cmd_watch(ctx: &Ctx, a: &WatchArgs) -> CliResult<()> {
    tui::run(ctx, options(ctx, Some(a.id.clone()), &a.view)?)
}
