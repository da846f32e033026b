//! The S3 client proper: one signed request per operation (head, put, get,
//! list, delete, and the multipart primitives used by `multipart.rs`), each
//! answer checked and classified into an `S3Error`.

use std::collections::HashMap;
use std::time::Duration;

use base64::Engine as _;
use bytes::Bytes;
use md5::{Digest as _, Md5};
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, ETAG, HeaderMap};
use rusty_s3::actions::{ListObjectsV2, ListParts, S3Action};
use rusty_s3::{Bucket, Credentials, UrlStyle};

use super::S3Config;
use super::error::{ErrorContext, Result, S3Error, looks_like_xml, xml_element};
use super::xml;

/// How long the URLs signed for the client's own requests stay valid.
pub(crate) const SIGN_TTL: Duration = Duration::from_secs(15 * 60);
/// Largest error body read from the server.
const MAX_ERROR_BODY: usize = 64 * 1024;
const META_PREFIX: &str = "x-amz-meta-";

/// What the server knows about an object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectInfo {
    pub key: String,
    pub size: u64,
    /// The ETag without quotes.
    pub etag: String,
    /// User metadata (`x-amz-meta-*`, names lowercase, prefix removed). Empty in listings.
    pub metadata: HashMap<String, String>,
    /// The object's CRC32C as the server reports it (`x-amz-checksum-crc32c`, base64,
    /// `-N` for a composite of N parts), when it keeps one and was asked for it.
    pub checksum_crc32c: Option<String>,
}

/// Root elements of the answers parsed here: AWS's documented name first, then the
/// variants real servers send (moto 5 answers `…Response` for these two).
const COMPLETE_ROOTS: &[&str] = &[
    "CompleteMultipartUploadResult",
    "CompleteMultipartUploadResponse",
];
const LIST_PARTS_ROOTS: &[&str] = &["ListPartsResult", "ListPartsResponse"];

/// What a CompleteMultipartUpload answered with HTTP 200 and no `Error` document.
#[derive(Debug, Clone, Default)]
pub(crate) struct Completed {
    /// The object's ETag, when the answer carried one.
    pub etag: Option<String>,
    /// What was unusual about the answer (for the message if the HEAD after it fails).
    pub note: Option<String>,
}

/// A part the server holds for a multipart upload.
#[derive(Debug, Clone)]
pub(crate) struct ServerPart {
    pub number: u32,
    pub etag: String,
    pub size: u64,
}

/// An S3 bucket client. Cheap to clone.
#[derive(Clone)]
pub struct S3Client {
    pub(crate) http: reqwest::Client,
    pub(crate) bucket: Bucket,
    pub(crate) creds: Credentials,
    pub(crate) ctx: ErrorContext,
}

impl std::fmt::Debug for S3Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Client")
            .field("endpoint", &self.ctx.endpoint)
            .field("bucket", &self.ctx.bucket)
            .finish_non_exhaustive()
    }
}

impl S3Client {
    /// Builds a client. Installs `ring` as the process-wide rustls crypto
    /// provider if none is installed yet (reqwest is built without aws-lc-rs).
    pub fn new(cfg: S3Config) -> Result<Self> {
        // Err means a provider is already installed: that one is used.
        let _ = rustls::crypto::ring::default_provider().install_default();

        let mut shown = cfg.endpoint.clone();
        // Infallible for http(s) URLs; errors only for cannot-be-a-base URLs, rejected below.
        let _ = shown.set_username("");
        let _ = shown.set_password(None);
        shown.set_query(None);
        shown.set_fragment(None);
        let endpoint = shown.as_str().trim_end_matches('/').to_owned();

        if cfg.bucket.is_empty() {
            return Err(S3Error::Invalid("the bucket name is empty".into()));
        }
        let style = if cfg.path_style {
            UrlStyle::Path
        } else {
            UrlStyle::VirtualHost
        };
        let bucket = Bucket::new(
            cfg.endpoint.clone(),
            style,
            cfg.bucket.clone(),
            cfg.region.clone(),
        )
        .map_err(|e| S3Error::Invalid(format!("endpoint {endpoint}: {e}")))?;
        let creds = match cfg.session_token {
            Some(tok) => Credentials::new_with_token(cfg.access_key, cfg.secret_key, tok),
            None => Credentials::new(cfg.access_key, cfg.secret_key),
        };
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .read_timeout(Duration::from_secs(120))
            .build()
            .map_err(|e| S3Error::Invalid(format!("HTTP client: {}", e.without_url())))?;
        Ok(S3Client {
            http,
            bucket,
            creds,
            ctx: ErrorContext {
                endpoint,
                bucket: cfg.bucket,
            },
        })
    }

