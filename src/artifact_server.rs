//! A read-only HTTP server for the files of one directory, for the demo and the
//! field kit where no S3 is at hand: `GET /NAME` (or `HEAD`) with a Content-Length,
//! plain file names only (no paths, no traversal, no dot files), 404 otherwise. One
//! request per connection; tokio, no HTTP framework. Hostile clients are bounded: only
//! regular files inside the folder, a deadline for the request head, an idle timeout
//! while sending, and a connection limit that leaves file descriptors to the broker.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::Semaphore;
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

/// How much a hostile or slow client may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Connections served at once; more wait in the kernel's accept queue, holding no
    /// descriptor of ours. Each holds at most two (the socket and the file).
    pub max_connections: usize,
    /// The whole request head must arrive within this (at most a second while three
    /// quarters of the connections are taken).
    pub head_timeout: Duration,
    /// A send that makes no progress for this long ends the connection.
    pub idle_timeout: Duration,
}

impl Limits {
    /// Limits for a process allowed `nofile` descriptors: half of them stay for the
    /// rest of the process (the embedded broker's devices, the store, the engine).
    pub fn for_fd_limit(nofile: u64) -> Limits {
        let ours = nofile / 2;
        Limits {
            max_connections: (ours / 2).clamp(4, 1024) as usize,
            head_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(30),
        }
    }
}

impl Default for Limits {
    fn default() -> Limits {
        Limits::for_fd_limit(1024)
    }
}

/// Raises the process's soft limit of open files to its hard limit (as far as the
/// system lets us) and returns the soft limit now in force.
pub fn raise_fd_limit() -> u64 {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let cur = getrlimit(Resource::Nofile);
    if let (Some(soft), Some(hard)) = (cur.current, cur.maximum)
        && hard > soft
    {
        let want = hard.min(1 << 20);
        let mut next = cur;
        next.current = Some(want);
        if setrlimit(Resource::Nofile, next).is_ok() {
            return want;
        }
    }
    cur.current.unwrap_or(1024)
}

/// A running artifact server; stopped on [`ArtifactServer::stop`] or drop.
pub struct ArtifactServer {
    addr: SocketAddr,
    task: JoinHandle<()>,
    served: Arc<AtomicU64>,
}

impl ArtifactServer {
    /// Serves `dir` on `addr` (port 0 picks a free one). Call inside a tokio runtime.
    pub fn start(dir: PathBuf, addr: SocketAddr) -> Result<ArtifactServer, ServeError> {
        ArtifactServer::start_with(dir, addr, Limits::default())
    }

