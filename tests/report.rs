//! The report: model text reads in the rendered report as the model wrote
//! it (rendered with a real CommonMark implementation), what the report
//! holds, the chain's picture beside it, and the HTML page in a real
//! browser (headless Chromium, which scripts/test installs): no wider than
//! A4 and every model text intact.

use std::path::Path;
use std::process::Command;

use proptest::prelude::*;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::support::{Dir, Keten, models, root};
use keten::model::{Model, Section};
use keten::render::report::{self, ReportOptions};

/// A block of the rendered report with its text as a reader sees it.
#[derive(Debug, Clone, PartialEq)]
enum Block {
    Heading(String),
    Text(String),
    Item(String),
    Table(Vec<Vec<String>>),
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The report rendered by pulldown-cmark as blocks of text; markup that
/// only the model's text could have made (code, HTML, links, emphasis)
/// shows as a marker, so that it differs from the model's string.
fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut in_table = false;
    for event in Parser::new_ext(markdown, keten::render::md::options()) {
        match event {
            Event::Text(t) => text.push_str(&t),
            Event::Code(c) => text.push_str(&format!("⟨code {c}⟩")),
            Event::Html(h) | Event::InlineHtml(h) => text.push_str(&format!("⟨html {h}⟩")),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::Start(Tag::Emphasis) => text.push_str("⟨em⟩"),
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => text.push_str("⟨link⟩"),
            Event::Start(Tag::Table(_)) => {
                in_table = true;
                rows.clear();
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => rows.push(Vec::new()),
            Event::End(TagEnd::TableCell) => {
                rows.last_mut().unwrap().push(squash(&text));
                text.clear();
            }
            Event::End(TagEnd::Table) => {
                in_table = false;
                out.push(Block::Table(std::mem::take(&mut rows)));
            }
            Event::End(TagEnd::Heading(_)) => {
                out.push(Block::Heading(squash(&std::mem::take(&mut text))))
            }
            Event::End(TagEnd::Paragraph) if !in_table => {
                out.push(Block::Text(squash(&std::mem::take(&mut text))))
            }
            Event::End(TagEnd::Item) => out.push(Block::Item(squash(&std::mem::take(&mut text)))),
            Event::End(TagEnd::CodeBlock) => {
                text.clear();
            }
            _ => {}
        }
    }
    out
}

/// The rows (without the header) of the table whose header is `header`.
fn table<'b>(blocks: &'b [Block], header: &[&str]) -> &'b [Vec<String>] {
    blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(rows) if rows[0] == header => Some(&rows[1..]),
            _ => None,
        })
        .unwrap_or_else(|| panic!("a table {header:?} in {blocks:#?}"))
}

fn model_of(text: &str) -> Model {
    let loaded = keten::format::read_str(text);
    loaded
        .model
        .unwrap_or_else(|| panic!("{text}\n{:?}", loaded.findings))
}

/// Text that Markdown could read as markup: a block opener at the start,
/// emphasis, code, HTML, links, entities, table pipes.
fn hostile() -> impl Strategy<Value = String> {
    let start = prop_oneof![
        Just(""),
        Just("# "),
        Just("- "),
        Just("+ "),
        Just("1. "),
        Just("2) "),
        Just("> "),
        Just("```"),
        Just("    "),
        Just("=== "),
        Just("<West> "),
        Just("*schuin* "),
        Just("[link](x) "),
    ];
    let body = "[a-zA-Zé0-9 #*_`|<>&;\\\\~\\[\\]()!=+.:-]{1,24}";
    (start, body)
        .prop_map(|(s, b)| format!("{s}{b}"))
        .prop_filter("not blank", |s| !s.trim().is_empty())
}

