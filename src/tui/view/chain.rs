//! The chain view: the shared layout drawn in terminal cells, scrolled to
//! keep the focus in view, and the panel of the focused step.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::lang::t;
use crate::layout::{Orientation, shorten};
use crate::model::Section;
use crate::render::canvas::{Band, Glyphs, Piece, composite, paint_lane_parts};
use crate::text::{graphemes, sanitize};
use crate::tui::app::App;
use crate::tui::viewport::Viewport;

const LANE_COLORS: [Color; 6] = [
    Color::Red,
    Color::Green,
    Color::Yellow,
    Color::Blue,
    Color::Magenta,
    Color::Cyan,
];

/// The chain: lane names in a gutter at the left and phase names on top,
/// both staying put, the diagram scrolled to keep the focused box in view.
/// Boxes, labels and flows cut by an edge of the view are drawn up to it.
pub(super) fn chain(frame: &mut Frame, app: &App, area: Rect, focus: bool) {
    let layout = app.doc.layout();
    let buf = frame.buffer_mut();
    if layout.boxes.is_empty() {
        buf.set_string(area.x + 1, area.y + 1, t::no_steps(), Style::new());
        return;
    }
    let glyphs = Glyphs { ascii: false };
    let facts = app.facts();
    let marks = &facts.marks;
    let view = Viewport::new(
        layout,
        app.scroll,
        (area.width as usize, area.height as usize),
    );
    // The band reaches past both edges of the view by the widest column, so
    // what an edge cuts is laid whole, then cut as it is written.
    let index = app.index();
    let reach = index.reach + 2;
    let (lo, hi) = (view.x0.saturating_sub(reach), view.x0 + view.cols + reach);
    let to_band = |x: usize| -> Option<usize> { (lo..hi).contains(&x).then(|| x - lo) };
    // The phase names over the part of their columns in view; running
    // down, the lane names over their columns.
    let down = layout.orientation == Orientation::Down;
    let mut header = Band::new(0, view.header);
    if down {
        lane_names(&mut header, layout, &glyphs, (lo, hi), view.header);
    }
    for phase in layout.bands.iter().filter(|_| !down) {
        let (a, b) = (
            &layout.columns[phase.first_column],
            &layout.columns[phase.last_column],
        );
        let (x1, x2) = (
            a.channel_x.max(view.x0),
            (b.x + b.width).min(view.x0 + view.cols),
        );
        if x1 >= x2 {
            continue;
        }
        let span = x2 - x1;
        let name: String = crate::text::wrap(&phase.name, span.saturating_sub(2).max(4))
            .into_iter()
            .next()
            .unwrap_or_default();
        let name_width = crate::text::width(&name);
        if name_width + 2 <= span {
            header.text(x1 - lo + (span - name_width) / 2, 0, &name, 0);
        }
        if span > 2 {
            header.text(
                x1 - lo + 1,
                1,
                &glyphs.horizontal().to_string().repeat(span - 2),
                0,
            );
        }
    }
    paint(buf, area, 0, &mut header, &glyphs, &view, lo);
    let mut band = Band::new(view.y0, view.rows);
    let lanes = visible_lanes(layout, view.y0, view.rows);
    for k in lanes.clone() {
        let lane = &layout.lanes[k];
        let parts = (index.boxes_in(layout, k, lo..hi), index.edges_in(k, lo..hi));
        let parts = (&parts.0[..], &parts.1[..]);
        paint_lane_parts(
            &mut band,
            layout,
            k,
            parts,
            lo..hi,
            &to_band,
            &glyphs,
            marks,
        );
        let rule = lane.y + lane.height;
        if let Some(r) = rule.checked_sub(view.y0).filter(|&r| r < view.rows) {
            band.ruled[r] = true;
        }
    }
    let rows = phase_rows(layout, &view);
    for &(_, y, _, _) in &rows {
        band.ruled[y - view.y0] = true;
    }
    paint(buf, area, view.header, &mut band, &glyphs, &view, lo);
    for (name, y, x, run) in rows {
        if let (Some(c), Some(r), true) = (view.column(x), view.row(y), run >= 3) {
            let name = format!(" {} ", shorten(name, run - 2));
            let style = Style::new().add_modifier(Modifier::BOLD);
            cut(buf, area, area.y + r as u16, c, &name, run, style);
        }
    }
    // The gutter: lane names, their separator and the rule under each lane.
    let gutter = Rect {
        width: view.gutter as u16,
        ..area
    };
    let row = |y: usize| view.row(y).map(|r| area.y + r as u16);
    if down {
        phase_names(buf, layout, gutter, view.gutter, &row);
    }
    for k in lanes.filter(|_| !down) {
        let lane = &layout.lanes[k];
        let style = Style::new().fg(LANE_COLORS[k % 6]);
        for (i, line) in lane.label.iter().enumerate() {
            if let Some(y) = row(lane.y + i) {
                cut(
                    buf,
                    gutter,
                    y,
                    0,
                    line,
                    view.gutter.saturating_sub(2),
                    style,
                );
            }
        }
        for y in (lane.y..lane.y + lane.height).filter_map(row) {
            if view.gutter >= 2 {
                buf.set_string(area.x + view.gutter as u16 - 2, y, "│", Style::new());
            }
        }
        if let Some(y) = row(lane.y + lane.height) {
            let rule: String = std::iter::repeat_n(glyphs.rule(), view.gutter).collect();
            buf.set_string(area.x, y, rule, Style::new());
        }
    }
    if focus {
        if let Some(b) = app.focused_box() {
            let b = &layout.boxes[b];
            if let Some([x, y, w, h]) = view.clip(b.x, b.y, b.width, b.height) {
                let rect = Rect::new(area.x + x as u16, area.y + y as u16, w as u16, h as u16);
                buf.set_style(
                    rect.intersection(area),
                    Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
                );
            }
        }
    }
}

