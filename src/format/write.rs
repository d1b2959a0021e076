//! The canonical writer: one way to write each model, so that a model under
//! git changes by the lines a user changed and no others.
//!
//! - keys in the order of the format, maps in their own order;
//! - optional fields left out when empty, `better: higher` left out;
//! - entities in block style; short lists of ids and short texts in flow
//!   style (`[a, b]`) when the line stays within [`FLOW_WIDTH`] characters;
//! - measurements one per line as `- { period: 2026-Q1, value: 9 }`;
//! - `next` as a plain list of ids where no flow of the step has a label;
//! - whole numbers without a decimal point;
//! - multi-line text as literal blocks; text that YAML would read as a
//!   number, a boolean or null is quoted.
//!
//! Writing what was read gives the same model back, and writing twice gives
//! the same bytes.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::diagnostic::Code;
use crate::model::{
    Better, Comments, DIMENSIONS, FORMAT_VERSION, FieldValue, Flow, Id, Interest, Measurement,
    Model, Note, PulseEntry, Record, Section, fields,
};

/// The widest line that a flow-style list or map may make.
pub const FLOW_WIDTH: usize = 80;

/// Writes a model in canonical form, with the YAML comments it carries
/// in their places.
pub fn write(model: &Model) -> String {
    let mut w = Writer {
        out: String::new(),
        cx: model.comments.clone(),
    };
    w.comment_lines(0, &model.comments.entry.above);
    w.record(model, 0, Section::Top, Record::Top(model));
    w.comment_lines(0, &model.comments.trailing);
    w.out
}

struct Writer {
    out: String,
    /// The comments of what is being written: the model's at the top
    /// level, an entity's inside it.
    cx: Comments,
}

