"""Reading claim records back out of Neo4j, for exports from the database.

Rule: `load_claims` then `iter_claims_from_db` gives back the same `Claim`
records. Everything a record says is stored (each claim keeps the name and the
kind it used for its actor, target and the body its actor spoke for on the
MADE/AGAINST/ON_BEHALF_OF relationship; a published datetime keeps its text next
to the date), so nothing has to be guessed. The one intended difference: after
`merge_actors`, claims come back under the kept actor's id.

Claims are read in pages ordered by id, each page in its own read transaction,
so a large graph streams without one huge result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from accusegraph.model import ActorRef, Claim, Codes, Evidence, SourceRef

from . import db

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

PAGE_SIZE = 1000

# The record of each claim `c` of the rows before it.
_RECORD = """
MATCH (a:Actor)-[m:MADE]->(c)
MATCH (c)-[:REPORTED_IN]->(s:Source)
OPTIONAL MATCH (c)-[g:AGAINST]->(t:Actor)
OPTIONAL MATCH (c)-[o:ON_BEHALF_OF]->(b:Actor)
OPTIONAL MATCH (c)-[:CITES]->(e:Evidence)
RETURN c {.*} AS claim,
       a {.id, kind: coalesce(m.kind, a.kind)} AS actor, m.name AS actor_name,
       CASE WHEN t IS NULL THEN null ELSE t {.id, kind: coalesce(g.kind, t.kind)} END AS target,
       g.name AS target_name,
       CASE WHEN b IS NULL THEN null ELSE b {.id, kind: coalesce(o.kind, b.kind)} END AS speaks_for,
       o.name AS speaks_for_name,
       e {.status, .description} AS evidence,
       s {.id, .url, .title, .publisher, .published, .published_text} AS source
ORDER BY c.id
"""

_PAGE = """
MATCH (c:Claim)
WHERE c.id > $after
WITH c ORDER BY c.id LIMIT $limit
""" + _RECORD

_OF_SOURCES = """
UNWIND $ids AS sid
MATCH (:Source {id: sid})<-[:REPORTED_IN]-(c:Claim)
WITH DISTINCT c
""" + _RECORD


def _claim_from_row(row: dict[str, Any]) -> Claim:
    c = row["claim"]
    src = row["source"]
    published = src.get("published_text") or (
        src["published"].iso_format() if src.get("published") is not None else None)
    target, body = row["target"], row["speaks_for"]
    evidence = row["evidence"] or {"status": "not_mentioned", "description": None}
    codes = Codes(plover=c["plover"], cameo=c["cameo"]) if c.get("plover") and c.get("cameo") else None
    return Claim(
        id=c["id"],
        actor=ActorRef(id=row["actor"]["id"], name=row["actor_name"], kind=row["actor"]["kind"]),
        action=c["action"],
        target=(ActorRef(id=target["id"], name=row["target_name"], kind=target["kind"])
                if target else None),
        allegation=c.get("allegation"),
        evidence=Evidence(status=evidence["status"], description=evidence.get("description")),
        quote=c["quote"],
        span=(c["start"], c["end"]),
        hedged=c["hedged"],
        negated=c["negated"],
        responds_to=c.get("responds_to"),
        source=SourceRef(id=src["id"], url=src.get("url"), title=src.get("title"),
                         publisher=src.get("publisher"), published=published),
        extractor=c["extractor"],
        confidence=c["confidence"],
        codes=codes,
        speaks_for=ActorRef(id=body["id"], name=row["speaks_for_name"], kind=body["kind"]) if body else None,
    )


def iter_claims_from_db(driver: Driver, database: str = "neo4j") -> Iterator[Claim]:
    """Every claim in the database as a `Claim` record, ordered by id."""
    after = ""  # every id sorts after "": the id index serves the pages in order
    while True:
        def page(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return [r.data() for r in tx.run(_PAGE, after=after, limit=PAGE_SIZE)]

        rows = db.read(driver, database, page)
        if not rows:
            return
        for row in rows:
            yield _claim_from_row(row)
        after = rows[-1]["claim"]["id"]
        if len(rows) < PAGE_SIZE:
            return


def claims_of_sources(driver: Driver, source_ids: list[str], database: str = "neo4j") -> list[Claim]:
    """The claims of these sources as `Claim` records, by source and then in article order."""
    rows = db.read(driver, database, lambda tx: [r.data() for r in tx.run(_OF_SOURCES, ids=sorted(set(source_ids)))])
    claims = [_claim_from_row(row) for row in rows]
    return sorted(claims, key=lambda c: (c.source.id, c.span[0], c.id))
