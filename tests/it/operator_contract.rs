//! The CLI contract an operator and a CI script lean on (issue #20): strict selectors,
//! no silent defaults (a mistyped store, the default key, counters), bounded parsers,
//! day-2 commands and help. Each case is a snapshot of the command, its exit code,
//! stdout and stderr.

use crate::common::{Env, arg};

/// One run as a reviewer reads it: the command, its exit code, stdout and stderr, with
/// the test's directory shown as TMP.
pub fn shown(env: &Env, args: &[&str]) -> (i32, String) {
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

pub fn fleet(env: &Env, n: usize) {
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