fn q(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn the_rendered_report_says_what_the_model_says(
        name in hostile(),
        partners in proptest::collection::vec(hostile(), 2),
        steps in proptest::collection::vec(hostile(), 2),
        role in hostile(),
        label in hostile(),
        question in hostile(),
        lines in proptest::collection::vec(hostile(), 1..4),
        goal in hostile(),
        kpi in hostile(),
        note in hostile(),
    ) {
        let description = lines.join("\n");
        let text = format!(
            "keten: 1\nname: {}\nclient_question: {}\ndescription: {}\n\
             partners:\n  a: {{ name: {}, kind: {}, contribution: {} }}\n  b: {{ name: {} }}\n\
             roles:\n  r: {{ name: {}, partner: b, description: {} }}\n\
             goals:\n  g: {{ name: {} }}\n\
             kpis:\n  k: {{ name: {}, goal: g, owner: a, target: 5, measurements: [{{ period: {}, value: 3, note: {} }}, {{ period: x, value: 4 }}] }}\n\
             steps:\n  s1: {{ name: {}, partner: a, description: {}, next: [{{ to: s2, label: {} }}] }}\n  s2: {{ name: {}, partner: b, role: r }}\n",
            q(&name), q(&question), q(&description),
            q(&partners[0]), q(&role), q(&label), q(&partners[1]),
            q(&role), q(&description),
            q(&goal),
            q(&kpi), q(&note), q(&note),
            q(&steps[0]), q(&description), q(&label), q(&steps[1]),
        );
        let model = model_of(&text);
        let markdown = report::markdown(&model, &ReportOptions::default());
        let b = blocks(&markdown);
        let s = |t: &str| squash(t);
        prop_assert_eq!(&b[0], &Block::Heading(s(&name)));
        prop_assert!(b.contains(&Block::Item(format!("Client question: {}", s(&question)))), "{:#?}", b);
        prop_assert!(b.contains(&Block::Heading(s(&goal))), "{:#?}", b);
        // The description's lines make one paragraph, each line intact.
        prop_assert!(b.contains(&Block::Text(s(&description))), "{}\n{:#?}", markdown, b);
        let rows = table(&b, &["Partner", "Kind", "Contribution", "Interests"]);
        prop_assert_eq!(&rows[0], &vec![s(&partners[0]), s(&role), s(&label), "—".to_string()]);
        prop_assert_eq!(&rows[1][0], &s(&partners[1]));
        let rows = table(&b, &["Role", "Partner", "Description"]);
        prop_assert_eq!(&rows[0], &vec![s(&role), s(&partners[1]), s(&description)]);
        let rows = table(&b, &["Step", "Partner", "Role"]);
        prop_assert_eq!(&rows[0], &vec![s(&steps[0]), s(&partners[0]), "—".to_string()]);
        prop_assert_eq!(&rows[1], &vec![s(&steps[1]), s(&partners[1]), s(&role)]);
        let item = Block::Item(format!("{}: {}", s(&steps[0]), s(&description)));
        prop_assert!(b.contains(&item), "{:#?}", b);
        let rows = table(&b, &["From", "To", "What passes"]);
        prop_assert_eq!(&rows[0], &vec![
            format!("{} ({})", s(&steps[0]), s(&partners[0])),
            format!("{} ({})", s(&steps[1]), s(&partners[1])),
            s(&label),
        ]);
        let rows = table(&b, &["KPI", "Measurements, oldest first", "Target", "Trend"]);
        prop_assert_eq!(&rows[0][0], &s(&kpi));
        prop_assert_eq!(&rows[0][1], &format!("{}: 3 ({}); x: 4", s(&note), s(&note)));
    }
}

