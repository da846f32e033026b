//! Keys and firmware signatures through the binary, checked against the stock
//! `minisign` tool in both directions, and every kind of tampering refused with its
//! own message and the verification exit code (4).

use crate::common::Env;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn minisign(args: &[&str], stdin: &str, dir: &Path) -> std::process::Output {
    let mut c = Command::new("minisign")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the stock minisign binary (apt-get install minisign) must be installed");
    if let Some(mut i) = c.stdin.take() {
        use std::io::Write;
        let _ = i.write_all(stdin.as_bytes());
    }
    c.wait_with_output().expect("minisign")
}

struct Rig {
    env: Env,
    fw: PathBuf,
}

/// A key in the test's key dir and a 800 kB image, not yet signed.
fn rig() -> Rig {
    let mut env = Env::new();
    env.generate_key();
    let fw = env.write(
        "fw.bin",
        (0..200_000u32)
            .flat_map(|i| i.to_le_bytes())
            .collect::<Vec<u8>>(),
    );
    Rig { env, fw }
}

impl Rig {
    fn fw(&self) -> &str {
        self.fw.to_str().expect("utf-8 path")
    }
    fn sign(&self, version: &str, extra: &[&str]) {
        let mut a = vec![
            "firmware",
            "sign",
            self.fw(),
            "--name",
            "engine-ecu",
            "--version",
            version,
            "--hw",
            "stm32f4,stm32h7",
            "--force",
        ];
        a.extend_from_slice(extra);
        let (code, _, err) = self.env.run(&a).parts();
        assert_eq!(code, 0, "{err}");
    }
    fn verify(&self) -> (i32, String, String) {
        self.env.run(["firmware", "verify", self.fw()]).parts()
    }
    fn sig_path(&self) -> PathBuf {
        self.env.path("fw.bin.minisig")
    }
}

#[test]
fn stock_minisign_accepts_our_signature_and_shows_the_manifest() {
    let r = rig();
    r.sign("1.4.2", &["--expires", "90d"]);
    let out = minisign(
        &[
            "-Vm",
            r.fw(),
            "-p",
            r.env.path("keys/otactl.pub").to_str().expect("path"),
        ],
        "",
        r.env.dir.path(),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "minisign refused: {stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let comment = stdout
        .lines()
        .find_map(|l| l.strip_prefix("Trusted comment: "))
        .expect("minisign prints the trusted comment");
    let m: serde_json::Value =
        serde_json::from_str(comment).expect("the trusted comment is the manifest");
    assert_eq!(m["format"], "otactl-manifest/1");
    assert_eq!(m["name"], "engine-ecu");
    assert_eq!(m["version"], "1.4.2");
    assert_eq!(m["counter"], 1);
    assert_eq!(m["hw"], serde_json::json!(["stm32f4", "stm32h7"]));
    assert_eq!(m["size"], 800_000);
    assert!(m["expires_at"].is_string());
    // And we verify it ourselves, printing the same manifest.
    let (code, out, err) = r
        .env
        .run(["firmware", "verify", r.fw(), "-o", "json"])
        .parts();
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["sha256"], m["sha256"]);
    // The next release of the same name gets the next counter.
    r.sign("1.4.3", &[]);
    let (_, out, _) = r
        .env
        .run(["firmware", "show", "engine-ecu@1.4.3", "-o", "json"])
        .parts();
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["artifact"]["counter"], 2);
}

