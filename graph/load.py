"""Loading claims into Neo4j: a source's claims are replaced as one unit.

Invariants the loader keeps, whatever was loaded before and in whatever order:

- **A source is its claim set.** Claims are grouped by source; loading a source
  makes its claims in the graph exactly the incoming ones (new ones created,
  changed ones rewritten, ones no longer extracted deleted with their evidence),
  all in one transaction. A batch is a few whole sources, never part of one.
- **Resumable and idempotent.** Each source stores a hash of its claim set
  (`Source.content_hash`), written in the same transaction as its claims. A
  source whose stored hash equals the incoming one is skipped, so re-running a
  load that died half-way continues where it stopped and loading twice changes
  nothing; `force=True` rewrites them anyway. Each claim stores its own hash
  too, so a reloaded source rewrites only claims that changed.
- **Derived edges agree with the claims.** After each batch, the derived
  actor-to-actor edge of every (actor, target, action) the batch touched is
  recomputed from the claim nodes (negated claims do not count) and deleted when
  no claim is left. `check_derived_edges` proves it; `rebuild_derived_edges` repairs.
- **Actors are what the claims say.** An actor's `aliases` are the names its
  claims used for it (kept on the MADE/AGAINST relationships, so reading back
  gives each claim's own name), its `name` the one its id was made from when
  the claims use it, else the most used (ties: the alphabetically first). An
  actor left with no claim is deleted.
- **Concurrent loads serialise.** A batch write-locks its sources before
  reading their hashes and its actors before recomputing their edges, so two
  loads over the same claims end like one after the other. Deadlocks are
  retried by the driver's managed transactions.

`merge_actors(keep, merge)` records `merge` in `keep.merged_ids`; later loads
resolve claims naming `merge` to `keep`, so an alias decision survives re-ingest.

Only `$parameters` carry data; the one interpolated piece of Cypher is a derived
relationship type, taken from the allow-list of `schema.py`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any, Callable, Iterable

from neo4j import Driver, ManagedTransaction

from accusegraph.errors import InputError
from accusegraph.model import Claim, SourceRef, make_actor_id, make_evidence_id

from . import db
from .schema import DERIVED_REL_TYPES, derived_rel_type, ensure_schema

# Bump when the stored form of a claim changes, so existing sources reload once.
LOADER_VERSION = "accusegraph-load/1"

Triple = tuple[str, str, str]  # (actor id, target id, action)


@dataclass
class LoadReport:
    """What a load did. `replaced` claims existed and were rewritten because they
    changed; `deleted` claims were in the graph for a loaded source but are no
    longer in its claim set; `duplicates` are repeated claim ids in the input
    (the last one wins)."""

    claims_read: int = 0
    created: int = 0
    unchanged: int = 0
    replaced: int = 0
    deleted: int = 0
    duplicates: int = 0
    sources_loaded: int = 0
    sources_skipped: int = 0

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    def __str__(self) -> str:
        parts = [f"{self.claims_read} claims read", f"{self.created} created",
                 f"{self.replaced} replaced", f"{self.unchanged} unchanged", f"{self.deleted} deleted"]
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicate ids")
        parts.append(f"{self.sources_loaded} sources loaded, {self.sources_skipped} already loaded")
        return "; ".join(parts)


# ------------------------------------------------------------------ rows

def _hash(obj: Any) -> str:
    text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def claim_hash(claim: Claim) -> str:
    """A hash of everything a claim record says."""
    return _hash([LOADER_VERSION, claim.model_dump(mode="json")])


def source_hash(source: SourceRef, claims: list[Claim]) -> str:
    """A hash of a source's metadata and its whole claim set (order does not matter)."""
    return _hash([LOADER_VERSION, source.model_dump(mode="json"),
                  sorted(claim_hash(c) for c in claims)])


