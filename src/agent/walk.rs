//! One update's stages on a real device: download (resumed), verify on disk, install
//! hook, and after a reboot the health hook. Every stage is saved before it starts,
//! so a restart picks the job up where it was: a download resumes, an install is run
//! again (hooks must be idempotent), a reboot is followed by the health check.

use super::hooks::{self, HookEnd};
use super::{Agent, now_ms, state};
use crate::sim::device::Failure;
use crate::sim::wire::{Stage, code};
use std::sync::Arc;
use std::time::Instant;

fn failure(code: &'static str, message: String) -> Failure {
    Failure {
        status: Stage::Error,
        code,
        message,
    }
}

/// Moves device `i`'s job to `stage`, saves and sends; false if no job goes on.
async fn step(a: &Agent, i: usize, stage: Stage, progress: Option<u8>) -> bool {
    let m = match a.slots[i].model.lock() {
        Ok(mut m) => m.advance(stage, progress, now_ms()),
        Err(_) => None,
    };
    a.save(i);
    match m {
        Some(m) => {
            a.send(&m).await;
            m.status != Stage::Cancelled
        }
        None => false,
    }
}

async fn fail(a: &Agent, i: usize, f: Failure) {
    let m = a.slots[i]
        .model
        .lock()
        .ok()
        .and_then(|mut m| m.fail(f, now_ms()));
    a.save(i);
    if let Some(m) = m {
        a.send(&m).await;
    }
}

async fn complete(a: &Agent, i: usize) {
    let m = a.slots[i]
        .model
        .lock()
        .ok()
        .and_then(|mut m| m.complete(now_ms()));
    a.save(i);
    if let Some(m) = m {
        a.send(&m).await;
    }
    a.inventory(i).await;
}

/// Runs (or, after a restart, resumes) device `i`'s job.
pub(super) async fn walk(a: &Arc<Agent>, i: usize, resumed: bool) {
    let Some(slot) = a.slots.get(i) else { return };
    let job = match slot.model.lock() {
        Ok(m) => m
            .job
            .as_ref()
            .map(|j| (j.stage, j.artifact.clone(), j.manifest.clone())),
        Err(_) => None,
    };
    let Some((stage, art, manifest)) = job else {
        return;
    };
    let dir = state::device_dir(&a.cfg.state_dir, &slot.dev.id);
    let _ = tokio::fs::create_dir_all(&dir).await;
    let part = dir.join("image.part");
    let (old_version, old_counter) = match slot.model.lock() {
        Ok(m) => (m.firmware_version.clone(), m.counter),
        Err(_) => return,
    };
    let env = |image: bool| {
        let mut e = vec![
            ("OTACTL_DEVICE_ID", slot.dev.id.clone()),
            ("OTACTL_HW", slot.dev.hw.clone()),
            ("OTACTL_VERSION", manifest.version.clone()),
            ("OTACTL_COUNTER", manifest.counter.to_string()),
            ("OTACTL_PREVIOUS_VERSION", old_version.clone()),
            ("OTACTL_PREVIOUS_COUNTER", old_counter.to_string()),
            ("OTACTL_MANIFEST", manifest.to_json().unwrap_or_default()),
        ];
        if image {
            e.push(("OTACTL_IMAGE", part.display().to_string()));
        }
        e
    };
    if resumed && stage == Stage::Rebooting {
        // The reboot happened (or the agent restarted): is the new image healthy?
        let end = match &slot.dev.health_hook {
            Some(h) => hooks::run(h, &env(false)).await,
            None => HookEnd::Ok,
        };
        match end {
            HookEnd::Ok => complete(a, i).await,
            HookEnd::Reboot | HookEnd::Failed(_) => {
                let why = match end {
                    HookEnd::Failed(m) => m,
                    _ => "the health hook asked for another reboot".into(),
                };
                let msg = format!("health check failed, back on {old_version}: {why}");
                fail(a, i, failure(code::ROLLED_BACK, msg)).await;
                a.inventory(i).await;
            }
        }
        return;
    }
    if matches!(
        stage,
        Stage::Accepted | Stage::Downloading | Stage::Verifying
    ) {
        if !step(a, i, Stage::Downloading, Some(0)).await {
            return;
        }
        let mut last = Instant::now();
        let every = a.cfg.progress_every;
        let (client, prefix) = (a.client.clone(), a.cfg.connect.prefix.clone());
        let mut progress = |on_disk: u64| {
            if last.elapsed() < every || art.size == 0 {
                return;
            }
            last = Instant::now();
            let pct = (on_disk.saturating_mul(100) / art.size).min(99) as u8;
            let m = a.slots[i]
                .model
                .lock()
                .ok()
                .and_then(|mut m| m.advance(Stage::Downloading, Some(pct), now_ms()));
            if let Some(m) = m {
                let t = crate::sim::wire::status_topic(&prefix, &m.device_id);
                let _ = client.try_publish(t, rumqttc::QoS::AtLeastOnce, false, m.to_json());
            }
        };
        let got = super::fetch::fetch(
            &a.http,
            &art.url,
            &part,
            art.size,
            a.cfg.download_attempts,
            &a.counters,
            &mut progress,
        )
        .await;
        if let Err(f) = got {
            return fail(a, i, f).await;
        }
        if !step(a, i, Stage::Downloading, Some(100)).await
            || !step(a, i, Stage::Verifying, None).await
        {
            return;
        }
        let p = part.clone();
        let digests = match tokio::task::spawn_blocking(move || crate::signing::hash_file(p)).await
        {
            Ok(Ok(d)) => d,
            Ok(Err(e)) => {
                let f = failure(code::DOWNLOAD_FAILED, format!("reading the image: {e}"));
                return fail(a, i, f).await;
            }
            Err(e) => {
                let f = failure(code::DOWNLOAD_FAILED, format!("hashing: {e}"));
                return fail(a, i, f).await;
            }
        };
        let checked = match slot.model.lock() {
            Ok(m) => m.check_digests(&digests, || None),
            Err(_) => return,
        };
        if let Err(f) = checked {
            let _ = tokio::fs::remove_file(&part).await;
            return fail(a, i, f).await;
        }
    }
    // Saved as flashing before the hook runs: a kill during the install re-runs it.
    if !step(a, i, Stage::Flashing, None).await {
        return;
    }
    match hooks::run(&slot.dev.install_hook, &env(true)).await {
        HookEnd::Ok => {
            complete(a, i).await;
            let _ = tokio::fs::remove_file(&part).await;
        }
        HookEnd::Reboot => {
            if step(a, i, Stage::Rebooting, None).await {
                let _ = tokio::fs::remove_file(&part).await;
                let _ = a.reboot.send(true);
            }
        }
        HookEnd::Failed(msg) => {
            let _ = tokio::fs::remove_file(&part).await;
            fail(a, i, failure(code::INSTALL_FAILED, msg)).await;
        }
    }
}
