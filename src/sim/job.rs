//! What happens to one device at runtime: a command is checked by the pure model,
//! a valid update walks its stages with tokio timers (one task per running update,
//! none per idle device), statuses go out shaped and are queued while the device is
//! churned offline.

use super::device::{Checks, Failure, OnCommand, injected_failure};
use super::runner::{Kind, Out, Shared};
use super::shaper::{mark_repeats, resend_repeats, shape};
use super::wire::{Stage, StatusMsg, inventory_json, inventory_topic, presence_topic};
use bytes::Bytes;
use rand::{Rng, SeedableRng};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

fn now_ms() -> i64 {
    otactl_store::now_ms()
}

fn chance(p: f64) -> bool {
    p > 0.0 && rand::thread_rng().gen_bool(p.min(1.0))
}

impl Shared {
    /// Sleeps, unless the simulator stops first (then false).
    pub(super) async fn sleep(&self, d: Duration) -> bool {
        let mut stop = self.stop.clone();
        tokio::select! {
            _ = stop.wait_for(|s| *s) => false,
            _ = tokio::time::sleep(d) => true,
        }
    }

    /// Queues `o` for its connection's pump (never waits).
    pub(super) fn publish(&self, conn: usize, o: Out) {
        let Some(c) = self.conns.get(conn) else {
            return;
        };
        let _ = c.out.send(o);
    }

    fn count_final(&self, m: &StatusMsg) {
        let c = match m.status {
            Stage::Done => &self.n.done,
            Stage::Error => &self.n.errors,
            Stage::Rejected => &self.n.rejected,
            Stage::Cancelled => &self.n.cancelled,
            _ => return,
        };
        c.fetch_add(1, Ordering::Relaxed);
    }

    /// Counts a publish handed to its connection.
    pub(super) fn count_sent(&self, kind: Kind) {
        let c = match kind {
            Kind::Announce => return,
            Kind::Status => &self.n.distinct_statuses,
            Kind::Repeat => &self.n.duplicate_statuses,
        };
        c.fetch_add(1, Ordering::Relaxed);
    }

    /// Sends a status (shaped by the duplicate and reorder knobs unless `raw`), or
    /// queues it while the device is offline.
    pub(super) fn emit(&self, i: usize, m: StatusMsg, raw: bool) {
        if !raw {
            // A re-sent status (raw) was counted when it was first sent.
            self.count_final(&m);
        }
        let Some(dev) = self.devs.get(i) else {
            return;
        };
        let dup = !raw && chance(self.cfg.duplicate_rate);
        let hold = !raw && chance(self.cfg.reorder_rate);
        let topic = super::wire::status_topic(&self.cfg.connect.prefix, &m.device_id);
        let Ok(mut rt) = dev.rt.lock() else {
            return;
        };
        let msgs = if raw {
            let repeat = resend_repeats(&mut rt.held, &m);
            vec![(m, repeat)]
        } else {
            mark_repeats(shape(&mut rt.held, m, dup, hold))
        };
        for (m, repeat) in msgs {
            let kind = if repeat { Kind::Repeat } else { Kind::Status };
            let o = Out {
                topic: topic.clone(),
                payload: m.to_json().into_bytes(),
                retain: false,
                kind,
            };
            if rt.online {
                self.publish(dev.conn, o);
                self.count_sent(kind);
            } else {
                rt.outq.push(o);
            }
        }
    }

    /// The retained `offline` presence of device `id` (out of coverage, or lost).
    pub(super) fn say_offline(&self, conn: usize, id: &str) {
        let o = Out {
            topic: presence_topic(&self.cfg.connect.prefix, id),
            payload: b"offline".to_vec(),
            retain: true,
            kind: Kind::Announce,
        };
        self.publish(conn, o);
    }

    /// The retained `online` presence and inventory of a device that is online.
    pub(super) fn announce(&self, i: usize) {
        let Some(dev) = self.devs.get(i) else {
            return;
        };
        let outs = {
            let Ok(rt) = dev.rt.lock() else {
                return;
            };
            if !rt.online {
                return;
            }
            let m = &rt.model;
            let prefix = &self.cfg.connect.prefix;
            let inv = inventory_json(
                &m.id,
                &m.hw,
                &m.firmware_version,
                m.counter,
                &crate::domain::protocol::rfc3339_ms(now_ms()),
            );
            [
                Out {
                    topic: presence_topic(prefix, &m.id),
                    payload: b"online".to_vec(),
                    retain: true,
                    kind: Kind::Announce,
                },
                Out {
                    topic: inventory_topic(prefix, &m.id),
                    payload: inv.into_bytes(),
                    retain: true,
                    kind: Kind::Announce,
                },
            ]
        };
        for o in outs {
            self.publish(dev.conn, o);
        }
    }
}

