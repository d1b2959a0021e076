//! The JSON Schema of the model format, for editors (completion and
//! checking as you type) and for tools that read models.

use serde_json::{Value, json};

use crate::diagnostic::Code;

/// Where the schema says it lives; the `$schema` line of a model file can
/// point at a copy written by `keten schema > keten.schema.json`.
pub const SCHEMA_ID: &str = "urn:keten:model:1";

/// The schema as a JSON value.
pub fn schema() -> Value {
    let text = json!({ "type": ["string", "number", "boolean"] });
    let id = json!({ "$ref": "#/$defs/id" });
    let ids = json!({ "type": "array", "items": { "$ref": "#/$defs/id" } });
    let number = json!({ "type": "number" });
    let warnings: Vec<&str> = Code::warnings().map(Code::as_str).collect();
    let allow = json!({ "type": "array", "items": { "enum": warnings }, "description": "warning codes accepted here" });
    let entity = |required: &[&str], properties: Value| {
        let mut props = properties.as_object().cloned().unwrap_or_default();
        props.insert(
            "notes".into(),
            json!({ "$ref": "#/$defs/text", "description": "remarks kept with the entity" }),
        );
        props.insert("allow".into(), json!({ "$ref": "#/$defs/allow" }));
        json!({ "type": "object", "required": required, "additionalProperties": false, "properties": props })
    };
    let section = |item: &str, description: &str| {
        json!({
            "type": ["object", "null"],
            "description": description,
            "propertyNames": { "$ref": "#/$defs/id" },
            "additionalProperties": { "$ref": format!("#/$defs/{item}") }
        })
    };
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "keten model",
        "description": "A collaboration reference model: partners, roles, goals, KPIs and the shared chain of steps (format version 1).",
        "type": "object",
        "required": ["keten", "name", "partners"],
        "additionalProperties": false,
        "properties": {
            "keten": { "const": 1, "description": "the format version" },
            "name": { "$ref": "#/$defs/text", "description": "the collaboration's name" },
            "description": { "$ref": "#/$defs/text" },
            "client_question": { "$ref": "#/$defs/text", "description": "the client's question the partners answer together" },
            "ambition": { "$ref": "#/$defs/text", "description": "the joint ambition" },
            "director": { "$ref": "#/$defs/id", "description": "the partner that directs and monitors the chain" },
            "phases": section("phase", "the chain's phases, left to right"),
            "partners": section("partner", "the partner organisations, top to bottom"),
            "roles": section("role", "roles that partners play"),
            "goals": section("goal", "shared goals"),
            "kpis": section("kpi", "the indicators partners hold each other to"),
            "steps": section("step", "the shared primary process, in reading order"),
            "allow": { "$ref": "#/$defs/allow" }
        },
        "$defs": {
            "id": { "type": ["string", "number", "boolean"], "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$" },
            "text": text,
            "allow": allow,
            "phase": entity(&["name"], json!({ "name": { "$ref": "#/$defs/text" }, "description": { "$ref": "#/$defs/text" } })),
            "partner": entity(&["name"], json!({
                "name": { "$ref": "#/$defs/text" },
                "kind": { "$ref": "#/$defs/text", "description": "gemeente, zorgaanbieder, politie, …" },
                "contribution": { "$ref": "#/$defs/text", "description": "what it brings to the joint result" },
                "interests": { "type": "array", "items": { "$ref": "#/$defs/text" } },
                "contact": { "$ref": "#/$defs/text" }
            })),
            "role": entity(&["name", "partner"], json!({
                "name": { "$ref": "#/$defs/text" },
                "partner": id,
                "description": { "$ref": "#/$defs/text" }
            })),
            "goal": entity(&["name"], json!({
                "name": { "$ref": "#/$defs/text" },
                "description": { "$ref": "#/$defs/text" },
                "partners": ids
            })),
            "kpi": entity(&["name"], json!({
                "name": { "$ref": "#/$defs/text" },
                "goal": id, "owner": id, "step": id,
                "unit": { "$ref": "#/$defs/text" },
                "target": number,
                "better": { "enum": ["higher", "lower"] },
                "measurements": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["period", "value"],
                        "additionalProperties": false,
                        "properties": {
                            "period": { "type": ["string", "number"] },
                            "value": number,
                            "note": { "$ref": "#/$defs/text" }
                        }
                    }
                }
            })),
            "step": entity(&["name", "partner"], json!({
                "name": { "$ref": "#/$defs/text" },
                "partner": id, "role": id, "phase": id,
                "description": { "$ref": "#/$defs/text" },
                "next": {
                    "type": "array",
                    "items": {
                        "oneOf": [
                            { "$ref": "#/$defs/id" },
                            {
                                "type": "object",
                                "required": ["to"],
                                "additionalProperties": false,
                                "properties": { "to": id, "label": { "$ref": "#/$defs/text" } }
                            }
                        ]
                    }
                }
            }))
        }
    })
}

/// The schema as pretty-printed JSON text.
pub fn schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&schema()).unwrap_or_default();
    text.push('\n');
    text
}
