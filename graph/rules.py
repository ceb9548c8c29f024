"""The two things the graph derives from its claims, each defined once.

Every place that derives them uses these definitions: the loader and its
repairs (`load.py`, `derived.py`, in the graph), the exports from claims
(`claimset.collect` for RDF and GraphML, `csvexport` for neo4j-admin CSV), so a
loaded graph, an export from it and an export `--from` the claims file agree.

- **An actor's name** (`display_name`): among the names its claims use for it,
  the one its id was made from (`make_actor_id(name) == id`), else the
  most used; ties go to the alphabetically first. Its `aliases` are every name
  the claims use, sorted.
- **An actor's kind** (`settled_kind`): the strongest evidence wins. A kind
  given by data (the gazetteer's, else the user's alias file's; the loader
  keeps it as `known_kind`) beats any guess; otherwise the kind most of its
  claims guessed (each claim's guess is kept on its MADE or AGAINST
  relationship, as `kind`), ties going to the first in `KIND_TIE_ORDER`;
  `unknown` only when no claim guessed anything else.
- **A derived edge** (`EdgeTotals`): per (actor, target, action), over the
  claims that have a target and are not negated: `claims` (how many),
  `sources` (how many distinct sources), `first` and `last` (earliest and
  latest source date; an undated source adds none), `publishers` (the sorted
  distinct `publisher_key`s of those sources; a missing or blank publisher
  adds none). The database computes the same aggregation in Cypher, in one
  text, `EDGE_TOTALS_CYPHER`; tests hold it to this one.
- **An actor's name keys** (`name_key`, `name_keys`): what a saved query's name
  parameter is compared with. A name's key is its words (letters and digits;
  accents dropped, case folded, any other character a break) joined by one
  space (a name with no letter or digit, such as "--", is its own key, case
  folded and its spaces squeezed); an actor's `name_keys` are the keys of every run of up to
  `MAX_KEY_WORDS` consecutive words of its names and aliases, and each whole
  name, so "Kaspersky" and "kaspersky lab" both find "Kaspersky Lab". The query
  runner turns a `name` parameter into its key with the same function, and the
  full-text index `actor_keys` finds the actors holding it.

Pure Python, no database: an export `--from` a file needs no server.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from accusegraph.model import make_actor_id

# ------------------------------------------------------------------ an actor's name


def _made_from(name: str, actor_id: str) -> bool:
    return make_actor_id(name) == actor_id


def display_name(actor_id: str, names: Iterable[tuple[str, int]]) -> str:
    """An actor's name from (name, uses) of its claims: the one its id was made from, else the most
    used; ties: alphabetically first."""
    return min(names, key=lambda nu: (not _made_from(nu[0], actor_id), -nu[1], nu[0]))[0]


def actor_names(actor_id: str, uses: Mapping[str, int]) -> tuple[str, list[str]]:
    """An actor's name and aliases from how often its claims use each name."""
    return display_name(actor_id, uses.items()), sorted(uses)


def settled_name(actor_id: str, names: Iterable[str]) -> str | None:
    """`display_name` when it does not depend on how often each name is used, else None.

    That is the case when exactly one of the names is one the id was made from.
    """
    made_from = [n for n in names if _made_from(n, actor_id)]
    return made_from[0] if len(made_from) == 1 else None


# ------------------------------------------------------------------ an actor's kind

# Between kinds guessed equally often, the first here wins: a specific kind before a
# general one, and `organization` before `person` (a company's unfamiliar name is
# the usual thing the parser takes for a person's).
KIND_TIE_ORDER = ("state", "government", "international_org", "company", "media", "group",
                  "organization", "person", "unknown")


def settled_kind(votes: Mapping[str | None, int], known: str | None = None) -> str:
    """An actor's kind: `known` (a kind the alias data give) when it is a real kind, else the
    kind most of its claims guessed (`votes`: kind -> claims), `unknown` never beating a real one."""
    if known and known != "unknown":
        return known
    real = [(n, k) for k, n in votes.items() if k and k != "unknown" and n > 0]
    if not real:
        return "unknown"
    return min(real, key=lambda nk: (-nk[0], KIND_TIE_ORDER.index(nk[1])
                                     if nk[1] in KIND_TIE_ORDER else len(KIND_TIE_ORDER)))[1]


