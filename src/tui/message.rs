//! What dialogs answer, and what the answers are about: a dialog replies
//! to a key with a [`Reply`], and when it is done, with a [`Msg`] for the
//! app to carry out. A leaf module, so dialogs and the app both read it.

use crate::document::Allow;
use crate::edit::Edit;
use crate::model::{Id, Model, Section};

/// What a dialog says to a key.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// Still open.
    Continue,
    /// Closed without an answer.
    Cancel,
    /// Closed with an answer.
    Done(Msg),
}

/// What the app is asked to do when a dialog is done.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// Apply an edit and say so.
    Apply { edit: Box<Edit>, done: String },
    /// Quit, dropping what is not saved.
    Discard,
    /// Save, then quit if the save went through.
    SaveThenQuit,
    /// Save, going past what `Allow` says.
    Save(Allow),
    /// Read the file again, dropping the changes made here.
    Reload,
    /// Ask for another file to save to.
    AskSaveAs,
    /// A line was typed; `next`: and the next one after it (Ctrl-n).
    Typed {
        purpose: Purpose,
        text: String,
        next: bool,
    },
    /// An option was picked.
    Picked {
        purpose: PickPurpose,
        choice: Choice,
    },
    /// A form gave its edit.
    Submitted(Box<Submitted>),
    /// A measurement of `kpi` was given (apply the edit and say so), and
    /// the form of the next one opens.
    MeasuredThenNext {
        edit: Box<Edit>,
        done: String,
        kpi: Id,
    },
    /// Every conflict of the file is settled: open this model, unsaved;
    /// then the form of what `edit` names, to give it a value of one's own.
    Settled {
        model: Box<Model>,
        edit: Option<(Section, Id)>,
    },
}

/// What a form gives back.
#[derive(Debug, Clone, PartialEq)]
pub struct Submitted {
    pub edit: Edit,
    pub section: Section,
    /// An entity changed (not added).
    pub editing: bool,
    /// The id of a step added or changed, to focus it.
    pub step: Option<Id>,
    /// A step added after this one: connect it from there.
    pub from: Option<Id>,
    /// The form of the next one opens after it (Ctrl-n), placed as this
    /// one was.
    pub next: bool,
    /// A new step was placed in the phase after the one it follows (`A`).
    pub next_phase: bool,
}

/// What a picked option stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Entity(Section, Id),
    /// A flow of a step, by its position in `next`.
    Flow(usize),
    /// A measurement of a KPI, by its position in its list.
    Measurement(usize),
}

/// What a picker is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickPurpose {
    ConnectTo { from: Id },
    RemoveFlow { from: Id },
    LabelFlow { from: Id },
    Measurement { kpi: Id },
    Jump,
}

/// What a prompt's text is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Purpose {
    /// A path to save to instead of the model's file.
    SaveAs,
    /// The label of a flow: a new one to `to`, or the flow at `slot`.
    FlowLabel {
        from: Id,
        to: Id,
        slot: Option<usize>,
        added: Option<Added>,
    },
}

/// The flow to a step just added after another: how the step was placed,
/// and whether the next step's form follows whatever key ends the label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Added {
    /// Placed in the phase after the one it follows (`A`).
    pub next_phase: bool,
    /// Ctrl-n on the step's form: the next step follows.
    pub go_on: bool,
}
