//! Entering a model at workshop speed: key sequences on the editor that
//! end in the saved file (pickers that filter, a goal's partners in a
//! list that scrolls, a step added after another, interests' notes,
//! search, saving elsewhere, the mouse, the text keys, the trial).

use keten::tui::app::Screen;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use keten::model::{Flow, Id};

use crate::tui::{Tui, text};

#[test]
fn a_goals_partners_are_ticked_in_a_list_that_shows_them_all_in_order() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    let partners: Vec<_> = tui.app.doc.model().partners.keys().cloned().collect();
    assert!(partners.len() > 4);
    tui.keys("3A");
    text(&mut tui, "Snelle hulp");
    tui.key(KeyCode::Tab);
    tui.key(KeyCode::Char(' '));
    let screen = tui.screen(100, 30);
    for id in &partners {
        assert!(screen.contains(&format!("({id})")), "{id} in\n{screen}");
    }
    // The last one first, then the first: the order of the ticks.
    for _ in 1..partners.len() {
        tui.key(KeyCode::Down);
    }
    tui.key(KeyCode::Char(' '));
    for _ in 1..partners.len() {
        tui.key(KeyCode::Up);
    }
    tui.key(KeyCode::Char(' '));
    tui.key(KeyCode::Enter);
    let screen = tui.screen(100, 30);
    assert!(screen.contains("Partners"), "{screen}");
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    let goal = saved.goals.get("snelle-hulp").expect("the goal is saved");
    assert_eq!(
        goal.partners,
        [partners[partners.len() - 1].clone(), partners[0].clone()]
    );
}

#[test]
fn every_choice_narrows_as_letters_are_typed_and_roles_of_the_partner_come_first() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    // A partner whose name has an accent.
    tui.keys("2a");
    text(&mut tui, "Cliëntenraad De Kolk");
    tui.key(KeyCode::Enter);
    // A step: the partner found without the accent, the role offered
    // from that partner's roles first.
    tui.keys("1a");
    text(&mut tui, "Signaal bespreken");
    tui.key(KeyCode::Tab);
    text(&mut tui, "clienten");
    let screen = tui.screen(110, 36);
    assert!(
        screen.contains("Cliëntenraad De Kolk (clientenraad-de-kolk)"),
        "the match is listed:\n{screen}"
    );
    tui.key(KeyCode::Backspace).key(KeyCode::Backspace);
    tui.ctrl('u');
    text(&mut tui, "GGZ");
    tui.key(KeyCode::Tab);
    // The role: the partner's own, its only one.
    let screen = tui.screen(110, 36);
    assert!(
        screen.contains("Bemoeizorgmedewerker (bemoeizorgmedewerker)"),
        "the partner's only role is taken:\n{screen}"
    );
    tui.key(KeyCode::Tab);
    // The phase by a word inside its name.
    let (phase, name) = {
        let m = tui.app.doc.model();
        let (id, p) = m.phases.iter().last().unwrap();
        (id.clone(), p.name.clone())
    };
    let word = name.split_whitespace().last().unwrap().to_lowercase();
    text(&mut tui, &word);
    // Enter adds it; Enter again leaves the flow to it without a label.
    tui.key(KeyCode::Enter).key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    let step = saved
        .steps
        .get("signaal-bespreken")
        .expect("the step is saved");
    assert_eq!(step.partner, "ggz");
    assert_eq!(step.role.as_ref().unwrap(), "bemoeizorgmedewerker");
    assert_eq!(step.phase.as_ref(), Some(&phase));
}

#[test]
fn a_choice_typed_into_goes_along_its_matches_and_shows_when_nothing_matches() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    tui.keys("4a");
    text(&mut tui, "Buurtbemiddelaar");
    tui.key(KeyCode::Tab);
    text(&mut tui, "zzz");
    let screen = tui.screen(110, 36);
    assert!(screen.contains("(nothing matches)"), "{screen}");
    tui.ctrl('u');
    // A letter most partners have: the best match first, → the next one.
    let options: Vec<(Id, String)> = tui
        .app
        .doc
        .model()
        .partners
        .iter()
        .map(|(id, p)| (id.clone(), p.name.clone()))
        .collect();
    let found = keten::tui::form::matches(&options, "e");
    assert!(found.len() > 2);
    text(&mut tui, "e");
    tui.key(KeyCode::Right)
        .key(KeyCode::Right)
        .key(KeyCode::Left);
    tui.key(KeyCode::Enter).keys("s");
    assert_eq!(
        tui.saved().roles["buurtbemiddelaar"].partner,
        options[found[1]].0
    );
}

