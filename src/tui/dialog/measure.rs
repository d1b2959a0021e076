//! The form of a KPI's measurement: its period (for a new one, the next
//! period of the KPI's own pattern), its value and a note. Editing a
//! measurement with its value left empty removes it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::edit::{Edit, Entity};
use crate::format::write::number;
use crate::lang::t;
use crate::model::{Id, Measurement, Model, Section};
use crate::text::sanitize;
use crate::tui::form::{Field, Form, Value};
use crate::tui::input::TextInput;
use crate::tui::keymap::{DialogAction, Layer, dialog_action};
use crate::tui::message::{Msg, Reply};

/// A measurement being added to a KPI, or one of its measurements edited.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureForm {
    pub form: Form,
    pub kpi: Id,
    /// The measurement edited (its place in the KPI's list), or `None`.
    pub index: Option<usize>,
    /// The period is the one proposed, untouched: a letter typed on it
    /// replaces it.
    pub proposed: bool,
}

impl MeasureForm {
    /// A form for a new measurement of `kpi` (`index` `None`) or for the
    /// one at `index`; `today` proposes the first period (year, month).
    pub fn new(model: &Model, kpi: &Id, index: Option<usize>, today: (i64, u32)) -> MeasureForm {
        let measurements = model.kpis.get(kpi).map_or(&[][..], |k| &k.measurements[..]);
        let (period, value, note, value_first) = match index.and_then(|i| measurements.get(i)) {
            Some(m) => (m.period.clone(), number(m.value), m.note.clone(), true),
            None => {
                let periods: Vec<&str> = measurements.iter().map(|m| m.period.as_str()).collect();
                let (period, value_first) = match next_in_model(model, &periods) {
                    Some(period) => (period, true),
                    None => proposed(&periods, today),
                };
                (period, String::new(), String::new(), value_first)
            }
        };
        MeasureForm {
            form: Form {
                // A period that follows a pattern is mostly right: the
                // value first; the first of all, or none, is typed first.
                focus: usize::from(value_first),
                ..Form::with_fields(
                    Section::Kpis,
                    index.map(|_| kpi.clone()),
                    vec![
                        Field::text("period", t::field_period(), &period),
                        Field::text("value", t::field_value(), &value),
                        Field::lines("note", t::field_note(), &note),
                    ],
                )
            },
            kpi: kpi.clone(),
            index,
            proposed: index.is_none(),
        }
    }

    /// What the form asks, for the line under the fields.
    pub fn hint(&self) -> String {
        match self.index {
            Some(_) => t::measure_hint_change(),
            None => t::measure_hint_new(),
        }
    }

    pub fn key(&mut self, key: KeyEvent, model: &Model) -> Reply {
        let action = dialog_action(key, Layer::Form);
        if !self.form.asking
            && matches!(
                action,
                Some(DialogAction::Submit | DialogAction::SubmitNext)
            )
        {
            let next = action == Some(DialogAction::SubmitNext) && self.index.is_none();
            return match self.edit_of(model) {
                Ok((edit, done)) if next => Reply::Done(Msg::MeasuredThenNext {
                    edit: Box::new(edit),
                    done,
                    kpi: self.kpi.clone(),
                }),
                Ok((edit, done)) => Reply::Done(Msg::Apply {
                    edit: Box::new(edit),
                    done,
                }),
                Err(message) => {
                    self.form.error = message;
                    Reply::Continue
                }
            };
        }
        if self.proposed && self.form.focus == 0 && !self.form.asking && action.is_none() {
            self.proposed = false;
            let letter = matches!(key.code, KeyCode::Char(_))
                && !key
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
            if letter {
                self.form.remember_opened();
                self.form.fields[0].value = Value::Text(TextInput::new(""));
            }
        }
        self.form.key(key, model)
    }

    fn text(&self, key: &str) -> String {
        self.form
            .fields
            .iter()
            .find(|f| f.key == key)
            .and_then(|f| match &f.value {
                Value::Text(t) => Some(t.text().trim().to_string()),
                _ => None,
            })
            .unwrap_or_default()
    }

    /// The KPI with the measurement added, changed or removed, and what
    /// the status line says; or what is wrong.
    pub fn edit_of(&self, model: &Model) -> Result<(Edit, String), String> {
        let mut kpi = model
            .kpis
            .get(&self.kpi)
            .cloned()
            .ok_or_else(|| t::kpi_gone(self.kpi.as_str()))?;
        let period = self.text("period");
        let value = self.text("value");
        if let (Some(i), true) = (self.index, value.is_empty()) {
            if i < kpi.measurements.len() {
                let gone = kpi.measurements.remove(i);
                let done = t::measurement_removed(&sanitize(&gone.period));
                return Ok((Edit::Replace(Entity::Kpi(self.kpi.clone(), kpi)), done));
            }
        }
        if period.is_empty() {
            return Err(t::give_the_period());
        }
        if kpi
            .measurements
            .iter()
            .enumerate()
            .any(|(i, m)| m.period == period && Some(i) != self.index)
        {
            return Err(t::measurement_exists(&sanitize(&period)));
        }
        let value = crate::format::yaml::parse_number(&value.replace(',', "."))
            .filter(|v| v.is_finite())
            .ok_or_else(|| t::value_not_a_number(&sanitize(&value)))?;
        let measurement = Measurement {
            period: period.clone(),
            value,
            note: self.text("note"),
        };
        let done = match self.index {
            Some(i) if i < kpi.measurements.len() => {
                kpi.measurements[i] = measurement;
                t::measurement_changed(&sanitize(&period))
            }
            _ => {
                kpi.measurements.push(measurement);
                t::measurement_added(&sanitize(&period))
            }
        };
        Ok((Edit::Replace(Entity::Kpi(self.kpi.clone(), kpi)), done))
    }
}

