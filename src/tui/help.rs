//! The help: the keys of what is open (the screens, or the dialog over
//! them), from the keymap, scrolled where it is longer than the screen.

use ratatui::crossterm::event::KeyEvent;

use super::keymap::{DialogAction, KEYMAP, Layer, dialog_action};

/// The help, open over the screens or a dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Help {
    /// Whose keys it shows: a dialog's layer, or the screens' (`None`).
    pub layer: Option<Layer>,
    /// How far it is scrolled.
    pub scroll: usize,
}

impl Help {
    pub fn of(layer: Option<Layer>) -> Help {
        Help { layer, scroll: 0 }
    }

    /// The keys shown, as (key names, what they do).
    pub fn rows(&self) -> Vec<(String, String)> {
        let row = |names: Vec<String>, help: fn() -> String| (names.join(", "), help());
        match self.layer {
            None => KEYMAP.iter().map(|b| row(b.key_names(), b.help)).collect(),
            Some(layer) => {
                let mut rows: Vec<_> = layer
                    .bindings()
                    .iter()
                    .map(|b| row(b.shown_key_names(), b.help))
                    .collect();
                if matches!(layer, Layer::Prompt | Layer::Pick | Layer::Form) {
                    rows.extend(
                        Layer::Text
                            .bindings()
                            .iter()
                            .map(|b| row(b.key_names(), b.help)),
                    );
                }
                rows
            }
        }
    }

    /// Arrows and j/k scroll a help longer than the screen; any other key
    /// closes it (false).
    pub fn key(&mut self, key: KeyEvent) -> bool {
        let last = self.rows().len().saturating_sub(1);
        match dialog_action(key, Layer::Help) {
            Some(DialogAction::Scroll(true)) => self.scroll = (self.scroll + 1).min(last),
            Some(DialogAction::ScrollPage(true)) => self.scroll = (self.scroll + 10).min(last),
            Some(DialogAction::Scroll(false)) => self.scroll = self.scroll.saturating_sub(1),
            Some(DialogAction::ScrollPage(false)) => self.scroll = self.scroll.saturating_sub(10),
            _ => return false,
        }
        true
    }
}
