//! YAML text to a tree of nodes that know where they stand in the file.
//!
//! The parser is saphyr-parser, which reports a span for every event; the
//! tree keeps it so that every error can name its line and column. On top
//! of the parser, this module refuses what a model file never needs and an
//! attacker could use: nesting deeper than [`MAX_DEPTH`] and aliases that
//! expand past [`MAX_ALIAS_NODES`]. It also finds keys written twice in a
//! map, which YAML libraries otherwise resolve by silently keeping one.

use std::borrow::Cow;

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Span as YamlSpan};

use crate::diagnostic::{Code, Diagnostic, Findings, Pos};
use crate::lang::t;
use crate::model::HashMap;

/// How deep collections may nest. A model needs five levels; the rest is
/// room for hand-written files that nest a little more by mistake.
pub const MAX_DEPTH: usize = 64;

/// How many nodes aliases may add in all, so that a "billion laughs" file
/// costs nothing.
pub const MAX_ALIAS_NODES: usize = 100_000;

/// How many values (scalars, lists and maps, aliases expanded) a file may
/// hold at least, whatever its size.
pub const MAX_NODES: usize = 600_000;

/// Above [`MAX_NODES`], a file may hold one value per this many bytes: an
/// honest model spends about ten bytes a value (a 100,000-step model is
/// 9.8 MB and 1.2 million values), so memory stays in proportion to the
/// file, and a file of tiny values (`[a,a,a,…]`) is refused.
pub const BYTES_PER_NODE: usize = 4;

/// The most values a text of `bytes` bytes may hold.
pub fn max_nodes(bytes: usize) -> usize {
    MAX_NODES.max(bytes / BYTES_PER_NODE)
}

/// About how many bytes the canonical writer spends on a value besides
/// its text (indentation, `: `, `- `, the line break).
const WRITTEN_BYTES_PER_NODE: usize = 4;

/// Where a node stands in the file: its first line and column, and the
/// character offsets of its start and end, for finding what lies between.
/// Kept small, since a large model has hundreds of thousands of nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    line: u32,
    column: u32,
    pub start_char: u32,
    pub end_char: u32,
}

impl Span {
    fn from_yaml(span: YamlSpan) -> Span {
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Span {
            line: narrow(span.start.line().max(1)),
            column: narrow(span.start.col() + 1),
            start_char: narrow(span.start.index()),
            end_char: narrow(span.end.index()),
        }
    }

    /// The line and column where the node starts.
    pub fn start(self) -> Pos {
        Pos {
            line: self.line as usize,
            column: self.column as usize,
        }
    }

    fn to(self, end: Span) -> Span {
        Span {
            end_char: end.end_char,
            ..self
        }
    }
}

/// How a scalar was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Unquoted: may be a number, a boolean or null.
    Plain,
    /// Quoted, tagged `!!str`, or a block scalar: always text.
    Text,
}

/// A node of the tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Node<'a> {
    pub value: Value<'a>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Scalar(Cow<'a, str>, Style),
    Seq(Vec<Node<'a>>),
    Map(Vec<(Node<'a>, Node<'a>)>),
}

impl<'a> Node<'a> {
    /// The scalar's text and style, if this is a scalar.
    pub fn scalar(&self) -> Option<(&str, Style)> {
        match &self.value {
            Value::Scalar(text, style) => Some((text, *style)),
            _ => None,
        }
    }

    /// Whether this is YAML's null: an empty plain scalar, `~` or `null`.
    pub fn is_null(&self) -> bool {
        matches!(self.scalar(), Some((t, Style::Plain)) if is_null(t))
    }

    /// What kind of value this is, for messages: "a list", "a map", "text".
    pub fn kind(&self) -> &'static str {
        match &self.value {
            Value::Scalar(text, Style::Plain) if is_null(text) => "nothing",
            Value::Scalar(text, Style::Plain) if parse_number(text).is_some() => "a number",
            Value::Scalar(text, Style::Plain) if is_bool(text) => "true/false",
            Value::Scalar(..) => "text",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a map",
        }
    }

    /// The value under a key, if this is a map that has it.
    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        match &self.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.scalar().is_some_and(|(t, _)| t == key))
                .map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Whether a plain scalar is null in YAML's core schema.
pub fn is_null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

/// Whether a plain scalar is a boolean in YAML's core schema.
pub fn is_bool(text: &str) -> bool {
    matches!(text, "true" | "True" | "TRUE" | "false" | "False" | "FALSE")
}

