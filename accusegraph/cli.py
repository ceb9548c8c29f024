"""The `accusegraph` command line: thin commands over library functions.

Every command parses its options and calls one library function. Errors a user
can fix (AccusegraphError) are printed once, as one line on stderr, exit code 1;
usage errors exit 2; tracebacks are never shown for a user mistake.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from contextlib import closing
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .curation import curate, read_curation
from .demo import run_demo
from .errors import AccusegraphError, InputError, counted
from .graph import corrections
from .graph.analyze import analyze_claims
from .graph.browser import guide_html, serve_guide, style_text
from .graph.bulk import bulk_load
from .graph.curate import SUGGESTION_COLUMNS, suggest_merges
from .graph.db import safe_uri
from .graph.export import export_claims
from .graph.load import load_claims
from .graph.parts import open_claims_input
from .graph.queries import ACTION_FAMILIES, get_query, list_queries, parse_params, run_query
from .graph.read import iter_claims_from_db
from .graph.server import LocalServer
from .graph.stats import graph_stats
from .graph.store import delete_sources, list_sources, reset_store
from .ingest.evaluate import evaluate, evaluate_constructions
from .ingest.extract import Extractor
from .ingest.readers import Skipped, count_inputs, iter_articles
from .ingest.spark import spark_extract, spark_session
from .model import read_claims, write_claims
from .output import atomic_output, render_rows
from .pipeline import (connect, extract_claims, gazetteer_names, ingest as run_ingest, known_actor_kinds,
                       known_actor_names)
from .settings import choose_curation, choose_store, connection_settings, curation_path, store_name

app = typer.Typer(
    name="accusegraph",
    help=(
        "Turn news articles into a graph of who accused whom, on what evidence, and who "
        "answered; store it in Neo4j and query it with saved Cypher.\n\n"
        "Stages: extract (articles -> claims JSONL, no database), load (claims JSONL -> "
        "Neo4j), ingest (both), query / queries / stats / export / analyze. With no "
        "NEO4J_URI set, commands use the local server of `accusegraph server start`."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
server_app = typer.Typer(help="Run the local Neo4j server (assembled from Neo4j's own jars; needs Java 17/21 and Maven).",
                         no_args_is_help=True)
app.add_typer(server_app, name="server")
sources_app = typer.Typer(help="The sources (articles) in the store: list them, delete some with their claims.",
                          no_args_is_help=True)
app.add_typer(sources_app, name="sources")
browser_app = typer.Typer(help="Neo4j Browser helpers: the accusegraph style (GraSS) and a guide of the saved queries.",
                          no_args_is_help=True)
app.add_typer(browser_app, name="browser")
spark_app = typer.Typer(help="Extraction on Apache Spark (the spark extra: pip install 'accusegraph[spark]').",
                        no_args_is_help=True)
app.add_typer(spark_app, name="spark")
actors_app = typer.Typer(help=(
    "Correct the graph's actors: merge two names into one actor, keep two apart, fix a kind, "
    "suggest merges. Recorded in the curation file (see --curation), applied to the graph at once "
    "and on every later load."), no_args_is_help=True)
app.add_typer(actors_app, name="actors")
claims_app = typer.Typer(help=(
    "Correct the graph's claims: reject one, fix its action, parties or hedge, add one the extractor "
    "missed. Recorded in the curation file (see --curation), applied to the graph at once and on every "
    "later load."), no_args_is_help=True)
app.add_typer(claims_app, name="claims")


class OutFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(str, Enum):
    turtle = "turtle"
    jsonld = "jsonld"
    nt = "nt"
    graphml = "graphml"
    csv = "csv"


# ------------------------------------------------------------------ shared options

DbOpt = Annotated[Optional[str], typer.Option(
    "--db", envvar="NEO4J_URI", show_envvar=True,
    help="Neo4j Bolt URI, e.g. bolt://localhost:7687. Default: the local server "
         "(`accusegraph server start`). User and password come from NEO4J_USERNAME and NEO4J_PASSWORD.")]
DatabaseOpt = Annotated[Optional[str], typer.Option(
    "--database", envvar="NEO4J_DATABASE", show_envvar=True, help="Neo4j database name. Default: neo4j.")]
JobsOpt = Annotated[int, typer.Option(
    "--jobs", "-j", min=1, max=64,
    help="Worker processes for extraction (parse and rules; each loads its own spaCy model, about "
         "250 MB). 1 works in this process. The output is the same for any value.")]
AliasesOpt = Annotated[Optional[Path], typer.Option(
    "--aliases", envvar="ACCUSEGRAPH_ALIASES", exists=False,
    help="YAML file of your own actors and aliases (canonical name -> {kind, aliases}).")]
MaxBytesOpt = Annotated[Optional[int], typer.Option(
    "--max-bytes", min=1, help="Size limit of one article (file, page or JSONL line) in bytes. Default: 20 MB.")]
AllowPrivateOpt = Annotated[bool, typer.Option(
    "--allow-private", help="Allow URLs on private, loopback and link-local networks (refused by default).")]
FollowLinksOpt = Annotated[bool, typer.Option(
    "--follow-links", help="For RSS/Atom feeds: fetch each item's linked article (same URL rules as a URL "
                           "argument) and read it instead of the item's summary; an item whose page "
                           "cannot be fetched keeps its own text, with a warning.")]


def _warn(message: str) -> None:
    print(f"accusegraph: warning: {message}", file=sys.stderr)


class _CountingWarn:
    """`_warn` that also counts the inputs skipped (the readers' `Skipped` warnings;
    not the others: a feed read despite its errors, a date dropped), so a command
    can end with how many it skipped."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, message: str) -> None:

        if isinstance(message, Skipped):
            self.count += 1
        _warn(message)

    def summary(self) -> str:
        if not self.count:
            return ""
        return f"; {counted(self.count, 'input')} skipped (warnings above)"


