//! Presigned GET URLs, the form in which firmware images reach devices: the
//! device needs no credentials, and the URL stops working after its ttl.
//! Also a helper to log such URLs without their signature.

use std::time::Duration;

use rusty_s3::actions::S3Action;
use url::Url;

use super::S3Client;
use super::error::{Result, S3Error};

/// The longest lifetime S3 accepts for a presigned URL (SigV4): 7 days.
pub const MAX_PRESIGN_TTL: Duration = Duration::from_secs(7 * 24 * 3600);

impl S3Client {
    /// A URL that lets anyone GET `key` for `ttl` (1 s to 7 days), without credentials.
    pub fn presign_get(&self, key: &str, ttl: Duration) -> Result<Url> {
        check_ttl(ttl)?;
        Ok(self.bucket.get_object(Some(&self.creds), key).sign(ttl))
    }
}

fn check_ttl(ttl: Duration) -> Result<()> {
    if ttl > MAX_PRESIGN_TTL {
        return Err(S3Error::Invalid(format!(
            "presigned URL lifetime of {}s exceeds the S3 maximum of 7 days ({}s): use a shorter ttl",
            ttl.as_secs(),
            MAX_PRESIGN_TTL.as_secs()
        )));
    }
    if ttl.as_secs() < 1 {
        return Err(S3Error::Invalid(
            "presigned URL lifetime must be at least 1 second".into(),
        ));
    }
    Ok(())
}

/// The URL with its signature, credential and session token replaced by `REDACTED`: safe to log.
pub fn redact_url(url: &Url) -> String {
    let mut out = url.clone();
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| {
            let secret = matches!(
                k.to_ascii_lowercase().as_str(),
                "x-amz-signature" | "x-amz-credential" | "x-amz-security-token" | "signature"
            );
            let v = if secret {
                "REDACTED".into()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    if pairs.is_empty() {
        return out.to_string();
    }
    out.query_pairs_mut().clear().extend_pairs(pairs);
    out.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ttl_bounds() {
        assert!(check_ttl(MAX_PRESIGN_TTL).is_ok());
        let e = check_ttl(MAX_PRESIGN_TTL + Duration::from_secs(1)).err();
        assert!(e.is_some_and(|e| e.to_string().contains("7 days")));
        assert!(check_ttl(Duration::from_millis(10)).is_err());
    }

    #[test]
    fn redacts_signature() {
        let u =
            Url::parse("http://h/b/k?X-Amz-Credential=AK%2F1&X-Amz-Signature=abc&X-Amz-Expires=60")
                .expect("static url");
        let r = redact_url(&u);
        assert!(!r.contains("abc"));
        assert!(!r.contains("AK"));
        assert!(r.contains("X-Amz-Expires=60"));
    }
}
