//! The YAML comments of a file: finding them, and attaching each to the
//! entry, field or list item it belongs to, so the writer puts it back in
//! its place. A comment on its own line belongs to the next line with a
//! key or an item; a comment at the end of a line, to the first key or item
//! on that line. Comments before the first key head the file; comments
//! after the last content end it.

use super::yaml::{self, Node, Value};
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
    let Ok(doc) = yaml::parse(text, true) else {
        return Vec::new();
    };
    let ranges = doc.scalar_ranges;
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
                    out.push(Comment {
                        line: n + 1,
                        text: rest.trim_end().to_string(),
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

/// Where a comment can belong.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Anchor {
    Top(String),
    Entity(Section, Id),
    Field(Section, Id, String),
    Item(Section, Id, String, usize),
}

fn section_of(key: &str) -> Option<Section> {
    Some(match key {
        "phases" => Section::Phases,
        "partners" => Section::Partners,
        "roles" => Section::Roles,
        "goals" => Section::Goals,
        "kpis" => Section::Kpis,
        "steps" => Section::Steps,
        _ => return None,
    })
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
        let Some(section) = section_of(name) else {
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
                        let (l, c) = pos(item);
                        out.push((
                            l,
                            c,
                            Anchor::Item(section, id.clone(), field.to_string(), i),
                        ));
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
        Anchor::Item(_, _, key, i) => comments.item_mut(key, *i),
    }
}

/// Attaches the comments of `text` (whose tree is `root`) to the model.
pub fn attach(text: &str, root: &Node, model: &mut Model) {
    let comments = find(text);
    if comments.is_empty() {
        return;
    }
    let anchors = anchors(root);
    for comment in comments {
        let anchor = if comment.own_line {
            match anchors.iter().find(|(l, _, _)| *l > comment.line) {
                Some((_, _, a)) => Some(a),
                None => {
                    model.comments.trailing.push(comment.text);
                    continue;
                }
            }
        } else {
            anchors
                .iter()
                .find(|(l, _, _)| *l == comment.line)
                .or_else(|| anchors.iter().rev().find(|(l, _, _)| *l < comment.line))
                .map(|(_, _, a)| a)
        };
        let Some(anchor) = anchor else {
            model.comments.entry.above.push(comment.text);
            continue;
        };
        if comment.own_line
            && anchors.first().is_some_and(|(l, _, _)| *l > comment.line)
            && matches!(anchor, Anchor::Top(_))
        {
            // Before the first key: the file's header.
            model.comments.entry.above.push(comment.text);
            continue;
        }
        let (section, id) = match anchor {
            Anchor::Top(_) => (Section::Top, Id::default()),
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
                note.end = Some(text);
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
