//! The CLI contract an operator and a CI script lean on (issue #20): strict selectors,
//! no silent defaults (a mistyped store, the default key, counters), bounded parsers,
//! day-2 commands and help. Each case is a snapshot of the command, its exit code,
//! stdout and stderr.

use crate::common::{Env, arg};

/// One run as a reviewer reads it: the command, its exit code, stdout and stderr, with
/// the test's directory shown as TMP.
fn shown(env: &Env, args: &[&str]) -> (i32, String) {
    let o = env.run(args);
    let tmp = env.dir.path().display().to_string();
    let quoted: Vec<String> = args
        .iter()
        .map(|a| {
            if a.is_empty() || a.contains(|c: char| " |;<>&*'".contains(c)) {
                format!("'{a}'")
            } else {
                a.to_string()
            }
        })
        .collect();
    let text = format!(
        "$ otactl {}\nexit: {}\n--- stdout\n{}--- stderr\n{}",
        quoted.join(" "),
        o.code,
        o.stdout,
        o.stderr
    )
    .replace(&tmp, "TMP");
    (o.code, text)
}

fn fleet(env: &Env, n: usize) {
    let f = env.write("f.csv", crate::common::fleet_csv(n));
    env.run(["fleet", "import", arg(&f)]).success();
}

fn count(env: &Env) -> usize {
    env.run_json(["fleet", "list"])
        .as_array()
        .map(Vec::len)
        .unwrap_or(0)
}

#[test]
fn selectors_fail_closed() {
    let env = Env::new();
    fleet(&env, 40);
    for (name, args, code) in [
        (
            "select_empty_remove",
            vec!["fleet", "remove", "--select", "", "--yes"],
            3,
        ),
        (
            "select_kubectl_eq",
            vec!["fleet", "list", "--select", "hw==stm32f4"],
            3,
        ),
        (
            "select_semicolon",
            vec!["fleet", "list", "--select", "hw=stm32f4;tag=x"],
            3,
        ),
        (
            "select_bad_version",
            vec!["fleet", "list", "--select", "version<abc"],
            3,
        ),
        (
            "select_unknown_key",
            vec!["fleet", "list", "--select", "colour=red"],
            3,
        ),
        (
            "select_no_match",
            vec!["fleet", "list", "--select", "hw=nope"],
            0,
        ),
        (
            "select_many_needs_count",
            vec!["fleet", "remove", "--select", "all", "--yes"],
            3,
        ),
        (
            "select_wrong_count",
            vec![
                "fleet",
                "remove",
                "--select",
                "hw=stm32f4|esp32",
                "--yes",
                "--confirm-count",
                "5",
            ],
            3,
        ),
    ] {
        let (c, text) = shown(&env, &args);
        assert_eq!(c, code, "{text}");
        insta::assert_snapshot!(name, text);
        assert_eq!(count(&env), 40, "{name} removed devices: {text}");
    }
    let (c, text) = shown(
        &env,
        &[
            "fleet",
            "remove",
            "--select",
            "hw=stm32f4|esp32",
            "--yes",
            "--confirm-count",
            "27",
        ],
    );
    assert_eq!(c, 0, "{text}");
    insta::assert_snapshot!("select_confirmed_count", text);
    assert_eq!(count(&env), 13);
    let (c, text) = shown(&env, &["fleet", "remove", "--all", "--yes"]);
    assert_eq!(c, 0, "{text}");
    assert_eq!(count(&env), 0);
}

