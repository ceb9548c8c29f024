"""The loader on a real Neo4j: idempotent, replacing per source, consistent derived edges.

Uses the session fixtures of conftest.py (`neo4j_conn`, `driver`) and `empty_db`
(the driver on a wiped database). Tests that need no server are at the end.
"""

from __future__ import annotations

import random
import socket
import threading
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accusegraph.errors import AuthError, DatabaseError, InputError, UnreachableError
from accusegraph.graph import stream
from accusegraph.graph.db import open_driver
from accusegraph.graph.derived import ClaimState, plan_edges
from accusegraph.graph.load import (
    LoadReport, check_derived_edges, load_claims, merge_actors, rebuild_derived_edges, source_hash)
from accusegraph.graph.read import iter_claims_from_db
from accusegraph.graph.queries import run_query
from accusegraph.graph.schema import LABELS, REL_TYPES, checked_label, checked_rel_type, derived_rel_type
from accusegraph.graph.stats import graph_stats
from accusegraph.model import Evidence
from accusegraph.settings import ConnectionSettings, Secret

from factories import make_actor, make_claim, make_source, make_story

# ------------------------------------------------------------------ helpers

def _plain(value: Any) -> Any:
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def graph_dump(driver) -> tuple[list, list]:
    """Every node and relationship with all properties, keyed by the nodes' `id` property."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props")
    node_rows = sorted(
        (tuple(sorted(r["labels"])), tuple(sorted((k, repr(_plain(v))) for k, v in r["props"].items())))
        for r in nodes)
    rel_rows = sorted(
        (r["a"], r["type"], r["b"], tuple(sorted((k, repr(_plain(v))) for k, v in r["props"].items())))
        for r in rels)
    return node_rows, rel_rows


def claims_in_db(driver) -> dict[str, Any]:
    return {c.id: c for c in iter_claims_from_db(driver)}


def expected_edges(claims) -> dict[tuple[str, str, str], tuple]:
    """Derived edges computed in Python from a final claim set (the loader's definition)."""
    acc: dict[tuple[str, str, str], dict] = {}
    for c in claims:
        if c.target is None or c.negated:
            continue
        key = (c.actor.id, derived_rel_type(c.action), c.target.id)
        e = acc.setdefault(key, {"claims": set(), "sources": set(), "dates": []})
        e["claims"].add(c.id)
        e["sources"].add(c.source.id)
        if c.source.published:
            e["dates"].append(c.source.published[:10])
    return {k: (len(v["claims"]), len(v["sources"]), min(v["dates"], default=None),
                max(v["dates"], default=None)) for k, v in acc.items()}


def stored_edges(driver) -> dict[tuple[str, str, str], tuple]:
    records, _, _ = driver.execute_query(
        "MATCH (a:Actor)-[r]->(b:Actor) WHERE type(r) IN $types "
        "RETURN a.id AS a, type(r) AS t, b.id AS b, r.claims AS n, r.sources AS s, r.first AS f, r.last AS l",
        types=[t for t in REL_TYPES if t not in ("MADE", "AGAINST", "REPORTED_IN", "CITES", "RESPONDS_TO")])
    return {(r["a"], r["t"], r["b"]): (r["n"], r["s"], _plain(r["f"]), _plain(r["l"])) for r in records}


def wipe(driver) -> None:
    driver.execute_query("MATCH (n) DETACH DELETE n")


def _story_v1():
    return make_story("https://news.example/kaspersky", "Alpha News", "2018-06-13",
                      ("European Parliament", "accuse", "Kaspersky Lab"),
                      ("Kaspersky Lab", "deny", "European Parliament"),
                      ("Kaspersky Lab", "cut_ties", "Europol"))


def _story_other():
    return make_story("https://other.example/x", "Beta Times", "2018-06-20",
                      ("Europol", "criticize", "Kaspersky Lab"),
                      ("European Parliament", "accuse", "Kaspersky Lab"))


# ------------------------------------------------------------------ idempotence

@pytest.mark.neo4j
def test_load_twice_changes_nothing(empty_db):
    claims = _story_v1() + _story_other()
    first = load_claims(empty_db, claims)
    assert (first.created, first.sources_loaded, first.sources_skipped) == (5, 2, 0)
    before = graph_dump(empty_db)

    second = load_claims(empty_db, claims)
    assert second == LoadReport(claims_read=5, unchanged=5, sources_skipped=2)
    assert graph_dump(empty_db) == before

    forced = load_claims(empty_db, list(reversed(claims)), force=True)
    assert (forced.created, forced.replaced, forced.deleted, forced.sources_loaded) == (0, 0, 0, 2)
    assert graph_dump(empty_db) == before


@pytest.mark.neo4j
def test_load_in_any_order_and_batch_size_gives_the_same_graph(empty_db):
    claims = _story_v1() + _story_other()
    load_claims(empty_db, claims, batch_size=1000)
    reference = graph_dump(empty_db)
    for seed in (1, 2):
        wipe(empty_db)
        shuffled = claims[:]
        random.Random(seed).shuffle(shuffled)
        load_claims(empty_db, shuffled, batch_size=1)
        assert graph_dump(empty_db) == reference


@pytest.mark.neo4j
def test_load_then_read_gives_the_same_claims(empty_db):
    src = make_source("https://news.example/r", publisher="Gamma Post",
                      published="2024-05-02T09:30:00+02:00", title="Round trip")
    acc = make_claim("Alpha Corp", "accuse", "Beta Ltd", source=src, allegation="fraud",
                     evidence=Evidence(status="cited", description="an audit report"),
                     hedged=True, confidence=0.75, extractor="rules/1")
    deny = make_claim("Beta Ltd", "deny", None, source=src, start=200, responds_to=acc.id,
                      negated=False, extractor="llm/x")
    undated = make_claim("Gamma", "threaten", "Alpha Corp",
                         source=make_source("https://u.example/", publisher=None, published=None, title=None),
                         negated=True)
    claims = [acc, deny, undated]
    load_claims(empty_db, claims)
    assert claims_in_db(empty_db) == {c.id: c for c in claims}


@pytest.mark.neo4j
def test_duplicate_claim_ids_in_input_keep_the_last(empty_db):
    a = make_claim(allegation="first version")
    b = a.model_copy(update={"allegation": "second version"})
    report = load_claims(empty_db, [a, b])
    assert (report.claims_read, report.duplicates, report.created) == (2, 1, 1)
    assert claims_in_db(empty_db)[a.id].allegation == "second version"


# ------------------------------------------------------------------ replacing a source

@pytest.mark.neo4j
def test_reingest_with_changed_extraction_replaces_that_sources_claims(empty_db):
    v1 = _story_v1()
    other = _story_other()
    load_claims(empty_db, v1 + other)

    kept = v1[0].model_copy(update={"allegation": "spying for Russia"})       # same id, changed
    added = make_claim("NATO", "investigate", "Kaspersky Lab", source=v1[0].source, start=500)
    v2 = [kept, added]                                                        # v1[1], v1[2] gone
    report = load_claims(empty_db, v2)
    assert (report.created, report.replaced, report.deleted, report.unchanged) == (1, 1, 2, 0)
    assert (report.sources_loaded, report.sources_skipped) == (1, 0)

    stored = claims_in_db(empty_db)
    assert stored == {c.id: c for c in v2 + other}
    # no stale evidence, no duplicated claim node
    records, _, _ = empty_db.execute_query(
        "MATCH (e:Evidence) WHERE NOT (:Claim)-[:CITES]->(e) RETURN count(e) AS n")
    assert records[0]["n"] == 0
    records, _, _ = empty_db.execute_query("MATCH (c:Claim) RETURN count(c) AS n, count(DISTINCT c.id) AS d")
    assert records[0]["n"] == records[0]["d"] == 4
    assert check_derived_edges(empty_db) == []

    # the graph is exactly what loading the final claims into an empty database gives
    after = graph_dump(empty_db)
    wipe(empty_db)
    load_claims(empty_db, other + v2)
    assert graph_dump(empty_db) == after


@pytest.mark.neo4j
def test_actor_dropped_by_reingest_is_removed(empty_db):
    v1 = _story_v1()
    load_claims(empty_db, v1)
    load_claims(empty_db, v1[:1])  # Europol no longer appears anywhere
    records, _, _ = empty_db.execute_query("MATCH (a:Actor) RETURN a.name AS name ORDER BY name")
    assert [r["name"] for r in records] == ["European Parliament", "Kaspersky Lab"]


@pytest.mark.neo4j
def test_interrupted_load_resumes_and_ends_like_one_load(empty_db):
    stories = [make_story(f"https://s{i}.example/", "Alpha News", f"2024-01-{i + 1:02d}",
                          ("A", "accuse", "B"), ("B", "deny", "A"), (f"C{i}", "sanction", "A"))
               for i in range(6)]
    claims = [c for s in stories for c in s]
    seen = []

    def crash_after_two_batches(n: int) -> None:
        seen.append(n)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        load_claims(empty_db, claims, batch_size=3, progress=crash_after_two_batches)
    resumed = load_claims(empty_db, claims, batch_size=3)
    assert (resumed.sources_skipped, resumed.sources_loaded, resumed.created) == (2, 4, 12)
    after = graph_dump(empty_db)
    wipe(empty_db)
    load_claims(empty_db, claims)
    assert graph_dump(empty_db) == after


@pytest.mark.neo4j
def test_response_link_appears_when_the_answered_claim_arrives_later(empty_db):
    acc = make_claim("A", "accuse", "B", source=make_source("https://one.example/"))
    deny = make_claim("B", "deny", "A", source=make_source("https://two.example/"), responds_to=acc.id)
    load_claims(empty_db, [deny])
    load_claims(empty_db, [acc])
    records, _, _ = empty_db.execute_query(
        "MATCH (r:Claim)-[:RESPONDS_TO]->(a:Claim) RETURN r.id AS r, a.id AS a")
    assert [(x["r"], x["a"]) for x in records] == [(deny.id, acc.id)]
    # replacing the accusation's source keeps the link; dropping the accusation removes it
    changed = acc.model_copy(update={"allegation": "bribery"})
    load_claims(empty_db, [changed])
    records, _, _ = empty_db.execute_query("MATCH ()-[r:RESPONDS_TO]->() RETURN count(r) AS n")
    assert records[0]["n"] == 1
    other = make_claim("C", "accuse", "B", source=acc.source, start=300)
    load_claims(empty_db, [other])
    records, _, _ = empty_db.execute_query("MATCH ()-[r:RESPONDS_TO]->() RETURN count(r) AS n")
    assert records[0]["n"] == 0
    assert claims_in_db(empty_db)[deny.id].responds_to == acc.id


# ------------------------------------------------------------------ streaming, batches, derived data kept incrementally

def _split(claims_a, claims_b):
    """Source A's first claim, all of B, then the rest of A: A is not contiguous."""
    return claims_a[:1] + claims_b + claims_a[1:]


@pytest.mark.neo4j
def test_source_split_across_a_long_input_loads_like_a_grouped_one(empty_db, monkeypatch):
    monkeypatch.setattr(stream, "LOOKAHEAD_CLAIMS", 1)  # every source is passed on as soon as possible
    a = make_story("https://split.example/a", "P", "2024-05-02",
                   ("A", "accuse", "B"), ("B", "deny", "A"), ("C", "accuse", "B"))
    b = make_story("https://split.example/b", "Q", "2024-05-01", ("A", "accuse", "B"), ("D", "sue", "A"))
    split = _split(a, b)
    report = load_claims(empty_db, split, batch_size=1)
    assert (report.claims_read, report.created) == (5, 5)
    assert check_derived_edges(empty_db) == []
    assert claims_in_db(empty_db) == {c.id: c for c in a + b}
    after = graph_dump(empty_db)

    again = load_claims(empty_db, split, batch_size=1)  # the later part merges back what the first replaced
    assert again.claims_read == 5
    assert graph_dump(empty_db) == after

    wipe(empty_db)
    monkeypatch.setattr(stream, "LOOKAHEAD_CLAIMS", 20_000)
    load_claims(empty_db, a + b)
    assert graph_dump(empty_db) == after
    # and the source hash written from parts equals the one of the whole set: grouped input is skipped
    grouped = load_claims(empty_db, a + b)
    assert (grouped.sources_skipped, grouped.sources_loaded) == (2, 0)


@pytest.mark.neo4j
def test_reingest_in_parts_replaces_like_reingest_whole(empty_db, monkeypatch):
    v1 = _story_v1()
    other = _story_other()
    kept = v1[0].model_copy(update={"allegation": "spying for Russia"})
    added = make_claim("NATO", "investigate", "Kaspersky Lab", source=v1[0].source, start=500)
    v2 = sorted([kept, added], key=lambda c: c.id)
    load_claims(empty_db, v1 + other)
    monkeypatch.setattr(stream, "LOOKAHEAD_CLAIMS", 1)
    load_claims(empty_db, _split(v2, other), batch_size=1)
    assert claims_in_db(empty_db) == {c.id: c for c in v2 + other}
    assert check_derived_edges(empty_db) == []
    after = graph_dump(empty_db)
    wipe(empty_db)
    load_claims(empty_db, other + v2)
    assert graph_dump(empty_db) == after


def _hub_claims(n_sources: int, seed: int):
    """Many small sources around a few frequent actors, with undated, negated and untargeted claims."""
    rng = random.Random(seed)
    names = ["Hub", "Hub", "Hub", "Other", "Other", "X1", "X2", "X3", "X4"]
    claims = []
    for i in range(n_sources):
        day = None if i % 7 == 0 else f"2024-{1 + i % 12:02d}-{1 + (i * 5) % 28:02d}"
        source = make_source(f"https://hub.example/{i}", publisher=rng.choice(["P", "Q", "R"]), published=day)
        for k in range(rng.randint(1, 4)):
            actor, target = rng.sample(sorted(set(names)), 2)
            claims.append(make_claim(rng.choice([actor, "Hub"]), rng.choice(["accuse", "deny", "sue"]),
                                     None if rng.random() < 0.1 else target, source=source,
                                     start=k * 100, negated=rng.random() < 0.15))
    return claims


@pytest.mark.neo4j
def test_edges_added_to_batch_by_batch_equal_a_recomputation(empty_db):
    claims = _hub_claims(40, seed=5)
    load_claims(empty_db, claims, batch_size=4)
    assert check_derived_edges(empty_db) == []
    assert stored_edges(empty_db) == expected_edges(claims)
    one_go = graph_dump(empty_db)
    wipe(empty_db)
    load_claims(empty_db, claims, batch_size=10_000)
    assert graph_dump(empty_db) == one_go


@pytest.mark.neo4j
def test_new_claims_in_a_source_already_counted_recompute_its_edge(empty_db):
    src = make_source("https://grow.example/", published="2024-06-01")
    first = make_claim("A", "accuse", "B", source=src, start=0)
    load_claims(empty_db, [first, make_claim("A", "accuse", "B", source=make_source("https://o.example/"))])
    second = make_claim("A", "accuse", "B", source=src, start=100)  # same source: sources must stay 2
    load_claims(empty_db, [first, second])
    assert stored_edges(empty_db)[("actor:a", "ACCUSES", "actor:b")][:2] == (3, 2)
    assert check_derived_edges(empty_db) == []


@pytest.mark.neo4j
def test_a_later_load_with_a_more_used_variant_renames_the_actor(empty_db):
    lower = make_actor("Kaspersky lab")
    upper = lower.model_copy(update={"name": "Kaspersky Lab"})  # same id: both names make it
    load_claims(empty_db, [make_claim("Europol", "accuse", lower, source=make_source("https://1.example/"))])
    load_claims(empty_db, [make_claim("NATO", "accuse", upper, source=make_source("https://2.example/")),
                           make_claim("EU", "accuse", upper, source=make_source("https://3.example/"))])
    records, _, _ = empty_db.execute_query(
        "MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.aliases AS aliases", id=lower.id)
    assert (records[0]["name"], records[0]["aliases"]) == ("Kaspersky Lab", ["Kaspersky Lab", "Kaspersky lab"])
    # a new non-id name joins the aliases without taking the name
    vendor = make_actor("the Russian antivirus vendor").model_copy(update={"id": lower.id})
    load_claims(empty_db, [make_claim("NATO", "accuse", vendor, source=make_source("https://4.example/"))])
    records, _, _ = empty_db.execute_query(
        "MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.aliases AS aliases", id=lower.id)
    assert records[0]["name"] == "Kaspersky Lab"
    assert records[0]["aliases"] == ["Kaspersky Lab", "Kaspersky lab", "the Russian antivirus vendor"]


@pytest.mark.neo4j
def test_concurrent_fresh_loads_keep_shared_edges_exact(empty_db):
    claims = _hub_claims(30, seed=9)
    by_source: dict[str, list] = {}
    for c in claims:
        by_source.setdefault(c.source.id, []).append(c)
    groups = list(by_source.values())
    halves = [[c for g in groups[0::2] for c in g], [c for g in groups[1::2] for c in g]]
    errors: list[BaseException] = []

    def run(part):
        try:
            load_claims(empty_db, part, batch_size=5)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(h,)) for h in halves]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert check_derived_edges(empty_db) == []
    assert stored_edges(empty_db) == expected_edges(claims)



