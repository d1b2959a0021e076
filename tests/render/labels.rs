//! Labels and their numbers never overprint: every number listed under the
//! diagram stands on the picture, once per flow, on cells of its own; in
//! the SVG no two texts overlap.

use keten::layout::{Layout, Options, Orientation, layout};
use keten::model::Model;
use keten::render::text::{TextOptions, draw_string};
use keten::text::width;

use super::{cells_of, model};
use crate::support::models;

/// The layout options `keten render --width N` uses.
pub(super) fn options_for(page: usize) -> Options {
    let defaults = Options::default();
    Options {
        box_text_width: (page / 5).clamp(8, defaults.box_text_width),
        lane_label_width: (page / 5).clamp(8, defaults.lane_label_width),
        ..defaults
    }
}

fn shipped() -> Vec<(String, Model)> {
    models()
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            (name, model(&std::fs::read_to_string(&p).unwrap()))
        })
        .collect()
}

/// Checks that labels and numbers take cells of their own on their flows.
fn labels_apart(picture: &Layout) -> Result<(), String> {
    // (row, first cell, last cell, what)
    let mut spans: Vec<(usize, usize, usize, String)> = Vec::new();
    for e in &picture.edges {
        if let Some((x, y)) = e.label_at {
            spans.push((y, x - 1, x + width(&e.label), e.label.clone()));
        }
        let Some(n) = e.reference else { continue };
        let (x, y) = e.reference_at.ok_or(format!("number {n} has no place"))?;
        let end = x + n.to_string().len() - 1;
        // On a horizontal part of its path, or beside a vertical one.
        let on_path = e.points.windows(2).any(|w| {
            let (a, b) = (w[0], w[1]);
            let along = a.1 == y && b.1 == y && a.0.min(b.0) < x && end < a.0.max(b.0);
            let beside = a.0 == b.0
                && (a.0 + 1 == x || end + 1 == a.0)
                && a.1.min(b.1) < y
                && y < a.1.max(b.1);
            along || beside
        });
        // Running down, a flow straight into the box under it has its
        // number beside its arrowhead.
        let &(ex, ey) = e.points.last().unwrap();
        let by_head =
            picture.orientation == Orientation::Down && y == ey && (end + 1 == ex || x == ex + 1);
        let on_path = on_path || by_head;
        if !on_path {
            return Err(format!("number {n} at {:?} is not on its flow", (x, y)));
        }
        // A cell between a number and what stands next to it.
        spans.push((y, x.saturating_sub(1), end + 1, n.to_string()));
    }
    spans.sort();
    for w in spans.windows(2) {
        if w[0].0 == w[1].0 && w[1].1 < w[0].2 {
            return Err(format!("{:?} and {:?} overprint", w[0], w[1]));
        }
    }
    Ok(())
}

#[test]
fn every_number_in_the_legend_stands_on_its_flow() {
    let ways = [Orientation::Right, Orientation::Down];
    for ((name, m), orientation) in shipped()
        .into_iter()
        .flat_map(|s| ways.map(|o| (s.clone(), o)))
    {
        for page in [80, 120] {
            let options = Options {
                orientation,
                ..options_for(page)
            };
            let picture = layout(&m, &options);
            let name = format!("{name} {orientation:?}");
            labels_apart(&picture).unwrap_or_else(|e| panic!("{name} at {page}: {e}"));
            // In one section (no markers), each number shows where the
            // layout put it, and every number of the legend shows.
            let options = TextOptions {
                width: picture.width + 1,
                ascii: false,
                color: false,
                kpis: false,
            };
            let drawing = draw_string(&m, &picture, &options);
            assert_eq!(drawing.sections, 1);
            let lines: Vec<&str> = drawing.text.lines().collect();
            let top = lines.iter().position(|l| l.is_empty()).unwrap() + 1;
            // Running down, rows of nothing but lines passing through may
            // be left out; then the rows are not the layout's.
            let bottom = lines[top..]
                .iter()
                .position(|l| l.is_empty())
                .map_or(lines.len(), |k| top + k);
            let exact = bottom - top == picture.height;
            assert!(
                exact || orientation == Orientation::Down,
                "{name} at {page}"
            );
            for e in picture.edges.iter().filter(|_| exact) {
                let (Some(n), Some((x, y))) = (e.reference, e.reference_at) else {
                    continue;
                };
                let digits = n.to_string();
                let shown = cells_of(lines[top + y], x, digits.len()).concat();
                assert_eq!(shown, digits, "{name} at {page}: number {n} on row {y}");
            }
            let diagram = lines[top..bottom].join("\n");
            for r in &picture.references {
                let alone = diagram.match_indices(&r.number.to_string()).any(|(at, s)| {
                    let before = diagram[..at].chars().next_back();
                    let after = diagram[at + s.len()..].chars().next();
                    !before.is_some_and(|c| c.is_ascii_digit())
                        && !after.is_some_and(|c| c.is_ascii_digit())
                });
                assert!(
                    alone,
                    "{name} at {page}: legend number {} not drawn",
                    r.number
                );
            }
        }
    }
}