def _published(value: str | None) -> tuple[dt.date | None, str | None]:
    """A Neo4j date for `published`, plus the original text when the date alone loses something."""
    if not value:
        return None, None
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None, value
    return day, (None if value == day.isoformat() else value)


def _source_row(source: SourceRef, content_hash: str) -> dict[str, Any]:
    published, published_text = _published(source.published)
    return {"id": source.id, "url": source.url, "title": source.title,
            "publisher": source.publisher, "published": published,
            "published_text": published_text, "hash": content_hash}


def _claim_row(claim: Claim, resolve: dict[str, str]) -> dict[str, Any]:
    target = claim.target
    codes = claim.codes
    return {
        "id": claim.id, "source_id": claim.source.id, "hash": claim_hash(claim),
        "actor_id": resolve.get(claim.actor.id, claim.actor.id),
        "actor_name": claim.actor.name, "actor_kind": claim.actor.kind,
        "target_id": resolve.get(target.id, target.id) if target else None,
        "target_name": target.name if target else None,
        "target_kind": target.kind if target else None,
        "action": claim.action, "allegation": claim.allegation, "quote": claim.quote,
        "start": claim.span[0], "end": claim.span[1],
        "hedged": claim.hedged, "negated": claim.negated, "confidence": claim.confidence,
        "extractor": claim.extractor, "responds_to": claim.responds_to,
        "plover": codes.plover if codes else None, "cameo": codes.cameo if codes else None,
        "ev_id": make_evidence_id(claim.id), "ev_status": claim.evidence.status,
        "ev_description": claim.evidence.description,
    }


@dataclass
class _SourceGroup:
    source: SourceRef
    claims: list[Claim]
    hash: str


def _group_by_source(claims: Iterable[Claim], report: LoadReport) -> list[_SourceGroup]:
    """Whole claim sets per source, in order of first appearance; a repeated claim id keeps its last record."""
    by_id: dict[str, Claim] = {}
    order: dict[str, None] = {}
    for claim in claims:
        report.claims_read += 1
        if claim.id in by_id:
            report.duplicates += 1
            del by_id[claim.id]  # re-insert: the last record decides the source
        by_id[claim.id] = claim
        order.setdefault(claim.source.id, None)
    members: dict[str, list[Claim]] = defaultdict(list)
    for claim in by_id.values():
        members[claim.source.id].append(claim)
    groups = []
    for source_id in order:
        group = sorted(members.get(source_id, []), key=lambda c: c.id)
        if not group:
            continue
        # Claims may disagree on a source's metadata; the first by claim id decides, in any input order.
        source = group[0].source
        groups.append(_SourceGroup(source, group, source_hash(source, group)))
    return groups


def _batches(groups: list[_SourceGroup], batch_size: int) -> Iterable[list[_SourceGroup]]:
    batch: list[_SourceGroup] = []
    size = 0
    for group in groups:
        if batch and size + len(group.claims) > batch_size:
            yield batch
            batch, size = [], 0
        batch.append(group)
        size += len(group.claims)
    if batch:
        yield batch


# ------------------------------------------------------------------ Cypher

_STORED_HASHES = """
UNWIND $ids AS sid
MATCH (s:Source {id: sid})
RETURN s.id AS id, s.content_hash AS hash
"""

# MERGE, then a SET+REMOVE to take the write lock even when the node already existed.
_LOCK_SOURCES = """
UNWIND $ids AS sid
MERGE (s:Source {id: sid})
SET s._lock = true
REMOVE s._lock
RETURN s.id AS id, s.content_hash AS hash
"""

_EXISTING_CLAIMS = """
CALL () {
  UNWIND $source_ids AS sid
  MATCH (:Source {id: sid})<-[:REPORTED_IN]-(c:Claim)
  RETURN c
  UNION
  UNWIND $claim_ids AS cid
  MATCH (c:Claim {id: cid})
  RETURN c
}
OPTIONAL MATCH (a:Actor)-[:MADE]->(c)
OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor)
OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
RETURN c.id AS id, c.content_hash AS hash, c.action AS action, c.negated AS negated,
       a.id AS actor, t.id AS target, s.id AS source
"""

