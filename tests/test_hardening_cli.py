"""Usage errors instead of tracebacks or surprises (issue 16, items 13 and 16).

- An int parameter out of Cypher's 64-bit range (`-p limit=99999999999999999999999`)
  is a usage error naming the parameter and the range, not an OverflowError.
- An empty or blank actor name (`-p actor=`) is a usage error: it would match
  every actor.
- A damaged `server.json` (not JSON, or JSON that is not an object) is one line
  saying so and what to do, not an AttributeError.
"""

from __future__ import annotations

import pytest

from accusegraph.errors import QueryError, ServerError
from accusegraph.graph.queries import bind_params, get_query, parse_params, run_query
from accusegraph.graph.schema import ensure_schema
from accusegraph.graph.server import LocalServer
from test_cli import db_env, one_error_line, run

INT_MAX = 2 ** 63 - 1
# no query may reach a database in these tests: a usage error comes first
NOWHERE = {"NEO4J_URI": "bolt://127.0.0.1:9", "NEO4J_PASSWORD": "unused"}


# ------------------------------------------------------------------ item 13: int range

@pytest.mark.parametrize("query, key, value", [
    ("who-accused-whom", "limit", "99999999999999999999999"),
    ("accusation-chains", "max_hops", "99999999999999999999999"),
    ("accusation-chains", "max_hops", str(INT_MAX + 1)),
    ("most-accused", "limit", str(-INT_MAX - 2)),
])
def test_an_int_out_of_range_is_a_usage_error_naming_the_parameter_and_range(query, key, value):
    result = run("query", query, "-p", f"{key}={value}", env=NOWHERE)
    assert result.returncode == 1, result.stderr
    line = one_error_line(result)
    assert f"parameter {key}" in line and str(INT_MAX) in line and str(-INT_MAX - 1) in line, line
    with pytest.raises(QueryError, match=f"parameter {key} must be an int from"):
        parse_params(query, [f"{key}={value}"])


def test_the_ends_of_the_range_are_accepted():
    assert parse_params("most-accused", [f"limit={INT_MAX}"]) == {"limit": INT_MAX}
    assert parse_params("most-accused", [f"limit={-INT_MAX - 1}"]) == {"limit": -INT_MAX - 1}


def test_an_int_out_of_range_through_the_library_is_a_query_error():
    with pytest.raises(QueryError, match="parameter limit must be an int from"):
        bind_params(get_query("most-accused"), {"limit": INT_MAX + 1})


# ------------------------------------------------------------------ item 16: empty names

@pytest.mark.parametrize("query, key, value", [
    ("who-accused-whom", "actor", ""), ("who-accused-whom", "target", "   "),
    ("dossier", "actor", ""), ("accusation-chains", "start", "\t"), ("responses", "target", ""),
])
def test_an_empty_actor_name_is_a_usage_error(query, key, value):
    result = run("query", query, "-p", f"{key}={value}", env=NOWHERE)
    assert result.returncode == 1, result.stderr
    line = one_error_line(result)
    assert f"parameter {key}" in line and "empty" in line, line


@pytest.mark.neo4j
def test_an_empty_actor_name_through_the_library_is_refused_before_the_database(empty_db, neo4j_conn):
    with pytest.raises(QueryError, match="parameter actor .*empty"):
        run_query(empty_db, "who-accused-whom", {"actor": ""}, database=neo4j_conn.database)
    # a real name still runs (and finds nothing in the empty database)
    ensure_schema(empty_db, neo4j_conn.database)
    assert run_query(empty_db, "who-accused-whom", {"actor": "Nobody"}, database=neo4j_conn.database)[1] == []


@pytest.mark.neo4j
def test_an_absent_actor_still_means_any_actor(empty_db, neo4j_conn):
    result = run("query", "who-accused-whom", "-f", "json", env=db_env(neo4j_conn))
    assert result.returncode == 0, result.stderr


# ------------------------------------------------------------------ item 13: damaged server.json

DAMAGED = ["[]", "null", "42", '"text"', "{broken", "", "[1, 2]"]


@pytest.mark.parametrize("content", DAMAGED)
def test_a_damaged_state_file_is_a_server_error_saying_what_to_do(tmp_path, content):
    server = LocalServer(tmp_path)
    server.state_file.write_text(content, encoding="utf-8")
    for action in (server.status, server.connection, server.stop):
        with pytest.raises(ServerError) as err:
            action()
        message = str(err.value)
        assert str(server.state_file) in message and "\n" not in message
        said = message.replace(str(server.state_file), "FILE")  # the test's folder name says "damaged" too
        assert "FILE is damaged" in said and "remove it" in said, message


@pytest.mark.parametrize("content", ["[]", "{broken"])
@pytest.mark.parametrize("command", ["status", "password", "stop"])
def test_a_damaged_state_file_is_one_line_from_the_cli(tmp_path, content, command):
    (tmp_path / "neo4j").mkdir()
    (tmp_path / "neo4j" / "server.json").write_text(content, encoding="utf-8")
    result = run("server", command, env={"ACCUSEGRAPH_HOME": str(tmp_path)})
    assert result.returncode == 1, (result.stdout, result.stderr)
    line = one_error_line(result).replace(str(tmp_path / "neo4j" / "server.json"), "FILE")
    assert "FILE is damaged" in line, line
