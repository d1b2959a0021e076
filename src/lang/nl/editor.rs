//! The editor's words in Dutch: screens, tables, forms, questions.

use super::Dutch;
use crate::lang::editor::Editor;
use crate::lang::{capital, count};

impl Editor for Dutch {
    messages! {
        fn tab_chain() { "Keten" }
        fn tab_partners() { "Ketenpartners" }
        fn tab_goals() { "Doelen & KPI's" }
        fn tab_roles() { "Rollen" }
        fn tab_phases() { "Fasen" }
        fn tab_overview() { "Overzicht" }
        fn tab_problems() { "Problemen" }
        fn tab_agreements() { "Afspraken" }
        fn tab_pulse() { "Puls" }
        fn too_small(width: usize, height: usize, columns: usize, rows: usize, then: &str) { format!("keten heeft een terminal van minstens {width}×{height} nodig; deze is {columns}×{rows}. {then}") }
        fn too_small_open() { "Maak hem groter om verder te gaan met wat open is." }
        fn too_small_quit() { "Maak hem groter, of druk q om te stoppen." }
        fn problem_counts(errors: usize, warnings: usize) { format!("{errors}F {warnings}W") }
        fn checking() { "controle…" }
        fn checking_problems() { "Het model wordt gecontroleerd… de problemen staan hier zodra de controle klaar is." }
        fn mode_following() { "[meekijken] " }
        fn mode_autosave() { "[autosave] " }
        fn col_partner() { "Ketenpartner" }
        fn col_kind() { "Soort" }
        fn col_contribution() { "Bijdrage" }
        fn col_interests() { "Belangen" }
        fn col_steps() { "Stappen" }
        fn col_roles() { "Rollen" }
        fn col_goal_kpi() { "Doel / KPI" }
        fn col_target() { "Streefwaarde" }
        fn col_latest() { "Laatste" }
        fn col_status() { "Status" }
        fn col_partners() { "Ketenpartners" }
        fn col_role() { "Rol" }
        fn col_description() { "Beschrijving" }
        fn col_phase() { "Fase" }
        fn col_finding() { "Bevinding" }
        fn col_message() { "Melding (Enter gaat erheen)" }
        fn col_agreement() { "Afspraak" }
        fn col_made_by() { "Gemaakt door" }
        fn col_agreed() { "Wat is afgesproken" }
        fn better_word(english: &str) { match english { "higher" => "hoger", "lower" => "lager", other => other }.to_string() }
        fn in_period(period: &str) { format!("in {period}") }
        fn client_question() { "Cliëntvraag" }
        fn ambition() { "Ambitie" }
        fn director() { "Ketenregisseur" }
        fn description() { "Beschrijving" }
        fn overview_counts(partners: usize, steps: usize, goals: usize, kpis: usize, roles: usize, phases: usize) { format!("{}, {}, {}, {}, {}, {}", count(partners, "ketenpartner", "ketenpartners"), count(steps, "stap", "stappen"), count(goals, "doel", "doelen"), count(kpis, "KPI", "KPI's"), count(roles, "rol", "rollen"), count(phases, "fase", "fasen")) }
        fn changes_by_others() { "Laatste wijzigingen van anderen (nieuwste eerst)" }
        fn no_problems() { "Geen problemen: het model komt door keten check." }
        fn no_steps() { "Nog geen ketenstappen." }
        fn panel_step() { "Ketenstap" }
        fn panel_id(id: &str) { format!("id: {id}") }
        fn panel_partner(name: &str) { format!("ketenpartner: {name}") }
        fn panel_role(name: &str) { format!("rol: {name}") }
        fn panel_phase(name: &str) { format!("fase: {name}") }
        fn panel_from() { "van" }
        fn panel_to() { "naar" }
        fn panel_kpis() { "Hier gemeten KPI's" }
        fn panel_latest(value: &str, period: &str) { format!("laatst {value} ({period})") }
        fn panel_not_measured() { "nog niet gemeten" }
        fn panel_target(value: &str) { format!(", streefwaarde {value}") }
        fn field_allow() { "Aanvaarde codes (,)" }
        fn field_name() { "Naam" }
        fn field_client_question() { "Cliëntvraag" }
        fn field_ambition() { "Ambitie" }
        fn field_description() { "Beschrijving" }
        fn field_director() { "Ketenregisseur" }
        fn field_id() { "Id" }
        fn field_kind() { "Soort" }
        fn field_contribution() { "Bijdrage" }
        fn field_interests() { "Belangen (met ;)" }
        fn field_safeguarded_by() { "Geborgd door (Spatie)" }
        fn field_contact() { "Contact" }
        fn field_partner() { "Ketenpartner" }
        fn field_partners() { "Ketenpartners (Spatie)" }
        fn field_goal() { "Doel" }
        fn field_owner() { "Eigenaar" }
        fn field_step() { "Gemeten bij stap" }
        fn field_unit() { "Eenheid" }
        fn field_target() { "Streefwaarde" }
        fn field_better() { "Beter als" }
        fn field_lane() { "Ketenpartner (baan)" }
        fn field_role() { "Rol" }
        fn field_phase() { "Fase" }
        fn field_notes() { "Notities" }
        fn field_period() { "Periode" }
        fn field_value() { "Waarde" }
        fn field_note() { "Notitie" }
        fn field_interest_note() { "Notitie bij dat belang" }
        fn not_a_warning_code(word: &str, codes: &str) { format!("`{word}` is geen waarschuwingscode; toegestaan zijn: {codes}") }
        fn give_a_name_first() { "geef het een naam" }
        fn choose_role_partner() { "kies de ketenpartner die de rol speelt" }
        fn target_not_a_number(text: &str) { format!("streefwaarde `{text}` is geen getal") }
        fn choose_lane_partner() { "kies de ketenpartner in wiens baan de stap staat" }
        fn measure_hint_change() { "Laat de waarde leeg om de meting te verwijderen." }
        fn measure_hint_new() { "De periode volgt die van de KPI (uur 12, uur 24 → uur 36; 2026-Q1 → 2026-Q2); wat je typt vervangt de voorgestelde." }
        fn kpi_gone(kpi: &str) { format!("de KPI `{kpi}` bestaat niet meer") }
        fn measurement_removed(period: &str) { format!("meting van {period} verwijderd") }
        fn measurement_changed(period: &str) { format!("meting van {period} gewijzigd") }
        fn measurement_added(period: &str) { format!("meting van {period} toegevoegd") }
        fn give_the_period() { "geef de periode: uur 12, week 9, 2026-03, 2026-Q1" }
        fn measurement_exists(period: &str) { format!("de KPI heeft al een meting van {period}: M wijzigt die") }
        fn value_not_a_number(text: &str) { format!("`{text}` is geen getal") }
        fn score_name(key: &str) { match key { "trust" => "Vertrouwen", "reciprocity" => "Wederkerigheid", "openness" => "Openheid", "appreciation" => "Waardering", "contribution" => "Bijdrage", "interests" => "Belangen", other => other } }
        fn score_hint(question: &str) { format!("{question} (1 = helemaal niet, 5 = helemaal)") }
        fn pulse_hint_period() { "Een periode en ketenpartner die al een invulling hebben, vullen het formulier daarmee." }
        fn give_the_pulse_period() { "geef de periode: 2026-Q1, 2026-H2, 2026" }
        fn add_a_partner_first() { "voeg eerst een ketenpartner toe (scherm 2, dan a)" }
        fn not_a_score(dimension: &str, text: &str) { format!("{dimension}: `{text}` is geen score: geef een heel getal van 1 tot 5, of laat het leeg") }
        fn no_step_selected() { "er is geen stap gekozen" }
        fn connect_to(from: &str) { format!("Verbind `{from}` met (typ om te filteren, Enter kiest)") }
        fn no_flow_leaves() { "er vertrekt geen verbinding uit deze stap" }
        fn remove_which_flow() { "Welke verbinding verwijderen?" }
        fn label_which_flow() { "Het label van welke verbinding?" }
        fn go_to_id() { "Naar id" }
        fn flow_found(label: &str, from: &str, to: &str) { format!("overdracht “{label}”: {from} → {to}") }
        fn no_flow_on() { "hier gaat geen verbinding verder" }
        fn no_flow_in() { "hier komt geen verbinding binnen" }
        fn follow_which(n: usize) { format!("{n} verbindingen vertrekken hier: welke volgen?") }
        fn follow_which_back(n: usize) { format!("{n} verbindingen komen hier binnen: welke terug volgen?") }
        fn label_new_flow(from: &str, to: &str) { format!("Label van de verbinding van `{from}` naar `{to}` (wat er wordt overgedragen; Enter voor geen; Ctrl-n: en meteen de volgende ketenstap erna):") }
        fn label_flow(from: &str, to: &str) { format!("Label van de verbinding van `{from}` naar `{to}`:") }
        fn flow_removed() { "verbinding verwijderd" }
        fn label_changed() { "label gewijzigd" }
        fn connected() { "verbonden" }
        fn ask_delete(what: &str) { format!("Wil je {what} verwijderen? (j/n)") }
        fn ask_delete_referred(what: &str, list: &str, more: &str, also: &str) { format!("Naar {what} verwijzen {list}{more}.{also} Toch verwijderen en die verwijzingen weghalen? (j/n)") }
        fn the_models_pulse() { "de puls van het model" }
        fn the_models_director() { "de ketenregisseur van het model" }
        fn and_more(n: usize) { format!(" en nog {n}") }
        fn also_deletes(list: &str) { format!(" Dat verwijdert ook {list}.") }
        fn deleted() { "verwijderd" }
        fn no_pulse_to_delete() { "geen puls om te verwijderen" }
        fn gave_no_pulse(name: &str, period: &str) { format!("{name} gaf geen puls in {period}") }
        fn ask_delete_pulse(name: &str, period: &str) { format!("De puls van {name} in {period} verwijderen? (j/n)") }
        fn pulse_deleted() { "puls verwijderd" }
        fn select_a_kpi_to_measure() { "kies een KPI (geen doel) om een meting toe te voegen" }
        fn select_a_kpi_to_change() { "kies een KPI (geen doel) om de metingen te wijzigen" }
        fn no_measurements_yet(kpi: &str) { format!("KPI `{kpi}` heeft nog geen metingen: m voegt er een toe") }
        fn measurements_of(kpi: &str) { format!("Metingen van KPI `{kpi}` (Enter wijzigt of verwijdert er een)") }
        fn saved_to(path: &str) { format!("opgeslagen in {path}; je bewerkt nu dat bestand") }
        fn not_saved(reason: &str) { format!("niet opgeslagen: {reason}") }
        fn exists_or_empty(path: &str) { format!("{path} bestaat al of is leeg") }
        fn moved_in_reading_order() { "verplaatst in de leesvolgorde (de volgorde van de stappen in het bestand)" }
        fn moved() { "verplaatst" }
        fn every_conflict_settled() { "elk conflict opgelost; s slaat het schone model op over het bestand" }
        fn not_done(reason: &str) { format!("niet gedaan: {reason}") }
        fn cancelled() { "geannuleerd" }
        fn reloaded() { "opnieuw gelezen van schijf" }
        fn save_to_another_file() { "Opslaan in een ander bestand:" }
        fn nothing_changed() { "niets gewijzigd" }
        fn changed() { "gewijzigd" }
        fn added() { "toegevoegd" }
        fn following_never_writes() { "meekijken: dit scherm schrijft nooit in het bestand" }
        fn following_only_shows() { "meekijken: dit scherm toont alleen het bestand (q stopt)" }
        fn saved(path: &str) { format!("{path} opgeslagen") }
        fn ask_changed_on_disk() { "Het bestand is op schijf veranderd sinds het werd geopend. j: overschrijven; r: opnieuw lezen en de wijzigingen hier laten vallen; w: in een ander bestand opslaan; n: annuleren" }
        fn ask_read_only(path: &str) { format!("{path} is alleen-lezen. j: toch overschrijven; w: in een ander bestand opslaan; n: annuleren") }
        fn ask_quit() { "Er zijn niet-opgeslagen wijzigingen. Stoppen zonder opslaan? (j/n; s slaat eerst op)" }
        fn follow_not_a_model() { "het bestand is nu geen leesbaar model; je ziet het laatste dat dat wel was" }
        fn disk_not_a_model() { "het bestand op schijf is nu geen leesbaar model; nog niets samengevoegd" }
        fn on_disk() { "op schijf" }
        fn and_more_changes(n: usize) { format!(" (en nog {n})") }
        fn conflicts_came_in(count: usize) { format!("een opslag op schijf en jouw wijzigingen raken {}: o houdt de jouwe, t neemt die van het bestand", if count == 1 { "hetzelfde" } else { "dezelfde dingen" }) }
        fn settled() { "opgelost" }
        fn settled_s_saves() { "opgelost; s slaat op" }
        fn autosave_on() { "automatisch opslaan aan: elke wijziging wordt opgeslagen" }
        fn autosave_off() { "automatisch opslaan uit" }
        fn sync_running() { "git-sync: loopt nog" }
        fn sync_started() { "git-sync: pullen en pushen…" }
        fn runs_right() { "naar rechts" }
        fn runs_down() { "naar beneden" }
        fn zoom_level(level: usize, levels: usize, name: &str, runs: &str) { format!("zoom {level}/{levels} {name}, {runs}") }
        fn zoom_name(english: &str) { match english { "detail" => "detail", "narrow" => "smal", "compact" => "compact", "overview" => "overzicht", other => other }.to_string() }
        fn ask_discard_form() { "De wijzigingen in dit formulier weggooien? (j/n)" }
        fn undone(what: &str) { format!("ongedaan: {what}") }
        fn redone(what: &str) { format!("opnieuw: {what}") }
        fn nothing_to_undo() { "niets om ongedaan te maken" }
        fn nothing_to_redo() { "niets om opnieuw te doen" }
        fn edit_added(what: &str) { format!("{what} toegevoegd") }
        fn edit_changed(what: &str) { format!("{what} gewijzigd") }
        fn edit_removed(what: &str) { format!("{what} verwijderd") }
        fn edit_moved(what: &str) { format!("{what} verplaatst") }
        fn edit_renamed(noun: &str, from: &str, to: &str) { format!("{noun} `{from}` hernoemd tot `{to}`") }
        fn edit_model_field(english: &str) { format!("{} van het model gewijzigd", match english { "name" => "naam", "description" => "beschrijving", "client question" => "cliëntvraag", "ambition" => "ambitie", other => other }) }
        fn edit_director() { "ketenregisseur gewijzigd" }
        fn edit_allow() { "geaccepteerde waarschuwingen gewijzigd" }
        fn edit_pulse() { "puls gewijzigd" }
        fn edit_model() { "model gewijzigd" }
        fn edit_changes(n: usize) { count(n, "wijziging", "wijzigingen") }
        fn help_title_scroll() { "Toetsen (↓↑ scrollen, elke andere toets sluit)" }
        fn help_title() { "Toetsen (elke toets sluit)" }
        fn form_keys() { ", Esc annuleert, Tab volgend veld" }
        fn form_keys_lines() { ", Alt-Enter nieuwe regel, Esc annuleert" }
        fn form_model(keys: &str) { format!("Het model — Enter slaat op{keys}") }
        fn form_edit(noun: &str, id: &str, keys: &str) { format!("{} `{id}` wijzigen — Enter slaat op{keys}", capital(noun)) }
        fn form_new(noun: &str, keys: &str) { format!("{} toevoegen — Enter voegt toe, Ctrl-n en de volgende{keys}", capital(noun)) }
        fn checklist_keys(first: usize, last: usize, all: usize) { format!("Spatie vinkt aan op volgorde, Enter klaar, Esc terug · {first}–{last} van {all}") }
        fn pulse_form_title(name: &str, period: &str) { format!("Puls van {name} in {period} — Enter slaat op, Esc annuleert") }
        fn pulse_form_new() { "Nieuwe puls — Enter voegt toe, Esc annuleert, Tab volgend veld" }
        fn measure_form_title(kpi: &str) { format!("Meting van `{kpi}` — Enter slaat op, Esc annuleert, Tab verder") }
        fn measure_form_new(kpi: &str) { format!("Nieuwe meting van `{kpi}` — Enter voegt toe, Ctrl-n en de volgende, Esc annuleert") }
        fn nothing_matches() { "(niets gevonden)" }
        fn new_choice(name: &str) { format!("“{name}” (nieuw)") }
        fn no_pulse_yet() { "Nog geen puls: elke ketenpartner scoort de samenwerking per periode; a vult de eerste in een formulier in." }
        fn change_since(period: &str) { format!(", verschil met {period}") }
        fn not_given() { "niet ingevuld" }
        fn average() { "Gemiddeld" }
        fn averages_over_time(first: &str, latest: &str, periods: usize) { format!("De gemiddelden door de tijd, {first} tot {latest} ({})", count(periods, "periode", "perioden")) }
        fn guards_no_interests() { "— (noem eerst hierboven de belangen)" }
        fn guards_count(n: usize) { match n { 0 => "niets borgt het".to_string(), n => count(n, "afspraak", "afspraken") } }
        fn guards_keys() { "← → het belang, Spatie: vink de afspraken aan." }
        fn guards_none(name: &str, keys: &str) { format!("Niets borgt “{name}”. {keys}") }
        fn guards_by(name: &str, agreements: &str, keys: &str) { format!("“{name}” is geborgd door: {agreements}. {keys}") }
        fn guards_name_first() { "noem eerst de belangen (met ; ertussen)" }
        fn guards_no_agreements() { "het model heeft nog geen afspraken: voeg ze toe op scherm 8" }
        fn guards_title(name: &str) { format!("Afspraken die “{name}” borgen") }
        fn settle_title(conflicts: usize, settled: usize, then: &str) { format!("{} uit een samenvoeging, {settled} opgelost; {then}", count(conflicts, "conflict", "conflicten")) }
        fn settle_live() { "een andere bewerker sloeg een wijziging op van wat jij wijzigde: los elk op, dan wordt het opgeslagen" }
        fn settle_to_open() { "los elk op om het model te openen" }
        fn not_settled() { "open" }
        fn ours() { "de onze" }
        fn theirs() { "de hunne" }
        fn both() { "beide" }
        fn settle_line(line: usize) { format!("regel {line}") }
        fn settle_ours() { "onze:" }
        fn settle_theirs() { "hunne:" }
        fn settle_side(n: usize, count: usize, line: usize, place: &str) { format!("conflict {n} van {count}, regel {line}, {place}") }
        fn side_yours() { "De jouwe (o)" }
        fn side_the_files() { "Die van het bestand, opgeslagen door een andere bewerker (t)" }
        fn side_ours() { "De onze (o)" }
        fn side_theirs() { "De hunne (t)" }
        fn both_can() { "b: beide, eerst de onze dan de hunne (ze kunnen naast elkaar bestaan)" }
        fn both_cannot() { "beide kunnen hier niet samen: kies er een" }
        fn settle_edit() { "wijzigen" }
        fn settle_next() { "volgende" }
        fn settle_before() { "vorige" }
        fn settle_leave() { "weggaan" }
        fn settle_keys() { "toetsen" }
        fn ask_leave_settling(open: usize, conflicts: usize) { format!("Weggaan? {open} van {} niet opgelost; het bestand blijft zoals het is, met de markeringen. (j/n)", count(conflicts, "conflict", "conflicten")) }
        fn side_empty_here() { "(niets: deze kant heeft hier geen regels)" }
        fn taken() { "gekozen" }
        fn nothing_here() { "(niets)" }
        fn settle_first() { "los eerst elk conflict op: o houdt de jouwe, t neemt die van het bestand; tot dan wordt niets opgeslagen" }
        fn both_sides_cannot() { "beide kanten kunnen hier niet samen (één veld, één waarde): neem de onze (o) of de hunne (t)" }
        fn settled_invalid(first: &str) { format!("zo opgelost is het bestand geen geldig model ({first}); los een conflict anders op") }
        fn terminal_unusable(reason: &str) { format!("kan deze terminal niet gebruiken: {reason}") }
        fn terminal_failed(reason: &str) { format!("de terminal liet het afweten: {reason}") }
        fn recovered(path: &str) { format!("keten stopte door een fout; je niet-opgeslagen model staat in {path}") }
    }
}
