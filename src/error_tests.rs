//! The conversions of module errors into what the operator sees: the exit code, the
//! exact message and the hint of each, as they were when the modules built `CliError`
//! themselves (CLI snapshots and scripts depend on them).

use super::*;
use crate::config::{FlagSources, Overrides, Settings};
use crate::signing::KeyId;
use std::path::{Path, PathBuf};

fn hint(e: &CliError) -> Option<&str> {
    e.hint.as_deref()
}

#[test]
fn key_passwords_are_input_errors_and_untrusted_signers_verification_failures() {
    let e = CliError::from(KeyringError::Signing(SigningError::WrongPassword));
    assert_eq!(e.exit_code(), exit::INPUT);
    assert_eq!(
        hint(&e),
        Some("check OTACTL_KEY_PASSWORD or the --password-file")
    );
    let e = CliError::from(KeyringError::Signing(SigningError::PasswordRequired));
    assert_eq!(e.exit_code(), exit::INPUT);
    assert_eq!(
        hint(&e),
        Some("set OTACTL_KEY_PASSWORD or pass --password-file (no terminal to prompt on)")
    );
    let untrusted = SigningError::UntrustedKey {
        key_id: KeyId([7; 8]),
    };
    let e = CliError::from(KeyringError::Signing(untrusted));
    assert_eq!(e.exit_code(), exit::VERIFICATION);
    assert_eq!(e.kind, ErrorKind::Verification);
    assert_eq!(
        hint(&e),
        Some("trust the signer with `otactl keys trust KEY.pub`, or pass --pubkey")
    );
    let e = CliError::from(SigningError::FileSignatureMismatch);
    assert_eq!(
        (e.exit_code(), e.message.as_str(), e.hint),
        (
            exit::VERIFICATION,
            "signature does not match the file contents",
            None
        )
    );
}

#[test]
fn keyring_errors_keep_their_messages_and_hints() {
    let e = CliError::from(KeyringError::NoSigningKey);
    assert_eq!(
        (e.kind, e.message.as_str()),
        (ErrorKind::Config, "no signing key")
    );
    assert_eq!(e.exit_code(), exit::INPUT);
    assert_eq!(
        hint(&e),
        Some("generate one with `otactl keys generate`, or pass --key FILE / OTACTL_KEY")
    );
    let e = CliError::from(KeyringError::NameTaken {
        name: "ops".into(),
        dir: PathBuf::from("/k"),
    });
    assert_eq!(e.message, "a key named 'ops' already exists in /k");
    assert_eq!(
        hint(&e),
        Some("keys are never overwritten; pick another --name")
    );
    let e = CliError::from(KeyringError::KeyFileExists {
        path: PathBuf::from("/k/ops.key"),
    });
    assert_eq!(
        e.message,
        "/k/ops.key already exists: keys are never overwritten"
    );
    let e = CliError::from(KeyringError::PasswordsDiffer);
    assert_eq!(
        (e.exit_code(), e.message.as_str(), e.hint),
        (
            exit::INPUT,
            "the passwords differ; nothing was written",
            None
        )
    );
    // An I/O error is what it was: a broken pipe still exits quietly.
    let pipe = std::io::Error::from(std::io::ErrorKind::BrokenPipe);
    let e = CliError::from(KeyringError::Io(pipe));
    assert_eq!(e.kind, ErrorKind::BrokenPipe);
}

#[test]
fn a_missing_password_file_names_the_file_and_exits_input() {
    let dir = tempfile::tempdir().expect("dir");
    let f = dir.path().join("nope");
    let e = crate::keyring::Password::File(f.clone())
        .get("k", false)
        .expect_err("no file");
    let e = CliError::from(e);
    assert_eq!(e.exit_code(), exit::INPUT);
    assert!(
        e.message
            .starts_with(&format!("cannot read password file {}: ", f.display())),
        "{}",
        e.message
    );
}

