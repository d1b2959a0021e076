//! `keten merge`: three-way cases of every kind, each asserting the merged
//! model; properties of the merge; the command's exit codes and outputs;
//! settling a file's conflicts; and git's merge driver in a real
//! repository.

use keten::edit::{Edit, Entity, references_to};
use keten::format::{read_str, write};
use keten::merge::conflict::{Conflicted, Side};
use keten::merge::{ConflictKind, Merged, merge};
use keten::model::{Flow, Id, Measurement, Model, Partner, Section, Step};
use proptest::prelude::*;

use crate::support::{CLEAN, Dir, Keten, root};

fn model(text: &str) -> Model {
    let loaded = read_str(text);
    assert!(!loaded.has_errors(), "{:?}\n{text}", loaded.findings);
    loaded.model.expect("a model")
}

fn merged(base: &str, ours: &str, theirs: &str) -> Merged {
    merge(&model(base), &model(ours), &model(theirs))
}

/// A clean merge, as its model.
#[track_caller]
fn clean(base: &str, ours: &str, theirs: &str) -> Model {
    let m = merged(base, ours, theirs);
    assert!(m.is_clean(), "{:?}", m.conflicts);
    assert_eq!(m.model, m.theirs);
    m.model
}

/// The model's text after `keten fmt`, for comparing with a merge.
fn canonical(text: &str) -> String {
    write(&model(text))
}

/// Both settlements of a merge with conflicts are valid models, and the
/// file with markers settles into each.
#[track_caller]
fn assert_settles(m: &Merged) {
    assert!(!m.is_clean());
    for side in [&m.model, &m.theirs] {
        let found = keten::validate::validate(side);
        assert!(!found.has_errors(), "{:?}", found.list);
    }
    let text = m.text();
    let checked = keten::format::check_str(&text);
    assert!(
        checked
            .findings
            .list
            .iter()
            .all(|d| d.code.as_str() == "merge-conflict"),
        "{:?}",
        checked.findings.list
    );
    let mut file = Conflicted::read(&text).expect("markers in the file");
    file.settle_all(Side::Ours);
    assert_eq!(file.model().unwrap(), m.model);
    file.settle_all(Side::Theirs);
    assert_eq!(file.model().unwrap(), m.theirs);
}

fn jeugd() -> String {
    std::fs::read_to_string(root().join("models/jeugdhulp-gezin.yaml")).unwrap()
}

// ---- three-way cases ----

#[test]
fn both_add_a_partner_at_the_end() {
    let ours = CLEAN.replace(
        "steps:",
        "  politie:\n    name: Politie\n    contribution: Veiligheid.\nsteps:",
    );
    let theirs = CLEAN.replace(
        "steps:",
        "  school:\n    name: School\n    contribution: Signalen.\nsteps:",
    );
    let m = clean(CLEAN, &ours, &theirs);
    let lanes: Vec<&str> = m.partners.keys().map(Id::as_str).collect();
    assert_eq!(lanes, ["gemeente", "wijkteam", "politie", "school"]);
}

#[test]
fn both_add_a_measurement_to_one_kpi() {
    let base = CLEAN.replace(
        "steps:",
        "kpis:\n  k:\n    name: Doorlooptijd\n    owner: gemeente\n    target: 20\n    measurements:\n      - { period: 2026-Q1, value: 19 }\nsteps:",
    );
    let ours = base.replace(
        "      - { period: 2026-Q1, value: 19 }\n",
        "      - { period: 2026-Q1, value: 19 }\n      - { period: 2026-Q2, value: 18 }\n",
    );
    let theirs = base.replace(
        "      - { period: 2026-Q1, value: 19 }\n",
        "      - { period: 2026-Q1, value: 19 }\n      - { period: 2026-Q3, value: 17 }\n",
    );
    let m = clean(&base, &ours, &theirs);
    let got: Vec<(&str, f64)> = m.kpis["k"]
        .measurements
        .iter()
        .map(|x| (x.period.as_str(), x.value))
        .collect();
    assert_eq!(
        got,
        [("2026-Q1", 19.0), ("2026-Q2", 18.0), ("2026-Q3", 17.0)]
    );
    // The same period measured two ways is a conflict of that field.
    let other = base.replace("value: 19 }", "value: 21 }");
    let both = base.replace("value: 19 }", "value: 22 }");
    let m = merged(&base, &other, &both);
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].field, Some("measurements"));
    assert_settles(&m);
}

#[test]
fn both_append_an_interest_and_one_removes_another() {
    let base = CLEAN.replace(
        "    contribution: Hulp.\n",
        "    contribution: Hulp.\n    interests: [Tijd, Ruimte]\n",
    );
    let ours = base.replace("[Tijd, Ruimte]", "[Tijd, Ruimte, Rust]");
    let theirs = base.replace("[Tijd, Ruimte]", "[Ruimte, Scholing]");
    let m = clean(&base, &ours, &theirs);
    assert_eq!(
        m.partners["wijkteam"].interests,
        ["Ruimte", "Rust", "Scholing"]
    );
}

