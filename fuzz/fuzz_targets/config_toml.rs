//! Fuzzes the config file: TOML text into profiles never panics (errors name a line),
//! and the values `Settings::resolve` checks (broker URL) are checked without panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otactl::config::{parse_file, redact_url, validate_broker_url};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(file) = parse_file(text, Path::new("config.toml")) else {
        return;
    };
    for p in file.profiles.values() {
        if let Some(url) = &p.mqtt.url {
            let _ = validate_broker_url(url);
            let shown = redact_url(url);
            // A password in the URL never reaches a message.
            if let Some((_, rest)) = url.split_once("://")
                && let Some((cred, _)) = rest.rsplit_once('@')
                && let Some((_, pw)) = cred.split_once(':')
                && pw.len() >= 4
            {
                assert!(!shown.contains(&format!(":{pw}@")), "{shown}");
            }
        }
        if let Some(url) = &p.s3.endpoint {
            let _ = redact_url(url);
        }
    }
});