_DELETE_CLAIMS = """
UNWIND $ids AS cid
MATCH (c:Claim {id: cid})
OPTIONAL MATCH (c)-[:CITES]->(e:Evidence)
DETACH DELETE e, c
"""

# Strip a claim that will be rewritten of everything it points to; keep the
# RESPONDS_TO links of other claims that answer it.
_CLEAR_CLAIMS = """
UNWIND $ids AS cid
MATCH (c:Claim {id: cid})
CALL (c) { MATCH (c)-[:CITES]->(e:Evidence) DETACH DELETE e }
CALL (c) { MATCH (:Actor)-[r:MADE]->(c) DELETE r }
CALL (c) { MATCH (c)-[r:AGAINST|REPORTED_IN|RESPONDS_TO]->() DELETE r }
"""

_MERGE_ACTORS = """
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.kind = row.kind, a.aliases = [row.name]
"""

_SET_SOURCES = """
UNWIND $sources AS row
MATCH (s:Source {id: row.id})
SET s.url = row.url, s.title = row.title, s.publisher = row.publisher,
    s.published = row.published, s.published_text = row.published_text,
    s.content_hash = row.hash
"""

_WRITE_CLAIMS = """
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c.action = row.action, c.allegation = row.allegation, c.quote = row.quote,
    c.start = row.start, c.end = row.end, c.hedged = row.hedged, c.negated = row.negated,
    c.confidence = row.confidence, c.extractor = row.extractor,
    c.plover = row.plover, c.cameo = row.cameo, c.responds_to = row.responds_to,
    c.content_hash = row.hash
WITH c, row
MATCH (s:Source {id: row.source_id})
MERGE (c)-[:REPORTED_IN]->(s)
WITH c, row
MATCH (a:Actor {id: row.actor_id})
MERGE (a)-[m:MADE]->(c)
SET m.name = row.actor_name
MERGE (e:Evidence {id: row.ev_id})
SET e.status = row.ev_status, e.description = row.ev_description
MERGE (c)-[:CITES]->(e)
WITH c, row
CALL (c, row) {
  WITH c, row WHERE row.target_id IS NOT NULL
  MATCH (t:Actor {id: row.target_id})
  MERGE (c)-[g:AGAINST]->(t)
  SET g.name = row.target_name
}
"""

# A claim's `responds_to` property is the truth; the relationship exists while both claims do.
# (The hint keeps the planner from scanning the whole responds_to index once per id.)
_LINK_RESPONSES = """
CALL () {
  UNWIND $ids AS cid
  MATCH (c:Claim {id: cid})
  USING INDEX c:Claim(id)
  WITH c WHERE c.responds_to IS NOT NULL
  MATCH (t:Claim {id: c.responds_to})
  RETURN c, t
  UNION
  UNWIND $ids AS cid
  MATCH (t:Claim {id: cid})
  MATCH (c:Claim {responds_to: cid})
  RETURN c, t
}
MERGE (c)-[:RESPONDS_TO]->(t)
"""

# The names the claims use for each actor, with how often; actors with no claim left go.
_ACTOR_NAMES = """
UNWIND $ids AS aid
MATCH (a:Actor {id: aid})
CALL (a) {
  MATCH (a)-[m:MADE]->(:Claim)
  RETURN m.name AS name
  UNION ALL
  MATCH (:Claim)-[g:AGAINST]->(a)
  RETURN g.name AS name
}
WITH a, name, count(*) AS uses
RETURN a.id AS id, a.kind AS kind, collect([name, uses]) AS names
"""

