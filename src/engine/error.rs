//! What can stop an engine, as a type: `error.rs` turns each into the operator's
//! message, hint and exit code (8 for the store and its lock, 5 for the broker, …).

use crate::keyring::KeyringError;
use crate::mqtt::MqttError;
use crate::s3::S3Error;
use otactl_store::StoreError;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Result alias of the engine.
pub type Result<T, E = EngineError> = std::result::Result<T, E>;

/// An error of the engine. Every variant displays as one line; none carries a secret.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// The lock file beside the store could not be opened.
    #[error("cannot open the engine lock {}: {source}", .path.display())]
    LockFile {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Another engine holds the store's lock.
    #[error("another engine is running on this store (pid {pid})")]
    AlreadyRunning { pid: String },
    /// Taking the lock failed for another reason than another holder.
    #[error("cannot lock {}: {source}", .path.display())]
    Lock {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The store could not be opened (or created and migrated).
    #[error("{source} ({})", .path.display())]
    OpenStore {
        path: PathBuf,
        #[source]
        source: StoreError,
    },
    /// `rollout run ID` with an ID the store does not have.
    #[error("no rollout '{0}'")]
    NoRollout(String),
    /// `--metrics-addr` could not be served.
    #[error("cannot serve metrics on {addr}: {source}")]
    Metrics {
        addr: SocketAddr,
        #[source]
        source: std::io::Error,
    },
    /// A rollout's artifact has neither an object in the bucket nor a local server.
    #[error(
        "no download URL for {name}@{version}: it is not uploaded and no local artifact server is set"
    )]
    NoDownloadUrl { name: String, version: String },
    /// A rollout's artifact row is gone.
    #[error("rollout {0} has no artifact")]
    NoArtifact(String),
    /// The engine in the background did not say it was connected in time.
    #[error("the engine did not start")]
    NotStarted,
    /// The engine's thread panicked.
    #[error("the engine thread panicked")]
    Panicked,
    /// The background engine was stopped twice.
    #[error("the engine was already stopped")]
    AlreadyStopped,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Keyring(#[from] KeyringError),
    #[error(transparent)]
    Mqtt(#[from] MqttError),
    #[error(transparent)]
    S3(#[from] S3Error),
    /// The runtime, a thread, or the reporter (e.g. a closed stdout) failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

impl EngineError {
    /// The error belongs to one rollout (its artifact), not to the engine: the engine
    /// pauses that rollout and goes on with the others.
    pub fn is_rollout_local(&self) -> bool {
        matches!(
            self,
            EngineError::NoDownloadUrl { .. } | EngineError::NoArtifact(_) | EngineError::S3(_)
        )
    }
}
