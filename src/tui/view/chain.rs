//! The chain view: the shared layout drawn in terminal cells, scrolled to
//! keep the focus in view, and the panel of the focused step.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::model::Section;
use crate::render::canvas::{Band, Glyphs, Piece, composite, paint_lane};
use crate::text::{graphemes, sanitize};
use crate::tui::app::App;

const LANE_COLORS: [Color; 6] = [
    Color::Red,
    Color::Green,
    Color::Yellow,
    Color::Blue,
    Color::Magenta,
    Color::Cyan,
];

/// The chain: lane names in a gutter that stays put, the diagram scrolled
/// to keep the focused box in view.
pub(super) fn chain(frame: &mut Frame, app: &App, area: Rect, focus: bool) {
    let layout = app.doc.layout();
    let buf = frame.buffer_mut();
    if layout.boxes.is_empty() {
        buf.set_string(area.x + 1, area.y + 1, "No steps yet.", Style::new());
        return;
    }
    let glyphs = Glyphs { ascii: false };
    let marks = app.doc.model().step_statuses();
    let gutter = layout.label_width.min(area.width as usize / 2);
    let (sx, sy) = app.scroll;
    let rows = area.height as usize;
    let cols = (area.width as usize).saturating_sub(gutter);
    let x0 = layout.label_width + sx;
    let to_grid =
        |x: usize| -> Option<usize> { (x >= x0 && x < x0 + cols).then(|| gutter + x - x0) };
    let mut band = Band::new(sy, rows);
    // The phase names over their columns.
    for phase in &layout.bands {
        let (a, b) = (
            &layout.columns[phase.first_column],
            &layout.columns[phase.last_column],
        );
        let (Some(g0), Some(g1)) = (
            to_grid(a.channel_x.max(x0)),
            to_grid((b.x + b.width).min(x0 + cols) - 1),
        ) else {
            continue;
        };
        let span = g1 + 1 - g0;
        let name: String = crate::text::wrap(&phase.name, span.saturating_sub(2).max(4))
            .into_iter()
            .next()
            .unwrap_or_default();
        let name_width = crate::text::width(&name);
        if name_width + 2 <= span {
            band.text(g0 + (span - name_width) / 2, 0, &name, 0);
        }
        if span > 2 {
            band.text(
                g0 + 1,
                1,
                &glyphs.horizontal().to_string().repeat(span - 2),
                0,
            );
        }
    }
    for (k, lane) in layout.lanes.iter().enumerate() {
        if lane.y + lane.height < sy || lane.y > sy + rows {
            continue;
        }
        paint_lane(
            &mut band,
            layout,
            k,
            x0..x0 + cols,
            &to_grid,
            &glyphs,
            &marks,
        );
        for (i, line) in lane.label.iter().enumerate() {
            band.text(0, lane.y + i, line, k as u8 % 6 + 1);
        }
        for y in lane.y..lane.y + lane.height {
            band.text(gutter.saturating_sub(2), y, "│", 0);
        }
        let rule: String = std::iter::repeat_n(glyphs.rule(), gutter + cols).collect();
        band.text(0, lane.y + lane.height, &rule, 0);
    }
    paint(buf, area, &mut band, &glyphs);
    if focus {
        if let Some(b) = app.focused_box() {
            let b = &layout.boxes[b];
            if let Some(gx) = to_grid(b.x) {
                let y = b.y as isize - sy as isize;
                if y >= 0 && (y as usize) < rows {
                    let w = (b.width as u16).min(area.width.saturating_sub(gx as u16));
                    let h = (b.height as u16).min(area.height - y as u16);
                    let rect = Rect::new(area.x + gx as u16, area.y + y as u16, w, h);
                    buf.set_style(
                        rect,
                        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
                    );
                }
            }
        }
    }
}

