//! Which commands a generated completion file offers, read per shell from the places
//! clap_complete writes command names (not from every word, so `keys generate` is not
//! mistaken for the hidden top-level `generate`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type CmdPath = Vec<String>;

fn is_name(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

fn split(s: &str, sep: &str) -> CmdPath {
    s.split(sep).map(str::to_owned).collect()
}

fn child(scope: &[String], name: &str) -> CmdPath {
    let mut p = scope.to_vec();
    p.push(name.to_owned());
    p
}

/// A bash command id (`otactl__subcmd__mqtt__subcmd__bench`: clap_complete writes
/// both `-` and the path separator as `__subcmd__`) read back with the known names.
fn bash_path(id: &str, names: &BTreeSet<String>) -> CmdPath {
    let tokens: Vec<&str> = id.split("__subcmd__").collect();
    let mut path = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let k = (1..=tokens.len() - i)
            .rev()
            .find(|&k| names.contains(&tokens[i..i + k].join("-")))
            .unwrap_or(1);
        path.push(tokens[i..i + k].join("-"));
        i += k;
    }
    path
}

/// bash: `case` labels `otactl__subcmd__keys)` and `otactl__subcmd__keys,generate)`,
/// `cmd="…"`, and the words of `opts="…"` under a label.
fn bash(text: &str, bin: &str, names: &BTreeSet<String>) -> Vec<(usize, CmdPath)> {
    let mut out = Vec::new();
    let mut scope: CmdPath = vec![bin.into()];
    for (n, line) in text.lines().enumerate() {
        let t = line.trim();
        if let Some(label) = t.strip_suffix(')').filter(|l| l.starts_with(bin)) {
            let (parent, name) = label.split_once(',').unwrap_or((label, ""));
            if parent.chars().all(is_name) && name.chars().all(is_name) {
                let p = bash_path(parent, names);
                if name.is_empty() {
                    scope = p.clone();
                    out.push((n + 1, p));
                } else {
                    out.push((n + 1, child(&p, name)));
                }
            }
        } else if let Some(c) = t.strip_prefix("cmd=\"").and_then(|r| r.strip_suffix('"')) {
            out.push((n + 1, bash_path(c, names)));
        } else if let Some(o) = t.strip_prefix("opts=\"").and_then(|r| r.strip_suffix('"')) {
            for w in o.split_whitespace().filter(|w| !w.starts_with('-')) {
                out.push((n + 1, child(&scope, w)));
            }
        }
    }
    out
}

/// zsh: functions `_otactl__subcmd__keys_commands` (named anywhere) and the
/// `'name:description'` entries of each such function.
fn zsh(text: &str, bin: &str) -> Vec<(usize, CmdPath)> {
    let mut out = Vec::new();
    let mut scope: Option<CmdPath> = None;
    let prefix = format!("_{bin}");
    for (n, line) in text.lines().enumerate() {
        for (at, _) in line.match_indices(&prefix) {
            let name: String = line[at + 1..].chars().take_while(|&c| is_name(c)).collect();
            let Some(path) = name.strip_suffix("_commands") else {
                continue;
            };
            let p = split(path, "__subcmd__");
            if line.trim_end().ends_with("() {") && line.starts_with(&prefix) {
                scope = Some(p.clone());
            }
            out.push((n + 1, p));
        }
        if line.starts_with('}') {
            scope = None;
        } else if let (Some(s), Some(entry)) = (&scope, line.strip_prefix('\'')) {
            let name: String = entry.chars().take_while(|&c| is_name(c)).collect();
            if !name.is_empty() && entry[name.len()..].starts_with(':') {
                out.push((n + 1, child(s, &name)));
            }
        }
    }
    out
}

/// fish: the condition of each `complete` line is a command (`needs_command` the
/// root, `using_subcommand X; and __fish_seen_subcommand_from Y` X Y), and
/// `-f -a "name"` right after it offers a subcommand.
fn fish(text: &str, bin: &str) -> Vec<(usize, CmdPath)> {
    let mut out = Vec::new();
    let head = format!("complete -c {bin} -n \"");
    for (n, line) in text.lines().enumerate() {
        let Some(rest) = line.strip_prefix(&head) else {
            continue;
        };
        let Some((cond, after)) = rest.split_once('"') else {
            continue;
        };
        let mut scope: CmdPath = vec![bin.into()];
        for part in cond.split(';').map(str::trim) {
            let part = part.strip_prefix("and ").unwrap_or(part);
            if let Some(x) = part.strip_prefix(&format!("__fish_{bin}_using_subcommand ")) {
                scope.push(x.trim().into());
            } else if let Some(y) = part.strip_prefix("__fish_seen_subcommand_from ") {
                scope.extend(y.split_whitespace().map(str::to_owned));
            }
        }
        if scope.len() > 1 {
            out.push((n + 1, scope.clone()));
        }
        if let Some(a) = after.strip_prefix(" -f -a \"") {
            let name: String = a.chars().take_while(|&c| is_name(c)).collect();
            if a[name.len()..].starts_with('"') {
                out.push((n + 1, child(&scope, &name)));
            }
        }
    }
    out
}

