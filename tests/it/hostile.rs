//! Hostile device input against a real Mosquitto (issue #10): devices that speak for
//! other devices or other jobs, oversized and non-UTF-8 payloads, huge numbers, absurd
//! timestamps, replays and a 100k-message flood. No job changes that must not, every
//! bad message is a dead letter counted by reason, and memory stays bounded.

use crate::common::Env;
use crate::common::bench::wait_until;
use crate::common::mosquitto::Mosquitto;
use crate::common::mqtt::{Device, Harness};
use otactl::mqtt::{Counters, LinkOptions};
use std::collections::BTreeMap;
use std::time::Duration;

const TS: &str = "2026-11-21T10:00:05Z";

/// A status of job `j{n}` (command `c{n}`, as seeded) from `dev`.
fn status(dev: &str, n: usize, msg: &str, st: &str, extra: &str) -> String {
    status_ts(dev, n, msg, st, extra, TS)
}

fn status_ts(dev: &str, n: usize, msg: &str, st: &str, extra: &str, ts: &str) -> String {
    format!(
        r#"{{"v":1,"msg_id":"{msg}","job_id":"j{n}","command_id":"c{n}","device_id":"{dev}","status":"{st}",{extra}"ts":"{ts}"}}"#
    )
}

fn dev(n: usize) -> String {
    crate::common::bench::bench_device(n)
}

fn topic(n: usize) -> String {
    format!("fleet/{}/update/status", dev(n))
}

/// An inventory message that registers `id` (presence alone never does).
fn inventory(id: &str) -> String {
    format!(
        r#"{{"v":1,"device_id":"{id}","hw":"esp32","firmware_version":"1.0.0","counter":1,"ts":"2026-11-21T10:00:00Z"}}"#
    )
}

/// Waits until the link's subscriptions are in place (a probe inventory gets through).
async fn subscribed(h: &Harness, d: &Device) {
    for i in 0..50 {
        let probe = format!("PROBE{i}");
        d.send(&format!("fleet/{probe}/inventory"), inventory(&probe))
            .await;
        let q = format!("SELECT count(*) FROM devices WHERE id = '{probe}'");
        if wait_until(Duration::from_millis(200), || h.count(&q) == 1).await {
            return;
        }
    }
    panic!("the link never subscribed");
}

/// (state, version) of every job.
fn jobs(h: &Harness) -> BTreeMap<String, (String, i64)> {
    let c = h.read();
    let mut st = c
        .prepare("SELECT id, state, version FROM jobs")
        .expect("sql");
    st.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect()
}

fn dead_by_reason(h: &Harness) -> BTreeMap<String, i64> {
    let c = h.read();
    let mut st = c
        .prepare(
            "SELECT reason, count(*) FROM dead_letters WHERE source = 'ingest' GROUP BY reason",
        )
        .expect("sql");
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect()
}

