//! Making text from a model file safe to print.
//!
//! A model is somebody else's file: its names may hold escape sequences,
//! carriage returns, bells or bidirectional overrides that would move the
//! cursor, change colours or reorder what a terminal shows. Everything keten
//! prints from a model goes through [`sanitize`] first.

use std::borrow::Cow;

/// Text with every control character replaced by a visible placeholder:
/// C0 controls by their Control Pictures symbol (`␛`, `␍`, `␇`, …), DEL by
/// `␡`, and C1 controls, bidirectional controls and other invisible format
/// characters by `�`. A newline becomes `␊`, since callers print lines.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_placeholder) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(placeholder).collect())
}

/// Like [`sanitize`], but keeps newlines and tabs, for text printed as a block.
pub fn sanitize_block(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| c != '\n' && c != '\t' && needs_placeholder(c))
    {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if c == '\n' || c == '\t' {
                    c
                } else {
                    placeholder(c)
                }
            })
            .collect(),
    )
}

fn needs_placeholder(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

fn placeholder(c: char) -> char {
    match c {
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        c if needs_placeholder(c) => '\u{fffd}',
        c => c,
    }
}

/// Format characters that change how text around them is shown: the
/// bidirectional embeddings, overrides and isolates, and the line and
/// paragraph separators.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_visible() {
        assert_eq!(sanitize("plain"), "plain");
        assert!(matches!(sanitize("plain"), Cow::Borrowed(_)));
        assert_eq!(sanitize("a\u{1b}[31mb"), "a\u{241b}[31mb");
        assert_eq!(sanitize("x\ry\u{7}"), "x\u{240d}y\u{2407}");
        assert_eq!(sanitize("\u{9b}2J"), "\u{fffd}2J");
        assert_eq!(sanitize("a\u{202e}b"), "a\u{fffd}b");
        assert_eq!(sanitize("a\nb"), "a\u{240a}b");
        assert_eq!(sanitize_block("a\nb\u{1b}"), "a\nb\u{241b}");
    }
}
