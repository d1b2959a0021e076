//! A step added after the focused one: in the focused step's phase (or,
//! asked, the phase after it), in its lane until another partner is
//! chosen, connected from it, and the flow's label asked at once. One
//! after another (Ctrl-n): the next step's form follows the label, and a
//! new entity's form the one added before it.

use super::app::App;
use super::dialog::{Added, Dialog, Prompt, Purpose};
use super::form::Form;
use crate::edit::{Edit, Entity};
use crate::lang::t;
use crate::model::{Flow, Id, Section};

impl App {
    /// The form of a step after the focused one (at the end where none
    /// is), in its phase or (`next_phase`) the one after.
    pub(crate) fn add_step(&mut self, next_phase: bool) {
        let m = self.doc.model();
        if m.partners.is_empty() {
            self.status = t::add_a_partner_first();
            return;
        }
        let focused = self.focus.as_ref().and_then(|f| m.steps.get(f.as_str()));
        let at = self
            .focus
            .as_ref()
            .and_then(|f| m.steps.position(f.as_str()))
            .map_or(m.steps.len(), |p| p + 1);
        let lane = focused.map(|s| s.partner.clone());
        let mut form = Form::add(m, Section::Steps, at, lane.as_ref());
        let phases: Vec<&Id> = m.phases.keys().collect();
        let now = focused
            .and_then(|s| s.phase.as_ref())
            .and_then(|p| phases.iter().position(|q| *q == p));
        let phase = match (now, next_phase) {
            (Some(p), false) => phases.get(p),
            (Some(p), true) => phases.get(p + 1).or(phases.get(p)),
            (None, _) => phases.first(),
        };
        if let Some(phase) = phase {
            form.preset("phase", phase);
        }
        form.from = focused.map(|s| s.id.clone());
        form.next_phase = next_phase;
        self.dialog = Some(Dialog::Form(Box::new(form)));
    }

    /// The form of the next new entity after `added` (of `section`), as
    /// it was placed: a step after the new step, in its phase or the one
    /// after; a KPI of the same goal, a role of the same partner. Not
    /// while the label of the new step's flow is asked (it follows that).
    pub(crate) fn add_another(&mut self, added: &Edit, section: Section, next_phase: bool) {
        if self.dialog.is_some() {
            return;
        }
        let Some((entity, at)) = put_of(added, section) else {
            return;
        };
        let near = match entity {
            Entity::Step(_) => return self.add_step(next_phase),
            Entity::Kpi(_, k) => k.goal.clone(),
            Entity::Role(_, r) => Some(r.partner.clone()),
            _ => None,
        };
        let form = Form::add(self.doc.model(), section, at + 1, near.as_ref());
        self.dialog = Some(Dialog::Form(Box::new(form)));
    }

    /// A new step's edit with the flow to it from the step it was added
    /// after, and where that flow stands among the step's flows.
    pub(crate) fn connected_from(&self, edit: Edit, from: &Id) -> (Edit, Option<usize>) {
        let to = match put_of(&edit, Section::Steps) {
            Some((Entity::Step(step), _)) => step.id.clone(),
            _ => return (edit, None),
        };
        let Some(mut source) = self.doc.model().steps.get(from.as_str()).cloned() else {
            return (edit, None);
        };
        source.next.push(Flow {
            to,
            label: String::new(),
        });
        let slot = source.next.len() - 1;
        (
            Edit::Batch(vec![edit, Edit::Replace(Entity::Step(source))]),
            Some(slot),
        )
    }

    /// Asks the label of the flow just made to a new step.
    pub(crate) fn ask_label(&mut self, from: Id, to: Id, slot: usize, added: Added) {
        self.dialog = Some(Dialog::Prompt(Prompt::new(
            t::label_new_flow(from.as_str(), to.as_str()),
            "",
            Purpose::FlowLabel {
                from,
                to,
                slot: Some(slot),
                added: Some(added),
            },
        )));
    }
}

/// The entity of `section` an edit puts in, and where (in a batch too:
/// a step with the role it made).
fn put_of(edit: &Edit, section: Section) -> Option<(&Entity, usize)> {
    match edit {
        Edit::Put { entity, at } if entity.section() == section => Some((entity, *at)),
        Edit::Batch(edits) => edits.iter().find_map(|e| put_of(e, section)),
        _ => None,
    }
}
