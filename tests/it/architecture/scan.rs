//! Reading Rust sources well enough for the architecture rules: code without its
//! comments and literals, the spans of `#[cfg(test)]` items and of inline modules,
//! and the files that are only ever compiled for tests.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, sorted.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display())) {
            let p = e.expect("dir entry").path();
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `text` with comments and the insides of string and char literals blanked (newlines
/// kept), so offsets and line numbers are still the file's.
pub fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = b.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to.min(b.len())] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    let mut i = 0;
    while i < b.len() {
        let prev_ident = i > 0 && is_ident(b[i - 1]);
        if b[i..].starts_with(b"//") {
            let end = b[i..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |n| i + n);
            blank(&mut out, i, end);
            i = end;
        } else if b[i..].starts_with(b"/*") {
            let (mut depth, mut j) = (1, i + 2);
            while j < b.len() && depth > 0 {
                if b[j..].starts_with(b"/*") {
                    depth += 1;
                    j += 2;
                } else if b[j..].starts_with(b"*/") {
                    depth -= 1;
                    j += 2;
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if b[i] == b'r'
            && (!prev_ident || (i > 0 && b[i - 1] == b'b' && !(i > 1 && is_ident(b[i - 2]))))
            && {
                let h = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
                b.get(i + 1 + h) == Some(&b'"')
            }
        {
            let h = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
            let close: Vec<u8> = std::iter::once(b'"')
                .chain(std::iter::repeat_n(b'#', h))
                .collect();
            let start = i + 2 + h;
            let end = b[start..]
                .windows(close.len())
                .position(|w| w == close.as_slice())
                .map_or(b.len(), |n| start + n);
            blank(&mut out, start, end);
            i = end + close.len();
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            blank(&mut out, i + 1, j);
            i = j + 1;
        } else if b[i] == b'\'' {
            // A char literal ('x', '\n', '\u{..}', 'é') or a lifetime ('a).
            let end = if b.get(i + 1) == Some(&b'\\') {
                b[i + 2..]
                    .iter()
                    .position(|&c| c == b'\'')
                    .map(|n| i + 2 + n)
            } else {
                let len = text[i + 1..].chars().next().map_or(1, char::len_utf8);
                (b.get(i + 1 + len) == Some(&b'\'')).then_some(i + 1 + len)
            };
            match end {
                Some(e) => {
                    blank(&mut out, i + 1, e);
                    i = e + 1;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// 1-based line of byte offset `at`.
pub fn line_of(text: &str, at: usize) -> usize {
    text[..at].bytes().filter(|&c| c == b'\n').count() + 1
}

/// Offsets where `word` stands as a whole identifier in `code`.
pub fn word_at(code: &str, word: &str) -> Vec<usize> {
    let b = code.as_bytes();
    code.match_indices(word)
        .map(|(i, _)| i)
        .filter(|&i| {
            (i == 0 || !is_ident(b[i - 1])) && b.get(i + word.len()).is_none_or(|&c| !is_ident(c))
        })
        .collect()
}

/// The offset just past the `}` matching the `{` at `open`.
pub fn matching_brace(code: &str, open: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in code.bytes().enumerate().skip(open) {
        match c {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    code.len()
}

fn skip_ws(code: &str, mut i: usize) -> usize {
    let b = code.as_bytes();
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// The next identifier at or after `i` (whitespace skipped), and the offset past it.
pub fn ident_after(code: &str, i: usize) -> Option<(&str, usize)> {
    let s = skip_ws(code, i);
    let len = code.as_bytes()[s..]
        .iter()
        .take_while(|&&c| is_ident(c))
        .count();
    (len > 0).then(|| (&code[s..s + len], s + len))
}

/// True if `::` follows `i` (whitespace skipped); returns the offset past it.
pub fn path_sep_after(code: &str, i: usize) -> Option<usize> {
    let s = skip_ws(code, i);
    code[s..].starts_with("::").then_some(s + 2)
}

/// An item under `#[cfg(test)]`: its span, and for `mod NAME;` the file it loads.
pub struct TestItem {
    pub span: (usize, usize),
    pub module_file: Option<PathBuf>,
}

/// The `#[cfg(test)]` items of `file`, whose text is `text` and code `code`.
pub fn cfg_test_items(file: &Path, text: &str, code: &str) -> Vec<TestItem> {
    let mut items = Vec::new();
    for (at, _) in code.match_indices("#[cfg(test)]") {
        // Skip further attributes, remembering a #[path = "…"] (read from the text:
        // the code has its string blanked).
        let mut i = at + "#[cfg(test)]".len();
        let mut path_attr = None;
        loop {
            i = skip_ws(code, i);
            if !code[i..].starts_with("#[") {
                break;
            }
            let end = code[i..].find(']').map_or(code.len(), |n| i + n + 1);
            if code[i..end].contains("path") {
                path_attr = text[i..end].split('"').nth(1).map(str::to_owned);
            }
            i = end;
        }
        let semi = code[i..].find(';').map(|n| i + n);
        let brace = code[i..].find('{').map(|n| i + n);
        let end = match (semi, brace) {
            (Some(s), Some(b)) if s < b => s + 1,
            (Some(s), None) => s + 1,
            (_, Some(b)) => matching_brace(code, b),
            (None, None) => code.len(),
        };
        let module_file = (end > 0 && code.as_bytes()[end - 1] == b';')
            .then(|| {
                let mut words = code[i..end]
                    .split(|c: char| !is_ident(c as u8))
                    .filter(|w| !w.is_empty());
                let name = words.find(|w| *w != "pub" && *w != "crate")?;
                if name != "mod" {
                    return None;
                }
                let module = words.next()?;
                Some(module_path(file, module, path_attr.as_deref()))
            })
            .flatten();
        items.push(TestItem {
            span: (at, end),
            module_file,
        });
    }
    items
}

/// The file `mod NAME;` in `file` loads.
fn module_path(file: &Path, name: &str, path_attr: Option<&str>) -> PathBuf {
    let dir = file.parent().expect("parent");
    if let Some(p) = path_attr {
        return dir.join(p);
    }
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let base = if ["mod", "lib", "main"].contains(&stem) {
        dir.to_path_buf()
    } else {
        dir.join(stem)
    };
    let flat = base.join(format!("{name}.rs"));
    if flat.exists() {
        flat
    } else {
        base.join(name).join("mod.rs")
    }
}

/// The files under `src` compiled only for tests: loaded by a `#[cfg(test)] mod x;`,
/// opened by `#![cfg(test)]`, or loaded by such a file.
pub fn test_only_files(files: &[PathBuf]) -> BTreeSet<PathBuf> {
    let mut test_only = BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(f).expect("read");
        let code = code_only(&text);
        if code.trim_start().starts_with("#![cfg(test)]") {
            test_only.insert(f.clone());
        }
        for item in cfg_test_items(f, &text, &code) {
            if let Some(m) = item.module_file {
                test_only.insert(m);
            }
        }
    }
    test_only
}

/// Spans of inline `mod NAME { … }` blocks: each adds a level to `super::` paths.
pub fn inline_modules(code: &str) -> Vec<(usize, usize)> {
    word_at(code, "mod")
        .into_iter()
        .filter_map(|at| {
            let (_, after) = ident_after(code, at + 3)?;
            let open = skip_ws(code, after);
            (code.as_bytes().get(open) == Some(&b'{')).then(|| (open, matching_brace(code, open)))
        })
        .collect()
}
