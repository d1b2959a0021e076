//! The chain diagram: snapshots of the shipped models, properties of the
//! layout on generated chains, and text of every script lined up.

use keten::format::read_str;
use keten::layout::{Layout, Options, Orientation, layout};
use keten::model::Model;
use keten::render::text::{TextOptions, draw_string};
use keten::text::width;
use proptest::prelude::*;

mod density;
mod down;
mod labels;
mod sections;

use crate::generate::{Shape, chain};
use crate::support::{Dir, Keten, models, root};

fn model(text: &str) -> Model {
    let loaded = keten::format::check_str(text);
    assert!(!loaded.has_errors(), "{:?}", loaded.findings.list);
    loaded.model.unwrap()
}

#[test]
fn snapshots_of_the_shipped_models() {
    for path in models() {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        for width in ["80", "120"] {
            for ascii in [false, true] {
                let mut args = vec!["render", "--direction", "right", "--width", width];
                if ascii {
                    args.push("--ascii");
                }
                let file = format!("models/{name}.yaml");
                args.push(&file);
                let ran = Keten::new(&args).dir(&root()).run().code(0);
                for line in ran.stdout.lines() {
                    assert!(
                        width_of(line) <= width.parse().unwrap(),
                        "{name} {width}: {line}"
                    );
                }
                let style = if ascii { "ascii" } else { "unicode" };
                insta::assert_snapshot!(format!("render-{name}-{width}-{style}"), ran.stdout);
            }
        }
    }
}

fn width_of(line: &str) -> usize {
    width(line)
}

#[test]
fn same_input_same_bytes() {
    let path = root().join("models/jeugdhulp-gezin.yaml");
    let first = Keten::new(["render", "--width", "100", path.to_str().unwrap()])
        .run()
        .code(0);
    let second = Keten::new(["render", "--width", "100", path.to_str().unwrap()])
        .run()
        .code(0);
    assert_eq!(first.stdout, second.stdout);
}

#[test]
fn ascii_draws_with_plain_characters_only() {
    for path in models() {
        let ran = Keten::new(["render", "--ascii", "--width", "90", path.to_str().unwrap()])
            .run()
            .code(0);
        let text = read_str(&std::fs::read_to_string(&path).unwrap())
            .model
            .unwrap();
        // Every character is ASCII, or comes from the model's own text.
        let own: String = text
            .steps
            .iter()
            .map(|s| s.name.clone())
            .chain(text.partners.values().map(|p| p.name.clone()))
            .chain(text.phases.values().map(|p| p.name.clone()))
            .chain(
                text.steps
                    .iter()
                    .flat_map(|s| s.next.iter().map(|f| f.label.clone())),
            )
            .chain([text.name.clone(), text.client_question.clone()])
            .collect();
        for c in ran.stdout.chars() {
            assert!(
                c.is_ascii() || own.contains(c) || c == '…',
                "{c:?} in ASCII output of {}",
                path.display()
            );
        }
        assert!(!ran.stdout.contains(['─', '│', '┌', '▶', '┈']));
    }
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let path = root().join("models/veilige-wijk.yaml");
    let p = path.to_str().unwrap();
    let piped = Keten::new(["render", p]).run().code(0);
    assert!(!piped.stdout.contains('\u{1b}'), "no colour when piped");
    let always = Keten::new(["render", "--color", "always", p]).run().code(0);
    assert!(always.stdout.contains("\u{1b}[31m"), "a colour per lane");
    assert!(always.stdout.contains("\u{1b}[0m"));
    let never = Keten::new(["render", "--color", "never", p]).run().code(0);
    assert_eq!(never.stdout, piped.stdout);
}

#[test]
fn stats_on_stderr() {
    let path = root().join("models/jeugdhulp-gezin.yaml");
    let ran = Keten::new([
        "render",
        "--stats",
        "--width",
        "1000",
        path.to_str().unwrap(),
    ])
    .run()
    .code(0);
    let line = ran.stderr.trim();
    let re: Vec<&str> = line
        .split(' ')
        .map(|kv| kv.split('=').next().unwrap())
        .collect();
    assert_eq!(
        re,
        ["boxes", "edges", "crossings", "width", "height", "sections"],
        "{line}"
    );
    assert!(line.starts_with("boxes=16 edges=20 crossings="), "{line}");
    assert!(line.ends_with("sections=1"), "{line}");
}