fn resolve_err(text: &str, o: Overrides, flags: &FlagSources, env: &[(&str, &str)]) -> CliError {
    let dir = tempfile::tempdir().expect("dir");
    let p = dir.path().join("c.toml");
    std::fs::write(&p, text).expect("write");
    let o = Overrides {
        config: Some(p),
        ..o
    };
    let env: Vec<(String, String)> = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let lookup = move |k: &str| env.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    CliError::from(Settings::resolve(&o, flags, &lookup).expect_err("must fail"))
}

#[test]
fn config_errors_are_exit_3_with_their_hints() {
    let none = FlagSources::default();
    let e = resolve_err(
        "[profiles.default.mqtt]\npassword_env = \"NOPE\"\n",
        Overrides::default(),
        &none,
        &[],
    );
    assert_eq!((e.kind, e.exit_code()), (ErrorKind::Config, exit::INPUT));
    assert!(e.message.contains("$NOPE"));
    assert_eq!(e.hint.as_deref(), Some("export NOPE=..."));

    let b = Overrides {
        profile: Some("b".into()),
        ..Default::default()
    };
    let e = resolve_err("[profiles.a]\n", b.clone(), &none, &[]);
    assert_eq!(e.hint.as_deref(), Some("known profiles: a"));
    let e = resolve_err("", b, &none, &[]);
    assert_eq!(
        e.hint.as_deref(),
        Some("the file has no profiles; add [profiles.NAME] or drop --profile")
    );

    let e = resolve_err(
        "[profiles.default.mqtt]\nurll = \"x\"\n",
        Overrides::default(),
        &none,
        &[],
    );
    assert!(e.message.contains("(line 2): "), "{}", e.message);
    assert!(e.message.contains("urll"), "{}", e.message);
    assert_eq!(
        hint(&e),
        Some("see `otactl config init --print` for a commented example")
    );

    let e = resolve_err(
        "",
        Overrides {
            topic_prefix: Some("a/#".into()),
            ..Default::default()
        },
        &none,
        &[],
    );
    assert_eq!(e.message, "invalid topic prefix 'a/#'");
}

#[test]
fn a_broker_password_in_a_flag_is_refused_without_echoing_it() {
    let mut flags = FlagSources::default();
    flags.0.insert("broker");
    let e = resolve_err(
        "",
        Overrides {
            broker: Some("mqtt://ops:s3cret-pw@env:1883".into()),
            ..Default::default()
        },
        &flags,
        &[],
    );
    assert_eq!(e.exit_code(), exit::INPUT);
    assert!(e.message.contains("--broker"), "{}", e.message);
    assert!(!format!("{} {:?}", e.message, e.hint).contains("s3cret-pw"));
    // A malformed URL is shown redacted.
    let e = resolve_err(
        "",
        Overrides {
            broker: Some("mqtt://ops:s3cret-pw@env:port".into()),
            ..Default::default()
        },
        &FlagSources::default(),
        &[],
    );
    assert_eq!(
        e.message,
        "invalid broker URL 'mqtt://<credentials>@env:port'"
    );
    assert_eq!(hint(&e), Some("use mqtt://HOST:PORT or mqtts://HOST:PORT"));
}

#[test]
fn mqtt_settings_are_config_errors_and_an_absent_broker_is_remote() {
    let mut c = crate::mqtt::ConnectConfig::plain("h", 8883, "x", "fleet");
    c.tls = true;
    let e = CliError::from(c.mqtt_options().map(|_| ()).expect_err("no CA"));
    assert_eq!(e.exit_code(), exit::INPUT);
    assert_eq!(
        hint(&e),
        Some("set mqtt.ca_file in the profile or pass --mqtt-ca FILE")
    );
    let e = CliError::from(MqttError::Unreachable {
        endpoint: "127.0.0.1:1".into(),
        why: "no answer".into(),
    });
    assert_eq!(e.exit_code(), exit::REMOTE);
    assert_eq!(
        e.message,
        "cannot reach the MQTT broker at 127.0.0.1:1: no answer"
    );
    assert_eq!(
        hint(&e),
        Some("check --broker (or the profile's mqtt.url) and that the broker runs")
    );
    let e = CliError::from(MqttError::TlsSetup("x".into()));
    assert_eq!(e.exit_code(), exit::INTERNAL);
}

