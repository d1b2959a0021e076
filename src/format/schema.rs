//! The JSON Schema of the model format, for editors (completion and
//! checking as you type) and for tools that read models. Built from the
//! field tables of [`fields`], so every field is in it.

use serde_json::{Map, Value, json};

use crate::diagnostic::Code;
use crate::model::{FLOW, Field, INTEREST, Kind, MEASUREMENT, PULSE, Section, fields};

/// Where the schema says it lives; the `$schema` line of a model file can
/// point at a copy written by `keten schema > keten.schema.json`.
pub const SCHEMA_ID: &str = "urn:keten:model:1";

/// The name of an entity's definition under `$defs`.
fn def(section: Section) -> &'static str {
    match section {
        Section::Top => "model",
        Section::Phases => "phase",
        Section::Partners => "partner",
        Section::Roles => "role",
        Section::Goals => "goal",
        Section::Kpis => "kpi",
        Section::Agreements => "agreement",
        Section::Steps => "step",
    }
}

/// The schema of one field's value.
fn property(field: &Field) -> Value {
    let text = json!({ "$ref": "#/$defs/text" });
    let id = json!({ "$ref": "#/$defs/id" });
    let mut value = match field.kind {
        Kind::Version => json!({ "const": crate::model::FORMAT_VERSION }),
        Kind::Text => text,
        Kind::Texts => json!({ "type": "array", "items": text }),
        Kind::Ref(_) => id,
        Kind::Refs(_) => json!({ "type": "array", "items": id }),
        Kind::Number => json!({ "type": "number" }),
        Kind::Better => json!({ "enum": ["higher", "lower"] }),
        Kind::Measurements => json!({ "type": "array", "items": object(MEASUREMENT) }),
        Kind::Flows => json!({
            "type": "array",
            "items": { "oneOf": [id, object(FLOW)] }
        }),
        Kind::Interests => json!({
            "type": "array",
            "items": { "oneOf": [text, object(INTEREST)] }
        }),
        Kind::Pulse => json!({ "type": "array", "items": object(PULSE) }),
        Kind::Score => json!({ "type": "integer", "minimum": 1, "maximum": 5 }),
        Kind::Entities(section) => json!({
            "type": ["object", "null"],
            "propertyNames": { "$ref": "#/$defs/id" },
            "additionalProperties": { "$ref": format!("#/$defs/{}", def(section)) }
        }),
        Kind::Allow => json!({ "$ref": "#/$defs/allow" }),
    };
    if let Value::Object(map) = &mut value {
        map.insert("description".into(), json!(field.meaning));
    }
    value
}

/// The schema of a map with the fields of a table and no others.
fn object(table: &[Field]) -> Value {
    let required: Vec<&str> = table.iter().filter(|f| f.required).map(|f| f.key).collect();
    let properties: Map<String, Value> = table
        .iter()
        .map(|f| (f.key.to_string(), property(f)))
        .collect();
    json!({
        "type": "object",
        "required": required,
        "additionalProperties": false,
        "properties": properties
    })
}

/// The schema as a JSON value.
pub fn schema() -> Value {
    let warnings: Vec<&str> = Code::warnings().map(Code::as_str).collect();
    let mut defs = Map::new();
    defs.insert(
        "id".into(),
        json!({ "type": ["string", "number", "boolean"], "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" }),
    );
    defs.insert(
        "text".into(),
        json!({ "type": ["string", "number", "boolean"] }),
    );
    defs.insert(
        "allow".into(),
        json!({ "type": "array", "items": { "enum": warnings }, "description": "warning codes accepted here" }),
    );
    for section in crate::model::SECTIONS.into_iter().skip(1) {
        defs.insert(def(section).into(), object(fields(section)));
    }
    let mut top = object(fields(Section::Top));
    if let Value::Object(map) = &mut top {
        let mut head = Map::new();
        head.insert(
            "$schema".into(),
            json!("https://json-schema.org/draft/2020-12/schema"),
        );
        head.insert("$id".into(), json!(SCHEMA_ID));
        head.insert("title".into(), json!("keten model"));
        head.insert(
            "description".into(),
            json!("A collaboration reference model: partners, roles, goals, KPIs and the shared chain of steps (format version 1)."),
        );
        head.append(map);
        head.insert("$defs".into(), Value::Object(defs));
        *map = head;
    }
    top
}

/// The schema as pretty-printed JSON text.
pub fn schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).unwrap_or_default();
    text.push('\n');
    text
}
