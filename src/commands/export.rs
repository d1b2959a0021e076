//! `keten export` and `keten report`: the model for other tools and for a
//! steering committee.

use std::io::{self, Write};
use std::path::Path;

use super::{Failure, Outcome, load_clean, note, shown};
use crate::cli::{ExportArgs, ExportFormat, ReportArgs};
use crate::format;
use crate::layout::{Options, layout};
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
            let mut text = serde_json::to_string_pretty(&format::json::to_json(&model))
                .map_err(io::Error::from)?;
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
