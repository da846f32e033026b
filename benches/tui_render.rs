//! The dashboard's frame cost with 100,000 devices in the store: building and
//! drawing one frame on a 200x50 `TestBackend` (target p99 <= 2 ms), while still and
//! while scrolling (each step may read a new window of the device table), and the
//! cost of one store snapshot (taken at most once per --refresh while data changes).
//! Criterion reports means; the p99 over 1,000 frames is printed before it runs.

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use otactl::tui::Session;
use otactl::tui::app::App;
#[path = "support/tui_fixture.rs"]
mod fixture;

use fixture::NOW;
use otactl::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::{Duration, Instant};

const DEVICES: usize = 100_000;

fn session(dir: &tempfile::TempDir) -> Session {
    let path = dir.path().join("bench.db");
    let mut conn = otactl_store::open(&path).expect("open");
    let t = Instant::now();
    fixture::build(&mut conn, DEVICES).expect("fixture");
    eprintln!("built a {DEVICES}-device store in {:.1?}", t.elapsed());
    drop(conn);
    let conn = otactl_store::open(&path).expect("open");
    let theme = Theme {
        color: true,
        ascii: false,
    };
    let app = App::new(theme, None, path.display().to_string());
    let mut s = Session::new(conn, app, Duration::from_secs(1), "bench".into());
    s.tick(NOW, true).expect("tick");
    s
}

/// This thread's time on a CPU so far (ns), from /proc/thread-self/schedstat. Its
/// accounting is per scheduler tick, so it is summed over many frames (a mean that
/// leaves out the slices other processes take on a busy machine), never per frame.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn p99(label: &str, mut v: Vec<f64>) {
    v.sort_by(f64::total_cmp);
    let q = |p: f64| v[((v.len() as f64 * p) as usize).min(v.len() - 1)];
    eprintln!(
        "{label}: {} frames, p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        v.len(),
        q(0.5),
        q(0.99),
        q(1.0)
    );
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = session(&dir);
    let mut term = Terminal::new(TestBackend::new(200, 50)).expect("terminal");
    s.frame(&mut term).expect("frame");
    let j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);

    let mut still = Vec::with_capacity(1000);
    let cpu0 = cpu_ns();
    for _ in 0..1000 {
        let t = Instant::now();
        s.frame(&mut term).expect("frame");
        still.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    eprintln!(
        "frame, still: cpu {:.3} ms per frame (mean)",
        (cpu_ns() - cpu0) as f64 / 1e9
    );
    p99("frame, still (200x50), wall", still);
    let mut scrolling = Vec::with_capacity(1000);
    let cpu0 = cpu_ns();
    for _ in 0..1000 {
        let t = Instant::now();
        s.key(j);
        s.frame(&mut term).expect("frame");
        scrolling.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    eprintln!(
        "frame, scrolling: cpu {:.3} ms per frame (mean)",
        (cpu_ns() - cpu0) as f64 / 1e9
    );
    p99("frame, scrolling one row per frame, wall", scrolling);
    let mut snaps = Vec::with_capacity(20);
    for _ in 0..20 {
        let t = Instant::now();
        s.tick(NOW, true).expect("tick");
        s.frame(&mut term).expect("frame");
        snaps.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    p99("store snapshot + frame (100k jobs scanned)", snaps);

    let mut g = c.benchmark_group("tui");
    g.bench_function("frame_200x50_100k_devices", |b| {
        b.iter(|| s.frame(&mut term).expect("frame"))
    });
    g.bench_function("frame_scrolling", |b| {
        b.iter(|| {
            s.key(j);
            s.frame(&mut term).expect("frame")
        })
    });
    g.sample_size(10);
    g.bench_function("snapshot_100k_devices", |b| {
        b.iter(|| s.tick(NOW, true).expect("tick"))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
