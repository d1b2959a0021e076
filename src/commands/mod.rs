//! One file per subcommand: its clap arguments next to the code that runs
//! them. Each returns an [`Outcome`] or a [`Failure`]; [`finish`] turns them
//! into the exit code and prints what must be said. Nothing here knows the
//! top-level parser (the `cli` module): that module calls into this one.

pub mod check;
pub mod completions;
pub mod diff;
pub mod edit;
pub mod export;
pub mod fmt;
pub mod help;
pub mod merge;
pub mod new;
pub mod render;
pub mod report;

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::format;
use crate::lang::t;
use crate::model::Model;
use crate::text::sanitize;

/// How a command ended when it could do its work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Clean,
    /// Exit 1: the work was done and found problems (errors, files that
    /// would change), or a file was refused for its content.
    Findings,
    /// Exit 2: a file could not be read or written.
    Unreadable,
}

impl Outcome {
    /// The worse of two outcomes.
    pub fn and(self, other: Outcome) -> Outcome {
        use Outcome::*;
        match (self, other) {
            (Unreadable, _) | (_, Unreadable) => Unreadable,
            (Findings, _) | (_, Findings) => Findings,
            _ => Clean,
        }
    }
}

/// How a command ended when it could not go on.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Standard output was closed (`keten check … | head`): stop quietly.
    #[error("broken pipe")]
    BrokenPipe,
    /// An error to print, with its exit code.
    #[error("{message}")]
    Message { message: String, code: u8 },
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Failure {
        if error.kind() == io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Message {
                message: t::cannot_write_output(&error.to_string()),
                code: 2,
            }
        }
    }
}

/// The exit code for a command's result, after printing any failure.
pub fn finish(result: Result<Outcome, Failure>) -> ExitCode {
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Ok(Outcome::Unreadable) => ExitCode::from(2),
        Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(Failure::Message { message, code }) => {
            let _ = writeln!(io::stderr(), "keten: {message}");
            ExitCode::from(code)
        }
    }
}

/// Prints text on standard output.
pub fn print(text: &str) -> Result<Outcome, Failure> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Outcome::Clean)
}

/// Writes the text made from the model file `from` to standard output, or
/// to the file `-o` names ([`format::write_atomic`]). `-o -` and
/// `-o /dev/stdout` are standard output; `-o` never names the model itself.
pub fn deliver(text: &str, output: Option<&Path>, from: &Path) -> Result<Outcome, Failure> {
    let Some(path) = output.filter(|p| !is_stdout(p)) else {
        return print(text);
    };
    let cannot = |reason: String| Failure::Message {
        message: t::cannot_write(&shown(path), &reason),
        code: 2,
    };
    if !is_stdin(from) && format::same_file(from, path) {
        return Err(cannot(t::output_is_model(&shown(from))));
    }
    match format::write_atomic(path, text) {
        Ok(()) => {
            note(&t::wrote(&shown(path)));
            Ok(Outcome::Clean)
        }
        Err(e) => {
            let advice = match format::save::refusal(&e) {
                Some(format::Refusal::ReadOnly) => t::make_writable(),
                Some(format::Refusal::HardLinks(_)) => t::remove_first(),
                _ => String::new(),
            };
            Err(cannot(format!("{}{advice}", format::describe_io(&e))))
        }
    }
}

/// Whether an output path means standard output: `-`, or one of the names
/// the system gives it (written there, not replaced).
pub(crate) fn is_stdout(path: &Path) -> bool {
    ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]
        .iter()
        .any(|name| path.as_os_str() == *name)
}

/// A path as printed: what the user typed, with control characters made
/// visible; `-` is standard input.
pub fn shown(path: &Path) -> String {
    if is_stdin(path) {
        "<stdin>".to_string()
    } else {
        sanitize(&path.to_string_lossy()).into_owned()
    }
}

/// Whether a path argument means standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Prints a line on standard error; a closed standard error is ignored.
pub fn note(line: &str) {
    let _ = writeln!(io::stderr(), "{line}");
}

/// A model file read for a command that needs a model free of errors: its
/// text and model, or the outcome once the reason is printed on standard
/// error. With `check`, the model's references are checked too; `refusal`
/// says what was not done (`t::not_formatted`).
pub fn load_clean(
    path: &Path,
    check: bool,
    refusal: fn() -> String,
) -> Result<Result<(String, Model), Outcome>, Failure> {
    let name = shown(path);
    let refusal = refusal();
    let text = match check::read_text(path) {
        Err(e) => {
            note(&format!("keten: {}", sanitize(&e.to_string())));
            return Ok(Err(Outcome::Unreadable));
        }
        Ok(Err(not_text)) => {
            check::print_line(&mut io::stderr(), &name, &not_text)?;
            return Ok(Err(Outcome::Findings));
        }
        Ok(Ok(text)) => text,
    };
    let loaded = if check {
        format::check_str(&text)
    } else {
        format::read_str(&text)
    };
    match loaded.model {
        Some(model) if !loaded.has_errors() => Ok(Ok((text, model))),
        _ => {
            let mut err = io::stderr();
            for d in loaded.findings.list.iter().filter(|d| d.is_error()) {
                check::print_line(&mut err, &name, d)?;
            }
            note(&format!("keten: {}", t::fix_errors_first(&name, &refusal)));
            Ok(Err(Outcome::Findings))
        }
    }
}
