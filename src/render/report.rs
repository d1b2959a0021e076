//! The report for a steering committee, in Markdown or as one web page.
//!
//! Every piece of model text goes through [`md`](super::md) so that it
//! reads in the rendered report as the model wrote it. The report's own
//! words (headings, column titles, statuses) are the catalogue's
//! ([`crate::lang::Report`]), in the language [`ReportOptions`] names.

use std::fmt::Write as _;

use super::graph::mermaid;
use super::md::{CHAIN_MARK, inline, paragraphs, url};
use super::text::{TextOptions, draw_string};
use crate::lang::{Catalogue, Lang};
use crate::layout::{Options, layout};
use crate::model::{Better, Kpi, KpiStatus, Model, Section};
use crate::validate::validate;

/// Where the report shows the chain's picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picture {
    /// Nowhere: the report says how to get one.
    None,
    /// An image link to the SVG file at this relative path.
    Link(String),
    /// Drawn into the page (the HTML report).
    Inline,
}

/// What goes into the report beside the model.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// The language of the report's own words.
    pub lang: Lang,
    pub picture: Picture,
    /// The chain as a text diagram too (ASCII, 100 columns).
    pub text_diagram: bool,
    /// The chain as a Mermaid block too, for forges that draw it.
    pub mermaid: bool,
}

impl Default for ReportOptions {
    fn default() -> ReportOptions {
        ReportOptions {
            lang: Lang::En,
            picture: Picture::None,
            text_diagram: false,
            mermaid: false,
        }
    }
}

fn or_dash(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        "—".to_string()
    } else {
        inline(text)
    }
}

/// A number as the model file writes it.
fn number(value: f64) -> String {
    crate::format::write::number(value)
}

/// Whether the latest measurement moved toward the target (or, without
/// a target, in the better direction) since the one before.
fn trend(k: &Kpi, w: &dyn Catalogue) -> String {
    let [.., before, last] = k.measurements.as_slice() else {
        return if k.measurements.is_empty() {
            "—".to_string()
        } else {
            w.report_one_measurement()
        };
    };
    if k.status() == KpiStatus::OnTarget {
        return w.report_on_target();
    }
    let delta = last.value - before.value;
    let better = match k.better {
        Better::Higher => delta,
        Better::Lower => -delta,
    };
    match (better.partial_cmp(&0.0), k.target.is_some()) {
        (Some(std::cmp::Ordering::Greater), true) => w.report_toward(),
        (Some(std::cmp::Ordering::Less), true) => w.report_away(),
        (Some(std::cmp::Ordering::Greater), false) => w.report_improving(),
        (Some(std::cmp::Ordering::Less), false) => w.report_worsening(),
        _ => w.report_unchanged(),
    }
}

/// The report in Markdown (CommonMark with tables).
pub fn markdown(model: &Model, options: &ReportOptions) -> String {
    let m = model;
    let w = options.lang.catalogue();
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", or_dash(&m.name));
    let director = m
        .director
        .as_ref()
        .map(|d| m.name_of(Section::Partners, d.as_str()).to_string());
    let _ = writeln!(out, "## {}\n", w.report_overview());
    let _ = writeln!(
        out,
        "- **{}:** {}",
        w.report_client_question(),
        or_dash(&m.client_question)
    );
    let _ = writeln!(
        out,
        "- **{}:** {}",
        w.report_ambition(),
        or_dash(&m.ambition)
    );
    let _ = writeln!(
        out,
        "- **{}:** {}",
        w.report_director(),
        or_dash(director.as_deref().unwrap_or(""))
    );
    let counted = w.report_counts(
        m.partners.len(),
        m.steps.len(),
        m.handoffs().len(),
        m.goals.len(),
        m.kpis.len(),
    );
    let _ = writeln!(out, "- **{}:** {counted}\n", w.report_in_numbers());
    if !m.description.trim().is_empty() {
        let _ = writeln!(out, "{}\n", paragraphs(&m.description));
    }

    partners(m, w, &mut out);
    roles(m, w, &mut out);
    goals(m, w, &mut out);
    kpi_history(m, w, &mut out);
    super::relational::interests_section(m, w, &mut out);
    super::relational::pulse_section(m, w, &mut out);
    who_does_what(m, w, &mut out);
    chain(m, options, &mut out);

    let _ = writeln!(out, "## {}\n", w.report_open_findings());
    let findings = validate(m);
    if findings.list.is_empty() {
        let _ = writeln!(out, "{}", w.report_no_findings());
    } else {
        for d in &findings.list {
            let _ = writeln!(
                out,
                "- **{}\\[{}\\]** {}",
                w.report_severity(d.severity().as_str()),
                d.code,
                inline(&d.message)
            );
        }
    }
    out
}

