"""`load --bulk`: neo4j-admin's import builds the graph the transactional loader builds.

The same generated claims (bench/generate.py) go into the session's server by
`load_claims` and into a second, fresh local server by `bulk_load`; the two graphs
are compared whole: stats, every node's properties (but the loader's content
hashes), every relationship with its properties, and the claims read back.
"""

from __future__ import annotations

import neo4j
import pytest

from accusegraph.errors import InputError
from accusegraph.graph.bulk import bulk_load
from accusegraph.graph.load import load_claims
from accusegraph.graph.read import iter_claims_from_db
from accusegraph.graph.stats import graph_stats

from conftest import start_throwaway_server
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


def test_bulk_import_builds_the_graph_of_the_transactional_loader(empty_db, neo4j_conn, tmp_path):
    claims = generated_claims(500)
    source = tmp_path / "claims.jsonl"
    write_jsonl(source, claims)
    load_claims(empty_db, claims, database=neo4j_conn.database)
    expected = snapshot(empty_db, neo4j_conn.database)
    assert expected["stats"]["claims"]["total"] == len(claims)
    assert any(r["edges"] for r in expected["stats"]["derived_edges"].values())

    server, _info = start_throwaway_server(tmp_path / "bulk-home")
    try:
        report = bulk_load(str(source), server)
        assert report.claims == len(claims)
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
            load_claims(driver, claims)
            assert snapshot(driver)["nodes"] == got["nodes"] and snapshot(driver)["rels"] == got["rels"]
    finally:
        server.stop()
