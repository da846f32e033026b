//! One identity per store: two stores on one broker with default settings each keep
//! their own session (and statuses); a path alias of a store finds its engine's lock.

use super::{Fleet, terminate, wait_exit, wait_until};
use crate::common::mosquitto::Mosquitto;
use crate::common::{Env, FleetSpec, arg};
use crate::engine::Rig;
use std::process::Stdio;
use std::time::Duration;

/// A rig whose devices are `PREFIX0000…`, on the broker at `port`, default settings.
fn rig(port: u16, prefix: &str, n: usize) -> Rig {
    let mut env = Env::new();
    env.add_env_var("OTACTL_BROKER", format!("mqtt://127.0.0.1:{port}"));
    env.add_env_var("OTACTL_ARTIFACT_URL", "http://127.0.0.1:9");
    let mut spec = FleetSpec::new(0);
    for i in 0..n {
        spec.fleet_csv
            .push_str(&format!("{prefix}{i:04},stm32f4,,1.0.0,1\n"));
    }
    let fixture = env.signed_fleet_with(spec);
    Rig { env, fixture }
}

#[test]
fn two_stores_on_one_broker_with_default_settings_each_record_their_own_devices() {
    let n = 5;
    let m = Mosquitto::start();
    let (a, b) = (rig(m.port, "A", n), rig(m.port, "B", n));
    let mut fleet = Fleet::connect(m.port);
    let mut engines = Vec::new();
    for r in [&a, &b] {
        r.create("r1", &["--batches", "100%", "--device-timeout", "10m"]);
        engines.push(
            r.cmd(&["rollout", "run", "r1", "--tick", "100ms"])
                .stderr(Stdio::piped())
                .spawn()
                .map(super::Running::new)
                .expect("spawn"),
        );
    }
    let cmds = fleet.commands(2 * n, Duration::from_secs(30));
    fleet.all_done(&cmds);
    for (r, e) in [&a, &b].into_iter().zip(engines) {
        let out = wait_exit(e, Duration::from_secs(60));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{err}");
        assert_eq!(
            r.count("SELECT count(*) FROM jobs WHERE state = 'succeeded'"),
            n as i64,
            "{err}"
        );
        assert_eq!(r.state("r1").0, "completed");
    }
}

#[test]
fn an_engine_on_a_symlinked_path_to_a_store_whose_engine_runs_exits_8() {
    let m = Mosquitto::start();
    let r = Rig::new(m.port, 2);
    let first = r
        .cmd(&["run", "--tick", "100ms"])
        .stderr(Stdio::piped())
        .spawn()
        .map(super::Running::new)
        .expect("spawn");
    let lock = r.env.path("data/store.db.engine.lock");
    assert!(wait_until(Duration::from_secs(10), || {
        std::fs::read_to_string(&lock).is_ok_and(|s| !s.trim().is_empty())
    }));
    let alias = r.env.path("alias.db");
    std::os::unix::fs::symlink(r.env.store(), &alias).expect("symlink");
    let (code, _, err) = r
        .env
        .run(["--store", arg(&alias), "run", "--max-duration", "1s"])
        .parts();
    terminate(first);
    assert_eq!(code, 8, "{err}");
    assert!(err.contains("another engine is running"), "{err}");
}