_SET_ACTOR_NAMES = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.name = row.name, a.aliases = row.aliases
"""

_DELETE_ORPHAN_ACTORS = """
UNWIND $ids AS aid
MATCH (a:Actor {id: aid})
WHERE NOT EXISTS { (a)-[:MADE]->(:Claim) } AND NOT EXISTS { (:Claim)-[:AGAINST]->(a) }
  AND a.merged_ids IS NULL
DETACH DELETE a
"""

_LOCK_ACTORS = """
UNWIND $ids AS aid
MATCH (a:Actor {id: aid})
SET a._lock = true
REMOVE a._lock
"""

# {rel} comes from schema.derived_rel_type (allow-list), never from input.
_RECOMPUTE_EDGES = """
UNWIND $pairs AS pair
MATCH (a:Actor {{id: pair.actor}}), (b:Actor {{id: pair.target}})
CALL (a, b) {{
  OPTIONAL MATCH (a)-[:MADE]->(c:Claim {{action: $action}})-[:AGAINST]->(b)
  WHERE NOT c.negated
  OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
  RETURN count(DISTINCT c) AS n, count(DISTINCT s) AS sources,
         min(s.published) AS first, max(s.published) AS last
}}
CALL (a, b, n, sources, first, last) {{
  WITH a, b, n, sources, first, last WHERE n > 0
  MERGE (a)-[r:{rel}]->(b)
  SET r.claims = n, r.sources = sources, r.first = first, r.last = last
}}
CALL (a, b, n) {{
  WITH a, b, n WHERE n = 0
  MATCH (a)-[r:{rel}]->(b)
  DELETE r
}}
"""

_MERGED_IDS = """
MATCH (a:Actor) WHERE a.merged_ids IS NOT NULL
UNWIND a.merged_ids AS merged
RETURN merged, a.id AS keep
"""


def _recompute_edges(tx: ManagedTransaction, triples: Iterable[Triple]) -> None:
    """Recompute the derived edges of these (actor, target, action) triples from the claims."""
    by_action: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for actor, target, action in triples:
        if actor and target and action:
            by_action[action].add((actor, target))
    actors = sorted({x for pairs in by_action.values() for pair in pairs for x in pair})
    if not actors:
        return
    tx.run(_LOCK_ACTORS, ids=actors).consume()  # sorted order: fewer deadlocks
    for action in sorted(by_action):
        query = _RECOMPUTE_EDGES.format(rel=derived_rel_type(action))
        pairs = [{"actor": a, "target": b} for a, b in sorted(by_action[action])]
        tx.run(query, pairs=pairs, action=action).consume()


def _display_name(actor_id: str, kind: str | None, names: list[tuple[str, int]]) -> str:
    """The name an actor's id was made from if the claims use it, else the most used (ties: first by sort)."""
    return min(names, key=lambda nu: (make_actor_id(nu[0], kind or "unknown") != actor_id, -nu[1], nu[0]))[0]


def _refresh_actors(tx: ManagedTransaction, actor_ids: Iterable[str]) -> None:
    """Recompute name and aliases of these actors from their claims; delete those left without any."""
    ids = sorted({a for a in actor_ids if a})
    if not ids:
        return
    rows = []
    for r in tx.run(_ACTOR_NAMES, ids=ids):
        names = [(n, uses) for n, uses in r["names"] if n is not None]
        if names:
            rows.append({"id": r["id"], "name": _display_name(r["id"], r["kind"], names),
                         "aliases": sorted({n for n, _ in names})})
    if rows:
        tx.run(_SET_ACTOR_NAMES, rows=rows).consume()
    tx.run(_DELETE_ORPHAN_ACTORS, ids=ids).consume()


# ------------------------------------------------------------------ one batch

@dataclass
class _BatchResult:
    created: int = 0
    unchanged: int = 0
    replaced: int = 0
    deleted: int = 0
    sources_loaded: int = 0
    sources_skipped: int = 0


