//! The install and health hooks: executables the agent runs with the image and the
//! manifest in environment variables (see the README's "Devices"). Exit 0 is success,
//! [`REBOOT_EXIT`] from the install hook asks for a reboot, anything else fails with
//! the hook's last stderr line.

use std::path::Path;
use std::process::Stdio;
use tokio::io::AsyncBufReadExt;

/// The install hook's exit code that asks for a reboot (the agent then exits with it).
pub const REBOOT_EXIT: i32 = 10;

/// How a hook ended.
#[derive(Debug, PartialEq, Eq)]
pub enum HookEnd {
    Ok,
    Reboot,
    Failed(String),
}

/// Runs `hook` with `env`, stderr passed through to ours (journald) and its last
/// non-empty line kept for the error message.
pub async fn run(hook: &Path, env: &[(&str, String)]) -> HookEnd {
    let mut c = tokio::process::Command::new(hook);
    c.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(false);
    for (k, v) in env {
        c.env(k, v);
    }
    let mut child = match c.spawn() {
        Ok(c) => c,
        Err(e) => return HookEnd::Failed(format!("cannot run {}: {e}", hook.display())),
    };
    let mut last = String::new();
    if let Some(err) = child.stderr.take() {
        let mut lines = tokio::io::BufReader::new(err).lines();
        while let Ok(Some(l)) = lines.next_line().await {
            eprintln!("hook {}: {l}", hook.display());
            if !l.trim().is_empty() {
                last = l.trim().chars().take(500).collect();
            }
        }
    }
    match child.wait().await {
        Ok(s) if s.success() => HookEnd::Ok,
        Ok(s) if s.code() == Some(REBOOT_EXIT) => HookEnd::Reboot,
        Ok(s) => {
            let how = match s.code() {
                Some(c) => format!("exit {c}"),
                None => "killed by a signal".into(),
            };
            HookEnd::Failed(if last.is_empty() {
                how
            } else {
                format!("{how}: {last}")
            })
        }
        Err(e) => HookEnd::Failed(format!("waiting for {}: {e}", hook.display())),
    }
}
