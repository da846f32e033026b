//! Reconciling jobs with what devices say they run, through SQLite: a downgrade
//! refusal by a device that runs the target is a success; an inventory closes a
//! timed-out job, records a rollback after done, and both stay out of an export.

use otactl_store::jobs::{self, Ingested};
use otactl_store::state::{DeviceStatus, JobEvent, JobState};

mod common;

use common::{Msg, TARGET, fresh_store_with_job, record};

#[test]
fn a_downgrade_refusal_by_a_device_that_runs_the_target_is_a_success() {
    let conn = fresh_store_with_job();
    let mut m = record(&Msg {
        msg_id: "r1".into(),
        command_id: "c1".into(),
        status: DeviceStatus::Rejected,
        progress: None,
        firmware_version: None,
    });
    m.error_code = Some("downgrade".into());
    conn.execute(
        "UPDATE devices SET firmware_version = '2.0.0', counter = 2",
        [],
    )
    .expect("inventory");
    let r = jobs::ingest_status(&conn, &m).expect("ingest");
    assert_eq!(
        r,
        Ingested::Applied {
            from: JobState::Queued,
            to: JobState::Succeeded
        }
    );
    let audited: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit WHERE command = 'engine reconciled'",
            [],
            |r| r.get(0),
        )
        .expect("audit");
    assert_eq!(audited, 1);
}

#[test]
fn an_inventory_reconciles_and_a_rollback_after_done_is_recorded() {
    use otactl_store::fleet::Inventory;
    let conn = fresh_store_with_job();
    jobs::apply_event(&conn, "j1", &JobEvent::TimedOut, 5).expect("timeout");
    let inv = |v: &str, c| Inventory {
        device_id: "truck-1".into(),
        hw: "stm32f4".into(),
        firmware_version: v.into(),
        counter: c,
        now_ms: 10,
        device_ts_ms: None,
        retained: false,
    };
    assert!(
        otactl_store::reconcile::on_inventory(&conn, &inv("1.0.0", 1))
            .expect("old")
            .is_empty()
    );
    assert_eq!(
        otactl_store::reconcile::on_inventory(&conn, &inv(TARGET, 2)).expect("target"),
        vec!["j1".to_string()]
    );
    let j = jobs::get_job(&conn, "j1").expect("read").expect("job");
    assert_eq!(j.state, JobState::Succeeded);
    otactl_store::reconcile::on_inventory(&conn, &inv("1.0.0", 1)).expect("rollback");
    let j = jobs::get_job(&conn, "j1").expect("read").expect("job");
    assert_eq!(j.state, JobState::RolledBack);
    let history: Vec<String> = jobs::status_history(&conn, "truck-1", 10)
        .expect("history")
        .into_iter()
        .map(|e| e.outcome)
        .collect();
    assert_eq!(
        history.len(),
        2,
        "both changes are in the device's history: {history:?}"
    );
    assert!(history.contains(&"applied:timed_out->succeeded".to_string()));
    assert!(history.contains(&"applied:succeeded->rolled_back".to_string()));
    // Nothing of it leaves the store as a device status on export.
    let b = otactl_store::transfer::export(&conn, None).expect("export");
    assert!(b.statuses.is_empty());
}

#[test]
fn no_retry_for_a_device_whose_inventory_shows_the_target() {
    let conn = fresh_store_with_job();
    jobs::apply_event(&conn, "j1", &JobEvent::TimedOut, 5).expect("timeout");
    // Still on the old image: the retry goes out.
    assert!(!otactl_store::reconcile::close_if_runs_target(&conn, "j1", 6).expect("check"));
    conn.execute(
        "UPDATE devices SET firmware_version = '2.0.0', counter = 2",
        [],
    )
    .expect("inventory");
    assert!(otactl_store::reconcile::close_if_runs_target(&conn, "j1", 7).expect("close"));
    let j = jobs::get_job(&conn, "j1").expect("read").expect("job");
    assert_eq!((j.state, j.attempt), (JobState::Succeeded, 1));
}