/// A text of the SVG and the box it takes, by an estimate of the font's
/// advance (DejaVu Sans: about 0.62 em a character, 0.7 em bold, a wide
/// character twice that).
#[derive(Debug)]
struct Placed {
    text: String,
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
}

fn svg_texts(svg: &str) -> Vec<Placed> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let mut out = Vec::new();
    for node in doc.descendants().filter(|n| n.has_tag_name("text")) {
        let text: String = node.text().unwrap_or("").to_string();
        let attr = |k: &str| node.attribute(k);
        let number = |k: &str| attr(k).and_then(|v| v.parse::<f64>().ok());
        let size = number("font-size").unwrap_or(12.0);
        let em = if attr("font-weight") == Some("bold") {
            0.7
        } else {
            0.62
        };
        let w = width(&text) as f64 * em * size;
        let (x, y) = (number("x").unwrap(), number("y").unwrap());
        let x0 = match attr("text-anchor") {
            Some("middle") => x - w / 2.0,
            Some("end") => x - w,
            _ => x,
        };
        out.push(Placed {
            text,
            x0,
            x1: x0 + w,
            y0: y - 0.75 * size,
            y1: y + 0.2 * size,
        });
    }
    out
}

#[test]
fn no_two_svg_texts_overlap() {
    // Right, down with the phase names at the left, and down with them on
    // rows of their own (as printed).
    let ways = [
        (Orientation::Right, false),
        (Orientation::Down, false),
        (Orientation::Down, true),
    ];
    for ((name, m), (orientation, phase_rows)) in shipped()
        .into_iter()
        .flat_map(|s| ways.map(|o| (s.clone(), o)))
    {
        let options = Options {
            orientation,
            phase_rows,
            ..Options::default()
        };
        let picture = layout(&m, &options);
        assert_eq!(picture.phase_rows(), phase_rows);
        let name = format!("{name} {orientation:?} {phase_rows}");
        let svg = keten::render::xml::svg(&m, &picture);
        let texts = svg_texts(&svg);
        for (i, a) in texts.iter().enumerate() {
            for b in &texts[i + 1..] {
                let overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
                assert!(
                    !overlap,
                    "{name}: {:?} overlaps {:?} ({a:?}, {b:?})",
                    a.text, b.text
                );
            }
        }
        // The numbers of the legend on the picture: readable, each once.
        let doc = roxmltree::Document::parse(&svg).unwrap();
        for r in &picture.references {
            let shown: Vec<_> = doc
                .descendants()
                .filter(|n| n.has_tag_name("text") && n.text() == Some(&r.number.to_string()))
                .collect();
            assert_eq!(shown.len(), 1, "{name}: number {} drawn once", r.number);
            let size: f64 = shown[0].attribute("font-size").unwrap().parse().unwrap();
            assert!(size >= 12.0, "{name}: number {} at {size} px", r.number);
        }
    }
}
