"""Rendering rows for people (rich tables) and programs (JSON, CSV), and atomic files.

Rule: an output file is written to a temporary file next to it and renamed into
place only when everything was written, so a failure never leaves half a file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Iterator, Sequence

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "json", "csv")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " -> ".join(_cell(v) for v in value) if value and not isinstance(value[0], (dict, list)) else json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str,
                stream: IO[str] | None = None, title: str | None = None) -> None:
    """Print rows as a table (people), a JSON array of objects, or CSV (programs)."""
    stream = stream or sys.stdout
    if fmt == "json":
        json.dump([dict(zip(columns, row)) for row in rows], stream, ensure_ascii=False, indent=2, default=str)
        stream.write("\n")
    elif fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else ("" if v is None else v) for v in row])
    else:
        table = Table(title=title, show_lines=False, expand=False)
        for col in columns:
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(v) for v in row))
        # Piped or captured output has no terminal width: use a wide one rather than
        # rich's 80 columns, which folds every cell of a claims table.
        width = None if getattr(stream, "isatty", lambda: False)() else 160
        console = Console(file=stream, soft_wrap=False, width=width)
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
