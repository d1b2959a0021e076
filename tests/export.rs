//! Exports, the report and the schema: snapshots for every shipped model,
//! XML that parses (BPMN also by bpmn-moddle, which scripts/test installs), and
//! every model valid against `keten schema`.

use std::path::Path;
use std::process::Command;

use crate::support::{Dir, Keten, models, root};

fn export(model: &str, format: &str) -> String {
    Keten::new(["export", "--format", format, &format!("models/{model}")])
        .dir(&root())
        .run()
        .code(0)
        .stdout
}

#[test]
fn snapshots_of_every_export_and_the_report() {
    for path in models() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        for format in ["mermaid", "dot", "json", "bpmn", "svg"] {
            insta::assert_snapshot!(format!("export-{stem}.{format}"), export(&name, format));
        }
        let report = Keten::new(["report", &format!("models/{name}")])
            .dir(&root())
            .run()
            .code(0)
            .stdout;
        insta::assert_snapshot!(format!("report-{stem}"), report);
    }
}

#[test]
fn svg_and_bpmn_are_well_formed_and_complete() {
    for path in models() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let model = keten::format::read_str(&text).model.unwrap();
        let svg = export(&name, "svg");
        let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{name}: {e}"));
        let rects = doc.descendants().filter(|n| n.has_tag_name("rect")).count();
        assert!(
            rects > model.steps.len(),
            "{name}: a rect per step and lane"
        );
        let bpmn = export(&name, "bpmn");
        let doc = roxmltree::Document::parse(&bpmn).unwrap_or_else(|e| panic!("{name}: {e}"));
        let count = |tag: &str| {
            doc.descendants()
                .filter(|n| n.tag_name().name() == tag)
                .count()
        };
        assert_eq!(count("task"), model.steps.len(), "{name}: a task per step");
        assert_eq!(
            count("messageFlow"),
            model.handoffs().len(),
            "{name}: a message flow per handoff"
        );
        let flows: usize = model.steps.iter().map(|s| s.next.len()).sum();
        assert_eq!(
            count("sequenceFlow") + count("messageFlow"),
            flows,
            "{name}"
        );
        assert_eq!(
            count("BPMNShape"),
            model.steps.len() + model.lanes().len(),
            "{name}: coordinates for every pool and task"
        );
        assert_eq!(count("BPMNEdge"), flows, "{name}: waypoints for every flow");
    }
}

#[test]
fn bpmn_parses_in_bpmn_moddle_without_warnings() {
    assert!(
        Command::new("node").arg("--version").output().is_ok(),
        "node is not installed: run scripts/test, which installs node, npm and bpmn-moddle"
    );
    let cache = root().join("target/bpmn-moddle");
    assert!(
        cache.join("node_modules/bpmn-moddle").is_dir(),
        "bpmn-moddle is not installed in {}: run scripts/test, which installs it",
        cache.display()
    );
    let dir = Dir::new();
    let script = dir.file(
        "check.mjs",
        r#"
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(process.argv[2] + '/');
const loaded = await import(require.resolve('bpmn-moddle'));
const BpmnModdle = loaded.default ?? loaded.BpmnModdle;
const moddle = new BpmnModdle();
const { rootElement, warnings } = await moddle.fromXML(readFileSync(process.argv[3], 'utf8'));
const collab = rootElement.rootElements.find(e => e.$type === 'bpmn:Collaboration');
console.log(JSON.stringify({ type: rootElement.$type, warnings: warnings.map(w => w.message), participants: collab.participants.length }));
"#,
    );
    for path in models() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let file = dir.file(&format!("{name}.bpmn"), export(&name, "bpmn"));
        let out = Command::new("node")
            .arg(&script)
            .arg(cache.join("node_modules"))
            .arg(&file)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let result: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
        assert_eq!(result["type"], "bpmn:Definitions", "{name}");
        assert_eq!(result["warnings"], serde_json::json!([]), "{name}");
        let model = keten::format::read_str(&std::fs::read_to_string(&path).unwrap())
            .model
            .unwrap();
        assert_eq!(result["participants"], model.lanes().len(), "{name}");
    }
}

