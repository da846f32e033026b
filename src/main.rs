//! The `otactl` binary: parse, run, turn the result into an exit code.

// mimalloc instead of glibc's malloc: glibc gives each thread an arena of its own, and
// the engine's threads (writer, MQTT, ingest, tick) fragmented them into ~30 MiB more
// peak memory on a 100k-device rollout (benches/fleet.sh).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    otactl::main_entry()
}
