//! Errors of the S3 artifact store, classified so that `otactl` can tell the
//! operator what to fix (credentials, bucket, network, clock, endpoint) and so
//! that the uploader knows which failures are worth retrying.

use std::path::PathBuf;

/// Result alias of this module.
pub type Result<T, E = S3Error> = std::result::Result<T, E>;

/// Longest server message kept in an error, in characters.
const MAX_MESSAGE_CHARS: usize = 300;

/// An error of the S3 client. Every variant displays as one line with a hint.
///
/// No variant ever carries the secret key or a presigned URL's signature.
#[derive(Debug, thiserror::Error)]
pub enum S3Error {
    /// The server refused the credentials or the signature.
    #[error(
        "S3 refused the credentials at {endpoint} ({code}: {message}): check AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN if set)"
    )]
    Auth {
        endpoint: String,
        code: String,
        message: String,
    },
    /// The bucket does not exist.
    #[error(
        "bucket '{bucket}' does not exist at {endpoint}: create it, e.g. `aws --endpoint-url {endpoint} s3 mb s3://{bucket}`"
    )]
    NoSuchBucket { endpoint: String, bucket: String },
    /// Nothing answered: connection refused, DNS failure, timeout, dropped connection.
    #[error(
        "S3 endpoint {endpoint} is unreachable ({reason}): check the URL and that the server is running and reachable"
    )]
    Unreachable { endpoint: String, reason: String },
    /// The server says the request time is too far from its own.
    #[error(
        "S3 at {endpoint} rejected the request time ({message}): the local clock differs from the server's; sync it (e.g. with NTP)"
    )]
    ClockSkew { endpoint: String, message: String },
    /// The server answered, but not like an S3 API (HTML page, non-XML body, missing ETag).
    #[error("{endpoint} answered HTTP {status} with {what}: is the endpoint an S3 API?")]
    NotS3 {
        endpoint: String,
        status: u16,
        what: String,
    },
    /// Any other error answered by the server.
    #[error("S3 error HTTP {status} {code}: {message} ({hint})", hint = server_hint(*.status, .code))]
    Server {
        status: u16,
        code: String,
        message: String,
    },
    /// A local file could not be read.
    #[error("I/O error on {}: {source} (check the path and its permissions)", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The configuration or an argument is invalid.
    #[error("invalid S3 request: {0}")]
    Invalid(String),
    /// The caller's check of the file's bytes refused it (for `firmware upload`, the
    /// signature): nothing became visible in the bucket.
    #[error("{0}")]
    Rejected(super::BoxError),
    /// What the server stored does not match what was sent.
    #[error("integrity check failed for '{key}': {detail} (the upload was not trusted; retry it)")]
    Integrity { key: String, detail: String },
}

fn server_hint(status: u16, code: &str) -> &'static str {
    match (status, code) {
        (_, "NoSuchKey") => "the object does not exist",
        (_, "NoSuchUpload") => "the multipart upload was aborted or completed; start it again",
        (_, "SlowDown") | (429, _) => "the server is throttling; retry later",
        (500..=599, _) => "server-side failure; retry later",
        (_, "EntityTooSmall") => "every part but the last must be at least 5 MiB",
        _ => "see the S3 error code",
    }
}

impl S3Error {
    /// Whether retrying the same request may succeed: connection failures,
    /// timeouts, 5xx and throttling. Never 4xx such as 403/404.
    pub fn is_transient(&self) -> bool {
        match self {
            S3Error::Unreachable { .. } => true,
            S3Error::Server { status, code, .. } => {
                *status >= 500
                    || *status == 429
                    || matches!(
                        code.as_str(),
                        "SlowDown" | "RequestTimeout" | "InternalError" | "ServiceUnavailable"
                    )
            }
            _ => false,
        }
    }