#[test]
fn render_refuses_a_model_with_errors() {
    let dir = Dir::new();
    dir.file(
        "e.yaml",
        crate::support::CLEAN.replace("partner: wijkteam", "partner: niemand"),
    );
    Keten::new(["render", "e.yaml"])
        .dir(dir.path())
        .run()
        .code(1)
        .stderr_has("e.yaml:20:14: error[dangling-ref]")
        .stderr_has("not drawn");
}

#[test]
fn sections_repeat_the_lanes_and_mark_where_flows_run_on() {
    let path = root().join("models/werk-en-inkomen.yaml");
    let ran = Keten::new([
        "render",
        "--direction",
        "right",
        "--width",
        "90",
        path.to_str().unwrap(),
    ])
    .run()
    .code(0);
    let sections = ran
        .stdout
        .lines()
        .filter(|l| l.starts_with('(') && l.ends_with(')') && l.contains(" of "))
        .count();
    assert!(sections >= 3, "{}", ran.stdout);
    // The first lane's name starts every section, in full or, where
    // nothing of it stands there, cut on its one line.
    assert_eq!(
        ran.stdout
            .lines()
            .filter(|l| l.starts_with("Gemeente"))
            .count(),
        sections,
        "the first lane in every section"
    );
    for lane in ["UWV WerkBedrijf", "GGZ Oost, team IPS"] {
        assert!(ran.stdout.contains(lane), "{lane} in full where it acts");
    }
    assert!(
        ran.stdout.contains("─▶1"),
        "a marker where a flow leaves a section"
    );
    assert!(ran.stdout.contains("1▶─"), "and where it comes in");
}

const SCRIPTS: &str = r#"
keten: 1
name: Wereldwijde keten 🌍
client_question: "Ein Klient fragt: \e[31mHilfe\u0007"
director: gemeente
partners:
  gemeente:
    name: 区役所 (Gemeente Shinjuku)
    contribution: 調整します。
  zorg:
    name: مؤسسة الرعاية
    contribution: رعاية
  jeugd:
    name: Jeugdbeschermingsorganisatiesamenwerkingsverband
    contribution: Bescherming.
steps:
  aanmelding:
    name: 家族支援計画を作成する
    partner: gemeente
    next:
      - { to: zorg, label: 書類 📄 }
  zorg:
    name: تقديم الرعاية للأسرة
    partner: zorg
    next:
      - { to: plan, label: "überweisung\r" }
  plan:
    name: Arbeidsongeschiktheidsverzekeringsaanvraag 🙂👍🏽 e\u0301e\u0301
    partner: jeugd
"#;

#[test]
fn every_box_is_closed_and_aligned_in_every_script() {
    let m = model(SCRIPTS);
    let picture = layout(&m, &Options::default());
    let drawing = draw_string(
        &m,
        &picture,
        &TextOptions {
            width: 1000,
            ascii: false,
            color: false,
            kpis: false,
        },
    );
    assert!(
        !drawing.text.contains('\u{1b}')
            && !drawing.text.contains('\r')
            && !drawing.text.contains('\u{7}')
    );
    let lines: Vec<&str> = drawing.text.lines().collect();
    // Diagram rows start after the title lines and one blank line.
    let top = lines.iter().position(|l| l.is_empty()).unwrap() + 1;
    for b in &picture.boxes {
        for dy in 0..b.height {
            let line = lines[top + b.y + dy];
            let cells = cells_of(line, b.x, b.width);
            let (first, last) = (
                cells.first().unwrap().as_str(),
                cells.last().unwrap().as_str(),
            );
            let want = match dy {
                0 => ("┌", "┐"),
                d if d + 1 == b.height => ("└", "┘"),
                _ => ("│", "│"),
            };
            assert_eq!((first, last), want, "box {} row {dy}: {line:?}", b.step);
        }
    }
}

