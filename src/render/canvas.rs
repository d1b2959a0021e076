//! Pieces of the chain diagram laid on rows: what the text renderer writes
//! as bytes and the TUI as terminal cells, from one piece of code.

use crate::layout::{Layout, Orientation};
use crate::model::{HashMap, Id, KpiStatus};
use crate::text::width;

/// The KPI status to show on the boxes of steps (empty: none shown).
pub(crate) type Marks = HashMap<Id, KpiStatus>;

/// The sign and colour of a KPI status on a box: a sign that reads
/// without colour, in ASCII too.
pub(crate) fn mark(status: KpiStatus, ascii: bool) -> (&'static str, u8) {
    match (status, ascii) {
        (KpiStatus::OnTarget, false) => ("✓", 2),
        (KpiStatus::OffTarget, false) => ("✗", 1),
        (KpiStatus::OnTarget, true) => ("v", 2),
        (KpiStatus::OffTarget, true) => ("x", 1),
        (KpiStatus::NoData, _) => ("?", 3),
    }
}

pub(crate) const UP: u8 = 1;
pub(crate) const DOWN: u8 = 2;
pub(crate) const LEFT: u8 = 4;
pub(crate) const RIGHT: u8 = 8;

/// The glyphs of a style.
pub(crate) struct Glyphs {
    pub ascii: bool,
}

impl Glyphs {
    pub fn lines(&self, bits: u8) -> char {
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

    pub fn corner(&self, which: u8) -> char {
        if self.ascii { '+' } else { self.lines(which) }
    }

    pub fn horizontal(&self) -> char {
        if self.ascii { '-' } else { '─' }
    }

    pub fn vertical(&self) -> char {
        if self.ascii { '|' } else { '│' }
    }

    pub fn rule(&self) -> char {
        if self.ascii { '-' } else { '┈' }
    }

    /// The arrowhead where a flow enters a box: from the left running
    /// right, from above running down.
    pub fn head(&self, orientation: Orientation) -> char {
        match (orientation, self.ascii) {
            (Orientation::Right, _) => self.arrow(true),
            (Orientation::Down, true) => 'v',
            (Orientation::Down, false) => '▼',
        }
    }

    /// The rule between lanes running down.
    pub fn column_rule(&self) -> char {
        if self.ascii { ':' } else { '┊' }
    }

    pub fn arrow(&self, right: bool) -> char {
        match (self.ascii, right) {
            (true, true) => '>',
            (true, false) => '<',
            (false, true) => '▶',
            (false, false) => '◀',
        }
    }
}

/// Something on a row: line parts meeting in one cell, or an opaque piece
/// of text (in the band's arena) that covers `width` cells.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Item {
    pub x: u32,
    /// 0 for line parts, 1 for text; text wins over lines in one cell.
    pub kind: u8,
    pub bits: u8,
    pub color: u8,
    pub width: u32,
    pub start: u32,
    pub len: u32,
}

/// What a row shows at one cell after compositing: the line parts that
/// meet there, or a piece of text starting there.
pub(crate) enum Piece {
    Lines { x: usize, bits: u8 },
    Text(Item),
}

/// Composites the items of one row, left to right: line parts in one cell
/// are merged, text wins over lines in its cell, and what starts under a
/// piece of text is hidden by it. `each` is called with every piece
/// shown, until it returns false. The text diagram and the TUI both draw
/// rows through here.
pub(crate) fn composite(items: &mut [Item], each: impl FnMut(Piece) -> bool) {
    let last = items.iter().map(|i| i.x as usize).max().unwrap_or(0);
    if last < DENSE {
        composite_dense(items, last, each);
    } else {
        composite_sorted(items, each);
    }
}

/// The cells a row may reach to be composited cell by cell, without a
/// sort: a page's width and more.
const DENSE: usize = 512;

