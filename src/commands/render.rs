//! `keten render`: the chain as a text diagram.

use std::io::{self, IsTerminal, Write};

use super::{Failure, Outcome, load_clean, note};
use crate::cli::{ColorChoice, RenderArgs};
use crate::layout::{Options, layout};
use crate::render::text::{TextOptions, draw};

pub fn run(args: &RenderArgs) -> Result<Outcome, Failure> {
    let model = match load_clean(&args.file, true, "not drawn")? {
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
        ColorChoice::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    // On a narrow page, narrower boxes and lane names, so a column fits.
    let defaults = Options::default();
    let options = Options {
        all_lanes: args.all_lanes,
        box_text_width: (width / 5).clamp(8, defaults.box_text_width),
        lane_label_width: (width / 5).clamp(8, defaults.lane_label_width),
        ..defaults
    };
    let picture = layout(&model, &options);
    let mut out = io::BufWriter::new(stdout.lock());
    let text_options = TextOptions {
        width,
        ascii: args.ascii,
        color,
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
