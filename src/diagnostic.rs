//! Findings about a model: what is wrong or missing, how bad it is, and where.
//!
//! Reading a file and checking a model both produce [`Diagnostic`]s. A
//! diagnostic names a [`Subject`] in the model (an entity, a field, an item of
//! a list) and, when it came from a file, the position in that file; the
//! command line prints the position, the TUI jumps to the subject.

pub use crate::code::{Code, Severity};
use crate::model::{Id, Reference, Section};

/// A place in a file: line and column, both counted from 1, the column in
/// characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// What a finding is about: an entity of a section, or a field of it, or an
/// item of a list field. `id` is `None` for the top level of the model.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Subject {
    pub section: Section,
    pub id: Option<Id>,
    pub field: Option<&'static str>,
    pub item: Option<usize>,
}

impl Subject {
    /// A top-level field of the model.
    pub fn top(field: &'static str) -> Subject {
        Subject {
            section: Section::Top,
            id: None,
            field: Some(field),
            item: None,
        }
    }

    /// An entity as a whole.
    pub fn entity(section: Section, id: &Id) -> Subject {
        Subject {
            section,
            id: Some(id.clone()),
            field: None,
            item: None,
        }
    }

    /// One field of an entity.
    pub fn field(section: Section, id: &Id, field: &'static str) -> Subject {
        Subject {
            field: Some(field),
            ..Subject::entity(section, id)
        }
    }

    /// The place of a reference: the field (or item) that holds the id.
    pub fn of(reference: &Reference) -> Subject {
        Subject {
            section: reference.section,
            id: reference.owner.cloned(),
            field: Some(reference.field),
            item: reference.item,
        }
    }

    /// One item of a list field of an entity.
    pub fn item(section: Section, id: &Id, field: &'static str, item: usize) -> Subject {
        Subject {
            item: Some(item),
            ..Subject::field(section, id, field)
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub code: Code,
    pub message: String,
    /// Where in the file, when the model came from one.
    pub pos: Option<Pos>,
    /// What in the model, when the finding is about a part of it.
    pub subject: Option<Subject>,
}

impl Diagnostic {
    pub fn new(code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            code,
            message: message.into(),
            pos: None,
            subject: None,
        }
    }

    pub fn at(mut self, pos: Pos) -> Diagnostic {
        self.pos = Some(pos);
        self
    }

    pub fn about(mut self, subject: Subject) -> Diagnostic {
        self.subject = Some(subject);
        self
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }
}

/// The most findings kept for one model. A file with more is broken
/// throughout, and the first ten thousand say what to fix; the rest are
/// counted, so that memory stays bounded whatever the file.
pub const MAX_FINDINGS: usize = 10_000;

/// A bounded list of findings: the first [`MAX_FINDINGS`], and a count of
/// the rest.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Findings {
    pub list: Vec<Diagnostic>,
    /// How many errors were left out of `list`.
    pub omitted_errors: usize,
    /// How many warnings were left out of `list`.
    pub omitted_warnings: usize,
}

impl Findings {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        if self.list.len() < MAX_FINDINGS {
            self.list.push(diagnostic);
        } else if diagnostic.is_error() {
            self.omitted_errors += 1;
        } else {
            self.omitted_warnings += 1;
        }
    }

    pub fn append(&mut self, other: Findings) {
        self.omitted_errors += other.omitted_errors;
        self.omitted_warnings += other.omitted_warnings;
        for d in other.list {
            self.push(d);
        }
    }

    /// How many findings were left out of `list`.
    pub fn omitted(&self) -> usize {
        self.omitted_errors + self.omitted_warnings
    }

    /// How many errors and warnings there are in all, listed or not.
    pub fn counts(&self) -> (usize, usize) {
        let errors = self.list.iter().filter(|d| d.is_error()).count();
        (
            errors + self.omitted_errors,
            self.list.len() - errors + self.omitted_warnings,
        )
    }

    pub fn has_errors(&self) -> bool {
        self.omitted_errors > 0 || self.list.iter().any(Diagnostic::is_error)
    }

    /// Sorts findings by position, errors before warnings on one spot.
    pub fn sort(&mut self) {
        sort(&mut self.list);
    }
}

/// Sorts findings by position, errors before warnings on the same spot, so
/// output is stable and reads top to bottom.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (d.pos, d.severity(), d.code));
}

/// The closest of `candidates` to `wrong`, if one is close enough to be the
/// name the user meant: the "did you mean" of messages.
pub fn suggest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wrong_lower = wrong.to_lowercase();
    let mut best: Option<(&str, f64)> = None;
    let length = wrong_lower.chars().count();
    let most = wrong.chars().count().max(3) / 3;
    for candidate in candidates {
        let lower = candidate.to_lowercase();
        let score = strsim::jaro_winkler(&wrong_lower, &lower);
        // The edit distance is at least the difference in length.
        let close = score >= 0.85
            || (lower.chars().count().abs_diff(length) <= most
                && strsim::damerau_levenshtein(&wrong_lower, &lower) <= most);
        if close && best.is_none_or(|(_, s)| score > s) {
            best = Some((candidate, score));
        }
    }
    best.map(|(c, _)| c)
}

/// ` did you mean `x`?` or nothing.
pub fn did_you_mean<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    match suggest(wrong, candidates) {
        Some(c) => crate::lang::t::did_you_mean(c),
        None => String::new(),
    }
}
