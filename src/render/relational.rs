//! The relational side of a model in words and small pictures: which
//! agreements safeguard each partner's interests, and the collaboration
//! pulse as a table of the latest period and a trend. The report and the
//! editor's pulse screen both use it.

use std::fmt::Write as _;

use crate::lang::Catalogue;
use crate::model::{Averages, DIMENSIONS, Model, Section, change};

/// The dimensions of the pulse as the editor's headings, in the order of
/// [`DIMENSIONS`] (the report takes its own from the catalogue).
pub const LABELS: [&str; 6] = [
    "Trust",
    "Reciprocity",
    "Openness",
    "Appreciation",
    "Contribution",
    "Interests",
];

/// A score that asks for a conversation.
pub const LOW: u8 = 2;

const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// A sparkline of averages on the 1–5 scale, one cell per period; a
/// period without a value is a space.
pub fn sparkline(values: &[Option<f64>]) -> String {
    values
        .iter()
        .map(|v| match v {
            Some(v) => {
                let at = ((v.clamp(1.0, 5.0) - 1.0) / 4.0 * 7.0).round() as usize;
                BARS[at.min(7)]
            }
            None => ' ',
        })
        .collect()
}

/// A change of an average, signed, one decimal: `+0.5`, `-1.0`, `±0`.
pub fn signed(delta: f64) -> String {
    if delta.abs() < 0.05 {
        "±0".to_string()
    } else {
        format!("{delta:+.1}")
    }
}

/// The averages of every period, oldest first.
pub fn history(model: &Model) -> Vec<(&str, Averages)> {
    model
        .pulse_periods()
        .into_iter()
        .map(|p| (p, model.pulse_averages(p)))
        .collect()
}

use super::md::inline as cell;

/// The report's section on interests: each partner's interests and the
/// agreements that safeguard them, then the agreements.
pub fn interests_section(m: &Model, w: &dyn Catalogue, out: &mut String) {
    let any = m.partners.values().any(|p| !p.interests.is_empty());
    if !any && m.agreements.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", w.report_interests_and_agreements());
    if any {
        let _ = writeln!(
            out,
            "| {} | {} | {} |\n| --- | --- | --- |",
            w.report_partner(),
            w.report_interest(),
            w.report_safeguarded_by()
        );
        for (id, p) in &m.partners {
            for i in &p.interests {
                let by: Vec<&str> = i
                    .safeguarded_by
                    .iter()
                    .map(|a| m.name_of(Section::Agreements, a.as_str()))
                    .collect();
                let by = match (by.is_empty(), m.agreements.is_empty()) {
                    (false, _) => cell(&by.join("; ")),
                    (true, false) => w.report_not_safeguarded(),
                    (true, true) => "—".to_string(),
                };
                let _ = writeln!(
                    out,
                    "| {} | {} | {by} |",
                    cell(m.name_of(Section::Partners, id.as_str())),
                    cell(&i.name)
                );
            }
        }
        out.push('\n');
    }
    if !m.agreements.is_empty() {
        let _ = writeln!(
            out,
            "| {} | {} | {} |\n| --- | --- | --- |",
            w.report_agreement(),
            w.report_made_by(),
            w.report_what_was_agreed()
        );
        for (id, a) in &m.agreements {
            let partners: Vec<&str> = a
                .partners
                .iter()
                .map(|p| m.name_of(Section::Partners, p.as_str()))
                .collect();
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                cell(m.name_of(Section::Agreements, id.as_str())),
                cell(&partners.join("; ")),
                if a.description.trim().is_empty() {
                    "—".to_string()
                } else {
                    cell(&a.description)
                }
            );
        }
        out.push('\n');
    }
}

