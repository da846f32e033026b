//! `otactl-dev generate`: otactl's shell completions and man pages from the clap definition, so
//! they can never drift from the code (a test regenerates and compares them).

use clap::{Args, CommandFactory};
use clap_complete::Shell;
use otactl::cli::Cli;
use otactl::error::CliResult;
use std::path::{Path, PathBuf};

/// Write completions (bash, zsh, fish, powershell) and man pages.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// The project directory; files go to DIR/completions and DIR/man
    #[arg(long, default_value = ".")]
    pub dir: PathBuf,
}

pub fn cmd_generate(args: &GenerateArgs) -> CliResult<()> {
    generate_into(&args.dir)
}

/// Writes every generated file under `dir`.
pub fn generate_into(dir: &Path) -> CliResult<()> {
    let comp = dir.join("completions");
    let man = dir.join("man");
    std::fs::create_dir_all(&comp)?;
    std::fs::create_dir_all(&man)?;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell] {
        let mut cmd = Cli::command();
        clap_complete::generate_to(shell, &mut cmd, "otactl", &comp)?;
    }
    clap_mangen::generate_to(Cli::command(), &man)?;
    Ok(())
}
