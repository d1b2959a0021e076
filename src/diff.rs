//! What changed between two versions of a model, in the model's terms:
//! entities added, removed and changed field by field, flows added and
//! removed, KPI targets and measurements, and steps moved to another
//! partner (a changed handoff).

use serde::Serialize;
use serde_json::Value;

use crate::format::json::to_json;
use crate::lang::t;
use crate::model::{Model, Section};

/// One change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The section (`""` for the model itself).
    pub section: &'static str,
    /// The entity's id (`""` for the model itself).
    pub id: String,
    pub change: Kind,
    /// The field that changed, for `changed`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub field: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<Value>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Added,
    Removed,
    Changed,
    /// A step now belongs to another partner.
    Moved,
}

const SECTIONS: [(Section, &str); 7] = [
    (Section::Phases, "phases"),
    (Section::Partners, "partners"),
    (Section::Roles, "roles"),
    (Section::Goals, "goals"),
    (Section::Kpis, "kpis"),
    (Section::Agreements, "agreements"),
    (Section::Steps, "steps"),
];

/// The pulse as a map like a section's: each entry under the id
/// `partner period` (a partner id has no space), the rest its fields.
fn pulse_by_entry(model: &mut Value) {
    let Some(list) = model.get_mut("pulse").map(Value::take) else {
        return;
    };
    let mut map = serde_json::Map::new();
    for mut entry in list.as_array().cloned().unwrap_or_default() {
        let Some(fields) = entry.as_object_mut() else {
            continue;
        };
        let text = |v: Option<Value>| match v {
            Some(Value::String(s)) => s,
            Some(other) => other.to_string(),
            None => String::new(),
        };
        let period = text(fields.remove("period"));
        let partner = text(fields.remove("partner"));
        map.insert(format!("{partner} {period}"), entry);
    }
    model["pulse"] = Value::Object(map);
}

/// The changes from `old` to `new`, in the order of the format.
pub fn diff(old: &Model, new: &Model) -> Vec<Change> {
    let (mut a, mut b) = (to_json(old), to_json(new));
    pulse_by_entry(&mut a);
    pulse_by_entry(&mut b);
    let mut out = Vec::new();
    for key in [
        "name",
        "description",
        "client_question",
        "ambition",
        "director",
        "allow",
    ] {
        if a.get(key) != b.get(key) {
            out.push(Change {
                section: "",
                id: String::new(),
                change: Kind::Changed,
                field: key.into(),
                old: a.get(key).cloned(),
                new: b.get(key).cloned(),
            });
        }
    }
    let empty = serde_json::Map::new();
    let keys = SECTIONS.iter().map(|(_, k)| *k).chain(["pulse"]);
    for key in keys {
        // The order of lanes and of phases is meaning, not layout.
        if key == "partners" || key == "phases" {
            let ids = |v: &Value| -> Vec<String> {
                v.get(key)
                    .and_then(Value::as_object)
                    .map(|m| m.keys().cloned().collect())
                    .unwrap_or_default()
            };
            let (before, after) = (ids(&a), ids(&b));
            let kept_before: Vec<&String> = before.iter().filter(|i| after.contains(i)).collect();
            let kept_after: Vec<&String> = after.iter().filter(|i| before.contains(i)).collect();
            if kept_before != kept_after {
                out.push(Change {
                    section: key,
                    id: String::new(),
                    change: Kind::Changed,
                    field: "order".into(),
                    old: Some(Value::from(before)),
                    new: Some(Value::from(after)),
                });
            }
        }
        let olds = a.get(key).and_then(Value::as_object).unwrap_or(&empty);
        let news = b.get(key).and_then(Value::as_object).unwrap_or(&empty);
        for (id, value) in olds {
            if !news.contains_key(id) {
                out.push(Change {
                    section: key,
                    id: id.clone(),
                    change: Kind::Removed,
                    field: String::new(),
                    old: Some(value.clone()),
                    new: None,
                });
            }
        }
        for (id, value) in news {
            let Some(before) = olds.get(id) else {
                out.push(Change {
                    section: key,
                    id: id.clone(),
                    change: Kind::Added,
                    field: String::new(),
                    old: None,
                    new: Some(value.clone()),
                });
                continue;
            };
            let fields: Vec<&String> = before
                .as_object()
                .into_iter()
                .flat_map(|m| m.keys())
                .chain(value.as_object().into_iter().flat_map(|m| m.keys()))
                .collect();
            let mut seen = Vec::new();
            for field in fields {
                if seen.contains(&field) {
                    continue;
                }
                seen.push(field);
                let (x, y) = (before.get(field), value.get(field));
                if x == y {
                    continue;
                }
                let change = if key == "steps" && field == "partner" {
                    Kind::Moved
                } else {
                    Kind::Changed
                };
                out.push(Change {
                    section: key,
                    id: id.clone(),
                    change,
                    field: field.clone(),
                    old: x.cloned(),
                    new: y.cloned(),
                });
            }
        }
    }
    out
}

