//! Ids: the short names that entities are known by and referred to with.

use std::borrow::Borrow;
use std::fmt;

use serde::Serialize;

/// The longest id the format accepts.
pub const MAX_ID_LEN: usize = 64;

/// The id of a phase, partner, role, goal, KPI or step.
///
/// An `Id` holds any text so that a model with a bad id still loads (and the
/// bad id can be reported and fixed); [`Id::is_valid`] says whether it fits
/// the pattern of the format: 1 to 64 ASCII letters, digits, `-` and `_`,
/// starting with a letter or digit.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(transparent)]
pub struct Id(String);

impl Id {
    pub fn new(text: impl Into<String>) -> Id {
        Id(text.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether the id fits the format's pattern.
    pub fn is_valid(&self) -> bool {
        is_valid_id(&self.0)
    }

    /// An id made from a name: lower case, ASCII, words joined with `-`,
    /// at most 64 characters; `fallback` when nothing is left.
    pub fn from_name(name: &str, fallback: &str) -> Id {
        let mut out = String::new();
        for c in name.chars().map(fold_to_ascii) {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        let mut out = out.trim_end_matches('-').to_string();
        out.truncate(MAX_ID_LEN);
        let out = out.trim_end_matches('-');
        if out.is_empty() {
            Id::new(fallback)
        } else {
            Id::new(out)
        }
    }
}

/// Letters with accents as their plain ASCII letter, so `cliënt` gives
/// `client`; other characters as themselves.
pub fn fold_to_ascii(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ç' => 'c',
        'ñ' => 'n',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'A',
        'È' | 'É' | 'Ê' | 'Ë' => 'E',
        'Ì' | 'Í' | 'Î' | 'Ï' => 'I',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'O',
        'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
        other => other,
    }
}

/// Whether `text` fits the id pattern of the format.
pub fn is_valid_id(text: &str) -> bool {
    let bytes = text.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= MAX_ID_LEN
        && bytes[0].is_ascii_alphanumeric()
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Id {
    fn from(text: &str) -> Id {
        Id::new(text)
    }
}

impl From<String> for Id {
    fn from(text: String) -> Id {
        Id(text)
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pattern() {
        assert!(is_valid_id("gemeente"));
        assert!(is_valid_id("112"));
        assert!(is_valid_id("a_b-c"));
        assert!(is_valid_id(&"a".repeat(64)));
        assert!(!is_valid_id(&"a".repeat(65)));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("-a"));
        assert!(!is_valid_id("_a"));
        assert!(!is_valid_id("veilig thuis"));
        assert!(!is_valid_id("cliënt"));
    }

    #[test]
    fn from_name() {
        assert_eq!(Id::from_name("Veilig Thuis", "x"), "veilig-thuis");
        assert_eq!(
            Id::from_name("Cliënt & gezin (0-18)", "x"),
            "client-gezin-0-18"
        );
        assert_eq!(Id::from_name("  --  ", "partner"), "partner");
        assert_eq!(Id::from_name("家族", "stap"), "stap");
        assert!(Id::from_name(&"woord ".repeat(40), "x").is_valid());
    }
}
