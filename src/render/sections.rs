//! What stands in each section of a cut diagram, lane by lane (running
//! down, rank by rank: see [`bands`]): the boxes,
//! and the flows with a part (a run, a label, a number, an arrowhead) in
//! the section's columns and the lane's rows. Built once for all sections,
//! so drawing a section looks only at what stands in it, and the cost of a
//! drawing follows what it shows, not lanes × sections.

use crate::layout::{Cut, Layout, Orientation};
use crate::text::width;

/// Per section, `(lane, box)` and `(lane, flow)` pairs, sorted, and the
/// flows with a part in the section.
pub(crate) struct Sections {
    boxes: Vec<Vec<(usize, usize)>>,
    edges: Vec<Vec<(usize, usize)>>,
    flows: Vec<Vec<usize>>,
}

impl Sections {
    /// Indexes a layout's boxes and flows by the sections `cuts` (in
    /// column order, as [`Layout::cuts`] gives them).
    pub fn of(layout: &Layout, cuts: &[Cut]) -> Sections {
        let n = cuts.len();
        let mut boxes = vec![Vec::new(); n];
        let mut edges = vec![Vec::new(); n];
        // The sections that show any of the cells `lo..=hi`, a cell wider
        // on each side: a superset of what any test below asks.
        let sections_of = |lo: usize, hi: usize| -> std::ops::Range<usize> {
            let first = cuts.partition_point(|c| c.x1 < lo);
            let end = cuts.partition_point(|c| c.x0 <= hi + 1);
            first..end.max(first)
        };
        // The bands of rows a section is drawn in, first row and last:
        // running right the lanes (separator included), running down the
        // ranks (the channel above included; see [`bands`]).
        let rows = bands(layout);
        // The bands that meet rows `ya..=yb`.
        let lanes_of = |ya: usize, yb: usize| -> std::ops::Range<usize> {
            let first = rows.partition_point(|r| r.1 < ya);
            let end = rows.partition_point(|r| r.0 <= yb);
            first..end.max(first)
        };
        let down = layout.orientation == Orientation::Down;
        for (i, b) in layout.boxes.iter().enumerate() {
            for s in sections_of(b.x, b.x + b.width) {
                boxes[s].push((if down { b.column } else { b.lane }, i));
            }
        }
        for (i, e) in layout.edges.iter().enumerate() {
            let mut mark = |xa: usize, xb: usize, ya: usize, yb: usize| {
                for s in sections_of(xa, xb) {
                    for lane in lanes_of(ya, yb) {
                        edges[s].push((lane, i));
                    }
                }
            };
            for w in e.points.windows(2) {
                let (a, b) = (w[0], w[1]);
                mark(a.0.min(b.0), a.0.max(b.0), a.1.min(b.1), a.1.max(b.1));
            }
            let reach = width(&e.label).max(e.reference.map_or(0, |r| r.to_string().len()));
            for &(x, y) in [e.label_at, e.reference_at].iter().flatten() {
                mark(x.saturating_sub(1), x + reach + 1, y, y);
            }
            if let Some(&(x, y)) = e.points.last() {
                mark(x, x, y, y);
            }
        }
        let mut flows = Vec::with_capacity(n);
        for list in boxes.iter_mut().chain(edges.iter_mut()) {
            list.sort_unstable();
            list.dedup();
        }
        for list in &edges {
            let mut all: Vec<usize> = list.iter().map(|&(_, e)| e).collect();
            all.sort_unstable();
            all.dedup();
            flows.push(all);
        }
        Sections {
            boxes,
            edges,
            flows,
        }
    }

    /// The boxes of `lane` in section `s`, in layout order.
    pub fn boxes(&self, s: usize, lane: usize) -> Vec<usize> {
        of_lane(&self.boxes[s], lane)
    }

    /// The flows with a part in `lane`'s rows in section `s`, in layout order.
    pub fn edges(&self, s: usize, lane: usize) -> Vec<usize> {
        of_lane(&self.edges[s], lane)
    }

    /// The flows with a part in section `s`, in layout order.
    pub fn flows(&self, s: usize) -> &[usize] {
        &self.flows[s]
    }

    /// The first lane at or after `lane` with anything of it in section
    /// `s`; the number of lanes where there is none.
    pub fn next_busy(&self, s: usize, lane: usize, lanes: usize) -> usize {
        let first = |list: &[(usize, usize)]| {
            let k = list.partition_point(|&(l, _)| l < lane);
            list.get(k).map_or(lanes, |&(l, _)| l)
        };
        first(&self.boxes[s]).min(first(&self.edges[s]))
    }
}

/// The bands of rows, first row and last, a section is drawn in: running
/// right the lanes and their separator lines, running down the columns of
/// the layout (ranks, now rows), each with the channel above it, the last
/// to the bottom of the picture.
pub(crate) fn bands(layout: &Layout) -> Vec<(usize, usize)> {
    match layout.orientation {
        Orientation::Right => layout.lanes.iter().map(|l| (l.y, l.y + l.height)).collect(),
        Orientation::Down => {
            let columns = &layout.columns;
            (0..columns.len())
                .map(|c| {
                    let end = columns
                        .get(c + 1)
                        .map_or(layout.height, |next| next.channel_x);
                    (columns[c].channel_x, end.max(columns[c].channel_x + 1) - 1)
                })
                .collect()
        }
    }
}

fn of_lane(list: &[(usize, usize)], lane: usize) -> Vec<usize> {
    let from = list.partition_point(|&(l, _)| l < lane);
    let to = list.partition_point(|&(l, _)| l <= lane);
    list[from..to].iter().map(|&(_, i)| i).collect()
}
