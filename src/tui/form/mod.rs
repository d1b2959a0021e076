//! Forms to add and edit entities: text fields with a cursor, pickers for
//! every reference (never a typed id where one must exist), and an id
//! proposed from the name until the user changes it.

mod guards;
mod keys;
mod pick;

use super::dialog::checklist::Checklist;
use super::input::TextInput;
use crate::code::Code;
use crate::edit::{Edit, Entity};
use crate::lang::t;
use crate::model::{Agreement, Better, Goal, Id, Kpi, Model, Partner, Phase, Role, Section, Step};
use crate::text::sanitize;
pub use guards::Guards;
pub use pick::{matches, offered};

/// The value of a form field.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(TextInput),
    /// One of a list (ids with names); `None` only where the field is
    /// optional. Typing narrows the list (`filter`), the best match chosen.
    /// Where the field `creates` (a step's role and phase), a name typed
    /// that matches none is a new one (`new`), made with the entity.
    Pick {
        options: Vec<(Id, String)>,
        chosen: Option<usize>,
        optional: bool,
        filter: TextInput,
        creates: bool,
        new: Option<String>,
    },
    /// Any number of a list, in the order ticked: Space opens the list
    /// with boxes; letters typed (`filter`) find one, Space ticks it.
    Many {
        options: Vec<(Id, String)>,
        ticked: Vec<Id>,
        open: Option<Checklist>,
        filter: TextInput,
    },
    /// Each interest's safeguarding agreements.
    Guards(Box<Guards>),
}

/// A field of a form.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub key: &'static str,
    pub label: String,
    pub value: Value,
    /// The text the field opened with: a field left as it was gives back
    /// exactly what the entity had (a trailing newline, a `;` inside an
    /// interest).
    pub initial: String,
}

impl Field {
    /// A choice of several ids, those in `chosen` on.
    fn many(key: &'static str, label: String, options: Vec<(Id, String)>, on: &[Id]) -> Field {
        Field {
            key,
            label,
            value: Value::Many {
                options,
                ticked: on.to_vec(),
                open: None,
                filter: TextInput::default(),
            },
            initial: String::new(),
        }
    }

    pub(crate) fn text(key: &'static str, label: String, text: &str) -> Field {
        Field {
            key,
            label,
            value: Value::Text(TextInput::new(text)),
            initial: text.to_string(),
        }
    }

    /// A text field that keeps line breaks.
    pub(crate) fn lines(key: &'static str, label: String, text: &str) -> Field {
        Field {
            value: Value::Text(TextInput::lines(text)),
            ..Field::text(key, label, text)
        }
    }

    /// Whether the field holds text of several lines.
    pub fn is_multiline(&self) -> bool {
        matches!(&self.value, Value::Text(t) if t.is_multiline())
    }

    pub(crate) fn pick(
        key: &'static str,
        label: String,
        options: Vec<(Id, String)>,
        current: Option<&Id>,
        optional: bool,
    ) -> Field {
        let chosen = current
            .and_then(|c| options.iter().position(|(id, _)| id == c))
            .or(if optional {
                None
            } else {
                (!options.is_empty()).then_some(0)
            });
        Field {
            key,
            label,
            value: Value::Pick {
                options,
                chosen,
                optional,
                filter: TextInput::default(),
                creates: false,
                new: None,
            },
            initial: String::new(),
        }
    }

    /// A choice where a name typed that matches none makes a new one.
    fn creating(mut self) -> Field {
        if let Value::Pick { creates, .. } = &mut self.value {
            *creates = true;
        }
        self
    }

    /// The warnings an entity (or the model) accepts, as codes with commas
    /// between.
    fn allow(allow: &[Code]) -> Field {
        let codes: Vec<&str> = allow.iter().map(|c| c.as_str()).collect();
        Field::text("allow", t::field_allow(), &codes.join(", "))
    }

    /// The field's value as shown.
    pub fn shown(&self) -> String {
        match &self.value {
            Value::Text(t) => t.text().to_string(),
            Value::Pick {
                new: Some(name), ..
            } => t::new_choice(name),
            Value::Pick {
                options, chosen, ..
            } => chosen.map_or("—".to_string(), |i| {
                format!("{} ({})", options[i].1, options[i].0)
            }),
            Value::Many {
                options, ticked, ..
            } => {
                let names: Vec<&str> = ticked
                    .iter()
                    .map(|id| {
                        options
                            .iter()
                            .find(|(o, _)| o == id)
                            .map_or(id.as_str(), |(_, name)| name.as_str())
                    })
                    .collect();
                if names.is_empty() {
                    crate::lang::t::none_ticked()
                } else {
                    names.join(", ")
                }
            }
            Value::Guards(g) => g.shown(),
        }
    }
}

