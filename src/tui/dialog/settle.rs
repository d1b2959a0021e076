//! Settling the conflicts of a merge: a file with git's conflict markers,
//! read into its conflicts, each settled as ours, theirs, or both where
//! both make a model. When every one is, the dialog answers with the
//! clean model, for the editor to open.

use ratatui::crossterm::event::KeyEvent;

use crate::lang::t;
use crate::merge::conflict::{Conflicted, FileConflict, SettleError, Side};
use crate::model::{Id, Section};
use crate::tui::keymap::{Answer, DialogAction, Layer, dialog_action};
use crate::tui::message::{Msg, Reply};

/// The conflicts of a file, settled one by one.
#[derive(Debug, Clone, PartialEq)]
pub struct Settle {
    conflicted: Conflicted,
    /// The conflict shown, in file order.
    pub selected: usize,
    /// Whether each conflict can be settled as both, as the others stand.
    both: Vec<bool>,
    /// Where each conflict is in the model, from the keys around it in
    /// the file: `phases › wegen`.
    pub places: Vec<String>,
    /// Why the last key did nothing, if it did not.
    pub error: String,
    /// Asking whether to leave with the file as it is.
    pub leaving: bool,
    /// What to edit in its form once every conflict is settled.
    pub edit: Option<(Section, Id)>,
    /// A conflict with a save on disk, in the editor: there is no leaving
    /// it, since each side is kept (the edits here, the file there) until
    /// it is settled.
    pub live: bool,
}

impl Settle {
    /// The conflicts of `text`, read into `conflicted`.
    pub fn new(text: &str, conflicted: Conflicted) -> Settle {
        let lines: Vec<&str> = text.lines().collect();
        let places = conflicted
            .conflicts()
            .iter()
            .map(|c| place(&lines, c))
            .collect();
        let mut settle = Settle {
            conflicted,
            selected: 0,
            both: Vec::new(),
            places,
            live: false,
            edit: None,
            error: String::new(),
            leaving: false,
        };
        settle.weigh_both();
        settle
    }

    /// The conflicts of a merge with a save on disk.
    pub fn live(text: &str, conflicted: Conflicted) -> Settle {
        Settle {
            live: true,
            ..Settle::new(text, conflicted)
        }
    }

    /// The conflicts, in file order.
    pub fn conflicts(&self) -> Vec<&FileConflict> {
        self.conflicted.conflicts()
    }

    /// How many are not settled yet.
    pub fn unsettled(&self) -> usize {
        self.conflicts()
            .iter()
            .filter(|c| c.settled.is_none())
            .count()
    }

    /// Whether conflict `index` can be settled as both.
    pub fn both_is_meaningful(&self, index: usize) -> bool {
        self.both.get(index).copied().unwrap_or(false)
    }

    fn weigh_both(&mut self) {
        self.both = (0..self.conflicts().len())
            .map(|i| self.conflicted.both_is_meaningful(i))
            .collect();
    }

    pub fn key(&mut self, key: KeyEvent) -> Reply {
        if self.leaving {
            match dialog_action(key, Layer::Confirm) {
                Some(DialogAction::Answer(Answer::Yes)) => return Reply::Done(Msg::Discard),
                Some(DialogAction::Answer(Answer::No)) => self.leaving = false,
                _ => {}
            }
            return Reply::Continue;
        }
        let count = self.conflicts().len();
        match dialog_action(key, Layer::Settle) {
            Some(DialogAction::Take(side)) => return self.take(side),
            Some(DialogAction::Submit) => {
                self.edit = self.places.get(self.selected).map(|p| entity_at(p));
                return self.take(Side::Ours);
            }
            Some(DialogAction::Choose(next)) => {
                self.error.clear();
                self.selected = if next {
                    (self.selected + 1).min(count.saturating_sub(1))
                } else {
                    self.selected.saturating_sub(1)
                };
            }
            Some(DialogAction::Cancel) if self.live => self.error = t::settle_first(),
            Some(DialogAction::Cancel) => self.leaving = true,
            _ => {}
        }
        Reply::Continue
    }

    /// Settles the conflict shown; then shows the next one not settled,
    /// or, when there is none, answers with the clean model.
    fn take(&mut self, side: Side) -> Reply {
        self.error.clear();
        if side == Side::Both && !self.both_is_meaningful(self.selected) {
            self.error = t::both_sides_cannot();
            return Reply::Continue;
        }
        self.conflicted.settle(self.selected, side);
        self.weigh_both();
        let count = self.conflicts().len();
        let next = (1..=count)
            .map(|k| (self.selected + k) % count)
            .find(|&i| self.conflicts()[i].settled.is_none());
        if let Some(i) = next {
            self.selected = i;
            return Reply::Continue;
        }
        match self.conflicted.model() {
            Ok(model) => Reply::Done(Msg::Settled {
                model: Box::new(model),
                edit: self.edit.take(),
            }),
            Err(SettleError::Invalid(findings)) => {
                let first = findings
                    .list
                    .iter()
                    .find(|d| d.is_error())
                    .map(|d| d.message.clone())
                    .unwrap_or_default();
                self.error = t::settled_invalid(&first);
                Reply::Continue
            }
            Err(SettleError::Unsettled(_)) => Reply::Continue,
        }
    }
}

/// The keys that hold a conflict: going up from its lines, each line less
/// indented than any below it (blank lines, comments and markers aside).
fn place(lines: &[&str], conflict: &FileConflict) -> String {
    let indent = |l: &str| l.len() - l.trim_start().len();
    let mut below = conflict
        .ours
        .lines()
        .chain(conflict.theirs.lines())
        .filter(|l| !l.trim().is_empty())
        .map(indent)
        .min()
        .unwrap_or(0);
    let mut keys = Vec::new();
    for line in lines[..conflict.line.saturating_sub(1).min(lines.len())]
        .iter()
        .rev()
    {
        let trimmed = line.trim();
        let skip = trimmed.is_empty()
            || trimmed.starts_with('#')
            || ["<<<<<<<", "=======", ">>>>>>>", "|||||||"]
                .iter()
                .any(|m| line.starts_with(m));
        if skip || indent(line) >= below {
            continue;
        }
        below = indent(line);
        let key = trimmed.trim_start_matches("- ");
        keys.push(key.split(':').next().unwrap_or(key).to_string());
        if below == 0 {
            break;
        }
    }
    keys.reverse();
    keys.join(" › ")
}

/// The entity a place names: `partners › politie` is the partner
/// `politie`; a place outside the sections is the model itself.
fn entity_at(place: &str) -> (Section, Id) {
    let mut keys = place.split(" › ");
    let Some(section) = Section::from_key(keys.next().unwrap_or("")) else {
        return (Section::Top, Id::default());
    };
    match keys.next() {
        Some(id) => (section, Id::new(id.trim().trim_matches(['"', '\'']))),
        None => (Section::Top, Id::default()),
    }
}
