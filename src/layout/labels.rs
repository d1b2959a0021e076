//! Labels on the routed flows: written on the flow where a run of its path
//! has room, else numbered and listed under the diagram, the number written
//! on the flow itself. No two labels or numbers take the same cells, so
//! none hides another.

use super::route::Segments;
use super::{Layout, Orientation, Reference};
use crate::model::HashMap;
use crate::text::width;
use std::collections::BTreeSet;

/// How many places along one run a number may try: enough for any real
/// picture, and a bound on the work for a step with thousands of flows.
const NUMBER_TRIES: usize = 96;

/// The cells taken on each row by labels and numbers written so far, by
/// their first cell, with the widest on the row: what comes near a run of
/// cells is found among the few that start close to it, however many
/// labels the row holds.
#[derive(Default)]
struct Taken {
    rows: HashMap<usize, TakenRow>,
}

#[derive(Default)]
struct TakenRow {
    spans: BTreeSet<(usize, usize)>,
    widest: usize,
}

impl Taken {
    /// Whether `a..=b` on row `y` comes within `gap` cells of something
    /// written there.
    fn near(&self, y: usize, a: usize, b: usize, gap: usize) -> bool {
        self.rows.get(&y).is_some_and(|row| {
            // A span that reaches `a - gap` starts at most `widest` before.
            let from = a.saturating_sub(gap + row.widest);
            row.spans
                .range((from, 0)..=(b + gap, usize::MAX))
                .any(|&(_, q)| a <= q + gap)
        })
    }

    fn take(&mut self, y: usize, a: usize, b: usize) {
        let row = self.rows.entry(y).or_default();
        row.spans.insert((a, b));
        row.widest = row.widest.max(b - a);
    }
}

/// The vertical parts of all paths, sorted by x, with their x apart: the
/// parts near a run of cells are found by a search of the x alone, a
/// quarter of the memory of the parts.
struct Verticals<'a> {
    x: Vec<usize>,
    parts: &'a [(usize, usize, usize, usize)],
}

impl Verticals<'_> {
    fn of(segments: &Segments) -> Verticals<'_> {
        Verticals {
            x: segments.vertical.iter().map(|v| v.0).collect(),
            parts: &segments.vertical,
        }
    }

    /// Whether a vertical part of a flow other than `edge` passes through
    /// row `y` between `x1` and `x2` (inclusive).
    fn blocked(&self, edge: usize, y: usize, x1: usize, x2: usize) -> bool {
        let from = self.x.partition_point(|&x| x < x1);
        self.parts[from..]
            .iter()
            .take_while(|v| v.0 <= x2)
            .any(|v| v.3 != edge && v.1 <= y && y <= v.2)
    }
}

/// Writes each label on its flow where a run of the path has room for it
/// and no other flow crosses there; else gives it a number, listed under
/// the diagram and written on the flow, as near its arrowhead as a free
/// place allows.
pub(super) fn place(layout: &mut Layout, segments: &Segments) {
    // Where a printed page may be cut: a label never straddles one, so it
    // is whole in whichever section it falls.
    let cuts: Vec<usize> = match layout.orientation {
        Orientation::Right => layout.columns.iter().map(|c| c.x + c.width).collect(),
        Orientation::Down => layout.lanes.iter().skip(1).map(|l| l.x).collect(),
    };
    let straddles = |a: usize, b: usize| -> bool {
        let i = cuts.partition_point(|&c| c <= a);
        cuts.get(i).is_some_and(|&c| c <= b)
    };
    let mut pending: Vec<usize> = Vec::new();
    let mut taken = Taken::default();
    let verticals = Verticals::of(segments);
    for i in 0..layout.edges.len() {
        let e = &layout.edges[i];
        if e.label.is_empty() {
            continue;
        }
        let need = width(&e.label) + 2;
        let mut spot = None;
        // Horizontal runs, longest first; the first run leaves the source box.
        let mut runs: Vec<(usize, usize, usize)> = e
            .points
            .windows(2)
            .filter(|w| w[0].1 == w[1].1)
            .map(|w| (w[0].1, w[0].0.min(w[1].0), w[0].0.max(w[1].0)))
            .collect();
        runs.sort_by_key(|r| std::cmp::Reverse(r.2 - r.1));
        'runs: for (y, x1, x2) in runs {
            // Leave a cell of line at each end.
            if x2 < x1 + need + 2 {
                continue;
            }
            let mut at = x1 + 1;
            while at + need < x2 {
                let end = at + need - 1;
                if !taken.near(y, at, end, 0)
                    && !straddles(at, end)
                    && !verticals.blocked(i, y, at, end)
                {
                    spot = Some((at + 1, y));
                    taken.take(y, at, end);
                    break 'runs;
                }
                at += 1;
            }
        }
        match spot {
            Some(p) => layout.edges[i].label_at = Some(p),
            None => pending.push(i),
        }
    }
    // By target, then source; flows alike keep their order (`i` last).
    let mut keyed: Vec<((usize, usize, usize), usize)> = pending
        .iter()
        .map(|&i| {
            let e = &layout.edges[i];
            let t = &layout.boxes[e.to];
            ((t.column, t.port_y(), e.from), i)
        })
        .collect();
    keyed.sort_unstable();
    let pending: Vec<usize> = keyed.into_iter().map(|(_, i)| i).collect();
    let shared = shared_rows(segments);
    // The boxes of each column, for numbers that must not stand in one.
    let mut boxes_of: Vec<Vec<usize>> = vec![Vec::new(); layout.columns.len()];
    if layout.orientation == Orientation::Down {
        for (k, b) in layout.boxes.iter().enumerate() {
            boxes_of[b.column].push(k);
        }
    }
    for (n, i) in pending.into_iter().enumerate() {
        let number = n + 1;
        let at = number_spot(
            layout, &boxes_of, &verticals, &shared, &taken, &straddles, i, number,
        );
        let digits = width(&number.to_string());
        taken.take(at.1, at.0, at.0 + digits - 1);
        let edge = &mut layout.edges[i];
        edge.reference = Some(number);
        edge.reference_at = Some(at);
        layout.references.push(Reference {
            number,
            edge: i,
            text: edge.label.clone(),
        });
    }
}

