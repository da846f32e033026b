//! Artifact downloads shared by content hash: every device that needs the artifact
//! with a given sha256 waits on one HTTP GET (presigned URLs differ per device, the
//! bytes do not), so 10,000 devices fetch one copy. The body stops past the
//! command's `size`; bytes whose sha256 is not the expected one are handed to the
//! devices waiting on that GET (they report the mismatch) but not kept.

use super::error::{Result, SimError};
use super::wire::code;
use crate::signing::{FileDigests, hash_bytes};
use bytes::{Bytes, BytesMut};
use futures::FutureExt;
use futures::future::{BoxFuture, Shared};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The most artifacts kept at once (each is held in memory).
const MAX_ENTRIES: usize = 32;

/// Downloaded bytes and their digests (computed once for every device).
#[derive(Debug)]
pub struct Fetched {
    pub data: Bytes,
    pub digests: FileDigests,
}

/// A download that failed: `download_failed` or `too_large`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FetchError {
    pub code: &'static str,
    pub message: String,
}

type Flight = Shared<BoxFuture<'static, Result<Arc<Fetched>, FetchError>>>;

/// The shared download cache.
pub struct DownloadCache {
    http: reqwest::Client,
    flights: Mutex<HashMap<String, Flight>>,
    /// HTTP GETs made.
    pub gets: AtomicU64,
    /// Body bytes received.
    pub bytes: AtomicU64,
}

impl DownloadCache {
    pub fn new() -> Result<Arc<DownloadCache>> {
        // reqwest is built without a provider; install ring's if none is installed yet.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .read_timeout(Duration::from_secs(60))
            .build()
            .map_err(|e| SimError::HttpClient(e.to_string()))?;
        Ok(Arc::new(DownloadCache {
            http,
            flights: Mutex::new(HashMap::new()),
            gets: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
        }))
    }

    /// The artifact with `sha256`, fetched from `url` unless already fetched or on
    /// its way; at most `size` bytes are accepted.
    pub async fn get(
        self: &Arc<Self>,
        url: &str,
        sha256: &str,
        size: u64,
    ) -> Result<Arc<Fetched>, FetchError> {
        let flight = {
            let mut f = self.flights.lock().map_err(|_| FetchError {
                code: code::DOWNLOAD_FAILED,
                message: "download cache poisoned".into(),
            })?;
            if let Some(fl) = f.get(sha256) {
                fl.clone()
            } else {
                if f.len() >= MAX_ENTRIES
                    && let Some(k) = f.keys().next().cloned()
                {
                    f.remove(&k);
                }
                let me = self.clone();
                let url = url.to_owned();
                let fl = async move { me.fetch(&url, size).await.map(Arc::new) }
                    .boxed()
                    .shared();
                f.insert(sha256.to_owned(), fl.clone());
                fl
            }
        };
        let r = flight.await;
        let keep = matches!(&r, Ok(f) if f.digests.sha256_hex() == sha256);
        if !keep && let Ok(mut f) = self.flights.lock() {
            f.remove(sha256);
        }
        r
    }

    async fn fetch(&self, url: &str, size: u64) -> Result<Fetched, FetchError> {
        let failed = |m: String| FetchError {
            code: code::DOWNLOAD_FAILED,
            message: m,
        };
        let too_large = || FetchError {
            code: code::TOO_LARGE,
            message: format!("the server sends more than the {size} bytes announced"),
        };
        self.gets.fetch_add(1, Ordering::Relaxed);
        let mut resp = self
            .http
            .get(url)
            .send()
            .await
            .map_err(|e| failed(format!("GET failed: {}", e.without_url())))?;
        if !resp.status().is_success() {
            return Err(failed(format!("GET answered {}", resp.status())));
        }
        if resp.content_length().is_some_and(|n| n > size) {
            return Err(too_large());
        }
        let mut buf = BytesMut::with_capacity(size.min(64 << 20) as usize);
        loop {
            match resp.chunk().await {
                Ok(Some(c)) => {
                    self.bytes.fetch_add(c.len() as u64, Ordering::Relaxed);
                    if buf.len() as u64 + c.len() as u64 > size {
                        return Err(too_large());
                    }
                    buf.extend_from_slice(&c);
                }
                Ok(None) => break,
                Err(e) => return Err(failed(format!("body: {}", e.without_url()))),
            }
        }
        let data = buf.freeze();
        let d2 = data.clone();
        // Hashing a large image is CPU work: off the runtime's threads.
        let digests = tokio::task::spawn_blocking(move || hash_bytes(&d2))
            .await
            .map_err(|e| failed(format!("hashing: {e}")))?;
        Ok(Fetched { data, digests })
    }
}
