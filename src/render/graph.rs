//! The chain as text for other tools: Mermaid (a subgraph per partner, so
//! models show in Markdown on git forges) and Graphviz DOT (a cluster per
//! partner).

use std::fmt::Write as _;

use crate::layout::Layout;
use crate::model::{HashMap, Model, Section};
use crate::text::needs_placeholder;

/// Node names that every tool accepts: `s1`, `s2`, … in reading order.
fn node_names(model: &Model) -> HashMap<&str, String> {
    model
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), format!("s{}", i + 1)))
        .collect()
}

/// A partner with steps: its number, title, and steps as (node, name).
type Lane<'m> = (usize, &'m str, Vec<(String, &'m str)>);

/// The partners that have steps, with their number (from 1), title and
/// steps (each with its node name and display name), in lane order.
fn lanes<'m>(model: &'m Model, names: &HashMap<&str, String>) -> Vec<Lane<'m>> {
    model
        .partners
        .iter()
        .enumerate()
        .filter_map(|(k, (pid, partner))| {
            let steps: Vec<(String, &str)> = model
                .steps_of(pid.as_str())
                .map(|s| {
                    (
                        names[s.id.as_str()].clone(),
                        model.name_of(Section::Steps, s.id.as_str()),
                    )
                })
                .collect();
            let title = if partner.name.is_empty() {
                pid.as_str()
            } else {
                partner.name.as_str()
            };
            (!steps.is_empty()).then_some((k + 1, title, steps))
        })
        .collect()
}

/// Every flow between existing steps: source and target node names, label.
fn flows<'m>(model: &'m Model, names: &HashMap<&str, String>) -> Vec<(String, String, &'m str)> {
    model
        .steps
        .iter()
        .flat_map(|step| step.next.iter().map(move |flow| (step, flow)))
        .filter_map(|(step, flow)| {
            let a = names.get(step.id.as_str())?.clone();
            let b = names.get(flow.to.as_str())?.clone();
            Some((a, b, flow.label.as_str()))
        })
        .collect()
}

