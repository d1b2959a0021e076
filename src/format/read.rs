//! From a YAML tree to a [`Model`], reporting every problem on the way.
//!
//! The reader never stops at the first problem: a field of the wrong type,
//! an unknown key or a bad id is reported and left out (or kept, for ids),
//! and reading goes on, so that one run of `keten check` shows everything
//! there is to fix.

use crate::diagnostic::{Code, Diagnostic, Findings, Pos, did_you_mean};
use crate::lang::t;
use crate::model::{
    Agreement, Better, Chain, FLOW, FORMAT_VERSION, Field, Flow, Goal, Id, Kpi, MEASUREMENT, Map,
    Measurement, Model, Partner, Phase, Role, Section, Step, fields,
};

mod relational;

use super::source::SourceMap;
use super::yaml::{Node, Style, Value, keeps_exactly, parse_number};

/// Reads a model from the root of a YAML tree. Without a root (an empty
/// file) or with a root that is not a map there is no model.
pub fn read(root: Option<&Node>) -> (Option<Model>, Findings, SourceMap) {
    let mut reader = Reader::default();
    let model = match root {
        None => {
            reader.errors.push(
                Diagnostic::new(Code::Schema, t::empty_file()).at(Pos { line: 1, column: 1 }),
            );
            None
        }
        Some(root) if !matches!(root.value, Value::Map(_)) => {
            reader.errors.push(
                Diagnostic::new(Code::Schema, t::top_not_map(&t::phrase(root.kind())))
                    .at(root.span.start()),
            );
            None
        }
        Some(root) => Some(reader.model(root)),
    };
    (model, reader.errors, reader.source)
}

/// Where a value stands, for messages: "the top level" or "step `triage`".
#[derive(Clone, Copy)]
struct Owner<'a> {
    section: Section,
    id: Option<&'a Id>,
    /// Where the entity's id is written (the top of the file for the top level).
    at: Pos,
}

impl Owner<'_> {
    fn describe(&self) -> String {
        match self.id {
            None => t::phrase("the top level"),
            Some(id) => t::entity(&t::noun(self.section.noun()), id.as_str()),
        }
    }
}

#[derive(Default)]
struct Reader {
    errors: Findings,
    source: SourceMap,
}

impl Reader {
    fn error(&mut self, code: Code, at: Pos, message: String) {
        self.errors.push(Diagnostic::new(code, message).at(at));
    }

    fn model(&mut self, root: &Node) -> Model {
        let top = Owner {
            section: Section::Top,
            id: None,
            at: root.span.start(),
        };
        let mut model = Model::default();
        let mut version_seen = false;
        let mut name_seen = false;
        let mut partners_seen = false;
        for (key, value) in self.known_fields(root, top, fields(Section::Top)) {
            self.source
                .field(Section::Top, None, key, value.span.start());
            match key {
                "keten" => {
                    version_seen = true;
                    self.version(value);
                }
                "name" => {
                    name_seen = true;
                    model.name = self.required_text(value, top, "name");
                }
                "description" => model.description = self.text(value, top, key),
                "client_question" => model.client_question = self.text(value, top, key),
                "ambition" => model.ambition = self.text(value, top, key),
                "director" => model.director = self.reference(value, top, key),
                "phases" => model.phases = self.section(value, Section::Phases, Reader::phase),
                "partners" => {
                    partners_seen = true;
                    model.partners = self.section(value, Section::Partners, Reader::partner);
                }
                "roles" => model.roles = self.section(value, Section::Roles, Reader::role),
                "goals" => model.goals = self.section(value, Section::Goals, Reader::goal),
                "kpis" => model.kpis = self.section(value, Section::Kpis, Reader::kpi),
                "agreements" => {
                    model.agreements = self.section(value, Section::Agreements, Reader::agreement);
                }
                "pulse" => model.pulse = self.pulse(value, top),
                "steps" => {
                    let steps = self.section(value, Section::Steps, Reader::step);
                    model.steps = Chain::from_steps(steps.into_iter().map(|(id, mut step)| {
                        step.id = id;
                        step
                    }))
                    .0;
                }
                "allow" => model.allow = self.allow(value, top),
                _ => unreachable!("known_fields only yields known keys"),
            }
        }
        let start = root.span.start();
        if !version_seen {
            self.error(Code::Version, start, t::no_version(FORMAT_VERSION as usize));
        }
        if !name_seen {
            self.error(Code::Schema, start, t::no_name());
        }
        if !partners_seen {
            self.error(Code::Schema, start, t::no_partners());
        }
        model
    }

