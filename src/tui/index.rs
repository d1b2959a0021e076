//! What the editor looks up in a layout on every key and every frame,
//! built once per layout: the box of a step, the boxes of each column, and
//! each lane's boxes and flows in the order of their place on the picture.
//! With it a frame draws only what is in view and a move looks only at the
//! boxes near the focus, however long the chain.

use std::ops::Range;

use crate::layout::{Direction, Layout};
use crate::model::{HashMap, Id, KpiStatus, Model};

/// What every frame shows of the model and its findings beyond the
/// picture, built once per version of the model (and again when a check
/// running apart is done), so that a frame does not go through every KPI
/// and finding.
#[derive(Debug, Default)]
pub struct Facts {
    /// What it was built from: the model's version and whether a check
    /// was running.
    pub(super) key: (crate::edit::Version, bool),
    /// The errors and warnings, for the tab bar; none while checking.
    pub counts: Option<(usize, usize)>,
    /// The KPI mark of each step that has KPIs.
    pub marks: HashMap<Id, KpiStatus>,
    /// The KPIs of each step, in model order.
    kpis: HashMap<Id, Vec<Id>>,
}

impl Facts {
    pub fn of(doc: &crate::document::Document) -> Facts {
        let model: &Model = doc.model();
        let mut kpis: HashMap<Id, Vec<Id>> = HashMap::default();
        for (id, kpi) in &model.kpis {
            if let Some(step) = &kpi.step {
                kpis.entry(step.clone()).or_default().push(id.clone());
            }
        }
        Facts {
            key: (doc.version(), doc.checking()),
            counts: (!doc.checking()).then(|| doc.findings().counts()),
            marks: model.step_statuses(),
            kpis,
        }
    }

    /// The KPIs at a step, in model order.
    pub fn kpis_at(&self, step: &str) -> &[Id] {
        self.kpis.get(step).map_or(&[], Vec::as_slice)
    }
}

/// A layout's boxes and flows, ordered for the questions of the editor.
#[derive(Debug, Default)]
pub struct ChainIndex {
    /// What the index was built from, to know when it is out of date.
    key: Key,
    by_step: HashMap<Id, usize>,
    /// The boxes of each column.
    columns: Vec<Vec<usize>>,
    lanes: Vec<LaneOrder>,
    /// The widest column with its channel: how far past an edge of the
    /// view something cut by the edge can start.
    pub reach: usize,
}

/// A lane's boxes by their place in the stack of their cell, each level
/// by column; and its flows by their leftmost cell.
#[derive(Debug, Default)]
struct LaneOrder {
    levels: Vec<Vec<usize>>,
    /// (leftmost cell, rightmost cell, flow), by leftmost cell.
    edges: Vec<(usize, usize, usize)>,
    /// The widest flow of the lane.
    span: usize,
}

/// Enough of a layout to tell it from another.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Key {
    boxes: usize,
    edges: usize,
    width: usize,
    height: usize,
    first: usize,
}

impl Key {
    fn of(layout: &Layout) -> Key {
        Key {
            boxes: layout.boxes.len(),
            edges: layout.edges.len(),
            width: layout.width,
            height: layout.height,
            first: layout.boxes.as_ptr() as usize,
        }
    }
}

