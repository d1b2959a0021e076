//! The TUI: `keten edit FILE` (and plain `keten FILE`) opens a model
//! full-screen to read and change it live, in a workshop.
//!
//! - `app.rs`: the state and how keys and mouse change it.
//! - `keymap.rs`: every key, one table (help and hints come from it).
//! - `view.rs`: drawing; the chain view draws the shared layout.
//!
//! The terminal is restored on every exit, panics included; a panic also
//! writes the unsaved model to a recovery file beside the original.

pub mod app;
pub mod form;
pub mod keymap;
pub mod view;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyCode, KeyEventKind,
};
use ratatui::crossterm::execute;

pub use app::App;

use crate::commands::{Failure, Outcome, load_clean};
use crate::model::Model;

/// Where the unsaved model of `path` goes after a crash.
pub fn recovery_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "model.yaml".into());
    path.with_file_name(format!("{name}.recovered.yaml"))
}

/// Opens a model file in the TUI until the user quits.
pub fn run(path: &Path) -> Result<Outcome, Failure> {
    use std::io::IsTerminal;
    if crate::commands::is_stdin(path) {
        return Err(Failure::Message {
            message: "keten edit needs a file to open and save; standard input cannot be edited"
                .into(),
            code: 2,
        });
    }
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(Failure::Message {
            message: "keten edit needs a terminal; to print the chain use `keten render`".into(),
            code: 2,
        });
    }
    let (text, model) = match load_clean(path, false, "not opened")? {
        Ok(loaded) => loaded,
        Err(outcome) => return Ok(outcome),
    };
    let mut app = App::new(path.to_path_buf(), model, text);
    let latest: Arc<Mutex<Option<Model>>> = Arc::new(Mutex::new(None));
    install_recovery(path, latest.clone());
    let mut terminal = ratatui::try_init().map_err(|e| Failure::Message {
        message: format!("cannot use this terminal: {e}"),
        code: 2,
    })?;
    let _ = execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste);
    let result = event_loop(&mut terminal, &mut app, &latest);
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste
    );
    ratatui::restore();
    result.map_err(|e| Failure::Message {
        message: format!("the terminal failed: {e}"),
        code: 2,
    })?;
    Ok(Outcome::Clean)
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    latest: &Arc<Mutex<Option<Model>>>,
) -> std::io::Result<()> {
    let mut chain_origin = (0u16, 1u16);
    while !app.quit {
        terminal.draw(|frame| {
            let area = frame.area();
            // On a new size, bring the focus into view again (the wheel
            // may scroll it out of view otherwise).
            let size = view::chain_size(area.width, area.height, app.presentation);
            if size != app.view {
                app.view = size;
                app.keep_focus_in_view();
            }
            chain_origin = (area.x, area.y + 1);
            view::draw(frame, app);
        })?;
        if !event::poll(Duration::from_millis(500))? {
            continue;
        }
        match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                // The tests' way to show what a crash does to unsaved work.
                if key.code == KeyCode::F(12) && std::env::var_os("KETEN_TEST_PANIC").is_some() {
                    panic!("a panic asked for by KETEN_TEST_PANIC");
                }
                let before = app.history.len();
                app.key(key);
                if app.history.len() != before || app.dirty() {
                    if let Ok(mut slot) = latest.lock() {
                        *slot = Some(app.model.clone());
                    }
                }
            }
            Event::Mouse(mouse) => app.mouse(mouse, chain_origin),
            Event::Paste(text) => app.paste(&text),
            _ => {}
        }
    }
    Ok(())
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
                eprintln!(
                    "keten stopped on an error; your unsaved model is in {}",
                    target.display()
                );
            }
        }
        previous(info);
    }));
}
