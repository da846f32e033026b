//! `otactl demo`: the whole job on embedded defaults, with nothing installed or
//! configured. An embedded broker on a free loopback port, a temporary store, a fresh
//! key, a synthetic firmware signed with it, a local artifact server (or the configured
//! S3), a simulated fleet with mixed hardware, a few failures and trucks out of
//! coverage, and a rollout in batches with gates, driven by the engine in this process.
//! The setup steps run this same binary's subcommands, printed as they go, so the demo
//! also shows the commands an operator would type.

use super::Ctx;
use crate::artifact_server::ArtifactServer;
use crate::commands::rollout::status::status_of;
use crate::config::{Setting, Source};
use crate::engine::{Background, Clock, RunOptions, RunSummary};
use crate::error::{CliError, CliResult, ErrorKind};
use crate::mqtt::ConnectConfig;
use crate::sim::{Churn, FailRates, Latencies, Range, SimConfig, Simulator};
use clap::Args;
use serde::Serialize;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const ROLLOUT: &str = "demo-1";
const FIRMWARE: &str = "engine-ecu";

/// Run the whole job on embedded defaults: broker, store, key, signed firmware,
/// artifact server, a simulated fleet and a rollout in batches with gates. Shows the
/// dashboard on a terminal (q quits), progress lines otherwise or with --headless,
/// and ends with a summary: exit 0 when the rollout completed.
///
///     otactl demo                  # 500 trucks, the dashboard
///     otactl demo --headless --devices 200
///     otactl demo --keep           # then: otactl tui --store PATH
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many simulated trucks
    #[arg(long, default_value_t = 500)]
    pub devices: usize,
    /// Progress lines instead of the dashboard
    #[arg(long)]
    pub headless: bool,
    /// Keep the demo's folder (store, key, firmware) and say where it is
    #[arg(long)]
    pub keep: bool,
    /// Give up after this long
    #[arg(long, default_value = "10m", value_name = "DURATION")]
    pub timeout: String,
}

#[derive(Debug, Serialize)]
struct Summary {
    rollout: String,
    state: otactl_store::RolloutState,
    reason: Option<String>,
    devices: u64,
    selected: u64,
    succeeded: u64,
    failed: u64,
    cancelled: u64,
    open: u64,
    retried: u64,
    timed_out: u64,
    seconds: f64,
    store: Option<PathBuf>,
}

/// A folder removed on drop unless kept.
struct Workdir {
    path: PathBuf,
    keep: bool,
}

impl Drop for Workdir {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

fn workdir(keep: bool) -> CliResult<Workdir> {
    let base = std::env::temp_dir();
    for _ in 0..16 {
        let path = base.join(format!("otactl-demo-{:08x}", rand::random::<u32>()));
        if std::fs::create_dir(&path).is_ok() {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o700));
            }
            return Ok(Workdir { path, keep });
        }
    }
    Err(CliError::input(format!(
        "cannot create a folder for the demo in {}",
        base.display()
    ))
    .with_hint("set TMPDIR to a writable folder"))
}

/// Runs one of our own subcommands for the setup, printing it like a shell would.
struct Shell<'a> {
    ctx: &'a Ctx,
    dir: &'a Path,
    store: PathBuf,
}

