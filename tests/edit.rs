//! Edits as values: every edit undoes exactly, references follow renames,
//! and deleting takes references along.

use keten::edit::{Edit, Entity, History, TopField, delete_with_references, references_to};
use keten::model::{Flow, Id, Model, Partner, Section, Step};
use proptest::prelude::*;

use crate::support::models;

fn shipped(name: &str) -> Model {
    let path = models().into_iter().find(|p| p.ends_with(name)).unwrap();
    keten::format::read_str(&std::fs::read_to_string(path).unwrap())
        .model
        .unwrap()
}

#[test]
fn rename_updates_every_reference_and_undoes() {
    let mut m = shipped("jeugdhulp-gezin.yaml");
    let before = m.clone();
    let refs = references_to(&m, Section::Partners, "wijkteam").len();
    assert!(refs > 3);
    let inverse = Edit::Rename {
        section: Section::Partners,
        from: Id::new("wijkteam"),
        to: Id::new("buurtteam"),
    }
    .apply(&mut m)
    .unwrap();
    assert!(references_to(&m, Section::Partners, "wijkteam").is_empty());
    assert_eq!(
        references_to(&m, Section::Partners, "buurtteam").len(),
        refs
    );
    assert!(
        keten::validate::validate(&m)
            .list
            .iter()
            .all(|d| !d.is_error())
    );
    // The lane keeps its place.
    assert_eq!(
        m.partners.get_index_of("buurtteam"),
        before.partners.get_index_of("wijkteam")
    );
    inverse.apply(&mut m).unwrap();
    assert_eq!(m, before);
}

#[test]
fn renaming_a_step_keeps_its_flows_and_kpis() {
    let mut m = shipped("jeugdhulp-gezin.yaml");
    let before = keten::validate::validate(&m);
    let step = m
        .steps
        .iter()
        .find(|s| {
            !m.steps
                .flows_in(m.steps.node(s.id.as_str()).unwrap())
                .is_empty()
        })
        .unwrap()
        .id
        .clone();
    Edit::Rename {
        section: Section::Steps,
        from: step.clone(),
        to: Id::new("nieuw"),
    }
    .apply(&mut m)
    .unwrap();
    assert_eq!(keten::validate::validate(&m).list.len(), before.list.len());
    assert!(!m.steps.flows_in(m.steps.node("nieuw").unwrap()).is_empty());
}

#[test]
fn rename_refuses_taken_bad_and_referred_ids() {
    let mut m = shipped("jeugdhulp-gezin.yaml");
    let rename = |to: &str| Edit::Rename {
        section: Section::Partners,
        from: Id::new("wijkteam"),
        to: Id::new(to),
    };
    assert!(rename("gemeente").apply(&mut m).is_err());
    assert!(rename("met spatie").apply(&mut m).is_err());
    // A flow that dangles towards `elders` would be joined to the renamed step.
    let mut step = m.steps.iter().next().unwrap().clone();
    step.next.push(Flow::to("elders"));
    Edit::Replace(Entity::Step(step)).apply(&mut m).unwrap();
    let first = m.steps.iter().nth(1).unwrap().id.clone();
    let refused = Edit::Rename {
        section: Section::Steps,
        from: first,
        to: Id::new("elders"),
    }
    .apply(&mut m);
    assert!(refused.is_err());
}

#[test]
fn deleting_a_partner_takes_its_references_along() {
    let mut m = shipped("jeugdhulp-gezin.yaml");
    let before = m.clone();
    let refs = references_to(&m, Section::Partners, "ggd");
    assert!(!refs.is_empty());
    let edit = delete_with_references(&m, Section::Partners, "ggd");
    let inverse = edit.apply(&mut m).unwrap();
    assert!(!m.partners.contains_key("ggd"));
    assert!(m.steps.iter().all(|s| s.partner != "ggd"));
    let errors: Vec<_> = keten::validate::validate(&m)
        .list
        .into_iter()
        .filter(|d| d.is_error())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    inverse.apply(&mut m).unwrap();
    assert_eq!(m, before);
}

#[test]
fn a_failing_batch_changes_nothing() {
    let mut m = shipped("veilige-wijk.yaml");
    let before = m.clone();
    let batch = Edit::Batch(vec![
        Edit::SetText {
            field: TopField::Name,
            value: "Anders".into(),
        },
        Edit::Remove {
            section: Section::Phases,
            id: Id::new("bestaat-niet"),
        },
    ]);
    assert!(batch.apply(&mut m).is_err());
    assert_eq!(m, before);
}

