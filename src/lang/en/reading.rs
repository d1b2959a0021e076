//! Reading a model file: the `schema`, `version`, `bad-id`, `syntax` and `limit` findings.

use super::English;
use crate::lang::Reading;

impl Reading for English {
    fn empty_file(&self) -> String {
        "the file is empty; a model needs at least `keten: 1`, a `name` and `partners` (`keten new FILE` writes a starter model)".to_string()
    }

    fn top_not_map(&self, found: &str) -> String {
        format!("the top level must be a map of keys (keten, name, partners, …), found {found}")
    }

    fn no_version(&self, version: usize) -> String {
        format!(
            "`keten: {version}` is missing; add it as the first line so keten knows the format version"
        )
    }

    fn no_name(&self) -> String {
        "`name` is missing: give the collaboration a name".to_string()
    }

    fn no_partners(&self) -> String {
        "`partners` is missing: a model names the partner organisations".to_string()
    }

    fn other_version(&self, found: &str, version: usize) -> String {
        format!("format version {found} is not one this keten reads; it reads `keten: {version}`")
    }

    fn version_not_number(&self, version: usize, found: &str) -> String {
        format!("`keten` must be the format version, the number {version}, found {found}")
    }

    fn key_not_text(&self, place: &str, found: &str) -> String {
        format!("a key in {place} must be text, found {found}")
    }

    fn takes_keys(&self, what: &str, keys: &str) -> String {
        format!("; {what} takes {keys}")
    }

    fn it_takes_keys(&self, keys: &str) -> String {
        format!("; it takes {keys}")
    }

    fn in_place(&self, place: &str) -> String {
        format!(" in {place}")
    }

    fn unknown_key(&self, key: &str, place: &str, hint: &str) -> String {
        format!("unknown key `{key}`{place}{hint}")
    }

    fn section_not_map(&self, section: &str, noun: &str, found: &str) -> String {
        format!("`{section}` must be a map of id → {noun}, found {found}")
    }

    fn id_not_text(&self, noun: &str, found: &str) -> String {
        format!("a {noun} id must be text, found {found}")
    }

    fn give_a_name(&self, id: &str) -> String {
        format!("; give it at least a `name` (`{id}: {{ name: … }}`)")
    }

    fn entity_not_map(&self, place: &str, found: &str, fix: &str) -> String {
        format!("{place} must be a map of fields, found {found}{fix}")
    }

    fn bad_id(&self, noun: &str, id: &str, why: &str, example: &str) -> String {
        format!(
            "{noun} id `{id}` {why}: use 1 to 64 ASCII letters, digits, `-` and `_`, starting with a letter or digit{example}"
        )
    }

    fn id_too_long(&self, most: usize) -> String {
        format!("is longer than {most} characters")
    }

    fn id_not_valid(&self) -> String {
        "is not a valid id".to_string()
    }

    fn for_example(&self, fix: &str) -> String {
        format!(" (for example `{fix}`)")
    }

    fn required_missing(&self, place: &str, field: &str) -> String {
        format!("{place} has no `{field}`; it is required")
    }

    fn wrong_type(&self, field: &str, place: &str, want: &str, found: &str) -> String {
        format!("`{field}` of {place} must be {want}, found {found}")
    }

    fn required_empty(&self, field: &str, place: &str) -> String {
        format!("`{field}` of {place} is empty; it is required")
    }

    fn empty_reference(&self, field: &str, place: &str, or: &str) -> String {
        format!("`{field}` of {place} is empty text; write an id there{or}")
    }

    fn write_as_list(&self, field: &str, place: &str, want: &str, text: &str) -> String {
        format!("`{field}` of {place} must be a list of {want}; write it as `[{text}]`")
    }

    fn empty_item(&self, field: &str, place: &str) -> String {
        format!("an item of `{field}` of {place} is empty")
    }

    fn inexact_number(&self, field: &str, place: &str, text: &str, becomes: &str) -> String {
        format!(
            "`{field}` of {place} is `{text}`, which keten cannot keep exactly (it would become `{becomes}`); numbers keep about 15 significant digits, from 1e-307 to 1e308"
        )
    }

