"""Merging two actors into one: an alias decision made after loading.

Rule: no claim is lost or changed by a merge. Every claim by, against or on
behalf of the merged actor moves to the kept one (keeping the name and kind it
used on its MADE / AGAINST / ON_BEHALF_OF relationship; its `pair` key names the
kept actor; a claim whose maker and body become one actor loses its ON_BEHALF_OF,
which a record cannot hold: `model.speaks_for_problem`), the derived edges
and names of every actor involved are recomputed, and the merged id is recorded
in the kept actor's `merged_ids`, so later loads resolve claims naming it to the
kept actor and the decision survives re-ingest.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from accusegraph.errors import InputError

from . import db
from .derived import lock_and_recompute_edges, refresh_actors

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction


@dataclass
class MergeReport:
    keep_id: str
    merge_id: str
    claims_moved: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_FOUND = "UNWIND $ids AS aid MATCH (a:Actor {id: aid}) RETURN a.id AS id"

_MERGE_TRIPLES = """
MATCH (m:Actor {id: $merge})
CALL (m) {
  MATCH (m)-[:MADE]->(c:Claim)
  OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor)
  RETURN c.id AS claim, m.id AS actor, t.id AS target, c.action AS action
  UNION
  MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(m)
  RETURN c.id AS claim, a.id AS actor, m.id AS target, c.action AS action
  UNION
  MATCH (a:Actor)-[:MADE]->(c:Claim)-[:ON_BEHALF_OF]->(m)
  OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor)
  RETURN c.id AS claim, a.id AS actor, t.id AS target, c.action AS action
}
RETURN claim, actor, target, action
"""

_LOCK_BOTH = """
UNWIND $ids AS aid
MATCH (a:Actor {id: aid})
SET a._lock = true
REMOVE a._lock
"""

_MOVE_CLAIMS = """
MATCH (k:Actor {id: $keep}), (m:Actor {id: $merge})
CALL (k, m) {
  MATCH (m)-[r:MADE]->(c:Claim)
  CREATE (k)-[:MADE {name: r.name, kind: r.kind}]->(c)
  DELETE r
  RETURN collect(c) AS made
}
CALL (k, m) {
  MATCH (c:Claim)-[r:AGAINST]->(m)
  CREATE (c)-[:AGAINST {name: r.name, kind: r.kind}]->(k)
  DELETE r
  RETURN collect(c) AS against
}
CALL (k, m) {
  MATCH (c:Claim)-[r:ON_BEHALF_OF]->(m)
  CREATE (c)-[:ON_BEHALF_OF {name: r.name, kind: r.kind}]->(k)
  DELETE r
}
// a claim does not speak for its own maker
CALL (k) {
  MATCH (k)-[:MADE]->(:Claim)-[r:ON_BEHALF_OF]->(k)
  DELETE r
}
// the moved claims' pair key names the kept actor now
CALL (made, against) {
  UNWIND made + against AS c
  WITH DISTINCT c
  MATCH (a:Actor)-[:MADE]->(c)-[:AGAINST]->(t:Actor)
  SET c.pair = [a.id, t.id]
}
SET k.merged_ids = COLLECT {
  UNWIND coalesce(k.merged_ids, []) + [m.id] + coalesce(m.merged_ids, []) AS x
  RETURN DISTINCT x ORDER BY x
}
DETACH DELETE m
"""


def merge_actors(driver: Driver, keep_id: str, merge_id: str, *, database: str = "neo4j") -> MergeReport:
    """Make `merge_id` one actor with `keep_id`: every claim by, against or on behalf of it moves over.

    Raises:
        InputError: an id names no actor, or both ids are the same.
    """
    if keep_id == merge_id:
        raise InputError(f"cannot merge actor {keep_id!r} into itself")

    def work(tx: ManagedTransaction) -> int:
        found = {r["id"] for r in tx.run(_FOUND, ids=[keep_id, merge_id])}
        for aid in (keep_id, merge_id):
            if aid not in found:
                raise InputError(f"no actor with id {aid!r} in the database")
        tx.run(_LOCK_BOTH, ids=sorted({keep_id, merge_id})).consume()
        rows = [r.data() for r in tx.run(_MERGE_TRIPLES, merge=merge_id)]
        tx.run(_MOVE_CLAIMS, keep=keep_id, merge=merge_id).consume()

        def moved(x: str | None) -> str | None:
            return keep_id if x == merge_id else x

        # The merged actor's edges vanished with it (DETACH DELETE); the kept one's are recomputed.
        triples = {(moved(r["actor"]), moved(r["target"]), r["action"]) for r in rows}
        lock_and_recompute_edges(tx, triples)
        others = {x for t in triples for x in t[:2] if x}
        refresh_actors(tx, others | {keep_id})
        return len({r["claim"] for r in rows})

    return MergeReport(keep_id, merge_id, db.write(driver, database, work))
