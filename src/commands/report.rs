//! `keten report`: a report for a steering committee, in Markdown or as
//! one web page, the chain's picture beside it.

use std::path::{Component, Path, PathBuf};

use clap::ValueEnum;

use super::{Failure, Outcome, deliver, is_stdin, is_stdout, load_clean, note, shown};
use crate::format;
use crate::lang::{self, t};
use crate::layout::{Options, layout};
use crate::model::{Id, Model};
use crate::render::report::{self, Picture, ReportOptions};
use crate::render::xml;

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The model file (`-` reads standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Where to write (default, and `-`: standard output). A file is
    /// replaced atomically; a FIFO or device is written into.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Markdown, or HTML: one self-contained page (style and picture
    /// inside) that prints on A4.
    #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
    pub format: ReportFormat,
    /// Write the chain as an SVG into this folder (`DIR/<model>-chain.svg`,
    /// the folder made where missing) and show it in the report by a
    /// relative link.
    #[arg(long, value_name = "DIR")]
    pub assets: Option<PathBuf>,
    /// Add the chain as a text diagram (ASCII).
    #[arg(long)]
    pub text_diagram: bool,
    /// Add the chain as a Mermaid block, for git forges that draw it.
    #[arg(long)]
    pub mermaid: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Markdown,
    Html,
}

pub fn run(args: &ReportArgs) -> Result<Outcome, Failure> {
    let model = match load_clean(&args.file, false, t::not_reported)? {
        Ok((_, model)) => model,
        Err(outcome) => return Ok(outcome),
    };
    let svg = xml::svg(&model, &layout(&model, &Options::default()));
    let mut options = ReportOptions {
        text_diagram: args.text_diagram,
        mermaid: args.mermaid,
        lang: lang::current(),
        ..ReportOptions::default()
    };
    if let Some(dir) = &args.assets {
        let file = write_picture(dir, &picture_name(&args.file, &model), &svg)?;
        let from = match args.output.as_deref().filter(|p| !is_stdout(p)) {
            Some(out) => out.parent().map(Path::to_path_buf).unwrap_or_default(),
            None => PathBuf::new(),
        };
        options.picture = Picture::Link(relative(&from, &file));
    }
    let text = match args.format {
        ReportFormat::Markdown => report::markdown(&model, &options),
        ReportFormat::Html => report::html(&model, &options, &svg),
    };
    deliver(&text, args.output.as_deref(), &args.file)
}

/// `<model>-chain.svg`, the model's file name without its extension, or
/// for standard input a name made from the model's name.
fn picture_name(file: &Path, model: &Model) -> String {
    let stem = file
        .file_stem()
        .filter(|_| !is_stdin(file))
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| Id::from_name(&model.name, "model").as_str().to_string());
    format!("{stem}-chain.svg")
}

fn write_picture(dir: &Path, name: &str, svg: &str) -> Result<PathBuf, Failure> {
    let cannot = |path: &Path, e: std::io::Error| Failure::Message {
        message: t::report_picture_not_written(&shown(path), &format::describe_io(&e)),
        code: 2,
    };
    std::fs::create_dir_all(dir).map_err(|e| cannot(dir, e))?;
    let path = dir.join(name);
    format::write_atomic(&path, svg).map_err(|e| cannot(&path, e))?;
    note(&t::wrote(&shown(&path)));
    Ok(path)
}

/// A path as one link from a folder to a file, `/` between the parts.
fn relative(from: &Path, to: &Path) -> String {
    let whole = |p: &Path| {
        let p = if p.as_os_str().is_empty() {
            Path::new(".")
        } else {
            p
        };
        p.canonicalize()
            .or_else(|_| std::path::absolute(p))
            .unwrap_or_else(|_| p.to_path_buf())
    };
    let (from, to) = (whole(from), whole(to));
    let from: Vec<Component> = from.components().collect();
    let to: Vec<Component> = to.components().collect();
    let same = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    if same == 0 {
        // Another drive: only the whole path reaches it.
        return to
            .iter()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
    }
    let mut parts: Vec<String> = vec!["..".to_string(); from.len() - same];
    parts.extend(
        to[same..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}
