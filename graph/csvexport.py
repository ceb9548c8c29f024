"""Claims as a folder of CSV files for `neo4j-admin database import full`.

One file per node label and per relationship type, each with its own header row
in neo4j-admin's syntax: `id:ID(Actor)` and `:LABEL` for nodes, typed columns
(`start:int`, `hedged:boolean`, `confidence:float`, `published:date`), and
`:START_ID(Claim)`, `:END_ID(Actor)`, `:TYPE` for relationships. ID spaces are the
labels, so ids only need to be unique within a label, as in Neo4j. The files
hold what `accusegraph load` stores: actor `aliases` and `name_keys` (string arrays split on
U+001F), the name and kind each claim used on MADE/AGAINST/ON_BEHALF_OF (the body a
claim's actor, a person, spoke for), `responds_to` on the claim,
`published` as a date with the original text in `published_text` when it was more,
each claim's `pair` (its actor's and target's ids, also split on U+001F; left
empty when an id holds that character: `check_derived_edges` reports such a
claim, and `rebuild_derived_edges` or a forced load sets it) and its source's
date (`published`),
an actor's `accusations` and `accusers` (the accusing claims against it),
and on each derived edge its distinct publishers as the graph normalises them
(`rules.publisher_key`, also split on U+001F).

Rule: the set of files and their headers is fixed (a relationship type with no
rows still gets its header-only file), so one documented command imports any
export; `import_command` prints it. An empty field is a missing property; quotes
may hold newlines, hence `--multiline-fields=true`; any field with a carriage
return or a line feed is quoted. The files are exact, for the importer: with
`spreadsheet_safe` they are for a spreadsheet instead, and text cells that would
run as formulas (=, +, -, @, tab, CR first) start with a ' (typed columns, the
numbers, booleans and dates, stay as they are), which an import would keep.
"""

from __future__ import annotations

import shlex
import sqlite3
import tempfile
from collections import Counter
from itertools import groupby, islice
from pathlib import Path
from typing import Iterable, Iterator

from accusegraph.csvout import csv_writer, formula_safe
from accusegraph.model import ACCUSING_ACTIONS, ACTIONS, Claim, make_evidence_id, rel_type_for

from .claimset import published_date
from .rules import EdgeTotals, actor_names, name_keys, settled_kind
from .stream import pair_key

NODE_FILES: dict[str, tuple[str, list[str]]] = {
    "Actor": ("actors.csv", ["id:ID(Actor)", "name", "kind", "aliases:string[]", "name_keys:string[]", "accusations:int",
                             "accusers:int", ":LABEL"]),
    "Claim": ("claims.csv", [
        "id:ID(Claim)", "action", "allegation", "quote", "start:int", "end:int",
        "hedged:boolean", "negated:boolean", "confidence:float", "extractor",
        "plover", "cameo", "responds_to", "pair:string[]", "published:date", ":LABEL",
    ]),
    "Source": ("sources.csv", ["id:ID(Source)", "url", "title", "publisher", "published:date",
                               "published_text", ":LABEL"]),
    "Evidence": ("evidence.csv", ["id:ID(Evidence)", "status", "description", ":LABEL"]),
}

# relationship type -> (file, start id space, end id space)
CLAIM_RELS: dict[str, tuple[str, str, str]] = {
    "MADE": ("rel_made.csv", "Actor", "Claim"),
    "AGAINST": ("rel_against.csv", "Claim", "Actor"),
    "ON_BEHALF_OF": ("rel_on_behalf_of.csv", "Claim", "Actor"),
    "REPORTED_IN": ("rel_reported_in.csv", "Claim", "Source"),
    "CITES": ("rel_cites.csv", "Claim", "Evidence"),
    "RESPONDS_TO": ("rel_responds_to.csv", "Claim", "Claim"),
}
DERIVED_RELS: dict[str, str] = {rel_type_for(a): f"rel_{rel_type_for(a).lower()}.csv" for a in ACTIONS}
DERIVED_PROPERTIES = ["claims:int", "sources:int", "first:date", "last:date", "publishers:string[]"]
# MADE, AGAINST and ON_BEHALF_OF keep the name and kind the claim used for the actor, as the loader does
NAMED_RELS = ("MADE", "AGAINST", "ON_BEHALF_OF")
# Between the names of an alias list: a control character, dropped from the names themselves.
ARRAY_DELIMITER = "\x1f"