#[test]
fn the_report_holds_roles_descriptions_the_kpi_history_and_who_does_what() {
    for path in models() {
        let text = std::fs::read_to_string(&path).unwrap();
        let model = model_of(&text);
        let markdown = report::markdown(&model, &ReportOptions::default());
        let b = blocks(&markdown);
        let rows = table(&b, &["Step", "Partner", "Role"]);
        assert_eq!(rows.len(), model.steps.len(), "{}", path.display());
        for (row, step) in rows.iter().zip(model.steps.iter()) {
            assert_eq!(
                row[0],
                squash(model.name_of(Section::Steps, step.id.as_str()))
            );
            assert_eq!(
                row[1],
                squash(model.name_of(Section::Partners, step.partner.as_str()))
            );
        }
        assert_eq!(
            table(&b, &["Role", "Partner", "Description"]).len(),
            model.roles.len()
        );
        let history = table(
            &b,
            &["KPI", "Measurements, oldest first", "Target", "Trend"],
        );
        let measured = model
            .kpis
            .values()
            .filter(|k| !k.measurements.is_empty())
            .count();
        assert_eq!(history.len(), measured, "{}", path.display());
        for step in model.steps.iter().filter(|s| !s.description.is_empty()) {
            assert!(markdown.contains(&keten::render::md::inline(step.description.trim())));
        }
        // No Mermaid and no text diagram unless asked for.
        assert!(!markdown.contains("```"), "{}", path.display());
    }
}

const TREND: &str = "\
keten: 1
name: Trend
partners: { a: { name: A } }
kpis:
  omhoog: { name: Omhoog, target: 10, measurements: [{ period: q1, value: 4 }, { period: q2, value: 6 }] }
  omlaag: { name: Omlaag, target: 10, better: lower, measurements: [{ period: q1, value: 14 }, { period: q2, value: 16 }] }
  gehaald: { name: Gehaald, target: 10, measurements: [{ period: q1, value: 14 }, { period: q2, value: 12 }] }
  gelijk: { name: Gelijk, measurements: [{ period: q1, value: 3 }, { period: q2, value: 3 }] }
  beter: { name: Beter, better: lower, measurements: [{ period: q1, value: 3 }, { period: q2, value: 2 }] }
  een: { name: Een, measurements: [{ period: q1, value: 3 }] }
steps:
  s: { name: S, partner: a }
";

#[test]
fn the_kpi_history_tells_whether_each_kpi_moves_toward_its_target() {
    let model = model_of(TREND);
    let b = blocks(&report::markdown(&model, &ReportOptions::default()));
    let rows = table(
        &b,
        &["KPI", "Measurements, oldest first", "Target", "Trend"],
    );
    let trends: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[0].as_str(), r[3].as_str()))
        .collect();
    assert_eq!(
        trends,
        [
            ("Omhoog", "↗ toward the target"),
            ("Omlaag", "↘ away from the target"),
            ("Gehaald", "✅ on target"),
            ("Gelijk", "→ unchanged"),
            ("Beter", "↗ improving"),
            ("Een", "one measurement"),
        ]
    );
    assert_eq!(rows[0][1], "q1: 4; q2: 6");
}

#[test]
fn the_chain_is_an_svg_beside_the_report_and_the_text_diagram_is_ascii() {
    let dir = Dir::new();
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let model = root().join("models/jeugdhulp-gezin.yaml");
    Keten::new([
        "report",
        "--assets",
        "my pictures",
        "--text-diagram",
        "-o",
        "out/report.md",
        &model.to_string_lossy(),
    ])
    .dir(dir.path())
    .run()
    .code(0)
    .stderr_has("wrote my pictures/jeugdhulp-gezin-chain.svg");
    let svg = dir.read("my pictures/jeugdhulp-gezin-chain.svg");
    assert!(roxmltree::Document::parse(&svg).is_ok());
    let markdown = dir.read("out/report.md");
    let link = "](../my%20pictures/jeugdhulp-gezin-chain.svg)";
    assert!(markdown.contains(link), "{markdown}");
    // The link resolves from the report's folder.
    assert!(
        dir.path()
            .join("out")
            .join("../my pictures/jeugdhulp-gezin-chain.svg")
            .is_file()
    );
    let start = markdown.find("```text\n").expect("the text diagram");
    let diagram = &markdown[start..];
    let diagram = &diagram[..diagram[8..].find("```").unwrap() + 8];
    assert!(diagram.lines().count() > 10);
    let outside: Vec<char> = diagram.chars().filter(|c| !c.is_ascii()).collect();
    let names: String = std::fs::read_to_string(&model).unwrap();
    // Only letters the model's own names hold are outside ASCII.
    assert!(outside.iter().all(|c| names.contains(*c)), "{outside:?}");
    assert!(!diagram.contains(['▶', '◀', '─', '│']), "{diagram}");
    // To standard output, the link is relative to the working folder.
    let out = Keten::new(["report", "--assets", "a", &model.to_string_lossy()])
        .dir(dir.path())
        .run()
        .code(0)
        .stdout;
    assert!(out.contains("](a/jeugdhulp-gezin-chain.svg)"), "{out}");
    // Mermaid only when asked for.
    let out = Keten::new(["report", "--mermaid", &model.to_string_lossy()])
        .run()
        .code(0)
        .stdout;
    assert!(out.contains("```mermaid\n---\ntitle: \"Integrale jeugdhulp rond het gezin Beekdal\"\nconfig:\n  layout: swimlane\n"), "{out}");
}

