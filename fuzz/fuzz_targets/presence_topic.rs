//! Fuzzes topic parsing and presence messages: `parse_topic` of any string under the
//! prefix, `parse_presence` of any payload; a parsed topic rebuilds to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otactl::domain::protocol::{TopicKind, command_topic, parse_presence, parse_topic};

fuzz_target!(|data: &[u8]| {
    let _ = parse_presence("T1", data);
    let Ok(topic) = std::str::from_utf8(data) else {
        return;
    };
    if let Some((dev, kind)) = parse_topic("fleet", topic) {
        let suffix = match kind {
            TopicKind::Command => "update/command",
            TopicKind::Status => "update/status",
            TopicKind::Inventory => "inventory",
            TopicKind::Presence => "presence",
        };
        assert_eq!(format!("fleet/{dev}/{suffix}"), topic);
        if kind == TopicKind::Command {
            assert_eq!(command_topic("fleet", dev), topic);
        }
        let _ = parse_presence(dev, b"online");
    }
});