#[test]
fn read_commands_never_create_a_store() {
    let env = Env::new();
    let typo = env.path("no/such/dir/store.db");
    for (name, args) in [
        (
            "missing_store_list",
            vec!["fleet", "list", "--store", arg(&typo)],
        ),
        (
            "missing_store_rollouts",
            vec!["rollout", "list", "--store", arg(&typo)],
        ),
    ] {
        let (c, text) = shown(&env, &args);
        assert_eq!(c, 3, "{text}");
        insta::assert_snapshot!(name, text);
    }
    for args in [
        vec!["audit", "--store", arg(&typo)],
        vec!["dead-letters", "list", "--store", arg(&typo)],
        vec!["store", "backup", "x.db", "--store", arg(&typo)],
        vec!["firmware", "list", "--store", arg(&typo)],
    ] {
        assert_eq!(env.run(&args).code, 3, "{args:?}");
    }
    assert!(
        !env.path("no").exists(),
        "a read command created directories"
    );
    // --init (or fleet import) creates one.
    env.run(["fleet", "list", "--init", "--store", arg(&typo)])
        .success();
    assert!(typo.exists());
}

#[test]
fn keys_and_counters_change_nothing_silently() {
    let mut env = Env::new();
    env.generate_key();
    let (c, text) = shown(
        &env,
        &["keys", "generate", "--name", "test", "--unencrypted"],
    );
    assert_eq!(c, 0, "{text}");
    let key_id = text
        .lines()
        .find_map(|l| l.strip_prefix("key id      "))
        .expect("key id")
        .to_string();
    insta::assert_snapshot!("keys_generate_second", text.replace(&key_id, "KEYID"));
    let keys = env.run_json(["keys", "list"]);
    let default: Vec<&str> = keys
        .as_array()
        .expect("keys")
        .iter()
        .filter(|k| k["default"] == true)
        .filter_map(|k| k["name"].as_str())
        .collect();
    assert_eq!(default, vec!["otactl"], "the first key stays the default");
    let shown_key = env.run_json(["config", "show"]);
    assert!(
        shown_key["key"]["value"]
            .as_str()
            .is_some_and(|p| p.ends_with("otactl.key")),
        "{shown_key}"
    );
    env.run(["keys", "default", "test"]).success();
    let shown_key = env.run_json(["config", "show"]);
    assert!(
        shown_key["key"]["value"]
            .as_str()
            .is_some_and(|p| p.ends_with("test.key"))
    );
    assert_eq!(env.run(["keys", "default", "nope"]).code, 3);

    // Signing with an unencrypted key warns; so does a key the keyring does not trust.
    let img = env.write("a.bin", vec![1u8; 64]);
    let o = env.run([
        "firmware",
        "sign",
        arg(&img),
        "--name",
        "ecu",
        "--version",
        "1.4.2",
        "--hw",
        "stm32f4",
    ]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("without a password"), "{}", o.stderr);
    let keys = env.run_json(["keys", "list"]);
    let id = keys
        .as_array()
        .expect("keys")
        .iter()
        .find(|k| k["name"] == "test")
        .and_then(|k| k["key_id"].as_str())
        .expect("id")
        .to_string();
    env.run(["keys", "untrust", &id]).success();
    let img2 = env.write("b.bin", vec![2u8; 64]);
    let o = env.run([
        "firmware",
        "sign",
        arg(&img2),
        "--name",
        "ecu",
        "--version",
        "1.4.3",
        "--hw",
        "stm32f4",
    ]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("is not trusted here"), "{}", o.stderr);

    // An older version than one already signed needs an explicit counter.
    let img3 = env.write("c.bin", vec![3u8; 64]);
    let (c, text) = shown(
        &env,
        &[
            "firmware",
            "sign",
            arg(&img3),
            "--name",
            "ecu",
            "--version",
            "1.4.1",
            "--hw",
            "stm32f4",
        ],
    );
    assert_eq!(c, 3, "{text}");
    insta::assert_snapshot!("sign_older_version", text.replace(arg(&img3), "c.bin"));
    let o = env.run([
        "firmware",
        "sign",
        arg(&img3),
        "--name",
        "ecu",
        "--version",
        "1.4.1",
        "--hw",
        "stm32f4",
        "--counter",
        "9",
    ]);
    assert_eq!(o.code, 0, "{}", o.stderr);
}

