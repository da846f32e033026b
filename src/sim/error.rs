//! What can stop the simulator: a fleet that cannot be built from its settings, a
//! state file that cannot be read or written, a broker that does not take the
//! connections. Messages name paths and endpoints; `error.rs` adds the kind and hint.

use crate::mqtt::MqttError;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum SimError {
    #[error("the simulator must be started inside a tokio runtime")]
    NoRuntime,
    #[error("simulate at least one device")]
    NoDevices,
    #[error("simulated devices trust no operator key")]
    NoTrustedKeys,
    #[error("the hardware mix is empty")]
    EmptyHwMix,
    /// The id pattern does not format (the reason says why).
    #[error("{0}")]
    IdPattern(String),
    #[error("the id pattern gives '{0}' twice")]
    DuplicateId(String),
    #[error("cannot read the simulator state {}: {source}", path.display())]
    ReadState {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the simulator state {} is not readable: {source}", path.display())]
    StateUnreadable {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error(
        "the simulator state {} has format {found:?}, expected {:?}",
        path.display(),
        super::state_file::FORMAT
    )]
    StateFormat { path: PathBuf, found: String },
    #[error("simulator state: {0}")]
    EncodeState(serde_json::Error),
    #[error("cannot write the simulator state {}: {source}", path.display())]
    WriteState {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The blocking save task did not finish (panicked or was cancelled).
    #[error("saving the simulator state: {0}")]
    SaveTask(String),
    #[error("HTTP client: {0}")]
    HttpClient(String),
    #[error("the simulator's MQTT connections to {endpoint} are not ready after {secs}s")]
    NotReady { endpoint: String, secs: u64 },
    #[error(transparent)]
    Mqtt(#[from] MqttError),
}

pub type Result<T, E = SimError> = std::result::Result<T, E>;
