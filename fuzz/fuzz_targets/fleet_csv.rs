//! Fuzzes the CSV fleet import: never panics, imported devices are valid and unique,
//! and writing them back as CSV imports the same devices.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otactl::domain::fleet_file::{Format, parse};
use otactl::domain::ids::{is_device_id, is_label, is_version};

fuzz_target!(|data: &[u8]| {
    let Ok(devices) = parse(data, Format::Csv) else {
        return;
    };
    let mut ids = std::collections::HashSet::new();
    for d in &devices {
        assert!(is_device_id(&d.id) && is_label(&d.hw) && ids.insert(d.id.clone()));
        assert!(d.tags.iter().all(|t| is_label(t)));
        assert!(d.firmware_version.as_deref().is_none_or(is_version));
        assert!(d.counter <= i64::MAX as u64, "the store would wrap it");
    }
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["id", "hw", "tags", "firmware_version", "counter"])
        .expect("in memory");
    for d in &devices {
        let counter = d.counter.to_string();
        w.write_record([
            d.id.as_str(),
            d.hw.as_str(),
            &d.tags.join(";"),
            d.firmware_version.as_deref().unwrap_or(""),
            &counter,
        ])
        .expect("in memory");
    }
    let bytes = w.into_inner().expect("in memory");
    assert_eq!(parse(&bytes, Format::Csv).as_ref(), Ok(&devices));
});
