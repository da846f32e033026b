//! The S3 bucket as the settings describe it: one home for `firmware upload`, `url`,
//! `list --remote` and the engine's presigned download URLs.

use crate::config::Settings;
use crate::error::{CliError, CliResult};
use crate::s3::{S3Client, S3Config};

/// The bucket's connection settings, or a config error naming what is missing.
pub fn s3_config(s: &Settings) -> CliResult<S3Config> {
    let endpoint = s.s3.endpoint.value.clone().ok_or_else(|| {
        CliError::config("no S3 endpoint configured").with_hint(
            "pass --s3-endpoint URL, set AWS_ENDPOINT_URL, or s3.endpoint in the profile",
        )
    })?;
    let endpoint = url::Url::parse(&endpoint).map_err(|e| {
        CliError::config(format!("invalid S3 endpoint '{endpoint}': {e}"))
            .with_hint("e.g. https://s3.eu-central-1.amazonaws.com")
    })?;
    let bucket = s.s3.bucket.value.clone().ok_or_else(|| {
        CliError::config("no bucket configured")
            .with_hint("pass --bucket NAME, set OTACTL_BUCKET, or s3.bucket in the profile")
    })?;
    let (Some(ak), Some(sk)) = (&s.s3.access_key, &s.s3.secret_key) else {
        return Err(CliError::config("no S3 credentials").with_hint(
            "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or the variables the profile names)",
        ));
    };
    Ok(S3Config {
        endpoint,
        region: s
            .s3
            .region
            .value
            .clone()
            .unwrap_or_else(|| "us-east-1".into()),
        bucket,
        path_style: s.s3.path_style.value.unwrap_or(true),
        access_key: ak.expose().to_string(),
        secret_key: sk.expose().to_string(),
        session_token: s.s3.session_token.as_ref().map(|t| t.expose().to_string()),
    })
}

/// A client for the configured bucket.
pub fn s3_client(s: &Settings) -> CliResult<S3Client> {
    Ok(S3Client::new(s3_config(s)?)?)
}

/// The bucket's client when one is configured (an endpoint and a bucket), for the
/// engine's download URLs; a configured bucket without credentials is an error.
pub fn configured_client(s: &Settings) -> CliResult<Option<S3Client>> {
    if s.s3.bucket.value.is_some() && s.s3.endpoint.value.is_some() {
        s3_client(s).map(Some)
    } else {
        Ok(None)
    }
}

/// The content-addressed key of an image.
pub fn object_key(name: &str, version: &str, sha256: &str) -> String {
    format!("firmware/{name}/{version}/{sha256}")
}

/// A runtime for the S3 client's requests.
pub fn runtime() -> CliResult<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| CliError::internal(format!("cannot start the async runtime: {e}")))
}
