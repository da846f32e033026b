//! `otactl keys generate | list | show | trust | untrust`: signing keys in minisign's
//! file formats, and the public keys otactl accepts when verifying.

use super::Ctx;
use crate::error::{CliError, CliResult};
use crate::keyring::{Keyring, Password};
use crate::output::table;
use crate::signing::{KeyId, PublicKey};
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Generate a signing key pair (minisign format)
    Generate(GenerateArgs),
    /// List generated and trusted keys
    List(DirArgs),
    /// Show a key's id (as minisign prints it) and public key
    Show(ShowArgs),
    /// Trust a public key (a minisign .pub file) for verification
    Trust(TrustArgs),
    /// Stop trusting a public key
    Untrust(UntrustArgs),
    /// Make a generated key the default signing key
    Default(DefaultArgs),
}

/// Make NAME.key the default signing key (`--key`, OTACTL_KEY and the profile's `key`
/// still win over it).
#[derive(Debug, Args)]
pub struct DefaultArgs {
    /// The key's name (as `keys list` shows it)
    pub name: String,
    #[command(flatten)]
    pub dir: DirArgs,
}

fn cmd_default(ctx: &Ctx, a: &DefaultArgs) -> CliResult<()> {
    let ring = Keyring::new(a.dir.dir.clone());
    let path = ring.set_default(&a.name)?;
    let out = serde_json::json!({"default": a.name, "secret_file": path});
    ctx.printer.data(&out, |w| {
        writeln!(w, "{} is now the default signing key", a.name)
    })?;
    if let Some(k) = &ctx.settings.key.value {
        ctx.printer.warn(format!(
            "the configured key {} (--key, OTACTL_KEY or the profile) still takes precedence",
            k.display()
        ));
    }
    Ok(())
}

impl KeysCommand {
    pub fn audit_name(&self) -> Option<&'static str> {
        match self {
            KeysCommand::Generate(_) => Some("keys generate"),
            KeysCommand::Trust(_) => Some("keys trust"),
            KeysCommand::Untrust(_) => Some("keys untrust"),
            KeysCommand::Default(_) => Some("keys default"),
            _ => None,
        }
    }

    pub fn run(&self, ctx: &Ctx) -> CliResult<()> {
        match self {
            KeysCommand::Generate(a) => cmd_generate(ctx, a),
            KeysCommand::List(a) => cmd_list(ctx, a),
            KeysCommand::Show(a) => cmd_show(ctx, a),
            KeysCommand::Trust(a) => cmd_trust(ctx, a),
            KeysCommand::Untrust(a) => cmd_untrust(ctx, a),
            KeysCommand::Default(a) => cmd_default(ctx, a),
        }
    }
}

#[derive(Debug, Args)]
pub struct DirArgs {
    /// The key directory [default: $OTACTL_KEY_DIR, else $XDG_CONFIG_HOME/otactl/keys]
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Generate an Ed25519 key pair as NAME.pub and NAME.key (minisign's formats).
///
/// The secret key is encrypted with a password the way minisign does it (scrypt):
/// from OTACTL_KEY_PASSWORD, --password-file, or a prompt. Its public key is trusted.
/// The first key becomes the default signing key; a later one only with --default (or
/// `otactl keys default NAME`). An existing key is never overwritten.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// The key's name (files NAME.pub and NAME.key)
    #[arg(long, default_value = "otactl")]
    pub name: String,
    #[command(flatten)]
    pub dir: DirArgs,
    /// Store the secret key unencrypted (test rigs only)
    #[arg(long)]
    pub unencrypted: bool,
    /// Read the password from the first line of this file
    #[arg(long, value_name = "FILE", conflicts_with = "unencrypted")]
    pub password_file: Option<PathBuf>,
    /// Make the new key the default signing key
    #[arg(long)]
    pub default: bool,
}

fn cmd_generate(ctx: &Ctx, a: &GenerateArgs) -> CliResult<()> {
    let ring = Keyring::new(a.dir.dir.clone());
    let password = if a.unencrypted {
        None
    } else {
        match Password::from_args(a.password_file.as_deref()).get("the new key", true)? {
            Some(p) if !p.is_empty() => Some(p),
            Some(_) => {
                return Err(CliError::input("empty password")
                    .with_hint("give a password, or --unencrypted for a test rig"));
            }
            None => {
                return Err(CliError::input("no password for the new secret key").with_hint(
                    "set OTACTL_KEY_PASSWORD, pass --password-file, run on a terminal, or --unencrypted",
                ));
            }
        }
    };
    let previous = ring.default_name();
    let info = ring.generate(&a.name, password.as_deref(), a.default)?;
    ctx.printer.data(&info, |w| {
        writeln!(w, "key id      {}", info.key_id)?;
        writeln!(w, "public key  {}", info.public_file.display())?;
        if let Some(s) = &info.secret_file {
            writeln!(
                w,
                "secret key  {} (mode 0600{})",
                s.display(),
                if a.unencrypted { ", UNENCRYPTED" } else { "" }
            )?;
        }
        match (&previous, info.default) {
            (_, true) => writeln!(
                w,
                "it is now the default signing key; give devices the public key"
            ),
            (Some(p), false) => writeln!(
                w,
                "the default signing key is still {p}; make this one the default with `otactl keys default {}`",
                info.name
            ),
            (None, false) => writeln!(w, "give devices the public key"),
        }
    })
}

fn cmd_list(ctx: &Ctx, a: &DirArgs) -> CliResult<()> {
    let keys = Keyring::new(a.dir.clone()).list()?;
    ctx.printer.data(&keys, |w| {
        let rows: Vec<Vec<String>> = keys
            .iter()
            .map(|k| {
                vec![
                    k.name.clone(),
                    k.key_id.clone(),
                    if k.secret_file.is_some() { "yes" } else { "no" }.into(),
                    if k.default { "*" } else { "" }.into(),
                    if k.trusted { "yes" } else { "no" }.into(),
                ]
            })
            .collect();
        table(
            w,
            &["NAME", "KEY ID", "SECRET", "DEFAULT", "TRUSTED"],
            &rows,
        )
    })
}

/// Show a key: its id as minisign prints it, and its public key.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// A key name, key id, or .pub file [default: the default signing key]
    pub key: Option<String>,
    #[command(flatten)]
    pub dir: DirArgs,
}