#[test]
fn a_step_added_after_the_focused_one_takes_its_phase_is_connected_and_asks_the_label() {
    let mut tui = Tui::open_path(&crate::support::root().join("tests/data/noodopvang.yaml"));
    tui.app.focus = Some(Id::new("besluit"));
    tui.keys("a");
    text(&mut tui, "Pers informeren over de opvang");
    assert!(
        tui.screen(120, 36).contains("pers-informeren"),
        "a short id is proposed"
    );
    tui.key(KeyCode::Enter);
    let screen = tui.screen(120, 36);
    assert!(screen.contains("Label of the flow"), "{screen}");
    text(&mut tui, "persbericht");
    tui.key(KeyCode::Enter);
    assert_eq!(tui.app.focus.as_ref().unwrap(), "pers-informeren");
    // A, in the next phase; Enter leaves the flow without a label.
    tui.keys("A");
    text(&mut tui, "Nazorg regelen");
    tui.key(KeyCode::Enter).key(KeyCode::Enter);
    // Esc on the label keeps the step and its flow.
    tui.keys("a");
    text(&mut tui, "Evalueren");
    tui.key(KeyCode::Enter).key(KeyCode::Esc);
    tui.keys("s");
    let saved = tui.saved();
    let pers = saved.steps.get("pers-informeren").expect("saved");
    assert_eq!(pers.phase.as_ref().unwrap(), "besluitvorming");
    assert_eq!(pers.partner, "gemeente", "the focused step's lane");
    assert_eq!(
        saved.steps.get("besluit").unwrap().next.last().unwrap(),
        &Flow::labelled(Id::new("pers-informeren"), "persbericht")
    );
    assert_eq!(
        saved.steps.position("pers-informeren"),
        saved.steps.position("besluit").map(|p| p + 1)
    );
    let nazorg = saved.steps.get("nazorg-regelen").expect("saved");
    assert_eq!(nazorg.phase.as_ref().unwrap(), "inrichting");
    assert_eq!(pers.next, [Flow::labelled(Id::new("nazorg-regelen"), "")]);
    assert_eq!(
        nazorg.next,
        [Flow::labelled(Id::new("evalueren"), "")],
        "Esc on the label keeps the flow"
    );
    assert_eq!(
        saved
            .steps
            .get("evalueren")
            .unwrap()
            .phase
            .as_ref()
            .unwrap(),
        "inrichting"
    );
}

#[test]
fn an_interests_note_is_typed_in_the_partner_form() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    let (partner, first) = {
        let (id, p) = tui.app.doc.model().partners.get_index(0).unwrap();
        (id.clone(), p.interests[0].clone())
    };
    tui.keys("2e");
    for _ in 0..4 {
        tui.key(KeyCode::Tab);
    }
    text(&mut tui, "; Rust in de wijk");
    // The safeguards field: ← from the first goes to the last interest.
    tui.key(KeyCode::Tab).key(KeyCode::Left).key(KeyCode::Tab);
    let screen = tui.screen(120, 40);
    assert!(screen.contains("The note on “Rust in de wijk”"), "{screen}");
    text(&mut tui, "Vooral 's avonds");
    // Back to the first interest: its own note.
    tui.key(KeyCode::BackTab)
        .key(KeyCode::Right)
        .key(KeyCode::Tab);
    text(&mut tui, " Eerste.");
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    let interests = &saved.partners[&partner].interests;
    let last = interests.last().unwrap();
    assert_eq!(last.name, "Rust in de wijk");
    assert_eq!(last.notes, "Vooral 's avonds");
    assert_eq!(interests[0].name, first.name);
    assert_eq!(
        interests[0].notes,
        format!("{} Eerste.", first.notes).trim()
    );
    assert_eq!(interests[0].safeguarded_by, first.safeguarded_by);
}

