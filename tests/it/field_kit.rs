//! The field kit's servers under attack (`otactl serve`, a real process): a link to a
//! secret and a named pipe in the folder, and hundreds of slow clients against a
//! process limited to 256 descriptors. Legitimate downloads keep being served and the
//! embedded broker keeps accepting devices throughout.

use crate::common::mosquitto::wait_listening;
use crate::common::mqtt::Device;
use crate::common::s3::free_port;
use crate::common::{Env, arg};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Stdio};
use std::time::Duration;

struct Kill(Child);

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One GET on a fresh connection; the whole answer (bounded by a generous timeout).
fn get(addr: SocketAddr, path: &str) -> String {
    let mut s = TcpStream::connect_timeout(&addr, Duration::from_secs(30)).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: kit\r\n\r\n").as_bytes())
        .expect("send");
    let mut out = Vec::new();
    s.read_to_end(&mut out).expect("an answer, not a hang");
    String::from_utf8_lossy(&out).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_field_kit_serves_and_accepts_devices_under_attack() {
    let env = Env::new();
    let secret = env.write("secret.key", "operator secret");
    let dir = env.path("fw");
    env.write("fw/ecu-2.0.0.bin", vec![7u8; 100_000]);
    std::os::unix::fs::symlink(&secret, dir.join("leak.bin")).expect("symlink");
    let fifo = std::process::Command::new("mkfifo")
        .arg(dir.join("pipe.bin"))
        .status()
        .expect("mkfifo");
    assert!(fifo.success());

    let (mqtt, http) = (free_port(), free_port());
    let c = env.std_cmd();
    let otactl = c.get_program().to_owned();
    let mut sh = std::process::Command::new("sh");
    sh.arg("-c")
        .arg("ulimit -n 256 && exec \"$0\" \"$@\"")
        .arg(otactl)
        .args(["serve", "--listen"])
        .arg(format!("127.0.0.1:{mqtt}"))
        .arg("--http")
        .arg(format!("127.0.0.1:{http}"))
        .arg("--artifacts")
        .arg(arg(&dir))
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    for (k, v) in c.get_envs() {
        match v {
            Some(v) => sh.env(k, v),
            None => sh.env_remove(k),
        };
    }
    let _serve = Kill(sh.spawn().expect("serve"));
    wait_listening(http);
    wait_listening(mqtt);
    let addr: SocketAddr = format!("127.0.0.1:{http}").parse().expect("addr");

    // A link out of the folder and a named pipe: refused at once, every time.
    let leak = get(addr, "/leak.bin");
    assert!(
        leak.starts_with("HTTP/1.1 404 ") && !leak.contains("operator"),
        "{leak}"
    );
    let pipes: Vec<_> = (0..40)
        .map(|_| std::thread::spawn(move || get(addr, "/pipe.bin")))
        .collect();
    for p in pipes {
        let r = p.join().expect("thread");
        assert!(r.starts_with("HTTP/1.1 404 "), "{r}");
    }

    // 400 slow clients: each sends half a request head and then nothing.
    let mut slow = Vec::new();
    for _ in 0..400 {
        if let Ok(mut s) = TcpStream::connect_timeout(&addr, Duration::from_millis(300)) {
            let _ = s.write_all(b"GET /ecu-2.0.0.bin HTTP/1.1\r\n");
            slow.push(s);
        }
    }
    assert!(slow.len() >= 100, "the attack connected {}", slow.len());

    // During the attack a device connects and subscribes to the embedded broker...
    let device = tokio::time::timeout(
        Duration::from_secs(30),
        Device::connect(mqtt, Some("fleet/T0001/update/command")),
    )
    .await
    .expect("the broker accepts a device while the artifact server is attacked");
    device.send("fleet/T0001/presence", "online").await;
    // ...and a legitimate download is served in full.
    let ok = tokio::task::spawn_blocking(move || get(addr, "/ecu-2.0.0.bin"))
        .await
        .expect("thread");
    assert!(
        ok.starts_with("HTTP/1.1 200 OK\r\n"),
        "{}",
        &ok[..ok.len().min(200)]
    );
    assert!(ok.contains("content-length: 100000\r\n"));
    assert!(ok.ends_with(&"\u{7}".repeat(16)), "the whole body");
    drop(slow);
}

#[test]
fn serve_has_no_default_folder() {
    let env = Env::new();
    let out = env.run(["serve", "--no-broker", "--http", "127.0.0.1:0"]);
    let (code, _, err) = out.parts();
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--artifacts"), "{err}");
}
