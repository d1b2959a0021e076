//! Typing into a form's choice: the letters narrow the options (as in
//! every list to choose from, see `filter.rs`) and the best match is
//! chosen at once, so Tab or Enter takes it; ← → go along the matches.
//! The role of a step offers the roles of the step's partner first. A
//! choice of several opens its list with boxes on Space.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Form, Value};
use crate::model::{Id, Model, Section};
use crate::tui::dialog::checklist::Checked;
use crate::tui::filter::{fold, matching};
use crate::tui::input::{Edited, TextInput};
use crate::tui::keymap::{DialogAction, Layer, dialog_action};

/// The options of a choice that match what was typed into it, best first.
pub fn matches(options: &[(Id, String)], typed: &str) -> Vec<usize> {
    let texts: Vec<String> = options
        .iter()
        .map(|(id, name)| format!("{name} {id}"))
        .collect();
    matching(texts.iter().map(String::as_str), typed)
}

impl Form {
    /// A key for the open list with boxes of a choice of several; whether
    /// it took the key.
    pub(super) fn many_key(&mut self, key: KeyEvent) -> bool {
        let Value::Many {
            options,
            ticked,
            open,
            filter,
        } = &mut self.fields[self.focus].value
        else {
            return false;
        };
        let Some(list) = open else {
            return tick_typed(options, ticked, filter, key);
        };
        match list.key(key) {
            Checked::Open => return true,
            Checked::Done => *ticked = list.ticked.clone(),
            Checked::Cancel => {}
        }
        *open = None;
        true
    }

    /// A key typed into the focused choice; whether it took the key.
    pub(super) fn pick_key(&mut self, key: KeyEvent, model: &Model) -> bool {
        let Value::Pick {
            options,
            chosen,
            filter,
            creates,
            new,
            ..
        } = &mut self.fields[self.focus].value
        else {
            return false;
        };
        let letter = matches!(key.code, KeyCode::Char(c) if c != ' ' || !filter.text().is_empty())
            && !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        // With something typed, the text keys (Backspace, Ctrl-U…) edit it;
        // the form's keys (Tab, Enter, ← →) stay the form's.
        let editing = !filter.text().is_empty() && dialog_action(key, Layer::Form).is_none();
        if !(letter || editing) {
            return false;
        }
        if filter.key(key) == Edited::Changed {
            *new = None;
            match matches(options, filter.text()).first() {
                Some(&best) => *chosen = Some(best),
                None => *new = offered(options, filter.text(), *creates),
            }
            self.error.clear();
            self.picked(model);
        }
        true
    }

    /// Goes to the next (or previous) option among those that match what
    /// was typed; false where nothing was typed.
    pub(super) fn choose_matching(&mut self, forward: bool) -> bool {
        let Value::Pick {
            options,
            chosen,
            filter,
            creates,
            new,
            ..
        } = &mut self.fields[self.focus].value
        else {
            return false;
        };
        if filter.text().is_empty() {
            return false;
        }
        let found = matches(options, filter.text());
        // A name of one's own comes after the matches.
        let offer = offered(options, filter.text(), *creates);
        let n = found.len() + usize::from(offer.is_some());
        if n > 0 {
            let at = match new {
                Some(_) => Some(found.len()),
                None => chosen.and_then(|c| found.iter().position(|&f| f == c)),
            };
            let next = match at {
                Some(at) if forward => (at + 1) % n,
                Some(at) => (at + n - 1) % n,
                None => 0,
            };
            match found.get(next) {
                Some(&f) => {
                    *chosen = Some(f);
                    *new = None;
                }
                None => *new = offer,
            }
        }
        true
    }

    /// The focus left a field: what was typed into its choice goes.
    pub(super) fn left_field(&mut self, field: usize) {
        if let Some(Value::Pick { filter, .. }) = self.fields.get_mut(field).map(|f| &mut f.value) {
            *filter = Default::default();
        }
    }

