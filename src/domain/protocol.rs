//! The wire messages of PROTOCOL.md as pure types: the command we sign and send, and
//! the status, inventory and presence messages devices send, each validated into a
//! typed value or a stable reason code (dead-letter reasons). No I/O, never panics.

use super::ids::{is_device_id, is_label, is_version};
use otactl_store::DeviceStatus;
use otactl_store::fleet::Inventory;
use otactl_store::jobs::StatusRecord;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// The largest device message we accept; anything bigger is dead-lettered unparsed.
pub const MAX_PAYLOAD: usize = 16 * 1024;
/// The longest id-like string field (msg_id, job_id, command_id).
pub const MAX_ID: usize = 128;
/// The longest free-text field (error message).
pub const MAX_TEXT: usize = 1024;
/// The largest integer a device may send (`seq`, `counter`): what SQLite stores as an
/// integer. Larger ones would wrap to negative in the store, so they are refused.
pub const MAX_INT: u64 = i64::MAX as u64;

/// The topic kinds of PROTOCOL.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopicKind {
    Command,
    Status,
    Inventory,
    Presence,
}

/// `PREFIX/DEVICE/…` for a kind: the one place a device topic is built, from a
/// validated device id only. An id outside PROTOCOL.md's alphabet (a `/`, a wildcard,
/// a newline, empty, too long: nothing the doors let in, but an old store may hold
/// one) gives the empty string, which [`is_publish_topic`] refuses, so such a command
/// is dead-lettered (`invalid_topic`) instead of upsetting the broker.
pub fn device_topic(prefix: &str, device_id: &str, kind: TopicKind) -> String {
    if !is_device_id(device_id) {
        return String::new();
    }
    let tail = match kind {
        TopicKind::Command => "update/command",
        TopicKind::Status => "update/status",
        TopicKind::Inventory => "inventory",
        TopicKind::Presence => "presence",
    };
    format!("{prefix}/{device_id}/{tail}")
}

/// `PREFIX/DEVICE/update/command` (see [`device_topic`]).
pub fn command_topic(prefix: &str, device_id: &str) -> String {
    device_topic(prefix, device_id, TopicKind::Command)
}

/// The subscriptions of the operator side.
pub fn ingest_filters(prefix: &str) -> [String; 3] {
    [
        format!("{prefix}/+/update/status"),
        format!("{prefix}/+/inventory"),
        format!("{prefix}/+/presence"),
    ]
}

/// Splits a topic under `prefix` into (device id, kind); None if it is not ours.
pub fn parse_topic<'t>(prefix: &str, topic: &'t str) -> Option<(&'t str, TopicKind)> {
    let rest = topic.strip_prefix(prefix)?.strip_prefix('/')?;
    let (device, kind) = rest.split_once('/')?;
    let kind = match kind {
        "update/status" => TopicKind::Status,
        "update/command" => TopicKind::Command,
        "inventory" => TopicKind::Inventory,
        "presence" => TopicKind::Presence,
        _ => return None,
    };
    Some((device, kind))
}

/// A topic we may publish to: non-empty, no wildcards, no control characters (NUL,
/// newlines, U+007F to U+009F, which MQTT says topics should not hold and brokers
/// may drop the connection for), at most 64 KiB.
pub fn is_publish_topic(t: &str) -> bool {
    !t.is_empty()
        && t.len() <= 65_535
        && !t.contains(['+', '#'])
        && !t.chars().any(char::is_control)
}

/// The artifact part of an `update` command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Artifact {
    pub name: String,
    pub version: String,
    pub url: String,
    pub size: u64,
    pub sha256: String,
    pub minisig: String,
}

/// The `cmd` of PROTOCOL.md, serialised as compact JSON in field order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Command {
    #[serde(rename = "type")]
    pub kind: String,
    pub command_id: String,
    pub job_id: String,
    pub rollout_id: String,
    pub device_id: String,
    pub attempt: u32,
    pub issued_at: String,
    pub expires_at: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub artifact: Option<Artifact>,
}

