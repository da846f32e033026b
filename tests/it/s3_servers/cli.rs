//! `firmware upload | url | list --remote` through the binary against each real
//! server (s3s-fs, moto): multipart with CRC32C and MD5 parts, presigned download,
//! resume after the server died, refusal of unsigned and tampered images, expired
//! URLs, wrong credentials, a skewed clock. One body per test, run on every server.

use crate::common::s3::{ACCESS_KEY, BUCKET, Kind, SECRET_KEY, Server, make_file};
use crate::common::{Env, run};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

on_each_server! {
    sync: [
        multipart_upload_presigned_download_and_dedupe,
        unsigned_and_tampered_images_are_refused_and_nothing_is_uploaded,
        a_tampered_multipart_image_is_refused_before_it_becomes_visible,
        expired_presigned_url_is_refused_by_the_server,
        an_upload_interrupted_by_a_dead_server_resumes,
        wrong_credentials_and_unreachable_endpoint_exit_remote_with_hints,
        a_skewed_clock_is_named_as_the_cause_not_the_credentials,
    ]
}

struct Rig {
    env: Env,
    server: Server,
}

impl Rig {
    fn new(kind: Kind) -> Rig {
        let env = Env::new();
        let r = Rig {
            server: Server::start(kind),
            env,
        };
        assert_eq!(r.otactl(&["keys", "generate", "--unencrypted"]).0, 0);
        r
    }
    /// otactl with this rig's keys and bucket (a std Command, for spawning).
    fn std_cmd(&self) -> std::process::Command {
        let mut c = self.env.std_cmd();
        c.env("OTACTL_KEY_DIR", self.env.path("keys"))
            .env(
                "AWS_ENDPOINT_URL",
                format!("http://127.0.0.1:{}", self.server.port),
            )
            .env("OTACTL_BUCKET", BUCKET)
            .env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
            .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        c
    }
    fn cmd(&self) -> assert_cmd::Command {
        assert_cmd::Command::from_std(self.std_cmd())
    }
    fn otactl(&self, args: &[&str]) -> (i32, String, String) {
        run({
            let mut c = self.cmd();
            c.args(args);
            c
        })
    }
    /// `firmware upload FILE --part-size 5 ARGS...`
    fn upload_5mib_parts(&self, fw: &Path, args: &[&str]) -> (i32, String, String) {
        let mut all = vec![
            "firmware",
            "upload",
            fw.to_str().expect("p"),
            "--part-size",
            "5",
        ];
        all.extend_from_slice(args);
        self.otactl(&all)
    }
    fn signed_file(&self, name: &str, len: usize, version: &str) -> (PathBuf, Vec<u8>) {
        let (p, data) = make_file(self.env.dir.path(), name, len, len as u64);
        let (code, _, err) = self.otactl(&[
            "firmware",
            "sign",
            p.to_str().expect("p"),
            "--name",
            "ecu",
            "--version",
            version,
            "--hw",
            "stm32f4",
        ]);
        assert_eq!(code, 0, "{err}");
        (p, data)
    }
}

fn last_json(out: &str) -> Value {
    let line = out
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("");
    serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

fn http_get(url: &str) -> (u16, Vec<u8>) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("rt");
    rt.block_on(async {
        let r = reqwest::get(url).await.expect("GET");
        let status = r.status().as_u16();
        (status, r.bytes().await.expect("body").to_vec())
    })
}

