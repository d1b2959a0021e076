//! The field tables (`keten::model::fields`) against everything that must
//! follow them: the format document, the reader, the writer, `keten schema`
//! and the JSON export. The model with every field set is made from the
//! table itself, so a field added to the table is tested here at once.

use keten::code::Code;
use keten::model::{
    Better, FieldValue, Flow, INTEREST, Kind, MEASUREMENT, Model, PULSE, SECTIONS, Section, fields,
    keys,
};

use crate::support::{Dir, Keten, root};

/// The id of the one entity of each section in the model with every field.
fn id_in(section: Section) -> &'static str {
    match section {
        Section::Top => "",
        Section::Phases => "fase",
        Section::Partners => "partner",
        Section::Roles => "rol",
        Section::Goals => "doel",
        Section::Kpis => "kpi",
        Section::Agreements => "afspraak",
        Section::Steps => "stap",
    }
}

/// The text written in a text field: its section and key.
fn text_of(section: Section, key: &str) -> String {
    let section = match section {
        Section::Top => "top",
        other => other.key(),
    };
    format!("{section}.{key}")
}

/// The YAML of a field's value, in flow style.
fn value_yaml(section: Section, key: &str, kind: Kind) -> String {
    match kind {
        Kind::Version => "1".to_string(),
        Kind::Text => format!("'{}'", text_of(section, key)),
        Kind::Texts => format!("['{}']", text_of(section, key)),
        Kind::Ref(target) => id_in(target).to_string(),
        Kind::Refs(target) => format!("[{}]", id_in(target)),
        Kind::Number => "7.5".to_string(),
        Kind::Better => "lower".to_string(),
        Kind::Measurements => "[{ period: 2026-Q1, value: 3, note: meting }]".to_string(),
        Kind::Flows => "[{ to: einde, label: dossier }]".to_string(),
        Kind::Allow => "[cycle]".to_string(),
        Kind::Interests => format!(
            "[{{ name: '{}', safeguarded_by: [afspraak], notes: borging }}]",
            text_of(section, key)
        ),
        Kind::Pulse => "[{ period: 2026-Q1, partner: partner, trust: 1, reciprocity: 2, openness: 3, appreciation: 4, contribution: 5, interests: 3, note: stroef }]".to_string(),
        Kind::Score => "3".to_string(),
        Kind::Entities(inner) => {
            let mut out = format!("\n  {}:\n", id_in(inner));
            for f in fields(inner) {
                out.push_str(&format!(
                    "    {}: {}\n",
                    f.key,
                    value_yaml(inner, f.key, f.kind)
                ));
            }
            if inner == Section::Steps {
                out.push_str("  einde: { name: Einde, partner: partner }\n");
            }
            out.trim_end().to_string()
        }
    }
}

/// A model file in which every field of the tables has a value.
fn every_field() -> String {
    let mut out = String::new();
    for f in fields(Section::Top) {
        out.push_str(&format!(
            "{}: {}\n",
            f.key,
            value_yaml(Section::Top, f.key, f.kind)
        ));
    }
    out
}

fn load(text: &str) -> Model {
    let loaded = keten::format::check_str(text);
    let errors: Vec<_> = loaded
        .findings
        .list
        .iter()
        .filter(|d| d.is_error())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{text}");
    loaded.model.expect("a model")
}

#[test]
fn every_field_of_every_entity_in_the_format_document_is_in_the_table() {
    let doc = std::fs::read_to_string(root().join("docs/format.md")).unwrap();
    let heading = |section: Section| match section {
        Section::Top => "## 2. The top level",
        Section::Phases => "### Phase",
        Section::Partners => "### Partner",
        Section::Roles => "### Role",
        Section::Goals => "### Goal",
        Section::Kpis => "### KPI",
        Section::Agreements => "### Agreement",
        Section::Steps => "### Step",
    };
    // The tables of a part of the document: (key, required) per row.
    let tables_under = |heading: &str| -> Vec<Vec<(String, bool)>> {
        let start = doc.find(&format!("\n{heading}\n")).expect("the heading") + 1;
        let end = doc[start + 4..]
            .find("\n#")
            .map_or(doc.len(), |e| start + 4 + e);
        let mut tables = vec![];
        let mut current: Vec<(String, bool)> = vec![];
        for line in doc[start..end].lines() {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            match cells.get(1) {
                Some(key) if key.starts_with('`') && cells.len() >= 5 => {
                    current.push((key.trim_matches('`').to_string(), cells[3] == "yes"));
                }
                _ if !current.is_empty() => tables.push(std::mem::take(&mut current)),
                _ => {}
            }
        }
        if !current.is_empty() {
            tables.push(current);
        }
        tables
    };
    let tables = |section: Section| tables_under(heading(section));
    let rows = |table: &[keten::model::Field]| -> Vec<(String, bool)> {
        table
            .iter()
            .map(|f| (f.key.to_string(), f.required))
            .collect()
    };
    for section in SECTIONS {
        let found = tables(section);
        assert_eq!(found.first(), Some(&rows(fields(section))), "{section:?}");
    }
    assert_eq!(tables(Section::Kpis).get(1), Some(&rows(MEASUREMENT)));
    assert_eq!(tables(Section::Partners).get(1), Some(&rows(INTEREST)));
    assert_eq!(tables_under("### The pulse").first(), Some(&rows(PULSE)));
}

