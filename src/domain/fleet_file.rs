//! Parsing an inventory file for `fleet import`: CSV with a header
//! (`id,hw,tags,firmware_version,counter`; tags separated by `;`) or a JSON array of
//! objects with the same fields. Every row is checked; the first bad one is reported
//! with its line and the problem, and nothing is imported.

use super::ids;
use otactl_store::fleet::NewDevice;
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line in the file (the entry index for JSON when the line is unknown).
    pub line: Option<u64>,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "line {l}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

fn err(line: Option<u64>, message: impl Into<String>) -> ParseError {
    ParseError {
        line,
        message: message.into(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Json,
}

/// Guesses the format from the content: JSON starts with `[`.
pub fn sniff(bytes: &[u8]) -> Format {
    let first = bytes
        .iter()
        .copied()
        .find(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF);
    if first == Some(b'[') {
        Format::Json
    } else {
        Format::Csv
    }
}

pub fn parse(bytes: &[u8], format: Format) -> Result<Vec<NewDevice>, ParseError> {
    let devices = match format {
        Format::Csv => parse_csv(bytes)?,
        Format::Json => parse_json(bytes)?,
    };
    Ok(devices)
}

fn split_tags(s: &str) -> Vec<String> {
    s.split([';', '|'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

fn check(
    line: Option<u64>,
    id: &str,
    hw: &str,
    tags: Vec<String>,
    fw: Option<&str>,
    counter: u64,
) -> Result<NewDevice, ParseError> {
    if !ids::is_device_id(id) {
        return Err(err(
            line,
            format!("invalid device id '{id}': use 1 to 64 of A-Z a-z 0-9 . _ -"),
        ));
    }
    if !ids::is_label(hw) {
        return Err(err(line, format!("device '{id}': invalid hw '{hw}'")));
    }
    if let Some(t) = tags.iter().find(|t| !ids::is_label(t)) {
        return Err(err(line, format!("device '{id}': invalid tag '{t}'")));
    }
    if counter > i64::MAX as u64 {
        return Err(err(
            line,
            format!(
                "device '{id}': counter {counter} is too large (at most {})",
                i64::MAX
            ),
        ));
    }
    let fw = fw.map(str::trim).filter(|v| !v.is_empty());
    if let Some(v) = fw
        && !ids::is_version(v)
    {
        return Err(err(
            line,
            format!("device '{id}': invalid firmware_version '{v}'"),
        ));
    }
    Ok(NewDevice {
        id: id.to_string(),
        hw: hw.to_string(),
        tags,
        firmware_version: fw.map(str::to_string),
        counter,
    })
}

fn no_duplicates(devices: &[NewDevice], lines: &[Option<u64>]) -> Result<(), ParseError> {
    let mut seen: HashMap<&str, Option<u64>> = HashMap::with_capacity(devices.len());
    for (d, line) in devices.iter().zip(lines) {
        if let Some(first) = seen.insert(&d.id, *line) {
            let at = first
                .map(|l| format!(" (first on line {l})"))
                .unwrap_or_default();
            return Err(err(*line, format!("device '{}' appears twice{at}", d.id)));
        }
    }
    Ok(())
}

fn parse_csv(bytes: &[u8]) -> Result<Vec<NewDevice>, ParseError> {
    let mut rdr = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(false)
        .comment(Some(b'#'))
        .from_reader(bytes);
    let headers = rdr
        .headers()
        .map_err(|e| err(Some(1), format!("unreadable header: {e}")))?
        .clone();
    let mut col: HashMap<&str, usize> = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        let h = h.trim_start_matches('\u{feff}');
        match h {
            "id" | "hw" | "tags" | "firmware_version" | "counter" => {
                if col.insert(h, i).is_some() {
                    return Err(err(
                        Some(1),
                        format!("column '{h}' appears twice in the header"),
                    ));
                }
            }
            other => {
                return Err(err(
                    Some(1),
                    format!(
                        "unknown column '{other}' (expected id, hw, tags, firmware_version, counter)"
                    ),
                ));
            }
        }
    }
    for required in ["id", "hw"] {
        if !col.contains_key(required) {
            return Err(err(
                Some(1),
                format!("the header has no '{required}' column"),
            ));
        }
    }
    let mut out = Vec::new();
    let mut lines = Vec::new();
    let mut rec = csv::StringRecord::new();
    loop {
        let more = rdr.read_record(&mut rec).map_err(|e| {
            let line = e.position().map(|p| p.line());
            let msg = match e.kind() {
                csv::ErrorKind::UnequalLengths {
                    expected_len, len, ..
                } => {
                    format!("expected {expected_len} fields, found {len}")
                }
                csv::ErrorKind::Utf8 { .. } => "not valid UTF-8".to_string(),
                _ => e.to_string(),
            };
            err(line, msg)
        })?;
        if !more {
            break;
        }
        let line = rec.position().map(|p| p.line());
        let get = |k: &str| col.get(k).and_then(|&i| rec.get(i)).unwrap_or("");
        let counter = match get("counter") {
            "" => 0,
            c => c
                .parse::<u64>()
                .map_err(|_| err(line, format!("counter '{c}' is not a whole number ≥ 0")))?,
        };
        let fw = Some(get("firmware_version"));
        out.push(check(
            line,
            get("id"),
            get("hw"),
            split_tags(get("tags")),
            fw,
            counter,
        )?);
        lines.push(line);
    }
    no_duplicates(&out, &lines)?;
    Ok(out)
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Tags {
    List(Vec<String>),
    Joined(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonDevice {
    id: String,
    hw: String,
    #[serde(default)]
    tags: Option<Tags>,
    #[serde(default)]
    firmware_version: Option<String>,
    #[serde(default)]
    counter: Option<u64>,
}

fn parse_json(bytes: &[u8]) -> Result<Vec<NewDevice>, ParseError> {
    let text =
        std::str::from_utf8(bytes).map_err(|e| err(None, format!("not valid UTF-8: {e}")))?;
    // Parse entry by entry to report the line of a bad one.
    let raw: Vec<&serde_json::value::RawValue> = serde_json::from_str(text)
        .map_err(|e| err(Some(e.line() as u64), format!("invalid JSON: {e}")))?;
    let base = text.as_ptr() as usize;
    let mut out = Vec::with_capacity(raw.len());
    let mut lines = Vec::with_capacity(raw.len());
    for r in raw {
        let offset = (r.get().as_ptr() as usize).saturating_sub(base);
        let line = Some(text[..offset.min(text.len())].matches('\n').count() as u64 + 1);
        let d: JsonDevice = serde_json::from_str(r.get())
            .map_err(|e| err(line, format!("invalid device entry: {e}")))?;
        let tags = match d.tags {
            None => Vec::new(),
            Some(Tags::List(v)) => v,
            Some(Tags::Joined(s)) => split_tags(&s),
        };
        out.push(check(
            line,
            &d.id,
            &d.hw,
            tags,
            d.firmware_version.as_deref(),
            d.counter.unwrap_or(0),
        )?);
        lines.push(line);
    }
    no_duplicates(&out, &lines)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_counter_the_store_cannot_hold_is_refused_with_its_line() {
        let f = format!(
            "id,hw,counter\nT1,esp32,{}\nT2,esp32,{}\n",
            i64::MAX,
            u64::MAX
        );
        let e = parse(f.as_bytes(), Format::Csv).expect_err("too large");
        assert_eq!(e.line, Some(3));
        assert!(e.message.contains("too large"), "{e}");
        let j = format!(r#"[{{"id":"T1","hw":"esp32","counter":{}}}]"#, u64::MAX);
        assert!(parse(j.as_bytes(), Format::Json).is_err());
    }

    #[test]
    fn csv_with_tags_and_defaults() {
        let f = b"id,hw,tags,firmware_version,counter\nT1,stm32f4,quarry-7;north,1.3.0,41\nT2,esp32,,,\n";
        let d = parse(f, sniff(f)).expect("parse");
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].tags, vec!["quarry-7", "north"]);
        assert_eq!(d[1].firmware_version, None);
        assert_eq!(d[1].counter, 0);
    }

    #[test]
    fn csv_errors_name_the_line() {
        let bad_counter = b"id,hw,counter\nT1,stm32f4,1\nT2,stm32f4,-3\n";
        let e = parse(bad_counter, Format::Csv).expect_err("bad");
        assert_eq!(e.line, Some(3));
        assert!(e.message.contains("counter"));
        let short = b"id,hw,counter\nT1,stm32f4,1\nT2,stm32f4\n";
        assert_eq!(parse(short, Format::Csv).expect_err("short").line, Some(3));
        let dup = b"id,hw\nT1,a\nT2,a\nT1,b\n";
        let e = parse(dup, Format::Csv).expect_err("dup");
        assert_eq!(e.line, Some(4));
        assert!(e.message.contains("first on line 2"));
        let bad_id = b"id,hw\nT/1,a\n";
        assert!(
            parse(bad_id, Format::Csv)
                .expect_err("id")
                .message
                .contains("invalid device id")
        );
        let unknown = b"id,hw,colour\n";
        assert!(
            parse(unknown, Format::Csv)
                .expect_err("col")
                .message
                .contains("unknown column")
        );
    }

    #[test]
    fn json_entries_and_their_lines() {
        let f = b"[\n {\"id\":\"T1\",\"hw\":\"esp32\",\"tags\":[\"a\"]},\n {\"id\":\"T2\",\"hw\":\"esp 32\"}\n]";
        assert_eq!(sniff(f), Format::Json);
        let e = parse(f, Format::Json).expect_err("bad hw");
        assert_eq!(e.line, Some(3));
        let ok = b"[{\"id\":\"T1\",\"hw\":\"esp32\",\"tags\":\"a;b\",\"counter\":3}]";
        assert_eq!(parse(ok, Format::Json).expect("ok")[0].tags, vec!["a", "b"]);
    }

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = parse(&bytes, Format::Csv);
            let _ = parse(&bytes, Format::Json);
        }
    }
}
