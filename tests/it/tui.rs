//! The dashboard on a real store: screens snapshotted on a `TestBackend` (80x24,
//! ASCII, detail, help, a filter), live changes written by another connection, the
//! keys' actions landing in the store and the audit log, and the no-TTY fallback.
//! The tmux test (a real terminal) is in `tui_tmux.rs`.

use crate::common::Env;
use crate::common::tui_fixture::{self as fixture, NOW, ROLLOUT};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use otactl::tui::app::App;
use otactl::tui::theme::Theme;
use otactl::tui::{Session, app::Mode};
use otactl_store::jobs::{self, StatusRecord};
use otactl_store::{DeviceStatus, JobEvent};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::Duration;

const PLAIN: Theme = Theme {
    color: false,
    ascii: false,
};

/// A demo store of `n` devices in `env` and a dashboard on it.
fn session(env: &Env, n: usize, theme: Theme) -> Session {
    let mut conn = otactl_store::open(&env.store()).expect("store");
    fixture::build(&mut conn, n).expect("fixture");
    drop(conn);
    let conn = otactl_store::open(&env.store()).expect("store");
    let app = App::new(theme, None, "store.db".into());
    let mut s = Session::new(conn, app, Duration::ZERO, "tester@ci".into());
    s.tick(NOW, true).expect("tick");
    s
}

fn screen(s: &mut Session, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("terminal");
    s.frame(&mut t).expect("frame");
    t
}

fn text(t: &Terminal<TestBackend>) -> String {
    t.backend().to_string()
}

fn press(s: &mut Session, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\x1b' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        s.key(KeyEvent::new(code, KeyModifiers::NONE));
    }
}

#[test]
fn main_screen_at_80x24() {
    let env = Env::new();
    let mut s = session(&env, 1000, PLAIN);
    insta::assert_snapshot!("main_80x24", text(&screen(&mut s, 80, 24)));
}

#[test]
fn main_screen_in_ascii_at_120x40() {
    let env = Env::new();
    let mut s = session(
        &env,
        1000,
        Theme {
            color: false,
            ascii: true,
        },
    );
    insta::assert_snapshot!("main_ascii_120x40", text(&screen(&mut s, 120, 40)));
}

#[test]
fn device_detail_shows_history_and_errors() {
    let env = Env::new();
    let mut s = session(&env, 1000, PLAIN);
    screen(&mut s, 100, 30);
    // Sorted by state, failures come first: Enter opens the first failed device.
    press(&mut s, "\n");
    assert_eq!(s.app.mode, Mode::Detail);
    let t = text(&screen(&mut s, 100, 30));
    assert!(t.contains("download_error: HTTP 403"), "{t}");
    insta::assert_snapshot!("device_detail", t);
}

#[test]
fn help_lists_the_keys_and_the_state_symbols() {
    let env = Env::new();
    let mut s = session(&env, 100, PLAIN);
    press(&mut s, "?");
    insta::assert_snapshot!("help", text(&screen(&mut s, 80, 24)));
}

#[test]
fn a_filter_narrows_the_table_by_state_hw_tag_and_text() {
    let env = Env::new();
    let mut s = session(&env, 1000, PLAIN);
    screen(&mut s, 100, 30);
    press(&mut s, "/state:failures hw:esp32 tag:quarry-7\n");
    let t = screen(&mut s, 100, 30);
    let page = &s.app.view.page;
    assert!(page.matching > 0 && page.matching < 30, "{}", page.matching);
    assert!(
        page.rows.iter().all(|r| r.state.is_failure()
            && r.hw.as_deref() == Some("esp32")
            && r.device_id.ends_with('7')),
        "{:?}",
        page.rows
    );
    insta::assert_snapshot!("filtered", text(&t));
    press(&mut s, "\x1b/truck-000999\n");
    screen(&mut s, 100, 30);
    assert_eq!(s.app.view.page.matching, 1);
}

#[test]
fn only_the_visible_window_of_a_large_table_is_read() {
    let env = Env::new();
    let mut s = session(&env, 5000, PLAIN);
    screen(&mut s, 80, 24);
    assert_eq!(s.app.view.page.matching, 5000);
    assert!(
        s.app.view.page.rows.len() <= 500,
        "{}",
        s.app.view.page.rows.len()
    );
    press(&mut s, "G");
    let t = text(&screen(&mut s, 80, 24));
    assert_eq!(s.app.cursor, 4999);
    assert!(t.contains("of 5000"), "{t}");
}

