//! Several editors on one file, the editor's side: what came in from
//! disk (merged into the model shown, or a conflict to settle), saving
//! after every change (autosave), following the file read-only (for the
//! projector), and git's pull and push on a key. More methods of [`App`].

use std::sync::mpsc::{Receiver, channel};

use super::app::App;
use super::dialog::{Dialog, Settle};
use super::keymap::Action;
use crate::document::{Allow, CameIn, Incoming};
use crate::lang::t;
use crate::merge::Merged;
use crate::merge::conflict::Conflicted;
use crate::model::Model;

/// How many changes that came in the editor keeps.
const KEPT: usize = 20;

/// The editor among others on one file.
#[derive(Debug, Default)]
pub struct Live {
    /// Who this editor is, for the log beside the file.
    pub author: String,
    /// Save after every change.
    pub autosave: bool,
    /// Only show the file, read again on every change; never write.
    pub follow: bool,
    /// The last changes that came in, newest last, with their author.
    pub changes: Vec<String>,
    /// The file's text a conflict came in with, while it is settled.
    pub pending: Option<String>,
    /// The file changed and is still to be looked at (a dialog was open).
    pub look: bool,
    /// The git sync running, and where its answer comes.
    pub syncing: Option<Receiver<String>>,
}

/// Whether an action only looks (so a following view does it).
pub fn reads_only(action: Action) -> bool {
    matches!(
        action,
        Action::Quit
            | Action::Help
            | Action::NextScreen
            | Action::PreviousScreen
            | Action::Show(_)
            | Action::Left
            | Action::Right
            | Action::Up
            | Action::Down
            | Action::FollowNext
            | Action::FollowPrevious
            | Action::Presentation
            | Action::ZoomOut
            | Action::ZoomIn
            | Action::Turn
            | Action::Jump
            | Action::Search
            | Action::Goto
    )
}

impl App {
    /// The file may have changed on disk: merge it in (or, following,
    /// read it). Not while a dialog is open (a form being filled in, a
    /// conflict being settled): then when it closes, so that a conflict
    /// never takes the place of what is being typed.
    pub fn disk_changed(&mut self) {
        self.live.look = true;
        if self.dialog.is_some() {
            return;
        }
        self.live.look = false;
        let Ok(text) = std::fs::read_to_string(self.doc.path()) else {
            return;
        };
        if self.live.follow {
            if text == self.doc.base() {
                return;
            }
            let loaded = crate::format::read_str(&text);
            match loaded.model {
                Some(model) if !loaded.has_errors() => {
                    let came_in = self.doc.take_merged(model, text);
                    self.came_in(came_in);
                }
                _ => self.status = t::follow_not_a_model(),
            }
            return;
        }
        match self.doc.merge_text(text) {
            Incoming::Nothing => {}
            Incoming::Merged(came_in) => self.came_in(came_in),
            Incoming::Conflicts { merged, text } => self.conflicts_came_in(*merged, text),
            Incoming::NoModel => self.status = t::disk_not_a_model(),
        }
    }

    /// Shows what came in: who saved it and what changed.
    pub(super) fn came_in(&mut self, came_in: CameIn) {
        if came_in.lines.is_empty() {
            self.refresh();
            return;
        }
        let who = came_in.author.clone().unwrap_or_else(t::on_disk);
        for line in &came_in.lines {
            self.live.changes.push(format!("{who}: {line}"));
        }
        let start = self.live.changes.len().saturating_sub(KEPT);
        self.live.changes.drain(..start);
        let more = match came_in.lines.len() {
            1 => String::new(),
            n => t::and_more_changes(n - 1),
        };
        self.status = format!(
            "{who}: {}{more}",
            came_in.lines.last().map(String::as_str).unwrap_or("")
        );
        self.refresh();
        // A following view goes to what changed last; an editor stays
        // where its user is.
        if let Some((section, id)) = came_in.last.filter(|_| self.live.follow) {
            self.go_to(section, &id);
        }
        self.keep_focus_in_view();
    }

    /// Both this editor and a save on disk changed one thing: settle each
    /// conflict (ours: what is here; theirs: the file's). Nothing is
    /// written until every one is settled; nothing of either side is lost
    /// meanwhile (the document keeps its edits, the file its text).
    pub(super) fn conflicts_came_in(&mut self, merged: Merged, text: String) {
        let marked = merged.text();
        let Some(conflicted) = Conflicted::read(&marked) else {
            return;
        };
        let count = merged.conflicts.len();
        self.live.pending = Some(text);
        self.dialog = Some(Dialog::Settle(Box::new(Settle::live(&marked, conflicted))));
        self.status = t::conflicts_came_in(count);
    }

    /// The conflicts that came in are settled: the model shown is the
    /// merge, still to be saved (autosave saves it).
    pub(super) fn settled_live(&mut self, model: Model) {
        let Some(text) = self.live.pending.take() else {
            return;
        };
        let came_in = self.doc.take_merged(model, text);
        self.came_in(came_in);
        self.status = if self.live.autosave {
            t::settled()
        } else {
            t::settled_s_saves()
        };
        self.autosave();
    }

    /// Saves when autosave is on and there is something to save (not
    /// while a dialog is open: a form half filled in, a conflict).
    pub fn autosave(&mut self) {
        if self.live.autosave
            && !self.live.follow
            && self.dialog.is_none()
            && self.help.is_none()
            && self.doc.is_dirty()
        {
            self.save(Allow::default());
        }
    }

    pub(super) fn toggle_autosave(&mut self) {
        self.live.autosave = !self.live.autosave;
        self.status = if self.live.autosave {
            t::autosave_on()
        } else {
            t::autosave_off()
        };
        self.autosave();
    }

    /// Saves, then commits, pulls and pushes in the background; what the
    /// pull brings merges in as any change on disk does.
    pub(super) fn sync(&mut self) {
        if self.live.syncing.is_some() {
            self.status = t::sync_running();
            return;
        }
        if self.doc.is_dirty() {
            self.save(Allow::default());
            if self.doc.is_dirty() {
                return;
            }
        }
        let (tx, rx) = channel();
        let path = self.doc.path().to_path_buf();
        let author = self.live.author.clone();
        std::thread::spawn(move || {
            let _ = tx.send(crate::live::sync(&path, &author));
        });
        self.live.syncing = Some(rx);
        self.status = t::sync_started();
    }

    /// Between keys: the answer of a git sync, if it came.
    pub fn tick(&mut self) {
        if let Some(rx) = &self.live.syncing {
            if let Ok(answer) = rx.try_recv() {
                self.status = answer;
                self.live.syncing = None;
            }
        }
    }
}