/// The legend of numbered flow labels, under the chain.
pub(super) fn legend(frame: &mut Frame, lines: Vec<String>, area: Rect) {
    let lines: Vec<Line> = lines.into_iter().map(Line::from).collect();
    frame.render_widget(
        Paragraph::new(lines).style(Style::new().add_modifier(Modifier::DIM)),
        area,
    );
}

/// Running down: the lane names over their columns, and a rule under
/// them, on the header band (picture columns `lo..hi`).
fn lane_names(
    header: &mut Band,
    layout: &crate::layout::Layout,
    glyphs: &Glyphs,
    (lo, hi): (usize, usize),
    rows: usize,
) {
    if rows == 0 {
        return;
    }
    for (k, lane) in layout.lanes.iter().enumerate() {
        if lane.x + lane.width <= lo || lane.x >= hi {
            continue;
        }
        let color = (k % 6) as u8 + 1;
        for (i, line) in lane.label.iter().enumerate().take(rows - 1) {
            let pad = lane.width.saturating_sub(crate::text::width(line)) / 2;
            if lane.x + pad >= lo {
                header.text(lane.x + pad - lo, i, line, color);
            }
        }
        if lane.x >= lo {
            let rule = glyphs.horizontal().to_string().repeat(lane.width);
            header.text(lane.x - lo, rows - 1, &rule, 0);
        }
    }
}

/// Running down: the phase names in the gutter at the left of their rows,
/// with a line beside each band.
fn phase_names(
    buf: &mut Buffer,
    layout: &crate::layout::Layout,
    gutter: Rect,
    width: usize,
    row: &dyn Fn(usize) -> Option<u16>,
) {
    let room = width.saturating_sub(3).max(1);
    for band in &layout.bands {
        let (a, b) = (
            &layout.columns[band.first_column],
            &layout.columns[band.last_column],
        );
        let (y1, y2) = (a.channel_x, b.x + b.width);
        let lines = crate::text::wrap(&band.name, room);
        for (i, line) in lines.iter().enumerate().take(y2.saturating_sub(y1)) {
            if let Some(y) = row(y1 + i) {
                cut(buf, gutter, y, 0, line, room, Style::new());
            }
        }
        if width >= 2 {
            for y in (y1 + 1..y2).filter_map(row) {
                buf.set_string(gutter.x + width as u16 - 2, y, "│", Style::new());
            }
        }
    }
}

/// Running down with each phase's name on a row of its own: the names
/// whose row is in view, with the row, the first column and the free run
/// there.
fn phase_rows<'a>(
    layout: &'a crate::layout::Layout,
    view: &Viewport,
) -> Vec<(&'a str, usize, usize, usize)> {
    if !layout.phase_rows() {
        return Vec::new();
    }
    let within = view.x0..view.x0 + view.cols;
    layout
        .bands
        .iter()
        .filter(|b| !b.name.is_empty())
        .map(|b| {
            let (y, x, run) = crate::tui::zoom::phase_row(layout, b, within.clone());
            (b.name.as_str(), y, x, run)
        })
        .filter(|&(_, y, _, _)| view.row(y).is_some())
        .collect()
}

