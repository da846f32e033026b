//! otactl-dev: the developers' tools, kept out of the product's command line. The
//! benchmark driver (`mqtt-bench`, for `benches/compare.sh`, `benches/fleet.sh` and
//! the integration tests) and the generator of `completions/` and `man/`. It takes
//! otactl's global options (store, broker, output) and resolves them the same way.

mod generate;
mod mqtt_bench;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

// As otactl's own binary: the benchmarks measure the engine's code with its allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// otactl's developer tools: benchmark drivers and generated files.
#[derive(Debug, Parser)]
#[command(name = "otactl-dev", max_term_width = 100)]
struct Dev {
    #[command(flatten)]
    global: otactl::cli::GlobalArgs,
    #[command(subcommand)]
    command: DevCommand,
}

#[derive(Debug, Subcommand)]
enum DevCommand {
    /// Benchmark drivers for the MQTT transport (scratch stores only)
    #[command(subcommand)]
    MqttBench(mqtt_bench::MqttBenchCommand),
    /// Regenerate otactl's shell completions and man pages (for packagers)
    Generate(generate::GenerateArgs),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (dev, matches) = match otactl::parse::<Dev>(&args) {
        Ok(parsed) => parsed,
        Err(code) => return ExitCode::from(code),
    };
    ExitCode::from(otactl::run_in_context(
        &dev.global,
        &matches,
        |ctx| match &dev.command {
            DevCommand::MqttBench(c) => c.run(ctx),
            DevCommand::Generate(a) => generate::cmd_generate(a),
        },
    ))
}
