//! De Nederlandse catalogus: every message of [`Catalogue`] in Dutch.

use super::{Catalogue, count, decimal};

mod help;
pub use help::HELP;

/// Nederlands.
pub struct Dutch;

impl Catalogue for Dutch {
    fn bad_lang(&self, variable: &str, value: &str) -> String {
        format!(
            "{variable}={value} is geen taal die keten spreekt; gebruik `nl` (Nederlands) of `en` (Engels)"
        )
    }

    fn summary(&self, errors: usize, warnings: usize) -> String {
        format!(
            "{}, {}",
            count(errors, "fout", "fouten"),
            count(warnings, "waarschuwing", "waarschuwingen")
        )
    }

    fn not_read(&self, files: usize) -> String {
        match files {
            1 => "1 bestand kon niet worden gelezen".to_string(),
            n => format!("{n} bestanden konden niet worden gelezen"),
        }
    }

    fn more_findings(&self, file: &str, omitted: usize, most: usize) -> String {
        format!(
            "{file}: nog {omitted} bevindingen niet getoond; keten toont de eerste {most} van een bestand"
        )
    }

    fn noun(&self, english: &str) -> String {
        match english {
            "model" => "model",
            "phase" => "fase",
            "partner" => "ketenpartner",
            "role" => "rol",
            "goal" => "doel",
            "KPI" => "KPI",
            "agreement" => "afspraak",
            "step" => "ketenstap",
            "flow" => "verbinding",
            "handoff" => "overdracht",
            "measurement" => "meting",
            "interest" => "belang",
            _ => english,
        }
        .to_string()
    }

    fn did_you_mean(&self, candidate: &str) -> String {
        format!("; bedoel je `{candidate}`?")
    }

    fn dangling_ref(&self, noun: &str, id: &str, place: &str, hint: &str) -> String {
        format!("geen {noun} `{id}`{place}{hint}")
    }

    fn in_entity(&self, noun: &str, id: &str) -> String {
        format!(" (in {noun} `{id}`)")
    }

    fn no_client_question(&self) -> String {
        "het model heeft geen `client_question`: schrijf de cliëntvraag op die de ketenpartners samen beantwoorden".to_string()
    }

    fn no_director(&self) -> String {
        "het model heeft geen `director`: noem de ketenpartner die als ketenregisseur de keten stuurt en bewaakt".to_string()
    }

    fn unguarded_interest(&self, interest: &str, partner: &str) -> String {
        format!(
            "belang \"{interest}\" van ketenpartner `{partner}` is niet geborgd: noem in `safeguarded_by` de afspraken die het borgen"
        )
    }

    fn pulse_low(&self, period: &str, partner: &str, scores: &str) -> String {
        format!(
            "in {period} geeft ketenpartner `{partner}` de samenwerking een lage score: {scores}; bespreek het met hen"
        )
    }

    fn pulse_fell(
        &self,
        dimension: &str,
        was: f64,
        before: &str,
        now: f64,
        latest: &str,
    ) -> String {
        format!(
            "het gemiddelde voor {dimension} daalde van {} in {before} naar {} in {latest}",
            decimal(was),
            decimal(now)
        )
    }

    fn pulse_missing(&self, partner: &str, name: &str, period: &str) -> String {
        format!(
            "ketenpartner `{partner}` ({name}) gaf geen pulse voor {period}, terwijl anderen dat wel deden"
        )
    }

    fn no_contribution(&self, partner: &str, name: &str) -> String {
        format!(
            "ketenpartner `{partner}` ({name}) heeft geen `contribution`: zeg wat de partner bijdraagt aan het gezamenlijke resultaat"
        )
    }

    fn idle_partner(&self, partner: &str, name: &str) -> String {
        format!("ketenpartner `{partner}` ({name}) heeft geen ketenstap, rol, doel of KPI")
    }

    fn goal_without_kpi(&self, goal: &str, name: &str) -> String {
        format!("doel `{goal}` ({name}) heeft geen KPI die het meet")
    }

    fn kpi_without_owner(&self, kpi: &str, name: &str) -> String {
        format!(
            "KPI `{kpi}` ({name}) heeft geen `owner`: noem de ketenpartner die ervoor verantwoordelijk is"
        )
    }

    fn kpi_without_target(&self, kpi: &str, name: &str) -> String {
        format!("KPI `{kpi}` ({name}) heeft geen `target`")
    }

