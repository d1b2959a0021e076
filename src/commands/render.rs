//! `keten render`: the chain as a text diagram.

use std::io::{self, IsTerminal, Write};

use super::check::{print_line, read_text};
use super::{Failure, Outcome, note, shown};
use crate::cli::{ColorChoice, RenderArgs};
use crate::format;
use crate::layout::{Options, layout};
use crate::render::text::{TextOptions, draw};
use crate::text::sanitize;

pub fn run(args: &RenderArgs) -> Result<Outcome, Failure> {
    let name = shown(&args.file);
    let text = match read_text(&args.file) {
        Err(e) => {
            note(&format!("keten: {}", sanitize(&e.to_string())));
            return Ok(Outcome::Unreadable);
        }
        Ok(Err(not_text)) => {
            print_line(&mut io::stderr(), &name, &not_text)?;
            return Ok(Outcome::Findings);
        }
        Ok(Ok(text)) => text,
    };
    let loaded = format::check_str(&text);
    let model = match loaded.model {
        Some(model) if !loaded.findings.has_errors() => model,
        _ => {
            let mut err = io::stderr();
            for d in loaded.findings.list.iter().filter(|d| d.is_error()) {
                print_line(&mut err, &name, d)?;
            }
            note(&format!(
                "keten: {name}: not drawn; fix the errors above first (`keten check {name}`)"
            ));
            return Ok(Outcome::Findings);
        }
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
    let options = Options {
        all_lanes: args.all_lanes,
        ..Options::default()
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