#[test]
fn a_lane_moved_on_one_side_and_edited_on_the_other() {
    let ours = CLEAN.replace(
        "  gemeente:\n    name: Gemeente\n    contribution: Regie.\n  wijkteam:\n    name: Wijkteam\n    contribution: Hulp.\n",
        "  wijkteam:\n    name: Wijkteam\n    contribution: Hulp.\n  gemeente:\n    name: Gemeente\n    contribution: Regie.\n",
    );
    let theirs = CLEAN.replace("name: Wijkteam", "name: Wijkteam Noord");
    let m = clean(CLEAN, &ours, &theirs);
    let lanes: Vec<&str> = m.partners.keys().map(Id::as_str).collect();
    assert_eq!(lanes, ["wijkteam", "gemeente"]);
    assert_eq!(m.partners["wijkteam"].name, "Wijkteam Noord");
}

#[test]
fn steps_and_phases_keep_a_move_and_an_edit() {
    let base = jeugd();
    let m0 = model(&base);
    // Ours moves the third step to the front and the last phase first.
    let mut ours = m0.clone();
    let third = m0.steps.iter().nth(2).unwrap().id.clone();
    Edit::Move {
        section: Section::Steps,
        id: third.clone(),
        to: 0,
    }
    .apply(&mut ours)
    .unwrap();
    let last_phase = m0.phases.keys().last().unwrap().clone();
    Edit::Move {
        section: Section::Phases,
        id: last_phase.clone(),
        to: 0,
    }
    .apply(&mut ours)
    .unwrap();
    // Theirs renames the moved step's name and adds a step at the end.
    let mut theirs = m0.clone();
    let mut step = theirs.steps.get(third.as_str()).unwrap().clone();
    step.name = "Nieuwe naam".into();
    Edit::Replace(Entity::Step(step))
        .apply(&mut theirs)
        .unwrap();
    let partner = m0.partners.keys().next().unwrap().clone();
    let added = Step {
        id: Id::new("nazorg"),
        name: "Nazorg".into(),
        partner,
        ..Step::default()
    };
    Edit::Put {
        entity: Entity::Step(added),
        at: usize::MAX,
    }
    .apply(&mut theirs)
    .unwrap();
    let m = merge(&m0, &ours, &theirs);
    assert!(m.is_clean(), "{:?}", m.conflicts);
    let ids: Vec<&str> = m.model.steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids[0], third.as_str());
    assert_eq!(*ids.last().unwrap(), "nazorg");
    assert_eq!(ids.len(), m0.steps.len() + 1);
    assert_eq!(
        m.model.steps.get(third.as_str()).unwrap().name,
        "Nieuwe naam"
    );
    assert_eq!(m.model.phases.keys().next(), Some(&last_phase));
}

#[test]
fn both_add_different_flows_from_one_step() {
    let base = CLEAN.replace(
        "  hulp:\n",
        "  extra:\n    name: Extra\n    partner: wijkteam\n  hulp:\n",
    );
    let ours = base.replace(
        "      - { to: hulp, label: dossier }\n",
        "      - { to: hulp, label: dossier }\n      - { to: extra, label: vraag }\n",
    );
    let theirs = base.replace(
        "      - { to: hulp, label: dossier }\n",
        "      - { to: melding, label: terug }\n      - { to: hulp, label: dossier }\n",
    );
    let m = clean(&base, &ours, &theirs);
    let flows: Vec<&Flow> = m.steps.get("melding").unwrap().next.iter().collect();
    let to: Vec<&str> = flows.iter().map(|f| f.to.as_str()).collect();
    assert_eq!(to, ["melding", "hulp", "extra"]);
}

#[test]
fn multi_line_text_merges_line_by_line() {
    let base = CLEAN.replace(
        "client_question: Wat vraagt de cliënt?\n",
        "client_question: Wat vraagt de cliënt?\ndescription: |\n  Een.\n  Twee.\n  Drie.\n",
    );
    let ours = base.replace("  Een.\n", "  Eén.\n");
    let theirs = base.replace("  Drie.\n", "  Drie.\n  Vier.\n");
    let m = clean(&base, &ours, &theirs);
    assert_eq!(m.description, "Eén.\nTwee.\nDrie.\nVier.\n");
    // The same line two ways: a conflict around that one field.
    let other = base.replace("  Een.\n", "  Eens.\n");
    let m = merged(&base, &ours, &other);
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].field, Some("description"));
    assert_settles(&m);
}

#[test]
fn the_same_change_on_both_sides_is_one_change() {
    let both = CLEAN
        .replace("name: Wijkteam", "name: Wijkteam Zuid")
        .replace(
            "steps:",
            "  politie:\n    name: Politie\n    contribution: Veiligheid.\nsteps:",
        );
    let m = clean(CLEAN, &both, &both);
    assert_eq!(write(&m), canonical(&both));
    let theirs = both.replace("name: Melding\n", "name: Melding doen\n");
    let m = clean(CLEAN, &both, &theirs);
    assert_eq!(write(&m), canonical(&theirs));
}

