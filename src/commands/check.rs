//! `keten check`: every error and warning of each file, one per line.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use serde::Serialize;

use super::{Failure, Outcome, is_stdin, note, shown};
use crate::diagnostic::{Diagnostic, Findings, MAX_FINDINGS, Pos, Severity};
use crate::format::{self, ReadError};
use crate::lang::t;
use crate::text::sanitize;

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

/// The finding codes, for `keten check --help`.
pub const CODES_HELP: &str = "\
Errors (the file is not a usable model):
  syntax              the YAML does not parse
  limit               the file passes a limit on values, nesting, aliases or key length
  version             `keten: 1` is missing or names another version
  schema              a missing required field, a field of the wrong type, or an unknown key
  duplicate-id        the same key twice in one map
  bad-id              an id outside letters, digits, - and _ (1 to 64, starting with a letter or digit)
  dangling-ref        a reference to an id that does not exist
  merge-conflict      git's conflict markers: a merge left a conflict to settle

Warnings (the collaboration has a gap; accept one with `allow: [CODE]`
on the model or on the entity it is about):
  no-client-question  the model has no client_question
  no-director         the model has no director
  no-contribution     a partner has no contribution
  idle-partner        a partner has no step, role, goal or KPI, and is not the director
  goal-without-kpi    no KPI measures a goal
  kpi-without-owner   a KPI has no owner
  kpi-without-target  a KPI has no target
  isolated-step       a step has no flow in or out
  duplicate-flow      a step's next names the same step more than once
  unlabelled-handoff  a flow between two partners has no label
  role-elsewhere      a step's role belongs to another partner
  cycle               the process loops (reported once per loop)
  unguarded-interest  an interest names no agreement that safeguards it (with agreements)
  pulse-low           in the latest pulse, a score of 2 or less, or an average that fell by 1
  pulse-missing       in the latest pulse, a partner with steps gave none while others did";

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
    let mut unread = 0;
    let mut rows: Vec<(String, Diagnostic)> = Vec::new();
    for path in &args.files {
        let name = shown(path);
        let findings = match read_text(path) {
            Err(e) => {
                out.flush()?;
                note(&format!("keten: {}", sanitize(&e.to_string())));
                outcome = outcome.and(Outcome::Unreadable);
                unread += 1;
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
                "keten: {}",
                t::more_findings(&name, omitted, MAX_FINDINGS)
            ));
        }
    }
    match args.format {
        OutputFormat::Text => {
            let read = args.files.len() - unread;
            let line = match (read, unread) {
                (_, 0) => summary(errors, warnings),
                (0, _) => not_read(unread),
                _ => format!("{}; {}", summary(errors, warnings), not_read(unread)),
            };
            writeln!(out, "{line}")?;
        }
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

/// `1 file could not be read`: said instead of, or after, the count of
/// findings, so that a file not read never looks like a clean one.
fn not_read(files: usize) -> String {
    t::not_read(files)
}

/// `2 errors, 1 warning`.
pub fn summary(errors: usize, warnings: usize) -> String {
    t::summary(errors, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;

    #[test]
    fn the_help_lists_every_code() {
        for code in Code::ALL {
            assert!(
                CODES_HELP.contains(&format!("  {:<20}", code.as_str())),
                "{code} is missing from `keten check --help`"
            );
        }
    }
}
