//! Every key of the TUI in tables, one per layer: the screens' keys, then
//! the keys of each dialog and of a line of text being typed. The help
//! overlay (for what is open), the status-line hints and the README's key
//! tables all come from here.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::screen::Screen;
use crate::lang::{self, Lang, t};
use crate::merge::conflict::Side;

mod layers;
pub use layers::{
    CHECKLIST_KEYS, CONFIRM_KEYS, FORM_KEYS, HELP_KEYS, PICK_KEYS, PROMPT_KEYS, SETTLE_KEYS,
    TEXT_KEYS,
};

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    Save,
    Undo,
    Redo,
    Help,
    NextScreen,
    PreviousScreen,
    Show(Screen),
    Left,
    Right,
    Up,
    Down,
    FollowNext,
    FollowPrevious,
    Delete,
    AddMeasurement,
    EditMeasurement,
    MoveUp,
    MoveDown,
    Presentation,
    ZoomOut,
    ZoomIn,
    Turn,
    Jump,
    Add,
    AddNext,
    AddGoal,
    EditEntity,
    EnterPulse,
    Connect,
    RemoveFlow,
    EditLabel,
    Search,
    Goto,
    Autosave,
    Sync,
}

/// What a key asks of an open dialog, or of a line of text being typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DialogAction {
    Help,
    Cancel,
    Submit,
    /// Submit, and the next one after it: a new entity's form again, the
    /// next step after a new one, the next measurement.
    SubmitNext,
    NextField,
    PreviousField,
    /// Choose the next (or previous) of a list.
    Choose(bool),
    Toggle,
    /// An answer to a question.
    Answer(Answer),
    /// Settle a conflict of a merge as one side, or both.
    Take(Side),
    Scroll(bool),
    ScrollPage(bool),
    /// Text: the cursor one cell left or right, to the start or end.
    CursorLeft,
    CursorRight,
    Home,
    End,
    /// The cursor a word left or right.
    WordLeft,
    WordRight,
    Backspace,
    Delete,
    /// Delete the word before the cursor.
    DeleteWord,
    Clear,
    /// A line break, in a field of several lines.
    NewLine,
}

/// The answers a question can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Yes,
    No,
    SaveFirst,
    Reload,
    SaveElsewhere,
}

/// Where keys are read: a screen's keys, or those of what is open over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    Help,
    Confirm,
    Prompt,
    Pick,
    Form,
    Checklist,
    Settle,
    Text,
}

impl Layer {
    /// The layers with their own tables, in the README's order.
    pub const ALL: [Layer; 8] = [
        Layer::Confirm,
        Layer::Prompt,
        Layer::Pick,
        Layer::Form,
        Layer::Checklist,
        Layer::Settle,
        Layer::Text,
        Layer::Help,
    ];

    /// Where these keys work, as the help and the README say it.
    pub fn title(self) -> String {
        match self {
            Layer::Help => t::layer_help(),
            Layer::Confirm => t::layer_confirm(),
            Layer::Prompt => t::layer_prompt(),
            Layer::Pick => t::layer_pick(),
            Layer::Form => t::layer_form(),
            Layer::Checklist => t::layer_checklist(),
            Layer::Settle => t::layer_settle(),
            Layer::Text => t::layer_text(),
        }
    }

    /// The layer's keys.
    pub fn bindings(self) -> &'static [Binding<DialogAction>] {
        match self {
            Layer::Help => HELP_KEYS,
            Layer::Confirm => CONFIRM_KEYS,
            Layer::Prompt => PROMPT_KEYS,
            Layer::Pick => PICK_KEYS,
            Layer::Form => FORM_KEYS,
            Layer::Checklist => CHECKLIST_KEYS,
            Layer::Settle => SETTLE_KEYS,
            Layer::Text => TEXT_KEYS,
        }
    }
}

/// One binding: the keys, the action, what it does, and where it works
/// (`None`: everywhere).
pub struct Binding<A: 'static = Action> {
    pub keys: &'static [(KeyCode, KeyModifiers)],
    pub label: &'static str,
    pub action: A,
    /// A word or two for the status line, from the catalogue.
    pub short: fn() -> String,
    /// What it does, for the help, from the catalogue.
    pub help: fn() -> String,
    pub screens: Option<&'static [Screen]>,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
const ALT: KeyModifiers = KeyModifiers::ALT;