def _rel_header(start: str, end: str, props: list[str] | tuple[str, ...] = ()) -> list[str]:
    return [f":START_ID({start})", f":END_ID({end})", ":TYPE", *props]


def _bool(value: bool) -> str:
    return "true" if value else "false"


# neo4j-admin column types whose values are never text (a spreadsheet guard leaves them alone)
_TYPED = frozenset({"int", "long", "float", "double", "boolean", "date"})


class _CsvFile:
    """One CSV file being written: its header, then rows (None as an empty field), counted."""

    def __init__(self, path: Path, header: list[str], spreadsheet_safe: bool = False):
        self.fh = path.open("w", encoding="utf-8", newline="")
        self.writer = csv_writer(self.fh)
        self.writer.writerow(header)
        self.guarded = [spreadsheet_safe and column.partition(":")[2].split("(")[0] not in _TYPED
                        for column in header]
        self.count = 0

    def write(self, row: list) -> None:
        self.writer.writerow(["" if v is None else formula_safe(v) if guard else v
                              for v, guard in zip(row, self.guarded)])
        self.count += 1

    def close(self) -> None:
        self.fh.close()


def _write(path: Path, header: list[str], rows: Iterable[list], spreadsheet_safe: bool = False) -> int:
    out = _CsvFile(path, header, spreadsheet_safe)
    try:
        for row in rows:
            out.write(row)
    finally:
        out.close()
    return out.count


def write_csv_folder(claims: Iterable[Claim], folder: Path, *, spreadsheet_safe: bool = False
                     ) -> tuple[list[Path], dict[str, int], list[tuple[str, str]]]:
    """Write every node and relationship file of `claims` into `folder`, streaming.

    The output is the one `claimset.collect` defines (claims by id, the last record
    of an id wins; an actor's name and aliases by `rules.actor_names`, its kind
    by `rules.settled_kind` of its mentions' kinds; a source's metadata from its claim with the
    smallest id; derived edges by `rules.EdgeTotals`), but the claims are never held
    in memory: each is written once to an on-disk SQLite table (keyed by id, so
    a repeated id replaces the earlier record), and every file is then streamed
    out of it in order. Memory stays bounded whatever the number of claims.

    Returns the files written, the row count of each, and (claim id, responds_to)
    of each claim that answers a claim outside the set (its RESPONDS_TO edge is left out).
    With `spreadsheet_safe`, formula-like text cells get a leading ' (not for import).
    """
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="accusegraph-csv-") as tmp:
        con = sqlite3.connect(str(Path(tmp) / "claims.db"))
        try:
            for pragma in ("journal_mode=OFF", "synchronous=OFF", "temp_store=FILE",
                           "cache_size=-65536", "locking_mode=EXCLUSIVE"):
                con.execute(f"PRAGMA {pragma}")
            _spool(con, claims)
            return _write_all(con, folder, spreadsheet_safe)
        finally:
            con.close()


_COLUMNS = ("id", "action", "allegation", "quote", "span_start", "span_end", "hedged", "negated",
            "confidence", "extractor", "plover", "cameo", "responds_to", "actor_id", "actor_name",
            "actor_kind", "target_id", "target_name", "target_kind", "source_id", "source_url",
            "source_title", "source_publisher", "source_published", "pub_date", "evidence_id",
            "evidence_status", "evidence_description", "body_id", "body_name", "body_kind")


