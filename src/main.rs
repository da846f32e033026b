//! The `otactl` binary: parse, run, turn the result into an exit code.

fn main() -> std::process::ExitCode {
    otactl::main_entry()
}
