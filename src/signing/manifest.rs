//! The firmware manifest of PROTOCOL.md: one line of compact JSON carried as the
//! trusted comment of a `.minisig`, so minisign's global signature authenticates the
//! name, version, anti-rollback counter, hardware list, size, SHA-256 and expiry.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use time::UtcOffset;
use time::format_description::well_known::Rfc3339;

use super::error::SigningError;
use super::hash::FileDigests;

/// The `format` value of this manifest version.
pub const MANIFEST_FORMAT: &str = "otactl-manifest/1";

/// A firmware manifest. Serialises in PROTOCOL.md's field order; unknown fields
/// (later optional additions) are ignored when parsing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always [`MANIFEST_FORMAT`] for manifests we write.
    pub format: String,
    /// Firmware name, e.g. `engine-ecu`.
    pub name: String,
    /// Firmware version, e.g. `1.4.2`.
    pub version: String,
    /// Anti-rollback security counter; only grows across releases of one `name`.
    pub counter: u64,
    /// Hardware ids the image installs on.
    pub hw: Vec<String>,
    /// File size in bytes.
    pub size: u64,
    /// SHA-256 of the file, 64 lower-case hex digits.
    pub sha256: String,
    /// When the manifest was made (RFC 3339).
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// When it stops being installable (RFC 3339), `null` for never.
    #[serde(with = "time::serde::rfc3339::option", default)]
    pub expires_at: Option<OffsetDateTime>,
}

/// What the caller decides when signing; size and sha256 come from the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManifestParams {
    /// Firmware name.
    pub name: String,
    /// Firmware version.
    pub version: String,
    /// Anti-rollback counter.
    pub counter: u64,
    /// Hardware ids.
    pub hw: Vec<String>,
    /// Expiry, `None` for never.
    pub expires_at: Option<OffsetDateTime>,
}

impl Manifest {
    /// Builds the manifest of a file. `created_at` is converted to UTC and truncated to
    /// whole seconds; `expires_at` is converted to UTC.
    pub fn new(
        params: &ManifestParams,
        digests: &FileDigests,
        created_at: OffsetDateTime,
    ) -> Result<Manifest, SigningError> {
        if params.name.is_empty() {
            return Err(SigningError::InvalidManifestInput("name is empty".into()));
        }
        if params.version.is_empty() {
            return Err(SigningError::InvalidManifestInput(
                "version is empty".into(),
            ));
        }
        let created_at = created_at
            .to_offset(UtcOffset::UTC)
            .replace_nanosecond(0)
            .map_err(|e| SigningError::InvalidManifestInput(e.to_string()))?;
        let m = Manifest {
            format: MANIFEST_FORMAT.to_owned(),
            name: params.name.clone(),
            version: params.version.clone(),
            counter: params.counter,
            hw: params.hw.clone(),
            size: digests.size,
            sha256: digests.sha256_hex(),
            created_at,
            expires_at: params.expires_at.map(|t| t.to_offset(UtcOffset::UTC)),
        };
        // Fail now, not at signing, if a date cannot be written as RFC 3339.
        m.to_json()?;
        Ok(m)
    }

    /// Compact one-line JSON, the trusted comment.
    pub fn to_json(&self) -> Result<String, SigningError> {
        serde_json::to_string(self).map_err(|e| SigningError::InvalidManifestInput(e.to_string()))
    }

