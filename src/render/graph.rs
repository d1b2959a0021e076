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

/// The chain as a Mermaid flowchart, left to right.
pub fn mermaid(model: &Model) -> String {
    let names = node_names(model);
    let mut out = String::from("flowchart LR\n");
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

/// The chain as a Graphviz digraph, a cluster per partner, left to right.
pub fn dot(model: &Model) -> String {
    let names = node_names(model);
    let mut out = String::new();
    let _ = writeln!(out, "digraph keten {{");
    let _ = writeln!(out, "  label=\"{}\";", dot_text(&model.name));
    out.push_str("  rankdir=LR; newrank=true;\n  node [shape=box, style=rounded];\n");
    for (k, title, steps) in lanes(model, &names) {
        let _ = writeln!(out, "  subgraph cluster_{k} {{");
        let _ = writeln!(out, "    label=\"{}\";", dot_text(title));
        for (node, name) in steps {
            let _ = writeln!(out, "    {node} [label=\"{}\"];", dot_text(name));
        }
        out.push_str("  }\n");
    }
    for (a, b, label) in flows(model, &names) {
        if label.is_empty() {
            let _ = writeln!(out, "  {a} -> {b};");
        } else {
            let _ = writeln!(out, "  {a} -> {b} [label=\"{}\"];", dot_text(label));
        }
    }
    out.push_str("}\n");
    out
}
