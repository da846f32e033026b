//! S3 artifact store of `otactl`: firmware images are pushed to an S3-compatible
//! bucket (resumable parallel multipart uploads, dedupe by sha256) and handed to
//! devices as presigned GET URLs. Signing is done by `rusty-s3`, transport by `reqwest`.

mod client;
mod error;
mod journal;
mod multipart;
mod presign;
mod verify;
mod xml;

use std::fmt;

pub use self::client::{ObjectInfo, PartChecksum, S3Client};
pub use self::error::{Result, S3Error};
pub use self::journal::StoreJournal;
pub use self::multipart::{
    BoxError, ContentCheck, MAX_PART_SIZE, MAX_PARTS, MIN_PART_SIZE, MemoryJournal, NewCheck,
    NoCheck, UploadEvent, UploadJournal, UploadOptions, UploadOutcome,
};
pub use self::presign::{MAX_PRESIGN_TTL, redact_url};

/// Where and how to reach the bucket.
#[derive(Clone)]
pub struct S3Config {
    /// The S3 API endpoint, e.g. `https://s3.eu-west-1.amazonaws.com` or `http://127.0.0.1:8014`.
    pub endpoint: url::Url,
    /// The signing region, e.g. `us-east-1`.
    pub region: String,
    pub bucket: String,
    /// `true`: `endpoint/bucket/key` URLs; `false`: `bucket.endpoint/key`.
    pub path_style: bool,
    pub access_key: String,
    pub secret_key: String,
    pub session_token: Option<String>,
}

impl fmt::Debug for S3Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("S3Config")
            .field("endpoint", &self.endpoint.as_str())
            .field("region", &self.region)
            .field("bucket", &self.bucket)
            .field("path_style", &self.path_style)
            .field("access_key", &self.access_key)
            .field("secret_key", &"<redacted>")
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_secrets() {
        let cfg = S3Config {
            endpoint: url::Url::parse("http://127.0.0.1:1").expect("static url"),
            region: "us-east-1".into(),
            bucket: "fw".into(),
            path_style: true,
            access_key: "AKIDEXAMPLE".into(),
            secret_key: "wJalrXUtnFEMI/K7MDENG".into(),
            session_token: Some("tok-secret".into()),
        };
        let s = format!("{cfg:?}");
        assert!(s.contains("AKIDEXAMPLE"));
        assert!(!s.contains("wJalrXUtnFEMI"));
        assert!(!s.contains("tok-secret"));
    }
}
