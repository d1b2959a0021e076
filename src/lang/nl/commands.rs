//! What the commands say: `diff`, `fmt`, `new`, `merge`, `edit`, and edits that cannot be made.

use super::Dutch;
use crate::lang::{Commands, count};

impl Commands for Dutch {
    fn no_changes(&self) -> String {
        "Geen wijzigingen in het model.".to_string()
    }

    fn diff_heading(&self, section: &str) -> String {
        match section {
            "" => "Het model",
            "phases" => "Fasen",
            "partners" => "Ketenpartners",
            "roles" => "Rollen",
            "goals" => "Doelen",
            "kpis" => "KPI's",
            "agreements" => "Afspraken",
            "pulse" => "Pulse",
            _ => "Ketenstappen",
        }
        .to_string()
    }

    fn pulse_of(&self, name: &str, partner: &str, period: &str) -> String {
        format!("{name} ({partner}) in {period}")
    }

    fn diff_added(&self, what: &str) -> String {
        format!("toegevoegd: {what}")
    }

    fn diff_removed(&self, what: &str) -> String {
        format!("verwijderd: {what}")
    }

    fn diff_moved(&self, what: &str, from: &str, to: &str) -> String {
        format!("{what} gaat van {from} naar {to}")
    }

    fn a_changed_handoff(&self) -> String {
        " (een gewijzigde overdracht)".to_string()
    }

    fn diff_flow(&self, from: &str, to: &str) -> String {
        format!("verbinding {from} → {to}")
    }

    fn diff_label(&self, old: &str, new: &str) -> String {
        format!("label \"{old}\" → \"{new}\"")
    }

    fn flows_reordered(&self, what: &str) -> String {
        format!("verbindingen van {what} in een andere volgorde")
    }

    fn diff_measurement(&self, period: &str) -> String {
        format!("meting {period}")
    }

    fn diff_totals(&self, added: usize, removed: usize, changed: usize) -> String {
        format!("{added} toegevoegd, {removed} verwijderd, {changed} gewijzigd.")
    }

    fn fix_errors_first(&self, file: &str, refusal: &str) -> String {
        format!("{file}: {refusal}; los eerst de fouten hierboven op (`keten check {file}`)")
    }

    fn not_formatted(&self) -> String {
        "niet opgemaakt".to_string()
    }

    fn not_compared(&self) -> String {
        "niet vergeleken".to_string()
    }

    fn not_exported(&self) -> String {
        "niet geëxporteerd".to_string()
    }

    fn not_drawn(&self) -> String {
        "niet getekend".to_string()
    }

    fn not_opened(&self) -> String {
        "niet geopend".to_string()
    }

    fn not_reported(&self) -> String {
        "geen rapport geschreven".to_string()
    }

    fn formatted(&self, file: &str) -> String {
        format!("{file} opgemaakt")
    }

    fn fmt_refused(&self, file: &str, reason: &str, then: &str) -> String {
        format!("{file}: niet opgemaakt: {reason}; {then}")
    }

    fn fmt_force_read_only(&self, file: &str) -> String {
        format!("`keten fmt --force {file}` herschrijft het toch, en het blijft alleen-lezen")
    }

    fn fmt_force_links(&self, file: &str) -> String {
        format!(
            "`keten fmt --force {file}` herschrijft het ter plekke, zodat elke naam de nieuwe inhoud toont"
        )
    }

    fn file_unchanged(&self) -> String {
        "het bestand is niet veranderd".to_string()
    }

    fn new_exists(&self, file: &str) -> String {
        format!(
            "{file} bestaat al; `keten new` overschrijft nooit een bestand: kies een andere naam"
        )
    }

    fn new_schema_too(&self, schema: &str) -> String {
        format!(" (en {schema} ernaast, voor editors)")
    }

    fn new_wrote(&self, file: &str, also: &str) -> String {
        format!(
            "{file} geschreven{also}: een startmodel met één ketenpartner en één ketenstap; vul de cliëntvraag in en voer dan `keten check {file}` uit"
        )
    }

