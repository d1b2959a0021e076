//! `keten diff`: what changed between two versions of a model, also as
//! git's diff driver.

use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::{Failure, Outcome, load_clean, print};
use crate::lang::t;
use crate::model::Model;
use crate::text::sanitize;

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// OLD NEW, or the seven arguments git gives a diff driver.
    #[arg(value_name = "FILE", num_args = 2..=7, required = true)]
    pub files: Vec<PathBuf>,
    /// How to print the changes.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// A change summary, grouped by section, then a count.
    Text,
    /// A JSON array of {section, id, change, field, old, new}.
    Json,
}

/// Marks git's seven driver arguments as file names: `keten diff [OPTIONS]
/// PATH OLD OLD-HEX OLD-MODE NEW NEW-HEX NEW-MODE` gets a `--` before PATH,
/// so that a tracked file named `--format=json` or `-h` is a file, not an
/// option. The seven are known by their hashes and modes.
pub fn mark_driver_arguments(args: &mut Vec<OsString>) {
    let Some(diff) = args.iter().position(|a| a == "diff") else {
        return;
    };
    if diff != 1 || args.len() < diff + 8 {
        return;
    }
    let at = args.len() - 7;
    if args[at - 1] == "--" {
        return;
    }
    let seven = &args[at..];
    let hex = |a: &OsString| {
        a == "."
            || a.to_str()
                .is_some_and(|a| a.len() >= 7 && a.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    let mode = |a: &OsString| {
        a == "."
            || a.to_str()
                .is_some_and(|a| a.len() == 6 && a.bytes().all(|b| (b'0'..=b'7').contains(&b)))
    };
    if hex(&seven[2]) && mode(&seven[3]) && hex(&seven[5]) && mode(&seven[6]) {
        args.insert(at, OsString::from("--"));
    }
}

/// A side of a diff: `/dev/null` (git's name for no file) is an empty model.
fn side(path: &Path) -> Result<Result<Model, Outcome>, Failure> {
    if path == Path::new("/dev/null") {
        return Ok(Ok(Model::default()));
    }
    Ok(load_clean(path, false, t::not_compared)?.map(|(_, model)| model))
}

/// A file name that reads as a file: `-` becomes `./-`.
fn literal(path: &Path) -> PathBuf {
    if super::is_stdin(path) {
        Path::new(".").join(path)
    } else {
        path.to_path_buf()
    }
}

pub fn run(args: &DiffArgs) -> Result<Outcome, Failure> {
    let (label, old_path, new_path) = match args.files.as_slice() {
        [old, new] => (None, old.clone(), new.clone()),
        // From git: file names as they are, `-` too.
        [path, old, _, _, new, _, _] => (Some(path), literal(old), literal(new)),
        _ => {
            return Err(Failure::Message {
                message: t::diff_arguments(),
                code: 2,
            });
        }
    };
    if super::is_stdin(&old_path) && super::is_stdin(&new_path) {
        return Err(Failure::Message {
            message: t::diff_stdin_once(),
            code: 2,
        });
    }
    let old = match side(&old_path)? {
        Ok(model) => model,
        Err(outcome) => return Ok(outcome),
    };
    let new = match side(&new_path)? {
        Ok(model) => model,
        Err(outcome) => return Ok(outcome),
    };
    let changes = crate::diff::diff(&old, &new);
    let text = match args.format {
        DiffFormat::Json => {
            let mut text = crate::text::json_safe(
                serde_json::to_string_pretty(&changes).map_err(io::Error::from)?,
            );
            text.push('\n');
            text
        }
        DiffFormat::Text => {
            let summary = crate::diff::summary(&old, &new, &changes);
            match label {
                Some(path) => format!(
                    "keten diff {}\n{summary}",
                    sanitize(&path.to_string_lossy())
                ),
                None => summary,
            }
        }
    };
    print(&text)
}