fn cmd_show(ctx: &Ctx, a: &ShowArgs) -> CliResult<()> {
    let ring = Keyring::new(a.dir.dir.clone());
    let keys = ring.list()?;
    let found = match &a.key {
        None => keys.iter().find(|k| k.default),
        Some(k) => keys.iter().find(|i| {
            &i.name == k
                || i.key_id.eq_ignore_ascii_case(k)
                || i.public_file.as_os_str() == k.as_str()
        }),
    };
    let info = match (found, &a.key) {
        (Some(i), _) => i.clone(),
        (None, Some(k)) if std::path::Path::new(k).exists() => {
            let pk = PublicKey::load(k)?;
            crate::keyring::KeyInfo {
                name: k.clone(),
                key_id: pk.key_id_hex(),
                public_key: pk.to_base64(),
                public_file: PathBuf::from(k),
                secret_file: None,
                default: false,
                trusted: ring.trusted()?.iter().any(|t| t.key_id() == pk.key_id()),
            }
        }
        _ => {
            return Err(CliError::input(match &a.key {
                Some(k) => format!("no key '{k}' in {}", ring.dir.display()),
                None => format!("no default signing key in {}", ring.dir.display()),
            })
            .with_hint("list keys with `otactl keys list`; make one with `otactl keys generate`"));
        }
    };
    ctx.printer.data(&info, |w| {
        writeln!(w, "name        {}", info.name)?;
        writeln!(w, "key id      {}", info.key_id)?;
        writeln!(w, "public key  {}", info.public_key)?;
        writeln!(w, "file        {}", info.public_file.display())?;
        writeln!(w, "trusted     {}", if info.trusted { "yes" } else { "no" })
    })
}

/// Trust a public key (a minisign .pub file, or its base64 line) for verifying
/// firmware signatures and command envelopes.
#[derive(Debug, Args)]
pub struct TrustArgs {
    /// The .pub file
    pub file: PathBuf,
    #[command(flatten)]
    pub dir: DirArgs,
}

fn cmd_trust(ctx: &Ctx, a: &TrustArgs) -> CliResult<()> {
    let pk = PublicKey::load(&a.file)?;
    let path = Keyring::new(a.dir.dir.clone()).trust(&pk)?;
    let out = serde_json::json!({"key_id": pk.key_id_hex(), "file": path});
    ctx.printer
        .data(&out, |w| writeln!(w, "trusted key {}", pk.key_id_hex()))
}

/// Stop trusting a public key.
#[derive(Debug, Args)]
pub struct UntrustArgs {
    /// The key id (16 hex digits)
    pub id: String,
    #[command(flatten)]
    pub dir: DirArgs,
}

fn cmd_untrust(ctx: &Ctx, a: &UntrustArgs) -> CliResult<()> {
    let id = KeyId::from_hex(&a.id).map_err(|_| {
        CliError::input(format!("'{}' is not a key id", a.id))
            .with_hint("a key id is 16 hex digits, as `otactl keys list` shows")
    })?;
    if !Keyring::new(a.dir.dir.clone()).untrust(&id)? {
        return Err(CliError::input(format!(
            "key {} is not trusted",
            id.to_hex()
        )));
    }
    let out = serde_json::json!({"key_id": id.to_hex(), "trusted": false});
    ctx.printer.data(&out, |w| {
        writeln!(w, "no longer trusting key {}", id.to_hex())
    })
}