# ------------------------------------------------------------------ derived edges

@pytest.mark.neo4j
def test_derived_edges_equal_a_recomputation_after_any_sequence_of_loads(empty_db):
    rng = random.Random(20240613)
    names = ["A", "B", "C", "D"]
    actions = ["accuse", "deny", "sanction", "criticize"]
    urls = [f"https://seq{i}.example/" for i in range(4)]
    current: dict[str, list] = {}
    for step in range(8):
        batch = []
        for url in rng.sample(urls, 2):
            source = make_source(url, publisher=rng.choice(["P", "Q"]),
                                 published=f"2024-02-{rng.randint(1, 28):02d}")
            version = []
            for k in range(rng.randint(0, 4)):
                actor, target = rng.sample(names, 2)
                version.append(make_claim(actor, rng.choice(actions), target, source=source,
                                          start=k * 100, negated=rng.random() < 0.25))
            if version:
                current[url] = version
                batch.extend(version)
        load_claims(empty_db, batch, batch_size=rng.choice([1, 3, 1000]))
        assert check_derived_edges(empty_db) == [], f"after step {step}"
        final = [c for claims in current.values() for c in claims]
        assert stored_edges(empty_db) == expected_edges(final), f"after step {step}"


@pytest.mark.neo4j
def test_negated_claims_make_no_derived_edge(empty_db):
    load_claims(empty_db, [make_claim("A", "accuse", "B", negated=True)])
    assert stored_edges(empty_db) == {}
    assert check_derived_edges(empty_db) == []


