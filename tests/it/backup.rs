//! `store backup` while the engine runs a 1,000-device rollout against a real
//! Mosquitto and simulator: the copy passes `integrity_check`, opens as a store, and
//! holds exactly the rows the source had at the moment of its snapshot.

use crate::common::arg;
use crate::e2e::Field;
use otactl_store::rusqlite::{Connection, OpenFlags};
use std::collections::{BTreeMap, BTreeSet};
use std::process::Stdio;
use std::time::{Duration, Instant};

fn status_keys(path: &std::path::Path) -> BTreeSet<(String, String)> {
    let c = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open");
    let mut st = c
        .prepare("SELECT device_id, msg_id FROM status_events")
        .expect("sql");
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("rows")
        .map(|r| r.expect("row"))
        .collect()
}

#[test]
fn a_backup_under_a_running_engine_is_whole_and_consistent() {
    let f = Field::new(1000, &[]);
    let r = &f.rig;
    r.create("big", &["--batches", "100%", "--success-threshold", "50%"]);
    let url = f.url();
    let mut engine = r
        .cmd(&[
            "rollout",
            "run",
            "big",
            "--artifact-url",
            &url,
            "--tick",
            "50ms",
            "--max-duration",
            "120s",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("engine");
    // Back up once devices are answering: the engine is writing statuses then.
    let t0 = Instant::now();
    while r.count("SELECT count(*) FROM status_events") < 50 {
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "no statuses arrived"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let copy = r.env.path("backup.db");
    let v = r.env.run_json(["store", "backup", arg(&copy)]);
    let reported: BTreeMap<String, u64> =
        serde_json::from_value(v["tables"].clone()).expect("tables");
    let _ = engine.wait();

    // The copy passes integrity_check and has no WAL of its own to go missing.
    let c = Connection::open_with_flags(&copy, OpenFlags::SQLITE_OPEN_READ_ONLY).expect("open");
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |x| x.get(0))
        .expect("check");
    assert_eq!(ok, "ok");
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |x| x.get(0))
        .expect("mode");
    assert_eq!(mode, "delete");
    // Every table, with exactly the rows the snapshot counted.
    let mut copied = BTreeMap::new();
    for t in reported.keys() {
        let n: i64 = c
            .query_row(&format!("SELECT count(*) FROM \"{t}\""), [], |x| x.get(0))
            .expect(t);
        copied.insert(t.clone(), n as u64);
    }
    drop(c);
    assert_eq!(copied, reported);
    assert_eq!(reported.get("devices"), Some(&1000));
    assert_eq!(reported.get("jobs"), Some(&1000));
    assert!(reported.get("status_events").is_some_and(|n| *n >= 50));
    // A snapshot of the source: every status it holds is one the source has (rows are
    // never deleted from status_events), and the source went on after it.
    let in_copy = status_keys(&copy);
    let in_source = status_keys(&r.env.store());
    assert!(in_copy.is_subset(&in_source));
    assert!(in_source.len() >= in_copy.len());

    // It opens as a store, read by the commands as any other.
    let fleet = r.env.run_json(["fleet", "list", "--store", arg(&copy)]);
    assert_eq!(fleet.as_array().map(Vec::len), Some(1000));
    r.env
        .run(["rollout", "status", "big", "--store", arg(&copy)])
        .success();
    // And it restores into another store with the same rows.
    let other = r.env.path("restored/store.db");
    r.env
        .run([
            "store",
            "restore",
            arg(&copy),
            "--yes",
            "--store",
            arg(&other),
        ])
        .success();
    assert_eq!(status_keys(&other), in_copy);
    // Never overwritten.
    assert_eq!(r.env.run(["store", "backup", arg(&copy)]).code, 3);
}
