//! Writing is canonical and lossless: load → write → load gives an equal
//! model, and writing twice gives the same bytes; other YAML readers read
//! the written text the same way.

use keten::diagnostic::Code;
use keten::format::{read_str, write};
use keten::model::{
    Agreement, Better, Chain, Flow, Goal, Id, Interest, Kpi, Measurement, Model, Partner, Phase,
    PulseEntry, Role, Step,
};
use proptest::prelude::*;

use crate::support::models;

/// Load, write, load gives the same model, and writing twice the same bytes.
#[track_caller]
fn assert_round_trip(model: &Model, once: &str) {
    assert_eq!(
        &reread(once),
        model,
        "load, write, load gives the same model"
    );
    assert_eq!(
        write(&reread(once)),
        once,
        "writing twice gives the same bytes"
    );
}

fn reread(text: &str) -> Model {
    let loaded = read_str(text);
    loaded
        .model
        .unwrap_or_else(|| panic!("written text reads back: {:?}\n{text}", loaded.findings))
}

#[test]
fn shipped_models_round_trip() {
    for path in models() {
        let text = std::fs::read_to_string(&path).unwrap();
        let model = reread(&text);
        let once = write(&model);
        assert_eq!(reread(&once), model, "{}", path.display());
        assert_eq!(write(&reread(&once)), once, "{}", path.display());
        assert_eq!(once, text, "{} is in canonical form", path.display());
    }
}

#[test]
fn every_form_of_the_format_reads() {
    let text = r#"
keten: 1
name: Alle vormen
phases: { a: { name: A } }
partners:
  p: { name: P, interests: [een, "twee"] }
  q:
    name: Q
    interests:
      - drie
steps:
  s1:
    name: S1
    partner: p
    phase: a
    next: [s2, { to: s3, label: dossier }]
  s2: { name: S2, partner: p, next: [] }
  s3:
    name: S3
    partner: q
kpis:
  k:
    name: K
    target: 2.5
    measurements:
      - { period: 2026, value: 3 }
      - { period: 2026-Q2, value: 1.25, note: goed }
      - period: "2026.10"
        value: -4
"#;
    let model = reread(text);
    let kpi = &model.kpis["k"];
    assert_eq!(kpi.target, Some(2.5));
    let periods: Vec<&str> = kpi.measurements.iter().map(|m| m.period.as_str()).collect();
    assert_eq!(periods, ["2026", "2026-Q2", "2026.10"]);
    assert_eq!(kpi.measurements[2].value, -4.0);
    let s1 = model.steps.get("s1").unwrap();
    assert_eq!(s1.next, [Flow::to("s2"), Flow::labelled("s3", "dossier")]);
    assert_eq!(model.partners["p"].interests, ["een", "twee"]);
    let written = write(&model);
    assert_eq!(reread(&written), model);
    assert!(
        written.contains("      - { period: 2026, value: 3 }\n"),
        "{written}"
    );
    assert!(
        written.contains("      - { period: '2026.10', value: -4 }\n")
            || written.contains("      - { period: 2026.10, value: -4 }\n"),
        "{written}"
    );
}

#[test]
fn generated_chains_round_trip() {
    use crate::generate::{Shape, chain};
    let shapes = [
        Shape::new(1),
        Shape::new(12),
        Shape {
            loops: true,
            ..Shape::new(300)
        },
        Shape {
            phases: 5,
            seed: 7,
            ..Shape::new(2_000)
        },
        Shape {
            partners: 40,
            loops: true,
            phases: 3,
            seed: 3,
            ..Shape::new(5_000)
        },
    ];
    for shape in shapes {
        let text = chain(shape);
        let loaded = keten::format::check_str(&text);
        assert!(!loaded.has_errors(), "{:?}", loaded.findings.list.first());
        let model = loaded.model.unwrap();
        assert_eq!(model.steps.len(), shape.steps);
        let once = write(&model);
        assert_round_trip(&model, &once);
    }
}

