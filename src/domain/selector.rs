//! Device selectors, as in `hw=stm32f4,tag=quarry-7,version<1.4.0`: comma-separated
//! terms that must all match. Keys: `id`, `hw`, `tag`, `version`, `counter`,
//! `presence`. `=` and `!=` take alternatives with `|` and globs with `*`
//! (`id=TRUCK-*`); `version` and `counter` also take `<`, `<=`, `>`, `>=`.

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

/// A parsed selector; the empty selector (or `all`) matches every device.
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
    counter>=41, presence=online, joined by commas; `all` selects every device";

impl Selector {
    pub fn parse(s: &str) -> Result<Selector, String> {
        let src = s.trim();
        if src.is_empty() || src == "all" || src == "*" {
            return Ok(Selector::default());
        }
        let mut terms = Vec::new();
        for raw in src.split(',') {
            let raw = raw.trim();
            if raw.is_empty() {
                return Err(format!("empty term in selector '{src}'"));
            }
            let (k, op, v) = split_term(raw).ok_or_else(|| {
                format!(
                    "invalid selector term '{raw}': expected KEY=VALUE, KEY!=VALUE or KEY<VALUE"
                )
            })?;
            let key = match k.trim() {
                "id" | "device" => Key::Id,
                "hw" => Key::Hw,
                "tag" | "tags" => Key::Tag,
                "version" | "firmware_version" => Key::Version,
                "counter" => Key::Counter,
                "presence" => Key::Presence,
                other => {
                    return Err(format!(
                        "unknown selector key '{other}' (known: id, hw, tag, version, counter, presence)"
                    ));
                }
            };
            let v = v.trim();
            if v.is_empty() {
                return Err(format!("selector term '{raw}' has no value"));
            }
            if !matches!(op, Op::Eq | Op::Ne) && !matches!(key, Key::Version | Key::Counter) {
                return Err(format!(
                    "'{raw}': only version and counter can be compared with < or >"
                ));
            }
            if key == Key::Counter && v.split('|').any(|x| x.parse::<u64>().is_err()) {
                return Err(format!("'{raw}': counter takes a whole number"));
            }
            terms.push(Term {
                key,
                op,
                values: v.split('|').map(|x| x.trim().to_string()).collect(),
            });
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

fn split_term(raw: &str) -> Option<(&str, Op, &str)> {
    for (tok, op) in [
        ("!=", Op::Ne),
        ("<=", Op::Le),
        (">=", Op::Ge),
        ("=", Op::Eq),
        ("<", Op::Lt),
        (">", Op::Gt),
    ] {
        if let Some(i) = raw.find(tok) {
            return Some((&raw[..i], op, &raw[i + tok.len()..]));
        }
    }
    None
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
        assert!(Selector::parse("hw=").is_err_and(|e| e.contains("no value")));
        assert!(Selector::parse("counter>x").is_err());
        assert!(Selector::parse("hw").is_err());
    }
}
