//! Where each step goes: its lane, its column, its place in the stack of its
//! cell, and the size of its box.

use petgraph::stable_graph::NodeIndex;
use petgraph::visit::{EdgeRef, NodeIndexable};

use super::grouped::Grouped;
use super::{Band, Density, Edge, Options, Orientation, StepBox};
use crate::model::{HashMap, Id, Model};
use crate::text::{sanitize, width, wrap};

/// Steps placed in lanes, columns and stacks, with box sizes; no
/// coordinates yet.
#[derive(Debug, Clone)]
pub(super) struct Placed {
    pub lanes: Vec<(Id, Vec<String>)>,
    pub bands: Vec<Band>,
    /// The band of each column.
    pub column_band: Vec<Option<usize>>,
    pub boxes: Vec<StepBox>,
    /// The flows between drawn boxes, not yet routed (no points).
    pub links: Vec<Edge>,
    /// The widest box of each column.
    pub column_width: Vec<usize>,
    /// The height of each slot of each lane.
    pub slot_height: Vec<Vec<usize>>,
    pub label_width: usize,
}

/// The steps stacked in one lane and column: the lane and where its steps,
/// from the top, stand in the list of all cells' steps.
struct Cell {
    lane: usize,
    steps: std::ops::Range<usize>,
}

/// The widest line of a phase name at the left of a picture running down.
pub(super) const PHASE_TEXT: usize = 10;

/// Past how many flows out of one step its repeated flows are found by
/// a map rather than by a look at each.
const MANY_FLOWS: usize = 16;

/// How long the labels of repeated flows between two steps may grow when
/// they are joined into the label of one link.
const JOINED_LABELS: usize = 200;

