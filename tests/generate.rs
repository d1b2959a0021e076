//! Chain models of any size, in the shape of `shared/bench/genmodel.py`:
//! a series-parallel chain (runs of single steps, now and then a fork into
//! two or three steps that join again), steps that stay with one partner
//! for a few steps and then hand off, labelled handoffs, goals and KPIs
//! that scale with the partners, and optionally rework loops and phases.
//! Written as YAML text the way the script writes it (quoted strings,
//! `- to:` block items), so tests read non-canonical input too.

#![allow(dead_code)]

/// A small deterministic random source (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// Options of a generated chain.
#[derive(Clone, Copy)]
pub struct Shape {
    pub steps: usize,
    pub partners: usize,
    pub seed: u64,
    pub loops: bool,
    pub phases: usize,
}

impl Shape {
    pub fn new(steps: usize) -> Shape {
        Shape {
            steps,
            partners: 0,
            seed: 1,
            loops: false,
            phases: 0,
        }
    }
}

/// The model as YAML text.
pub fn chain(shape: Shape) -> String {
    let mut rnd = Rng::new(shape.seed);
    let n = shape.steps.max(1);
    let p = if shape.partners > 0 {
        shape.partners
    } else {
        (n / 8).clamp(2, 200)
    };
    let partners: Vec<String> = (0..p).map(|i| format!("p{i:03}")).collect();

    let mut steps: Vec<(String, usize)> = Vec::new();
    let mut nexts: Vec<Vec<usize>> = Vec::new();
    let mut prev_col: Vec<usize> = Vec::new();
    let mut owner = 0;
    let mut i = 0;
    while i < n {
        let mut width = 1;
        if prev_col.len() == 1 && i + 1 < n && rnd.chance(0.2) {
            width = (n - i - 1).min([2, 2, 3][rnd.below(3)]);
        }
        let mut col = Vec::new();
        for _ in 0..width {
            if rnd.chance(0.35) {
                owner = rnd.below(p);
            }
            steps.push((format!("s{i:05}"), owner));
            nexts.push(Vec::new());
            col.push(i);
            i += 1;
        }
        for &a in &prev_col {
            for &b in &col {
                nexts[a].push(b);
            }
        }
        prev_col = col;
    }
    if shape.loops {
        for _ in 0..(n / 50).max(1) {
            let j = if n > 6 { 5 + rnd.below(n - 5) } else { n - 1 };
            let back = if j > 0 {
                j.saturating_sub(5) + rnd.below(j - j.saturating_sub(5))
            } else {
                0
            };
            if !nexts[j].contains(&back) {
                nexts[j].push(back);
            }
        }
    }

    let mut out = String::new();
    let mut w = |line: String| {
        out.push_str(&line);
        out.push('\n');
    };
    w("keten: 1".into());
    w(format!(
        "name: Synthetic chain of {n} steps and {p} partners"
    ));
    w("client_question: \"A client needs several organisations to act as one.\"".into());
    w("ambition: \"One plan, one director, within ten working days.\"".into());
    w(format!("director: {}", partners[0]));
    if shape.phases > 0 {
        w("phases:".into());
        for k in 0..shape.phases {
            w(format!("  ph{k:02}:"));
            w(format!("    name: Phase {}", k + 1));
        }
    }
    w("partners:".into());
    let kinds = [
        "gemeente",
        "zorgaanbieder",
        "politie",
        "woningcorporatie",
        "school",
    ];
    for (k, pid) in partners.iter().enumerate() {
        w(format!("  {pid}:"));
        w(format!("    name: Partner organisation {}", k + 1));
        w(format!("    kind: {}", kinds[rnd.below(kinds.len())]));
        w(format!(
            "    contribution: \"Brings capability {} to the joint result.\"",
            k + 1
        ));
        w("    interests: [\"Continuity\", \"Clear agreements\"]".into());
    }
    w("roles:".into());
    for (k, pid) in partners.iter().enumerate() {
        w(format!("  r{k:03}:"));
        w(format!("    name: Coordinator {}", k + 1));
        w(format!("    partner: {pid}"));
    }
    let goals: Vec<String> = (0..(p / 4).max(1)).map(|k| format!("g{k:03}")).collect();
    w("goals:".into());
    for (k, gid) in goals.iter().enumerate() {
        w(format!("  {gid}:"));
        w(format!("    name: Shared goal {}", k + 1));
        let mut members: Vec<&str> = (0..3.min(p))
            .map(|_| partners[rnd.below(p)].as_str())
            .collect();
        members.sort();
        members.dedup();
        w(format!("    partners: [{}]", members.join(", ")));
    }
    w("kpis:".into());
    for k in 0..(p / 2).max(1) {
        w(format!("  k{k:03}:"));
        w(format!("    name: Indicator {}", k + 1));
        w(format!("    goal: {}", goals[k % goals.len()]));
        w(format!("    owner: {}", partners[k % p]));
        w(format!("    step: {}", steps[(k * 7) % n].0));
        w("    unit: days".into());
        w(format!("    target: {}", 5 + rnd.below(26)));
        w("    better: lower".into());
        w("    measurements:".into());
        for quarter in 1..=4 {
            w(format!("    - period: 2026-Q{quarter}"));
            w(format!("      value: {}", 3 + rnd.below(38)));
        }
    }
    w("steps:".into());
    let verbs = ["intake", "assess", "plan", "refer", "deliver", "evaluate"];
    for (k, (sid, pid)) in steps.iter().enumerate() {
        w(format!("  {sid}:"));
        w(format!(
            "    name: \"Step {} {}\"",
            k + 1,
            verbs[rnd.below(verbs.len())]
        ));
        w(format!("    partner: {}", partners[*pid]));
        if shape.phases > 0 {
            w(format!(
                "    phase: ph{:02}",
                (k * shape.phases / n).min(shape.phases - 1)
            ));
        }
        if !nexts[k].is_empty() {
            w("    next:".into());
            for &t in &nexts[k] {
                if steps[t].1 != *pid {
                    w(format!("    - to: {}", steps[t].0));
                    let labels = ["dossier", "referral", "plan", "signal"];
                    w(format!(
                        "      label: \"{}\"",
                        labels[rnd.below(labels.len())]
                    ));
                } else {
                    w(format!("    - {}", steps[t].0));
                }
            }
        }
    }
    out
}
