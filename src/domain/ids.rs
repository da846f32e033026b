//! The identifiers of PROTOCOL.md: device ids, hardware ids and tags.

/// A device id: 1 to 64 characters of `A-Z a-z 0-9 . _ -` (PROTOCOL.md).
pub fn is_device_id(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// A hardware id or tag: the device-id alphabet plus `:` and `/`-free, 1 to 64 chars.
pub fn is_label(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b':'))
}

/// A firmware version: 1 to 64 printable ASCII characters without spaces.
pub fn is_version(s: &str) -> bool {
    (1..=64).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_graphic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_ids_follow_the_protocol() {
        assert!(is_device_id("1HGCM82633A004352"));
        assert!(is_device_id("truck-07.ecu_1"));
        assert!(!is_device_id(""));
        assert!(!is_device_id("a/b"));
        assert!(!is_device_id("a+b"));
        assert!(!is_device_id("a#"));
        assert!(!is_device_id(&"x".repeat(65)));
    }
}
