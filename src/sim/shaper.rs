//! Status messages as a lossy field network delivers them: some sent twice (same
//! `msg_id`, as a redelivery), some held back and sent after the next one, so the
//! operator's ingest meets duplicates and stages out of order. Pure; the caller draws
//! the dice. Each message going out is marked as a first send of its `msg_id` or a
//! repeat of one, so the simulator can count what distinct messages it sent.

use super::wire::StatusMsg;

/// What to publish now for `msg`, given the device's held-back message. `duplicate`
/// sends it twice; `hold` keeps a non-final message back until the next one (a final
/// message is never held, so nothing stays held past the end of a job).
pub fn shape(
    held: &mut Option<StatusMsg>,
    msg: StatusMsg,
    duplicate: bool,
    hold: bool,
) -> Vec<StatusMsg> {
    if hold && held.is_none() && !msg.status.is_final() {
        *held = Some(msg);
        return Vec::new();
    }
    let mut out = Vec::with_capacity(3);
    if duplicate {
        out.push(msg.clone());
    }
    out.push(msg);
    out.extend(held.take());
    out
}

/// `msgs` as they go out, each with whether it repeats a `msg_id` sent before it in
/// `msgs` (the duplicate knob's second copy).
pub fn mark_repeats(msgs: Vec<StatusMsg>) -> Vec<(StatusMsg, bool)> {
    let mut out: Vec<(StatusMsg, bool)> = Vec::with_capacity(msgs.len());
    for m in msgs {
        let repeat = out.iter().any(|(o, _)| o.msg_id == m.msg_id);
        out.push((m, repeat));
    }
    out
}

/// A re-send of `msg` (its command id was seen again): whether it repeats a message
/// already sent. Not when it is the one held back by the reorder knob: that goes out
/// now, for the first time, and is no longer held.
pub fn resend_repeats(held: &mut Option<StatusMsg>, msg: &StatusMsg) -> bool {
    if held.as_ref().is_some_and(|h| h.msg_id == msg.msg_id) {
        *held = None;
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::wire::Stage;

    fn m(s: Stage, seq: u64) -> StatusMsg {
        StatusMsg {
            v: 1,
            msg_id: format!("m{seq}"),
            job_id: "j".into(),
            command_id: "c".into(),
            device_id: "D".into(),
            status: s,
            progress: None,
            seq,
            firmware_version: None,
            error: None,
            ts: "2026-01-01T00:00:00Z".into(),
        }
    }

    fn seqs(v: &[StatusMsg]) -> Vec<u64> {
        v.iter().map(|m| m.seq).collect()
    }

    #[test]
    fn duplicates_reorders_and_never_holds_a_final() {
        let mut held = None;
        assert_eq!(
            seqs(&shape(&mut held, m(Stage::Accepted, 1), false, false)),
            [1]
        );
        assert_eq!(
            seqs(&shape(&mut held, m(Stage::Downloading, 2), true, false)),
            [2, 2]
        );
        assert!(shape(&mut held, m(Stage::Verifying, 3), false, true).is_empty());
        // Held: the next one goes first, the late one after it.
        assert_eq!(
            seqs(&shape(&mut held, m(Stage::Flashing, 4), false, true)),
            [4, 3]
        );
        assert!(shape(&mut held, m(Stage::Rebooting, 5), false, true).is_empty());
        assert_eq!(
            seqs(&shape(&mut held, m(Stage::Done, 6), false, true)),
            [6, 5]
        );
        assert!(held.is_none());
    }

    #[test]
    fn a_duplicate_is_marked_a_repeat_and_a_late_message_is_not() {
        let mut held = None;
        assert!(shape(&mut held, m(Stage::Accepted, 1), false, true).is_empty());
        let sent = mark_repeats(shape(&mut held, m(Stage::Downloading, 2), true, false));
        let marks: Vec<(u64, bool)> = sent.iter().map(|(m, r)| (m.seq, *r)).collect();
        assert_eq!(marks, [(2, false), (2, true), (1, false)]);
    }

    #[test]
    fn a_resend_repeats_unless_it_is_the_held_message() {
        let mut held = None;
        let late = m(Stage::Verifying, 3);
        assert!(shape(&mut held, late.clone(), false, true).is_empty());
        assert!(resend_repeats(&mut held, &m(Stage::Downloading, 2)));
        assert!(held.is_some());
        // The held one re-sent: its first send, and it is not sent again later.
        assert!(!resend_repeats(&mut held, &late));
        assert!(held.is_none());
        assert_eq!(
            seqs(&shape(&mut held, m(Stage::Flashing, 4), false, false)),
            [4]
        );
    }
}