/// An editor on a model whose file cannot be written: `path` is where
/// the model says it is.
fn unwritable(path: std::path::PathBuf, dir: crate::support::Dir) -> Tui {
    let text =
        std::fs::read_to_string(crate::support::root().join("models/veilige-wijk.yaml")).unwrap();
    let model = keten::format::read_str(&text).model.unwrap();
    // Nothing was read from the path: the save finds nothing changed on
    // disk and goes on to write.
    let app = keten::tui::App::new(keten::document::Document::new(
        path.clone(),
        model,
        String::new(),
    ));
    Tui { app, dir, path }
}

#[test]
fn a_save_that_fails_asks_for_another_file_and_keeps_the_edit() {
    // A folder where the file should be: the folder around it takes
    // files, so the copy is proposed beside it.
    let dir = crate::support::Dir::new();
    let path = dir.path().join("model.yaml");
    std::fs::create_dir(&path).unwrap();
    let mut tui = unwritable(path, dir);
    tui.keys("6e");
    text(&mut tui, " (proef)");
    tui.key(KeyCode::Enter).keys("s");
    let screen = tui.screen(100, 30);
    assert!(screen.contains("Not saved"), "{screen}");
    assert!(screen.contains("model.mine.yaml"), "{screen}");
    tui.key(KeyCode::Enter);
    let beside = tui.dir.path().join("model.mine.yaml");
    let saved = std::fs::read_to_string(&beside).expect("saved beside the original");
    assert!(saved.contains("(proef)"));
    assert_eq!(tui.app.doc.path(), beside);
    assert!(!tui.app.dirty());

    // A path under a file (no folder can be made there, root or not):
    // the prompt comes back until a file is written.
    let dir = crate::support::Dir::new();
    let blocker = dir.file("blocker", "not a folder");
    let mut tui = unwritable(blocker.join("model.yaml"), dir);
    tui.keys("6e");
    text(&mut tui, " (proef)");
    tui.key(KeyCode::Enter).keys("s");
    let screen = tui.screen(100, 30);
    assert!(screen.contains("Not saved"), "{screen}");
    assert!(
        !screen.contains("blocker/"),
        "not proposed under the file:\n{screen}"
    );
    tui.ctrl('u');
    text(&mut tui, blocker.join("again.yaml").to_str().unwrap());
    tui.key(KeyCode::Enter);
    assert!(tui.screen(100, 30).contains("Not saved"), "asked again");
    assert!(tui.app.dirty(), "the edit is kept");
    tui.ctrl('u');
    let target = tui.dir.path().join("elsewhere.yaml");
    text(&mut tui, target.to_str().unwrap());
    tui.key(KeyCode::Enter);
    let saved = std::fs::read_to_string(&target).expect("saved elsewhere");
    assert!(saved.contains("(proef)"));
    assert!(!tui.app.dirty());
}