#[test]
fn comments_in_every_position_survive() {
    let text = include_str!("data/commented.yaml");
    let model = reread(text);
    let once = write(&model);
    // Every comment, in the same order, and nothing else lost.
    let comments = |t: &str| -> Vec<String> {
        keten::format::comments::find(t)
            .into_iter()
            .map(|c| c.text)
            .collect()
    };
    assert_eq!(comments(&once), comments(text), "{once}");
    assert_eq!(comments(text).len(), 15);
    assert_round_trip(&model, &once);
    insta::assert_snapshot!(once);
}

#[test]
fn comments_on_quoted_values_empty_fields_and_inner_keys_survive() {
    let text = include_str!("data/commented-edges.yaml");
    let once = write(&reread(text));
    let comments = |t: &str| -> Vec<String> {
        let mut all: Vec<String> = keten::format::comments::find(t)
            .into_iter()
            .map(|c| c.text)
            .collect();
        all.sort();
        all
    };
    // Two end comments on one measurement are kept together on its line.
    let mut want = comments(text);
    want.retain(|c| c != " Q1" && c != " est");
    want.push(" Q1 # est".into());
    want.sort();
    assert_eq!(comments(&once), want, "{once}");
    assert_eq!(reread(&once), reread(text));
    assert_eq!(
        write(&reread(&once)),
        once,
        "writing twice gives the same bytes"
    );
}

// ---- generated models ----

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z ëé家🙂]{0,12}",
        2 => "[a-z :#'\"\\-\\n\\t\\[\\]{},&*!|>%@`]{0,16}",
        1 => any::<String>(),
        1 => prop::sample::select(vec![
            "yes", "No", "null", "~", "5", "-1.5", "0x1F", "1e3", "2026-01-31", ".inf", "- a",
            "a: b", " lead", "trail ", "line\n", "\nlead", "a\n\n", "\t", "\u{1b}[31m", "\r\n",
            "\u{feff}bom", "\u{2028}", "\u{85}",
        ])
        .prop_map(String::from),
    ]
}

fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-z][a-z0-9-]{0,8}",
        1 => prop::sample::select(vec!["true", "5", "0x1F", "1e5", "null", "yes", "2026-01-31", "007"])
            .prop_map(String::from),
    ]
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-1000i64..1000).prop_map(|n| n as f64),
        any::<f64>().prop_filter("finite", |f| f.is_finite()),
    ]
}

fn codes() -> impl Strategy<Value = Vec<Code>> {
    let warnings: Vec<Code> = Code::warnings().collect();
    prop::sample::subsequence(warnings.clone(), 0..=3)
}

fn ids(count: std::ops::Range<usize>) -> impl Strategy<Value = Vec<Id>> {
    prop::collection::btree_set(id(), count).prop_map(|set| set.into_iter().map(Id::new).collect())
}

