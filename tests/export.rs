//! Exports, the report and the schema: snapshots for every shipped model,
//! XML that parses (BPMN also by bpmn-moddle, which scripts/test installs), and
//! every model valid against `keten schema`.

use std::path::Path;
use std::process::Command;

use crate::support::{Dir, Keten, models, root};

fn export(model: &str, format: &str) -> String {
    // The SVG snapshots show the chain running right; running down has its
    // own test.
    let mut args = vec!["export", "--format", format];
    if format == "svg" {
        args.extend(["--direction", "right"]);
    }
    let file = format!("models/{model}");
    args.push(&file);
    Keten::new(&args).dir(&root()).run().code(0).stdout
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
        // The model's flows are Flow_1…; the events' and gateways' are named
        // after them.
        let of_model = |n: &roxmltree::Node| {
            n.attribute("bpmnElement")
                .or(n.attribute("id"))
                .and_then(|id| id.strip_prefix("Flow_"))
                .is_some_and(|k| k.parse::<usize>().is_ok())
        };
        let model_flows = |tag: &str| {
            doc.descendants()
                .filter(|n| n.tag_name().name() == tag && of_model(n))
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
            model_flows("sequenceFlow") + count("messageFlow"),
            flows,
            "{name}"
        );
        let tasks = doc
            .descendants()
            .filter(|n| {
                n.has_tag_name("BPMNShape")
                    && n.attribute("bpmnElement").unwrap().starts_with("Task_")
            })
            .count();
        assert_eq!(
            tasks,
            model.steps.len(),
            "{name}: coordinates for every task"
        );
        let pools = doc
            .descendants()
            .filter(|n| {
                n.has_tag_name("BPMNShape")
                    && n.attribute("bpmnElement")
                        .unwrap()
                        .starts_with("Participant_")
            })
            .count();
        assert_eq!(pools, model.lanes().len(), "{name}: and every pool");
        assert_eq!(
            model_flows("BPMNEdge"),
            flows,
            "{name}: waypoints for every flow"
        );
        assert_eq!(
            count("BPMNEdge"),
            count("sequenceFlow") + count("messageFlow"),
            "{name}: and for the events' flows"
        );
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
    assert!(dir.read("out.mmd").contains("\nflowchart TB\n"));
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
pub const RELATIONAL: &str = "\
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

/// A rectangle of the BPMN diagram: x, y, width, height.
#[derive(Debug, Clone, Copy)]
struct Bounds(f64, f64, f64, f64);

impl Bounds {
    fn of(node: roxmltree::Node) -> Bounds {
        let a = |k: &str| node.attribute(k).unwrap().parse::<f64>().unwrap();
        Bounds(a("x"), a("y"), a("width"), a("height"))
    }

    fn overlaps(&self, o: &Bounds) -> bool {
        self.0 < o.0 + o.2 && o.0 < self.0 + self.2 && self.1 < o.1 + o.3 && o.1 < self.1 + self.3
    }

    fn contains(&self, o: &Bounds) -> bool {
        o.0 >= self.0
            && o.0 + o.2 <= self.0 + self.2
            && o.1 >= self.1
            && o.1 + o.3 <= self.1 + self.3
    }
}

/// A BPMN export read back: shapes by element id, labels with what they
/// belong to, waypoints of each flow.
struct Diagram {
    shapes: Vec<(String, Bounds)>,
    labels: Vec<(String, Bounds)>,
    edges: Vec<(String, Vec<(f64, f64)>)>,
}

impl Diagram {
    fn read(doc: &roxmltree::Document) -> Diagram {
        let mut d = Diagram {
            shapes: Vec::new(),
            labels: Vec::new(),
            edges: Vec::new(),
        };
        for n in doc.descendants() {
            let id = n.attribute("bpmnElement").unwrap_or("").to_string();
            fn bounds<'a, 'i>(n: roxmltree::Node<'a, 'i>) -> Option<roxmltree::Node<'a, 'i>> {
                n.children().find(|c| c.has_tag_name("Bounds"))
            }
            let label = n
                .children()
                .find(|c| c.has_tag_name("BPMNLabel"))
                .and_then(bounds);
            if let Some(l) = label {
                d.labels.push((id.clone(), Bounds::of(l)));
            }
            if n.has_tag_name("BPMNShape") {
                d.shapes.push((id, Bounds::of(bounds(n).unwrap())));
            } else if n.has_tag_name("BPMNEdge") {
                let points = n
                    .children()
                    .filter(|c| c.has_tag_name("waypoint"))
                    .map(|c| {
                        let a = |k: &str| c.attribute(k).unwrap().parse::<f64>().unwrap();
                        (a("x"), a("y"))
                    })
                    .collect();
                d.edges.push((id, points));
            }
        }
        d
    }

    fn shapes(&self, prefix: &str) -> Vec<(&str, Bounds)> {
        self.shapes
            .iter()
            .filter(|(id, _)| id.starts_with(prefix))
            .map(|(id, b)| (id.as_str(), *b))
            .collect()
    }
}

fn bpmn_doc(name: &str) -> String {
    export(name, "bpmn")
}

#[test]
fn bpmn_labels_have_bounds_clear_of_each_other_tasks_headers_and_pool_borders() {
    for path in models() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = bpmn_doc(&name);
        let doc = roxmltree::Document::parse(&text).unwrap();
        let d = Diagram::read(&doc);
        let labelled: Vec<(&str, &str)> = doc
            .descendants()
            .filter(|n| n.has_tag_name("sequenceFlow") || n.has_tag_name("messageFlow"))
            .filter_map(|n| Some((n.attribute("id")?, n.attribute("name")?)))
            .collect();
        assert!(labelled.len() > 10, "{name}: the models label their flows");
        for (id, label) in &labelled {
            let bounds = d.labels.iter().find(|(l, _)| l == id);
            let Some((_, b)) = bounds else {
                panic!("{name}: {id} ({label}) has no label bounds");
            };
            // Wide enough for its longest word: a word never breaks.
            let longest = label.split_whitespace().map(|w| w.chars().count()).max();
            assert!(
                b.2 >= 4.5 * longest.unwrap_or(0) as f64,
                "{name}: {id} ({label}) is {} px wide",
                b.2
            );
        }
        let pools = d.shapes("Participant_");
        let mut headers: Vec<Bounds> = pools
            .iter()
            .map(|(_, p)| Bounds(p.0, p.1, 30.0, p.3))
            .collect();
        headers.extend(
            d.shapes("Lane_")
                .iter()
                .map(|(_, l)| Bounds(l.0, l.1, 30.0, l.3)),
        );
        let tasks = d.shapes("Task_");
        for (k, (a, ab)) in d.labels.iter().enumerate() {
            for (b, bb) in &d.labels[k + 1..] {
                assert!(
                    !ab.overlaps(bb),
                    "{name}: the labels of {a} and {b} overlap"
                );
            }
            for (t, tb) in &tasks {
                assert!(!ab.overlaps(tb), "{name}: the label of {a} is over {t}");
            }
            for h in &headers {
                assert!(
                    !ab.overlaps(h),
                    "{name}: the label of {a} is over a pool or lane header"
                );
            }
            for (p, pb) in &pools {
                assert!(
                    pb.contains(ab) || !pb.overlaps(ab),
                    "{name}: the label of {a} crosses the border of {p}"
                );
            }
        }
    }
}

