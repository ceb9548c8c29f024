"""Saved queries: `.cypher` files with a header, run by name with typed parameters.

Each file in the `accusegraph.queries` package data starts with three header
lines, in this order:

    // name: NAME                  NAME = [a-z0-9]+(-[a-z0-9]+)*, equal to the file name
    // description: TEXT           one line
    // params: PARAM PARAM ...     zero or more, separated by spaces (may be empty)

    PARAM   = IDENT ":" TYPE [ "?" | "=" DEFAULT ]
    IDENT   = [a-z_][a-z0-9_]*
    TYPE    = string | int | float | bool | date | name | actions | family
    "?"     the parameter is optional; absent, it is passed as null
    DEFAULT the value used when it is absent (makes it optional); written as
            on the command line (`max_hops:int=4`, `since:date=2024-01-01`)

Two types carry the shared parts of the queries, so no file copies them:

    name     names an actor: bound as its key (`rules.name_key`: "Kaspérsky-LAB"
             -> "kaspersky lab"; a backslash or double quote, which only a name with no letter
             or digit keeps, escaped for Lucene), which the query looks up in one
             line in the full-text index of the actors' keys (see graph/names.py):
             CALL db.index.fulltext.queryNodes('actor_keys', '"' + $actor + '"') YIELD node AS x
    actions  the actions of the family the parameter is named after (`accusing`,
             `response`, `answerable`: the flags of accusegraph/data/actions.yaml),
             always filled in by the runner, never given (`c.action IN $accusing`)

A `family` parameter names one of those families (`-p family=answerable`); the
runner checks the name, and the query picks that family's `actions` parameter.

Further `//` lines may follow as notes; everything after is plain Cypher that
uses the parameters as `$IDENT`, never string-built. The declared parameters
must be exactly the `$` names the body uses (`body_params` finds them, and a
test holds every file to it). Queries run in read transactions, so a saved
query cannot write.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Iterable

from accusegraph.errors import QueryError
from accusegraph.model import ACCUSING_ACTIONS, ANSWERABLE_ACTIONS, RESPONSE_ACTIONS

from . import db
from .rules import name_key

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

PARAM_TYPES: tuple[str, ...] = ("string", "int", "float", "bool", "date", "name", "actions", "family")
# The values of `actions` parameters, by parameter name: the families of data/actions.yaml
ACTION_FAMILIES: dict[str, tuple[str, ...]] = {
    "accusing": ACCUSING_ACTIONS, "response": RESPONSE_ACTIONS, "answerable": ANSWERABLE_ACTIONS}
QUERY_PACKAGE = "accusegraph.queries"

_NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PARAM_RE = re.compile(r"^(?P<name>[a-z_][a-z0-9_]*):(?P<type>[a-z]+)(?:(?P<optional>\?)|=(?P<default>\S+))?$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Cypher's INTEGER is a signed 64-bit number; the driver cannot send a larger one
INT_MIN, INT_MAX = -(2 ** 63), 2 ** 63 - 1
_TRUE = {"true", "yes", "y", "1", "on"}
_FALSE = {"false", "no", "n", "0", "off"}


@dataclass(frozen=True)
class QueryParam:
    name: str
    type: str
    required: bool
    default: Any = None

    def describe(self) -> str:
        """The parameter as written in the header: `max_hops:int=4`, `actor:name?`."""
        if self.type == "actions":
            return f"{self.name}:actions"
        if self.default is not None:
            return f"{self.name}:{self.type}={_show(self.default)}"
        return f"{self.name}:{self.type}{'' if self.required else '?'}"


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    params: tuple[QueryParam, ...]
    cypher: str  # the whole file, header included (comments are valid Cypher)
    file: str

    @property
    def text(self) -> str:
        """The file as shipped (header comments included), ready to paste into Neo4j Browser."""
        return self.cypher

    def param(self, name: str) -> QueryParam | None:
        return next((p for p in self.params if p.name == name), None)

    @property
    def notes(self) -> list[str]:
        """The `//` lines after the three header fields, in paragraphs (a bare `//` ends one)."""
        paragraphs: list[str] = [""]
        for line in _header_lines(self.cypher)[3:]:
            text = line.strip()[2:].strip()
            if text:
                paragraphs[-1] = f"{paragraphs[-1]} {text}".strip()
            elif paragraphs[-1]:
                paragraphs.append("")
        return [p for p in paragraphs if p]

    @property
    def body(self) -> str:
        """The Cypher after the header and its notes."""
        lines = self.cypher.strip("\n").splitlines()
        return "\n".join(lines[len(_header_lines(self.cypher)):]).strip()

    @property
    def draws_graph(self) -> bool:
        """A query named `*-graph` returns paths, for Neo4j Browser's graph view."""
        return self.name.endswith("-graph")


