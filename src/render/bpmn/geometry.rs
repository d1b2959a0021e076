//! The layout in pixels for BPMN: every cell and row of the layout keeps
//! its order and place, but rows and columns get the sizes bpmn.io needs:
//! room above and below a pool's steps for its start and end events, a gap
//! between pools where flows between partners travel, a pool tall enough
//! for its name in the header, and a narrow margin where the text diagram
//! writes lane names (bpmn.io writes them in the pool header).

use crate::layout::Layout;

use super::text;

/// Pixels of a box cell and a channel cell (channels are wider: flows
/// that converge there get lanes of their own).
const CW: f64 = 8.0;
const CHANNEL_CW: f64 = 11.0;
/// Room on each side of a phase's border, clear of the flows.
pub const BORDER: f64 = 7.0;
/// Pixels of a row inside a pool.
const CH: f64 = 18.0;
/// The pool header as bpmn.io draws it (a role's lane has one too), and
/// the margin that replaces the text diagram's lane names.
pub const HEADER_W: f64 = 30.0;
const LABEL_AREA: f64 = 72.0;
/// The room above the first pool, for phase names.
pub const TOP: f64 = 34.0;
/// Between pools.
const GAP: f64 = 28.0;
/// Above and below a pool's rows: a little, or room for an event.
const PAD: f64 = 8.0;
const EVENT_PAD: f64 = 46.0;
pub const EVENT: f64 = 28.0;
pub const GATEWAY: f64 = 24.0;
/// Between the tracks of flows that leave or enter one box.
pub const FAN: f64 = 8.0;
/// bpmn.io's font size for pool names, and its line height.
const POOL_FONT: f64 = 12.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    pub fn cx(&self) -> f64 {
        self.x + self.w / 2.0
    }

    pub fn cy(&self) -> f64 {
        self.y + self.h / 2.0
    }

    /// The two share more than an edge.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }

    pub fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x
            && other.right() <= self.right()
            && other.y >= self.y
            && other.bottom() <= self.bottom()
    }

    pub fn grown(&self, d: f64) -> Rect {
        Rect {
            x: self.x - d,
            y: self.y - d,
            w: self.w + 2.0 * d,
            h: self.h + 2.0 * d,
        }
    }
}

/// Which strip of its pool an event sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strip {
    Top,
    Bottom,
}

/// The pixel grid of a layout.
pub struct Grid {
    /// Left and right of each cell column, top and bottom of each row.
    cols: Vec<(f64, f64)>,
    rows: Vec<(f64, f64)>,
    pub width: f64,
    pub pools: Vec<Rect>,
    /// Where each pool's rows end: its bottom strip starts there.
    rows_end: Vec<f64>,
}

