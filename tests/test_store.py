"""Managing the store on the real Neo4j: list sources, delete some, reset, keep stores apart."""

from __future__ import annotations

import json

import pytest

from accusegraph.errors import InputError
from accusegraph.graph.derived import check_derived_edges
from accusegraph.graph.load import load_claims
from accusegraph.graph.store import delete_sources, list_sources, reset_store
from accusegraph.model import write_claims

from factories import make_story
from test_cli import db_env, one_error_line, run
from test_load import graph_dump, wipe


def _stories():
    """Three articles sharing actors; the second alone names Gamma Holdings, and a
    claim of the first answers one of the second."""
    second = make_story("https://news.example/b", "Beta Times", "2025-03-04",
                        ("Civil Aviation Authority", "sanction", "Skyvane Robotics"),
                        ("Civil Aviation Authority", "accuse", "Gamma Holdings"),
                        ("Ministry of Transport", "accuse", "Skyvane Robotics"))
    first = make_story("https://news.example/a", "Alpha News", "2025-03-03",
                       ("Ministry of Transport", "accuse", "Skyvane Robotics"),
                       ("Skyvane Robotics", "deny", "Ministry of Transport"))
    first[1] = first[1].model_copy(update={"responds_to": second[2].id})
    third = make_story("https://news.example/c", "Gamma Post", "2025-03-05",
                       ("Northmart", "cut_ties", "Skyvane Robotics"),
                       ("Ministry of Transport", "accuse", "Skyvane Robotics"))
    return first, second, third


def test_deleting_a_source_leaves_what_loading_the_others_alone_gives(empty_db):
    first, second, third = _stories()
    load_claims(empty_db, first + third)
    expected = graph_dump(empty_db)
    wipe(empty_db)
    load_claims(empty_db, first + second + third)
    assert graph_dump(empty_db) != expected

    report = delete_sources(empty_db, [second[0].source.id])

    assert (report.sources, report.claims, report.actors) == (1, 3, 2)  # Gamma Holdings, the authority
    assert graph_dump(empty_db) == expected
    assert check_derived_edges(empty_db) == []


def test_a_source_named_by_url_and_an_unknown_one_delete_nothing(empty_db):
    first, second, third = _stories()
    load_claims(empty_db, first + second + third)
    before = graph_dump(empty_db)
    with pytest.raises(InputError, match="no source 'https://news.example/none' in the store"):
        delete_sources(empty_db, ["https://news.example/b", "https://news.example/none"])
    assert graph_dump(empty_db) == before
    delete_sources(empty_db, ["https://news.example/b"])
    columns, rows = list_sources(empty_db)
    listed = [dict(zip(columns, row)) for row in rows]
    assert [(s["url"], s["claims"], s["publisher"], s["published"]) for s in listed] == [
        ("https://news.example/a", 2, "Alpha News", "2025-03-03"),
        ("https://news.example/c", 2, "Gamma Post", "2025-03-05")]


def test_reset_empties_the_store_and_a_load_works_after_it(empty_db):
    first, second, third = _stories()
    load_claims(empty_db, first + second + third)
    counts = reset_store(empty_db)
    assert counts == {"Actor": 5, "Source": 3, "Claim": 7, "Evidence": 7}
    assert graph_dump(empty_db) == ([], [])
    report = load_claims(empty_db, first)
    assert report.created == 2 and check_derived_edges(empty_db) == []


