//! Fuzzes the artifact server's path handling: whatever the request target, the name
//! it serves is one plain file name, which joined to the folder stays in the folder.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otactl::artifact_server::file_name_of;
use std::path::{Component, Path};

fuzz_target!(|data: &[u8]| {
    let Ok(target) = std::str::from_utf8(data) else {
        return;
    };
    let Some(name) = file_name_of(target) else {
        return;
    };
    assert!(!name.is_empty() && name.len() <= 255);
    assert!(!name.starts_with('.'), "no dot files, no `..`");
    assert!(!name.contains(['/', '\\', '%', '\0']) && !name.chars().any(char::is_control));
    let dir = Path::new("/srv/artifacts");
    let joined = dir.join(name);
    assert_eq!(joined.parent(), Some(dir));
    assert!(joined
        .components()
        .all(|c| matches!(c, Component::RootDir | Component::Normal(_))));
});
