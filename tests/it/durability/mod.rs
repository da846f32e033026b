//! No acknowledged status lost, no update misrecorded (issue #18), against a real
//! Mosquitto with its default in-flight limit and `otactl` engines as processes: a
//! store locked past the busy timeout or on a full disk, PUBACKs only after the fsync
//! (read from strace), one identity per store, timeouts that mean silence, a clock
//! stepped under libfaketime, and offline devices within a grace. The devices are
//! written by hand here ([`Fleet`]), so each test says exactly what they send.

mod clock;
mod identity;
mod store;

use crate::common::mosquitto::Mosquitto;
use crate::common::mqtt::{Device, rand_id};
use crate::engine::Rig;
use std::process::Output;
use std::time::{Duration, Instant};

/// A command as a device reads it (unverified: these devices trust their operator).
#[derive(Debug, Clone)]
pub struct Cmd {
    pub device: String,
    pub job: String,
    pub command: String,
}

/// Hand-written devices: one MQTT connection that hears every command under
/// `fleet/+/update/command` and sends whatever status a test tells it to.
pub struct Fleet {
    pub rt: tokio::runtime::Runtime,
    dev: Device,
}

impl Fleet {
    pub fn connect(port: u16) -> Fleet {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let dev = rt.block_on(Device::connect(port, Some("fleet/+/update/command")));
        Fleet { rt, dev }
    }

    /// The next `n` commands (panics if they do not all come within `within`).
    pub fn commands(&mut self, n: usize, within: Duration) -> Vec<Cmd> {
        let end = Instant::now() + within;
        let mut out = Vec::new();
        while out.len() < n {
            let left = end.saturating_duration_since(Instant::now());
            let got = self
                .rt
                .block_on(async { tokio::time::timeout(left, self.dev.inbox.recv()).await });
            let Ok(Some((_topic, payload))) = got else {
                panic!("{} of {n} commands came within {within:?}", out.len());
            };
            let env: serde_json::Value = serde_json::from_slice(&payload).expect("envelope");
            let cmd: serde_json::Value =
                serde_json::from_str(env["cmd"].as_str().expect("cmd")).expect("cmd JSON");
            out.push(Cmd {
                device: cmd["device_id"].as_str().expect("device").to_string(),
                job: cmd["job_id"].as_str().expect("job").to_string(),
                command: cmd["command_id"].as_str().expect("command").to_string(),
            });
        }
        out
    }

    /// Sends one status (QoS 1) about `c`.
    pub fn status(&self, c: &Cmd, status: &str, progress: Option<u8>, fw: Option<&str>) {
        let body = serde_json::json!({
            "v": 1,
            "msg_id": format!("m{}", rand_id()),
            "job_id": c.job,
            "command_id": c.command,
            "device_id": c.device,
            "status": status,
            "progress": progress,
            "firmware_version": fw,
            "error": null,
            "ts": "2026-11-21T10:00:05Z",
        });
        let topic = format!("fleet/{}/update/status", c.device);
        self.rt
            .block_on(self.dev.send(&topic, body.to_string().into_bytes()));
    }

    /// Reports `done` on the target version for every command.
    pub fn all_done(&self, cmds: &[Cmd]) {
        for c in cmds {
            self.status(c, "done", None, Some("2.0.0"));
        }
    }
}

/// Waits until `f` holds (true) or `within` ran out (false).
pub fn wait_until(within: Duration, mut f: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + within;
    while Instant::now() < end {
        if f() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    f()
}

pub use crate::common::Running;

/// A broker, a store with `n` devices T0000… in rollout `r1` (one batch, the device
/// timeout given), and a client speaking for the devices.
pub fn site(n: usize, device_timeout: &str) -> (Mosquitto, Rig, Fleet) {
    let m = Mosquitto::start();
    let r = Rig::new(m.port, n);
    r.create(
        "r1",
        &["--batches", "100%", "--device-timeout", device_timeout],
    );
    let fleet = Fleet::connect(m.port);
    (m, r, fleet)
}

/// Waits for a spawned otactl to end; kills it and panics after `within`.
pub fn wait_exit(running: Running, within: Duration) -> Output {
    let mut child = running.take();
    let end = Instant::now() + within;
    while Instant::now() < end {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let out = child.wait_with_output().expect("output");
    panic!(
        "otactl did not end within {within:?}; stderr:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Stops a spawned otactl with SIGTERM (it leaves cleanly) and returns its output.
pub fn terminate(running: Running) -> Output {
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &running.id().to_string()])
        .status();
    wait_exit(running, Duration::from_secs(20))
}
