//! Fuzzes `parse_inventory` (retained inventory messages): never panics, and a parsed
//! inventory is for the topic's device and parses again from its own JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otactl::domain::ids::{is_label, is_version};
use otactl::domain::protocol::parse_inventory;

fuzz_target!(|data: &[u8]| {
    let (dev, payload) = match data.iter().take(80).position(|&b| b == b'\n') {
        Some(i) => match std::str::from_utf8(&data[..i]) {
            Ok(d) => (d, &data[i + 1..]),
            Err(_) => ("T1", data),
        },
        None => ("T1", data),
    };
    let Ok(inv) = parse_inventory(dev, payload, 5) else {
        return;
    };
    assert_eq!(inv.device_id, dev);
    assert!(inv.counter <= i64::MAX as u64, "the store would wrap it");
    assert!(is_label(&inv.hw) && is_version(&inv.firmware_version));
    let again = serde_json::json!({
        "v": 1, "device_id": inv.device_id, "hw": inv.hw,
        "firmware_version": inv.firmware_version, "counter": inv.counter,
    });
    let bytes = serde_json::to_vec(&again).expect("serialises");
    let inv2 = parse_inventory(dev, &bytes, 5).expect("re-serialised inventory parses");
    assert_eq!(
        (inv.device_id, inv.hw, inv.firmware_version, inv.counter),
        (inv2.device_id, inv2.hw, inv2.firmware_version, inv2.counter)
    );
});