prop_compose! {
    pub fn model()(
        name in text(), description in text(), client_question in text(), ambition in text(),
        phase_ids in ids(0..3), partner_ids in ids(1..4), role_ids in ids(0..3),
        goal_ids in ids(0..3), kpi_ids in ids(0..3), step_ids in ids(0..6), agreement_ids in ids(0..3),
        scores in prop::collection::vec(prop::option::of(1u8..=5), 24),
        texts in prop::collection::vec(text(), 64),
        numbers in prop::collection::vec(number(), 16),
        picks in prop::collection::vec(0usize..100, 64),
        allows in prop::collection::vec(codes(), 8),
        interest_counts in prop::collection::vec(0usize..4, 4),
    ) -> Model {
        let mut t = texts.into_iter().cycle();
        let mut n = numbers.into_iter().cycle();
        let mut pick = picks.into_iter().cycle();
        let mut allow = allows.into_iter().cycle();
        let mut m = Model {
            name, description, client_question, ambition,
            allow: allow.next().unwrap_or_default(),
            ..Model::default()
        };
        m.director = one_of(pick.next().unwrap_or(0), &partner_ids);
        for id in &phase_ids {
            m.phases.insert(id.clone(), Phase { name: t.next().unwrap(), description: t.next().unwrap(), notes: t.next().unwrap(), allow: allow.next().unwrap(), comments: Default::default() });
        }
        for (k, id) in partner_ids.iter().enumerate() {
            let interests = (0..interest_counts[k % 4]).map(|_| match pick.next().unwrap_or(0) % 3 {
                0 => Interest::from(t.next().unwrap()),
                _ => Interest {
                    name: t.next().unwrap(),
                    safeguarded_by: agreement_ids.iter().filter(|_| pick.next().unwrap_or(0) % 2 == 0).cloned().collect(),
                    notes: if pick.next().unwrap_or(0) % 2 == 0 { t.next().unwrap() } else { String::new() },
                },
            }).filter(|i: &Interest| !i.name.is_empty()).collect();
            m.partners.insert(id.clone(), Partner {
                name: t.next().unwrap(), kind: t.next().unwrap(), contribution: t.next().unwrap(),
                interests, contact: t.next().unwrap(), notes: t.next().unwrap(), allow: allow.next().unwrap(),
                comments: Default::default(),
            });
        }
        for id in &role_ids {
            let partner = one_of(pick.next().unwrap_or(0), &partner_ids).unwrap_or_else(|| partner_ids[0].clone());
            m.roles.insert(id.clone(), Role { name: t.next().unwrap(), partner, description: t.next().unwrap(), notes: String::new(), allow: vec![], comments: Default::default() });
        }
        for id in &goal_ids {
            let partners = partner_ids.iter().filter(|_| pick.next().unwrap_or(0) % 2 == 0).cloned().collect();
            m.goals.insert(id.clone(), Goal { name: t.next().unwrap(), description: t.next().unwrap(), partners, notes: t.next().unwrap(), allow: allow.next().unwrap(), comments: Default::default() });
        }
        for id in &kpi_ids {
            let measurements = (0..pick.next().unwrap_or(0) % 4).map(|k| Measurement {
                period: if k % 2 == 0 { t.next().unwrap() } else { format!("{}", k + 2024) },
                value: n.next().unwrap(),
                note: if k == 1 { t.next().unwrap() } else { String::new() },
            }).collect();
            let target = (pick.next().unwrap_or(0) % 3 != 0).then(|| n.next().unwrap());
            let better = if pick.next().unwrap_or(0) % 2 == 0 { Better::Lower } else { Better::Higher };
            m.kpis.insert(id.clone(), Kpi {
                name: t.next().unwrap(), goal: one_of(pick.next().unwrap_or(0), &goal_ids), owner: one_of(pick.next().unwrap_or(0), &partner_ids), step: one_of(pick.next().unwrap_or(0), &step_ids),
                unit: t.next().unwrap(), target, better, measurements, notes: t.next().unwrap(), allow: allow.next().unwrap(),
                comments: Default::default(),
            });
        }
        let steps = step_ids.iter().map(|id| {
            let next = (0..pick.next().unwrap_or(0) % 3).filter_map(|_| {
                let to = one_of(pick.next().unwrap_or(0), &step_ids)?;
                let label = if pick.next().unwrap_or(0) % 2 == 0 { t.next().unwrap() } else { String::new() };
                Some(Flow { to, label })
            }).collect();
            Step {
                id: id.clone(), name: t.next().unwrap(),
                partner: one_of(pick.next().unwrap_or(0), &partner_ids).unwrap_or_else(|| partner_ids[0].clone()),
                role: one_of(pick.next().unwrap_or(0), &role_ids), phase: one_of(pick.next().unwrap_or(0), &phase_ids), description: t.next().unwrap(),
                next, notes: t.next().unwrap(), allow: allow.next().unwrap(),
                comments: Default::default(),
            }
        });
        m.steps = Chain::from_steps(steps).0;
        for id in &agreement_ids {
            let partners = partner_ids.iter().filter(|_| pick.next().unwrap_or(0) % 2 == 0).cloned().collect();
            m.agreements.insert(id.clone(), Agreement { name: t.next().unwrap(), description: t.next().unwrap(), partners, notes: t.next().unwrap(), allow: allow.next().unwrap(), comments: Default::default() });
        }
        let mut score = scores.into_iter().cycle();
        for period in 0..pick.next().unwrap_or(0) % 3 {
            let period = if period == 0 { t.next().unwrap() } else { format!("{}-Q{period}", 2026) };
            for partner in &partner_ids {
                if pick.next().unwrap_or(0) % 3 == 0 || m.pulse.iter().any(|e| e.period == period && e.partner == *partner) || period.is_empty() {
                    continue;
                }
                let note = if pick.next().unwrap_or(0) % 2 == 0 { t.next().unwrap() } else { String::new() };
                m.pulse.push(PulseEntry { period: period.clone(), partner: partner.clone(), scores: std::array::from_fn(|_| score.next().flatten()), note });
            }
        }
        m
    }
}

