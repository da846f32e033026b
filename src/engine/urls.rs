//! Where devices download an artifact from: a presigned GET on the configured S3
//! bucket (the same code as `otactl firmware url`), else a local artifact server's
//! base URL and the file's name. URLs are cached per artifact until half their life.

use crate::config::Settings;
use crate::domain::protocol::Artifact;
use crate::error::{CliError, CliResult};
use otactl_store::artifacts::Artifact as ArtifactRow;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// How artifact URLs are made.
#[derive(Clone)]
pub enum UrlSource {
    /// Presigned GETs on the configured bucket.
    S3(Box<Settings>),
    /// `BASE/FILE-NAME` on a local artifact server (the demo, the field kit).
    Local(String),
    /// S3 for uploaded artifacts, the local server for the others.
    Both(Box<Settings>, String),
}

impl UrlSource {
    /// S3 when a bucket is configured, the local base when given, or both.
    pub fn from_settings(settings: &Settings, local_base: Option<String>) -> Option<UrlSource> {
        let s3 = settings.s3.bucket.value.is_some() && settings.s3.endpoint.value.is_some();
        match (s3, local_base) {
            (true, Some(b)) => Some(UrlSource::Both(Box::new(settings.clone()), b)),
            (true, None) => Some(UrlSource::S3(Box::new(settings.clone()))),
            (false, Some(b)) => Some(UrlSource::Local(b)),
            (false, None) => None,
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
    pub fn artifact(&mut self, a: &ArtifactRow, now_ms: i64) -> CliResult<Arc<Artifact>> {
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

    fn url(&self, a: &ArtifactRow) -> CliResult<(String, Duration)> {
        let local = |base: &str| -> Option<(String, Duration)> {
            let name = a.path.as_deref()?.rsplit('/').next()?.to_string();
            Some((
                format!("{}/{}", base.trim_end_matches('/'), name),
                Duration::from_secs(365 * 24 * 3600),
            ))
        };
        let s3 = |settings: &Settings| -> CliResult<Option<(String, Duration)>> {
            let Some(key) = a.object_key.as_deref() else {
                return Ok(None);
            };
            let url = crate::commands::upload::presigned_url(settings, key, self.ttl)?;
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
        found.ok_or_else(|| {
            CliError::config(format!(
                "no download URL for {}@{}: it is not uploaded and no local artifact server is set",
                a.name, a.version
            ))
            .with_hint(
                "upload it with `otactl firmware upload`, or pass --artifact-url (e.g. from `otactl serve`)",
            )
        })
    }
}