/// Whether two axis-parallel segments run along one line for more than a
/// point.
fn share_a_line(a: ((f64, f64), (f64, f64)), b: ((f64, f64), (f64, f64))) -> bool {
    let overlap = |a0: f64, a1: f64, b0: f64, b1: f64| {
        a0.min(a1).max(b0.min(b1)) < a0.max(a1).min(b0.max(b1)) - 0.5
    };
    let horizontal = |s: ((f64, f64), (f64, f64))| (s.0.1 - s.1.1).abs() < 0.01;
    if horizontal(a) && horizontal(b) {
        (a.0.1 - b.0.1).abs() < 2.0 && overlap(a.0.0, a.1.0, b.0.0, b.1.0)
    } else if !horizontal(a) && !horizontal(b) {
        (a.0.0 - b.0.0).abs() < 2.0 && overlap(a.0.1, a.1.1, b.0.1, b.1.1)
    } else {
        false
    }
}

#[test]
fn bpmn_pools_have_gaps_names_that_fit_and_message_flows_their_own_lanes() {
    for path in models() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let text = bpmn_doc(&name);
        let doc = roxmltree::Document::parse(&text).unwrap();
        let d = Diagram::read(&doc);
        let pools = d.shapes("Participant_");
        for (k, (a, ab)) in pools.iter().enumerate() {
            for (b, bb) in &pools[k + 1..] {
                let gap = (bb.1 - (ab.1 + ab.3)).max(ab.1 - (bb.1 + bb.3));
                assert!(gap >= 20.0, "{name}: {a} and {b} are {gap} px apart");
            }
            // The name wraps along the pool in a header two lines high.
            let partner = doc
                .descendants()
                .find(|n| n.attribute("id") == Some(a))
                .and_then(|n| n.attribute("name"))
                .unwrap();
            assert!(
                2.0 * (ab.3 - 8.0) >= 6.0 * partner.chars().count() as f64,
                "{name}: {partner} does not fit a header {} px long",
                ab.3
            );
        }
        for (t, tb) in d.shapes("Task_") {
            assert!(
                pools.iter().any(|(_, p)| p.contains(&tb)),
                "{name}: {t} is outside every pool"
            );
        }
        let messages: Vec<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("messageFlow"))
            .map(|n| n.attribute("id").unwrap())
            .collect();
        let legs = |id: &str| -> Vec<((f64, f64), (f64, f64))> {
            let (_, points) = d.edges.iter().find(|(e, _)| e == id).unwrap();
            points.windows(2).map(|w| (w[0], w[1])).collect()
        };
        for (k, a) in messages.iter().enumerate() {
            for leg in legs(a) {
                if (leg.0.1 - leg.1.1).abs() < 0.01 && (leg.0.0 - leg.1.0).abs() > 0.01 {
                    for (p, pb) in &pools {
                        for border in [pb.1, pb.1 + pb.3] {
                            assert!(
                                (leg.0.1 - border).abs() >= 12.0,
                                "{name}: {a} runs {} px from the border of {p}",
                                (leg.0.1 - border).abs()
                            );
                        }
                    }
                }
            }
            for b in &messages[k + 1..] {
                for la in legs(a) {
                    for lb in legs(b) {
                        assert!(!share_a_line(la, lb), "{name}: {a} and {b} share a line");
                    }
                }
            }
        }
    }
}

