//! Fuzzes minisign public key parsing (`.pub` files and bare base64): never panics,
//! and a parsed key writes a file that parses to the same key.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otactl::signing::minisign::PublicKey;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(pk) = PublicKey::parse(text) else {
        return;
    };
    assert_eq!(
        PublicKey::parse(&pk.to_file_text()).ok().as_ref(),
        Some(&pk)
    );
    assert_eq!(
        PublicKey::from_base64(&pk.to_base64()).ok().as_ref(),
        Some(&pk)
    );
});
