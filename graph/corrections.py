"""The curation commands: `actors merge|split|kind` and `claims reject|fix|add`.

Each one reads the curation file, checks its input against the store (an
unknown claim id, an actor no stored claim names, a quote not in its article:
one `InputError`, and then nothing is written), writes the new file whole, and
then applies the change to the graph at once (`curate.apply_to_sources`), so
the graph is what the next load of the same articles gives. The file is
written before the graph: should the graph fail, the next load applies it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping

from pydantic import ValidationError

from accusegraph.curation import (Addition, Correction, Curation, Merge, Rejection, actor_key, added_claims,
                                  find_quote, read_curation, write_curation)
from accusegraph.errors import InputError
from accusegraph.model import ACTIONS, ACTOR_KINDS, make_source_id

from .curate import Applied, apply_to_sources, claim_source, find_actor, sources_naming

if TYPE_CHECKING:
    from neo4j import Driver


@dataclass
class Done:
    """What a curation command did: one line for the file, one for the graph."""

    recorded: str
    applied: Applied | None = None
    note: str | None = None

    def lines(self) -> list[str]:
        return [self.recorded] + ([str(self.applied)] if self.applied else []) + ([self.note] if self.note else [])


def _with(curation: Curation, path: Path, **sections: Any) -> Curation:
    """The curation with these sections replaced, checked as a file would be."""
    data = curation.model_dump(exclude_none=True)
    data.update(sections)
    try:
        return Curation.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise InputError(f"{path}: this change would make it invalid: {err['msg'].removeprefix('Value error, ')}; "
                         "nothing was written") from None


def _same(a: str, b: str) -> bool:
    return actor_key(a) == actor_key(b)


def _known(value: str | None, allowed: tuple[str, ...], what: str) -> None:
    if value is not None and value not in allowed:
        raise InputError(f"unknown {what} {value!r}: use one of {', '.join(allowed)}; nothing was written")


# ------------------------------------------------------------------ actors

def merge(driver: Driver, path: Path, a: str, b: str, canonical: str | None = None,
          database: str = "neo4j", known: Mapping[str, str] | None = None) -> Done:
    """Record that `a` and `b` are one actor (named `canonical`, default `a`) and apply it."""
    curation = read_curation(path)
    a, a_actors = find_actor(driver, a, database, known)
    b, b_actors = find_actor(driver, b, database, known)
    if _same(a, b):
        raise InputError(f"{a!r} and {b!r} are one actor already; nothing was written")
    for x, y in curation.splits:
        if {actor_key(x), actor_key(y)} == {actor_key(a), actor_key(b)}:
            raise InputError(f"{path}: {x!r} and {y!r} are split (never merged); remove that split from the "
                             "file first; nothing was written")
    joined = [m for m in curation.merges if any(_same(n, x) for n in (m.canonical, *m.names) for x in (a, b))]
    names = [n for m in joined for n in (m.canonical, *m.names)] + [a, b]
    chosen = canonical or (joined[0].canonical if joined else a)
    group = [n for i, n in enumerate(names) if not _same(n, chosen) and not any(_same(n, m) for m in names[:i])]
    merges = [m.model_dump() for m in curation.merges if m not in joined]
    merges.append({"canonical": chosen, "names": group})
    kinds, note = dict(curation.kinds), None
    kind = _one_kind(chosen, a_actors if _same(chosen, a) else b_actors if _same(chosen, b) else [],
                     a_actors + b_actors, kinds)
    if kind is not None:
        kinds[chosen] = kind
        note = f"the merged actor is a {kind}, as {chosen!r} was (recorded; change it with `accusegraph actors kind`)"
    new = _with(curation, path, merges=merges, kinds=kinds)
    write_curation(path, new)
    applied = apply_to_sources(driver, sources_naming(driver, [chosen, *group], database), new, database)
    return Done(f"recorded in {path}: {', '.join(repr(n) for n in group)} merged into {chosen!r}", applied, note)


def _one_kind(canonical: str, own: list, stored: list, kinds: dict[str, str]) -> str | None:
    """The kind to record for a merged actor whose parts are stored with different kinds (None when
    they agree or the file gives the canonical name one): the canonical actor's, else the most common."""
    if any(_same(n, canonical) for n in kinds):
        return None
    guessed = [x.kind for x in stored if x.kind and x.kind != "unknown"]
    if len(set(guessed)) < 2:
        return None
    mine = [x.kind for x in own if x.kind and x.kind != "unknown"]
    pool = mine or guessed
    return max(sorted(set(pool)), key=pool.count)


