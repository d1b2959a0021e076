//! The conflicts of a merge to settle, over the whole screen: the list of
//! conflicts with their lines, and the one selected with both sides' text.

use std::path::Path;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout as Split, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use crate::lang::t;
use crate::merge::conflict::Side;
use crate::text::sanitize;
use crate::tui::dialog::Settle;
use crate::tui::keymap::{DialogAction, SETTLE_KEYS};

pub(super) fn settle(frame: &mut Frame, area: Rect, settle: &Settle, path: &Path) {
    frame.render_widget(Clear, area);
    let conflicts = settle.conflicts();
    let list_rows = (conflicts.len() as u16).clamp(1, 8);
    let tallest = conflicts
        .get(settle.selected)
        .map(|c| c.ours.lines().count().max(c.theirs.lines().count()).max(1))
        .unwrap_or(1) as u16;
    let [title, list, _, sides, both, error, hints] = Split::vertical([
        Constraint::Length(1),
        Constraint::Length(list_rows),
        Constraint::Length(1),
        Constraint::Length(tallest + 2),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let count = conflicts.len();
    let settled = count - settle.unsettled();
    let then = if settle.live {
        t::settle_live()
    } else {
        t::settle_to_open()
    };
    frame.render_widget(
        Paragraph::new(format!(
            " {} — {}",
            sanitize(&path.file_name().unwrap_or_default().to_string_lossy()),
            t::settle_title(count, settled, &then)
        ))
        .style(Style::new().add_modifier(Modifier::BOLD)),
        title,
    );
    let first = settle
        .selected
        .saturating_sub(list_rows.saturating_sub(1) as usize);
    let rows: Vec<Line> = conflicts
        .iter()
        .enumerate()
        .skip(first)
        .take(list_rows as usize)
        .map(|(i, c)| {
            let marker = if i == settle.selected { "›" } else { " " };
            let state = match c.settled {
                None => t::not_settled(),
                Some(Side::Ours) => t::ours(),
                Some(Side::Theirs) => t::theirs(),
                Some(Side::Both) => t::both(),
            };
            let room = (area.width as usize).saturating_sub(78) / 2;
            let place = settle.places.get(i).map(String::as_str).unwrap_or("");
            let text = format!(
                "{marker} {:>2}  {:<10} {:<12} {:<28} {} {:<room$}   {} {}",
                i + 1,
                cut(&t::settle_line(c.line), 10),
                cut(&state, 12),
                cut(&sanitize(place), 28),
                t::settle_ours(),
                gist(&c.ours, room),
                t::settle_theirs(),
                gist(&c.theirs, room)
            );
            let style = if i == settle.selected {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            Line::styled(text, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(rows), list);
    if let Some(c) = conflicts.get(settle.selected) {
        let [left, right] =
            Split::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                .areas(sides);
        let place = settle.places.get(settle.selected).map(String::as_str);
        let title = |side: &str| {
            let place = match place.filter(|p| !p.is_empty()) {
                Some(p) => sanitize(p).into_owned(),
                None => t::the_model(),
            };
            format!(
                " {side} — {} ",
                t::settle_side(settle.selected + 1, count, c.line, &place)
            )
        };
        let (mine, other) = if settle.live {
            (t::side_yours(), t::side_the_files())
        } else {
            (t::side_ours(), t::side_theirs())
        };
        side(frame, left, &title(&mine), &c.ours, c.settled, Side::Ours);
        side(
            frame,
            right,
            &title(&other),
            &c.theirs,
            c.settled,
            Side::Theirs,
        );
        let both_line = if settle.both_is_meaningful(settle.selected) {
            t::both_can()
        } else {
            t::both_cannot()
        };
        let both_line = format!(" {both_line}");
        frame.render_widget(
            Paragraph::new(both_line).style(Style::new().add_modifier(Modifier::DIM)),
            both,
        );
    }
    frame.render_widget(
        Paragraph::new(sanitize(&settle.error).into_owned()).style(Style::new().fg(Color::Red)),
        error,
    );
    let hint: Vec<String> = SETTLE_KEYS
        .iter()
        .filter(|b| !(settle.live && b.action == DialogAction::Cancel))
        .map(|b| {
            let word = match b.action {
                DialogAction::Take(Side::Ours) => t::ours(),
                DialogAction::Take(Side::Theirs) => t::theirs(),
                DialogAction::Take(Side::Both) => t::both(),
                DialogAction::Submit => t::settle_edit(),
                DialogAction::Choose(true) => t::settle_next(),
                DialogAction::Choose(false) => t::settle_before(),
                DialogAction::Cancel => t::settle_leave(),
                _ => t::settle_keys(),
            };
            let names = b.key_names();
            format!("{} {word}", names.last().map(String::as_str).unwrap_or(""))
        })
        .collect();
    frame.render_widget(
        Paragraph::new(hint.join("  ")).style(Style::new().add_modifier(Modifier::DIM)),
        hints,
    );
    if settle.leaving {
        let open = settle.unsettled();
        let question = t::ask_leave_settling(open, count);
        super::dialogs::question(frame, area, &question, None);
    }
}

/// One side of the selected conflict, its lines as they are in the file.
fn side(frame: &mut Frame, area: Rect, title: &str, text: &str, settled: Option<Side>, this: Side) {
    let taken = matches!(settled, Some(s) if s == this || s == Side::Both);
    let mut lines: Vec<Line> = text
        .lines()
        .map(|l| Line::from(sanitize(l).into_owned()))
        .collect();
    if lines.is_empty() {
        lines.push(Line::styled(
            t::side_empty_here(),
            Style::new().add_modifier(Modifier::DIM),
        ));
    }
    let style = if taken {
        Style::new().add_modifier(Modifier::BOLD)
    } else {
        Style::new()
    };
    let title = if taken {
        format!("{title}— {} ", t::taken())
    } else {
        title.to_string()
    };
    frame.render_widget(
        Paragraph::new(lines)
            .style(style)
            .wrap(Wrap { trim: false })
            .block(Block::bordered().title(title)),
        area,
    );
}

/// The first line of a side, trimmed, for the list.
fn gist(text: &str, room: usize) -> String {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty());
    let more = text.lines().filter(|l| !l.trim().is_empty()).count() > 1;
    match first {
        None => t::nothing_here(),
        Some(l) if more => cut(&format!("{} …", sanitize(l)), room),
        Some(l) => cut(&sanitize(l), room),
    }
}

/// At most `room` characters, with `…` where cut.
fn cut(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return text.to_string();
    }
    let mut out: String = text.chars().take(room.saturating_sub(1)).collect();
    out.push('…');
    out
}
