//! A store on a read-only or full disk (issue #10): a write command exits 8 with one
//! `error: store unavailable` line and a hint, and the store is left as it was
//! (unchanged bytes on a read-only disk; `integrity_check` ok and no partial import on
//! a full one). Real file systems: a small tmpfs when we may mount (CI runs as root),
//! else file modes; the full-disk case without mount rights is covered by the unit
//! test `error::tests::sqlite_full_is_store_unavailable` instead.

use crate::common::{Env, fleet_csv};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A tmpfs of `size` mounted on a fresh directory, unmounted on drop.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// None when this process may not mount (not root, or no CAP_SYS_ADMIN).
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
            .stderr(std::process::Stdio::null())
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        ok.then_some(Tmpfs { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount_read_only(&self) {
        let ok = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(self.path())
            .status()
            .expect("mount")
            .success();
        assert!(ok, "remount read-only");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.path()).status();
    }
}

fn assert_store_unavailable(code: i32, err: &str) {
    assert_eq!(code, 8, "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines
            .first()
            .is_some_and(|l| l.starts_with("error: store unavailable")),
        "{err}"
    );
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("error:")).count(),
        1,
        "{err}"
    );
    assert!(
        lines.iter().any(|l| l.trim_start().starts_with("hint:")),
        "{err}"
    );
}

fn files_of(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_file())
        .map(|p| {
            let b = std::fs::read(&p).expect("read");
            (p, b)
        })
        .collect();
    v.sort();
    v
}

#[test]
fn a_store_on_a_read_only_disk_exits_8_and_is_left_unchanged() {
    let mut env = Env::new();
    let csv = env.write("a.csv", fleet_csv(5));
    let more = env.write("b.csv", "id,hw\nNEW-1,esp32\n");
    let mnt = Tmpfs::mount("8m");
    let dir = match &mnt {
        Some(m) => m.path().join("data"),
        None => env.path("ro-data"),
    };
    let store = dir.join("store.db");
    env.add_env_var("OTACTL_STORE", &store);
    let (code, _, err) = env
        .run(["fleet", "import", csv.to_str().expect("p")])
        .parts();
    assert_eq!(code, 0, "{err}");
    match &mnt {
        Some(m) => m.remount_read_only(),
        None => {
            // Without mount rights: read-only modes (root would ignore them).
            std::fs::set_permissions(&store, std::fs::Permissions::from_mode(0o400))
                .expect("chmod");
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o500)).expect("chmod");
        }
    }
    let before = files_of(&dir);
    let (code, out, err) = env
        .run(["fleet", "import", more.to_str().expect("p")])
        .parts();
    assert_store_unavailable(code, &err);
    assert!(out.is_empty(), "{out}");
    let (code, _, err) = env
        .run(["-o", "json", "fleet", "import", more.to_str().expect("p")])
        .parts();
    assert_eq!(code, 8, "{err}");
    let v: serde_json::Value = serde_json::from_str(err.trim()).expect("JSON error");
    assert_eq!(v["error"]["kind"], "store_unavailable", "{err}");
    assert_eq!(files_of(&dir), before, "the read-only store changed");
    if mnt.is_none() {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    }
}

#[test]
fn a_store_on_a_full_disk_exits_8_and_stays_intact() {
    let Some(mnt) = Tmpfs::mount("1m") else {
        eprintln!(
            "skipped: cannot mount a tmpfs here (not root); the unit test \
             error::tests::sqlite_full_is_store_unavailable covers SQLITE_FULL"
        );
        return;
    };
    let mut env = Env::new();
    let store = mnt.path().join("store.db");
    env.add_env_var("OTACTL_STORE", &store);
    let first = env.write("a.csv", fleet_csv(100));
    let (code, _, err) = env
        .run(["fleet", "import", first.to_str().expect("p")])
        .parts();
    assert_eq!(code, 0, "{err}");
    // Fill what is left of the disk.
    let filler = mnt.path().join("filler");
    {
        use std::io::Write;
        let mut f = std::fs::File::create(&filler).expect("filler");
        let block = vec![0u8; 4096];
        while f.write_all(&block).is_ok() {}
        let _ = f.sync_all();
    }
    // 20k devices need far more than the few bytes that are left.
    let big = env.write("b.csv", fleet_csv(20_000).replace("TRUCK-", "BIG-"));
    let (code, out, err) = env
        .run(["fleet", "import", big.to_str().expect("p")])
        .parts();
    assert_store_unavailable(code, &err);
    assert!(out.is_empty(), "{out}");
    // Space again: the store is intact and holds exactly the first import.
    std::fs::remove_file(&filler).expect("rm filler");
    let conn = otactl_store::open(&store).expect("reopen");
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity_check");
    assert_eq!(ok, "ok");
    let n: i64 = conn
        .query_row("SELECT count(*) FROM devices", [], |r| r.get(0))
        .expect("count");
    assert_eq!(n, 100, "a partial import reached the store");
    drop(conn);
    // And it works again.
    let (code, _, err) = env.run(["fleet", "list"]).parts();
    assert_eq!(code, 0, "{err}");
}