#[test]
fn layout_and_quoting_are_no_change() {
    // Theirs wrote the file by hand: flow style, quotes, another key order.
    let theirs = "\
keten: 1
name: 'Proef'
director: gemeente
client_question: \"Wat vraagt de cliënt?\"
partners:
  gemeente: { name: Gemeente, contribution: Regie. }
  wijkteam: { contribution: Hulp., name: Wijkteam }
steps:
  melding: { name: Melding, partner: gemeente, next: [{ to: hulp, label: dossier }] }
  hulp: { name: \"Hulp\", partner: wijkteam }
";
    let ours = CLEAN.replace("name: Hulp\n", "name: Hulp bieden\n");
    let m = clean(CLEAN, &ours, theirs);
    assert_eq!(write(&m), canonical(&ours));
}

#[test]
fn comments_of_both_sides_survive() {
    let ours = CLEAN.replace(
        "  wijkteam:\n",
        "  # Sinds 2025 in de keten.\n  wijkteam:\n",
    );
    let theirs = CLEAN.replace("name: Melding\n", "name: Melding # voorlopig\n");
    let m = clean(CLEAN, &ours, &theirs);
    let text = write(&m);
    assert!(
        text.contains("  # Sinds 2025 in de keten.\n  wijkteam:\n"),
        "{text}"
    );
    assert!(text.contains("name: Melding # voorlopig\n"), "{text}");
}

#[test]
fn a_rename_is_followed_by_the_other_sides_new_references() {
    // Ours renames the partner `wijkteam` to `wijkteam-noord`, everywhere.
    let ours = CLEAN.replace("wijkteam", "wijkteam-noord");
    // Theirs adds a step owned by `wijkteam`, and edits the partner.
    let theirs = CLEAN
        .replace("contribution: Hulp.", "contribution: Hulp aan huis.")
        .replace(
            "    partner: wijkteam\n",
            "    partner: wijkteam\n    next: [nazorg]\n  nazorg:\n    name: Nazorg\n    partner: wijkteam\n",
        );
    let m = clean(CLEAN, &ours, &theirs);
    assert!(!m.partners.contains_key("wijkteam"));
    assert_eq!(m.partners["wijkteam-noord"].contribution, "Hulp aan huis.");
    assert_eq!(m.steps.get("nazorg").unwrap().partner, "wijkteam-noord");
    assert!(!keten::validate::validate(&m).has_errors());
}

#[test]
fn a_deleted_step_the_other_side_refers_to_is_a_conflict() {
    let base = CLEAN.replace(
        "  hulp:\n",
        "  extra:\n    name: Extra\n    partner: gemeente\n  hulp:\n",
    );
    // Ours deletes `extra`; theirs adds a flow to it and a KPI measured there.
    let ours = CLEAN.to_string();
    let theirs = base
        .replace(
            "    partner: wijkteam\n",
            "    partner: wijkteam\n    next: [extra]\n",
        )
        .replace(
            "steps:",
            "kpis:\n  k:\n    name: K\n    owner: gemeente\n    target: 1\n    step: extra\nsteps:",
        );
    let m = merged(&base, &ours, &theirs);
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    assert_eq!(m.conflicts[0].kind, ConflictKind::DeletedAndReferred);
    // Ours: the step and what refers to it are gone; theirs: all stay.
    assert!(!m.model.steps.contains("extra"));
    assert!(m.model.steps.get("hulp").unwrap().next.is_empty());
    assert_eq!(m.model.kpis["k"].step, None);
    assert!(m.theirs.steps.contains("extra"));
    assert_eq!(m.theirs.kpis["k"].step.as_ref().unwrap(), "extra");
    assert_settles(&m);
}

#[test]
fn a_deleted_partner_the_other_side_gives_a_step_is_a_conflict() {
    let ours = CLEAN
        .replace(
            "  wijkteam:\n    name: Wijkteam\n    contribution: Hulp.\n",
            "",
        )
        .replace("partner: wijkteam", "partner: gemeente");
    let theirs = format!("{CLEAN}  nazorg:\n    name: Nazorg\n    partner: wijkteam\n");
    let m = merged(CLEAN, &ours, &theirs);
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    assert!(!m.model.partners.contains_key("wijkteam"));
    assert!(
        !m.model.steps.contains("nazorg"),
        "a step cannot live without its partner"
    );
    assert!(m.theirs.steps.contains("nazorg"));
    assert_settles(&m);
}

#[test]
fn delete_against_change_is_a_conflict() {
    let base = format!("{CLEAN}  nazorg:\n    name: Nazorg\n    partner: wijkteam\n");
    let theirs = base.replace("name: Nazorg", "name: Nazorg bieden");
    let m = merged(&base, CLEAN, &theirs);
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].kind, ConflictKind::DeletedAndChanged);
    assert!(!m.model.steps.contains("nazorg"));
    assert_eq!(m.theirs.steps.get("nazorg").unwrap().name, "Nazorg bieden");
    assert_settles(&m);
    // Deleted on one side and untouched on the other: deleted.
    let m = clean(&base, CLEAN, &base.replace("name: Proef", "name: Proef 2"));
    assert!(!m.steps.contains("nazorg"));
}

