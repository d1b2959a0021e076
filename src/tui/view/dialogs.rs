//! The help and the dialogs, drawn over the screens.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Text};
use ratatui::widgets::{Block, Cell, Clear, Paragraph, Row, Table, Wrap};

use crate::lang::t;
use crate::model::{Model, Section};
use crate::text::sanitize;
use crate::tui::dialog::checklist::Checklist;
use crate::tui::dialog::{MeasureForm, Picker, PulseForm};
use crate::tui::form::{Field, Form, Value};
use crate::tui::help::Help;
use crate::tui::input::TextInput;

pub(super) fn help(frame: &mut Frame, area: Rect, help: &Help) {
    // What a key does wraps under itself, never cut, at any width.
    let popup_width = 76.min(area.width);
    let room = popup_width.saturating_sub(2 + 18 + 1).max(10) as usize;
    let cell = |lines: Vec<String>| Cell::from(Text::from_iter(lines.into_iter().map(Line::from)));
    let mut lines = 0;
    let rows: Vec<Row> = help
        .rows()
        .into_iter()
        .skip(help.scroll)
        .map(|(keys, what)| {
            let (keys, what) = (crate::text::wrap(&keys, 18), crate::text::wrap(&what, room));
            let height = keys.len().max(what.len()).max(1) as u16;
            lines += height;
            Row::new(vec![cell(keys), cell(what)]).height(height)
        })
        .collect();
    let popup = centered(area, popup_width, (lines + 2).min(area.height));
    frame.render_widget(Clear, popup);
    let more = lines + 2 > popup.height;
    let title = if more || help.scroll > 0 {
        format!(" {} ", t::help_title_scroll())
    } else {
        format!(" {} ", t::help_title())
    };
    let table = Table::new(rows, [Constraint::Length(18), Constraint::Min(10)])
        .column_spacing(1)
        .block(Block::bordered().title(title));
    frame.render_widget(table, popup);
}

pub(super) fn question(frame: &mut Frame, area: Rect, question: &str, input: Option<&TextInput>) {
    let width = 70.min(area.width);
    let text_lines =
        crate::text::wrap(&sanitize(question), width.saturating_sub(2) as usize).len() as u16;
    let popup = centered(area, width, text_lines + 4);
    frame.render_widget(Clear, popup);
    let mut lines = vec![Line::from(sanitize(question).into_owned())];
    if let Some(input) = input {
        let room = (width as usize).saturating_sub(6);
        let (cut, before, after) = input.window(room);
        let lead = if cut { "…" } else { "" };
        lines.push(Line::from(""));
        lines.push(Line::from(format!("> {lead}{before}▏{after}")));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(Block::bordered()),
        popup,
    );
}

pub(super) fn form(frame: &mut Frame, area: Rect, form: &Form) {
    // The new-line key where the field has lines.
    let lines = if form.fields[form.focus].is_multiline() {
        t::form_keys_lines()
    } else {
        t::form_keys()
    };
    let noun = t::noun(form.section.noun());
    let title = match &form.editing {
        Some(_) if form.section == Section::Top => t::form_model(&lines),
        Some(id) => t::form_edit(&noun, id.as_str(), &lines),
        None => t::form_new(&noun, &lines),
    };
    let title = format!(" {title} ");
    let hint = form.hint();
    form_titled(frame, area, form, &title, &hint);
    if let Some(list) = form.checklist() {
        checklist(frame, area, list);
    }
}

