//! The editor's words in Dutch and English: every screen, form and
//! question drawn in one language holds no text of the other language's
//! catalogue, snapshots of the main screens in both, and no word in the
//! editor's source that does not come from the catalogue.

use keten::document::Document;
use keten::lang::{self, Lang};
use keten::tui::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::support::{Dir, root};

const MODEL: &str = "jeugdhulp-gezin.yaml";

/// An editor on a copy of a shipped model.
struct Editor {
    app: App,
    _dir: Dir,
    path: std::path::PathBuf,
}

impl Editor {
    fn open() -> Editor {
        let text = std::fs::read_to_string(root().join("models").join(MODEL)).unwrap();
        let dir = Dir::new();
        let path = dir.file(MODEL, &text);
        let model = keten::format::read_str(&text).model.unwrap();
        let app = App::new(Document::new(path.clone(), model, text));
        Editor {
            app,
            _dir: dir,
            path,
        }
    }

    fn key(&mut self, code: KeyCode) -> &mut Editor {
        let modifiers = match code {
            KeyCode::Char(c) if c.is_ascii_uppercase() => KeyModifiers::SHIFT,
            _ => KeyModifiers::NONE,
        };
        self.app.key(KeyEvent::new(code, modifiers));
        self
    }

    fn keys(&mut self, keys: &str) -> &mut Editor {
        for c in keys.chars() {
            self.key(KeyCode::Char(c));
        }
        self
    }

    fn esc(&mut self) -> &mut Editor {
        self.key(KeyCode::Esc)
    }