const CHAIN: &[Screen] = &[Screen::Chain];
const TABLES: &[Screen] = &[
    Screen::Chain,
    Screen::Partners,
    Screen::Goals,
    Screen::Roles,
    Screen::Phases,
    Screen::Agreements,
];

/// The keymap.
pub const KEYMAP: &[Binding] = &[
    Binding {
        keys: &[(KeyCode::Char('?'), NONE), (KeyCode::F(1), NONE)],
        label: "?",
        action: Action::Help,
        short: t::key_help_short,
        help: t::key_help,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('q'), NONE)],
        label: "q",
        action: Action::Quit,
        short: t::key_quit_short,
        help: t::key_quit,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('s'), NONE), (KeyCode::Char('s'), CTRL)],
        label: "s",
        action: Action::Save,
        short: t::key_save_short,
        help: t::key_save,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('u'), NONE), (KeyCode::Char('z'), CTRL)],
        label: "u",
        action: Action::Undo,
        short: t::key_undo_short,
        help: t::key_undo,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('r'), CTRL), (KeyCode::Char('y'), CTRL)],
        label: "C-r",
        action: Action::Redo,
        short: t::key_redo_short,
        help: t::key_redo,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Tab, NONE)],
        label: "Tab",
        action: Action::NextScreen,
        short: t::key_next_screen,
        help: t::key_next_screen,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::BackTab, SHIFT), (KeyCode::BackTab, NONE)],
        label: "S-Tab",
        action: Action::PreviousScreen,
        short: t::key_previous_screen,
        help: t::key_previous_screen,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('1'), NONE)],
        label: "1",
        action: Action::Show(Screen::Chain),
        short: t::key_chain_short,
        help: t::key_chain,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('2'), NONE)],
        label: "2",
        action: Action::Show(Screen::Partners),
        short: t::key_partners_short,
        help: t::key_partners,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('3'), NONE)],
        label: "3",
        action: Action::Show(Screen::Goals),
        short: t::key_goals_short,
        help: t::key_goals,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('4'), NONE)],
        label: "4",
        action: Action::Show(Screen::Roles),
        short: t::key_roles,
        help: t::key_roles,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('5'), NONE)],
        label: "5",
        action: Action::Show(Screen::Phases),
        short: t::key_phases,
        help: t::key_phases,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('6'), NONE)],
        label: "6",
        action: Action::Show(Screen::Overview),
        short: t::key_overview,
        help: t::key_overview,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('7'), NONE)],
        label: "7",
        action: Action::Show(Screen::Problems),
        short: t::key_problems_short,
        help: t::key_problems,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('8'), NONE)],
        label: "8",
        action: Action::Show(Screen::Agreements),
        short: t::key_agreements,
        help: t::key_agreements,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('9'), NONE)],
        label: "9",
        action: Action::Show(Screen::Pulse),
        short: t::key_pulse_short,
        help: t::key_pulse,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Left, NONE), (KeyCode::Char('h'), NONE)],
        label: "←/h",
        action: Action::Left,
        short: t::key_left_short,
        help: t::key_left,
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Right, NONE), (KeyCode::Char('l'), NONE)],
        label: "→/l",
        action: Action::Right,
        short: t::key_right_short,
        help: t::key_right,
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Up, NONE), (KeyCode::Char('k'), NONE)],
        label: "↑/k",
        action: Action::Up,
        short: t::key_up_short,
        help: t::key_up,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Down, NONE), (KeyCode::Char('j'), NONE)],
        label: "↓/j",
        action: Action::Down,
        short: t::key_down_short,
        help: t::key_down,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('n'), NONE)],
        label: "n",
        action: Action::FollowNext,
        short: t::key_follow_short,
        help: t::key_follow,
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('p'), NONE)],
        label: "p",
        action: Action::FollowPrevious,
        short: t::key_back_short,
        help: t::key_back,
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Enter, NONE)],
        label: "Enter",
        action: Action::Jump,
        short: t::key_go_to_short,
        help: t::key_jump,
        screens: Some(&[Screen::Problems]),
    },
    Binding {
        keys: &[(KeyCode::Char('d'), NONE), (KeyCode::Delete, NONE)],
        label: "d",
        action: Action::Delete,
        short: t::key_delete_short,
        help: t::key_delete,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('m'), NONE)],
        label: "m",
        action: Action::AddMeasurement,
        short: t::key_measure_short,
        help: t::key_measure,
        screens: Some(&[Screen::Goals]),
    },
    Binding {
        keys: &[(KeyCode::Char('M'), SHIFT), (KeyCode::Char('M'), NONE)],
        label: "M",
        action: Action::EditMeasurement,
        short: t::key_measurements_short,
        help: t::key_measurements,
        screens: Some(&[Screen::Goals]),
    },
    Binding {
        keys: &[(KeyCode::Char('K'), SHIFT), (KeyCode::Char('K'), NONE)],
        label: "K",
        action: Action::MoveUp,
        short: t::key_move_up_short,
        help: t::key_move_up,
        screens: Some(TABLES),
    },
    Binding {
        keys: &[(KeyCode::Char('J'), SHIFT), (KeyCode::Char('J'), NONE)],
        label: "J",
        action: Action::MoveDown,
        short: t::key_move_down_short,
        help: t::key_move_down,
        screens: Some(TABLES),
    },
    Binding {
        keys: &[(KeyCode::Char('a'), NONE)],
        label: "a",
        action: Action::Add,
        short: t::key_add_short,
        help: t::key_add,
        screens: Some(&[
            Screen::Chain,
            Screen::Partners,
            Screen::Goals,
            Screen::Roles,
            Screen::Phases,
            Screen::Agreements,
            Screen::Pulse,
        ]),
    },
    Binding {
        keys: &[(KeyCode::Char('A'), SHIFT), (KeyCode::Char('A'), NONE)],
        label: "A",
        action: Action::AddGoal,
        short: t::key_add_goal_short,
        help: t::key_add_goal,
        screens: Some(&[Screen::Goals]),
    },
    Binding {
        keys: &[(KeyCode::Char('e'), NONE), (KeyCode::Enter, NONE)],
        label: "e",
        action: Action::EditEntity,
        short: t::key_edit_short,
        help: t::key_edit,
        screens: Some(&[
            Screen::Overview,
            Screen::Chain,
            Screen::Partners,
            Screen::Goals,
            Screen::Roles,
            Screen::Phases,
            Screen::Agreements,
        ]),
    },
    Binding {
        keys: &[(KeyCode::Char('e'), NONE), (KeyCode::Enter, NONE)],
        label: "e",
        action: Action::EnterPulse,
        short: t::key_enter_pulse_short,
        help: t::key_enter_pulse,
        screens: Some(&[Screen::Pulse]),
    },
    Binding {
        keys: &[(KeyCode::Char('c'), NONE)],
        label: "c",
        action: Action::Connect,
        short: t::key_connect_short,
        help: t::key_connect,
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('x'), NONE)],
        label: "x",
        action: Action::RemoveFlow,
        short: t::key_unlink_short,
        help: t::key_unlink,
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('L'), SHIFT), (KeyCode::Char('L'), NONE)],
        label: "L",
        action: Action::EditLabel,
        short: t::key_label_short,
        help: t::key_label,
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('/'), NONE)],
        label: "/",
        action: Action::Search,
        short: t::key_search_short,
        help: t::key_search,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('g'), NONE)],
        label: "g",
        action: Action::Goto,
        short: t::key_go_to_short,
        help: t::key_goto,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('P'), SHIFT), (KeyCode::Char('P'), NONE)],
        label: "P",
        action: Action::Presentation,
        short: t::key_present_short,
        help: t::key_present,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('z'), NONE)],
        label: "z",
        action: Action::ZoomOut,
        short: t::key_zoom_out_short,
        help: t::key_zoom_out,
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('Z'), SHIFT), (KeyCode::Char('Z'), NONE)],
        label: "Z",
        action: Action::ZoomIn,
        short: t::key_zoom_in_short,
        help: t::key_zoom_in,
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('o'), NONE)],
        label: "o",
        action: Action::Turn,
        short: t::key_turn_short,
        help: t::key_turn,
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('A'), SHIFT), (KeyCode::Char('A'), NONE)],
        label: "A",
        action: Action::AddNext,
        short: t::key_add_next_short,
        help: t::key_add_next,
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('w'), NONE)],
        label: "w",
        action: Action::Autosave,
        short: t::key_autosave_short,
        help: t::key_autosave,
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('G'), SHIFT), (KeyCode::Char('G'), NONE)],
        label: "G",
        action: Action::Sync,
        short: t::key_sync_short,
        help: t::key_sync,
        screens: None,
    },
];