/// The horizontal parts of all paths on one row, by their first cell, each
/// with what reaches furthest right among it and the parts before it: the
/// last cell and flow of the furthest, and the furthest last cell of
/// another flow. Whether a run of cells meets a part (of a flow other than
/// one) is then one search, however many flows share the row.
#[derive(Default)]
struct Parts {
    starts: Vec<usize>,
    reach: Vec<((usize, usize), Option<usize>)>,
}

impl Parts {
    /// Whether a part of a flow other than `skip` (`None`: of any flow)
    /// takes a cell of `a..=b`.
    fn meets(&self, a: usize, b: usize, skip: Option<usize>) -> bool {
        let k = self.starts.partition_point(|&p| p <= b);
        let Some(&((q, flow), other)) = k.checked_sub(1).and_then(|k| self.reach.get(k)) else {
            return false;
        };
        let furthest = if skip == Some(flow) { other } else { Some(q) };
        furthest.is_some_and(|q| a <= q)
    }
}

/// The horizontal parts of all paths by row.
type Rows = HashMap<usize, Parts>;

fn shared_rows(segments: &Segments) -> Rows {
    let mut by_row: HashMap<usize, Vec<(usize, usize, usize)>> = HashMap::default();
    for &(y, x1, x2, e) in &segments.horizontal {
        by_row.entry(y).or_default().push((x1, x2, e));
    }
    by_row
        .into_iter()
        .map(|(y, mut parts)| {
            parts.sort_unstable();
            let mut row = Parts::default();
            let mut best: Option<((usize, usize), Option<usize>)> = None;
            for (p, q, e) in parts {
                best = Some(match best {
                    None => ((q, e), None),
                    Some(((bq, be), other)) if q > bq => {
                        let other = if e == be { other } else { Some(bq) };
                        ((q, e), other)
                    }
                    Some((furthest, other)) if e != furthest.1 => (furthest, other.max(Some(q))),
                    Some(same) => same,
                });
                row.starts.push(p);
                row.reach.extend(best);
            }
            (y, row)
        })
        .collect()
}

