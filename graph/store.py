"""Managing what the store holds: list the sources, delete some, or empty it.

Rules this module keeps:

- **A source goes with everything only it gave.** Deleting a source deletes its
  claims with their evidence, and then, in the same transaction, does what the
  loader does when a reload drops claims: the derived edges of the triples
  those claims counted for are aggregated again from the claims left
  (`derived.lock_and_recompute_edges`), and the actors they named get their
  names again from the claims left, or go when none is left
  (`derived.refresh_actors`; an actor that holds a merge decision stays).
  A claim of another source that answered a deleted claim keeps its
  `responds_to` id (the loader's rule: the `RESPONDS_TO` relationship exists
  while both claims do), so loading the source again links it back.
- **All or nothing.** Every source named must be in the store, or nothing is
  deleted: one line names the first unknown one.
- **Reset empties the store of accusegraph's nodes** (the labels of
  `schema.LABELS` and their relationships), in batches of auto-commit
  transactions so a large graph does not need one huge transaction; the
  constraints and indexes stay.

A source is named by its id (as `sources list` shows it) or by its URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

from accusegraph.errors import InputError, counted

from . import db
from .derived import LOCK_ACTORS, lock_and_recompute_edges, refresh_actors
# the loader's own statements and reading of a stored claim, so a deletion is a reload's
from .load import _DELETE_CLAIMS, _SOURCE_CLAIMS, _state
from .schema import LABELS, checked_label

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

_LIST_SOURCES = """
MATCH (s:Source)
RETURN s.id AS id, COUNT { (s)<-[:REPORTED_IN]-(:Claim) } AS claims, s.title AS title,
       s.publisher AS publisher, coalesce(s.published_text, toString(s.published)) AS published, s.url AS url
ORDER BY published, id
"""

# A source named by id or URL; a URL may belong to one source only (its id is its hash).
_FIND_SOURCES = """
UNWIND $names AS name
OPTIONAL MATCH (s:Source) WHERE s.id = name OR s.url = name
RETURN name, collect(s.id) AS ids
"""

_DELETE_SOURCES = """
UNWIND $ids AS sid
MATCH (s:Source {id: sid})
DETACH DELETE s
"""

# {label} comes from schema.checked_label. Auto-commit only (CALL ... IN TRANSACTIONS).
_DELETE_LABEL = "MATCH (n:{label}) CALL (n) {{ DETACH DELETE n }} IN TRANSACTIONS OF 5000 ROWS"
_COUNT_LABEL = "MATCH (n:{label}) RETURN count(n) AS n"


@dataclass(frozen=True)
class SourceDeletion:
    """What `delete_sources` removed."""

    sources: int
    claims: int
    actors: int

    def __str__(self) -> str:
        return (f"deleted {counted(self.sources, 'source')}, {counted(self.claims, 'claim')} and "
                f"{counted(self.actors, 'actor')} no other claim names")


def list_sources(driver: Driver, database: str = "neo4j") -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of every stored source: id, claim count, title, publisher, date, URL (by date)."""
    def work(tx: ManagedTransaction):
        result = tx.run(_LIST_SOURCES)
        return list(result.keys()), [list(r.values()) for r in result]
    return db.read(driver, database, work)


def resolve_sources(tx: ManagedTransaction, names: Sequence[str]) -> list[str]:
    """The ids of the sources `names` give (ids or URLs), in order, without repeats.

    Raises:
        InputError: for the first name no stored source has.
    """
    found = {r["name"]: r["ids"] for r in tx.run(_FIND_SOURCES, names=list(dict.fromkeys(names)))}
    ids: list[str] = []
    for name in names:
        if not found.get(name):
            raise InputError(f"no source {name!r} in the store: give an id or URL that "
                             "`accusegraph sources list` shows; nothing was deleted")
        ids.extend(i for i in found[name] if i not in ids)
    return ids


def _delete(tx: ManagedTransaction, names: Sequence[str]) -> SourceDeletion:
    ids = resolve_sources(tx, names)
    claims = [r.data() for r in tx.run(_SOURCE_CLAIMS, ids=ids)]
    states = [_state(c) for c in claims]
    actors = sorted({x for s in states for x in s.actors})
    # lock the actors first (sorted), as a load does, so a concurrent load waits
    tx.run(LOCK_ACTORS, ids=actors).consume()
    before = _count(tx, "Actor")
    tx.run(_DELETE_CLAIMS, ids=[c["id"] for c in claims]).consume()
    tx.run(_DELETE_SOURCES, ids=ids).consume()
    lock_and_recompute_edges(tx, sorted({s.triple for s in states if s.triple}))
    refresh_actors(tx, actors)
    return SourceDeletion(sources=len(ids), claims=len(claims), actors=before - _count(tx, "Actor"))


def _count(tx: ManagedTransaction, label: str) -> int:
    return tx.run(_COUNT_LABEL.format(label=checked_label(label))).single()["n"]


def delete_sources(driver: Driver, names: Sequence[str], database: str = "neo4j") -> SourceDeletion:
    """Delete these sources (ids or URLs) and whatever only they gave, in one transaction.

    Raises:
        InputError: no names, or a name no stored source has (then nothing is deleted).
    """
    if not names:
        raise InputError("name at least one source to delete (its id or URL; see `accusegraph sources list`)")
    return db.write(driver, database, _delete, list(names))


def reset_store(driver: Driver, database: str = "neo4j") -> dict[str, int]:
    """Delete every accusegraph node (and so every relationship) in the store; returns the counts per label."""
    counts = {label: db.read(driver, database, _count, label) for label in LABELS}
    with db.session(driver, database) as s:
        for label in LABELS:
            s.run(_DELETE_LABEL.format(label=checked_label(label))).consume()
    return counts
