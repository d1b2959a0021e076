//! The conflicts of a merge to settle, over the whole screen: the list of
//! conflicts with their lines, and the one selected with both sides' text.

use std::path::Path;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout as Split, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

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
    let noun = if count == 1 { "conflict" } else { "conflicts" };
    frame.render_widget(
        Paragraph::new(format!(
            " {} — {count} {noun} of a merge, {settled} settled; {}",
            sanitize(&path.file_name().unwrap_or_default().to_string_lossy()),
            if settle.live {
                "another editor saved a change to what you changed: settle each, then it is saved"
            } else {
                "settle each to open the model"
            }
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
                None => "not settled",
                Some(Side::Ours) => "ours",
                Some(Side::Theirs) => "theirs",
                Some(Side::Both) => "both",
            };
            let room = (area.width as usize).saturating_sub(78) / 2;
            let place = settle.places.get(i).map(String::as_str).unwrap_or("");
            let text = format!(
                "{marker} {:>2}  line {:<5} {:<12} {:<28} ours: {:<room$}   theirs: {}",
                i + 1,
                c.line,
                state,
                cut(&sanitize(place), 28),
                gist(&c.ours, room),
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
            format!(
                " {side} — conflict {} of {count}, line {}, {} ",
                settle.selected + 1,
                c.line,
                sanitize(place.filter(|p| !p.is_empty()).unwrap_or("the model"))
            )
        };
        let (mine, other) = if settle.live {
            ("Yours (o)", "The file's, saved by another editor (t)")
        } else {
            ("Ours (o)", "Theirs (t)")
        };
        side(frame, left, &title(mine), &c.ours, c.settled, Side::Ours);
        side(
            frame,
            right,
            &title(other),
            &c.theirs,
            c.settled,
            Side::Theirs,
        );
        let both_line = if settle.both_is_meaningful(settle.selected) {
            " b: both, ours then theirs (they can stand side by side)"
        } else {
            " both cannot stand together here: one of the two"
        };
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
                DialogAction::Take(Side::Ours) => "ours",
                DialogAction::Take(Side::Theirs) => "theirs",
                DialogAction::Take(Side::Both) => "both",
                DialogAction::Submit => "edit",
                DialogAction::Choose(true) => "next",
                DialogAction::Choose(false) => "before",
                DialogAction::Cancel => "leave",
                _ => "keys",
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
        let question = format!(
            "Leave? {open} of {count} {noun} not settled; the file stays as it is, markers and all. (y/n)"
        );
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
            "(nothing: this side has no lines here)",
            Style::new().add_modifier(Modifier::DIM),
        ));
    }
    let style = if taken {
        Style::new().add_modifier(Modifier::BOLD)
    } else {
        Style::new()
    };
    let title = if taken {
        format!("{title}— taken ")
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
        None => "(nothing)".into(),
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
