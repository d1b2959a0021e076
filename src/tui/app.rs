//! The state of the TUI and how actions change it. Drawing never changes
//! state (see `view.rs`); every change to the model is an [`Edit`] through
//! the history, so it can be undone.

use std::path::PathBuf;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};

use super::form::{Form, TextField, Value};
use super::keymap::{Action, action};
use crate::diagnostic::{Diagnostic, Findings};
use crate::edit::{Edit, Entity, History, delete_with_references, references_to};
use crate::format;
use crate::layout::{Direction, Layout, Options, layout};
use crate::model::{Flow, Id, Measurement, Model, Section};
use crate::render::canvas::LaneIndex;

/// The screens, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Chain,
    Partners,
    Goals,
    Roles,
    Phases,
    Overview,
    Problems,
}

impl Screen {
    pub const ALL: [Screen; 7] = [
        Screen::Chain,
        Screen::Partners,
        Screen::Goals,
        Screen::Roles,
        Screen::Phases,
        Screen::Overview,
        Screen::Problems,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Screen::Chain => "Chain",
            Screen::Partners => "Partners",
            Screen::Goals => "Goals & KPIs",
            Screen::Roles => "Roles",
            Screen::Phases => "Phases",
            Screen::Overview => "Overview",
            Screen::Problems => "Problems",
        }
    }

    fn index(self) -> usize {
        Screen::ALL.iter().position(|&s| s == self).unwrap_or(0)
    }
}

/// What the keyboard is talking to besides the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Normal,
    Help,
    /// A question with one-key answers; `edit` is applied on yes.
    Confirm {
        question: String,
        on_yes: Pending,
    },
    /// A line of text being typed.
    Prompt {
        question: String,
        input: String,
        purpose: Purpose,
    },
    /// A form for an entity.
    Form(Box<Form>),
    /// A choice from a list, narrowed by typing.
    Pick(Box<Picker>),
}

/// A list to choose from, narrowed by what is typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Picker {
    pub title: String,
    pub options: Vec<(String, Choice)>,
    pub filter: TextField,
    pub selected: usize,
    pub purpose: PickPurpose,
}

impl Picker {
    /// The options that match the filter, with their index.
    pub fn visible(&self) -> Vec<(usize, &str)> {
        let filter = self.filter.text.to_lowercase();
        self.options
            .iter()
            .enumerate()
            .filter(|(_, (label, _))| filter.is_empty() || label.to_lowercase().contains(&filter))
            .map(|(i, (label, _))| (i, label.as_str()))
            .collect()
    }
}

/// What a picked option stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Entity(Section, Id),
    /// A flow of a step, by its position in `next`.
    Flow(usize),
}

/// What a picker is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickPurpose {
    ConnectTo { from: Id },
    RemoveFlow { from: Id },
    LabelFlow { from: Id },
    Jump,
}

/// What a confirmation does.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    Apply(Box<Edit>),
    /// Quit without saving.
    Discard,
    /// Save over a file that changed on disk, or that holds comments.
    Overwrite,
    /// Read the file again, dropping the changes made here.
    Reload,
}

/// What a prompt's text is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    /// A measurement value for a KPI, for a period.
    Measurement { kpi: Id, period: String },
    /// A path to save to instead of the file that changed on disk.
    SaveAs,
    /// The label of a flow: a new one to `to`, or the flow at `slot`.
    FlowLabel {
        from: Id,
        to: Id,
        slot: Option<usize>,
    },
}

/// The whole state of the TUI.
pub struct App {
    pub path: PathBuf,
    pub model: Model,
    pub history: History,
    /// The file's text as last read or written, to notice changes on disk.
    pub disk_text: String,
    /// How many edits were applied since the last save (undo counts back).
    pub unsaved: isize,
    pub layout: Layout,
    /// What touches each lane of the layout, kept with it so frames do not
    /// rebuild it.
    pub(crate) lanes: LaneIndex,
    pub findings: Findings,
    pub screen: Screen,
    pub focus: Option<Id>,
    /// How far the help is scrolled.
    pub help_scroll: usize,
    /// Where the focused step stands in reading order, to focus its
    /// neighbour when it is deleted.
    focus_at: usize,
    /// The first diagram column and row shown in the chain view.
    pub scroll: (usize, usize),
    /// The selected row of each table screen.
    pub rows: [usize; 7],
    pub mode: Mode,
    pub status: String,
    pub presentation: bool,
    pub quit: bool,
    /// The chain view's size in cells, set by the last frame.
    pub view: (usize, usize),
}

impl App {
    /// An app for a model read from `text` (the file's content).
    pub fn new(path: PathBuf, model: Model, text: String) -> App {
        let mut app = App {
            path,
            model,
            history: History::new(),
            disk_text: text,
            unsaved: 0,
            layout: Layout::default(),
            lanes: LaneIndex::of(&Layout::default()),
            findings: Findings::default(),
            screen: Screen::Chain,
            focus: None,
            help_scroll: 0,
            focus_at: 0,
            scroll: (0, 0),
            rows: [0; 7],
            mode: Mode::Normal,
            status: String::new(),
            presentation: false,
            quit: false,
            view: (80, 20),
        };
        app.refresh();
        app.focus = app.model.steps.iter().next().map(|s| s.id.clone());
        app
    }

