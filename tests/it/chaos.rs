//! Chaos: a 2,000-device rollout with the simulator while the engine is killed (-9)
//! five times at random moments, the broker is restarted twice and the S3 server the
//! trucks download from is down for a while. The rollout finishes; every device ends
//! in exactly one final state; the statuses recorded equal the distinct ones the
//! devices sent (they send some twice, with the same `msg_id`); the audit log holds
//! every decision exactly once.

use crate::common::mosquitto::Mosquitto;
use crate::common::s3::{ACCESS_KEY, BUCKET, S3sFs, SECRET_KEY};
use crate::engine::Rig;
use serde_json::Value;
use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const N: usize = 2000;

fn with_s3(mut c: Command, s3: &S3sFs) -> Command {
    c.env_remove("OTACTL_ARTIFACT_URL")
        .env("AWS_ENDPOINT_URL", format!("http://127.0.0.1:{}", s3.port))
        .env("OTACTL_BUCKET", BUCKET)
        .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    c
}

fn pseudo_random(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn the_rollout_survives_kills_broker_restarts_and_an_s3_outage() {
    let mut m = Mosquitto::start();
    let mut s3 = S3sFs::start();
    let s3_root = s3.take_dir();
    let rig = Rig::new(m.port, N);
    let fw = rig.env.path("fw/ecu-2.0.0.bin");
    let mut up = with_s3(rig.cmd(&["firmware", "upload"]), &s3);
    up.arg(&fw);
    let out = up.output().expect("upload");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let slow = "accepted=5ms..30ms,downloading=300ms..1500ms,verifying=5ms..30ms,flashing=200ms..800ms,rebooting=100ms..400ms";
    let mut sim = rig
        .cmd(&[
            "simulate",
            "--devices",
            "2000",
            "--id-pattern",
            "T{n:04}",
            "--counter",
            "1",
            "--latency",
            slow,
            "--connections",
            "8",
            "--duplicate-rate",
            "0.05",
            "--stats-every",
            "1h",
            "-o",
            "json",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("simulate");
    std::thread::sleep(Duration::from_secs(2));
    rig.create(
        "chaos",
        &[
            "--batches",
            "5%,30%,100%",
            "--retries",
            "6",
            "--retry-backoff",
            "1s",
            "--device-timeout",
            "20s",
            "--success-threshold",
            "95%",
        ],
    );
    let engine = |s3: &S3sFs| -> Child {
        with_s3(rig.cmd(&["rollout", "run", "chaos", "--tick", "50ms"]), s3)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("engine")
    };
    let done = || rig.count("SELECT count(*) FROM jobs WHERE finished_ms IS NOT NULL");
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    // The artifact store is down when the rollout starts: the first downloads fail
    // and are retried after their backoff, once it is back.
    s3.kill();
    let s3_down = Instant::now();
    for kill in 1..=5 {
        let mut e = engine(&s3);
        // A random moment: between 0.5 and 3 s into this run.
        let wait = 500 + pseudo_random(&mut seed) % 2500;
        std::thread::sleep(Duration::from_millis(wait));
        let _ = e.kill();
        let _ = e.wait();
        match kill {
            2 | 4 => m.restart_gracefully(),
            _ => {}
        }
        if kill == 2
            && let Some(root) = s3_root.as_ref()
        {
            eprintln!("chaos: S3 back after {:?}", s3_down.elapsed());
            s3 = S3sFs::start_on(root.path(), s3.port);
        }
        eprintln!(
            "chaos: kill {kill} after {wait} ms, {} devices done",
            done()
        );
    }
    let (code, _, err) = {
        let c = with_s3(
            rig.cmd(&[
                "rollout",
                "run",
                "chaos",
                "--tick",
                "50ms",
                "--max-duration",
                "180s",
            ]),
            &s3,
        );
        crate::common::run(assert_cmd::Command::from_std(c))
    };
    assert_eq!(code, 0, "{err}");
    assert_eq!(rig.state("chaos").0, "completed");

    // Stop the simulator cleanly and read what the devices sent.
    let _ = Command::new("kill")
        .args(["-TERM", &sim.id().to_string()])
        .status();
    let _ = sim.wait();
    let mut out = String::new();
    if let Some(mut o) = sim.stdout.take() {
        let _ = o.read_to_string(&mut out);
    }
    let stopped: Value = out
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .rfind(|v| v["event"] == "stopped")
        .unwrap_or_else(|| panic!("no final stats from the simulator: {out}"));

    // Every device ends in exactly one final state, most of them updated.
    assert_eq!(done(), N as i64);
    assert_eq!(
        rig.count("SELECT count(*) FROM jobs WHERE state IN ('succeeded','failed','rejected','timed_out','cancelled')"),
        N as i64
    );
    assert!(
        rig.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'") >= (N as i64) * 95 / 100
    );
    // One applied final status per job at most; each attempt's command sent once.
    assert_eq!(
        rig.count(
            "SELECT count(*) FROM (SELECT job_id FROM status_events WHERE status IN ('done','error','rejected') \
             AND outcome = 'applied' GROUP BY job_id, command_id HAVING count(*) > 1)"
        ),
        0
    );
    assert_eq!(
        rig.count("SELECT count(*) FROM outbox"),
        rig.count("SELECT sum(attempt) FROM jobs")
    );
    // The outage made the first downloads fail; they were retried, not lost.
    assert!(
        rig.count("SELECT count(*) FROM status_events WHERE error_code = 'download_failed'") > 0
    );
    assert!(rig.count("SELECT count(*) FROM jobs WHERE attempt > 1") > 0);
    // The statuses recorded are exactly the distinct ones the devices sent: every
    // repeat of a msg_id (the duplicate knob, and the latest status re-sent when a
    // command is redelivered) is deduped, and there were repeats.
    let sent = |k: &str| {
        stopped[k]
            .as_i64()
            .unwrap_or_else(|| panic!("no {k} in {stopped}"))
    };
    let (all, distinct, repeats) = (
        sent("statuses"),
        sent("distinct_statuses"),
        sent("duplicate_statuses"),
    );
    eprintln!("chaos: statuses sent {all}: {distinct} distinct, {repeats} repeats");
    assert!(repeats > 0, "no status was sent twice: {stopped}");
    assert_eq!(all, distinct + repeats, "{stopped}");
    let by_status: Vec<(String, i64)> = {
        let db = rig.db();
        let mut st = db
            .prepare("SELECT status || ':' || outcome, count(*) FROM status_events GROUP BY 1")
            .expect("sql");
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("q")
            .map(|r| r.expect("row"))
            .collect()
    };
    let short = rig.count(
        "SELECT count(*) FROM (SELECT job_id FROM status_events GROUP BY job_id HAVING count(*) < 8)",
    );
    assert_eq!(
        rig.count("SELECT count(*) FROM (SELECT DISTINCT device_id, msg_id FROM status_events)"),
        distinct,
        "{stopped} {by_status:?} jobs with fewer than 8 statuses: {short}"
    );
    // The audit log: every engine decision once, and the operator's commands.
    assert_eq!(
        rig.count("SELECT count(*) FROM audit WHERE command = 'engine batch passed'"),
        3
    );
    assert_eq!(
        rig.count("SELECT count(*) FROM audit WHERE command = 'engine completed'"),
        1
    );
    for c in ["rollout create", "firmware upload", "fleet import"] {
        assert_eq!(
            rig.count(&format!(
                "SELECT count(*) FROM audit WHERE command = '{c}' AND outcome = 'ok'"
            )),
            1,
            "{c}"
        );
    }
}
