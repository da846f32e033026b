//! `store export | import` between two real stores: importing twice gives the same
//! store as importing once, statuses are counted once, and a corrupt or foreign file
//! is refused with nothing changed.

use crate::common::{Env, fleet_csv, run};
use otactl_store::DeviceStatus;
use otactl_store::jobs::{StatusRecord, ingest_status};
use otactl_store::rusqlite::Connection;
use serde_json::Value;

fn ok(env: &Env, args: &[&str]) -> String {
    let mut c = env.cmd();
    c.args(args);
    let (code, out, err) = run(c);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

/// The store's content as an export sees it (the data part, without timestamps).
fn content(env: &Env) -> Value {
    let v: Value = serde_json::from_str(&ok(env, &["store", "export"])).expect("json");
    v["data"].clone()
}

fn seed(env: &Env, devices: usize, statuses: usize) {
    let f = env.write("fleet.csv", fleet_csv(devices));
    ok(env, &["fleet", "import", f.to_str().expect("p")]);
    let c = Connection::open(env.store()).expect("store");
    for i in 0..statuses {
        ingest_status(
            &c,
            &StatusRecord {
                device_id: format!("TRUCK-{:06}", i % devices),
                msg_id: format!("m{i}"),
                job_id: format!("field-1.TRUCK-{:06}", i % devices),
                command_id: "c1".into(),
                status: DeviceStatus::Done,
                progress: None,
                seq: Some(i as u64),
                firmware_version: Some("2.0.0".into()),
                error_code: None,
                error_message: None,
                device_ts: "2026-11-22T01:00:00Z".into(),
                received_ms: 1_795_300_000_000 + i as i64,
            },
        )
        .expect("status");
    }
}

#[test]
fn import_twice_is_import_once_and_statuses_count_once() {
    let laptop = Env::new();
    seed(&laptop, 40, 25);
    let file = laptop.path("field.json");
    ok(
        &laptop,
        &["store", "export", "--file", file.to_str().expect("p")],
    );

    let central = Env::new();
    seed(&central, 10, 0);
    let first: Value = serde_json::from_str(&ok(
        &central,
        &["store", "import", file.to_str().expect("p"), "-o", "json"],
    ))
    .expect("json");
    assert_eq!(first["devices_added"], 30, "{first}");
    assert_eq!(first["statuses_added"], 25);
    let once = content(&central);
    let second: Value = serde_json::from_str(&ok(
        &central,
        &["store", "import", file.to_str().expect("p"), "-o", "json"],
    ))
    .expect("json");
    assert_eq!(second["devices_added"], 0);
    assert_eq!(second["devices_updated"], 0);
    assert_eq!(second["statuses_added"], 0);
    assert_eq!(second["statuses_known"], 25);
    assert_eq!(second["audit_added"], 0);
    let twice = content(&central);
    // The second import itself is audited; everything else is identical.
    let strip = |mut v: Value| {
        v["audit"] = Value::Null;
        v
    };
    assert_eq!(strip(once.clone()), strip(twice.clone()));
    assert_eq!(
        twice["audit"].as_array().map(Vec::len),
        once["audit"].as_array().map(|a| a.len() + 1)
    );
    assert_eq!(twice["statuses"].as_array().map(Vec::len), Some(25));
}

#[test]
fn a_corrupt_or_foreign_file_is_refused_and_changes_nothing() {
    let laptop = Env::new();
    seed(&laptop, 5, 3);
    let text = ok(&laptop, &["store", "export"]);
    let central = Env::new();
    seed(&central, 2, 0);
    let before = content(&central);

    let corrupt = central.write(
        "corrupt.json",
        text.replacen("TRUCK-000003", "TRUCK-000009", 1),
    );
    let foreign = central.write(
        "foreign.json",
        r#"{"format":"something-else/2","sha256":"","data":{}}"#,
    );
    let csv = central.write("fleet.csv", fleet_csv(3));
    let truncated = central.write("truncated.json", &text[..text.len() / 2]);
    for (file, code, says) in [
        (&corrupt, 4, "checksum"),
        (&foreign, 3, "unsupported export format"),
        (&csv, 3, "not an otactl export"),
        (&truncated, 3, "not an otactl export"),
    ] {
        let mut c = central.cmd();
        c.args(["store", "import", file.to_str().expect("p")]);
        let (got, _, err) = run(c);
        assert_eq!(got, code, "{}: {err}", file.display());
        assert!(err.contains(says), "{err}");
        assert!(err.contains("hint:"), "{err}");
    }
    let after = content(&central);
    assert_eq!(after["devices"], before["devices"]);
    assert_eq!(after["statuses"], before["statuses"]);
    // Only the refused attempts themselves were recorded, each with its error.
    let added: Vec<&Value> = after["audit"]
        .as_array()
        .expect("audit")
        .iter()
        .skip(before["audit"].as_array().map_or(0, Vec::len))
        .collect();
    assert_eq!(added.len(), 4);
    assert!(added.iter().all(|a| {
        a["command"] == "store import"
            && a["outcome"]
                .as_str()
                .is_some_and(|o| o.starts_with("error"))
    }));
}