#[test]
fn simulator_errors_keep_their_exit_codes() {
    let usage = CliError::from(SimError::NoDevices);
    assert_eq!(
        (usage.exit_code(), usage.message.as_str()),
        (exit::USAGE, "simulate at least one device")
    );
    let e = CliError::from(SimError::IdPattern(
        "id pattern 'X' has no {n} or {n:06}".into(),
    ));
    assert_eq!(e.exit_code(), exit::USAGE);
    assert_eq!(hint(&e), Some("use a pattern such as 'TRUCK-{n:06}'"));
    let e = CliError::from(SimError::NoTrustedKeys);
    assert_eq!(e.exit_code(), exit::INPUT);
    let e = CliError::from(SimError::NotReady {
        endpoint: "h:1883".into(),
        secs: 15,
    });
    assert_eq!(e.exit_code(), exit::REMOTE);
    assert_eq!(
        e.message,
        "the simulator's MQTT connections to h:1883 are not ready after 15s"
    );
    // Through the simulator: its MQTT errors are the MQTT ones.
    let e = CliError::from(SimError::Mqtt(MqttError::NoCaFile));
    assert_eq!(e.exit_code(), exit::INPUT);
    assert_eq!(e.message, "mqtts:// needs a CA file");
    let e = CliError::from(SimError::StateFormat {
        path: PathBuf::from("s.json"),
        found: "x/0".into(),
    });
    assert_eq!(
        e.message,
        "the simulator state s.json has format \"x/0\", expected \"otactl-sim-state/1\""
    );
    assert_eq!(
        hint(&e),
        Some("remove it to start the simulated fleet afresh")
    );
}

#[test]
fn a_state_file_that_does_not_parse_is_an_input_error() {
    let dir = tempfile::tempdir().expect("dir");
    let p = dir.path().join("s.json");
    std::fs::write(&p, "{").expect("write");
    let e = CliError::from(crate::sim::state_file::load(&p).expect_err("bad json"));
    assert_eq!(e.exit_code(), exit::INPUT);
    assert!(e.message.starts_with(&format!(
        "the simulator state {} is not readable: ",
        p.display()
    )));
}

#[test]
fn artifact_server_errors() {
    let addr = "127.0.0.1:0".parse().expect("addr");
    let e = CliError::from(
        crate::artifact_server::ArtifactServer::start(PathBuf::from("."), addr)
            .map(|_| ())
            .expect_err("no runtime"),
    );
    assert_eq!(e.exit_code(), exit::INTERNAL);
    let e = CliError::from(ServeError::NotADirectory(Path::new("/x").to_path_buf()));
    assert_eq!(
        (e.exit_code(), e.message.as_str()),
        (exit::INPUT, "/x is not a directory")
    );
    let e = CliError::from(ServeError::Listen {
        addr,
        source: std::io::Error::from(std::io::ErrorKind::AddrInUse),
    });
    assert_eq!(e.exit_code(), exit::INPUT);
    assert!(e.message.starts_with("cannot listen on 127.0.0.1:0: "));
    assert_eq!(
        hint(&e),
        Some("pick another address, or port 0 for a free one")
    );
}

#[test]
fn an_upload_the_signature_check_refused_is_a_verification_failure() {
    let refused = crate::s3::S3Error::Rejected(Box::new(SigningError::FileSignatureMismatch));
    let e = CliError::from(refused);
    assert_eq!(e.exit_code(), exit::VERIFICATION);
    assert_eq!(e.message, "signature does not match the file contents");
    assert!(
        hint(&e).is_some_and(|h| h.starts_with("the image is not what was signed")),
        "{:?}",
        e.hint
    );
    let e = CliError::from(crate::s3::S3Error::Integrity {
        key: "k".into(),
        detail: "d".into(),
    });
    assert_eq!(e.exit_code(), exit::VERIFICATION);
}