impl<A> Binding<A> {
    /// The binding's keys as people write them, each once.
    pub fn key_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.keys.iter().map(|(c, m)| key_name(*c, *m)).collect();
        names.dedup();
        names
    }

    /// Whether the key is one of the binding's.
    pub fn matches(&self, key: KeyEvent) -> bool {
        self.keys.iter().any(|&(code, mods)| {
            code == key.code
                && (mods == key.modifiers
                    || (mods == NONE
                        && key.modifiers == SHIFT
                        && matches!(code, KeyCode::Char(c) if !c.is_ascii_lowercase())))
        })
    }
}

/// The action of a key on a screen, if any.
pub fn action(key: KeyEvent, screen: Screen) -> Option<Action> {
    KEYMAP
        .iter()
        .filter(|b| b.screens.is_none_or(|s| s.contains(&screen)))
        .find(|b| b.matches(key))
        .map(|b| b.action)
}

/// The actions of a key in a dialog's layer, in the table's order (a key
/// can mean one thing on a choice and another on a list with boxes).
pub fn dialog_actions(key: KeyEvent, layer: Layer) -> impl Iterator<Item = DialogAction> {
    let key = yes_in_dutch(key, layer);
    layer
        .bindings()
        .iter()
        .filter(move |b| b.matches(key))
        .map(|b| b.action)
}

