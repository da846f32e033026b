//! `otactl completion SHELL`: prints the shell completion script, the same one that is
//! committed in `completions/`, for `source <(otactl completion bash)` and friends.

use super::Ctx;
use crate::error::CliResult;
use clap::{Args, CommandFactory};
use std::io::Write;

/// Print the completion script for a shell.
///
/// Examples:
///   source <(otactl completion bash)
///   otactl completion zsh > "${fpath[1]}/_otactl"
///   otactl completion fish > ~/.config/fish/completions/otactl.fish
#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn cmd_completion(_ctx: &Ctx, a: &CompletionArgs) -> CliResult<()> {
    let mut cmd = crate::cli::Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut cmd, "otactl", &mut buf);
    let mut out = std::io::stdout().lock();
    out.write_all(&buf)?;
    out.flush()?;
    Ok(())
}
