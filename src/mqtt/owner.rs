//! The one task that owns the rumqttc event loop: it polls, reconnects with backoff
//! and jitter, routes PUBACKs to the outbox rows they acknowledge and device messages
//! to ingest. It never awaits a publish; publishers use the `AsyncClient`.
//!
//! It writes the acknowledgements of device messages itself, and reads no further
//! while [`UNACKED`] of them wait for their commit: a broker's backlog stays at the
//! broker (TCP back-pressure), not in our memory. (rumqttc's event loop sends one
//! queued request per turn while reading up to ten packets, so acknowledgements
//! sent through it fell ever further behind a backlog.)

use super::ingest::{Place, Received, ToAck};
use super::{AckWork, ConnState, Counters, OutRow, Window};
use crate::metrics::Metrics;
use rumqttc::{
    AsyncClient, ConnectionError, Event, EventLoop, Outgoing, Packet, PubAck, QoS, Request,
    SubscribeFilter,
};
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{Semaphore, mpsc, watch};

/// Device messages received but not yet acknowledged, at most. Also the capacity of
/// the ingest queue, so that handing a message to ingest never waits.
pub(super) const UNACKED: usize = 4096;
/// Acknowledgements written between two flushes, at most.
const ACK_BURST: usize = 1024;

/// What the owner needs besides the event loop.
pub(super) struct Owner {
    pub client: AsyncClient,
    /// Rows whose publish was requested, in request order, not yet given a packet id.
    pub fifo: Arc<Mutex<VecDeque<OutRow>>>,
    pub acks: std::sync::mpsc::Sender<AckWork>,
    pub window: Arc<Window>,
    pub dropped: mpsc::UnboundedSender<(Vec<OutRow>, String)>,
    /// Where device messages go, and the places they take until acknowledged.
    pub ingest: Option<(mpsc::Sender<Received>, Arc<Semaphore>)>,
    /// Acknowledgements to write, once committed.
    pub to_ack: mpsc::UnboundedReceiver<ToAck>,
    pub filters: Vec<String>,
    pub state: watch::Sender<ConnState>,
    pub metrics: Arc<Metrics>,
    pub counters: Arc<Counters>,
    /// Counts connections (CONNACKs), to tell acknowledgements due on this one.
    pub connection: u64,
    pub backoff: (Duration, Duration),
    pub shutdown: watch::Receiver<bool>,
    /// Ours, to name in a warning when another client seems to take our session.
    pub client_id: String,
}

