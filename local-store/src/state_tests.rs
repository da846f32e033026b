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
