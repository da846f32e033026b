//! The store's integration tests: the state machine's rules over generated status
//! streams (pure and through SQLite), the optimistic lock under many writers, and the
//! writer thread's commit-then-acknowledge contract.

use otactl_store::jobs::{self, Ingested};
use otactl_store::state::{Decision, DeviceStatus, JobEvent, JobSnapshot, JobState, apply};
use otactl_store::writer::{OpResult, WriteOp, Writer, WriterOptions};
use proptest::prelude::*;
use std::collections::HashSet;
use std::sync::{Arc, Mutex};

mod common;

use common::{Msg, TARGET, fresh_store_with_job, record, seed};

/// How an attempt ends on the device, if it ends.
#[derive(Debug, Clone, Copy)]
enum End {
    None,
    DoneOk,
    DoneWrongVersion,
    Error,
    Rejected,
    Cancelled,
}

fn end_strategy() -> impl Strategy<Value = End> {
    prop_oneof![
        Just(End::None),
        Just(End::DoneOk),
        Just(End::DoneWrongVersion),
        Just(End::Error),
        Just(End::Rejected),
        Just(End::Cancelled),
    ]
}

/// What the device truly sent for command `c1`, then the network's version of it:
/// duplicated, with stale messages of an older command mixed in, and shuffled.
#[derive(Debug, Clone)]
struct Scenario {
    sent: Vec<Msg>,
    arrived: Vec<Msg>,
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (
        0usize..=5,
        end_strategy(),
        proptest::collection::vec(0u8..=100, 0..4),
        proptest::collection::vec(any::<prop::sample::Index>(), 0..12),
        0usize..4,
        any::<u64>(),
    )
        .prop_map(|(stages, end, progress, dup_idx, stale, seed)| {
            let mut sent = Vec::new();
            let all = [
                DeviceStatus::Accepted,
                DeviceStatus::Downloading,
                DeviceStatus::Verifying,
                DeviceStatus::Flashing,
                DeviceStatus::Rebooting,
            ];
            let mut n = 0;
            let mut push = |sent: &mut Vec<Msg>, s, p, fw: Option<&str>| {
                n += 1;
                sent.push(Msg {
                    msg_id: format!("m{n}"),
                    command_id: "c1".into(),
                    status: s,
                    progress: p,
                    firmware_version: fw.map(Into::into),
                });
            };
            for (i, s) in all.iter().take(stages).enumerate() {
                push(&mut sent, *s, None, None);
                if i == 1 {
                    let mut ps = progress.clone();
                    ps.sort_unstable();
                    for p in ps {
                        push(&mut sent, DeviceStatus::Downloading, Some(p), None);
                    }
                }
            }
            match end {
                End::None => {}
                End::DoneOk => push(&mut sent, DeviceStatus::Done, None, Some(TARGET)),
                End::DoneWrongVersion => push(&mut sent, DeviceStatus::Done, None, Some("1.0.0")),
                End::Error => push(&mut sent, DeviceStatus::Error, None, None),
                End::Rejected => push(&mut sent, DeviceStatus::Rejected, None, None),
                End::Cancelled => push(&mut sent, DeviceStatus::Cancelled, None, None),
            }
            let mut arrived = sent.clone();
            if !sent.is_empty() {
                for ix in dup_idx {
                    arrived.push(ix.get(&sent).clone());
                }
            }
            for k in 0..stale {
                arrived.push(Msg {
                    msg_id: format!("old{k}"),
                    command_id: "c0".into(),
                    status: if k % 2 == 0 {
                        DeviceStatus::Done
                    } else {
                        DeviceStatus::Error
                    },
                    progress: None,
                    firmware_version: Some(TARGET.into()),
                });
            }
            // Deterministic shuffle from the seed (proptest shrinks the seed too).
            let mut x = seed | 1;
            for i in (1..arrived.len()).rev() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                arrived.swap(i, (x % (i as u64 + 1)) as usize);
            }
            Scenario { sent, arrived }
        })
}

fn expected_final(first_final: &Msg) -> JobState {
    match first_final.status {
        DeviceStatus::Done if first_final.firmware_version.as_deref() == Some(TARGET) => {
            JobState::Succeeded
        }
        DeviceStatus::Done | DeviceStatus::Error => JobState::Failed,
        DeviceStatus::Rejected => JobState::Rejected,
        DeviceStatus::Cancelled => JobState::Cancelled,
        _ => unreachable!("not a final status"),
    }
}

fn is_final_status(s: DeviceStatus) -> bool {
    matches!(
        s,
        DeviceStatus::Done | DeviceStatus::Error | DeviceStatus::Rejected | DeviceStatus::Cancelled
    )
}

fn status_event(m: &Msg) -> JobEvent {
    JobEvent::Status {
        command_id: m.command_id.clone(),
        status: m.status,
        progress: m.progress,
        firmware_version: m.firmware_version.clone(),
        error_code: None,
    }
}

