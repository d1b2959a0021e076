//! Dialogs over the screens: a question, a line to type, a list to choose
//! from, a form, the conflicts of a merge to settle. Each owns its state and its keys (a layer of the keymap)
//! and answers a key with a [`Reply`]: go on, cancelled, or done with a
//! [`Msg`] for the app to carry out. Adding a dialog is a file here and an
//! arm in [`Dialog`].

pub mod checklist;
pub mod confirm;
pub mod measure;
pub mod picker;
pub mod prompt;
pub mod pulse;
pub mod settle;

use ratatui::crossterm::event::KeyEvent;

pub use super::message::{Added, Choice, Msg, PickPurpose, Purpose, Reply, Submitted};
pub use confirm::Confirm;
pub use measure::MeasureForm;
pub use picker::Picker;
pub use prompt::Prompt;
pub use pulse::PulseForm;
pub use settle::Settle;

use super::form::Form;
use super::keymap::Layer;
use crate::model::Model;

/// The dialog open over the screens.
#[derive(Debug, Clone, PartialEq)]
pub enum Dialog {
    Confirm(Confirm),
    Prompt(Prompt),
    Pick(Box<Picker>),
    Form(Box<Form>),
    Pulse(Box<PulseForm>),
    Measure(Box<MeasureForm>),
    Settle(Box<Settle>),
}

impl Dialog {
    /// Handles a key; the model is what forms check their edit against.
    pub fn key(&mut self, key: KeyEvent, model: &Model) -> Reply {
        match self {
            Dialog::Confirm(d) => d.key(key),
            Dialog::Prompt(d) => d.key(key),
            Dialog::Pick(d) => d.key(key),
            Dialog::Form(d) => d.key(key, model),
            Dialog::Pulse(d) => d.key(key, model),
            Dialog::Measure(d) => d.key(key, model),
            Dialog::Settle(d) => d.key(key),
        }
    }

    /// Pasted text goes into the text being typed.
    pub fn paste(&mut self, text: &str, model: &Model) {
        match self {
            Dialog::Confirm(_) | Dialog::Settle(_) => {}
            Dialog::Prompt(d) => d.input.insert(text),
            Dialog::Pick(d) => d.filter_with(text),
            Dialog::Form(d) => d.paste(text, model),
            Dialog::Pulse(d) => d.paste(text, model),
            Dialog::Measure(d) => d.form.paste(text, model),
        }
    }

    /// The dialog's keys.
    pub fn layer(&self) -> Layer {
        match self {
            Dialog::Confirm(_) => Layer::Confirm,
            Dialog::Prompt(_) => Layer::Prompt,
            Dialog::Pick(_) => Layer::Pick,
            Dialog::Form(d) if d.asking => Layer::Confirm,
            Dialog::Pulse(d) if d.form.asking => Layer::Confirm,
            Dialog::Measure(d) if d.form.asking => Layer::Confirm,
            Dialog::Form(d) if d.checklist().is_some() => Layer::Checklist,
            Dialog::Form(_) | Dialog::Pulse(_) | Dialog::Measure(_) => Layer::Form,
            Dialog::Settle(d) if d.leaving => Layer::Confirm,
            Dialog::Settle(_) => Layer::Settle,
        }
    }
}
