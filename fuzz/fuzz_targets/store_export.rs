//! Fuzzes `store import`'s reading of an export file: never panics; raw bytes are never
//! accepted without a signature of the trusted key; a bundle signed by that key is
//! accepted only if every field passes the live doors' checks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otactl::commands::store::{read_export, write_export};
use otactl::domain::ids::{is_device_id, is_label, is_version};
use otactl::signing::{KeyId, SecretKey};
use otactl_store::transfer::Bundle;

const NOW_MS: i64 = 1_795_300_000_000;

fuzz_target!(|data: &[u8]| {
    let sk = SecretKey::from_seed(KeyId([7; 8]), &[42; 32]);
    let trusted = [sk.public_key()];
    // Unsigned (or signed by anyone else): a forged file never gets in.
    if let Ok(v) = read_export(data, &trusted, NOW_MS) {
        // Only possible for a file this key signed, e.g. a seed written below.
        assert_eq!(v.key_id, sk.key_id_hex());
    }
    // The same bytes as a bundle, signed by the trusted key: the content checks alone.
    let Ok(b) = serde_json::from_slice::<Bundle>(data) else {
        return;
    };
    let Ok(text) = write_export(&b, &sk, None, NOW_MS) else {
        return;
    };
    if let Ok(v) = read_export(text.as_bytes(), &trusted, NOW_MS) {
        for d in &v.bundle.devices {
            assert!(is_device_id(&d.id) && is_label(&d.hw));
            assert!(d.tags.iter().all(|t| is_label(t)));
            assert!(d.firmware_version.as_deref().is_none_or(is_version));
            assert!(d.counter <= i64::MAX as u64);
            assert!(d.updated_ms <= NOW_MS + otactl::domain::transfer::MAX_SKEW_MS);
        }
        for s in &v.bundle.statuses {
            assert!(is_device_id(&s.device_id));
        }
        for a in &v.bundle.audit {
            assert!(!a.actor.chars().any(char::is_control));
        }
    }
});