#[test]
fn bpmn_holds_the_model_name_events_roles_phases_and_descriptions() {
    for path in models() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let model = keten::format::read_str(&std::fs::read_to_string(&path).unwrap())
            .model
            .unwrap();
        let text = bpmn_doc(&name);
        let doc = roxmltree::Document::parse(&text).unwrap();
        let find = |tag: &'static str| doc.descendants().filter(move |n| n.has_tag_name(tag));
        let collaboration = find("collaboration").next().unwrap();
        assert_eq!(collaboration.attribute("name"), Some(model.name.as_str()));
        for process in find("process") {
            let has = |tag: &str| process.children().any(|n| n.has_tag_name(tag));
            assert!(has("startEvent") && has("endEvent"), "{name}: {process:?}");
        }
        // Phases as groups, in order.
        let values: Vec<&str> = find("categoryValue")
            .map(|n| n.attribute("value").unwrap())
            .collect();
        let phases: Vec<&str> = model.phases.values().map(|p| p.name.as_str()).collect();
        assert_eq!(values, phases, "{name}");
        assert_eq!(find("group").count(), phases.len(), "{name}");
        // Descriptions as documentation of their task.
        for step in model.steps.iter() {
            let task = find("task")
                .find(|t| t.attribute("name") == Some(step.name.as_str()))
                .unwrap();
            let docs: Vec<String> = task
                .children()
                .filter(|n| n.has_tag_name("documentation"))
                .map(|n| {
                    n.text()
                        .unwrap_or("")
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            let want: Vec<String> = Some(
                step.description
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            )
            .filter(|d| !d.is_empty())
            .into_iter()
            .collect();
            assert_eq!(docs, want, "{name}: {}", step.name);
        }
        // Roles as lanes: a lane holds the steps of its role only, and a
        // partner whose steps all play one role has that role as its lane.
        let role_of = |task: &str| {
            let t = find("task")
                .find(|t| t.attribute("id") == Some(task))
                .unwrap();
            let step = model
                .steps
                .iter()
                .find(|s| t.attribute("name") == Some(s.name.as_str()))
                .unwrap();
            step.role.as_ref().map(|r| model.roles[r].name.as_str())
        };
        let lanes: Vec<_> = find("lane").collect();
        assert!(!lanes.is_empty(), "{name}: roles as lanes");
        for lane in &lanes {
            for r in lane.children().filter(|n| n.has_tag_name("flowNodeRef")) {
                let node = r.text().unwrap();
                if node.starts_with("Task_") {
                    assert_eq!(role_of(node), lane.attribute("name"), "{name}: {node}");
                }
            }
        }
        for (partner, _) in model.lanes() {
            let roles: std::collections::HashSet<_> = model
                .steps_of(partner.as_str())
                .map(|s| s.role.as_ref().map(|r| model.roles[r].name.as_str()))
                .collect();
            if let [Some(role)] = roles.into_iter().collect::<Vec<_>>()[..] {
                assert!(
                    lanes.iter().any(|l| l.attribute("name") == Some(role)),
                    "{name}: {role}"
                );
            }
        }
    }
}

/// Every pool whose steps play a role has a lane per role it uses (and
/// one without a name for its steps without a role), each around its own
/// tasks, inside the pool, the lanes of a pool apart.
#[test]
fn bpmn_pools_have_a_lane_per_role_around_its_tasks() {
    for path in models() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let model = keten::format::read_str(&std::fs::read_to_string(&path).unwrap())
            .model
            .unwrap();
        let text = bpmn_doc(&name);
        let doc = roxmltree::Document::parse(&text).unwrap();
        let diagram = Diagram::read(&doc);
        let shape = |id: &str| {
            diagram
                .shapes
                .iter()
                .find(|(s, _)| s == id)
                .map(|(_, b)| *b)
                .unwrap_or_else(|| panic!("{name}: no shape for {id}"))
        };
        let mut pools_with_roles = 0;
        for participant in doc.descendants().filter(|n| n.has_tag_name("participant")) {
            let Some(process_id) = participant.attribute("processRef") else {
                continue;
            };
            let pool = shape(participant.attribute("id").unwrap());
            let process = doc
                .descendants()
                .find(|n| n.has_tag_name("process") && n.attribute("id") == Some(process_id))
                .unwrap();
            let tasks: Vec<(&str, Option<&str>)> = process
                .children()
                .filter(|n| n.has_tag_name("task"))
                .map(|t| {
                    let step = model
                        .steps
                        .iter()
                        .find(|s| t.attribute("name") == Some(s.name.as_str()))
                        .unwrap();
                    let role = step.role.as_ref().map(|r| model.roles[r].name.as_str());
                    (t.attribute("id").unwrap(), role)
                })
                .collect();
            let mut roles: Vec<Option<&str>> = tasks.iter().map(|t| t.1).collect();
            roles.sort();
            roles.dedup();
            let lanes: Vec<_> = process
                .descendants()
                .filter(|n| n.has_tag_name("lane"))
                .collect();
            let who = participant.attribute("name").unwrap_or("");
            if roles == [None] {
                assert!(lanes.is_empty(), "{name}: {who} has no roles, so no lanes");
                continue;
            }
            pools_with_roles += 1;
            let mut lane_roles: Vec<Option<&str>> =
                lanes.iter().map(|l| l.attribute("name")).collect();
            lane_roles.sort();
            assert_eq!(lane_roles, roles, "{name}: {who}: a lane per role");
            let bands: Vec<Bounds> = lanes
                .iter()
                .map(|l| shape(l.attribute("id").unwrap()))
                .collect();
            for (lane, band) in lanes.iter().zip(&bands) {
                assert!(
                    pool.contains(band),
                    "{name}: {who}: lane {lane:?} out of its pool"
                );
                let refs: Vec<&str> = lane
                    .children()
                    .filter(|n| n.has_tag_name("flowNodeRef"))
                    .map(|n| n.text().unwrap())
                    .collect();
                for (task, role) in &tasks {
                    let inside = refs.contains(task);
                    assert_eq!(
                        inside,
                        *role == lane.attribute("name"),
                        "{name}: {who}: {task} in lane {:?}",
                        lane.attribute("name")
                    );
                }
                // Everything the lane holds is drawn inside its band.
                for node in &refs {
                    assert!(
                        band.contains(&shape(node)),
                        "{name}: {who}: {node} outside lane {:?}",
                        lane.attribute("name")
                    );
                }
            }
            for (i, a) in bands.iter().enumerate() {
                for b in &bands[i + 1..] {
                    assert!(!a.overlaps(b), "{name}: {who}: lanes overlap {a:?} {b:?}");
                }
            }
            // Every flow node of the pool is in one lane.
            for node in process.children().filter(|n| {
                n.is_element() && !n.has_tag_name("sequenceFlow") && !n.has_tag_name("laneSet")
            }) {
                let id = node.attribute("id").unwrap();
                let holders = lanes
                    .iter()
                    .filter(|l| {
                        l.children()
                            .any(|r| r.has_tag_name("flowNodeRef") && r.text() == Some(id))
                    })
                    .count();
                assert_eq!(holders, 1, "{name}: {who}: {id} in {holders} lanes");
            }
        }
        assert!(
            pools_with_roles > 0,
            "{name}: the shipped models have roles"
        );
    }
}

