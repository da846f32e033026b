//! Prometheus metrics of the MQTT side (publishes, errors, backlog, dead letters,
//! ingested statuses, ingest lag, update durations) and the tiny HTTP responder that
//! serves them on `--metrics-addr` for long-running commands.

use prometheus_client::encoding::text::encode;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

type Labels = [(&'static str, String); 1];

/// Every metric otactl exports, shared by the tasks that update them.
pub struct Metrics {
    registry: Registry,
    pub commands_published: Counter,
    pub publish_errors: Family<Labels, Counter>,
    pub outbox_backlog: Gauge,
    pub dead_letters: Family<Labels, Counter>,
    pub statuses_ingested: Family<Labels, Counter>,
    pub ingest_lag_seconds: Histogram,
    pub ingest_unacked: Gauge,
    pub update_duration_seconds: Histogram,
    /// Jobs per rollout and state, refreshed by the engine's loop.
    pub rollout_jobs: Family<[(&'static str, String); 2], Gauge>,
    /// Dead letters in the store, per reason (the counter above counts this run's).
    pub dead_letters_stored: Family<Labels, Gauge>,
    /// 1 while the store writer retries a failed commit (nothing is acknowledged).
    pub store_unavailable: Gauge,
}

impl Metrics {
    pub fn new() -> Arc<Metrics> {
        let mut registry = Registry::with_prefix("otactl");
        let m = Metrics {
            commands_published: Counter::default(),
            publish_errors: Family::default(),
            outbox_backlog: Gauge::default(),
            dead_letters: Family::default(),
            statuses_ingested: Family::default(),
            ingest_lag_seconds: Histogram::new(exponential_buckets(0.001, 4.0, 10)),
            ingest_unacked: Gauge::default(),
            store_unavailable: Gauge::default(),
            update_duration_seconds: Histogram::new(exponential_buckets(1.0, 2.0, 14)),
            rollout_jobs: Family::default(),
            dead_letters_stored: Family::default(),
            registry: Registry::default(),
        };
        registry.register(
            "commands_published",
            "Commands acknowledged by the broker (PUBACK)",
            m.commands_published.clone(),
        );
        registry.register(
            "publish_errors",
            "Failed publish attempts by reason",
            m.publish_errors.clone(),
        );
        registry.register(
            "outbox_backlog",
            "Outbox rows waiting to be published",
            m.outbox_backlog.clone(),
        );
        registry.register(
            "dead_letters",
            "Dead letters written, by reason",
            m.dead_letters.clone(),
        );
        registry.register(
            "statuses_ingested",
            "Status messages recorded, by status",
            m.statuses_ingested.clone(),
        );
        registry.register(
            "ingest_lag_seconds",
            "Receive time minus the device's timestamp",
            m.ingest_lag_seconds.clone(),
        );
        registry.register(
            "ingest_unacked",
            "Device messages received and not yet acknowledged (reading pauses at the bound)",
            m.ingest_unacked.clone(),
        );
        registry.register(
            "store_unavailable",
            "1 while commits to the store fail and are retried (ingest waits, nothing is acknowledged)",
            m.store_unavailable.clone(),
        );
        registry.register(
            "update_duration_seconds",
            "Time from command publish to a final status",
            m.update_duration_seconds.clone(),
        );
        registry.register(
            "rollout_jobs",
            "Jobs of each active rollout, by state",
            m.rollout_jobs.clone(),
        );
        registry.register(
            "dead_letters_stored",
            "Dead letters in the store, by reason (`otactl dead-letters list`)",
            m.dead_letters_stored.clone(),
        );
        Arc::new(Metrics { registry, ..m })
    }

    pub fn dead(&self, reason: &str) {
        self.dead_letters
            .get_or_create(&[("reason", reason.to_string())])
            .inc();
    }

    /// Sets the jobs of `rollout` in `state`.
    pub fn set_rollout_jobs(&self, rollout: &str, state: &str, n: u64) {
        self.rollout_jobs
            .get_or_create(&[
                ("rollout", rollout.to_string()),
                ("state", state.to_string()),
            ])
            .set(i64::try_from(n).unwrap_or(i64::MAX));
    }

    pub fn publish_error(&self, reason: &str) {
        self.publish_errors
            .get_or_create(&[("reason", reason.to_string())])
            .inc();
    }

    /// The text exposition format.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let _ = encode(&mut s, &self.registry);
        s
    }
}

/// Serves `GET /metrics` (any path, in fact) on `addr` until the task is dropped.
pub async fn serve(addr: SocketAddr, metrics: Arc<Metrics>) -> std::io::Result<SocketAddr> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let m = metrics.clone();
            tokio::spawn(async move {
                let mut buf = [0u8; 1024];
                let _ = sock.read(&mut buf).await;
                let body = m.render();
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: text/plain; version=0.0.4\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                    body.len()
                );
                let _ = sock.write_all(head.as_bytes()).await;
                let _ = sock.write_all(body.as_bytes()).await;
            });
        }
    });
    Ok(local)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_every_family() {
        let m = Metrics::new();
        m.commands_published.inc();
        m.dead("invalid_json");
        m.set_rollout_jobs("r1", "succeeded", 3);
        m.dead_letters_stored
            .get_or_create(&[("reason", "invalid_json".into())])
            .set(2);
        let t = m.render();
        assert!(
            t.contains("otactl_rollout_jobs{rollout=\"r1\",state=\"succeeded\"} 3"),
            "{t}"
        );
        assert!(
            t.contains("otactl_dead_letters_stored{reason=\"invalid_json\"} 2"),
            "{t}"
        );
        assert!(t.contains("otactl_commands_published_total 1"), "{t}");
        assert!(
            t.contains("otactl_dead_letters_total{reason=\"invalid_json\"} 1"),
            "{t}"
        );
    }

    #[tokio::test]
    async fn serves_the_text_format_over_http() {
        let m = Metrics::new();
        m.outbox_backlog.set(7);
        let addr = serve("127.0.0.1:0".parse().expect("addr"), m)
            .await
            .expect("bind");
        let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
        s.write_all(b"GET /metrics HTTP/1.0\r\n\r\n")
            .await
            .expect("send");
        let mut body = String::new();
        s.read_to_string(&mut body).await.expect("read");
        assert!(body.starts_with("HTTP/1.1 200 OK"), "{body}");
        assert!(body.contains("otactl_outbox_backlog 7"), "{body}");
    }
}
