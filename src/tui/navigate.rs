//! Moving about: the focus on the chain, the rows of the tables, going to
//! an entity or a problem, and the mouse.

use ratatui::crossterm::event::{MouseEvent, MouseEventKind};

use super::app::{App, Screen};
use super::viewport::{Viewport, clamp, scroll_to};
use crate::diagnostic::Diagnostic;
use crate::layout::Direction;
use crate::model::{Id, Section};

/// Two clicks on one cell within this time are a double click.
const DOUBLE_CLICK: std::time::Duration = std::time::Duration::from_millis(500);

impl App {
    /// Shows an entity: a step focused on the chain, others selected in
    /// their table.
    pub fn go_to(&mut self, section: Section, id: &Id) {
        if section == Section::Steps {
            self.screen = Screen::Chain;
            self.focus = Some(id.clone());
            self.keep_focus_in_view();
            return;
        }
        let screen = match section {
            Section::Partners => Screen::Partners,
            Section::Roles => Screen::Roles,
            Section::Phases => Screen::Phases,
            Section::Agreements => Screen::Agreements,
            Section::Goals | Section::Kpis => Screen::Goals,
            _ => Screen::Overview,
        };
        self.screen = screen;
        if let Some(row) = self
            .table_rows(screen)
            .iter()
            .position(|(s, i)| *s == section && i == id)
        {
            self.rows[screen.index()] = row;
        }
    }

    /// The entities listed on a table screen, in the order shown. The goals
    /// screen lists each goal followed by its KPIs, then KPIs without one.
    pub fn table_rows(&self, screen: Screen) -> Vec<(Section, Id)> {
        let m = self.doc.model();
        let of = |section: Section| {
            m.ids(section)
                .map(|id| (section, id.clone()))
                .collect::<Vec<_>>()
        };
        match screen {
            Screen::Partners => of(Section::Partners),
            Screen::Roles => of(Section::Roles),
            Screen::Phases => of(Section::Phases),
            Screen::Agreements => of(Section::Agreements),
            // The pulse screen lists the partners (their entry in the latest period).
            Screen::Pulse => of(Section::Partners),
            Screen::Goals => {
                let mut rows = Vec::new();
                for gid in m.goals.keys() {
                    rows.push((Section::Goals, gid.clone()));
                    rows.extend(
                        m.kpis_of_goal(gid.as_str())
                            .map(|(k, _)| (Section::Kpis, k.clone())),
                    );
                }
                rows.extend(
                    m.kpis
                        .iter()
                        .filter(|(_, k)| k.goal.as_ref().is_none_or(|g| !m.goals.contains_key(g)))
                        .map(|(k, _)| (Section::Kpis, k.clone())),
                );
                rows
            }
            _ => Vec::new(),
        }
    }

    /// The rows of a table screen.
    pub fn row_count(&self, screen: Screen) -> usize {
        match screen {
            Screen::Problems => self.doc.findings().list.len(),
            Screen::Chain | Screen::Overview => 0,
            _ => self.table_rows(screen).len(),
        }
    }

    /// The entity the current screen points at.
    pub fn selected(&self) -> Option<(Section, Id)> {
        let row = self.rows[self.screen.index()];
        match self.screen {
            Screen::Chain => self.focus.clone().map(|id| (Section::Steps, id)),
            Screen::Overview => Some((Section::Top, Id::default())),
            Screen::Problems => None,
            screen => self.table_rows(screen).get(row).cloned(),
        }
    }

    /// The findings, for the problems screen.
    pub fn problems(&self) -> &[Diagnostic] {
        &self.doc.findings().list
    }

    pub(crate) fn jump_to_problem(&mut self) {
        let Some(d) = self.problems().get(self.rows[Screen::Problems.index()]) else {
            return;
        };
        let Some(subject) = d.subject.clone() else {
            return;
        };
        // A pulse problem goes to the pulse, on the partner's row.
        let pulse_of = match (&subject.id, subject.item) {
            (Some(id), _) if d.code == crate::code::Code::PulseMissing => Some(id.clone()),
            (None, Some(i)) if subject.field == Some("pulse") => {
                self.doc.model().pulse.get(i).map(|e| e.partner.clone())
            }
            _ => None,
        };
        match &subject.id {
            _ if pulse_of.is_some() || subject.field == Some("pulse") => {
                self.screen = Screen::Pulse;
                if let Some(row) = pulse_of.and_then(|p| {
                    self.table_rows(Screen::Pulse)
                        .iter()
                        .position(|(_, id)| *id == p)
                }) {
                    self.rows[Screen::Pulse.index()] = row;
                }
            }
            Some(id) => self.go_to(subject.section, id),
            None => self.screen = Screen::Overview,
        }
    }

