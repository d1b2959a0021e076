//! One section of the text diagram of a chain running down: the lane names
//! on top of their columns, the phase names at the left of their rows, the
//! chain drawn rank by rank. A rank with nothing of it in the section takes
//! one line (runs of them together), with the flows that pass through.

use std::io::{self, Write};

use super::canvas::{Band, paint_parts};
use super::sections::{Sections, bands};
use super::text::{Painter, markers, markers_on};
use crate::layout::{Cut, Layout, shorten};
use crate::text::{width, wrap};

/// Draws section `s` (a run of lanes) of a layout running down.
pub(super) fn draw_section(
    painter: &mut Painter,
    layout: &Layout,
    (section, index, s): (&Cut, &Sections, usize),
    out: &mut dyn Write,
) -> io::Result<()> {
    let glyphs = painter.glyphs;
    let label = layout.label_width;
    let grid_width = label + section.left + (section.x1 - section.x0) + section.right;
    let to_grid = |x: usize| -> Option<usize> {
        (x >= section.x0 && x < section.x1).then(|| label + section.left + x - section.x0)
    };
    let horizontal = glyphs.horizontal().to_string();
    let vertical = glyphs.vertical().to_string();
    let lanes = section.first_column..=section.last_column;
    // The lane separators: the column right of each lane but the last.
    let rules: Vec<usize> = lanes
        .clone()
        .filter(|&k| k + 1 < layout.lanes.len())
        .filter_map(|k| {
            let lane = &layout.lanes[k];
            to_grid(lane.x + lane.width)
        })
        .collect();

    // Which flows cross each cut: numbered markers at both sides.
    let crossing_rows = |cut: usize| -> Vec<(usize, bool)> {
        let mut rows = Vec::new();
        for e in index.flows(s).iter().map(|&i| &layout.edges[i]) {
            for w in e.points.windows(2) {
                let (a, b) = (w[0], w[1]);
                if a.1 == b.1 && a.0 != b.0 && a.0.min(b.0) < cut && cut <= a.0.max(b.0) {
                    rows.push((a.1, b.0 > a.0));
                }
            }
        }
        rows.sort_unstable();
        rows.dedup();
        rows
    };
    let left_markers = if section.left > 0 {
        crossing_rows(section.x0)
    } else {
        Vec::new()
    };
    let right_markers = if section.right > 0 {
        crossing_rows(section.x1)
    } else {
        Vec::new()
    };

    // Header: the lane names over their columns, a rule under them. With
    // the phase names as rows, the name of a phase that starts at the
    // first rank stands on the rule, at the left: the rule is its row.
    if layout.header_height > 0 {
        let rows = layout.header_height;
        let mut band = painter.new_band(0, rows);
        band.rules = rules.clone();
        let first_phase = layout
            .bands
            .iter()
            .find(|b| on_rule(layout, b) && !b.name.is_empty());
        let mut on_rule = 0..0;
        if let (Some(b), Some(gx)) = (first_phase, to_grid(section.x0)) {
            let room = (section.x1 - section.x0).saturating_sub(2);
            let text = format!(" {} ", fitted(&b.name, room, glyphs.ascii));
            band.text(gx, rows - 1, &text, 0);
            on_rule = section.x0..section.x0 + width(&text);
        }
        for k in lanes.clone() {
            let lane = &layout.lanes[k];
            let Some(g0) = to_grid(lane.x) else {
                continue;
            };
            let color = (k % 6) as u8 + 1;
            for (i, line) in lane.label.iter().enumerate() {
                let pad = lane.width.saturating_sub(width(line)) / 2;
                band.text(g0 + pad, i, line, color);
            }
            // The rule, where the phase name leaves it room.
            let end = lane.x + lane.width;
            for (a, b) in [
                (lane.x, end.min(on_rule.start)),
                (lane.x.max(on_rule.end), end),
            ] {
                if let (Some(ga), true) = (to_grid(a), a < b) {
                    band.text(ga, rows - 1, &horizontal.repeat(b - a), 0);
                }
            }
        }
        painter.band(band, grid_width, out)?;
    }

    // The phase names, wrapped to the label column, and the first row of
    // each phase band.
    let units = bands(layout);
    let name_width = label.saturating_sub(3).max(1);
    let names: Vec<Vec<String>> = layout
        .bands
        .iter()
        .map(|b| {
            if layout.phase_rows() || b.name.is_empty() {
                Vec::new()
            } else {
                wrap(&b.name, name_width)
            }
        })
        .collect();
    let band_rows: Vec<(usize, usize)> = layout
        .bands
        .iter()
        .map(|b| (units[b.first_column].0, units[b.last_column].1))
        .collect();
    // How many lines of each phase name are written in this section.
    let mut written = vec![0usize; names.len()];
    // A phase whose name stands on the rule.
    for (b, band) in layout.bands.iter().enumerate() {
        if on_rule(layout, band) {
            written[b] = 1;
        }
    }
    let marked = |y0: usize, y1: usize| {
        [&left_markers, &right_markers]
            .iter()
            .any(|list| !markers_on(list, y0..y1 + 1).is_empty())
    };
    let busy = |u: usize| -> Option<Vec<usize>> {
        let (y0, y1) = units[u];
        if marked(y0, y1) {
            None
        } else {
            passes_only(
                layout,
                (y0, y1),
                section,
                &index.edges(s, u),
                &index.boxes(s, u),
            )
        }
    };

    // With the phase names as rows: a name on row `y`, clear of the flows
    // across it, cut where the section has no room for it whole.
    let phase_rows = layout.phase_rows();
    let name_on = |band: &mut Band, b: usize, y: usize| {
        let name = &layout.bands[b].name;
        let (x, run) = layout.free_run(y, section.x0, section.x1, width(name) + 2);
        let Some(gx) = to_grid(x).filter(|_| run >= 3) else {
            return;
        };
        let name = fitted(name, run - 2, glyphs.ascii);
        band.text(gx, y, &format!(" {name} "), 0);
    };

    let mut next = 0;
    while next < units.len() {
        let u = next;
        next += 1;
        if let Some(mut passing) = busy(u) {
            // Nothing of these ranks stands in the section: one line for
            // them all, over a rule, with the flows that pass through.
            loop {
                next = index.next_busy(s, next, units.len());
                let Some(also) = (next < units.len()).then(|| busy(next)).flatten() else {
                    break;
                };
                passing.extend(also);
                next += 1;
            }
            let y = units[next - 1].1;
            let mut band = painter.new_band(y, 1);
            band.ruled[0] = true;
            if let Some(b) = layout.columns[u].band {
                if written[b] == 0 && !names[b].is_empty() {
                    let name = fitted(&names[b].join(" "), name_width, glyphs.ascii);
                    let pad = label.saturating_sub(width(&name));
                    band.text(0, y, &name, 0);
                    band.text(width(&name), y, &" ".repeat(pad), 0);
                    written[b] = names[b].len();
                } else if phase_rows && written[b] == 0 {
                    name_on(&mut band, b, y);
                    written[b] = 1;
                }
            }
            passing.sort_unstable();
            passing.dedup();
            for x in passing {
                if let Some(gx) = to_grid(x) {
                    band.text(gx, y, &vertical, 0);
                }
            }
            painter.band(band, grid_width, out)?;
            continue;
        }
        let (y0, y1) = units[u];
        let mut band = painter.new_band(y0, y1 + 1 - y0);
        band.rules = rules.clone();
        band.squash = true;
        if let Some(b) = layout.columns[u].band {
            let row = layout.columns[u].x.wrapping_sub(1);
            if phase_rows && u == layout.bands[b].first_column && written[b] == 0 {
                if (y0..=y1).contains(&row) {
                    band.ruled[row - y0] = true;
                    name_on(&mut band, b, row);
                }
                written[b] = 1;
            }
            for y in y0..=y1 {
                if written[b] < names[b].len() {
                    band.text(0, y, &names[b][written[b]], 0);
                    written[b] += 1;
                }
                if label >= 2 && y != band_rows[b].0 && y != band_rows[b].1 {
                    band.text(label - 2, y, &vertical, 0);
                }
            }
        }
        paint_parts(
            &mut band,
            layout,
            y0..y1 + 1,
            (&index.boxes(s, u), &index.edges(s, u)),
            section.x0..section.x1,
            &to_grid,
            glyphs,
            &painter.marks,
        );
        markers(
            &mut band,
            glyphs,
            (&left_markers, &right_markers),
            label + section.left,
            grid_width - section.right,
        );
        painter.band(band, grid_width, out)?;
    }
    Ok(())
}

