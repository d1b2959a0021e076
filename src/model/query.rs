//! Questions the rest of keten asks of a model: lanes, handoffs, where the
//! chain starts and ends, the rank of each step, rework loops, and how each
//! KPI is doing.

use petgraph::Direction;
use petgraph::algo::kosaraju_scc;
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use petgraph::visit::{EdgeIndexable, EdgeRef, IntoEdgeReferences, NodeIndexable};

use super::{Better, Flow, HashMap, HashSet, Id, Kpi, Measurement, Model, Partner, Step};

/// A flow between steps of two different partners.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Handoff<'a> {
    pub from: &'a Step,
    pub to: &'a Step,
    pub flow: &'a Flow,
    /// The position of the flow in `from.next`.
    pub slot: usize,
}

/// How a KPI is doing, from its latest measurement against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KpiStatus {
    OnTarget,
    OffTarget,
    /// No target, or no measurement yet.
    NoData,
}

impl KpiStatus {
    /// The status in words, for screens and reports that must read without
    /// colour.
    pub fn as_str(self) -> &'static str {
        match self {
            KpiStatus::OnTarget => "on target",
            KpiStatus::OffTarget => "off target",
            KpiStatus::NoData => "no data",
        }
    }
}

impl Kpi {
    /// The latest measurement (the last in the list).
    pub fn latest(&self) -> Option<&Measurement> {
        self.measurements.last()
    }

    /// The status from the latest measurement against the target, in the
    /// direction of `better`; reaching the target exactly is on target.
    pub fn status(&self) -> KpiStatus {
        match (self.target, self.latest()) {
            (Some(target), Some(latest)) => {
                let good = match self.better {
                    Better::Higher => latest.value >= target,
                    Better::Lower => latest.value <= target,
                };
                if good {
                    KpiStatus::OnTarget
                } else {
                    KpiStatus::OffTarget
                }
            }
            _ => KpiStatus::NoData,
        }
    }
}

impl Model {
    /// The status of the KPIs measured at each step that has one: off
    /// target when any is, else on target when any is, else no data.
    pub fn step_statuses(&self) -> HashMap<Id, KpiStatus> {
        let mut out: HashMap<Id, KpiStatus> = HashMap::default();
        for kpi in self.kpis.values() {
            let Some(step) = &kpi.step else { continue };
            let status = kpi.status();
            let slot = out.entry(step.clone()).or_insert(status);
            *slot = match (*slot, status) {
                (KpiStatus::OffTarget, _) | (_, KpiStatus::OffTarget) => KpiStatus::OffTarget,
                (KpiStatus::OnTarget, _) | (_, KpiStatus::OnTarget) => KpiStatus::OnTarget,
                _ => KpiStatus::NoData,
            };
        }
        out
    }
}

/// The shape of the chain: its rework loops, the flows that run back, and
/// the rank (column) of every step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    /// Groups of steps that reach each other (strongly connected components
    /// with a loop), each in reading order, the groups in the reading order
    /// of their first step.
    pub loops: Vec<Vec<NodeIndex>>,
    /// Whether each flow (by edge index) runs back inside a loop: such
    /// flows are left out of the ranking and drawn as arrows that return.
    pub back: Vec<bool>,
    /// Rank by node index: the longest path from a start step over the
    /// flows that run forward (0 for starts). `usize::MAX` for holes.
    pub rank: Vec<usize>,
}

impl Analysis {
    pub fn rank_of(&self, node: NodeIndex) -> usize {
        self.rank.get(node.index()).copied().unwrap_or(0)
    }

    pub fn is_back_edge(&self, edge: EdgeIndex) -> bool {
        self.back.get(edge.index()).copied().unwrap_or(false)
    }

    /// The flows that run back, by edge index.
    pub fn back_edges(&self) -> impl Iterator<Item = EdgeIndex> + '_ {
        self.back
            .iter()
            .enumerate()
            .filter(|(_, b)| **b)
            .map(|(i, _)| EdgeIndex::new(i))
    }

    /// The number of ranks (columns) the chain needs.
    pub fn rank_count(&self) -> usize {
        self.rank
            .iter()
            .filter(|&&r| r != usize::MAX)
            .max()
            .map_or(0, |&r| r + 1)
    }
}