/// Where the number of flow `i` goes: on a horizontal run of its own path,
/// the last run first (the one into the arrowhead), as far right as cells
/// are free of other numbers and labels (with a cell between), of other
/// flows' vertical parts and of page cuts, on no other flow's line; else
/// beside a vertical part of its path, in empty cells of the channel; else
/// on a run it shares with other flows of its trunk. Where there is none,
/// before the arrowhead.
#[allow(clippy::too_many_arguments)]
fn number_spot(
    layout: &Layout,
    boxes_of: &[Vec<usize>],
    verticals: &Verticals,
    shared: &Rows,
    taken: &Taken,
    straddles: &dyn Fn(usize, usize) -> bool,
    i: usize,
    number: usize,
) -> (usize, usize) {
    let e = &layout.edges[i];
    let digits = width(&number.to_string());
    let &(ex, ey) = e.points.last().unwrap_or(&(0, 0));
    let fallback = (ex.saturating_sub(digits), ey);
    let runs: Vec<(usize, usize, usize)> = e
        .points
        .windows(2)
        .rev()
        .filter(|w| w[0].1 == w[1].1 && w[0].0 != w[1].0)
        .map(|w| (w[0].1, w[0].0.min(w[1].0), w[0].0.max(w[1].0)))
        .collect();
    let alone = |y: usize, a: usize, b: usize| -> bool {
        shared
            .get(&y)
            .is_none_or(|parts| !parts.meets(a, b, Some(i)))
    };
    let on_runs = |own: bool| -> Option<(usize, usize)> {
        for &(y, x1, x2) in &runs {
            // Inside the run: not on a corner, not on the arrowhead.
            let (lo, hi) = (x1 + 1, x2.saturating_sub(1));
            if hi < lo + digits - 1 {
                continue;
            }
            let mut at = hi + 1 - digits;
            for _ in 0..NUMBER_TRIES {
                let end = at + digits - 1;
                if !taken.near(y, at, end, 1)
                    && !straddles(at, end)
                    && !verticals.blocked(i, y, at, end)
                    && (!own || alone(y, at, end))
                {
                    return Some((at, y));
                }
                if at == lo {
                    break;
                }
                at -= 1;
            }
        }
        None
    };
    // Beside a vertical part of the path, in empty cells of its channel:
    // where flows meet one trunk, their numbers stand one above the other.
    // Running down, a number beside a vertical part stands in no box.
    let down = layout.orientation == Orientation::Down;
    let in_box = |y: usize, a: usize, b: usize| -> bool {
        let c = layout.columns.partition_point(|c| c.x <= y);
        let Some(column) = c.checked_sub(1).and_then(|c| layout.columns.get(c)) else {
            return false;
        };
        y < column.x + column.width
            && boxes_of[c - 1].iter().any(|&k| {
                let o = &layout.boxes[k];
                o.x <= b && a < o.x + o.width && o.y <= y && y < o.y + o.height
            })
    };
    let beside = || -> Option<(usize, usize)> {
        let channel_of = |x: usize| -> Option<(usize, usize)> {
            if down {
                return Some((layout.label_width, layout.width));
            }
            let c = layout.columns.partition_point(|c| c.channel_x <= x);
            let column = layout.columns.get(c.checked_sub(1)?)?;
            (x < column.x).then_some((column.channel_x, column.x))
        };
        for w in e.points.windows(2).rev() {
            let (a, b) = (w[0], w[1]);
            if a.0 != b.0 || a.1 == b.1 {
                continue;
            }
            let x = a.0;
            let Some((c0, c1)) = channel_of(x) else {
                continue;
            };
            let rows: Vec<usize> = if b.1 > a.1 {
                (a.1 + 1..b.1).rev().take(NUMBER_TRIES).collect()
            } else {
                (b.1 + 1..a.1).take(NUMBER_TRIES).collect()
            };
            for y in rows {
                let sides = [Some(x + 1), x.checked_sub(digits)];
                for at in sides.into_iter().flatten() {
                    let end = at + digits - 1;
                    let clear = at >= c0
                        && end < c1
                        && (!down || !in_box(y, at, end))
                        && !taken.near(y, at, end, 1)
                        && !straddles(at, end)
                        && !verticals.blocked(usize::MAX, y, at, end)
                        && shared
                            .get(&y)
                            .is_none_or(|parts| !parts.meets(at, end, None));
                    if clear {
                        return Some((at, y));
                    }
                }
            }
        }
        None
    };
    // Running down, a flow straight into the box under it may have no
    // part to stand on: beside its arrowhead, left or right.
    let by_head = || -> Option<(usize, usize)> {
        let sides = [ex.checked_sub(digits), Some(ex + 1)];
        let at = sides.into_iter().flatten().find(|&at| {
            let end = at + digits - 1;
            at >= layout.label_width
                && end < layout.width
                && !taken.near(ey, at, end, 1)
                && !straddles(at, end)
                && !verticals.blocked(usize::MAX, ey, at, end)
                && shared
                    .get(&ey)
                    .is_none_or(|parts| !parts.meets(at, end, None))
        });
        at.map(|at| (at, ey))
    };
    on_runs(true)
        .or_else(beside)
        .or_else(|| on_runs(false))
        .or_else(|| by_head().filter(|_| down))
        .unwrap_or(fallback)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The searches answer as a look at every span and part would.
        #[test]
        fn the_searches_answer_as_a_scan_would(
            spans in prop::collection::vec((0usize..60, 0usize..12), 0..24),
            parts in prop::collection::vec((0usize..60, 1usize..40, 0usize..4), 0..24),
            a in 0usize..80,
            len in 0usize..6,
            gap in 0usize..2,
            skip in prop::option::of(0usize..4),
        ) {
            let b = a + len;
            let mut taken = Taken::default();
            for &(p, l) in &spans {
                taken.take(3, p, p + l);
            }
            let scan = spans.iter().any(|&(p, l)| p <= b + gap && a <= p + l + gap);
            prop_assert_eq!(taken.near(3, a, b, gap), scan);
            prop_assert!(!taken.near(4, a, b, gap));
            let horizontal = parts.iter().map(|&(p, l, e)| (5, p, p + l, e)).collect();
            let segments = Segments { horizontal, vertical: Vec::new() };
            let rows = shared_rows(&segments);
            let scan = parts
                .iter()
                .any(|&(p, l, e)| skip != Some(e) && p <= b && a <= p + l);
            let meets = rows.get(&5).is_some_and(|row| row.meets(a, b, skip));
            prop_assert_eq!(meets, scan);
        }
    }
}