fn url_of(r: &Rig, spec: &str, ttl: &str) -> String {
    let (code, out, err) = r.otactl(&["firmware", "url", spec, "--ttl", ttl, "-o", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).expect("json");
    v["url"].as_str().expect("url").to_string()
}

fn multipart_upload_presigned_download_and_dedupe(kind: Kind) {
    let r = Rig::new(kind);
    let (fw, data) = r.signed_file("fw.bin", 12 * 1024 * 1024 + 777, "1.0.0");
    let (code, out, err) = r.upload_5mib_parts(&fw, &["-o", "json"]);
    assert_eq!(code, 0, "{err}");
    let parts_done = out.lines().filter(|l| l.contains("\"part_done\"")).count();
    assert_eq!(parts_done, 3, "{out}");
    let res = last_json(&out);
    assert_eq!(res["result"]["outcome"], "uploaded");
    let key = res["result"]["key"].as_str().expect("key").to_string();
    assert!(key.starts_with("firmware/ecu/1.0.0/"), "{key}");

    // Plain HTTP through the presigned URL gives the same bytes.
    let (status, body) = http_get(&url_of(&r, "ecu@1.0.0", "1h"));
    assert_eq!(status, 200);
    assert!(body == data, "downloaded bytes differ");
    // The .minisig is beside it.
    let minisig = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("rt")
        .block_on(r.server.client().get_object(&format!("{key}.minisig")))
        .expect("the .minisig is in the bucket");
    assert_eq!(
        minisig,
        std::fs::read(fw.with_extension("bin.minisig")).expect("minisig")
    );

    // The same object again: nothing sent.
    let (code, out, err) = r.otactl(&["firmware", "upload", fw.to_str().expect("p"), "-o", "json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(last_json(&out)["result"]["outcome"], "already_present");
    let (code, out, _) = r.otactl(&["firmware", "list", "--remote", "-o", "json"]);
    assert_eq!(code, 0);
    let rows: Vec<Value> = serde_json::from_str(&out).expect("json");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["artifact"], "ecu@1.0.0");
    assert_eq!(rows[0]["in_store"], true);
}

fn unsigned_and_tampered_images_are_refused_and_nothing_is_uploaded(kind: Kind) {
    let r = Rig::new(kind);
    let (raw, _) = make_file(r.env.dir.path(), "raw.bin", 100_000, 7);
    let (code, _, err) = r.otactl(&["firmware", "upload", raw.to_str().expect("p")]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("not signed"), "{err}");

    let (fw, _) = r.signed_file("fw.bin", 300_000, "2.0.0");
    let mut b = std::fs::read(&fw).expect("r");
    b[1234] ^= 0x40;
    std::fs::write(&fw, b).expect("w");
    let (code, _, err) = r.otactl(&["firmware", "upload", fw.to_str().expect("p")]);
    assert_eq!(code, 4, "{err}");
    let (code, out, _) = r.otactl(&["firmware", "list", "--remote", "-o", "json"]);
    assert_eq!(code, 0);
    assert_eq!(out.trim(), "[]", "nothing reached the bucket");
}

fn a_tampered_multipart_image_is_refused_before_it_becomes_visible(kind: Kind) {
    // The signature is checked over the bytes as they are sent: a change in the
    // last part is found after the first parts went out, and the upload is aborted.
    let r = Rig::new(kind);
    let (fw, data) = r.signed_file("mp.bin", 12 * 1024 * 1024 + 5, "5.0.0");
    let mut tampered = data.clone();
    tampered[11 * 1024 * 1024] ^= 0x01;
    std::fs::write(&fw, &tampered).expect("w");
    let (code, out, err) = r.upload_5mib_parts(&fw, &["-o", "json"]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("signature"), "{err}");
    assert!(
        out.contains("\"part_done\""),
        "parts went out before the verdict: {out}"
    );
    let (code, listed, _) = r.otactl(&["firmware", "list", "--remote", "-o", "json"]);
    assert_eq!(code, 0);
    assert_eq!(listed.trim(), "[]", "nothing is visible in the bucket");
    assert_eq!(r.server.pending_uploads(), 0, "the parts are aborted");
    assert_eq!(uploaded_parts(&r.env.store()), 0, "nothing left to resume");
    let (code, _, err) = r.otactl(&["firmware", "url", "ecu@5.0.0"]);
    assert_ne!(code, 0, "not uploaded: {err}");

    // The genuine bytes go through, here with Content-MD5 part checksums.
    std::fs::write(&fw, &data).expect("w");
    let (code, _, err) = r.upload_5mib_parts(&fw, &["--part-checksum", "md5"]);
    assert_eq!(code, 0, "{err}");
    let (status, body) = http_get(&url_of(&r, "ecu@5.0.0", "10m"));
    assert_eq!(status, 200);
    assert!(body == data, "downloaded object differs from the file");
}

fn expired_presigned_url_is_refused_by_the_server(kind: Kind) {
    let r = Rig::new(kind);
    let (fw, _) = r.signed_file("fw.bin", 50_000, "3.0.0");
    assert_eq!(
        r.otactl(&["firmware", "upload", fw.to_str().expect("p")]).0,
        0
    );
    // Long enough for the first GET on a busy machine, short enough to wait out.
    let url = url_of(&r, "ecu@3.0.0", "3s");
    assert_eq!(http_get(&url).0, 200);
    if !kind.skips(
        "expired_presigned_url_is_refused_by_the_server",
        kind.cannot_check_presign_expiry(),
    ) {
        std::thread::sleep(Duration::from_millis(4200));
        assert_eq!(
            http_get(&url).0,
            403,
            "the server must refuse an expired URL"
        );
    }
    let (code, _, err) = r.otactl(&["firmware", "url", "ecu@3.0.0", "--ttl", "8d"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("7 days"), "{err}");
}

fn uploaded_parts(store: &Path) -> usize {
    let Ok(c) = rusqlite::Connection::open(store) else {
        return 0;
    };
    c.query_row(
        "SELECT coalesce(sum((SELECT count(*) FROM json_each(parts))), 0) FROM uploads",
        [],
        |r| r.get::<_, i64>(0),
    )
    .map(|n| n as usize)
    .unwrap_or(0)
}

fn an_upload_interrupted_by_a_dead_server_resumes(kind: Kind) {
    let mut r = Rig::new(kind);
    let (fw, data) = r.signed_file("big.bin", 80 * 1024 * 1024, "4.0.0");
    let mut child = r
        .std_cmd()
        .args([
            "firmware",
            "upload",
            fw.to_str().expect("p"),
            "--part-size",
            "5",
            "--concurrency",
            "1",
            "-q",
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let deadline = Instant::now() + Duration::from_secs(60);
    while uploaded_parts(&r.env.store()) < 2 {
        assert!(Instant::now() < deadline, "no parts journaled");
        if let Ok(Some(st)) = child.try_wait() {
            panic!("upload ended before the server was killed: {st}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    r.server.kill();
    let out = child.wait_with_output().expect("wait");
    assert_eq!(
        out.status.code(),
        Some(5),
        "a dead server is a remote error: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let journaled = uploaded_parts(&r.env.store());
    assert!(journaled >= 2);

    // Same port; s3s-fs on the same root, moto empty but for the bucket.
    r.server.restart();
    let (code, stdout, err) = r.upload_5mib_parts(&fw, &["-o", "json"]);
    assert_eq!(code, 0, "{err}");
    let started = stdout
        .lines()
        .find(|l| l.contains("\"started\""))
        .expect("started event");
    let v: Value = serde_json::from_str(started).expect("json");
    let discarded = stdout.contains("\"resume_discarded\"");
    if kind.keeps_uploads_across_restart() {
        assert!(!discarded, "{stdout}");
        assert!(v["resumed_parts"].as_u64().unwrap_or(0) >= 2, "{started}");
    } else {
        // The server lost the upload: noticed (NoSuchUpload), started over cleanly.
        assert!(discarded, "the lost upload is noticed: {stdout}");
        assert_eq!(v["resumed_parts"], 0, "{started}");
        assert_eq!(r.server.pending_uploads(), 0, "no upload left behind");
    }
    assert_eq!(
        last_json(&stdout)["result"]["resumed_parts"],
        v["resumed_parts"]
    );
    let (status, body) = http_get(&url_of(&r, "ecu@4.0.0", "10m"));
    assert_eq!(status, 200);
    assert!(body == data, "resumed object differs from the file");
    assert_eq!(
        uploaded_parts(&r.env.store()),
        0,
        "journal cleared after completion"
    );
}

fn wrong_credentials_and_unreachable_endpoint_exit_remote_with_hints(kind: Kind) {
    let r = Rig::new(kind);
    let (fw, _) = r.signed_file("fw.bin", 10_000, "5.0.0");
    if !kind.skips(
        "wrong_credentials_and_unreachable_endpoint_exit_remote_with_hints (wrong secret)",
        kind.cannot_check_credentials(),
    ) {
        let (code, _, err) = run({
            let mut c = r.cmd();
            c.env("AWS_SECRET_ACCESS_KEY", "not-the-secret").args([
                "firmware",
                "upload",
                fw.to_str().expect("p"),
            ]);
            c
        });
        assert_eq!(code, 5, "{err}");
        assert!(
            err.contains("AWS_SECRET_ACCESS_KEY") || err.contains("AWS_ACCESS_KEY_ID"),
            "{err}"
        );
        assert!(
            !err.contains("not-the-secret") && !err.contains(SECRET_KEY),
            "secret leaked: {err}"
        );
    }
    let (code, _, err) = run({
        let mut c = r.cmd();
        let port = crate::common::s3::free_port();
        c.env("AWS_ENDPOINT_URL", format!("http://127.0.0.1:{port}"))
            .args(["firmware", "upload", fw.to_str().expect("p")]);
        c
    });
    assert_eq!(code, 5, "{err}");
    assert_eq!(
        err.lines().filter(|l| l.starts_with("error:")).count(),
        1,
        "{err}"
    );
}

/// `otactl ARGS` with the clock moved by `offset` (libfaketime, e.g. "+2h").
fn with_clock(r: &Rig, offset: &str, args: &[&str]) -> (i32, String, String) {
    let have = std::process::Command::new("faketime")
        .args(["-f", "+0", "true"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        have,
        "faketime is missing: apt-get install faketime (.ci/run does)"
    );
    let base = r.std_cmd();
    let mut c = std::process::Command::new("faketime");
    c.args(["-f", offset]).arg(base.get_program()).args(args);
    for (k, v) in base.get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    // Only the wall clock is off, as on a machine without NTP; timers keep going.
    c.env("FAKETIME_DONT_FAKE_MONOTONIC", "1");
    run(assert_cmd::Command::from_std(c))
}

fn a_skewed_clock_is_named_as_the_cause_not_the_credentials(kind: Kind) {
    let r = Rig::new(kind);
    let (fw, _) = r.signed_file("clock.bin", 40_000, "6.0.0");
    let file = fw.to_str().expect("p");
    let offsets: &[(&str, &str)] = if kind.skips(
        "a_skewed_clock_is_named_as_the_cause_not_the_credentials (2 h off)",
        kind.cannot_check_request_time(),
    ) {
        &[]
    } else {
        &[("+2h", "ahead of"), ("-2h", "behind")]
    };
    for &(offset, way) in offsets {
        let (code, _, err) = with_clock(&r, offset, &["firmware", "upload", file]);
        assert_eq!(code, 5, "{err}");
        assert!(
            err.contains(&format!("clock is 120 min {way} the server's")),
            "{err}"
        );
        assert!(err.contains("NTP"), "{err}");
        assert!(!err.contains("credentials"), "{err}");
    }
    // A small offset is within what a signature tolerates.
    let (code, _, err) = with_clock(&r, "+3m", &["firmware", "upload", file]);
    assert_eq!(code, 0, "{err}");
}
