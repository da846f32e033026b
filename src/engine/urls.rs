//! Where devices download an artifact from: a presigned GET on the configured S3
//! bucket (the same presigning as `otactl firmware url`), else a local artifact
//! server's base URL and the file's name. URLs are cached per artifact until half
//! their life.

use super::{EngineError, Result};
use crate::domain::protocol::Artifact;
use crate::s3::S3Client;
use otactl_store::artifacts::Artifact as ArtifactRow;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// How artifact URLs are made.
#[derive(Debug, Clone)]
pub enum UrlSource {
    /// Presigned GETs on the configured bucket.
    S3(S3Client),
    /// `BASE/FILE-NAME` on a local artifact server (the demo, the field kit).
    Local(String),
    /// S3 for uploaded artifacts, the local server for the others.
    Both(S3Client, String),
}

impl UrlSource {
    /// S3 when a bucket client is given, the local base when given, or both.
    pub fn new(s3: Option<S3Client>, local_base: Option<String>) -> Option<UrlSource> {
        match (s3, local_base) {
            (Some(c), Some(b)) => Some(UrlSource::Both(c, b)),
            (Some(c), None) => Some(UrlSource::S3(c)),
            (None, Some(b)) => Some(UrlSource::Local(b)),
            (None, None) => None,
        }
    }
}

/// Artifacts as the commands carry them, with their URLs, cached.
pub struct Urls {
    source: Option<UrlSource>,
    /// How long a presigned URL lives (at least the command's validity).
    ttl: Duration,
    cache: HashMap<i64, (Arc<Artifact>, i64)>,
}

impl Urls {
    pub fn new(source: Option<UrlSource>, ttl: Duration) -> Urls {
        Urls {
            source,
            // SigV4 allows at most 7 days.
            ttl: ttl.clamp(Duration::from_secs(60), Duration::from_secs(7 * 24 * 3600)),
            cache: HashMap::new(),
        }
    }

    /// The command's artifact for a stored artifact row.
    pub fn artifact(&mut self, a: &ArtifactRow, now_ms: i64) -> Result<Arc<Artifact>> {
        if let Some((art, fresh_until)) = self.cache.get(&a.id)
            && now_ms < *fresh_until
        {
            return Ok(art.clone());
        }
        let (url, fresh_for) = self.url(a)?;
        let art = Arc::new(Artifact {
            name: a.name.clone(),
            version: a.version.clone(),
            url,
            size: a.size,
            sha256: a.sha256.clone(),
            minisig: a.minisig.clone(),
        });
        self.cache
            .insert(a.id, (art.clone(), now_ms + fresh_for.as_millis() as i64));
        Ok(art)
    }

    fn url(&self, a: &ArtifactRow) -> Result<(String, Duration)> {
        let local = |base: &str| -> Option<(String, Duration)> {
            let name = a.path.as_deref()?.rsplit('/').next()?.to_string();
            Some((
                format!("{}/{}", base.trim_end_matches('/'), name),
                Duration::from_secs(365 * 24 * 3600),
            ))
        };
        let s3 = |client: &S3Client| -> Result<Option<(String, Duration)>> {
            let Some(key) = a.object_key.as_deref() else {
                return Ok(None);
            };
            let url = client.presign_get(key, self.ttl)?;
            Ok(Some((url.to_string(), self.ttl / 2)))
        };
        let found = match &self.source {
            Some(UrlSource::S3(s)) => s3(s)?,
            Some(UrlSource::Local(b)) => local(b),
            Some(UrlSource::Both(s, b)) => match s3(s)? {
                Some(u) => Some(u),
                None => local(b),
            },
            None => None,
        };
        found.ok_or_else(|| EngineError::NoDownloadUrl {
            name: a.name.clone(),
            version: a.version.clone(),
        })
    }
}