#[test]
fn bpmn_keeps_partners_without_steps_with_all_lanes() {
    let dir = Dir::new();
    let model = crate::support::CLEAN.replace(
        "steps:",
        "  school:\n    name: School\n    contribution: Signalen.\nsteps:",
    );
    dir.file("m.yaml", model);
    let participants = |args: &[&str]| {
        let mut all = vec!["export", "--format", "bpmn"];
        all.extend(args);
        all.push("m.yaml");
        let text = Keten::new(all).dir(dir.path()).run().code(0).stdout;
        let doc = roxmltree::Document::parse(&text).unwrap();
        let pools: Vec<(String, bool)> = doc
            .descendants()
            .filter(|n| n.has_tag_name("participant"))
            .map(|n| {
                (
                    n.attribute("name").unwrap().to_string(),
                    n.attribute("processRef").is_some(),
                )
            })
            .collect();
        let shapes = doc
            .descendants()
            .filter(|n| {
                n.has_tag_name("BPMNShape")
                    && n.attribute("bpmnElement")
                        .unwrap()
                        .starts_with("Participant_")
            })
            .count();
        assert_eq!(shapes, pools.len());
        pools
    };
    let own = |n: &str, p: bool| (n.to_string(), p);
    assert_eq!(
        participants(&[]),
        vec![own("Gemeente", true), own("Wijkteam", true)]
    );
    assert_eq!(
        participants(&["--all-lanes"]),
        vec![
            own("Gemeente", true),
            own("Wijkteam", true),
            own("School", false)
        ]
    );
}