/// The graphemes of a line that stand in display columns `x..x + w`.
fn cells_of(line: &str, x: usize, w: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut at = 0;
    for (g, gw) in keten::text::graphemes(line) {
        if at >= x && at < x + w {
            out.push(g.to_string());
        }
        at += gw;
    }
    out
}

/// Checks the layout invariants; returns a message for the first broken one.
fn invariants(m: &Model, picture: &Layout) -> Result<(), String> {
    let drawable = m
        .steps
        .iter()
        .filter(|s| m.partners.contains_key(&s.partner))
        .count();
    if picture.boxes.len() != drawable {
        return Err(format!(
            "{} boxes for {drawable} steps",
            picture.boxes.len()
        ));
    }
    for b in &picture.boxes {
        let step = m.steps.get(b.step.as_str()).ok_or("a box for no step")?;
        let lane = &picture.lanes[b.lane];
        if lane.partner != step.partner {
            return Err(format!("{} in the lane of {}", b.step, lane.partner));
        }
        let out = match picture.orientation {
            Orientation::Right => b.y < lane.y || b.y + b.height > lane.y + lane.height,
            Orientation::Down => b.x < lane.x || b.x + b.width > lane.x + lane.width,
        };
        if out {
            return Err(format!("{} sticks out of its lane", b.step));
        }
    }
    let mut ids: Vec<&str> = picture.boxes.iter().map(|b| b.step.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.len() != picture.boxes.len() {
        return Err("a step with two boxes".into());
    }
    // No two boxes overlap (sorted by x, compare neighbours in x range).
    let mut order: Vec<usize> = (0..picture.boxes.len()).collect();
    order.sort_by_key(|&i| picture.boxes[i].x);
    for (k, &i) in order.iter().enumerate() {
        let a = &picture.boxes[i];
        for &j in &order[k + 1..] {
            let b = &picture.boxes[j];
            if b.x >= a.x + a.width {
                break;
            }
            if b.y < a.y + a.height && a.y < b.y + b.height {
                return Err(format!("{} overlaps {}", a.step, b.step));
            }
        }
    }
    // Every flow is a connected orthogonal path from its source's right
    // side to its target's left side that crosses no box.
    let flows: usize = m
        .steps
        .iter()
        .filter(|s| m.partners.contains_key(&s.partner))
        .map(|s| {
            s.next
                .iter()
                .filter(|f| {
                    m.steps
                        .get(f.to.as_str())
                        .is_some_and(|t| m.partners.contains_key(&t.partner))
                })
                .count()
        })
        .sum();
    if picture.edges.len() != flows {
        return Err(format!("{} paths for {flows} flows", picture.edges.len()));
    }
    for e in &picture.edges {
        let (s, t) = (&picture.boxes[e.from], &picture.boxes[e.to]);
        let (first, last) = (e.points[0], *e.points.last().unwrap());
        // Running right out of the right side into the left; running down
        // out of the bottom into the top.
        let (start, end) = match picture.orientation {
            Orientation::Right => ((s.x + s.width, s.port_y()), (t.x - 1, t.port_y())),
            Orientation::Down => ((s.port_x(), s.y + s.height), (t.port_x(), t.y - 1)),
        };
        if first != start {
            return Err(format!("flow {}→{} starts at {first:?}", s.step, t.step));
        }
        if last != end {
            return Err(format!("flow {}→{} ends at {last:?}", s.step, t.step));
        }
        for w in e.points.windows(2) {
            let (a, b) = (w[0], w[1]);
            if a.0 != b.0 && a.1 != b.1 {
                return Err(format!("flow {}→{} has a slanted part", s.step, t.step));
            }
            let cells: Vec<(usize, usize)> = if a.1 == b.1 {
                (a.0.min(b.0)..=a.0.max(b.0)).map(|x| (x, a.1)).collect()
            } else {
                (a.1.min(b.1)..=a.1.max(b.1)).map(|y| (a.0, y)).collect()
            };
            for (x, y) in cells {
                if let Some(k) = picture.boxes.iter().position(|o| o.contains(x, y)) {
                    return Err(format!(
                        "flow {}→{} crosses box {}",
                        s.step, t.step, picture.boxes[k].step
                    ));
                }
            }
        }
    }
    Ok(())
}

#[test]
fn the_shipped_models_keep_the_invariants() {
    for path in models() {
        let m = model(&std::fs::read_to_string(&path).unwrap());
        for all_lanes in [false, true] {
            for orientation in [Orientation::Right, Orientation::Down] {
                let picture = layout(
                    &m,
                    &Options {
                        all_lanes,
                        orientation,
                        ..Options::default()
                    },
                );
                assert_eq!(picture.orientation, orientation);
                invariants(&m, &picture)
                    .unwrap_or_else(|e| panic!("{} {orientation:?}: {e}", path.display()));
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn generated_chains_keep_the_invariants(
        steps in 1usize..160,
        partners in 0usize..9,
        seed in 0u64..1000,
        loops in any::<bool>(),
        phases in 0usize..4,
        page in 40usize..160,
        ascii in any::<bool>(),
    ) {
        let text = chain(Shape { steps, partners, seed, loops, phases });
        let m = model(&text);
        for orientation in [Orientation::Right, Orientation::Down] {
            let options = Options { orientation, ..Options::default() };
            let picture = layout(&m, &options);
            if let Err(e) = invariants(&m, &picture) {
                return Err(TestCaseError::fail(format!("{orientation:?}: {e}")));
            }
        }
        // As `keten render --width` lays out for the page: running right,
        // running down at the box width chosen for the page, and the way
        // `--direction auto` picks.
        let options = labels::options_for(page);
        let pictures = [
            layout(&m, &options),
            keten::layout::down_layout(&m, &options, page).1,
            keten::layout::choose_layout(&m, &options, page, None).1,
        ];
        for picture in pictures {
            if let Err(e) = invariants(&m, &picture) {
                return Err(TestCaseError::fail(format!("{:?} at {page}: {e}", picture.orientation)));
            }
            let drawing = draw_string(&m, &picture, &TextOptions { width: page, ascii, color: false, kpis: true });
            for line in drawing.text.lines() {
                prop_assert!(width(line) <= page, "{:?} {} > {page}: {line}", picture.orientation, width(line));
            }
        }
    }
}

#[test]
fn neighbours_on_the_picture() {
    let m = model(&std::fs::read_to_string(root().join("models/jeugdhulp-gezin.yaml")).unwrap());
    let picture = layout(&m, &Options::default());
    use keten::layout::Direction::*;
    let at = |id: &str| picture.box_of(id).unwrap();
    let b = &picture.boxes[at("gezinsplan-opstellen")];
    assert_eq!(
        picture.box_at(b.x + 1, b.y + 1),
        Some(at("gezinsplan-opstellen"))
    );
    assert_eq!(picture.box_at(0, 0), None);
    for i in 0..picture.boxes.len() {
        for d in [Left, Right, Up, Down] {
            if let Some(j) = picture.neighbour(i, d) {
                let (a, c) = (&picture.boxes[i], &picture.boxes[j]);
                match d {
                    Left => assert!(c.column < a.column),
                    Right => assert!(c.column > a.column),
                    Up => assert!((c.lane, c.slot) < (a.lane, a.slot)),
                    Down => assert!((c.lane, c.slot) > (a.lane, a.slot)),
                }
            }
        }
    }
    let first = at("zorgen-school");
    assert!(picture.neighbour(first, Right).is_some());
}

#[test]
fn crossings_are_counted_on_the_routed_paths() {
    // a1 hands off to c1 two lanes down; b0 → b1 runs straight across the
    // channel between them: one crossing, drawn as one.
    let m = model(
        r#"
keten: 1
name: Kruising
partners:
  a: { name: A, contribution: x }
  b: { name: B, contribution: x }
  c: { name: C, contribution: x }
steps:
  a1:
    name: A1
    partner: a
    next: [{ to: c1, label: dossier }]
  b0: { name: B0, partner: b, next: [b1] }
  b1: { name: B1, partner: b }
  c1: { name: C1, partner: c }
"#,
    );
    let picture = layout(&m, &Options::default());
    assert_eq!(picture.crossings, 1);
    let drawing = draw_string(
        &m,
        &picture,
        &TextOptions {
            width: 200,
            ascii: false,
            color: false,
            kpis: false,
        },
    );
    assert_eq!(drawing.text.matches('┼').count(), 1, "{}", drawing.text);
    // Without the straight flow there is nothing to cross.
    let alone =
        model(&std::fs::read_to_string(root().join("models/werk-en-inkomen.yaml")).unwrap());
    let picture = layout(&alone, &Options::default());
    let drawn = draw_string(
        &alone,
        &picture,
        &TextOptions {
            width: 100_000,
            ascii: false,
            color: false,
            kpis: false,
        },
    );
    assert_eq!(
        drawn.text.matches('┼').count(),
        picture.crossings,
        "{}",
        drawn.text
    );
}

/// Three steps: a KPI on target, one off target, one without data.
const DIRECTED: &str = "\
keten: 1
name: Regie
partners:
  gemeente: { name: Gemeente }
  wijkteam: { name: Wijkteam }
kpis:
  snel: { name: Snel, step: aanmelden, target: 10, better: lower, measurements: [{ period: 2026-Q1, value: 8 }] }
  tevreden: { name: Tevreden, step: hulp, target: 8, measurements: [{ period: 2026-Q1, value: 7 }] }
  bereik: { name: Bereik, step: hulp, target: 50, measurements: [{ period: 2026-Q1, value: 60 }] }
  nieuw: { name: Nieuw, step: evalueren, target: 3 }
steps:
  aanmelden: { name: Aanmelden, partner: gemeente, next: [{ to: hulp, label: dossier }] }
  hulp: { name: Hulp bieden, partner: wijkteam, next: [evalueren] }
  evalueren: { name: Evalueren, partner: wijkteam }
";

#[test]
fn kpis_show_their_status_on_the_steps_where_they_are_measured() {
    let dir = Dir::new();
    let file = dir.file("regie.yaml", DIRECTED);
    let p = file.to_str().unwrap();
    let plain = Keten::new(["render", "--direction", "right", "--width", "100", p])
        .run()
        .code(0)
        .stdout;
    assert!(!plain.contains('✓') && !plain.contains('?'), "{plain}");
    let unicode = Keten::new([
        "render",
        "--direction",
        "right",
        "--kpis",
        "--width",
        "100",
        p,
    ])
    .run()
    .code(0)
    .stdout;
    insta::assert_snapshot!("render-kpis-unicode", unicode);
    // Aanmelden is on target, Hulp bieden off (one of its two KPIs is),
    // Evalueren has no measurement yet.
    for sign in ["─ ✓ ─┐", "─ ✗ ─┐", "─ ? ─┐"] {
        assert!(unicode.contains(sign), "{sign} in\n{unicode}");
    }
    let ascii = Keten::new([
        "render",
        "--direction",
        "right",
        "--kpis",
        "--ascii",
        "--width",
        "100",
        p,
    ])
    .run()
    .code(0)
    .stdout;
    insta::assert_snapshot!("render-kpis-ascii", ascii);
    assert!(ascii.is_ascii());
    for sign in [" v -+", " x -+", " ? -+"] {
        assert!(ascii.contains(sign), "{sign} in\n{ascii}");
    }
    // In colour: green on target, red off target; without colour the
    // signs stay.
    let colour = Keten::new([
        "render",
        "--direction",
        "right",
        "--kpis",
        "--color",
        "always",
        p,
    ])
    .run()
    .code(0)
    .stdout;
    assert!(colour.contains("\u{1b}[32m ✓ "), "{colour}");
    assert!(colour.contains("\u{1b}[31m ✗ "), "{colour}");
    let no_color = Keten::new([
        "render",
        "--direction",
        "right",
        "--kpis",
        "--color",
        "never",
        "--width",
        "100",
        p,
    ])
    .run()
    .code(0)
    .stdout;
    assert_eq!(no_color, unicode);
}