impl Grid {
    /// The grid, with event strips where `strips` asks for them (per lane:
    /// top, bottom) and each pool tall enough for its name.
    ///
    /// `room_after` marks the columns whose flows leave through a gateway:
    /// the channel after them starts further right, to hold it; `fan_room`
    /// is the room flows that leave one box of a column need to part
    /// before that channel, right of the phase border; `room_below` is
    /// the room under each row of a pool (where a role's lane needs
    /// height for its name).
    pub fn new(
        layout: &Layout,
        strips: &[(bool, bool)],
        names: &[&str],
        room_after: &[bool],
        band_start: &[bool],
        fan_room: &[f64],
        room_below: &[f64],
    ) -> Grid {
        let mut channel = vec![false; layout.width + 1];
        let mut room = vec![false; layout.width + 1];
        let mut border = vec![false; layout.width + 1];
        let mut fan = vec![0.0; layout.width + 1];
        for (k, c) in layout.columns.iter().enumerate() {
            for cell in channel.iter_mut().skip(c.channel_x).take(c.channel_width) {
                *cell = true;
            }
            if k > 0 && room_after.get(k - 1).copied().unwrap_or(false) {
                room[c.channel_x.min(layout.width)] = true;
            }
            if band_start.get(k).copied().unwrap_or(false) {
                border[c.channel_x.min(layout.width)] = true;
            }
            if k > 0 {
                fan[c.channel_x.min(layout.width)] = fan_room.get(k - 1).copied().unwrap_or(0.0);
            }
        }
        let label_cell = LABEL_AREA / layout.label_width.max(1) as f64;
        let mut cols = Vec::with_capacity(layout.width + 1);
        let mut x = 0.0;
        for (cell, &in_channel) in channel.iter().enumerate() {
            let w = if cell < layout.label_width {
                label_cell
            } else if in_channel {
                CHANNEL_CW
            } else {
                CW
            };
            if room[cell] {
                x += GATEWAY + 24.0;
            }
            if border[cell] {
                x += 2.0 * BORDER;
            }
            x += fan[cell];
            cols.push((x, x + w));
            x += w;
        }
        let width = x;
        // Rows: the header, then each lane with its padding and the gap
        // (the separator row) below it.
        let mut rows = vec![(0.0, 0.0); layout.height + 1];
        let mut pools = Vec::with_capacity(layout.lanes.len());
        let mut rows_end = Vec::with_capacity(layout.lanes.len());
        let first = layout.lanes.first().map_or(layout.height, |l| l.y);
        for (r, row) in rows.iter_mut().enumerate().take(first) {
            let h = TOP / first as f64;
            *row = (r as f64 * h, (r + 1) as f64 * h);
        }
        let mut y = TOP;
        let mut next_row = first;
        for (k, lane) in layout.lanes.iter().enumerate() {
            while next_row < lane.y && next_row < rows.len() {
                rows[next_row] = (y, y + CH);
                y += CH;
                next_row += 1;
            }
            let (top, bottom) = strips.get(k).copied().unwrap_or((false, false));
            let pool_top = y;
            y += if top { EVENT_PAD } else { PAD };
            for (r, row) in rows.iter_mut().enumerate().skip(lane.y).take(lane.height) {
                *row = (y, y + CH);
                y += CH + room_below.get(r).copied().unwrap_or(0.0);
            }
            rows_end.push(y);
            y += if bottom { EVENT_PAD } else { PAD };
            // The name wraps along the pool's height in a header two
            // lines wide; a pool too short for it grows.
            let name = names.get(k).copied().unwrap_or("");
            while text::wrap(name, y - pool_top - 40.0, POOL_FONT).len() > 2
                && y - pool_top < 2000.0
            {
                y += CH;
            }
            pools.push(Rect {
                x: 0.0,
                y: pool_top,
                w: width,
                h: y - pool_top,
            });
            let separator = lane.y + lane.height;
            if separator < rows.len() {
                rows[separator] = (y, y + GAP);
            }
            y += GAP;
            next_row = separator + 1;
        }
        while next_row < rows.len() {
            rows[next_row] = (y, y + CH);
            y += CH;
            next_row += 1;
        }
        Grid {
            cols,
            rows,
            width,
            pools,
            rows_end,
        }
    }

    pub fn left(&self, cell: usize) -> f64 {
        self.cols[cell.min(self.cols.len() - 1)].0
    }

    pub fn right(&self, cell: usize) -> f64 {
        self.cols[cell.min(self.cols.len() - 1)].1
    }

    pub fn top(&self, row: usize) -> f64 {
        self.rows[row.min(self.rows.len() - 1)].0
    }

    pub fn bottom(&self, row: usize) -> f64 {
        self.rows[row.min(self.rows.len() - 1)].1
    }

    pub fn x(&self, cell: usize) -> f64 {
        (self.left(cell) + self.right(cell)) / 2.0
    }

    pub fn y(&self, row: usize) -> f64 {
        (self.top(row) + self.bottom(row)) / 2.0
    }

    /// The bottom of the last pool.
    pub fn height(&self) -> f64 {
        self.pools.last().map_or(TOP, |p| p.bottom())
    }

    /// The box of a step.
    pub fn boxed(&self, b: &crate::layout::StepBox) -> Rect {
        let (x, y) = (self.left(b.x), self.top(b.y));
        Rect {
            x,
            y,
            w: self.right(b.x + b.width.max(1) - 1) - x,
            h: self.bottom(b.y + b.height.max(1) - 1) - y,
        }
    }

    /// An event in a strip of a pool, centred on `cx`.
    pub fn event(&self, lane: usize, strip: Strip, cx: f64) -> Rect {
        let pool = self.pools[lane];
        let y = match strip {
            Strip::Top => pool.y + (EVENT_PAD - EVENT) / 2.0,
            Strip::Bottom => self.rows_end[lane] + (EVENT_PAD - EVENT) / 2.0,
        };
        Rect {
            x: cx - EVENT / 2.0,
            y,
            w: EVENT,
            h: EVENT,
        }
    }

