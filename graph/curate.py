"""The curation file applied to a graph that already holds the claims, and read from it.

Rule: after a curation command, the graph is what loading its sources again
with the new curation gives. So a command changes nothing in Neo4j itself: it
reads the affected sources' claims back (`read.claims_of_sources`, which gives
the records that were loaded), curates them (`curation.curate`, idempotent) and
loads them with `load_claims(force=True)`, which replaces each source's claim
set and keeps the derived edges, actor names and `RESPONDS_TO` links true in
the same transaction as it always does. A source left with no claim goes as
`sources delete` removes one (`store.delete_sources`).

Actors are found by the names the curation uses: a name stands for the actor
whose id the model makes from it (`curation.actor_key`); a name that is only an
alias of a stored actor stands for that actor when its stored name is the one
its id was made from.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from accusegraph.curation import Curation, actor_ids, actor_key, added_claims, curate
from accusegraph.errors import InputError, counted

from . import db
from .load import LoadReport, load_claims
from .read import claims_of_sources
from .rules import name_key
from .store import delete_sources

if TYPE_CHECKING:
    from neo4j import Driver

_CLAIM_SOURCE = """
MATCH (c:Claim {id: $id})-[:REPORTED_IN]->(s:Source)
RETURN s.id AS source
"""

_ACTORS_BY_ID = """
UNWIND $ids AS aid
MATCH (a:Actor {id: aid})
RETURN a.id AS id, a.name AS name, a.kind AS kind
"""

_ACTORS_BY_ALIAS = """
MATCH (a:Actor)
WHERE any(x IN coalesce(a.aliases, [a.name]) WHERE toLower(x) = toLower($name))
RETURN a.id AS id, a.name AS name, a.kind AS kind
"""

_SOURCES_OF_ACTORS = """
UNWIND $ids AS aid
MATCH (a:Actor {id: aid})
CALL (a) {
  MATCH (a)-[:MADE]->(:Claim)-[:REPORTED_IN]->(s:Source)
  RETURN s.id AS source
  UNION
  MATCH (c:Claim)-[:AGAINST|ON_BEHALF_OF]->(a)
  MATCH (c)-[:REPORTED_IN]->(s:Source)
  RETURN s.id AS source
}
RETURN DISTINCT source
"""

_SOURCE_EXISTS = "MATCH (s:Source {id: $id}) RETURN s.id AS id"

_ACTOR_TABLE = """
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, [a.name]) AS aliases,
       COUNT { (a)-[:MADE]->(:Claim) } + COUNT { (:Claim)-[:AGAINST|ON_BEHALF_OF]->(a) } AS claims
