//! The rollout's and the batch's states, and why a status changed nothing, as types.
//! Each is stored as the same string it always was (`as_str`), so an existing store
//! opens and reads the same; nothing outside these conversions matches on the text.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A string that names no state of the type asked for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} '{text}'")]
pub struct UnknownState {
    pub what: &'static str,
    pub text: String,
}

macro_rules! string_enum {
    ($name:ident, $what:literal, { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The text stored in the database and shown to people.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownState;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownState { what: $what, text: s.to_string() }),
                }
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                v.as_str()?
                    .parse()
                    .map_err(|e: UnknownState| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    };
}

/// Where a rollout is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RolloutState {
    Scheduled,
    Running,
    Paused,
    Completed,
    Aborted,
    Failed,
    Cancelled,
}

string_enum!(RolloutState, "rollout state", {
    Scheduled => "scheduled",
    Running => "running",
    Paused => "paused",
    Completed => "completed",
    Aborted => "aborted",
    Failed => "failed",
    Cancelled => "cancelled",
});

impl RolloutState {
    /// States in which a rollout still owns its devices.
    pub const ACTIVE: [RolloutState; 3] = [
        RolloutState::Scheduled,
        RolloutState::Running,
        RolloutState::Paused,
    ];

    pub fn is_active(self) -> bool {
        RolloutState::ACTIVE.contains(&self)
    }
}

/// Where a batch is, as the engine records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BatchState {
    Waiting,
    Running,
    Soaking,
    Passed,
    Failed,
}

string_enum!(BatchState, "batch state", {
    Waiting => "waiting",
    Running => "running",
    Soaking => "soaking",
    Passed => "passed",
    Failed => "failed",
});

/// Why an ingested status (or a dispatch) changed nothing: its job is unknown, it
/// belongs to another device, or the state machine refused it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefusalCode {
    /// No job with that id in this store.
    UnknownJob,
    /// The job exists but belongs to another device.
    WrongDevice,
    /// The job state machine refused the event.
    Refused(crate::state::Refusal),
}

impl RefusalCode {
    /// The status is for a job this store does not hold (dead-lettered by ingest).
    pub fn is_foreign(&self) -> bool {
        matches!(self, RefusalCode::UnknownJob | RefusalCode::WrongDevice)
    }

    /// The short code stored in `status_events.outcome` (after `refused:`).
    pub fn code(&self) -> String {
        match self {
            RefusalCode::UnknownJob => "unknown_job".into(),
            RefusalCode::WrongDevice => "wrong_device".into(),
            RefusalCode::Refused(r) => r.code(),
        }
    }
}

impl fmt::Display for RefusalCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

impl From<crate::state::Refusal> for RefusalCode {
    fn from(r: crate::state::Refusal) -> Self {
        RefusalCode::Refused(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::JobState;
    use crate::state::Refusal;

    #[test]
    fn rollout_states_round_trip_through_their_text() {
        let texts: Vec<&str> = RolloutState::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            texts,
            [
                "scheduled",
                "running",
                "paused",
                "completed",
                "aborted",
                "failed",
                "cancelled"
            ]
        );
        for s in RolloutState::ALL {
            assert_eq!(s.as_str().parse::<RolloutState>(), Ok(*s));
            assert_eq!(s.to_string(), s.as_str());
            assert_eq!(
                serde_json::to_string(s).expect("json"),
                format!("\"{}\"", s.as_str())
            );
        }
        assert!("Running".parse::<RolloutState>().is_err());
        assert!(RolloutState::Paused.is_active());
        assert!(!RolloutState::Completed.is_active());
    }

    #[test]
    fn batch_states_round_trip_through_their_text() {
        let texts: Vec<&str> = BatchState::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(texts, ["waiting", "running", "soaking", "passed", "failed"]);
        for s in BatchState::ALL {
            assert_eq!(s.as_str().parse::<BatchState>(), Ok(*s));
        }
        let e = "done".parse::<BatchState>().expect_err("unknown");
        assert_eq!(e.to_string(), "unknown batch state 'done'");
    }

    #[test]
    fn states_are_stored_as_their_text() -> crate::Result<()> {
        let c = crate::open_in_memory()?;
        let (r, b): (String, String) = c.query_row(
            "SELECT ?1, ?2",
            rusqlite::params![RolloutState::Cancelled, BatchState::Soaking],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        assert_eq!((r.as_str(), b.as_str()), ("cancelled", "soaking"));
        let back: RolloutState = c.query_row("SELECT 'paused'", [], |r| r.get(0))?;
        assert_eq!(back, RolloutState::Paused);
        assert!(
            c.query_row("SELECT 'bogus'", [], |r| r.get::<_, RolloutState>(0))
                .is_err()
        );
        Ok(())
    }

    #[test]
    fn refusal_codes_keep_their_text() {
        assert_eq!(RefusalCode::UnknownJob.code(), "unknown_job");
        assert_eq!(RefusalCode::WrongDevice.to_string(), "wrong_device");
        assert_eq!(
            RefusalCode::from(Refusal::AlreadyFinal {
                state: JobState::Succeeded
            })
            .code(),
            "already_final:succeeded"
        );
        assert!(RefusalCode::UnknownJob.is_foreign());
        assert!(!RefusalCode::Refused(Refusal::StaleCommand).is_foreign());
    }
}