/// A form for one entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub section: Section,
    /// The entity being edited, or `None` for a new one.
    pub editing: Option<Id>,
    /// Where a new entity goes in its section.
    pub at: usize,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// The id follows the name until the user types in the id field.
    pub id_follows_name: bool,
    pub error: String,
    /// The values as the form opened (taken at the first key), to tell
    /// whether Esc throws changes away.
    pub opened: Option<Vec<Value>>,
    /// Esc was pressed on changes: the form asks before closing.
    pub asking: bool,
    /// A new step added after this one: a flow goes from it to the new one.
    pub from: Option<Id>,
    /// A new step placed in the phase after the one it follows (`A`):
    /// the next one after it (Ctrl-n) is placed so too.
    pub next_phase: bool,
}

pub(crate) fn options(model: &Model, section: Section) -> Vec<(Id, String)> {
    model
        .ids(section)
        .map(|id| {
            (
                id.clone(),
                sanitize(model.name_of(section, id.as_str())).into_owned(),
            )
        })
        .collect()
}

impl Form {
    /// A form for a new entity of `section`, placed at `at`; `near` presets
    /// references (the partner of a new step, the goal of a new KPI).
    pub fn add(model: &Model, section: Section, at: usize, near: Option<&Id>) -> Form {
        let entity = match section {
            Section::Phases => Entity::Phase(Id::default(), Phase::default()),
            Section::Partners => Entity::Partner(Id::default(), Partner::default()),
            Section::Roles => Entity::Role(
                Id::default(),
                Role {
                    partner: near.cloned().unwrap_or_default(),
                    ..Role::default()
                },
            ),
            Section::Goals => Entity::Goal(Id::default(), Goal::default()),
            Section::Agreements => Entity::Agreement(Id::default(), Agreement::default()),
            // A new KPI of a goal: owned by the goal's first partner
            // until another is chosen.
            Section::Kpis => Entity::Kpi(
                Id::default(),
                Kpi {
                    goal: near.cloned(),
                    owner: near
                        .and_then(|g| model.goals.get(g))
                        .and_then(|g| g.partners.first().cloned()),
                    ..Kpi::default()
                },
            ),
            _ => Entity::Step(Step {
                partner: near.cloned().unwrap_or_default(),
                ..Step::default()
            }),
        };
        let mut form = Form::of(model, &entity);
        form.editing = None;
        form.at = at;
        form.id_follows_name = true;
        form.partner_roles_first(model);
        form
    }

    /// A form for the model itself: name, client question, ambition,
    /// description and director.
    pub fn top(model: &Model) -> Form {
        let fields = vec![
            Field::text("name", t::field_name(), &model.name),
            Field::lines(
                "client_question",
                t::field_client_question(),
                &model.client_question,
            ),
            Field::lines("ambition", t::field_ambition(), &model.ambition),
            Field::lines("description", t::field_description(), &model.description),
            Field::pick(
                "director",
                t::field_director(),
                options(model, Section::Partners),
                model.director.as_ref(),
                true,
            ),
            Field::allow(&model.allow),
        ];
        Form::with_fields(Section::Top, Some(Id::default()), fields)
    }

    /// A form of `fields` for an entity of `section` (`editing` the one
    /// it changes, `None` for a new one), the first field focused, nothing
    /// typed yet.
    pub(crate) fn with_fields(section: Section, editing: Option<Id>, fields: Vec<Field>) -> Form {
        Form {
            section,
            editing,
            at: 0,
            fields,
            focus: 0,
            id_follows_name: false,
            error: String::new(),
            opened: None,
            asking: false,
            from: None,
            next_phase: false,
        }
    }

    /// A form to edit an existing entity.
    pub fn edit(model: &Model, section: Section, id: &Id) -> Option<Form> {
        if section == Section::Top {
            return Some(Form::top(model));
        }
        let entity = Entity::of(model, section, id.as_str())?;
        let mut form = Form::of(model, &entity);
        form.editing = Some(id.clone());
        form.partner_roles_first(model);
        Some(form)
    }