#[test]
fn one_field_changed_two_ways_is_marked_alone() {
    let ours = CLEAN
        .replace("name: Wijkteam", "name: Wijkteam Noord")
        .replace("name: Proef", "name: Proef Noord");
    let theirs = CLEAN
        .replace("name: Wijkteam", "name: Wijkteam Zuid")
        .replace("contribution: Regie.", "contribution: Regie en geld.");
    let m = merged(CLEAN, &ours, &theirs);
    assert_eq!(m.conflicts.len(), 1);
    let c = &m.conflicts[0];
    assert_eq!(
        (c.section, c.id.as_ref().map(Id::as_str), c.field),
        (Section::Partners, Some("wijkteam"), Some("name"))
    );
    let text = m.text();
    assert!(
        text.contains("<<<<<<< ours\n    name: Wijkteam Noord\n=======\n    name: Wijkteam Zuid\n>>>>>>> theirs\n"),
        "{text}"
    );
    assert_eq!(text.matches("<<<<<<<").count(), 1);
    // Every other change of both sides is in both settlements.
    for side in [&m.model, &m.theirs] {
        assert_eq!(side.name, "Proef Noord");
        assert_eq!(side.partners["gemeente"].contribution, "Regie en geld.");
    }
    assert_settles(&m);
}

#[test]
fn the_same_id_added_twice_differently_is_a_conflict() {
    let add = |name: &str| {
        CLEAN.replace(
            "steps:",
            &format!("  politie:\n    name: {name}\n    contribution: Veiligheid.\nsteps:"),
        )
    };
    let m = merged(CLEAN, &add("Politie"), &add("Politie Oost"));
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].kind, ConflictKind::AddedTwice);
    assert_eq!(m.model.partners["politie"].name, "Politie");
    assert_eq!(m.theirs.partners["politie"].name, "Politie Oost");
    assert_settles(&m);
    // Added twice alike: one partner.
    let m = clean(CLEAN, &add("Politie"), &add("Politie"));
    assert_eq!(m.partners.len(), 3);
}

#[test]
fn settling_one_conflict_at_a_time() {
    let ours = CLEAN
        .replace("name: Wijkteam", "name: Wijkteam Noord")
        .replace(
            "steps:",
            "  politie:\n    name: Politie\n    contribution: Veiligheid.\nsteps:",
        );
    let theirs = CLEAN
        .replace("name: Wijkteam", "name: Wijkteam Zuid")
        .replace(
            "steps:",
            "  politie:\n    name: Politie Oost\n    contribution: Veiligheid.\nsteps:",
        );
    let m = merged(CLEAN, &ours, &theirs);
    let mut file = Conflicted::read(&m.text()).unwrap();
    let conflicts = file.conflicts();
    assert_eq!(conflicts.len(), 2);
    assert!(conflicts[0].line < conflicts[1].line);
    assert_eq!(conflicts[0].ours, "    name: Wijkteam Noord\n");
    assert_eq!(conflicts[0].theirs, "    name: Wijkteam Zuid\n");
    // Both names of one partner make no model; both is not offered.
    assert!(!file.both_is_meaningful(0));
    assert!(file.model().is_err(), "not every conflict is settled");
    file.settle(0, Side::Theirs);
    file.settle(1, Side::Ours);
    let model = file.model().unwrap();
    assert_eq!(model.partners["wijkteam"].name, "Wijkteam Zuid");
    assert_eq!(model.partners["politie"].name, "Politie");
}

#[test]
fn both_sides_of_a_conflict_where_both_make_a_model() {
    let text = CLEAN.replace(
        "  wijkteam:\n",
        "<<<<<<< ours\n  politie:\n    name: Politie\n    contribution: Veiligheid.\n=======\n  school:\n    name: School\n    contribution: Signalen.\n>>>>>>> theirs\n  wijkteam:\n",
    );
    let mut file = Conflicted::read(&text).unwrap();
    assert!(file.both_is_meaningful(0));
    file.settle(0, Side::Both);
    let model = file.model().unwrap();
    let lanes: Vec<&str> = model.partners.keys().map(Id::as_str).collect();
    assert_eq!(lanes, ["gemeente", "politie", "school", "wijkteam"]);
}

// ---- properties ----

