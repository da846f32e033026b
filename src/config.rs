//! Settings: the config file's named profiles, environment variables and flags folded
//! into one validated `Settings`, in the order flag > environment > profile > default.
//! Secrets are held in `Secret`, which never prints, and are read only from the
//! environment or from files, never from the command line.

use clap::parser::ValueSource;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// What can be wrong with the configuration. Messages name files, profiles and
/// variables, never a secret (broker URLs are shown redacted); `error.rs` adds the
/// kind and the hint.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {}: {source}", path.display())]
    ReadFile {
        path: PathBuf,
        source: std::io::Error,
    },
    /// TOML that does not parse or has unknown fields; `line` is where, if known.
    #[error("invalid config file {}{}: {message}", path.display(), line_suffix(*line))]
    Parse {
        path: PathBuf,
        line: Option<usize>,
        message: String,
    },
    /// A secret's file (`what`: "MQTT password") that cannot be read.
    #[error("cannot read the {what} file {}: {source}", path.display())]
    ReadSecretFile {
        what: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    /// `--profile` names a profile the file does not have; `known` are those it has.
    #[error("profile '{profile}' is not in {}", path.display())]
    UnknownProfile {
        profile: String,
        path: PathBuf,
        known: Vec<String>,
    },
    #[error("profile '{profile}' takes the MQTT password from ${var}, which is not set")]
    PasswordEnvUnset { profile: String, var: String },
    #[error("--broker carries a password: it would be readable by every user in the process list")]
    PasswordInBrokerFlag,
    #[error("invalid topic prefix '{prefix}'")]
    InvalidTopicPrefix { prefix: String },
    /// `url` is already redacted.
    #[error("invalid broker URL '{url}'")]
    InvalidBrokerUrl { url: String },
}

fn line_suffix(line: Option<usize>) -> String {
    line.map(|l| format!(" (line {l})")).unwrap_or_default()
}

pub type Result<T, E = ConfigError> = std::result::Result<T, E>;

/// What the command line (or the environment, through clap) sets before the config
/// file is consulted; `None` means "not given". Built from the global flags in `cli`.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub store: Option<PathBuf>,
    /// The config file; `None` is the default path, whose absence is no error.
    pub config: Option<PathBuf>,
    pub profile: Option<String>,
    pub key: Option<PathBuf>,
    pub broker: Option<String>,
    pub topic_prefix: Option<String>,
    pub mqtt_client_id: Option<String>,
    pub mqtt_username: Option<String>,
    pub mqtt_ca: Option<PathBuf>,
    pub mqtt_cert: Option<PathBuf>,
    pub mqtt_key: Option<PathBuf>,
    pub s3_endpoint: Option<String>,
    pub bucket: Option<String>,
    pub region: Option<String>,
    pub s3_path_style: Option<bool>,
}

/// A value that must never be printed: Debug and Display show `<redacted>`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// The config file.
#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub store: Option<PathBuf>,
    /// The secret key file to sign with.
    pub key: Option<PathBuf>,
    #[serde(default)]
    pub mqtt: MqttProfile,
    #[serde(default)]
    pub s3: S3Profile,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MqttProfile {
    pub url: Option<String>,
    pub topic_prefix: Option<String>,
    pub client_id: Option<String>,
    pub ca_file: Option<PathBuf>,
    pub client_cert: Option<PathBuf>,
    pub client_key: Option<PathBuf>,
    pub username: Option<String>,
    /// The name of the environment variable that holds the password.
    pub password_env: Option<String>,
    /// A file whose first line is the password.
    pub password_file: Option<PathBuf>,
    pub inflight: Option<u16>,
    pub max_packet_size: Option<u32>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct S3Profile {
    pub endpoint: Option<String>,
    pub region: Option<String>,
    pub bucket: Option<String>,
    pub path_style: Option<bool>,
    /// Environment variable names for the credentials (default: the AWS ones).
    pub access_key_env: Option<String>,
    pub secret_key_env: Option<String>,
}

/// Where a setting's value came from, shown by `config show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Flag,
    Env,
    Profile,
    Default,
    Unset,
}

