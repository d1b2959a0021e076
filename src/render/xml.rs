//! Pictures in XML from the layout: a standalone SVG of the chain, placed
//! exactly where the text diagram puts things (the BPMN export, also XML,
//! is [`bpmn`](super::bpmn)).

use std::fmt::Write as _;

use crate::layout::{Layout, Orientation};
use crate::model::Model;

/// Pixels per cell of the layout.
const CW: f64 = 8.0;
const CH: f64 = 18.0;

/// Text safe inside XML attributes and elements; control characters go,
/// invisible ones are written as character references.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() => out.push(' '),
            // Bidirectional and zero-width characters as references: the
            // text keeps them, a terminal showing the file does not see them.
            c if crate::text::needs_placeholder(c) => {
                out.push_str(&format!("&#x{:x};", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

const LANE_FILLS: [&str; 2] = ["#f6f7f9", "#ffffff"];
const LANE_STROKES: [&str; 6] = [
    "#c0392b", "#27ae60", "#b7950b", "#2471a3", "#884ea0", "#148f77",
];

/// The font size of a line of a lane's name over a lane `cells` wide
/// running down, where the document's 12 would not do: the line in bold
/// (about 0.7 em a character, a wide character twice that) wider than the
/// lane.
fn lane_name_size(line: &str, cells: usize) -> Option<f64> {
    let room = cells as f64 * CW;
    let needs = crate::text::width(line) as f64 * BOLD_EM * 12.0;
    (needs > room).then(|| (12.0 * room / needs * 10.0).floor() / 10.0)
}

/// The advance of a bold character of DejaVu Sans, in em.
const BOLD_EM: f64 = 0.7;

/// The chain diagram as a standalone SVG document.
pub fn svg(model: &Model, layout: &Layout) -> String {
    let title_h = 2.0 * CH + 8.0;
    let refs_h = layout.references.len() as f64 * CH
        + if layout.references.is_empty() {
            0.0
        } else {
            CH
        };
    let w = (layout.width as f64 * CW).max(200.0);
    let h = title_h + layout.height as f64 * CH + refs_h + 8.0;
    let mut out = String::new();
    let _ = writeln!(out, r##"<?xml version="1.0" encoding="UTF-8"?>"##);
    let _ = writeln!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">"##
    );
    let _ = writeln!(out, "  <title>{}</title>", escape(&model.name));
    out.push_str(r##"  <defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M 0 0 L 10 5 L 0 10 z" fill="#333"/></marker></defs>"##);
    out.push('\n');
    let _ = writeln!(out, r##"  <rect width="{w}" height="{h}" fill="white"/>"##);
    let _ = writeln!(
        out,
        r##"  <text x="8" y="{}" font-size="16" font-weight="bold">{}</text>"##,
        CH,
        escape(&model.name)
    );
    if !model.client_question.is_empty() {
        let _ = writeln!(
            out,
            r##"  <text x="8" y="{}" font-style="italic">{}</text>"##,
            2.0 * CH,
            escape(&model.client_question)
        );
    }
    let y0 = title_h;
    let px = |x: usize| x as f64 * CW;
    let py = |y: usize| y0 + y as f64 * CH;
    let down = layout.orientation == Orientation::Down;
    // Phases: names over their columns, or running down at the left of
    // their rows.
    for band in layout.bands.iter().filter(|_| down && !layout.phase_rows()) {
        let (a, b) = (
            &layout.columns[band.first_column],
            &layout.columns[band.last_column],
        );
        let (y1, y2) = (a.channel_x, b.x + b.width);
        let room = layout.label_width.saturating_sub(3).max(1);
        for (i, line) in crate::text::wrap(&band.name, room).iter().enumerate() {
            if y1 + i >= y2 {
                break;
            }
            let _ = writeln!(
                out,
                r##"  <text x="6" y="{}" font-weight="bold">{}</text>"##,
                py(y1 + i) + CH * 0.75,
                escape(line)
            );
        }
        let x = px(layout.label_width.saturating_sub(2)) + CW / 2.0;
        let _ = writeln!(
            out,
            r##"  <line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="#999"/>"##,
            py(y1) + CH / 2.0,
            py(y2) - CH / 2.0
        );
    }
    for band in layout.bands.iter().filter(|_| !down) {
        let (a, b) = (
            &layout.columns[band.first_column],
            &layout.columns[band.last_column],
        );
        let (x1, x2) = (px(a.channel_x), px(b.x + b.width));
        let _ = writeln!(
            out,
            r##"  <text x="{}" y="{}" text-anchor="middle" font-weight="bold">{}</text><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#999"/>"##,
            (x1 + x2) / 2.0,
            py(0) + CH * 0.75,
            escape(&band.name),
            x1 + CW,
            py(1) + CH / 2.0,
            x2 - CW,
            py(1) + CH / 2.0
        );
    }
    // Lanes: bands of rows with their names at the left, or running down
    // columns with their names on top.
    for (k, lane) in layout.lanes.iter().enumerate().filter(|_| down) {
        let _ = writeln!(
            out,
            r##"  <rect x="{}" y="{}" width="{}" height="{}" fill="{}" stroke="#d0d4da"/>"##,
            px(lane.x),
            py(0),
            (lane.width + 1) as f64 * CW,
            layout.height as f64 * CH,
            LANE_FILLS[k % 2]
        );
        for (i, line) in lane.label.iter().enumerate() {
            // A name is wrapped to its lane's cells, but bold letters are
            // a little wider than a cell: where a line would run over the
            // lane's edge into the next name, its letters are made a
            // little smaller (by at most a twentieth).
            let size = lane_name_size(line, lane.width)
                .map_or(String::new(), |s| format!(r#" font-size="{s}""#));
            let _ = writeln!(
                out,
                r##"  <text x="{}" y="{}" text-anchor="middle" font-weight="bold"{size} fill="{}">{}</text>"##,
                px(lane.x) + px(lane.width) / 2.0,
                py(i) + CH * 0.75,
                LANE_STROKES[k % 6],
                escape(line)
            );
        }
    }
    for (k, lane) in layout.lanes.iter().enumerate().filter(|_| !down) {
        let _ = writeln!(
            out,
            r##"  <rect x="0" y="{}" width="{w}" height="{}" fill="{}" stroke="#d0d4da"/>"##,
            py(lane.y),
            (lane.height + 1) as f64 * CH,
            LANE_FILLS[k % 2]
        );
        for (i, line) in lane.label.iter().enumerate() {
            let _ = writeln!(
                out,
                r##"  <text x="6" y="{}" font-weight="bold" fill="{}">{}</text>"##,
                py(lane.y + i) + CH * 0.75,
                LANE_STROKES[k % 6],
                escape(line)
            );
        }
    }
    // Running down with the phase names as rows: each name on the row
    // over its phase's first rank, clear of the flows, over a dashed line.
    for band in layout
        .bands
        .iter()
        .filter(|b| layout.phase_rows() && !b.name.is_empty())
    {
        let y = layout.columns[band.first_column].x.saturating_sub(1);
        let need = crate::text::width(&band.name) + 2;
        let (x, run) = layout.free_run(y, 0, layout.width, need);
        let name = crate::layout::shorten(&band.name, run.saturating_sub(2).max(1));
        let _ = writeln!(
            out,
            r##"  <line x1="0" y1="{0}" x2="{w}" y2="{0}" stroke="#999" stroke-dasharray="2 3"/><rect x="{1}" y="{2}" width="{3}" height="{CH}" fill="white"/><text x="{4}" y="{5}" font-weight="bold">{6}</text>"##,
            py(y) + CH / 2.0,
            px(x),
            py(y),
            px(run.min(need)),
            px(x) + CW,
            py(y) + CH * 0.75,
            escape(&name)
        );
    }
    // Flows; the numbers of their labels over all of them.
    let mut numbers = String::new();
    for e in &layout.edges {
        let (s, t) = (&layout.boxes[e.from], &layout.boxes[e.to]);
        let mut points: Vec<(f64, f64)> = if down {
            e.points
                .iter()
                .map(|&(x, y)| (px(x) + CW / 2.0, py(y) + CH / 2.0))
                .collect()
        } else {
            e.points
                .iter()
                .map(|&(x, y)| (px(x), py(y) + CH / 2.0))
                .collect()
        };
        // From the edge of the source's box to the edge of the target's,
        // straight out of the one and into the other: where the path's
        // first or last cell is a turn, a part is added to the edge.
        if let (Some(&(x, y)), Some(&(lx, ly))) = (points.first(), points.last()) {
            let (from, into) = match down {
                true => (
                    (x, py(s.y + s.height) - CH * 0.25),
                    (lx, py(t.y) + CH * 0.25),
                ),
                false => ((px(s.x + s.width), y), (px(t.x), ly)),
            };
            let straight = |a: (f64, f64), b: (f64, f64)| match down {
                true => a.0 == b.0,
                false => a.1 == b.1,
            };
            let n = points.len();
            match n >= 2 && straight(points[n - 2], points[n - 1]) {
                true => points[n - 1] = into,
                false => points.push(into),
            }
            match points.len() >= 2 && straight(points[0], points[1]) {
                true => points[0] = from,
                false => points.insert(0, from),
            }
        }
        let list: Vec<String> = points.iter().map(|(x, y)| format!("{x},{y}")).collect();
        let dash = if e.back {
            r##" stroke-dasharray="5,3""##
        } else {
            ""
        };
        let _ = writeln!(
            out,
            r##"  <polyline points="{}" fill="none" stroke="#333" stroke-width="1.3"{dash} marker-end="url(#arrow)"/>"##,
            list.join(" ")
        );
        if let Some((x, y)) = e.label_at {
            let _ = writeln!(
                out,
                r##"  <text x="{}" y="{}" font-size="11" fill="#444">{}</text>"##,
                px(x),
                py(y) + CH * 0.45,
                escape(&e.label)
            );
        }
        if let (Some(n), Some((x, y))) = (e.reference, e.reference_at) {
            // On its own cells of the flow, over a patch of white so the
            // line does not strike through it.
            let cells = n.to_string().len() as f64;
            let _ = writeln!(
                numbers,
                r##"  <rect x="{}" y="{}" width="{}" height="{}" fill="white"/><text x="{}" y="{}" font-size="12" font-weight="bold" fill="#000">{n}</text>"##,
                px(x) - 1.0,
                py(y) + CH * 0.5 - 7.0,
                cells * CW + 2.0,
                14.0,
                px(x),
                py(y) + CH * 0.5 + 4.5
            );
        }
    }
    out.push_str(&numbers);
    // Boxes.
    for b in &layout.boxes {
        let color = LANE_STROKES[b.lane % 6];
        let _ = writeln!(
            out,
            r##"  <rect x="{}" y="{}" width="{}" height="{}" rx="6" fill="white" stroke="{color}" stroke-width="1.5"/>"##,
            px(b.x),
            py(b.y) + CH * 0.25,
            px(b.width),
            (b.height as f64 - 0.5) * CH
        );
        for (i, line) in b.lines.iter().enumerate() {
            let _ = writeln!(
                out,
                r##"  <text x="{}" y="{}" text-anchor="middle">{}</text>"##,
                px(b.x) + px(b.width) / 2.0,
                py(b.y + 1 + i) + CH * 0.75,
                escape(line)
            );
        }
    }
    // References.
    let mut y = py(layout.height) + CH;
    for r in &layout.references {
        let _ = writeln!(
            out,
            r##"  <text x="8" y="{y}" font-size="11">{}  {}</text>"##,
            r.number,
            escape(&r.text)
        );
        y += CH;
    }
    out.push_str("</svg>\n");
    out
}
