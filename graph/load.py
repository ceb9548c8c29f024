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
- **Derived data agree with the claims**, in the same transaction: the derived
  actor-to-actor edges and actor names, aliases and kinds (rules in `derived.py`;
  `check_derived_edges` proves them, `rebuild_derived_edges` repairs).
- **Concurrent loads serialise.** A batch write-locks its sources before
  reading their hashes and its actors (sorted) before touching their edges, so
  two loads over the same claims end like one after the other. Deadlocks are
  retried by the driver's managed transactions. Claims not in the graph are
  found by a plain read and CREATEd (the fast path); a batch whose CREATE meets
  a claim another load created since then fails on the uniqueness constraint
  and is run again, whole, on the MERGE path, which locks every claim id first.
- **Bounded memory.** Input is read as a stream (`stream.py`): at most a
  look-ahead window of claims is held, and one batch is prepared while the
  previous one is written. A source whose claims are not contiguous in the
  input is still loaded whole: its first part replaces the stored claim set,
  later parts are merged into it (see `stream.py` for the exact rule).
- **Nothing is deleted that the input could not vouch for.** A source with a
  rejected line is merged, not replaced; with `guard_cut` (a file, which may
  be cut in the middle of a source), stored claims of the input's first or last
  source that lie before or after all of its claims there are kept (the rule
  is in `stream.py`). Each such source is said through `note`.

`merge_actors(keep, merge)` (in `merge.py`) records `merge` in `keep.merged_ids`;
later loads resolve claims naming `merge` to `keep`, so an alias decision
survives re-ingest.
"""

from __future__ import annotations

from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Sequence

from accusegraph.errors import InputError, RecordError, counted
from accusegraph.model import Claim, SourceRef

from . import db
from .derived import (KEEP_PLAN, ClaimState, SET_ACTOR_NAMES, actor_name_row, add_claim_keys_to_an_older_graph,
                      apply_edge_plan, check_derived_edges, new_actor_row, plan_edges, rebuild_derived_edges,
                      refresh_actors)
from .actor_ids import move_to_name_ids
from .merge import MergeReport, merge_actors
from .names import add_known_kinds, add_known_names, add_name_keys_to_an_older_graph
from .rules import kind_stays, settled_name
from .schema import ensure_schema
from .stream import (LOADER_VERSION, SourceGroup, batches, claim_hash, claim_row, hash_of_claim_set,
                     source_group_stream, source_hash, source_row)

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

__all__ = ["LOADER_VERSION", "LoadReport", "MergeReport", "check_derived_edges", "claim_hash",
           "load_claims", "merge_actors", "rebuild_derived_edges", "source_hash"]

# Claims per transaction when the caller does not say: a batch has a fixed cost
# (a dozen round trips and a commit), large batches spread it thin.
DEFAULT_BATCH_SIZE = 5000


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
        parts = [f"{counted(self.claims_read, 'claim')} read", f"{self.created} created",
                 f"{self.replaced} replaced", f"{self.unchanged} unchanged", f"{self.deleted} deleted"]
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicate ids")
        parts.append(f"{counted(self.sources_loaded, 'source')} loaded, {self.sources_skipped} already loaded")
        return "; ".join(parts)


# ------------------------------------------------------------------ Cypher

# Statements marked KEEP_PLAN find every node by a unique id (or by an index
# named in a hint), so the plan made when the graph was empty stays right as it
# grows; without the mark, Neo4j plans them again each time its statistics have
# moved far enough, which on a fresh load is every few batches (tenths of a
# second of planning per statement each time on a small machine).

# A cheap read before the write: a resumed load does not write-lock what it will skip.
_ALREADY_LOADED = KEEP_PLAN + """
UNWIND $sources AS row
MATCH (s:Source {id: row.id})
WHERE s.content_hash = row.hash
RETURN count(s) AS n
"""

# New sources are created with their metadata and hash (nothing is stored for
# them, so they are loaded); existing ones are write-locked by a SET+REMOVE and
# come back with what is stored (none on a fresh load).
_LOCK_SOURCES = KEEP_PLAN + """
UNWIND $sources AS row
MERGE (s:Source {id: row.id})
ON CREATE SET s.url = row.url, s.title = row.title, s.publisher = row.publisher,
    s.published = row.published, s.published_text = row.published_text, s.content_hash = row.hash
