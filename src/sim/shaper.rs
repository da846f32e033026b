//! Status messages as a lossy field network delivers them: some sent twice (same
//! `msg_id`, as a redelivery), some held back and sent after the next one, so the
//! operator's ingest meets duplicates and stages out of order. Pure; the caller draws
//! the dice.

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
}
