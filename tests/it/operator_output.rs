//! The operator's day-2 contract (issue #20): broken pipes exit 0 on every output
//! path, JSON shape, the engine's log lines, dead letters, the audit actor and config
//! profiles.

use crate::common::{Env, arg};
use crate::operator_contract::{fleet, shown};

#[test]
fn dead_letters_and_the_audit_actor() {
    let mut env = Env::new();
    fleet(&env, 1);
    let (c, text) = shown(&env, &["dead-letters", "list"]);
    assert_eq!(c, 0, "{text}");
    insta::assert_snapshot!("dead_letters_empty", text);
    assert_eq!(env.run(["dead-letters", "show", "1"]).code, 3);
    assert_eq!(
        env.run(["dead-letters", "purge"]).success().json_or_text(),
        "removed 0 dead letter(s)"
    );
    // Without OTACTL_ACTOR, the actor is the OS user, never a guess from $USER.
    env.add_env_var("OTACTL_ACTOR", "");
    let o = env.run_with(|c| {
        c.args(["fleet", "remove", "TRUCK-000000", "--yes"])
            .env("USER", "mallory")
    });
    assert_eq!(o.code, 0, "{}", o.stderr);
    let audit = env.run_json(["audit"]);
    let actor = audit
        .as_array()
        .and_then(|a| a.iter().find(|e| e["command"] == "fleet remove"))
        .and_then(|e| e["actor"].as_str())
        .expect("an entry")
        .to_string();
    assert!(
        !actor.starts_with("mallory@") && !actor.starts_with("unknown@"),
        "{actor}"
    );
}

/// Every command that prints, in text and JSON, into a reader that takes one byte and
/// goes away (`head -c 1`), and into one that is gone before we write (`:`): exit 0,
/// nothing on stderr about it, no panic.
#[test]
fn broken_pipes_exit_0_on_every_output_path() {
    let mut env = Env::new();
    // Never uploaded: `rollout create` accepts it only with an artifact server named.
    env.add_env_var("OTACTL_ARTIFACT_URL", "http://127.0.0.1:9");
    let fx = env.signed_fleet_with({
        let mut s = crate::common::FleetSpec::new(0);
        s.fleet_csv = crate::common::fleet_csv(3000)
            .replace(",stm32h7,", ",stm32f4,")
            .replace(",esp32,", ",stm32f4,");
        s
    });
    env.run([
        "rollout",
        "create",
        "--firmware",
        &fx.firmware,
        "--select",
        "version<1.4.2",
        "--id",
        "r1",
        "--batches",
        "10,100%",
        "--allow-downgrade",
    ])
    .success();
    let img = arg(&fx.image).to_string();
    let cmds: Vec<Vec<&str>> = vec![
        vec!["fleet", "list"],
        vec!["fleet", "show", "TRUCK-000001"],
        vec!["keys", "list"],
        vec!["keys", "show"],
        vec!["firmware", "list"],
        vec!["firmware", "show", &fx.firmware],
        vec!["firmware", "verify", &img],
        vec!["rollout", "list"],
        vec![
            "rollout",
            "plan",
            "--firmware",
            &fx.firmware,
            "--select",
            "version>=1.4.2",
            "--allow-downgrade",
        ],
        vec!["rollout", "status", "r1"],
        vec!["rollout", "report", "r1", "--format", "json"],
        vec!["rollout", "report", "r1", "--format", "csv"],
        vec!["rollout", "report", "r1", "--format", "md"],
        vec!["device", "history", "TRUCK-000001"],
        vec!["config", "show"],
        vec!["config", "profiles"],
        vec!["audit"],
        vec!["store", "export"],
        vec!["dead-letters", "list"],
        vec!["completion", "bash"],
        vec!["--help"],
        vec!["fleet", "list", "--help"],
    ];
    let bin = assert_cmd::cargo::cargo_bin("otactl");
    let mut ran = 0;
    for args in &cmds {
        for json in [false, true] {
            for reader in ["head -c 1 >/dev/null", ":"] {
                let mut line = format!("'{}'", bin.display());
                for a in args {
                    line.push_str(&format!(" '{a}'"));
                }
                if json {
                    line.push_str(" -o json");
                }
                let script = format!("{line} | {reader}; exit ${{PIPESTATUS[0]}}");
                let out = env
                    .std_cmd()
                    .get_envs()
                    .fold(std::process::Command::new("bash"), |mut c, (k, v)| {
                        match v {
                            Some(v) => c.env(k, v),
                            None => c.env_remove(k),
                        };
                        c
                    })
                    .args(["-c", &script])
                    .output()
                    .expect("bash");
                let err = String::from_utf8_lossy(&out.stderr);
                assert_eq!(
                    out.status.code(),
                    Some(0),
                    "{args:?} json={json} | {reader}: {err}"
                );
                assert!(
                    !err.contains("panicked")
                        && !err.contains("Broken pipe")
                        && !err.contains("error"),
                    "{args:?} json={json} | {reader}: {err}"
                );
                ran += 1;
            }
        }
    }
    assert_eq!(ran, cmds.len() * 4);
}