impl Writer {
    fn line(&mut self, indent: usize, text: &str) {
        for _ in 0..indent {
            self.out.push(' ');
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    fn comment_lines(&mut self, indent: usize, lines: &[String]) {
        for text in lines {
            self.line(indent, &format!("#{text}"));
        }
    }

    /// A line that a note belongs to: the comments above it, then the line
    /// with its end comment.
    fn noted_line(&mut self, indent: usize, text: &str, note: Option<&Note>) {
        let Some(note) = note else {
            self.line(indent, text);
            return;
        };
        let note = note.clone();
        self.comment_lines(indent, &note.above);
        match &note.end {
            Some(end) => self.line(indent, &format!("{text} #{end}")),
            None => self.line(indent, text),
        }
    }

    /// `key` and the rest of its line, with the key's comments.
    fn key_line(&mut self, indent: usize, key: &str, rest: &str) {
        let note = self.cx.field(key).cloned();
        self.noted_line(indent, &format!("{key}{rest}"), note.as_ref());
    }

    /// Every field of an entity (or of the model), in the order of the
    /// field table, each in its canonical form.
    fn record(&mut self, model: &Model, indent: usize, section: Section, record: Record) {
        for field in fields(section) {
            let Some(value) = record.value(field.key) else {
                continue;
            };
            let key = field.key;
            match value {
                FieldValue::Version => self.key_line(indent, key, &format!(": {FORMAT_VERSION}")),
                FieldValue::Text(text) => self.text(indent, key, text, field.required),
                FieldValue::Texts(list) => self.list(indent, key, list),
                FieldValue::Ref(id) if field.required => {
                    self.scalar_field(indent, key, id.map_or("", Id::as_str));
                }
                FieldValue::Ref(id) => self.reference(indent, key, id),
                FieldValue::Refs(ids) => self.list(indent, key, ids),
                FieldValue::Number(Some(n)) => {
                    self.key_line(indent, key, &format!(": {}", number(n)));
                }
                FieldValue::Number(None) if self.noted(key) => self.key_line(indent, key, ": ~"),
                FieldValue::Number(None) => {}
                FieldValue::Better(better) => {
                    if better == Better::Lower || self.noted(key) {
                        self.key_line(indent, key, &format!(": {}", better.as_str()));
                    }
                }
                FieldValue::Measurements(list) => {
                    if !list.is_empty() {
                        self.key_line(indent, key, ":");
                        for (i, m) in list.iter().enumerate() {
                            self.measurement(i, m);
                        }
                    }
                }
                FieldValue::Flows(next) => self.flows(next),
                FieldValue::Interests(list) => self.interests(indent, list),
                FieldValue::Pulse(list) => {
                    if !list.is_empty() {
                        self.key_line(indent, key, ":");
                        for (i, e) in list.iter().enumerate() {
                            self.pulse_entry(indent + 2, i, e);
                        }
                    } else if self.noted(key) {
                        self.key_line(indent, key, ": []");
                    }
                }
                FieldValue::Entities(inner) => self.section(model, key, inner, field.required),
                FieldValue::Allow(codes) => self.allow(indent, codes),
            }
        }
    }

    /// A section: `key:` and each entity under its id, with the comments of
    /// each; an empty section only when it is required or has a comment.
    fn section(&mut self, model: &Model, key: &str, section: Section, required: bool) {
        let mut entities = model.records(section).peekable();
        if entities.peek().is_none() {
            if required || self.noted(key) {
                self.key_line(0, key, ": {}");
            }
            return;
        }
        self.key_line(0, key, ":");
        let top = std::mem::take(&mut self.cx);
        for (id, record) in entities {
            let comments = record.comments();
            let id = id.map_or("", Id::as_str);
            self.noted_line(2, &format!("{}:", key_text(id)), Some(&comments.entry));
            self.cx = comments.clone();
            self.record(model, 4, section, record);
        }
        self.cx = top;
    }

    /// Whether the field `key` of what is being written has a comment.
    fn noted(&self, key: &str) -> bool {
        self.cx.field(key).is_some()
    }

    /// An optional reference: `key: id`, or `key: ~` only to keep a comment.
    fn reference(&mut self, indent: usize, key: &str, value: Option<&Id>) {
        match value {
            Some(id) => self.scalar_field(indent, key, id.as_str()),
            None if self.noted(key) => self.key_line(indent, key, ": ~"),
            None => {}
        }
    }

    /// `key: value` for a scalar that is never multi-line (ids, numbers).
    fn scalar_field(&mut self, indent: usize, key: &str, value: &str) {
        self.key_line(indent, key, &format!(": {}", scalar(value, Context::Block)));
    }

    /// `key: text`, or a literal block for multi-line text; nothing for
    /// empty text unless it is required.
    fn text(&mut self, indent: usize, key: &str, text: &str, required: bool) {
        if text.is_empty() && !required {
            // An empty field with a comment stays, so the comment does.
            if self.noted(key) {
                self.key_line(indent, key, ": ''");
            }
            return;
        }
        match literal_block(text, indent + 2) {
            Some(block) => {
                let (head, body) = block.split_once('\n').unwrap_or((&block, ""));
                self.key_line(indent, key, &format!(": {head}"));
                self.out.push_str(body);
            }
            None => self.scalar_field(indent, key, text),
        }
    }

    /// A list of texts or ids: `[a, b]` when it fits and no item has a
    /// comment, else one per line.
    fn list<T: AsRef<str>>(&mut self, indent: usize, key: &str, items: &[T]) {
        if items.is_empty() {
            if self.noted(key) {
                self.key_line(indent, key, ": []");
            }
            return;
        }
        let flow: Vec<String> = items
            .iter()
            .map(|i| scalar(i.as_ref(), Context::Flow))
            .collect();
        let one_line = format!("{key}: [{}]", flow.join(", "));
        if indent + one_line.chars().count() <= FLOW_WIDTH && !self.cx.has_items(key) {
            self.key_line(indent, key, &one_line[key.len()..]);
            return;
        }
        self.key_line(indent, key, ":");
        for (i, item) in items.iter().enumerate() {
            let note = self.cx.item(key, i).cloned();
            match literal_block(item.as_ref(), indent + 4) {
                Some(block) => {
                    let (head, body) = block.split_once('\n').unwrap_or((&block, ""));
                    self.noted_line(indent + 2, &format!("- {head}"), note.as_ref());
                    self.out.push_str(body);
                }
                None => self.noted_line(
                    indent + 2,
                    &format!("- {}", scalar(item.as_ref(), Context::Block)),
                    note.as_ref(),
                ),
            }
        }
    }

    fn allow(&mut self, indent: usize, codes: &[Code]) {
        let names: Vec<&str> = codes.iter().map(|c| c.as_str()).collect();
        self.list(indent, "allow", &names);
    }

    fn measurement(&mut self, index: usize, m: &Measurement) {
        let period = period(&m.period);
        let value = number(m.value);
        let note = self.cx.item("measurements", index).cloned();
        if !m.note.contains('\n') {
            let text = if m.note.is_empty() {
                String::new()
            } else {
                format!(", note: {}", scalar(&m.note, Context::Flow))
            };
            self.noted_line(
                6,
                &format!("- {{ period: {period}, value: {value}{text} }}"),
                note.as_ref(),
            );
            return;
        }
        self.noted_line(6, &format!("- period: {period}"), note.as_ref());
        self.line(8, &format!("value: {value}"));
        let top = std::mem::take(&mut self.cx);
        self.text(8, "note", &m.note, false);
        self.cx = top;
    }

    /// Interests: a list of texts while no interest has more than a
    /// name, else one per line, a plain one as text, the others as maps.
    fn interests(&mut self, indent: usize, list: &[Interest]) {
        if list.iter().all(Interest::is_plain) {
            let names: Vec<&str> = list.iter().map(|i| i.name.as_str()).collect();
            self.list(indent, "interests", &names);
            return;
        }
        self.key_line(indent, "interests", ":");
        for (i, interest) in list.iter().enumerate() {
            let note = self.cx.item("interests", i).cloned();
            let name = scalar(&interest.name, Context::Block);
            if interest.is_plain() {
                match literal_block(&interest.name, indent + 4) {
                    Some(block) => {
                        let (head, body) = block.split_once('\n').unwrap_or((&block, ""));
                        self.noted_line(indent + 2, &format!("- {head}"), note.as_ref());
                        self.out.push_str(body);
                    }
                    None => self.noted_line(indent + 2, &format!("- {name}"), note.as_ref()),
                }
                continue;
            }
            let top = std::mem::take(&mut self.cx);
            match literal_block(&interest.name, indent + 6) {
                Some(block) => {
                    let (head, body) = block.split_once('\n').unwrap_or((&block, ""));
                    self.noted_line(indent + 2, &format!("- name: {head}"), note.as_ref());
                    self.out.push_str(body);
                }
                None => self.noted_line(indent + 2, &format!("- name: {name}"), note.as_ref()),
            }
            self.list(indent + 4, "safeguarded_by", &interest.safeguarded_by);
            self.text(indent + 4, "notes", &interest.notes, false);
            self.cx = top;
        }
    }

    /// An entry of the pulse, on one line as `- { period: …, partner: …,
    /// trust: 4, … }` unless its note has more than one line.
    fn pulse_entry(&mut self, indent: usize, index: usize, e: &PulseEntry) {
        let mut parts = vec![
            format!("period: {}", period(&e.period)),
            format!("partner: {}", scalar(e.partner.as_str(), Context::Flow)),
        ];
        for ((key, _), score) in DIMENSIONS.iter().zip(e.scores) {
            if let Some(score) = score {
                parts.push(format!("{key}: {score}"));
            }
        }
        let note = self.cx.item("pulse", index).cloned();
        if !e.note.contains('\n') {
            if !e.note.is_empty() {
                parts.push(format!("note: {}", scalar(&e.note, Context::Flow)));
            }
            self.noted_line(
                indent,
                &format!("- {{ {} }}", parts.join(", ")),
                note.as_ref(),
            );
            return;
        }
        self.noted_line(indent, &format!("- {}", parts[0]), note.as_ref());
        for part in &parts[1..] {
            self.line(indent + 2, part);
        }
        let top = std::mem::take(&mut self.cx);
        self.text(indent + 2, "note", &e.note, false);
        self.cx = top;
    }

    fn flows(&mut self, next: &[Flow]) {
        if next.iter().all(|f| f.label.is_empty()) {
            let ids: Vec<&str> = next.iter().map(|f| f.to.as_str()).collect();
            self.list(4, "next", &ids);
            return;
        }
        self.key_line(4, "next", ":");
        for (i, flow) in next.iter().enumerate() {
            let note = self.cx.item("next", i).cloned();
            let to = scalar(flow.to.as_str(), Context::Flow);
            if flow.label.is_empty() {
                self.noted_line(
                    6,
                    &format!("- {}", scalar(flow.to.as_str(), Context::Block)),
                    note.as_ref(),
                );
            } else if !flow.label.contains('\n') {
                let label = scalar(&flow.label, Context::Flow);
                self.noted_line(
                    6,
                    &format!("- {{ to: {to}, label: {label} }}"),
                    note.as_ref(),
                );
            } else {
                self.noted_line(
                    6,
                    &format!("- to: {}", scalar(flow.to.as_str(), Context::Block)),
                    note.as_ref(),
                );
                let top = std::mem::take(&mut self.cx);
                self.text(8, "label", &flow.label, false);
                self.cx = top;
            }
        }
    }
}

/// A map key: ids are written plain unless YAML would read them as
/// something other than text.
fn key_text(id: &str) -> String {
    scalar(id, Context::Block)
}

/// A number as written: whole numbers without a decimal point.
pub fn number(value: f64) -> String {
    if value == 0.0 {
        return "0".to_string();
    }
    if value.fract() == 0.0 && value.abs() < 1e17 {
        // A whole number with all its digits, where those digits are the
        // ones the reader keeps (past 2^53 they can be more than an f64
        // holds, and the reader would refuse them).
        let whole = format!("{value:.0}");
        if super::yaml::keeps_exactly(&whole, value) {
            return whole;
        }
    }
    format!("{value:?}")
}

/// A period: plain when it reads back as the same text (numbers such as
/// `2026` stay numbers, as the format allows), else quoted.
fn period(text: &str) -> String {
    if super::yaml::parse_number(text).is_some_and(f64::is_finite) {
        text.to_string()
    } else {
        scalar(text, Context::Flow)
    }
}

/// Where a scalar is written: in block context, or inside `[ ]`/`{ }`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    Block,
    Flow,
}

/// A single-line scalar: plain where that reads back as the same text,
/// else single-quoted, else double-quoted with escapes.
fn scalar(text: &str, context: Context) -> String {
    if is_plain_safe(text, context) {
        text.to_string()
    } else if text.chars().all(|c| is_printable(c) && c != '\n') && shows_as_is(text) {
        format!("'{}'", text.replace('\'', "''"))
    } else {
        double_quoted(text)
    }
}

fn double_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if is_printable(c) && !crate::text::needs_placeholder(c) => out.push(c),
            c if (c as u32) <= 0xff => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) <= 0xffff => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push('"');
    out
}