/// Writes a band's rows into the buffer: lines, then text pieces over them.
fn paint(buf: &mut Buffer, area: Rect, band: &mut Band, glyphs: &Glyphs) {
    for (r, items) in band.rows.iter_mut().enumerate() {
        if r >= area.height as usize {
            break;
        }
        let y = area.y + r as u16;
        let arena = &band.arena;
        composite(items, |piece| {
            match piece {
                Piece::Lines { x, bits } if x < area.width as usize => {
                    buf.set_string(
                        area.x + x as u16,
                        y,
                        glyphs.lines(bits).to_string(),
                        Style::new(),
                    );
                }
                Piece::Lines { .. } => return false,
                Piece::Text(item) => {
                    let text = &arena[item.start as usize..(item.start + item.len) as usize];
                    let style = match item.color {
                        0 => Style::new(),
                        c => Style::new().fg(LANE_COLORS[(c as usize - 1) % 6]),
                    };
                    // Cut at the edge of the view, a cluster at a time.
                    let mut x = item.x as u16;
                    for (g, w) in graphemes(text) {
                        if x as usize + w > area.width as usize {
                            break;
                        }
                        buf.set_string(area.x + x, y, g, style);
                        x += w as u16;
                    }
                }
            }
            true
        });
    }
}

pub(super) fn step_panel(frame: &mut Frame, app: &App, area: Rect) {
    let block = Block::new().borders(Borders::LEFT).title(" Step ");
    let Some(id) = &app.focus else {
        frame.render_widget(block, area);
        return;
    };
    let m = app.doc.model();
    let Some(step) = m.steps.get(id.as_str()) else {
        return;
    };
    let name = |section: Section, id: &str| sanitize(m.name_of(section, id)).into_owned();
    let mut lines = vec![
        Line::styled(
            sanitize(&step.name).into_owned(),
            Style::new().add_modifier(Modifier::BOLD),
        ),
        Line::from(format!("id: {}", step.id)),
        Line::from(format!(
            "partner: {}",
            name(Section::Partners, step.partner.as_str())
        )),
    ];
    if let Some(role) = &step.role {
        lines.push(Line::from(format!(
            "role: {}",
            name(Section::Roles, role.as_str())
        )));
    }
    if let Some(phase) = &step.phase {
        lines.push(Line::from(format!(
            "phase: {}",
            name(Section::Phases, phase.as_str())
        )));
    }
    if !step.description.is_empty() {
        lines.push(Line::from(""));
        for line in crate::text::sanitize_block(&step.description).lines() {
            lines.push(Line::from(line.to_string()));
        }
    }
    let node = m.steps.node(id.as_str());
    if let Some(node) = node {
        let incoming = m.steps.flows_in(node);
        if !incoming.is_empty() {
            lines.push(Line::from(""));
            lines.push(Line::styled(
                "from",
                Style::new().add_modifier(Modifier::UNDERLINED),
            ));
            for (_, source, flow) in incoming {
                let from = &m.steps.graph()[source];
                lines.push(Line::from(flow_line("←", &from.name, &flow.label)));
            }
        }
        let outgoing = m.steps.flows_out(node);
        if !outgoing.is_empty() {
            lines.push(Line::from(""));
            lines.push(Line::styled(
                "to",
                Style::new().add_modifier(Modifier::UNDERLINED),
            ));
            for (_, flow, target) in outgoing {
                let to = &m.steps.graph()[target];
                lines.push(Line::from(flow_line("→", &to.name, &flow.label)));
            }
        }
    }
    let kpis: Vec<_> = m.kpis_at_step(id.as_str()).collect();
    if !kpis.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::styled(
            "KPIs measured here",
            Style::new().add_modifier(Modifier::UNDERLINED),
        ));
        for (_, kpi) in kpis {
            let (sign, color) = crate::render::canvas::mark(kpi.status(), false);
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{sign} "),
                    Style::new().fg(LANE_COLORS[usize::from(color) - 1]),
                ),
                Span::raw(format!(
                    "{} ({})",
                    sanitize(&kpi.name),
                    kpi.status().as_str()
                )),
            ]));
            let unit = |v: f64| {
                let v = crate::format::write::number(v);
                match kpi.unit.as_str() {
                    "" => v,
                    unit => format!("{v} {}", sanitize(unit)),
                }
            };
            let latest = match kpi.latest() {
                Some(m) => format!("latest {} ({})", unit(m.value), sanitize(&m.period)),
                None => "not measured yet".to_string(),
            };
            let target = kpi
                .target
                .map(|t| format!(", target {}", unit(t)))
                .unwrap_or_default();
            lines.push(Line::from(format!("  {latest}{target}")));
        }
    }
    frame.render_widget(
        Paragraph::new(Text::from(lines))
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}

fn flow_line(arrow: &str, name: &str, label: &str) -> String {
    if label.is_empty() {
        format!("{arrow} {}", sanitize(name))
    } else {
        format!("{arrow} {} — {}", sanitize(name), sanitize(label))
    }
}