def test_sources_delete_and_reset_on_the_command_line(empty_db, neo4j_conn, tmp_path):
    first, second, third = _stories()
    claims = tmp_path / "claims.jsonl"
    with claims.open("w", encoding="utf-8") as fh:
        write_claims(first + second + third, fh)
    env = db_env(neo4j_conn)
    assert run("load", str(claims), env=env).returncode == 0

    listed = run("sources", "list", "-f", "json", env=env)
    assert listed.returncode == 0, listed.stderr
    assert {s["url"]: s["claims"] for s in json.loads(listed.stdout)} == {
        "https://news.example/a": 2, "https://news.example/b": 3, "https://news.example/c": 2}

    unknown = run("sources", "delete", "https://news.example/b", "src:nothing", env=env)
    assert unknown.returncode == 1 and "no source 'src:nothing'" in one_error_line(unknown)
    deleted = run("sources", "delete", second[0].source.id, env=env)
    assert deleted.returncode == 0 and "deleted 1 source, 3 claims" in deleted.stderr

    refused = run("reset", env=env)
    assert refused.returncode == 1 and "--yes" in one_error_line(refused)
    assert len(json.loads(run("sources", "list", "-f", "json", env=env).stdout)) == 2
    done = run("reset", "--yes", stdin="", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(run("sources", "list", "-f", "json", env=env).stdout) == []


def test_a_file_that_is_not_claims_jsonl_is_one_error(empty_db, neo4j_conn, tmp_path):
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("Skyvane Robotics:\n  kind: company\n  aliases: [Skyvane]\n" * 6, "utf-8")
    result = run("load", str(aliases), env=db_env(neo4j_conn))
    assert result.returncode == 1
    line = one_error_line(result)
    assert "aliases.yaml: not claims JSONL: none of its 18 lines is a claim" in line
    extracted = run("extract", str(aliases))
    assert extracted.returncode == 1
    assert "aliases.yaml: a .yaml file is not an article" in one_error_line(extracted)


def test_store_names_a_local_server_home_and_not_a_remote_one(tmp_path):
    env = {"ACCUSEGRAPH_HOME": str(tmp_path)}
    status = run("--store", "case-a", "server", "status", env=env)
    assert status.returncode == 3 and status.stdout.strip() == "not running"
    both = run("--store", "case-a", "stats", env={**env, "NEO4J_URI": "bolt://127.0.0.1:7687"})
    assert both.returncode == 1 and "NEO4J_URI" in one_error_line(both)
    bad = run("--store", "../elsewhere", "stats", env=env)
    assert bad.returncode == 1 and "store name" in one_error_line(bad)
    chosen = run("server", "status", env={**env, "ACCUSEGRAPH_STORE": "case-b"})
    assert chosen.returncode == 3


def test_two_stores_keep_their_claims_apart(empty_db, neo4j_conn, tmp_path):
    """A second real server for store `other`: what is loaded there is not in the session's."""
    from accusegraph import settings
    from accusegraph.graph.server import LocalServer

    from conftest import TEST_HEAP, TEST_PAGECACHE

    home = tmp_path / "home"
    server = LocalServer(home / "stores" / "other")
    info = server.start(heap=TEST_HEAP, pagecache=TEST_PAGECACHE, stop_with_parent=True)
    try:
        # a store that never ran gets free ports, not the default store's 7687/7474
        assert settings.DEFAULT_STORE != "other" and info.bolt_port != 7687
        claims = tmp_path / "claims.jsonl"
        with claims.open("w", encoding="utf-8") as fh:
            write_claims(_stories()[0], fh)
        env = {"ACCUSEGRAPH_HOME": str(home)}
        loaded = run("--store", "other", "load", str(claims), env=env)
        assert loaded.returncode == 0, loaded.stderr
        there = run("--store", "other", "sources", "list", "-f", "json", env=env)
        assert [s["url"] for s in json.loads(there.stdout)] == ["https://news.example/a"]
        here = run("sources", "list", "-f", "json", env=db_env(neo4j_conn))
        assert json.loads(here.stdout) == []
        # NEO4J_URI at a local server's port, no NEO4J_PASSWORD: the server's recorded password
        direct = run("sources", "list", "-f", "json", env={**env, "NEO4J_URI": info.uri})
        assert direct.returncode == 0, direct.stderr
        assert [s["url"] for s in json.loads(direct.stdout)] == ["https://news.example/a"]
    finally:
        server.stop()


def test_reset_without_yes_reads_no_stdin(tmp_path):
    result = run("reset", stdin="y\n", env={"ACCUSEGRAPH_HOME": str(tmp_path)})
    assert result.returncode == 1 and "nothing was deleted" in one_error_line(result)