ON MATCH SET s._lock = true
WITH s WHERE s._lock
REMOVE s._lock
RETURN s.id AS id, s.content_hash AS hash, s.url AS url, s.title AS title, s.publisher AS publisher,
       s.published AS published, s.published_text AS published_text
"""

# What the loader reads of a stored claim `c`: hash, triple, negation, source and
# the body its actor spoke for.
_CLAIM_STATE = """
OPTIONAL MATCH (a:Actor)-[:MADE]->(c)
OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor)
OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
OPTIONAL MATCH (c)-[:ON_BEHALF_OF]->(b:Actor)
RETURN c.id AS id, c.content_hash AS hash, c.action AS action, c.negated AS negated,
       a.id AS actor, t.id AS target, s.id AS source, c.start AS start, b.id AS body
"""

# Every incoming claim id is MERGEd first: new claims get an empty node, and the
# index-entry locks this takes keep a concurrent load from creating the same id
# before this transaction writes it, so the write can CREATE relationships
# instead of MERGEing them. Only claims that already existed come back.
_CLAIM_NODES = """
UNWIND $ids AS cid
MERGE (c:Claim {id: cid})
WITH c WHERE c.content_hash IS NOT NULL
""" + _CLAIM_STATE

# The fast path's read of the same: only claims that exist come back, and
# nothing is locked or created. Claims it does not find are CREATEd by
# _CREATE_CLAIMS; should a concurrent load create one of them first, that
# CREATE fails on the uniqueness constraint and the whole batch is run again
# on the MERGE path (`db.write_or_fallback`).
_EXISTING_CLAIMS = """
UNWIND $ids AS cid
MATCH (c:Claim {id: cid})
""" + _CLAIM_STATE

# The stored claims of sources loaded before.
_SOURCE_CLAIMS = """
UNWIND $ids AS sid
MATCH (s:Source {id: sid})<-[:REPORTED_IN]-(c:Claim)
OPTIONAL MATCH (a:Actor)-[:MADE]->(c)
OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor)
OPTIONAL MATCH (c)-[:ON_BEHALF_OF]->(b:Actor)
RETURN c.id AS id, c.content_hash AS hash, c.action AS action, c.negated AS negated,
       a.id AS actor, t.id AS target, s.id AS source, c.start AS start, b.id AS body
"""

# Creates the batch's new actors with the name and aliases their claims give,
# write-locks every actor the batch touches (sorted: fewer deadlocks), and
# returns only those whose names this batch may change.
_MERGE_ACTORS = KEEP_PLAN + """
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.kind = row.kind, a.aliases = row.names, a.name_keys = row.keys,
    a._new = true
SET a._lock = true
REMOVE a._lock
WITH a, row, a._new IS NOT NULL AS new
REMOVE a._new
WITH a, row, new
WHERE NOT new AND (any(n IN row.names WHERE n <> a.name) OR any(k IN row.kinds WHERE k <> a.kind))
RETURN a.id AS id, a.kind AS kind, a.known_kind AS known, a.aliases AS aliases
"""

_SET_SOURCES = KEEP_PLAN + """
UNWIND $sources AS row
MATCH (s:Source {id: row.id})
SET s.url = row.url, s.title = row.title, s.publisher = row.publisher,
    s.published = row.published, s.published_text = row.published_text,
    s.content_hash = row.hash
