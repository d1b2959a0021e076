//! The chain as text: Unicode box drawing or plain ASCII, cut into sections
//! that fit a page width, with colour per lane when asked for.
//!
//! Drawing goes band by band (the phase header, then each lane) and row by
//! row, from a sorted list of what stands on the row: line parts of flows
//! and opaque pieces of text (boxes, labels, arrowheads, lane names). The
//! empty stretches between them are written in bulk, so the cost follows
//! what is drawn rather than the size of the page, and memory stays that of
//! one band however long the chain. Same input, same bytes out.

use std::io::{self, Write};

use super::canvas::{Band, Glyphs, Item, Marks, Piece, composite, paint_lane_parts};
use super::sections::Sections;
use crate::layout::{Cut, Layout, Orientation, shorten};
use crate::model::Model;
use crate::text::{sanitize, width, wrap};

/// How to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextOptions {
    /// No output line is wider than this many cells.
    pub width: usize,
    /// Draw with `+ - | > <` only.
    pub ascii: bool,
    /// Colour each lane (ANSI escape sequences).
    pub color: bool,
    /// Show on each step where a KPI is measured the KPI's status.
    pub kpis: bool,
}

/// A drawn diagram, for callers that want it as a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawing {
    pub text: String,
    pub sections: usize,
}

/// Draws the model's name, client question and chain diagram, and says in
/// how many sections the chain was cut.
pub fn draw(
    model: &Model,
    layout: &Layout,
    options: &TextOptions,
    out: &mut dyn Write,
) -> io::Result<usize> {
    let glyphs = Glyphs {
        ascii: options.ascii,
    };
    let page = options.width.max(40);
    let mut head = String::new();
    for line in wrap(&sanitize(&model.name), page) {
        head.push_str(&line);
        head.push('\n');
    }
    if !model.client_question.is_empty() {
        for line in wrap(&sanitize(&model.client_question), page) {
            head.push_str(&line);
            head.push('\n');
        }
    }
    out.write_all(head.as_bytes())?;
    if layout.boxes.is_empty() {
        out.write_all(b"\n(no steps yet)\n")?;
        return Ok(0);
    }
    let sections = layout.cuts(page);
    let mut painter = Painter {
        glyphs: &glyphs,
        color: options.color,
        page,
        buf: Vec::with_capacity(1 << 16),
        marks: if options.kpis {
            model.step_statuses()
        } else {
            Marks::default()
        },
        previous: Vec::new(),
        spare: Spare::default(),
    };
    let index = Sections::of(layout, &sections);
    for (k, section) in sections.iter().enumerate() {
        painter.buf.push(b'\n');
        if sections.len() > 1 {
            painter
                .buf
                .extend_from_slice(format!("({} of {})\n", k + 1, sections.len()).as_bytes());
        }
        match layout.orientation {
            Orientation::Right => draw_section(&mut painter, layout, (section, &index, k), out)?,
            Orientation::Down => {
                super::down::draw_section(&mut painter, layout, (section, &index, k), out)?
            }
        }
    }
    if !layout.references.is_empty() {
        painter.buf.push(b'\n');
        let number_width = width(&layout.references.len().to_string());
        if layout.orientation == Orientation::Down {
            legend_columns(&mut painter.buf, layout, page);
            out.write_all(&painter.buf)?;
            return Ok(sections.len());
        }
        for r in &layout.references {
            let head = format!("{:>number_width$}  ", r.number);
            let indent = " ".repeat(head.len());
            let lines = wrap(&r.text, page.saturating_sub(head.len()).max(10));
            for (i, line) in lines.into_iter().enumerate() {
                painter.buf.extend_from_slice(if i == 0 {
                    head.as_bytes()
                } else {
                    indent.as_bytes()
                });
                painter.buf.extend_from_slice(line.as_bytes());
                painter.buf.push(b'\n');
            }
        }
    }
    out.write_all(&painter.buf)?;
    Ok(sections.len())
}

/// [`draw`] into a string.
pub fn draw_string(model: &Model, layout: &Layout, options: &TextOptions) -> Drawing {
    let mut out = Vec::new();
    let sections = draw(model, layout, options, &mut out).unwrap_or(0);
    Drawing {
        text: String::from_utf8(out).unwrap_or_default(),
        sections,
    }
}

