"""What the graph derives from its claim nodes: actor-to-actor edges and actor names.

Rule: the derived edge `(a)-[:ACCUSES|DENIES|... {claims, sources, first,
last, publishers}]->(b)` of an (actor, target, action) triple always equals the
aggregation `rules.EdgeTotals` over the non-negated claims of that triple (in
Cypher `rules.EDGE_TOTALS_CYPHER`), and exists only while its count of claims
is above zero. An actor's `name` and `aliases` are `rules.actor_names` of the
names its claims use for it, and its `name_keys` are `rules.name_keys` of its
aliases, written with them (`actor_name_row`). Its `kind` is `rules.settled_kind`
of the kinds its claims guessed (kept on each MADE and AGAINST relationship as
`kind`, next to `name`) and of its `known_kind` (alias data, `names.py`).

An actor that is the target of accusing claims (`ACCUSING_ACTIONS`: the
actions marked `accusing` in accusegraph/data/actions.yaml; not negated) also
keeps `accusations` (how many) and `accusers` (how many distinct actors made
them), the sums over its incoming edges of those actions (ACCUSES, CRITICIZES,
...); both are absent when there are none. `most-accused` ranks
by them instead of adding up every edge of the graph.

A load keeps all of it true in the same transaction as its claims, in one of
two ways per triple (`plan_edges` decides):

- **added to**: the batch only adds claims to the triple, from sources that gave
  it no claim before. Then the new values follow from the old ones (counts add
  up, dates widen, publishers join the set), and the batch's totals per triple
  are applied in one `UNWIND` statement per derived type, without reading any
  claim;
- **recomputed**: anything else (a claim removed or rewritten, a source that
  already counted for the triple, a source whose date or publisher changed).
  The edge is aggregated again from the claim nodes.

Either way, the accused actors of the changed accusing edges then count their
incoming edges again (`refresh_accused`).

A fresh load of new articles takes only the first path, so its cost does not
grow with how many claims a frequently accused actor already has (the recount
reads its incoming edges, one per accuser and action, not its claims). Callers hold
the write locks of both actors of every triple they change (`lock_actors`), so
concurrent loads cannot interleave their read-modify-write of one edge.

Each claim also keeps two keys copied from its neighbours: `pair`
(`[actor id, target id]`, absent without a target) and `published` (its
source's date). The loader writes them with the claim and follows a source's
change of date; `merge_actors` renames the pair of the claims it moves.

`check_derived_edges` proves all of this on a whole graph; `rebuild_derived_edges`
repairs it. Only `$parameters` carry data; the relationship type is the one
interpolated piece of Cypher and comes from the allow-list of `schema.py`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from accusegraph.model import ACCUSING_ACTIONS

from . import db
from .rules import EDGE_TOTALS_CYPHER, EdgeTotals, actor_names, name_keys, settled_kind
from .schema import DERIVED_REL_TYPES, checked_rel_type, derived_rel_type

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

Triple = tuple[str, str, str]  # (actor id, target id, action)


# ------------------------------------------------------------------ planning (pure)

@dataclass(frozen=True)
class ClaimState:
    """What the derived data depend on in one claim: its triple, negation, source and the
    actors it names (`body`: the one its actor spoke for)."""

    actor: str | None
    target: str | None
    action: str
    negated: bool
    source: str | None
    body: str | None = None

    @property
    def actors(self) -> set[str]:
        """Every actor the claim names: its maker, its target and the body its maker spoke for."""
        return {x for x in (self.actor, self.target, self.body) if x}

    @property
    def triple(self) -> Triple | None:
        """The derived edge this claim counts for, or None (negated or no target)."""
        if self.negated or not self.actor or not self.target:
            return None
        return (self.actor, self.target, self.action)


@dataclass
class EdgePlan:
    """How a batch updates derived edges: totals to add per action, triples to recompute."""

    additions: list[dict[str, Any]]  # {actor, target, rel, claims, sources, first, last, publishers}
    recompute: set[Triple]


def plan_edges(before: Iterable[ClaimState], removed: Iterable[ClaimState],
               added: Iterable[ClaimState], published: dict[str, dt.date | None],
               changed: Iterable[str] = (), publishers: dict[str, str | None] | None = None) -> EdgePlan:
    """Decide, per triple a batch touches, whether its edge can be added to or must be recomputed.

    Args:
        before: every claim stored before the batch that belongs to one of the
            batch's sources (kept, rewritten or deleted alike).
        removed: the stored state of claims the batch deletes or rewrites.
        added: the claims the batch writes (new or rewritten).
        published: the date each batch source will have.
        changed: batch sources whose stored date or publisher differs from the new one.
        publishers: the publisher each batch source will have, as given (the
            additions carry its `publisher_key`); a source missing here has none.
    """
    counted_before: dict[str, set[Triple]] = defaultdict(set)
    for claim in before:
        if claim.triple and claim.source:
            counted_before[claim.source].add(claim.triple)
    recompute = {c.triple for c in removed if c.triple}
    publishers = publishers or {}
    for source in changed:
        recompute |= counted_before.get(source, set())
    grow: dict[Triple, EdgeTotals] = {}
    for claim in added:
        triple = claim.triple
        if triple is None or triple in recompute:
            continue
        if claim.source is None or triple in counted_before.get(claim.source, ()):
            recompute.add(triple)
            continue
        grow.setdefault(triple, EdgeTotals()).add(claim.source, published.get(claim.source),
                                                  publishers.get(claim.source))
    additions = []
    for triple in sorted(set(grow) - recompute):
        g = grow[triple]
        additions.append({"actor": triple[0], "target": triple[1], "rel": derived_rel_type(triple[2]),
                          "claims": g.claims, "sources": g.sources, "first": g.first, "last": g.last,
                          "publishers": g.publishers})
    return EdgePlan(additions, recompute)


# ------------------------------------------------------------------ Cypher

# The edge types of the actions `most-accused` counts (`accusing` in data/actions.yaml).
ACCUSING_RELS: frozenset[str] = frozenset(derived_rel_type(a) for a in ACCUSING_ACTIONS)

# Prefix of statements whose cached plan is kept however the graph grows (see
# load.py): only for statements that find every node by a unique id.
KEEP_PLAN = "CYPHER replan=skip "

LOCK_ACTORS = KEEP_PLAN + """
UNWIND $ids AS aid
MATCH (a:Actor {id: aid})
SET a._lock = true
REMOVE a._lock
"""

# One statement per derived type, run with that type's rows only (grouped in
# Python): one plan per type, no per-row branching and no Eager between types.
# {rel} comes from schema.derived_rel_type (allow-list), never from input. A
# null date never wins: `null < x` is null, which CASE treats as false.
# The rows' publishers are `publisher_key`s already (plan_edges).
_ADD_TO_EDGES = KEEP_PLAN + """
UNWIND $rows AS row
MATCH (a:Actor {{id: row.actor}})
MATCH (b:Actor {{id: row.target}})
MERGE (a)-[r:{rel}]->(b)
ON CREATE SET r.claims = row.claims, r.sources = row.sources, r.first = row.first, r.last = row.last
ON MATCH SET r.claims = r.claims + row.claims, r.sources = r.sources + row.sources,
  r.first = CASE WHEN r.first IS NULL OR row.first < r.first THEN coalesce(row.first, r.first) ELSE r.first END,
  r.last = CASE WHEN r.last IS NULL OR row.last > r.last THEN coalesce(row.last, r.last) ELSE r.last END