/// The report's section on the pulse: the latest period per partner with
/// the change since the period before, then the averages over time.
pub fn pulse_section(m: &Model, w: &dyn Catalogue, out: &mut String) {
    let (Some(latest), before) = m.pulse_latest() else {
        return;
    };
    let _ = writeln!(out, "## {}\n", w.report_pulse());
    let intro = match before {
        Some(b) => w.report_pulse_intro_since(&cell(latest), &cell(b)),
        None => w.report_pulse_intro(&cell(latest)),
    };
    let _ = writeln!(out, "{intro}\n");
    let dimensions: Vec<String> = DIMENSIONS
        .iter()
        .map(|(key, _)| w.report_dimension(key))
        .collect();
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n| --- |{} --- |",
        w.report_partner(),
        dimensions.join(" | "),
        w.report_note(),
        " ---: |".repeat(6)
    );
    for id in m.partners.keys() {
        let now = m.pulse_of(latest).find(|e| e.partner == *id);
        let was = before.and_then(|b| m.pulse_of(b).find(|e| e.partner == *id));
        let Some(now) = now else {
            if m.steps_of(id.as_str()).next().is_some() {
                let _ = writeln!(
                    out,
                    "| {} |{} {} |",
                    cell(m.name_of(Section::Partners, id.as_str())),
                    " — |".repeat(6),
                    w.report_no_pulse()
                );
            }
            continue;
        };
        let scores: Vec<String> = (0..6)
            .map(|d| {
                let Some(s) = now.scores[d] else {
                    return "—".to_string();
                };
                let warn = if s <= LOW { "⚠️ " } else { "" };
                let delta = was
                    .and_then(|w| w.scores[d])
                    .map(|w| match i16::from(s) - i16::from(w) {
                        0 => " (±0)".to_string(),
                        d => format!(" ({d:+})"),
                    })
                    .unwrap_or_default();
                format!("{warn}{s}{delta}")
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            cell(m.name_of(Section::Partners, id.as_str())),
            scores.join(" | "),
            cell(&now.note)
        );
    }
    let now = m.pulse_averages(latest);
    let was = before.map(|b| m.pulse_averages(b));
    let averages: Vec<String> = (0..6)
        .map(|d| match now[d] {
            Some(v) => {
                let delta = change(was.and_then(|w| w[d]), Some(v))
                    .map(|c| format!(" ({})", w.report_decimal(&signed(c))))
                    .unwrap_or_default();
                format!("**{}**{delta}", w.report_decimal(&format!("{v:.1}")))
            }
            None => "—".to_string(),
        })
        .collect();
    let _ = writeln!(
        out,
        "| **{}** | {} | |\n",
        w.report_average(),
        averages.join(" | ")
    );

    let history = history(m);
    if history.len() > 1 {
        let _ = writeln!(out, "{}\n", w.report_over_time());
        let _ = writeln!(
            out,
            "| {} | {} |\n| --- |{}",
            w.report_period(),
            dimensions.join(" | "),
            " ---: |".repeat(6)
        );
        for (period, averages) in &history {
            let values: Vec<String> = averages
                .iter()
                .map(|v| v.map_or("—".to_string(), |v| w.report_decimal(&format!("{v:.1}"))))
                .collect();
            let _ = writeln!(out, "| {} | {} |", cell(period), values.join(" | "));
        }
        let trends: Vec<String> = (0..6)
            .map(|d| {
                let line: Vec<Option<f64>> = history.iter().map(|(_, a)| a[d]).collect();
                if line.iter().all(Option::is_none) {
                    "—".to_string()
                } else {
                    format!("`{}`", sparkline(&line))
                }
            })
            .collect();
        let _ = writeln!(out, "| {} | {} |\n", w.report_trend(), trends.join(" | "));
    }
    debug_assert_eq!(DIMENSIONS.len(), LABELS.len());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparklines_and_changes() {
        assert_eq!(sparkline(&[Some(1.0), Some(3.0), None, Some(5.0)]), "▁▅ █");
        assert_eq!(signed(0.5), "+0.5");
        assert_eq!(signed(-1.0), "-1.0");
        assert_eq!(signed(0.0), "±0");
    }
}