/// The number a plain scalar stands for under YAML's core schema: decimal
/// integers and floats, `0x` and `0o` integers, `.inf` and `.nan`.
pub fn parse_number(text: &str) -> Option<f64> {
    let (sign, digits) = match text.as_bytes().first()? {
        b'-' => (-1.0, &text[1..]),
        b'+' => (1.0, &text[1..]),
        _ => (1.0, text),
    };
    if let Some(hex) = text.strip_prefix("0x") {
        return u64::from_str_radix(hex, 16).ok().map(|v| v as f64);
    }
    if let Some(oct) = text.strip_prefix("0o") {
        return u64::from_str_radix(oct, 8).ok().map(|v| v as f64);
    }
    match digits {
        ".inf" | ".Inf" | ".INF" => return Some(sign * f64::INFINITY),
        ".nan" | ".NaN" | ".NAN" if sign > 0.0 && digits.len() == text.len() => {
            return Some(f64::NAN);
        }
        _ => {}
    }
    // [0-9]+ ( . [0-9]* )? | . [0-9]+, then an optional exponent.
    let b = digits.as_bytes();
    let mut i = 0;
    let int_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits == 0 && frac_digits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits == 0 {
            return None;
        }
        i += exp_digits;
    }
    if i != b.len() {
        return None;
    }
    text.parse::<f64>().ok()
}

/// Whether the number a plain scalar was read as (`value`, from
/// [`parse_number`]) is exactly the number the text says, so that writing
/// it back changes nothing: false for `9223372036854775807` (more digits
/// than a number keeps) and `1e-400` (too small, read as 0).
pub fn keeps_exactly(text: &str, value: f64) -> bool {
    let radix = text
        .strip_prefix("0x")
        .map(|h| (h, 16))
        .or_else(|| text.strip_prefix("0o").map(|o| (o, 8)));
    if let Some((digits, radix)) = radix {
        return u64::from_str_radix(digits, radix)
            .is_ok_and(|v| value as u128 == u128::from(v) && value.fract() == 0.0);
    }
    let written = format!("{value:?}");
    decimal(text).is_some() && decimal(text) == decimal(&written)
}

/// A decimal number as (negative, significant digits, power of ten), so
/// that equal numbers compare equal however they are written.
fn decimal(text: &str) -> Option<(bool, String, i64)> {
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], rest[i + 1..].parse::<i64>().ok()?),
        None => (rest, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: String = int.chars().chain(frac.chars()).collect();
    if !all.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac_len = i64::try_from(frac.len()).ok()?;
    let significant = all.trim_start_matches('0');
    let trimmed = significant.trim_end_matches('0');
    if trimmed.is_empty() {
        return Some((false, String::new(), 0));
    }
    let zeros = i64::try_from(significant.len() - trimmed.len()).ok()?;
    Some((negative, trimmed.to_string(), exponent - frac_len + zeros))
}

/// A parsed file: the root node (none for an empty file), the errors that
/// did not stop the parse (keys written twice), and where scalars stand.
#[derive(Debug)]
pub struct Document<'a> {
    pub root: Option<Node<'a>>,
    pub errors: Findings,
    /// The character ranges of all scalars, in order, with the quote of
    /// quoted ones; only when asked for.
    pub scalar_ranges: Vec<(usize, usize, Option<char>)>,
}

enum Frame<'a> {
    Seq {
        span: Span,
        anchor: usize,
        items: Vec<Node<'a>>,
        size: usize,
    },
    Map {
        span: Span,
        anchor: usize,
        entries: Vec<(Node<'a>, Node<'a>)>,
        key: Option<Node<'a>>,
        seen: Option<Seen>,
        size: usize,
    },
}

