//! Hostile and very large models: many flows out of or into one step,
//! repeated flows, empty references, values that must not change quietly,
//! and size budgets that bound what hurts rather than honest large files.

use keten::format::check_str;
use keten::layout::{Options, layout};
use keten::model::Model;
use keten::render::text::{TextOptions, draw_string};
use keten::text::width;

const HEAD: &str = "\
keten: 1
name: Proef
client_question: Wat vraagt de cliënt?
director: a
partners:
  a: { name: Gemeente, contribution: Regie. }
  b: { name: Wijkteam, contribution: Hulp. }
steps:
";

fn usable(text: &str) -> Model {
    let loaded = check_str(text);
    assert!(
        !loaded.has_errors(),
        "{:?}",
        &loaded.findings.list[..loaded.findings.list.len().min(5)]
    );
    loaded.model.expect("a model")
}

/// The diagram at a page width, checked line by line against that width.
fn drawn(model: &Model, page: usize) -> String {
    let picture = layout(model, &Options::default());
    let options = TextOptions {
        width: page,
        ascii: true,
        color: false,
    };
    let text = draw_string(model, &picture, &options).text;
    for line in text.lines() {
        assert!(width(line) <= page, "wider than {page}: {line}");
    }
    text
}

/// The step names (`Stap …`) a drawing shows, each once.
fn names_drawn(drawing: &str) -> std::collections::HashSet<&str> {
    drawing
        .match_indices("Stap ")
        .filter_map(|(at, _)| drawing[at + 5..].split(' ').next())
        .collect()
}

#[track_caller]
fn all_drawn(drawing: &str, ids: &[String]) {
    let drawn = names_drawn(drawing);
    for id in ids {
        assert!(drawn.contains(id.as_str()), "{id} is not drawn");
    }
}

fn ids(prefix: &str, n: usize) -> Vec<String> {
    (0..n).map(|i| format!("{prefix}{i}")).collect()
}

#[test]
fn ten_thousand_flows_between_two_steps_are_one_path() {
    let text = format!(
        "{HEAD}  s: {{ name: Melding, partner: a, next: [{}] }}\n  t: {{ name: Hulp, partner: b }}\n",
        vec!["{ to: t, label: dossier }"; 10_000].join(", ")
    );
    let model = usable(&text);
    let picture = layout(&model, &Options::default());
    assert_eq!(picture.edges.len(), 1);
    assert_eq!(picture.edges[0].label, "dossier");
    let text = drawn(&model, 100);
    assert!(text.contains("Melding") && text.contains("Hulp"), "{text}");
    assert!(text.len() < 2_000, "{} bytes:\n{text}", text.len());
}

#[test]
fn repeated_flows_keep_every_label_once() {
    let text = format!(
        "{HEAD}  s: {{ name: Melding, partner: a, next: [{{ to: t, label: dossier }}, t, {{ to: t, label: advies }}, {{ to: t, label: dossier }}] }}\n  t: {{ name: Hulp, partner: b }}\n"
    );
    let model = usable(&text);
    let picture = layout(&model, &Options::default());
    assert_eq!(picture.edges.len(), 1);
    assert_eq!(picture.edges[0].label, "dossier, advies");
}

#[test]
fn one_step_to_ten_thousand() {
    let targets = ids("t", 10_000);
    let mut text = format!(
        "{HEAD}  s: {{ name: Verdelen, partner: a, next: [{}] }}\n",
        targets.join(", ")
    );
    for t in &targets {
        text.push_str(&format!("  {t}: {{ name: Stap {t}, partner: a }}\n"));
    }
    let model = usable(&text);
    let picture = layout(&model, &Options::default());
    assert_eq!(picture.edges.len(), 10_000);
    let drawing = drawn(&model, 120);
    all_drawn(&drawing, &targets);
    // Every flow leaves one trunk: the picture grows with the steps.
    assert!(picture.height < 10_000 * 6, "{} rows", picture.height);
    assert!(picture.width < 200, "{} columns", picture.width);
}

#[test]
fn ten_thousand_steps_to_one() {
    let sources = ids("t", 10_000);
    let mut text = String::from(HEAD);
    for t in &sources {
        text.push_str(&format!(
            "  {t}: {{ name: Stap {t}, partner: a, next: [s] }}\n"
        ));
    }
    text.push_str("  s: { name: Samenvoegen, partner: a }\n");
    let model = usable(&text);
    let picture = layout(&model, &Options::default());
    assert_eq!(picture.edges.len(), 10_000);
    let drawing = drawn(&model, 120);
    assert!(drawing.contains("Samenvoegen"));
    all_drawn(&drawing, &sources);
    assert!(picture.height < 10_000 * 6, "{} rows", picture.height);
    assert!(picture.width < 200, "{} columns", picture.width);
}

#[test]
fn three_hundred_steps_each_to_all_others() {
    let steps = ids("t", 300);
    let mut text = String::from(HEAD);
    for (i, t) in steps.iter().enumerate() {
        let others: Vec<&str> = steps
            .iter()
            .filter(|o| *o != t)
            .map(String::as_str)
            .collect();
        let partner = if i % 2 == 0 { "a" } else { "b" };
        text.push_str(&format!(
            "  {t}: {{ name: Stap {t}, partner: {partner}, allow: [cycle, unlabelled-handoff], next: [{}] }}\n",
            others.join(", ")
        ));
    }
    let model = usable(&text);
    let picture = layout(&model, &Options::default());
    assert_eq!(picture.edges.len(), 300 * 299);
    let drawing = drawn(&model, 200);
    all_drawn(&drawing, &steps);
    // 89,700 flows drawn in far less than a cell each per flow pair.
    assert!(drawing.len() < 100 * 1024 * 1024, "{} bytes", drawing.len());
}
