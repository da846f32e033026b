//! Settings from flags, environment and profiles, as the binary sees them.

use crate::common::{Env, arg};
use serde_json::Value;

#[test]
fn config_show_reports_sources_and_never_secrets() {
    let env = Env::new();
    let cfg = env.write(
        "cfg.toml",
        "default_profile = \"site\"\n[profiles.site.mqtt]\nurl = \"mqtt://profile:1883\"\npassword_env = \"SITE_PW\"\n[profiles.site.s3]\nbucket = \"fw\"\n",
    );
    let (code, out, err) = env
        .run_with(|c| {
            c.env("OTACTL_CONFIG", &cfg)
                .env("SITE_PW", "pw-very-secret")
                .env("AWS_SECRET_ACCESS_KEY", "aws-very-secret")
                .env("AWS_ACCESS_KEY_ID", "AKIAEXAMPLE")
                .env("OTACTL_TOPIC_PREFIX", "acme/fleet")
                .args([
                    "config",
                    "show",
                    "-o",
                    "json",
                    "--broker",
                    "mqtts://u@flag:8883",
                ])
        })
        .parts();
    assert_eq!(code, 0, "{err}");
    // A password in the flag's URL is refused, and not echoed.
    let (code2, out2, err2) = env
        .run_with(|c| {
            c.env("OTACTL_CONFIG", &cfg).args([
                "config",
                "show",
                "--broker",
                "mqtts://u:flagpw@flag:8883",
            ])
        })
        .parts();
    assert_eq!(code2, 3, "{err2}");
    assert!(!format!("{out2}{err2}").contains("flagpw"), "{err2}");
    for secret in ["pw-very-secret", "aws-very-secret", "AKIAEXAMPLE", "flagpw"] {
        assert!(
            !out.contains(secret) && !err.contains(secret),
            "{secret} leaked: {out}"
        );
    }
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["profile"], "site");
    assert_eq!(v["mqtt"]["url_source"], "flag");
    assert_eq!(v["mqtt"]["url"], "mqtts://<credentials>@flag:8883");
    assert_eq!(v["mqtt"]["topic_prefix"]["source"], "env");
    assert_eq!(v["mqtt"]["password"], "set");
    assert_eq!(v["s3"]["bucket"]["value"], "fw");
    assert_eq!(v["s3"]["bucket"]["source"], "profile");
    assert_eq!(v["s3"]["secret_access_key"], "set");
}

#[test]
fn config_init_writes_a_template_once() {
    let env = Env::new();
    let p = env.path("c/config.toml");
    let (code, _, err) = env.run(["config", "init", "--path", arg(&p)]).parts();
    assert_eq!(code, 0, "{err}");
    assert!(
        std::fs::read_to_string(&p)
            .expect("written")
            .contains("[profiles.default.mqtt]")
    );
    let (code, _, err) = env.run(["config", "init", "--path", arg(&p)]).parts();
    assert_eq!(code, 3);
    assert!(err.contains("--force"), "{err}");
    // The written template is a valid config.
    let (code, _, err) = env.run(["config", "show", "--config", arg(&p)]).parts();
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_broken_config_file_is_one_line_with_its_line_number() {
    let env = Env::new();
    let cfg = env.write("bad.toml", "[profiles.default]\nstore = \"x\"\nbogus = 1\n");
    let (code, _, err) = env.run(["fleet", "list", "--config", arg(&cfg)]).parts();
    assert_eq!(code, 3);
    assert!(err.starts_with("error: invalid config file"), "{err}");
    assert!(err.contains("line 3"), "{err}");
    assert_eq!(err.lines().count(), 2, "one error line and one hint: {err}");
}
