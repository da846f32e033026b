//! `otactl agent` end to end: a real Mosquitto, a real s3s-fs holding the uploaded
//! image, the engine (`rollout run`, which presigns the download URLs) and several
//! agent processes, each with its own state directory. Between the agents and s3s-fs
//! runs [`Link`], a TCP relay that slows the server's bytes like a radio link.
//!
//! - [`rollout`]: a batched rollout, install hooks, a gateway with components;
//! - [`resume`]: kills mid-download, mid-install, and twenty at random moments;
//! - [`reboot`]: the health hook after a reboot, the fallback, confirmation.

mod reboot;
mod resume;
mod rollout;

use crate::common::mosquitto::Mosquitto;
use crate::common::s3::{ACCESS_KEY, BUCKET, S3sFs, SECRET_KEY};
use crate::common::{Env, FleetSpec};
pub use crate::common::{Running, wait_for};
use crate::engine::Rig;
use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A TCP relay to a server on loopback: the bytes pass unchanged (so the SigV4 of a
/// presigned URL, made for the relay's address, still verifies at s3s-fs), and the
/// server's side is slowed to `bytes_per_sec`. It counts what it relayed to clients.
pub struct Link {
    pub port: u16,
    down: Arc<AtomicU64>,
}

impl Link {
    pub fn start(target: u16, bytes_per_sec: Option<u64>) -> Link {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = l.local_addr().expect("addr").port();
        let down = Arc::new(AtomicU64::new(0));
        let counter = down.clone();
        std::thread::spawn(move || {
            for client in l.incoming().flatten() {
                let Ok(server) = TcpStream::connect(("127.0.0.1", target)) else {
                    continue;
                };
                let (c2, s2) = match (client.try_clone(), server.try_clone()) {
                    (Ok(c), Ok(s)) => (c, s),
                    _ => continue,
                };
                std::thread::spawn(move || relay(client, server, None, None));
                let n = counter.clone();
                std::thread::spawn(move || relay(s2, c2, bytes_per_sec, Some(&n)));
            }
        });
        Link { port, down }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Bytes relayed from the server to clients so far.
    pub fn relayed(&self) -> u64 {
        self.down.load(Ordering::Relaxed)
    }
}

fn relay(mut from: TcpStream, mut to: TcpStream, bps: Option<u64>, n: Option<&AtomicU64>) {
    // 20 slices a second at the rate asked for.
    let mut buf = vec![0u8; bps.map(|b| (b / 20).max(1) as usize).unwrap_or(64 * 1024)];
    loop {
        match from.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(k) => {
                if to.write_all(&buf[..k]).is_err() {
                    break;
                }
                if let Some(n) = n {
                    n.fetch_add(k as u64, Ordering::Relaxed);
                }
                if bps.is_some() {
                    std::thread::sleep(Duration::from_millis(50));
                }
            }
        }
    }
    let _ = to.shutdown(Shutdown::Write);
    let _ = from.shutdown(Shutdown::Read);
}

/// The broker, s3s-fs behind its [`Link`], the store with its fleet and the uploaded
/// image `ecu@2.0.0`, and the agents.
pub struct Truck {
    pub rig: Rig,
    pub link: Link,
    pub agents: Vec<Child>,
    pub broker: Mosquitto,
    _s3: S3sFs,
}

impl Truck {
    pub fn new(devices: usize, image: Vec<u8>, bps: Option<u64>) -> Truck {
        Truck::on(Mosquitto::start(), devices, image, bps)
    }

    /// A truck on the broker `m` (one with an ACL, say).
    pub fn on(m: Mosquitto, devices: usize, image: Vec<u8>, bps: Option<u64>) -> Truck {
        let s3 = S3sFs::start();
        let link = Link::start(s3.port, bps);
        let mut env = Env::new();
        env.add_env_var("OTACTL_BROKER", format!("mqtt://127.0.0.1:{}", m.port));
        env.add_env_var("AWS_ENDPOINT_URL", link.url());
        env.add_env_var("OTACTL_BUCKET", BUCKET);
        env.add_env_var("AWS_ACCESS_KEY_ID", ACCESS_KEY);
        env.add_env_var("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        let mut spec = FleetSpec::new(devices);
        spec.image_bytes = image;
        let fixture = env.signed_fleet_with(spec);
        env.run_with(|c| c.args(["firmware", "upload"]).arg(&fixture.image))
            .success();
        Truck {
            rig: Rig { env, fixture },
            link,
            agents: Vec::new(),
            broker: m,
            _s3: s3,
        }
    }

    pub fn key(&self) -> PathBuf {
        std::fs::read_dir(self.rig.env.key_dir())
            .expect("keys")
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "pub"))
            .expect("a public key")
    }

    /// A hook script in the test directory.
    pub fn hook(&self, name: &str, body: &str) -> PathBuf {
        let p = self.rig.env.path(name);
        std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).expect("hook");
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        p
    }

    /// `otactl agent` for device `id` (stm32f4, 1.0.0, counter 1), to spawn.
    pub fn agent_cmd(&self, id: &str, hook: &Path, extra: &[&str]) -> std::process::Command {
        let state = self.rig.env.path(&format!("agent-{id}"));
        let mut c = self.rig.cmd(&[
            "agent",
            "--device-id",
            id,
            "--hw",
            "stm32f4",
            "--firmware-version",
            "1.0.0",
            "--counter",
            "1",
            "--progress-every",
            "200ms",
        ]);
        c.arg("--install-hook")
            .arg(hook)
            .arg("--trust")
            .arg(self.key())
            .arg("--state-dir")
            .arg(state)
            .args(extra)
            .stdout(Stdio::null())
            .stderr(self.log_file(id));
        c
    }

    pub fn agent(&self, id: &str, hook: &Path, extra: &[&str]) -> Child {
        self.agent_cmd(id, hook, extra).spawn().expect("agent")
    }

    /// The agent's stderr, appended across restarts (printed if the test fails).
    pub fn log_file(&self, id: &str) -> std::fs::File {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path(id))
            .expect("log")
    }

    pub fn log_path(&self, id: &str) -> PathBuf {
        self.rig.env.path(&format!("agent-{id}.log"))
    }

    /// Waits until agent `id` connected `times` times (its log says so) and had a
    /// moment to subscribe: its persistent session starts then.
    pub fn wait_connected(&self, id: &str, times: usize) {
        let log = self.log_path(id);
        wait_for("the agent to connect", Duration::from_secs(20), || {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            text.matches("agent: connected").count() >= times
        });
        std::thread::sleep(Duration::from_millis(300));
    }

    pub fn start_agent(&mut self, id: &str, hook: &Path) {
        let c = self.agent(id, hook, &[]);
        self.agents.push(c);
    }

    /// `rollout run ID` as a background process, its output dropped.
    pub fn spawn_engine(&self, id: &str) -> Running {
        let c = self
            .rig
            .cmd(&["rollout", "run", id, "--tick", "50ms"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("engine");
        Running::new(c)
    }

    /// `rollout run ID` to its end: exit code and stderr.
    pub fn run(&self, id: &str) -> (i32, String) {
        let (c, _, e) = self
            .rig
            .env
            .run_with(|c| {
                c.args(["rollout", "run", id, "--tick", "50ms"])
                    .timeout(Duration::from_secs(60))
            })
            .parts();
        (c, e)
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.rig.count(sql)
    }

    /// The state of `device`'s job in rollout r1.
    pub fn job_state(&self, device: &str) -> String {
        self.job(device).0
    }

    /// The state and reason of `device`'s job in rollout r1.
    pub fn job(&self, device: &str) -> (String, Option<String>) {
        self.rig
            .db()
            .query_row(
                "SELECT state, reason FROM jobs WHERE rollout_id = 'r1' AND device_id = ?1",
                [device],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("job")
    }

    /// Rollout r1's state and reason.
    pub fn rollout(&self) -> (String, Option<String>) {
        self.rig
            .db()
            .query_row(
                "SELECT state, reason FROM rollouts WHERE id = 'r1'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("rollout")
    }

    /// The code and message of the one `error` status recorded.
    pub fn error_status(&self) -> (String, String) {
        self.rig
            .db()
            .query_row(
                "SELECT error_code, error_message FROM status_events WHERE status = 'error'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("an error status")
    }
}

impl Drop for Truck {
    fn drop(&mut self) {
        if std::thread::panicking() {
            for e in std::fs::read_dir(self.rig.env.dir.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                let p = e.path();
                if p.extension().is_some_and(|x| x == "log") {
                    let text = std::fs::read_to_string(&p).unwrap_or_default();
                    eprintln!("--- {}\n{text}", p.display());
                }
            }
        }
        for c in &mut self.agents {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// `rollout create` flags that abort the rollout on its first failure.
pub const ABORT_ON_ONE: [&str; 6] = [
    "--abort-threshold",
    "50%",
    "--abort-min",
    "1",
    "--abort-action",
    "abort",
];

pub fn image(n: usize) -> Vec<u8> {
    (0..n).map(|i| (i * 31 % 251) as u8).collect()
}

/// Waits for `c` to exit by itself and returns its exit code.
pub fn exit_code(c: &mut Child, timeout: Duration) -> Option<i32> {
    let end = Instant::now() + timeout;
    loop {
        if let Some(s) = c.try_wait().expect("wait") {
            return s.code();
        }
        assert!(Instant::now() < end, "the agent did not exit");
        std::thread::sleep(Duration::from_millis(50));
    }
}
