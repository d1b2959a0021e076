//! The screens of the editor, in Tab order, and the sizes they are drawn at.

use crate::lang::t;

/// A screen of the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Chain,
    Partners,
    Goals,
    Roles,
    Phases,
    Overview,
    Problems,
    Agreements,
    Pulse,
}

impl Screen {
    pub const ALL: [Screen; 9] = [
        Screen::Chain,
        Screen::Partners,
        Screen::Goals,
        Screen::Roles,
        Screen::Phases,
        Screen::Overview,
        Screen::Problems,
        Screen::Agreements,
        Screen::Pulse,
    ];

    pub fn title(self) -> String {
        match self {
            Screen::Chain => t::tab_chain(),
            Screen::Partners => t::tab_partners(),
            Screen::Goals => t::tab_goals(),
            Screen::Roles => t::tab_roles(),
            Screen::Phases => t::tab_phases(),
            Screen::Overview => t::tab_overview(),
            Screen::Problems => t::tab_problems(),
            Screen::Agreements => t::tab_agreements(),
            Screen::Pulse => t::tab_pulse(),
        }
    }

    /// Its place in [`Screen::ALL`].
    pub fn index(self) -> usize {
        Screen::ALL.iter().position(|&s| s == self).unwrap_or(0)
    }

    /// The screen after this one (or before, `forward` false), round.
    pub fn next(self, forward: bool) -> Screen {
        let n = Screen::ALL.len();
        Screen::ALL[(self.index() + if forward { 1 } else { n - 1 }) % n]
    }
}

/// The smallest terminal the TUI draws in.
pub const MIN_SIZE: (u16, u16) = (60, 16);

/// The width of the step panel beside the chain, on terminals wide enough.
pub const PANEL: u16 = 38;

/// The size of the chain view on a terminal of this size.
pub fn chain_size(width: u16, height: u16, presentation: bool) -> (usize, usize) {
    let rows = if presentation {
        height.saturating_sub(1)
    } else {
        height.saturating_sub(3)
    };
    let cols = if width >= 100 && !presentation {
        width - PANEL
    } else {
        width
    };
    (cols as usize, rows as usize)
}
