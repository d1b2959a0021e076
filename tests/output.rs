//! What the commands print where a file or a terminal is not what it
//! seems: `check` on a file it cannot read, colour on a terminal that has
//! none (`TERM=dumb`), and every output of a model full of control
//! characters: safe for a terminal, valid in its language, and saying what
//! the model says.

use std::io::Read;
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::{Command, Stdio};

use crate::support::{CLEAN, Dir, Keten};

#[test]
fn check_says_a_file_could_not_be_read() {
    let dir = Dir::new();
    Keten::new(["check", "weg.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stderr_has("weg.yaml: cannot read: no such file")
        .stdout_is("1 file could not be read\n");
    dir.file("goed.yaml", CLEAN);
    Keten::new(["check", "goed.yaml", "weg.yaml", "ook-weg.yaml"])
        .dir(dir.path())
        .run()
        .code(2)
        .stdout_is("0 errors, 0 warnings; 2 files could not be read\n");
}

/// `keten render` with its standard output on a pseudo-terminal of the
/// given `TERM`: what the terminal receives.
fn render_on_a_terminal(term: &str, color: &str) -> String {
    let dir = Dir::new();
    dir.file("m.yaml", CLEAN);
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 40,
        ws_col: 120,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: openpty writes two descriptors into the given places; the
    // name and termios pointers may be null.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0, "openpty");
    // SAFETY: both descriptors were just opened and are owned here alone.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("keten"))
        .args(["render", "--color", color, "m.yaml"])
        .current_dir(dir.path())
        .env("TERM", term)
        .env("KETEN_LANG", "en")
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::from(slave))
        .stderr(Stdio::null())
        .spawn()
        .expect("keten runs");
    let mut screen = Vec::new();
    let mut master = std::fs::File::from(master);
    // The terminal's side ends with EIO once keten has exited.
    let mut buf = [0u8; 4096];
    while let Ok(n) = master.read(&mut buf) {
        if n == 0 {
            break;
        }
        screen.extend_from_slice(&buf[..n]);
    }
    assert!(child.wait().unwrap().success());
    String::from_utf8(screen).unwrap()
}

#[test]
fn a_dumb_terminal_gets_no_colour() {
    let colour = "\x1b[3";
    let xterm = render_on_a_terminal("xterm-256color", "auto");
    assert!(
        xterm.contains("Melding") && xterm.contains(colour),
        "{xterm:?}"
    );
    let dumb = render_on_a_terminal("dumb", "auto");
    assert!(dumb.contains("Melding"), "{dumb:?}");
    assert!(!dumb.contains('\x1b'), "{dumb:?}");
    let asked = render_on_a_terminal("dumb", "always");
    assert!(asked.contains(colour), "--color always is obeyed");
}

/// Characters that act on a terminal or hide in text: C0 (but the line
/// break), DEL, C1, bidirectional controls, separators, zero-width ones.
pub fn acts_on_a_terminal(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(
            c,
            '\u{61c}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// Text full of what must not reach a terminal: escape sequences (CSI,
/// OSC, C1 CSI), carriage returns, entities, markup, every C0 and C1
/// control, bidirectional and zero-width characters, and some letters.
pub fn nasty_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let piece = prop_oneof![
        Just("\u{1b}[31m".to_string()),
        Just("\u{1b}]0;title\u{7}".to_string()),
        Just("\u{9b}2J".to_string()),
        Just("\r".to_string()),
        Just("\r\n".to_string()),
        Just("&#x1b;".to_string()),
        Just("<&\"'>".to_string()),
        Just("#\\".to_string()),
        "[\u{0}-\u{1f}\u{7f}-\u{9f}]",
        "[\u{200b}-\u{200f}\u{202a}-\u{202e}\u{2066}-\u{2069}\u{2028}\u{2029}\u{feff}\u{2060}\u{61c}]",
        "[a-z]{1,4}",
        Just(" ".to_string()),
    ];
    // A letter first and last, so that no name is blank.
    proptest::collection::vec(piece, 1..6).prop_map(|v| format!("x{}y", v.concat()))
}

/// Text as a double-quoted YAML scalar with every character escaped.
pub fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        out.push_str(&format!("\\U{:08x}", c as u32));
    }
    out.push('"');
    out
}

/// The texts of one hostile model.
#[derive(Debug, Clone)]
struct Texts {
    name: String,
    partner: String,
    step: String,
    label: String,
    role: String,
    kpi: String,
    note: String,
    interest: String,
}

