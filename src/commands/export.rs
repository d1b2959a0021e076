//! `keten export`: the model in another tool's format.

use std::io;
use std::path::PathBuf;

use clap::ValueEnum;

use super::render::Way;
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
    /// SVG: which way the chain runs: down (lanes as columns, their names
    /// on top), right (lanes as rows), or auto: the way `keten render
    /// --width 120` picks.
    #[arg(long, value_enum, default_value_t = Way::Auto, value_name = "WAY")]
    pub direction: Way,
}

/// The page SVG export fits the chain to, in cells, where it picks the way.
const SVG_PAGE: usize = 120;

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
        ExportFormat::Svg => {
            let picture = args.direction.layout(&model, &Options::default(), SVG_PAGE);
            xml::svg(&model, &picture)
        }
    };
    deliver(&text, args.output.as_deref(), &args.file)
}
