//! `otactl-dev mqtt-bench`: drives dispatch and ingest end to end against a real
//! broker, for `benches/compare.sh`, `benches/fleet.sh` and the integration tests. It
//! seeds its own jobs, so run it on a scratch store.

use clap::{Args, Subcommand};
use otactl::commands::Ctx;
use otactl::domain::protocol::{Artifact, command_topic};
use otactl::error::{CliError, CliResult};
use otactl::metrics::Metrics;
use otactl::mqtt::dispatch::{DispatchJob, enqueue_signed, sign_batch};
use otactl::mqtt::{ConnectConfig, Counters, Link, LinkOptions};
use otactl::signing::minisign::SecretKey;
use otactl_store::writer::{Writer, WriterOptions};
use otactl_store::{Connection, JobState, StoreError};
use serde::Serialize;
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::{Duration, Instant};

/// Benchmark drivers for the MQTT transport (scratch stores only).
#[derive(Debug, Subcommand)]
pub enum MqttBenchCommand {
    Dispatch(DispatchArgs),
    Ingest(IngestArgs),
    PublishStatuses(PublishStatusesArgs),
}

/// Seed N pending jobs, dispatch them (sign, outbox, publish, PUBACK, mark sent) and
/// report the rate.
#[derive(Debug, Args)]
pub struct DispatchArgs {
    #[arg(long, default_value_t = 100_000)]
    pub jobs: usize,
    /// Jobs per dispatch transaction
    #[arg(long, default_value_t = 5000)]
    pub batch: usize,
    /// Also write the command payloads here, one per line (for mosquitto_pub -l)
    #[arg(long, value_name = "FILE")]
    pub payloads: Option<PathBuf>,
    #[arg(long)]
    pub max_rate: Option<u32>,
    /// Serve Prometheus metrics on this address while running
    #[arg(long, value_name = "ADDR")]
    pub metrics_addr: Option<SocketAddr>,
}

/// Ingest status messages until N were handled and report the rate. With
/// `--prepare`, seed the jobs and register the persistent subscription, then exit.
#[derive(Debug, Args)]
pub struct IngestArgs {
    #[arg(long, default_value_t = 500_000)]
    pub messages: u64,
    #[arg(long, default_value_t = 100_000)]
    pub jobs: usize,
    #[arg(long)]
    pub prepare: bool,
    /// Give up after this many seconds
    #[arg(long, default_value_t = 600)]
    pub timeout: u64,
    #[arg(long, value_name = "ADDR")]
    pub metrics_addr: Option<SocketAddr>,
}

/// Publish N status messages (QoS 1) for jobs seeded by `ingest --prepare`, as devices would.
#[derive(Debug, Args)]
pub struct PublishStatusesArgs {
    #[arg(long, default_value_t = 500_000)]
    pub messages: u64,
    #[arg(long, default_value_t = 100_000)]
    pub jobs: usize,
    /// Messages per second (paced in steps of 10 ms); as fast as possible without it
    #[arg(long, value_name = "N")]
    pub rate: Option<u32>,
}

impl MqttBenchCommand {
    pub fn run(&self, ctx: &Ctx) -> CliResult<()> {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let cfg = ConnectConfig::from_settings(&ctx.settings.mqtt)?;
        match self {
            MqttBenchCommand::Dispatch(a) => rt.block_on(bench_dispatch(ctx, &cfg, a)),
            MqttBenchCommand::Ingest(a) => rt.block_on(bench_ingest(ctx, &cfg, a)),
            MqttBenchCommand::PublishStatuses(a) => {
                rt.block_on(publish_statuses(&cfg, a.messages, a.jobs, a.rate))
            }
        }
    }
}

#[derive(Serialize)]
struct Report {
    what: &'static str,
    count: u64,
    seconds: f64,
    per_second: f64,
    sent: u64,
    dead_out: u64,
    retries: u64,
    ingested: u64,
    dead_in: u64,
    /// The most device messages received and not yet acknowledged at once.
    max_unacked: u64,
    /// Peak resident memory of this process (VmHWM), MiB: flat means it does not grow
    /// with the message count.
    max_rss_mib: f64,
}

/// VmHWM of this process in MiB (0 where /proc is not there).
fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn report(ctx: &Ctx, what: &'static str, count: u64, secs: f64, c: &Counters) -> CliResult<()> {
    let r = Report {
        what,
        count,
        seconds: secs,
        per_second: count as f64 / secs.max(1e-9),
        sent: Counters::get(&c.sent),
        dead_out: Counters::get(&c.dead_out),
        retries: Counters::get(&c.retries),
        ingested: Counters::get(&c.ingested),
        dead_in: Counters::get(&c.dead_in),
        max_unacked: Counters::get(&c.max_unacked),
        max_rss_mib: peak_rss_mib(),
    };
    ctx.printer.data(&r, |out| {
        writeln!(
            out,
            "{what}: {count} in {secs:.3}s = {:.0}/s (sent {}, dead {}, retries {}, ingested {}, dead in {}, peak {:.0} MiB)",
            r.per_second, r.sent, r.dead_out, r.retries, r.ingested, r.dead_in, r.max_rss_mib
        )
    })
}