    /// The name of the new one chosen in the field `key`, if any.
    pub(super) fn new_of(&self, key: &str) -> Option<String> {
        self.fields
            .iter()
            .find(|f| f.key == key)
            .and_then(|f| match &f.value {
                Value::Pick { new, .. } => new.clone(),
                _ => None,
            })
    }

    /// A choice changed: a step's roles follow its partner.
    pub(super) fn picked(&mut self, model: &Model) {
        if self.section == Section::Steps && self.fields[self.focus].key == "partner" {
            self.partner_roles_first(model);
        }
    }

    /// Orders a step's roles: those of its partner first, the rest after,
    /// each in the model's order; the role chosen stays chosen. A new
    /// step takes its partner's role where the partner has one, and
    /// none of another partner's.
    pub(super) fn partner_roles_first(&mut self, model: &Model) {
        let partner = self.pick_of("partner");
        let Some(Value::Pick {
            options, chosen, ..
        }) = self
            .fields
            .iter_mut()
            .find(|f| f.key == "role")
            .map(|f| &mut f.value)
        else {
            return;
        };
        let was = chosen.map(|i| options[i].0.clone());
        let theirs = |id: &Id| {
            model
                .roles
                .get(id)
                .is_some_and(|r| Some(&r.partner) == partner.as_ref())
        };
        options.sort_by_key(|(id, _)| !theirs(id));
        *chosen = was.and_then(|w| options.iter().position(|(id, _)| *id == w));
        if self.editing.is_none() && !chosen.is_some_and(|c| theirs(&options[c].0)) {
            let own = options.iter().filter(|(id, _)| theirs(id)).count();
            *chosen = (own == 1).then_some(0);
        }
    }

    /// Chooses the option `id` of the choice `key`, where it is one.
    pub fn preset(&mut self, key: &str, id: &Id) {
        if let Some(Value::Pick {
            options, chosen, ..
        }) = self
            .fields
            .iter_mut()
            .find(|f| f.key == key)
            .map(|f| &mut f.value)
        {
            if let Some(at) = options.iter().position(|(o, _)| o == id) {
                *chosen = Some(at);
            }
        }
    }
}

/// The name typed into a choice that `creates`, as a new one to offer:
/// none where it is empty or is the name of one already there.
pub fn offered(options: &[(Id, String)], typed: &str, creates: bool) -> Option<String> {
    let typed = typed.trim();
    let taken = options.iter().any(|(_, name)| fold(name) == fold(typed));
    (creates && !typed.is_empty() && !taken).then(|| typed.to_string())
}

/// A key for a choice of several with its list closed: letters find an
/// option (the best match of what was typed), Space ticks or unticks it;
/// Tab, Enter and the other keys that leave the field tick it first.
/// Whether it took the key.
fn tick_typed(
    options: &[(Id, String)],
    ticked: &mut Vec<Id>,
    filter: &mut TextInput,
    key: KeyEvent,
) -> bool {
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    let typing = !filter.text().is_empty();
    let leaves = matches!(
        dialog_action(key, Layer::Form),
        Some(
            DialogAction::Submit
                | DialogAction::SubmitNext
                | DialogAction::NextField
                | DialogAction::PreviousField
        )
    );
    let best = matches(options, filter.text()).first().copied();
    match key.code {
        KeyCode::Char(' ') if plain && typing => {
            if let Some(best) = best {
                let id = &options[best].0;
                match ticked.iter().position(|t| t == id) {
                    Some(at) => {
                        ticked.remove(at);
                    }
                    None => ticked.push(id.clone()),
                }
            }
            *filter = TextInput::default();
            true
        }
        KeyCode::Char(c) if plain && c != ' ' => {
            filter.key(key);
            true
        }
        _ if typing && leaves => {
            if let Some(best) = best {
                if !ticked.contains(&options[best].0) {
                    ticked.push(options[best].0.clone());
                }
            }
            *filter = TextInput::default();
            false
        }
        _ if typing && dialog_action(key, Layer::Form).is_none() => {
            filter.key(key);
            true
        }
        _ => false,
    }
}