/// [`composite`] of a row that ends before cell [`DENSE`]: what stands in
/// each cell is gathered in place, in the order it was laid.
fn composite_dense(items: &[Item], last: usize, mut each: impl FnMut(Piece) -> bool) {
    // Per cell: the line bits, with `LAID` where any line part stands.
    const LAID: u16 = 0x100;
    const NONE: u32 = u32::MAX;
    let mut bits = [0u16; DENSE];
    let mut text = [NONE; DENSE];
    for (k, item) in items.iter().enumerate() {
        let x = item.x as usize;
        match item.kind {
            0 => bits[x] |= LAID | u16::from(item.bits),
            // The last text laid in a cell wins.
            _ => text[x] = k as u32,
        }
    }
    let mut x = 0;
    while x <= last {
        let piece = if text[x] != NONE {
            let t = items[text[x] as usize];
            x += (t.width as usize).max(1);
            Piece::Text(t)
        } else if bits[x] & LAID != 0 {
            let piece = Piece::Lines {
                x,
                bits: (bits[x] & 0xff) as u8,
            };
            x += 1;
            piece
        } else {
            x += 1;
            continue;
        };
        if !each(piece) {
            return;
        }
    }
}

/// [`composite`] of any row, by sorting its items by cell.
fn composite_sorted(items: &mut [Item], mut each: impl FnMut(Piece) -> bool) {
    // Texts in one cell keep the order they were laid in (the last wins):
    // a text's place in the band's arena is that order, so an unstable
    // sort on it gives what a stable sort on the cell and kind would.
    items.sort_unstable_by_key(|i| (i.x, i.kind, i.start));
    let mut cursor = 0usize;
    let mut k = 0;
    while k < items.len() {
        let x = items[k].x as usize;
        if x < cursor {
            k += 1;
            continue;
        }
        let mut bits = 0u8;
        let mut text: Option<Item> = None;
        while k < items.len() && items[k].x as usize == x {
            match items[k].kind {
                0 => bits |= items[k].bits,
                _ => text = Some(items[k]),
            }
            k += 1;
        }
        let piece = match text {
            Some(t) => {
                cursor = x + t.width as usize;
                Piece::Text(t)
            }
            None => {
                cursor = x + 1;
                Piece::Lines { x, bits }
            }
        };
        if !each(piece) {
            return;
        }
    }
}

/// The rows of one band being drawn.
pub(crate) struct Band {
    pub y0: usize,
    pub rows: Vec<Vec<Item>>,
    /// Rows drawn over a lane separator instead of blank.
    pub ruled: Vec<bool>,
    /// Columns drawn as a lane separator where nothing else stands (in
    /// order; running down).
    pub rules: Vec<usize>,
    /// A row of nothing but lines passing straight through, the same as
    /// the row written before it, is left out (running down).
    pub squash: bool,
    pub arena: String,
}

impl Band {
    pub fn new(y0: usize, rows: usize) -> Band {
        Band {
            y0,
            rows: vec![Vec::new(); rows],
            ruled: vec![false; rows],
            rules: Vec::new(),
            squash: false,
            arena: String::new(),
        }
    }

    fn row(&mut self, y: usize) -> Option<&mut Vec<Item>> {
        let r = y.checked_sub(self.y0)?;
        self.rows.get_mut(r)
    }

    pub fn lines(&mut self, x: usize, y: usize, bits: u8) {
        if let Some(row) = self.row(y) {
            row.push(Item {
                x: x as u32,
                kind: 0,
                bits,
                color: 0,
                width: 1,
                start: 0,
                len: 0,
            });
        }
    }

    /// Puts text at a cell; it covers its display width.
    pub fn text(&mut self, x: usize, y: usize, text: &str, color: u8) {
        if text.is_empty() || y < self.y0 || y >= self.y0 + self.rows.len() {
            return;
        }
        let start = self.arena.len() as u32;
        self.arena.push_str(text);
        let item = Item {
            x: x as u32,
            kind: 1,
            bits: 0,
            color,
            width: cells(text) as u32,
            start,
            len: text.len() as u32,
        };
        if let Some(row) = self.row(y) {
            row.push(item);
        }
    }
}

/// The display width of text laid on a band: most of it is lines and
/// box edges, one cell a character, counted without the grapheme search
/// of [`width`].
fn cells(text: &str) -> usize {
    let simple = |c: char| {
        c.is_ascii_graphic()
            || c == ' '
            || ('\u{2500}'..='\u{257f}').contains(&c)
            || "▶◀▼".contains(c)
    };
    if text.chars().all(simple) {
        text.chars().count()
    } else {
        width(text)
    }
}