fn texts() -> impl proptest::strategy::Strategy<Value = Texts> {
    use proptest::prelude::*;
    proptest::collection::vec(nasty_text(), 8).prop_map(|t| Texts {
        name: t[0].clone(),
        partner: t[1].clone(),
        step: t[2].clone(),
        label: t[3].clone(),
        role: t[4].clone(),
        kpi: t[5].clone(),
        note: t[6].clone(),
        interest: t[7].clone(),
    })
}

/// A model that uses every kind of text: names of the model, a partner,
/// an interest, a role, a KPI and a step, a flow's label, a measurement's
/// note, and a comment. It loads without errors; the interest is
/// unguarded (a warning that quotes it).
fn hostile_model(t: &Texts) -> String {
    format!(
        "\
keten: 1
name: {name}
client_question: {name}
director: a
partners:
  a: {{ name: {partner}, contribution: {label}, interests: [{{ name: {interest} }}] }}
  b: {{ name: B, contribution: c }}
roles:
  r: {{ name: {role}, partner: a }}
goals:
  g: {{ name: {kpi}, partners: [a] }}
kpis:
  k:
    name: {kpi}
    goal: g
    owner: a
    target: 5
    step: s
    measurements:
      - {{ period: 2026-Q1, value: 3, note: {note} }}
      - {{ period: 2026-Q2, value: 4, note: {note} }}
agreements:
  ag: {{ name: {label}, partners: [a, b] }}
steps:
  # {comment}
  s: {{ name: {step}, partner: a, role: r, next: [{{ to: t, label: {label} }}] }}
  t: {{ name: T, partner: b }}
",
        name = quoted(&t.name),
        partner = quoted(&t.partner),
        step = quoted(&t.step),
        label = quoted(&t.label),
        role = quoted(&t.role),
        kpi = quoted(&t.kpi),
        note = quoted(&t.note),
        interest = quoted(&t.interest),
        // A comment holds what YAML allows: no control characters, no
        // byte order mark, no line or paragraph separator.
        comment = t
            .label
            .chars()
            .filter(|c| !c.is_control() && !matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}'))
            .collect::<String>(),
    )
}

/// Text without white space, so that a name is found however a tool
/// breaks or pads it.
fn squashed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The text as keten shows it on a terminal, without white space.
fn shown(text: &str) -> String {
    squashed(&keten::text::sanitize(text))
}

/// The text with every character that may not reach a terminal left out
/// (exports replace them by spaces), without white space.
fn kept(text: &str) -> String {
    squashed(
        &text
            .chars()
            .filter(|c| !keten::text::needs_placeholder(*c))
            .collect::<String>(),
    )
}

/// Markdown text with its backslash escapes taken out, as a reader sees it.
fn unescaped_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// Whether the characters of `needle` stand in `hay` in order: a name
/// wrapped over several lines of a box is still found.
fn in_order(needle: &str, hay: &str) -> bool {
    let mut hay = hay.chars();
    needle.chars().all(|c| hay.any(|h| h == c))
}

