//! Routing: every flow as an orthogonal path through channels (between
//! columns) and corridors (between rows of boxes), then coordinates, crossing
//! count and labels.
//!
//! A flow leaves its source on the right, at the box's port row, and enters
//! its target on the left. In the channel right of the source, the flows of
//! one source share a vertical trunk; in the channel left of the target, the
//! flows into one target share one. Between the trunks a flow runs along a
//! corridor row of the target's lane, where no box stands. A flow to the
//! box straight across the next channel, on the same row, is a straight
//! line. In a channel, source trunks take the tracks on the left and target
//! trunks those on the right, so that a flow leaving a box never overlaps a
//! flow entering one on the same row.

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};

use super::grouped::Grouped;
use super::place::Placed;
use super::{Column, Edge, Lane, Layout, Options, Orientation};
use crate::model::HashMap;
use crate::text::wrap;

/// An abstract row: (lane, 2 × gap for corridors or 2 × slot + 1 for box
/// rows, track or offset in the slot). Orders like the final rows.
type Row = (usize, usize, usize);

/// A link's run along a corridor: the link and the channels it spans.
type Run = (usize, (usize, usize));

/// How a link is drawn.
#[derive(Debug, Clone, Copy)]
enum Path {
    /// Straight across one channel, on one row.
    Straight,
    /// Through the corridor `gap` of a lane, on a track.
    Corridor {
        lane: usize,
        gap: usize,
        track: usize,
    },
    /// Into a big join: from the source's port straight to the trunk of
    /// the target, in the next channel.
    IntoTrunk,
    /// Out of a big fork: along the source's trunk to the target's port
    /// row, then straight into the target, in the next channel.
    FromTrunk,
}

/// How many flows from the column just before (or into the column just
/// after) make a step a big join (or fork), whose flows meet its trunk
/// directly instead of each running its own trunk and corridor track: what
/// keeps a step with thousands of flows a picture that grows with them.
const BUNDLE: usize = 8;

/// Gives out tracks to intervals with the left-edge algorithm: intervals
/// sorted by start, each on the lowest track whose last interval ended
/// before it starts. Returns the track of each interval and the count.
fn left_edge<K: Ord + Copy>(intervals: &[(K, K)]) -> (Vec<usize>, usize) {
    let mut order: Vec<usize> = (0..intervals.len()).collect();
    order.sort_by_key(|&i| (intervals[i].0, intervals[i].1));
    // Tracks in use, by the end of their last interval, and the free ones:
    // starts only grow, so a track once free stays free until it is taken.
    let mut busy: BinaryHeap<Reverse<(K, usize)>> = BinaryHeap::new();
    let mut free: BTreeSet<usize> = BTreeSet::new();
    let mut count = 0;
    let mut track = vec![0; intervals.len()];
    for i in order {
        let (start, end) = intervals[i];
        while let Some(&Reverse((e, t))) = busy.peek() {
            if e >= start {
                break;
            }
            busy.pop();
            free.insert(t);
        }
        let t = free.pop_first().unwrap_or_else(|| {
            count += 1;
            count - 1
        });
        track[i] = t;
        busy.push(Reverse((end, t)));
    }
    (track, count)
}

/// The vertical trunk of one box in a channel: the box's port row, the
/// corridor rows where its flows turn, and the rows it spans.
#[derive(Debug, Clone)]
struct Trunk {
    port: Row,
    turns: Vec<Row>,
    span: (Row, Row),
}

impl Trunk {
    fn turn(&mut self, row: Row) {
        self.turns.push(row);
        self.span = (self.span.0.min(row), self.span.1.max(row));
    }

    fn spans(&self, row: Row) -> bool {
        self.span.0 <= row && row <= self.span.1
    }

    fn overlaps(&self, other: &Trunk) -> bool {
        self.span.0 <= other.span.1 && other.span.0 <= self.span.1
    }
}

/// Which side of a channel: source trunks (flows come in from a box on the
/// left and leave to the right along corridors) or target trunks (flows
/// come in along corridors from the left and leave to a box on the right).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Zone {
    Sources,
    Targets,
}

