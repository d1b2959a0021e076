//! The TUI without a terminal: screens drawn to a test backend as
//! snapshots, key sequences that end in a saved file, and random keys.

use std::path::PathBuf;

use keten::document::Document;
use keten::tui::App;
use keten::tui::app::Screen;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::support::{Dir, models, root};

/// An app on a copy of a shipped model in a temporary folder.
pub(crate) struct Tui {
    pub(crate) app: App,
    pub(crate) dir: Dir,
    pub(crate) path: PathBuf,
}

impl Tui {
    pub(crate) fn open(model: &str) -> Tui {
        Tui::open_path(&root().join("models").join(model))
    }

    /// An app on a copy of a model file anywhere (tests/data).
    pub(crate) fn open_path(source: &std::path::Path) -> Tui {
        let dir = Dir::new();
        let model = source.file_name().unwrap().to_str().unwrap();
        let text = std::fs::read_to_string(source).unwrap();
        let path = dir.file(model, &text);
        let loaded = keten::format::read_str(&text);
        let app = App::new(Document::new(path.clone(), loaded.model.unwrap(), text));
        Tui { app, dir, path }
    }

    pub(crate) fn key(&mut self, code: KeyCode) -> &mut Tui {
        let modifiers = match code {
            KeyCode::Char(c) if c.is_ascii_uppercase() => KeyModifiers::SHIFT,
            _ => KeyModifiers::NONE,
        };
        self.app.key(KeyEvent::new(code, modifiers));
        self
    }

    pub(crate) fn ctrl(&mut self, c: char) -> &mut Tui {
        self.app
            .key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
        self
    }

    pub(crate) fn keys(&mut self, keys: &str) -> &mut Tui {
        for c in keys.chars() {
            self.key(KeyCode::Char(c));
        }
        self
    }

    pub(crate) fn screen(&mut self, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        self.app.resize(width, height);
        self.app.keep_focus_in_view();
        terminal
            .draw(|frame| keten::tui::view::draw(frame, &self.app))
            .unwrap();
        let buffer = terminal.backend().buffer().clone();
        let mut out = String::new();
        for y in 0..buffer.area.height {
            let mut line = String::new();
            for x in 0..buffer.area.width {
                line.push_str(buffer[(x, y)].symbol());
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }

    pub(crate) fn saved(&self) -> keten::model::Model {
        let text = std::fs::read_to_string(&self.path).unwrap();
        keten::format::read_str(&text).model.unwrap()
    }
}

#[test]
fn every_screen() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    for (k, screen) in Screen::ALL.iter().enumerate() {
        tui.keys(&(k + 1).to_string());
        assert_eq!(tui.app.screen, *screen);
        insta::assert_snapshot!(format!("screen-{}", screen.title()), tui.screen(120, 36));
    }
    tui.keys("1?");
    insta::assert_snapshot!("screen-help", tui.screen(120, 36));
}

#[test]
fn a_small_terminal_gets_a_notice() {
    let mut tui = Tui::open("werk-en-inkomen.yaml");
    let screen = tui.screen(40, 10);
    assert!(
        screen.contains("keten needs a terminal of at least"),
        "{screen}"
    );
    assert!(screen.contains("this one is 40×10"), "{screen}");
}

#[test]
fn the_focus_moves_along_the_picture_and_the_flows() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    assert_eq!(tui.app.focus.as_ref().unwrap(), "zorgen-school");
    // Two flows leave here: n offers both.
    tui.keys("n");
    assert!(tui.screen(120, 36).contains("2 flows leave here"));
    tui.key(KeyCode::Down).key(KeyCode::Enter);
    let second = tui.app.focus.clone().unwrap();
    assert_ne!(second, "zorgen-school");
    tui.app.focus = Some("zorgen-school".into());
    tui.keys("n").key(KeyCode::Enter);
    let first = tui.app.focus.clone().unwrap();
    assert_ne!(first, second, "the first and the second flow of the fork");
    // p follows a flow back: to zorgen-school, or a list where several come in.
    tui.keys("p");
    if matches!(tui.app.dialog, Some(keten::tui::dialog::Dialog::Pick(_))) {
        tui.keys("zorgen").key(KeyCode::Enter);
    }
    assert_eq!(tui.app.focus.as_ref().unwrap(), "zorgen-school");
    tui.key(KeyCode::Right).key(KeyCode::Right);
    let right = tui.app.focus.clone().unwrap();
    let b = &tui.app.doc.layout().boxes[tui.app.doc.layout().box_of(right.as_str()).unwrap()];
    assert!(b.column >= 2, "{right} is two columns to the right");
    tui.keys("j");
    tui.keys("k");
    // The focused box stays in view on a small screen.
    for _ in 0..12 {
        tui.keys("l");
    }
    let screen = tui.screen(80, 24);
    let focus = tui.app.focus.clone().unwrap();
    let step = tui.app.doc.model().steps.get(focus.as_str()).unwrap();
    let first_word = step.name.split_whitespace().next().unwrap();
    assert!(
        screen.contains(first_word),
        "{first_word} in view:\n{screen}"
    );
}

#[test]
fn deleting_a_step_asks_then_removes_its_references_and_saves() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    tui.app.focus = Some("gezinsplan-opstellen".into());
    tui.keys("d");
    let screen = tui.screen(120, 36);
    assert!(screen.contains("is referred to by"), "{screen}");
    tui.keys("y");
    assert!(!tui.app.doc.model().steps.contains("gezinsplan-opstellen"));
    tui.keys("s");
    let saved = tui.saved();
    assert!(!saved.steps.contains("gezinsplan-opstellen"));
    assert!(
        saved
            .steps
            .iter()
            .all(|s| s.next.iter().all(|f| f.to != "gezinsplan-opstellen"))
    );
    assert_no_errors(&saved);
    // Undo brings it back, and saving again writes it back.
    tui.keys("u").keys("s");
    assert!(tui.saved().steps.contains("gezinsplan-opstellen"));
    // Redo deletes it again.
    tui.ctrl('r');
    assert!(!tui.app.doc.model().steps.contains("gezinsplan-opstellen"));
    tui.ctrl('z');
    assert!(tui.app.doc.model().steps.contains("gezinsplan-opstellen"));
}

#[test]
fn a_measurement_in_two_keystrokes_and_a_number() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    tui.keys("3j");
    // The goals screen lists each goal, then its KPIs: row 1 is a KPI.
    let (section, kpi) = tui.app.table_rows(Screen::Goals)[1].clone();
    assert_eq!(section, keten::model::Section::Kpis);
    let before = tui.app.doc.model().kpis[&kpi].measurements.len();
    tui.keys("m7,5").key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    let measurements = &saved.kpis[&kpi].measurements;
    assert_eq!(measurements.len(), before + 1);
    let last = measurements.last().unwrap();
    assert_eq!((last.period.as_str(), last.value), ("2026-Q2", 7.5));
    // Not a number: the form says so, and nothing is added.
    tui.keys("mzeven").key(KeyCode::Enter);
    assert!(tui.screen(120, 36).contains("`zeven` is not a number"));
    tui.key(KeyCode::Esc).keys("y");
    assert_eq!(
        tui.app.doc.model().kpis[&kpi].measurements.len(),
        before + 1
    );
}

#[test]
fn reordering_lanes_and_phases() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    let first = tui.app.doc.model().partners.get_index(0).unwrap().0.clone();
    tui.keys("2J");
    tui.keys("5jK");
    tui.keys("s");
    let saved = tui.saved();
    assert_eq!(saved.partners.get_index(1).unwrap().0, &first);
    assert_eq!(
        saved.phases.keys().collect::<Vec<_>>(),
        tui.app.doc.model().phases.keys().collect::<Vec<_>>()
    );
}

#[test]
fn quitting_with_unsaved_changes_asks() {
    let mut tui = Tui::open("werk-en-inkomen.yaml");
    tui.keys("q");
    assert!(tui.app.quit, "nothing to lose: quits at once");
    let mut tui = Tui::open("werk-en-inkomen.yaml");
    tui.keys("2dy");
    tui.keys("q");
    assert!(!tui.app.quit);
    tui.keys("n");
    assert!(!tui.app.quit, "n cancels");
    tui.keys("qs");
    assert!(tui.app.quit, "s saves, then quits");
    assert_eq!(
        tui.saved().partners.len(),
        tui.app.doc.model().partners.len()
    );
    let mut tui = Tui::open("werk-en-inkomen.yaml");
    tui.keys("2dyqy");
    assert!(tui.app.quit);
    assert_eq!(
        tui.saved().partners.len(),
        tui.app.doc.model().partners.len() + 1,
        "y quits without saving"
    );
}

#[test]
fn saving_over_a_file_changed_on_disk_merges_it_in_first() {
    let mut tui = Tui::open("werk-en-inkomen.yaml");
    let partners = tui.app.doc.model().partners.len();
    tui.keys("2dy");
    let theirs = std::fs::read_to_string(&tui.path).unwrap().replace(
        "name: Werk en inkomen IJsselvliet",
        "name: Werk en inkomen (hun versie)",
    );
    std::fs::write(&tui.path, &theirs).unwrap();
    tui.keys("s");
    assert!(tui.app.dialog.is_none(), "nothing asked");
    assert!(
        tui.app.status.contains("changed Werk en inkomen") || tui.app.status.contains("name"),
        "{}",
        tui.app.status
    );
    let saved = tui.saved();
    assert_eq!(saved.name, "Werk en inkomen (hun versie)", "theirs kept");
    assert_eq!(saved.partners.len(), partners - 1, "mine kept");
    // Undo undoes my edit, not theirs.
    tui.keys("u");
    assert_eq!(tui.app.doc.model().partners.len(), partners);
    assert_eq!(tui.app.doc.model().name, "Werk en inkomen (hun versie)");
}

