//! The field of a partner's form that says, per interest, which agreements
//! safeguard it: ← → go from interest to interest, Space opens the list
//! of the model's agreements with boxes, ticked in the user's order.

use ratatui::crossterm::event::KeyEvent;

use crate::lang::t;
use crate::model::{Id, Interest};
use crate::tui::dialog::checklist::{Checked, Checklist};

/// Each interest's safeguarding agreements, as the form edits them.
#[derive(Debug, Clone, PartialEq)]
pub struct Guards {
    /// The model's agreements: ids and names.
    pub options: Vec<(Id, String)>,
    /// Every interest named since the form opened, with its agreements
    /// (an interest taken out of the list and typed again gets them back).
    pub known: Vec<(String, Vec<Id>)>,
    /// The interests the interests field names now.
    pub names: Vec<String>,
    /// The interest shown.
    pub at: usize,
    /// The list with boxes, open on the interest shown.
    pub open: Option<Checklist>,
    /// Every interest's note, by name (as `known`).
    pub notes: Vec<(String, String)>,
}

impl Guards {
    pub fn new(options: Vec<(Id, String)>, interests: &[Interest]) -> Guards {
        Guards {
            options,
            known: interests
                .iter()
                .map(|i| (i.name.clone(), i.safeguarded_by.clone()))
                .collect(),
            names: interests.iter().map(|i| i.name.clone()).collect(),
            at: 0,
            open: None,
            notes: interests
                .iter()
                .map(|i| (i.name.clone(), i.notes.clone()))
                .collect(),
        }
    }

    /// The note of the interest shown.
    pub fn note(&self) -> &str {
        let Some(name) = self.names.get(self.at) else {
            return "";
        };
        self.notes
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, note)| note.as_str())
    }

    /// Gives the interest shown this note.
    pub fn set_note(&mut self, text: &str) {
        let Some(name) = self.names.get(self.at).cloned() else {
            return;
        };
        match self.notes.iter_mut().find(|(n, _)| *n == name) {
            Some((_, note)) => *note = text.to_string(),
            None => self.notes.push((name, text.to_string())),
        }
    }

    /// Under the form, on the note's field: whose note it is.
    pub fn note_hint(&self) -> String {
        match self.names.get(self.at) {
            Some(name) => crate::lang::t::interest_note(name),
            None => crate::lang::t::interest_note_none(),
        }
    }

    fn of(&self, name: &str) -> &[Id] {
        self.known
            .iter()
            .find(|(n, _)| n == name)
            .map_or(&[], |(_, ids)| ids)
    }

    /// The interest shown and how many agreements safeguard it.
    pub fn shown(&self) -> String {
        let Some(name) = self.names.get(self.at) else {
            return t::guards_no_interests();
        };
        // A long name is cut, so the count stays in view.
        let name = match name.char_indices().nth(40) {
            Some((at, _)) => format!("{}…", &name[..at]),
            None => name.clone(),
        };
        let count = t::guards_count(self.of(&self.names[self.at]).len());
        format!("{name} ({}/{}): {count}", self.at + 1, self.names.len())
    }

    /// Under the form: the agreements of the interest shown, by name, and
    /// the keys.
    pub fn hint(&self) -> String {
        let keys = t::guards_keys();
        let Some(name) = self.names.get(self.at) else {
            return keys;
        };
        let agreements: Vec<&str> = self
            .of(name)
            .iter()
            .map(|id| {
                self.options
                    .iter()
                    .find(|(o, _)| o == id)
                    .map_or(id.as_str(), |(_, n)| n.as_str())
            })
            .collect();
        if agreements.is_empty() {
            t::guards_none(name, &keys)
        } else {
            t::guards_by(name, &agreements.join("; "), &keys)
        }
    }

    /// The next (or previous) interest.
    pub fn choose(&mut self, forward: bool) {
        let n = self.names.len();
        if n > 0 {
            self.at = if forward {
                (self.at + 1) % n
            } else {
                (self.at + n - 1) % n
            };
        }
    }

    /// Opens the list with boxes on the interest shown; what is wrong
    /// where it cannot.
    pub fn open(&mut self) -> Result<(), String> {
        let Some(name) = self.names.get(self.at) else {
            return Err(t::guards_name_first());
        };
        if self.options.is_empty() {
            return Err(t::guards_no_agreements());
        }
        let list = Checklist::new(t::guards_title(name), self.options.clone(), self.of(name));
        self.open = Some(list);
        Ok(())
    }

    /// A key for the open list, if one is open; whether it took the key.
    pub fn key(&mut self, key: KeyEvent) -> bool {
        let Some(list) = &mut self.open else {
            return false;
        };
        match list.key(key) {
            Checked::Open => return true,
            Checked::Done => {
                let ticked = list.ticked.clone();
                if let Some(name) = self.names.get(self.at).cloned() {
                    match self.known.iter_mut().find(|(n, _)| *n == name) {
                        Some((_, ids)) => *ids = ticked,
                        None => self.known.push((name, ticked)),
                    }
                }
            }
            Checked::Cancel => {}
        }
        self.open = None;
        true
    }

    /// The interests field names these now.
    pub fn rename(&mut self, names: Vec<String>) {
        for name in &names {
            if !self.known.iter().any(|(n, _)| n == name) {
                self.known.push((name.clone(), Vec::new()));
            }
        }
        self.at = self.at.min(names.len().saturating_sub(1));
        self.names = names;
    }

    /// Gives each interest the agreements picked for it, and its note.
    pub fn apply(&self, interests: &mut [Interest]) {
        for interest in interests {
            if let Some((_, ids)) = self.known.iter().find(|(n, _)| *n == interest.name) {
                interest.safeguarded_by = ids.clone();
            }
            if let Some((_, note)) = self.notes.iter().find(|(n, _)| *n == interest.name) {
                interest.notes = note.trim().to_string();
            }
        }
    }
}
