"""Connecting to Neo4j, and the one place where driver exceptions become ours.

Rule: nothing outside this module catches a `neo4j.exceptions` class. Every
function that talks to the database runs inside `translate_errors()`, which
turns driver exceptions into one-line `DatabaseError`s that name the setting to
fix (`NEO4J_URI`, `NEO4J_USERNAME`/`NEO4J_PASSWORD`, `NEO4J_DATABASE`). The
password is never part of a message, and the driver's exception is not chained
(`from None`), so a traceback cannot carry it either. A command holds its driver
through `connected()`, whose last resort (`translate_any`) does the same for a
driver exception raised outside those blocks: the CLI never sees the driver's
exceptions.

Writes and reads go through managed transactions (`execute_write`,
`execute_read`): the driver retries them on transient errors and deadlocks, so
every transaction function here must be safe to run more than once.
"""

from __future__ import annotations

import functools
import random
import time
from contextlib import contextmanager
from types import ModuleType
from typing import TYPE_CHECKING, Any, Callable, Iterator

from accusegraph.errors import AuthError, DatabaseError, QueryError, UnreachableError
from accusegraph.settings import ConnectionSettings

if TYPE_CHECKING:
    import neo4j
    from neo4j import Driver

CONNECT_TIMEOUT_SECONDS = 10.0

BOLT_SCHEMES: tuple[str, ...] = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def _driver() -> ModuleType:
    """The neo4j driver, imported on first use: it takes longer to import than the rest of the
    command line together, and commands that never connect (`--help`, `extract`) do not need it."""
    import neo4j

    return neo4j


def _nx() -> ModuleType:
    """The driver's exceptions (`neo4j.exceptions`), for the `except` clauses of this module."""
    return _driver().exceptions


def _unreachable() -> tuple[type[Exception], ...]:
    nx = _nx()
    return (nx.ServiceUnavailable, nx.SessionExpired, nx.IncompleteCommit)


def safe_uri(uri: str) -> str:
    """The URI without any `user:password@` part, fit for a message."""
    # Everything up to the last '@' goes: a password may itself hold '/', '?' or '@',
    # so no parse of the URI can be trusted to find where it ends.
    scheme, sep, rest = uri.partition("://")
    if not sep:
        return uri.rsplit("@", 1)[-1]
    return f"{scheme}://{rest.rsplit('@', 1)[-1]}"


def _where(uri: str | None) -> str:
    return f" at {safe_uri(uri)}" if uri else ""


@contextmanager
def translate_errors(uri: str | None = None, database: str | None = None) -> Iterator[None]:
    """Turn driver exceptions raised inside the block into one-line accusegraph errors."""
    nx = _nx()
    try:
        yield
    except nx.AuthError:
        raise AuthError(
            f"Neo4j{_where(uri)} rejected the user name or password: "
            "check NEO4J_USERNAME and NEO4J_PASSWORD") from None
    except _unreachable() as exc:
        if isinstance(exc, nx.IncompleteCommit):
            raise UnreachableError(
                f"lost the connection to Neo4j{_where(uri)} while committing; "
                "run the same command again (loads are resumable)") from None
        if uri is None:  # mid-work: the server went away after we had connected
            raise UnreachableError(
                "lost the connection to Neo4j: check it is running (`accusegraph server status`) "
                "and run the command again; a load resumes where it stopped") from None
        raise UnreachableError(
            f"cannot reach Neo4j{_where(uri)}: start it with `accusegraph server start` "
            "or set NEO4J_URI") from None
    except nx.ClientError as exc:
        code = exc.code or ""
        if code.endswith("DatabaseNotFound"):
            name = f" '{database}'" if database else ""
            raise DatabaseError(
                f"Neo4j{_where(uri)} has no database{name}: set NEO4J_DATABASE to an existing "
                "one (Community edition has only 'neo4j')") from None
        if code.startswith("Neo.ClientError.Statement"):
            raise QueryError(f"Neo4j refused the query: {_first_line(exc.message)}") from None
        if code.startswith("Neo.ClientError.Security"):
            raise AuthError(
                f"Neo4j{_where(uri)} refused access ({_first_line(exc.message)}): "
                "check NEO4J_USERNAME and NEO4J_PASSWORD") from None
        raise DatabaseError(f"Neo4j error: {_first_line(exc.message)}") from None
    except nx.Neo4jError as exc:
        raise DatabaseError(
            f"Neo4j error ({exc.code or 'unknown'}): {_first_line(exc.message)}") from None
    except nx.DriverError as exc:
        raise DatabaseError(f"Neo4j driver error: {_first_line(str(exc))}") from None


