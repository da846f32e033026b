//! Secrets stay secret (issue #10): the key password and the S3 and MQTT credentials
//! never appear in stdout or stderr (text or JSON, success or failure), in the audit
//! log, or in a running process's arguments; secret key and store files are 0600.

use crate::common::Env;
use crate::common::mosquitto::free_port;
use crate::common::s3::{ACCESS_KEY, BUCKET, S3sFs};
use otactl::signing::minisign::{KdfLimits, SecretKey};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

const MQTT_PW: &str = "mqtt-pw-Qx7f3a9c";
const S3_SECRET: &str = "s3-secret-Rb2c3d4e";
const S3_TOKEN: &str = "s3-session-Tk5f6a7b";
const KEY_PW: &str = "key-pw-Z9e8d7c6";
const URL_PW: &str = "url-pw-W1a2b3c4";
const SECRETS: [&str; 5] = [MQTT_PW, S3_SECRET, S3_TOKEN, KEY_PW, URL_PW];

/// A test environment whose every otactl has every secret in its environment, and
/// an encrypted key to sign with.
fn secret_env() -> Env {
    let mut env = Env::new().with_key_dir();
    for (k, v) in [
        ("OTACTL_MQTT_USERNAME", "ops"),
        ("OTACTL_MQTT_PASSWORD", MQTT_PW),
        ("AWS_ACCESS_KEY_ID", ACCESS_KEY),
        ("AWS_SECRET_ACCESS_KEY", S3_SECRET),
        ("AWS_SESSION_TOKEN", S3_TOKEN),
        ("OTACTL_KEY_PASSWORD", KEY_PW),
        ("OTACTL_BUCKET", BUCKET),
    ] {
        env.add_env_var(k, v);
    }
    let key = env.path("enc.key");
    env.add_env_var("OTACTL_KEY", key);
    env
}

fn assert_clean(what: &str, text: &str) {
    for s in SECRETS {
        assert!(!text.contains(s), "{what} shows a secret ({s}):\n{text}");
    }
}

/// A key pair whose secret key is encrypted with KEY_PW (the fast scrypt limits, so
/// the test does not spend a GiB), trusted in the key dir; and a signed image.
fn setup(env: &Env) -> std::path::PathBuf {
    let sk = SecretKey::generate();
    let text = sk
        .to_file_text_with_limits(KEY_PW, KdfLimits::INTERACTIVE)
        .expect("encrypt");
    env.write("enc.key", text);
    let pubf = env.write("enc.pub", sk.public_key().to_file_text());
    let (code, _, err) = env
        .run(["keys", "trust", pubf.to_str().expect("p")])
        .parts();
    assert_eq!(code, 0, "{err}");
    let fw = env.write("fw.bin", vec![7u8; 50_000]);
    let (code, out, err) = env
        .run([
            "firmware",
            "sign",
            fw.to_str().expect("p"),
            "--name",
            "ecu",
            "--version",
            "1.0.0",
            "--hw",
            "stm32f4",
        ])
        .parts();
    assert_eq!(code, 0, "{err}");
    assert_clean("firmware sign", &(out + &err));
    fw
}