/// One of the ids, or none for one pick in four.
fn one_of(k: usize, list: &[Id]) -> Option<Id> {
    (k % 4 != 0 && !list.is_empty()).then(|| list[k % list.len()].clone())
}

/// A string field of the written text as another YAML reader sees it.
fn yaml_str<'a>(value: &'a serde_yaml::Value, path: &[&str]) -> Option<&'a str> {
    let mut v = value;
    for key in path {
        v = v.get(*key)?;
    }
    v.as_str()
}

proptest! {

    #[test]
    fn generated_models_round_trip(model in model()) {
        let once = write(&model);
        let back = reread(&once);
        prop_assert_eq!(&back, &model, "written:\n{}", once);
        prop_assert_eq!(write(&back), once);
    }

    #[test]
    fn another_yaml_reader_reads_the_same_text(model in model()) {
        let once = write(&model);
        let value: serde_yaml::Value = serde_yaml::from_str(&once)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{once}")))?;
        prop_assert_eq!(yaml_str(&value, &["name"]), Some(model.name.as_str()));
        for (id, partner) in &model.partners {
            let key = id.as_str();
            prop_assert_eq!(yaml_str(&value, &["partners", key, "name"]), Some(partner.name.as_str()), "{}", once);
            if !partner.contribution.is_empty() {
                prop_assert_eq!(yaml_str(&value, &["partners", key, "contribution"]), Some(partner.contribution.as_str()));
            }
            for (k, interest) in partner.interests.iter().enumerate() {
                let item = &value["partners"][key]["interests"][k];
                let got = if interest.is_plain() { item.as_str() } else { item["name"].as_str() };
                prop_assert_eq!(got, Some(interest.name.as_str()), "{}", once);
            }
        }
        for step in model.steps.iter() {
            let key = step.id.as_str();
            prop_assert_eq!(yaml_str(&value, &["steps", key, "name"]), Some(step.name.as_str()), "{}", once);
            prop_assert_eq!(yaml_str(&value, &["steps", key, "partner"]), Some(step.partner.as_str()), "{}", once);
        }
    }
}