/// A resolved setting and its source.
#[derive(Debug, Clone, Serialize)]
pub struct Setting<T> {
    pub value: Option<T>,
    pub source: Source,
}

impl<T> Setting<T> {
    fn unset() -> Self {
        Setting {
            value: None,
            source: Source::Unset,
        }
    }
}

#[derive(Debug, Clone)]
pub struct MqttSettings {
    pub url: Setting<String>,
    pub topic_prefix: Setting<String>,
    pub client_id: Setting<String>,
    pub ca_file: Setting<PathBuf>,
    pub client_cert: Setting<PathBuf>,
    pub client_key: Setting<PathBuf>,
    pub username: Setting<String>,
    pub password: Option<Secret>,
    pub inflight: u16,
    pub max_packet_size: u32,
}

#[derive(Debug, Clone)]
pub struct S3Settings {
    pub endpoint: Setting<String>,
    pub region: Setting<String>,
    pub bucket: Setting<String>,
    pub path_style: Setting<bool>,
    pub access_key: Option<Secret>,
    pub secret_key: Option<Secret>,
    pub session_token: Option<Secret>,
}

/// Everything a command may need, resolved once.
#[derive(Debug, Clone)]
pub struct Settings {
    pub config_path: PathBuf,
    pub config_found: bool,
    pub profile: String,
    pub store: Setting<PathBuf>,
    pub key: Setting<PathBuf>,
    pub mqtt: MqttSettings,
    pub s3: S3Settings,
}

/// The environment, as a function so tests can give their own.
pub type Env<'a> = &'a dyn Fn(&str) -> Option<String>;

pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "otactl")
}

/// `$XDG_CONFIG_HOME/otactl/config.toml`.
pub fn default_config_path() -> PathBuf {
    dirs()
        .map(|d| d.config_dir().join("config.toml"))
        .unwrap_or_else(|| PathBuf::from("otactl.toml"))
}

/// `$XDG_DATA_HOME/otactl/store.db`.
pub fn default_store_path() -> PathBuf {
    dirs()
        .map(|d| d.data_dir().join("store.db"))
        .unwrap_or_else(|| PathBuf::from("otactl-store.db"))
}

/// `$XDG_CONFIG_HOME/otactl/keys`.
pub fn default_key_dir() -> PathBuf {
    dirs()
        .map(|d| d.config_dir().join("keys"))
        .unwrap_or_else(|| PathBuf::from("otactl-keys"))
}

