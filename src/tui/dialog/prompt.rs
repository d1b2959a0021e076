//! A line of text to type: a measurement, a flow's label, a file name.

use ratatui::crossterm::event::KeyEvent;

use crate::tui::input::TextInput;
use crate::tui::keymap::{DialogAction, Layer, dialog_action};
use crate::tui::message::{Msg, Purpose, Reply};

/// A question with a line to type the answer in.
#[derive(Debug, Clone, PartialEq)]
pub struct Prompt {
    pub question: String,
    pub input: TextInput,
    pub purpose: Purpose,
}

impl Prompt {
    pub fn new(question: impl Into<String>, text: &str, purpose: Purpose) -> Prompt {
        Prompt {
            question: question.into(),
            input: TextInput::new(text),
            purpose,
        }
    }

    pub fn key(&mut self, key: KeyEvent) -> Reply {
        match dialog_action(key, Layer::Prompt) {
            Some(DialogAction::Cancel) => Reply::Cancel,
            Some(action @ (DialogAction::Submit | DialogAction::SubmitNext)) => {
                Reply::Done(Msg::Typed {
                    purpose: self.purpose.clone(),
                    text: self.input.text().to_string(),
                    next: action == DialogAction::SubmitNext,
                })
            }
            _ => {
                self.input.key(key);
                Reply::Continue
            }
        }
    }
}