/// Whether text has nothing that would act on a terminal showing the file,
/// or hide in it (bidirectional, zero-width, separator characters): only
/// such text is written unescaped, so that `keten fmt -` and `cat` of a
/// written file show what the file says.
fn shows_as_is(text: &str) -> bool {
    matches!(crate::text::sanitize_block(text), Cow::Borrowed(_))
}

/// Characters YAML lets stand as themselves in quoted and block text, less
/// the ones that some readers take as line breaks.
fn is_printable(c: char) -> bool {
    match c {
        '\t' => true,
        '\u{20}'..='\u{7e}' => true,
        '\u{85}' => false,
        '\u{a0}'..='\u{d7ff}' => !matches!(c, '\u{2028}' | '\u{2029}'),
        '\u{e000}'..='\u{fffd}' => c != '\u{feff}',
        '\u{10000}'..='\u{10ffff}' => true,
        _ => false,
    }
}

/// Whether text can be written without quotes and read back as the same
/// text by keten and by other YAML readers (1.1 and 1.2).
fn is_plain_safe(text: &str, context: Context) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    let last = text.chars().next_back().unwrap_or(first);
    if first.is_whitespace() || last.is_whitespace() || last == ':' {
        return false;
    }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    if text.contains(": ") || text.contains(" #") || text.contains(":\t") {
        return false;
    }
    // Inside `[ ]` and `{ }`, libyaml-based readers refuse a `:` anywhere in
    // plain text, and a `-` or `?` after a space where a `,`, `]` or `}`
    // follows it (`[a -]`).
    if context == Context::Flow
        && (text.contains([',', '[', ']', '{', '}', ':'])
            || text.contains(" -")
            || text.contains(" ?"))
    {
        return false;
    }
    if !text.chars().all(|c| is_printable(c) && c != '\t') || !shows_as_is(text) {
        return false;
    }
    !looks_like_non_text(text)
}