    /// [`ArtifactServer::start`] with explicit limits.
    pub fn start_with(
        dir: PathBuf,
        addr: SocketAddr,
        limits: Limits,
    ) -> Result<ArtifactServer, ServeError> {
        if tokio::runtime::Handle::try_current().is_err() {
            return Err(ServeError::NoRuntime);
        }
        if !dir.is_dir() {
            return Err(ServeError::NotADirectory(dir));
        }
        // What "inside the folder" means: its canonical path, fixed at start.
        let dir = std::fs::canonicalize(&dir)?;
        let std_l = std::net::TcpListener::bind(addr)
            .and_then(|l| l.set_nonblocking(true).map(|()| l))
            .map_err(|source| ServeError::Listen { addr, source })?;
        let addr = std_l.local_addr()?;
        let listener = tokio::net::TcpListener::from_std(std_l)?;
        let served = Arc::new(AtomicU64::new(0));
        let count = served.clone();
        let dir = Arc::new(dir);
        let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
        let task = tokio::spawn(async move {
            loop {
                // A slot first: past the limit, clients wait in the accept queue.
                let Ok(slot) = slots.clone().acquire_owned().await else {
                    return;
                };
                let Ok((stream, _)) = listener.accept().await else {
                    // Out of descriptors or a reset: let the others finish first.
                    drop(slot);
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                };
                let (dir, count) = (dir.clone(), count.clone());
                // Under pressure (a quarter of the slots left) heads get a short
                // deadline: slow clients are shed fast, honest ones send at once.
                let mut limits = limits;
                if slots.available_permits() < limits.max_connections / 4 {
                    limits.head_timeout = limits.head_timeout.min(Duration::from_secs(1));
                }
                tokio::spawn(async move {
                    let r = tokio::time::timeout(
                        Duration::from_secs(300),
                        serve_one(stream, &dir, &count, limits),
                    )
                    .await;
                    drop(r);
                    drop(slot);
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

/// The file a request target names (`/NAME`, query and fragment ignored), if it is
/// a plain file name; `None` for anything else (paths, traversal, dot files, escapes).
pub fn file_name_of(target: &str) -> Option<&str> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    let name = path.strip_prefix('/')?;
    safe_name(name).then_some(name)
}

async fn read_head(stream: &mut TcpStream, deadline: Duration) -> Option<String> {
    let read = async {
        let mut buf = Vec::with_capacity(1024);
        let mut chunk = [0u8; 1024];
        while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
            if buf.len() > MAX_HEAD {
                return None;
            }
            let n = stream.read(&mut chunk).await.ok()?;
            if n == 0 {
                return None;
            }
            buf.extend_from_slice(&chunk[..n]);
        }
        String::from_utf8(buf).ok()
    };
    // One deadline for the whole head: a client sending a byte now and then is not
    // a reason to hold a connection.
    tokio::time::timeout(deadline, read).await.ok()?
}

/// Opens `name` in `dir` only if it is a regular file whose canonical path is inside
/// `dir` (a link to a file inside is fine, one out is not); opened without following
/// links and without blocking (a named pipe answers at once and is refused).
fn open_inside(dir: &Path, name: &str) -> Option<std::fs::File> {
    use rustix::fs::OFlags;
    use std::os::unix::fs::OpenOptionsExt;
    let real = std::fs::canonicalize(dir.join(name)).ok()?;
    if real.parent() != Some(dir) {
        return None;
    }
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags((OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::NOCTTY).bits() as i32)
        .open(&real)
        .ok()?;
    file.metadata().ok()?.is_file().then_some(file)
}

/// Copies `len` bytes of `file` to the client; a write that makes no progress for
/// `idle` ends it.
async fn send_body(
    file: tokio::fs::File,
    len: u64,
    stream: &mut TcpStream,
    idle: Duration,
) -> std::io::Result<()> {
    let mut limited = file.take(len);
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = limited.read(&mut buf).await?;
        if n == 0 {
            return Ok(());
        }
        tokio::time::timeout(idle, stream.write_all(&buf[..n]))
            .await
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "client idle"))??;
    }
}

async fn answer(stream: &mut TcpStream, status: &str, body: &str) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\ncontent-type: text/plain\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.shutdown().await
}

async fn serve_one(
    mut stream: TcpStream,
    dir: &Path,
    served: &AtomicU64,
    limits: Limits,
) -> std::io::Result<()> {
    let Some(head) = read_head(&mut stream, limits.head_timeout).await else {
        return answer(&mut stream, "400 Bad Request", "bad request\n").await;
    };
    let mut parts = head.lines().next().unwrap_or("").split(' ');
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if method != "GET" && method != "HEAD" {
        return answer(&mut stream, "405 Method Not Allowed", "GET or HEAD only\n").await;
    }
    let Some(name) = file_name_of(target) else {
        return answer(&mut stream, "404 Not Found", "not found\n").await;
    };
    let (d, n) = (dir.to_path_buf(), name.to_owned());
    let Ok(Some(file)) = tokio::task::spawn_blocking(move || open_inside(&d, &n)).await else {
        return answer(&mut stream, "404 Not Found", "not found\n").await;
    };
    let file = tokio::fs::File::from_std(file);
    let meta = file.metadata().await?;
    let head = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        meta.len()
    );
    tokio::time::timeout(limits.idle_timeout, stream.write_all(head.as_bytes()))
        .await
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "client idle"))??;
    if method == "GET" {
        send_body(file, meta.len(), &mut stream, limits.idle_timeout).await?;
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

    #[tokio::test]
    async fn links_out_and_pipes_are_not_served() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), b"operator secret").unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("fw.bin"), b"firmware!").unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret"), dir.path().join("leak")).unwrap();
        std::os::unix::fs::symlink(dir.path().join("fw.bin"), dir.path().join("alias.bin"))
            .unwrap();
        rustix::fs::mkfifoat(
            rustix::fs::CWD,
            dir.path().join("pipe"),
            rustix::fs::Mode::from_raw_mode(0o600),
        )
        .unwrap();
        let s = ArtifactServer::start(dir.path().into(), "127.0.0.1:0".parse().unwrap()).unwrap();
        let leak = raw(s.addr(), "GET /leak HTTP/1.1\r\n\r\n").await;
        assert!(
            leak.starts_with("HTTP/1.1 404 ") && !leak.contains("operator"),
            "{leak}"
        );
        let alias = raw(s.addr(), "GET /alias.bin HTTP/1.1\r\n\r\n").await;
        assert!(
            alias.ends_with("firmware!"),
            "a link inside the folder: {alias}"
        );
        for _ in 0..40 {
            let r = tokio::time::timeout(
                Duration::from_secs(10),
                raw(s.addr(), "GET /pipe HTTP/1.1\r\n\r\n"),
            )
            .await
            .expect("a named pipe is answered at once");
            assert!(r.starts_with("HTTP/1.1 404 "), "{r}");
        }
    }

    #[tokio::test]
    async fn a_slow_head_is_cut_and_the_limit_queues_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("fw.bin"), b"firmware!").unwrap();
        let limits = Limits {
            max_connections: 2,
            head_timeout: Duration::from_millis(300),
            idle_timeout: Duration::from_secs(5),
        };
        let s =
            ArtifactServer::start_with(dir.path().into(), "127.0.0.1:0".parse().unwrap(), limits)
                .unwrap();
        // Two clients that never finish their request hold both slots...
        let mut slow = Vec::new();
        for _ in 0..2 {
            let mut c = TcpStream::connect(s.addr()).await.unwrap();
            c.write_all(b"GET /fw.bin HTTP/1.1\r\n").await.unwrap();
            slow.push(c);
        }
        // ...until the head deadline answers them; then the honest one is served.
        let ok = raw(s.addr(), "GET /fw.bin HTTP/1.1\r\n\r\n").await;
        assert!(ok.ends_with("firmware!"), "{ok}");
        for mut c in slow {
            let mut out = Vec::new();
            c.read_to_end(&mut out).await.unwrap();
            assert!(out.starts_with(b"HTTP/1.1 400 "), "{out:?}");
        }
    }

    #[test]
    fn limits_leave_half_the_descriptors_to_the_rest() {
        let l = Limits::for_fd_limit(256);
        assert_eq!(l.max_connections, 64);
        assert!(Limits::for_fd_limit(1 << 20).max_connections <= 1024);
        assert!(raise_fd_limit() >= 64);
    }
}
