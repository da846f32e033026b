//! The job state machine: one device's execution in a rollout, as a pure function.
//! `apply(&job, event)` decides; the caller writes the result. No I/O here, so every
//! rule (stages never move back, a final state is recorded once, stale attempts change
//! nothing) is tested over generated streams without a database.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a job is. Operator-side states come first, then the device stages of
/// PROTOCOL.md in the order a device walks them, then the final states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobState {
    Pending,
    Queued,
    Sent,
    Accepted,
    Downloading,
    Verifying,
    Flashing,
    Rebooting,
    /// The device said `done` in a rollout with confirmation after reboot: it counts
    /// as in flight until its inventory shows the target (then `succeeded`), or the
    /// confirm timeout passes (then `failed`).
    DoneUnconfirmed,
    Succeeded,
    Failed,
    Rejected,
    TimedOut,
    Cancelled,
    /// The device reported `done`, then an inventory showed it back on an older
    /// version or counter while the rollout ran: a failure, retryable.
    RolledBack,
}

impl JobState {
    pub const ALL: [JobState; 15] = [
        JobState::Pending,
        JobState::Queued,
        JobState::Sent,
        JobState::Accepted,
        JobState::Downloading,
        JobState::Verifying,
        JobState::Flashing,
        JobState::Rebooting,
        JobState::DoneUnconfirmed,
        JobState::Succeeded,
        JobState::Failed,
        JobState::Rejected,
        JobState::TimedOut,
        JobState::Cancelled,
        JobState::RolledBack,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            JobState::Pending => "pending",
            JobState::Queued => "queued",
            JobState::Sent => "sent",
            JobState::Accepted => "accepted",
            JobState::Downloading => "downloading",
            JobState::Verifying => "verifying",
            JobState::Flashing => "flashing",
            JobState::Rebooting => "rebooting",
            JobState::DoneUnconfirmed => "done_unconfirmed",
            JobState::Succeeded => "succeeded",
            JobState::Failed => "failed",
            JobState::Rejected => "rejected",
            JobState::TimedOut => "timed_out",
            JobState::Cancelled => "cancelled",
            JobState::RolledBack => "rolled_back",
        }
    }

    pub fn parse(s: &str) -> Option<JobState> {
        JobState::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// Progress order; final states share the top rank.
    pub fn rank(self) -> u8 {
        match self {
            JobState::Pending => 0,
            JobState::Queued => 1,
            JobState::Sent => 2,
            JobState::Accepted => 3,
            JobState::Downloading => 4,
            JobState::Verifying => 5,
            JobState::Flashing => 6,
            JobState::Rebooting => 7,
            JobState::DoneUnconfirmed => 8,
            _ => 9,
        }
    }

    pub fn is_final(self) -> bool {
        self.rank() == 9
    }

    /// A device is working on it (the command reached it, no final word yet; a `done`
    /// awaiting its confirmation counts).
    pub fn is_in_flight(self) -> bool {
        (2..9).contains(&self.rank())
    }

    /// A retry may open a new attempt (failed, timed out and rolled back; never
    /// rejected).
    pub fn is_retryable(self) -> bool {
        matches!(
            self,
            JobState::Failed | JobState::TimedOut | JobState::RolledBack
        )
    }

    /// Counts against a rollout's abort threshold.
    pub fn is_failure(self) -> bool {
        matches!(
            self,
            JobState::Failed | JobState::Rejected | JobState::TimedOut | JobState::RolledBack
        )
    }
}

impl std::str::FromStr for JobState {
    type Err = crate::states::UnknownState;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        JobState::parse(s).ok_or_else(|| crate::states::UnknownState {
            what: "job state",
            text: s.to_string(),
        })
    }
}

impl fmt::Display for JobState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A `status` value a device reports (PROTOCOL.md), legacy gateway names folded in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceStatus {
    Accepted,
    Downloading,
    Verifying,
    Flashing,
    Rebooting,
    Done,
    Error,
    Rejected,
    Cancelled,
}

