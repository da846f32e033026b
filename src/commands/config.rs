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
    /// List the config file's profiles: which is the default, which is in effect
    Profiles,
    /// Make a profile the file's default_profile
    Use(UseArgs),
}

/// Make PROFILE the config file's `default_profile` (the rest of the file is kept as
/// it is, comments included). `--profile` and OTACTL_PROFILE still win over it.
#[derive(Debug, Args)]
pub struct UseArgs {
    /// A profile of the config file (see `otactl config profiles`)
    pub profile: String,
}

fn read_file(ctx: &Ctx) -> CliResult<crate::config::ConfigFile> {
    crate::config::load_file(&ctx.settings.config_path, true)?.ok_or_else(|| {
        CliError::input(format!(
            "no config file at {}",
            ctx.settings.config_path.display()
        ))
        .with_hint("write one with `otactl config init`")
    })
}

fn cmd_profiles(ctx: &Ctx) -> CliResult<()> {
    let path = &ctx.settings.config_path;
    let file = if path.exists() {
        read_file(ctx)?
    } else {
        crate::config::ConfigFile::default()
    };
    let default = file
        .default_profile
        .clone()
        .unwrap_or_else(|| "default".into());
    #[derive(Serialize)]
    struct Row {
        name: String,
        default: bool,
        in_effect: bool,
        broker: Option<String>,
        store: Option<PathBuf>,
    }
    let rows: Vec<Row> = file
        .profiles
        .iter()
        .map(|(name, p)| Row {
            name: name.clone(),
            default: *name == default,
            in_effect: *name == ctx.settings.profile,
            broker: p.mqtt.url.as_deref().map(crate::config::redact_url),
            store: p.store.clone(),
        })
        .collect();
    ctx.printer.data(&rows, |w| {
        let table: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                let mark = match (r.in_effect, r.default) {
                    (true, true) => "* (default)",
                    (true, false) => "*",
                    (false, true) => "(default)",
                    (false, false) => "",
                };
                vec![
                    r.name.clone(),
                    mark.to_string(),
                    r.broker.clone().unwrap_or_else(|| "-".into()),
                    r.store
                        .as_ref()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| "-".into()),
                ]
            })
            .collect();
        crate::output::table(w, &["PROFILE", "IN EFFECT", "BROKER", "STORE"], &table)?;
        if rows.is_empty() {
            writeln!(
                w,
                "(no profiles in {}; write one with `otactl config init`)",
                path.display()
            )?;
        }
        Ok(())
    })
}

fn cmd_use(ctx: &Ctx, a: &UseArgs) -> CliResult<()> {
    let file = read_file(ctx)?;
    if !file.profiles.contains_key(&a.profile) {
        return Err(CliError::input(format!(
            "there is no profile '{}' in {}",
            a.profile,
            ctx.settings.config_path.display()
        ))
        .with_hint(format!(
            "known profiles: {}",
            file.profiles.keys().cloned().collect::<Vec<_>>().join(", ")
        )));
    }
    let path = &ctx.settings.config_path;
    let text = std::fs::read_to_string(path)?;
    let line = format!("default_profile = {}", toml_string(&a.profile));
    let mut replaced = false;
    let mut out: Vec<String> = Vec::new();
    for l in text.lines() {
        if !replaced && l.trim_start().starts_with("default_profile") && l.contains('=') {
            out.push(line.clone());
            replaced = true;
        } else {
            out.push(l.to_string());
        }
    }
    if !replaced {
        out.insert(0, line);
    }
    let new = out.join("\n") + "\n";
    crate::config::parse_file(&new, path)?;
    let tmp = path.with_extension("toml.tmp");
    std::fs::write(&tmp, new)?;
    std::fs::rename(&tmp, path)?;
    let v = serde_json::json!({"default_profile": a.profile, "config_file": path});
    ctx.printer
        .data(&v, |w| writeln!(w, "default profile is now {}", a.profile))
}

fn toml_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

impl ConfigCommand {
    pub fn audit_name(&self) -> Option<&'static str> {
        match self {
            ConfigCommand::Use(_) => Some("config use"),
            _ => None,
        }
    }

    pub fn run(&self, ctx: &Ctx) -> CliResult<()> {
        match self {
            ConfigCommand::Init(a) => cmd_init(ctx, a),
            ConfigCommand::Show => cmd_show(ctx),
            ConfigCommand::Profiles => cmd_profiles(ctx),
            ConfigCommand::Use(a) => cmd_use(ctx, a),
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

/// The signing key `firmware sign` would use: the configured one, else the keyring's
/// default (`otactl keys default`).
fn key_in_effect(key: &Setting<PathBuf>) -> serde_json::Value {
    if key.value.is_some() {
        return serde_json::to_value(s(key)).unwrap_or_default();
    }
    match crate::keyring::Keyring::new(None).default_key() {
        Some(p) => serde_json::json!({"value": p, "source": "keyring default"}),
        None => serde_json::json!({"value": null, "source": "none: `otactl keys generate`"}),
    }
}

fn cmd_show(ctx: &Ctx) -> CliResult<()> {
    let st = &ctx.settings;
    let json = serde_json::json!({
        "config_file": st.config_path,
        "config_file_found": st.config_found,
        "profile": st.profile,
        "store": s(&st.store),
        "key": key_in_effect(&st.key),
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