    /// The endpoint as shown in errors (no credentials).
    pub fn endpoint(&self) -> &str {
        &self.ctx.endpoint
    }

    /// Metadata and size of an object, `None` if it does not exist.
    pub async fn head_object(&self, key: &str) -> Result<Option<ObjectInfo>> {
        self.head(key, false).await
    }

    /// [`S3Client::head_object`], also asking for the object's stored checksum
    /// (`x-amz-checksum-mode: ENABLED`): the check after an upload.
    pub(crate) async fn head_with_checksum(&self, key: &str) -> Result<Option<ObjectInfo>> {
        self.head(key, true).await
    }

    async fn head(&self, key: &str, checksum_mode: bool) -> Result<Option<ObjectInfo>> {
        let mut action = self.bucket.head_object(Some(&self.creds), key);
        if checksum_mode {
            // Signed, as AWS wants every x-amz-* header of a presigned request.
            action
                .headers_mut()
                .insert("x-amz-checksum-mode", "ENABLED");
        }
        let url = action.sign(SIGN_TTL);
        let mut req = self.http.head(url);
        if checksum_mode {
            req = req.header("x-amz-checksum-mode", "ENABLED");
        }
        let resp = req.send().await.map_err(|e| self.ctx.transport(e))?;
        let status = resp.status().as_u16();
        match status {
            200 => {
                let headers = resp.headers();
                let etag = self.etag_of(status, headers)?;
                let size = headers
                    .get(CONTENT_LENGTH)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.parse::<u64>().ok())
                    .ok_or_else(|| {
                        self.ctx
                            .not_s3(status, "a HEAD answer without Content-Length")
                    })?;
                let metadata = headers
                    .iter()
                    .filter_map(|(name, value)| {
                        let name = name.as_str().strip_prefix(META_PREFIX)?;
                        Some((name.to_owned(), value.to_str().ok()?.to_owned()))
                    })
                    .collect();
                let checksum_crc32c = headers
                    .get("x-amz-checksum-crc32c")
                    .and_then(|v| v.to_str().ok())
                    .map(|v| v.trim().to_owned())
                    .filter(|v| !v.is_empty());
                Ok(Some(ObjectInfo {
                    key: key.to_owned(),
                    size,
                    etag,
                    metadata,
                    checksum_crc32c,
                }))
            }
            // HEAD answers carry no body: tell a missing key from a missing bucket.
            404 => {
                if self.bucket_exists().await? {
                    Ok(None)
                } else {
                    Err(S3Error::NoSuchBucket {
                        endpoint: self.ctx.endpoint.clone(),
                        bucket: self.ctx.bucket.clone(),
                    })
                }
            }
            _ => Err(self.error_from(resp).await),
        }
    }

    async fn bucket_exists(&self) -> Result<bool> {
        let url = self.bucket.head_bucket(Some(&self.creds)).sign(SIGN_TTL);
        let resp = self
            .http
            .head(url)
            .send()
            .await
            .map_err(|e| self.ctx.transport(e))?;
        match resp.status().as_u16() {
            200..=299 => Ok(true),
            404 => Ok(false),
            _ => Err(self.error_from(resp).await),
        }
    }

    /// Stores `body` under `key` in one PUT, with `Content-MD5` and user metadata.
    /// Returns the ETag.
    pub async fn put_object(
        &self,
        key: &str,
        body: impl Into<Bytes>,
        metadata: &HashMap<String, String>,
    ) -> Result<String> {
        let body: Bytes = body.into();
        let sum = PartSum::of(PartChecksum::Md5, &body);
        self.put_object_checked(key, body, metadata, &sum).await
    }

    /// Stores `body` under `key` in one PUT with its checksum (`sum`, of `body`)
    /// and user metadata. Returns the ETag.
    pub(crate) async fn put_object_checked(
        &self,
        key: &str,
        body: Bytes,
        metadata: &HashMap<String, String>,
        sum: &PartSum,
    ) -> Result<String> {
        let mut headers = meta_headers(metadata)?;
        headers.push(sum.header());
        let mut action = self.bucket.put_object(Some(&self.creds), key);
        for (k, v) in &headers {
            action.headers_mut().insert(k.clone(), v.clone());
        }
        let url = action.sign(SIGN_TTL);
        let mut req = self
            .http
            .put(url)
            .header(CONTENT_LENGTH, body.len())
            .body(SlicedBody::body(body));
        for (k, v) in &headers {
            req = req.header(k.as_str(), v.as_str());
        }
        let resp = self.execute(req).await?;
        let etag = self.etag_of(resp.status().as_u16(), resp.headers())?;
        sum.check_answer(key, &etag, resp.headers())?;
        Ok(etag)
    }

    /// Downloads a whole object into memory (meant for tests and small files).
    pub async fn get_object(&self, key: &str) -> Result<Vec<u8>> {
        let url = self
            .bucket
            .get_object(Some(&self.creds), key)
            .sign(SIGN_TTL);
        let resp = self.execute(self.http.get(url)).await?;
        self.etag_of(resp.status().as_u16(), resp.headers())?;
        let body = resp.bytes().await.map_err(|e| self.ctx.transport(e))?;
        Ok(body.to_vec())
    }

    /// Every object whose key starts with `prefix` (ListObjectsV2, following continuation tokens).
    pub async fn list_objects(&self, prefix: &str) -> Result<Vec<ObjectInfo>> {
        let mut out = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let mut action = ListObjectsV2::new(&self.bucket, Some(&self.creds));
            if !prefix.is_empty() {
                action.with_prefix(prefix);
            }
            if let Some(t) = &token {
                action.with_continuation_token(t.as_str());
            }
            let url = action.sign(SIGN_TTL);
            let (status, text) = self.execute_text(self.http.get(url)).await?;
            let page = ListObjectsV2::parse_response(&text).map_err(|e| {
                self.ctx
                    .not_s3(status, format!("an unexpected ListObjectsV2 body ({e})"))
            })?;
            out.extend(page.contents.into_iter().map(|c| ObjectInfo {
                key: c.key,
                size: c.size.unwrap_or(0),
                etag: c.etag.map(|e| unquote(&e)).unwrap_or_default(),
                metadata: HashMap::new(),
                checksum_crc32c: None,
            }));
            match page.next_continuation_token {
                Some(t) if !t.is_empty() && token.as_deref() != Some(t.as_str()) => token = Some(t),
                _ => break,
            }
        }
        Ok(out)
    }

    /// Deletes an object (no error if it does not exist, as in S3).
    pub async fn delete_object(&self, key: &str) -> Result<()> {
        let url = self
            .bucket
            .delete_object(Some(&self.creds), key)
            .sign(SIGN_TTL);
        self.execute(self.http.delete(url)).await?;
        Ok(())
    }

    // ---- multipart primitives ----

    pub(crate) async fn create_multipart(
        &self,
        key: &str,
        metadata: &HashMap<String, String>,
        checksum: PartChecksum,
    ) -> Result<String> {
        let mut headers = meta_headers(metadata)?;
        if checksum == PartChecksum::Crc32c {
            // AWS refuses part checksums an upload was not created for.
            headers.push(("x-amz-checksum-algorithm".into(), "CRC32C".into()));
        }
        let mut action = self.bucket.create_multipart_upload(Some(&self.creds), key);
        for (k, v) in &headers {
            action.headers_mut().insert(k.clone(), v.clone());
        }
        let url = action.sign(SIGN_TTL);
        let mut req = self.http.post(url);
        for (k, v) in &headers {
            req = req.header(k.as_str(), v.as_str());
        }
        let (status, text) = self.execute_text(req).await?;
        self.error_document(status, &text)?;
        // AWS: InitiateMultipartUploadResult; the UploadId is what matters.
        match xml_element(&text, "UploadId").map(|id| id.trim().to_owned()) {
            Some(id) if !id.is_empty() => Ok(id),
            _ => Err(self.ctx.not_s3(
                status,
                format!(
                    "a CreateMultipartUpload answer without an UploadId (root element <{}>)",
                    xml::root(&text).unwrap_or("?")
                ),
            )),
        }
    }

    /// Uploads one part with its checksum (`sum`, of `body`); returns its ETag.
    pub(crate) async fn upload_part(
        &self,
        key: &str,
        upload_id: &str,
        part: u16,
        body: Bytes,
        sum: &PartSum,
    ) -> Result<String> {
        let mut action = self
            .bucket
            .upload_part(Some(&self.creds), key, part, upload_id);
        let (name, value) = sum.header();
        action.headers_mut().insert(name.clone(), value.clone());
        let url = action.sign(SIGN_TTL);
        let req = self
            .http
            .put(url)
            .header(name, value)
            .header(CONTENT_LENGTH, body.len())
            .body(SlicedBody::body(body));
        let resp = self.execute(req).await?;
        let etag = self.etag_of(resp.status().as_u16(), resp.headers())?;
        sum.check_answer(key, &etag, resp.headers())?;
        Ok(etag)
    }

    /// The parts the server holds. Parsed leniently: some servers (s3s-fs)
    /// omit `ETag` and `MaxParts`, so `etag` may be empty.
    pub(crate) async fn list_parts(&self, key: &str, upload_id: &str) -> Result<Vec<ServerPart>> {
        let mut out = Vec::new();
        let mut marker: Option<u16> = None;
        loop {
            let mut action = ListParts::new(&self.bucket, Some(&self.creds), key, upload_id);
            if let Some(m) = marker {
                action.set_part_number_marker(m);
            }
            let url = action.sign(SIGN_TTL);
            let (status, text) = self.execute_text(self.http.get(url)).await?;
            self.error_document(status, &text)?;
            self.expect_root("ListParts", status, &text, LIST_PARTS_ROOTS)?;
            let page = parse_list_parts(&text);
            let last = page.iter().map(|p| p.number).max();
            out.extend(page);
            let truncated = xml_element(&text, "IsTruncated").is_some_and(|t| t.trim() == "true");
            let next = xml_element(&text, "NextPartNumberMarker")
                .and_then(|m| m.trim().parse::<u16>().ok())
                .or_else(|| last.and_then(|l| u16::try_from(l).ok()));
            match next {
                Some(n) if truncated && Some(n) != marker => marker = Some(n),
                _ => break,
            }
        }
        Ok(out)
    }

    /// Completes a multipart upload from its parts, in order (part `i + 1` at `i`):
    /// each part's ETag, and its CRC32C when the upload was created with one.
    ///
    /// Success is HTTP 2xx without an `Error` document (AWS may answer 200 and report
    /// the failure in the body); the answer's root element and ETag are taken when they
    /// are there, in any of the forms servers send, and the HEAD after it decides.
    pub(crate) async fn complete_multipart(
        &self,
        key: &str,
        upload_id: &str,
        parts: &[(String, PartSum)],
    ) -> Result<Completed> {
        // rusty-s3 builds the URL; the body is ours, as its builder knows no checksums.
        let action = self.bucket.complete_multipart_upload(
            Some(&self.creds),
            key,
            upload_id,
            std::iter::empty::<&str>(),
        );
        let url = action.sign(SIGN_TTL);
        let body = complete_body(parts);
        let resp = self.execute(self.http.post(url).body(body)).await?;
        let status = resp.status().as_u16();
        let is_html = content_type(resp.headers()).is_some_and(|c| c.contains("html"));
        let text = resp.text().await.map_err(|e| self.ctx.transport(e))?;
        let text = text.trim();
        if text.is_empty() {
            return Ok(Completed {
                etag: None,
                note: Some(format!(
                    "CompleteMultipartUpload answered HTTP {status} with an empty body"
                )),
            });
        }
        if !looks_like_xml(text) {
            let what = if is_html || text.to_ascii_lowercase().contains("<html") {
                String::from("an HTML page")
            } else {
                format!("a non-XML body ({})", super::error::snippet(text))
            };
            return Err(self
                .ctx
                .not_s3(status, format!("{what} to CompleteMultipartUpload")));
        }
        self.error_document(status, text)?;
        let root = xml::root(text).unwrap_or("?");
        let etag = xml_element(text, "ETag")
            .map(|e| unquote(&e))
            .filter(|e| !e.is_empty());
        let note = if COMPLETE_ROOTS.contains(&root) {
            None
        } else {
            Some(format!(
                "CompleteMultipartUpload answered HTTP {status} with root element <{root}>, not <{}>",
                COMPLETE_ROOTS[0]
            ))
        };
        Ok(Completed { etag, note })
    }

    /// Aborts a multipart upload (frees its parts on the server).
    pub async fn abort_multipart(&self, key: &str, upload_id: &str) -> Result<()> {
        let url = self
            .bucket
            .abort_multipart_upload(Some(&self.creds), key, upload_id)
            .sign(SIGN_TTL);
        self.execute(self.http.delete(url)).await?;
        Ok(())
    }

    // ---- plumbing ----

    /// Sends a request; a non-2xx answer becomes a classified error.
    async fn execute(&self, req: reqwest::RequestBuilder) -> Result<reqwest::Response> {
        let resp = req.send().await.map_err(|e| self.ctx.transport(e))?;
        if resp.status().is_success() {
            Ok(resp)
        } else {
            Err(self.error_from(resp).await)
        }
    }

    /// Like `execute`, for answers that must be an XML document.
    async fn execute_text(&self, req: reqwest::RequestBuilder) -> Result<(u16, String)> {
        let resp = self.execute(req).await?;
        let status = resp.status().as_u16();
        let is_html = content_type(resp.headers()).is_some_and(|c| c.contains("html"));
        let text = resp.text().await.map_err(|e| self.ctx.transport(e))?;
        if is_html || !looks_like_xml(&text) {
            let what = if is_html || text.to_ascii_lowercase().contains("<html") {
                String::from("an HTML page")
            } else {
                String::from("a non-XML body")
            };
            return Err(self.ctx.not_s3(status, what));
        }
        Ok((status, text))
    }

    /// An `Error` document answered with a success status (AWS does this for
    /// CompleteMultipartUpload and CopyObject), as the error it reports.
    fn error_document(&self, status: u16, text: &str) -> Result<()> {
        if xml::root(text) != Some("Error") {
            return Ok(());
        }
        let code = xml_element(text, "Code").unwrap_or_else(|| String::from("(none)"));
        let message = xml_element(text, "Message").unwrap_or_default();
        Err(self.ctx.classify_code(status, code, message))
    }

    /// The answer to `op` must be a document with one of `roots` (AWS's name first).
    fn expect_root(&self, op: &str, status: u16, text: &str, roots: &[&str]) -> Result<()> {
        match xml::root(text) {
            Some(root) if roots.contains(&root) => Ok(()),
            root => Err(self.ctx.not_s3(
                status,
                format!(
                    "a {op} answer whose root element is <{}>, not <{}>",
                    root.unwrap_or("?"),
                    roots.join("> or <")
                ),
            )),
        }
    }

    async fn error_from(&self, mut resp: reqwest::Response) -> S3Error {
        let status = resp.status().as_u16();
        let ctype = content_type(resp.headers());
        let server_time = resp
            .headers()
            .get(reqwest::header::DATE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| httpdate::parse_http_date(v).ok());
        let mut body = Vec::new();
        while body.len() < MAX_ERROR_BODY {
            match resp.chunk().await {
                Ok(Some(chunk)) => body.extend_from_slice(&chunk),
                Ok(None) => break,
                // The status is known: classify with what was read.
                Err(_) => break,
            }
        }
        let err = self.ctx.classify_response(status, ctype.as_deref(), &body);
        match (err, server_time.and_then(clock_skew)) {
            // A refused signature from a machine whose clock is off by more than a
            // signature lives: the clock is the cause (HEAD answers carry no code to
            // say so, and an expired signature reads as AccessDenied).
            (S3Error::Auth { .. }, Some(message)) => S3Error::ClockSkew {
                endpoint: self.ctx.endpoint.clone(),
                message,
            },
            (err, _) => err,
        }
    }

    fn etag_of(&self, status: u16, headers: &HeaderMap) -> Result<String> {
        let etag = headers
            .get(ETAG)
            .and_then(|v| v.to_str().ok())
            .map(unquote)
            .filter(|e| !e.is_empty());
        match etag {
            Some(e) => Ok(e),
            None if content_type(headers).is_some_and(|c| c.contains("html")) => {
                Err(self.ctx.not_s3(status, "an HTML page"))
            }
            None => Err(self.ctx.not_s3(status, "an answer without an ETag")),
        }
    }
}

