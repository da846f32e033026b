//! otactl: the operator's one binary for signed, batched firmware rollouts over MQTT.
//!
//! Dependencies run one way: [`cli`] → [`commands`] → {[`engine`], [`tui`], [`sim`],
//! [`artifact_server`]} → {[`domain`], [`signing`], [`s3`], [`mqtt`]} → the
//! `otactl-store` crate (`local-store/`, every SQL statement). Map: [`cli`] defines the
//! command line; [`commands`] one module per subcommand, in folders that follow the CLI
//! tree; [`config`] folds flags, environment and profiles into settings; [`error`]
//! turns every module's error into an exit code and a hint; [`output`] prints text or
//! JSON; [`domain`] is pure logic (selectors, versions, batch plans, gates, policies,
//! windows, the engine's decisions, the wire protocol); [`signing`] the minisign
//! formats, manifest and command envelope; [`keyring`] where keys live; [`s3`] the
//! artifact store client; [`mqtt`] the broker link (outbox publisher, ingest, embedded
//! broker); [`metrics`] Prometheus counters; [`sim`] the device fleet simulator;
//! [`artifact_server`] a loopback HTTP server for firmware files; [`tui`] the live
//! dashboard; [`engine`] the running loop, started from one `engine::Setup`.

pub mod agent;
pub mod artifact_server;
pub mod cli;
pub mod commands;
pub mod config;
pub mod domain;
pub mod engine;
pub mod error;
pub mod keyring;
pub mod metrics;
pub mod mqtt;
pub mod output;
pub mod s3;
pub mod signing;
pub mod sim;
pub mod tui;

use clap::{CommandFactory, FromArgMatches};
use cli::{Cli, Command};
use commands::Ctx;
use error::{CliError, CliResult, ErrorKind};
use output::Printer;
use std::process::ExitCode;

/// Parses the process arguments, runs the command, and returns the exit code.
pub fn main_entry() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    ExitCode::from(run(args))
}

/// Runs otactl on `args` (program name first) and returns the exit code.
pub fn run(args: Vec<String>) -> u8 {
    let (cli, matches) = match parse::<Cli>(&args) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    run_in_context(&cli.global, &matches, |ctx| {
        let r = dispatch(ctx, &cli.command);
        if let Some(name) = cli.command.audit_name() {
            record_audit(ctx, name, &args, &r);
        }
        r
    })
}

/// Parses `args` (program name first) as `C`, or prints clap's message and gives the
/// exit code (0 for `--help` and `--version`, 2 for a usage error).
pub fn parse<C: FromArgMatches + CommandFactory>(
    args: &[String],
) -> Result<(C, clap::ArgMatches), u8> {
    let mut args = args.to_vec();
    let cmd = cli::command_for(C::command(), &mut args);
    let matches = match cmd.try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return Err(match e.kind() {
                clap::error::ErrorKind::DisplayHelp
                | clap::error::ErrorKind::DisplayVersion
                | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                    error::exit::SUCCESS
                }
                _ => error::exit::USAGE,
            });
        }
    };
    match C::from_arg_matches(&matches) {
        Ok(c) => Ok((c, matches)),
        Err(e) => {
            let _ = e.print();
            Err(error::exit::USAGE)
        }
    }
}

/// Resolves the settings from `global` (flags, environment, profile), runs `f` with
/// the command context, prints its error, and returns the exit code. The developer
/// tool (`otactl-dev`) shares this with otactl.
pub fn run_in_context(
    global: &cli::GlobalArgs,
    matches: &clap::ArgMatches,
    f: impl FnOnce(&Ctx) -> CliResult<()>,
) -> u8 {
    let printer = Printer::new(global.output, global.quiet, global.no_color);
    let flags = config::FlagSources::from_matches(matches);
    let result = config::Settings::resolve(&global.into(), &flags, &config::process_env)
        .map_err(CliError::from)
        .and_then(|settings| {
            f(&Ctx {
                settings,
                printer: printer.clone(),
                global: global.clone(),
            })
        });
    match result {
        Ok(()) => error::exit::SUCCESS,
        Err(e) if e.kind == ErrorKind::BrokenPipe => error::exit::SUCCESS,
        Err(e) => {
            printer.error(&e);
            e.exit_code()
        }
    }
}

fn dispatch(ctx: &Ctx, command: &Command) -> CliResult<()> {
    match command {
        Command::Fleet(c) => c.run(ctx),
        Command::Config(c) => c.run(ctx),
        Command::Keys(c) => c.run(ctx),
        Command::Firmware(c) => c.run(ctx),
        Command::Rollout(c) => c.run(ctx),
        Command::Device(c) => c.run(ctx),
        Command::Audit(a) => commands::audit::cmd_audit(ctx, a),
        Command::Run(a) => commands::run::cmd_run(ctx, a),
        Command::Serve(a) => commands::serve::cmd_serve(ctx, a),
        #[cfg(feature = "embedded-broker")]
        Command::Demo(a) => commands::demo::cmd_demo(ctx, a),
        Command::Store(c) => c.run(ctx),
        Command::DeadLetters(c) => c.run(ctx),
        Command::Completion(a) => commands::completion::cmd_completion(ctx, a),
        #[cfg(feature = "embedded-broker")]
        Command::Broker(a) => commands::broker::cmd_broker(ctx, a),
        Command::Simulate(a) => commands::simulate::cmd_simulate(ctx, a),
        Command::Agent(a) => commands::agent::cmd_agent(ctx, a),
        Command::Tui(a) => commands::tui::cmd_tui(ctx, a),
    }
}

/// Records a mutating command in the audit log, whatever its outcome. A failure to
/// record is a warning: the command's own result stands.
fn record_audit(ctx: &Ctx, name: &str, args: &[String], r: &CliResult<()>) {
    let outcome = commands::audit_outcome(r);
    let res: Result<(), CliError> = (|| {
        // A failed command does not create a store just to record that it failed.
        if r.is_err() && !ctx.settings.store_path().exists() {
            return Ok(());
        }
        let conn = ctx.create_store()?;
        let a = commands::redacted_args(args.get(1..).unwrap_or(&[]));
        otactl_store::audit::record(
            &conn,
            otactl_store::now_ms(),
            &commands::actor(),
            name,
            &a,
            &outcome,
        )?;
        Ok(())
    })();
    if let Err(e) = res
        && !matches!(r, Err(x) if x.kind == ErrorKind::StoreUnavailable)
    {
        ctx.printer
            .warn(format!("could not record the audit entry: {e}"));
    }
}