    fn version(&mut self, value: &Node) {
        let at = value.span.start();
        match value.scalar() {
            Some((text, Style::Plain)) if text == FORMAT_VERSION.to_string() => {}
            Some((text, Style::Plain)) if parse_number(text).is_some() => self.error(
                Code::Version,
                at,
                t::other_version(text, FORMAT_VERSION as usize),
            ),
            _ => self.error(
                Code::Version,
                at,
                t::version_not_number(FORMAT_VERSION as usize, &t::phrase(value.kind())),
            ),
        }
    }

    /// The entries of a map whose keys are known, in file order; unknown
    /// keys and keys that are not text are reported.
    fn known_fields<'n, 'b>(
        &mut self,
        map: &'n Node<'b>,
        owner: Owner,
        known: &'static [Field],
    ) -> Vec<(&'static str, &'n Node<'b>)> {
        let Value::Map(entries) = &map.value else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(entries.len());
        for (key, value) in entries {
            let Some((text, _)) = key.scalar() else {
                self.error(
                    Code::Schema,
                    key.span.start(),
                    t::key_not_text(&owner.describe(), &t::phrase(key.kind())),
                );
                continue;
            };
            match known.iter().find(|f| f.key == text) {
                Some(f) => out.push((f.key, value)),
                None => {
                    let hint = match did_you_mean(text, known.iter().map(|f| f.key)) {
                        hint if !hint.is_empty() => hint,
                        _ => t::takes_keys(&describe_kind(owner), &key_list(known)),
                    };
                    let place = match owner.id {
                        None => String::new(),
                        Some(_) => t::in_place(&owner.describe()),
                    };
                    self.error(
                        Code::Schema,
                        key.span.start(),
                        t::unknown_key(text, &place, &hint),
                    );
                }
            }
        }
        out
    }

    /// A section: a map of id → entity, each read by `entity`.
    fn section<T: Default>(
        &mut self,
        node: &Node,
        section: Section,
        entity: fn(&mut Reader, &Node, Owner) -> T,
    ) -> Map<T> {
        let mut out = Map::default();
        let entries = match &node.value {
            Value::Map(entries) => entries.as_slice(),
            _ if node.is_null() => &[],
            _ => {
                self.error(
                    Code::Schema,
                    node.span.start(),
                    t::section_not_map(
                        section.key(),
                        &t::noun(section.noun()),
                        &t::phrase(node.kind()),
                    ),
                );
                &[]
            }
        };
        out.reserve(entries.len());
        for (key, value) in entries {
            let Some((text, _)) = key.scalar() else {
                self.error(
                    Code::Schema,
                    key.span.start(),
                    t::id_not_text(&t::noun(section.noun()), &t::phrase(key.kind())),
                );
                continue;
            };
            let id = Id::new(text);
            if !id.is_valid() {
                self.bad_id(&id, section, key.span.start());
            }
            self.source.entity(section, &id, key.span.start());
            let owner = Owner {
                section,
                id: Some(&id),
                at: key.span.start(),
            };
            let item = match &value.value {
                Value::Map(_) => entity(self, value, owner),
                _ => {
                    let fix = if value.is_null() {
                        t::give_a_name(text)
                    } else {
                        String::new()
                    };
                    self.error(
                        Code::Schema,
                        value.span.start(),
                        t::entity_not_map(&owner.describe(), &t::phrase(value.kind()), &fix),
                    );
                    T::default()
                }
            };
            out.insert(id, item);
        }
        out
    }

    fn bad_id(&mut self, id: &Id, section: Section, at: Pos) {
        let fix = Id::from_name(id.as_str(), "");
        let hint = if fix.is_empty() {
            String::new()
        } else {
            t::for_example(fix.as_str())
        };
        let why = if id.as_str().len() > crate::model::MAX_ID_LEN {
            t::id_too_long(crate::model::MAX_ID_LEN)
        } else {
            t::id_not_valid()
        };
        self.error(
            Code::BadId,
            at,
            t::bad_id(&t::noun(section.noun()), id.as_str(), &why, &hint),
        );
    }

