//! The chain as text: Unicode box drawing or plain ASCII, cut into sections
//! that fit a page width, with colour per lane when asked for.
//!
//! Drawing goes band by band (the header, then each lane), so memory stays
//! proportional to one band however long the chain; the output is built as
//! one string, the same bytes for the same input.

use std::fmt::Write as _;

use crate::layout::{Edge, Layout};
use crate::model::Model;
use crate::text::{graphemes, sanitize, width, wrap};

/// How to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextOptions {
    /// No output line is wider than this many cells.
    pub width: usize,
    /// Draw with `+ - | > <` only.
    pub ascii: bool,
    /// Colour each lane (ANSI escape sequences).
    pub color: bool,
}

/// A drawn diagram.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawing {
    pub text: String,
    pub sections: usize,
}

const UP: u8 = 1;
const DOWN: u8 = 2;
const LEFT: u8 = 4;
const RIGHT: u8 = 8;

/// One cell of a band being drawn.
#[derive(Debug, Clone, Default)]
enum Cell {
    #[default]
    Blank,
    /// Line parts meeting in the cell, as UP | DOWN | LEFT | RIGHT.
    Lines(u8),
    /// A lane separator.
    Rule,
    Glyph(char),
    /// A grapheme of text (one or two cells wide).
    Text(Box<str>),
    /// The second cell of a wide grapheme.
    Covered,
}

#[derive(Debug, Clone)]
struct Band {
    width: usize,
    y0: usize,
    cells: Vec<Cell>,
    colors: Vec<u8>,
}

impl Band {
    fn new(width: usize, y0: usize, rows: usize) -> Band {
        Band {
            width,
            y0,
            cells: vec![Cell::Blank; width * rows],
            colors: vec![0; width * rows],
        }
    }

    fn rows(&self) -> usize {
        self.cells.len() / self.width.max(1)
    }

    fn at(&mut self, x: usize, y: usize) -> Option<usize> {
        let row = y.checked_sub(self.y0)?;
        (x < self.width && row < self.rows()).then(|| row * self.width + x)
    }

    fn lines(&mut self, x: usize, y: usize, bits: u8) {
        if let Some(i) = self.at(x, y) {
            self.cells[i] = match &self.cells[i] {
                Cell::Lines(b) => Cell::Lines(b | bits),
                _ => Cell::Lines(bits),
            };
        }
    }

    fn put(&mut self, x: usize, y: usize, cell: Cell, color: u8) {
        if let Some(i) = self.at(x, y) {
            self.cells[i] = cell;
            self.colors[i] = color;
        }
    }

    /// Writes text from `x`, one grapheme per cell (two for wide ones),
    /// stopping before `limit`.
    fn text(&mut self, x: usize, y: usize, text: &str, limit: usize, color: u8) {
        let mut at = x;
        for (g, w) in graphemes(text) {
            if w == 0 || at + w > limit {
                if at + w > limit {
                    break;
                }
                continue;
            }
            self.put(at, y, Cell::Text(g.into()), color);
            if w == 2 {
                self.put(at + 1, y, Cell::Covered, color);
            }
            at += w;
        }
    }
}

/// The glyphs of a style.
struct Glyphs {
    ascii: bool,
}

impl Glyphs {
    fn lines(&self, bits: u8) -> char {
        if self.ascii {
            return match bits {
                b if b == LEFT || b == RIGHT || b == LEFT | RIGHT => '-',
                b if b == UP || b == DOWN || b == UP | DOWN => '|',
                0 => ' ',
                _ => '+',
            };
        }
        match bits {
            0 => ' ',
            b if b & (UP | DOWN) == 0 => '─',
            b if b & (LEFT | RIGHT) == 0 => '│',
            b if b == DOWN | RIGHT => '┌',
            b if b == DOWN | LEFT => '┐',
            b if b == UP | RIGHT => '└',
            b if b == UP | LEFT => '┘',
            b if b == UP | DOWN | RIGHT => '├',
            b if b == UP | DOWN | LEFT => '┤',
            b if b == DOWN | LEFT | RIGHT => '┬',
            b if b == UP | LEFT | RIGHT => '┴',
            _ => '┼',
        }
    }