/// `j` (ja) answers yes where the question is Dutch, as `y` does in
/// both languages: a Dutch user types `j`, one used to other tools `y`.
fn yes_in_dutch(key: KeyEvent, layer: Layer) -> KeyEvent {
    let yes = match key.code {
        KeyCode::Char('j') => 'y',
        KeyCode::Char('J') => 'Y',
        _ => return key,
    };
    if layer == Layer::Confirm && lang::current() == Lang::Nl {
        KeyEvent::new(KeyCode::Char(yes), key.modifiers)
    } else {
        key
    }
}

impl Binding<DialogAction> {
    /// The keys as the help shows them: `j` first for yes in Dutch.
    pub fn shown_key_names(&self) -> Vec<String> {
        let mut names = self.key_names();
        if self.action == DialogAction::Answer(Answer::Yes) && lang::current() == Lang::Nl {
            names.splice(0..0, ["j".to_string(), "J".to_string()]);
        }
        names
    }
}

/// The first action of a key in a dialog's layer.
pub fn dialog_action(key: KeyEvent, layer: Layer) -> Option<DialogAction> {
    dialog_actions(key, layer).next()
}

/// The bindings that matter on a screen, for the status line.
pub fn hints(screen: Screen) -> Vec<&'static Binding> {
    KEYMAP
        .iter()
        .filter(|b| {
            b.screens.is_some_and(|s| s.contains(&screen))
                || matches!(
                    b.action,
                    Action::Help | Action::Save | Action::Quit | Action::Undo
                )
        })
        .collect()
}

/// The keymap as a Markdown table, for the README, in English (a test
/// keeps the two the same).
pub fn markdown() -> String {
    lang::with(Lang::En, || {
        let mut out = table(KEYMAP);
        for layer in Layer::ALL {
            out.push_str(&format!("\n{}:\n\n", layer.title()));
            out.push_str(&table(layer.bindings()));
        }
        out
    })
}

fn table<A>(bindings: &[Binding<A>]) -> String {
    // Keys bound in several screens take one row, their meanings joined.
    let mut rows: Vec<(String, String)> = Vec::new();
    for b in bindings {
        let keys: Vec<String> = b.key_names().iter().map(|n| format!("`{n}`")).collect();
        let keys = keys.join(" ");
        let help = (b.help)().to_string();
        match rows.iter_mut().find(|(k, _)| *k == keys) {
            Some((_, said)) => {
                said.push_str("; ");
                said.push_str(&help);
            }
            None => rows.push((keys, help)),
        }
    }
    let mut out = String::from("| keys | what they do |\n| --- | --- |\n");
    for (keys, help) in rows {
        out.push_str(&format!("| {keys} | {help} |\n"));
    }
    out
}

/// A key as people write it: `Ctrl-s`, `Shift-Tab`, `←`.
pub fn key_name(code: KeyCode, mods: KeyModifiers) -> String {
    let base = match code {
        KeyCode::Char(' ') => "Space".into(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Delete => "Del".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{base}")
    } else if mods.contains(KeyModifiers::ALT) {
        format!("Alt-{base}")
    } else {
        base
    }
}