def _header_lines(cypher: str) -> list[str]:
    """The comment (and blank) lines a query file starts with: the header fields, then notes."""
    lines = cypher.strip("\n").splitlines()
    end = next((i for i, line in enumerate(lines) if line.strip() and not line.strip().startswith("//")),
               len(lines))
    return lines[:end]


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# ------------------------------------------------------------------ values

def convert_value(param: QueryParam, text: str, *, query: str = "") -> Any:
    """A command-line string as the parameter's declared type; QueryError if it is not one."""
    where = f"{query}: " if query else ""
    bad = f"{where}parameter {param.name} must be {_article(param.type)}, got {text!r}"
    if param.type == "string":
        return text
    if param.type == "name":
        _key(param, text, where)
        return text
    if param.type == "actions":
        raise QueryError(f"{where}parameter {param.name} is the {param.name} actions of actions.yaml, "
                         "set by accusegraph: leave it out")
    if param.type == "family":
        if text not in ACTION_FAMILIES:
            raise QueryError(f"{where}parameter {param.name} must be a family of actions, one of "
                             f"{', '.join(ACTION_FAMILIES)}; got {text!r}")
        return text
    if param.type == "int":
        if not re.fullmatch(r"[+-]?\d+", text.strip()):
            raise QueryError(bad)
        return _check_int(param, int(text), where)
    if param.type == "float":
        try:
            value = float(text)
        except ValueError:
            raise QueryError(bad) from None
        if not math.isfinite(value):
            raise QueryError(bad)
        return value
    if param.type == "bool":
        low = text.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise QueryError(bad + " (use true or false)")
    if param.type == "date":
        if not _DATE_RE.match(text.strip()):
            raise QueryError(bad + " (use YYYY-MM-DD)")
        try:
            return dt.date.fromisoformat(text.strip())
        except ValueError:
            raise QueryError(bad + " (no such day)") from None
    raise QueryError(f"{where}parameter {param.name} has unknown type {param.type!r}")


def _check_int(param: QueryParam, value: int, where: str) -> int:
    if not INT_MIN <= value <= INT_MAX:
        raise QueryError(f"{where}parameter {param.name} must be an int from {INT_MIN} to {INT_MAX}, "
                         f"got {_short(str(value))}")
    return value


def _key(param: QueryParam, value: str, where: str) -> str:
    """An actor name as the key the query looks up, written as one Lucene term (`\\` and `"`
    escaped: only a name with no letter or digit has them); QueryError when it is blank."""
    key = name_key(value)
    if not key:
        raise QueryError(f"{where}parameter {param.name} is empty: give a name, or leave -p {param.name} "
                         "out for any actor")
    return key.replace("\\", "\\\\").replace('"', '\\"')


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else f"{text[:limit // 2]}...{text[-8:]} ({len(text)} digits)"


def _article(type_: str) -> str:
    return {"int": "an int", "float": "a float", "bool": "a bool (true/false)",
            "date": "a date", "string": "a string", "name": "a name (a string)",
            "family": f"one of {', '.join(ACTION_FAMILIES)}"}.get(type_, type_)


def _check_type(query: SavedQuery, param: QueryParam, value: Any) -> Any:
    """A Python value checked (and, from a string, converted) to the declared type."""
    from neo4j import time as ntime  # the driver is slow to import: only when a query runs

    if value is None:
        return None
    if isinstance(value, str) and param.type not in ("string", "name") or param.type == "actions":
        return convert_value(param, value, query=query.name)
    ok = {
        "string": lambda v: isinstance(v, str),
        "name": lambda v: isinstance(v, str),
        "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "bool": lambda v: isinstance(v, bool),
        "date": lambda v: isinstance(v, (dt.date, ntime.Date)) and not isinstance(v, dt.datetime),
    }[param.type](value)
    if not ok:
        raise QueryError(f"{query.name}: parameter {param.name} must be {_article(param.type)}, "
                         f"got {value!r}")
    if param.type == "int":
        return _check_int(param, value, f"{query.name}: ")
    if param.type == "name":
        return _key(param, value, f"{query.name}: ")
    return float(value) if param.type == "float" else value


