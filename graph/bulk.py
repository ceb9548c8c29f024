"""`load --bulk`: a NEW graph built by Neo4j's own importer, `neo4j-admin database import full`.

Rules this module keeps:

- The importer's input is the CSV folder of `csvexport.write_csv_folder` (what
  `accusegraph export -f csv` writes), so the graph has the nodes, relationships,
  derived edges and claim keys (`pair`, `published`) the transactional loader
  gives for the same claims. Not written: the loader's content hashes, so the
  first `accusegraph load` of claims already there rewrites them once (same graph).
- Only the tool's local server, whose files the importer writes while the server
  is stopped (`org.neo4j.cli.AdminTool`, from the jars the server runs on).
- Never over data: the database is checked empty first (the server is started for
  that when it is stopped), and a database with any node is refused with one line,
  before the server is stopped or anything is written. An empty database is
  replaced by the import (`--overwrite-destination`); that deletes no data.
- Afterwards the server runs again on its ports, with its indexes and
  constraints, created before the loader's upgrade step looks for them: the
  import wrote every key the loader adds to an older graph, so that step finds
  nothing to do instead of setting the keys of every claim a second time.
- The gazetteer's (and alias file's) names and kinds are given to the actors they
  know, as `load` gives them (`known_names`, `known_kinds`).
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping

from accusegraph.curation import Curation, curate
from accusegraph.errors import InputError, RecordError, ServerError, counted

from . import db
from .csvexport import NODE_FILES, import_arguments, write_csv_folder
from .load import load_claims
from .parts import open_claims_input
from .schema import ensure_schema
from .server import LocalServer, check_java, ensure_assembled

Note = Callable[[str], None]
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
DEFAULT_PORTS = (7687, 7474)


@dataclass
class BulkReport:
    claims: int = 0
    bad_lines: int = 0
    nodes: int = 0
    relationships: int = 0
    import_seconds: float = 0.0
    seconds: float = 0.0

    def __str__(self) -> str:
        text = (f"bulk import: {counted(self.claims, 'claim')} as {counted(self.nodes, 'node')} and "
                f"{counted(self.relationships, 'relationship')} in {self.seconds:.1f}s "
                f"(neo4j-admin {self.import_seconds:.1f}s)")
        if self.bad_lines:
            text += f"; {counted(self.bad_lines, 'bad line')} skipped"
        return text


def bulk_load(path: str, server: LocalServer | None = None, *, database: str = "neo4j",
              strict: bool = False, note: Note | None = None, curation: Curation | None = None,
              known_names: Mapping[str, Iterable[str]] | None = None,
              known_kinds: Mapping[str, str] | None = None) -> BulkReport:
    """Build the local server's `database` from the claims at `path` (file or folder of parts),
    with `curation` applied and the actors `known_names` and `known_kinds` name given those
    (as `load_claims` gives them).

    Raises:
        InputError: the database already holds data, or the input is unreadable.
        ServerError: the server or the importer failed (the log is named).
    """
    server = server or LocalServer()
    say = note or (lambda _m: None)
    started = time.monotonic()
    report = BulkReport()
    errors: list[RecordError] = []
    server.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    ports = _ensure_empty(server, database, say)   # refused before the CSV work, which takes a while
    with tempfile.TemporaryDirectory(prefix=".bulk-", dir=server.home) as tmp:
        folder = Path(tmp) / "csv"
        say("Writing the importer's CSV files")
        with open_claims_input(path, strict=strict, errors=errors) as source:
            claims = curate(source.claims, curation) if curation is not None else source.claims
            _files, rows, _dangling = write_csv_folder(claims, folder)
        for err in errors:
            say(str(err))
        report.bad_lines = len(errors)
        report.claims = rows.get("Claim", 0)
        report.nodes = sum(n for key, n in rows.items() if key in NODE_FILES)
        report.relationships = sum(n for key, n in rows.items() if key not in NODE_FILES)
        _ensure_empty(server, database, say)           # and again: nothing was loaded meanwhile
        say("Stopping the server for the import")
        server.stop()
        import_started = time.monotonic()
        _run_import(server, folder, database, say)
        report.import_seconds = time.monotonic() - import_started
    say("Starting the server on the new graph")
    server.start(*ports)
    say("Creating the indexes and constraints")
    _create_schema(server, database, known_names, known_kinds)
    report.seconds = time.monotonic() - started
    return report


def _ensure_empty(server: LocalServer, database: str, say: Note) -> tuple[int, int]:
    """The server's ports, once its `database` is known to hold no node (started if need be)."""
    status = server.status()
    ports = (status.bolt_port or DEFAULT_PORTS[0], status.http_port or DEFAULT_PORTS[1])
    if not status.running:
        say("Starting the server to check that the database is empty")
        server.start(*ports)
    uri, user, password = server.connection()
    import neo4j

    with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
        n = db.read(driver, database, lambda tx: tx.run("MATCH (n) RETURN count(n) AS n").single()["n"])
    if n:
        raise InputError(f"the database {database!r} of the local server ({server.home}) already holds "
                         f"{counted(n, 'node')}: --bulk builds a new graph only and changes nothing here; "
                         "add claims with `accusegraph load` (no --bulk), or set ACCUSEGRAPH_HOME to a new "
                         "folder for a new server")
    return ports


def _run_import(server: LocalServer, folder: Path, database: str, say: Note) -> None:
    lib = ensure_assembled()
    java = check_java()
    report_file = server.logs_dir / "import.report"
    command = [java, "-cp", server._classpath(lib), ADMIN_TOOL, *import_arguments(folder, database),
               f"--report-file={report_file}"]
    say("Running neo4j-admin database import full")
    log = server.logs_dir / "import.log"
    server.logs_dir.mkdir(parents=True, exist_ok=True)
    with open(log, "w", encoding="utf-8") as out:
        done = subprocess.run(command, env=server._env(), cwd=server.home, stdin=subprocess.DEVNULL,
                              stdout=out, stderr=subprocess.STDOUT, timeout=24 * 3600)
    if done.returncode != 0:
        lines = [line.strip() for line in log.read_text("utf-8", errors="replace").splitlines() if line.strip()]
        last = next((line for line in reversed(lines) if "rror" in line or "xception" in line),
                    lines[-1] if lines else "no output")
        raise ServerError(f"neo4j-admin database import failed (exit {done.returncode}): {last[:300]} "
                          f"(log: {log}); the server is stopped: `accusegraph server start` starts it again")


def _create_schema(server: LocalServer, database: str, known_names: Mapping[str, Iterable[str]] | None,
                   known_kinds: Mapping[str, str] | None) -> None:
    """Indexes and constraints first (the loader's upgrade steps look for them, and the import
    wrote the keys they would add), then an empty load: its upgrade steps, and the known names
    and kinds."""
    import neo4j

    uri, user, password = server.connection()
    with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
        ensure_schema(driver, database)
        load_claims(driver, [], database=database, known_names=known_names, known_kinds=known_kinds)