#[test]
fn saving_over_a_file_on_disk_that_is_no_model_asks() {
    let mut tui = Tui::open("werk-en-inkomen.yaml");
    tui.keys("2dy");
    let theirs = "keten: 1\nname: [kapot\n";
    std::fs::write(&tui.path, theirs).unwrap();
    tui.keys("s");
    assert!(tui.screen(120, 36).contains("changed on disk"));
    assert_eq!(
        std::fs::read_to_string(&tui.path).unwrap(),
        theirs,
        "nothing written yet"
    );
    tui.keys("n");
    // Save elsewhere.
    tui.keys("sw").key(KeyCode::Enter);
    let mine = tui.dir.path().join("werk-en-inkomen.mine.yaml");
    assert!(mine.exists(), "{}", tui.app.status);
    assert_eq!(
        std::fs::read_to_string(tui.dir.path().join("werk-en-inkomen.yaml")).unwrap(),
        theirs
    );
    // Overwrite takes mine.
    let mut tui = Tui::open("werk-en-inkomen.yaml");
    tui.keys("2dy");
    std::fs::write(&tui.path, theirs).unwrap();
    tui.keys("sy");
    assert_eq!(tui.saved().name, "Werk en inkomen IJsselvliet");
}

#[test]
fn problems_jump_to_what_they_are_about() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    // Remove a label from a handoff: one warning.
    tui.app.focus = Some("zorgen-school".into());
    let mut step = tui
        .app
        .doc
        .model()
        .steps
        .get("zorgen-school")
        .unwrap()
        .clone();
    step.next[0].label.clear();
    tui.app.apply(
        keten::edit::Edit::Replace(keten::edit::Entity::Step(step)),
        "test",
    );
    tui.app.focus = Some("ketenresultaten-monitoren".into());
    tui.keys("7");
    let screen = tui.screen(120, 36);
    assert!(screen.contains("unlabelled-handoff"), "{screen}");
    tui.key(KeyCode::Enter);
    assert_eq!(tui.app.screen, Screen::Chain);
    assert_eq!(tui.app.focus.as_ref().unwrap(), "zorgen-school");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_keys_never_panic_and_undo_gives_back_the_model(
        model in 0usize..4,
        keys in prop::collection::vec(prop::sample::select(vec![
            'h', 'j', 'k', 'l', 'n', 'p', 'd', 'y', 'n', 'm', '7', '\n', 'K', 'J', '1', '2', '3', '4', '5', '6', '7', '?', 'P', 'u', '\t', 'x', '\u{1b}',
            'a', 'A', 'e', 'c', 'L', '/', 'g', 'r', 'z', ' ', '\u{8}',
        ]), 0..120),
    ) {
        let name = models()[model % models().len()].file_name().unwrap().to_string_lossy().to_string();
        let mut tui = Tui::open(&name);
        let start = tui.app.doc.model().clone();
        for c in keys {
            let code = match c {
                '\n' => KeyCode::Enter,
                '\t' => KeyCode::Tab,
                '\u{1b}' => KeyCode::Esc,
                '\u{8}' => KeyCode::Backspace,
                c => KeyCode::Char(c),
            };
            tui.key(code);
            let _ = tui.screen(100, 30);
        }
        tui.app.dialog = None;
        tui.app.help = None;
        while tui.app.doc.can_undo() {
            tui.keys("u");
        }
        prop_assert_eq!(tui.app.doc.model(), &start);
    }
}

pub(crate) fn text(tui: &mut Tui, s: &str) {
    for c in s.chars() {
        tui.key(KeyCode::Char(c));
    }
}

#[test]
fn add_a_partner_and_a_step_connect_them_and_save() {
    let mut tui = Tui::open("werk-en-inkomen.yaml");
    // A partner: the id follows the name.
    tui.keys("2a");
    text(&mut tui, "Buurtsportcoach Zuid");
    let screen = tui.screen(120, 36);
    assert!(screen.contains("buurtsportcoach-zuid"), "{screen}");
    tui.key(KeyCode::Tab).key(KeyCode::Tab);
    text(&mut tui, "Beweegt mee");
    tui.key(KeyCode::Enter);
    assert!(
        tui.app
            .doc
            .model()
            .partners
            .contains_key("buurtsportcoach-zuid")
    );
    // A step in that lane, after the focused step.
    tui.keys("1");
    let before = tui.app.focus.clone().unwrap();
    tui.keys("a");
    text(&mut tui, "Sporten in de wijk");
    tui.key(KeyCode::Tab);
    let lanes = tui.app.doc.model().partners.len();
    for _ in 0..lanes {
        if tui
            .screen(120, 36)
            .contains("Buurtsportcoach Zuid (buurtsportcoach-zuid)")
        {
            break;
        }
        tui.key(KeyCode::Right);
    }
    // Enter adds it, connected from the focused step; Enter again leaves
    // that flow without a label.
    tui.key(KeyCode::Enter).key(KeyCode::Enter);
    let step = tui
        .app
        .doc
        .model()
        .steps
        .get("sporten-wijk")
        .expect("the step is added")
        .clone();
    assert_eq!(step.partner, "buurtsportcoach-zuid");
    assert_eq!(
        tui.app.doc.model().steps.position("sporten-wijk"),
        tui.app
            .doc
            .model()
            .steps
            .position(before.as_str())
            .map(|p| p + 1)
    );
    assert_eq!(tui.app.focus.as_ref().unwrap(), "sporten-wijk");
    // Connect it to an existing step, with a label.
    let target = tui.app.doc.model().steps.iter().last().unwrap().id.clone();
    tui.keys("c");
    text(&mut tui, target.as_str());
    tui.key(KeyCode::Enter);
    text(&mut tui, "beweegadvies");
    tui.key(KeyCode::Enter);
    tui.keys("s");
    let saved = tui.saved();
    let flows = &saved.steps.get("sporten-wijk").unwrap().next;
    assert_eq!(
        flows,
        &[keten::model::Flow::labelled(target.clone(), "beweegadvies")]
    );
    assert_eq!(
        saved.partners["buurtsportcoach-zuid"].contribution,
        "Beweegt mee"
    );
    // The file passes the check.
    let text = std::fs::read_to_string(&tui.path).unwrap();
    assert!(!keten::format::check_str(&text).has_errors());
}

#[test]
fn editing_a_step_moves_it_to_another_lane_and_renaming_updates_references() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    tui.app.focus = Some("raadsonderzoek".into());
    let partner = tui
        .app
        .doc
        .model()
        .steps
        .get("raadsonderzoek")
        .unwrap()
        .partner
        .clone();
    tui.keys("e");
    tui.key(KeyCode::Tab)
        .key(KeyCode::Tab)
        .key(KeyCode::Right)
        .key(KeyCode::Enter);
    let moved = tui
        .app
        .doc
        .model()
        .steps
        .get("raadsonderzoek")
        .unwrap()
        .partner
        .clone();
    assert_ne!(moved, partner, "the step moved lanes");
    tui.keys("u");
    assert_eq!(
        tui.app
            .doc
            .model()
            .steps
            .get("raadsonderzoek")
            .unwrap()
            .partner,
        partner
    );
    // Rename a partner through its form: every reference follows.
    tui.keys("2");
    let row = tui
        .app
        .table_rows(Screen::Partners)
        .iter()
        .position(|(_, id)| *id == "wijkteam")
        .unwrap();
    for _ in 0..row {
        tui.keys("j");
    }
    tui.keys("e").key(KeyCode::Tab).ctrl('u');
    text(&mut tui, "buurtteam");
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    assert!(saved.partners.contains_key("buurtteam") && !saved.partners.contains_key("wijkteam"));
    assert!(saved.steps.iter().any(|s| s.partner == "buurtteam"));
    assert!(saved.steps.iter().all(|s| s.partner != "wijkteam"));
    assert_no_errors(&saved);
}

#[test]
fn a_form_refuses_a_missing_name_or_a_taken_id() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    tui.keys("2a").key(KeyCode::Enter);
    assert!(tui.screen(120, 36).contains("give it a name"));
    text(&mut tui, "x");
    // Tab goes past the proposed id; Shift-Tab back to it.
    tui.key(KeyCode::Tab).key(KeyCode::BackTab).ctrl('u');
    text(&mut tui, "gemeente");
    tui.key(KeyCode::Enter);
    assert!(tui.screen(120, 36).contains("exists already"));
    tui.key(KeyCode::Esc);
    assert_eq!(tui.app.doc.model().partners.len(), 7);
}

#[test]
fn remove_a_flow_and_change_a_label() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    tui.app.focus = Some("zorgen-school".into());
    let before = tui
        .app
        .doc
        .model()
        .steps
        .get("zorgen-school")
        .unwrap()
        .next
        .clone();
    tui.keys("L").key(KeyCode::Enter).ctrl('u');
    text(&mut tui, "signaal");
    tui.key(KeyCode::Enter);
    assert_eq!(
        tui.app.doc.model().steps.get("zorgen-school").unwrap().next[0].label,
        "signaal"
    );
    tui.keys("x").key(KeyCode::Enter);
    assert_eq!(
        tui.app
            .doc
            .model()
            .steps
            .get("zorgen-school")
            .unwrap()
            .next
            .len(),
        before.len() - 1
    );
    tui.keys("uu");
    assert_eq!(
        tui.app.doc.model().steps.get("zorgen-school").unwrap().next,
        before
    );
}

#[test]
fn search_and_go_to() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    tui.keys("/");
    text(&mut tui, "veiligheid beoordelen");
    tui.key(KeyCode::Enter);
    assert_eq!(tui.app.screen, Screen::Chain);
    assert_eq!(tui.app.focus.as_ref().unwrap(), "veiligheid-beoordelen");
    tui.keys("g");
    text(&mut tui, "raad");
    let screen = tui.screen(120, 36);
    assert!(screen.contains("Go to id"), "{screen}");
    tui.key(KeyCode::Enter);
    assert_eq!(tui.app.selected().unwrap().1, "raad");
}

