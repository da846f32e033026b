//! A read-only HTTP server for the files of one directory, for the demo and the
//! field kit where no S3 is at hand: `GET /NAME` (or `HEAD`) with a Content-Length,
//! plain file names only (no paths, no traversal, no dot files), 404 otherwise. One
//! request per connection; tokio, no HTTP framework.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::task::JoinHandle;

/// Why the server could not start. `error.rs` adds the kind and the hint.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("the artifact server must be started inside a tokio runtime")]
    NoRuntime,
    #[error("{} is not a directory", .0.display())]
    NotADirectory(PathBuf),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// The longest request head we read.
const MAX_HEAD: usize = 8 * 1024;

/// A running artifact server; stopped on [`ArtifactServer::stop`] or drop.
pub struct ArtifactServer {
    addr: SocketAddr,
    task: JoinHandle<()>,
    served: Arc<AtomicU64>,
}

impl ArtifactServer {
    /// Serves `dir` on `addr` (port 0 picks a free one). Call inside a tokio runtime.
    pub fn start(dir: PathBuf, addr: SocketAddr) -> Result<ArtifactServer, ServeError> {
        if tokio::runtime::Handle::try_current().is_err() {
            return Err(ServeError::NoRuntime);
        }
        if !dir.is_dir() {
            return Err(ServeError::NotADirectory(dir));
        }
        let std_l = std::net::TcpListener::bind(addr)
            .and_then(|l| l.set_nonblocking(true).map(|()| l))
            .map_err(|source| ServeError::Listen { addr, source })?;
        let addr = std_l.local_addr()?;
        let listener = tokio::net::TcpListener::from_std(std_l)?;
        let served = Arc::new(AtomicU64::new(0));
        let count = served.clone();
        let dir = Arc::new(dir);
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                };
                let (dir, count) = (dir.clone(), count.clone());
                tokio::spawn(async move {
                    let r = tokio::time::timeout(
                        Duration::from_secs(300),
                        serve_one(stream, &dir, &count),
                    )
                    .await;
                    drop(r);
                });
            }
        });
        Ok(ArtifactServer { addr, task, served })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://ADDR`, without a trailing slash; a file's URL is `{base_url}/{name}`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The URL of a file in the directory.
    pub fn url_for(&self, name: &str) -> String {
        format!("{}/{name}", self.base_url())
    }

    /// Files served in full (200 answers to GET).
    pub fn served(&self) -> u64 {
        self.served.load(Ordering::Relaxed)
    }

    /// Stops accepting connections (requests in progress finish).
    pub fn stop(self) {
        self.task.abort();
    }
}

impl Drop for ArtifactServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A plain file name: no separators, no traversal, no hidden files.
fn safe_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 255
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+'))
}

async fn read_head(stream: &mut TcpStream) -> Option<String> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        if buf.len() > MAX_HEAD {
            return None;
        }
        let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut chunk))
            .await
            .ok()?
            .ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    String::from_utf8(buf).ok()
}

async fn answer(stream: &mut TcpStream, status: &str, body: &str) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\ncontent-type: text/plain\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.shutdown().await
}

async fn serve_one(mut stream: TcpStream, dir: &Path, served: &AtomicU64) -> std::io::Result<()> {
    let Some(head) = read_head(&mut stream).await else {
        return answer(&mut stream, "400 Bad Request", "bad request\n").await;
    };
    let mut parts = head.lines().next().unwrap_or("").split(' ');
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if method != "GET" && method != "HEAD" {
        return answer(&mut stream, "405 Method Not Allowed", "GET or HEAD only\n").await;
    }
    let path = target.split(['?', '#']).next().unwrap_or("");
    let name = path.strip_prefix('/').unwrap_or("");
    if !safe_name(name) {
        return answer(&mut stream, "404 Not Found", "not found\n").await;
    }
    let file = match tokio::fs::File::open(dir.join(name)).await {
        Ok(f) => f,
        Err(_) => return answer(&mut stream, "404 Not Found", "not found\n").await,
    };
    let meta = file.metadata().await?;
    if !meta.is_file() {
        return answer(&mut stream, "404 Not Found", "not found\n").await;
    }
    let head = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        meta.len()
    );
    stream.write_all(head.as_bytes()).await?;
    if method == "GET" {
        let mut limited = file.take(meta.len());
        tokio::io::copy(&mut limited, &mut stream).await?;
        served.fetch_add(1, Ordering::Relaxed);
    }
    stream.shutdown().await
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn raw(addr: SocketAddr, req: &str) -> String {
        let mut s = TcpStream::connect(addr).await.unwrap();
        s.write_all(req.as_bytes()).await.unwrap();
        let mut out = Vec::new();
        s.read_to_end(&mut out).await.unwrap();
        String::from_utf8_lossy(&out).into_owned()
    }

    #[tokio::test]
    async fn serves_files_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("fw-1.2.0.bin"), b"firmware!").unwrap();
        std::fs::write(dir.path().join(".secret"), b"no").unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let s = ArtifactServer::start(dir.path().into(), "127.0.0.1:0".parse().unwrap()).unwrap();
        assert!(s.base_url().starts_with("http://127.0.0.1:"));
        let ok = raw(
            s.addr(),
            "GET /fw-1.2.0.bin?X-Amz-Signature=1 HTTP/1.1\r\nHost: x\r\n\r\n",
        )
        .await;
        assert!(ok.starts_with("HTTP/1.1 200 OK\r\n"), "{ok}");
        assert!(ok.contains("content-length: 9\r\n"), "{ok}");
        assert!(ok.ends_with("\r\n\r\nfirmware!"), "{ok}");
        assert_eq!(s.served(), 1);
        let head = raw(s.addr(), "HEAD /fw-1.2.0.bin HTTP/1.1\r\n\r\n").await;
        assert!(
            head.contains("content-length: 9\r\n") && head.ends_with("\r\n\r\n"),
            "{head}"
        );
        for bad in [
            "/missing",
            "/../etc/passwd",
            "/.secret",
            "/sub",
            "/%2e%2e/x",
            "/",
            "/sub/x",
        ] {
            let r = raw(s.addr(), &format!("GET {bad} HTTP/1.1\r\n\r\n")).await;
            assert!(r.starts_with("HTTP/1.1 404 "), "{bad}: {r}");
        }
        let r = raw(s.addr(), "PUT /fw-1.2.0.bin HTTP/1.1\r\n\r\n").await;
        assert!(r.starts_with("HTTP/1.1 405 "), "{r}");
        assert_eq!(s.served(), 1);
        // And through reqwest, as the simulator fetches.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let body = reqwest::get(s.url_for("fw-1.2.0.bin"))
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        assert_eq!(&body[..], b"firmware!");
    }
}
