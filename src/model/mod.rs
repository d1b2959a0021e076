//! The chain model: partners, roles, phases, goals, KPIs and the chain of
//! steps, with the queries the rest of keten asks of them.
//!
//! Everything here is plain data: no file, no terminal. Maps keep the order
//! the user gave them (partners are lanes top to bottom, phases are columns
//! left to right, steps are in reading order). The steps and their flows are
//! held in [`Chain`], a petgraph `StableGraph` whose node indices survive
//! edits.
//!
//! [`fields`] says once what each entity's fields are and which of them
//! refer to other entities; [`Model::references`] walks every reference of
//! a model, and the checks, the editor and the file format follow both.

mod chain;
mod fields;
mod id;
mod pulse;
mod query;

pub use chain::Chain;
pub use fields::{
    FLOW, Field, FieldValue, INTEREST, Kind, MEASUREMENT, PULSE, Record, Reference, SECTIONS,
    fields, keys,
};
pub use id::{Id, MAX_ID_LEN, fold_to_ascii, is_valid_id};
pub use pulse::{Averages, change, dimension};
pub use query::{Analysis, Handoff, KpiStatus};

use indexmap::IndexMap;
use serde::Serialize;

use crate::code::Code;

/// The format version this keten reads and writes.
pub const FORMAT_VERSION: u64 = 1;

/// A map of entities by id, in the user's order.
pub type Map<T> = IndexMap<Id, T, foldhash::fast::RandomState>;

/// A hash map with a fast hasher that is still seeded per process, so a
/// file crafted to collide cannot slow keten down.
pub type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// A hash set, as [`HashMap`].
pub type HashSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;

/// The sections of a model, in the order they are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    /// The top level: name, client question, director, …
    Top,
    Phases,
    Partners,
    Roles,
    Goals,
    Kpis,
    Agreements,
    Steps,
}

impl Section {
    /// The key of the section in a model file (`""` for the top level).
    pub fn key(self) -> &'static str {
        match self {
            Section::Top => "",
            Section::Phases => "phases",
            Section::Partners => "partners",
            Section::Roles => "roles",
            Section::Goals => "goals",
            Section::Kpis => "kpis",
            Section::Agreements => "agreements",
            Section::Steps => "steps",
        }
    }

    /// The section of entities whose key in a model file is `key`.
    pub fn from_key(key: &str) -> Option<Section> {
        fields::SECTIONS
            .into_iter()
            .find(|s| *s != Section::Top && s.key() == key)
    }

    /// What one entity of the section is called in messages.
    pub fn noun(self) -> &'static str {
        match self {
            Section::Top => "model",
            Section::Phases => "phase",
            Section::Partners => "partner",
            Section::Roles => "role",
            Section::Goals => "goal",
            Section::Kpis => "KPI",
            Section::Agreements => "agreement",
            Section::Steps => "step",
        }
    }
}

/// A collaboration reference model.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Model {
    /// The collaboration's name.
    pub name: String,
    pub description: String,
    /// The client's question the partners answer together.
    pub client_question: String,
    /// The joint ambition.
    pub ambition: String,
    /// The partner that directs and monitors the chain.
    pub director: Option<Id>,
    pub phases: Map<Phase>,
    pub partners: Map<Partner>,
    pub roles: Map<Role>,
    pub goals: Map<Goal>,
    pub kpis: Map<Kpi>,
    /// What partners hold each other to beyond the KPIs.
    pub agreements: Map<Agreement>,
    /// The shared primary process.
    pub steps: Chain,
    /// How each partner rates the collaboration per period, oldest first.
    pub pulse: Vec<PulseEntry>,
    /// Warnings accepted for the whole model.
    pub allow: Vec<Code>,
    /// YAML comments of the file: `entry.above` is the header, `fields`
    /// the comments at top-level keys, `trailing` those at the end.
    pub comments: Comments,
}

/// One comment place: own-line comments above a line, and the comment at
/// the end of it. The text is what follows `#`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Note {
    pub above: Vec<String>,
    pub end: Option<String>,
}

impl Note {
    pub fn is_empty(&self) -> bool {
        self.above.is_empty() && self.end.is_none()
    }
}

/// The YAML comments that belong to an entity (or to the model): at its
/// key, at its fields, and at items of its list fields. They travel with
/// the entity when it is moved or renamed and go when it is deleted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Comments {
    pub entry: Note,
    pub fields: Vec<(String, Note)>,
    pub items: Vec<(String, usize, Note)>,
    /// Comments after everything else (only for the model).
    pub trailing: Vec<String>,
}

impl Comments {
    pub fn is_empty(&self) -> bool {
        self.entry.is_empty()
            && self.fields.is_empty()
            && self.items.is_empty()
            && self.trailing.is_empty()
    }