SET r.publishers = COLLECT {{
  UNWIND coalesce(r.publishers, []) + row.publishers AS p
  RETURN DISTINCT p ORDER BY p
}}
"""

# {rel} comes from schema.derived_rel_type (allow-list), never from input.
_RECOMPUTE_EDGES = """
UNWIND $pairs AS pair
MATCH (a:Actor {{id: pair.actor}}), (b:Actor {{id: pair.target}})
CALL (a, b) {{
  OPTIONAL MATCH (a)-[:MADE]->(c:Claim {{action: $action}})-[:AGAINST]->(b)
  WHERE NOT c.negated
  OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
  """ + EDGE_TOTALS_CYPHER.format(keys="") + """
}}
CALL (a, b, claims, sources, first, last, publishers) {{
  WITH a, b, claims, sources, first, last, publishers WHERE claims > 0
  MERGE (a)-[r:{rel}]->(b)
  SET r.claims = claims, r.sources = sources, r.first = first, r.last = last, r.publishers = publishers
}}
CALL (a, b, claims) {{
  WITH a, b, claims WHERE claims = 0
  MATCH (a)-[r:{rel}]->(b)
  DELETE r
}}
"""

# {rels} is ACCUSING_RELS joined with "|" (allow-listed types). Zero sets null: no property.
_REFRESH_ACCUSED = KEEP_PLAN + """
UNWIND $ids AS tid
MATCH (t:Actor {{id: tid}})
CALL (t) {{
  OPTIONAL MATCH (a:Actor)-[r:{rels}]->(t)
  RETURN sum(r.claims) AS n, count(DISTINCT a) AS accusers
}}
SET t.accusations = CASE WHEN n > 0 THEN n END, t.accusers = CASE WHEN n > 0 THEN accusers END
""".format(rels="|".join(sorted(checked_rel_type(r) for r in ACCUSING_RELS)))

# The names the claims use for each actor, with how often.
_ACTOR_NAMES = """
UNWIND $ids AS aid
MATCH (a:Actor {id: aid})
CALL (a) {
  MATCH (a)-[m:MADE]->(:Claim)
  RETURN m.name AS name, m.kind AS kind
  UNION ALL
  MATCH (:Claim)-[g:AGAINST|ON_BEHALF_OF]->(a)
  RETURN g.name AS name, g.kind AS kind
}
WITH a, name, kind, count(*) AS uses
RETURN a.id AS id, a.known_kind AS known, collect([name, kind, uses]) AS names
"""

# `kind` may be null in a row: the actor keeps the one it has.
SET_ACTOR_NAMES = KEEP_PLAN + """
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.name = row.name, a.aliases = row.aliases, a.name_keys = row.keys, a.kind = coalesce(row.kind, a.kind)
"""

_DELETE_ORPHAN_ACTORS = """
UNWIND $ids AS aid
MATCH (a:Actor {id: aid})
WHERE NOT EXISTS { (a)-[:MADE]->(:Claim) } AND NOT EXISTS { (:Claim)-[:AGAINST|ON_BEHALF_OF]->(a) }
  AND a.merged_ids IS NULL
