//! Which part of the chain's picture the chain view shows: the lane names
//! in a gutter at the left and the phase names on top, both staying put,
//! and a window on the rest of the picture, scrolled. The drawing, keeping the focus in view and the mouse
//! all place cells through here, so a click lands where the box was drawn.

use crate::layout::Layout;

/// A window on the layout, for a chain view of a size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewport {
    /// The cells at the left of the view that hold the lane names.
    pub gutter: usize,
    /// The rows at the top of the view that hold the phase names.
    pub header: usize,
    /// The first picture column and row shown (right of the gutter, under
    /// the header).
    pub x0: usize,
    pub y0: usize,
    /// The picture cells shown right of the gutter, and the rows under the
    /// header.
    pub cols: usize,
    pub rows: usize,
}

impl Viewport {
    /// The window of a view of `size` (columns, rows) scrolled by `scroll`
    /// (picture cells past the lane names, and rows).
    pub fn new(layout: &Layout, scroll: (usize, usize), size: (usize, usize)) -> Viewport {
        let gutter = layout.label_width.min(size.0 / 2);
        let header = layout.header_height.min(size.1 / 3);
        Viewport {
            gutter,
            header,
            x0: layout.label_width + scroll.0,
            y0: header + scroll.1,
            cols: size.0.saturating_sub(gutter),
            rows: size.1.saturating_sub(header),
        }
    }

    /// The view's column of a picture column right of the lane names, if
    /// it is in view.
    pub fn column(&self, x: usize) -> Option<usize> {
        (x >= self.x0 && x < self.x0 + self.cols).then(|| self.gutter + x - self.x0)
    }

    /// The view's row of a picture row under the header, if it is in view.
    pub fn row(&self, y: usize) -> Option<usize> {
        (y >= self.y0 && y < self.y0 + self.rows).then(|| self.header + y - self.y0)
    }

    /// The picture cell under a cell of the view; none in the gutter or
    /// the header.
    pub fn cell(&self, cx: usize, cy: usize) -> Option<(usize, usize)> {
        let inside = (self.gutter..self.gutter + self.cols).contains(&cx)
            && (self.header..self.header + self.rows).contains(&cy);
        inside.then(|| (self.x0 + cx - self.gutter, self.y0 + cy - self.header))
    }

    /// A rectangle of the picture (x, y, width, height) cut to the view, in
    /// view cells; none where nothing of it is in view.
    pub fn clip(&self, x: usize, y: usize, w: usize, h: usize) -> Option<[usize; 4]> {
        let (left, right) = (x.max(self.x0), (x + w).min(self.x0 + self.cols));
        let (top, bottom) = (y.max(self.y0), (y + h).min(self.y0 + self.rows));
        (left < right && top < bottom).then(|| {
            [
                self.gutter + left - self.x0,
                self.header + top - self.y0,
                right - left,
                bottom - top,
            ]
        })
    }
}

/// The scroll that shows a box whole (with room around it where there is
/// room), moving only where the box is not whole in view, and never past
/// the end of the picture.
pub fn scroll_to(
    layout: &Layout,
    scroll: (usize, usize),
    size: (usize, usize),
    b: &crate::layout::StepBox,
) -> (usize, usize) {
    let view = Viewport::new(layout, scroll, size);
    let visible_w = view.cols.max(1);
    let (mut sx, mut sy) = scroll;
    let left = b.x.saturating_sub(layout.label_width);
    if left < sx {
        sx = left.saturating_sub(2);
    } else if left + b.width + 2 > sx + visible_w {
        sx = (left + b.width + 2).saturating_sub(visible_w);
    }
    let (top, rows) = (view.header, view.rows);
    let y = b.y.saturating_sub(top);
    if y < sy {
        sy = y.saturating_sub(1);
    } else if y + b.height + 1 > sy + rows {
        sy = (y + b.height + 1).saturating_sub(rows);
    }
    clamp(layout, (sx, sy), size)
}

/// A scroll that leaves no empty view past the end of the picture.
pub fn clamp(layout: &Layout, scroll: (usize, usize), size: (usize, usize)) -> (usize, usize) {
    let view = Viewport::new(layout, scroll, size);
    let wide = layout.width.saturating_sub(layout.label_width);
    (
        scroll.0.min(wide.saturating_sub(view.cols)),
        scroll.1.min(layout.height.saturating_sub(size.1)),
    )
}
