//! What the editor's keys do, in Dutch.

use super::Dutch;
use crate::lang::editor::Keys;

impl Keys for Dutch {
    messages! {
        fn key_help_short() { "hulp" }
        fn key_help() { "deze hulp tonen of verbergen" }
        fn key_quit_short() { "stop" }
        fn key_quit() { "stoppen (vraagt het bij niet-opgeslagen wijzigingen)" }
        fn key_save_short() { "opslaan" }
        fn key_save() { "het model in zijn bestand opslaan" }
        fn key_undo_short() { "ongedaan" }
        fn key_undo() { "de laatste wijziging ongedaan maken" }
        fn key_redo_short() { "opnieuw" }
        fn key_redo() { "opnieuw doen wat ongedaan is gemaakt" }
        fn key_next_screen() { "volgend scherm" }
        fn key_previous_screen() { "vorig scherm" }
        fn key_chain_short() { "keten" }
        fn key_chain() { "de keten" }
        fn key_partners_short() { "partners" }
        fn key_partners() { "ketenpartners" }
        fn key_goals_short() { "KPI's" }
        fn key_goals() { "doelen en KPI's" }
        fn key_roles() { "rollen" }
        fn key_phases() { "fasen" }
        fn key_overview() { "overzicht" }
        fn key_problems_short() { "problemen" }
        fn key_problems() { "problemen die de controle vindt" }
        fn key_agreements() { "afspraken" }
        fn key_pulse_short() { "puls" }
        fn key_pulse() { "de samenwerkingspuls" }
        fn key_left_short() { "links" }
        fn key_left() { "de stap links" }
        fn key_right_short() { "rechts" }
        fn key_right() { "de stap rechts" }
        fn key_up_short() { "omhoog" }
        fn key_up() { "de stap erboven; in tabellen de rij erboven" }
        fn key_down_short() { "omlaag" }
        fn key_down() { "de stap eronder; in tabellen de rij eronder" }
        fn key_follow_short() { "volg" }
        fn key_follow() { "vooruit langs een verbinding (kiezen waar er meer zijn)" }
        fn key_back_short() { "terug" }
        fn key_back() { "een verbinding terug volgen" }
        fn key_go_to_short() { "ga naar" }
        fn key_jump() { "naar waar het probleem over gaat" }
        fn key_delete_short() { "wis" }
        fn key_delete() { "verwijderen (zegt eerst wat ernaar verwijst)" }
        fn key_measure_short() { "meet" }
        fn key_measure() { "meting erbij: periode (voorgesteld), waarde, notitie" }
        fn key_measurements_short() { "metingen" }
        fn key_measurements() { "een meting van de KPI wijzigen of verwijderen" }
        fn key_move_up_short() { "hoger" }
        fn key_move_up() { "hoger zetten (banen, fasen, stappen)" }
        fn key_move_down_short() { "lager" }
        fn key_move_down() { "lager zetten" }
        fn key_add_short() { "nieuw" }
        fn key_add() { "nieuw: ketenpartner, KPI, rol, fase, afspraak, puls; een ketenstap na deze, ermee verbonden" }
        fn key_add_next_short() { "nieuw, volgende fase" }
        fn key_add_next() { "een ketenstap na deze toevoegen, ermee verbonden, in de fase na de zijne" }
        fn key_add_goal_short() { "nieuw doel" }
        fn key_add_goal() { "een doel toevoegen" }
        fn key_edit_short() { "wijzig" }
        fn key_edit() { "wijzigen wat gekozen is (naam, id, verwijzingen…)" }
        fn key_enter_pulse_short() { "puls" }
        fn key_enter_pulse() { "puls van een ketenpartner: zes scores, een notitie" }
        fn key_connect_short() { "verbind" }
        fn key_connect() { "de stap verbinden: kies de volgende stap, dan het label" }
        fn key_unlink_short() { "ontkoppel" }
        fn key_unlink() { "een verbinding van de stap verwijderen" }
        fn key_label_short() { "label" }
        fn key_label() { "het label van een verbinding van de stap wijzigen" }
        fn key_search_short() { "zoek" }
        fn key_search() { "namen, id's, beschrijvingen, bijdragen, notities en labels van overdrachten doorzoeken" }
        fn key_goto() { "naar een id gaan (naam en soort ernaast)" }
        fn key_present_short() { "presenteer" }
        fn key_present() { "presentatiemodus: de hele keten passend op het scherm, met de cliëntvraag" }
        fn key_zoom_out_short() { "uitzoomen" }
        fn key_zoom_out() { "uitzoomen: kleinere vakken, tot een overzicht van vakken van één regel" }
        fn key_zoom_in_short() { "inzoomen" }
        fn key_zoom_in() { "inzoomen: terug naar het detail" }
        fn key_turn_short() { "draai" }
        fn key_turn() { "de keten draaien: naar rechts, of naar beneden met de banen als kolommen" }
        fn key_autosave_short() { "autosave" }
        fn key_autosave() { "automatisch opslaan aan of uit: na elke wijziging (wat anderen opslaan wordt samengevoegd)" }
        fn key_sync_short() { "git-sync" }
        fn key_sync() { "opslaan, committen, git pull (de merge driver van keten voegt samen) en pushen" }
        fn key_yes() { "ja: doen wat gevraagd wordt (verwijderen, stoppen zonder opslaan, overschrijven)" }
        fn key_no() { "nee: annuleren" }
        fn key_save_first() { "eerst opslaan, dan stoppen (bij het stoppen)" }
        fn key_reload() { "het bestand opnieuw lezen; de wijzigingen hier vervallen (als het op schijf veranderde)" }
        fn key_save_elsewhere() { "in een ander bestand opslaan (als het bestand op schijf veranderde of alleen-lezen is)" }
        fn key_these_keys() { "deze toetsen" }
        fn key_done() { "klaar" }
        fn key_cancel() { "annuleren" }
        fn key_choose() { "de geselecteerde kiezen" }
        fn key_the_one_above() { "die erboven" }
        fn key_the_one_below() { "die eronder" }
        fn key_below_by_letters() { "die eronder (getypte letters: de eerste die erbij past)" }
        fn key_form_submit() { "opslaan (of toevoegen)" }
        fn key_form_submit_next() { "toevoegen, en meteen het formulier van de volgende (na elkaar: een ketenstap erna, de volgende meting)" }
        fn key_done_next_step() { "klaar; bij het label van een net toegevoegde ketenstap: en meteen de volgende ketenstap erna" }
        fn key_next_field() { "volgend veld" }
        fn key_previous_field() { "vorig veld" }
        fn key_choice_next() { "een keuze: de volgende" }
        fn key_choice_before() { "een keuze: de vorige" }
        fn key_form_space() { "een keuze: de volgende; een lijst met vakjes: aan- of uitvinken (← → erlangs)" }
        fn key_tick() { "aan- of uitvinken: de aangevinkte houden de volgorde waarin ze zijn aangevinkt" }
        fn key_ten_down() { "tien omlaag" }
        fn key_ten_up() { "tien omhoog" }
        fn key_back_to_form() { "klaar: terug naar het formulier" }
        fn key_form_unchanged() { "terug naar het formulier, niets gewijzigd" }
        fn key_take_ours() { "de onze nemen: deze kant van de samenvoeging (wat de branch van het bestand had)" }
        fn key_take_theirs() { "de hunne nemen: de kant die is binnengekomen" }
        fn key_take_both() { "beide nemen, de onze eerst (alleen waar beide samen een model vormen: twee entiteiten, twee items)" }
        fn key_take_edit() { "de onze nemen, dan in het formulier wijzigen" }
        fn key_next_conflict() { "het volgende conflict" }
        fn key_conflict_before() { "het vorige conflict" }
        fn key_leave() { "weggaan zonder opslaan (vraagt eerst; bestand blijft zo)" }
        fn key_cursor_left() { "de cursor één naar links" }
        fn key_cursor_right() { "de cursor één naar rechts" }
        fn key_word_left() { "de cursor een woord naar links" }
        fn key_word_right() { "de cursor een woord naar rechts" }
        fn key_home() { "de cursor naar het begin (van de regel)" }
        fn key_end() { "de cursor naar het eind (van de regel)" }
        fn key_backspace() { "wissen vóór de cursor" }
        fn key_delete_after() { "wissen na de cursor" }
        fn key_delete_word() { "het woord vóór de cursor wissen" }
        fn key_clear() { "de tekst leegmaken" }
        fn key_new_line() { "een nieuwe regel, in een veld van meer regels (beschrijvingen, notities, de cliëntvraag)" }
        fn key_scroll_down() { "omlaag scrollen" }
        fn key_scroll_up() { "omhoog scrollen" }
        fn key_page_down() { "een pagina omlaag" }
        fn key_page_up() { "een pagina omhoog" }
        fn layer_help() { "In de hulp" }
        fn layer_confirm() { "Bij een vraag" }
        fn layer_prompt() { "In een invulregel (een waarde, een label, een bestandsnaam)" }
        fn layer_pick() { "In een keuzelijst" }
        fn layer_form() { "In een formulier" }
        fn layer_checklist() { "In een lijst met vakjes (de afspraken die een belang borgen)" }
        fn layer_settle() { "Bij het oplossen van de conflicten van een samenvoeging (een bestand met conflictmarkeringen)" }
        fn layer_text() { "Tijdens het typen (formulieren, invulregels, lijstfilters)" }
    }
}
