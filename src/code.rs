//! The kinds of finding: every code users see and `allow` lists name, and
//! how bad each is.
//!
//! Below both the model (whose entities carry `allow` lists of codes) and
//! the diagnostics (which pair a code with a message and a place).

use std::fmt;

use serde::Serialize;

/// How bad a finding is: an error makes the file unusable as a model, a
/// warning points at a gap in the collaboration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

macro_rules! codes {
    ($( $variant:ident = $text:literal, $severity:ident, $what:literal; )*) => {
        /// Every kind of finding, with the code users see and `allow` names.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $( #[doc = $what] $variant, )*
        }

        impl Code {
            /// All codes, errors first, in the order of the format document.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as written in output and in `allow` lists.
            pub fn as_str(self) -> &'static str {
                match self { $( Code::$variant => $text, )* }
            }

            pub fn severity(self) -> Severity {
                match self { $( Code::$variant => Severity::$severity, )* }
            }

            /// One line saying when the finding is raised.
            pub fn summary(self) -> &'static str {
                match self { $( Code::$variant => $what, )* }
            }
        }
    };
}

codes! {
    Syntax = "syntax", Error, "the YAML does not parse";
    Limit = "limit", Error, "the file passes one of keten's limits on values, nesting or aliases";
    Version = "version", Error, "`keten` is missing or not a supported version";
    Schema = "schema", Error, "a missing required field, a field of the wrong type, or an unknown key";
    DuplicateId = "duplicate-id", Error, "the same key twice in one map";
    BadId = "bad-id", Error, "an id outside the id pattern";
    DanglingRef = "dangling-ref", Error, "a reference to an id that does not exist";
    MergeConflict = "merge-conflict", Error, "git's conflict markers: a merge left a conflict to settle";
    NoClientQuestion = "no-client-question", Warning, "`client_question` is missing";
    NoDirector = "no-director", Warning, "`director` is missing";
    NoContribution = "no-contribution", Warning, "a partner has no `contribution`";
    IdlePartner = "idle-partner", Warning, "a partner has no step, role, goal or KPI, and is not the director";
    GoalWithoutKpi = "goal-without-kpi", Warning, "no KPI measures a goal";
    KpiWithoutOwner = "kpi-without-owner", Warning, "a KPI has no `owner`";
    KpiWithoutTarget = "kpi-without-target", Warning, "a KPI has no `target`";
    IsolatedStep = "isolated-step", Warning, "a step has no flow in or out, in a model with more than one step";
    DuplicateFlow = "duplicate-flow", Warning, "a step's `next` names the same step more than once";
    UnlabelledHandoff = "unlabelled-handoff", Warning, "a handoff has no label";
    RoleElsewhere = "role-elsewhere", Warning, "a step's role belongs to another partner than the step";
    Cycle = "cycle", Warning, "the process loops";
    UnguardedInterest = "unguarded-interest", Warning, "a partner's interest names no agreement that safeguards it, in a model that has `agreements`";
    PulseLow = "pulse-low", Warning, "in the latest period of the pulse, a score of 2 or less, or a dimension whose average fell by 1 or more";
    PulseMissing = "pulse-missing", Warning, "in the latest period of the pulse, a partner with steps gave no pulse while others did";
}

impl Code {
    pub fn is_error(self) -> bool {
        self.severity() == Severity::Error
    }

    /// The code named `text`, if there is one.
    pub fn parse(text: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == text)
    }

    /// The warning codes, the only ones an `allow` list may name.
    pub fn warnings() -> impl Iterator<Item = Code> {
        Code::ALL
            .iter()
            .copied()
            .filter(|c| c.severity() == Severity::Warning)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