#[test]
fn bpmn_passes_bpmnlint_recommended_rules() {
    assert!(
        Command::new("node").arg("--version").output().is_ok(),
        "node is not installed: run scripts/test, which installs node, npm and bpmnlint"
    );
    let lint = root().join("target/bpmnlint/node_modules/bpmnlint/bin/bpmnlint.js");
    assert!(
        lint.is_file(),
        "bpmnlint is not installed at {}: run scripts/test, which installs it",
        lint.display()
    );
    let dir = Dir::new();
    dir.file(".bpmnlintrc", r#"{"extends": "bpmnlint:recommended"}"#);
    // The rules are on: a process without a start event is an error.
    dir.file(
        "bare.bpmn",
        r#"<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="urn:x">
  <bpmn:process id="P" isExecutable="false"><bpmn:task id="T" name="Taak" /></bpmn:process>
</bpmn:definitions>
"#,
    );
    let bare = Command::new("node")
        .arg(&lint)
        .arg("bare.bpmn")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        !bare.status.success()
            && String::from_utf8_lossy(&bare.stdout).contains("start-event-required"),
        "bpmnlint does not apply the recommended rules: {}",
        String::from_utf8_lossy(&bare.stderr)
    );
    for path in models() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        dir.file(&format!("{name}.bpmn"), export(&name, "bpmn"));
        let out = Command::new("node")
            .arg(&lint)
            .arg(format!("{name}.bpmn"))
            .current_dir(dir.path())
            .output()
            .unwrap();
        let report = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && !report.contains(" error "),
            "{name}: bpmnlint reports errors:\n{report}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        // The linter ran: it names the file it read, or reports nothing.
        assert!(
            report.is_empty() || report.contains(".bpmn"),
            "{name}: {report}"
        );
    }
}

