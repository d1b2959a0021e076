//! What the fields of each entity are, said once: the YAML key, the kind of
//! value, whether it is required, and for a reference the section it refers
//! to. The reader, the writer, the JSON export and the JSON Schema follow
//! these tables; [`Model::references`] walks the references they name.
//!
//! A new field is a row here, a field of the entity's struct, an arm of
//! [`Record::value`] and an arm of the reader; a new reference also an arm
//! of [`Model::retarget`]. The tests check that every row is read, written,
//! exported and in the schema.

use super::{
    Agreement, Better, Flow, Goal, Id, Interest, Kpi, Measurement, Model, Partner, Phase,
    PulseEntry, Role, Section, Step,
};
use crate::code::Code;

/// What kind of value a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The format version, `1`.
    Version,
    /// Free text, on one line or more.
    Text,
    /// A list of texts.
    Texts,
    /// The id of an entity of a section.
    Ref(Section),
    /// A list of ids of entities of a section.
    Refs(Section),
    /// A finite number.
    Number,
    /// `higher` or `lower`.
    Better,
    /// A KPI's measurements, oldest first (fields: [`MEASUREMENT`]).
    Measurements,
    /// A step's flows to the next steps (fields: [`FLOW`]).
    Flows,
    /// A partner's interests: text, or a map (fields: [`INTEREST`]).
    Interests,
    /// The collaboration pulse, oldest first (fields: [`PULSE`]).
    Pulse,
    /// A pulse score: a whole number from 1 to 5.
    Score,
    /// A map of id → entity of a section.
    Entities(Section),
    /// A list of warning codes accepted here.
    Allow,
}

impl Kind {
    /// The section a value of this kind refers to, if it is a reference.
    pub fn refers_to(self) -> Option<Section> {
        match self {
            Kind::Ref(section) | Kind::Refs(section) => Some(section),
            Kind::Flows => Some(Section::Steps),
            Kind::Interests => Some(Section::Agreements),
            Kind::Pulse => Some(Section::Partners),
            _ => None,
        }
    }
}

/// One field of an entity (or of the top level, or of a flow or a
/// measurement).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The key in a model file.
    pub key: &'static str,
    pub kind: Kind,
    pub required: bool,
    /// What the field holds, in a few words (the schema's description).
    pub meaning: &'static str,
}

const fn field(key: &'static str, kind: Kind, required: bool, meaning: &'static str) -> Field {
    Field {
        key,
        kind,
        required,
        meaning,
    }
}

const NOTES: Field = field("notes", Kind::Text, false, "remarks kept with the entity");
const ALLOW: Field = field("allow", Kind::Allow, false, "warning codes accepted here");

const TOP: &[Field] = &[
    field("keten", Kind::Version, true, "the format version"),
    field("name", Kind::Text, true, "the collaboration's name"),
    field("description", Kind::Text, false, "free text"),
    field(
        "client_question",
        Kind::Text,
        false,
        "the client's question the partners answer together",
    ),
    field("ambition", Kind::Text, false, "the joint ambition"),
    field(
        "director",
        Kind::Ref(Section::Partners),
        false,
        "the partner that directs and monitors the chain",
    ),
    field(
        "phases",
        Kind::Entities(Section::Phases),
        false,
        "the chain's phases, left to right",
    ),
    field(
        "partners",
        Kind::Entities(Section::Partners),
        true,
        "the partner organisations, top to bottom",
    ),
    field(
        "roles",
        Kind::Entities(Section::Roles),
        false,
        "roles that partners play",
    ),
    field(
        "goals",
        Kind::Entities(Section::Goals),
        false,
        "shared goals",
    ),
    field(
        "kpis",
        Kind::Entities(Section::Kpis),
        false,
        "the indicators partners hold each other to",
    ),
    field(
        "agreements",
        Kind::Entities(Section::Agreements),
        false,
        "what partners hold each other to beyond the KPIs",
    ),
    field(
        "steps",
        Kind::Entities(Section::Steps),
        false,
        "the shared primary process, in reading order",
    ),
    field(
        "pulse",
        Kind::Pulse,
        false,
        "how each partner rates the collaboration per period, oldest first",
    ),
    field(
        "allow",
        Kind::Allow,
        false,
        "warnings accepted for the whole model",
    ),
];