/// Checks the rules over the sequence of states a job went through.
fn check_rules(sc: &Scenario, states: &[JobState], finals_recorded: usize, end: JobState) {
    for w in states.windows(2) {
        assert!(
            w[1].rank() >= w[0].rank(),
            "stage moved back: {w:?} in {sc:?}"
        );
        assert!(
            !w[0].is_final() || w[0] == w[1],
            "final state changed: {w:?}"
        );
    }
    assert!(
        finals_recorded <= 1,
        "a final state was recorded {finals_recorded} times"
    );
    let first_final = sc
        .arrived
        .iter()
        .find(|m| m.command_id == "c1" && is_final_status(m.status));
    match first_final {
        Some(m) => assert_eq!(end, expected_final(m), "scenario {sc:?}"),
        None => {
            // No final word: the job is at the furthest stage the device reported.
            let furthest = sc
                .sent
                .iter()
                .map(|m| match m.status {
                    DeviceStatus::Accepted => JobState::Accepted,
                    DeviceStatus::Downloading => JobState::Downloading,
                    DeviceStatus::Verifying => JobState::Verifying,
                    DeviceStatus::Flashing => JobState::Flashing,
                    _ => JobState::Rebooting,
                })
                .max_by_key(|s| s.rank())
                .unwrap_or(JobState::Queued);
            assert_eq!(end, furthest, "scenario {sc:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// The pure state machine, with dedupe by msg_id as the store does it.
    #[test]
    fn rules_hold_for_every_stream(sc in scenario()) {
        let mut job = JobSnapshot::new(TARGET);
        let Decision::Apply(j) = apply(&job, &JobEvent::Enqueue { command_id: "c1".into() }) else {
            panic!("enqueue refused");
        };
        job = j;
        let mut seen = HashSet::new();
        let mut states = vec![job.state];
        let mut finals = 0;
        for m in &sc.arrived {
            if !seen.insert(m.msg_id.clone()) {
                continue;
            }
            let before = job.state;
            match apply(&job, &status_event(m)) {
                Decision::Apply(next) => {
                    prop_assert_ne!(m.command_id.as_str(), "c0", "a stale command moved the job");
                    if next.state.is_final() && !before.is_final() {
                        finals += 1;
                    }
                    job = next;
                }
                Decision::Refuse(r) => {
                    prop_assert!(!r.code().is_empty());
                }
            }
            states.push(job.state);
        }
        check_rules(&sc, &states, finals, job.state);
    }

    /// The same rules through SQLite: duplicates are no-ops at the unique index, every
    /// arrival is recorded once with its outcome.
    #[test]
    fn rules_hold_through_the_store(sc in scenario()) {
        let conn = fresh_store_with_job();
        let mut states = vec![JobState::Queued];
        let mut finals = 0;
        let mut unique = HashSet::new();
        for m in &sc.arrived {
            unique.insert(m.msg_id.clone());
            let r = jobs::ingest_status(&conn, &record(m)).expect("ingest");
            if let Ingested::Applied { from, to } = &r {
                prop_assert_ne!(m.command_id.as_str(), "c0");
                if to.is_final() && !from.is_final() {
                    finals += 1;
                }
            }
            states.push(jobs::get_job(&conn, "j1").expect("read").expect("job").state);
        }
        let end = *states.last().unwrap_or(&JobState::Queued);
        check_rules(&sc, &states, finals, end);
        let (rows, empty_outcomes): (i64, i64) = conn
            .query_row(
                "SELECT count(*), sum(outcome = '') FROM status_events",
                [],
                |r| Ok((r.get(0)?, r.get::<_, Option<i64>>(1)?.unwrap_or(0))),
            )
            .expect("count");
        prop_assert_eq!(rows as usize, unique.len());
        prop_assert_eq!(empty_outcomes, 0);
    }
}

/// Any event but a retry, as the network, the engine and the inventory may bring them.
fn any_event() -> impl Strategy<Value = (JobEvent, bool)> {
    let statuses = [
        DeviceStatus::Accepted,
        DeviceStatus::Downloading,
        DeviceStatus::Flashing,
        DeviceStatus::Done,
        DeviceStatus::Error,
        DeviceStatus::Rejected,
        DeviceStatus::Cancelled,
    ];
    prop_oneof![
        (0usize..7, any::<bool>(), any::<bool>()).prop_map(move |(i, stale, right)| {
            let cmd = if stale { "c0" } else { "c1" };
            (
                JobEvent::Status {
                    command_id: cmd.into(),
                    status: statuses[i],
                    progress: None,
                    firmware_version: Some(if right { TARGET } else { "1.0.0" }.into()),
                    error_code: None,
                },
                stale,
            )
        }),
        Just((JobEvent::TimedOut, false)),
        Just((JobEvent::Unconfirmed { after: "1s".into() }, false)),
        Just((
            JobEvent::Status {
                command_id: "c1".into(),
                status: DeviceStatus::Error,
                progress: None,
                firmware_version: None,
                error_code: Some(otactl_store::state::ROLLED_BACK.into()),
            },
            false
        )),
        Just((JobEvent::Cancel { reason: "x".into() }, false)),
        Just((JobEvent::Undeliverable { reason: "x".into() }, false)),
        (0u64..4, any::<bool>()).prop_map(|(counter, right)| (
            JobEvent::Inventory {
                firmware_version: if right { TARGET } else { "1.0.0" }.into(),
                counter,
                target_counter: 2,
            },
            false
        )),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// A late `done` of the current attempt after a timeout is applied once; a final
    /// state is left only by the device's own word about its firmware (late done or
    /// inventory: timed out or failed to succeeded, succeeded to rolled back); the
    /// statuses of older attempts change nothing. With confirmation after reboot only
    /// an inventory makes a success; without it nothing is ever done_unconfirmed.
    #[test]
    fn only_the_devices_own_word_leaves_a_final_state(
        events in proptest::collection::vec(any_event(), 0..30),
        confirm in any::<bool>(),
    ) {
        let mut start = JobSnapshot::new(TARGET);
        start.confirm = confirm;
        let Decision::Apply(mut job) = apply(&start, &JobEvent::Enqueue { command_id: "c1".into() }) else {
            panic!("enqueue refused");
        };
        let mut late_done = 0;
        for (ev, stale) in &events {
            let before = job.state;
            if let Decision::Apply(next) = apply(&job, ev) {
                prop_assert!(!stale, "a status of an older attempt moved the job: {ev:?}");
                if before.is_final() {
                    let allowed = match (before, next.state) {
                        (JobState::TimedOut, JobState::Succeeded | JobState::DoneUnconfirmed) => {
                            if matches!(ev, JobEvent::Status { .. }) {
                                late_done += 1;
                            }
                            true
                        }
                        (JobState::Failed, JobState::Succeeded) => matches!(ev, JobEvent::Inventory { .. }),
                        (JobState::Succeeded, JobState::RolledBack) => matches!(ev, JobEvent::Inventory { .. }),
                        _ => false,
                    };
                    prop_assert!(allowed, "{before} left for {} by {ev:?}", next.state);
                    prop_assert!(next.state != before);
                }
                if next.state == JobState::Succeeded {
                    prop_assert_eq!(next.target_version.as_str(), TARGET);
                    if confirm && before != JobState::Succeeded {
                        prop_assert!(matches!(ev, JobEvent::Inventory { .. }), "{before} succeeded by {ev:?}");
                    }
                }
                prop_assert!(confirm || next.state != JobState::DoneUnconfirmed);
                job = next;
            }
        }
        prop_assert!(late_done <= 1, "a late done applied {late_done} times");
    }

    /// A job that timed out ends succeeded on the first `done` of its current attempt
    /// that comes after, whatever else (stale, duplicate) arrives around it.
    #[test]
    fn a_late_done_of_the_current_attempt_closes_a_timed_out_job(sc in scenario(), cut in any::<prop::sample::Index>()) {
        let Decision::Apply(mut job) = apply(&JobSnapshot::new(TARGET), &JobEvent::Enqueue { command_id: "c1".into() }) else {
            panic!("enqueue refused");
        };
        let at = if sc.arrived.is_empty() { 0 } else { cut.index(sc.arrived.len() + 1) };
        let mut seen = HashSet::new();
        let mut timed_out = false;
        for (i, m) in sc.arrived.iter().enumerate() {
            if i == at
                && !job.state.is_final()
                && let Decision::Apply(n) = apply(&job, &JobEvent::TimedOut)
            {
                job = n;
                timed_out = true;
            }
            if !seen.insert(m.msg_id.clone()) { continue; }
            if let Decision::Apply(n) = apply(&job, &status_event(m)) { job = n; }
        }
        if timed_out {
            let after: Vec<&Msg> = sc.arrived[at..].iter().collect();
            let late_ok = after.iter().any(|m| m.command_id == "c1" && m.status == DeviceStatus::Done && m.firmware_version.as_deref() == Some(TARGET));
            let want = if late_ok { JobState::Succeeded } else { JobState::TimedOut };
            prop_assert_eq!(job.state, want, "{:?} cut at {}", sc, at);
        }
    }
}

#[test]
fn version_guard_never_loses_an_update_under_many_writers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("store.db");
    let conn = otactl_store::open(&path).expect("open");
    seed(&conn);
    drop(conn);
    const THREADS: u32 = 8;
    const EACH: u32 = 150;
    let conflicts = Arc::new(Mutex::new(0u32));
    let handles: Vec<_> = (0..THREADS)
        .map(|_| {
            let path = path.clone();
            let conflicts = conflicts.clone();
            std::thread::spawn(move || {
                let conn = otactl_store::open(&path).expect("open");
                for _ in 0..EACH {
                    let c = jobs::update_guarded(&conn, "j1", 1, |j| {
                        let mut n = j.clone();
                        n.attempt += 1;
                        n
                    })
                    .expect("update");
                    *conflicts.lock().expect("lock") += c;
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("thread");
    }
    let conn = otactl_store::open(&path).expect("open");
    let job = jobs::get_job(&conn, "j1").expect("read").expect("job");
    // Enqueue set attempt 1 and version 1; every update added exactly one to each.
    assert_eq!(job.attempt, 1 + THREADS * EACH);
    assert_eq!(job.version, 1 + i64::from(THREADS * EACH));
    eprintln!(
        "version conflicts retried: {}",
        conflicts.lock().expect("lock")
    );
}

#[test]
fn writer_acknowledges_only_after_commit_and_dedupes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("store.db");
    let conn = otactl_store::open(&path).expect("open");
    seed(&conn);
    let writer = Writer::spawn(&path, WriterOptions::default()).expect("writer");
    let reader = otactl_store::open(&path).expect("reader");
    let seen = Arc::new(Mutex::new(Vec::new()));
    let msgs = [
        ("m1", DeviceStatus::Accepted),
        ("m2", DeviceStatus::Downloading),
        ("m2", DeviceStatus::Downloading),
        ("m3", DeviceStatus::Done),
    ];
    for (id, st) in msgs {
        let m = Msg {
            msg_id: id.into(),
            command_id: "c1".into(),
            status: st,
            progress: None,
            firmware_version: Some(TARGET.into()),
        };
        let seen = seen.clone();
        let path = path.clone();
        writer
            .submit(
                WriteOp::Status(record(&m)),
                Some(Box::new(move |r| {
                    // At acknowledgement time another connection already sees the row.
                    let c = otactl_store::open(&path).expect("open");
                    let n: i64 = c
                        .query_row(
                            "SELECT count(*) FROM status_events WHERE msg_id = ?1",
                            [id],
                            |r| r.get(0),
                        )
                        .expect("count");
                    seen.lock().expect("lock").push((id, r, n));
                })),
            )
            .expect("submit");
    }
    writer.flush().expect("flush");
    let seen = seen.lock().expect("lock");
    assert_eq!(seen.len(), 4);
    for (_, r, n) in seen.iter() {
        assert_eq!(*n, 1, "acknowledged before commit");
        assert!(r.is_ok());
    }
    assert_eq!(seen[2].1, Ok(OpResult::Status(Ingested::Duplicate)));
    let job = jobs::get_job(&reader, "j1").expect("read").expect("job");
    assert_eq!(job.state, JobState::Succeeded);
    assert!(job.finished_ms.is_some());
    drop(writer);
}

/// The writer caches job rows; a retry written by another connection (the operator's
/// `rollout retry-failed`) must not make the new attempt's statuses look stale.
#[test]
fn a_job_moved_by_another_writer_is_decided_on_its_stored_row() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("store.db");
    let other = otactl_store::open(&path).expect("open");
    seed(&other);
    let writer = Writer::spawn(&path, WriterOptions::default()).expect("writer");
    let status = |id: &str, cmd: &str, st: DeviceStatus| {
        let m = Msg {
            msg_id: id.into(),
            command_id: cmd.into(),
            status: st,
            progress: None,
            firmware_version: Some(TARGET.into()),
        };
        match writer.apply_blocking(WriteOp::Status(record(&m))) {
            Ok(OpResult::Status(i)) => i,
            r => panic!("{r:?}"),
        }
    };
    // The writer reads j1 (and caches it) while the first attempt fails.
    assert!(matches!(
        status("m1", "c1", DeviceStatus::Error),
        Ingested::Applied { .. }
    ));
    // Another connection opens attempt 2 with command c2.
    let moved = jobs::apply_event(
        &other,
        "j1",
        &JobEvent::Retry {
            command_id: "c2".into(),
        },
        5,
    )
    .expect("retry");
    assert!(matches!(moved, jobs::Applied::Changed { .. }));
    // Its statuses apply, though the cached row still names c1 and `failed`.
    assert_eq!(
        status("m2", "c2", DeviceStatus::Accepted),
        Ingested::Applied {
            from: JobState::Queued,
            to: JobState::Accepted
        }
    );
    // And the old attempt's late status is still refused as stale.
    assert_eq!(
        status("m3", "c1", DeviceStatus::Done),
        Ingested::Refused(otactl_store::RefusalCode::Refused(
            otactl_store::Refusal::StaleCommand
        ))
    );
}
