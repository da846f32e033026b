//! The job state machine's unit tests (the property tests over generated streams
//! live in `tests/store.rs`).

use super::*;

fn status(cmd: &str, s: DeviceStatus, fw: Option<&str>) -> JobEvent {
    JobEvent::Status {
        command_id: cmd.into(),
        status: s,
        progress: None,
        firmware_version: fw.map(Into::into),
        error_code: None,
    }
}

fn run(job: &mut JobSnapshot, ev: JobEvent) -> Decision {
    let d = apply(job, &ev);
    if let Decision::Apply(n) = &d {
        *job = n.clone();
    }
    d
}

#[test]
fn happy_path_to_succeeded() {
    let mut j = JobSnapshot::new("1.4.2");
    run(
        &mut j,
        JobEvent::Enqueue {
            command_id: "c1".into(),
        },
    );
    run(
        &mut j,
        JobEvent::Published {
            command_id: "c1".into(),
        },
    );
    for s in [
        DeviceStatus::Accepted,
        DeviceStatus::Downloading,
        DeviceStatus::Verifying,
        DeviceStatus::Flashing,
        DeviceStatus::Rebooting,
    ] {
        assert!(matches!(
            run(&mut j, status("c1", s, None)),
            Decision::Apply(_)
        ));
    }
    run(&mut j, status("c1", DeviceStatus::Done, Some("1.4.2")));
    assert_eq!(j.state, JobState::Succeeded);
    assert_eq!(j.attempt, 1);
}

#[test]
fn late_downloading_after_done_stays_done() {
    let mut j = JobSnapshot::new("2");
    run(
        &mut j,
        JobEvent::Enqueue {
            command_id: "c".into(),
        },
    );
    run(&mut j, status("c", DeviceStatus::Done, Some("2")));
    let d = run(&mut j, status("c", DeviceStatus::Downloading, None));
    assert_eq!(
        d,
        Decision::Refuse(Refusal::AlreadyFinal {
            state: JobState::Succeeded
        })
    );
    assert_eq!(j.state, JobState::Succeeded);
}

#[test]
fn done_with_other_version_is_failed_version_mismatch() {
    let mut j = JobSnapshot::new("2.0");
    run(
        &mut j,
        JobEvent::Enqueue {
            command_id: "c".into(),
        },
    );
    run(&mut j, status("c", DeviceStatus::Done, Some("1.9")));
    assert_eq!(j.state, JobState::Failed);
    assert!(
        j.reason
            .as_deref()
            .unwrap_or("")
            .starts_with("version_mismatch")
    );
}

#[test]
fn retry_opens_new_attempt_and_old_statuses_are_stale() {
    let mut j = JobSnapshot::new("2");
    run(
        &mut j,
        JobEvent::Enqueue {
            command_id: "a1".into(),
        },
    );
    run(&mut j, status("a1", DeviceStatus::Error, None));
    assert_eq!(j.state, JobState::Failed);
    run(
        &mut j,
        JobEvent::Retry {
            command_id: "a2".into(),
        },
    );
    assert_eq!((j.state, j.attempt), (JobState::Queued, 2));
    let d = run(&mut j, status("a1", DeviceStatus::Done, Some("2")));
    assert_eq!(d, Decision::Refuse(Refusal::StaleCommand));
    assert_eq!(j.state, JobState::Queued);
}

#[test]
fn rejected_is_never_retried() {
    let mut j = JobSnapshot::new("2");
    run(
        &mut j,
        JobEvent::Enqueue {
            command_id: "a1".into(),
        },
    );
    run(&mut j, status("a1", DeviceStatus::Rejected, None));
    let d = run(
        &mut j,
        JobEvent::Retry {
            command_id: "a2".into(),
        },
    );
    assert!(matches!(d, Decision::Refuse(Refusal::NotRetryable { .. })));
}

#[test]
fn the_devices_own_word_about_its_firmware_closes_the_job() {
    let inv = |v: &str, c| JobEvent::Inventory {
        firmware_version: v.into(),
        counter: c,
        target_counter: 5,
    };
    let mut j = JobSnapshot::new("2");
    run(
        &mut j,
        JobEvent::Enqueue {
            command_id: "c".into(),
        },
    );
    run(&mut j, JobEvent::TimedOut);
    // A late non-final stage changes nothing; the late done closes it, once.
    let d = run(&mut j, status("c", DeviceStatus::Flashing, None));
    assert!(matches!(d, Decision::Refuse(Refusal::AlreadyFinal { .. })));
    run(&mut j, status("c", DeviceStatus::Done, Some("2")));
    assert_eq!(j.state, JobState::Succeeded);
    let d = run(&mut j, status("c", DeviceStatus::Done, Some("2")));
    assert!(matches!(d, Decision::Refuse(Refusal::AlreadyFinal { .. })));
    // Back on the old firmware after done: rolled back, a retryable failure.
    run(&mut j, inv("1", 1));
    assert_eq!(j.state, JobState::RolledBack);
    assert!(j.state.is_failure() && j.state.is_retryable());
    // An inventory showing the target closes a timed-out job; the wrong counter does not.
    let mut k = JobSnapshot::new("2");
    run(
        &mut k,
        JobEvent::Enqueue {
            command_id: "c".into(),
        },
    );
    run(&mut k, JobEvent::TimedOut);
    assert!(matches!(run(&mut k, inv("2", 4)), Decision::Refuse(_)));
    run(&mut k, inv("2", 5));
    assert_eq!(k.state, JobState::Succeeded);
    assert!(k.reason.as_deref().unwrap_or("").starts_with("reconciled"));
    // Excluded: cancelled whatever the failure, never a success.
    let d = run(&mut k, JobEvent::Exclude { reason: "x".into() });
    assert!(matches!(d, Decision::Refuse(_)));
}