    fn screen(&mut self) -> String {
        let (width, height) = (120, 36);
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        self.app.resize(width, height);
        self.app.keep_focus_in_view();
        terminal
            .draw(|frame| keten::tui::view::draw(frame, &self.app))
            .unwrap();
        let buffer = terminal.backend().buffer().clone();
        let mut out = String::new();
        for y in 0..buffer.area.height {
            let line: String = (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect();
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }
}

/// Every main screen, the help, a form of each entity, the lists to
/// choose from and the questions, as they are drawn, with a name each.
fn every_view() -> Vec<(String, String)> {
    let mut views = Vec::new();
    let mut e = Editor::open();
    let mut shot = |e: &mut Editor, name: &str| views.push((name.to_string(), e.screen()));
    for k in 1..=9 {
        e.keys(&k.to_string());
        shot(&mut e, &format!("screen {k}"));
    }
    e.keys("1?");
    shot(&mut e, "help");
    e.esc();
    // A form of each entity, and its help.
    for (screen, keys, name) in [
        ("1", "e", "step form"),
        ("1", "a", "new step form"),
        ("2", "e", "partner form"),
        ("3", "e", "goal form"),
        ("3", "je", "KPI form"),
        ("3", "m", "measurement form"),
        ("4", "e", "role form"),
        ("5", "e", "phase form"),
        ("6", "e", "model form"),
        ("8", "e", "agreement form"),
        ("9", "e", "pulse form"),
    ] {
        e.keys(screen).keys(keys);
        shot(&mut e, name);
        e.key(KeyCode::F(1));
        shot(&mut e, &format!("{name}, its keys"));
        e.esc().esc();
    }
    // A form with an error, and the question before its changes go.
    e.keys("2e");
    e.app
        .key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    e.key(KeyCode::Enter);
    shot(&mut e, "form error");
    e.esc();
    shot(&mut e, "discard question");
    e.keys("y");
    // The lists to choose from.
    for (keys, name) in [("1/", "search"), ("1g", "go to"), ("1c", "connect")] {
        e.keys(keys);
        shot(&mut e, name);
        e.esc();
    }
    // The questions: delete, quit without saving, and their keys.
    e.keys("1d");
    shot(&mut e, "delete question");
    e.key(KeyCode::F(1));
    shot(&mut e, "question keys");
    e.esc().keys("n");
    e.keys("2J");
    shot(&mut e, "moved");
    e.keys("q");
    shot(&mut e, "quit question");
    e.keys("n");
    // Undo, and a save over a read-only file.
    e.keys("u");
    shot(&mut e, "undone");
    e.keys("J");
    let mut permissions = std::fs::metadata(&e.path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&e.path, permissions).unwrap();
    e.keys("s");
    shot(&mut e, "read-only question");
    e.keys("w");
    shot(&mut e, "save elsewhere");
    e.esc();
    // The chain zoomed out.
    e.keys("1zz");
    shot(&mut e, "zoomed out");
    // Settling the conflicts of a merge, its keys, and leaving it.
    let text = crate::tui::two_conflicts();
    let dir = Dir::new();
    let path = dir.file("merged.yaml", &text);
    let conflicted = keten::merge::conflict::Conflicted::read(&text).unwrap();
    let mut e = Editor {
        app: App::settling(path.clone(), text, conflicted),
        _dir: dir,
        path,
    };
    shot(&mut e, "settle");
    e.key(KeyCode::F(1));
    shot(&mut e, "settle keys");
    e.esc().keys("o");
    shot(&mut e, "settled one");
    e.keys("q");
    shot(&mut e, "leave question");
    views
}

/// The text of a language's editor messages that the other language never
/// uses: runs of three words (or fewer, where a message has fewer) between
/// their arguments with a word of three letters or more, found neither in
/// the other language's messages nor in the model (whose text is Dutch,
/// and may hold any word).
fn only_in(lang: Lang) -> Vec<String> {
    let other = match lang {
        Lang::En => Lang::Nl,
        Lang::Nl => Lang::En,
    };
    let model = std::fs::read_to_string(root().join("models").join(MODEL)).unwrap();
    let theirs: Vec<String> = lang::samples(other.catalogue())
        .into_iter()
        .map(|(_, text, _)| text)
        .collect();
    let mut out = Vec::new();
    for (_, text, given) in lang::editor::part_samples(lang.catalogue()) {
        let mut pieces = vec![text];
        for sample in &given {
            pieces = pieces
                .iter()
                .flat_map(|p| {
                    p.split(sample.as_str())
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                })
                .collect();
        }
        // A question or a hint wraps: three words in a row, each run
        // found on a line of the screen if the text is shown at all.
        for piece in pieces {
            let words: Vec<&str> = piece.split_whitespace().collect();
            for run in words.windows(3.min(words.len()).max(1)) {
                let run = run.join(" ");
                let run = run.trim_matches(|c: char| !c.is_alphanumeric());
                let word = run
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| w.chars().count() >= 3);
                if word
                    && !theirs.iter().any(|t| contains_word(t, run))
                    && !contains_word(&model, run)
                {
                    out.push(run.to_string());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Whether `text` holds `piece` with no letter or digit right before or
/// after it.
fn contains_word(text: &str, piece: &str) -> bool {
    text.match_indices(piece).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + piece.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn assert_speaks(lang: Lang) {
    let foreign = only_in(match lang {
        Lang::En => Lang::Nl,
        Lang::Nl => Lang::En,
    });
    assert!(foreign.len() > 100, "too few pieces: {foreign:?}");
    let views = lang::with(lang, every_view);
    let mut found = Vec::new();
    for (name, screen) in &views {
        for piece in &foreign {
            if contains_word(screen, piece) {
                found.push(format!("{name}: `{piece}`"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "words of the other language on {lang:?} screens:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_dutch_screen_form_and_question_holds_no_english_of_the_catalogue() {
    assert_speaks(Lang::Nl);
}

#[test]
fn every_english_screen_form_and_question_holds_no_dutch_of_the_catalogue() {
    assert_speaks(Lang::En);
}

#[test]
fn the_check_finds_a_word_of_the_other_language() {
    let english = only_in(Lang::En);
    for piece in [
        "Client question",
        "Goals & KPIs",
        "not measured yet",
        "Quit without saving",
        "Kind",
    ] {
        assert!(english.iter().any(|p| p == piece), "{piece}");
    }
    let dutch = only_in(Lang::Nl);
    for piece in ["Streefwaarde", "Stoppen zonder opslaan", "nog niet gemeten"] {
        assert!(dutch.iter().any(|p| p == piece), "{piece}");
    }
    assert!(contains_word("a Client question here", "Client question"));
    assert!(!contains_word("ketenpartners", "partner"));
}

#[test]
fn the_main_screens_in_both_languages() {
    for lang in Lang::ALL {
        lang::with(lang, || {
            let code = lang.code();
            let mut e = Editor::open();
            for (keys, name) in [
                ("1", "chain"),
                ("2", "partners"),
                ("7", "problems"),
                ("1?", "help"),
            ] {
                e.keys(keys);
                insta::assert_snapshot!(format!("{code}-{name}"), e.screen());
                e.esc();
            }
            e.keys("1e");
            insta::assert_snapshot!(format!("{code}-step-form"), e.screen());
            e.esc().keys("d");
            insta::assert_snapshot!(format!("{code}-delete-question"), e.screen());
            e.keys("n2Jq");
            insta::assert_snapshot!(format!("{code}-quit-question"), e.screen());
        });
    }
}

#[test]
fn a_dutch_question_takes_j_and_y_for_yes_and_an_english_one_only_y() {
    let deleted = |lang: Lang, key: char| {
        lang::with(lang, || {
            let mut e = Editor::open();
            let steps = e.app.doc.model().steps.len();
            e.keys("1d").keys(&key.to_string());
            e.app.doc.model().steps.len() < steps
        })
    };
    assert!(deleted(Lang::Nl, 'j'));
    assert!(deleted(Lang::Nl, 'y'));
    assert!(deleted(Lang::En, 'y'));
    assert!(!deleted(Lang::En, 'j'));
    assert!(!deleted(Lang::Nl, 'n'));
    // Esc cancels in both.
    for lang in Lang::ALL {
        lang::with(lang, || {
            let mut e = Editor::open();
            let steps = e.app.doc.model().steps.len();
            e.keys("1d").esc();
            assert_eq!(e.app.doc.model().steps.len(), steps);
            assert!(e.app.dialog.is_none());
        });
    }
}

#[test]
fn counts_read_right_in_both_languages() {
    let counts = |lang| lang::with(lang, || lang::t::overview_counts(1, 1, 0, 1, 2, 1));
    assert_eq!(
        counts(Lang::En),
        "1 partner, 1 step, 0 goals, 1 KPI, 2 roles, 1 phase"
    );
    assert_eq!(
        counts(Lang::Nl),
        "1 ketenpartner, 1 stap, 0 doelen, 1 KPI, 2 rollen, 1 fase"
    );
}

/// Literals in the editor's source that hold letters and are no word a
/// user reads: keys of the file format and of lookups, key names, file
/// names, and the values a proposed period takes.
const NOT_WORDS: &[&str] = &[
    // The file format's keys, and values the catalogue looks up.
    "allow",
    "ambition",
    "better",
    "client_question",
    "client question",
    "compact",
    "contact",
    "contribution",
    "description",
    "detail",
    "director",
    "goal",
    "higher",
    "id",
    "interests",
    "kind",
    "lower",
    "name",
    "narrow",
    "note",
    "notes",
    "overview",
    "owner",
    "partner",
    "partners",
    "period",
    "phase",
    "pulse",
    "role",
    "safeguarded_by",
    "interest_note",
    "step",
    "target",
    "unit",
    "value",
    // Key names and key labels.
    "Alt-{base}",
    "Backspace",
    "C-r",
    "Ctrl-{base}",
    "Del",
    "End",
    "Enter",
    "Esc",
    "F{n}",
    "Home",
    "PgDn",
    "PgUp",
    "S-Tab",
    "Shift-Tab",
    "Space",
    "Tab",
    // File names and a test's switch.
    "model.yaml",
    "{name}.mine.yaml",
    "{name}.mine-{n}.yaml",
    "model",
    "HOME",
    "{name}.recovered.yaml",
    "KETEN_TEST_PANIC",
    "a panic asked for by KETEN_TEST_PANIC",
    // The README's key table, which is English.
    "| keys | what they do |\\n| --- | --- |\\n",
];

/// The string literals of a Rust source before its tests, with comments
/// left out.
fn literals(source: &str) -> Vec<String> {
    let source = source.split("#[cfg(test)]").next().unwrap_or("");
    let chars: Vec<char> = source.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            // A char literal ('x', '\''); a lifetime has no closing quote.
            '\'' if chars.get(i + 1) == Some(&'\\') => i += 4,
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 3,
            '"' => {
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        text.push(chars[i]);
                        i += 1;
                    }
                    text.push(chars[i]);
                    i += 1;
                }
                out.push(text);
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

#[test]
fn the_editors_source_shows_no_word_that_is_not_from_the_catalogue() {
    let mut files = Vec::new();
    let mut dirs = vec![root().join("src/tui")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 20);
    let mut words = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        for literal in literals(&source) {
            // Letters outside `{…}` placeholders, three or more in a row.
            let mut bare = String::new();
            let mut depth = 0;
            for c in literal.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    c if depth == 0 => bare.push(c),
                    _ => {}
                }
            }
            let word = bare
                .split(|c: char| !c.is_alphabetic())
                .any(|w| w.chars().count() >= 3);
            if word && !NOT_WORDS.contains(&literal.as_str()) {
                words.push(format!("{}: \"{literal}\"", path.display()));
            }
        }
    }
    assert!(
        words.is_empty(),
        "words in the editor's source that the catalogue (src/lang) should give:\n{}",
        words.join("\n")
    );
    assert_eq!(
        literals("let a = \"one\"; // \"two\"\nlet c = '\"'; f(\"{x} three\");"),
        ["one", "{x} three"]
    );
}
