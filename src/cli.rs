//! The command line: global options shared by every subcommand, and the subcommand
//! enum. Each subcommand's arguments live with its code in `commands/`.

use crate::commands;
use crate::output::OutputFormat;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// otactl: sign firmware, upload it, and roll it out to a fleet over MQTT in batches,
/// following every device through its stages in a local store.
#[derive(Debug, Parser)]
#[command(
    name = "otactl",
    version,
    max_term_width = 100,
    after_long_help = AFTER_HELP
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

const AFTER_HELP: &str = "\
Settings come from flags, then environment variables, then the config file's profile,
then defaults. Secrets (MQTT password, S3 keys, key passwords) come only from the
environment or files, never from flags.

Exit codes: 0 success, 1 internal error, 2 usage, 3 input or config error,
4 verification failed, 5 remote unreachable or refused, 6 rollout failed or aborted,
7 timed out, 8 store unavailable (locked, read-only, disk full),
9 rollout paused, waiting for an operator (`rollout wait`).";

/// The heading of the options every command takes (shown once, in `otactl --help`).
pub const GLOBAL: &str = "Global options";

/// What a leaf's help says instead of repeating the global and connection options.
const LEAF_POINTER: &str = "Global and connection options (--store, --output, --broker, …): \
see `otactl --help`, or this command's `--help-all`.";

/// The command line as parsed from `args`: the global and connection options are
/// listed once, in `otactl --help`; a subcommand's help shows its own options and a
/// pointer, unless `--help-all` asks for everything (it is then read as `--help`).
pub fn command_for(mut cmd: clap::Command, args: &mut [String]) -> clap::Command {
    let mut all = false;
    for a in args.iter_mut() {
        if a == "--" {
            break;
        }
        if a == "--help-all" {
            *a = "--help".into();
            all = true;
        }
    }
    if !all {
        let globals: Vec<clap::Arg> = cmd
            .get_arguments()
            .filter(|a| a.is_global_set())
            .map(|a| a.clone().hide(true))
            .collect();
        cmd = hide_globals(cmd, &globals, true);
    }
    cmd
}

/// Gives every subcommand its own hidden copy of the global options before clap
/// propagates them (it skips an option a subcommand already has), and a pointer.
fn hide_globals(mut c: clap::Command, globals: &[clap::Arg], top: bool) -> clap::Command {
    let names: Vec<String> = c
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    if !top {
        // A subcommand's own option of the same name wins, as in clap's propagation.
        let own: Vec<clap::Id> = c.get_arguments().map(|a| a.get_id().clone()).collect();
        c = c.args(
            globals
                .iter()
                .filter(|g| !own.contains(g.get_id()))
                .cloned(),
        );
        if names.is_empty() {
            c = c.after_help(LEAF_POINTER);
        }
    }
    for n in names {
        c = c.mut_subcommand(n, |sc| hide_globals(sc, globals, false));
    }
    c
}