/// The artifact every seeded job installs.
pub fn bench_artifact() -> Artifact {
    Artifact {
        name: "engine-ecu".into(),
        version: "2.0.0".into(),
        url: format!(
            "https://s3.example/firmware/engine-ecu-2.0.0.bin?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature={}",
            "ab".repeat(32)
        ),
        size: 1_048_576,
        sha256: "0".repeat(64),
        minisig: format!(
            "untrusted comment: signature from minisign secret key\n{}\ntrusted comment: {{\"format\":\"otactl-manifest/1\",\"name\":\"engine-ecu\",\"version\":\"2.0.0\",\"counter\":42}}\n{}\n",
            "R".repeat(100),
            "G".repeat(88)
        ),
    }
}

/// Device id of seeded job `i`.
pub fn bench_device(i: usize) -> String {
    format!("D{i:06}")
}

/// Seeds rollout `r1` with `n` jobs `j{i}` for devices `D{i:06}` targeting 2.0.0, in
/// `state` (`pending`, or `sent` with command `c{i}`), in one transaction.
pub fn seed_jobs(conn: &mut Connection, n: usize, state: &str) -> otactl_store::Result<()> {
    let state: JobState = state
        .parse()
        .map_err(|e: otactl_store::states::UnknownState| StoreError::Invalid(e.to_string()))?;
    otactl_store::fixture::seed_bench_jobs(conn, n, state, bench_device)
}

/// The jobs seeded by [`seed_jobs`], as dispatch input.
pub fn bench_jobs(n: usize) -> Vec<DispatchJob> {
    let a = Arc::new(bench_artifact());
    (0..n)
        .map(|i| DispatchJob {
            job_id: format!("j{i}"),
            rollout_id: "r1".into(),
            device_id: bench_device(i),
            attempt: 1,
            artifact: a.clone(),
        })
        .collect()
}

