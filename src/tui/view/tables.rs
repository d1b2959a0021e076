//! The table screens (partners, goals and KPIs, roles, phases, problems)
//! and the overview.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout as Split, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Text};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Sparkline, Table, TableState, Wrap};

use crate::lang::t;
use crate::model::{KpiStatus, Section};
use crate::text::sanitize;
use crate::tui::app::{App, Screen, TableView};

fn table(
    frame: &mut Frame,
    app: &App,
    area: Rect,
    header: &[String],
    rows: Vec<Vec<String>>,
    widths: &[Constraint],
) {
    let at = app.screen.index();
    let selected = app.rows[at];
    // A text longer than its column is abbreviated (…), not cut.
    let columns: Vec<usize> = Split::horizontal(widths.to_vec())
        .spacing(2)
        .split(area)
        .iter()
        .map(|c| c.width as usize)
        .collect();
    let fit = |k: usize, text: &str| match columns.get(k) {
        Some(&room) => crate::text::abbreviate(text, room),
        None => text.to_string(),
    };
    let header = Row::new(
        header
            .iter()
            .enumerate()
            .map(|(k, h)| Cell::from(fit(k, h))),
    )
    .style(Style::new().add_modifier(Modifier::BOLD));
    let rows: Vec<Row> = rows
        .into_iter()
        .map(|cells| {
            Row::new(cells.into_iter().enumerate().map(|(k, text)| {
                let text = fit(k, &text);
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
    // The state scrolls on from where the last frame was, just enough to
    // keep the selected row in view; what it drew is kept for the mouse.
    let mut state = TableState::default()
        .with_offset(app.tables[at].get().offset)
        .with_selected(Some(selected));
    let table = Table::new(rows, widths.to_vec())
        .header(header)
        .column_spacing(2);
    selectable(frame, app, at, table, area, &mut state);
}

/// Draws a table whose rows can be selected (the selected one reversed)
/// and keeps where its rows stood and how far it scrolled, for the mouse
/// and the next frame.
pub(super) fn selectable(
    frame: &mut Frame,
    app: &App,
    at: usize,
    table: Table,
    area: Rect,
    state: &mut TableState,
) {
    frame.render_stateful_widget(
        table.row_highlight_style(Style::new().add_modifier(Modifier::REVERSED)),
        area,
        state,
    );
    app.tables[at].set(TableView {
        area: Rect {
            y: area.y + 1,
            height: area.height.saturating_sub(1),
            ..area
        },
        offset: state.offset(),
    });
}

pub(super) fn partners(frame: &mut Frame, app: &App, area: Rect) {
    let m = app.doc.model();
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
                sanitize(&crate::model::interest_names(&p.interests)).into_owned(),
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
            t::col_partner(),
            t::col_kind(),
            t::col_contribution(),
            t::col_interests(),
            t::col_steps(),
            t::col_roles(),
        ],
        rows,
        &[
            Constraint::Percentage(20),
            Constraint::Percentage(12),
            Constraint::Percentage(30),
            Constraint::Percentage(20),
            Constraint::Length(fits(&t::col_steps(), 5)),
            Constraint::Percentage(15),
        ],
    );
}

pub(super) fn goals(frame: &mut Frame, app: &App, area: Rect) {
    let m = app.doc.model();
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
                        t::better_word(k.better.as_str())
                    )
                })
                .unwrap_or_else(|| "—".into());
            let latest = k
                .latest()
                .map(|l| {
                    format!(
                        "{} {}",
                        crate::format::write::number(l.value),
                        t::in_period(&sanitize(&l.period))
                    )
                })
                .unwrap_or_else(|| "—".into());
            let sign = match k.status() {
                KpiStatus::OnTarget => "●",
                KpiStatus::OffTarget => "▲",
                KpiStatus::NoData => "○",
            };
            let status = format!("{sign} {}", t::kpi_status(k.status().as_str()));
            vec![
                format!("   {}", sanitize(&k.name)),
                target,
                latest,
                status,
                String::new(),
            ]
        })
        .collect();
    table(
        frame,
        app,
        list,
        &[
            t::col_goal_kpi(),
            t::col_target(),
            t::col_latest(),
            t::col_status(),
            t::col_partners(),
        ],
        rows,
        &[
            Constraint::Percentage(42),
            Constraint::Percentage(18),
            Constraint::Percentage(14),
            status_width(list.width),
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

pub(super) fn roles(frame: &mut Frame, app: &App, area: Rect) {
    let m = app.doc.model();
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
        &[
            t::col_role(),
            t::col_partner(),
            t::col_description(),
            t::col_steps(),
        ],
        rows,
        &[
            Constraint::Percentage(25),
            Constraint::Percentage(25),
            Constraint::Percentage(40),
            Constraint::Length(fits(&t::col_steps(), 5)),
        ],
    );
}

pub(super) fn phases(frame: &mut Frame, app: &App, area: Rect) {
    let m = app.doc.model();
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
        &[t::col_phase(), t::col_description(), t::col_steps()],
        rows,
        &[
            Constraint::Percentage(30),
            Constraint::Percentage(60),
            Constraint::Length(fits(&t::col_steps(), 5)),
        ],
    );
}

