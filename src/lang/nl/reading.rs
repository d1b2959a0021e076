//! Reading a model file: the `schema`, `version`, `bad-id`, `syntax` and `limit` findings.

use super::Dutch;
use crate::lang::Reading;

impl Reading for Dutch {
    fn empty_file(&self) -> String {
        "het bestand is leeg; een model heeft minstens `keten: 1`, een `name` en `partners` nodig (`keten new BESTAND` schrijft een startmodel)".to_string()
    }

    fn top_not_map(&self, found: &str) -> String {
        format!(
            "het hoogste niveau moet een mapping van sleutels zijn (keten, name, partners, …), maar is {found}"
        )
    }

    fn no_version(&self, version: usize) -> String {
        format!(
            "`keten: {version}` ontbreekt; zet het op de eerste regel, zodat keten weet welke versie van het formaat dit is"
        )
    }

    fn no_name(&self) -> String {
        "`name` ontbreekt: geef de samenwerking een naam".to_string()
    }

    fn no_partners(&self) -> String {
        "`partners` ontbreekt: een model noemt de ketenpartners".to_string()
    }

    fn other_version(&self, found: &str, version: usize) -> String {
        format!("formaatversie {found} kan deze keten niet lezen; hij leest `keten: {version}`")
    }

    fn version_not_number(&self, version: usize, found: &str) -> String {
        format!("`keten` moet de formaatversie zijn, het getal {version}, maar is {found}")
    }

    fn key_not_text(&self, place: &str, found: &str) -> String {
        format!("een sleutel in {place} moet tekst zijn, maar is {found}")
    }

    fn takes_keys(&self, what: &str, keys: &str) -> String {
        format!("; {what} kent de sleutels {keys}")
    }

    fn it_takes_keys(&self, keys: &str) -> String {
        format!("; de sleutels zijn {keys}")
    }

    fn in_place(&self, place: &str) -> String {
        format!(" in {place}")
    }

    fn unknown_key(&self, key: &str, place: &str, hint: &str) -> String {
        format!("onbekende sleutel `{key}`{place}{hint}")
    }

    fn section_not_map(&self, section: &str, noun: &str, found: &str) -> String {
        format!("`{section}` moet een mapping van id → {noun} zijn, maar is {found}")
    }

    fn id_not_text(&self, noun: &str, found: &str) -> String {
        format!("het id van een {noun} moet tekst zijn, maar is {found}")
    }

    fn give_a_name(&self, id: &str) -> String {
        format!("; geef het minstens een `name` (`{id}: {{ name: … }}`)")
    }

    fn entity_not_map(&self, place: &str, found: &str, fix: &str) -> String {
        format!("{place} moet een mapping van velden zijn, maar is {found}{fix}")
    }

    fn bad_id(&self, noun: &str, id: &str, why: &str, example: &str) -> String {
        format!(
            "id `{id}` van een {noun} {why}: gebruik 1 tot 64 ASCII-letters, cijfers, `-` en `_`, te beginnen met een letter of cijfer{example}"
        )
    }

    fn id_too_long(&self, most: usize) -> String {
        format!("is langer dan {most} tekens")
    }

    fn id_not_valid(&self) -> String {
        "is geen geldig id".to_string()
    }

    fn for_example(&self, fix: &str) -> String {
        format!(" (bijvoorbeeld `{fix}`)")
    }

    fn required_missing(&self, place: &str, field: &str) -> String {
        format!("{place} heeft geen `{field}`; dat veld is verplicht")
    }

    fn wrong_type(&self, field: &str, place: &str, want: &str, found: &str) -> String {
        format!("`{field}` van {place} moet {want} zijn, maar is {found}")
    }

    fn required_empty(&self, field: &str, place: &str) -> String {
        format!("`{field}` van {place} is leeg; dat veld is verplicht")
    }

    fn empty_reference(&self, field: &str, place: &str, or: &str) -> String {
        format!("`{field}` van {place} is lege tekst; schrijf daar een id{or}")
    }

    fn write_as_list(&self, field: &str, place: &str, want: &str, text: &str) -> String {
        format!("`{field}` van {place} moet een lijst van {want} zijn; schrijf het als `[{text}]`")
    }

    fn empty_item(&self, field: &str, place: &str) -> String {
        format!("een item van `{field}` van {place} is leeg")
    }

    fn inexact_number(&self, field: &str, place: &str, text: &str, becomes: &str) -> String {
        format!(
            "`{field}` van {place} is `{text}`, en dat kan keten niet precies bewaren (het zou `{becomes}` worden); getallen houden ongeveer 15 significante cijfers, van 1e-307 tot 1e308"
        )
    }