def _load_batch(tx: ManagedTransaction, groups: list[_SourceGroup], force: bool,
                resolve: dict[str, str]) -> _BatchResult:
    """One transaction: replace the claim sets of these sources. Safe to retry."""
    result = _BatchResult()
    stored = {r["id"]: r["hash"] for r in tx.run(_LOCK_SOURCES, ids=[g.source.id for g in groups])}
    todo = [g for g in groups if force or stored.get(g.source.id) != g.hash]
    result.sources_skipped = len(groups) - len(todo)
    result.unchanged = sum(len(g.claims) for g in groups) - sum(len(g.claims) for g in todo)
    if not todo:
        return result
    result.sources_loaded = len(todo)

    rows = [_claim_row(c, resolve) for g in todo for c in g.claims]
    incoming = {r["id"]: r for r in rows}
    existing = {r["id"]: r.data() for r in tx.run(
        _EXISTING_CLAIMS, source_ids=[g.source.id for g in todo], claim_ids=list(incoming))}

    stale = sorted(set(existing) - set(incoming))
    to_write, to_clear = [], []
    for row in rows:
        old = existing.get(row["id"])
        if old is None:
            result.created += 1
            to_write.append(row)
        elif old["hash"] == row["hash"] and old["source"] == row["source_id"]:
            result.unchanged += 1
            if force:  # rewrite anyway: repairs a graph edited by hand
                to_clear.append(row["id"])
                to_write.append(row)
        else:
            result.replaced += 1
            to_clear.append(row["id"])
            to_write.append(row)
    result.deleted = len(stale)

    touched: set[Triple] = set()
    actors: set[str] = set()
    for cid in stale + to_clear:
        old = existing[cid]
        touched.add((old["actor"], old["target"], old["action"]))
        actors.update((old["actor"], old["target"]))
    for row in to_write:
        touched.add((row["actor_id"], row["target_id"], row["action"]))
        actors.update((row["actor_id"], row["target_id"]))

    if stale:
        tx.run(_DELETE_CLAIMS, ids=stale).consume()
    if to_clear:
        tx.run(_CLEAR_CLAIMS, ids=to_clear).consume()
    new_actors: dict[str, dict[str, str]] = {}
    for row in to_write:
        new_actors.setdefault(row["actor_id"], {"id": row["actor_id"], "name": row["actor_name"],
                                                "kind": row["actor_kind"]})
        if row["target_id"]:
            new_actors.setdefault(row["target_id"], {"id": row["target_id"], "name": row["target_name"],
                                                     "kind": row["target_kind"]})
    if new_actors:
        tx.run(_MERGE_ACTORS, actors=[new_actors[k] for k in sorted(new_actors)]).consume()
    tx.run(_SET_SOURCES, sources=[_source_row(g.source, g.hash) for g in todo]).consume()
    if to_write:
        tx.run(_WRITE_CLAIMS, rows=to_write).consume()
        tx.run(_LINK_RESPONSES, ids=[r["id"] for r in to_write]).consume()
    _recompute_edges(tx, touched)
    _refresh_actors(tx, actors)
    return result


def _read_merged_ids(tx: ManagedTransaction) -> dict[str, str]:
    return {r["merged"]: r["keep"] for r in tx.run(_MERGED_IDS)}


def _stored_hashes(tx: ManagedTransaction, ids: list[str]) -> dict[str, str | None]:
    return {r["id"]: r["hash"] for r in tx.run(_STORED_HASHES, ids=ids)}


