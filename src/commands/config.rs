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
        let line = |w: &mut dyn Write, k: &str, v: Option<String>, src: Source| {
            let src = serde_json::to_value(src)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default();
            writeln!(w, "{k:<22}{:<44} ({src})", v.unwrap_or_else(|| "-".into()))
        };
        let p = |x: &Setting<PathBuf>| x.value.as_ref().map(|p| p.display().to_string());
        line(w, "store", p(&st.store), st.store.source)?;
        line(w, "key", p(&st.key), st.key.source)?;
        line(
            w,
            "mqtt.url",
            st.mqtt.url.value.as_deref().map(crate::config::redact_url),
            st.mqtt.url.source,
        )?;
        line(
            w,
            "mqtt.topic_prefix",
            st.mqtt.topic_prefix.value.clone(),
            st.mqtt.topic_prefix.source,
        )?;
        line(
            w,
            "mqtt.client_id",
            st.mqtt.client_id.value.clone(),
            st.mqtt.client_id.source,
        )?;
        line(
            w,
            "mqtt.ca_file",
            p(&st.mqtt.ca_file),
            st.mqtt.ca_file.source,
        )?;
        line(
            w,
            "mqtt.client_cert",
            p(&st.mqtt.client_cert),
            st.mqtt.client_cert.source,
        )?;
        line(
            w,
            "mqtt.client_key",
            p(&st.mqtt.client_key),
            st.mqtt.client_key.source,
        )?;
        line(
            w,
            "mqtt.username",
            st.mqtt.username.value.clone(),
            st.mqtt.username.source,
        )?;
        writeln!(
            w,
            "{:<22}{}",
            "mqtt.password",
            secret_state(&st.mqtt.password)
        )?;
        line(
            w,
            "s3.endpoint",
            st.s3.endpoint.value.clone(),
            st.s3.endpoint.source,
        )?;
        line(
            w,
            "s3.region",
            st.s3.region.value.clone(),
            st.s3.region.source,
        )?;
        line(
            w,
            "s3.bucket",
            st.s3.bucket.value.clone(),
            st.s3.bucket.source,
        )?;
        line(
            w,
            "s3.path_style",
            st.s3.path_style.value.map(|b| b.to_string()),
            st.s3.path_style.source,
        )?;
        writeln!(
            w,
            "{:<22}{}",
            "s3.access_key_id",
            secret_state(&st.s3.access_key)
        )?;
        writeln!(
            w,
            "{:<22}{}",
            "s3.secret_access_key",
            secret_state(&st.s3.secret_key)
        )
    })
}
