//! `rollout plan | create | status | pause | resume | abort` against a real store:
//! batches as planned, every refusal named, state changes guarded and audited.

use crate::common::{Env, FleetSpec};
use serde_json::Value;

/// A store with `ecu@2.0.0` signed for stm32f4 and esp32 (counter 42), and `devices`
/// devices `T0000…` of mixed hardware on 1.0.0, all on counter 41 but T0004 (42).
fn rig(devices: usize) -> Env {
    let mut env = Env::new();
    // The images are not uploaded: the engine would serve them from a local artifact
    // server, as the field kit does (`rollout create` refuses them otherwise).
    env.add_env_var("OTACTL_ARTIFACT_URL", "http://127.0.0.1:9");
    let mut csv = String::from("id,hw,tags,firmware_version,counter\n");
    for i in 0..devices {
        let hw = ["stm32f4", "esp32", "stm32h7"][i % 3];
        csv.push_str(&format!(
            "T{i:04},{hw},q{},1.0.0,{}\n",
            i % 5,
            if i == 4 { 42 } else { 41 }
        ));
    }
    env.signed_fleet_with(FleetSpec {
        image: "fw.bin".into(),
        image_bytes: vec![7u8; 4096],
        hw: "stm32f4,esp32".into(),
        counter: 42,
        fleet_csv: csv,
        ..FleetSpec::new(0)
    });
    env
}

const GOOD: &str = "hw=stm32f4|esp32,id!=T0004";

#[test]
fn plan_splits_the_selection_into_cumulative_batches() {
    let r = rig(1500);
    let v = r.run_json([
        "rollout",
        "plan",
        "--firmware",
        "ecu@2.0.0",
        "--select",
        GOOD,
        "--max-rate",
        "600/min",
        "--soak",
        "5m",
    ]);
    assert_eq!(v["devices"], 999);
    let sizes: Vec<u64> = v["batches"]
        .as_array()
        .expect("batches")
        .iter()
        .map(|b| b["size"].as_u64().unwrap_or(0))
        .collect();
    assert_eq!(sizes, vec![1, 49, 200, 749]);
    let all: std::collections::HashSet<&str> = v["batches"]
        .as_array()
        .expect("b")
        .iter()
        .flat_map(|b| {
            b["devices"]
                .as_array()
                .expect("d")
                .iter()
                .filter_map(Value::as_str)
        })
        .collect();
    assert_eq!(all.len(), 999, "every device in exactly one batch");
    assert!(!all.contains("T0004"));
    assert_eq!(v["policy"]["max_rate_per_min"], 600);
    // Nothing was created.
    assert_eq!(
        r.run_json(["rollout", "list"]).as_array().map(Vec::len),
        Some(0)
    );
}

#[test]
fn plan_says_when_done_waits_for_its_confirmation_after_reboot() {
    let r = rig(30);
    let args = [
        "rollout",
        "plan",
        "--firmware",
        "ecu@2.0.0",
        "--select",
        GOOD,
    ];
    let (code, out, err) = r.run(args).parts();
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("confirmed"), "{out}");
    let with = r.run(args.iter().chain(&["--confirm-timeout", "15m"]));
    let (code, out, err) = with.parts();
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("; done confirmed by the inventory within 900s;"),
        "{out}"
    );
    let v = r.run_json(args.iter().chain(&["--confirm-timeout", "15m"]));
    assert_eq!(v["policy"]["confirm_timeout_s"], 900);
}

