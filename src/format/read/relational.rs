//! Reading the relational side of a model: a partner's interests (text,
//! or a map naming the agreements that safeguard it) and the pulse.

use super::{Owner, Reader};
use crate::diagnostic::Code;
use crate::lang::t;
use crate::model::{DIMENSIONS, HashSet, INTEREST, Id, Interest, PULSE, PulseEntry};

use crate::format::yaml::{Node, Style, Value, is_null, parse_number};

impl Reader {
    /// A partner's interests: each a text, or a map with a `name`.
    pub(super) fn interests(&mut self, value: &Node, owner: Owner) -> Vec<Interest> {
        let items = self.list(value, owner, "interests", "text or `{ name: … }`");
        let mut out = Vec::with_capacity(items.len());
        let place = t::an_interest_of(&owner.describe());
        for (i, item) in items.iter().enumerate() {
            self.source
                .item(owner.section, owner.id, "interests", i, item.span.start());
            match &item.value {
                Value::Scalar(text, Style::Plain) if is_null(text) => {
                    self.error(
                        Code::Schema,
                        item.span.start(),
                        t::empty_item("interests", &owner.describe()),
                    );
                }
                Value::Scalar(text, _) => out.push(Interest::from(text.as_ref())),
                Value::Map(_) => {
                    let mut interest = Interest::default();
                    let mut named = false;
                    for (key, field) in self.sub_fields(item, &place, INTEREST) {
                        match key {
                            "name" => {
                                named = true;
                                interest.name = self.required_text(field, owner, "name");
                            }
                            "safeguarded_by" => {
                                interest.safeguarded_by =
                                    self.reference_list(field, owner, "safeguarded_by");
                            }
                            "notes" => interest.notes = self.text(field, owner, "notes"),
                            _ => {}
                        }
                    }
                    if !named {
                        self.error(
                            Code::Schema,
                            item.span.start(),
                            t::required_missing(&place, "name"),
                        );
                    }
                    out.push(interest);
                }
                Value::Seq(_) => {
                    self.wrong_type(item, owner, "interests", "a list of text or `{ name: … }`")
                }
            }
        }
        out
    }

    /// The pulse: a list of `{ period, partner, scores…, note }`, at most
    /// one entry per partner and period.
    pub(super) fn pulse(&mut self, value: &Node, owner: Owner) -> Vec<PulseEntry> {
        let items = self.list(
            value,
            owner,
            "pulse",
            "`{ period: …, partner: …, trust: … }`",
        );
        let mut out: Vec<PulseEntry> = Vec::with_capacity(items.len());
        let mut seen: HashSet<(String, Id)> = Default::default();
        for (i, item) in items.iter().enumerate() {
            self.source
                .item(owner.section, owner.id, "pulse", i, item.span.start());
            if !matches!(item.value, Value::Map(_)) {
                self.wrong_type(
                    item,
                    owner,
                    "pulse",
                    "a list of `{ period: …, partner: …, trust: … }`",
                );
                continue;
            }
            let place = t::pulse_entry(i + 1);
            let mut entry = PulseEntry::default();
            let (mut period, mut partner) = (None, None);
            for (key, field) in self.sub_fields(item, &place, PULSE) {
                match key {
                    "period" => match field.scalar() {
                        Some((text, _)) if !field.is_null() => period = Some(text.to_string()),
                        _ => self.wrong_type(field, owner, "period", "a period like `2026-Q1`"),
                    },
                    "partner" => partner = self.reference(field, owner, "partner"),
                    "note" => entry.note = self.text(field, owner, "note"),
                    score => {
                        if let Some(d) = DIMENSIONS.iter().position(|(k, _)| *k == score) {
                            entry.scores[d] = self.score(field, &place, score);
                        }
                    }
                }
            }
            self.required(
                item,
                &place,
                [("period", period.is_none()), ("partner", partner.is_none())],
            );
            let (Some(period), Some(partner)) = (period, partner) else {
                continue;
            };
            if !seen.insert((period.clone(), partner.clone())) {
                self.error(
                    Code::DuplicateId,
                    item.span.start(),
                    t::pulse_twice(&place, partner.as_str(), &period),
                );
                continue;
            }
            entry.period = period;
            entry.partner = partner;
            out.push(entry);
        }
        out
    }

    /// A pulse score: a whole number from 1 to 5; null is no score.
    fn score(&mut self, value: &Node, place: &str, key: &str) -> Option<u8> {
        let found = match value.scalar() {
            Some((text, Style::Plain)) if is_null(text) => return None,
            Some((text, Style::Plain)) => match parse_number(text) {
                Some(n) if n.fract() == 0.0 && (1.0..=5.0).contains(&n) => return Some(n as u8),
                _ => format!("`{text}`"),
            },
            Some((text, _)) => t::the_text(text),
            None => t::phrase(value.kind()),
        };
        self.error(
            Code::Schema,
            value.span.start(),
            t::bad_score(key, place, &found),
        );
        None
    }
}
