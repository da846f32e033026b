//! The device simulator against a real Mosquitto and the loopback artifact server:
//! a good update walks every stage to `done` and is remembered across a restart,
//! duplicates re-send the latest status, each refusal carries its status and code,
//! many devices share one download, and `otactl simulate` says goodbye on stop.

use crate::common::Env;
use crate::common::mosquitto::Mosquitto;
use crate::common::mqtt::{Device, rand_id};
use otactl::artifact_server::ArtifactServer;
use otactl::domain::protocol::{Artifact, Command, new_command_id, rfc3339_ms};
use otactl::mqtt::ConnectConfig;
use otactl::signing::minisign::SecretKey;
use otactl::signing::{ManifestParams, sign_envelope, sign_file};
use otactl::sim::{Latencies, Range, SimConfig, SimHandle, Simulator};
use serde_json::Value;
use std::path::PathBuf;
use std::time::Duration;

const FW: &[u8] = b"\x7fELF simulated firmware image, version 1.1.0, for the tests";

struct Rig {
    mosq: Mosquitto,
    dir: tempfile::TempDir,
    op: SecretKey,
    server: ArtifactServer,
    /// The operator's side: receives every status.
    operator: Device,
}

impl Rig {
    async fn start() -> Rig {
        let mosq = Mosquitto::start();
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("www")).expect("mkdir");
        let server =
            ArtifactServer::start(dir.path().join("www"), "127.0.0.1:0".parse().expect("addr"))
                .expect("artifact server");
        let operator = Device::connect(mosq.port, Some("fleet/+/update/status")).await;
        Rig {
            mosq,
            dir,
            op: SecretKey::generate(),
            server,
            operator,
        }
    }

    fn state_file(&self) -> PathBuf {
        self.dir.path().join("sim-state.json")
    }

    fn config(&self, devices: usize) -> SimConfig {
        SimConfig {
            connect: ConnectConfig::plain("127.0.0.1", self.mosq.port, "unused", "fleet"),
            client_prefix: format!("sim-{}", rand_id()),
            devices,
            id_pattern: "SIM-{n:03}".into(),
            counter: 1,
            trusted: vec![self.op.public_key()],
            state_file: Some(self.state_file()),
            latency: Latencies::uniform(Range::new(0, 5)),
            connections: 2,
            ..SimConfig::default()
        }
    }

    async fn sim(&self, devices: usize) -> SimHandle {
        let h = Simulator::start(self.config(devices)).expect("simulator");
        h.wait_ready(Duration::from_secs(10)).await.expect("ready");
        h
    }

    /// Signs `FW` (or `data`) as version 1.`counter`.0 for `hw` and serves it.
    fn firmware(&self, counter: u64, hw: &str, data: &[u8]) -> Artifact {
        let name = format!("fw-{counter}-{hw}.bin");
        let path = self.dir.path().join("www").join(&name);
        std::fs::write(&path, data).expect("write firmware");
        let p = ManifestParams {
            name: "ecu".into(),
            version: format!("1.{counter}.0"),
            counter,
            hw: vec![hw.into()],
            expires_at: None,
        };
        let s = sign_file(&self.op, &path, &p).expect("sign");
        Artifact {
            name: "ecu".into(),
            version: s.manifest.version.clone(),
            url: self.server.url_for(&name),
            size: s.digests.size,
            sha256: s.digests.sha256_hex(),
            minisig: s.minisig,
        }
    }

    /// Publishes a signed update to `device`; returns (command id, payload).
    async fn send(
        &self,
        key: &SecretKey,
        device: &str,
        a: &Artifact,
        ttl_ms: i64,
    ) -> (String, Vec<u8>) {
        let now = otactl_store::now_ms();
        let cmd = Command {
            kind: "update".into(),
            command_id: new_command_id(),
            job_id: format!("job-{}", rand_id()),
            rollout_id: "r1".into(),
            device_id: device.into(),
            attempt: 1,
            issued_at: rfc3339_ms(now - 1000),
            expires_at: rfc3339_ms(now + ttl_ms),
            artifact: Some(a.clone()),
        };
        let payload = sign_envelope(key, &cmd.to_json()).into_bytes();
        self.operator
            .send(&format!("fleet/{device}/update/command"), payload.clone())
            .await;
        (cmd.command_id, payload)
    }

    /// Statuses for `command_id`, up to and including its first final one.
    async fn until_final(&mut self, command_id: &str) -> Vec<Value> {
        let mut out = Vec::new();
        loop {
            let (_, p) = tokio::time::timeout(Duration::from_secs(15), self.operator.inbox.recv())
                .await
                .unwrap_or_else(|_| panic!("no final status for {command_id}: {out:?}"))
                .expect("inbox open");
            let v: Value = serde_json::from_slice(&p).expect("status is JSON");
            if v["command_id"] == command_id {
                let fin = matches!(
                    v["status"].as_str(),
                    Some("done" | "error" | "rejected" | "cancelled")
                );
                out.push(v);
                if fin {
                    return out;
                }
            }
        }
    }

    /// Every status for `command_id` within `wait`.
    async fn collect(&mut self, command_id: &str, wait: Duration) -> Vec<Value> {
        let mut out = Vec::new();
        let end = tokio::time::Instant::now() + wait;
        while let Ok(Some((_, p))) = tokio::time::timeout_at(end, self.operator.inbox.recv()).await
        {
            let v: Value = serde_json::from_slice(&p).expect("status is JSON");
            if v["command_id"] == command_id {
                out.push(v);
            }
        }
        out
    }
}