/// The crossings between two trunks when `a` stands left of `b`.
fn pair_cost(a: &Trunk, b: &Trunk, zone: Zone) -> usize {
    match zone {
        // b's flow from its box runs right through a; a's flows turn right through b.
        Zone::Sources => {
            usize::from(a.spans(b.port)) + a.turns.iter().filter(|&&r| b.spans(r)).count()
        }
        // a's flow into its box runs right through b; b's flows come from the left through a.
        Zone::Targets => {
            usize::from(b.spans(a.port)) + b.turns.iter().filter(|&&r| a.spans(r)).count()
        }
    }
}

/// Orders the trunks of one side of a channel to keep crossings few, then
/// gives each the first track right of every earlier trunk it overlaps, so
/// trunks that do not overlap share tracks. Starts from the order by span,
/// then moves single trunks to where they cross least, while that helps.
///
/// The moves cost about `n × (n + turns)` a round; where that passes
/// [`ORDER_BUDGET`] (a step with thousands of flows), the trunks keep the
/// order by span, and tracks are given out in `O(n log n)`.
fn order_tracks(trunks: &[&Trunk], zone: Zone) -> (Vec<usize>, usize) {
    let n = trunks.len();
    let turns: usize = trunks.iter().map(|t| t.turns.len()).sum();
    if n.saturating_mul(n + turns) > ORDER_BUDGET {
        return tracks_in_span_order(trunks);
    }
    let mut order: Vec<usize> = (0..n).collect();
    if n > 1 {
        let cost = |a: usize, b: usize| -> i64 {
            if trunks[a].overlaps(trunks[b]) {
                pair_cost(trunks[a], trunks[b], zone) as i64
            } else {
                0
            }
        };
        // Move one trunk at a time to the place that removes most
        // crossings, until no move helps (a bounded number of rounds).
        for _ in 0..20 {
            let mut improved = false;
            for i in 0..n {
                let x = order[i];
                let mut best = (0i64, i);
                let mut delta = 0;
                for (j, &y) in order.iter().enumerate().skip(i + 1) {
                    delta += cost(y, x) - cost(x, y);
                    if delta < best.0 {
                        best = (delta, j);
                    }
                }
                delta = 0;
                for j in (0..i).rev() {
                    let y = order[j];
                    delta += cost(x, y) - cost(y, x);
                    if delta < best.0 {
                        best = (delta, j);
                    }
                }
                if best.0 < 0 {
                    let x = order.remove(i);
                    order.insert(best.1, x);
                    improved = true;
                }
            }
            if !improved {
                break;
            }
        }
    }
    let mut track = vec![0usize; n];
    let mut count = 0;
    for (k, &i) in order.iter().enumerate() {
        let t = order[..k]
            .iter()
            .filter(|&&j| trunks[j].overlaps(trunks[i]))
            .map(|&j| track[j] + 1)
            .max()
            .unwrap_or(0);
        track[i] = t;
        count = count.max(t + 1);
    }
    (track, count)
}

/// The most trunks all corridor choices of one layout may look at.
const CORRIDOR_BUDGET: usize = 1 << 22;

/// The most work one round of moving trunks may cost (see [`order_tracks`]).
const ORDER_BUDGET: usize = 1 << 20;

/// Tracks for trunks sorted by span: each on the first track right of every
/// earlier trunk it overlaps. An earlier trunk overlaps a later one when it
/// ends at or after the later one's start, so a Fenwick tree of the highest
/// track by end answers each trunk in `O(log n)`.
fn tracks_in_span_order(trunks: &[&Trunk]) -> (Vec<usize>, usize) {
    let mut ends: Vec<Row> = trunks.iter().map(|t| t.span.1).collect();
    ends.sort_unstable();
    ends.dedup();
    // Indexed from the highest end down, so a prefix is "ends at or after".
    let index = |row: Row| ends.len() - ends.partition_point(|&e| e < row);
    let mut best = vec![0usize; ends.len() + 1];
    let mut track = Vec::with_capacity(trunks.len());
    let mut count = 0;
    for t in trunks {
        let mut i = index(t.span.0);
        let mut above = 0;
        while i > 0 {
            above = above.max(best[i]);
            i -= i & i.wrapping_neg();
        }
        // `above` is one more than the highest overlapping track, or 0.
        track.push(above);
        count = count.max(above + 1);
        let mut i = index(t.span.1);
        while i < best.len() {
            best[i] = best[i].max(above + 1);
            i += i & i.wrapping_neg();
        }
    }
    (track, count)
}