    /// The S3 error code, when the server sent one.
    pub fn code(&self) -> Option<&str> {
        match self {
            S3Error::Auth { code, .. } | S3Error::Server { code, .. } => Some(code),
            S3Error::NoSuchBucket { .. } => Some("NoSuchBucket"),
            S3Error::ClockSkew { .. } => Some("RequestTimeTooSkewed"),
            _ => None,
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        S3Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// Where a request went: used to build errors that name the endpoint and bucket.
#[derive(Debug, Clone)]
pub(crate) struct ErrorContext {
    /// The endpoint, without user info, query or fragment.
    pub endpoint: String,
    pub bucket: String,
}

impl ErrorContext {
    /// Classifies a transport error (no HTTP status). The URL (which holds the
    /// presigned signature) is stripped from the message.
    pub fn transport(&self, err: reqwest::Error) -> S3Error {
        if err.is_builder() {
            return S3Error::Invalid(one_line(&error_chain(&err.without_url())));
        }
        let kind = if err.is_timeout() {
            "timeout: "
        } else if err.is_connect() {
            "connect: "
        } else {
            ""
        };
        S3Error::Unreachable {
            endpoint: self.endpoint.clone(),
            reason: format!("{kind}{}", one_line(&error_chain(&err.without_url()))),
        }
    }

    /// Classifies a non-success HTTP answer from its status, content type and body.
    pub fn classify_response(
        &self,
        status: u16,
        content_type: Option<&str>,
        body: &[u8],
    ) -> S3Error {
        let text = String::from_utf8_lossy(body);
        let trimmed = text.trim_start();
        let is_html = content_type.is_some_and(|c| c.to_ascii_lowercase().contains("html"))
            || trimmed.get(..14).is_some_and(|s| {
                let s = s.to_ascii_lowercase();
                s.starts_with("<!doctype html") || s.starts_with("<html")
            });
        let code = xml_element(trimmed, "Code");
        match code {
            Some(code) if !is_html => {
                let message = xml_element(trimmed, "Message").unwrap_or_default();
                self.classify_code(status, code, message)
            }
            _ if trimmed.is_empty() => self.classify_status(status),
            _ if status >= 500 => S3Error::Server {
                status,
                code: String::from("(none)"),
                message: format!("non-S3 body: {}", snippet(trimmed)),
            },
            _ => S3Error::NotS3 {
                endpoint: self.endpoint.clone(),
                status,
                what: if is_html {
                    String::from("an HTML page")
                } else {
                    format!("a non-XML body ({})", snippet(trimmed))
                },
            },
        }
    }

    /// Classifies an error answer without a body (HEAD requests).
    pub fn classify_status(&self, status: u16) -> S3Error {
        match status {
            401 | 403 => S3Error::Auth {
                endpoint: self.endpoint.clone(),
                code: format!("HTTP {status}"),
                message: String::from("access denied (no error body)"),
            },
            _ => S3Error::Server {
                status,
                code: String::from("(none)"),
                message: String::from("no error body"),
            },
        }
    }

    pub fn classify_code(&self, status: u16, code: String, message: String) -> S3Error {
        let message = one_line(&message);
        match code.as_str() {
            "InvalidAccessKeyId"
            | "SignatureDoesNotMatch"
            | "AccessDenied"
            | "InvalidToken"
            | "ExpiredToken"
            | "InvalidSecurity"
            | "AuthorizationHeaderMalformed" => S3Error::Auth {
                endpoint: self.endpoint.clone(),
                code,
                message,
            },
            "NoSuchBucket" => S3Error::NoSuchBucket {
                endpoint: self.endpoint.clone(),
                bucket: self.bucket.clone(),
            },
            "RequestTimeTooSkewed" => S3Error::ClockSkew {
                endpoint: self.endpoint.clone(),
                message,
            },
            _ => S3Error::Server {
                status,
                code,
                message,
            },
        }
    }

    pub fn not_s3(&self, status: u16, what: impl Into<String>) -> S3Error {
        S3Error::NotS3 {
            endpoint: self.endpoint.clone(),
            status,
            what: what.into(),
        }
    }
}

/// The text of the first element named `name` (any namespace prefix), entity-decoded.
pub(crate) fn xml_element(xml: &str, name: &str) -> Option<String> {
    super::xml::element(xml, name)
}

/// Whether a body looks like an XML document.
pub(crate) fn looks_like_xml(body: &str) -> bool {
    body.trim_start().starts_with('<') && !body.trim_start().to_ascii_lowercase().contains("<html")
}

fn error_chain(err: &dyn std::error::Error) -> String {
    let mut out = err.to_string();
    let mut cur = err.source();
    while let Some(e) = cur {
        let s = e.to_string();
        if !out.contains(&s) {
            out.push_str(": ");
            out.push_str(&s);
        }
        cur = e.source();
    }
    out
}

/// Collapses whitespace to keep an error on one line and caps its length.
pub(crate) fn one_line(s: &str) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if joined.chars().count() > MAX_MESSAGE_CHARS {
        let mut cut: String = joined.chars().take(MAX_MESSAGE_CHARS).collect();
        cut.push('…');
        cut
    } else {
        joined
    }
}

pub(crate) fn snippet(s: &str) -> String {
    let line = one_line(s);
    let short: String = line.chars().take(60).collect();
    if short.len() < line.len() {
        format!("{short}…")
    } else {
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> ErrorContext {
        ErrorContext {
            endpoint: String::from("http://127.0.0.1:9"),
            bucket: String::from("fw"),
        }
    }

    #[test]
    fn classifies_xml_errors() {
        let body = br#"<?xml version="1.0"?><Error><Code>SignatureDoesNotMatch</Code><Message>bad &amp; wrong</Message></Error>"#;
        let e = ctx().classify_response(403, Some("application/xml"), body);
        assert!(
            matches!(&e, S3Error::Auth { code, message, .. } if code == "SignatureDoesNotMatch" && message == "bad & wrong")
        );
        assert!(!e.is_transient());
        let e = ctx().classify_response(
            404,
            None,
            b"<Error><Code>NoSuchBucket</Code><Message>x</Message></Error>",
        );
        assert!(matches!(e, S3Error::NoSuchBucket { .. }));
        assert!(e.to_string().contains("s3 mb s3://fw"));
        let e = ctx().classify_response(
            403,
            None,
            b"<Error><Code>RequestTimeTooSkewed</Code></Error>",
        );
        assert!(matches!(e, S3Error::ClockSkew { .. }));
        let e = ctx().classify_response(503, None, b"<Error><Code>SlowDown</Code></Error>");
        assert!(e.is_transient());
    }

    #[test]
    fn classifies_non_s3() {
        let e = ctx().classify_response(200, Some("text/html"), b"<html><body>hi</body></html>");
        assert!(matches!(e, S3Error::NotS3 { .. }));
        assert!(e.to_string().contains("is the endpoint an S3 API?"));
        let e = ctx().classify_response(404, Some("text/plain"), b"not found");
        assert!(matches!(e, S3Error::NotS3 { .. }));
        let e = ctx().classify_response(502, Some("text/html"), b"<html>bad gateway</html>");
        assert!(e.is_transient());
        assert!(
            ctx()
                .classify_status(403)
                .to_string()
                .contains("AWS_ACCESS_KEY_ID")
        );
    }

    #[test]
    fn messages_are_one_line() {
        let e = ctx().classify_code(500, "InternalError".into(), "a\nb\n  c".into());
        assert_eq!(e.to_string().lines().count(), 1);
        assert!(e.is_transient());
    }
}