"""

# A claim keeps its source's date (`published`, for the pair index's walks in date
# order); when a stored source's date changes, its claims take the new one.
_SET_CLAIM_DATES = KEEP_PLAN + """
UNWIND $ids AS sid
MATCH (s:Source {id: sid})<-[:REPORTED_IN]-(c:Claim)
SET c.published = s.published
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
CALL (c) { MATCH (c)-[r:AGAINST|ON_BEHALF_OF|REPORTED_IN|RESPONDS_TO]->() DELETE r }
"""

# A written claim's target and the body its actor spoke for, when it has them; the
# name and kind the claim used for each stay on the relationship, as on MADE.
_PARTIES = """
WITH c, row
CALL (c, row) {
  WITH c, row WHERE row.target_id IS NOT NULL
  MATCH (t:Actor {id: row.target_id})
  CREATE (c)-[:AGAINST {name: row.target_name, kind: row.target_kind}]->(t)
}
CALL (c, row) {
  WITH c, row WHERE row.speaks_for_id IS NOT NULL
  MATCH (b:Actor {id: row.speaks_for_id})
  CREATE (c)-[:ON_BEHALF_OF {name: row.speaks_for_name, kind: row.speaks_for_kind}]->(b)
}
"""

# Every claim written here has a node (from _CLAIM_NODES) and no outgoing
# relationship (new, or stripped by _CLEAR_CLAIMS), so relationships are CREATEd.
_WRITE_CLAIMS = KEEP_PLAN + """
UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
MATCH (s:Source {id: row.source_id})
MATCH (a:Actor {id: row.actor_id})
SET c.action = row.action, c.allegation = row.allegation, c.quote = row.quote,
    c.start = row.start, c.end = row.end, c.hedged = row.hedged, c.negated = row.negated,
    c.confidence = row.confidence, c.extractor = row.extractor,
    c.plover = row.plover, c.cameo = row.cameo, c.responds_to = row.responds_to,
    c.content_hash = row.hash, c.pair = row.pair, c.published = s.published
CREATE (c)-[:REPORTED_IN]->(s)
CREATE (a)-[:MADE {name: row.actor_name, kind: row.actor_kind}]->(c)
MERGE (e:Evidence {id: row.ev_id})
SET e.status = row.ev_status, e.description = row.ev_description
CREATE (c)-[:CITES]->(e)
""" + _PARTIES

# Claims that did not exist, on the fast path: node, evidence and relationships
# created in one go (properties that are null are simply not set, as SET does).
_CREATE_CLAIMS = KEEP_PLAN + """
UNWIND $rows AS row
MATCH (s:Source {id: row.source_id})
MATCH (a:Actor {id: row.actor_id})
CREATE (c:Claim {id: row.id, action: row.action, allegation: row.allegation, quote: row.quote,
    start: row.start, end: row.end, hedged: row.hedged, negated: row.negated,
    confidence: row.confidence, extractor: row.extractor, plover: row.plover, cameo: row.cameo,
    responds_to: row.responds_to, content_hash: row.hash, pair: row.pair, published: s.published})
