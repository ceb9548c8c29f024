"""Moving a graph from kind-prefixed actor ids to name ids, on its next load.

Rule: an actor's id is `actor:` and the slug of its canonical name
(`model.make_actor_id`); graphs loaded before that named actors `kind:slug`, so
one company guessed a person in one article and an organisation in another was
two nodes. `move_to_name_ids` turns such a graph into the one the current code
would have built from the same claims, losing no claim:

1. each claim whose id is the hash of its record under the old actor ids
   (`model.make_claim_id`; the claim's actor and target, or an id merged into
   them) is renamed to the hash under the new ones, with its evidence, so an
   article ingested again gives the same ids and replaces its claims instead
   of adding them next to the old ones; a claim with any other id (made by
   hand) keeps it. Each `responds_to` then names the claim its RESPONDS_TO
   relationship points at;
2. each MADE and AGAINST relationship records the kind its claim guessed (the
   old actor's kind, which its id held), the vote `rules.settled_kind` counts;
3. each old actor takes the new id; two old actors with one new id (the kinds
   a name was guessed as) become one through `merge.merge_actors`, which moves
   their claims and recomputes the derived edges, names and kind; then the
   `merged_ids` of every actor are renamed too (an old id of the actor itself
   dropped), so an earlier merge decision still holds.

Each step finds its own work left (a claim still under its old hash, a
relationship without a kind, an actor with an old id), so a run cut short is
finished by the next load. A claims JSONL file written by the old code is
upgraded as it is read (`model.upgrade_claim`) and lands on the same nodes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from accusegraph.model import ACTOR_KINDS, make_claim_id, make_evidence_id, upgrade_actor_id

from . import db
from .merge import merge_actors

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

PAGE = 2000
_OLD_PREFIXES = [f"{kind}:" for kind in ACTOR_KINDS]

_ANY_OLD_ACTOR = """
UNWIND $prefixes AS p
CALL (p) { MATCH (a:Actor) WHERE a.id STARTS WITH p RETURN a.id AS id LIMIT 1 }
RETURN count(id) > 0 AS any
"""

_OLD_ACTORS = """
UNWIND $prefixes AS p
CALL (p) { MATCH (a:Actor) WHERE a.id STARTS WITH p RETURN a }
WITH a WHERE a.id > $after
RETURN a.id AS id, a.kind AS kind
ORDER BY id LIMIT $n
"""

# The claims of some actors, with what their id was made from.
_CLAIMS_OF = """
UNWIND $ids AS aid
MATCH (x:Actor {id: aid})
CALL (x) {
  MATCH (x)-[:MADE]->(c:Claim) RETURN c
  UNION
  MATCH (c:Claim)-[:AGAINST]->(x) RETURN c
}
WITH DISTINCT c
MATCH (a:Actor)-[:MADE]->(c)-[:REPORTED_IN]->(s:Source)
OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor)
RETURN c.id AS id, s.id AS source, c.action AS action, c.start AS start, c.end AS end,
       [a.id] + coalesce(a.merged_ids, []) AS actors,
       CASE WHEN t IS NULL THEN [null] ELSE [t.id] + coalesce(t.merged_ids, []) END AS targets
"""

_RENAME_CLAIMS = """
UNWIND $rows AS row
MATCH (c:Claim {id: row.old})
WHERE NOT EXISTS { MATCH (:Claim {id: row.new}) }
SET c.id = row.new
WITH c, row
OPTIONAL MATCH (c)-[:CITES]->(e:Evidence {id: row.old_ev})
SET e.id = row.new_ev
"""

_ANSWERS_BY_LINK = """
MATCH (c:Claim)-[:RESPONDS_TO]->(t:Claim)
WHERE c.responds_to <> t.id
SET c.responds_to = t.id
"""

_RELATIONSHIP_KINDS = """
UNWIND $ids AS aid
MATCH (a:Actor {id: aid})
CALL (a) { MATCH (a)-[m:MADE]->(:Claim) WHERE m.kind IS NULL SET m.kind = a.kind }
CALL (a) { MATCH (:Claim)-[g:AGAINST]->(a) WHERE g.kind IS NULL SET g.kind = a.kind }
"""

_EXISTING = "UNWIND $ids AS aid MATCH (a:Actor {id: aid}) RETURN a.id AS id"

# An old actor takes its new id; its claims' pair keys follow.
_RENAME_ACTOR = """
MATCH (a:Actor {id: $old})
SET a.id = $new
WITH a
CALL (a) { MATCH (a)-[:MADE]->(c:Claim) WHERE c.pair IS NOT NULL SET c.pair = [a.id, c.pair[1]] }
CALL (a) { MATCH (c:Claim)-[:AGAINST]->(a) SET c.pair = [c.pair[0], a.id] }
"""

_MERGED_IDS = "MATCH (a:Actor) WHERE a.merged_ids IS NOT NULL RETURN a.id AS id, a.merged_ids AS merged"

_SET_MERGED_IDS = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.merged_ids = row.merged
"""