#[test]
fn every_field_in_the_table_is_read_with_its_value() {
    let model = load(&every_field());
    let mut checked = 0;
    for section in SECTIONS {
        let (_, record) = model
            .records(section)
            .find(|(id, _)| id.map_or("", |i| i.as_str()) == id_in(section))
            .unwrap_or_else(|| panic!("{section:?} `{}` is read", id_in(section)));
        for f in fields(section) {
            let value = record.value(f.key).expect("a value for every field");
            let text = text_of(section, f.key);
            let ok = match value {
                FieldValue::Version => true,
                FieldValue::Text(t) => t == text,
                FieldValue::Texts(list) => list == [text],
                FieldValue::Ref(id) => {
                    id.is_some_and(|id| id == f.kind.refers_to().map_or("", id_in))
                }
                FieldValue::Refs(ids) => {
                    ids.len() == 1 && ids[0] == f.kind.refers_to().map_or("", id_in)
                }
                FieldValue::Number(n) => n == Some(7.5),
                FieldValue::Better(b) => b == Better::Lower,
                FieldValue::Measurements(list) => {
                    list.len() == 1
                        && list[0].period == "2026-Q1"
                        && list[0].value == 3.0
                        && list[0].note == "meting"
                }
                FieldValue::Flows(flows) => flows == [Flow::labelled("einde", "dossier")],
                FieldValue::Interests(list) => {
                    list.len() == 1
                        && list[0].name == text
                        && list[0].safeguarded_by == ["afspraak"]
                        && list[0].notes == "borging"
                }
                FieldValue::Pulse(list) => {
                    list.len() == 1
                        && list[0].period == "2026-Q1"
                        && list[0].partner == "partner"
                        && list[0].scores == [Some(1), Some(2), Some(3), Some(4), Some(5), Some(3)]
                        && list[0].note == "stroef"
                }
                FieldValue::Entities(inner) => model.contains(inner, id_in(inner)),
                FieldValue::Allow(codes) => codes == [Code::Cycle],
            };
            assert!(ok, "{section:?}.{} is read as {value:?}", f.key);
            checked += 1;
        }
    }
    assert!(checked > 40, "{checked} fields");
}

#[test]
fn every_field_in_the_table_is_written() {
    let model = load(&every_field());
    let written = format!("\n{}", keten::format::write(&model));
    for section in SECTIONS {
        let indent = if section == Section::Top { "" } else { "    " };
        for key in keys(section) {
            assert!(
                written.contains(&format!("\n{indent}{key}:")),
                "{section:?}.{key} is not written:{written}"
            );
        }
    }
    assert_eq!(load(&written), model, "what is written reads back the same");
}

#[test]
fn every_field_in_the_table_is_in_the_schema_and_the_model_with_every_field_is_valid() {
    let out = Keten::new(["schema"]).run().code(0).stdout;
    let schema: serde_json::Value = serde_json::from_str(&out).unwrap();
    let defs = |section: Section| match section {
        Section::Top => &schema,
        Section::Phases => &schema["$defs"]["phase"],
        Section::Partners => &schema["$defs"]["partner"],
        Section::Roles => &schema["$defs"]["role"],
        Section::Goals => &schema["$defs"]["goal"],
        Section::Kpis => &schema["$defs"]["kpi"],
        Section::Agreements => &schema["$defs"]["agreement"],
        Section::Steps => &schema["$defs"]["step"],
    };
    for section in SECTIONS {
        let properties = defs(section)["properties"].as_object().expect("properties");
        let in_schema: Vec<&str> = properties.keys().map(String::as_str).collect();
        assert_eq!(in_schema, keys(section), "{section:?}");
        let required: Vec<&str> = fields(section)
            .iter()
            .filter(|f| f.required)
            .map(|f| f.key)
            .collect();
        assert_eq!(
            defs(section)["required"],
            serde_json::json!(required),
            "{section:?}"
        );
    }
    let yaml: serde_yaml::Value = serde_yaml::from_str(&every_field()).unwrap();
    let instance = serde_json::to_value(yaml).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let problems: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| e.to_string())
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_field_in_the_table_is_in_the_json_export() {
    let dir = Dir::new();
    let file = dir.file("alles.yaml", every_field());
    let out = Keten::new(["export", "--format", "json", &file.to_string_lossy()])
        .run()
        .code(0)
        .stdout;
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    for section in SECTIONS {
        let object = match section {
            Section::Top => &json,
            other => &json[other.key()][id_in(other)],
        };
        let exported: Vec<&str> = object
            .as_object()
            .unwrap_or_else(|| panic!("{section:?} is exported"))
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(exported, keys(section), "{section:?}");
    }
}