    /// Lays out again and checks again after a change.
    pub fn refresh(&mut self) {
        self.layout = layout(&self.model, &self.options());
        self.lanes = LaneIndex::of(&self.layout);
        self.findings = crate::validate::validate(&self.model);
        if let Some(id) = &self.focus {
            if !self.model.steps.contains(id.as_str()) {
                // The step went: focus the one that took its place.
                let at = self.focus_at.min(self.model.steps.len().saturating_sub(1));
                self.focus = self.model.steps.iter().nth(at).map(|s| s.id.clone());
            }
        }
        if let Some(at) = self
            .focus
            .as_ref()
            .and_then(|f| self.model.steps.position(f.as_str()))
        {
            self.focus_at = at;
        }
        for screen in Screen::ALL {
            let count = self.row_count(screen);
            let row = &mut self.rows[screen.index()];
            *row = (*row).min(count.saturating_sub(1));
        }
    }

    pub fn options(&self) -> Options {
        Options {
            spacious: self.presentation,
            ..Options::default()
        }
    }

    pub fn dirty(&self) -> bool {
        self.unsaved != 0
    }

    /// The focused box in the layout.
    pub fn focused_box(&self) -> Option<usize> {
        self.focus
            .as_ref()
            .and_then(|id| self.layout.box_of(id.as_str()))
    }

    /// Applies an edit through the history and tells what happened.
    pub fn apply(&mut self, edit: Edit, done: &str) {
        match self.history.apply(&mut self.model, edit) {
            Ok(()) => {
                self.unsaved += 1;
                self.status = done.to_string();
                self.refresh();
            }
            Err(e) => self.status = format!("not done: {e}"),
        }
    }