# ------------------------------------------------------------------ files

def parse_header(text: str, file: str) -> tuple[str, str, tuple[QueryParam, ...]]:
    """Name, description and parameters from a query file's header; QueryError names the file."""
    lines = text.splitlines()
    fields: list[tuple[str, str]] = []
    for key, line in zip(("name", "description", "params"), lines[:3] + [""] * (3 - len(lines[:3]))):
        m = re.match(rf"^//\s*{key}:(.*)$", line)
        if not m:
            raise QueryError(f"{file}: header line {len(fields) + 1} must be '// {key}: ...'")
        fields.append((key, m.group(1).strip()))
    name, description, params_text = (v for _, v in fields)
    if not _NAME_RE.match(name):
        raise QueryError(f"{file}: query name {name!r} must be lower-case words joined by '-'")
    if not description:
        raise QueryError(f"{file}: the description line is empty")
    params: list[QueryParam] = []
    for token in params_text.split():
        m = _PARAM_RE.match(token)
        if not m or m.group("type") not in PARAM_TYPES:
            raise QueryError(f"{file}: bad parameter {token!r}; write NAME:TYPE, NAME:TYPE? or "
                             f"NAME:TYPE=DEFAULT with TYPE one of {', '.join(PARAM_TYPES)}")
        if any(p.name == m.group("name") for p in params):
            raise QueryError(f"{file}: parameter {m.group('name')!r} declared twice")
        if m.group("type") == "actions":
            if m.group("name") not in ACTION_FAMILIES or m.group("optional") or m.group("default") is not None:
                raise QueryError(f"{file}: an actions parameter is named after its family, one of "
                                 f"{', '.join(ACTION_FAMILIES)}, and takes no ? or default; got {token!r}")
            params.append(QueryParam(m.group("name"), "actions", required=False,
                                     default=list(ACTION_FAMILIES[m.group("name")])))
            continue
        param = QueryParam(m.group("name"), m.group("type"),
                           required=not (m.group("optional") or m.group("default") is not None))
        if m.group("default") is not None:
            default = convert_value(param, m.group("default"), query=file)
            param = QueryParam(param.name, param.type, required=False, default=default)
        params.append(param)
    return name, description, tuple(params)


def _strip_comments_and_strings(cypher: str) -> str:
    """Cypher with comments, string literals and `quoted` names blanked out."""
    out: list[str] = []
    i, n = 0, len(cypher)
    while i < n:
        ch = cypher[i]
        two = cypher[i:i + 2]
        if two == "//":
            j = cypher.find("\n", i)
            i = n if j < 0 else j
        elif two == "/*":
            j = cypher.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif ch in "'\"`":
            j = i + 1
            while j < n and cypher[j] != ch:
                j += 2 if cypher[j] == "\\" and ch != "`" else 1
            i = j + 1
            out.append(" ")
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def body_params(cypher: str) -> set[str]:
    """The `$name` parameters a Cypher text uses (outside comments and strings)."""
    return set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", _strip_comments_and_strings(cypher)))


def _load(file: str, text: str) -> SavedQuery:
    name, description, params = parse_header(text, file)
    stem = file.rsplit("/", 1)[-1].removesuffix(".cypher")
    if stem != name:
        raise QueryError(f"{file}: header name {name!r} differs from the file name {stem!r}")
    return SavedQuery(name=name, description=description, params=params, cypher=text, file=file)


@lru_cache(maxsize=1)
def _all_queries() -> tuple[SavedQuery, ...]:
    folder = resources.files(QUERY_PACKAGE)
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            found.append(_load(entry.name, entry.read_text(encoding="utf-8")))
    return tuple(found)


def list_queries() -> list[SavedQuery]:
    """Every saved query, sorted by name."""
    return list(_all_queries())


