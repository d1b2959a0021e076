//! Line-wise merges: multi-line text fields, and whole files that are no
//! model (as `git merge-file` would merge them, so nothing is lost).
//!
//! The diff3 is diffy's: a small, well-kept crate whose merge follows git's
//! (the same hunks, the same markers, an incomplete last line as git writes
//! it), which hand-written code would only repeat.

use diffy::{ConflictStyle, IncompleteHunkStyle, MergeOptions};

/// A text field changed on both sides: merged line by line, or `None` when
/// both changed the same lines differently.
pub fn merge_text(base: &str, ours: &str, theirs: &str) -> Option<String> {
    if ours == theirs || theirs == base {
        return Some(ours.to_string());
    }
    if ours == base {
        return Some(theirs.to_string());
    }
    if !(base.contains('\n') || ours.contains('\n') || theirs.contains('\n')) {
        return None;
    }
    // diffy compares whole lines: give every line its newline so that a
    // change of the last line is a change of a line like any other.
    let line = |t: &str| format!("{t}\n");
    let merged = options()
        .merge(&line(base), &line(ours), &line(theirs))
        .ok()?;
    Some(merged.strip_suffix('\n').unwrap_or(&merged).to_string())
}

/// The line merge of three files (any bytes): `Ok` when clean, `Err`
/// with git's conflict markers.
pub fn merge_lines(base: &[u8], ours: &[u8], theirs: &[u8]) -> Result<Vec<u8>, Vec<u8>> {
    options().merge_bytes(base, ours, theirs)
}

fn options() -> MergeOptions {
    let mut options = MergeOptions::new();
    options
        .set_conflict_style(ConflictStyle::Merge)
        .set_incomplete_hunk_style(IncompleteHunkStyle::Git);
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn different_lines_merge() {
        let base = "een\ntwee\ndrie";
        let ours = "EEN\ntwee\ndrie";
        let theirs = "een\ntwee\nDRIE";
        assert_eq!(
            merge_text(base, ours, theirs).as_deref(),
            Some("EEN\ntwee\nDRIE")
        );
    }

    #[test]
    fn the_same_line_two_ways_does_not() {
        assert_eq!(merge_text("een\ntwee", "EEN\ntwee", "Een\ntwee"), None);
        assert_eq!(merge_text("een", "EEN", "Een"), None);
        assert_eq!(merge_text("een", "twee", "twee").as_deref(), Some("twee"));
    }

    #[test]
    fn files_merge_as_git_merges_them() {
        let merged = merge_lines(b"a\nb\n", b"a\nB\n", "a\nβ\n".as_bytes()).unwrap_err();
        assert_eq!(
            merged,
            "a\n<<<<<<< ours\nB\n=======\nβ\n>>>>>>> theirs\n".as_bytes()
        );
        let merged = merge_lines(b"a\nb\nc\n", b"A\nb\nc\n", b"a\nb\nC\n");
        assert_eq!(merged.unwrap(), b"A\nb\nC\n");
    }
}
