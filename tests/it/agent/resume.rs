//! Kills: mid-download (the restarted agent resumes with a Range request and
//! fetches only the rest), mid-install (the hook runs again, one `done`), and twenty
//! at random moments of one update (one install, one final status).

use super::{Truck, exit_code, image, wait_for};
use std::process::Child;
use std::time::{Duration, Instant};

#[test]
fn an_agent_killed_mid_download_resumes_with_a_range_request() {
    let size = 2 * 1024 * 1024;
    let img = image(size);
    // 512 KiB/s: the download takes about 4 s, long enough to kill it a third in.
    let t = Truck::new(1, img.clone(), Some(512 * 1024));
    let out = t.rig.env.path("installed.bin");
    let hook = t.hook(
        "install.sh",
        &format!("cp \"$OTACTL_IMAGE\" {}", out.display()),
    );
    let mut first = t.agent("T0000", &hook, &[]);
    t.wait_connected("T0000", 1);
    t.rig.create("r1", &[]);
    let before = t.link.relayed();
    let mut engine = t.spawn_engine("r1");
    wait_for(
        "a third of the image relayed",
        Duration::from_secs(30),
        || t.link.relayed() - before >= size as u64 / 3,
    );
    first.kill().expect("SIGKILL");
    first.wait().expect("reaped");
    let part = t.rig.env.path("agent-T0000/T0000/image.part");
    let kept = std::fs::metadata(&part).map(|m| m.len()).unwrap_or(0);
    assert!(kept > 0 && kept < size as u64, "{kept} bytes kept");
    let mut second = t.agent("T0000", &hook, &[]);
    let end = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(s) = engine.try_wait().expect("engine") {
            break s;
        }
        assert!(Instant::now() < end, "the rollout did not end");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(status.code(), Some(0));
    assert!(std::fs::read(&out).expect("installed") == img);
    assert_eq!(
        t.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'"),
        1
    );
    // Stopped, the second agent prints its download counters: one GET, with a
    // Range, for fewer bytes than the file (the rest of it).
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &second.id().to_string()])
        .status();
    assert_eq!(exit_code(&mut second, Duration::from_secs(10)), Some(0));
    let log = std::fs::read_to_string(t.log_path("T0000")).expect("log");
    let line = log
        .lines()
        .rev()
        .find(|l| l.contains("downloads:"))
        .expect("the counters line");
    let fetched: u64 = line
        .rsplit_once("), ")
        .and_then(|(_, b)| b.strip_suffix(" bytes"))
        .and_then(|b| b.parse().ok())
        .unwrap_or_else(|| panic!("no byte count in {line:?}"));
    assert!(line.contains("1 requests (1 ranged)"), "{line}");
    assert!(fetched < size as u64, "{line}");
    assert!(fetched >= size as u64 - kept, "{line}: {kept} were kept");
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
        t.agent_cmd("T0000", &hook, &[])
            .process_group(0)
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
