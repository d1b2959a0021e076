//! The keys of each dialog and of a line of text being typed: a table per
//! layer of the keymap, with what each key does from the catalogue.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{ALT, Answer, Binding, CTRL, DialogAction, NONE, SHIFT};
use crate::lang::t;
use crate::merge::conflict::Side;

/// A dialog key: the short and help texts are the same for these.
const fn key<A>(
    keys: &'static [(KeyCode, KeyModifiers)],
    action: A,
    help: fn() -> String,
) -> Binding<A> {
    Binding {
        keys,
        label: "",
        action,
        short: help,
        help,
        screens: None,
    }
}

const F1: (KeyCode, KeyModifiers) = (KeyCode::F(1), NONE);
const ESC: (KeyCode, KeyModifiers) = (KeyCode::Esc, NONE);
const ENTER: (KeyCode, KeyModifiers) = (KeyCode::Enter, NONE);
const CTRL_N: (KeyCode, KeyModifiers) = (KeyCode::Char('n'), CTRL);

/// The keys of a question.
pub const CONFIRM_KEYS: &[Binding<DialogAction>] = &[
    key(
        &[(KeyCode::Char('y'), NONE), (KeyCode::Char('Y'), SHIFT)],
        DialogAction::Answer(Answer::Yes),
        t::key_yes,
    ),
    key(
        &[(KeyCode::Char('n'), NONE), (KeyCode::Char('N'), SHIFT), ESC],
        DialogAction::Answer(Answer::No),
        t::key_no,
    ),
    key(
        &[(KeyCode::Char('s'), NONE)],
        DialogAction::Answer(Answer::SaveFirst),
        t::key_save_first,
    ),
    key(
        &[(KeyCode::Char('r'), NONE), (KeyCode::Char('R'), SHIFT)],
        DialogAction::Answer(Answer::Reload),
        t::key_reload,
    ),
    key(
        &[(KeyCode::Char('w'), NONE), (KeyCode::Char('W'), SHIFT)],
        DialogAction::Answer(Answer::SaveElsewhere),
        t::key_save_elsewhere,
    ),
    key(
        &[F1, (KeyCode::Char('?'), NONE)],
        DialogAction::Help,
        t::key_these_keys,
    ),
];

/// The keys of a line to type.
pub const PROMPT_KEYS: &[Binding<DialogAction>] = &[
    key(&[ENTER], DialogAction::Submit, t::key_done),
    key(&[CTRL_N], DialogAction::SubmitNext, t::key_done_next_step),
    key(&[ESC], DialogAction::Cancel, t::key_cancel),
    key(&[F1], DialogAction::Help, t::key_these_keys),
];

/// The keys of a list to choose from (typing narrows it).
pub const PICK_KEYS: &[Binding<DialogAction>] = &[
    key(&[ENTER], DialogAction::Submit, t::key_choose),
    key(&[ESC], DialogAction::Cancel, t::key_cancel),
    key(
        &[(KeyCode::Up, NONE)],
        DialogAction::Choose(false),
        t::key_the_one_above,
    ),
    key(
        &[(KeyCode::Down, NONE)],
        DialogAction::Choose(true),
        t::key_the_one_below,
    ),
    key(&[F1], DialogAction::Help, t::key_these_keys),
];

/// The keys of a form.
pub const FORM_KEYS: &[Binding<DialogAction>] = &[
    key(&[ENTER], DialogAction::Submit, t::key_form_submit),
    key(&[CTRL_N], DialogAction::SubmitNext, t::key_form_submit_next),
    key(&[ESC], DialogAction::Cancel, t::key_cancel),
    key(
        &[(KeyCode::Tab, NONE), (KeyCode::Down, NONE)],
        DialogAction::NextField,
        t::key_next_field,
    ),
    key(
        &[
            (KeyCode::BackTab, SHIFT),
            (KeyCode::BackTab, NONE),
            (KeyCode::Up, NONE),
        ],
        DialogAction::PreviousField,
        t::key_previous_field,
    ),
    key(
        &[(KeyCode::Right, NONE)],
        DialogAction::Choose(true),
        t::key_choice_next,
    ),
    key(
        &[(KeyCode::Left, NONE)],
        DialogAction::Choose(false),
        t::key_choice_before,
    ),
    key(
        &[(KeyCode::Char(' '), NONE)],
        DialogAction::Toggle,
        t::key_form_space,
    ),
    key(&[F1], DialogAction::Help, t::key_these_keys),
];

