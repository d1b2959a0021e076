//! The keys of a form: its own (save, cancel, the next field, a choice),
//! then the focused text field's.

use ratatui::crossterm::event::KeyEvent;

use super::{Form, Value};
use crate::model::{Id, Model, Section};
use crate::tui::dialog::checklist::Checklist;
use crate::tui::input::Edited;
use crate::tui::keymap::{Answer, DialogAction, Layer, dialog_action, dialog_actions};
use crate::tui::message::{Msg, Reply, Submitted};

impl Form {
    /// Handles a key: the form's own keys first, then the focused field's.
    pub fn key(&mut self, key: KeyEvent, model: &Model) -> Reply {
        self.remember_opened();
        if self.asking {
            // Whether to throw the changes away: y closes, n and Esc go
            // back to the form.
            match dialog_action(key, Layer::Confirm) {
                Some(DialogAction::Answer(Answer::Yes)) => return Reply::Cancel,
                Some(DialogAction::Answer(_)) => self.asking = false,
                _ => {}
            }
            return Reply::Continue;
        }
        if let Value::Guards(g) = &mut self.fields[self.focus].value {
            if g.key(key) {
                return Reply::Continue;
            }
        }
        if self.many_key(key) || self.pick_key(key, model) {
            return Reply::Continue;
        }
        let before = self.focus;
        let reply = self.form_key(key, model);
        if self.focus != before {
            self.left_field(before);
        }
        reply
    }

    /// The form's own keys, then the focused text field's.
    fn form_key(&mut self, key: KeyEvent, model: &Model) -> Reply {
        let count = self.fields.len();
        let text = matches!(self.fields[self.focus].value, Value::Text(_));
        let pick = matches!(self.fields[self.focus].value, Value::Pick { .. });
        for action in dialog_actions(key, Layer::Form) {
            match action {
                DialogAction::Cancel if self.changed() => self.asking = true,
                DialogAction::Cancel => return Reply::Cancel,
                DialogAction::Submit => return self.submit(model, false),
                DialogAction::SubmitNext => return self.submit(model, true),
                DialogAction::NextField => self.focus = self.next_field(),
                DialogAction::PreviousField => self.focus = (self.focus + count - 1) % count,
                // In a text field these keys move the cursor and type.
                DialogAction::Choose(_) | DialogAction::Toggle if text => continue,
                DialogAction::Choose(forward) => self.choose(forward, model),
                DialogAction::Toggle if pick => self.choose(true, model),
                DialogAction::Toggle => self.toggle(),
                _ => continue,
            }
            return Reply::Continue;
        }
        let focus = self.focus;
        if let Value::Text(t) = &mut self.fields[focus].value {
            if t.key(key) == Edited::Changed {
                self.typed_in(focus, model);
            }
        }
        Reply::Continue
    }

    /// Pasted text goes into the focused text field.
    pub fn paste(&mut self, text: &str, model: &Model) {
        self.remember_opened();
        let focus = self.focus;
        if let Value::Text(t) = &mut self.fields[focus].value {
            t.insert(text);
            self.typed_in(focus, model);
        }
    }

    /// Takes the values as the form opened, at its first key or paste.
    pub(crate) fn remember_opened(&mut self) {
        if self.opened.is_none() {
            self.opened = Some(self.values());
        }
    }

    fn typed_in(&mut self, field: usize, model: &Model) {
        match self.fields[field].key {
            "id" => self.id_follows_name = false,
            "name" => self.name_changed(model),
            "interests" => {
                let names = self
                    .text_of("interests")
                    .split(';')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect();
                for f in &mut self.fields {
                    if let Value::Guards(g) = &mut f.value {
                        g.rename(names);
                        break;
                    }
                }
                self.show_interest_note();
            }
            "interest_note" => {
                let text = self.text_of("interest_note");
                if let Some(g) = self.guards_mut() {
                    g.set_note(&text);
                }
            }
            _ => {}
        }
    }

    fn guards_mut(&mut self) -> Option<&mut super::Guards> {
        self.fields.iter_mut().find_map(|f| match &mut f.value {
            Value::Guards(g) => Some(&mut **g),
            _ => None,
        })
    }

