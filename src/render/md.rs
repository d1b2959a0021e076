//! Model text in Markdown, and Markdown as a printable web page.
//!
//! Whatever a name holds (`<West>`, `*urgent*`, `a | b`, a leading `#`,
//! `-` or `1.`, backticks) reads in the rendered report as the model wrote
//! it: every character CommonMark or its table extension could read as
//! markup is escaped with a backslash, and so is a line's first character
//! where it could open a block.

use pulldown_cmark::{Options, Parser, html};

use crate::text::needs_placeholder;

/// Characters escaped wherever they stand: emphasis, code, links, HTML,
/// entities, headings' closing `#`, table cells and strikethrough.
const SPECIAL: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '>', '#', '&', '|', '~'];

fn push_escaped(out: &mut String, c: char) {
    if SPECIAL.contains(&c) {
        out.push('\\');
    }
    out.push(c);
}

/// Text on one line: a table cell, a heading, a list item. Line breaks
/// and control characters become spaces, bidirectional and zero-width
/// characters go (the report is printed to a terminal as often as it is
/// saved); space around it goes.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text
        .trim_matches(|c: char| c.is_whitespace() || c.is_control())
        .chars()
    {
        if c.is_control() {
            out.push(' ');
        } else if !needs_placeholder(c) {
            push_escaped(&mut out, c);
        }
    }
    out
}

/// Text of one or more paragraphs, its line breaks kept: each line also
/// has its indentation and trailing spaces taken off (code blocks, hard
/// breaks) and a first character that could open a list, a heading or a
/// quote escaped.
pub fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (k, line) in text.lines().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        let line = line.trim_matches(|c: char| c.is_whitespace() || c.is_control());
        let mut chars = line.chars().peekable();
        if let Some(&first) = chars.peek() {
            if matches!(first, '-' | '+' | '=') {
                out.push('\\');
                out.push(first);
                chars.next();
            } else if first.is_ascii_digit() {
                // `1.` and `1)` open an ordered list.
                while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    out.push(d);
                    chars.next();
                }
                if let Some(&p) = chars.peek().filter(|p| matches!(p, '.' | ')')) {
                    out.push('\\');
                    out.push(p);
                    chars.next();
                }
            }
        }
        for c in chars {
            if c.is_control() {
                out.push(' ');
            } else if !needs_placeholder(c) {
                push_escaped(&mut out, c);
            }
        }
    }
    out
}

/// A link destination: everything but unreserved characters and `/`
/// percent-encoded, so spaces and parentheses in a folder name keep the
/// link whole.
pub fn url(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The CommonMark flavour of the report: tables on, the rest plain.
pub fn options() -> Options {
    Options::ENABLE_TABLES
}

/// Markdown as HTML, the way the report's page shows it.
pub fn to_html(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, Parser::new_ext(markdown, options()));
    out
}

