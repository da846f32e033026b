//! What simulated devices remember across restarts, like a device's flash: the
//! installed version and counter and the command ids seen (with their latest status),
//! in one JSON file written atomically (temp file, fsync, rename).

use super::device::{DeviceState, Seen};
use super::error::{Result, SimError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// The `format` of the file.
pub const FORMAT: &str = "otactl-sim-state/1";

/// One device as saved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedDevice {
    pub hw: String,
    pub firmware_version: String,
    pub counter: u64,
    #[serde(default)]
    pub seen: Vec<Seen>,
}

impl SavedDevice {
    pub fn of(d: &DeviceState) -> SavedDevice {
        SavedDevice {
            hw: d.hw.clone(),
            firmware_version: d.firmware_version.clone(),
            counter: d.counter,
            seen: d.seen.iter().cloned().collect(),
        }
    }

    /// The device `id` as it was saved (no job runs after a restart).
    pub fn restore(&self, id: &str) -> DeviceState {
        let mut d = DeviceState::new(id, &self.hw, &self.firmware_version, self.counter);
        d.seen = self.seen.iter().cloned().collect();
        d
    }
}

/// The whole file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateFile {
    pub format: String,
    pub devices: BTreeMap<String, SavedDevice>,
}

impl Default for StateFile {
    fn default() -> Self {
        StateFile {
            format: FORMAT.into(),
            devices: BTreeMap::new(),
        }
    }
}

/// Reads the file; a missing file is an empty state.
pub fn load(path: &Path) -> Result<StateFile> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(StateFile::default()),
        Err(source) => {
            return Err(SimError::ReadState {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let s: StateFile = serde_json::from_str(&text).map_err(|source| SimError::StateUnreadable {
        path: path.to_path_buf(),
        source,
    })?;
    if s.format != FORMAT {
        return Err(SimError::StateFormat {
            path: path.to_path_buf(),
            found: s.format,
        });
    }
    Ok(s)
}

/// Writes the file atomically: a reader sees the old or the new state, never half.
pub fn save(path: &Path, state: &StateFile) -> Result<()> {
    let json = serde_json::to_vec(state).map_err(SimError::EncodeState)?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "sim-state.json".into());
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let write = || -> std::io::Result<()> {
        std::fs::create_dir_all(dir)?;
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(&json)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    };
    write().map_err(|source| {
        let _ = std::fs::remove_file(&tmp);
        SimError::WriteState {
            path: path.to_path_buf(),
            source,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_missing_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub/state.json");
        assert_eq!(load(&p).unwrap(), StateFile::default());
        let mut d = DeviceState::new("T1", "esp32", "1.2.0", 7);
        d.seen.push_back(Seen {
            command_id: "c1".into(),
            last: None,
        });
        let mut s = StateFile::default();
        s.devices.insert("T1".into(), SavedDevice::of(&d));
        save(&p, &s).unwrap();
        let back = load(&p).unwrap();
        assert_eq!(back, s);
        let r = back.devices["T1"].restore("T1");
        assert_eq!(
            (r.firmware_version.as_str(), r.counter, r.seen.len()),
            ("1.2.0", 7, 1)
        );
        // No temp file left behind.
        let names: Vec<_> = std::fs::read_dir(p.parent().unwrap()).unwrap().collect();
        assert_eq!(names.len(), 1);
        std::fs::write(&p, "{").unwrap();
        assert!(load(&p).is_err());
    }
}
