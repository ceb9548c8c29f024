"""Exports of a claim set: one entry point, one view of the claims every format draws from.

`export_claims(claims, fmt, out)` writes turtle, jsonld, nt, graphml or a folder of
neo4j-admin import CSV files. Every format is built from the same `ClaimSet`:

- claims deduplicated by id (the last record wins), actors and sources by id,
  with the loader's rules for names and metadata (see `claimset.collect`), so an export
  from claims JSONL and one from the database agree;
- one evidence node per claim, id `make_evidence_id(claim.id)`;
- the derived actor-to-actor edges: one per (actor, action, target) over the
  claims that have a target and are not negated ("X denied accusing Y" is no
  accusation), aggregated as the graph does (`rules.EdgeTotals`: `claims`,
  `sources`, `first` and `last` as YYYY-MM-DD, `publishers`).

A claim whose `responds_to` names a claim outside the set keeps that link in RDF
(an IRI may point anywhere) but loses it in GraphML and CSV, where it would be a
dangling edge; each such loss is listed in `ExportReport.skipped`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable

from accusegraph.errors import InputError
from accusegraph.model import Claim

from .claimset import collect
from .csvexport import import_command, write_csv_folder
from .graphml import build_graph, to_graphml
from .rdf import build_rdf, serialize

FORMATS: tuple[str, ...] = ("turtle", "jsonld", "nt", "graphml", "csv")
_ALIASES = {"ttl": "turtle", "json-ld": "jsonld", "ntriples": "nt", "n-triples": "nt"}


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote."""

    format: str
    destination: str  # file or folder name, or "<stream>"
    counts: dict[str, int] = field(default_factory=dict)  # nodes per label, edges per type, triples
    files: tuple[str, ...] = ()  # files written (csv: every file of the folder)
    skipped: tuple[str, ...] = ()  # what could not be written, one line each
    command: str | None = None  # csv: the neo4j-admin command that imports the folder

    def __str__(self) -> str:
        counts = ", ".join(f"{n} {k}" for k, n in self.counts.items() if n)
        text = f"wrote {self.format} to {self.destination} ({counts or 'nothing'})"
        if self.skipped:
            text += f"; {len(self.skipped)} left out: " + "; ".join(self.skipped[:3])
            text += " ..." if len(self.skipped) > 3 else ""
        return text

    def to_dict(self) -> dict:
        return {"format": self.format, "destination": self.destination, "counts": dict(self.counts),
                "files": list(self.files), "skipped": list(self.skipped), "command": self.command}


def normalize_format(fmt: str) -> str:
    """The canonical name of an export format; InputError for an unknown one."""
    name = _ALIASES.get(fmt.strip().lower(), fmt.strip().lower())
    if name not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return name


def _write_text(out: Path | IO, text: str) -> str:
    """Write `text` as UTF-8 to a path or to a text or binary stream; return its name."""
    if isinstance(out, (str, Path)):
        path = Path(out)
        if path.is_dir():
            raise InputError(f"{path}: is a folder; give a file name for this format")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        return str(path)
    if isinstance(out, io.TextIOBase):
        out.write(text)
    elif isinstance(out, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(out, "mode", ""):
        out.write(text.encode("utf-8"))
    else:
        out.write(text)
    return getattr(out, "name", "<stream>") if isinstance(getattr(out, "name", None), str) else "<stream>"


def export_claims(claims: Iterable[Claim], fmt: str, out: Path | IO, *,
                  spreadsheet_safe: bool = False) -> ExportReport:
    """Write `claims` in format `fmt` to `out`.

    Args:
        fmt: turtle | jsonld | nt | graphml | csv (also ttl, json-ld, ntriples).
        out: a file path or an open stream (text or binary); for csv a folder path,
            created if missing, whose files are overwritten.
        spreadsheet_safe: csv only: guard formula-like text cells with a leading '
            for spreadsheets; such files are no longer exact for neo4j-admin import,
            so the report carries no import command.

    Raises:
        InputError: unknown format, a stream given for csv, a folder given for a file format.
    """
    name = normalize_format(fmt)
    if name == "csv":
        # streamed: the claims pass through an on-disk table, never all in memory
        if not isinstance(out, (str, Path)):
            raise InputError("csv export writes a folder of files; give a folder path, not a stream")

        folder = Path(out)
        if folder.exists() and not folder.is_dir():
            raise InputError(f"{folder}: is a file; csv export writes a folder of files, give a folder path")
        files, counts, dangling = write_csv_folder(claims, folder, spreadsheet_safe=spreadsheet_safe)
        return ExportReport(format=name, destination=str(folder), counts=counts,
                            files=tuple(str(f) for f in files), skipped=_skipped(dangling),
                            command=None if spreadsheet_safe else import_command(folder))

    cs = collect(claims)
    skipped = _skipped((c.id, c.responds_to) for c in cs.dangling_responses())

    if name == "graphml":
        graph = build_graph(cs)
        text = to_graphml(graph)
        counts = _count_graphml(graph)
    else:
        graph = build_rdf(cs)
        text = serialize(graph, name)
        counts = {"triples": len(graph)}
        skipped = ()  # RDF keeps links to claims outside the set
    dest = _write_text(out, text)
    return ExportReport(format=name, destination=dest, counts=counts,
                        files=(dest,) if isinstance(out, (str, Path)) else (), skipped=skipped)


def _skipped(dangling: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(f"claim {cid}: responds_to {answered} is not in the exported claims; "
                 f"RESPONDS_TO edge left out" for cid, answered in dangling)


def _count_graphml(graph) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, data in graph.nodes(data=True):
        counts[data["type"]] = counts.get(data["type"], 0) + 1
    for _, _, data in graph.edges(data=True):
        counts[data["type"]] = counts.get(data["type"], 0) + 1
    return dict(sorted(counts.items()))