/// Parses YAML text into a tree. Fails on the first syntax error, on
/// nesting too deep, on aliases that expand too far, and on a second
/// document; keys written twice are reported in `errors` (the first one is
/// kept).
///
/// Aliases are budgeted in values and in bytes: what they add may not make
/// the file, written out with the aliases expanded (as `keten fmt` does),
/// larger than [`super::MAX_FILE_BYTES`] or than the value limit, so that
/// a file keten reads also reads back after it is written.
pub fn parse(text: &str, keep_scalar_ranges: bool) -> Result<Document<'_>, Diagnostic> {
    let mut parser = Parser::new_from_str(text);
    let mut stack: Vec<Frame> = Vec::new();
    // Each anchored node with its count of values and its written bytes.
    let mut anchors: HashMap<usize, (Node, usize, usize)> = HashMap::default();
    let mut alias_budget = MAX_ALIAS_NODES;
    let max_file = usize::try_from(super::MAX_FILE_BYTES).unwrap_or(usize::MAX);
    let mut byte_budget = max_file.saturating_sub(text.len());
    let max_nodes = max_nodes(text.len());
    let mut doc = Document {
        root: None,
        errors: Findings::default(),
        scalar_ranges: Vec::new(),
    };
    let mut documents = 0;
    let mut nodes = 0;
    let mut offsets = Offsets::new(text);
    if let Some(found) = directive(text) {
        return Err(found);
    }
    let too_many = |at: Span| {
        Diagnostic::new(
            Code::Limit,
            t::too_many_values(max_nodes, MAX_NODES, BYTES_PER_NODE),
        )
        .at(at.start())
    };
    while let Some(event) = parser.next_event() {
        let (event, yspan) = event.map_err(|e| syntax_error(e, text))?;
        let span = Span::from_yaml(yspan);
        if matches!(
            event,
            Event::Scalar(..) | Event::SequenceStart(..) | Event::MappingStart(..)
        ) {
            nodes += 1;
            if nodes > max_nodes {
                return Err(too_many(span));
            }
        }
        // A finished node, its anchor and how many nodes it holds.
        let done: (Node, usize, usize) = match event {
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {
                continue;
            }
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(
                        Diagnostic::new(Code::Syntax, t::second_document()).at(span.start())
                    );
                }
                continue;
            }
            Event::Scalar(value, style, anchor, tag) => {
                if let Some(tag) = tag.as_ref().filter(|t| !is_str_tag(t)) {
                    return Err(unkept_tag(tag, span));
                }
                let forced_text = tag.is_some();
                let quote = match style {
                    ScalarStyle::SingleQuoted => Some('\''),
                    ScalarStyle::DoubleQuoted => Some('"'),
                    _ => None,
                };
                let style = match style {
                    ScalarStyle::Plain if !forced_text => Style::Plain,
                    _ => Style::Text,
                };
                if keep_scalar_ranges {
                    doc.scalar_ranges.push((
                        span.start_char as usize,
                        span.end_char as usize,
                        quote,
                    ));
                }
                let value = offsets.borrow(value, span, quote.is_some());
                let node = Node {
                    value: Value::Scalar(value, style),
                    span,
                };
                (node, anchor, 1)
            }
            Event::SequenceStart(anchor, ref tag) | Event::MappingStart(anchor, ref tag) => {
                if let Some(tag) = tag {
                    return Err(unkept_tag(tag, span));
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(
                        Diagnostic::new(Code::Limit, t::too_deep(MAX_DEPTH)).at(span.start())
                    );
                }
                stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Frame::Seq {
                        span,
                        anchor,
                        items: Vec::new(),
                        size: 1,
                    }
                } else {
                    Frame::Map {
                        span,
                        anchor,
                        entries: Vec::new(),
                        key: None,
                        seen: None,
                        size: 1,
                    }
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Frame::Seq {
                    span: start,
                    anchor,
                    items,
                    size,
                }) => (
                    Node {
                        value: Value::Seq(items),
                        span: start.to(span),
                    },
                    anchor,
                    size,
                ),
                Some(Frame::Map {
                    span: start,
                    anchor,
                    entries,
                    size,
                    ..
                }) => (
                    Node {
                        value: Value::Map(entries),
                        span: start.to(span),
                    },
                    anchor,
                    size,
                ),
                None => continue,
            },
            Event::Alias(id) => {
                let Some((node, size, bytes)) = anchors.get(&id) else {
                    return Err(Diagnostic::new(Code::Syntax, t::unknown_anchor()).at(span.start()));
                };
                if *size > alias_budget {
                    return Err(
                        Diagnostic::new(Code::Limit, t::alias_values(MAX_ALIAS_NODES))
                            .at(span.start()),
                    );
                }
                if *bytes > byte_budget {
                    return Err(Diagnostic::new(
                        Code::Limit,
                        t::alias_bytes(max_file / (1024 * 1024)),
                    )
                    .at(span.start()));
                }
                alias_budget -= size;
                byte_budget -= bytes;
                nodes += size;
                if nodes > max_nodes {
                    return Err(too_many(span));
                }
                let mut node = node.clone();
                node.span = span;
                (node, 0, *size)
            }
        };
        let (node, anchor, size) = done;
        if anchor != 0 {
            let bytes = written_bytes(&node);
            anchors.insert(anchor, (node.clone(), size, bytes));
        }
        match stack.last_mut() {
            None => {
                if doc.root.is_none() {
                    doc.root = Some(node);
                }
            }
            Some(Frame::Seq { items, size: s, .. }) => {
                *s += size;
                items.push(node);
            }
            Some(Frame::Map {
                entries,
                key,
                seen,
                size: s,
                ..
            }) => {
                *s += size;
                match key.take() {
                    None => *key = Some(node),
                    Some(k) => {
                        if let Some(first) = duplicate(entries, seen, &k) {
                            let name = k.scalar().map(|(t, _)| t).unwrap_or_default();
                            doc.errors.push(
                                Diagnostic::new(Code::DuplicateId, t::key_twice(name, first.line))
                                    .at(k.span.start()),
                            );
                        } else {
                            entries.push((k, node));
                        }
                    }
                }
            }
        }
    }
    Ok(doc)
}

