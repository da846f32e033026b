//! Fuzzes the signed command envelope and the command it carries: `verify_envelope`
//! of arbitrary bytes with a fixed trusted key never panics and never accepts a `cmd`
//! the key did not sign; a command that parses re-serialises to an equal command.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otactl::domain::protocol::Command;
use otactl::signing::envelope::{sign_envelope, verify_envelope};
use otactl::signing::minisign::{KeyId, SecretKey};
use std::sync::LazyLock;

static KEY: LazyLock<SecretKey> = LazyLock::new(|| {
    let id = KeyId::from_hex("2B9D4E0F1A2C3D4E").expect("fixed key id");
    SecretKey::from_seed(id, &[7u8; 32])
});

fuzz_target!(|data: &[u8]| {
    let pk = KEY.public_key();
    // Arbitrary bytes as an envelope: nothing the fuzzer makes can carry our signature.
    if let Ok(cmd) = verify_envelope(std::slice::from_ref(&pk), data) {
        panic!("an unsigned envelope verified: {cmd:?}");
    }
    // Arbitrary bytes as the cmd: signed, it verifies to itself; one flipped bit of
    // the envelope either fails or still yields exactly the signed cmd.
    let Ok(cmd) = std::str::from_utf8(data) else {
        return;
    };
    let env = sign_envelope(&KEY, cmd);
    assert_eq!(
        verify_envelope(std::slice::from_ref(&pk), env.as_bytes())
            .ok()
            .as_deref(),
        Some(cmd)
    );
    let mut bytes = env.into_bytes();
    if !bytes.is_empty() {
        let i = data.len().wrapping_mul(31) % bytes.len();
        bytes[i] ^= 1 << (data.len() % 8);
        if let Ok(got) = verify_envelope(std::slice::from_ref(&pk), &bytes) {
            assert_eq!(got, cmd, "a tampered envelope verified to another cmd");
        }
    }
    if let Ok(c) = serde_json::from_str::<Command>(cmd) {
        let again: Command = serde_json::from_str(&c.to_json()).expect("to_json parses");
        assert_eq!(c, again);
    }
});