def split(driver: Driver, path: Path, a: str, b: str, database: str = "neo4j",
          known: Mapping[str, str] | None = None) -> Done:
    """Record that `a` and `b` are never to be merged; undo a merge of the file that joins them."""
    curation = read_curation(path)
    merged = [n for m in curation.merges for n in (m.canonical, *m.names)]
    # a name the file merged away has no actor of its own in the store any more
    a = next((n for n in merged if _same(n, a)), None) or find_actor(driver, a, database, known)[0]
    b = next((n for n in merged if _same(n, b)), None) or find_actor(driver, b, database, known)[0]
    if _same(a, b):
        raise InputError(f"{a!r} and {b!r} are one name (one actor in the store): nothing to split")
    merges, note = [], None
    for m in curation.merges:
        members = [m.canonical, *m.names]
        if any(_same(n, a) for n in members) and any(_same(n, b) for n in members):
            drop = b if not _same(b, m.canonical) else a
            rest = [n for n in m.names if not _same(n, drop)]
            if rest and not _same(drop, m.canonical):
                merges.append(Merge(canonical=m.canonical, names=tuple(rest)).model_dump())
            note = (f"the merge of {drop!r} was removed from the file; the graph keeps them as one actor until "
                    "the articles naming them are ingested again (`accusegraph ingest --force ...`)")
        else:
            merges.append(m.model_dump())
    splits = [list(s) for s in curation.splits]
    if not any({actor_key(x), actor_key(y)} == {actor_key(a), actor_key(b)} for x, y in curation.splits):
        splits.append([a, b])
    write_curation(path, _with(curation, path, merges=merges, splits=splits))
    return Done(f"recorded in {path}: {a!r} and {b!r} are never merged", note=note)


def set_kind(driver: Driver, path: Path, name: str, kind: str, database: str = "neo4j",
             known: Mapping[str, str] | None = None) -> Done:
    """Record the kind of the actor `name` and apply it."""
    _known(kind, ACTOR_KINDS, "kind")
    curation = read_curation(path)
    name, _ = find_actor(driver, name, database, known)
    kinds = {n: k for n, k in curation.kinds.items() if not _same(n, name)}
    kinds[name] = kind
    new = _with(curation, path, kinds=kinds)
    write_curation(path, new)
    applied = apply_to_sources(driver, sources_naming(driver, [name], database), new, database)
    return Done(f"recorded in {path}: {name!r} is {kind}", applied)


# ------------------------------------------------------------------ claims

def _added_index(curation: Curation, claim_id: str) -> int | None:
    ids = [c.id for c in added_claims(curation)]
    return ids.index(claim_id) if claim_id in ids else None


def reject(driver: Driver, path: Path, claim_id: str, reason: str | None = None, database: str = "neo4j") -> Done:
    """Record that a stored claim is wrong and remove it from the graph (an added claim is un-added)."""
    curation = read_curation(path)
    source = claim_source(driver, claim_id, database)
    added = _added_index(curation, claim_id)
    if added is not None:
        new = _with(curation, path, added=[a.model_dump() for i, a in enumerate(curation.added) if i != added])
        what = f"the added claim {claim_id} removed from {path}"
    else:
        rejected = [r.model_dump() for r in curation.rejected if r.id != claim_id]
        rejected.append(Rejection(id=claim_id, reason=reason).model_dump())
        new = _with(curation, path, rejected=rejected,
                    corrected=[c.model_dump() for c in curation.corrected if c.id != claim_id])
        what = f"recorded in {path}: claim {claim_id} rejected"
    write_curation(path, new)
    return Done(what, apply_to_sources(driver, [source], new, database, drop=[claim_id]))


def _party(driver: Driver, name: str | None, database: str,
           known: Mapping[str, str] | None) -> tuple[str | None, str | None]:
    """A party named in a correction or addition: its stored name, or the name as given for a new actor."""
    if name is None:
        return None, None
    try:
        return find_actor(driver, name, database, known)[0], None
    except InputError:
        return name, f"{name!r} is a new actor (no stored claim names it)"


