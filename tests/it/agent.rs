//! `otactl agent` end to end: a real Mosquitto, the engine (`rollout run`), several
//! agent processes (each its own state directory) and a loopback HTTP server that
//! honours Range and logs every request: a batched rollout, a failing install hook,
//! and a download SIGKILLed halfway that resumes with a Range request.

use crate::common::mosquitto::Mosquitto;
use crate::common::{Env, FleetSpec};
use crate::engine::Rig;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// One GET the server answered: the Range start asked for, and body bytes sent.
#[derive(Debug, Clone, Copy)]
struct Served {
    from: u64,
    sent: u64,
}

/// A loopback HTTP server of one image, with Range, at `bytes_per_sec` per GET.
pub struct Http {
    port: u16,
    log: Arc<Mutex<Vec<Served>>>,
}

impl Http {
    pub fn start(image: Vec<u8>, bytes_per_sec: Option<u64>) -> Http {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = l.local_addr().expect("addr").port();
        let log = Arc::new(Mutex::new(Vec::new()));
        let (img, lg) = (Arc::new(image), log.clone());
        std::thread::spawn(move || {
            for s in l.incoming().flatten() {
                let (img, lg) = (img.clone(), lg.clone());
                std::thread::spawn(move || serve(s, &img, &lg, bytes_per_sec));
            }
        });
        Http { port, log }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn log(&self) -> Vec<Served> {
        self.log.lock().expect("log").clone()
    }
}

fn serve(s: std::net::TcpStream, img: &[u8], log: &Mutex<Vec<Served>>, bps: Option<u64>) {
    let mut r = BufReader::new(s.try_clone().expect("clone"));
    let mut from = 0u64;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let l = line.trim().to_ascii_lowercase();
        if l.is_empty() {
            break;
        }
        if let Some(v) = l.strip_prefix("range: bytes=") {
            from = v.trim_end_matches('-').parse().unwrap_or(0);
        }
    }
    let body = &img[(from as usize).min(img.len())..];
    let head = if from > 0 {
        format!(
            "HTTP/1.1 206 Partial Content\r\nContent-Length: {}\r\nContent-Range: bytes {}-{}/{}\r\nConnection: close\r\n\r\n",
            body.len(),
            from,
            img.len() - 1,
            img.len()
        )
    } else {
        format!(
            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
    };
    let mut w = s;
    let _ = w.write_all(head.as_bytes());
    let idx = {
        let mut l = log.lock().expect("log");
        l.push(Served { from, sent: 0 });
        l.len() - 1
    };
    let chunk = bps.map(|b| (b / 20).max(1) as usize).unwrap_or(64 * 1024);
    for c in body.chunks(chunk) {
        if w.write_all(c).is_err() {
            return;
        }
        log.lock().expect("log")[idx].sent += c.len() as u64;
        if bps.is_some() {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// The broker, the store with its fleet, the image server and the agents.
struct Truck {
    rig: Rig,
    http: Http,
    agents: Vec<Child>,
    _m: Mosquitto,
}

impl Truck {
    fn new(devices: usize, image: Vec<u8>, bps: Option<u64>) -> Truck {
        let m = Mosquitto::start();
        let mut env = Env::new();
        env.add_env_var("OTACTL_BROKER", format!("mqtt://127.0.0.1:{}", m.port));
        let mut spec = FleetSpec::new(devices);
        spec.image_bytes = image.clone();
        let http = Http::start(image, bps);
        // The image is never uploaded: `rollout create` needs the engine's artifact server.
        env.add_env_var("OTACTL_ARTIFACT_URL", http.url());
        let fixture = env.signed_fleet_with(spec);
        Truck {
            rig: Rig { env, fixture },
            http,
            agents: Vec::new(),
            _m: m,
        }
    }

    fn key(&self) -> PathBuf {
        std::fs::read_dir(self.rig.env.key_dir())
            .expect("keys")
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "pub"))
            .expect("a public key")
    }

    /// A hook script in the test directory.
    fn hook(&self, name: &str, body: &str) -> PathBuf {
        let p = self.rig.env.path(name);
        std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).expect("hook");
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        p
    }

    fn agent(&self, id: &str, hook: &Path, extra: &[&str]) -> Child {
        let state = self.rig.env.path(&format!("agent-{id}"));
        self.rig
            .cmd(&[
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
            ])
            .arg("--install-hook")
            .arg(hook)
            .arg("--trust")
            .arg(self.key())
            .arg("--state-dir")
            .arg(state)
            .args(extra)
            .stdout(Stdio::null())
            .stderr(self.log_file(id))
            .spawn()
            .expect("agent")
    }

    /// The agent's stderr, appended across restarts (printed if the test fails).
    fn log_file(&self, id: &str) -> std::fs::File {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.rig.env.path(&format!("agent-{id}.log")))
            .expect("log")
    }