@pytest.mark.neo4j
def test_derived_edge_counts_sources_and_dates(empty_db):
    claims = (make_story("https://x.example/1", "P", "2024-01-05", ("A", "accuse", "B"), ("A", "accuse", "B"))
              + make_story("https://x.example/2", "P", "2024-03-01", ("A", "accuse", "B")))
    load_claims(empty_db, claims)
    assert stored_edges(empty_db) == {
        ("actor:a", "ACCUSES", "actor:b"): (3, 2, "2024-01-05", "2024-03-01")}


def edge_publishers(driver) -> dict[tuple[str, str, str], list[str]]:
    records, _, _ = driver.execute_query(
        "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id AS a, type(r) AS t, b.id AS b, r.publishers AS p")
    return {(r["a"], r["t"], r["b"]): r["p"] for r in records}


@pytest.mark.neo4j
def test_derived_edge_keeps_each_publisher_once_ignoring_case_and_spaces(empty_db):
    triple = ("A", "accuse", "B")
    claims = (make_story("https://x.example/1", "Daily Post", "2024-01-05", triple)
              + make_story("https://x.example/2", "  daily POST\t", "2024-01-06", triple)
              + make_story("https://x.example/3", None, "2024-01-07", triple))
    load_claims(empty_db, claims, batch_size=1)  # each source adds to the edge made by the first
    load_claims(empty_db, make_story("https://x.example/4", "Wire", "2024-01-08", triple)
                + make_story("https://x.example/5", "   ", "2024-01-09", triple))
    assert edge_publishers(empty_db) == {
        ("actor:a", "ACCUSES", "actor:b"): ["daily post", "wire"]}
    assert check_derived_edges(empty_db) == []
    # the graph's statistics count publishers the same way (a blank one is none)
    assert graph_stats(empty_db)["sources"]["publishers"] == 2