def _first_line(text: str | None) -> str:
    return (text or "").strip().splitlines()[0] if (text or "").strip() else "no details"


@contextmanager
def translate_any() -> Iterator[None]:
    """The last resort around a whole command's use of a driver: an exception of
    the driver's that no `translate_errors` block turned into ours (raised outside
    one, such as the server going away mid-load) becomes a one-line
    DatabaseError; any other exception passes unchanged."""
    try:
        yield
    except Exception as exc:
        if type(exc).__module__.split(".")[0] != "neo4j":
            raise
        text = " ".join(str(getattr(exc, "message", None) or exc).split())
        raise DatabaseError(
            f"Neo4j: {f'{type(exc).__name__}: {text}'[:300]}; check the server "
            "(`accusegraph server status`) and run the command again") from None


def open_driver(settings: ConnectionSettings,
                local_connection: Callable[[], tuple[str, str, str]] | None = None) -> Driver:
    """A driver that has been checked: the server answers, the login works, the database exists.

    Args:
        settings: where to connect. With `settings.uri` None, `local_connection()`
            gives `(uri, username, password)` of the local server.
        local_connection: how to find the local server; may raise ServerError.

    Raises:
        UnreachableError, AuthError, DatabaseError: one line naming the setting to fix.
    """
    if settings.uri is None:
        if local_connection is None:
            raise UnreachableError(
                "no Neo4j configured: start one with `accusegraph server start` or set NEO4J_URI")
        uri, username, password = local_connection()
    else:
        uri, username, password = settings.uri, settings.username, settings.password.get() or ""
    scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
    if scheme not in BOLT_SCHEMES:
        # The driver would accept http:// for its preview HTTP API; accusegraph speaks Bolt.
        raise UnreachableError(
            f"NEO4J_URI {safe_uri(uri)!r} is not a Bolt address; use bolt://HOST:PORT or neo4j://HOST:PORT")
    neo4j, nx = _driver(), _nx()
    try:
        driver = neo4j.GraphDatabase.driver(
            uri, auth=(username, password),
            connection_timeout=CONNECT_TIMEOUT_SECONDS,
            max_transaction_retry_time=settings.retry_seconds,
            notifications_min_severity="OFF",
            user_agent="accusegraph",
        )
    except (ValueError, nx.ConfigurationError):
        # The driver's message may repeat the URI whole, credentials included: not shown.
        raise UnreachableError(
            f"NEO4J_URI {safe_uri(uri)!r} is not a valid Neo4j address; "
            "use bolt://HOST:PORT or neo4j://HOST:PORT") from None
    try:
        with translate_errors(uri, settings.database):
            driver.verify_connectivity()
            # verify_connectivity() checks only the server; this checks the database.
            driver.execute_query("RETURN 1", database_=settings.database,
                                 routing_=neo4j.RoutingControl.READ)
    except ValueError:
        # An address the driver accepted but cannot resolve (a password with '/' in
        # the URI makes it read part of the password as the host): its message and
        # traceback would carry that part, so neither is shown.
        driver.close()
        raise UnreachableError(
            f"NEO4J_URI {safe_uri(uri)!r} is not a valid Neo4j address; "
            "use bolt://HOST:PORT or neo4j://HOST:PORT (put the password in NEO4J_PASSWORD)") from None
    except BaseException:
        driver.close()
        raise
    return driver


@contextmanager
def connected(settings: ConnectionSettings,
              local_connection: Callable[[], tuple[str, str, str]] | None = None) -> Iterator[Driver]:
    """`open_driver(settings, local_connection)` for the block, closed after it;
    the driver's exceptions that leave the block are ours (`translate_any`)."""
    driver = open_driver(settings, local_connection)
    with translate_any():
        try:
            yield driver
        finally:
            driver.close()


@contextmanager
def session(driver: Driver, database: str = "neo4j", **config: Any) -> Iterator[neo4j.Session]:
    """A session on `database` whose driver exceptions arrive as accusegraph errors."""
    # Schema warnings ("property does not exist yet") are noise on a young graph.
    config.setdefault("notifications_min_severity", "OFF")
    with translate_errors(database=database):
        with driver.session(database=database, **config) as s:
            yield s


def run_schema(driver: Driver, database: str, statements: tuple[str, ...] | list[str]) -> None:
    """Run schema statements one by one in auto-commit transactions.

    Two processes creating the same `IF NOT EXISTS` index at once may see
    "equivalent ... already exists"; the other one won, which is what we wanted.
    """
    with session(driver, database) as s:
        for statement in statements:
            _run_schema_statement(s, statement)