    fn of(model: &Model, entity: &Entity) -> Form {
        let id = entity.id().as_str();
        let partners = || options(model, Section::Partners);
        let mut fields = match entity {
            Entity::Phase(_, p) => vec![
                Field::text("name", t::field_name(), &p.name),
                Field::text("id", t::field_id(), id),
                Field::lines("description", t::field_description(), &p.description),
            ],
            Entity::Partner(_, p) => vec![
                Field::text("name", t::field_name(), &p.name),
                Field::text("id", t::field_id(), id),
                Field::text("kind", t::field_kind(), &p.kind),
                Field::text("contribution", t::field_contribution(), &p.contribution),
                Field::text(
                    "interests",
                    t::field_interests(),
                    &crate::model::interest_names(&p.interests),
                ),
                Field {
                    key: "safeguarded_by",
                    label: t::field_safeguarded_by(),
                    value: Value::Guards(Box::new(Guards::new(
                        options(model, Section::Agreements),
                        &p.interests,
                    ))),
                    initial: String::new(),
                },
                Field::lines(
                    "interest_note",
                    t::field_interest_note(),
                    p.interests.first().map_or("", |i| i.notes.as_str()),
                ),
                Field::text("contact", t::field_contact(), &p.contact),
            ],
            Entity::Role(_, r) => vec![
                Field::text("name", t::field_name(), &r.name),
                Field::text("id", t::field_id(), id),
                Field::pick(
                    "partner",
                    t::field_partner(),
                    partners(),
                    Some(&r.partner),
                    false,
                ),
                Field::lines("description", t::field_description(), &r.description),
            ],
            Entity::Goal(_, g) => vec![
                Field::text("name", t::field_name(), &g.name),
                Field::text("id", t::field_id(), id),
                Field::many("partners", t::field_partners(), partners(), &g.partners),
                Field::lines("description", t::field_description(), &g.description),
            ],
            Entity::Agreement(_, a) => vec![
                Field::text("name", t::field_name(), &a.name),
                Field::text("id", t::field_id(), id),
                Field::lines("description", t::field_description(), &a.description),
                Field::many("partners", t::field_partners(), partners(), &a.partners),
            ],
            Entity::Kpi(_, k) => vec![
                Field::text("name", t::field_name(), &k.name),
                Field::text("id", t::field_id(), id),
                // What is measured first: the goal and the owner are
                // mostly proposed (the goal selected, its first partner).
                Field::text("unit", t::field_unit(), &k.unit),
                Field::text(
                    "target",
                    t::field_target(),
                    &k.target
                        .map(crate::format::write::number)
                        .unwrap_or_default(),
                ),
                Field::pick(
                    "better",
                    t::field_better(),
                    vec![
                        (Id::new("higher"), t::better_word("higher")),
                        (Id::new("lower"), t::better_word("lower")),
                    ],
                    Some(&Id::new(k.better.as_str())),
                    false,
                ),
                Field::pick(
                    "goal",
                    t::field_goal(),
                    options(model, Section::Goals),
                    k.goal.as_ref(),
                    true,
                ),
                Field::pick(
                    "owner",
                    t::field_owner(),
                    partners(),
                    k.owner.as_ref(),
                    true,
                ),
                Field::pick(
                    "step",
                    t::field_step(),
                    options(model, Section::Steps),
                    k.step.as_ref(),
                    true,
                ),
            ],
            Entity::Step(s) => vec![
                Field::text("name", t::field_name(), &s.name),
                Field::text("id", t::field_id(), id),
                Field::pick(
                    "partner",
                    t::field_lane(),
                    partners(),
                    Some(&s.partner),
                    false,
                ),
                Field::pick(
                    "role",
                    t::field_role(),
                    options(model, Section::Roles),
                    s.role.as_ref(),
                    true,
                )
                .creating(),
                Field::pick(
                    "phase",
                    t::field_phase(),
                    options(model, Section::Phases),
                    s.phase.as_ref(),
                    true,
                )
                .creating(),
                Field::lines("description", t::field_description(), &s.description),
            ],
        };
        let (notes, allow) = entity.notes_and_allow();
        fields.push(Field::lines("notes", t::field_notes(), notes));
        fields.push(Field::allow(allow));
        Form::with_fields(entity.section(), None, fields)
    }