impl Shell<'_> {
    fn run(&self, args: &[&str]) -> CliResult<String> {
        self.ctx
            .printer
            .info(format!("$ otactl {}", shell_words(args)));
        let exe = std::env::current_exe()?;
        let out = Command::new(exe)
            .args(["--quiet", "--output", "json"])
            .args(args)
            .current_dir(self.dir)
            .env("OTACTL_STORE", &self.store)
            .env("OTACTL_KEY_DIR", self.dir.join("keys"))
            .env("OTACTL_ACTOR", "otactl-demo")
            .output()?;
        if !out.status.success() {
            let err = String::from_utf8_lossy(&out.stderr);
            return Err(CliError::internal(format!(
                "demo step `otactl {}` failed: {}",
                args.join(" "),
                err.lines().next().unwrap_or("no message")
            )));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

fn s3_configured(ctx: &Ctx) -> bool {
    ctx.settings.s3.bucket.value.is_some()
        && ctx.settings.s3.endpoint.value.is_some()
        && ctx.settings.s3.access_key.is_some()
}

pub fn cmd_demo(ctx: &Ctx, a: &DemoArgs) -> CliResult<()> {
    if !(1..=100_000).contains(&a.devices) {
        return Err(CliError::input("--devices must be between 1 and 100000"));
    }
    let timeout = crate::domain::duration::parse(&a.timeout)
        .map_err(|e| CliError::input(e).with_hint("e.g. --timeout 10m"))?;
    let t0 = Instant::now();
    let work = workdir(a.keep || ctx.global.store.is_some())?;
    let dir = work.path.clone();
    let store = ctx
        .global
        .store
        .clone()
        .unwrap_or_else(|| dir.join("store.db"));
    let sh = Shell {
        ctx,
        dir: &dir,
        store: store.clone(),
    };

    // 1. A broker of our own, on a free loopback port.
    let broker = crate::mqtt::broker::start()
        .map_err(|e| CliError::internal(format!("the embedded broker did not start: {e}")))?;
    ctx.printer
        .info(format!("embedded MQTT broker on mqtt://{}", broker.addr));

    // 2. A key, a firmware image and its signature.
    sh.run(&["keys", "generate", "--name", "demo", "--unencrypted"])?;
    let fw_dir = dir.join("firmware");
    std::fs::create_dir_all(&fw_dir)?;
    let image = fw_dir.join(format!("{FIRMWARE}-2.0.0.bin"));
    let mut bytes = vec![0u8; 256 * 1024];
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = (i.wrapping_mul(2_654_435_761) >> 13) as u8;
    }
    std::fs::write(&image, &bytes)?;
    let image_s = image.to_string_lossy().into_owned();
    sh.run(&[
        "firmware",
        "sign",
        &image_s,
        "--name",
        FIRMWARE,
        "--version",
        "2.0.0",
        "--hw",
        "stm32f4,esp32",
        "--counter",
        "2",
    ])?;

    // 3. The fleet: simulated trucks, registered in the store.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let key = crate::keyring::Keyring::new(Some(dir.join("keys")));
    let trusted = key.trusted()?;
    let cfg = SimConfig {
        connect: ConnectConfig::plain(
            &broker.addr.ip().to_string(),
            broker.addr.port(),
            "unused",
            "fleet",
        ),
        client_prefix: "demo-trucks".into(),
        devices: a.devices,
        id_pattern: "TRUCK-{n:04}".into(),
        hw_mix: vec![
            ("stm32f4".into(), 60),
            ("esp32".into(), 30),
            ("stm32h7".into(), 10),
        ],
        firmware_version: "1.0.0".into(),
        counter: 1,
        trusted,
        latency: demo_latencies(),
        fail_rates: crate::sim::knobs::parse_fail_rates("flashing=0.03")
            .unwrap_or_else(|_| FailRates::default()),
        silent_rate: 0.01,
        // A few trucks say `done` and come back on their old image, a few never come
        // back from their reboot: the rollout's confirmation shows both.
        rollback_rate: 0.01,
        lost_rate: 0.005,
        churn: Some(Churn {
            per_minute: 0.05,
            offline: Range::new(3_000, 10_000),
        }),
        duplicate_rate: 0.02,
        reorder_rate: 0.02,
        seed: 7,
        ..SimConfig::default()
    };
    let sim = {
        let _g = rt.enter();
        Simulator::start(cfg)?
    };
    rt.block_on(sim.wait_ready(Duration::from_secs(60)))?;
    let fleet = dir.join("fleet.csv");
    std::fs::write(&fleet, sim.fleet_csv())?;
    ctx.printer.info(format!(
        "{} simulated trucks online (stm32f4, esp32 and a few stm32h7)",
        a.devices
    ));
    sh.run(&["fleet", "import", &fleet.to_string_lossy()])?;

    // 4. Where trucks download from: the configured S3, else our artifact server.
    let server = {
        let _g = rt.enter();
        ArtifactServer::start(
            fw_dir.clone(),
            "127.0.0.1:0"
                .parse()
                .map_err(|_| CliError::internal("address"))?,
        )?
    };
    let mut uploaded = false;
    if s3_configured(ctx) {
        match sh.run(&["firmware", "upload", &image_s]) {
            Ok(_) => uploaded = true,
            Err(e) => ctx
                .printer
                .warn(format!("{}; using the local artifact server", e.message)),
        }
    }
    let server_url = server.base_url();

    // 5. The rollout: only the hardware the firmware is built for, in batches with gates.
    let firmware = format!("{FIRMWARE}@2.0.0");
    let mut create = vec![
        "rollout",
        "create",
        "--id",
        ROLLOUT,
        "--firmware",
        &firmware,
        "--select",
        "hw=stm32f4|esp32",
        "--batches",
        "5%,25%,100%",
        "--success-threshold",
        "80%",
        "--abort-threshold",
        "20%",
        "--retries",
        "1",
        "--device-timeout",
        "10s",
        "--offline-grace",
        "15s",
        "--confirm-timeout",
        "30s",
    ];
    if !uploaded {
        create.extend(["--artifact-url", &server_url]);
    }
    sh.run(&create)?;

    // 6. The engine, in this process, on the embedded broker.
    let view_ctx = ctx.with_store(store.clone());
    let mut setup = super::engine::setup(
        &view_ctx,
        Some(server.base_url()),
        crate::keyring::Password::EnvOrPrompt,
    )?;
    setup.key = Some(dir.join("keys").join("demo.key"));
    setup.mqtt.url = Setting {
        value: Some(format!("mqtt://{}", broker.addr)),
        source: Source::Flag,
    };
    setup.mqtt.client_id = Setting {
        value: Some("otactl-demo".into()),
        source: Source::Flag,
    };
    let opts = RunOptions {
        only: Some(ROLLOUT.into()),
        until_done: false,
        tick: Duration::from_millis(200),
        clock: Clock::real(),
        metrics_addr: None,
        chunk: 5000,
        max_duration: Some(timeout),
        ready: None,
    };
    let mut run = Background::start(setup, opts)?;

    let tty = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    if tty && !a.headless && !ctx.printer.is_json() {
        let opts = crate::tui::Options {
            rollout: Some(ROLLOUT.into()),
            fps: 10,
            refresh: Duration::from_millis(500),
            bench_frames: None,
            theme: crate::tui::theme::Theme::detect(ctx.global.no_color, false),
        };
        super::tui::dashboard(&view_ctx, view_ctx.open_store()?, opts)?;
    } else {
        progress(&view_ctx, &run, t0)?;
    }
    let run_summary = run.stop_and_join()?;
    let stats = rt.block_on(sim.stop())?;
    server.stop();
    summarize(
        ctx,
        &view_ctx,
        &run_summary,
        stats.devices,
        t0,
        a.keep.then_some(store),
    )
}

fn demo_latencies() -> Latencies {
    crate::sim::knobs::parse_latencies(
        "accepted=50ms..200ms,downloading=300ms..1500ms,verifying=100ms..300ms,flashing=300ms..1500ms,rebooting=300ms..1s",
    )
    .unwrap_or_default()
}

/// Prints a line a second until the engine thread ends.
fn progress(ctx: &Ctx, run: &Background, t0: Instant) -> CliResult<()> {
    let conn = ctx.open_store()?;
    let mut last = String::new();
    while !run.is_finished() {
        if let Ok(st) = status_of(&conn, ROLLOUT) {
            let batch = st
                .batches
                .iter()
                .position(|b| b.gate != "passed")
                .map(|i| format!("batch {}/{}", i + 1, st.batches.len()))
                .unwrap_or_else(|| "all batches passed".into());
            let line = format!(
                "{:>5.1}s  {ROLLOUT} {}  {batch}: {} succeeded, {} failed, {} in progress, {} not started",
                t0.elapsed().as_secs_f64(),
                st.rollout.state,
                st.succeeded,
                st.failed,
                st.open
                    - st.batches
                        .iter()
                        .map(|b| b.states.get("pending").copied().unwrap_or(0))
                        .sum::<u64>(),
                st.batches
                    .iter()
                    .map(|b| b.states.get("pending").copied().unwrap_or(0))
                    .sum::<u64>(),
            );
            if line[7..] != *last.get(7..).unwrap_or("") {
                if ctx.printer.is_json() {
                    ctx.printer.event(&serde_json::json!({
                        "event": "progress",
                        "seconds": t0.elapsed().as_secs_f64(),
                        "state": st.rollout.state,
                        "succeeded": st.succeeded,
                        "failed": st.failed,
                        "open": st.open,
                    }))?;
                } else {
                    ctx.printer.info(&line);
                }
                last = line;
            }
        }
        std::thread::sleep(Duration::from_millis(1000));
    }
    Ok(())
}

fn summarize(
    ctx: &Ctx,
    view: &Ctx,
    run: &RunSummary,
    devices: u64,
    t0: Instant,
    kept: Option<PathBuf>,
) -> CliResult<()> {
    let conn = view.open_store()?;
    let st = status_of(&conn, ROLLOUT)?;
    let s = Summary {
        rollout: ROLLOUT.into(),
        state: st.rollout.state,
        reason: st.rollout.reason.clone(),
        devices,
        selected: st.total,
        succeeded: st.succeeded,
        failed: st.failed,
        cancelled: st.cancelled,
        open: st.open,
        retried: run.retried,
        timed_out: run.timed_out,
        seconds: t0.elapsed().as_secs_f64(),
        store: kept.clone(),
    };
    ctx.printer.data(&s, |w| {
        writeln!(
            w,
            "rollout {} {} in {:.0}s: {} of {} trucks selected (the rest are stm32h7), {} updated, {} failed, {} retried, {} timed out",
            s.rollout, s.state, s.seconds, s.selected, s.devices, s.succeeded, s.failed, s.retried, s.timed_out
        )?;
        if let Some(p) = &kept {
            writeln!(w, "the store is kept: otactl tui --store {}", p.display())?;
        }
        Ok(())
    })?;
    if s.state == otactl_store::RolloutState::Completed {
        Ok(())
    } else {
        Err(CliError::new(
            ErrorKind::RolloutFailed,
            format!(
                "the demo rollout ended {}: {}",
                s.state,
                s.reason.unwrap_or_else(|| "stopped early".into())
            ),
        )
        .with_hint("run it again with --keep and look with `otactl tui --store PATH`"))
    }
}
/// `args` as a shell would need them to paste: words with anything but letters,
/// digits and `_@%+=:,./-` go in single quotes (`'hw=stm32f4|esp32'`).
pub fn shell_words(args: &[&str]) -> String {
    args.iter()
        .map(|a| {
            let plain = !a.is_empty()
                && a.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_@%+=:,./-".contains(c));
            if plain {
                a.to_string()
            } else {
                format!("'{}'", a.replace('\'', "'\\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod shell_tests {
    use super::shell_words;

    #[test]
    fn printed_commands_paste_into_a_shell() {
        assert_eq!(
            shell_words(&[
                "rollout",
                "create",
                "--select",
                "hw=stm32f4|esp32",
                "--batches",
                "5%,25%,100%"
            ]),
            "rollout create --select 'hw=stm32f4|esp32' --batches 5%,25%,100%"
        );
        assert_eq!(shell_words(&["it's", ""]), "'it'\\''s' ''");
    }
}