    /// The pool headers, where bpmn.io writes the partner names.
    pub fn headers(&self) -> Vec<Rect> {
        self.pools
            .iter()
            .map(|p| Rect { w: HEADER_W, ..*p })
            .collect()
    }
}

/// The height a pool's or a lane's header needs for a name: two lines
/// along it at most, no word wider than it.
pub fn header_fits(name: &str, height: f64) -> bool {
    let room = height - 20.0;
    let lines = text::wrap(name, room, POOL_FONT);
    lines.len() <= 2 && text::widest(&lines, POOL_FONT) <= room
}

/// Every flow's path in pixels, from the source box's right side to the
/// target box's left side. Flows that share a trunk in the text diagram
/// (they leave or enter one box) get lanes of their own: each ends at its
/// own height on the box and turns on its own track.
pub fn paths(layout: &Layout, grid: &Grid, boxes: &[Rect], keep: &[bool]) -> Vec<Vec<(f64, f64)>> {
    let mut paths: Vec<Vec<(f64, f64)>> = layout
        .edges
        .iter()
        .map(|e| {
            let last = e.points.len().saturating_sub(1);
            e.points
                .iter()
                .enumerate()
                .map(|(k, &(x, y))| {
                    let x = if k == 0 {
                        boxes[e.from].right()
                    } else if k == last {
                        boxes[e.to].x
                    } else {
                        grid.x(x)
                    };
                    (x, grid.y(y))
                })
                .collect()
        })
        .collect();
    for (b, rect) in boxes.iter().enumerate() {
        // Into the box: the last turn is at (track, join) then (track, end).
        let mut into: Vec<usize> = (0..paths.len())
            .filter(|&i| layout.edges[i].to == b && paths[i].len() >= 3)
            .collect();
        if into.len() > 1 {
            into.sort_by(|&i, &j| {
                let (pi, pj) = (&paths[i], &paths[j]);
                pi[pi.len() - 3].1.total_cmp(&pj[pj.len() - 3].1)
            });
            spread(&mut paths, &into, rect, true);
        }
        let mut out: Vec<usize> = (0..paths.len())
            .filter(|&i| layout.edges[i].from == b && paths[i].len() >= 3 && !keep[b])
            .collect();
        if out.len() > 1 {
            out.sort_by(|&i, &j| paths[i][2].1.total_cmp(&paths[j][2].1));
            spread(&mut paths, &out, rect, false);
        }
    }
    paths
}

/// Gives flows that meet at one side of a box their own heights on it and
/// their own vertical tracks, in the order they arrive so they do not cross:
/// the flow with the farthest to go turns nearest the box.
fn spread(paths: &mut [Vec<(f64, f64)>], flows: &[usize], rect: &Rect, into: bool) {
    let n = flows.len();
    let step = ((rect.h - 12.0) / (n - 1) as f64).min(14.0);
    let first = rect.cy() - step * (n - 1) as f64 / 2.0;
    let side = if into { rect.x } else { rect.right() };
    let legs = |len: usize| {
        if into {
            (len - 1, len - 2, len - 3)
        } else {
            (0, 1, 2)
        }
    };
    // Each flow's new height and how far its vertical run goes.
    let spans: Vec<(f64, f64)> = flows
        .iter()
        .enumerate()
        .map(|(rank, &i)| {
            let y = first + step * rank as f64;
            let (_, _, join) = legs(paths[i].len());
            (y, (paths[i][join].1 - y).abs())
        })
        .collect();
    for (rank, &i) in flows.iter().enumerate() {
        let path = &mut paths[i];
        let (end, turn, join) = legs(path.len());
        // Only an orthogonal leg: a vertical run to the box's height.
        if (path[turn].0 - path[join].0).abs() > 0.5 {
            continue;
        }
        let (y, span) = spans[rank];
        let nearer = spans.iter().filter(|s| s.1 < span).count();
        let track = path[turn].0;
        let room = ((side - track).abs() - 8.0).max(0.0);
        let spacing = (room / n as f64).min(FAN);
        let toward = if into { 1.0 } else { -1.0 };
        let x = track + toward * spacing * nearer as f64;
        path[turn] = (x, y);
        path[join].0 = x;
        path[end].1 = y;
    }
}
