//! A rollout that tells the truth and never sticks, against a real Mosquitto with the
//! simulator, the artifact server and the engine each their own process: trucks that
//! finish out of coverage or through a broker outage end `succeeded` without a retry, a
//! truck back on its old firmware after `done` is `rolled_back` and counted, a gate that
//! holds is passed by `--override` or by `exclude`, and one bad rollout pauses alone.

use crate::common::mosquitto::{Mosquitto, free_port, wait_listening};
use crate::common::wait_for;
use crate::engine::Rig;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

const FAST: &str = "accepted=5ms..20ms,downloading=10ms..50ms,verifying=5ms..20ms,flashing=10ms..50ms,rebooting=10ms..30ms";

/// A broker, a store with `n` devices `T0000…` on 1.0.0, the artifact server, and the
/// simulator and engine processes the test starts (killed on drop).
struct Site {
    rig: Rig,
    m: Mosquitto,
    http: u16,
    serve: Option<Child>,
    sim: Option<Child>,
    engine: Option<Child>,
}

impl Site {
    fn new(n: usize) -> Site {
        let m = Mosquitto::start();
        let rig = Rig::new(m.port, n);
        let http = free_port();
        let http_addr = format!("127.0.0.1:{http}");
        let serve = rig
            .cmd(&["serve", "--no-broker", "--http", &http_addr])
            .arg("--artifacts")
            .arg(rig.env.path("fw"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("serve");
        wait_listening(http);
        Site {
            rig,
            m,
            http,
            serve: Some(serve),
            sim: None,
            engine: None,
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.http)
    }

    /// `n` simulated devices `T0000…` that remember their firmware and keep their
    /// broker sessions across restarts (fixed client ids, a state file).
    fn start_sim(&mut self, n: usize, latency: &str) {
        let n = n.to_string();
        let state = self.rig.env.path("sim-state.json");
        let sim = self
            .rig
            .cmd(&[
                "simulate",
                "--devices",
                &n,
                "--id-pattern",
                "T{n:04}",
                "--counter",
                "1",
                "--stats-every",
                "1h",
                "--client-prefix",
                "site-sim",
                "--connections",
                "2",
                "--latency",
                latency,
            ])
            .arg("--state-file")
            .arg(state)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("simulate");
        self.sim = Some(sim);
        std::thread::sleep(Duration::from_millis(1000));
    }

    /// The trucks drive out of coverage: killed, no goodbye (their shared connections
    /// carry no last will, so their presence stays `online`).
    fn kill_sim(&mut self) {
        if let Some(mut c) = self.sim.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    fn start_engine(&mut self) {
        let url = self.url();
        let e = self
            .rig
            .cmd(&["run", "--artifact-url", &url, "--tick", "50ms"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("run");
        self.engine = Some(e);
    }

    fn count(&self, sql: &str) -> i64 {
        self.rig.count(sql)
    }

    fn jobs_in(&self, rollout: &str, state: &str) -> i64 {
        self.count(&format!(
            "SELECT count(*) FROM jobs WHERE rollout_id = '{rollout}' AND state = '{state}'"
        ))
    }

    /// Publishes a retained inventory for `device`, as a truck does on connect, with
    /// its clock's time of now.
    fn inventory(&self, device: &str, version: &str, counter: u64) {
        let ts = otactl::domain::protocol::rfc3339_ms(otactl_store::now_ms());
        let payload = format!(
            r#"{{"device_id":"{device}","hw":"stm32f4","firmware_version":"{version}","counter":{counter},"ts":"{ts}"}}"#
        );
        let ok = std::process::Command::new("mosquitto_pub")
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.m.port.to_string(),
                "-q",
                "1",
                "-r",
            ])
            .args(["-t", &format!("fleet/{device}/inventory"), "-m", &payload])
            .status()
            .expect("mosquitto_pub");
        assert!(ok.success());
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        for c in [&mut self.engine, &mut self.sim, &mut self.serve]
            .into_iter()
            .flat_map(Option::take)
        {
            let mut c = c;
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Succeeded, with one attempt each and one command each: no retry went out.
fn assert_succeeded_without_retry(s: &Site, rollout: &str, n: i64) {
    assert_eq!(s.jobs_in(rollout, "succeeded"), n);
    assert_eq!(
        s.count(&format!(
            "SELECT count(*) FROM jobs WHERE rollout_id = '{rollout}' AND attempt = 1"
        )),
        n,
        "a retry was opened"
    );
    assert_eq!(
        s.count(&format!(
            "SELECT count(*) FROM outbox o JOIN jobs j ON j.id = o.job_id WHERE j.rollout_id = '{rollout}'"
        )),
        n,
        "one command per device"
    );
}

#[test]
fn trucks_out_of_coverage_past_the_timeout_come_back_and_succeed_without_a_retry() {
    let mut s = Site::new(4);
    // The trucks were seen once (their broker sessions exist), then drove away.
    s.start_sim(4, FAST);
    s.kill_sim();
    s.rig.create(
        "oc",
        &[
            "--batches",
            "100%",
            "--device-timeout",
            "2s",
            "--retries",
            "1",
            "--retry-backoff",
            "10m",
        ],
    );
    s.start_engine();
    wait_for("the devices to time out", Duration::from_secs(30), || {
        s.jobs_in("oc", "timed_out") == 4
    });
    // Back in coverage: the queued commands reach them, they report `done` late.
    s.start_sim(4, FAST);
    wait_for("the rollout to complete", Duration::from_secs(30), || {
        s.rig.state("oc").0 == "completed"
    });
    assert_succeeded_without_retry(&s, "oc", 4);
    // The late word is in each device's history, and the change in the audit log.
    assert_eq!(
        s.count(
            "SELECT count(DISTINCT job_id) FROM status_events WHERE status = 'done' AND outcome = 'applied'"
        ),
        4
    );
    assert!(
        s.count("SELECT count(*) FROM audit WHERE command = 'engine reconciled'") >= 4,
        "every reconciled job is audited"
    );
    let out = s.rig.env.run(["device", "history", "T0000"]);
    assert_eq!(out.code, 0);
}

#[test]
fn a_broker_outage_longer_than_the_timeout_ends_the_same_way() {
    let mut s = Site::new(3);
    // Slow enough that the outage comes while the trucks are updating.
    let slow = "accepted=5ms..20ms,downloading=200ms..300ms,verifying=5ms..20ms,flashing=1500ms..2000ms,rebooting=10ms..30ms";
    s.start_sim(3, slow);
    s.rig.create(
        "bo",
        &[
            "--batches",
            "100%",
            "--device-timeout",
            "2s",
            "--retries",
            "1",
            "--retry-backoff",
            "10m",
        ],
    );
    s.start_engine();
    wait_for("the trucks to start", Duration::from_secs(30), || {
        s.count("SELECT count(*) FROM jobs WHERE state IN ('downloading', 'verifying', 'flashing')")
            == 3
    });
    s.m.stop_gracefully();
    wait_for("the devices to time out", Duration::from_secs(30), || {
        s.jobs_in("bo", "timed_out") == 3
    });
    s.m.restart_gracefully();
    wait_for("the rollout to complete", Duration::from_secs(40), || {
        s.rig.state("bo").0 == "completed"
    });
    assert_succeeded_without_retry(&s, "bo", 3);
}

#[test]
fn a_truck_back_on_the_old_firmware_after_done_is_rolled_back_and_counted() {
    let mut s = Site::new(3);
    s.start_sim(3, FAST);
    // Batch 0 is one truck; the soak keeps the rollout running after it passes.
    s.rig.create(
        "rb",
        &[
            "--batches",
            "1,100%",
            "--soak",
            "1h",
            "--abort-threshold",
            "10%",
            "--abort-min",
            "1",
            "--abort-action",
            "pause",
        ],
    );
    s.start_engine();
    wait_for("the canary to succeed", Duration::from_secs(30), || {
        s.jobs_in("rb", "succeeded") == 1
    });
    let device: String = s
        .rig
        .db()
        .query_row(
            "SELECT device_id FROM jobs WHERE rollout_id = 'rb' AND state = 'succeeded'",
            [],
            |r| r.get(0),
        )
        .expect("canary");
    // The truck comes back on its old image (the bootloader rolled it back), its
    // inventory a second or more after its `done` by its own clock (ts has seconds).
    std::thread::sleep(Duration::from_millis(1100));
    s.inventory(&device, "1.0.0", 1);
    wait_for(
        "the rollback to be recorded",
        Duration::from_secs(20),
        || s.jobs_in("rb", "rolled_back") == 1,
    );
    let reason: String = s
        .rig
        .db()
        .query_row(
            "SELECT reason FROM jobs WHERE rollout_id = 'rb' AND state = 'rolled_back'",
            [],
            |r| r.get(0),
        )
        .expect("reason");
    assert!(reason.contains("1.0.0"), "{reason}");
    // Counted by the abort threshold: the rollout pauses, and says so.
    wait_for("the abort threshold", Duration::from_secs(20), || {
        s.rig.state("rb").0 == "paused"
    });
    let (_, why) = s.rig.state("rb");
    assert!(
        why.as_deref().unwrap_or("").contains("abort threshold"),
        "{why:?}"
    );
    assert_eq!(
        s.count(&format!(
            "SELECT count(*) FROM status_events WHERE device_id = '{device}' AND status = 'inventory' \
             AND outcome = 'applied:succeeded->rolled_back'"
        )),
        1,
        "the rollback is in the device's history"
    );
}

/// Nine trucks, one of them silent: a 90% gate can no longer pass and pauses.
fn silent_truck_holds_the_gate(id: &str) -> Site {
    let mut s = Site::new(9);
    s.start_sim(8, FAST); // T0008 never answers
    s.rig.create(
        id,
        &[
            "--batches",
            "100%",
            "--success-threshold",
            "90%",
            "--device-timeout",
            "2s",
        ],
    );
    s.start_engine();
    // `rollout wait` returns as soon as the gate pauses it, with its own code.
    let t0 = Instant::now();
    let (code, _, err) = s
        .rig
        .env
        .run([
            "rollout",
            "wait",
            id,
            "--timeout",
            "5m",
            "--interval",
            "100ms",
        ])
        .parts();
    assert_eq!(code, 9, "{err}");
    assert!(t0.elapsed() < Duration::from_secs(120));
    assert!(err.contains("short by 1"), "{err}");
    assert!(err.contains("--override"), "{err}");
    assert_eq!(s.rig.state(id).0, "paused");
    let (code, out, _) = s.rig.env.run(["rollout", "status", id]).parts();
    assert_eq!(code, 0);
    assert!(out.contains("short by 1"), "{out}");
    s
}

#[test]
fn a_silent_truck_holding_the_gate_is_passed_by_override() {
    let s = silent_truck_holds_the_gate("g1");
    // A plain resume changes no count: it says so, and the gate pauses it again.
    let (code, _, err) = s.rig.env.run(["rollout", "resume", "g1"]).parts();
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("the gate still holds"), "{err}");
    wait_for(
        "the gate to pause it again",
        Duration::from_secs(20),
        || s.rig.state("g1").0 == "paused",
    );
    let (code, _, err) = s
        .rig
        .env
        .run([
            "rollout",
            "resume",
            "g1",
            "--override",
            "--reason",
            "T0008 in the workshop",
        ])
        .parts();
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = s
        .rig
        .env
        .run(["rollout", "wait", "g1", "--timeout", "60s"])
        .parts();
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        s.count(
            "SELECT count(*) FROM audit WHERE command = 'rollout gate overridden' \
             AND args LIKE '%T0008 in the workshop%'"
        ),
        1
    );
}

#[test]
fn a_silent_truck_holding_the_gate_is_passed_by_excluding_it() {
    let s = silent_truck_holds_the_gate("g2");
    s.rig
        .env
        .run(["rollout", "exclude", "g2", "T0008", "--reason", "sold"])
        .success();
    assert_eq!(
        s.count("SELECT count(*) FROM jobs WHERE id = 'g2.T0008' AND state = 'cancelled'"),
        1
    );
    // A device the rollout does not hold is named; nothing changes.
    let (code, _, err) = s
        .rig
        .env
        .run(["rollout", "exclude", "g2", "T0001", "NOPE"])
        .parts();
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("NOPE"), "{err}");
    assert_eq!(s.jobs_in("g2", "succeeded"), 8);
    s.rig.env.run(["rollout", "resume", "g2"]).success();
    let (code, _, err) = s
        .rig
        .env
        .run(["rollout", "wait", "g2", "--timeout", "60s"])
        .parts();
    assert_eq!(code, 0, "{err}");
}

#[test]
fn an_image_with_no_url_is_refused_at_create_and_one_failing_at_run_time_pauses_alone() {
    let mut s = Site::new(4);
    // Without an artifact server for the engine, an image not uploaded is refused.
    let (code, _, err) = s
        .rig
        .env
        .run_with(|c| {
            c.env_remove("OTACTL_ARTIFACT_URL").args([
                "rollout",
                "create",
                "--firmware",
                "ecu@2.0.0",
                "--select",
                "all",
            ])
        })
        .parts();
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("not uploaded"), "{err}");
    assert_eq!(s.count("SELECT count(*) FROM rollouts"), 0);

    // Two rollouts; the image of `bad` loses its file (no URL the engine can make).
    s.rig
        .create_selecting("good", "id=T0000|T0001", &["--batches", "100%"]);
    s.rig
        .create_selecting("bad", "id=T0002|T0003", &["--batches", "100%"]);
    s.rig
        .db()
        .execute_batch(
            "INSERT INTO artifacts (name, version, counter, hw, size, sha256, key_id, manifest, minisig, created_ms) \
             SELECT 'ecu-lost', version, counter, hw, size, sha256, key_id, manifest, minisig, created_ms \
             FROM artifacts WHERE name = 'ecu'; \
             UPDATE rollouts SET artifact_id = (SELECT id FROM artifacts WHERE name = 'ecu-lost') WHERE id = 'bad';",
        )
        .expect("lose the image");
    s.start_sim(4, FAST);
    s.start_engine();
    wait_for("good to complete", Duration::from_secs(30), || {
        s.rig.state("good").0 == "completed"
    });
    wait_for("bad to pause", Duration::from_secs(30), || {
        s.rig.state("bad").0 == "paused"
    });
    let (_, why) = s.rig.state("bad");
    assert!(
        why.as_deref().unwrap_or("").contains("not uploaded"),
        "{why:?}"
    );
    // The engine still runs.
    let engine = s.engine.as_mut().expect("engine");
    assert!(
        engine.try_wait().expect("engine").is_none(),
        "the engine stopped"
    );
    assert_eq!(
        s.count("SELECT count(*) FROM audit WHERE command = 'engine paused' AND args LIKE '%bad%'"),
        1
    );
    let (code, _, err) = s.rig.env.run(["rollout", "wait", "bad"]).parts();
    assert_eq!(code, 9, "{err}");
}