#[test]
fn goals_and_kpis_are_added_in_their_screen() {
    let mut tui = Tui::open("werk-en-inkomen.yaml");
    tui.keys("3A");
    text(&mut tui, "Duurzaam aan het werk");
    tui.key(KeyCode::Enter);
    assert!(
        tui.app
            .doc
            .model()
            .goals
            .contains_key("duurzaam-aan-het-werk")
    );
    let row = tui
        .app
        .table_rows(Screen::Goals)
        .iter()
        .position(|(_, id)| *id == "duurzaam-aan-het-werk")
        .unwrap();
    tui.app.rows[2] = row;
    tui.keys("a");
    text(&mut tui, "Werkend na een jaar");
    tui.key(KeyCode::Enter);
    let kpi = &tui.app.doc.model().kpis["werkend-na-een-jaar"];
    assert_eq!(
        kpi.goal.as_ref().unwrap(),
        "duurzaam-aan-het-werk",
        "the goal of the selected row"
    );
}

#[test]
fn the_readme_lists_every_key() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let table = keten::tui::keymap::markdown();
    assert!(
        readme.contains(&table),
        "the README's key table is not the keymap's:\n{table}"
    );
}

#[test]
fn the_mouse_focuses_boxes_and_rows_and_scrolls() {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    let _ = tui.screen(120, 36);
    let b = tui.app.doc.layout().boxes[tui.app.doc.layout().box_of("melding-aannemen").unwrap()]
        .clone();
    let click = |column: usize, row: usize| MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: column as u16,
        row: row as u16,
        modifiers: KeyModifiers::NONE,
    };
    let (sx, sy) = tui.app.scroll;
    tui.app.mouse(click(b.x + 2 - sx, b.y + 1 - sy + 1), (0, 1));
    assert_eq!(tui.app.focus.as_ref().unwrap(), "melding-aannemen");
    let wheel = MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    };
    tui.app.mouse(wheel, (0, 1));
    assert_eq!(tui.app.scroll.1, sy + 3);
    tui.keys("2");
    tui.app.mouse(click(5, 4), (0, 1));
    assert_eq!(tui.app.rows[1], 2, "the third partner row");
}

#[test]
fn comments_move_with_their_entries_and_go_with_deleted_ones() {
    let tui = Tui::open("werk-en-inkomen.yaml");
    let text = std::fs::read_to_string(&tui.path).unwrap();
    let first = tui.app.doc.model().partners.get_index(0).unwrap().0.clone();
    let second = tui.app.doc.model().partners.get_index(1).unwrap().0.clone();
    let commented = format!("# Afspraken uit de werksessie van maart\n{}", text)
        .replacen(
            &format!("  {first}:\n"),
            &format!("  # regie\n  {first}: # de gemeente\n"),
            1,
        )
        .replacen(
            &format!("  {second}:\n"),
            &format!("  # landelijk\n  {second}:\n"),
            1,
        );
    std::fs::write(&tui.path, &commented).unwrap();
    let mut tui = Tui {
        app: App::new(Document::new(
            tui.path.clone(),
            keten::format::read_str(&commented).model.unwrap(),
            commented.clone(),
        )),
        dir: tui.dir,
        path: tui.path,
    };
    // Move the first lane down: its comments go along.
    tui.keys("2J").keys("s");
    let saved = std::fs::read_to_string(&tui.path).unwrap();
    assert!(
        saved.starts_with("# Afspraken uit de werksessie van maart\n"),
        "{saved}"
    );
    let at_second = saved
        .find(&format!("  # landelijk\n  {second}:\n"))
        .expect("the second lane's comment");
    let at_first = saved
        .find(&format!("  # regie\n  {first}: # de gemeente\n"))
        .expect("the first lane's comments");
    assert!(at_second < at_first, "{saved}");
    // Delete it: its comments go too; the others stay.
    tui.keys("dy").keys("s");
    let saved = std::fs::read_to_string(&tui.path).unwrap();
    assert!(
        !saved.contains("# regie") && !saved.contains("# de gemeente"),
        "{saved}"
    );
    assert!(saved.contains("  # landelijk\n"));
    // Undo brings the entry back with its comments.
    tui.keys("u").keys("s");
    assert!(
        std::fs::read_to_string(&tui.path)
            .unwrap()
            .contains("# de gemeente")
    );
}

#[test]
fn presentation_mode_shows_only_the_chain() {
    let mut tui = Tui::open("vroegsignalering-schulden.yaml");
    tui.keys("P");
    let screen = tui.screen(120, 36);
    insta::assert_snapshot!("screen-presentation", screen);
    assert!(!screen.contains("2 Partners"));
    assert!(screen.starts_with("Ik kom elke maand tekort"));
}

#[test]
fn roles_and_phases_add_edit_delete_saved() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    // A role, played by the second partner.
    tui.keys("4a");
    text(&mut tui, "Buurtbemiddelaar");
    tui.key(KeyCode::Tab)
        .key(KeyCode::Right)
        .key(KeyCode::Enter);
    // A phase, then renamed and described through its form.
    tui.keys("5a");
    text(&mut tui, "Nazorg");
    tui.key(KeyCode::Enter);
    let row = tui.app.table_rows(Screen::Phases).len() - 1;
    tui.app.rows[4] = row;
    tui.keys("e").key(KeyCode::Tab).ctrl('u');
    text(&mut tui, "na");
    tui.key(KeyCode::Tab);
    text(&mut tui, "Zes maanden volgen");
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    let second = saved.partners.get_index(1).unwrap().0.clone();
    assert_eq!(saved.roles["buurtbemiddelaar"].partner, second);
    assert_eq!(saved.phases["na"].description, "Zes maanden volgen");
    assert!(!saved.phases.contains_key("nazorg"));
    // Deleting a phase that steps use clears it from them.
    tui.app.rows[4] = 0;
    let first = tui.app.doc.model().phases.get_index(0).unwrap().0.clone();
    tui.keys("dy").keys("s");
    let saved = tui.saved();
    assert!(!saved.phases.contains_key(&first));
    assert!(saved.steps.iter().all(|s| s.phase.as_ref() != Some(&first)));
    assert_no_errors(&saved);
}

#[test]
fn goals_kpis_flows_lanes_and_the_director_saved() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    // A goal and a KPI under it, with a target.
    tui.keys("3A");
    text(&mut tui, "Minder wachttijd");
    tui.key(KeyCode::Enter);
    let row = tui
        .app
        .table_rows(Screen::Goals)
        .iter()
        .position(|(_, id)| *id == "minder-wachttijd")
        .unwrap();
    tui.app.rows[2] = row;
    tui.keys("a");
    text(&mut tui, "Wachttijd in weken");
    // Past the proposed id: the unit, then the target.
    tui.key(KeyCode::Tab).key(KeyCode::Tab);
    text(&mut tui, "6");
    tui.key(KeyCode::Tab)
        .key(KeyCode::Right)
        .key(KeyCode::Enter);
    // Remove a flow and relabel another.
    tui.app.focus = Some("veiligheid-beoordelen".into());
    tui.app.screen = Screen::Chain;
    let flows = tui
        .app
        .doc
        .model()
        .steps
        .get("veiligheid-beoordelen")
        .unwrap()
        .next
        .clone();
    tui.keys("x").key(KeyCode::Enter);
    tui.keys("L").key(KeyCode::Enter).ctrl('u');
    text(&mut tui, "overdracht");
    tui.key(KeyCode::Enter);
    // Move a step to the next lane.
    tui.app.focus = Some("raadsonderzoek".into());
    let lane = tui
        .app
        .doc
        .model()
        .steps
        .get("raadsonderzoek")
        .unwrap()
        .partner
        .clone();
    tui.keys("e")
        .key(KeyCode::Tab)
        .key(KeyCode::Tab)
        .key(KeyCode::Right)
        .key(KeyCode::Enter);
    // The director, picked in the overview's form.
    tui.keys("6e");
    for _ in 0..4 {
        tui.key(KeyCode::Tab);
    }
    tui.key(KeyCode::Right).key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    let kpi = &saved.kpis["wachttijd-in-weken"];
    assert_eq!(kpi.goal.as_ref().unwrap(), "minder-wachttijd");
    assert_eq!(
        (kpi.target, kpi.better),
        (Some(6.0), keten::model::Better::Lower)
    );
    let next = &saved.steps.get("veiligheid-beoordelen").unwrap().next;
    assert_eq!(next.len(), flows.len() - 1);
    assert_eq!(next[0].label, "overdracht");
    assert_ne!(saved.steps.get("raadsonderzoek").unwrap().partner, lane);
    assert_ne!(saved.director, tui_open_director("jeugdhulp-gezin.yaml"));
}

fn tui_open_director(model: &str) -> Option<keten::model::Id> {
    Tui::open(model).app.doc.model().director.clone()
}

#[test]
fn model_text_never_reaches_the_terminal_as_control_sequences() {
    let dir = Dir::new();
    let text = crate::support::CLEAN
        .replace("name: Melding", "name: \"Melding\\e[2J\\a\"")
        .replace("name: Wijkteam", "name: \"Wijk\\rteam\\e]0;title\\a\"")
        .replace("contribution: Hulp.", "contribution: \"Hulp\\u202e.\"");
    let path = dir.file("evil.yaml", &text);
    let model = keten::format::read_str(&text).model.unwrap();
    let mut tui = Tui {
        app: App::new(Document::new(path.clone(), model, text)),
        dir,
        path,
    };
    for screen in ["1", "2", "3", "4", "5", "6", "7", "?"] {
        let shown = tui.keys(screen).screen(120, 36);
        for c in shown.chars() {
            assert!(
                !c.is_control() || c == '\n',
                "{c:?} on screen {screen}:\n{shown}"
            );
            assert!(
                c != '\u{202e}',
                "a bidirectional override on screen {screen}"
            );
        }
    }
    // Any key closes the help; then the chain shows the name with visible placeholders.
    let shown = tui.keys("11").screen(120, 36);
    assert!(shown.contains("Melding␛[2J␇"), "{shown}");
}