impl ChainIndex {
    pub fn of(layout: &Layout) -> ChainIndex {
        let mut by_step = HashMap::default();
        by_step.reserve(layout.boxes.len());
        let mut columns = vec![Vec::new(); layout.columns.len()];
        let mut lanes: Vec<LaneOrder> = (0..layout.lanes.len())
            .map(|_| LaneOrder::default())
            .collect();
        for (i, b) in layout.boxes.iter().enumerate() {
            by_step.insert(b.step.clone(), i);
            if let Some(column) = columns.get_mut(b.column) {
                column.push(i);
            }
            if let Some(lane) = lanes.get_mut(b.lane) {
                if lane.levels.len() <= b.slot {
                    lane.levels.resize(b.slot + 1, Vec::new());
                }
                lane.levels[b.slot].push(i);
            }
        }
        for lane in &mut lanes {
            for level in &mut lane.levels {
                level.sort_by_key(|&i| (layout.boxes[i].x, i));
            }
        }
        // Each flow's leftmost and rightmost cell once, and the flows in
        // that order once: a flow that passes many lanes is measured once,
        // and each lane only sorts the places of its flows in that order.
        let extent: Vec<(usize, usize)> = layout
            .edges
            .iter()
            .map(|e| {
                let lo = e.points.iter().map(|p| p.0).min().unwrap_or(0);
                let hi = e.points.iter().map(|p| p.0).max().unwrap_or(0);
                (lo, hi)
            })
            .collect();
        let mut order: Vec<usize> = (0..layout.edges.len()).collect();
        order.sort_unstable_by_key(|&e| (extent[e], e));
        let mut place = vec![0; order.len()];
        for (at, &e) in order.iter().enumerate() {
            place[e] = at;
        }
        for (k, edges) in layout.lane_index.edges.iter().enumerate() {
            let Some(lane) = lanes.get_mut(k) else { break };
            let mut places: Vec<usize> = edges
                .iter()
                .filter_map(|&e| place.get(e).copied())
                .collect();
            places.sort_unstable();
            lane.edges = places
                .into_iter()
                .map(|at| {
                    let e = order[at];
                    (extent[e].0, extent[e].1, e)
                })
                .collect();
            lane.span = lane.edges.iter().map(|e| e.1 - e.0).max().unwrap_or(0);
        }
        let reach = match layout.orientation {
            crate::layout::Orientation::Right => layout
                .columns
                .iter()
                .map(|c| c.channel_width + c.width)
                .max(),
            crate::layout::Orientation::Down => layout.lanes.iter().map(|l| l.width + 1).max(),
        }
        .unwrap_or(0);
        ChainIndex {
            key: Key::of(layout),
            by_step,
            columns,
            lanes,
            reach,
        }
    }

    /// Whether the index was built from this layout.
    pub fn is_of(&self, layout: &Layout) -> bool {
        self.key == Key::of(layout)
    }

    /// The box of a step.
    pub fn box_of(&self, layout: &Layout, step: &str) -> Option<usize> {
        self.by_step
            .get(step)
            .copied()
            .filter(|&i| layout.boxes.get(i).is_some_and(|b| b.step == step))
    }

    /// The box under a cell of the picture.
    pub fn box_at(&self, layout: &Layout, x: usize, y: usize) -> Option<usize> {
        // Columns run along the chain: across the picture running right,
        // down it running down.
        let along = match layout.orientation {
            crate::layout::Orientation::Right => x,
            crate::layout::Orientation::Down => y,
        };
        let c = layout.columns.partition_point(|c| c.x + c.width <= along);
        self.columns
            .get(c)?
            .iter()
            .copied()
            .find(|&i| layout.boxes[i].contains(x, y))
    }

    /// The boxes of a lane that reach into picture columns `xs`.
    pub fn boxes_in(&self, layout: &Layout, lane: usize, xs: Range<usize>) -> Vec<usize> {
        let Some(lane) = self.lanes.get(lane) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for level in &lane.levels {
            let from = level.partition_point(|&i| layout.boxes[i].x + self.reach < xs.start);
            out.extend(level[from..].iter().copied().take_while(|&i| {
                let b = &layout.boxes[i];
                b.x < xs.end
            }));
        }
        out.retain(|&i| {
            let b = &layout.boxes[i];
            b.x + b.width > xs.start
        });
        out
    }

    /// The flows of a lane that pass picture columns `xs`.
    pub fn edges_in(&self, lane: usize, xs: Range<usize>) -> Vec<usize> {
        let Some(lane) = self.lanes.get(lane) else {
            return Vec::new();
        };
        let from = lane.edges.partition_point(|e| e.0 + lane.span < xs.start);
        lane.edges[from..]
            .iter()
            .take_while(|e| e.0 < xs.end)
            .filter(|e| e.1 >= xs.start)
            .map(|e| e.2)
            .collect()
    }

