"""`speaks_for`: the body a named person spoke for, through the record, the graph and the exports.

"Kremlin spokesman Dmitry Peskov denied ..." is Peskov's claim, made on behalf of
Russia. The record keeps both (`Claim.speaks_for`), the graph links the claim to
the body (`ON_BEHALF_OF`), and a query by the body's name finds the claim.
"""

from __future__ import annotations

import io
import json

import pytest

from accusegraph.curation import Curation, curate
from accusegraph.graph.derived import check_derived_edges
from accusegraph.graph.load import load_claims, merge_actors
from accusegraph.graph.queries import run_query
from accusegraph.graph.read import iter_claims_from_db
from accusegraph.graph.store import delete_sources
from accusegraph.graph.stream import claim_hash
from accusegraph.model import ActorRef, iter_claims, write_claims

from factories import make_actor, make_claim, make_source, make_spokesperson_claim
from test_load import graph_dump

RUSSIA = make_actor("Russia", "state")
PESKOV = make_actor("Dmitry Peskov", "person")


# ------------------------------------------------------------------ the record (no server)

@pytest.mark.parametrize("actor, body, message", [
    (make_actor("Kremlin", "government"), RUSSIA, "only a person speaks for a body"),
    (PESKOV, make_actor("Maria Zakharova", "person"), "is a person"),
    (PESKOV, make_actor("Dmitry Peskov", "group"), "cannot speak for itself"),
])
def test_only_a_person_speaks_for_another_actor_that_is_no_person(actor, body, message):
    with pytest.raises(ValueError, match=message):
        make_claim(actor, "deny", "United States", speaks_for=body)


def test_a_body_name_too_big_for_the_index_is_refused():
    with pytest.raises(ValueError, match="speaks_for.name: .* bytes"):
        make_spokesperson_claim(body=ActorRef(id="actor:big", name="x" * 2_001, kind="state"))


def test_jsonl_round_trip_keeps_speaks_for_and_writes_nothing_new_without_it():
    spoken, plain = make_spokesperson_claim(), make_claim()
    buf = io.StringIO()
    write_claims([spoken, plain], buf)
    first, second = buf.getvalue().splitlines()
    assert json.loads(first)["speaks_for"] == {"id": "actor:russia", "name": "Russia", "kind": "state"}
    assert "speaks_for" not in json.loads(second)     # byte-identical to what earlier versions wrote
    assert list(iter_claims(io.StringIO(buf.getvalue()), "x.jsonl")) == [spoken, plain]
    # the loader's content hash sees the link, and a claim without one hashes as before
    assert claim_hash(spoken) != claim_hash(spoken.model_copy(update={"speaks_for": None}))


def test_an_old_kind_prefixed_body_id_is_read_as_a_name_id():
    line = json.loads(make_spokesperson_claim().to_json())
    line["speaks_for"]["id"] = "state:russia"
    (claim,) = iter_claims(io.StringIO(json.dumps(line) + "\n"), "old.jsonl")
    assert claim.speaks_for.id == "actor:russia"


def test_curation_merges_and_fixes_the_body_and_drops_a_link_it_makes_impossible():
    claim = make_spokesperson_claim(body=make_actor("Russian Federation", "state"))
    merged = Curation(merges=[{"canonical": "Russia", "names": ["Russian Federation"]}])
    (out,) = curate([claim], merged)
    assert out.speaks_for == ActorRef(id="actor:russia", name="Russian Federation", kind="state")
    (fixed,) = curate([claim], Curation(kinds={"Russian Federation": "government"}))
    assert fixed.speaks_for.kind == "government"
    (no_person,) = curate([claim], Curation(kinds={"Dmitry Peskov": "organization"}))
    assert no_person.speaks_for is None and no_person.actor.kind == "organization"
    (corrected,) = curate([claim], Curation(corrected=[{"id": claim.id, "actor": "Kremlin"}]))
    assert corrected.actor.name == "Kremlin" and corrected.speaks_for is None


