//! The editor's words in Dutch: screens, tables, forms, questions.

use super::Dutch;
use crate::lang::count;
use crate::lang::editor::Editor;

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
        fn field_allow() { "Geaccepteerde waarschuwingen (, ertussen)" }
        fn field_name() { "Naam" }
        fn field_client_question() { "Cliëntvraag" }
        fn field_ambition() { "Ambitie" }
        fn field_description() { "Beschrijving" }
        fn field_director() { "Ketenregisseur" }
        fn field_id() { "Id" }
        fn field_kind() { "Soort" }
        fn field_contribution() { "Bijdrage" }
        fn field_interests() { "Belangen (; ertussen)" }
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
        fn not_a_warning_code(word: &str, codes: &str) { format!("`{word}` is geen waarschuwingscode; toegestaan zijn: {codes}") }
        fn give_a_name_first() { "geef het een naam" }
        fn choose_role_partner() { "kies de ketenpartner die de rol speelt" }
        fn target_not_a_number(text: &str) { format!("streefwaarde `{text}` is geen getal") }
        fn choose_lane_partner() { "kies de ketenpartner in wiens baan de stap staat" }
        fn measure_hint_change() { "Laat de waarde leeg om de meting te verwijderen." }
        fn measure_hint_new() { "De periode volgt die van de KPI (uur 12, uur 24 → uur 36; 2026-Q1 → 2026-Q2)." }
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
    }
}
