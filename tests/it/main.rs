//! otactl's integration tests: one binary, a module per area. They run the real
//! binary against real stores (and, in later areas, real brokers and S3 servers).

#[path = "../common/mod.rs"]
mod common;

mod agent;
mod agent_refusals;
mod architecture;
mod backup;
mod boundaries;
mod chaos;
mod cli_contract;
mod config;
mod demo;
mod durability;
mod e2e;
mod engine;
mod field_kit;
mod fleet;
mod generated;
mod hostile;
mod mqtt;
mod operator_contract;
mod operator_output;
mod reconcile;
mod rollout;
mod s3_servers;
mod secrets;
mod signing;
mod sim;
mod sim_fallback;
mod store_unavailable;
mod transfer;
mod tui;
mod tui_tmux;