    /// The note's field shows the note of the interest shown.
    fn show_interest_note(&mut self) {
        let Some(note) = self.guards_mut().map(|g| g.note().to_string()) else {
            return;
        };
        if let Some(f) = self.fields.iter_mut().find(|f| f.key == "interest_note") {
            f.value = Value::Text(crate::tui::input::TextInput::lines(&note));
        }
    }

    /// The field after the focused one; from the name of a new entity,
    /// past the id proposed from it (Shift-Tab goes back to it).
    fn next_field(&self) -> usize {
        let next = (self.focus + 1) % self.fields.len();
        let proposed = self.editing.is_none() && self.id_follows_name;
        if proposed && self.fields[self.focus].key == "name" && self.fields[next].key == "id" {
            (next + 1) % self.fields.len()
        } else {
            next
        }
    }

    /// What the focused field asks, for the line under the form.
    pub fn hint(&self) -> String {
        let guards = self.fields.iter().find_map(|f| match &f.value {
            Value::Guards(g) => Some(g),
            _ => None,
        });
        match (&self.fields[self.focus].value, guards) {
            (Value::Guards(g), _) => g.hint(),
            (_, Some(g)) if self.fields[self.focus].key == "interest_note" => g.note_hint(),
            (Value::Text(_), _)
                if self.fields[self.focus].key == "name"
                    && self.editing.is_none()
                    && self.id_follows_name
                    && self.fields.iter().any(|f| f.key == "id") =>
            {
                crate::lang::t::id_skipped()
            }
            (Value::Many { .. }, _) => crate::lang::t::tick_hint(),
            _ => String::new(),
        }
    }

    /// The next (or previous) option of a choice (among those that match
    /// what was typed), or the interest along a list of safeguards.
    fn choose(&mut self, forward: bool, model: &Model) {
        if self.choose_matching(forward) {
            self.picked(model);
            return;
        }
        match &mut self.fields[self.focus].value {
            Value::Pick {
                options,
                chosen,
                optional,
                new,
                ..
            } => {
                *new = None;
                let n = options.len() + usize::from(*optional);
                if n == 0 {
                    return;
                }
                // Optional fields cycle through "none" as well.
                let at = chosen.map_or(0, |i| i + usize::from(*optional));
                let next = if forward {
                    (at + 1) % n
                } else {
                    (at + n - 1) % n
                };
                *chosen = if *optional {
                    next.checked_sub(1)
                } else {
                    Some(next)
                };
            }
            Value::Guards(g) => {
                g.choose(forward);
                self.show_interest_note();
            }
            _ => {}
        }
        self.picked(model);
    }

    fn toggle(&mut self) {
        let label = self.fields[self.focus].label.clone();
        match &mut self.fields[self.focus].value {
            Value::Guards(g) => self.error = g.open().err().unwrap_or_default(),
            Value::Many {
                options,
                ticked,
                open,
                ..
            } => {
                if options.is_empty() {
                    self.error = crate::lang::t::nothing_to_choose();
                    return;
                }
                // The list's title is the label without its key hint.
                let title = label.split(" (").next().unwrap_or(&label);
                *open = Some(Checklist::new(title, options.clone(), ticked));
            }
            _ => {}
        }
    }

    /// The form's edit, or what is wrong with it; `next`: the form of
    /// the next new one follows (only where this one is new).
    fn submit(&mut self, model: &Model, next: bool) -> Reply {
        match self.edit_of(model) {
            Ok(edit) => {
                let step = (self.section == Section::Steps)
                    .then(|| {
                        self.fields
                            .iter()
                            .find(|f| f.key == "id")
                            .map(|f| Id::new(f.shown().trim()))
                    })
                    .flatten();
                Reply::Done(Msg::Submitted(Box::new(Submitted {
                    edit,
                    section: self.section,
                    editing: self.editing.is_some(),
                    step,
                    from: self.from.clone(),
                    next: next && self.editing.is_none(),
                    next_phase: self.next_phase,
                })))
            }
            Err(message) => {
                self.error = message;
                Reply::Continue
            }
        }
    }
}
