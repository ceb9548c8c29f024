"""What `accusegraph load` reads: a claims JSONL file, stdin, or a folder of part files.

Rule: a folder is one input. Its part files (`part-*` and `*.jsonl` / `*.parquet`,
not the `_` and `.` files that Spark and Hadoop keep beside them: `_SUCCESS`,
`_errors/`, checksums) are read in name order as one stream of claims, each line
or row checked by the reader of claims JSONL (`model.iter_claims`) and reported
as PART:LINE (a Parquet row's number is its line). The count of lines and rows is
known before reading, for one progress bar over all the files.

Parquet parts need pyarrow (the spark extra); JSONL needs nothing.
"""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Callable, Iterator

from accusegraph.errors import InputError, RecordError
from accusegraph.model import Claim, iter_claims, open_claims_file

PARQUET = ".parquet"
INSTALL_HINT = "pip install 'accusegraph[spark]' (it brings pyarrow)"


@dataclass
class ClaimsInput:
    """An open claims input: its claims as a stream, and how many lines it holds (None: stdin)."""

    name: str
    claims: Iterator[Claim]
    total: int | None


def part_files(folder: Path) -> list[Path]:
    """The part files of a folder of claims, in name order.

    Raises:
        InputError: the folder holds none.
    """
    files = sorted(p for p in folder.iterdir()
                   if p.is_file() and not p.name.startswith(("_", "."))
                   and (p.name.startswith("part-") or p.suffix.lower() in (".jsonl", PARQUET)))
    if not files:
        raise InputError(f"{folder}: no claims part files in this folder (part-*, *.jsonl, *.parquet); "
                         "give a claims JSONL file or the --out folder of `accusegraph spark extract`")
    return files


@contextmanager
def open_claims_input(path: str, *, strict: bool = False, errors: list[RecordError] | None = None,
                      warn: Callable[[str], None] | None = None) -> Iterator[ClaimsInput]:
    """The claims of a JSONL file, of stdin ('-'), or of a folder of part files."""
    if path == "-":
        yield ClaimsInput("<stdin>", iter_claims(sys.stdin, "<stdin>", strict=strict, errors=errors, warn=warn), None)
        return
    p = Path(path)
    files = part_files(p) if p.is_dir() else [p]
    with ExitStack() as stack:
        opened = [(str(f), _open(f, stack)) for f in files]
        total = sum(count for _, (_, count) in opened)

        def claims() -> Iterator[Claim]:
            for name, (stream, _count) in opened:
                yield from iter_claims(stream, name, strict=strict, errors=errors, warn=warn)

        yield ClaimsInput(str(p), claims(), total)


def _open(path: Path, stack: ExitStack) -> tuple[IO[str], int]:
    """An open text stream of claims lines, and how many lines it has."""
    if path.suffix.lower() == PARQUET:
        return _ParquetLines(path), _parquet_rows(path)
    stream = stack.enter_context(open_claims_file(path))
    with path.open("rb") as fh:
        count = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    return stream, count


def _parquet():
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(f"reading Parquet part files needs pyarrow: {INSTALL_HINT}") from None
    return pq


def _parquet_rows(path: Path) -> int:
    try:
        return _parquet().ParquetFile(path).metadata.num_rows
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - pyarrow's errors have no common base worth naming
        raise InputError(f"{path}: not a Parquet file ({exc})") from None


class _ParquetLines:
    """A Parquet file of claim records read as claims JSONL, one row a line (row by
    row in record batches), so each row is checked as a line of JSONL is."""

    def __init__(self, path: Path):
        self.path = path
        self._rows: Iterator[dict] | None = None

    def _iter_rows(self) -> Iterator[dict]:
        for batch in _parquet().ParquetFile(self.path).iter_batches(batch_size=1000):
            yield from batch.to_pylist()

    def readline(self, _limit: int = -1) -> str:
        if self._rows is None:
            self._rows = self._iter_rows()
        row = next(self._rows, None)
        return "" if row is None else json.dumps(row, ensure_ascii=False) + "\n"