/// The parser's character offsets as byte offsets into the text, so that
/// a scalar written as it reads can be the text's own slice: the parser
/// gives every scalar a string of its own (a large file has a million of
/// them), and the tree keeps none it need not.
struct Offsets<'a> {
    text: &'a str,
    ascii: bool,
    /// The last offset found, as (character, byte), for the next, which
    /// usually lies after it.
    at: (usize, usize),
}

impl<'a> Offsets<'a> {
    fn new(text: &'a str) -> Offsets<'a> {
        Offsets {
            text,
            ascii: text.is_ascii(),
            at: (0, 0),
        }
    }

    /// The byte offset of character `char`, if the text has it.
    fn byte(&mut self, char: usize) -> Option<usize> {
        if self.ascii {
            return (char <= self.text.len()).then_some(char);
        }
        if char < self.at.0 {
            self.at = (0, 0);
        }
        let (mut c, mut b) = self.at;
        let mut rest = self.text[b..].chars();
        while c < char {
            b += rest.next()?.len_utf8();
            c += 1;
        }
        self.at = (c, b);
        Some(b)
    }

    /// `value` as the text's own slice where the scalar at `span` is
    /// written just as it reads (inside its quotes when `quoted`).
    fn borrow(&mut self, value: Cow<'a, str>, span: Span, quoted: bool) -> Cow<'a, str> {
        let Cow::Owned(owned) = &value else {
            return value;
        };
        let (Some(start), Some(end)) = (
            self.byte(span.start_char as usize),
            self.byte(span.end_char as usize),
        ) else {
            return value;
        };
        let Some(written) = self.text.get(start..end) else {
            return value;
        };
        let inner = if quoted {
            let mut chars = written.chars();
            chars.next();
            chars.next_back();
            chars.as_str()
        } else {
            written
        };
        if inner == owned {
            Cow::Borrowed(inner)
        } else {
            value
        }
    }
}

/// Where a key was first written in a map, if it was. A large map finds
/// its keys by their hash (the entries' indices kept under it), so that
/// no key is copied.
fn duplicate<'a>(
    entries: &[(Node<'a>, Node<'a>)],
    seen: &mut Option<Seen>,
    key: &Node<'a>,
) -> Option<Pos> {
    const SCAN: usize = 16;
    let Value::Scalar(text, _) = &key.value else {
        return None;
    };
    let same = |i: &u32| {
        let (k, _) = &entries[*i as usize];
        k.scalar().is_some_and(|(t, _)| t == text)
    };
    if entries.len() < SCAN {
        return entries
            .iter()
            .find(|(k, _)| k.scalar().is_some_and(|(t, _)| t == text))
            .map(|(k, _)| k.span.start());
    }
    let seen = seen.get_or_insert_with(|| {
        let mut seen = Seen::default();
        for (i, (k, _)) in entries.iter().enumerate() {
            if let Value::Scalar(t, _) = &k.value {
                seen.insert(t, i);
            }
        }
        seen
    });
    match seen.find(text, same) {
        Some(first) => Some(entries[first].0.span.start()),
        None => {
            // The key goes in as the next entry.
            seen.insert(text, entries.len());
            None
        }
    }
}

/// The keys of a large map by their hash: the first entry with each hash,
/// and the entries whose hash was taken by another key (rare).
#[derive(Default)]
struct Seen {
    hasher: foldhash::fast::RandomState,
    first: HashMap<u64, u32>,
    collided: Vec<(u64, u32)>,
}

impl Seen {
    fn hash(&self, text: &str) -> u64 {
        use std::hash::BuildHasher;
        self.hasher.hash_one(text)
    }