pub(super) fn place(model: &Model, options: &Options) -> Placed {
    let chain = &model.steps;
    let graph = chain.graph();
    let analysis = model.analyse();

    // Lanes: partners in model order, those with steps unless all are asked for.
    let mut lane_of: HashMap<&str, usize> = HashMap::default();
    let mut lanes = Vec::new();
    let label_text = options.lane_label_width.max(4);
    let with_steps: crate::model::HashSet<&Id> = chain.iter().map(|s| &s.partner).collect();
    for (id, partner) in &model.partners {
        let used = with_steps.contains(id);
        if used || options.all_lanes {
            lane_of.insert(id.as_str(), lanes.len());
            let name = if partner.name.is_empty() {
                id.as_str()
            } else {
                &partner.name
            };
            let name = sanitize(name);
            let label = match (options.orientation, options.density) {
                // Wrapped to the lane's width once that is known.
                (Orientation::Down, _) => vec![name.into_owned()],
                (_, Density::Detail) => wrap(&name, fit(&name, label_text)),
                (_, Density::Compact) => vec![shorten(&name, label_text)],
            };
            lanes.push((id.clone(), label));
        }
    }
    let down = options.orientation == Orientation::Down;
    let label_width = if down {
        0
    } else {
        lanes
            .iter()
            .flat_map(|(_, lines)| lines.iter().map(|l| width(l)))
            .max()
            .unwrap_or(0)
    };

    // The steps that can be drawn: those in a lane, and the lane of each
    // by node index.
    let bound = graph.node_bound();
    let mut lane_at = vec![0usize; bound];
    let mut nodes: Vec<NodeIndex> = Vec::with_capacity(chain.nodes().len());
    for &n in chain.nodes() {
        if let Some(&lane) = lane_of.get(graph[n].partner.as_str()) {
            lane_at[n.index()] = lane;
            nodes.push(n);
        }
    }

    // Columns: phase bands in order (steps without a phase last), each the
    // distinct ranks of its steps; without phases, the ranks themselves.
    let mut bands = Vec::new();
    // By node index: what a step's node is given, for the drawn ones.
    let mut column_of = vec![0usize; bound];
    let mut column_band = Vec::new();
    let rank = |n: NodeIndex| analysis.rank_of(n);
    if model.phases.is_empty() {
        let mut ranks: Vec<usize> = nodes.iter().map(|&n| rank(n)).collect();
        ranks.sort_unstable();
        ranks.dedup();
        // A rank's column is its place among the distinct ranks.
        for &n in &nodes {
            column_of[n.index()] = ranks.partition_point(|&r| r < rank(n));
        }
        column_band = vec![None; ranks.len()];
    } else {
        let mut groups: Vec<(Option<&Id>, Vec<NodeIndex>)> =
            model.phases.keys().map(|p| (Some(p), Vec::new())).collect();
        groups.push((None, Vec::new()));
        let phase_index: HashMap<&str, usize> = model
            .phases
            .keys()
            .enumerate()
            .map(|(i, p)| (p.as_str(), i))
            .collect();
        let unphased = groups.len() - 1;
        for &n in &nodes {
            let at = graph[n]
                .phase
                .as_ref()
                .and_then(|p| phase_index.get(p.as_str()).copied())
                .unwrap_or(unphased);
            groups[at].1.push(n);
        }
        for (phase, members) in groups {
            if members.is_empty() && phase.is_none() {
                continue;
            }
            let band = bands.len();
            let first = column_band.len();
            let mut ranks: Vec<usize> = members.iter().map(|&n| rank(n)).collect();
            ranks.sort_unstable();
            ranks.dedup();
            for &n in &members {
                column_of[n.index()] = first + ranks.partition_point(|&r| r < rank(n));
            }
            let count = ranks.len().max(1);
            column_band.extend(std::iter::repeat_n(Some(band), count));
            let name = match phase {
                Some(p) => {
                    sanitize(model.name_of(crate::model::Section::Phases, p.as_str())).into_owned()
                }
                None => String::new(),
            };
            bands.push(Band {
                phase: phase.cloned(),
                name,
                first_column: first,
                last_column: first + count - 1,
            });
        }
    }
    let columns = column_band.len();
    // Running down, the phase names stand at the left.
    let label_width = if down && options.phase_rows {
        0
    } else if down {
        let longest = bands
            .iter()
            .flat_map(|b| b.name.split_whitespace().map(width))
            .max()
            .unwrap_or(0);
        let text = longest.clamp(PHASE_TEXT, PHASE_TEXT + PHASE_TEXT / 2);
        bands
            .iter()
            .flat_map(|b| wrap(&b.name, text))
            .map(|l| width(&l))
            .max()
            .unwrap_or(0)
    } else {
        label_width
    };

    // Cells: the steps of each lane and column, first in reading order, then
    // sorted by the mean position of their neighbours, sweeping left to
    // right over predecessors and back over successors.
    // All cells' steps in one list, by column, then lane, then reading
    // order (counted into place by column, then a stable sort by lane
    // inside each column), each cell a run of it.
    let Grouped {
        starts: column_start,
        items: mut members,
    } = Grouped::of(columns, nodes.iter().map(|&n| (column_of[n.index()], n)));
    for c in 0..columns {
        members[column_start[c]..column_start[c + 1]].sort_by_key(|n| lane_at[n.index()]);
    }
    // The cells of each column start at `cells_from[column]`.
    let mut cells: Vec<Cell> = Vec::new();
    let mut cells_from = Vec::with_capacity(columns + 1);
    for c in 0..columns {
        cells_from.push(cells.len());
        let mut k = column_start[c];
        while k < column_start[c + 1] {
            let lane = lane_at[members[k].index()];
            let start = k;
            while k < column_start[c + 1] && lane_at[members[k].index()] == lane {
                k += 1;
            }
            cells.push(Cell {
                lane,
                steps: start..k,
            });
        }
    }
    cells_from.push(cells.len());
    drop(column_start);
    // The position of each drawn step, by node index.
    let mut position: Vec<Option<f64>> = vec![None; bound];
    for cell in &cells {
        for (slot, &n) in members[cell.steps.clone()].iter().enumerate() {
            position[n.index()] = Some(cell.lane as f64 * 1000.0 + slot as f64);
        }
    }
    let stacked = cells.iter().any(|cell| cell.steps.len() > 1);
    if stacked {
        for sweep in 0..4 {
            let forward = sweep % 2 == 0;
            let order: Vec<usize> = if forward {
                (0..columns).collect()
            } else {
                (0..columns).rev().collect()
            };
            let mut keyed: Vec<(f64, usize, NodeIndex)> = Vec::new();
            for column in order {
                for cell in &cells[cells_from[column]..cells_from[column + 1]] {
                    let lane = &cell.lane;
                    let members = &mut members[cell.steps.clone()];
                    if members.len() < 2 {
                        continue;
                    }
                    keyed.clear();
                    keyed.extend(members.iter().enumerate().map(|(i, &n)| {
                        let dir = if forward {
                            petgraph::Direction::Incoming
                        } else {
                            petgraph::Direction::Outgoing
                        };
                        // The mean, summed in edge order as a sum of a
                        // list would be.
                        let (sum, count) = graph
                            .edges_directed(n, dir)
                            .filter_map(|e| {
                                let other = if forward { e.source() } else { e.target() };
                                position[other.index()]
                            })
                            .fold((-0.0f64, 0usize), |(s, c), p| (s + p, c + 1));
                        let center = if count == 0 {
                            position[n.index()].unwrap_or(0.0)
                        } else {
                            sum / count as f64
                        };
                        (center, i, n)
                    }));
                    keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                    for (slot, (m, &(_, _, n))) in members.iter_mut().zip(&keyed).enumerate() {
                        *m = n;
                        position[n.index()] = Some(*lane as f64 * 1000.0 + slot as f64);
                    }
                }
            }
        }
    }

    // Boxes, in reading order.
    let text_width = options.box_text_width.max(4);
    let mut box_of: Vec<Option<usize>> = vec![None; bound];
    let mut boxes = Vec::with_capacity(nodes.len());
    let mut slots_of_lane = vec![1usize; lanes.len()];
    let mut slot_of = vec![0usize; bound];
    if options.role_rows {
        for (n, slot) in role_slots(model, &cells, &members) {
            slot_of[n.index()] = slot;
        }
    } else {
        for cell in &cells {
            for (slot, &n) in members[cell.steps.clone()].iter().enumerate() {
                slot_of[n.index()] = slot;
            }
        }
    }
    for &n in &nodes {
        let step = &graph[n];
        let lane = lane_at[n.index()];
        let column = column_of[n.index()];
        let slot = slot_of[n.index()];
        slots_of_lane[lane] = slots_of_lane[lane].max(slot + 1);
        let name = if step.name.is_empty() {
            step.id.as_str()
        } else {
            &step.name
        };
        let name = sanitize(name);
        let text_width = if down {
            lane_text_width(options, lane)
        } else {
            text_width
        };
        let lines = match (options.density, down) {
            // A one-line box is at least as wide as its name's first word.
            _ if options.flat && !options.cut_words => {
                vec![first_words(&name, text_width.max(first_word(&name)))]
            }
            _ if options.flat => vec![first_words(&name, text_width)],
            // Running down, a box is no wider than the text width: a word
            // longer than that is broken.
            (Density::Detail, true) => wrap(&name, text_width),
            (Density::Detail, false) => wrap(&name, fit(&name, text_width)),
            (Density::Compact, _) => vec![shorten(&name, text_width)],
        };
        let inner = lines.iter().map(|l| width(l)).max().unwrap_or(0);
        // Sizes along the chain (`width`) and across it (`height`): running
        // down, the box's rows and its columns, swapped back after routing.
        let edges = if options.flat { 0 } else { 2 };
        let (along, across) = if down {
            (lines.len() + edges, inner + 2)
        } else {
            (inner + edges + 2, lines.len() + edges)
        };
        box_of[n.index()] = Some(boxes.len());
        boxes.push(StepBox {
            step: step.id.clone(),
            lane,
            column,
            slot,
            x: 0,
            y: 0,
            width: along,
            height: across,
            lines,
            leaves: false,
        });
    }
    let mut column_width = vec![0usize; columns];
    let least = match (down, options.flat) {
        (true, _) => 4,
        (false, true) => 1,
        (false, false) => 3,
    };
    let mut slot_height: Vec<Vec<usize>> = slots_of_lane.iter().map(|&k| vec![least; k]).collect();
    for b in &boxes {
        column_width[b.column] = column_width[b.column].max(b.width);
        slot_height[b.lane][b.slot] = slot_height[b.lane][b.slot].max(b.height);
    }
    let least = match (down, options.flat) {
        (true, true) => 1,
        (true, false) => 3,
        (false, _) => 4,
    };
    for w in &mut column_width {
        *w = (*w).max(least);
    }
    if down {
        // The boxes of one slot of a lane are one width, so a flow between
        // them runs straight down.
        for b in &mut boxes {
            b.height = slot_height[b.lane][b.slot];
        }
    }

    // Links between drawn boxes, in reading order and `next` order. Several
    // flows between the same two steps are one link, drawn once, with the
    // labels of all of them (`keten check` warns about the repeats).
    let mut links: Vec<Edge> = Vec::with_capacity(graph.edge_count());
    // The links of one step follow each other: a repeat is found among
    // them, by a look at each where they are few.
    let mut link_of: HashMap<usize, usize> = HashMap::default();
    for &n in &nodes {
        let Some(from) = box_of[n.index()] else {
            continue;
        };
        let flows = chain.flows_out(n);
        let first = links.len();
        let many = flows.len() > MANY_FLOWS;
        if many {
            link_of.clear();
        }
        for (edge, flow, target) in flows {
            let Some(to) = box_of[target.index()] else {
                continue;
            };
            let repeat = if many {
                link_of.get(&to).copied()
            } else {
                (first..links.len()).find(|&k| links[k].to == to)
            };
            if let Some(k) = repeat {
                let label = sanitize(&flow.label);
                let link = &mut links[k];
                let room = link.label.len() < JOINED_LABELS;
                if room && !label.is_empty() && !link.label.split(", ").any(|l| l == label) {
                    if !link.label.is_empty() {
                        link.label.push_str(", ");
                    }
                    link.label.push_str(&label);
                }
                continue;
            }
            if many {
                link_of.insert(to, links.len());
            }
            links.push(Edge {
                from,
                to,
                slot: graph[edge],
                label: sanitize(&flow.label).into_owned(),
                back: analysis.is_back_edge(edge),
                // Each partner drawn has a lane of its own.
                handoff: lane_at[n.index()] != lane_at[target.index()],
                points: Vec::new(),
                label_at: None,
                reference: None,
                reference_at: None,
            });
        }
    }

    for link in &links {
        boxes[link.from].leaves = true;
    }

    Placed {
        lanes,
        bands,
        column_band,
        boxes,
        links,
        column_width,
        slot_height,
        label_width,
    }
}

