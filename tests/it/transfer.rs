//! `store export | import` between two real stores: importing twice gives the same
//! store as importing once, statuses are counted once, and a corrupt, foreign, forged,
//! untrusted or hostile file is refused with nothing changed (the export is signed and
//! every field is checked as `fleet import` and ingest check it).

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

/// An Env with its own signing key (exports are signed with it).
fn keyed() -> Env {
    let mut env = Env::new();
    env.generate_key();
    env
}

/// The file of `env`'s key with this extension (`pub` or `key`).
fn key_file(env: &Env, ext: &str) -> std::path::PathBuf {
    std::fs::read_dir(env.key_dir())
        .expect("key dir")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == ext))
        .expect("a key")
}

/// `to` trusts the key `from` signs with.
fn trust(to: &Env, from: &Env) {
    let p = key_file(from, "pub");
    ok(to, &["keys", "trust", p.to_str().expect("p")]);
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
    let laptop = keyed();
    seed(&laptop, 40, 25);
    let file = laptop.path("field.json");
    ok(
        &laptop,
        &["store", "export", "--file", file.to_str().expect("p")],
    );

    let central = keyed();
    trust(&central, &laptop);
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
    let laptop = keyed();
    seed(&laptop, 5, 3);
    let text = ok(&laptop, &["store", "export"]);
    let central = keyed();
    trust(&central, &laptop);
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

/// The stderr of a refused import, checked to be one error line and one hint line.
fn refused(env: &Env, file: &std::path::Path, code: i32, says: &str) {
    let mut c = env.cmd();
    c.args(["store", "import", file.to_str().expect("p")]);
    let (got, _, err) = run(c);
    assert_eq!(got, code, "{}: {err}", file.display());
    assert!(err.contains(says), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "one line and a hint: {err:?}");
    assert!(
        lines[0].starts_with("error: ") && lines[1].contains("hint:"),
        "{err}"
    );
    assert!(!err.contains('\u{1b}'), "{err:?}");
}

/// The laptop's export, re-signed with its own key after `change` (what a trusted
/// but buggy or compromised store could send).
fn resigned(laptop: &Env, change: impl FnOnce(&mut otactl_store::transfer::Bundle)) -> String {
    let v: Value = serde_json::from_str(&ok(laptop, &["store", "export"])).expect("json");
    let mut b: otactl_store::transfer::Bundle =
        serde_json::from_value(v["data"].clone()).expect("bundle");
    change(&mut b);
    let sk = otactl::signing::SecretKey::load(key_file(laptop, "key"), None).expect("key");
    otactl::commands::store::write_export(&b, &sk, None, otactl_store::now_ms()).expect("sign")
}

#[test]
fn a_forged_untrusted_or_unsigned_export_is_refused() {
    let laptop = keyed();
    seed(&laptop, 5, 3);
    let text = ok(&laptop, &["store", "export"]);
    let central = keyed();
    seed(&central, 2, 0);
    let before = content(&central);

    // Signed by a key this machine does not trust (yet).
    let file = central.write("laptop.json", &text);
    refused(&central, &file, 4, "does not trust");
    trust(&central, &laptop);

    // Changed after signing, with the checksum recomputed: anyone can do that.
    let mut v: Value = serde_json::from_str(&text).expect("json");
    v["data"]["devices"][0]["id"] = Value::from("TRUCK-FORGED");
    v["data"]["audit"] = serde_json::json!([{"ts_ms": 1, "actor": "boss@hq",
        "command": "rollout abort", "args": "[]", "outcome": "ok"}]);
    let data = serde_json::to_string(&v["data"]).expect("data");
    let sha: String = {
        use sha2::Digest;
        sha2::Sha256::digest(data.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    let forged = text
        .replacen(
            &serde_json::to_string(&serde_json::from_str::<Value>(&text).expect("j")["data"])
                .expect("d"),
            &data,
            1,
        )
        .replacen(v["sha256"].as_str().expect("sha"), &sha, 1);
    assert_ne!(forged, text, "the forgery changed the file");
    let file = central.write("forged.json", forged);
    refused(&central, &file, 4, "does not match its contents");

    // The old, unsigned format.
    let unsigned = text.replacen("otactl-export/2", "otactl-export/1", 1);
    let file = central.write("unsigned.json", unsigned);
    refused(&central, &file, 4, "unsigned");

    let after = content(&central);
    assert_eq!(after["devices"], before["devices"]);
    assert_eq!(after["statuses"], before["statuses"]);
}

#[test]
fn a_signed_export_cannot_bring_in_what_the_doors_refuse() {
    let laptop = keyed();
    seed(&laptop, 3, 2);
    let central = keyed();
    trust(&central, &laptop);
    seed(&central, 2, 0);
    let before = content(&central);
    let long = "X".repeat(300);
    let bad_ids = ["+#", "a/b", "", long.as_str(), "TRUCK-1\nfleet/#"];
    for (i, id) in bad_ids.iter().enumerate() {
        let text = resigned(&laptop, |b| b.devices[0].id = (*id).into());
        let file = central.write(&format!("bad-id-{i}.json"), text);
        refused(&central, &file, 3, "invalid device id");
    }
    for (name, says, change) in [
        (
            "presence",
            "invalid presence",
            Box::new(|b: &mut otactl_store::transfer::Bundle| {
                b.devices[0].presence = Some("pwned".into())
            }) as Box<dyn FnOnce(&mut otactl_store::transfer::Bundle)>,
        ),
        (
            "future",
            "not a plausible past time",
            Box::new(|b: &mut otactl_store::transfer::Bundle| b.devices[0].updated_ms = i64::MAX),
        ),
        (
            "counter",
            "counter",
            Box::new(|b: &mut otactl_store::transfer::Bundle| b.devices[0].counter = u64::MAX),
        ),
        (
            "status",
            "status",
            Box::new(|b: &mut otactl_store::transfer::Bundle| {
                b.statuses[0].device_id = "T/1".into()
            }),
        ),
        (
            "audit",
            "invalid actor",
            Box::new(|b: &mut otactl_store::transfer::Bundle| {
                b.audit.push(otactl_store::transfer::AuditRow {
                    ts_ms: 1,
                    actor: "boss@hq\u{1b}[2K".into(),
                    command: "rollout abort".into(),
                    args: "[]".into(),
                    outcome: "ok".into(),
                    imported_from: None,
                })
            }),
        ),
    ] {
        let file = central.write(&format!("bad-{name}.json"), resigned(&laptop, change));
        refused(&central, &file, 3, says);
    }
    let after = content(&central);
    assert_eq!(after["devices"], before["devices"]);
    assert_eq!(after["statuses"], before["statuses"]);
}

#[test]
fn imported_audit_rows_are_marked_and_the_export_is_private() {
    let laptop = keyed();
    seed(&laptop, 3, 0);
    let file = laptop.path("field.json");
    ok(
        &laptop,
        &["store", "export", "--file", file.to_str().expect("p")],
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file).expect("file").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "the export is as private as the store");

    let central = keyed();
    trust(&central, &laptop);
    ok(&central, &["store", "import", file.to_str().expect("p")]);
    let audit: Value = serde_json::from_str(&ok(&central, &["audit", "-o", "json"])).expect("j");
    let rows = audit.as_array().expect("rows");
    let imported: Vec<&Value> = rows
        .iter()
        .filter(|r| r["command"] == "fleet import")
        .collect();
    assert!(!imported.is_empty(), "{audit}");
    assert!(
        imported.iter().all(|r| r["imported_from"]
            .as_str()
            .is_some_and(|s| s.starts_with("export signed by "))),
        "{audit}"
    );
    // This store's own action (the import) is not marked.
    assert!(
        rows.iter()
            .any(|r| r["command"] == "store import" && r["imported_from"].is_null())
    );
    let text = ok(&central, &["audit"]);
    let line = text
        .lines()
        .find(|l| l.contains("fleet import"))
        .expect("listed");
    assert!(line.contains("(imported, export signed by "), "{text}");
}
