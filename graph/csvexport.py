"""Claims as a folder of CSV files for `neo4j-admin database import full`.

One file per node label and per relationship type, each with its own header row
in neo4j-admin's syntax: `id:ID(Actor)` and `:LABEL` for nodes, typed columns
(`start:int`, `hedged:boolean`, `confidence:float`, `published:date`), and
`:START_ID(Claim)`, `:END_ID(Actor)`, `:TYPE` for relationships. ID spaces are the
labels, so ids only need to be unique within a label, as in Neo4j. The files
hold what `accusegraph load` stores: actor `aliases` (a string array split on
U+001F), the name each claim used on MADE/AGAINST, `responds_to` on the claim,
`published` as a date with the original text in `published_text` when it was more.

Rule: the set of files and their headers is fixed (a relationship type with no
rows still gets its header-only file), so one documented command imports any
export; `import_command` prints it. An empty field is a missing property; quotes
may hold newlines, hence `--multiline-fields=true`.
"""

from __future__ import annotations

import csv
import shlex
from pathlib import Path
from typing import Iterable

from accusegraph.model import ACTIONS, rel_type_for

from .export import ClaimSet, published_date

NODE_FILES: dict[str, tuple[str, list[str]]] = {
    "Actor": ("actors.csv", ["id:ID(Actor)", "name", "kind", "aliases:string[]", ":LABEL"]),
    "Claim": ("claims.csv", [
        "id:ID(Claim)", "action", "allegation", "quote", "start:int", "end:int",
        "hedged:boolean", "negated:boolean", "confidence:float", "extractor",
        "plover", "cameo", "responds_to", ":LABEL",
    ]),
    "Source": ("sources.csv", ["id:ID(Source)", "url", "title", "publisher", "published:date",
                               "published_text", ":LABEL"]),
    "Evidence": ("evidence.csv", ["id:ID(Evidence)", "status", "description", ":LABEL"]),
}

# relationship type -> (file, start id space, end id space)
CLAIM_RELS: dict[str, tuple[str, str, str]] = {
    "MADE": ("rel_made.csv", "Actor", "Claim"),
    "AGAINST": ("rel_against.csv", "Claim", "Actor"),
    "REPORTED_IN": ("rel_reported_in.csv", "Claim", "Source"),
    "CITES": ("rel_cites.csv", "Claim", "Evidence"),
    "RESPONDS_TO": ("rel_responds_to.csv", "Claim", "Claim"),
}
DERIVED_RELS: dict[str, str] = {rel_type_for(a): f"rel_{rel_type_for(a).lower()}.csv" for a in ACTIONS}
DERIVED_PROPERTIES = ["claims:int", "sources:int", "first:date", "last:date"]
# MADE and AGAINST keep the name the claim used for the actor, as the loader does
NAMED_RELS = ("MADE", "AGAINST")
# Between the names of an alias list: a control character, dropped from the names themselves.
ARRAY_DELIMITER = "\x1f"


def _rel_header(start: str, end: str, props: list[str] | tuple[str, ...] = ()) -> list[str]:
    return [f":START_ID({start})", f":END_ID({end})", ":TYPE", *props]


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _write(path: Path, header: list[str], rows: Iterable[list]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
            n += 1
    return n


def write_csv_folder(cs: ClaimSet, folder: Path) -> tuple[list[Path], dict[str, int]]:
    """Write every node and relationship file into `folder`; return the files and row counts."""
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    counts: dict[str, int] = {}

    def put(name: str, key: str, header: list[str], rows: Iterable[list]) -> None:
        path = folder / name
        counts[key] = _write(path, header, rows)
        files.append(path)

    def aliases(actor_id: str) -> str:
        return ARRAY_DELIMITER.join(n.replace(ARRAY_DELIMITER, "") for n in cs.aliases[actor_id])

    put(NODE_FILES["Actor"][0], "Actor", NODE_FILES["Actor"][1],
        ([a.id, a.name, a.kind, aliases(a.id), "Actor"] for a in cs.actors.values()))
    put(NODE_FILES["Claim"][0], "Claim", NODE_FILES["Claim"][1], (
        [c.id, c.action, c.allegation, c.quote, c.span[0], c.span[1], _bool(c.hedged),
         _bool(c.negated), repr(float(c.confidence)), c.extractor,
         c.codes.plover if c.codes else None, c.codes.cameo if c.codes else None, c.responds_to, "Claim"]
        for c in cs.claims))
    put(NODE_FILES["Source"][0], "Source", NODE_FILES["Source"][1], (
        [s.id, s.url, s.title, s.publisher, published_date(s),
         s.published if s.published and s.published != published_date(s) else None, "Source"]
        for s in cs.sources.values()))
    evidence: dict[str, list] = {}  # hand-made claim ids can share an evidence id
    for c in cs.claims:
        evidence.setdefault(cs.evidence_id(c), [cs.evidence_id(c), c.evidence.status,
                                                c.evidence.description, "Evidence"])
    put(NODE_FILES["Evidence"][0], "Evidence", NODE_FILES["Evidence"][1], evidence.values())

    claim_ids = {c.id for c in cs.claims}
    rel_rows: dict[str, list[list]] = {rel: [] for rel in CLAIM_RELS}
    for c in cs.claims:
        rel_rows["MADE"].append([c.actor.id, c.id, "MADE", c.actor.name])
        if c.target is not None:
            rel_rows["AGAINST"].append([c.id, c.target.id, "AGAINST", c.target.name])
        rel_rows["REPORTED_IN"].append([c.id, c.source.id, "REPORTED_IN"])
        rel_rows["CITES"].append([c.id, cs.evidence_id(c), "CITES"])
        if c.responds_to and c.responds_to in claim_ids:
            rel_rows["RESPONDS_TO"].append([c.id, c.responds_to, "RESPONDS_TO"])
    for rel, (name, start, end) in CLAIM_RELS.items():
        put(name, rel, _rel_header(start, end, ["name"] if rel in NAMED_RELS else []), rel_rows[rel])

    for rel, name in DERIVED_RELS.items():
        put(name, rel, _rel_header("Actor", "Actor", DERIVED_PROPERTIES), (
            [d.actor_id, d.target_id, rel, d.claims, d.sources, d.first, d.last]
            for d in cs.derived if d.rel_type == rel))
    return files, counts


def import_command(folder: Path | str = ".", database: str = "neo4j") -> str:
    """The neo4j-admin command that imports an export folder into `database`."""
    base = Path(folder)
    # the database name goes before the options: since 5.19 a trailing name is read as a file
    parts = [f"neo4j-admin database import full {shlex.quote(database)}", "--overwrite-destination=true",
             "--multiline-fields=true", "--array-delimiter=U+001F"]
    for label, (name, _) in NODE_FILES.items():
        parts.append(shlex.quote(f"--nodes={label}={base / name}"))
    for rel, (name, _, _) in CLAIM_RELS.items():
        parts.append(shlex.quote(f"--relationships={rel}={base / name}"))
    for rel, name in DERIVED_RELS.items():
        parts.append(shlex.quote(f"--relationships={rel}={base / name}"))
    return " \\\n  ".join(parts)