def _row(c: Claim) -> tuple:
    s = c.source
    return (c.id, c.action, c.allegation, c.quote, c.span[0], c.span[1], _bool(c.hedged),
            int(c.negated), repr(float(c.confidence)), c.extractor,
            c.codes.plover if c.codes else None, c.codes.cameo if c.codes else None,
            c.responds_to or None, c.actor.id, c.actor.name, c.actor.kind,
            c.target.id if c.target else None, c.target.name if c.target else None,
            c.target.kind if c.target else None, s.id, s.url, s.title, s.publisher, s.published,
            published_date(s), make_evidence_id(c.id), c.evidence.status, c.evidence.description,
            *((c.speaks_for.id, c.speaks_for.name, c.speaks_for.kind) if c.speaks_for else (None, None, None)))


def _spool(con: sqlite3.Connection, claims: Iterable[Claim], batch: int = 5000) -> None:
    """Every claim into table `claims`, the last record of an id replacing earlier ones."""
    con.execute(f"CREATE TABLE claims ({', '.join(_COLUMNS)}, PRIMARY KEY (id)) WITHOUT ROWID")
    insert = f"INSERT OR REPLACE INTO claims VALUES ({', '.join('?' * len(_COLUMNS))})"
    it = iter(claims)
    while True:
        rows = [_row(c) for c in islice(it, batch)]
        if not rows:
            break
        con.executemany(insert, rows)
    con.execute("CREATE INDEX claims_source ON claims (source_id, id)")
    con.execute("CREATE INDEX claims_evidence ON claims (evidence_id, id)")
    # each source as its claim with the smallest id gives it (the loader's rule), with its date
    con.execute("""CREATE TABLE sources AS
                   SELECT source_id, min(id) AS first_claim FROM claims GROUP BY source_id""")
    con.execute("""CREATE TABLE source_dates AS
                   SELECT s.source_id AS source_id, c.pub_date AS pub_date, c.source_publisher AS publisher
                   FROM sources s JOIN claims c ON c.id = s.first_claim""")
    con.execute("CREATE UNIQUE INDEX source_dates_id ON source_dates (source_id)")
    con.commit()


