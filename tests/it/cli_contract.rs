//! The contract CI relies on: exit codes, JSON errors, quiet broken pipes, and what
//! people see (snapshots).

use crate::common::{Env, arg};
use serde_json::Value;

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let env = Env::new();
    assert_eq!(env.run(["frobnicate"]).code, 2);
    assert_eq!(env.run(["fleet", "import"]).code, 2);
    let (code, out, _) = env.run(["--help"]).parts();
    assert_eq!(code, 0);
    assert!(
        out.contains("Exit codes:"),
        "the help documents the exit codes"
    );
}

#[test]
fn errors_are_json_with_output_json() {
    let env = Env::new();
    let (code, out, err) = env.run(["fleet", "show", "X", "-o", "json"]).parts();
    assert_eq!(code, 3);
    assert!(out.is_empty());
    let v: Value = serde_json::from_str(err.trim()).expect("stderr is one JSON object");
    assert_eq!(v["error"]["kind"], "input");
    assert_eq!(v["error"]["exit_code"], 3);
    assert!(v["error"]["hint"].is_string());
}

#[test]
fn a_store_that_is_not_a_database_is_reported_not_damaged() {
    let env = Env::new();
    let store = env.store();
    env.write(
        "data/store.db",
        b"this is not sqlite, but it is somebody's file".repeat(100),
    );
    let before = std::fs::read(&store).expect("read");
    let (code, _, err) = env.run(["fleet", "list"]).parts();
    assert_eq!(code, 8, "{err}");
    assert!(err.contains("hint:"), "{err}");
    assert_eq!(
        std::fs::read(&store).expect("read"),
        before,
        "the file was changed"
    );
}

#[test]
fn closed_pipe_exits_quietly() {
    let env = Env::new();
    let csv = env.write("f.csv", crate::common::fleet_csv(20_000));
    assert_eq!(env.run(["fleet", "import", arg(&csv)]).code, 0);
    let bin = assert_cmd::cargo::cargo_bin("otactl");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{}' fleet list | head -n 1; exit ${{PIPESTATUS:-0}}",
            bin.display()
        ))
        .env("OTACTL_STORE", env.store())
        .env("XDG_CONFIG_HOME", env.path("config"))
        .output()
        .expect("sh");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked") && !err.contains("error"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ID"));
}

#[test]
fn what_people_see() {
    let env = Env::new();
    let f = env.write(
        "f.csv",
        "id,hw,tags,firmware_version,counter\nT1,stm32f4,quarry-7;north,1.3.0,41\nT2,esp32,,,\n",
    );
    let (_, out, _) = env.run(["fleet", "import", arg(&f)]).parts();
    insta::assert_snapshot!(
        "fleet_import",
        out.replace(&f.display().to_string(), "FILE")
    );
    let (_, out, _) = env.run(["fleet", "list"]).parts();
    insta::assert_snapshot!("fleet_list", out);
    let bad = env.write("bad.csv", "id,hw\nT1,stm32f4\nT1,esp32\n");
    let (code, _, err) = env.run(["fleet", "import", arg(&bad)]).parts();
    assert_eq!(code, 3);
    insta::assert_snapshot!(
        "fleet_import_duplicate",
        err.replace(&bad.display().to_string(), "FILE")
    );
}
