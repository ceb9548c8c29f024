"""`load --bulk`: neo4j-admin's import builds the graph the transactional loader builds.

The same generated claims (bench/generate.py) go into the session's server by
`load_claims` and into a second, fresh local server by `bulk_load`; the two graphs
are compared whole: stats, every node's properties (but the loader's content
hashes), every relationship with its properties, and the claims read back. Both
are given the same gazetteer names and kinds for two of the actors, as `load` and
`load --bulk` give them.
"""

from __future__ import annotations

from pathlib import Path

import neo4j
import pytest

from accusegraph.curation import dump_curation
from accusegraph.errors import InputError
from accusegraph.graph import derived
from accusegraph.graph.bulk import bulk_load
from accusegraph.graph.load import load_claims
from accusegraph.graph.read import iter_claims_from_db
from accusegraph.graph.stats import graph_stats
from accusegraph.model import ActorRef

from conftest import start_throwaway_server
from factories import make_actor, make_claim, make_source, make_spokesperson_claim
from test_cli import db_env, run
from test_load_parts import generated_claims, write_jsonl

pytestmark = pytest.mark.neo4j
HASHES = ("content_hash",)   # the loader's own bookkeeping, not written by the bulk path

_NODES = "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props"
_RELS = ("MATCH (a)-[r]->(b) RETURN labels(a)[0] AS a_label, a.id AS a, type(r) AS type, "
         "labels(b)[0] AS b_label, b.id AS b, properties(r) AS props")


def _plain(value):
    if isinstance(value, list):
        return sorted(_plain(v) for v in value) if value and isinstance(value[0], str) else [_plain(v) for v in value]
    return value.iso_format() if hasattr(value, "iso_format") else value


def snapshot(driver, database: str = "neo4j") -> dict:
    nodes = sorted(repr((r["labels"], sorted((k, _plain(v)) for k, v in r["props"].items() if k not in HASHES)))
                   for r in driver.execute_query(_NODES, database_=database).records)
    rels = sorted(repr((r["a_label"], r["a"], r["type"], r["b_label"], r["b"],
                        sorted((k, _plain(v)) for k, v in r["props"].items())))
                  for r in driver.execute_query(_RELS, database_=database).records)
    return {"stats": graph_stats(driver, database), "nodes": nodes, "rels": rels,
            "claims": [c.to_json() for c in iter_claims_from_db(driver, database)]}


def _known(claims):
    """Names and kinds a gazetteer would give two of the claims' actors (kinds they were not guessed as)."""
    first, second = sorted({c.actor.id: c.actor for c in claims}.values(), key=lambda a: a.id)[:2]
    names = {first.id: [first.name, "Known Alias One"], second.id: [second.name, "Known Alias Two"]}
    kinds = {a.id: ("person" if a.kind != "person" else "company") for a in (first, second)}
    return names, kinds