#[test]
fn every_reference_in_the_table_is_walked_and_can_be_cleared() {
    let mut model = load(&every_field());
    let walked: Vec<(Section, &str, Section)> = model
        .references()
        .filter(|r| r.owner.is_none_or(|o| o != "einde"))
        .map(|r| (r.section, r.field, r.target))
        .collect();
    let mut in_table = vec![];
    for section in SECTIONS {
        for f in fields(section) {
            if let Some(target) = f.kind.refers_to() {
                in_table.push((section, f.key, target));
            }
        }
    }
    assert_eq!(
        walked, in_table,
        "one reference per reference field, in table order"
    );

    let optional: Vec<(Section, Option<keten::model::Id>, &str, keten::model::Id)> = model
        .references()
        .filter(|r| !r.required)
        .map(|r| (r.section, r.owner.cloned(), r.field, r.to.clone()))
        .collect();
    for (section, owner, field, to) in &optional {
        model.retarget(*section, owner.as_ref(), field, to, None);
    }
    assert!(
        model.references().all(|r| r.required),
        "every optional reference is cleared"
    );
    let required: Vec<(Section, Option<keten::model::Id>, &str)> = model
        .references()
        .map(|r| (r.section, r.owner.cloned(), r.field))
        .collect();
    let elsewhere = keten::model::Id::new("elders");
    for (section, owner, field) in &required {
        model.retarget(
            *section,
            owner.as_ref(),
            field,
            &keten::model::Id::new("partner"),
            Some(&elsewhere),
        );
    }
    assert!(model.references().all(|r| *r.to == elsewhere));
}

/// Every field of the table can be entered in the editor: in the entity's
/// form, or (flows, measurements) with the keys made for them.
#[test]
fn every_field_in_the_table_is_in_the_editor() {
    use keten::tui::keymap::{Action, KEYMAP};
    let bound = |action: Action| KEYMAP.iter().any(|b| b.action == action);
    for section in SECTIONS {
        let form = keten::tui::form_keys(section);
        for field in fields(section) {
            let elsewhere = match (section, field.kind) {
                // The version is always 1; the entities have screens of their own.
                (Section::Top, Kind::Version | Kind::Entities(_)) => true,
                (Section::Steps, Kind::Flows) => {
                    bound(Action::Connect) && bound(Action::RemoveFlow) && bound(Action::EditLabel)
                }
                (Section::Kpis, Kind::Measurements) => bound(Action::AddMeasurement),
                // The pulse: its own key on the pulse screen opens a form
                // with every field of an entry.
                (Section::Top, Kind::Pulse) => {
                    let pulse = keten::tui::pulse_form_keys();
                    bound(Action::EnterPulse) && PULSE.iter().all(|f| pulse.contains(&f.key))
                }
                _ => false,
            };
            assert!(
                elsewhere || form.contains(&field.key),
                "`{}` of {section:?} cannot be entered in the editor",
                field.key
            );
        }
        if section == Section::Partners {
            // An interest's safeguards are picked in the partner's form,
            // and its note typed there (the note of the interest shown).
            assert!(form.contains(&"interests") && form.contains(&"safeguarded_by"));
            assert!(form.contains(&"interest_note"));
        }
        let interest = |key: &str| {
            section == Section::Partners
                && (INTEREST.iter().any(|f| f.key == key && f.key != "notes")
                    || (key == "interest_note" && INTEREST.iter().any(|f| f.key == "notes")))
        };
        for key in form.iter().filter(|k| **k != "id") {
            assert!(
                keys(section).contains(key) || interest(key),
                "the {section:?} form has `{key}`, which the table does not"
            );
        }
    }
}