#[test]
fn a_hash_at_the_start_of_a_block_line_after_quotes_is_text() {
    // Found by the property test: a literal block whose text starts with a
    // quote and has a line that starts with `#`.
    let mut model = keten::model::Model::new("x");
    model.partners.insert(
        keten::model::Id::new("a"),
        keten::model::Partner {
            name: "A".into(),
            contact: "\"\"\n#".into(),
            ..Default::default()
        },
    );
    let once = write(&model);
    assert_eq!(reread(&once), model, "{once}");
    assert_eq!(write(&reread(&once)), once);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, max_global_rejects: 4096, ..ProptestConfig::default() })]

    /// Comments put on random lines of a written model, on their own line
    /// or at the end of a line, all survive writing, in the same order, and
    /// writing twice gives the same bytes.
    #[test]
    fn random_comments_survive(model in model(), spots in prop::collection::vec((0usize..400, any::<bool>()), 1..12)) {
        let text = write(&model);
        let lines: Vec<&str> = text.lines().collect();
        let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        for (k, (at, own)) in spots.iter().enumerate() {
            let i = at % out.len();
            if *own {
                let indent: String = out[i].chars().take_while(|c| *c == ' ').collect();
                out.insert(i, format!("{indent}# own {k}"));
            } else {
                out[i] = format!("{} # end {k}", out[i]);
            }
        }
        let commented = out.join("\n") + "\n";
        let loaded = read_str(&commented);
        // Comments never change the data; a spot that fell inside a block
        // of text made it text, so skip those cases.
        let Some(mut back) = loaded.model else { return Ok(()) };
        let mut plain = back.clone();
        plain.drop_comments();
        prop_assume!(plain == model);
        let found: Vec<String> = keten::format::comments::find(&commented).into_iter().map(|c| c.text).collect();
        let once = write(&back);
        let kept: Vec<String> = keten::format::comments::find(&once).into_iter().map(|c| c.text).collect();
        // Two end comments on one line join as `a # b`: compare the words.
        let words = |list: &[String]| -> Vec<String> {
            let mut w: Vec<String> = list.iter().flat_map(|c| c.split(" # ").map(|p| p.trim().to_string())).collect();
            w.sort();
            w
        };
        prop_assert_eq!(words(&kept), words(&found), "{}\n---\n{}", commented, once);
        let again = reread(&once);
        prop_assert_eq!(write(&again), once.clone());
        back.drop_comments();
        prop_assert_eq!(back, model);
    }
}

#[test]
fn agreements_interests_and_the_pulse_are_written_canonically_with_their_comments() {
    let text = "\
keten: 1
name: Relaties
pulse:
  - partner: p
    period: 2026-Q1
    trust: 4
    openness: 3
  # na de moeizame overdracht
  - { period: 2026-Q2, partner: p, trust: 2, note: 'Overdracht: stroef' } # besproken
agreements:
  convenant: { name: Convenant, partners: [p] }
partners:
  p:
    name: P
    interests:
      - Tijd
      - { safeguarded_by: [convenant], name: Privacy } # AVG
      - name: Ruimte
  q: { name: Q, interests: [Rust] }
";
    let model = reread(text);
    assert_eq!(
        model.partners["p"].interests[1].safeguarded_by,
        ["convenant"]
    );
    assert_eq!(model.pulse[1].scores[0], Some(2));
    let written = write(&model);
    assert_eq!(
        written,
        "\
keten: 1
name: Relaties
partners:
  p:
    name: P
    interests:
      - Tijd
      - name: Privacy # AVG
        safeguarded_by: [convenant]
      - Ruimte
  q:
    name: Q
    interests: [Rust]
agreements:
  convenant:
    name: Convenant
    partners: [p]
pulse:
  - { period: 2026-Q1, partner: p, trust: 4, openness: 3 }
  # na de moeizame overdracht
  - { period: 2026-Q2, partner: p, trust: 2, note: 'Overdracht: stroef' } # besproken
"
    );
    assert_eq!(write(&reread(&written)), written);
}

#[test]
fn a_comment_on_an_agreement_stays_with_it() {
    let text = std::fs::read_to_string(crate::support::root().join("models/veilige-wijk.yaml"))
        .unwrap()
        .replacen(
            "\nagreements:\n",
            "\nagreements:\n  # Afgesproken in de stuurgroep\n",
            1,
        );
    let written = keten::format::write(&keten::format::read_str(&text).model.unwrap());
    assert!(
        written.contains("agreements:\n  # Afgesproken in de stuurgroep\n  privacyconvenant:\n"),
        "{written}"
    );
}