#[test]
fn an_old_word_after_done_is_not_a_rollback() {
    use otactl_store::fleet::Inventory;
    let conn = fresh_store_with_job();
    let mut done = record(&Msg {
        msg_id: "d".into(),
        command_id: "c1".into(),
        status: DeviceStatus::Done,
        progress: None,
        firmware_version: Some(TARGET.into()),
    });
    done.device_ts = "2026-11-21T10:00:00Z".into();
    jobs::ingest_status(&conn, &done).expect("done");
    let old = Inventory {
        device_id: "truck-1".into(),
        hw: "stm32f4".into(),
        firmware_version: "1.0.0".into(),
        counter: 1,
        now_ms: 20,
        // Said before the done, by the device's own clock (a redelivery).
        device_ts_ms: Some(1_795_255_199_000),
        retained: false,
    };
    otactl_store::reconcile::on_inventory(&conn, &old).expect("old");
    // Delivered as retained when the operator subscribed.
    let retained = Inventory {
        device_ts_ms: None,
        retained: true,
        ..old.clone()
    };
    otactl_store::reconcile::on_inventory(&conn, &retained).expect("retained");
    let j = jobs::get_job(&conn, "j1").expect("read").expect("job");
    assert_eq!(j.state, JobState::Succeeded);
    // Said after the done: rolled back.
    let later = Inventory {
        device_ts_ms: Some(1_795_255_201_000),
        ..old
    };
    otactl_store::reconcile::on_inventory(&conn, &later).expect("later");
    let j = jobs::get_job(&conn, "j1").expect("read").expect("job");
    assert_eq!(j.state, JobState::RolledBack);
}

#[test]
fn with_confirmation_only_an_inventory_said_after_done_confirms_it() {
    use otactl_store::fleet::Inventory;
    let conn = fresh_store_with_job();
    conn.execute("UPDATE jobs SET confirm_ms = 600000 WHERE id = 'j1'", [])
        .expect("confirmation on");
    // `record` puts the device's clock at 2026-11-21T10:00:00Z.
    let done_ms = 1_795_255_200_000;
    let mut done = record(&Msg {
        msg_id: "d1".into(),
        command_id: "c1".into(),
        status: DeviceStatus::Done,
        progress: None,
        firmware_version: Some(TARGET.into()),
    });
    done.received_ms = 5;
    assert_eq!(
        jobs::ingest_status(&conn, &done).expect("done"),
        Ingested::Applied {
            from: JobState::Queued,
            to: JobState::DoneUnconfirmed
        }
    );
    let inv = |ts: i64, retained: bool| Inventory {
        device_id: "truck-1".into(),
        hw: "stm32f4".into(),
        firmware_version: TARGET.into(),
        counter: 2,
        now_ms: 10,
        device_ts_ms: Some(ts),
        retained,
    };
    let state = || {
        jobs::get_job(&conn, "j1")
            .expect("read")
            .expect("job")
            .state
    };
    // A retained inventory (from before we subscribed) and one the device said
    // before its `done` are not the word after the reboot.
    for (ts, retained) in [(done_ms + 1000, true), (done_ms - 1, false)] {
        let changed = otactl_store::reconcile::on_inventory(&conn, &inv(ts, retained));
        assert!(changed.expect("inventory").is_empty(), "{ts} {retained}");
        assert_eq!(state(), JobState::DoneUnconfirmed);
    }
    // Said in the same millisecond as the `done` (as the agent does): confirmed.
    let changed = otactl_store::reconcile::on_inventory(&conn, &inv(done_ms, false));
    assert_eq!(changed.expect("inventory"), vec!["j1".to_string()]);
    assert_eq!(state(), JobState::Succeeded);
    let reason = jobs::get_job(&conn, "j1")
        .expect("read")
        .expect("job")
        .reason;
    assert_eq!(
        reason.as_deref(),
        Some("confirmed: device reports 2.0.0 (counter 2)")
    );
}
