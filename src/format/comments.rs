//! Finding the YAML comments of a file.
//!
//! The canonical writer does not keep comments yet, so `fmt` and saves use
//! this to tell the user which lines hold comments before anything is lost.

use super::yaml;

/// The lines (from 1) that hold a YAML comment, in order. A `#` is a
/// comment where it starts a line or follows white space, outside every
/// scalar. Text that does not parse has no comments found.
pub fn comment_lines(text: &str) -> Vec<usize> {
    if !text.contains('#') {
        return Vec::new();
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Ok(doc) = yaml::parse(text, true) else {
        return Vec::new();
    };
    let ranges = doc.scalar_ranges;
    let mut lines = Vec::new();
    let mut range = 0;
    let mut line = 1;
    let mut prev = '\n';
    for (index, c) in text.chars().enumerate() {
        if c == '#' && (prev == '\n' || prev == ' ' || prev == '\t') {
            while range < ranges.len() && ranges[range].1 <= index {
                range += 1;
            }
            let inside = ranges
                .get(range)
                .is_some_and(|&(start, end)| start <= index && index < end);
            if !inside && lines.last() != Some(&line) {
                lines.push(line);
            }
        }
        if c == '\n' {
            line += 1;
        }
        prev = c;
    }
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
