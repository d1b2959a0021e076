//! A Markdown report for a steering committee.

use std::fmt::Write as _;

use super::graph::mermaid;
use super::text::{TextOptions, draw_string};
use crate::layout::{Options, layout};
use crate::model::{KpiStatus, Model, Section};
use crate::text::needs_placeholder;
use crate::validate::validate;

/// Text for a Markdown table cell: no line breaks, no pipes, no control,
/// bidirectional or zero-width characters.
fn cell(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '|' => '/',
            c if needs_placeholder(c) => ' ',
            c => c,
        })
        .collect()
}

/// Plain Markdown text: control, bidirectional and zero-width characters
/// out (the report is printed to a terminal as often as it is saved).
fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !needs_placeholder(*c) || *c == '\n')
        .collect()
}

pub fn markdown(model: &Model) -> String {
    let m = model;
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", cell(&m.name));
    let director = m
        .director
        .as_ref()
        .map(|d| m.name_of(Section::Partners, d.as_str()).to_string());
    let _ = writeln!(out, "## Overview\n");
    let _ = writeln!(
        out,
        "- **Client question:** {}",
        plain(if m.client_question.is_empty() {
            "—"
        } else {
            &m.client_question
        })
    );
    let _ = writeln!(
        out,
        "- **Ambition:** {}",
        plain(if m.ambition.is_empty() {
            "—"
        } else {
            &m.ambition
        })
    );
    let _ = writeln!(
        out,
        "- **Director:** {}",
        cell(director.as_deref().unwrap_or("—"))
    );
    let _ = writeln!(
        out,
        "- **In numbers:** {} partners, {} steps, {} handoffs, {} goals, {} KPIs\n",
        m.partners.len(),
        m.steps.len(),
        m.handoffs().len(),
        m.goals.len(),
        m.kpis.len()
    );
    if !m.description.is_empty() {
        let _ = writeln!(out, "{}\n", plain(&m.description));
    }

    let _ = writeln!(out, "## Partners\n");
    let _ = writeln!(
        out,
        "| Partner | Kind | Contribution | Interests |\n| --- | --- | --- | --- |"
    );
    for p in m.partners.values() {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            cell(&p.name),
            cell(&p.kind),
            cell(&p.contribution),
            cell(&crate::model::interest_names(&p.interests))
        );
    }
    out.push('\n');

    let _ = writeln!(out, "## Goals and KPIs\n");
    for (gid, goal) in &m.goals {
        let _ = writeln!(out, "### {}\n", cell(&goal.name));
        if !goal.description.is_empty() {
            let _ = writeln!(out, "{}\n", plain(&goal.description));
        }
        let kpis: Vec<_> = m.kpis_of_goal(gid.as_str()).collect();
        if kpis.is_empty() {
            let _ = writeln!(out, "No KPI measures this goal yet.\n");
            continue;
        }
        let _ = writeln!(
            out,
            "| KPI | Owner | Target | Latest | Status |\n| --- | --- | --- | ---: | --- |"
        );
        for (_, k) in kpis {
            let owner = k
                .owner
                .as_ref()
                .map(|o| m.name_of(Section::Partners, o.as_str()).to_string())
                .unwrap_or_else(|| "—".into());
            let target = k
                .target
                .map(|t| {
                    format!(
                        "{} {} ({} is better)",
                        crate::format::write::number(t),
                        k.unit,
                        k.better.as_str()
                    )
                })
                .unwrap_or_else(|| "—".into());
            let latest = k
                .latest()
                .map(|l| format!("{} ({})", crate::format::write::number(l.value), l.period))
                .unwrap_or_else(|| "—".into());
            let status = match k.status() {
                KpiStatus::OnTarget => "✅ on target",
                KpiStatus::OffTarget => "⚠️ off target",
                KpiStatus::NoData => "no data",
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                cell(&k.name),
                cell(&owner),
                cell(&target),
                cell(&latest),
                status
            );
        }
        out.push('\n');
    }

    super::relational::interests_section(m, &mut out);
    super::relational::pulse_section(m, &mut out);

    let lanes: Vec<_> = m
        .partners
        .iter()
        .filter(|(id, _)| m.steps_of(id.as_str()).next().is_some())
        .collect();
    let _ = writeln!(out, "## Who does what\n");
    let header: Vec<String> = lanes.iter().map(|(_, p)| cell(&p.name)).collect();
    let _ = writeln!(out, "| Step | {} |", header.join(" | "));
    let _ = writeln!(out, "| --- |{}", " :---: |".repeat(lanes.len()));
    for step in m.steps.iter() {
        let marks: Vec<&str> = lanes
            .iter()
            .map(|(id, _)| if step.partner == **id { "●" } else { "" })
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} |",
            cell(m.name_of(Section::Steps, step.id.as_str())),
            marks.join(" | ")
        );
    }
    out.push('\n');

    let _ = writeln!(out, "## The chain\n");
    let _ = writeln!(out, "```mermaid\n{}```\n", mermaid(m));
    let picture = layout(m, &Options::default());
    let drawing = draw_string(
        m,
        &picture,
        &TextOptions {
            width: 120,
            ascii: false,
            color: false,
            kpis: false,
        },
    );
    let _ = writeln!(out, "```text\n{}```\n", drawing.text);

    let _ = writeln!(out, "## Open findings\n");
    let findings = validate(m);
    if findings.list.is_empty() {
        let _ = writeln!(out, "None: the model passes `keten check`.");
    } else {
        for d in &findings.list {
            let _ = writeln!(
                out,
                "- **{}[{}]** {}",
                d.severity().as_str(),
                d.code,
                cell(&d.message)
            );
        }
    }
    out
}
