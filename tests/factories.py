"""Factories for test records: `make_claim(**overrides)` instead of hand-built dicts.

Ids follow the model's deterministic rules, so two calls with the same content
give the same claim id, and a claim's id changes when its actor, action, target,
source or span does, exactly as the extractor's would.
"""

from __future__ import annotations

from typing import Any

from accusegraph.model import ActorRef, Claim, Evidence, SourceRef, make_claim_id, make_source_id

_PUBLISHERS = {"a": "Alpha News", "b": "Beta Times", "c": "Gamma Post"}


def make_actor(name: str = "Alpha Corp", kind: str = "organization", **overrides: Any) -> ActorRef:
    """An actor reference whose id follows `make_actor_id` unless given."""
    ref = ActorRef.make(name, kind)
    return ref.model_copy(update=overrides) if overrides else ref


def make_source(url: str = "https://news.example/a", *, publisher: str | None = "Alpha News",
                published: str | None = "2024-03-01", title: str | None = "A story",
                **overrides: Any) -> SourceRef:
    """A source reference with id from its URL, unless given."""
    fields = {"id": make_source_id(url), "url": url, "title": title,
              "publisher": publisher, "published": published}
    fields.update(overrides)
    return SourceRef(**fields)


def make_claim(actor: ActorRef | str = "Alpha Corp", action: str = "accuse",
               target: ActorRef | str | None = "Beta Ltd", *,
               source: SourceRef | None = None, quote: str | None = None, start: int = 0,
               evidence: Evidence | str = "not_mentioned", evidence_description: str | None = None,
               **overrides: Any) -> Claim:
    """A valid claim; names become organisations; everything else can be overridden.

    `quote` defaults to a sentence naming both sides; `start` places its span.
    """
    if isinstance(actor, str):
        actor = make_actor(actor)
    if isinstance(target, str):
        target = make_actor(target)
    source = source or make_source()
    if quote is None:
        quote = f"{actor.name} said something ({action}) about {target.name if target else 'it'}."
    if isinstance(evidence, str):
        evidence = Evidence(status=evidence, description=evidence_description)
    span = overrides.pop("span", (start, start + len(quote)))
    claim_id = overrides.pop("id", None) or make_claim_id(
        source.id, actor.id, action, target.id if target else None, span)
    return Claim(id=claim_id, actor=actor, action=action, target=target, quote=quote, span=span,
                 source=source, evidence=evidence, **overrides)


def make_story(url: str, publisher: str | None, published: str | None,
               *triples: tuple[str, str, str | None], **claim_overrides: Any) -> list[Claim]:
    """Claims from one article: each (actor, action, target) at its own span."""
    source = make_source(url, publisher=publisher, published=published)
    claims = []
    start = 0
    for actor, action, target in triples:
        claim = make_claim(actor, action, target, source=source, start=start, **claim_overrides)
        claims.append(claim)
        start += len(claim.quote) + 1
    return claims


def make_spokesperson_claim(person: str = "Dmitry Peskov", body: ActorRef | str | None = "Russia",
                            action: str = "deny", target: ActorRef | str | None = "United States",
                            **overrides: Any) -> Claim:
    """A claim made by a named person speaking for a body (`speaks_for`; None: for no one).

    A body given by name is a state; the person is a person, as the model requires.
    """
    if isinstance(body, str):
        body = make_actor(body, "state")
    quote = overrides.pop("quote", None) or (
        f"{person}, speaking for {body.name if body else 'himself'}, said something ({action}).")
    return make_claim(make_actor(person, "person"), action, target, quote=quote, speaks_for=body, **overrides)
