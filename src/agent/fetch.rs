//! Downloads to disk, resumed with an HTTP Range request from the bytes already in
//! the part file (after a broken connection or a restart), never past `size`, with
//! retries and backoff. Memory stays flat: the body is streamed chunk by chunk.

use crate::sim::device::Failure;
use crate::sim::wire::{Stage, code};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::io::AsyncWriteExt;

/// Download counters of this process (all devices).
#[derive(Debug, Default)]
pub struct FetchCounters {
    /// HTTP GETs made.
    pub requests: AtomicU64,
    /// Of those, GETs with a Range header.
    pub ranged: AtomicU64,
    /// Body bytes received.
    pub bytes: AtomicU64,
}

fn failure(code: &'static str, message: String) -> Failure {
    Failure {
        status: Stage::Error,
        code,
        message,
    }
}

/// One try: whether it is worth another one, and why it stopped.
enum Try {
    Done,
    Again(String),
    Fatal(Failure),
}

/// Fetches `url` into `part` until it holds `size` bytes. `progress` is called with
/// the bytes on disk now and then.
pub async fn fetch(
    http: &reqwest::Client,
    url: &str,
    part: &Path,
    size: u64,
    attempts: u32,
    counters: &FetchCounters,
    progress: &mut (dyn FnMut(u64) + Send),
) -> Result<(), Failure> {
    let mut backoff = Duration::from_millis(500);
    let mut last = String::new();
    for n in 0..attempts.max(1) {
        if n > 0 {
            tokio::time::sleep(backoff).await;
            backoff = (backoff * 2).min(Duration::from_secs(30));
        }
        match try_once(http, url, part, size, counters, progress).await {
            Try::Done => return Ok(()),
            Try::Fatal(f) => {
                let _ = tokio::fs::remove_file(part).await;
                return Err(f);
            }
            Try::Again(why) => {
                eprintln!("agent: download of {} bytes interrupted: {why}", size);
                last = why;
            }
        }
    }
    Err(failure(code::DOWNLOAD_FAILED, last))
}

async fn try_once(
    http: &reqwest::Client,
    url: &str,
    part: &Path,
    size: u64,
    counters: &FetchCounters,
    progress: &mut (dyn FnMut(u64) + Send),
) -> Try {
    let mut have = tokio::fs::metadata(part)
        .await
        .map(|m| m.len())
        .unwrap_or(0);
    if have > size {
        have = 0;
    }
    if have == size && size > 0 {
        return Try::Done;
    }
    let mut req = http.get(url);
    if have > 0 {
        req = req.header(reqwest::header::RANGE, format!("bytes={have}-"));
        counters.ranged.fetch_add(1, Ordering::Relaxed);
    }
    counters.requests.fetch_add(1, Ordering::Relaxed);
    let mut resp = match req.send().await {
        Ok(r) => r,
        Err(e) => return Try::Again(format!("GET failed: {}", e.without_url())),
    };
    let status = resp.status();
    let append = match status.as_u16() {
        206 => true,
        200 => false,
        416 => {
            // The part is not a prefix the server knows: start over.
            let _ = tokio::fs::remove_file(part).await;
            return Try::Again("the server refused the range; starting over".into());
        }
        s if (500..600).contains(&s) || s == 429 || s == 408 => {
            return Try::Again(format!("GET answered {status}"));
        }
        _ => {
            return Try::Fatal(failure(
                code::DOWNLOAD_FAILED,
                format!("GET answered {status}"),
            ));
        }
    };
    let start = if append { have } else { 0 };
    let too_large = || {
        Try::Fatal(failure(
            code::TOO_LARGE,
            format!("the server sends more than the {size} bytes announced"),
        ))
    };
    if resp
        .content_length()
        .is_some_and(|n| start.saturating_add(n) > size)
    {
        return too_large();
    }
    let opened = if append {
        tokio::fs::OpenOptions::new().append(true).open(part).await
    } else {
        tokio::fs::File::create(part).await
    };
    let mut f = match opened {
        Ok(f) => f,
        Err(e) => {
            return Try::Fatal(failure(
                code::DOWNLOAD_FAILED,
                format!("cannot write {}: {e}", part.display()),
            ));
        }
    };
    let mut on_disk = start;
    let out = loop {
        match resp.chunk().await {
            Ok(Some(c)) => {
                counters.bytes.fetch_add(c.len() as u64, Ordering::Relaxed);
                if on_disk + c.len() as u64 > size {
                    break too_large();
                }
                if let Err(e) = f.write_all(&c).await {
                    break Try::Fatal(failure(
                        code::DOWNLOAD_FAILED,
                        format!("cannot write {}: {e}", part.display()),
                    ));
                }
                on_disk += c.len() as u64;
                progress(on_disk);
            }
            Ok(None) if on_disk == size => break Try::Done,
            Ok(None) => break Try::Again(format!("the body ended at {on_disk} of {size} bytes")),
            Err(e) => break Try::Again(format!("body: {}", e.without_url())),
        }
    };
    let _ = f.flush().await;
    let _ = f.sync_data().await;
    out
}