/// A list with boxes over a form: every option, scrolled to the cursor;
/// a ticked one shows its place in the order.
fn checklist(frame: &mut Frame, area: Rect, list: &Checklist) {
    let height = (list.options.len() as u16 + 4).clamp(6, area.height.saturating_sub(2).max(6));
    let popup = centered(area, 80, height);
    frame.render_widget(Clear, popup);
    let room = height.saturating_sub(4) as usize;
    let first = list.cursor.saturating_sub(room.saturating_sub(1));
    let shown = (first + 1, (first + room).min(list.options.len()));
    let mut lines = vec![
        Line::styled(
            t::checklist_keys(shown.0, shown.1, list.options.len()),
            Style::new().add_modifier(Modifier::DIM),
        ),
        Line::from(""),
    ];
    for (i, (id, name)) in list.options.iter().enumerate().skip(first).take(room) {
        let mark = match list.place(i) {
            Some(n) => format!("[{n}]"),
            None => "[ ]".to_string(),
        };
        let style = if i == list.cursor {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        lines.push(Line::styled(
            format!("{mark:>4} {} ({id})", sanitize(name)),
            style,
        ));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .block(Block::bordered().title(format!(" {} ", sanitize(&list.title)))),
        popup,
    );
}

/// The form of a partner's pulse in a period.
pub(super) fn pulse_form(frame: &mut Frame, area: Rect, pulse: &PulseForm, model: &Model) {
    let title = match pulse.existing(model) {
        Some(e) => t::pulse_form_title(
            &sanitize(model.name_of(Section::Partners, e.partner.as_str())),
            &sanitize(&e.period),
        ),
        None => t::pulse_form_new(),
    };
    let title = format!(" {title} ");
    form_titled(frame, area, &pulse.form, &title, &pulse.hint());
}

/// The form of a KPI's measurement.
pub(super) fn measure_form(frame: &mut Frame, area: Rect, measure: &MeasureForm) {
    let title = match measure.index {
        Some(_) => t::measure_form_title(measure.kpi.as_str()),
        None => t::measure_form_new(measure.kpi.as_str()),
    };
    let title = format!(" {title} ");
    form_titled(frame, area, &measure.form, &title, &measure.hint());
}

/// The most rows a field of several lines takes; it scrolls beyond.
const FIELD_ROWS: usize = 6;

/// The rows under a choice being typed into, for what matches.
const PICK_ROWS: usize = 5;

/// A choice being typed into: what was typed, then the options that match
/// (the chosen one marked), as many as fit, each row under the field.
fn matching_lines(
    options: &[(crate::model::Id, String)],
    chosen: Option<usize>,
    filter: &TextInput,
    room: usize,
    offer: Option<(String, bool)>,
) -> String {
    let found = crate::tui::form::matches(options, filter.text());
    let mut lines = vec![filter_line(filter, room)];
    if found.is_empty() && offer.is_none() {
        lines.push(t::nothing_matches());
    }
    // A name of one's own, offered under the matches, takes a row.
    let rows = PICK_ROWS - usize::from(offer.is_some());
    let at = found.iter().position(|&f| Some(f) == chosen).unwrap_or(0);
    let first = at.saturating_sub(rows.saturating_sub(1));
    let new_chosen = offer.as_ref().is_some_and(|(_, on)| *on);
    for &i in found.iter().skip(first).take(rows) {
        let (id, name) = &options[i];
        let mark = if Some(i) == chosen && !new_chosen {
            "›"
        } else {
            " "
        };
        let line = format!("{mark} {} ({id})", sanitize(name));
        lines.push(crate::text::abbreviate(&line, room));
    }
    if let Some((name, on)) = offer {
        let line = format!(
            "{} + {}",
            if on { "›" } else { " " },
            t::new_choice(&sanitize(&name))
        );
        lines.push(crate::text::abbreviate(&line, room));
    }
    lines.resize(1 + PICK_ROWS, String::new());
    lines.join(&format!("\n{:25}", ""))
}

/// A form with its title, and a line under the fields on what the focused
/// one asks.
fn form_titled(frame: &mut Frame, area: Rect, form: &Form, title: &str, hint: &str) {
    let rows = |field: &Field| match &field.value {
        Value::Text(t) if t.is_multiline() => t.line_count().min(FIELD_ROWS),
        Value::Pick { filter, .. } if !filter.text().is_empty() => 1 + PICK_ROWS,
        Value::Many { filter, .. } if !filter.text().is_empty() => 2 + PICK_ROWS,
        _ => 1,
    };
    let fields = form.fields.iter().map(rows).sum::<usize>() as u16;
    let hint = crate::text::wrap(
        &sanitize(hint),
        88.min(area.width.saturating_sub(2)) as usize,
    );
    let height = if hint.is_empty() {
        fields + 5
    } else {
        // The fields, the hint and the error, each with a line between.
        fields + 3 + hint.len() as u16 + if form.error.is_empty() { 0 } else { 2 }
    }
    .min(area.height);
    let popup = centered(area, 90, height);
    frame.render_widget(Clear, popup);
    let mut lines = Vec::new();
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let marker = if focused { "›" } else { " " };
        let value = match &field.value {
            Value::Text(t) if t.is_multiline() => {
                // Every line under the first one, below its start.
                // The cursor and a `…` take a cell each.
                let room = (popup.width as usize)
                    .saturating_sub(if focused { 30 } else { 27 })
                    .max(8);
                t.shown_lines(room, rows(field), focused)
                    .join(&format!("\n{:25}", ""))
            }
            Value::Text(t) if focused => {
                // A window on the text that keeps the cursor in view.
                let room = (popup.width as usize).saturating_sub(30).max(8);
                let (cut, before, after) = t.window(room);
                let lead = if cut { "…" } else { "" };
                format!("{lead}{before}▏{after}")
            }
            Value::Pick {
                options,
                chosen,
                filter,
                creates,
                new,
                ..
            } if focused && !filter.text().is_empty() => {
                let room = (popup.width as usize).saturating_sub(30).max(8);
                let offer = crate::tui::form::offered(options, filter.text(), *creates)
                    .map(|name| (name, new.is_some()));
                matching_lines(options, *chosen, filter, room, offer)
            }
            Value::Many {
                options, filter, ..
            } if focused && !filter.text().is_empty() => {
                // What is ticked, then what the letters find (Space ticks it).
                let room = (popup.width as usize).saturating_sub(30).max(8);
                let best = crate::tui::form::matches(options, filter.text())
                    .first()
                    .copied();
                let ticked = crate::text::abbreviate(&sanitize(&field.shown()), room);
                format!(
                    "{ticked}\n{:25}{}",
                    "",
                    matching_lines(options, best, filter, room, None)
                )
            }
            Value::Pick { .. } | Value::Guards(_) if focused => {
                format!("◀ {} ▶", sanitize(&field.shown()))
            }
            _ => sanitize(&field.shown()).into_owned(),
        };
        let style = if focused {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        let label = format!("{marker} {:<22} {value}", field.label);
        lines.extend(
            label
                .split('\n')
                .map(|l| Line::styled(l.to_string(), style)),
        );
    }
    if !hint.is_empty() {
        lines.push(Line::from(""));
        for line in hint {
            lines.push(Line::styled(line, Style::new().add_modifier(Modifier::DIM)));
        }
    }
    if !form.error.is_empty() {
        lines.push(Line::from(""));
        lines.push(Line::styled(
            sanitize(&form.error).into_owned(),
            Style::new().fg(Color::Red),
        ));
    }
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(title.to_string())),
        popup,
    );
    if form.asking {
        question(frame, area, &t::ask_discard_form(), None);
    }
}

