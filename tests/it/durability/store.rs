//! The store between a device's word and its acknowledgement: locked by another
//! connection past the busy timeout, out of space, and synced before any PUBACK.

use super::{Fleet, wait_exit, wait_until};
use crate::common::mosquitto::Mosquitto;
use crate::common::{Env, arg};
use crate::engine::Rig;
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

fn succeeded(r: &Rig) -> i64 {
    r.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'")
}

#[test]
fn dones_that_arrive_while_another_connection_holds_the_lock_are_all_recorded_after() {
    // More devices than Mosquitto's default 20 messages in flight: had a failed commit
    // left them unacknowledged, delivery to the engine would stop for good.
    let n = 30;
    let (_broker, r, mut fleet) = super::site(n, "10m");
    let engine = r
        .cmd(&["rollout", "run", "r1", "--tick", "100ms"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map(super::Running::new)
        .expect("spawn");
    let cmds = fleet.commands(n, Duration::from_secs(30));
    assert!(wait_until(Duration::from_secs(10), || {
        r.count("SELECT count(*) FROM jobs WHERE state = 'sent'") == n as i64
    }));
    // Another connection takes the write lock and keeps it past the engine's 10 s
    // busy timeout, while every device reports done.
    let holder = r.db();
    holder
        .busy_timeout(Duration::from_secs(10))
        .expect("busy timeout");
    holder.execute_batch("BEGIN IMMEDIATE").expect("lock");
    fleet.all_done(&cmds);
    std::thread::sleep(Duration::from_secs(13));
    assert_eq!(succeeded(&r), 0, "written through another's lock?");
    holder.execute_batch("COMMIT").expect("release");
    // The same engine, never restarted, records every one and ends the rollout.
    let out = wait_exit(engine, Duration::from_secs(60));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(succeeded(&r), n as i64, "{err}");
    assert_eq!(r.state("r1").0, "completed");
    assert!(
        err.contains("store unavailable") && err.contains("available again"),
        "the wait is said out loud: {err}"
    );
    assert_eq!(r.count("SELECT count(*) FROM dead_letters"), 0);
}

/// A tmpfs of `size` on a fresh directory, unmounted on drop; None without mount rights.
struct Tmpfs(tempfile::TempDir);

impl Tmpfs {
    fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().ok()?;
        let ok = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0700"),
                "tmpfs",
            ])
            .arg(dir.path())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(Tmpfs(dir))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0.path()).status();
    }
}

/// Fills the file system of `path` to the last byte.
fn fill(path: &std::path::Path) {
    let mut f = std::fs::File::create(path).expect("filler");
    let chunk = vec![0u8; 4096];
    while f.write_all(&chunk).is_ok() {}
    let _ = f.write_all(&[0]);
    let _ = f.sync_all();
}

#[test]
fn a_full_disk_stops_the_engine_with_exit_8_and_a_restart_records_every_status() {
    let Some(disk) = Tmpfs::mount("4m") else {
        eprintln!("skipped: cannot mount a tmpfs here (not root)");
        return;
    };
    let n = 25;
    let m = Mosquitto::start();
    let mut env = Env::new();
    env.add_env_var("OTACTL_STORE", disk.0.path().join("store.db"));
    env.add_env_var("OTACTL_BROKER", format!("mqtt://127.0.0.1:{}", m.port));
    env.add_env_var("OTACTL_ARTIFACT_URL", "http://127.0.0.1:9");
    let fixture = env.signed_fleet(n);
    let r = Rig { env, fixture };
    let store = disk.0.path().join("store.db");
    let count = |sql: &str| -> i64 {
        otactl_store::rusqlite::Connection::open(&store)
            .and_then(|c| c.query_row(sql, [], |row| row.get(0)))
            .expect(sql)
    };
    r.create("r1", &["--batches", "100%", "--device-timeout", "10m"]);
    let mut fleet = Fleet::connect(m.port);
    let engine = r
        .cmd(&["rollout", "run", "r1", "--tick", "100ms"])
        .stderr(Stdio::piped())
        .spawn()
        .map(super::Running::new)
        .expect("spawn");
    let cmds = fleet.commands(n, Duration::from_secs(30));
    assert!(wait_until(Duration::from_secs(10), || {
        count("SELECT count(*) FROM jobs WHERE state = 'sent'") == n as i64
    }));
    let filler = disk.0.path().join("filler");
    fill(&filler);
    fleet.all_done(&cmds);
    // It cannot write them: it ends, loudly, with the store's exit code, rather than
    // run deaf; nothing it could not write was acknowledged.
    let out = wait_exit(engine, Duration::from_secs(60));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(8), "{err}");
    assert!(err.contains("error: store unavailable"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    // Space again, and a restart: the broker delivers what was never acknowledged.
    std::fs::remove_file(&filler).expect("free the disk");
    let (code, _, err) = r
        .env
        .run(["rollout", "run", "r1", "--tick", "100ms"])
        .parts();
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        count("SELECT count(*) FROM jobs WHERE state = 'succeeded'"),
        n as i64,
        "{err}"
    );
    let check: String = otactl_store::rusqlite::Connection::open(&store)
        .and_then(|c| c.query_row("PRAGMA integrity_check", [], |row| row.get(0)))
        .expect("integrity_check");
    assert_eq!(check, "ok");
}

