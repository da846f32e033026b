//! `otactl simulate`: a fleet of simulated devices in the foreground, for demos,
//! soak and load tests of a rollout without hardware (see `crate::sim`).

use super::Ctx;
use crate::domain::duration;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::keyring::Keyring;
use crate::mqtt::ConnectConfig;
use crate::signing::PublicKey;
use crate::sim::knobs::{self, Churn, FailRates, Latencies};
use crate::sim::{SimConfig, SimStats, Simulator};
use clap::Args;
use serde::Serialize;
use std::path::PathBuf;
use std::time::Duration;

/// Run simulated devices that speak the device protocol, until Ctrl-C, SIGTERM or
/// --duration.
///
/// Each device publishes its retained inventory and `online` presence, verifies every
/// command with the trusted operator keys, dedupes command ids, checks device id,
/// expiry, the manifest's signature, hw, counter and expiry, downloads the artifact
/// (one GET per distinct sha256 for the whole fleet), checks size, sha256 and the
/// minisign signature, and walks accepted, downloading, verifying, flashing,
/// rebooting, done. With --state-file, devices remember their version, counter and
/// seen command ids across restarts.
///
/// Error codes sent: rejected with bad_signature, bad_command, wrong_device, expired,
/// manifest_invalid, wrong_hw, downgrade, manifest_expired or declined (--reject-rate);
/// error with download_failed, too_large, sha256_mismatch, bad_firmware_signature,
/// busy, or verify_failed / flash_failed / reboot_failed (--fail-rate).
///
/// Devices share --connections MQTT connections (client ids PREFIX-0, PREFIX-1, ...),
/// which carry no last will: a graceful stop publishes `offline` for every device.
/// With --connection-per-device each device has its own client id and last will.
///
///     otactl simulate --devices 1000 --id-pattern 'TRUCK-{n:06}' --hw stm32f4:70,esp32:30 \
///         --latency downloading=1s..5s --fail-rate flashing=0.02 --write-fleet fleet.csv
#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// How many devices
    #[arg(long, default_value_t = 10)]
    pub devices: usize,
    /// Device ids: `{n:06}` is the device number from 0, zero-padded to 6 digits (another
    /// width: `{n:08}`)
    #[arg(long, value_name = "PATTERN", default_value = "SIM-{n:06}", value_parser = knobs::parse_id_pattern)]
    pub id_pattern: String,
    /// Hardware ids with weights
    #[arg(long, value_name = "HW:WEIGHT,...", default_value = "stm32f4")]
    pub hw: String,
    /// The firmware version devices start with
    #[arg(long, value_name = "VERSION", default_value = "1.0.0")]
    pub firmware_version: String,
    /// The anti-rollback counter devices start with
    #[arg(long, default_value_t = 0)]
    pub counter: u64,
    /// An operator public key devices trust (repeatable) [default: the trusted keys]
    #[arg(long, value_name = "KEY.pub")]
    pub trust: Vec<PathBuf>,
    /// Remember versions, counters and seen command ids in this JSON file
    #[arg(long, value_name = "PATH")]
    pub state_file: Option<PathBuf>,
    /// Time in each stage [default: accepted=50ms..200ms,downloading=200ms..2s,verifying=50ms..300ms,flashing=500ms..3s,rebooting=500ms..2s]
    #[arg(long, value_name = "STAGE=MIN..MAX,...", value_parser = knobs::parse_latencies)]
    pub latency: Option<Latencies>,
    /// Probability that a stage fails (downloading, verifying, flashing, rebooting, all)
    #[arg(long, value_name = "STAGE=P,...", value_parser = knobs::parse_fail_rates)]
    pub fail_rate: Option<FailRates>,
    /// Probability that a device declines a valid update
    #[arg(long, value_name = "P", default_value_t = 0.0, value_parser = knobs::parse_rate)]
    pub reject_rate: f64,
    /// Fraction of devices that never answer
    #[arg(long, value_name = "P", default_value_t = 0.0, value_parser = knobs::parse_rate)]
    pub silent_rate: f64,
    /// Probability that a device reports done, then comes back on its old version
    #[arg(long, value_name = "P", default_value_t = 0.0, value_parser = knobs::parse_rate)]
    pub rollback_rate: f64,
    /// Probability that a device says rebooting and never comes back
    #[arg(long, value_name = "P", default_value_t = 0.0, value_parser = knobs::parse_rate)]
    pub lost_rate: f64,
    /// Offline churn: fraction of devices going offline per minute, and for how long
    #[arg(long, value_name = "P[:MIN..MAX]", value_parser = knobs::parse_churn)]
    pub churn: Option<Churn>,
    /// Probability that a status message is sent twice
    #[arg(long, value_name = "P", default_value_t = 0.0, value_parser = knobs::parse_rate)]
    pub duplicate_rate: f64,
    /// Probability that a status message is held back and sent after the next one
    #[arg(long, value_name = "P", default_value_t = 0.0, value_parser = knobs::parse_rate)]
    pub reorder_rate: f64,
    /// MQTT connections the devices share
    #[arg(long, value_name = "K", default_value_t = 4)]
    pub connections: usize,
    /// One MQTT connection (and last will) per device instead
    #[arg(long, conflicts_with = "connections")]
    pub connection_per_device: bool,
    /// Client id prefix of the simulator's connections
    #[arg(long, value_name = "PREFIX", default_value = "otactl-sim")]
    pub client_prefix: String,
    /// Write the devices as a CSV for `otactl fleet import`
    #[arg(long, value_name = "FILE.csv")]
    pub write_fleet: Option<PathBuf>,
    /// Stop after this long (e.g. 10m) instead of waiting for Ctrl-C
    #[arg(long, value_name = "DURATION", value_parser = duration::parse)]
    pub duration: Option<Duration>,
    /// Print counters this often
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = duration::parse)]
    pub stats_every: Duration,
    /// Seed of the fleet's make-up (hw mix, silent devices)
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