CREATE (c)-[:REPORTED_IN]->(s)
CREATE (a)-[:MADE {name: row.actor_name, kind: row.actor_kind}]->(c)
CREATE (c)-[:CITES]->(:Evidence {id: row.ev_id, status: row.ev_status, description: row.ev_description})
""" + _PARTIES

# The keys of a claim row the write statement reads (the rest stay in Python).
_WRITE_KEYS = ("id", "source_id", "actor_id", "actor_name", "actor_kind", "target_id", "target_name", "target_kind",
               "speaks_for_id", "speaks_for_name", "speaks_for_kind", "action",
               "allegation", "quote", "start", "end", "hedged", "negated", "confidence", "extractor",
               "plover", "cameo", "responds_to", "hash", "pair", "ev_id", "ev_status", "ev_description")

# A claim's `responds_to` property is the truth; the relationship exists while both
# claims do. Two directions: written claims that answer a stored one, and stored
# claims that answer a written one. The hints keep a plan made while the graph
# was small (plans are cached) from scanning all claims once per id.
_LINK_ANSWERS = KEEP_PLAN + """
UNWIND $links AS link
MATCH (c:Claim {id: link.id})
USING INDEX c:Claim(id)
MATCH (t:Claim {id: link.answers})
USING INDEX t:Claim(id)
MERGE (c)-[:RESPONDS_TO]->(t)
"""

_LINK_ANSWERED = KEEP_PLAN + """
UNWIND $ids AS cid
MATCH (c:Claim {responds_to: cid})
USING INDEX c:Claim(responds_to)
MATCH (t:Claim {id: cid})
USING INDEX t:Claim(id)
MERGE (c)-[:RESPONDS_TO]->(t)
"""

_MERGED_IDS = """
MATCH (a:Actor) WHERE a.merged_ids IS NOT NULL
UNWIND a.merged_ids AS merged
RETURN merged, a.id AS keep
"""


# ------------------------------------------------------------------ one batch

@dataclass
class _BatchResult:
    created: int = 0
    unchanged: int = 0
    replaced: int = 0
    deleted: int = 0
    sources_loaded: int = 0
    sources_skipped: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class _Prepared:
    """A batch with its rows built (outside the transaction, while the previous batch is written)."""

    groups: list[SourceGroup]
    rows: dict[str, list[dict[str, Any]]]  # per source id, one row per claim
    sources: list[dict[str, Any]]          # the Source rows, sorted by id (lock order)

    @property
    def n_claims(self) -> int:
        return sum(len(g.claims) for g in self.groups)


def _prepare(groups: list[SourceGroup], resolve: dict[str, str]) -> _Prepared:
    rows = {g.source.id: [claim_row(c, h, resolve) for c, h in zip(g.claims, g.hashes)] for g in groups}
    sources = sorted((source_row(g.source, g.hash) for g in groups), key=lambda r: r["id"])
    return _Prepared(groups, rows, sources)


def _state(old: dict[str, Any]) -> ClaimState:
    return ClaimState(old["actor"], old["target"], old["action"], bool(old["negated"]), old["source"], old["body"])


def _row_state(row: dict[str, Any]) -> ClaimState:
    return ClaimState(row["actor_id"], row["target_id"], row["action"], row["negated"], row["source_id"],
                      row["speaks_for_id"])


def _stored_source(r: dict[str, Any]) -> SourceRef:
    published = r["published_text"] or (r["published"].iso_format() if r["published"] is not None else None)
    return SourceRef(id=r["id"], url=r["url"], title=r["title"], publisher=r["publisher"], published=published)


def _merged_source(group: SourceGroup, stored: dict[str, Any] | None,
                   existing: dict[str, dict[str, Any]], gone: set[str]) -> tuple[SourceRef, str]:
    """Metadata and hash of a source after merging a part of it into what is stored (but the `gone` claims)."""
    kept = {cid: old["hash"] for cid, old in existing.items()
            if old["source"] == group.source.id and cid not in gone}
    kept.update(zip((c.id for c in group.claims), group.hashes))
    source = group.source
    # The first claim by id decides a source's metadata, as when the source comes whole.
    part = {c.id for c in group.claims}
    stored_ids = [cid for cid in kept if cid not in part]
    if stored is not None and stored_ids and min(stored_ids) < group.claims[0].id:
        source = _stored_source(stored)
    return source, hash_of_claim_set(source, kept.values())


def _kept_at_a_cut(group: SourceGroup, missing: list[tuple[int, str]]) -> set[str]:
    """Of the stored claims (start, id) the group does not hold, those a cut of the input may have left out."""
    starts = [c.span[0] for c in group.claims]
    first, last = min(starts), max(starts)
    return {cid for start, cid in missing if start is not None and (
        (group.cut_before and start <= first) or (group.cut_after and start >= last))}


def _cut_note(group: SourceGroup, kept: int) -> str:
    where = " and ".join(w for w, cut in (("before", group.cut_before), ("after", group.cut_after)) if cut)
    return (f"source {group.source.id} ({group.source.url or 'no URL'}): kept {kept} stored claim"
            f"{'s' if kept > 1 else ''} this input does not hold, which lie {where} all of its claims here "
            "(the input may be cut in the middle of this source); load the whole file, or load with "
            "--replace to drop them")


def _load_batch(tx: ManagedTransaction, batch: _Prepared, force: bool, fast: bool = False) -> _BatchResult:
    """One transaction: replace (or, for later parts, extend) the claim sets of these sources. Safe to retry.

    With `fast`, claims not in the graph are found by a plain read and CREATEd
    (a concurrent creator of the same id makes this fail on the uniqueness
    constraint: the caller then runs the batch again without `fast`); without
    it, every incoming claim id is MERGEd first, which locks it.
    """
    result = _BatchResult()
    stored = {r["id"]: r.data() for r in tx.run(_LOCK_SOURCES, sources=batch.sources)}
    todo = [g for g in batch.groups
            if force or g.merge or (stored.get(g.source.id) or {}).get("hash") != g.hash]
    result.sources_skipped = len(batch.groups) - len(todo)
    result.unchanged = batch.n_claims - sum(len(g.claims) for g in todo)
    if not todo:
        return result
    result.sources_loaded = len(todo)

    rows = [row for g in todo for row in batch.rows[g.source.id]]
    existing = _stored_claims(tx, rows, [g.source.id for g in todo if g.source.id in stored], fast)
    incoming = {r["id"]: r for r in rows}
    claims = _claim_writes(rows, existing, force, fast, result)
    stale, partial = _stale_claims(todo, incoming, existing, result)
    sources = _source_changes(todo, stored, incoming, existing, stale, partial)

    removed = [_state(existing[cid]) for cid in stale + claims.clear]
    plan = plan_edges((_state(old) for old in existing.values()), removed,
                      (_row_state(r) for r in claims.write), sources.published, sources.changed, sources.publishers)
    dirty = _settle_actors(tx, claims.write, removed, plan.recompute)
    _write_changes(tx, [r for r in sources.rows if r["id"] in stored], sources.redated, stale, claims)
    apply_edge_plan(tx, plan)
    refresh_actors(tx, dirty)
    return result


def _stored_claims(tx: ManagedTransaction, rows: list[dict[str, Any]], reloaded: list[str],
                   fast: bool) -> dict[str, dict[str, Any]]:
    """The stored claims of the `reloaded` sources, and the nodes of the incoming
    claim ids: with `fast`, a plain read of those not found yet; without it,
    every incoming id MERGEd, which locks it."""
    existing = {r["id"]: r.data() for r in tx.run(_SOURCE_CLAIMS, ids=reloaded)} if reloaded else {}
    if fast:
        unknown = [r["id"] for r in rows if r["id"] not in existing]
        existing.update((r["id"], r.data()) for r in tx.run(_EXISTING_CLAIMS, ids=unknown))
    else:
        existing.update((r["id"], r.data()) for r in tx.run(_CLAIM_NODES, ids=[r["id"] for r in rows]))
    return existing


@dataclass
class _ClaimWrites:
    """What a batch does to claim nodes."""

    write: list[dict[str, Any]] = field(default_factory=list)  # rows to write: new, changed or forced
    clear: list[str] = field(default_factory=list)             # ids whose stored content goes first
    create: set[str] = field(default_factory=set)              # fast path: ids with no node yet


def _claim_writes(rows: list[dict[str, Any]], existing: dict[str, dict[str, Any]], force: bool, fast: bool,
                  result: _BatchResult) -> _ClaimWrites:
    """Each incoming row compared with its stored claim (counted in `result`)."""
    out = _ClaimWrites()
    for row in rows:
        old = existing.get(row["id"])
        if old is None:
            result.created += 1
            out.write.append(row)
            if fast:
                out.create.add(row["id"])
        elif old["hash"] is None:  # a bare node no load wrote (only the fast path sees one): written over
            result.created += 1
            out.clear.append(row["id"])
            out.write.append(row)
        elif old["hash"] == row["hash"] and old["source"] == row["source_id"]:
            result.unchanged += 1
            if force:  # rewrite anyway: repairs a graph edited by hand
                out.clear.append(row["id"])
                out.write.append(row)
        else:
            result.replaced += 1
            out.clear.append(row["id"])
            out.write.append(row)
    return out


def _stale_claims(todo: list[SourceGroup], incoming: dict[str, dict[str, Any]],
                  existing: dict[str, dict[str, Any]], result: _BatchResult) -> tuple[list[str], set[str]]:
    """Stored claims of a loaded source that the input does not hold: deleted when
    the source is replaced, but kept where the input cannot vouch for it (stream.py).

    Returns the ids to delete, sorted, and the replaced sources that keep some
    stored claims (hashed as merged); notes and the count go to `result`.
    """
    missing: dict[str, list[tuple[int, str]]] = {}
    for cid, old in existing.items():
        if cid not in incoming and old["source"] is not None:
            missing.setdefault(old["source"], []).append((old["start"], cid))
    stale: list[str] = []
    partial: set[str] = set()
    for g in todo:
        gone = missing.get(g.source.id, [])
        if g.merge:
            if g.rejected and gone:
                result.notes.append(
                    f"{g.rejected}: rejected, so source {g.source.id} ({g.source.url or 'no URL'}) was merged, "
                    f"not replaced: its {len(gone)} stored claim{'s' if len(gone) > 1 else ''} this input "
                    "does not hold are kept; fix the line and load again")
            continue
        kept = _kept_at_a_cut(g, gone) if (g.cut_before or g.cut_after) and gone else set()
        if kept:
            partial.add(g.source.id)
            result.notes.append(_cut_note(g, len(kept)))
        stale.extend(cid for _, cid in gone if cid not in kept)
    stale.sort()
    result.deleted = len(stale)
    return stale, partial


@dataclass
class _SourceChanges:
    """The loaded sources after a batch, and what changes for the stored ones."""

    rows: list[dict[str, Any]]      # one Source row per loaded source
    published: dict[str, Any]       # source id -> its day
    publishers: dict[str, Any]      # source id -> its publisher
    redated: list[str]              # stored sources whose day changes
    changed: list[str]              # stored sources whose day or publisher changes


def _source_changes(todo: list[SourceGroup], stored: dict[str, dict[str, Any]],
                    incoming: dict[str, dict[str, Any]], existing: dict[str, dict[str, Any]],
                    stale: list[str], partial: set[str]) -> _SourceChanges:
    """Replaced sources take the incoming metadata and hash; later parts (and
    replaced sources that keep stored claims) are merged into what is stored."""
    moved_away = {cid for cid, row in incoming.items() if cid in existing
                  and existing[cid]["source"] != row["source_id"]}
    source_rows, published, publishers = [], {}, {}
    for g in todo:
        if g.merge or g.source.id in partial:
            source, content_hash = _merged_source(g, stored.get(g.source.id), existing, moved_away | set(stale))
        else:
            source, content_hash = g.source, g.hash
        source_rows.append(source_row(source, content_hash))
        published[g.source.id] = source_rows[-1]["published"]
        publishers[g.source.id] = source_rows[-1]["publisher"]
    redated = [sid for sid, day in published.items() if sid in stored and (
        stored[sid]["published"].to_native() if stored[sid]["published"] else None) != day]
    changed = [sid for sid in published if sid in stored and (
        sid in redated or stored[sid]["publisher"] != publishers[sid])]
    return _SourceChanges(source_rows, published, publishers, redated, changed)


def _settle_actors(tx: ManagedTransaction, written: list[dict[str, Any]], removed: list[ClaimState],
                   recompute: set[tuple[str, str, str]]) -> set[str]:
    """Actors: create new ones, lock all (those of the claims `written` and
    `removed`, and of the derived edges to `recompute`), settle names and kinds
    that this batch may change. Returns the actors left to `refresh_actors`.

    Kinds: a stored actor keeps its kind without a recount when the batch only
    adds claims guessing that kind (or `unknown`), or alias data fix it
    (`rules.kind_stays`); an actor that loses claims is refreshed anyway."""
    names: dict[str, Counter[str]] = {}
    kinds: dict[str, Counter[str]] = {}
    for row in written:
        for key in ("actor", "target", "speaks_for"):
            aid = row[f"{key}_id"]
            if aid:
                kinds.setdefault(aid, Counter())[row[f"{key}_kind"]] += 1
                names.setdefault(aid, Counter())[row[f"{key}_name"]] += 1
    dirty = {x for state in removed for x in state.actors}
    touched = set(names) | dirty | {x for t in recompute for x in t[:2]}
    actor_rows = [{**new_actor_row(aid, kinds[aid], names[aid]), "kinds": sorted(kinds[aid])} if aid in names
                  else {"id": aid, "kind": None, "name": None, "names": [], "keys": [], "kinds": []}
                  for aid in sorted(touched)]
    settle = []
    for r in tx.run(_MERGE_ACTORS, actors=actor_rows):
        all_names = set(r["aliases"] or []) | set(names[r["id"]])
        name = settled_name(r["id"], all_names)
        if name is None or not kind_stays(r["kind"], r["known"], kinds[r["id"]]):
            dirty.add(r["id"])
        else:
            settle.append(actor_name_row(r["id"], name, sorted(all_names)))
    if settle:
        tx.run(SET_ACTOR_NAMES, rows=settle).consume()
    return dirty


def _write_changes(tx: ManagedTransaction, updated: list[dict[str, Any]], redated: list[str], stale: list[str],
                   claims: _ClaimWrites) -> None:
    """The batch's writes to stored sources and to claims, with their RESPONDS_TO links."""
    if updated:
        tx.run(_SET_SOURCES, sources=updated).consume()
    if redated:
        tx.run(_SET_CLAIM_DATES, ids=redated).consume()
    if stale:
        tx.run(_DELETE_CLAIMS, ids=stale).consume()
    if claims.clear:
        tx.run(_CLEAR_CLAIMS, ids=claims.clear).consume()
    if claims.write:
        rewrite = [{k: r[k] for k in _WRITE_KEYS} for r in claims.write if r["id"] not in claims.create]
        if rewrite:
            tx.run(_WRITE_CLAIMS, rows=rewrite).consume()
        if claims.create:
            tx.run(_CREATE_CLAIMS, rows=[{k: r[k] for k in _WRITE_KEYS} for r in claims.write
                                         if r["id"] in claims.create]).consume()
        links = [{"id": r["id"], "answers": r["responds_to"]} for r in claims.write if r["responds_to"]]
        if links:
            tx.run(_LINK_ANSWERS, links=links).consume()
        tx.run(_LINK_ANSWERED, ids=[r["id"] for r in claims.write]).consume()


