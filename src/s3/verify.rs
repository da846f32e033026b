//! The check after an upload: a HEAD of the object must show the size, the sha256
//! metadata and, where the server reports them, the checksums that follow from the
//! parts sent (an MD5 multipart ETag, a CRC32C full-object or composite checksum).
//! This, not the shape of the CompleteMultipartUpload answer, decides success.

use base64::Engine as _;
use md5::{Digest as _, Md5};

use super::client::{ObjectInfo, PartSum};
use super::error::{Result, S3Error};

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

/// What the stored object must show, derived from what was sent.
#[derive(Debug, Clone, Default)]
pub(crate) struct Expected {
    pub size: u64,
    /// The file's hex SHA-256, stored as `sha256` metadata.
    pub sha256: String,
    /// The ETag the PUT or CompleteMultipartUpload answered with, if any.
    pub answered_etag: Option<String>,
    /// The ETag S3 derives from MD5s: the hex MD5 of a single PUT, or the MD5 of the
    /// parts' MD5s and `-N` for a multipart upload (only when every part had an MD5).
    pub md5_etag: Option<String>,
    /// Base64 CRC32C of the whole object (only when every part had a CRC32C).
    pub crc32c_full: Option<String>,
    /// AWS's composite CRC32C of a multipart object: the CRC32C of the parts'
    /// CRC32Cs, base64, `-N`.
    pub crc32c_composite: Option<String>,
    /// What was unusual in the answer that completed the upload, told if the HEAD
    /// then disagrees.
    pub note: Option<String>,
}

impl Expected {
    /// From the parts in order (each one's checksum and length); a single PUT is one
    /// part with `multipart` false.
    pub(crate) fn of_parts(
        size: u64,
        sha256: &str,
        parts: &[(PartSum, u64)],
        multipart: bool,
    ) -> Expected {
        let mut md5s = Vec::with_capacity(parts.len() * 16);
        let mut crcs = Vec::with_capacity(parts.len() * 4);
        let mut full: Option<u32> = None;
        let (mut all_md5, mut all_crc) = (true, true);
        for (sum, len) in parts {
            match sum {
                PartSum::Md5(d) => {
                    md5s.extend_from_slice(d);
                    all_crc = false;
                }
                PartSum::Crc32c(c) => {
                    crcs.extend_from_slice(&c.to_be_bytes());
                    let len = usize::try_from(*len).unwrap_or(usize::MAX);
                    full = Some(match full {
                        None => *c,
                        Some(f) => crc32c::crc32c_combine(f, *c, len),
                    });
                    all_md5 = false;
                }
            }
        }
        let n = parts.len();
        let md5_etag = (all_md5 && n > 0).then(|| {
            if multipart {
                format!(
                    "{}-{n}",
                    crate::signing::hash::hex_lower(&Md5::digest(&md5s))
                )
            } else {
                crate::signing::hash::hex_lower(&md5s)
            }
        });
        let crc_ok = all_crc && n > 0;
        Expected {
            size,
            sha256: sha256.to_owned(),
            md5_etag,
            crc32c_full: full.filter(|_| crc_ok).map(|f| B64.encode(f.to_be_bytes())),
            crc32c_composite: (crc_ok && multipart)
                .then(|| format!("{}-{n}", B64.encode(crc32c::crc32c(&crcs).to_be_bytes()))),
            ..Expected::default()
        }
    }

    /// The HEAD's answer (`None`: no such object) against what was sent: `Ok` when it
    /// agrees in everything the server reports, else an integrity error naming the
    /// first difference.
    pub(crate) fn check(&self, key: &str, info: Option<&ObjectInfo>) -> Result<()> {
        let fail = |detail: String| {
            let detail = match &self.note {
                Some(note) => format!("{detail} ({note})"),
                None => detail,
            };
            Err(S3Error::Integrity {
                key: key.to_owned(),
                detail,
            })
        };
        let Some(info) = info else {
            return fail("the object is missing after the upload completed".into());
        };
        let sha = info.metadata.get("sha256");
        if info.size != self.size || !sha.is_some_and(|s| s.eq_ignore_ascii_case(&self.sha256)) {
            return fail(format!(
                "after upload the object has {} bytes (expected {}) and sha256 metadata {sha:?}",
                info.size, self.size
            ));
        }
        if let Some(answered) = &self.answered_etag
            && !info.etag.is_empty()
            && !answered.eq_ignore_ascii_case(&info.etag)
        {
            return fail(format!(
                "the upload was answered with ETag {answered}, a HEAD then shows {}",
                info.etag
            ));
        }
        // An MD5-style ETag (hex, or hex-N) is checked when the MD5s are known.
        if let Some(want) = &self.md5_etag
            && is_md5_etag(&info.etag)
            && info.etag.contains('-') == want.contains('-')
            && !info.etag.eq_ignore_ascii_case(want)
        {
            return fail(format!(
                "the object's ETag {} differs from {want}, derived from the MD5s of the parts sent",
                info.etag
            ));
        }
        // AWS reports a composite as `B64-N` and a full-object CRC as `B64`; moto 5.2.1
        // leaves the `-N` off a composite on HEAD. Either value, derived from the
        // parts sent, confirms the bytes; a part count, when given, must match.
        if let Some(got) = &info.checksum_crc32c
            && let Some(full) = &self.crc32c_full
        {
            let (value, count) = match got.split_once('-') {
                Some((v, n)) => (v, Some(n)),
                None => (got.as_str(), None),
            };
            let composite = self
                .crc32c_composite
                .as_deref()
                .and_then(|c| c.split_once('-'));
            let matches_full = count.is_none() && value == full;
            let matches_composite =
                composite.is_some_and(|(v, n)| value == v && count.is_none_or(|c| c == n));
            if !matches_full && !matches_composite {
                let want = match &self.crc32c_composite {
                    Some(c) => format!("{full} (whole object) or {c} (composite of the parts)"),
                    None => full.clone(),
                };
                return fail(format!(
                    "the server's CRC32C {got} differs from {want}, derived from the CRC32Cs of the parts sent"
                ));
            }
        }
        Ok(())
    }
}