/// The lane clusters of Graphviz's SVG from top to bottom, after checking
/// there is one per lane, in the model's order, none overlapping the next.
fn lanes_in_model_order(
    name: &str,
    model: &keten::model::Model,
    svg: &str,
) -> Vec<(usize, [f64; 4])> {
    let mut lanes = cluster_boxes(svg);
    assert_eq!(
        lanes.len(),
        model.lanes().len(),
        "{name}: a cluster per lane"
    );
    lanes.sort_by(|a, b| a.1[1].total_cmp(&b.1[1]));
    let order: Vec<usize> = lanes.iter().map(|b| b.0).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "{name}: the lanes top to bottom");
    for (a, b) in lanes.iter().zip(lanes.iter().skip(1)) {
        assert!(a.1[3] <= b.1[1], "{name}: lanes overlap: {a:?} {b:?}");
    }
    lanes
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
    graphviz_with(dot, "/usr/bin/dot", &[])
}

/// Graphviz's SVG of a DOT text, drawn by one of its programs, which must
/// not warn.
fn graphviz_with(dot: &str, program: &str, args: &[&str]) -> String {
    assert!(
        Path::new(program).is_file(),
        "Graphviz ({program}) is not installed: run scripts/test, which installs graphviz"
    );
    let dir = Dir::new();
    let file = dir.file("chain.dot", dot);
    let out = Command::new(program)
        .args(args)
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
        lanes_in_model_order(&name, &model, &svg);
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

/// The boxes of the nodes in Graphviz's SVG, by node name: left, top,
/// right, bottom; and every edge's points, by its title (`tail->head`).
type Drawn = (
    std::collections::HashMap<String, [f64; 4]>,
    Vec<(String, Vec<(f64, f64)>)>,
);

fn graphviz_nodes_and_edges(svg: &str) -> Drawn {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(svg, options).unwrap();
    let numbers = |text: &str| -> Vec<(f64, f64)> {
        let values: Vec<f64> = text
            .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .filter(|t| !t.is_empty())
            .map(|t| t.parse().unwrap())
            .collect();
        values.chunks(2).map(|p| (p[0], p[1])).collect()
    };
    let mut nodes = std::collections::HashMap::new();
    let mut edges = Vec::new();
    for g in doc.descendants().filter(|n| n.has_tag_name("g")) {
        let title = g
            .children()
            .find(|n| n.has_tag_name("title"))
            .and_then(|t| t.text())
            .unwrap_or("")
            .to_string();
        match g.attribute("class") {
            Some("node") => {
                let Some(shape) = g
                    .descendants()
                    .find(|n| n.has_tag_name("path") || n.has_tag_name("polygon"))
                else {
                    continue;
                };
                let points = numbers(shape.attribute("d").or(shape.attribute("points")).unwrap());
                let xs = points.iter().map(|p| p.0);
                let ys = points.iter().map(|p| p.1);
                nodes.insert(
                    title,
                    [
                        xs.clone().fold(f64::MAX, f64::min),
                        ys.clone().fold(f64::MAX, f64::min),
                        xs.fold(f64::MIN, f64::max),
                        ys.fold(f64::MIN, f64::max),
                    ],
                );
            }
            Some("edge") => {
                if let Some(path) = g.descendants().find(|n| n.has_tag_name("path")) {
                    edges.push((title, numbers(path.attribute("d").unwrap())));
                }
            }
            _ => {}
        }
    }
    (nodes, edges)
}

/// Whether a straight line from `a` to `b` passes through the inside of
/// a box (left, top, right, bottom).
fn crosses(a: (f64, f64), b: (f64, f64), r: [f64; 4]) -> bool {
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    for (p, q) in [
        (-dx, a.0 - r[0]),
        (dx, r[2] - a.0),
        (-dy, a.1 - r[1]),
        (dy, r[3] - a.1),
    ] {
        if p == 0.0 {
            if q <= 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    t0 < t1
}

/// `neato -n2` draws the DOT export where keten's layout puts it: the
/// lanes top to bottom in the model's order, every step inside its lane,
/// left of the steps it hands on to in its lane, and no flow through a
/// step it does not touch.
#[test]
fn neato_draws_every_dot_export_in_the_layout_of_keten() {
    for path in models() {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let model = keten::format::read_str(&std::fs::read_to_string(&path).unwrap())
            .model
            .unwrap();
        let svg = graphviz_with(&export(&name, "dot"), "/usr/bin/neato", &["-n2"]);
        let lanes = lanes_in_model_order(&name, &model, &svg);
        let (nodes, edges) = graphviz_nodes_and_edges(&svg);
        let node = |i: usize| format!("s{}", i + 1);
        let steps: Vec<_> = model.steps.iter().collect();
        let layout = keten::layout::layout(&model, &keten::layout::Options::default());
        let index = |id: &str| steps.iter().position(|s| s.id.as_str() == id).unwrap();
        for (i, step) in steps.iter().enumerate() {
            let k = model
                .partners
                .keys()
                .position(|p| *p == step.partner)
                .unwrap()
                + 1;
            let lane = lanes.iter().find(|l| l.0 == k).unwrap().1;
            let b = nodes[&node(i)];
            assert!(
                b[0] >= lane[0] && b[2] <= lane[2] && b[1] >= lane[1] && b[3] <= lane[3],
                "{name}: {} outside its lane {b:?} {lane:?}",
                step.name
            );
        }
        // Reading order inside a lane: a step is left of the steps it
        // hands on to there, but for the flows back in a rework loop.
        for e in layout.edges.iter().filter(|e| !e.back && !e.handoff) {
            let (a, b) = (
                index(layout.boxes[e.from].step.as_str()),
                index(layout.boxes[e.to].step.as_str()),
            );
            assert!(
                nodes[&node(a)][2] < nodes[&node(b)][0],
                "{name}: {} is not left of {}",
                steps[a].name,
                steps[b].name
            );
        }
        assert_eq!(
            edges.len(),
            model.steps.iter().map(|s| s.next.len()).sum::<usize>(),
            "{name}: every flow drawn"
        );
        for (title, points) in &edges {
            let (tail, head) = title.split_once("->").unwrap();
            for (n, b) in nodes.iter().filter(|(n, _)| n.starts_with('s')) {
                if n == tail || n == head {
                    continue;
                }
                let inner = [b[0] + 1.0, b[1] + 1.0, b[2] - 1.0, b[3] - 1.0];
                for w in points.windows(2) {
                    assert!(
                        !crosses(w[0], w[1], inner),
                        "{name}: the flow {title} runs through {n} ({b:?}) at {w:?}"
                    );
                }
            }
        }
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
            // Mermaid 11's swimlane layout puts the lanes side by side in
            // the model's order, and the names stay readable in a
            // Markdown column; Mermaid 10 has no such layout (recorded).
            let mut lanes: Vec<(f64, usize)> = drawn["clusters"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    let id = c[0].as_str().unwrap();
                    let k = id.rsplit('p').next().unwrap().parse().unwrap();
                    (c[1][0].as_f64().unwrap(), k)
                })
                .collect();
            lanes.sort_by(|a, b| a.0.total_cmp(&b.0));
            let lanes: Vec<usize> = lanes.into_iter().map(|l| l.1).collect();
            let font = drawn["font"].as_f64().unwrap_or(0.0);
            eprintln!(
                "{name} in mermaid {version}: subgraphs left to right {lanes:?}; step names {font:.1} px at 890 px; flows across other steps: {}",
                drawn["through"]
            );
            if version == 11 {
                let mut sorted = lanes.clone();
                sorted.sort();
                assert_eq!(
                    lanes, sorted,
                    "{name} in mermaid 11: lanes in the model order"
                );
                assert!(
                    font >= 10.0,
                    "{name} in mermaid 11: names {font} px at 890 px"
                );
            }
        }
    }
}
