//! The YAML comments of a file: finding them, and attaching each to the
//! entry, field or list item it belongs to, so the writer puts it back in
//! its place. A comment on its own line belongs to the next line with a
//! key or an item; a comment at the end of a line, to the first key or item
//! on that line. Comments before the first key head the file; comments
//! after the last content end it.

use super::yaml::{self, Document, Node, Value};
use crate::model::{Comments, Id, Model, Note, Section};

/// A comment: where it is, its text after `#`, and whether it stands on a
/// line of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub line: usize,
    pub text: String,
    pub own_line: bool,
}

/// Every comment of a text, in order. A `#` is a comment where it starts a
/// line or follows white space, outside every scalar. Text that does not
/// parse has no comments found.
pub fn find(text: &str) -> Vec<Comment> {
    if !text.contains('#') {
        return Vec::new();
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match yaml::parse(text, true) {
        Ok(doc) => find_in(text, &doc.scalar_ranges),
        Err(_) => Vec::new(),
    }
}

/// Every comment of a text already parsed with its scalar ranges kept
/// (`yaml::parse(text, true)`), in order.
fn find_in(text: &str, scalar_ranges: &[(usize, usize, Option<char>)]) -> Vec<Comment> {
    // The parser's span of a quoted scalar can run past its closing quote
    // (to the end of the line): find the quote itself.
    let chars: Vec<char> = text.chars().collect();
    let ranges: Vec<(usize, usize)> = scalar_ranges
        .iter()
        .map(|&(start, end, quote)| match quote {
            Some(q) => (start, quoted_end(&chars, start, q).min(end)),
            None => (start, end),
        })
        .collect();
    let mut out = Vec::new();
    let mut range = 0;
    let mut index = 0;
    for (n, line) in text.split('\n').enumerate() {
        let mut prev = ' ';
        let mut blank_before = true;
        for (col, c) in line.chars().enumerate() {
            let at = index + col;
            if c == '#' && (prev == ' ' || prev == '\t' || col == 0) {
                while range < ranges.len() && ranges[range].1 <= at {
                    range += 1;
                }
                let inside = ranges
                    .get(range)
                    .is_some_and(|&(start, end)| start <= at && at < end);
                if !inside {
                    let rest: String = line.chars().skip(col + 1).collect();
                    // What would act on a terminal showing the written
                    // file (bidirectional and zero-width characters, which
                    // YAML allows in a comment) becomes visible.
                    out.push(Comment {
                        line: n + 1,
                        text: crate::text::sanitize(rest.trim_end()).into_owned(),
                        own_line: blank_before,
                    });
                    break;
                }
            }
            if !c.is_whitespace() {
                blank_before = false;
            }
            prev = c;
        }
        index += line.chars().count() + 1;
    }
    out
}

/// The char index just past the closing quote of a quoted scalar that
/// opens at `start`: `''` inside single quotes and `\"` inside double
/// quotes do not close it.
fn quoted_end(chars: &[char], start: usize, quote: char) -> usize {
    let mut i = start + 1;
    while i < chars.len() {
        let c = chars[i];
        if quote == '"' && c == '\\' {
            i += 2;
            continue;
        }
        if c == quote {
            if quote == '\'' && chars.get(i + 1) == Some(&'\'') {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    chars.len()
}

/// Where a comment can belong.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Anchor {
    Top(String),
    Entity(Section, Id),
    Field(Section, Id, String),
    Item(Section, Id, String, usize),
    TopItem(String, usize),
}

/// The places comments can belong to, by line and column.
fn anchors(root: &Node) -> Vec<(usize, usize, Anchor)> {
    let mut out = Vec::new();
    let Value::Map(top) = &root.value else {
        return out;
    };
    let pos = |n: &Node| (n.span.start().line, n.span.start().column);
    for (key, value) in top {
        let Some((name, _)) = key.scalar() else {
            continue;
        };
        let (l, c) = pos(key);
        out.push((l, c, Anchor::Top(name.to_string())));
        if let Value::Seq(items) = &value.value {
            for (i, item) in items.iter().enumerate() {
                let (l, c) = pos(item);
                out.push((l, c, Anchor::TopItem(name.to_string(), i)));
            }
        }
        let Some(section) = Section::from_key(name) else {
            continue;
        };
        let Value::Map(entities) = &value.value else {
            continue;
        };
        for (id_node, entity) in entities {
            let Some((id, _)) = id_node.scalar() else {
                continue;
            };
            let id = Id::new(id);
            let (l, c) = pos(id_node);
            out.push((l, c, Anchor::Entity(section, id.clone())));
            let Value::Map(fields) = &entity.value else {
                continue;
            };
            for (field_node, field_value) in fields {
                let Some((field, _)) = field_node.scalar() else {
                    continue;
                };
                let (l, c) = pos(field_node);
                out.push((l, c, Anchor::Field(section, id.clone(), field.to_string())));
                if let Value::Seq(items) = &field_value.value {
                    for (i, item) in items.iter().enumerate() {
                        let anchor = Anchor::Item(section, id.clone(), field.to_string(), i);
                        // The keys inside an item (`value:` of a measurement
                        // written as a block) belong to the item too.
                        if let Value::Map(inner) = &item.value {
                            for (k, _) in inner {
                                let (l, c) = pos(k);
                                out.push((l, c, anchor.clone()));
                            }
                        }
                        let (l, c) = pos(item);
                        out.push((l, c, anchor));
                    }
                }
            }
        }
    }
    out.sort_by_key(|(l, c, _)| (*l, *c));
    out
}

/// Runs `apply` on the comments of an entity of the model (of the model
/// itself for the top level).
fn comments_of(model: &mut Model, section: Section, id: &Id, apply: impl FnOnce(&mut Comments)) {
    let slot = match section {
        Section::Phases => model.phases.get_mut(id).map(|e| &mut e.comments),
        Section::Partners => model.partners.get_mut(id).map(|e| &mut e.comments),
        Section::Roles => model.roles.get_mut(id).map(|e| &mut e.comments),
        Section::Goals => model.goals.get_mut(id).map(|e| &mut e.comments),
        Section::Kpis => model.kpis.get_mut(id).map(|e| &mut e.comments),
        Section::Agreements => model.agreements.get_mut(id).map(|e| &mut e.comments),
        Section::Steps => {
            model.steps.update(id.as_str(), |s| apply(&mut s.comments));
            return;
        }
        Section::Top => Some(&mut model.comments),
    };
    if let Some(comments) = slot {
        apply(comments);
    }
}

fn note_of<'c>(comments: &'c mut Comments, anchor: &Anchor) -> &'c mut Note {
    match anchor {
        Anchor::Top(key) | Anchor::Field(_, _, key) => comments.field_mut(key),
        Anchor::Entity(..) => &mut comments.entry,
        Anchor::Item(_, _, key, i) | Anchor::TopItem(key, i) => comments.item_mut(key, *i),
    }
}

/// Attaches the comments of `text` to the model. `doc` is the text parsed
/// once, with its scalar ranges kept when the text has a `#` (a text
/// without one has no comments).
pub fn attach(text: &str, doc: &Document, model: &mut Model) {
    let Some(root) = &doc.root else {
        return;
    };
    if !text.contains('#') {
        return;
    }
    let comments = find_in(text, &doc.scalar_ranges);
    if comments.is_empty() {
        return;
    }
    let anchors = anchors(root);
    let first_line = anchors.first().map_or(usize::MAX, |(l, _, _)| *l);
    for comment in comments {
        // The anchors are sorted by line: binary searches keep this linear.
        let after = anchors.partition_point(|(l, _, _)| *l <= comment.line);
        let on_line = anchors.partition_point(|(l, _, _)| *l < comment.line);
        let anchor = if comment.own_line {
            if comment.line < first_line {
                // Before the first key: the file's header.
                model.comments.entry.above.push(comment.text);
                continue;
            }
            match anchors.get(after) {
                Some((_, _, a)) => a,
                None => {
                    model.comments.trailing.push(comment.text);
                    continue;
                }
            }
        } else {
            let here = anchors.get(on_line).filter(|(l, _, _)| *l == comment.line);
            match here.or_else(|| on_line.checked_sub(1).and_then(|i| anchors.get(i))) {
                Some((_, _, a)) => a,
                None => {
                    model.comments.entry.above.push(comment.text);
                    continue;
                }
            }
        };
        let (section, id) = match anchor {
            Anchor::Top(_) | Anchor::TopItem(..) => (Section::Top, Id::default()),
            Anchor::Entity(s, id) | Anchor::Field(s, id, _) | Anchor::Item(s, id, _, _) => {
                (*s, id.clone())
            }
        };
        let text = comment.text;
        let own_line = comment.own_line;
        comments_of(model, section, &id, |c| {
            let note = note_of(c, anchor);
            if own_line {
                note.above.push(text);
            } else {
                // Two end comments for one place (a value written over two
                // lines) are kept together.
                note.end = Some(match note.end.take() {
                    Some(before) => format!("{before} #{text}"),
                    None => text,
                });
            }
        });
    }
}

/// The lines (from 1) that hold a YAML comment, in order.
pub fn comment_lines(text: &str) -> Vec<usize> {
    let mut lines: Vec<usize> = find(text).into_iter().map(|c| c.line).collect();
    lines.dedup();
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_comments_but_not_hashes_in_text() {
        let text = "# top\nname: a # end\nb: 'x # y'\nc: x#y\nd: |\n  # not a comment\n  text\ne: [a, b] # flow\n  # indented\n";
        assert_eq!(comment_lines(text), [1, 2, 8, 9]);
    }

    #[test]
    fn multi_line_quoted_text_is_not_a_comment() {
        let text = "a: \"one\n  # two\"\nb: 1\n";
        assert_eq!(comment_lines(text), Vec::<usize>::new());
    }
}
