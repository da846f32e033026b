//! A real s3s-fs server (SigV4-checking) per test, killed on Drop, plus file and
//! digest helpers; and [`Server`], either s3s-fs or moto, for the suite that runs
//! the same tests against both.

use std::collections::HashMap;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use otactl::s3::{S3Client, S3Config};
use sha2::{Digest as _, Sha256};

pub const ACCESS_KEY: &str = "otactl-test-ak";
pub const SECRET_KEY: &str = "otactl-test-secret-key-0123456789";
pub const BUCKET: &str = "firmware";

/// The s3s-fs binary: `$S3S_FS_BIN`, else `~/.cargo/bin/s3s-fs`, else `s3s-fs` on PATH.
pub fn s3s_fs_bin() -> PathBuf {
    if let Some(p) = std::env::var_os("S3S_FS_BIN") {
        return PathBuf::from(p);
    }
    if let Some(home) = std::env::var_os("HOME") {
        let p = Path::new(&home).join(".cargo/bin/s3s-fs");
        if p.exists() {
            return p;
        }
    }
    PathBuf::from("s3s-fs")
}

pub fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind an ephemeral port");
    l.local_addr().expect("local addr").port()
}

/// A running s3s-fs on 127.0.0.1, with a root dir holding the bucket `firmware`.
pub struct S3sFs {
    child: Mutex<Option<Child>>,
    pub port: u16,
    pub root: PathBuf,
    _dir: Option<tempfile::TempDir>,
}

impl S3sFs {
    pub fn start() -> S3sFs {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().to_path_buf();
        std::fs::create_dir_all(root.join(BUCKET)).expect("bucket dir");
        let port = free_port();
        let mut s = S3sFs::start_on(&root, port);
        s._dir = Some(dir);
        s
    }

    /// Starts on an existing root dir and port (restart after a kill).
    pub fn start_on(root: &Path, port: u16) -> S3sFs {
        let child = Command::new(s3s_fs_bin())
            .args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--access-key", ACCESS_KEY, "--secret-key", SECRET_KEY])
            .arg(root)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot run {:?} ({e}): install it with `cargo install s3s-fs --version 0.14.1 --features binary --locked` or set S3S_FS_BIN",
                    s3s_fs_bin()
                )
            });
        wait_for_port(port);
        S3sFs {
            child: Mutex::new(Some(child)),
            port,
            root: root.to_path_buf(),
            _dir: None,
        }
    }

    pub fn endpoint(&self) -> url::Url {
        url::Url::parse(&format!("http://127.0.0.1:{}", self.port)).expect("endpoint url")
    }

    pub fn client(&self) -> S3Client {
        S3Client::new(config(self.endpoint(), BUCKET, SECRET_KEY)).expect("client")
    }

    /// Kills the server now (SIGKILL) and waits for it.
    pub fn kill(&self) {
        let mut guard = self.child.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(mut c) = guard.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Keeps the root dir after this handle is dropped (for a restart).
    pub fn take_dir(&mut self) -> Option<tempfile::TempDir> {
        self._dir.take()
    }
}

impl Drop for S3sFs {
    fn drop(&mut self) {
        self.kill();
    }
}

pub fn wait_for_port(port: u16) {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let deadline = Instant::now() + Duration::from_secs(15);
    while Instant::now() < deadline {
        if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("s3s-fs did not listen on port {port} within 15 s");
}

pub fn config(endpoint: url::Url, bucket: &str, secret: &str) -> S3Config {
    S3Config {
        endpoint,
        region: "us-east-1".into(),
        bucket: bucket.into(),
        path_style: true,
        access_key: ACCESS_KEY.into(),
        secret_key: secret.into(),
        session_token: None,
    }
}

/// Writes a file of `len` pseudo-random bytes (deterministic from `seed`).
pub fn make_file(dir: &Path, name: &str, len: usize, seed: u64) -> (PathBuf, Vec<u8>) {
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut data = Vec::with_capacity(len);
    while data.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        data.extend_from_slice(&x.to_le_bytes());
    }
    data.truncate(len);
    let path = dir.join(name);
    std::fs::write(&path, &data).expect("write test file");
    (path, data)
}

pub fn sha256_hex(data: &[u8]) -> String {
    Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn meta_for(data: &[u8]) -> HashMap<String, String> {
    HashMap::from([
        ("sha256".to_string(), sha256_hex(data)),
        ("version".to_string(), "1.2.3".to_string()),
    ])
}

/// Files s3s-fs holds for unfinished multipart uploads (it keeps each part as
/// `.upload_id-ID.part-N` in its root).
pub fn pending_parts(root: &Path) -> usize {
    std::fs::read_dir(root)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_string_lossy().starts_with(".upload_id-"))
                .count()
        })
        .unwrap_or(0)
}

/// The moto server binary (`pip install 'moto[server]==5.2.1'`): `$MOTO_SERVER_BIN`,
/// else `moto_server` on PATH.
pub fn moto_server_bin() -> PathBuf {
    std::env::var_os("MOTO_SERVER_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("moto_server"))
}

/// The S3 implementations the server suite runs against (`tests/it/s3_servers/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// s3s-fs 0.14.1: files on disk, checks SigV4 (query and header), presign expiry
    /// and the request time.
    S3sFs,
    /// moto 5.2.1's server: state in memory, lost on restart; checks no signature.
    Moto,
}