fn partners(m: &Model, w: &dyn Catalogue, out: &mut String) {
    let _ = writeln!(out, "## {}\n", w.report_partners());
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n| --- | --- | --- | --- |",
        w.report_partner(),
        w.report_kind(),
        w.report_contribution(),
        w.report_interests()
    );
    for (id, p) in &m.partners {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            or_dash(m.name_of(Section::Partners, id.as_str())),
            or_dash(&p.kind),
            or_dash(&p.contribution),
            or_dash(&crate::model::interest_names(&p.interests))
        );
    }
    out.push('\n');
}

fn roles(m: &Model, w: &dyn Catalogue, out: &mut String) {
    if m.roles.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", w.report_roles());
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n| --- | --- | --- |",
        w.report_role(),
        w.report_partner(),
        w.report_description()
    );
    for (id, r) in &m.roles {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            or_dash(m.name_of(Section::Roles, id.as_str())),
            or_dash(m.name_of(Section::Partners, r.partner.as_str())),
            or_dash(&r.description)
        );
    }
    out.push('\n');
}

fn goals(m: &Model, w: &dyn Catalogue, out: &mut String) {
    let _ = writeln!(out, "## {}\n", w.report_goals_and_kpis());
    for (gid, goal) in &m.goals {
        let _ = writeln!(
            out,
            "### {}\n",
            or_dash(m.name_of(Section::Goals, gid.as_str()))
        );
        if !goal.description.trim().is_empty() {
            let _ = writeln!(out, "{}\n", paragraphs(&goal.description));
        }
        let kpis: Vec<_> = m.kpis_of_goal(gid.as_str()).collect();
        if kpis.is_empty() {
            let _ = writeln!(out, "{}\n", w.report_no_kpi());
            continue;
        }
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |\n| --- | --- | --- | ---: | --- |",
            w.report_kpi(),
            w.report_owner(),
            w.report_target(),
            w.report_latest(),
            w.report_status()
        );
        for (kid, k) in kpis {
            let owner = k
                .owner
                .as_ref()
                .map_or("", |o| m.name_of(Section::Partners, o.as_str()));
            let target = k.target.map_or_else(
                || "—".to_string(),
                |t| {
                    let better = match k.better {
                        Better::Higher => w.report_higher_is_better(),
                        Better::Lower => w.report_lower_is_better(),
                    };
                    format!("{} {} ({better})", number(t), inline(&k.unit))
                },
            );
            let latest = k.latest().map_or_else(
                || "—".to_string(),
                |l| format!("{} ({})", number(l.value), inline(&l.period)),
            );
            let status = match k.status() {
                KpiStatus::OnTarget => w.report_on_target(),
                KpiStatus::OffTarget => w.report_off_target(),
                KpiStatus::NoData => w.report_no_data(),
            };
            let _ = writeln!(
                out,
                "| {} | {} | {target} | {latest} | {status} |",
                or_dash(m.name_of(Section::Kpis, kid.as_str())),
                or_dash(owner),
            );
        }
        out.push('\n');
    }
}

fn kpi_history(m: &Model, w: &dyn Catalogue, out: &mut String) {
    if m.kpis.values().all(|k| k.measurements.is_empty()) {
        return;
    }
    let _ = writeln!(out, "## {}\n", w.report_kpi_history());
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} |\n| --- | --- | ---: | --- |",
        w.report_kpi(),
        w.report_measurements(),
        w.report_target(),
        w.report_trend()
    );
    for (kid, k) in &m.kpis {
        if k.measurements.is_empty() {
            continue;
        }
        let values: Vec<String> = k
            .measurements
            .iter()
            .map(|x| {
                let note = if x.note.trim().is_empty() {
                    String::new()
                } else {
                    format!(" ({})", inline(&x.note))
                };
                format!("{}: **{}**{note}", inline(&x.period), number(x.value))
            })
            .collect();
        let target = k.target.map_or_else(|| "—".to_string(), number);
        let _ = writeln!(
            out,
            "| {} | {} | {target} | {} |",
            or_dash(m.name_of(Section::Kpis, kid.as_str())),
            values.join("; "),
            trend(k, w)
        );
    }
    out.push('\n');
}