    /// The note of a field, if it has one.
    pub fn field(&self, key: &str) -> Option<&Note> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, n)| n)
    }

    /// The note of an item of a list field, if it has one.
    pub fn item(&self, key: &str, index: usize) -> Option<&Note> {
        self.items
            .iter()
            .find(|(k, i, _)| k == key && *i == index)
            .map(|(_, _, n)| n)
    }

    /// Whether any item of a list field has a note.
    pub fn has_items(&self, key: &str) -> bool {
        self.items.iter().any(|(k, _, _)| k == key)
    }

    /// The note of a field, made when missing.
    pub fn field_mut(&mut self, key: &str) -> &mut Note {
        if let Some(at) = self.fields.iter().position(|(k, _)| k == key) {
            return &mut self.fields[at].1;
        }
        self.fields.push((key.to_string(), Note::default()));
        &mut self.fields.last_mut().expect("just pushed").1
    }

    /// The note of an item, made when missing.
    pub fn item_mut(&mut self, key: &str, index: usize) -> &mut Note {
        if let Some(at) = self
            .items
            .iter()
            .position(|(k, i, _)| k == key && *i == index)
        {
            return &mut self.items[at].2;
        }
        self.items.push((key.to_string(), index, Note::default()));
        &mut self.items.last_mut().expect("just pushed").2
    }
}

/// A phase: a band of columns in the chain, left to right.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Phase {
    pub name: String,
    pub description: String,
    pub notes: String,
    pub allow: Vec<Code>,
    pub comments: Comments,
}

/// A partner organisation: a lane of the chain.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Partner {
    pub name: String,
    /// Free text: gemeente, zorgaanbieder, politie, …
    pub kind: String,
    /// What it brings to the joint result.
    pub contribution: String,
    /// What must be safeguarded for it.
    pub interests: Vec<Interest>,
    pub contact: String,
    pub notes: String,
    pub allow: Vec<Code>,
    pub comments: Comments,
}

/// An interest of a partner, and the agreements that safeguard it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Interest {
    pub name: String,
    pub safeguarded_by: Vec<Id>,
    pub notes: String,
}

impl Interest {
    /// Whether nothing but the name is there: written as a plain string.
    pub fn is_plain(&self) -> bool {
        self.safeguarded_by.is_empty() && self.notes.is_empty()
    }
}

impl From<&str> for Interest {
    fn from(name: &str) -> Interest {
        Interest {
            name: name.to_string(),
            ..Interest::default()
        }
    }
}

impl From<String> for Interest {
    fn from(name: String) -> Interest {
        Interest {
            name,
            ..Interest::default()
        }
    }
}

impl PartialEq<&str> for Interest {
    fn eq(&self, other: &&str) -> bool {
        self.is_plain() && self.name == *other
    }
}

/// The names of interests, `; ` between them.
pub fn interest_names(interests: &[Interest]) -> String {
    let names: Vec<&str> = interests.iter().map(|i| i.name.as_str()).collect();
    names.join("; ")
}

/// What partners have agreed to hold each other to beyond the KPIs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Agreement {
    pub name: String,
    pub description: String,
    /// The partners that made it.
    pub partners: Vec<Id>,
    pub notes: String,
    pub allow: Vec<Code>,
    pub comments: Comments,
}

/// The six dimensions of the collaboration pulse, in the order of the
/// format: the key, and what it asks the partner.
pub const DIMENSIONS: [(&str, &str); 6] = [
    ("trust", "We trust the other partners to do what they say."),
    (
        "reciprocity",
        "Giving and taking is in balance; communication goes both ways.",
    ),
    (
        "openness",
        "We can disagree openly and challenge each other's views.",
    ),
    (
        "appreciation",
        "Our contribution is seen and valued by the others.",
    ),
    (
        "contribution",
        "We can make a meaningful contribution with our own expertise.",
    ),
    (
        "interests",
        "Our interests are safeguarded in the decisions.",
    ),
];

/// How one partner rates the collaboration in one period: a score of 1 to
/// 5 on each of the [`DIMENSIONS`], any of them left out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PulseEntry {
    pub period: String,
    pub partner: Id,
    /// In the order of [`DIMENSIONS`].
    pub scores: [Option<u8>; 6],
    pub note: String,
}

/// A role a partner plays in the collaboration.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Role {
    pub name: String,
    pub partner: Id,
    pub description: String,
    pub notes: String,
    pub allow: Vec<Code>,
    pub comments: Comments,
}

/// A shared goal.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Goal {
    pub name: String,
    pub description: String,
    /// The partners that contribute to it.
    pub partners: Vec<Id>,
    pub notes: String,
    pub allow: Vec<Code>,
    pub comments: Comments,
}

/// Which way a KPI gets better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    #[default]
    Higher,
    Lower,
}

impl Better {
    pub fn as_str(self) -> &'static str {
        match self {
            Better::Higher => "higher",
            Better::Lower => "lower",
        }
    }
}

/// A key performance indicator the partners hold each other to.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Kpi {
    pub name: String,
    pub goal: Option<Id>,
    /// The partner accountable for it.
    pub owner: Option<Id>,
    /// The step where it is measured.
    pub step: Option<Id>,
    pub unit: String,
    pub target: Option<f64>,
    pub better: Better,
    /// Oldest first.
    pub measurements: Vec<Measurement>,
    pub notes: String,
    pub allow: Vec<Code>,
    pub comments: Comments,
}