DETACH DELETE a
"""


# ------------------------------------------------------------------ applying

def apply_edge_plan(tx: ManagedTransaction, plan: EdgePlan) -> None:
    """Write a plan: add the batch's totals, then recompute the rest from the claim nodes."""
    by_rel: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in plan.additions:
        by_rel[row["rel"]].append({k: v for k, v in row.items() if k != "rel"})
    for rel in sorted(by_rel):
        tx.run(_ADD_TO_EDGES.format(rel=checked_rel_type(rel)), rows=by_rel[rel]).consume()
    recompute_edges(tx, plan.recompute)
    refresh_accused(tx, [row["target"] for row in plan.additions if row["rel"] in ACCUSING_RELS]
                    + [t for _, t, action in plan.recompute if action in ACCUSING_ACTIONS])


def refresh_accused(tx: ManagedTransaction, target_ids: Iterable[str | None]) -> None:
    """Set `accusations` and `accusers` of these actors from their incoming accusing edges."""
    ids = sorted({t for t in target_ids if t})
    if ids:
        tx.run(_REFRESH_ACCUSED, ids=ids).consume()


def recompute_edges(tx: ManagedTransaction, triples: Iterable[Triple | tuple[Any, Any, Any]]) -> None:
    """Recompute the derived edges of these (actor, target, action) triples from the claims."""
    by_action: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for actor, target, action in triples:
        if actor and target and action:
            by_action[action].add((actor, target))
    for action in sorted(by_action):
        query = _RECOMPUTE_EDGES.format(rel=derived_rel_type(action))
        pairs = [{"actor": a, "target": b} for a, b in sorted(by_action[action])]
        tx.run(query, pairs=pairs, action=action).consume()