#[test]
fn review_fixes_hold() {
    use keten::tui::next_period;
    // Periods: no overflow, halves too.
    assert_eq!(next_period(Some("4294967295-Q4")), "", "none proposed");
    assert_eq!(next_period(Some("2025-H2")), "2026-H1");
    assert_eq!(next_period(Some("2026-Q3")), "2026-Q4");
    // Presentation mode still shows questions; Esc leaves it.
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    tui.keys("Pd");
    assert!(
        tui.screen(120, 36).contains("Delete step"),
        "the question shows in presentation mode"
    );
    tui.key(KeyCode::Esc);
    tui.key(KeyCode::Esc);
    assert!(!tui.app.presentation);
    // d on the overview deletes nothing.
    tui.keys("6d");
    assert!(tui.app.dialog.is_none());
    // Connecting offers neither the step itself nor its existing targets.
    tui.keys("1");
    tui.app.focus = Some("zorgen-school".into());
    tui.keys("c");
    let screen = tui.screen(120, 36);
    assert!(
        !screen.contains("(zorgen-school)") && !screen.contains("(keukentafelgesprek)"),
        "{screen}"
    );
    tui.key(KeyCode::Esc);
    // An unchanged form changes nothing, not even a trailing newline.
    let before = std::fs::read_to_string(&tui.path).unwrap();
    tui.keys("6e").key(KeyCode::Enter);
    assert!(!tui.app.dirty());
    assert_eq!(tui.app.status, "nothing changed");
    tui.keys("3e").key(KeyCode::Enter).keys("s");
    assert_eq!(std::fs::read_to_string(&tui.path).unwrap(), before);
    // Deleting a partner says which steps and roles go with it.
    tui.keys("2");
    let row = tui
        .app
        .table_rows(Screen::Partners)
        .iter()
        .position(|(_, id)| *id == "raad")
        .unwrap();
    tui.app.rows[1] = row;
    tui.keys("d");
    let screen: String = tui
        .screen(120, 36)
        .split_whitespace()
        .map(|w| w.trim_matches('│'))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        screen.contains("This also deletes role `raadsonderzoeker`, step `raadsonderzoek`."),
        "{screen}"
    );
    tui.key(KeyCode::Esc);
    // On a small terminal the selected row of a long table is in view.
    tui.keys("7");
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    tui.keys("3");
    for _ in 0..7 {
        tui.keys("j");
    }
    let (_, id) = tui.app.selected().unwrap();
    let name = tui
        .app
        .doc
        .model()
        .kpis
        .get(&id)
        .map(|k| k.name.clone())
        .unwrap_or_default();
    let screen = tui.screen(60, 16);
    assert!(
        screen.contains(&name.chars().take(10).collect::<String>()),
        "{name} in view:\n{screen}"
    );
}

#[test]
fn editing_a_goal_keeps_the_order_of_its_partners() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    let (goal, before) = tui
        .app
        .doc
        .model()
        .goals
        .iter()
        .find(|(_, g)| g.partners.len() > 1)
        .map(|(id, g)| (id.clone(), g.partners.clone()))
        .unwrap();
    tui.keys("3");
    let row = tui
        .app
        .table_rows(Screen::Goals)
        .iter()
        .position(|(_, id)| *id == goal)
        .unwrap();
    tui.app.rows[2] = row;
    tui.keys("e");
    text(&mut tui, "!");
    tui.key(KeyCode::Enter);
    assert_eq!(tui.app.doc.model().goals[&goal].partners, before);
}

/// The model has no errors (warnings are fine).
#[track_caller]
fn assert_no_errors(model: &keten::model::Model) {
    let errors: Vec<_> = keten::validate::validate(model)
        .list
        .into_iter()
        .filter(|d| d.is_error())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn an_edit_after_save_and_undo_is_not_lost_on_quit() {
    // Move a lane, save, undo, move another: the model differs from the
    // file, so quitting asks.
    let mut tui = Tui::open("vroegsignalering-schulden.yaml");
    tui.keys("2JsujJq");
    assert!(!tui.app.quit, "quit without asking; the last edit is lost");
}

#[test]
fn a_read_only_file_is_not_saved_over() {
    use std::os::unix::fs::PermissionsExt;
    let mut tui = Tui::open("werk-en-inkomen.yaml");
    let before = std::fs::read_to_string(&tui.path).unwrap();
    std::fs::set_permissions(&tui.path, std::fs::Permissions::from_mode(0o444)).unwrap();
    tui.keys("2Js");
    assert!(
        std::fs::read_to_string(&tui.path).unwrap() == before,
        "saved over"
    );
    let screen = tui.screen(100, 30);
    assert!(screen.contains("read-only"), "{screen}");
}

#[test]
fn a_click_in_a_scrolled_table_selects_the_row_under_it() {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut tui = Tui::open("werk-en-inkomen.yaml");
    tui.keys("3");
    let rows = tui.app.table_rows(Screen::Goals).len();
    for _ in 0..rows {
        tui.keys("j");
    }
    // A short screen: the table scrolls to show the last row.
    let screen = tui.screen(80, 16);
    let last = rows - 1;
    assert_eq!(tui.app.rows[2], last);
    // The first row shown is under the header (row 1) at row 2.
    let first_shown = screen.lines().nth(2).unwrap().to_string();
    tui.app.mouse(
        MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 4,
            row: 2,
            modifiers: KeyModifiers::NONE,
        },
        (0, 1),
    );
    let _ = tui.screen(80, 16);
    let selected = tui.app.rows[2];
    assert!(
        selected > 0,
        "the click selected the first row of the table, not the one shown: {first_shown}"
    );
    let screen = tui.screen(80, 16);
    assert_eq!(
        screen.lines().nth(2).unwrap().trim_end(),
        first_shown.trim_end()
    );
}

#[test]
fn keys_do_not_reach_a_form_hidden_by_the_too_small_notice() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    tui.keys("a");
    let small = tui.screen(40, 10);
    tui.keys("q");
    assert!(!tui.app.quit);
    let screen = tui.screen(100, 30);
    assert!(!screen.contains("Name                   q"), "{screen}");
    assert!(!small.contains("press q to quit"), "{small}");
}

#[test]
fn the_help_shows_the_keys_of_what_is_open() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    tui.keys("a").key(KeyCode::F(1));
    let screen = tui.screen(120, 36);
    assert!(screen.contains("next field"), "{screen}");
    assert!(!screen.contains("presentation mode"), "{screen}");
    // Any other key closes the help; the form is still there, and `?` types.
    tui.key(KeyCode::Esc);
    assert!(matches!(
        tui.app.dialog,
        Some(keten::tui::dialog::Dialog::Form(_))
    ));
    tui.keys("?");
    assert!(tui.screen(120, 36).contains("?▏"));
}

#[test]
fn lines_and_fields_have_a_cursor_that_counts_cells() {
    let mut tui = Tui::open("werk-en-inkomen.yaml");
    // A measurement: the cursor moves in the line being typed.
    tui.keys("3jm12").key(KeyCode::Left).keys("3");
    assert!(tui.screen(100, 30).contains("Value                  13▏2"));
    tui.key(KeyCode::Enter);
    let (_, kpi) = tui.app.table_rows(Screen::Goals)[1].clone();
    let latest = tui.app.doc.model().kpis[&kpi].latest().unwrap().value;
    assert_eq!(latest, 132.0);
    // A form: wide letters are one step of the cursor and two cells.
    tui.keys("1a日本").key(KeyCode::Left).keys("x");
    // (The test backend shows a wide letter's second cell as a space.)
    let screen = tui.screen(100, 30);
    assert!(screen.contains("日 x▏本 "), "{screen}");
}

#[test]
fn a_paste_does_not_reach_a_form_hidden_by_the_notice_or_the_help() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    tui.keys("a");
    let _ = tui.screen(40, 10);
    tui.app.paste("hidden");
    let _ = tui.screen(120, 36);
    tui.key(KeyCode::F(1));
    tui.app.paste("under the help");
    tui.key(KeyCode::Esc);
    let screen = tui.screen(120, 36);
    assert!(
        !screen.contains("hidden") && !screen.contains("under the help"),
        "{screen}"
    );
}

#[test]
fn notes_and_accepted_warnings_are_entered_in_the_forms() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    let step = tui.app.focus.clone().unwrap();
    // A step's form: name, id, partner, role, phase, description, notes, allow.
    tui.keys("e");
    for _ in 0..6 {
        tui.key(KeyCode::Tab);
    }
    tui.ctrl('u');
    text(&mut tui, "Bespreken in de stuurgroep");
    tui.key(KeyCode::Tab).ctrl('u');
    // A code that is no warning is refused, and the form stays open.
    text(&mut tui, "dangling-ref");
    tui.key(KeyCode::Enter);
    assert!(tui.screen(120, 36).contains("is not a warning code"));
    tui.ctrl('u');
    text(&mut tui, "unlabelled-handoff, cycle");
    tui.key(KeyCode::Enter);
    // The model's own form on the overview: its last field is `allow`.
    tui.keys("6e");
    for _ in 0..5 {
        tui.key(KeyCode::Tab);
    }
    tui.ctrl('u');
    text(&mut tui, "idle-partner");
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    let step = saved.steps.get(step.as_str()).unwrap();
    assert_eq!(step.notes, "Bespreken in de stuurgroep");
    assert_eq!(
        step.allow,
        [
            keten::code::Code::UnlabelledHandoff,
            keten::code::Code::Cycle
        ]
    );
    assert_eq!(saved.allow, [keten::code::Code::IdlePartner]);
    assert_no_errors(&saved);
}

