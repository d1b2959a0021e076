//! Undo and redo without limit: a stack of inverses to undo, and a stack
//! of edits to redo that a new edit clears.

use super::{Edit, EditError};
use crate::model::Model;

#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Edit>,
    redo: Vec<Edit>,
}

impl History {
    pub fn new() -> History {
        History::default()
    }

    /// Applies an edit and remembers how to undo it.
    pub fn apply(&mut self, model: &mut Model, edit: Edit) -> Result<(), EditError> {
        let inverse = edit.apply(model)?;
        self.undo.push(inverse);
        self.redo.clear();
        Ok(())
    }

    /// Undoes the last edit; false when there is none.
    pub fn undo(&mut self, model: &mut Model) -> bool {
        let Some(inverse) = self.undo.pop() else {
            return false;
        };
        match inverse.apply(model) {
            Ok(again) => {
                self.redo.push(again);
                true
            }
            Err(_) => false,
        }
    }

    /// Redoes the last undone edit; false when there is none.
    pub fn redo(&mut self, model: &mut Model) -> bool {
        let Some(edit) = self.redo.pop() else {
            return false;
        };
        match edit.apply(model) {
            Ok(inverse) => {
                self.undo.push(inverse);
                true
            }
            Err(_) => false,
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// How many edits can be undone.
    pub fn len(&self) -> usize {
        self.undo.len()
    }

    pub fn is_empty(&self) -> bool {
        self.undo.is_empty()
    }
}