class _Writer:
    """Writes prepared batches one after the other (in the loader's writer thread)."""

    def __init__(self, driver: Driver, database: str, force: bool):
        self.driver, self.database, self.force = driver, database, force
        # Probe with a cheap read first while batches turn out to be loaded already
        # (a resumed load), so they are not write-locked; stop at the first that is not.
        self.probe = not force

    def __call__(self, batch: _Prepared) -> _BatchResult:
        if self.probe and not any(g.merge for g in batch.groups):
            sources = [{"id": r["id"], "hash": r["hash"]} for r in batch.sources]
            done = db.read(self.driver, self.database,
                           lambda tx: tx.run(_ALREADY_LOADED, sources=sources).single()["n"])
            if done == len(sources):
                return _BatchResult(unchanged=batch.n_claims, sources_skipped=len(sources))
            self.probe = False
        # The fast path first; a batch that met a concurrent creator of one of its
        # nodes runs again on the MERGE path, which waits for it instead.
        return db.write_or_fallback(self.driver, self.database,
                                    partial(_load_batch, fast=True), partial(_load_batch, fast=False),
                                    batch, self.force)


def _read_merged_ids(tx: ManagedTransaction) -> dict[str, str]:
    return {r["merged"]: r["keep"] for r in tx.run(_MERGED_IDS)}