/// YAML text as JSON, for validating against the schema.
fn yaml_to_json(text: &str) -> serde_json::Value {
    let value: serde_yaml::Value = serde_yaml::from_str(text).unwrap();
    serde_json::to_value(value).unwrap()
}

#[test]
fn every_model_is_valid_against_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(&Keten::new(["schema"]).run().code(0).stdout).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema");
    for path in models() {
        let instance = yaml_to_json(&std::fs::read_to_string(&path).unwrap());
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        // The JSON export is the same model, so it is valid too.
        let json: serde_json::Value = serde_json::from_str(&export(
            &path.file_name().unwrap().to_string_lossy(),
            "json",
        ))
        .unwrap();
        assert!(validator.is_valid(&json), "{} as JSON", path.display());
    }
    // And the schema refuses what keten refuses.
    let bad = yaml_to_json("keten: 1\nname: x\npartners: {}\nstpes: {}\n");
    assert!(!validator.is_valid(&bad), "an unknown top-level key");
    let bad = yaml_to_json("keten: 1\nname: x\npartners: {'met spatie': {name: y}}\n");
    assert!(!validator.is_valid(&bad), "a bad id");
}

#[test]
fn completions_and_the_manual_page() {
    for shell in ["bash", "zsh", "fish"] {
        let out = Keten::new(["completions", shell]).run().code(0).stdout;
        assert!(out.contains("render") && out.contains("check"), "{shell}");
    }
    let man = Keten::new(["manpage"]).run().code(0).stdout;
    assert!(
        man.starts_with(".ie") || man.contains(".TH keten 1"),
        "{man}"
    );
}

