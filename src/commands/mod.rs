//! One file per subcommand: an `XxxArgs` (its doc comment is the help text) and a
//! `cmd_xxx(ctx, args)`. Groups are enums whose `run` matches to the verbs. `Ctx`
//! is what every command gets: the resolved settings, the printer, the store.

pub mod audit;
#[cfg(feature = "embedded-broker")]
pub mod broker;
pub mod config;
#[cfg(feature = "embedded-broker")]
pub mod demo;
pub mod device;
pub mod firmware;
pub mod fleet;
pub mod generate;
pub mod keys;
pub mod mqtt_bench;
pub mod rollout;
pub mod run;
pub mod serve;
pub mod simulate;
pub mod store;
pub mod tui;
pub mod upload;

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
    /// Opens (creating and migrating if needed) the store.
    pub fn open_store(&self) -> CliResult<Connection> {
        let path = self.settings.store_path();
        otactl_store::open(&path).map_err(|e| {
            let mut err = CliError::from(e);
            err.message = format!("{} ({})", err.message, path.display());
            err
        })
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

/// Who is running otactl, for the audit log: OTACTL_ACTOR, else user@host.
pub fn actor() -> String {
    if let Some(a) = crate::config::process_env("OTACTL_ACTOR") {
        return a;
    }
    let user = crate::config::process_env("USER")
        .or_else(|| crate::config::process_env("LOGNAME"))
        .unwrap_or_else(|| "unknown".into());
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .or_else(|| crate::config::process_env("HOSTNAME"))
        .unwrap_or_else(|| "localhost".into());
    format!("{user}@{host}")
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
