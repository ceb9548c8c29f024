"""The local Neo4j server: assembled from jars, it answers Bolt, serves the Browser,
and its status tells the truth.

Bolt and Browser checks use the session's server (conftest.py). The start/stop
tests share one more throw-away server in this module; its stop test comes last.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from accusegraph.errors import ServerError
from accusegraph.graph import assemble
from accusegraph.graph import server as srv
from accusegraph.graph.server import LocalServer, ServerInfo
from accusegraph.settings import NEO4J_VERSION

from conftest import start_throwaway_server

local_only = pytest.mark.skipif(bool(os.environ.get("NEO4J_URI")),
                                reason="NEO4J_URI points at another server")


# ---------------------------------------------------------------- the session's server

@pytest.mark.neo4j
def test_bolt_answers_return_1(driver, neo4j_conn):
    records, _, _ = driver.execute_query("RETURN 1 AS one", database_=neo4j_conn.database)
    assert records[0]["one"] == 1


@pytest.mark.neo4j
@local_only
def test_local_server_is_the_pinned_community_version(driver):
    records, _, _ = driver.execute_query("CALL dbms.components() YIELD versions, edition "
                                         "RETURN versions[0] AS version, edition")
    assert (records[0]["version"], records[0]["edition"]) == (NEO4J_VERSION, "community")


@pytest.mark.neo4j
def test_browser_is_served_at_slash_browser(neo4j_conn):
    with urllib.request.urlopen(f"{neo4j_conn.http_url}/browser/", timeout=30) as resp:
        body = resp.read().decode("utf-8", "replace")
        assert resp.status == 200
        assert resp.headers.get_content_type() == "text/html"
    assert "<title>Neo4j Browser</title>" in body


@pytest.mark.neo4j
def test_empty_db_leaves_no_nodes(empty_db, neo4j_conn):
    empty_db.execute_query("CREATE (:Probe)-[:R]->(:Probe)", database_=neo4j_conn.database)
    empty_db.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_conn.database)
    records, _, _ = empty_db.execute_query("MATCH (n) RETURN count(n) AS n", database_=neo4j_conn.database)
    assert records[0]["n"] == 0


# ---------------------------------------------------------------- no server needed

def test_status_of_a_fresh_home_is_stopped(tmp_path):
    status = LocalServer(tmp_path / "nothing").status()
    assert (status.state, status.running, status.pid) == ("stopped", False, None)


def test_stale_state_file_reads_as_not_running(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    server = LocalServer(tmp_path)
    _write_state(server, pid=dead.pid)

    status = server.status()
    assert status.state == "stale" and not status.running
    assert str(dead.pid) in status.detail
    with pytest.raises(ServerError, match="no local server running: run `accusegraph server start`"):
        server.connection()
    assert server.stop() is False
    state = json.loads(server.state_file.read_text())
    assert state["pid"] is None and state["password"] == "pw-kept-12345"


def test_live_pid_of_another_program_is_not_the_server(tmp_path):
    server = LocalServer(tmp_path)
    _write_state(server, pid=os.getpid())  # alive, but not a Neo4j for this home
    assert server.status().state == "stale"


def _wait_for_exec(pid: int, marker: str, timeout: float = 30) -> None:
    """Until the child has exec'd (before that its command line is still pytest's)."""
    deadline = time.monotonic() + timeout
    while marker not in open(f"/proc/{pid}/cmdline", "rb").read().decode("utf-8", "replace"):
        assert time.monotonic() < deadline, f"process {pid} never ran its command"
        time.sleep(0.02)


def test_live_server_process_that_does_not_answer_is_reported_so(tmp_path):
    server = LocalServer(tmp_path)
    # A stand-in whose command line looks like this home's server but never opens Bolt.
    fake = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)",
                             "org.neo4j.server.CommunityEntryPoint", f"--home-dir={server.home}"])
    try:
        _wait_for_exec(fake.pid, "CommunityEntryPoint")
        _write_state(server, pid=fake.pid, bolt_port=srv.find_free_ports(1)[0])
        status = server.status()
        assert status.state == "not_responding" and not status.running and status.pid == fake.pid
        with pytest.raises(ServerError, match="no local server running"):
            server.connection()
        server._child = fake  # so stop() can reap it
        assert server.stop(timeout=10) is True
        assert fake.poll() is not None
    finally:
        fake.kill()
        fake.wait()


@pytest.mark.parametrize("which", ["bolt", "http"])
def test_start_refuses_a_port_in_use(tmp_path, which):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        free = srv.find_free_ports(1)[0]
        ports = (port, free) if which == "bolt" else (free, port)
        with pytest.raises(ServerError, match=rf"port {port} .*--{which}-port"):
            LocalServer(tmp_path).start(*ports)


def test_start_refuses_a_bad_memory_size(tmp_path):
    with pytest.raises(ServerError, match="not a size"):
        LocalServer(tmp_path).start(*srv.find_free_ports(2), heap="lots")


@pytest.mark.neo4j
def test_server_dying_during_start_up_is_reported_with_its_log_line(tmp_path):
    server = LocalServer(tmp_path)
    with pytest.raises(ServerError, match=r"exited during start-up \(code 1\): .*heap.*log: "):
        server.start(*srv.find_free_ports(2), heap="1k")  # the JVM refuses to start with this
    assert server.status().state == "stopped"


def test_wrong_java_is_one_line_naming_what_to_install(tmp_path, monkeypatch):
    java = tmp_path / "java"
    java.write_text('#!/bin/sh\necho \'openjdk version "11.0.2" 2019-01-15\' >&2\n')
    java.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(ServerError) as err:
        assemble.check_java()
    message = str(err.value)
    assert "\n" not in message and "Java 11" in message
    assert "apt-get install openjdk-17-jre-headless maven" in message and "docker compose up -d" in message


def test_half_done_assembly_is_redone_not_used(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCUSEGRAPH_CACHE", str(tmp_path))
    lib = tmp_path / f"neo4j-{NEO4J_VERSION}" / "lib"
    lib.mkdir(parents=True)
    (lib / "half.jar").write_bytes(b"")  # no marker: an interrupted assembly

    def maven_reached():
        raise ServerError("maven reached")

    monkeypatch.setattr(assemble, "check_maven", maven_reached)
    with pytest.raises(ServerError, match="maven reached"):
        assemble.ensure_assembled()


def _write_state(server: LocalServer, *, pid: int, bolt_port: int = 1) -> None:
    server.home.mkdir(parents=True, exist_ok=True)
    server.state_file.write_text(json.dumps({
        "pid": pid, "bolt_port": bolt_port, "http_port": 2, "version": NEO4J_VERSION,
        "password": "pw-kept-12345"}))


# ---------------------------------------------------------------- one throw-away server

# The command line of every process the throw-away server's first start ran.
LAUNCHED: list[list[str]] = []


class _RecordingPopen(subprocess.Popen):
    """The real Popen (subprocess.run goes through it too), noting each command line."""

    def __init__(self, args, *more, **kwargs):
        LAUNCHED.append([str(a) for a in ([args] if isinstance(args, (str, bytes)) else args)])
        super().__init__(args, *more, **kwargs)


@pytest.fixture(scope="module")
def throwaway(tmp_path_factory) -> tuple[LocalServer, ServerInfo]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(subprocess, "Popen", _RecordingPopen)
        server, info = start_throwaway_server(tmp_path_factory.mktemp("neo4j-throwaway"))
    yield server, info
    server.stop()


@pytest.mark.neo4j
def test_started_server_reports_running(throwaway):
    server, info = throwaway
    status = LocalServer(server.home).status()  # a fresh object: only the state file is shared
    assert status.running and status.state == "running"
    assert (status.pid, status.uri, status.browser_url, status.version) == (
        info.pid, info.uri, info.browser_url, NEO4J_VERSION)
    assert info.browser_url == f"http://127.0.0.1:{info.http_port}/browser/"
    assert info.startup_seconds > 0


@pytest.mark.neo4j
def test_connection_gives_working_credentials(throwaway):
    import neo4j

    server, info = throwaway
    uri, user, password = LocalServer(server.home).connection()
    assert (uri, user) == (info.uri, "neo4j") and len(password) >= 8
    with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as drv:
        assert drv.execute_query("RETURN 2 AS two").records[0]["two"] == 2


@pytest.mark.neo4j
def test_password_is_private(throwaway):
    server, info = throwaway
    password = info.password.get()
    assert password and password not in repr(info) and password not in repr(server.status())
    assert server.state_file.stat().st_mode & 0o777 == 0o600


@pytest.mark.neo4j
@local_only
def test_the_password_is_on_no_command_line(throwaway):
    """The first start sets the password without putting it where `ps` shows it."""
    import neo4j

    server, info = throwaway
    password = info.password.get()
    assert any("set-initial-password" in args for args in LAUNCHED), LAUNCHED  # a first start it was
    assert not [args for args in LAUNCHED if any(password in a for a in args)]
    assert password not in srv._cmdline(info.pid) and not any(password in a for a in srv._cmdline(info.pid))
    # nothing left behind that holds it in the clear, but the state file (mode 0600)
    holding = [p for p in server.home.rglob("*") if p.is_file() and p != server.state_file
               and password.encode() in p.read_bytes()]
    assert holding == []
    with neo4j.GraphDatabase.driver(info.uri, auth=("neo4j", password)) as drv:
        assert drv.execute_query("RETURN 3 AS three").records[0]["three"] == 3


@pytest.mark.neo4j
def test_second_start_on_the_same_home_is_refused(throwaway):
    server, info = throwaway
    with pytest.raises(ServerError, match=rf"already running \(pid {info.pid}\) at {info.uri}"):
        LocalServer(server.home).start(*srv.find_free_ports(2))


@pytest.mark.neo4j
def test_stop_makes_status_not_running_and_keeps_the_password(throwaway):
    """Runs last in this module: it stops the shared throw-away server."""
    server, info = throwaway
    assert server.stop() is True
    status = server.status()
    assert status.state == "stopped" and not status.running
    assert not srv._pid_alive(info.pid)
    assert server.stop() is False
    state = json.loads(server.state_file.read_text())
    assert state["pid"] is None and state["password"] == info.password.get()
    with pytest.raises(ServerError, match="no local server running"):
        server.connection()


def test_only_graph_db_names_the_drivers_exceptions():
    """graph/db.py is the one module that handles `neo4j.exceptions` (its docstring's rule); the
    server's readiness probe asks it (`db.probe`) instead of catching AuthError itself."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    offenders = [str(path.relative_to(root)) for folder in ("accusegraph", "graph", "ingest")
                 for path in (root / folder).rglob("*.py")
                 if path.name != "db.py" and re.search(r"neo4j\.exceptions|from neo4j import exceptions",
                                                      path.read_text("utf-8"))]
    assert offenders == []
