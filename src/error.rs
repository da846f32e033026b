//! Errors as the operator sees them: a kind that fixes the exit code, one clear line,
//! and a hint that says what to do. Exit codes are an API: they are listed here, in
//! the README and in the man page, and never renumbered.

use crate::agent::AgentError;
use crate::artifact_server::ServeError;
use crate::config::ConfigError;
use crate::keyring::KeyringError;
use crate::mqtt::MqttError;
use crate::s3::S3Error;
use crate::signing::SigningError;
use crate::sim::SimError;
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
    /// `rollout wait`: the rollout is paused and waits for an operator (a gate holds
    /// it, an operator paused it, or one of its errors did).
    pub const PAUSED: u8 = 9;
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
    /// A rollout is paused, waiting for an operator.
    Paused,
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
            ErrorKind::Paused => exit::PAUSED,
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
            ErrorKind::Paused => "paused",
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

impl From<SigningError> for CliError {
    fn from(e: SigningError) -> Self {
        let verification = e.is_verification_failure();
        let msg = e.to_string();
        match e {
            SigningError::WrongPassword => {
                CliError::input(msg).with_hint("check OTACTL_KEY_PASSWORD or the --password-file")
            }
            SigningError::PasswordRequired => CliError::input(msg).with_hint(
                "set OTACTL_KEY_PASSWORD or pass --password-file (no terminal to prompt on)",
            ),
            SigningError::UntrustedKey { .. } => CliError::new(ErrorKind::Verification, msg)
                .with_hint("trust the signer with `otactl keys trust KEY.pub`, or pass --pubkey"),
            SigningError::InvalidManifest(_) => CliError::new(ErrorKind::Verification, msg)
                .with_hint(
                    "otactl does not use such a release; sign the image with `otactl firmware sign`",
                ),
            _ if verification => CliError::new(ErrorKind::Verification, msg),
            _ => CliError::input(msg),
        }
    }
}

impl From<KeyringError> for CliError {
    fn from(e: KeyringError) -> Self {
        use KeyringError as K;
        let msg = e.to_string();
        match e {
            K::Signing(s) => CliError::from(s),
            K::Io(io) => CliError::from(io),
            K::NoSigningKey => CliError::config(msg).with_hint(
                "generate one with `otactl keys generate`, or pass --key FILE / OTACTL_KEY",
            ),
            K::ReadSecretKey { .. } => CliError::input(msg)
                .with_hint("generate one with `otactl keys generate`, or pass --key FILE"),
            K::KeyFileExists { .. } => CliError::input(msg)
                .with_hint("pick another --name, or remove the old key yourself"),
            K::InvalidName { .. } => {
                CliError::input(msg).with_hint("use letters, digits, '.', '_' and '-'")
            }
            K::NoSuchKey { .. } => {
                CliError::input(msg).with_hint("list the keys with `otactl keys list`")
            }
            K::NameTaken { .. } => {
                CliError::input(msg).with_hint("keys are never overwritten; pick another --name")
            }
            K::UnreadableTrusted { .. } => CliError::input(msg)
                .with_hint("remove it with `otactl keys untrust ID` or fix the file"),
            K::ReadPasswordFile { .. } | K::PasswordsDiffer | K::Write { .. } => {
                CliError::input(msg)
            }
        }
    }
}

impl From<ConfigError> for CliError {
    fn from(e: ConfigError) -> Self {
        use ConfigError as C;
        let err = CliError::config(e.to_string());
        match e {
            C::ReadFile { .. } => err
                .with_hint("create one with `otactl config init`, or drop --config/OTACTL_CONFIG"),
            C::Parse { .. } => {
                err.with_hint("see `otactl config init --print` for a commented example")
            }
            C::ReadSecretFile { .. } => err,
            C::UnknownProfile { known, .. } if known.is_empty() => {
                err.with_hint("the file has no profiles; add [profiles.NAME] or drop --profile")
            }
            C::UnknownProfile { known, .. } => {
                err.with_hint(format!("known profiles: {}", known.join(", ")))
            }
            C::PasswordEnvUnset { var, .. } => err.with_hint(format!("export {var}=...")),
            C::PasswordInBrokerFlag => err.with_hint(
                "drop it from the URL and set OTACTL_MQTT_PASSWORD (or mqtt.password_env / \
                 mqtt.password_file in the profile); OTACTL_BROKER may carry it too",
            ),
            C::InvalidTopicPrefix { .. } => err.with_hint(
                "use plain topic levels such as 'fleet' or 'acme/fleet', without + or #",
            ),
            C::InvalidBrokerUrl { .. } => {
                err.with_hint("use mqtt://HOST:PORT or mqtts://HOST:PORT")
            }
        }
    }
}

impl From<MqttError> for CliError {
    fn from(e: MqttError) -> Self {
        use MqttError as M;
        let msg = e.to_string();
        match e {
            M::Io(io) => CliError::from(io),
            M::InvalidPort { .. } => {
                CliError::config(msg).with_hint("use mqtt://HOST:PORT or mqtts://HOST:PORT")
            }
            M::NoCaFile => CliError::config(msg)
                .with_hint("set mqtt.ca_file in the profile or pass --mqtt-ca FILE"),
            M::TlsFile { .. } => CliError::config(msg).with_hint(
                "give PEM files: the CA certificate(s), the client certificate and its key",
            ),
            M::CertWithoutKey => {
                CliError::config(msg).with_hint("set both mqtt.client_cert and mqtt.client_key")
            }
            M::TlsSetup(_) => CliError::internal(msg),
            M::Unreachable { .. } => CliError::new(ErrorKind::Remote, msg)
                .with_hint("check --broker (or the profile's mqtt.url) and that the broker runs"),
        }
    }
}

