//! Status transitions applied through the store writer (group commit), the hot path
//! of status ingest: each status is deduped by msg_id, decided by the state machine
//! and written with the version guard. Target: >= 200k transitions/s on 2 cores.
//! `benches/compare.sh` runs this beside the sqlite3 CLI executing equivalent SQL.

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use otactl_store::jobs::{self, NewJob, StatusRecord};
use otactl_store::state::{DeviceStatus, JobEvent};
use otactl_store::writer::{WriteOp, Writer, WriterOptions};
use std::path::PathBuf;

const JOBS: usize = 20_000;
const STAGES: [DeviceStatus; 6] = [
    DeviceStatus::Accepted,
    DeviceStatus::Downloading,
    DeviceStatus::Verifying,
    DeviceStatus::Flashing,
    DeviceStatus::Rebooting,
    DeviceStatus::Done,
];

fn prepare() -> (tempfile::TempDir, PathBuf, Vec<StatusRecord>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bench.db");
    let mut conn = otactl_store::open(&path).expect("open");
    let tx = conn.transaction().expect("tx");
    tx.execute_batch(
        "INSERT INTO artifacts (name, version, counter, hw, size, sha256, key_id, manifest, minisig, created_ms)
           VALUES ('ecu', '2.0.0', 2, '[]', 1, 'x', 'K', '{}', '', 0);
         INSERT INTO rollouts (id, artifact_id, selector, policy, state, created_ms, updated_ms)
           VALUES ('r1', 1, '', '{}', 'running', 0, 0);",
    )
    .expect("seed");
    for i in 0..JOBS {
        let id = format!("j{i}");
        tx.execute(
            "INSERT INTO devices (id, hw, created_ms, updated_ms) VALUES (?1, 'stm32f4', 0, 0)",
            [format!("d{i}")],
        )
        .expect("device");
        jobs::insert_job(
            &tx,
            &NewJob {
                id: id.clone(),
                rollout_id: "r1".into(),
                device_id: format!("d{i}"),
                batch: 0,
                target_version: "2.0.0".into(),
                confirm_ms: None,
            },
            0,
        )
        .expect("job");
        jobs::apply_event(
            &tx,
            &id,
            &JobEvent::Enqueue {
                command_id: format!("c{i}"),
            },
            0,
        )
        .expect("enqueue");
    }
    tx.commit().expect("commit");
    let mut statuses = Vec::with_capacity(JOBS * STAGES.len());
    for (s, st) in STAGES.iter().enumerate() {
        for i in 0..JOBS {
            statuses.push(StatusRecord {
                device_id: format!("d{i}"),
                msg_id: format!("m{s}"),
                job_id: format!("j{i}"),
                command_id: format!("c{i}"),
                status: *st,
                progress: None,
                seq: Some(s as u64),
                firmware_version: (*st == DeviceStatus::Done).then(|| "2.0.0".to_string()),
                error_code: None,
                error_message: None,
                device_ts: "2026-11-21T10:00:00Z".into(),
                received_ms: 1,
            });
        }
    }
    (dir, path, statuses)
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("writer");
    g.sample_size(10);
    g.throughput(Throughput::Elements((JOBS * STAGES.len()) as u64));
    g.bench_function("apply_transitions", |b| {
        b.iter_batched(
            prepare,
            |(dir, path, statuses)| {
                let writer = Writer::spawn(&path, WriterOptions::default()).expect("writer");
                for s in statuses {
                    writer.submit(WriteOp::Status(s), None).expect("submit");
                }
                writer.flush().expect("flush");
                let stats = writer.shutdown();
                assert_eq!(stats.failed_batches, 0);
                drop(dir);
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