    fn quoted_number(&self, field: &str, place: &str, text: &str) -> String {
        format!(
            "`{field}` of {place} must be a number, found the text \"{text}\"; remove the quotes"
        )
    }

    fn infinite_number(&self, field: &str, place: &str, text: &str) -> String {
        format!("`{field}` of {place} must be a finite number, found `{text}`")
    }

    fn decimal_point(&self, fixed: &str) -> String {
        format!("; write a decimal point: `{fixed}`")
    }

    fn not_a_number(&self, field: &str, place: &str, text: &str, hint: &str) -> String {
        format!("`{field}` of {place} must be a number, found `{text}`{hint}")
    }

    fn bad_better(&self, place: &str, text: &str, hint: &str) -> String {
        format!("`better` of {place} must be `higher` or `lower`, found `{text}`{hint}")
    }

    fn error_allowed(&self, code: &str) -> String {
        format!("`{code}` is an error, not a warning; errors cannot be allowed")
    }

    fn the_warning_codes(&self, codes: &str) -> String {
        format!("; the warning codes are {codes}")
    }

    fn unknown_warning(&self, code: &str, hint: &str) -> String {
        format!("unknown warning code `{code}` in `allow`{hint}")
    }

    fn a_flow_of(&self, place: &str) -> String {
        format!("a flow of {place}")
    }

    fn flow_without_to(&self, place: &str) -> String {
        format!("{place} has no `to`: name the step it goes to")
    }

    fn a_measurement_of(&self, place: &str) -> String {
        format!("a measurement of {place}")
    }

    fn an_interest_of(&self, place: &str) -> String {
        format!("an interest of {place}")
    }

    fn pulse_entry(&self, number: usize) -> String {
        format!("entry {number} of `pulse`")
    }

    fn pulse_twice(&self, place: &str, partner: &str, period: &str) -> String {
        format!(
            "{place}: partner `{partner}` already gave its pulse for `{period}`; keep one entry per partner and period"
        )
    }

    fn the_text(&self, text: &str) -> String {
        format!("the text \"{text}\"")
    }

    fn bad_score(&self, key: &str, place: &str, found: &str) -> String {
        format!("`{key}` of {place} must be a whole number from 1 to 5, found {found}")
    }

    fn too_many_values(&self, found: usize, most: usize, bytes_per_value: usize) -> String {
        format!(
            "the file holds more than {found} values (aliases expanded); keten reads at most {most}, or one value per {bytes_per_value} bytes of the file in a larger one"
        )
    }

    fn second_document(&self) -> String {
        "a second YAML document starts here; a model file holds one document".to_string()
    }

    fn too_deep(&self, most: usize) -> String {
        format!("lists and maps nest more than {most} levels deep here; a model needs five")
    }

    fn unknown_anchor(&self) -> String {
        "an alias to an unknown anchor".to_string()
    }

    fn alias_values(&self, most: usize) -> String {
        format!(
            "aliases here expand to more than {most} values; write the values out, or use fewer aliases"
        )
    }

    fn alias_bytes(&self, mib: usize) -> String {
        format!(
            "aliases here expand the file past {mib} MiB, more than keten reads back once it is written out; write the values out, or use fewer aliases"
        )
    }

    fn key_twice(&self, key: &str, first: usize) -> String {
        format!("`{key}` is written twice in this map (first at line {first}); keep one of them")
    }

    fn foreign_tag(&self, tag: &str) -> String {
        format!(
            "the tag `{tag}` is not part of the model format and `keten fmt` would drop it; remove it (quote a value to keep it text)"
        )
    }

    fn key_too_long(&self, most: usize, id_most: usize) -> String {
        format!(
            "a key longer than {most} characters, more than YAML reads; ids and field names are short (an id is at most {id_most} characters)"
        )
    }

    fn yaml_syntax(&self, info: &str) -> String {
        format!("YAML syntax: {info}")
    }

    fn not_utf8(&self, byte: &str) -> String {
        format!("the file is not UTF-8 text (byte {byte}); save it as UTF-8")
    }
}