    /// Waits until agent `id` connected (its log says so) and had a moment to
    /// subscribe: its persistent session starts then.
    fn wait_connected(&self, id: &str, times: usize) {
        let log = self.rig.env.path(&format!("agent-{id}.log"));
        wait_for("the agent to connect", Duration::from_secs(20), || {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            text.matches("agent: connected").count() >= times
        });
        std::thread::sleep(Duration::from_millis(300));
    }

    fn start_agent(&mut self, id: &str, hook: &Path) {
        let c = self.agent(id, hook, &[]);
        self.agents.push(c);
    }

    /// `rollout run ID` as a background process (to kill), its output dropped.
    fn spawn_engine(&self, id: &str) -> Child {
        let url = self.http.url();
        self.rig
            .cmd(&[
                "rollout",
                "run",
                id,
                "--artifact-url",
                &url,
                "--tick",
                "50ms",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("engine")
    }

    fn run(&self, id: &str) -> (i32, String) {
        let url = self.http.url();
        let (c, _, e) = self
            .rig
            .env
            .run_with(|c| {
                c.args([
                    "rollout",
                    "run",
                    id,
                    "--artifact-url",
                    &url,
                    "--tick",
                    "50ms",
                ])
                .timeout(Duration::from_secs(60))
            })
            .parts();
        (c, e)
    }

    fn count(&self, sql: &str) -> i64 {
        self.rig.count(sql)
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

fn wait_for(what: &str, timeout: Duration, mut f: impl FnMut() -> bool) {
    let end = Instant::now() + timeout;
    while Instant::now() < end {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out waiting for {what}");
}

fn image(n: usize) -> Vec<u8> {
    (0..n).map(|i| (i * 31 % 251) as u8).collect()
}

#[test]
fn a_batched_rollout_completes_on_three_agent_processes() {
    let img = image(64 * 1024);
    let mut t = Truck::new(3, img.clone(), None);
    let out = t.rig.env.path("installed");
    std::fs::create_dir_all(&out).expect("dir");
    let hook = t.hook(
        "install.sh",
        &format!(
            "cp \"$OTACTL_IMAGE\" {}/\"$OTACTL_DEVICE_ID-$OTACTL_VERSION\"",
            out.display()
        ),
    );
    for i in 0..3 {
        t.start_agent(&format!("T{i:04}"), &hook);
    }
    for i in 0..3 {
        t.wait_connected(&format!("T{i:04}"), 1);
    }
    t.rig.create("r1", &["--batches", "1,100%"]);
    let (code, err) = t.run("r1");
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        t.count("SELECT count(*) FROM jobs WHERE rollout_id = 'r1' AND state = 'succeeded'"),
        3
    );
    // Each hook got the verified image, once.
    for i in 0..3 {
        let got = std::fs::read(out.join(format!("T{i:04}-2.0.0"))).expect("installed image");
        assert!(got == img, "T{i:04} installed other bytes");
    }
    assert_eq!(std::fs::read_dir(&out).expect("dir").count(), 3);
    wait_for("inventories", Duration::from_secs(10), || {
        t.count("SELECT count(*) FROM devices WHERE firmware_version = '2.0.0'") == 3
    });
}

#[test]
fn a_failing_install_hook_reports_install_failed_with_its_last_stderr_line() {
    let mut t = Truck::new(1, image(16 * 1024), None);
    let hook = t.hook(
        "install.sh",
        "echo 'erasing bank 2' >&2\necho 'flash write failed at 0x08040000' >&2\nexit 3",
    );
    t.start_agent("T0000", &hook);
    t.wait_connected("T0000", 1);
    let abort = [
        "--abort-threshold",
        "50%",
        "--abort-min",
        "1",
        "--abort-action",
        "abort",
    ];
    t.rig.create("r1", &abort);
    let (code, err) = t.run("r1");
    assert_eq!(code, 6, "{err}");
    let db = t.rig.db();
    let (c, m): (String, String) = db
        .query_row(
            "SELECT error_code, error_message FROM status_events WHERE status = 'error'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("an error status");
    assert_eq!(c, "install_failed");
    assert_eq!(m, "exit 3: flash write failed at 0x08040000");
}

#[test]
fn an_agent_killed_mid_download_resumes_with_a_range_request() {
    let size = 2 * 1024 * 1024;
    let img = image(size);
    // 512 KiB/s: the download takes about 4 s, long enough to kill it halfway.
    let mut t = Truck::new(1, img.clone(), Some(512 * 1024));
    let out = t.rig.env.path("installed.bin");
    let hook = t.hook(
        "install.sh",
        &format!("cp \"$OTACTL_IMAGE\" {}", out.display()),
    );
    let mut first = t.agent("T0000", &hook, &[]);
    t.wait_connected("T0000", 1);
    t.rig.create("r1", &[]);
    let mut engine = t.spawn_engine("r1");
    wait_for("half the image sent", Duration::from_secs(30), || {
        t.http
            .log()
            .first()
            .is_some_and(|s| s.sent >= size as u64 / 3)
    });
    first.kill().expect("SIGKILL");
    first.wait().expect("reaped");
    let fetched_before = t.http.log()[0].sent;
    assert!(fetched_before < size as u64);
    t.start_agent("T0000", &hook);
    let end = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(s) = engine.try_wait().expect("engine") {
            break s;
        }
        assert!(Instant::now() < end, "the rollout did not end");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(status.code(), Some(0));
    let log = t.http.log();
    assert_eq!(log.len(), 2, "{log:?}");
    // The second GET asked for the rest only, and fetched fewer bytes than the file.
    assert!(log[1].from > 0, "{log:?}");
    assert!(log[1].from <= fetched_before);
    assert!(log[1].sent < size as u64, "{log:?}");
    assert_eq!(log[1].from + log[1].sent, size as u64);
    assert!(std::fs::read(&out).expect("installed") == img);
    assert_eq!(
        t.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'"),
        1
    );
}

/// Waits for `c` to exit by itself and returns its exit code.
fn exit_code(c: &mut Child, timeout: Duration) -> Option<i32> {
    let end = Instant::now() + timeout;
    loop {
        if let Some(s) = c.try_wait().expect("wait") {
            return s.code();
        }
        assert!(Instant::now() < end, "the agent did not exit");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The install hook asks for a reboot (exit 10); the agent reports `rebooting` and
/// exits 10; restarted, it runs the health hook and reports what it found.
fn reboot_with_health(health: &str) -> (Truck, i32, String) {
    let mut t = Truck::new(1, image(16 * 1024), None);
    let hook = t.hook("install.sh", "exit 10");
    let health = t.hook("health.sh", health);
    let mut first = t.agent("T0000", &hook, &[]);
    t.wait_connected("T0000", 1);
    let abort = [
        "--abort-threshold",
        "50%",
        "--abort-min",
        "1",
        "--abort-action",
        "abort",
    ];
    t.rig.create("r1", &abort);
    let mut engine = t.spawn_engine("r1");
    assert_eq!(exit_code(&mut first, Duration::from_secs(30)), Some(10));
    wait_for("rebooting recorded", Duration::from_secs(10), || {
        t.count("SELECT count(*) FROM status_events WHERE status = 'rebooting'") == 1
    });
    assert_eq!(
        t.count("SELECT count(*) FROM status_events WHERE status IN ('done', 'error')"),
        0
    );
    let again = t.agent(
        "T0000",
        &hook,
        &["--health-hook", health.to_str().expect("utf-8")],
    );
    t.agents.push(again);
    let code = exit_code(&mut engine, Duration::from_secs(60)).unwrap_or(-1);
    (t, code, String::new())
}

#[test]
fn after_a_reboot_a_healthy_image_reports_done_with_its_version() {
    let (t, code, _) = reboot_with_health("exit 0");
    assert_eq!(code, 0);
    assert_eq!(
        t.count(
            "SELECT count(*) FROM status_events WHERE status = 'done' \
             AND firmware_version = '2.0.0' AND outcome = 'applied'"
        ),
        1
    );
    assert_eq!(
        t.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'"),
        1
    );
}

#[test]
fn after_a_reboot_a_failing_health_hook_reports_the_fallback() {
    let (t, code, _) = reboot_with_health("echo 'watchdog: app did not start' >&2\nexit 1");
    assert_eq!(code, 6);
    let (c, m): (String, String) = t
        .rig
        .db()
        .query_row(
            "SELECT error_code, error_message FROM status_events WHERE status = 'error'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("an error status");
    assert_eq!(c, "rolled_back");
    assert_eq!(
        m,
        "health check failed, back on 1.0.0: exit 1: watchdog: app did not start"
    );
    // It says so in its inventory too: still on 1.0.0.
    wait_for("inventory", Duration::from_secs(10), || {
        t.count("SELECT count(*) FROM devices WHERE firmware_version = '1.0.0'") == 1
    });
    assert_eq!(
        t.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'"),
        0
    );
}

#[test]
fn an_agent_killed_mid_install_runs_the_install_again_and_reports_done_once() {
    let img = image(16 * 1024);
    let mut t = Truck::new(1, img.clone(), None);
    let started = t.rig.env.path("started");
    let out = t.rig.env.path("installed.bin");
    let hook = t.hook(
        "install.sh",
        &format!(
            "echo x >> {s}\nif [ $(wc -l < {s}) -eq 1 ]; then sleep 30; fi\ncp \"$OTACTL_IMAGE\" {o}",
            s = started.display(),
            o = out.display()
        ),
    );
    let mut first = t.agent("T0000", &hook, &[]);
    t.wait_connected("T0000", 1);
    t.rig.create("r1", &[]);
    let mut engine = t.spawn_engine("r1");
    wait_for("the install to start", Duration::from_secs(30), || {
        started.exists()
    });
    first.kill().expect("SIGKILL");
    first.wait().expect("reaped");
    assert!(!out.exists());
    t.start_agent("T0000", &hook);
    assert_eq!(exit_code(&mut engine, Duration::from_secs(60)), Some(0));
    assert!(std::fs::read(&out).expect("installed") == img);
    assert_eq!(
        t.count("SELECT count(*) FROM status_events WHERE status = 'done' AND outcome = 'applied'"),
        1
    );
    assert_eq!(
        t.count("SELECT count(*) FROM status_events WHERE status = 'error'"),
        0
    );
}

#[test]
fn one_gateway_agent_updates_its_components_each_through_its_own_hook() {
    let mut t = Truck::new(2, image(16 * 1024), None);
    let out = t.rig.env.path("installed");
    std::fs::create_dir_all(&out).expect("dir");
    let mk = |t: &Truck, name: &str| {
        let body = format!(
            "echo \"$OTACTL_DEVICE_ID $OTACTL_HW $OTACTL_VERSION\" > {}/{name}",
            out.display()
        );
        t.hook(&format!("{name}.sh"), &body)
    };
    let (gw, mcu) = (mk(&t, "gateway"), mk(&t, "mcu"));
    let cfg = format!(
        "state_dir = \"{}\"\ntrust = [\"{}\"]\n\n[[device]]\nid = \"T0000\"\nhw = \"stm32f4\"\n\
         firmware_version = \"1.0.0\"\ncounter = 1\ninstall_hook = \"{}\"\n\n[[device]]\n\
         id = \"T0001\"\nhw = \"stm32f4\"\nfirmware_version = \"1.0.0\"\ncounter = 1\n\
         install_hook = \"{}\"\n",
        t.rig.env.path("gw-state").display(),
        t.key().display(),
        gw.display(),
        mcu.display()
    );
    let file = t.rig.env.write("agent.toml", cfg);
    let c = t
        .rig
        .cmd(&["agent", "--agent-config", file.to_str().expect("utf-8")])
        .stdout(Stdio::null())
        .stderr(t.log_file("T0000"))
        .spawn()
        .expect("agent");
    t.agents.push(c);
    t.wait_connected("T0000", 1);
    t.rig.create("r1", &["--batches", "1,100%"]);
    let (code, err) = t.run("r1");
    assert_eq!(code, 0, "{err}");
    let read = |n: &str| std::fs::read_to_string(out.join(n)).expect("hook ran");
    assert_eq!(read("gateway"), "T0000 stm32f4 2.0.0\n");
    assert_eq!(read("mcu"), "T0001 stm32f4 2.0.0\n");
    assert_eq!(
        t.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'"),
        2
    );
}

#[test]
fn print_unit_prints_the_systemd_unit_from_the_repository() {
    let env = Env::new();
    let (code, out, _) = env.run(["agent", "--print-unit"]).parts();
    assert_eq!(code, 0);
    let unit = include_str!("../../src/agent/otactl-agent.service");
    assert_eq!(out, unit);
    assert!(out.contains("ExecStart=/usr/bin/otactl agent"));
}

#[test]
fn an_agent_without_a_state_directory_says_so_with_exit_3() {
    let env = Env::new();
    let (code, _, err) = env
        .run([
            "agent",
            "--device-id",
            "T1",
            "--hw",
            "x",
            "--install-hook",
            "/bin/true",
        ])
        .parts();
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("state directory"), "{err}");
}

#[test]
fn twenty_kills_at_random_moments_give_one_install_and_one_final_status() {
    use std::os::unix::process::CommandExt;
    let img = image(1024 * 1024);
    let t = Truck::new(1, img.clone(), Some(512 * 1024));
    let slots = t.rig.env.path("slot");
    std::fs::create_dir_all(&slots).expect("dir");
    let installs = t.rig.env.path("installs.log");
    // An idempotent A/B hook: it writes the inactive slot unless it already holds
    // this version, and logs a real install only.
    let hook = t.hook(
        "install.sh",
        &format!(
            "s={s}/$OTACTL_VERSION\n[ -f \"$s\" ] && exit 0\nsleep 0.3\n\
             cp \"$OTACTL_IMAGE\" \"$s.tmp\" && sync && mv \"$s.tmp\" \"$s\" && echo \"$OTACTL_VERSION\" >> {l}",
            s = slots.display(),
            l = installs.display()
        ),
    );
    // The agent in its own process group: a kill takes its hook with it, as a power
    // cut would.
    let spawn_group = |t: &Truck| -> Child {
        let state = t.rig.env.path("agent-T0000");
        t.rig
            .cmd(&[
                "agent",
                "--device-id",
                "T0000",
                "--hw",
                "stm32f4",
                "--firmware-version",
                "1.0.0",
                "--counter",
                "1",
                "--progress-every",
                "200ms",
            ])
            .arg("--install-hook")
            .arg(&hook)
            .arg("--trust")
            .arg(t.key())
            .arg("--state-dir")
            .arg(state)
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(t.log_file("T0000"))
            .spawn()
            .expect("agent")
    };
    let mut a = spawn_group(&t);
    t.wait_connected("T0000", 1);
    t.rig.create("r1", &[]);
    let mut engine = t.spawn_engine("r1");
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(1);
    for k in 0..20 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let ms = 150 + (seed >> 33) % 600;
        std::thread::sleep(Duration::from_millis(ms));
        let pid = a.id().to_string();
        let _ = std::process::Command::new("kill")
            .args(["-9", "--", &format!("-{pid}")])
            .status();
        let _ = a.wait();
        eprintln!("kill {k} after {ms} ms");
        a = spawn_group(&t);
    }
    let code = exit_code(&mut engine, Duration::from_secs(90));
    let _ = std::process::Command::new("kill")
        .args(["-9", "--", &format!("-{}", a.id())])
        .status();
    let _ = a.wait();
    assert_eq!(code, Some(0));
    let log = std::fs::read_to_string(&installs).expect("installed");
    assert_eq!(log, "2.0.0\n", "one install");
    assert!(std::fs::read(slots.join("2.0.0")).expect("slot") == img);
    assert_eq!(
        t.count(
            "SELECT count(*) FROM status_events WHERE status IN ('done', 'error', 'rejected', \
             'cancelled')"
        ),
        1,
        "one final status"
    );
    assert_eq!(
        t.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'"),
        1
    );
}
