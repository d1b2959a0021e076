//! Load a model file and list its handoffs and the status of its KPIs.
//!
//!     cargo run --example handoffs [MODEL.yaml]

use std::process::ExitCode;

use keten::format;
use keten::model::Section;
use keten::text::sanitize;

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "models/jeugdhulp-gezin.yaml".to_string());
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let loaded = format::read_str(&text);
    let Some(model) = loaded.model.filter(|_| !loaded.findings.has_errors()) else {
        eprintln!("{path} has errors; run `keten check {path}`");
        return ExitCode::from(1);
    };

    println!("{}", sanitize(&model.name));
    println!("\nHandoffs:");
    for handoff in model.handoffs() {
        println!(
            "  {} ({}) → {} ({}): {}",
            sanitize(&handoff.from.name),
            sanitize(model.name_of(Section::Partners, handoff.from.partner.as_str())),
            sanitize(&handoff.to.name),
            sanitize(model.name_of(Section::Partners, handoff.to.partner.as_str())),
            sanitize(if handoff.flow.label.is_empty() {
                "(no label)"
            } else {
                &handoff.flow.label
            }),
        );
    }

    println!("\nKPIs:");
    for (_, kpi) in &model.kpis {
        let latest = kpi
            .latest()
            .map(|m| {
                format!(
                    "{} in {}",
                    format::write::number(m.value),
                    sanitize(&m.period)
                )
            })
            .unwrap_or_else(|| "no measurement".to_string());
        let target = kpi
            .target
            .map(|t| {
                format!(
                    "target {} ({})",
                    format::write::number(t),
                    kpi.better.as_str()
                )
            })
            .unwrap_or_else(|| "no target".to_string());
        println!(
            "  {:<10} {}: {latest}, {target} {}",
            kpi.status().as_str(),
            sanitize(&kpi.name),
            sanitize(&kpi.unit)
        );
    }

    let analysis = model.analyse();
    println!(
        "\n{} steps in {} columns, {} rework loop(s), starting at {}",
        model.steps.len(),
        analysis.rank_count(),
        analysis.loops.len(),
        model
            .start_steps(&analysis)
            .iter()
            .map(|s| sanitize(&s.name).into_owned())
            .collect::<Vec<_>>()
            .join(", ")
    );
    ExitCode::SUCCESS
}
