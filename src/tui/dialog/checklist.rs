//! A list with boxes, opened from a form field: any number of a list
//! ticked, in the order the user ticks them (an interest's safeguarding
//! agreements, a goal's partners). It scrolls, so every option can be
//! reached however many there are; letters typed go to the first option
//! that matches them.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::model::Id;
use crate::tui::filter::matching;
use crate::tui::keymap::{DialogAction, Layer, dialog_action};

/// What a key did to the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checked {
    /// Still open.
    Open,
    /// Closed, what was ticked taken.
    Done,
    /// Closed, nothing changed.
    Cancel,
}

/// A list with boxes.
#[derive(Debug, Clone, PartialEq)]
pub struct Checklist {
    pub title: String,
    pub options: Vec<(Id, String)>,
    /// The ids ticked, in the order they were ticked (those ticked before
    /// first). An id not among the options stays where it was.
    pub ticked: Vec<Id>,
    pub cursor: usize,
    /// Letters typed since the last tick: the cursor goes to the first
    /// option that matches them.
    pub typed: String,
}

impl Checklist {
    pub fn new(title: impl Into<String>, options: Vec<(Id, String)>, ticked: &[Id]) -> Checklist {
        Checklist {
            title: title.into(),
            options,
            ticked: ticked.to_vec(),
            cursor: 0,
            typed: String::new(),
        }
    }

    /// Where an option stands among the ticked ones, from 1.
    pub fn place(&self, option: usize) -> Option<usize> {
        let id = &self.options.get(option)?.0;
        self.ticked.iter().position(|t| t == id).map(|p| p + 1)
    }

    pub fn key(&mut self, key: KeyEvent) -> Checked {
        let n = self.options.len();
        let action = dialog_action(key, Layer::Checklist);
        if let (None, KeyCode::Char(c)) = (action, key.code) {
            if !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
            {
                self.typed.push(c);
                let texts: Vec<String> = self
                    .options
                    .iter()
                    .map(|(id, name)| format!("{name} {id}"))
                    .collect();
                if let Some(&first) =
                    matching(texts.iter().map(String::as_str), &self.typed).first()
                {
                    self.cursor = first;
                }
            }
            return Checked::Open;
        }
        self.typed.clear();
        match action {
            Some(DialogAction::Submit) => return Checked::Done,
            Some(DialogAction::Cancel) => return Checked::Cancel,
            Some(DialogAction::Choose(forward)) if n > 0 => {
                self.cursor = if forward {
                    (self.cursor + 1).min(n - 1)
                } else {
                    self.cursor.saturating_sub(1)
                };
            }
            Some(DialogAction::ScrollPage(forward)) if n > 0 => {
                self.cursor = if forward {
                    (self.cursor + 10).min(n - 1)
                } else {
                    self.cursor.saturating_sub(10)
                };
            }
            Some(DialogAction::Toggle) if n > 0 => {
                let id = self.options[self.cursor].0.clone();
                match self.ticked.iter().position(|t| *t == id) {
                    Some(at) => {
                        self.ticked.remove(at);
                    }
                    None => self.ticked.push(id),
                }
            }
            _ => {}
        }
        Checked::Open
    }
}