# Schema statements run in auto-commit transactions, which the driver does not
# retry; a load writing nodes meanwhile can make them deadlock on a label lock.
SCHEMA_RETRIES = 8


def _run_schema_statement(s: neo4j.Session, statement: str) -> None:
    nx = _nx()
    for attempt in range(SCHEMA_RETRIES):
        try:
            s.run(statement).consume()
            return
        except nx.ClientError as exc:
            if "AlreadyExists" not in (exc.code or ""):
                raise
            return
        except nx.TransientError:
            if attempt == SCHEMA_RETRIES - 1:
                raise
            time.sleep(0.1 * 2 ** attempt + random.random() * 0.1)


class _Rows(list):  # type: ignore[type-arg]
    """A list parameter that prints as its length.

    The driver (6.x) builds the text of its debug-log line for every RUN, the
    parameters' repr included, before the logger drops it: for a batch of 5,000
    claim rows that took about 6% of the loader's time (py-spy, 10,000 claims).
    Packing is unchanged: a list subclass packs as a list.
    """

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


# Lists at least this long are sent as _Rows.
_QUIET_LIST = 64


def _quiet_params(params: dict[str, Any] | None) -> dict[str, Any] | None:
    if not params:
        return params
    return {k: _Rows(v) if type(v) is list and len(v) >= _QUIET_LIST else v for k, v in params.items()}


class _QuietTx:
    """A transaction whose `run` sends long list parameters as _Rows; the rest is the driver's."""

    def __init__(self, tx: neo4j.ManagedTransaction):
        self._tx = tx

    def run(self, query: Any, parameters: dict[str, Any] | None = None, **kwparameters: Any) -> neo4j.Result:
        return self._tx.run(query, _quiet_params(parameters), **(_quiet_params(kwparameters) or {}))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tx, name)


def _quiet(work: Callable[..., Any]) -> Callable[..., Any]:
    """`work` given a _QuietTx (keeping the attributes `neo4j.unit_of_work` sets, such as a timeout)."""
    @functools.wraps(work)
    def run(tx: neo4j.ManagedTransaction, *args: Any, **kwargs: Any) -> Any:
        return work(_QuietTx(tx), *args, **kwargs)
    return run


def write(driver: Driver, database: str, work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run `work(tx, *args, **kwargs)` in a managed write transaction (retried when transient)."""
    with session(driver, database) as s:
        return s.execute_write(_quiet(work), *args, **kwargs)


def write_or_fallback(driver: Driver, database: str, work: Callable[..., Any], fallback: Callable[..., Any],
                      *args: Any, **kwargs: Any) -> Any:
    """Like `write(work)`, but when `work` fails on a uniqueness constraint (a
    concurrent transaction created the same node first and committed), its
    transaction is rolled back and `fallback(tx, *args, **kwargs)` runs instead,
    in a new managed write transaction.

    For a `work` that CREATEs nodes it has only read to be missing, with a
    `fallback` that MERGEs them: the fallback then finds what the other
    transaction made. Any other failure, and a constraint failure of the
    fallback itself, is raised as usual.
    """
    with session(driver, database) as s:
        try:
            return s.execute_write(_quiet(work), *args, **kwargs)
        except _nx().ConstraintError as exc:
            if not (exc.code or "").endswith("ConstraintValidationFailed"):
                raise
        return s.execute_write(_quiet(fallback), *args, **kwargs)


def probe(uri: str, username: str, password: str, timeout: float) -> str | None:
    """None if Bolt at `uri` answers `RETURN 1` with this login, "auth" if the login is
    refused, else why not (one short line), for `server` to poll a starting server."""
    neo4j, nx = _driver(), _nx()
    try:
        with neo4j.GraphDatabase.driver(uri, auth=(username, password), connection_timeout=timeout,
                                  connection_acquisition_timeout=timeout) as driver:
            driver.verify_connectivity()
            records, _, _ = driver.execute_query("RETURN 1 AS one")
            return None if records[0]["one"] == 1 else "RETURN 1 gave a wrong answer"
    except nx.AuthError:
        return "auth"
    except Exception as exc:  # any failure means "does not answer"; callers say what that implies
        return f"{type(exc).__name__}: {exc}".splitlines()[0][:200]


def read(driver: Driver, database: str, work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run `work(tx, *args, **kwargs)` in a managed read transaction (retried when transient)."""
    with session(driver, database) as s:
        return s.execute_read(_quiet(work), *args, **kwargs)