fn digits(n: usize) -> usize {
    n.max(1).to_string().len()
}

pub(super) fn route(placed: Placed, options: &Options) -> Layout {
    let Placed {
        lanes: lane_labels,
        bands,
        column_band,
        mut boxes,
        links,
        column_width,
        slot_height,
        label_width,
    } = placed;
    let columns = column_width.len();
    let channels = columns + 1;

    // 1. The path of each link, and the corridor tracks (left-edge over the
    //    channels each corridor run spans).
    let mut paths: Vec<Path> = Vec::with_capacity(links.len());
    let mut corridor_runs: HashMap<(usize, usize), Vec<Run>> = HashMap::default();
    let straight = |link: &Edge| {
        let (s, t) = (&boxes[link.from], &boxes[link.to]);
        !link.back
            && t.column == s.column + 1
            && s.lane == t.lane
            && s.slot == t.slot
            && s.height == t.height
    };
    // The links with a trunk in each channel, for judging corridors.
    let mut trunks_in: Vec<Vec<usize>> = vec![Vec::new(); channels];
    for (i, link) in links.iter().enumerate() {
        if !straight(link) {
            trunks_in[boxes[link.from].column + 1].push(i);
            trunks_in[boxes[link.to].column].push(i);
        }
    }
    // Judging a corridor looks at every trunk in the channels a run spans;
    // past a budget (thousands of long flows) runs keep the first corridor.
    let mut trunks_before = vec![0usize; channels + 1];
    for c in 0..channels {
        trunks_before[c + 1] = trunks_before[c] + trunks_in[c].len();
    }
    let next_column = |link: &Edge| {
        !link.back && !straight(link) && boxes[link.to].column == boxes[link.from].column + 1
    };
    let mut joined = vec![0usize; boxes.len()];
    let mut forked = vec![0usize; boxes.len()];
    for link in links.iter().filter(|l| next_column(l)) {
        joined[link.to] += 1;
        forked[link.from] += 1;
    }
    // Running down, a flow to the next rank meets the trunk of its target
    // directly, one row across instead of two: the rows between ranks are
    // what makes a picture running down long.
    let into_trunk = if options.orientation == Orientation::Down {
        1
    } else {
        BUNDLE
    };
    let mut judge_budget = CORRIDOR_BUDGET;
    for (i, link) in links.iter().enumerate() {
        let s = &boxes[link.from];
        let t = &boxes[link.to];
        if straight(link) {
            paths.push(Path::Straight);
            continue;
        }
        if next_column(link) && joined[link.to] >= into_trunk {
            paths.push(Path::IntoTrunk);
            continue;
        }
        if next_column(link) && forked[link.from] >= BUNDLE {
            paths.push(Path::FromTrunk);
            continue;
        }
        let (a, b) = (s.column + 1, t.column);
        let s_below = (s.lane, s.slot) > (t.lane, t.slot);
        let mut corridor = (
            t.lane,
            if link.back || s_below {
                t.slot + 1
            } else {
                t.slot
            },
        );
        let work = 5 * (trunks_before[a.max(b) + 1] - trunks_before[a.min(b)]);
        if (link.back || b > a) && work <= judge_budget {
            judge_budget -= work;
            // A long or returning run: of the corridors above and below its
            // target and its source, take the one fewest trunks run through.
            let through = |(lane, gap): (usize, usize)| -> usize {
                let row = (lane, 2 * gap);
                (a.min(b)..=a.max(b))
                    .flat_map(|c| trunks_in[c].iter())
                    .filter(|&&j| {
                        let other = &links[j];
                        if j == i || other.from == link.from || other.to == link.to {
                            return false;
                        }
                        let (p, q) = (&boxes[other.from], &boxes[other.to]);
                        let ends = ((p.lane, 2 * p.slot + 1), (q.lane, 2 * q.slot + 1));
                        ends.0.min(ends.1) < row && row < ends.0.max(ends.1)
                    })
                    .count()
            };
            let candidates = [
                corridor,
                (t.lane, t.slot),
                (t.lane, t.slot + 1),
                (s.lane, s.slot),
                (s.lane, s.slot + 1),
            ];
            let mut best = through(corridor);
            for candidate in candidates {
                let cost = through(candidate);
                if cost < best {
                    (corridor, best) = (candidate, cost);
                }
            }
        }
        let (lane, gap) = corridor;
        corridor_runs
            .entry((lane, gap))
            .or_default()
            .push((i, (a.min(b), a.max(b))));
        paths.push(Path::Corridor {
            lane,
            gap,
            track: 0,
        });
    }
    let mut corridor_tracks: HashMap<(usize, usize), usize> = HashMap::default();
    for (key, runs) in &corridor_runs {
        // The flows of one source in one corridor share a track, as far as
        // the farthest of them runs: a fork is one line with branches.
        let mut group_of: HashMap<usize, usize> = HashMap::default();
        let mut intervals: Vec<(usize, usize)> = Vec::new();
        let mut groups = Vec::with_capacity(runs.len());
        for &(i, (a, b)) in runs {
            let g = *group_of.entry(links[i].from).or_insert_with(|| {
                intervals.push((a, b));
                intervals.len() - 1
            });
            intervals[g] = (intervals[g].0.min(a), intervals[g].1.max(b));
            groups.push(g);
        }
        let (tracks, count) = left_edge(&intervals);
        corridor_tracks.insert(*key, count);
        for (k, (i, _)) in runs.iter().enumerate() {
            if let Path::Corridor { track, .. } = &mut paths[*i] {
                *track = tracks[groups[k]];
            }
        }
    }

    // 2. Trunks: per channel, source trunks (boxes of the column to the
    //    left) and target trunks (boxes of the column to the right), each an
    //    interval of abstract rows; tracks by left-edge, sources first.
    let port_row = |b: usize| -> Row {
        let bx = &boxes[b];
        (bx.lane, 2 * bx.slot + 1, bx.height / 2)
    };
    // By box.
    let mut source_trunks: Vec<Option<Trunk>> = vec![None; boxes.len()];
    let mut target_trunks: Vec<Option<Trunk>> = vec![None; boxes.len()];
    let turn = |trunks: &mut Vec<Option<Trunk>>, b: usize, row: Row| {
        let port = port_row(b);
        trunks[b]
            .get_or_insert_with(|| Trunk {
                port,
                turns: Vec::new(),
                span: (port, port),
            })
            .turn(row);
    };
    for (i, link) in links.iter().enumerate() {
        match paths[i] {
            Path::Corridor { lane, gap, track } => {
                let row: Row = (lane, 2 * gap, track);
                turn(&mut source_trunks, link.from, row);
                turn(&mut target_trunks, link.to, row);
            }
            Path::IntoTrunk => turn(&mut target_trunks, link.to, port_row(link.from)),
            Path::FromTrunk => turn(&mut source_trunks, link.from, port_row(link.to)),
            Path::Straight => {}
        }
    }
    // The boxes with a trunk in each channel.
    let mut channel_sources: Vec<Vec<usize>> = vec![Vec::new(); channels];
    let mut channel_targets: Vec<Vec<usize>> = vec![Vec::new(); channels];
    for (b, bx) in boxes.iter().enumerate() {
        if source_trunks[b].is_some() {
            channel_sources[bx.column + 1].push(b);
        }
        if target_trunks[b].is_some() {
            channel_targets[bx.column].push(b);
        }
    }
    // The track of each box's trunk, by box.
    let mut source_track = vec![0usize; boxes.len()];
    let mut target_track = vec![0usize; boxes.len()];
    let mut channel_tracks = vec![(0usize, 0usize); channels];
    // One list for the trunks of each channel in turn.
    let mut trunks: Vec<&Trunk> = Vec::new();
    for c in 0..channels {
        for (list, all, out, zone) in [
            (
                &mut channel_sources[c],
                &source_trunks,
                &mut source_track,
                Zone::Sources,
            ),
            (
                &mut channel_targets[c],
                &target_trunks,
                &mut target_track,
                Zone::Targets,
            ),
        ] {
            // A lone trunk takes the first track (as it is, 0).
            let count = if list.len() < 2 {
                list.len()
            } else {
                let trunk = |b: usize| all[b].as_ref().expect("a box listed has a trunk");
                list.sort_by_key(|&b| (trunk(b).span, b));
                trunks.clear();
                trunks.extend(list.iter().map(|&b| trunk(b)));
                let (tracks, count) = order_tracks(&trunks, zone);
                for (k, &b) in list.iter().enumerate() {
                    out[b] = tracks[k];
                }
                count
            };
            match zone {
                Zone::Sources => channel_tracks[c].0 = count,
                Zone::Targets => channel_tracks[c].1 = count,
            }
        }
    }

    // 3. Coordinates, along the chain (x running right) and across it (y
    //    running right); running down, the two are swapped at the end.
    //    Across first: the lanes, their corridors and the slots of boxes.
    let down = options.orientation == Orientation::Down;
    let spacing = if options.spacious { 2 } else { 1 };
    let header_height = match (down, label_width) {
        // Running down, the phase names stand at the left.
        (true, 0) => 0,
        (true, w) => w + 3,
        _ if bands.is_empty() => 0,
        _ => 2,
    };
    let mut y = header_height;
    let mut lanes = Vec::with_capacity(lane_labels.len());
    let mut corridor_y: Vec<Vec<usize>> = Vec::with_capacity(lane_labels.len());
    let mut slot_y: Vec<Vec<usize>> = Vec::with_capacity(lane_labels.len());
    for (lane, (partner, label)) in lane_labels.into_iter().enumerate() {
        let top = y;
        let slots = slot_height[lane].len();
        let mut cy = Vec::with_capacity(slots + 1);
        let mut sy = Vec::with_capacity(slots);
        for (gap, height) in slot_height[lane].iter().map(Some).chain([None]).enumerate() {
            cy.push(y);
            let tracks = corridor_tracks.get(&(lane, gap)).copied().unwrap_or(0);
            // Running down, the first box of a lane stands against the
            // separator before it.
            let min = if height.is_none() || (down && gap == 0) {
                spacing - 1
            } else {
                spacing
            };
            y += tracks.max(min);
            if let Some(height) = height {
                sy.push(y);
                y += height;
            }
        }
        // Running right the lane is as tall as its name; running down the
        // name wraps to the lane, which is at least as wide as a short word.
        let least = if down { 6 } else { label.len() };
        if y - top < least {
            y = top + least;
        }
        lanes.push(Lane {
            partner,
            label,
            y: top,
            height: y - top,
            x: 0,
            width: 0,
        });
        y += 1; // the separator line
        corridor_y.push(cy);
        slot_y.push(sy);
    }
    let total_height = y;
    if down {
        for lane in &mut lanes {
            let name = lane.label.concat();
            lane.label = match options.density {
                super::Density::Detail => wrap(&name, lane.height),
                super::Density::Compact => vec![super::shorten(&name, lane.height)],
            };
        }
    }

    // Along: the channels and columns. Labels that may become references
    // need room for their number before the arrowhead (running right):
    // number them by target column.
    let mut labelled_into = vec![0usize; channels];
    for link in &links {
        if !link.label.is_empty() {
            labelled_into[boxes[link.to].column] += 1;
        }
    }
    let mut running = 0;
    let mut cols: Vec<Column> = Vec::with_capacity(columns);
    let diagram_x = match (down, label_width) {
        // Running down, the lane names and a rule under them.
        (true, _) => lanes.iter().map(|l| l.label.len()).max().unwrap_or(0) + 1,
        (false, 0) => 0,
        (false, w) => w + 3,
    };
    // Tracks of a channel two cells apart running right, a row apart
    // running down.
    let pitch = if down { 1 } else { 2 };
    // Running down with the phase names as rows, the row over a phase's
    // first rank is its name's (the row of arrowheads, where the name
    // stands clear of them): a row of its own only over the first rank.
    let heads_on_edges = down && options.heads_on_edges && !options.flat;
    let mut name_row = vec![0usize; channels];
    if down && options.phase_rows {
        for b in bands.iter().filter(|b| !b.name.is_empty()) {
            // Over the first rank of a printed page, the name stands on
            // the rule under the lane names.
            name_row[b.first_column] = usize::from(b.first_column > 0 || !heads_on_edges);
        }
    }
    let mut x = diagram_x;
    let mut channel_x = vec![0usize; channels];
    let mut channel_w = vec![0usize; channels];
    for c in 0..channels {
        running += labelled_into[c];
        let (ns, nt) = channel_tracks[c];
        let w = if down {
            // The tracks, the first on the row under the sources (a flow
            // leaves its box there, `┬` on the box's edge), and the row of
            // arrowheads; a flow straight down takes one row.
            let w = match ns + nt {
                // Above the first rank and under the last, no empty row.
                0 if c == 0 || c == columns => spacing - 1,
                0 => spacing,
                // Boxes without edges: the last track is the row of
                // arrowheads, a flow's turn into its box its arrowhead.
                tracks if options.flat => tracks,
                // Arrowheads on the boxes' top edges: the last track is
                // the row above the boxes, where flows turn into them.
                // A phase's name keeps a row of its own under them.
                tracks if heads_on_edges && name_row[c] == 0 => spacing - 1 + tracks,
                tracks => spacing + tracks,
            };
            if options.flat {
                // One-line boxes: the name's row beside the tracks, clear
                // of the flows along them.
                w + name_row[c]
            } else {
                w.max(name_row[c])
            }
        } else {
            let margin = if running > 0 { digits(running) + 2 } else { 2 } + spacing - 1;
            spacing + 2 * (ns + nt) + margin
        };
        channel_x[c] = x;
        channel_w[c] = w;
        x += w;
        if c < columns {
            cols.push(Column {
                channel_x: channel_x[c],
                channel_width: w,
                x,
                width: column_width[c],
                band: column_band[c],
            });
            x += column_width[c];
        }
    }
    let total_width = x;
    let first_track = if down { spacing - 1 } else { spacing };
    let track_x = |c: usize, zone: usize, track: usize| -> usize {
        let (ns, _) = channel_tracks[c];
        channel_x[c] + first_track + pitch * (if zone == 0 { track } else { ns + track })
    };
    for b in &mut boxes {
        b.x = cols[b.column].x;
        b.y = slot_y[b.lane][b.slot];
    }

    // 4. Paths in cells.
    let mut edges: Vec<Edge> = Vec::with_capacity(links.len());
    for (i, link) in links.into_iter().enumerate() {
        let s = &boxes[link.from];
        let t = &boxes[link.to];
        let start = (s.x + s.width, s.port_y());
        let end = (t.x - 1, t.port_y());
        let points = match paths[i] {
            Path::Straight => vec![start, end],
            Path::IntoTrunk => {
                let xt = track_x(t.column, 1, target_track[link.to]);
                simplify(vec![start, (xt, start.1), (xt, end.1), end])
            }
            Path::FromTrunk => {
                let xs = track_x(s.column + 1, 0, source_track[link.from]);
                simplify(vec![start, (xs, start.1), (xs, end.1), end])
            }
            Path::Corridor { lane, gap, track } => {
                let xs = track_x(s.column + 1, 0, source_track[link.from]);
                let xt = track_x(t.column, 1, target_track[link.to]);
                let yc = corridor_y[lane][gap] + track;
                simplify(vec![
                    start,
                    (xs, start.1),
                    (xs, yc),
                    (xt, yc),
                    (xt, end.1),
                    end,
                ])
            }
        };
        edges.push(Edge { points, ..link });
    }

    for lane in &mut lanes {
        (lane.x, lane.width) = (diagram_x, total_width - diagram_x);
    }
    let mut layout = Layout {
        orientation: Orientation::Right,
        width: total_width,
        height: total_height,
        label_width: diagram_x,
        header_height,
        lanes,
        columns: cols,
        bands,
        boxes,
        edges,
        references: Vec::new(),
        crossings: 0,
        lane_index: Default::default(),
        heads_on_edges,
    };
    if down {
        turn_down(&mut layout);
    }
    let segments = Segments::of(&layout.edges);
    layout.crossings = segments.crossings(&layout.edges);
    super::labels::place(&mut layout, &segments);
    layout
}

