//! The MQTT transport against a real Mosquitto and the embedded broker: signed
//! commands through the outbox, status ingest rules (dedupe, no backwards stage, dead
//! letters), a broker restart mid-dispatch, and the REMOTE exit code.

use crate::common::Env;
use crate::common::bench::{bench_jobs, wait_until};
use crate::common::mosquitto::{Mosquitto, free_port, wait_listening};
use crate::common::mqtt::{Device, Harness};
use otactl::mqtt::dispatch::dispatch_batch;
use otactl::mqtt::{Counters, LinkOptions};
use otactl::signing::envelope::verify_envelope;
use otactl::signing::minisign::SecretKey;
use std::collections::HashSet;
use std::time::Duration;

fn embedded_port() -> u16 {
    otactl::mqtt::broker::start()
        .expect("embedded broker")
        .addr
        .port()
}

async fn dispatch(h: &Harness, key: &SecretKey, n: usize, batch: usize) {
    for chunk in bench_jobs(n).chunks(batch) {
        let (w, k, c) = (h.writer.clone(), key.clone(), chunk.to_vec());
        let d = tokio::task::spawn_blocking(move || {
            dispatch_batch(&w, &k, "fleet", 86_400_000, &c, otactl_store::now_ms())
        })
        .await
        .expect("join")
        .expect("dispatch");
        assert_eq!(d.enqueued.len(), chunk.len(), "{:?}", d.refused);
        h.link.wake_publisher();
    }
}

async fn commands_arrive_signed(port: u16) {
    let n = 50;
    let mut dev = Device::connect(port, Some("fleet/+/update/command")).await;
    let opts = LinkOptions {
        ingest: false,
        ..Default::default()
    };
    let h = Harness::start(port, n, "pending", opts).await;
    let key = SecretKey::generate();
    dispatch(&h, &key, n, 20).await;
    let mut ids = HashSet::new();
    for _ in 0..n {
        let (topic, payload) = tokio::time::timeout(Duration::from_secs(10), dev.inbox.recv())
            .await
            .expect("a command within 10s")
            .expect("inbox open");
        let cmd = verify_envelope(&[key.public_key()], &payload).expect("signature verifies");
        let v: serde_json::Value = serde_json::from_str(&cmd).expect("cmd is JSON");
        assert_eq!(v["type"], "update");
        assert_eq!(
            topic,
            format!(
                "fleet/{}/update/command",
                v["device_id"].as_str().expect("test data")
            )
        );
        assert_eq!(v["attempt"], 1);
        assert_eq!(v["rollout_id"], "r1");
        assert_eq!(
            v["artifact"]["sha256"].as_str().expect("test data").len(),
            64
        );
        assert!(
            v["expires_at"].as_str().expect("test data")
                > v["issued_at"].as_str().expect("test data")
        );
        assert!(ids.insert(v["command_id"].as_str().expect("test data").to_string()));
    }
    let c = h.link.counters.clone();
    assert!(
        wait_until(Duration::from_secs(10), || Counters::get(&c.sent)
            == n as u64)
        .await
    );
    h.writer.flush().expect("flush");
    assert_eq!(
        h.count("SELECT count(*) FROM jobs WHERE state = 'sent'"),
        n as i64
    );
    assert_eq!(
        h.count("SELECT count(*) FROM outbox WHERE state = 'sent'"),
        n as i64
    );
    // The stored command ids are the ones that arrived.
    let conn = h.read();
    let mut st = conn
        .prepare("SELECT command_id FROM jobs")
        .expect("test data");
    let stored: HashSet<String> = st
        .query_map([], |r| r.get(0))
        .expect("test data")
        .map(|r| r.expect("test data"))
        .collect();
    assert_eq!(stored, ids);
    h.link.shutdown().await;
}

const TS: &str = "2026-11-21T10:00:05Z";

fn status(dev: &str, job: &str, msg: &str, st: &str, extra: &str) -> String {
    format!(
        r#"{{"v":1,"msg_id":"{msg}","job_id":"{job}","command_id":"c{}","device_id":"{dev}","status":"{st}",{extra}"ts":"{TS}"}}"#,
        &job[1..]
    )
}

