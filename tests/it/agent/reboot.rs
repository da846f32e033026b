//! After the reboot an install hook asked for: the health hook decides between
//! `done` and the fallback, which the operator records as `rolled_back` and counts
//! against the abort threshold. With confirmation after reboot on, `done` counts only
//! once the device's inventory shows the target.

use super::{ABORT_ON_ONE, Truck, exit_code, image, wait_for};
use crate::common::mosquitto::Mosquitto;
use std::time::Duration;

/// The install hook asks for a reboot (exit 10); the agent reports `rebooting` and
/// exits 10; restarted, it runs the health hook and reports what it found. Returns
/// the truck and the engine's exit code.
fn reboot_with_health(health: &str, create: &[&str]) -> (Truck, i32) {
    let mut t = Truck::new(1, image(16 * 1024), None);
    let hook = t.hook("install.sh", "exit 10");
    let health = t.hook("health.sh", health);
    let mut first = t.agent("T0000", &hook, &[]);
    t.wait_connected("T0000", 1);
    t.rig.create("r1", create);
    let mut engine = t.spawn_engine("r1");
    assert_eq!(exit_code(&mut first, Duration::from_secs(30)), Some(10));
    wait_for("rebooting recorded", Duration::from_secs(10), || {
        t.count("SELECT count(*) FROM status_events WHERE status = 'rebooting'") == 1
    });
    assert_eq!(
        t.count("SELECT count(*) FROM status_events WHERE status IN ('done', 'error')"),
        0
    );
    let again = t.agent(
        "T0000",
        &hook,
        &["--health-hook", health.to_str().expect("utf-8")],
    );
    t.agents.push(again);
    let code = exit_code(&mut engine, Duration::from_secs(60)).unwrap_or(-1);
    (t, code)
}

#[test]
fn after_a_reboot_a_healthy_image_reports_done_with_its_version() {
    let (t, code) = reboot_with_health("exit 0", &ABORT_ON_ONE);
    assert_eq!(code, 0);
    assert_eq!(
        t.count(
            "SELECT count(*) FROM status_events WHERE status = 'done' \
             AND firmware_version = '2.0.0' AND outcome = 'applied'"
        ),
        1
    );
    assert_eq!(t.job_state("T0000"), "succeeded");
}

#[test]
fn after_a_reboot_a_failing_health_hook_is_recorded_rolled_back_and_aborts_the_rollout() {
    let (t, code) = reboot_with_health(
        "echo 'watchdog: app did not start' >&2\nexit 1",
        &ABORT_ON_ONE,
    );
    let (c, m) = t.error_status();
    assert_eq!(c, "rolled_back");
    assert_eq!(
        m,
        "health check failed, back on 1.0.0: exit 1: watchdog: app did not start"
    );
    // The operator records the fallback as a rollback, not a plain failure...
    assert_eq!(t.job_state("T0000"), "rolled_back");
    // ...and the abort threshold counts it: the rollout is aborted (exit 6).
    assert_eq!(code, 6);
    let (state, reason) = t.rollout();
    assert_eq!(state, "aborted");
    assert!(reason.is_some_and(|r| r.contains("threshold")));
    // It says so in its inventory too: still on 1.0.0.
    wait_for("inventory", Duration::from_secs(10), || {
        t.count("SELECT count(*) FROM devices WHERE firmware_version = '1.0.0'") == 1
    });
}

#[test]
fn with_confirmation_a_healthy_reboot_is_confirmed_by_the_inventory_after_done() {
    let mut create = ABORT_ON_ONE.to_vec();
    create.extend(["--confirm-timeout", "10m"]);
    let (t, code) = reboot_with_health("exit 0", &create);
    assert_eq!(code, 0);
    assert_eq!(t.job_state("T0000"), "succeeded");
    // The `done` made it done_unconfirmed; the inventory that followed confirmed it.
    let outcomes: Vec<(String, String)> = {
        let db = t.rig.db();
        let mut st = db
            .prepare(
                "SELECT status, outcome FROM status_events WHERE device_id = 'T0000' \
                 AND status IN ('done', 'inventory') ORDER BY received_ms, status",
            )
            .expect("query");
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("history")
    };
    assert_eq!(
        outcomes,
        vec![
            ("done".to_string(), "applied".to_string()),
            (
                "inventory".to_string(),
                "applied:done_unconfirmed->succeeded".to_string()
            ),
        ]
    );
    assert_eq!(
        t.job("T0000").1.as_deref(),
        Some("confirmed: device reports 2.0.0 (counter 5)")
    );
}

/// A broker that drops what T0000 publishes on its inventory topic (as a lost
/// message would), then lets it through once [`Mosquitto::reload_acl`] says so.
const NO_INVENTORY: &str = "topic deny fleet/T0000/inventory\ntopic readwrite #\n";
const ALL: &str = "topic readwrite #\n";

#[test]
fn with_confirmation_a_done_is_held_unconfirmed_until_the_inventory_arrives() {
    let broker = Mosquitto::start_with_acl(NO_INVENTORY);
    let mut t = Truck::on(broker, 1, image(16 * 1024), None);
    let hook = t.hook("install.sh", "exit 0");
    t.start_agent("T0000", &hook);
    t.wait_connected("T0000", 1);
    // A device timeout shorter than the hold: the hold is the confirm timeout's.
    t.rig.create(
        "r1",
        &["--confirm-timeout", "10m", "--device-timeout", "1s"],
    );
    let mut engine = t.spawn_engine("r1");
    wait_for("done recorded", Duration::from_secs(30), || {
        t.count("SELECT count(*) FROM status_events WHERE status = 'done'") == 1
    });
    for _ in 0..3 {
        std::thread::sleep(Duration::from_secs(1));
        assert_eq!(t.job_state("T0000"), "done_unconfirmed");
        assert!(
            engine.try_wait().expect("engine").is_none(),
            "the rollout ended"
        );
    }
    let json = t.rig.env.run_json(["rollout", "status", "r1"]);
    assert_eq!(
        json["batches"][0]["states"]["done_unconfirmed"], 1,
        "{json}"
    );
    // The inventory gets through: the agent restarted (a reboot, a reconnect)
    // announces it, and that confirms the `done`.
    t.broker.reload_acl(ALL);
    for mut a in t.agents.drain(..) {
        let _ = a.kill();
        let _ = a.wait();
    }
    t.start_agent("T0000", &hook);
    assert_eq!(exit_code(&mut engine, Duration::from_secs(30)), Some(0));
    assert_eq!(t.job_state("T0000"), "succeeded");
}

#[test]
fn with_confirmation_no_inventory_within_the_confirm_timeout_is_a_failure() {
    let broker = Mosquitto::start_with_acl(NO_INVENTORY);
    let mut t = Truck::on(broker, 1, image(16 * 1024), None);
    let hook = t.hook("install.sh", "exit 0");
    t.start_agent("T0000", &hook);
    t.wait_connected("T0000", 1);
    let mut create = ABORT_ON_ONE.to_vec();
    create.extend(["--confirm-timeout", "2s"]);
    t.rig.create("r1", &create);
    let (code, err) = t.run("r1");
    assert_eq!(code, 6, "{err}");
    assert_eq!(
        t.job("T0000"),
        (
            "failed".to_string(),
            Some("unconfirmed: no inventory on 2.0.0 within 2s of done".to_string())
        )
    );
}
