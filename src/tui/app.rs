//! The state of the editor and how keys and messages change it. Drawing
//! never changes what is here except the tables' scroll, which is the
//! drawing's own (see `view/`); every change to the model is an edit of
//! the [`Document`], so it can be undone.
//!
//! Keys go to the help when it is open, else to the dialog (which answers
//! with a [`Msg`], carried out by [`App::update`]), else to the screen's
//! keymap.

use std::cell::Cell;

use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;

use super::dialog::{Confirm, Dialog, Msg, Reply, Settle, Submitted};
use super::form::{Form, changes};
use super::help::Help;
use super::index::{ChainIndex, Facts};
use super::keymap::{Action, Answer, DialogAction, action, dialog_action};
pub use super::screen::Screen;
use super::words;
use crate::document::{Allow, Document, SaveError, Saved};
use crate::edit::Edit;
use crate::lang::t;
use crate::layout::{Direction, Options, Orientation};
use crate::merge::conflict::Conflicted;
use crate::model::{Id, Model, Section};
use crate::text::sanitize;

/// What the last frame drew of a table: its rows area and the first row
/// shown, so the next frame scrolls on from there and a click finds the
/// row under it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TableView {
    pub area: Rect,
    pub offset: usize,
}

/// The whole state of the editor.
pub struct App {
    /// The open model file.
    pub doc: Document,
    pub screen: Screen,
    pub focus: Option<Id>,
    /// Where the focused step stands in reading order, to focus its
    /// neighbour when it is deleted.
    focus_at: usize,
    /// The first diagram column and row shown in the chain view.
    pub scroll: (usize, usize),
    /// The selected row of each table screen.
    pub rows: [usize; Screen::ALL.len()],
    /// What the last frame drew of each table screen.
    pub tables: [Cell<TableView>; Screen::ALL.len()],
    /// The dialog open over the screens, if any.
    pub dialog: Option<Dialog>,
    /// The help, over the dialog or the screens.
    pub help: Option<Help>,
    pub status: String,
    pub presentation: bool,
    /// How far the chain view is zoomed out (an index into the levels of
    /// `zoom.rs`), and which way the chain runs.
    pub zoom: usize,
    pub orientation: Orientation,
    /// The picture presentation mode chose for this terminal, while on.
    fitted: Option<Options>,
    /// The terminal's size, set by the last frame.
    pub(super) size: (u16, u16),
    /// The last click: when and where, to tell a double click.
    pub(super) clicked: Option<(std::time::Instant, u16, u16)>,
    /// The layout's boxes and flows ordered for lookups, built once per
    /// layout (see `index.rs`).
    index: std::cell::RefCell<Option<std::rc::Rc<ChainIndex>>>,
    /// What frames show of the model beyond the picture, built once per
    /// version (see `index.rs`).
    facts: std::cell::RefCell<Option<std::rc::Rc<Facts>>>,
    pub quit: bool,
    /// The chain view's size in cells, set by the last frame.
    pub view: (usize, usize),
    /// The terminal is smaller than the editor draws in: a notice shows
    /// instead, and keys do not reach what it hides.
    pub too_small: bool,
    /// Several editors on one file: who this one is, autosave, follow
    /// mode, what came in (see `live.rs`).
    pub live: super::live::Live,
}

impl App {
    /// An editor on a document.
    pub fn new(doc: Document) -> App {
        let mut app = App {
            doc,
            screen: Screen::Chain,
            focus: None,
            focus_at: 0,
            scroll: (0, 0),
            rows: [0; Screen::ALL.len()],
            tables: Default::default(),
            dialog: None,
            help: None,
            status: String::new(),
            presentation: false,
            zoom: 0,
            orientation: Orientation::Right,
            fitted: None,
            size: (0, 0),
            clicked: None,
            index: Default::default(),
            facts: Default::default(),
            quit: false,
            view: (80, 20),
            too_small: false,
            live: super::live::Live::default(),
        };
        app.focus = app.doc.model().steps.iter().next().map(|s| s.id.clone());
        app.refresh();
        app
    }

    /// An editor on a file with conflict markers: the conflicts to settle
    /// first, over an empty model; then the clean model, unsaved.
    pub fn settling(path: std::path::PathBuf, text: String, conflicted: Conflicted) -> App {
        let settle = Settle::new(&text, conflicted);
        let mut app = App::new(Document::new(path, Model::default(), text));
        app.dialog = Some(Dialog::Settle(Box::new(settle)));
        app
    }

