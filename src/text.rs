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

/// The display width of text in terminal cells: wide CJK characters and
/// emoji count two, combining marks zero.
///
/// Text is measured grapheme by grapheme, as a terminal places it, so the
/// width of a string is always the sum of the widths of its parts.
pub fn width(text: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    if text.is_ascii() {
        return text.bytes().filter(|b| !b.is_ascii_control()).count();
    }
    text.graphemes(true).map(grapheme_width).sum()
}

fn grapheme_width(g: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(g)
}

/// The grapheme clusters of text with their display widths: what one cell
/// (or two, for wide ones) of a terminal shows.
pub fn graphemes(text: &str) -> impl Iterator<Item = (&str, usize)> {
    use unicode_segmentation::UnicodeSegmentation;
    text.graphemes(true).map(|g| (g, grapheme_width(g)))
}

/// Wraps text into lines of at most `max` cells, breaking at spaces where
/// it can and inside a word (between grapheme clusters) where a word is
/// longer than a line. Whitespace runs become one space.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(2);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut line_width = 0;
    for word in text.split_whitespace() {
        let word_width = width(word);
        if line_width > 0 && line_width + 1 + word_width <= max {
            line.push(' ');
            line.push_str(word);
            line_width += 1 + word_width;
            continue;
        }
        if line_width > 0 {
            lines.push(std::mem::take(&mut line));
            line_width = 0;
        }
        if word_width <= max {
            line.push_str(word);
            line_width = word_width;
            continue;
        }
        for (g, w) in graphemes(word) {
            if line_width + w > max && line_width > 0 {
                lines.push(std::mem::take(&mut line));
                line_width = 0;
            }
            line.push_str(g);
            line_width += w;
        }
    }
    if line_width > 0 || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod wrap_tests {
    use super::*;

    #[test]
    fn widths_count_cells() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("家族"), 4);
        assert_eq!(width("e\u{301}"), 1);
        assert_eq!(width("🙂"), 2);
    }

    #[test]
    fn wrapping_by_words_and_inside_long_words() {
        assert_eq!(
            wrap("Melding aannemen en beoordelen", 12),
            ["Melding", "aannemen en", "beoordelen"]
        );
        assert_eq!(
            wrap("Arbeidsongeschiktheidsverzekering", 12),
            ["Arbeidsonges", "chiktheidsve", "rzekering"]
        );
        assert_eq!(
            wrap("家族支援計画を作成する", 6),
            ["家族支", "援計画", "を作成", "する"]
        );
        assert_eq!(wrap("", 5), [""]);
        for line in wrap("مرحبا بالعالم 🙂🙂🙂🙂 e\u{301}e\u{301}e\u{301}", 5) {
            assert!(width(&line) <= 5, "{line}");
        }
    }
}