ORDER BY a.id
"""


@dataclass(frozen=True)
class StoredActor:
    id: str
    name: str
    kind: str


def claim_source(driver: Driver, claim_id: str, database: str = "neo4j") -> str:
    """The source of a stored claim.

    Raises:
        InputError: no claim has that id.
    """
    row = db.read(driver, database, lambda tx: tx.run(_CLAIM_SOURCE, id=claim_id).single())
    if row is None:
        raise InputError(f"no claim {claim_id!r} in the store: give an id as `accusegraph query dossier` "
                         "or `export` shows it")
    return row["source"]


def source_stored(driver: Driver, source_id: str, database: str = "neo4j") -> bool:
    return db.read(driver, database, lambda tx: tx.run(_SOURCE_EXISTS, id=source_id).single()) is not None


def find_actor(driver: Driver, name: str, database: str = "neo4j",
               known: Mapping[str, str] | None = None) -> tuple[str, list[StoredActor]]:
    """The name by which the curation should record the stored actor `name` means, and its actors.

    `name` itself when actors have the id the model makes from it, or the
    gazetteer's canonical name when it knows `name` as a form of an actor (NSA);
    else the name the id was made from (its stored name, or the gazetteer's) of
    the one actor that has `name` as an alias.

    `known` is the gazetteer's canonical name of each form it knows (case folded) and of
    each actor id it makes; the roof gives it (accusegraph.pipeline.gazetteer_names), since
    the gazetteer belongs to ingest/, which this layer does not import.

    Raises:
        InputError: no stored actor goes by `name`, or several different ones do.
    """
    known = known or {}
    for candidate in dict.fromkeys([name, known.get(name.casefold(), name)]):
        by_id = [StoredActor(**r) for r in db.read(driver, database, lambda tx: [
            r.data() for r in tx.run(_ACTORS_BY_ID, ids=sorted(actor_ids(candidate)))])]
        if by_id:
            return candidate, by_id
    by_alias = [StoredActor(**r) for r in db.read(driver, database, lambda tx: [
        r.data() for r in tx.run(_ACTORS_BY_ALIAS, name=name)])]
    # the name its id was made from: its stored name, or the gazetteer's name for it
    canonical = {a.id: a.name if a.name and a.id in actor_ids(a.name) else known.get(a.id) for a in by_alias}
    if len(by_alias) > 1:
        raise InputError(f"{name!r} is a name of {len(by_alias)} actors ("
                         + ", ".join(repr(canonical[a.id] or a.name) for a in by_alias[:5])
                         + "): give the one you mean by its full name")
    if by_alias and canonical[by_alias[0].id]:
        return canonical[by_alias[0].id], by_alias
    raise InputError(f"no actor named {name!r} in the store: give a name as `accusegraph query dossier` "
                     "or `accusegraph actors suggest` shows it")


def sources_naming(driver: Driver, names: Iterable[str], database: str = "neo4j") -> list[str]:
    """The sources of every claim by, against or on behalf of the actors these names stand for."""
    ids = sorted({aid for n in names for aid in actor_ids(n)})
    return db.read(driver, database, lambda tx: sorted(r["source"] for r in tx.run(_SOURCES_OF_ACTORS, ids=ids)))


@dataclass
class Applied:
    """What applying a curation change to the graph did."""

    sources: int
    load: LoadReport | None
    emptied: int = 0

    def __str__(self) -> str:
        text = f"graph updated: {self.sources} source{'s' if self.sources != 1 else ''} reloaded"
        if self.load is not None:
            text += f" ({self.load.created} claims created, {self.load.replaced} replaced, " \
                    f"{self.load.deleted} deleted)"
        if self.emptied:
            text += f"; {self.emptied} left with no claim, deleted"
        return text


def apply_to_sources(driver: Driver, source_ids: Sequence[str], curation: Curation,
                     database: str = "neo4j", drop: Iterable[str] = ()) -> Applied:
    """Make these sources' claims in the graph what `curation` gives from them (see the module rule).

    A source not in the graph yet gets the claims the curation adds to it. `drop`: ids of
    stored claims that the curation no longer adds (an added claim taken back or changed),
    which are not read back.
    """
    ids = sorted(set(source_ids))
    gone = set(drop)
    everything = claims_of_sources(driver, ids, database)
    present = {c.source.id for c in everything}
    stored = [c for c in everything if c.id not in gone]
    claims = list(curate(stored, curation))
    claims += [c for c in added_claims(curation) if c.source.id in set(ids) - present]
    kept = {c.source.id for c in claims}
    report = load_claims(driver, claims, database=database, force=True) if claims else None
    emptied = [sid for sid in ids if sid in present and sid not in kept]
    if emptied:
        delete_sources(driver, emptied, database)
    return Applied(len(ids), report, len(emptied))


# ------------------------------------------------------------------ suggestions

@dataclass(frozen=True)
class Suggestion:
    a: str
    b: str
    why: str
    evidence: str

    def row(self) -> list[Any]:
        return [self.a, self.b, self.why, self.evidence]


SUGGESTION_COLUMNS = ["actor", "same_as", "why", "evidence"]
# Names at least this alike (difflib's ratio of their name keys) are suggested.
NEAR = 0.85
# A word shared by more actors than this does not pair them for the near-name test.
_COMMON_WORD = 200


def suggest_merges(driver: Driver, curation: Curation, database: str = "neo4j") -> list[Suggestion]:
    """Pairs of stored actors that may be one: the same name under two ids, a shared alias, or
    near-identical names; never a pair the curation already merges or splits."""
    actors = db.read(driver, database, lambda tx: [r.data() for r in tx.run(_ACTOR_TABLE)])
    split = {frozenset((actor_key(a), actor_key(b))) for a, b in curation.splits}
    found: dict[frozenset[str], Suggestion] = {}

    def label(actor: dict[str, Any]) -> str:
        return f"{actor['name']} ({actor['kind']}, {counted(actor['claims'], 'claim')})"

    def offer(x: dict[str, Any], y: dict[str, Any], why: str, evidence: str) -> None:
        pair = frozenset((x["id"], y["id"]))
        if len(pair) < 2 or pair in found or frozenset((actor_key(x["name"]), actor_key(y["name"]))) in split:
            return
        if {actor_key(x["name"]), actor_key(y["name"])} <= _merged_together(curation, x["name"], y["name"]):
            return
        first, second = sorted((x, y), key=lambda a: (-a["claims"], a["name"]))
        found[pair] = Suggestion(first["name"], second["name"], why,
                                 f"{label(first)} / {label(second)}: {evidence}")

    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for actor in actors:
        for alias in actor["aliases"] or []:
            by_key[name_key(alias)].append(actor)
    for key, group in sorted(by_key.items()):
        for i, x in enumerate(group):
            for y in group[i + 1:]:
                same_name = name_key(x["name"]) == name_key(y["name"]) == key
                offer(x, y, "same name" if same_name else "shared alias",
                      f"both are called {key!r}" + ("" if same_name else " in their claims"))

    by_word: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for actor in actors:
        for word in set(name_key(actor["name"]).split()):
            by_word[word].append(actor)
    for word, group in sorted(by_word.items()):
        if len(group) > _COMMON_WORD:
            continue
        for i, x in enumerate(group):
            for y in group[i + 1:]:
                kx, ky = name_key(x["name"]), name_key(y["name"])
                ratio = difflib.SequenceMatcher(None, kx, ky).ratio()
                if kx != ky and ratio >= NEAR:
                    offer(x, y, "near-identical names", f"{ratio:.2f} alike ({kx!r} / {ky!r})")
    return sorted(found.values(), key=lambda s: (s.why, s.a, s.b))


def _merged_together(curation: Curation, a: str, b: str) -> set[str]:
    for merge in curation.merges:
        keys = {actor_key(n) for n in (merge.canonical, *merge.names)}
        if actor_key(a) in keys and actor_key(b) in keys:
            return keys
    return set()
