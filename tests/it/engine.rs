//! The engine (`otactl run`, `rollout run`) against a real Mosquitto: one engine per
//! store, per-device timeouts and the gate that pauses, a maintenance window under a
//! simulated calendar, and kill -9 in the middle of a dispatch.

use crate::common::mosquitto::Mosquitto;
use crate::common::{Env, Fixture};
use otactl_store::rusqlite::Connection;
use std::process::Stdio;
use std::time::{Duration, Instant};

pub struct Rig {
    pub env: Env,
    pub fixture: Fixture,
}

impl Rig {
    /// A store with a key, firmware `ecu@2.0.0` (file served from `fw/`), and `n`
    /// stm32f4 devices `T0000…` on 1.0.0 ([`Env::signed_fleet`]); every command
    /// talks to the broker on `port`.
    pub fn new(port: u16, n: usize) -> Rig {
        let broker = format!("mqtt://127.0.0.1:{port}");
        let mut env = Env::new();
        env.add_env_var("OTACTL_BROKER", broker);
        env.add_env_var("OTACTL_ARTIFACT_URL", "http://127.0.0.1:9");
        let fixture = env.signed_fleet(n);
        Rig { env, fixture }
    }

    /// otactl with `args`, to spawn.
    pub fn cmd(&self, args: &[&str]) -> std::process::Command {
        let mut c = self.env.std_cmd();
        c.args(args);
        c
    }

    /// Creates a rollout of every device with id `id` and the extra flags.
    pub fn create(&self, id: &str, extra: &[&str]) {
        self.create_selecting(id, "all", extra);
    }

    /// Creates a rollout of the devices `select` picks, with id `id` and the extra flags.
    pub fn create_selecting(&self, id: &str, select: &str, extra: &[&str]) {
        let mut a = vec![
            "rollout",
            "create",
            "--firmware",
            &self.fixture.firmware,
            "--select",
            select,
            "--id",
            id,
        ];
        a.extend_from_slice(extra);
        let (c, _, e) = self.env.run(&a).parts();
        assert_eq!(c, 0, "{e}");
    }

    pub fn db(&self) -> Connection {
        Connection::open(self.env.store()).expect("store")
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.db().query_row(sql, [], |r| r.get(0)).expect(sql)
    }

