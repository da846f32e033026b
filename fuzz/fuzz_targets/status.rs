//! Fuzzes `parse_status` (PROTOCOL.md status messages from devices): never panics, a
//! parsed status keeps the protocol's bounds and survives re-serialisation unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otactl::domain::protocol::{MAX_ID, MAX_PAYLOAD, MAX_TEXT, parse_status};

/// Input: `TOPIC_DEVICE \n PAYLOAD`, or the whole input as the payload of device VIN1.
fn split(data: &[u8]) -> (&str, &[u8]) {
    if let Some(i) = data.iter().take(80).position(|&b| b == b'\n')
        && let Ok(dev) = std::str::from_utf8(&data[..i])
    {
        return (dev, &data[i + 1..]);
    }
    ("VIN1", data)
}

fuzz_target!(|data: &[u8]| {
    let (dev, payload) = split(data);
    let Ok((rec, _ts_ms)) = parse_status(dev, payload, 1_000) else {
        return;
    };
    assert!(payload.len() <= MAX_PAYLOAD);
    assert_eq!(rec.device_id, dev);
    assert_eq!(rec.received_ms, 1_000);
    for id in [&rec.msg_id, &rec.job_id, &rec.command_id] {
        assert!(!id.is_empty() && id.len() <= MAX_ID);
    }
    assert!(rec.progress.is_none_or(|p| p <= 100));
    // The store keeps it as an SQLite integer: no wrap to negative.
    assert!(rec.seq.is_none_or(|s| s <= i64::MAX as u64));
    assert!(
        rec.error_message
            .as_ref()
            .is_none_or(|m| m.len() <= MAX_TEXT)
    );
    // Re-serialised with the canonical status name, it parses to the same record.
    let error = match (&rec.error_code, &rec.error_message) {
        (None, None) => serde_json::Value::Null,
        (c, m) => serde_json::json!({"code": c, "message": m}),
    };
    let again = serde_json::json!({
        "v": 1, "msg_id": rec.msg_id, "job_id": rec.job_id, "command_id": rec.command_id,
        "device_id": rec.device_id, "status": rec.status.as_str(), "progress": rec.progress,
        "seq": rec.seq, "firmware_version": rec.firmware_version, "error": error,
        "ts": rec.device_ts,
    });
    let bytes = serde_json::to_vec(&again).expect("a JSON value serialises");
    if bytes.len() <= MAX_PAYLOAD {
        let (rec2, _) = parse_status(dev, &bytes, 1_000).expect("a re-serialised status parses");
        assert_eq!(rec, rec2);
    }
});