pub(super) fn overview(frame: &mut Frame, app: &App, area: Rect) {
    let m = app.doc.model();
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
        (t::client_question(), m.client_question.as_str()),
        (t::ambition(), m.ambition.as_str()),
    ] {
        lines.push(Line::styled(label, bold));
        lines.push(Line::from(
            sanitize(if value.is_empty() { "—" } else { value }).into_owned(),
        ));
        lines.push(Line::from(""));
    }
    lines.push(Line::styled(t::director(), bold));
    lines.push(Line::from(director));
    lines.push(Line::from(""));
    if !m.description.is_empty() {
        lines.push(Line::styled(t::description(), bold));
        for line in crate::text::sanitize_block(&m.description).lines() {
            lines.push(Line::from(line.to_string()));
        }
        lines.push(Line::from(""));
    }
    lines.push(Line::from(t::overview_counts(
        m.partners.len(),
        m.steps.len(),
        m.goals.len(),
        m.kpis.len(),
        m.roles.len(),
        m.phases.len(),
    )));
    if !app.live.changes.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::styled(t::changes_by_others(), bold));
        for change in app.live.changes.iter().rev().take(10) {
            lines.push(Line::from(sanitize(change).into_owned()));
        }
    }
    frame.render_widget(
        Paragraph::new(Text::from(lines)).wrap(Wrap { trim: false }),
        area,
    );
}

pub(super) fn problems(frame: &mut Frame, app: &App, area: Rect) {
    if app.problems().is_empty() {
        let empty = if app.doc.checking() {
            t::checking_problems()
        } else {
            t::no_problems()
        };
        frame.render_widget(Paragraph::new(empty), area);
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
        &[t::col_finding(), t::col_message()],
        rows,
        &[Constraint::Length(28), Constraint::Min(20)],
    );
}

pub(super) fn agreements(frame: &mut Frame, app: &App, area: Rect) {
    let m = app.doc.model();
    let rows = m
        .agreements
        .iter()
        .map(|(id, a)| {
            let partners: Vec<&str> = a
                .partners
                .iter()
                .map(|p| m.name_of(Section::Partners, p.as_str()))
                .collect();
            let guards = m
                .partners
                .values()
                .flat_map(|p| &p.interests)
                .filter(|i| i.safeguarded_by.contains(id))
                .count();
            vec![
                sanitize(&a.name).into_owned(),
                sanitize(&partners.join(", ")).into_owned(),
                sanitize(&a.description).into_owned(),
                guards.to_string(),
            ]
        })
        .collect();
    table(
        frame,
        app,
        area,
        &[
            t::col_agreement(),
            t::col_made_by(),
            t::col_agreed(),
            t::col_interests(),
        ],
        rows,
        &[
            Constraint::Percentage(25),
            Constraint::Percentage(25),
            Constraint::Percentage(40),
            Constraint::Length(fits(&t::col_interests(), 9)),
        ],
    );
}

/// The KPI status column: an eighth of the table, or what the longest
/// status takes where that is wider (`▲ niet op koers`).
fn status_width(table: u16) -> Constraint {
    let longest = [KpiStatus::OnTarget, KpiStatus::OffTarget, KpiStatus::NoData]
        .map(|s| crate::text::width(&t::kpi_status(s.as_str())) as u16 + 2)
        .into_iter()
        .max()
        .unwrap_or(0);
    if longest > table * 12 / 100 {
        Constraint::Length(longest)
    } else {
        Constraint::Percentage(12)
    }
}

/// The width of a narrow column: `least`, or its title's where that is
/// wider (`Stappen` in Dutch).
fn fits(title: &str, least: u16) -> u16 {
    (crate::text::width(title) as u16).max(least)
}
