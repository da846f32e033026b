//! Rollouts end to end: the engine (`rollout run`), a real Mosquitto, the simulator
//! (`otactl simulate`) and the artifact server (`otactl serve --no-broker`), each its
//! own process. Batches and gates, failures that pause or abort, pause and resume,
//! retries, silent devices timing out, and kill -9 of the engine mid-rollout.

use crate::common::mosquitto::{Mosquitto, free_port, wait_listening};
use crate::common::{Running, wait_for};
use crate::engine::Rig;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

const FAST: &str = "accepted=5ms..20ms,downloading=10ms..50ms,verifying=5ms..20ms,flashing=10ms..50ms,rebooting=10ms..30ms";

/// The processes of one field: artifact server and simulator, killed on drop.
pub struct Field {
    pub rig: Rig,
    children: Vec<Child>,
    http: u16,
    _m: Mosquitto,
}

impl Field {
    pub fn new(devices: usize, sim: &[&str]) -> Field {
        let m = Mosquitto::start();
        let rig = Rig::new(m.port, devices);
        let http = free_port();
        let mut f = Field {
            rig,
            children: Vec::new(),
            http,
            _m: m,
        };
        let http_addr = format!("127.0.0.1:{http}");
        let fw = f.rig.env.path("fw");
        let serve = f
            .rig
            .cmd(&["serve", "--no-broker", "--http", &http_addr])
            .arg("--artifacts")
            .arg(fw)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("serve");
        f.children.push(serve);
        wait_listening(http);
        let n = devices.to_string();
        let mut args = vec![
            "simulate",
            "--devices",
            &n,
            "--id-pattern",
            "T{n:04}",
            "--counter",
            "1",
            "--stats-every",
            "1h",
        ];
        if !sim.contains(&"--latency") {
            args.extend(["--latency", FAST]);
        }
        args.extend_from_slice(sim);
        let s = f
            .rig
            .cmd(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("simulate");
        f.children.push(s);
        // The devices are up when their presence reached the store... the engine is not
        // running yet, so wait on the broker side instead: a short grace period.
        std::thread::sleep(Duration::from_millis(700));
        f
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.http)
    }

    /// `rollout run ID` with the field's artifact URL; (exit code, stderr).
    fn run(&self, id: &str, extra: &[&str]) -> (i32, String) {
        let url = self.url();
        let mut a = vec![
            "rollout",
            "run",
            id,
            "--artifact-url",
            &url,
            "--tick",
            "50ms",
        ];
        a.extend_from_slice(extra);
        let (c, _, e) = self.rig.env.run(&a).parts();
        (c, e)
    }

