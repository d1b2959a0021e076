//! Text being typed, for forms, prompts and list filters: one line, or
//! several where a field holds them (a description, notes). The cursor
//! stands between grapheme clusters and is shown in display cells, so wide
//! letters and combined accents edit and show as one.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::keymap::{DialogAction, Layer, dialog_action};
use crate::text::{graphemes, sanitize, width};

/// Text with a cursor (a byte offset on a grapheme boundary).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TextInput {
    text: String,
    cursor: usize,
    /// Whether the text keeps line breaks (typed with the new-line key or
    /// pasted); a one-line text turns them into spaces.
    multiline: bool,
}

/// What a key did to the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edited {
    /// The text changed.
    Changed,
    /// Only the cursor moved.
    Moved,
    /// The key is not for the text.
    NotConsumed,
}

impl TextInput {
    /// Text with the cursor at its end.
    pub fn new(text: &str) -> TextInput {
        TextInput {
            text: text.to_string(),
            cursor: text.len(),
            multiline: false,
        }
    }

    /// Text of several lines with the cursor at its end.
    pub fn lines(text: &str) -> TextInput {
        TextInput {
            multiline: true,
            ..TextInput::new(text)
        }
    }

    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where the cursor stands, in display cells from the start.
    pub fn cursor_cells(&self) -> usize {
        width(&self.text[..self.cursor])
    }

