"""The demo: the bundled example articles through the whole pipeline, then the chains.

Starts the local server when no NEO4J_URI is set and none runs, ingests
examples/, prints who accused whom and one accusation chain, and where the
Browser is. The example claims land in the chosen store beside the user's own,
so the demo ends with the one command that deletes exactly them, and how to
run it in a store of its own (`accusegraph --store demo demo`).
"""

from __future__ import annotations

from typing import Callable

from .curation import read_curation
from .errors import ServerError
from .graph.queries import run_query
from .graph.server import LocalServer
from .graph.store import list_sources
from .ingest.readers import iter_articles
from .output import render_rows
from .pipeline import connect, examples_dir, ingest
from .settings import DEFAULT_STORE, ConnectionSettings, curation_path, store_name


def _clip(value, width: int = 60):
    if isinstance(value, str) and len(value) > width:
        return value[: width - 1] + "…"
    return value


def run_demo(settings: ConnectionSettings, *, start_server: bool = True,
             warn: Callable[[str], None] = print, out=None) -> None:
    import sys

    out = out or sys.stdout
    browser = None
    if settings.uses_local_server:
        server = LocalServer()
        status = server.status()
        if not status.running:
            if not start_server:
                raise ServerError("no local server running: run `accusegraph server start` or set NEO4J_URI")
            info = server.start(progress=lambda message: print(message, file=sys.stderr, flush=True))
            browser = info.browser_url
        else:
            browser = status.browser_url
    examples = examples_dir()
    with connect(settings) as driver:
        report = ingest([str(examples)], driver, database=settings.database, warn=warn,
                        curation=read_curation(curation_path()))
        print(f"Ingested {report.articles} example articles: {report.claims} claims ({report.load}).", file=out)
        columns, rows = run_query(driver, "who-accused-whom", {}, database=settings.database)
        keep = [c for c in ("actor", "action", "target", "allegation", "evidence_status", "publisher") if c in columns]
        idx = [columns.index(c) for c in keep]
        short = [[_clip(row[i]) for i in idx] for row in rows]
        render_rows(keep, short, "table", out, title="Who accused whom")
        columns, rows = run_query(driver, "accusation-chains", {"start": None, "max_hops": 4},
                                  database=settings.database)
        if rows:
            longest = max(rows, key=lambda r: (r[columns.index("hops")], r[columns.index("chain")]))
            chain = longest[columns.index("chain")]
            print(f"\nOne accusation chain ({longest[columns.index('hops')]} hops): " + " -> ".join(chain), file=out)
        else:
            print("\nNo accusation chain in the examples.", file=out)
        example_ids = _example_sources(driver, settings.database, examples)
    if browser:
        print(f"\nNeo4j Browser: {browser}  (user neo4j, password: `accusegraph server password`);\n"
              "  picture of the accusations: MATCH p=(:Actor)-[:ACCUSES|DENIES|SANCTIONS]->(:Actor) RETURN p",
              file=out)
    else:
        print(f"\nOpen Neo4j Browser for {settings.uri} and run: MATCH p=(:Actor)-[:ACCUSES]->(:Actor) RETURN p",
              file=out)
    if example_ids:
        print("\nThe example claims are now in this store, beside any of yours. To delete exactly them:\n"
              f"  accusegraph {_store_option()}sources delete {' '.join(example_ids)}\n"
              "To keep the demo apart from your work, run it in a store of its own: accusegraph --store demo demo",
              file=out)


def _example_sources(driver, database: str, examples) -> list[str]:
    """The ids of the stored sources that are bundled example articles."""

    urls = {a.url for a in iter_articles([str(examples)], english_only=False, warn=lambda _m: None) if a.url}
    columns, rows = list_sources(driver, database)
    return [row[columns.index("id")] for row in rows if row[columns.index("url")] in urls]


def _store_option() -> str:
    return "" if store_name() == DEFAULT_STORE else f"--store {store_name()} "
