//! `keten export`: the model in another tool's format.

use std::io;
use std::path::PathBuf;

use clap::ValueEnum;

use super::{Failure, Outcome, deliver, load_clean};
use crate::format;
use crate::lang::t;
use crate::layout::{Options, layout};
use crate::render::{bpmn, graph, xml};

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The model file (`-` reads standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The format to write.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Where to write (default, and `-`: standard output). A file is
    /// replaced atomically; a FIFO or device is written into.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// BPMN: keep partners without steps, as empty pools.
    #[arg(long)]
    pub all_lanes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Mermaid,
    Dot,
    Bpmn,
    Json,
    Svg,
}

pub fn run(args: &ExportArgs) -> Result<Outcome, Failure> {
    let model = match load_clean(&args.file, true, t::not_exported)? {
        Ok((_, model)) => model,
        Err(outcome) => return Ok(outcome),
    };
    let text = match args.format {
        ExportFormat::Mermaid => graph::mermaid(&model),
        ExportFormat::Dot => graph::dot(&model, &layout(&model, &Options::default())),
        ExportFormat::Json => {
            let mut text = crate::text::json_safe(
                serde_json::to_string_pretty(&format::json::to_json(&model))
                    .map_err(io::Error::from)?,
            );
            text.push('\n');
            text
        }
        ExportFormat::Bpmn => {
            let options = Options {
                all_lanes: args.all_lanes,
                role_rows: true,
                ..Options::default()
            };
            bpmn::bpmn(&model, &layout(&model, &options))
        }
        ExportFormat::Svg => xml::svg(&model, &layout(&model, &Options::default())),
    };
    deliver(&text, args.output.as_deref(), &args.file)
}