/// Swaps along and across: the chain laid out running right becomes the
/// chain running down, lanes columns, columns rows.
fn turn_down(layout: &mut Layout) {
    layout.orientation = Orientation::Down;
    (layout.width, layout.height) = (layout.height, layout.width);
    (layout.label_width, layout.header_height) = (layout.header_height, layout.label_width);
    for lane in &mut layout.lanes {
        (lane.x, lane.y) = (lane.y, lane.x);
        (lane.width, lane.height) = (lane.height, lane.width);
    }
    for b in &mut layout.boxes {
        (b.x, b.y) = (b.y, b.x);
        (b.width, b.height) = (b.height, b.width);
    }
    for e in &mut layout.edges {
        for p in &mut e.points {
            *p = (p.1, p.0);
        }
    }
}

/// Drops repeated points and points in the middle of a straight run.
fn simplify(mut points: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    // The points kept so far are `points[..kept]`; they are never more
    // than the points read, so none is overwritten before it is read.
    let mut kept = 0;
    for k in 0..points.len() {
        let p = points[k];
        if kept > 0 && points[kept - 1] == p {
            continue;
        }
        if kept >= 2 {
            let a = points[kept - 2];
            let b = points[kept - 1];
            if (a.0 == b.0 && b.0 == p.0) || (a.1 == b.1 && b.1 == p.1) {
                kept -= 1;
            }
        }
        points[kept] = p;
        kept += 1;
    }
    points.truncate(kept);
    points
}