#[test]
fn secrets_never_reach_output_errors_or_the_audit_log() {
    let env = secret_env();
    let fw = setup(&env);
    let fw = fw.to_str().expect("p");
    let url = format!("mqtt://ops:{URL_PW}@127.0.0.1:{}", free_port());
    let mut runs: Vec<(String, i32, String, String)> = Vec::new();
    // A wrong key password: the error names the problem, not the password.
    let wrong = env
        .run_with(|c| {
            c.env("OTACTL_KEY_PASSWORD", "not-the-key-pw").args([
                "firmware",
                "sign",
                fw,
                "--name",
                "ecu",
                "--version",
                "1.0.1",
                "--hw",
                "x",
            ])
        })
        .parts();
    assert_ne!(wrong.0, 0);
    assert!(!wrong.2.contains("not-the-key-pw"), "{}", wrong.2);
    runs.push((
        "sign with a wrong password".into(),
        wrong.0,
        wrong.1,
        wrong.2,
    ));
    let go_env = |label: &str, args: &[&str]| {
        let (code, out, err) = env
            .run_with(|c| c.env("OTACTL_BROKER", &url).args(args))
            .parts();
        (label.to_string(), code, out, err)
    };
    let env_runs = [
        go_env("config show with a URL password", &["config", "show"]),
        go_env(
            "config show -o json with a URL password",
            &["config", "show", "-o", "json"],
        ),
    ];
    let (code, out, err) = env
        .run_dev_with(|c| {
            c.env("OTACTL_BROKER", &url).args([
                "-o",
                "json",
                "mqtt-bench",
                "dispatch",
                "--jobs",
                "1",
            ])
        })
        .parts();
    runs.push(("mqtt, unreachable, json".to_string(), code, out, err));
    runs.extend(env_runs);
    // MQTT: nothing listens (password in the environment and in the URL).
    let port = free_port().to_string();
    let plain = format!("mqtt://127.0.0.1:{port}");
    let (code, out, err) = env
        .run_dev(["--broker", &plain, "mqtt-bench", "dispatch", "--jobs", "1"])
        .parts();
    runs.push(("mqtt, unreachable".to_string(), code, out, err));
    let mut go = |label: &str, args: &[&str]| {
        let (code, out, err) = env.run(args).parts();
        runs.push((label.to_string(), code, out, err));
    };
    go("config show", &["config", "show"]);
    go("config show -o json", &["config", "show", "-o", "json"]);
    // S3: nothing listens; and a real server that refuses our (wrong) secret.
    let dead = format!("http://127.0.0.1:{}", free_port());
    go(
        "upload, unreachable",
        &["firmware", "upload", fw, "--s3-endpoint", &dead],
    );
    go(
        "upload, unreachable, json",
        &[
            "firmware",
            "upload",
            fw,
            "--s3-endpoint",
            &dead,
            "-o",
            "json",
        ],
    );
    let s3 = S3sFs::start();
    let ep = format!("http://127.0.0.1:{}", s3.port);
    go(
        "upload, wrong secret",
        &["firmware", "upload", fw, "--s3-endpoint", &ep],
    );
    go(
        "upload, wrong secret, json",
        &["firmware", "upload", fw, "--s3-endpoint", &ep, "-o", "json"],
    );
    go(
        "presign",
        &["firmware", "url", "ecu@1.0.0", "--s3-endpoint", &ep],
    );
    // A password in a flag is refused (every user can read a command line).
    let csv = env.write("fleet.csv", "id,hw\nT1,stm32f4\n");
    go(
        "fleet import, password in --broker",
        &[
            "--broker",
            &url,
            "fleet",
            "import",
            csv.to_str().expect("p"),
        ],
    );
    go("audit", &["audit"]);
    go("audit -o json", &["audit", "-o", "json"]);
    for (label, code, out, err) in &runs {
        assert_clean(label, &format!("exit {code}\n{out}\n{err}"));
    }
    let by = |l: &str| runs.iter().find(|r| r.0 == l).expect("ran");
    assert_eq!(
        by("upload, unreachable").1,
        5,
        "{}",
        by("upload, unreachable").3
    );
    assert_eq!(
        by("upload, wrong secret").1,
        5,
        "{}",
        by("upload, wrong secret").3
    );
    assert_eq!(
        by("mqtt, unreachable").1,
        5,
        "{}",
        by("mqtt, unreachable").3
    );
    let refused = by("fleet import, password in --broker");
    assert_eq!(refused.1, 3, "{}", refused.3);
    assert!(
        refused.3.contains("--broker carries a password"),
        "{}",
        refused.3
    );
    assert!(refused.3.contains("OTACTL_MQTT_PASSWORD"), "{}", refused.3);
    assert_eq!(
        by("mqtt, unreachable, json").1,
        5,
        "{}",
        by("mqtt, unreachable, json").3
    );
    let (code, listed, err) = env.run(["fleet", "list", "-o", "json"]).parts();
    assert_eq!(code, 0, "{err}");
    assert!(!listed.contains("T1"), "the refused import ran: {listed}");
    let shown = &by("config show -o json").2;
    let v: serde_json::Value = serde_json::from_str(shown).expect("json");
    assert_eq!(v["mqtt"]["password"], "set", "{shown}");
    assert_eq!(v["s3"]["secret_access_key"], "set", "{shown}");
}