/// Which global flags were given on the command line rather than by environment.
#[derive(Debug, Default, Clone)]
pub struct FlagSources(pub std::collections::HashSet<&'static str>);

impl FlagSources {
    pub fn from_matches(m: &clap::ArgMatches) -> Self {
        let mut set = std::collections::HashSet::new();
        for id in [
            "store",
            "broker",
            "topic_prefix",
            "mqtt_client_id",
            "mqtt_username",
            "mqtt_ca",
            "mqtt_cert",
            "mqtt_key",
            "s3_endpoint",
            "bucket",
            "s3_path_style",
            "key",
            "region",
        ] {
            if find_source(m, id) == Some(ValueSource::CommandLine) {
                set.insert(id);
            }
        }
        FlagSources(set)
    }
}

fn find_source(m: &clap::ArgMatches, id: &str) -> Option<ValueSource> {
    if let Ok(Some(_)) = m.try_contains_id(id).map(|b| b.then_some(()))
        && let Some(s) = m.value_source(id)
        && s != ValueSource::DefaultValue
    {
        return Some(s);
    }
    m.subcommand().and_then(|(_, sub)| find_source(sub, id))
}

/// Picks flag/env (from clap), else profile, else default, and notes the source.
fn pick<T: Clone>(
    cli: Option<&T>,
    flag_id: &str,
    flags: &FlagSources,
    profile: Option<&T>,
    default: Option<T>,
) -> Setting<T> {
    if let Some(v) = cli {
        let source = if flags.0.contains(flag_id) {
            Source::Flag
        } else {
            Source::Env
        };
        return Setting {
            value: Some(v.clone()),
            source,
        };
    }
    if let Some(v) = profile {
        return Setting {
            value: Some(v.clone()),
            source: Source::Profile,
        };
    }
    match default {
        Some(v) => Setting {
            value: Some(v),
            source: Source::Default,
        },
        None => Setting::unset(),
    }
}

/// Reads and parses the config file; a missing default file is an empty config.
pub fn load_file(path: &Path, explicit: bool) -> Result<Option<ConfigFile>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => return Ok(None),
        Err(source) => {
            return Err(ConfigError::ReadFile {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    parse_file(&text, path).map(Some)
}

/// Parses the text of a config file (`path` only names it in the error). Public for
/// the fuzz target `config_toml`.
pub fn parse_file(text: &str, path: &Path) -> Result<ConfigFile> {
    toml::from_str::<ConfigFile>(text).map_err(|e| {
        let line = e.span().map(|s| {
            let end = s.start.min(text.len());
            text.as_bytes()[..end]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1
        });
        ConfigError::Parse {
            path: path.to_path_buf(),
            line,
            message: e.message().to_string(),
        }
    })
}

fn read_secret_file(path: &Path, what: &'static str) -> Result<Secret> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::ReadSecretFile {
        what,
        path: path.to_path_buf(),
        source,
    })?;
    Ok(Secret::new(text.lines().next().unwrap_or("").to_string()))
}

impl Settings {
    /// Resolves every setting from flags and environment (`g`, `flags`), the config
    /// file and defaults. `env` is consulted for what clap does not read itself.
    pub fn resolve(g: &Overrides, flags: &FlagSources, env: Env<'_>) -> Result<Settings> {
        let explicit = g.config.is_some();
        let config_path = g.config.clone().unwrap_or_else(default_config_path);
        let file = load_file(&config_path, explicit)?;
        let config_found = file.is_some();
        let file = file.unwrap_or_default();
        let profile_name = g
            .profile
            .clone()
            .or_else(|| file.default_profile.clone())
            .unwrap_or_else(|| "default".to_string());
        let profile = match file.profiles.get(&profile_name) {
            Some(p) => p.clone(),
            None if g.profile.is_none() => Profile::default(),
            None => {
                return Err(ConfigError::UnknownProfile {
                    profile: profile_name,
                    path: config_path,
                    known: file.profiles.keys().cloned().collect(),
                });
            }
        };

        let store = pick(
            g.store.as_ref(),
            "store",
            flags,
            profile.store.as_ref(),
            Some(default_store_path()),
        );
        let key = pick(g.key.as_ref(), "key", flags, profile.key.as_ref(), None);

        let m = &profile.mqtt;
        let password = if let Some(p) = env("OTACTL_MQTT_PASSWORD") {
            Some(Secret::new(p))
        } else if let Some(var) = &m.password_env {
            Some(Secret::new(env(var).ok_or_else(|| {
                ConfigError::PasswordEnvUnset {
                    profile: profile_name.clone(),
                    var: var.clone(),
                }
            })?))
        } else if let Some(f) = &m.password_file {
            Some(read_secret_file(f, "MQTT password")?)
        } else {
            None
        };
        let mqtt = MqttSettings {
            url: pick(g.broker.as_ref(), "broker", flags, m.url.as_ref(), None),
            topic_prefix: pick(
                g.topic_prefix.as_ref(),
                "topic_prefix",
                flags,
                m.topic_prefix.as_ref(),
                Some("fleet".to_string()),
            ),
            client_id: pick(
                g.mqtt_client_id.as_ref(),
                "mqtt_client_id",
                flags,
                m.client_id.as_ref(),
                // Unset: the engine derives it from the store (`otactl-STOREID`).
                None,
            ),
            ca_file: pick(
                g.mqtt_ca.as_ref(),
                "mqtt_ca",
                flags,
                m.ca_file.as_ref(),
                None,
            ),
            client_cert: pick(
                g.mqtt_cert.as_ref(),
                "mqtt_cert",
                flags,
                m.client_cert.as_ref(),
                None,
            ),
            client_key: pick(
                g.mqtt_key.as_ref(),
                "mqtt_key",
                flags,
                m.client_key.as_ref(),
                None,
            ),
            username: pick(
                g.mqtt_username.as_ref(),
                "mqtt_username",
                flags,
                m.username.as_ref(),
                None,
            ),
            password,
            inflight: m.inflight.unwrap_or(100),
            max_packet_size: m.max_packet_size.unwrap_or(256 * 1024),
        };
        if let Some(url) = &mqtt.url.value {
            validate_broker_url(url)?;
            if mqtt.url.source == Source::Flag && url_has_password(url) {
                // The refusal is the protection: a flag is in /proc/PID/cmdline, which
                // every user of the machine can read (`ps`), for as long as we run.
                return Err(ConfigError::PasswordInBrokerFlag);
            }
        }
        if let Some(p) = &mqtt.topic_prefix.value
            && (p.is_empty() || p.contains(['+', '#']) || p.starts_with('/') || p.ends_with('/'))
        {
            return Err(ConfigError::InvalidTopicPrefix { prefix: p.clone() });
        }

        let s = &profile.s3;
        let env_region = env("AWS_REGION").or_else(|| env("AWS_DEFAULT_REGION"));
        let region = match (&g.region, env_region) {
            (Some(r), _) => Setting {
                value: Some(r.clone()),
                source: Source::Flag,
            },
            (None, Some(r)) => Setting {
                value: Some(r),
                source: Source::Env,
            },
            (None, None) => pick(
                None,
                "region",
                flags,
                s.region.as_ref(),
                Some("us-east-1".into()),
            ),
        };
        let ak_var = s.access_key_env.as_deref().unwrap_or("AWS_ACCESS_KEY_ID");
        let sk_var = s
            .secret_key_env
            .as_deref()
            .unwrap_or("AWS_SECRET_ACCESS_KEY");
        let s3 = S3Settings {
            endpoint: pick(
                g.s3_endpoint.as_ref(),
                "s3_endpoint",
                flags,
                s.endpoint.as_ref(),
                None,
            ),
            region,
            bucket: pick(g.bucket.as_ref(), "bucket", flags, s.bucket.as_ref(), None),
            path_style: pick(
                g.s3_path_style.as_ref(),
                "s3_path_style",
                flags,
                s.path_style.as_ref(),
                Some(true),
            ),
            access_key: env(ak_var).map(Secret::new),
            secret_key: env(sk_var).map(Secret::new),
            session_token: env("AWS_SESSION_TOKEN").map(Secret::new),
        };

        Ok(Settings {
            config_path,
            config_found,
            profile: profile_name,
            store,
            key,
            mqtt,
            s3,
        })
    }

    pub fn store_path(&self) -> PathBuf {
        self.store.value.clone().unwrap_or_else(default_store_path)
    }
}

/// A URL split around its `user[:password]@` part: (scheme, userinfo, the rest).
fn split_userinfo(url: &str) -> Option<(&str, &str, &str)> {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => Some((&url[..s], &url[s + 3..at], &url[at + 1..])),
        _ => None,
    }
}