#[test]
fn search_finds_descriptions_and_flow_labels_and_go_to_tells_a_step_from_a_phase() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    let yaml = std::fs::read_to_string(&tui.path).unwrap();
    // A word of one step's description that is nowhere else in the file.
    let (step, word) = tui
        .app
        .doc
        .model()
        .steps
        .iter()
        .find_map(|s| {
            let word = s
                .description
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() > 6 && yaml.matches(w).count() == 1)
                .max_by_key(|w| w.len())?;
            Some((s.id.clone(), word.to_string()))
        })
        .expect("a step with a word of its own");
    tui.keys("2/");
    text(&mut tui, &word);
    let screen = tui.screen(120, 40);
    assert!(screen.contains("“"), "the matching words shown:\n{screen}");
    tui.key(KeyCode::Enter);
    assert_eq!(tui.app.focus.as_ref(), Some(&step));
    assert_eq!(tui.app.screen, Screen::Chain);
    // A flow's label finds the flow, and Enter its step.
    let (from, label) = {
        let m = tui.app.doc.model();
        let s = m
            .steps
            .iter()
            .find(|s| s.next.iter().any(|f| !f.label.is_empty()))
            .unwrap();
        let f = s.next.iter().find(|f| !f.label.is_empty()).unwrap();
        (s.id.clone(), f.label.clone())
    };
    tui.keys("/");
    text(&mut tui, &label);
    assert!(tui.screen(120, 40).contains(&format!("flow “{label}”")));
    tui.key(KeyCode::Enter);
    assert_eq!(tui.app.focus.as_ref(), Some(&from));

    // A step with the id of a phase: g names both, and what each is; the
    // list stays where it is while typing narrows it.
    let phase = tui.app.doc.model().phases.keys().next().unwrap().clone();
    let phase_name = tui.app.doc.model().phases[&phase].name.clone();
    tui.keys("a");
    tui.ctrl('u');
    text(&mut tui, &phase_name);
    tui.key(KeyCode::Enter).key(KeyCode::Enter);
    assert!(
        tui.app.doc.model().steps.contains(phase.as_str()),
        "{phase}"
    );
    tui.keys("g");
    let top = |screen: &str| screen.lines().position(|l| l.contains("┌ Go to id"));
    let before = top(&tui.screen(120, 40));
    text(&mut tui, phase.as_str());
    let screen = tui.screen(120, 40);
    assert_eq!(top(&screen), before, "the list does not jump:\n{screen}");
    assert!(
        screen.contains(&format!("{phase} — {phase_name} (step)")),
        "{screen}"
    );
    assert!(
        screen.contains(&format!("{phase} — {phase_name} (phase)")),
        "{screen}"
    );
    let phase_row = screen
        .lines()
        .filter(|l| l.contains(&format!("{phase} — ")))
        .position(|l| l.contains("(phase)"))
        .unwrap();
    for _ in 0..phase_row {
        tui.key(KeyCode::Down);
    }
    tui.key(KeyCode::Enter);
    assert_eq!(tui.app.screen, Screen::Phases);
    tui.keys("e");
    text(&mut tui, "!");
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    assert_eq!(saved.phases[&phase].name, format!("{phase_name}!"));
    assert_eq!(saved.steps.get(phase.as_str()).unwrap().name, phase_name);
}

fn click(tui: &mut Tui, column: u16, row: u16) {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    tui.app.mouse(
        MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row,
            modifiers: KeyModifiers::NONE,
        },
        (0, 1),
    );
}

#[test]
fn a_click_on_a_tab_shows_its_screen_and_a_double_click_edits() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    let screen = tui.screen(120, 40);
    let tabs = screen.lines().next().unwrap();
    let column = |name: &str| width_before(tabs, name) as u16 + 1;
    click(&mut tui, column("Partners"), 0);
    assert_eq!(tui.app.screen, Screen::Partners);
    click(&mut tui, column("Roles"), 0);
    assert_eq!(tui.app.screen, Screen::Roles);
    click(&mut tui, column("Partners"), 0);
    tui.screen(120, 40);
    // The second row of the table: one click selects, two edit.
    click(&mut tui, 3, 3);
    assert_eq!(tui.app.rows[Screen::Partners.index()], 1);
    assert!(tui.app.dialog.is_none());
    click(&mut tui, 3, 3);
    assert!(tui.app.dialog.is_some(), "a double click edits");
    text(&mut tui, " (dubbel)");
    tui.key(KeyCode::Enter);
    // A box on the chain.
    click(&mut tui, column("Chain"), 0);
    let screen = tui.screen(120, 40);
    let step = tui.app.doc.model().steps.iter().nth(1).unwrap().clone();
    let word = step.name.split_whitespace().next().unwrap();
    let (row, line) = screen
        .lines()
        .enumerate()
        .skip(1)
        .find(|(_, l)| l.contains(&format!("│{word}")) || l.contains(&format!("│ {word}")))
        .expect("the box on screen");
    let x = width_before(line, word) as u16 + 1;
    click(&mut tui, x, row as u16);
    click(&mut tui, x, row as u16);
    assert!(tui.app.dialog.is_some(), "{screen}");
    text(&mut tui, " (dubbel)");
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    let partner = saved.partners.get_index(1).unwrap().1;
    assert!(partner.name.ends_with(" (dubbel)"));
    let edited: Vec<_> = saved
        .steps
        .iter()
        .filter(|s| s.name.ends_with(" (dubbel)"))
        .collect();
    assert_eq!(edited.len(), 1, "one box edited");
}

