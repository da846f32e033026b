//! The device model without I/O: every refusal with its status and code, the walk,
//! dedupe, cancel, and the download checks.

use super::*;
use crate::signing::{ManifestParams, SecretKey, hash_bytes, sign_envelope, sign_manifest};

const NOW: i64 = 1_795_255_200_000; // 2026-11-21T10:00:00Z
const FW: &[u8] = b"firmware image 1.1.0 for the simulator";

struct Fx {
    op: SecretKey,
    trusted: Vec<PublicKey>,
}

fn fx() -> Fx {
    let op = SecretKey::generate();
    Fx {
        trusted: vec![op.public_key()],
        op,
    }
}

fn artifact(sk: &SecretKey, data: &[u8], counter: u64, hw: &str, exp: Option<i64>) -> Artifact {
    let d = hash_bytes(data);
    let p = ManifestParams {
        name: "ecu".into(),
        version: format!("1.{counter}.0"),
        counter,
        hw: vec![hw.into()],
        expires_at: exp
            .map(|ms| time::OffsetDateTime::from_unix_timestamp(ms / 1000).expect("time")),
    };
    let created = time::OffsetDateTime::from_unix_timestamp(NOW / 1000 - 60).expect("time");
    let m = Manifest::new(&p, &d, created).expect("manifest");
    Artifact {
        name: "ecu".into(),
        version: m.version.clone(),
        url: "http://127.0.0.1:1/fw.bin".into(),
        size: d.size,
        sha256: d.sha256_hex(),
        minisig: sign_manifest(sk, &d, &m).expect("sign"),
    }
}

fn command(id: &str, device: &str, kind: &str, expires_ms: i64, a: Option<Artifact>) -> Command {
    Command {
        kind: kind.into(),
        command_id: id.into(),
        job_id: format!("job-{id}"),
        rollout_id: "r1".into(),
        device_id: device.into(),
        attempt: 1,
        issued_at: rfc3339_ms(NOW - 1000),
        expires_at: rfc3339_ms(expires_ms),
        artifact: a,
    }
}

fn update(f: &Fx, id: &str, a: Artifact) -> Vec<u8> {
    let c = command(id, "D1", "update", NOW + 3_600_000, Some(a));
    sign_envelope(&f.op, &c.to_json()).into_bytes()
}

fn device() -> DeviceState {
    DeviceState::new("D1", "stm32f4", "1.0.0", 1)
}

fn checks(f: &Fx) -> Checks<'_> {
    Checks {
        trusted: &f.trusted,
        now_ms: NOW,
        decline: false,
    }
}

/// The (status, code) of a one-message answer.
fn answer(o: &OnCommand) -> (Stage, Option<String>) {
    match o {
        OnCommand::Reply(m) | OnCommand::Start(m) | OnCommand::Resend(m) => {
            (m.status, m.error.as_ref().map(|e| e.code.clone()))
        }
        other => panic!("no status: {other:?}"),
    }
}

fn rejected(code: &str) -> (Stage, Option<String>) {
    (Stage::Rejected, Some(code.into()))
}

#[test]
fn a_good_update_walks_to_done_and_installs() {
    let f = fx();
    let mut d = device();
    let a = artifact(&f.op, FW, 2, "stm32f4", None);
    let o = d.on_command(&update(&f, "c1", a), &checks(&f));
    assert_eq!(answer(&o), (Stage::Accepted, None));
    let digests = hash_bytes(FW);
    let mut seqs = vec![];
    for s in [Stage::Downloading, Stage::Verifying] {
        seqs.push(d.advance(s, Some(0), NOW).expect("job").seq);
    }
    d.check_download(FW, &digests).expect("good download");
    for s in [Stage::Flashing, Stage::Rebooting] {
        seqs.push(d.advance(s, None, NOW).expect("job").seq);
    }
    let done = d.complete(NOW).expect("job");
    assert_eq!(done.status, Stage::Done);
    assert_eq!(done.firmware_version.as_deref(), Some("1.2.0"));
    assert_eq!(done.job_id, "job-c1");
    seqs.push(done.seq);
    assert_eq!(seqs, vec![2, 3, 4, 5, 6]);
    assert_eq!((d.firmware_version.as_str(), d.counter), ("1.2.0", 2));
    assert!(d.job.is_none());
}

#[test]
fn a_duplicate_command_id_resends_the_latest_status_only() {
    let f = fx();
    let mut d = device();
    let payload = update(&f, "c1", artifact(&f.op, FW, 2, "stm32f4", None));
    d.on_command(&payload, &checks(&f));
    let dl = d.advance(Stage::Downloading, Some(50), NOW).expect("job");
    match d.on_command(&payload, &checks(&f)) {
        OnCommand::Resend(m) => assert_eq!(m, dl),
        other => panic!("{other:?}"),
    }
    assert_eq!(d.job.as_ref().map(|j| j.stage), Some(Stage::Downloading));
    let done = d.complete(NOW).expect("job");
    assert_eq!(d.on_command(&payload, &checks(&f)), OnCommand::Resend(done));
}