async fn statuses_follow_the_rules(port: u16) {
    let h = Harness::start(port, 3, "sent", LinkOptions::default()).await;
    let dev = Device::connect(port, None).await;
    // The link subscribes on CONNACK: probe until an inventory message gets through
    // (presence alone never registers a device).
    let mut subscribed = false;
    for _ in 0..50 {
        dev.send(
            "fleet/PROBE/inventory",
            r#"{"v":1,"device_id":"PROBE","hw":"esp32","firmware_version":"1.0.0","counter":1,"ts":"2026-11-21T10:00:00Z"}"#,
        )
        .await;
        if wait_until(Duration::from_millis(200), || {
            h.count("SELECT count(*) FROM devices WHERE id = 'PROBE'") == 1
        })
        .await
        {
            subscribed = true;
            break;
        }
    }
    assert!(subscribed, "the link never subscribed");
    let t0 = "fleet/D000000/update/status";
    let t1 = "fleet/D000001/update/status";
    let t2 = "fleet/D000002/update/status";
    let fw = r#""firmware_version":"2.0.0","#;
    for (t, p) in [
        (t0, status("D000000", "j0", "m1", "accepted", "")),
        (
            t0,
            status("D000000", "j0", "m2", "downloading", r#""progress":10,"#),
        ),
        (
            t0,
            status("D000000", "j0", "m2", "downloading", r#""progress":10,"#),
        ), // duplicate
        (t0, status("D000000", "j0", "m3", "flashing", "")),
        (
            t0,
            status("D000000", "j0", "m4", "downloading", r#""progress":90,"#),
        ), // late
        (t0, status("D000000", "j0", "m5", "done", fw)),
        (t0, status("D000000", "j0", "m6", "rebooting", "")), // after the final state
        (t1, status("D000001", "j1", "n1", "installing", "")), // legacy names
        (t1, status("D000001", "j1", "n2", "success", fw)),
        (t2, "{not json".to_string()),
        (t2, status("D000001", "j1", "x1", "accepted", "")), // topic mismatch
        (
            t2,
            status("D000002", "j2", "x2", "downloading", r#""progress":150,"#),
        ),
        (t2, status("D000002", "j999", "x3", "accepted", "")), // unknown job
    ] {
        dev.send(t, p).await;
    }
    dev.client
        .publish("fleet/NEW1/inventory", rumqttc::QoS::AtLeastOnce, true,
            r#"{"v":1,"device_id":"NEW1","hw":"esp32","firmware_version":"1.0.0","counter":3,"ts":"2026-11-21T10:00:00Z"}"#)
        .await
        .expect("test data");
    dev.send("fleet/NEW1/presence", "online").await;
    let c = h.link.counters.clone();
    let ok = wait_until(Duration::from_secs(10), || {
        Counters::get(&c.ingested) >= 10 && Counters::get(&c.dead_in) >= 4
    })
    .await;
    assert!(
        ok,
        "ingested {} dead {}",
        Counters::get(&c.ingested),
        Counters::get(&c.dead_in)
    );
    assert!(
        wait_until(Duration::from_secs(10), || {
            h.count("SELECT count(*) FROM dead_letters") == 4
                && h.count("SELECT count(*) FROM devices WHERE id = 'NEW1' AND presence = 'online'")
                    == 1
        })
        .await
    );
    let state = |j: &str| {
        h.read()
            .query_row("SELECT state FROM jobs WHERE id = ?1", [j], |r| {
                r.get::<_, String>(0)
            })
            .expect("test data")
    };
    assert_eq!(state("j0"), "succeeded");
    assert_eq!(state("j1"), "succeeded");
    assert_eq!(state("j2"), "sent");
    // The duplicate is stored once; the late and post-final ones are recorded, refused.
    assert_eq!(
        h.count("SELECT count(*) FROM status_events WHERE device_id = 'D000000'"),
        6
    );
    assert_eq!(
        h.count("SELECT count(*) FROM status_events WHERE outcome LIKE 'refused:backwards%'"),
        1
    );
    assert_eq!(
        h.count("SELECT count(*) FROM status_events WHERE outcome LIKE 'refused:already_final%'"),
        1
    );
    let conn = h.read();
    let mut st = conn
        .prepare("SELECT reason FROM dead_letters WHERE source = 'ingest' ORDER BY reason")
        .expect("test data");
    let reasons: Vec<String> = st
        .query_map([], |r| r.get(0))
        .expect("test data")
        .map(|r| r.expect("test data"))
        .collect();
    assert_eq!(
        reasons,
        ["bad_field", "invalid_json", "topic_mismatch", "unknown_job"]
    );
    assert_eq!(
        h.count("SELECT counter FROM devices WHERE id = 'NEW1' AND firmware_version = '1.0.0'"),
        3
    );
    let m = h.link.metrics.render();
    assert!(
        m.contains(r#"otactl_dead_letters_total{reason="invalid_json"} 1"#),
        "{m}"
    );
    assert!(
        m.contains(r#"otactl_statuses_ingested_total{status="done"} 2"#),
        "{m}"
    );
    h.link.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mosquitto_commands_arrive_signed() {
    let m = Mosquitto::start();
    commands_arrive_signed(m.port).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embedded_commands_arrive_signed() {
    commands_arrive_signed(embedded_port()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mosquitto_statuses_dedupe_never_go_back_and_dead_letter() {
    let m = Mosquitto::start();
    statuses_follow_the_rules(m.port).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embedded_statuses_dedupe_never_go_back_and_dead_letter() {
    statuses_follow_the_rules(embedded_port()).await;
}

/// Dispatches 10k commands through the broker on `port`, kills it (`restart`: SIGKILL
/// and start again on the same port) once >= 1000 are acked, and checks every job
/// ends `sent` exactly once.
async fn restart_mid_dispatch_of_10k_loses_nothing(port: u16, restart: impl FnOnce()) {
    let n = 10_000;
    let opts = LinkOptions {
        ingest: false,
        reconnect_backoff: (Duration::from_millis(50), Duration::from_millis(500)),
        retry_backoff: (Duration::from_millis(20), Duration::from_millis(200)),
        ..Default::default()
    };
    let h = Harness::start(port, n, "pending", opts).await;
    let key = SecretKey::generate();
    // All 10k in the outbox at once, so the publisher streams with a full window
    // when the broker dies.
    dispatch(&h, &key, n, n).await;
    let c = h.link.counters.clone();
    assert!(wait_until(Duration::from_secs(20), || Counters::get(&c.sent) >= 1000).await);
    let before = Counters::get(&c.sent);
    restart();
    assert!(
        wait_until(Duration::from_secs(60), || Counters::get(&c.sent)
            >= n as u64)
        .await,
        "sent {} of {n}",
        Counters::get(&c.sent)
    );
    h.writer.flush().expect("flush");
    assert!(
        before < n as u64,
        "the restart came after the dispatch finished"
    );
    eprintln!(
        "restart after {before} acks; {} rows republished",
        Counters::get(&c.retries)
    );
    assert_eq!(Counters::get(&c.sent), n as u64);
    assert_eq!(Counters::get(&c.dead_out), 0);
    assert_eq!(
        h.count("SELECT count(*) FROM jobs WHERE state = 'sent'"),
        n as i64
    );
    assert_eq!(
        h.count("SELECT count(*) FROM outbox WHERE state = 'sent'"),
        n as i64
    );
    assert_eq!(h.count("SELECT count(*) FROM dead_letters"), 0);
    h.link.shutdown().await;
}

/// `otactl broker` as a process of its own, so a test can SIGKILL the embedded broker
/// and start a new one on the same port (rumqttd cannot be stopped in-process).
struct EmbeddedProcess {
    env: Env,
    port: u16,
    child: Option<std::process::Child>,
}

impl EmbeddedProcess {
    fn start() -> EmbeddedProcess {
        let mut b = EmbeddedProcess {
            env: Env::new(),
            port: free_port(),
            child: None,
        };
        b.spawn();
        b
    }

    fn spawn(&mut self) {
        let mut c = self.env.std_cmd();
        c.args(["broker", "--listen", &format!("127.0.0.1:{}", self.port)])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        let mut child = c.spawn().expect("spawn otactl broker");
        wait_listening(self.port);
        assert!(
            child.try_wait().expect("try_wait").is_none(),
            "otactl broker exited: something else listens on {}",
            self.port
        );
        self.child = Some(child);
    }

    /// SIGKILL: no goodbye to the clients, and every session and queued message gone.
    fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    fn restart(&mut self) {
        self.kill();
        self.spawn();
    }
}

impl Drop for EmbeddedProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mosquitto_restart_mid_dispatch_of_10k_loses_nothing() {
    let mut m = Mosquitto::start();
    restart_mid_dispatch_of_10k_loses_nothing(m.port, || m.restart()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embedded_broker_restart_mid_dispatch_of_10k_loses_nothing() {
    let mut b = EmbeddedProcess::start();
    restart_mid_dispatch_of_10k_loses_nothing(b.port, || b.restart()).await;
}

#[test]
fn unreachable_broker_exits_remote() {
    let env = Env::new();
    let port = free_port();
    let (code, _out, err) = env
        .run_dev([
            "--broker",
            &format!("mqtt://127.0.0.1:{port}"),
            "mqtt-bench",
            "dispatch",
            "--jobs",
            "1",
        ])
        .parts();
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("cannot reach the MQTT broker"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embedded_unpublishable_rows_are_dead_lettered_with_their_reason() {
    let port = embedded_port();
    let opts = LinkOptions {
        ingest: false,
        ..Default::default()
    };
    // Rows written before the link starts: one too large, one with a wildcard topic.
    let h = Harness::start(port, 2, "pending", opts).await;
    let (w, now) = (h.writer.clone(), otactl_store::now_ms());
    tokio::task::spawn_blocking(move || {
        w.apply_blocking(otactl_store::writer::WriteOp::Custom(Box::new(move |c| {
            for (job, topic, size) in [
                ("j0", "fleet/D000000/update/command", 300 * 1024),
                ("j1", "fleet/+/update/command", 10),
            ] {
                let ev = otactl_store::JobEvent::Enqueue {
                    command_id: format!("x{job}"),
                };
                otactl_store::jobs::apply_event(c, job, &ev, now)?;
                otactl_store::outbox::enqueue(
                    c,
                    topic,
                    &vec![b'x'; size],
                    Some(job),
                    Some(&format!("x{job}")),
                    now,
                )?;
            }
            Ok(otactl_store::writer::OpResult::Done)
        })))
    })
    .await
    .expect("join")
    .expect("enqueue");
    h.link.wake_publisher();
    let c = h.link.counters.clone();
    assert!(wait_until(Duration::from_secs(10), || Counters::get(&c.dead_out) == 2).await);
    h.writer.flush().expect("flush");
    let conn = h.read();
    let mut st = conn
        .prepare("SELECT reason FROM dead_letters WHERE source = 'outbox' ORDER BY reason")
        .expect("sql");
    let reasons: Vec<String> = st
        .query_map([], |r| r.get(0))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect();
    assert_eq!(reasons, ["invalid_topic", "payload_too_large"]);
    assert_eq!(
        h.count("SELECT count(*) FROM outbox WHERE state = 'dead'"),
        2
    );
    assert_eq!(
        h.count("SELECT count(*) FROM jobs WHERE state = 'failed'"),
        2
    );
    assert_eq!(Counters::get(&c.sent), 0);
    h.link.shutdown().await;
}

/// What PROTOCOL.md needs of a broker: persistent sessions (a command waits for a
/// truck out of coverage), retained messages (inventory, presence) and last wills.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embedded_broker_keeps_sessions_retains_and_sends_wills() {
    use rumqttc::{AsyncClient, Event, LastWill, MqttOptions, Packet, QoS};
    let port = embedded_port();
    async fn client(
        port: u16,
        id: &str,
        clean: bool,
        will: Option<LastWill>,
    ) -> (
        AsyncClient,
        tokio::sync::mpsc::UnboundedReceiver<(String, Vec<u8>)>,
    ) {
        let mut o = MqttOptions::new(id, "127.0.0.1", port);
        o.set_clean_session(clean);
        if let Some(w) = will {
            o.set_last_will(w);
        }
        let (c, mut el) = AsyncClient::new(o, 64);
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(async move {
            while let Ok(ev) = el.poll().await {
                if let Event::Incoming(Packet::Publish(p)) = ev {
                    let _ = tx.send((p.topic.to_string(), p.payload.to_vec()));
                }
            }
        });
        (c, rx)
    }
    async fn next(rx: &mut tokio::sync::mpsc::UnboundedReceiver<(String, Vec<u8>)>) -> String {
        let (t, p) = tokio::time::timeout(Duration::from_secs(5), rx.recv())
            .await
            .expect("a message within 5s")
            .expect("open");
        format!("{t}={}", String::from_utf8_lossy(&p))
    }
    // A device subscribes with a persistent session, then drops off.
    let (dev, _) = client(port, "truck-1", false, None).await;
    dev.subscribe("fleet/truck-1/update/command", QoS::AtLeastOnce)
        .await
        .expect("subscribe");
    tokio::time::sleep(Duration::from_millis(300)).await;
    dev.disconnect().await.expect("disconnect");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let (op, _) = client(port, "operator", true, None).await;
    op.publish(
        "fleet/truck-1/update/command",
        QoS::AtLeastOnce,
        false,
        "cmd1",
    )
    .await
    .expect("publish");
    op.publish("fleet/truck-1/presence", QoS::AtLeastOnce, true, "online")
        .await
        .expect("publish retained");
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Back in coverage: the queued command arrives.
    let (_dev2, mut rx) = client(port, "truck-1", false, None).await;
    assert_eq!(next(&mut rx).await, "fleet/truck-1/update/command=cmd1");
    // A late subscriber gets the retained presence.
    let (watcher, mut wrx) = client(port, "watcher", true, None).await;
    watcher
        .subscribe("fleet/+/presence", QoS::AtLeastOnce)
        .await
        .expect("subscribe");
    assert_eq!(next(&mut wrx).await, "fleet/truck-1/presence=online");
    // A device that vanishes gets its last will published.
    let will = LastWill::new("fleet/truck-2/presence", "offline", QoS::AtLeastOnce, true);
    let (t2, _) = client(port, "truck-2", true, Some(will)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    drop(t2);
    // A second connection with the same client id takes over; the broker drops the
    // first without a DISCONNECT, which fires its will.
    let (_t2b, _) = client(port, "truck-2", true, None).await;
    assert_eq!(next(&mut wrx).await, "fleet/truck-2/presence=offline");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mosquitto_over_tls_with_ring_rustls() {
    let m = Mosquitto::start_tls();
    let mut cfg = otactl::mqtt::ConnectConfig::plain("127.0.0.1", m.port, "otactl-tls", "fleet");
    cfg.tls = true;
    cfg.ca_file = Some(m.dir().join("ca.crt"));
    let opts = LinkOptions {
        ingest: false,
        ..Default::default()
    };
    let h = Harness::start_with(cfg.clone(), 20, "pending", opts.clone()).await;
    dispatch(&h, &SecretKey::generate(), 20, 20).await;
    let c = h.link.counters.clone();
    assert!(wait_until(Duration::from_secs(10), || Counters::get(&c.sent) == 20).await);
    h.link.shutdown().await;
    // A CA that did not sign the server's certificate: refused, as a REMOTE error.
    let mut other = cfg;
    other.ca_file = Some(m.dir().join("server.crt"));
    other.client_id = "otactl-tls-2".into();
    let w = std::sync::Arc::new(
        otactl_store::writer::Writer::spawn(&h.store, Default::default()).expect("writer"),
    );
    let link = otactl::mqtt::Link::start(
        &other,
        opts,
        h.store.clone(),
        w,
        otactl::metrics::Metrics::new(),
    )
    .expect("link");
    let e = otactl::error::CliError::from(
        link.wait_connected(Duration::from_secs(2))
            .await
            .expect_err("untrusted server"),
    );
    assert_eq!(e.exit_code(), 5);
    assert!(e.message.contains("TLS"), "{}", e.message);
    link.shutdown().await;
}

#[test]
fn a_backlog_is_read_no_faster_than_it_commits_and_every_message_is_acknowledged() {
    // 20k statuses wait at Mosquitto for a persistent session. otactl must keep at
    // most UNACKED (4096) of them received-but-unacknowledged, record them all, and
    // acknowledge every one: the session holds nothing afterwards.
    const N: usize = 20_000;
    let m = Mosquitto::start();
    let env = Env::new();
    let broker = format!("mqtt://127.0.0.1:{}", m.port);
    let otactl = |id: &str, args: &[&str]| {
        let (code, out, err) = env
            .run_dev_with(|c| {
                c.args(["-o", "json", "--broker", &broker, "--mqtt-client-id", id]);
                c.args(["mqtt-bench"]).args(args)
            })
            .parts();
        assert_eq!(code, 0, "{args:?}: {err}");
        out
    };
    otactl("backlog", &["ingest", "--prepare", "--jobs", "2000"]);
    let n = N.to_string();
    otactl(
        "devices",
        &["publish-statuses", "--messages", &n, "--jobs", "2000"],
    );
    let out = otactl("backlog", &["ingest", "--messages", &n, "--timeout", "120"]);
    let report: serde_json::Value = serde_json::from_str(&out).expect("json report");
    assert_eq!(report["ingested"].as_u64(), Some(N as u64), "{report}");
    let most = report["max_unacked"].as_u64().unwrap_or(0);
    assert!((1..=4096).contains(&most), "{report}");

    // Take the session over: had any acknowledgement been lost, the broker would
    // deliver that message again now.
    let left = std::process::Command::new("mosquitto_sub")
        .args(["-h", "127.0.0.1", "-p", &m.port.to_string()])
        .args([
            "-c",
            "-i",
            "backlog",
            "-q",
            "1",
            "-t",
            "fleet/+/update/status",
        ])
        .args(["-W", "2"])
        .output()
        .expect("mosquitto_sub");
    let redelivered = String::from_utf8_lossy(&left.stdout).lines().count();
    assert_eq!(
        redelivered, 0,
        "unacknowledged messages were delivered again"
    );
}