    fn quoted_number(&self, field: &str, place: &str, text: &str) -> String {
        format!(
            "`{field}` van {place} moet een getal zijn, maar is de tekst \"{text}\"; haal de aanhalingstekens weg"
        )
    }

    fn infinite_number(&self, field: &str, place: &str, text: &str) -> String {
        format!("`{field}` van {place} moet een eindig getal zijn, maar is `{text}`")
    }

    fn decimal_point(&self, fixed: &str) -> String {
        format!("; schrijf een decimale punt: `{fixed}`")
    }

    fn not_a_number(&self, field: &str, place: &str, text: &str, hint: &str) -> String {
        format!("`{field}` van {place} moet een getal zijn, maar is `{text}`{hint}")
    }

    fn bad_better(&self, place: &str, text: &str, hint: &str) -> String {
        format!("`better` van {place} moet `higher` of `lower` zijn, maar is `{text}`{hint}")
    }

    fn error_allowed(&self, code: &str) -> String {
        format!("`{code}` is een fout, geen waarschuwing; fouten kun je niet toestaan")
    }

    fn the_warning_codes(&self, codes: &str) -> String {
        format!("; de waarschuwingscodes zijn {codes}")
    }

    fn unknown_warning(&self, code: &str, hint: &str) -> String {
        format!("onbekende waarschuwingscode `{code}` in `allow`{hint}")
    }

    fn a_flow_of(&self, place: &str) -> String {
        format!("een verbinding van {place}")
    }

    fn flow_without_to(&self, place: &str) -> String {
        format!("{place} heeft geen `to`: noem de ketenstap waar hij naartoe gaat")
    }

    fn a_measurement_of(&self, place: &str) -> String {
        format!("een meting van {place}")
    }

    fn an_interest_of(&self, place: &str) -> String {
        format!("een belang van {place}")
    }

    fn pulse_entry(&self, number: usize) -> String {
        format!("regel {number} van `pulse`")
    }

    fn pulse_twice(&self, place: &str, partner: &str, period: &str) -> String {
        format!(
            "{place}: ketenpartner `{partner}` gaf al een pulse voor `{period}`; houd één regel per ketenpartner en periode"
        )
    }

    fn the_text(&self, text: &str) -> String {
        format!("de tekst \"{text}\"")
    }

    fn bad_score(&self, key: &str, place: &str, found: &str) -> String {
        format!("`{key}` van {place} moet een geheel getal van 1 tot 5 zijn, maar is {found}")
    }

    fn too_many_values(&self, found: usize, most: usize, bytes_per_value: usize) -> String {
        format!(
            "het bestand bevat meer dan {found} waarden (aliassen uitgeschreven); keten leest er hoogstens {most}, of één waarde per {bytes_per_value} bytes van een groter bestand"
        )
    }

    fn second_document(&self) -> String {
        "hier begint een tweede YAML-document; een modelbestand bevat één document".to_string()
    }

    fn too_deep(&self, most: usize) -> String {
        format!(
            "lijsten en mappings zijn hier meer dan {most} niveaus diep genest; een model heeft er vijf nodig"
        )
    }

    fn unknown_anchor(&self) -> String {
        "een alias naar een onbekend anker".to_string()
    }

    fn alias_values(&self, most: usize) -> String {
        format!(
            "aliassen worden hier meer dan {most} waarden; schrijf de waarden uit, of gebruik minder aliassen"
        )
    }

    fn alias_bytes(&self, mib: usize) -> String {
        format!(
            "aliassen maken het bestand hier groter dan {mib} MiB, meer dan keten terugleest als het is uitgeschreven; schrijf de waarden uit, of gebruik minder aliassen"
        )
    }

    fn key_twice(&self, key: &str, first: usize) -> String {
        format!("`{key}` staat twee keer in deze mapping (eerst op regel {first}); houd er één")
    }

    fn foreign_tag(&self, tag: &str) -> String {
        format!(
            "de tag `{tag}` hoort niet bij het modelformaat en `keten fmt` zou hem weglaten; haal hem weg (zet een waarde tussen aanhalingstekens om er tekst van te maken)"
        )
    }

    fn key_too_long(&self, most: usize, id_most: usize) -> String {
        format!(
            "een sleutel van meer dan {most} tekens, meer dan YAML leest; ids en veldnamen zijn kort (een id is hoogstens {id_most} tekens)"
        )
    }

    fn yaml_syntax(&self, info: &str) -> String {
        format!("YAML-syntaxis: {info}")
    }

    fn not_utf8(&self, byte: &str) -> String {
        format!("het bestand is geen UTF-8-tekst (byte {byte}); sla het op als UTF-8")
    }
}
