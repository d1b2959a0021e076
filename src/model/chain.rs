//! The steps of a model and the flows between them, held as a graph.

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, NodeIndexable};

use super::{Flow, HashMap, Id, Step};

/// The shared primary process: steps in reading order, and a petgraph
/// `StableDiGraph` with a node per step and an edge per flow whose target
/// exists.
///
/// A step's `next` list is the truth about its flows (it keeps their order,
/// and flows to steps that do not exist, so that nothing a user wrote is
/// lost); the graph's edges follow it. Every change goes through a method
/// here, which keeps the two in step. Node indices stay valid across edits
/// of other steps.
#[derive(Debug, Clone, Default)]
pub struct Chain {
    graph: StableDiGraph<Step, usize>,
    order: Vec<NodeIndex>,
    /// Position in `order` by node index; kept with `order`.
    rank_of: Vec<usize>,
    index: HashMap<Id, NodeIndex>,
}

impl Chain {
    pub fn new() -> Chain {
        Chain::default()
    }

    /// A chain of these steps, in this order. Steps whose id is taken by an
    /// earlier one are handed back.
    pub fn from_steps(steps: impl IntoIterator<Item = Step>) -> (Chain, Vec<Step>) {
        let steps = steps.into_iter();
        // Room for them all at once: a large model's steps are not moved
        // again and again as the graph grows.
        let room = steps.size_hint().0;
        let mut chain = Chain {
            graph: StableDiGraph::with_capacity(room, room),
            order: Vec::with_capacity(room),
            ..Chain::default()
        };
        chain.index.reserve(room);
        let mut refused = Vec::new();
        for step in steps {
            if chain.index.contains_key(&step.id) {
                refused.push(step);
                continue;
            }
            let id = step.id.clone();
            let node = chain.graph.add_node(step);
            chain.order.push(node);
            chain.index.insert(id, node);
        }
        chain.reorder();
        let nodes = chain.order.clone();
        for node in nodes {
            chain.wire_out(node);
        }
        (chain, refused)
    }

    /// The graph: a node per step, an edge per flow whose target exists. An
    /// edge's weight is the flow's position in its step's `next`.
    pub fn graph(&self) -> &StableDiGraph<Step, usize> {
        &self.graph
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The steps in reading order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Step> + ExactSizeIterator + '_ {
        self.order.iter().map(|&n| &self.graph[n])
    }

    /// The node indices in reading order.
    pub fn nodes(&self) -> &[NodeIndex] {
        &self.order
    }