/// A payload that arrived on device `i`'s command topic.
pub(super) async fn handle_command(sh: Arc<Shared>, i: usize, payload: Bytes) {
    sh.n.commands.fetch_add(1, Ordering::Relaxed);
    let Some(dev) = sh.devs.get(i) else {
        return;
    };
    if dev.silent {
        sh.n.ignored.fetch_add(1, Ordering::Relaxed);
        return;
    }
    let decline = chance(sh.cfg.reject_rate);
    let outcome = {
        let Ok(mut rt) = dev.rt.lock() else {
            return;
        };
        if !rt.online {
            // Out of coverage: the command waits, as it would at the broker.
            rt.cmdq.push(payload);
            return;
        }
        let checks = Checks {
            trusted: &sh.cfg.trusted,
            now_ms: now_ms(),
            decline,
        };
        rt.model.on_command(&payload, &checks)
    };
    sh.dirty.store(true, Ordering::Relaxed);
    match outcome {
        OnCommand::Drop(_) => {
            sh.n.dropped.fetch_add(1, Ordering::Relaxed);
        }
        OnCommand::Nothing => {}
        OnCommand::Reply(m) | OnCommand::Adopt(m) => sh.emit(i, m, false),
        OnCommand::Resend(m) => {
            sh.n.duplicates.fetch_add(1, Ordering::Relaxed);
            sh.emit(i, m, true);
        }
        OnCommand::Start(m) => {
            sh.n.accepted.fetch_add(1, Ordering::Relaxed);
            sh.emit(i, m, false);
            run_job(&sh, i).await;
        }
    }
}

/// Moves the job to `stage`; false when there is no job any more (cancelled).
async fn step(sh: &Shared, i: usize, stage: Stage, progress: Option<u8>) -> bool {
    let Some(dev) = sh.devs.get(i) else {
        return false;
    };
    let m = match dev.rt.lock() {
        Ok(mut rt) => rt.model.advance(stage, progress, now_ms()),
        Err(_) => None,
    };
    match m {
        Some(m) => {
            let go_on = m.status != Stage::Cancelled;
            sh.emit(i, m, false);
            sh.dirty.store(true, Ordering::Relaxed);
            go_on
        }
        None => false,
    }
}

async fn fail(sh: &Shared, i: usize, f: Failure) {
    let Some(dev) = sh.devs.get(i) else {
        return;
    };
    let m = dev
        .rt
        .lock()
        .ok()
        .and_then(|mut rt| rt.model.fail(f, now_ms()));
    if let Some(m) = m {
        sh.emit(i, m, false);
    }
    sh.dirty.store(true, Ordering::Relaxed);
}

