//! The editor: `keten edit FILE` (and plain `keten FILE`) opens a model
//! full-screen to read and change it live, in a workshop. It works on a
//! [`Document`] (the model, its versions, the file) and knows nothing of
//! the command line.
//!
//! - `app.rs`: the state, and how keys and dialogs' answers change it;
//!   `ask.rs` (what is asked before a change, and the answers) and
//!   `navigate.rs` (focus, rows, the mouse) and `after.rs` (a step added
//!   after another, connected from it) and `elsewhere.rs` (saving to
//!   another file when the file cannot be written) and `search.rs` (`/`
//!   and `g`) are more of its methods.
//! - `screen.rs`: the screens, in Tab order.
//! - `keymap.rs`: every key in tables, one per layer (the screens, each
//!   dialog, typing; the dialogs' tables in `keymap/layers.rs`); the help,
//!   the hints and the README come from them, what a key does from the
//!   catalogue ([`crate::lang::t`]).
//! - `dialog/`: the question, the line to type and the list to choose
//!   from; each owns its keys and answers with a message (`message.rs`).
//!   `form.rs`: the form of each entity, a dialog too. `help.rs`: the keys
//!   of what is open.
//! - `live.rs`: several editors on one file: what came in from disk,
//!   autosave, following, git's pull and push.
//! - `input.rs`: a line of text with a cursor counted in cells;
//!   `filter.rs`: what typing into a list to choose from matches.
//! - `index.rs`: the layout's boxes and flows ordered for the lookups of
//!   every key and frame, built once per layout.
//! - `viewport.rs`: which part of the chain's picture the chain view
//!   shows, for the drawing, the focus and the mouse alike.
//! - `zoom.rs`: zoom levels, which way the chain runs, and the picture
//!   presentation mode fits to the screen.
//! - `view/`: drawing, one file per part (chain, tables, dialogs); the
//!   chain view draws the shared layout.
//!
//! The terminal is restored on every exit, panics included; a panic also
//! writes the unsaved model to a recovery file beside the original.

mod after;
pub mod app;
mod ask;
pub mod dialog;
mod elsewhere;
pub mod filter;
pub mod form;
pub mod help;
pub mod index;
pub mod input;
pub mod keymap;
mod live;
pub mod message;
mod navigate;
pub mod screen;
mod search;
pub mod view;
pub mod viewport;
pub mod words;
pub mod zoom;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyCode, KeyEventKind,
};
use ratatui::crossterm::execute;

pub use app::App;
pub use ask::next_period;
pub use dialog::pulse::pulse_form_keys;
pub use form::form_keys;
pub use live::Live;

use crate::document::Document;
use crate::edit::Version;
use crate::lang::t;
use crate::merge::conflict::Conflicted;
use crate::model::Model;

/// Where the unsaved model of `path` goes after a crash.
pub fn recovery_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "model.yaml".into());
    path.with_file_name(format!("{name}.recovered.yaml"))
}

/// Edits a document in the terminal until the user quits.
pub fn run(doc: Document) -> std::io::Result<()> {
    run_app(App::new(doc))
}

/// Edits (or follows) a document among other editors of its file.
pub fn run_live(doc: Document, live: Live) -> std::io::Result<()> {
    let mut app = App::new(doc);
    app.doc.set_author(live.author.clone());
    app.live = live;
    app.autosave();
    run_app(app)
}

/// Settles the conflicts of a file with a merge's markers in the
/// terminal, then edits the clean model until the user quits.
pub fn settle(
    path: PathBuf,
    text: String,
    conflicted: Conflicted,
    live: Live,
) -> std::io::Result<()> {
    let mut app = App::settling(path, text, conflicted);
    app.live = live;
    run_app(app)
}

