//! `keten fmt`: rewrite models in canonical form, atomically.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{Failure, Outcome, is_stdin, load_clean, note, shown};
use crate::format;
use crate::lang::t;

#[derive(Debug, clap::Args)]
pub struct FmtArgs {
    /// Model files to rewrite (`-` reads standard input and writes standard output).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Change nothing: list the files that would change, and exit 1 if any would.
    #[arg(long)]
    pub check: bool,
    /// Drop the files' YAML comments (move what must stay into `notes`).
    #[arg(long)]
    pub drop_comments: bool,
    /// Also rewrite files that are read-only (they stay read-only) and
    /// files with several names (hard links: rewritten in place, so every
    /// name shows the new content; such a write is not atomic).
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &FmtArgs) -> Result<Outcome, Failure> {
    let mut outcome = Outcome::Clean;
    for path in &args.files {
        outcome = outcome.and(one(path, args)?);
    }
    Ok(outcome)
}

fn one(path: &Path, args: &FmtArgs) -> Result<Outcome, Failure> {
    let name = shown(path);
    let (text, model) = match load_clean(path, false, t::not_formatted)? {
        Ok(loaded) => loaded,
        Err(outcome) => return Ok(outcome),
    };
    let mut model = model;
    if args.drop_comments {
        model.drop_comments();
    }
    let formatted = format::write(&model);
    let changed = formatted != text;
    if args.check {
        if changed {
            let mut out = io::stdout().lock();
            writeln!(out, "{name}")?;
            return Ok(Outcome::Findings);
        }
        return Ok(Outcome::Clean);
    }
    if is_stdin(path) {
        let mut out = io::stdout().lock();
        out.write_all(formatted.as_bytes())?;
        out.flush()?;
        return Ok(Outcome::Clean);
    }
    if !changed {
        // What an earlier, killed run left beside the file goes all the same.
        format::save::remove_stale_beside(path);
        return Ok(Outcome::Clean);
    }
    let replace = format::Replace { force: args.force };
    match format::write_file(path, &formatted, replace) {
        Ok(()) => {
            note(&t::formatted(&name));
            Ok(Outcome::Clean)
        }
        Err(e) => {
            let then = match format::save::refusal(&e) {
                Some(format::Refusal::ReadOnly) => t::fmt_force_read_only(&name),
                Some(format::Refusal::HardLinks(_)) => t::fmt_force_links(&name),
                _ => t::file_unchanged(),
            };
            note(&format!(
                "keten: {}",
                t::fmt_refused(&name, &format::describe_io(&e), &then)
            ));
            Ok(Outcome::Unreadable)
        }
    }
}