/// A connection the broker drops this soon after its CONNACK, three times in a row,
/// is taken to be another client taking over the session under our client id.
const SHORT_SESSION: Duration = Duration::from_secs(5);
const TAKEOVERS: u32 = 3;

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
        // When this connection was acknowledged, and how many in a row ended soon after.
        let mut connected_at: Option<tokio::time::Instant> = None;
        let mut short_sessions: u32 = 0;
        // This connection's subscription is acknowledged (its request was written).
        let mut subscribed = false;
        // The publisher asked for a permit: the next turn holds none.
        let mut yield_permits = false;
        loop {
            // Acknowledge what has committed since the last turn, before reading on.
            self.write_acks(&mut el, None).await;
            // A poll may be abandoned for an acknowledgement to write only when no
            // request of ours can be half-written inside it: the subscription is
            // done and no publish is outstanding. Holding every publish permit for
            // the turn keeps the publisher from starting one meanwhile; a publisher
            // that wants one ends the turn.
            let quiet = if self.ingest.is_some()
                && subscribed
                && el.network.is_some()
                && !std::mem::take(&mut yield_permits)
            {
                self.window
                    .broker
                    .try_acquire_many(self.window.broker_total)
                    .ok()
            } else {
                None
            };
            let quiet_turn = quiet.is_some();
            let ev = tokio::select! {
                _ = self.shutdown.changed() => break,
                // The publisher waits for the permits held for this turn.
                () = self.window.wanted.notified(), if quiet_turn => {
                    yield_permits = true;
                    continue;
                }
                Some(a) = self.to_ack.recv(), if quiet_turn => {
                    drop(quiet);
                    // Commits come in groups: let the rest of this one arrive and
                    // go out in the same write.
                    tokio::task::yield_now().await;
                    self.write_acks(&mut el, Some(a)).await;
                    continue;
                }
                ev = el.poll() => ev,
            };
            drop(quiet);
            match ev {
                Ok(Event::Incoming(Packet::SubAck(_))) => subscribed = true,
                Ok(Event::Incoming(Packet::ConnAck(_))) => {
                    connected_at = Some(tokio::time::Instant::now());
                    subscribed = false;
                    // Acknowledgements of messages from an earlier connection are
                    // void: the broker delivers those messages again.
                    self.connection += 1;
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
                    self.counters
                        .last_received_ms
                        .store(otactl_store::now_ms(), std::sync::atomic::Ordering::Relaxed);
                    if let Some((tx, places)) = self.ingest.clone() {
                        // The payload is a view into rumqttc's read buffer, which a
                        // message waiting for its commit and ack would keep whole:
                        // a copy of its few hundred bytes lets the buffer go.
                        p.payload = bytes::Bytes::copy_from_slice(&p.payload);
                        let Some(place) = self.place_for(&mut el, &places).await else {
                            break; // shutting down: the broker delivers it again
                        };
                        let _ = tx.send((p, place)).await;
                    }
                }
                Ok(Event::Incoming(Packet::PubAck(a))) => {
                    if let Some(mut row) = inflight.remove(&a.pkid) {
                        self.window.broker.add_permits(1);
                        // Marking it sent needs its ids only: up to 32k rows wait
                        // for that commit, so their payloads go now.
                        row.payload = bytes::Bytes::new();
                        row.topic = String::new();
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
                    subscribed = false;
                    self.on_error(&mut el, &mut inflight, &mut collided, &e);
                    match connected_at.take() {
                        Some(t) if t.elapsed() < SHORT_SESSION => short_sessions += 1,
                        Some(_) => {
                            short_sessions = 0;
                            failures = 0;
                        }
                        None => {}
                    }
                    let why = if short_sessions >= TAKEOVERS {
                        // Not fought over: say so, and come back only at the longest
                        // backoff, so two clients do not take turns many times a minute.
                        failures = failures.max(16);
                        let w = format!(
                            "the broker closed our session {short_sessions} times right after \
                             connecting: another client may be using the client id '{}' \
                             (--mqtt-client-id sets ours): {e}",
                            self.client_id
                        );
                        if short_sessions == TAKEOVERS {
                            eprintln!("otactl: warning: {w}");
                        }
                        w
                    } else {
                        e.to_string()
                    };
                    let _ = self.state.send(ConnState::Down(why));
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

    /// A place for one more unacknowledged message. While there is none, nothing is
    /// read: only acknowledgements are written, until one frees up. `None` on shutdown.
    async fn place_for(&mut self, el: &mut EventLoop, places: &Arc<Semaphore>) -> Option<Place> {
        loop {
            let permit = match Arc::clone(places).try_acquire_owned() {
                Ok(p) => Some(p),
                Err(_) => tokio::select! {
                    _ = self.shutdown.changed() => return None,
                    // A message whose commit failed gives its place back unacknowledged.
                    p = Arc::clone(places).acquire_owned() => match p {
                        Ok(p) => Some(p),
                        Err(_) => return None,
                    },
                    Some(a) = self.to_ack.recv() => {
                        self.write_acks(el, Some(a)).await;
                        None
                    }
                },
            };
            if let Some(p) = permit {
                self.note_unacked();
                return Some(Place {
                    _permit: p,
                    connection: self.connection,
                });
            }
        }
    }

    /// Publishes how many device messages await their acknowledgement.
    fn note_unacked(&self) {
        if let Some((_, places)) = &self.ingest {
            let unacked = UNACKED.saturating_sub(places.available_permits()) as u64;
            self.metrics.ingest_unacked.set(unacked as i64);
            self.counters
                .max_unacked
                .fetch_max(unacked, std::sync::atomic::Ordering::Relaxed);
        }
    }

    /// Writes the PUBACKs of committed messages (`first`, then whatever else is
    /// queued, up to a burst) and flushes once. Without a connection they are
    /// dropped: the broker delivers those messages again and ingest sees duplicates.
    async fn write_acks(&mut self, el: &mut EventLoop, first: Option<ToAck>) {
        let timeout = Duration::from_secs(el.network_options.connection_timeout());
        let mut next = first.or_else(|| self.to_ack.try_recv().ok());
        let mut burst = Vec::new();
        let mut freed = false;
        while let Some((pkid, place)) = next {
            freed = true;
            // QoS 0 has nothing to acknowledge; a message from an earlier connection
            // comes again on this one, under a packet id that may be reused.
            if pkid != 0 && place.connection == self.connection {
                burst.push(pkid);
            }
            if burst.len() >= ACK_BURST {
                break;
            }
            next = self.to_ack.try_recv().ok();
        }
        if !burst.is_empty()
            && let Some(net) = el.network.as_mut()
        {
            // One deadline for the burst: a broker that stops reading must not hold
            // the owner (writes flush once 8 KiB wait). Failures are the connection's:
            // the next poll reports them, and the broker delivers those messages again.
            let _ = tokio::time::timeout(timeout, async {
                for pkid in burst {
                    net.write(Packet::PubAck(PubAck::new(pkid))).await?;
                }
                net.flush().await
            })
            .await;
        }
        if freed {
            self.note_unacked();
        }
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
