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

/// A version a device reports (inventory, `done`): 1 to 64 printable ASCII characters
/// without spaces. Wider than [`is_release_version`]: devices are not ours to change.
pub fn is_version(s: &str) -> bool {
    (1..=64).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_graphic())
}

/// The one alphabet of what otactl releases (SECURITY.md): a firmware name or version
/// is 1 to 64 characters of `A-Z a-z 0-9 . _ - + ~`, and neither `.` nor `..`. So no
/// `/`, no dot segment, no control character: each is one safe path segment of an
/// object key, a URL and a file name. Checked at sign, at upload and whenever a
/// manifest from elsewhere is read.
fn is_release_segment(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s != "."
        && s != ".."
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+' | b'~'))
}

/// A firmware name (one anti-rollback counter per name): see [`is_release_segment`].
pub fn is_firmware_name(s: &str) -> bool {
    is_release_segment(s)
}

/// A firmware version as signed: see [`is_release_segment`].
pub fn is_release_version(s: &str) -> bool {
    is_release_segment(s)
}

/// What the alphabet is, for hints.
pub const RELEASE_ALPHABET: &str =
    "1 to 64 of letters, digits, '.', '_', '-', '+', '~' (not '.' or '..')";

/// The largest counter, sequence number or size otactl accepts anywhere: what SQLite
/// stores as an integer (larger values would wrap to negative).
pub const MAX_COUNTER: u64 = i64::MAX as u64;

/// Whether `c` is a counter otactl can store and compare (0..=i64::MAX).
pub fn is_counter(c: u64) -> bool {
    c <= MAX_COUNTER
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

    #[test]
    fn release_names_and_versions_are_one_safe_segment() {
        for ok in [
            "1.4.2",
            "2.0.0-rc.1+build.7",
            "1.0~beta",
            "engine-ecu",
            "v1_2",
        ] {
            assert!(is_release_version(ok) && is_firmware_name(ok), "{ok}");
        }
        for bad in [
            "",
            ".",
            "..",
            "../../../other/pwn",
            "a/b",
            "a\\b",
            "1.0\n",
            "1.0\u{1b}[2J",
            "a b",
            "a%2e",
            "a?b",
            "a#b",
            &"1".repeat(65),
        ] {
            assert!(
                !is_release_version(bad) && !is_firmware_name(bad),
                "{bad:?}"
            );
        }
        assert!(is_counter(i64::MAX as u64) && !is_counter(i64::MAX as u64 + 1));
    }
}
