//! The one task that owns the rumqttc event loop: it polls, reconnects with backoff
//! and jitter, routes PUBACKs to the outbox rows they acknowledge and device messages
//! to ingest. It never awaits a publish; publishers use the `AsyncClient`.

use super::{AckWork, ConnState, OutRow, Window};
use crate::metrics::Metrics;
use rumqttc::{
    AsyncClient, ConnectionError, Event, EventLoop, Outgoing, Packet, Publish, QoS, Request,
    SubscribeFilter,
};
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, watch};

/// What the owner needs besides the event loop.
pub(super) struct Owner {
    pub client: AsyncClient,
    /// Rows whose publish was requested, in request order, not yet given a packet id.
    pub fifo: Arc<Mutex<VecDeque<OutRow>>>,
    pub acks: std::sync::mpsc::Sender<AckWork>,
    pub window: Arc<Window>,
    pub dropped: mpsc::UnboundedSender<(Vec<OutRow>, String)>,
    pub ingest: Option<mpsc::Sender<Publish>>,
    pub filters: Vec<String>,
    pub state: watch::Sender<ConnState>,
    pub metrics: Arc<Metrics>,
    pub backoff: (Duration, Duration),
    pub shutdown: watch::Receiver<bool>,
}

/// Exponential backoff with up to 50% added jitter.
pub fn backoff_delay(base: Duration, max: Duration, attempt: u32) -> Duration {
    let exp = base.saturating_mul(1u32 << attempt.min(16)).min(max);
    let ms = exp.as_millis() as u64;
    let jitter = if ms >= 2 {
        rand::random::<u64>() % (ms / 2)
    } else {
        0
    };
    Duration::from_millis(ms + jitter)
}

impl Owner {
    pub async fn run(mut self, mut el: EventLoop) {
        // pkid -> the row that publish carries, until its PUBACK.
        let mut inflight: HashMap<u16, OutRow> = HashMap::new();
        // A publish rumqttc holds back on a packet-id collision (broker acked out of order).
        let mut collided: Option<(u16, OutRow)> = None;
        let mut failures: u32 = 0;
        loop {
            let ev = tokio::select! {
                _ = self.shutdown.changed() => break,
                ev = el.poll() => ev,
            };
            match ev {
                Ok(Event::Incoming(Packet::ConnAck(_))) => {
                    failures = 0;
                    let _ = self.state.send(ConnState::Connected);
                    if !self.filters.is_empty() {
                        let c = self.client.clone();
                        let f: Vec<_> = self
                            .filters
                            .iter()
                            .map(|t| SubscribeFilter::new(t.clone(), QoS::AtLeastOnce))
                            .collect();
                        // Not from this task: the request channel is drained by our poll.
                        tokio::spawn(async move {
                            let _ = c.subscribe_many(f).await;
                        });
                    }
                }
                Ok(Event::Incoming(Packet::Publish(mut p))) => {
                    if let Some(tx) = &self.ingest {
                        // The payload is a view into rumqttc's read buffer, which a
                        // message waiting for its commit and ack would keep whole:
                        // a copy of its few hundred bytes lets the buffer go (with a
                        // backlog at the broker, 110 MB of buffers for 500k statuses).
                        p.payload = bytes::Bytes::copy_from_slice(&p.payload);
                        let _ = tx.send(p).await;
                    }
                }
                Ok(Event::Incoming(Packet::PubAck(a))) => {
                    if let Some(row) = inflight.remove(&a.pkid) {
                        self.window.broker.add_permits(1);
                        let _ = self.acks.send(AckWork::Sent(row));
                    }
                }
                Ok(Event::Outgoing(Outgoing::Publish(pkid))) if pkid != 0 => {
                    let row = match collided.take() {
                        Some((p, row)) if p == pkid => Some(row),
                        other => {
                            collided = other;
                            self.pop_fifo()
                        }
                    };
                    if let Some(row) = row
                        && let Some(stale) = inflight.insert(pkid, row)
                    {
                        // Cannot happen while rumqttc's replay queue is cleared on every
                        // disconnect; if it did, publish the displaced row again.
                        self.window.release_both(1);
                        let _ = self.dropped.send((vec![stale], "packet id reused".into()));
                    }
                }
                Ok(Event::Outgoing(Outgoing::AwaitAck(pkid))) => {
                    if let Some(row) = self.pop_fifo() {
                        collided = Some((pkid, row));
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    self.on_error(&mut el, &mut inflight, &mut collided, &e);
                    let _ = self.state.send(ConnState::Down(e.to_string()));
                    let d = backoff_delay(self.backoff.0, self.backoff.1, failures);
                    failures = failures.saturating_add(1);
                    tokio::select! {
                        _ = self.shutdown.changed() => break,
                        _ = tokio::time::sleep(d) => {}
                    }
                }
            }
        }
        let _ = self.state.send(ConnState::Closed);
    }

    fn pop_fifo(&self) -> Option<OutRow> {
        self.fifo.lock().ok().and_then(|mut f| f.pop_front())
    }

    /// The connection is gone. rumqttc would replay unacknowledged publishes itself,
    /// but only if the broker kept our session; the outbox is the source of truth, so
    /// we drop rumqttc's copies and hand every unacknowledged row back to the publisher.
    fn on_error(
        &self,
        el: &mut EventLoop,
        inflight: &mut HashMap<u16, OutRow>,
        collided: &mut Option<(u16, OutRow)>,
        e: &ConnectionError,
    ) {
        let mut lost: Vec<OutRow> = inflight.drain().map(|(_, r)| r).collect();
        lost.extend(collided.take().map(|(_, r)| r));
        el.state.collision = None;
        // Events rumqttc queued but we never saw (a write that failed at its flush):
        // their publishes took a FIFO entry each, in request order, before the ones
        // drained from the channel below. The rest (acks, device messages) are void
        // with the connection: device messages come again, unacknowledged.
        for ev in el.state.events.drain(..) {
            if matches!(
                ev,
                Event::Outgoing(Outgoing::Publish(p)) | Event::Outgoing(Outgoing::AwaitAck(p)) if p != 0
            ) {
                lost.extend(self.pop_fifo());
            }
        }
        // Publishes drained from the request channel (packet id 0) are the oldest
        // entries of the FIFO, in order; those still in the channel keep theirs.
        let from_channel = el
            .pending
            .iter()
            .filter(|r| matches!(r, Request::Publish(p) if p.pkid == 0))
            .count();
        for _ in 0..from_channel {
            lost.extend(self.pop_fifo());
        }
        el.pending.clear();
        if !lost.is_empty() {
            // Released here, not by the publisher: it may be the one waiting for them.
            self.window.release_both(lost.len());
            self.metrics.publish_error("connection_lost");
            let _ = self.dropped.send((lost, e.to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_caps_and_jitters() {
        let b = Duration::from_millis(100);
        let m = Duration::from_secs(5);
        let d0 = backoff_delay(b, m, 0);
        assert!(d0 >= b && d0 < Duration::from_millis(150));
        let d9 = backoff_delay(b, m, 9);
        assert!(d9 >= m && d9 < Duration::from_millis(7500));
    }
}