#[test]
fn tables_abbreviate_long_texts_and_the_help_wraps_every_line() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    tui.keys("2e");
    for _ in 0..3 {
        tui.key(KeyCode::Tab);
    }
    tui.ctrl('u');
    let long = "Levert de wijkagent, die overlast signaleert, aanspreekt en bij strafbare feiten optreedt, ook buiten kantoortijd";
    text(&mut tui, long);
    tui.key(KeyCode::Enter);
    let screen = tui.screen(100, 30);
    let row = screen.lines().find(|l| l.contains("Levert de")).unwrap();
    assert!(row.contains('…'), "abbreviated:\n{screen}");
    // The help, at any width: every word of every line is there.
    for width in [80, 100, 140] {
        tui.keys("?");
        let screen = tui.screen(width, 200);
        for b in keten::tui::keymap::KEYMAP {
            let help = (b.help)();
            let last = help.split_whitespace().last().unwrap();
            assert!(screen.contains(last), "`{help}` at {width}:\n{screen}");
        }
        tui.keys("?");
    }
    tui.keys("s");
    assert_eq!(
        tui.saved().partners.get_index(0).unwrap().1.contribution,
        long
    );
}

#[test]
fn the_text_keys_work_alike_in_a_line_a_list_and_a_form_and_the_help_lists_them() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    let target = tui.app.doc.model().steps.iter().last().unwrap().id.clone();
    tui.keys("c");
    text(&mut tui, "zzz");
    tui.ctrl('w');
    text(&mut tui, target.as_str());
    tui.key(KeyCode::Enter);
    // The label: a word off, the start, a word back.
    text(&mut tui, "eerste tweede");
    tui.ctrl('w');
    text(&mut tui, "derde");
    tui.ctrl('a');
    text(&mut tui, "x");
    tui.ctrl('e');
    press(&mut tui, KeyCode::Backspace, KeyModifiers::ALT);
    press(&mut tui, KeyCode::F(1), KeyModifiers::NONE);
    let help = tui.screen(100, 60);
    for key in [
        "Ctrl-w",
        "Alt-Backspace",
        "Ctrl-u",
        "Ctrl-a",
        "Home",
        "Ctrl-←",
    ] {
        assert!(help.contains(key), "{key} in\n{help}");
    }
    tui.key(KeyCode::Esc);
    tui.key(KeyCode::Enter);
    // A form's field: Ctrl-U clears, Home goes to the start.
    tui.keys("e");
    tui.ctrl('u');
    text(&mut tui, "stap");
    tui.key(KeyCode::Home);
    text(&mut tui, "Nieuwe ");
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    let focused = tui.app.focus.clone().unwrap();
    let step = saved.steps.get(focused.as_str()).unwrap();
    assert_eq!(step.name, "Nieuwe stap");
    let flow = step
        .next
        .iter()
        .find(|f| f.to == target)
        .expect("connected");
    assert_eq!(flow.label, "xeerste");
}

/// The cells of `line` before `needle`.
fn width_before(line: &str, needle: &str) -> usize {
    keten::text::width(&line[..line.find(needle).expect("on screen")])
}

/// A key with modifiers.
pub(crate) fn press(tui: &mut Tui, code: KeyCode, modifiers: KeyModifiers) {
    tui.app.key(KeyEvent::new(code, modifiers));
}

/// The editor on a model with only its name, as `keten new --empty`
/// writes it.
fn empty_model() -> Tui {
    let dir = crate::support::Dir::new();
    let model = keten::commands::new::empty("Proef");
    let text = keten::format::write(&model);
    let path = dir.file("proef.yaml", &text);
    let app = keten::tui::App::new(keten::document::Document::new(path.clone(), model, text));
    Tui { app, dir, path }
}

/// The empty model with three partners, added one after another.
fn with_partners() -> Tui {
    let mut tui = empty_model();
    tui.keys("2a");
    text(&mut tui, "Politie");
    tui.ctrl('n');
    text(&mut tui, "Wijkteam");
    tui.ctrl('n');
    text(&mut tui, "Gemeente");
    tui.key(KeyCode::Enter);
    assert!(tui.app.dialog.is_none(), "{}", tui.screen(100, 30));
    tui
}

