//! Status, inventory and presence ingest: every device message is validated against
//! PROTOCOL.md, handed to the store writer, and acknowledged to the broker only after
//! the writer's commit. Bad input is dead-lettered with its reason and counted, never fatal.

use super::Counters;
use crate::domain::protocol::{self, Invalid, TopicKind};
use crate::metrics::Metrics;
use otactl_store::dead::NewDeadLetter;
use otactl_store::jobs::Ingested;
use otactl_store::now_ms;
use otactl_store::writer::{Callback, OpError, OpResult, WriteOp, Writer};
use rumqttc::Publish;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use tokio::sync::{OwnedSemaphorePermit, mpsc};

/// The packet id to acknowledge: none (0) for a QoS 0 message.
fn ack_id(p: &Publish) -> u16 {
    if p.qos == rumqttc::QoS::AtMostOnce {
        0
    } else {
        p.pkid
    }
}

/// A message's place among those received but not yet acknowledged (the owner reads
/// no further while none is left; dropping it, on any path, gives the place back),
/// and the connection it came on.
pub(super) struct Place {
    pub _permit: OwnedSemaphorePermit,
    pub connection: u64,
}

/// A device message on its way through ingest, with its place.
pub(super) type Received = (Publish, Place);

/// A committed message to acknowledge: its packet id (0 for QoS 0, which has no
/// acknowledgement), and its place, freed once the owner has written the PUBACK.
pub(super) type ToAck = (u16, Place);

/// What the commit callbacks send back to the async side.
pub(super) enum AckMsg {
    /// Committed: acknowledge it to the broker.
    Ack(ToAck),
    /// Recorded, but it names a job we do not know: dead-letter it, then acknowledge.
    DeadThenAck(Box<NewDeadLetter>, ToAck),
}

pub(super) struct Ingest {
    pub prefix: String,
    pub writer: Arc<Writer>,
    pub metrics: Arc<Metrics>,
    pub counters: Arc<Counters>,
    pub acks: mpsc::UnboundedSender<AckMsg>,
}

/// Starts the ingest thread (it blocks on the writer's back-pressure, not the runtime).
pub(super) fn spawn(
    ing: Ingest,
    mut rx: mpsc::Receiver<Received>,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name("otactl-ingest".into())
        .spawn(move || {
            while let Some((p, place)) = rx.blocking_recv() {
                if ing.handle(p, place).is_err() {
                    return;
                }
            }
        })
}

/// A dead letter for a device message. Only the first `dead::MAX_PAYLOAD` bytes are
/// copied: the store keeps no more, and a flood of large messages waiting in the
/// writer's queue must not hold their full payloads.
fn dead_letter(topic: &str, payload: &[u8], reason: &str, detail: String) -> NewDeadLetter {
    let kept = &payload[..payload.len().min(otactl_store::dead::MAX_PAYLOAD)];
    NewDeadLetter {
        source: "ingest",
        topic: Some(topic.chars().take(512).collect()),
        payload: Some(kept.to_vec()),
        reason: reason.to_string(),
        detail: Some(detail),
        now_ms: now_ms(),
    }
}

impl Ingest {
    fn handle(&self, p: Publish, place: Place) -> otactl_store::Result<()> {
        let received_ms = now_ms();
        let (device, kind) = match protocol::parse_topic(&self.prefix, &p.topic) {
            Some((d, k)) if k != TopicKind::Command => (d.to_string(), k),
            _ => return self.reject(p, place, &Invalid::BadTopic),
        };
        let op = match kind {
            TopicKind::Status => match protocol::parse_status(&device, &p.payload, received_ms) {
                Ok((rec, ts_ms)) => {
                    let (status, job) = (rec.status, rec.job_id.clone());
                    let (m, c, acks) = (
                        self.metrics.clone(),
                        self.counters.clone(),
                        self.acks.clone(),
                    );
                    let cb: Callback = Box::new(move |r| match r {
                        Ok(OpResult::Status(ing)) => {
                            c.ingested.fetch_add(1, Ordering::Relaxed);
                            match ing {
                                Ingested::Refused(code) if code.is_foreign() => {
                                    let d = dead_letter(
                                        &p.topic,
                                        &p.payload,
                                        &code.code(),
                                        "status for a job this store does not hold".into(),
                                    );
                                    let to_ack = (ack_id(&p), place);
                                    let _ = acks.send(AckMsg::DeadThenAck(Box::new(d), to_ack));
                                    return;
                                }
                                Ingested::Duplicate => {}
                                ing => {
                                    if let Ingested::Applied { to, .. } = ing
                                        && to.is_final()
                                        && let Some(secs) = c.take_sent(&job, received_ms)
                                    {
                                        m.update_duration_seconds.observe(secs);
                                    }
                                    m.statuses_ingested
                                        .get_or_create(&[("status", status.as_str().to_string())])
                                        .inc();
                                    m.ingest_lag_seconds
                                        .observe((received_ms - ts_ms).max(0) as f64 / 1000.0);
                                }
                            }
                            let _ = acks.send(AckMsg::Ack((ack_id(&p), place)));
                        }
                        Ok(_) => {
                            let _ = acks.send(AckMsg::Ack((ack_id(&p), place)));
                        }
                        // Failed by itself, every time (a poison message): it is
                        // dead-lettered, then acknowledged.
                        Err(OpError::Rejected(why)) => {
                            let d = dead_letter(&p.topic, &p.payload, "store_rejected", why);
                            let _ =
                                acks.send(AckMsg::DeadThenAck(Box::new(d), (ack_id(&p), place)));
                        }
                        // Not written: never acknowledged (the broker delivers it again).
                        Err(OpError::Unavailable(_)) => {}
                    });
                    return self.writer.submit(WriteOp::Status(rec), Some(cb));
                }
                Err(e) => return self.reject(p, place, &e),
            },
            TopicKind::Inventory => {
                match protocol::parse_inventory(&device, &p.payload, received_ms) {
                    // A retained delivery may predate statuses already recorded: the
                    // store does not take it as a rollback.
                    Ok(i) => WriteOp::Inventory(otactl_store::fleet::Inventory {
                        retained: p.retain,
                        ..i
                    }),
                    Err(e) => return self.reject(p, place, &e),
                }
            }
            TopicKind::Presence => match protocol::parse_presence(&device, &p.payload) {
                Ok(online) => WriteOp::Presence {
                    device_id: device,
                    online,
                    now_ms: received_ms,
                },
                Err(e) => return self.reject(p, place, &e),
            },
            TopicKind::Command => return self.reject(p, place, &Invalid::BadTopic),
        };
        let acks = self.acks.clone();
        let to_ack = (ack_id(&p), place);
        self.writer.submit(
            op,
            Some(Box::new(move |r| match r {
                Ok(_) => {
                    let _ = acks.send(AckMsg::Ack(to_ack));
                }
                Err(OpError::Rejected(why)) => {
                    let d = dead_letter(&p.topic, &p.payload, "store_rejected", why);
                    let _ = acks.send(AckMsg::DeadThenAck(Box::new(d), to_ack));
                }
                Err(OpError::Unavailable(_)) => {}
            })),
        )
    }

