//! Fuzzes the JSON fleet import: never panics, imported devices are valid and unique,
//! and writing them back as JSON imports the same devices.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otactl::domain::fleet_file::{Format, parse, sniff};
use otactl::domain::ids::{is_device_id, is_label};

fuzz_target!(|data: &[u8]| {
    let _ = sniff(data);
    let Ok(devices) = parse(data, Format::Json) else {
        return;
    };
    let mut ids = std::collections::HashSet::new();
    for d in &devices {
        assert!(is_device_id(&d.id) && is_label(&d.hw) && ids.insert(d.id.clone()));
        assert!(d.tags.iter().all(|t| is_label(t)));
        assert!(d.counter <= i64::MAX as u64, "the store would wrap it");
    }
    let again: Vec<serde_json::Value> = devices
        .iter()
        .map(|d| {
            serde_json::json!({"id": d.id, "hw": d.hw, "tags": d.tags,
                "firmware_version": d.firmware_version, "counter": d.counter})
        })
        .collect();
    let bytes = serde_json::to_vec(&again).expect("serialises");
    assert_eq!(parse(&bytes, Format::Json).as_ref(), Ok(&devices));
});