# ------------------------------------------------------------------ the graph

def _links(driver) -> list[tuple]:
    records, _, _ = driver.execute_query(
        "MATCH (c:Claim)-[o:ON_BEHALF_OF]->(b:Actor) RETURN c.id AS c, b.id AS b, o.name AS name, o.kind AS kind "
        "ORDER BY c, b")
    return [tuple(r.values()) for r in records]


def _actor(driver, actor_id: str) -> tuple | None:
    records, _, _ = driver.execute_query(
        "MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.kind AS kind", id=actor_id)
    return tuple(records[0].values()) if records else None


@pytest.mark.neo4j
def test_load_then_read_gives_the_same_records_and_loading_again_changes_nothing(empty_db):
    spoken = make_spokesperson_claim(allegation="interference")
    plain = make_claim("United States", "accuse", "Russia", start=300)
    load_claims(empty_db, [spoken, plain])
    assert {c.id: c for c in iter_claims_from_db(empty_db)} == {spoken.id: spoken, plain.id: plain}
    assert _links(empty_db) == [(spoken.id, "actor:russia", "Russia", "state")]
    # the body is an actor with the name and kind its claims give it
    assert _actor(empty_db, "actor:russia") == ("Russia", "state")
    assert check_derived_edges(empty_db) == []
    before = graph_dump(empty_db)
    again = load_claims(empty_db, [spoken, plain])
    assert (again.unchanged, again.sources_skipped) == (2, 1)
    load_claims(empty_db, [spoken, plain], force=True)
    assert graph_dump(empty_db) == before


@pytest.mark.neo4j
def test_a_body_named_only_by_on_behalf_of_is_kept_and_goes_with_its_last_claim(empty_db):
    spoken = make_spokesperson_claim(body=make_actor("Kremlin", "government"))
    other = make_claim("United States", "accuse", "China", source=make_source("https://other.example/1"))
    load_claims(empty_db, [spoken, other])
    assert _actor(empty_db, "actor:kremlin") == ("Kremlin", "government")
    delete_sources(empty_db, [spoken.source.id])
    assert _links(empty_db) == []
    assert _actor(empty_db, "actor:kremlin") is None
    assert _actor(empty_db, PESKOV.id) is None


@pytest.mark.neo4j
def test_reloading_with_the_link_changed_or_removed_rewrites_it(empty_db):
    spoken = make_spokesperson_claim()
    kept = make_claim(RUSSIA, "accuse", "United States", source=spoken.source, start=400)
    load_claims(empty_db, [spoken, kept])
    kremlin = spoken.model_copy(update={"speaks_for": make_actor("Kremlin", "government")})
    report = load_claims(empty_db, [kremlin, kept])
    assert (report.replaced, report.unchanged) == (1, 1)
    assert _links(empty_db) == [(spoken.id, "actor:kremlin", "Kremlin", "government")]
    assert _actor(empty_db, "actor:russia") == ("Russia", "state")    # still the maker of `kept`

    alone = spoken.model_copy(update={"speaks_for": None})
    load_claims(empty_db, [alone, kept])
    assert _links(empty_db) == []
    assert _actor(empty_db, "actor:kremlin") is None                  # nothing names it any more
    assert {c.id: c for c in iter_claims_from_db(empty_db)} == {alone.id: alone, kept.id: kept}
    assert check_derived_edges(empty_db) == []


@pytest.mark.neo4j
def test_merging_the_body_moves_the_link(empty_db):
    spoken = make_spokesperson_claim(body=make_actor("Russian Federation", "state"))
    plain = make_claim("Russia", "accuse", "United States", start=300)
    load_claims(empty_db, [spoken, plain])
    report = merge_actors(empty_db, "actor:russia", "actor:russian-federation")
    assert report.claims_moved == 1
    assert _links(empty_db) == [(spoken.id, "actor:russia", "Russian Federation", "state")]
    (stored,) = [c for c in iter_claims_from_db(empty_db) if c.id == spoken.id]
    assert stored.speaks_for == ActorRef(id="actor:russia", name="Russian Federation", kind="state")
    assert check_derived_edges(empty_db) == []


