//! `keten export` and `keten report`: the model for other tools and for a
//! steering committee.

use std::io::{self, Write};
use std::path::Path;

use super::{Failure, Outcome, load_clean, note, shown};
use crate::cli::{DiffArgs, DiffFormat, ExportArgs, ExportFormat, ReportArgs};
use crate::format;
use crate::layout::{Options, layout};
use crate::model::Model;
use crate::render::{graph, report, xml};

/// Prints text on standard output.
pub fn print(text: &str) -> Result<Outcome, Failure> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Outcome::Clean)
}

/// Writes text to a file (atomically) or to standard output.
fn deliver(text: &str, output: Option<&Path>) -> Result<Outcome, Failure> {
    match output {
        None => print(text),
        Some(path) => match format::write_atomic(path, text) {
            Ok(()) => {
                note(&format!("wrote {}", shown(path)));
                Ok(Outcome::Clean)
            }
            Err(e) => Err(Failure::Message {
                message: format!("{}: cannot write: {}", shown(path), format::describe_io(&e)),
                code: 2,
            }),
        },
    }
}

pub fn run(args: &ExportArgs) -> Result<Outcome, Failure> {
    let model = match load_clean(&args.file, true, "not exported")? {
        Ok((_, model)) => model,
        Err(outcome) => return Ok(outcome),
    };
    let text = match args.format {
        ExportFormat::Mermaid => graph::mermaid(&model),
        ExportFormat::Dot => graph::dot(&model),
        ExportFormat::Json => {
            let mut text = crate::text::json_safe(
                serde_json::to_string_pretty(&format::json::to_json(&model))
                    .map_err(io::Error::from)?,
            );
            text.push('\n');
            text
        }
        ExportFormat::Bpmn => xml::bpmn(&model, &layout(&model, &Options::default())),
        ExportFormat::Svg => xml::svg(&model, &layout(&model, &Options::default())),
    };
    deliver(&text, args.output.as_deref())
}

pub fn report(args: &ReportArgs) -> Result<Outcome, Failure> {
    let model = match load_clean(&args.file, false, "no report written")? {
        Ok((_, model)) => model,
        Err(outcome) => return Ok(outcome),
    };
    deliver(&report::markdown(&model), args.output.as_deref())
}

/// A side of a diff: `/dev/null` (git's name for no file) is an empty model.
fn side(path: &Path) -> Result<Result<Model, Outcome>, Failure> {
    if path == Path::new("/dev/null") {
        return Ok(Ok(Model::default()));
    }
    Ok(load_clean(path, false, "not compared")?.map(|(_, model)| model))
}

pub fn diff(args: &DiffArgs) -> Result<Outcome, Failure> {
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
            let mut text = crate::text::json_safe(
                serde_json::to_string_pretty(&changes).map_err(io::Error::from)?,
            );
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
