"""Every RDF term accusegraph writes, declared once.

Rule: no other module spells an IRI. Terms come from the closed namespaces below,
where a misspelt term raises AttributeError instead of silently minting a new
IRI, and prefixes are bound from the one table `PREFIXES`.

- `AG` is accusegraph's own vocabulary: what PROV-O and schema.org lack (the
  action and its codes, evidence status, span offsets, hedged/negated flags,
  responses, the body a spokesperson spoke for, extractor and confidence) and one property per action for the
  direct actor-to-target statement (`ag:accuses`, `ag:denies`, ...).
- `SCHEMA` is the part of schema.org we use, closed the same way (rdflib's own
  `SDO` only warns on a typo).
- `PROV` is rdflib's W3C PROV-O namespace, which is already closed.

Instances get IRIs under `ID_BASE` minted by `mint` from their record ids, with
percent-quoting so that any id (spaces, slashes, quotes, non-ASCII) gives a valid
IRI and the same id always gives the same IRI.
"""

from __future__ import annotations

from functools import lru_cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from accusegraph.model import ACTIONS

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

NS_BASE = "https://accusegraph.example/ns#"
ID_BASE = "https://accusegraph.example/id/"
_VOCABULARY = ("AG", "SCHEMA", "ACTION_PROPERTY", "KIND_TYPE", "PREFIXES")


@lru_cache(maxsize=1)
def _vocabulary() -> SimpleNamespace:
    """The closed namespaces and the tables built from them, made on first use: rdflib is
    slow to import, and only an RDF export needs it (`--help` and every other command do not)."""
    from rdflib import URIRef
    from rdflib.namespace import PROV, RDF, RDFS, XSD, DefinedNamespace, Namespace

    class AG(DefinedNamespace):
        """accusegraph's vocabulary (closed)."""

        _NS = Namespace(NS_BASE)
        _fail = True

        # classes
        Actor: URIRef  # anyone who makes or is the target of a claim
        Evidence: URIRef  # what a claim rests on, as the article describes it

        # claim properties
        action: URIRef  # one of the ten actions ("accuse", "deny", ...)
        allegation: URIRef  # what the target is accused of, or what the act is about
        evidence: URIRef  # claim -> ag:Evidence
        evidenceStatus: URIRef  # "cited" | "none_public" | "not_mentioned"
        spanStart: URIRef  # character offset of the quote in the article text
        spanEnd: URIRef
        hedged: URIRef  # reported as suspicion or possibility
        negated: URIRef  # the text says it did NOT happen
        respondsTo: URIRef  # claim -> the claim it answers
        onBehalfOf: URIRef  # claim -> the body (an ag:Actor) its author, a person, spoke for
        confidence: URIRef  # 0..1
        extractor: URIRef  # "rules/1", "llm/<model>", "manual"
        ploverCode: URIRef
        cameoCode: URIRef

        # actor properties
        actorKind: URIRef  # person, organization, company, government, state, ...

        # the direct actor-to-target statement, one property per action
        accuses: URIRef
        criticizes: URIRef
        denies: URIRef
        disputes: URIRef
        defends: URIRef
        sanctions: URIRef
        sues: URIRef
        cutsTiesWith: URIRef
        investigates: URIRef
        threatens: URIRef


    class SCHEMA(DefinedNamespace):
        """The schema.org terms accusegraph uses (closed)."""

        _NS = Namespace("https://schema.org/")
        _fail = True

        Claim: URIRef
        NewsArticle: URIRef
        Person: URIRef
        Organization: URIRef
        Corporation: URIRef
        GovernmentOrganization: URIRef
        NewsMediaOrganization: URIRef
        Country: URIRef

        about: URIRef
        alternateName: URIRef
        appearance: URIRef
        author: URIRef
        datePublished: URIRef
        description: URIRef
        headline: URIRef
        identifier: URIRef
        name: URIRef
        publisher: URIRef
        text: URIRef
        url: URIRef

    # action -> property of the direct actor-to-target statement
    ACTION_PROPERTY: dict[str, URIRef] = {
        "accuse": AG.accuses,
        "criticize": AG.criticizes,
        "deny": AG.denies,
        "dispute": AG.disputes,
        "defend": AG.defends,
        "sanction": AG.sanctions,
        "sue": AG.sues,
        "cut_ties": AG.cutsTiesWith,
        "investigate": AG.investigates,
        "threaten": AG.threatens,
    }
    if set(ACTION_PROPERTY) != set(ACTIONS):  # the action vocabulary grew: add its property
        raise RuntimeError(f"ACTION_PROPERTY does not cover the actions {sorted(ACTIONS)}")

    # actor kind -> schema.org type, where schema.org has a fitting one
    KIND_TYPE: dict[str, URIRef] = {
        "person": SCHEMA.Person,
        "organization": SCHEMA.Organization,
        "company": SCHEMA.Corporation,
        "government": SCHEMA.GovernmentOrganization,
        "state": SCHEMA.Country,
        "international_org": SCHEMA.Organization,
        "media": SCHEMA.NewsMediaOrganization,
        "group": SCHEMA.Organization,
    }

    # The one prefix table: Turtle prefixes and the JSON-LD @context both come from it.
    PREFIXES: dict[str, str] = {
        "ag": NS_BASE,
        "schema": str(SCHEMA._NS),
        "prov": str(PROV._NS),
        "rdf": str(RDF._NS),
        "rdfs": str(RDFS._NS),
        "xsd": str(XSD._NS),
    }

    return SimpleNamespace(AG=AG, SCHEMA=SCHEMA, ACTION_PROPERTY=ACTION_PROPERTY, KIND_TYPE=KIND_TYPE,
                           PREFIXES=PREFIXES)


def __getattr__(name: str) -> Any:
    """`AG`, `SCHEMA`, `ACTION_PROPERTY`, `KIND_TYPE` and `PREFIXES`, read as module attributes."""
    if name in _VOCABULARY:
        return getattr(_vocabulary(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the prefix table to `graph` (replacing rdflib's defaults) and return it."""
    from rdflib.namespace import Namespace

    for prefix, iri in _vocabulary().PREFIXES.items():
        graph.bind(prefix, Namespace(iri), override=True, replace=True)
    return graph


def jsonld_context() -> dict[str, str]:
    return dict(_vocabulary().PREFIXES)


# path segment per kind of record; ids of different kinds never share an IRI
_SEGMENTS = ("actor", "claim", "source", "evidence", "publisher")


def mint(kind: str, record_id: str) -> URIRef:
    """The IRI of a record: `ID_BASE + kind + "/" + percent-quoted id`.

    Only unreserved characters and ':' stay as they are, so the result is a valid
    IRI whatever the id holds.
    """
    from rdflib import URIRef

    if kind not in _SEGMENTS:
        raise ValueError(f"unknown record kind {kind!r}; one of {_SEGMENTS}")
    return URIRef(f"{ID_BASE}{kind}/{quote(record_id, safe=':')}")
