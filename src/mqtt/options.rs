//! Connection settings: the broker URL, client id, credentials and limits of the
//! profile turned into rumqttc options, with TLS through rustls and the `ring`
//! provider only (CA file, optional client certificate).

use super::error::{MqttError, Result};
use crate::config::MqttSettings;
use rumqttc::{MqttOptions, TlsConfiguration, Transport};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Where and how to connect; built from the profile or directly (tests, benches).
#[derive(Debug, Clone)]
pub struct ConnectConfig {
    pub host: String,
    pub port: u16,
    pub tls: bool,
    pub client_id: String,
    pub prefix: String,
    pub ca_file: Option<PathBuf>,
    pub client_cert: Option<PathBuf>,
    pub client_key: Option<PathBuf>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub inflight: u16,
    pub max_packet_size: u32,
    pub keep_alive: Duration,
}

/// The largest packet MQTT 3.1.1 can frame (the remaining length's four-byte maximum).
pub const MQTT_MAX_REMAINING_LENGTH: usize = 268_435_455;

impl ConnectConfig {
    /// Plain TCP to `host:port` with defaults (tests, benchmarks, the demo).
    pub fn plain(host: &str, port: u16, client_id: &str, prefix: &str) -> ConnectConfig {
        ConnectConfig {
            host: host.into(),
            port,
            tls: false,
            client_id: client_id.into(),
            prefix: prefix.into(),
            ca_file: None,
            client_cert: None,
            client_key: None,
            username: None,
            password: None,
            inflight: 100,
            max_packet_size: 256 * 1024,
            keep_alive: Duration::from_secs(30),
        }
    }

    /// From the resolved profile settings.
    pub fn from_settings(m: &MqttSettings) -> Result<ConnectConfig> {
        let url = m
            .url
            .value
            .clone()
            .unwrap_or_else(|| "mqtt://127.0.0.1:1883".into());
        let (tls, rest) = if let Some(r) = url
            .strip_prefix("mqtts://")
            .or_else(|| url.strip_prefix("ssl://"))
        {
            (true, r)
        } else {
            let r = url
                .strip_prefix("mqtt://")
                .or_else(|| url.strip_prefix("tcp://"))
                .unwrap_or(&url);
            (false, r)
        };
        let (userinfo, hostport) = match rest.rsplit_once('@') {
            Some((u, h)) => (Some(u), h),
            None => (None, rest),
        };
        let hostport = hostport.split('/').next().unwrap_or("");
        let default_port = if tls { 8883 } else { 1883 };
        let (host, port) = match hostport.rsplit_once(':') {
            Some((h, p)) if !hostport.ends_with(']') => (
                h,
                p.parse::<u16>()
                    .map_err(|_| MqttError::InvalidPort { url: redact(&url) })?,
            ),
            _ => (hostport, default_port),
        };
        let host = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        let (url_user, url_pw) = match userinfo.map(|u| u.split_once(':')) {
            Some(Some((u, p))) => (Some(u.to_string()), Some(p.to_string())),
            Some(None) => (userinfo.map(str::to_string), None),
            None => (None, None),
        };
        Ok(ConnectConfig {
            host,
            port,
            tls: tls || m.ca_file.value.is_some(),
            client_id: m.client_id.value.clone().unwrap_or_else(|| "otactl".into()),
            prefix: m
                .topic_prefix
                .value
                .clone()
                .unwrap_or_else(|| "fleet".into()),
            ca_file: m.ca_file.value.clone(),
            client_cert: m.client_cert.value.clone(),
            client_key: m.client_key.value.clone(),
            username: m.username.value.clone().or(url_user),
            password: m
                .password
                .as_ref()
                .map(|s| s.expose().to_string())
                .or(url_pw),
            inflight: m.inflight.max(1),
            max_packet_size: m.max_packet_size.max(1024),
            keep_alive: Duration::from_secs(30),
        })
    }

    /// `host:port`, for messages.
    pub fn endpoint(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }

    /// rumqttc options: persistent session, manual acks, our limits, TLS if asked.
    pub fn mqtt_options(&self) -> Result<MqttOptions> {
        let mut o = MqttOptions::new(&self.client_id, &self.host, self.port);
        o.set_clean_session(false)
            .set_manual_acks(true)
            .set_keep_alive(self.keep_alive)
            .set_inflight(self.inflight)
            // Incoming: anything MQTT can carry, so an oversized device message is
            // read and dead-lettered by ingest. A lower limit makes rumqttc drop the
            // connection on it, and the broker redelivers it on every reconnect: one
            // device could wedge ingest and dispatch for good (tests/it/hostile.rs).
            // Bound it at the broker instead (Mosquitto `message_size_limit`).
            .set_max_packet_size(MQTT_MAX_REMAINING_LENGTH, self.max_packet_size as usize);
        if let Some(u) = &self.username {
            o.set_credentials(u, self.password.clone().unwrap_or_default());
        }
        if self.tls {
            o.set_transport(Transport::tls_with_config(TlsConfiguration::Rustls(
                Arc::new(self.rustls_config()?),
            )));
        }
        Ok(o)
    }

    fn rustls_config(&self) -> Result<rustls::ClientConfig> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut roots = rustls::RootCertStore::empty();
        match &self.ca_file {
            Some(ca) => {
                for c in CertificateDer::pem_file_iter(ca).map_err(|e| tls_err(ca, e))? {
                    roots
                        .add(c.map_err(|e| tls_err(ca, e))?)
                        .map_err(|e| tls_err(ca, e))?;
                }
            }
            None => {
                return Err(MqttError::NoCaFile);
            }
        }
        let builder = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| MqttError::TlsSetup(e.to_string()))?
            .with_root_certificates(roots);
        match (&self.client_cert, &self.client_key) {
            (Some(cert), Some(key)) => {
                let chain = CertificateDer::pem_file_iter(cert)
                    .map_err(|e| tls_err(cert, e))?
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| tls_err(cert, e))?;
                let key_der = PrivateKeyDer::from_pem_file(key).map_err(|e| tls_err(key, e))?;
                builder
                    .with_client_auth_cert(chain, key_der)
                    .map_err(|e| tls_err(cert, e))
            }
            (None, None) => Ok(builder.with_no_client_auth()),
            _ => Err(MqttError::CertWithoutKey),
        }
    }
}

fn tls_err(path: &Path, e: impl std::fmt::Display) -> MqttError {
    MqttError::TlsFile {
        path: path.to_path_buf(),
        reason: e.to_string(),
    }
}

fn redact(url: &str) -> String {
    crate::config::redact_url(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_options_are_persistent_with_manual_acks() {
        let c = ConnectConfig::plain("127.0.0.1", 1883, "otactl-test", "fleet");
        let o = c.mqtt_options().expect("options");
        assert!(!o.clean_session());
        assert!(o.manual_acks());
        assert_eq!(o.inflight(), 100);
        // Any device message the broker can deliver is read (and dead-lettered if too
        // large), never a reason to drop the connection.
        assert_eq!(o.max_packet_size(), MQTT_MAX_REMAINING_LENGTH);
    }

    #[test]
    fn tls_without_a_ca_is_a_config_error() {
        let mut c = ConnectConfig::plain("h", 8883, "x", "fleet");
        c.tls = true;
        let e = c.mqtt_options().map(|_| ()).unwrap_err();
        // Its exit code (INPUT) is checked in error.rs.
        assert!(matches!(e, MqttError::NoCaFile), "{e}");
    }
}