#[derive(Serialize)]
struct Event<'a> {
    event: &'a str,
    #[serde(flatten)]
    stats: &'a SimStats,
}

fn trusted_keys(paths: &[PathBuf]) -> CliResult<Vec<PublicKey>> {
    if paths.is_empty() {
        return Ok(Keyring::new(None).trusted()?);
    }
    paths
        .iter()
        .map(|p| {
            PublicKey::load(p).map_err(|e| {
                CliError::input(format!("cannot use {} as a trusted key: {e}", p.display()))
                    .with_hint("give a minisign public key file (.pub)")
            })
        })
        .collect()
}

fn print(ctx: &Ctx, event: &str, s: &SimStats) -> CliResult<()> {
    if ctx.printer.is_json() {
        return ctx.printer.event(&Event { event, stats: s });
    }
    let line = format!(
        "{event}: devices {} online {} connections {} | commands {} accepted {} done {} \
         rejected {} error {} cancelled {} duplicate {} ignored {} dropped {} | statuses {} \
         ({} distinct, {} duplicate) downloads {} ({} bytes)",
        s.devices,
        s.online,
        s.connections_up,
        s.commands,
        s.accepted,
        s.done,
        s.rejected,
        s.errors,
        s.cancelled,
        s.duplicates,
        s.ignored,
        s.dropped,
        s.statuses,
        s.distinct_statuses,
        s.duplicate_statuses,
        s.downloads,
        s.download_bytes
    );
    ctx.printer.data(&(), |w| writeln!(w, "{line}"))
}

pub fn cmd_simulate(ctx: &Ctx, a: &SimulateArgs) -> CliResult<()> {
    let hw_mix = knobs::parse_hw_mix(&a.hw).map_err(|e| {
        CliError::new(ErrorKind::Usage, format!("--hw: {e}"))
            .with_hint("e.g. --hw stm32f4:70,esp32:30")
    })?;
    let trusted = trusted_keys(&a.trust)?;
    let connect = ConnectConfig::from_settings(&ctx.settings.mqtt)?;
    let cfg = SimConfig {
        connect,
        client_prefix: a.client_prefix.clone(),
        devices: a.devices,
        id_pattern: a.id_pattern.clone(),
        hw_mix,
        firmware_version: a.firmware_version.clone(),
        counter: a.counter,
        trusted,
        state_file: a.state_file.clone(),
        latency: a.latency.unwrap_or_default(),
        fail_rates: a.fail_rate.unwrap_or_default(),
        reject_rate: a.reject_rate,
        silent_rate: a.silent_rate,
        rollback_rate: a.rollback_rate,
        lost_rate: a.lost_rate,
        churn: a.churn,
        duplicate_rate: a.duplicate_rate,
        reorder_rate: a.reorder_rate,
        connections: a.connections,
        connection_per_device: a.connection_per_device,
        seed: a.seed,
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(run(ctx, a, cfg))
}

async fn run(ctx: &Ctx, a: &SimulateArgs, cfg: SimConfig) -> CliResult<()> {
    let endpoint = cfg.connect.endpoint();
    let sim = Simulator::start(cfg)?;
    if let Some(path) = &a.write_fleet {
        std::fs::write(path, sim.fleet_csv())
            .map_err(|e| CliError::input(format!("cannot write {}: {e}", path.display())))?;
        ctx.printer
            .info(format!("wrote {} devices to {}", a.devices, path.display()));
    }
    sim.wait_ready(Duration::from_secs(15)).await?;
    ctx.printer.info(format!(
        "simulating {} devices on mqtt://{endpoint} (Ctrl-C to stop)",
        a.devices
    ));
    let deadline = a.duration.map(|d| tokio::time::Instant::now() + d);
    let mut tick = tokio::time::interval(a.stats_every.max(Duration::from_millis(100)));
    tick.tick().await;
    let term = terminated();
    tokio::pin!(term);
    loop {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => break,
            _ = &mut term => break,
            _ = sleep_until(deadline) => break,
            _ = tick.tick() => print(ctx, "stats", &sim.stats())?,
        }
    }
    let stats = sim.stop().await?;
    print(ctx, "stopped", &stats)
}

async fn sleep_until(deadline: Option<tokio::time::Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d).await,
        None => std::future::pending().await,
    }
}

/// SIGTERM (on Unix); never elsewhere.
async fn terminated() {
    #[cfg(unix)]
    if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        s.recv().await;
        return;
    }
    std::future::pending::<()>().await;
}