/// One measurement of a KPI.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Measurement {
    /// The period measured, as the user writes it: `2026-Q1`, `2026`, `maart 2026`.
    pub period: String,
    pub value: f64,
    pub note: String,
}

/// A step of the shared primary process, owned by one partner.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Step {
    pub id: Id,
    pub name: String,
    /// The step's lane.
    pub partner: Id,
    pub role: Option<Id>,
    pub phase: Option<Id>,
    pub description: String,
    /// The flows to the next steps, in the user's order.
    pub next: Vec<Flow>,
    pub notes: String,
    pub allow: Vec<Code>,
    pub comments: Comments,
}

/// A flow from one step to the next, with what passes along it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Flow {
    pub to: Id,
    /// What passes along the flow: a dossier, a referral, information.
    pub label: String,
}

impl Flow {
    pub fn to(to: impl Into<Id>) -> Flow {
        Flow {
            to: to.into(),
            label: String::new(),
        }
    }

    pub fn labelled(to: impl Into<Id>, label: impl Into<String>) -> Flow {
        Flow {
            to: to.into(),
            label: label.into(),
        }
    }
}

impl Model {
    /// An empty model with a name.
    pub fn new(name: impl Into<String>) -> Model {
        Model {
            name: name.into(),
            ..Model::default()
        }
    }

    /// Forgets every YAML comment the model carries.
    pub fn drop_comments(&mut self) {
        self.comments = Comments::default();
        self.phases
            .values_mut()
            .for_each(|e| e.comments = Comments::default());
        self.partners
            .values_mut()
            .for_each(|e| e.comments = Comments::default());
        self.roles
            .values_mut()
            .for_each(|e| e.comments = Comments::default());
        self.goals
            .values_mut()
            .for_each(|e| e.comments = Comments::default());
        self.kpis
            .values_mut()
            .for_each(|e| e.comments = Comments::default());
        self.agreements
            .values_mut()
            .for_each(|e| e.comments = Comments::default());
        let ids: Vec<Id> = self.steps.iter().map(|s| s.id.clone()).collect();
        for id in ids {
            self.steps
                .update(id.as_str(), |s| s.comments = Comments::default());
        }
    }

    /// The ids of a section, in order (the top level has none).
    pub fn ids(&self, section: Section) -> Box<dyn Iterator<Item = &Id> + '_> {
        match section {
            Section::Top => Box::new(std::iter::empty()),
            Section::Phases => Box::new(self.phases.keys()),
            Section::Partners => Box::new(self.partners.keys()),
            Section::Roles => Box::new(self.roles.keys()),
            Section::Goals => Box::new(self.goals.keys()),
            Section::Kpis => Box::new(self.kpis.keys()),
            Section::Agreements => Box::new(self.agreements.keys()),
            Section::Steps => Box::new(self.steps.iter().map(|s| &s.id)),
        }
    }

    /// Whether an entity with this id exists in the section.
    pub fn contains(&self, section: Section, id: &str) -> bool {
        match section {
            Section::Top => false,
            Section::Phases => self.phases.contains_key(id),
            Section::Partners => self.partners.contains_key(id),
            Section::Roles => self.roles.contains_key(id),
            Section::Goals => self.goals.contains_key(id),
            Section::Kpis => self.kpis.contains_key(id),
            Section::Agreements => self.agreements.contains_key(id),
            Section::Steps => self.steps.contains(id),
        }
    }

    /// The `allow` list of an entity, or of the model for the top level.
    pub fn allow_of(&self, section: Section, id: &str) -> &[Code] {
        let list = match section {
            Section::Top => Some(&self.allow),
            Section::Phases => self.phases.get(id).map(|e| &e.allow),
            Section::Partners => self.partners.get(id).map(|e| &e.allow),
            Section::Roles => self.roles.get(id).map(|e| &e.allow),
            Section::Goals => self.goals.get(id).map(|e| &e.allow),
            Section::Kpis => self.kpis.get(id).map(|e| &e.allow),
            Section::Agreements => self.agreements.get(id).map(|e| &e.allow),
            Section::Steps => self.steps.get(id).map(|e| &e.allow),
        };
        list.map_or(&[], Vec::as_slice)
    }

    /// The display name of an entity, or its id when it has none.
    pub fn name_of<'a>(&'a self, section: Section, id: &'a str) -> &'a str {
        let name = match section {
            Section::Top => Some(&self.name),
            Section::Phases => self.phases.get(id).map(|e| &e.name),
            Section::Partners => self.partners.get(id).map(|e| &e.name),
            Section::Roles => self.roles.get(id).map(|e| &e.name),
            Section::Goals => self.goals.get(id).map(|e| &e.name),
            Section::Kpis => self.kpis.get(id).map(|e| &e.name),
            Section::Agreements => self.agreements.get(id).map(|e| &e.name),
            Section::Steps => self.steps.get(id).map(|e| &e.name),
        };
        match name {
            Some(n) if !n.is_empty() => n,
            _ => id,
        }
    }
}