impl DeviceStatus {
    /// Parses a wire status, accepting the names older gateways send.
    pub fn parse(s: &str) -> Option<DeviceStatus> {
        Some(match s {
            "accepted" | "init" | "in_progress" => DeviceStatus::Accepted,
            "downloading" => DeviceStatus::Downloading,
            "verifying" => DeviceStatus::Verifying,
            "flashing" | "installing" => DeviceStatus::Flashing,
            "rebooting" => DeviceStatus::Rebooting,
            "done" | "success" => DeviceStatus::Done,
            "error" | "failure" | "failed" => DeviceStatus::Error,
            "rejected" => DeviceStatus::Rejected,
            "cancelled" => DeviceStatus::Cancelled,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DeviceStatus::Accepted => "accepted",
            DeviceStatus::Downloading => "downloading",
            DeviceStatus::Verifying => "verifying",
            DeviceStatus::Flashing => "flashing",
            DeviceStatus::Rebooting => "rebooting",
            DeviceStatus::Done => "done",
            DeviceStatus::Error => "error",
            DeviceStatus::Rejected => "rejected",
            DeviceStatus::Cancelled => "cancelled",
        }
    }
}

/// What the state machine needs to know of a job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobSnapshot {
    pub state: JobState,
    pub attempt: u32,
    pub command_id: Option<String>,
    pub target_version: String,
    pub progress: Option<u8>,
    pub reason: Option<String>,
    /// The rollout asks for confirmation after reboot: `done` is `done_unconfirmed`
    /// until an inventory shows the target.
    pub confirm: bool,
}

impl JobSnapshot {
    pub fn new(target_version: impl Into<String>) -> Self {
        JobSnapshot {
            state: JobState::Pending,
            attempt: 0,
            command_id: None,
            target_version: target_version.into(),
            progress: None,
            reason: None,
            confirm: false,
        }
    }
}

/// Something that happens to a job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobEvent {
    /// The engine wrote the command to the outbox (first attempt or a retry).
    Enqueue { command_id: String },
    /// The broker acknowledged the command (PUBACK).
    Published { command_id: String },
    /// A status message from the device.
    Status {
        command_id: String,
        status: DeviceStatus,
        progress: Option<u8>,
        firmware_version: Option<String>,
        error_code: Option<String>,
    },
    /// The device was silent past its timeout.
    TimedOut,
    /// A `done_unconfirmed` job saw no inventory on the target within the rollout's
    /// confirm timeout (`after` describes it): a failure, retryable.
    Unconfirmed { after: String },
    /// The operator (or an abort action) cancelled a job that had not reached a device.
    Cancel { reason: String },
    /// A retry: a failed or timed-out job opens a new attempt with a new command.
    Retry { command_id: String },
    /// The command could not be delivered at all (dead-lettered).
    Undeliverable { reason: String },
    /// The operator took the device out of the rollout (`rollout exclude`): any job
    /// not succeeded becomes cancelled, which no gate counts.
    Exclude { reason: String },
    /// What the device says it runs (its inventory message, or what it last said when
    /// a retry is about to go out), against the rollout's target. It closes an open,
    /// timed-out or failed job as succeeded when the device runs the target, and turns
    /// a succeeded job into rolled back when the device runs something older.
    Inventory {
        firmware_version: String,
        counter: u64,
        target_counter: u64,
    },
}

/// Why an event changed nothing. Every refusal is recorded with this reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The status belongs to another (older or unknown) command of this job.
    StaleCommand,
    /// The stage would move back (e.g. a late `downloading` after `flashing`).
    Backwards { from: JobState, to: JobState },
    /// The job already has its final state.
    AlreadyFinal { state: JobState },
    /// Same stage and no newer progress: a duplicate in effect.
    NoChange,
    /// The event does not fit the state (e.g. a status before any command was queued).
    NotApplicable {
        state: JobState,
        event: &'static str,
    },
    /// Retries are for failed and timed-out jobs only (never rejected).
    NotRetryable { state: JobState },
}

