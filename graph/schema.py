"""The graph's fixed vocabulary: labels, relationship types, constraints and indexes.

Rule: a label or relationship type reaches Cypher text only from the allow-lists
below, and any function that must put one into a query string (Cypher cannot
take a type as a `$parameter` in MERGE on 5.26 without dynamic syntax, and the
planner cannot use it there) passes it through `checked_rel_type` /
`checked_label` first. Everything else is a `$parameter`.

    (:Actor {id, name, kind, aliases, name_keys, known_keys, merged_ids, accusations, accusers})
    (:Source {id, url, title, publisher, published: date, published_text, content_hash})
    (:Claim {id, action, allegation, quote, start, end, hedged, negated, confidence,
             extractor, plover, cameo, responds_to, content_hash,
             pair: [actor id, target id], published: its source's date})
    (:Evidence {id, status, description})
    (actor)-[:MADE {name, kind}]->(claim)-[:AGAINST {name, kind}]->(target)
    (claim)-[:ON_BEHALF_OF {name, kind}]->(body)   the body a person spoke for (`Claim.speaks_for`)
    (claim)-[:REPORTED_IN]->(source), (claim)-[:CITES]->(evidence),
    (claim)-[:RESPONDS_TO]->(claim)
    (actor)-[:ACCUSES|CRITICIZES|... {claims, sources, first, last, publishers}]->(actor)   derived
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from accusegraph.errors import DatabaseError
from accusegraph.model import ACTIONS, rel_type_for

from . import db

if TYPE_CHECKING:
    from neo4j import Driver

LABELS: tuple[str, ...] = ("Actor", "Source", "Claim", "Evidence")
CLAIM_REL_TYPES: tuple[str, ...] = ("MADE", "AGAINST", "ON_BEHALF_OF", "REPORTED_IN", "CITES", "RESPONDS_TO")
# One derived actor-to-actor type per action, from data/actions.yaml.
DERIVED_REL_TYPES: dict[str, str] = {action: rel_type_for(action) for action in ACTIONS}
REL_TYPES: tuple[str, ...] = CLAIM_REL_TYPES + tuple(DERIVED_REL_TYPES.values())

CONSTRAINTS: tuple[str, ...] = tuple(
    f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS "
    f"FOR (n:{label}) REQUIRE n.id IS UNIQUE"
    for label in LABELS
)

INDEXES: tuple[str, ...] = (
    "CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
    "CREATE TEXT INDEX actor_name_text IF NOT EXISTS FOR (n:Actor) ON (n.name)",
    "CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)",
    # most-accused ranks actors by the accusing claims against them (kept by the loader)
    "CREATE INDEX actor_accusations IF NOT EXISTS FOR (n:Actor) ON (n.accusations)",
    "CREATE INDEX claim_action IF NOT EXISTS FOR (n:Claim) ON (n.action)",
    "CREATE INDEX claim_responds_to IF NOT EXISTS FOR (n:Claim) ON (n.responds_to)",
    # evidence-trail finds the claims between two actors without reading their other claims
    "CREATE INDEX claim_pair IF NOT EXISTS FOR (n:Claim) ON (n.pair)",
    "CREATE INDEX source_published IF NOT EXISTS FOR (n:Source) ON (n.published)",
    "CREATE INDEX source_publisher IF NOT EXISTS FOR (n:Source) ON (n.publisher)",
    "CREATE INDEX evidence_status IF NOT EXISTS FOR (n:Evidence) ON (n.status)",
    # mutual-accusations walks the derived ACCUSES edges in date order (first accusation)
    "CREATE INDEX accuses_first IF NOT EXISTS FOR ()-[r:ACCUSES]-() ON (r.first)",
    # A saved query's name parameter is one name key (rules.name_key), found among
    # the actors' keys (graph/names.py); the keyword analyzer keeps each key one term.
    "CREATE FULLTEXT INDEX actor_keys IF NOT EXISTS FOR (n:Actor) ON EACH [n.name_keys, n.known_keys] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
    # A full-text index over name and aliases serves Browser users who search by hand.
    "CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases]",
)


def checked_rel_type(rel_type: str) -> str:
    """`rel_type` itself if it is in the vocabulary; DatabaseError otherwise."""
    if rel_type not in REL_TYPES:
        raise DatabaseError(f"relationship type {rel_type!r} is not in accusegraph's vocabulary")
    return rel_type


def checked_label(label: str) -> str:
    """`label` itself if it is in the vocabulary; DatabaseError otherwise."""
    if label not in LABELS:
        raise DatabaseError(f"label {label!r} is not in accusegraph's vocabulary")
    return label


def derived_rel_type(action: str) -> str:
    """The derived edge type of an action, checked against the allow-list."""
    try:
        return checked_rel_type(DERIVED_REL_TYPES[action])
    except KeyError:
        raise DatabaseError(f"action {action!r} is not in accusegraph's vocabulary") from None


def ensure_schema(driver: Driver, database: str = "neo4j") -> None:
    """Create the constraints and indexes (idempotent) and wait until they are online."""
    db.run_schema(driver, database, CONSTRAINTS + INDEXES + ("CALL db.awaitIndexes(300)",))
