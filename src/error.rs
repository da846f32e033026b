//! Errors as the operator sees them: a kind that fixes the exit code, one clear line,
//! and a hint that says what to do. Exit codes are an API: they are listed here, in
//! the README and in the man page, and never renumbered.

use std::fmt;

/// The documented exit codes.
pub mod exit {
    /// Everything went as asked.
    pub const SUCCESS: u8 = 0;
    /// A bug or an unexpected condition in otactl itself.
    pub const INTERNAL: u8 = 1;
    /// The command line was wrong (unknown flag, missing argument).
    pub const USAGE: u8 = 2;
    /// The input or the configuration was wrong (a malformed file, an unknown device).
    pub const INPUT: u8 = 3;
    /// A signature, hash or manifest check failed.
    pub const VERIFICATION: u8 = 4;
    /// A remote service (MQTT broker, S3) was unreachable or refused us.
    pub const REMOTE: u8 = 5;
    /// The rollout failed or was aborted.
    pub const ROLLOUT_FAILED: u8 = 6;
    /// A wait ran out of time before the rollout finished.
    pub const TIMEOUT: u8 = 7;
    /// The store is locked by another engine, read-only, or its disk is full.
    pub const STORE_UNAVAILABLE: u8 = 8;
}

/// What kind of failure, which fixes the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Usage,
    Input,
    Config,
    Verification,
    Remote,
    RolloutFailed,
    Timeout,
    StoreUnavailable,
    Internal,
    /// Our reader went away (`otactl fleet list | head`): exit quietly.
    BrokenPipe,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Usage => exit::USAGE,
            ErrorKind::Input | ErrorKind::Config => exit::INPUT,
            ErrorKind::Verification => exit::VERIFICATION,
            ErrorKind::Remote => exit::REMOTE,
            ErrorKind::RolloutFailed => exit::ROLLOUT_FAILED,
            ErrorKind::Timeout => exit::TIMEOUT,
            ErrorKind::StoreUnavailable => exit::STORE_UNAVAILABLE,
            ErrorKind::Internal => exit::INTERNAL,
            ErrorKind::BrokenPipe => exit::SUCCESS,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Usage => "usage",
            ErrorKind::Input => "input",
            ErrorKind::Config => "config",
            ErrorKind::Verification => "verification",
            ErrorKind::Remote => "remote",
            ErrorKind::RolloutFailed => "rollout_failed",
            ErrorKind::Timeout => "timeout",
            ErrorKind::StoreUnavailable => "store_unavailable",
            ErrorKind::Internal => "internal",
            ErrorKind::BrokenPipe => "broken_pipe",
        }
    }
}

/// An error for the operator: one line, and a hint.
#[derive(Debug)]
pub struct CliError {
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
}

pub type CliResult<T> = Result<T, CliError>;

impl CliError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CliError {
            kind,
            message: one_line(&message.into()),
            hint: None,
        }
    }
    pub fn input(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Input, message)
    }
    pub fn config(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Config, message)
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(one_line(&hint.into()));
        self
    }
    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }
}

/// Errors are one line: a multi-line message from a library is folded.
fn one_line(s: &str) -> String {
    s.split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return CliError::new(ErrorKind::BrokenPipe, "broken pipe");
        }
        CliError::new(ErrorKind::Input, e.to_string())
    }
}

impl From<otactl_store::StoreError> for CliError {
    fn from(e: otactl_store::StoreError) -> Self {
        CliError::from(&e)
    }
}

impl From<&otactl_store::StoreError> for CliError {
    fn from(e: &otactl_store::StoreError) -> Self {
        use otactl_store::StoreError as S;
        if e.is_storage_unavailable() {
            return CliError::new(
                ErrorKind::StoreUnavailable,
                format!("store unavailable: {e}"),
            )
            .with_hint(
                "check that the disk has space and the store file is writable, \
                     and that no other otactl engine holds it (--store PATH picks another)",
            );
        }
        match e {
            S::NotFound { .. } => CliError::input(e.to_string()),
            S::Invalid(m) => CliError::input(m.clone()),
            S::Migration(_) => CliError::new(ErrorKind::StoreUnavailable, e.to_string())
                .with_hint("the store was written by a newer otactl, or is damaged"),
            _ if e.is_not_a_database() => CliError::new(
                ErrorKind::StoreUnavailable,
                format!("store is not readable: {e}"),
            )
            .with_hint(
                "is --store pointing at an otactl store? restore it from a backup or export",
            ),
            other => CliError::internal(other.to_string()),
        }
    }
}

impl From<otactl_store::control::ControlError> for CliError {
    fn from(e: otactl_store::control::ControlError) -> Self {
        CliError::from(&e)
    }
}

impl From<&otactl_store::control::ControlError> for CliError {
    fn from(e: &otactl_store::control::ControlError) -> Self {
        use otactl_store::control::ControlError as C;
        match e {
            C::NoRollout(_) => {
                CliError::input(e.to_string()).with_hint("list them with `otactl rollout list`")
            }
            C::Refused { .. } => CliError::input(e.to_string()),
            C::Store(s) => CliError::from(s),
        }
    }
}

/// The outcome the audit log records for a command's result: `ok` or `error: KIND`.
pub fn audit_outcome<T>(r: &CliResult<T>) -> String {
    match r {
        Ok(_) => "ok".to_string(),
        Err(e) => format!("error: {}", e.kind.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_distinct_documented_code_except_aliases() {
        let kinds = [
            ErrorKind::Usage,
            ErrorKind::Input,
            ErrorKind::Verification,
            ErrorKind::Remote,
            ErrorKind::RolloutFailed,
            ErrorKind::Timeout,
            ErrorKind::StoreUnavailable,
            ErrorKind::Internal,
        ];
        let mut codes: Vec<u8> = kinds.iter().map(|k| k.exit_code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), kinds.len());
        assert!(!codes.contains(&exit::SUCCESS));
        assert_eq!(ErrorKind::Config.exit_code(), exit::INPUT);
    }

    /// A full disk as SQLite reports it (SQLITE_FULL, here from `max_page_count`, so
    /// the test needs no small file system): exit 8, "store unavailable".
    #[test]
    fn sqlite_full_is_store_unavailable() {
        let conn = otactl_store::open_in_memory().expect("store");
        let full = otactl_store::fixture::fill_to_page_limit(&conn)
            .expect_err("the page limit is reached");
        let e = CliError::from(full);
        assert_eq!(e.exit_code(), exit::STORE_UNAVAILABLE, "{}", e.message);
        assert!(e.message.starts_with("store unavailable"), "{}", e.message);
        assert!(e.hint.is_some());
    }

    #[test]
    fn messages_are_folded_to_one_line() {
        let e = CliError::input("first\n  second\n");
        assert_eq!(e.message, "first; second");
    }
}