def _write_all(con: sqlite3.Connection, folder: Path, spreadsheet_safe: bool = False
               ) -> tuple[list[Path], dict[str, int], list[tuple[str, str]]]:
    files: list[Path] = []
    counts: dict[str, int] = {}

    def put(name: str, key: str, header: list[str], rows: Iterable[list]) -> None:
        path = folder / name
        counts[key] = _write(path, header, rows, spreadsheet_safe)
        files.append(path)

    put(NODE_FILES["Actor"][0], "Actor", NODE_FILES["Actor"][1], _actor_rows(con))
    # claims.csv and the per-claim relationship files in one pass over the claims by id
    rel_writers = _RelFiles(folder, ("MADE", "AGAINST", "ON_BEHALF_OF", "REPORTED_IN", "CITES"),
                            spreadsheet_safe=spreadsheet_safe)
    try:
        put(NODE_FILES["Claim"][0], "Claim", NODE_FILES["Claim"][1], _claim_rows(con, rel_writers))
    finally:
        rel_writers.close()
    put(NODE_FILES["Source"][0], "Source", NODE_FILES["Source"][1], (
        [sid, url, title, publisher, pub_date,
         published if published and published != pub_date else None, "Source"]
        for sid, url, title, publisher, published, pub_date in con.execute(
            """SELECT c.source_id, c.source_url, c.source_title, c.source_publisher,
                      c.source_published, c.pub_date
               FROM sources s JOIN claims c ON c.id = s.first_claim ORDER BY s.first_claim""")))
    # hand-made claim ids can share an evidence id: the first claim by id gives it
    put(NODE_FILES["Evidence"][0], "Evidence", NODE_FILES["Evidence"][1], (
        [eid, status, description, "Evidence"]
        for eid, status, description in con.execute(
            """SELECT c.evidence_id, c.evidence_status, c.evidence_description
               FROM (SELECT min(id) AS id FROM claims GROUP BY evidence_id) f
               JOIN claims c ON c.id = f.id ORDER BY f.id""")))
    for rel, (name, start, end) in CLAIM_RELS.items():
        if rel == "RESPONDS_TO":
            put(name, rel, _rel_header(start, end), (
                [cid, answered, "RESPONDS_TO"] for cid, answered in con.execute(
                    """SELECT c.id, c.responds_to FROM claims c
                       WHERE c.responds_to IS NOT NULL
                         AND EXISTS (SELECT 1 FROM claims d WHERE d.id = c.responds_to)
                       ORDER BY c.id""")))
        else:
            files.append(folder / name)
            counts[rel] = rel_writers.counts[rel]
    derived = _RelFiles(folder, tuple(DERIVED_RELS), derived=True, spreadsheet_safe=spreadsheet_safe)
    try:
        counted = con.execute(
            """SELECT c.actor_id, c.action, c.target_id, c.source_id, d.pub_date, d.publisher
               FROM claims c JOIN source_dates d ON d.source_id = c.source_id
               WHERE c.target_id IS NOT NULL AND c.negated = 0
               ORDER BY c.actor_id, c.action, c.target_id""")
        for (actor_id, action, target_id), group in groupby(counted, key=lambda r: r[:3]):
            totals = EdgeTotals()
            for *_, source_id, pub_date, publisher in group:
                totals.add(source_id, pub_date, publisher)
            rel = rel_type_for(action)
            derived.write(rel, [actor_id, target_id, rel, totals.claims, totals.sources, totals.first,
                                totals.last, _array(totals.publishers)])
    finally:
        derived.close()
    for rel, name in DERIVED_RELS.items():
        files.append(folder / name)
        counts[rel] = derived.counts[rel]
    dangling = [(cid, answered) for cid, answered in con.execute(
        """SELECT c.id, c.responds_to FROM claims c WHERE c.responds_to IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM claims d WHERE d.id = c.responds_to)
           ORDER BY c.id""")]
    return files, counts, dangling


def _actor_rows(con: sqlite3.Connection) -> Iterator[list]:
    """One row per actor id, in id order, from its mentions in claim-id order (actor, target, then
    the body the actor spoke for)."""
    mentions = con.execute(
        """SELECT aid, name, kind FROM (
             SELECT actor_id AS aid, actor_name AS name, actor_kind AS kind, id AS cid, 0 AS pos FROM claims
             UNION ALL
             SELECT target_id, target_name, target_kind, id, 1 FROM claims WHERE target_id IS NOT NULL
             UNION ALL
             SELECT body_id, body_name, body_kind, id, 2 FROM claims WHERE body_id IS NOT NULL)
           ORDER BY aid, cid, pos""")
    # the accusing claims against each actor, as graph.derived keeps them (none: empty)
    accused = {tid: (n, k) for tid, n, k in con.execute(
        f"""SELECT target_id, count(*), count(DISTINCT actor_id) FROM claims
            WHERE target_id IS NOT NULL AND negated = 0 AND action IN ({', '.join('?' * len(ACCUSING_ACTIONS))})
            GROUP BY target_id""", ACCUSING_ACTIONS)}
    for actor_id, group in groupby(mentions, key=lambda m: m[0]):
        uses: Counter[str] = Counter()
        votes: Counter[str] = Counter()
        for _, name, k in group:
            votes[k] += 1
            uses[name] += 1
        name, aliases = actor_names(actor_id, uses)
        yield [actor_id, name, settled_kind(votes), _array(aliases), _array(name_keys(aliases)), *accused.get(actor_id, (None, None)), "Actor"]


def _array(values: list[str]) -> str:
    """A string array field: the values joined by the delimiter, which is dropped from each."""
    return ARRAY_DELIMITER.join(v.replace(ARRAY_DELIMITER, "") for v in values)