/// Random edits of one side: those at entities of even positions for ours
/// (`side` 0), odd for theirs, so the two never touch the same entity; and
/// a partner and a step of its own.
fn edits(base: &Model, side: usize, picks: &[u8]) -> Vec<Edit> {
    let tag = ["ours", "theirs"][side];
    let mut work = base.clone();
    let mut out = Vec::new();
    let mut pick = picks.iter().copied().cycle();
    let sections = [
        Section::Phases,
        Section::Partners,
        Section::Roles,
        Section::Goals,
        Section::Kpis,
        Section::Steps,
    ];
    for section in sections {
        let ids: Vec<Id> = base.ids(section).cloned().collect();
        for (i, id) in ids.iter().enumerate() {
            if i % 2 != side {
                continue;
            }
            let edit = match pick.next().unwrap_or(0) % 4 {
                1 => {
                    let mut e = Entity::of(&work, section, id.as_str()).unwrap();
                    match &mut e {
                        Entity::Phase(_, x) => x.name = format!("{tag} fase"),
                        Entity::Partner(_, x) => x.interests.push(format!("{tag} belang").into()),
                        Entity::Agreement(_, x) => x.name = format!("{tag} afspraak"),
                        Entity::Role(_, x) => x.description = format!("{}\n{tag}", x.description),
                        Entity::Goal(_, x) => x.name = format!("{tag} doel"),
                        Entity::Kpi(_, x) => x.measurements.push(Measurement {
                            period: format!("{tag} periode"),
                            value: 1.0,
                            note: String::new(),
                        }),
                        Entity::Step(x) => x.name = format!("{tag} stap"),
                    }
                    Edit::Replace(e)
                }
                2 if references_to(&work, section, id.as_str()).is_empty() => Edit::Remove {
                    section,
                    id: id.clone(),
                },
                3 => {
                    let mut e = Entity::of(&work, section, id.as_str()).unwrap();
                    match &mut e {
                        Entity::Phase(_, x) => x.notes = tag.to_string(),
                        Entity::Partner(_, x) => x.contribution = format!("{tag} bijdrage"),
                        Entity::Role(_, x) => x.name = format!("{tag} rol"),
                        Entity::Goal(_, x) => x.description = format!("{tag}\nbeschrijving"),
                        Entity::Kpi(_, x) => x.target = Some(side as f64 + 0.5),
                        Entity::Agreement(_, x) => x.notes = format!("{tag} notitie"),
                        Entity::Step(x) => x.notes = format!("{tag} notitie"),
                    }
                    Edit::Replace(e)
                }
                _ => continue,
            };
            edit.clone().apply(&mut work).unwrap();
            out.push(edit);
        }
    }
    let partner = Id::new(format!("{tag}_partner"));
    let own = [
        Edit::Put {
            entity: Entity::Partner(
                partner.clone(),
                Partner {
                    name: format!("Partner van {tag}"),
                    contribution: "Iets.".into(),
                    ..Partner::default()
                },
            ),
            at: usize::MAX,
        },
        Edit::Put {
            entity: Entity::Step(Step {
                id: Id::new(format!("{tag}_step")),
                name: format!("Stap van {tag}"),
                partner,
                ..Step::default()
            }),
            at: usize::MAX,
        },
    ];
    for edit in own {
        edit.clone().apply(&mut work).unwrap();
        out.push(edit);
    }
    out
}

fn applied(model: &Model, edits: &[Edit]) -> Model {
    let mut out = model.clone();
    for edit in edits {
        edit.clone().apply(&mut out).unwrap();
    }
    out
}

fn error_codes(model: &Model) -> std::collections::BTreeSet<String> {
    keten::validate::validate(model)
        .list
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.code.to_string())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merging_with_an_unchanged_side_gives_the_other(
        base in crate::roundtrip::model(),
        picks in prop::collection::vec(any::<u8>(), 1..20),
    ) {
        let side = applied(&base, &edits(&base, 0, &picks));
        for (o, t) in [(&base, &side), (&side, &base), (&side, &side)] {
            let m = merge(&base, o, t);
            prop_assert!(m.is_clean());
            prop_assert_eq!(&m.model, &side);
            prop_assert_eq!(write(&m.model), write(&side));
        }
        let m = merge(&base, &base, &base);
        prop_assert_eq!(&m.model, &base);
    }

    #[test]
    fn disjoint_edits_all_survive(
        base in crate::roundtrip::model(),
        picks in prop::collection::vec(any::<u8>(), 1..20),
        other in prop::collection::vec(any::<u8>(), 1..20),
    ) {
        let ours_edits = edits(&base, 0, &picks);
        let theirs_edits = edits(&base, 1, &other);
        let ours = applied(&base, &ours_edits);
        let theirs = applied(&base, &theirs_edits);
        let expected = applied(&ours, &theirs_edits);
        let m = merge(&base, &ours, &theirs);
        prop_assert!(m.is_clean(), "{:?}", m.conflicts);
        prop_assert_eq!(&m.model, &expected);
        prop_assert_eq!(write(&m.model), write(&expected), "the same order too");
        let mut sides = error_codes(&ours);
        sides.extend(error_codes(&theirs));
        prop_assert!(error_codes(&m.model).is_subset(&sides));
        // The merge as written reads back as the merged model.
        let reread = read_str(&m.text()).model;
        prop_assert_eq!(reread.as_ref(), Some(&m.model));
    }
}

// ---- the command ----