def _old_actor_pages(driver: Driver, database: str):
    after = ""
    while True:
        page = db.read(driver, database, lambda tx: [r.data() for r in tx.run(
            _OLD_ACTORS, prefixes=_OLD_PREFIXES, after=after, n=PAGE)])
        if not page:
            return
        yield page
        after = page[-1]["id"]


def _new_claim_id(row: dict[str, Any]) -> str | None:
    """The id a claim gets under name ids, when its id is the hash of its record under old ones."""
    span = (row["start"], row["end"])
    for actor in row["actors"]:
        for target in row["targets"]:
            if row["id"] == make_claim_id(row["source"], actor, row["action"], target, span):
                new = make_claim_id(row["source"], upgrade_actor_id(actor), row["action"],
                                    upgrade_actor_id(target) if target else None, span)
                return None if new == row["id"] else new
    return None


def _rename_claims(driver: Driver, database: str, actor_ids: list[str]) -> None:
    claims = db.read(driver, database, lambda tx: [r.data() for r in tx.run(_CLAIMS_OF, ids=actor_ids)])
    rows = []
    for row in claims:
        new = _new_claim_id(row)
        if new is not None:
            rows.append({"old": row["id"], "new": new, "old_ev": make_evidence_id(row["id"]),
                         "new_ev": make_evidence_id(new)})
    for i in range(0, len(rows), PAGE):
        chunk = rows[i:i + PAGE]
        db.write(driver, database, lambda tx: tx.run(_RENAME_CLAIMS, rows=chunk).consume())


def move_to_name_ids(driver: Driver, database: str = "neo4j") -> bool:
    """Give a graph with kind-prefixed actor ids name ids (see the module rule); returns whether it did."""
    if not db.read(driver, database, lambda tx: tx.run(_ANY_OLD_ACTOR, prefixes=_OLD_PREFIXES).single()["any"]):
        return False
    for page in _old_actor_pages(driver, database):           # 1. claim ids (actor ids untouched so far)
        _rename_claims(driver, database, [r["id"] for r in page])
    db.write(driver, database, lambda tx: tx.run(_ANSWERS_BY_LINK).consume())
    for page in _old_actor_pages(driver, database):           # 2. each claim's guess of the kind
        ids = [r["id"] for r in page]
        db.write(driver, database, lambda tx: tx.run(_RELATIONSHIP_KINDS, ids=ids).consume())
    groups: dict[str, list[str]] = {}                         # 3. the actors
    for page in _old_actor_pages(driver, database):
        for r in page:
            groups.setdefault(upgrade_actor_id(r["id"]), []).append(r["id"])
    for new, olds in sorted(groups.items()):
        _become_one(driver, database, new, olds)
    _rename_merged_ids(driver, database)
    return True


def _rename_merged_ids(driver: Driver, database: str) -> None:
    """Old ids in `merged_ids` renamed; an actor's own id dropped (no list left: none)."""
    rows = []
    for r in db.read(driver, database, lambda tx: [r.data() for r in tx.run(_MERGED_IDS)]):
        merged = sorted({upgrade_actor_id(m) for m in r["merged"]} - {r["id"]}) or None
        if merged != r["merged"]:
            rows.append({"id": r["id"], "merged": merged})
    if rows:
        db.write(driver, database, lambda tx: tx.run(_SET_MERGED_IDS, rows=rows).consume())


def _become_one(driver: Driver, database: str, new: str, olds: list[str]) -> None:
    """The old actors `olds` as the one actor `new` (renamed if it is not there yet, then merged)."""
    def exists(tx: ManagedTransaction) -> bool:
        return bool(list(tx.run(_EXISTING, ids=[new])))

    if not db.read(driver, database, exists):
        first = olds[0]
        db.write(driver, database, lambda tx: tx.run(_RENAME_ACTOR, old=first, new=new).consume())
        olds = olds[1:]
    for old in olds:
        merge_actors(driver, new, old, database=database)