def _claim_rows(con: sqlite3.Connection, rels: "_RelFiles") -> Iterator[list]:
    for (cid, action, allegation, quote, start, end, hedged, negated, confidence, extractor, plover,
         cameo, responds_to, actor_id, actor_name, actor_kind, target_id, target_name, target_kind, source_id,
         evidence_id, pub_date, body_id, body_name, body_kind) in con.execute(
            """SELECT c.id, c.action, c.allegation, c.quote, c.span_start, c.span_end, c.hedged,
                      c.negated, c.confidence, c.extractor, c.plover, c.cameo, c.responds_to,
                      c.actor_id, c.actor_name, c.actor_kind, c.target_id, c.target_name, c.target_kind,
                      c.source_id, c.evidence_id, d.pub_date, c.body_id, c.body_name, c.body_kind
               FROM claims c JOIN source_dates d ON d.source_id = c.source_id ORDER BY c.id"""):
        rels.write("MADE", [actor_id, cid, "MADE", actor_name, actor_kind])
        if target_id is not None:
            rels.write("AGAINST", [cid, target_id, "AGAINST", target_name, target_kind])
        if body_id is not None:
            rels.write("ON_BEHALF_OF", [cid, body_id, "ON_BEHALF_OF", body_name, body_kind])
        rels.write("REPORTED_IN", [cid, source_id, "REPORTED_IN"])
        rels.write("CITES", [cid, evidence_id, "CITES"])
        yield [cid, action, allegation, quote, start, end, hedged, _bool(bool(negated)), confidence,
               extractor, plover, cameo, responds_to, _pair(actor_id, target_id), pub_date, "Claim"]


def _pair(actor_id: str, target_id: str | None) -> str | None:
    pair = pair_key(actor_id, target_id)
    if pair is None or any(ARRAY_DELIMITER in x for x in pair):
        return None
    return ARRAY_DELIMITER.join(pair)


class _RelFiles:
    """Several relationship files open at once, each with its header, rows appended in order."""

    def __init__(self, folder: Path, rels: tuple[str, ...], derived: bool = False,
                 spreadsheet_safe: bool = False):
        self.files: dict[str, _CsvFile] = {}
        try:
            for rel in rels:
                if derived:
                    name, header = DERIVED_RELS[rel], _rel_header("Actor", "Actor", DERIVED_PROPERTIES)
                else:
                    name, start, end = CLAIM_RELS[rel]
                    header = _rel_header(start, end, ["name", "kind"] if rel in NAMED_RELS else [])
                self.files[rel] = _CsvFile(folder / name, header, spreadsheet_safe)
        except BaseException:
            self.close()
            raise

    @property
    def counts(self) -> dict[str, int]:
        return {rel: f.count for rel, f in self.files.items()}

    def write(self, rel: str, row: list) -> None:
        self.files[rel].write(row)

    def close(self) -> None:
        for f in self.files.values():
            f.close()


def import_arguments(folder: Path | str = ".", database: str = "neo4j") -> list[str]:
    """The arguments of `neo4j-admin` that import an export folder into `database`."""
    base = Path(folder)
    # the database name goes before the options: since 5.19 a trailing name is read as a file
    args = ["database", "import", "full", database, "--overwrite-destination=true",
            "--multiline-fields=true", "--array-delimiter=U+001F"]
    for label, (name, _) in NODE_FILES.items():
        args.append(f"--nodes={label}={base / name}")
    for rel, (name, _, _) in CLAIM_RELS.items():
        args.append(f"--relationships={rel}={base / name}")
    for rel, name in DERIVED_RELS.items():
        args.append(f"--relationships={rel}={base / name}")
    return args


def import_command(folder: Path | str = ".", database: str = "neo4j") -> str:
    """The neo4j-admin command that imports an export folder into `database`."""
    args = import_arguments(folder, database)
    head = "neo4j-admin " + " ".join(shlex.quote(a) for a in args[:4])
    return " \\\n  ".join([head, *(shlex.quote(a) for a in args[4:])])