def load_claims(driver: Driver, claims: Iterable[Claim], *, database: str = "neo4j",
                batch_size: int = 1000, force: bool = False,
                progress: Callable[[int], None] | None = None) -> LoadReport:
    """Load claims, replacing the claim set of every source they come from.

    Claims are read whole first (a source's claim set must be complete before
    it can replace the stored one), then written in transactions of about
    `batch_size` claims made of whole sources.

    Args:
        force: rewrite sources whose stored hash says they are already loaded.
        progress: called after each batch with the number of claims it covered.

    Raises:
        DatabaseError (and subclasses) on any database failure; the batches
        committed before it stay, and running the same load again resumes.
    """
    if batch_size < 1:
        raise InputError(f"batch size must be at least 1, got {batch_size}")
    report = LoadReport()
    groups = _group_by_source(claims, report)
    ensure_schema(driver, database)
    resolve = db.read(driver, database, _read_merged_ids)
    for batch in _batches(groups, batch_size):
        n_claims = sum(len(g.claims) for g in batch)
        if not force:
            # A cheap read first, so a resumed load does not write-lock what it will skip.
            stored = db.read(driver, database, _stored_hashes, [g.source.id for g in batch])
            if all(stored.get(g.source.id) == g.hash for g in batch):
                report.sources_skipped += len(batch)
                report.unchanged += n_claims
                if progress:
                    progress(n_claims)
                continue
        done: _BatchResult = db.write(driver, database, _load_batch, batch, force, resolve)
        for name in ("created", "unchanged", "replaced", "deleted", "sources_loaded", "sources_skipped"):
            setattr(report, name, getattr(report, name) + getattr(done, name))
        if progress:
            progress(n_claims)
    return report


# ------------------------------------------------------------------ derived edges

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
RETURN a.id AS actor, b.id AS target, c.action AS action,
       count(DISTINCT c) AS claims, count(DISTINCT s) AS sources,
       min(s.published) AS first, max(s.published) AS last
"""

_STORED = """
MATCH (a:Actor)-[r]->(b:Actor)
WHERE type(r) IN $types
RETURN a.id AS actor, b.id AS target, type(r) AS type,
       r.claims AS claims, r.sources AS sources, r.first AS first, r.last AS last
"""


def _types_params() -> dict[str, Any]:
    return {"types": sorted(DERIVED_REL_TYPES.values()),
            "action_of": {rel: action for action, rel in DERIVED_REL_TYPES.items()}}


def rebuild_derived_edges(driver: Driver, database: str = "neo4j", *, batch_size: int = 1000) -> int:
    """Delete every derived edge and recompute them all from the claims; returns how many exist after."""
    triples = db.read(driver, database, lambda tx: [
        (r["actor"], r["target"], r["action"]) for r in tx.run(_ALL_TRIPLES, **_types_params())])
    pairs = sorted({(a, t) for a, t, _ in triples})
    for i in range(0, len(pairs), batch_size):
        chunk = pairs[i:i + batch_size]
        chunk_set = set(chunk)
        chunk_triples = [t for t in triples if (t[0], t[1]) in chunk_set]

        def work(tx: ManagedTransaction) -> None:
            tx.run(_DELETE_DERIVED, pairs=[{"actor": a, "target": t} for a, t in chunk],
                   types=_types_params()["types"]).consume()
            _recompute_edges(tx, chunk_triples)

        db.write(driver, database, work)
    stored = db.read(driver, database, lambda tx: list(tx.run(_STORED, **_types_params())))
    return len(stored)


def _date_text(value: Any) -> str | None:
    return None if value is None else value.iso_format()


def check_derived_edges(driver: Driver, database: str = "neo4j") -> list[str]:
    """Differences between the stored derived edges and a recomputation from the claims.

    Returns one line per difference; an empty list means they agree.
    """
    params = _types_params()

    def work(tx: ManagedTransaction) -> tuple[list[dict], list[dict]]:
        return ([r.data() for r in tx.run(_RECOMPUTED)],
                [r.data() for r in tx.run(_STORED, types=params["types"])])

    recomputed, stored = db.read(driver, database, work)
    want: dict[tuple[str, str, str], tuple] = {}
    for r in recomputed:
        key = (r["actor"], DERIVED_REL_TYPES[r["action"]], r["target"])
        want[key] = (r["claims"], r["sources"], _date_text(r["first"]), _date_text(r["last"]))
    have: dict[tuple[str, str, str], tuple] = {}
    problems: list[str] = []
    for r in stored:
        key = (r["actor"], r["type"], r["target"])
        if key in have:
            problems.append(f"({key[0]})-[:{key[1]}]->({key[2]}): stored more than once")
        have[key] = (r["claims"], r["sources"], _date_text(r["first"]), _date_text(r["last"]))

    def show(values: tuple) -> str:
        return "claims={} sources={} first={} last={}".format(*values)

    for key in sorted(set(want) | set(have)):
        edge = f"({key[0]})-[:{key[1]}]->({key[2]})"
        if key not in have:
            problems.append(f"{edge}: missing, claims say {show(want[key])}")
        elif key not in want:
            problems.append(f"{edge}: stored {show(have[key])} but no claim supports it")
        elif have[key] != want[key]:
            problems.append(f"{edge}: stored {show(have[key])}, claims say {show(want[key])}")
    return problems


# ------------------------------------------------------------------ merging actors

@dataclass
class MergeReport:
    keep_id: str
    merge_id: str
    claims_moved: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_MERGE_TRIPLES = """
