//! What the agent remembers across kills and power cuts, per device, in
//! `STATE_DIR/DEVICE/state.json`: installed version and counter, the command ids seen
//! (with their latest status) and the job in progress with its stage. Written
//! atomically (temp file, fsync, rename, fsync of the directory).

use super::error::{AgentError, Result};
use crate::sim::device::{DeviceState, SavedJob, Seen};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The `format` of the file.
pub const FORMAT: &str = "otactl-agent-state/1";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub format: String,
    pub firmware_version: String,
    pub counter: u64,
    #[serde(default)]
    pub seen: Vec<Seen>,
    #[serde(default)]
    pub job: Option<SavedJob>,
}

impl Saved {
    pub fn of(d: &DeviceState) -> Saved {
        Saved {
            format: FORMAT.into(),
            firmware_version: d.firmware_version.clone(),
            counter: d.counter,
            seen: d.seen.iter().cloned().collect(),
            job: d.saved_job(),
        }
    }
}

/// The directory of device `id`.
pub fn device_dir(state_dir: &Path, id: &str) -> PathBuf {
    state_dir.join(id)
}

fn file(state_dir: &Path, id: &str) -> PathBuf {
    device_dir(state_dir, id).join("state.json")
}

/// The saved state of `id`, if any.
pub fn load(state_dir: &Path, id: &str) -> Result<Option<Saved>> {
    let path = file(state_dir, id);
    let text = match std::fs::read(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(AgentError::ReadState { path, source }),
    };
    serde_json::from_slice(&text)
        .map(Some)
        .map_err(|source| AgentError::StateUnreadable { path, source })
}

/// Saves `d` atomically.
pub fn save(state_dir: &Path, d: &DeviceState) -> Result<()> {
    let dir = device_dir(state_dir, &d.id);
    let path = file(state_dir, &d.id);
    let werr = |source| AgentError::WriteState {
        path: path.clone(),
        source,
    };
    std::fs::create_dir_all(&dir).map_err(werr)?;
    let text = serde_json::to_vec_pretty(&Saved::of(d)).unwrap_or_default();
    let tmp = dir.join("state.json.tmp");
    let mut f = std::fs::File::create(&tmp).map_err(werr)?;
    f.write_all(&text).map_err(werr)?;
    f.sync_all().map_err(werr)?;
    drop(f);
    std::fs::rename(&tmp, &path).map_err(werr)?;
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_and_loads_a_device() {
        let dir = tempfile::tempdir().unwrap();
        let mut d = DeviceState::new("T1", "stm32f4", "1.0.0", 3);
        d.seen.push_back(Seen {
            command_id: "c1".into(),
            last: None,
        });
        assert_eq!(load(dir.path(), "T1").unwrap(), None);
        save(dir.path(), &d).unwrap();
        let s = load(dir.path(), "T1").unwrap().unwrap();
        assert_eq!((s.firmware_version.as_str(), s.counter), ("1.0.0", 3));
        assert_eq!(s.seen.len(), 1);
        std::fs::write(file(dir.path(), "T1"), "{").unwrap();
        assert!(matches!(
            load(dir.path(), "T1"),
            Err(AgentError::StateUnreadable { .. })
        ));
    }
}