/// The page's style: a readable column on screen; on paper A4 portrait,
/// tables wrapping their text rather than growing past the margins, the
/// chain on a landscape page of its own, scaled to fit it. A check mark
/// that every font has stands in for the ✅ emoji (the emoji stays in the
/// text, for copying).
const STYLE: &str = "\
@page { size: A4 portrait; margin: 16mm 14mm; }
html { -webkit-text-size-adjust: 100%; }
body { font-family: \"Segoe UI\", \"Helvetica Neue\", Helvetica, Arial, \"DejaVu Sans\", sans-serif;
  font-size: 11pt; line-height: 1.4; color: #1d1d1f; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7em; margin: 0 0 .6em; }
h2 { font-size: 1.3em; margin: 1.6em 0 .5em; border-bottom: 1px solid #ccd; padding-bottom: .15em; }
h3 { font-size: 1.1em; margin: 1.2em 0 .4em; }
h1, h2, h3, td, th, li, p { overflow-wrap: break-word; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; font-size: .92em; }
th, td { border: 1px solid #ccd; padding: .25em .45em; vertical-align: top; text-align: left; }
th { background: #eef0f4; overflow-wrap: anywhere; }
table:has(th:nth-child(7)) { font-size: .8em; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
pre { font-size: 8pt; line-height: 1.15; overflow-x: auto; background: #f6f7f9; padding: .5em; }
code { font-family: \"DejaVu Sans Mono\", Menlo, Consolas, monospace; }
figure.chain { margin: .5em 0 1em; }
figure.chain svg { display: block; max-width: 100%; height: auto; }
svg.trend { vertical-align: middle; }
.ok::before { content: \"\\2713\"; color: #1a7f37; font-weight: bold; }
.ok > span { font-size: 0; }
@page chain { size: A4 landscape; margin: 10mm 12mm; }
@media print {
  figure.chain { page: chain; }
  figure.chain svg { max-height: 180mm; width: auto; margin: 0 auto; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  pre { white-space: pre; overflow: hidden; }
  figure.chain { break-inside: avoid; }
}
";

/// The mark in the Markdown where the page puts the chain's picture.
pub const CHAIN_MARK: &str = "<!-- keten:chain -->";

/// A whole page: the report's HTML with its style inline and the chain's
/// SVG drawn in where the report marks it. Nothing is loaded from
/// elsewhere.
pub fn page(title: &str, lang: &str, markdown: &str, svg: &str) -> String {
    let body = to_html(markdown);
    // The SVG document without its XML declaration, to sit inside HTML.
    let svg = svg
        .trim_start()
        .strip_prefix("<?xml")
        .and_then(|rest| rest.split_once("?>"))
        .map_or(svg, |(_, rest)| rest)
        .trim();
    let figure = format!("<figure class=\"chain\">\n{svg}\n</figure>");
    let body = marks(&trends(&body)).replacen(CHAIN_MARK, &figure, 1);
    let title = super::xml::escape(title);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
}

/// The sparklines of the pulse's trends (a code span of block
/// characters, which print as black bars) drawn as small line charts,
/// the characters kept as their title.
fn trends(html: &str) -> String {
    const BARS: &str = "▁▂▃▄▅▆▇█";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<code>") {
        out.push_str(&rest[..at]);
        let after = &rest[at + "<code>".len()..];
        let Some(end) = after.find("</code>") else {
            out.push_str(&rest[at..]);
            return out;
        };
        let inner = &after[..end];
        let bars = !inner.is_empty() && inner.chars().all(|c| c == ' ' || BARS.contains(c));
        if bars {
            out.push_str(&sparkline_svg(inner));
        } else {
            out.push_str(&rest[at..at + "<code>".len() + end + "</code>".len()]);
        }
        rest = &after[end + "</code>".len()..];
    }
    out.push_str(rest);
    out
}

/// A line of bar characters (▁ lowest … █ highest, a space where a period
/// has no value) as an inline SVG line chart.
fn sparkline_svg(bars: &str) -> String {
    const LEVELS: &str = "▁▂▃▄▅▆▇█";
    const STEP: f64 = 16.0;
    let levels: Vec<Option<usize>> = bars
        .chars()
        .map(|c| LEVELS.chars().position(|l| l == c))
        .collect();
    let point = |i: usize, l: usize| (4.0 + i as f64 * STEP, 19.0 - l as f64 * 16.0 / 7.0);
    let width = 8.0 + (levels.len().max(1) - 1) as f64 * STEP;
    let mut shapes = String::new();
    let mut line: Vec<String> = Vec::new();
    let flush = |line: &mut Vec<String>, shapes: &mut String| {
        if line.len() > 1 {
            shapes.push_str(&format!(
                "<polyline points=\"{}\" fill=\"none\" stroke=\"#3a5a8c\" stroke-width=\"1.5\"/>",
                line.join(" ")
            ));
        }
        line.clear();
    };
    for (i, level) in levels.iter().enumerate() {
        match level {
            Some(l) => {
                let (x, y) = point(i, *l);
                line.push(format!("{x:.1},{y:.1}"));
                shapes.push_str(&format!(
                    "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2.2\" fill=\"#3a5a8c\"/>"
                ));
            }
            None => flush(&mut line, &mut shapes),
        }
    }
    flush(&mut line, &mut shapes);
    format!(
        "<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"22\" viewBox=\"0 0 {width:.0} 22\" role=\"img\" aria-label=\"{bars}\"><title>{bars}</title><line x1=\"0\" y1=\"21.5\" x2=\"{width:.0}\" y2=\"21.5\" stroke=\"#ccd\"/>{shapes}</svg>"
    )
}

/// Every ✅ in the page's text (not in its tags) marked, so that the page
/// draws a check mark in its place where no emoji font is installed.
fn marks(html: &str) -> String {
    const OK: char = '✅';
    if !html.contains(OK) {
        return html.to_string();
    }
    let mut out = String::with_capacity(html.len() + 64);
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ => {}
        }
        if c == OK && !in_tag {
            out.push_str("<span class=\"ok\"><span>✅</span></span>");
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_block_openers() {
        assert_eq!(inline("<West> *a* | b"), "\\<West\\> \\*a\\* \\| b");
        assert_eq!(inline("regel\neen"), "regel een");
        assert_eq!(
            paragraphs("# kop\n- punt\n12. lijst\n    code"),
            "\\# kop\n\\- punt\n12\\. lijst\ncode"
        );
        assert_eq!(url("my assets/a (1).svg"), "my%20assets/a%20%281%29.svg");
    }

    #[test]
    fn trends_become_line_charts_and_check_marks_stand_for_the_emoji() {
        let html = trends("<td><code>▁▅ █</code></td><td><code>x</code></td>");
        assert!(html.contains("<svg class=\"trend\""), "{html}");
        assert_eq!(html.matches("<circle").count(), 3, "{html}");
        assert_eq!(
            html.matches("<polyline").count(),
            1,
            "one line, a gap, one dot"
        );
        assert!(html.contains("<code>x</code>"));
        assert_eq!(
            marks("<p title=\"✅\">✅ op koers</p>"),
            "<p title=\"✅\"><span class=\"ok\"><span>✅</span></span> op koers</p>"
        );
    }
}