impl Command {
    /// Compact JSON, the exact bytes that are signed.
    pub fn to_json(&self) -> String {
        // A struct of strings and integers always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// RFC 3339 UTC with seconds, from Unix milliseconds.
pub fn rfc3339_ms(ms: i64) -> String {
    OffsetDateTime::from_unix_timestamp_nanos(ms as i128 * 1_000_000)
        .ok()
        .and_then(|t| t.replace_nanosecond(0).ok())
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into())
}

/// A fresh, unique command id: 128 random bits in hex.
pub fn new_command_id() -> String {
    let v: u128 = rand::random();
    format!("{v:032x}")
}

/// Why a device message was refused; the code is the dead-letter reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    TooLarge(usize),
    NotUtf8,
    InvalidJson(String),
    BadTopic,
    BadDeviceId,
    TopicMismatch,
    Missing(&'static str),
    BadField(&'static str),
    UnknownStatus(String),
    BadVersion,
}

impl Invalid {
    /// The stable reason code stored with the dead letter and used as a metric label.
    pub fn code(&self) -> &'static str {
        match self {
            Invalid::TooLarge(_) => "too_large",
            Invalid::NotUtf8 => "not_utf8",
            Invalid::InvalidJson(_) => "invalid_json",
            Invalid::BadTopic => "bad_topic",
            Invalid::BadDeviceId => "bad_device_id",
            Invalid::TopicMismatch => "topic_mismatch",
            Invalid::Missing(_) => "missing_field",
            Invalid::BadField(_) => "bad_field",
            Invalid::UnknownStatus(_) => "unknown_status",
            Invalid::BadVersion => "bad_version",
        }
    }

    /// One line for the dead letter's detail column.
    pub fn detail(&self) -> String {
        match self {
            Invalid::TooLarge(n) => format!("payload of {n} bytes exceeds {MAX_PAYLOAD}"),
            Invalid::InvalidJson(e) => e.chars().take(200).collect(),
            Invalid::Missing(f) => format!("missing field {f}"),
            Invalid::BadField(f) => format!("bad value for {f}"),
            Invalid::UnknownStatus(s) => format!("unknown status '{}'", clip(s, 64)),
            other => other.code().to_string(),
        }
    }
}

fn clip(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

#[derive(Deserialize)]
struct StatusIn<'a> {
    #[serde(borrow)]
    msg_id: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    job_id: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    command_id: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    device_id: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    status: Option<std::borrow::Cow<'a, str>>,
    progress: Option<serde_json::Value>,
    seq: Option<serde_json::Value>,
    firmware_version: Option<String>,
    error: Option<ErrorIn>,
    #[serde(borrow)]
    ts: Option<std::borrow::Cow<'a, str>>,
}

#[derive(Deserialize)]
struct ErrorIn {
    code: Option<String>,
    message: Option<String>,
}

fn text(payload: &[u8]) -> Result<&str, Invalid> {
    if payload.len() > MAX_PAYLOAD {
        return Err(Invalid::TooLarge(payload.len()));
    }
    std::str::from_utf8(payload).map_err(|_| Invalid::NotUtf8)
}

fn id_field(v: Option<std::borrow::Cow<'_, str>>, name: &'static str) -> Result<String, Invalid> {
    let v = v.ok_or(Invalid::Missing(name))?;
    if v.is_empty() || v.len() > MAX_ID || v.chars().any(char::is_control) {
        return Err(Invalid::BadField(name));
    }
    Ok(v.into_owned())
}

fn ts_field(v: Option<std::borrow::Cow<'_, str>>) -> Result<(String, i64), Invalid> {
    let v = v.ok_or(Invalid::Missing("ts"))?;
    let t = OffsetDateTime::parse(&v, &Rfc3339).map_err(|_| Invalid::BadField("ts"))?;
    Ok((v.into_owned(), crate::domain::duration::unix_ms(t)))
}

fn check_device(topic_device: &str, payload_device: &str) -> Result<(), Invalid> {
    if !is_device_id(topic_device) {
        return Err(Invalid::BadDeviceId);
    }
    if topic_device != payload_device {
        return Err(Invalid::TopicMismatch);
    }
    Ok(())
}

/// Validates a status message received on `PREFIX/{topic_device}/update/status` into
/// the store's record, with the device's `ts` in Unix milliseconds (for the lag metric).
pub fn parse_status(
    topic_device: &str,
    payload: &[u8],
    received_ms: i64,
) -> Result<(StatusRecord, i64), Invalid> {
    let s: StatusIn<'_> =
        serde_json::from_str(text(payload)?).map_err(|e| Invalid::InvalidJson(e.to_string()))?;
    let device_id = id_field(s.device_id, "device_id")?;
    check_device(topic_device, &device_id)?;
    let msg_id = id_field(s.msg_id, "msg_id")?;
    let job_id = id_field(s.job_id, "job_id")?;
    let command_id = id_field(s.command_id, "command_id")?;
    let status_s = s.status.ok_or(Invalid::Missing("status"))?;
    let status = DeviceStatus::parse(&status_s)
        .ok_or_else(|| Invalid::UnknownStatus(status_s.into_owned()))?;
    let progress = match s.progress {
        None | Some(serde_json::Value::Null) => None,
        Some(v) => Some(
            v.as_u64()
                .filter(|p| *p <= 100)
                .ok_or(Invalid::BadField("progress"))? as u8,
        ),
    };
    let seq = match s.seq {
        None | Some(serde_json::Value::Null) => None,
        Some(v) => Some(
            v.as_u64()
                .filter(|s| *s <= MAX_INT)
                .ok_or(Invalid::BadField("seq"))?,
        ),
    };
    if let Some(v) = &s.firmware_version
        && !is_version(v)
    {
        return Err(Invalid::BadVersion);
    }
    if status == DeviceStatus::Done && s.firmware_version.is_none() {
        return Err(Invalid::Missing("firmware_version"));
    }
    let (error_code, error_message) = match s.error {
        Some(e) => (e.code, e.message),
        None => (None, None),
    };
    if matches!(status, DeviceStatus::Error | DeviceStatus::Rejected) && error_code.is_none() {
        return Err(Invalid::Missing("error"));
    }
    if error_code.as_ref().is_some_and(|c| c.len() > MAX_ID)
        || error_message.as_ref().is_some_and(|m| m.len() > MAX_TEXT)
    {
        return Err(Invalid::BadField("error"));
    }
    let (device_ts, ts_ms) = ts_field(s.ts)?;
    let rec = StatusRecord {
        device_id,
        msg_id,
        job_id,
        command_id,
        status,
        progress,
        seq,
        firmware_version: s.firmware_version,
        error_code,
        error_message,
        device_ts,
        received_ms,
    };
    Ok((rec, ts_ms))
}

#[derive(Deserialize)]
struct InventoryIn {
    device_id: Option<String>,
    hw: Option<String>,
    firmware_version: Option<String>,
    counter: Option<u64>,
    /// Optional and not checked: a bad one is only not used.
    ts: Option<String>,
}

/// Validates an inventory message received on `PREFIX/{topic_device}/inventory`.
pub fn parse_inventory(
    topic_device: &str,
    payload: &[u8],
    now_ms: i64,
) -> Result<Inventory, Invalid> {
    let i: InventoryIn =
        serde_json::from_str(text(payload)?).map_err(|e| Invalid::InvalidJson(e.to_string()))?;
    let device_id = i.device_id.ok_or(Invalid::Missing("device_id"))?;
    check_device(topic_device, &device_id)?;
    let hw = i.hw.ok_or(Invalid::Missing("hw"))?;
    if !is_label(&hw) {
        return Err(Invalid::BadField("hw"));
    }
    let firmware_version = i
        .firmware_version
        .ok_or(Invalid::Missing("firmware_version"))?;
    if !is_version(&firmware_version) {
        return Err(Invalid::BadVersion);
    }
    let counter = i.counter.ok_or(Invalid::Missing("counter"))?;
    if counter > MAX_INT {
        return Err(Invalid::BadField("counter"));
    }
    let device_ts_ms =
        i.ts.and_then(|t| OffsetDateTime::parse(&t, &Rfc3339).ok())
            .map(crate::domain::duration::unix_ms);
    Ok(Inventory {
        device_id,
        hw,
        firmware_version,
        counter,
        now_ms,
        device_ts_ms,
        retained: false,
    })
}

/// Validates a presence message: the plain text `online` or `offline`.
pub fn parse_presence(topic_device: &str, payload: &[u8]) -> Result<bool, Invalid> {
    if !is_device_id(topic_device) {
        return Err(Invalid::BadDeviceId);
    }
    match text(payload)?.trim() {
        "online" => Ok(true),
        "offline" => Ok(false),
        _ => Err(Invalid::BadField("presence")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn status(extra: &str) -> Vec<u8> {
        format!(
            r#"{{"v":1,"msg_id":"m1","job_id":"j1","command_id":"c1","device_id":"VIN1",{extra}"ts":"2026-11-21T10:00:05Z"}}"#
        )
        .into_bytes()
    }

    #[test]
    fn a_good_status_parses_with_legacy_names() {
        let (s, ts_ms) = parse_status(
            "VIN1",
            &status(r#""status":"in_progress","progress":42,"seq":3,"#),
            7,
        )
        .expect("valid");
        assert_eq!(s.status, DeviceStatus::Accepted);
        assert_eq!((s.progress, s.seq), (Some(42), Some(3)));
        assert_eq!((ts_ms, s.received_ms), (1_795_255_205_000, 7));
        let (d, _) = parse_status(
            "VIN1",
            &status(r#""status":"success","firmware_version":"1.2","#),
            0,
        )
        .expect("valid");
        assert_eq!(d.status, DeviceStatus::Done);
    }

    #[test]
    fn bad_statuses_get_their_reason() {
        let code = |t: &str, p: &[u8]| parse_status(t, p, 0).map(|_| ()).unwrap_err().code();
        assert_eq!(code("VIN1", b"{nope"), "invalid_json");
        assert_eq!(
            code("VIN2", &status(r#""status":"done","#)),
            "topic_mismatch"
        );
        assert_eq!(code("a+b", &status(r#""status":"done","#)), "bad_device_id");
        assert_eq!(
            code("VIN1", &status(r#""status":"weird","#)),
            "unknown_status"
        );
        assert_eq!(
            code("VIN1", &status(r#""status":"downloading","progress":101,"#)),
            "bad_field"
        );
        assert_eq!(
            code("VIN1", &status(r#""status":"done","#)),
            "missing_field"
        );
        assert_eq!(
            code("VIN1", &status(r#""status":"error","#)),
            "missing_field"
        );
        assert_eq!(code("VIN1", &[0xff, 0xfe]), "not_utf8");
        assert_eq!(code("VIN1", &vec![b' '; MAX_PAYLOAD + 1]), "too_large");
        assert_eq!(code("VIN1", br#"{"device_id":"VIN1"}"#), "missing_field");
    }

    /// Integers past i64::MAX wrapped to negative in the store (a counter read back
    /// as 0); they are refused at the edge instead.
    #[test]
    fn integers_the_store_cannot_hold_are_refused() {
        let max = i64::MAX;
        let ok = parse_status(
            "VIN1",
            &status(&format!(r#""status":"accepted","seq":{max},"#)),
            0,
        );
        assert_eq!(ok.map(|(s, _)| s.seq), Ok(Some(MAX_INT)));
        let over = status(&format!(r#""status":"accepted","seq":{},"#, MAX_INT + 1));
        assert_eq!(
            parse_status("VIN1", &over, 0).map(|_| ()),
            Err(Invalid::BadField("seq"))
        );
        let inv = |c: u64| {
            format!(r#"{{"device_id":"T1","hw":"esp32","firmware_version":"1.0","counter":{c}}}"#)
        };
        assert_eq!(
            parse_inventory("T1", inv(MAX_INT).as_bytes(), 0).map(|i| i.counter),
            Ok(MAX_INT)
        );
        assert_eq!(
            parse_inventory("T1", inv(u64::MAX).as_bytes(), 0).map(|_| ()),
            Err(Invalid::BadField("counter"))
        );
    }

    #[test]
    fn topics_round_trip() {
        assert_eq!(
            parse_topic("fleet", "fleet/VIN1/update/status"),
            Some(("VIN1", TopicKind::Status))
        );
        assert_eq!(
            parse_topic("fleet", &command_topic("fleet", "X")),
            Some(("X", TopicKind::Command))
        );
        assert_eq!(parse_topic("fleet", "other/VIN1/presence"), None);
        assert_eq!(parse_topic("fleet", "fleet/VIN1/x"), None);
        assert!(!is_publish_topic("a/+/b"));
        assert!(!is_publish_topic("fleet/T1\n/update/command"));
    }

    #[test]
    fn inventory_and_presence() {
        let inv = parse_inventory(
            "T1",
            br#"{"v":1,"device_id":"T1","hw":"stm32f4","firmware_version":"1.4.1","counter":41,"ts":"x"}"#,
            0,
        )
        .expect("valid");
        assert_eq!(inv.counter, 41);
        assert_eq!(parse_presence("T1", b"offline"), Ok(false));
        assert!(parse_presence("T1", b"maybe").is_err());
    }

    #[test]
    fn command_json_has_the_protocol_fields_in_order() {
        let c = Command {
            kind: "update".into(),
            command_id: "c".into(),
            job_id: "j".into(),
            rollout_id: "r".into(),
            device_id: "d".into(),
            attempt: 1,
            issued_at: rfc3339_ms(0),
            expires_at: rfc3339_ms(86_400_000),
            artifact: None,
        };
        assert_eq!(
            c.to_json(),
            r#"{"type":"update","command_id":"c","job_id":"j","rollout_id":"r","device_id":"d","attempt":1,"issued_at":"1970-01-01T00:00:00Z","expires_at":"1970-01-02T00:00:00Z"}"#
        );
        assert_ne!(new_command_id(), new_command_id());
    }

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_bytes(dev in ".{0,70}", bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = parse_status(&dev, &bytes, 0);
            let _ = parse_inventory(&dev, &bytes, 0);
            let _ = parse_presence(&dev, &bytes);
            let _ = parse_topic("fleet", &dev);
        }

        #[test]
        fn never_panics_on_near_valid_json(p in proptest::option::of(any::<i64>()), st in "[a-z_]{0,12}", ts in ".{0,30}") {
            let prog = p.map_or("null".to_string(), |v| v.to_string());
            let _ = parse_status("VIN1", &status(&format!(r#""status":"{st}","progress":{prog},"ts":{},"#, serde_json::Value::String(ts))), 0);
        }
    }

    #[test]
    fn no_reject_of_any_id_validator_makes_a_topic() {
        use crate::domain::ids::{is_firmware_name, is_label, is_release_version};
        let long = "x".repeat(300);
        let candidates = [
            "",
            "+",
            "#",
            "+#",
            "a/b",
            "/",
            "..",
            ".",
            "T1\nfleet/#",
            "T1\r",
            "T\u{0}1",
            "T\u{7f}",
            "T\u{85}",
            "a b",
            "a:b",
            "a%2Fb",
            "ünï",
            long.as_str(),
        ];
        type Validator = (&'static str, fn(&str) -> bool);
        let validators: [Validator; 5] = [
            ("device id", is_device_id),
            ("label", is_label),
            ("version", is_version),
            ("firmware name", is_firmware_name),
            ("release version", is_release_version),
        ];
        let kinds = [
            TopicKind::Command,
            TopicKind::Status,
            TopicKind::Inventory,
            TopicKind::Presence,
        ];
        let mut fed = 0;
        for (what, valid) in validators {
            for c in candidates.iter().filter(|c| !valid(c)) {
                for k in kinds {
                    let t = device_topic("fleet", c, k);
                    // Whatever a validator refuses, no builder makes a topic from it
                    // unless the device-id check accepts it as one safe segment.
                    if is_device_id(c) {
                        assert_eq!(parse_topic("fleet", &t).map(|x| x.0), Some(*c));
                    } else {
                        assert!(!is_publish_topic(&t), "{what} reject {c:?} made {t:?}");
                    }
                    fed += 1;
                }
                assert!(!is_publish_topic(&command_topic("fleet", c)) || is_device_id(c));
                assert!(
                    !is_publish_topic(&crate::sim::wire::status_topic("fleet", c))
                        || is_device_id(c)
                );
            }
        }
        assert!(fed > 100, "{fed}");
    }
}