/// What strace says the engine did, in order: WAL writes, WAL syncs, PUBACK writes.
#[derive(Debug, Default)]
struct Syscalls {
    pubacks: usize,
    wal_syncs: usize,
    /// PUBACK writes that came while a WAL write was not yet synced.
    early: Vec<String>,
}

/// Reads `strace -f -yy -x` output. A PUBACK (a socket write whose bytes start with
/// 0x40 0x02) must come after an fsync/fdatasync of the WAL that finished after the
/// last WAL write before it.
fn read_strace(log: &str) -> Syscalls {
    let mut s = Syscalls::default();
    let mut dirty = false;
    // Per thread: a sync of the WAL that started and has not finished yet.
    let mut syncing: std::collections::HashMap<String, bool> = Default::default();
    for line in log.lines() {
        let (pid, rest) = line.split_once(' ').unwrap_or(("", line));
        let rest = rest.trim_start();
        let is_sync = |t: &str| t.starts_with("fsync(") || t.starts_with("fdatasync(");
        if let Some(resumed) = rest.strip_prefix("<... ") {
            if (resumed.starts_with("fsync resumed") || resumed.starts_with("fdatasync resumed"))
                && syncing.remove(pid).unwrap_or(false)
                && resumed.contains("= 0")
            {
                dirty = false;
                s.wal_syncs += 1;
            }
            continue;
        }
        let on_wal = rest.contains("-wal>");
        if is_sync(rest) {
            if rest.contains("<unfinished") {
                syncing.insert(pid.to_string(), on_wal);
            } else if on_wal && rest.contains("= 0") {
                dirty = false;
                s.wal_syncs += 1;
            }
            continue;
        }
        let is_write = ["write(", "pwrite64(", "writev(", "sendto(", "sendmsg("]
            .iter()
            .any(|w| rest.starts_with(w));
        if !is_write {
            continue;
        }
        if on_wal {
            dirty = true;
        } else if (rest.contains("TCP:") || rest.contains("socket:"))
            && rest.contains("\"\\x40\\x02")
        {
            s.pubacks += 1;
            if dirty {
                s.early.push(line.to_string());
            }
        }
    }
    s
}

