//! `keten render`: the chain as a text diagram.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::ValueEnum;

use super::{Failure, Outcome, load_clean, note};
use crate::lang::t;
use crate::layout::{Layout, Options, choose_layout, down_layout, layout};
use crate::model::Model;
use crate::render::text::{TextOptions, draw};

#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// The model file (`-` reads standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The widest line to print, in terminal cells [default: the terminal's
    /// width on a terminal, 100 otherwise].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(40..=1_000_000))]
    pub width: Option<u32>,
    /// Draw with `+ - | > <` only, for places without Unicode.
    #[arg(long)]
    pub ascii: bool,
    /// When to colour the lanes: on a terminal (auto, and never with
    /// NO_COLOR set or on TERM=dumb), always, or never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// Show the KPI status on each step where a KPI is measured: ✓ on
    /// target, ✗ off target, ? no data (`v`, `x`, `?` with --ascii).
    #[arg(long)]
    pub kpis: bool,
    /// Show partners without steps as empty lanes.
    #[arg(long)]
    pub all_lanes: bool,
    /// Print `boxes=N edges=N crossings=N width=N height=N sections=N` on
    /// standard error.
    #[arg(long)]
    pub stats: bool,
    /// Which way the chain runs: down (lanes as columns, their names on
    /// top), right (lanes as rows), or auto: the way that fits the width in
    /// fewer sections and lines.
    #[arg(long, value_enum, default_value_t = Way::Auto, value_name = "WAY")]
    pub direction: Way,
}

/// Which way the chain runs on the picture, as asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Way {
    Auto,
    Down,
    Right,
}

impl Way {
    /// The layout of a model on a page `width` cells wide, running the way
    /// asked for (auto: [`choose_layout`]).
    pub fn layout(self, model: &Model, options: &Options, width: usize) -> Layout {
        match self {
            Way::Right => layout(model, options),
            Way::Down => down_layout(model, options, width).1,
            Way::Auto => choose_layout(model, options, width, None).1,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

pub fn run(args: &RenderArgs) -> Result<Outcome, Failure> {
    let model = match load_clean(&args.file, true, t::not_drawn)? {
        Ok((_, model)) => model,
        Err(outcome) => return Ok(outcome),
    };
    let stdout = io::stdout();
    let terminal = stdout.is_terminal();
    let width = match args.width {
        Some(w) => w as usize,
        None if terminal => crossterm::terminal::size().map_or(100, |(w, _)| usize::from(w)),
        None => 100,
    };
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            terminal
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var_os("TERM").is_none_or(|term| term != "dumb")
        }
    };
    // On a narrow page, narrower boxes and lane names, so a column fits.
    let defaults = Options::default();
    let options = Options {
        all_lanes: args.all_lanes,
        box_text_width: (width / 5).clamp(8, defaults.box_text_width),
        lane_label_width: (width / 5).clamp(8, defaults.lane_label_width),
        ..defaults
    };
    let picture = args.direction.layout(&model, &options, width);
    let mut out = io::BufWriter::new(stdout.lock());
    let text_options = TextOptions {
        width,
        ascii: args.ascii,
        color,
        kpis: args.kpis,
    };
    let sections = draw(&model, &picture, &text_options, &mut out)?;
    out.flush()?;
    if args.stats {
        note(&format!(
            "boxes={} edges={} crossings={} width={} height={} sections={}",
            picture.boxes.len(),
            picture.edges.len(),
            picture.crossings,
            picture.width,
            picture.height,
            sections
        ));
    }
    Ok(Outcome::Clean)
}
