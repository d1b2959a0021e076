//! Drawing the TUI from the app's state. Nothing here changes state; the
//! chain view draws from the same layout as `keten render`.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout as Split, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{
    Block, Borders, Cell, Clear, Paragraph, Row, Sparkline, Table, TableState, Wrap,
};

use super::app::{App, Mode, Picker, Screen};
use super::form::{Form, Value};
use super::keymap::{KEYMAP, hints};
use crate::model::{KpiStatus, Section};
use crate::render::canvas::{Band, Glyphs, Item, paint_lane};
use crate::text::{graphemes, sanitize};

/// The smallest terminal the TUI draws in.
pub const MIN_SIZE: (u16, u16) = (60, 16);

const LANE_COLORS: [Color; 6] = [
    Color::Red,
    Color::Green,
    Color::Yellow,
    Color::Blue,
    Color::Magenta,
    Color::Cyan,
];

/// The width of the step panel beside the chain, on terminals wide enough.
const PANEL: u16 = 38;

/// The size of the chain view on a terminal of this size.
pub fn chain_size(width: u16, height: u16, presentation: bool) -> (usize, usize) {
    let rows = if presentation {
        height.saturating_sub(1)
    } else {
        height.saturating_sub(3)
    };
    let cols = if width >= 100 && !presentation {
        width - PANEL
    } else {
        width
    };
    (cols as usize, rows as usize)
}

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let notice = Paragraph::new(format!(
            "keten needs a terminal of at least {}×{}; this one is {}×{}. Make it larger, or press q to quit.",
            MIN_SIZE.0, MIN_SIZE.1, area.width, area.height
        ))
        .wrap(Wrap { trim: true });
        frame.render_widget(notice, area);
        return;
    }
    let [top, body, bottom] = Split::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(2),
    ])
    .areas(area);
    if app.presentation {
        let question = sanitize(if app.model.client_question.is_empty() {
            &app.model.name
        } else {
            &app.model.client_question
        })
        .into_owned();
        frame.render_widget(
            Paragraph::new(question).style(Style::new().add_modifier(Modifier::BOLD)),
            top,
        );
        chain(
            frame,
            app,
            Rect {
                height: body.height + bottom.height,
                ..body
            },
            false,
        );
        overlays(frame, app, area);
        return;
    }
    tabs(frame, app, top);
    match app.screen {
        Screen::Chain => {
            let panel = body.width >= 100;
            if panel {
                let [left, right] =
                    Split::horizontal([Constraint::Min(40), Constraint::Length(PANEL)]).areas(body);
                chain(frame, app, left, true);
                step_panel(frame, app, right);
            } else {
                chain(frame, app, body, true);
            }
        }
        Screen::Partners => partners(frame, app, body),
        Screen::Goals => goals(frame, app, body),
        Screen::Roles => roles(frame, app, body),
        Screen::Phases => phases(frame, app, body),
        Screen::Overview => overview(frame, app, body),
        Screen::Problems => problems(frame, app, body),
    }
    status(frame, app, bottom);
    overlays(frame, app, area);
}

/// The help, questions, forms and pickers over whatever is on screen.
fn overlays(frame: &mut Frame, app: &App, area: Rect) {
    match &app.mode {
        Mode::Help => help(frame, area, app.help_scroll),
        Mode::Confirm { question, .. } => dialog(frame, area, question, ""),
        Mode::Prompt {
            question, input, ..
        } => dialog(frame, area, question, input),
        Mode::Form(form) => form_dialog(frame, area, form),
        Mode::Pick(picker) => pick_dialog(frame, area, picker),
        Mode::Normal => {}
    }
}