/// Whether a broker URL's `user:password@` part has a password.
fn url_has_password(url: &str) -> bool {
    split_userinfo(url).is_some_and(|(_, userinfo, _)| userinfo.contains(':'))
}

/// Checks a broker URL's shape (scheme, host, port); public for the fuzz targets.
pub fn validate_broker_url(url: &str) -> Result<()> {
    let bad = || ConfigError::InvalidBrokerUrl {
        url: redact_url(url),
    };
    let rest = url
        .strip_prefix("mqtt://")
        .or_else(|| url.strip_prefix("mqtts://"))
        .or_else(|| url.strip_prefix("tcp://"))
        .or_else(|| url.strip_prefix("ssl://"))
        .ok_or_else(bad)?;
    let host = rest.rsplit('@').next().unwrap_or("");
    let host = host.split('/').next().unwrap_or("");
    if host.is_empty() {
        return Err(bad());
    }
    if let Some((_, port)) = host.rsplit_once(':')
        && !host.ends_with(']')
        && port.parse::<u16>().is_err()
    {
        return Err(bad());
    }
    Ok(())
}

/// A URL with any `user:password@` part removed, for messages.
pub fn redact_url(url: &str) -> String {
    match split_userinfo(url) {
        Some((scheme, _, rest)) => format!("{scheme}://<credentials>@{rest}"),
        None => url.to_string(),
    }
}

