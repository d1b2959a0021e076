//! The chain as text for other tools: Mermaid (a subgraph per partner, so
//! models show in Markdown on git forges) and Graphviz DOT (a cluster per
//! partner).

use std::fmt::Write as _;

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

/// The chain as a Mermaid flowchart, left to right, under the model's
/// name as its title (front matter, which Mermaid 10 and 11 read), a
/// subgraph per partner in the model's order.
///
/// Mermaid has no swimlanes: its layouts (dagre, and ELK where it is
/// loaded) place subgraphs where they cross least, whatever their order
/// in the text, and route flows without regard to other subgraphs'
/// boxes; nothing in the flowchart syntax fixes either.
pub fn mermaid(model: &Model) -> String {
    let names = node_names(model);
    let mut out = String::new();
    if !model.name.trim().is_empty() {
        // A JSON string is a YAML string, quotes and all.
        let title: String = model
            .name
            .chars()
            .map(|c| if needs_placeholder(c) { ' ' } else { c })
            .collect();
        let _ = writeln!(out, "---\ntitle: {}\n---", serde_json::Value::String(title));
    }
    out.push_str("flowchart LR\n");
    for (k, title, steps) in lanes(model, &names) {
        let _ = writeln!(out, "  subgraph p{k}[\"{}\"]", mermaid_text(title));
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

/// The chain as a Graphviz digraph under the model's name, in a sans
/// font: a cluster per partner as a swimlane, the lanes one below the
/// other in the model's order.
///
/// `dot` keeps an order only between ranks, so each lane is one rank
/// (every flow is written from the earlier lane or the earlier step to
/// the later, with `dir=back` where the handoff goes the other way, so no
/// flow pulls a lane out of its place), and the lane titles are chained
/// from lane to lane. Within a lane an invisible chain runs from the
/// title through the steps in reading order to an invisible end, and the
/// titles and the ends are chained down the lanes with a heavy weight;
/// `dot` takes these as hints only (it gives flat edges no hard order), so
/// steps in a lane may come out of reading order and lanes of unequal
/// width. The titles are nodes, so the clusters have no labels for edge
/// labels to cover; labels of handoffs are nodes of `dot`'s own layout,
/// clear of the boxes and of each other, labels of flows within a lane
/// are external labels beside their edge, and a flow that passes lanes
/// goes around their steps.
pub fn dot(model: &Model) -> String {
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
    let flows = flows(model, &names);
    let mut out = String::new();
    let _ = writeln!(out, "digraph keten {{");
    let _ = writeln!(
        out,
        "  graph [label=\"{}\", labelloc=t, labeljust=l, fontsize=18, fontname=\"{DOT_FONT}\", newrank=true, nodesep=0.35, ranksep=0.45, pad=0.2, forcelabels=true];",
        dot_lines(&model.name, 80)
    );
    let _ = writeln!(
        out,
        "  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"{DOT_FONT}\", fontsize=11, margin=\"0.12,0.06\"];"
    );
    let _ = writeln!(
        out,
        "  edge [fontname=\"{DOT_FONT}\", fontsize=9, color=\"#555555\", fontcolor=\"#333333\", arrowsize=0.7];"
    );
    for (i, (k, title, steps)) in lanes.iter().enumerate() {
        let fill = if i % 2 == 0 { "#f6f7f9" } else { "#ffffff" };
        let _ = writeln!(out, "  subgraph cluster_{k} {{");
        let _ = writeln!(
            out,
            "    graph [label=\"\", style=filled, fillcolor=\"{fill}\", color=\"#b0b4bc\"];"
        );
        let _ = writeln!(
            out,
            "    lane{k} [label=\"{}\", shape=plaintext, style=\"\", width=2.2, fontsize=12, fontcolor=\"#1d1d1f\"];",
            dot_lines(title, 22)
        );
        for (node, name) in steps {
            let _ = writeln!(out, "    {node} [label=\"{}\"];", dot_lines(name, 24));
        }
        let _ = writeln!(
            out,
            "    end{k} [label=\"\", shape=point, style=invis, width=0];"
        );
        let mut row = vec![format!("lane{k}")];
        row.extend(steps.iter().map(|(node, _)| node.clone()));
        row.push(format!("end{k}"));
        let _ = writeln!(out, "    {{ rank=same; {}; }}", row.join("; "));
        // Two edges between the same neighbours trip `dot`'s router: the
        // flow there keeps the order alone.
        for pair in row.windows(2) {
            if !flows.iter().any(|(a, b, _)| *a == pair[0] && *b == pair[1]) {
                let _ = writeln!(out, "    {} -> {} [style=invis];", pair[0], pair[1]);
            }
        }
        out.push_str("  }\n");
    }
    if lanes.len() > 1 {
        for part in ["lane", "end"] {
            let column: Vec<String> = lanes.iter().map(|(k, ..)| format!("{part}{k}")).collect();
            let _ = writeln!(out, "  {} [style=invis, weight=100];", column.join(" -> "));
        }
    }
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
        let mut attributes: Vec<String> = Vec::new();
        if !dir.is_empty() {
            attributes.push(dir.to_string());
        }
        if !label.is_empty() {
            let key = if flat { "xlabel" } else { "label" };
            attributes.push(format!("{key}=\"{}\"", dot_lines(label, 22)));
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
