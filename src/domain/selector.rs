//! Device selectors, as in `hw=stm32f4,tag=quarry-7,version<1.4.0`: comma-separated
//! terms that must all match. Keys: `id`, `hw`, `tag`, `version`, `counter`,
//! `presence`. `=` and `!=` take alternatives with `|` and globs with `*`
//! (`id=TRUCK-*`); `version` and `counter` also take `<`, `<=`, `>`, `>=`. The grammar
//! is strict: an empty selector, an unknown key or a malformed value is an error that
//! names the column and what was expected; `all` selects every device, explicitly.

use super::version;
use otactl_store::fleet::Device;
use std::cmp::Ordering;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Id,
    Hw,
    Tag,
    Version,
    Counter,
    Presence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub key: Key,
    pub op: Op,
    pub values: Vec<String>,
}

/// A parsed selector; `all` (no terms) matches every device.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selector {
    pub terms: Vec<Term>,
    source: String,
}

impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.terms.is_empty() {
            f.write_str("all")
        } else {
            f.write_str(&self.source)
        }
    }
}

pub const HELP: &str = "terms like hw=stm32f4, tag=quarry-7, version<1.4.0, id=TRUCK-*, \
    counter>=41, presence=online, joined by commas (alternatives with |, quoted in a shell); \
    `all` selects every device";

const KEYS: &str = "id, hw, tag, version, counter, presence";

/// A character that may appear in a value (besides `*` for globs).
fn value_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '+' | ':' | '/' | '@' | '*')
}

/// A cursor over the selector's text that reports errors by column (1-based).
struct Cursor<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }
    fn skip_ws(&mut self) {
        while let Some(c) = self.peek().filter(|c| *c == ' ' || *c == '\t') {
            self.pos += c.len_utf8();
        }
    }
    fn take_while(&mut self, f: impl Fn(char) -> bool) -> &'a str {
        let start = self.pos;
        while let Some(c) = self.peek().filter(|c| f(*c)) {
            self.pos += c.len_utf8();
        }
        &self.src[start..self.pos]
    }
    fn eat(&mut self, s: &str) -> bool {
        if self.src[self.pos..].starts_with(s) {
            self.pos += s.len();
            true
        } else {
            false
        }
    }
    fn found(&self) -> String {
        match self.peek() {
            None => "the end".into(),
            Some(c) if c.is_control() => format!("{:?}", c),
            Some(c) => format!("'{c}'"),
        }
    }
    /// An error at the current position.
    fn err(&self, expected: &str) -> String {
        self.err_at(self.pos, expected)
    }
    fn err_at(&self, pos: usize, expected: &str) -> String {
        let col = self.src[..pos].chars().count() + 1;
        let found = Cursor { src: self.src, pos }.found();
        format!(
            "invalid selector '{}' at column {col}: expected {expected}, found {found}",
            self.src.escape_debug()
        )
    }
}

impl Selector {
    /// Every device, said explicitly.
    pub fn all() -> Selector {
        Selector::default()
    }