// ---- settling the conflicts of a merge ----

/// The veilige-wijk model merged from two sides that changed one partner's
/// name and one step's name two ways: a file with two conflicts.
pub(crate) fn two_conflicts() -> String {
    let base = std::fs::read_to_string(root().join("models/veilige-wijk.yaml")).unwrap();
    let model = |text: &str| keten::format::read_str(text).model.unwrap();
    let ours = base.replace(
        "name: Politie basisteam Sluisdam",
        "name: Politie basisteam Sluisdam-Noord",
    );
    let theirs = base.replace("name: Politie basisteam Sluisdam", "name: Politie Sluisdam");
    let (ours, theirs) = (
        ours.replace("name: Wegen en analyseren", "name: Wegen"),
        theirs.replace("name: Wegen en analyseren", "name: Analyseren"),
    );
    let merged = keten::merge::merge(&model(&base), &model(&ours), &model(&theirs));
    assert_eq!(merged.conflicts.len(), 2, "{:?}", merged.conflicts);
    merged.text()
}

impl Tui {
    /// The editor on a file with conflict markers, settling them.
    fn settling(text: &str) -> Tui {
        let dir = Dir::new();
        let path = dir.file("merged.yaml", text);
        let conflicted = keten::merge::conflict::Conflicted::read(text).expect("conflicts");
        let app = App::settling(path.clone(), text.to_string(), conflicted);
        Tui { app, dir, path }
    }

    /// The saved file: a clean, canonical model without findings.
    fn saved_clean(&self) -> keten::model::Model {
        let text = std::fs::read_to_string(&self.path).unwrap();
        assert!(!text.contains("<<<<<<<"), "{text}");
        let model = self.saved();
        assert_eq!(text, keten::format::write(&model), "canonical");
        assert_no_errors(&model);
        model
    }
}

#[test]
fn settling_every_conflict_as_ours_saves_a_clean_model() {
    let mut tui = Tui::settling(&two_conflicts());
    assert!(matches!(
        tui.app.dialog,
        Some(keten::tui::dialog::Dialog::Settle(_))
    ));
    // Keys of the editor do not reach past the settling: `s` saves nothing.
    tui.keys("s");
    assert!(
        std::fs::read_to_string(&tui.path)
            .unwrap()
            .contains("<<<<<<<")
    );
    tui.keys("o");
    assert!(tui.app.dialog.is_some(), "one conflict left");
    tui.keys("o");
    assert!(
        tui.app.dialog.is_none(),
        "every conflict settled: the model opens"
    );
    assert!(tui.app.dirty(), "the clean model is not on disk yet");
    assert!(tui.app.status.contains("s saves"), "{}", tui.app.status);
    tui.keys("s");
    assert!(!tui.app.dirty());
    let model = tui.saved_clean();
    assert_eq!(
        model.partners["politie"].name,
        "Politie basisteam Sluisdam-Noord"
    );
    assert_eq!(model.phases["wegen"].name, "Wegen");
}

#[test]
fn settling_as_theirs_and_moving_between_conflicts() {
    let mut tui = Tui::settling(&two_conflicts());
    // To the second conflict, theirs; back to the first (the one left), ours.
    tui.key(KeyCode::Down).keys("t");
    let Some(keten::tui::dialog::Dialog::Settle(settle)) = &tui.app.dialog else {
        panic!("still settling");
    };
    assert_eq!(settle.selected, 0, "the conflict not settled is shown next");
    tui.keys("t");
    assert!(tui.app.dialog.is_none());
    // Quitting the unsaved clean model asks; s saves first.
    tui.keys("q");
    assert!(tui.app.dialog.is_some() && !tui.app.quit);
    tui.keys("s");
    assert!(tui.app.quit);
    let model = tui.saved_clean();
    assert_eq!(model.partners["politie"].name, "Politie Sluisdam");
    assert_eq!(model.phases["wegen"].name, "Analyseren");
}

#[test]
fn settling_as_both_where_both_make_a_model() {
    // Git's line merge: both added a partner at one place.
    let text = crate::support::CLEAN.replace(
        "  wijkteam:\n",
        "<<<<<<< ours\n  politie:\n    name: Politie\n    contribution: Veiligheid.\n=======\n  school:\n    name: School\n    contribution: Signalen.\n>>>>>>> theirs\n  wijkteam:\n",
    );
    let text = text.replace(
        "    name: Hulp\n",
        "<<<<<<< ours\n    name: Hulp bieden\n=======\n    name: Hulp geven\n>>>>>>> theirs\n",
    );
    let mut tui = Tui::settling(&text);
    tui.keys("b");
    tui.keys("b");
    let Some(keten::tui::dialog::Dialog::Settle(settle)) = &tui.app.dialog else {
        panic!("both of one name makes no model: still settling");
    };
    assert!(
        settle.error.contains("cannot stand together"),
        "{}",
        settle.error
    );
    assert_eq!(settle.unsettled(), 1);
    tui.keys("o").keys("s");
    let model = tui.saved_clean();
    let partners: Vec<&str> = model.partners.keys().map(|id| id.as_str()).collect();
    assert_eq!(partners, ["gemeente", "politie", "school", "wijkteam"]);
    assert_eq!(model.steps.get("hulp").unwrap().name, "Hulp bieden");
}

#[test]
fn leaving_the_settling_asks_and_leaves_the_file_as_it_is() {
    let text = two_conflicts();
    let mut tui = Tui::settling(&text);
    tui.keys("o").keys("q");
    assert!(!tui.app.quit);
    tui.keys("n");
    assert!(!tui.app.quit, "no: back to the conflicts");
    tui.key(KeyCode::Esc).keys("y");
    assert!(tui.app.quit);
    assert_eq!(std::fs::read_to_string(&tui.path).unwrap(), text);
}

#[test]
fn the_settling_screen_and_its_keys() {
    let mut tui = Tui::settling(&two_conflicts());
    let screen = tui.screen(120, 36);
    insta::assert_snapshot!("screen-settle", screen);
    let help = tui.keys("?").screen(120, 36);
    assert!(help.contains("take theirs"), "{help}");
    tui.key(KeyCode::Esc);
    assert!(tui.app.help.is_none());
    assert!(
        tui.app.dialog.is_some(),
        "the help closed, the settling stays"
    );
}

/// The director's view: a step where a KPI is measured shows its status
/// on its box, and its panel lists the KPIs with their latest value.
#[test]
fn a_step_shows_the_status_of_its_kpis_and_the_panel_their_latest_values() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    tui.keys("/");
    text(&mut tui, "gezinsplan opstellen");
    tui.key(KeyCode::Enter);
    assert_eq!(tui.app.focus.as_ref().unwrap(), "gezinsplan-opstellen");
    let screen = tui.screen(120, 36);
    assert!(screen.contains("KPIs measured here"), "{screen}");
    assert!(screen.contains("latest"), "{screen}");
    insta::assert_snapshot!("screen-step-kpis", screen);
}

#[test]
fn agreements_add_edit_reorder_delete_with_references_saved() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    let first_partner = tui.app.doc.model().partners.get_index(0).unwrap().0.clone();
    // Add one, made by the first partner.
    tui.keys("8a");
    text(&mut tui, "Buurtafspraak");
    tui.key(KeyCode::Tab);
    text(&mut tui, "Bewoners en partners spreken elkaar eerst aan");
    // Space opens the list of partners, Space ticks, Enter takes them.
    tui.key(KeyCode::Tab)
        .key(KeyCode::Char(' '))
        .key(KeyCode::Char(' '))
        .key(KeyCode::Enter)
        .key(KeyCode::Enter);
    // Move it up one, above the last of the others.
    let last = tui.app.table_rows(Screen::Agreements).len() - 1;
    tui.app.rows[Screen::Agreements.index()] = last;
    tui.keys("K").keys("s");
    let saved = tui.saved();
    let a = &saved.agreements["buurtafspraak"];
    assert_eq!(
        a.description,
        "Bewoners en partners spreken elkaar eerst aan"
    );
    assert_eq!(a.partners, [first_partner]);
    let ids: Vec<&str> = saved.agreements.keys().map(|k| k.as_str()).collect();
    assert_eq!(ids[ids.len() - 2], "buurtafspraak");
    // Deleting one that safeguards interests takes it out of them.
    let row = tui
        .app
        .table_rows(Screen::Agreements)
        .iter()
        .position(|(_, id)| *id == "privacyconvenant")
        .unwrap();
    tui.app.rows[Screen::Agreements.index()] = row;
    tui.keys("d");
    let screen = tui.screen(120, 36);
    assert!(
        screen.contains("agreement `privacyconvenant` is referred to by partner `ggz`"),
        "{screen}"
    );
    tui.keys("y").keys("s");
    let saved = tui.saved();
    assert!(!saved.agreements.contains_key("privacyconvenant"));
    let names = saved
        .partners
        .values()
        .flat_map(|p| &p.interests)
        .flat_map(|i| &i.safeguarded_by);
    assert!(names.into_iter().all(|a| a != "privacyconvenant"));
    assert_no_errors(&saved);
    // The interests it guarded alone are unguarded now; Problems goes there.
    let warnings = keten::validate::validate(&saved);
    assert!(
        warnings
            .list
            .iter()
            .any(|d| d.code.as_str() == "unguarded-interest")
    );
}

