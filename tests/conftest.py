"""Shared fixtures: one real Neo4j per test session, started only if a test asks.

With `NEO4J_URI` set, tests use that server (`NEO4J_USERNAME`, `NEO4J_PASSWORD`,
`NEO4J_DATABASE`; `NEO4J_HTTP_URL` for the Browser, else port 7474 on the same
host). Otherwise the first test that needs `neo4j_conn` starts a throw-away
`LocalServer` in a temporary folder on two free ports, with the cached jars, and
the session stops it at the end. Such a server also dies with the test process,
so an interrupted run leaves nothing behind.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Iterator
from urllib.parse import urlsplit

import pytest

TEST_HEAP = "512m"
TEST_PAGECACHE = "128m"


@dataclass(frozen=True)
class Neo4jConn:
    uri: str
    username: str
    password: str = field(repr=False)
    database: str = "neo4j"
    http_url: str | None = None  # e.g. http://127.0.0.1:7474, no trailing slash

    @property
    def auth(self) -> tuple[str, str]:
        return (self.username, self.password)


def _external_conn() -> Neo4jConn:
    env = os.environ
    uri = env["NEO4J_URI"]
    host = urlsplit(uri).hostname or "127.0.0.1"
    return Neo4jConn(uri=uri, username=env.get("NEO4J_USERNAME") or "neo4j",
                     password=env.get("NEO4J_PASSWORD") or "", database=env.get("NEO4J_DATABASE") or "neo4j",
                     http_url=(env.get("NEO4J_HTTP_URL") or f"http://{host}:7474").rstrip("/"))


def start_throwaway_server(home):
    """A LocalServer in `home` on two free loopback ports, stopped if pytest dies."""
    from accusegraph.graph.server import LocalServer, find_free_ports

    server = LocalServer(home)
    bolt_port, http_port = find_free_ports(2)
    info = server.start(bolt_port, http_port, heap=TEST_HEAP, pagecache=TEST_PAGECACHE, stop_with_parent=True)
    return server, info


@pytest.fixture(scope="session")
def neo4j_conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jConn]:
    """Where the session's Neo4j is: `NEO4J_URI`'s server, or a throw-away local one."""
    if os.environ.get("NEO4J_URI"):
        yield _external_conn()
        return
    server, info = start_throwaway_server(tmp_path_factory.mktemp("neo4j-session"))
    try:
        yield Neo4jConn(uri=info.uri, username=info.username, password=info.password.get() or "",
                        database="neo4j", http_url=info.http_url)
    finally:
        server.stop()


@pytest.fixture(scope="session")
def driver(neo4j_conn: Neo4jConn):
    """A driver for the session's Neo4j, closed at the end of the session."""
    import neo4j

    drv = neo4j.GraphDatabase.driver(neo4j_conn.uri, auth=neo4j_conn.auth)
    try:
        drv.verify_connectivity()
        yield drv
    finally:
        drv.close()


@pytest.fixture
def empty_db(driver, neo4j_conn: Neo4jConn):
    """The session's driver, on a database with every node and relationship deleted."""
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_conn.database)
    yield driver
