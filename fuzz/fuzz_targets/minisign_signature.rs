//! Fuzzes `.minisig` parsing: never panics, a parsed signature writes text that parses
//! to the same signature, and verification against a fixed key never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otactl::signing::minisign::{KeyId, SecretKey, SignatureFile};
use std::sync::LazyLock;

static KEY: LazyLock<SecretKey> = LazyLock::new(|| {
    let id = KeyId::from_hex("2B9D4E0F1A2C3D4E").expect("fixed key id");
    SecretKey::from_seed(id, &[7u8; 32])
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(sig) = SignatureFile::parse(text) else {
        return;
    };
    // The comments are one line each, so the text form parses back to the same value.
    assert_eq!(
        SignatureFile::parse(&sig.to_text()).ok().as_ref(),
        Some(&sig)
    );
    let pk = KEY.public_key();
    let _ = sig.verify_data(&pk, b"firmware");
    let _ = sig.global_signature_valid(&pk);
    let _ = otactl::signing::manifest::Manifest::parse(&sig.trusted_comment);
});