    fn isolated_step(&self, step: &str, name: &str) -> String {
        format!("ketenstap `{step}` ({name}) heeft geen verbinding naar binnen of naar buiten")
    }

    fn duplicate_flow(&self, step: &str, to: &str, more: usize) -> String {
        {
            let again = match more {
                1 => "nog een keer".to_string(),
                n => format!("nog {n} keer"),
            };
            format!(
                "ketenstap `{step}` noemt `{to}` {again} in `next`; het wordt als één verbinding getekend: houd er één (het label kan alles noemen wat overgaat)"
            )
        }
    }

    fn unlabelled_handoff(
        &self,
        from: &str,
        from_partner: &str,
        to: &str,
        to_partner: &str,
    ) -> String {
        format!(
            "de overdracht van `{from}` ({from_partner}) naar `{to}` ({to_partner}) heeft geen label: zeg wat er wordt overgedragen"
        )
    }

    fn role_elsewhere(&self, step: &str, partner: &str, role: &str, role_partner: &str) -> String {
        format!(
            "ketenstap `{step}` hoort bij `{partner}`, maar de rol `{role}` hoort bij `{role_partner}`"
        )
    }

    fn and_more_steps(&self, first: &str, more: usize) -> String {
        format!(
            "{first} en nog {}",
            count(more, "ketenstap", "ketenstappen")
        )
    }

    fn cycle(&self, from: &str, to: &str, steps: &str) -> String {
        format!(
            "het proces loopt rond: `{from}` gaat terug naar `{to}` (ketenstappen {steps}); is dit bedoeld herstelwerk, zet dan `allow: [cycle]` bij een van die ketenstappen"
        )
    }

    fn phrase(&self, english: &str) -> String {
        if let Some(items) = english.strip_prefix("a list of ") {
            return self.list_of(&self.phrase(items));
        }
        match english {
            "nothing" => "niets",
            "a number" => "een getal",
            "true/false" => "true/false",
            "text" => "tekst",
            "a list" => "een lijst",
            "a map" => "een map",
            "an id" => "een id",
            "the top level" => "het hoogste niveau",
            "warning codes" => "waarschuwingscodes",
            "step ids or `{ to: step, label: … }`" => {
                "ids van ketenstappen of `{ to: stap, label: … }`"
            }
            "`{ period: …, value: … }`" => "`{ period: …, value: … }`",
            "`{ period: …, partner: …, trust: … }`" => {
                "`{ period: …, partner: …, trust: … }`"
            }
            "text or `{ name: … }`" => "tekst of `{ name: … }`",
            "a period like `2026-Q1`" => "een periode zoals `2026-Q1`",
            "`higher` or `lower`" => "`higher` of `lower`",
            "partners" => "ketenpartners",
            _ => english,
        }
        .to_string()
    }

    fn list_of(&self, items: &str) -> String {
        format!("een lijst van {items}")
    }

    fn entity(&self, noun: &str, id: &str) -> String {
        format!("{noun} `{id}`")
    }

    fn a_noun(&self, noun: &str) -> String {
        format!("een {noun}")
    }

    fn empty_file(&self) -> String {
        "het bestand is leeg; een model heeft minstens `keten: 1`, een `name` en `partners` nodig (`keten new BESTAND` schrijft een startmodel)".to_string()
    }