impl Model {
    /// The partners in lane order that own at least one step.
    pub fn lanes(&self) -> Vec<(&Id, &Partner)> {
        let used: HashSet<&Id> = self.steps.iter().map(|s| &s.partner).collect();
        self.partners
            .iter()
            .filter(|(id, _)| used.contains(id))
            .collect()
    }

    /// The steps of a partner, in reading order.
    pub fn steps_of<'a>(&'a self, partner: &'a str) -> impl Iterator<Item = &'a Step> + 'a {
        self.steps.iter().filter(move |s| s.partner == partner)
    }

    /// Every flow whose two steps belong to different partners, in reading
    /// order of the source and then `next` order.
    pub fn handoffs(&self) -> Vec<Handoff<'_>> {
        let graph = self.steps.graph();
        let mut out = Vec::new();
        for &node in self.steps.nodes() {
            let from = &graph[node];
            for (edge, flow, target) in self.steps.flows_out(node) {
                let to = &graph[target];
                if to.partner != from.partner {
                    let slot = graph[edge];
                    out.push(Handoff {
                        from,
                        to,
                        flow,
                        slot,
                    });
                }
            }
        }
        out
    }

    /// Steps where the chain starts: no flow enters them, except flows that
    /// run back in a loop. In reading order.
    pub fn start_steps(&self, analysis: &Analysis) -> Vec<&Step> {
        self.ends(analysis, Direction::Incoming)
    }

    /// Steps where the chain ends: no flow leaves them, except flows that
    /// run back in a loop. In reading order.
    pub fn end_steps(&self, analysis: &Analysis) -> Vec<&Step> {
        self.ends(analysis, Direction::Outgoing)
    }

    fn ends(&self, analysis: &Analysis, direction: Direction) -> Vec<&Step> {
        let graph = self.steps.graph();
        self.steps
            .nodes()
            .iter()
            .filter(|&&n| {
                graph
                    .edges_directed(n, direction)
                    .all(|e| analysis.is_back_edge(e.id()))
            })
            .map(|&n| &graph[n])
            .collect()
    }

    /// Finds the rework loops, the flows that run back, and the rank of
    /// every step.
    ///
    /// Loops are the strongly connected components (found without recursion,
    /// so a chain of any length fits the stack) with more than one step,
    /// or one step with a flow to itself. Inside each, a depth-first search
    /// in reading order, entered where the chain comes in, marks the flows
    /// that return to a step on the search path: those run back. The rest
    /// is acyclic, and each step's rank is its longest path from a start.
    pub fn analyse(&self) -> Analysis {
        let chain = &self.steps;
        let graph = chain.graph();
        let bound = graph.node_bound();
        let mut component = vec![usize::MAX; bound];
        let mut loops = Vec::new();
        for scc in kosaraju_scc(graph) {
            let looped = scc.len() > 1 || graph.contains_edge(scc[0], scc[0]);
            if !looped {
                continue;
            }
            let mut members = scc;
            members.sort_by_key(|&n| chain.order_key(n));
            for &n in &members {
                component[n.index()] = loops.len();
            }
            loops.push(members);
        }
        loops.sort_by_key(|members| chain.order_key(members[0]));
        for (k, members) in loops.iter().enumerate() {
            for &n in members {
                component[n.index()] = k;
            }
        }

        let mut back = vec![false; graph.edge_bound()];
        let mut state = vec![0u8; bound]; // 0 new, 1 on the path, 2 done
        for members in &loops {
            let k = component[members[0].index()];
            let inside = |n: NodeIndex| component[n.index()] == k;
            // Enter where the chain comes in from outside; else at the first step.
            let entries = members.iter().copied().filter(|&n| {
                graph
                    .edges_directed(n, Direction::Incoming)
                    .any(|e| !inside(e.source()))
            });
            let roots: Vec<NodeIndex> = entries.chain(members.iter().copied()).collect();
            for root in roots {
                if state[root.index()] != 0 {
                    continue;
                }
                // Iterative DFS: (node, its inside flows in next order, how far).
                let mut stack: Vec<SearchFrame> = Vec::new();
                state[root.index()] = 1;
                stack.push((root, inside_flows(chain, root, &inside), 0));
                while let Some((node, flows, at)) = stack.last_mut() {
                    if *at == flows.len() {
                        state[node.index()] = 2;
                        stack.pop();
                        continue;
                    }
                    let (edge, target) = flows[*at];
                    *at += 1;
                    match state[target.index()] {
                        0 => {
                            state[target.index()] = 1;
                            let next = inside_flows(chain, target, &inside);
                            stack.push((target, next, 0));
                        }
                        1 => {
                            back[edge.index()] = true;
                        }
                        _ => {}
                    }
                }
            }
        }

        // Longest path over forward flows, in topological order (Kahn), ties
        // in reading order so the result does not depend on edge order.
        let mut rank = vec![usize::MAX; bound];
        let mut indegree = vec![0usize; bound];
        for e in graph.edge_references() {
            if !back[e.id().index()] {
                indegree[e.target().index()] += 1;
            }
        }
        let mut ready: Vec<NodeIndex> = chain
            .nodes()
            .iter()
            .rev()
            .copied()
            .filter(|n| indegree[n.index()] == 0)
            .collect();
        for &n in &ready {
            rank[n.index()] = 0;
        }
        while let Some(node) = ready.pop() {
            let r = rank[node.index()];
            for e in graph.edges_directed(node, Direction::Outgoing) {
                if back[e.id().index()] {
                    continue;
                }
                let t = e.target().index();
                rank[t] = if rank[t] == usize::MAX {
                    r + 1
                } else {
                    rank[t].max(r + 1)
                };
                indegree[t] -= 1;
                if indegree[t] == 0 {
                    ready.push(e.target());
                }
            }
        }
        Analysis { loops, back, rank }
    }

    /// The KPIs that measure a goal, in model order.
    pub fn kpis_of_goal<'a>(
        &'a self,
        goal: &'a str,
    ) -> impl Iterator<Item = (&'a Id, &'a Kpi)> + 'a {
        self.kpis
            .iter()
            .filter(move |(_, k)| k.goal.as_ref().is_some_and(|g| g == goal))
    }

    /// The KPIs measured at a step, in model order.
    pub fn kpis_at_step<'a>(
        &'a self,
        step: &'a str,
    ) -> impl Iterator<Item = (&'a Id, &'a Kpi)> + 'a {
        self.kpis
            .iter()
            .filter(move |(_, k)| k.step.as_ref().is_some_and(|s| s == step))
    }

    /// The KPIs a partner owns, in model order.
    pub fn kpis_of_partner<'a>(
        &'a self,
        partner: &'a str,
    ) -> impl Iterator<Item = (&'a Id, &'a Kpi)> + 'a {
        self.kpis
            .iter()
            .filter(move |(_, k)| k.owner.as_ref().is_some_and(|o| o == partner))
    }
}