impl From<SimError> for CliError {
    fn from(e: SimError) -> Self {
        use SimError as S;
        let msg = e.to_string();
        let fresh = "remove it to start the simulated fleet afresh";
        match e {
            S::Mqtt(m) => CliError::from(m),
            S::NoRuntime | S::EncodeState(_) | S::SaveTask(_) | S::HttpClient(_) => {
                CliError::internal(msg)
            }
            S::NoDevices | S::EmptyHwMix | S::DuplicateId(_) => {
                CliError::new(ErrorKind::Usage, msg)
            }
            S::IdPattern(_) => CliError::new(ErrorKind::Usage, msg)
                .with_hint("use a pattern such as 'TRUCK-{n:06}'"),
            S::NoTrustedKeys => CliError::config(msg)
                .with_hint("pass --trust KEY.pub, or trust a key with `otactl keys trust`"),
            S::ReadState { .. } | S::WriteState { .. } => CliError::input(msg),
            S::StateUnreadable { .. } | S::StateFormat { .. } => {
                CliError::input(msg).with_hint(fresh)
            }
            S::NotReady { .. } => CliError::new(ErrorKind::Remote, msg)
                .with_hint("check that the broker runs and --broker points at it"),
        }
    }
}

impl From<AgentError> for CliError {
    fn from(e: AgentError) -> Self {
        use AgentError as A;
        let msg = e.to_string();
        match e {
            A::Mqtt(m) => CliError::from(m),
            A::HttpClient(_) => CliError::internal(msg),
            A::NoDevices | A::DuplicateDevice(_) | A::BadDeviceId(_) => CliError::config(msg)
                .with_hint(
                    "give --device-id, --hw and --install-hook, or [[device]] in --agent-config",
                ),
            A::NoTrustedKeys => CliError::config(msg)
                .with_hint("give --trust KEY.pub (repeatable) or trust = [...] in --agent-config"),
            A::ReadState { .. } | A::WriteState { .. } => CliError::input(msg),
            A::StateUnreadable { .. } => CliError::input(msg)
                .with_hint("move the device's state.json aside to start it afresh"),
        }
    }
}

impl From<ServeError> for CliError {
    fn from(e: ServeError) -> Self {
        let msg = e.to_string();
        match e {
            ServeError::Io(io) => CliError::from(io),
            ServeError::NoRuntime => CliError::internal(msg),
            ServeError::NotADirectory(_) => CliError::input(msg),
            ServeError::Listen { .. } => {
                CliError::input(msg).with_hint("pick another address, or port 0 for a free one")
            }
        }
    }
}

impl From<S3Error> for CliError {
    fn from(e: S3Error) -> Self {
        let e = match e {
            // The signature check refused the bytes read for the upload.
            S3Error::Rejected(inner) => match inner.downcast::<SigningError>() {
                Ok(signing) => {
                    return CliError::from(*signing).with_hint(
                        "the image is not what was signed; nothing became visible in the bucket \
                         and the parts sent were discarded",
                    );
                }
                Err(other) => return CliError::new(ErrorKind::Verification, other.to_string()),
            },
            e => e,
        };
        let kind = match &e {
            S3Error::Io { .. } | S3Error::Invalid(_) => ErrorKind::Input,
            S3Error::Integrity { .. } => ErrorKind::Verification,
            _ => ErrorKind::Remote,
        };
        CliError::new(kind, e.to_string())
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

impl From<crate::engine::EngineError> for CliError {
    fn from(e: crate::engine::EngineError) -> Self {
        use crate::engine::EngineError as E;
        let msg = e.to_string();
        match e {
            E::OpenStore { source, path } => store_error_at(source, &path),
            E::LockFile { .. } => CliError::new(ErrorKind::StoreUnavailable, msg)
                .with_hint("check the store's folder is writable"),
            E::AlreadyRunning { .. } => CliError::new(ErrorKind::StoreUnavailable, msg)
                .with_hint("one engine per store: stop the other `otactl run`, or use another --store"),
            E::Lock { .. } => CliError::new(ErrorKind::StoreUnavailable, msg),
            E::NoRollout(_) => {
                CliError::input(msg).with_hint("list them with `otactl rollout list`")
            }
            E::Metrics { .. } => {
                CliError::input(msg).with_hint("pick a free address for --metrics-addr")
            }
            E::NoDownloadUrl { .. } => CliError::config(msg).with_hint(
                "upload it with `otactl firmware upload`, or pass --artifact-url (e.g. from `otactl serve`)",
            ),
            E::NoArtifact(_) | E::NotStarted | E::Panicked | E::AlreadyStopped => {
                CliError::internal(msg)
            }
            E::Store(s) => CliError::from(s),
            E::Keyring(k) => CliError::from(k),
            E::Mqtt(m) => CliError::from(m),
            E::S3(s) => CliError::from(s),
            E::Io(io) => CliError::from(io),
        }
    }
}

/// A store error for the store at `path`: the path is named after the message.
pub fn store_error_at(e: otactl_store::StoreError, path: &std::path::Path) -> CliError {
    let mut err = CliError::from(e);
    err.message = format!("{} ({})", err.message, path.display());
    err
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
            C::NotInRollout { rollout, .. } => CliError::input(e.to_string())
                .with_hint(format!("its devices: otactl rollout report {rollout}")),
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

#[cfg(test)]
#[path = "error_tests.rs"]
mod conversions;