fn content_type(headers: &HeaderMap) -> Option<String> {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_ascii_lowercase)
}

pub(crate) fn unquote(etag: &str) -> String {
    etag.trim().trim_matches('"').to_owned()
}

/// A request body handed to the connection in slices of the same buffer (no copy).
/// hyper copies each data frame into its write buffer when the connection has no
/// vectored writes; one 8 MiB frame per part would keep an 8 MiB buffer alive per
/// connection.
pub(crate) struct SlicedBody {
    rest: Bytes,
}

impl SlicedBody {
    /// Slice size: large enough to keep system calls few.
    const SLICE: usize = 256 * 1024;

    pub(crate) fn body(body: Bytes) -> reqwest::Body {
        reqwest::Body::wrap(SlicedBody { rest: body })
    }
}

impl http_body::Body for SlicedBody {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<std::result::Result<http_body::Frame<Bytes>, Self::Error>>> {
        if self.rest.is_empty() {
            return std::task::Poll::Ready(None);
        }
        let n = self.rest.len().min(Self::SLICE);
        let slice = self.rest.split_to(n);
        std::task::Poll::Ready(Some(Ok(http_body::Frame::data(slice))))
    }

    fn is_end_stream(&self) -> bool {
        self.rest.is_empty()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        http_body::SizeHint::with_exact(self.rest.len() as u64)
    }
}

