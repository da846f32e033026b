//! A real Mosquitto for the MQTT tests: started on a free loopback port with a temp
//! config (anonymous, unlimited queues, persistence in its temp dir), restartable on
//! the same port, killed on Drop.

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Mosquitto {
    pub port: u16,
    conf: PathBuf,
    child: Option<Child>,
    _dir: tempfile::TempDir,
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

pub fn wait_listening(port: u16) {
    let end = Instant::now() + Duration::from_secs(10);
    while Instant::now() < end {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("nothing listens on 127.0.0.1:{port}");
}

/// Runs openssl in `dir` (certificates for the TLS test).
fn openssl(dir: &std::path::Path, args: &str) {
    let ok = Command::new("openssl")
        .args(args.split_whitespace())
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("openssl (apt-get install openssl)")
        .success();
    assert!(ok, "openssl {args}");
}

impl Mosquitto {
    pub fn start() -> Mosquitto {
        Self::start_with(false, None)
    }

    /// A broker whose anonymous clients are held to `acl` (mosquitto's `acl_file`
    /// syntax, e.g. `topic deny fleet/T1/inventory` then `topic readwrite #`).
    pub fn start_with_acl(acl: &str) -> Mosquitto {
        Self::start_with(false, Some(acl))
    }

    /// Rewrites the ACL file and has the running broker read it again (SIGHUP).
    pub fn reload_acl(&self, acl: &str) {
        std::fs::write(self.dir().join("acl"), acl).expect("write acl");
        if let Some(c) = &self.child {
            let _ = Command::new("kill")
                .args(["-HUP", &c.id().to_string()])
                .status();
        }
        // Mosquitto reloads between two passes of its loop: give it one.
        std::thread::sleep(Duration::from_millis(300));
    }

    /// A TLS listener with a fresh CA (`ca.crt` in [`Mosquitto::dir`]) and a server
    /// certificate for 127.0.0.1.
    pub fn start_tls() -> Mosquitto {
        Self::start_with(true, None)
    }

    pub fn dir(&self) -> &std::path::Path {
        self._dir.path()
    }

    fn start_with(tls: bool, acl: Option<&str>) -> Mosquitto {
        let dir = tempfile::tempdir().expect("tempdir");
        let port = free_port();
        let conf = dir.path().join("mosquitto.conf");
        let mut text = format!(
            "listener {port} 127.0.0.1\nallow_anonymous true\nmax_queued_messages 0\n\
             max_inflight_messages 0\npersistence true\npersistence_location {}/\n",
            dir.path().display()
        );
        if tls {
            let d = dir.path();
            let ec = "-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
            openssl(
                d,
                &format!("req -x509 {ec} -keyout ca.key -out ca.crt -days 2 -subj /CN=test-ca"),
            );
            openssl(
                d,
                &format!("req {ec} -keyout server.key -out server.csr -subj /CN=localhost"),
            );
            std::fs::write(d.join("ext"), "subjectAltName=IP:127.0.0.1\n").expect("ext");
            openssl(
                d,
                "x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out server.crt -days 2 -extfile ext",
            );
            // Mosquitto started as root drops to its own user: let it read the files.
            for f in ["", "server.key", "server.crt", "ca.crt"] {
                use std::os::unix::fs::PermissionsExt;
                let mode = if f.is_empty() { 0o755 } else { 0o644 };
                std::fs::set_permissions(d.join(f), std::fs::Permissions::from_mode(mode))
                    .expect("chmod");
            }
            text.push_str(&format!(
                "cafile {0}/ca.crt\ncertfile {0}/server.crt\nkeyfile {0}/server.key\n",
                d.display()
            ));
        }
        if let Some(acl) = acl {
            let f = dir.path().join("acl");
            std::fs::write(&f, acl).expect("write acl");
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o644)).expect("chmod");
            text.push_str(&format!("acl_file {}\n", f.display()));
        }
        std::fs::write(&conf, text).expect("write mosquitto.conf");
        // Mosquitto started as root drops to its own user: let it write its persistence
        // file here, or a restart would come back with no sessions and no queued messages.
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777))
                .expect("chmod");
        }
        let mut m = Mosquitto {
            port,
            conf,
            child: None,
            _dir: dir,
        };
        m.spawn();
        m
    }

    fn spawn(&mut self) {
        let child = Command::new("mosquitto")
            .arg("-c")
            .arg(&self.conf)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("mosquitto (apt-get install mosquitto)");
        self.child = Some(child);
        wait_listening(self.port);
    }

    /// Kills the broker (SIGKILL: no goodbye to the clients).
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Stops the broker with SIGTERM: it saves its persistent sessions and queued
    /// messages first, as a broker restarted for maintenance would.
    pub fn stop_gracefully(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = Command::new("kill")
                .args(["-TERM", &c.id().to_string()])
                .status();
            let _ = c.wait();
        }
    }

    /// Stops it gracefully and starts it again on the same port.
    pub fn restart_gracefully(&mut self) {
        self.stop_gracefully();
        self.spawn();
    }

    /// Kills and starts it again on the same port.
    pub fn restart(&mut self) {
        self.kill();
        self.spawn();
    }
}

impl Drop for Mosquitto {
    fn drop(&mut self) {
        self.kill();
    }
}