/// The lanes with a row in view (their rule under them counted).
fn visible_lanes(layout: &crate::layout::Layout, y0: usize, rows: usize) -> std::ops::Range<usize> {
    let lanes = &layout.lanes;
    let first = lanes.partition_point(|l| l.y + l.height < y0);
    let last = lanes.partition_point(|l| l.y < y0 + rows);
    first..last.max(first)
}

/// Writes text from view column `x` of `area`, cut to `room` cells.
fn cut(buf: &mut Buffer, area: Rect, y: u16, x: usize, text: &str, room: usize, style: Style) {
    let mut at = x;
    for (g, w) in graphemes(text) {
        if at + w > x + room || at + w > area.width as usize {
            break;
        }
        buf.set_string(area.x + at as u16, y, g, style);
        at += w;
    }
}

/// Writes a band's rows into the view right of the gutter from view row
/// `top`: the rule under a lane, then lines, then text pieces over them;
/// band column `b` is picture column `lo + b`.
fn paint(
    buf: &mut Buffer,
    area: Rect,
    top: usize,
    band: &mut Band,
    glyphs: &Glyphs,
    view: &Viewport,
    lo: usize,
) {
    let (left, right) = (view.gutter, view.gutter + view.cols);
    // The view column of a band column, where it is right of the gutter.
    let place =
        |b: usize| -> Option<usize> { view.column(lo + b).filter(|&c| (left..right).contains(&c)) };
    for (r, items) in band.rows.iter_mut().enumerate() {
        if top + r >= area.height as usize {
            break;
        }
        let y = area.y + (top + r) as u16;
        if band.ruled[r] {
            let rule: String = std::iter::repeat_n(glyphs.rule(), view.cols).collect();
            buf.set_string(area.x + left as u16, y, rule, Style::new());
        }
        let arena = &band.arena;
        composite(items, |piece| {
            match piece {
                Piece::Lines { x, bits } => {
                    if let Some(c) = place(x) {
                        buf.set_string(
                            area.x + c as u16,
                            y,
                            glyphs.lines(bits).to_string(),
                            Style::new(),
                        );
                    }
                }
                Piece::Text(item) => {
                    let text = &arena[item.start as usize..(item.start + item.len) as usize];
                    let style = match item.color {
                        0 => Style::new(),
                        c => Style::new().fg(LANE_COLORS[(c as usize - 1) % 6]),
                    };
                    // Cut at both edges of the view, a cluster at a time.
                    let mut x = item.x as usize;
                    for (g, w) in graphemes(text) {
                        let cells = (x..x + w).map(&place);
                        if let (Some(Some(c)), true) =
                            (cells.clone().next(), cells.clone().all(|c| c.is_some()))
                        {
                            buf.set_string(area.x + c as u16, y, g, style);
                        }
                        x += w;
                    }
                }
            }
            true
        });
    }
}

pub(super) fn step_panel(frame: &mut Frame, app: &App, area: Rect) {
    let block = Block::new()
        .borders(Borders::LEFT)
        .title(format!(" {} ", t::panel_step()));
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
        Line::from(t::panel_id(step.id.as_str())),
        Line::from(t::panel_partner(&name(
            Section::Partners,
            step.partner.as_str(),
        ))),
    ];
    if let Some(role) = &step.role {
        lines.push(Line::from(t::panel_role(&name(
            Section::Roles,
            role.as_str(),
        ))));
    }
    if let Some(phase) = &step.phase {
        lines.push(Line::from(t::panel_phase(&name(
            Section::Phases,
            phase.as_str(),
        ))));
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
                t::panel_from(),
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
                t::panel_to(),
                Style::new().add_modifier(Modifier::UNDERLINED),
            ));
            for (_, flow, target) in outgoing {
                let to = &m.steps.graph()[target];
                lines.push(Line::from(flow_line("→", &to.name, &flow.label)));
            }
        }
    }
    let facts = app.facts();
    let kpis: Vec<_> = facts
        .kpis_at(id.as_str())
        .iter()
        .filter_map(|k| m.kpis.get(k).map(|kpi| (k, kpi)))
        .collect();
    if !kpis.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::styled(
            t::panel_kpis(),
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
                    t::kpi_status(kpi.status().as_str())
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
                Some(m) => t::panel_latest(&unit(m.value), &sanitize(&m.period)),
                None => t::panel_not_measured(),
            };
            let target = kpi
                .target
                .map(|v| t::panel_target(&unit(v)))
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
