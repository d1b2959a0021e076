//! `keten check`: every error and warning of each file, one per line.

use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use super::{Failure, Outcome, is_stdin, note, shown};
use crate::cli::{CheckArgs, OutputFormat};
use crate::diagnostic::{Diagnostic, Pos, Severity};
use crate::format::{self, Limited, ReadError};
use crate::text::sanitize;

/// One finding as printed in JSON.
#[derive(Debug, Serialize)]
struct Row<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    severity: Severity,
    code: crate::diagnostic::Code,
    message: &'a str,
}

/// Reads a model file (or standard input for `-`) as text. A file that is
/// not UTF-8 is a finding, not a failure to read.
pub fn read_text(path: &Path) -> Result<Result<String, Diagnostic>, ReadError> {
    let bytes = if is_stdin(path) {
        format::read_limited(io::stdin().lock()).map_err(|e| match e {
            Limited::Io(e) => ReadError::Io {
                path: path.to_path_buf(),
                reason: format::describe_io(&e),
            },
            Limited::TooLarge(bytes) => ReadError::TooLarge {
                path: path.to_path_buf(),
                bytes,
            },
        })?
    } else {
        format::read_file(path)?
    };
    Ok(format::decode(bytes))
}

pub fn run(args: &CheckArgs) -> Result<Outcome, Failure> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut outcome = Outcome::Clean;
    let mut errors = 0;
    let mut warnings = 0;
    let mut rows: Vec<(String, Diagnostic)> = Vec::new();
    for path in &args.files {
        let name = shown(path);
        let diagnostics = match read_text(path) {
            Err(e) => {
                note(&format!("keten: {}", sanitize(&e.to_string())));
                outcome = outcome.and(Outcome::Unreadable);
                continue;
            }
            Ok(Err(not_text)) => vec![not_text],
            Ok(Ok(text)) => format::check_str(&text).diagnostics,
        };
        for d in diagnostics {
            match d.severity() {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
            if args.format == OutputFormat::Text {
                print_line(&mut out, &name, &d)?;
            } else {
                rows.push((name.clone(), d));
            }
        }
    }
    match args.format {
        OutputFormat::Text => writeln!(out, "{}", summary(errors, warnings))?,
        OutputFormat::Json => {
            let json: Vec<Row> = rows
                .iter()
                .map(|(file, d)| {
                    let pos = d.pos.unwrap_or(Pos { line: 1, column: 1 });
                    Row {
                        file,
                        line: pos.line,
                        column: pos.column,
                        severity: d.severity(),
                        code: d.code,
                        message: &d.message,
                    }
                })
                .collect();
            let text = serde_json::to_string_pretty(&json).map_err(|e| Failure::Message {
                message: e.to_string(),
                code: 2,
            })?;
            writeln!(out, "{text}")?;
        }
    }
    out.flush()?;
    if errors > 0 || (args.deny_warnings && warnings > 0) {
        outcome = outcome.and(Outcome::Findings);
    }
    Ok(outcome)
}

/// `FILE:LINE:COL: error[CODE]: message`.
pub fn print_line(out: &mut impl Write, file: &str, d: &Diagnostic) -> io::Result<()> {
    let pos = d.pos.unwrap_or(Pos { line: 1, column: 1 });
    writeln!(
        out,
        "{file}:{}:{}: {}[{}]: {}",
        pos.line,
        pos.column,
        d.severity().as_str(),
        d.code,
        sanitize(&d.message)
    )
}

/// `2 errors, 1 warning`.
pub fn summary(errors: usize, warnings: usize) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    format!(
        "{}, {}",
        plural(errors, "error"),
        plural(warnings, "warning")
    )
}