/// Whether the name of phase band `band` stands on the rule under the
/// lane names: with the phase names as rows, where the phase starts at the
/// first rank and no row of its own is over that rank.
fn on_rule(layout: &Layout, band: &crate::layout::Band) -> bool {
    layout.phase_rows()
        && band.first_column == 0
        && layout
            .columns
            .first()
            .is_some_and(|c| c.x == layout.header_height)
}

/// A phase name cut to `room` cells where it must be, with `…` (with
/// `--ascii`, `~`).
fn fitted(name: &str, room: usize, ascii: bool) -> String {
    let mut name = shorten(name, room);
    if ascii && name.ends_with('…') {
        name.pop();
        name.push('~');
    }
    name
}

/// Where nothing stands in rows `y0..=y1` of a section (no box, no
/// horizontal part of a flow, no label, number or arrowhead), the columns
/// where flows pass straight through; `None` where something stands.
fn passes_only(
    layout: &Layout,
    (y0, y1): (usize, usize),
    section: &Cut,
    edges: &[usize],
    boxes: &[usize],
) -> Option<Vec<usize>> {
    let xs = section.x0..section.x1;
    if boxes.iter().any(|&b| {
        let b = &layout.boxes[b];
        b.x < xs.end && xs.start < b.x + b.width
    }) {
        return None;
    }
    let rows = y0..y1 + 1;
    let mut passing = Vec::new();
    for e in edges.iter().map(|&i| &layout.edges[i]) {
        let spots = [e.label_at, e.reference_at];
        if spots
            .iter()
            .flatten()
            .any(|&(x, y)| rows.contains(&y) && x < xs.end && xs.start <= x + width(&e.label) + 1)
        {
            return None;
        }
        for w in e.points.windows(2) {
            let (a, b) = (w[0], w[1]);
            let (lo, hi) = (a.0.min(b.0), a.0.max(b.0));
            if a.1 == b.1 {
                if rows.contains(&a.1) && lo < xs.end && xs.start <= hi {
                    return None;
                }
            } else if xs.contains(&a.0) && a.1.min(b.1) < y0 && a.1.max(b.1) > y1 {
                passing.push(a.0);
            } else if xs.contains(&a.0) && a.1.min(b.1) <= y1 && a.1.max(b.1) >= y0 {
                // A flow starts, turns or ends in these rows.
                return None;
            }
        }
    }
    Some(passing)
}