def lock_and_recompute_edges(tx: ManagedTransaction, triples: Iterable[Triple]) -> None:
    """Write-lock the actors of these triples (sorted: fewer deadlocks), then recompute their edges."""
    triples = [t for t in triples if t[0] and t[1] and t[2]]
    actors = sorted({x for t in triples for x in t[:2]})
    if actors:
        tx.run(LOCK_ACTORS, ids=actors).consume()
    recompute_edges(tx, triples)
    refresh_accused(tx, [t[1] for t in triples if t[2] in ACCUSING_ACTIONS])


def refresh_actors(tx: ManagedTransaction, actor_ids: Iterable[str | None]) -> None:
    """Recompute name, aliases and kind of these actors from their claims; delete those left without any."""
    ids = sorted({a for a in actor_ids if a})
    if not ids:
        return
    rows = []
    for r in tx.run(_ACTOR_NAMES, ids=ids):
        uses: Counter[str] = Counter()
        votes: Counter[str | None] = Counter()
        for name, kind, n in r["names"]:
            if name is not None:
                uses[name] += n
                votes[kind] += n
        if uses:
            rows.append(actor_name_row(r["id"], *actor_names(r["id"], uses), kind=settled_kind(votes, r["known"])))
    if rows:
        tx.run(SET_ACTOR_NAMES, rows=rows).consume()
    tx.run(_DELETE_ORPHAN_ACTORS, ids=ids).consume()


def actor_name_row(actor_id: str, name: str, aliases: list[str], kind: str | None = None) -> dict[str, Any]:
    """A row of `SET_ACTOR_NAMES`: the actor's name, aliases and the name keys they give, and its
    kind when it changes (None: kept)."""
    return {"id": actor_id, "name": name, "aliases": aliases, "keys": name_keys(aliases), "kind": kind}


def new_actor_row(actor_id: str, votes: Counter[str], names: Counter[str]) -> dict[str, Any]:
    """The row of an actor first seen in a batch: its kind (`votes`: kinds its claims there guess),
    name, aliases (`names`) and name keys from that batch's claims."""
    row = actor_name_row(actor_id, *actor_names(actor_id, names))
    return {"id": actor_id, "kind": settled_kind(votes), "name": row["name"], "names": row["aliases"],
            "keys": row["keys"]}


# ------------------------------------------------------------------ whole-graph check and repair

_ALL_TRIPLES = """
CALL () {
  MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(b:Actor)
  RETURN DISTINCT a.id AS actor, b.id AS target, c.action AS action
  UNION
  MATCH (a:Actor)-[r]->(b:Actor)
  WHERE type(r) IN $types
  RETURN DISTINCT a.id AS actor, b.id AS target, $action_of[type(r)] AS action
}
RETURN actor, target, action
"""

_DELETE_DERIVED = """
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair.actor})-[r]->(b:Actor {id: pair.target})
WHERE type(r) IN $types
DELETE r
"""

_RECOMPUTED = """
MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(b:Actor)
WHERE NOT c.negated
OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
WITH a.id AS actor, b.id AS target, c.action AS action, c, s
""" + EDGE_TOTALS_CYPHER.format(keys="actor, target, action, ")

_STORED = """
MATCH (a:Actor)-[r]->(b:Actor)
WHERE type(r) IN $types
RETURN a.id AS actor, b.id AS target, type(r) AS type,
       r.claims AS claims, r.sources AS sources, r.first AS first, r.last AS last,
       r.publishers AS publishers
"""