    pub(crate) fn move_focus(&mut self, direction: Direction) {
        let layout = self.doc.layout();
        let Some(b) = self.focused_box() else {
            self.focus = layout.boxes.first().map(|b| b.step.clone());
            return;
        };
        if let Some(n) = self.index().neighbour(layout, b, direction) {
            self.focus = Some(layout.boxes[n].step.clone());
        }
    }

    /// Scrolls the chain view so the focused box is whole in view.
    pub fn keep_focus_in_view(&mut self) {
        let layout = self.doc.layout();
        self.scroll = match self.focused_box() {
            Some(b) => scroll_to(layout, self.scroll, self.view, &layout.boxes[b]),
            None => clamp(layout, self.scroll, self.view),
        };
    }

    /// Handles the mouse: a click on a tab shows its screen, a click
    /// focuses the box or selects the row under it and a double click
    /// edits it, the wheel scrolls.
    pub fn mouse(&mut self, event: MouseEvent, chain_area: (u16, u16)) {
        if self.dialog.is_some() || self.help.is_some() || self.too_small {
            return;
        }
        if let MouseEventKind::Down(_) = event.kind {
            if event.row == 0 && !self.presentation {
                if let Some(screen) = super::view::tab_at(self, self.size.0, event.column) {
                    self.screen = screen;
                }
                return;
            }
            let now = std::time::Instant::now();
            let double = self.clicked.is_some_and(|(at, column, row)| {
                (column, row) == (event.column, event.row) && now.duration_since(at) < DOUBLE_CLICK
            });
            self.clicked = (!double).then_some((now, event.column, event.row));
            // The second click of a double click edits what the first chose.
            // (What Enter does there: edit, enter the pulse, go to the problem.)
            if self.click(event, chain_area) && double {
                let enter = ratatui::crossterm::event::KeyEvent::from(
                    ratatui::crossterm::event::KeyCode::Enter,
                );
                if let Some(action) = super::keymap::action(enter, self.screen) {
                    self.act(action);
                }
            }
            return;
        }
        self.click(event, chain_area);
    }

    /// A click or the wheel; whether a click chose a row or a box.
    fn click(&mut self, event: MouseEvent, chain_area: (u16, u16)) -> bool {
        if self.screen != Screen::Chain {
            match event.kind {
                MouseEventKind::ScrollDown => self.select_row(1),
                MouseEventKind::ScrollUp => self.select_row(-1),
                MouseEventKind::Down(_) => {
                    // The rows as the last frame drew them: its area (under
                    // the header) and the first row it showed.
                    let mut drawn = self.tables[self.screen.index()].get();
                    if drawn.area.is_empty() {
                        // Not drawn yet: the rows start under the tabs and
                        // the header.
                        drawn.area = ratatui::layout::Rect::new(0, 2, u16::MAX, u16::MAX - 2);
                    }
                    let count = self.row_count(self.screen);
                    let area = drawn.area;
                    let inside = event.column >= area.x
                        && event.column < area.x + area.width
                        && event.row >= area.y
                        && event.row < area.y + area.height;
                    let row = drawn.offset + event.row.saturating_sub(area.y) as usize;
                    if inside && row < count {
                        self.rows[self.screen.index()] = row;
                        return true;
                    }
                }
                _ => {}
            }
            return false;
        }
        match event.kind {
            MouseEventKind::ScrollDown => {
                self.scroll = clamp(
                    self.doc.layout(),
                    (self.scroll.0, self.scroll.1 + 3),
                    self.view,
                )
            }
            MouseEventKind::ScrollUp => self.scroll.1 = self.scroll.1.saturating_sub(3),
            MouseEventKind::Down(_) => {
                let (left, top) = chain_area;
                let layout = self.doc.layout();
                let (Some(cx), Some(cy)) = (
                    (event.column as usize).checked_sub(left as usize),
                    (event.row as usize).checked_sub(top as usize),
                ) else {
                    return false;
                };
                let view = Viewport::new(layout, self.scroll, self.view);
                let index = self.index();
                if let Some(b) = view
                    .cell(cx, cy)
                    .and_then(|(x, y)| index.box_at(layout, x, y))
                {
                    self.focus = Some(layout.boxes[b].step.clone());
                    return true;
                }
            }
            _ => {}
        }
        false
    }
}
