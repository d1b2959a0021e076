//! The trial of entering a whole model through the editor's keys alone:
//! the crisis-shelter chain of `tests/data/noodopvang-volledig.yaml`
//! (11 steps, 6 partners, 4 phases, 4 roles, 13 labelled flows, 3 goals,
//! 3 KPIs, 6 measurements) from `keten new`, counting the keys beyond
//! the text typed. The saved file, its ids renamed to the reference's
//! (the ids the user let keten choose), shows no difference by keten's
//! own diff.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use keten::edit::Edit;
use keten::model::{Id, Model, Section};

use crate::tui::Tui;

/// The editor with two counters: the keys, and the characters of the
/// model's text.
struct Trial {
    tui: Tui,
    keys: usize,
    text: usize,
}

impl Trial {
    /// The model's own text: names, labels, values.
    fn text(&mut self, s: &str) -> &mut Trial {
        self.text += s.chars().count();
        for c in s.chars() {
            self.tui.key(KeyCode::Char(c));
        }
        self
    }

    /// Keys that are not the model's text: commands, and the letters typed
    /// to narrow a list.
    fn keys(&mut self, s: &str) -> &mut Trial {
        for c in s.chars() {
            self.key(KeyCode::Char(c));
        }
        self
    }

    fn key(&mut self, code: KeyCode) -> &mut Trial {
        self.keys += 1;
        self.tui.key(code);
        self
    }

    fn ctrl(&mut self, c: char) -> &mut Trial {
        self.keys += 1;
        self.tui
            .app
            .key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
        self
    }

    fn tab(&mut self, n: usize) -> &mut Trial {
        for _ in 0..n {
            self.key(KeyCode::Tab);
        }
        self
    }

    fn enter(&mut self) -> &mut Trial {
        self.key(KeyCode::Enter)
    }

    /// Nothing open over the screens (a check between the parts).
    #[track_caller]
    fn idle(&mut self) -> &mut Trial {
        assert!(
            self.tui.app.dialog.is_none(),
            "{}",
            self.tui.screen(120, 40)
        );
        self
    }
}

/// The model with its ids renamed to those of the entities of the same
/// name in `reference` (references follow, by keten's own rename).
fn ids_as_in(model: &Model, reference: &Model) -> Model {
    let mut model = model.clone();
    for section in [
        Section::Phases,
        Section::Partners,
        Section::Roles,
        Section::Goals,
        Section::Kpis,
        Section::Steps,
    ] {
        let pairs: Vec<(Id, Id)> = model
            .ids(section)
            .filter_map(|id| {
                let name = model.name_of(section, id.as_str());
                let theirs = reference
                    .ids(section)
                    .find(|r| reference.name_of(section, r.as_str()) == name)?;
                Some((id.clone(), theirs.clone()))
            })
            .collect();
        // Through ids of their own first, so no two meet halfway.
        for (k, (from, _)) in pairs.iter().enumerate() {
            let to = Id::new(format!("trial-{k}"));
            Edit::Rename {
                section,
                from: from.clone(),
                to,
            }
            .apply(&mut model)
            .unwrap();
        }
        for (k, (_, to)) in pairs.iter().enumerate() {
            let from = Id::new(format!("trial-{k}"));
            Edit::Rename {
                section,
                from,
                to: to.clone(),
            }
            .apply(&mut model)
            .unwrap();
        }
    }
    model
}