@pytest.mark.neo4j
def test_a_source_reloaded_under_another_publisher_moves_its_edges(empty_db):
    load_claims(empty_db, make_story("https://x.example/1", "Old Name", "2024-01-05", ("A", "accuse", "B")))
    load_claims(empty_db, make_story("https://x.example/1", "New Name", "2024-01-05", ("A", "accuse", "B")))
    assert edge_publishers(empty_db) == {("actor:a", "ACCUSES", "actor:b"): ["new name"]}
    assert check_derived_edges(empty_db) == []


def claim_keys(driver) -> dict[str, tuple]:
    records, _, _ = driver.execute_query(
        "MATCH (c:Claim) RETURN c.id AS id, c.pair AS pair, toString(c.published) AS day")
    return {r["id"]: (r["pair"], r["day"]) for r in records}


@pytest.mark.neo4j
def test_claims_keep_their_pair_and_their_sources_date(empty_db, monkeypatch):
    load_claims(empty_db, make_story("https://x.example/1", "P", "2024-01-05", ("A", "accuse", "B"),
                                     ("B", "deny", "A"), ("A", "deny", None)))
    assert sorted(claim_keys(empty_db).values(), key=str) == sorted([
        (["actor:a", "actor:b"], "2024-01-05"),
        (["actor:b", "actor:a"], "2024-01-05"), (None, "2024-01-05")], key=str)
    wipe(empty_db)

    # Two claims disagree on their source's date; the one with the smaller id decides. When it
    # comes in a later part, the claim stored from the first part takes the date it brings.
    one, two = make_story("https://x.example/2", "P", "2024-03-03", ("A", "accuse", "B"), ("C", "sue", "B"))
    first, second = sorted([one, two], key=lambda c: c.id)
    early = first.model_copy(update={"source": first.source.model_copy(update={"published": "2024-01-01"})})
    other = make_story("https://x.example/3", "Q", "2024-02-02", *[("D", "accuse", "E")] * 3)
    monkeypatch.setattr(stream, "LOOKAHEAD_CLAIMS", 1)
    report = load_claims(empty_db, [second] + other + [early], batch_size=1)
    assert report.sources_loaded == 3  # the first source came in two parts
    assert claim_keys(empty_db)[second.id][1] == "2024-01-01"
    assert check_derived_edges(empty_db) == []
    parts = graph_dump(empty_db)
    wipe(empty_db)
    load_claims(empty_db, [early, second] + other)
    assert graph_dump(empty_db) == parts