    /// Every conflict of the file opened is settled: the clean model,
    /// not yet saved.
    fn settled(&mut self, model: Model) {
        let doc = &self.doc;
        self.doc = Document::unsaved(doc.path().to_path_buf(), model, doc.base().to_string());
        if !self.live.author.is_empty() {
            self.doc.set_author(self.live.author.clone());
        }
        self.focus = self.doc.model().steps.iter().next().map(|s| s.id.clone());
        self.refresh();
        self.status = t::every_conflict_settled();
    }

    /// Takes the terminal's size: the chain view's, and whether it is too
    /// small to draw in.
    pub fn resize(&mut self, width: u16, height: u16) {
        let (min_w, min_h) = super::screen::MIN_SIZE;
        self.too_small = width < min_w || height < min_h;
        if (width, height) != self.size {
            self.size = (width, height);
            if self.presentation {
                self.fit();
            }
        }
        let mut size = super::screen::chain_size(width, height, self.presentation);
        if self.presentation {
            size.1 = size.1.saturating_sub(self.question().len() - 1);
            size.1 -= self.legend(size).len();
        }
        if size != self.view {
            self.view = size;
            // The wheel may have scrolled the focus out of view.
            self.keep_focus_in_view();
        }
    }

    /// Follows a change of the model: the layout's options, the focus, the rows.
    pub fn refresh(&mut self) {
        self.doc.set_options(self.options());
        let model = self.doc.model();
        if let Some(id) = &self.focus {
            if !model.steps.contains(id.as_str()) {
                // The step went: focus the one that took its place.
                let at = self.focus_at.min(model.steps.len().saturating_sub(1));
                self.focus = model.steps.iter().nth(at).map(|s| s.id.clone());
            }
        }
        if let Some(at) = self
            .focus
            .as_ref()
            .and_then(|f| self.doc.model().steps.position(f.as_str()))
        {
            self.focus_at = at;
        }
        for screen in Screen::ALL {
            let count = self.row_count(screen);
            let row = &mut self.rows[screen.index()];
            *row = (*row).min(count.saturating_sub(1));
        }
    }

    /// The layout's options: presentation mode's picture while it is on,
    /// else the zoom level and the orientation chosen.
    pub fn options(&self) -> Options {
        match (&self.fitted, self.presentation) {
            (Some(options), true) => options.clone(),
            _ => super::zoom::options(self.zoom, self.orientation, false),
        }
    }

    /// The legend presentation mode shows under the chain, in a view of
    /// `size` (at most a third of its rows).
    pub fn legend(&self, size: (usize, usize)) -> Vec<String> {
        super::zoom::legend(self.doc.layout(), size.0, size.1 / 3)
    }

    /// The client question (or, without one, the model's name) over the
    /// chain in presentation mode, wrapped to the terminal's width: one
    /// line, two where it is longer.
    pub fn question(&self) -> Vec<String> {
        let model = self.doc.model();
        let text = if model.client_question.is_empty() {
            &model.name
        } else {
            &model.client_question
        };
        let mut lines = crate::text::wrap(&sanitize(text), usize::from(self.size.0).max(1));
        if lines.len() > 2 {
            lines.truncate(2);
            let last = &lines[1];
            lines[1] = crate::layout::shorten(&format!("{last} …"), usize::from(self.size.0));
        }
        if lines.is_empty() {
            lines.push(String::new());
        }
        lines
    }

    /// Presentation mode picks the picture that fits the terminal.
    fn fit(&mut self) {
        let (w, h) = self.size;
        let mut size = super::screen::chain_size(w, h, true);
        size.1 = size.1.saturating_sub(self.question().len() - 1);
        self.fitted = Some(super::zoom::fit(self.doc.model(), size));
        self.refresh();
    }

    /// Presentation mode on or off.
    fn present(&mut self, on: bool) {
        self.presentation = on;
        self.fitted = None;
        if on {
            self.fit();
        } else {
            self.refresh();
        }
    }