#[test]
fn changes_from_another_connection_reach_the_screen() {
    let env = Env::new();
    let mut s = session(&env, 1000, PLAIN);
    let before = text(&screen(&mut s, 100, 30));
    // The engine's side: another connection moves a pending job along.
    let conn = otactl_store::open(&env.store()).expect("store");
    let dev: String = conn
        .query_row(
            "SELECT device_id FROM jobs WHERE state = 'pending' ORDER BY device_id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("pending");
    let job = otactl_store::rollouts::job_id(ROLLOUT, &dev);
    let later = NOW + 5_000;
    let enq = JobEvent::Enqueue {
        command_id: "c9".into(),
    };
    jobs::apply_event(&conn, &job, &enq, later).expect("enqueue");
    let pubd = JobEvent::Published {
        command_id: "c9".into(),
    };
    jobs::apply_event(&conn, &job, &pubd, later).expect("sent");
    jobs::ingest_status(
        &conn,
        &StatusRecord {
            device_id: dev.clone(),
            msg_id: "x1".into(),
            job_id: job,
            command_id: "c9".into(),
            status: DeviceStatus::Downloading,
            progress: Some(12),
            seq: Some(1),
            firmware_version: None,
            error_code: None,
            error_message: None,
            device_ts: "2026-11-18T12:10:05Z".into(),
            received_ms: later,
        },
    )
    .expect("ingest");
    assert!(s.source.changed().expect("data_version"));
    s.tick(later + 1000, false).expect("tick");
    let after = text(&screen(&mut s, 100, 30));
    assert_ne!(before, after);
    assert!(
        after.contains(&format!("{dev} downloading 12%")),
        "the event log names the device: {after}"
    );
}

fn rollout_state(env: &Env) -> String {
    let conn = otactl_store::open(&env.store()).expect("store");
    otactl_store::rollouts::get(&conn, ROLLOUT)
        .expect("get")
        .expect("rollout")
        .state
        .to_string()
}

fn audit(env: &Env) -> Vec<otactl_store::audit::AuditEntry> {
    let conn = otactl_store::open(&env.store()).expect("store");
    otactl_store::audit::list(&conn, None, 100).expect("audit")
}

#[test]
fn keys_pause_resume_and_abort_through_the_cli_core_and_are_audited() {
    let env = Env::new();
    let mut s = session(&env, 200, PLAIN);
    press(&mut s, "p");
    assert_eq!(rollout_state(&env), "paused");
    press(&mut s, "p");
    let note = s.app.note.clone().expect("note");
    assert!(note.error && note.text.contains("cannot pause"), "{note:?}");
    press(&mut s, "r");
    assert_eq!(rollout_state(&env), "running");
    press(&mut s, "an");
    assert_eq!(rollout_state(&env), "running", "n keeps the rollout");
    press(&mut s, "ay");
    assert_eq!(rollout_state(&env), "aborted");
    assert!(
        s.app
            .note
            .as_ref()
            .is_some_and(|n| n.text.contains("cancelled"))
    );
    let a = audit(&env);
    let tui: Vec<(String, String)> = a
        .iter()
        .filter(|e| e.args.first().map(String::as_str) == Some("tui"))
        .map(|e| (e.command.clone(), e.outcome.clone()))
        .collect();
    let want: Vec<(String, String)> = [
        ("rollout pause", "ok"),
        ("rollout pause", "error: input"),
        ("rollout resume", "ok"),
        ("rollout abort", "ok"),
    ]
    .iter()
    .map(|(c, o)| (c.to_string(), o.to_string()))
    .collect();
    assert_eq!(tui, want);
    assert!(
        a.iter()
            .all(|e| e.actor != "tester@ci" || e.args[3] == ROLLOUT)
    );
    // The actions show in the event log, as `otactl audit` would list them.
    let t = text(&screen(&mut s, 100, 30));
    assert!(t.contains("tester@ci: rollout abort R-0001 (ok)"), "{t}");
}

#[test]
fn without_a_terminal_it_prints_status_lines_until_the_rollout_ends() {
    let env = Env::new();
    let mut conn = otactl_store::open(&env.store()).expect("store");
    fixture::build(&mut conn, 50).expect("fixture");
    otactl::commands::rollout::control::control(
        &mut conn,
        ROLLOUT,
        otactl::commands::rollout::control::Control::Cancel,
        NOW,
    )
    .expect("cancel");
    // Cancelled, with devices still in flight: the watch would wait for them.
    conn.execute(
        "UPDATE jobs SET state = 'cancelled' WHERE state NOT IN ('succeeded', 'failed', 'rejected', 'timed_out')",
        [],
    )
    .expect("settle");
    drop(conn);
    let (code, out, err) = env
        .run_with(|c| {
            c.args(["rollout", "watch", ROLLOUT])
                .timeout(Duration::from_secs(60))
        })
        .parts();
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("rollout R-0001  cancelled  ecu@2.0.0"),
        "{out}"
    );
    assert!(err.contains("no terminal"), "{err}");
}

#[test]
fn engine_in_process_reports_an_unreachable_broker() {
    let env = Env::new().with_key_dir();
    let port = crate::common::mosquitto::free_port();
    let (code, _, err) = env.run(["keys", "generate", "--unencrypted"]).parts();
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = env
        .run_with(|c| {
            c.env("OTACTL_BROKER", format!("mqtt://127.0.0.1:{port}"))
                .args(["tui", "--engine"])
        })
        .parts();
    assert_eq!(code, 5, "{err}");
    assert!(err.contains("cannot reach the MQTT broker"), "{err}");
}
