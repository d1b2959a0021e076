//! Entering a model at workshop speed: key sequences on the editor that
//! end in the saved file (pickers that filter, a goal's partners in a
//! list that scrolls, a step added after another, interests' notes,
//! search, saving elsewhere, the mouse, the text keys, the trial).

use keten::tui::app::Screen;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::tui::{Tui, text};

#[test]
fn a_goals_partners_are_ticked_in_a_list_that_shows_them_all_in_order() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    let partners: Vec<_> = tui.app.doc.model().partners.keys().cloned().collect();
    assert!(partners.len() > 4);
    tui.keys("3A");
    text(&mut tui, "Snelle hulp");
    tui.key(KeyCode::Tab).key(KeyCode::Tab).key(KeyCode::Tab);
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
    tui.key(KeyCode::Tab).key(KeyCode::Tab);
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
    // The role: → takes the first, the partner's own.
    tui.key(KeyCode::Right);
    tui.key(KeyCode::Tab);
    // The phase by a word inside its name.
    let (phase, name) = {
        let m = tui.app.doc.model();
        let (id, p) = m.phases.iter().last().unwrap();
        (id.clone(), p.name.clone())
    };
    let word = name.split_whitespace().last().unwrap().to_lowercase();
    text(&mut tui, &word);
    tui.key(KeyCode::Enter).keys("s");
    let saved = tui.saved();
    let step = saved.steps.get("signaal-bespreken").expect("the step is saved");
    assert_eq!(step.partner, "ggz");
    assert_eq!(step.role.as_ref().unwrap(), "bemoeizorgmedewerker");
    assert_eq!(step.phase.as_ref(), Some(&phase));
}

#[test]
fn a_choice_typed_into_goes_along_its_matches_and_shows_when_nothing_matches() {
    let mut tui = Tui::open("veilige-wijk.yaml");
    tui.keys("4a");
    text(&mut tui, "Buurtbemiddelaar");
    tui.key(KeyCode::Tab).key(KeyCode::Tab);
    text(&mut tui, "zzz");
    let screen = tui.screen(110, 36);
    assert!(screen.contains("(nothing matches)"), "{screen}");
    tui.ctrl('u');
    // "ge" starts "gemeente" and a word of another: → goes to the next.
    text(&mut tui, "gemeente");
    tui.key(KeyCode::Enter).keys("s");
    assert_eq!(tui.saved().roles["buurtbemiddelaar"].partner, "gemeente");
}

/// A key with modifiers.
pub(crate) fn press(tui: &mut Tui, code: KeyCode, modifiers: KeyModifiers) {
    tui.app.key(KeyEvent::new(code, modifiers));
}

#[allow(dead_code)]
fn screen_is(tui: &Tui, screen: Screen) -> bool {
    tui.app.screen == screen
}