/// Whether a YAML reader (1.2 core, or 1.1 with its wider booleans,
/// numbers, dates and merge keys) might read plain text as something else.
fn looks_like_non_text(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "~" | "null" | "true" | "false" | "yes" | "no" | "on" | "off" | "y" | "n" | "<<" | "="
    ) {
        return true;
    }
    // Numbers in any notation, and dates and times: digits and the few
    // characters that join them.
    let numeric = |c: char| c.is_ascii_hexdigit() || "+-._:xXoO".contains(c);
    let starts_like_number = text.starts_with(|c: char| c.is_ascii_digit() || "+-.".contains(c));
    if starts_like_number && text.chars().all(numeric) {
        return true;
    }
    if lower.starts_with(".inf")
        || lower.starts_with("-.inf")
        || lower.starts_with("+.inf")
        || lower == ".nan"
    {
        return true;
    }
    // YAML 1.1 timestamps: 2026-01-31, 2026-01-31T10:00:00Z, 2026-1-31 10:00
    let b = text.as_bytes();
    b.len() >= 8
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && text[5..]
            .chars()
            .all(|c| c.is_ascii_digit() || "-:.tTzZ +".contains(c))
}

/// Multi-line text as a literal block (`|` and its lines, each indented by
/// `indent`), when a literal block can hold it exactly.
fn literal_block(text: &str, indent: usize) -> Option<String> {
    if !text.contains('\n') {
        return None;
    }
    let body = text.trim_end_matches('\n');
    let trailing = text.len() - body.len();
    if body.is_empty() {
        return None;
    }
    for line in body.split('\n') {
        // Leading white space would be read as indentation, lines of only
        // spaces as blank, and a carriage return as a line break.
        if line.starts_with([' ', '\t']) || (line.trim().is_empty() && !line.is_empty()) {
            return None;
        }
        if !line.chars().all(is_printable) || !shows_as_is(line) {
            return None;
        }
        if line.ends_with([' ', '\t']) {
            return None;
        }
    }
    let chomp = match trailing {
        0 => "-",
        1 => "",
        _ => "+",
    };
    let mut out = format!("|{chomp}\n");
    let pad = " ".repeat(indent);
    for line in body.split('\n') {
        if !line.is_empty() {
            out.push_str(&pad);
            out.push_str(line);
        }
        out.push('\n');
    }
    for _ in 1..trailing {
        out.push('\n');
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_only_where_it_reads_back_as_text() {
        for text in [
            "Veilig Thuis",
            "2026-Q1",
            "a-b",
            "cliënt",
            "家族",
            "x:y",
            "a#b",
        ] {
            assert!(is_plain_safe(text, Context::Block), "{text}");
        }
        for text in [
            "",
            " a",
            "a ",
            "yes",
            "No",
            "null",
            "~",
            "5",
            "-1.5",
            "0x1F",
            "1_000",
            "1:20",
            "2026-01-31",
            ".inf",
            "- a",
            "a: b",
            "a #b",
            "'q",
            "@x",
            "a:",
            "<<",
            "tab\there",
        ] {
            assert!(!is_plain_safe(text, Context::Block), "{text}");
        }
        assert!(!is_plain_safe("a, b", Context::Flow));
        assert!(!is_plain_safe("x:?", Context::Flow));
        assert!(is_plain_safe("a, b", Context::Block));
        assert!(is_plain_safe("a -", Context::Block));
    }

    #[test]
    fn a_scalar_in_a_flow_list_or_map_reads_back_as_written() {
        for text in [
            "a -",
            "a ?",
            "a - b",
            "a -b",
            "a-",
            "a?",
            "2026 - Q1",
            "x ?y",
            "a\u{3000}-",
        ] {
            let written = scalar(text, Context::Flow);
            let list: Vec<String> = serde_yaml::from_str(&format!("[{written}]"))
                .unwrap_or_else(|e| panic!("[{written}]: {e}"));
            assert_eq!(list, [text], "[{written}]");
            let map: std::collections::BTreeMap<String, String> =
                serde_yaml::from_str(&format!("{{period: {written}, value: x}}"))
                    .unwrap_or_else(|e| panic!("{{period: {written}}}: {e}"));
            assert_eq!(map["period"], text, "{written}");
        }
    }

    #[test]
    fn scalars_quote_and_escape() {
        assert_eq!(scalar("yes", Context::Block), "'yes'");
        assert_eq!(scalar("it's: x", Context::Block), "'it''s: x'");
        assert_eq!(scalar("bell\u{7}", Context::Block), "\"bell\\x07\"");
        assert_eq!(scalar("a\rb", Context::Block), "\"a\\rb\"");
    }

    #[test]
    fn numbers() {
        assert_eq!(number(5.0), "5");
        assert_eq!(number(-3.0), "-3");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(0.1), "0.1");
        assert_eq!(number(1e20), "1e20");
    }

    #[test]
    fn literal_blocks_keep_trailing_newlines() {
        assert_eq!(literal_block("a\nb", 2).unwrap(), "|-\n  a\n  b\n");
        assert_eq!(literal_block("a\nb\n", 2).unwrap(), "|\n  a\n  b\n");
        assert_eq!(
            literal_block("a\n\nb\n\n", 2).unwrap(),
            "|+\n  a\n\n  b\n\n"
        );
        assert_eq!(literal_block(" a\nb", 2), None);
        assert_eq!(literal_block("one line", 2), None);
    }
}