    /// Handles a key.
    pub fn key(&mut self, key: KeyEvent) {
        match std::mem::replace(&mut self.mode, Mode::Normal) {
            Mode::Help => match key.code {
                // Arrows and j/k scroll a help longer than the screen;
                // any other key closes it.
                KeyCode::Down | KeyCode::Char('j') | KeyCode::PageDown => {
                    let step = if key.code == KeyCode::PageDown { 10 } else { 1 };
                    self.help_scroll = (self.help_scroll + step)
                        .min(super::keymap::KEYMAP.len().saturating_sub(1));
                    self.mode = Mode::Help;
                }
                KeyCode::Up | KeyCode::Char('k') | KeyCode::PageUp => {
                    let step = if key.code == KeyCode::PageUp { 10 } else { 1 };
                    self.help_scroll = self.help_scroll.saturating_sub(step);
                    self.mode = Mode::Help;
                }
                _ => self.help_scroll = 0,
            },
            Mode::Confirm { question, on_yes } => match key.code {
                KeyCode::Char('y') | KeyCode::Char('Y') => self.confirmed(on_yes),
                KeyCode::Char('s') if on_yes == Pending::Discard => {
                    self.save(false);
                    self.quit = !self.dirty() && self.mode == Mode::Normal;
                }
                KeyCode::Char('r') | KeyCode::Char('R')
                    if on_yes == Pending::Overwrite && question.contains("changed on disk") =>
                {
                    self.reload();
                }
                KeyCode::Char('w') | KeyCode::Char('W')
                    if on_yes == Pending::Overwrite && question.contains("changed on disk") =>
                {
                    let name = self
                        .path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    self.mode = Mode::Prompt {
                        question: "Save to another file:".to_string(),
                        input: self
                            .path
                            .with_file_name(format!("{name}.mine.yaml"))
                            .display()
                            .to_string(),
                        purpose: Purpose::SaveAs,
                    };
                }
                KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => {
                    self.status = "cancelled".to_string();
                }
                _ => self.mode = Mode::Confirm { question, on_yes },
            },
            Mode::Prompt {
                question,
                mut input,
                purpose,
            } => match key.code {
                KeyCode::Esc => self.status = "cancelled".to_string(),
                KeyCode::Enter => self.prompted(purpose, &input),
                KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                    input.clear();
                    self.mode = Mode::Prompt {
                        question,
                        input,
                        purpose,
                    };
                }
                KeyCode::Backspace => {
                    input.pop();
                    self.mode = Mode::Prompt {
                        question,
                        input,
                        purpose,
                    };
                }
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                    input.push(c);
                    self.mode = Mode::Prompt {
                        question,
                        input,
                        purpose,
                    };
                }
                _ => {
                    self.mode = Mode::Prompt {
                        question,
                        input,
                        purpose,
                    }
                }
            },
            Mode::Form(mut form) => {
                if self.form_key(&mut form, key) {
                    self.mode = Mode::Form(form);
                }
            }
            Mode::Pick(mut picker) => {
                if self.pick_key(&mut picker, key) {
                    self.mode = Mode::Pick(picker);
                }
            }
            Mode::Normal if self.presentation && key.code == KeyCode::Esc => {
                self.presentation = false;
                self.refresh();
            }
            Mode::Normal => {
                if let Some(action) = action(key, self.screen) {
                    self.act(action);
                }
            }
        }
    }

    /// Pasted text goes into the field being typed in.
    pub fn paste(&mut self, text: &str) {
        match &mut self.mode {
            Mode::Form(form) => {
                let focus = form.focus;
                if let Value::Text(t) = &mut form.fields[focus].value {
                    t.insert(text);
                }
                let key = form.fields[focus].key;
                if key == "id" {
                    form.id_follows_name = false;
                } else if key == "name" {
                    form.name_changed(&self.model);
                }
            }
            Mode::Prompt { input, .. } => input.push_str(&text.replace(['\n', '\r'], " ")),
            Mode::Pick(picker) => picker.filter.insert(text),
            _ => {}
        }
    }

    /// A key in a form; false when the form is done (saved or cancelled).
    fn form_key(&mut self, form: &mut Form, key: KeyEvent) -> bool {
        let count = form.fields.len();
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Esc => {
                self.status = "cancelled".to_string();
                return false;
            }
            KeyCode::Enter => match form.edit_of(&self.model) {
                Ok(edit) if !changes(&edit, &self.model) => {
                    self.status = "nothing changed".to_string();
                    return false;
                }
                Ok(edit) => {
                    let done = if form.editing.is_some() {
                        "changed"
                    } else {
                        "added"
                    };
                    let new_focus = (form.section == Section::Steps)
                        .then(|| {
                            form.fields
                                .iter()
                                .find(|f| f.key == "id")
                                .map(|f| Id::new(f.shown().trim()))
                        })
                        .flatten();
                    let shown = match &edit {
                        Edit::Put { entity, .. } | Edit::Replace(entity) => {
                            Some((entity.section(), entity.id().clone()))
                        }
                        Edit::Batch(list) => list.iter().find_map(|e| match e {
                            Edit::Rename { section, to, .. } => Some((*section, to.clone())),
                            _ => None,
                        }),
                        _ => None,
                    };
                    self.apply(edit, done);
                    if let Some((section, id)) =
                        shown.filter(|(s, _)| !matches!(s, Section::Steps | Section::Top))
                    {
                        self.go_to(section, &id);
                    }
                    if let Some(id) = new_focus {
                        if self.model.steps.contains(id.as_str()) {
                            self.focus = Some(id);
                            self.keep_focus_in_view();
                        }
                    }
                    return false;
                }
                Err(message) => form.error = message,
            },
            KeyCode::Tab | KeyCode::Down => form.focus = (form.focus + 1) % count,
            KeyCode::BackTab | KeyCode::Up => form.focus = (form.focus + count - 1) % count,
            _ => {
                let field = &mut form.fields[form.focus];
                let typed_in = field.key;
                match &mut field.value {
                    Value::Text(t) => {
                        match key.code {
                            KeyCode::Left => t.left(),
                            KeyCode::Right => t.right(),
                            KeyCode::Home => t.home(),
                            KeyCode::End => t.end(),
                            KeyCode::Backspace => t.backspace(),
                            KeyCode::Delete => t.delete(),
                            KeyCode::Char('u') if ctrl => t.clear(),
                            KeyCode::Char(c) if !ctrl => t.insert(&c.to_string()),
                            _ => return true,
                        }
                        if typed_in == "id" {
                            form.id_follows_name = false;
                        } else if typed_in == "name" {
                            form.name_changed(&self.model);
                        }
                    }
                    Value::Pick {
                        options,
                        chosen,
                        optional,
                    } => {
                        let n = options.len() + usize::from(*optional);
                        if n == 0 {
                            return true;
                        }
                        // Optional fields cycle through "none" as well.
                        let at = match chosen {
                            Some(i) => *i + usize::from(*optional),
                            None => 0,
                        };
                        let next = match key.code {
                            KeyCode::Right | KeyCode::Char(' ') => (at + 1) % n,
                            KeyCode::Left => (at + n - 1) % n,
                            _ => return true,
                        };
                        *chosen = if *optional {
                            next.checked_sub(1)
                        } else {
                            Some(next)
                        };
                    }
                    Value::Many {
                        options,
                        chosen,
                        cursor,
                    } => match key.code {
                        KeyCode::Right if !options.is_empty() => {
                            *cursor = (*cursor + 1) % options.len()
                        }
                        KeyCode::Left if !options.is_empty() => {
                            *cursor = (*cursor + options.len() - 1) % options.len()
                        }
                        KeyCode::Char(' ') if !options.is_empty() => {
                            chosen[*cursor] = !chosen[*cursor]
                        }
                        _ => {}
                    },
                }
            }
        }
        true
    }

    /// A key in a picker; false when it is done.
    fn pick_key(&mut self, picker: &mut Picker, key: KeyEvent) -> bool {
        let visible = picker.visible().len();
        match key.code {
            KeyCode::Esc => {
                self.status = "cancelled".to_string();
                return false;
            }
            KeyCode::Up => picker.selected = picker.selected.saturating_sub(1),
            KeyCode::Down => picker.selected = (picker.selected + 1).min(visible.saturating_sub(1)),
            KeyCode::Backspace => {
                picker.filter.backspace();
                picker.selected = 0;
            }
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                picker.filter.insert(&c.to_string());
                // An option that is exactly what was typed goes first.
                let typed = picker.filter.text.to_lowercase();
                picker.selected = picker
                    .visible()
                    .iter()
                    .position(|(_, label)| label.to_lowercase() == typed)
                    .unwrap_or(0);
            }
            KeyCode::Enter => {
                let Some(&(index, _)) = picker.visible().get(picker.selected) else {
                    return true;
                };
                let choice = picker.options[index].1.clone();
                self.picked(picker.purpose.clone(), choice);
                return false;
            }
            _ => {}
        }
        true
    }

    fn picked(&mut self, purpose: PickPurpose, choice: Choice) {
        match (purpose, choice) {
            (PickPurpose::ConnectTo { from }, Choice::Entity(_, to)) => {
                self.mode = Mode::Prompt {
                    question: format!(
                        "Label of the flow from `{from}` to `{to}` (what passes along it; Enter for none):"
                    ),
                    input: String::new(),
                    purpose: Purpose::FlowLabel {
                        from,
                        to,
                        slot: None,
                    },
                };
            }
            (PickPurpose::RemoveFlow { from }, Choice::Flow(slot)) => {
                let Some(mut step) = self.model.steps.get(from.as_str()).cloned() else {
                    return;
                };
                if slot < step.next.len() {
                    step.next.remove(slot);
                    self.apply(Edit::Replace(Entity::Step(step)), "flow removed");
                }
            }
            (PickPurpose::LabelFlow { from }, Choice::Flow(slot)) => {
                let Some(step) = self.model.steps.get(from.as_str()) else {
                    return;
                };
                let Some(flow) = step.next.get(slot) else {
                    return;
                };
                self.mode = Mode::Prompt {
                    question: format!("Label of the flow from `{from}` to `{}`:", flow.to),
                    input: flow.label.clone(),
                    purpose: Purpose::FlowLabel {
                        from: from.clone(),
                        to: flow.to.clone(),
                        slot: Some(slot),
                    },
                };
            }
            (PickPurpose::Jump, Choice::Entity(section, id)) => self.go_to(section, &id),
            _ => {}
        }
    }

    /// Shows an entity: a step focused on the chain, others selected in
    /// their table.
    pub fn go_to(&mut self, section: Section, id: &Id) {
        if section == Section::Steps {
            self.screen = Screen::Chain;
            self.focus = Some(id.clone());
            self.keep_focus_in_view();
            return;
        }
        let screen = match section {
            Section::Partners => Screen::Partners,
            Section::Roles => Screen::Roles,
            Section::Phases => Screen::Phases,
            Section::Goals | Section::Kpis => Screen::Goals,
            _ => Screen::Overview,
        };
        self.screen = screen;
        if let Some(row) = self
            .table_rows(screen)
            .iter()
            .position(|(s, i)| *s == section && i == id)
        {
            self.rows[screen.index()] = row;
        }
    }

    /// The entities listed on a table screen, in the order shown. The goals
    /// screen lists each goal followed by its KPIs, then KPIs without one.
    pub fn table_rows(&self, screen: Screen) -> Vec<(Section, Id)> {
        let m = &self.model;
        let of = |section: Section| {
            m.ids(section)
                .map(|id| (section, id.clone()))
                .collect::<Vec<_>>()
        };
        match screen {
            Screen::Partners => of(Section::Partners),
            Screen::Roles => of(Section::Roles),
            Screen::Phases => of(Section::Phases),
            Screen::Goals => {
                let mut rows = Vec::new();
                for gid in m.goals.keys() {
                    rows.push((Section::Goals, gid.clone()));
                    rows.extend(
                        m.kpis_of_goal(gid.as_str())
                            .map(|(k, _)| (Section::Kpis, k.clone())),
                    );
                }
                rows.extend(
                    m.kpis
                        .iter()
                        .filter(|(_, k)| k.goal.as_ref().is_none_or(|g| !m.goals.contains_key(g)))
                        .map(|(k, _)| (Section::Kpis, k.clone())),
                );
                rows
            }
            _ => Vec::new(),
        }
    }

    /// Handles the mouse: a click focuses the box under it, the wheel scrolls.
    pub fn mouse(&mut self, event: MouseEvent, chain_area: (u16, u16)) {
        if self.mode != Mode::Normal {
            return;
        }
        if self.screen != Screen::Chain {
            // Tables: a header row under the tabs, then the rows.
            let count = self.row_count(self.screen);
            let row = &mut self.rows[self.screen.index()];
            match event.kind {
                MouseEventKind::ScrollDown => *row = (*row + 1).min(count.saturating_sub(1)),
                MouseEventKind::ScrollUp => *row = row.saturating_sub(1),
                MouseEventKind::Down(_) => {
                    if let Some(r) = (event.row as usize).checked_sub(2).filter(|&r| r < count) {
                        *row = r;
                    }
                }
                _ => {}
            }
            return;
        }
        match event.kind {
            MouseEventKind::ScrollDown => self.scroll.1 += 3,
            MouseEventKind::ScrollUp => self.scroll.1 = self.scroll.1.saturating_sub(3),
            MouseEventKind::Down(_) => {
                let (left, top) = chain_area;
                let gutter = self.layout.label_width;
                let (Some(cx), Some(cy)) = (
                    (event.column as usize).checked_sub(left as usize),
                    (event.row as usize).checked_sub(top as usize),
                ) else {
                    return;
                };
                if cx < gutter {
                    return;
                }
                let x = cx + self.scroll.0;
                let y = cy + self.scroll.1;
                if let Some(b) = self.layout.box_at(x, y) {
                    self.focus = Some(self.layout.boxes[b].step.clone());
                }
            }
            _ => {}
        }
    }

    fn act(&mut self, action: Action) {
        self.status.clear();
        match action {
            Action::Quit => {
                if self.dirty() {
                    self.mode = Mode::Confirm {
                        question:
                            "There are unsaved changes. Quit without saving? (y/n; s saves first)"
                                .to_string(),
                        on_yes: Pending::Discard,
                    };
                } else {
                    self.quit = true;
                }
            }
            Action::Save => self.save(false),
            Action::Undo => {
                if self.history.undo(&mut self.model) {
                    self.unsaved -= 1;
                    self.status = "undone".to_string();
                    self.refresh();
                } else {
                    self.status = "nothing to undo".to_string();
                }
            }
            Action::Redo => {
                if self.history.redo(&mut self.model) {
                    self.unsaved += 1;
                    self.status = "redone".to_string();
                    self.refresh();
                } else {
                    self.status = "nothing to redo".to_string();
                }
            }
            Action::Help => self.mode = Mode::Help,
            Action::NextScreen => {
                self.screen = Screen::ALL[(self.screen.index() + 1) % Screen::ALL.len()]
            }
            Action::PreviousScreen => {
                self.screen =
                    Screen::ALL[(self.screen.index() + Screen::ALL.len() - 1) % Screen::ALL.len()]
            }
            Action::Show(screen) => self.screen = screen,
            Action::Left | Action::Right | Action::Up | Action::Down
                if self.screen == Screen::Chain =>
            {
                let direction = match action {
                    Action::Left => Direction::Left,
                    Action::Right => Direction::Right,
                    Action::Up => Direction::Up,
                    _ => Direction::Down,
                };
                self.move_focus(direction);
            }
            Action::Up => {
                self.rows[self.screen.index()] = self.rows[self.screen.index()].saturating_sub(1)
            }
            Action::Down => {
                let len = self.row_count(self.screen);
                let row = &mut self.rows[self.screen.index()];
                *row = (*row + 1).min(len.saturating_sub(1));
            }
            Action::Left | Action::Right => {}
            Action::FollowNext | Action::FollowPrevious => {
                self.follow(action == Action::FollowNext)
            }
            Action::Delete => self.delete(),
            Action::AddMeasurement => self.ask_measurement(),
            Action::MoveUp | Action::MoveDown => self.reorder(action == Action::MoveUp),
            Action::Presentation => {
                self.presentation = !self.presentation;
                self.refresh();
            }
            Action::Jump => self.jump_to_problem(),
            Action::Add => self.add(),
            Action::AddGoal => {
                let at = self.model.goals.len();
                self.mode = Mode::Form(Box::new(Form::add(&self.model, Section::Goals, at, None)));
            }
            Action::EditEntity => {
                if let Some((section, id)) = self.selected() {
                    if let Some(form) = Form::edit(&self.model, section, &id) {
                        self.mode = Mode::Form(Box::new(form));
                    }
                }
            }
            Action::Connect => self.pick_flow_target(),
            Action::RemoveFlow | Action::EditLabel => self.pick_flow(action == Action::RemoveFlow),
            Action::Search | Action::Goto => self.search(action == Action::Goto),
        }
        self.keep_focus_in_view();
    }

    /// A form for a new entity of the screen's kind, next to what is selected.
    fn add(&mut self) {
        let selected = self.selected();
        let (section, at, near) = match self.screen {
            Screen::Chain => {
                let at = self
                    .focus
                    .as_ref()
                    .and_then(|f| self.model.steps.position(f.as_str()))
                    .map_or(self.model.steps.len(), |p| p + 1);
                let lane = self
                    .focus
                    .as_ref()
                    .and_then(|f| self.model.steps.get(f.as_str()))
                    .map(|s| s.partner.clone());
                (Section::Steps, at, lane)
            }
            Screen::Partners => (Section::Partners, self.model.partners.len(), None),
            Screen::Roles => (Section::Roles, self.model.roles.len(), None),
            Screen::Phases => (Section::Phases, self.model.phases.len(), None),
            Screen::Goals => {
                let goal = match &selected {
                    Some((Section::Goals, g)) => Some(g.clone()),
                    Some((Section::Kpis, k)) => self.model.kpis.get(k).and_then(|k| k.goal.clone()),
                    _ => None,
                };
                (Section::Kpis, self.model.kpis.len(), goal)
            }
            _ => return,
        };
        if matches!(section, Section::Steps | Section::Roles) && self.model.partners.is_empty() {
            self.status = "add a partner first (screen 2, then a)".to_string();
            return;
        }
        self.mode = Mode::Form(Box::new(Form::add(&self.model, section, at, near.as_ref())));
    }

    fn pick_flow_target(&mut self) {
        let Some(from) = self.focus.clone() else {
            self.status = "no step is selected".to_string();
            return;
        };
        let taken: Vec<Id> = self
            .model
            .steps
            .get(from.as_str())
            .map(|s| s.next.iter().map(|f| f.to.clone()).collect())
            .unwrap_or_default();
        let options = self
            .model
            .steps
            .iter()
            .filter(|s| s.id != from && !taken.contains(&s.id))
            .map(|s| {
                (
                    format!("{} ({})", crate::text::sanitize(&s.name), s.id),
                    Choice::Entity(Section::Steps, s.id.clone()),
                )
            })
            .collect();
        self.mode = Mode::Pick(Box::new(Picker {
            title: format!("Connect `{from}` to (type to narrow, Enter picks)"),
            options,
            filter: TextField::default(),
            selected: 0,
            purpose: PickPurpose::ConnectTo { from },
        }));
    }

    fn pick_flow(&mut self, remove: bool) {
        let Some(from) = self.focus.clone() else {
            return;
        };
        let Some(step) = self.model.steps.get(from.as_str()) else {
            return;
        };
        if step.next.is_empty() {
            self.status = "no flow leaves this step".to_string();
            return;
        }
        let options = step
            .next
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let to = crate::text::sanitize(self.model.name_of(Section::Steps, f.to.as_str()))
                    .into_owned();
                let label = if f.label.is_empty() {
                    String::new()
                } else {
                    format!(" — {}", crate::text::sanitize(&f.label))
                };
                (format!("→ {to}{label}"), Choice::Flow(i))
            })
            .collect();
        let (title, purpose) = if remove {
            ("Remove which flow?", PickPurpose::RemoveFlow { from })
        } else {
            ("Label which flow?", PickPurpose::LabelFlow { from })
        };
        self.mode = Mode::Pick(Box::new(Picker {
            title: title.to_string(),
            options,
            filter: TextField::default(),
            selected: 0,
            purpose,
        }));
    }

    /// Search every name and id (or, to go to an id, every id).
    fn search(&mut self, ids_only: bool) {
        let m = &self.model;
        let mut options = Vec::new();
        for section in [
            Section::Steps,
            Section::Partners,
            Section::Goals,
            Section::Kpis,
            Section::Roles,
            Section::Phases,
        ] {
            for id in m.ids(section) {
                let label = if ids_only {
                    id.to_string()
                } else {
                    format!(
                        "{}: {} ({id})",
                        section.noun(),
                        crate::text::sanitize(m.name_of(section, id.as_str()))
                    )
                };
                options.push((label, Choice::Entity(section, id.clone())));
            }
        }
        let title = if ids_only {
            "Go to id"
        } else {
            "Search names and ids"
        };
        self.mode = Mode::Pick(Box::new(Picker {
            title: title.to_string(),
            options,
            filter: TextField::default(),
            selected: 0,
            purpose: PickPurpose::Jump,
        }));
    }

    fn move_focus(&mut self, direction: Direction) {
        let Some(b) = self.focused_box() else {
            self.focus = self.layout.boxes.first().map(|b| b.step.clone());
            return;
        };
        if let Some(n) = self.layout.neighbour(b, direction) {
            self.focus = Some(self.layout.boxes[n].step.clone());
        }
    }

    /// Follows a flow from the focused step; where several leave (a fork)
    /// or enter (a join), a list to choose from.
    fn follow(&mut self, forward: bool) {
        let Some(id) = self.focus.clone() else { return };
        let chain = &self.model.steps;
        let Some(node) = chain.node(id.as_str()) else {
            return;
        };
        let targets: Vec<(Id, String)> = if forward {
            chain
                .flows_out(node)
                .iter()
                .map(|(_, f, t)| (chain.graph()[*t].id.clone(), f.label.clone()))
                .collect()
        } else {
            chain
                .flows_in(node)
                .iter()
                .map(|(_, s, f)| (chain.graph()[*s].id.clone(), f.label.clone()))
                .collect()
        };
        match targets.len() {
            0 => {
                self.status = if forward {
                    "no flow goes on from here"
                } else {
                    "no flow comes in here"
                }
                .to_string();
            }
            1 => self.focus = Some(targets[0].0.clone()),
            n => {
                let options = targets
                    .into_iter()
                    .map(|(t, label)| {
                        let name =
                            crate::text::sanitize(self.model.name_of(Section::Steps, t.as_str()))
                                .into_owned();
                        let label = if label.is_empty() {
                            String::new()
                        } else {
                            format!(" — {}", crate::text::sanitize(&label))
                        };
                        (
                            format!("{} {name}{label}", if forward { "→" } else { "←" }),
                            Choice::Entity(Section::Steps, t),
                        )
                    })
                    .collect();
                let title = if forward {
                    format!("{n} flows leave here: follow which?")
                } else {
                    format!("{n} flows come in here: follow which back?")
                };
                self.mode = Mode::Pick(Box::new(Picker {
                    title,
                    options,
                    filter: TextField::default(),
                    selected: 0,
                    purpose: PickPurpose::Jump,
                }));
            }
        }
    }

    /// Scrolls the chain view so the focused box is whole in view.
    pub fn keep_focus_in_view(&mut self) {
        let Some(b) = self.focused_box() else { return };
        let b = &self.layout.boxes[b];
        let (w, h) = self.view;
        let gutter = self.layout.label_width;
        let visible_w = w.saturating_sub(gutter).max(1);
        let left = b.x.saturating_sub(gutter);
        if left < self.scroll.0 {
            self.scroll.0 = left.saturating_sub(2);
        } else if left + b.width + 2 > self.scroll.0 + visible_w {
            self.scroll.0 = (left + b.width + 2).saturating_sub(visible_w);
        }
        if b.y < self.scroll.1 {
            self.scroll.1 = b.y.saturating_sub(1);
        } else if b.y + b.height + 1 > self.scroll.1 + h {
            self.scroll.1 = (b.y + b.height + 1).saturating_sub(h);
        }
    }

    /// The rows of a table screen.
    pub fn row_count(&self, screen: Screen) -> usize {
        match screen {
            Screen::Problems => self.findings.list.len(),
            Screen::Chain | Screen::Overview => 0,
            _ => self.table_rows(screen).len(),
        }
    }

    /// The entity the current screen points at.
    pub fn selected(&self) -> Option<(Section, Id)> {
        let row = self.rows[self.screen.index()];
        match self.screen {
            Screen::Chain => self.focus.clone().map(|id| (Section::Steps, id)),
            Screen::Overview => Some((Section::Top, Id::default())),
            Screen::Problems => None,
            screen => self.table_rows(screen).get(row).cloned(),
        }
    }

    fn delete(&mut self) {
        let Some((section, id)) = self.selected().filter(|(s, _)| *s != Section::Top) else {
            return;
        };
        let refs = references_to(&self.model, section, id.as_str());
        let edit = delete_with_references(&self.model, section, id.as_str());
        let what = format!("{} `{}`", section.noun(), id);
        let question = if refs.is_empty() {
            format!("Delete {what}? (y/n)")
        } else {
            let list: Vec<String> = refs
                .iter()
                .take(6)
                .map(|r| {
                    let s = &r.subject;
                    match (&s.id, s.field) {
                        (Some(owner), Some(field)) => {
                            format!("{} `{owner}` ({field})", s.section.noun())
                        }
                        _ => "the model's director".to_string(),
                    }
                })
                .collect();
            let more = if refs.len() > 6 {
                format!(" and {} more", refs.len() - 6)
            } else {
                String::new()
            };
            // What goes with it: entities that cannot live without it.
            let mut gone: Vec<String> = Vec::new();
            if let Edit::Batch(edits) = &edit {
                for e in edits {
                    if let Edit::Remove { section: s, id: i } = e {
                        if !(*s == section && *i == id) {
                            gone.push(format!("{} `{i}`", s.noun()));
                        }
                    }
                }
            }
            let also = if gone.is_empty() {
                String::new()
            } else {
                format!(" This also deletes {}.", gone.join(", "))
            };
            format!(
                "{what} is referred to by {}{more}.{also} Delete it and remove those references? (y/n)",
                list.join(", ")
            )
        };
        self.mode = Mode::Confirm {
            question,
            on_yes: Pending::Apply(Box::new(edit)),
        };
    }

    fn ask_measurement(&mut self) {
        let Some((Section::Kpis, kpi)) = self.selected() else {
            self.status = "select a KPI (not a goal) to add a measurement".to_string();
            return;
        };
        let latest = self.model.kpis[&kpi].latest().map(|m| m.period.clone());
        let period = next_period(latest.as_deref());
        self.mode = Mode::Prompt {
            question: format!("Value for KPI `{kpi}` in {period}:"),
            input: String::new(),
            purpose: Purpose::Measurement { kpi, period },
        };
    }

    fn prompted(&mut self, purpose: Purpose, input: &str) {
        match purpose {
            Purpose::Measurement { kpi, period } => {
                let text = input.trim().replace(',', ".");
                let Some(value) = format::yaml::parse_number(&text).filter(|v| v.is_finite())
                else {
                    self.status = format!("`{input}` is not a number; nothing added");
                    return;
                };
                let mut entity = self.model.kpis[&kpi].clone();
                entity.measurements.push(Measurement {
                    period: period.clone(),
                    value,
                    note: String::new(),
                });
                self.apply(
                    Edit::Replace(Entity::Kpi(kpi, entity)),
                    &format!("measurement for {period} added"),
                );
            }
            Purpose::FlowLabel { from, to, slot } => {
                let Some(mut step) = self.model.steps.get(from.as_str()).cloned() else {
                    return;
                };
                let label = input.trim().to_string();
                match slot {
                    Some(i) if i < step.next.len() => step.next[i].label = label,
                    Some(_) => return,
                    None => step.next.push(Flow { to, label }),
                }
                let done = if slot.is_some() {
                    "label changed"
                } else {
                    "connected"
                };
                self.apply(Edit::Replace(Entity::Step(step)), done);
            }
            Purpose::SaveAs => {
                let path = PathBuf::from(input.trim());
                if path.as_os_str().is_empty() || path.exists() {
                    self.status = format!("{} exists or is empty; not saved", input.trim());
                    return;
                }
                let text = format::write(&self.model);
                match format::write_atomic(&path, &text) {
                    Ok(()) => {
                        self.status = format!("saved to {}; editing that file now", path.display());
                        self.path = path;
                        self.disk_text = text;
                        self.unsaved = 0;
                    }
                    Err(e) => self.status = format!("not saved: {}", format::describe_io(&e)),
                }
            }
        }
    }

    fn reorder(&mut self, up: bool) {
        let Some((section, id)) = self.selected() else {
            return;
        };
        let Some(at) = self.model.ids(section).position(|i| *i == id) else {
            return;
        };
        let to = if up { at.saturating_sub(1) } else { at + 1 };
        if to == at || to >= self.model.ids(section).count() {
            return;
        }
        self.apply(
            Edit::Move {
                section,
                id: id.clone(),
                to,
            },
            if section == Section::Steps {
                "moved in reading order (the file's order of steps)"
            } else {
                "moved"
            },
        );
        // The selection stays on what moved.
        if let Some(row) = self
            .table_rows(self.screen)
            .iter()
            .position(|(s, i)| *s == section && *i == id)
        {
            self.rows[self.screen.index()] = row;
        }
    }

    fn jump_to_problem(&mut self) {
        let Some(d) = self.findings.list.get(self.rows[Screen::Problems.index()]) else {
            return;
        };
        let Some(subject) = d.subject.clone() else {
            return;
        };
        match &subject.id {
            Some(id) => self.go_to(subject.section, id),
            None => self.screen = Screen::Overview,
        }
    }

    fn confirmed(&mut self, pending: Pending) {
        match pending {
            Pending::Apply(edit) => self.apply(*edit, "deleted"),
            Pending::Discard => self.quit = true,
            Pending::Overwrite => self.save(true),
            Pending::Reload => self.reload(),
        }
    }

    /// Saves, with the file's comments in their places; asks first when
    /// the file changed on disk.
    pub fn save(&mut self, overwrite: bool) {
        let on_disk = std::fs::read_to_string(&self.path).unwrap_or_default();
        if !overwrite && on_disk != self.disk_text {
            self.mode = Mode::Confirm {
                question: "The file changed on disk since it was opened. y: overwrite it; r: reload it and drop the changes made here; w: save to another file; n: cancel".to_string(),
                on_yes: Pending::Overwrite,
            };
            return;
        }
        let text = format::write(&self.model);
        match format::write_atomic(&self.path, &text) {
            Ok(()) => {
                self.disk_text = text;
                self.unsaved = 0;
                self.status = format!("saved {}", self.path.display());
            }
            Err(e) => self.status = format!("not saved: {}", format::describe_io(&e)),
        }
    }

    fn reload(&mut self) {
        let Ok(text) = std::fs::read_to_string(&self.path) else {
            self.status = "cannot read the file".to_string();
            return;
        };
        match format::read_str(&text).model {
            Some(model) => {
                self.model = model;
                self.history = History::new();
                self.disk_text = text;
                self.unsaved = 0;
                self.status = "reloaded from disk".to_string();
                self.refresh();
            }
            None => self.status = "the file on disk does not parse; not reloaded".to_string(),
        }
    }

    /// The findings, for the problems screen.
    pub fn problems(&self) -> &[Diagnostic] {
        &self.findings.list
    }
}

