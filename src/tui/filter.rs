//! The device table's filter and sort, as the operator types them after `/`:
//! `state:failed,timed_out hw:esp32 tag:quarry-3 TRUCK-00`. Words with a key narrow
//! by that column; other words search device ids and failure reasons.

use otactl_store::JobState;

/// How the device table is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Problems first (failed, rejected, timed out), then furthest along.
    #[default]
    State,
    Device,
    /// Most recently changed first.
    Recent,
    Batch,
}

impl Sort {
    pub fn next(self) -> Sort {
        match self {
            Sort::State => Sort::Device,
            Sort::Device => Sort::Recent,
            Sort::Recent => Sort::Batch,
            Sort::Batch => Sort::State,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::State => "state",
            Sort::Device => "device",
            Sort::Recent => "recent",
            Sort::Batch => "batch",
        }
    }
}

/// A parsed filter. Empty fields do not narrow.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    pub states: Vec<JobState>,
    pub hw: Option<String>,
    pub tag: Option<String>,
    pub text: Option<String>,
}

impl Filter {
    /// Parses what the operator typed. Unknown states are an error that names the
    /// accepted words, so a typo never silently shows an empty table.
    pub fn parse(input: &str) -> Result<Filter, String> {
        let mut f = Filter::default();
        let mut text: Vec<&str> = Vec::new();
        for word in input.split_whitespace() {
            match word.split_once(':') {
                Some(("state" | "s", v)) => {
                    for name in v.split(',').filter(|n| !n.is_empty()) {
                        f.states.extend(states_named(name)?);
                    }
                }
                Some(("hw", v)) if !v.is_empty() => f.hw = Some(v.to_string()),
                Some(("tag" | "t", v)) if !v.is_empty() => f.tag = Some(v.to_string()),
                _ => text.push(word),
            }
        }
        f.states.sort_unstable();
        f.states.dedup();
        if !text.is_empty() {
            f.text = Some(text.join(" "));
        }
        Ok(f)
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// Only the state narrows (the counts already known answer "how many").
    pub fn only_states(&self) -> bool {
        self.hw.is_none() && self.tag.is_none() && self.text.is_none()
    }
}

/// A state name, or a group: `failures`, `open` (not final), `final`, `inflight`.
fn states_named(name: &str) -> Result<Vec<JobState>, String> {
    let all = JobState::ALL;
    Ok(match name {
        "failures" | "failure" => all.into_iter().filter(|s| s.is_failure()).collect(),
        "open" => all.into_iter().filter(|s| !s.is_final()).collect(),
        "final" | "done" => all.into_iter().filter(|s| s.is_final()).collect(),
        "inflight" | "in_flight" => all.into_iter().filter(|s| s.is_in_flight()).collect(),
        n => match JobState::parse(n) {
            Some(s) => vec![s],
            None => {
                return Err(format!(
                    "unknown state '{n}': use one of {} or failures, open, final, inflight",
                    all.map(|s| s.as_str()).join(", ")
                ));
            }
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_narrow_and_other_words_search() {
        let f = Filter::parse("state:failed,timed_out hw:esp32 tag:q1 TRUCK 00").expect("parse");
        assert_eq!(f.states, vec![JobState::Failed, JobState::TimedOut]);
        assert_eq!(f.hw.as_deref(), Some("esp32"));
        assert_eq!(f.tag.as_deref(), Some("q1"));
        assert_eq!(f.text.as_deref(), Some("TRUCK 00"));
        assert!(Filter::parse("  ").expect("empty").is_empty());
    }

    #[test]
    fn groups_expand_and_typos_are_named() {
        let f = Filter::parse("s:failures").expect("parse");
        assert_eq!(
            f.states,
            vec![
                JobState::Failed,
                JobState::Rejected,
                JobState::TimedOut,
                JobState::RolledBack
            ]
        );
        assert!(f.only_states());
        let e = Filter::parse("state:faild").expect_err("typo");
        assert!(e.contains("unknown state 'faild'"), "{e}");
    }

    #[test]
    fn sort_cycles_through_every_order() {
        let mut s = Sort::default();
        let mut seen = vec![];
        for _ in 0..4 {
            seen.push(s.label());
            s = s.next();
        }
        assert_eq!(s, Sort::default());
        assert_eq!(seen, ["state", "device", "recent", "batch"]);
    }
}
