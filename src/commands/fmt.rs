//! `keten fmt`: rewrite models in canonical form, atomically.

use std::io::{self, Write};
use std::path::Path;

use super::{Failure, Outcome, is_stdin, load_clean, note, shown};
use crate::cli::FmtArgs;
use crate::format::{self, comments::comment_lines};

pub fn run(args: &FmtArgs) -> Result<Outcome, Failure> {
    let mut outcome = Outcome::Clean;
    for path in &args.files {
        outcome = outcome.and(one(path, args)?);
    }
    Ok(outcome)
}

fn one(path: &Path, args: &FmtArgs) -> Result<Outcome, Failure> {
    let name = shown(path);
    let (text, model) = match load_clean(path, false, "not formatted")? {
        Ok(loaded) => loaded,
        Err(outcome) => return Ok(outcome),
    };
    if !args.drop_comments {
        let lines = comment_lines(&text);
        if !lines.is_empty() {
            note(&format!(
                "keten: {name}: not formatted: YAML comments on {} would be lost; move them into `notes` fields, or run `keten fmt --drop-comments`",
                line_list(&lines)
            ));
            return Ok(Outcome::Findings);
        }
    }
    let formatted = format::write(&model);
    let changed = formatted != text;
    if is_stdin(path) {
        if args.check {
            if changed {
                println!("{name}");
                return Ok(Outcome::Findings);
            }
            return Ok(Outcome::Clean);
        }
        let mut out = io::stdout().lock();
        out.write_all(formatted.as_bytes())?;
        out.flush()?;
        return Ok(Outcome::Clean);
    }
    if !changed {
        return Ok(Outcome::Clean);
    }
    if args.check {
        let mut out = io::stdout().lock();
        writeln!(out, "{name}")?;
        return Ok(Outcome::Findings);
    }
    match format::write_atomic(path, &formatted) {
        Ok(()) => {
            note(&format!("formatted {name}"));
            Ok(Outcome::Clean)
        }
        Err(e) => {
            note(&format!(
                "keten: {name}: cannot write: {}; the file is unchanged",
                format::describe_io(&e)
            ));
            Ok(Outcome::Unreadable)
        }
    }
}

/// `line 3` or `lines 3, 7 and 12`.
fn line_list(lines: &[usize]) -> String {
    const SHOWN: usize = 8;
    let mut parts: Vec<String> = lines.iter().take(SHOWN).map(|l| l.to_string()).collect();
    if lines.len() == 1 {
        return format!("line {}", parts[0]);
    }
    if lines.len() > SHOWN {
        parts.push(format!("{} more", lines.len() - SHOWN));
    }
    let last = parts.pop().unwrap_or_default();
    format!("lines {} and {last}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    #[test]
    fn line_list() {
        assert_eq!(super::line_list(&[3]), "line 3");
        assert_eq!(super::line_list(&[3, 7, 12]), "lines 3, 7 and 12");
        let many: Vec<usize> = (1..=10).collect();
        assert_eq!(
            super::line_list(&many),
            "lines 1, 2, 3, 4, 5, 6, 7, 8 and 2 more"
        );
    }
}