fn status_and_code(v: &Value) -> (&str, &str) {
    (
        v["status"].as_str().unwrap_or("?"),
        v["error"]["code"].as_str().unwrap_or("-"),
    )
}

/// The final (status, code) a fresh device SIM-000 (stm32f4, counter 1) answers.
async fn refusal(tamper: impl FnOnce(&Rig) -> (SecretKey, Artifact, i64)) -> (String, String) {
    let mut rig = Rig::start().await;
    let sim = rig.sim(1).await;
    let (key, a, ttl) = tamper(&rig);
    let (id, _) = rig.send(&key, "SIM-000", &a, ttl).await;
    let statuses = rig.until_final(&id).await;
    let last = statuses.last().expect("a final status");
    assert!(
        last["error"]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty())
    );
    let dev = &sim.devices()[0];
    assert_eq!((dev.firmware_version.as_str(), dev.counter), ("1.0.0", 1));
    let (s, c) = status_and_code(last);
    let r = (s.to_string(), c.to_string());
    sim.stop().await.expect("stop");
    r
}

fn pair(s: &str, c: &str) -> (String, String) {
    (s.into(), c.into())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tampered_artifact_is_an_error_sha256_mismatch() {
    let r = refusal(|rig| {
        let a = rig.firmware(2, "stm32f4", FW);
        let mut bad = FW.to_vec();
        bad[10] ^= 0x20;
        let name = a.url.rsplit('/').next().expect("name");
        std::fs::write(rig.dir.path().join("www").join(name), bad).expect("tamper");
        (rig.op.clone(), a, 60_000)
    })
    .await;
    assert_eq!(r, pair("error", "sha256_mismatch"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_downgrade_is_rejected() {
    // Counter 1 is the installed one: not greater.
    let r = refusal(|rig| (rig.op.clone(), rig.firmware(1, "stm32f4", FW), 60_000)).await;
    assert_eq!(r, pair("rejected", "downgrade"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_hw_is_rejected() {
    let r = refusal(|rig| (rig.op.clone(), rig.firmware(2, "esp32", FW), 60_000)).await;
    assert_eq!(r, pair("rejected", "wrong_hw"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_command_is_rejected() {
    let r = refusal(|rig| (rig.op.clone(), rig.firmware(2, "stm32f4", FW), -5_000)).await;
    assert_eq!(r, pair("rejected", "expired"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_command_signed_by_an_unknown_key_is_rejected() {
    let r = refusal(|rig| {
        (
            SecretKey::generate(),
            rig.firmware(2, "stm32f4", FW),
            60_000,
        )
    })
    .await;
    assert_eq!(r, pair("rejected", "bad_signature"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_good_update_walks_to_done_dedupes_and_is_remembered_after_restart() {
    let mut rig = Rig::start().await;
    let sim = rig.sim(3).await;
    let a = rig.firmware(2, "stm32f4", FW);
    let (id, payload) = rig.send(&rig.op.clone(), "SIM-001", &a, 60_000).await;
    let statuses = rig.until_final(&id).await;
    let mut walk: Vec<&str> = statuses
        .iter()
        .filter_map(|v| v["status"].as_str())
        .collect();
    walk.dedup();
    assert_eq!(
        walk,
        [
            "accepted",
            "downloading",
            "verifying",
            "flashing",
            "rebooting",
            "done"
        ]
    );
    let progress: Vec<u64> = statuses
        .iter()
        .filter(|v| v["status"] == "downloading")
        .filter_map(|v| v["progress"].as_u64())
        .collect();
    assert_eq!(progress, [0, 50, 100]);
    let seqs: Vec<u64> = statuses.iter().filter_map(|v| v["seq"].as_u64()).collect();
    assert!(seqs.windows(2).all(|w| w[1] == w[0] + 1), "{seqs:?}");
    let done = statuses.last().expect("done");
    assert_eq!(done["firmware_version"], "1.2.0");
    assert_eq!(done["device_id"], "SIM-001");
    // Every message is one the operator side accepts.
    for v in &statuses {
        let bytes = serde_json::to_vec(v).expect("json");
        otactl::domain::protocol::parse_status("SIM-001", &bytes, 0).expect("valid status");
    }

    // The same command again: its latest status once, nothing else.
    rig.operator
        .send("fleet/SIM-001/update/command", payload.clone())
        .await;
    let again = rig.collect(&id, Duration::from_millis(1500)).await;
    assert_eq!(again, vec![done.clone()]);
    assert_eq!(sim.stats().downloads, 1);
    assert_eq!((sim.stats().duplicates, sim.stats().done), (1, 1));
    assert_eq!(rig.server.served(), 1);
    let devs = sim.devices();
    assert_eq!(
        (devs[1].firmware_version.as_str(), devs[1].counter),
        ("1.2.0", 2)
    );
    assert_eq!(
        (devs[0].firmware_version.as_str(), devs[0].counter),
        ("1.0.0", 1)
    );
    sim.stop().await.expect("stop");

    // Restarted: the state file remembers the version, the counter and the command.
    let mut inv = Device::connect(rig.mosq.port, Some("fleet/SIM-001/inventory")).await;
    let (_, p) = tokio::time::timeout(Duration::from_secs(5), inv.inbox.recv())
        .await
        .expect("retained inventory")
        .expect("open");
    let v: Value = serde_json::from_slice(&p).expect("json");
    assert_eq!(
        (v["firmware_version"].as_str(), v["counter"].as_u64()),
        (Some("1.2.0"), Some(2))
    );
    let sim = rig.sim(3).await;
    assert_eq!(sim.devices()[1].firmware_version, "1.2.0");
    rig.operator
        .send("fleet/SIM-001/update/command", payload)
        .await;
    let again = rig.collect(&id, Duration::from_millis(1500)).await;
    assert_eq!(again, vec![done.clone()]);
    // The same image under a new command: its counter is no longer greater.
    let (id2, _) = rig.send(&rig.op.clone(), "SIM-001", &a, 60_000).await;
    let last = rig.until_final(&id2).await.pop().expect("final");
    assert_eq!(status_and_code(&last), ("rejected", "downgrade"));
    sim.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn many_devices_share_one_download() {
    let mut rig = Rig::start().await;
    let n = 20;
    let sim = rig.sim(n).await;
    let a = rig.firmware(2, "stm32f4", FW);
    let mut ids = Vec::new();
    for i in 0..n {
        // Presigned URLs differ per device; the bytes do not.
        let mut mine = a.clone();
        mine.url = format!("{}?sig={i}", a.url);
        ids.push(
            rig.send(&rig.op.clone(), &format!("SIM-{i:03}"), &mine, 60_000)
                .await
                .0,
        );
    }
    let mut done = 0;
    let end = tokio::time::Instant::now() + Duration::from_secs(20);
    while done < n {
        let (_, p) = tokio::time::timeout_at(end, rig.operator.inbox.recv())
            .await
            .expect("all done in time")
            .expect("open");
        let v: Value = serde_json::from_slice(&p).expect("json");
        assert!(ids.iter().any(|i| v["command_id"] == i.as_str()));
        if v["status"] == "done" {
            done += 1;
        }
        assert_ne!(v["status"], "error", "{v}");
    }
    let s = sim.stats();
    assert_eq!((s.done, s.accepted, s.downloads), (n as u64, n as u64, 1));
    assert_eq!(rig.server.served(), 1);
    sim.stop().await.expect("stop");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_device_with_its_own_connection_leaves_a_last_will() {
    let rig = Rig::start().await;
    let mut cfg = rig.config(2);
    cfg.connection_per_device = true;
    let sim = Simulator::start(cfg).expect("simulator");
    sim.wait_ready(Duration::from_secs(10))
        .await
        .expect("ready");
    let mut presence = Device::connect(rig.mosq.port, Some("fleet/+/presence")).await;
    let mut seen = std::collections::HashMap::new();
    while seen.len() < 2 || seen.values().any(|v| v != "online") {
        let (t, p) = tokio::time::timeout(Duration::from_secs(5), presence.inbox.recv())
            .await
            .expect("online presence")
            .expect("open");
        seen.insert(t, String::from_utf8_lossy(&p).into_owned());
    }
    // A crash, not a stop: the broker publishes each device's will.
    drop(sim);
    while seen.values().any(|v| v != "offline") {
        let (t, p) = tokio::time::timeout(Duration::from_secs(10), presence.inbox.recv())
            .await
            .expect("the last will")
            .expect("open");
        seen.insert(t, String::from_utf8_lossy(&p).into_owned());
    }
    assert_eq!(seen.len(), 2);
}

#[test]
fn otactl_simulate_writes_the_fleet_and_says_goodbye() {
    let mosq = Mosquitto::start();
    let env = Env::new().with_key_dir();
    let (code, _, err) = env
        .run(["keys", "generate", "--unencrypted", "--name", "ops"])
        .parts();
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = env
        .run_with(|c| {
            c.args([
                "-o",
                "json",
                "simulate",
                "--devices",
                "3",
                "--duration",
                "1s",
            ])
            .args([
                "--id-pattern",
                "T-{n:02}",
                "--hw",
                "esp32",
                "--stats-every",
                "1s",
            ])
            .arg("--write-fleet")
            .arg(env.path("fleet.csv"))
            .arg("--state-file")
            .arg(env.path("state.json"))
            .args(["--broker", &format!("mqtt://127.0.0.1:{}", mosq.port)])
        })
        .parts();
    assert_eq!(code, 0, "{err}");
    let last: Value =
        serde_json::from_str(out.lines().last().expect("a stats line")).expect("NDJSON");
    assert_eq!(last["event"], "stopped");
    assert_eq!(last["devices"], 3);
    let csv = std::fs::read_to_string(env.path("fleet.csv")).expect("fleet.csv");
    assert!(
        csv.starts_with("id,hw,tags,firmware_version,counter\nT-00,esp32,sim,1.0.0,0\n"),
        "{csv}"
    );
    let (code, _, err) = env
        .run_with(|c| c.args(["fleet", "import"]).arg(env.path("fleet.csv")))
        .parts();
    assert_eq!(code, 0, "{err}");
    assert!(env.path("state.json").exists());
    // Stopped gracefully: each device's retained presence says offline.
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async {
        let mut p = Device::connect(mosq.port, Some("fleet/+/presence")).await;
        for _ in 0..3 {
            let (_, v) = tokio::time::timeout(Duration::from_secs(5), p.inbox.recv())
                .await
                .expect("retained presence")
                .expect("open");
            assert_eq!(v, b"offline");
        }
    });
}

/// Scale check, run by hand: `SIM_N=10000 cargo test --test it sim::scale -- --ignored
/// --nocapture`. Every device gets an update; all must reach `done` from one GET.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "scale check, run by hand"]
async fn scale_every_device_updates_from_one_download() {
    let n: usize = std::env::var("SIM_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let mut rig = Rig::start().await;
    let mut cfg = rig.config(n);
    cfg.id_pattern = "SIM-{n:06}".into();
    cfg.connections = 4;
    cfg.latency = Latencies::uniform(Range::new(100, 1000));
    let started = std::time::Instant::now();
    let sim = Simulator::start(cfg).expect("simulator");
    sim.wait_ready(Duration::from_secs(60))
        .await
        .expect("ready");
    println!("{n} devices ready in {:?}", started.elapsed());
    let a = rig.firmware(2, "stm32f4", FW);
    let started = std::time::Instant::now();
    for i in 0..n {
        rig.send(&rig.op.clone(), &format!("SIM-{i:06}"), &a, 600_000)
            .await;
    }
    let mut done = 0;
    let end = tokio::time::Instant::now() + Duration::from_secs(300);
    let mut report = tokio::time::interval(Duration::from_secs(5));
    while done < n {
        tokio::select! {
            m = tokio::time::timeout_at(end, rig.operator.inbox.recv()) => {
                let (_, p) = m.expect("all done in time").expect("open");
                let v: Value = serde_json::from_slice(&p).expect("json");
                if v["status"] == "done" {
                    done += 1;
                }
            }
            _ = report.tick() => println!("operator saw {done} done; {:?}", sim.stats()),
        }
    }
    let s = sim.stats();
    println!("{n} updates done in {:?}: {s:?}", started.elapsed());
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status
        .lines()
        .find(|l| l.starts_with("VmHWM"))
        .unwrap_or("");
    println!("test process (simulator and operator client): {peak}");
    assert_eq!((s.done, s.downloads, s.errors), (n as u64, 1, 0));
    sim.stop().await.expect("stop");
}

/// Replay: a genuine signed command captured on the wire and replayed to another
/// truck is refused (`wrong_device`); once expired, the same bytes replayed on the
/// topic of the truck it was meant for are refused (`expired`) by a unit with that id
/// that never saw the command (a fresh state, its own session), while the truck that
/// ran it re-sends its `done` and does nothing twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replayed_command_is_refused_by_another_device_and_after_expiry() {
    let mut rig = Rig::start().await;
    let sim = rig.sim(3).await;
    let mut wire = Device::connect(rig.mosq.port, Some("fleet/+/update/command")).await;
    let a = rig.firmware(2, "stm32f4", FW);
    let (id, _) = rig.send(&rig.op.clone(), "SIM-000", &a, 2_000).await;
    let (topic, captured) = tokio::time::timeout(Duration::from_secs(5), wire.inbox.recv())
        .await
        .expect("the command on the wire")
        .expect("open");
    assert_eq!(topic, "fleet/SIM-000/update/command");
    let first = rig.until_final(&id).await;
    let done = first.last().expect("final");
    assert_eq!(status_and_code(done), ("done", "-"));
    // Replayed, byte for byte, on another truck's topic: refused.
    rig.operator
        .send("fleet/SIM-001/update/command", captured.clone())
        .await;
    let other = rig.until_final(&id).await;
    let last = other.last().expect("final");
    assert_eq!(last["device_id"], "SIM-001");
    assert_eq!(status_and_code(last), ("rejected", "wrong_device"));

    // A unit answering as SIM-000 that never saw the command: no state file, and a
    // session of its own, created after the command was sent.
    let mut cfg = rig.config(1);
    cfg.state_file = Some(rig.dir.path().join("fresh-state.json"));
    let fresh = Simulator::start(cfg).expect("simulator");
    fresh
        .wait_ready(Duration::from_secs(10))
        .await
        .expect("ready");
    assert_eq!(fresh.stats().commands, 0);
    // After its expiry, the captured bytes again on SIM-000's topic.
    let expires = {
        let env: Value = serde_json::from_slice(&captured).expect("envelope");
        let cmd: Value = serde_json::from_str(env["cmd"].as_str().expect("cmd")).expect("cmd");
        assert_eq!(
            (cmd["command_id"].as_str(), cmd["device_id"].as_str()),
            (Some(id.as_str()), Some("SIM-000"))
        );
        otactl::domain::duration::parse_rfc3339_ms(cmd["expires_at"].as_str().expect("expires_at"))
            .expect("RFC 3339")
    };
    let wait = expires + 200 - otactl_store::now_ms();
    tokio::time::sleep(Duration::from_millis(wait.max(0) as u64)).await;
    rig.operator
        .send("fleet/SIM-000/update/command", captured.clone())
        .await;
    let mut late = rig.collect(&id, Duration::from_millis(1500)).await;
    late.sort_by_key(|v| v["status"].as_str().map(str::to_owned));
    assert_eq!(late.len(), 2, "{late:?}");
    // The truck that ran it: its latest status again, same msg_id.
    assert_eq!(&late[0], done);
    // The unit that never saw it: refused as expired, nothing installed.
    assert_eq!(late[1]["device_id"], "SIM-000");
    assert_ne!(late[1]["msg_id"], done["msg_id"]);
    assert_eq!(status_and_code(&late[1]), ("rejected", "expired"));
    let s = fresh.stats();
    assert_eq!(
        (s.commands, s.rejected, s.accepted, s.downloads),
        (1, 1, 0, 0)
    );
    assert_eq!(fresh.devices()[0].counter, 1);
    fresh.stop().await.expect("stop");
    // The truck it was meant for installed once.
    let devs = sim.devices();
    assert_eq!(devs[0].counter, 2);
    assert_eq!((devs[1].counter, devs[2].counter), (1, 1));
    let s = sim.stats();
    assert_eq!((s.accepted, s.done, s.duplicates), (1, 1, 1));
    assert_eq!(rig.server.served(), 1);
    sim.stop().await.expect("stop");
}
