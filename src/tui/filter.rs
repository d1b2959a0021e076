//! What typing into a list to choose from matches: the same in every
//! picker (the lists over the screens, a form's choices), case- and
//! accent-blind, so `clienten` finds `cliënten`; what starts with the
//! typed text first.

use crate::model::fold_to_ascii;

/// Text folded for matching: lower case, accents off, combining marks
/// dropped.
pub fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(fold_to_ascii)
        .flat_map(char::to_lowercase)
        .collect()
}

/// How well `text` matches the typed `filter` (already folded): `None` for
/// not at all, else lower is better (0: it starts so, 1: a word starts
/// so, 2: it is somewhere inside).
pub fn rank(text: &str, filter: &str) -> Option<u8> {
    if filter.is_empty() {
        return Some(0);
    }
    let text = fold(text);
    let at = text.find(filter)?;
    if at == 0 {
        return Some(0);
    }
    let word = text
        .match_indices(filter)
        .any(|(i, _)| !text[..i].ends_with(char::is_alphanumeric));
    Some(if word { 1 } else { 2 })
}

/// The indexes of the texts that match what was typed, best first (the
/// list's own order among equals).
pub fn matching<'a>(texts: impl IntoIterator<Item = &'a str>, typed: &str) -> Vec<usize> {
    let filter = fold(typed.trim());
    let mut ranked: Vec<(u8, usize)> = texts
        .into_iter()
        .enumerate()
        .filter_map(|(i, text)| rank(text, &filter).map(|r| (r, i)))
        .collect();
    ranked.sort();
    ranked.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_matches_without_case_or_accents_the_start_first() {
        assert_eq!(fold("Cliënten É"), "clienten e");
        assert_eq!(fold("cli\u{65}\u{308}nt"), "client");
        let texts = [
            "Ambulance",
            "Cliëntenraad",
            "Gemeente (gemeente)",
            "Raad voor cliënten",
        ];
        assert_eq!(matching(texts, "clienten"), [1, 3]);
        assert_eq!(
            matching(texts, "RAAD"),
            [3, 1],
            "a word that starts so first"
        );
        assert_eq!(matching(texts, ""), [0, 1, 2, 3]);
        assert!(matching(texts, "xyz").is_empty());
    }
}