/// How far this machine's clock is from `server` (the time in an answer's `Date`),
/// described, when that is more than a signature's lifetime ([`SIGN_TTL`]).
fn clock_skew(server: std::time::SystemTime) -> Option<String> {
    let now = std::time::SystemTime::now();
    let (off, way) = match now.duration_since(server) {
        Ok(ahead) => (ahead, "ahead of"),
        Err(behind) => (behind.duration(), "behind"),
    };
    (off > SIGN_TTL).then(|| {
        format!(
            "this machine's clock is {} min {way} the server's",
            (off.as_secs() + 30) / 60
        )
    })
}

/// Which checksum each part carries (`--part-checksum`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum PartChecksum {
    /// `x-amz-checksum-crc32c` (S3's flexible checksums): computed in hardware,
    /// checked by AWS S3 and MinIO.
    #[default]
    Crc32c,
    /// `Content-MD5`, for servers without flexible checksums; the part's ETag, when
    /// it is a plain MD5, must match it too.
    Md5,
}

/// The checksum of one part (or of a whole single-PUT object), as sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PartSum {
    Crc32c(u32),
    Md5([u8; 16]),
}

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

impl PartSum {
    pub(crate) fn of(kind: PartChecksum, body: &[u8]) -> PartSum {
        match kind {
            PartChecksum::Crc32c => PartSum::Crc32c(crc32c::crc32c(body)),
            PartChecksum::Md5 => PartSum::Md5(Md5::digest(body).into()),
        }
    }