#[test]
fn a_folder_for_the_picture_that_cannot_be_made_is_a_clear_error() {
    let dir = Dir::new();
    dir.file("blocked", "a file, not a folder");
    let model = root().join("models/jeugdhulp-gezin.yaml");
    Keten::new(["report", "--assets", "blocked", &model.to_string_lossy()])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("blocked: cannot write the chain's picture");
}

/// Every text of a model that a reader of the report must find intact.
fn model_strings(m: &Model) -> Vec<String> {
    let mut out = vec![
        m.name.clone(),
        m.description.clone(),
        m.client_question.clone(),
        m.ambition.clone(),
    ];
    for p in m.partners.values() {
        out.extend([p.name.clone(), p.kind.clone(), p.contribution.clone()]);
        out.extend(p.interests.iter().map(|i| i.name.clone()));
    }
    for r in m.roles.values() {
        out.extend([r.name.clone(), r.description.clone()]);
    }
    for g in m.goals.values() {
        out.extend([g.name.clone(), g.description.clone()]);
    }
    for k in m.kpis.values() {
        out.push(k.name.clone());
        for x in &k.measurements {
            out.extend([x.period.clone(), x.note.clone()]);
        }
    }
    for a in m.agreements.values() {
        out.extend([a.name.clone(), a.description.clone()]);
    }
    for s in m.steps.iter() {
        out.extend([s.name.clone(), s.description.clone()]);
        out.extend(s.next.iter().map(|f| f.label.clone()));
    }
    out.into_iter()
        .map(|s| squash(&s))
        .filter(|s| !s.is_empty())
        .collect()
}

const CHROMIUM: &str = "/usr/bin/chromium";

fn chromium(profile: &Path, args: &[&str]) -> std::process::Output {
    Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .expect("chromium runs")
}

/// A script that, once the page is laid out, replaces it by what was
/// measured: the page's width and its text as a reader sees it.
const PROBE: &str = "<script>window.addEventListener('load', () => {
  const r = { width: document.documentElement.scrollWidth, view: window.innerWidth,
    text: document.body.innerText };
  const p = document.createElement('pre'); p.id = 'probe'; p.textContent = JSON.stringify(r);
  document.body.replaceChildren(p);
});</script>";

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