fn metric(h: &Harness, reason: &str) -> u64 {
    let text = h.link.metrics.render();
    let key = format!("otactl_dead_letters_total{{reason=\"{reason}\"}} ");
    text.lines()
        .find_map(|l| l.strip_prefix(&key))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

/// Waits for `n` ingest dead letters in the store.
async fn wait_dead(h: &Harness, n: i64, secs: u64) {
    let q = "SELECT count(*) FROM dead_letters WHERE source = 'ingest'";
    let ok = wait_until(Duration::from_secs(secs), || h.count(q) >= n).await;
    assert!(
        ok,
        "{} of {n} dead letters: {:?}",
        h.count(q),
        dead_by_reason(h)
    );
}

/// Each hostile kind, one message each, with the reason it must be dead-lettered for.
fn hostile_messages() -> Vec<(&'static str, String, Vec<u8>)> {
    let s = |t: String, p: String| (t, p.into_bytes());
    let mut bad_utf8 = status(&dev(0), 0, "u1", "accepted", "").into_bytes();
    // Valid JSON shape, but a lone 0xff inside the msg_id string.
    let at = status(&dev(0), 0, "u1", "accepted", "")
        .find("u1")
        .expect("test data");
    bad_utf8[at] = 0xff;
    let cases: Vec<(&'static str, (String, Vec<u8>))> = vec![
        // Device 1 publishes on device 0's topic, about its own job.
        (
            "topic_mismatch",
            s(
                topic(0),
                status(&dev(1), 1, "h1", "done", r#""firmware_version":"2.0.0","#),
            ),
        ),
        // Device 1, on its own topic, reports device 0's job (with its command id).
        (
            "wrong_device",
            s(
                topic(1),
                status(&dev(1), 0, "h2", "done", r#""firmware_version":"2.0.0","#),
            ),
        ),
        // A status for a job nobody has.
        (
            "unknown_job",
            s(topic(2), status(&dev(2), 777, "h3", "accepted", "")),
        ),
        // 20 KiB: over the 16 KiB limit.
        (
            "too_large",
            s(
                topic(0),
                status(
                    &dev(0),
                    0,
                    "h4",
                    "done",
                    &format!(r#""pad":"{}","#, "x".repeat(20_000)),
                ),
            ),
        ),
        ("not_utf8", (topic(0), vec![0xff, 0xfe, 0x00, b'{'])),
        ("not_utf8", (topic(0), bad_utf8)),
        // Huge numbers.
        (
            "bad_field",
            s(
                topic(0),
                status(&dev(0), 0, "h5", "downloading", r#""progress":1e300,"#),
            ),
        ),
        (
            "bad_field",
            s(
                topic(0),
                status(&dev(0), 0, "h6", "downloading", r#""progress":-1,"#),
            ),
        ),
        (
            "bad_field",
            s(
                topic(0),
                status(
                    &dev(0),
                    0,
                    "h7",
                    "downloading",
                    r#""seq":18446744073709551616,"#,
                ),
            ),
        ),
        // Fits u64, not the store's integers (it wrapped to a negative counter).
        (
            "bad_field",
            s(
                topic(0),
                status(
                    &dev(0),
                    0,
                    "h12",
                    "downloading",
                    r#""seq":18446744073709551615,"#,
                ),
            ),
        ),
        (
            "bad_field",
            s(
                format!("fleet/{}/inventory", dev(0)),
                format!(
                    r#"{{"v":1,"device_id":"{}","hw":"esp32","firmware_version":"9.9.9","counter":18446744073709551615}}"#,
                    dev(0)
                ),
            ),
        ),
        (
            "invalid_json",
            s(
                format!("fleet/{}/inventory", dev(0)),
                format!(
                    r#"{{"v":1,"device_id":"{}","hw":"esp32","firmware_version":"9.9.9","counter":1e30}}"#,
                    dev(0)
                ),
            ),
        ),
        (
            "invalid_json",
            s(
                topic(0),
                format!("{}{}", "[".repeat(10_000), "]".repeat(10_000))
                    .chars()
                    .take(16_000)
                    .collect(),
            ),
        ),
        // Timestamps outside RFC 3339's years, or no time at all.
        (
            "bad_field",
            s(
                topic(0),
                status_ts(&dev(0), 0, "h8", "accepted", "", "+275760-09-13T00:00:00Z"),
            ),
        ),
        (
            "bad_field",
            s(
                topic(0),
                status_ts(&dev(0), 0, "h9", "accepted", "", "99999-01-01T00:00:00Z"),
            ),
        ),
        (
            "bad_field",
            s(topic(0), status_ts(&dev(0), 0, "h10", "accepted", "", "")),
        ),
        // Ids too long, control characters.
        (
            "bad_field",
            s(
                topic(0),
                status(&dev(0), 0, &"m".repeat(5000), "accepted", ""),
            ),
        ),
        (
            "bad_field",
            s(topic(0), status(&dev(0), 0, "a\\u0000b", "accepted", "")),
        ),
        (
            "unknown_status",
            s(topic(0), status(&dev(0), 0, "h11", "hacked", "")),
        ),
        (
            "bad_field",
            s(format!("fleet/{}/presence", dev(0)), "maybe".into()),
        ),
    ];
    cases.into_iter().map(|(r, (t, p))| (r, t, p)).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mosquitto_hostile_messages_change_no_job_and_are_dead_lettered_by_reason() {
    let m = Mosquitto::start();
    let h = Harness::start(m.port, 4, "sent", LinkOptions::default()).await;
    let d = Device::connect(m.port, None).await;
    subscribed(&h, &d).await;
    let before = jobs(&h);
    let cases = hostile_messages();
    let mut want: BTreeMap<String, i64> = BTreeMap::new();
    for (reason, t, p) in &cases {
        *want.entry(reason.to_string()).or_default() += 1;
        d.send(t, p.clone()).await;
    }
    wait_dead(&h, cases.len() as i64, 20).await;
    // Give stragglers a moment: nothing more may arrive, and nothing may have moved.
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(dead_by_reason(&h), want);
    assert_eq!(jobs(&h), before, "a hostile message changed a job");
    assert_eq!(Counters::get(&h.link.counters.dead_in), cases.len() as u64);
    for (reason, n) in &want {
        assert_eq!(metric(&h, reason), *n as u64, "metric for {reason}");
    }
    // The 20 KiB message is kept, cut to the stored prefix.
    assert_eq!(
        h.count("SELECT max(length(payload)) FROM dead_letters"),
        otactl_store::dead::MAX_PAYLOAD as i64
    );
    // The device 0 inventory with a huge counter did not touch the device.
    assert_eq!(
        h.count("SELECT count(*) FROM devices WHERE firmware_version = '9.9.9'"),
        0
    );
    h.link.shutdown().await;
}

/// A device that knows the topic and ids of another device's job but not its current
/// command id (128 random bits, sent only to that device) changes nothing; replays of
/// a real device's statuses are no-ops; absurd but well-formed device clocks are
/// recorded without harm. These are not dead letters: duplicates, late and stale
/// statuses are normal MQTT life, recorded in `status_events` with their refusal.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mosquitto_spoofed_replayed_and_time_travelling_statuses_move_nothing_they_must_not() {
    let m = Mosquitto::start();
    let h = Harness::start(m.port, 3, "sent", LinkOptions::default()).await;
    let d = Device::connect(m.port, None).await;
    subscribed(&h, &d).await;
    let fw = r#""firmware_version":"2.0.0","#;
    // Spoofed: device 0's topic and job, a guessed command id.
    let spoof = status(&dev(0), 0, "s1", "done", fw).replace("\"c0\"", "\"c-guess\"");
    d.send(&topic(0), spoof).await;
    // Job 1 really finishes, with a device clock far in the future; then its messages
    // are replayed: the same msg_id, then a new msg_id with an older stage.
    let done = status_ts(&dev(1), 1, "r2", "done", fw, "9999-12-31T23:59:59Z");
    d.send(
        &topic(1),
        status_ts(&dev(1), 1, "r1", "downloading", "", "0001-01-01T00:00:00Z"),
    )
    .await;
    d.send(&topic(1), done.clone()).await;
    let q = "SELECT count(*) FROM status_events";
    assert!(wait_until(Duration::from_secs(10), || h.count(q) == 3).await);
    let after_done = jobs(&h);
    assert_eq!(after_done["j1"].0, "succeeded");
    for _ in 0..20 {
        d.send(&topic(1), done.clone()).await;
    }
    d.send(
        &topic(1),
        status(
            &dev(1),
            1,
            "r3",
            "error",
            r#""error":{"code":"x","message":"late"},"#,
        ),
    )
    .await;
    d.send(&topic(1), status(&dev(1), 1, "r4", "downloading", ""))
        .await;
    let c = h.link.counters.clone();
    assert!(wait_until(Duration::from_secs(10), || Counters::get(&c.ingested) >= 25).await);
    assert_eq!(h.count(q), 5, "a replay was stored twice");
    let now = jobs(&h);
    assert_eq!(now, after_done, "a replay or late status moved a job");
    assert_eq!(now["j0"].0, "sent", "the spoofed status moved job 0");
    assert_eq!(
        h.count("SELECT count(*) FROM status_events WHERE outcome = 'refused:stale_command'"),
        1
    );
    assert_eq!(
        h.count("SELECT count(*) FROM status_events WHERE outcome LIKE 'refused:already_final%'"),
        2
    );
    assert_eq!(h.count("SELECT count(*) FROM dead_letters"), 0);
    // The lag histogram took the absurd clocks without going negative or panicking.
    let text = h.link.metrics.render();
    assert!(text.contains("otactl_ingest_lag_seconds"), "{text}");
    h.link.shutdown().await;
}

/// A message larger than the link reads in one packet must not wedge ingest: the
/// broker redelivers an unacknowledged message on every reconnect, so a link that
/// drops the connection on it would never ingest anything again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mosquitto_one_huge_message_does_not_wedge_ingest() {
    let m = Mosquitto::start();
    let h = Harness::start(m.port, 1, "sent", LinkOptions::default()).await;
    let d = Device::connect(m.port, None).await;
    subscribed(&h, &d).await;
    let mut o = rumqttc::MqttOptions::new("big-sender", "127.0.0.1", m.port);
    o.set_max_packet_size(16 << 20, 16 << 20);
    let (big, mut el) = rumqttc::AsyncClient::new(o, 16);
    tokio::spawn(async move { while el.poll().await.is_ok() {} });
    big.publish(
        topic(0),
        rumqttc::QoS::AtLeastOnce,
        false,
        vec![b'{'; 6 << 20],
    )
    .await
    .expect("publish");
    d.send("fleet/AFTER/inventory", inventory("AFTER")).await;
    let q = "SELECT count(*) FROM devices WHERE id = 'AFTER'";
    assert!(
        wait_until(Duration::from_secs(15), || h.count(q) == 1).await,
        "ingest is wedged behind the huge message (link: {:?})",
        h.link.state()
    );
    wait_dead(&h, 1, 10).await;
    assert_eq!(dead_by_reason(&h).get("too_large"), Some(&1));
    assert_eq!(jobs(&h)["j0"].0, "sent");
    // And the connection stays up (no redelivery loop).
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(h.link.state(), otactl::mqtt::ConnState::Connected);
    h.link.shutdown().await;
}

/// Feeds `lines` to `mosquitto_pub -l` (one message per line) on `topic`.
fn pub_lines(port: u16, topic: &str, lines: String) -> std::process::Child {
    use std::io::Write;
    let mut c = std::process::Command::new("mosquitto_pub")
        .args([
            "-h",
            "127.0.0.1",
            "-p",
            &port.to_string(),
            "-q",
            "1",
            "-l",
            "-t",
            topic,
        ])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .expect("mosquitto_pub (apt-get install mosquitto-clients)");
    let mut stdin = c.stdin.take().expect("stdin");
    std::thread::spawn(move || {
        let _ = stdin.write_all(lines.as_bytes());
    });
    c
}

/// `field` (e.g. `VmHWM:`) of a process, in KiB.
fn proc_kib(pid: u32, field: &str) -> Option<u64> {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// The flood runs against an otactl process of its own (`mqtt-bench ingest`), so its
/// peak memory is its own and not that of the tests running beside this one. The
/// 100k messages wait at the broker for its persistent session and arrive as one
/// burst when it connects: the worst case for memory.
#[test]
fn mosquitto_a_flood_of_100k_bogus_messages_is_all_dead_lettered_in_bounded_memory() {
    let m = Mosquitto::start();
    let env = Env::new();
    let broker = format!("mqtt://127.0.0.1:{}", m.port);
    let bench = |extra: &[&str]| {
        let mut c = env.std_dev_cmd();
        c.args([
            "--broker",
            &broker,
            "--mqtt-client-id",
            "flood-test",
            "-o",
            "json",
        ])
        .args(["mqtt-bench", "ingest", "--jobs", "10"])
        .args(extra);
        c
    };
    // Seed 10 jobs in `sent` and leave a session subscribed to the device topics.
    let out = bench(&["--prepare"]).output().expect("run otactl");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let before = store_jobs(&env.store());
    // The same process idle for a second (nothing queued; it times out): the baseline.
    let idle = peak_kib(
        bench(&["--messages", "1", "--timeout", "1"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn otactl"),
    )
    .0;
    let status_of = |d: usize, n: usize, msg: String| {
        status(&dev(d), n, &msg, "done", r#""firmware_version":"2.0.0","#)
    };
    let kinds: Vec<(&str, String, String, i64)> = vec![
        (
            "invalid_json",
            topic(0),
            lines_of(40_000, &|i| format!("{{bogus {i} {}", "x".repeat(200))),
            40_000,
        ),
        (
            "topic_mismatch",
            topic(0),
            lines_of(30_000, &|i| status_of(1, 1, format!("f{i}"))),
            30_000,
        ),
        (
            "unknown_job",
            topic(2),
            lines_of(20_000, &|i| status_of(2, 100_000 + i, format!("g{i}"))),
            20_000,
        ),
        (
            "bad_field",
            format!("fleet/{}/presence", dev(3)),
            lines_of(10_000, &|i| format!("maybe-{i}")),
            10_000,
        ),
    ];
    let total: i64 = kinds.iter().map(|k| k.3).sum();
    assert_eq!(total, 100_000);
    let children: Vec<_> = kinds
        .iter()
        .map(|(_, t, lines, _)| pub_lines(m.port, t, lines.clone()))
        .collect();
    for mut c in children {
        assert!(c.wait().expect("wait").success(), "mosquitto_pub failed");
    }
    let t0 = std::time::Instant::now();
    // The bench stops at ingested + dead >= --messages; a status for an unknown job
    // counts twice (recorded as ingested, then dead-lettered), so 100k + 20k.
    let (peak, out) = peak_kib(
        bench(&["--messages", "120000", "--timeout", "120"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn otactl"),
    );
    let secs = t0.elapsed().as_secs_f64();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    eprintln!(
        "flood: {total} messages in {secs:.1}s, VmHWM {} MiB (idle: {} MiB)",
        peak / 1024,
        idle / 1024
    );
    assert_eq!(report["dead_in"], total, "{report}");
    assert_eq!(report["ingested"], 20_000, "{report}");
    let conn = otactl_store::open_read_only(&env.store()).expect("store");
    let mut st = conn
        .prepare(
            "SELECT reason, count(*) FROM dead_letters WHERE source = 'ingest' GROUP BY reason",
        )
        .expect("sql");
    let got: BTreeMap<String, i64> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect();
    for (reason, _, _, n) in &kinds {
        assert_eq!(got.get(*reason), Some(n), "{reason}: {got:?}");
    }
    assert_eq!(got.values().sum::<i64>(), total, "{got:?}");
    assert_eq!(store_jobs(&env.store()), before, "the flood changed a job");
    // Bounded: 100k messages (~25 MiB of payload) grow the process by less than
    // 150 MiB over its idle self.
    assert!(idle > 0 && peak > 0, "never read /proc/PID/status");
    assert!(
        peak.saturating_sub(idle) < 150 * 1024,
        "otactl grew from {idle} KiB idle to {peak} KiB"
    );
}

/// Waits for `child`, polling its peak resident memory (VmHWM, KiB) until it exits.
fn peak_kib(mut child: std::process::Child) -> (u64, std::process::Output) {
    let pid = child.id();
    let mut peak = 0;
    while child.try_wait().expect("try_wait").is_none() {
        peak = peak.max(proc_kib(pid, "VmHWM:").unwrap_or(0));
        std::thread::sleep(Duration::from_millis(10));
    }
    (peak, child.wait_with_output().expect("output"))
}

/// (state, version) of every job in the store at `path`.
fn store_jobs(path: &std::path::Path) -> BTreeMap<String, (String, i64)> {
    let c = otactl_store::open_read_only(path).expect("store");
    let mut st = c
        .prepare("SELECT id, state, version FROM jobs")
        .expect("sql");
    st.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))
        .expect("query")
        .map(|r| r.expect("row"))
        .collect()
}

fn lines_of(n: usize, f: &dyn Fn(usize) -> String) -> String {
    (0..n).map(|i| f(i) + "\n").collect()
}