    /// `rollout run ID` in the background, its output dropped, killed when dropped.
    pub fn spawn_run(&self, id: &str) -> Running {
        let url = self.url();
        let c = self
            .rig
            .cmd(&[
                "rollout",
                "run",
                id,
                "--artifact-url",
                &url,
                "--tick",
                "50ms",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("rollout run");
        Running::new(c)
    }

    fn count(&self, sql: &str) -> i64 {
        self.rig.count(sql)
    }
}

impl Drop for Field {
    fn drop(&mut self) {
        for c in &mut self.children {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

#[test]
fn a_thousand_devices_in_four_batches_complete() {
    let f = Field::new(1000, &["--duplicate-rate", "0.1", "--reorder-rate", "0.1"]);
    f.rig.create("r1", &["--batches", "1,5%,25%,100%"]);
    let (code, err) = f.run("r1", &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(f.rig.state("r1").0, "completed");
    assert_eq!(
        f.count("SELECT count(*) FROM jobs WHERE rollout_id = 'r1' AND state = 'succeeded'"),
        1000
    );
    // Batches passed in order, each after the one before.
    assert_eq!(
        f.count(
            "SELECT count(*) FROM batches a JOIN batches b ON b.rollout_id = a.rollout_id \
             AND b.idx = a.idx + 1 WHERE a.rollout_id = 'r1' AND b.started_ms >= a.finished_ms"
        ),
        3
    );
    let sizes: Vec<i64> = (0..4)
        .map(|i| f.count(&format!("SELECT size FROM batches WHERE idx = {i}")))
        .collect();
    assert_eq!(sizes, vec![1, 49, 200, 750]);
    // Duplicates were recorded once; every job has exactly one applied `done`.
    assert_eq!(
        f.count(
            "SELECT count(*) FROM (SELECT job_id FROM status_events WHERE status = 'done' \
             AND outcome = 'applied' GROUP BY job_id HAVING count(*) = 1)"
        ),
        1000
    );
    // The devices' own inventory now says 2.0.0.
    wait_for("inventories", Duration::from_secs(5), || {
        f.count("SELECT count(*) FROM devices WHERE firmware_version = '2.0.0'") == 1000
    });
    // CI contract: `rollout wait` on a completed rollout exits 0.
    assert_eq!(
        f.rig
            .env
            .run(["rollout", "wait", "r1", "--timeout", "5s"])
            .code,
        0
    );
}

#[test]
fn too_many_failures_abort_per_policy_cancelling_the_rest() {
    let f = Field::new(200, &["--fail-rate", "flashing=0.6"]);
    f.rig.create(
        "bad",
        &[
            "--batches",
            "40,100%",
            "--abort-threshold",
            "10%",
            "--abort-min",
            "10",
            "--abort-action",
            "abort",
        ],
    );
    let (code, err) = f.run("bad", &["--max-duration", "30s"]);
    assert_eq!(code, 6, "{err}");
    let (state, reason) = f.rig.state("bad");
    assert_eq!(state, "aborted");
    // Whichever gate tripped first: the abort threshold, or a success threshold that
    // can no longer be met.
    assert!(reason.unwrap_or_default().contains("threshold"));
    // The second batch never went out: its devices were cancelled, not dispatched.
    assert_eq!(
        f.count("SELECT count(*) FROM jobs WHERE batch = 1 AND state = 'cancelled'"),
        160
    );
    assert_eq!(
        f.count("SELECT count(*) FROM jobs WHERE state = 'pending'"),
        0
    );
    assert!(f.count("SELECT count(*) FROM jobs WHERE state = 'failed'") >= 10);
    assert_eq!(
        f.rig
            .env
            .run(["rollout", "wait", "bad", "--timeout", "5s"])
            .code,
        6
    );
}

#[test]
fn too_many_failures_pause_per_policy_and_wait_for_the_operator() {
    let f = Field::new(100, &["--fail-rate", "flashing=0.6"]);
    f.rig.create(
        "p1",
        &[
            "--batches",
            "30,100%",
            "--abort-threshold",
            "10%",
            "--abort-min",
            "10",
        ],
    );
    let (code, err) = f.run("p1", &["--max-duration", "8s"]);
    assert_eq!(code, 7, "paused is not an end: {err}");
    assert_eq!(f.rig.state("p1").0, "paused");
    assert_eq!(
        f.count("SELECT count(*) FROM jobs WHERE batch = 1 AND state = 'pending'"),
        70,
        "nothing of batch 1 was dispatched, nothing cancelled"
    );
}

#[test]
fn pause_holds_dispatch_and_resume_finishes_the_rollout() {
    let slow = "accepted=5ms..20ms,downloading=300ms..600ms,verifying=5ms..20ms,flashing=10ms..50ms,rebooting=10ms..30ms";
    let f = Field::new(300, &["--latency", slow]);
    f.rig
        .create("pr", &["--batches", "10,50%,100%", "--soak", "1s"]);
    let mut engine = f.spawn_run("pr");
    wait_for("batch 0 to pass", Duration::from_secs(20), || {
        f.count("SELECT count(*) FROM batches WHERE idx = 0 AND state = 'passed'") == 1
    });
    // During the soak, the operator pauses: batch 1 must not start.
    assert_eq!(f.rig.env.run(["rollout", "pause", "pr"]).code, 0);
    std::thread::sleep(Duration::from_millis(2500));
    assert_eq!(
        f.count("SELECT count(*) FROM jobs WHERE batch > 0 AND state <> 'pending'"),
        0,
        "dispatched while paused"
    );
    assert_eq!(f.rig.env.run(["rollout", "resume", "pr"]).code, 0);
    let end = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(s) = engine.try_wait().expect("wait") {
            break s;
        }
        assert!(Instant::now() < end, "the engine did not finish");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.code(), Some(0));
    assert_eq!(f.rig.state("pr").0, "completed");
    assert_eq!(
        f.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'"),
        300
    );
    // The operator's actions are audited beside the engine's gate decisions.
    assert_eq!(
        f.count("SELECT count(*) FROM audit WHERE command IN ('rollout pause', 'rollout resume')"),
        2
    );
    assert!(f.count("SELECT count(*) FROM audit WHERE command = 'engine batch passed'") >= 3);
}

#[test]
fn failed_devices_are_retried_as_new_attempts() {
    let f = Field::new(100, &["--fail-rate", "flashing=0.3"]);
    f.rig.create(
        "rt",
        &[
            "--batches",
            "100%",
            "--retries",
            "3",
            "--success-threshold",
            "90%",
        ],
    );
    let (code, err) = f.run("rt", &["--max-duration", "60s"]);
    assert_eq!(code, 0, "{err}");
    let retried = f.count("SELECT count(*) FROM jobs WHERE attempt > 1");
    assert!(retried > 0, "with 30% failures some device needed a retry");
    assert!(f.count("SELECT count(*) FROM jobs WHERE attempt > 1 AND state = 'succeeded'") > 0);
    assert_eq!(f.count("SELECT count(*) FROM jobs WHERE attempt > 4"), 0);
    // Each attempt had its own command: one outbox row per attempt.
    assert_eq!(
        f.count("SELECT count(*) FROM outbox"),
        f.count("SELECT sum(attempt) FROM jobs")
    );
    // Every failure the gate saw was after the retries ran out.
    assert_eq!(
        f.count("SELECT count(*) FROM jobs WHERE state = 'failed' AND attempt < 4"),
        0
    );
}

#[test]
fn silent_devices_time_out_and_the_rest_complete() {
    let f = Field::new(60, &["--silent-rate", "0.2", "--seed", "7"]);
    f.rig.create(
        "to",
        &[
            "--batches",
            "100%",
            "--device-timeout",
            "3s",
            "--success-threshold",
            "50%",
        ],
    );
    let (code, err) = f.run("to", &["--max-duration", "60s"]);
    assert_eq!(code, 0, "{err}");
    let silent = f.count(
        "SELECT count(*) FROM jobs j WHERE NOT EXISTS \
         (SELECT 1 FROM status_events s WHERE s.job_id = j.id)",
    );
    assert!(silent > 0, "some devices were silent");
    assert_eq!(
        f.count("SELECT count(*) FROM jobs WHERE state = 'timed_out'"),
        silent,
        "exactly the silent devices timed out"
    );
    assert_eq!(
        f.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'"),
        60 - silent
    );
}

#[test]
fn kill_9_during_a_rollout_resumes_and_every_device_ends_once() {
    let slow = "accepted=5ms..20ms,downloading=100ms..400ms,verifying=5ms..20ms,flashing=20ms..100ms,rebooting=20ms..50ms";
    let f = Field::new(600, &["--latency", slow, "--duplicate-rate", "0.05"]);
    f.rig.create("k9", &["--batches", "5%,30%,100%"]);
    // Kill the engine at three moments: mid first batch, mid second, mid last.
    for (i, at) in [5i64, 100, 350].into_iter().enumerate() {
        let mut e = f.spawn_run("k9");
        wait_for("progress", Duration::from_secs(30), || {
            f.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'") >= at
        });
        std::thread::sleep(Duration::from_millis(37 * i as u64));
        let _ = e.kill();
        let _ = e.wait();
    }
    let (code, err) = f.run("k9", &["--max-duration", "60s"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(f.rig.state("k9").0, "completed");
    assert_eq!(
        f.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'"),
        600
    );
    // Exactly one final state per device, one command per device, one applied `done`.
    assert_eq!(
        f.count("SELECT count(*) FROM jobs WHERE finished_ms IS NOT NULL"),
        600
    );
    assert_eq!(f.count("SELECT count(*) FROM outbox"), 600);
    assert_eq!(
        f.count("SELECT count(*) FROM status_events WHERE status = 'done' AND outcome = 'applied'"),
        600
    );
}

/// The field kit: `otactl serve --engine` (embedded broker, artifact server, engine)
/// on a laptop, trucks connected to it, and a technician's `device update`.
#[test]
fn the_field_kit_updates_one_truck_with_device_update() {
    let port = free_port();
    let http = free_port();
    let rig = Rig::new(port, 5);
    let mut kids: Vec<Child> = Vec::new();
    let (mqtt_addr, http_addr) = (format!("127.0.0.1:{port}"), format!("127.0.0.1:{http}"));
    let serve = rig
        .cmd(&[
            "serve", "--listen", &mqtt_addr, "--http", &http_addr, "--engine",
        ])
        .arg("--artifacts")
        .arg(rig.env.path("fw"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve");
    kids.push(serve);
    wait_listening(http);
    let sim = rig
        .cmd(&[
            "simulate",
            "--devices",
            "5",
            "--id-pattern",
            "T{n:04}",
            "--counter",
            "1",
            "--latency",
            FAST,
            "--stats-every",
            "1h",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("simulate");
    kids.push(sim);
    std::thread::sleep(Duration::from_millis(700));
    let (code, out, err) = rig
        .env
        .run([
            "device",
            "update",
            "T0003",
            "--firmware",
            "ecu@2.0.0",
            "--max-duration",
            "30s",
        ])
        .parts();
    for k in &mut kids {
        let _ = k.kill();
        let _ = k.wait();
    }
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.contains("an engine already runs on this store"),
        "{err}"
    );
    assert!(out.contains("T0003: succeeded"), "{out}");
    assert_eq!(
        rig.count("SELECT count(*) FROM jobs WHERE device_id = 'T0003' AND state = 'succeeded'"),
        1
    );
    assert_eq!(
        rig.count("SELECT count(*) FROM jobs"),
        1,
        "a rollout of one"
    );
    assert_eq!(
        rig.count("SELECT count(*) FROM audit WHERE command = 'device update' AND outcome = 'ok'"),
        1
    );
}

/// A maintenance window under a simulated calendar, with trucks answering: nothing
/// goes out before the window opens; once it does, the rollout completes.
#[test]
fn a_rollout_waits_for_its_maintenance_window_then_completes() {
    let f = Field::new(50, &[]);
    f.rig.create(
        "mw",
        &[
            "--batches",
            "20%,100%",
            "--window",
            "Mon-Fri 02:00-05:00 UTC",
        ],
    );
    // Monday 01:00 UTC, simulated: the window is an hour away.
    let (code, _) = f.run(
        "mw",
        &["--clock", "2026-11-23T01:00:00Z", "--max-duration", "2s"],
    );
    assert_eq!(code, 7, "still waiting for the window");
    assert_eq!(
        f.count("SELECT count(*) FROM jobs WHERE state <> 'pending'"),
        0
    );
    assert_eq!(f.rig.state("mw").0, "running");
    // 01:59:30 at 60x: the window opens half a second in.
    let (code, err) = f.run(
        "mw",
        &[
            "--clock",
            "2026-11-23T01:59:30Zx60",
            "--max-duration",
            "60s",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(f.rig.state("mw").0, "completed");
    assert_eq!(
        f.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'"),
        50
    );
}
