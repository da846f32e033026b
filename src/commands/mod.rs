//! The leaves: one file per subcommand, in folders that follow the CLI tree
//! (`firmware/upload.rs` is `otactl firmware upload`), each an `XxxArgs` (its doc
//! comment is the help text) and a `cmd_xxx(ctx, args)`; groups are enums whose `run`
//! matches to the verbs. What several commands share has one home: `engine.rs` (running
//! the engine), `storage.rs` (the S3 bucket from the settings), and here `Ctx`, what
//! every command is handed: the resolved settings, the printer, the store.

pub mod agent;
pub mod audit;
#[cfg(feature = "embedded-broker")]
pub mod broker;
pub mod completion;
pub mod config;
pub mod dead_letters;
#[cfg(feature = "embedded-broker")]
pub mod demo;
pub mod device;
pub mod engine;
pub mod firmware;
pub mod fleet;
pub mod keys;
pub mod rollout;
pub mod run;
pub mod serve;
pub mod simulate;
pub mod storage;
pub mod store;
pub mod tui;

use crate::cli::GlobalArgs;
use crate::config::Settings;
pub use crate::error::audit_outcome;
use crate::error::{CliError, CliResult};
use crate::output::Printer;
use otactl_store::Connection;
use std::io::{IsTerminal, Write};

/// What every command is handed.
pub struct Ctx {
    pub settings: Settings,
    pub printer: Printer,
    pub global: GlobalArgs,
}

impl Ctx {
    /// Opens (migrating if needed) an existing store. Read commands use this: a missing
    /// store (a typo'd `--store`) is an error, never a new empty store that answers
    /// "nothing here". With `--init` it is created.
    pub fn open_store(&self) -> CliResult<Connection> {
        let path = self.settings.store_path();
        if !self.global.init && !path.exists() {
            return Err(CliError::input(format!(
                "there is no store at {}",
                path.display()
            ))
            .with_hint(
                "check --store / OTACTL_STORE; `otactl fleet import FILE` creates a store, or pass --init",
            ));
        }
        self.create_store()
    }

    /// Opens the store, creating it (and its directory) if it does not exist: for the
    /// commands whose job is to put the first things in it (`fleet import`,
    /// `firmware sign`, `store import`, `store restore`).
    pub fn create_store(&self) -> CliResult<Connection> {
        let path = self.settings.store_path();
        otactl_store::open(&path).map_err(|e| crate::error::store_error_at(e, &path))
    }

    /// The same command context on another store (the demo's temporary one).
    pub fn with_store(&self, store: std::path::PathBuf) -> Ctx {
        let mut settings = self.settings.clone();
        settings.store = crate::config::Setting {
            value: Some(store),
            source: crate::config::Source::Flag,
        };
        let mut global = self.global.clone();
        global.init = true;
        Ctx {
            settings,
            printer: self.printer.clone(),
            global,
        }
    }

    /// Asks before a destructive action. Without a terminal it refuses unless `yes`.
    pub fn confirm(&self, question: &str, yes: bool) -> CliResult<()> {
        if yes {
            return Ok(());
        }
        if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
            return Err(
                CliError::input(format!("refusing to {question} without confirmation"))
                    .with_hint("pass --yes to confirm in scripts"),
            );
        }
        let mut err = std::io::stderr();
        let _ = write!(err, "{question}? [y/N] ");
        let _ = err.flush();
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes") {
            Ok(())
        } else {
            Err(CliError::input("cancelled: nothing was changed"))
        }
    }
}

/// Who is running otactl, for the audit log: OTACTL_ACTOR (CI), else the OS user of
/// this process (its uid, named from /etc/passwd; `uid:N` when it has no name) @ host.
/// `$USER` is not asked: it is unset under sudo, cron and containers, and anyone can set it.
pub fn actor() -> String {
    if let Some(a) = crate::config::process_env("OTACTL_ACTOR") {
        return a;
    }
    let user = os_user().unwrap_or_else(|| "uid:?".into());
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| crate::config::process_env("HOSTNAME"))
        .unwrap_or_else(|| "localhost".into());
    format!("{user}@{host}")
}

/// The name of the user this process runs as.
fn os_user() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid();
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    Some(user_of_uid(&passwd, uid).unwrap_or_else(|| format!("uid:{uid}")))
}

fn user_of_uid(passwd: &str, uid: u32) -> Option<String> {
    passwd.lines().find_map(|l| {
        let mut f = l.split(':');
        let name = f.next()?;
        let id: u32 = f.nth(1)?.parse().ok()?;
        (id == uid && !name.is_empty()).then(|| name.to_string())
    })
}

/// The arguments as given, with the value of anything secret-looking removed.
pub fn redacted_args(args: &[String]) -> Vec<String> {
    let secret = |flag: &str| {
        let f = flag.to_ascii_lowercase();
        ["password", "secret", "token", "credential"]
            .iter()
            .any(|w| f.contains(w))
            && !f.contains("-file")
            && !f.contains("-env")
    };
    let mut out = Vec::with_capacity(args.len());
    let mut hide_next = false;
    for a in args {
        if hide_next {
            out.push("<redacted>".into());
            hide_next = false;
            continue;
        }
        if a.starts_with("--") && secret(a) {
            match a.split_once('=') {
                Some((k, _)) => out.push(format!("{k}=<redacted>")),
                None => {
                    out.push(a.clone());
                    hide_next = true;
                }
            }
            continue;
        }
        // A URL with credentials in it.
        out.push(crate::config::redact_url(a));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_actor_is_the_uid_named_by_passwd() {
        let pw = "root:x:0:0:root:/root:/bin/bash\nops:x:1000:1000::/home/ops:/bin/sh\n";
        assert_eq!(user_of_uid(pw, 0).as_deref(), Some("root"));
        assert_eq!(user_of_uid(pw, 1000).as_deref(), Some("ops"));
        assert_eq!(user_of_uid(pw, 7), None);
        assert!(os_user().is_some_and(|u| !u.is_empty()));
    }

    #[test]
    fn secrets_in_arguments_are_redacted() {
        let a: Vec<String> = [
            "fleet",
            "--mqtt-password",
            "pw",
            "--api-token=tok",
            "--password-file",
            "f",
            "mqtt://u:p@h:1",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let r = redacted_args(&a);
        assert_eq!(
            r,
            vec![
                "fleet",
                "--mqtt-password",
                "<redacted>",
                "--api-token=<redacted>",
                "--password-file",
                "f",
                "mqtt://<credentials>@h:1"
            ]
        );
    }
}
