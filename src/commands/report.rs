//! `keten report`: a Markdown report for a steering committee.

use std::path::PathBuf;

use super::{Failure, Outcome, deliver, load_clean};
use crate::lang::t;
use crate::render::report;

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The model file (`-` reads standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Where to write (default, and `-`: standard output). A file is
    /// replaced atomically; a FIFO or device is written into.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
}

pub fn run(args: &ReportArgs) -> Result<Outcome, Failure> {
    let model = match load_clean(&args.file, false, t::not_reported)? {
        Ok((_, model)) => model,
        Err(outcome) => return Ok(outcome),
    };
    deliver(
        &report::markdown(&model),
        args.output.as_deref(),
        &args.file,
    )
}