    /// The zoom level or the orientation changed: lay out again, the focus
    /// kept in view. In presentation mode the choice holds until `P`.
    fn zoomed(&mut self, zoom: usize, orientation: Orientation) {
        let (zoom, orientation) = match &self.fitted {
            Some(fitted) if self.presentation => {
                let now = super::zoom::level_of(fitted).unwrap_or(self.zoom);
                let zoom = match zoom.cmp(&self.zoom) {
                    std::cmp::Ordering::Greater => now + 1,
                    std::cmp::Ordering::Less => now.saturating_sub(1),
                    std::cmp::Ordering::Equal => now,
                };
                let turned = if orientation != self.orientation {
                    match fitted.orientation {
                        Orientation::Right => Orientation::Down,
                        Orientation::Down => Orientation::Right,
                    }
                } else {
                    fitted.orientation
                };
                (zoom, turned)
            }
            _ => (zoom, orientation),
        };
        self.zoom = zoom.min(super::zoom::LEVELS.len() - 1);
        self.orientation = orientation;
        self.fitted = None;
        self.refresh();
        self.status = super::zoom::describe(self.zoom, self.doc.layout().orientation);
    }

    /// Whether there are changes not saved.
    pub fn dirty(&self) -> bool {
        self.doc.is_dirty()
    }

    /// The focused box in the layout.
    pub fn focused_box(&self) -> Option<usize> {
        let id = self.focus.as_ref()?;
        self.index().box_of(self.doc.layout(), id.as_str())
    }

    /// The index of the layout, built when the layout is new.
    pub fn index(&self) -> std::rc::Rc<ChainIndex> {
        let layout = self.doc.layout();
        let mut slot = self.index.borrow_mut();
        match slot.as_ref() {
            Some(index) if index.is_of(layout) => index.clone(),
            _ => slot
                .insert(std::rc::Rc::new(ChainIndex::of(layout)))
                .clone(),
        }
    }

    /// The KPI marks, the problem counts and the KPIs of each step, built
    /// when the model or its findings are new.
    pub fn facts(&self) -> std::rc::Rc<Facts> {
        let key = (self.doc.version(), self.doc.checking());
        let mut slot = self.facts.borrow_mut();
        match slot.as_ref() {
            Some(facts) if facts.key == key => facts.clone(),
            _ => slot.insert(std::rc::Rc::new(Facts::of(&self.doc))).clone(),
        }
    }

    /// Takes the findings of a check running apart when it is done; true
    /// when they came in (and the screen is to be drawn again).
    pub fn poll_check(&mut self) -> bool {
        let done = self.doc.poll_check();
        if done {
            self.refresh();
        }
        done
    }

    /// Applies an edit as a new version and tells what happened.
    pub fn apply(&mut self, edit: Edit, done: &str) {
        match self.doc.apply(edit) {
            Ok(()) => {
                self.status = done.to_string();
                self.refresh();
            }
            Err(e) => self.status = t::not_done(&e.to_string()),
        }
    }

    /// Handles a key, then saves where autosave is on.
    pub fn key(&mut self, key: KeyEvent) {
        self.key_here(key);
        self.autosave();
    }

    /// Handles a key: the help, else the dialog, else the screen.
    fn key_here(&mut self, key: KeyEvent) {
        if self.too_small {
            // Only quitting goes past the notice, and only where nothing
            // it hides would take the key.
            if self.help.is_none()
                && self.dialog.is_none()
                && action(key, self.screen) == Some(Action::Quit)
            {
                self.act(Action::Quit);
            }
            return;
        }
        if let Some(help) = &mut self.help {
            if !help.key(key) {
                self.help = None;
            }
            return;
        }
        if let Some(dialog) = &mut self.dialog {
            if dialog_action(key, dialog.layer()) == Some(DialogAction::Help) {
                self.help = Some(Help::of(Some(dialog.layer())));
                return;
            }
            match dialog.key(key, self.doc.model()) {
                Reply::Continue => {}
                Reply::Cancel => {
                    self.dialog = None;
                    self.status = t::cancelled();
                }
                Reply::Done(msg) => {
                    self.dialog = None;
                    self.update(msg);
                }
            }
            return;
        }
        if self.presentation && key.code == KeyCode::Esc {
            self.present(false);
        } else if let Some(action) = action(key, self.screen) {
            self.act(action);
        }
    }

    /// Pasted text goes into the text being typed (not past the help or
    /// the too-small notice).
    pub fn paste(&mut self, text: &str) {
        if self.too_small || self.help.is_some() {
            return;
        }
        if let Some(dialog) = &mut self.dialog {
            dialog.paste(text, self.doc.model());
        }
    }