#[test]
fn the_crisis_shelter_model_is_entered_from_keten_new_with_few_keys_beyond_its_text() {
    let reference_path = crate::support::root().join("tests/data/noodopvang-volledig.yaml");
    let reference_text = std::fs::read_to_string(&reference_path).unwrap();
    let reference = keten::format::read_str(&reference_text).model.unwrap();
    // `keten new --empty` with the model's name: only the name.
    let dir = crate::support::Dir::new();
    let new = keten::commands::new::empty("Noodopvang Zuiderhaven");
    let starter = keten::format::write(&new);
    let path = dir.file("noodopvang.yaml", &starter);
    let app = keten::tui::App::new(keten::document::Document::new(path.clone(), new, starter));
    let mut t = Trial {
        tui: Tui { app, dir, path },
        keys: 0,
        text: "Noodopvang Zuiderhaven".chars().count(),
    };

    // Phases, one after another (Ctrl-n: added, and the next one's form).
    t.keys("5a").text("Alarmering");
    for phase in ["Besluitvorming", "Inrichting", "Opvang"] {
        t.ctrl('n').text(phase);
    }
    t.enter().idle();

    // Partners, one after another in their order.
    t.keys("2a").text("Veiligheidsregio Zuiderhaven");
    for partner in [
        "COA, locatie Zuiderhaven",
        "Gemeente Zuiderhaven, crisisteam",
        "Sportbedrijf Zuiderhaven",
        "Rode Kruis, afdeling Zuiderhaven",
        "GGD Zuiderhaven",
    ] {
        t.ctrl('n').text(partner);
    }
    t.enter().idle();

    // The model: its client question and its director.
    t.keys("6e").tab(1);
    t.text("Wij staan vannacht met dertig mensen op straat; waar kunnen we slapen?");
    t.tab(3).keys("g").enter().idle();

    // The chain: each step is added after the one it comes from (A: in
    // the next phase), its flow's label asked; Ctrl-n on the label opens
    // the next step after it. A role is made by typing its name in the
    // step's role field; the partner's only role is taken after that.
    t.keys("1").idle();
    t.keys("a")
        .text("Melding noodopvang ontvangen")
        .tab(1)
        .keys("v")
        .tab(1)
        .text("Operationeel leider")
        .enter()
        .idle();
    // A step's form: its name, its partner by letters, a new role.
    let form = |t: &mut Trial, name: &str, partner: &str, role: &str| {
        t.text(name);
        if !partner.is_empty() {
            t.tab(1).keys(partner);
        }
        if !role.is_empty() {
            t.tab(1).text(role);
        }
        t.enter();
    };
    // A step added (`add`), its label, done.
    let step = |t: &mut Trial, add: &str, name: &str, partner: &str, role: &str, label: &str| {
        t.keys(add);
        form(t, name, partner, role);
        t.text(label).enter().idle();
    };
    let connect = |t: &mut Trial, to: &str, label: &str| {
        t.keys("c").keys(to).enter().text(label).enter().idle();
    };
    step(
        &mut t,
        "A",
        "Besluit noodopvang",
        "g",
        "Crisiscoördinator",
        "situatieschets",
    );
    t.keys("p");
    step(
        &mut t,
        "a",
        "Opvangcapaciteit peilen",
        "c",
        "Locatiemanager",
        "aanvraag capaciteit",
    );
    connect(&mut t, "b", "beschikbare plekken");
    t.keys("n");
    // One after another: each label's Ctrl-n opens the next step's form.
    t.keys("A");
    form(&mut t, "Hal inrichten", "s", "");
    t.text("opdracht inrichting").ctrl('n');
    form(&mut t, "Opvang openen", "g", "");
    t.text("hal gereed").ctrl('n');
    form(&mut t, "Bewoners registreren", "c", "");
    t.text("eerste bus").ctrl('n');
    form(&mut t, "Medische screening", "gg", "");
    t.text("bewonerslijst").ctrl('n');
    form(&mut t, "Doorplaatsen naar reguliere opvang", "c", "");
    t.text("screeningsuitslag").enter().idle();
    t.keys("gb").enter().idle();
    step(
        &mut t,
        "A",
        "Vrijwilligers oproepen",
        "r",
        "Teamleider noodhulp",
        "inzetverzoek",
    );
    step(
        &mut t,
        "a",
        "Bedden en dekens plaatsen",
        "",
        "",
        "ploeg van twintig",
    );
    connect(&mut t, "ope", "slaapplekken klaar");
    t.keys("pp");
    step(
        &mut t,
        "A",
        "Medische post inrichten",
        "gg",
        "",
        "verzoek medische post",
    );
    connect(&mut t, "ope", "post bemand");

    // Goals with their partners ticked in order by typing (letters find
    // a partner, Space ticks it; Enter ticks the one found and adds),
    // each with its KPI and the KPI's measurements.
    t.keys("3");
    let goal = |t: &mut Trial, name: &str, partners: &[&str]| {
        t.keys("A").text(name).tab(1);
        let (last, before) = partners.split_last().unwrap();
        for p in before {
            t.keys(p).keys(" ");
        }
        t.keys(last).enter().idle();
    };
    // A KPI added on its goal's row: the goal's first partner owns it.
    let kpi = |t: &mut Trial, name: &str, unit: &str, target: &str| {
        t.keys("a").text(name).tab(1).text(unit).tab(1).text(target);
        t.enter().idle();
    };
    goal(&mut t, "Iedereen slaapt vannacht onder dak", &["g", "c"]);
    kpi(&mut t, "Mensen met een slaapplek", "mensen", "30");
    // The first period of all is typed over the one proposed; then the
    // value first, its period typed over (Shift-Tab back to it).
    t.keys("m").text("uur 12").tab(1).text("18").ctrl('n');
    t.key(KeyCode::BackTab)
        .text("uur 24")
        .tab(1)
        .text("30")
        .enter()
        .idle();
    goal(&mut t, "Zorg voor wie dat nodig heeft", &["gg", "r"]);
    kpi(&mut t, "Bewoners medisch gescreend", "%", "100");
    // The periods the other KPI measured are proposed.
    t.keys("m").text("40").ctrl('n').text("95").enter().idle();
    goal(&mut t, "Binnen 48 uur een vervolgplek", &["c"]);
    kpi(&mut t, "Bewoners doorgeplaatst", "mensen", "30");
    t.keys("m")
        .key(KeyCode::BackTab)
        .text("uur 24")
        .tab(1)
        .text("8")
        .ctrl('n');
    t.key(KeyCode::BackTab)
        .text("uur 48")
        .tab(1)
        .text("27")
        .enter()
        .idle();
    t.keys("s");

    let saved = t.tui.saved();
    let changes = keten::diff::diff(&reference, &ids_as_in(&saved, &reference));
    assert!(
        changes.is_empty(),
        "beyond the ids keten chose, the saved model differs:\n{}",
        keten::diff::summary(&reference, &saved, &changes)
    );
    eprintln!(
        "the trial: {} keys beyond {} characters of text",
        t.keys, t.text
    );
    assert!(t.keys <= 147, "{} keys beyond the text", t.keys);
}
