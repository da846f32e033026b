//! `otactl-store`: the local SQLite store behind otactl. It owns the schema and its
//! migrations, the job state machine, status dedupe, the outbox, dead letters and the
//! audit log. It knows nothing of clap, MQTT, S3 or terminals.
//!
//! Map: [`db`] opens a store (WAL, foreign keys, 0600); [`state`] is the pure job
//! state machine; [`jobs`] applies it with optimistic locking; [`writer`] is the one
//! thread that owns the write connection and commits in batches; [`fleet`], [`audit`],
//! [`outbox`] and [`dead`] are the tables' typed accessors; [`execution`] is what the
//! rollout engine reads and writes each tick; [`transfer`] carries devices, statuses
//! and the audit log between stores.

pub mod artifacts;
pub mod audit;
pub mod db;
pub mod dead;
pub mod error;
pub mod execution;
pub mod fleet;
pub mod jobs;
pub mod outbox;
pub mod rollouts;
pub mod state;
pub mod transfer;
pub mod uploads;
pub mod writer;

pub use db::{now_ms, open, open_in_memory, open_read_only, open_reader};
pub use error::StoreError;
pub use rusqlite;
pub use rusqlite::Connection;
pub use state::{Decision, DeviceStatus, JobEvent, JobSnapshot, JobState, Refusal, apply};

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
