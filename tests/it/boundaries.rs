//! Hostile input at otactl's other boundaries (SECURITY.md "Input that cannot break
//! out"): a firmware version that is a path, a device's error code full of escape
//! sequences, a counter past i64::MAX. Each is refused with one line, a hint and the
//! documented exit code, or printed harmlessly.

use crate::common::{Env, arg};
use otactl::signing::{FileDigests, Manifest, SecretKey, hash_file, sign_manifest};
use otactl_store::DeviceStatus;
use otactl_store::jobs::{StatusRecord, apply_event, ingest_status};
use otactl_store::rusqlite::Connection;
use otactl_store::state::JobEvent;

/// One error line and one hint line on stderr, no escape character, the exit code.
#[track_caller]
fn refused(out: crate::common::Output, code: i32, says: &str) {
    let (got, _, err) = out.parts();
    assert_eq!(got, code, "{err}");
    assert!(err.contains(says), "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "one line and a hint: {err:?}");
    assert!(
        lines[0].starts_with("error: ") && lines[1].contains("hint:"),
        "{err}"
    );
    assert!(!err.contains('\u{1b}'), "{err:?}");
}

fn secret_key(env: &Env) -> SecretKey {
    let p = std::fs::read_dir(env.key_dir())
        .expect("key dir")
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "key"))
        .expect("a key");
    SecretKey::load(p, None).expect("key")
}

/// A `.minisig` from elsewhere: signed with a trusted key, but its manifest says what
/// `firmware sign` would refuse.
fn crafted(env: &Env, image: &std::path::Path, version: &str, counter: u64) -> std::path::PathBuf {
    let d: FileDigests = hash_file(image).expect("hash");
    let m = Manifest {
        format: otactl::signing::MANIFEST_FORMAT.into(),
        name: "engine-ecu".into(),
        version: version.into(),
        counter,
        hw: vec!["stm32f4".into()],
        size: d.size,
        sha256: d.sha256_hex(),
        created_at: time::OffsetDateTime::now_utc()
            .replace_nanosecond(0)
            .expect("t"),
        expires_at: None,
    };
    let sig = sign_manifest(&secret_key(env), &d, &m).expect("sign");
    env.write(&format!("crafted-{counter}.minisig"), sig)
}

#[test]
fn a_firmware_version_cannot_name_another_bucket() {
    let mut env = Env::new();
    env.generate_key();
    let image = env.write("x.bin", vec![1u8; 4096]);
    for version in [
        "../../../other/pwn",
        "..",
        "1.0/../../x",
        "1.0\n",
        "1.0\u{1b}[2J",
    ] {
        refused(
            env.run([
                "firmware",
                "sign",
                arg(&image),
                "--name",
                "engine-ecu",
                "--version",
                version,
                "--hw",
                "stm32f4",
            ]),
            3,
            "invalid version",
        );
    }
    refused(
        env.run([
            "firmware",
            "sign",
            arg(&image),
            "--name",
            "../other",
            "--version",
            "1.0",
            "--hw",
            "stm32f4",
        ]),
        3,
        "invalid firmware name",
    );
    // A .minisig made elsewhere with such a version is refused before any S3 request,
    // by upload (with a bucket configured) and by verify.
    let sig = crafted(&env, &image, "../../../other/pwn", 7);
    let upload = env.run_with(|c| {
        c.args(["firmware", "upload", arg(&image), "--sig", arg(&sig)])
            .env("AWS_ENDPOINT_URL", "http://127.0.0.1:9")
            .env("OTACTL_BUCKET", "firmware")
            .env("AWS_ACCESS_KEY_ID", "k")
            .env("AWS_SECRET_ACCESS_KEY", "s")
    });
    let (code, _, err) = upload.clone().parts();
    assert_eq!(code, 4, "{err}");
    assert!(
        err.contains("release alphabet") && !err.contains("other/pwn"),
        "{err}"
    );
    refused(
        env.run(["firmware", "verify", arg(&image), "--sig", arg(&sig)]),
        4,
        "release alphabet",
    );
    assert!(
        !env.run(["firmware", "list"])
            .success()
            .stdout
            .contains("pwn")
    );
}