MATCH (m:Actor {id: $merge})
CALL (m) {
  MATCH (m)-[:MADE]->(c:Claim)
  OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor)
  RETURN c.id AS claim, m.id AS actor, t.id AS target, c.action AS action
  UNION
  MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(m)
  RETURN c.id AS claim, a.id AS actor, m.id AS target, c.action AS action
}
RETURN claim, actor, target, action
"""

_MOVE_CLAIMS = """
MATCH (k:Actor {id: $keep}), (m:Actor {id: $merge})
CALL (k, m) {
  MATCH (m)-[r:MADE]->(c:Claim)
  CREATE (k)-[:MADE {name: r.name}]->(c)
  DELETE r
}
CALL (k, m) {
  MATCH (c:Claim)-[r:AGAINST]->(m)
  CREATE (c)-[:AGAINST {name: r.name}]->(k)
  DELETE r
}
SET k.merged_ids = COLLECT {
  UNWIND coalesce(k.merged_ids, []) + [m.id] + coalesce(m.merged_ids, []) AS x
  RETURN DISTINCT x ORDER BY x
}
DETACH DELETE m
"""


def merge_actors(driver: Driver, keep_id: str, merge_id: str, *, database: str = "neo4j") -> MergeReport:
    """Make `merge_id` one actor with `keep_id`: every claim by or against it moves over.

    No claim is lost or changed; the derived edges of both are recomputed, and
    later loads of claims naming `merge_id` attach them to `keep_id`.

    Raises:
        InputError: an id names no actor, or both ids are the same.
    """
    if keep_id == merge_id:
        raise InputError(f"cannot merge actor {keep_id!r} into itself")

    def work(tx: ManagedTransaction) -> int:
        found = {r["id"] for r in tx.run(
            "UNWIND $ids AS aid MATCH (a:Actor {id: aid}) RETURN a.id AS id", ids=[keep_id, merge_id])}
        for aid in (keep_id, merge_id):
            if aid not in found:
                raise InputError(f"no actor with id {aid!r} in the database")
        rows = [r.data() for r in tx.run(_MERGE_TRIPLES, merge=merge_id)]
        tx.run(_LOCK_ACTORS, ids=sorted({keep_id, merge_id})).consume()
        tx.run(_MOVE_CLAIMS, keep=keep_id, merge=merge_id).consume()

        def moved(x: str | None) -> str | None:
            return keep_id if x == merge_id else x

        triples = {(moved(r["actor"]), moved(r["target"]), r["action"]) for r in rows}
        _recompute_edges(tx, triples)
        others = {x for t in triples for x in t[:2] if x}
        _refresh_actors(tx, others | {keep_id})
        return len({r["claim"] for r in rows})

    return MergeReport(keep_id, merge_id, db.write(driver, database, work))