_ACCUSED_RECOMPUTED = """
MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(t:Actor)
WHERE c.action IN $accusing AND NOT c.negated
RETURN t.id AS actor, count(c) AS accusations, count(DISTINCT a) AS accusers
"""

_ACCUSED_STORED = """
MATCH (t:Actor)
WHERE t.accusations IS NOT NULL OR t.accusers IS NOT NULL
RETURN t.id AS actor, t.accusations AS accusations, t.accusers AS accusers
"""

_CLEAR_ACCUSED = """
MATCH (t:Actor)
WHERE t.accusations IS NOT NULL OR t.accusers IS NOT NULL
REMOVE t.accusations, t.accusers
"""

_COUNT_STORED = """
MATCH (:Actor)-[r]->(:Actor)
WHERE type(r) IN $types
RETURN count(r) AS n
"""


# A claim's pair key and date as its relationships say they are.
_CLAIM_KEYS = """
OPTIONAL MATCH (a:Actor)-[:MADE]->(c)
OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor)
OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
WITH c, CASE WHEN a IS NULL OR t IS NULL THEN null ELSE [a.id, t.id] END AS pair,
     s.published AS published
"""

_KEYS_DISAGREE = """
WHERE NOT coalesce(c.pair = pair, c.pair IS NULL AND pair IS NULL)
   OR NOT coalesce(c.published = published, c.published IS NULL AND published IS NULL)
"""

_WRONG_CLAIM_KEYS = "MATCH (c:Claim)" + _CLAIM_KEYS + _KEYS_DISAGREE + """
RETURN c.id AS id, c.pair AS stored_pair, pair, c.published AS stored_published, published
ORDER BY id
"""

# Every claim whose keys disagree gets them right, server-side, in batches.
_SET_CLAIM_KEYS = "MATCH (c:Claim) CALL (c) {" + _CLAIM_KEYS + _KEYS_DISAGREE + """
SET c.pair = pair, c.published = published
} IN TRANSACTIONS OF 10000 ROWS
"""


def _set_claim_keys(driver: Driver, database: str) -> None:
    # an auto-commit statement (CALL IN TRANSACTIONS needs one), retried like the schema's
    db.run_schema(driver, database, (_SET_CLAIM_KEYS,))


def add_claim_keys_to_an_older_graph(driver: Driver, database: str = "neo4j") -> bool:
    """Give every claim its `pair` and `published` if the graph predates them; returns whether it did.

    A graph whose schema has no `claim_pair` index yet was loaded before claims
    kept these keys (`ensure_schema` creates the index, so call this before it):
    without them evidence-trail would find nothing. The keys are set on every
    claim in batches (about a minute per million claims here); a run cut short
    leaves the index missing, so the next one does it again.
    """
    def work(tx: ManagedTransaction) -> bool:
        indexed = tx.run("SHOW INDEXES YIELD name WHERE name = 'claim_pair' RETURN count(*) AS n").single()["n"]
        return not indexed and tx.run("MATCH (c:Claim) RETURN count(c) > 0 AS any").single()["any"]

    if not db.read(driver, database, work):
        return False
    _set_claim_keys(driver, database)
    return True


def _types_params() -> dict[str, Any]:
    return {"types": sorted(DERIVED_REL_TYPES.values()),
            "action_of": {rel: action for action, rel in DERIVED_REL_TYPES.items()}}