#[test]
fn we_verify_minisign_signatures_and_sign_with_minisign_keys() {
    let r = rig();
    let dir = r.env.dir.path();
    // An unencrypted minisign key pair.
    assert!(
        minisign(&["-G", "-W", "-p", "u.pub", "-s", "u.key"], "", dir)
            .status
            .success()
    );
    // minisign signs with our manifest as its trusted comment: we accept it.
    let digest = {
        use std::io::Read;
        let mut f = std::fs::File::open(&r.fw).expect("fw");
        let mut b = Vec::new();
        f.read_to_end(&mut b).expect("read");
        b
    };
    let sha = {
        let out = Command::new("sha256sum")
            .arg(&r.fw)
            .output()
            .expect("sha256sum");
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_string()
    };
    let manifest = format!(
        "{{\"format\":\"otactl-manifest/1\",\"name\":\"engine-ecu\",\"version\":\"9.9.9\",\"counter\":9,\"hw\":[\"stm32f4\"],\"size\":{},\"sha256\":\"{sha}\",\"created_at\":\"2026-11-21T10:00:00Z\",\"expires_at\":null}}",
        digest.len()
    );
    let out = minisign(
        &["-S", "-s", "u.key", "-m", r.fw(), "-t", &manifest],
        "",
        dir,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (code, stdout, err) = r
        .env
        .run(
            [
                "firmware",
                "verify",
                r.fw(),
                "--pubkey",
                "u.pub",
                "-o",
                "json",
            ]
            .map(|a| {
                if a == "u.pub" {
                    dir.join("u.pub").to_str().expect("p").to_string()
                } else {
                    a.to_string()
                }
            })
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        )
        .parts();
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("\"9.9.9\""));
    // With minisign's default trusted comment the signatures hold but there is no manifest.
    assert!(
        minisign(&["-S", "-s", "u.key", "-m", r.fw()], "", dir)
            .status
            .success()
    );
    let pubkey = dir.join("u.pub");
    let (code, _, err) = r
        .env
        .run([
            "firmware",
            "verify",
            r.fw(),
            "--pubkey",
            pubkey.to_str().expect("p"),
        ])
        .parts();
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("manifest"), "{err}");

    // We sign with minisign's own key files, unencrypted and encrypted; minisign verifies.
    let (code, _, err) = r
        .env
        .run_with(|c| {
            c.args([
                "firmware",
                "sign",
                r.fw(),
                "--name",
                "x",
                "--version",
                "1",
                "--hw",
                "h",
                "--force",
                "--key",
            ])
            .arg(dir.join("u.key"))
        })
        .parts();
    assert_eq!(code, 0, "{err}");
    assert!(
        minisign(&["-Vm", r.fw(), "-p", "u.pub"], "", dir)
            .status
            .success()
    );

    let out = minisign(
        &["-G", "-p", "e.pub", "-s", "e.key"],
        "pw-123\npw-123\n",
        dir,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sign_enc = |pw: &str| {
        r.env
            .run_with(|c| {
                c.env("OTACTL_KEY_PASSWORD", pw)
                    .args([
                        "firmware",
                        "sign",
                        r.fw(),
                        "--name",
                        "x",
                        "--version",
                        &format!("2-{pw}"),
                        "--hw",
                        "h",
                        "--force",
                        "--key",
                    ])
                    .arg(dir.join("e.key"))
            })
            .parts()
    };
    let (code, _, err) = sign_enc("wrong");
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("wrong password"), "{err}");
    let (code, _, err) = sign_enc("pw-123");
    assert_eq!(code, 0, "{err}");
    assert!(
        minisign(&["-Vm", r.fw(), "-p", "e.pub"], "", dir)
            .status
            .success()
    );
}

fn flip(path: &Path, offset_from: impl Fn(&[u8]) -> usize) {
    let mut b = std::fs::read(path).expect("read");
    let i = offset_from(&b);
    b[i] ^= 0x01;
    std::fs::write(path, b).expect("write");
}