#[test]
fn every_parser_has_bounds_and_a_message() {
    let mut env = Env::new();
    let fx = env.signed_fleet(3);
    let plan = |extra: &[&str]| {
        let mut a = vec![
            "rollout",
            "plan",
            "--firmware",
            &fx.firmware,
            "--select",
            "all",
        ];
        a.extend_from_slice(extra);
        a.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let img = arg(&fx.image).to_string();
    let cases: Vec<(&str, Vec<String>)> = vec![
        (
            "expires_huge",
            [
                "firmware",
                "sign",
                &img,
                "--name",
                "x",
                "--version",
                "1.0.0",
                "--hw",
                "h",
                "--expires",
                "99999999999d",
            ]
            .map(String::from)
            .to_vec(),
        ),
        (
            "expires_zero",
            [
                "firmware",
                "sign",
                &img,
                "--name",
                "x",
                "--version",
                "1.0.0",
                "--hw",
                "h",
                "--expires",
                "0s",
            ]
            .map(String::from)
            .to_vec(),
        ),
        ("soak_huge", plan(&["--soak", "99999999999d"])),
        ("rate_per_hour", plan(&["--max-rate", "5/hour"])),
        ("batches_shrink", plan(&["--batches", "50%,10%"])),
        ("ttl_zero", plan(&["--command-ttl", "0s"])),
        (
            "start_in_the_past",
            plan(&["--start-at", "2020-01-01T00:00:00Z"]),
        ),
    ];
    for (name, args) in cases {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let (c, text) = shown(&env, &a);
        assert!(c == 2 || c == 3, "{text}");
        insta::assert_snapshot!(name, text.replace(&img, "IMAGE"));
    }
    env.run(plan(&["--max-rate", "120/hour", "--start-at", "now"]))
        .success();
}

#[test]
fn help_shows_global_options_once() {
    let env = Env::new();
    let (c, text) = shown(&env, &["fleet", "list", "--help"]);
    assert_eq!(c, 0);
    insta::assert_snapshot!("leaf_help", text);
    let all = env.run(["fleet", "list", "--help-all"]).success().stdout;
    assert!(
        all.contains("--broker") && all.contains("Global options"),
        "{all}"
    );
    let top = env.run(["--help"]).success().stdout;
    assert_eq!(top.matches("--broker <URL>").count(), 1, "{top}");
    assert_eq!(top.matches("Global options:").count(), 1, "{top}");
    for (group, verbs) in [
        (
            "rollout",
            &[
                "plan",
                "create",
                "list",
                "status",
                "watch",
                "report",
                "wait",
                "pause",
                "resume",
                "abort",
                "cancel",
                "retry-failed",
                "run",
            ][..],
        ),
        (
            "firmware",
            &["sign", "verify", "list", "show", "upload", "url"][..],
        ),
    ] {
        // The summary, with the continuation lines of a wrapped one.
        let mut lines = top
            .lines()
            .skip_while(|l| !l.trim_start().starts_with(group));
        let mut line = lines.next().expect("group line").to_string();
        for l in lines.take_while(|l| l.starts_with("                ")) {
            line.push_str(l);
        }
        for v in verbs {
            assert!(line.contains(v), "{group} summary lacks {v}: {line}");
        }
    }
    let bash = env.run(["completion", "bash"]).success().stdout;
    assert!(
        bash.contains("_otactl()") && bash.contains("dead-letters"),
        "{bash}"
    );
    assert_eq!(env.run(["completion", "tcsh"]).code, 2);
}

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

trait TextOut {
    fn json_or_text(&self) -> String;
}

impl TextOut for crate::common::Output {
    fn json_or_text(&self) -> String {
        self.stdout.trim().to_string()
    }
}

/// Every command that prints, in text and JSON, into a reader that takes one byte and
/// goes away (`head -c 1`), and into one that is gone before we write (`:`): exit 0,
/// nothing on stderr about it, no panic.
#[test]
fn broken_pipes_exit_0_on_every_output_path() {
    let mut env = Env::new();
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
