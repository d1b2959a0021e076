//! The model as JSON, in the shape and order of the YAML format.

use serde_json::{Map, Value, json};

use crate::diagnostic::Code;
use crate::model::{Better, Model};

fn text(map: &mut Map<String, Value>, key: &str, value: &str) {
    if !value.is_empty() {
        map.insert(key.to_string(), Value::String(value.to_string()));
    }
}

fn allow(map: &mut Map<String, Value>, codes: &[Code]) {
    if !codes.is_empty() {
        map.insert("allow".into(), codes.iter().map(|c| c.as_str()).collect());
    }
}

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
    let mut top = Map::new();
    top.insert("keten".into(), json!(crate::model::FORMAT_VERSION));
    top.insert("name".into(), json!(model.name));
    text(&mut top, "description", &model.description);
    text(&mut top, "client_question", &model.client_question);
    text(&mut top, "ambition", &model.ambition);
    if let Some(d) = &model.director {
        top.insert("director".into(), json!(d.as_str()));
    }
    let mut phases = Map::new();
    for (id, p) in &model.phases {
        let mut m = Map::new();
        m.insert("name".into(), json!(p.name));
        text(&mut m, "description", &p.description);
        text(&mut m, "notes", &p.notes);
        allow(&mut m, &p.allow);
        phases.insert(id.to_string(), Value::Object(m));
    }
    let mut partners = Map::new();
    for (id, p) in &model.partners {
        let mut m = Map::new();
        m.insert("name".into(), json!(p.name));
        text(&mut m, "kind", &p.kind);
        text(&mut m, "contribution", &p.contribution);
        if !p.interests.is_empty() {
            m.insert("interests".into(), json!(p.interests));
        }
        text(&mut m, "contact", &p.contact);
        text(&mut m, "notes", &p.notes);
        allow(&mut m, &p.allow);
        partners.insert(id.to_string(), Value::Object(m));
    }
    let mut roles = Map::new();
    for (id, r) in &model.roles {
        let mut m = Map::new();
        m.insert("name".into(), json!(r.name));
        m.insert("partner".into(), json!(r.partner.as_str()));
        text(&mut m, "description", &r.description);
        text(&mut m, "notes", &r.notes);
        allow(&mut m, &r.allow);
        roles.insert(id.to_string(), Value::Object(m));
    }
    let mut goals = Map::new();
    for (id, g) in &model.goals {
        let mut m = Map::new();
        m.insert("name".into(), json!(g.name));
        text(&mut m, "description", &g.description);
        if !g.partners.is_empty() {
            m.insert(
                "partners".into(),
                g.partners.iter().map(|p| p.as_str()).collect(),
            );
        }
        text(&mut m, "notes", &g.notes);
        allow(&mut m, &g.allow);
        goals.insert(id.to_string(), Value::Object(m));
    }
    let mut kpis = Map::new();
    for (id, k) in &model.kpis {
        let mut m = Map::new();
        m.insert("name".into(), json!(k.name));
        for (key, value) in [("goal", &k.goal), ("owner", &k.owner), ("step", &k.step)] {
            if let Some(v) = value {
                m.insert(key.into(), json!(v.as_str()));
            }
        }
        text(&mut m, "unit", &k.unit);
        if let Some(t) = k.target {
            m.insert("target".into(), number(t));
        }
        if k.better == Better::Lower {
            m.insert("better".into(), json!("lower"));
        }
        if !k.measurements.is_empty() {
            let list: Vec<Value> = k
                .measurements
                .iter()
                .map(|x| {
                    let mut e = Map::new();
                    e.insert("period".into(), json!(x.period));
                    e.insert("value".into(), number(x.value));
                    text(&mut e, "note", &x.note);
                    Value::Object(e)
                })
                .collect();
            m.insert("measurements".into(), Value::Array(list));
        }
        text(&mut m, "notes", &k.notes);
        allow(&mut m, &k.allow);
        kpis.insert(id.to_string(), Value::Object(m));
    }
    let mut steps = Map::new();
    for s in model.steps.iter() {
        let mut m = Map::new();
        m.insert("name".into(), json!(s.name));
        m.insert("partner".into(), json!(s.partner.as_str()));
        for (key, value) in [("role", &s.role), ("phase", &s.phase)] {
            if let Some(v) = value {
                m.insert(key.into(), json!(v.as_str()));
            }
        }
        text(&mut m, "description", &s.description);
        if !s.next.is_empty() {
            let list: Vec<Value> = s
                .next
                .iter()
                .map(|f| {
                    if f.label.is_empty() {
                        json!(f.to.as_str())
                    } else {
                        json!({ "to": f.to.as_str(), "label": f.label })
                    }
                })
                .collect();
            m.insert("next".into(), Value::Array(list));
        }
        text(&mut m, "notes", &s.notes);
        allow(&mut m, &s.allow);
        steps.insert(s.id.to_string(), Value::Object(m));
    }
    for (key, map) in [
        ("phases", phases),
        ("partners", partners),
        ("roles", roles),
        ("goals", goals),
        ("kpis", kpis),
        ("steps", steps),
    ] {
        if !map.is_empty() || key == "partners" {
            top.insert(key.into(), Value::Object(map));
        }
    }
    allow(&mut top, &model.allow);
    Value::Object(top)
}