/// The straight parts of all paths: horizontal (y, x1, x2, edge) and
/// vertical (x, y1, y2, edge), each with x1 < x2 and y1 < y2.
pub(super) struct Segments {
    pub horizontal: Vec<(usize, usize, usize, usize)>,
    /// Sorted by x.
    pub vertical: Vec<(usize, usize, usize, usize)>,
}

impl Segments {
    pub fn of(edges: &[Edge]) -> Segments {
        let mut horizontal = Vec::new();
        let mut vertical = Vec::new();
        for (i, e) in edges.iter().enumerate() {
            for w in e.points.windows(2) {
                let (a, b) = (w[0], w[1]);
                if a.1 == b.1 && a.0 != b.0 {
                    horizontal.push((a.1, a.0.min(b.0), a.0.max(b.0), i));
                } else if a.0 == b.0 && a.1 != b.1 {
                    vertical.push((a.0, a.1.min(b.1), a.1.max(b.1), i));
                }
            }
        }
        vertical.sort_unstable();
        Segments {
            horizontal,
            vertical,
        }
    }

    /// Counts where a horizontal part of one flow crosses a vertical part of
    /// another, strictly inside both, for flows that share no box: all
    /// crossings, less those within each group of flows that leave or enter
    /// one box (a flow is in two groups, so its crossings with itself are
    /// taken back twice and added back twice).
    pub fn crossings(&self, edges: &[Edge]) -> usize {
        let all = |h: &(usize, usize, usize, usize)| (h.0, h.1, h.2);
        let total = sweep(
            &self.horizontal.iter().map(all).collect::<Vec<_>>(),
            &self.vertical.iter().map(all).collect::<Vec<_>>(),
        );
        let n = edges.len();
        let h_of = Grouped::of(n, self.horizontal.iter().map(|h| (h.3, all(h))));
        let v_of = Grouped::of(n, self.vertical.iter().map(|v| (v.3, all(v))));
        // Each flow's crossings with itself, once.
        let own: Vec<usize> = (0..n).map(|i| sweep(h_of.get(i), v_of.get(i))).collect();
        let boxes = edges
            .iter()
            .map(|e| e.from.max(e.to) + 1)
            .max()
            .unwrap_or(0);
        let out_of = Grouped::of(boxes, edges.iter().enumerate().map(|(i, e)| (e.from, i)));
        let into = Grouped::of(boxes, edges.iter().enumerate().map(|(i, e)| (e.to, i)));
        let mut shared = 0;
        let (mut h, mut v) = (Vec::new(), Vec::new());
        for by_box in [&out_of, &into] {
            for b in 0..boxes {
                let group = by_box.get(b);
                if group.len() < 2 {
                    continue;
                }
                h.clear();
                v.clear();
                for &i in group {
                    h.extend_from_slice(h_of.get(i));
                    v.extend_from_slice(v_of.get(i));
                }
                shared += sweep(&h, &v);
                for &i in group {
                    shared -= own[i];
                }
            }
        }
        total.saturating_sub(shared)
    }
}

