"""The tool's own Neo4j Community server: jars from Maven, one detached JVM per home.

Rules this module keeps:

- The jars come from `assemble.ensure_assembled` (Maven, once per version).
- One server per home. The home holds `conf/ data/ logs/ run/ import/ plugins/`
  and `server.json` (mode 0600): pid, ports, version and the password. `stop()`
  clears the pid and keeps the password, which belongs to the data.
- `status()` tells the truth: a server is running only when the recorded pid is
  alive, is the Java process started for this home (its command line carries
  `--home-dir=<home>`), and Bolt answers `RETURN 1`.
- The server listens on 127.0.0.1 only, with authentication on; the password is
  random, never printed, held in `settings.Secret` outside the state file, and
  never on a command line (the initial password reaches Neo4j's AdminTool in a
  private argument file).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import secrets
import signal
import socket
import string
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Literal

from ..errors import ServerError
from ..settings import DEFAULT_STORE, NEO4J_VERSION, Secret, store_home, store_homes
from . import db
from .assemble import Progress, check_java, data_file, ensure_assembled, locked, now

__all__ = ["DEFAULT_HEAP", "DEFAULT_PAGECACHE", "LocalServer", "ServerInfo", "ServerStatus", "USERNAME",
           "check_java", "ensure_assembled", "find_free_ports", "port_in_use", "stored_password"]

USERNAME = "neo4j"
DEFAULT_HEAP = "512m"
DEFAULT_PAGECACHE = "256m"
HEAP_ENV = "ACCUSEGRAPH_NEO4J_HEAP"
PAGECACHE_ENV = "ACCUSEGRAPH_NEO4J_PAGECACHE"
_ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
_ADMIN_TOOL = "org.neo4j.cli.AdminTool"
# What Neo4j's own launcher passes; the server ignores server.jvm.additional.
_JVM_FLAGS = (
    "-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions", "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC", "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true", "-Dfile.encoding=UTF-8",
)
_MEMORY_RE = re.compile(r"^\d+[kmgKMG]?$")
_PASSWORD_ALPHABET = string.ascii_letters + string.digits
DEFAULT_BOLT_PORT = 7687
DEFAULT_HTTP_PORT = 7474
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


# ---------------------------------------------------------------- records

@dataclass(frozen=True)
class ServerInfo:
    """A server that `start()` brought up and that answered `RETURN 1`."""

    home: Path
    pid: int
    version: str
    bolt_port: int
    http_port: int
    startup_seconds: float
    started_at: str
    username: str = USERNAME
    password: Secret = field(default_factory=lambda: Secret(None), repr=False)

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    bolt_uri = uri

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def browser_url(self) -> str:
        return f"{self.http_url}/browser/"


State = Literal["running", "not_responding", "stopped", "stale"]


@dataclass(frozen=True)
class ServerStatus:
    """What `status()` found. `state`: running, not_responding (alive, Bolt silent),
    stopped, or stale (a pid was recorded but that server is gone)."""

    home: Path
    state: State
    detail: str
    pid: int | None = None
    version: str | None = None
    bolt_port: int | None = None
    http_port: int | None = None
    started_at: str | None = None
    startup_seconds: float | None = None

    @property
    def running(self) -> bool:
        return self.state == "running"

    @property
    def uri(self) -> str | None:
        return f"bolt://127.0.0.1:{self.bolt_port}" if self.bolt_port else None

    bolt_uri = uri

    @property
    def browser_url(self) -> str | None:
        return f"http://127.0.0.1:{self.http_port}/browser/" if self.http_port else None

    def describe(self) -> str:
        """One line for people: the detail, plus Browser and version when running."""
        if not self.running:
            return self.detail
        return f"{self.detail}; Browser {self.browser_url}; Neo4j {self.version}; since {self.started_at}"


# ---------------------------------------------------------------- processes and ports

def _pid_alive(pid: int) -> bool:
    """True if `pid` is a live process (a zombie is dead, and is reaped if it is ours)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    if stat.rsplit(")", 1)[-1].split()[0] == "Z":
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, os.WNOHANG)
        return False
    return True


