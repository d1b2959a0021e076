//! Typing into a form's choice: the letters narrow the options (as in
//! every list to choose from, see `filter.rs`) and the best match is
//! chosen at once, so Tab or Enter takes it; ← → go along the matches.
//! The role of a step offers the roles of the step's partner first. A
//! choice of several opens its list with boxes on Space.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Form, Value};
use crate::model::{Id, Model, Section};
use crate::tui::dialog::checklist::Checked;
use crate::tui::filter::matching;
use crate::tui::input::Edited;
use crate::tui::keymap::{Layer, dialog_action};

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
        let Value::Many { ticked, open, .. } = &mut self.fields[self.focus].value else {
            return false;
        };
        let Some(list) = open else {
            return false;
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
            if let Some(&best) = matches(options, filter.text()).first() {
                *chosen = Some(best);
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
            ..
        } = &mut self.fields[self.focus].value
        else {
            return false;
        };
        if filter.text().is_empty() {
            return false;
        }
        let found = matches(options, filter.text());
        if !found.is_empty() {
            let n = found.len();
            let at = chosen.and_then(|c| found.iter().position(|&f| f == c));
            let next = match at {
                Some(at) if forward => (at + 1) % n,
                Some(at) => (at + n - 1) % n,
                None => 0,
            };
            *chosen = Some(found[next]);
        }
        true
    }

    /// The focus left a field: what was typed into its choice goes.
    pub(super) fn left_field(&mut self, field: usize) {
        if let Some(Value::Pick { filter, .. }) = self.fields.get_mut(field).map(|f| &mut f.value) {
            *filter = Default::default();
        }
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