@pytest.mark.neo4j
def test_merging_the_body_into_its_speaker_drops_the_link(empty_db):
    spoken = make_spokesperson_claim()
    load_claims(empty_db, [spoken])
    merge_actors(empty_db, PESKOV.id, RUSSIA.id)
    assert _links(empty_db) == []
    (stored,) = iter_claims_from_db(empty_db)
    assert stored.speaks_for is None and stored.actor.id == PESKOV.id


# ------------------------------------------------------------------ exports (no server)

def _story() -> list:
    spoken = make_spokesperson_claim(allegation="interference")
    return [spoken, make_claim("United States", "accuse", RUSSIA, source=spoken.source, start=300)]


def test_rdf_links_the_claim_to_the_body(tmp_path):
    from rdflib import RDF, Graph

    from accusegraph.graph.export import export_claims
    from accusegraph.graph.rdf_terms import AG, mint

    spoken = _story()[0]
    export_claims(_story(), "turtle", tmp_path / "claims.ttl")
    g = Graph().parse(tmp_path / "claims.ttl", format="turtle")
    assert list(g.objects(mint("claim", spoken.id), AG.onBehalfOf)) == [mint("actor", "actor:russia")]
    assert (mint("actor", "actor:russia"), RDF.type, AG.Actor) in g   # the body is an actor node of its own


def test_graphml_has_an_on_behalf_of_edge(tmp_path):
    import networkx as nx

    from accusegraph.graph.export import export_claims

    spoken = _story()[0]
    report = export_claims(_story(), "graphml", tmp_path / "claims.graphml")
    g = nx.read_graphml(tmp_path / "claims.graphml")
    edges = [(u, v) for u, v, d in g.edges(data=True) if d["type"] == "ON_BEHALF_OF"]
    assert edges == [(f"Claim:{spoken.id}", "Actor:actor:russia")]
    assert report.counts["ON_BEHALF_OF"] == 1


def test_csv_holds_the_link_with_the_name_and_kind_the_claim_used(tmp_path):
    import csv

    from accusegraph.graph.export import export_claims

    spoken = _story()[0]
    export_claims([spoken], "csv", tmp_path)   # the body is named by no other claim
    with (tmp_path / "rel_on_behalf_of.csv").open(encoding="utf-8", newline="") as fh:
        assert list(csv.reader(fh)) == [[":START_ID(Claim)", ":END_ID(Actor)", ":TYPE", "name", "kind"],
                                         [spoken.id, "actor:russia", "ON_BEHALF_OF", "Russia", "state"]]
    with (tmp_path / "actors.csv").open(encoding="utf-8", newline="") as fh:
        actors = {row[0]: row[1:3] for row in list(csv.reader(fh))[1:]}
    assert actors["actor:russia"] == ["Russia", "state"]


def test_spark_parquet_parts_keep_speaks_for(tmp_path):
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")
    from accusegraph.graph.parts import open_claims_input
    from accusegraph.ingest.spark import CLAIM_SCHEMA, spark_session

    claims = _story()
    spark = spark_session("local[1]")
    try:
        lines = spark.sparkContext.parallelize([c.to_json() for c in claims], 1)
        spark.read.schema(CLAIM_SCHEMA).json(lines).write.parquet(str(tmp_path / "out"))
    finally:
        spark.stop()
    with open_claims_input(str(tmp_path / "out"), strict=True) as parts:
        assert list(parts.claims) == claims


# ------------------------------------------------------------------ saved queries

def _rows(driver, name: str, **params) -> list[dict]:
    columns, rows = run_query(driver, name, params)
    return [dict(zip(columns, row)) for row in rows]


