"""The claim set every export draws from (`collect`): claims deduplicated by id (the
last record wins), actors and sources by id with the loader's rules for names and
metadata, one evidence node per claim, and the derived actor-to-actor edges aggregated
as the graph does (`rules.EdgeTotals`).

A module of its own so that the format writers (csvexport, graphml, rdf) and analyze
import it at the top without importing export.py, the dispatcher, which imports them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from accusegraph.model import ActorRef, Claim, SourceRef, make_evidence_id, rel_type_for

from .rules import EdgeTotals, actor_names, settled_kind


@dataclass(frozen=True)
class DerivedEdge:
    """One derived actor-to-actor edge, e.g. (a)-[:ACCUSES {claims, sources, first, last}]->(b)."""

    actor_id: str
    target_id: str
    action: str
    rel_type: str
    claims: int
    sources: int
    first: str | None
    last: str | None
    claim_ids: tuple[str, ...]
    publishers: tuple[str, ...] = ()  # distinct publisher keys, sorted


@dataclass
class ClaimSet:
    claims: list[Claim]
    actors: dict[str, ActorRef]
    aliases: dict[str, tuple[str, ...]]  # actor id -> every name its claims used, sorted
    sources: dict[str, SourceRef]
    derived: list[DerivedEdge]

    def evidence_id(self, claim: Claim) -> str:
        return make_evidence_id(claim.id)

    def dangling_responses(self) -> list[Claim]:
        """Claims answering a claim that is not in the set."""
        ids = {c.id for c in self.claims}
        return [c for c in self.claims if c.responds_to and c.responds_to not in ids]


def published_date(source: SourceRef) -> str | None:
    """The date part (YYYY-MM-DD) of a source's published value, None if it is no real date."""
    if not source.published:
        return None
    try:
        return dt.date.fromisoformat(source.published[:10]).isoformat()
    except ValueError:
        return None


def collect(claims: Iterable[Claim]) -> ClaimSet:
    """Deduplicate claims, actors and sources and derive the actor-to-actor edges.

    The choices are the loader's (graph/load.py), so an export and a loaded graph
    agree, and none depends on input order: a repeated claim id keeps its last
    record; a source's metadata comes from its claim with the smallest id; an
    actor's name and aliases follow `rules.actor_names`, its kind is
    `rules.settled_kind` of the kinds its mentions guess (as actor, target or the
    body a claim's actor spoke for); derived edges are `rules.EdgeTotals`.
    """
    by_id: dict[str, Claim] = {}
    for claim in claims:
        by_id[claim.id] = claim
    kept = sorted(by_id.values(), key=lambda c: c.id)

    sources: dict[str, SourceRef] = {}
    mentions: dict[str, list[ActorRef]] = {}
    for claim in kept:
        sources.setdefault(claim.source.id, claim.source)
        for ref in (claim.actor, claim.target, claim.speaks_for):
            if ref is not None:
                mentions.setdefault(ref.id, []).append(ref)
    actors: dict[str, ActorRef] = {}
    aliases: dict[str, tuple[str, ...]] = {}
    for actor_id in sorted(mentions):
        refs = mentions[actor_id]
        name, names = actor_names(actor_id, Counter(r.name for r in refs))
        actors[actor_id] = ActorRef(id=actor_id, name=name, kind=settled_kind(Counter(r.kind for r in refs)))
        aliases[actor_id] = tuple(names)

    groups: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in kept:
        if claim.target is None or claim.negated:
            continue
        groups.setdefault((claim.actor.id, claim.action, claim.target.id), []).append(claim)
    derived = []
    for (actor_id, action, target_id), members in sorted(groups.items()):
        totals = EdgeTotals()
        for c in members:
            source = sources[c.source.id]
            totals.add(source.id, published_date(source), source.publisher)
        derived.append(DerivedEdge(
            actor_id=actor_id, target_id=target_id, action=action, rel_type=rel_type_for(action),
            claims=totals.claims, sources=totals.sources, first=totals.first, last=totals.last,
            claim_ids=tuple(sorted(c.id for c in members)), publishers=tuple(totals.publishers),
        ))
    return ClaimSet(claims=kept, actors=actors, aliases=aliases, sources=sources, derived=derived)