def kind_stays(stored: str | None, known: str | None, added: Iterable[str]) -> bool:
    """Whether an actor of `stored` kind keeps it when claims guessing `added` come in (none
    removed): they add to the winner's votes or are `unknown`, or data fix the kind."""
    if known and known != "unknown":
        return True
    return stored is not None and all(k == stored or k == "unknown" for k in added)


# ------------------------------------------------------------------ an actor's name keys

# A phrase of more words than this finds an actor only as its whole name (an
# actor's keys grow with the square of its longest name's words up to here).
MAX_KEY_WORDS = 8


def name_key(text: str) -> str:
    """`text` as the graph compares names: its words, accents dropped, case folded, one space apart
    (`text` itself, case folded and spaces squeezed, when it has no letter or digit)."""
    out = []
    for ch in unicodedata.normalize("NFKD", text.casefold()):
        category = unicodedata.category(ch)
        if category == "Mn":  # accents and other marks set on a letter
            continue
        out.append(ch if category[0] in "LNM" else " ")
    return " ".join("".join(out).split()) or " ".join(text.casefold().split())


def name_keys(names: Iterable[str]) -> list[str]:
    """The sorted keys an actor with these names is found by: every whole name, and every run of
    up to `MAX_KEY_WORDS` consecutive words of one."""
    keys: set[str] = set()
    for name in names:
        key = name_key(name)
        if key:
            keys.add(key)
        words = key.split()
        for start in range(len(words)):
            for end in range(start + 1, min(len(words), start + MAX_KEY_WORDS) + 1):
                keys.add(" ".join(words[start:end]))
    return sorted(keys)


# ------------------------------------------------------------------ a derived edge

# What Java's Character.isWhitespace accepts beyond the Unicode space, line and
# paragraph separators (of which it excludes the three no-break spaces).
_JAVA_EXTRA_SPACE = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f")
_NO_BREAK_SPACES = frozenset("\u00a0\u2007\u202f")


def _java_space(ch: str) -> bool:
    return ch in _JAVA_EXTRA_SPACE or (
        unicodedata.category(ch) in ("Zs", "Zl", "Zp") and ch not in _NO_BREAK_SPACES)


def publisher_key(publisher: str) -> str:
    """A publisher as the graph compares it: Cypher's `toLower(trim(publisher))`, in Python.

    Neo4j trims the characters Java counts as white space and lower-cases as Java
    does, which differs from `str.strip` (no-break spaces) in a few places; a
    test holds this function to the server's answers.
    """
    start, end = 0, len(publisher)
    while start < end and _java_space(publisher[start]):
        start += 1
    while end > start and _java_space(publisher[end - 1]):
        end -= 1
    return publisher[start:end].lower()


@dataclass
class EdgeTotals:
    """The derived edge of one (actor, target, action), built up one counted claim at a time.

    `add` each non-negated claim of the triple with its source's id, date (any
    comparable value, None when undated) and publisher as given.
    """

    claims: int = 0
    source_ids: set[str] = field(default_factory=set)
    publisher_keys: set[str] = field(default_factory=set)
    first: Any = None
    last: Any = None

    def add(self, source: str, published: Any, publisher: str | None) -> None:
        self.claims += 1
        self.source_ids.add(source)
        if publisher is not None and (key := publisher_key(publisher)):
            self.publisher_keys.add(key)
        if published is not None:
            self.first = published if self.first is None else min(self.first, published)
            self.last = published if self.last is None else max(self.last, published)

    @property
    def sources(self) -> int:
        return len(self.source_ids)

    @property
    def publishers(self) -> list[str]:
        return sorted(self.publisher_keys)


# Source `s`'s publisher as the graph compares publishers: trimmed, lower-cased,
# null when missing or blank (`publisher_key` in Cypher).
PUBLISHER_KEY = "CASE WHEN trim(s.publisher) <> '' THEN toLower(trim(s.publisher)) END"

# `EdgeTotals` in Cypher: the end of a statement (or subquery) whose rows are the
# counted claims `c` (null: none) with their sources `s`, grouped by `{keys}`
# (variables, each followed by ", "; "" for one group), which it returns first.
# Publishers are ordered before they are collected; `collect` drops the nulls.
EDGE_TOTALS_CYPHER = """WITH {keys}c, s, """ + PUBLISHER_KEY + """ AS publisher
ORDER BY publisher
RETURN {keys}count(DISTINCT c) AS claims, count(DISTINCT s) AS sources,
       min(s.published) AS first, max(s.published) AS last, collect(DISTINCT publisher) AS publishers"""