/// The key otactl prints is the key the object has in the bucket, and `firmware url`
/// presigns that one (a `+` in a version is percent-encoded, never a path change).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_printed_key_is_the_key_that_was_sent() {
    use crate::common::s3::{ACCESS_KEY, BUCKET, S3sFs, SECRET_KEY};
    let s3 = S3sFs::start();
    let mut env = Env::new();
    env.add_env_var("AWS_ENDPOINT_URL", format!("http://127.0.0.1:{}", s3.port));
    env.add_env_var("OTACTL_BUCKET", BUCKET);
    env.add_env_var("AWS_ACCESS_KEY_ID", ACCESS_KEY);
    env.add_env_var("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    env.generate_key();
    let image = env.write("x.bin", vec![3u8; 4096]);
    env.run([
        "firmware",
        "sign",
        arg(&image),
        "--name",
        "engine-ecu",
        "--version",
        "2.0.0-rc.1+b7",
        "--hw",
        "stm32f4",
    ])
    .success();
    let up = env
        .run(["firmware", "upload", arg(&image), "-o", "json"])
        .success()
        .stdout;
    let key = serde_json::Deserializer::from_str(&up)
        .into_iter::<serde_json::Value>()
        .filter_map(Result::ok)
        .find_map(|v| v["result"]["key"].as_str().map(str::to_string))
        .unwrap_or_else(|| panic!("no key printed: {up}"));
    assert!(
        key.starts_with("firmware/engine-ecu/2.0.0-rc.1%2Bb7/"),
        "{up}"
    );
    let head = s3.client().head_object(&key).await.expect("head");
    assert_eq!(
        head.map(|h| h.size),
        Some(4096),
        "the object is where otactl said"
    );
    let url = env.run_json(["firmware", "url", "engine-ecu@2.0.0-rc.1+b7"]);
    assert_eq!(url["key"].as_str(), Some(key.as_str()), "{url}");
}

#[test]
fn a_counter_past_i64_max_is_refused_at_sign_and_verify() {
    let mut env = Env::new();
    env.generate_key();
    let image = env.write("x.bin", vec![1u8; 4096]);
    let sign = |version: &str, counter: Option<&str>| {
        let mut a = vec![
            "firmware",
            "sign",
            arg(&image),
            "--name",
            "engine-ecu",
            "--version",
            version,
            "--hw",
            "stm32f4",
            "--force",
        ];
        if let Some(c) = counter {
            a.extend(["--counter", c]);
        }
        env.run(a)
    };
    for c in ["18446744073709551615", "9223372036854775808"] {
        refused(sign("1.0.0", Some(c)), 3, "the largest a counter can be");
    }
    sign("1.0.0", Some("9223372036854775806")).success();
    // The next one is above it, and then the name is at its end: nothing lower passes.
    sign("1.0.1", None).success();
    refused(sign("1.0.2", None), 3, "at its maximum");
    refused(sign("1.0.2", Some("1")), 3, "not above");
    let list = env.run_json(["firmware", "list"]);
    let counters: Vec<u64> = list
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|a| a["counter"].as_u64())
        .collect();
    assert_eq!(
        counters,
        vec![i64::MAX as u64 - 1, i64::MAX as u64],
        "{list}"
    );
    // A signature made elsewhere with such a counter does not verify.
    let sig = crafted(&env, &image, "9.9.9", u64::MAX);
    refused(
        env.run(["firmware", "verify", arg(&image), "--sig", arg(&sig)]),
        4,
        "2^63 - 1",
    );
}

const HOSTILE: &str = "\u{1b}[2K\r\u{1b}[32msucceeded\u{1b}[0m\u{9b}1A";

#[test]
fn a_device_cannot_write_escape_sequences_onto_the_terminal() {
    let mut env = Env::new();
    let fx = env.signed_fleet(2);
    // Never uploaded: `rollout create` accepts it only with an artifact server named.
    env.add_env_var("OTACTL_ARTIFACT_URL", "http://127.0.0.1:9");
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
    let c = Connection::open(env.store()).expect("store");
    let job: String = c
        .query_row("SELECT id FROM jobs WHERE device_id = 'T0000'", [], |r| {
            r.get(0)
        })
        .expect("job");
    apply_event(
        &c,
        &job,
        &JobEvent::Enqueue {
            command_id: "c1".into(),
        },
        1,
    )
    .expect("enqueue");
    ingest_status(
        &c,
        &StatusRecord {
            device_id: "T0000".into(),
            msg_id: "m1".into(),
            job_id: job.clone(),
            command_id: "c1".into(),
            status: DeviceStatus::Rejected,
            progress: None,
            seq: Some(1),
            firmware_version: None,
            error_code: Some(HOSTILE.into()),
            error_message: Some(format!("bad {HOSTILE}")),
            device_ts: "2026-11-22T01:00:00Z".into(),
            received_ms: otactl_store::now_ms(),
        },
    )
    .expect("status");
    drop(c);
    let outputs = [
        env.run(["device", "history", "T0000"]).success().stdout,
        env.run(["rollout", "report", "r1", "--format", "md"])
            .success()
            .stdout,
        env.run(["rollout", "report", "r1", "--format", "csv"])
            .success()
            .stdout,
        env.run(["rollout", "status", "r1"]).success().stdout,
    ];
    for out in &outputs {
        assert!(
            !out.contains(['\u{1b}', '\r', '\u{9b}']),
            "a control character reached the terminal: {out:?}"
        );
    }
    // The code is still there to read, escaped.
    assert!(
        outputs[0].contains("\\u{1b}[32msucceeded"),
        "{}",
        outputs[0]
    );
    assert!(
        outputs[1].contains("rejected") && outputs[1].contains("\\u{1b}"),
        "{}",
        outputs[1]
    );
    // JSON keeps the exact bytes (escaped by JSON itself).
    let json = env.run_json(["device", "history", "T0000"]);
    assert!(json.to_string().contains("\\u001b[32msucceeded"), "{json}");
}