#[test]
fn an_unknown_key_is_rejected_as_bad_signature_and_not_remembered() {
    let f = fx();
    let stranger = SecretKey::generate();
    let mut d = device();
    let a = artifact(&f.op, FW, 2, "stm32f4", None);
    let c = command("c1", "D1", "update", NOW + 60_000, Some(a));
    let forged = sign_envelope(&stranger, &c.to_json());
    let o = d.on_command(forged.as_bytes(), &checks(&f));
    assert_eq!(answer(&o), rejected(code::BAD_SIGNATURE));
    if let OnCommand::Reply(m) = &o {
        assert_eq!((m.job_id.as_str(), m.command_id.as_str()), ("job-c1", "c1"));
    }
    assert!(d.seen.is_empty());
    // The genuine command with that id is still honoured.
    let o = d.on_command(
        &update(&f, "c1", c.artifact.clone().expect("a")),
        &checks(&f),
    );
    assert_eq!(answer(&o), (Stage::Accepted, None));
}

#[test]
fn a_tampered_envelope_is_bad_signature_and_garbage_is_dropped() {
    let f = fx();
    let mut d = device();
    let payload =
        String::from_utf8(update(&f, "c1", artifact(&f.op, FW, 2, "stm32f4", None))).expect("utf8");
    let tampered = payload.replacen("\\\"attempt\\\":1", "\\\"attempt\\\":2", 1);
    assert_ne!(tampered, payload);
    let o = d.on_command(tampered.as_bytes(), &checks(&f));
    assert_eq!(answer(&o), rejected(code::BAD_SIGNATURE));
    assert!(matches!(
        d.on_command(b"\xff{", &checks(&f)),
        OnCommand::Drop(_)
    ));
    assert!(matches!(
        d.on_command(b"{}", &checks(&f)),
        OnCommand::Drop(_)
    ));
}

#[test]
fn each_check_of_steps_2_and_3_has_its_code() {
    let f = fx();
    let good = artifact(&f.op, FW, 2, "stm32f4", None);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (code::WRONG_DEVICE, {
            let c = command("c", "D2", "update", NOW + 60_000, Some(good.clone()));
            sign_envelope(&f.op, &c.to_json()).into_bytes()
        }),
        (code::EXPIRED, {
            let c = command("c", "D1", "update", NOW - 1, Some(good.clone()));
            sign_envelope(&f.op, &c.to_json()).into_bytes()
        }),
        (code::BAD_COMMAND, {
            let c = command("c", "D1", "update", NOW + 60_000, None);
            sign_envelope(&f.op, &c.to_json()).into_bytes()
        }),
        (code::BAD_COMMAND, {
            let c = command("c", "D1", "reboot", NOW + 60_000, Some(good.clone()));
            sign_envelope(&f.op, &c.to_json()).into_bytes()
        }),
        (code::BAD_COMMAND, {
            sign_envelope(&f.op, r#"{"job_id":"j","command_id":"c","type":1}"#).into_bytes()
        }),
        (
            code::WRONG_HW,
            update(&f, "c", artifact(&f.op, FW, 2, "esp32", None)),
        ),
        (
            code::DOWNGRADE,
            update(&f, "c", artifact(&f.op, FW, 1, "stm32f4", None)),
        ),
        (
            code::DOWNGRADE,
            update(&f, "c", artifact(&f.op, FW, 0, "stm32f4", None)),
        ),
        (
            code::MANIFEST_EXPIRED,
            update(&f, "c", artifact(&f.op, FW, 2, "stm32f4", Some(NOW - 5000))),
        ),
        (
            code::MANIFEST_INVALID,
            update(
                &f,
                "c",
                artifact(&SecretKey::generate(), FW, 2, "stm32f4", None),
            ),
        ),
        (code::MANIFEST_INVALID, {
            let mut a = good.clone();
            a.minisig = a.minisig.replace("\"counter\":2", "\"counter\":9");
            update(&f, "c", a)
        }),
        (code::MANIFEST_INVALID, {
            let mut a = good.clone();
            a.sha256 = "0".repeat(64);
            update(&f, "c", a)
        }),
        (code::MANIFEST_INVALID, {
            let mut a = good.clone();
            a.minisig = "not a signature".into();
            update(&f, "c", a)
        }),
    ];
    for (want, payload) in cases {
        let mut d = device();
        let o = d.on_command(&payload, &checks(&f));
        assert_eq!(answer(&o), rejected(want), "expected {want}: {o:?}");
        assert!(d.job.is_none());
        assert_eq!((d.firmware_version.as_str(), d.counter), ("1.0.0", 1));
    }
    let mut d = device();
    let c = Checks {
        decline: true,
        ..checks(&f)
    };
    assert_eq!(
        answer(&d.on_command(&update(&f, "c", good), &c)),
        rejected(code::DECLINED)
    );
}

