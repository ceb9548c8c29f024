"""Settings in one place: environment variables and the user's data directory.

Connection settings use the names Neo4j's own tools use (`NEO4J_URI`,
`NEO4J_USERNAME`, `NEO4J_PASSWORD`, `NEO4J_DATABASE`). With no `NEO4J_URI`, the
local server run by `accusegraph server start` is used; its address and password
live in its state file under the data directory (mode 0600), never in code.

The password is held in a `SecretStr`-like wrapper so it does not show in reprs,
logs or tracebacks.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "accusegraph"
NEO4J_VERSION = "5.26.30"
BROWSER_VERSION = "5.24.0"


class Secret:
    """A string that never prints itself."""

    __slots__ = ("_value",)

    def __init__(self, value: str | None):
        self._value = value

    def get(self) -> str | None:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('********')" if self._value else "Secret(None)"

    __str__ = __repr__


def data_dir() -> Path:
    """The user's data directory for accusegraph (honours XDG_DATA_HOME)."""
    override = os.environ.get("ACCUSEGRAPH_HOME")
    if override:
        return Path(override).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Where assembled Neo4j jars are cached between runs (honours XDG_CACHE_HOME)."""
    override = os.environ.get("ACCUSEGRAPH_CACHE")
    if override:
        return Path(override).expanduser().resolve()
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class ConnectionSettings:
    uri: str | None
    username: str = "neo4j"
    password: Secret = field(default_factory=lambda: Secret(None))
    database: str = "neo4j"

    @property
    def uses_local_server(self) -> bool:
        return self.uri is None


def connection_settings(uri: str | None = None, username: str | None = None,
                        password: str | None = None, database: str | None = None) -> ConnectionSettings:
    """Explicit values first, then the environment; None uri means the local server."""
    env = os.environ
    return ConnectionSettings(
        uri=uri or env.get("NEO4J_URI") or None,
        username=username or env.get("NEO4J_USERNAME") or "neo4j",
        password=Secret(password if password is not None else env.get("NEO4J_PASSWORD")),
        database=database or env.get("NEO4J_DATABASE") or "neo4j",
    )