    /// The fields' values without where their cursors stand.
    pub(crate) fn values(&self) -> Vec<Value> {
        self.fields
            .iter()
            .map(|f| match &f.value {
                // The note of the interest shown is in the guards too.
                Value::Text(_) if f.key == "interest_note" => Value::Text(TextInput::default()),
                Value::Text(t) => Value::Text(TextInput::new(t.text())),
                Value::Many {
                    options, ticked, ..
                } => Value::Many {
                    options: options.clone(),
                    ticked: ticked.clone(),
                    open: None,
                    filter: TextInput::default(),
                },
                Value::Pick {
                    options,
                    chosen,
                    optional,
                    creates,
                    new,
                    ..
                } => Value::Pick {
                    options: options.clone(),
                    chosen: *chosen,
                    optional: *optional,
                    filter: TextInput::default(),
                    creates: *creates,
                    new: new.clone(),
                },
                Value::Guards(g) => Value::Guards(Box::new(Guards {
                    at: 0,
                    open: None,
                    ..(**g).clone()
                })),
            })
            .collect()
    }

    /// Whether a field was changed since the form opened.
    pub fn changed(&self) -> bool {
        self.opened.as_ref().is_some_and(|o| *o != self.values())
    }

    fn value_of(&self, key: &str) -> Option<&Value> {
        self.fields.iter().find(|f| f.key == key).map(|f| &f.value)
    }

    /// The list with boxes open over the form, if any.
    pub fn checklist(&self) -> Option<&Checklist> {
        match &self.fields[self.focus].value {
            Value::Guards(g) => g.open.as_ref(),
            Value::Many { open, .. } => open.as_ref(),
            _ => None,
        }
    }

    fn text_of(&self, key: &str) -> String {
        self.fields
            .iter()
            .find(|f| f.key == key)
            .and_then(|f| match &f.value {
                Value::Text(t) if t.text() == f.initial => Some(f.initial.clone()),
                Value::Text(t) => Some(t.text().trim().to_string()),
                _ => None,
            })
            .unwrap_or_default()
    }

    /// The ids chosen in a field of several, in the order ticked.
    fn chosen(&self, key: &str, old: &[Id]) -> Vec<Id> {
        match self.value_of(key) {
            Some(Value::Many { ticked, .. }) => ticked.clone(),
            _ => old.to_vec(),
        }
    }

    fn pick_of(&self, key: &str) -> Option<Id> {
        self.fields
            .iter()
            .find(|f| f.key == key)
            .and_then(|f| match &f.value {
                Value::Pick {
                    options, chosen, ..
                } => chosen.map(|i| options[i].0.clone()),
                _ => None,
            })
    }

    /// The warning codes of the `allow` field, each one a warning keten knows.
    fn allow_of(&self) -> Result<Vec<Code>, String> {
        let mut codes = Vec::new();
        for word in self
            .text_of("allow")
            .split([',', ' '])
            .filter(|w| !w.is_empty())
        {
            match Code::parse(word) {
                Some(code) if !code.is_error() => {
                    if !codes.contains(&code) {
                        codes.push(code);
                    }
                }
                _ => {
                    let known: Vec<&str> = Code::warnings().map(Code::as_str).collect();
                    return Err(t::not_a_warning_code(&sanitize(word), &known.join(", ")));
                }
            }
        }
        Ok(codes)
    }

    /// Keeps the id in step with the name while the user has not typed one.
    pub fn name_changed(&mut self, model: &Model) {
        if !self.id_follows_name {
            return;
        }
        let name = self.text_of("name");
        let name = if self.section == Section::Steps {
            short_name(&name)
        } else {
            name
        };
        let id = unique_id(model, self.section, &name);
        if let Some(Field {
            value: Value::Text(t),
            ..
        }) = self.fields.iter_mut().find(|f| f.key == "id")
        {
            *t = TextInput::new(id.as_str());
        }
    }