/// An edit chosen by numbers, against the model as it is now.
fn pick(m: &Model, kind: u8, a: usize, b: usize, text: &str) -> Edit {
    let sections = [
        Section::Phases,
        Section::Partners,
        Section::Roles,
        Section::Goals,
        Section::Kpis,
        Section::Steps,
    ];
    let section = sections[a % sections.len()];
    let ids: Vec<Id> = m.ids(section).cloned().collect();
    let id = if ids.is_empty() {
        Id::new("niets")
    } else {
        ids[b % ids.len()].clone()
    };
    let partners: Vec<Id> = m.partners.keys().cloned().collect();
    let steps: Vec<Id> = m.steps.iter().map(|s| s.id.clone()).collect();
    match kind % 9 {
        0 => Edit::SetText {
            field: TopField::ClientQuestion,
            value: text.to_string(),
        },
        1 => Edit::SetDirector(partners.get(b % partners.len().max(1)).cloned()),
        2 => Edit::Move {
            section,
            id,
            to: a / 3,
        },
        3 => Edit::Rename {
            section,
            from: id,
            to: Id::new(format!("n{a}-{b}")),
        },
        4 => Edit::Remove { section, id },
        5 => delete_with_references(m, section, id.as_str()),
        6 => Edit::Put {
            entity: Entity::Partner(
                Id::new(format!("p{a}")),
                Partner {
                    name: text.to_string(),
                    ..Partner::default()
                },
            ),
            at: b,
        },
        7 => Edit::Put {
            entity: Entity::Step(Step {
                id: Id::new(format!("s{a}")),
                name: text.to_string(),
                partner: partners
                    .get(a % partners.len().max(1))
                    .cloned()
                    .unwrap_or_default(),
                next: steps
                    .iter()
                    .skip(b % steps.len().max(1))
                    .take(2)
                    .map(|t| Flow::to(t.clone()))
                    .collect(),
                ..Step::default()
            }),
            at: b,
        },
        _ => match steps.get(a % steps.len().max(1)) {
            // Connect two steps, or change a flow's label.
            Some(from) => {
                let mut step = m.steps.get(from.as_str()).unwrap().clone();
                match step.next.first_mut() {
                    Some(flow) if b % 2 == 0 => flow.label = text.to_string(),
                    _ => step
                        .next
                        .push(Flow::labelled(steps[b % steps.len()].clone(), text)),
                }
                Edit::Replace(Entity::Step(step))
            }
            None => Edit::Batch(vec![]),
        },
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn undoing_every_edit_gives_back_the_model(
        model in 0usize..4,
        edits in prop::collection::vec((any::<u8>(), 0usize..40, 0usize..40, "[a-z ]{0,8}"), 1..40),
    ) {
        let path = &models()[model % models().len()];
        let start = keten::format::read_str(&std::fs::read_to_string(path).unwrap()).model.unwrap();
        let mut m = start.clone();
        let mut history = History::new();
        for (kind, a, b, text) in &edits {
            let edit = pick(&m, *kind, *a, *b, text);
            let _ = history.apply(&mut m, edit);
        }
        let end = m.clone();
        let done = history.len();
        for _ in 0..done {
            prop_assert!(history.undo(&mut m));
        }
        prop_assert!(!history.undo(&mut m));
        prop_assert_eq!(&m, &start);
        for _ in 0..done {
            prop_assert!(history.redo(&mut m));
        }
        prop_assert_eq!(&m, &end);
        // The graph follows the steps through it all.
        let flows: usize = m.steps.iter().map(|s| s.next.iter().filter(|f| m.steps.contains(f.to.as_str())).count()).sum();
        prop_assert_eq!(m.steps.graph().edge_count(), flows);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever is edited, undone, redone and saved: when the document says
    /// it is clean, its model is the one last saved.
    #[test]
    fn a_clean_document_holds_what_was_saved(
        ops in prop::collection::vec((0u8..4, "[a-c]"), 1..40),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let text = std::fs::read_to_string(&models()[0]).unwrap();
        let path = dir.path().join("model.yaml");
        std::fs::write(&path, &text).unwrap();
        let model = keten::format::read_str(&text).model.unwrap();
        let mut saved = model.clone();
        let mut doc = keten::document::Document::new(path, model, text);
        for (op, name) in ops {
            match op {
                0 => doc.apply(Edit::SetText { field: TopField::Name, value: name }).unwrap(),
                1 => { doc.undo(); }
                2 => { doc.redo(); }
                _ => {
                    doc.save(keten::document::Allow::default()).unwrap();
                    saved = doc.model().clone();
                }
            }
            if !doc.is_dirty() {
                prop_assert_eq!(doc.model(), &saved);
            }
        }
    }
}
