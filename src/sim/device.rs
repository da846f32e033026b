//! One simulated device as a state machine without I/O: it takes a command payload
//! (and the time), runs PROTOCOL.md's checks in order and says what to send; the
//! runner does the waiting, the download and the publishing, and reports back.
//!
//! A command whose envelope does not verify cannot be trusted for anything, but the
//! device still reads `job_id` and `command_id` from the unverified `cmd`, only to
//! address its `rejected` report; such commands never enter the dedupe set (a forger
//! could otherwise block a genuine command by sending its id first).

use super::wire::{Stage, StatusError, StatusMsg, code, new_msg_id};
use crate::domain::duration::parse_rfc3339_ms;
use crate::domain::protocol::{Artifact, Command, MAX_ID, rfc3339_ms};
use crate::signing::{FileDigests, Manifest, PublicKey, SignatureFile, verify_envelope};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// How many command ids a device remembers for dedupe.
pub const SEEN_CAP: usize = 32;

/// A command id the device has verified, with the latest status it sent for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    pub command_id: String,
    pub last: Option<StatusMsg>,
}

/// An update in progress.
#[derive(Clone, Debug)]
pub struct Job {
    pub job_id: String,
    pub command_id: String,
    pub artifact: Artifact,
    pub manifest: Manifest,
    pub sig: SignatureFile,
    /// The trusted key that signed the firmware.
    pub key: PublicKey,
    pub stage: Stage,
    pub seq: u64,
    pub cancel_requested: bool,
}

/// The job in progress as persisted (the manifest and key are re-derived on load).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedJob {
    pub job_id: String,
    pub command_id: String,
    pub artifact: Artifact,
    pub stage: Stage,
    pub seq: u64,
}

/// A device: what it runs, what it has seen, what it is doing.
#[derive(Clone, Debug)]
pub struct DeviceState {
    pub id: String,
    pub hw: String,
    pub firmware_version: String,
    pub counter: u64,
    /// Verified command ids, oldest first, at most [`SEEN_CAP`].
    pub seen: VecDeque<Seen>,
    pub job: Option<Job>,
}

/// What the runner should do after a command.
#[derive(Clone, Debug, PartialEq)]
pub enum OnCommand {
    /// Nothing can be sent (no usable ids): count it and move on.
    Drop(String),
    /// Send this final status; nothing else happens.
    Reply(StatusMsg),
    /// A command id seen before: re-send its latest status as it was (same msg_id).
    Resend(StatusMsg),
    /// Nothing to send now (a duplicate before any status, a cancel taking effect).
    Nothing,
    /// A valid update: send this `accepted` status, then walk the job's stages.
    Start(StatusMsg),
    /// A retry of the running job under a new command id: send this status of the
    /// current stage; the running walk continues under the new id.
    Adopt(StatusMsg),
}

/// Inputs of the checks besides the payload.
pub struct Checks<'a> {
    /// The operator keys the device was provisioned with.
    pub trusted: &'a [PublicKey],
    pub now_ms: i64,
    /// Injected rejection (`--reject-rate`): decline an otherwise valid update.
    pub decline: bool,
}

/// A failed check: the status to report and its error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    pub status: Stage,
    pub code: &'static str,
    pub message: String,
}

fn reject(code: &'static str, message: impl Into<String>) -> Failure {
    Failure {
        status: Stage::Rejected,
        code,
        message: message.into(),
    }
}

fn error(code: &'static str, message: impl Into<String>) -> Failure {
    Failure {
        status: Stage::Error,
        code,
        message: message.into(),
    }
}

fn usable_id(v: Option<&serde_json::Value>) -> Option<String> {
    let s = v?.as_str()?;
    (!s.is_empty() && s.len() <= MAX_ID && !s.chars().any(char::is_control)).then(|| s.to_owned())
}

/// `job_id` and `command_id` read from a JSON command text, if both are usable.
fn ids_of(cmd_json: &str) -> Option<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(cmd_json).ok()?;
    Some((usable_id(v.get("job_id"))?, usable_id(v.get("command_id"))?))
}

/// The ids inside an envelope that did not verify.
fn unverified_ids(payload: &[u8]) -> Option<(String, String)> {
    let env: serde_json::Value = serde_json::from_slice(payload).ok()?;
    ids_of(env.get("cmd")?.as_str()?)
}

impl DeviceState {
    pub fn new(id: &str, hw: &str, firmware_version: &str, counter: u64) -> DeviceState {
        DeviceState {
            id: id.into(),
            hw: hw.into(),
            firmware_version: firmware_version.into(),
            counter,
            seen: VecDeque::new(),
            job: None,
        }
    }