def _cmdline(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace").split("\0")
    except OSError:
        return []


def _is_server_of(pid: int, home: Path) -> bool:
    args = _cmdline(pid)
    return _ENTRY_POINT in args and f"--home-dir={home}" in args and _pid_alive(pid)


def _pids_of(home: Path) -> list[int]:
    """Live server processes for `home`, found by their command lines."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _is_server_of(int(entry.name), home):
            found.append(int(entry.name))
    return found


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    """True if a server could not listen on host:port right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Netty and Jetty do
        try:
            s.bind((host, port))
        except OSError:
            return True
    return False


def find_free_ports(count: int = 2) -> list[int]:
    """`count` distinct loopback ports that were free a moment ago (for tests)."""
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _probe(uri: str, password: str | None, timeout: float = 5.0) -> str | None:
    """None if Bolt at `uri` answers `RETURN 1` with this password, else why not ("auth": refused)."""
    if not password:
        return "no password is recorded"
    with _quiet_driver():
        return db.probe(uri, USERNAME, password, timeout)


@contextlib.contextmanager
def _quiet_driver() -> Iterator[None]:
    """Keep the driver from logging a probe's expected failures to stderr."""
    logger = logging.getLogger("neo4j")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _log_summary(log: Path, limit: int = 300) -> str:
    """The most telling line of the end of a log: the last error or cause, else the last line."""
    try:
        lines = [ln.strip() for ln in log.read_text("utf-8", "replace").splitlines()[-60:] if ln.strip()]
    except OSError:
        return "no log was written"
    if not lines:
        return "the log is empty"
    telling = [ln for ln in lines if re.search(r"\b(ERROR|Caused by|Exception|Error:)", ln)]
    line = (telling or lines)[-1]
    line = re.sub(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+\+\d{4} ", "", line)
    return line if len(line) <= limit else line[: limit - 3] + "..."


def _memory(value: str | None, env: str, default: str, what: str) -> str:
    chosen = value or os.environ.get(env) or default
    if not _MEMORY_RE.match(chosen):
        raise ServerError(f"{what} size {chosen!r} is not a size like 512m or 1g")
    return chosen.lower()


def _set_parent_death_signal() -> None:
    """In the child: ask Linux to send SIGTERM when the parent dies (test servers)."""
    import ctypes
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


# ---------------------------------------------------------------- the server

class LocalServer:
    """The local Neo4j server whose files live under `home`."""

    def __init__(self, home: Path | None = None):
        # by default the chosen store's (settings.store_home: --store, $ACCUSEGRAPH_STORE)
        self.home = Path(home if home is not None else store_home()).expanduser().resolve()
        self.conf_dir = self.home / "conf"
        self.data_dir = self.home / "data"
        self.logs_dir = self.home / "logs"
        self.run_dir = self.home / "run"
        self.state_file = self.home / "server.json"
        self.log_file = self.logs_dir / "neo4j.log"
        self._child: subprocess.Popen | None = None

    def __repr__(self) -> str:
        return f"LocalServer(home={str(self.home)!r})"

    # -- state file

    def _read_state(self) -> dict:
        try:
            state = json.loads(self.state_file.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        except ValueError as exc:  # not JSON, or not UTF-8
            raise self._damaged(f"not JSON: {exc}") from None
        except OSError as exc:
            raise ServerError(f"{self.state_file} is unreadable ({exc.strerror or exc}): check its "
                              "permissions") from None
        if not isinstance(state, dict):
            raise self._damaged(f"JSON {type(state).__name__} instead of an object")
        return state

    def _damaged(self, why: str) -> ServerError:
        """The error for a state file that is not the JSON object this module writes."""
        what = (f"stop any Neo4j still running for {self.home}, then remove it and move {self.data_dir} "
                "away (it keeps the password of that data) to start afresh with an empty database"
                if self.data_dir.exists() else "remove it; `accusegraph server start` writes a new one")
        return ServerError(f"{self.state_file} is damaged ({why}); restore it from a backup, or {what}")

    def _write_state(self, state: dict) -> None:
        tmp = self.state_file.with_suffix(".json.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(state, fh, indent=2)
            fh.write("\n")
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.state_file)

    def _live_pid(self, state: dict) -> int | None:
        """The pid of this home's server process, if one is alive."""
        pid = state.get("pid")
        if isinstance(pid, int) and _is_server_of(pid, self.home):
            return pid
        others = _pids_of(self.home) if self.home.exists() else []
        return others[0] if others else None

    # -- public API

    def status(self) -> ServerStatus:
        """What is true now: running, alive but not answering, stopped, or stale."""
        state = self._read_state()
        recorded = state.get("pid")
        pid = self._live_pid(state)
        common = dict(home=self.home, version=state.get("version"), bolt_port=state.get("bolt_port"),
                      http_port=state.get("http_port"))
        if pid is None:
            if isinstance(recorded, int):
                return ServerStatus(state="stale", pid=None, **common,
                                    detail=f"not running: the server recorded as pid {recorded} is gone "
                                           f"(crashed or killed; see {self.log_file})")
            return ServerStatus(state="stopped", detail="not running", **common)
        uri = f"bolt://127.0.0.1:{state.get('bolt_port')}"
        extra = dict(pid=pid, started_at=state.get("started_at"),
                     startup_seconds=state.get("startup_seconds"))
        if pid != recorded or not state.get("bolt_port"):
            return ServerStatus(state="not_responding", **common, **extra,
                                detail=f"a server for {self.home} runs as pid {pid} but {self.state_file} "
                                       "does not record it (started by hand?)")
        why = _probe(uri, state.get("password"))
        if why is None:
            return ServerStatus(state="running", detail=f"running (pid {pid}) at {uri}", **common, **extra)
        if why == "auth":
            why = f"it rejects the password in {self.state_file}"
        return ServerStatus(state="not_responding", **common, **extra,
                            detail=f"process {pid} is alive but Bolt does not answer at {uri} ({why}); "
                                   f"starting or stuck? see {self.log_file}")

    def connection(self) -> tuple[str, str, str]:
        """(uri, user, password) of the running server, for when NEO4J_URI is unset."""
        status = self.status()
        if not status.running:
            raise ServerError("no local server running: run `accusegraph server start` or set NEO4J_URI")
        return status.uri, USERNAME, self._read_state()["password"]

    def start(self, bolt_port: int | None = None, http_port: int | None = None, *, heap: str | None = None,
              pagecache: str | None = None, timeout: float = 180, version: str = NEO4J_VERSION,
              progress: Progress = None, stop_with_parent: bool = False) -> ServerInfo:
        """Start the server detached and wait until Bolt answers `RETURN 1`.

        Ports not given are the ones this home used last; a home that never ran
        gets 7687 and 7474 if it is the default store's, else two free ports (so
        the servers of several stores can run at once).
        heap/pagecache default to $ACCUSEGRAPH_NEO4J_HEAP / $ACCUSEGRAPH_NEO4J_PAGECACHE,
        else 512m / 256m. With `stop_with_parent` the server gets SIGTERM when the
        calling process dies (for test sessions); otherwise it outlives it.

        Raises:
            ServerError: already running, a port taken, tools missing, or start-up failed.
        """
        heap = _memory(heap, HEAP_ENV, DEFAULT_HEAP, "heap")
        pagecache = _memory(pagecache, PAGECACHE_ENV, DEFAULT_PAGECACHE, "page cache")
        self.home.mkdir(parents=True, exist_ok=True, mode=0o700)
        with locked(self.home / ".lock"):
            state = self._read_state()
            bolt_port, http_port = self._ports(state, bolt_port, http_port)
            if bolt_port == http_port:
                raise ServerError(f"Bolt and HTTP cannot share port {bolt_port}: choose another with "
                                  "--bolt-port or --http-port")
            pid = self._live_pid(state)
            if pid is not None:
                uri = f"bolt://127.0.0.1:{state.get('bolt_port')}" if pid == state.get("pid") else "an unknown port"
                raise ServerError(f"already running (pid {pid}) at {uri}: stop it first with "
                                  "`accusegraph server stop`")
            for port, name, option in ((bolt_port, "Bolt", "--bolt-port"), (http_port, "HTTP", "--http-port")):
                if port_in_use(port):
                    raise ServerError(f"port {port} on 127.0.0.1 (for {name}) is already in use: stop what "
                                      f"uses it or choose another port with {option}")
            lib = ensure_assembled(version, progress=progress)
            java = check_java()
            self._write_conf(lib, bolt_port, http_port, heap, pagecache)
            password = self._ensure_password(java, lib, state, progress)
            return self._launch(java, lib, state, password, version, bolt_port, http_port, heap,
                                timeout, progress, stop_with_parent)

    def stop(self, timeout: float = 60) -> bool:
        """Stop the server: SIGTERM, wait, SIGKILL only after `timeout`. False if none ran."""
        with locked(self.home / ".lock") if self.home.exists() else contextlib.nullcontext():
            state = self._read_state()
            pid = self._live_pid(state)
            if pid is None:
                if state.get("pid") is not None:
                    self._write_state({**state, "pid": None})
                return False
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            except PermissionError:
                raise ServerError(f"not allowed to stop pid {pid} (started by another user?)") from None
            if not self._wait_gone(pid, timeout):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)  # last resort: the next start runs recovery
                if not self._wait_gone(pid, 15):
                    raise ServerError(f"pid {pid} survived SIGTERM and SIGKILL; check it with `ps {pid}`")
            if state:
                self._write_state({**state, "pid": None, "stopped_at": now()})
            return True

    # -- helpers

    def _ports(self, state: dict, bolt_port: int | None, http_port: int | None) -> tuple[int, int]:
        """The ports given, else the recorded ones, else the defaults (see `start`)."""
        recorded = (state.get("bolt_port"), state.get("http_port"))
        if all(isinstance(p, int) for p in recorded):
            fallback = recorded
        elif self.home == store_home(DEFAULT_STORE).expanduser().resolve():
            fallback = (DEFAULT_BOLT_PORT, DEFAULT_HTTP_PORT)
        else:
            fallback = tuple(find_free_ports(2))
        return bolt_port or fallback[0], http_port or fallback[1]

    def _wait_gone(self, pid: int, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._child is not None and self._child.pid == pid:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self._child.wait(timeout=0.2)
            if not _pid_alive(pid):
                return True
            time.sleep(0.2)
        return not _pid_alive(pid)

    def _write_conf(self, lib: Path, bolt_port: int, http_port: int, heap: str, pagecache: str) -> None:
        dirs = {name: self.home / name for name in ("conf", "data", "logs", "run", "import", "plugins")}
        for path in dirs.values():
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
        conf = string.Template(data_file("neo4j.conf.template")).substitute(
            **{f"{name}_dir": str(path) for name, path in dirs.items()},
            lib_dir=str(lib), bolt_port=bolt_port, http_port=http_port, heap=heap, pagecache=pagecache)
        (self.conf_dir / "neo4j.conf").write_text(conf, "utf-8")
        for name in ("server-logs.xml", "user-logs.xml"):
            (self.conf_dir / name).write_text(data_file(name), "utf-8")

    def _env(self) -> dict[str, str]:
        return {**os.environ, "NEO4J_HOME": str(self.home), "NEO4J_CONF": str(self.conf_dir)}

    def _classpath(self, lib: Path) -> str:
        return f"{self.conf_dir}/*:{lib}/*"  # a list argument: the globs reach Java unexpanded

    def _ensure_password(self, java: str, lib: Path, state: dict, progress: Progress) -> str:
        """The password of this home's data, set with AdminTool before the first start."""
        password = state.get("password")
        if (self.data_dir / "databases" / "system").exists():
            if not password:
                raise ServerError(f"the password of the database in {self.data_dir} is unknown "
                                  f"({self.state_file} has none): move that folder away to start "
                                  "afresh with an empty database")
            return password
        password = password or "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(24))
        if progress:
            progress("Setting the initial password of the new database")
        # Not on the command line, where any user sees it (/proc/PID/cmdline, ps): the
        # AdminTool (picocli) reads `@FILE` as the arguments written in FILE, here a
        # private file (mode 0600, in the 0700 home) removed as soon as the tool is done.
        fd, argfile = tempfile.mkstemp(prefix=".initial-password.", dir=self.run_dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write('"' + password.replace("\\", "\\\\").replace('"', '\\"') + '"\n')
            out = subprocess.run([java, "-cp", self._classpath(lib), _ADMIN_TOOL, "dbms", "set-initial-password",
                                  f"@{argfile}"], env=self._env(), cwd=self.home, stdin=subprocess.DEVNULL,
                                 capture_output=True, text=True, timeout=300)
        finally:
            os.unlink(argfile)
        if out.returncode != 0:
            detail = (out.stderr.strip() or out.stdout.strip() or "no output").splitlines()[-1]
            raise ServerError(f"setting the initial password failed: {detail.replace(password, '***')}")
        # Keep the password before the server first runs: it now belongs to the data.
        self._write_state({**state, "password": password, "pid": None})
        return password

    def _launch(self, java: str, lib: Path, state: dict, password: str, version: str, bolt_port: int,
                http_port: int, heap: str, timeout: float, progress: Progress,
                stop_with_parent: bool) -> ServerInfo:
        if self.log_file.exists():
            os.replace(self.log_file, self.log_file.with_name("neo4j.log.1"))
        command = [java, "-cp", self._classpath(lib), *_JVM_FLAGS, f"-Xms{heap}", f"-Xmx{heap}",
                   _ENTRY_POINT, f"--home-dir={self.home}", f"--config-dir={self.conf_dir}", "--console-mode"]
        if progress:
            progress(f"Starting Neo4j {version} on bolt://127.0.0.1:{bolt_port}")
        started = time.monotonic()
        with open(self.log_file, "ab") as log:
            self._child = subprocess.Popen(
                command, cwd=self.home, env=self._env(), stdin=subprocess.DEVNULL, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True, close_fds=True,
                preexec_fn=_set_parent_death_signal if stop_with_parent else None)
        pid = self._child.pid
        record = {**state, "home": str(self.home), "pid": pid, "version": version, "bolt_port": bolt_port,
                  "http_port": http_port, "uri": f"bolt://127.0.0.1:{bolt_port}",
                  "browser_url": f"http://127.0.0.1:{http_port}/browser/", "username": USERNAME,
                  "password": password, "started_at": now(), "startup_seconds": None}
        record.pop("stopped_at", None)
        self._write_state(record)
        try:
            self._wait_ready(record["uri"], password, timeout, started)
        except ServerError:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGTERM)  # a clean stop if it can, so the data needs no recovery
                if not self._wait_gone(pid, 20):
                    os.killpg(pid, signal.SIGKILL)
                    self._wait_gone(pid, 15)
            self._write_state({**record, "pid": None})
            raise
        record["startup_seconds"] = round(time.monotonic() - started, 2)
        self._write_state(record)
        return ServerInfo(home=self.home, pid=pid, version=version, bolt_port=bolt_port, http_port=http_port,
                          startup_seconds=record["startup_seconds"], started_at=record["started_at"],
                          password=Secret(password))

    def _wait_ready(self, uri: str, password: str, timeout: float, started: float) -> None:
        refusals = 0
        while True:
            code = self._child.poll()
            if code is not None:
                raise ServerError(f"Neo4j exited during start-up (code {code}): {_log_summary(self.log_file)} "
                                  f"(log: {self.log_file})")
            why = _probe(uri, password, timeout=5.0)
            if why is None:
                return
            refusals = refusals + 1 if why == "auth" else 0
            if refusals >= 3:  # not a start-up hiccup: the data has another password
                raise ServerError(f"Neo4j at {uri} rejects the password in {self.state_file}, so it was "
                                  f"stopped; move {self.data_dir} away to start afresh")
            if time.monotonic() - started > timeout:
                raise ServerError(f"Neo4j did not answer on {uri} within {timeout:.0f} s, so it was "
                                  f"stopped; last log line: {_log_summary(self.log_file)} (log: {self.log_file})")
            time.sleep(0.5)


def stored_password(uri: str) -> str | None:
    """The recorded password of the local server (of any store) that listens at `uri`, if any.

    For `NEO4J_URI=bolt://127.0.0.1:PORT` without `NEO4J_PASSWORD`: a loopback
    address whose port a store's state file records as its Bolt port.
    """
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(uri)
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if host not in _LOOPBACK_HOSTS or port is None:
        return None
    for home in store_homes():
        try:
            state = LocalServer(home)._read_state()
        except ServerError:
            continue
        if state.get("bolt_port") == port and isinstance(state.get("password"), str):
            return state["password"]
    return None