#[test]
fn create_refuses_what_devices_would_refuse_and_names_them() {
    let r = rig(30);
    let cases: &[(&str, &[&str], i32, &str)] = &[
        ("wrong hw", &["--select", "all"], 3, "T0002 (stm32h7)"),
        (
            "downgrade",
            &["--select", "hw=stm32f4|esp32"],
            3,
            "T0004 (counter 42)",
        ),
        (
            "empty",
            &["--select", "tag=nowhere"],
            3,
            "matches no device",
        ),
        (
            "unknown firmware",
            &["--select", GOOD, "--firmware", "ecu@9.9.9"],
            3,
            "not in the store",
        ),
        (
            "bad window",
            &["--select", GOOD, "--window", "Mon 02:00-05:00 Mars/Base"],
            3,
            "time zone",
        ),
    ];
    for (what, extra, code, needle) in cases {
        let mut a = vec!["rollout", "create"];
        if !extra.contains(&"--firmware") {
            a.extend(["--firmware", "ecu@2.0.0"]);
        }
        a.extend_from_slice(extra);
        let (c, _, e) = r.run(&a).parts();
        assert_eq!(c, *code, "{what}: {e}");
        assert!(e.contains(needle), "{what}: {e}");
    }
    // --allow-downgrade lets the re-provisioned device in.
    let (c, _, e) = r
        .run([
            "rollout",
            "create",
            "--firmware",
            "ecu@2.0.0",
            "--select",
            "hw=stm32f4|esp32",
            "--allow-downgrade",
            "--id",
            "r0",
        ])
        .parts();
    assert_eq!(c, 0, "{e}");
    // A device can be in one active rollout only.
    let (c, _, e) = r
        .run([
            "rollout",
            "create",
            "--firmware",
            "ecu@2.0.0",
            "--select",
            "id=T0000",
            "--id",
            "r1",
        ])
        .parts();
    assert_eq!(c, 3);
    assert!(e.contains("T0000 (in r0)"), "{e}");
    // Untrusted signer.
    let key = r.run_json(["keys", "show"])["key_id"]
        .as_str()
        .expect("id")
        .to_string();
    assert_eq!(
        r.run(["keys", "generate", "--name", "other", "--unencrypted"])
            .code,
        0
    );
    assert_eq!(r.run(["keys", "untrust", &key]).code, 0);
    let (c, _, e) = r
        .run([
            "rollout",
            "plan",
            "--firmware",
            "ecu@2.0.0",
            "--select",
            GOOD,
        ])
        .parts();
    assert_eq!(c, 4, "{e}");
    assert!(e.contains("not trusted"), "{e}");
}

#[test]
fn pause_resume_abort_are_guarded_and_audited() {
    let r = rig(60);
    let (c, _, e) = r
        .run([
            "rollout",
            "create",
            "--firmware",
            "ecu@2.0.0",
            "--select",
            GOOD,
            "--id",
            "night-1",
            "--batches",
            "10%,100%",
        ])
        .parts();
    assert_eq!(c, 0, "{e}");
    let st = r.run_json(["rollout", "status", "night-1"]);
    assert_eq!(st["rollout"]["state"], "running");
    assert_eq!(st["total"], 39);
    assert_eq!(st["batches"][0]["total"], 4);
    assert_eq!(r.run(["rollout", "pause", "night-1"]).code, 0);
    assert_eq!(
        r.run(["rollout", "pause", "night-1"]).code,
        3,
        "pausing twice is refused"
    );
    assert_eq!(r.run(["rollout", "resume", "night-1"]).code, 0);
    let (c, _, e) = r.run(["rollout", "abort", "night-1"]).parts();
    assert_eq!(c, 3, "abort without a terminal needs --yes: {e}");
    let v = r.run_json(["rollout", "abort", "night-1", "--yes"]);
    assert_eq!(v["cancelled_devices"], 39);
    let st = r.run_json(["rollout", "status", "night-1"]);
    assert_eq!(st["rollout"]["state"], "aborted");
    assert_eq!(st["cancelled"], 39);
    assert_eq!(r.run(["rollout", "resume", "night-1"]).code, 3);
    let audit = r.run_json(["audit"]);
    let cmds: Vec<&str> = audit
        .as_array()
        .expect("a")
        .iter()
        .filter_map(|e| e["command"].as_str())
        .filter(|c| c.starts_with("rollout"))
        .collect();
    assert_eq!(
        cmds,
        vec![
            "rollout create",
            "rollout pause",
            "rollout pause",
            "rollout resume",
            "rollout abort",
            "rollout abort",
            "rollout resume"
        ]
    );
}