    /// The edit the form asks for, or what is wrong with it.
    pub fn edit_of(&self, model: &Model) -> Result<Edit, String> {
        let name = self.text_of("name");
        if name.is_empty() {
            return Err(t::give_a_name_first());
        }
        if self.section == Section::Top {
            use crate::edit::TopField;
            let text = |field: TopField, key: &str| Edit::SetText {
                field,
                value: self.text_of(key),
            };
            return Ok(Edit::Batch(vec![
                text(TopField::Name, "name"),
                text(TopField::ClientQuestion, "client_question"),
                text(TopField::Ambition, "ambition"),
                text(TopField::Description, "description"),
                Edit::SetDirector(self.pick_of("director")),
                Edit::SetAllow(self.allow_of()?),
            ]));
        }
        let id = Id::new(self.text_of("id"));
        if !id.is_valid() {
            return Err(t::not_an_id(id.as_str()));
        }
        let renamed = self.editing.as_ref().is_some_and(|old| *old != id);
        if (self.editing.is_none() || renamed) && model.contains(self.section, id.as_str()) {
            return Err(t::entity_exists(&t::noun(self.section.noun()), id.as_str()));
        }
        let text = |k: &str| self.text_of(k);
        let notes = text("notes");
        let allow = self.allow_of()?;
        // The entity under its current id (renamed afterwards).
        let key = self.editing.clone().unwrap_or_else(|| id.clone());
        // What the entity makes with it (a step's new role or phase).
        let mut made = Vec::new();
        let entity = match self.section {
            Section::Phases => {
                let old = model.phases.get(&key).cloned().unwrap_or_default();
                Entity::Phase(
                    key.clone(),
                    Phase {
                        name,
                        description: text("description"),
                        notes,
                        allow,
                        ..old
                    },
                )
            }
            Section::Partners => {
                let old = model.partners.get(&key).cloned().unwrap_or_default();
                let interests_field = self.fields.iter().find(|f| f.key == "interests");
                let unchanged = interests_field
                    .is_some_and(|f| matches!(&f.value, Value::Text(t) if t.text() == f.initial));
                let mut interests: Vec<_> = if unchanged {
                    old.interests.clone()
                } else {
                    text("interests")
                        .split(';')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(|name| {
                            // An interest kept by name keeps its safeguards.
                            old.interests
                                .iter()
                                .find(|i| i.name == name)
                                .cloned()
                                .unwrap_or_else(|| name.into())
                        })
                        .collect()
                };
                if let Some(Value::Guards(g)) = self.value_of("safeguarded_by") {
                    g.apply(&mut interests);
                }
                Entity::Partner(
                    key.clone(),
                    Partner {
                        name,
                        kind: text("kind"),
                        contribution: text("contribution"),
                        interests,
                        contact: text("contact"),
                        notes,
                        allow,
                        ..old
                    },
                )
            }
            Section::Roles => {
                let old = model.roles.get(&key).cloned().unwrap_or_default();
                let partner = self.pick_of("partner").ok_or_else(t::choose_role_partner)?;
                Entity::Role(
                    key.clone(),
                    Role {
                        name,
                        partner,
                        description: text("description"),
                        notes,
                        allow,
                        ..old
                    },
                )
            }
            Section::Goals => {
                let old = model.goals.get(&key).cloned().unwrap_or_default();
                Entity::Goal(
                    key.clone(),
                    Goal {
                        name,
                        description: text("description"),
                        partners: self.chosen("partners", &old.partners),
                        notes,
                        allow,
                        ..old
                    },
                )
            }
            Section::Agreements => {
                let old = model.agreements.get(&key).cloned().unwrap_or_default();
                Entity::Agreement(
                    key.clone(),
                    Agreement {
                        name,
                        description: text("description"),
                        partners: self.chosen("partners", &old.partners),
                        notes,
                        allow,
                        ..old
                    },
                )
            }
            Section::Kpis => {
                let old = model.kpis.get(&key).cloned().unwrap_or_default();
                let target = match text("target").replace(',', ".") {
                    v if v.is_empty() => None,
                    v => Some(
                        crate::format::yaml::parse_number(&v)
                            .filter(|n| n.is_finite())
                            .ok_or_else(|| t::target_not_a_number(&v))?,
                    ),
                };
                let better = if self.pick_of("better").is_some_and(|b| b == "lower") {
                    Better::Lower
                } else {
                    Better::Higher
                };
                Entity::Kpi(
                    key.clone(),
                    Kpi {
                        name,
                        goal: self.pick_of("goal"),
                        owner: self.pick_of("owner"),
                        step: self.pick_of("step"),
                        unit: text("unit"),
                        target,
                        better,
                        notes,
                        allow,
                        ..old
                    },
                )
            }
            _ => {
                let old = model.steps.get(key.as_str()).cloned().unwrap_or_default();
                let partner = self.pick_of("partner").ok_or_else(t::choose_lane_partner)?;
                // A role or phase named that is not there yet comes with
                // the step (the role played by the step's partner).
                let mut new_or_picked =
                    |field: &str, section: Section, made_as: &dyn Fn(Id, String) -> Entity| {
                        let Some(name) = self.new_of(field) else {
                            return self.pick_of(field);
                        };
                        let id = unique_id(model, section, &name);
                        made.push(Edit::Put {
                            entity: made_as(id.clone(), name),
                            at: model.ids(section).count(),
                        });
                        Some(id)
                    };
                let role = new_or_picked("role", Section::Roles, &|id, name| {
                    let partner = partner.clone();
                    Entity::Role(
                        id,
                        Role {
                            name,
                            partner,
                            ..Role::default()
                        },
                    )
                });
                let phase = new_or_picked("phase", Section::Phases, &|id, name| {
                    Entity::Phase(
                        id,
                        Phase {
                            name,
                            ..Phase::default()
                        },
                    )
                });
                Entity::Step(Step {
                    id: key.clone(),
                    name,
                    partner,
                    role,
                    phase,
                    description: text("description"),
                    notes,
                    allow,
                    ..old
                })
            }
        };
        let edit = match &self.editing {
            None => Edit::Put {
                entity,
                at: self.at,
            },
            Some(old) if renamed => Edit::Batch(vec![
                Edit::Replace(entity),
                Edit::Rename {
                    section: self.section,
                    from: old.clone(),
                    to: id,
                },
            ]),
            Some(_) => Edit::Replace(entity),
        };
        Ok(if made.is_empty() {
            edit
        } else {
            made.push(edit);
            Edit::Batch(made)
        })
    }
}