@pytest.mark.neo4j
def test_a_graph_loaded_before_claim_keys_gets_them_at_the_next_load(empty_db):
    claims = _story_v1()
    load_claims(empty_db, claims)
    right = claim_keys(empty_db)
    # what an older loader left: no keys on the claims, no index for them
    empty_db.execute_query("MATCH (c:Claim) REMOVE c.pair, c.published")
    empty_db.execute_query("DROP INDEX claim_pair")
    assert run_query(empty_db, "evidence-trail", {"actor": "European Parliament", "target": "Kaspersky"})[1] == []
    load_claims(empty_db, _story_other())  # any load: other sources
    keys = claim_keys(empty_db)
    assert {cid: keys[cid] for cid in right} == right
    assert check_derived_edges(empty_db) == []
    assert run_query(empty_db, "evidence-trail", {"actor": "European Parliament", "target": "Kaspersky"})[1] != []


@pytest.mark.neo4j
def test_check_and_rebuild_repair_tampered_claim_keys(empty_db):
    claims = _story_v1()
    load_claims(empty_db, claims)
    right = claim_keys(empty_db)
    empty_db.execute_query("MATCH (c:Claim {id: $id}) SET c.pair = ['x', 'y']", id=claims[0].id)
    empty_db.execute_query("MATCH (c:Claim {id: $id}) REMOVE c.published", id=claims[1].id)
    problems = check_derived_edges(empty_db)
    assert len(problems) == 2
    assert any(claims[0].id in p and "stored pair=['x', 'y']" in p for p in problems)
    assert any(claims[1].id in p and "published=None" in p for p in problems)
    rebuild_derived_edges(empty_db)
    assert check_derived_edges(empty_db) == []
    assert claim_keys(empty_db) == right


@pytest.mark.neo4j
def test_a_new_loader_version_refreshes_edges_stored_by_an_older_one(empty_db, monkeypatch):
    claims = make_story("https://x.example/1", "P", "2024-01-05", ("A", "accuse", "B"))
    load_claims(empty_db, claims)
    # an older loader stored no publishers on derived edges
    empty_db.execute_query("MATCH ()-[r:ACCUSES]->() REMOVE r.publishers")
    assert load_claims(empty_db, claims).unchanged == 1  # same version: nothing is rewritten
    monkeypatch.setattr(stream, "LOADER_VERSION", stream.LOADER_VERSION + "-next")
    assert load_claims(empty_db, claims).replaced == 1
    assert edge_publishers(empty_db) == {("actor:a", "ACCUSES", "actor:b"): ["p"]}
    assert check_derived_edges(empty_db) == []


def accused_counts(driver) -> dict[str, tuple[int, int]]:
    records, _, _ = driver.execute_query(
        "MATCH (t:Actor) WHERE t.accusations IS NOT NULL RETURN t.id AS id, t.accusations AS n, t.accusers AS k")
    return {r["id"]: (r["n"], r["k"]) for r in records}


@pytest.mark.neo4j
def test_actors_keep_the_count_of_accusing_claims_against_them(empty_db):
    load_claims(empty_db, make_story("https://x.example/1", "P", "2024-01-05", ("A", "accuse", "B"),
                                     ("C", "criticize", "B"), ("A", "sue", "B"), ("A", "deny", "B"),
                                     ("B", "accuse", "A")))
    load_claims(empty_db, make_story("https://x.example/2", "P", "2024-01-06", ("C", "investigate", "B"))
                + make_story("https://x.example/3", "P", "2024-01-06", ("A", "accuse", "B"), negated=True))
    assert accused_counts(empty_db) == {"actor:b": (4, 2), "actor:a": (1, 1)}
    # the accusation against A is replaced by a denial: A keeps no counts
    load_claims(empty_db, make_story("https://x.example/1", "P", "2024-01-05", ("A", "accuse", "B"),
                                     ("C", "criticize", "B"), ("A", "sue", "B"), ("A", "deny", "B"),
                                     ("B", "deny", "A")))
    assert accused_counts(empty_db) == {"actor:b": (4, 2)}
    merge_actors(empty_db, "actor:a", "actor:c")
    assert accused_counts(empty_db) == {"actor:b": (4, 1)}
    assert check_derived_edges(empty_db) == []
    empty_db.execute_query("MATCH (t:Actor {id: 'actor:b'}) SET t.accusers = 7")
    empty_db.execute_query("MATCH (t:Actor {id: 'actor:a'}) SET t.accusations = 1")
    assert len(check_derived_edges(empty_db)) == 2
    rebuild_derived_edges(empty_db)
    assert accused_counts(empty_db) == {"actor:b": (4, 1)}
    assert check_derived_edges(empty_db) == []


@pytest.mark.neo4j
def test_check_finds_wrong_publishers(empty_db):
    load_claims(empty_db, make_story("https://x.example/1", "P", "2024-01-05", ("A", "accuse", "B")))
    empty_db.execute_query("MATCH ()-[r:ACCUSES]->() SET r.publishers = ['p', 'q']")
    assert [p for p in check_derived_edges(empty_db) if "publishers=['p', 'q']" in p] != []
    rebuild_derived_edges(empty_db)
    assert edge_publishers(empty_db) == {("actor:a", "ACCUSES", "actor:b"): ["p"]}


@pytest.mark.neo4j
def test_check_and_rebuild_repair_tampered_edges(empty_db):
    load_claims(empty_db, _story_v1() + _story_other())
    empty_db.execute_query("MATCH ()-[r:ACCUSES]->() SET r.claims = 99")
    empty_db.execute_query("MATCH ()-[r:DENIES]->() DELETE r")
    empty_db.execute_query("MATCH (a:Actor {id: 'actor:europol'}) "
                           "MERGE (x:Actor {id: 'actor:nato'}) MERGE (a)-[:SUES {claims: 1}]->(x)")
    problems = check_derived_edges(empty_db)
    assert len(problems) == 3
    assert any("ACCUSES" in p and "claims=99" in p for p in problems)
    assert any("DENIES" in p and "missing" in p for p in problems)
    assert any("SUES" in p and "no claim supports it" in p for p in problems)
    rebuild_derived_edges(empty_db)
    assert check_derived_edges(empty_db) == []
    assert stored_edges(empty_db) == expected_edges(_story_v1() + _story_other())


