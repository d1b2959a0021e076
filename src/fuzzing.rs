//! The checks behind keten's fuzz targets (`fuzz/`), kept here so that the
//! test suite replays every saved input through the same code without
//! fuzzing. Each function takes arbitrary bytes and panics only where keten
//! is wrong: a panic inside keten, or a promise broken (a model that loads
//! and does not write back the same, a line wider than the page, a raw
//! control character in a drawing).

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use crate::document::Document;
use crate::format::{check_str, read_str, write};
use crate::layout::{Density, Options, Orientation, layout};
use crate::model::Model;
use crate::render::text::{TextOptions, draw_string};
use crate::tui::App;
use crate::tui::dialog::Dialog;
use crate::tui::input::TextInput;
use crate::tui::message::Purpose;

/// The model the editor opens when the input holds none that loads.
const SMALL: &str = "\
keten: 1
name: Proef
client_question: Wat vraagt de cliënt?
director: a
partners:
  a: { name: Gemeente, contribution: Regie. }
  b: { name: Wijkteam, contribution: Hulp. }
steps:
  s1: { name: Melding, partner: a, next: [s2] }
  s2: { name: Hulp, partner: b }
";

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A model from text that reads without errors.
fn usable(text: &str) -> Option<Model> {
    let loaded = read_str(text);
    if loaded.has_errors() {
        return None;
    }
    loaded.model
}

/// Load and check arbitrary bytes: reading never panics.
pub fn load(bytes: &[u8]) {
    let text = text(bytes);
    let _ = read_str(&text);
    let loaded = check_str(&text);
    if let Some(model) = &loaded.model {
        let _ = crate::validate::validate(model);
    }
}

/// Any model that loads writes, reads back equal and writes the same bytes.
pub fn round_trip(bytes: &[u8]) {
    let Some(model) = usable(&text(bytes)) else {
        return;
    };
    assert_written(&model);
}

#[track_caller]
fn assert_written(model: &Model) {
    let once = write(model);
    let loaded = read_str(&once);
    assert!(
        !loaded.has_errors(),
        "the written text reads back without errors: {:?}\n{once}",
        loaded.findings
    );
    let again = loaded.model.expect("the written text holds a model");
    assert_eq!(&again, model, "load, write, load gives the same model");
    assert_eq!(write(&again), once, "writing twice gives the same bytes");
}

/// Layout and text drawing at a width of 1 to 300 cells, from the first
/// two bytes; the third chooses the options (lanes, room, ASCII, KPIs,
/// the orientation and the density of boxes). No line is wider than the
/// page (the drawing's page is at least 40 cells) and no control character
/// but the line break is in a drawing without colour.
pub fn render(bytes: &[u8]) {
    let (head, rest) = bytes.split_at(bytes.len().min(3));
    let mut head = head.to_vec();
    head.resize(3, 0);
    let width = 1 + usize::from(u16::from_le_bytes([head[0], head[1]])) % 300;
    let flags = head[2];
    let Some(model) = read_str(&text(rest)).model else {
        return;
    };
    let options = Options {
        all_lanes: flags & 1 != 0,
        spacious: flags & 2 != 0,
        orientation: if flags & 16 != 0 {
            Orientation::Down
        } else {
            Orientation::Right
        },
        density: if flags & 32 != 0 {
            Density::Compact
        } else {
            Density::Detail
        },
        ..Options::default()
    };
    let picture = layout(&model, &options);
    let text_options = TextOptions {
        width,
        ascii: flags & 4 != 0,
        color: false,
        kpis: flags & 8 != 0,
    };
    let drawing = draw_string(&model, &picture, &text_options);
    let page = width.max(40);
    for line in drawing.text.lines() {
        assert!(
            crate::text::width(line) <= page,
            "a line wider than {page} cells: {line:?}"
        );
        assert!(
            !line.chars().any(char::is_control),
            "a control character in the drawing: {line:?}"
        );
    }
    // Colour adds escape sequences only; it must not panic either.
    let colored = TextOptions {
        color: true,
        ..text_options
    };
    let _ = draw_string(&model, &picture, &colored);
}

/// Three models separated by NUL bytes: base, ours, theirs. Where all three
/// load, the merge's model writes and reads back equal, and so does the
/// model settled as theirs.
pub fn merge(bytes: &[u8]) {
    let mut parts = bytes.splitn(3, |b| *b == 0);
    let (Some(base), Some(ours), Some(theirs)) = (parts.next(), parts.next(), parts.next()) else {
        return;
    };
    let (Some(base), Some(ours), Some(theirs)) = (
        usable(&text(base)),
        usable(&text(ours)),
        usable(&text(theirs)),
    ) else {
        return;
    };
    let merged = crate::merge::merge(&base, &ours, &theirs);
    assert_written(&merged.model);
    assert_written(&merged.theirs);
    let _ = merged.text();
}

/// The most events the editor target takes from one input: enough to open
/// a dialog, type and confirm, few enough that an input runs in
/// milliseconds, so the fuzzer tries many.
pub const EDITOR_EVENTS: usize = 64;