    fn msg(
        &self,
        ids: (&str, &str),
        status: Stage,
        seq: u64,
        progress: Option<u8>,
        now_ms: i64,
    ) -> StatusMsg {
        StatusMsg {
            v: 1,
            msg_id: new_msg_id(),
            job_id: ids.0.into(),
            command_id: ids.1.into(),
            device_id: self.id.clone(),
            status,
            progress,
            seq,
            firmware_version: (status == Stage::Done).then(|| self.firmware_version.clone()),
            error: None,
            ts: rfc3339_ms(now_ms),
        }
    }

    fn failure_msg(&self, ids: (&str, &str), seq: u64, f: Failure, now_ms: i64) -> StatusMsg {
        let mut m = self.msg(ids, f.status, seq, None, now_ms);
        m.error = Some(StatusError {
            code: f.code.into(),
            message: f.message,
        });
        m
    }

    /// Remembers `command_id` (verified) with its latest status.
    fn remember(&mut self, command_id: &str, last: Option<StatusMsg>) {
        if let Some(s) = self.seen.iter_mut().find(|s| s.command_id == command_id) {
            if last.is_some() {
                s.last = last;
            }
            return;
        }
        if self.seen.len() >= SEEN_CAP {
            self.seen.pop_front();
        }
        self.seen.push_back(Seen {
            command_id: command_id.into(),
            last,
        });
    }

    /// A verified command that fails: remembered and answered.
    fn refuse(&mut self, ids: (&str, &str), f: Failure, now_ms: i64) -> OnCommand {
        let m = self.failure_msg(ids, 1, f, now_ms);
        self.remember(ids.1, Some(m.clone()));
        OnCommand::Reply(m)
    }

    /// Handles a payload received on this device's command topic.
    pub fn on_command(&mut self, payload: &[u8], c: &Checks<'_>) -> OnCommand {
        // 1. The envelope, before anything in it is believed.
        let cmd_json = match verify_envelope(c.trusted, payload) {
            Ok(j) => j,
            Err(e) => {
                return match unverified_ids(payload) {
                    Some((job, cmd)) => OnCommand::Reply(self.failure_msg(
                        (&job, &cmd),
                        1,
                        reject(code::BAD_SIGNATURE, e.to_string()),
                        c.now_ms,
                    )),
                    None => OnCommand::Drop(format!("unverifiable command without ids: {e}")),
                };
            }
        };
        let cmd: Command = match serde_json::from_str(&cmd_json) {
            Ok(cmd) => cmd,
            Err(e) => {
                return match ids_of(&cmd_json) {
                    Some((job, id)) => self.refuse(
                        (&job, &id),
                        reject(code::BAD_COMMAND, format!("unusable command: {e}")),
                        c.now_ms,
                    ),
                    None => OnCommand::Drop(format!("signed command without ids: {e}")),
                };
            }
        };
        let ids = (cmd.job_id.as_str(), cmd.command_id.as_str());
        // 2. Addressed to us, not seen before, not expired.
        if cmd.device_id != self.id {
            let msg = format!("command for {:?}, this is {:?}", cmd.device_id, self.id);
            return self.refuse(ids, reject(code::WRONG_DEVICE, msg), c.now_ms);
        }
        if let Some(s) = self.seen.iter().find(|s| s.command_id == cmd.command_id) {
            return match &s.last {
                Some(m) => OnCommand::Resend(m.clone()),
                None => OnCommand::Nothing,
            };
        }
        let Some(expires) = parse_rfc3339_ms(&cmd.expires_at) else {
            let msg = format!("expires_at {:?} is not RFC 3339", cmd.expires_at);
            return self.refuse(ids, reject(code::BAD_COMMAND, msg), c.now_ms);
        };
        if c.now_ms > expires {
            let msg = format!("command expired at {}", cmd.expires_at);
            return self.refuse(ids, reject(code::EXPIRED, msg), c.now_ms);
        }
        match cmd.kind.as_str() {
            "update" => {}
            "cancel" => return self.on_cancel(&cmd, c.now_ms),
            other => {
                let msg = format!("unknown command type {other:?}");
                return self.refuse(ids, reject(code::BAD_COMMAND, msg), c.now_ms);
            }
        }
        let Some(artifact) = cmd.artifact.clone() else {
            return self.refuse(ids, reject(code::BAD_COMMAND, "no artifact"), c.now_ms);
        };
        if let Some(job) = &self.job {
            if job.job_id == cmd.job_id && job.artifact.sha256 == artifact.sha256 {
                return self.adopt(&cmd.command_id, c.now_ms);
            }
            let msg = format!("job {} is in progress", job.job_id);
            return self.refuse(ids, error(code::BUSY, msg), c.now_ms);
        }
        // 3. The manifest.
        let (sig, manifest, key) = match self.check_manifest(&artifact, c) {
            Ok(v) => v,
            Err(f) => return self.refuse(ids, f, c.now_ms),
        };
        if c.decline {
            let f = reject(code::DECLINED, "declined (simulated)");
            return self.refuse(ids, f, c.now_ms);
        }
        let m = self.msg(ids, Stage::Accepted, 1, None, c.now_ms);
        self.remember(&cmd.command_id, Some(m.clone()));
        self.job = Some(Job {
            job_id: cmd.job_id,
            command_id: cmd.command_id,
            artifact,
            manifest,
            sig,
            key,
            stage: Stage::Accepted,
            seq: 1,
            cancel_requested: false,
        });
        OnCommand::Start(m)
    }