#[test]
fn wait_exits_by_outcome_and_watch_streams_ndjson() {
    let r = rig(30);
    let create = |id: &str, sel: &str| {
        let (c, _, e) = r
            .run([
                "rollout",
                "create",
                "--firmware",
                "ecu@2.0.0",
                "--select",
                sel,
                "--id",
                id,
            ])
            .parts();
        assert_eq!(c, 0, "{e}");
    };
    create("a", "id=T0000|T0001");
    let (c, _, e) = r
        .run([
            "rollout",
            "wait",
            "a",
            "--timeout",
            "1s",
            "--interval",
            "100ms",
        ])
        .parts();
    assert_eq!(c, 7, "a wait that runs out of time exits 7: {e}");
    assert!(e.contains("still running"), "{e}");

    // Watch it while it is aborted from elsewhere: one line per change, then it ends.
    let child = r
        .std_cmd()
        .args([
            "rollout",
            "status",
            "a",
            "--watch",
            "--interval",
            "100ms",
            "-o",
            "json",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn watch");
    std::thread::sleep(std::time::Duration::from_millis(500));
    assert_eq!(r.run(["rollout", "abort", "a", "--yes"]).code, 0);
    let out = child
        .wait_with_output()
        .expect("watch ends when the rollout does");
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert!(lines.len() >= 2, "{lines:?}");
    assert_eq!(lines[0]["rollout"]["state"], "running");
    assert_eq!(
        lines.last().map(|l| l["rollout"]["state"].clone()),
        Some(Value::from("aborted"))
    );

    let (c, _, e) = r.run(["rollout", "wait", "a"]).parts();
    assert_eq!(c, 6, "an aborted rollout exits 6: {e}");

    create("b", "id=T0003");
    let db = rusqlite::Connection::open(r.store()).expect("store");
    db.execute("UPDATE rollouts SET state = 'completed' WHERE id = 'b'", [])
        .expect("complete");
    let (c, out, e) = r.run(["rollout", "wait", "b", "-o", "json"]).parts();
    assert_eq!(c, 0, "{e}");
    assert!(out.contains("completed"));
}

#[test]
fn report_in_three_formats() {
    let r = rig(12);
    assert_eq!(
        r.run([
            "rollout",
            "create",
            "--firmware",
            "ecu@2.0.0",
            "--select",
            GOOD,
            "--id",
            "rep"
        ])
        .code,
        0
    );
    let v = r.run_json(["rollout", "report", "rep", "--format", "json"]);
    assert_eq!(v["devices"].as_array().map(Vec::len), Some(7));
    assert_eq!(v["devices"][0]["state"], "pending");
    let (c, csv, _) = r
        .run(["rollout", "report", "rep", "--format", "csv"])
        .parts();
    assert_eq!(c, 0);
    assert_eq!(csv.lines().count(), 8);
    assert!(csv.starts_with("device_id,batch,state,attempt,reason,started,finished,duration_s\n"));
    let (c, md, _) = r.run(["rollout", "report", "rep"]).parts();
    assert_eq!(c, 0);
    assert!(md.starts_with("# Rollout rep (ecu@2.0.0)"), "{md}");
    assert_eq!(md.lines().filter(|l| l.starts_with("| T")).count(), 7);
}

#[test]
fn device_history_outlives_removal() {
    let r = rig(6);
    assert_eq!(
        r.run([
            "rollout",
            "create",
            "--firmware",
            "ecu@2.0.0",
            "--select",
            "id=T0000",
            "--id",
            "h1"
        ])
        .code,
        0
    );
    let v = r.run_json(["device", "history", "T0000"]);
    assert_eq!(v["jobs"][0]["rollout_id"], "h1");
    assert_eq!(r.run(["rollout", "abort", "h1", "--yes"]).code, 0);
    assert_eq!(r.run(["fleet", "remove", "T0000", "--yes"]).code, 0);
    let v = r.run_json(["device", "history", "T0000"]);
    assert_eq!(v["in_inventory"], false);
    assert_eq!(v["jobs"][0]["state"], "cancelled");
    assert_eq!(r.run(["device", "history", "NOPE"]).code, 3);
}