def test_bulk_import_builds_the_graph_of_the_transactional_loader(empty_db, neo4j_conn, tmp_path, monkeypatch):
    # with claims made on behalf of a body (ON_BEHALF_OF), one of them its only mention
    claims = generated_claims(500) + [
        make_spokesperson_claim(source=make_source("https://bulk.example/peskov")),
        make_spokesperson_claim("Maria Zakharova", make_actor("Foreign Ministry of Russia", "government"),
                                action="accuse", source=make_source("https://bulk.example/zakharova"))]
    source = tmp_path / "claims.jsonl"
    write_jsonl(source, claims)
    names, kinds = _known(claims)
    load_claims(empty_db, claims, database=neo4j_conn.database, known_names=names, known_kinds=kinds)
    expected = snapshot(empty_db, neo4j_conn.database)
    assert expected["stats"]["claims"]["total"] == len(claims)
    assert any(r["edges"] for r in expected["stats"]["derived_edges"].values())

    assert any("known alias one" in n for n in expected["nodes"])   # the known names did reach the graph

    # the import writes every claim's keys; the loader's upgrade step must not set them all again
    keys_set = []
    monkeypatch.setattr(derived, "_set_claim_keys", lambda *a, **k: keys_set.append(a))
    server, _info = start_throwaway_server(tmp_path / "data" / "neo4j")   # the default store's home
    try:
        report = bulk_load(str(source), server, known_names=names, known_kinds=kinds)
        assert report.claims == len(claims)
        assert keys_set == []
        uri, user, password = server.connection()      # running again after the import
        with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
            got = snapshot(driver)
            assert got["stats"] == expected["stats"]
            assert got["nodes"] == expected["nodes"]
            assert got["rels"] == expected["rels"]
            assert got["claims"] == expected["claims"]
            constraints = {r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name").records}
            assert {"actor_id", "claim_id", "source_id", "evidence_id"} <= constraints

            # a second bulk load over data is refused and changes nothing
            with pytest.raises(InputError, match="already holds"):
                bulk_load(str(source), server)
            assert server.status().running
            assert snapshot(driver) == got

            # the transactional loader agrees with the imported graph: loading the same claims changes nothing
            load_claims(driver, claims, known_names=names, known_kinds=kinds)
            assert snapshot(driver)["nodes"] == got["nodes"] and snapshot(driver)["rels"] == got["rels"]

            # the command line: `load --bulk` applies the curation file and the gazetteer and alias
            # file as `load` does (the same server, emptied: an empty database may be imported over)
            driver.execute_query("MATCH (n) DETACH DELETE n")
            empty_db.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_conn.database)
            env, story = _curated_story(tmp_path, neo4j_conn)
            loaded = run("load", str(story), "--aliases", str(tmp_path / "aliases.yaml"), env=env)
            assert loaded.returncode == 0, loaded.stderr
            bulk = run("load", "--bulk", str(story), "--aliases", str(tmp_path / "aliases.yaml"),
                       env={"ACCUSEGRAPH_CURATION": env["ACCUSEGRAPH_CURATION"],
                            "ACCUSEGRAPH_HOME": str(tmp_path / "data")})
            assert bulk.returncode == 0, bulk.stderr
            assert "bulk import: 5 claims" in bulk.stderr
        # a new driver: the import replaced the database, whose transaction ids the old one's bookmarks outrun
        with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
            expected, got = snapshot(empty_db, neo4j_conn.database), snapshot(driver)
            assert got["stats"] == expected["stats"] and got["rels"] == expected["rels"]
            assert got["nodes"] == expected["nodes"]
            kinds = {r["id"]: r["kind"] for r in driver.execute_query(
                "MATCH (a:Actor) RETURN a.id AS id, a.kind AS kind").records}
            assert kinds["actor:skyvane-robotics"] == "company"     # the curation's kind
            assert kinds["actor:russia"] == "state"                 # the gazetteer's, over the guess
            assert kinds["actor:northmart"] == "company"            # the alias file's
    finally:
        server.stop()


def _curated_story(tmp_path: Path, conn) -> tuple[dict, Path]:
    """Five claims (one from a name the curation merges, one it rejects, one it corrects, two
    against actors the gazetteer or alias file knows, guessed as persons), a curation file
    with a claim added, an alias file; the environment `load` uses for the session's server."""
    from test_curation import _curation, _story

    claims = _story()
    russia, northmart = ActorRef.make("Russia", "person"), ActorRef.make("Northmart", "person")
    claims.append(make_claim(russia, "accuse", claims[0].target, source=claims[0].source))
    claims.append(make_claim(northmart, "cut_ties", russia, source=make_source("https://news.example/9")))
    story = tmp_path / "story.jsonl"
    write_jsonl(story, claims)
    curation = tmp_path / "curation.yaml"
    curation.write_text(dump_curation(_curation(claims[:3])), "utf-8")
    (tmp_path / "aliases.yaml").write_text("Northmart:\n  kind: company\n  aliases: [Northmart Stores]\n",
                                           encoding="utf-8")
    return {**db_env(conn), "ACCUSEGRAPH_CURATION": str(curation)}, story
