//! `/` and `g`: a list of everything in the model to go to, narrowed by
//! what is typed. `/` finds names and ids, and also the words inside:
//! descriptions, contributions, notes and the labels of flows (the
//! matching words shown beside the name); `g` lists the ids with their
//! names and what each is (a step and a phase may share an id).

use super::app::App;
use super::dialog::{Choice, Dialog, PickPurpose, Picker};
use crate::edit::Entity;
use crate::lang::t;
use crate::model::{Model, Section};
use crate::text::sanitize;

/// The sections searched, in the order listed.
const SECTIONS: [Section; 7] = [
    Section::Steps,
    Section::Partners,
    Section::Goals,
    Section::Kpis,
    Section::Roles,
    Section::Phases,
    Section::Agreements,
];

impl App {
    /// Search every name, id and text (or, to go to an id, every id).
    pub(crate) fn search(&mut self, ids_only: bool) {
        let m = self.doc.model();
        let mut options = Vec::new();
        let mut inside = Vec::new();
        for section in SECTIONS {
            for id in m.ids(section) {
                let name = sanitize(m.name_of(section, id.as_str()));
                let noun = t::noun(section.noun());
                let label = if ids_only {
                    format!("{id} — {name} ({noun})")
                } else {
                    format!("{noun}: {name} ({id})")
                };
                options.push((label, Choice::Entity(section, id.clone())));
                inside.push(if ids_only {
                    String::new()
                } else {
                    texts(m, section, id.as_str()).join("\n")
                });
            }
        }
        if !ids_only {
            for step in m.steps.iter() {
                for flow in step.next.iter().filter(|f| !f.label.is_empty()) {
                    let to = m.name_of(Section::Steps, flow.to.as_str());
                    let label =
                        t::flow_found(&sanitize(&flow.label), &sanitize(&step.name), &sanitize(to));
                    options.push((label, Choice::Entity(Section::Steps, step.id.clone())));
                    inside.push(String::new());
                }
            }
        }
        let title = if ids_only {
            t::go_to_id()
        } else {
            t::search_title()
        };
        let mut picker = Picker::new(title, options, PickPurpose::Jump);
        picker.inside = inside;
        self.dialog = Some(Dialog::Pick(Box::new(picker)));
    }
}

/// The texts of an entity that `/` looks inside: its description,
/// contribution, interests and notes.
fn texts(model: &Model, section: Section, id: &str) -> Vec<String> {
    let Some(entity) = Entity::of(model, section, id) else {
        return Vec::new();
    };
    let mut out = match &entity {
        Entity::Phase(_, p) => vec![p.description.clone()],
        Entity::Partner(_, p) => {
            let mut out = vec![p.kind.clone(), p.contribution.clone()];
            for interest in &p.interests {
                out.push(interest.name.clone());
                out.push(interest.notes.clone());
            }
            out
        }
        Entity::Role(_, r) => vec![r.description.clone()],
        Entity::Goal(_, g) => vec![g.description.clone()],
        Entity::Agreement(_, a) => vec![a.description.clone()],
        Entity::Kpi(_, k) => vec![k.unit.clone()],
        Entity::Step(s) => vec![s.description.clone()],
    };
    out.push(entity.notes_and_allow().0.to_string());
    out.retain(|t| !t.trim().is_empty());
    out
}
