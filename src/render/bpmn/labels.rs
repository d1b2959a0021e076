//! Where labels go: beside their flow (or event), wrapped at spaces, clear
//! of every step, event, pool header, flow line and other label, and
//! inside one pool or wholly outside all of them.

use super::geometry::Rect;
use super::text;

/// bpmn.io's size for labels outside shapes, and its line height.
pub const FONT: f64 = 11.0;
const LINE: f64 = FONT * 1.2;

/// What a label sits beside.
pub enum Anchor<'a> {
    /// A flow's path.
    Path(&'a [(f64, f64)]),
    /// A shape (an event).
    Shape(Rect),
}

/// The fixed things labels keep clear of.
pub struct Scene {
    pub shapes: Vec<Rect>,
    pub headers: Vec<Rect>,
    pub pools: Vec<Rect>,
    /// Every line segment of every flow, as thin rectangles.
    pub lines: Vec<Rect>,
    /// Where a label may go at all.
    pub bounds: Rect,
}

impl Scene {
    pub fn lines_of(paths: &[&[(f64, f64)]]) -> Vec<Rect> {
        let mut lines = Vec::new();
        for path in paths {
            for w in path.windows(2) {
                let (a, b) = (w[0], w[1]);
                lines.push(Rect {
                    x: a.0.min(b.0) - 1.0,
                    y: a.1.min(b.1) - 1.0,
                    w: (a.0 - b.0).abs() + 2.0,
                    h: (a.1 - b.1).abs() + 2.0,
                });
            }
        }
        lines
    }
}