    pub fn state(&self, id: &str) -> (String, Option<String>) {
        self.db()
            .query_row(
                "SELECT state, reason FROM rollouts WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("rollout")
    }
}

/// Every row of every table, sorted, read in one transaction: equal dumps mean nothing
/// was written in between.
fn dump(r: &Rig) -> Vec<String> {
    let mut db = r.db();
    let tx = db.transaction().expect("read transaction");
    let tables: Vec<String> = {
        let mut st = tx
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .expect("sql");
        st.query_map([], |row| row.get(0))
            .expect("tables")
            .map(|t| t.expect("table"))
            .collect()
    };
    let mut rows = Vec::new();
    for t in tables {
        let mut st = tx.prepare(&format!("SELECT * FROM \"{t}\"")).expect("sql");
        let cols = st.column_count();
        let mut q = st.query([]).expect("rows");
        while let Some(row) = q.next().expect("row") {
            let vals: Vec<otactl_store::rusqlite::types::Value> =
                (0..cols).map(|i| row.get(i).expect("value")).collect();
            rows.push(format!("{t}: {vals:?}"));
        }
    }
    rows.sort();
    rows
}

#[test]
fn a_second_engine_on_the_same_store_is_refused() {
    let m = Mosquitto::start();
    let r = Rig::new(m.port, 4);
    // One rollout the first engine dispatches, and one behind a maintenance window that
    // is closed on the first engine's calendar and open on the second's: had the second
    // run, it would have dispatched w1.
    for (id, select, window) in [
        ("a1", "id=T0000|T0001", None),
        ("w1", "id=T0002|T0003", Some("Mon-Fri 02:00-05:00 UTC")),
    ] {
        let mut extra = vec!["--batches", "100%"];
        extra.extend(window.iter().flat_map(|w| ["--window", *w]));
        r.create_selecting(id, select, &extra);
    }
    // 2026-11-28 is a Saturday, 2026-11-23 a Monday.
    let mut first = r
        .cmd(&[
            "run",
            "--clock",
            "2026-11-28T03:00:00Z",
            "--tick",
            "50ms",
            "--max-duration",
            "20s",
        ])
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    // The first holds the lock once it says it runs.
    let end = Instant::now() + Duration::from_secs(10);
    let lock = r.env.path("data/store.db.engine.lock");
    while Instant::now() < end
        && std::fs::read_to_string(&lock)
            .map(|s| s.trim().is_empty())
            .unwrap_or(true)
    {
        std::thread::sleep(Duration::from_millis(50));
    }
    // Wait until the first is idle: a1 dispatched and acked, w1 held by its window.
    while Instant::now() < end && r.count("SELECT count(*) FROM outbox WHERE state = 'sent'") < 2 {
        std::thread::sleep(Duration::from_millis(50));
    }
    let before = dump(&r);
    let (code, _, err) = r
        .env
        .run([
            "run",
            "--clock",
            "2026-11-23T03:00:00Z",
            "--max-duration",
            "1s",
        ])
        .parts();
    let during = dump(&r);
    let _ = first.kill();
    let _ = first.wait();
    assert_eq!(code, 8, "{err}");
    assert!(err.contains("another engine is running"), "{err}");
    assert!(
        err.contains(&first.id().to_string()),
        "names the holder: {err}"
    );
    // No corruption: the store is sound and exactly as the first engine left it.
    let check: String = r
        .db()
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .expect("integrity_check");
    assert_eq!(check, "ok");
    assert_eq!(during, before, "the refused engine wrote to the store");
    assert_eq!(dump(&r), before, "the first engine was idle");
    let jobs = |id: &str, state: &str| {
        r.db()
            .query_row(
                "SELECT count(*) FROM jobs WHERE rollout_id = ?1 AND state = ?2",
                [id, state],
                |row| row.get::<_, i64>(0),
            )
            .expect("jobs")
    };
    assert_eq!(jobs("a1", "sent"), 2);
    assert_eq!(jobs("w1", "pending"), 2, "w1 held by its window");
    assert_eq!(r.count("SELECT count(*) FROM jobs"), 4);
    assert_eq!(
        r.count("SELECT count(*) FROM jobs WHERE rollout_id = 'w1' AND (attempt <> 0 OR command_id IS NOT NULL)"),
        0
    );
    // One outbox row per attempt, each the job's current command, each sent once.
    assert_eq!(
        r.count("SELECT count(*) FROM outbox"),
        r.count("SELECT sum(attempt) FROM jobs")
    );
    assert_eq!(r.count("SELECT count(*) FROM outbox"), 2);
    assert_eq!(
        r.count(
            "SELECT count(*) FROM jobs j JOIN outbox o ON o.command_id = j.command_id \
             WHERE j.rollout_id = 'a1' AND j.attempt = 1 AND o.job_id = j.id AND o.state = 'sent'"
        ),
        2
    );
    assert_eq!(r.count("SELECT count(*) FROM dead_letters"), 0);
    assert_eq!(r.state("a1").0, "running");
    // Once the first is gone, the lock is free again, and an engine on Monday's
    // calendar dispatches w1.
    let (code, _, err) = r
        .env
        .run([
            "run",
            "--clock",
            "2026-11-23T03:00:00Z",
            "--max-duration",
            "1s",
        ])
        .parts();
    assert_eq!(code, 0, "{err}");
    assert_eq!(jobs("w1", "sent"), 2);
}

#[test]
fn silent_devices_time_out_and_the_missed_gate_pauses_the_rollout() {
    let m = Mosquitto::start();
    let r = Rig::new(m.port, 20);
    r.create("r1", &["--batches", "2,100%", "--device-timeout", "2s"]);
    let (code, _, err) = r
        .env
        .run([
            "rollout",
            "run",
            "r1",
            "--tick",
            "100ms",
            "--max-duration",
            "6s",
        ])
        .parts();
    // Paused is not an end: the run stops at its limit and says so.
    assert_eq!(code, 7, "{err}");
    assert_eq!(
        r.count("SELECT count(*) FROM jobs WHERE state = 'timed_out'"),
        2
    );
    assert_eq!(
        r.count("SELECT count(*) FROM jobs WHERE state = 'pending'"),
        18,
        "batch 1 never started"
    );
    let (state, reason) = r.state("r1");
    assert_eq!(state, "paused");
    assert!(
        reason
            .as_deref()
            .unwrap_or("")
            .contains("success threshold"),
        "{reason:?}"
    );
    assert_eq!(
        r.count(
            "SELECT count(*) FROM audit WHERE actor = 'otactl-engine' AND command = 'engine paused'"
        ),
        1
    );
    // Every command that went out reached the broker and is marked sent once.
    assert_eq!(
        r.count("SELECT count(*) FROM outbox WHERE state = 'sent'"),
        2
    );
}

#[test]
fn a_maintenance_window_under_a_simulated_calendar_holds_dispatch_until_it_opens() {
    let m = Mosquitto::start();
    let r = Rig::new(m.port, 10);
    r.create(
        "w1",
        &["--batches", "100%", "--window", "Mon-Fri 02:00-05:00 UTC"],
    );
    let queued = || r.count("SELECT count(*) FROM jobs WHERE state <> 'pending'");
    // 2026-11-23 is a Monday. Before the window, and on a Saturday at 03:00: nothing.
    for clock in ["2026-11-23T01:58:00Z", "2026-11-28T03:00:00Z"] {
        let (c, _, e) = r
            .env
            .run(["run", "--clock", clock, "--max-duration", "1s"])
            .parts();
        assert_eq!(c, 0, "{e}");
        assert_eq!(queued(), 0, "dispatched outside the window at {clock}");
    }
    // One simulated minute before it opens, at 120x: it opens after half a second.
    let (c, _, e) = r
        .env
        .run([
            "run",
            "--clock",
            "2026-11-23T01:59:00Zx120",
            "--tick",
            "50ms",
            "--max-duration",
            "2s",
        ])
        .parts();
    assert_eq!(c, 0, "{e}");
    assert_eq!(queued(), 10);
}

#[test]
fn kill_9_in_the_middle_of_a_dispatch_loses_nothing_and_sends_nothing_twice() {
    let m = Mosquitto::start();
    let n = 3000;
    let r = Rig::new(m.port, n);
    r.create("k1", &["--batches", "100%"]);
    let mut child = r
        .cmd(&["rollout", "run", "k1", "--tick", "20ms", "--chunk", "50"])
        .stderr(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
        .expect("spawn");
    // Kill it as soon as the first commands are committed, mid-dispatch.
    let end = Instant::now() + Duration::from_secs(30);
    while Instant::now() < end && r.count("SELECT count(*) FROM jobs WHERE state <> 'pending'") == 0
    {
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = child.kill();
    let _ = child.wait();
    let after_kill = r.count("SELECT count(*) FROM jobs WHERE state <> 'pending'");
    assert!(
        after_kill > 0 && after_kill < n as i64,
        "killed mid-dispatch: {after_kill} of {n} dispatched"
    );
    assert_eq!(after_kill % 50, 0, "whole transactions only");
    // Start again: it resumes and finishes the dispatch.
    let (c, _, e) = r
        .env
        .run([
            "rollout",
            "run",
            "k1",
            "--tick",
            "50ms",
            "--max-duration",
            "5s",
        ])
        .parts();
    assert_eq!(c, 7, "still running (no device answers): {e}");
    assert_eq!(
        r.count("SELECT count(*) FROM jobs WHERE state = 'sent'"),
        n as i64
    );
    // One command per job, each in the outbox once, each sent once.
    assert_eq!(r.count("SELECT count(*) FROM outbox"), n as i64);
    assert_eq!(
        r.count("SELECT count(DISTINCT job_id) FROM outbox WHERE state = 'sent'"),
        n as i64
    );
    assert_eq!(
        r.count("SELECT count(*) FROM jobs j JOIN outbox o ON o.command_id = j.command_id"),
        n as i64,
        "every job's current command is the one in the outbox"
    );
}