/// The stage walk of the update device `i` has just accepted.
async fn run_job(sh: &Arc<Shared>, i: usize) {
    let Some(dev) = sh.devs.get(i) else {
        return;
    };
    let lat = |s: Stage| sh.cfg.latency.get(s).sample(&mut rand::thread_rng());
    let fails = |s: Stage| chance(sh.cfg.fail_rates.get(s));
    let artifact = match dev.rt.lock() {
        Ok(rt) => rt.model.job.as_ref().map(|j| j.artifact.clone()),
        Err(_) => None,
    };
    let Some(a) = artifact else {
        return;
    };
    if !sh.sleep(lat(Stage::Accepted)).await || !step(sh, i, Stage::Downloading, Some(0)).await {
        return;
    }
    let d = lat(Stage::Downloading);
    let progress = async {
        if sh.sleep(d / 2).await && step(sh, i, Stage::Downloading, Some(50)).await {
            sh.sleep(d - d / 2).await;
        }
    };
    let (fetched, ()) = tokio::join!(sh.cache.get(&a.url, &a.sha256, a.size), progress);
    if *sh.stop.borrow() {
        return;
    }
    let fetched = match fetched {
        Ok(f) => f,
        Err(e) => {
            let f = Failure {
                status: Stage::Error,
                code: e.code,
                message: e.message,
            };
            return fail(sh, i, f).await;
        }
    };
    if fails(Stage::Downloading) {
        return fail(sh, i, injected_failure(Stage::Downloading)).await;
    }
    if !step(sh, i, Stage::Downloading, Some(100)).await
        || !step(sh, i, Stage::Verifying, None).await
    {
        return;
    }
    let check = match dev.rt.lock() {
        Ok(rt) => rt.model.check_download(&fetched.data, &fetched.digests),
        Err(_) => return,
    };
    if let Err(f) = check {
        return fail(sh, i, f).await;
    }
    for s in [Stage::Verifying, Stage::Flashing, Stage::Rebooting] {
        if s != Stage::Verifying && !step(sh, i, s, None).await {
            return;
        }
        if !sh.sleep(lat(s)).await {
            return;
        }
        if fails(s) {
            return fail(sh, i, injected_failure(s)).await;
        }
    }
    if chance(sh.cfg.lost_rate) {
        // Never comes back from the reboot: offline for good, the job left hanging.
        let id = match dev.rt.lock() {
            Ok(mut rt) => {
                rt.online = false;
                rt.model.job = None;
                rt.model.id.clone()
            }
            Err(_) => return,
        };
        sh.say_offline(dev.conn, &id);
        return;
    }
    let before = match dev.rt.lock() {
        Ok(rt) => (rt.model.firmware_version.clone(), rt.model.counter),
        Err(_) => return,
    };
    let m = dev
        .rt
        .lock()
        .ok()
        .and_then(|mut rt| rt.model.complete(now_ms()));
    // A device of the rollback rate says `done` before its new image proved itself
    // (as the devices hawkBit's users complain of), then fails its health check and
    // falls back to the old slot: its inventory after the reboot tells.
    let falls_back = chance(sh.cfg.rollback_rate);
    if let Some(m) = m {
        sh.emit(i, m, false);
        if !falls_back {
            sh.announce(i);
        }
    }
    sh.dirty.store(true, Ordering::Relaxed);
    if falls_back && sh.sleep(lat(Stage::Rebooting)).await {
        if let Ok(mut rt) = dev.rt.lock() {
            rt.model.firmware_version = before.0;
            rt.model.counter = before.1;
        }
        sh.announce(i);
        sh.dirty.store(true, Ordering::Relaxed);
    }
}

/// Takes random devices offline at the churn rate, each for a drawn time.
pub(super) async fn churn(sh: Arc<Shared>, churn: super::Churn) {
    let mut rng = rand::rngs::StdRng::from_entropy();
    let n = sh.devs.len();
    let per_second = n as f64 * churn.per_minute / 60.0;
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        let mut stop = sh.stop.clone();
        tokio::select! {
            _ = stop.wait_for(|s| *s) => return,
            _ = tick.tick() => {}
        }
        let mut k = per_second.floor() as usize;
        if rng.gen_bool(per_second.fract()) {
            k += 1;
        }
        for _ in 0..k.min(n) {
            let i = rng.gen_range(0..n);
            let away = churn.offline.sample(&mut rng);
            go_offline(&sh, i, away).await;
        }
    }
}

async fn go_offline(sh: &Arc<Shared>, i: usize, away: Duration) {
    let Some(dev) = sh.devs.get(i) else {
        return;
    };
    let id = match dev.rt.lock() {
        Ok(mut rt) if rt.online => {
            rt.online = false;
            rt.model.id.clone()
        }
        _ => return,
    };
    sh.say_offline(dev.conn, &id);
    let sh = sh.clone();
    tokio::spawn(async move {
        if sh.sleep(away).await {
            go_online(&sh, i).await;
        }
    });
}

async fn go_online(sh: &Arc<Shared>, i: usize) {
    let Some(dev) = sh.devs.get(i) else {
        return;
    };
    let (outq, cmdq) = match dev.rt.lock() {
        Ok(mut rt) => {
            rt.online = true;
            (std::mem::take(&mut rt.outq), std::mem::take(&mut rt.cmdq))
        }
        Err(_) => return,
    };
    sh.announce(i);
    for o in outq {
        let kind = o.kind;
        sh.publish(dev.conn, o);
        sh.count_sent(kind);
    }
    for p in cmdq {
        tokio::spawn(handle_command(sh.clone(), i, p));
    }
}
