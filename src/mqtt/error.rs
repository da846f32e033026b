//! What can go wrong between otactl and the broker: a connection setting that does
//! not work (URL, TLS files) or a broker that does not answer. Messages name the
//! endpoint and files, never a password; `error.rs` adds the kind and the hint.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum MqttError {
    /// `url` is already redacted.
    #[error("invalid port in broker URL '{url}'")]
    InvalidPort { url: String },
    #[error("mqtts:// needs a CA file")]
    NoCaFile,
    /// A CA, certificate or key file rustls cannot use.
    #[error("cannot use {}: {reason}", path.display())]
    TlsFile { path: PathBuf, reason: String },
    #[error("a client certificate needs its key, and back")]
    CertWithoutKey,
    /// rustls refused our protocol versions: a bug, not a setting.
    #[error("TLS setup: {0}")]
    TlsSetup(String),
    /// No CONNACK in time; `why` is the last connection error, or "no answer".
    #[error("cannot reach the MQTT broker at {endpoint}: {why}")]
    Unreachable { endpoint: String, why: String },
    /// A thread of the link could not be started.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = MqttError> = std::result::Result<T, E>;