def _settings(db: str | None, database: str | None):
    return connection_settings(uri=db, database=database)


def _curation():
    """The curation file's content, read before anything is loaded (a bad file is one error)."""

    return read_curation(curation_path())


def _progress(description: str, total: int | None):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.console import Console

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=False, disable=not sys.stderr.isatty())


# ------------------------------------------------------------------ commands

@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders, JSONL of articles, RSS/Atom feeds or http(s) URLs.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write claims JSONL here (default: stdout). Written atomically.")] = None,
    jobs: JobsOpt = 1,
    aliases: AliasesOpt = None,
    allow_private: AllowPrivateOpt = False,
    follow_links: FollowLinksOpt = False,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first bad input record instead of skipping it.")] = False,
    max_bytes: MaxBytesOpt = None,
) -> None:
    """Extract claims from articles and write claims JSONL. Needs no database.

    The same input gives the same output, byte for byte, with the same ids.
    """

    started = time.monotonic()
    counts = {"articles": 0}
    warn = _CountingWarn()
    total = count_inputs(paths)

    with atomic_output(output) as stream, _progress("extract", total) as bar:
        task = bar.add_task("articles", total=total)

        def seen(article, claims):
            counts["articles"] += 1
            bar.advance(task, 1)

        # (closed on the way out, so Ctrl-C while writing stops the workers at once)
        with closing(extract_claims(paths, jobs=jobs, aliases=aliases, allow_private=allow_private,
                                    follow_links=follow_links, strict=strict, warn=warn,
                                    max_bytes=max_bytes, on_article=seen)) as claims:
            n = write_claims(claims, stream)
    print(f"accusegraph: {counted(n, 'claim')} from {counted(counts['articles'], 'article')} in "
          f"{time.monotonic() - started:.1f}s"
          + warn.summary(), file=sys.stderr)


@app.command()
def load(
    file: Annotated[str, typer.Argument(help=(
        "Claims JSONL file, - for stdin, or a folder of part files (JSONL or Parquet; "
        "the --out of `spark extract`) read as one input."))],
    db: DbOpt = None,
    database: DatabaseOpt = None,
    bulk: Annotated[bool, typer.Option("--bulk", help=(
        "Build a NEW graph in the local server with neo4j-admin database import full (much faster for "
        "a first load; refused, changing nothing, when the database holds data)."))] = False,
    batch_size: Annotated[int, typer.Option(
        min=1, max=100_000, help="Claims per transaction (whole sources; larger is faster, up to memory).")] = 5000,
    force: Annotated[bool, typer.Option("--force", help="Reload sources already loaded with the same claims.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first bad line instead of skipping it.")] = False,
    replace: Annotated[bool, typer.Option("--replace", help=(
        "Replace the claims of the file's first and last source even where the file looks cut in the "
        "middle of one (by default their stored claims before or after the file's part are kept)."))] = False,
    aliases: AliasesOpt = None,
) -> None:
    """Load claims JSONL into Neo4j (idempotent: loading the same file twice changes nothing).

    Bad lines are reported as FILE:LINE: what, skipped and counted (--strict stops at the
    first). Each source's claims replace that source's earlier claims, except where the
    file cannot vouch for them: a source with a rejected line is merged, and the stored
    claims a cut in the middle of the first or last source may have left out are kept
    (each said in a warning; --replace drops the latter).
    """
    if bulk:
        _bulk_load(file, db, database, strict, aliases)
        return

    errors: list = []
    curation = _curation()
    known = known_actor_names(aliases)
    known_kinds = known_actor_kinds(aliases)
    with open_claims_input(file, strict=strict, errors=errors, warn=_warn) as source:
        name = source.name

        def claims():
            yield from curate(source.claims, curation)
            for err in errors:
                _warn(str(err))
        with connect(_settings(db, database)) as driver, _progress("Loading claims", source.total) as bar:
            task = bar.add_task("Loading claims", total=source.total)
            report = load_claims(driver, claims(), database=_settings(db, database).database,
                                 batch_size=batch_size, force=force, rejected=errors, guard_cut=not replace,
                                 known_names=known, known_kinds=known_kinds,
                                 progress=lambda n: bar.advance(task, n),
                                 note=lambda message: _warn(message if message.startswith(f"{name}:")
                                                            else f"{name}: {message}"))
    print(f"accusegraph: {report}" + (f"; {counted(len(errors), 'bad line')} skipped" if errors else ""), file=sys.stderr)


