//! The MQTT test harness: a store with its writer and a running `Link` against a
//! broker port, and a device-side client that publishes statuses and collects commands.

use otactl::metrics::Metrics;
use otactl::mqtt::{ConnectConfig, Link, LinkOptions};
use otactl_store::writer::{Writer, WriterOptions};
use rumqttc::{AsyncClient, Event, MqttOptions, Packet, QoS};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;

pub struct Harness {
    pub dir: tempfile::TempDir,
    pub store: PathBuf,
    pub writer: Arc<Writer>,
    pub link: Link,
}

impl Harness {
    /// A fresh store seeded with `jobs` jobs in `state`, and a link to `port`.
    pub async fn start(port: u16, jobs: usize, state: &str, opts: LinkOptions) -> Harness {
        let id = format!("otactl-test-{}", rand_id());
        Self::start_with(
            ConnectConfig::plain("127.0.0.1", port, &id, "fleet"),
            jobs,
            state,
            opts,
        )
        .await
    }

    /// Like [`Harness::start`] with connection settings of the test's own.
    pub async fn start_with(
        cfg: ConnectConfig,
        jobs: usize,
        state: &str,
        opts: LinkOptions,
    ) -> Harness {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = dir.path().join("store.db");
        let mut conn = otactl_store::open(&store).expect("store");
        super::bench::seed_jobs(&mut conn, jobs, state).expect("seed");
        drop(conn);
        let writer = Arc::new(Writer::spawn(&store, WriterOptions::default()).expect("writer"));
        let link =
            Link::start(&cfg, opts, store.clone(), writer.clone(), Metrics::new()).expect("link");
        link.wait_connected(Duration::from_secs(10))
            .await
            .expect("connected");
        Harness {
            dir,
            store,
            writer,
            link,
        }
    }

    pub fn read(&self) -> otactl_store::rusqlite::Connection {
        otactl_store::open_read_only(&self.store).expect("read store")
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.read().query_row(sql, [], |r| r.get(0)).expect(sql)
    }
}

pub fn rand_id() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

/// A device (or a gateway for many): publishes as devices, receives commands.
pub struct Device {
    pub client: AsyncClient,
    pub inbox: mpsc::UnboundedReceiver<(String, Vec<u8>)>,
}

impl Device {
    pub async fn connect(port: u16, subscribe: Option<&str>) -> Device {
        let mut o = MqttOptions::new(format!("device-{}", rand_id()), "127.0.0.1", port);
        o.set_max_packet_size(1 << 20, 1 << 20);
        let (client, mut el) = AsyncClient::new(o, 1024);
        let (tx, inbox) = mpsc::unbounded_channel();
        let (sub_tx, mut sub_rx) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            loop {
                match el.poll().await {
                    Ok(Event::Incoming(Packet::Publish(p))) => {
                        let _ = tx.send((p.topic.to_string(), p.payload.to_vec()));
                    }
                    Ok(Event::Incoming(Packet::SubAck(_))) => {
                        let _ = sub_tx.send(());
                    }
                    Ok(_) => {}
                    Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
                }
            }
        });
        if let Some(f) = subscribe {
            client
                .subscribe(f, QoS::AtLeastOnce)
                .await
                .expect("subscribe");
            tokio::time::timeout(Duration::from_secs(10), sub_rx.recv())
                .await
                .expect("suback");
        }
        Device { client, inbox }
    }

    pub async fn send(&self, topic: &str, payload: impl Into<Vec<u8>>) {
        self.client
            .publish(topic, QoS::AtLeastOnce, false, payload.into())
            .await
            .expect("publish");
    }
}
