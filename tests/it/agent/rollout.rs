//! A batched rollout on three agent processes, an install hook that fails, one
//! gateway agent with a component behind it, and the agent's own settings.

use super::{ABORT_ON_ONE, Truck, image, wait_for};
use crate::common::Env;
use std::process::Stdio;
use std::time::Duration;

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
    t.rig.create("r1", &ABORT_ON_ONE);
    let (code, err) = t.run("r1");
    assert_eq!(code, 6, "{err}");
    let (c, m) = t.error_status();
    assert_eq!(c, "install_failed");
    assert_eq!(m, "exit 3: flash write failed at 0x08040000");
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
    let unit = include_str!("../../../src/agent/otactl-agent.service");
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
