"""Settings in one place: environment variables and the user's data directory.

Connection settings use the names Neo4j's own tools use (`NEO4J_URI`,
`NEO4J_USERNAME`, `NEO4J_PASSWORD`, `NEO4J_DATABASE`). With no `NEO4J_URI`, the
local server run by `accusegraph server start` is used; its address and password
live in its state file under the data directory (mode 0600), never in code.

The password is held in a `SecretStr`-like wrapper so it does not show in reprs,
logs or tracebacks.

Stores: Neo4j Community has one user database, so investigations are kept apart
by running one local server per store, each with its own data folder and ports.
The store is chosen by `accusegraph --store NAME` or `ACCUSEGRAPH_STORE`; with
none (or `default`) it is the server under `<data dir>/neo4j`, and a store NAME
lives under `<data dir>/stores/NAME`. A store names a local server, so it cannot
be combined with `NEO4J_URI`.

The analyst's curation file (accusegraph/curation.py) is chosen by
`--curation PATH` or `ACCUSEGRAPH_CURATION`; with neither it is `curation.yaml`
in the store's folder, so each investigation keeps its own.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from .errors import InputError

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


STORE_ENV = "ACCUSEGRAPH_STORE"
DEFAULT_STORE = "default"
_STORE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_chosen_store: str | None = None


def choose_store(name: str | None) -> None:
    """Make `name` the store of this process (None: back to $ACCUSEGRAPH_STORE or the default).

    Raises:
        InputError: a name that is not a plain folder name.
    """
    global _chosen_store
    _chosen_store = _checked_store(name) if name else None


def _checked_store(name: str) -> str:
    if not _STORE_NAME.match(name) or ".." in name:
        raise InputError(f"store name {name!r} is not usable: use letters, digits, '-', '_' and '.', "
                         "starting with a letter or digit (at most 64 characters)")
    return name


def store_name() -> str:
    """The chosen store: --store, else $ACCUSEGRAPH_STORE, else `default`."""
    chosen = _chosen_store or os.environ.get(STORE_ENV) or DEFAULT_STORE
    return _checked_store(chosen)


def store_home(name: str | None = None) -> Path:
    """The local server's home of a store (the chosen one by default)."""
    name = store_name() if name is None else _checked_store(name)
    return data_dir() / "neo4j" if name == DEFAULT_STORE else data_dir() / "stores" / name


def store_homes() -> list[Path]:
    """The homes of every store that exists on this machine, the default first."""
    homes = [store_home(DEFAULT_STORE)]
    stores = data_dir() / "stores"
    if stores.is_dir():
        homes.extend(sorted(p for p in stores.iterdir() if p.is_dir()))
    return [h for h in homes if h.is_dir()]


CURATION_ENV = "ACCUSEGRAPH_CURATION"
CURATION_FILE = "curation.yaml"
_chosen_curation: Path | None = None


def choose_curation(path: str | Path | None) -> None:
    """Make `path` the curation file of this process (None: back to $ACCUSEGRAPH_CURATION or the default)."""
    global _chosen_curation
    _chosen_curation = Path(path).expanduser() if path else None


def curation_path() -> Path:
    """The curation file: --curation, else $ACCUSEGRAPH_CURATION, else `curation.yaml` in the
    chosen store's folder (next to its local server's settings), one per investigation."""
    if _chosen_curation is not None:
        return _chosen_curation
    env = os.environ.get(CURATION_ENV)
    return Path(env).expanduser() if env else store_home() / CURATION_FILE


RETRY_ENV = "ACCUSEGRAPH_RETRY_SECONDS"
DEFAULT_RETRY_SECONDS = 60.0


def retry_seconds() -> float:
    """$ACCUSEGRAPH_RETRY_SECONDS, else 60.

    Raises:
        InputError: a value that is not a number of seconds from 0 to 3600.
    """
    text = os.environ.get(RETRY_ENV, "").strip()
    if not text:
        return DEFAULT_RETRY_SECONDS
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 3600:  # (also refuses nan)
        raise InputError(f"{RETRY_ENV}={text!r} is not a number of seconds from 0 to 3600; "
                         f"unset it for the default ({DEFAULT_RETRY_SECONDS:g})")
    return value


@dataclass(frozen=True)
class ConnectionSettings:
    uri: str | None
    username: str = "neo4j"
    password: Secret = field(default_factory=lambda: Secret(None))
    database: str = "neo4j"
    # How long a transaction keeps retrying while the server is briefly unavailable, or after a
    # deadlock or a transient error, before the command gives up with one line.
    retry_seconds: float = DEFAULT_RETRY_SECONDS

    @property
    def uses_local_server(self) -> bool:
        return self.uri is None


def connection_settings(uri: str | None = None, username: str | None = None,
                        password: str | None = None, database: str | None = None) -> ConnectionSettings:
    """Explicit values first, then the environment; None uri means the local server.

    Raises:
        InputError: a store other than the default chosen together with NEO4J_URI, or a bad
            $ACCUSEGRAPH_RETRY_SECONDS.
    """
    env = os.environ
    uri = uri or env.get("NEO4J_URI") or None
    if uri and store_name() != DEFAULT_STORE:
        raise InputError(f"store {store_name()!r} is a local server, but NEO4J_URI (or --db) points at "
                         "another Neo4j: drop one of them")
    return ConnectionSettings(
        uri=uri,
        username=username or env.get("NEO4J_USERNAME") or "neo4j",
        password=Secret(password if password is not None else env.get("NEO4J_PASSWORD")),
        database=database or env.get("NEO4J_DATABASE") or "neo4j",
        retry_seconds=retry_seconds(),
    )