def get_query(name: str) -> SavedQuery:
    """The saved query called `name`; QueryError (naming close matches) when there is none."""
    queries = {q.name: q for q in _all_queries()}
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, list(queries), n=3, cutoff=0.5)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    raise QueryError(f"no saved query named {name!r}{hint} (`accusegraph queries` lists them)")


# ------------------------------------------------------------------ parameters

def parse_params(query: SavedQuery | str, pairs: Iterable[str]) -> dict[str, Any]:
    """`["key=value", ...]` from the command line as typed parameters of `query`.

    Absent optional parameters are left out (run_query fills defaults and nulls).

    Raises:
        QueryError: a pair without '=', an unknown or repeated key, a value that is
            not of the declared type, or a required parameter missing.
    """
    if isinstance(query, str):
        query = get_query(query)
    values: dict[str, Any] = {}
    for pair in pairs:
        key, sep, text = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise QueryError(f"{query.name}: -p expects key=value, got {pair!r}")
        param = query.param(key)
        if param is None:
            raise QueryError(f"{query.name} has no parameter {key!r}; {_param_list(query)}")
        if key in values:
            raise QueryError(f"{query.name}: parameter {key} given twice")
        values[key] = convert_value(param, text, query=query.name)
    missing = [p for p in query.params if p.required and p.name not in values]
    if missing:
        need = " ".join(f"-p {p.name}=VALUE ({p.type})" for p in missing)
        raise QueryError(f"{query.name} needs {need}")
    return values


def _param_list(query: SavedQuery) -> str:
    if not query.params:
        return "it takes none"
    return "its parameters: " + " ".join(p.describe() for p in query.params)


def bind_params(query: SavedQuery, params: dict[str, Any] | None) -> dict[str, Any]:
    """Every declared parameter with a value: given (type-checked), default, or null."""
    params = dict(params or {})
    unknown = sorted(set(params) - {p.name for p in query.params})
    if unknown:
        raise QueryError(f"{query.name} has no parameter {unknown[0]!r}; {_param_list(query)}")
    bound: dict[str, Any] = {}
    for p in query.params:
        value = _check_type(query, p, params.get(p.name))
        if value is None:
            if p.required:
                raise QueryError(f"{query.name} needs -p {p.name}=VALUE ({p.type})")
            value = p.default
        bound[p.name] = value
    return bound


# ------------------------------------------------------------------ running

def to_jsonable(value: Any) -> Any:
    """A query result value as plain JSON data (dates and times as ISO strings)."""
    from neo4j import graph as ngraph, time as ntime  # the driver is slow to import: only when a query runs

    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, (ntime.Date, ntime.DateTime, ntime.Time)):
        return value.iso_format()
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, ntime.Duration):
        return str(value)
    if isinstance(value, ngraph.Node):
        return {"labels": sorted(value.labels), **{k: to_jsonable(v) for k, v in value.items()}}
    if isinstance(value, ngraph.Relationship):
        return {"type": value.type, **{k: to_jsonable(v) for k, v in value.items()}}
    if isinstance(value, ngraph.Path):
        return [to_jsonable(n) for n in value.nodes]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, bytes):
        return value.hex()
    return str(value)


def run_query(driver: Driver, name: str, params: dict[str, Any] | None = None,
              database: str = "neo4j") -> tuple[list[str], list[list[Any]]]:
    """Run a saved query in a read transaction.

    Returns:
        (columns, rows): column names in the query's order, and each row as a
        list of JSON-friendly values in that order.
    """
    query = get_query(name)
    bound = bind_params(query, params)

    def work(tx: ManagedTransaction) -> tuple[list[str], list[list[Any]]]:
        result = tx.run(query.cypher, bound)
        columns = list(result.keys())
        rows = [[to_jsonable(v) for v in record.values()] for record in result]
        return columns, rows

    return db.read(driver, database, work)


def explain_query(driver: Driver, name: str, database: str = "neo4j") -> list[str]:
    """Have Neo4j plan a saved query without running it; returns its column names."""
    query = get_query(name)
    bound = {p.name: p.default for p in query.params}

    def work(tx: ManagedTransaction) -> list[str]:
        result = tx.run("EXPLAIN " + query.cypher, bound)
        keys = list(result.keys())
        result.consume()
        return keys

    return db.read(driver, database, work)