/// Lays the flows, boxes, labels and arrowheads of one lane that stand in
/// layout columns `xs` on a band; `to_grid` places a layout column on the
/// band, or leaves it out. `boxes` and `edges` are the lane's parts to
/// draw, as indices into the layout's boxes and edges: those a screen
/// shows, or those that may stand in a section's `xs` (more may be given;
/// they are left out as there).
#[allow(clippy::too_many_arguments)]
pub(crate) fn paint_lane_parts(
    band: &mut Band,
    layout: &Layout,
    lane_index: usize,
    parts: (&[usize], &[usize]),
    xs: std::ops::Range<usize>,
    to_grid: &dyn Fn(usize) -> Option<usize>,
    glyphs: &Glyphs,
    marks: &Marks,
) {
    let lane = &layout.lanes[lane_index];
    let rows = match layout.orientation {
        Orientation::Right => lane.y..lane.y + lane.height + 1,
        // Running down, all rows: a flow that two lanes share is laid by
        // both, in the same cells.
        Orientation::Down => 0..layout.height,
    };
    paint_parts(band, layout, rows, parts, xs, to_grid, glyphs, marks);
}

/// Lays the flows, boxes, labels and arrowheads that stand in rows `rows`
/// and layout columns `xs` on a band, as [`paint_lane_parts`] does for
/// one lane: `boxes` and `edges` may hold more than stands there.
#[allow(clippy::too_many_arguments)]
pub(crate) fn paint_parts(
    band: &mut Band,
    layout: &Layout,
    rows: std::ops::Range<usize>,
    (boxes, edges): (&[usize], &[usize]),
    xs: std::ops::Range<usize>,
    to_grid: &dyn Fn(usize) -> Option<usize>,
    glyphs: &Glyphs,
    marks: &Marks,
) {
    let (y0, y1) = (rows.start, rows.end);
    let in_xs = |x: usize| xs.contains(&x);
    let to_grid = |x: usize| -> Option<usize> { to_grid(x).filter(|_| in_xs(x)) };
    let horizontal = glyphs.horizontal().to_string();
    let vertical = glyphs.vertical().to_string();
    // Flows: the line parts that fall in the band. Flows that share a trunk
    // run over the same cells, so the parts are first gathered as runs of
    // one direction bit on one row or column and merged where they overlap:
    // each cell is laid once, however many flows pass it.
    // (vertical?, row or column, bit, first cell, last cell)
    let mut runs: Vec<(bool, usize, u8, usize, usize)> = Vec::new();
    let down = layout.orientation == Orientation::Down;
    let (x_lo, x_hi) = (xs.start, xs.end.saturating_sub(1));
    for e in edges.iter().map(|&i| &layout.edges[i]) {
        for (i, w) in e.points.windows(2).enumerate() {
            let (a, b) = (w[0], w[1]);
            if a.1 == b.1 {
                if !(y0..y1).contains(&a.1) || xs.is_empty() {
                    continue;
                }
                let (x1, x2) = (a.0.min(b.0), a.0.max(b.0));
                // Running right a flow leaves its box to the right, so
                // its first cell joins the box.
                let left_from = if i == 0 && x1 == a.0 && !down {
                    x1
                } else {
                    x1 + 1
                };
                runs.push((false, a.1, LEFT, left_from.max(x_lo), x2.min(x_hi)));
                if x2 > x1 {
                    runs.push((false, a.1, RIGHT, x1.max(x_lo), (x2 - 1).min(x_hi)));
                }
            } else {
                let (ya, yb) = (a.1.min(b.1), a.1.max(b.1));
                if yb < y0 || ya >= y1 || to_grid(a.0).is_none() {
                    continue;
                }
                if yb > ya {
                    runs.push((true, a.0, UP, (ya + 1).max(y0), yb.min(y1 - 1)));
                    runs.push((true, a.0, DOWN, ya.max(y0), (yb - 1).min(y1 - 1)));
                }
            }
        }
    }
    // Running down, a flow leaves its box through the box's lower edge,
    // and enters through its top edge where the arrowhead stands there.
    if down {
        for e in edges.iter().map(|&i| &layout.edges[i]) {
            if let Some(&(x, y)) = e.points.first() {
                if (y0..y1).contains(&y) && xs.contains(&x) {
                    runs.push((true, x, UP, y, y));
                }
            }
            if let Some(&(x, y)) = e.points.last().filter(|_| layout.heads_on_edges) {
                if (y0..y1).contains(&y) && xs.contains(&x) {
                    runs.push((true, x, DOWN, y, y));
                }
            }
        }
    }
    runs.retain(|r| r.3 <= r.4);
    runs.sort_unstable();
    let mut k = 0;
    while k < runs.len() {
        let (vertical, at, bit, lo, mut hi) = runs[k];
        k += 1;
        while k < runs.len()
            && runs[k].0 == vertical
            && runs[k].1 == at
            && runs[k].2 == bit
            && runs[k].3 <= hi + 1
        {
            hi = hi.max(runs[k].4);
            k += 1;
        }
        for c in lo..=hi {
            let (x, y) = if vertical { (at, c) } else { (c, at) };
            if let Some(gx) = to_grid(x) {
                band.lines(gx, y, bit);
            }
        }
    }
    // Running down with the arrowheads on the boxes' top edges, the cells
    // where flows enter each box.
    let mut heads: HashMap<usize, Vec<usize>> = HashMap::default();
    if layout.heads_on_edges {
        for e in edges.iter().map(|&i| &layout.edges[i]) {
            if let Some(&(x, _)) = e.points.last() {
                heads.entry(e.to).or_default().push(x);
            }
        }
    }
    // Boxes of the lane, opaque.
    for (k, b) in boxes.iter().map(|&i| (i, &layout.boxes[i])) {
        let (Some(gx), Some(_)) = (to_grid(b.x), to_grid(b.x + b.width - 1)) else {
            continue;
        };
        if b.y >= y1 || b.y + b.height <= y0 {
            continue;
        }
        let lane_color = (b.lane % 6) as u8 + 1;
        let inner = b.width - 2;
        if b.height == 1 {
            // A box without top and bottom edges: `[name]`.
            let line = b.lines.first().map_or("", String::as_str);
            band.text(gx, b.y, "[", lane_color);
            let pad = " ".repeat(inner.saturating_sub(width(line)));
            band.text(gx + 1, b.y, &format!("{line}{pad}"), 0);
            band.text(gx + b.width - 1, b.y, "]", lane_color);
            continue;
        }
        let (tl, tr, bl, br) = (
            glyphs.corner(DOWN | RIGHT),
            glyphs.corner(DOWN | LEFT),
            glyphs.corner(UP | RIGHT),
            glyphs.corner(UP | LEFT),
        );
        // The KPI status on the top edge, at the right (`┌────── ✓ ─┐`),
        // and arrowheads where flows enter the box there (`┌──▼──┐`).
        let entering: Vec<usize> = heads.get(&k).map_or_else(Vec::new, |xs| {
            xs.iter()
                .filter_map(|&x| x.checked_sub(b.x).filter(|&d| (1..=inner).contains(&d)))
                .collect()
        });
        let status = marks
            .get(&b.step)
            .filter(|_| inner >= 5)
            .map(|&status| mark(status, glyphs.ascii));
        let corners = (tl, tr);
        let head = glyphs.head(layout.orientation);
        for (at, text, color) in
            top_edge(inner, corners, &entering, head, status, lane_color, glyphs)
        {
            band.text(gx + at, b.y, &text, color);
        }
        let mut bottom = format!("{bl}{}{br}", horizontal.repeat(inner));
        if down && b.leaves {
            let port = b.width / 2;
            let tee = glyphs.corner(LEFT | RIGHT | DOWN).to_string();
            bottom = format!(
                "{bl}{}{tee}{}{br}",
                horizontal.repeat(port - 1),
                horizontal.repeat(inner - port)
            );
        }
        band.text(gx, b.y + b.height - 1, &bottom, lane_color);
        for dy in 1..b.height - 1 {
            let line = b.lines.get(dy - 1).map_or("", String::as_str);
            band.text(gx, b.y + dy, &vertical, lane_color);
            // Running down, the name stands against the box's sides: a
            // lane's column has little room.
            let text = if down {
                format!("{line}{}", " ".repeat(inner.saturating_sub(width(line))))
            } else {
                format!(
                    " {line}{}",
                    " ".repeat(inner.saturating_sub(width(line) + 1))
                )
            };
            band.text(gx + 1, b.y + dy, &text, 0);
            band.text(gx + b.width - 1, b.y + dy, &vertical, lane_color);
        }
    }
    // Labels, reference numbers and arrowheads, over the lines.
    for e in edges.iter().map(|&i| &layout.edges[i]) {
        if let Some((x, y)) = e.label_at {
            if let (Some(gx), Some(_)) = (to_grid(x - 1), to_grid(x + width(&e.label))) {
                band.text(gx, y, &format!(" {} ", e.label), 0);
            }
        }
        let &(ex, ey) = e.points.last().unwrap_or(&(0, 0));
        // On the box's top edge, the box drew it.
        if let Some(gx) = to_grid(ex).filter(|_| !layout.heads_on_edges) {
            band.text(gx, ey, &glyphs.head(layout.orientation).to_string(), 0);
        }
        if let (Some(n), Some((x, y))) = (e.reference, e.reference_at) {
            let digits = n.to_string();
            if let (Some(gx), Some(_)) = (to_grid(x), to_grid(x + digits.len() - 1)) {
                band.text(gx, y, &digits, 0);
            }
        }
    }
}