/// The period after `latest`: `2026-Q2` after `2026-Q1`, `2027-Q1` after
/// `2026-Q4`, `2027` after `2026`; this quarter's year when there is none.
pub fn next_period(latest: Option<&str>) -> String {
    let Some(latest) = latest else {
        return "2026-Q1".to_string();
    };
    for (mark, per_year) in [("-Q", 4), ("-H", 2)] {
        if let Some((year, part)) = latest.split_once(mark) {
            if let (Ok(year), Ok(part)) = (year.parse::<u32>(), part.parse::<u32>()) {
                if part >= per_year {
                    if let Some(next) = year.checked_add(1) {
                        return format!("{next}{mark}1");
                    }
                } else {
                    return format!("{year}{mark}{}", part + 1);
                }
            }
        }
    }
    if let Some(next) = latest.parse::<u32>().ok().and_then(|y| y.checked_add(1)) {
        return next.to_string();
    }
    format!("{latest} (next)")
}

/// Whether an edit would change the model (an unchanged form does not).
fn changes(edit: &Edit, model: &Model) -> bool {
    use crate::edit::TopField;
    match edit {
        Edit::Replace(entity) => {
            Entity::of(model, entity.section(), entity.id().as_str()).as_ref() != Some(entity)
        }
        Edit::SetText { field, value } => {
            let current = match field {
                TopField::Name => &model.name,
                TopField::Description => &model.description,
                TopField::ClientQuestion => &model.client_question,
                TopField::Ambition => &model.ambition,
            };
            current != value
        }
        Edit::SetDirector(director) => model.director != *director,
        Edit::Batch(edits) => edits.iter().any(|e| changes(e, model)),
        _ => true,
    }
}