def rebuild_derived_edges(driver: Driver, database: str = "neo4j", *, batch_size: int = 1000) -> int:
    """Delete every derived edge and recompute them all from the claims; returns how many exist after.

    Claims whose `pair` or `published` disagree with their relationships are set right too.
    """
    params = _types_params()
    _set_claim_keys(driver, database)
    triples = db.read(driver, database, lambda tx: [
        (r["actor"], r["target"], r["action"]) for r in tx.run(_ALL_TRIPLES, **params)])
    by_pair: dict[tuple[str, str], list[Triple]] = defaultdict(list)
    for t in triples:
        by_pair[(t[0], t[1])].append(t)
    pairs = sorted(by_pair)
    # every target of an accusing triple gets its counts again below
    db.write(driver, database, lambda tx: tx.run(_CLEAR_ACCUSED).consume())
    for i in range(0, len(pairs), batch_size):
        chunk = pairs[i:i + batch_size]

        def work(tx: ManagedTransaction) -> None:
            tx.run(_DELETE_DERIVED, pairs=[{"actor": a, "target": t} for a, t in chunk],
                   types=params["types"]).consume()
            lock_and_recompute_edges(tx, [t for pair in chunk for t in by_pair[pair]])

        db.write(driver, database, work)
    return db.read(driver, database, lambda tx: tx.run(_COUNT_STORED, types=params["types"]).single()["n"])


def _date_text(value: Any) -> str | None:
    return None if value is None else value.iso_format()


def check_derived_edges(driver: Driver, database: str = "neo4j") -> list[str]:
    """Differences between the stored derived edges and a recomputation from the claims,
    and claims whose `pair` or `published` disagree with their relationships.

    Returns one line per difference; an empty list means they agree.
    """
    params = _types_params()

    def work(tx: ManagedTransaction) -> tuple[list[dict], ...]:
        return ([r.data() for r in tx.run(_RECOMPUTED)],
                [r.data() for r in tx.run(_STORED, types=params["types"])],
                [r.data() for r in tx.run(_ACCUSED_RECOMPUTED, accusing=list(ACCUSING_ACTIONS))],
                [r.data() for r in tx.run(_ACCUSED_STORED)],
                [r.data() for r in tx.run(_WRONG_CLAIM_KEYS)])

    recomputed, stored, accused_want, accused_have, wrong_keys = db.read(driver, database, work)
    want: dict[tuple[str, str, str], tuple] = {}
    for r in recomputed:
        key = (r["actor"], DERIVED_REL_TYPES[r["action"]], r["target"])
        want[key] = (r["claims"], r["sources"], _date_text(r["first"]), _date_text(r["last"]),
                     sorted(r["publishers"]))
    have: dict[tuple[str, str, str], tuple] = {}
    problems: list[str] = []
    for r in stored:
        key = (r["actor"], r["type"], r["target"])
        if key in have:
            problems.append(f"({key[0]})-[:{key[1]}]->({key[2]}): stored more than once")
        # compared as sets (an edge imported from CSV with no publisher has none)
        have[key] = (r["claims"], r["sources"], _date_text(r["first"]), _date_text(r["last"]),
                     sorted(r["publishers"] or []))

    def show(values: tuple) -> str:
        return "claims={} sources={} first={} last={} publishers={}".format(*values)

    for key in sorted(set(want) | set(have)):
        edge = f"({key[0]})-[:{key[1]}]->({key[2]})"
        if key not in have:
            problems.append(f"{edge}: missing, claims say {show(want[key])}")
        elif key not in want:
            problems.append(f"{edge}: stored {show(have[key])} but no claim supports it")
        elif have[key] != want[key]:
            problems.append(f"{edge}: stored {show(have[key])}, claims say {show(want[key])}")
    counts_want = {r["actor"]: (r["accusations"], r["accusers"]) for r in accused_want}
    counts_have = {r["actor"]: (r["accusations"], r["accusers"]) for r in accused_have}
    for actor in sorted(set(counts_want) | set(counts_have)):
        got, expect = counts_have.get(actor, (None, None)), counts_want.get(actor, (None, None))
        if got != expect:
            problems.append(f"({actor}): stored accusations={got[0]} accusers={got[1]}, "
                            f"claims say accusations={expect[0]} accusers={expect[1]}")
    for r in wrong_keys:
        problems.append(f"claim {r['id']}: stored pair={r['stored_pair']} published="
                        f"{_date_text(r['stored_published'])}, its relationships say pair={r['pair']} "
                        f"published={_date_text(r['published'])}")
    return problems