/// A step on the search path: its flows inside the loop and how many of
/// them have been followed.
type SearchFrame = (NodeIndex, Vec<(EdgeIndex, NodeIndex)>, usize);

/// The flows of a node that stay inside its loop, in `next` order.
fn inside_flows(
    chain: &super::Chain,
    node: NodeIndex,
    inside: &impl Fn(NodeIndex) -> bool,
) -> Vec<(EdgeIndex, NodeIndex)> {
    chain
        .flows_out(node)
        .into_iter()
        .filter(|(_, _, t)| inside(*t))
        .map(|(e, _, t)| (e, t))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Chain;

    fn model(steps: &[(&str, &str, &[&str])]) -> Model {
        let mut m = Model::new("t");
        for p in ["a", "b"] {
            m.partners.insert(Id::new(p), Partner::default());
        }
        m.steps = steps
            .iter()
            .map(|(id, partner, next)| Step {
                id: Id::new(*id),
                partner: Id::new(*partner),
                next: next.iter().map(|&t| Flow::to(t)).collect(),
                ..Step::default()
            })
            .collect::<Chain>();
        m
    }

    fn ranks(m: &Model) -> Vec<(String, usize)> {
        let a = m.analyse();
        m.steps
            .nodes()
            .iter()
            .map(|&n| (m.steps.step(n).unwrap().id.to_string(), a.rank_of(n)))
            .collect()
    }

    #[test]
    fn longest_path_rank_with_fork_and_join() {
        let m = model(&[
            ("s", "a", &["x", "y"]),
            ("x", "a", &["j"]),
            ("y", "b", &["y2"]),
            ("y2", "b", &["j"]),
            ("j", "a", &[]),
        ]);
        let r = ranks(&m);
        assert_eq!(
            r,
            [
                ("s".into(), 0),
                ("x".into(), 1),
                ("y".into(), 1),
                ("y2".into(), 2),
                ("j".into(), 3)
            ]
        );
        let a = m.analyse();
        assert!(a.loops.is_empty());
        assert_eq!(
            m.start_steps(&a)
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>(),
            ["s"]
        );
        assert_eq!(
            m.end_steps(&a)
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>(),
            ["j"]
        );
        assert_eq!(m.handoffs().len(), 2);
    }

    #[test]
    fn rework_loop_runs_back() {
        let m = model(&[
            ("in", "a", &["plan"]),
            ("plan", "a", &["check"]),
            ("check", "b", &["plan", "done"]),
            ("done", "b", &[]),
            ("self", "b", &["self"]),
        ]);
        let a = m.analyse();
        assert_eq!(a.loops.len(), 2);
        assert_eq!(a.back_edges().count(), 2);
        let graph = m.steps.graph();
        let back: Vec<(String, String)> = a
            .back_edges()
            .map(|e| {
                let (s, t) = graph.edge_endpoints(e).unwrap();
                (graph[s].id.to_string(), graph[t].id.to_string())
            })
            .collect();
        assert!(back.contains(&("check".into(), "plan".into())));
        assert_eq!(
            ranks(&m),
            [
                ("in".into(), 0),
                ("plan".into(), 1),
                ("check".into(), 2),
                ("done".into(), 3),
                ("self".into(), 0)
            ]
        );
        assert_eq!(
            m.start_steps(&a)
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>(),
            ["in", "self"]
        );
    }

    #[test]
    fn a_long_chain_fits_a_small_stack() {
        let n = 100_000;
        let ids: Vec<String> = (0..n).map(|i| format!("s{i}")).collect();
        let steps: Vec<(&str, &str, Vec<&str>)> = (0..n)
            .map(|i| {
                // A chain with a loop back over all of it.
                let next = if i + 1 < n {
                    ids[i + 1].as_str()
                } else {
                    ids[0].as_str()
                };
                (ids[i].as_str(), "a", vec![next])
            })
            .collect();
        let steps: Vec<(&str, &str, &[&str])> = steps
            .iter()
            .map(|(i, p, n)| (*i, *p, n.as_slice()))
            .collect();
        let m = model(&steps);
        let run = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || {
                let a = m.analyse();
                (a.loops.len(), a.back_edges().count(), a.rank_count())
            })
            .unwrap();
        assert_eq!(run.join().unwrap(), (1, 1, n));
    }

    #[test]
    fn kpi_status() {
        let mut k = Kpi {
            target: Some(5.0),
            better: Better::Lower,
            ..Kpi::default()
        };
        assert_eq!(k.status(), KpiStatus::NoData);
        k.measurements.push(Measurement {
            period: "1".into(),
            value: 9.0,
            note: String::new(),
        });
        assert_eq!(k.status(), KpiStatus::OffTarget);
        k.measurements.push(Measurement {
            period: "2".into(),
            value: 5.0,
            note: String::new(),
        });
        assert_eq!(k.status(), KpiStatus::OnTarget);
        k.better = Better::Higher;
        k.measurements.push(Measurement {
            period: "3".into(),
            value: 4.0,
            note: String::new(),
        });
        assert_eq!(k.status(), KpiStatus::OffTarget);
        k.target = None;
        assert_eq!(k.status(), KpiStatus::NoData);
    }
}
