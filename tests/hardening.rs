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
        kpis: false,
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

fn codes_of(text: &str) -> Vec<(String, String)> {
    check_str(text)
        .findings
        .list
        .iter()
        .filter(|d| d.is_error())
        .map(|d| (d.code.to_string(), d.message.clone()))
        .collect()
}

#[test]
fn an_honest_large_model_is_read() {
    // 70,000 steps: 630,000 values, more than the old fixed limit.
    let mut text = String::from(HEAD);
    for i in 0..70_000 {
        text.push_str(&format!(
            "  s{i}: {{ name: Stap {i}, partner: a, next: [s{}] }}\n",
            i + 1
        ));
    }
    text.push_str("  s70000: { name: Einde, partner: a }\n");
    let loaded = check_str(&text);
    assert!(!loaded.has_errors(), "{:?}", &loaded.findings.list[..1]);
    assert_eq!(loaded.model.unwrap().steps.len(), 70_001);
}

#[test]
fn tiny_values_are_refused_with_the_limit_named() {
    let text = format!(
        "{HEAD}  s: {{ name: S, partner: a }}\ndescription: [{}]\n",
        "a,".repeat(700_000)
    );
    let found = codes_of(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "limit");
    assert!(
        found[0].1.contains("more than 600000 values") && found[0].1.contains("bytes of the file"),
        "{}",
        found[0].1
    );
}

#[test]
fn aliases_are_budgeted_in_bytes() {
    // One anchored 5 MB scalar, aliased 1,000 times: refused at the second.
    let big = "x".repeat(5 * 1024 * 1024);
    let mut text = format!("{HEAD}  s: {{ name: &big {big}, partner: a }}\n");
    for i in 0..1_000 {
        text.push_str(&format!("  t{i}: {{ name: *big, partner: a }}\n"));
    }
    let found = codes_of(&text);
    assert_eq!(
        found.len(),
        1,
        "{:?}",
        found.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    assert_eq!(found[0].0, "limit");
    assert!(found[0].1.contains("past 10 MiB"), "{}", found[0].1);
    let at = check_str(&text).findings.list[0].pos.unwrap();
    // The first alias would already make the file, written out, 10.5 MB.
    assert_eq!(at.line, 10);
}

#[test]
fn what_aliases_expand_to_reads_back_after_fmt() {
    // A model that loads writes out (aliases expanded) to a file that loads
    // to the same model.
    let mut text = format!(
        "{HEAD}  s: {{ name: &n {}, partner: a }}\n",
        "y".repeat(100_000)
    );
    for i in 0..40 {
        text.push_str(&format!("  t{i}: {{ name: *n, partner: a }}\n"));
    }
    let loaded = keten::format::read_str(&text);
    assert!(!loaded.has_errors(), "{:?}", loaded.findings.list);
    let model = loaded.model.unwrap();
    let written = keten::format::write(&model);
    let again = keten::format::read_str(&written);
    assert!(!again.has_errors(), "{:?}", again.findings.list);
    assert_eq!(again.model.unwrap(), model);
}

#[test]
fn a_very_long_key_says_why() {
    let text = format!(
        "{HEAD}  {}: {{ name: S, partner: a }}\n",
        "k".repeat(1024 * 1024)
    );
    let found = codes_of(&text);
    assert_eq!(found[0].0, "limit", "{found:?}");
    assert!(
        found[0].1.contains("key longer than 1024 characters"),
        "{}",
        found[0].1
    );
}

#[test]
fn numbers_are_kept_exactly_or_refused() {
    for (number, kept) in [
        ("5", true),
        ("12.5", true),
        ("9007199254740992", true),
        ("9223372036854775807", false),
        ("-1e-400", false),
        ("1.00000000000000000001", false),
    ] {
        let text = format!(
            "{HEAD}  s: {{ name: S, partner: a }}\nkpis:\n  k: {{ name: K, owner: a, target: {number} }}\n"
        );
        let found = codes_of(&text);
        if kept {
            assert!(found.is_empty(), "{number}: {found:?}");
            let model = check_str(&text).model.unwrap();
            let written = keten::format::write(&model);
            assert!(
                written.contains(&format!("target: {number}\n")),
                "{written}"
            );
        } else {
            assert_eq!(found.len(), 1, "{number}: {found:?}");
            assert!(found[0].1.contains("cannot keep exactly"), "{}", found[0].1);
        }
    }
}

#[test]
fn tags_and_directives_are_refused_not_dropped() {
    for (text, want) in [
        (
            format!("{HEAD}  s: {{ name: !!binary aGVsbG8=, partner: a }}\n"),
            "`!!binary`",
        ),
        (
            format!("{HEAD}  s: {{ name: !mijn S, partner: a }}\n"),
            "`!mijn`",
        ),
        (
            format!("{HEAD}  s: !!map {{ name: S, partner: a }}\n"),
            "`!!map`",
        ),
        (
            format!("%YAML 1.2\n---\n{HEAD}  s: {{ name: S, partner: a }}\n"),
            "directive",
        ),
        (
            format!("%TAG !e! tag:example.com,2026:\n---\n{HEAD}  s: {{ name: S, partner: a }}\n"),
            "directive",
        ),
    ] {
        let found = codes_of(&text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(found[0].1.contains(want), "{}", found[0].1);
    }
    // `!!str` is kept: the writer quotes the value.
    let text = format!("{HEAD}  s: {{ name: !!str 5, partner: a }}\n");
    let model = usable(&text);
    let again = usable(&keten::format::write(&model));
    assert_eq!(again, model);
}

/// A whole number past 2^53 that a number holds is written in a form the
/// reader keeps (all its digits would be more than it keeps, and refused).
#[test]
fn every_number_written_reads_back() {
    for value in [
        9.977967233751426e16,
        9007199254740992.0,
        5.0,
        -3.0,
        1e17,
        0.1,
    ] {
        let text = keten::format::write::number(value);
        let read = keten::format::yaml::parse_number(&text).unwrap();
        assert_eq!(read, value, "{text}");
        assert!(keten::format::yaml::keeps_exactly(&text, read), "{text}");
    }
}