    /// True when the selector is `all`.
    pub fn is_all(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn parse(s: &str) -> Result<Selector, String> {
        let src = s.trim();
        if src.is_empty() {
            return Err(
                "empty selector: it would select nothing or everything; say `all` to select every device"
                    .into(),
            );
        }
        if src == "all" {
            return Ok(Selector::all());
        }
        let mut c = Cursor { src, pos: 0 };
        let mut terms = Vec::new();
        loop {
            terms.push(parse_term(&mut c)?);
            c.skip_ws();
            match c.peek() {
                None => break,
                Some(',') => {
                    c.pos += 1;
                }
                Some(';') => {
                    return Err(c.err("',' between terms (';' separates tags in fleet files)"));
                }
                Some(_) => return Err(c.err("',' or the end")),
            }
        }
        Ok(Selector {
            terms,
            source: src.to_string(),
        })
    }

    pub fn matches(&self, d: &Device) -> bool {
        self.terms.iter().all(|t| t.matches(d))
    }
}

fn parse_term(c: &mut Cursor<'_>) -> Result<Term, String> {
    c.skip_ws();
    let kpos = c.pos;
    let k = c.take_while(|ch| ch.is_ascii_alphanumeric() || ch == '_');
    if k.is_empty() {
        return Err(c.err(&format!("a key ({KEYS})")));
    }
    let key = match k {
        "id" | "device" => Key::Id,
        "hw" => Key::Hw,
        "tag" | "tags" => Key::Tag,
        "version" | "firmware_version" => Key::Version,
        "counter" => Key::Counter,
        "presence" => Key::Presence,
        "all" => return Err(c.err_at(kpos, "a key: `all` stands alone, without other terms")),
        _ => {
            let col = c.src[..kpos].chars().count() + 1;
            return Err(format!(
                "invalid selector '{}' at column {col}: unknown selector key '{}' (expected one of {KEYS})",
                c.src.escape_debug(),
                k
            ));
        }
    };
    c.skip_ws();
    let opos = c.pos;
    let op = if c.eat("!=") {
        Op::Ne
    } else if c.eat("<=") {
        Op::Le
    } else if c.eat(">=") {
        Op::Ge
    } else if c.eat("=") {
        Op::Eq
    } else if c.eat("<") {
        Op::Lt
    } else if c.eat(">") {
        Op::Gt
    } else {
        return Err(c.err("an operator (=, !=, <, <=, >, >=)"));
    };
    if c.peek() == Some('=') {
        return Err(c.err("a value (write `=`, not `==`)"));
    }
    if !matches!(op, Op::Eq | Op::Ne) && !matches!(key, Key::Version | Key::Counter) {
        return Err(c.err_at(
            opos,
            "= or != (only version and counter compare with < or >)",
        ));
    }
    let mut values = Vec::new();
    loop {
        c.skip_ws();
        let vpos = c.pos;
        let v = c.take_while(value_char);
        if v.is_empty() {
            return Err(c.err("a value"));
        }
        check_value(key, op, v).map_err(|what| c.err_at(vpos, &what))?;
        values.push(v.to_string());
        c.skip_ws();
        if !c.eat("|") {
            break;
        }
    }
    Ok(Term { key, op, values })
}

/// Checks one value of a term; the error names what was expected.
fn check_value(key: Key, op: Op, v: &str) -> Result<(), String> {
    let glob_ok = matches!(op, Op::Eq | Op::Ne);
    if v.contains('*') && (!glob_ok || matches!(key, Key::Counter | Key::Presence)) {
        return Err("a value without '*' (globs only with = or != on id, hw, tag, version)".into());
    }
    match key {
        Key::Counter if v.parse::<u64>().is_err() => Err("a whole number for counter".into()),
        Key::Presence if !matches!(v, "online" | "offline" | "unknown") => {
            Err("online, offline or unknown for presence".into())
        }
        Key::Version if !version_like(v) => {
            Err("a version such as 1.4.0 or 1.4.0-rc1 (starting with a digit)".into())
        }
        _ => Ok(()),
    }
}

fn version_like(v: &str) -> bool {
    v.starts_with(|c: char| c.is_ascii_digit() || c == '*')
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | '*'))
}

/// `*` matches any run of characters.
pub fn glob(pattern: &str, s: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == s;
    }
    let mut rest = s;
    for (i, p) in parts.iter().enumerate() {
        if i == 0 {
            match rest.strip_prefix(p) {
                Some(r) => rest = r,
                None => return false,
            }
        } else if i == parts.len() - 1 {
            return rest.ends_with(p);
        } else {
            match rest.find(p) {
                Some(j) => rest = &rest[j + p.len()..],
                None => return false,
            }
        }
    }
    true
}

impl Term {
    fn matches(&self, d: &Device) -> bool {
        match self.key {
            Key::Id => self.eq_any(|v| glob(v, &d.id)),
            Key::Hw => self.eq_any(|v| glob(v, &d.hw)),
            Key::Presence => {
                let p = d.presence.as_deref().unwrap_or("unknown");
                self.eq_any(|v| v == p)
            }
            Key::Tag => self.eq_any(|v| d.tags.iter().any(|t| glob(v, t))),
            Key::Version => match &d.firmware_version {
                None => self.op == Op::Ne,
                Some(fv) => self.cmp_any(|v| version::compare(fv, v)),
            },
            Key::Counter => self.cmp_any(|v| d.counter.cmp(&v.parse::<u64>().unwrap_or(0))),
        }
    }

