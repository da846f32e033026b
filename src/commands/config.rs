//! `otactl config init | show`: write a commented config file; show the settings in
//! effect and where each came from (secrets only as set or unset).

use super::Ctx;
use crate::config::{Setting, Source, TEMPLATE};
use crate::error::{CliError, CliResult};
use clap::{Args, Subcommand};
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Write a commented config file to start from
    Init(InitArgs),
    /// Show the settings in effect and where each came from (never a secret)
    Show,
}

impl ConfigCommand {
    pub fn audit_name(&self) -> Option<&'static str> {
        None
    }

    pub fn run(&self, ctx: &Ctx) -> CliResult<()> {
        match self {
            ConfigCommand::Init(a) => cmd_init(ctx, a),
            ConfigCommand::Show => cmd_show(ctx),
        }
    }
}

/// Write a commented config file with one profile, ready to edit.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write it [default: --config, else $XDG_CONFIG_HOME/otactl/config.toml]
    #[arg(long, value_name = "FILE")]
    pub path: Option<PathBuf>,
    /// Replace an existing file
    #[arg(long)]
    pub force: bool,
    /// Print the template to stdout instead of writing a file
    #[arg(long)]
    pub print: bool,
}

fn cmd_init(ctx: &Ctx, args: &InitArgs) -> CliResult<()> {
    if args.print {
        std::io::stdout().write_all(TEMPLATE.as_bytes())?;
        return Ok(());
    }
    let path = args
        .path
        .clone()
        .unwrap_or_else(|| ctx.settings.config_path.clone());
    if path.exists() && !args.force {
        return Err(
            CliError::input(format!("{} already exists", path.display()))
                .with_hint("pass --force to replace it, or --print to see the template"),
        );
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("toml.tmp");
    std::fs::write(&tmp, TEMPLATE)?;
    std::fs::rename(&tmp, &path)?;
    #[derive(Serialize)]
    struct Out {
        path: PathBuf,
    }
    let out = Out { path: path.clone() };
    ctx.printer.data(&out, |w| {
        writeln!(w, "wrote {}", path.display())?;
        writeln!(w, "edit it, then check with: otactl config show")
    })
}

#[derive(Serialize)]
struct Shown<'a, T: Serialize> {
    value: &'a Option<T>,
    source: Source,
}

fn s<T: Serialize>(x: &Setting<T>) -> Shown<'_, T> {
    Shown {
        value: &x.value,
        source: x.source,
    }
}

fn secret_state(x: &Option<crate::config::Secret>) -> &'static str {
    if x.is_some() { "set" } else { "unset" }
}

fn cmd_show(ctx: &Ctx) -> CliResult<()> {
    let st = &ctx.settings;
    let json = serde_json::json!({
        "config_file": st.config_path,
        "config_file_found": st.config_found,
        "profile": st.profile,
        "store": s(&st.store),
        "key": s(&st.key),
        "mqtt": {
            "url": s(&st.mqtt.url).value.as_deref().map(crate::config::redact_url),
            "url_source": st.mqtt.url.source,
            "topic_prefix": s(&st.mqtt.topic_prefix),
            "client_id": s(&st.mqtt.client_id),
            "ca_file": s(&st.mqtt.ca_file),
            "client_cert": s(&st.mqtt.client_cert),
            "client_key": s(&st.mqtt.client_key),
            "username": s(&st.mqtt.username),
            "password": secret_state(&st.mqtt.password),
            "inflight": st.mqtt.inflight,
            "max_packet_size": st.mqtt.max_packet_size,
        },
        "s3": {
            "endpoint": s(&st.s3.endpoint),
            "region": s(&st.s3.region),
            "bucket": s(&st.s3.bucket),
            "path_style": s(&st.s3.path_style),
            "access_key_id": secret_state(&st.s3.access_key),
            "secret_access_key": secret_state(&st.s3.secret_key),
            "session_token": secret_state(&st.s3.session_token),
        },
    });
    ctx.printer.data(&json, |w| {
        let found = if st.config_found {
            ""
        } else {
            " (not found: defaults and environment only)"
        };
        writeln!(w, "config file   {}{found}", st.config_path.display())?;
        writeln!(w, "profile       {}", st.profile)?;
        for section in ["store", "key", "mqtt", "s3"] {
            write_settings(w, section, &json[section], None)?;
        }
        Ok(())
    })
}

/// Prints the `config show` JSON as `key  value  (source)` lines, so text and JSON come
/// from one list of settings. `{value, source}` objects carry their source; a plain
/// value takes it from a `NAME_source` sibling, if any (the redacted broker URL).
fn write_settings(
    w: &mut dyn Write,
    key: &str,
    v: &serde_json::Value,
    source: Option<&serde_json::Value>,
) -> std::io::Result<()> {
    use serde_json::Value;
    let text = |x: &Value| match x {
        Value::Null => "-".to_string(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    match v {
        Value::Object(o) if o.contains_key("source") => {
            let src = o.get("source").map(text).unwrap_or_default();
            let val = o.get("value").map(text).unwrap_or_else(|| "-".into());
            writeln!(w, "{key:<22}{val:<44} ({src})")
        }
        Value::Object(o) => {
            for (k, x) in o.iter().filter(|(k, _)| !k.ends_with("_source")) {
                write_settings(w, &format!("{key}.{k}"), x, o.get(&format!("{k}_source")))?;
            }
            Ok(())
        }
        other => match source {
            Some(src) => writeln!(w, "{key:<22}{:<44} ({})", text(other), text(src)),
            None => writeln!(w, "{key:<22}{}", text(other)),
        },
    }
}
