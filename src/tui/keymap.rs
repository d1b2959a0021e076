//! Every key of the TUI in tables, one per layer: the screens' keys, then
//! the keys of each dialog and of a line of text being typed. The help
//! overlay (for what is open), the status-line hints and the README's key
//! tables all come from here.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::screen::Screen;
use crate::merge::conflict::Side;

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
    pub fn title(self) -> &'static str {
        match self {
            Layer::Help => "In the help",
            Layer::Confirm => "In a question",
            Layer::Prompt => "In a line to type (a value, a label, a file name)",
            Layer::Pick => "In a list to choose from",
            Layer::Form => "In a form",
            Layer::Checklist => "In a list with boxes (the agreements that safeguard an interest)",
            Layer::Settle => "Settling the conflicts of a merge (a file with conflict markers)",
            Layer::Text => "While typing (forms, lines, list filters)",
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
    /// A word or two for the status line.
    pub short: &'static str,
    pub help: &'static str,
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
        short: "help",
        help: "show or hide this help",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('q'), NONE)],
        label: "q",
        action: Action::Quit,
        short: "quit",
        help: "quit (asks when there are unsaved changes)",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('s'), NONE), (KeyCode::Char('s'), CTRL)],
        label: "s",
        action: Action::Save,
        short: "save",
        help: "save the model to its file",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('u'), NONE), (KeyCode::Char('z'), CTRL)],
        label: "u",
        action: Action::Undo,
        short: "undo",
        help: "undo the last change",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('r'), CTRL), (KeyCode::Char('y'), CTRL)],
        label: "C-r",
        action: Action::Redo,
        short: "redo",
        help: "redo what was undone",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Tab, NONE)],
        label: "Tab",
        action: Action::NextScreen,
        short: "next screen",
        help: "next screen",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::BackTab, SHIFT), (KeyCode::BackTab, NONE)],
        label: "S-Tab",
        action: Action::PreviousScreen,
        short: "previous screen",
        help: "previous screen",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('1'), NONE)],
        label: "1",
        action: Action::Show(Screen::Chain),
        short: "chain",
        help: "the chain",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('2'), NONE)],
        label: "2",
        action: Action::Show(Screen::Partners),
        short: "partners",
        help: "partners",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('3'), NONE)],
        label: "3",
        action: Action::Show(Screen::Goals),
        short: "KPIs",
        help: "goals and KPIs",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('4'), NONE)],
        label: "4",
        action: Action::Show(Screen::Roles),
        short: "roles",
        help: "roles",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('5'), NONE)],
        label: "5",
        action: Action::Show(Screen::Phases),
        short: "phases",
        help: "phases",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('6'), NONE)],
        label: "6",
        action: Action::Show(Screen::Overview),
        short: "overview",
        help: "overview",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('7'), NONE)],
        label: "7",
        action: Action::Show(Screen::Problems),
        short: "problems",
        help: "problems found by the check",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('8'), NONE)],
        label: "8",
        action: Action::Show(Screen::Agreements),
        short: "agreements",
        help: "agreements",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('9'), NONE)],
        label: "9",
        action: Action::Show(Screen::Pulse),
        short: "pulse",
        help: "the collaboration pulse",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Left, NONE), (KeyCode::Char('h'), NONE)],
        label: "←/h",
        action: Action::Left,
        short: "left",
        help: "the step to the left",
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Right, NONE), (KeyCode::Char('l'), NONE)],
        label: "→/l",
        action: Action::Right,
        short: "right",
        help: "the step to the right",
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Up, NONE), (KeyCode::Char('k'), NONE)],
        label: "↑/k",
        action: Action::Up,
        short: "up",
        help: "the step above; the row above in tables",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Down, NONE), (KeyCode::Char('j'), NONE)],
        label: "↓/j",
        action: Action::Down,
        short: "down",
        help: "the step below; the row below in tables",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('n'), NONE)],
        label: "n",
        action: Action::FollowNext,
        short: "follow",
        help: "follow a flow forward (a list where several leave)",
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('p'), NONE)],
        label: "p",
        action: Action::FollowPrevious,
        short: "back",
        help: "follow a flow back",
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Enter, NONE)],
        label: "Enter",
        action: Action::Jump,
        short: "go to",
        help: "go to what the problem is about",
        screens: Some(&[Screen::Problems]),
    },
    Binding {
        keys: &[(KeyCode::Char('d'), NONE), (KeyCode::Delete, NONE)],
        label: "d",
        action: Action::Delete,
        short: "delete",
        help: "delete (says what refers to it first)",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('m'), NONE)],
        label: "m",
        action: Action::AddMeasurement,
        short: "measure",
        help: "add a measurement: period (next proposed), value, note",
        screens: Some(&[Screen::Goals]),
    },
    Binding {
        keys: &[(KeyCode::Char('M'), SHIFT), (KeyCode::Char('M'), NONE)],
        label: "M",
        action: Action::EditMeasurement,
        short: "measurements",
        help: "change or remove a measurement of the KPI",
        screens: Some(&[Screen::Goals]),
    },
    Binding {
        keys: &[(KeyCode::Char('K'), SHIFT), (KeyCode::Char('K'), NONE)],
        label: "K",
        action: Action::MoveUp,
        short: "move up",
        help: "move up (lanes, phases, steps)",
        screens: Some(TABLES),
    },
    Binding {
        keys: &[(KeyCode::Char('J'), SHIFT), (KeyCode::Char('J'), NONE)],
        label: "J",
        action: Action::MoveDown,
        short: "move down",
        help: "move down",
        screens: Some(TABLES),
    },
    Binding {
        keys: &[(KeyCode::Char('a'), NONE)],
        label: "a",
        action: Action::Add,
        short: "add",
        help: "add a partner, KPI, role, phase, agreement, pulse; a step after this one, connected from it",
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
        short: "add goal",
        help: "add a goal",
        screens: Some(&[Screen::Goals]),
    },
    Binding {
        keys: &[(KeyCode::Char('e'), NONE), (KeyCode::Enter, NONE)],
        label: "e",
        action: Action::EditEntity,
        short: "edit",
        help: "edit what is selected (name, id, references…)",
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
        short: "enter pulse",
        help: "a partner's pulse in one form: six scores, a note",
        screens: Some(&[Screen::Pulse]),
    },
    Binding {
        keys: &[(KeyCode::Char('c'), NONE)],
        label: "c",
        action: Action::Connect,
        short: "connect",
        help: "connect the step to another: pick the target, then a label",
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('x'), NONE)],
        label: "x",
        action: Action::RemoveFlow,
        short: "unlink",
        help: "remove a flow of the step",
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('L'), SHIFT), (KeyCode::Char('L'), NONE)],
        label: "L",
        action: Action::EditLabel,
        short: "label",
        help: "change the label of a flow of the step",
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('/'), NONE)],
        label: "/",
        action: Action::Search,
        short: "search",
        help: "search names, ids, descriptions, contributions, notes and flow labels",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('g'), NONE)],
        label: "g",
        action: Action::Goto,
        short: "go to",
        help: "go to an id (its name and kind beside it)",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('P'), SHIFT), (KeyCode::Char('P'), NONE)],
        label: "P",
        action: Action::Presentation,
        short: "present",
        help: "presentation mode: the whole chain where it fits the screen, with the client question",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('z'), NONE)],
        label: "z",
        action: Action::ZoomOut,
        short: "zoom out",
        help: "zoom out: smaller boxes, down to an overview of one-line boxes",
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('Z'), SHIFT), (KeyCode::Char('Z'), NONE)],
        label: "Z",
        action: Action::ZoomIn,
        short: "zoom in",
        help: "zoom in: back towards the detail",
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('o'), NONE)],
        label: "o",
        action: Action::Turn,
        short: "turn",
        help: "turn the chain: running right, or running down with the lanes as columns",
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('A'), SHIFT), (KeyCode::Char('A'), NONE)],
        label: "A",
        action: Action::AddNext,
        short: "add, next phase",
        help: "add a step after this one, connected from it, in the phase after its own",
        screens: Some(CHAIN),
    },
    Binding {
        keys: &[(KeyCode::Char('w'), NONE)],
        label: "w",
        action: Action::Autosave,
        short: "autosave",
        help: "autosave on or off: save after every change (others' saves merge in)",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('G'), SHIFT), (KeyCode::Char('G'), NONE)],
        label: "G",
        action: Action::Sync,
        short: "git sync",
        help: "save, commit, git pull (the keten merge driver merges) and push",
        screens: None,
    },
];