/// The period the model's other KPIs measured next, after the KPI's
/// `periods` (the first they measured where it has none yet), so KPIs
/// measured together keep to one calendar.
fn next_in_model(model: &Model, periods: &[&str]) -> Option<String> {
    let mut known: Vec<&str> = Vec::new();
    for m in model.kpis.values().flat_map(|k| &k.measurements) {
        if !known.contains(&m.period.as_str()) {
            known.push(&m.period);
        }
    }
    let next = match periods.last() {
        None => known.first(),
        // A calendar goes on by itself; a count (`uur 12`) goes on as
        // the others counted, in the same words.
        Some(last) if next_in_calendar(last).is_some() => None,
        Some(last) => known
            .iter()
            .position(|p| p == last)
            .and_then(|i| known.get(i + 1))
            .filter(|next| {
                let head = |p: &str| trailing_number(p).map(|(h, _)| h.to_string());
                head(next).is_some() && head(next) == head(last)
            }),
    }?;
    (!periods.contains(next)).then(|| next.to_string())
}

/// The period after a KPI's `periods`, continuing their pattern:
/// quarters, halves, months and years roll over (`2026-Q4` → `2027-Q1`,
/// `2026-12` → `2027-01`); a number at the end goes up by the step between
/// the last two (`uur 12`, `uur 24` → `uur 36`; `week 9` → `week 10`); none
/// yet: the quarter of `today` (year, month). Nothing where no pattern
/// shows: the user types it.
pub fn next_period(periods: &[&str], today: (i64, u32)) -> String {
    proposed(periods, today).0
}

/// [`next_period`], and whether the value is typed first: the period
/// follows a pattern (a calendar, a count), not a first guess or none.
fn proposed(periods: &[&str], today: (i64, u32)) -> (String, bool) {
    let Some(last) = periods.last() else {
        let quarter = format!("{}-Q{}", today.0, (today.1.clamp(1, 12) - 1) / 3 + 1);
        return (quarter, false);
    };
    if let Some(next) = next_in_calendar(last) {
        return (next, true);
    }
    if let Some((head, n)) = trailing_number(last) {
        let step = periods
            .len()
            .checked_sub(2)
            .and_then(|i| trailing_number(periods[i]))
            .filter(|(before, m)| *before == head && *m < n)
            .map(|(_, m)| n - m);
        if let Some(next) = n.checked_add(step.unwrap_or(1)) {
            return (format!("{head}{next}"), true);
        }
    }
    (String::new(), false)
}

/// The next quarter, half, month or year.
fn next_in_calendar(period: &str) -> Option<String> {
    for (mark, per_year) in [("-Q", 4), ("-H", 2)] {
        if let Some((year, part)) = period.split_once(mark) {
            if let (Ok(year), Ok(part)) = (year.parse::<u32>(), part.parse::<u32>()) {
                return Some(if part >= per_year {
                    format!("{}{mark}1", year.checked_add(1)?)
                } else {
                    format!("{year}{mark}{}", part + 1)
                });
            }
        }
    }
    if let Some((year, month)) = period.split_once('-') {
        if let (4, 2, Ok(year), Ok(month @ 1..=12)) = (
            year.len(),
            month.len(),
            year.parse::<u32>(),
            month.parse::<u32>(),
        ) {
            return Some(if month == 12 {
                format!("{}-01", year.checked_add(1)?)
            } else {
                format!("{year}-{:02}", month + 1)
            });
        }
    }
    if period.len() == 4 {
        return period.parse::<u32>().ok().map(|y| (y + 1).to_string());
    }
    None
}

/// The text before a number at the end, and the number.
fn trailing_number(period: &str) -> Option<(&str, u64)> {
    let digits = period.len() - period.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    let (head, n) = period.split_at(period.len() - digits);
    Some((head, n.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_period_continues_the_pattern() {
        let today = (2026, 5);
        assert_eq!(next_period(&["uur 12", "uur 24"], today), "uur 36");
        assert_eq!(next_period(&["uur 12"], today), "uur 13");
        assert_eq!(next_period(&["2026-Q1"], today), "2026-Q2");
        assert_eq!(next_period(&["2026-Q4"], today), "2027-Q1");
        assert_eq!(next_period(&["2026-H2"], today), "2027-H1");
        assert_eq!(next_period(&["2026-03"], today), "2026-04");
        assert_eq!(next_period(&["2026-12"], today), "2027-01");
        assert_eq!(next_period(&["week 8", "week 9"], today), "week 10");
        assert_eq!(next_period(&["2025"], today), "2026");
        assert_eq!(next_period(&[], today), "2026-Q2");
        assert_eq!(next_period(&[], (2027, 12)), "2027-Q4");
        assert_eq!(next_period(&["start"], today), "", "no pattern: typed");
        assert_eq!(next_period(&["dag 18446744073709551615"], today), "");
        assert!(proposed(&["uur 12", "uur 24"], today).1, "the value first");
        assert!(proposed(&["2026-Q1"], today).1);
        assert!(
            !proposed(&[], today).1,
            "the first of all: the period first"
        );
        assert!(!proposed(&["start"], today).1);
    }
}
