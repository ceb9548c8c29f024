"""The stages joined: articles -> claims -> Neo4j, plus saved-query name resolution.

The CLI calls these functions; tests call them too. Each stage stays usable on its
own (ingest/ without a database, graph/ without spaCy): imports of the heavy parts
happen inside the functions that need them.
"""

from __future__ import annotations

import itertools
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Iterator, Sequence

from .curation import Curation, actor_ids, curate
from .graph.db import connected
from .graph.load import load_claims
from .graph.server import LocalServer, stored_password
from .ingest.extract import Extractor
from .ingest.readers import iter_articles
from .ingest.rules_vocab import gazetteer, load_alias_file
from .model import Article, Claim, make_actor_id
from .settings import ConnectionSettings, Secret

Warn = Callable[[str], None]


@contextmanager
def connect(settings: ConnectionSettings):
    """An open, verified Neo4j driver for these settings (local server when no URI);
    a driver exception leaving the block arrives as a DatabaseError. A URI of a
    local server's Bolt port with no password set uses that server's recorded one."""
    if settings.uri and not settings.password:
        found = stored_password(settings.uri)
        if found:
            settings = replace(settings, password=Secret(found))
    with connected(settings, LocalServer().connection) as driver:
        yield driver


def extract_claims(paths: Sequence[str], *, jobs: int = 1, aliases: Path | None = None,
                   allow_private: bool = False, follow_links: bool = False, strict: bool = False, warn: Warn = print,
                   max_bytes: int | None = None,
                   on_article: Callable[[Article, list[Claim]], None] | None = None) -> Iterator[Claim]:
    """Claims of every article under `paths`, in input order, deterministic."""
    limit = {} if max_bytes is None else {"max_bytes": max_bytes}
    articles = iter_articles(paths, allow_private=allow_private, follow_links=follow_links, warn=warn,
                             strict=strict, **limit)
    # Read the first article before loading spaCy (seconds): bad input fails at once.
    first = next(articles, None)
    if first is None:
        return
    extractor = Extractor(aliases_file=aliases)
    # closed here, not when garbage collected: leaving early (an error, Ctrl-C in
    # the caller) stops the worker processes at once rather than at exit, where
    # the pool would first finish the chunks it had queued
    with closing(extractor.extract_many(itertools.chain([first], articles), jobs=jobs)) as results:
        for article, claims in results:
            if on_article is not None:
                on_article(article, claims)
            yield from claims


@dataclass
class IngestReport:
    articles: int = 0
    claims: int = 0
    load: object | None = None


def ingest(paths: Sequence[str], driver, *, database: str = "neo4j", jobs: int = 1,
           aliases: Path | None = None, allow_private: bool = False, follow_links: bool = False,
           force: bool = False, strict: bool = False, warn: Warn = print, max_bytes: int | None = None,
           progress: Callable[[int], None] | None = None, curation: "Curation | None" = None) -> IngestReport:
    """Extract claims from articles and load them as they stream, with `curation` applied.

    Re-ingesting an article replaces the claims it gave before, as long as it still
    gives at least one: a source with no claims never reaches the loader, so its
    old claims stay (a known limit, stated in docs/robustness.md)."""

    report = IngestReport()

    def counted(article: Article, claims: list[Claim]) -> None:
        report.articles += 1
        report.claims += len(claims)
        if progress is not None:
            progress(1)

    with closing(extract_claims(paths, jobs=jobs, aliases=aliases, allow_private=allow_private,
                                follow_links=follow_links, strict=strict, warn=warn, max_bytes=max_bytes,
                                on_article=counted)) as extracted:
        claims = extracted if curation is None else curate(extracted, curation)
        report.load = load_claims(driver, claims, database=database, force=force,
                                  known_names=known_actor_names(aliases), known_kinds=known_actor_kinds(aliases))
    return report


def examples_dir() -> Path:
    """The bundled example articles (examples/ in the repo, package data when installed)."""
    return Path(str(resources.files("accusegraph.examples")))


def known_actor_names(aliases: Path | None = None) -> dict[str, list[str]]:
    """`{actor id: names}` of every actor the gazetteer (and the `aliases` file) knows, for the load.

    The loader gives the actors of the graph among them these names as keys
    (graph/names.py), so `-p target=NSA` finds the National Security Agency even
    where no article called it NSA; the queries never read the gazetteer.
    """

    gaz = gazetteer()
    if aliases is not None:
        gaz = gaz.merged(load_alias_file(aliases))
    known: dict[str, list[str]] = {}
    for form, actor in gaz.by_form.items():
        known.setdefault(make_actor_id(actor.name), []).append(form)
    return known


@lru_cache(maxsize=1)
def gazetteer_names() -> dict[str, str]:
    """The gazetteer's canonical name of each form it knows (case folded) and of each actor id it
    makes: how the curation commands (graph/corrections.py) find an actor by a name such as NSA.
    Read here, in the top layer, because graph/ does not import ingest/."""

    gaz = gazetteer()
    names = {form.casefold(): actor.name for form, actor in gaz.by_form.items()}
    names.update((aid, actor.name) for actor in gaz.actors for aid in actor_ids(actor.name))
    return names


def known_actor_kinds(aliases: Path | None = None) -> dict[str, str]:
    """`{actor id: kind}` of every actor the gazetteer knows, then of those only the `aliases`
    file knows: the kind the load settles on for them, whatever the articles' guesses."""

    kinds = {make_actor_id(actor.name): actor.kind for actor in gazetteer().actors}
    if aliases is not None:
        for actor in load_alias_file(aliases).actors:
            kinds.setdefault(make_actor_id(actor.name), actor.kind)
    return kinds
