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

What an input cannot vouch for is never deleted. Replacing a source deletes its
stored claims that the input does not hold; two things make "not in the input"
mean "not read" rather than "no longer extracted", and for them the loader
keeps stored claims instead (each said in a note, through `load_claims(note=)`):

- **A rejected line** (`rejected`, the reader's list of RecordErrors, read as it
  grows): the source it names, or, when the line cannot be read far enough to
  name one, the sources of the claims just before and just after it (`extract`
  writes a source's claims together), is merged, not replaced (`SourceGroup.rejected`).
- **A file cut in the middle of a source** (`guard_cut`; `load` of a file, not
  `ingest`, whose articles always come whole): only the input's first source
  (of its first claim) and last source (of its last claim; while reading, the
  source being read, which may turn out to be the last) can be cut. A cut keeps
  a prefix or a suffix of the source's claims, which `extract` writes in article
  order (by span start). So a stored claim that the input's first source does
  not hold and that starts at or before every claim of it there (it may be in
  the part before the cut), or, for the last source, at or after every claim of
  it there, is kept (`SourceGroup.cut_before` / `cut_after`, applied by the
  loader); stored claims among the input's claims of the source are replaced
  as usual. An article extracted again comes whole, so its changed claims are
  replaced; only an old claim before its first or after its last new claim is
  kept, with a note (`load --replace` drops it). Across runs this makes the two
  halves of a cut file, loaded in any order, and the whole file after either,
  end with every claim.

Limit: a source whose claims are spread farther apart than the window in a cut
file has its first part replaced before the cut is seen; `extract` never writes
one.

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
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from accusegraph.errors import RecordError
from accusegraph.model import Claim, SourceRef, make_evidence_id

if TYPE_CHECKING:
    from .load import LoadReport

# Bump when the stored form of a claim or the hashes change, so existing sources reload once.
LOADER_VERSION = "accusegraph-load/5"

# Claims held while grouping by source (a parsed claim takes about 5 KiB).
LOOKAHEAD_CLAIMS = 10_000


# ------------------------------------------------------------------ hashes

def claim_hash(claim: Claim) -> str:
    """A hash of everything a claim record says (no `speaks_for` hashes as before the field
    existed, so graphs loaded earlier are not reloaded for it)."""
    text = claim.model_dump_json(exclude=claim.left_out())
    return hashlib.sha256(f"{LOADER_VERSION}\n{text}".encode("utf-8")).hexdigest()


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
    body = claim.speaks_for
    actor_id = resolve.get(actor.id, actor.id)
    target_id = resolve.get(target.id, target.id) if target else None
    return {
        "id": claim.id, "source_id": claim.source.id, "hash": content_hash,
        "actor_id": actor_id, "actor_name": actor.name, "actor_kind": actor.kind,
        "target_id": target_id, "pair": pair_key(actor_id, target_id),
        "target_name": target.name if target else None,
        "target_kind": target.kind if target else None,
        "speaks_for_id": resolve.get(body.id, body.id) if body else None,
        "speaks_for_name": body.name if body else None,
        "speaks_for_kind": body.kind if body else None,
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
    """Claims of one source, sorted by id, with their hashes; `merge` for a later part of a source.

    `rejected` (FILE:LINE of a rejected line of the source, which makes it a
    merge too), `cut_before` and `cut_after`: see the module rule.
    """

    source: SourceRef
    claims: list[Claim]
    hashes: list[str]
    hash: str
    merge: bool = False
    rejected: str | None = None
    cut_before: bool = False
    cut_after: bool = False


def _group(claims: Iterable[Claim], merge: bool) -> SourceGroup:
    members = sorted(claims, key=lambda c: c.id)
    hashes = [claim_hash(c) for c in members]
    # Claims may disagree on a source's metadata; the first by claim id decides, in any input order.
    source = members[0].source
    return SourceGroup(source, members, hashes, hash_of_claim_set(source, hashes), merge)


def source_group_stream(claims: Iterable[Claim], report: "LoadReport", batch_size: int,
                        window: int | None = None, *, rejected: Sequence[RecordError] | None = None,
                        guard_cut: bool = False,
                        note: Callable[[str], None] | None = None) -> Iterator[SourceGroup]:
    """Whole claim sets per source, in order of first appearance (see the module rule).

    Counts `report.claims_read` and `report.duplicates` as it reads. `rejected`
    is the list the reader appends bad lines to while `claims` is read.
    """
    limit = max(LOOKAHEAD_CLAIMS if window is None else window, 2 * batch_size)
    held: OrderedDict[str, dict[str, Claim]] = OrderedDict()  # source id -> claim id -> claim
    home: dict[str, str] = {}                                  # claim id -> source id, for held claims
    passed: set[str] = set()
    tainted: dict[str, str] = {}                               # source id -> FILE:LINE of a rejected line of it
    first_sid: str | None = None
    last_sid: str | None = None
    seen_bad = 0
    size = 0

    def taint(sid: str | None, err: RecordError) -> None:
        if sid is None or sid in tainted:
            return
        tainted[sid] = f"{err.file}:{err.line}"
        if sid in passed and note is not None:  # only a source spread wider than the window
            note(f"{err.file}:{err.line}: rejected after source {sid} was written: a stored claim of it that "
                 "this input does not hold may have been deleted; fix the line and load it again")

    def read_rejected(next_sid: str | None) -> None:
        nonlocal seen_bad
        if rejected is None or len(rejected) == seen_bad:
            return
        for err in rejected[seen_bad:]:
            if err.source is not None:
                taint(err.source, err)
            else:  # a line that names no source: those of its neighbours
                taint(last_sid, err)
                taint(next_sid, err)
        seen_bad = len(rejected)

    def pop_oldest() -> SourceGroup | None:
        nonlocal size
        sid, members = held.popitem(last=False)
        for cid in members:
            del home[cid]
        size -= len(members)
        if not members:  # every claim it had was repeated later under another source
            return None
        group = _group(members.values(), merge=sid in passed or sid in tainted)
        if sid not in passed:
            group.rejected = tainted.get(sid)
            group.cut_before = guard_cut and sid == first_sid
            group.cut_after = guard_cut and sid == last_sid
        passed.add(sid)
        return group

    for claim in claims:
        report.claims_read += 1
        read_rejected(claim.source.id)
        if first_sid is None:
            first_sid = claim.source.id
        last_sid = claim.source.id
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
    read_rejected(None)
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
