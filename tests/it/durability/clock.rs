//! Timeouts that mean silence: a device that keeps reporting is not timed out, a clock
//! stepped (libfaketime) while the engine is stopped times nobody out whose `done`
//! waits at the broker, and an offline device waits its grace, then ends unreachable.

use super::{Fleet, terminate, wait_exit, wait_until};
use crate::common::mosquitto::Mosquitto;
use crate::engine::Rig;
use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn a_device_that_reports_longer_than_the_device_timeout_but_never_falls_silent_succeeds() {
    let n = 3;
    let (_broker, r, mut fleet) = super::site(n, "3s");
    let engine = r
        .cmd(&["rollout", "run", "r1", "--tick", "100ms"])
        .stderr(Stdio::piped())
        .spawn()
        .map(super::Running::new)
        .expect("spawn");
    let cmds = fleet.commands(n, Duration::from_secs(30));
    for c in &cmds {
        fleet.status(c, "accepted", None, None);
        fleet.status(c, "downloading", Some(50), None);
    }
    // Nine seconds of "still at 50%" every second: three device timeouts long, never
    // three seconds silent. (Each repeat changes nothing in the job: it is a word
    // from the device all the same.)
    for _ in 0..9 {
        std::thread::sleep(Duration::from_secs(1));
        for c in &cmds {
            fleet.status(c, "downloading", Some(50), None);
        }
    }
    fleet.all_done(&cmds);
    let out = wait_exit(engine, Duration::from_secs(30));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(
        r.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'"),
        n as i64
    );
    assert_eq!(
        r.count("SELECT count(*) FROM jobs WHERE attempt <> 1 OR reason IS NOT NULL"),
        0,
        "nobody timed out or retried"
    );
}

fn libfaketime() -> String {
    [
        "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
        "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
        "/usr/lib/faketime/libfaketime.so.1",
        "/usr/lib64/faketime/libfaketime.so.1",
    ]
    .into_iter()
    .find(|p| std::path::Path::new(p).exists())
    .expect("libfaketime is missing: apt-get install faketime (.ci/run does)")
    .to_string()
}

#[test]
fn a_clock_stepped_an_hour_while_dones_wait_at_the_broker_times_nobody_out() {
    let n = 5;
    let (_broker, r, mut fleet) = super::site(n, "5m");
    // The engine's wall clock comes from this file (re-read on every call); its
    // monotonic clock is the machine's, as under a real NTP step.
    let offset = r.env.write("faketime", "+0");
    let preload = format!("LD_PRELOAD={}", libfaketime());
    let file = format!("FAKETIME_TIMESTAMP_FILE={}", offset.display());
    let engine = r
        .env
        .std_cmd_under(
            "env",
            &[
                &preload,
                &file,
                "FAKETIME_NO_CACHE=1",
                "FAKETIME_DONT_FAKE_MONOTONIC=1",
            ],
        )
        .args(["rollout", "run", "r1", "--tick", "100ms"])
        .stderr(Stdio::piped())
        .spawn()
        .map(super::Running::new)
        .expect("spawn");
    let cmds = fleet.commands(n, Duration::from_secs(30));
    assert!(wait_until(Duration::from_secs(10), || {
        r.count("SELECT count(*) FROM jobs WHERE state = 'sent'") == n as i64
    }));
    // Stopped (as a laptop lid closes), the clock stepped an hour, and every device's
    // `done` waits at the broker meanwhile.
    let pid = engine.id().to_string();
    let signal = |s: &str| {
        assert!(
            Command::new("kill")
                .args([s, &pid])
                .status()
                .is_ok_and(|st| st.success())
        );
    };
    signal("-STOP");
    std::fs::write(&offset, "+1h").expect("step the clock");
    fleet.all_done(&cmds);
    std::thread::sleep(Duration::from_secs(6));
    signal("-CONT");
    let out = wait_exit(engine, Duration::from_secs(60));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(
        r.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'"),
        n as i64,
        "{err}"
    );
    assert_eq!(
        r.count("SELECT count(*) FROM status_events WHERE outcome LIKE 'refused%'"),
        0,
        "a done was refused: {err}"
    );
}

#[test]
fn a_retained_offline_presence_ends_the_job_unreachable_after_the_grace() {
    let m = Mosquitto::start();
    let r = Rig::new(m.port, 2);
    // Retained before the engine starts: T0000 went out of coverage, and a stray
    // presence names a device this store never imported.
    for (dev, what) in [("T0000", "offline"), ("GHOST-9", "offline")] {
        let ok = Command::new("mosquitto_pub")
            .args(["-p", &m.port.to_string(), "-q", "1", "-r"])
            .args(["-t", &format!("fleet/{dev}/presence"), "-m", what])
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "mosquitto_pub");
    }
    r.create(
        "r1",
        &[
            "--batches",
            "100%",
            "--device-timeout",
            "1h",
            "--offline-grace",
            "3s",
        ],
    );
    let mut fleet = Fleet::connect(m.port);
    let engine = r
        .cmd(&["rollout", "run", "r1", "--tick", "100ms"])
        .stderr(Stdio::piped())
        .spawn()
        .map(super::Running::new)
        .expect("spawn");
    let cmds = fleet.commands(2, Duration::from_secs(30));
    fleet.all_done(
        &cmds
            .iter()
            .filter(|c| c.device == "T0001")
            .cloned()
            .collect::<Vec<_>>(),
    );
    let ended = wait_until(Duration::from_secs(30), || {
        r.count("SELECT count(*) FROM jobs WHERE device_id = 'T0000' AND state = 'timed_out'") == 1
    });
    let out = terminate(engine);
    assert!(ended, "{}", String::from_utf8_lossy(&out.stderr));
    let reason: String = r
        .db()
        .query_row(
            "SELECT reason FROM jobs WHERE device_id = 'T0000'",
            [],
            |row| row.get(0),
        )
        .expect("reason");
    assert_eq!(reason, "unreachable");
    assert_eq!(
        r.count("SELECT count(*) FROM jobs WHERE device_id = 'T0001' AND state = 'succeeded'"),
        1
    );
    assert_eq!(
        r.count("SELECT count(*) FROM devices WHERE id = 'GHOST-9'"),
        0,
        "presence alone made a device"
    );
    assert_eq!(r.count("SELECT count(*) FROM devices"), 2);
}