impl Refusal {
    /// Short machine-readable code, stored in `status_events.outcome`.
    pub fn code(&self) -> String {
        match self {
            Refusal::StaleCommand => "stale_command".into(),
            Refusal::Backwards { from, to } => format!("backwards:{from}->{to}"),
            Refusal::AlreadyFinal { state } => format!("already_final:{state}"),
            Refusal::NoChange => "no_change".into(),
            Refusal::NotApplicable { state, event } => format!("not_applicable:{event}@{state}"),
            Refusal::NotRetryable { state } => format!("not_retryable:{state}"),
        }
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

/// The decision for one event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Write `next` (state and/or progress changed).
    Apply(JobSnapshot),
    Refuse(Refusal),
}

fn stage_of(status: DeviceStatus) -> JobState {
    match status {
        DeviceStatus::Accepted => JobState::Accepted,
        DeviceStatus::Downloading => JobState::Downloading,
        DeviceStatus::Verifying => JobState::Verifying,
        DeviceStatus::Flashing => JobState::Flashing,
        DeviceStatus::Rebooting => JobState::Rebooting,
        DeviceStatus::Done => JobState::Succeeded,
        DeviceStatus::Error => JobState::Failed,
        DeviceStatus::Rejected => JobState::Rejected,
        DeviceStatus::Cancelled => JobState::Cancelled,
    }
}

/// The error code of a device that fell back to its previous image by itself (its new
/// image failed its health check after the reboot): the job is `rolled_back`.
pub const ROLLED_BACK: &str = "rolled_back";

/// Decides what `event` does to `job`. Pure: no clock, no I/O.
pub fn apply(job: &JobSnapshot, event: &JobEvent) -> Decision {
    use Decision::*;
    let mut next = job.clone();
    match event {
        JobEvent::Enqueue { command_id } => {
            if job.state != JobState::Pending {
                return Refuse(Refusal::NotApplicable {
                    state: job.state,
                    event: "enqueue",
                });
            }
            next.state = JobState::Queued;
            next.attempt = job.attempt.max(1);
            next.command_id = Some(command_id.clone());
            Apply(next)
        }
        JobEvent::Published { command_id } => {
            if job.command_id.as_deref() != Some(command_id) {
                return Refuse(Refusal::StaleCommand);
            }
            match job.state {
                JobState::Queued => {
                    next.state = JobState::Sent;
                    Apply(next)
                }
                // The device answered before the PUBACK was recorded: nothing to do.
                s if s.is_final() => Refuse(Refusal::AlreadyFinal { state: s }),
                s => Refuse(Refusal::Backwards {
                    from: s,
                    to: JobState::Sent,
                }),
            }
        }
        JobEvent::Status {
            command_id,
            status,
            progress,
            firmware_version,
            error_code,
        } => {
            if job.command_id.as_deref() != Some(command_id.as_str()) {
                return Refuse(Refusal::StaleCommand);
            }
            // Timed out means "no word in time", not a verdict: the device's own `done`
            // of this attempt, however late, closes the job (once: it is then final).
            if job.state == JobState::TimedOut
                && *status == DeviceStatus::Done
                && firmware_version.as_deref() == Some(job.target_version.as_str())
            {
                next.state = match job.confirm {
                    true => JobState::DoneUnconfirmed,
                    false => JobState::Succeeded,
                };
                next.progress = progress.map(|p| p.min(100));
                next.reason = Some("late done: reported after the device timeout".into());
                return Apply(next);
            }
            if job.state.is_final() {
                return Refuse(Refusal::AlreadyFinal { state: job.state });
            }
            if job.state == JobState::Pending {
                return Refuse(Refusal::NotApplicable {
                    state: job.state,
                    event: "status",
                });
            }
            let mut to = stage_of(*status);
            if to == JobState::Succeeded
                && firmware_version.as_deref() != Some(job.target_version.as_str())
            {
                to = JobState::Failed;
                next.reason = Some(match firmware_version {
                    Some(v) => format!("version_mismatch: device runs {v}"),
                    None => "version_mismatch: done without firmware_version".into(),
                });
            } else if to == JobState::Succeeded && job.confirm {
                to = JobState::DoneUnconfirmed;
                next.reason = Some("done: awaiting the inventory after reboot".into());
            } else if to == JobState::Failed && error_code.as_deref() == Some(ROLLED_BACK) {
                // The device fell back to its old image itself (a failed health check
                // after the reboot) and says so: a rollback, as an inventory would show.
                to = JobState::RolledBack;
                next.reason = Some(ROLLED_BACK.into());
            } else if to.is_final() && to != JobState::Succeeded {
                next.reason = Some(
                    error_code
                        .clone()
                        .unwrap_or_else(|| status.as_str().to_string()),
                );
            }
            if to.rank() < job.state.rank() {
                return Refuse(Refusal::Backwards {
                    from: job.state,
                    to,
                });
            }
            if to == job.state {
                match (progress, job.progress) {
                    (Some(p), Some(old)) if *p > old => {}
                    (Some(_), None) => {}
                    _ => return Refuse(Refusal::NoChange),
                }
                next.progress = progress.map(|p| p.min(100));
                return Apply(next);
            }
            next.state = to;
            next.progress = progress.map(|p| p.min(100));
            Apply(next)
        }
        JobEvent::TimedOut => {
            if job.state.is_final() {
                return Refuse(Refusal::AlreadyFinal { state: job.state });
            }
            // It spoke (`done`); what it owes now is its inventory, whose limit is the
            // confirm timeout ([`JobEvent::Unconfirmed`]), not the device timeout.
            if job.state == JobState::DoneUnconfirmed {
                return Refuse(Refusal::NotApplicable {
                    state: job.state,
                    event: "timed_out",
                });
            }
            next.state = JobState::TimedOut;
            next.reason = Some("timeout".into());
            Apply(next)
        }
        JobEvent::Unconfirmed { after } => {
            if job.state != JobState::DoneUnconfirmed {
                return Refuse(Refusal::NotApplicable {
                    state: job.state,
                    event: "unconfirmed",
                });
            }
            next.state = JobState::Failed;
            next.reason = Some(format!(
                "unconfirmed: no inventory on {} within {after} of done",
                job.target_version
            ));
            Apply(next)
        }
        JobEvent::Cancel { reason } => {
            if job.state.is_final() {
                return Refuse(Refusal::AlreadyFinal { state: job.state });
            }
            next.state = JobState::Cancelled;
            next.reason = Some(reason.clone());
            Apply(next)
        }
        JobEvent::Undeliverable { reason } => {
            if job.state.is_final() {
                return Refuse(Refusal::AlreadyFinal { state: job.state });
            }
            if job.state.rank() > JobState::Sent.rank() {
                // The device has it already; a late dead letter changes nothing.
                return Refuse(Refusal::NotApplicable {
                    state: job.state,
                    event: "undeliverable",
                });
            }
            next.state = JobState::Failed;
            next.reason = Some(format!("undeliverable: {reason}"));
            Apply(next)
        }
        JobEvent::Retry { command_id } => {
            if !job.state.is_retryable() {
                return Refuse(Refusal::NotRetryable { state: job.state });
            }
            next.state = JobState::Queued;
            next.attempt = job.attempt + 1;
            next.command_id = Some(command_id.clone());
            next.progress = None;
            next.reason = None;
            Apply(next)
        }
        JobEvent::Exclude { reason } => {
            if matches!(job.state, JobState::Succeeded | JobState::Cancelled) {
                return Refuse(Refusal::AlreadyFinal { state: job.state });
            }
            next.state = JobState::Cancelled;
            next.reason = Some(reason.clone());
            Apply(next)
        }
        JobEvent::Inventory {
            firmware_version,
            counter,
            target_counter,
        } => {
            let runs_target =
                *firmware_version == job.target_version && *counter == *target_counter;
            let closable = matches!(job.state, JobState::TimedOut | JobState::Failed)
                || (!job.state.is_final() && job.state != JobState::Pending);
            if runs_target && closable {
                next.state = JobState::Succeeded;
                let how = match job.state {
                    JobState::DoneUnconfirmed => "confirmed",
                    _ => "reconciled",
                };
                next.reason = Some(format!(
                    "{how}: device reports {firmware_version} (counter {counter})"
                ));
                return Apply(next);
            }
            let older = *counter < *target_counter
                || (*counter == *target_counter && *firmware_version != job.target_version);
            if older && matches!(job.state, JobState::Succeeded | JobState::DoneUnconfirmed) {
                next.state = JobState::RolledBack;
                next.reason = Some(format!(
                    "rolled_back: device runs {firmware_version} (counter {counter}) after done"
                ));
                return Apply(next);
            }
            if job.state.is_final() {
                return Refuse(Refusal::AlreadyFinal { state: job.state });
            }
            Refuse(Refusal::NoChange)
        }
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