    /// Dead-letters a message; only its packet id waits for the commit, not its
    /// payload (up to the incoming packet limit).
    /// The metric and the counter count what was committed, not what was tried.
    fn reject(&self, p: Publish, place: Place, why: &Invalid) -> otactl_store::Result<()> {
        let d = dead_letter(&p.topic, &p.payload, why.code(), why.detail());
        let (acks, metrics, counters) = (
            self.acks.clone(),
            self.metrics.clone(),
            self.counters.clone(),
        );
        let (code, to_ack) = (why.code(), (ack_id(&p), place));
        self.writer.submit(
            WriteOp::DeadLetter(d),
            Some(Box::new(move |r| {
                if r.is_ok() {
                    metrics.dead(code);
                    counters.dead_in.fetch_add(1, Ordering::Relaxed);
                }
                // A dead letter the store refuses is acknowledged all the same (it
                // would come back forever); one not written for want of a store is not.
                if !matches!(r, Err(OpError::Unavailable(_))) {
                    let _ = acks.send(AckMsg::Ack(to_ack));
                }
            })),
        )
    }
}

/// Passes the acknowledgements, in commit order, to the owner, which writes them.
pub(super) async fn acker(
    owner: mpsc::UnboundedSender<ToAck>,
    mut rx: mpsc::UnboundedReceiver<AckMsg>,
    writer: Arc<Writer>,
    metrics: Arc<Metrics>,
    counters: Arc<Counters>,
) {
    let (again_tx, mut again_rx) = mpsc::unbounded_channel::<ToAck>();
    loop {
        let msg = tokio::select! {
            Some(m) = rx.recv() => m,
            Some(a) = again_rx.recv() => AckMsg::Ack(a),
            else => return,
        };
        match msg {
            AckMsg::Ack(a) => {
                let _ = owner.send(a);
            }
            AckMsg::DeadThenAck(d, a) => {
                let tx = again_tx.clone();
                let (metrics, counters, reason) =
                    (metrics.clone(), counters.clone(), d.reason.clone());
                super::submit_detached(
                    &writer,
                    WriteOp::DeadLetter(*d),
                    Some(Box::new(move |r| {
                        // Counted once committed, like every dead letter.
                        if r.is_ok() {
                            metrics.dead(&reason);
                            counters.dead_in.fetch_add(1, Ordering::Relaxed);
                        }
                        // Not written for want of a store: never acknowledged.
                        if !matches!(r, Err(OpError::Unavailable(_))) {
                            let _ = tx.send(a);
                        }
                    })),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qos_0_messages_have_nothing_to_acknowledge() {
        let mut p = Publish::new("fleet/D1/update/status", rumqttc::QoS::AtLeastOnce, "{}");
        p.pkid = 7;
        assert_eq!(ack_id(&p), 7);
        p.qos = rumqttc::QoS::AtMostOnce;
        assert_eq!(ack_id(&p), 0, "packet id 0 is never written as a PUBACK");
    }

    #[test]
    fn a_dead_letter_keeps_only_the_stored_prefix_of_a_large_payload() {
        let big = vec![b'x'; 5 << 20];
        let d = dead_letter("fleet/D1/update/status", &big, "too_large", "big".into());
        assert_eq!(
            d.payload.map(|p| p.len()),
            Some(otactl_store::dead::MAX_PAYLOAD)
        );
        let long_topic = "t".repeat(10_000);
        let d = dead_letter(&long_topic, b"{}", "bad_topic", String::new());
        assert_eq!(d.topic.map(|t| t.len()), Some(512));
    }
}
