//! Pure logic with no I/O: device selectors, firmware version order, inventory file
//! parsing, durations. Everything here is tested without a store or a network.

pub mod batches;
pub mod duration;
pub mod engine;
pub mod fleet_file;
pub mod ids;
pub mod parsers;
pub mod policy;
pub mod protocol;
pub mod selector;
pub mod status;
pub mod transfer;
pub mod version;
pub mod waiting;
pub mod window;