/// The output without keten's own colour sequences (`ESC [ … m`).
fn without_colour(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("\u{1b}[") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let end = after
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(after.len());
        if after[end..].starts_with('m') {
            rest = &after[end + 1..];
        } else {
            // Not a colour: keep it, so that the check below finds it.
            out.push_str("\u{1b}[");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Every string in a JSON value, one a line.
fn json_strings(value: &serde_json::Value, out: &mut String) {
    match value {
        serde_json::Value::String(s) => {
            out.push_str(s);
            out.push('\n');
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| json_strings(v, out)),
        _ => {}
    }
}

/// The text and attribute values of an XML document, one a line.
fn xml_texts(xml: &str) -> Result<String, String> {
    // Graphviz's SVG declares its DTD; keten's own XML has none.
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(xml, options).map_err(|e| e.to_string())?;
    let mut out = String::new();
    for node in doc.descendants() {
        if let Some(text) = node.text() {
            out.push_str(text);
            out.push('\n');
        }
        for a in node.attributes() {
            out.push_str(a.value());
            out.push('\n');
        }
    }
    Ok(out)
}

/// Mermaid's entity codes decoded: `#quot;`, `#lt;`, `#gt;`, `#35;`.
fn mermaid_decoded(text: &str) -> String {
    // keten's own line breaks in lane titles first: a `<` of the model's
    // text is `#lt;` in Mermaid's.
    text.replace("<br>", " ")
        .replace("#quot;", "\"")
        .replace("#lt;", "<")
        .replace("#gt;", ">")
        .replace("#35;", "#")
}

/// The editor's screens (partners, goals and KPIs, roles, phases,
/// overview, problems, agreements, pulse, help, then the chain), each as
/// the symbols of its cells.
fn editor_screens(path: &std::path::Path, text: &str) -> Vec<(String, String)> {
    use keten::document::Document;
    use keten::tui::App;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let model = keten::format::read_str(text).model.unwrap();
    let mut app = App::new(Document::new(path.to_path_buf(), model, text.to_string()));
    let mut screens = Vec::new();
    let keys = "23456789?".chars().map(KeyCode::Char);
    for key in keys.chain([KeyCode::Esc, KeyCode::Char('1')]) {
        app.key(KeyEvent::new(key, KeyModifiers::NONE));
        let mut terminal = Terminal::new(TestBackend::new(140, 40)).unwrap();
        app.resize(140, 40);
        app.keep_focus_in_view();
        terminal
            .draw(|frame| keten::tui::view::draw(frame, &app))
            .unwrap();
        let buffer = terminal.backend().buffer();
        let mut shown = String::new();
        for y in 0..buffer.area.height {
            for x in 0..buffer.area.width {
                shown.push_str(buffer[(x, y)].symbol());
            }
            shown.push('\n');
        }
        screens.push((format!("{key:?}"), shown));
    }
    screens
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(10))]

    /// Every output of keten for a model full of control characters,
    /// escape sequences, bidirectional and zero-width characters and
    /// carriage returns: nothing that acts on a terminal comes out, each
    /// export is valid in its language, and each says what the model says
    /// (its names are found, sanitised, in the output).
    #[test]
    fn every_output_is_safe_valid_and_says_what_the_model_says(
        a in texts(),
        b in texts(),
    ) {
        use proptest::{prop_assert, prop_assert_eq};
        let dir = Dir::new();
        let text = hostile_model(&a);
        let file = dir.file("m.yaml", &text);
        let file = file.to_str().unwrap();
        // The other side of a diff: every text changed.
        let other = dir.file("other.yaml", hostile_model(&b));
        let other = other.to_str().unwrap();
        // A reference to a role whose id is hostile text: an error that
        // quotes it.
        let broken = dir.file(
            "broken.yaml",
            text.replace("  t: { name: T, partner: b }", &format!("  t: {{ name: T, partner: b, role: {} }}", quoted(&a.label))),
        );
        let broken = broken.to_str().unwrap();
        let model = keten::format::read_str(&text);
        prop_assert!(!model.has_errors(), "{:?}", model.findings);
        let model = model.model.unwrap();
        let mut runs: Vec<Vec<&str>> = vec![
            vec!["check", file],
            vec!["check", "--format", "json", file],
            vec!["check", broken],
            vec!["check", "--format", "json", broken],
            vec!["render", "--width", "100", file],
            vec!["render", "--width", "100", "--ascii", file],
            vec!["render", "--width", "100", "--kpis", file],
            vec!["render", "--width", "100", "--all-lanes", file],
            vec!["render", "--width", "100", "--color", "always", file],
            vec!["diff", file, other],
            vec!["diff", "--format", "json", file, other],
            vec!["report", file],
            vec!["fmt", "-"],
        ];
        for format in ["json", "dot", "mermaid", "svg", "bpmn"] {
            runs.push(vec!["export", "--format", format, file]);
        }
        for args in &runs {
            let ran = if args[0] == "fmt" {
                Keten::new(args).stdin(text.clone()).run()
            } else {
                Keten::new(args).run()
            };
            let colour = args.contains(&"always");
            for out in [&ran.stdout, &ran.stderr] {
                let out = if colour { without_colour(out) } else { out.clone() };
                // A written model keeps its tabs: text as the user wrote it.
                let tab = |c: char| c == '\t' && args[0] == "fmt";
                let bad: Vec<char> = out.chars().filter(|&c| acts_on_a_terminal(c) && !tab(c)).collect();
                prop_assert!(bad.is_empty(), "{args:?}: {bad:?} in\n{out}");
            }
            prop_assert!(ran.code == 0 || args[0] == "check", "{args:?}: {}", ran.stderr);
            let out = if colour { without_colour(&ran.stdout) } else { ran.stdout.clone() };
            let json = args.contains(&"json");
            let parsed: Option<serde_json::Value> = if json {
                let parsed = serde_json::from_str(&out);
                prop_assert!(parsed.is_ok(), "{args:?}: {out}");
                parsed.ok()
            } else {
                None
            };
            let strings = parsed.as_ref().map(|v| {
                let mut s = String::new();
                json_strings(v, &mut s);
                squashed(&s)
            });
            // JSON keeps every character (escaped); text shows placeholders.
            let found = |name: &str| match &strings {
                Some(s) => s.contains(&squashed(name)) || s.contains(&shown(name)),
                None => squashed(&out).contains(&shown(name)),
            };
            match (args[0], args.get(2).copied().unwrap_or("")) {
                ("check", _) if args.contains(&broken) => {
                    prop_assert!(ran.code == 1, "{args:?}: {out}");
                }
                ("check", _) => prop_assert!(found(&a.interest), "{args:?}: {out}"),
                ("render", _) => {
                    let drawing = squashed(&out);
                    prop_assert!(in_order(&shown(&a.step), &drawing), "{args:?}: {out}");
                    prop_assert!(in_order(&shown(&a.partner), &drawing), "{args:?}: {out}");
                    prop_assert!(in_order(&shown(&a.label), &drawing), "{args:?}: {out}");
                }
                ("diff", _) => {
                    // Measurement notes are quoted with escapes (`\r`).
                    let escaped = |n: &str| squashed(&out).contains(&squashed(&n.escape_debug().to_string()));
                    let changed = [(&a.step, &b.step), (&a.name, &b.name), (&a.note, &b.note)];
                    let names = changed.iter().filter(|(x, y)| x != y).flat_map(|(x, y)| [*x, *y]);
                    for name in names {
                        prop_assert!(found(name) || escaped(name), "{args:?}: {name:?} in {out}");
                    }
                }
                ("report", _) => {
                    // Read as Markdown: a backslash before punctuation is
                    // an escape, the character after it is the text.
                    let report = squashed(&unescaped_markdown(&out));
                    for name in [&a.name, &a.partner, &a.kpi, &a.step] {
                        prop_assert!(report.contains(&kept(name)), "{name:?} in\n{out}");
                    }
                }
                ("fmt", _) => {
                    let again = keten::format::read_str(&out);
                    prop_assert!(!again.has_errors(), "{:?}\n{out}", again.findings);
                    prop_assert!(again.model.as_ref() == Some(&model), "fmt keeps the model:\n{out}");
                }
                ("export", "json") => {
                    let v = parsed.as_ref().unwrap();
                    prop_assert_eq!(v["name"].as_str(), Some(a.name.as_str()));
                    prop_assert!(found(&a.step) && found(&a.label), "{out}");
                }
                ("export", "svg" | "bpmn") => {
                    let texts = xml_texts(&out);
                    prop_assert!(texts.is_ok(), "{args:?}: {texts:?}\n{out}");
                    let texts = squashed(&texts.unwrap());
                    // XML cannot hold controls: they become spaces or
                    // placeholders; other invisible characters character
                    // references or placeholders. The visible ones all stand.
                    prop_assert!(in_order(&kept(&a.step), &texts), "{args:?}: {out}");
                    prop_assert!(in_order(&kept(&a.partner), &texts), "{args:?}: {out}");
                }
                ("export", "mermaid") => {
                    for line in out.lines() {
                        if let Some(title) = line.strip_prefix("title: ") {
                            // The front matter's title: a YAML (here JSON)
                            // string, its quotes escaped.
                            let title: Result<String, _> = serde_json::from_str(title);
                            prop_assert!(title.is_ok(), "the title: {line}");
                            prop_assert!(!title.unwrap().chars().any(|c| c.is_control()), "{line}");
                            continue;
                        }
                        prop_assert!(line.matches('"').count() % 2 == 0, "a quote left open: {line}");
                    }
                    let decoded = squashed(&mermaid_decoded(&out));
                    prop_assert!(decoded.contains(&kept(&a.step)), "{out}");
                    prop_assert!(decoded.contains(&kept(&a.partner)), "{out}");
                }
                ("export", "dot") => {
                    if let Some(svg) = graphviz(&out) {
                        let texts = xml_texts(&svg);
                        prop_assert!(texts.is_ok(), "Graphviz's SVG parses: {texts:?}");
                        let texts = squashed(&texts.unwrap());
                        prop_assert!(texts.contains(&kept(&a.step)), "{out}\n{svg}");
                        prop_assert!(texts.contains(&kept(&a.partner)), "{out}\n{svg}");
                    }
                }
                _ => {}
            }
        }
        let path = std::path::Path::new(file);
        for (key, screen) in editor_screens(path, &text) {
            let bad: Vec<char> = screen.chars().filter(|&c| c != '\n' && acts_on_a_terminal(c)).collect();
            prop_assert!(bad.is_empty(), "screen {key}: {bad:?} in\n{screen}");
            if key == "Char('1')" {
                // The chain: the step's name in its box.
                prop_assert!(in_order(&shown(&a.step), &squashed(&screen)), "{screen}");
            }
        }
    }
}

/// DOT laid out by Graphviz as SVG, where `dot` is installed: it must
/// read the file (exit 0). `None` without Graphviz.
fn graphviz(dot: &str) -> Option<String> {
    use std::io::Write;
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(dot.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    assert!(
        out.status.success(),
        "Graphviz reads the DOT: {}\n{dot}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).expect("Graphviz writes UTF-8"))
}
