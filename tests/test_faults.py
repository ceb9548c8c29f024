"""Faults: a wrong setting, a server killed mid-load, two loads at once, a crashed server.

Each fault is one line on stderr naming what to fix. A load cut short by a dead
server resumes after a restart and ends with the graph a load that never failed
gives: no claim missing, none doubled. The kill test runs its own throw-away
server (through `accusegraph server start` in a temporary ACCUSEGRAPH_HOME), so
the session's server is never harmed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factories import make_story
from test_cli import ROOT, db_env, free_port, one_error_line, run

local_only = pytest.mark.skipif(bool(os.environ.get("NEO4J_URI")),
                                reason="NEO4J_URI points at another server; this test starts its own")


# ----------------------------------------------------------------- canonical form of a graph

def canonical_dump(driver, database: str = "neo4j") -> dict:
    """Everything that says whether two graphs hold the same claims, in a comparable form."""
    def q(cypher: str) -> list[tuple]:
        records = driver.execute_query(cypher, database_=database).records
        return sorted(tuple(r.values()) for r in records)

    return {
        "labels": q("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*)"),
        "rel_types": q("MATCH ()-[r]->() RETURN type(r), count(*)"),
        "claims": q("MATCH (a:Actor)-[:MADE]->(c:Claim)-[:REPORTED_IN]->(s:Source) "
                    "OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor) "
                    "RETURN c.id, a.id, t.id, s.id, c.action, c.quote, c.start, c.end, c.negated"),
        "actors": q("MATCH (a:Actor) RETURN a.id, a.name, a.kind, a.aliases"),
        "sources": q("MATCH (s:Source) RETURN s.id, s.url, s.content_hash"),
        "derived": q("MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id, type(r), b.id, r.claims, r.sources, "
                     "toString(r.first), toString(r.last)"),
    }


def many_claims(n_sources: int, per_source: int = 10, prefix: str = "fault") -> list:
    """Claims of `n_sources` articles among a few dozen actors, so derived edges accumulate."""
    names = [f"Actor {i}" for i in range(40)]
    actions = ["accuse", "deny", "sanction", "criticize", "investigate"]
    claims = []
    for s in range(n_sources):
        triples = []
        for k in range(per_source):
            actor = names[(s * 7 + k) % 40]
            target = names[(s * 3 + k * 11 + 1) % 40]
            if target == actor:
                target = names[(s + 5) % 40]
            triples.append((actor, actions[k % len(actions)], target))
        claims += make_story(f"https://news.example/{prefix}/{s}", f"Publisher {s % 7}",
                             f"2024-{1 + s % 12:02d}-{1 + s % 28:02d}", *triples)
    return claims


def write_jsonl(path: Path, claims: list) -> Path:
    path.write_text("".join(c.to_json() + "\n" for c in claims), encoding="utf-8")
    return path


# ----------------------------------------------------------------- wrong settings

def test_unreachable_neo4j_on_load_is_one_line_naming_neo4j_uri(tmp_path):
    path = write_jsonl(tmp_path / "claims.jsonl", many_claims(1))
    result = run("load", str(path), env={"NEO4J_URI": f"bolt://127.0.0.1:{free_port()}",
                                         "NEO4J_PASSWORD": "irrelevant-1"})
    assert result.returncode == 1
    assert "NEO4J_URI" in one_error_line(result)


@pytest.mark.parametrize("value", ["soon", "-1", "7200", "nan"])
def test_a_bad_retry_budget_is_one_line_naming_the_setting(tmp_path, value):
    path = write_jsonl(tmp_path / "claims.jsonl", many_claims(1))
    result = run("load", str(path), env={"NEO4J_URI": f"bolt://127.0.0.1:{free_port()}",
                                         "NEO4J_PASSWORD": "irrelevant-1", "ACCUSEGRAPH_RETRY_SECONDS": value})
    assert result.returncode == 1
    line = one_error_line(result)
    assert "ACCUSEGRAPH_RETRY_SECONDS" in line and value in line


def test_the_retry_budget_reaches_the_connection_settings(monkeypatch):
    from accusegraph.settings import connection_settings

    monkeypatch.delenv("ACCUSEGRAPH_RETRY_SECONDS", raising=False)
    assert connection_settings(uri="bolt://127.0.0.1:1").retry_seconds == 60
    monkeypatch.setenv("ACCUSEGRAPH_RETRY_SECONDS", " 2.5 ")
    assert connection_settings(uri="bolt://127.0.0.1:1").retry_seconds == 2.5


@pytest.mark.neo4j
def test_wrong_password_on_query_is_one_line_naming_the_settings(neo4j_conn):
    result = run("query", "most-accused", env={**db_env(neo4j_conn), "NEO4J_PASSWORD": "not-the-password"})
    assert result.returncode == 1
    line = one_error_line(result)
    assert "NEO4J_USERNAME" in line and "NEO4J_PASSWORD" in line


@pytest.mark.neo4j
@pytest.mark.parametrize("command", ["stats", "load"])
def test_wrong_database_name_is_one_line_naming_neo4j_database(neo4j_conn, tmp_path, command):
    args = [command] if command == "stats" else [command, str(write_jsonl(tmp_path / "c.jsonl", many_claims(1)))]
    result = run(*args, env={**db_env(neo4j_conn), "NEO4J_DATABASE": "nosuchdb"})
    assert result.returncode == 1
    line = one_error_line(result)
    assert "NEO4J_DATABASE" in line and "nosuchdb" in line


def test_a_driver_error_graph_db_did_not_translate_is_still_one_line(monkeypatch, capsys):
    """A driver exception raised outside any `translate_errors` block (here by the
    work itself) becomes a DatabaseError in graph/db.py, not in the CLI."""
    import neo4j

    from accusegraph import cli
    from accusegraph.cli import main
    from accusegraph.errors import DatabaseError
    from accusegraph.graph import db

    closed = []

    class Driver:
        def close(self):
            closed.append(True)

    def gone(driver, database):
        raise neo4j.exceptions.SessionExpired("the server\nwent away")

    monkeypatch.setattr(db, "open_driver", lambda settings, local=None: Driver())
    monkeypatch.setattr(cli, "graph_stats", gone)  # the name `stats` calls (graph/stats.py's, imported at the top)
    expected = ("Neo4j: SessionExpired: the server went away; check the server "
                "(`accusegraph server status`) and run the command again")
    with pytest.raises(DatabaseError) as info, db.connected(None) as driver:
        gone(driver, "neo4j")
    assert str(info.value) == expected and info.value.__cause__ is None
    with pytest.raises(ValueError), db.connected(None):
        raise ValueError("not the driver's: unchanged")
    assert main(["stats", "--db", "bolt://127.0.0.1:1"]) == 1
    assert capsys.readouterr().err == f"accusegraph: error: {expected}\n"
    assert closed == [True, True, True]
    cli = (ROOT / "accusegraph" / "cli.py").read_text("utf-8")
    assert "import neo4j" not in cli and "from neo4j" not in cli and '!= "neo4j"' not in cli


# ----------------------------------------------------------------- two loads at once

@pytest.mark.neo4j
def test_two_concurrent_load_processes_equal_one_after_the_other(empty_db, neo4j_conn, tmp_path):
    claims = many_claims(12, per_source=5, prefix="concurrent")
    first = write_jsonl(tmp_path / "first.jsonl", claims[:40])  # sources 0..7
    second = write_jsonl(tmp_path / "second.jsonl", claims[20:])  # sources 4..11: 4 shared
    env = {**os.environ, **db_env(neo4j_conn)}
    command = [sys.executable, "-m", "accusegraph", "load", "--batch-size", "10"]
    procs = [subprocess.Popen([*command, str(path)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for path in (first, second)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    together = canonical_dump(empty_db, neo4j_conn.database)

    empty_db.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_conn.database)
    for path in (first, second):
        result = run("load", str(path), env=db_env(neo4j_conn))
        assert result.returncode == 0, result.stderr
    assert canonical_dump(empty_db, neo4j_conn.database) == together
    assert len(together["claims"]) == len(claims)


# ----------------------------------------------------------------- the local server killed and crashed

def _server_state(home: Path) -> dict:
    return json.loads((home / "neo4j" / "server.json").read_text("utf-8"))


def _count_loaded_sources(uri: str, password: str) -> int:
    import neo4j

    with neo4j.GraphDatabase.driver(uri, auth=("neo4j", password), notifications_min_severity="OFF") as drv:
        return drv.execute_query("MATCH (s:Source) WHERE s.content_hash IS NOT NULL "
                                 "RETURN count(s) AS n").records[0]["n"]


def _local_dump(home: Path) -> dict:
    import neo4j

    state = _server_state(home)
    with neo4j.GraphDatabase.driver(state["uri"], auth=("neo4j", state["password"]),
                                    notifications_min_severity="OFF") as drv:
        return canonical_dump(drv)


@pytest.mark.neo4j
@local_only
def test_killed_server_mid_load_then_restart_and_rerun_equals_a_clean_load(empty_db, neo4j_conn, tmp_path):
    from accusegraph.graph.load import load_claims
    from accusegraph.graph.server import LocalServer

    home = tmp_path / "home"
    bolt, http = free_port(), free_port()
    env = {"ACCUSEGRAPH_HOME": str(home), "ACCUSEGRAPH_NEO4J_HEAP": "512m", "ACCUSEGRAPH_NEO4J_PAGECACHE": "128m",
           # the load gives up on the dead server after 5 s of retries, not the default minute
           "ACCUSEGRAPH_RETRY_SECONDS": "5"}
    claims = many_claims(100, prefix="killed")
    big = write_jsonl(tmp_path / "big.jsonl", claims)
    load_command = [sys.executable, "-m", "accusegraph", "load", str(big), "--batch-size", "10"]
    full_env = {**{k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}, **env}
    server = LocalServer(home / "neo4j")
    try:
        started = run("server", "start", "--bolt-port", str(bolt), "--http-port", str(http), env=env)
        assert started.returncode == 0, started.stderr
        state = _server_state(home)

        # One server per home: a second start on the same data is refused.
        second = run("server", "start", "--bolt-port", str(free_port()), "--http-port", str(free_port()), env=env)
        assert second.returncode == 1 and "Traceback" not in second.stderr
        errors = [ln for ln in second.stderr.splitlines() if ln.startswith("accusegraph: error: ")]
        assert len(errors) == 1 and "already running" in errors[0], second.stderr

        # The load uses the local server (no NEO4J_URI); kill Neo4j once a few batches committed.
        loading = subprocess.Popen(load_command, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        deadline = time.monotonic() + 120
        while _count_loaded_sources(state["uri"], state["password"]) < 5:
            assert loading.poll() is None, loading.communicate()
            assert time.monotonic() < deadline, "the load made no progress"
            time.sleep(0.2)
        assert loading.poll() is None, "the load finished before the server could be killed"
        os.kill(state["pid"], signal.SIGKILL)
        _, err = loading.communicate(timeout=180)
        assert loading.returncode == 1, err
        lines = [ln for ln in err.splitlines() if ln.strip()]
        assert len(lines) == 1 and lines[0].startswith("accusegraph: error: "), err
        assert "Neo4j" in lines[0] and "again" in lines[0], lines[0]

        # The crashed server is found by `status` (exit 3) and cleaned up by `stop`.
        status = run("server", "status", env=env)
        assert status.returncode == 3
        assert "not running" in status.stdout and str(state["pid"]) in status.stdout
        stopped = run("server", "stop", env=env)
        assert stopped.returncode == 0, stopped.stderr
        assert _server_state(home)["pid"] is None
        assert run("server", "status", env=env).stdout.strip() == "not running"

        # Restart on the same data and run the very same command again.
        restarted = run("server", "start", "--bolt-port", str(bolt), "--http-port", str(http), env=env)
        assert restarted.returncode == 0, restarted.stderr
        rerun = subprocess.run(load_command, env=full_env, capture_output=True, text=True, timeout=600)
        assert rerun.returncode == 0, rerun.stderr
        assert "already loaded" in rerun.stderr and " 0 already loaded" not in rerun.stderr
        resumed = _local_dump(home)
    finally:
        server.stop()

    load_claims(empty_db, claims, database=neo4j_conn.database, batch_size=500)
    clean = canonical_dump(empty_db, neo4j_conn.database)
    assert len(clean["claims"]) == len(claims)
    for part in clean:
        assert resumed[part] == clean[part], part