    /// Handles a key of the text layer, or a letter typed.
    pub fn key(&mut self, key: KeyEvent) -> Edited {
        match dialog_action(key, Layer::Text) {
            Some(DialogAction::CursorLeft) => self.left(),
            Some(DialogAction::CursorRight) => self.right(),
            Some(DialogAction::WordLeft) => self.cursor = self.word_start(),
            Some(DialogAction::WordRight) => self.cursor = self.word_end(),
            Some(DialogAction::DeleteWord) => {
                let start = self.word_start();
                if start == self.cursor {
                    return Edited::Moved;
                }
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
                return Edited::Changed;
            }
            Some(DialogAction::Home) => self.cursor = self.line_start(),
            Some(DialogAction::End) => self.cursor = self.line_end(),
            Some(DialogAction::NewLine) if self.multiline => {
                self.insert("\n");
                return Edited::Changed;
            }
            Some(DialogAction::NewLine) => return Edited::NotConsumed,
            Some(DialogAction::Backspace) => return self.backspace(),
            Some(DialogAction::Delete) => return self.delete(),
            Some(DialogAction::Clear) => {
                self.text.clear();
                self.cursor = 0;
                return Edited::Changed;
            }
            _ => match key.code {
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                    self.insert(c.encode_utf8(&mut [0; 4]));
                    return Edited::Changed;
                }
                _ => return Edited::NotConsumed,
            },
        }
        Edited::Moved
    }

    /// Inserts text at the cursor; line breaks stay in a text of several
    /// lines and become spaces in one line; other control characters are
    /// left out.
    pub fn insert(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n");
        let clean: String = text
            .chars()
            .map(|c| match c {
                '\n' | '\r' if self.multiline => '\n',
                '\n' | '\r' => ' ',
                c => c,
            })
            .filter(|c| *c == '\n' || !c.is_control())
            .collect();
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
        // A combining mark may have joined the cluster before it.
        self.cursor = self.boundary_at_or_after(self.cursor);
    }

    /// Where the word before the cursor starts (spaces before the cursor
    /// skipped first).
    fn word_start(&self) -> usize {
        let before = self.text[..self.cursor].trim_end();
        before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8())
    }

    /// Where the word after the cursor ends (spaces after it skipped first).
    fn word_end(&self) -> usize {
        let after = &self.text[self.cursor..];
        let skipped = after.len() - after.trim_start().len();
        let word = after[skipped..]
            .find(char::is_whitespace)
            .unwrap_or(after.len() - skipped);
        self.cursor + skipped + word
    }

    /// Where the line of the cursor starts.
    fn line_start(&self) -> usize {
        self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1)
    }

    /// Where the line of the cursor ends (before its line break).
    fn line_end(&self) -> usize {
        self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i)
    }

    /// The lines as shown in `room` cells and at most `rows` rows: with the
    /// cursor, the rows scroll to keep its line in view (and its line to
    /// keep it in view); without, the first rows. Each made safe to print.
    pub fn shown_lines(&self, room: usize, rows: usize, cursor: bool) -> Vec<String> {
        let rows = rows.max(1);
        let mut starts = vec![0];
        starts.extend(self.text.match_indices('\n').map(|(i, _)| i + 1));
        let at = starts.iter().rposition(|&s| s <= self.cursor).unwrap_or(0);
        let total = starts.len();
        let first = if cursor && total > rows {
            at.saturating_sub(rows - 1).min(total - rows)
        } else {
            0
        };
        (first..total.min(first + rows))
            .map(|k| {
                let start = starts[k];
                let end = starts.get(k + 1).map_or(self.text.len(), |s| s - 1);
                let mut line = TextInput::new(&self.text[start..end]);
                if cursor && k == at {
                    line.cursor = self.cursor - start;
                    let (cut, before, after) = line.window(room);
                    format!("{}{before}▏{after}", if cut { "…" } else { "" })
                } else {
                    line.cursor = 0;
                    line.window(room).2
                }
            })
            .collect()
    }

    /// How many lines the text has.
    pub fn line_count(&self) -> usize {
        self.text.matches('\n').count() + 1
    }

    fn boundaries(&self) -> impl Iterator<Item = usize> + '_ {
        let mut at = 0;
        std::iter::once(0).chain(graphemes(&self.text).map(move |(g, _)| {
            at += g.len();
            at
        }))
    }

    fn boundary_at_or_after(&self, at: usize) -> usize {
        self.boundaries()
            .find(|&b| b >= at)
            .unwrap_or(self.text.len())
    }

    fn previous(&self) -> usize {
        self.boundaries()
            .take_while(|&b| b < self.cursor)
            .last()
            .unwrap_or(0)
    }

    fn left(&mut self) {
        self.cursor = self.previous();
    }

    fn right(&mut self) {
        if self.cursor < self.text.len() {
            self.cursor = self.boundary_at_or_after(self.cursor + 1);
        }
    }

    fn backspace(&mut self) -> Edited {
        if self.cursor == 0 {
            return Edited::Moved;
        }
        let start = self.previous();
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
        Edited::Changed
    }

    fn delete(&mut self) -> Edited {
        if self.cursor >= self.text.len() {
            return Edited::Moved;
        }
        let end = self.boundary_at_or_after(self.cursor + 1);
        self.text.replace_range(self.cursor..end, "");
        Edited::Changed
    }

    /// The text as shown in `room` cells with the cursor in view: whether
    /// the start is cut off, the text before the cursor and after it
    /// (made safe to print).
    pub fn window(&self, room: usize) -> (bool, String, String) {
        let room = room.max(2);
        let before = &self.text[..self.cursor];
        // Keep the cells before the cursor to what fits beside it.
        let mut start = 0;
        let mut shown = width(before);
        for (g, w) in graphemes(before) {
            if shown < room {
                break;
            }
            start += g.len();
            shown -= w;
        }
        let mut after = String::new();
        let mut left = room.saturating_sub(shown);
        for (g, w) in graphemes(&self.text[self.cursor..]) {
            if w > left {
                break;
            }
            after.push_str(g);
            left -= w;
        }
        (
            start > 0,
            sanitize(&before[start..]).into_owned(),
            sanitize(&after).into_owned(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> TextInput {
        let mut input = TextInput::default();
        input.insert(text);
        input
    }

    #[test]
    fn the_cursor_counts_cells_and_moves_by_clusters() {
        let mut input = typed("日本e\u{301}");
        assert_eq!(input.cursor_cells(), 5);
        input.left();
        assert_eq!(input.cursor_cells(), 4, "é is one cluster of one cell");
        input.left();
        assert_eq!(input.cursor_cells(), 2, "本 is two cells");
        input.backspace();
        assert_eq!(input.text(), "本e\u{301}");
        input.delete();
        assert_eq!(input.text(), "e\u{301}");
    }

    #[test]
    fn a_text_of_several_lines_keeps_its_breaks_and_one_line_does_not() {
        let mut one = typed("a");
        one.insert("b\r\nc\nd");
        assert_eq!(one.text(), "ab c d");
        let mut several = TextInput::lines("a");
        several.insert("b\r\nc\rd\te");
        assert_eq!(several.text(), "ab\nc\nde");
        several.cursor = 3;
        several.key(KeyEvent::new(KeyCode::End, KeyModifiers::NONE));
        assert_eq!(several.cursor, 4, "End goes to the end of the line");
        several.key(KeyEvent::new(KeyCode::Home, KeyModifiers::NONE));
        assert_eq!(several.cursor, 3);
        several.key(KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT));
        assert_eq!(several.text(), "ab\n\nc\nde");
        assert_eq!(
            one.key(KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT)),
            Edited::NotConsumed
        );
        assert_eq!(several.shown_lines(10, 2, true), ["", "▏c"]);
        assert_eq!(several.shown_lines(10, 2, false), ["ab", ""]);
    }

    #[test]
    fn words_are_deleted_and_crossed_by_the_word_keys() {
        let key = |code, modifiers| KeyEvent::new(code, modifiers);
        let mut input = typed("Hal  inrichten cliënt");
        assert_eq!(
            input.key(key(KeyCode::Char('w'), KeyModifiers::CONTROL)),
            Edited::Changed
        );
        assert_eq!(input.text(), "Hal  inrichten ");
        input.key(key(KeyCode::Backspace, KeyModifiers::ALT));
        assert_eq!(input.text(), "Hal  ");
        input.key(key(KeyCode::Char('a'), KeyModifiers::CONTROL));
        assert_eq!(input.cursor, 0);
        input.key(key(KeyCode::Right, KeyModifiers::CONTROL));
        assert_eq!(input.cursor, 3);
        input.key(key(KeyCode::Char('e'), KeyModifiers::CONTROL));
        assert_eq!(input.cursor, 5);
        input.key(key(KeyCode::Left, KeyModifiers::ALT));
        assert_eq!(input.cursor, 0);
        input.key(key(KeyCode::Char('u'), KeyModifiers::CONTROL));
        assert_eq!(input.text(), "");
    }

    #[test]
    fn the_window_keeps_the_cursor_in_view_by_cells() {
        let input = typed("日本語のテキスト");
        let (cut, before, after) = input.window(6);
        assert!(cut);
        assert_eq!(width(&before), 4, "two wide letters and the cursor fit");
        assert_eq!(after, "");
        let mut input = input;
        input.cursor = 0;
        let (cut, before, after) = input.window(6);
        assert!(!cut && before.is_empty());
        assert_eq!(after, "日本語");
    }
}