#[test]
fn the_pulse_screen_and_problems_that_go_there() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    tui.keys("9");
    assert_eq!(tui.app.screen, Screen::Pulse);
    let screen = tui.screen(120, 36);
    assert!(screen.contains("2026-Q2, change since 2026-Q1"), "{screen}");
    assert!(screen.contains("Trust         ▆▄▆  3.9"), "{screen}");
    insta::assert_snapshot!("screen-pulse-veilige-wijk", screen);
    // A low score in the latest period is a problem; Enter goes to the pulse.
    let mut pulse = tui.app.doc.model().pulse.clone();
    let last = pulse.len() - 1;
    pulse[last].scores[0] = Some(1);
    tui.app
        .doc
        .apply(keten::edit::Edit::SetPulse(pulse))
        .unwrap();
    tui.keys("7");
    let screen = tui.screen(120, 36);
    assert!(screen.contains("pulse-low"), "{screen}");
    let row = tui
        .app
        .problems()
        .iter()
        .position(|d| d.code.as_str() == "pulse-low")
        .unwrap();
    tui.app.rows[Screen::Problems.index()] = row;
    tui.key(KeyCode::Enter);
    assert_eq!(tui.app.screen, Screen::Pulse);
    let screen = tui.screen(120, 36);
    assert!(screen.contains("!1"), "{screen}");
    tui.keys("s");
    assert_eq!(tui.saved().pulse[last].scores[0], Some(1));
}

/// The pulse form's values as shown, field by field.
fn pulse_form(tui: &Tui) -> Vec<String> {
    match &tui.app.dialog {
        Some(keten::tui::dialog::Dialog::Pulse(p)) => {
            p.form.fields.iter().map(|f| f.shown()).collect()
        }
        other => panic!("no pulse form open: {other:?}"),
    }
}

#[test]
fn a_partners_pulse_is_entered_changed_and_deleted_in_one_form_with_undo() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    let entries = tui.app.doc.model().pulse.len();
    // e on the second partner: its entry of the latest period, filled in.
    tui.keys("9j").keys("e");
    let screen = tui.screen(120, 36);
    insta::assert_snapshot!("screen-pulse-form-edit", screen);
    assert_eq!(
        pulse_form(&tui),
        [
            "2026-Q2",
            "Stichting Thuis in Sluisdam (woningcorporatie)",
            "4",
            "3",
            "4",
            "3",
            "4",
            "4",
            ""
        ]
    );
    // Trust down to 2, a note, saved in place.
    tui.key(KeyCode::Tab).key(KeyCode::Tab).ctrl('u');
    text(&mut tui, "2");
    for _ in 0..6 {
        tui.key(KeyCode::Tab);
    }
    text(&mut tui, "Ontruiming zonder overleg");
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    assert_eq!(saved.pulse.len(), entries);
    let e = saved
        .pulse
        .iter()
        .find(|e| e.period == "2026-Q2" && e.partner == "woningcorporatie")
        .unwrap();
    assert_eq!(
        e.scores,
        [Some(2), Some(3), Some(4), Some(3), Some(4), Some(4)]
    );
    assert_eq!(e.note, "Ontruiming zonder overleg");

    // a: a new entry; the partner scored the latest period, so the next one.
    tui.keys("a");
    assert_eq!(pulse_form(&tui)[0], "2026-Q3");
    // A bad score says what is allowed, and nothing is added.
    tui.key(KeyCode::Tab).key(KeyCode::Tab);
    text(&mut tui, "7");
    tui.key(KeyCode::Enter);
    let screen = tui.screen(120, 36);
    assert!(
        screen.contains(
            "Trust: `7` is not a score: give a whole number from 1 to 5, or leave it empty"
        ),
        "{screen}"
    );
    insta::assert_snapshot!("screen-pulse-form-bad-score", screen);
    tui.key(KeyCode::Backspace);
    text(&mut tui, "3");
    tui.key(KeyCode::Tab);
    text(&mut tui, "4");
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    assert_eq!(saved.pulse.len(), entries + 1);
    let last = saved.pulse.last().unwrap();
    assert_eq!(
        (last.period.as_str(), last.partner.as_str()),
        ("2026-Q3", "woningcorporatie")
    );
    assert_eq!(last.scores, [Some(3), Some(4), None, None, None, None]);
    assert_eq!(saved.pulse_latest().0, Some("2026-Q3"));

    // Undo takes the new entry out, redo puts it back.
    tui.keys("u").keys("s");
    assert_eq!(tui.saved().pulse.len(), entries);
    tui.ctrl('r').keys("s");
    assert_eq!(tui.saved().pulse.len(), entries + 1);

    // A second partner in the new period goes with it, before nothing else.
    tui.keys("k").keys("e");
    assert_eq!(pulse_form(&tui)[0], "2026-Q3", "the latest period");
    assert_eq!(pulse_form(&tui)[2], "", "nothing given there yet");
    tui.key(KeyCode::Tab).key(KeyCode::Tab);
    text(&mut tui, "5");
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    let q3: Vec<&str> = saved
        .pulse_of("2026-Q3")
        .map(|e| e.partner.as_str())
        .collect();
    assert_eq!(q3, ["woningcorporatie", "politie"]);

    // Typing the period and partner of an entry there fills the form with it.
    tui.keys("e").ctrl('u');
    text(&mut tui, "2026-Q1");
    assert_eq!(
        pulse_form(&tui)[2..],
        ["3", "3", "3", "3", "4", "4", ""],
        "politie in 2026-Q1"
    );
    tui.key(KeyCode::Tab).key(KeyCode::Right);
    let form = pulse_form(&tui);
    assert_eq!(form[1], "Stichting Thuis in Sluisdam (woningcorporatie)");
    assert_eq!(form[2..8], ["3", "3", "3", "3", "4", "3"]);
    tui.key(KeyCode::Esc);

    // d deletes the selected partner's entry of the latest period, after asking.
    tui.keys("d");
    let screen = tui.screen(120, 36);
    assert!(
        screen.contains("Delete the pulse of Politie basisteam Sluisdam in 2026-Q3? (y/n)"),
        "{screen}"
    );
    tui.keys("y").keys("s");
    let saved = tui.saved();
    let q3: Vec<&str> = saved
        .pulse_of("2026-Q3")
        .map(|e| e.partner.as_str())
        .collect();
    assert_eq!(q3, ["woningcorporatie"]);
    tui.keys("u").keys("s");
    assert_eq!(tui.saved().pulse_of("2026-Q3").count(), 2);
    assert_no_errors(&tui.saved());
}

/// The findings of a code on the problems screen, as drawn.
fn problems_with(tui: &mut Tui, code: &str) -> usize {
    tui.keys("7");
    let screen = tui.screen(120, 36);
    screen.matches(code).count()
}

#[test]
fn an_interests_safeguarding_agreements_are_picked_in_the_partner_form_in_order() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    let row = |tui: &Tui| {
        tui.app
            .table_rows(Screen::Partners)
            .iter()
            .position(|(_, id)| *id == "ggz")
            .unwrap()
    };
    assert_eq!(problems_with(&mut tui, "unguarded-interest"), 0);
    // A new interest, typed in the interests field: nothing safeguards it.
    tui.keys("2");
    tui.app.rows[Screen::Partners.index()] = row(&tui);
    tui.keys("e");
    for _ in 0..4 {
        tui.key(KeyCode::Tab);
    }
    tui.key(KeyCode::End);
    text(&mut tui, "; Bereikbaarheid buiten kantoortijd");
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    let interests = &saved.partners["ggz"].interests;
    assert_eq!(interests.len(), 3);
    assert_eq!(interests[0].safeguarded_by, ["rolverdeling"], "kept");
    assert!(interests[2].safeguarded_by.is_empty());
    assert_eq!(problems_with(&mut tui, "unguarded-interest"), 1);

    // Its safeguards: ← to it, Space opens the agreements with boxes.
    tui.keys("2").keys("e");
    for _ in 0..5 {
        tui.key(KeyCode::Tab);
    }
    tui.key(KeyCode::Left).key(KeyCode::Char(' '));
    let screen = tui.screen(120, 36);
    assert!(
        screen.contains("Agreements that safeguard “Bereikbaarheid buiten kantoortijd”"),
        "{screen}"
    );
    // Ticked in the user's order, not the list's.
    tui.key(KeyCode::Down).key(KeyCode::Down).keys(" ");
    tui.key(KeyCode::Up).key(KeyCode::Up).keys(" ");
    let screen = tui.screen(120, 36);
    insta::assert_snapshot!("screen-partner-form-safeguards", screen);
    assert!(
        screen.contains("[1] Procesregie op complexe casussen"),
        "{screen}"
    );
    assert!(screen.contains("[2] Privacyconvenant"), "{screen}");
    tui.key(KeyCode::Enter);
    let screen = tui.screen(120, 36);
    assert!(
        screen.contains("Bereikbaarheid buiten kantoortijd (3/3): 2 agreements"),
        "{screen}"
    );
    assert!(
        screen.contains("“Bereikbaarheid buiten kantoortijd” is safeguarded by: Procesregie op complexe casussen;"),
        "{screen}"
    );
    // Esc in the list goes back to the form and changes nothing.
    tui.key(KeyCode::Char(' '))
        .key(KeyCode::Down)
        .keys(" ")
        .key(KeyCode::Esc);
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    let interests = &saved.partners["ggz"].interests;
    assert_eq!(interests[2].name, "Bereikbaarheid buiten kantoortijd");
    assert_eq!(
        interests[2].safeguarded_by,
        ["procesregie", "privacyconvenant"]
    );
    assert_eq!(interests[1].safeguarded_by, ["privacyconvenant"], "kept");
    let written = std::fs::read_to_string(&tui.path).unwrap();
    assert!(
        written.contains(
            "      - name: Bereikbaarheid buiten kantoortijd\n        safeguarded_by: [procesregie, privacyconvenant]\n"
        ),
        "{written}"
    );
    assert_eq!(problems_with(&mut tui, "unguarded-interest"), 0);
    // Undo gives the interest back unguarded.
    tui.keys("u").keys("s");
    assert!(
        tui.saved().partners["ggz"].interests[2]
            .safeguarded_by
            .is_empty()
    );
    assert_no_errors(&tui.saved());
}