#[test]
fn export_writes_to_a_file_and_refuses_models_with_errors() {
    let dir = Dir::new();
    dir.file("m.yaml", crate::support::CLEAN);
    Keten::new(["export", "--format", "mermaid", "-o", "out.mmd", "m.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    assert!(dir.read("out.mmd").contains("\nflowchart LR\n"));
    dir.file(
        "bad.yaml",
        crate::support::CLEAN.replace("partner: wijkteam", "partner: niemand"),
    );
    Keten::new(["export", "--format", "json", "bad.yaml"])
        .dir(dir.path())
        .run()
        .code(1)
        .stderr_has("not exported");
}

/// Three periods of pulse, an agreement, an interest left unguarded.
const RELATIONAL: &str = "\
keten: 1
name: Samen
partners:
  gemeente:
    name: Gemeente
    interests:
      - { name: Grip op de kosten, safeguarded_by: [budgetafspraak] }
  wijkteam:
    name: Wijkteam
    interests:
      - Werkbare caseload
      - { name: Ruimte voor maatwerk, safeguarded_by: [budgetafspraak, overleg] }
  school: { name: School }
agreements:
  budgetafspraak: { name: Budgetafspraak, partners: [gemeente, wijkteam], description: Een vast budget per jaar. }
  overleg: { name: Maandelijks ketenoverleg, partners: [gemeente, wijkteam, school] }
steps:
  melden: { name: Melden, partner: school, next: [{ to: helpen, label: zorgmelding }] }
  helpen: { name: Helpen, partner: wijkteam }
pulse:
  - { period: 2026-Q1, partner: gemeente, trust: 4, reciprocity: 4, openness: 4, appreciation: 4, contribution: 4, interests: 4 }
  - { period: 2026-Q1, partner: wijkteam, trust: 4, reciprocity: 3, openness: 4, appreciation: 3, contribution: 4, interests: 3 }
  - { period: 2026-Q1, partner: school, trust: 4, reciprocity: 4, openness: 3, appreciation: 4, contribution: 4, interests: 4 }
  - { period: 2026-Q2, partner: gemeente, trust: 3, reciprocity: 3, openness: 4, appreciation: 4, contribution: 4, interests: 4 }
  - { period: 2026-Q2, partner: wijkteam, trust: 2, reciprocity: 2, openness: 3, appreciation: 3, contribution: 4, interests: 3, note: Zorgmeldingen kwamen onvolledig binnen }
  - { period: 2026-Q2, partner: school, trust: 3, reciprocity: 3, openness: 3, appreciation: 3, contribution: 4, interests: 4 }
  - { period: 2026-Q3, partner: gemeente, trust: 4, reciprocity: 4, openness: 4, appreciation: 4, contribution: 4, interests: 4 }
  - { period: 2026-Q3, partner: wijkteam, trust: 4, reciprocity: 3, openness: 4, appreciation: 4, contribution: 4, interests: 3, note: Na het ketenoverleg }
";

#[test]
fn the_report_tells_what_safeguards_each_interest_and_how_the_collaboration_goes() {
    let dir = Dir::new();
    let file = dir.file("samen.yaml", RELATIONAL);
    let report = Keten::new(["report", &file.to_string_lossy()])
        .run()
        .code(0)
        .stdout;
    let start = report
        .find("## Interests and agreements")
        .expect("the interests");
    let end = report.find("## Who does what").expect("the next section");
    let sections = &report[start..end];
    assert!(sections.contains("| Wijkteam | Werkbare caseload | ⚠️ not safeguarded |"));
    assert!(sections.contains("| School | — | — | — | — | — | — | no pulse given |"));
    insta::assert_snapshot!("report-relational", sections);
}

/// Where a cluster's box is in Graphviz's SVG: left, top, right, bottom.
fn cluster_boxes(svg: &str) -> Vec<(usize, [f64; 4])> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(svg, options).unwrap();
    let mut out = Vec::new();
    for g in doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("cluster"))
    {
        let title = g.descendants().find(|n| n.has_tag_name("title")).unwrap();
        let k: usize = title
            .text()
            .unwrap()
            .trim_start_matches("cluster_")
            .parse()
            .unwrap();
        let polygon = g.descendants().find(|n| n.has_tag_name("polygon")).unwrap();
        let points: Vec<(f64, f64)> = polygon
            .attribute("points")
            .unwrap()
            .split_whitespace()
            .map(|p| {
                let (x, y) = p.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect();
        let xs = points.iter().map(|p| p.0);
        let ys = points.iter().map(|p| p.1);
        out.push((
            k,
            [
                xs.clone().fold(f64::MAX, f64::min),
                ys.clone().fold(f64::MAX, f64::min),
                xs.fold(f64::MIN, f64::max),
                ys.fold(f64::MIN, f64::max),
            ],
        ));
    }
    out
}

fn graphviz(dot: &str) -> String {
    assert!(
        Path::new("/usr/bin/dot").is_file(),
        "Graphviz (/usr/bin/dot) is not installed: run scripts/test, which installs graphviz"
    );
    let dir = Dir::new();
    let file = dir.file("chain.dot", dot);
    let out = Command::new("/usr/bin/dot")
        .arg("-Tsvg")
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "dot warns");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn graphviz_draws_every_dot_export_with_its_lanes_in_the_model_order_in_a_sans_font() {
    for path in models() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let model = keten::format::read_str(&std::fs::read_to_string(&path).unwrap())
            .model
            .unwrap();
        let svg = graphviz(&export(&name, "dot"));
        let mut boxes = cluster_boxes(&svg);
        assert_eq!(
            boxes.len(),
            model.lanes().len(),
            "{name}: a cluster per lane"
        );
        boxes.sort_by(|a, b| a.1[1].total_cmp(&b.1[1]));
        let order: Vec<usize> = boxes.iter().map(|b| b.0).collect();
        let mut lanes = order.clone();
        lanes.sort();
        assert_eq!(order, lanes, "{name}: the lanes top to bottom");
        for (b, next) in boxes.iter().zip(boxes.iter().skip(1)) {
            assert!(b.1[3] <= next.1[1], "{name}: lanes overlap: {b:?} {next:?}");
        }
        assert!(
            svg.contains(&format!(">{}</text>", model.name)),
            "{name}: the title"
        );
        assert!(
            svg.contains("font-family=\"Helvetica,Arial,sans-serif\""),
            "{name}"
        );
        assert!(!svg.contains("Times"), "{name}");
    }
}

#[test]
fn graphviz_keeps_the_lanes_in_the_model_order_when_the_flow_runs_the_other_way() {
    let model = "\
keten: 1
name: Volgorde
partners: { a: { name: A }, b: { name: B }, c: { name: C }, d: { name: D } }
steps:
  s1: { name: Een, partner: d, next: [{ to: s2 }] }
  s2: { name: Twee, partner: b, next: [{ to: s3 }] }
  s3: { name: Drie, partner: c, next: [{ to: s4 }] }
  s4: { name: Vier, partner: a }
";
    let dir = Dir::new();
    let file = dir.file("m.yaml", model);
    let dot = Keten::new(["export", "--format", "dot", &file.to_string_lossy()])
        .run()
        .code(0)
        .stdout;
    let mut boxes = cluster_boxes(&graphviz(&dot));
    boxes.sort_by(|x, y| x.1[1].total_cmp(&y.1[1]));
    let order: Vec<usize> = boxes.iter().map(|b| b.0).collect();
    assert_eq!(order, [1, 2, 3, 4], "{dot}");
}

/// Draws a Mermaid diagram in headless Chromium with a given Mermaid
/// (scripts/test installs 10 and 11 under target/) and reports what came
/// out: errors, the subgraphs' boxes, the nodes, the title, and flows
/// drawn across another step's box.
fn mermaid_in_chromium(version: u32, diagram: &str, dir: &Dir) -> serde_json::Value {
    let script = root().join(format!(
        "target/mermaid{version}/node_modules/mermaid/dist/mermaid.min.js"
    ));
    assert!(
        script.is_file(),
        "{} is missing: run scripts/test, which installs mermaid {version}",
        script.display()
    );
    assert!(
        Path::new("/usr/bin/chromium").is_file(),
        "/usr/bin/chromium is not installed: run scripts/test, which installs chromium"
    );
    let escaped = diagram
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let probe = std::fs::read_to_string(root().join("tests/data/mermaid-probe.js")).unwrap();
    let runs = std::fs::read_dir(dir.path()).unwrap().count();
    let page = dir.file(
        &format!("mermaid{version}-{runs}.html"),
        format!(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><script charset=\"utf-8\" src=\"file://{}\"></script><pre id=\"src\">{escaped}</pre><script>{probe}</script></body></html>",
            script.display()
        ),
    );
    let profile = dir.path().join(format!("profile-{runs}"));
    let out = Command::new("/usr/bin/chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--allow-file-access-from-files",
            "--window-size=1600,1200",
            "--virtual-time-budget=10000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout);
    let start = dom.find("<pre id=\"probe\">").unwrap_or_else(|| {
        panic!(
            "mermaid {version} drew nothing: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    }) + "<pre id=\"probe\">".len();
    let end = start + dom[start..].find("</pre>").unwrap();
    let text = dom[start..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    serde_json::from_str(&text).unwrap()
}

#[test]
fn mermaid_10_and_11_parse_and_draw_every_mermaid_export_with_its_title() {
    let dir = Dir::new();
    for path in models() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let model = keten::format::read_str(&std::fs::read_to_string(&path).unwrap())
            .model
            .unwrap();
        let diagram = export(&name, "mermaid");
        for version in [10, 11] {
            let drawn = mermaid_in_chromium(version, &diagram, &dir);
            assert!(
                drawn.get("error").is_none(),
                "{name} in mermaid {version}: {drawn}"
            );
            assert_eq!(
                drawn["nodes"],
                model.steps.len(),
                "{name} in mermaid {version}"
            );
            assert_eq!(
                drawn["clusters"].as_array().unwrap().len(),
                model.lanes().len(),
                "{name} in mermaid {version}"
            );
            assert_eq!(
                drawn["title"],
                model.name.as_str(),
                "{name} in mermaid {version}"
            );
            // What Mermaid's own layout makes of the lanes, for the record.
            let mut lanes: Vec<(f64, String)> = drawn["clusters"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    (
                        c[1][1].as_f64().unwrap(),
                        c[0].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            lanes.sort_by(|a, b| a.0.total_cmp(&b.0));
            let lanes: Vec<String> = lanes.into_iter().map(|l| l.1).collect();
            eprintln!(
                "{name} in mermaid {version}: subgraphs top to bottom {lanes:?}; flows across other steps: {}",
                drawn["through"]
            );
        }
    }
}
