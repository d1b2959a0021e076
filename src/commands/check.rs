//! `keten check`: every error and warning of each file, one per line.

use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use super::{Failure, Outcome, is_stdin, note, shown};
use crate::cli::{CheckArgs, OutputFormat};
use crate::diagnostic::{Diagnostic, Findings, MAX_FINDINGS, Pos, Severity};
use crate::format::{self, ReadError};
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
        format::read_limited(io::stdin().lock(), path)?
    } else {
        format::read_file(path)?
    };
    Ok(format::decode(bytes))
}

pub fn run(args: &CheckArgs) -> Result<Outcome, Failure> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut outcome = Outcome::Clean;
    let (mut errors, mut warnings) = (0, 0);
    let mut rows: Vec<(String, Diagnostic)> = Vec::new();
    for path in &args.files {
        let name = shown(path);
        let findings = match read_text(path) {
            Err(e) => {
                out.flush()?;
                note(&format!("keten: {}", sanitize(&e.to_string())));
                outcome = outcome.and(Outcome::Unreadable);
                continue;
            }
            Ok(Err(not_text)) => {
                let mut findings = Findings::default();
                findings.push(not_text);
                findings
            }
            Ok(Ok(text)) => format::check_str(&text).findings,
        };
        let (e, w) = findings.counts();
        errors += e;
        warnings += w;
        let omitted = findings.omitted();
        if args.format == OutputFormat::Text {
            for d in &findings.list {
                print_line(&mut out, &name, d)?;
            }
        } else {
            rows.extend(findings.list.into_iter().map(|d| (name.clone(), d)));
        }
        if omitted > 0 {
            out.flush()?;
            note(&format!(
                "keten: {name}: {omitted} more findings not listed; keten lists the first {MAX_FINDINGS} of a file"
            ));
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
            let text = serde_json::to_string_pretty(&json).map_err(io::Error::from)?;
            out.write_all(crate::text::json_safe(text).as_bytes())?;
            writeln!(out)?;
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