    /// Parses a trusted comment. A JSON object whose `format` is another string gives
    /// [`SigningError::ManifestFormat`]; anything else unusable gives
    /// [`SigningError::InvalidManifest`].
    pub fn parse(trusted_comment: &str) -> Result<Manifest, SigningError> {
        let value: serde_json::Value = serde_json::from_str(trusted_comment)
            .map_err(|e| SigningError::InvalidManifest(format!("not JSON: {e}")))?;
        let obj = value
            .as_object()
            .ok_or_else(|| SigningError::InvalidManifest("not a JSON object".into()))?;
        match obj.get("format").and_then(|f| f.as_str()) {
            Some(MANIFEST_FORMAT) => {}
            Some(other) => {
                return Err(SigningError::ManifestFormat {
                    found: other.to_owned(),
                });
            }
            None => return Err(SigningError::InvalidManifest("no \"format\" string".into())),
        }
        let m: Manifest = serde_json::from_value(value)
            .map_err(|e| SigningError::InvalidManifest(e.to_string()))?;
        if !is_sha256_hex(&m.sha256) {
            return Err(SigningError::InvalidManifest(
                "sha256 is not 64 lower-case hex digits".into(),
            ));
        }
        // One safe path segment each (SECURITY.md): a manifest from elsewhere names
        // object keys, URLs and files.
        if !crate::domain::ids::is_firmware_name(&m.name)
            || !crate::domain::ids::is_release_version(&m.version)
        {
            return Err(SigningError::InvalidManifest(format!(
                "name or version outside the release alphabet ({})",
                crate::domain::ids::RELEASE_ALPHABET
            )));
        }
        // The store keeps them as SQLite integers; larger ones would wrap.
        if !crate::domain::ids::is_counter(m.counter) || m.size > i64::MAX as u64 {
            return Err(SigningError::InvalidManifest(
                "counter or size exceeds 2^63 - 1".into(),
            ));
        }
        Ok(m)
    }

    /// Checks `format`.
    pub fn check_format(&self) -> Result<(), SigningError> {
        if self.format != MANIFEST_FORMAT {
            return Err(SigningError::ManifestFormat {
                found: self.format.clone(),
            });
        }
        Ok(())
    }

    /// Checks the file size.
    pub fn check_size(&self, digests: &FileDigests) -> Result<(), SigningError> {
        if self.size != digests.size {
            return Err(SigningError::SizeMismatch {
                expected: self.size,
                actual: digests.size,
            });
        }
        Ok(())
    }

    /// Checks the file SHA-256.
    pub fn check_sha256(&self, digests: &FileDigests) -> Result<(), SigningError> {
        let actual = digests.sha256_hex();
        if self.sha256 != actual {
            return Err(SigningError::Sha256Mismatch {
                expected: self.sha256.clone(),
                actual,
            });
        }
        Ok(())
    }

    /// Whether the manifest is past its `expires_at` at `now`.
    pub fn is_expired(&self, now: OffsetDateTime) -> bool {
        self.expires_at.is_some_and(|exp| now > exp)
    }

    /// Checks expiry.
    pub fn check_expiry(&self, now: OffsetDateTime) -> Result<(), SigningError> {
        match self.expires_at {
            Some(exp) if now > exp => Err(SigningError::Expired {
                expires_at: rfc3339(exp),
                now: rfc3339(now),
            }),
            _ => Ok(()),
        }
    }

    /// Checks, in order: format, size, sha256, expiry.
    pub fn check_against(
        &self,
        digests: &FileDigests,
        now: OffsetDateTime,
    ) -> Result<(), SigningError> {
        self.check_format()?;
        self.check_size(digests)?;
        self.check_sha256(digests)?;
        self.check_expiry(now)
    }
}

fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// RFC 3339 text of a time (falls back to `Display` outside RFC 3339's range).
pub fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_else(|_| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signing::hash::hash_bytes;
    use time::macros::datetime;

    fn params() -> ManifestParams {
        ManifestParams {
            name: "engine-ecu".into(),
            version: "1.4.2".into(),
            counter: 42,
            hw: vec!["stm32f4".into()],
            expires_at: None,
        }
    }

    #[test]
    fn json_is_compact_in_protocol_order() {
        let d = hash_bytes(b"firmware");
        let m = Manifest::new(&params(), &d, datetime!(2026-11-21 10:00:05.123 UTC)).unwrap();
        let json = m.to_json().unwrap();
        assert_eq!(
            json,
            format!(
                "{{\"format\":\"otactl-manifest/1\",\"name\":\"engine-ecu\",\"version\":\"1.4.2\",\
                 \"counter\":42,\"hw\":[\"stm32f4\"],\"size\":8,\"sha256\":\"{}\",\
                 \"created_at\":\"2026-11-21T10:00:05Z\",\"expires_at\":null}}",
                d.sha256_hex()
            )
        );
        assert_eq!(Manifest::parse(&json).unwrap(), m);
    }

    #[test]
    fn expiry_in_utc_and_round_trip() {
        let d = hash_bytes(b"x");
        let mut p = params();
        p.expires_at = Some(datetime!(2027-01-01 02:00 +02:00));
        let m = Manifest::new(&p, &d, datetime!(2026-01-01 0:00 UTC)).unwrap();
        let json = m.to_json().unwrap();
        assert!(
            json.ends_with("\"expires_at\":\"2027-01-01T00:00:00Z\"}"),
            "{json}"
        );
        assert_eq!(Manifest::parse(&json).unwrap(), m);
    }

    #[test]
    fn check_against_distinct_errors() {
        let d = hash_bytes(b"firmware");
        let now = datetime!(2026-06-01 0:00 UTC);
        let mut p = params();
        p.expires_at = Some(datetime!(2026-07-01 0:00 UTC));
        let m = Manifest::new(&p, &d, now).unwrap();
        m.check_against(&d, now).unwrap();

        let mut bad = m.clone();
        bad.format = "otactl-manifest/2".into();
        assert!(matches!(
            bad.check_against(&d, now),
            Err(SigningError::ManifestFormat { .. })
        ));

        let short = hash_bytes(b"firmwar");
        let e = m.check_against(&short, now).unwrap_err();
        assert!(matches!(
            e,
            SigningError::SizeMismatch {
                expected: 8,
                actual: 7
            }
        ));
        assert_eq!(
            e.to_string(),
            "file is truncated: manifest says 8 bytes, file has 7"
        );

        let other = hash_bytes(b"FIRMWARE");
        assert!(matches!(
            m.check_against(&other, now),
            Err(SigningError::Sha256Mismatch { .. })
        ));

        let later = datetime!(2026-07-01 0:00:01 UTC);
        let e = m.check_against(&d, later).unwrap_err();
        assert!(matches!(e, SigningError::Expired { .. }));
        assert_eq!(
            e.to_string(),
            "manifest expired at 2026-07-01T00:00:00Z (now 2026-07-01T00:00:01Z)"
        );
        // Exactly at expiry is still valid.
        m.check_against(&d, datetime!(2026-07-01 0:00 UTC)).unwrap();
    }

    #[test]
    fn parse_errors() {
        assert!(matches!(
            Manifest::parse("timestamp:1\tfile:x"),
            Err(SigningError::InvalidManifest(_))
        ));
        assert!(matches!(
            Manifest::parse("[1]"),
            Err(SigningError::InvalidManifest(_))
        ));
        assert!(matches!(
            Manifest::parse("{}"),
            Err(SigningError::InvalidManifest(_))
        ));
        assert!(matches!(
            Manifest::parse(r#"{"format":"other/1"}"#),
            Err(SigningError::ManifestFormat { .. })
        ));
        assert!(matches!(
            Manifest::parse(r#"{"format":"otactl-manifest/1","name":"a"}"#),
            Err(SigningError::InvalidManifest(_))
        ));
        let d = hash_bytes(b"x");
        let m = Manifest::new(&params(), &d, datetime!(2026-01-01 0:00 UTC)).unwrap();
        let upper = m
            .to_json()
            .unwrap()
            .replace(&d.sha256_hex(), &d.sha256_hex().to_uppercase());
        assert!(matches!(
            Manifest::parse(&upper),
            Err(SigningError::InvalidManifest(_))
        ));
        // Missing expires_at is accepted as null; unknown fields are ignored.
        let json = m
            .to_json()
            .unwrap()
            .replace(",\"expires_at\":null", ",\"extra\":1");
        assert_eq!(Manifest::parse(&json).unwrap(), m);
        // A counter the store cannot hold as an integer (it would wrap negative).
        let huge = m.to_json().unwrap().replace(
            &format!("\"counter\":{}", m.counter),
            &format!("\"counter\":{}", u64::MAX),
        );
        assert_ne!(huge, m.to_json().unwrap());
        assert!(matches!(
            Manifest::parse(&huge),
            Err(SigningError::InvalidManifest(_))
        ));
    }

    #[test]
    fn new_rejects_empty_name() {
        let mut p = params();
        p.name.clear();
        assert!(matches!(
            Manifest::new(&p, &hash_bytes(b""), OffsetDateTime::now_utc()),
            Err(SigningError::InvalidManifestInput(_))
        ));
    }
}