/// The bounds of each label, in the order asked.
pub fn place(scene: &Scene, labels: &[(&str, Anchor<'_>)]) -> Vec<Rect> {
    let mut placed: Vec<Rect> = Vec::with_capacity(labels.len());
    for (label, anchor) in labels {
        let rect = best(scene, &placed, label, anchor);
        placed.push(rect);
    }
    placed
}

/// The size of a label wrapped at `max` pixels.
fn size(label: &str, max: f64) -> (f64, f64) {
    let lines = text::wrap(label, max, FONT);
    (
        text::widest(&lines, FONT).ceil() + 4.0,
        (lines.len() as f64 * LINE).ceil() + 2.0,
    )
}

/// Candidate places for a label of size `w`×`h`, best first.
fn candidates(scene: &Scene, anchor: &Anchor<'_>, w: f64, h: f64) -> Vec<Rect> {
    let at = |x: f64, y: f64| Rect { x, y, w, h };
    let mut out = Vec::new();
    match anchor {
        Anchor::Shape(s) => {
            out.push(at(s.right() + 3.0, s.cy() - h / 2.0));
            out.push(at(s.x - 3.0 - w, s.cy() - h / 2.0));
            out.push(at(s.cx() - w / 2.0, s.bottom() + 2.0));
            out.push(at(s.cx() - w / 2.0, s.y - 2.0 - h));
        }
        Anchor::Path(path) => {
            // Horizontal runs first, the longest first; then vertical ones.
            let mut legs: Vec<((f64, f64), (f64, f64))> =
                path.windows(2).map(|w| (w[0], w[1])).collect();
            legs.sort_by(|a, b| {
                let key = |l: &((f64, f64), (f64, f64))| {
                    let horizontal = (l.0.1 - l.1.1).abs() < 0.5;
                    let len = (l.0.0 - l.1.0).abs() + (l.0.1 - l.1.1).abs();
                    (!horizontal, -len)
                };
                let (ka, kb) = (key(a), key(b));
                ka.0.cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
            });
            const ALONG: [f64; 9] = [0.5, 0.35, 0.65, 0.2, 0.8, 0.05, 0.95, 0.0, 1.0];
            for (a, b) in legs {
                if (a.1 - b.1).abs() < 0.5 {
                    let (x0, x1) = (a.0.min(b.0), a.0.max(b.0));
                    for t in ALONG {
                        let cx = x0 + t * (x1 - x0);
                        out.push(at(cx - w / 2.0, a.1 - 3.0 - h));
                        out.push(at(cx - w / 2.0, a.1 + 3.0));
                    }
                    out.push(at(x0 + 2.0, a.1 - 3.0 - h));
                    out.push(at(x1 - 2.0 - w, a.1 - 3.0 - h));
                    out.push(at(x0 + 2.0, a.1 + 3.0));
                    out.push(at(x1 - 2.0 - w, a.1 + 3.0));
                } else {
                    let (y0, y1) = (a.1.min(b.1), a.1.max(b.1));
                    // In the gaps between pools it crosses, then along it.
                    let gaps = scene
                        .pools
                        .windows(2)
                        .map(|p| (p[0].bottom() + p[1].y) / 2.0);
                    let along = ALONG.iter().map(|t| y0 + t * (y1 - y0));
                    for cy in gaps.filter(|&g| g > y0 && g < y1).chain(along) {
                        out.push(at(a.0 + 4.0, cy - h / 2.0));
                        out.push(at(a.0 - 4.0 - w, cy - h / 2.0));
                    }
                }
            }
        }
    }
    out
}

/// Places on rings around a point, nearest first.
fn around(cx: f64, cy: f64, w: f64, h: f64, rings: usize) -> impl Iterator<Item = Rect> {
    (1..=rings).flat_map(move |ring| {
        let d = ring as f64 * 12.0;
        let steps = ring * 8;
        (0..steps).map(move |s| {
            let t = s as f64 / steps as f64 * std::f64::consts::TAU;
            Rect {
                x: cx + d * t.cos() - w / 2.0,
                y: cy + d * t.sin() - h / 2.0,
                w,
                h,
            }
        })
    })
}

/// Whether a place is free: `strict` also keeps it off every flow line.
fn free(scene: &Scene, placed: &[Rect], r: &Rect, strict: bool) -> bool {
    if !scene.bounds.contains(r) {
        return false;
    }
    let inside = |p: &Rect| p.grown(-3.0).contains(r);
    let clear_of = |p: &Rect| !p.grown(3.0).overlaps(r);
    if !scene.pools.iter().all(|p| inside(p) || clear_of(p)) {
        return false;
    }
    let near = |o: &Rect, d: f64| o.grown(d).overlaps(r);
    if scene.shapes.iter().any(|o| near(o, 3.0))
        || scene.headers.iter().any(|o| near(o, 2.0))
        || placed.iter().any(|o| near(o, 2.0))
    {
        return false;
    }
    !strict || !scene.lines.iter().any(|o| near(o, 1.0))
}

fn best(scene: &Scene, placed: &[Rect], label: &str, anchor: &Anchor<'_>) -> Rect {
    let longest = label
        .split_whitespace()
        .map(|w| text::width(w, FONT))
        .fold(0.0, f64::max);
    let mut sizes: Vec<(f64, f64)> = [110.0, 160.0, 80.0, 230.0, 0.0, 10_000.0]
        .iter()
        .map(|&max: &f64| size(label, max.max(longest)))
        .collect();
    sizes.dedup();
    let (cx, cy) = match anchor {
        Anchor::Shape(s) => (s.cx(), s.cy()),
        Anchor::Path(p) => p[p.len() / 2],
    };
    // The pools the flow leaves and enters: a label there (or in a gap
    // between pools) is read with its flow.
    let home: Vec<&Rect> = match anchor {
        Anchor::Shape(s) => scene.pools.iter().filter(|p| p.overlaps(s)).collect(),
        Anchor::Path(path) => scene
            .pools
            .iter()
            .filter(|p| {
                [path[0], path[path.len() - 1]].iter().any(|&(x, y)| {
                    p.contains(&Rect {
                        x,
                        y,
                        w: 0.0,
                        h: 0.0,
                    })
                })
            })
            .collect(),
    };
    let at_home =
        |r: &Rect| home.iter().any(|p| p.contains(r)) || scene.pools.iter().all(|p| !p.overlaps(r));
    // Beside it, at home and clear of every line; beside it and clear of
    // every line; near it and clear of every line; beside it across other
    // lines; else anywhere free.
    for (strict, rings, homely) in [
        (true, 0, true),
        (true, 0, false),
        (true, 8, false),
        (false, 0, true),
        (false, 60, false),
    ] {
        for &(w, h) in &sizes {
            let found = if rings == 0 {
                candidates(scene, anchor, w, h)
                    .into_iter()
                    .find(|r| (!homely || at_home(r)) && free(scene, placed, r, strict))
            } else {
                around(cx, cy, w, h, rings).find(|r| free(scene, placed, r, strict))
            };
            if let Some(r) = found {
                return r;
            }
        }
    }
    let (w, h) = sizes[0];
    let below = placed
        .iter()
        .map(|r| r.bottom())
        .chain(scene.pools.iter().map(|p| p.bottom()))
        .fold(scene.bounds.y, f64::max);
    Rect {
        x: scene.bounds.x + 4.0,
        y: below + 6.0,
        w,
        h,
    }
}