/// The top edge of a box `inner + 2` cells wide as pieces (first cell,
/// text, colour): its corners and line in `color`, arrowhead `head` in
/// each cell of `heads` (counted from the box's left edge), and the KPI
/// mark `status` (sign, colour) at the right where no arrowhead stands:
/// `┌──▼─── ✓ ─┐`.
fn top_edge(
    inner: usize,
    (tl, tr): (char, char),
    heads: &[usize],
    head: char,
    status: Option<(&str, u8)>,
    color: u8,
    glyphs: &Glyphs,
) -> Vec<(usize, String, u8)> {
    let mut cells: Vec<Option<(char, u8)>> = vec![None; inner + 2];
    for &d in heads {
        cells[d] = Some((head, 0));
    }
    if let Some((sign, c)) = status {
        let sign = sign.chars().next().unwrap_or('?');
        let free = |cells: &[Option<(char, u8)>], a: usize, n: usize| {
            (a..a + n).all(|d| cells[d].is_none())
        };
        if let Some(m) = (1..=inner.saturating_sub(3))
            .rev()
            .find(|&m| free(&cells, m, 3))
        {
            cells[m] = Some((' ', c));
            cells[m + 1] = Some((sign, c));
            cells[m + 2] = Some((' ', c));
        } else if let Some(m) = (1..=inner).rev().find(|&m| free(&cells, m, 1)) {
            cells[m] = Some((sign, c));
        }
    }
    let mut pieces: Vec<(usize, String, u8)> = Vec::new();
    for (d, cell) in cells.into_iter().enumerate() {
        let (ch, c) = cell.unwrap_or(match d {
            0 => (tl, color),
            d if d == inner + 1 => (tr, color),
            _ => (glyphs.horizontal(), color),
        });
        match pieces.last_mut() {
            Some((_, text, pc)) if *pc == c => text.push(ch),
            _ => pieces.push((d, ch.to_string(), c)),
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Counting cells answers as the grapheme search does, on text of
        /// lines, box edges, arrows, letters and what needs the search.
        #[test]
        fn cells_are_the_width(text in "[a-z ─│┌┐└┘┬┴├┤┼┈┊▶◀▼\\-|+:é漢\u{301}\u{1b}]{0,12}") {
            prop_assert_eq!(cells(&text), width(&text));
        }

        /// Compositing cell by cell shows what sorting by cell shows: the
        /// same pieces, text over lines, the last text laid in a cell,
        /// nothing that starts under a text.
        #[test]
        fn a_row_composites_the_same_cell_by_cell_as_sorted(
            laid in proptest::collection::vec((0u32..40, any::<bool>(), 0u8..16, 0u32..5), 0..30),
        ) {
            let items: Vec<Item> = laid
                .iter()
                .enumerate()
                .map(|(k, &(x, is_text, bits, width))| Item {
                    x,
                    kind: u8::from(is_text),
                    bits: if is_text { 0 } else { bits },
                    color: 0,
                    width: if is_text { width } else { 1 },
                    start: if is_text { k as u32 * 4 } else { 0 },
                    len: u32::from(is_text),
                })
                .collect();
            let shown = |piece: Piece| match piece {
                Piece::Lines { x, bits } => (x, bits, None),
                Piece::Text(t) => (t.x as usize, 0, Some(t.start)),
            };
            let (mut dense, mut sorted) = (Vec::new(), Vec::new());
            let last = items.iter().map(|i| i.x as usize).max().unwrap_or(0);
            composite_dense(&items, last, |p| {
                dense.push(shown(p));
                true
            });
            composite_sorted(&mut items.clone(), |p| {
                sorted.push(shown(p));
                true
            });
            prop_assert_eq!(dense, sorted);
        }
    }
}