    /// Carries out what a dialog answered.
    pub fn update(&mut self, msg: Msg) {
        match msg {
            Msg::Apply { edit, done } => self.apply(*edit, &done),
            Msg::Discard => self.quit = true,
            Msg::SaveThenQuit => {
                self.save(Allow::default());
                self.quit = !self.dirty() && self.dialog.is_none();
            }
            Msg::Save(allow) => self.save(allow),
            Msg::Reload => match self.doc.reload() {
                Ok(()) => {
                    self.status = t::reloaded();
                    self.refresh();
                }
                Err(message) => self.status = message,
            },
            Msg::AskSaveAs => self.ask_save_elsewhere(None, None),
            Msg::Typed {
                purpose,
                text,
                next,
            } => self.typed(purpose, &text, next),
            Msg::MeasuredThenNext { edit, done, kpi } => {
                self.apply(*edit, &done);
                self.measure_next(kpi);
            }
            Msg::Picked { purpose, choice } => self.picked(purpose, choice),
            Msg::Submitted(submitted) => self.submitted(*submitted),
            Msg::Settled { model, edit } => {
                if self.live.pending.is_some() {
                    self.settled_live(*model);
                } else {
                    self.settled(*model);
                }
                if let Some((section, id)) = edit {
                    if let Some(form) = Form::edit(self.doc.model(), section, &id) {
                        self.dialog = Some(Dialog::Form(Box::new(form)));
                    }
                }
            }
        }
    }

    fn submitted(&mut self, form: Submitted) {
        if !changes(&form.edit, self.doc.model()) {
            self.status = t::nothing_changed();
            return;
        }
        let shown = match &form.edit {
            Edit::Put { entity, .. } | Edit::Replace(entity) => {
                Some((entity.section(), entity.id().clone()))
            }
            Edit::Batch(list) => list.iter().find_map(|e| match e {
                Edit::Rename { section, to, .. } => Some((*section, to.clone())),
                _ => None,
            }),
            _ => None,
        };
        let added = form.next.then(|| form.edit.clone());
        let (edit, slot) = match &form.from {
            Some(from) => self.connected_from(form.edit, from),
            None => (form.edit, None),
        };
        let version = self.doc.version();
        let done = if form.editing {
            t::changed()
        } else {
            t::added()
        };
        self.apply(edit, &done);
        if let (Some(from), Some(to), Some(slot)) = (form.from, form.step.clone(), slot) {
            if self.doc.version() != version {
                let added = super::dialog::Added {
                    next_phase: form.next_phase,
                    go_on: form.next,
                };
                self.ask_label(from, to, slot, added);
            }
        }
        if let Some((section, id)) =
            shown.filter(|(s, _)| !matches!(s, Section::Steps | Section::Top))
        {
            self.go_to(section, &id);
        }
        if let Some(id) = form.step {
            if self.doc.model().steps.contains(id.as_str()) {
                self.focus = Some(id);
                self.keep_focus_in_view();
            }
        }
        if let Some(added) = added.filter(|_| self.doc.version() != version) {
            self.add_another(&added, form.section, form.next_phase);
        }
    }

    /// Saves; asks first when the file changed on disk or is read-only.
    pub fn save(&mut self, allow: Allow) {
        let shown = self.doc.path().display().to_string();
        if self.live.follow {
            self.status = t::following_never_writes();
            return;
        }
        let question = match self.doc.save_merged(allow) {
            Ok(Saved::Written { came_in, .. }) => {
                let quiet = came_in.lines.is_empty();
                self.came_in(came_in);
                if quiet {
                    self.status = t::saved(&shown);
                }
                return;
            }
            Ok(Saved::Conflicts { merged, text }) => {
                self.conflicts_came_in(*merged, text);
                return;
            }
            Err(SaveError::Io(e)) => {
                self.status = t::not_saved(&e);
                self.ask_save_elsewhere(Some(&e), None);
                return;
            }
            Err(SaveError::Exists) => return,
            Err(SaveError::ChangedOnDisk) => Confirm::new(
                t::ask_changed_on_disk(),
                Msg::Save(Allow {
                    changed_on_disk: true,
                    ..allow
                }),
            )
            .or(Answer::Reload, Msg::Reload),
            Err(SaveError::ReadOnly) => Confirm::new(
                t::ask_read_only(&shown),
                Msg::Save(Allow {
                    read_only: true,
                    ..allow
                }),
            ),
        };
        self.dialog = Some(Dialog::Confirm(
            question.or(Answer::SaveElsewhere, Msg::AskSaveAs),
        ));
    }

