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

// ---- the editor among others, without a terminal ----

use keten::tui::App;
use keten::tui::app::Screen;
use keten::tui::dialog::Dialog;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let mods = if c.is_ascii_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        app.key(KeyEvent::new(KeyCode::Char(c), mods));
    }
}

/// The screen at 120×36, a line per row.
fn screen(app: &App) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 36)).unwrap();
    terminal
        .draw(|frame| keten::tui::view::draw(frame, app))
        .unwrap();
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..36 {
        for x in 0..120 {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Another editor, `who`, adds a partner and saves.
fn other_saves(path: &Path, who: &str, id: &str) {
    let mut other = open(path);
    other.set_author(who);
    other.apply(partner(id)).unwrap();
    save(&mut other);
}

#[test]
fn a_following_view_shows_each_save_with_its_author_and_never_writes() {
    let (_dir, path) = shared();
    let mut app = App::new(open(&path));
    app.live.follow = true;
    other_saves(&path, "Anna", "buurthuis");
    app.disk_changed();
    assert!(app.doc.model().partners.contains_key("buurthuis"));
    assert_eq!(app.screen, Screen::Partners, "it goes to what changed last");
    assert!(
        app.status
            .starts_with("Anna: Partners: + added Partner buurthuis"),
        "{}",
        app.status
    );
    assert!(!app.dirty());
    // Keys that edit do nothing; saving writes nothing.
    let before = std::fs::read_to_string(&path).unwrap();
    keys(&mut app, "dy");
    keys(&mut app, "a");
    assert!(app.dialog.is_none());
    keys(&mut app, "s");
    assert!(app.status.contains("only shows"), "{}", app.status);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    assert!(app.doc.model().partners.contains_key("buurthuis"));
    // The overview lists the last changes with their author.
    keys(&mut app, "6");
    let shown = screen(&app);
    assert!(shown.contains("Last changes saved by others"), "{shown}");
    assert!(shown.contains("Anna: Partners: + added"), "{shown}");
}

#[test]
fn autosave_saves_every_change_and_merges_others_in() {
    let (_dir, path) = shared();
    let mut app = App::new(open(&path));
    app.doc.set_author("Bert");
    keys(&mut app, "w");
    assert!(app.live.autosave);
    other_saves(&path, "Anna", "buurthuis");
    // A change here saves at once, with Anna's partner merged in.
    keys(&mut app, "2dy");
    assert!(!app.dirty(), "{}", app.status);
    let file = on_disk(&path);
    assert!(file.partners.contains_key("buurthuis"));
    assert_eq!(file.partners.len(), app.doc.model().partners.len());
    assert_eq!(
        keten::live::author_of(&path, &std::fs::read_to_string(&path).unwrap()).as_deref(),
        Some("Bert")
    );
    keys(&mut app, "w");
    assert!(!app.live.autosave);
    keys(&mut app, "u");
    assert!(app.dirty(), "autosave off: the undo is not saved");
}

#[test]
fn a_conflict_with_a_save_on_disk_is_settled_before_anything_is_written() {
    let (_dir, path) = shared();
    let mut app = App::new(open(&path));
    app.doc
        .apply(Edit::SetText {
            field: TopField::Name,
            value: "Van Bert".into(),
        })
        .unwrap();
    let mut other = open(&path);
    other
        .apply(Edit::SetText {
            field: TopField::Name,
            value: "Van Anna".into(),
        })
        .unwrap();
    save(&mut other);
    let written = std::fs::read_to_string(&path).unwrap();
    app.disk_changed();
    assert!(matches!(app.dialog, Some(Dialog::Settle(_))));
    let shown = screen(&app);
    for part in [
        "Yours (o)",
        "The file's, saved by another editor (t)",
        "Van Bert",
        "Van Anna",
    ] {
        assert!(shown.contains(part), "{part}:\n{shown}");
    }
    // Esc does not leave it, nothing is written, nothing is lost.
    app.key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    assert!(matches!(app.dialog, Some(Dialog::Settle(_))));
    assert!(!app.quit);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
    assert_eq!(app.doc.model().name, "Van Bert");
    // Take the file's: the model is Anna's, and nothing is left to save.
    keys(&mut app, "t");
    assert!(app.dialog.is_none());
    assert_eq!(app.doc.model().name, "Van Anna");
    assert!(!app.dirty());
}

#[test]
fn the_watch_sees_a_save() {
    let (_dir, path) = shared();
    let mut watch = keten::live::Watch::new(&path);
    assert!(!watch.changed());
    let mut doc = open(&path);
    doc.apply(partner("buurthuis")).unwrap();
    save(&mut doc);
    // A bounded wait for the event (or the poll), no measure of speed.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !watch.changed() {
        assert!(
            std::time::Instant::now() < deadline,
            "the save was never seen"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "t")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "t")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn git_sync_commits_pulls_and_pushes_and_says_what_it_cannot() {
    let dir = Dir::new();
    let text = std::fs::read_to_string(root().join("models/veilige-wijk.yaml")).unwrap();
    // No work tree.
    std::fs::create_dir(dir.path().join("alone")).unwrap();
    let alone = dir.file("alone/model.yaml", &text);
    assert!(keten::live::sync(&alone, "Anna").contains("not in a git work tree"));
    // A work tree without a remote.
    let origin = dir.path().join("origin.git");
    git(
        dir.path(),
        &["init", "-q", "--bare", origin.to_str().unwrap()],
    );
    let seed = dir.path().join("seed");
    git(dir.path(), &["init", "-q", seed.to_str().unwrap()]);
    std::fs::write(seed.join("model.yaml"), &text).unwrap();
    git(&seed, &["add", "model.yaml"]);
    git(
        &seed,
        &[
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "commit",
            "-qm",
            "start",
        ],
    );
    assert!(keten::live::sync(&seed.join("model.yaml"), "Anna").contains("no remote"));
    git(
        &seed,
        &["remote", "add", "origin", origin.to_str().unwrap()],
    );
    git(&seed, &["push", "-q", "origin", "HEAD:refs/heads/main"]);
    // Two clones: Anna's edit reaches Bert's through the remote.
    let clone = |name: &str| {
        let to = dir.path().join(name);
        git(
            dir.path(),
            &[
                "clone",
                "-q",
                "-b",
                "main",
                origin.to_str().unwrap(),
                to.to_str().unwrap(),
            ],
        );
        git(&to, &["config", "user.name", name]);
        git(&to, &["config", "user.email", "x@example.org"]);
        to.join("model.yaml")
    };
    let (anna, bert) = (clone("anna"), clone("bert"));
    let mut doc = open(&anna);
    doc.apply(partner("buurthuis")).unwrap();
    save(&mut doc);
    let said = keten::live::sync(&anna, "Anna");
    assert_eq!(said, "git sync: pulled and pushed");
    assert!(keten::live::sync(&bert, "Bert").contains("pulled and pushed"));
    assert!(on_disk(&bert).partners.contains_key("buurthuis"));
    assert!(git(bert.parent().unwrap(), &["log", "-1", "--format=%s"]).contains("edits by Anna"));
    // A remote that cannot be reached: the commit stays here.
    git(
        bert.parent().unwrap(),
        &[
            "remote",
            "set-url",
            "origin",
            dir.path().join("gone.git").to_str().unwrap(),
        ],
    );
    let mut doc = open(&bert);
    doc.apply(partner("school")).unwrap();
    save(&mut doc);
    let said = keten::live::sync(&bert, "Bert");
    assert!(
        said.contains("the pull failed") && said.contains("committed here"),
        "{said}"
    );
    assert!(git(bert.parent().unwrap(), &["log", "-1", "--format=%s"]).contains("edits by Bert"));
}

#[test]
fn a_conflict_can_be_settled_with_a_value_of_ones_own() {
    let (_dir, path) = shared();
    let mut app = App::new(open(&path));
    let name = |v: &str| Edit::SetText {
        field: TopField::Name,
        value: v.into(),
    };
    app.doc.apply(name("Van Bert")).unwrap();
    let mut other = open(&path);
    other.apply(name("Van Anna")).unwrap();
    save(&mut other);
    app.disk_changed();
    keys(&mut app, "e");
    let Some(Dialog::Form(form)) = &app.dialog else {
        panic!("the model's form, to edit its name");
    };
    assert_eq!(form.section, keten::model::Section::Top);
    app.key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    for c in "Van beiden".chars() {
        app.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    app.key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    assert_eq!(app.doc.model().name, "Van beiden");
    keys(&mut app, "s");
    assert_eq!(on_disk(&path).name, "Van beiden");
}

#[test]
fn a_change_on_disk_waits_while_a_form_is_open() {
    let (_dir, path) = shared();
    let mut app = App::new(open(&path));
    keys(&mut app, "2a");
    assert!(matches!(app.dialog, Some(Dialog::Form(_))));
    other_saves(&path, "Anna", "buurthuis");
    app.disk_changed();
    assert!(
        matches!(app.dialog, Some(Dialog::Form(_))),
        "the form stays"
    );
    assert!(!app.doc.model().partners.contains_key("buurthuis"));
    assert!(app.live.look, "still to be looked at");
    app.key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    app.disk_changed();
    assert!(app.doc.model().partners.contains_key("buurthuis"));
    assert!(!app.live.look);
}
