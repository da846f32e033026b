//! The embedded MQTT broker (rumqttd, plain TCP, loopback by default) behind the
//! `embedded-broker` feature: `otactl broker` runs it in the foreground, tests and the
//! demo start one on a free port with [`start`].

use std::collections::HashMap;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant};

/// A running embedded broker. Its threads live until the process exits.
#[derive(Debug, Clone, Copy)]
pub struct Embedded {
    pub addr: SocketAddr,
}

fn config(addr: SocketAddr) -> rumqttd::Config {
    let connections = rumqttd::ConnectionSettings {
        connection_timeout_ms: 60_000,
        max_payload_size: 4 << 20,
        max_inflight_count: 1024,
        auth: None,
        external_auth: None,
        dynamic_filters: true,
    };
    let server = rumqttd::ServerSettings {
        name: "v4-1".into(),
        listen: addr,
        tls: None,
        next_connection_delay_ms: 1,
        connections,
    };
    rumqttd::Config {
        id: 0,
        router: rumqttd::RouterConfig {
            max_connections: 10_010,
            max_outgoing_packet_count: 1024,
            max_segment_size: 100 << 20,
            max_segment_count: 10,
            ..Default::default()
        },
        v4: Some(HashMap::from([("1".to_string(), server)])),
        ..Default::default()
    }
}

/// Starts a broker listening on `addr` and waits until it accepts connections.
pub fn start_on(addr: SocketAddr) -> std::io::Result<Embedded> {
    let cfg = config(addr);
    std::thread::Builder::new()
        .name("otactl-broker".into())
        .spawn(move || {
            let mut b = rumqttd::Broker::new(cfg);
            let _ = b.start();
        })?;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            return Ok(Embedded { addr });
        }
        if Instant::now() > deadline {
            return Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                format!("the embedded broker did not start listening on {addr}"),
            ));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Starts a broker on a free loopback port.
pub fn start() -> std::io::Result<Embedded> {
    let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    start_on(SocketAddr::from(([127, 0, 0, 1], port)))
}
