//! What an imported store export may contain: every field checked exactly as
//! `fleet import`, inventory and status ingest check it, so a file (even a signed one)
//! cannot bring in what those doors refuse. Pure: the caller reads and verifies the file.

use super::ids::{is_device_id, is_label, is_version};
use super::protocol::{MAX_ID, MAX_INT, parse_status};
use otactl_store::transfer::{AuditRow, Bundle, StatusRow};

/// How far in the future an imported timestamp may lie (clock skew between laptops).
/// Later ones would win every later import ("the newer row wins") forever.
pub const MAX_SKEW_MS: i64 = 24 * 3600 * 1000;

/// The longest audit field we import (actor, command, outcome; the arguments as JSON).
const MAX_AUDIT_FIELD: usize = 4096;

/// Why a bundle is refused: the first bad field, named (already escaped for printing).
pub fn check_bundle(b: &Bundle, now_ms: i64) -> Result<(), String> {
    let esc = |s: &str| crate::output::escape(s).into_owned();
    let ts = |what: &str, ms: i64| -> Result<(), String> {
        if ms < 0 || ms > now_ms.saturating_add(MAX_SKEW_MS) {
            return Err(format!("{what}: time {ms} is not a plausible past time"));
        }
        Ok(())
    };
    for d in &b.devices {
        let id = esc(&d.id);
        if !is_device_id(&d.id) {
            return Err(format!(
                "invalid device id '{id}': use 1 to 64 of A-Z a-z 0-9 . _ -"
            ));
        }
        if !is_label(&d.hw) {
            return Err(format!("device '{id}': invalid hw '{}'", esc(&d.hw)));
        }
        if let Some(t) = d.tags.iter().find(|t| !is_label(t)) {
            return Err(format!("device '{id}': invalid tag '{}'", esc(t)));
        }
        if let Some(v) = d.firmware_version.as_deref().filter(|v| !is_version(v)) {
            return Err(format!(
                "device '{id}': invalid firmware_version '{}'",
                esc(v)
            ));
        }
        if d.counter > MAX_INT {
            return Err(format!(
                "device '{id}': counter {} is above {MAX_INT}",
                d.counter
            ));
        }
        if let Some(p) = d.presence.as_deref()
            && !matches!(p, "online" | "offline")
        {
            return Err(format!("device '{id}': invalid presence '{}'", esc(p)));
        }
        if !is_label(&d.source) {
            return Err(format!(
                "device '{id}': invalid source '{}'",
                esc(&d.source)
            ));
        }
        ts(&format!("device '{id}' created"), d.created_ms)?;
        ts(&format!("device '{id}' updated"), d.updated_ms)?;
        if let Some(t) = d.last_seen_ms {
            ts(&format!("device '{id}' last seen"), t)?;
        }
    }
    for s in &b.statuses {
        check_status(s).map_err(|why| {
            format!(
                "status '{}' of '{}': {why}",
                esc(&s.msg_id),
                esc(&s.device_id)
            )
        })?;
        ts("a status", s.received_ms)?;
    }
    for a in &b.audit {
        check_audit(a)?;
        ts("an audit entry", a.ts_ms)?;
    }
    Ok(())
}

/// A recorded status must be one that status ingest would have accepted: it is
/// rebuilt as the device's message and parsed by the same function.
fn check_status(s: &StatusRow) -> Result<(), String> {
    let error = match (&s.error_code, &s.error_message) {
        (None, None) => serde_json::Value::Null,
        (c, m) => serde_json::json!({"code": c, "message": m}),
    };
    let msg = serde_json::json!({
        "v": 1,
        "msg_id": s.msg_id,
        "job_id": s.job_id,
        "command_id": s.command_id,
        "device_id": s.device_id,
        "status": s.status,
        "progress": s.progress,
        "seq": s.seq,
        "firmware_version": s.firmware_version,
        "error": error,
        // Rows recorded before `ts` was kept carry none; the rest is checked.
        "ts": s.device_ts.as_deref().unwrap_or("1970-01-01T00:00:00Z"),
    });
    if s.seq.is_some_and(|q| q < 0) {
        return Err("negative seq".into());
    }
    parse_status(&s.device_id, msg.to_string().as_bytes(), s.received_ms)
        .map(|_| ())
        .map_err(|e| e.detail())
}

