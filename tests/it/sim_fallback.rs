//! The simulator's devices that fall back after `done` (`--rollback-rate`) and that
//! never come back from their reboot (`--lost-rate`), against the engine and Mosquitto;
//! with and without confirmation after reboot (`rollout create --confirm-timeout`).

use crate::common::wait_for;
use crate::e2e::Field;
use std::time::Duration;

#[test]
fn devices_of_the_rollback_rate_say_done_then_report_their_old_version() {
    let f = Field::new(3, &["--rollback-rate", "1"]);
    f.rig.create("r1", &[]);
    let mut e = f.spawn_run("r1");
    wait_for("three done", Duration::from_secs(30), || {
        f.rig.count("SELECT count(*) FROM status_events WHERE status = 'done' AND firmware_version = '2.0.0'") == 3
    });
    wait_for("old inventories", Duration::from_secs(30), || {
        f.rig
            .count("SELECT count(*) FROM devices WHERE firmware_version = '1.0.0' AND counter = 1")
            == 3
    });
    let _ = e.kill();
    let _ = e.wait();
}

#[test]
fn with_confirmation_devices_that_fall_back_after_done_are_never_counted_succeeded() {
    let f = Field::new(3, &["--rollback-rate", "1"]);
    f.rig
        .create("r1", &["--batches", "100%", "--confirm-timeout", "10m"]);
    let mut e = f.spawn_run("r1");
    wait_for("three rollbacks", Duration::from_secs(30), || {
        f.rig
            .count("SELECT count(*) FROM jobs WHERE state = 'rolled_back'")
            == 3
    });
    // Each went from done_unconfirmed straight to rolled_back: no success was ever
    // recorded (nor audited) for a device that fell back.
    assert_eq!(
        f.rig.count(
            "SELECT count(*) FROM status_events \
             WHERE outcome = 'applied:done_unconfirmed->rolled_back'"
        ),
        3
    );
    assert_eq!(
        f.rig
            .count("SELECT count(*) FROM status_events WHERE outcome LIKE '%->succeeded'"),
        0
    );
    let _ = e.kill();
    let _ = e.wait();
}

#[test]
fn devices_of_the_lost_rate_say_rebooting_and_never_come_back() {
    let f = Field::new(2, &["--lost-rate", "1", "--connection-per-device"]);
    f.rig.create("r1", &["--batches", "100%"]);
    let mut e = f.spawn_run("r1");
    let n = |q: &str| f.rig.count(q);
    wait_for("rebooting", Duration::from_secs(30), || {
        n("SELECT count(*) FROM status_events WHERE status = 'rebooting'") == 2
    });
    wait_for("offline", Duration::from_secs(10), || {
        n("SELECT count(*) FROM devices WHERE presence = 'offline'") == 2
    });
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        f.rig
            .count("SELECT count(*) FROM status_events WHERE status IN ('done', 'error')"),
        0
    );
    let _ = e.kill();
    let _ = e.wait();
}