def _bulk_load(file: str, db: str | None, database: str | None, strict: bool, aliases: Path | None) -> None:

    settings = _settings(db, database)
    if not settings.uses_local_server:
        raise InputError("--bulk builds the local server's graph (neo4j-admin writes its files); for the "
                         "server at --db/NEO4J_URI, run `accusegraph export -f csv` and the neo4j-admin "
                         "command it prints there")
    report = bulk_load(file, database=settings.database, strict=strict, curation=_curation(),
                       known_names=known_actor_names(aliases), known_kinds=known_actor_kinds(aliases),
                       note=lambda message: print(f"accusegraph: {message}", file=sys.stderr))
    print(f"accusegraph: {report}", file=sys.stderr)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Article files, folders, JSONL of articles, feeds or URLs.")],
    db: DbOpt = None,
    database: DatabaseOpt = None,
    jobs: JobsOpt = 1,
    aliases: AliasesOpt = None,
    allow_private: AllowPrivateOpt = False,
    follow_links: FollowLinksOpt = False,
    force: Annotated[bool, typer.Option("--force", help="Reload sources already loaded with the same claims.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first bad input record (nothing is loaded) instead of skipping it.")] = False,
    max_bytes: MaxBytesOpt = None,
) -> None:
    """Extract claims from articles and load them into Neo4j (extract + load), with progress."""

    settings = _settings(db, database)
    warn = _CountingWarn()
    curation = _curation()
    with connect(settings) as driver:
        total = count_inputs(paths)
        with _progress("ingest", total) as bar:
            task = bar.add_task("articles", total=total)
            report = run_ingest(paths, driver, database=settings.database, jobs=jobs, aliases=aliases,
                                curation=curation,
                                allow_private=allow_private, follow_links=follow_links, force=force, strict=strict,
                                warn=warn, max_bytes=max_bytes,
                                progress=lambda n: bar.advance(task, n))
    print(f"accusegraph: {counted(report.articles, 'article')}, {counted(report.claims, 'claim')}; {report.load}"
          + warn.summary(),
          file=sys.stderr)


