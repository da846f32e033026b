//! `otactl run`: the engine in the foreground for every active rollout, until Ctrl-C
//! (or `--until-done`).

use super::Ctx;
use super::engine::{EngineArgs, print_summary};
use crate::error::CliResult;
use clap::Args;

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

pub fn cmd_run(ctx: &Ctx, a: &RunArgs) -> CliResult<()> {
    let o = a.engine.options(None, a.until_done)?;
    let s = super::engine::run(ctx, &a.engine.setup(ctx)?, &o, a.engine.log_format)?;
    print_summary(ctx, &s)
}