const PHASE: &[Field] = &[
    field("name", Kind::Text, true, "the phase's name"),
    field("description", Kind::Text, false, "free text"),
    NOTES,
    ALLOW,
];

const PARTNER: &[Field] = &[
    field("name", Kind::Text, true, "the organisation's name"),
    field(
        "kind",
        Kind::Text,
        false,
        "gemeente, zorgaanbieder, politie, …",
    ),
    field(
        "contribution",
        Kind::Text,
        false,
        "what it brings to the joint result",
    ),
    field(
        "interests",
        Kind::Interests,
        false,
        "what must be safeguarded for it",
    ),
    field("contact", Kind::Text, false, "who to ask"),
    NOTES,
    ALLOW,
];

const ROLE: &[Field] = &[
    field("name", Kind::Text, true, "the role's name"),
    field(
        "partner",
        Kind::Ref(Section::Partners),
        true,
        "the partner that plays it",
    ),
    field("description", Kind::Text, false, "free text"),
    NOTES,
    ALLOW,
];

const GOAL: &[Field] = &[
    field("name", Kind::Text, true, "the goal's name"),
    field("description", Kind::Text, false, "free text"),
    field(
        "partners",
        Kind::Refs(Section::Partners),
        false,
        "the partners that contribute to it",
    ),
    NOTES,
    ALLOW,
];

const KPI: &[Field] = &[
    field("name", Kind::Text, true, "the KPI's name"),
    field(
        "goal",
        Kind::Ref(Section::Goals),
        false,
        "the goal it measures",
    ),
    field(
        "owner",
        Kind::Ref(Section::Partners),
        false,
        "the partner accountable for it",
    ),
    field(
        "step",
        Kind::Ref(Section::Steps),
        false,
        "the step where it is measured",
    ),
    field("unit", Kind::Text, false, "what a value counts"),
    field("target", Kind::Number, false, "the value to reach"),
    field(
        "better",
        Kind::Better,
        false,
        "which way it gets better (default higher)",
    ),
    field(
        "measurements",
        Kind::Measurements,
        false,
        "the values measured, oldest first",
    ),
    NOTES,
    ALLOW,
];

const AGREEMENT: &[Field] = &[
    field("name", Kind::Text, true, "the agreement's name"),
    field("description", Kind::Text, false, "free text"),
    field(
        "partners",
        Kind::Refs(Section::Partners),
        false,
        "the partners that made it",
    ),
    NOTES,
    ALLOW,
];

const STEP: &[Field] = &[
    field("name", Kind::Text, true, "the step's name"),
    field(
        "partner",
        Kind::Ref(Section::Partners),
        true,
        "the partner that owns it: its lane",
    ),
    field(
        "role",
        Kind::Ref(Section::Roles),
        false,
        "the role that does it",
    ),
    field(
        "phase",
        Kind::Ref(Section::Phases),
        false,
        "the phase it is in",
    ),
    field("description", Kind::Text, false, "free text"),
    field("next", Kind::Flows, false, "the flows to the next steps"),
    NOTES,
    ALLOW,
];

/// The fields of a flow written as a map (`{ to: plan, label: dossier }`).
pub const FLOW: &[Field] = &[
    field("to", Kind::Ref(Section::Steps), true, "the next step"),
    field("label", Kind::Text, false, "what passes along the flow"),
];

/// The fields of a measurement of a KPI.
pub const MEASUREMENT: &[Field] = &[
    field(
        "period",
        Kind::Text,
        true,
        "the period measured: 2026-Q1, 2026",
    ),
    field("value", Kind::Number, true, "the value measured"),
    field("note", Kind::Text, false, "a remark on the value"),
];

