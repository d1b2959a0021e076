//! Every key of the TUI in one table: the help overlay, the status-line
//! hints and the README's key table all come from here.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::Screen;

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
    MoveUp,
    MoveDown,
    Presentation,
    Jump,
    Add,
    AddGoal,
    EditEntity,
    Connect,
    RemoveFlow,
    EditLabel,
    Search,
    Goto,
}

/// One binding: the keys, the action, what it does, and where it works
/// (`None`: everywhere).
pub struct Binding {
    pub keys: &'static [(KeyCode, KeyModifiers)],
    pub label: &'static str,
    pub action: Action,
    /// A word or two for the status line.
    pub short: &'static str,
    pub help: &'static str,
    pub screens: Option<&'static [Screen]>,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

const CHAIN: &[Screen] = &[Screen::Chain];
const TABLES: &[Screen] = &[
    Screen::Chain,
    Screen::Partners,
    Screen::Goals,
    Screen::Roles,
    Screen::Phases,
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
        help: "add a measurement to the KPI",
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
        help: "add a step, partner, KPI, role or phase (here)",
        screens: Some(&[
            Screen::Chain,
            Screen::Partners,
            Screen::Goals,
            Screen::Roles,
            Screen::Phases,
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
        ]),
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
        help: "search every name and id",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('g'), NONE)],
        label: "g",
        action: Action::Goto,
        short: "go to",
        help: "go to an id",
        screens: None,
    },
    Binding {
        keys: &[(KeyCode::Char('P'), SHIFT), (KeyCode::Char('P'), NONE)],
        label: "P",
        action: Action::Presentation,
        short: "present",
        help: "presentation mode: only the chain, larger",
        screens: None,
    },
];

impl Binding {
    /// The binding's keys as people write them, each once.
    pub fn key_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.keys.iter().map(|(c, m)| key_name(*c, *m)).collect();
        names.dedup();
        names
    }
}

/// The action of a key on a screen, if any.
pub fn action(key: KeyEvent, screen: Screen) -> Option<Action> {
    KEYMAP
        .iter()
        .filter(|b| b.screens.is_none_or(|s| s.contains(&screen)))
        .find(|b| {
            b.keys.iter().any(|&(code, mods)| {
                code == key.code
                    && (mods == key.modifiers
                        || (mods == NONE
                            && key.modifiers == SHIFT
                            && matches!(code, KeyCode::Char(c) if !c.is_ascii_lowercase())))
            })
        })
        .map(|b| b.action)
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
    let mut out = String::from("| keys | what they do |\n| --- | --- |\n");
    for b in KEYMAP {
        let keys: Vec<String> = b.key_names().iter().map(|n| format!("`{n}`")).collect();
        out.push_str(&format!("| {} | {} |\n", keys.join(" "), b.help));
    }
    out
}

/// A key as people write it: `Ctrl-s`, `Shift-Tab`, `←`.
pub fn key_name(code: KeyCode, mods: KeyModifiers) -> String {
    let base = match code {
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
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{base}")
    } else {
        base
    }
}
