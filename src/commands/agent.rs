//! `otactl agent`: the device agent in the foreground (systemd runs it), settings
//! from flags, environment and a TOML file; the broker from the global MQTT settings.

use super::Ctx;
use crate::agent::{self, AgentConfig, AgentDevice, Exit, REBOOT_EXIT, SYSTEMD_UNIT};
use crate::error::{CliError, CliResult};
use crate::mqtt::ConnectConfig;
use crate::signing::PublicKey;
use clap::Args;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Run the device agent of a Linux gateway: it verifies each command as PROTOCOL.md
/// says (the simulator's checks), downloads the image to the state directory (resumed
/// with HTTP Range), verifies sha256 and the minisign signature, runs the install hook,
/// and reports every stage.
///
/// Install hook: run with OTACTL_IMAGE (the verified image), OTACTL_MANIFEST (its
/// manifest, JSON), OTACTL_DEVICE_ID, OTACTL_HW, OTACTL_VERSION, OTACTL_COUNTER,
/// OTACTL_PREVIOUS_VERSION. Exit 0: installed (reported done). Exit 10: installed,
/// reboot needed; the agent reports rebooting and exits 10, and on its next start runs
/// the health hook (same variables): exit 0 reports done, anything else reports error
/// rolled_back with the hook's last stderr line. Any other exit: error install_failed
/// with the hook's last stderr line. Hooks must be idempotent: a kill during an
/// install runs it again on restart.
///
/// Exit codes: 0 stopped (SIGTERM, Ctrl-C), 10 reboot requested, 3 bad settings,
/// 5 broker unusable.
///
///     otactl agent --device-id TRUCK-17 --hw jetson-orin --trust /etc/otactl/op.pub \
///         --install-hook /usr/lib/otactl/install --state-dir /var/lib/otactl-agent
#[derive(Debug, Args)]
pub struct AgentArgs {
    /// A TOML file with `state_dir`, `trust`, `health_hook` and `[[device]]` tables
    /// (`id`, `hw`, `firmware_version`, `counter`, `install_hook`, `health_hook`)
    #[arg(
        long = "agent-config",
        value_name = "FILE.toml",
        env = "OTACTL_AGENT_CONFIG"
    )]
    pub agent_config: Option<PathBuf>,
    /// This device's id (added to the file's devices)
    #[arg(long, value_name = "ID", env = "OTACTL_AGENT_DEVICE_ID")]
    pub device_id: Option<String>,
    /// Its hardware id
    #[arg(long, value_name = "HW", env = "OTACTL_AGENT_HW")]
    pub hw: Option<String>,
    /// The version it runs before its first update
    #[arg(long, value_name = "VERSION", env = "OTACTL_AGENT_FIRMWARE_VERSION")]
    pub firmware_version: Option<String>,
    /// The anti-rollback counter before its first update
    #[arg(long, env = "OTACTL_AGENT_COUNTER")]
    pub counter: Option<u64>,
    /// The install hook (see above)
    #[arg(long, value_name = "PATH", env = "OTACTL_AGENT_INSTALL_HOOK")]
    pub install_hook: Option<PathBuf>,
    /// The health hook run after a reboot
    #[arg(long, value_name = "PATH", env = "OTACTL_AGENT_HEALTH_HOOK")]
    pub health_hook: Option<PathBuf>,
    /// An operator public key (repeatable, for key rotation)
    #[arg(
        long,
        value_name = "KEY.pub",
        env = "OTACTL_AGENT_TRUST",
        value_delimiter = ','
    )]
    pub trust: Vec<PathBuf>,
    /// Where the agent keeps its state and downloads
    #[arg(long, value_name = "DIR", env = "OTACTL_AGENT_STATE_DIR")]
    pub state_dir: Option<PathBuf>,
    /// MQTT client id [default: otactl-agent-FIRST_DEVICE_ID]
    #[arg(long, value_name = "ID", env = "OTACTL_AGENT_CLIENT_ID")]
    pub client_id: Option<String>,
    /// Least time between two download progress statuses
    #[arg(long, value_name = "DURATION", default_value = "3s", value_parser = crate::domain::duration::parse)]
    pub progress_every: Duration,
    /// Print the systemd unit file and exit
    #[arg(long)]
    pub print_unit: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDevice {
    id: String,
    hw: String,
    #[serde(default)]
    firmware_version: Option<String>,
    #[serde(default)]
    counter: Option<u64>,
    install_hook: PathBuf,
    #[serde(default)]
    health_hook: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AgentFile {
    #[serde(default)]
    state_dir: Option<PathBuf>,
    #[serde(default)]
    trust: Vec<PathBuf>,
    #[serde(default)]
    health_hook: Option<PathBuf>,
    #[serde(default)]
    client_id: Option<String>,
    #[serde(default)]
    device: Vec<FileDevice>,
}

fn read_file(p: &Path) -> CliResult<AgentFile> {
    let text = std::fs::read_to_string(p)
        .map_err(|e| CliError::input(format!("cannot read {}: {e}", p.display())))?;
    toml::from_str(&text).map_err(|e| {
        CliError::config(format!("{}: {}", p.display(), e.message()))
            .with_hint("see `otactl agent --help` for the file's keys")
    })
}

fn settings(ctx: &Ctx, a: &AgentArgs) -> CliResult<AgentConfig> {
    let file = match &a.agent_config {
        Some(p) => read_file(p)?,
        None => AgentFile::default(),
    };
    let health = a.health_hook.clone().or(file.health_hook.clone());
    let mut devices: Vec<AgentDevice> = file
        .device
        .into_iter()
        .map(|d| AgentDevice {
            id: d.id,
            hw: d.hw,
            firmware_version: d.firmware_version.unwrap_or_else(|| "0.0.0".into()),
            counter: d.counter.unwrap_or(0),
            install_hook: d.install_hook,
            health_hook: d.health_hook.or(health.clone()),
        })
        .collect();
    if let Some(id) = &a.device_id {
        let need = |what: &str| {
            CliError::config(format!("--device-id {id} needs {what}"))
                .with_hint("give --hw and --install-hook (or the device in --agent-config)")
        };
        devices.retain(|d| &d.id != id);
        devices.insert(
            0,
            AgentDevice {
                id: id.clone(),
                hw: a.hw.clone().ok_or_else(|| need("--hw"))?,
                firmware_version: a.firmware_version.clone().unwrap_or_else(|| "0.0.0".into()),
                counter: a.counter.unwrap_or(0),
                install_hook: a
                    .install_hook
                    .clone()
                    .ok_or_else(|| need("--install-hook"))?,
                health_hook: health.clone(),
            },
        );
    }
    let state_dir = a.state_dir.clone().or(file.state_dir).ok_or_else(|| {
        CliError::config("the agent needs a state directory")
            .with_hint("give --state-dir, OTACTL_AGENT_STATE_DIR or state_dir in --agent-config")
    })?;
    let mut trust_paths = a.trust.clone();
    trust_paths.extend(file.trust);
    let trusted = trust_paths
        .iter()
        .map(|p| {
            PublicKey::load(p).map_err(|e| {
                CliError::config(format!(
                    "cannot use {} as an operator key: {e}",
                    p.display()
                ))
                .with_hint("give a minisign public key file (.pub)")
            })
        })
        .collect::<CliResult<Vec<_>>>()?;
    let mut connect = ConnectConfig::from_settings(&ctx.settings.mqtt)?;
    connect.client_id = a
        .client_id
        .clone()
        .or(file.client_id)
        .or_else(|| devices.first().map(|d| format!("otactl-agent-{}", d.id)))
        .unwrap_or_else(|| "otactl-agent".into());
    Ok(AgentConfig {
        connect,
        devices,
        trusted,
        state_dir,
        progress_every: a.progress_every,
        download_attempts: 8,
    })
}

pub fn cmd_agent(ctx: &Ctx, a: &AgentArgs) -> CliResult<()> {
    if a.print_unit {
        return ctx.printer.data(&(), |w| write!(w, "{SYSTEMD_UNIT}"));
    }
    // mimalloc asks for transparent huge pages on its arena (MADV_HUGEPAGE), so each
    // 2 MiB range a heap touches becomes resident whole: 35-56 MiB peak fetching 1 GiB,
    // 27-29 MiB with THP off from here (pages touched before stay huge). The
    // flag is per process and inherited by the hooks, which it does not concern.
    #[cfg(target_os = "linux")]
    if let Err(e) = rustix::thread::disable_transparent_huge_pages(true) {
        eprintln!("agent: cannot disable transparent huge pages: {e}");
    }
    let cfg = settings(ctx, a)?;
    // One thread for the MQTT loop and the downloads: each worker is a mimalloc heap of
    // its own keeping freed body buffers, 4-5 MiB more peak with two. File writes and
    // hashing run on the blocking threads; a few keep the heap small.
    let rt = tokio::runtime::Builder::new_current_thread()
        .max_blocking_threads(4)
        .enable_all()
        .build()?;
    let exit = rt.block_on(agent::run(cfg, stopped()))?;
    drop(rt);
    if exit == Exit::Reboot {
        eprintln!("agent: the install hook asks for a reboot (exit {REBOOT_EXIT})");
        std::process::exit(REBOOT_EXIT);
    }
    Ok(())
}

/// Ctrl-C or SIGTERM.
async fn stopped() {
    #[cfg(unix)]
    if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        tokio::select! {
            _ = s.recv() => {}
            _ = tokio::signal::ctrl_c() => {}
        }
        return;
    }
    let _ = tokio::signal::ctrl_c().await;
}