/// The fields of an interest written as a map.
pub const INTEREST: &[Field] = &[
    field("name", Kind::Text, true, "what must be safeguarded"),
    field(
        "safeguarded_by",
        Kind::Refs(Section::Agreements),
        false,
        "the agreements that safeguard it",
    ),
    field("notes", Kind::Text, false, "remarks kept with the interest"),
];

/// The fields of an entry of the pulse; the scores in the order of
/// [`super::DIMENSIONS`].
pub const PULSE: &[Field] = &[
    field(
        "period",
        Kind::Text,
        true,
        "the period rated: 2026-Q1, 2026",
    ),
    field(
        "partner",
        Kind::Ref(Section::Partners),
        true,
        "the partner that rates",
    ),
    field(
        "trust",
        Kind::Score,
        false,
        "We trust the other partners to do what they say.",
    ),
    field(
        "reciprocity",
        Kind::Score,
        false,
        "Giving and taking is in balance; communication goes both ways.",
    ),
    field(
        "openness",
        Kind::Score,
        false,
        "We can disagree openly and challenge each other's views.",
    ),
    field(
        "appreciation",
        Kind::Score,
        false,
        "Our contribution is seen and valued by the others.",
    ),
    field(
        "contribution",
        Kind::Score,
        false,
        "We can make a meaningful contribution with our own expertise.",
    ),
    field(
        "interests",
        Kind::Score,
        false,
        "Our interests are safeguarded in the decisions.",
    ),
    field("note", Kind::Text, false, "a remark on the period"),
];

/// The fields of each section's entities (of the model itself for
/// [`Section::Top`]), in the order they are written.
pub fn fields(section: Section) -> &'static [Field] {
    match section {
        Section::Top => TOP,
        Section::Phases => PHASE,
        Section::Partners => PARTNER,
        Section::Roles => ROLE,
        Section::Goals => GOAL,
        Section::Kpis => KPI,
        Section::Agreements => AGREEMENT,
        Section::Steps => STEP,
    }
}

/// The keys of a section's fields, in order.
pub fn keys(section: Section) -> Vec<&'static str> {
    fields(section).iter().map(|f| f.key).collect()
}

/// Every section, the top level first, in the order they are written.
pub const SECTIONS: [Section; 8] = [
    Section::Top,
    Section::Phases,
    Section::Partners,
    Section::Roles,
    Section::Goals,
    Section::Kpis,
    Section::Agreements,
    Section::Steps,
];