/// An id made from `name` that no entity of `section` has yet.
fn unique_id(model: &Model, section: Section, name: &str) -> Id {
    let base = Id::from_name(name, &section.noun().to_lowercase());
    let mut id = base.clone();
    let mut n = 2;
    while model.contains(section, id.as_str()) {
        id = Id::new(format!("{base}-{n}"));
        n += 1;
    }
    id
}

/// What a step's id is proposed from: the name up to a comma, its first
/// two words that are more than a little word (`Bedden en dekens
/// plaatsen` gives `bedden-dekens`).
fn short_name(name: &str) -> String {
    let head = name.split([',', ';', ':', '(']).next().unwrap_or(name);
    let words: Vec<&str> = head
        .split_whitespace()
        .filter(|w| !crate::lang::LITTLE_WORDS.contains(&w.to_lowercase().as_str()))
        .take(2)
        .collect();
    if words.is_empty() {
        name.to_string()
    } else {
        words.join(" ")
    }
}

/// The model fields (their YAML keys) that the form of a section edits.
pub fn form_keys(section: Section) -> Vec<&'static str> {
    let model = Model::default();
    let form = match section {
        Section::Top => Form::top(&model),
        section => Form::add(&model, section, 0, None),
    };
    form.fields.iter().map(|f| f.key).collect()
}

/// Whether an edit would change the model (an unchanged form does not).
pub fn changes(edit: &Edit, model: &Model) -> bool {
    use crate::edit::TopField;
    match edit {
        Edit::Replace(entity) => {
            Entity::of(model, entity.section(), entity.id().as_str()).as_ref() != Some(entity)
        }
        Edit::SetText { field, value } => {
            let current = match field {
                TopField::Name => &model.name,
                TopField::Description => &model.description,
                TopField::ClientQuestion => &model.client_question,
                TopField::Ambition => &model.ambition,
            };
            current != value
        }
        Edit::SetDirector(director) => model.director != *director,
        Edit::SetAllow(allow) => model.allow != *allow,
        Edit::SetPulse(pulse) => model.pulse != *pulse,
        Edit::Batch(edits) => edits.iter().any(|e| changes(e, model)),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_lists_its_fields() {
        assert_eq!(
            form_keys(Section::Steps),
            [
                "name",
                "id",
                "partner",
                "role",
                "phase",
                "description",
                "notes",
                "allow"
            ]
        );
        assert!(form_keys(Section::Top).contains(&"director"));
        assert!(form_keys(Section::Kpis).contains(&"better"));
    }

    #[test]
    fn a_steps_id_is_proposed_from_the_first_words_of_its_name() {
        assert_eq!(short_name("Bedden en dekens plaatsen"), "Bedden dekens");
        assert_eq!(short_name("Hal inrichten"), "Hal inrichten");
        assert_eq!(short_name("Besluit, na overleg"), "Besluit");
        assert_eq!(short_name("En"), "En");
    }
}
