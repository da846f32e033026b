//! The keymap, without a terminal or a store: keys change the state, and side
//! effects come back as actions.

use super::*;
use crate::tui::data::{DeviceRow, Page, RolloutRow};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use otactl_store::JobState;

fn key(c: KeyCode) -> KeyEvent {
    KeyEvent::new(c, KeyModifiers::NONE)
}

fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

fn app(devices: u64) -> App {
    let mut a = App::new(
        Theme {
            color: false,
            ascii: false,
        },
        Some("R1".into()),
        "store".into(),
    );
    a.view.rollouts = ["R2", "R1"]
        .iter()
        .map(|id| RolloutRow {
            id: id.to_string(),
            state: otactl_store::RolloutState::Running,
            firmware: "ecu@2".into(),
            size: devices,
        })
        .collect();
    a.view.page = Page {
        query: a.query.clone(),
        generation: 0,
        offset: 0,
        rows: (0..devices.min(50))
            .map(|i| DeviceRow {
                device_id: format!("D{i}"),
                state: JobState::Pending,
                batch: 0,
                progress: None,
                attempt: 0,
                reason: None,
                hw: None,
                stage_ms: 0,
            })
            .collect(),
        matching: devices,
        sorted_at: None,
    };
    a.table_height = 5;
    a.sync();
    a
}

#[test]
fn arrows_and_jk_move_the_cursor_and_keep_it_on_screen() {
    let mut a = app(20);
    for _ in 0..7 {
        assert_eq!(on_key(&mut a, ch('j')), None);
    }
    assert_eq!(a.cursor, 7);
    assert_eq!(a.top, 3, "the cursor's row stays visible");
    on_key(&mut a, key(KeyCode::Up));
    on_key(&mut a, ch('k'));
    assert_eq!(a.cursor, 5);
    on_key(&mut a, ch('G'));
    assert_eq!(a.cursor, 19);
    on_key(&mut a, key(KeyCode::Down));
    assert_eq!(a.cursor, 19, "no moving past the end");
    on_key(&mut a, ch('g'));
    assert_eq!((a.cursor, a.top), (0, 0));
    on_key(&mut a, key(KeyCode::PageDown));
    assert_eq!(a.cursor, 5);
}

#[test]
fn enter_opens_the_device_under_the_cursor_and_esc_closes_it() {
    let mut a = app(20);
    on_key(&mut a, ch('j'));
    assert_eq!(
        on_key(&mut a, key(KeyCode::Enter)),
        Some(Action::OpenDevice("D1".into()))
    );
    assert_eq!(a.mode, Mode::Detail);
    assert_eq!(
        on_key(&mut a, ch('j')),
        Some(Action::OpenDevice("D2".into())),
        "j in the detail moves to the next device"
    );
    assert_eq!(on_key(&mut a, key(KeyCode::Esc)), None);
    assert_eq!(a.mode, Mode::Normal);
}

#[test]
fn pause_and_resume_are_actions_on_the_focused_rollout() {
    let mut a = app(3);
    assert_eq!(on_key(&mut a, ch('p')), Some(Action::Pause("R1".into())));
    assert_eq!(on_key(&mut a, ch('r')), Some(Action::Resume("R1".into())));
    a.query.rollout = None;
    assert_eq!(on_key(&mut a, ch('p')), None);
    assert!(a.note.as_ref().is_some_and(|n| n.error));
}

#[test]
fn abort_asks_first_and_only_y_confirms() {
    let mut a = app(3);
    assert_eq!(on_key(&mut a, ch('a')), None);
    assert_eq!(a.mode, Mode::Confirm(Action::Abort("R1".into())));
    assert_eq!(on_key(&mut a, ch('n')), None);
    assert_eq!(a.mode, Mode::Normal);
    assert!(a.note.as_ref().is_some_and(|n| n.text.contains("nothing")));
    on_key(&mut a, ch('a'));
    assert_eq!(on_key(&mut a, ch('y')), Some(Action::Abort("R1".into())));
}

#[test]
fn slash_edits_a_filter_that_applies_on_enter_and_refuses_typos() {
    let mut a = app(30);
    on_key(&mut a, ch('j'));
    on_key(&mut a, ch('/'));
    for c in "state:faild".chars() {
        on_key(&mut a, ch(c));
    }
    on_key(&mut a, key(KeyCode::Enter));
    assert!(
        matches!(&a.mode, Mode::Filter { error: Some(e), .. } if e.contains("faild")),
        "{:?}",
        a.mode
    );
    on_key(&mut a, key(KeyCode::Backspace));
    for c in "ed hw:esp32".chars() {
        on_key(&mut a, ch(c));
    }
    on_key(&mut a, key(KeyCode::Enter));
    assert_eq!(a.mode, Mode::Normal);
    assert_eq!(a.filter_text, "state:failed hw:esp32");
    assert_eq!(a.query.filter.states, vec![JobState::Failed]);
    assert_eq!(a.cursor, 0, "a new filter starts at the top");
    on_key(&mut a, key(KeyCode::Esc));
    assert!(a.query.filter.is_empty() && a.filter_text.is_empty());
    // Esc while typing keeps the old filter.
    on_key(&mut a, ch('/'));
    on_key(&mut a, ch('x'));
    on_key(&mut a, key(KeyCode::Esc));
    assert!(a.filter_text.is_empty());
}

#[test]
fn tab_cycles_panes_and_arrows_in_rollouts_change_the_focus() {
    let mut a = app(3);
    assert_eq!(a.focus, Focus::Devices);
    on_key(&mut a, key(KeyCode::BackTab));
    assert_eq!(a.focus, Focus::Rollouts);
    assert_eq!(a.rollout_cursor, 1);
    on_key(&mut a, ch('k'));
    assert_eq!(a.rollout(), Some("R2"));
    on_key(&mut a, key(KeyCode::Tab));
    on_key(&mut a, key(KeyCode::Tab));
    assert_eq!(a.focus, Focus::Events);
}

#[test]
fn q_and_ctrl_c_quit_but_q_in_help_only_closes_it() {
    let mut a = app(3);
    on_key(&mut a, ch('?'));
    assert_eq!(a.mode, Mode::Help);
    assert_eq!(on_key(&mut a, ch('q')), None);
    assert_eq!(a.mode, Mode::Normal);
    assert_eq!(on_key(&mut a, ch('q')), Some(Action::Quit));
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    on_key(&mut a, ch('/'));
    assert_eq!(on_key(&mut a, ctrl_c), Some(Action::Quit));
}

#[test]
fn s_cycles_the_sort_and_resets_the_cursor() {
    let mut a = app(30);
    on_key(&mut a, ch('j'));
    on_key(&mut a, ch('s'));
    assert_eq!(a.query.sort, crate::tui::filter::Sort::Device);
    assert_eq!(a.cursor, 0);
}
