//! A real s3s-fs server (SigV4-checking) per test, killed on Drop, plus file and
//! digest helpers.

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