    /// Reads the fields of an entity, recording where each stands, and
    /// reports the required ones that are missing.
    fn entity_fields<'n, 'b>(
        &mut self,
        node: &'n Node<'b>,
        owner: Owner,
    ) -> Vec<(&'static str, &'n Node<'b>)> {
        let table = fields(owner.section);
        let found = self.known_fields(node, owner, table);
        for (key, value) in &found {
            self.source
                .field(owner.section, owner.id, key, value.span.start());
        }
        for need in table.iter().filter(|f| f.required).map(|f| f.key) {
            if !found.iter().any(|(k, _)| *k == need) {
                self.error(
                    Code::Schema,
                    owner.at,
                    t::required_missing(&owner.describe(), need),
                );
            }
        }
        found
    }

    fn phase(&mut self, node: &Node, owner: Owner) -> Phase {
        let mut phase = Phase::default();
        for (key, value) in self.entity_fields(node, owner) {
            match key {
                "name" => phase.name = self.required_text(value, owner, key),
                "description" => phase.description = self.text(value, owner, key),
                "notes" => phase.notes = self.text(value, owner, key),
                "allow" => phase.allow = self.allow(value, owner),
                _ => {}
            }
        }
        phase
    }

    fn partner(&mut self, node: &Node, owner: Owner) -> Partner {
        let mut partner = Partner::default();
        for (key, value) in self.entity_fields(node, owner) {
            match key {
                "name" => partner.name = self.required_text(value, owner, key),
                "kind" => partner.kind = self.text(value, owner, key),
                "contribution" => partner.contribution = self.text(value, owner, key),
                "interests" => partner.interests = self.interests(value, owner),
                "contact" => partner.contact = self.text(value, owner, key),
                "notes" => partner.notes = self.text(value, owner, key),
                "allow" => partner.allow = self.allow(value, owner),
                _ => {}
            }
        }
        partner
    }

    fn role(&mut self, node: &Node, owner: Owner) -> Role {
        let mut role = Role::default();
        for (key, value) in self.entity_fields(node, owner) {
            match key {
                "name" => role.name = self.required_text(value, owner, key),
                "partner" => role.partner = self.required_reference(value, owner, key),
                "description" => role.description = self.text(value, owner, key),
                "notes" => role.notes = self.text(value, owner, key),
                "allow" => role.allow = self.allow(value, owner),
                _ => {}
            }
        }
        role
    }

    fn goal(&mut self, node: &Node, owner: Owner) -> Goal {
        let mut goal = Goal::default();
        for (key, value) in self.entity_fields(node, owner) {
            match key {
                "name" => goal.name = self.required_text(value, owner, key),
                "description" => goal.description = self.text(value, owner, key),
                "partners" => goal.partners = self.reference_list(value, owner, key),
                "notes" => goal.notes = self.text(value, owner, key),
                "allow" => goal.allow = self.allow(value, owner),
                _ => {}
            }
        }
        goal
    }

    fn kpi(&mut self, node: &Node, owner: Owner) -> Kpi {
        let mut kpi = Kpi::default();
        for (key, value) in self.entity_fields(node, owner) {
            match key {
                "name" => kpi.name = self.required_text(value, owner, key),
                "goal" => kpi.goal = self.reference(value, owner, key),
                "owner" => kpi.owner = self.reference(value, owner, key),
                "step" => kpi.step = self.reference(value, owner, key),
                "unit" => kpi.unit = self.text(value, owner, key),
                "target" => kpi.target = self.number(value, owner, key),
                "better" => kpi.better = self.better(value, owner),
                "measurements" => kpi.measurements = self.measurements(value, owner),
                "notes" => kpi.notes = self.text(value, owner, key),
                "allow" => kpi.allow = self.allow(value, owner),
                _ => {}
            }
        }
        kpi
    }

    fn agreement(&mut self, node: &Node, owner: Owner) -> Agreement {
        let mut agreement = Agreement::default();
        for (key, value) in self.entity_fields(node, owner) {
            match key {
                "name" => agreement.name = self.required_text(value, owner, key),
                "description" => agreement.description = self.text(value, owner, key),
                "partners" => agreement.partners = self.reference_list(value, owner, key),
                "notes" => agreement.notes = self.text(value, owner, key),
                "allow" => agreement.allow = self.allow(value, owner),
                _ => {}
            }
        }
        agreement
    }

