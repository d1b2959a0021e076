//! How wide text comes out in bpmn.io's font (Arial, or a font with its
//! metrics), so that labels get bounds their words fit in.

/// Advance widths of Arial in thousandths of an em, for the printable
/// ASCII characters from the space on.
const ASCII: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278,
    278, // ' '..'/'
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // digits
    278, 278, 584, 584, 584, 556, 1015, // ':'..'@'
    667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667,
    611, 722, 667, 944, 667, 667, 611, // 'A'..'Z'
    278, 278, 278, 469, 556, 333, // '['..'`'
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
    278, 556, 500, 722, 500, 500, 500, // 'a'..'z'
    334, 260, 334, 584, // '{'..'~'
];

/// The width of a line of text at a font size in pixels, a little more
/// than the browser will need so a line that fits here fits there.
pub fn width(text: &str, size: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            ' '..='~' => f64::from(ASCII[c as usize - 32]),
            c if is_wide(c) => 1000.0,
            _ => 600.0,
        })
        .sum();
    em * size / 1000.0 * 1.08
}

/// East Asian wide characters, a full em each.
fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115f | 0x2e80..=0xa4cf | 0xac00..=0xd7a3 | 0xf900..=0xfaff | 0xfe30..=0xfe4f | 0xff00..=0xff60 | 0xffe0..=0xffe6 | 0x20000..=0x3fffd)
}

/// Text wrapped at spaces into lines no wider than `max` where a word
/// allows; a longer word gets a line of its own, never broken.
pub fn wrap(text: &str, max: f64, size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if line.is_empty() {
            line.push_str(word);
            continue;
        }
        let longer = format!("{line} {word}");
        if width(&longer, size) <= max {
            line = longer;
        } else {
            lines.push(std::mem::take(&mut line));
            line.push_str(word);
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The width of the widest line.
pub fn widest(lines: &[String], size: f64) -> f64 {
    lines.iter().map(|l| width(l, size)).fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_never_breaks_a_word_and_keeps_every_word() {
        let text = "voortgangsinformatie over het budgetplan";
        let lines = wrap(text, 40.0, 11.0);
        assert_eq!(lines[0], "voortgangsinformatie");
        assert_eq!(lines.join(" "), text);
        assert!(widest(&lines, 11.0) >= width("voortgangsinformatie", 11.0));
        assert_eq!(wrap("a b", 400.0, 11.0), vec!["a b"]);
        assert_eq!(wrap("", 40.0, 11.0), vec![""]);
        assert!(width("mmm", 11.0) > width("iii", 11.0));
    }
}