/// Options every subcommand takes.
#[derive(Debug, Args, Clone, Default)]
pub struct GlobalArgs {
    /// The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]
    #[arg(
        long,
        global = true,
        env = "OTACTL_STORE",
        value_name = "PATH",
        hide_env_values = true,
        help_heading = GLOBAL
    )]
    pub store: Option<PathBuf>,

    /// Create the store if it does not exist (read commands never create one otherwise)
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub init: bool,

    /// The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]
    #[arg(
        long,
        global = true,
        env = "OTACTL_CONFIG",
        value_name = "FILE",
        hide_env_values = true,
        help_heading = GLOBAL
    )]
    pub config: Option<PathBuf>,

    /// The config profile to use [default: the file's default_profile, else "default"]
    #[arg(
        long,
        global = true,
        env = "OTACTL_PROFILE",
        value_name = "NAME",
        hide_env_values = true,
        help_heading = GLOBAL
    )]
    pub profile: Option<String>,

    /// Output format: text for people, json for programs
    #[arg(
        long,
        short = 'o',
        global = true,
        value_enum,
        default_value_t = OutputFormat::Text,
        env = "OTACTL_OUTPUT",
        hide_env_values = true,
        help_heading = GLOBAL
    )]
    pub output: OutputFormat,

    /// Print only data and errors, no progress or notes
    #[arg(long, short = 'q', global = true, help_heading = GLOBAL)]
    pub quiet: bool,

    /// No colors (also honoured: NO_COLOR)
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub no_color: bool,

    /// MQTT broker URL: mqtt://host:port or mqtts://host:port
    #[arg(
        long,
        global = true,
        env = "OTACTL_BROKER",
        value_name = "URL",
        hide_env_values = true,
        help_heading = "Connection"
    )]
    pub broker: Option<String>,

    /// MQTT topic prefix [default: fleet]
    #[arg(
        long,
        global = true,
        env = "OTACTL_TOPIC_PREFIX",
        value_name = "PREFIX",
        hide_env_values = true,
        help_heading = "Connection"
    )]
    pub topic_prefix: Option<String>,

    /// MQTT client id (stable: the broker keeps our session under it) [default: otactl]
    #[arg(
        long,
        global = true,
        env = "OTACTL_MQTT_CLIENT_ID",
        value_name = "ID",
        hide_env_values = true,
        help_heading = "Connection"
    )]
    pub mqtt_client_id: Option<String>,

    /// MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)
    #[arg(
        long,
        global = true,
        env = "OTACTL_MQTT_USERNAME",
        value_name = "USER",
        hide_env_values = true,
        help_heading = "Connection"
    )]
    pub mqtt_username: Option<String>,

    /// CA certificate (PEM) to trust for mqtts://
    #[arg(
        long,
        global = true,
        env = "OTACTL_MQTT_CA",
        value_name = "FILE",
        hide_env_values = true,
        help_heading = "Connection"
    )]
    pub mqtt_ca: Option<PathBuf>,

    /// Client certificate (PEM) for mqtts:// with mutual TLS
    #[arg(
        long,
        global = true,
        env = "OTACTL_MQTT_CERT",
        value_name = "FILE",
        hide_env_values = true,
        help_heading = "Connection"
    )]
    pub mqtt_cert: Option<PathBuf>,

    /// Client private key (PEM) for mqtts:// with mutual TLS
    #[arg(
        long,
        global = true,
        env = "OTACTL_MQTT_KEY",
        value_name = "FILE",
        hide_env_values = true,
        help_heading = "Connection"
    )]
    pub mqtt_key: Option<PathBuf>,

    /// S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)
    #[arg(
        long,
        global = true,
        env = "AWS_ENDPOINT_URL",
        value_name = "URL",
        hide_env_values = true,
        help_heading = "Connection"
    )]
    pub s3_endpoint: Option<String>,

    /// S3 bucket for firmware
    #[arg(
        long,
        global = true,
        env = "OTACTL_BUCKET",
        value_name = "NAME",
        hide_env_values = true,
        help_heading = "Connection"
    )]
    pub bucket: Option<String>,

    /// S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]
    #[arg(
        long,
        global = true,
        value_name = "REGION",
        help_heading = "Connection"
    )]
    pub region: Option<String>,

    /// Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY
    #[arg(
        long,
        global = true,
        env = "OTACTL_S3_PATH_STYLE",
        value_name = "BOOL",
        hide_env_values = true,
        help_heading = "Connection"
    )]
    pub s3_path_style: Option<bool>,

    /// The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)
    #[arg(
        long,
        global = true,
        env = "OTACTL_KEY",
        value_name = "FILE",
        hide_env_values = true,
        help_heading = "Connection"
    )]
    pub key: Option<PathBuf>,
}