    fn adopt(&mut self, command_id: &str, now_ms: i64) -> OnCommand {
        let Some(job) = self.job.as_mut() else {
            return OnCommand::Nothing;
        };
        job.command_id = command_id.into();
        job.seq += 1;
        let (ids, stage, seq) = (
            (job.job_id.clone(), job.command_id.clone()),
            job.stage,
            job.seq,
        );
        let m = self.msg((&ids.0, &ids.1), stage, seq, None, now_ms);
        self.remember(command_id, Some(m.clone()));
        OnCommand::Adopt(m)
    }

    fn on_cancel(&mut self, cmd: &Command, now_ms: i64) -> OnCommand {
        let ids = (cmd.job_id.as_str(), cmd.command_id.as_str());
        match self.job.as_mut() {
            Some(job) if job.job_id == cmd.job_id => {
                if matches!(
                    job.stage,
                    Stage::Accepted | Stage::Downloading | Stage::Verifying
                ) {
                    job.cancel_requested = true;
                }
                // Too late otherwise: the image is being written; the walk finishes.
                self.remember(&cmd.command_id, None);
                OnCommand::Nothing
            }
            _ => {
                let m = self.msg(ids, Stage::Cancelled, 1, None, now_ms);
                self.remember(&cmd.command_id, Some(m.clone()));
                OnCommand::Reply(m)
            }
        }
    }

    /// PROTOCOL.md step 3, in its order: the `.minisig` and its global signature, the
    /// manifest (and that it describes the command's artifact), hw, counter, expiry.
    fn check_manifest(
        &self,
        a: &Artifact,
        c: &Checks<'_>,
    ) -> Result<(SignatureFile, Manifest, PublicKey), Failure> {
        let invalid = |m: String| reject(code::MANIFEST_INVALID, m);
        let sig = SignatureFile::parse(&a.minisig).map_err(|e| invalid(e.to_string()))?;
        let key = c
            .trusted
            .iter()
            .find(|k| k.key_id() == sig.key_id)
            .ok_or_else(|| invalid(format!("firmware signed by untrusted key {}", sig.key_id)))?;
        if !sig.global_signature_valid(key) {
            return Err(invalid("the manifest's global signature is invalid".into()));
        }
        let m = Manifest::parse(&sig.trusted_comment).map_err(|e| invalid(e.to_string()))?;
        if m.sha256 != a.sha256 || m.size != a.size {
            return Err(invalid(
                "the manifest does not describe the command's artifact (size or sha256)".into(),
            ));
        }
        if !m.hw.contains(&self.hw) {
            let msg = format!("image is for {:?}, this device is {}", m.hw, self.hw);
            return Err(reject(code::WRONG_HW, msg));
        }
        if m.counter <= self.counter {
            let msg = format!(
                "counter {} is not greater than the installed {}",
                m.counter, self.counter
            );
            return Err(reject(code::DOWNGRADE, msg));
        }
        let now = time::OffsetDateTime::from_unix_timestamp_nanos(c.now_ms as i128 * 1_000_000)
            .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
        m.check_expiry(now)
            .map_err(|e| reject(code::MANIFEST_EXPIRED, e.to_string()))?;
        Ok((sig, m, key.clone()))
    }

    /// Moves the job to `stage` (not final) and gives its status. If a cancel was
    /// asked and the image is not being written yet, the job ends `cancelled`
    /// instead. `None` when no job runs.
    pub fn advance(
        &mut self,
        stage: Stage,
        progress: Option<u8>,
        now_ms: i64,
    ) -> Option<StatusMsg> {
        let job = self.job.as_mut()?;
        job.seq += 1;
        let seq = job.seq;
        let ids = (job.job_id.clone(), job.command_id.clone());
        let cancel = job.cancel_requested && !matches!(stage, Stage::Rebooting);
        let status = if cancel { Stage::Cancelled } else { stage };
        job.stage = status;
        let m = self.msg((&ids.0, &ids.1), status, seq, progress, now_ms);
        self.remember(&ids.1, Some(m.clone()));
        if cancel {
            self.job = None;
        }
        Some(m)
    }

