//! Fuzzes the firmware manifest (the trusted comment of a `.minisig`): never panics,
//! and a parsed manifest serialises to JSON that parses to the same manifest.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otactl::signing::manifest::Manifest;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(m) = Manifest::parse(text) else {
        return;
    };
    assert!(m.counter <= i64::MAX as u64 && m.size <= i64::MAX as u64);
    let _ = m.is_expired(time::OffsetDateTime::UNIX_EPOCH);
    let _ = m.check_format();
    match m.to_json() {
        Ok(json) => assert_eq!(Manifest::parse(&json).ok().as_ref(), Some(&m)),
        Err(e) => panic!("a parsed manifest does not serialise: {e}"),
    }
});