    fn new_wrote_empty(&self, file: &str, also: &str) -> String {
        format!(
            "{file} geschreven{also}: een leeg model met alleen zijn naam; voer de rest in met `keten edit {file}`"
        )
    }

    fn starter_question(&self) -> String {
        "Vul hier de vraag van de cliënt in die de partners samen beantwoorden.".to_string()
    }

    fn starter_director(&self) -> String {
        "Ketenregisseur".to_string()
    }

    fn starter_kind(&self) -> String {
        "gemeente".to_string()
    }

    fn starter_contribution(&self) -> String {
        "Brengt de partners bij elkaar en bewaakt de keten.".to_string()
    }

    fn starter_step(&self) -> String {
        "Vraag van de cliënt verhelderen".to_string()
    }

    fn starter_name(&self) -> String {
        "Nieuwe samenwerking".to_string()
    }

    fn diff_arguments(&self) -> String {
        "keten diff neemt OUD NIEUW, of de zeven argumenten van een git-diffdriver".to_string()
    }

    fn diff_stdin_once(&self) -> String {
        "keten diff kan de standaardinvoer maar voor één kant lezen".to_string()
    }

    fn conflicts(&self, n: usize) -> String {
        count(n, "conflict", "conflicten")
    }

    fn conflicts_marked(&self, file: &str, conflicts: &str) -> String {
        format!("{file}: {conflicts}, gemarkeerd in het bestand:")
    }

    fn conflicts_marked_output(&self, file: &str, conflicts: &str) -> String {
        format!("{file}: {conflicts}, gemarkeerd in de uitvoer:")
    }

    fn merge_no_model(&self, file: &str, why: &str) -> String {
        format!("{file}: geen model ({why})")
    }

    fn merged_by_lines(&self) -> String {
        "in plaats daarvan regel voor regel samengevoegd, zoals git dat doet; controleer het resultaat".to_string()
    }

    fn not_a_model(&self) -> String {
        "geen model".to_string()
    }

    fn at_line(&self, line: usize, message: &str) -> String {
        format!("regel {line}: {message}")
    }

    fn the_model(&self) -> String {
        "het model".to_string()
    }

    fn changed_both(&self) -> String {
        "aan beide kanten gewijzigd".to_string()
    }

    fn added_both(&self) -> String {
        "aan beide kanten toegevoegd, verschillend".to_string()
    }

    fn deleted_changed(&self) -> String {
        "aan de ene kant verwijderd, aan de andere gewijzigd".to_string()
    }

    fn deleted_referred(&self) -> String {
        "aan de ene kant verwijderd, aan de andere kant wordt ernaar verwezen".to_string()
    }

    fn renamed_both(&self) -> String {
        "aan beide kanten een ander nieuw id gekregen".to_string()
    }

    fn edit_stdin(&self) -> String {
        "keten edit heeft een bestand nodig om te openen en op te slaan; de standaardinvoer kun je niet bewerken".to_string()
    }

    fn edit_no_terminal(&self) -> String {
        "keten edit heeft een terminal nodig; gebruik `keten render` om de keten af te drukken"
            .to_string()
    }

    fn no_such_entity(&self, noun: &str, id: &str) -> String {
        format!("er is geen {noun} `{id}`")
    }

    fn entity_exists(&self, noun: &str, id: &str) -> String {
        format!("er is al een {noun} `{id}`")
    }

    fn not_an_id(&self, id: &str) -> String {
        format!(
            "`{id}` is geen geldig id: gebruik 1 tot 64 ASCII-letters, cijfers, `-` en `_`, te beginnen met een letter of cijfer"
        )
    }

    fn id_referred(&self, id: &str) -> String {
        format!("er wordt al naar `{id}` verwezen; kies een ander id")
    }

    fn starter_director_id(&self) -> String {
        "regie".to_string()
    }

    fn starter_step_id(&self) -> String {
        "vraag-verhelderen".to_string()
    }
}
