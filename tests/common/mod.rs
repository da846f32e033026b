//! Helpers shared by the integration tests: an isolated otactl (own store, config
//! and XDG dirs, no inherited OTACTL_/AWS_ variables), one way to run it
//! ([`Env::run`], as jj's `run_jj_in`) and one signed fleet to roll out to.

#![allow(dead_code)]

pub mod fixture;
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

pub use fixture::{Fixture, FleetSpec};

use assert_cmd::Command;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

pub struct Env {
    pub dir: tempfile::TempDir,
    /// Variables every command of this test gets (see [`Env::add_env_var`]).
    vars: Vec<(OsString, OsString)>,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("tempdir"),
            vars: Vec::new(),
        }
    }

    /// Sets `key` for every later command of this test (jj's `add_env_var`).
    pub fn add_env_var(&mut self, key: impl AsRef<OsStr>, val: impl AsRef<OsStr>) {
        self.vars
            .push((key.as_ref().to_owned(), val.as_ref().to_owned()));
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn store(&self) -> PathBuf {
        self.path("data/store.db")
    }

    /// Where [`Env::with_key_dir`] and the fixtures keep the signing keys.
    pub fn key_dir(&self) -> PathBuf {
        self.path("keys")
    }

    /// Every later command uses [`Env::key_dir`] (OTACTL_KEY_DIR).
    pub fn with_key_dir(mut self) -> Env {
        let dir = self.key_dir();
        self.add_env_var("OTACTL_KEY_DIR", dir);
        self
    }

    /// Runs otactl with `args` and returns what it did.
    pub fn run<I, S>(&self, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.run_with(|c| c.args(args))
    }

    /// [`Env::run`] with `-o json` appended; fails the test unless it exits 0, and
    /// returns stdout as one JSON document.
    #[track_caller]
    pub fn run_json<I, S>(&self, args: I) -> serde_json::Value
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.run_with(|c| c.args(args).args(["-o", "json"]))
            .success()
            .json()
    }

    /// Runs otactl as `f` configures it: arguments plus its own variables, stdin
    /// (`write_stdin`) or a timeout.
    pub fn run_with(&self, f: impl FnOnce(&mut Command) -> &mut Command) -> Output {
        let mut c = self.cmd();
        f(&mut c);
        Output::of(c.output().expect("run otactl"))
    }

    /// [`Env::run`] for `otactl-dev` (the benchmark driver, the generator).
    pub fn run_dev<I, S>(&self, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.run_dev_with(|c| c.args(args))
    }

    /// [`Env::run_with`] for `otactl-dev`.
    pub fn run_dev_with(&self, f: impl FnOnce(&mut Command) -> &mut Command) -> Output {
        let mut c = self.dev_cmd();
        f(&mut c);
        Output::of(c.output().expect("run otactl-dev"))
    }

    /// `otactl` with a clean environment pointing at this test's directories.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// [`Env::cmd`] as a std Command (for spawning and killing).
    pub fn std_cmd(&self) -> std::process::Command {
        self.std_cmd_of("otactl")
    }

    /// `WRAPPER ARGS… otactl` (strace, a preloaded library) in this test's environment:
    /// add otactl's own arguments.
    pub fn std_cmd_under(&self, wrapper: &str, args: &[&str]) -> std::process::Command {
        let inner = self.std_cmd();
        let mut c = std::process::Command::new(wrapper);
        c.args(args).arg(inner.get_program());
        for (k, v) in inner.get_envs() {
            match v {
                Some(v) => c.env(k, v),
                None => c.env_remove(k),
            };
        }
        c
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
        c.envs(self.vars.iter().map(|(k, v)| (k, v)));
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

/// What one otactl run did: its exit code (-1 when killed by a signal) and output.
#[derive(Debug, Clone)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    pub fn of(out: std::process::Output) -> Output {
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// (exit code, stdout, stderr), for destructuring.
    pub fn parts(self) -> (i32, String, String) {
        (self.code, self.stdout, self.stderr)
    }

    /// Fails the test unless the run exited 0; returns it for more checks.
    #[track_caller]
    pub fn success(self) -> Output {
        assert_eq!(self.code, 0, "otactl failed: {}", self.stderr);
        self
    }

    /// Stdout as one JSON document.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("{e}: {}", self.stdout))
    }
}

/// Runs and returns (exit code, stdout, stderr). The older form of [`Env::run`], kept
/// for the S3 and transfer tests until they move to it.
pub fn run(mut c: Command) -> (i32, String, String) {
    Output::of(c.output().expect("run otactl")).parts()
}

/// A path as an argument next to `&str`s (the test directories are UTF-8).
pub fn arg(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
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

/// Polls `f` every 20 ms until it holds; panics naming `what` after `timeout`.
pub fn wait_for(what: &str, timeout: std::time::Duration, mut f: impl FnMut() -> bool) {
    let end = std::time::Instant::now() + timeout;
    while std::time::Instant::now() < end {
        if f() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    panic!("timed out waiting for {what}");
}

/// A spawned otactl, killed if the test fails before it ended (it would otherwise
/// outlive the test and hold its output pipes).
pub struct Running(Option<std::process::Child>);

impl Running {
    pub fn new(child: std::process::Child) -> Running {
        Running(Some(child))
    }

    pub fn id(&self) -> u32 {
        self.0.as_ref().map_or(0, std::process::Child::id)
    }

    /// The child, no longer killed on drop (to wait for its output).
    pub fn take(mut self) -> std::process::Child {
        self.0.take().expect("running")
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(mut c) = self.0.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl std::ops::Deref for Running {
    type Target = std::process::Child;
    fn deref(&self) -> &std::process::Child {
        self.0.as_ref().expect("running")
    }
}

impl std::ops::DerefMut for Running {
    fn deref_mut(&mut self) -> &mut std::process::Child {
        self.0.as_mut().expect("running")
    }
}