    fn top_not_map(&self, found: &str) -> String {
        format!(
            "het hoogste niveau moet een map van sleutels zijn (keten, name, partners, …), maar is {found}"
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
        format!("`{section}` moet een map van id → {noun} zijn, maar is {found}")
    }

    fn id_not_text(&self, noun: &str, found: &str) -> String {
        format!("het id van een {noun} moet tekst zijn, maar is {found}")
    }

    fn give_a_name(&self, id: &str) -> String {
        format!("; geef het minstens een `name` (`{id}: {{ name: … }}`)")
    }

    fn entity_not_map(&self, place: &str, found: &str, fix: &str) -> String {
        format!("{place} moet een map van velden zijn, maar is {found}{fix}")
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

    fn and(&self) -> String {
        "en".to_string()
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
            "lijsten en maps zijn hier meer dan {most} niveaus diep genest; een model heeft er vijf nodig"
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
        format!("`{key}` staat twee keer in deze map (eerst op regel {first}); houd er één")
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

    fn cannot_read(&self, path: &str, reason: &str) -> String {
        format!("{path}: kan niet lezen: {reason}")
    }

    fn is_directory_not_model(&self, path: &str) -> String {
        format!("{path}: is een map, geen modelbestand")
    }

    fn too_large(&self, path: &str, size: f64, most: usize) -> String {
        format!(
            "{path}: is {} MiB; keten leest modelbestanden van hoogstens {most} MiB",
            decimal(size)
        )
    }

    fn no_such_file(&self) -> String {
        "dat bestand bestaat niet".to_string()
    }

    fn permission_denied(&self) -> String {
        "geen toestemming".to_string()
    }

    fn not_text(&self) -> String {
        "het bestand is geen tekst".to_string()
    }

    fn disk_full(&self) -> String {
        "de schijf is vol".to_string()
    }

    fn read_only_system(&self) -> String {
        "het bestandssysteem is alleen-lezen".to_string()
    }

    fn read_only(&self) -> String {
        "het bestand is alleen-lezen".to_string()
    }

    fn hard_links(&self, names: usize) -> String {
        format!(
            "het bestand heeft {names} namen (harde links), en de andere zouden de oude inhoud houden"
        )
    }

    fn is_directory(&self) -> String {
        "is een map".to_string()
    }

    fn folder_refuses(&self, folder: &str, reason: &str) -> String {
        format!(
            "in de map {folder} kunnen geen nieuwe bestanden komen ({reason}); keten slaat op door een nieuw bestand naast het oude te schrijven"
        )
    }

    fn no_folder(&self, folder: &str) -> String {
        format!("de map {folder} bestaat niet")
    }

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

    fn cannot_write_output(&self, reason: &str) -> String {
        format!("kan de uitvoer niet schrijven: {reason}")
    }

    fn cannot_write(&self, path: &str, reason: &str) -> String {
        format!("{path}: kan niet schrijven: {reason}")
    }

    fn output_is_model(&self, model: &str) -> String {
        format!(
            "is het modelbestand zelf ({model}), en daar schrijven zou het model vervangen; kies een ander bestand voor -o"
        )
    }

    fn make_writable(&self) -> String {
        "; maak het schrijfbaar of kies een ander bestand".to_string()
    }

    fn remove_first(&self) -> String {
        "; verwijder het eerst of kies een ander bestand".to_string()
    }

    fn wrote(&self, path: &str) -> String {
        format!("{path} geschreven")
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

    fn merge_conflict(&self, end: usize, ours: &str, theirs: &str) -> String {
        format!(
            "een conflict uit een samenvoeging (tot regel {end}): onze kant {ours}, hun kant {theirs}; houd één kant en haal de markeringsregels weg"
        )
    }

    fn side_empty(&self) -> String {
        "is leeg".to_string()
    }

    fn side_has(&self, first: &str, more: usize) -> String {
        match more {
            0 => format!("heeft `{first}`"),
            1 => format!("heeft `{first}` en nog 1 regel"),
            n => format!("heeft `{first}` en nog {n} regels"),
        }
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

    fn cannot_read_file(&self, reason: &str) -> String {
        format!("kan het bestand niet lezen: {reason}")
    }

    fn not_reloaded(&self) -> String {
        "het bestand op schijf is niet te lezen als model; niet opnieuw geladen".to_string()
    }

    fn git_missing(&self) -> String {
        "git-sync: git is niet geïnstalleerd".to_string()
    }

    fn git_no_work_tree(&self) -> String {
        "git-sync: het bestand staat niet in een git-werkmap".to_string()
    }

    fn git_no_remote(&self) -> String {
        "git-sync: de werkmap heeft geen remote om van te pullen en naar te pushen".to_string()
    }

    fn git_edits_by(&self, file: &str, author: &str) -> String {
        format!("{file}: wijzigingen van {author}")
    }

    fn git_not_committed(&self, why: &str) -> String {
        format!("git-sync: niet gecommit: {why}")
    }

    fn git_pull_failed(&self, why: &str) -> String {
        format!(
            "git-sync: de pull mislukte ({why}); je wijzigingen zijn hier gecommit, synchroniseer opnieuw als de remote bereikbaar is"
        )
    }

    fn git_error(&self, error: &str) -> String {
        format!("git-sync: {error}")
    }

    fn git_synced(&self) -> String {
        "git-sync: gepulld en gepusht".to_string()
    }

    fn git_push_failed(&self, why: &str) -> String {
        format!("git-sync: gepulld, maar de push mislukte ({why}); synchroniseer later opnieuw")
    }

    fn starter_director_id(&self) -> String {
        "regie".to_string()
    }

    fn starter_step_id(&self) -> String {
        "vraag-verhelderen".to_string()
    }
}