/// moto 5.2.1 checks SigV4 only with `INITIAL_NO_AUTH_ACTION_COUNT` set and IAM users
/// created, and then only in an `Authorization` header: a query-signed request (how
/// otactl signs every request and every presigned URL) makes it fail with HTTP 500
/// (KeyError 'Authorization'). Without it, any signature is accepted.
const MOTO_NO_SIGV4: &str = "moto 5.2.1 does not check query-string SigV4 signatures \
     (otactl signs every request that way; with INITIAL_NO_AUTH_ACTION_COUNT it answers \
     HTTP 500 instead), so it accepts any credentials";

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::S3sFs => "s3s-fs",
            Kind::Moto => "moto",
        }
    }

    /// Why this server cannot tell wrong credentials, if it cannot.
    pub fn cannot_check_credentials(self) -> Option<&'static str> {
        match self {
            Kind::S3sFs => None,
            Kind::Moto => Some(MOTO_NO_SIGV4),
        }
    }

    /// Why this server cannot refuse a request for its time, if it cannot.
    pub fn cannot_check_request_time(self) -> Option<&'static str> {
        match self {
            Kind::S3sFs => None,
            Kind::Moto => Some(
                "moto 5.2.1 never compares X-Amz-Date with its clock (no RequestTimeTooSkewed) \
                 and checks no query-string signature",
            ),
        }
    }

    /// Why this server cannot refuse an expired presigned URL, if it cannot.
    pub fn cannot_check_presign_expiry(self) -> Option<&'static str> {
        match self {
            Kind::S3sFs => None,
            Kind::Moto => Some("moto 5.2.1 ignores X-Amz-Expires: an expired URL still works"),
        }
    }

    /// Whether an unfinished multipart upload survives a restart of the server.
    pub fn keeps_uploads_across_restart(self) -> bool {
        match self {
            Kind::S3sFs => true,
            Kind::Moto => false,
        }
    }

    /// Prints why the rest of a test is skipped on this server, and says whether it is.
    pub fn skips(self, test: &str, reason: Option<&'static str>) -> bool {
        if let Some(reason) = reason {
            eprintln!("SKIPPED {test} on {}: {reason}", self.name());
            return true;
        }
        false
    }
}

enum Backend {
    Fs(S3sFs),
    Moto { child: Mutex<Option<Child>> },
}

/// A server of either kind on 127.0.0.1 holding the (empty) bucket `firmware`,
/// killed on Drop.
pub struct Server {
    pub kind: Kind,
    pub port: u16,
    backend: Backend,
}

impl Server {
    pub fn start(kind: Kind) -> Server {
        match kind {
            Kind::S3sFs => {
                let fs = S3sFs::start();
                Server {
                    kind,
                    port: fs.port,
                    backend: Backend::Fs(fs),
                }
            }
            Kind::Moto => {
                let port = free_port();
                let child = spawn_moto(port);
                create_bucket(port, BUCKET);
                Server {
                    kind,
                    port,
                    backend: Backend::Moto {
                        child: Mutex::new(Some(child)),
                    },
                }
            }
        }
    }

    pub fn endpoint(&self) -> url::Url {
        url::Url::parse(&format!("http://127.0.0.1:{}", self.port)).expect("endpoint url")
    }

    pub fn client(&self) -> S3Client {
        S3Client::new(config(self.endpoint(), BUCKET, SECRET_KEY)).expect("client")
    }

    /// Kills the server now (SIGKILL) and waits for it.
    pub fn kill(&self) {
        match &self.backend {
            Backend::Fs(fs) => fs.kill(),
            Backend::Moto { child } => {
                let mut guard = child.lock().unwrap_or_else(|e| e.into_inner());
                if let Some(mut c) = guard.take() {
                    let _ = c.kill();
                    let _ = c.wait();
                }
            }
        }
    }

    /// Starts it again on the same port after [`Server::kill`]: s3s-fs on the same
    /// root (its uploads survive), moto empty but for the bucket, created again as an
    /// operator would.
    pub fn restart(&mut self) {
        self.kill();
        match &mut self.backend {
            Backend::Fs(fs) => {
                let dir = fs.take_dir();
                let mut again = S3sFs::start_on(&fs.root.clone(), self.port);
                again._dir = dir;
                *fs = again;
            }
            Backend::Moto { child } => {
                *child.get_mut().unwrap_or_else(|e| e.into_inner()) = Some(spawn_moto(self.port));
                create_bucket(self.port, BUCKET);
            }
        }
    }

    /// Multipart uploads the server holds unfinished.
    pub fn pending_uploads(&self) -> usize {
        match &self.backend {
            Backend::Fs(fs) => pending_parts(&fs.root),
            // moto checks no signature: a plain ListMultipartUploads.
            Backend::Moto { .. } => {
                let (status, body) = plain_http(self.port, "GET", &format!("/{BUCKET}?uploads"));
                assert_eq!(status, 200, "ListMultipartUploads: {body}");
                body.matches("<Upload>").count()
            }
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

fn spawn_moto(port: u16) -> Child {
    let child = Command::new(moto_server_bin())
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {:?} ({e}): install it with `pip install 'moto[server]==5.2.1'` or set MOTO_SERVER_BIN",
                moto_server_bin()
            )
        });
    wait_for_port(port);
    child
}

/// Creates a bucket on a server that checks no signature (moto).
fn create_bucket(port: u16, bucket: &str) {
    let (status, body) = plain_http(port, "PUT", &format!("/{bucket}"));
    assert_eq!(status, 200, "CreateBucket {bucket}: {body}");
}

/// One unsigned HTTP/1.1 request without a body; (status, body).
fn plain_http(port: u16, method: &str, path: &str) -> (u16, String) {
    use std::io::{Read as _, Write as _};
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30)))
        .expect("timeout");
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut out = String::new();
    s.read_to_string(&mut out).expect("read");
    let status = out
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = out.split_once("\r\n\r\n").map_or("", |(_, b)| b).to_owned();
    (status, body)
}