fn run_app(mut app: App) -> std::io::Result<()> {
    let recovery = Recovery::new(app.doc.path());
    let mut terminal = ratatui::try_init()
        .map_err(|e| std::io::Error::other(t::terminal_unusable(&e.to_string())))?;
    let _ = execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste);
    let result = event_loop(&mut terminal, &mut app, recovery);
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste
    );
    ratatui::restore();
    result.map_err(|e| std::io::Error::other(t::terminal_failed(&e.to_string())))
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    mut recovery: Recovery,
) -> std::io::Result<()> {
    let mut chain_origin = (0u16, 1u16);
    let mut watch = crate::live::Watch::new(app.doc.path());
    let mut redraw = true;
    while !app.quit {
        if redraw {
            terminal.draw(|frame| {
                let area = frame.area();
                app.resize(area.width, area.height);
                chain_origin = (area.x, area.y + 1);
                view::draw(frame, app);
            })?;
        }
        // Short waits: a change of the file shows soon after it is saved.
        redraw = event::poll(Duration::from_millis(40))?;
        if redraw {
            match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    // The tests' way to show what a crash does to unsaved work.
                    if key.code == KeyCode::F(12) && std::env::var_os("KETEN_TEST_PANIC").is_some()
                    {
                        panic!("a panic asked for by KETEN_TEST_PANIC");
                    }
                    app.key(key);
                }
                Event::Mouse(mouse) => app.mouse(mouse, chain_origin),
                Event::Paste(text) => app.paste(&text),
                _ => {}
            }
        }
        if watch.changed() || (app.live.look && app.dialog.is_none()) {
            let version = (app.doc.version(), app.status.clone());
            app.disk_changed();
            app.autosave();
            redraw |= version != (app.doc.version(), app.status.clone()) || app.dialog.is_some();
        }
        // The findings of a large model's check, when it is done.
        redraw |= app.poll_check();
        let status = app.status.len();
        app.tick();
        redraw |= status != app.status.len();
        recovery.note(&app.doc);
    }
    Ok(())
}

/// The model a crash would save: a copy of the document's model, taken
/// when its version changes (not on every key), none while it is saved.
pub struct Recovery {
    latest: Arc<Mutex<Option<Model>>>,
    /// The version copied last, and whether it was dirty then.
    noted: Option<(Version, bool)>,
    /// How many copies were taken.
    pub copies: usize,
}

impl Recovery {
    /// A recovery slot for the file at `path`, written there on a panic.
    pub fn new(path: &Path) -> Recovery {
        let latest = Arc::new(Mutex::new(None));
        install_recovery(path, latest.clone());
        Recovery::detached(latest)
    }

    /// A slot that no panic writes (for tests).
    pub fn detached(latest: Arc<Mutex<Option<Model>>>) -> Recovery {
        Recovery {
            latest,
            noted: None,
            copies: 0,
        }
    }

    /// Takes a copy of the model if its version or its saved state changed.
    pub fn note(&mut self, doc: &Document) {
        let now = (doc.version(), doc.is_dirty());
        if self.noted == Some(now) {
            return;
        }
        self.noted = Some(now);
        let copy = now.1.then(|| doc.model().clone());
        self.copies += usize::from(copy.is_some());
        if let Ok(mut slot) = self.latest.lock() {
            *slot = copy;
        }
    }
}

/// On a panic: restore the terminal (ratatui's hook), then write the last
/// unsaved model beside the file and say where.
fn install_recovery(path: &Path, latest: Arc<Mutex<Option<Model>>>) {
    let target = recovery_path(path);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        ratatui::restore();
        let model = latest.try_lock().ok().and_then(|m| m.clone());
        if let Some(model) = model {
            let text = crate::format::write(&model);
            if std::fs::write(&target, text).is_ok() {
                eprintln!("{}", t::recovered(&target.display().to_string()));
            }
        }
        previous(info);
    }));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Edit, TopField};

    #[test]
    fn the_recovery_copy_is_taken_when_the_version_changes_not_on_every_key() {
        let dir = tempfile::tempdir().unwrap();
        let text = "keten: 1\nname: Schuldhulp\n";
        let path = dir.path().join("model.yaml");
        std::fs::write(&path, text).unwrap();
        let model = crate::format::read_str(text).model.unwrap();
        let mut doc = Document::new(path, model, text.to_string());
        let latest = Arc::new(Mutex::new(None));
        let mut recovery = Recovery::detached(latest.clone());
        recovery.note(&doc);
        assert_eq!(recovery.copies, 0, "nothing unsaved");
        doc.apply(Edit::SetText {
            field: TopField::Name,
            value: "Anders".into(),
        })
        .unwrap();
        // Keys that change nothing (moving about) take no copy.
        for _ in 0..10 {
            recovery.note(&doc);
        }
        assert_eq!(recovery.copies, 1);
        assert_eq!(latest.lock().unwrap().as_ref().unwrap().name, "Anders");
        doc.save(crate::document::Allow::default()).unwrap();
        recovery.note(&doc);
        assert!(
            latest.lock().unwrap().is_none(),
            "saved: nothing to recover"
        );
    }
}