/// The engine's log lines carry their time (`--log-format json`: one object per line)
/// and name every loss and recovery of the broker connection.
#[test]
fn engine_logs_have_times_and_name_broker_loss_and_recovery() {
    use std::io::BufRead;
    use std::time::Duration;
    let mut m = crate::common::mosquitto::Mosquitto::start();
    let r = crate::engine::Rig::new(m.port, 3);
    let mut engine = r
        .cmd(&[
            "run",
            "--log-format",
            "json",
            "--tick",
            "50ms",
            "--max-duration",
            "60s",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("engine");
    let stderr = engine.stderr.take().expect("stderr");
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        for l in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(l);
        }
    });
    let mut seen = Vec::new();
    let wait_for = |what: &str, seen: &mut Vec<serde_json::Value>| {
        loop {
            let l = rx
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| panic!("no '{what}' line; saw {seen:?}"));
            let v: serde_json::Value =
                serde_json::from_str(&l).unwrap_or_else(|e| panic!("{e}: not JSON: {l}"));
            let ts = v["ts"].as_str().expect("ts").to_string();
            assert!(
                time::OffsetDateTime::parse(&ts, &time::format_description::well_known::Rfc3339)
                    .is_ok(),
                "{l}"
            );
            let hit = v["msg"].as_str().is_some_and(|m| m.contains(what));
            seen.push(v);
            if hit {
                return;
            }
        }
    };
    wait_for("engine running", &mut seen);
    m.kill();
    wait_for("lost the broker connection", &mut seen);
    m.restart();
    wait_for("reconnected to the broker", &mut seen);
    let _ = engine.kill();
    let _ = engine.wait();
    let lost = seen
        .iter()
        .filter(|v| {
            v["msg"]
                .as_str()
                .is_some_and(|m| m.contains("lost the broker"))
        })
        .count();
    assert_eq!(lost, 1, "one line per loss: {seen:?}");
}

/// JSON carries nested documents as objects and every time as RFC 3339 beside its ms.
#[test]
fn json_nests_objects_and_gives_rfc3339_times() {
    let mut env = Env::new();
    // Never uploaded: `rollout create` accepts it only with an artifact server named.
    env.add_env_var("OTACTL_ARTIFACT_URL", "http://127.0.0.1:9");
    let fx = env.signed_fleet(2);
    env.run([
        "rollout",
        "create",
        "--firmware",
        &fx.firmware,
        "--select",
        "all",
        "--id",
        "r1",
    ])
    .success();
    let list = env.run_json(["rollout", "list"]);
    let r = &list[0];
    assert!(r["policy"].is_object(), "{r}");
    assert_eq!(r["policy"]["batch_sizes"], serde_json::json!([1, 1]));
    let at = r["created_at"].as_str().expect("created_at");
    let parsed = time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339)
        .expect("RFC 3339");
    assert_eq!(
        (parsed.unix_timestamp_nanos() / 1_000_000) as i64,
        r["created_ms"].as_i64().expect("ms")
    );
    let fw = env.run_json(["firmware", "show", &fx.firmware]);
    assert!(fw["artifact"]["manifest"].is_object(), "{fw}");
    assert!(fw["artifact"]["created_at"].is_string(), "{fw}");
    // Durations are not times.
    assert!(r["policy"].get("command_ttl_at").is_none());
}

#[test]
fn config_profiles_are_listed_and_switched() {
    let env = Env::new();
    let cfg = env.write(
        "config/otactl/config.toml",
        "default_profile = \"lab\"\n\n[profiles.lab]\nstore = \"/tmp/lab.db\"\n\n[profiles.field.mqtt]\nurl = \"mqtt://ops:secret@field:1883\"\n",
    );
    let (c, text) = shown(&env, &["config", "profiles"]);
    assert_eq!(c, 0, "{text}");
    insta::assert_snapshot!("config_profiles", text);
    assert!(!text.contains("secret"));
    env.run(["config", "use", "field"]).success();
    let v = env.run_json(["config", "profiles"]);
    let field = v
        .as_array()
        .and_then(|a| a.iter().find(|p| p["name"] == "field"))
        .expect("field");
    assert_eq!(field["default"], true);
    assert_eq!(field["in_effect"], true);
    assert_eq!(env.run(["config", "use", "nope"]).code, 3);
    assert!(
        std::fs::read_to_string(&cfg)
            .expect("cfg")
            .contains("[profiles.lab]")
    );
}

trait TextOut {
    fn json_or_text(&self) -> String;
}

impl TextOut for crate::common::Output {
    fn json_or_text(&self) -> String {
        self.stdout.trim().to_string()
    }
}
