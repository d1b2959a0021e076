//! The model as JSON, in the shape and order of the YAML format: every
//! field of [`fields`], empty ones left out.

use serde_json::{Map, Value, json};

use crate::model::{Better, FieldValue, Model, Record, Section, fields};

fn number(value: f64) -> Value {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        json!(value as i64)
    } else {
        json!(value)
    }
}

/// The model as a JSON value: the keys of the file format, in its order;
/// empty fields left out.
pub fn to_json(model: &Model) -> Value {
    record(model, Section::Top, Record::Top(model))
}

/// The fields of one entity (or of the model) as a JSON object.
fn record(model: &Model, section: Section, record: Record) -> Value {
    let mut out = Map::new();
    for field in fields(section) {
        let Some(value) = record.value(field.key) else {
            continue;
        };
        let value = match value {
            FieldValue::Version => json!(crate::model::FORMAT_VERSION),
            FieldValue::Text(text) if field.required || !text.is_empty() => json!(text),
            FieldValue::Texts(list) if !list.is_empty() => json!(list),
            FieldValue::Ref(Some(id)) => json!(id.as_str()),
            FieldValue::Refs(ids) if !ids.is_empty() => ids.iter().map(|id| id.as_str()).collect(),
            FieldValue::Number(Some(n)) => number(n),
            FieldValue::Better(Better::Lower) => json!("lower"),
            FieldValue::Measurements(list) if !list.is_empty() => list
                .iter()
                .map(|x| {
                    let mut e = Map::new();
                    e.insert("period".into(), json!(x.period));
                    e.insert("value".into(), number(x.value));
                    if !x.note.is_empty() {
                        e.insert("note".into(), json!(x.note));
                    }
                    Value::Object(e)
                })
                .collect(),
            FieldValue::Flows(flows) if !flows.is_empty() => flows
                .iter()
                .map(|f| {
                    if f.label.is_empty() {
                        json!(f.to.as_str())
                    } else {
                        json!({ "to": f.to.as_str(), "label": f.label })
                    }
                })
                .collect(),
            FieldValue::Interests(list) if !list.is_empty() => list
                .iter()
                .map(|i| {
                    if i.is_plain() {
                        return json!(i.name);
                    }
                    let mut e = Map::new();
                    e.insert("name".into(), json!(i.name));
                    if !i.safeguarded_by.is_empty() {
                        let ids: Vec<&str> =
                            i.safeguarded_by.iter().map(|id| id.as_str()).collect();
                        e.insert("safeguarded_by".into(), json!(ids));
                    }
                    if !i.notes.is_empty() {
                        e.insert("notes".into(), json!(i.notes));
                    }
                    Value::Object(e)
                })
                .collect(),
            FieldValue::Pulse(list) if !list.is_empty() => list
                .iter()
                .map(|x| {
                    let mut e = Map::new();
                    e.insert("period".into(), json!(x.period));
                    e.insert("partner".into(), json!(x.partner.as_str()));
                    for ((key, _), score) in crate::model::DIMENSIONS.iter().zip(x.scores) {
                        if let Some(score) = score {
                            e.insert((*key).into(), json!(score));
                        }
                    }
                    if !x.note.is_empty() {
                        e.insert("note".into(), json!(x.note));
                    }
                    Value::Object(e)
                })
                .collect(),
            FieldValue::Entities(inner) => {
                let entities: Map<String, Value> = model
                    .records(inner)
                    .filter_map(|(id, r)| Some((id?.to_string(), self::record(model, inner, r))))
                    .collect();
                if entities.is_empty() && !field.required {
                    continue;
                }
                Value::Object(entities)
            }
            FieldValue::Allow(codes) if !codes.is_empty() => {
                codes.iter().map(|c| c.as_str()).collect()
            }
            _ => continue,
        };
        out.insert(field.key.to_string(), value);
    }
    Value::Object(out)
}