    pub(crate) fn kind(&self) -> PartChecksum {
        match self {
            PartSum::Crc32c(_) => PartChecksum::Crc32c,
            PartSum::Md5(_) => PartChecksum::Md5,
        }
    }

    /// Base64 of the digest (big-endian for the CRC), as S3's headers carry it.
    fn b64(&self) -> String {
        match self {
            PartSum::Crc32c(v) => B64.encode(v.to_be_bytes()),
            PartSum::Md5(d) => B64.encode(d),
        }
    }

    /// How the journal remembers it: `crc32c:BASE64` or `md5:BASE64`.
    pub(crate) fn label(&self) -> String {
        let kind = match self {
            PartSum::Crc32c(_) => "crc32c",
            PartSum::Md5(_) => "md5",
        };
        format!("{kind}:{}", self.b64())
    }

    /// The checksum a [`PartSum::label`] stands for.
    pub(crate) fn from_label(label: &str) -> Option<PartSum> {
        let (kind, value) = label.split_once(':')?;
        let bytes = B64.decode(value).ok()?;
        match kind {
            "crc32c" => Some(PartSum::Crc32c(u32::from_be_bytes(bytes.try_into().ok()?))),
            "md5" => Some(PartSum::Md5(bytes.try_into().ok()?)),
            _ => None,
        }
    }

