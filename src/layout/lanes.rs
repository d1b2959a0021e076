//! What touches each lane of a layout: its boxes, and the flows whose
//! paths pass its rows. Built once with the layout, so a picture drawn lane
//! by lane (the text diagram, each frame of the TUI) looks up instead of
//! searching every box and flow.

use super::Layout;

/// The boxes of each lane, and the flows that pass each lane's rows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LaneIndex {
    pub boxes: Vec<Vec<usize>>,
    pub edges: Vec<Vec<usize>>,
}

impl LaneIndex {
    /// The index of a layout's lanes.
    pub fn of(layout: &Layout) -> LaneIndex {
        // Running right lanes are bands of rows, running down of columns.
        let down = layout.orientation == super::Orientation::Down;
        let lane_of_row = |y: usize| -> usize {
            layout
                .lanes
                .partition_point(|l| {
                    if down {
                        l.x + l.width < y
                    } else {
                        l.y + l.height < y
                    }
                })
                .min(layout.lanes.len().saturating_sub(1))
        };
        // Each list is counted first and made as long as it must be: a
        // flow may pass many lanes, and lists that grow by doubling copy
        // themselves over and again.
        let lanes = layout.lanes.len();
        let mut box_count = vec![0usize; lanes];
        for b in &layout.boxes {
            box_count[b.lane] += 1;
        }
        let mut boxes_of: Vec<Vec<usize>> =
            box_count.iter().map(|&k| Vec::with_capacity(k)).collect();
        for (i, b) in layout.boxes.iter().enumerate() {
            boxes_of[b.lane].push(i);
        }
        // The lanes each flow passes, first to last.
        let passes: Vec<Option<(usize, usize)>> = layout
            .edges
            .iter()
            .map(|e| {
                let (top, bottom) = e
                    .points
                    .iter()
                    .map(|p| if down { p.0 } else { p.1 })
                    .fold((usize::MAX, 0), |(t, b), p| (t.min(p), b.max(p)));
                (top <= bottom).then(|| (lane_of_row(top), lane_of_row(bottom)))
            })
            .collect();
        // How many flows pass each lane: +1 where a flow's lanes start, -1
        // after they end, summed.
        let mut change = vec![0isize; lanes + 1];
        for &(first, last) in passes.iter().flatten() {
            change[first] += 1;
            change[last + 1] -= 1;
        }
        let mut passing = 0isize;
        let mut edges_of: Vec<Vec<usize>> = change[..lanes]
            .iter()
            .map(|&d| {
                passing += d;
                Vec::with_capacity(passing.max(0) as usize)
            })
            .collect();
        for (i, pass) in passes.iter().enumerate() {
            if let &Some((first, last)) = pass {
                for lane in &mut edges_of[first..=last] {
                    lane.push(i);
                }
            }
        }
        LaneIndex {
            boxes: boxes_of,
            edges: edges_of,
        }
    }
}
