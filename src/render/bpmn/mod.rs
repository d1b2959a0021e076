//! The model as a BPMN 2.0 collaboration that opens ready in bpmn.io and
//! Camunda Modeler: a pool per partner (its roles as lanes), its steps as
//! tasks with sequence flows inside the pool, start and end events where
//! the chain enters and leaves the pool, handoffs as message flows between
//! pools, phases as groups, and diagram coordinates from the
//! [`Layout`](crate::layout::Layout) with a label position for every
//! labelled flow.

mod geometry;
mod labels;
mod text;

use std::fmt::Write as _;

use crate::layout::Layout;
use crate::model::{Model, Section};
use crate::render::xml::escape;

use geometry::{Grid, Rect, Strip};
use labels::{Anchor, Scene};

/// A start or end event of a pool, beside the task it opens or closes.
struct Event {
    id: String,
    task: usize,
    start: bool,
    /// The chain enters (or leaves) the pool by a message.
    message: bool,
    rect: Rect,
    /// The sequence flow between it and its task.
    path: Vec<(f64, f64)>,
}

/// What goes after a task whose flows split: a parallel gateway.
struct Gateway {
    task: usize,
    rect: Rect,
}

/// The model as BPMN 2.0 XML with diagram interchange.
pub fn bpmn(model: &Model, layout: &Layout) -> String {
    let n = layout.boxes.len();
    let inside = |e: &crate::layout::Edge| layout.boxes[e.from].lane == layout.boxes[e.to].lane;
    let count = |f: &dyn Fn(&crate::layout::Edge) -> bool| -> Vec<usize> {
        let mut c = vec![0; n];
        for e in layout.edges.iter().filter(|e| f(e)) {
            c[e.from] += 1;
        }
        c
    };
    let seq_out = count(&|e| inside(e));
    let msg_out = count(&|e| !inside(e));
    let mut seq_in = vec![0; n];
    let mut msg_in = vec![0; n];
    for e in &layout.edges {
        if inside(e) {
            seq_in[e.to] += 1;
        } else {
            msg_in[e.to] += 1;
        }
    }
    // Events sit above their task, or below it where another box of the
    // same lane stands above it, or where the task's role is not the
    // pool's first (the strips are in the first and last role's lane).
    let role_rank = |b: &crate::layout::StepBox| {
        model
            .steps
            .get(b.step.as_str())
            .and_then(|s| s.role.as_ref())
            .and_then(|r| model.roles.keys().position(|k| k == r))
            .unwrap_or(model.roles.len())
    };
    let strip: Vec<Strip> = layout
        .boxes
        .iter()
        .map(|b| {
            let beside = |o: &&crate::layout::StepBox| o.lane == b.lane && o.column == b.column;
            let above = layout.boxes.iter().filter(beside).any(|o| o.slot < b.slot);
            let below = layout.boxes.iter().filter(beside).any(|o| o.slot > b.slot);
            let first_role = layout
                .boxes
                .iter()
                .filter(|o| o.lane == b.lane)
                .all(|o| role_rank(o) >= role_rank(b));
            if !above && (first_role || below) {
                Strip::Top
            } else {
                Strip::Bottom
            }
        })
        .collect();
    let mut strips = vec![(false, false); layout.lanes.len()];
    for (i, b) in layout.boxes.iter().enumerate() {
        if seq_in[i] == 0 || seq_out[i] == 0 {
            match strip[i] {
                Strip::Top => strips[b.lane].0 = true,
                Strip::Bottom => strips[b.lane].1 = true,
            }
        }
    }
    let names: Vec<&str> = layout
        .lanes
        .iter()
        .map(|l| model.name_of(Section::Partners, l.partner.as_str()))
        .collect();
    let mut room_after = vec![false; layout.columns.len()];
    for (i, b) in layout.boxes.iter().enumerate() {
        if seq_out[i] > 1 {
            room_after[b.column] = true;
        }
    }
    let mut band_start = vec![false; layout.columns.len()];
    for band in layout.bands.iter().filter(|b| b.phase.is_some()) {
        if let Some(start) = band_start.get_mut(band.first_column) {
            *start = true;
        }
    }
    // Flows that leave one box part on tracks of their own.
    let mut fan_room = vec![0.0_f64; layout.columns.len()];
    for (i, b) in layout.boxes.iter().enumerate() {
        let parting = layout
            .edges
            .iter()
            .filter(|e| e.from == i && e.points.len() >= 3)
            .count();
        if parting > 1 && seq_out[i] <= 1 {
            fan_room[b.column] = fan_room[b.column].max(geometry::FAN * parting as f64 + 4.0);
        }
    }
    // Each role's lane tall enough for its name: room below its last row,
    // twice what it lacks where the next lane shares the room.
    let mut room_below = vec![0.0; layout.height + 1];
    let (grid, boxes, role_lanes) = loop {
        let grid = Grid::new(
            layout,
            &strips,
            &names,
            &room_after,
            &band_start,
            &fan_room,
            &room_below,
        );
        let boxes: Vec<Rect> = layout.boxes.iter().map(|b| grid.boxed(b)).collect();
        let role_lanes: Vec<Vec<RoleLane>> = (0..layout.lanes.len())
            .map(|k| roles(model, layout, &boxes, &grid.pools[k], k))
            .collect();
        let mut grown = false;
        for lanes in &role_lanes {
            for (j, lane) in lanes.iter().enumerate() {
                let h = lane.rect.h;
                if geometry::header_fits(lane.name, h) {
                    continue;
                }
                let mut need = h;
                while !geometry::header_fits(lane.name, need) && need < h + 2000.0 {
                    need += 10.0;
                }
                let last = lane.tasks.iter().map(|&t| {
                    let b = &layout.boxes[t];
                    b.y + b.height.max(1) - 1
                });
                if let Some(row) = last.max().and_then(|r| room_below.get_mut(r)) {
                    let share = if j + 1 == lanes.len() { 1.0 } else { 2.0 };
                    *row += share * (need - h);
                    grown = true;
                }
            }
        }
        if !grown || room_below.iter().sum::<f64>() > 20_000.0 {
            break (grid, boxes, role_lanes);
        }
    };
    let split: Vec<bool> = seq_out.iter().map(|&c| c > 1).collect();
    let mut paths = geometry::paths(layout, &grid, &boxes, &split);

    let mut events = Vec::new();
    for (i, b) in layout.boxes.iter().enumerate() {
        let r = boxes[i];
        let side = match strip[i] {
            Strip::Top => r.y,
            Strip::Bottom => r.bottom(),
        };
        for start in [true, false] {
            let (count, message) = if start {
                (seq_in[i], msg_in[i] > 0)
            } else {
                (seq_out[i], msg_out[i] > 0)
            };
            if count > 0 {
                continue;
            }
            // Start left of the middle, end right of it, apart.
            let d = (r.w * 0.2).max(geometry::EVENT / 2.0 + 4.0);
            let cx = if start { r.cx() - d } else { r.cx() + d };
            let rect = grid.event(b.lane, strip[i], cx);
            let edge = match strip[i] {
                Strip::Top => rect.bottom(),
                Strip::Bottom => rect.y,
            };
            let path = if start {
                vec![(cx, edge), (cx, side)]
            } else {
                vec![(cx, side), (cx, edge)]
            };
            let kind = if start { "StartEvent" } else { "EndEvent" };
            events.push(Event {
                id: format!("{kind}_{}", i + 1),
                task: i,
                start,
                message,
                rect,
                path,
            });
        }
    }
    let mut gateways = Vec::new();
    for (i, r) in boxes.iter().enumerate().filter(|&(i, _)| split[i]) {
        let cy = grid.y(layout.boxes[i].port_y());
        // Between the task and where its flows part, in the middle.
        let room = layout
            .edges
            .iter()
            .enumerate()
            .filter(|(_, e)| e.from == i && inside(e))
            .map(|(k, _)| paths[k].get(1).map_or(0.0, |p| p.0) - r.right())
            .fold(f64::MAX, f64::min);
        let size = (room - 12.0).clamp(10.0, geometry::GATEWAY);
        let rect = Rect {
            x: r.right() + ((room - size) / 2.0).max(2.0),
            y: cy - size / 2.0,
            w: size,
            h: size,
        };
        for (k, e) in layout.edges.iter().enumerate() {
            if e.from == i && inside(e) {
                paths[k][0] = (rect.right(), cy);
                if let Some(p) = paths[k].get_mut(1) {
                    p.1 = cy;
                }
            }
        }
        gateways.push(Gateway { task: i, rect });
    }

    // Phases as groups, their names above the pools.
    let bottom = grid.height();
    let mut groups = Vec::new();
    for band in layout.bands.iter().filter(|b| b.phase.is_some()) {
        let (a, b) = (
            &layout.columns[band.first_column],
            &layout.columns[band.last_column],
        );
        // The border runs in the room before the first column's channel,
        // clear of the flows there; the group ends before the next one.
        let x = grid.left(a.channel_x) - geometry::BORDER;
        let end = layout
            .columns
            .get(band.last_column + 1)
            .map_or(grid.width, |next| {
                grid.left(next.channel_x) - geometry::BORDER
            })
            .max(grid.right(b.x + b.width.max(1) - 1) + 5.0);
        let w = end - 3.0 - x;
        let rect = Rect {
            x,
            y: 4.0,
            w,
            h: bottom + 4.0,
        };
        let lines = text::wrap(&band.name, w - 8.0, labels::FONT);
        let lw = text::widest(&lines, labels::FONT).ceil() + 4.0;
        let label = Rect {
            x: rect.cx() - lw / 2.0,
            y: 8.0,
            w: lw,
            h: (lines.len() as f64 * labels::FONT * 1.2).ceil() + 2.0,
        };
        groups.push((band, rect, label));
    }

    // Labels: the events' names, then the flows'.
    let event_name = |start: bool| if start { "Start" } else { "End" };
    let mut all_paths: Vec<&[(f64, f64)]> = paths.iter().map(Vec::as_slice).collect();
    all_paths.extend(events.iter().map(|e| e.path.as_slice()));
    let borders: Vec<[(f64, f64); 2]> = groups
        .iter()
        .flat_map(|(_, r, _)| {
            [
                [(r.x, r.y), (r.x, r.bottom())],
                [(r.right(), r.y), (r.right(), r.bottom())],
            ]
        })
        .collect();
    all_paths.extend(borders.iter().map(|b| b.as_slice()));
    let mut shapes = boxes.clone();
    shapes.extend(events.iter().map(|e| e.rect));
    shapes.extend(gateways.iter().map(|g| g.rect));
    shapes.extend(groups.iter().map(|g| g.2));
    let mut headers = grid.headers();
    headers.extend(role_lanes.iter().flatten().map(|l| Rect {
        w: geometry::HEADER_W,
        ..l.rect
    }));
    let scene = Scene {
        shapes,
        headers,
        pools: grid.pools.clone(),
        lines: Scene::lines_of(&all_paths),
        bounds: Rect {
            x: 0.0,
            y: 0.0,
            w: grid.width + 400.0,
            h: bottom + 400.0,
        },
    };
    let mut asks: Vec<(&str, Anchor<'_>)> = events
        .iter()
        .map(|e| (event_name(e.start), Anchor::Shape(e.rect)))
        .collect();
    let labelled: Vec<usize> = (0..layout.edges.len())
        .filter(|&i| !layout.edges[i].label.is_empty())
        .collect();
    asks.extend(
        labelled
            .iter()
            .map(|&i| (layout.edges[i].label.as_str(), Anchor::Path(&paths[i]))),
    );
    let placed = labels::place(&scene, &asks);
    let (event_labels, flow_labels) = placed.split_at(events.len());
    let mut flow_label = vec![None; layout.edges.len()];
    for (&i, r) in labelled.iter().zip(flow_labels) {
        flow_label[i] = Some(*r);
    }

    let doc = Doc {
        model,
        layout,
        seq: layout.edges.iter().map(inside).collect(),
        events: &events,
        gateways: &gateways,
        lanes: &role_lanes,
    };
    let mut out = String::new();
    out.push_str(r##"<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_1" targetNamespace="urn:keten" exporter="keten" exporterVersion=""##);
    out.push_str(env!("CARGO_PKG_VERSION"));
    out.push_str("\">\n");
    doc.collaboration(&mut out, &groups);
    for k in 0..layout.lanes.len() {
        doc.process(&mut out, k);
    }
    if !groups.is_empty() {
        out.push_str("  <bpmn:category id=\"Category_1\">\n");
        for (g, (band, _, _)) in groups.iter().enumerate() {
            let _ = writeln!(
                out,
                r##"    <bpmn:categoryValue id="CategoryValue_{}" value="{}" />"##,
                g + 1,
                escape(&band.name)
            );
        }
        out.push_str("  </bpmn:category>\n");
    }

    // Diagram interchange.
    out.push_str("  <bpmndi:BPMNDiagram id=\"Diagram_1\">\n    <bpmndi:BPMNPlane id=\"Plane_1\" bpmnElement=\"Collaboration_1\">\n");
    for (k, pool) in grid.pools.iter().enumerate() {
        let id = format!("Participant_{}", k + 1);
        shape(&mut out, &id, pool, " isHorizontal=\"true\"", None);
    }
    for (k, lanes) in role_lanes.iter().enumerate() {
        for (j, lane) in lanes.iter().enumerate() {
            let id = format!("Lane_{}_{}", k + 1, j + 1);
            shape(&mut out, &id, &lane.rect, " isHorizontal=\"true\"", None);
        }
    }
    for (g, (_, rect, label)) in groups.iter().enumerate() {
        shape(&mut out, &format!("Group_{}", g + 1), rect, "", Some(label));
    }
    for (i, r) in boxes.iter().enumerate() {
        shape(&mut out, &format!("Task_{}", i + 1), r, "", None);
    }
    for (e, label) in events.iter().zip(event_labels) {
        shape(&mut out, &e.id, &e.rect, "", Some(label));
        edge(&mut out, &format!("Flow_{}", e.id), &e.path, None);
    }
    for g in &gateways {
        let id = format!("Gateway_{}", g.task + 1);
        shape(&mut out, &id, &g.rect, "", None);
        let from = boxes[g.task];
        let y = g.rect.cy();
        let path = [(from.right(), y), (g.rect.x, y)];
        edge(&mut out, &format!("Flow_{id}"), &path, None);
    }
    for (i, path) in paths.iter().enumerate() {
        edge(
            &mut out,
            &format!("Flow_{}", i + 1),
            path,
            flow_label[i].as_ref(),
        );
    }
    out.push_str("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n");
    out
}

/// Numbers in coordinates: whole pixels where they are, else one decimal.
fn num(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r == r.trunc() {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

fn bounds(r: &Rect) -> String {
    format!(
        r##"<dc:Bounds x="{}" y="{}" width="{}" height="{}" />"##,
        num(r.x),
        num(r.y),
        num(r.w),
        num(r.h)
    )
}

fn shape(out: &mut String, id: &str, r: &Rect, extra: &str, label: Option<&Rect>) {
    let _ = write!(
        out,
        r##"      <bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"{extra}>{}"##,
        bounds(r)
    );
    if let Some(l) = label {
        let _ = write!(out, "<bpmndi:BPMNLabel>{}</bpmndi:BPMNLabel>", bounds(l));
    }
    out.push_str("</bpmndi:BPMNShape>\n");
}

fn edge(out: &mut String, id: &str, path: &[(f64, f64)], label: Option<&Rect>) {
    let _ = write!(
        out,
        r##"      <bpmndi:BPMNEdge id="{id}_di" bpmnElement="{id}">"##
    );
    for &(x, y) in path {
        let _ = write!(out, r##"<di:waypoint x="{}" y="{}" />"##, num(x), num(y));
    }
    if let Some(l) = label {
        let _ = write!(out, "<bpmndi:BPMNLabel>{}</bpmndi:BPMNLabel>", bounds(l));
    }
    out.push_str("</bpmndi:BPMNEdge>\n");
}

/// The semantic part of the file.
struct Doc<'a> {
    model: &'a Model,
    layout: &'a Layout,
    /// Per flow: a sequence flow (inside one pool), else a message flow.
    seq: Vec<bool>,
    events: &'a [Event],
    gateways: &'a [Gateway],
    lanes: &'a [Vec<RoleLane<'a>>],
}

impl Doc<'_> {
    fn named(text: &str) -> String {
        if text.is_empty() {
            String::new()
        } else {
            format!(r##" name="{}""##, escape(text))
        }
    }

    /// The element that a flow leaves from: the gateway after a split.
    fn source(&self, i: usize) -> String {
        let e = &self.layout.edges[i];
        if self.seq[i] && self.gateways.iter().any(|g| g.task == e.from) {
            format!("Gateway_{}", e.from + 1)
        } else {
            format!("Task_{}", e.from + 1)
        }
    }

    fn collaboration(&self, out: &mut String, groups: &[(&crate::layout::Band, Rect, Rect)]) {
        let _ = writeln!(
            out,
            r##"  <bpmn:collaboration id="Collaboration_1"{}>"##,
            Self::named(&self.model.name)
        );
        documentation(out, "    ", &self.model.description);
        for (k, lane) in self.layout.lanes.iter().enumerate() {
            let name = self.model.name_of(Section::Partners, lane.partner.as_str());
            let has_steps = self.layout.boxes.iter().any(|b| b.lane == k);
            let process = if has_steps {
                format!(r##" processRef="Process_{}""##, k + 1)
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                r##"    <bpmn:participant id="Participant_{}"{}{process} />"##,
                k + 1,
                Self::named(name)
            );
        }
        for (i, e) in self.layout.edges.iter().enumerate() {
            if !self.seq[i] {
                let _ = writeln!(
                    out,
                    r##"    <bpmn:messageFlow id="Flow_{}"{} sourceRef="Task_{}" targetRef="Task_{}" />"##,
                    i + 1,
                    Self::named(&e.label),
                    e.from + 1,
                    e.to + 1
                );
            }
        }
        for g in 0..groups.len() {
            let _ = writeln!(
                out,
                r##"    <bpmn:group id="Group_{n}" categoryValueRef="CategoryValue_{n}" />"##,
                n = g + 1
            );
        }
        out.push_str("  </bpmn:collaboration>\n");
    }

    fn process(&self, out: &mut String, k: usize) {
        let layout = self.layout;
        if !layout.boxes.iter().any(|b| b.lane == k) {
            return;
        }
        let _ = writeln!(
            out,
            r##"  <bpmn:process id="Process_{}" isExecutable="false">"##,
            k + 1
        );
        if !self.lanes[k].is_empty() {
            let _ = writeln!(out, r##"    <bpmn:laneSet id="LaneSet_{}">"##, k + 1);
            for (j, lane) in self.lanes[k].iter().enumerate() {
                let _ = writeln!(
                    out,
                    r##"      <bpmn:lane id="Lane_{}_{}"{}>"##,
                    k + 1,
                    j + 1,
                    Self::named(lane.name)
                );
                let mut refs = Vec::new();
                for &t in &lane.tasks {
                    refs.push(format!("Task_{}", t + 1));
                    if self.gateways.iter().any(|g| g.task == t) {
                        refs.push(format!("Gateway_{}", t + 1));
                    }
                }
                // An event belongs to the lane it is drawn in: the pool's
                // event strips are in its first and last lane.
                refs.extend(
                    self.events
                        .iter()
                        .filter(|e| layout.boxes[e.task].lane == k)
                        .filter(|e| lane_at(&self.lanes[k], e.rect.cy()) == j)
                        .map(|e| e.id.clone()),
                );
                for r in refs {
                    let _ = writeln!(out, "        <bpmn:flowNodeRef>{r}</bpmn:flowNodeRef>");
                }
                out.push_str("      </bpmn:lane>\n");
            }
            out.push_str("    </bpmn:laneSet>\n");
        }
        let flows = |pred: &dyn Fn(&crate::layout::Edge) -> bool, tag: &str| -> Vec<String> {
            layout
                .edges
                .iter()
                .enumerate()
                .filter(|&(i, e)| self.seq[i] && pred(e))
                .map(|(i, _)| format!("<bpmn:{tag}>Flow_{}</bpmn:{tag}>", i + 1))
                .collect()
        };
        for (i, b) in layout.boxes.iter().enumerate().filter(|(_, b)| b.lane == k) {
            let step = self.model.steps.get(b.step.as_str());
            let name = step.map_or(b.step.as_str(), |s| s.name.as_str());
            let _ = writeln!(
                out,
                r##"    <bpmn:task id="Task_{}"{}>"##,
                i + 1,
                Self::named(name)
            );
            documentation(out, "      ", step.map_or("", |s| s.description.as_str()));
            let mut refs = flows(&|e| e.to == i, "incoming");
            let gateway = self.gateways.iter().any(|g| g.task == i);
            let mut outgoing = if gateway {
                vec![format!(
                    "<bpmn:outgoing>Flow_Gateway_{}</bpmn:outgoing>",
                    i + 1
                )]
            } else {
                flows(&|e| e.from == i, "outgoing")
            };
            for e in self.events.iter().filter(|e| e.task == i) {
                if e.start {
                    refs.push(format!("<bpmn:incoming>Flow_{}</bpmn:incoming>", e.id));
                } else {
                    outgoing.push(format!("<bpmn:outgoing>Flow_{}</bpmn:outgoing>", e.id));
                }
            }
            for line in refs.iter().chain(&outgoing) {
                let _ = writeln!(out, "      {line}");
            }
            out.push_str("    </bpmn:task>\n");
        }
        for e in self
            .events
            .iter()
            .filter(|e| layout.boxes[e.task].lane == k)
        {
            let (tag, dir) = if e.start {
                ("startEvent", "outgoing")
            } else {
                ("endEvent", "incoming")
            };
            let name = if e.start { "Start" } else { "End" };
            let _ = writeln!(out, r##"    <bpmn:{tag} id="{}" name="{name}">"##, e.id);
            let _ = writeln!(out, "      <bpmn:{dir}>Flow_{}</bpmn:{dir}>", e.id);
            if e.message {
                let _ = writeln!(
                    out,
                    r##"      <bpmn:messageEventDefinition id="MessageEventDefinition_{}" />"##,
                    e.id
                );
            }
            let _ = writeln!(out, "    </bpmn:{tag}>");
        }
        for g in self
            .gateways
            .iter()
            .filter(|g| layout.boxes[g.task].lane == k)
        {
            let t = g.task;
            let _ = writeln!(
                out,
                r##"    <bpmn:parallelGateway id="Gateway_{}">"##,
                t + 1
            );
            let _ = writeln!(
                out,
                "      <bpmn:incoming>Flow_Gateway_{}</bpmn:incoming>",
                t + 1
            );
            for line in flows(&|e| e.from == t, "outgoing") {
                let _ = writeln!(out, "      {line}");
            }
            out.push_str("    </bpmn:parallelGateway>\n");
            let _ = writeln!(
                out,
                r##"    <bpmn:sequenceFlow id="Flow_Gateway_{n}" sourceRef="Task_{n}" targetRef="Gateway_{n}" />"##,
                n = t + 1
            );
        }
        for e in self
            .events
            .iter()
            .filter(|e| layout.boxes[e.task].lane == k)
        {
            let task = format!("Task_{}", e.task + 1);
            let (from, to) = if e.start {
                (e.id.as_str(), task.as_str())
            } else {
                (task.as_str(), e.id.as_str())
            };
            let _ = writeln!(
                out,
                r##"    <bpmn:sequenceFlow id="Flow_{}" sourceRef="{from}" targetRef="{to}" />"##,
                e.id
            );
        }
        for (i, e) in layout.edges.iter().enumerate() {
            if self.seq[i] && layout.boxes[e.from].lane == k {
                let _ = writeln!(
                    out,
                    r##"    <bpmn:sequenceFlow id="Flow_{}"{} sourceRef="{}" targetRef="Task_{}" />"##,
                    i + 1,
                    Self::named(&e.label),
                    self.source(i),
                    e.to + 1
                );
            }
        }
        out.push_str("  </bpmn:process>\n");
    }
}

/// A role's lane inside its partner's pool.
struct RoleLane<'a> {
    role: Option<&'a str>,
    name: &'a str,
    rect: Rect,
    tasks: Vec<usize>,
}

/// The roles of a pool as lanes, one per role its steps play and one
/// without a name for its steps without a role; none where no step has a
/// role. The layout gives each role rows of its own
/// ([`Options::role_rows`](crate::layout::Options::role_rows)), so the
/// lanes do not overlap; should two roles share rows all the same, the
/// pool has no lanes rather than a lane that misses its steps.
fn roles<'a>(
    model: &'a Model,
    layout: &Layout,
    boxes: &[Rect],
    pool: &Rect,
    k: usize,
) -> Vec<RoleLane<'a>> {
    let mut lanes: Vec<RoleLane<'a>> = Vec::new();
    let mut any_role = false;
    for (i, b) in layout.boxes.iter().enumerate().filter(|(_, b)| b.lane == k) {
        let role = model
            .steps
            .get(b.step.as_str())
            .and_then(|s| s.role.as_ref());
        any_role |= role.is_some();
        let name = role.map_or("", |r| model.name_of(Section::Roles, r.as_str()));
        let role = role.map(|r| r.as_str());
        match lanes.iter_mut().find(|l| l.role == role) {
            Some(lane) => lane.tasks.push(i),
            None => lanes.push(RoleLane {
                role,
                name,
                rect: *pool,
                tasks: vec![i],
            }),
        }
    }
    if !any_role {
        return Vec::new();
    }
    let extent = |l: &RoleLane<'_>| {
        l.tasks
            .iter()
            .fold((f64::MAX, f64::MIN), |(top, bottom), &t| {
                (top.min(boxes[t].y), bottom.max(boxes[t].bottom()))
            })
    };
    lanes.sort_by(|a, b| extent(a).0.total_cmp(&extent(b).0));
    let extents: Vec<(f64, f64)> = lanes.iter().map(extent).collect();
    if extents.windows(2).any(|w| w[0].1 > w[1].0) {
        return Vec::new();
    }
    let n = lanes.len();
    for (j, lane) in lanes.iter_mut().enumerate() {
        let top = if j == 0 {
            pool.y
        } else {
            (extents[j - 1].1 + extents[j].0) / 2.0
        };
        let bottom = if j + 1 == n {
            pool.bottom()
        } else {
            (extents[j].1 + extents[j + 1].0) / 2.0
        };
        lane.rect = Rect {
            x: pool.x + geometry::HEADER_W,
            y: top,
            w: pool.w - geometry::HEADER_W,
            h: bottom - top,
        };
    }
    lanes
}

/// The lane of a pool at a height: the one whose band holds it.
fn lane_at(lanes: &[RoleLane<'_>], y: f64) -> usize {
    lanes
        .iter()
        .position(|l| y < l.rect.bottom())
        .unwrap_or(lanes.len().saturating_sub(1))
}

fn documentation(out: &mut String, indent: &str, text: &str) {
    let text = text.trim();
    if !text.is_empty() {
        let _ = writeln!(
            out,
            "{indent}<bpmn:documentation>{}</bpmn:documentation>",
            escape(text)
        );
    }
}