#[test]
fn the_list_of_agreements_scrolls_to_every_one() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    let at = tui.app.doc.model().agreements.len();
    for n in 1..=30 {
        let agreement = keten::model::Agreement {
            name: format!("Werkafspraak {n}"),
            ..Default::default()
        };
        tui.app
            .doc
            .apply(keten::edit::Edit::Put {
                entity: keten::edit::Entity::Agreement(
                    keten::model::Id::new(format!("werkafspraak-{n}")),
                    agreement,
                ),
                at: at + n - 1,
            })
            .unwrap();
    }
    tui.keys("2").keys("e");
    for _ in 0..5 {
        tui.key(KeyCode::Tab);
    }
    tui.key(KeyCode::Char(' '));
    // To the last one, past the bottom of the screen, and tick it.
    tui.key(KeyCode::PageDown).key(KeyCode::PageDown);
    for _ in 0..20 {
        tui.key(KeyCode::Down);
    }
    tui.key(KeyCode::Char(' '));
    let screen = tui.screen(120, 36);
    insta::assert_snapshot!("screen-partner-form-safeguards-scrolled", screen);
    assert!(
        screen.contains("[2] Werkafspraak 30 (werkafspraak-30)"),
        "{screen}"
    );
    assert!(screen.contains("of 36"), "{screen}");
    tui.key(KeyCode::Enter).key(KeyCode::Enter).keys("s");
    let first = tui.saved().partners[0].interests[0].safeguarded_by.clone();
    assert_eq!(first.last().unwrap(), "werkafspraak-30");
}

#[test]
fn problems_list_the_relational_warnings_and_enter_goes_to_each() {
    use keten::edit::{Edit, Entity};
    let mut tui = Tui::open("veilige-wijk.yaml");
    let m = tui.app.doc.model().clone();
    // An interest nothing safeguards, a low score, a partner without pulse.
    let mut om = m.partners["om"].clone();
    om.interests.push("Zicht op de afloop".into());
    let mut pulse = m.pulse.clone();
    let at = |p: &[keten::model::PulseEntry], who: &str| {
        p.iter()
            .position(|e| e.period == "2026-Q2" && e.partner == who)
            .unwrap()
    };
    let i = at(&pulse, "gemeente");
    pulse[i].scores[1] = Some(1);
    pulse.remove(at(&pulse, "wijkteam"));
    tui.app
        .doc
        .apply(Edit::Batch(vec![
            Edit::Replace(Entity::Partner("om".into(), om)),
            Edit::SetPulse(pulse),
        ]))
        .unwrap();
    tui.app.refresh();
    tui.keys("7");
    let screen = tui.screen(120, 36);
    for code in ["unguarded-interest", "pulse-low", "pulse-missing"] {
        assert_eq!(screen.matches(code).count(), 1, "{code}:\n{screen}");
    }
    insta::assert_snapshot!("screen-problems-relational", screen);
    let row_of = |tui: &Tui, code: &str| {
        tui.app
            .problems()
            .iter()
            .position(|d| d.code.as_str() == code)
            .unwrap()
    };
    let partner_row = |tui: &Tui, screen: Screen, id: &str| {
        tui.app
            .table_rows(screen)
            .iter()
            .position(|(_, p)| *p == id)
            .unwrap()
    };
    // The unguarded interest: its partner, whose form picks the safeguards.
    tui.app.rows[Screen::Problems.index()] = row_of(&tui, "unguarded-interest");
    tui.key(KeyCode::Enter);
    assert_eq!(tui.app.screen, Screen::Partners);
    assert_eq!(
        tui.app.rows[Screen::Partners.index()],
        partner_row(&tui, Screen::Partners, "om")
    );
    // The low score: the pulse, on the partner that gave it, so e opens it.
    tui.keys("7");
    tui.app.rows[Screen::Problems.index()] = row_of(&tui, "pulse-low");
    tui.key(KeyCode::Enter);
    assert_eq!(tui.app.screen, Screen::Pulse);
    assert_eq!(
        tui.app.rows[Screen::Pulse.index()],
        partner_row(&tui, Screen::Pulse, "gemeente")
    );
    // The missing pulse: the pulse, on the partner that gave none; entered
    // there, the warning goes.
    tui.keys("7");
    tui.app.rows[Screen::Problems.index()] = row_of(&tui, "pulse-missing");
    tui.key(KeyCode::Enter);
    assert_eq!(tui.app.screen, Screen::Pulse);
    assert_eq!(
        tui.app.rows[Screen::Pulse.index()],
        partner_row(&tui, Screen::Pulse, "wijkteam")
    );
    tui.keys("e");
    assert_eq!(pulse_form(&tui)[0], "2026-Q2");
    tui.key(KeyCode::Tab).key(KeyCode::Tab);
    text(&mut tui, "4");
    tui.key(KeyCode::Enter).keys("s");
    assert_eq!(problems_with(&mut tui, "pulse-missing"), 0);
    assert_eq!(tui.saved().pulse_of("2026-Q2").count(), 7);
}

/// The crisis-shelter chain: 6 partners, 4 phases, 11 steps, 13 labelled flows.
fn noodopvang() -> Tui {
    let tui = Tui::open_path(&root().join("tests/data/noodopvang.yaml"));
    let model = tui.app.doc.model();
    assert_eq!(
        (model.partners.len(), model.phases.len(), model.steps.len()),
        (6, 4, 11)
    );
    tui
}

#[test]
fn a_box_half_in_view_is_drawn_where_its_arrow_points() {
    let mut tui = noodopvang();
    tui.keys("g");
    text(&mut tui, "besluit");
    tui.key(KeyCode::Enter);
    assert_eq!(tui.app.focus.as_ref().unwrap(), "besluit");
    let screen = tui.screen(140, 40);
    // Every arrowhead on screen points at a box: the cell right of it is a
    // box's left edge.
    let rows: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    for (y, row) in rows.iter().enumerate() {
        for (x, &c) in row.iter().enumerate() {
            if c == '▶' && x + 1 < 102 {
                let next = row.get(x + 1).copied().unwrap_or(' ');
                assert_eq!(
                    next, '│',
                    "the arrow at {x},{y} points at no box:\n{screen}"
                );
            }
        }
    }
    assert!(screen.contains("Hal inrichten"), "{screen}");
    insta::assert_snapshot!("screen-noodopvang-besluit", screen);
}

/// The numbers written on flows on a screen (a run of digits beside a
/// line or an arrowhead): flows whose label is listed in a legend.
fn numbers_on(screen: &str) -> Vec<usize> {
    let line = |c: Option<&char>| c.is_some_and(|c| "─│┌┐└┘├┤┬┴┼▶◀".contains(*c));
    let mut out = Vec::new();
    for row in screen.lines() {
        let chars: Vec<char> = row.chars().collect();
        let mut x = 0;
        while x < chars.len() {
            if !chars[x].is_ascii_digit() {
                x += 1;
                continue;
            }
            let start = x;
            while x < chars.len() && chars[x].is_ascii_digit() {
                x += 1;
            }
            let before = start.checked_sub(1).and_then(|b| chars.get(b));
            if line(before) || line(chars.get(x)) {
                let digits: String = chars[start..x].iter().collect();
                out.push(digits.parse().unwrap());
            }
        }
    }
    out
}

#[test]
fn presentation_names_the_question_and_explains_every_number_on_screen() {
    let mut checked = 0;
    for path in models() {
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let mut tui = Tui::open(&name);
        tui.keys("P");
        for (w, h) in [(120, 36), (160, 45)] {
            let screen = tui.screen(w, h);
            let model = tui.app.doc.model();
            let first = screen.lines().next().unwrap();
            let question: String = model.client_question.chars().take(40).collect();
            assert!(first.starts_with(&question), "{name} {w}×{h}:\n{screen}");
            let layout = tui.app.doc.layout();
            let numbers = numbers_on(&screen);
            checked += numbers.len();
            for n in numbers {
                let r = layout
                    .references
                    .iter()
                    .find(|r| r.number == n)
                    .unwrap_or_else(|| panic!("{name}: no label numbered {n}"));
                let entry: String = format!("{n} {}", r.text).chars().take(20).collect();
                assert!(
                    screen.lines().skip(1).any(|l| l.contains(&entry)),
                    "{name} {w}×{h}: number {n} is not explained on screen:\n{screen}"
                );
            }
        }
    }
    assert!(checked > 0, "no numbered flow on any screen");
}

/// Whether the focused box is whole in the chain view.
fn focus_whole_in_view(tui: &Tui) -> bool {
    let layout = tui.app.doc.layout();
    let Some(b) = tui.app.focused_box().map(|b| &layout.boxes[b]) else {
        return false;
    };
    let view = keten::tui::viewport::Viewport::new(layout, tui.app.scroll, tui.app.view);
    view.clip(b.x, b.y, b.width, b.height)
        .is_some_and(|[_, _, w, h]| (w, h) == (b.width, b.height))
}