/// The value of one field, borrowed from the model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FieldValue<'a> {
    Version,
    Text(&'a str),
    Texts(&'a [String]),
    /// A reference; a required one is always there (empty when it was
    /// missing from the file).
    Ref(Option<&'a Id>),
    Refs(&'a [Id]),
    Number(Option<f64>),
    Better(Better),
    Measurements(&'a [Measurement]),
    Flows(&'a [Flow]),
    Interests(&'a [Interest]),
    Pulse(&'a [PulseEntry]),
    Entities(Section),
    Allow(&'a [Code]),
}

/// One entity (or the model's top level), to read its fields by key.
#[derive(Debug, Clone, Copy)]
pub enum Record<'a> {
    Top(&'a Model),
    Phase(&'a Phase),
    Partner(&'a Partner),
    Role(&'a Role),
    Goal(&'a Goal),
    Kpi(&'a Kpi),
    Agreement(&'a Agreement),
    Step(&'a Step),
}

impl<'a> Record<'a> {
    /// The value of the field `key`, if the entity has that field.
    pub fn value(self, key: &str) -> Option<FieldValue<'a>> {
        use FieldValue::*;
        Some(match (self, key) {
            (Record::Top(_), "keten") => Version,
            (Record::Top(m), "name") => Text(&m.name),
            (Record::Top(m), "description") => Text(&m.description),
            (Record::Top(m), "client_question") => Text(&m.client_question),
            (Record::Top(m), "ambition") => Text(&m.ambition),
            (Record::Top(m), "director") => Ref(m.director.as_ref()),
            (Record::Top(_), "phases") => Entities(Section::Phases),
            (Record::Top(_), "partners") => Entities(Section::Partners),
            (Record::Top(_), "roles") => Entities(Section::Roles),
            (Record::Top(_), "goals") => Entities(Section::Goals),
            (Record::Top(_), "kpis") => Entities(Section::Kpis),
            (Record::Top(_), "agreements") => Entities(Section::Agreements),
            (Record::Top(_), "steps") => Entities(Section::Steps),
            (Record::Top(m), "pulse") => Pulse(&m.pulse),
            (Record::Top(m), "allow") => Allow(&m.allow),

            (Record::Phase(e), "name") => Text(&e.name),
            (Record::Phase(e), "description") => Text(&e.description),
            (Record::Phase(e), "notes") => Text(&e.notes),
            (Record::Phase(e), "allow") => Allow(&e.allow),

            (Record::Partner(e), "name") => Text(&e.name),
            (Record::Partner(e), "kind") => Text(&e.kind),
            (Record::Partner(e), "contribution") => Text(&e.contribution),
            (Record::Partner(e), "interests") => Interests(&e.interests),
            (Record::Partner(e), "contact") => Text(&e.contact),
            (Record::Partner(e), "notes") => Text(&e.notes),
            (Record::Partner(e), "allow") => Allow(&e.allow),

            (Record::Role(e), "name") => Text(&e.name),
            (Record::Role(e), "partner") => Ref(Some(&e.partner)),
            (Record::Role(e), "description") => Text(&e.description),
            (Record::Role(e), "notes") => Text(&e.notes),
            (Record::Role(e), "allow") => Allow(&e.allow),

            (Record::Goal(e), "name") => Text(&e.name),
            (Record::Goal(e), "description") => Text(&e.description),
            (Record::Goal(e), "partners") => Refs(&e.partners),
            (Record::Goal(e), "notes") => Text(&e.notes),
            (Record::Goal(e), "allow") => Allow(&e.allow),

            (Record::Kpi(e), "name") => Text(&e.name),
            (Record::Kpi(e), "goal") => Ref(e.goal.as_ref()),
            (Record::Kpi(e), "owner") => Ref(e.owner.as_ref()),
            (Record::Kpi(e), "step") => Ref(e.step.as_ref()),
            (Record::Kpi(e), "unit") => Text(&e.unit),
            (Record::Kpi(e), "target") => Number(e.target),
            (Record::Kpi(e), "better") => Better(e.better),
            (Record::Kpi(e), "measurements") => Measurements(&e.measurements),
            (Record::Kpi(e), "notes") => Text(&e.notes),
            (Record::Kpi(e), "allow") => Allow(&e.allow),

            (Record::Agreement(e), "name") => Text(&e.name),
            (Record::Agreement(e), "description") => Text(&e.description),
            (Record::Agreement(e), "partners") => Refs(&e.partners),
            (Record::Agreement(e), "notes") => Text(&e.notes),
            (Record::Agreement(e), "allow") => Allow(&e.allow),

            (Record::Step(e), "name") => Text(&e.name),
            (Record::Step(e), "partner") => Ref(Some(&e.partner)),
            (Record::Step(e), "role") => Ref(e.role.as_ref()),
            (Record::Step(e), "phase") => Ref(e.phase.as_ref()),
            (Record::Step(e), "description") => Text(&e.description),
            (Record::Step(e), "next") => Flows(&e.next),
            (Record::Step(e), "notes") => Text(&e.notes),
            (Record::Step(e), "allow") => Allow(&e.allow),
            _ => return None,
        })
    }

    /// The entity's YAML comments.
    pub fn comments(self) -> &'a super::Comments {
        match self {
            Record::Top(e) => &e.comments,
            Record::Phase(e) => &e.comments,
            Record::Partner(e) => &e.comments,
            Record::Role(e) => &e.comments,
            Record::Goal(e) => &e.comments,
            Record::Kpi(e) => &e.comments,
            Record::Agreement(e) => &e.comments,
            Record::Step(e) => &e.comments,
        }
    }
}

/// One place where an id refers to another entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference<'m> {
    /// The section of the entity that refers.
    pub section: Section,
    /// The entity that refers; `None` for the top level.
    pub owner: Option<&'m Id>,
    pub field: &'static str,
    /// The item of a list field.
    pub item: Option<usize>,
    /// The section referred to.
    pub target: Section,
    /// The id referred to.
    pub to: &'m Id,
    /// Whether the referring entity cannot be without it.
    pub required: bool,
}

impl Model {
    /// The entities of a section with their ids, in order; the top level is
    /// one record without an id.
    pub fn records(
        &self,
        section: Section,
    ) -> Box<dyn Iterator<Item = (Option<&Id>, Record<'_>)> + '_> {
        match section {
            Section::Top => Box::new(std::iter::once((None, Record::Top(self)))),
            Section::Phases => Box::new(
                self.phases
                    .iter()
                    .map(|(id, e)| (Some(id), Record::Phase(e))),
            ),
            Section::Partners => Box::new(
                self.partners
                    .iter()
                    .map(|(id, e)| (Some(id), Record::Partner(e))),
            ),
            Section::Roles => {
                Box::new(self.roles.iter().map(|(id, e)| (Some(id), Record::Role(e))))
            }
            Section::Goals => {
                Box::new(self.goals.iter().map(|(id, e)| (Some(id), Record::Goal(e))))
            }
            Section::Kpis => Box::new(self.kpis.iter().map(|(id, e)| (Some(id), Record::Kpi(e)))),
            Section::Agreements => Box::new(
                self.agreements
                    .iter()
                    .map(|(id, e)| (Some(id), Record::Agreement(e))),
            ),
            Section::Steps => Box::new(self.steps.iter().map(|s| (Some(&s.id), Record::Step(s)))),
        }
    }

    /// Every place in the model where an id refers to another entity, in
    /// model order: section by section, entity by entity, field by field
    /// as [`fields`] lists them, item by item.
    pub fn references(&self) -> impl Iterator<Item = Reference<'_>> + '_ {
        SECTIONS.into_iter().flat_map(move |section| {
            let refs = fields(section)
                .iter()
                .filter_map(|f| Some((f, f.kind.refers_to()?)));
            let refs: Vec<_> = refs.collect();
            self.records(section).flat_map(move |(owner, record)| {
                let mut out = Vec::new();
                for &(f, target) in &refs {
                    let at = |item, to| Reference {
                        section,
                        owner,
                        field: f.key,
                        item,
                        target,
                        to,
                        required: f.required,
                    };
                    match record.value(f.key) {
                        Some(FieldValue::Ref(Some(to))) => out.push(at(None, to)),
                        Some(FieldValue::Refs(ids)) => {
                            out.extend(ids.iter().enumerate().map(|(i, to)| at(Some(i), to)));
                        }
                        Some(FieldValue::Flows(flows)) => {
                            out.extend(flows.iter().enumerate().map(|(i, f)| at(Some(i), &f.to)));
                        }
                        Some(FieldValue::Interests(list)) => {
                            out.extend(list.iter().enumerate().flat_map(|(i, interest)| {
                                interest
                                    .safeguarded_by
                                    .iter()
                                    .map(move |to| at(Some(i), to))
                            }));
                        }
                        Some(FieldValue::Pulse(list)) => {
                            out.extend(
                                list.iter()
                                    .enumerate()
                                    .map(|(i, e)| at(Some(i), &e.partner)),
                            );
                        }
                        _ => {}
                    }
                }
                out
            })
        })
    }

    /// Points the references to `from` in one field of one entity at `to`,
    /// or clears them (`None`): an optional reference is emptied, the items
    /// of a list that name `from` are removed. A required reference is only
    /// ever pointed elsewhere. Flows follow a renamed step in the chain
    /// itself ([`super::Chain::rename`]); cleared here they are removed.
    pub fn retarget(
        &mut self,
        section: Section,
        owner: Option<&Id>,
        field: &str,
        from: &Id,
        to: Option<&Id>,
    ) {
        fn one(slot: &mut Option<Id>, from: &Id, to: Option<&Id>) {
            if slot.as_ref() == Some(from) {
                *slot = to.cloned();
            }
        }
        fn required(slot: &mut Id, from: &Id, to: Option<&Id>) {
            if let Some(to) = to.filter(|_| slot == from) {
                *slot = to.clone();
            }
        }
        fn list(ids: &mut Vec<Id>, from: &Id, to: Option<&Id>) {
            match to {
                Some(to) => ids
                    .iter_mut()
                    .filter(|i| *i == from)
                    .for_each(|i| *i = to.clone()),
                None => ids.retain(|i| i != from),
            }
        }
        let Some(owner) = owner else {
            match (section, field) {
                (Section::Top, "director") => one(&mut self.director, from, to),
                // A partner's pulse goes with it; renamed, it follows.
                (Section::Top, "pulse") => match to {
                    Some(to) => self
                        .pulse
                        .iter_mut()
                        .filter(|e| e.partner == *from)
                        .for_each(|e| e.partner = to.clone()),
                    None => self.pulse.retain(|e| e.partner != *from),
                },
                _ => {}
            }
            return;
        };
        match (section, field) {
            (Section::Roles, "partner") => {
                if let Some(e) = self.roles.get_mut(owner) {
                    required(&mut e.partner, from, to);
                }
            }
            (Section::Goals, "partners") => {
                if let Some(e) = self.goals.get_mut(owner) {
                    list(&mut e.partners, from, to);
                }
            }
            (Section::Agreements, "partners") => {
                if let Some(e) = self.agreements.get_mut(owner) {
                    list(&mut e.partners, from, to);
                }
            }
            (Section::Partners, "interests") => {
                if let Some(e) = self.partners.get_mut(owner) {
                    for interest in &mut e.interests {
                        list(&mut interest.safeguarded_by, from, to);
                    }
                }
            }
            (Section::Kpis, "goal" | "owner" | "step") => {
                if let Some(e) = self.kpis.get_mut(owner) {
                    let slot = match field {
                        "goal" => &mut e.goal,
                        "owner" => &mut e.owner,
                        _ => &mut e.step,
                    };
                    one(slot, from, to);
                }
            }
            (Section::Steps, "partner" | "role" | "phase" | "next") => {
                self.steps.update(owner.as_str(), |s| match field {
                    "partner" => required(&mut s.partner, from, to),
                    "role" => one(&mut s.role, from, to),
                    "phase" => one(&mut s.phase, from, to),
                    _ => match to {
                        Some(to) => s
                            .next
                            .iter_mut()
                            .filter(|f| f.to == *from)
                            .for_each(|f| f.to = to.clone()),
                        None => s.next.retain(|f| f.to != *from),
                    },
                });
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_in_the_tables_has_a_value() {
        let model = Model::default();
        let step = Step::default();
        let records = [
            (Section::Top, Record::Top(&model)),
            (Section::Phases, Record::Phase(&Phase::default())),
            (Section::Partners, Record::Partner(&Partner::default())),
            (Section::Roles, Record::Role(&Role::default())),
            (Section::Goals, Record::Goal(&Goal::default())),
            (Section::Kpis, Record::Kpi(&Kpi::default())),
            (
                Section::Agreements,
                Record::Agreement(&Agreement::default()),
            ),
            (Section::Steps, Record::Step(&step)),
        ];
        for (section, record) in records {
            for f in fields(section) {
                assert!(
                    record.value(f.key).is_some(),
                    "{section:?}.{} has no value",
                    f.key
                );
            }
        }
    }
}
