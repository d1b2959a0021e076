//! What the editor's keys do, in English (also the README's key table).

use super::English;
use crate::lang::editor::Keys;

impl Keys for English {
    messages! {
        fn key_help_short() { "help" }
        fn key_help() { "show or hide this help" }
        fn key_quit_short() { "quit" }
        fn key_quit() { "quit (asks when there are unsaved changes)" }
        fn key_save_short() { "save" }
        fn key_save() { "save the model to its file" }
        fn key_undo_short() { "undo" }
        fn key_undo() { "undo the last change" }
        fn key_redo_short() { "redo" }
        fn key_redo() { "redo what was undone" }
        fn key_next_screen() { "next screen" }
        fn key_previous_screen() { "previous screen" }
        fn key_chain_short() { "chain" }
        fn key_chain() { "the chain" }
        fn key_partners_short() { "partners" }
        fn key_partners() { "partners" }
        fn key_goals_short() { "KPIs" }
        fn key_goals() { "goals and KPIs" }
        fn key_roles() { "roles" }
        fn key_phases() { "phases" }
        fn key_overview() { "overview" }
        fn key_problems_short() { "problems" }
        fn key_problems() { "problems found by the check" }
        fn key_agreements() { "agreements" }
        fn key_pulse_short() { "pulse" }
        fn key_pulse() { "the collaboration pulse" }
        fn key_left_short() { "left" }
        fn key_left() { "the step to the left" }
        fn key_right_short() { "right" }
        fn key_right() { "the step to the right" }
        fn key_up_short() { "up" }
        fn key_up() { "the step above; the row above in tables" }
        fn key_down_short() { "down" }
        fn key_down() { "the step below; the row below in tables" }
        fn key_follow_short() { "follow" }
        fn key_follow() { "follow a flow forward (a list where several leave)" }
        fn key_back_short() { "back" }
        fn key_back() { "follow a flow back" }
        fn key_go_to_short() { "go to" }
        fn key_jump() { "go to what the problem is about" }
        fn key_delete_short() { "delete" }
        fn key_delete() { "delete (says what refers to it first)" }
        fn key_measure_short() { "measure" }
        fn key_measure() { "add a measurement: period (next proposed), value, note" }
        fn key_measurements_short() { "measurements" }
        fn key_measurements() { "change or remove a measurement of the KPI" }
        fn key_move_up_short() { "move up" }
        fn key_move_up() { "move up (lanes, phases, steps)" }
        fn key_move_down_short() { "move down" }
        fn key_move_down() { "move down" }
        fn key_add_short() { "add" }
        fn key_add() { "add a partner, KPI, role, phase, agreement, pulse; a step after this one, connected from it" }
        fn key_add_next_short() { "add, next phase" }
        fn key_add_next() { "add a step after this one, connected from it, in the phase after its own" }
        fn key_add_goal_short() { "add goal" }
        fn key_add_goal() { "add a goal" }
        fn key_edit_short() { "edit" }
        fn key_edit() { "edit what is selected (name, id, references…)" }
        fn key_enter_pulse_short() { "enter pulse" }
        fn key_enter_pulse() { "a partner's pulse in one form: six scores, a note" }
        fn key_connect_short() { "connect" }
        fn key_connect() { "connect the step to another: pick the target, then a label" }
        fn key_unlink_short() { "unlink" }
        fn key_unlink() { "remove a flow of the step" }
        fn key_label_short() { "label" }
        fn key_label() { "change the label of a flow of the step" }
        fn key_search_short() { "search" }
        fn key_search() { "search names, ids, descriptions, contributions, notes and flow labels" }
        fn key_goto() { "go to an id (its name and kind beside it)" }
        fn key_present_short() { "present" }
        fn key_present() { "presentation mode: the whole chain where it fits the screen, with the client question" }
        fn key_zoom_out_short() { "zoom out" }
        fn key_zoom_out() { "zoom out: smaller boxes, down to an overview of one-line boxes" }
        fn key_zoom_in_short() { "zoom in" }
        fn key_zoom_in() { "zoom in: back towards the detail" }
        fn key_turn_short() { "turn" }
        fn key_turn() { "turn the chain: running right, or running down with the lanes as columns" }
        fn key_autosave_short() { "autosave" }
        fn key_autosave() { "autosave on or off: save after every change (others' saves merge in)" }
        fn key_sync_short() { "git sync" }
        fn key_sync() { "save, commit, git pull (the keten merge driver merges) and push" }
        fn key_yes() { "yes: do what is asked (delete, quit without saving, overwrite)" }
        fn key_no() { "no: cancel" }
        fn key_save_first() { "save first, then quit (when quitting)" }
        fn key_reload() { "read the file again, dropping the changes made here (when it changed on disk)" }
        fn key_save_elsewhere() { "save to another file (when the file changed on disk or is read-only)" }
        fn key_these_keys() { "these keys" }
        fn key_done() { "done" }
        fn key_cancel() { "cancel" }
        fn key_choose() { "choose the selected one" }
        fn key_the_one_above() { "the one above" }
        fn key_the_one_below() { "the one below" }
        fn key_below_by_letters() { "the one below (letters typed: the first that matches them)" }
        fn key_form_submit() { "save (or add)" }
        fn key_form_submit_next() { "add, and the form of the next one at once (one after another: a step after it, the next measurement)" }
        fn key_done_next_step() { "done; on the label of a step just added: and the next step after it" }
        fn key_next_field() { "next field" }
        fn key_previous_field() { "previous field" }
        fn key_choice_next() { "a choice: the next one" }
        fn key_choice_before() { "a choice: the one before" }
        fn key_form_space() { "a choice: the next one; a list with boxes: tick or untick (← → move along it)" }
        fn key_tick() { "tick or untick: the ticked ones keep the order they were ticked in" }
        fn key_ten_down() { "ten down" }
        fn key_ten_up() { "ten up" }
        fn key_back_to_form() { "done: back to the form" }
        fn key_form_unchanged() { "back to the form, nothing changed" }
        fn key_take_ours() { "take ours: this side of the merge (what the file's branch had)" }
        fn key_take_theirs() { "take theirs: the side merged in" }
        fn key_take_both() { "take both, ours first (only where both make a model: two entities, two items)" }
        fn key_take_edit() { "take ours, then edit it in its form (a value of your own)" }
        fn key_next_conflict() { "the next conflict" }
        fn key_conflict_before() { "the conflict before" }
        fn key_leave() { "leave without saving (asks; the file stays as it is)" }
        fn key_cursor_left() { "the cursor one left" }
        fn key_cursor_right() { "the cursor one right" }
        fn key_word_left() { "the cursor a word left" }
        fn key_word_right() { "the cursor a word right" }
        fn key_home() { "the cursor to the start (of its line)" }
        fn key_end() { "the cursor to the end (of its line)" }
        fn key_backspace() { "delete before the cursor" }
        fn key_delete_after() { "delete after the cursor" }
        fn key_delete_word() { "delete the word before the cursor" }
        fn key_clear() { "clear the text" }
        fn key_new_line() { "a new line, in a field of several lines (descriptions, notes, the client question)" }
        fn key_scroll_down() { "scroll down" }
        fn key_scroll_up() { "scroll up" }
        fn key_page_down() { "a page down" }
        fn key_page_up() { "a page up" }
        fn layer_help() { "In the help" }
        fn layer_confirm() { "In a question" }
        fn layer_prompt() { "In a line to type (a value, a label, a file name)" }
        fn layer_pick() { "In a list to choose from" }
        fn layer_form() { "In a form" }
        fn layer_checklist() { "In a list with boxes (the agreements that safeguard an interest)" }
        fn layer_settle() { "Settling the conflicts of a merge (a file with conflict markers)" }
        fn layer_text() { "While typing (forms, lines, list filters)" }
    }
}
