//! Making text from a model file safe to print.
//!
//! A model is somebody else's file: its names may hold escape sequences,
//! carriage returns, bells or bidirectional overrides that would move the
//! cursor, change colours or reorder what a terminal shows. Everything keten
//! prints from a model goes through [`sanitize`] first.

use std::borrow::Cow;

/// Text with every control character replaced by a visible placeholder:
/// C0 controls by their Control Pictures symbol (`␛`, `␍`, `␇`, …), DEL by
/// `␡`, and C1 controls, bidirectional controls, zero-width and other
/// invisible format characters by `�`. A newline becomes `␊`, since callers
/// print lines. The zero-width joiners that scripts and emoji need (between
/// two letters or symbols beyond ASCII) are kept.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    clean(text, |_| false)
}

/// Like [`sanitize`], but keeps newlines and tabs, for text printed as a block.
pub fn sanitize_block(text: &str) -> Cow<'_, str> {
    clean(text, |c| c == '\n' || c == '\t')
}

const ZWJ: char = '\u{200d}';
const ZWNJ: char = '\u{200c}';

/// Each character of a text with whether it must not reach a terminal.
fn marked(text: &str) -> impl Iterator<Item = (char, bool)> + '_ {
    let joins = |c: Option<char>| {
        c.is_some_and(|c| !c.is_ascii() && !needs_placeholder(c) && c != ZWJ && c != ZWNJ)
    };
    let mut prev = None;
    let mut rest = text.chars().peekable();
    std::iter::from_fn(move || {
        let c = rest.next()?;
        let bad = if c == ZWJ || c == ZWNJ {
            !(joins(prev) && joins(rest.peek().copied()))
        } else {
            needs_placeholder(c)
        };
        prev = Some(c);
        Some((c, bad))
    })
}

fn clean(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !marked(text).any(|(c, bad)| bad && !keep(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        marked(text)
            .map(|(c, bad)| if bad && !keep(c) { placeholder(c) } else { c })
            .collect(),
    )
}

/// Whether a character acts on a terminal or hides in text: a control
/// character, or a bidirectional, separator or zero-width one.
pub fn needs_placeholder(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

fn placeholder(c: char) -> char {
    match c {
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        _ => '\u{fffd}',
    }
}

/// Format characters that change how text around them is shown, or hide
/// in it: the bidirectional marks, embeddings, overrides and isolates, the
/// line and paragraph separators, and the zero-width characters.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{61c}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
    )
}

/// JSON text with every character that could act on a terminal, or hide,
/// written as a `\uXXXX` escape: DEL, C1 controls, bidirectional and
/// zero-width characters, U+2028 and U+2029 (serde_json escapes only C0).
/// They can stand only inside strings, so the JSON means the same.
pub fn json_safe(json: String) -> String {
    if !json.chars().any(needs_placeholder) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if needs_placeholder(c) && !matches!(c, '\n' | '\t' | '\r') {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
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
        assert_eq!(
            sanitize("a\u{200b}b\u{2060}c\u{feff}"),
            "a\u{fffd}b\u{fffd}c\u{fffd}"
        );
        assert_eq!(sanitize("a\u{200d}b"), "a\u{fffd}b");
        // Joiners inside a script or an emoji sequence stay.
        assert_eq!(sanitize("می\u{200c}خواهم"), "می\u{200c}خواهم");
        assert_eq!(sanitize("👩\u{200d}👧"), "👩\u{200d}👧");
        assert_eq!(
            json_safe("{\"a\": \"x\u{9b}\u{7f}\u{202e}\u{2028}\u{200b}\"}\n".to_string()),
            "{\"a\": \"x\\u009b\\u007f\\u202e\\u2028\\u200b\"}\n"
        );
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

/// Text cut to at most `max` cells, a `…` where it was cut.
pub fn abbreviate(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for (g, w) in graphemes(text) {
        if used + w + 1 > max {
            break;
        }
        out.push_str(g);
        used += w;
    }
    if max > 0 {
        out.push('…');
    }
    out
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
    fn abbreviating_keeps_to_the_cells_and_marks_the_cut() {
        assert_eq!(abbreviate("Melding", 10), "Melding");
        assert_eq!(abbreviate("Melding aannemen", 10), "Melding a…");
        assert_eq!(abbreviate("日本語テキスト", 5), "日本…");
        assert_eq!(abbreviate("abc", 0), "");
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