#[test]
fn the_command_writes_into_ours_or_elsewhere() {
    let dir = Dir::new();
    let ours = CLEAN.replace("name: Hulp\n", "name: Hulp bieden\n");
    let theirs = CLEAN.replace("name: Proef", "name: Proef 2");
    dir.file("base.yaml", CLEAN);
    dir.file("ours.yaml", &ours);
    dir.file("theirs.yaml", &theirs);
    let want = canonical(&ours.replace("name: Proef", "name: Proef 2"));
    Keten::new(["merge", "-p", "base.yaml", "ours.yaml", "theirs.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stdout_is(&want);
    assert_eq!(dir.read("ours.yaml"), ours, "-p leaves OURS alone");
    Keten::new([
        "merge",
        "-o",
        "out.yaml",
        "base.yaml",
        "ours.yaml",
        "theirs.yaml",
    ])
    .dir(dir.path())
    .run()
    .code(0);
    assert_eq!(dir.read("out.yaml"), want);
    assert_eq!(dir.read("ours.yaml"), ours);
    Keten::new(["merge", "base.yaml", "ours.yaml", "theirs.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    assert_eq!(dir.read("ours.yaml"), want);
}

#[test]
fn the_command_exits_1_with_conflicts_and_check_names_them() {
    let dir = Dir::new();
    dir.file("base.yaml", CLEAN);
    dir.file(
        "ours.yaml",
        CLEAN.replace("name: Hulp\n", "name: Hulp bieden\n"),
    );
    dir.file(
        "theirs.yaml",
        CLEAN.replace("name: Hulp\n", "name: Hulp geven\n"),
    );
    Keten::new(["merge", "base.yaml", "ours.yaml", "theirs.yaml"])
        .dir(dir.path())
        .run()
        .code(1)
        .stderr_has("step `hulp`, `name`: changed on both sides");
    let text = dir.read("ours.yaml");
    assert!(
        text.contains(
            "<<<<<<< ours\n    name: Hulp bieden\n=======\n    name: Hulp geven\n>>>>>>> theirs\n"
        ),
        "{text}"
    );
    Keten::new(["check", "ours.yaml"])
        .dir(dir.path())
        .run()
        .code(1)
        .stdout_has("ours.yaml:19:1: error[merge-conflict]: a merge conflict (to line 23): ours has `name: Hulp bieden`, theirs has `name: Hulp geven`");
}

#[test]
fn the_command_merges_line_by_line_when_an_input_is_no_model() {
    let dir = Dir::new();
    let base = "keten: 1\nname: [kapot\nwat: a\n";
    dir.file("base.yaml", base);
    dir.file("ours.yaml", "keten: 1\nname: [kapot\nwat: b\n");
    dir.file("theirs.yaml", "keten: 2\nname: [kapot\nwat: a\n");
    Keten::new(["merge", "base.yaml", "ours.yaml", "theirs.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("base.yaml: no model (line ");
    assert_eq!(dir.read("ours.yaml"), "keten: 2\nname: [kapot\nwat: b\n");
    Keten::new(["merge", "base.yaml", "nergens.yaml", "theirs.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("nergens.yaml: cannot read");
}

// ---- git ----

fn git(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("keten");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    std::process::Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("PATH", path)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .env("KETEN_LANG", "en")
        .output()
        .expect("git runs")
}

#[track_caller]
fn git_ok(dir: &std::path::Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn as_git_s_merge_driver_in_a_real_repository() {
    let dir = Dir::new();
    let repo = dir.path();
    git_ok(repo, &["init", "-q", "-b", "main"]);
    git_ok(repo, &["config", "user.name", "Ketenregisseur"]);
    git_ok(repo, &["config", "user.email", "regie@example.org"]);
    // The two lines docs/git.md asks for.
    dir.file(".gitattributes", "*.yaml merge=keten\n");
    git_ok(
        repo,
        &["config", "merge.keten.driver", "keten merge %O %A %B"],
    );
    let base = jeugd();
    dir.file("jeugd.yaml", &base);
    git_ok(repo, &["add", "."]);
    git_ok(repo, &["commit", "-q", "-m", "Eerste versie"]);
    // Both add a partner at the end and an interest: a conflict for git's
    // line merge, none for keten.
    let first = |text: &str, id: &str| {
        text.replace(
            "roles:\n",
            &format!("  {id}:\n    name: {id}\n    contribution: Meedoen.\nroles:\n"),
        )
    };
    git_ok(repo, &["checkout", "-q", "-b", "politie"]);
    dir.file("jeugd.yaml", first(&base, "politie"));
    git_ok(repo, &["commit", "-q", "-am", "Politie erbij"]);
    git_ok(repo, &["checkout", "-q", "main"]);
    dir.file("jeugd.yaml", first(&base, "huisarts"));
    git_ok(repo, &["commit", "-q", "-am", "Huisarts erbij"]);
    git_ok(repo, &["merge", "-q", "--no-edit", "politie"]);
    let merged = model(&dir.read("jeugd.yaml"));
    let lanes: Vec<&str> = merged.partners.keys().map(Id::as_str).collect();
    assert_eq!(&lanes[lanes.len() - 2..], ["huisarts", "politie"]);
    // One field changed two ways: git stops, with markers around it.
    let now = dir.read("jeugd.yaml");
    git_ok(repo, &["checkout", "-q", "-b", "ander"]);
    dir.file(
        "jeugd.yaml",
        now.replace("    name: politie\n", "    name: Politie Oost\n"),
    );
    git_ok(repo, &["commit", "-q", "-am", "Politie Oost"]);
    git_ok(repo, &["checkout", "-q", "main"]);
    dir.file(
        "jeugd.yaml",
        now.replace("    name: politie\n", "    name: Politie Beekdal\n"),
    );
    git_ok(repo, &["commit", "-q", "-am", "Politie Beekdal"]);
    let out = git(repo, &["merge", "--no-edit", "ander"]);
    assert!(!out.status.success(), "the merge stops");
    let text = dir.read("jeugd.yaml");
    assert!(
        text.contains("<<<<<<< ours\n    name: Politie Beekdal\n=======\n    name: Politie Oost\n>>>>>>> theirs\n"),
        "{text}"
    );
    let status =
        String::from_utf8_lossy(&git(repo, &["status", "--porcelain"]).stdout).into_owned();
    assert!(status.contains("UU jeugd.yaml"), "{status}");
}

#[test]
fn the_same_entity_renamed_two_ways_is_a_conflict() {
    // Ours renames `wijkteam` to `wijkteam-noord`, theirs to `buurtteam`;
    // theirs also edits another partner (`gemeente`), which the merge keeps.
    let ours = CLEAN.replace("wijkteam", "wijkteam-noord");
    let theirs = CLEAN
        .replace("wijkteam", "buurtteam")
        .replace("contribution: Regie.", "contribution: Regie en geld.");
    let m = merged(CLEAN, &ours, &theirs);
    assert!(
        m.conflicts
            .iter()
            .any(|c| c.kind == ConflictKind::RenamedTwice && c.id.as_ref().unwrap() == "wijkteam"),
        "{:?}",
        m.conflicts
    );
    // Taking ours gives ours' id everywhere, theirs theirs'; neither side's
    // other change is lost, and no reference dangles.
    assert!(m.model.partners.contains_key("wijkteam-noord"));
    assert!(!m.model.partners.contains_key("buurtteam"));
    assert!(m.theirs.partners.contains_key("buurtteam"));
    assert!(!m.theirs.partners.contains_key("wijkteam-noord"));
    for side in [&m.model, &m.theirs] {
        assert_eq!(side.partners["gemeente"].contribution, "Regie en geld.");
        assert!(!side.partners.contains_key("wijkteam"));
    }
}

/// CLEAN with an agreement, a safeguarded interest and a pulse.
fn relational() -> String {
    CLEAN
        .replace(
            "    contribution: Hulp.\n",
            "    contribution: Hulp.\n    interests:\n      - name: Tijd\n        safeguarded_by: [convenant]\n",
        )
        .replace(
            "steps:\n",
            "agreements:\n  convenant: { name: Convenant, partners: [gemeente] }\nsteps:\n",
        )
        + "pulse:\n  - { period: 2026-Q1, partner: gemeente, trust: 4 }\n  - { period: 2026-Q1, partner: wijkteam, trust: 3 }\n"
}

#[test]
fn agreements_interests_and_the_pulse_merge_by_meaning() {
    let base = relational();
    // Ours adds an agreement and safeguards a second interest with it, and
    // corrects a score; theirs renames the agreement's partners and gives
    // the next period's pulse.
    let ours = base
        .replace(
            "  convenant: { name: Convenant, partners: [gemeente] }\n",
            "  convenant: { name: Convenant, partners: [gemeente] }\n  overleg: { name: Maandelijks overleg }\n",
        )
        .replace(
            "        safeguarded_by: [convenant]\n",
            "        safeguarded_by: [convenant]\n      - name: Rust\n        safeguarded_by: [overleg]\n",
        )
        .replace("wijkteam, trust: 3 }", "wijkteam, trust: 2 }");
    let theirs = base.replace("partners: [gemeente] }", "partners: [gemeente, wijkteam] }")
        + "  - { period: 2026-Q2, partner: gemeente, trust: 4 }\n  - { period: 2026-Q2, partner: wijkteam, trust: 4, note: Na het overleg }\n";
    let m = clean(&base, &ours, &theirs);
    let ids: Vec<&str> = m.agreements.keys().map(|k| k.as_str()).collect();
    assert_eq!(ids, ["convenant", "overleg"]);
    assert_eq!(m.agreements["convenant"].partners, ["gemeente", "wijkteam"]);
    assert_eq!(
        m.partners["wijkteam"].interests[1].safeguarded_by,
        ["overleg"]
    );
    let pulse: Vec<(&str, &str, Option<u8>)> = m
        .pulse
        .iter()
        .map(|e| (e.period.as_str(), e.partner.as_str(), e.scores[0]))
        .collect();
    assert_eq!(
        pulse,
        [
            ("2026-Q1", "gemeente", Some(4)),
            ("2026-Q1", "wijkteam", Some(2)),
            ("2026-Q2", "gemeente", Some(4)),
            ("2026-Q2", "wijkteam", Some(4)),
        ]
    );
    // The same entry scored two ways is a conflict of the pulse.
    let other = base.replace("wijkteam, trust: 3 }", "wijkteam, trust: 5 }");
    let m = merged(&base, &ours, &other);
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.conflicts[0].field, Some("pulse"));
    assert_settles(&m);
}

#[test]
fn an_agreement_deleted_on_one_side_that_the_other_names_is_a_conflict() {
    let base = relational();
    let ours = base.replace(
        "  convenant: { name: Convenant, partners: [gemeente] }\n",
        "  convenant: { name: Convenant, partners: [gemeente] }\n  overleg: { name: Overleg }\n",
    );
    let deleted = ours
        .replace(
            "      - name: Tijd\n        safeguarded_by: [convenant]\n",
            "      - Tijd\n",
        )
        .replace(
            "  convenant: { name: Convenant, partners: [gemeente] }\n",
            "",
        );
    let theirs = base.replace(
        "        safeguarded_by: [convenant]\n",
        "        safeguarded_by: [convenant]\n      - name: Geld\n        safeguarded_by: [convenant]\n",
    );
    let m = merged(&ours, &deleted, &theirs.replace("  convenant: { name: Convenant, partners: [gemeente] }\n", "  convenant: { name: Convenant, partners: [gemeente] }\n  overleg: { name: Overleg }\n"));
    assert!(
        m.conflicts
            .iter()
            .any(|c| c.section == keten::model::Section::Agreements),
        "{:?}",
        m.conflicts
    );
    assert_settles(&m);
}

/// `relational()` with a second agreement and notes on the interest.
fn two_agreements() -> String {
    relational()
        .replace(
            "  convenant: { name: Convenant, partners: [gemeente] }\n",
            "  convenant: { name: Convenant, partners: [gemeente] }\n  overleg: { name: Overleg }\n  mandaat: { name: Mandaat }\n",
        )
        .replace(
            "        safeguarded_by: [convenant]\n",
            "        safeguarded_by: [convenant]\n        notes: Tijd voor contact\n",
        )
}

#[test]
fn an_interest_changed_on_both_sides_merges_field_by_field() {
    let base = two_agreements();
    // Ours adds an agreement to the interest; theirs changes its notes.
    let ours = base.replace(
        "safeguarded_by: [convenant]",
        "safeguarded_by: [convenant, overleg]",
    );
    let theirs = base.replace(
        "notes: Tijd voor contact",
        "notes: Tijd voor contact, ook 's avonds",
    );
    let m = clean(&base, &ours, &theirs);
    let tijd = &m.partners["wijkteam"].interests[0];
    assert_eq!(tijd.safeguarded_by, ["convenant", "overleg"]);
    assert_eq!(tijd.notes, "Tijd voor contact, ook 's avonds");
    // The other way round is the same merge.
    assert_eq!(clean(&base, &theirs, &ours), m);

    // The agreements as a set: each side adds one, one side removes one.
    let ours = base.replace("safeguarded_by: [convenant]", "safeguarded_by: [overleg]");
    let theirs = base.replace(
        "safeguarded_by: [convenant]",
        "safeguarded_by: [convenant, mandaat]",
    );
    let m = clean(&base, &ours, &theirs);
    assert_eq!(
        m.partners["wijkteam"].interests[0].safeguarded_by,
        ["overleg", "mandaat"]
    );

    // Only the same field changed two ways is a conflict, and it is the
    // interests' alone: the other side's agreement still comes in.
    let ours = base
        .replace(
            "safeguarded_by: [convenant]",
            "safeguarded_by: [convenant, overleg]",
        )
        .replace("notes: Tijd voor contact", "notes: Tijd om te bellen");
    let theirs = base.replace("notes: Tijd voor contact", "notes: Tijd om langs te gaan");
    let m = merged(&base, &ours, &theirs);
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    assert_eq!(m.conflicts[0].id.as_ref().unwrap(), "wijkteam");
    assert_eq!(m.conflicts[0].field, Some("interests"));
    let (o, t) = (
        &m.model.partners["wijkteam"].interests[0],
        &m.theirs.partners["wijkteam"].interests[0],
    );
    assert_eq!(
        (o.notes.as_str(), t.notes.as_str()),
        ("Tijd om te bellen", "Tijd om langs te gaan")
    );
    assert_eq!(o.safeguarded_by, ["convenant", "overleg"]);
    assert_eq!(t.safeguarded_by, ["convenant", "overleg"]);
    assert_settles(&m);

    // One interest added on both sides, with different agreements: both.
    let add = |with: &str| {
        base.replace(
            "        notes: Tijd voor contact\n",
            &format!("        notes: Tijd voor contact\n      - name: Rust\n        safeguarded_by: [{with}]\n"),
        )
    };
    let m = clean(&base, &add("overleg"), &add("mandaat"));
    let rust = &m.partners["wijkteam"].interests[1];
    assert_eq!(rust.name, "Rust");
    assert_eq!(rust.safeguarded_by, ["overleg", "mandaat"]);
}

#[test]
fn the_command_merges_an_interest_field_by_field() {
    let dir = Dir::new();
    let base = two_agreements();
    let ours = base.replace(
        "safeguarded_by: [convenant]",
        "safeguarded_by: [convenant, mandaat]",
    );
    let theirs = base.replace("notes: Tijd voor contact", "notes: Tijd voor huisbezoek");
    dir.file("base.yaml", &base);
    dir.file("ours.yaml", &ours);
    dir.file("theirs.yaml", &theirs);
    Keten::new(["merge", "base.yaml", "ours.yaml", "theirs.yaml"])
        .dir(dir.path())
        .run()
        .code(0);
    let text = dir.read("ours.yaml");
    assert!(
        text.contains(
            "      - name: Tijd\n        safeguarded_by: [convenant, mandaat]\n        notes: Tijd voor huisbezoek\n"
        ),
        "{text}"
    );
    assert_eq!(text, canonical(&text));
}
