"""An actor's name keys in the graph: how the saved queries find an actor by name.

Rule: a saved query looks a name up in one line, against the full-text index
`actor_keys` (schema.py), with the parameter already made a key by the runner
(`rules.name_key`); no query needs the gazetteer or a text rule of its own.
The index covers two properties of each actor:

- `name_keys`: `rules.name_keys` of its aliases (the names its claims use),
  written by the loader with the aliases (`derived.actor_name_row`);
- `known_keys`: the whole keys of the names a gazetteer knows for it (NSA for
  the National Security Agency), given to the load by its caller (the command
  line passes ingest's gazetteer and any `--aliases` file). They are added,
  never removed, so a later load without an alias file keeps what an earlier
  one added.

The same callers give the kinds the alias data know (`add_known_kinds`): an
actor's `known_kind`, which its `kind` then follows (`rules.settled_kind`).

A graph loaded before actors kept name keys (its schema has no `actor_keys`
index) gets them at its next load, before the index is created.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping

from . import db
from .rules import name_key, name_keys

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

BATCH = 5000

_ADD_KNOWN_KEYS = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
WITH a, [k IN row.keys WHERE NOT k IN coalesce(a.known_keys, [])] AS new
WHERE new <> []
SET a.known_keys = coalesce(a.known_keys, []) + new
"""

# A kind the alias data give is the actor's kind (`rules.settled_kind`), kept as `known_kind`.
_SET_KNOWN_KINDS = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
WHERE a.known_kind IS NULL OR a.known_kind <> row.kind OR a.kind <> row.kind
SET a.known_kind = row.kind, a.kind = row.kind
"""

_SET_NAME_KEYS = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.name_keys = row.keys
"""


def known_key_rows(known: Mapping[str, Iterable[str]]) -> list[dict[str, Any]]:
    """`{actor id: names}` as rows of sorted whole keys (`rules.name_key`), blank keys left out."""
    rows = []
    for actor_id, names in sorted(known.items()):
        keys = sorted({k for k in (name_key(n) for n in names) if k})
        if keys:
            rows.append({"id": actor_id, "keys": keys})
    return rows


def add_known_names(driver: Driver, database: str, known: Mapping[str, Iterable[str]]) -> None:
    """Give the actors in the graph that `known` names (by id) the keys of those names as `known_keys`."""
    rows = known_key_rows(known)
    for i in range(0, len(rows), BATCH):
        chunk = rows[i:i + BATCH]
        db.write(driver, database, lambda tx: tx.run(_ADD_KNOWN_KEYS, rows=chunk).consume())


def add_known_kinds(driver: Driver, database: str, known: Mapping[str, str]) -> None:
    """Give the actors in the graph that `known` names (by id) that kind, as `known_kind` and `kind`."""
    rows = [{"id": aid, "kind": kind} for aid, kind in sorted(known.items()) if kind and kind != "unknown"]
    for i in range(0, len(rows), BATCH):
        chunk = rows[i:i + BATCH]
        db.write(driver, database, lambda tx: tx.run(_SET_KNOWN_KINDS, rows=chunk).consume())


def add_name_keys_to_an_older_graph(driver: Driver, database: str = "neo4j") -> bool:
    """Give every actor its `name_keys` if the graph predates them; returns whether it did.

    Call it before `ensure_schema`, which creates the index it looks for; a run
    cut short leaves the index missing, so the next load does it again.
    """
    def missing(tx: ManagedTransaction) -> bool:
        indexed = tx.run("SHOW INDEXES YIELD name WHERE name = 'actor_keys' RETURN count(*) AS n").single()["n"]
        return not indexed and tx.run("MATCH (a:Actor) RETURN count(a) > 0 AS any").single()["any"]

    if not db.read(driver, database, missing):
        return False
    after = ""
    while True:
        page = db.read(driver, database, lambda tx: [r.data() for r in tx.run(
            "MATCH (a:Actor) WHERE a.id > $after RETURN a.id AS id, coalesce(a.aliases, [a.name]) AS aliases "
            "ORDER BY a.id LIMIT $n", after=after, n=BATCH)])
        if not page:
            return True
        rows = [{"id": r["id"], "keys": name_keys(r["aliases"] or [])} for r in page]
        db.write(driver, database, lambda tx: tx.run(_SET_NAME_KEYS, rows=rows).consume())
        after = page[-1]["id"]
