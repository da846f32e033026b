//! Where keys live: the key directory (`$XDG_CONFIG_HOME/otactl/keys`, or
//! `OTACTL_KEY_DIR`) holds generated pairs as `NAME.pub` / `NAME.key` (0600), a
//! `default` file naming the signing key, and `trusted/` with the public keys otactl
//! accepts when verifying. Key passwords come from the environment, a file or a prompt.

use crate::signing::{KeyId, PublicKey, SecretKey, SigningError};
use serde::Serialize;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// What can go wrong with keys and their passwords. Messages name files, never a
/// password or a key's secret part; `error.rs` adds the kind and the hint.
#[derive(Debug, thiserror::Error)]
pub enum KeyringError {
    #[error("cannot read password file {}: {source}", path.display())]
    ReadPasswordFile {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the passwords differ; nothing was written")]
    PasswordsDiffer,
    #[error("no signing key")]
    NoSigningKey,
    #[error("cannot read secret key {}: {source}", path.display())]
    ReadSecretKey {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A key file that cannot be written because it exists: keys are never overwritten.
    #[error("{} already exists: keys are never overwritten", path.display())]
    KeyFileExists { path: PathBuf },
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid key name '{name}'")]
    InvalidName { name: String },
    #[error("there is no secret key named '{name}' in {}", dir.display())]
    NoSuchKey { name: String, dir: PathBuf },
    #[error("a key named '{name}' already exists in {}", dir.display())]
    NameTaken { name: String, dir: PathBuf },
    #[error("trusted key {} is unreadable: {reason}", path.display())]
    UnreadableTrusted { path: PathBuf, reason: String },
    /// Parsing, decrypting or verifying (wrong password, untrusted signer, ...).
    #[error(transparent)]
    Signing(#[from] SigningError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = KeyringError> = std::result::Result<T, E>;

/// Where a key password comes from.
#[derive(Debug, Clone)]
pub enum Password {
    /// OTACTL_KEY_PASSWORD, else a prompt on the terminal.
    EnvOrPrompt,
    File(PathBuf),
    /// No password: the key is (to be) stored unencrypted.
    None,
}

impl Password {
    pub fn from_args(file: Option<&Path>) -> Password {
        match file {
            Some(f) => Password::File(f.to_path_buf()),
            None => Password::EnvOrPrompt,
        }
    }

    /// The password, asking (twice when `confirm`) only if nothing else gives it.
    pub fn get(&self, purpose: &str, confirm: bool) -> Result<Option<String>> {
        match self {
            Password::None => Ok(None),
            Password::File(f) => {
                let t = std::fs::read_to_string(f).map_err(|source| {
                    KeyringError::ReadPasswordFile {
                        path: f.clone(),
                        source,
                    }
                })?;
                Ok(Some(t.lines().next().unwrap_or("").to_string()))
            }
            Password::EnvOrPrompt => {
                if let Some(p) = std::env::var_os("OTACTL_KEY_PASSWORD") {
                    return Ok(Some(p.to_string_lossy().into_owned()));
                }
                if !std::io::stdin().is_terminal() {
                    return Ok(None);
                }
                let p = rpassword::prompt_password(format!("Password for {purpose}: "))?;
                if confirm {
                    let again = rpassword::prompt_password("Password again: ")?;
                    if again != p {
                        return Err(KeyringError::PasswordsDiffer);
                    }
                }
                Ok(Some(p))
            }
        }
    }
}

/// Loads a secret key file (minisign format, encrypted or not).
/// The key to sign with: the configured one (`--key`, OTACTL_KEY, the profile), else
/// the keyring's default.
pub fn signing_key(configured: Option<&Path>, password: &Password) -> Result<SecretKey> {
    load_secret_key(&signing_key_path(configured)?, password)
}

/// The file of the key [`signing_key`] would load.
pub fn signing_key_path(configured: Option<&Path>) -> Result<PathBuf> {
    configured
        .map(Path::to_path_buf)
        .or_else(|| Keyring::new(None).default_key())
        .ok_or(KeyringError::NoSigningKey)
}

/// Whether a secret key file is stored without a password.
pub fn is_unencrypted(path: &Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|t| SecretKey::parse(&t, None).is_ok())
}

pub fn load_secret_key(path: &Path, password: &Password) -> Result<SecretKey> {
    let text = std::fs::read_to_string(path).map_err(|source| KeyringError::ReadSecretKey {
        path: path.to_path_buf(),
        source,
    })?;
    match SecretKey::parse(&text, None) {
        Ok(k) => Ok(k),
        Err(SigningError::PasswordRequired) => {
            let pw = password.get(&path.display().to_string(), false)?;
            match pw {
                Some(pw) => Ok(SecretKey::parse(&text, Some(&pw))?),
                None => Err(SigningError::PasswordRequired.into()),
            }
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct KeyInfo {
    pub name: String,
    pub key_id: String,
    pub public_key: String,
    pub public_file: PathBuf,
    pub secret_file: Option<PathBuf>,
    pub default: bool,
    pub trusted: bool,
}

pub struct Keyring {
    pub dir: PathBuf,
}

fn write_new(path: &Path, contents: &str, mode: u32) -> Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut f = opts.open(path).map_err(|source| {
        let path = path.to_path_buf();
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            KeyringError::KeyFileExists { path }
        } else {
            KeyringError::Write { path, source }
        }
    })?;
    f.write_all(contents.as_bytes())?;
    f.sync_all()?;
    Ok(())
}

impl Keyring {
    pub fn new(dir: Option<PathBuf>) -> Keyring {
        let dir = dir
            .or_else(|| crate::config::process_env("OTACTL_KEY_DIR").map(PathBuf::from))
            .unwrap_or_else(crate::config::default_key_dir);
        Keyring { dir }
    }

    fn trusted_dir(&self) -> PathBuf {
        self.dir.join("trusted")
    }

    fn ensure_dirs(&self) -> Result<()> {
        for d in [self.dir.clone(), self.trusted_dir()] {
            if !d.exists() {
                #[cfg(unix)]
                {
                    use std::os::unix::fs::DirBuilderExt;
                    std::fs::DirBuilder::new()
                        .recursive(true)
                        .mode(0o700)
                        .create(&d)?;
                }
                #[cfg(not(unix))]
                std::fs::create_dir_all(&d)?;
            }
        }
        Ok(())
    }

    /// Generates a key pair `NAME.pub` / `NAME.key` and trusts its public key. It becomes
    /// the default signing key when `make_default` is set or there is no default yet.
    /// Never overwrites.
    pub fn generate(
        &self,
        name: &str,
        password: Option<&str>,
        make_default: bool,
    ) -> Result<KeyInfo> {
        if !crate::domain::ids::is_device_id(name) {
            return Err(KeyringError::InvalidName {
                name: name.to_string(),
            });
        }
        self.ensure_dirs()?;
        let sk = SecretKey::generate();
        let pk = sk.public_key();
        let pub_path = self.dir.join(format!("{name}.pub"));
        let key_path = self.dir.join(format!("{name}.key"));
        if pub_path.exists() || key_path.exists() {
            return Err(KeyringError::NameTaken {
                name: name.to_string(),
                dir: self.dir.clone(),
            });
        }
        write_new(&key_path, &sk.to_file_text(password)?, 0o600)?;
        write_new(&pub_path, &pk.to_file_text(), 0o644)?;
        let default = make_default || self.default_key().is_none();
        if default {
            std::fs::write(self.dir.join("default"), format!("{name}\n"))?;
        }
        self.trust(&pk)?;
        Ok(KeyInfo {
            name: name.to_string(),
            key_id: pk.key_id_hex(),
            public_key: pk.to_base64(),
            public_file: pub_path,
            secret_file: Some(key_path),
            default,
            trusted: true,
        })
    }

    /// Makes `NAME.key` the default signing key.
    pub fn set_default(&self, name: &str) -> Result<PathBuf> {
        let p = self.dir.join(format!("{name}.key"));
        if !crate::domain::ids::is_device_id(name) || !p.exists() {
            return Err(KeyringError::NoSuchKey {
                name: name.to_string(),
                dir: self.dir.clone(),
            });
        }
        std::fs::write(self.dir.join("default"), format!("{name}\n"))?;
        Ok(p)
    }

    /// The default signing key's name, if one is set.
    pub fn default_name(&self) -> Option<String> {
        let name = std::fs::read_to_string(self.dir.join("default")).ok()?;
        Some(name.trim().to_string()).filter(|n| !n.is_empty())
    }

    /// The default signing key's file, if one was generated.
    pub fn default_key(&self) -> Option<PathBuf> {
        let name = std::fs::read_to_string(self.dir.join("default")).ok()?;
        let p = self.dir.join(format!("{}.key", name.trim()));
        p.exists().then_some(p)
    }

    pub fn trust(&self, pk: &PublicKey) -> Result<PathBuf> {
        self.ensure_dirs()?;
        let p = self.trusted_dir().join(format!("{}.pub", pk.key_id_hex()));
        std::fs::write(&p, pk.to_file_text())?;
        Ok(p)
    }

    /// Removes a trusted key by id; false if it was not trusted.
    pub fn untrust(&self, id: &KeyId) -> Result<bool> {
        let p = self.trusted_dir().join(format!("{}.pub", id.to_hex()));
        match std::fs::remove_file(&p) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// The public keys otactl accepts when verifying.
    pub fn trusted(&self) -> Result<Vec<PublicKey>> {
        let mut out = Vec::new();
        let rd = match std::fs::read_dir(self.trusted_dir()) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
            Err(e) => return Err(e.into()),
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "pub") {
                match std::fs::read_to_string(&p)
                    .map_err(|e| e.to_string())
                    .and_then(|t| PublicKey::parse(&t).map_err(|e| e.to_string()))
                {
                    Ok(k) => out.push(k),
                    Err(reason) => {
                        return Err(KeyringError::UnreadableTrusted { path: p, reason });
                    }
                }
            }
        }
        out.sort_by_key(|k| k.key_id_hex());
        Ok(out)
    }

    /// Generated key pairs and trusted keys.
    pub fn list(&self) -> Result<Vec<KeyInfo>> {
        let trusted: Vec<String> = self.trusted()?.iter().map(PublicKey::key_id_hex).collect();
        let default = std::fs::read_to_string(self.dir.join("default"))
            .map(|s| s.trim().to_string())
            .unwrap_or_default();
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        if let Ok(rd) = std::fs::read_dir(&self.dir) {
            let mut paths: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
            paths.sort();
            for p in paths {
                if p.extension().is_none_or(|x| x != "pub") {
                    continue;
                }
                let Ok(pk) = std::fs::read_to_string(&p)
                    .map_err(|e| e.to_string())
                    .and_then(|t| PublicKey::parse(&t).map_err(|e| e.to_string()))
                else {
                    continue;
                };
                let name = p
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let key = self.dir.join(format!("{name}.key"));
                seen.insert(pk.key_id_hex());
                out.push(KeyInfo {
                    default: name == default,
                    trusted: trusted.contains(&pk.key_id_hex()),
                    name,
                    key_id: pk.key_id_hex(),
                    public_key: pk.to_base64(),
                    public_file: p.clone(),
                    secret_file: key.exists().then_some(key),
                });
            }
        }
        for pk in self.trusted()? {
            if seen.insert(pk.key_id_hex()) {
                out.push(KeyInfo {
                    name: "(trusted)".into(),
                    key_id: pk.key_id_hex(),
                    public_key: pk.to_base64(),
                    public_file: self.trusted_dir().join(format!("{}.pub", pk.key_id_hex())),
                    secret_file: None,
                    default: false,
                    trusted: true,
                });
            }
        }
        Ok(out)
    }
}
