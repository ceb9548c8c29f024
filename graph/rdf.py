"""Claims as RDF: schema.org `Claim` nodes with W3C PROV-O provenance.

For each claim the graph holds both
- the claim node: `schema:Claim` and `prov:Entity`, with the verbatim quote
  (`schema:text`), its author (`schema:author`, `prov:wasAttributedTo`), what it is
  about (`schema:about` = the target), the body its author spoke for
  (`ag:onBehalfOf`, when the author is a spokesperson), where it appeared (`schema:appearance`,
  `prov:wasDerivedFrom`, `prov:hadPrimarySource` = the source article) and the
  `ag:` terms for what those vocabularies lack; the claim also reifies its direct
  statement (`rdf:subject`, `rdf:predicate`, `rdf:object`);
- the direct actor-to-target statement itself, e.g. `actor ag:accuses target`,
  asserted unless the claim is negated (a negated claim says it did not happen).

Every IRI comes from `rdf_terms` and the graph is a function of the claim set
alone, so the same claims always give the same triples.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from . import rdf_terms
from .claimset import ClaimSet
from .rdf_terms import bind_prefixes, jsonld_context, mint

if TYPE_CHECKING:
    from rdflib import Graph, Literal

RDF_FORMATS = {"turtle": "turtle", "jsonld": "json-ld", "nt": "nt"}

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")


def _date_literal(value: str) -> Literal:
    """xsd:date for a date, xsd:dateTime for a full timestamp, else the date part."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    if _DATE.match(value):
        return Literal(value, datatype=XSD.date)
    if _DATETIME.match(value):
        return Literal(value, datatype=XSD.dateTime)
    return Literal(value[:10], datatype=XSD.date)


def build_rdf(cs: ClaimSet) -> Graph:
    """The RDF graph of a claim set, prefixes bound."""
    from rdflib import Graph, Literal  # slow to import: only when RDF is written
    from rdflib.namespace import PROV, RDF, XSD

    AG, SCHEMA = rdf_terms.AG, rdf_terms.SCHEMA
    KIND_TYPE, ACTION_PROPERTY = rdf_terms.KIND_TYPE, rdf_terms.ACTION_PROPERTY
    g = bind_prefixes(Graph())

    for actor in cs.actors.values():
        node = mint("actor", actor.id)
        g.add((node, RDF.type, AG.Actor))
        g.add((node, RDF.type, PROV.Agent))
        if actor.kind in KIND_TYPE:
            g.add((node, RDF.type, KIND_TYPE[actor.kind]))
        g.add((node, SCHEMA.identifier, Literal(actor.id)))
        g.add((node, SCHEMA.name, Literal(actor.name)))
        for alias in cs.aliases[actor.id]:
            if alias != actor.name:
                g.add((node, SCHEMA.alternateName, Literal(alias)))
        g.add((node, AG.actorKind, Literal(actor.kind)))

    for source in cs.sources.values():
        node = mint("source", source.id)
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, RDF.type, SCHEMA.NewsArticle))
        g.add((node, SCHEMA.identifier, Literal(source.id)))
        if source.url:
            g.add((node, SCHEMA.url, Literal(source.url, datatype=XSD.anyURI)))
        if source.title:
            g.add((node, SCHEMA.headline, Literal(source.title)))
        if source.publisher:
            publisher = mint("publisher", source.publisher)
            g.add((node, SCHEMA.publisher, publisher))
            g.add((publisher, RDF.type, SCHEMA.Organization))
            g.add((publisher, SCHEMA.name, Literal(source.publisher)))
        if source.published:
            g.add((node, SCHEMA.datePublished, _date_literal(source.published)))

    for claim in cs.claims:
        node = mint("claim", claim.id)
        actor = mint("actor", claim.actor.id)
        source = mint("source", claim.source.id)
        evidence = mint("evidence", cs.evidence_id(claim))
        g.add((node, RDF.type, SCHEMA.Claim))
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, SCHEMA.identifier, Literal(claim.id)))
        g.add((node, SCHEMA.text, Literal(claim.quote)))
        g.add((node, SCHEMA.author, actor))
        g.add((node, PROV.wasAttributedTo, actor))
        g.add((node, SCHEMA.appearance, source))
        g.add((node, PROV.wasDerivedFrom, source))
        g.add((node, PROV.hadPrimarySource, source))
        g.add((node, AG.action, Literal(claim.action)))
        if claim.allegation:
            g.add((node, AG.allegation, Literal(claim.allegation)))
        g.add((node, AG.spanStart, Literal(claim.span[0], datatype=XSD.integer)))
        g.add((node, AG.spanEnd, Literal(claim.span[1], datatype=XSD.integer)))
        g.add((node, AG.hedged, Literal(claim.hedged)))
        g.add((node, AG.negated, Literal(claim.negated)))
        # decimal, not double: "0.85" stays "0.85" in every serialization
        g.add((node, AG.confidence, Literal(f"{Decimal(repr(claim.confidence)):f}", datatype=XSD.decimal)))
        g.add((node, AG.extractor, Literal(claim.extractor)))
        if claim.codes is not None:
            g.add((node, AG.ploverCode, Literal(claim.codes.plover)))
            g.add((node, AG.cameoCode, Literal(claim.codes.cameo)))
        if claim.responds_to:
            g.add((node, AG.respondsTo, mint("claim", claim.responds_to)))
        if claim.speaks_for is not None:
            g.add((node, AG.onBehalfOf, mint("actor", claim.speaks_for.id)))

        g.add((node, AG.evidence, evidence))
        g.add((evidence, RDF.type, AG.Evidence))
        g.add((evidence, SCHEMA.identifier, Literal(cs.evidence_id(claim))))
        g.add((evidence, AG.evidenceStatus, Literal(claim.evidence.status)))
        if claim.evidence.description:
            g.add((evidence, SCHEMA.description, Literal(claim.evidence.description)))

        if claim.target is not None:
            target = mint("actor", claim.target.id)
            prop = ACTION_PROPERTY[claim.action]
            g.add((node, SCHEMA.about, target))
            g.add((node, RDF.subject, actor))
            g.add((node, RDF.predicate, prop))
            g.add((node, RDF.object, target))
            if not claim.negated:
                g.add((actor, prop, target))
    return g


def serialize(graph: Graph, fmt: str) -> str:
    """Serialize to turtle, jsonld (compacted with the prefix table) or nt.

    rdflib's N-Triples and JSON-LD writers follow its store's set order, which
    changes with Python's hash seed; lines and nodes are sorted here so the same
    graph always gives the same bytes (the turtle writer sorts on its own).
    """
    if fmt not in RDF_FORMATS:
        raise ValueError(f"not an RDF format: {fmt!r}")
    if fmt == "jsonld":
        text = graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
        return json.dumps(_sorted_jsonld(json.loads(text)), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if fmt == "nt":
        lines = sorted(line for line in graph.serialize(format="nt").splitlines() if line.strip())
        return "\n".join(lines) + ("\n" if lines else "")
    return graph.serialize(format=RDF_FORMATS[fmt])


def _sorted_jsonld(doc):
    """Nodes by @id and multi-valued properties by value (no RDF lists are written)."""
    if isinstance(doc, dict):
        out = {k: _sorted_jsonld(v) for k, v in doc.items()}
        if isinstance(out.get("@graph"), list):
            out["@graph"] = sorted(out["@graph"], key=lambda n: json.dumps(n, sort_keys=True))
        return out
    if isinstance(doc, list):
        return sorted((_sorted_jsonld(v) for v in doc), key=lambda v: json.dumps(v, sort_keys=True))
    return doc