/// Waits until `f` is true, polling; false on timeout.
pub async fn wait_until(timeout: Duration, mut f: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + timeout;
    while Instant::now() < end {
        if f() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    f()
}

fn start(
    ctx: &Ctx,
    cfg: &ConnectConfig,
    opts: LinkOptions,
    metrics_addr: Option<SocketAddr>,
) -> CliResult<(Link, Arc<Writer>)> {
    let path = ctx.settings.store_path();
    let writer = Arc::new(Writer::spawn(&path, WriterOptions::default())?);
    let metrics = Metrics::new();
    if let Some(addr) = metrics_addr {
        let m = metrics.clone();
        tokio::spawn(async move { otactl::metrics::serve(addr, m).await });
    }
    let link = Link::start(cfg, opts, path, writer.clone(), metrics)?;
    Ok((link, writer))
}

async fn bench_dispatch(ctx: &Ctx, cfg: &ConnectConfig, a: &DispatchArgs) -> CliResult<()> {
    let mut conn = ctx.create_store()?;
    seed_jobs(&mut conn, a.jobs, "pending")?;
    drop(conn);
    let opts = LinkOptions {
        ingest: false,
        max_rate: a.max_rate,
        ..Default::default()
    };
    let (link, writer) = start(ctx, cfg, opts, a.metrics_addr)?;
    link.wait_connected(Duration::from_secs(5)).await?;
    let key = SecretKey::generate();
    let jobs = bench_jobs(a.jobs);
    let mut file = match &a.payloads {
        Some(p) => Some(std::io::BufWriter::new(std::fs::File::create(p)?)),
        None => None,
    };
    let t0 = Instant::now();
    // Sign batch k+1 on its own thread while batch k commits.
    let (tx, mut rx) = std::sync::mpsc::sync_channel(1);
    let (k, prefix, batch) = (key.clone(), cfg.prefix.clone(), a.batch.max(1));
    let signer = std::thread::spawn(move || {
        for chunk in jobs.chunks(batch) {
            let now = otactl_store::now_ms();
            if tx
                .send((sign_batch(&k, &prefix, 86_400_000, chunk, now), now))
                .is_err()
            {
                return;
            }
        }
    });
    let mut enqueued = 0u64;
    loop {
        let w = writer.clone();
        let rx_next = tokio::task::spawn_blocking(move || {
            rx.recv()
                .ok()
                .map(|(signed, now)| (enqueue_signed(&w, signed, now), rx))
        })
        .await
        .map_err(|e| CliError::internal(e.to_string()))?;
        let Some((d, back)) = rx_next else { break };
        enqueued += d?.enqueued.len() as u64;
        link.wake_publisher();
        rx = back;
    }
    let _ = signer.join();
    let c = link.counters.clone();
    ctx.printer.info(format!(
        "enqueued {enqueued} in {:.3}s, {} acknowledged so far",
        t0.elapsed().as_secs_f64(),
        Counters::get(&c.sent)
    ));
    let done = wait_until(Duration::from_secs(600), || {
        Counters::get(&c.sent) + Counters::get(&c.dead_out) >= enqueued
    })
    .await;
    let secs = t0.elapsed().as_secs_f64();
    if let Some(f) = file.as_mut() {
        let conn = ctx.create_store()?;
        let payloads = otactl_store::outbox::payloads(&conn)?;
        for p in payloads {
            f.write_all(&p)?;
            f.write_all(b"\n")?;
        }
        f.flush()?;
    }
    link.shutdown().await;
    if !done {
        return Err(CliError::new(
            otactl::error::ErrorKind::Timeout,
            format!(
                "only {} of {enqueued} commands were acknowledged",
                Counters::get(&c.sent)
            ),
        ));
    }
    report(ctx, "dispatch", enqueued, secs, &c)
}

async fn bench_ingest(ctx: &Ctx, cfg: &ConnectConfig, a: &IngestArgs) -> CliResult<()> {
    if a.prepare {
        let mut conn = ctx.create_store()?;
        seed_jobs(&mut conn, a.jobs, "sent")?;
        drop(conn);
    }
    let opts = LinkOptions {
        publish: false,
        ..Default::default()
    };
    let (link, _writer) = start(ctx, cfg, opts, a.metrics_addr)?;
    link.wait_connected(Duration::from_secs(5)).await?;
    if a.prepare {
        // Give the SUBACK a moment: the session now holds the subscriptions.
        tokio::time::sleep(Duration::from_millis(500)).await;
        link.shutdown().await;
        return Ok(());
    }
    let t0 = Instant::now();
    let c = link.counters.clone();
    let done = wait_until(Duration::from_secs(a.timeout), || {
        Counters::get(&c.ingested) + Counters::get(&c.dead_in) >= a.messages
    })
    .await;
    let secs = t0.elapsed().as_secs_f64();
    link.shutdown().await;
    if !done {
        return Err(CliError::new(
            otactl::error::ErrorKind::Timeout,
            format!(
                "only {} of {} statuses arrived",
                Counters::get(&c.ingested),
                a.messages
            ),
        ));
    }
    report(ctx, "ingest", a.messages, secs, &c)
}

const STAGES: [&str; 6] = [
    "accepted",
    "downloading",
    "verifying",
    "flashing",
    "rebooting",
    "done",
];

/// Status `k` of the benchmark stream: job `k % jobs`, stage `k / jobs`.
pub fn bench_status(k: u64, jobs: usize) -> (String, String) {
    let i = (k % jobs as u64) as usize;
    let s = ((k / jobs as u64) as usize).min(STAGES.len() - 1);
    let dev = bench_device(i);
    let fw = if STAGES[s] == "done" {
        "\"2.0.0\""
    } else {
        "null"
    };
    let payload = format!(
        r#"{{"v":1,"msg_id":"m{k}","job_id":"j{i}","command_id":"c{i}","device_id":"{dev}","status":"{}","progress":50,"seq":{s},"firmware_version":{fw},"error":null,"ts":"2026-11-21T10:00:05Z"}}"#,
        STAGES[s]
    );
    (format!("fleet/{dev}/update/status"), payload)
}

/// Publishes the benchmark's status stream as devices would (QoS 1, clean session).
pub async fn publish_statuses(
    cfg: &ConnectConfig,
    n: u64,
    jobs: usize,
    rate: Option<u32>,
) -> CliResult<()> {
    let mut o =
        rumqttc::MqttOptions::new(format!("{}-devices", cfg.client_id), &cfg.host, cfg.port);
    o.set_inflight(1000).set_max_packet_size(1 << 20, 1 << 20);
    let (client, mut el) = rumqttc::AsyncClient::new(o, 4096);
    let acked = Arc::new(AtomicU64::new(0));
    let ack2 = acked.clone();
    let poller = tokio::spawn(async move {
        loop {
            match el.poll().await {
                Ok(rumqttc::Event::Incoming(rumqttc::Packet::PubAck(_))) => {
                    ack2.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
                Ok(_) => {}
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
    });
    let start = tokio::time::Instant::now();
    for k in 0..n {
        if let Some(r) = rate.filter(|r| *r > 0) {
            // Hold message k until k/r seconds have passed, checked every 10 ms worth.
            let step = (u64::from(r) / 100).max(1);
            if k % step == 0 {
                tokio::time::sleep_until(start + Duration::from_secs_f64(k as f64 / f64::from(r)))
                    .await;
            }
        }
        let (mut topic, payload) = bench_status(k, jobs);
        if cfg.prefix != "fleet" {
            topic = topic.replacen("fleet", &cfg.prefix, 1);
        }
        client
            .publish(topic, rumqttc::QoS::AtLeastOnce, false, payload)
            .await
            .map_err(|e| CliError::internal(e.to_string()))?;
    }
    let ok = wait_until(Duration::from_secs(600), || {
        acked.load(std::sync::atomic::Ordering::Relaxed) >= n
    })
    .await;
    let _ = client.disconnect().await;
    tokio::time::sleep(Duration::from_millis(50)).await;
    poller.abort();
    if !ok {
        return Err(CliError::internal("not every status was acknowledged"));
    }
    let _ = command_topic;
    Ok(())
}
