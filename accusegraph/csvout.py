"""CSV writing shared by `--format csv` and the neo4j-admin export.

Rules:

- A field holding a carriage return or a line feed is always quoted, so any CSV
  reader (Python's csv module, neo4j-admin with `--multiline-fields=true`, a
  spreadsheet) reads each row back with its own columns. The csv module quotes
  only for the characters of its line terminator, so rows are written with
  "\\r\\n" for that test and end in "\\n" in the output.
- `formula_safe` is OWASP's advice against CSV injection, for CSV that people
  open in a spreadsheet: text starting with =, +, -, @, a tab or a carriage
  return gets a leading single quote. Numbers, and text that is only a number
  ("-1"), are left as they are. CSV that a program imports (neo4j-admin) stays
  exact: the quote would become part of the data.
"""

from __future__ import annotations

import csv
import re
from typing import IO, Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def formula_safe(value: Any) -> Any:
    """`value`, with a leading ' when it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


class _LineFeedRows:
    """A text stream for csv.writer: each row's closing "\\r\\n" becomes "\\n"."""

    def __init__(self, stream: IO[str]):
        self._stream = stream

    def write(self, text: str) -> int:
        if text.endswith("\r\n"):  # the writer writes one whole row per call
            text = text[:-2] + "\n"
        return self._stream.write(text)


def csv_writer(stream: IO[str]):
    """A csv.writer on `stream` that quotes every field with CR or LF; rows end in LF."""
    return csv.writer(_LineFeedRows(stream), quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