# ------------------------------------------------------------------ actors

@pytest.mark.neo4j
def test_aliases_collect_every_name_the_claims_used(empty_db):
    lab = make_actor("Kaspersky Lab")
    lower = lab.model_copy(update={"name": "Kaspersky lab"})
    claims = [make_claim("Europol", "accuse", lab, start=0),
              make_claim("NATO", "accuse", lab, start=100),
              make_claim("Europol", "criticize", lower, start=200)]
    load_claims(empty_db, claims)
    records, _, _ = empty_db.execute_query(
        "MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.aliases AS aliases", id=lab.id)
    assert (records[0]["name"], records[0]["aliases"]) == ("Kaspersky Lab", ["Kaspersky Lab", "Kaspersky lab"])
    # each claim still reads back with the name it used
    assert claims_in_db(empty_db)[claims[2].id].target.name == "Kaspersky lab"


@pytest.mark.neo4j
def test_merge_actors_keeps_all_claims(empty_db):
    lab, short = make_actor("Kaspersky Lab"), make_actor("Kaspersky")
    claims = [make_claim("European Parliament", "accuse", lab, start=0),
              make_claim(short, "deny", "European Parliament", start=100),
              make_claim("Europol", "accuse", short, start=200),
              make_claim(short, "accuse", lab, start=300)]
    load_claims(empty_db, claims)
    before = set(claims_in_db(empty_db))

    report = merge_actors(empty_db, lab.id, short.id)
    assert report.claims_moved == 3
    stored = claims_in_db(empty_db)
    assert set(stored) == before
    assert {stored[c.id].actor.id for c in claims if c.actor.id == short.id} == {lab.id}
    assert {stored[c.id].target.id for c in claims if c.target and c.target.id == short.id} == {lab.id}
    records, _, _ = empty_db.execute_query(
        "MATCH (a:Actor) WHERE a.id IN $ids "
        "RETURN a.id AS id, a.name AS name, a.aliases AS aliases, a.merged_ids AS merged",
        ids=[lab.id, short.id])
    # "Kaspersky" is used more often, but the kept actor keeps the name its id was made from
    assert [(r["id"], r["name"], r["aliases"], r["merged"]) for r in records] == [
        (lab.id, "Kaspersky Lab", ["Kaspersky", "Kaspersky Lab"], [short.id])]
    assert check_derived_edges(empty_db) == []
    assert ("actor:kaspersky-lab", "ACCUSES", "actor:kaspersky-lab") in stored_edges(empty_db)
    # the moved claims' pair keys name the kept actor
    assert claim_keys(empty_db)[claims[3].id][0] == [lab.id, lab.id]
    assert claim_keys(empty_db)[claims[2].id][0] == ["actor:europol", lab.id]

    # re-ingesting the same claims later follows the alias decision
    load_claims(empty_db, claims, force=True)
    records, _, _ = empty_db.execute_query("MATCH (a:Actor {id: $id}) RETURN count(a) AS n", id=short.id)
    assert records[0]["n"] == 0
    assert set(claims_in_db(empty_db)) == before
    assert check_derived_edges(empty_db) == []


@pytest.mark.neo4j
def test_merge_actors_refuses_unknown_or_same_ids(empty_db):
    load_claims(empty_db, [make_claim()])
    with pytest.raises(InputError, match="no actor"):
        merge_actors(empty_db, "actor:alpha-corp", "actor:nobody")
    with pytest.raises(InputError, match="itself"):
        merge_actors(empty_db, "actor:alpha-corp", "actor:alpha-corp")


# ------------------------------------------------------------------ injection

NASTY = [
    "O'Brien \"the\" `Quoter`",
    "{braces} and }) DETACH DELETE n //",
    "'}) MATCH (n) DETACH DELETE n //",
    "null\x00byte",
    "\u202eRTL\u200f mark \u202b",
    "/* comment */ $param \\ backslash",
]


@pytest.mark.parametrize("text", NASTY)
@pytest.mark.neo4j
def test_injection_strings_are_stored_exactly(empty_db, text):
    bystander = make_claim("Bystander", "accuse", "Someone", source=make_source("https://by.example/"))
    actor = make_actor(text, kind="person")
    claim = make_claim(actor, "accuse", make_actor(text + " target"), quote=text + " said it.",
                       allegation=text, evidence=Evidence(status="cited", description=text),
                       source=make_source("https://nasty.example/?q=" + text, publisher=text, title=text))
    load_claims(empty_db, [bystander, claim])
    stored = claims_in_db(empty_db)
    assert stored == {bystander.id: bystander, claim.id: claim}
    columns, rows = run_query(empty_db, "who-accused-whom", {"actor": text})
    assert [row[columns.index("allegation")] for row in rows] == [text]
    assert graph_stats(empty_db)["nodes"]["Claim"] == 2


# Pieces of Cypher syntax and awkward characters, mixed with any UTF-8 character.
_NASTY_TEXT = st.lists(
    st.sampled_from(["'", '"', "`", "{", "}", "})", " DETACH DELETE n ", "//", "/*", "$x", "\\",
                     "\x00", "\u200f", "\u202e", "\n"]) | st.characters(codec="utf-8"),
    min_size=1, max_size=20).map("".join)


