//! One run of the writer hot path, printing wall time and process CPU time, for quick
//! A/B checks of schema and writer changes (the criterion bench is the reference).

use otactl_store::jobs::{self, NewJob, StatusRecord};
use otactl_store::state::{DeviceStatus, JobEvent};
use otactl_store::writer::{WriteOp, Writer, WriterOptions};
use std::time::Instant;

fn cpu_ticks() -> u64 {
    let s = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let rest = s.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let p = |i: usize| f.get(i).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    p(11) + p(12)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let jobs_n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("bench.db");
    let mut conn = otactl_store::open(&path)?;
    let tx = conn.transaction()?;
    tx.execute_batch(
        "INSERT INTO artifacts (name, version, counter, hw, size, sha256, key_id, manifest, minisig, created_ms)
           VALUES ('ecu', '2.0.0', 2, '[]', 1, 'x', 'K', '{}', '', 0);
         INSERT INTO rollouts (id, artifact_id, selector, policy, state, created_ms, updated_ms)
           VALUES ('r1', 1, '', '{}', 'running', 0, 0);",
    )?;
    for i in 0..jobs_n {
        let id = format!("j{i}");
        tx.execute(
            "INSERT INTO devices (id, hw, created_ms, updated_ms) VALUES (?1, 'x', 0, 0)",
            [format!("d{i}")],
        )?;
        jobs::insert_job(
            &tx,
            &NewJob {
                id: id.clone(),
                rollout_id: "r1".into(),
                device_id: format!("d{i}"),
                batch: 0,
                target_version: "2.0.0".into(),
            },
            0,
        )?;
        jobs::apply_event(
            &tx,
            &id,
            &JobEvent::Enqueue {
                command_id: format!("c{i}"),
            },
            0,
        )?;
    }
    tx.commit()?;
    let stages = [
        DeviceStatus::Accepted,
        DeviceStatus::Downloading,
        DeviceStatus::Verifying,
        DeviceStatus::Flashing,
        DeviceStatus::Rebooting,
        DeviceStatus::Done,
    ];
    let mut statuses = Vec::new();
    for (s, st) in stages.iter().enumerate() {
        for i in 0..jobs_n {
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
    let n = statuses.len();
    let c0 = cpu_ticks();
    let t0 = Instant::now();
    let writer = Writer::spawn(&path, WriterOptions::default())?;
    for s in statuses {
        writer.submit(WriteOp::Status(s), None)?;
    }
    writer.flush()?;
    drop(writer);
    let wall = t0.elapsed().as_secs_f64();
    let cpu = (cpu_ticks() - c0) as f64 / 100.0;
    println!(
        "{n} transitions: wall {wall:.3}s ({:.0}/s), cpu {cpu:.2}s ({:.0}/cpu-s)",
        n as f64 / wall,
        n as f64 / cpu
    );
    Ok(())
}