#[test]
fn the_html_report_prints_on_a4_and_shows_every_model_text_in_chromium() {
    assert!(
        Path::new(CHROMIUM).is_file(),
        "{CHROMIUM} is not installed: run scripts/test, which installs chromium"
    );
    let dir = Dir::new();
    let profile = dir.path().join("profile");
    std::fs::create_dir(&profile).unwrap();
    for path in models() {
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let model = model_of(&std::fs::read_to_string(&path).unwrap());
        let page = format!("{stem}.html");
        Keten::new([
            "report",
            "--format",
            "html",
            "-o",
            &page,
            &path.to_string_lossy(),
        ])
        .dir(dir.path())
        .run()
        .code(0);
        let html = dir.read(&page);
        assert!(html.contains("<svg") && html.contains("@page { size: A4 portrait"));
        // Nothing is loaded from elsewhere.
        for outside in [
            "http://", "https://", "src=", "<link", "@import", "url(h", "url(/", "url(.",
        ] {
            let at = html
                .find(outside)
                .map(|i| &html[i.saturating_sub(40)..(i + 40).min(html.len())]);
            assert!(
                at.is_none() || outside.starts_with("http") && at.unwrap().contains("xmlns"),
                "{stem}: {at:?}"
            );
        }

        // Printed: every page A4 portrait.
        let pdf = dir.path().join(format!("{stem}.pdf"));
        let out = chromium(
            &profile,
            &[
                "--no-pdf-header-footer",
                &format!("--print-to-pdf={}", pdf.display()),
                &format!("file://{}", dir.path().join(&page).display()),
            ],
        );
        let bytes = std::fs::read(&pdf)
            .unwrap_or_else(|_| panic!("{stem}: no PDF: {}", String::from_utf8_lossy(&out.stderr)));
        let text = String::from_utf8_lossy(&bytes);
        let boxes: Vec<&str> = text
            .match_indices("/MediaBox")
            .map(|(i, _)| &text[i..i + 40])
            .collect();
        assert!(!boxes.is_empty(), "{stem}: a page");
        let mut landscape = 0;
        for b in &boxes {
            let numbers: Vec<f64> = b["/MediaBox".len()..]
                .trim_start_matches([' ', '['])
                .split(|c: char| c == ']' || c.is_whitespace())
                .take(4)
                .map(|n| n.parse().unwrap())
                .collect();
            let portrait = (numbers[2] - 595.92).abs() < 1.5 && (numbers[3] - 842.88).abs() < 1.5;
            let across = (numbers[3] - 595.92).abs() < 1.5 && (numbers[2] - 842.88).abs() < 1.5;
            assert!(portrait || across, "{stem}: A4: {b}");
            landscape += usize::from(across);
        }
        // The chain on a landscape page of its own, the rest portrait.
        assert_eq!(landscape, 1, "{stem}: {boxes:?}");
        assert!(boxes.len() > 1, "{stem}: {boxes:?}");
        // The pulse's trends as line charts, a check mark every font has
        // for the ✅ emoji (which stays in the text).
        if stem == "jeugdhulp-gezin" {
            assert!(
                html.contains("<svg class=\"trend\""),
                "{stem}: its pulse has a history"
            );
        }
        assert!(
            !html.contains("<code>▁") && !html.contains("<code>█"),
            "{stem}"
        );
        assert_eq!(
            html.matches('✅').count(),
            html.matches("<span class=\"ok\"><span>✅</span></span>")
                .count(),
            "{stem}: every ✅ marked"
        );

        // On screen at the width of A4's text column: nothing wider, and
        // every model text there as the model wrote it.
        let probe = dir.file(
            &format!("{stem}-probe.html"),
            html.replace("</body>", &format!("{PROBE}</body>")),
        );
        let out = chromium(
            &profile,
            &[
                "--window-size=688,1000",
                "--dump-dom",
                &format!("file://{}", probe.display()),
            ],
        );
        let dom = String::from_utf8_lossy(&out.stdout);
        let start = dom.find("<pre id=\"probe\">").unwrap_or_else(|| {
            panic!(
                "{stem}: no probe: {dom}\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        }) + "<pre id=\"probe\">".len();
        let end = start + dom[start..].find("</pre>").unwrap();
        let measured: serde_json::Value =
            serde_json::from_str(&unescape(&dom[start..end])).unwrap();
        let width = measured["width"].as_u64().unwrap();
        let view = measured["view"].as_u64().unwrap();
        assert!(
            width <= view,
            "{stem}: the page is {width} px wide in a {view} px window"
        );
        let shown = squash(measured["text"].as_str().unwrap());
        for s in model_strings(&model) {
            assert!(shown.contains(&s), "{stem}: the page lacks {s:?}");
        }
    }
}