/// `HEX32` or `HEX32-N`: the forms of an ETag that is (derived from) MD5s.
fn is_md5_etag(etag: &str) -> bool {
    let (hex, count) = match etag.split_once('-') {
        Some((h, n)) => (h, Some(n)),
        None => (etag, None),
    };
    hex.len() == 32
        && hex.bytes().all(|b| b.is_ascii_hexdigit())
        && count.is_none_or(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::super::client::PartChecksum;
    use super::*;
    use std::collections::HashMap;

    fn info(size: u64, etag: &str, crc: Option<&str>) -> ObjectInfo {
        ObjectInfo {
            key: "k".into(),
            size,
            etag: etag.into(),
            metadata: HashMap::from([("sha256".to_string(), "ab".to_string())]),
            checksum_crc32c: crc.map(str::to_owned),
        }
    }

    #[test]
    fn md5_multipart_etag_is_the_md5_of_the_part_md5s() {
        // Two parts "a" and "b": S3's ETag is md5(md5("a") ‖ md5("b"))-2.
        let parts = [
            (PartSum::of(PartChecksum::Md5, b"a"), 1),
            (PartSum::of(PartChecksum::Md5, b"b"), 1),
        ];
        let e = Expected::of_parts(2, "ab", &parts, true);
        let want = e.md5_etag.clone().expect("md5 etag");
        assert!(want.ends_with("-2"), "{want}");
        assert!(e.check("k", Some(&info(2, &want, None))).is_ok());
        let wrong = format!("{}-2", "0".repeat(32));
        let err = e
            .check("k", Some(&info(2, &wrong, None)))
            .expect_err("differs");
        assert!(err.to_string().contains("MD5s of the parts"), "{err}");
        // A server whose multipart ETag is the whole object's MD5 (s3s-fs): not checkable.
        assert!(e.check("k", Some(&info(2, &"1".repeat(32), None))).is_ok());
        // Opaque ETags are not judged.
        assert!(e.check("k", Some(&info(2, "opaque", None))).is_ok());
    }

    #[test]
    fn crc32c_full_and_composite_follow_from_the_parts() {
        let (a, b) = (b"12345".as_slice(), b"6789".as_slice());
        let parts = [
            (PartSum::of(PartChecksum::Crc32c, a), 5),
            (PartSum::of(PartChecksum::Crc32c, b), 4),
        ];
        let e = Expected::of_parts(9, "ab", &parts, true);
        // The full-object CRC32C of "123456789" is 0xE3069283 (RFC 3720).
        assert_eq!(e.crc32c_full.as_deref(), Some("4waSgw=="));
        let composite = e.crc32c_composite.clone().expect("composite");
        assert!(composite.ends_with("-2"));
        assert!(
            e.check("k", Some(&info(9, "x-2", Some("4waSgw=="))))
                .is_ok()
        );
        assert!(
            e.check("k", Some(&info(9, "x-2", Some(&composite))))
                .is_ok()
        );
        assert!(
            e.check("k", Some(&info(9, "x-2", Some("AAAAAA=="))))
                .is_err()
        );
        assert!(
            e.check("k", Some(&info(9, "x-2", Some("AAAAAA==-2"))))
                .is_err()
        );
        // moto's HEAD: the composite without its part count.
        let bare = composite.trim_end_matches("-2").to_owned();
        assert!(e.check("k", Some(&info(9, "x-2", Some(&bare)))).is_ok());
        let wrong_count = format!("{bare}-3");
        assert!(
            e.check("k", Some(&info(9, "x-2", Some(&wrong_count))))
                .is_err()
        );
    }

    #[test]
    fn size_sha_missing_object_and_answered_etag_are_checked() {
        let parts = [(PartSum::of(PartChecksum::Md5, b"abc"), 3)];
        let mut e = Expected::of_parts(3, "ab", &parts, false);
        let md5 = e.md5_etag.clone().expect("md5");
        assert_eq!(md5, "900150983cd24fb0d6963f7d28e17f72");
        assert!(e.check("k", Some(&info(3, &md5, None))).is_ok());
        assert!(e.check("k", Some(&info(4, &md5, None))).is_err());
        e.note = Some("CompleteMultipartUpload answered HTTP 200 with root element <X>".into());
        let err = e.check("k", None).expect_err("missing");
        assert!(err.to_string().contains("missing"), "{err}");
        assert!(err.to_string().contains("root element <X>"), "{err}");
        e.answered_etag = Some("other".into());
        assert!(e.check("k", Some(&info(3, &md5, None))).is_err());
    }
}
