//! Several editors on one file, without a terminal: documents that merge
//! in each other's saves, never drop one, and keep their own undo.

use std::collections::BTreeMap;
use std::path::Path;

use keten::document::{Allow, Document, Incoming, Saved};
use keten::edit::{Edit, Entity, TopField};
use keten::model::{Id, Model, Partner};
use proptest::prelude::*;

use crate::support::{Dir, root};

fn open(path: &Path) -> Document {
    let text = std::fs::read_to_string(path).unwrap();
    let model = keten::format::read_str(&text).model.unwrap();
    Document::new(path.to_path_buf(), model, text)
}

fn on_disk(path: &Path) -> Model {
    keten::format::read_str(&std::fs::read_to_string(path).unwrap())
        .model
        .unwrap()
}

fn shared() -> (Dir, std::path::PathBuf) {
    let dir = Dir::new();
    let text = std::fs::read_to_string(root().join("models/veilige-wijk.yaml")).unwrap();
    let path = dir.file("model.yaml", &text);
    (dir, path)
}

fn partner(id: &str) -> Edit {
    Edit::Put {
        entity: Entity::Partner(
            Id::new(id),
            Partner {
                name: format!("Partner {id}"),
                contribution: "Doet mee.".into(),
                ..Partner::default()
            },
        ),
        at: usize::MAX,
    }
}

fn phase_text(model: &Model, index: usize, text: &str) -> Edit {
    let (id, phase) = model.phases.iter().nth(index).unwrap();
    let mut phase = phase.clone();
    phase.description = text.to_string();
    Edit::Replace(Entity::Phase(id.clone(), phase))
}

fn save(doc: &mut Document) {
    match doc.save_merged(Allow::default()).unwrap() {
        Saved::Written { .. } => {}
        Saved::Conflicts { merged, .. } => panic!("a conflict: {:?}", merged.conflicts),
    }
}

#[test]
fn a_save_merges_in_the_other_editors_save_and_undo_stays_ones_own() {
    let (_dir, path) = shared();
    let (mut a, mut b) = (open(&path), open(&path));
    a.apply(partner("anna")).unwrap();
    save(&mut a);
    b.apply(partner("bert")).unwrap();
    save(&mut b);
    let file = on_disk(&path);
    assert!(file.partners.contains_key("anna") && file.partners.contains_key("bert"));
    // Undo in b takes b's partner away, not a's.
    assert!(b.undo());
    assert!(b.model().partners.contains_key("anna"));
    assert!(!b.model().partners.contains_key("bert"));
    assert!(b.is_dirty());
    // a sees b's save come in, with what changed.
    let Incoming::Merged(came_in) = a.incoming() else {
        panic!("a merge");
    };
    assert!(
        came_in
            .lines
            .iter()
            .any(|l| l.contains("added Partner bert")),
        "{:?}",
        came_in.lines
    );
    assert!(!a.is_dirty(), "a holds what is on disk");
    assert!(matches!(a.incoming(), Incoming::Nothing));
}

#[test]
fn one_field_changed_by_both_is_a_conflict_and_nothing_is_written() {
    let (_dir, path) = shared();
    let (mut a, mut b) = (open(&path), open(&path));
    let name = |v: &str| Edit::SetText {
        field: TopField::Name,
        value: v.into(),
    };
    a.apply(name("Van Anna")).unwrap();
    save(&mut a);
    let written = std::fs::read_to_string(&path).unwrap();
    b.apply(name("Van Bert")).unwrap();
    let Saved::Conflicts { merged, text } = b.save_merged(Allow::default()).unwrap() else {
        panic!("a conflict");
    };
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(text, written);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        written,
        "nothing written"
    );
    assert_eq!(b.model().name, "Van Bert", "nothing lost here");
    // Settled as b's: taken with the file's text as the base, then saved.
    b.take_merged(merged.model.clone(), text);
    assert!(b.is_dirty());
    save(&mut b);
    assert_eq!(on_disk(&path).name, "Van Bert");
}

/// One step of two editors: an edit of an entity of its own, a save, or a
/// look at the file.
#[derive(Debug, Clone)]
enum Step {
    AddPartner,
    Describe(usize),
    Save,
    Look,
}

fn step() -> impl Strategy<Value = (bool, Step)> {
    (
        any::<bool>(),
        prop_oneof![
            Just(Step::AddPartner),
            (0usize..5).prop_map(Step::Describe),
            Just(Step::Save),
            Just(Step::Look),
        ],
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever the interleaving of two editors' edits, saves and looks at
    /// the file, once both have saved and looked, the file and both
    /// editors hold one model with every edit of both.
    #[test]
    fn two_editors_end_in_one_model_with_every_edit(steps in prop::collection::vec(step(), 1..40)) {
        let (_dir, path) = shared();
        let mut docs = [open(&path), open(&path)];
        let mut partners: Vec<String> = Vec::new();
        let mut described: BTreeMap<usize, String> = BTreeMap::new();
        for (k, (second, step)) in steps.iter().enumerate() {
            let who = usize::from(*second);
            let doc = &mut docs[who];
            match step {
                Step::AddPartner => {
                    let id = format!("p{who}-{k}");
                    doc.apply(partner(&id)).unwrap();
                    partners.push(id);
                }
                Step::Describe(i) => {
                    // Phases of even places are the first editor's, odd the second's.
                    let i = (i / 2) * 2 + who;
                    if i < 5 {
                        let text = format!("tekst {k} van {who}");
                        let edit = phase_text(doc.model(), i, &text);
                        doc.apply(edit).unwrap();
                        described.insert(i, text);
                    }
                }
                Step::Save => save(doc),
                Step::Look => {
                    let incoming = doc.incoming();
                    let settled = !matches!(incoming, Incoming::Conflicts { .. } | Incoming::NoModel);
                    prop_assert!(settled, "{:?}", incoming);
                }
            }
        }
        for doc in &mut docs {
            save(doc);
        }
        for doc in &mut docs {
            let _ = doc.incoming();
        }
        let file = on_disk(&path);
        for id in &partners {
            prop_assert!(file.partners.contains_key(id.as_str()), "{id} lost");
        }
        for (i, text) in &described {
            prop_assert_eq!(&file.phases.iter().nth(*i).unwrap().1.description, text);
        }
        let written = keten::format::write(&file);
        for doc in &docs {
            prop_assert_eq!(&keten::format::write(doc.model()), &written);
            prop_assert!(!doc.is_dirty());
        }
    }
}
