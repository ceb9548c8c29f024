"""Properties (hypothesis): what must hold for any claims, not only the ones we thought of.

- extraction is deterministic, and every quote sits at its span;
- `load` then `load` equals `load`; loading claims in any order gives the same graph;
- claims JSONL written then read gives the same records;
- a Turtle export parses back to a graph isomorphic to the one exported.

Database properties run on the session's server, wiped before each example;
example counts stay small because every example is a real round trip.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accusegraph.model import ACTIONS, Article, Evidence, iter_claims, write_claims
from factories import make_actor, make_claim, make_source
from test_faults import canonical_dump

DB_SETTINGS = settings(max_examples=8, deadline=None,
                       suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=30)
_NAMES = st.sampled_from(["Alpha Corp", "Beta Ltd", "Gamma Ministry", "Delta Group", "Epsilon"])
_KINDS = st.sampled_from(["organization", "company", "government", "person"])
_URLS = st.sampled_from([f"https://news.example/p/{i}" for i in range(4)])
_DATES = st.sampled_from([None, "2023-01-05", "2024-06-30", "2024-06-30T12:00:00+00:00"])


@st.composite
def claim_sets(draw, max_size: int = 8):
    """A set of valid claims with distinct ids over a few actors and sources."""
    n = draw(st.integers(min_value=1, max_value=max_size))
    claims = {}
    for i in range(n):
        url = draw(_URLS)
        source = make_source(url, publisher=draw(st.sampled_from(["Alpha News", "Beta Times", None])),
                             published=draw(_DATES), title=draw(st.none() | _TEXT))
        target = draw(st.none() | _NAMES)
        quote = draw(_TEXT)
        claim = make_claim(make_actor(draw(_NAMES), kind=draw(_KINDS)), draw(st.sampled_from(ACTIONS)),
                           make_actor(target) if target else None, source=source, quote=quote,
                           start=draw(st.integers(min_value=0, max_value=5000)),
                           allegation=draw(st.none() | _TEXT), hedged=draw(st.booleans()),
                           negated=draw(st.booleans()),
                           evidence=Evidence(status=draw(st.sampled_from(["cited", "none_public", "not_mentioned"])),
                                             description=draw(st.none() | _TEXT)),
                           confidence=draw(st.floats(min_value=0, max_value=1, allow_nan=False)))
        claims[claim.id] = claim
    return list(claims.values())


def _wipe(driver, database: str) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=database)


# ----------------------------------------------------------------- no database

@settings(max_examples=50, deadline=None)
@given(claims=claim_sets(max_size=12))
def test_claims_jsonl_written_then_read_gives_the_same_records(claims):
    buf = io.StringIO()
    assert write_claims(claims, buf) == len(claims)
    buf.seek(0)
    assert list(iter_claims(buf, "<mem>")) == claims


@settings(max_examples=25, deadline=None)
@given(claims=claim_sets(max_size=10))
def test_turtle_export_parses_back_isomorphic(claims):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from accusegraph.graph.export import collect, export_claims
    from accusegraph.graph.rdf import build_rdf

    out = io.StringIO()
    export_claims(claims, "turtle", out)
    reimported = Graph().parse(data=out.getvalue(), format="turtle")
    assert isomorphic(reimported, build_rdf(collect(claims)))
    again = io.StringIO()
    export_claims(claims, "turtle", again)
    assert again.getvalue() == out.getvalue()  # and the export is byte-stable


# ----------------------------------------------------------------- extraction

@pytest.fixture(scope="module")
def extractor():
    from accusegraph.ingest.extract import Extractor

    return Extractor()


_ACTORS = st.sampled_from(["The European Commission", "Google", "Kaspersky Lab", "The US Department of Justice",
                           "Russia", "Apple", "The FSB", "Microsoft"])
_SENTENCES = st.sampled_from([
    "{a} accused {b} of spying on its users, citing a leaked report.",
    "{b} denied the accusation and called it baseless.",
    "{a} said {b} had broken the law, but gave no evidence.",
    "{a} banned {b} from government networks on Monday.",
    "{b} may have shared data with intelligence services, {a} suggested.",
    "{a} did not accuse {b} of anything.",
    "{a} sued {b} over the sale of user data.",
])


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.tuples(_SENTENCES, _ACTORS, _ACTORS), min_size=1, max_size=4))
def test_extraction_is_deterministic_and_quotes_sit_at_their_spans(extractor, parts):
    body = " ".join(s.format(a=a, b=b) for s, a, b in parts)
    article = Article(text=f"A headline\n\n{body}\n", url="https://news.example/generated")
    first = extractor.extract(article)
    assert extractor.extract(article) == first
    assert [c for _, cs in extractor.extract_many([article]) for c in cs] == first
    for claim in first:
        assert article.text[claim.span[0]:claim.span[1]] == claim.quote
    assert len({c.id for c in first}) == len(first)


# ----------------------------------------------------------------- loading

@pytest.mark.neo4j
@DB_SETTINGS
@given(claims=claim_sets())
def test_load_then_load_equals_load(empty_db, neo4j_conn, claims):
    from accusegraph.graph.load import check_derived_edges, load_claims

    db = neo4j_conn.database
    _wipe(empty_db, db)
    load_claims(empty_db, claims, database=db)
    once = canonical_dump(empty_db, db)
    again = load_claims(empty_db, claims, database=db)
    assert canonical_dump(empty_db, db) == once
    assert again.created == again.replaced == again.deleted == 0
    assert check_derived_edges(empty_db, db) == []


@pytest.mark.neo4j
@DB_SETTINGS
@given(claims=claim_sets(), data=st.data())
def test_loading_in_any_order_and_batching_gives_the_same_graph(empty_db, neo4j_conn, claims, data):
    from accusegraph.graph.load import load_claims

    db = neo4j_conn.database
    _wipe(empty_db, db)
    load_claims(empty_db, claims, database=db)
    reference = canonical_dump(empty_db, db)
    _wipe(empty_db, db)
    shuffled = data.draw(st.permutations(claims))
    load_claims(empty_db, shuffled, database=db, batch_size=data.draw(st.integers(min_value=1, max_value=4)))
    assert canonical_dump(empty_db, db) == reference