#[test]
fn every_tampering_is_refused_with_its_own_message() {
    type Tamper = Box<dyn Fn(&Rig)>;
    let cases: Vec<(&str, Tamper, &str)> = vec![
        (
            "file byte",
            Box::new(|r: &Rig| flip(&r.fw, |b| b.len() / 2)),
            "signature does not match the file",
        ),
        (
            "trusted comment",
            Box::new(|r: &Rig| {
                let s = std::fs::read_to_string(r.sig_path()).expect("sig");
                std::fs::write(r.sig_path(), s.replace("\"counter\":1", "\"counter\":7"))
                    .expect("w");
            }),
            "trusted comment",
        ),
        (
            "signature",
            Box::new(|r: &Rig| {
                let s = std::fs::read_to_string(r.sig_path()).expect("sig");
                let mut lines: Vec<String> = s.lines().map(String::from).collect();
                // Change one base64 character inside the 64-byte signature.
                let l = &mut lines[1];
                let i = 40;
                let c = if &l[i..i + 1] == "A" { "B" } else { "A" };
                l.replace_range(i..i + 1, c);
                std::fs::write(r.sig_path(), lines.join("\n") + "\n").expect("w");
            }),
            "signature",
        ),
        (
            "truncated file",
            Box::new(|r: &Rig| {
                let b = std::fs::read(&r.fw).expect("r");
                std::fs::write(&r.fw, &b[..b.len() - 1000]).expect("w");
            }),
            "truncated",
        ),
    ];
    let mut messages = Vec::new();
    for (what, tamper, expect) in cases {
        let r = rig();
        r.sign("1.0.0", &[]);
        assert_eq!(r.verify().0, 0);
        tamper(&r);
        let (code, out, err) = r.verify();
        assert_eq!(code, 4, "{what}: {err}");
        assert!(out.is_empty());
        assert!(err.contains(expect), "{what}: {err}");
        messages.push(err.lines().next().unwrap_or("").to_string());
    }
    let mut uniq = messages.clone();
    uniq.sort();
    uniq.dedup();
    assert_eq!(
        uniq.len(),
        messages.len(),
        "each tampering has its own message: {messages:?}"
    );

    // A key we do not trust (another key is trusted).
    let r = rig();
    r.sign("1.0.0", &[]);
    let signer = key_id(&r);
    assert_eq!(
        r.env
            .run(["keys", "generate", "--name", "other", "--unencrypted"])
            .code,
        0
    );
    let (code, _, _) = r.env.run(["keys", "untrust", &signer]).parts();
    assert_eq!(code, 0);
    let (code, _, err) = r.verify();
    assert_eq!(code, 4);
    assert!(err.contains("not trusted"), "{err}");

    // An expired manifest.
    let r = rig();
    r.sign("1.0.0", &["--expires", "1s"]);
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let (code, _, err) = r.verify();
    assert_eq!(code, 4);
    assert!(err.contains("expired"), "{err}");
}

fn key_id(r: &Rig) -> String {
    let (_, out, _) = r.env.run(["keys", "show", "-o", "json"]).parts();
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    v["key_id"].as_str().expect("id").to_string()
}

#[test]
fn keys_are_private_and_never_overwritten() {
    let r = rig();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let m = std::fs::metadata(r.env.path("keys/otactl.key"))
            .expect("key")
            .permissions()
            .mode();
        assert_eq!(m & 0o777, 0o600);
    }
    let before = std::fs::read(r.env.path("keys/otactl.key")).expect("key");
    let (code, _, err) = r.env.run(["keys", "generate", "--unencrypted"]).parts();
    assert_eq!(code, 3);
    assert!(err.contains("never overwritten"), "{err}");
    assert_eq!(
        std::fs::read(r.env.path("keys/otactl.key")).expect("key"),
        before
    );
    // Without a terminal and without a password source, generate refuses.
    let (code, _, err) = r.env.run(["keys", "generate", "--name", "second"]).parts();
    assert_eq!(code, 3);
    assert!(err.contains("OTACTL_KEY_PASSWORD"), "{err}");
    // With one, the key is encrypted the way minisign does it.
    let (code, _, err) = r
        .env
        .run_with(|c| {
            c.env("OTACTL_KEY_PASSWORD", "s3cret-pw")
                .args(["keys", "generate", "--name", "second"])
        })
        .parts();
    assert_eq!(code, 0, "{err}");
    let key = std::fs::read_to_string(r.env.path("keys/second.key")).expect("key");
    assert!(key.starts_with("untrusted comment: minisign encrypted secret key"));
    assert!(!key.contains("s3cret-pw"));
    let out = minisign(
        &["-R", "-s", "keys/second.key", "-p", "check.pub"],
        "s3cret-pw\n",
        r.env.dir.path(),
    );
    assert!(
        out.status.success(),
        "minisign reads our encrypted key: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(r.env.path("check.pub")).expect("pub"),
        std::fs::read_to_string(r.env.path("keys/second.pub")).expect("pub")
    );
}
