//! What the editor asks before it changes the model: the forms to add,
//! the lists to choose a flow or a step from, the delete question, the
//! measurement; and what it does with the answers.

use super::app::{App, Screen};
use super::dialog::{
    Choice, Confirm, Dialog, MeasureForm, Msg, PickPurpose, Picker, Prompt, PulseForm, Purpose,
};
use super::form::Form;
use crate::edit::{Edit, Entity, delete_with_references, references_to};
use crate::format;
use crate::lang::t;
use crate::model::{Flow, Id, Section};
use crate::text::sanitize;

impl App {
    /// A form for a new entity of the screen's kind, next to what is selected.
    pub(crate) fn add(&mut self) {
        let selected = self.selected();
        let m = self.doc.model();
        let (section, at, near) = match self.screen {
            Screen::Chain => return self.add_step(false),
            Screen::Partners => (Section::Partners, m.partners.len(), None),
            Screen::Roles => (Section::Roles, m.roles.len(), None),
            Screen::Phases => (Section::Phases, m.phases.len(), None),
            Screen::Agreements => (Section::Agreements, m.agreements.len(), None),
            Screen::Pulse => return self.pulse_form(true),
            Screen::Goals => {
                let goal = match &selected {
                    Some((Section::Goals, g)) => Some(g.clone()),
                    Some((Section::Kpis, k)) => m.kpis.get(k).and_then(|k| k.goal.clone()),
                    _ => None,
                };
                (Section::Kpis, m.kpis.len(), goal)
            }
            _ => return,
        };
        if section == Section::Roles && m.partners.is_empty() {
            self.status = t::add_a_partner_first();
            return;
        }
        let form = Form::add(m, section, at, near.as_ref());
        self.dialog = Some(Dialog::Form(Box::new(form)));
    }

    pub(crate) fn pick_flow_target(&mut self) {
        let Some(from) = self.focus.clone() else {
            self.status = t::no_step_selected();
            return;
        };
        let m = self.doc.model();
        let taken: Vec<Id> = m
            .steps
            .get(from.as_str())
            .map(|s| s.next.iter().map(|f| f.to.clone()).collect())
            .unwrap_or_default();
        let options = m
            .steps
            .iter()
            .filter(|s| s.id != from && !taken.contains(&s.id))
            .map(|s| {
                (
                    format!("{} ({})", sanitize(&s.name), s.id),
                    Choice::Entity(Section::Steps, s.id.clone()),
                )
            })
            .collect();
        self.dialog = Some(Dialog::Pick(Box::new(Picker::new(
            t::connect_to(from.as_str()),
            options,
            PickPurpose::ConnectTo { from },
        ))));
    }