fn tabs(frame: &mut Frame, app: &App, area: Rect) {
    // On a narrow terminal the tabs go first; the name only where it fits.
    let name = if area.width >= 120 {
        crate::text::wrap(&sanitize(&app.model.name), 28)
            .into_iter()
            .next()
            .unwrap_or_default()
    } else {
        String::new()
    };
    let mut spans = vec![Span::styled(
        format!(" {name}{} ", if app.dirty() { "*" } else { "" }),
        Style::new().add_modifier(Modifier::BOLD),
    )];
    for (k, screen) in Screen::ALL.iter().enumerate() {
        let style = if *screen == app.screen {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        let mut title = format!(" {} {} ", k + 1, screen.title());
        if *screen == Screen::Problems {
            let (errors, warnings) = app.findings.counts();
            title = format!(" 7 Problems {errors}E {warnings}W ");
        }
        spans.push(Span::styled(title, style));
    }
    frame.render_widget(Line::from(spans), area);
}

/// The chain: lane names in a gutter that stays put, the diagram scrolled
/// to keep the focused box in view.
fn chain(frame: &mut Frame, app: &App, area: Rect, focus: bool) {
    let layout = &app.layout;
    let buf = frame.buffer_mut();
    if layout.boxes.is_empty() {
        buf.set_string(area.x + 1, area.y + 1, "No steps yet.", Style::new());
        return;
    }
    let glyphs = Glyphs { ascii: false };
    let gutter = layout.label_width.min(area.width as usize / 2);
    let (sx, sy) = app.scroll;
    let rows = area.height as usize;
    let cols = (area.width as usize).saturating_sub(gutter);
    let x0 = layout.label_width + sx;
    let to_grid =
        |x: usize| -> Option<usize> { (x >= x0 && x < x0 + cols).then(|| gutter + x - x0) };
    let index = &app.lanes;
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
            index,
            k,
            x0..x0 + cols,
            &to_grid,
            &glyphs,
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
        items.sort_by_key(|i: &Item| (i.x, i.kind));
        let y = area.y + r as u16;
        let mut bits: Vec<(u32, u8)> = Vec::new();
        for item in items.iter() {
            if item.kind == 0 {
                match bits.last_mut() {
                    Some((x, b)) if *x == item.x => *b |= item.bits,
                    _ => bits.push((item.x, item.bits)),
                }
            }
        }
        for (x, b) in bits {
            if x < area.width as u32 {
                buf.set_string(
                    area.x + x as u16,
                    y,
                    glyphs.lines(b).to_string(),
                    Style::new(),
                );
            }
        }
        for item in items.iter().filter(|i| i.kind == 1) {
            let text = &band.arena[item.start as usize..(item.start + item.len) as usize];
            let style = match item.color {
                0 => Style::new(),
                c => Style::new().fg(LANE_COLORS[(c as usize - 1) % 6]),
            };
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
}

fn step_panel(frame: &mut Frame, app: &App, area: Rect) {
    let block = Block::new().borders(Borders::LEFT).title(" Step ");
    let Some(id) = &app.focus else {
        frame.render_widget(block, area);
        return;
    };
    let m = &app.model;
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
            lines.push(Line::from(format!(
                "{} ({})",
                sanitize(&kpi.name),
                kpi.status().as_str()
            )));
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

fn table(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    header: &[&str],
    rows: Vec<Vec<String>>,
    widths: &[Constraint],
) {
    let selected = app.rows[Screen::ALL
        .iter()
        .position(|&s| s == app.screen)
        .unwrap_or(0)];
    let header = Row::new(header.iter().map(|h| Cell::from(*h)))
        .style(Style::new().add_modifier(Modifier::BOLD));
    let rows: Vec<Row> = rows
        .into_iter()
        .map(|cells| {
            Row::new(cells.into_iter().map(|text| {
                // KPI status: a colour beside the word, so it reads without colour too.
                let style = match text.chars().next() {
                    Some('●') => Style::new().fg(Color::Green),
                    Some('▲') => Style::new().fg(Color::Red),
                    Some('○') => Style::new().fg(Color::DarkGray),
                    _ => Style::new(),
                };
                Cell::from(text).style(style)
            }))
        })
        .collect();
    // The state scrolls the table so the selected row is in view.
    let mut state = TableState::default().with_selected(Some(selected));
    frame.render_stateful_widget(
        Table::new(rows, widths.to_vec())
            .header(header)
            .column_spacing(2)
            .row_highlight_style(Style::new().add_modifier(Modifier::REVERSED)),
        area,
        &mut state,
    );
}

fn partners(frame: &mut Frame, app: &App, area: Rect) {
    let m = &app.model;
    let rows = m
        .partners
        .iter()
        .map(|(id, p)| {
            let steps = m.steps_of(id.as_str()).count();
            let roles: Vec<String> = m
                .roles
                .iter()
                .filter(|(_, r)| r.partner == *id)
                .map(|(_, r)| sanitize(&r.name).into_owned())
                .collect();
            vec![
                sanitize(&p.name).into_owned(),
                sanitize(&p.kind).into_owned(),
                sanitize(&p.contribution).into_owned(),
                sanitize(&p.interests.join("; ")).into_owned(),
                steps.to_string(),
                roles.join(", "),
            ]
        })
        .collect();
    table(
        frame,
        app,
        area,
        &[
            "Partner",
            "Kind",
            "Contribution",
            "Interests",
            "Steps",
            "Roles",
        ],
        rows,
        &[
            Constraint::Percentage(20),
            Constraint::Percentage(12),
            Constraint::Percentage(30),
            Constraint::Percentage(20),
            Constraint::Length(5),
            Constraint::Percentage(15),
        ],
    );
}

fn goals(frame: &mut Frame, app: &App, area: Rect) {
    let m = &app.model;
    let [list, detail] = Split::vertical([Constraint::Min(4), Constraint::Length(6)]).areas(area);
    let entries = app.table_rows(Screen::Goals);
    let rows = entries
        .iter()
        .map(|(section, id)| {
            if *section == Section::Goals {
                let goal = &m.goals[id];
                let partners: Vec<String> = goal
                    .partners
                    .iter()
                    .map(|p| sanitize(m.name_of(Section::Partners, p.as_str())).into_owned())
                    .collect();
                return vec![
                    format!("◆ {}", sanitize(&goal.name)),
                    String::new(),
                    String::new(),
                    String::new(),
                    partners.join(", "),
                ];
            }
            let k = &m.kpis[id];
            let target = k
                .target
                .map(|t| {
                    format!(
                        "{} {} ({})",
                        crate::format::write::number(t),
                        sanitize(&k.unit),
                        k.better.as_str()
                    )
                })
                .unwrap_or_else(|| "—".into());
            let latest = k
                .latest()
                .map(|l| {
                    format!(
                        "{} in {}",
                        crate::format::write::number(l.value),
                        sanitize(&l.period)
                    )
                })
                .unwrap_or_else(|| "—".into());
            let status = match k.status() {
                KpiStatus::OnTarget => "● on target",
                KpiStatus::OffTarget => "▲ off target",
                KpiStatus::NoData => "○ no data",
            };
            vec![
                format!("   {}", sanitize(&k.name)),
                target,
                latest,
                status.to_string(),
                String::new(),
            ]
        })
        .collect();
    table(
        frame,
        app,
        list,
        &["Goal / KPI", "Target", "Latest", "Status", "Partners"],
        rows,
        &[
            Constraint::Percentage(42),
            Constraint::Percentage(18),
            Constraint::Percentage(14),
            Constraint::Percentage(12),
            Constraint::Percentage(14),
        ],
    );
    match entries.get(app.rows[2]) {
        Some((Section::Kpis, id)) => {
            let kpi = &m.kpis[id];
            let data: Vec<u64> = kpi
                .measurements
                .iter()
                .map(|x| x.value.max(0.0).round() as u64)
                .collect();
            let periods: Vec<String> = kpi
                .measurements
                .iter()
                .map(|x| {
                    format!(
                        "{} {}",
                        sanitize(&x.period),
                        crate::format::write::number(x.value)
                    )
                })
                .collect();
            let title = format!(" {} — {} ", sanitize(&kpi.name), periods.join(", "));
            frame.render_widget(
                Sparkline::default()
                    .block(Block::bordered().title(title))
                    .data(&data),
                detail,
            );
        }
        Some((Section::Goals, id)) => {
            let text = sanitize(&m.goals[id].description).into_owned();
            frame.render_widget(
                Paragraph::new(text)
                    .wrap(Wrap { trim: true })
                    .block(Block::bordered()),
                detail,
            );
        }
        _ => {}
    }
}

fn roles(frame: &mut Frame, app: &App, area: Rect) {
    let m = &app.model;
    let rows = m
        .roles
        .iter()
        .map(|(id, r)| {
            let steps = m
                .steps
                .iter()
                .filter(|s| s.role.as_ref() == Some(id))
                .count();
            vec![
                sanitize(&r.name).into_owned(),
                sanitize(m.name_of(Section::Partners, r.partner.as_str())).into_owned(),
                sanitize(&r.description).into_owned(),
                steps.to_string(),
            ]
        })
        .collect();
    table(
        frame,
        app,
        area,
        &["Role", "Partner", "Description", "Steps"],
        rows,
        &[
            Constraint::Percentage(25),
            Constraint::Percentage(25),
            Constraint::Percentage(40),
            Constraint::Length(5),
        ],
    );
}

fn phases(frame: &mut Frame, app: &App, area: Rect) {
    let m = &app.model;
    let rows = m
        .phases
        .iter()
        .map(|(id, p)| {
            let steps = m
                .steps
                .iter()
                .filter(|s| s.phase.as_ref() == Some(id))
                .count();
            vec![
                sanitize(&p.name).into_owned(),
                sanitize(&p.description).into_owned(),
                steps.to_string(),
            ]
        })
        .collect();
    table(
        frame,
        app,
        area,
        &["Phase", "Description", "Steps"],
        rows,
        &[
            Constraint::Percentage(30),
            Constraint::Percentage(60),
            Constraint::Length(5),
        ],
    );
}

fn overview(frame: &mut Frame, app: &App, area: Rect) {
    let m = &app.model;
    let bold = Style::new().add_modifier(Modifier::BOLD);
    let director = m
        .director
        .as_ref()
        .map(|d| sanitize(m.name_of(Section::Partners, d.as_str())).into_owned())
        .unwrap_or_else(|| "—".into());
    let mut lines = vec![
        Line::styled(sanitize(&m.name).into_owned(), bold),
        Line::from(""),
    ];
    for (label, value) in [
        ("Client question", m.client_question.as_str()),
        ("Ambition", m.ambition.as_str()),
    ] {
        lines.push(Line::styled(label, bold));
        lines.push(Line::from(
            sanitize(if value.is_empty() { "—" } else { value }).into_owned(),
        ));
        lines.push(Line::from(""));
    }
    lines.push(Line::styled("Director", bold));
    lines.push(Line::from(director));
    lines.push(Line::from(""));
    if !m.description.is_empty() {
        lines.push(Line::styled("Description", bold));
        for line in crate::text::sanitize_block(&m.description).lines() {
            lines.push(Line::from(line.to_string()));
        }
        lines.push(Line::from(""));
    }
    lines.push(Line::from(format!(
        "{} partners, {} steps, {} goals, {} KPIs, {} roles, {} phases",
        m.partners.len(),
        m.steps.len(),
        m.goals.len(),
        m.kpis.len(),
        m.roles.len(),
        m.phases.len()
    )));
    frame.render_widget(
        Paragraph::new(Text::from(lines)).wrap(Wrap { trim: false }),
        area,
    );
}

fn problems(frame: &mut Frame, app: &App, area: Rect) {
    if app.problems().is_empty() {
        frame.render_widget(
            Paragraph::new("No problems: the model passes keten check."),
            area,
        );
        return;
    }
    let rows = app
        .problems()
        .iter()
        .map(|d| {
            vec![
                format!("{}[{}]", d.severity().as_str(), d.code),
                sanitize(&d.message).into_owned(),
            ]
        })
        .collect();
    table(
        frame,
        app,
        area,
        &["Finding", "Message (Enter goes there)"],
        rows,
        &[Constraint::Length(28), Constraint::Min(20)],
    );
}

fn status(frame: &mut Frame, app: &App, area: Rect) {
    let hint: Vec<String> = hints(app.screen)
        .iter()
        .map(|b| format!("{} {}", b.label, b.short))
        .collect();
    let message = if app.status.is_empty() {
        String::new()
    } else {
        sanitize(&app.status).into_owned()
    };
    let lines = vec![
        Line::from(Span::styled(
            message,
            Style::new().add_modifier(Modifier::BOLD),
        )),
        Line::from(Span::styled(
            hint.join("  "),
            Style::new().add_modifier(Modifier::DIM),
        )),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}

fn help(frame: &mut Frame, area: Rect, scroll: usize) {
    let rows: Vec<Row> = KEYMAP
        .iter()
        .skip(scroll)
        .map(|b| {
            let keys = b.key_names().join(", ");
            Row::new(vec![Cell::from(keys), Cell::from(b.help)])
        })
        .collect();
    let popup = centered(area, 76, (rows.len() as u16 + 2).min(area.height));
    frame.render_widget(Clear, popup);
    let more = rows.len() + 2 > popup.height as usize;
    let title = if more || scroll > 0 {
        " Keys (↓↑ scroll, any other key closes) "
    } else {
        " Keys (any key closes) "
    };
    let table = Table::new(rows, [Constraint::Length(18), Constraint::Min(20)])
        .block(Block::bordered().title(title));
    frame.render_widget(table, popup);
}

fn dialog(frame: &mut Frame, area: Rect, question: &str, input: &str) {
    let width = 70.min(area.width);
    let text_lines =
        crate::text::wrap(&sanitize(question), width.saturating_sub(2) as usize).len() as u16;
    let popup = centered(area, width, text_lines + 4);
    frame.render_widget(Clear, popup);
    let mut lines = vec![Line::from(sanitize(question).into_owned())];
    if !input.is_empty() || question.ends_with(':') {
        lines.push(Line::from(""));
        lines.push(Line::from(format!("> {}▏", sanitize(input))));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(Block::bordered()),
        popup,
    );
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

fn form_dialog(frame: &mut Frame, area: Rect, form: &Form) {
    let height = (form.fields.len() as u16 + 5).min(area.height);
    let popup = centered(area, 90, height);
    frame.render_widget(Clear, popup);
    let title = match &form.editing {
        Some(_) if form.section == Section::Top => {
            " The model — Enter saves, Esc cancels, Tab next field ".to_string()
        }
        Some(id) => format!(
            " Edit {} `{id}` — Enter saves, Esc cancels, Tab next field ",
            form.section.noun()
        ),
        None => format!(
            " New {} — Enter adds, Esc cancels, Tab next field ",
            form.section.noun()
        ),
    };
    let mut lines = Vec::new();
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let marker = if focused { "›" } else { " " };
        let value = match &field.value {
            Value::Text(t) if focused => {
                // A window on the text that keeps the cursor in view.
                let room = (popup.width as usize).saturating_sub(30).max(8);
                let chars: Vec<char> = t.text.chars().collect();
                let at = t.cursor.min(chars.len());
                let start = at.saturating_sub(room.saturating_sub(1));
                let before: String = chars[start..at].iter().collect();
                let after: String = chars[at..]
                    .iter()
                    .take(room.saturating_sub(at - start))
                    .collect();
                let lead = if start > 0 { "…" } else { "" };
                format!("{lead}{}▏{}", sanitize(&before), sanitize(&after))
            }
            Value::Pick { .. } if focused => format!("◀ {} ▶", sanitize(&field.shown())),
            _ => sanitize(&field.shown()).into_owned(),
        };
        let style = if focused {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        lines.push(Line::styled(
            format!("{marker} {:<22} {value}", field.label),
            style,
        ));
    }
    if !form.error.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::styled(
            sanitize(&form.error).into_owned(),
            Style::new().fg(Color::Red),
        ));
    }
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title)),
        popup,
    );
}

fn pick_dialog(frame: &mut Frame, area: Rect, picker: &Picker) {
    let visible = picker.visible();
    let height = (visible.len() as u16 + 4).clamp(6, area.height.saturating_sub(2).max(6));
    let popup = centered(area, 80, height);
    frame.render_widget(Clear, popup);
    let room = height.saturating_sub(4) as usize;
    let first = picker.selected.saturating_sub(room.saturating_sub(1));
    let mut lines = vec![
        Line::from(format!("> {}▏", sanitize(&picker.filter.text))),
        Line::from(""),
    ];
    for (k, (_, label)) in visible.iter().enumerate().skip(first).take(room) {
        let style = if k == picker.selected {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        lines.push(Line::styled(sanitize(label).into_owned(), style));
    }
    if visible.is_empty() {
        lines.push(Line::from("(nothing matches)"));
    }
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(format!(" {} ", picker.title))),
        popup,
    );
}