    fn step(&mut self, node: &Node, owner: Owner) -> Step {
        let mut step = Step::default();
        for (key, value) in self.entity_fields(node, owner) {
            match key {
                "name" => step.name = self.required_text(value, owner, key),
                "partner" => step.partner = self.required_reference(value, owner, key),
                "role" => step.role = self.reference(value, owner, key),
                "phase" => step.phase = self.reference(value, owner, key),
                "description" => step.description = self.text(value, owner, key),
                "next" => step.next = self.flows(value, owner),
                "notes" => step.notes = self.text(value, owner, key),
                "allow" => step.allow = self.allow(value, owner),
                _ => {}
            }
        }
        step
    }

    fn wrong_type(&mut self, value: &Node, owner: Owner, field: &str, want: &str) {
        self.error(
            Code::Schema,
            value.span.start(),
            t::wrong_type(
                field,
                &owner.describe(),
                &t::phrase(want),
                &t::phrase(value.kind()),
            ),
        );
    }

    /// Optional text: any scalar, as written; null is empty.
    fn text(&mut self, value: &Node, owner: Owner, field: &str) -> String {
        match value.scalar() {
            Some((text, Style::Plain)) if super::yaml::is_null(text) => String::new(),
            Some((text, _)) => text.to_string(),
            None => {
                self.wrong_type(value, owner, field, "text");
                String::new()
            }
        }
    }

    /// Required text: as [`Reader::text`], and reported when empty.
    fn required_text(&mut self, value: &Node, owner: Owner, field: &str) -> String {
        let text = self.text(value, owner, field);
        if text.trim().is_empty() && value.scalar().is_some() {
            self.error(
                Code::Schema,
                value.span.start(),
                t::required_empty(field, &owner.describe()),
            );
        }
        text
    }

    /// An optional reference to an id.
    fn reference(&mut self, value: &Node, owner: Owner, field: &str) -> Option<Id> {
        self.reference_or_empty(value, owner, field, ", or leave the field out")
    }

    /// A reference; empty or blank text (`""`, `" "`) is reported, with
    /// `or` saying what else the user may do.
    fn reference_or_empty(
        &mut self,
        value: &Node,
        owner: Owner,
        field: &str,
        or: &str,
    ) -> Option<Id> {
        match value.scalar() {
            Some((text, Style::Plain)) if super::yaml::is_null(text) => None,
            Some((text, _)) if text.trim().is_empty() => {
                self.error(
                    Code::Schema,
                    value.span.start(),
                    t::empty_reference(field, &owner.describe(), or),
                );
                None
            }
            Some((text, _)) => Some(Id::new(text)),
            None => {
                self.wrong_type(value, owner, field, "an id");
                None
            }
        }
    }

    fn required_reference(&mut self, value: &Node, owner: Owner, field: &str) -> Id {
        match self.reference_or_empty(value, owner, field, "; it is required") {
            Some(id) => id,
            None => {
                if value.is_null() {
                    self.error(
                        Code::Schema,
                        value.span.start(),
                        t::required_empty(field, &owner.describe()),
                    );
                }
                Id::default()
            }
        }
    }