    pub(super) fn act(&mut self, action: Action) {
        self.status.clear();
        if self.live.follow && !super::live::reads_only(action) {
            self.status = t::following_only_shows();
            return;
        }
        match action {
            Action::Autosave => self.toggle_autosave(),
            Action::Sync => self.sync(),
            Action::Quit if self.dirty() => {
                self.dialog = Some(Dialog::Confirm(
                    Confirm::new(t::ask_quit(), Msg::Discard)
                        .or(Answer::SaveFirst, Msg::SaveThenQuit),
                ));
            }
            Action::Quit => self.quit = true,
            Action::Save => self.save(Allow::default()),
            Action::Undo | Action::Redo => {
                let undo = action == Action::Undo;
                let what = self
                    .doc
                    .next_undo(undo)
                    .map(|edit| words::edit(edit, self.doc.model()));
                let done = if undo {
                    self.doc.undo()
                } else {
                    self.doc.redo()
                };
                self.status = words::undone(undo, what.filter(|_| done));
                if done {
                    self.refresh();
                }
            }
            Action::Help => self.help = Some(Help::of(None)),
            Action::NextScreen => self.screen = self.screen.next(true),
            Action::PreviousScreen => self.screen = self.screen.next(false),
            Action::Show(screen) => self.screen = screen,
            Action::Left | Action::Right | Action::Up | Action::Down
                if self.screen == Screen::Chain =>
            {
                // The layout's directions are the chain's (along the ranks,
                // across the lanes); running down, the arrows turn with it.
                let down = self.doc.layout().orientation == Orientation::Down;
                let direction = match (action, down) {
                    (Action::Left, false) | (Action::Up, true) => Direction::Left,
                    (Action::Right, false) | (Action::Down, true) => Direction::Right,
                    (Action::Up, false) | (Action::Left, true) => Direction::Up,
                    _ => Direction::Down,
                };
                self.move_focus(direction);
            }
            Action::Up => self.select_row(-1),
            Action::Down => self.select_row(1),
            Action::Left | Action::Right => {}
            Action::FollowNext | Action::FollowPrevious => {
                self.follow(action == Action::FollowNext)
            }
            Action::Delete if self.screen == Screen::Pulse => self.ask_delete_pulse(),
            Action::Delete => self.ask_delete(),
            Action::AddMeasurement => self.ask_measurement(),
            Action::EditMeasurement => self.pick_measurement(),
            Action::MoveUp | Action::MoveDown => self.reorder(action == Action::MoveUp),
            Action::Presentation => self.present(!self.presentation),
            Action::ZoomOut => self.zoomed(self.zoom + 1, self.orientation),
            Action::ZoomIn => self.zoomed(self.zoom.saturating_sub(1), self.orientation),
            Action::Turn => {
                let turned = match self.orientation {
                    Orientation::Right => Orientation::Down,
                    Orientation::Down => Orientation::Right,
                };
                self.zoomed(self.zoom, turned)
            }
            Action::Jump => self.jump_to_problem(),
            Action::Add => self.add(),
            Action::AddNext => self.add_step(true),
            Action::AddGoal => {
                let at = self.doc.model().goals.len();
                let form = Form::add(self.doc.model(), Section::Goals, at, None);
                self.dialog = Some(Dialog::Form(Box::new(form)));
            }
            Action::EditEntity => {
                if let Some((section, id)) = self.selected() {
                    if let Some(form) = Form::edit(self.doc.model(), section, &id) {
                        self.dialog = Some(Dialog::Form(Box::new(form)));
                    }
                }
            }
            Action::EnterPulse => self.pulse_form(false),
            Action::Connect => self.pick_flow_target(),
            Action::RemoveFlow | Action::EditLabel => self.pick_flow(action == Action::RemoveFlow),
            Action::Search | Action::Goto => self.search(action == Action::Goto),
        }
        self.keep_focus_in_view();
    }

    /// Moves the selection of a table screen by `by` rows.
    pub fn select_row(&mut self, by: isize) {
        let count = self.row_count(self.screen);
        let row = &mut self.rows[self.screen.index()];
        *row = row.saturating_add_signed(by).min(count.saturating_sub(1));
    }
}