fn check_audit(a: &AuditRow) -> Result<(), String> {
    let bad =
        |v: &str| v.is_empty() || v.len() > MAX_AUDIT_FIELD || v.chars().any(char::is_control);
    for (f, v) in [
        ("actor", &a.actor),
        ("command", &a.command),
        ("outcome", &a.outcome),
    ] {
        if bad(v) {
            return Err(format!(
                "audit entry at {}: invalid {f} '{}'",
                a.ts_ms,
                crate::output::escape(v)
            ));
        }
    }
    if a.args.len() > MAX_AUDIT_FIELD * 4 || serde_json::from_str::<Vec<String>>(&a.args).is_err() {
        return Err(format!(
            "audit entry at {} has malformed arguments",
            a.ts_ms
        ));
    }
    if let Some(src) = &a.imported_from
        && (src.len() > MAX_ID || src.chars().any(char::is_control))
    {
        return Err(format!("audit entry at {}: invalid source", a.ts_ms));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use otactl_store::fleet::Device;

    const NOW: i64 = 1_795_300_000_000;

    fn device(id: &str) -> Device {
        Device {
            id: id.into(),
            hw: "stm32f4".into(),
            tags: vec![],
            firmware_version: Some("1.0.0".into()),
            counter: 1,
            presence: Some("online".into()),
            last_seen_ms: Some(NOW - 10),
            source: "csv".into(),
            created_ms: NOW - 100,
            updated_ms: NOW - 10,
        }
    }

    fn status() -> StatusRow {
        StatusRow {
            device_id: "T1".into(),
            msg_id: "m1".into(),
            job_id: "r.T1".into(),
            command_id: "c1".into(),
            status: "rejected".into(),
            progress: None,
            seq: Some(1),
            firmware_version: None,
            error_code: Some("bad_signature".into()),
            error_message: None,
            device_ts: Some("2026-11-22T00:00:00Z".into()),
            received_ms: NOW - 5,
        }
    }

    fn audit() -> AuditRow {
        AuditRow {
            ts_ms: NOW - 1,
            actor: "tech@laptop".into(),
            command: "device update".into(),
            args: "[\"T1\"]".into(),
            outcome: "ok".into(),
            imported_from: None,
        }
    }

    fn with(f: impl FnOnce(&mut Bundle)) -> Result<(), String> {
        let mut b = Bundle {
            devices: vec![device("T1")],
            statuses: vec![status()],
            audit: vec![audit()],
        };
        f(&mut b);
        check_bundle(&b, NOW)
    }

    #[test]
    fn what_the_doors_refuse_an_import_refuses() {
        assert_eq!(with(|_| {}), Ok(()));
        let long = "x".repeat(300);
        for id in ["+#", "a/b", "", long.as_str(), "T1\nfleet/#"] {
            let e = with(|b| b.devices[0].id = id.into()).expect_err(id);
            assert!(e.contains("invalid device id") && !e.contains('\n'), "{e}");
        }
        assert!(with(|b| b.devices[0].presence = Some("hacked".into())).is_err());
        assert!(with(|b| b.devices[0].counter = u64::MAX).is_err());
        assert!(with(|b| b.devices[0].updated_ms = i64::MAX).is_err());
        assert!(with(|b| b.devices[0].tags = vec!["a b".into()]).is_err());
        assert!(with(|b| b.statuses[0].device_id = "a/b".into()).is_err());
        assert!(with(|b| b.statuses[0].status = "exploded".into()).is_err());
        assert!(
            with(|b| b.statuses[0].error_code = None).is_err(),
            "rejected needs a code"
        );
        assert!(with(|b| b.statuses[0].seq = Some(-1)).is_err());
        assert!(with(|b| b.statuses[0].received_ms = i64::MAX).is_err());
        assert!(with(|b| b.audit[0].actor = "root\u{1b}[2K".into()).is_err());
        assert!(with(|b| b.audit[0].args = "not json".into()).is_err());
        assert!(with(|b| b.audit[0].ts_ms = NOW + 2 * MAX_SKEW_MS).is_err());
    }
}
