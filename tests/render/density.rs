//! Room only for what stands: a lane with nothing in a section takes one
//! line there, and the compact style draws one-line boxes.

use keten::layout::{Density, Options, layout};
use keten::render::text::{TextOptions, draw_string};
use keten::text::width;

use super::model;

const LONG_CHAIN: &str = r#"
keten: 1
name: Lange keten
director: a
partners:
  a: { name: Aanmeldpunt, contribution: x }
  b: { name: Gemeente Beekdal afdeling Werk en Inkomen, contribution: x }
steps:
  s1: { name: Eerste stap, partner: a, next: [s2] }
  s2: { name: Tweede stap, partner: a, next: [s3] }
  s3: { name: Derde stap, partner: a, next: [s4] }
  s4: { name: Vierde stap, partner: a, next: [s5] }
  s5: { name: Vijfde stap, partner: b }
"#;

#[test]
fn a_lane_with_nothing_in_a_section_takes_one_line() {
    let m = model(LONG_CHAIN);
    let picture = layout(&m, &Options::default());
    let options = TextOptions {
        width: 60,
        ascii: false,
        color: false,
        kpis: false,
    };
    let drawing = draw_string(&m, &picture, &options);
    assert!(drawing.sections >= 2, "{}", drawing.text);
    let first = drawing
        .text
        .split("(2 of")
        .next()
        .unwrap()
        .split("(1 of")
        .nth(1)
        .unwrap();
    let lane: Vec<&str> = first
        .lines()
        .filter(|l| l.starts_with("Gemeente"))
        .collect();
    assert_eq!(lane.len(), 1, "{first}");
    assert!(
        lane[0].ends_with('┈'),
        "the line is the lane's separator: {first}"
    );
    assert!(!first.contains("Inkomen"), "{first}");
    let lane_b = &picture.lanes[1];
    assert!(
        lane_b.height > 1,
        "the lane is taller where its step stands"
    );
    // Where the step stands, the lane has its whole name.
    assert!(drawing.text.contains("Inkomen"), "{}", drawing.text);
    for line in drawing.text.lines() {
        assert!(width(line) <= 60, "{line}");
    }
}

#[test]
fn compact_boxes_take_one_line() {
    let m = model(LONG_CHAIN);
    let options = Options {
        density: Density::Compact,
        box_text_width: 8,
        ..Options::default()
    };
    let picture = layout(&m, &options);
    for b in &picture.boxes {
        assert_eq!((b.lines.len(), b.height), (1, 3), "{}", b.step);
        assert!(width(&b.lines[0]) <= 8, "{:?}", b.lines);
    }
    let cut: Vec<&str> = picture.boxes.iter().map(|b| b.lines[0].as_str()).collect();
    assert_eq!(cut[0], "Eerste…", "cut only where it must be");
    let wide = layout(
        &m,
        &Options {
            box_text_width: 20,
            ..options
        },
    );
    assert_eq!(wide.boxes[0].lines, vec!["Eerste stap".to_string()]);
    assert_eq!(wide.lanes[1].label.len(), 1, "one-line lane names");
    // The compact picture is lower than the detailed one.
    let detail = Options {
        box_text_width: 8,
        ..Options::default()
    };
    assert!(picture.height < layout(&m, &detail).height);
}

/// Twelve steps in a column, each with a flow into one step of the next:
/// their trunks once made the channel wider than a 40-cell page, and the
/// last box was never drawn, its flow running into the page's edge.
fn fan_in() -> String {
    let mut text = String::from("keten: 1\nname: Waaier\ndirector: a\npartners:\n");
    for p in "abcdefgh".chars() {
        text.push_str(&format!(
            "  {p}: {{ name: Partner {p}, contribution: x }}\n"
        ));
    }
    let middle: Vec<String> = (0..12).map(|i| format!("m{i}")).collect();
    text.push_str(&format!(
        "steps:\n  start: {{ name: Begin, partner: a, next: [{}] }}\n",
        middle.join(", ")
    ));
    for (i, id) in middle.iter().enumerate() {
        let p = "abcdefgh".as_bytes()[i % 8] as char;
        text.push_str(&format!(
            "  {id}: {{ name: Midden {i}, partner: {p}, next: [eind] }}\n"
        ));
    }
    text.push_str("  eind: { name: Hal inrichten, partner: h }\n");
    text
}

#[test]
fn every_box_is_drawn_on_a_narrow_page() {
    let m = model(&fan_in());
    for page in [40, 50, 60, 80, 120] {
        let defaults = Options::default();
        let options = Options {
            box_text_width: (page / 5).clamp(8, defaults.box_text_width),
            lane_label_width: (page / 5).clamp(8, defaults.lane_label_width),
            ..defaults
        };
        let picture = layout(&m, &options);
        let text = TextOptions {
            width: page,
            ascii: false,
            color: false,
            kpis: false,
        };
        let drawing = draw_string(&m, &picture, &text);
        for b in &picture.boxes {
            let first = format!("│ {} ", b.lines[0]);
            assert!(
                drawing.text.contains(&first),
                "{} at {page}:\n{}",
                b.step,
                drawing.text
            );
        }
    }
}

#[test]
fn empty_lanes_in_a_row_share_one_line() {
    let text = LONG_CHAIN
        .replace("  s5: { name: Vijfde stap, partner: b }", "  s5: { name: Vijfde stap, partner: b, next: [s6] }\n  s6: { name: Zesde stap, partner: c }")
        .replace("steps:", "  c: { name: Zorgaanbieder, contribution: x }\nsteps:");
    let m = model(&text);
    let picture = layout(&m, &Options::default());
    let options = TextOptions {
        width: 60,
        ascii: false,
        color: false,
        kpis: false,
    };
    let drawing = draw_string(&m, &picture, &options);
    let first = drawing.text.split("(2 of").next().unwrap();
    let lines: Vec<&str> = first
        .lines()
        .filter(|l| l.starts_with("Gemeente"))
        .collect();
    assert_eq!(lines.len(), 1, "{first}");
    assert!(lines[0].contains("… +1 │"), "{first}");
    assert!(!first.contains("Zorgaanbieder"), "{first}");
    assert!(drawing.text.contains("Zorgaanbieder"), "{}", drawing.text);
}