@pytest.mark.neo4j
def test_a_query_by_the_body_finds_its_spokespersons_claims(empty_db):
    spoken = make_spokesperson_claim(action="accuse", allegation="interference")
    by_state = make_claim(RUSSIA, "accuse", "Ukraine", source=spoken.source, start=300)
    other = make_claim("United States", "accuse", RUSSIA, source=make_source("https://other.example/2"))
    load_claims(empty_db, [spoken, by_state, other])
    who = _rows(empty_db, "who-accused-whom", actor="Russia")
    assert [(r["actor"], r["speaks_for"], r["target"]) for r in who] == [
        ("Dmitry Peskov", "Russia", "United States"), ("Russia", None, "Ukraine")]
    assert [(r["actor"], r["speaks_for"]) for r in _rows(empty_db, "who-accused-whom", actor="Dmitry Peskov")] == [
        ("Dmitry Peskov", "Russia")]
    assert [r["speaks_for"] for r in _rows(empty_db, "who-accused-whom", target="United States")] == ["Russia"]
    trail = _rows(empty_db, "evidence-trail", actor="Russia", target="United States")
    assert [(r["actor"], r["speaks_for"], r["claim_id"]) for r in trail] == [("Dmitry Peskov", "Russia", spoken.id)]
    timeline = _rows(empty_db, "timeline", actor="Russia")
    assert {(r["actor"], r["speaks_for"], r["claim_id"]) for r in timeline} == {
        ("Dmitry Peskov", "Russia", spoken.id), ("Russia", None, by_state.id), ("United States", None, other.id)}
    dossier = _rows(empty_db, "dossier", actor="Russia")
    assert {(r["role"], r["counterpart"], r["speaker"], r["speaks_for"], r["claim_id"]) for r in dossier} == {
        ("for", "United States", "Dmitry Peskov", "Russia", spoken.id), ("by", "Ukraine", None, None, by_state.id),
        ("against", "United States", None, None, other.id)}


@pytest.mark.neo4j
def test_responses_and_no_public_evidence_show_whom_the_speakers_spoke_for(empty_db):
    src = make_source("https://resp.example/1", published="2024-03-01")
    accusation = make_claim("United States", "accuse", RUSSIA, source=src, allegation="election interference",
                            evidence="none_public")
    denial = make_spokesperson_claim(source=src, start=200, responds_to=accusation.id)
    spoken = make_spokesperson_claim(action="accuse", target="Ukraine", source=src, start=400,
                                     allegation="shelling", evidence="none_public")
    load_claims(empty_db, [accusation, denial, spoken])
    answered = _rows(empty_db, "responses", target="Russia")
    assert [(r["accuser"], r["accuser_speaks_for"], r["responder"], r["responder_speaks_for"], r["response"])
            for r in answered] == [("United States", None, "Dmitry Peskov", "Russia", "deny")]
    assert [(r["accuser"], r["accuser_speaks_for"]) for r in _rows(empty_db, "responses", target="Ukraine")] == [
        ("Dmitry Peskov", "Russia")]
    unproven = _rows(empty_db, "no-public-evidence")
    assert {(r["actor"], r["speaks_for"], r["target"]) for r in unproven} == {
        ("United States", None, "Russia"), ("Dmitry Peskov", "Russia", "Ukraine")}


@pytest.mark.neo4j
def test_a_body_with_many_claims_finds_them_on_the_walk_through_the_sources_too(empty_db):
    # n * n > (all claims) * limit: the queries walk the sources in date order
    spoken = make_spokesperson_claim(action="accuse", source=make_source("https://a.example/0", published="2024-01-01"))
    own = [make_claim(RUSSIA, "accuse", "Ukraine", source=make_source(f"https://a.example/{i}",
                                                                      published=f"2024-02-0{i}"))
           for i in range(1, 5)]
    load_claims(empty_db, [spoken, *own])
    for name, params in (("who-accused-whom", {}), ("timeline", {}), ("dossier", {})):
        rows = _rows(empty_db, name, actor="Russia", limit=3, **params)
        assert len(rows) == 3 and rows[0]["speaks_for"] == "Russia", name
