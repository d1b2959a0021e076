//! A list to choose from, narrowed by what is typed.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::tui::filter::{fold, matching};
use crate::tui::input::{Edited, TextInput};
use crate::tui::keymap::{DialogAction, Layer, dialog_action};
use crate::tui::message::{Choice, Msg, PickPurpose, Reply};

/// A list to choose from, narrowed by what is typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Picker {
    pub title: String,
    pub options: Vec<(String, Choice)>,
    pub filter: TextInput,
    pub selected: usize,
    pub purpose: PickPurpose,
}

impl Picker {
    pub fn new(
        title: impl Into<String>,
        options: Vec<(String, Choice)>,
        purpose: PickPurpose,
    ) -> Picker {
        Picker {
            title: title.into(),
            options,
            filter: TextInput::default(),
            selected: 0,
            purpose,
        }
    }

    /// The options that match the filter, best first, with their index.
    pub fn visible(&self) -> Vec<(usize, &str)> {
        let labels = self.options.iter().map(|(label, _)| label.as_str());
        matching(labels, self.filter.text())
            .into_iter()
            .map(|i| (i, self.options[i].0.as_str()))
            .collect()
    }

    /// Types into the filter; an option that is exactly what was typed
    /// goes first.
    pub fn filter_with(&mut self, text: &str) {
        self.filter.insert(text);
        self.filtered();
    }

    fn filtered(&mut self) {
        let typed = fold(self.filter.text().trim());
        self.selected = self
            .visible()
            .iter()
            .position(|(_, label)| fold(label) == typed)
            .unwrap_or(0);
    }

    pub fn key(&mut self, key: KeyEvent) -> Reply {
        let visible = self.visible().len();
        match dialog_action(key, Layer::Pick) {
            Some(DialogAction::Cancel) => return Reply::Cancel,
            Some(DialogAction::Choose(false)) => self.selected = self.selected.saturating_sub(1),
            Some(DialogAction::Choose(true)) => {
                self.selected = (self.selected + 1).min(visible.saturating_sub(1))
            }
            Some(DialogAction::Submit) => {
                let Some(&(index, _)) = self.visible().get(self.selected) else {
                    return Reply::Continue;
                };
                return Reply::Done(Msg::Picked {
                    purpose: self.purpose.clone(),
                    choice: self.options[index].1.clone(),
                });
            }
            _ => {
                if self.filter.key(key) == Edited::Changed {
                    if key.code == KeyCode::Backspace {
                        self.selected = 0;
                    } else {
                        self.filtered();
                    }
                }
            }
        }
        Reply::Continue
    }
}
