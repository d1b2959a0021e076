//! Conflicts in a file: writing a merge with git's conflict markers, and
//! reading such a file back so that each conflict can be settled (ours,
//! theirs, or both where both make a model) into a clean model.
//!
//! A merge is written as the two files it settles into, every conflict as
//! ours and every conflict as theirs: both are canonical, so they differ
//! only where a conflict is, and a marker goes around each span where they
//! differ (the one field, the one entity). Taking either side of a
//! conflict gives the text of a valid model.

use diffy::{DiffOptions, Line};

use crate::diagnostic::Findings;
use crate::format::markers::{self, Part, Region};
use crate::model::Model;

/// The text of `ours` with git's markers around each span where `theirs`
/// differs.
pub fn with_markers(ours: &str, theirs: &str) -> String {
    let mut options = DiffOptions::new();
    // One hunk with every line as context: the whole file in order.
    options.set_context_len(ours.len() + theirs.len() + 1);
    let patch = options.create_patch(ours, theirs);
    let mut out = String::with_capacity(ours.len() + 64);
    let (mut mine, mut other): (String, String) = (String::new(), String::new());
    let flush = |out: &mut String, mine: &mut String, other: &mut String| {
        if mine.is_empty() && other.is_empty() {
            return;
        }
        out.push_str("<<<<<<< ours\n");
        out.push_str(mine);
        out.push_str("=======\n");
        out.push_str(other);
        out.push_str(">>>>>>> theirs\n");
        mine.clear();
        other.clear();
    };
    let Some(hunk) = patch.hunks().first() else {
        return ours.to_string();
    };
    for line in hunk.lines() {
        match line {
            Line::Context(l) => {
                flush(&mut out, &mut mine, &mut other);
                out.push_str(l);
            }
            Line::Delete(l) => mine.push_str(l),
            Line::Insert(l) => other.push_str(l),
        }
    }
    flush(&mut out, &mut mine, &mut other);
    out
}

/// How to settle a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Ours,
    Theirs,
    /// Ours, then theirs: for lines that can stand side by side (two
    /// entities, two items of a list).
    Both,
}

/// One conflict of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileConflict {
    /// The line (from 1) of its `<<<<<<<` marker.
    pub line: usize,
    /// The line of its `>>>>>>>` marker.
    pub end: usize,
    /// The lines of ours, each with its newline.
    pub ours: String,
    /// The lines of theirs, each with its newline.
    pub theirs: String,
    /// How it is settled, once it is.
    pub settled: Option<Side>,
}

/// A file with conflict markers, read for settling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflicted {
    parts: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Conflict(FileConflict),
}

/// Why a settled file gives no model.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SettleError {
    #[error("{0} conflicts are not settled yet")]
    Unsettled(usize),
    #[error("the settled file is not a valid model")]
    Invalid(Findings),
}

impl Conflicted {
    /// Reads a file's conflicts; `None` when it has none.
    pub fn read(text: &str) -> Option<Conflicted> {
        let lines = |l: &[String]| -> String { l.iter().map(|l| format!("{l}\n")).collect() };
        let parts = markers::parts(text)?;
        let count = parts.len();
        let parts = parts
            .into_iter()
            .enumerate()
            .map(|(i, part)| match part {
                // The text was cut at every newline: the last piece has none.
                Part::Lines(l) if i + 1 == count => Piece::Text(l.join("\n")),
                Part::Lines(l) => Piece::Text(lines(&l)),
                Part::Conflict(Region {
                    start,
                    end,
                    ours,
                    theirs,
                    ..
                }) => Piece::Conflict(FileConflict {
                    line: start,
                    end,
                    ours: lines(&ours),
                    theirs: lines(&theirs),
                    settled: None,
                }),
            })
            .collect();
        Some(Conflicted { parts })
    }

    /// The conflicts, in file order.
    pub fn conflicts(&self) -> Vec<&FileConflict> {
        self.parts
            .iter()
            .filter_map(|p| match p {
                Piece::Conflict(c) => Some(c),
                Piece::Text(_) => None,
            })
            .collect()
    }

    fn conflict_mut(&mut self, index: usize) -> Option<&mut FileConflict> {
        self.parts
            .iter_mut()
            .filter_map(|p| match p {
                Piece::Conflict(c) => Some(c),
                Piece::Text(_) => None,
            })
            .nth(index)
    }

    /// Settles conflict `index` (in file order); `false` when there is no
    /// such conflict.
    pub fn settle(&mut self, index: usize, side: Side) -> bool {
        match self.conflict_mut(index) {
            Some(c) => {
                c.settled = Some(side);
                true
            }
            None => false,
        }
    }

    /// Settles every conflict the same way.
    pub fn settle_all(&mut self, side: Side) {
        for i in 0..self.conflicts().len() {
            self.settle(i, side);
        }
    }

    /// The text as settled so far, with the conflicts not yet settled
    /// taken as `rest`.
    pub fn text_with(&self, rest: Side) -> String {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Piece::Text(t) => out.push_str(t),
                Piece::Conflict(c) => match c.settled.unwrap_or(rest) {
                    Side::Ours => out.push_str(&c.ours),
                    Side::Theirs => out.push_str(&c.theirs),
                    Side::Both => {
                        out.push_str(&c.ours);
                        out.push_str(&c.theirs);
                    }
                },
            }
        }
        out
    }

    /// Whether settling conflict `index` as both sides makes a valid model
    /// (with the others as settled, or as ours).
    pub fn both_is_meaningful(&self, index: usize) -> bool {
        let mut trial = self.clone();
        let Some(c) = trial.conflict_mut(index) else {
            return false;
        };
        if c.ours.is_empty() || c.theirs.is_empty() {
            return false;
        }
        c.settled = Some(Side::Both);
        let loaded = crate::format::read_str(&trial.text_with(Side::Ours));
        loaded.model.is_some() && !loaded.has_errors()
    }

    /// The clean model, once every conflict is settled.
    pub fn model(&self) -> Result<Model, SettleError> {
        let open = self
            .conflicts()
            .iter()
            .filter(|c| c.settled.is_none())
            .count();
        if open > 0 {
            return Err(SettleError::Unsettled(open));
        }
        let loaded = crate::format::read_str(&self.text_with(Side::Ours));
        match loaded.model {
            Some(model) if !loaded.has_errors() => Ok(model),
            _ => Err(SettleError::Invalid(loaded.findings)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_go_around_each_difference() {
        let ours = "a\nb\nc\nd\n";
        let theirs = "a\nB\nc\nd\ne\n";
        let text = with_markers(ours, theirs);
        assert_eq!(
            text,
            "a\n<<<<<<< ours\nb\n=======\nB\n>>>>>>> theirs\nc\nd\n<<<<<<< ours\n=======\ne\n>>>>>>> theirs\n"
        );
        let mut read = Conflicted::read(&text).unwrap();
        assert_eq!(read.conflicts().len(), 2);
        assert_eq!((read.conflicts()[0].line, read.conflicts()[0].end), (2, 6));
        assert_eq!(read.text_with(Side::Ours), ours);
        assert_eq!(read.text_with(Side::Theirs), theirs);
        read.settle(1, Side::Theirs);
        assert_eq!(read.text_with(Side::Ours), "a\nb\nc\nd\ne\n");
        assert_eq!(with_markers(ours, ours), ours);
    }
}
