//! `otactl rollout watch ID`: the live dashboard focused on one rollout (as
//! `otactl tui --rollout ID`).

use super::super::Ctx;
use super::super::tui::{ViewArgs, show};
use crate::error::CliResult;
use clap::Args;

/// The dashboard focused on one rollout. Without a terminal: status lines until the
/// rollout ends.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The rollout id
    pub id: String,
    #[command(flatten)]
    pub view: ViewArgs,
}

pub fn cmd_watch(ctx: &Ctx, a: &WatchArgs) -> CliResult<()> {
    show(ctx, Some(a.id.clone()), &a.view)
}