/// The id of the entity of `section` named `name` in the saved model.
fn id_named(model: &keten::model::Model, section: keten::model::Section, name: &str) -> Id {
    model
        .ids(section)
        .find(|id| model.name_of(section, id.as_str()) == name)
        .unwrap_or_else(|| panic!("no {name} saved"))
        .clone()
}

#[test]
fn ctrl_n_adds_a_partner_and_opens_the_next_partners_form() {
    let mut tui = with_partners();
    tui.keys("s");
    let saved = tui.saved();
    let names: Vec<&str> = saved.partners.values().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["Politie", "Wijkteam", "Gemeente"],
        "in the order typed"
    );
}

#[test]
fn ctrl_n_adds_a_step_and_opens_the_next_one_after_it_connected() {
    let mut tui = with_partners();
    tui.keys("1a");
    text(&mut tui, "Melding aannemen");
    // The first step: nothing to connect from; Ctrl-n opens the next
    // step's form after it.
    tui.ctrl('n');
    text(&mut tui, "Melding wegen");
    tui.key(KeyCode::Enter);
    // The label of the flow to it, and with Ctrl-n the next step after it.
    text(&mut tui, "melding");
    tui.ctrl('n');
    text(&mut tui, "Hulp bieden");
    tui.key(KeyCode::Tab);
    text(&mut tui, "wijk");
    tui.key(KeyCode::Enter);
    text(&mut tui, "plan");
    tui.key(KeyCode::Enter);
    assert!(tui.app.dialog.is_none(), "{}", tui.screen(100, 30));
    tui.keys("s");
    let saved = tui.saved();
    let steps = keten::model::Section::Steps;
    let first = id_named(&saved, steps, "Melding aannemen");
    let second = id_named(&saved, steps, "Melding wegen");
    let third = id_named(&saved, steps, "Hulp bieden");
    assert_eq!(saved.steps.len(), 3);
    assert_eq!(
        saved.steps.get(first.as_str()).unwrap().next,
        [Flow {
            to: second.clone(),
            label: "melding".into()
        }]
    );
    let second = saved.steps.get(second.as_str()).unwrap();
    assert_eq!(
        second.next,
        [Flow {
            to: third.clone(),
            label: "plan".into()
        }]
    );
    let politie = id_named(&saved, keten::model::Section::Partners, "Politie");
    assert_eq!(second.partner, politie, "in the lane of the one before");
    let wijkteam = id_named(&saved, keten::model::Section::Partners, "Wijkteam");
    assert_eq!(saved.steps.get(third.as_str()).unwrap().partner, wijkteam);
}

#[test]
fn a_role_and_a_phase_are_made_by_typing_a_new_name_in_the_step_form() {
    let mut tui = with_partners();
    tui.keys("1a");
    text(&mut tui, "Melding aannemen");
    // The partner: Politie, the first; then the role and the phase, new.
    tui.key(KeyCode::Tab).key(KeyCode::Tab);
    text(&mut tui, "Wijkagent");
    tui.key(KeyCode::Tab);
    text(&mut tui, "Signaleren");
    tui.key(KeyCode::Enter);
    assert!(tui.app.dialog.is_none(), "{}", tui.screen(100, 30));
    // The next step of that partner takes its only role.
    tui.keys("a");
    text(&mut tui, "Melding vastleggen");
    tui.key(KeyCode::Enter).key(KeyCode::Enter);
    tui.keys("s");
    let saved = tui.saved();
    let role = id_named(&saved, keten::model::Section::Roles, "Wijkagent");
    let phase = id_named(&saved, keten::model::Section::Phases, "Signaleren");
    let politie = id_named(&saved, keten::model::Section::Partners, "Politie");
    assert_eq!(saved.roles.get(&role).unwrap().partner, politie);
    assert_eq!(saved.roles.len(), 1);
    assert_eq!(saved.phases.len(), 1);
    for name in ["Melding aannemen", "Melding vastleggen"] {
        let id = id_named(&saved, keten::model::Section::Steps, name);
        let step = saved.steps.get(id.as_str()).unwrap();
        assert_eq!(step.role.as_ref(), Some(&role), "{name}");
        assert_eq!(step.phase.as_ref(), Some(&phase), "{name}");
    }
}