/// The settings the global flags (and their environment variables) override; the
/// config module knows nothing of clap's structs.
impl From<&GlobalArgs> for crate::config::Overrides {
    fn from(g: &GlobalArgs) -> Self {
        crate::config::Overrides {
            store: g.store.clone(),
            config: g.config.clone(),
            profile: g.profile.clone(),
            key: g.key.clone(),
            broker: g.broker.clone(),
            topic_prefix: g.topic_prefix.clone(),
            mqtt_client_id: g.mqtt_client_id.clone(),
            mqtt_username: g.mqtt_username.clone(),
            mqtt_ca: g.mqtt_ca.clone(),
            mqtt_cert: g.mqtt_cert.clone(),
            mqtt_key: g.mqtt_key.clone(),
            s3_endpoint: g.s3_endpoint.clone(),
            bucket: g.bucket.clone(),
            region: g.region.clone(),
            s3_path_style: g.s3_path_style,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The device inventory: import, list, show, remove
    #[command(subcommand)]
    Fleet(commands::fleet::FleetCommand),
    /// Signing keys: generate, list, show, trust, untrust, default
    #[command(subcommand)]
    Keys(commands::keys::KeysCommand),
    /// Firmware images: sign, verify, list, show, upload, url
    #[command(subcommand)]
    Firmware(commands::firmware::FirmwareCommand),
    /// Rollouts: plan, create, list, status, watch, report, wait, pause, resume, abort, cancel, retry-failed, run
    #[command(subcommand)]
    Rollout(commands::rollout::RolloutCommand),
    /// One device: history, update
    #[command(subcommand)]
    Device(commands::device::DeviceCommand),
    /// The config file and the settings in effect: init, show, profiles, use
    #[command(subcommand)]
    Config(commands::config::ConfigCommand),
    /// Run the engine: dispatch, ingest, time out, retry and gate every active rollout
    Run(commands::run::RunArgs),
    /// The whole job on embedded defaults: broker, store, key, firmware, simulated fleet
    #[cfg(feature = "embedded-broker")]
    Demo(commands::demo::DemoArgs),
    /// The field kit: MQTT broker and artifact server (and the engine) in one process
    Serve(commands::serve::ServeArgs),
    /// Who changed what, and when
    Audit(commands::audit::AuditArgs),
    /// The store itself: export, import (between stores), backup, restore
    #[command(subcommand)]
    Store(commands::store::StoreCommand),
    /// What the engine could not use: list, show, purge
    #[command(subcommand)]
    DeadLetters(commands::dead_letters::DeadLettersCommand),
    /// Print the shell completion script (bash, zsh, fish, powershell, elvish)
    Completion(commands::completion::CompletionArgs),
    /// A live dashboard: rollouts, gates, devices and events as they happen
    Tui(commands::tui::TuiArgs),
    /// Run an MQTT broker in this process (loopback by default)
    #[cfg(feature = "embedded-broker")]
    Broker(commands::broker::BrokerArgs),
    /// Run simulated devices against the broker (demos, load tests)
    Simulate(commands::simulate::SimulateArgs),
    /// Run the device agent of a gateway (install and health hooks, resumed downloads)
    Agent(commands::agent::AgentArgs),
}

impl Command {
    /// The command's name as recorded in the audit log, if it changes anything.
    pub fn audit_name(&self) -> Option<&'static str> {
        match self {
            Command::Fleet(c) => c.audit_name(),
            Command::Config(c) => c.audit_name(),
            Command::Keys(c) => c.audit_name(),
            Command::Firmware(c) => c.audit_name(),
            Command::Rollout(c) => c.audit_name(),
            Command::Device(c) => c.audit_name(),
            Command::Store(c) => c.audit_name(),
            Command::DeadLetters(c) => c.audit_name(),
            Command::Completion(_) => None,
            Command::Audit(_) | Command::Run(_) | Command::Serve(_) | Command::Simulate(_) => None,
            Command::Agent(_) => None,
            // Its actions (pause, resume, abort) are audited one by one as they happen.
            Command::Tui(_) => None,
            #[cfg(feature = "embedded-broker")]
            Command::Broker(_) | Command::Demo(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
        // Also as parsed, with the global options hidden in every subcommand.
        command_for(Cli::command(), &mut []).debug_assert();
        command_for(Cli::command(), &mut ["--help-all".to_string()]).debug_assert();
    }
}