@pytest.mark.neo4j
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_NASTY_TEXT.filter(lambda t: t.strip()), quote=_NASTY_TEXT)
def test_any_text_round_trips_through_load_and_query(driver, name, quote):
    wipe(driver)
    claim = make_claim(make_actor(name, kind="group"), "accuse", "Target Org", quote=quote,
                       allegation=name + quote, source=make_source("https://h.example/", publisher=name))
    load_claims(driver, [claim])
    assert list(iter_claims_from_db(driver)) == [claim]
    columns, rows = run_query(driver, "who-accused-whom", {"actor": name})
    assert [row[columns.index("quote")] for row in rows] == [quote]
    assert graph_stats(driver)["nodes"] == {"Actor": 2, "Source": 1, "Claim": 1, "Evidence": 1}


@pytest.mark.neo4j
def test_labels_and_types_come_only_from_the_vocabulary(empty_db):
    for bad in ("ACCUSES]->() DETACH DELETE n //", "accuses", "Actor`"):
        with pytest.raises(DatabaseError):
            checked_rel_type(bad)
        with pytest.raises(DatabaseError):
            checked_label(bad)
    load_claims(empty_db, _story_v1() + _story_other())
    records, _, _ = empty_db.execute_query("CALL db.labels() YIELD label RETURN collect(label) AS l")
    assert set(records[0]["l"]) <= set(LABELS)
    records, _, _ = empty_db.execute_query(
        "MATCH ()-[r]->() RETURN collect(DISTINCT type(r)) AS t")
    assert set(records[0]["t"]) <= set(REL_TYPES)


# ------------------------------------------------------------------ concurrency

@pytest.mark.neo4j
def test_two_concurrent_loads_end_like_one_after_the_other(empty_db):
    stories = [make_story(f"https://c{i}.example/", "P", "2024-04-01",
                          ("A", "accuse", "B"), ("B", "accuse", "A"), (f"X{i % 3}", "criticize", "A"))
               for i in range(12)]
    claims = [c for s in stories for c in s]
    first, second = claims[:24], claims[12:]   # overlapping
    errors: list[BaseException] = []

    def run(part):
        try:
            load_claims(empty_db, part, batch_size=3)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(p,)) for p in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    together = graph_dump(empty_db)
    assert check_derived_edges(empty_db) == []
    wipe(empty_db)
    load_claims(empty_db, first)
    load_claims(empty_db, second)
    assert graph_dump(empty_db) == together


# ------------------------------------------------------------------ stats

@pytest.mark.neo4j
def test_graph_stats_counts_what_was_loaded(empty_db):
    load_claims(empty_db, _story_v1() + _story_other())
    stats = graph_stats(empty_db)
    assert stats["nodes"] == {"Actor": 3, "Source": 2, "Claim": 5, "Evidence": 5}
    assert stats["claims"]["by_action"]["accuse"] == 2
    assert stats["claims"]["total"] == 5
    assert stats["derived_edges"]["ACCUSES"] == {"edges": 1, "claims": 2}
    assert stats["sources"] == {"sources": 2, "publishers": 2, "first": "2018-06-13",
                                "last": "2018-06-20", "undated": 0}


# ------------------------------------------------------------------ connection errors

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_uri_gives_unreachable_error():
    uri = f"bolt://127.0.0.1:{_free_port()}"
    with pytest.raises(UnreachableError) as info:
        open_driver(ConnectionSettings(uri=uri, password=Secret("whatever-secret")))
    message = str(info.value)
    assert uri in message and "NEO4J_URI" in message and "accusegraph server start" in message
    assert "\n" not in message and "whatever-secret" not in message


def test_not_a_neo4j_uri_gives_one_line():
    with pytest.raises(UnreachableError, match="NEO4J_URI"):
        open_driver(ConnectionSettings(uri="http://127.0.0.1:7474"))


def test_no_uri_and_no_local_server_says_how_to_start_one():
    with pytest.raises(UnreachableError, match="accusegraph server start"):
        open_driver(ConnectionSettings(uri=None), None)


@pytest.mark.neo4j
def test_wrong_password_gives_auth_error(neo4j_conn):
    secret = "Wr0ng-pa55word-" + "x" * 6
    settings = ConnectionSettings(uri=neo4j_conn.uri, username=neo4j_conn.username,
                                  password=Secret(secret), database=neo4j_conn.database)
    with pytest.raises(AuthError) as info:
        open_driver(settings)
    message = str(info.value)
    assert "NEO4J_USERNAME" in message and "NEO4J_PASSWORD" in message
    assert secret not in message and "\n" not in message
    assert info.value.__cause__ is None and info.value.__suppress_context__
    # a successful login clears the server's failed-attempt count for this user
    open_driver(ConnectionSettings(uri=neo4j_conn.uri, username=neo4j_conn.username,
                                   password=Secret(neo4j_conn.password))).close()


@pytest.mark.neo4j
def test_unknown_database_gives_database_error(neo4j_conn):
    settings = ConnectionSettings(uri=neo4j_conn.uri, username=neo4j_conn.username,
                                  password=Secret(neo4j_conn.password), database="no-such-db")
    with pytest.raises(DatabaseError) as info:
        open_driver(settings)
    assert type(info.value) is DatabaseError
    assert "NEO4J_DATABASE" in str(info.value) and "no-such-db" in str(info.value)


@pytest.mark.neo4j
def test_local_connection_is_used_without_a_uri(neo4j_conn):
    calls = []

    def local() -> tuple[str, str, str]:
        calls.append(1)
        return neo4j_conn.uri, neo4j_conn.username, neo4j_conn.password

    driver = open_driver(ConnectionSettings(uri=None, database=neo4j_conn.database), local)
    driver.close()
    assert calls == [1]


# ------------------------------------------------------------------ no server needed

@pytest.mark.parametrize("batch", [0, -5])
def test_batch_size_must_be_positive(batch):
    with pytest.raises(InputError):
        load_claims(None, [], batch_size=batch)  # type: ignore[arg-type]


def test_source_hash_ignores_claim_order_but_not_content():
    claims = _story_v1()
    source = claims[0].source
    assert source_hash(source, claims) == source_hash(source, list(reversed(claims)))
    changed = [claims[0].model_copy(update={"allegation": "x"})] + claims[1:]
    assert source_hash(source, claims) != source_hash(source, changed)


