"""Claims as a GraphML property graph for Gephi, networkx, yEd and Cytoscape.

The graph mirrors the Neo4j model: Actor, Claim, Source and Evidence nodes;
MADE, AGAINST, ON_BEHALF_OF (claim to the body its actor spoke for), REPORTED_IN,
CITES, RESPONDS_TO edges; and the derived
actor-to-actor edges (ACCUSES, DENIES, ...) with claims, sources, first, last.

Rule: every attribute value is a GraphML-legal scalar (str, int, float, bool);
a missing value is left out rather than written as None, and characters XML 1.0
cannot carry are dropped. Each attribute name has one type everywhere, so a key
is declared once. Node keys are `Label:record-id` (ids of different labels never
clash); every node has `label` (what Gephi shows) and `type` (its Neo4j label);
every edge has `type`, `label` and `weight`, and a key unique in the whole file
(`source -TYPE-> target`), as GraphML edge ids must be.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from accusegraph.model import Claim

from .claimset import ClaimSet

if TYPE_CHECKING:
    import networkx as nx

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 except
# surrogates and U+FFFE/U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def node_key(label: str, record_id: str) -> str:
    return f"{label}:{record_id}"


def edge_key(source: str, rel: str, target: str) -> str:
    return f"{source} -{rel}-> {target}"


def _clean(attrs: dict) -> dict:
    out = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, str):
            value = _XML_ILLEGAL.sub("", value)
        out[key] = value
    return out


def _claim_label(claim: Claim) -> str:
    return f"{claim.action}: {claim.allegation}" if claim.allegation else claim.action


def build_graph(cs: ClaimSet) -> nx.MultiDiGraph:
    """The claim set as a networkx MultiDiGraph with GraphML-legal attributes."""
    import networkx as nx  # slow to import: only when a graph is built

    g = nx.MultiDiGraph()
    for actor in cs.actors.values():
        g.add_node(node_key("Actor", actor.id), **_clean({
            "type": "Actor", "label": actor.name, "record_id": actor.id,
            "name": actor.name, "kind": actor.kind, "aliases": "; ".join(cs.aliases[actor.id]),
        }))
    for source in cs.sources.values():
        g.add_node(node_key("Source", source.id), **_clean({
            "type": "Source", "label": source.title or source.publisher or source.url or source.id,
            "record_id": source.id, "url": source.url, "title": source.title,
            "publisher": source.publisher, "published": source.published,
        }))

    def edge(u: str, v: str, rel: str, **extra) -> None:
        g.add_edge(u, v, key=edge_key(u, rel, v), **_clean({"type": rel, "label": rel, "weight": 1.0, **extra}))

    claim_ids = {c.id for c in cs.claims}
    for claim in cs.claims:
        ckey = node_key("Claim", claim.id)
        g.add_node(ckey, **_clean({
            "type": "Claim", "label": _claim_label(claim), "record_id": claim.id,
            "action": claim.action, "allegation": claim.allegation, "quote": claim.quote,
            "start": int(claim.span[0]), "end": int(claim.span[1]),
            "hedged": bool(claim.hedged), "negated": bool(claim.negated),
            "confidence": float(claim.confidence), "extractor": claim.extractor,
            "plover": claim.codes.plover if claim.codes else None,
            "cameo": claim.codes.cameo if claim.codes else None,
        }))
        ev_id = cs.evidence_id(claim)
        ekey = node_key("Evidence", ev_id)
        g.add_node(ekey, **_clean({
            "type": "Evidence", "label": claim.evidence.status, "record_id": ev_id,
            "status": claim.evidence.status, "description": claim.evidence.description,
        }))
        edge(node_key("Actor", claim.actor.id), ckey, "MADE")
        if claim.target is not None:
            edge(ckey, node_key("Actor", claim.target.id), "AGAINST")
        if claim.speaks_for is not None:
            edge(ckey, node_key("Actor", claim.speaks_for.id), "ON_BEHALF_OF")
        edge(ckey, node_key("Source", claim.source.id), "REPORTED_IN")
        edge(ckey, ekey, "CITES")
        if claim.responds_to and claim.responds_to in claim_ids:
            edge(ckey, node_key("Claim", claim.responds_to), "RESPONDS_TO")

    for d in cs.derived:
        edge(node_key("Actor", d.actor_id), node_key("Actor", d.target_id), d.rel_type,
             weight=float(d.claims), claims=d.claims, sources=d.sources, first=d.first, last=d.last)
    return g


def to_graphml(graph: nx.MultiDiGraph) -> str:
    """The GraphML document of `graph` as text."""
    import networkx as nx  # slow to import: only when a graph is built

    lines = nx.generate_graphml(graph, encoding="utf-8", prettyprint=True)
    return "\n".join(["<?xml version='1.0' encoding='utf-8'?>", *lines]) + "\n"