    fn corner(&self, which: u8) -> char {
        if self.ascii { '+' } else { self.lines(which) }
    }

    fn horizontal(&self) -> char {
        if self.ascii { '-' } else { '─' }
    }

    fn vertical(&self) -> char {
        if self.ascii { '|' } else { '│' }
    }

    fn rule(&self) -> char {
        if self.ascii { '-' } else { '┈' }
    }

    fn arrow(&self, right: bool) -> char {
        match (self.ascii, right) {
            (true, true) => '>',
            (true, false) => '<',
            (false, true) => '▶',
            (false, false) => '◀',
        }
    }
}

/// A range of columns printed together, and the cells it covers.
#[derive(Debug, Clone, Copy)]
struct Section {
    x0: usize,
    x1: usize,
    /// Room for markers at the left and right edges.
    left: usize,
    right: usize,
}

/// Draws the model's name, client question and chain diagram.
pub fn draw(model: &Model, layout: &Layout, options: &TextOptions) -> Drawing {
    let glyphs = Glyphs {
        ascii: options.ascii,
    };
    let page = options.width.max(20);
    let mut out = String::new();
    for line in wrap(&sanitize(&model.name), page) {
        out.push_str(&line);
        out.push('\n');
    }
    if !model.client_question.is_empty() {
        for line in wrap(&sanitize(&model.client_question), page) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    if layout.boxes.is_empty() {
        out.push_str("\n(no steps yet)\n");
        return Drawing {
            text: out,
            sections: 0,
        };
    }
    let sections = sections(layout, page);
    for (k, section) in sections.iter().enumerate() {
        out.push('\n');
        if sections.len() > 1 {
            let _ = writeln!(out, "({} of {})", k + 1, sections.len());
        }
        draw_section(&mut out, layout, section, &glyphs, options.color, page);
    }
    if !layout.references.is_empty() {
        out.push('\n');
        let number_width = width(&layout.references.len().to_string());
        for r in &layout.references {
            let head = format!("{:>number_width$}  ", r.number);
            let indent = " ".repeat(head.len());
            for (i, line) in wrap(&r.text, page.saturating_sub(head.len()).max(10))
                .into_iter()
                .enumerate()
            {
                out.push_str(if i == 0 { &head } else { &indent });
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    Drawing {
        text: out,
        sections: sections.len(),
    }
}

/// Cuts the columns into sections no wider than the page: as many columns
/// as fit, lane names repeated in each, markers where a flow crosses a cut.
fn sections(layout: &Layout, page: usize) -> Vec<Section> {
    let columns = &layout.columns;
    let marker = 2 + width(&layout.edges.len().max(1).to_string());
    let end_of = |c: usize| -> usize {
        if c + 1 == columns.len() {
            layout.width
        } else {
            columns[c].x + columns[c].width
        }
    };
    let mut out = Vec::new();
    let mut first = 0;
    while first < columns.len() {
        let left = if first > 0 { marker } else { 0 };
        let x0 = columns[first].channel_x;
        let mut last = first;
        while last + 1 < columns.len() {
            let next = last + 1;
            let right = if next + 1 < columns.len() { marker } else { 0 };
            if layout.label_width + left + (end_of(next) - x0) + right > page {
                break;
            }
            last = next;
        }
        let right = if last + 1 < columns.len() { marker } else { 0 };
        out.push(Section {
            x0,
            x1: end_of(last),
            left,
            right,
        });
        first = last + 1;
    }
    out
}

fn draw_section(
    out: &mut String,
    layout: &Layout,
    section: &Section,
    glyphs: &Glyphs,
    color: bool,
    page: usize,
) {
    let label = layout.label_width;
    let grid_width = label + section.left + (section.x1 - section.x0) + section.right;
    let to_grid = |x: usize| -> Option<usize> {
        (x >= section.x0 && x < section.x1).then(|| label + section.left + x - section.x0)
    };

    // Which flows cross each cut: numbered markers at both sides.
    let crossing_rows = |cut: usize| -> Vec<(usize, bool)> {
        let mut rows = Vec::new();
        for e in &layout.edges {
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
        let mut band = Band::new(grid_width, 0, layout.header_height);
        for phase in &layout.bands {
            let (a, b) = (
                &layout.columns[phase.first_column],
                &layout.columns[phase.last_column],
            );
            let (x0, x1) = (a.channel_x.max(section.x0), (b.x + b.width).min(section.x1));
            if x0 >= x1 {
                continue;
            }
            let (g0, g1) = (
                to_grid(x0).unwrap_or(label),
                to_grid(x1 - 1).unwrap_or(label) + 1,
            );
            let span = g1 - g0;
            let name = &phase.name;
            let name_width = width(name).min(span.saturating_sub(1));
            let start = g0 + (span.saturating_sub(name_width)) / 2;
            band.text(start, 0, name, start + name_width, 0);
            for x in g0 + 1..g1.saturating_sub(1) {
                band.put(x, 1, Cell::Glyph(glyphs.horizontal()), 0);
            }
        }
        emit(out, &band, glyphs, color, page);
    }

    // Lanes, one band each (the lane's rows and its separator line).
    for (lane_index, lane) in layout.lanes.iter().enumerate() {
        let y0 = lane.y;
        let y1 = lane.y + lane.height + 1;
        let mut band = Band::new(grid_width, y0, y1 - y0);
        let lane_color = (lane_index % 6) as u8 + 1;
        for (i, line) in lane.label.iter().enumerate() {
            band.text(
                0,
                y0 + i,
                line,
                label.saturating_sub(3).max(1),
                lane_color,
            );
        }
        for y in y0..y1 - 1 {
            if label > 0 {
                band.put(label - 2, y, Cell::Glyph(glyphs.vertical()), 0);
            }
        }
        for x in 0..grid_width {
            band.put(x, y1 - 1, Cell::Rule, 0);
        }
        // Flows: every segment that touches the band.
        for e in &layout.edges {
            draw_edge(&mut band, e, y0, y1, &to_grid);
        }
        // Boxes of the lane.
        for b in layout.boxes.iter().filter(|b| b.lane == lane_index) {
            let (Some(gx), Some(_)) = (to_grid(b.x), to_grid(b.x + b.width - 1)) else {
                continue;
            };
            let (w, h) = (b.width, b.height);
            for dx in 1..w - 1 {
                band.put(gx + dx, b.y, Cell::Glyph(glyphs.horizontal()), lane_color);
                band.put(
                    gx + dx,
                    b.y + h - 1,
                    Cell::Glyph(glyphs.horizontal()),
                    lane_color,
                );
            }
            for dy in 1..h - 1 {
                band.put(gx, b.y + dy, Cell::Glyph(glyphs.vertical()), lane_color);
                band.put(
                    gx + w - 1,
                    b.y + dy,
                    Cell::Glyph(glyphs.vertical()),
                    lane_color,
                );
                for dx in 1..w - 1 {
                    band.put(gx + dx, b.y + dy, Cell::Blank, 0);
                }
            }
            band.put(
                gx,
                b.y,
                Cell::Glyph(glyphs.corner(DOWN | RIGHT)),
                lane_color,
            );
            band.put(
                gx + w - 1,
                b.y,
                Cell::Glyph(glyphs.corner(DOWN | LEFT)),
                lane_color,
            );
            band.put(
                gx,
                b.y + h - 1,
                Cell::Glyph(glyphs.corner(UP | RIGHT)),
                lane_color,
            );
            band.put(
                gx + w - 1,
                b.y + h - 1,
                Cell::Glyph(glyphs.corner(UP | LEFT)),
                lane_color,
            );
            for (i, line) in b.lines.iter().enumerate() {
                band.text(gx + 2, b.y + 1 + i, line, gx + w - 2, 0);
            }
        }
        // Labels, reference numbers and arrowheads, over the lines.
        for e in &layout.edges {
            if let Some((x, y)) = e.label_at {
                if let Some(gx) = to_grid(x) {
                    let limit = to_grid(x + width(&e.label) - 1).map_or(gx, |g| g + 1);
                    band.put(gx - 1, y, Cell::Blank, 0);
                    band.text(gx, y, &e.label, limit, 0);
                    band.put(limit, y, Cell::Blank, 0);
                }
            }
            let &(ex, ey) = e.points.last().unwrap_or(&(0, 0));
            if let Some(gx) = to_grid(ex) {
                band.put(gx, ey, Cell::Glyph(glyphs.arrow(true)), 0);
                if let Some(n) = e.reference {
                    let digits = n.to_string();
                    let start = gx.saturating_sub(digits.len());
                    band.text(start, ey, &digits, gx, 0);
                }
            }
        }
        // Markers where flows cross into the next section or came from the last.
        for (k, &(y, rightward)) in left_markers.iter().enumerate() {
            if (y0..y1).contains(&y) {
                let text = format!(
                    "{}{}{}",
                    k + 1,
                    if rightward {
                        glyphs.arrow(true)
                    } else {
                        glyphs.arrow(false)
                    },
                    glyphs.horizontal()
                );
                let start = label + section.left - width(&text);
                band.text(start, y, &text, label + section.left, 0);
            }
        }
        for (k, &(y, rightward)) in right_markers.iter().enumerate() {
            if (y0..y1).contains(&y) {
                let text = format!(
                    "{}{}{}",
                    glyphs.horizontal(),
                    if rightward {
                        glyphs.arrow(true)
                    } else {
                        glyphs.arrow(false)
                    },
                    k + 1
                );
                let start = grid_width - section.right;
                band.text(start, y, &text, grid_width, 0);
            }
        }
        emit(out, &band, glyphs, color, page);
    }
}

/// Marks the line parts of a flow that fall in rows `y0..y1`.
fn draw_edge(
    band: &mut Band,
    e: &Edge,
    y0: usize,
    y1: usize,
    to_grid: &impl Fn(usize) -> Option<usize>,
) {
    for w in e.points.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a.1 == b.1 {
            if !(y0..y1).contains(&a.1) {
                continue;
            }
            let (x1, x2) = (a.0.min(b.0), a.0.max(b.0));
            for x in x1..=x2 {
                let Some(gx) = to_grid(x) else { continue };
                let mut bits = 0;
                if x > x1 {
                    bits |= LEFT;
                }
                if x < x2 {
                    bits |= RIGHT;
                }
                band.lines(gx, a.1, bits);
            }
        } else {
            let (ya, yb) = (a.1.min(b.1), a.1.max(b.1));
            if yb < y0 || ya >= y1 {
                continue;
            }
            let Some(gx) = to_grid(a.0) else { continue };
            for y in ya.max(y0)..=yb.min(y1 - 1) {
                let mut bits = 0;
                if y > ya {
                    bits |= UP;
                }
                if y < yb {
                    bits |= DOWN;
                }
                band.lines(gx, y, bits);
            }
        }
    }
    // The first cell touches the source box: a line from its border.
    if let Some(&(x, y)) = e.points.first() {
        if (y0..y1).contains(&y) {
            if let Some(gx) = to_grid(x) {
                band.lines(gx, y, LEFT);
            }
        }
    }
}

/// Writes the rows of a band, trimmed at the right and cut to the page.
fn emit(out: &mut String, band: &Band, glyphs: &Glyphs, color: bool, page: usize) {
    for row in 0..band.rows() {
        let cells = &band.cells[row * band.width..(row + 1) * band.width];
        let colors = &band.colors[row * band.width..(row + 1) * band.width];
        let end = cells
            .iter()
            .rposition(|c| !matches!(c, Cell::Blank))
            .map_or(0, |p| p + 1)
            .min(page);
        let mut current = 0u8;
        for (x, cell) in cells[..end].iter().enumerate() {
            let want = if color { colors[x] } else { 0 };
            if want != current {
                if want == 0 {
                    out.push_str("\x1b[0m");
                } else {
                    let _ = write!(out, "\x1b[{}m", 30 + want);
                }
                current = want;
            }
            match cell {
                Cell::Blank => out.push(' '),
                Cell::Lines(bits) => out.push(glyphs.lines(*bits)),
                Cell::Rule => out.push(glyphs.rule()),
                Cell::Glyph(c) => out.push(*c),
                Cell::Text(g) => out.push_str(g),
                Cell::Covered => {}
            }
        }
        if current != 0 {
            out.push_str("\x1b[0m");
        }
        out.push('\n');
    }
}
