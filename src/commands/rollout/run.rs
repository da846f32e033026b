//! `otactl rollout run ID`: the engine in the foreground for one rollout, until it
//! ends. Exit codes follow `rollout wait`.

use super::super::Ctx;
use super::super::engine::{EngineArgs, outcome, print_summary};
use crate::error::CliResult;
use clap::Args;

/// Run the engine for one rollout until it ends: exit 0 when it completed, 6 when it
/// was aborted, failed or cancelled.
#[derive(Debug, Args)]
pub struct RolloutRunArgs {
    /// The rollout id
    pub id: String,
    #[command(flatten)]
    pub engine: EngineArgs,
}

pub fn cmd_rollout_run(ctx: &Ctx, a: &RolloutRunArgs) -> CliResult<()> {
    let o = a.engine.options(Some(a.id.clone()), false)?;
    let s = super::super::engine::run(ctx, &a.engine.setup(ctx)?, &o, a.engine.log_format)?;
    print_summary(ctx, &s)?;
    outcome(&s)
}