def test_losing_the_server_mid_work_is_one_line_error():
    import neo4j

    dead = neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{_free_port()}", auth=("neo4j", "secret-pw-1"),
                                      connection_timeout=2, max_transaction_retry_time=1)
    try:
        with pytest.raises(UnreachableError) as info:
            load_claims(dead, [make_claim()])
    finally:
        dead.close()
    assert "run the command again" in str(info.value) and "\n" not in str(info.value)
    assert "secret-pw-1" not in str(info.value)



def test_source_groups_are_passed_on_before_the_input_ends():
    stories = [make_story(f"https://g{i}.example/", "P", "2024-01-01", ("A", "accuse", "B"), ("B", "deny", "A"))
               for i in range(10)]
    read = []

    def claims():
        for story in stories:
            for c in story:
                read.append(c.id)
                yield c

    report = LoadReport()
    groups = stream.source_group_stream(claims(), report, batch_size=1, window=4)
    first = next(groups)
    assert first.source.id == stories[0][0].source.id and not first.merge
    assert len(read) <= 6  # the window, plus the claim that overflowed it
    rest = list(groups)
    assert [g.source.id for g in rest] == [s[0].source.id for s in stories[1:]]
    assert report.claims_read == 20


def test_a_source_that_comes_back_after_it_was_passed_on_is_a_merge_part():
    a = make_story("https://a.example/", "P", "2024-01-01", ("A", "accuse", "B"), ("B", "deny", "A"))
    b = make_story("https://b.example/", "P", "2024-01-01", ("C", "accuse", "D"), ("D", "deny", "C"))
    groups = list(stream.source_group_stream(a[:1] + b + a[1:], LoadReport(), batch_size=1, window=1))
    assert [(g.source.id, len(g.claims), g.merge) for g in groups] == [
        (a[0].source.id, 1, False), (b[0].source.id, 2, False), (a[0].source.id, 1, True)]
    # inside the window the same input groups whole
    whole = list(stream.source_group_stream(a[:1] + b + a[1:], LoadReport(), batch_size=1))
    assert [(len(g.claims), g.merge) for g in whole] == [(2, False), (2, False)]
    assert whole[0].hash == source_hash(a[0].source, a)


def test_batches_keep_two_parts_of_one_source_apart():
    a = make_story("https://a.example/", "P", None, ("A", "accuse", "B"), ("B", "deny", "A"))
    g1 = stream._group(a[:1], merge=False)
    g2 = stream._group(a[1:], merge=True)
    assert [len(b) for b in stream.batches([g1, g2], batch_size=100)] == [1, 1]
    # nor two records of one claim id under two sources
    moved = a[0].model_copy(update={"source": make_source("https://elsewhere.example/")})
    g3 = stream._group([moved], merge=False)
    assert [len(b) for b in stream.batches([g1, g3], batch_size=100)] == [1, 1]


@pytest.mark.neo4j
def test_a_claim_id_repeated_beyond_the_window_ends_under_its_last_source(empty_db, monkeypatch):
    monkeypatch.setattr(stream, "LOOKAHEAD_CLAIMS", 1)
    first = make_claim("A", "accuse", "B", source=make_source("https://first.example/"))
    filler = make_claim("C", "accuse", "D", source=make_source("https://filler.example/"))
    last = first.model_copy(update={"source": make_source("https://last.example/"), "allegation": "later"})
    load_claims(empty_db, [first, filler, last], batch_size=100)
    assert claims_in_db(empty_db)[first.id] == last
    records, _, _ = empty_db.execute_query(
        "MATCH (c:Claim {id: $id})-[r]-() RETURN type(r) AS t, count(*) AS n ORDER BY t", id=first.id)
    assert [(r["t"], r["n"]) for r in records] == [("AGAINST", 1), ("CITES", 1), ("MADE", 1), ("REPORTED_IN", 1)]
    assert check_derived_edges(empty_db) == []


def test_edge_plan_adds_fresh_sources_and_recomputes_the_rest():
    import datetime as dt

    def st_(actor, target, action="accuse", source="s1", negated=False):
        return ClaimState(actor, target, action, negated, source)

    plan = plan_edges(
        before=[st_("a", "b", source="old"), st_("a", "c", source="old")],
        removed=[st_("a", "c", source="old")],
        added=[st_("a", "b", source="s1"), st_("a", "b", source="s2"), st_("a", "b", source="s2"),
               st_("a", "c", source="s1"), st_("a", "d", source="old"), st_("a", "b", negated=True),
               st_("a", None)],
        published={"s1": dt.date(2024, 1, 2), "s2": None, "old": dt.date(2023, 1, 1)},
        publishers={"s1": "Daily Post", "s2": None, "old": "Wire"})
    assert plan.additions == [{"actor": "a", "target": "b", "rel": "ACCUSES", "claims": 3, "sources": 2,
                               "first": dt.date(2024, 1, 2), "last": dt.date(2024, 1, 2),
                               "publishers": ["daily post"]},  # as the graph keys publishers
                              {"actor": "a", "target": "d", "rel": "ACCUSES", "claims": 1, "sources": 1,
                               "first": dt.date(2023, 1, 1), "last": dt.date(2023, 1, 1),
                               "publishers": ["wire"]}]
    assert plan.recompute == {("a", "c", "accuse")}
    # a source that already counted for a triple, or whose date changed, makes it a recomputation
    again = plan_edges(before=[st_("a", "b", source="s1")], removed=[], added=[st_("a", "b", source="s1")],
                       published={"s1": None})
    assert (again.additions, again.recompute) == ([], {("a", "b", "accuse")})
    moved = plan_edges(before=[st_("a", "b", source="s1")], removed=[], added=[],
                       published={"s1": None}, changed=["s1"])
    assert moved.recompute == {("a", "b", "accuse")}
