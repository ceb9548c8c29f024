"""Rendering rows for people (rich tables) and programs (JSON, CSV), and atomic files.

Rules: an output file is written to a temporary file next to it and renamed into
place only when everything was written, so a failure never leaves half a file.
Stored text is data in every format: a table shows control characters (C0, DEL,
C1) and bidi overrides as visible escapes (`\\x1b`, `\\u202e`) and never reads
text as rich markup, so a name cannot clear the screen, colour it or plant a
link; JSON keeps text exactly; CSV keeps it exactly too, except that a cell a
spreadsheet would run as a formula starts with a ' (see csvout.py).
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator, Sequence

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .csvout import csv_writer, formula_safe

FORMATS = ("table", "json", "csv")

# Tables wider than the terminal: each column gets a fair share of the width, a
# column of long prose (a quote) PROSE_WEIGHT shares, so the columns beside it
# cannot squeeze it to a word a line. A cell longer than CELL_CHARS is cut
# (json and csv keep it whole).
PROSE_CHARS = 60
PROSE_WEIGHT = 3
CELL_CHARS = 300

# What a terminal may act on: C0 (line breaks and tabs too), DEL, C1, bidi embeddings,
# overrides and isolates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SHORT = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def terminal_safe(text: str) -> str:
    """`text` with every character a terminal could act on written as a visible escape."""
    return _UNSAFE.sub(lambda m: _SHORT.get(m.group()) or (
        f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}"), text)


def _plain(text: str) -> Text:
    """Text for a table: escaped, and never parsed as markup or emoji codes."""
    return Text(terminal_safe(text))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " -> ".join(_cell(v) for v in value) if value and not isinstance(value[0], (dict, list)) else json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _clipped(text: str) -> str:
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


def column_widths(columns: Sequence[str], cells: Sequence[Sequence[str]], width: int) -> list[int | None]:
    """Widths for a table's columns in `width` characters: None each when it fits as it is.

    Otherwise the room is shared out fairly (a column that needs less than its
    share keeps what it needs and leaves the rest to the others), a column of
    long prose counting for PROSE_WEIGHT columns.
    """
    room = width - (3 * len(columns) + 1)  # a border and two padding spaces per column
    needs, weights = [], []
    for i, col in enumerate(columns):
        texts = [col] + [row[i] for row in cells if i < len(row)]
        longest = max((line for t in texts for line in t.split("\n")), key=cell_len)
        needs.append(cell_len(longest))
        weights.append(PROSE_WEIGHT if len(longest) > PROSE_CHARS and " " in longest else 1)
    if sum(needs) <= room or room < len(columns):
        return [None] * len(columns)
    given: dict[int, int] = {}
    while True:
        open_ = [i for i in range(len(columns)) if i not in given]
        if not open_:  # all fit after all (rounding): nothing left to share
            break
        share = (room - sum(given.values())) / sum(weights[i] for i in open_)
        fits = [i for i in open_ if needs[i] <= share * weights[i]]
        if not fits:
            break
        given.update((i, needs[i]) for i in fits)
    for i in open_:
        given[i] = max(1, int(share * weights[i]))
    return [given[i] for i in range(len(columns))]


def render_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str,
                stream: IO[str] | None = None, title: str | None = None) -> None:
    """Print rows as a table (people), a JSON array of objects, or CSV (programs)."""
    stream = stream or sys.stdout
    if fmt == "json":
        json.dump([dict(zip(columns, row)) for row in rows], stream, ensure_ascii=False, indent=2, default=str)
        stream.write("\n")
    elif fmt == "csv":
        # for programs and spreadsheets: formula-like text is guarded, numbers stay numbers
        writer = csv_writer(stream)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict))
                             else ("" if v is None else formula_safe(v)) for v in row])
    else:
        table = Table(title=None if title is None else _plain(title), show_lines=False, expand=False)
        cells = [[_clipped(terminal_safe(_cell(v))) for v in row] for row in rows]
        # Piped or captured output has no terminal width: use a wide one rather than
        # rich's 80 columns, which folds every cell of a claims table.
        width = None if getattr(stream, "isatty", lambda: False)() else 160
        console = Console(file=stream, soft_wrap=False, width=width)
        widths = column_widths([terminal_safe(c) for c in columns], cells, console.width)
        for col, fixed in zip(columns, widths):
            table.add_column(_plain(col), overflow="fold", width=fixed)
        for row in cells:
            table.add_row(*(Text(v) for v in row))
        console.print(table)
        if not rows:
            console.print("(no rows)")


@contextmanager
def atomic_output(path: str | Path | None, *, binary: bool = False) -> Iterator[IO]:
    """Yield a stream for `path` ('-' or None: stdout) that appears only on success."""
    if path is None or str(path) == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def to_text(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    buf = io.StringIO()
    render_rows(columns, rows, fmt, buf)
    return buf.getvalue()