/// A broker that refuses us: Mosquitto without anonymous access.
#[test]
fn a_broker_refusing_our_credentials_is_told_without_them() {
    let env = secret_env();
    let dir = tempfile::tempdir().expect("tempdir");
    let port = free_port();
    let conf = dir.path().join("m.conf");
    let pwfile = dir.path().join("passwd");
    // A user whose password is not ours.
    std::fs::write(&pwfile, "").expect("passwd");
    let made = std::process::Command::new("mosquitto_passwd")
        .args(["-b", pwfile.to_str().expect("p"), "ops", "the-real-one"])
        .output()
        .expect("mosquitto_passwd");
    assert!(made.status.success(), "{made:?}");
    std::fs::set_permissions(&pwfile, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    std::fs::write(
        &conf,
        format!(
            "listener {port} 127.0.0.1\nallow_anonymous false\npassword_file {}\n",
            pwfile.display()
        ),
    )
    .expect("conf");
    let mut broker = std::process::Command::new("mosquitto")
        .arg("-c")
        .arg(&conf)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("mosquitto");
    crate::common::mosquitto::wait_listening(port);
    let url = format!("mqtt://127.0.0.1:{port}");
    let (code, out, err) = env
        .run_dev(["--broker", &url, "mqtt-bench", "dispatch", "--jobs", "1"])
        .parts();
    let url2 = format!("mqtt://ops:{URL_PW}@127.0.0.1:{port}");
    let (code2, out2, err2) = env
        .run_dev_with(|c| {
            c.env("OTACTL_BROKER", &url2).args([
                "-o",
                "json",
                "mqtt-bench",
                "dispatch",
                "--jobs",
                "1",
            ])
        })
        .parts();
    let _ = broker.kill();
    let _ = broker.wait();
    assert_eq!(code, 5, "{err}");
    assert_eq!(code2, 5, "{err2}");
    assert_clean(
        "refused by the broker",
        &format!("{out}\n{err}\n{out2}\n{err2}"),
    );
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p)
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        .permissions()
        .mode()
        & 0o777
}

/// A long-running otactl that holds the MQTT password: its command line (what `ps`
/// shows every user) has no secret, since secrets are never flags.
#[test]
fn a_running_otactl_has_no_secret_in_its_command_line() {
    let env = Env::new();
    let m = crate::common::mosquitto::Mosquitto::start();
    let mut c = env.std_dev_cmd();
    c.env("OTACTL_MQTT_USERNAME", "ops")
        .env("OTACTL_MQTT_PASSWORD", MQTT_PW)
        .env("AWS_SECRET_ACCESS_KEY", S3_SECRET)
        .env("AWS_SESSION_TOKEN", S3_TOKEN)
        .env("OTACTL_KEY_PASSWORD", KEY_PW)
        .args([
            "--broker",
            &format!("mqtt://127.0.0.1:{}", m.port),
            "mqtt-bench",
            "ingest",
            "--messages",
            "1000000",
            "--jobs",
            "10",
            "--timeout",
            "60",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut child = c.spawn().expect("spawn otactl");
    let pid = child.id();
    // Wait until it has connected (it holds the password) or give up after 10 s.
    let end = Instant::now() + Duration::from_secs(10);
    let mut cmdline = Vec::new();
    let mut connected = false;
    while Instant::now() < end {
        cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        // A socket whose remote end is the broker: otactl's connection (this test
        // runs no other client).
        let port = format!(":{:04X}", m.port);
        connected = std::fs::read_to_string(format!("/proc/{pid}/net/tcp"))
            .map(|t| {
                t.lines().any(|l| {
                    let f: Vec<&str> = l.split_whitespace().collect();
                    // remote address, and state 01 = ESTABLISHED (not the TIME_WAIT
                    // of the harness's own probe of the port).
                    f.len() > 3 && f[2].ends_with(&port) && f[3] == "01"
                })
            })
            .unwrap_or(false);
        if connected && !cmdline.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let alive = child.try_wait().expect("try_wait").is_none();
    let _ = child.kill();
    let _ = child.wait();
    assert!(alive, "otactl exited early");
    assert!(connected, "otactl never connected to the broker");
    assert!(!cmdline.is_empty(), "no /proc/{pid}/cmdline");
    let text = String::from_utf8_lossy(&cmdline).replace('\0', " ");
    assert!(text.contains("mqtt-bench"), "{text}");
    assert_clean("/proc/PID/cmdline", &text);
}

#[test]
fn secret_keys_and_the_store_are_private_files() {
    let env = secret_env();
    let keys = env.path("keys");
    let (code, _, err) = env
        .run(["keys", "generate", "--unencrypted", "--name", "k1"])
        .parts();
    assert_eq!(code, 0, "{err}");
    assert_eq!(mode(&keys.join("k1.key")), 0o600);
    // The store, with its WAL and shared-memory files while a writer has it open.
    let csv = env.write("fleet.csv", "id,hw\nT1,stm32f4\n");
    let (code, _, err) = env
        .run(["fleet", "import", csv.to_str().expect("p")])
        .parts();
    assert_eq!(code, 0, "{err}");
    let store = env.store();
    assert_eq!(mode(&store), 0o600);
    assert_eq!(mode(store.parent().expect("dir")), 0o700);
    let conn = otactl_store::open(&store).expect("open");
    conn.execute("UPDATE devices SET hw = hw", [])
        .expect("write");
    for ext in ["db-wal", "db-shm"] {
        let p = store.with_extension(ext);
        if p.exists() {
            assert_eq!(mode(&p), 0o600, "{}", p.display());
        }
    }
    drop(conn);
}
