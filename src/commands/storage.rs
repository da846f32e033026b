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

/// One key segment: anything outside RFC 3986's unreserved set percent-encoded, so the
/// key is what was validated, byte for byte, whatever the S3 client does with paths.
fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The content-addressed key of an image, `firmware/NAME/VERSION/SHA256`, from
/// validated segments only (SECURITY.md): a name or version outside the release
/// alphabet, or a sha256 that is not 64 hex digits, is refused, never sent.
pub fn object_key(name: &str, version: &str, sha256: &str) -> CliResult<String> {
    use crate::domain::ids;
    let hex64 = sha256.len() == 64 && sha256.bytes().all(|b| b.is_ascii_hexdigit());
    if !ids::is_firmware_name(name) || !ids::is_release_version(version) || !hex64 {
        return Err(CliError::input(format!(
            "no object key for '{}@{}': name or version outside the release alphabet",
            crate::output::escape(name),
            crate::output::escape(version)
        ))
        .with_hint(format!("names and versions are {}", ids::RELEASE_ALPHABET)));
    }
    Ok(format!(
        "firmware/{}/{}/{}",
        segment(name),
        segment(version),
        sha256.to_ascii_lowercase()
    ))
}

/// Checks a key read back from the store before it is presigned: the shape
/// [`object_key`] builds, so a row written by an older otactl cannot point elsewhere.
pub fn check_key(key: &str) -> CliResult<&str> {
    let parts: Vec<&str> = key.split('/').collect();
    let ok = parts.len() == 4
        && parts[0] == "firmware"
        && parts[1..].iter().all(|p| {
            !p.is_empty()
                && *p != "."
                && *p != ".."
                && p.bytes().all(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'%')
                })
        });
    if ok {
        Ok(key)
    } else {
        Err(CliError::input(format!(
            "the stored object key '{}' is not one otactl builds",
            crate::output::escape(key)
        ))
        .with_hint("upload the artifact again with this otactl: `otactl firmware upload FILE`"))
    }
}

/// A runtime for the S3 client's requests.
pub fn runtime() -> CliResult<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| CliError::internal(format!("cannot start the async runtime: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_validated_encoded_segments() {
        let sha = "ab".repeat(32);
        assert_eq!(
            object_key("engine-ecu", "2.0.0-rc.1+b7", &sha).expect("valid"),
            format!("firmware/engine-ecu/2.0.0-rc.1%2Bb7/{sha}")
        );
        for (n, v) in [
            ("ecu", "../../../other/pwn"),
            ("ecu", ".."),
            ("..", "1.0"),
            ("a/b", "1.0"),
            ("ecu", "1.0\n"),
        ] {
            assert!(object_key(n, v, &sha).is_err(), "{n} {v}");
        }
        assert!(object_key("ecu", "1.0", "../x").is_err());
        let good = object_key("ecu", "1.0", &sha).expect("valid");
        assert!(check_key(&good).is_ok());
        for bad in [
            "firmware/ecu/../../x",
            "other/pwn",
            "firmware/ecu/1.0/a\nb",
            "firmware//1/x",
        ] {
            assert!(check_key(bad).is_err(), "{bad}");
        }
    }
}