    /// The header that carries it.
    fn header(&self) -> (String, String) {
        let name = match self {
            PartSum::Crc32c(_) => "x-amz-checksum-crc32c",
            PartSum::Md5(_) => "content-md5",
        };
        (name.into(), self.b64())
    }

    /// What the server answered must agree with what was sent: its CRC32C when it
    /// echoes one, its ETag when that is the plain MD5 of the data (AWS without KMS,
    /// MinIO, s3s).
    fn check_answer(&self, key: &str, etag: &str, headers: &HeaderMap) -> Result<()> {
        let mismatch = |detail: String| {
            Err(S3Error::Integrity {
                key: key.to_owned(),
                detail,
            })
        };
        match self {
            PartSum::Crc32c(_) => match headers
                .get("x-amz-checksum-crc32c")
                .and_then(|v| v.to_str().ok())
            {
                Some(got) if got.trim() != self.b64() => mismatch(format!(
                    "the server's CRC32C {got} differs from the CRC32C {} of the data sent",
                    self.b64()
                )),
                _ => Ok(()),
            },
            PartSum::Md5(digest) => {
                let hex = crate::signing::hash::hex_lower(digest);
                let is_md5 = etag.len() == 32 && etag.bytes().all(|b| b.is_ascii_hexdigit());
                if is_md5 && !etag.eq_ignore_ascii_case(&hex) {
                    return mismatch(format!(
                        "server ETag {etag} differs from the MD5 {hex} of the data sent"
                    ));
                }
                Ok(())
            }
        }
    }
}

