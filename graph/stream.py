"""From a stream of claims to batches of whole sources, in bounded memory.

Rule: a source's claim set is everything the input says about it, the last
record of a repeated claim id winning, whatever the order of the input. The
loader replaces a source's stored claims with that set in one transaction,
which needs the whole set first; this module finds it while holding at most a
window of claims:

- Claims are gathered per source as they arrive. When more than the window
  (`LOOKAHEAD_CLAIMS`, or twice the batch size if larger) are held, the source
  that appeared first is complete as far as the window can tell and is passed
  on. An input that fits in the window is therefore grouped exactly as if it
  were read whole. Claims JSONL from `extract` has each source's claims
  together, so it always groups exactly, however long.
- If claims of a source that was already passed on turn up again later, they
  come as a further part of that source (`SourceGroup.merge`): the loader merges
  such a part into what is stored (new claims added, claims with the same id
  replaced, nothing deleted) instead of replacing the set. The final graph is
  the same as for the grouped input; only the work differs. Repeated claim ids
  are counted as duplicates when both copies fall in one window.

Memory: the window of claims, one batch being written and one being prepared,
and the ids of sources passed on (to recognise a later part).

Hashes: `claim_hash` covers everything a claim record says; `source_hash` the
source's metadata and the set of its claims' hashes (order does not matter).
Both include `LOADER_VERSION`, so a change of the stored form reloads every
source once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from accusegraph.model import Claim, SourceRef, make_evidence_id

if TYPE_CHECKING:
    from .load import LoadReport

# Bump when the stored form of a claim or the hashes change, so existing sources reload once.
LOADER_VERSION = "accusegraph-load/4"

# Claims held while grouping by source (a parsed claim takes about 5 KiB).
LOOKAHEAD_CLAIMS = 10_000


# ------------------------------------------------------------------ hashes

def claim_hash(claim: Claim) -> str:
    """A hash of everything a claim record says."""
    return hashlib.sha256(f"{LOADER_VERSION}\n{claim.model_dump_json()}".encode("utf-8")).hexdigest()


def hash_of_claim_set(source: SourceRef, claim_hashes: Iterable[str]) -> str:
    """A hash of a source's metadata and the hashes of its claims (in any order)."""
    text = "\n".join([LOADER_VERSION, source.model_dump_json(), *sorted(claim_hashes)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_hash(source: SourceRef, claims: Iterable[Claim]) -> str:
    """A hash of a source's metadata and its whole claim set (order does not matter)."""
    return hash_of_claim_set(source, (claim_hash(c) for c in claims))


# ------------------------------------------------------------------ rows

def pair_key(actor_id: str, target_id: str | None) -> list[str] | None:
    """The `pair` property of a claim by `actor_id` against `target_id` (None without a target).

    A list, so no two pairs of ids can make the same key (a joined string could:
    "a>b" + ">" + "c" is "a" + ">" + "b>c"); the index `claim_pair` finds every
    claim between two actors by it, without reading either actor's other claims.
    """
    return None if target_id is None else [actor_id, target_id]


def _published(value: str | None) -> tuple[dt.date | None, str | None]:
    """A Neo4j date for `published`, plus the original text when the date alone loses something."""
    if not value:
        return None, None
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None, value
    return day, (None if value == day.isoformat() else value)


def source_row(source: SourceRef, content_hash: str) -> dict[str, Any]:
    """The properties of a Source node."""
    published, published_text = _published(source.published)
    return {"id": source.id, "url": source.url, "title": source.title,
            "publisher": source.publisher, "published": published,
            "published_text": published_text, "hash": content_hash}


def claim_row(claim: Claim, content_hash: str, resolve: dict[str, str]) -> dict[str, Any]:
    """One claim as the `$rows` entry of the write statement; `resolve` maps merged actor ids to kept ones."""
    actor, target, codes, evidence = claim.actor, claim.target, claim.codes, claim.evidence
    actor_id = resolve.get(actor.id, actor.id)
    target_id = resolve.get(target.id, target.id) if target else None
    return {
        "id": claim.id, "source_id": claim.source.id, "hash": content_hash,
        "actor_id": actor_id, "actor_name": actor.name, "actor_kind": actor.kind,
        "target_id": target_id, "pair": pair_key(actor_id, target_id),
        "target_name": target.name if target else None,
        "target_kind": target.kind if target else None,
        "action": claim.action, "allegation": claim.allegation, "quote": claim.quote,
        "start": claim.span[0], "end": claim.span[1],
        "hedged": claim.hedged, "negated": claim.negated, "confidence": claim.confidence,
        "extractor": claim.extractor, "responds_to": claim.responds_to,
        "plover": codes.plover if codes else None, "cameo": codes.cameo if codes else None,
        "ev_id": make_evidence_id(claim.id), "ev_status": evidence.status,
        "ev_description": evidence.description,
    }


# ------------------------------------------------------------------ grouping

@dataclass
class SourceGroup:
    """Claims of one source, sorted by id, with their hashes; `merge` for a later part of a source."""

    source: SourceRef
    claims: list[Claim]
    hashes: list[str]
    hash: str
    merge: bool = False


def _group(claims: Iterable[Claim], merge: bool) -> SourceGroup:
    members = sorted(claims, key=lambda c: c.id)
    hashes = [claim_hash(c) for c in members]
    # Claims may disagree on a source's metadata; the first by claim id decides, in any input order.
    source = members[0].source
    return SourceGroup(source, members, hashes, hash_of_claim_set(source, hashes), merge)


def source_group_stream(claims: Iterable[Claim], report: "LoadReport", batch_size: int,
                        window: int | None = None) -> Iterator[SourceGroup]:
    """Whole claim sets per source, in order of first appearance (see the module rule).

    Counts `report.claims_read` and `report.duplicates` as it reads.
    """
    limit = max(LOOKAHEAD_CLAIMS if window is None else window, 2 * batch_size)
    held: OrderedDict[str, dict[str, Claim]] = OrderedDict()  # source id -> claim id -> claim
    home: dict[str, str] = {}                                  # claim id -> source id, for held claims
    passed: set[str] = set()
    size = 0

    def pop_oldest() -> SourceGroup | None:
        nonlocal size
        sid, members = held.popitem(last=False)
        for cid in members:
            del home[cid]
        size -= len(members)
        if not members:  # every claim it had was repeated later under another source
            return None
        group = _group(members.values(), merge=sid in passed)
        passed.add(sid)
        return group

    for claim in claims:
        report.claims_read += 1
        before = home.get(claim.id)
        if before is not None:
            report.duplicates += 1
            del held[before][claim.id]  # the last record decides, including its source
            size -= 1
        sid = claim.source.id
        held.setdefault(sid, {})[claim.id] = claim
        home[claim.id] = sid
        size += 1
        while size > limit:
            group = pop_oldest()
            if group is not None:
                yield group
    while held:
        group = pop_oldest()
        if group is not None:
            yield group


def batches(groups: Iterable[SourceGroup], batch_size: int) -> Iterator[list[SourceGroup]]:
    """Whole sources packed into batches of at most `batch_size` claims (a bigger source alone).

    Two parts of one source never share a batch (the second is merged into what
    the first wrote), nor do two records of one claim id that the window did not
    bring together (the later one moves the claim, as the last record decides).
    """
    batch: list[SourceGroup] = []
    sources: set[str] = set()
    claim_ids: set[str] = set()
    for group in groups:
        if batch and (len(claim_ids) + len(group.claims) > batch_size or group.source.id in sources
                      or any(c.id in claim_ids for c in group.claims)):
            yield batch
            batch, sources, claim_ids = [], set(), set()
        batch.append(group)
        sources.add(group.source.id)
        claim_ids.update(c.id for c in group.claims)
    if batch:
        yield batch