/// The keys of a list with boxes, opened from a form.
pub const CHECKLIST_KEYS: &[Binding<DialogAction>] = &[
    key(
        &[(KeyCode::Char(' '), NONE)],
        DialogAction::Toggle,
        t::key_tick,
    ),
    key(
        &[(KeyCode::Down, NONE)],
        DialogAction::Choose(true),
        t::key_below_by_letters,
    ),
    key(
        &[(KeyCode::Up, NONE)],
        DialogAction::Choose(false),
        t::key_the_one_above,
    ),
    key(
        &[(KeyCode::PageDown, NONE)],
        DialogAction::ScrollPage(true),
        t::key_ten_down,
    ),
    key(
        &[(KeyCode::PageUp, NONE)],
        DialogAction::ScrollPage(false),
        t::key_ten_up,
    ),
    key(&[ENTER], DialogAction::Submit, t::key_back_to_form),
    key(&[ESC], DialogAction::Cancel, t::key_form_unchanged),
    key(&[F1], DialogAction::Help, t::key_these_keys),
];

/// The keys of settling a merge's conflicts, one by one.
pub const SETTLE_KEYS: &[Binding<DialogAction>] = &[
    key(
        &[(KeyCode::Char('o'), NONE)],
        DialogAction::Take(Side::Ours),
        t::key_take_ours,
    ),
    key(
        &[(KeyCode::Char('t'), NONE)],
        DialogAction::Take(Side::Theirs),
        t::key_take_theirs,
    ),
    key(
        &[(KeyCode::Char('b'), NONE)],
        DialogAction::Take(Side::Both),
        t::key_take_both,
    ),
    key(
        &[(KeyCode::Char('e'), NONE)],
        DialogAction::Submit,
        t::key_take_edit,
    ),
    key(
        &[
            (KeyCode::Down, NONE),
            (KeyCode::Char('j'), NONE),
            (KeyCode::Tab, NONE),
        ],
        DialogAction::Choose(true),
        t::key_next_conflict,
    ),
    key(
        &[
            (KeyCode::Up, NONE),
            (KeyCode::Char('k'), NONE),
            (KeyCode::BackTab, SHIFT),
            (KeyCode::BackTab, NONE),
        ],
        DialogAction::Choose(false),
        t::key_conflict_before,
    ),
    key(
        &[(KeyCode::Char('q'), NONE), ESC],
        DialogAction::Cancel,
        t::key_leave,
    ),
    key(
        &[F1, (KeyCode::Char('?'), NONE)],
        DialogAction::Help,
        t::key_these_keys,
    ),
];

/// The keys of a line of text being typed; other keys type.
pub const TEXT_KEYS: &[Binding<DialogAction>] = &[
    key(
        &[(KeyCode::Left, NONE)],
        DialogAction::CursorLeft,
        t::key_cursor_left,
    ),
    key(
        &[(KeyCode::Right, NONE)],
        DialogAction::CursorRight,
        t::key_cursor_right,
    ),
    key(
        &[
            (KeyCode::Left, CTRL),
            (KeyCode::Left, ALT),
            (KeyCode::Char('b'), ALT),
        ],
        DialogAction::WordLeft,
        t::key_word_left,
    ),
    key(
        &[
            (KeyCode::Right, CTRL),
            (KeyCode::Right, ALT),
            (KeyCode::Char('f'), ALT),
        ],
        DialogAction::WordRight,
        t::key_word_right,
    ),
    key(
        &[(KeyCode::Home, NONE), (KeyCode::Char('a'), CTRL)],
        DialogAction::Home,
        t::key_home,
    ),
    key(
        &[(KeyCode::End, NONE), (KeyCode::Char('e'), CTRL)],
        DialogAction::End,
        t::key_end,
    ),
    key(
        &[(KeyCode::Backspace, NONE)],
        DialogAction::Backspace,
        t::key_backspace,
    ),
    key(
        &[(KeyCode::Delete, NONE)],
        DialogAction::Delete,
        t::key_delete_after,
    ),
    key(
        &[
            (KeyCode::Char('w'), CTRL),
            (KeyCode::Backspace, ALT),
            (KeyCode::Backspace, CTRL),
        ],
        DialogAction::DeleteWord,
        t::key_delete_word,
    ),
    key(
        &[(KeyCode::Char('u'), CTRL)],
        DialogAction::Clear,
        t::key_clear,
    ),
    key(
        &[(KeyCode::Enter, ALT), (KeyCode::Char('j'), CTRL)],
        DialogAction::NewLine,
        t::key_new_line,
    ),
];

/// The keys of the help.
pub const HELP_KEYS: &[Binding<DialogAction>] = &[
    key(
        &[(KeyCode::Down, NONE), (KeyCode::Char('j'), NONE)],
        DialogAction::Scroll(true),
        t::key_scroll_down,
    ),
    key(
        &[(KeyCode::Up, NONE), (KeyCode::Char('k'), NONE)],
        DialogAction::Scroll(false),
        t::key_scroll_up,
    ),
    key(
        &[(KeyCode::PageDown, NONE)],
        DialogAction::ScrollPage(true),
        t::key_page_down,
    ),
    key(
        &[(KeyCode::PageUp, NONE)],
        DialogAction::ScrollPage(false),
        t::key_page_up,
    ),
];