/// The CompleteMultipartUpload document: every part's number and ETag, and its
/// CRC32C when it has one (an MD5 travels only as Content-MD5).
pub(crate) fn complete_body(parts: &[(String, PartSum)]) -> String {
    let mut xml = String::from(
        r#"<CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/">"#,
    );
    for (i, (etag, sum)) in parts.iter().enumerate() {
        let etag = xml_escape(&unquote(etag));
        xml.push_str(&format!(
            "<Part><PartNumber>{}</PartNumber><ETag>\"{etag}\"</ETag>",
            i + 1
        ));
        if let PartSum::Crc32c(_) = sum {
            xml.push_str(&format!("<ChecksumCRC32C>{}</ChecksumCRC32C>", sum.b64()));
        }
        xml.push_str("</Part>");
    }
    xml.push_str("</CompleteMultipartUpload>");
    xml
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// `x-amz-meta-*` headers of user metadata, validated.
pub(crate) fn meta_headers(metadata: &HashMap<String, String>) -> Result<Vec<(String, String)>> {
    let mut out = Vec::with_capacity(metadata.len());
    for (name, value) in metadata {
        let name = name.to_ascii_lowercase();
        let name_ok = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !name_ok {
            return Err(S3Error::Invalid(format!(
                "metadata name '{name}' must be ASCII letters, digits, '-' or '_'"
            )));
        }
        if !value.bytes().all(|b| (0x20..0x7f).contains(&b)) {
            return Err(S3Error::Invalid(format!(
                "metadata '{name}' has a non-printable or non-ASCII value"
            )));
        }
        out.push((format!("{META_PREFIX}{name}"), value.trim().to_owned()));
    }
    out.sort();
    Ok(out)
}

/// The `<Part>` entries of a ListParts answer; entries without a number or size are skipped.
fn parse_list_parts(text: &str) -> Vec<ServerPart> {
    xml::blocks(text, "Part")
        .into_iter()
        .filter_map(|block| {
            let number = xml_element(block, "PartNumber")?
                .trim()
                .parse::<u32>()
                .ok()?;
            let size = xml_element(block, "Size")?.trim().parse::<u64>().ok()?;
            Some(ServerPart {
                number,
                etag: xml_element(block, "ETag")
                    .map(|e| unquote(&e))
                    .unwrap_or_default(),
                size,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_skew_beyond_a_signature_lifetime_is_described() {
        let now = std::time::SystemTime::now();
        let two_h = Duration::from_secs(7200);
        assert_eq!(
            clock_skew(now - two_h).as_deref(),
            Some("this machine's clock is 120 min ahead of the server's")
        );
        assert_eq!(
            clock_skew(now + two_h).as_deref(),
            Some("this machine's clock is 120 min behind the server's")
        );
        assert_eq!(clock_skew(now - Duration::from_secs(600)), None);
    }

    #[test]
    fn part_checksums_match_the_reference_values() {
        // CRC32C check value of "123456789" (RFC 3720) is 0xE3069283.
        let sum = PartSum::of(PartChecksum::Crc32c, b"123456789");
        assert_eq!(sum, PartSum::Crc32c(0xE306_9283));
        assert_eq!(sum.label(), "crc32c:4waSgw==");
        assert_eq!(PartSum::from_label("crc32c:4waSgw=="), Some(sum));
        assert_eq!(
            sum.header(),
            ("x-amz-checksum-crc32c".into(), "4waSgw==".into())
        );
        let md5 = PartSum::of(PartChecksum::Md5, b"");
        assert_eq!(
            crate::signing::hash::hex_lower(match &md5 {
                PartSum::Md5(d) => d,
                PartSum::Crc32c(_) => panic!("an MD5"),
            }),
            "d41d8cd98f00b204e9800998ecf8427e"
        );
        assert_eq!(md5.label(), "md5:1B2M2Y8AsgTpgAmY7PhCfg==");
        assert_eq!(PartSum::from_label(&md5.label()), Some(md5));
        assert_eq!(
            md5.header(),
            ("content-md5".into(), "1B2M2Y8AsgTpgAmY7PhCfg==".into())
        );
        assert_eq!(PartSum::from_label("crc32c:not base64"), None);
        assert_eq!(PartSum::from_label("md5:4waSgw=="), None, "wrong length");
    }

    #[test]
    fn answers_that_disagree_with_the_sent_checksum_are_integrity_errors() {
        let crc = PartSum::of(PartChecksum::Crc32c, b"123456789");
        let mut h = HeaderMap::new();
        assert!(crc.check_answer("k", "etag", &h).is_ok(), "no echo: fine");
        h.insert("x-amz-checksum-crc32c", "4waSgw==".parse().expect("hv"));
        assert!(crc.check_answer("k", "etag", &h).is_ok());
        h.insert("x-amz-checksum-crc32c", "AAAAAA==".parse().expect("hv"));
        assert!(matches!(
            crc.check_answer("k", "etag", &h),
            Err(S3Error::Integrity { .. })
        ));
        let md5 = PartSum::of(PartChecksum::Md5, b"");
        let none = HeaderMap::new();
        assert!(
            md5.check_answer("k", "d41d8cd98f00b204e9800998ecf8427e", &none)
                .is_ok()
        );
        assert!(
            md5.check_answer("k", "abc-2", &none).is_ok(),
            "not an MD5 ETag"
        );
        assert!(matches!(
            md5.check_answer("k", "00000000000000000000000000000000", &none),
            Err(S3Error::Integrity { .. })
        ));
    }

    #[test]
    fn complete_body_lists_parts_in_order_with_their_crc32c() {
        let parts = vec![
            ("\"e1\"".to_string(), PartSum::Crc32c(1)),
            ("e2".to_string(), PartSum::Md5([0; 16])),
        ];
        assert_eq!(
            complete_body(&parts),
            "<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\
             <Part><PartNumber>1</PartNumber><ETag>\"e1\"</ETag><ChecksumCRC32C>AAAAAQ==</ChecksumCRC32C></Part>\
             <Part><PartNumber>2</PartNumber><ETag>\"e2\"</ETag></Part>\
             </CompleteMultipartUpload>"
        );
    }

    #[test]
    fn parses_list_parts_with_and_without_etags() {
        let xml = r#"<?xml version="1.0"?><ListPartsResult><Bucket>b</Bucket>
            <Part><PartNumber>2</PartNumber><Size>5242880</Size></Part>
            <Part><ETag>&quot;abc&quot;</ETag><PartNumber>1</PartNumber><Size>10</Size></Part>
            <Part><PartNumber>x</PartNumber><Size>1</Size></Part></ListPartsResult>"#;
        let parts = parse_list_parts(xml);
        assert_eq!(parts.len(), 2);
        assert_eq!(
            (parts[0].number, parts[0].size, parts[0].etag.as_str()),
            (2, 5_242_880, "")
        );
        assert_eq!((parts[1].number, parts[1].etag.as_str()), (1, "abc"));
    }

    #[test]
    fn metadata_is_validated() {
        let ok = HashMap::from([("Sha256".to_string(), "ab".to_string())]);
        assert_eq!(
            meta_headers(&ok).ok(),
            Some(vec![("x-amz-meta-sha256".to_string(), "ab".to_string())])
        );
        let bad = HashMap::from([("a b".to_string(), "x".to_string())]);
        assert!(meta_headers(&bad).is_err());
        let bad = HashMap::from([("a".to_string(), "é".to_string())]);
        assert!(meta_headers(&bad).is_err());
    }
}