/// The most pairs [`sweep`] counts one by one rather than by sweeping.
const FEW_PAIRS: usize = 64;

/// Counts the pairs of a horizontal part (y, x1, x2) and a vertical part
/// (x, y1, y2) that cross strictly inside both: a sweep over x with a
/// Fenwick tree of the open horizontal rows, in `O(n log n)`; a few parts
/// pair by pair.
fn sweep(horizontal: &[(usize, usize, usize)], vertical: &[(usize, usize, usize)]) -> usize {
    if horizontal.is_empty() || vertical.is_empty() {
        return 0;
    }
    if horizontal.len() * vertical.len() <= FEW_PAIRS {
        return horizontal
            .iter()
            .map(|&(y, x1, x2)| {
                vertical
                    .iter()
                    .filter(|&&(x, y1, y2)| x1 < x && x < x2 && y1 < y && y < y2)
                    .count()
            })
            .sum();
    }
    let mut rows: Vec<usize> = horizontal.iter().map(|h| h.0).collect();
    rows.sort_unstable();
    rows.dedup();
    let mut tree = vec![0i64; rows.len() + 1];
    // Events at x: close (kind 0) before verticals (kind 1) before open
    // (kind 2), so a crossing is strictly inside the horizontal part.
    let mut events: Vec<(usize, u8, usize)> = Vec::with_capacity(horizontal.len() * 2);
    for (k, h) in horizontal.iter().enumerate() {
        events.push((h.1, 2, k));
        events.push((h.2, 0, k));
    }
    for (k, v) in vertical.iter().enumerate() {
        events.push((v.0, 1, k));
    }
    events.sort_unstable();
    // The open rows below the `i`th distinct row.
    let below = |tree: &[i64], mut i: usize| -> i64 {
        let mut s = 0;
        while i > 0 {
            s += tree[i];
            i -= i & i.wrapping_neg();
        }
        s
    };
    let mut total: i64 = 0;
    for (_, kind, k) in events {
        if kind == 1 {
            let v = vertical[k];
            let from = rows.partition_point(|&r| r <= v.1);
            let to = rows.partition_point(|&r| r < v.2);
            if to > from {
                total += below(&tree, to) - below(&tree, from);
            }
            continue;
        }
        let d = if kind == 2 { 1 } else { -1 };
        let mut i = rows.partition_point(|&r| r < horizontal[k].0) + 1;
        while i < tree.len() {
            tree[i] += d;
            i += i & i.wrapping_neg();
        }
    }
    total.max(0) as usize
}