    /// Records the entry of a key not seen before.
    fn insert(&mut self, text: &str, entry: usize) {
        let hash = self.hash(text);
        let entry = u32::try_from(entry).unwrap_or(u32::MAX);
        match self.first.entry(hash) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(entry);
            }
            std::collections::hash_map::Entry::Occupied(_) => self.collided.push((hash, entry)),
        }
    }

    /// The first entry whose key is `text` (told by `same`).
    fn find(&self, text: &str, same: impl Fn(&u32) -> bool) -> Option<usize> {
        let hash = self.hash(text);
        let first = self.first.get(&hash)?;
        std::iter::once(first)
            .chain(
                self.collided
                    .iter()
                    .filter(|(h, _)| *h == hash)
                    .map(|(_, e)| e),
            )
            .find(|e| same(e))
            .map(|&e| e as usize)
    }
}

/// Whether a tag is `!!str`, the one tag keten reads (it makes a scalar
/// text, which the writer keeps by quoting).
fn is_str_tag(tag: &saphyr_parser::Tag) -> bool {
    tag.is_yaml_core_schema() && tag.suffix == "str"
}

/// A tag keten would lose on writing (`!!binary`, `!custom`, `!!int`): refused,
/// so that no value changes quietly.
fn unkept_tag(tag: &saphyr_parser::Tag, at: Span) -> Diagnostic {
    let shown = if tag.is_yaml_core_schema() {
        format!("!!{}", tag.suffix)
    } else {
        tag.to_string()
    };
    Diagnostic::new(Code::Schema, t::foreign_tag(&shown)).at(at.start())
}

/// A `%YAML` or `%TAG` directive: `keten fmt` writes none, so a file that
/// has one is refused rather than changed quietly.
fn directive(text: &str) -> Option<Diagnostic> {
    let (line, _) = text
        .lines()
        .enumerate()
        .take_while(|(_, l)| !l.starts_with("---"))
        .find(|(_, l)| l.starts_with('%'))?;
    Some(
        Diagnostic::new(
            Code::Schema,
            "a YAML directive (`%YAML`, `%TAG`): keten writes none and reads model files as YAML 1.2; remove the line",
        )
        .at(Pos {
            line: line + 1,
            column: 1,
        }),
    )
}

/// About how many bytes a node takes when written out: its text and a
/// little for the punctuation of each value.
fn written_bytes(node: &Node) -> usize {
    let mut bytes = 0;
    let mut todo = vec![node];
    while let Some(node) = todo.pop() {
        bytes += WRITTEN_BYTES_PER_NODE;
        match &node.value {
            Value::Scalar(text, _) => bytes += text.len(),
            Value::Seq(items) => todo.extend(items),
            Value::Map(entries) => todo.extend(entries.iter().flat_map(|(k, v)| [k, v])),
        }
    }
    bytes
}

/// The longest key YAML reads without `?`: saphyr gives up on a longer one
/// with "simple key expect ':'", which does not say why.
const MAX_SIMPLE_KEY: usize = 1024;