/// Text in Mermaid's double quotes: a quote as `#quot;`, control characters
/// and line breaks as spaces, nothing that reads as HTML.
fn mermaid_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '#' => out.push_str("#35;"),
            c if needs_placeholder(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The chain as a Mermaid flowchart under the model's name as its title,
/// in Mermaid's swimlane layout: a lane per partner in the model's order,
/// side by side, the chain running down the page, flows routed around
/// the boxes; narrow boxes and tight spacing, so that the text stays
/// readable at the width of a Markdown column (about 12 px at 890 px on
/// the shipped models). All of it in the front matter, which Mermaid 10
/// and 11 read.
///
/// The swimlane layout is in recent Mermaid 11 releases (11.17 has it); an
/// older Mermaid (and Mermaid 10) ignores the `layout` key, or falls back
/// to its `dagre` layout, and draws the partners as subgraphs where they cross least,
/// whatever their order in the text, with flows that may run behind other
/// steps' boxes; nothing in the flowchart syntax fixes either.
pub fn mermaid(model: &Model) -> String {
    let names = node_names(model);
    let mut out = String::from("---\n");
    if !model.name.trim().is_empty() {
        // A JSON string is a YAML string, quotes and all.
        let title: String = model
            .name
            .chars()
            .map(|c| if needs_placeholder(c) { ' ' } else { c })
            .collect();
        let _ = writeln!(out, "title: {}", serde_json::Value::String(title));
    }
    out.push_str(
        "config:\n  layout: swimlane\n  flowchart:\n    wrappingWidth: 80\n    nodeSpacing: 15\n    rankSpacing: 25\n    padding: 6\n---\n",
    );
    out.push_str("flowchart TB\n");
    for (k, title, steps) in lanes(model, &names) {
        // Lane titles do not wrap by themselves: a line break every few
        // words keeps them inside their lane.
        let title: Vec<String> = wrap(title, 18).iter().map(|l| mermaid_text(l)).collect();
        let _ = writeln!(out, "  subgraph p{k}[\"{}\"]", title.join("<br>"));
        out.push_str("    direction LR\n");
        for (node, name) in steps {
            let _ = writeln!(out, "    {node}[\"{}\"]", mermaid_text(name));
        }
        out.push_str("  end\n");
    }
    for (a, b, label) in flows(model, &names) {
        if label.is_empty() {
            let _ = writeln!(out, "  {a} --> {b}");
        } else {
            let _ = writeln!(out, "  {a} -->|\"{}\"| {b}", mermaid_text(label));
        }
    }
    out
}

/// Text in DOT's double quotes: Graphviz reads `&…;` as an HTML entity
/// (so `&#x1b;` would become an ESC in its SVG), hence `&` as `&amp;`;
/// control and invisible characters as spaces.
fn dot_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '&' => out.push_str("&amp;"),
            c if needs_placeholder(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Text broken into lines of about `width` characters at spaces, so that
/// long step names make boxes of a few lines rather than one wide one.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A DOT label of wrapped lines.
fn dot_lines(text: &str, width: usize) -> String {
    let lines: Vec<String> = wrap(text, width).iter().map(|l| dot_text(l)).collect();
    lines.join("\\n")
}

const DOT_FONT: &str = "Helvetica,Arial,sans-serif";

/// A cell of the layout in DOT's points: its width and height.
const DOT_CW: f64 = 6.5;
const DOT_RH: f64 = 16.0;

/// A polyline as a Graphviz spline (`pos` of an edge): each straight part
/// a cubic Bézier whose handles lie on it; the arrowhead at the end (`e,`)
/// or at the start (`s,`), the line stopping short of it.
fn spline(points: &[(f64, f64)], arrow_at_end: bool) -> String {
    const ARROW: f64 = 7.0;
    let mut p: Vec<(f64, f64)> = points.to_vec();
    p.dedup();
    if p.len() < 2 {
        return String::new();
    }
    let tip = if arrow_at_end { p[p.len() - 1] } else { p[0] };
    let (a, b) = if arrow_at_end {
        (p[p.len() - 2], p[p.len() - 1])
    } else {
        (p[1], p[0])
    };
    let len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
    let cut = ARROW.min(len * 0.8) / len.max(f64::EPSILON);
    let base = (b.0 - (b.0 - a.0) * cut, b.1 - (b.1 - a.1) * cut);
    if arrow_at_end {
        *p.last_mut().unwrap_or(&mut (0.0, 0.0)) = base;
    } else {
        p[0] = base;
    }
    let pt = |(x, y): (f64, f64)| format!("{x:.1},{y:.1}");
    let mut out = format!(
        "{},{} {}",
        if arrow_at_end { "e" } else { "s" },
        pt(tip),
        pt(p[0])
    );
    for w in p.windows(2) {
        let _ = write!(out, " {} {} {}", pt(w[0]), pt(w[1]), pt(w[1]));
    }
    out
}

/// The chain as a Graphviz digraph under the model's name, in a sans
/// font, drawn where keten's own layout puts it: every step, lane title
/// and flow has its position (`pos`, in points), every lane's cluster its
/// box (`bb`), every label its place (`lp`, `xlp`), and flows whose label
/// did not fit have a number that the legend under the lanes explains.
/// `neato -n2` draws it as it is: the lanes one below the other in the
/// model's order, the steps of each lane in reading order, no flow
/// through a box.
///
/// `dot` ignores the positions and lays the chain out again: there each
/// lane is one rank (every flow is written from the earlier lane or the
/// earlier step to the later, with `dir=back` where the handoff goes the
/// other way, so no flow pulls a lane out of its place), the lane titles
/// are chained from lane to lane, and within a lane an invisible chain
/// runs from the title through the steps in reading order; `dot` takes
/// these as hints only (it gives flat edges no hard order), so with `dot`
/// steps in a lane may come out of reading order and flows may cross
/// boxes.
pub fn dot(model: &Model, layout: &Layout) -> String {
    let names = node_names(model);
    let lanes = lanes(model, &names);
    // Each node's place: its lane, then its place in reading order.
    let mut place: HashMap<&str, (usize, usize)> = HashMap::default();
    for (lane, (_, _, steps)) in lanes.iter().enumerate() {
        for (node, _) in steps {
            let order: usize = node[1..].parse().unwrap_or(0);
            place.insert(node.as_str(), (lane, order));
        }
    }
    // keten's layout in points, y upwards as Graphviz counts; the legend
    // of numbered labels below it.
    let legend: Vec<String> = layout
        .references
        .iter()
        .map(|r| format!("{}  {}", r.number, r.text))
        .collect();
    let legend_rows = if legend.is_empty() {
        0
    } else {
        legend.len() + 1
    };
    let rows = layout.height + legend_rows;
    let x = |cell: f64| cell * DOT_CW;
    let y = |row: f64| (rows as f64 - row) * DOT_RH;
    let mid = |cell: usize| x(cell as f64 + 0.5);
    let row_mid = |row: usize| y(row as f64 + 0.5);
    let lane_of_partner: HashMap<&str, usize> = layout
        .lanes
        .iter()
        .enumerate()
        .map(|(i, l)| (l.partner.as_str(), i))
        .collect();
    let box_of_step: HashMap<&str, usize> = layout
        .boxes
        .iter()
        .enumerate()
        .map(|(i, b)| (b.step.as_str(), i))
        .collect();
    let at = |cx: f64, cy: f64| format!("pos=\"{cx:.1},{cy:.1}!\"");
    let flows = flows(model, &names);
    let mut out = String::new();
    let _ = writeln!(out, "digraph keten {{");
    let _ = writeln!(
        out,
        "  graph [label=\"{}\", labelloc=t, labeljust=l, fontsize=18, fontname=\"{DOT_FONT}\", newrank=true, nodesep=0.35, ranksep=0.45, pad=0.2, forcelabels=true, splines=polyline];",
        dot_lines(&model.name, 80)
    );
    let _ = writeln!(
        out,
        "  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"{DOT_FONT}\", fontsize=10, margin=\"0.06,0.03\"];"
    );
    let _ = writeln!(
        out,
        "  edge [fontname=\"{DOT_FONT}\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\", arrowsize=0.7];"
    );
    let mut lane_box: HashMap<usize, (f64, f64, f64, f64)> = HashMap::default();
    for (i, (k, title, steps)) in lanes.iter().enumerate() {
        let fill = if i % 2 == 0 { "#f6f7f9" } else { "#ffffff" };
        let partner = model.partners.keys().nth(k - 1).map_or("", |p| p.as_str());
        let lane = lane_of_partner.get(partner).map(|&l| &layout.lanes[l]);
        let _ = writeln!(out, "  subgraph cluster_{k} {{");
        let bb = lane.map_or(String::new(), |l| {
            let (x0, x1) = (0.0, x(layout.width as f64));
            let (y0, y1) = (y((l.y + l.height) as f64), y(l.y as f64));
            lane_box.insert(*k, (x0, y0, x1, y1));
            format!(", bb=\"{x0:.1},{y0:.1},{x1:.1},{y1:.1}\"")
        });
        let _ = writeln!(
            out,
            "    graph [label=\"\", style=filled, fillcolor=\"{fill}\", color=\"#b0b4bc\"{bb}];"
        );
        let title_at = lane.map_or(String::new(), |l| {
            format!(
                ", {}",
                at(
                    x(layout.label_width as f64 / 2.0),
                    y(l.y as f64 + l.height as f64 / 2.0)
                )
            )
        });
        // The model's own text, wrapped as wide as the layout wraps it
        // (the layout's lines show placeholders that Graphviz need not).
        let title_lines = dot_lines(title, layout.label_width.max(8));
        let _ = writeln!(
            out,
            "    lane{k} [label=\"{title_lines}\", shape=plaintext, style=\"\", width=2.2, fontsize=11, fontcolor=\"#1d1d1f\"{title_at}];"
        );
        for (node, name) in steps {
            let step = model
                .steps
                .iter()
                .nth(node[1..].parse::<usize>().unwrap_or(1) - 1);
            let b = step
                .and_then(|s| box_of_step.get(s.id.as_str()))
                .map(|&i| &layout.boxes[i]);
            match b {
                Some(b) => {
                    let (w, h) = (
                        (b.width - 1) as f64 * DOT_CW,
                        (b.height - 1) as f64 * DOT_RH,
                    );
                    let _ = writeln!(
                        out,
                        "    {node} [label=\"{}\", width={:.3}, height={:.3}, fixedsize=true, {}];",
                        dot_lines(name, b.width.saturating_sub(4).max(4)),
                        w / 72.0,
                        h / 72.0,
                        at(
                            x(b.x as f64 + b.width as f64 / 2.0),
                            y(b.y as f64 + b.height as f64 / 2.0)
                        )
                    );
                }
                None => {
                    let _ = writeln!(out, "    {node} [label=\"{}\"];", dot_lines(name, 24));
                }
            }
        }
        let end_at = lane_box.get(k).map_or(String::new(), |&(_, y0, x1, y1)| {
            format!(", {}", at(x1, (y0 + y1) / 2.0))
        });
        let _ = writeln!(
            out,
            "    end{k} [label=\"\", shape=point, style=invis, width=0{end_at}];"
        );
        let mut row = vec![format!("lane{k}")];
        row.extend(steps.iter().map(|(node, _)| node.clone()));
        row.push(format!("end{k}"));
        let _ = writeln!(out, "    {{ rank=same; {}; }}", row.join("; "));
        // Two edges between the same neighbours trip `dot`'s router: the
        // flow there keeps the order alone. These hints have a position
        // of their own too, so that `neato -n2` leaves them alone.
        for pair in row.windows(2) {
            if !flows.iter().any(|(a, b, _)| *a == pair[0] && *b == pair[1]) {
                let _ = writeln!(
                    out,
                    "    {} -> {} [style=invis, pos=\"0,0 0,0 0,0 0,0\"];",
                    pair[0], pair[1]
                );
            }
        }
        out.push_str("  }\n");
    }
    if lanes.len() > 1 {
        for part in ["lane", "end"] {
            for w in lanes.windows(2) {
                let _ = writeln!(
                    out,
                    "  {part}{} -> {part}{} [style=invis, weight=100, pos=\"0,0 0,0 0,0 0,0\"];",
                    w[0].0, w[1].0
                );
            }
        }
    }
    if !legend.is_empty() {
        let text: String = legend
            .iter()
            .map(|l| format!("{}\\l", dot_text(l)))
            .collect();
        let _ = writeln!(
            out,
            "  legend [label=\"{text}\", shape=plaintext, style=\"\", fontsize=10, {}];",
            at(
                x(layout.label_width as f64)
                    + legend.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64 * 2.8,
                y(layout.height as f64 + legend_rows as f64 / 2.0)
            )
        );
    }
    // Each flow of the model is one of the layout's edges, or a second
    // flow between two steps that the layout draws once.
    let node_of_box: Vec<String> = layout
        .boxes
        .iter()
        .map(|b| names.get(b.step.as_str()).cloned().unwrap_or_default())
        .collect();
    let mut drawn: crate::model::HashSet<(String, String)> = Default::default();
    for (a, b, label) in &flows {
        let (from, to) = (place.get(a.as_str()), place.get(b.as_str()));
        let forward = from <= to;
        // A label on a flow within a lane would be a rank of its own
        // above the lane; as an external label it stays beside the flow.
        let flat = from.map(|f| f.0) == to.map(|t| t.0);
        let (tail, head, dir) = if forward {
            (a, b, "")
        } else {
            (b, a, "dir=back")
        };
        let edge = layout
            .edges
            .iter()
            .find(|e| node_of_box[e.from] == *a && node_of_box[e.to] == *b)
            .filter(|_| drawn.insert((a.clone(), b.clone())));
        let mut attributes: Vec<String> = Vec::new();
        if !dir.is_empty() {
            attributes.push(dir.to_string());
        }
        let key = if flat { "xlabel" } else { "label" };
        match edge {
            Some(e) => {
                let last = e.points.len().saturating_sub(1);
                let mut points: Vec<(f64, f64)> = e
                    .points
                    .iter()
                    .enumerate()
                    .map(|(i, &(px, py))| {
                        let (s, t) = (&layout.boxes[e.from], &layout.boxes[e.to]);
                        let px = if i == 0 {
                            x(s.x as f64 + s.width as f64 - 0.5)
                        } else if i == last {
                            x(t.x as f64 + 0.5)
                        } else {
                            mid(px)
                        };
                        (px, row_mid(py))
                    })
                    .collect();
                if !forward {
                    points.reverse();
                }
                attributes.push(format!("pos=\"{}\"", spline(&points, forward)));
                if let Some((lx, ly)) = e.label_at {
                    let cells = crate::text::width(&e.label) as f64;
                    attributes.push(format!(
                        "{key}=\"{}\", {}p=\"{:.1},{:.1}\"",
                        dot_text(&e.label),
                        &key[..key.len() - 4],
                        x(lx as f64 + cells / 2.0),
                        row_mid(ly) + DOT_RH * 0.45
                    ));
                } else if let (Some(n), Some((lx, ly))) = (e.reference, e.reference_at) {
                    let cells = n.to_string().len() as f64;
                    attributes.push(format!(
                        "{key}=\"{n}\", fontsize=10, {}p=\"{:.1},{:.1}\"",
                        &key[..key.len() - 4],
                        x(lx as f64 + cells / 2.0),
                        row_mid(ly) + DOT_RH * 0.45
                    ));
                }
            }
            None => {
                if !label.is_empty() {
                    attributes.push(format!("{key}=\"{}\"", dot_lines(label, 22)));
                }
            }
        }
        if attributes.is_empty() {
            let _ = writeln!(out, "  {tail} -> {head};");
        } else {
            let _ = writeln!(out, "  {tail} -> {head} [{}];", attributes.join(", "));
        }
    }
    out.push_str("}\n");
    out
}