/// The commented template `config init` writes.
pub const TEMPLATE: &str = r#"# otactl configuration. Every setting can also come from a flag or an environment
# variable (flag > environment > profile > default); see `otactl --help`.
# Secrets never go here in clear: name the environment variable or file that holds them.

default_profile = "default"

[profiles.default]
# store = "/var/lib/otactl/store.db"       # --store / OTACTL_STORE
# key = "/home/ops/.config/otactl/keys/otactl.key"   # --key / OTACTL_KEY

[profiles.default.mqtt]
url = "mqtt://127.0.0.1:1883"              # --broker / OTACTL_BROKER (mqtts:// for TLS)
topic_prefix = "fleet"                     # --topic-prefix / OTACTL_TOPIC_PREFIX
# client_id = "otactl-main"                 # default: otactl-STOREID, one per store (the broker holds our session under it)
# ca_file = "/etc/otactl/ca.pem"
# client_cert = "/etc/otactl/otactl.crt"
# client_key = "/etc/otactl/otactl.key"
# username = "otactl"
# password_env = "OTACTL_MQTT_PASSWORD"    # or: password_file = "/run/secrets/mqtt"
# inflight = 100
# max_packet_size = 262144

[profiles.default.s3]
# endpoint = "https://s3.eu-central-1.amazonaws.com"   # --s3-endpoint / AWS_ENDPOINT_URL
# region = "eu-central-1"                  # AWS_REGION
# bucket = "firmware"                      # --bucket / OTACTL_BUCKET
# path_style = true
# access_key_env = "AWS_ACCESS_KEY_ID"
# secret_key_env = "AWS_SECRET_ACCESS_KEY"
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let m: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| m.get(k).cloned()
    }

    fn write(dir: &Path, text: &str) -> PathBuf {
        let p = dir.join("c.toml");
        std::fs::write(&p, text).expect("write");
        p
    }

    #[test]
    fn precedence_is_flag_then_env_then_profile_then_default() {
        let dir = tempfile::tempdir().expect("dir");
        let cfg = write(
            dir.path(),
            "[profiles.default.mqtt]\nurl = \"mqtt://profile:1883\"\ntopic_prefix = \"p\"\n",
        );
        let mut g = Overrides {
            config: Some(cfg),
            ..Default::default()
        };
        let env = env_of(&[]);
        let s = Settings::resolve(&g, &FlagSources::default(), &env).expect("resolve");
        assert_eq!(s.mqtt.url.value.as_deref(), Some("mqtt://profile:1883"));
        assert_eq!(s.mqtt.url.source, Source::Profile);
        // Unset: the engine derives it from its store.
        assert_eq!(s.mqtt.client_id.source, Source::Unset);
        // clap fills the field from the environment...
        g.broker = Some("mqtt://env:1883".into());
        let s = Settings::resolve(&g, &FlagSources::default(), &env).expect("resolve");
        assert_eq!(s.mqtt.url.source, Source::Env);
        // ...or from the flag, which clap tells apart.
        let mut flags = FlagSources::default();
        flags.0.insert("broker");
        let s = Settings::resolve(&g, &flags, &env).expect("resolve");
        assert_eq!(s.mqtt.url.source, Source::Flag);
        assert_eq!(s.mqtt.topic_prefix.value.as_deref(), Some("p"));
        // A password in the flag's URL is refused, without echoing it; a user alone is
        // fine, and the environment may carry one.
        g.broker = Some("mqtt://ops:s3cret-pw@env:1883".into());
        let e = Settings::resolve(&g, &flags, &env).expect_err("password in a flag");
        assert!(matches!(e, ConfigError::PasswordInBrokerFlag), "{e}");
        // (error.rs checks the hint the operator sees does not echo it either.)
        assert!(!format!("{e} {e:?}").contains("s3cret-pw"));
        g.broker = Some("mqtt://ops@env:1883".into());
        assert!(Settings::resolve(&g, &flags, &env).is_ok());
        g.broker = Some("mqtt://ops:s3cret-pw@env:1883".into());
        let s = Settings::resolve(&g, &FlagSources::default(), &env).expect("from env");
        assert_eq!(s.mqtt.url.source, Source::Env);
    }

    #[test]
    fn secrets_come_from_env_and_never_print() {
        let dir = tempfile::tempdir().expect("dir");
        let cfg = write(
            dir.path(),
            "[profiles.default.mqtt]\npassword_env = \"MY_PW\"\n",
        );
        let g = Overrides {
            config: Some(cfg),
            ..Default::default()
        };
        let env = env_of(&[
            ("MY_PW", "hunter2"),
            ("AWS_SECRET_ACCESS_KEY", "s3cr3t"),
            ("AWS_ACCESS_KEY_ID", "AKIA"),
        ]);
        let s = Settings::resolve(&g, &FlagSources::default(), &env).expect("resolve");
        assert_eq!(
            s.mqtt.password.as_ref().map(Secret::expose),
            Some("hunter2")
        );
        let dbg = format!("{s:?}");
        assert!(!dbg.contains("hunter2") && !dbg.contains("s3cr3t"), "{dbg}");
    }

    #[test]
    fn missing_password_env_is_a_config_error_with_hint() {
        let dir = tempfile::tempdir().expect("dir");
        let cfg = write(
            dir.path(),
            "[profiles.default.mqtt]\npassword_env = \"NOPE\"\n",
        );
        let g = Overrides {
            config: Some(cfg),
            ..Default::default()
        };
        let e =
            Settings::resolve(&g, &FlagSources::default(), &env_of(&[])).expect_err("must fail");
        // The hint, "export NOPE=...", is checked in error.rs.
        assert!(matches!(&e, ConfigError::PasswordEnvUnset { var, .. } if var == "NOPE"));
    }

    #[test]
    fn unknown_field_and_unknown_profile_are_named() {
        let dir = tempfile::tempdir().expect("dir");
        let cfg = write(dir.path(), "[profiles.default.mqtt]\nurll = \"x\"\n");
        let g = Overrides {
            config: Some(cfg.clone()),
            ..Default::default()
        };
        let e = Settings::resolve(&g, &FlagSources::default(), &env_of(&[])).expect_err("typo");
        assert!(
            matches!(&e, ConfigError::Parse { line: Some(2), message, .. } if message.contains("urll")),
            "{e}"
        );
        std::fs::write(&cfg, "[profiles.a]\n").expect("write");
        let g = Overrides {
            config: Some(cfg),
            profile: Some("b".into()),
            ..Default::default()
        };
        let e = Settings::resolve(&g, &FlagSources::default(), &env_of(&[])).expect_err("profile");
        // The hint, "known profiles: a", is checked in error.rs.
        assert!(matches!(&e, ConfigError::UnknownProfile { known, .. } if known == &["a"]));
    }

    #[test]
    fn template_parses_and_broker_urls_are_checked() {
        let f: ConfigFile = toml::from_str(TEMPLATE).expect("template");
        assert!(f.profiles.contains_key("default"));
        assert!(validate_broker_url("mqtt://127.0.0.1:1883").is_ok());
        assert!(validate_broker_url("mqtts://user:pw@broker.example:8883").is_ok());
        assert!(validate_broker_url("http://x").is_err());
        assert!(validate_broker_url("mqtt://host:notaport").is_err());
        assert_eq!(redact_url("mqtt://u:p@h:1"), "mqtt://<credentials>@h:1");
    }
}
