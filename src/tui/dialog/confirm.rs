//! A question answered with one key: `y` or `n`, and for some questions a
//! third way (save first, read the file again, save elsewhere).

use ratatui::crossterm::event::KeyEvent;

use crate::tui::keymap::{Answer, DialogAction, Layer, dialog_action};
use crate::tui::message::{Msg, Reply};

/// A question and what each answer does; `n` and Esc always cancel.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    pub question: String,
    answers: Vec<(Answer, Msg)>,
}

impl Confirm {
    /// A yes-or-no question: `on_yes` is done on `y`.
    pub fn new(question: impl Into<String>, on_yes: Msg) -> Confirm {
        Confirm {
            question: question.into(),
            answers: vec![(Answer::Yes, on_yes)],
        }
    }

    /// Another answer besides yes and no.
    pub fn or(mut self, answer: Answer, msg: Msg) -> Confirm {
        self.answers.push((answer, msg));
        self
    }

    pub fn key(&mut self, key: KeyEvent) -> Reply {
        let Some(DialogAction::Answer(answer)) = dialog_action(key, Layer::Confirm) else {
            return Reply::Continue;
        };
        if answer == Answer::No {
            return Reply::Cancel;
        }
        match self.answers.iter().find(|(a, _)| *a == answer) {
            Some((_, msg)) => Reply::Done(msg.clone()),
            None => Reply::Continue,
        }
    }
}