#[test]
fn downloads_are_checked_for_size_hash_and_signature() {
    let f = fx();
    let mut d = device();
    d.on_command(
        &update(&f, "c1", artifact(&f.op, FW, 2, "stm32f4", None)),
        &checks(&f),
    );
    let code_of = |d: &DeviceState, data: &[u8]| {
        d.check_download(data, &hash_bytes(data))
            .map_err(|e| (e.status, e.code))
    };
    assert_eq!(code_of(&d, FW), Ok(()));
    let mut longer = FW.to_vec();
    longer.push(0);
    assert_eq!(code_of(&d, &longer), Err((Stage::Error, code::TOO_LARGE)));
    assert_eq!(
        code_of(&d, &FW[1..]),
        Err((Stage::Error, code::DOWNLOAD_FAILED))
    );
    let mut flipped = FW.to_vec();
    flipped[3] ^= 1;
    assert_eq!(
        code_of(&d, &flipped),
        Err((Stage::Error, code::SHA256_MISMATCH))
    );
    // A manifest that names the right sha256 but a signature over other bytes.
    let mut d = device();
    let mut a = artifact(&f.op, FW, 2, "stm32f4", None);
    let other = artifact(&f.op, b"other image, same manifest?", 2, "stm32f4", None);
    let mut lines: Vec<String> = a.minisig.lines().map(str::to_owned).collect();
    let other_lines: Vec<&str> = other.minisig.lines().collect();
    lines[1] = other_lines[1].to_owned(); // file signature of other bytes
    a.minisig = lines.join("\n") + "\n";
    let o = d.on_command(&update(&f, "c1", a), &checks(&f));
    // The global signature covers the file signature: caught at step 3 already.
    assert_eq!(answer(&o), rejected(code::MANIFEST_INVALID));
    let failed = d.fail(injected_failure(Stage::Flashing), NOW);
    assert!(failed.is_none(), "no job, no status");
}

#[test]
fn a_failure_keeps_the_old_image_and_is_final() {
    let f = fx();
    let mut d = device();
    d.on_command(
        &update(&f, "c1", artifact(&f.op, FW, 2, "stm32f4", None)),
        &checks(&f),
    );
    d.advance(Stage::Flashing, None, NOW);
    let m = d.fail(injected_failure(Stage::Flashing), NOW).expect("job");
    assert_eq!(m.status, Stage::Error);
    assert_eq!(
        m.error.map(|e| e.code),
        Some(code::FLASH_FAILED.to_string())
    );
    assert_eq!((d.firmware_version.as_str(), d.counter), ("1.0.0", 1));
    assert!(d.job.is_none());
}

#[test]
fn busy_retry_adoption_and_cancel() {
    let f = fx();
    let mut d = device();
    let a = artifact(&f.op, FW, 2, "stm32f4", None);
    d.on_command(&update(&f, "c1", a.clone()), &checks(&f));
    d.advance(Stage::Downloading, Some(0), NOW);
    // Another job while busy: a retryable error.
    let mut other = command("c2", "D1", "update", NOW + 60_000, Some(a.clone()));
    other.job_id = "job-other".into();
    let o = d.on_command(
        sign_envelope(&f.op, &other.to_json()).as_bytes(),
        &checks(&f),
    );
    assert_eq!(answer(&o), (Stage::Error, Some(code::BUSY.into())));
    // A retry of the same job under a new command id is adopted.
    let mut retry = command("c3", "D1", "update", NOW + 60_000, Some(a));
    retry.job_id = "job-c1".into();
    let o = d.on_command(
        sign_envelope(&f.op, &retry.to_json()).as_bytes(),
        &checks(&f),
    );
    match o {
        OnCommand::Adopt(m) => assert_eq!(
            (m.status, m.command_id.as_str()),
            (Stage::Downloading, "c3")
        ),
        other => panic!("{other:?}"),
    }
    // Cancel before flashing: the job ends cancelled at its next stage.
    let mut cancel = command("c4", "D1", "cancel", NOW + 60_000, None);
    cancel.job_id = "job-c1".into();
    let o = d.on_command(
        sign_envelope(&f.op, &cancel.to_json()).as_bytes(),
        &checks(&f),
    );
    assert_eq!(o, OnCommand::Nothing);
    let m = d.advance(Stage::Verifying, None, NOW).expect("job");
    assert_eq!((m.status, m.command_id.as_str()), (Stage::Cancelled, "c3"));
    assert!(d.job.is_none());
    // Cancel of nothing running: acknowledged as cancelled.
    let mut cancel = command("c5", "D1", "cancel", NOW + 60_000, None);
    cancel.job_id = "job-x".into();
    let o = d.on_command(
        sign_envelope(&f.op, &cancel.to_json()).as_bytes(),
        &checks(&f),
    );
    assert_eq!(answer(&o), (Stage::Cancelled, None));
}

#[test]
fn the_dedupe_set_is_bounded() {
    let f = fx();
    let mut d = device();
    for i in 0..(SEEN_CAP + 5) {
        let c = command(&format!("c{i}"), "D1", "update", NOW - 1, None);
        d.on_command(sign_envelope(&f.op, &c.to_json()).as_bytes(), &checks(&f));
    }
    assert_eq!(d.seen.len(), SEEN_CAP);
    assert_eq!(d.seen.front().map(|s| s.command_id.as_str()), Some("c5"));
}
