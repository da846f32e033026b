//! STYLE.md's dependency rules, checked by reading the files: nothing below the
//! commands names them (or the clap layer), no SQL driver outside the store crate,
//! and the committed completions offer no hidden command. Each failure lists every
//! offending file and line.

mod completions;
mod scan;
mod selftest;

use clap::CommandFactory;
use scan::{code_only, line_of, word_at};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).unwrap_or(p).display().to_string()
}

/// The files that may name `crate::commands` and `crate::cli`: the commands
/// themselves, the clap definition and the crate root that wires them.
fn may_name_commands(src: &Path, f: &Path) -> bool {
    let r = f.strip_prefix(src).expect("under src");
    r.starts_with("commands") || r == Path::new("cli.rs") || r == Path::new("lib.rs")
}

/// How many `super::` take code in `f` (outside inline modules) to the crate root.
fn depth(src: &Path, f: &Path) -> usize {
    let r = f.strip_prefix(src).expect("under src");
    let n = r.components().count();
    match r.file_stem().and_then(|s| s.to_str()) {
        Some("mod") => n - 1,
        Some("lib" | "main") if n == 1 => 0,
        _ => n,
    }
}

/// Each `crate::commands`, `crate::cli`, `crate::{…, commands, …}` and
/// `super::…::commands` (as many `super` as reach the root) under `src`, as file:line.
fn reverse_dependencies(src: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for f in scan::rust_files(src) {
        if may_name_commands(src, &f) {
            continue;
        }
        let text = std::fs::read_to_string(&f).expect("read");
        let code = code_only(&text);
        let modules = scan::inline_modules(&code);
        let mut roots: Vec<usize> = word_at(&code, "crate")
            .into_iter()
            .filter_map(|at| scan::path_sep_after(&code, at + "crate".len()))
            .collect();
        // super::super::… : the root once the count of supers matches the depth.
        for at in word_at(&code, "super") {
            let before = code[..at].trim_end();
            if before.ends_with("::") {
                continue; // not the first of a chain
            }
            let nested = modules.iter().filter(|(a, b)| *a < at && at < *b).count();
            let (mut n, mut i) = (0, at);
            while let Some((w, after)) = scan::ident_after(&code, i) {
                if w != "super" {
                    break;
                }
                n += 1;
                match scan::path_sep_after(&code, after) {
                    Some(next) => i = next,
                    None => break,
                }
            }
            if n > 0 && n == depth(src, &f) + nested {
                roots.push(i);
            }
        }
        for at in roots {
            for (name, pos) in named_from_root(&code, at) {
                found.push(format!(
                    "{}:{} names crate::{name}",
                    rel(&f),
                    line_of(&code, pos)
                ));
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// `commands` or `cli` right after a path to the crate root at `at`: directly, or as
/// a first segment inside a `{…}` group.
fn named_from_root(code: &str, at: usize) -> Vec<(&'static str, usize)> {
    let is_layer = |w: &str| ["commands", "cli"].into_iter().find(|n| *n == w);
    let start = at + (code[at..].len() - code[at..].trim_start().len());
    if code[start..].starts_with('{') {
        let end = scan::matching_brace(code, start);
        let group = &code[start..end];
        return ["commands", "cli"]
            .into_iter()
            .flat_map(|n| word_at(group, n).into_iter().map(move |p| (n, p)))
            .filter(|&(_, p)| {
                let before = group[..p].trim_end();
                before.ends_with('{') || before.ends_with(',')
            })
            .map(|(n, p)| (n, start + p))
            .collect();
    }
    match scan::ident_after(code, at) {
        Some((w, end)) => is_layer(w)
            .map(|n| (n, end - w.len()))
            .into_iter()
            .collect(),
        None => Vec::new(),
    }
}

#[test]
fn only_commands_cli_and_lib_name_the_commands_or_the_cli() {
    let found = reverse_dependencies(&root().join("src"));
    assert!(
        found.is_empty(),
        "dependencies run cli → commands → the rest, never back up; these name \
         the commands or the cli layer:\n{}",
        found.join("\n")
    );
}

/// Each production line under `src` that names `rusqlite`, as file:line.
fn rusqlite_users(src: &Path) -> Vec<String> {
    let files = scan::rust_files(src);
    let test_only = scan::test_only_files(&files);
    let mut found = Vec::new();
    for f in files.iter().filter(|f| !test_only.contains(*f)) {
        let text = std::fs::read_to_string(f).expect("read");
        let code = code_only(&text);
        let tests = scan::cfg_test_items(f, &text, &code);
        let lines: BTreeSet<usize> = word_at(&code, "rusqlite")
            .into_iter()
            .filter(|&at| !tests.iter().any(|t| t.span.0 <= at && at < t.span.1))
            .map(|at| line_of(&code, at))
            .collect();
        for l in lines {
            let shown = text.lines().nth(l - 1).unwrap_or("").trim();
            found.push(format!("{}:{l}: {shown}", rel(f)));
        }
    }
    found
}

#[test]
fn no_production_code_of_the_binary_names_rusqlite() {
    let found = rusqlite_users(&root().join("src"));
    assert!(
        found.is_empty(),
        "every SQL statement lives in local-store/; the binary asks it by name. \
         These production lines name rusqlite:\n{}",
        found.join("\n")
    );
}

/// Every command path of `cmd` (root first), split into hidden and visible.
fn command_paths(cmd: &clap::Command) -> (BTreeSet<Vec<String>>, BTreeSet<Vec<String>>) {
    fn walk(
        c: &clap::Command,
        path: &mut Vec<String>,
        hidden_above: bool,
        out: &mut (BTreeSet<Vec<String>>, BTreeSet<Vec<String>>),
    ) {
        for s in c.get_subcommands() {
            path.push(s.get_name().to_string());
            let hidden = hidden_above || s.is_hide_set();
            if hidden { &mut out.0 } else { &mut out.1 }.insert(path.clone());
            walk(s, path, hidden, out);
            path.pop();
        }
    }
    let mut out = Default::default();
    walk(cmd, &mut vec![cmd.get_name().to_string()], false, &mut out);
    out
}

#[test]
fn the_completions_offer_no_hidden_command() {
    let (hidden, visible) = command_paths(&otactl::cli::Cli::command());
    let dir = root().join("completions");
    let found = completions::hidden_offered(&dir, &hidden, &visible);
    assert!(
        found.is_empty(),
        "hidden commands are not for users to find; these completion lines offer one:\n{}",
        found.join("\n")
    );
}