@app.command()
def query(
    name: Annotated[str, typer.Argument(help="Saved query name (see `accusegraph queries`).")],
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="Query parameter as key=value; typed by the query's header.")] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help=(
        "table for people, json or csv for programs. Tables show control characters as escapes "
        "(\\x1b); json is exact; csv cells starting with =, +, -, @, a tab or a carriage return get "
        "a leading ' so spreadsheets do not run them (numbers stay numbers): use json for exact text."))] = OutFormat.table,
    db: DbOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Run a saved Cypher query by name. Parameters are always passed as Cypher parameters.

    Actor names (actor, target, start) match an actor's name or alias, or a run of its
    words, ignoring case, accents and punctuation; a known alias such as NSA finds its
    actor when the gazetteer (or the load's --aliases file) knew it at load time.
    """

    saved = get_query(name)
    params = parse_params(saved, param or [])
    settings = _settings(db, database)
    with connect(settings) as driver:
        columns, rows = run_query(driver, saved.name, params, database=settings.database)
    render_rows(columns, rows, fmt.value, title=saved.name if fmt == OutFormat.table else None)


@app.command("queries")
def list_saved_queries(
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
    show: Annotated[Optional[str], typer.Option("--show", help="Print this query's Cypher (to paste into Neo4j Browser).")] = None,
) -> None:
    """List the saved queries with their descriptions and parameters."""

    if show:
        print(get_query(show).text)
        return
    rows = [[q.name, q.description, ", ".join(p.describe() for p in q.params)] for q in list_queries()]
    render_rows(["name", "description", "parameters"], rows, fmt.value)


@app.command()
def stats(
    db: DbOpt = None,
    database: DatabaseOpt = None,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
) -> None:
    """Counts of actors, claims by action, sources and derived edges in the store."""

    settings = _settings(db, database)
    with connect(settings) as driver:
        result = graph_stats(driver, settings.database)
    if fmt == OutFormat.json:
        print(json.dumps(result, indent=2, default=str))
        return
    rows = _flatten(result)
    render_rows(["what", "count"], rows, fmt.value)


def _flatten(d: dict, prefix: str = "") -> list[list]:
    rows: list[list] = []
    for key, value in d.items():
        if isinstance(value, dict):
            rows.extend(_flatten(value, f"{prefix}{key}."))
        else:
            rows.append([f"{prefix}{key}", value])
    return rows


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="turtle, jsonld, nt (RDF with PROV-O and schema.org), graphml (Gephi, networkx) or csv (neo4j-admin import).")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Output file (a folder for csv). Default: stdout (not for csv).")] = None,
    from_file: Annotated[Optional[Path], typer.Option("--from", help="Read claims JSONL instead of the database (no server needed).")] = None,
    db: DbOpt = None,
    database: DatabaseOpt = None,
    spreadsheet_safe: Annotated[bool, typer.Option(
        "--spreadsheet-safe",
        help="With --format csv: files to open in a spreadsheet, not to import. Text cells starting with "
             "=, +, -, @, a tab or a carriage return get a leading ' so they are not run as formulas; "
             "number, boolean and date columns stay as they are. Without it the files are exact, for "
             "neo4j-admin import, and a spreadsheet may run such cells.")] = False,
) -> None:
    """Export the claims graph as RDF, GraphML or neo4j-admin CSV.

    The CSV folder is exact, for `neo4j-admin database import` (fields with line breaks or
    carriage returns are quoted); add --spreadsheet-safe for files meant for a spreadsheet.
    """

    if fmt == ExportFormat.csv and output is None:
        raise InputError("--format csv writes a folder of files: give it with -o FOLDER")
    if spreadsheet_safe and fmt != ExportFormat.csv:
        raise typer.BadParameter("--spreadsheet-safe goes with --format csv", param_hint="--spreadsheet-safe")
    bad: list = []
    report = _with_claims(from_file, db, database, lambda claims: export_claims(
        claims, fmt.value, output or sys.stdout, spreadsheet_safe=spreadsheet_safe), bad)
    print(f"accusegraph: {report}" + (f"; {counted(len(bad), 'bad line')} skipped" if bad else ""), file=sys.stderr)


@app.command()
def analyze(
    from_file: Annotated[Optional[Path], typer.Option("--from", help="Read claims JSONL instead of the database.")] = None,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
    db: DbOpt = None,
    database: DatabaseOpt = None,
    family: Annotated[Optional[str], typer.Option(
        "--family", help="Count a family of actions of actions.yaml as accusations: accusing (accuse, "
                         "criticize, sue, investigate), answerable (those and sanction, threaten) or "
                         "response. Default: accuse alone.")] = None,
) -> None:
    """Network analysis: central accusers and accused (PageRank), accusation cycles, co-accuser clusters."""
    from functools import partial

    if family is not None and family not in ACTION_FAMILIES:
        raise InputError(f"--family must be one of {', '.join(ACTION_FAMILIES)}, got {family!r}")
    actions = ACTION_FAMILIES[family] if family is not None else ("accuse",)
    report = _with_claims(from_file, db, database, partial(analyze_claims, actions=actions))
    if fmt == OutFormat.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
        return
    for title, columns, rows in report.tables():
        render_rows(columns, rows, fmt.value, title=title)


def _with_claims(from_file: Path | None, db: str | None, database: str | None, fn, bad: list | None = None):
    """`fn` of the claims of `from_file` or the database, with the curation file applied. A bad
    line of the file is a warning, FILE:LINE: what, and is skipped (and appended to `bad`)."""

    curation = _curation()
    if from_file is not None:
        errors = [] if bad is None else bad
        claims = read_claims(from_file, strict=False, errors=errors, warn=_warn)
        for err in errors:
            _warn(str(err))
        return fn(curate(claims, curation))

    settings = _settings(db, database)
    with connect(settings) as driver:
        # a stream: the csv export passes it through an on-disk table, and every
        # consumer reads it whole before it writes anything
        return fn(curate(iter_claims_from_db(driver, settings.database), curation))


@app.command()
def demo(
    db: DbOpt = None,
    database: DatabaseOpt = None,
    start_server: Annotated[bool, typer.Option("--start-server/--no-start-server", help="Start the local server if no NEO4J_URI is set and none runs.")] = True,
) -> None:
    """Ingest the bundled example articles, then show who accused whom and one accusation chain."""

    run_demo(_settings(db, database), start_server=start_server, warn=_warn)


@app.command("eval")
def evaluate_cmd(
    gold_dir: Annotated[Optional[Path], typer.Argument(
        help="Gold folder: articles/NAME.txt + NAME.meta.json, annotations/NAME.jsonl. With "
             "--constructions: the suite folder (default: tests/data/constructions of the repository).",
        metavar="GOLD_DIR|DIR", show_default=False)] = None,
    constructions: Annotated[bool, typer.Option(
        "--constructions", help="Score the construction suite (short tagged sentences, one YAML file "
                                "per action) instead of a gold folder; adds figures per construction.")] = False,
    failures: Annotated[bool, typer.Option(
        "--failures", help="With --constructions: also print every entry whose claims were missed "
                           "or wrong (text, expected, got), grouped by construction.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object.")] = False,
    aliases: AliasesOpt = None,
) -> None:
    """Score the extractor against gold claims: per-action and overall precision, recall, F1.

    `accusegraph eval GOLD_DIR` scores a gold folder; `accusegraph eval --constructions [DIR]`
    scores the construction suite, per action and per construction (active, passive,
    reported speech, nominal, ...), and `--failures` lists its misses. A predicted claim
    matches a gold claim when the action is equal and actor and target names match
    alias-aware (see docs/extraction.md). Needs no database.
    """
    if constructions:
        report = evaluate_constructions(gold_dir, aliases_file=aliases)
        if as_json:
            print(json.dumps(report.to_dict(failures=failures), indent=2))
        else:
            print(report.format_table())
            if failures:
                print("\n" + report.format_failures())
        return
    if gold_dir is None:
        raise typer.BadParameter("give a gold folder, or --constructions for the construction suite",
                                 param_hint="GOLD_DIR")
    if failures:
        raise typer.BadParameter("--failures goes with --constructions", param_hint="--failures")
    if not gold_dir.is_dir():
        raise InputError(f"{gold_dir}: not a folder; give a gold folder with articles/ and annotations/")
    report = evaluate(gold_dir, Extractor(aliases_file=aliases))
    if as_json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(report.format_table())


@sources_app.command("list")
def sources_list(
    db: DbOpt = None,
    database: DatabaseOpt = None,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
) -> None:
    """List the sources in the store: id, claim count, title, publisher, date and URL, by date."""

    settings = _settings(db, database)
    with connect(settings) as driver:
        columns, rows = list_sources(driver, settings.database)
    render_rows(columns, rows, fmt.value)


@sources_app.command("delete")
def sources_delete(
    sources: Annotated[list[str], typer.Argument(help="Sources to delete: ids or URLs, as `sources list` shows them.")],
    db: DbOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Delete these sources with their claims, and the actors and derived edges only they gave.

    All or nothing: a source that is not in the store is one error line, and nothing is
    deleted. Ingesting the article again brings its claims back.
    """

    settings = _settings(db, database)
    with connect(settings) as driver:
        report = delete_sources(driver, sources, settings.database)
    print(f"accusegraph: {report}", file=sys.stderr)


@app.command()
def reset(
    yes: Annotated[bool, typer.Option("--yes", help="Really delete everything in the store.")] = False,
    db: DbOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Delete every claim, source, actor and evidence node in the store (asks nothing; needs --yes).

    Without --yes nothing is deleted and the exit code is 1. Only accusegraph's nodes
    (Actor, Source, Claim, Evidence) and their relationships go; indexes stay.
    """

    settings = _settings(db, database)
    if not yes:
        raise InputError(f"reset deletes everything in {_store_label(settings)}; nothing was deleted: "
                         "run `accusegraph reset --yes` to do it")
    with connect(settings) as driver:
        counts = reset_store(driver, settings.database)
    print("accusegraph: deleted " + ", ".join(counted(n, label.lower(), "evidence" if label == "Evidence" else None)
                                              for label, n in counts.items())
          + f" from {_store_label(settings)}", file=sys.stderr)


def _store_label(settings) -> str:

    return (f"the database {settings.database!r} at {safe_uri(settings.uri)}" if settings.uri
            else f"the local store {store_name()!r}")


@server_app.command("start")
def server_start(
    bolt_port: Annotated[Optional[int], typer.Option(min=1, max=65535, help=(
        "Bolt port on 127.0.0.1. Default: the store's last one; 7687 for the default store's first "
        "start, a free port for another store's."))] = None,
    http_port: Annotated[Optional[int], typer.Option(min=1, max=65535, help=(
        "HTTP port (Neo4j Browser) on 127.0.0.1. Default: as for --bolt-port (7474 for the default store)."))] = None,
    heap: Annotated[Optional[str], typer.Option(envvar="ACCUSEGRAPH_NEO4J_HEAP", help="JVM heap, e.g. 512m, 2g.")] = None,
    pagecache: Annotated[Optional[str], typer.Option(envvar="ACCUSEGRAPH_NEO4J_PAGECACHE", help="Page cache, e.g. 256m.")] = None,
) -> None:
    """Assemble (first time, cached) and start the local Neo4j in the background."""

    kwargs = {k: v for k, v in (("heap", heap), ("pagecache", pagecache)) if v}
    info = LocalServer().start(bolt_port=bolt_port, http_port=http_port,
                               progress=lambda message: print(message, file=sys.stderr), **kwargs)
    print(f"Neo4j {info.version} running (pid {info.pid}), started in {info.startup_seconds:.1f}s")
    print(f"  Bolt:    {info.bolt_uri}")
    print(f"  Browser: {info.browser_url}  (user neo4j; password: `accusegraph server password`)")


@server_app.command("stop")
def server_stop() -> None:
    """Stop the local Neo4j cleanly."""

    stopped = LocalServer().stop()
    print("stopped" if stopped else "not running")


@server_app.command("password")
def server_password() -> None:
    """Print the local server's generated password (to log in to Neo4j Browser)."""

    print(LocalServer().connection()[2])


@server_app.command("status")
def server_status() -> None:
    """Tell whether the local Neo4j runs and answers. Exit code 0 when it does, 3 when not."""

    status = LocalServer().status()
    print(status.describe())
    if not status.running:
        raise typer.Exit(3)


@browser_app.command("style")
def browser_style() -> None:
    """Print the GraSS style: in Neo4j Browser run `:style`, paste it, or drag the file in."""

    typer.echo(style_text(), nl=False)


@browser_app.command("guide")
def browser_guide(
    serve: Annotated[Optional[int], typer.Option("--serve", min=1, max=65535, metavar="PORT",
                                                 help="Serve the guide on localhost:PORT for `:play` (Ctrl+C stops).")] = None,
) -> None:
    """Print (or serve) a Browser guide listing every saved query as clickable Cypher."""

    if serve is None:
        typer.echo(guide_html(), nl=False)
    else:
        serve_guide(serve, announce=typer.echo)


@spark_app.command("extract")
def spark_extract_cmd(
    paths: Annotated[list[str], typer.Argument(help=(
        "Article files, folders, JSONL of articles, feeds, http(s) URLs, Parquet of {url, title, publisher, "
        "published, text}, or hdfs:// / s3a:// paths of JSONL or Parquet articles."))],
    out: Annotated[str, typer.Option("--out", help=(
        "Output folder (local or on the cluster's filesystem): claims part files, _errors/ and "
        "_accusegraph.json; an earlier output there is replaced whole."))],
    master: Annotated[Optional[str], typer.Option(
        "--master", envvar="SPARK_MASTER", help="Spark master URL. Default: local[N], N the cores here.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="Claims as jsonl or parquet (same fields).")] = "jsonl",
    partitions: Annotated[Optional[int], typer.Option(
        "--partitions", min=1, help="Article ranges (tasks) to extract. Default: Spark's default parallelism.")] = None,
    conf: Annotated[Optional[list[str]], typer.Option(
        "--conf", metavar="KEY=VALUE", help="A Spark setting, e.g. spark.executor.pyspark.memory=1g (repeatable).")] = None,
    aliases: AliasesOpt = None,
    allow_private: AllowPrivateOpt = False,
    max_bytes: MaxBytesOpt = None,
) -> None:
    """Extract claims with Apache Spark: the same claims as `extract`, one spaCy pipeline per worker.

    A bad input or article is an error record in OUT/_errors/ (the job goes on and counts
    them). Load the result with `accusegraph load OUT`.
    """

    settings = {}
    for item in conf or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--conf")
        settings[key.strip()] = value
    spark = spark_session(master, settings)
    try:
        report = spark_extract(spark, paths, out, fmt=fmt, partitions=partitions, aliases=aliases,
                               allow_private=allow_private, max_bytes=max_bytes, warn=_warn)
    finally:
        spark.stop()
    print(f"accusegraph: {report}", file=sys.stderr)


# ------------------------------------------------------------------ curation: actors and claims

def _curate_store(db: str | None, database: str | None, work) -> None:
    """Run a curation command (graph/corrections.py) on the store and the curation file; report it."""

    settings = _settings(db, database)
    with connect(settings) as driver:
        done = work(driver, curation_path(), settings.database)
    for line in done.lines():
        print(f"accusegraph: {line}", file=sys.stderr)


@actors_app.command("merge")
def actors_merge(
    a: Annotated[str, typer.Argument(help="An actor's name, as the store shows it.")],
    b: Annotated[str, typer.Argument(help="The name of the actor that is the same as A.")],
    canonical: Annotated[Optional[str], typer.Option("--canonical", metavar="NAME", help=(
        "The name the merged actor goes by (its id is made from it). Default: A (or the canonical "
        "name of a merge A already belongs to)."))] = None,
    db: DbOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Record that A and B are one actor, and merge them in the graph now.

    Every claim by, against or on behalf of either moves to the canonical actor (each claim keeps
    the name its article used). Recorded in the curation file, so every later load, `ingest --force` included,
    merges them again. Refused for a pair the file splits.
    """

    _curate_store(db, database, lambda driver, path, name: corrections.merge(
        driver, path, a, b, canonical, name, known=gazetteer_names()))


@actors_app.command("split")
def actors_split(
    a: Annotated[str, typer.Argument(help="An actor's name.")],
    b: Annotated[str, typer.Argument(help="Another actor's name, never to be merged with A.")],
    db: DbOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Record that A and B are different actors: `actors merge` refuses them, `actors suggest` skips them.

    A merge of the file that joins them is undone in the file; the graph keeps them as one actor
    until the articles that name them are ingested again with --force.
    """

    _curate_store(db, database, lambda driver, path, name: corrections.split(
        driver, path, a, b, name, known=gazetteer_names()))


@actors_app.command("kind")
def actors_kind(
    name: Annotated[str, typer.Argument(help="An actor's name.")],
    kind: Annotated[str, typer.Argument(help=(
        "person, organization, company, government, state, international_org, media, group or unknown."))],
    db: DbOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Record the kind of an actor, whatever the extractor guessed, and set it in the graph now."""

    _curate_store(db, database, lambda driver, path, db_name: corrections.set_kind(
        driver, path, name, kind, db_name, known=gazetteer_names()))


@actors_app.command("suggest")
def actors_suggest(
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
    db: DbOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Candidate merges in the store, with the evidence for each: one name under two ids, an alias two
    actors share, near-identical names. Pairs the curation file merges or splits are left out.

    Nothing is changed: merge a pair with `accusegraph actors merge A B`, or keep it apart with
    `accusegraph actors split A B`.
    """

    curation = read_curation(curation_path())
    settings = _settings(db, database)
    with connect(settings) as driver:
        found = suggest_merges(driver, curation, settings.database)
    render_rows(SUGGESTION_COLUMNS, [s.row() for s in found], fmt.value,
                title="Candidate merges" if fmt == OutFormat.table else None)


@claims_app.command("reject")
def claims_reject(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="The claim's id (clm:...), as queries and exports show it.")],
    reason: Annotated[Optional[str], typer.Option("--reason", help="Why, kept in the curation file.")] = None,
    db: DbOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Record that a claim is wrong and remove it from the graph now; no later load brings it back.

    Rejecting a claim that `claims add` added removes it from the file instead.
    """

    _curate_store(db, database, lambda driver, path, name: corrections.reject(driver, path, claim_id, reason, name))


@claims_app.command("fix")
def claims_fix(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="The claim's id (clm:...).")],
    action: Annotated[Optional[str], typer.Option("--action", help=(
        "The right action: accuse, criticize, deny, dispute, defend, sanction, sue, cut_ties, "
        "investigate or threaten."))] = None,
    actor: Annotated[Optional[str], typer.Option("--actor", metavar="NAME", help="Who really made the claim.")] = None,
    target: Annotated[Optional[str], typer.Option("--target", metavar="NAME", help="Whom it is really against.")] = None,
    hedged: Annotated[Optional[bool], typer.Option("--hedged/--not-hedged", help=(
        "Whether the claim is reported as a suspicion."), show_default=False)] = None,
    reason: Annotated[Optional[str], typer.Option("--reason", help="Why, kept in the curation file.")] = None,
    db: DbOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Record a correction of a claim's action, parties or hedge, and apply it to the graph now.

    The claim keeps its id, so the next extraction of its article meets the same correction
    and the claim is never doubled.
    """

    _curate_store(db, database, lambda driver, path, name: corrections.fix(
        driver, path, claim_id, action=action, actor=actor, target=target, hedged=hedged, reason=reason,
        database=name, known=gazetteer_names()))


@claims_app.command("add")
def claims_add(
    source: Annotated[str, typer.Option("--source", metavar="URL_OR_ID", help=(
        "The article: its file or URL (read for its text), or its source id or URL with --article."))],
    actor: Annotated[str, typer.Option("--actor", metavar="NAME", help="Who makes the claim.")],
    action: Annotated[str, typer.Option("--action", help="accuse, criticize, deny, dispute, defend, sanction, sue, "
                                                         "cut_ties, investigate or threaten.")],
    quote: Annotated[str, typer.Option("--quote", help=(
        "The sentence stating the claim, verbatim: it must be found in the article's text."))],
    target: Annotated[Optional[str], typer.Option("--target", metavar="NAME", help="Whom it is against.")] = None,
    article: Annotated[Optional[str], typer.Option("--article", metavar="PATH_OR_URL", help=(
        "Where to read the article's text, when --source is an id (or a URL not to fetch)."))] = None,
    hedged: Annotated[bool, typer.Option("--hedged", help="Reported as a suspicion.")] = False,
    allegation: Annotated[Optional[str], typer.Option("--allegation", help="What the target is accused of.")] = None,
    allow_private: AllowPrivateOpt = False,
    db: DbOpt = None,
    database: DatabaseOpt = None,
) -> None:
    """Record a claim the extractor missed (extractor `manual`), grounded in its article, and load it now.

    The quote must appear verbatim in the article's text, else nothing is recorded. The claim is
    loaded again with its source's other claims on every later load.
    """

    def read(where: str) -> list:
        return list(iter_articles([where], strict=True, english_only=False, allow_private=allow_private))

    _curate_store(db, database, lambda driver, path, name: corrections.add(
        driver, path, source=source, actor=actor, action=action, quote=quote, target=target, hedged=hedged,
        allegation=allegation, article=article, read_articles=read, database=name,
        known=gazetteer_names()))


def _version_callback(value: bool) -> None:
    if value:
        print(f"accusegraph {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version_callback, is_eager=True, help="Print the version.")] = False,
    store: Annotated[Optional[str], typer.Option(
        "--store", envvar="ACCUSEGRAPH_STORE", show_envvar=True, metavar="NAME",
        help="Keep an investigation apart: use the local server of store NAME (its own data folder "
             "and ports; `accusegraph --store NAME server start` starts it). Default: the default "
             "store. Not with NEO4J_URI. Give it before the command: accusegraph --store NAME ...")] = None,
    curation: Annotated[Optional[Path], typer.Option(
        "--curation", envvar="ACCUSEGRAPH_CURATION", show_envvar=True, metavar="PATH",
        help="The curation file (merges, splits, kinds, rejected, corrected and added claims) that every "
             "load, ingest, export and analyze applies and the `actors` and `claims` commands write. "
             "Default: curation.yaml in the store's folder. Give it before the command.")] = None,
) -> None:
    """Turn news articles into a Neo4j graph of accusations and the answers to them."""

    choose_store(store)
    choose_curation(curation)


# ------------------------------------------------------------------ entry point

def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns (and exits with) the exit code. User errors: one line, exit 1."""
    # The driver logs connection failures itself (to stderr, through logging's
    # last-resort handler); the one line printed below already says what failed.
    logging.getLogger("neo4j").addHandler(logging.NullHandler())
    command = typer.main.get_command(app)
    args = sys.argv[1:] if argv is None else argv
    code = 0
    try:
        # Standalone mode lets click/typer handle --help, usage errors (exit 2) and
        # typer.Exit themselves; they end in SystemExit, whose code we keep.
        command.main(args=args, prog_name="accusegraph", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except AccusegraphError as exc:
        print(f"accusegraph: error: {exc}", file=sys.stderr)
        code = 1
    except KeyboardInterrupt:
        print("accusegraph: interrupted", file=sys.stderr)
        code = 130
    except BrokenPipeError:  # `accusegraph extract ... | head`
        code = 0
    except OSError as exc:  # disk full, permission denied on an output file...
        print(f"accusegraph: error: {exc.strerror or exc}"
              + (f": {exc.filename}" if getattr(exc, "filename", None) else ""), file=sys.stderr)
        code = 1
    if argv is None:
        sys.exit(code)
    return code


if __name__ == "__main__":  # pragma: no cover
    main()
