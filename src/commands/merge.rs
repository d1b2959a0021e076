//! `keten merge BASE OURS THEIRS`: the three-way merge of a model, as git's
//! merge driver (`keten merge %O %A %B`) or by hand.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{Failure, Outcome, note, shown};
use crate::format;
use crate::lang::t;
use crate::merge::{self, text::merge_lines};
use crate::model::Model;
use crate::text::sanitize;

/// The arguments of `keten merge`.
#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// The version both sides come from (git's %O).
    #[arg(value_name = "BASE")]
    pub base: PathBuf,
    /// Our version (git's %A); the merge is written here unless -o or -p.
    #[arg(value_name = "OURS")]
    pub ours: PathBuf,
    /// Their version (git's %B).
    #[arg(value_name = "THEIRS")]
    pub theirs: PathBuf,
    /// Write the merge to this file instead of OURS.
    #[arg(short, long, value_name = "FILE", conflicts_with = "print")]
    pub output: Option<PathBuf>,
    /// Print the merge on standard output instead of writing OURS.
    #[arg(short, long)]
    pub print: bool,
}

/// One input: its bytes, and its model when it is one.
struct Input {
    bytes: Vec<u8>,
    model: Result<Model, String>,
}

pub fn run(args: &MergeArgs) -> Result<Outcome, Failure> {
    let mut inputs = Vec::with_capacity(3);
    for (path, may_be_blank) in [
        (&args.base, true),
        (&args.ours, false),
        (&args.theirs, false),
    ] {
        match read(path, may_be_blank) {
            Ok(input) => inputs.push(input),
            Err(message) => {
                note(&format!("keten: {message}"));
                return Ok(Outcome::Unreadable);
            }
        }
    }
    let [base, ours, theirs] = <[Input; 3]>::try_from(inputs).map_err(|_| Failure::Message {
        message: "three inputs were read".into(),
        code: 2,
    })?;
    let target = args.output.as_deref().unwrap_or(&args.ours);
    match (&base.model, &ours.model, &theirs.model) {
        (Ok(b), Ok(o), Ok(t)) => {
            let merged = merge::merge(b, o, t);
            emit(args, target, merged.text().as_bytes())?;
            if merged.is_clean() {
                return Ok(Outcome::Clean);
            }
            let count = t::conflicts(merged.conflicts.len());
            let marked = if args.print {
                t::conflicts_marked_output(&shown(target), &count)
            } else {
                t::conflicts_marked(&shown(target), &count)
            };
            note(&format!("keten: {marked}"));
            for conflict in &merged.conflicts {
                note(&format!("  {}", sanitize(&conflict.to_string())));
            }
            Ok(Outcome::Findings)
        }
        _ => {
            for (input, path) in [
                (&base, &args.base),
                (&ours, &args.ours),
                (&theirs, &args.theirs),
            ] {
                if let Err(why) = &input.model {
                    note(&format!("keten: {}", t::merge_no_model(&shown(path), why)));
                }
            }
            note(&format!("keten: {}", t::merged_by_lines()));
            let merged = match merge_lines(&base.bytes, &ours.bytes, &theirs.bytes) {
                Ok(clean) | Err(clean) => clean,
            };
            emit(args, target, &merged)?;
            Ok(Outcome::Unreadable)
        }
    }
}

/// Reads an input; the base may be blank (a file both sides added).
fn read(path: &Path, may_be_blank: bool) -> Result<Input, String> {
    let bytes = format::read_file(path).map_err(|e| sanitize(&e.to_string()).into_owned())?;
    let model = match format::decode(bytes.clone()) {
        Err(d) => Err(sanitize(&d.message).into_owned()),
        Ok(text) if may_be_blank && text.trim().is_empty() => Ok(Model::default()),
        Ok(text) => {
            let loaded = format::read_str(&text);
            match (
                loaded.model,
                loaded.findings.list.iter().find(|d| d.is_error()),
            ) {
                (Some(model), None) => Ok(model),
                (_, error) => Err(error.map_or_else(t::not_a_model, |d| {
                    let line = d.pos.map_or(1, |p| p.line);
                    t::at_line(line, &sanitize(&d.message))
                })),
            }
        }
    };
    Ok(Input { bytes, model })
}

/// Writes the merge where it goes: standard output, `-o FILE`, or OURS.
fn emit(args: &MergeArgs, target: &Path, bytes: &[u8]) -> Result<(), Failure> {
    if args.print {
        let mut out = io::stdout().lock();
        out.write_all(bytes)?;
        out.flush()?;
        return Ok(());
    }
    let text = String::from_utf8_lossy(bytes);
    format::write_atomic(target, &text).map_err(|e| Failure::Message {
        message: t::cannot_write(&shown(target), &format::describe_io(&e)),
        code: 2,
    })
}
