//! git's conflict markers in a model file: finding each conflict, with
//! both sides, so that `keten check` names them instead of failing on the
//! YAML (the markers are no YAML).
//!
//! ```text
//! <<<<<<< ours
//!     name: Melding aannemen
//! ||||||| base            (only in git's diff3 style)
//!     name: Melding
//! =======
//!     name: Melding ontvangen
//! >>>>>>> theirs
//! ```

use crate::diagnostic::{Code, Diagnostic, Findings, Pos};
use crate::lang::t;

/// One conflict: the line numbers (from 1) of its markers and the lines of
/// each side, without their newlines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// The line of `<<<<<<<`.
    pub start: usize,
    /// The line of `>>>>>>>`.
    pub end: usize,
    pub ours: Vec<String>,
    /// The base, in git's diff3 style.
    pub base: Option<Vec<String>>,
    pub theirs: Vec<String>,
}

/// A part of a file with conflicts: lines outside every conflict, or one
/// conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Lines(Vec<String>),
    Conflict(Region),
}

fn is_marker(line: &str, c: char) -> bool {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let n = line.chars().take_while(|&x| x == c).count();
    n >= 7 && line[n..].chars().next().is_none_or(|x| x == ' ')
}

/// The text cut into its conflicts and the lines between them, or `None`
/// when it has no complete conflict (an `<<<<<<<` line with its `=======`
/// and `>>>>>>>`).
pub fn parts(text: &str) -> Option<Vec<Part>> {
    if !text.contains("<<<<<<<") {
        return None;
    }
    let lines: Vec<&str> = text.split('\n').collect();
    let mut parts = Vec::new();
    let mut plain: Vec<String> = Vec::new();
    let mut found = false;
    let mut i = 0;
    while i < lines.len() {
        if is_marker(lines[i], '<') {
            if let Some((region, next)) = region(&lines, i) {
                if !plain.is_empty() {
                    parts.push(Part::Lines(std::mem::take(&mut plain)));
                }
                parts.push(Part::Conflict(region));
                found = true;
                i = next;
                continue;
            }
        }
        plain.push(lines[i].to_string());
        i += 1;
    }
    if !plain.is_empty() {
        parts.push(Part::Lines(plain));
    }
    found.then_some(parts)
}

/// The conflict that opens at line index `at`, and the index after it.
fn region(lines: &[&str], at: usize) -> Option<(Region, usize)> {
    let own = |range: &[&str]| range.iter().map(|l| l.to_string()).collect::<Vec<_>>();
    let mut i = at + 1;
    let (mut base_at, mut split) = (None, None);
    while i < lines.len() {
        let line = lines[i];
        if is_marker(line, '<') {
            return None;
        }
        if split.is_none() && base_at.is_none() && is_marker(line, '|') {
            base_at = Some(i);
        } else if split.is_none() && is_marker(line, '=') {
            split = Some(i);
        } else if let Some(split) = split.filter(|_| is_marker(line, '>')) {
            let ours_end = base_at.unwrap_or(split);
            return Some((
                Region {
                    start: at + 1,
                    end: i + 1,
                    ours: own(&lines[at + 1..ours_end]),
                    base: base_at.map(|b| own(&lines[b + 1..split])),
                    theirs: own(&lines[split + 1..i]),
                },
                i + 1,
            ));
        }
        i += 1;
    }
    None
}

/// A `merge-conflict` finding for every conflict of the text, or `None`
/// when it has none.
pub fn findings(text: &str) -> Option<Findings> {
    let parts = parts(text)?;
    let mut findings = Findings::default();
    for part in parts {
        if let Part::Conflict(region) = part {
            findings.push(
                Diagnostic::new(
                    Code::MergeConflict,
                    t::merge_conflict(region.end, &side(&region.ours), &side(&region.theirs)),
                )
                .at(Pos {
                    line: region.start,
                    column: 1,
                }),
            );
        }
    }
    Some(findings)
}

/// One side of a conflict in a few words: its first line, and how many
/// more.
fn side(lines: &[String]) -> String {
    let mut first = lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty());
    let Some(line) = first.next() else {
        return t::side_empty();
    };
    let short: String = line.chars().take(60).collect();
    let cut = if short.len() < line.len() { "…" } else { "" };
    t::side_has(&format!("{short}{cut}"), first.count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_both_styles() {
        let text =
            "a: 1\n<<<<<<< ours\nb: 2\n||||||| base\nb: 1\n=======\nb: 3\n>>>>>>> theirs\nc: 4\n";
        let parts = parts(text).unwrap();
        assert_eq!(parts.len(), 3);
        let Part::Conflict(r) = &parts[1] else {
            panic!("{parts:?}")
        };
        assert_eq!((r.start, r.end), (2, 8));
        assert_eq!(r.ours, ["b: 2"]);
        assert_eq!(r.base.as_deref(), Some(&["b: 1".to_string()][..]));
        assert_eq!(r.theirs, ["b: 3"]);
        let f = findings(text).unwrap();
        assert_eq!(f.list[0].pos, Some(Pos { line: 2, column: 1 }));
        assert!(
            f.list[0]
                .message
                .contains("ours has `b: 2`, theirs has `b: 3`")
        );
    }

    #[test]
    fn a_lone_marker_is_no_conflict() {
        assert_eq!(parts("a: |\n  <<<<<<< x\n"), None);
        assert_eq!(parts("<<<<<<< x\nb\n"), None);
        assert_eq!(
            parts("a\n<<<<<<<< x\n=======\n>>>>>>>\n").map(|p| p.len()),
            Some(3)
        );
    }
}
