//! The architecture checks on small trees whose offences are known: each is found
//! (and nothing else), and a tree without them passes; so the checks can fail and
//! can pass.

use super::{command_paths, completions, reverse_dependencies, rusqlite_users};
use clap::CommandFactory;
use std::path::Path;

fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in files {
        let p = dir.path().join(name);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
    dir
}

/// The offences' file:line, with the root and the messages' tails dropped.
fn places(found: &[String], root: &Path) -> Vec<String> {
    let root = root.display().to_string();
    found
        .iter()
        .map(|f| {
            let f = f.strip_prefix(&root).unwrap_or(f).trim_start_matches('/');
            let mut parts = f.splitn(3, [':', ' ']);
            format!(
                "{}:{}",
                parts.next().unwrap_or(""),
                parts.next().unwrap_or("")
            )
        })
        .collect()
}

const ENGINE: &str = r#"//! crate::commands in a comment is no dependency.
use crate::{domain::x, commands::Ctx};
use crate::client::Thing;
const S: &str = "crate::cli";
fn f() { let c = crate::commands::actor(); }
mod inner {
    use super::super::commands::x;
    use super::commands::y;
}
"#;

#[test]
fn reverse_dependencies_are_found_where_they_are_and_nowhere_else() {
    let dirty = tree(&[
        (
            "src/lib.rs",
            "use crate::commands::Ctx;\nuse crate::cli::Cli;\n",
        ),
        ("src/cli.rs", "use crate::commands;\n"),
        ("src/commands/mod.rs", "use crate::cli::GlobalArgs;\n"),
        ("src/engine/mod.rs", ENGINE),
        (
            "src/tui/view.rs",
            "use super::super::cli::Cli;\nuse super::cli_like;\n",
        ),
        (
            "src/config.rs",
            "use crate :: {\n    cli::GlobalArgs,\n};\n",
        ),
    ]);
    let src = dirty.path().join("src");
    assert_eq!(
        places(&reverse_dependencies(&src), dirty.path()),
        [
            "src/config.rs:2",
            "src/engine/mod.rs:2",
            "src/engine/mod.rs:5",
            "src/engine/mod.rs:7",
            "src/tui/view.rs:1",
        ]
    );
    let clean = tree(&[
        ("src/lib.rs", "use crate::commands::Ctx;\n"),
        (
            "src/engine/mod.rs",
            "use crate::{domain::x, client::y};\n// crate::cli\n",
        ),
        ("src/tui/view.rs", "use super::super::engine::Run;\n"),
    ]);
    assert_eq!(
        reverse_dependencies(&clean.path().join("src")),
        Vec::<String>::new()
    );
}

const STORE_USER: &str = r#"use rusqlite::Connection; // production
// rusqlite in a comment, and in a string:
const S: &str = "rusqlite";
#[cfg(test)]
mod tests {
    use rusqlite::params;
    fn g() { let c = '}'; }
}
#[cfg(test)]
#[path = "a_tests.rs"]
mod more;
#[cfg(test)]
fn helper(c: &rusqlite::Connection) {}
pub fn after(c: &otactl_store::rusqlite::Connection) {}
"#;

#[test]
fn rusqlite_in_production_code_is_found_and_in_test_code_is_not() {
    let dirty = tree(&[
        ("src/a.rs", STORE_USER),
        ("src/a_tests.rs", "use rusqlite::Connection;\n"),
        ("src/b/mod.rs", "#[cfg(test)]\nmod tests;\n"),
        ("src/b/tests.rs", "use rusqlite::Connection;\n"),
    ]);
    assert_eq!(
        places(&rusqlite_users(&dirty.path().join("src")), dirty.path()),
        ["src/a.rs:1", "src/a.rs:14"]
    );
    let clean = tree(&[
        (
            "src/a.rs",
            "use otactl_store::devices;\n#[cfg(test)]\nmod t { use rusqlite::X; }\n",
        ),
        ("src/b/mod.rs", "#[cfg(test)]\nmod tests;\n"),
        ("src/b/tests.rs", "use rusqlite::Connection;\n"),
    ]);
    assert_eq!(
        rusqlite_users(&clean.path().join("src")),
        Vec::<String>::new()
    );
}

/// The real CLI with its hidden subcommands left out, as `generate` should write it.
fn without_hidden(cmd: &clap::Command) -> clap::Command {
    let subs: Vec<clap::Command> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .cloned()
        .collect();
    clap::Command::new("otactl")
        .args(cmd.get_arguments().cloned())
        .subcommands(subs)
}

#[test]
fn completions_are_read_per_shell_and_pass_once_the_hidden_commands_are_left_out() {
    // The real CLI with the two hidden commands it once had (`generate` beside
    // `keys generate`, and `mqtt-bench` with verbs of its own).
    let cli = otactl::cli::Cli::command()
        .subcommand(clap::Command::new("generate").hide(true))
        .subcommand(
            clap::Command::new("mqtt-bench")
                .hide(true)
                .subcommand(clap::Command::new("dispatch"))
                .subcommand(clap::Command::new("ingest")),
        );
    let (hidden, visible) = command_paths(&cli);
    assert!(hidden.contains(&vec!["otactl".to_string(), "generate".to_string()]));
    assert!(visible.contains(["otactl", "keys", "generate"].map(String::from).as_slice()));
    let shells = [
        clap_complete::Shell::Bash,
        clap_complete::Shell::Zsh,
        clap_complete::Shell::Fish,
        clap_complete::Shell::PowerShell,
        clap_complete::Shell::Elvish,
    ];
    let generate = |mut cmd: clap::Command| {
        let dir = tempfile::tempdir().expect("tempdir");
        for shell in shells {
            clap_complete::generate_to(shell, &mut cmd, "otactl", dir.path()).expect("generate");
        }
        dir
    };
    // With them: every shell's file offers `generate` and `mqtt-bench` and all below.
    let with = generate(cli.clone());
    let found = completions::hidden_offered(with.path(), &hidden, &visible);
    for file in [
        "otactl.bash",
        "_otactl",
        "otactl.fish",
        "_otactl.ps1",
        "otactl.elv",
    ] {
        for cmd in [
            "otactl generate",
            "otactl mqtt-bench dispatch",
            "otactl help generate",
        ] {
            assert!(
                found
                    .iter()
                    .any(|f| f.contains(&format!("/{file}:")) && f.ends_with(&format!("`{cmd}`"))),
                "{file} offers `{cmd}`, unseen: {found:#?}"
            );
        }
    }
    assert!(
        !found.iter().any(|f| f.contains("format changed")),
        "{found:#?}"
    );
    // Without them, nothing is found (and every visible command still is).
    let without = generate(without_hidden(&cli));
    assert_eq!(
        completions::hidden_offered(without.path(), &hidden, &visible),
        Vec::<String>::new()
    );
}