    /// PROTOCOL.md step 4 on downloaded bytes: size, sha256, then the minisign file
    /// signature (with the key that signed the manifest).
    pub fn check_download(&self, data: &[u8], d: &FileDigests) -> Result<(), Failure> {
        self.check_digests(d, || Some(data))
    }

    /// [`DeviceState::check_download`] on digests computed elsewhere (the agent hashes
    /// its file on disk); `content` is asked only for a legacy (`Ed`) signature.
    pub fn check_digests<'a>(
        &self,
        d: &FileDigests,
        content: impl FnOnce() -> Option<&'a [u8]>,
    ) -> Result<(), Failure> {
        let Some(job) = &self.job else {
            return Ok(());
        };
        let a = &job.artifact;
        if d.size > a.size {
            return Err(error(
                code::TOO_LARGE,
                format!("more than {} bytes", a.size),
            ));
        }
        if d.size < a.size {
            let msg = format!("got {} of {} bytes", d.size, a.size);
            return Err(error(code::DOWNLOAD_FAILED, msg));
        }
        let sha = d.sha256_hex();
        if sha != a.sha256 {
            let msg = format!("sha256 is {sha}, expected {}", a.sha256);
            return Err(error(code::SHA256_MISMATCH, msg));
        }
        if !job
            .sig
            .file_signature_valid(&job.key, &d.blake2b512, content)
        {
            let msg = "the minisign signature does not match the file";
            return Err(error(code::BAD_FIRMWARE_SIGNATURE, msg));
        }
        Ok(())
    }

    /// Rebuilds the job in progress from what was saved of it (the agent after a
    /// restart): the manifest is checked again against the trusted keys, so a saved
    /// job is believed no more than the command was. `None` if it no longer checks.
    pub fn resume_job(
        &mut self,
        saved: &SavedJob,
        trusted: &[PublicKey],
        now_ms: i64,
    ) -> Option<()> {
        let sig = SignatureFile::parse(&saved.artifact.minisig).ok()?;
        let key = trusted.iter().find(|k| k.key_id() == sig.key_id)?.clone();
        if !sig.global_signature_valid(&key) {
            return None;
        }
        let manifest = Manifest::parse(&sig.trusted_comment).ok()?;
        let _ = now_ms;
        self.job = Some(Job {
            job_id: saved.job_id.clone(),
            command_id: saved.command_id.clone(),
            artifact: saved.artifact.clone(),
            manifest,
            sig,
            key,
            stage: saved.stage,
            seq: saved.seq,
            cancel_requested: false,
        });
        Some(())
    }

    /// What a restart needs of the job in progress.
    pub fn saved_job(&self) -> Option<SavedJob> {
        self.job.as_ref().map(|j| SavedJob {
            job_id: j.job_id.clone(),
            command_id: j.command_id.clone(),
            artifact: j.artifact.clone(),
            stage: j.stage,
            seq: j.seq,
        })
    }

    /// Ends the job with `error` (or `rejected`), keeping the installed image.
    pub fn fail(&mut self, f: Failure, now_ms: i64) -> Option<StatusMsg> {
        let job = self.job.take()?;
        let ids = (job.job_id.as_str(), job.command_id.as_str());
        let m = self.failure_msg(ids, job.seq + 1, f, now_ms);
        self.remember(&job.command_id, Some(m.clone()));
        Some(m)
    }

    /// Ends the job `done`: the new image runs, with its counter.
    pub fn complete(&mut self, now_ms: i64) -> Option<StatusMsg> {
        let job = self.job.take()?;
        self.firmware_version = job.manifest.version.clone();
        self.counter = job.manifest.counter;
        let ids = (job.job_id.as_str(), job.command_id.as_str());
        let m = self.msg(ids, Stage::Done, job.seq + 1, None, now_ms);
        self.remember(&job.command_id, Some(m.clone()));
        Some(m)
    }
}

/// An injected failure of `stage` (`--fail-rate`).
pub fn injected_failure(stage: Stage) -> Failure {
    let code = match stage {
        Stage::Downloading => code::DOWNLOAD_FAILED,
        Stage::Verifying => code::VERIFY_FAILED,
        Stage::Rebooting => code::REBOOT_FAILED,
        _ => code::FLASH_FAILED,
    };
    error(code, format!("{} failed (simulated)", stage.as_str()))
}

#[cfg(test)]
#[path = "device_tests.rs"]
mod tests;
