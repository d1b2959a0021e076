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
    /// For each option, text that is searched but not listed (an entity's
    /// description, notes…); where only it matches, the words that do are
    /// shown beside the option.
    pub inside: Vec<String>,
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
            inside: Vec::new(),
        }
    }

    /// The options that match the filter, best first, with their index.
    pub fn visible(&self) -> Vec<(usize, &str)> {
        let texts: Vec<String> = self
            .options
            .iter()
            .enumerate()
            .map(|(i, (label, _))| match self.inside.get(i) {
                Some(inside) if !inside.is_empty() => format!("{label}\n{inside}"),
                _ => label.clone(),
            })
            .collect();
        matching(texts.iter().map(String::as_str), self.filter.text())
            .into_iter()
            .map(|i| (i, self.options[i].0.as_str()))
            .collect()
    }

    /// An option as listed: its label, and where only the text inside it
    /// matches what was typed, the line of that text that does.
    pub fn shown(&self, index: usize) -> String {
        let label = &self.options[index].0;
        let typed = fold(self.filter.text().trim());
        if typed.is_empty() || fold(label).contains(&typed) {
            return label.clone();
        }
        let line = self
            .inside
            .get(index)
            .into_iter()
            .flat_map(|t| t.lines())
            .find(|l| fold(l).contains(&typed));
        match line {
            Some(line) => format!("{label} · “{}”", around(line, &typed)),
            None => label.clone(),
        }
    }

    /// Types into the filter; an option that is exactly what was typed
    /// (or starts with it as a word: an id before its name) is selected.
    pub fn filter_with(&mut self, text: &str) {
        self.filter.insert(text);
        self.filtered();
    }

    fn filtered(&mut self) {
        let typed = fold(self.filter.text().trim());
        self.selected = self
            .visible()
            .iter()
            .position(|(_, label)| {
                let label = fold(label);
                label == typed || label.starts_with(&format!("{typed} "))
            })
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

/// The words of `line` from a couple before the first that matches the
/// folded `typed`, so the match is in view.
fn around(line: &str, typed: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    let first = typed.split_whitespace().next().unwrap_or(typed);
    let at = words
        .iter()
        .position(|w| fold(w).contains(first))
        .unwrap_or(0);
    let from = at.saturating_sub(2);
    let lead = if from > 0 { "…" } else { "" };
    format!("{lead}{}", words[from..].join(" "))
}