/// PowerShell and elvish: scope labels `'otactl;keys' {` / `&'otactl;keys'= {`, and
/// the subcommand entries under them (`ParameterValue` results, `cand name`).
fn semicolon_scoped(text: &str, bin: &str) -> Vec<(usize, CmdPath)> {
    let mut out = Vec::new();
    let mut scope: CmdPath = vec![bin.into()];
    for (n, line) in text.lines().enumerate() {
        let t = line.trim().trim_start_matches('&');
        if let Some(label) = t.strip_prefix('\'').and_then(|r| r.split_once('\'')) {
            let rest = label.1.trim_start_matches('=').trim();
            if label.0.starts_with(bin) && rest == "{" {
                scope = split(label.0, ";");
                out.push((n + 1, scope.clone()));
            }
        } else if let Some(r) = t.strip_prefix("[CompletionResult]::new('") {
            let name: String = r.chars().take_while(|&c| is_name(c)).collect();
            if r.contains("[CompletionResultType]::ParameterValue") && !name.starts_with('-') {
                out.push((n + 1, child(&scope, &name)));
            }
        } else if let Some(r) = t.strip_prefix("cand ") {
            let name: String = r.chars().take_while(|&c| is_name(c)).collect();
            if !name.is_empty() && !name.starts_with('-') {
                out.push((n + 1, child(&scope, &name)));
            }
        }
    }
    out
}

/// The command paths `file` offers, each with the lines it appears on.
pub fn offered(file: &Path, bin: &str, names: &BTreeSet<String>) -> BTreeMap<CmdPath, Vec<usize>> {
    let text = std::fs::read_to_string(file).expect("read completion file");
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let found = if name.ends_with(".bash") {
        bash(&text, bin, names)
    } else if name.ends_with(".fish") {
        fish(&text, bin)
    } else if name.ends_with(".ps1") || name.ends_with(".elv") {
        semicolon_scoped(&text, bin)
    } else if text.starts_with("#compdef") {
        zsh(&text, bin)
    } else {
        panic!("{}: a completion file of an unknown shell", file.display());
    };
    let mut by_path: BTreeMap<CmdPath, Vec<usize>> = BTreeMap::new();
    for (line, p) in found {
        by_path.entry(p).or_default().push(line);
    }
    by_path
}

/// Each hidden command a completion file in `dir` offers (also under `help`), as
/// file:line; and each file where a visible top-level command was not found, since
/// then this reader no longer understands the file.
pub fn hidden_offered(
    dir: &Path,
    hidden: &BTreeSet<CmdPath>,
    visible: &BTreeSet<CmdPath>,
) -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("completions dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "no completion files in {}",
        dir.display()
    );
    let bin = hidden
        .iter()
        .chain(visible)
        .next()
        .map_or("otactl", |p| &p[0]);
    let names: BTreeSet<String> = hidden
        .iter()
        .chain(visible)
        .flatten()
        .cloned()
        .chain(["help".to_string()])
        .collect();
    let mut found = Vec::new();
    for f in files {
        let shown = f.file_name().expect("name").to_string_lossy().into_owned();
        let offered = offered(&f, bin, &names);
        for v in visible.iter().filter(|p| p.len() == 2) {
            if !offered.contains_key(v) {
                found.push(format!(
                    "{shown}: no `{}` found: has the format changed?",
                    v.join(" ")
                ));
            }
        }
        for (p, lines) in &offered {
            // `otactl help generate` names `otactl generate`.
            let plain: CmdPath = p
                .iter()
                .enumerate()
                .filter(|(i, s)| *i == 0 || s.as_str() != "help")
                .map(|(_, s)| s.clone())
                .collect();
            if hidden.contains(&plain) {
                let more = match lines.len() - 1 {
                    0 => String::new(),
                    n => format!(" (and {n} more lines)"),
                };
                found.push(format!(
                    "completions/{shown}:{}{more}: `{}`",
                    lines[0],
                    p.join(" ")
                ));
            }
        }
    }
    found
}