/// Whether a written row holds nothing but blanks, straight lines and lane
/// rules (`│`, `┊`, `|`, `:`), read from its bytes.
fn only_straight_lines(row: &[u8]) -> bool {
    // `│` is E2 94 82 and `┊` is E2 94 8A in UTF-8.
    let mut i = 0;
    while i < row.len() {
        match row[i] {
            b' ' | b'\n' | b'|' | b':' => i += 1,
            0xE2 if matches!(row.get(i + 1..i + 3), Some([0x94, 0x82 | 0x8A])) => i += 3,
            _ => return false,
        }
    }
    true
}

/// Writes rows: the glyphs, colour, page width and the output buffer.
pub(super) struct Painter<'g> {
    pub glyphs: &'g Glyphs,
    pub color: bool,
    pub page: usize,
    pub buf: Vec<u8>,
    /// The KPI status shown on boxes.
    pub marks: Marks,
    /// The last row written, where it may be left out again.
    pub previous: Vec<u8>,
    /// What the bands written so far leave for the next, emptied.
    pub spare: Spare,
}

/// The row lists and text arena of bands already written, kept for the
/// next band: a picture of many bands allocates them once.
#[derive(Default)]
pub(super) struct Spare {
    rows: Vec<Vec<Item>>,
    arena: String,
}

impl Painter<'_> {
    /// Writes `n` cells of background: blank, or the lane separator.
    fn fill(&mut self, ruled: bool, n: usize) {
        if !ruled || n == 0 {
            self.buf.resize(self.buf.len() + n, b' ');
            return;
        }
        let mut tmp = [0u8; 4];
        let rule = self.glyphs.rule().encode_utf8(&mut tmp).as_bytes();
        let (start, bytes) = (self.buf.len(), rule.len() * n);
        self.buf.reserve(bytes);
        self.buf.extend_from_slice(rule);
        // Double the written run until it is long enough.
        while self.buf.len() - start < bytes {
            let have = self.buf.len() - start;
            let take = have.min(bytes - have);
            self.buf.extend_from_within(start..start + take);
        }
    }

    /// Leaves out the row just written from `start` where it holds nothing
    /// but straight lines and rules and is the row before it again.
    fn squash(&mut self, start: usize) {
        let row = &self.buf[start..];
        let plain = only_straight_lines(row);
        if plain && row == self.previous.as_slice() {
            self.buf.truncate(start);
            return;
        }
        self.previous.clear();
        if plain {
            self.previous.extend_from_slice(&self.buf[start..]);
        }
    }

    /// Writes the background from cell `from` to `to`: blank, or the lane
    /// separator, with the separator columns `rules` among it.
    /// `next` is where in `rules` to start looking: a row is written left
    /// to right, so the rules left of `from` are passed only once.
    fn gap(&mut self, ruled: bool, (rules, next): (&[usize], &mut usize), from: usize, to: usize) {
        let mut at = from;
        while *next < rules.len() && rules[*next] < from {
            *next += 1;
        }
        if !ruled {
            let mut tmp = [0u8; 4];
            for &r in rules[*next..].iter().take_while(|&&r| r < to) {
                self.fill(false, r - at);
                let rule = self.glyphs.column_rule().encode_utf8(&mut tmp);
                self.buf.extend_from_slice(rule.as_bytes());
                at = r + 1;
            }
        }
        self.fill(ruled, to - at);
    }

    /// A band for rows `y0..y0 + rows`, from what earlier bands left.
    pub(super) fn new_band(&mut self, y0: usize, rows: usize) -> Band {
        let mut band = Band::new(y0, 0);
        band.rows
            .extend((0..rows).map(|_| self.spare.rows.pop().unwrap_or_default()));
        band.ruled = vec![false; rows];
        band.arena = std::mem::take(&mut self.spare.arena);
        band
    }

    /// Writes the rows of a band, each cut to `limit` cells (the section),
    /// and keeps its emptied rows and arena for the next band.
    pub(super) fn band(
        &mut self,
        mut band: Band,
        limit: usize,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let limit = limit.min(self.page);
        let mut tmp = [0u8; 4];
        let rules = std::mem::take(&mut band.rules);
        for (r, items) in band.rows.iter_mut().enumerate() {
            let ruled = band.ruled[r];
            let row_start = self.buf.len();
            let mut cursor = 0usize;
            let mut next_rule = 0usize;
            let arena = &band.arena;
            composite(items, |piece| match piece {
                Piece::Lines { x, .. } if x >= limit => false,
                Piece::Text(t) => {
                    let x = t.x as usize;
                    // Text that does not fit whole ends the row.
                    if x + t.width as usize > limit {
                        return false;
                    }
                    self.gap(ruled, (&rules, &mut next_rule), cursor, x);
                    let text = &arena[t.start as usize..(t.start + t.len) as usize];
                    let colored = self.color && t.color > 0;
                    if colored {
                        self.buf
                            .extend_from_slice(format!("\x1b[{}m", 30 + t.color).as_bytes());
                    }
                    self.buf.extend_from_slice(text.as_bytes());
                    if colored {
                        self.buf.extend_from_slice(b"\x1b[0m");
                    }
                    cursor = x + t.width as usize;
                    true
                }
                Piece::Lines { x, bits } => {
                    self.gap(ruled, (&rules, &mut next_rule), cursor, x);
                    let glyph = self.glyphs.lines(bits);
                    self.buf
                        .extend_from_slice(glyph.encode_utf8(&mut tmp).as_bytes());
                    cursor = x + 1;
                    true
                }
            });
            if ruled && cursor < limit {
                self.fill(true, limit - cursor);
            } else if let Some(&last) = rules.iter().rev().find(|&&r| r < limit) {
                if cursor <= last {
                    self.gap(false, (&rules, &mut next_rule), cursor, last + 1);
                }
            }
            self.buf.push(b'\n');
            if band.squash {
                self.squash(row_start);
            } else {
                self.previous.clear();
            }
            if self.buf.len() > 1 << 16 {
                out.write_all(&self.buf)?;
                self.buf.clear();
            }
            items.clear();
        }
        band.arena.clear();
        self.spare.rows.append(&mut band.rows);
        self.spare.arena = band.arena;
        Ok(())
    }
}