# ------------------------------------------------------------------ the load

def load_claims(driver: Driver, claims: Iterable[Claim], *, database: str = "neo4j",
                batch_size: int = DEFAULT_BATCH_SIZE, force: bool = False,
                progress: Callable[[int], None] | None = None,
                rejected: Sequence[RecordError] | None = None, guard_cut: bool = False,
                note: Callable[[str], None] | None = None,
                known_names: Mapping[str, Iterable[str]] | None = None,
                known_kinds: Mapping[str, str] | None = None) -> LoadReport:
    """Load claims, replacing the claim set of every source they come from.

    Claims are grouped by source through a look-ahead window (an input that
    fits in it is read whole before anything is written, so a bad line found
    there writes nothing), then written in transactions of about `batch_size`
    claims made of whole sources. One batch is written while the next is
    prepared.

    Args:
        force: rewrite sources whose stored hash says they are already loaded.
        progress: called after each batch with the number of claims it covered.
        rejected: the reader's bad lines, appended to while `claims` is read; a
            source with one is merged, not replaced (see `stream.py`).
        guard_cut: the input may be a file cut in the middle of a source: keep
            the stored claims of its first and last source that the cut may
            have left out (see `stream.py`); `load --replace` turns it off.
        note: told, in one line each, about every source whose stored claims
            were kept where a replace would have deleted them.
        known_names: `{actor id: names}` a gazetteer knows; once the claims are
            in, the actors of the graph among them can be found by those names
            too (`names.add_known_names`).
        known_kinds: `{actor id: kind}` the gazetteer (then the alias file)
            gives; the actors of the graph among them take that kind, whatever
            their claims guessed (`names.add_known_kinds`).

    Raises:
        DatabaseError (and subclasses) on any database failure; the batches
        committed before it stay, and running the same load again resumes.
    """
    if batch_size < 1:
        raise InputError(f"batch size must be at least 1, got {batch_size}")
    report = LoadReport()
    resolve: dict[str, str] | None = None
    pending: tuple[Future[_BatchResult], int] | None = None

    def finish(job: tuple[Future[_BatchResult], int]) -> None:
        done = job[0].result()
        for name in ("created", "unchanged", "replaced", "deleted", "sources_loaded", "sources_skipped"):
            setattr(report, name, getattr(report, name) + getattr(done, name))
        for message in done.notes:
            if note is not None:
                note(message)
        if progress:
            progress(job[1])

    write = _Writer(driver, database, force)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="accusegraph-load") as executor:
        groups_read = source_group_stream(claims, report, batch_size, rejected=rejected, guard_cut=guard_cut,
                                          note=note)
        for groups in batches(groups_read, batch_size):
            if resolve is None:  # first batch: the input's first window was read without error
                _upgrade_and_schema(driver, database)
                resolve = db.read(driver, database, _read_merged_ids)
            prepared = _prepare(groups, resolve)
            if pending is not None:
                finish(pending)
                pending = None
            pending = (executor.submit(write, prepared), prepared.n_claims)
        if pending is not None:
            finish(pending)
    if resolve is None:
        _upgrade_and_schema(driver, database)
    if known_names:
        add_known_names(driver, database, known_names)
    if known_kinds:
        add_known_kinds(driver, database, known_kinds)
    return report


def _upgrade_and_schema(driver: Driver, database: str) -> None:
    """Keys an older graph lacks (each step looks for the index that `ensure_schema` then creates),
    and name ids for actors still named by kind (`actor_ids.py`)."""
    add_claim_keys_to_an_older_graph(driver, database)
    add_name_keys_to_an_older_graph(driver, database)
    move_to_name_ids(driver, database)
    ensure_schema(driver, database)