    /// The items of a list field; anything but a list is reported.
    fn list<'n, 'b>(
        &mut self,
        value: &'n Node<'b>,
        owner: Owner,
        field: &str,
        want: &str,
    ) -> &'n [Node<'b>] {
        match &value.value {
            Value::Seq(items) => items,
            _ if value.is_null() => &[],
            Value::Scalar(text, _) => {
                self.error(
                    Code::Schema,
                    value.span.start(),
                    t::write_as_list(field, &owner.describe(), &t::phrase(want), text),
                );
                &[]
            }
            Value::Map(_) => {
                self.wrong_type(value, owner, field, &format!("a list of {want}"));
                &[]
            }
        }
    }

    /// Reports the required keys of a list item (`place`) that have no
    /// usable value and are not written at all; a key that is there with a
    /// bad value has been reported already.
    fn required<const N: usize>(&mut self, item: &Node, place: &str, keys: [(&str, bool); N]) {
        let missing: Vec<&str> = keys
            .into_iter()
            .filter(|(k, gone)| *gone && item.get(k).is_none())
            .map(|(k, _)| k)
            .collect();
        if !missing.is_empty() {
            self.error(
                Code::Schema,
                item.span.start(),
                t::required_missing(place, &missing.join(&format!("` {} `", t::and()))),
            );
        }
    }

    /// The text items of a list; null items are reported, and blank ones
    /// too where they are references (`ids`).
    fn items(&mut self, value: &Node, owner: Owner, field: &'static str, ids: bool) -> Vec<String> {
        let items = self.list(value, owner, field, "text");
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            self.source
                .item(owner.section, owner.id, field, i, item.span.start());
            match item.scalar() {
                Some((text, style))
                    if (ids && text.trim().is_empty())
                        || (style == Style::Plain && super::yaml::is_null(text)) =>
                {
                    self.error(
                        Code::Schema,
                        item.span.start(),
                        t::empty_item(field, &owner.describe()),
                    );
                }
                Some((text, _)) => out.push(text.to_string()),
                None => self.wrong_type(item, owner, field, "a list of text"),
            }
        }
        out
    }

    fn reference_list(&mut self, value: &Node, owner: Owner, field: &'static str) -> Vec<Id> {
        self.items(value, owner, field, true)
            .into_iter()
            .map(Id::from)
            .collect()
    }

    /// A number: an unquoted integer or decimal, finite.
    fn number(&mut self, value: &Node, owner: Owner, field: &str) -> Option<f64> {
        let at = value.span.start();
        let place = owner.describe();
        match value.scalar() {
            Some((text, Style::Plain)) if super::yaml::is_null(text) => None,
            Some((text, style)) => match parse_number(text) {
                Some(n) if n.is_finite() && style == Style::Plain && !keeps_exactly(text, n) => {
                    self.error(
                        Code::Schema,
                        at,
                        t::inexact_number(field, &place, text, &super::write::number(n)),
                    );
                    None
                }
                Some(n) if n.is_finite() && style == Style::Plain => Some(n),
                Some(n) if n.is_finite() => {
                    self.error(Code::Schema, at, t::quoted_number(field, &place, text));
                    None
                }
                Some(_) => {
                    self.error(Code::Schema, at, t::infinite_number(field, &place, text));
                    None
                }
                None => {
                    let hint =
                        if text.contains(',') && parse_number(&text.replace(',', ".")).is_some() {
                            t::decimal_point(&text.replace(',', "."))
                        } else {
                            String::new()
                        };
                    self.error(
                        Code::Schema,
                        at,
                        t::not_a_number(field, &place, text, &hint),
                    );
                    None
                }
            },
            None => {
                self.wrong_type(value, owner, field, "a number");
                None
            }
        }
    }

    fn better(&mut self, value: &Node, owner: Owner) -> Better {
        match value.scalar() {
            Some(("higher", _)) => Better::Higher,
            Some(("lower", _)) => Better::Lower,
            Some((text, Style::Plain)) if super::yaml::is_null(text) => Better::Higher,
            Some((text, _)) => {
                let hint = did_you_mean(text, ["higher", "lower"]);
                self.error(
                    Code::Schema,
                    value.span.start(),
                    t::bad_better(&owner.describe(), text, &hint),
                );
                Better::Higher
            }
            None => {
                self.wrong_type(value, owner, "better", "`higher` or `lower`");
                Better::Higher
            }
        }
    }

    fn allow(&mut self, value: &Node, owner: Owner) -> Vec<Code> {
        let items = self.list(value, owner, "allow", "warning codes");
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            self.source
                .item(owner.section, owner.id, "allow", i, item.span.start());
            let Some((text, _)) = item.scalar() else {
                self.wrong_type(item, owner, "allow", "a list of warning codes");
                continue;
            };
            match Code::parse(text) {
                Some(code) if code.is_error() => {
                    self.error(Code::Schema, item.span.start(), t::error_allowed(text))
                }
                Some(code) => {
                    if !out.contains(&code) {
                        out.push(code);
                    }
                }
                None => {
                    let hint = match did_you_mean(text, Code::warnings().map(Code::as_str)) {
                        hint if !hint.is_empty() => hint,
                        _ => t::the_warning_codes(
                            &Code::warnings()
                                .map(Code::as_str)
                                .collect::<Vec<_>>()
                                .join(", "),
                        ),
                    };
                    self.error(
                        Code::Schema,
                        item.span.start(),
                        t::unknown_warning(text, &hint),
                    );
                }
            }
        }
        out
    }

    fn flows(&mut self, value: &Node, owner: Owner) -> Vec<Flow> {
        let items = self.list(value, owner, "next", "step ids or `{ to: step, label: … }`");
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let flow = match &item.value {
                Value::Scalar(text, style)
                    if text.trim().is_empty()
                        || (*style == Style::Plain && super::yaml::is_null(text)) =>
                {
                    self.error(
                        Code::Schema,
                        item.span.start(),
                        t::empty_item("next", &owner.describe()),
                    );
                    None
                }
                Value::Scalar(text, _) => {
                    self.source
                        .item(owner.section, owner.id, "next", i, item.span.start());
                    Some(Flow::to(text.as_ref()))
                }
                Value::Map(_) => self.flow_map(item, owner, i),
                Value::Seq(_) => {
                    self.wrong_type(
                        item,
                        owner,
                        "next",
                        "a list of step ids or `{ to: step, label: … }`",
                    );
                    None
                }
            };
            out.extend(flow);
        }
        out
    }

    fn flow_map(&mut self, item: &Node, owner: Owner, i: usize) -> Option<Flow> {
        let mut to = None;
        let mut blank = false;
        let mut label = String::new();
        let place = t::a_flow_of(&owner.describe());
        for (key, value) in self.sub_fields(item, &place, FLOW) {
            match key {
                "to" => {
                    self.source
                        .item(owner.section, owner.id, "next", i, value.span.start());
                    to = self.reference_or_empty(value, owner, "to", "");
                    blank |= to.is_none() && !value.is_null();
                }
                "label" => label = self.text(value, owner, "label"),
                _ => {}
            }
        }
        if to.is_none() && !blank {
            self.error(Code::Schema, item.span.start(), t::flow_without_to(&place));
        }
        to.map(|to| Flow { to, label })
    }

    fn measurements(&mut self, value: &Node, owner: Owner) -> Vec<Measurement> {
        let items = self.list(value, owner, "measurements", "`{ period: …, value: … }`");
        let mut out = Vec::with_capacity(items.len());
        let place = t::a_measurement_of(&owner.describe());
        for (i, item) in items.iter().enumerate() {
            self.source.item(
                owner.section,
                owner.id,
                "measurements",
                i,
                item.span.start(),
            );
            if !matches!(item.value, Value::Map(_)) {
                self.wrong_type(
                    item,
                    owner,
                    "measurements",
                    "a list of `{ period: …, value: … }`",
                );
                continue;
            }
            let mut period = None;
            let mut number = None;
            let mut note = String::new();
            for (key, field) in self.sub_fields(item, &place, MEASUREMENT) {
                match key {
                    "period" => match field.scalar() {
                        Some((text, _)) if !field.is_null() => period = Some(text.to_string()),
                        _ => self.wrong_type(field, owner, "period", "a period like `2026-Q1`"),
                    },
                    "value" => number = self.number(field, owner, "value"),
                    "note" => note = self.text(field, owner, "note"),
                    _ => {}
                }
            }
            self.required(
                item,
                &place,
                [("period", period.is_none()), ("value", number.is_none())],
            );
            if let (Some(period), Some(value)) = (period, number) {
                out.push(Measurement {
                    period,
                    value,
                    note,
                });
            }
        }
        out
    }

    /// The fields of a small map inside an entity (a flow, a measurement).
    fn sub_fields<'n, 'b>(
        &mut self,
        map: &'n Node<'b>,
        place: &str,
        known: &'static [Field],
    ) -> Vec<(&'static str, &'n Node<'b>)> {
        let Value::Map(entries) = &map.value else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (key, value) in entries {
            match key
                .scalar()
                .and_then(|(t, _)| known.iter().find(|f| f.key == t))
            {
                Some(f) => out.push((f.key, value)),
                None => {
                    let text = key.scalar().map_or("?", |(t, _)| t);
                    let hint = match did_you_mean(text, known.iter().map(|f| f.key)) {
                        hint if !hint.is_empty() => hint,
                        _ => t::it_takes_keys(&key_list(known)),
                    };
                    self.error(
                        Code::Schema,
                        key.span.start(),
                        t::unknown_key(text, &t::in_place(place), &hint),
                    );
                }
            }
        }
        out
    }
}

fn describe_kind(owner: Owner) -> String {
    match owner.id {
        None => t::phrase("the top level"),
        Some(_) => t::a_noun(&t::noun(owner.section.noun())),
    }
}

/// The keys of a table, for messages: `name, description, notes`.
fn key_list(fields: &[Field]) -> String {
    fields.iter().map(|f| f.key).collect::<Vec<_>>().join(", ")
}
