//! `otactl-store`: the local SQLite store behind otactl. It owns the schema and its
//! migrations, the job state machine, status dedupe, the outbox, dead letters and the
//! audit log. It knows nothing of clap, MQTT, S3 or terminals.
//!
//! Map: [`db`] opens a store (WAL, foreign keys, 0600); [`state`] is the pure job
//! state machine; [`jobs`] applies it with optimistic locking; [`writer`] is the one
//! thread that owns the write connection and commits in batches; [`fleet`], [`audit`],
//! [`outbox`] and [`dead`] are the tables' typed accessors; [`execution`] is what the
//! rollout engine reads and writes each tick; [`transfer`] carries devices, statuses
//! and the audit log between stores; [`progress`] counts a rollout's jobs (the one
//! tally); [`control`] is an operator's action on a rollout; [`dashboard`] is what the
//! live dashboard reads; [`states`] the rollout and batch states as types;
//! [`reconcile`] closes jobs by what a device's inventory says it runs.

pub mod artifacts;
pub mod audit;
pub mod backup;
pub mod control;
pub mod dashboard;
pub mod db;
pub mod dead;
pub mod error;
pub mod execution;
#[doc(hidden)]
pub mod fixture;
pub mod fleet;
pub mod jobs;
pub mod outbox;
pub mod progress;
pub mod reconcile;
pub mod rollouts;
pub mod state;
pub mod states;
pub mod transfer;
pub mod uploads;
pub mod writer;

pub use db::{now_ms, open, open_in_memory, open_read_only, open_reader, wall_ms};
pub use error::StoreError;
pub use progress::{Stages, Tally};
pub use rusqlite;
/// A connection to the store; callers pass it to the store's functions.
pub use rusqlite::Connection;
pub use state::{Decision, DeviceStatus, JobEvent, JobSnapshot, JobState, Refusal, apply};
pub use states::{BatchState, RefusalCode, RolloutState};

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
