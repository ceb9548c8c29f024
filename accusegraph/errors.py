"""One error tree for accusegraph, translated to one stderr line at the CLI edge.

    AccusegraphError            base: anything a user can fix; message is one line
    ├── InputError              bad article, claims JSONL, alias file or option
    │   └── RecordError         one bad record: carries FILE:LINE
    ├── DatabaseError           Neo4j problems
    │   ├── UnreachableError    nothing answers at the configured URI
    │   └── AuthError           wrong user name or password
    ├── ExtractionError         the extractor failed on an article, or a worker process died
    ├── ServerError             the local Neo4j server cannot be set up/started/stopped
    └── QueryError              unknown saved query, bad parameter

Messages say what is wrong and what to do. They never contain a password.
"""

from __future__ import annotations


class AccusegraphError(Exception):
    """Base of every error a user can act on."""


class InputError(AccusegraphError):
    """Bad input: a file, a record, an option value."""


class RecordError(InputError):
    """One bad record in a line-oriented file, reported as FILE:LINE: what.

    `source`: the id of the source the record names, when it names one (the
    loader then keeps that source's stored claims rather than replace them).
    """

    def __init__(self, file: str, line: int, what: str, source: str | None = None):
        self.file, self.line, self.what, self.source = file, line, what, source
        super().__init__(f"{file}:{line}: {what}")


class DatabaseError(AccusegraphError):
    """Neo4j refused or failed an operation."""


class UnreachableError(DatabaseError):
    """Nothing answers at the configured Neo4j address."""


class AuthError(DatabaseError):
    """Neo4j rejected the user name or password."""


class ExtractionError(AccusegraphError):
    """The extractor failed on an article, or a worker process stopped: one line
    naming the article (or the chunk) and the cause."""


class ServerError(AccusegraphError):
    """The local Neo4j server could not be assembled, started or stopped."""


class QueryError(AccusegraphError):
    """An unknown saved query or a bad query parameter."""


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """A count with its noun in the right number, for messages: "1 claim", "2 claims"."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"
