"""The command line as users run it: a real process, real exit codes, one-line errors.

Database-backed commands run against the session's real Neo4j through the
NEO4J_* environment variables, exactly as a user would point the tool at a server.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
COMMANDS = ["extract", "load", "ingest", "query", "queries", "stats", "export", "analyze",
            "demo", "eval", "server", "browser"]


def run(*args: str, env: dict | None = None, stdin: str | None = None, timeout: int = 300):
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "accusegraph", *args], capture_output=True, text=True,
                          env=full_env, input=stdin, timeout=timeout)


def db_env(conn) -> dict:
    return {"NEO4J_URI": conn.uri, "NEO4J_USERNAME": conn.username, "NEO4J_PASSWORD": conn.password,
            "NEO4J_DATABASE": conn.database}


def one_error_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("accusegraph: error: "), lines[0]
    assert "Traceback" not in result.stderr
    return lines[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_every_command_explains_itself():
    top = run("--help")
    assert top.returncode == 0
    for command in COMMANDS:
        assert command in top.stdout
        sub = run(command, "--help")
        assert sub.returncode == 0, (command, sub.stderr)
        assert "Usage:" in sub.stdout and len(sub.stdout.splitlines()) > 4


def test_usage_error_exits_2():
    result = run("query")
    assert result.returncode == 2
    assert "Missing argument" in result.stderr


def test_extract_missing_file_is_one_line_exit_1(tmp_path):
    result = run("extract", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert "nope.txt" in one_error_line(result)


def test_extract_is_deterministic_and_writes_atomically(tmp_path):
    out = tmp_path / "claims.jsonl"
    first = run("extract", str(EXAMPLES), "-o", str(out))
    assert first.returncode == 0, first.stderr
    second = run("extract", str(EXAMPLES))
    assert second.returncode == 0
    assert out.read_text(encoding="utf-8") == second.stdout
    claims = [json.loads(line) for line in second.stdout.splitlines()]
    assert claims, "the examples report accusations"
    assert len({c["id"] for c in claims}) == len(claims)
    assert [p.name for p in tmp_path.iterdir()] == ["claims.jsonl"]  # no temp file left


def test_failed_extract_leaves_no_output_file(tmp_path):
    out = tmp_path / "claims.jsonl"
    result = run("extract", str(EXAMPLES), str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.returncode == 1
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_pip_install_ships_the_saved_queries(tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                    "--target", str(target), str(ROOT)], check=True, capture_output=True, timeout=300)
    code = ("import accusegraph.graph.queries as q, accusegraph.pipeline as p, sys;"
            "names=[x.name for x in q.list_queries()];"
            "assert 'who-accused-whom' in names and 'accusation-chains' in names, names;"
            "assert sorted(x.name for x in p.examples_dir().iterdir() if x.suffix == '.txt');"
            "print(q.__file__)")
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(str(target))  # the installed copy, not the checkout


# ----------------------------------------------------------------- with the real Neo4j

def test_unreachable_neo4j_is_one_line(tmp_path):
    env = {"NEO4J_URI": f"bolt://127.0.0.1:{free_port()}", "NEO4J_PASSWORD": "whatever-123"}
    result = run("stats", env=env)
    assert result.returncode == 1
    line = one_error_line(result)
    assert "NEO4J_URI" in line


def test_wrong_password_is_one_line_and_never_printed(neo4j_conn):
    secret = "Wr0ng-Passw0rd-7781"
    result = run("stats", env={**db_env(neo4j_conn), "NEO4J_PASSWORD": secret})
    assert result.returncode == 1
    line = one_error_line(result)
    assert "NEO4J_PASSWORD" in line
    assert secret not in result.stdout + result.stderr


def test_unknown_query_is_one_line(neo4j_conn):
    result = run("query", "who-acused-whom", env=db_env(neo4j_conn))
    assert result.returncode == 1
    assert "who-accused-whom" in one_error_line(result)  # suggests the close name


def test_load_strict_stops_on_bad_line_and_loads_nothing(empty_db, neo4j_conn, tmp_path):
    good = run("extract", str(EXAMPLES)).stdout.splitlines()
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join([good[0], "{broken", *good[1:]]) + "\n", encoding="utf-8")
    result = run("load", str(path), "--strict", env=db_env(neo4j_conn))
    assert result.returncode == 1
    assert f"{path}:2: not valid JSON" in one_error_line(result)
    assert empty_db.execute_query("MATCH (c:Claim) RETURN count(c) AS n").records[0]["n"] == 0


def test_load_skips_and_counts_bad_lines_then_twice_changes_nothing(empty_db, neo4j_conn, tmp_path):
    good = run("extract", str(EXAMPLES)).stdout.splitlines()
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join([good[0], '{"id": "x"}', *good[1:]]) + "\n", encoding="utf-8")
    first = run("load", str(path), env=db_env(neo4j_conn))
    assert first.returncode == 0, first.stderr
    assert f"{path}:2:" in first.stderr and "1 bad line skipped" in first.stderr

    def counts():
        rec = empty_db.execute_query(
            "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels").records[0]
        return rec["nodes"], rec["rels"]

    after_first = counts()
    assert empty_db.execute_query("MATCH (c:Claim) RETURN count(c) AS n").records[0]["n"] == len(good)
    second = run("load", "-", env=db_env(neo4j_conn), stdin="\n".join(good) + "\n")
    assert second.returncode == 0, second.stderr
    assert counts() == after_first


def test_ingest_then_query_json_and_csv(empty_db, neo4j_conn):
    ingested = run("ingest", str(EXAMPLES), env=db_env(neo4j_conn))
    assert ingested.returncode == 0, ingested.stderr
    as_json = run("query", "who-accused-whom", "--format", "json", env=db_env(neo4j_conn))
    assert as_json.returncode == 0, as_json.stderr
    rows = json.loads(as_json.stdout)
    assert rows and {"actor", "action", "target", "quote", "source_url"} <= set(rows[0])
    assert all(r["quote"] for r in rows)
    as_csv = run("query", "who-accused-whom", "-f", "csv", env=db_env(neo4j_conn))
    assert as_csv.stdout.splitlines()[0].startswith("actor,speaks_for,action,target")
    assert len(as_csv.stdout.splitlines()) >= len(rows) + 1
    stats = run("stats", "--format", "json", env=db_env(neo4j_conn))
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)
