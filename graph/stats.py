"""Counts that describe a loaded graph, for `accusegraph stats`.

Every count is read from the database in one read transaction, so the numbers
agree with each other. Labels and derived types come from the vocabulary of
`schema.py`: every one is listed, with 0 when absent, so output is stable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from accusegraph.model import ACTIONS

from . import db
from .rules import PUBLISHER_KEY
from .schema import DERIVED_REL_TYPES, LABELS, checked_label

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

# {label} comes from schema.checked_label; count(n) by label is answered from the count store.
_LABEL_COUNT = "MATCH (n:{label}) RETURN count(n) AS n"

_CLAIMS_BY_ACTION = """
MATCH (c:Claim)
RETURN c.action AS action, count(*) AS n,
       sum(CASE WHEN c.negated THEN 1 ELSE 0 END) AS negated,
       sum(CASE WHEN c.hedged THEN 1 ELSE 0 END) AS hedged
"""

_EVIDENCE = "MATCH (e:Evidence) RETURN e.status AS status, count(*) AS n"

_DERIVED = """
MATCH (:Actor)-[r]->(:Actor)
WHERE type(r) IN $types
RETURN type(r) AS type, count(r) AS edges, sum(r.claims) AS claims
"""

_SOURCES = """
MATCH (s:Source)
RETURN count(s) AS sources,
       count(DISTINCT """ + PUBLISHER_KEY + """) AS publishers,
       min(s.published) AS first, max(s.published) AS last,
       sum(CASE WHEN s.published IS NULL THEN 1 ELSE 0 END) AS undated
"""


def graph_stats(driver: Driver, database: str = "neo4j") -> dict[str, Any]:
    """Counts by label, claims by action, evidence by status, derived edges and sources.

    Returns a JSON-friendly dict:
    `{"nodes": {label: n}, "claims": {"total", "negated", "hedged", "by_action": {action: n}},
    "evidence": {status: n}, "derived_edges": {TYPE: {"edges", "claims"}},
    "sources": {"sources", "publishers", "first", "last", "undated"}}`.
    """
    types = sorted(DERIVED_REL_TYPES.values())

    def work(tx: ManagedTransaction) -> dict[str, Any]:
        nodes = {label: tx.run(_LABEL_COUNT.format(label=checked_label(label))).single()["n"]
                 for label in LABELS}
        by_action = {a: 0 for a in ACTIONS}
        negated = hedged = 0
        for r in tx.run(_CLAIMS_BY_ACTION):
            by_action[r["action"]] = r["n"]
            negated += r["negated"]
            hedged += r["hedged"]
        evidence = {r["status"]: r["n"] for r in tx.run(_EVIDENCE)}
        derived = {t: {"edges": 0, "claims": 0} for t in types}
        for r in tx.run(_DERIVED, types=types):
            derived[r["type"]] = {"edges": r["edges"], "claims": r["claims"] or 0}
        src = tx.run(_SOURCES).single()
        return {
            "nodes": {label: nodes.get(label, 0) for label in LABELS},
            "claims": {"total": sum(by_action.values()), "negated": negated, "hedged": hedged,
                       "by_action": by_action},
            "evidence": evidence,
            "derived_edges": derived,
            "sources": {
                "sources": src["sources"], "publishers": src["publishers"],
                "first": src["first"].iso_format() if src["first"] is not None else None,
                "last": src["last"].iso_format() if src["last"] is not None else None,
                "undated": src["undated"],
            },
        }

    return db.read(driver, database, work)