    pub(crate) fn pick_flow(&mut self, remove: bool) {
        let Some(from) = self.focus.clone() else {
            return;
        };
        let m = self.doc.model();
        let Some(step) = m.steps.get(from.as_str()) else {
            return;
        };
        if step.next.is_empty() {
            self.status = t::no_flow_leaves();
            return;
        }
        let options = step
            .next
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let to = sanitize(m.name_of(Section::Steps, f.to.as_str())).into_owned();
                (format!("→ {to}{}", label_suffix(&f.label)), Choice::Flow(i))
            })
            .collect();
        let (title, purpose) = if remove {
            (t::remove_which_flow(), PickPurpose::RemoveFlow { from })
        } else {
            (t::label_which_flow(), PickPurpose::LabelFlow { from })
        };
        self.dialog = Some(Dialog::Pick(Box::new(Picker::new(title, options, purpose))));
    }

    /// Follows a flow from the focused step; where several leave (a fork)
    /// or enter (a join), a list to choose from.
    pub(crate) fn follow(&mut self, forward: bool) {
        let Some(id) = self.focus.clone() else { return };
        let m = self.doc.model();
        let chain = &m.steps;
        let Some(node) = chain.node(id.as_str()) else {
            return;
        };
        let targets: Vec<(Id, String)> = if forward {
            chain
                .flows_out(node)
                .iter()
                .map(|(_, f, t)| (chain.graph()[*t].id.clone(), f.label.clone()))
                .collect()
        } else {
            chain
                .flows_in(node)
                .iter()
                .map(|(_, s, f)| (chain.graph()[*s].id.clone(), f.label.clone()))
                .collect()
        };
        match targets.len() {
            0 => {
                self.status = if forward {
                    t::no_flow_on()
                } else {
                    t::no_flow_in()
                };
            }
            1 => self.focus = Some(targets[0].0.clone()),
            n => {
                let options = targets
                    .into_iter()
                    .map(|(t, label)| {
                        let name = sanitize(m.name_of(Section::Steps, t.as_str())).into_owned();
                        (
                            format!(
                                "{} {name}{}",
                                if forward { "→" } else { "←" },
                                label_suffix(&label)
                            ),
                            Choice::Entity(Section::Steps, t),
                        )
                    })
                    .collect();
                let title = if forward {
                    t::follow_which(n)
                } else {
                    t::follow_which_back(n)
                };
                self.dialog = Some(Dialog::Pick(Box::new(Picker::new(
                    title,
                    options,
                    PickPurpose::Jump,
                ))));
            }
        }
    }

    pub(crate) fn picked(&mut self, purpose: PickPurpose, choice: Choice) {
        match (purpose, choice) {
            (PickPurpose::ConnectTo { from }, Choice::Entity(_, to)) => {
                self.dialog = Some(Dialog::Prompt(Prompt::new(
                    t::label_new_flow(from.as_str(), to.as_str()),
                    "",
                    Purpose::FlowLabel {
                        from,
                        to,
                        slot: None,
                        added: None,
                    },
                )));
            }
            (PickPurpose::RemoveFlow { from }, Choice::Flow(slot)) => {
                let Some(mut step) = self.doc.model().steps.get(from.as_str()).cloned() else {
                    return;
                };
                if slot < step.next.len() {
                    step.next.remove(slot);
                    self.apply(Edit::Replace(Entity::Step(step)), &t::flow_removed());
                }
            }
            (PickPurpose::LabelFlow { from }, Choice::Flow(slot)) => {
                let Some(flow) = self
                    .doc
                    .model()
                    .steps
                    .get(from.as_str())
                    .and_then(|s| s.next.get(slot))
                else {
                    return;
                };
                self.dialog = Some(Dialog::Prompt(Prompt::new(
                    t::label_flow(from.as_str(), flow.to.as_str()),
                    &flow.label,
                    Purpose::FlowLabel {
                        to: flow.to.clone(),
                        from,
                        slot: Some(slot),
                        added: None,
                    },
                )));
            }
            (PickPurpose::Jump, Choice::Entity(section, id)) => self.go_to(section, &id),
            (PickPurpose::Measurement { kpi }, Choice::Measurement(i)) => {
                let form = MeasureForm::new(self.doc.model(), &kpi, Some(i), today());
                self.dialog = Some(Dialog::Measure(Box::new(form)));
            }
            _ => {}
        }
    }

    /// Asks before a delete, saying what refers to it and what goes with it.
    pub(crate) fn ask_delete(&mut self) {
        let Some((section, id)) = self.selected().filter(|(s, _)| *s != Section::Top) else {
            return;
        };
        let m = self.doc.model();
        let refs = references_to(m, section, id.as_str());
        let edit = delete_with_references(m, section, id.as_str());
        let what = t::entity(&t::noun(section.noun()), id.as_str());
        let question = if refs.is_empty() {
            t::ask_delete(&what)
        } else {
            let mut list: Vec<String> = refs
                .iter()
                .take(6)
                .map(|r| {
                    let s = &r.subject;
                    match (&s.id, s.field) {
                        (Some(owner), Some(field)) => format!(
                            "{} ({field})",
                            t::entity(&t::noun(s.section.noun()), owner.as_str())
                        ),
                        (None, Some("pulse")) => t::the_models_pulse(),
                        _ => t::the_models_director(),
                    }
                })
                .collect();
            list.dedup();
            let more = if refs.len() > 6 {
                t::and_more(refs.len() - 6)
            } else {
                String::new()
            };
            // What goes with it: entities that cannot live without it.
            let mut gone: Vec<String> = Vec::new();
            if let Edit::Batch(edits) = &edit {
                for e in edits {
                    if let Edit::Remove { section: s, id: i } = e {
                        if !(*s == section && *i == id) {
                            gone.push(t::entity(&t::noun(s.noun()), i.as_str()));
                        }
                    }
                }
            }
            let also = if gone.is_empty() {
                String::new()
            } else {
                t::also_deletes(&gone.join(", "))
            };
            t::ask_delete_referred(&what, &list.join(", "), &more, &also)
        };
        self.dialog = Some(Dialog::Confirm(Confirm::new(
            question,
            Msg::Apply {
                edit: Box::new(edit),
                done: t::deleted(),
            },
        )));
    }

    /// The pulse form for the selected partner: in the latest period, or
    /// (`next`) in the period after it where the partner gave one there.
    pub(crate) fn pulse_form(&mut self, next: bool) {
        let m = self.doc.model();
        let partner = match self.selected() {
            Some((Section::Partners, id)) => id,
            _ => {
                self.status = t::add_a_partner_first();
                return;
            }
        };
        let latest = m.pulse_latest().0;
        let given = latest.is_some_and(|p| m.pulse_of(p).any(|e| e.partner == partner));
        let period = match latest {
            Some(latest) if !(next && given) => latest.to_string(),
            latest => next_period(latest),
        };
        let form = PulseForm::new(m, &period, Some(&partner));
        self.dialog = Some(Dialog::Pulse(Box::new(form)));
    }

    /// Asks before deleting the selected partner's pulse in the latest period.
    pub(crate) fn ask_delete_pulse(&mut self) {
        let m = self.doc.model();
        let (Some((Section::Partners, partner)), (Some(latest), _)) =
            (self.selected(), m.pulse_latest())
        else {
            self.status = t::no_pulse_to_delete();
            return;
        };
        let name = sanitize(m.name_of(Section::Partners, partner.as_str())).into_owned();
        if !m.pulse_of(latest).any(|e| e.partner == partner) {
            self.status = t::gave_no_pulse(&name, &sanitize(latest));
            return;
        }
        let mut pulse = m.pulse.clone();
        pulse.retain(|e| !(e.period == latest && e.partner == partner));
        self.dialog = Some(Dialog::Confirm(Confirm::new(
            t::ask_delete_pulse(&name, &sanitize(latest)),
            Msg::Apply {
                edit: Box::new(Edit::SetPulse(pulse)),
                done: t::pulse_deleted(),
            },
        )));
    }

    pub(crate) fn ask_measurement(&mut self) {
        let Some((Section::Kpis, kpi)) = self.selected() else {
            self.status = t::select_a_kpi_to_measure();
            return;
        };
        let form = MeasureForm::new(self.doc.model(), &kpi, None, today());
        self.dialog = Some(Dialog::Measure(Box::new(form)));
    }

    /// The form of the next measurement of `kpi`, after one was added.
    pub(crate) fn measure_next(&mut self, kpi: Id) {
        if self.doc.model().kpis.contains_key(&kpi) {
            let form = MeasureForm::new(self.doc.model(), &kpi, None, today());
            self.dialog = Some(Dialog::Measure(Box::new(form)));
        }
    }

    /// A list of the KPI's measurements, to change or remove one.
    pub(crate) fn pick_measurement(&mut self) {
        let Some((Section::Kpis, kpi)) = self.selected() else {
            self.status = t::select_a_kpi_to_change();
            return;
        };
        let options: Vec<(String, Choice)> = self.doc.model().kpis[&kpi]
            .measurements
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let note = if m.note.is_empty() {
                    String::new()
                } else {
                    format!(" — {}", m.note.replace('\n', " "))
                };
                let label = format!("{}: {}{note}", m.period, format::write::number(m.value));
                (label, Choice::Measurement(i))
            })
            .collect();
        if options.is_empty() {
            self.status = t::no_measurements_yet(kpi.as_str());
            return;
        }
        self.dialog = Some(Dialog::Pick(Box::new(Picker::new(
            t::measurements_of(kpi.as_str()),
            options,
            PickPurpose::Measurement { kpi },
        ))));
    }

    /// A line typed: `next` (Ctrl-n) on the label of a new step's flow
    /// goes on with the next step after it.
    pub(crate) fn typed(&mut self, purpose: Purpose, input: &str, next: bool) {
        match purpose {
            Purpose::FlowLabel {
                from,
                to,
                slot,
                added,
            } => {
                self.label_flow(&from, &to, slot, added.is_some(), input);
                if let Some(added) = added.filter(|a| next || a.go_on) {
                    if self.doc.model().steps.contains(to.as_str()) {
                        self.focus = Some(to);
                        self.add_step(added.next_phase);
                    }
                }
            }
            Purpose::SaveAs => {
                let path = std::path::PathBuf::from(input.trim());
                match self.doc.save_as(path) {
                    Ok(()) => self.status = t::saved_to(&self.doc.path().display().to_string()),
                    Err(crate::document::SaveError::Io(e)) => {
                        let why = e.to_string();
                        self.status = t::not_saved(&why);
                        self.ask_save_elsewhere(Some(&why), Some(input.trim()));
                    }
                    Err(_) => {
                        let why = t::exists_or_empty(input.trim());
                        self.status = t::not_saved(&why);
                        self.ask_save_elsewhere(Some(&why), Some(input.trim()));
                    }
                }
            }
        }
    }

    /// Gives the flow from `from` at `slot` (a new one to `to` where
    /// none) its label; `new`: the flow was just made to a step added.
    fn label_flow(&mut self, from: &Id, to: &Id, slot: Option<usize>, new: bool, input: &str) {
        let Some(mut step) = self.doc.model().steps.get(from.as_str()).cloned() else {
            return;
        };
        let label = input.trim().to_string();
        match slot {
            Some(i) if i < step.next.len() && step.next[i].label == label => return,
            Some(i) if i < step.next.len() => step.next[i].label = label,
            Some(_) => return,
            None => step.next.push(Flow {
                to: to.clone(),
                label,
            }),
        }
        let done = if slot.is_some() && !new {
            t::label_changed()
        } else {
            t::connected()
        };
        self.apply(Edit::Replace(Entity::Step(step)), &done);
    }

    pub(crate) fn reorder(&mut self, up: bool) {
        let Some((section, id)) = self.selected() else {
            return;
        };
        let m = self.doc.model();
        let Some(at) = m.ids(section).position(|i| *i == id) else {
            return;
        };
        let to = if up { at.saturating_sub(1) } else { at + 1 };
        if to == at || to >= m.ids(section).count() {
            return;
        }
        self.apply(
            Edit::Move {
                section,
                id: id.clone(),
                to,
            },
            &if section == Section::Steps {
                t::moved_in_reading_order()
            } else {
                t::moved()
            },
        );
        // The selection stays on what moved.
        if let Some(row) = self
            .table_rows(self.screen)
            .iter()
            .position(|(s, i)| *s == section && *i == id)
        {
            self.rows[self.screen.index()] = row;
        }
    }
}

