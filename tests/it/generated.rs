//! Completions and man pages are generated from the clap definition and committed;
//! this fails when they drift from the code (run `cargo run -- generate` to update).

use crate::common::{Env, arg};
use std::path::Path;

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| {
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        std::fs::read(e.path()).unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn completions_and_man_pages_match_the_code() {
    let env = Env::new();
    let out = env.path("gen");
    let (code, _, err) = env.run_dev(["generate", "--dir", arg(&out)]).parts();
    assert_eq!(code, 0, "{err}");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["completions", "man"] {
        let fresh = files(&out.join(sub));
        assert!(!fresh.is_empty());
        let committed = files(&root.join(sub));
        let names = |v: &[(String, Vec<u8>)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&fresh),
            names(&committed),
            "{sub}/ differs: run `cargo run -- generate`"
        );
        for ((name, a), (_, b)) in fresh.iter().zip(&committed) {
            assert!(a == b, "{sub}/{name} is stale: run `cargo run -- generate`");
        }
    }
    let names: Vec<String> = files(&out.join("completions"))
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    for expected in ["otactl.bash", "_otactl", "otactl.fish", "_otactl.ps1"] {
        assert!(
            names.iter().any(|n| n == expected),
            "missing {expected}: {names:?}"
        );
    }
}
