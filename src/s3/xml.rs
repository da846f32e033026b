//! A lenient reader of S3's XML answers: elements are found by their local name,
//! whatever their namespace prefix or attributes, because real servers differ in
//! exactly those (moto answers `CompleteMultipartUploadResponse` where AWS documents
//! `CompleteMultipartUploadResult`). Enough for S3's flat documents; not a parser.

/// A start tag in `xml` at or after `from`: (its local name, the byte just past its
/// `>`, whether it closes itself). Skips the prolog, comments, CDATA and end tags.
fn next_start_tag(xml: &str, from: usize) -> Option<(&str, usize, bool)> {
    let mut at = from;
    loop {
        let lt = at + xml.get(at..)?.find('<')?;
        let rest = &xml[lt + 1..];
        if rest.starts_with("!--") {
            at = lt + 4 + rest.find("-->")? + 3;
            continue;
        }
        if rest.starts_with("![CDATA[") {
            at = lt + 1 + rest.find("]]>")? + 3;
            continue;
        }
        if rest.starts_with('?') || rest.starts_with('!') || rest.starts_with('/') {
            at = lt + 1 + rest.find('>')? + 1;
            continue;
        }
        let gt = rest.find('>')?;
        let tag = &rest[..gt];
        let self_closing = tag.ends_with('/');
        let qname = tag
            .trim_end_matches('/')
            .split(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        let local = qname.rsplit(':').next().unwrap_or(qname);
        return Some((local, lt + 1 + gt + 1, self_closing));
    }
}

/// The local name of the document's root element (`Error`, `ListPartsResult`, …).
pub(crate) fn root(xml: &str) -> Option<&str> {
    next_start_tag(xml, 0)
        .map(|(name, _, _)| name)
        .filter(|n| !n.is_empty())
}

/// The raw (undecoded) content of every element named `name`, in document order.
/// Elements of that name nested in one another are not supported (S3 has none).
pub(crate) fn blocks<'a>(xml: &'a str, name: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some((local, after, self_closing)) = next_start_tag(xml, at) {
        at = after;
        if local != name {
            continue;
        }
        if self_closing {
            out.push("");
            continue;
        }
        let Some(end) = end_tag(xml, after, name) else {
            break;
        };
        out.push(&xml[after..end]);
        at = end;
    }
    out
}

/// Where the end tag of `name` (any prefix) starts, searching from `from`.
fn end_tag(xml: &str, from: usize, name: &str) -> Option<usize> {
    let mut at = from;
    loop {
        let lt = at + xml.get(at..)?.find("</")?;
        let rest = &xml[lt + 2..];
        let gt = rest.find('>')?;
        let qname = rest[..gt].trim();
        if qname.rsplit(':').next() == Some(name) {
            return Some(lt);
        }
        at = lt + 2 + gt + 1;
    }
}

/// The text of the first element named `name`, entity-decoded.
pub(crate) fn element(xml: &str, name: &str) -> Option<String> {
    blocks(xml, name).first().map(|raw| decode(raw))
}

/// Decodes the five XML entities, numeric character references and CDATA.
pub(crate) fn decode(raw: &str) -> String {
    let raw = raw.trim_matches(|c: char| c == '\n' || c == '\r');
    if let Some(inner) = raw
        .trim()
        .strip_prefix("<![CDATA[")
        .and_then(|s| s.strip_suffix("]]>"))
    {
        return inner.to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let Some(semi) = after.find(';').filter(|&s| s <= 10) else {
            out.push('&');
            rest = &after[1..];
            continue;
        };
        let entity = &after[1..semi];
        let ch = match entity {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "amp" => Some('&'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_elements_whatever_their_prefix_or_attributes() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment with <Fake>tags</Fake> -->
            <s3:CompleteMultipartUploadResponse xmlns:s3="http://s3.amazonaws.com/doc/2006-03-01/">
              <s3:Location>http://h/b/k</s3:Location>
              <s3:ETag>&quot;abc-2&quot;</s3:ETag>
            </s3:CompleteMultipartUploadResponse>"#;
        assert_eq!(root(xml), Some("CompleteMultipartUploadResponse"));
        assert_eq!(element(xml, "ETag").as_deref(), Some("\"abc-2\""));
        assert_eq!(element(xml, "Fake"), None, "comments are skipped");
        let plain = r#"<CompleteMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><ETag>"x"</ETag></CompleteMultipartUploadResult>"#;
        assert_eq!(root(plain), Some("CompleteMultipartUploadResult"));
        assert_eq!(element(plain, "ETag").as_deref(), Some("\"x\""));
        assert_eq!(root("not xml"), None);
        assert_eq!(root(""), None);
    }

    #[test]
    fn decodes_entities_and_character_references() {
        assert_eq!(
            decode("a &amp; b &lt;c&gt; &#34;d&#x22; &bogus; &"),
            "a & b <c> \"d\" &bogus; &"
        );
        assert_eq!(decode("<![CDATA[<raw> & text]]>"), "<raw> & text");
    }

    #[test]
    fn blocks_in_order_including_empty_ones() {
        let xml = "<R><Part><N>1</N></Part><Part/><Part attr=\"x\"><N>3</N></Part></R>";
        assert_eq!(blocks(xml, "Part"), vec!["<N>1</N>", "", "<N>3</N>"]);
    }
}