    fn eq_any(&self, f: impl Fn(&str) -> bool) -> bool {
        let any = self.values.iter().any(|v| f(v));
        if self.op == Op::Ne { !any } else { any }
    }

    fn cmp_any(&self, f: impl Fn(&str) -> Ordering) -> bool {
        let test = |o: Ordering| match self.op {
            Op::Eq => o == Ordering::Equal,
            Op::Ne => o != Ordering::Equal,
            Op::Lt => o == Ordering::Less,
            Op::Le => o != Ordering::Greater,
            Op::Gt => o == Ordering::Greater,
            Op::Ge => o != Ordering::Less,
        };
        if self.op == Op::Ne {
            self.values.iter().all(|v| test(f(v)))
        } else {
            self.values.iter().any(|v| test(f(v)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dev(id: &str, hw: &str, tags: &[&str], v: Option<&str>) -> Device {
        Device {
            id: id.into(),
            hw: hw.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            firmware_version: v.map(Into::into),
            counter: 41,
            presence: Some("online".into()),
            last_seen_ms: None,
            source: "import".into(),
            created_ms: 0,
            updated_ms: 0,
        }
    }

    #[test]
    fn the_issue_example_selects_as_expected() {
        let s = Selector::parse("hw=stm32f4,tag=quarry-7,version<1.4.0").expect("parse");
        assert!(s.matches(&dev("a", "stm32f4", &["quarry-7"], Some("1.3.9"))));
        assert!(!s.matches(&dev("a", "stm32f4", &["quarry-7"], Some("1.4.0"))));
        assert!(!s.matches(&dev("a", "esp32", &["quarry-7"], Some("1.3.0"))));
        assert!(!s.matches(&dev("a", "stm32f4", &["quarry-8"], Some("1.3.0"))));
        assert!(!s.matches(&dev("a", "stm32f4", &["quarry-7"], None)));
    }

    #[test]
    fn globs_alternatives_and_negation() {
        let d = dev("TRUCK-0042", "esp32", &["north"], Some("2.0"));
        assert!(Selector::parse("id=TRUCK-*").expect("p").matches(&d));
        assert!(Selector::parse("hw=stm32f4|esp32").expect("p").matches(&d));
        assert!(!Selector::parse("hw!=stm32f4|esp32").expect("p").matches(&d));
        assert!(
            Selector::parse("counter>=41,presence=online")
                .expect("p")
                .matches(&d)
        );
        assert!(Selector::parse("all").expect("p").matches(&d));
        assert!(glob("a*b*c", "aXXbYc") && !glob("a*b*c", "aXXc"));
    }

    #[test]
    fn bad_selectors_say_why() {
        assert!(Selector::parse("colour=red").is_err_and(|e| e.contains("unknown selector key")));
        assert!(Selector::parse("hw<3").is_err_and(|e| e.contains("only version and counter")));
        assert!(Selector::parse("hw=").is_err_and(|e| e.contains("expected a value")));
        assert!(Selector::parse("counter>x").is_err());
        assert!(Selector::parse("hw").is_err());
    }

    #[test]
    fn the_grammar_is_strict_and_names_the_column() {
        let e = |s: &str| Selector::parse(s).expect_err(s);
        assert!(e("").contains("`all`"));
        assert!(e("   ").contains("empty selector"));
        assert!(e("hw==stm32f4").contains("column 4") && e("hw==stm32f4").contains("`==`"));
        assert!(e("hw=stm32f4;tag=x").contains("column 11"));
        assert!(e("version<abc").contains("column 9"));
        assert!(e("presence=maybe").contains("online, offline or unknown"));
        assert!(e("counter=4*").contains("without '*'"));
        assert!(e("hw=a,,tag=b").contains("column 6"));
        assert!(e("hw=a b").contains("column 6"));
        assert!(e("all,hw=a").contains("stands alone"));
        assert!(e("hw=stm32f4|").contains("a value"));
        assert!(Selector::parse("all").expect("all").is_all());
        assert!(Selector::parse(" hw = a | b , version >= 1.2.0-rc1 ").is_ok());
    }
}