/// The largest model, in bytes, the editor target opens; a larger one is
/// the load and render targets' work, and here only slows every event down.
pub const EDITOR_MODEL_BYTES: usize = 4096;

/// The editor fed events: a model (or a small one where it does not load
/// or is larger than [`EDITOR_MODEL_BYTES`]), a NUL byte, then up to
/// [`EDITOR_EVENTS`] events of four bytes each (keys, mouse, paste,
/// resize), the screen drawn to a test backend after every one. Saving goes
/// to a temporary folder, and so does save-as.
pub fn editor(bytes: &[u8]) {
    let (model_bytes, events) = match bytes.iter().position(|b| *b == 0) {
        Some(at) => (&bytes[..at], &bytes[at + 1..]),
        None => (bytes, &[][..]),
    };
    let mut source = text(model_bytes);
    let opened = if model_bytes.len() <= EDITOR_MODEL_BYTES {
        usable(&source)
    } else {
        None
    };
    let model = match opened {
        Some(model) => model,
        None => {
            source = SMALL.to_string();
            usable(SMALL).expect("the small model loads")
        }
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("model.yaml");
    std::fs::write(&path, &source).expect("the model file is written");
    let other = dir.path().join("other.yaml");
    let mut app = App::new(Document::new(path, model, source));
    let (mut width, mut height) = (120u16, 36u16);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    draw(&mut terminal, &mut app, width, height);
    for event in events.chunks(4).take(EDITOR_EVENTS) {
        keep_in(&mut app, &other);
        let mut e = [0u8; 4];
        e[..event.len()].copy_from_slice(event);
        match e[0] % 16 {
            0..=9 => app.key(KeyEvent::new(key_code(e[1], e[2]), modifiers(e[3]))),
            10..=12 => app.mouse(mouse(e), (0, 1)),
            13 => app.paste(&text(&e[1..])),
            14 => {
                width = 1 + u16::from(e[1]) % 200;
                height = 1 + u16::from(e[2]) % 80;
                terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
            }
            _ => app.refresh(),
        }
        if app.quit {
            break;
        }
        draw(&mut terminal, &mut app, width, height);
    }
    drop(app);
    drop(dir);
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &mut App, width: u16, height: u16) {
    app.resize(width, height);
    app.keep_focus_in_view();
    terminal
        .draw(|frame| crate::tui::view::draw(frame, app))
        .expect("a test terminal draws");
}

/// A save-as prompt always proposes a file in the temporary folder.
fn keep_in(app: &mut App, other: &std::path::Path) {
    if let Some(Dialog::Prompt(prompt)) = &mut app.dialog {
        if prompt.purpose == Purpose::SaveAs {
            prompt.input = TextInput::new(&other.display().to_string());
        }
    }
}

fn key_code(a: u8, b: u8) -> KeyCode {
    match a % 32 {
        0 => KeyCode::Enter,
        1 => KeyCode::Esc,
        2 => KeyCode::Backspace,
        3 => KeyCode::Tab,
        4 => KeyCode::BackTab,
        5 => KeyCode::Up,
        6 => KeyCode::Down,
        7 => KeyCode::Left,
        8 => KeyCode::Right,
        9 => KeyCode::Home,
        10 => KeyCode::End,
        11 => KeyCode::PageUp,
        12 => KeyCode::PageDown,
        13 => KeyCode::Delete,
        14 => KeyCode::Insert,
        15 => KeyCode::F(1 + b % 12),
        16 => KeyCode::Char(
            ['é', 'ß', '€', '\u{202e}', '\u{1b}', '中', ' ', '\u{7f}'][usize::from(b % 8)],
        ),
        _ => KeyCode::Char(char::from(b' ' + b % 95)),
    }
}

fn modifiers(m: u8) -> KeyModifiers {
    let mut out = KeyModifiers::NONE;
    if m & 1 != 0 {
        out |= KeyModifiers::SHIFT;
    }
    if m & 2 != 0 {
        out |= KeyModifiers::CONTROL;
    }
    if m & 4 != 0 {
        out |= KeyModifiers::ALT;
    }
    out
}

fn mouse(e: [u8; 4]) -> MouseEvent {
    let button =
        [MouseButton::Left, MouseButton::Right, MouseButton::Middle][usize::from(e[1] % 3)];
    let kind = match (e[1] / 3) % 9 {
        0 => MouseEventKind::Down(button),
        1 => MouseEventKind::Up(button),
        2 => MouseEventKind::Drag(button),
        3 => MouseEventKind::Moved,
        4 => MouseEventKind::ScrollDown,
        5 => MouseEventKind::ScrollUp,
        6 => MouseEventKind::ScrollLeft,
        7 => MouseEventKind::ScrollRight,
        _ => MouseEventKind::Down(MouseButton::Left),
    };
    MouseEvent {
        kind,
        column: u16::from(e[2]),
        row: u16::from(e[3]),
        modifiers: KeyModifiers::NONE,
    }
}