def fix(driver: Driver, path: Path, claim_id: str, *, action: str | None = None, actor: str | None = None,
        target: str | None = None, hedged: bool | None = None, reason: str | None = None,
        database: str = "neo4j", known: Mapping[str, str] | None = None) -> Done:
    """Record a correction of a stored claim (it keeps its id) and apply it."""
    if action is None and actor is None and target is None and hedged is None:
        raise InputError("say what to fix: --action, --actor, --target, --hedged or --not-hedged")
    _known(action, ACTIONS, "action")
    curation = read_curation(path)
    if claim_id in {r.id for r in curation.rejected}:
        raise InputError(f"claim {claim_id} is rejected in {path}; nothing was written")
    source = claim_source(driver, claim_id, database)
    actor, new_actor = _party(driver, actor, database, known)
    target, new_target = _party(driver, target, database, known)
    changes = {k: v for k, v in (("action", action), ("actor", actor), ("target", target), ("hedged", hedged),
                                 ("reason", reason)) if v is not None}
    added = _added_index(curation, claim_id)
    if added is not None:
        entry = curation.added[added].model_copy(update={k: v for k, v in changes.items()})
        sections = {"added": [entry.model_dump() if i == added else a.model_dump()
                              for i, a in enumerate(curation.added)]}
    else:
        old = next((c for c in curation.corrected if c.id == claim_id), None)
        merged = {**(old.model_dump(exclude_none=True) if old else {"id": claim_id}), **changes}
        sections = {"corrected": [c.model_dump() for c in curation.corrected if c.id != claim_id]
                    + [Correction(**merged).model_dump()]}
    new = _with(curation, path, **sections)
    write_curation(path, new)
    # an added claim whose action or parties change gets a new id: the old one is not read back
    applied = apply_to_sources(driver, [source], new, database, drop=[claim_id] if added is not None else [])
    note = "; ".join(n for n in (new_actor, new_target) if n) or None
    return Done(f"recorded in {path}: claim {claim_id} corrected ({', '.join(sorted(changes))})", applied, note)


def add(driver: Driver, path: Path, *, source: str, actor: str, action: str, quote: str,
        target: str | None = None, hedged: bool = False, allegation: str | None = None,
        read_articles: Callable[[str], list], article: str | None = None,
        database: str = "neo4j", known: Mapping[str, str] | None = None) -> Done:
    """Record a claim the extractor missed, after finding its quote verbatim in the article's text.

    Args:
        source: the source's id or URL, or the article file (or URL) itself.
        article: where to read the article's text, when `source` is an id or a URL not to fetch.
        read_articles: reads the articles of a path or URL (the readers of ingest/, given by the caller:
            graph/ does not import ingest/).
        known: the gazetteer's names of actors (see `curate.find_actor`).
    """
    _known(action, ACTIONS, "action")
    where = article or source
    if where.startswith("src:"):
        raise InputError(f"{source}: give the article's file or URL with --article, to find the quote in its text")
    articles = read_articles(where)
    wanted = source if source.startswith("src:") else (
        make_source_id(source) if source.startswith(("http://", "https://")) else None)
    found = [a for a in articles if wanted is None or a.source.id == wanted]
    if not found:
        raise InputError(f"{where}: no article of source {source!r} in it; give the article with --article")
    if len(found) > 1:
        raise InputError(f"{where}: holds {len(found)} articles; give the source's id or URL with --source")
    text = found[0].text
    span = find_quote(text, quote)
    if span is None:
        raise InputError(f"the quote is not in the text of {found[0].origin}: give it verbatim, as the article "
                         "says it (`accusegraph extract` shows how the text reads)")
    curation = read_curation(path)
    actor, new_actor = _party(driver, actor, database, known)
    target, new_target = _party(driver, target, database, known)
    entry = Addition(source=found[0].source, actor=actor, action=action, target=target, quote=quote,
                     span=span, hedged=hedged, allegation=allegation)
    new = _with(curation, path, added=[a.model_dump() for a in curation.added] + [entry.model_dump()])
    claim = added_claims(new)[-1]  # the file's order: this one is last
    if claim.id in {c.id for c in added_claims(curation)}:
        raise InputError(f"claim {claim.id} is added in {path} already; nothing was written")
    write_curation(path, new)
    applied = apply_to_sources(driver, [claim.source.id], new, database)
    note = "; ".join(n for n in (new_actor, new_target) if n) or None
    return Done(f"recorded in {path}: claim {claim.id} added ({actor} {action} {target or '-'})", applied, note)
