//! `otactl demo --headless`: the README's first command, with nothing installed or
//! configured, runs a rollout to a successful end and cleans up after itself.

use crate::common::Env;
use serde_json::Value;

#[test]
fn the_headless_demo_with_200_trucks_ends_successfully() {
    let env = Env::new();
    // No store, broker or key configured: the demo brings its own.
    let (code, out, err) = env
        .run_with(|c| {
            c.env_remove("OTACTL_STORE")
                .env("TMPDIR", env.path(""))
                .args(["demo", "--headless", "--devices", "200", "-o", "json"])
        })
        .parts();
    assert_eq!(code, 0, "{err}");
    // NDJSON progress events, then the summary document.
    let start = out.rfind("\n{\n").map_or(0, |i| i + 1);
    let summary: Value =
        serde_json::from_str(&out[start..]).unwrap_or_else(|e| panic!("{e}: no summary in {out}"));
    assert!(
        out[..start]
            .lines()
            .all(|l| serde_json::from_str::<Value>(l).is_ok_and(|v| v["event"] == "progress")),
        "{out}"
    );
    assert_eq!(summary["state"], "completed", "{summary}");
    assert_eq!(summary["devices"], 200);
    let selected = summary["selected"].as_u64().expect("selected");
    let ok = summary["succeeded"].as_u64().expect("succeeded");
    assert!(
        selected > 150 && selected < 200,
        "only stm32f4 and esp32: {summary}"
    );
    assert!(ok * 10 >= selected * 8, "the 80% gates held: {summary}");
    assert_eq!(summary["open"], 0);
    // The setup steps were shown as the commands an operator would type.
    assert!(err.contains("$ otactl rollout create"), "{err}");
    // Without --keep, its temporary folder is gone.
    let left: Vec<_> = std::fs::read_dir(env.path(""))
        .expect("tmp")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("otactl-demo-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