fn who_does_what(m: &Model, w: &dyn Catalogue, out: &mut String) {
    let _ = writeln!(out, "## {}\n", w.report_who_does_what());
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n| --- | --- | --- |",
        w.report_step(),
        w.report_partner(),
        w.report_role()
    );
    for step in m.steps.iter() {
        let role = step
            .role
            .as_ref()
            .map_or("", |r| m.name_of(Section::Roles, r.as_str()));
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            or_dash(m.name_of(Section::Steps, step.id.as_str())),
            or_dash(m.name_of(Section::Partners, step.partner.as_str())),
            or_dash(role)
        );
    }
    out.push('\n');
    if m.steps.iter().any(|s| !s.description.trim().is_empty()) {
        let _ = writeln!(out, "### {}\n", w.report_steps_described());
        for step in m.steps.iter() {
            if step.description.trim().is_empty() {
                continue;
            }
            let _ = writeln!(
                out,
                "- **{}:** {}",
                or_dash(m.name_of(Section::Steps, step.id.as_str())),
                inline(step.description.trim())
            );
        }
        out.push('\n');
    }
}

fn chain(m: &Model, options: &ReportOptions, out: &mut String) {
    let w = options.lang.catalogue();
    let _ = writeln!(out, "## {}\n", w.report_the_chain());
    match &options.picture {
        Picture::None => {
            let _ = writeln!(out, "{}\n", w.report_no_picture());
        }
        Picture::Link(path) => {
            let _ = writeln!(out, "![{}]({})\n", inline(&m.name), url(path));
        }
        Picture::Inline => {
            let _ = writeln!(out, "{CHAIN_MARK}\n");
        }
    }
    if options.text_diagram {
        let picture = layout(m, &Options::default());
        let drawing = draw_string(
            m,
            &picture,
            &TextOptions {
                width: 100,
                ascii: true,
                color: false,
                kpis: false,
            },
        );
        let _ = writeln!(out, "{}", fenced("text", &drawing.text));
    }
    if options.mermaid {
        let _ = writeln!(out, "{}", fenced("mermaid", &mermaid(m)));
    }
    let flows: Vec<_> = m
        .steps
        .iter()
        .flat_map(|s| s.next.iter().map(move |f| (s, f)))
        .filter(|(_, f)| m.steps.contains(f.to.as_str()))
        .collect();
    if flows.is_empty() {
        return;
    }
    let _ = writeln!(out, "{}\n", w.report_handoffs());
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n| --- | --- | --- |",
        w.report_from(),
        w.report_to(),
        w.report_what_passes()
    );
    let at = |id: &str| {
        let partner = m.steps.get(id).map_or("", |s| s.partner.as_str());
        format!(
            "{} ({})",
            or_dash(m.name_of(Section::Steps, id)),
            or_dash(m.name_of(Section::Partners, partner))
        )
    };
    for (s, f) in flows {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            at(s.id.as_str()),
            at(f.to.as_str()),
            or_dash(&f.label)
        );
    }
    out.push('\n');
}

/// A fenced code block whose fence is longer than any run of backticks
/// in the text, so a name cannot close it.
fn fenced(info: &str, text: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat((longest + 1).max(3));
    let body = text.strip_suffix('\n').unwrap_or(text);
    format!("{fence}{info}\n{body}\n{fence}\n")
}

/// The report as one web page: the Markdown as HTML, the style and the
/// chain's SVG inline.
pub fn html(model: &Model, options: &ReportOptions, svg: &str) -> String {
    let options = ReportOptions {
        picture: Picture::Inline,
        ..options.clone()
    };
    super::md::page(
        &model.name,
        options.lang.code(),
        &markdown(model, &options),
        svg,
    )
}