fn draw_section(
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

    // Which flows cross each cut: numbered markers at both sides.
    let crossing_rows = |cut: usize| -> Vec<(usize, bool)> {
        let mut rows = Vec::new();
        for e in index.flows(s).iter().map(|&i| &layout.edges[i]) {
            for w in e.points.windows(2) {
                let (a, b) = (w[0], w[1]);
                // A run that reaches the cut from the left, or leaves a box
                // whose right border is the cut.
                if a.1 == b.1 && a.0 != b.0 && a.0.min(b.0) <= cut && cut <= a.0.max(b.0) {
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

    // Header: the phase names over their columns.
    if layout.header_height > 0 {
        let mut band = painter.new_band(0, layout.header_height);
        for phase in &layout.bands {
            let (a, b) = (
                &layout.columns[phase.first_column],
                &layout.columns[phase.last_column],
            );
            let (x0, x1) = (a.channel_x.max(section.x0), (b.x + b.width).min(section.x1));
            if x0 >= x1 {
                continue;
            }
            let (Some(g0), Some(g1)) = (to_grid(x0), to_grid(x1 - 1).map(|g| g + 1)) else {
                continue;
            };
            let span = g1 - g0;
            let name = shorten(&phase.name, span.saturating_sub(2));
            let start = g0 + (span - width(&name)) / 2;
            band.text(start, 0, &name, 0);
            if span > 2 {
                band.text(g0 + 1, 1, &horizontal.repeat(span - 2), 0);
            }
        }
        painter.band(band, grid_width, out)?;
    }

    // Lanes, one band each: the lane's rows and its separator line.
    let empty = |lane_index: usize| -> Option<Vec<usize>> {
        let lane = &layout.lanes[lane_index];
        let rows = lane.y..lane.y + lane.height + 1;
        let marked = left_markers
            .iter()
            .chain(&right_markers)
            .any(|(y, _)| rows.contains(y));
        if marked {
            None
        } else {
            passes_only(layout, lane_index, section, index, s)
        }
    };
    let lanes = layout.lanes.len();
    let mut next = 0;
    while next < layout.lanes.len() {
        let lane_index = next;
        let lane = &layout.lanes[lane_index];
        next += 1;
        let y0 = lane.y;
        let y1 = lane.y + lane.height + 1;
        let lane_color = (lane_index % 6) as u8 + 1;
        if let Some(mut passing) = empty(lane_index) {
            // Nothing of the lane stands in this section, nor of the empty
            // lanes after it: one line for them all, the first one's name
            // cut to the label column (and how many more), over a
            // separator, with the flows that pass through.
            let mut more = 0;
            loop {
                // Lanes with nothing at all in the section, at once.
                let busy = index.next_busy(s, next, lanes);
                more += busy - next;
                next = busy;
                let Some(also) = (next < lanes).then(|| empty(next)).flatten() else {
                    break;
                };
                passing.extend(also);
                more += 1;
                next += 1;
            }
            let y = layout.lanes[next - 1].y + layout.lanes[next - 1].height;
            let mut band = painter.new_band(y, 1);
            band.ruled[0] = true;
            if label > 0 {
                let suffix = if more > 0 {
                    format!(" +{more}")
                } else {
                    String::new()
                };
                let room = (label - 3).saturating_sub(suffix.len());
                let mut name = shorten(&lane.label.join(" "), room);
                if glyphs.ascii && name.ends_with('…') {
                    name.pop();
                    name.push('~');
                }
                name.push_str(&suffix);
                let pad = (label - 2).saturating_sub(width(&name));
                band.text(0, y, &name, lane_color);
                band.text(width(&name), y, &" ".repeat(pad), 0);
                band.text(label - 2, y, &vertical, 0);
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
        let mut band = painter.new_band(y0, y1 - y0);
        band.ruled[y1 - y0 - 1] = true;
        for (i, line) in lane.label.iter().enumerate() {
            band.text(0, y0 + i, line, lane_color);
        }
        if label > 0 {
            for y in y0..y1 - 1 {
                band.text(label - 2, y, &vertical, 0);
            }
        }
        paint_lane_parts(
            &mut band,
            layout,
            lane_index,
            (&index.boxes(s, lane_index), &index.edges(s, lane_index)),
            section.x0..section.x1,
            &to_grid,
            glyphs,
            &painter.marks,
        );
        // Markers where flows run on into the next section or came from the last.
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

/// Where nothing of a lane stands in a section (no box, no horizontal part
/// of a flow, no label or number), the columns where flows pass straight
/// through its rows; `None` where something stands.
fn passes_only(
    layout: &Layout,
    lane: usize,
    section: &Cut,
    index: &Sections,
    s: usize,
) -> Option<Vec<usize>> {
    let l = &layout.lanes[lane];
    let (y0, y1) = (l.y, l.y + l.height + 1);
    let xs = section.x0..section.x1;
    if index.boxes(s, lane).iter().any(|&b| {
        let b = &layout.boxes[b];
        b.x < xs.end && xs.start < b.x + b.width
    }) {
        return None;
    }
    let mut passing = Vec::new();
    for e in index.edges(s, lane).iter().map(|&i| &layout.edges[i]) {
        let spots = [e.label_at, e.reference_at];
        if spots
            .iter()
            .flatten()
            .any(|&(x, y)| (y0..y1).contains(&y) && x < xs.end && xs.start <= x + width(&e.label))
        {
            return None;
        }
        for w in e.points.windows(2) {
            let (a, b) = (w[0], w[1]);
            let (lo, hi) = (a.0.min(b.0), a.0.max(b.0));
            if a.1 == b.1 {
                if (y0..y1).contains(&a.1) && lo < xs.end && xs.start <= hi {
                    return None;
                }
            } else if xs.contains(&a.0) && a.1.min(b.1) < y0 && a.1.max(b.1) >= y1 {
                passing.push(a.0);
            } else if xs.contains(&a.0) && a.1.min(b.1) < y1 && a.1.max(b.1) >= y0 {
                // A flow turns inside the lane.
                return None;
            }
        }
    }
    passing.sort_unstable();
    passing.dedup();
    Some(passing)
}

/// The labels listed under a picture running down: in as many columns as
/// the page holds (each as wide as its widest label), the numbers running
/// down each column; one column where a label is wider than half the page.
fn legend_columns(buf: &mut Vec<u8>, layout: &Layout, page: usize) {
    let number_width = width(&layout.references.len().to_string());
    let entries: Vec<String> = layout
        .references
        .iter()
        .map(|r| format!("{:>number_width$}  {}", r.number, r.text))
        .collect();
    // The most columns, each as wide as its widest entry, three cells
    // apart, that fit the page.
    let widths = |columns: usize| -> Vec<usize> {
        let rows = entries.len().div_ceil(columns);
        entries
            .chunks(rows)
            .map(|c| c.iter().map(|e| width(e)).max().unwrap_or(0))
            .collect()
    };
    let fits = |ws: &[usize]| ws.iter().sum::<usize>() + 3 * ws.len().saturating_sub(1) <= page;
    let columns = (2..=entries.len())
        .rev()
        .find(|&k| fits(&widths(k)))
        .unwrap_or(1);
    if columns < 2 {
        let indent = " ".repeat(number_width + 2);
        for r in &layout.references {
            let lines = wrap(&r.text, page.saturating_sub(indent.len()).max(10));
            for (i, line) in lines.into_iter().enumerate() {
                if i == 0 {
                    buf.extend_from_slice(format!("{:>number_width$}  ", r.number).as_bytes());
                } else {
                    buf.extend_from_slice(indent.as_bytes());
                }
                buf.extend_from_slice(line.as_bytes());
                buf.push(b'\n');
            }
        }
        return;
    }
    let rows = entries.len().div_ceil(columns);
    let starts: Vec<usize> = widths(columns)
        .iter()
        .scan(0, |at, w| {
            let start = *at;
            *at += w + 3;
            Some(start)
        })
        .collect();
    for row in 0..rows {
        let mut line = String::new();
        for (column, start) in starts.iter().enumerate() {
            let Some(entry) = entries.get(column * rows + row) else {
                break;
            };
            if column > 0 {
                let pad = start - width(&line);
                line.push_str(&" ".repeat(pad));
            }
            line.push_str(entry);
        }
        buf.extend_from_slice(line.as_bytes());
        buf.push(b'\n');
    }
}

/// A marker's row and whether its flow runs right.
pub(super) type Marker = (usize, bool);

/// The places in `list`, sorted by row, of the markers on `rows`.
pub(super) fn markers_on(list: &[Marker], rows: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let from = list.partition_point(|m| m.0 < rows.start);
    let to = list.partition_point(|m| m.0 < rows.end);
    from..to.max(from)
}

/// The numbered markers of a section: `1▶─` at the left edge (ending at
/// cell `left`) where a flow came from the last section, `─▶1` at the
/// right edge (from cell `right`) where one runs on into the next; each
/// marker `(row, rightward)`.
pub(super) fn markers(
    band: &mut Band,
    glyphs: &Glyphs,
    (left_markers, right_markers): (&[Marker], &[Marker]),
    left: usize,
    right: usize,
) {
    // Only the markers on the band's rows; a marker's number is its place
    // in the whole list.
    let rows = band.y0..band.y0 + band.rows.len();
    let on_band = |list: &[Marker]| markers_on(list, rows.clone());
    for k in on_band(left_markers) {
        let (y, rightward) = left_markers[k];
        let text = format!(
            "{}{}{}",
            k + 1,
            glyphs.arrow(rightward),
            glyphs.horizontal()
        );
        band.text(left - width(&text), y, &text, 0);
    }
    for k in on_band(right_markers) {
        let (y, rightward) = right_markers[k];
        let text = format!(
            "{}{}{}",
            glyphs.horizontal(),
            glyphs.arrow(rightward),
            k + 1
        );
        band.text(right, y, &text, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Reading the bytes answers as reading the characters does, on
        /// rows of lines, rules, blanks and characters that share their
        /// first bytes (`─`, `┈`, `▶`) or are no UTF-8 at all.
        #[test]
        fn a_row_of_straight_lines_is_found_in_its_bytes(
            text in "[ \n│┊|:─┈▶┼a]{0,12}",
            cut in 0usize..3,
        ) {
            let bytes = text.as_bytes();
            let row = &bytes[..bytes.len().saturating_sub(cut)];
            let by_chars = std::str::from_utf8(row).is_ok_and(|r| {
                r.chars().all(|c| matches!(c, ' ' | '\n' | '│' | '┊' | '|' | ':'))
            });
            prop_assert_eq!(only_straight_lines(row), by_chars);
        }
    }
}