pub(super) fn pick(frame: &mut Frame, area: Rect, picker: &Picker) {
    let visible = picker.visible();
    // As tall as the whole list, so the popup stays put while typing narrows it.
    let height = (picker.options.len() as u16 + 4).clamp(6, area.height.saturating_sub(2).max(6));
    let popup = centered(area, 80, height);
    frame.render_widget(Clear, popup);
    let room = height.saturating_sub(4) as usize;
    let first = picker.selected.saturating_sub(room.saturating_sub(1));
    let mut lines = vec![Line::from(filter_line(&picker.filter, 76)), Line::from("")];
    for (k, (i, _)) in visible.iter().enumerate().skip(first).take(room) {
        let label = picker.shown(*i);
        let style = if k == picker.selected {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        let label = crate::text::abbreviate(&sanitize(&label), 76);
        lines.push(Line::styled(label, style));
    }
    if visible.is_empty() {
        lines.push(Line::from(t::nothing_matches()));
    }
    frame.render_widget(
        Paragraph::new(lines).block(Block::bordered().title(format!(" {} ", picker.title))),
        popup,
    );
}

/// A filter being typed, with its cursor.
fn filter_line(input: &TextInput, room: usize) -> String {
    let (cut, before, after) = input.window(room);
    format!("> {}{before}▏{after}", if cut { "…" } else { "" })
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
