//! The chain as text for other tools: Mermaid (a subgraph per partner, so
//! models show in Markdown on git forges) and Graphviz DOT (a cluster per
//! partner).

use std::fmt::Write as _;

use crate::model::{Model, Section};

/// Node names that every tool accepts: `s1`, `s2`, … in reading order.
fn node_names(model: &Model) -> crate::model::HashMap<&str, String> {
    model
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), format!("s{}", i + 1)))
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
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The chain as a Mermaid flowchart, left to right.
pub fn mermaid(model: &Model) -> String {
    let names = node_names(model);
    let mut out = String::from("flowchart LR\n");
    for (k, (pid, partner)) in model.partners.iter().enumerate() {
        let steps: Vec<_> = model.steps_of(pid.as_str()).collect();
        if steps.is_empty() {
            continue;
        }
        let title = if partner.name.is_empty() {
            pid.as_str()
        } else {
            &partner.name
        };
        let _ = writeln!(out, "  subgraph p{}[\"{}\"]", k + 1, mermaid_text(title));
        out.push_str("    direction LR\n");
        for step in steps {
            let name = if step.name.is_empty() {
                step.id.as_str()
            } else {
                &step.name
            };
            let _ = writeln!(
                out,
                "    {}[\"{}\"]",
                names[step.id.as_str()],
                mermaid_text(name)
            );
        }
        out.push_str("  end\n");
    }
    for step in model.steps.iter() {
        for flow in &step.next {
            let (Some(a), Some(b)) = (names.get(step.id.as_str()), names.get(flow.to.as_str()))
            else {
                continue;
            };
            if flow.label.is_empty() {
                let _ = writeln!(out, "  {a} --> {b}");
            } else {
                let _ = writeln!(out, "  {a} -->|\"{}\"| {b}", mermaid_text(&flow.label));
            }
        }
    }
    out
}

/// Text in DOT's double quotes.
fn dot_text(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            '"' => vec!['\\', '"'],
            '\\' => vec!['\\', '\\'],
            c if c.is_control() => vec![' '],
            c => vec![c],
        })
        .collect()
}

/// The chain as a Graphviz digraph, a cluster per partner, left to right.
pub fn dot(model: &Model) -> String {
    let names = node_names(model);
    let mut out = String::new();
    let _ = writeln!(out, "digraph keten {{");
    let _ = writeln!(out, "  label=\"{}\";", dot_text(&model.name));
    out.push_str("  rankdir=LR; newrank=true;\n  node [shape=box, style=rounded];\n");
    for (k, (pid, partner)) in model.partners.iter().enumerate() {
        let steps: Vec<_> = model.steps_of(pid.as_str()).collect();
        if steps.is_empty() {
            continue;
        }
        let title = if partner.name.is_empty() {
            pid.as_str()
        } else {
            &partner.name
        };
        let _ = writeln!(out, "  subgraph cluster_{} {{", k + 1);
        let _ = writeln!(out, "    label=\"{}\";", dot_text(title));
        for step in steps {
            let name = model.name_of(Section::Steps, step.id.as_str());
            let _ = writeln!(
                out,
                "    {} [label=\"{}\"];",
                names[step.id.as_str()],
                dot_text(name)
            );
        }
        out.push_str("  }\n");
    }
    for step in model.steps.iter() {
        for flow in &step.next {
            let (Some(a), Some(b)) = (names.get(step.id.as_str()), names.get(flow.to.as_str()))
            else {
                continue;
            };
            if flow.label.is_empty() {
                let _ = writeln!(out, "  {a} -> {b};");
            } else {
                let _ = writeln!(out, "  {a} -> {b} [label=\"{}\"];", dot_text(&flow.label));
            }
        }
    }
    out.push_str("}\n");
    out
}