#[test]
fn every_zoom_level_and_orientation_moves_the_focus_and_keeps_it_in_view() {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let levels = keten::tui::zoom::LEVELS.len();
    for path in models() {
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let mut tui = Tui::open(&name);
        let steps = tui.app.doc.model().steps.len();
        for turn in 0..2 {
            for level in 0..levels {
                let screen = tui.screen(120, 36);
                assert_eq!(tui.app.zoom, level);
                assert!(
                    screen.contains(&format!("zoom {}/{levels}", level + 1)),
                    "{name}: the status line says the zoom level:\n{screen}"
                );
                // The arrows and n reach steps; each stays whole in view.
                let mut seen = std::collections::HashSet::new();
                let keys = [KeyCode::Right, KeyCode::Down, KeyCode::Left, KeyCode::Up];
                let mut random = 7u64;
                for _ in 0..8 * steps {
                    random = random
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    tui.key(keys[(random >> 33) as usize % 4]);
                    assert!(
                        focus_whole_in_view(&tui),
                        "{name} zoom {level} turn {turn}: the focus left the view"
                    );
                    seen.insert(tui.app.focus.clone().unwrap());
                }
                assert!(seen.len() > steps / 2, "{name}: the arrows reach the steps");
                let screen = tui.screen(120, 36);
                let focused = tui
                    .app
                    .doc
                    .model()
                    .steps
                    .get(tui.app.focus.as_ref().unwrap().as_str())
                    .unwrap();
                let word = focused.name.split(' ').next().unwrap();
                assert!(
                    screen.contains(word),
                    "{name}: the focused step on screen:\n{screen}"
                );
                // A click on a box in view focuses it.
                let layout = tui.app.doc.layout().clone();
                let view =
                    keten::tui::viewport::Viewport::new(&layout, tui.app.scroll, tui.app.view);
                let other = layout
                    .boxes
                    .iter()
                    .filter(|b| Some(&b.step) != tui.app.focus.as_ref())
                    .find_map(|b| {
                        let [x, y, w, h] = view.clip(b.x, b.y, b.width, b.height)?;
                        Some((b.step.clone(), x + w / 2, y + h / 2))
                    });
                if let Some((step, x, y)) = other {
                    let click = MouseEvent {
                        kind: MouseEventKind::Down(MouseButton::Left),
                        column: x as u16,
                        row: y as u16 + 1,
                        modifiers: KeyModifiers::NONE,
                    };
                    tui.app.mouse(click, (0, 1));
                    assert_eq!(tui.app.focus.as_ref(), Some(&step), "{name}: the click");
                }
                tui.keys("z");
            }
            assert_eq!(tui.app.zoom, levels - 1, "z stops at the overview");
            for _ in 0..levels {
                tui.keys("Z");
            }
            assert_eq!(tui.app.zoom, 0, "Z goes back to the detail");
            tui.keys("o");
        }
    }
}

// ---- everything in the format can be entered ----

#[test]
fn descriptions_and_notes_take_several_lines_typed_or_pasted() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    let step = tui.app.focus.clone().unwrap();
    tui.keys("e").ctrl('u');
    // A one-line field turns pasted line breaks into spaces.
    tui.app.paste("Hal\ninrichten");
    for _ in 0..5 {
        tui.key(KeyCode::Tab);
    }
    tui.ctrl('u');
    text(&mut tui, "Eerste regel");
    tui.app
        .key(KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT));
    text(&mut tui, "tweede");
    tui.ctrl('j');
    tui.app.paste("derde\r\nvierde");
    insta::assert_snapshot!("form-lines-description", tui.screen(120, 36));
    tui.key(KeyCode::Tab).ctrl('u');
    tui.app.paste("een\ntwee");
    insta::assert_snapshot!("form-lines-notes", tui.screen(120, 36));
    tui.key(KeyCode::Enter).keys("s");
    let text = std::fs::read_to_string(&tui.path).unwrap();
    assert!(
        text.contains(
            "description: |-\n      Eerste regel\n      tweede\n      derde\n      vierde\n"
        ),
        "{text}"
    );
    let saved = tui.saved();
    let step = saved.steps.get(step.as_str()).unwrap();
    assert_eq!(step.name, "Hal inrichten");
    assert_eq!(step.description, "Eerste regel\ntweede\nderde\nvierde");
    assert_eq!(step.notes, "een\ntwee");
}

#[test]
fn esc_on_a_changed_form_asks_before_throwing_the_changes_away() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    let step = tui.app.focus.clone().unwrap();
    let name = tui
        .app
        .doc
        .model()
        .steps
        .get(step.as_str())
        .unwrap()
        .name
        .clone();
    // Unchanged: Esc closes at once.
    tui.keys("e").key(KeyCode::Tab).key(KeyCode::Esc);
    assert!(tui.app.dialog.is_none());
    // Changed: Esc asks; n goes back to the form with the text kept.
    tui.keys("e").ctrl('u');
    text(&mut tui, "Hal inrichten");
    tui.key(KeyCode::Esc);
    insta::assert_snapshot!("form-discard-question", tui.screen(120, 36));
    tui.keys("n");
    assert!(tui.screen(120, 36).contains("Hal inrichten▏"));
    // Esc, y: closed, nothing changed; then the change saved after all.
    tui.key(KeyCode::Esc).keys("y");
    assert!(tui.app.dialog.is_none());
    assert_eq!(
        tui.app.doc.model().steps.get(step.as_str()).unwrap().name,
        name
    );
    tui.keys("e").ctrl('u');
    text(&mut tui, "Hal inrichten");
    tui.key(KeyCode::Enter).keys("s");
    assert_eq!(
        tui.saved().steps.get(step.as_str()).unwrap().name,
        "Hal inrichten"
    );
}

#[test]
fn undo_and_redo_say_what_they_took_back() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    let step = tui.app.focus.clone().unwrap();
    tui.keys("e").ctrl('u');
    text(&mut tui, "Hal inrichten");
    tui.key(KeyCode::Enter);
    tui.keys("u");
    assert_eq!(tui.app.status, "undone: changed step `Hal inrichten`");
    tui.ctrl('r');
    assert_eq!(tui.app.status, "redone: changed step `Hal inrichten`");
    tui.keys("u");
    tui.keys("u");
    assert!(
        tui.app.status.starts_with("nothing to undo"),
        "{}",
        tui.app.status
    );
    tui.ctrl('r');
    tui.keys("s");
    assert_eq!(
        tui.saved().steps.get(step.as_str()).unwrap().name,
        "Hal inrichten"
    );
}

#[test]
fn a_measurement_asks_its_period_following_the_kpi_and_can_be_changed_and_removed() {
    let mut tui = Tui::open("jeugdhulp-gezin.yaml");
    tui.keys("3j");
    let (_, kpi) = tui.app.table_rows(Screen::Goals)[1].clone();
    let before = tui.app.doc.model().kpis[&kpi].measurements.clone();
    // A 48-hour operation counts in hours: uur 12, uur 24, then uur 36.
    tui.keys("m").key(KeyCode::BackTab).ctrl('u');
    text(&mut tui, "uur 12");
    tui.key(KeyCode::Tab);
    text(&mut tui, "120");
    tui.key(KeyCode::Enter)
        .keys("m")
        .key(KeyCode::BackTab)
        .ctrl('u');
    text(&mut tui, "uur 24");
    tui.key(KeyCode::Tab);
    text(&mut tui, "130");
    tui.key(KeyCode::Enter).keys("m");
    insta::assert_snapshot!("measurement-form-next-period", tui.screen(120, 36));
    text(&mut tui, "140");
    tui.key(KeyCode::Tab);
    tui.app.paste("Na de avondploeg\nnog twee bedden vrij");
    tui.key(KeyCode::Enter);
    // M lists them: the first one changed, the second removed.
    tui.keys("M");
    insta::assert_snapshot!("measurement-list", tui.screen(120, 36));
    tui.key(KeyCode::Enter).ctrl('u');
    text(&mut tui, "6,5");
    tui.key(KeyCode::Enter);
    let uur_24 = before.len() + 1;
    tui.keys("M");
    for _ in 0..uur_24 {
        tui.key(KeyCode::Down);
    }
    tui.key(KeyCode::Enter).ctrl('u');
    insta::assert_snapshot!("measurement-form-remove", tui.screen(120, 36));
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    let list: Vec<(&str, f64, &str)> = saved.kpis[&kpi]
        .measurements
        .iter()
        .map(|m| (m.period.as_str(), m.value, m.note.as_str()))
        .collect();
    let mut expected: Vec<(&str, f64, &str)> = before
        .iter()
        .map(|m| (m.period.as_str(), m.value, m.note.as_str()))
        .collect();
    expected[0].1 = 6.5;
    expected.push(("uur 12", 120.0, ""));
    expected.push(("uur 36", 140.0, "Na de avondploeg\nnog twee bedden vrij"));
    assert_eq!(list, expected);
}

#[test]
fn a_large_model_shows_checking_until_its_problems_come_in() {
    // A chain long enough to be checked apart, with one step whose
    // partner nobody defined.
    let steps = keten::document::CHECK_APART;
    let mut text = String::from("keten: 1\nname: Lang\npartners:\n  a: { name: A }\nsteps:\n");
    for i in 0..steps {
        let partner = if i == 7 { "x" } else { "a" };
        let next = if i + 1 < steps {
            format!(", next: [s{}]", i + 1)
        } else {
            String::new()
        };
        text.push_str(&format!(
            "  s{i}: {{ name: S{i}, partner: {partner}{next} }}\n"
        ));
    }
    let dir = Dir::new();
    let mut tui = Tui::open_path(&dir.file("lang.yaml", &text));
    tui.keys("7");
    assert_eq!(tui.app.screen, Screen::Problems);
    let checking = tui.screen(100, 16);
    assert!(checking.contains("checking…"), "{checking}");
    insta::assert_snapshot!("large-checking", checking);
    while !tui.app.poll_check() {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let done = tui.screen(100, 16);
    assert!(!done.contains("checking…"), "{done}");
    assert!(done.contains("s7"), "{done}");
    insta::assert_snapshot!("large-checked", done);
}
