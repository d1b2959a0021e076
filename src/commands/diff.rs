//! `keten diff`: what changed between two versions of a model, also as
//! git's diff driver.

use std::io;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use super::{Failure, Outcome, load_clean, print, shown};
use crate::model::Model;

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

/// A side of a diff: `/dev/null` (git's name for no file) is an empty model.
fn side(path: &Path) -> Result<Result<Model, Outcome>, Failure> {
    if path == Path::new("/dev/null") {
        return Ok(Ok(Model::default()));
    }
    Ok(load_clean(path, false, "not compared")?.map(|(_, model)| model))
}

pub fn run(args: &DiffArgs) -> Result<Outcome, Failure> {
    let (label, old_path, new_path) = match args.files.as_slice() {
        [old, new] => (None, old, new),
        [path, old, _, _, new, _, _] => (Some(path), old, new),
        _ => {
            return Err(Failure::Message {
                message: "keten diff takes OLD NEW, or the seven arguments of a git diff driver"
                    .into(),
                code: 2,
            });
        }
    };
    if super::is_stdin(old_path) && super::is_stdin(new_path) {
        return Err(Failure::Message {
            message: "keten diff can read standard input for one side only".into(),
            code: 2,
        });
    }
    let old = match side(old_path)? {
        Ok(model) => model,
        Err(outcome) => return Ok(outcome),
    };
    let new = match side(new_path)? {
        Ok(model) => model,
        Err(outcome) => return Ok(outcome),
    };
    let changes = crate::diff::diff(&old, &new);
    let text = match args.format {
        DiffFormat::Json => {
            let mut text = serde_json::to_string_pretty(&changes).map_err(io::Error::from)?;
            text.push('\n');
            text
        }
        DiffFormat::Text => {
            let summary = crate::diff::summary(&old, &new, &changes);
            match label {
                Some(path) => format!("keten diff {}\n{summary}", shown(path)),
                None => summary,
            }
        }
    };
    print(&text)
}
