//! Drawing the editor from its state, one file per part: the chain, the
//! tables, the dialogs. Nothing here changes the state but the tables'
//! scroll (what a frame drew, for the next frame and the mouse); the chain
//! view draws from the same layout as `keten render`.

mod chain;
mod dialogs;
mod pulse;
mod settle;
mod tables;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout as Split, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{App, Screen};
use super::dialog::Dialog;
use super::keymap::hints;
pub use super::screen::{MIN_SIZE, PANEL, chain_size};
use crate::lang::t;
use crate::text::sanitize;
use chain::{chain, step_panel};
use tables::{goals, overview, partners, phases, problems, roles};

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        // Keys do not reach what the notice hides; only q goes past it,
        // and only where nothing is open.
        let then = if app.dialog.is_some() || app.help.is_some() {
            t::too_small_open()
        } else {
            t::too_small_quit()
        };
        let notice = Paragraph::new(t::too_small(
            MIN_SIZE.0.into(),
            MIN_SIZE.1.into(),
            area.width.into(),
            area.height.into(),
            &then,
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
        let question: Vec<Line> = app.question().into_iter().map(Line::from).collect();
        let [top, rest] = Split::vertical([
            Constraint::Length(question.len() as u16),
            Constraint::Min(1),
        ])
        .areas(area);
        frame.render_widget(
            Paragraph::new(question).style(Style::new().add_modifier(Modifier::BOLD)),
            top,
        );
        let lines = app.legend((rest.width as usize, rest.height as usize));
        let [picture, under] =
            Split::vertical([Constraint::Min(1), Constraint::Length(lines.len() as u16)])
                .areas(rest);
        chain(frame, app, picture, false);
        chain::legend(frame, lines, under);
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
        Screen::Agreements => tables::agreements(frame, app, body),
        Screen::Pulse => pulse::pulse(frame, app, body),
    }
    status(frame, app, bottom);
    overlays(frame, app, area);
}

/// The help, questions, forms and pickers over whatever is on screen.
fn overlays(frame: &mut Frame, app: &App, area: Rect) {
    match &app.dialog {
        Some(Dialog::Confirm(d)) => dialogs::question(frame, area, &d.question, None),
        Some(Dialog::Prompt(d)) => dialogs::question(frame, area, &d.question, Some(&d.input)),
        Some(Dialog::Form(form)) => dialogs::form(frame, area, form),
        Some(Dialog::Pulse(form)) => dialogs::pulse_form(frame, area, form, app.doc.model()),
        Some(Dialog::Measure(form)) => dialogs::measure_form(frame, area, form),
        Some(Dialog::Pick(picker)) => dialogs::pick(frame, area, picker),
        Some(Dialog::Settle(d)) => settle::settle(frame, area, d, app.doc.path()),
        None => {}
    }
    if let Some(help) = &app.help {
        dialogs::help(frame, area, help);
    }
}

fn tabs(frame: &mut Frame, app: &App, area: Rect) {
    frame.render_widget(Line::from(tab_spans(app, area.width)), area);
}

/// The screen whose tab is at `column` of the top line, for the mouse.
pub fn tab_at(app: &App, width: u16, column: u16) -> Option<Screen> {
    let spans = tab_spans(app, width);
    let mut x = crate::text::width(&spans[0].content);
    for (span, screen) in spans[1..].iter().zip(Screen::ALL) {
        let w = crate::text::width(&span.content);
        if (x..x + w).contains(&(column as usize)) {
            return Some(screen);
        }
        x += w;
    }
    None
}

/// The top line: the model's name where it fits, then a tab per screen.
fn tab_spans(app: &App, width: u16) -> Vec<Span<'static>> {
    // The tabs go first; the name only where it fits beside them.
    // The counts once the check is done; what it is doing until then.
    let counts = match app.facts().counts {
        Some((errors, warnings)) => t::problem_counts(errors, warnings),
        None => t::checking(),
    };
    let tabs: usize = Screen::ALL
        .iter()
        .map(|s| crate::text::width(&s.title()) + 4)
        .sum::<usize>()
        + crate::text::width(&counts)
        + 1;
    let room = (width as usize).saturating_sub(tabs + 3).min(28);
    let name = if room >= 12 {
        crate::text::wrap(&sanitize(&app.doc.model().name), room)
            .into_iter()
            .next()
            .unwrap_or_default()
    } else {
        String::new()
    };
    let mode = if app.live.follow {
        t::mode_following()
    } else if app.live.autosave {
        t::mode_autosave()
    } else {
        String::new()
    };
    let mut spans = vec![Span::styled(
        match (name.is_empty(), app.dirty()) {
            (true, false) => mode,
            (true, true) => format!("* {mode}"),
            (false, dirty) => format!(" {name}{} {mode}", if dirty { "*" } else { "" }),
        },
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
            title = format!(" {} {} {counts} ", k + 1, screen.title());
        }
        spans.push(Span::styled(title, style));
    }
    spans
}

fn status(frame: &mut Frame, app: &App, area: Rect) {
    let hint: Vec<String> = hints(app.screen)
        .iter()
        .map(|b| format!("{} {}", b.label, (b.short)()))
        .collect();
    let message = if app.status.is_empty() {
        String::new()
    } else {
        sanitize(&app.status).into_owned()
    };
    // On the chain, the zoom level and the way it runs at the right.
    let mut first = vec![Span::styled(
        message.clone(),
        Style::new().add_modifier(Modifier::BOLD),
    )];
    if app.screen == Screen::Chain {
        let zoom = crate::tui::zoom::describe(app.zoom, app.doc.layout().orientation);
        let room = (area.width as usize)
            .saturating_sub(crate::text::width(&message) + crate::text::width(&zoom) + 1);
        if room > 0 && zoom != message {
            first.push(Span::raw(" ".repeat(room)));
            first.push(Span::styled(zoom, Style::new().add_modifier(Modifier::DIM)));
        }
    }
    let lines = vec![
        Line::from(first),
        Line::from(Span::styled(
            fitted(&hint, area.width as usize),
            Style::new().add_modifier(Modifier::DIM),
        )),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}

/// As many of the hints as fit in `room` cells, each whole, in their order.
fn fitted(hints: &[String], room: usize) -> String {
    let mut line = String::new();
    for hint in hints {
        let gap = if line.is_empty() { 0 } else { 2 };
        if crate::text::width(&line) + gap + crate::text::width(hint) > room {
            break;
        }
        if gap > 0 {
            line.push_str("  ");
        }
        line.push_str(hint);
    }
    line
}
