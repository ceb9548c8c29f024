"""The Neo4j password never shows: not in output, errors or tracebacks; .env stays out of git.

One recognisable password is set and every error path the command line has is
driven with it; all of stdout and stderr is searched for it.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from test_cli import ROOT, db_env, free_port, run

CANARY = "Sekr1t-Canary-9931"


def _error_paths(conn, tmp_path) -> list[tuple[list[str], dict]]:
    bad_jsonl = tmp_path / "bad.jsonl"
    bad_jsonl.write_text('{"id": "x"}\n{broken\n', encoding="utf-8")
    nowhere = f"127.0.0.1:{free_port()}"
    with_canary = {**db_env(conn), "NEO4J_PASSWORD": CANARY}
    return [
        (["stats"], {"NEO4J_URI": f"bolt://{nowhere}", "NEO4J_PASSWORD": CANARY}),  # unreachable
        (["stats"], {"NEO4J_URI": f"bolt://neo4j:{CANARY}@{nowhere}", "NEO4J_PASSWORD": CANARY}),  # in the URI
        (["stats"], {"NEO4J_URI": f"http://neo4j:{CANARY}@{nowhere}", "NEO4J_PASSWORD": CANARY}),  # not Bolt
        # A password with '/', '?' or '@' in it must not confuse the URI scrubbing.
        (["stats"], {"NEO4J_URI": f"bolt://neo4j:{CANARY[:6]}/{CANARY[6:]}@{nowhere}"}),
        (["stats"], {"NEO4J_URI": f"bolt://neo4j:{CANARY[:6]}?{CANARY[6:]}@{nowhere}"}),
        (["stats"], {"NEO4J_URI": f"bolt://neo4j:{CANARY[:6]}@{CANARY[6:]}@{nowhere}"}),
        (["stats"], {"NEO4J_URI": f"bolt://neo4j:{CANARY}@[::1", "NEO4J_PASSWORD": CANARY}),  # not a URI
        (["stats"], with_canary),  # wrong password
        (["stats"], {**with_canary, "NEO4J_DATABASE": "nosuchdb"}),  # wrong database, wrong password
        (["query", "most-accused", "-p", "limit=many"], with_canary),  # bad parameter
        (["query", "no-such-query"], with_canary),
        (["load", str(tmp_path / "missing.jsonl")], with_canary),  # missing file
        (["load", str(bad_jsonl)], with_canary),  # malformed JSONL
        (["load", str(bad_jsonl), "--strict"], with_canary),
        (["export", "-f", "turtle"], with_canary),
        (["ingest", str(tmp_path / "missing.txt")], with_canary),
    ]


@pytest.mark.neo4j
def test_the_password_never_appears_in_any_error_output(neo4j_conn, tmp_path):
    seen = []
    for args, env in _error_paths(neo4j_conn, tmp_path):
        result = run(*args, env=env)
        output = result.stdout + result.stderr
        assert result.returncode != 0, (args, output)
        assert CANARY[:6] not in output and CANARY[6:] not in output, (args, env, output)
        assert "Traceback" not in output, (args, output)
        seen.append(result.stderr.strip())
    assert len(seen) == len(_error_paths(neo4j_conn, tmp_path))


@pytest.mark.neo4j
def test_the_real_password_is_not_printed_by_database_errors(neo4j_conn):
    # Wrong database with the right password: the error is about the database, and silent on the password.
    result = run("stats", env={**db_env(neo4j_conn), "NEO4J_DATABASE": "nosuchdb"})
    assert result.returncode == 1
    assert neo4j_conn.password and neo4j_conn.password not in result.stdout + result.stderr


def test_server_status_of_a_home_with_a_password_does_not_print_it(tmp_path):
    home = tmp_path / "home"
    (home / "neo4j").mkdir(parents=True)
    (home / "neo4j" / "server.json").write_text(
        '{"pid": 999999999, "bolt_port": 1, "http_port": 2, "password": "%s"}' % CANARY, encoding="utf-8")
    for command in ("status", "stop"):
        result = run("server", command, env={"ACCUSEGRAPH_HOME": str(home)})
        assert CANARY not in result.stdout + result.stderr


def test_dot_env_is_ignored_by_git():
    if not shutil.which("git") or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    result = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=ROOT, capture_output=True)
    assert result.returncode == 0, ".env must be listed in .gitignore"