#[test]
fn a_goals_partners_are_ticked_by_typing_their_letters_and_space() {
    let mut tui = with_partners();
    tui.keys("3A");
    text(&mut tui, "Veilige wijk");
    tui.key(KeyCode::Tab);
    // Letters find a partner, Space ticks it; Enter ticks the one found
    // and adds the goal.
    tui.keys("gem ");
    tui.keys("w ");
    tui.keys("w ");
    tui.keys("pol");
    tui.key(KeyCode::Enter);
    assert!(tui.app.dialog.is_none(), "{}", tui.screen(100, 30));
    tui.keys("s");
    let saved = tui.saved();
    let partner = |name| id_named(&saved, keten::model::Section::Partners, name);
    let goal = id_named(&saved, keten::model::Section::Goals, "Veilige wijk");
    assert_eq!(
        saved.goals.get(&goal).unwrap().partners,
        [partner("Gemeente"), partner("Politie")],
        "in the order ticked; Wijkteam ticked twice is off again"
    );
}

#[test]
fn a_measurements_period_is_typed_over_the_one_proposed_and_ctrl_n_asks_the_next() {
    let mut tui = with_partners();
    tui.keys("3A");
    text(&mut tui, "Veilige wijk");
    tui.key(KeyCode::Tab);
    tui.keys("pol");
    tui.key(KeyCode::Enter);
    tui.keys("a");
    text(&mut tui, "Meldingen");
    tui.key(KeyCode::Enter);
    assert!(tui.app.dialog.is_none(), "{}", tui.screen(100, 30));
    // The first of all: the period first, the letters typed replace the
    // quarter proposed.
    tui.keys("m");
    text(&mut tui, "uur 12");
    tui.key(KeyCode::Tab);
    text(&mut tui, "18");
    tui.ctrl('n');
    // The next: `uur 13` proposed, the value first; Shift-Tab back to the
    // period and typed over it.
    tui.key(KeyCode::BackTab);
    text(&mut tui, "uur 24");
    tui.key(KeyCode::Tab);
    text(&mut tui, "30");
    tui.key(KeyCode::Enter);
    assert!(tui.app.dialog.is_none(), "{}", tui.screen(100, 30));
    tui.keys("s");
    let saved = tui.saved();
    let kpi = id_named(&saved, keten::model::Section::Kpis, "Meldingen");
    let measured: Vec<(String, f64)> = saved
        .kpis
        .get(&kpi)
        .unwrap()
        .measurements
        .iter()
        .map(|m| (m.period.clone(), m.value))
        .collect();
    assert_eq!(measured, [("uur 12".into(), 18.0), ("uur 24".into(), 30.0)]);
}

#[test]
fn keten_new_empty_writes_only_the_name_and_the_editor_enters_the_rest() {
    use crate::support::Keten;
    let dir = crate::support::Dir::new();
    Keten::new(["new", "--empty", "proef-keten.yaml"])
        .dir(dir.path())
        .run()
        .code(0)
        .stderr_has("an empty model with only its name");
    Keten::new(["new", "--empty", "lege-keten.yaml"])
        .dutch()
        .dir(dir.path())
        .run()
        .code(0)
        .stderr_has("een leeg model met alleen zijn naam");
    let written = dir.read("proef-keten.yaml");
    let model = keten::format::read_str(&written).model.unwrap();
    assert_eq!(model.name, "Proef keten");
    assert!(
        model.partners.is_empty() && model.steps.is_empty(),
        "{written}"
    );
    assert!(model.client_question.is_empty() && model.director.is_none());
    // The editor on it: a partner and a step, saved.
    let mut tui = Tui::open_path(&dir.path().join("proef-keten.yaml"));
    tui.keys("2a");
    text(&mut tui, "Politie");
    tui.key(KeyCode::Enter).keys("1a");
    text(&mut tui, "Melding aannemen");
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    assert_eq!(saved.name, "Proef keten");
    assert_eq!(saved.partners.len(), 1);
    assert_eq!(saved.steps.len(), 1);
}