/// Running down, the widest text inside the boxes of lane `lane`.
pub(super) fn lane_text_width(options: &Options, lane: usize) -> usize {
    options
        .lane_text_width
        .get(lane)
        .copied()
        .unwrap_or(options.box_text_width)
        .max(4)
}

/// The slot of each step where each role has rows of its own in a lane:
/// the roles in model order, then the steps without a role; inside a role
/// the steps keep their order in the cell.
fn role_slots(model: &Model, cells: &[Cell], steps_of: &[NodeIndex]) -> HashMap<NodeIndex, usize> {
    let graph = model.steps.graph();
    let rank = |n: NodeIndex| {
        graph[n]
            .role
            .as_ref()
            .and_then(|r| model.roles.keys().position(|k| k == r))
            .unwrap_or(model.roles.len())
    };
    // How many rows each role needs in each lane: its most steps in a cell.
    let mut rows: HashMap<(usize, usize), usize> = HashMap::default();
    for &Cell { lane, ref steps } in cells {
        let members = &steps_of[steps.clone()];
        let mut count: HashMap<usize, usize> = HashMap::default();
        for &n in members {
            *count.entry(rank(n)).or_default() += 1;
        }
        for (role, c) in count {
            let most = rows.entry((lane, role)).or_default();
            *most = (*most).max(c);
        }
    }
    let first_row = |lane: usize, role: usize| -> usize {
        rows.iter()
            .filter(|&(&(l, r), _)| l == lane && r < role)
            .map(|(_, &c)| c)
            .sum()
    };
    let mut slot_of = HashMap::default();
    for &Cell { lane, ref steps } in cells {
        let members = &steps_of[steps.clone()];
        let mut seen: HashMap<usize, usize> = HashMap::default();
        for &n in members {
            let role = rank(n);
            let k = seen.entry(role).or_default();
            slot_of.insert(n, first_row(lane, role) + *k);
            *k += 1;
        }
    }
    slot_of
}

/// The width to wrap a name to: the usual width, or wider (up to half as
/// much again) where that keeps its longest word whole.
fn fit(name: &str, usual: usize) -> usize {
    let longest = name.split_whitespace().map(width).max().unwrap_or(0);
    longest.clamp(usual, usual + usual / 2)
}

/// Text cut to at most `max` cells, with `…` where it was cut.
pub fn shorten(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for (g, w) in crate::text::graphemes(text) {
        if used + w + 1 > max {
            break;
        }
        out.push_str(g);
        used += w;
    }
    if max > 0 {
        out.truncate(out.trim_end().len());
        out.push('…');
    }
    out
}

/// The first words of a name that fit `max` cells, with `…` where words
/// were left out; a first word wider than that is cut as [`shorten`] does.
pub fn first_words(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        let gap = usize::from(!out.is_empty());
        if width(&out) + gap + width(word) + 1 > max {
            break;
        }
        if gap == 1 {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        return shorten(text, max);
    }
    out.push('…');
    out
}

/// The width of the first word of a name, with the `…` that follows it
/// where more words are left out.
fn first_word(text: &str) -> usize {
    let mut words = text.split_whitespace().map(width);
    let first = words.next().unwrap_or(0);
    first + usize::from(words.next().is_some())
}