#[test]
fn no_puback_of_a_status_is_written_before_the_fsync_of_its_commit() {
    let have = Command::new("strace").arg("-V").output();
    assert!(
        have.is_ok_and(|o| o.status.success()),
        "strace is missing: apt-get install strace (.ci/run does)"
    );
    let m = Mosquitto::start();
    let mut env = Env::new();
    env.add_env_var("OTACTL_BROKER", format!("mqtt://127.0.0.1:{}", m.port));
    // A key to sign with, and a store that exists before strace starts.
    env.generate_key();
    env.run(["fleet", "list"]).success();
    let log = env.path("strace.log");
    let log_arg = arg(&log).to_string();
    let engine = env
        .std_cmd_under(
            "strace",
            &[
                "-f",
                "-yy",
                "-x",
                "-s",
                "64",
                "-qq",
                "-o",
                &log_arg,
                "-e",
                "trace=write,pwrite64,writev,sendto,sendmsg,fsync,fdatasync",
            ],
        )
        .args(["run", "--tick", "100ms"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map(super::Running::new)
        .expect("spawn strace");
    let fleet = Fleet::connect(m.port);
    let db = otactl_store::rusqlite::Connection::open(env.store()).expect("store");
    let recorded = || -> i64 {
        db.query_row("SELECT count(*) FROM status_events", [], |r| r.get(0))
            .unwrap_or(0)
    };
    // Until the engine has subscribed, statuses go nowhere: probe until one lands.
    let probe = |k: u32| super::Cmd {
        device: "PROBE".into(),
        job: format!("probe-{k}"),
        command: "p".into(),
    };
    let mut k = 0;
    while !wait_until(Duration::from_secs(1), || recorded() > 0) {
        assert!(k < 30, "the engine never subscribed");
        fleet.status(&probe(k), "accepted", None, None);
        k += 1;
    }
    std::thread::sleep(Duration::from_millis(1500));
    let base = recorded();
    // One status at a time: each is recorded, synced and acknowledged before the next
    // goes, so every WAL write before a PUBACK belongs to a status already in flight.
    let n: i64 = 12;
    for i in 0..n {
        let c = super::Cmd {
            device: format!("D{i:03}"),
            job: format!("no-such-job-{i}"),
            command: format!("c{i}"),
        };
        fleet.status(&c, "downloading", Some(10), None);
        assert!(
            wait_until(Duration::from_secs(20), || recorded() > base + i),
            "status {i} was not recorded"
        );
        std::thread::sleep(Duration::from_millis(300));
    }
    // SIGTERM to the engine strace runs (strace itself would only let go of it).
    let pid = engine.id();
    let children =
        std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
    for child in children.split_whitespace() {
        let _ = Command::new("kill").args(["-TERM", child]).status();
    }
    let out = wait_exit(engine, Duration::from_secs(20));
    let text = std::fs::read_to_string(&log).expect("strace log");
    let s = read_strace(&text);
    assert!(
        s.pubacks >= n as usize,
        "saw {} PUBACK writes for {n} statuses: {}",
        s.pubacks,
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(s.wal_syncs >= n as usize, "{s:?}");
    assert!(
        s.early.is_empty(),
        "PUBACKs written before the WAL was synced: {:#?}",
        s.early
    );
    // Every one reached the store (dead-lettered: no such job), none was dropped.
    assert_eq!(recorded(), base + n);
}

#[test]
fn the_strace_reader_catches_a_puback_before_the_sync() {
    let wal = "5</s/store.db-wal>";
    let sock = "9<TCP:[127.0.0.1:5->127.0.0.1:1883]>";
    let good = format!(
        "1 pwrite64({wal}, \"\\x37\", 1, 0) = 1\n\
         1 fsync({wal}) = 0\n\
         2 writev({sock}, [{{iov_base=\"\\x40\\x02\\x00\\x01\", iov_len=4}}], 1) = 4\n"
    );
    let s = read_strace(&good);
    assert_eq!((s.pubacks, s.wal_syncs, s.early.len()), (1, 1, 0));
    let bad = format!(
        "1 pwrite64({wal}, \"\\x37\", 1, 0) = 1\n\
         1 fdatasync({wal} <unfinished ...>\n\
         2 sendto({sock}, \"\\x40\\x02\\x00\\x01\", 4, MSG_NOSIGNAL, NULL, 0) = 4\n\
         1 <... fdatasync resumed>) = 0\n"
    );
    let s = read_strace(&bad);
    assert_eq!((s.pubacks, s.early.len()), (1, 1));
    let unsynced = format!(
        "1 pwrite64({wal}, \"\\x37\", 1, 0) = 1\n\
         2 write({sock}, \"\\x40\\x02\\x00\\x01\", 4) = 4\n"
    );
    assert_eq!(read_strace(&unsynced).early.len(), 1);
}