fn show(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => "—".to_string(),
        Some(Value::String(s)) => format!("\"{}\"", crate::text::sanitize(s)),
        Some(other) => crate::text::sanitize(&other.to_string()).into_owned(),
    }
}

fn name_in(model: &Model, section: &str, id: &str) -> String {
    let section = SECTIONS
        .iter()
        .find(|(_, k)| *k == section)
        .map_or(Section::Top, |(s, _)| *s);
    crate::text::sanitize(model.name_of(section, id)).into_owned()
}

/// The flows of a step as (target, label) pairs.
fn flows(value: Option<&Value>) -> Vec<(String, String)> {
    value
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .map(|f| match f {
                    Value::String(to) => (to.clone(), String::new()),
                    other => (
                        other
                            .get("to")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_string(),
                        other
                            .get("label")
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_string(),
                    ),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A partner's interests as (name, the other fields) pairs.
fn interests(value: Option<&Value>) -> Vec<(String, serde_json::Map<String, Value>)> {
    let list = value.and_then(Value::as_array).cloned().unwrap_or_default();
    list.into_iter()
        .map(|i| match i {
            Value::Object(mut fields) => {
                let name = match fields.remove("name") {
                    Some(Value::String(s)) => s,
                    other => other.map(|v| v.to_string()).unwrap_or_default(),
                };
                (name, fields)
            }
            Value::String(name) => (name, serde_json::Map::new()),
            other => (other.to_string(), serde_json::Map::new()),
        })
        .collect()
}

/// Measurements as (period, value) pairs.
fn measurements(value: Option<&Value>) -> Vec<(String, Value)> {
    value
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .map(|m| {
                    (
                        m.get("period")
                            .map(|p| {
                                p.as_str()
                                    .map(String::from)
                                    .unwrap_or_else(|| p.to_string())
                            })
                            .unwrap_or_default(),
                        match m.get("note") {
                            Some(note) => Value::String(format!(
                                "{} ({})",
                                m.get("value").cloned().unwrap_or(Value::Null),
                                note.as_str().unwrap_or_default()
                            )),
                            None => m.get("value").cloned().unwrap_or(Value::Null),
                        },
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The changes as a summary a steering committee reads: one line per
/// change, grouped by section, names beside ids, then a count.
pub fn summary(old: &Model, new: &Model, changes: &[Change]) -> String {
    if changes.is_empty() {
        return format!("{}\n", t::no_changes());
    }
    let mut out = String::new();
    let mut section = "~";
    let (mut added, mut removed, mut changed) = (0, 0, 0);
    for c in changes {
        if c.section != section {
            section = c.section;
            let title = t::diff_heading(section);
            out.push_str(&format!("{title}\n"));
        }
        let who = |m: &Model| {
            if c.id.is_empty() {
                String::new()
            } else if c.section == "pulse" {
                let (partner, period) = c.id.split_once(' ').unwrap_or((&c.id, ""));
                t::pulse_of(
                    &name_in(m, "partners", partner),
                    partner,
                    &crate::text::sanitize(period),
                )
            } else {
                format!("{} ({})", name_in(m, c.section, &c.id), c.id)
            }
        };
        match c.change {
            Kind::Added => {
                added += 1;
                out.push_str(&format!("  + {}\n", t::diff_added(&who(new))));
            }
            Kind::Removed => {
                removed += 1;
                out.push_str(&format!("  - {}\n", t::diff_removed(&who(old))));
            }
            Kind::Moved => {
                changed += 1;
                let from = c
                    .old
                    .as_ref()
                    .and_then(Value::as_str)
                    .map(|p| name_in(old, "partners", p))
                    .unwrap_or_default();
                let to = c
                    .new
                    .as_ref()
                    .and_then(Value::as_str)
                    .map(|p| name_in(new, "partners", p))
                    .unwrap_or_default();
                let (old_id, new_id) = (
                    c.old.as_ref().and_then(Value::as_str).unwrap_or_default(),
                    c.new.as_ref().and_then(Value::as_str).unwrap_or_default(),
                );
                let (from, to) = if from == to {
                    (format!("{from} ({old_id})"), format!("{to} ({new_id})"))
                } else {
                    (from, to)
                };
                let has_flows = new.steps.node(&c.id).is_some_and(|n| {
                    !new.steps.flows_out(n).is_empty() || !new.steps.flows_in(n).is_empty()
                });
                let handoff = if has_flows {
                    t::a_changed_handoff()
                } else {
                    String::new()
                };
                out.push_str(&format!(
                    "  ~ {}{handoff}\n",
                    t::diff_moved(&who(new), &from, &to)
                ));
            }
            Kind::Changed if c.field == "next" => {
                changed += 1;
                let (before, after) = (flows(c.old.as_ref()), flows(c.new.as_ref()));
                for (to, label) in &after {
                    match before.iter().find(|(t, _)| t == to) {
                        None => out.push_str(&format!(
                            "  + {}{}\n",
                            t::diff_flow(&who(new), &name_in(new, "steps", to)),
                            if label.is_empty() {
                                String::new()
                            } else {
                                format!(" ({})", crate::text::sanitize(label))
                            }
                        )),
                        Some((_, old_label)) if old_label != label => out.push_str(&format!(
                            "  ~ {}: {}\n",
                            t::diff_flow(&who(new), &name_in(new, "steps", to)),
                            t::diff_label(
                                &crate::text::sanitize(old_label),
                                &crate::text::sanitize(label)
                            )
                        )),
                        _ => {}
                    }
                }
                for (to, _) in &before {
                    if !after.iter().any(|(t, _)| t == to) {
                        out.push_str(&format!(
                            "  - {}\n",
                            t::diff_flow(&who(old), &name_in(old, "steps", to))
                        ));
                    }
                }
                let mut same_set = before.clone();
                let mut after_set = after.clone();
                same_set.sort();
                after_set.sort();
                if same_set == after_set && before != after {
                    out.push_str(&format!("  ~ {}\n", t::flows_reordered(&who(new))));
                }
            }
            Kind::Changed if c.field == "interests" => {
                changed += 1;
                let (before, after) = (interests(c.old.as_ref()), interests(c.new.as_ref()));
                let name = |n: &str| format!("interest \"{}\"", crate::text::sanitize(n));
                for (n, fields) in &after {
                    let Some((_, was)) = before.iter().find(|(b, _)| b == n) else {
                        let with: Vec<String> = fields
                            .iter()
                            .map(|(key, value)| format!("{key}: {}", show(Some(value))))
                            .collect();
                        let with = if with.is_empty() {
                            String::new()
                        } else {
                            format!(" ({})", with.join(", "))
                        };
                        out.push_str(&format!("  + {}: {}{with}\n", who(new), name(n)));
                        continue;
                    };
                    // In the order of the format's table of an interest.
                    let keys = crate::model::INTEREST.iter().map(|f| f.key).skip(1);
                    for key in keys {
                        let (x, y) = (was.get(key), fields.get(key));
                        if x != y {
                            out.push_str(&format!(
                                "  ~ {}: {}: {key}: {} → {}\n",
                                who(new),
                                name(n),
                                show(x),
                                show(y)
                            ));
                        }
                    }
                }
                for (n, _) in &before {
                    if !after.iter().any(|(a, _)| a == n) {
                        out.push_str(&format!("  - {}: {}\n", who(old), name(n)));
                    }
                }
                let order = |l: &[(String, serde_json::Map<String, Value>)]| -> Vec<String> {
                    l.iter().map(|(n, _)| n.clone()).collect()
                };
                let (mut x, mut y) = (order(&before), order(&after));
                if x != y {
                    x.sort();
                    y.sort();
                    if x == y {
                        out.push_str(&format!("  ~ interests of {} in another order\n", who(new)));
                    }
                }
            }
            Kind::Changed if c.field == "measurements" => {
                changed += 1;
                let (before, after) = (measurements(c.old.as_ref()), measurements(c.new.as_ref()));
                for (period, value) in &after {
                    match before.iter().find(|(p, _)| p == period) {
                        None => out.push_str(&format!(
                            "  + {}: {} = {}\n",
                            who(new),
                            t::diff_measurement(&crate::text::sanitize(period)),
                            show(Some(value))
                        )),
                        Some((_, v)) if v != value => out.push_str(&format!(
                            "  ~ {}: {}: {} → {}\n",
                            who(new),
                            t::diff_measurement(&crate::text::sanitize(period)),
                            show(Some(v)),
                            show(Some(value))
                        )),
                        _ => {}
                    }
                }
                for (period, value) in &before {
                    if !after.iter().any(|(p, _)| p == period) {
                        out.push_str(&format!(
                            "  - {}: {} = {}\n",
                            who(old),
                            t::diff_measurement(&crate::text::sanitize(period)),
                            show(Some(value))
                        ));
                    }
                }
            }
            Kind::Changed => {
                changed += 1;
                let target = if c.id.is_empty() {
                    c.field.clone()
                } else {
                    format!("{}: {}", who(new), c.field)
                };
                out.push_str(&format!(
                    "  ~ {target}: {} → {}\n",
                    show(c.old.as_ref()),
                    show(c.new.as_ref())
                ));
            }
        }
    }
    out.push_str(&format!("\n{}\n", t::diff_totals(added, removed, changed)));
    out
}