fn label_suffix(label: &str) -> String {
    if label.is_empty() {
        String::new()
    } else {
        format!(" — {}", sanitize(label))
    }
}

/// The period after `latest`: `2026-Q2` after `2026-Q1`, `2027-Q1` after
/// `2026-Q4`, `2027` after `2026`; the first quarter of this year when
/// there is none; nothing where no pattern shows.
pub fn next_period(latest: Option<&str>) -> String {
    next_period_in(latest, this_year())
}

/// [`next_period`] with the year given.
pub fn next_period_in(latest: Option<&str>, year: i64) -> String {
    let Some(latest) = latest else {
        return format!("{year}-Q1");
    };
    for (mark, per_year) in [("-Q", 4), ("-H", 2)] {
        if let Some((year, part)) = latest.split_once(mark) {
            if let (Ok(year), Ok(part)) = (year.parse::<u32>(), part.parse::<u32>()) {
                if part >= per_year {
                    if let Some(next) = year.checked_add(1) {
                        return format!("{next}{mark}1");
                    }
                } else {
                    return format!("{year}{mark}{}", part + 1);
                }
            }
        }
    }
    if let Some(next) = latest.parse::<u32>().ok().and_then(|y| y.checked_add(1)) {
        return next.to_string();
    }
    // No pattern: nothing proposed, the user types the period.
    String::new()
}

/// This year by the system clock (UTC).
pub fn this_year() -> i64 {
    today().0
}

/// Today's year and month by the system clock (UTC).
pub fn today() -> (i64, u32) {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    date_of_day(seconds.div_euclid(86_400))
}

/// The year and month of a day counted from 1970-01-01 (the proleptic
/// Gregorian calendar, as `date` counts).
fn date_of_day(days: i64) -> (i64, u32) {
    // Howard Hinnant's civil-from-days, the year and month.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_period_is_in_this_year() {
        assert_eq!(next_period_in(None, 2031), "2031-Q1");
        assert_eq!(next_period_in(Some("2026-Q4"), 2031), "2027-Q1");
        assert_eq!(date_of_day(0).0, 1970);
        assert_eq!(date_of_day(20_818).0, 2026, "2026-12-31");
        assert_eq!(date_of_day(20_819).0, 2027, "2027-01-01");
        assert_eq!(date_of_day(11_016).0, 2000, "2000-02-29");
        assert_eq!(date_of_day(20_818), (2026, 12));
        assert_eq!(date_of_day(11_016), (2000, 2));
        assert!(this_year() >= 2026);
    }
}
