//! Undo and redo without limit, as a list of versions with an index: each
//! edit makes a new version, undo and redo move the index, and a new edit
//! after an undo cuts the versions ahead of it. Versions have numbers that
//! are never given twice, so "the version that was saved" stays true or
//! false for good: a saved version that was cut off never comes back.

use super::{Edit, EditError};
use crate::model::Model;

/// The number of a version of the model in a history.
pub type Version = u64;

/// One step between two versions: the edit forward and its inverse.
#[derive(Debug, Clone)]
struct Step {
    forward: Edit,
    back: Edit,
    /// The version this step leads to.
    version: Version,
}

#[derive(Debug, Clone, Default)]
pub struct History {
    steps: Vec<Step>,
    /// How many steps are applied: the model is at `steps[index - 1]`'s
    /// version, or at `first` when none is.
    index: usize,
    /// The version before any step.
    first: Version,
    /// The last version number given.
    last: Version,
}

impl History {
    pub fn new() -> History {
        History::default()
    }

    /// A history whose first version comes after every version of
    /// `earlier` (for a model read again: nothing of before matches it).
    pub fn after(earlier: &History) -> History {
        let first = earlier.last + 1;
        History {
            first,
            last: first,
            ..History::default()
        }
    }

    /// Gives every version a new number: the model changed under the
    /// history (someone else's change merged in), so none of the versions
    /// is what it was; the edits stay, to be undone and redone.
    pub fn renumber(&mut self) {
        self.last += 1;
        self.first = self.last;
        for step in &mut self.steps {
            self.last += 1;
            step.version = self.last;
        }
    }

    /// The version the model is at.
    pub fn version(&self) -> Version {
        match self.index {
            0 => self.first,
            i => self.steps[i - 1].version,
        }
    }

    /// Applies an edit and remembers how to undo it; the versions ahead
    /// (undone ones) are gone.
    pub fn apply(&mut self, model: &mut Model, edit: Edit) -> Result<(), EditError> {
        let back = edit.clone().apply(model)?;
        self.steps.truncate(self.index);
        self.last += 1;
        self.steps.push(Step {
            forward: edit,
            back,
            version: self.last,
        });
        self.index += 1;
        Ok(())
    }

    /// Undoes the last edit; false when there is none.
    pub fn undo(&mut self, model: &mut Model) -> bool {
        let Some(step) = self.index.checked_sub(1).map(|i| &mut self.steps[i]) else {
            return false;
        };
        match step.back.clone().apply(model) {
            Ok(forward) => {
                step.forward = forward;
                self.index -= 1;
                true
            }
            Err(_) => false,
        }
    }

    /// Redoes the last undone edit; false when there is none.
    pub fn redo(&mut self, model: &mut Model) -> bool {
        let Some(step) = self.steps.get_mut(self.index) else {
            return false;
        };
        match step.forward.clone().apply(model) {
            Ok(back) => {
                step.back = back;
                self.index += 1;
                true
            }
            Err(_) => false,
        }
    }

    /// The edit that undo would take back, if any.
    pub fn to_undo(&self) -> Option<&Edit> {
        self.index.checked_sub(1).map(|i| &self.steps[i].forward)
    }

    /// The edit that redo would do again, if any.
    pub fn to_redo(&self) -> Option<&Edit> {
        self.steps.get(self.index).map(|s| &s.forward)
    }

    pub fn can_undo(&self) -> bool {
        self.index > 0
    }

    pub fn can_redo(&self) -> bool {
        self.index < self.steps.len()
    }

    /// How many edits can be undone.
    pub fn len(&self) -> usize {
        self.index
    }

    pub fn is_empty(&self) -> bool {
        self.index == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::TopField;

    fn name(value: &str) -> Edit {
        Edit::SetText {
            field: TopField::Name,
            value: value.into(),
        }
    }

    #[test]
    fn versions_are_never_given_twice() {
        let mut model = Model::default();
        let mut history = History::new();
        let start = history.version();
        history.apply(&mut model, name("a")).unwrap();
        let a = history.version();
        assert!(history.undo(&mut model));
        assert_eq!(history.version(), start);
        history.apply(&mut model, name("b")).unwrap();
        assert_ne!(history.version(), a, "the cut-off version is gone");
        assert!(!history.can_redo());
        assert!(history.undo(&mut model));
        assert!(history.redo(&mut model));
        assert_eq!(model.name, "b");
        assert!(History::after(&history).version() > history.version());
    }
}
