//! `otactl tui` in a real terminal: tmux runs it detached at 80x24 on a demo
//! store; the test changes the store, reads the screen with capture-pane, presses
//! `p` (the rollout is paused in the store, an audit row is written) and `q` (the
//! process ends and the terminal is back to the shell's screen). Skipped, with a
//! note, where tmux is not installed (.ci/run installs it).

use crate::common::Env;
use crate::common::tui_fixture::{self as fixture, ROLLOUT};
use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: std::path::PathBuf,
    session: String,
}

impl Tmux {
    fn cmd(&self) -> Command {
        let mut c = Command::new("tmux");
        c.arg("-S").arg(&self.socket);
        c
    }
    fn run(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("tmux");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", &self.session])
    }
    /// Starts `c` (its program and environment) with `args` in a detached 80x24
    /// session; the shell prints `otactl-exited-CODE` when it ends.
    fn start(&self, c: &Command, args: &str) {
        let mut line = String::from("env");
        for (k, v) in c.get_envs() {
            if let (Some(v), Some(k)) = (v, k.to_str()) {
                line.push_str(&format!(" {k}='{}'", v.to_string_lossy()));
            }
        }
        line.push_str(&format!(
            " LANG=C.UTF-8 TERM=xterm-256color '{}' {args}; echo otactl-exited-$?",
            c.get_program().to_string_lossy()
        ));
        self.run(&[
            "new-session",
            "-d",
            "-s",
            &self.session,
            "-x",
            "80",
            "-y",
            "24",
            "sh",
            "-c",
            &format!("{line}; sleep 60"),
        ]);
    }

    /// Waits until the screen satisfies `f` (the dashboard redraws at 10 fps).
    fn wait_for(&self, what: &str, f: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let s = self.screen();
            if f(&s) {
                return s;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd().arg("kill-server").output();
    }
}

fn wait_until(what: &str, f: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The terminal tests drive a real tmux: without it they fail rather than pass
/// unseen (.ci/run installs it).
fn need_tmux() {
    assert!(
        Command::new("tmux").arg("-V").output().is_ok(),
        "tmux is missing: apt-get install tmux (.ci/run does)"
    );
}

#[test]
fn tui_in_tmux_follows_the_store_pauses_and_quits_cleanly() {
    need_tmux();
    let env = Env::new();
    let mut conn = otactl_store::open(&env.store()).expect("store");
    fixture::build(&mut conn, 300).expect("fixture");
    let tmux = Tmux {
        socket: env.path("tmux.sock"),
        session: "otactl".into(),
    };
    tmux.start(&env.std_cmd(), "tui");
    let first = tmux.wait_for("the dashboard", |s| {
        s.contains("Devices") && s.contains(ROLLOUT)
    });
    // Another connection (the engine's place) finishes every pending device.
    conn.execute(
        "UPDATE jobs SET state = 'succeeded', updated_ms = updated_ms + 1 WHERE state = 'pending'",
        [],
    )
    .expect("update");
    let changed = tmux.wait_for("the screen to change", |s| s != first && !s.contains("○"));
    assert!(changed.contains("RUNNING"), "{changed}");
    tmux.run(&["send-keys", "-t", "otactl", "p"]);
    let state = || {
        otactl_store::rollouts::get(&conn, ROLLOUT)
            .ok()
            .flatten()
            .map(|r| r.state.to_string())
    };
    wait_until("the rollout to pause", || {
        state().as_deref() == Some("paused")
    });
    let audit = otactl_store::audit::list(&conn, None, 50).expect("audit");
    assert!(
        audit
            .iter()
            .any(|e| e.command == "rollout pause" && e.outcome == "ok" && e.args[0] == "tui"),
        "{audit:?}"
    );
    tmux.wait_for("PAUSED on screen", |s| s.contains("PAUSED"));
    tmux.run(&["send-keys", "-t", "otactl", "q"]);
    let after = tmux.wait_for("otactl to exit", |s| s.contains("otactl-exited-0"));
    // Back on the normal screen: the dashboard's frame is gone.
    assert!(
        !after.contains("Devices"),
        "the alternate screen was left:\n{after}"
    );
    let mode = tmux.run(&["display-message", "-p", "-t", "otactl", "#{alternate_on}"]);
    assert_eq!(mode.trim(), "0");
}

#[test]
fn tui_with_the_engine_in_process_drives_a_rollout_against_the_simulator() {
    need_tmux();
    let f = crate::e2e::Field::new(200, &[]);
    f.rig.create("tv", &["--batches", "10,100%"]);
    let tmux = Tmux {
        socket: f.rig.env.path("tmux.sock"),
        session: "engine".into(),
    };
    let mut c = f.rig.cmd(&[]);
    c.env("OTACTL_ARTIFACT_URL", f.url());
    tmux.start(&c, "tui --engine");
    tmux.wait_for("the dashboard", |s| {
        s.contains("Devices") && s.contains("tv")
    });
    let done = tmux.wait_for("the rollout to complete on screen", |s| {
        s.contains("COMPLETED")
    });
    assert!(done.contains("200"), "{done}");
    assert_eq!(f.rig.state("tv").0, "completed");
    assert_eq!(
        f.rig
            .count("SELECT count(*) FROM jobs WHERE rollout_id = 'tv' AND state = 'succeeded'"),
        200
    );
    tmux.run(&["send-keys", "-t", "engine", "q"]);
    tmux.wait_for("otactl to exit", |s| s.contains("otactl-exited-0"));
    // Quitting stopped the engine: the store's engine lock is free again.
    let (code, _, err) = f.rig.env.run(["run", "--max-duration", "1s"]).parts();
    assert_eq!(code, 0, "{err}");
}
