//! The `keten` binary: everything happens in the library.

fn main() -> std::process::ExitCode {
    keten::cli::run(std::env::args_os())
}
