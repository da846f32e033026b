//! What can stop the agent: settings that do not make a device, a state directory
//! that cannot be read or written, a broker that cannot be configured. `error.rs`
//! turns them into the CLI's error, exit code and hint.

use crate::mqtt::MqttError;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum AgentError {
    #[error("the agent has no device: give --device-id and --hw, or [[device]] in --agent-config")]
    NoDevices,
    #[error("the agent trusts no operator key")]
    NoTrustedKeys,
    #[error("device {0:?} is given twice")]
    DuplicateDevice(String),
    #[error("device id {0:?} is not valid (1 to 64 of A-Z a-z 0-9 . _ -)")]
    BadDeviceId(String),
    #[error("cannot read the agent state {}: {source}", path.display())]
    ReadState {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the agent state {} is not readable: {source}", path.display())]
    StateUnreadable {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("cannot write the agent state {}: {source}", path.display())]
    WriteState {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("HTTP client: {0}")]
    HttpClient(String),
    #[error(transparent)]
    Mqtt(#[from] MqttError),
}

pub type Result<T, E = AgentError> = std::result::Result<T, E>;