#[test]
fn job_states_round_trip_through_their_text() {
    for s in JobState::ALL {
        assert_eq!(s.as_str().parse::<JobState>(), Ok(s));
    }
    assert!("done".parse::<JobState>().is_err());
}

#[test]
fn legacy_status_names_are_accepted() {
    assert_eq!(DeviceStatus::parse("success"), Some(DeviceStatus::Done));
    assert_eq!(
        DeviceStatus::parse("in_progress"),
        Some(DeviceStatus::Accepted)
    );
    assert_eq!(
        DeviceStatus::parse("installing"),
        Some(DeviceStatus::Flashing)
    );
    assert_eq!(DeviceStatus::parse("failed"), Some(DeviceStatus::Error));
    assert_eq!(DeviceStatus::parse("bogus"), None);
}

/// A job of a rollout with confirmation after reboot, at `rebooting` on command c1.
fn rebooting_with_confirmation() -> JobSnapshot {
    let mut j = JobSnapshot::new("2.0");
    j.confirm = true;
    run(
        &mut j,
        JobEvent::Enqueue {
            command_id: "c1".into(),
        },
    );
    run(&mut j, status("c1", DeviceStatus::Rebooting, None));
    assert_eq!(j.state, JobState::Rebooting);
    j
}

fn inventory(fw: &str, counter: u64) -> JobEvent {
    JobEvent::Inventory {
        firmware_version: fw.into(),
        counter,
        target_counter: 7,
    }
}

#[test]
fn with_confirmation_done_waits_for_the_inventory_after_reboot() {
    let mut j = rebooting_with_confirmation();
    run(&mut j, status("c1", DeviceStatus::Done, Some("2.0")));
    assert_eq!(j.state, JobState::DoneUnconfirmed);
    assert!(j.state.is_in_flight() && !j.state.is_final());
    // The same `done` again (a redelivery with another id) changes nothing.
    let again = run(&mut j, status("c1", DeviceStatus::Done, Some("2.0")));
    assert_eq!(again, Decision::Refuse(Refusal::NoChange));
    // An inventory on something else (not older, not the target) does not confirm.
    assert!(matches!(
        run(&mut j, inventory("2.1-rc", 8)),
        Decision::Refuse(_)
    ));
    assert_eq!(j.state, JobState::DoneUnconfirmed);
    run(&mut j, inventory("2.0", 7));
    assert_eq!(j.state, JobState::Succeeded);
    assert_eq!(
        j.reason.as_deref(),
        Some("confirmed: device reports 2.0 (counter 7)")
    );
}

#[test]
fn with_confirmation_an_older_inventory_after_done_is_a_rollback() {
    let mut j = rebooting_with_confirmation();
    run(&mut j, status("c1", DeviceStatus::Done, Some("2.0")));
    run(&mut j, inventory("1.9", 6));
    assert_eq!(j.state, JobState::RolledBack);
    assert!(j.state.is_failure() && j.state.is_retryable());
}

#[test]
fn with_confirmation_no_inventory_within_the_timeout_is_a_failure() {
    let mut j = rebooting_with_confirmation();
    let early = run(
        &mut j,
        JobEvent::Unconfirmed {
            after: "10m".into(),
        },
    );
    assert!(matches!(
        early,
        Decision::Refuse(Refusal::NotApplicable { .. })
    ));
    run(&mut j, status("c1", DeviceStatus::Done, Some("2.0")));
    run(
        &mut j,
        JobEvent::Unconfirmed {
            after: "10m".into(),
        },
    );
    assert_eq!(j.state, JobState::Failed);
    assert_eq!(
        j.reason.as_deref(),
        Some("unconfirmed: no inventory on 2.0 within 10m of done")
    );
    // The device's word still decides: a later inventory on the target closes it.
    run(&mut j, inventory("2.0", 7));
    assert_eq!(j.state, JobState::Succeeded);
}

#[test]
fn a_late_done_after_a_timeout_still_waits_for_its_confirmation() {
    let mut j = rebooting_with_confirmation();
    run(&mut j, JobEvent::TimedOut);
    run(&mut j, status("c1", DeviceStatus::Done, Some("2.0")));
    assert_eq!(j.state, JobState::DoneUnconfirmed);
}

#[test]
fn an_error_with_code_rolled_back_is_a_rollback_confirmation_or_not() {
    for confirm in [false, true] {
        let mut j = JobSnapshot::new("2.0");
        j.confirm = confirm;
        run(
            &mut j,
            JobEvent::Enqueue {
                command_id: "c1".into(),
            },
        );
        run(&mut j, status("c1", DeviceStatus::Rebooting, None));
        let ev = |code: &str| JobEvent::Status {
            command_id: "c1".into(),
            status: DeviceStatus::Error,
            progress: None,
            firmware_version: None,
            error_code: Some(code.into()),
        };
        run(&mut j, ev(ROLLED_BACK));
        assert_eq!(j.state, JobState::RolledBack, "confirm {confirm}");
        assert_eq!(j.reason.as_deref(), Some("rolled_back"));
        // Any other code stays a plain failure.
        let mut k = JobSnapshot::new("2.0");
        run(
            &mut k,
            JobEvent::Enqueue {
                command_id: "c1".into(),
            },
        );
        run(&mut k, ev("install_failed"));
        assert_eq!(k.state, JobState::Failed);
    }
}

#[test]
fn without_confirmation_done_is_success_at_once() {
    let mut j = rebooting_with_confirmation();
    j.confirm = false;
    run(&mut j, status("c1", DeviceStatus::Done, Some("2.0")));
    assert_eq!(j.state, JobState::Succeeded);
}
