//! A partner's pulse for one period in one form: the period, the partner,
//! the six scores and a note. A period and partner that have an entry
//! already fill the form with it, and saving changes that entry; any other
//! pair is a new entry, placed with its period.

use ratatui::crossterm::event::KeyEvent;

use crate::edit::Edit;
use crate::lang::t;
use crate::model::{DIMENSIONS, Id, Model, PulseEntry, Section};
use crate::text::sanitize;
use crate::tui::form::{Field, Form, Value, options};
use crate::tui::keymap::{DialogAction, Layer, dialog_action};
use crate::tui::message::{Msg, Reply, Submitted};

/// The form of one pulse entry.
#[derive(Debug, Clone, PartialEq)]
pub struct PulseForm {
    pub form: Form,
}

impl PulseForm {
    /// A form for `partner` in `period`, filled with their entry if there
    /// is one.
    pub fn new(model: &Model, period: &str, partner: Option<&Id>) -> PulseForm {
        let mut fields = vec![
            Field::text("period", t::field_period(), period),
            Field::pick(
                "partner",
                t::field_partner(),
                options(model, Section::Partners),
                partner,
                false,
            ),
        ];
        for (key, _) in DIMENSIONS {
            fields.push(Field::text(
                key,
                format!("{} (1–5)", t::score_name(key)),
                "",
            ));
        }
        fields.push(Field::text("note", t::field_note(), ""));
        let mut form = PulseForm {
            form: Form::with_fields(Section::Top, None, fields),
        };
        form.fill(model);
        form
    }

    /// The period and partner the form is on.
    pub fn pair(&self) -> (String, Option<Id>) {
        let mut period = String::new();
        let mut partner = None;
        for f in &self.form.fields {
            match (&f.value, f.key) {
                (Value::Text(t), "period") => period = t.text().trim().to_string(),
                (
                    Value::Pick {
                        options, chosen, ..
                    },
                    "partner",
                ) => partner = chosen.map(|i| options[i].0.clone()),
                _ => {}
            }
        }
        (period, partner)
    }

    /// The entry of the form's period and partner in the model, if any.
    pub fn existing<'m>(&self, model: &'m Model) -> Option<&'m PulseEntry> {
        let (period, partner) = self.pair();
        let partner = partner?;
        model
            .pulse
            .iter()
            .find(|e| e.period == period && e.partner == partner)
    }

    /// Fills the scores and the note with the entry of the form's period
    /// and partner, where there is one.
    fn fill(&mut self, model: &Model) {
        let Some(entry) = self.existing(model).cloned() else {
            return;
        };
        for f in &mut self.form.fields {
            let text = match DIMENSIONS.iter().position(|(k, _)| *k == f.key) {
                Some(d) => entry.scores[d].map(|s| s.to_string()).unwrap_or_default(),
                None if f.key == "note" => entry.note.clone(),
                None => continue,
            };
            *f = Field::text(f.key, f.label.clone(), &text);
        }
    }

    /// What the focused field asks, for the line under the fields.
    pub fn hint(&self) -> String {
        let key = self.form.fields[self.form.focus].key;
        match DIMENSIONS.iter().find(|(k, _)| *k == key) {
            Some((key, _)) => t::score_hint(&t::dimension_question(key)),
            None if key == "period" => t::pulse_hint_period(),
            None => String::new(),
        }
    }

    pub fn key(&mut self, key: KeyEvent, model: &Model) -> Reply {
        if dialog_action(key, Layer::Form) == Some(DialogAction::Submit) {
            return self.submit(model);
        }
        let before = self.pair();
        let reply = self.form.key(key, model);
        self.moved(before, model);
        reply
    }

    pub fn paste(&mut self, text: &str, model: &Model) {
        let before = self.pair();
        self.form.paste(text, model);
        self.moved(before, model);
    }

    /// The period or partner changed: an entry there fills the form.
    fn moved(&mut self, before: (String, Option<Id>), model: &Model) {
        if self.pair() != before {
            self.fill(model);
            // Another entry shown: changes count from here.
            self.form.opened = Some(self.form.values());
        }
    }

    /// The pulse with the form's entry in it, or what is wrong with it.
    pub fn pulse_of(&self, model: &Model) -> Result<Vec<PulseEntry>, String> {
        let (period, partner) = self.pair();
        if period.is_empty() {
            return Err(t::give_the_pulse_period());
        }
        let partner = partner.ok_or_else(t::add_a_partner_first)?;
        let mut entry = PulseEntry {
            period,
            partner,
            ..PulseEntry::default()
        };
        for f in &self.form.fields {
            let Value::Text(t) = &f.value else { continue };
            let text = t.text().trim();
            if let Some(d) = DIMENSIONS.iter().position(|(k, _)| *k == f.key) {
                if text.is_empty() {
                    continue;
                }
                match text.parse::<u8>() {
                    Ok(score @ 1..=5) => entry.scores[d] = Some(score),
                    _ => {
                        return Err(t::not_a_score(
                            &t::score_name(DIMENSIONS[d].0),
                            &shortened(&sanitize(text)),
                        ));
                    }
                }
            } else if f.key == "note" {
                entry.note = text.to_string();
            }
        }
        let mut pulse = model.pulse.clone();
        let same = |e: &PulseEntry| e.period == entry.period && e.partner == entry.partner;
        if let Some(at) = pulse.iter().position(same) {
            pulse[at] = entry;
        } else {
            // With its period: after the period's last entry, or at the end.
            let at = pulse
                .iter()
                .rposition(|e| e.period == entry.period)
                .map_or(pulse.len(), |i| i + 1);
            pulse.insert(at, entry);
        }
        Ok(pulse)
    }

    fn submit(&mut self, model: &Model) -> Reply {
        match self.pulse_of(model) {
            Ok(pulse) => Reply::Done(Msg::Submitted(Box::new(Submitted {
                edit: Edit::SetPulse(pulse),
                section: Section::Top,
                editing: self.existing(model).is_some(),
                step: None,
                from: None,
                next: false,
                next_phase: false,
            }))),
            Err(message) => {
                self.form.error = message;
                Reply::Continue
            }
        }
    }
}

/// A value as far as it fits in a message.
fn shortened(text: &str) -> String {
    match text.char_indices().nth(12) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}

/// The model fields (their YAML keys) that the pulse form edits.
pub fn pulse_form_keys() -> Vec<&'static str> {
    let form = PulseForm::new(&Model::default(), "", None);
    form.form.fields.iter().map(|f| f.key).collect()
}