    /// The nearest box in a direction, as [`Layout::neighbour`] finds it,
    /// looking only at the columns or lanes next to the box.
    pub fn neighbour(&self, layout: &Layout, from: usize, direction: Direction) -> Option<usize> {
        let b = layout.boxes.get(from)?;
        let (bx, by) = (b.x as i64, b.port_y() as i64);
        let dy = |i: usize| (layout.boxes[i].port_y() as i64 - by).abs();
        match direction {
            Direction::Left | Direction::Right => {
                // The nearest column to that side with a box; in it the
                // same lane first, then the nearest row.
                let columns: Box<dyn Iterator<Item = usize>> = match direction {
                    Direction::Left => Box::new((0..b.column).rev()),
                    _ => Box::new(b.column + 1..self.columns.len()),
                };
                for c in columns {
                    let best = self.columns[c]
                        .iter()
                        .copied()
                        .filter(|&i| i != from)
                        .min_by_key(|&i| ((layout.boxes[i].lane != b.lane) as i64, dy(i), i));
                    if best.is_some() {
                        return best;
                    }
                }
                None
            }
            Direction::Up | Direction::Down => {
                let up = direction == Direction::Up;
                // The same lane, higher (or lower) in the stack; then the
                // nearest lane above (or below) with a box.
                let levels = |lane: &LaneOrder| -> Range<usize> {
                    match (up, lane.levels.len()) {
                        (true, _) => 0..b.slot.min(lane.levels.len()),
                        (false, n) => (b.slot + 1).min(n)..n,
                    }
                };
                let nearest = |lane: &LaneOrder, levels: Range<usize>| -> Option<usize> {
                    let mut best: Option<((i64, i64, usize), usize)> = None;
                    for level in &lane.levels[levels] {
                        let p = level.partition_point(|&i| (layout.boxes[i].x as i64) < bx);
                        // The nearest column on each side, whole.
                        for side in [p.checked_sub(1), Some(p)].into_iter().flatten() {
                            let Some(&i) = level.get(side) else { continue };
                            let key = ((layout.boxes[i].x as i64 - bx).abs(), dy(i), i);
                            if i != from && best.is_none_or(|(k, _)| key < k) {
                                best = Some((key, i));
                            }
                        }
                    }
                    best.map(|(_, i)| i)
                };
                let here = self.lanes.get(b.lane)?;
                if let Some(i) = nearest(here, levels(here)) {
                    return Some(i);
                }
                let lanes: Box<dyn Iterator<Item = usize>> = if up {
                    Box::new((0..b.lane).rev())
                } else {
                    Box::new(b.lane + 1..self.lanes.len())
                };
                for k in lanes {
                    let lane = &self.lanes[k];
                    if let Some(i) = nearest(lane, 0..lane.levels.len()) {
                        return Some(i);
                    }
                }
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Options, layout};

    fn shipped() -> Vec<crate::model::Model> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            out.push(crate::format::read_str(&text).model.unwrap());
        }
        out
    }

    #[test]
    fn the_index_answers_as_the_layout_does() {
        for model in shipped() {
            for options in [
                Options::default(),
                crate::tui::zoom::options(3, Default::default(), false),
            ] {
                let layout = layout(&model, &options);
                let index = ChainIndex::of(&layout);
                assert!(index.is_of(&layout));
                for (i, b) in layout.boxes.iter().enumerate() {
                    assert_eq!(index.box_of(&layout, b.step.as_str()), Some(i));
                    assert_eq!(index.box_at(&layout, b.x + 1, b.y + b.height / 2), Some(i));
                    for d in [
                        Direction::Left,
                        Direction::Right,
                        Direction::Up,
                        Direction::Down,
                    ] {
                        assert_eq!(
                            index.neighbour(&layout, i, d),
                            layout.neighbour(i, d),
                            "{} from {} {d:?}",
                            model.name,
                            b.step
                        );
                    }
                }
                // What is in a window of columns: every box and flow that
                // reaches into it, from the index as from the whole layout.
                for lo in (0..layout.width).step_by(37) {
                    let xs = lo..lo + 50;
                    for k in 0..layout.lanes.len() {
                        let mut boxes = index.boxes_in(&layout, k, xs.clone());
                        boxes.sort_unstable();
                        let all: Vec<usize> = layout.lane_index.boxes[k]
                            .iter()
                            .copied()
                            .filter(|&i| {
                                let b = &layout.boxes[i];
                                b.x < xs.end && b.x + b.width > xs.start
                            })
                            .collect();
                        assert_eq!(boxes, all);
                        let mut edges = index.edges_in(k, xs.clone());
                        edges.sort_unstable();
                        let all: Vec<usize> = layout.lane_index.edges[k]
                            .iter()
                            .copied()
                            .filter(|&e| {
                                let p = &layout.edges[e].points;
                                p.iter().map(|p| p.0).min().unwrap() < xs.end
                                    && p.iter().map(|p| p.0).max().unwrap() >= xs.start
                            })
                            .collect();
                        let mut all = all;
                        all.sort_unstable();
                        assert_eq!(edges, all);
                    }
                }
            }
        }
    }
}
