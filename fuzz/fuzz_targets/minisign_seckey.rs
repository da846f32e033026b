//! Fuzzes minisign secret key parsing without a password (an encrypted key must ask
//! for one, not run scrypt with the file's parameters); a parsed key writes an
//! unencrypted file that parses to the same key.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otactl::signing::error::SigningError;
use otactl::signing::minisign::SecretKey;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let encrypted = SecretKey::is_encrypted(text);
    match SecretKey::parse(text, None) {
        Ok(sk) => {
            assert_eq!(encrypted.ok(), Some(false));
            let again = sk.to_file_text(None).expect("an unencrypted key writes");
            let sk2 = SecretKey::parse(&again, None).expect("our own file parses");
            assert_eq!(sk.key_id(), sk2.key_id());
            assert_eq!(sk.public_key(), sk2.public_key());
        }
        Err(SigningError::PasswordRequired) => assert_eq!(encrypted.ok(), Some(true)),
        Err(_) => {}
    }
});