    pub fn contains(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    pub fn get(&self, id: &str) -> Option<&Step> {
        self.index.get(id).map(|&n| &self.graph[n])
    }

    /// The node of a step.
    pub fn node(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// The step at a node.
    pub fn step(&self, node: NodeIndex) -> Option<&Step> {
        self.graph.node_weight(node)
    }

    /// Where a step stands in reading order.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.node(id).map(|n| self.order_key(n))
    }

    /// Adds a step at the end. A step whose id is taken is handed back.
    pub fn push(&mut self, step: Step) -> Result<NodeIndex, Box<Step>> {
        let at = self.len();
        self.insert(at, step)
    }

    /// Adds a step at a position in reading order (clamped to the end), and
    /// connects the flows of other steps that already name it. A step whose
    /// id is taken is handed back.
    pub fn insert(&mut self, at: usize, step: Step) -> Result<NodeIndex, Box<Step>> {
        if self.index.contains_key(&step.id) {
            return Err(Box::new(step));
        }
        let id = step.id.clone();
        let node = self.graph.add_node(step);
        self.order.insert(at.min(self.order.len()), node);
        self.index.insert(id.clone(), node);
        self.reorder();
        self.wire_out(node);
        let sources: Vec<NodeIndex> = self
            .order
            .iter()
            .copied()
            .filter(|&n| n != node && self.graph[n].next.iter().any(|f| f.to == id))
            .collect();
        for source in sources {
            self.wire_out(source);
        }
        Ok(node)
    }

    /// Removes a step and the graph edges to and from it, and says where it
    /// stood. Flows of other steps that name it stay in their `next` (they
    /// dangle until the caller removes them).
    pub fn remove(&mut self, id: &str) -> Option<(usize, Step)> {
        let node = self.index.remove(id)?;
        let at = self.order_key(node);
        self.order.remove(at);
        self.reorder();
        let step = self.graph.remove_node(node)?;
        Some((at, step))
    }

    /// Moves a step to another position in reading order.
    pub fn move_to(&mut self, id: &str, at: usize) -> bool {
        let Some(node) = self.node(id) else {
            return false;
        };
        let from = self.order_key(node);
        self.order.remove(from);
        self.order.insert(at.min(self.order.len()), node);
        self.reorder();
        true
    }

    /// Changes a step in place. The closure may change anything but the id
    /// (use [`Chain::rename`]); the flows are re-connected afterwards.
    pub fn update<R>(&mut self, id: &str, change: impl FnOnce(&mut Step) -> R) -> Option<R> {
        let node = self.node(id)?;
        let step = &mut self.graph[node];
        let old_id = step.id.clone();
        let before = step.next.clone();
        let result = change(step);
        step.id = old_id;
        if step.next != before {
            self.wire_out(node);
        }
        Some(result)
    }

    /// Gives a step a new id, and points every flow that named the old id at
    /// the new one. Fails when the new id is taken or the step does not exist.
    pub fn rename(&mut self, old: &str, new: Id) -> bool {
        if self.index.contains_key(&new) {
            return false;
        }
        let Some(node) = self.index.remove(old) else {
            return false;
        };
        self.graph[node].id = new.clone();
        self.index.insert(new.clone(), node);
        let nodes = self.order.clone();
        for n in nodes {
            let mut touched = false;
            for flow in &mut self.graph[n].next {
                if flow.to == old {
                    flow.to = new.clone();
                    touched = true;
                }
            }
            if touched {
                self.wire_out(n);
            }
        }
        true
    }

    /// Replaces the flows of a step.
    pub fn set_flows(&mut self, id: &str, next: Vec<Flow>) -> Option<Vec<Flow>> {
        self.update(id, |step| std::mem::replace(&mut step.next, next))
    }

    /// The flows leaving a step that reach an existing step, in `next` order:
    /// (edge, flow, target node).
    pub fn flows_out(&self, node: NodeIndex) -> Vec<(EdgeIndex, &Flow, NodeIndex)> {
        let step = &self.graph[node];
        let mut out: Vec<_> = self
            .graph
            .edges_directed(node, Direction::Outgoing)
            .map(|e| (e.id(), &step.next[*e.weight()], e.target()))
            .collect();
        out.sort_by_key(|(e, _, _)| self.graph[*e]);
        out
    }

    /// The flows entering a step: (edge, source node, flow), sources in
    /// reading order.
    pub fn flows_in(&self, node: NodeIndex) -> Vec<(EdgeIndex, NodeIndex, &Flow)> {
        let mut out: Vec<_> = self
            .graph
            .edges_directed(node, Direction::Incoming)
            .map(|e| {
                (
                    e.id(),
                    e.source(),
                    &self.graph[e.source()].next[*e.weight()],
                )
            })
            .collect();
        out.sort_by_key(|(e, s, _)| (self.order_key(*s), self.graph[*e]));
        out
    }

    /// Where a node stands in reading order.
    pub fn order_key(&self, node: NodeIndex) -> usize {
        self.rank_of
            .get(node.index())
            .copied()
            .unwrap_or(usize::MAX)
    }

    fn reorder(&mut self) {
        self.rank_of.clear();
        self.rank_of.resize(self.graph.node_bound(), usize::MAX);
        for (at, node) in self.order.iter().enumerate() {
            self.rank_of[node.index()] = at;
        }
    }

    /// Re-creates the outgoing edges of a node from its `next`.
    fn wire_out(&mut self, node: NodeIndex) {
        let old: Vec<EdgeIndex> = self
            .graph
            .edges_directed(node, Direction::Outgoing)
            .map(|e| e.id())
            .collect();
        for edge in old {
            self.graph.remove_edge(edge);
        }
        let targets: Vec<(usize, NodeIndex)> = self.graph[node]
            .next
            .iter()
            .enumerate()
            .filter_map(|(slot, flow)| self.index.get(&flow.to).map(|&t| (slot, t)))
            .collect();
        for (slot, target) in targets {
            self.graph.add_edge(node, target, slot);
        }
    }
}

impl PartialEq for Chain {
    /// Two chains are equal when they hold equal steps in the same order.
    fn eq(&self, other: &Chain) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

impl FromIterator<Step> for Chain {
    /// Collects steps into a chain; a step whose id is taken is dropped, so
    /// use [`Chain::from_steps`] where that must be reported.
    fn from_iter<I: IntoIterator<Item = Step>>(steps: I) -> Chain {
        Chain::from_steps(steps).0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(id: &str, next: &[&str]) -> Step {
        Step {
            id: Id::new(id),
            name: id.to_uppercase(),
            partner: Id::new("p"),
            next: next.iter().map(|&t| Flow::to(t)).collect(),
            ..Step::default()
        }
    }

    #[test]
    fn edges_follow_next_through_edits() {
        let (mut chain, refused) =
            Chain::from_steps([step("a", &["b", "x"]), step("b", &["c"]), step("a", &[])]);
        assert_eq!(refused.len(), 1);
        assert_eq!(chain.graph().edge_count(), 1);
        let a = chain.node("a").unwrap();
        chain.push(step("c", &["a"])).unwrap();
        assert_eq!(chain.graph().edge_count(), 3);
        chain.push(step("x", &[])).unwrap();
        assert_eq!(
            chain.graph().edge_count(),
            4,
            "a's dangling flow to x connects"
        );
        assert_eq!(chain.node("a"), Some(a));
        let (at, removed) = chain.remove("b").unwrap();
        assert_eq!((at, removed.id.as_str()), (1, "b"));
        assert_eq!(chain.node("a"), Some(a), "indices survive removal");
        assert_eq!(chain.graph().edge_count(), 2);
        assert!(chain.rename("x", Id::new("y")));
        assert_eq!(chain.get("a").unwrap().next[1].to, "y");
        assert_eq!(chain.graph().edge_count(), 2);
        chain.set_flows("c", vec![]);
        assert_eq!(chain.graph().edge_count(), 1);
        let out = chain.flows_out(a);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].1.to, "y");
    }

    #[test]
    fn update_cannot_change_id() {
        let mut chain: Chain = [step("a", &[])].into_iter().collect();
        chain.update("a", |s| s.id = Id::new("zz"));
        assert!(chain.contains("a"));
        assert_eq!(chain.get("a").unwrap().id, "a");
    }

    #[test]
    fn flows_out_keep_next_order() {
        let chain: Chain = [step("a", &["c", "b"]), step("b", &[]), step("c", &[])]
            .into_iter()
            .collect();
        let a = chain.node("a").unwrap();
        let targets: Vec<&str> = chain.flows_out(a).iter().map(|f| f.1.to.as_str()).collect();
        assert_eq!(targets, ["c", "b"]);
    }
}
