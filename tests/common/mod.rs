//! Helpers shared by the integration tests: an isolated otactl (own store, config
//! and XDG dirs, no inherited OTACTL_/AWS_ variables) and output capture.

#![allow(dead_code)]

pub mod mosquitto;
pub mod mqtt;
pub mod s3;

/// The benchmark driver's helpers (its jobs, device ids, statuses), as `otactl-dev
/// mqtt-bench` makes them: the tests build the same file.
#[path = "../../benches/dev/mqtt_bench.rs"]
pub mod bench;

/// The dashboard's demo store, as the render benchmark builds it.
#[path = "../../benches/support/tui_fixture.rs"]
pub mod tui_fixture;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn store(&self) -> PathBuf {
        self.path("data/store.db")
    }

    /// `otactl` with a clean environment pointing at this test's directories.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// [`Env::cmd`] as a std Command (for spawning and killing).
    pub fn std_cmd(&self) -> std::process::Command {
        self.std_cmd_of("otactl")
    }

    /// `otactl-dev` (the benchmark driver, the generator) in the same environment.
    pub fn dev_cmd(&self) -> Command {
        Command::from_std(self.std_cmd_of("otactl-dev"))
    }

    /// [`Env::dev_cmd`] as a std Command.
    pub fn std_dev_cmd(&self) -> std::process::Command {
        self.std_cmd_of("otactl-dev")
    }

    fn std_cmd_of(&self, bin: &str) -> std::process::Command {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin(bin));
        for (k, _) in std::env::vars() {
            if k.starts_with("OTACTL_") || k.starts_with("AWS_") || k == "NO_COLOR" {
                c.env_remove(k);
            }
        }
        c.env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data-home"))
            .env("HOME", self.dir.path())
            .env("OTACTL_STORE", self.store())
            .env("OTACTL_ACTOR", "tester@ci");
        c
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).expect("mkdir");
        }
        std::fs::write(&p, contents).expect("write");
        p
    }
}

/// Runs and returns (exit code, stdout, stderr).
pub fn run(mut c: Command) -> (i32, String, String) {
    let out = c.output().expect("run otactl");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

pub fn sha_of(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

/// A CSV of `n` devices with a mix of hardware, tags and versions.
pub fn fleet_csv(n: usize) -> String {
    let mut s = String::with_capacity(n * 48);
    s.push_str("id,hw,tags,firmware_version,counter\n");
    for i in 0..n {
        let hw = ["stm32f4", "esp32", "stm32h7"][i % 3];
        let tag = format!("quarry-{}", i % 10);
        let v = ["1.3.0", "1.4.0", "1.4.2"][i % 3];
        s.push_str(&format!(
            "TRUCK-{i:06},{hw},{tag};fleet-a,{v},{}\n",
            40 + i % 3
        ));
    }
    s
}