/// A dialog key: the short and help texts are the same for these.
const fn key<A>(
    keys: &'static [(KeyCode, KeyModifiers)],
    action: A,
    help: &'static str,
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

/// The keys of a question.
pub const CONFIRM_KEYS: &[Binding<DialogAction>] = &[
    key(
        &[(KeyCode::Char('y'), NONE), (KeyCode::Char('Y'), SHIFT)],
        DialogAction::Answer(Answer::Yes),
        "yes: do what is asked (delete, quit without saving, overwrite)",
    ),
    key(
        &[(KeyCode::Char('n'), NONE), (KeyCode::Char('N'), SHIFT), ESC],
        DialogAction::Answer(Answer::No),
        "no: cancel",
    ),
    key(
        &[(KeyCode::Char('s'), NONE)],
        DialogAction::Answer(Answer::SaveFirst),
        "save first, then quit (when quitting)",
    ),
    key(
        &[(KeyCode::Char('r'), NONE), (KeyCode::Char('R'), SHIFT)],
        DialogAction::Answer(Answer::Reload),
        "read the file again, dropping the changes made here (when it changed on disk)",
    ),
    key(
        &[(KeyCode::Char('w'), NONE), (KeyCode::Char('W'), SHIFT)],
        DialogAction::Answer(Answer::SaveElsewhere),
        "save to another file (when the file changed on disk or is read-only)",
    ),
    key(
        &[F1, (KeyCode::Char('?'), NONE)],
        DialogAction::Help,
        "these keys",
    ),
];

/// The keys of a line to type.
pub const PROMPT_KEYS: &[Binding<DialogAction>] = &[
    key(&[ENTER], DialogAction::Submit, "done"),
    key(&[ESC], DialogAction::Cancel, "cancel"),
    key(&[F1], DialogAction::Help, "these keys"),
];

/// The keys of a list to choose from (typing narrows it).
pub const PICK_KEYS: &[Binding<DialogAction>] = &[
    key(&[ENTER], DialogAction::Submit, "choose the selected one"),
    key(&[ESC], DialogAction::Cancel, "cancel"),
    key(
        &[(KeyCode::Up, NONE)],
        DialogAction::Choose(false),
        "the one above",
    ),
    key(
        &[(KeyCode::Down, NONE)],
        DialogAction::Choose(true),
        "the one below",
    ),
    key(&[F1], DialogAction::Help, "these keys"),
];

/// The keys of a form.
pub const FORM_KEYS: &[Binding<DialogAction>] = &[
    key(&[ENTER], DialogAction::Submit, "save (or add)"),
    key(&[ESC], DialogAction::Cancel, "cancel"),
    key(
        &[(KeyCode::Tab, NONE), (KeyCode::Down, NONE)],
        DialogAction::NextField,
        "next field",
    ),
    key(
        &[
            (KeyCode::BackTab, SHIFT),
            (KeyCode::BackTab, NONE),
            (KeyCode::Up, NONE),
        ],
        DialogAction::PreviousField,
        "previous field",
    ),
    key(
        &[(KeyCode::Right, NONE)],
        DialogAction::Choose(true),
        "a choice: the next one",
    ),
    key(
        &[(KeyCode::Left, NONE)],
        DialogAction::Choose(false),
        "a choice: the one before",
    ),
    key(
        &[(KeyCode::Char(' '), NONE)],
        DialogAction::Toggle,
        "a choice: the next one; a list with boxes: tick or untick (← → move along it)",
    ),
    key(&[F1], DialogAction::Help, "these keys"),
];

/// The keys of a list with boxes, opened from a form.
pub const CHECKLIST_KEYS: &[Binding<DialogAction>] = &[
    key(
        &[(KeyCode::Char(' '), NONE)],
        DialogAction::Toggle,
        "tick or untick: the ticked ones keep the order they were ticked in",
    ),
    key(
        &[(KeyCode::Down, NONE)],
        DialogAction::Choose(true),
        "the one below (letters typed: the first that matches them)",
    ),
    key(
        &[(KeyCode::Up, NONE)],
        DialogAction::Choose(false),
        "the one above",
    ),
    key(
        &[(KeyCode::PageDown, NONE)],
        DialogAction::ScrollPage(true),
        "ten down",
    ),
    key(
        &[(KeyCode::PageUp, NONE)],
        DialogAction::ScrollPage(false),
        "ten up",
    ),
    key(&[ENTER], DialogAction::Submit, "done: back to the form"),
    key(
        &[ESC],
        DialogAction::Cancel,
        "back to the form, nothing changed",
    ),
    key(&[F1], DialogAction::Help, "these keys"),
];

/// The keys of settling a merge's conflicts, one by one.
pub const SETTLE_KEYS: &[Binding<DialogAction>] = &[
    key(
        &[(KeyCode::Char('o'), NONE)],
        DialogAction::Take(Side::Ours),
        "take ours: this side of the merge (what the file's branch had)",
    ),
    key(
        &[(KeyCode::Char('t'), NONE)],
        DialogAction::Take(Side::Theirs),
        "take theirs: the side merged in",
    ),
    key(
        &[(KeyCode::Char('b'), NONE)],
        DialogAction::Take(Side::Both),
        "take both, ours first (only where both make a model: two entities, two items)",
    ),
    key(
        &[(KeyCode::Char('e'), NONE)],
        DialogAction::Submit,
        "take ours, then edit it in its form (a value of your own)",
    ),
    key(
        &[
            (KeyCode::Down, NONE),
            (KeyCode::Char('j'), NONE),
            (KeyCode::Tab, NONE),
        ],
        DialogAction::Choose(true),
        "the next conflict",
    ),
    key(
        &[
            (KeyCode::Up, NONE),
            (KeyCode::Char('k'), NONE),
            (KeyCode::BackTab, SHIFT),
            (KeyCode::BackTab, NONE),
        ],
        DialogAction::Choose(false),
        "the conflict before",
    ),
    key(
        &[(KeyCode::Char('q'), NONE), ESC],
        DialogAction::Cancel,
        "leave without saving (asks; the file stays as it is)",
    ),
    key(
        &[F1, (KeyCode::Char('?'), NONE)],
        DialogAction::Help,
        "these keys",
    ),
];

/// The keys of a line of text being typed; other keys type.
pub const TEXT_KEYS: &[Binding<DialogAction>] = &[
    key(
        &[(KeyCode::Left, NONE)],
        DialogAction::CursorLeft,
        "the cursor one left",
    ),
    key(
        &[(KeyCode::Right, NONE)],
        DialogAction::CursorRight,
        "the cursor one right",
    ),
    key(
        &[
            (KeyCode::Left, CTRL),
            (KeyCode::Left, ALT),
            (KeyCode::Char('b'), ALT),
        ],
        DialogAction::WordLeft,
        "the cursor a word left",
    ),
    key(
        &[
            (KeyCode::Right, CTRL),
            (KeyCode::Right, ALT),
            (KeyCode::Char('f'), ALT),
        ],
        DialogAction::WordRight,
        "the cursor a word right",
    ),
    key(
        &[(KeyCode::Home, NONE), (KeyCode::Char('a'), CTRL)],
        DialogAction::Home,
        "the cursor to the start (of its line)",
    ),
    key(
        &[(KeyCode::End, NONE), (KeyCode::Char('e'), CTRL)],
        DialogAction::End,
        "the cursor to the end (of its line)",
    ),
    key(
        &[(KeyCode::Backspace, NONE)],
        DialogAction::Backspace,
        "delete before the cursor",
    ),
    key(
        &[(KeyCode::Delete, NONE)],
        DialogAction::Delete,
        "delete after the cursor",
    ),
    key(
        &[
            (KeyCode::Char('w'), CTRL),
            (KeyCode::Backspace, ALT),
            (KeyCode::Backspace, CTRL),
        ],
        DialogAction::DeleteWord,
        "delete the word before the cursor",
    ),
    key(
        &[(KeyCode::Char('u'), CTRL)],
        DialogAction::Clear,
        "clear the text",
    ),
    key(
        &[(KeyCode::Enter, ALT), (KeyCode::Char('j'), CTRL)],
        DialogAction::NewLine,
        "a new line, in a field of several lines (descriptions, notes, the client question)",
    ),
];

/// The keys of the help.
pub const HELP_KEYS: &[Binding<DialogAction>] = &[
    key(
        &[(KeyCode::Down, NONE), (KeyCode::Char('j'), NONE)],
        DialogAction::Scroll(true),
        "scroll down",
    ),
    key(
        &[(KeyCode::Up, NONE), (KeyCode::Char('k'), NONE)],
        DialogAction::Scroll(false),
        "scroll up",
    ),
    key(
        &[(KeyCode::PageDown, NONE)],
        DialogAction::ScrollPage(true),
        "a page down",
    ),
    key(
        &[(KeyCode::PageUp, NONE)],
        DialogAction::ScrollPage(false),
        "a page up",
    ),
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
    layer
        .bindings()
        .iter()
        .filter(move |b| b.matches(key))
        .map(|b| b.action)
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

/// The keymap as a Markdown table, for the README (a test keeps the two
/// the same).
pub fn markdown() -> String {
    let mut out = table(KEYMAP);
    for layer in Layer::ALL {
        out.push_str(&format!("\n{}:\n\n", layer.title()));
        out.push_str(&table(layer.bindings()));
    }
    out
}

fn table<A>(bindings: &[Binding<A>]) -> String {
    let mut out = String::from("| keys | what they do |\n| --- | --- |\n");
    for b in bindings {
        let keys: Vec<String> = b.key_names().iter().map(|n| format!("`{n}`")).collect();
        out.push_str(&format!("| {} | {} |\n", keys.join(" "), b.help));
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
