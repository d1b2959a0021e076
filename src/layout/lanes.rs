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
        let mut boxes_of: Vec<Vec<usize>> = vec![Vec::new(); layout.lanes.len()];
        for (i, b) in layout.boxes.iter().enumerate() {
            boxes_of[b.lane].push(i);
        }
        let mut edges_of: Vec<Vec<usize>> = vec![Vec::new(); layout.lanes.len()];
        for (i, e) in layout.edges.iter().enumerate() {
            let (top, bottom) = e
                .points
                .iter()
                .map(|p| if down { p.0 } else { p.1 })
                .fold((usize::MAX, 0), |(t, b), p| (t.min(p), b.max(p)));
            if top <= bottom {
                for lane in &mut edges_of[lane_of_row(top)..=lane_of_row(bottom)] {
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
