//! The `keten` command line: subcommands, their flags and their help text.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::commands;

/// keten: build, check and print collaboration reference models.
///
/// A model is one YAML file that names the partner organisations of a
/// collaboration, the roles they play, their shared goals and KPIs, and the
/// chain of steps through which they answer one client's question together.
#[derive(Debug, Parser)]
#[command(name = "keten", version, about, long_about, max_term_width = 100)]
#[command(after_help = "Start with `keten new model.yaml`, then `keten check model.yaml`.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check models for errors and gaps, one line per finding.
    ///
    /// Prints `FILE:LINE:COL: error[CODE]: message` (or `warning[CODE]`)
    /// for every finding, then a summary line. Exits 0 when there are no
    /// errors, 1 when there are errors (or warnings, with --deny-warnings),
    /// and 2 when a file cannot be read.
    Check(CheckArgs),
    /// Rewrite models in the canonical form of the format.
    ///
    /// Keys in a fixed order, empty fields left out, the same model always
    /// written the same way, so that a model under git changes only where a
    /// user changed it. Files are replaced atomically and keep their
    /// permissions. A file with YAML comments is left alone (the comments
    /// would be lost) unless --drop-comments is given.
    Fmt(FmtArgs),
    /// Write a starter model that passes `keten check`.
    ///
    /// The starter has one partner, one step and a client question to fill
    /// in. An existing file is never overwritten.
    New(NewArgs),
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Model files to check (`-` reads standard input).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// How to print findings.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    /// Exit 1 when there are warnings, not only errors.
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// One line per finding, then a summary.
    Text,
    /// A JSON array of {file, line, column, severity, code, message}.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct FmtArgs {
    /// Model files to rewrite (`-` reads standard input and writes standard output).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Change nothing: list the files that would change, and exit 1 if any would.
    #[arg(long)]
    pub check: bool,
    /// Rewrite files that hold YAML comments, dropping the comments.
    #[arg(long)]
    pub drop_comments: bool,
}

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// Where to write the starter model; it must not exist yet.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The collaboration's name (default: made from the file name).
    #[arg(long)]
    pub name: Option<String>,
}

/// Parses the arguments and runs the command; returns the exit code.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() { 2 } else { 0 };
            let _ = error.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Check(args) => commands::check::run(&args),
        Command::Fmt(args) => commands::fmt::run(&args),
        Command::New(args) => commands::new::run(&args),
    };
    commands::finish(result)
}
