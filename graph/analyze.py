"""Network analysis of the accusation graph: who is central, who accuses in circles,
who gangs up on a common target.

The accusation graph has one node per actor and one edge a -> b weighted by the
number of distinct claims in which a accuses b (action `accuse` by default; negated
claims, claims with no target and self-accusations are left out). On it:

- PageRank: the most accused (rank flows along accusations towards targets) and
  the top accusers (most accusations made, then PageRank on the reversed graph);
- cycles: simple cycles of at most `max_cycle_length` actors, each reported once,
  rotated to start at its first actor by name (a mutual accusation is a 2-cycle);
- clusters: each target with two or more accusers, and the connected components
  of the co-accuser graph (two accusers are linked when they accuse a common target).

Rule: every list has a total order (ties broken by name, then id) and scores are
rounded to 6 decimals, so the same claims give the same report on every run.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Iterable

from accusegraph.model import Claim

from .claimset import collect

if TYPE_CHECKING:
    import networkx as nx

Table = tuple[str, list[str], list[list]]


@dataclass(frozen=True)
class ActorScore:
    id: str
    name: str
    pagerank: float  # on the accusation graph: high = central as a target
    accuser_rank: float  # PageRank on the reversed graph: high = central as an accuser
    accusations_made: int  # claims, i.e. the weighted out-degree
    accusations_received: int  # weighted in-degree
    targets: int  # distinct actors this one accuses
    accusers: int  # distinct actors accusing this one


@dataclass(frozen=True)
class Cycle:
    ids: tuple[str, ...]  # a1 accuses a2 ... accuses a1; a1 first by name
    names: tuple[str, ...]
    claims: int  # claims along the cycle's edges


@dataclass(frozen=True)
class CommonTarget:
    id: str
    name: str
    accuser_ids: tuple[str, ...]
    accuser_names: tuple[str, ...]
    claims: int


@dataclass(frozen=True)
class CoAccuserGroup:
    ids: tuple[str, ...]
    names: tuple[str, ...]
    target_ids: tuple[str, ...]  # targets accused by two or more members
    target_names: tuple[str, ...]


@dataclass(frozen=True)
class AnalysisReport:
    claims: int  # accusation claims counted
    actors: int  # actors in the accusation graph
    edges: int  # distinct accuser -> accused pairs
    top_accused: tuple[ActorScore, ...]
    top_accusers: tuple[ActorScore, ...]
    cycles: tuple[Cycle, ...]
    cycles_truncated: bool  # more than max_cycles cycles exist
    common_targets: tuple[CommonTarget, ...]
    coaccuser_groups: tuple[CoAccuserGroup, ...]

    def to_dict(self) -> dict:
        """Plain JSON-ready data (tuples become lists)."""
        return _lists(asdict(self))

    def tables(self) -> list[Table]:
        """(title, columns, rows) for each section, in print order."""
        return [
            ("Most accused (PageRank on accusations)",
             ["rank", "actor", "pagerank", "accusations", "accusers"],
             [[i, s.name, s.pagerank, s.accusations_received, s.accusers]
              for i, s in enumerate(self.top_accused, 1)]),
            ("Top accusers",
             ["rank", "actor", "accusations", "targets", "accuser_rank"],
             [[i, s.name, s.accusations_made, s.targets, s.accuser_rank]
              for i, s in enumerate(self.top_accusers, 1)]),
            ("Accusation cycles" + (" (truncated)" if self.cycles_truncated else ""),
             ["length", "cycle", "claims"],
             [[len(c.ids), " -> ".join(c.names + c.names[:1]), c.claims] for c in self.cycles]),
            ("Actors accusing a common target",
             ["target", "accusers", "count", "claims"],
             [[t.name, "; ".join(t.accuser_names), len(t.accuser_ids), t.claims]
              for t in self.common_targets]),
            ("Co-accuser groups",
             ["size", "actors", "common targets"],
             [[len(g.ids), "; ".join(g.names), "; ".join(g.target_names)]
              for g in self.coaccuser_groups]),
        ]


def _lists(value):
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_lists(v) for v in value]
    return value


def accusation_graph(claims: Iterable[Claim], actions: tuple[str, ...] = ("accuse",)) -> nx.DiGraph:
    """Actors and weighted accuser -> accused edges; node attribute `name`, edge `weight`."""
    import networkx as nx  # slow to import: only when a graph is built

    cs = collect(claims)
    g = nx.DiGraph()
    edges = sorted((d.actor_id, d.target_id, d.claim_ids) for d in cs.derived
                   if d.action in actions and d.actor_id != d.target_id)
    weights: dict[tuple[str, str], set[str]] = {}
    for a, b, ids in edges:
        weights.setdefault((a, b), set()).update(ids)
    for actor_id in sorted({x for pair in weights for x in pair}):
        g.add_node(actor_id, name=cs.actors[actor_id].name)
    for (a, b), ids in sorted(weights.items()):
        g.add_edge(a, b, weight=len(ids))
    return g


def pagerank(g: nx.DiGraph, alpha: float = 0.85, tol: float = 1e-12, max_iter: int = 1000) -> dict[str, float]:
    """Weighted PageRank by power iteration (dangling rank spread evenly), as networkx
    defines it, in plain Python: `nx.pagerank` would pull in scipy for a few hundred actors."""
    nodes = sorted(g)
    n = len(nodes)
    if not n:
        return {}
    out_weight = {u: sum(w for _, _, w in g.out_edges(u, data="weight")) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if not out_weight[u]) / n
        new = dict.fromkeys(nodes, dangling + (1.0 - alpha) / n)
        for u in nodes:
            if out_weight[u]:
                share = alpha * rank[u] / out_weight[u]
                for _, v, w in g.out_edges(u, data="weight"):
                    new[v] += share * w
        delta = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if delta < n * tol:
            break
    return rank


def _sort_key(g: nx.DiGraph, node: str) -> tuple[str, str]:
    return (g.nodes[node]["name"].casefold(), node)


def _canonical(g: nx.DiGraph, cycle: list[str]) -> tuple[str, ...]:
    i = min(range(len(cycle)), key=lambda k: _sort_key(g, cycle[k]))
    return tuple(cycle[i:] + cycle[:i])


def analyze_claims(claims: Iterable[Claim], *, top: int = 10, max_cycle_length: int = 5,
                   max_cycles: int = 1000, actions: tuple[str, ...] = ("accuse",)) -> AnalysisReport:
    """Centrality, cycles and co-accuser clusters of the accusation graph.

    Args:
        top: how many actors to list as most accused and as top accusers.
        max_cycle_length: longest cycle reported, in actors (2 = mutual accusations).
        max_cycles: stop looking after this many cycles (`cycles_truncated` says so).
        actions: which actions count as an accusation.
    """
    import networkx as nx  # slow to import: only when a graph is built

    g = accusation_graph(claims, actions)
    name = {n: g.nodes[n]["name"] for n in g}

    rank = pagerank(g)
    rev_rank = pagerank(g.reverse(copy=True))
    scores = {n: ActorScore(
        id=n, name=name[n], pagerank=round(rank[n], 6), accuser_rank=round(rev_rank[n], 6),
        accusations_made=int(g.out_degree(n, weight="weight")),
        accusations_received=int(g.in_degree(n, weight="weight")),
        targets=g.out_degree(n), accusers=g.in_degree(n),
    ) for n in g}
    accused = sorted((s for s in scores.values() if s.accusations_received),
                     key=lambda s: (-s.pagerank, -s.accusations_received, s.name.casefold(), s.id))
    accusers = sorted((s for s in scores.values() if s.accusations_made),
                      key=lambda s: (-s.accusations_made, -s.accuser_rank, s.name.casefold(), s.id))

    found: set[tuple[str, ...]] = set()
    truncated = False
    if max_cycle_length >= 2:
        for cycle in nx.simple_cycles(g, length_bound=max_cycle_length):
            if len(found) >= max_cycles:
                truncated = True
                break
            found.add(_canonical(g, cycle))
    cycles = sorted((Cycle(ids=c, names=tuple(name[n] for n in c),
                           claims=sum(g[a][b]["weight"] for a, b in zip(c, c[1:] + c[:1])))
                     for c in found),
                    key=lambda c: (len(c.ids), [(x.casefold(), i) for x, i in zip(c.names, c.ids)]))

    by_target: dict[str, list[str]] = {}
    for target in g:
        preds = sorted(g.predecessors(target), key=lambda n: _sort_key(g, n))
        if len(preds) >= 2:
            by_target[target] = preds
    common = sorted((CommonTarget(id=t, name=name[t], accuser_ids=tuple(p),
                                  accuser_names=tuple(name[n] for n in p),
                                  claims=sum(g[n][t]["weight"] for n in p))
                     for t, p in by_target.items()),
                    key=lambda c: (-len(c.accuser_ids), c.name.casefold(), c.id))

    co = nx.Graph()
    for preds in by_target.values():
        co.add_edges_from(combinations(preds, 2))
    groups = []
    for component in nx.connected_components(co):
        members = sorted(component, key=lambda n: _sort_key(g, n))
        targets = sorted((t for t, p in by_target.items() if p[0] in component),
                         key=lambda n: _sort_key(g, n))
        groups.append(CoAccuserGroup(ids=tuple(members), names=tuple(name[n] for n in members),
                                     target_ids=tuple(targets), target_names=tuple(name[n] for n in targets)))
    groups.sort(key=lambda x: (-len(x.ids), x.names[0].casefold(), x.ids[0]))

    return AnalysisReport(
        claims=sum(w for _, _, w in g.edges(data="weight")), actors=len(g), edges=g.number_of_edges(),
        top_accused=tuple(accused[:top]), top_accusers=tuple(accusers[:top]),
        cycles=tuple(cycles), cycles_truncated=truncated,
        common_targets=tuple(common), coaccuser_groups=tuple(groups),
    )
