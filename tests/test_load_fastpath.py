"""The loader's two write paths on a real Neo4j: they give the same graph.

The fast path reads which claims exist and CREATEs the rest; the MERGE path
(the fallback) MERGEs every incoming claim id first. A batch whose CREATE meets
a claim that another transaction created since the read fails on the
uniqueness constraint and is run again, whole, on the MERGE path.
"""

from __future__ import annotations

import pytest

from accusegraph.graph import db, load, stream
from accusegraph.graph.load import LoadReport, check_derived_edges, load_claims
from accusegraph.model import Evidence

from factories import make_claim, make_source
from test_load import _hub_claims, _split, _story_other, _story_v1, claims_in_db, graph_dump, wipe


def _merge_path_only(monkeypatch) -> list[str]:
    """Make every batch take the MERGE path; returns a list that records each batch."""
    used: list[str] = []

    def fallback_only(driver, database, work, fallback, *args, **kwargs):
        used.append("merge")
        return db.write(driver, database, fallback, *args, **kwargs)

    monkeypatch.setattr(db, "write_or_fallback", fallback_only)
    return used


def _load_sequence(driver) -> list[LoadReport]:
    """Fresh sources, a changed re-ingest, a re-ingest in parts, a hub with many batches."""
    v1, other = _story_v1(), _story_other()
    kept = v1[0].model_copy(update={"allegation": "spying for Russia",
                                    "evidence": Evidence(status="cited", description="a report")})
    added = make_claim("NATO", "investigate", "Kaspersky Lab", source=v1[0].source, start=500)
    answer = make_claim("Kaspersky Lab", "deny", "NATO", source=make_source("https://late.example/"),
                        responds_to=added.id)
    v2 = sorted([kept, added], key=lambda c: c.id)
    reports = [load_claims(driver, v1 + other, batch_size=2),
               load_claims(driver, [answer] + v2, batch_size=1),
               load_claims(driver, _hub_claims(25, seed=3), batch_size=7),
               load_claims(driver, _split(v1, other), batch_size=1)]
    return reports


@pytest.mark.neo4j
def test_fast_path_and_merge_path_give_the_same_graph_and_reports(empty_db, monkeypatch):
    monkeypatch.setattr(stream, "LOOKAHEAD_CLAIMS", 3)
    fast_reports = _load_sequence(empty_db)
    assert check_derived_edges(empty_db) == []
    fast_graph = graph_dump(empty_db)

    wipe(empty_db)
    used = _merge_path_only(monkeypatch)
    merge_reports = _load_sequence(empty_db)
    assert used, "the MERGE path was not taken"
    assert check_derived_edges(empty_db) == []
    assert graph_dump(empty_db) == fast_graph
    assert merge_reports == fast_reports


class _CreatesFirst:
    """A transaction in which, just before the batch CREATEs its claims, another
    transaction creates (and commits) a claim node with one of the same ids."""

    def __init__(self, tx, driver, done: list[str]):
        self.tx, self.driver, self.done = tx, driver, done

    def run(self, query, *args, **kwargs):
        if query is load._CREATE_CLAIMS and not self.done:
            cid = kwargs["rows"][0]["id"]
            self.driver.execute_query("CREATE (:Claim {id: $id})", id=cid)
            self.done.append(cid)
        return self.tx.run(query, *args, **kwargs)


@pytest.mark.neo4j
def test_a_claim_created_by_another_transaction_meanwhile_sends_the_batch_to_the_merge_path(
        empty_db, monkeypatch):
    claims = _story_v1() + _story_other()
    load_claims(empty_db, claims)
    clean = graph_dump(empty_db)
    wipe(empty_db)

    done: list[str] = []
    calls: list[bool] = []
    real = load._load_batch

    def racing(tx, batch, force, fast=False):
        calls.append(fast)
        return real(_CreatesFirst(tx, empty_db, done) if fast else tx, batch, force, fast=fast)

    monkeypatch.setattr(load, "_load_batch", racing)
    report = load_claims(empty_db, claims)
    assert len(done) == 1, "the other transaction did not run"
    assert calls == [True, False]  # the fast try failed on the constraint, the MERGE path finished
    assert (report.created, report.sources_loaded) == (len(claims), 2)
    assert claims_in_db(empty_db) == {c.id: c for c in claims}
    assert check_derived_edges(empty_db) == []
    assert graph_dump(empty_db) == clean


@pytest.mark.neo4j
def test_a_bare_claim_node_is_written_over_on_the_fast_path(empty_db):
    claims = _story_v1()
    load_claims(empty_db, claims)
    clean = graph_dump(empty_db)
    wipe(empty_db)

    empty_db.execute_query("CREATE (:Claim {id: $id})", id=claims[0].id)
    report = load_claims(empty_db, claims)
    assert report.created == len(claims)
    assert check_derived_edges(empty_db) == []
    assert graph_dump(empty_db) == clean


@pytest.mark.neo4j
def test_a_failure_other_than_a_constraint_is_not_retried_on_the_merge_path(empty_db, monkeypatch):
    from accusegraph.errors import QueryError

    calls: list[bool] = []

    def broken(tx, batch, force, fast=False):
        calls.append(fast)
        tx.run("RETURN 1 +").consume()

    monkeypatch.setattr(load, "_load_batch", broken)
    with pytest.raises(QueryError):
        load_claims(empty_db, _story_v1())
    assert calls == [True]


@pytest.mark.neo4j
def test_long_list_parameters_reach_the_server_whole_but_are_not_printed(empty_db, caplog):
    # The driver formats each RUN's parameters for its debug log before the log
    # level is checked; the loader's batches go as lists that print as their length.
    import logging

    rows = [{"id": f"row-{i}", "text": "x" * 50} for i in range(200)]
    with caplog.at_level(logging.DEBUG, logger="neo4j"):
        got = db.read(empty_db, "neo4j", lambda tx: tx.run(
            "UNWIND $rows AS r RETURN r.id AS id, r.text AS text", rows=rows).data())
    assert got == rows
    runs = [r.getMessage() for r in caplog.records if " C: RUN " in r.getMessage()]
    assert runs and "<200 rows>" in runs[0]
    assert "row-7" not in runs[0]

    with caplog.at_level(logging.DEBUG, logger="neo4j"):  # short lists are printed as they are
        db.read(empty_db, "neo4j", lambda tx: tx.run("RETURN $ids AS ids", ids=["a", "b"]).consume())
    assert any("['a', 'b']" in r.getMessage() for r in caplog.records)