fn syntax_error(error: ScanError, text: &str) -> Diagnostic {
    let mark = error.marker();
    let at = Pos {
        line: mark.line().max(1),
        column: mark.col() + 1,
    };
    let (code, message) = match error.info() {
        "recursion limit exceeded" => (Code::Limit, t::too_deep(MAX_DEPTH)),
        info @ ("simple key expect ':'" | "mapping values are not allowed in this context") => {
            // The key starts on the line of the mark, or the one before.
            let long = text
                .lines()
                .skip(at.line.saturating_sub(2))
                .take(2)
                .any(|line| line.chars().count() > MAX_SIMPLE_KEY);
            if long {
                (
                    Code::Limit,
                    t::key_too_long(MAX_SIMPLE_KEY, crate::model::MAX_ID_LEN),
                )
            } else {
                (Code::Syntax, t::yaml_syntax(info))
            }
        }
        info => (Code::Syntax, t::yaml_syntax(info)),
    };
    Diagnostic::new(code, message).at(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_of_the_core_schema() {
        for (text, want) in [
            ("5", Some(5.0)),
            ("-5", Some(-5.0)),
            ("+5", Some(5.0)),
            ("2.5", Some(2.5)),
            (".5", Some(0.5)),
            ("5.", Some(5.0)),
            ("1e3", Some(1000.0)),
            ("1.5E-2", Some(0.015)),
            ("0x1F", Some(31.0)),
            ("0o17", Some(15.0)),
            ("2026-Q1", None),
            ("1_000", None),
            ("e5", None),
            (".", None),
            ("1e", None),
            ("", None),
            ("12abc", None),
        ] {
            assert_eq!(parse_number(text), want, "{text}");
        }
        assert!(parse_number(".inf").unwrap().is_infinite());
        for (text, kept) in [
            ("5", true),
            ("-5", true),
            ("2.50", true),
            ("0.1", true),
            ("1e3", true),
            ("1E20", true),
            ("0x1F", true),
            ("9007199254740992", true),
            ("9007199254740993", false),
            ("9223372036854775807", false),
            ("0xFFFFFFFFFFFFFFFF", false),
            ("-1e-400", false),
            ("1e-400", false),
            ("0.10000000000000000001", false),
            ("-0", true),
        ] {
            let value = parse_number(text).unwrap();
            assert_eq!(keeps_exactly(text, value), kept, "{text}");
        }
        assert!(parse_number(".nan").unwrap().is_nan());
    }

    #[test]
    fn duplicate_keys_are_found_in_small_and_large_maps() {
        let doc = parse("a: 1\nb: 2\na: 3\n", false).unwrap();
        assert_eq!(doc.errors.list.len(), 1);
        assert_eq!(doc.errors.list[0].pos, Some(Pos { line: 3, column: 1 }));
        let mut big: String = (0..40).map(|i| format!("k{i}: {i}\n")).collect();
        big.push_str("k3: again\nk39: again\n");
        let doc = parse(&big, false).unwrap();
        let lines: Vec<usize> = doc
            .errors
            .list
            .iter()
            .map(|e| e.pos.unwrap().line)
            .collect();
        assert_eq!(lines, [41, 42]);
    }

    #[test]
    fn spans_point_at_values() {
        let doc = parse("a:\n  b: 'x'\n  c: |\n    one\n    two\n", true).unwrap();
        let root = doc.root.unwrap();
        let a = root.get("a").unwrap();
        assert_eq!(a.get("b").unwrap().span.start(), Pos { line: 2, column: 6 });
        // A block scalar starts where its text starts, after the `|` line.
        assert_eq!(a.get("c").unwrap().span.start().line, 4);
        assert_eq!(doc.scalar_ranges.len(), 5);
    }

    #[test]
    fn scalars_written_as_they_read_are_the_texts_own() {
        let text = "é: ünïcode\nb: 'it''s'\nc: \"tab\\t\"\nd: \"plain ö\"\ne: two\n  lines\nf: |\n  block\n  two\n";
        let doc = parse(text, false).unwrap();
        let root = doc.root.unwrap();
        let Value::Map(entries) = &root.value else {
            panic!("a map");
        };
        let values: Vec<(&str, bool)> = entries
            .iter()
            .map(|(_, v)| match &v.value {
                Value::Scalar(t, _) => (t.as_ref(), matches!(t, Cow::Borrowed(_))),
                _ => panic!("a scalar"),
            })
            .collect();
        assert_eq!(
            values,
            [
                ("ünïcode", true),
                ("it's", false),
                ("tab\t", false),
                ("plain ö", true),
                ("two lines", false),
                ("block\ntwo\n", false),
            ]
        );
        assert!(matches!(
            &entries[0].0.value,
            Value::Scalar(Cow::Borrowed("é"), _)
        ));
    }

    #[test]
    fn billion_laughs_is_refused() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let mut prev = 'a';
        for c in 'b'..='j' {
            text.push_str(&format!(
                "{c}: &{c} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
            prev = c;
        }
        let err = parse(&text, false).unwrap_err();
        assert_eq!(err.code, Code::Limit);
        assert!(err.message.contains("aliases"), "{}", err.message);
    }

    #[test]
    fn deep_nesting_is_refused() {
        for text in [
            "[".repeat(100_000),
            "{a: ".repeat(100_000),
            "- ".repeat(100_000) + "x",
            "a: ".to_string() + &"[".repeat(70) + &"]".repeat(70),
        ] {
            let err = parse(&text, false).unwrap_err();
            assert!(err.message.contains("nest"), "{}", err.message);
        }
    }

    #[test]
    fn a_second_document_is_refused() {
        let err = parse("a: 1\n---\nb: 2\n", false).unwrap_err();
        assert_eq!(err.pos.unwrap().line, 2);
    }
}
