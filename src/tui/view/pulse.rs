//! The pulse screen: for the latest period, partners × the six dimensions
//! with colour and the change since the period before; under it the
//! averages over time as sparklines.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout as Split, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};

use crate::lang::t;
use crate::model::DIMENSIONS;
use crate::render::relational::{LOW, history, signed, sparkline};
use crate::text::sanitize;
use crate::tui::app::{App, Screen};

/// The colour of a score: red asks for a conversation, green is good.
fn colour(score: f64) -> Color {
    if score <= f64::from(LOW) {
        Color::Red
    } else if score < 3.5 {
        Color::Yellow
    } else {
        Color::Green
    }
}

pub(super) fn pulse(frame: &mut Frame, app: &App, area: Rect) {
    let m = app.doc.model();
    let (Some(latest), before) = m.pulse_latest() else {
        frame.render_widget(Paragraph::new(t::no_pulse_yet()), area);
        return;
    };
    let history = history(m);
    let rows_needed = m.partners.len() as u16 + 4;
    let [top, bottom] =
        Split::vertical([Constraint::Length(rows_needed), Constraint::Min(0)]).areas(area);
    let since = before.map_or(String::new(), |b| t::change_since(&sanitize(b)));
    let mut header = vec![Cell::from(format!("{}{since}", sanitize(latest)))];
    let labels: Vec<String> = DIMENSIONS.iter().map(|(k, _)| t::score_name(k)).collect();
    header.extend(labels.iter().map(|l| Cell::from(l.clone())));
    let header = Row::new(header).style(Style::new().add_modifier(Modifier::BOLD));
    let score_cell = |now: Option<f64>, was: Option<f64>, whole: bool| -> Cell {
        let Some(now) = now else {
            return Cell::from("—");
        };
        let value = if whole {
            format!("{now:.0}")
        } else {
            t::report_decimal(&format!("{now:.1}"))
        };
        let delta = match was {
            Some(was) if whole => match now - was {
                d if d.abs() < 0.05 => " ±0".to_string(),
                d => format!(" {d:+.0}"),
            },
            Some(was) => format!(" {}", t::report_decimal(&signed(now - was))),
            None => String::new(),
        };
        let sign = if now <= f64::from(LOW) { "!" } else { " " };
        Cell::from(Line::from(vec![
            Span::styled(format!("{sign}{value}"), Style::new().fg(colour(now))),
            Span::styled(delta, Style::new().add_modifier(Modifier::DIM)),
        ]))
    };
    let mut rows = Vec::new();
    for (id, p) in &m.partners {
        let now = m.pulse_of(latest).find(|e| e.partner == *id);
        let was = before.and_then(|b| m.pulse_of(b).find(|e| e.partner == *id));
        let mut cells = vec![Cell::from(sanitize(&p.name).into_owned())];
        match now {
            Some(now) => cells.extend((0..6).map(|d| {
                score_cell(
                    now.scores[d].map(f64::from),
                    was.and_then(|w| w.scores[d]).map(f64::from),
                    true,
                )
            })),
            None if m.steps_of(id.as_str()).next().is_some() => {
                cells.push(Cell::from(t::not_given()).style(Style::new().fg(Color::Yellow)));
            }
            None => cells.push(Cell::from("—")),
        }
        rows.push(Row::new(cells));
    }
    let now = m.pulse_averages(latest);
    let was = before.map(|b| m.pulse_averages(b));
    let mut average =
        vec![Cell::from(t::average()).style(Style::new().add_modifier(Modifier::BOLD))];
    average.extend((0..6).map(|d| score_cell(now[d], was.and_then(|w| w[d]), false)));
    rows.push(Row::new(average));
    let mut widths = vec![Constraint::Min(24)];
    // As wide as the longest dimension's name (`Wederkerigheid`), 13 at least.
    let column = labels
        .iter()
        .map(|l| crate::text::width(l))
        .max()
        .unwrap_or(0)
        .max(13);
    widths.extend([Constraint::Length(column as u16); 6]);
    // The selected partner's row: e enters its pulse, d deletes it.
    let at = Screen::Pulse.index();
    let mut state = TableState::default().with_selected(Some(app.rows[at]));
    let table = Table::new(rows, widths).header(header).column_spacing(1);
    super::tables::selectable(frame, app, at, table, top, &mut state);

    let first = history.first().map_or("", |(p, _)| p);
    let mut lines = vec![Line::styled(
        t::averages_over_time(&sanitize(first), &sanitize(latest), history.len()),
        Style::new().add_modifier(Modifier::BOLD),
    )];
    // The last periods that fit beside the labels.
    let room = (bottom.width as usize).saturating_sub(30).max(1);
    let shown = &history[history.len().saturating_sub(room)..];
    // The names in a column, a space at least after the longest.
    let pad = labels
        .iter()
        .map(|l| crate::text::width(l) + 1)
        .max()
        .unwrap_or(0)
        .max(14);
    for (d, label) in labels.iter().enumerate() {
        let values: Vec<Option<f64>> = shown.iter().map(|(_, a)| a[d]).collect();
        let last = values.iter().rev().find_map(|v| *v);
        lines.push(Line::from(vec![
            Span::raw(format!("{label:<pad$}")),
            Span::styled(
                sparkline(&values),
                Style::new().fg(last.map_or(Color::DarkGray, colour)),
            ),
            Span::raw(last.map_or(String::new(), |v| {
                format!("  {}", t::report_decimal(&format!("{v:.1}")))
            })),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), bottom);
}
