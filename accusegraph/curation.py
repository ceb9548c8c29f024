"""The analyst's corrections as data: one YAML file that every load applies.

The curation file (`curation.yaml`, chosen by `--curation` / `ACCUSEGRAPH_CURATION`,
default `<store folder>/curation.yaml`, see `settings.curation_path`) holds:

    version: 1
    merges:      # these names are one actor, under its canonical name
      - {canonical: Skyvane Robotics, names: [Skyvane Robotics Ltd]}
    splits:      # never merge these two
      - [Kaspersky Lab, Eugene Kaspersky]
    kinds:       # the kind of an actor, whatever the extractor guessed
      Skyvane Robotics: company
    rejected:    # claims that are wrong, by id
      - {id: "clm:...", reason: not an accusation}
    corrected:   # claims with a wrong action, party or hedge, by id
      - {id: "clm:...", action: sanction, actor: ..., target: ..., hedged: false}
    added:       # claims the extractor missed, each grounded in its source's text
      - {source: {id, url, title, publisher, published}, actor: ..., action: deny,
         target: ..., quote: "...", span: [start, end], hedged: false}

Rules:

- **Actors are named, never given by id.** A name stands for the actor whose id
  the model makes from it (`ActorRef.make`), so the file does not depend on how
  ids are spelled. A merge gives the claims of every merged name the canonical
  actor's id and keeps the name each claim used (the quote says it); merges and
  kind fixes apply to the body a claim's actor spoke for (`speaks_for`) as to its
  actor and target. A claim whose curated parties can no longer hold that link
  (its actor fixed or corrected to a non-person, its body fixed to a person, or
  the two merged: `model.speaks_for_problem`) keeps its actor and drops the link.
- **Claims keep their ids.** A corrected claim keeps the id the extractor gave
  it, so the next extraction of the same article meets the same correction and
  the claim is never doubled; an added claim's id is made as the extractor
  makes one (`make_claim_id`), `extractor: manual`.
- **`curate` is pure and idempotent**: claims in, curated claims out, in input
  order, and curating curated claims changes nothing. An added claim comes
  right after the other claims of its source (once; not when the input already
  holds its id), so a source is still one run of claims; an added claim whose
  source is not in the input is not emitted (loading it alone would replace
  that source's stored claims).
- **A malformed file is one error**: `FILE:LINE: where: what is wrong`
  (`InputError`), never a half-applied curation.

Commands rewrite the file in a fixed layout (comments are not kept).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Iterable, Iterator, Literal

import yaml
from pydantic import (BaseModel, ConfigDict, Field, StrictBool, StringConstraints, ValidationError,
                      field_validator, model_validator)

from .errors import InputError
from .model import ACTOR_KINDS, Action, ActorKind, ActorRef, Claim, SourceRef, make_claim_id, speaks_for_problem
from .output import atomic_output

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
ClaimId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Merge(_Entry):
    canonical: Name
    names: tuple[Name, ...] = Field(min_length=1)


class Rejection(_Entry):
    id: ClaimId
    reason: str | None = None


class Correction(_Entry):
    id: ClaimId
    action: Action | None = None
    actor: Name | None = None
    target: Name | None = None
    hedged: StrictBool | None = None
    reason: str | None = None

    @model_validator(mode="after")
    def _changes_something(self) -> "Correction":
        if self.action is None and self.actor is None and self.target is None and self.hedged is None:
            raise ValueError("a correction changes at least one of action, actor, target, hedged")
        return self


class Addition(_Entry):
    source: SourceRef
    actor: Name
    action: Action
    target: Name | None = None
    quote: str = Field(min_length=1)
    span: tuple[int, int]
    hedged: StrictBool = False
    allegation: str | None = None
    reason: str | None = None

    @model_validator(mode="after")
    def _span_fits(self) -> "Addition":
        start, end = self.span
        if start < 0 or end - start != len(self.quote):
            raise ValueError(f"span {list(self.span)} does not cover the quote ({len(self.quote)} characters)")
        return self


class Curation(_Entry):
    """The whole file. Cross-entry rules are checked here (`_consistent`)."""

    version: Literal[1] = 1
    merges: tuple[Merge, ...] = ()
    splits: tuple[tuple[Name, Name], ...] = ()
    kinds: dict[Name, ActorKind] = Field(default_factory=dict)
    rejected: tuple[Rejection, ...] = ()
    corrected: tuple[Correction, ...] = ()
    added: tuple[Addition, ...] = ()

    @field_validator("merges", "splits", "rejected", "corrected", "added", "kinds", mode="before")
    @classmethod
    def _empty_section(cls, value: Any) -> Any:
        return () if value is None else value  # `rejected:` with nothing under it

    @model_validator(mode="after")
    def _consistent(self) -> "Curation":
        owner: dict[str, int] = {}
        for i, merge in enumerate(self.merges):
            for name in (merge.canonical, *merge.names):
                key = actor_key(name)
                if key in owner and owner[key] != i:
                    raise ValueError(f"merges[{i}]: {name!r} is already in merges[{owner[key]}]; "
                                     "put the names of one actor in one merge")
                owner[key] = i
            if actor_key(merge.canonical) in {actor_key(n) for n in merge.names}:
                raise ValueError(f"merges[{i}]: the canonical name {merge.canonical!r} is also in `names`")
        for i, (a, b) in enumerate(self.splits):
            if actor_key(a) == actor_key(b):
                raise ValueError(f"splits[{i}]: {a!r} and {b!r} are one name")
            if actor_key(a) in owner and owner.get(actor_key(a)) == owner.get(actor_key(b)):
                raise ValueError(f"splits[{i}]: {a!r} and {b!r} are merged by merges[{owner[actor_key(a)]}]")
        rejected = {r.id for r in self.rejected}
        for label, ids in (("rejected", [r.id for r in self.rejected]), ("corrected", [c.id for c in self.corrected])):
            twice = sorted({x for x in ids if ids.count(x) > 1})
            if twice:
                raise ValueError(f"{label}: claim {twice[0]} is given twice")
        both = sorted(rejected & {c.id for c in self.corrected})
        if both:
            raise ValueError(f"claim {both[0]} is both rejected and corrected")
        return self


def actor_key(name: str) -> str:
    """The actor a name stands for, as the model identifies actors (its id)."""
    return ActorRef.make(name).id


# ------------------------------------------------------------------ reading and writing

def _node_at(root: yaml.Node | None, loc: tuple[Any, ...]) -> yaml.Node | None:
    """The deepest node of the YAML tree on the path `loc` (pydantic's error location)."""
    node, found = root, root
    for step in loc:
        if isinstance(node, yaml.MappingNode):
            match = [(k, v) for k, v in node.value if k.value == str(step)]
            if not match:
                return found
            key, node = match[0]
            found = key if isinstance(node, yaml.ScalarNode) else node
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = found = node.value[step]
        else:
            return found
    return found


def _where(loc: tuple[Any, ...]) -> str:
    out = ""
    for step in loc:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def _message(err: dict[str, Any]) -> str:
    kind, msg = err["type"], err["msg"]
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "literal_error" and "expected" in err.get("ctx", {}):
        return f"must be one of {err['ctx']['expected']}, got {err['input']!r}"
    if kind == "missing":
        return "is missing"
    return msg.removeprefix("Value error, ")


def parse_curation(text: str, name: str) -> Curation:
    """Read and check a curation file's text (`name` is the file, for messages).

    Raises:
        InputError: `FILE:LINE: entry: what is wrong`, for the first problem found.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(f"{name}{f':{mark.line + 1}' if mark else ''}: not valid YAML "
                         f"({getattr(exc, 'problem', None) or exc})") from None
    if data is None:
        return Curation()
    if not isinstance(data, dict):
        raise InputError(f"{name}: expected a mapping of sections (version, merges, splits, kinds, "
                         "rejected, corrected, added)")
    try:
        return Curation.model_validate(data)
    except ValidationError as exc:
        # an unknown key first: a misspelt key also makes the key it meant missing
        err = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")[0]
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith(("function-", "tuple["))))
        node = _node_at(root, loc)
        line = f":{node.start_mark.line + 1}" if node is not None else ""
        known = ""
        if err["type"] == "extra_forbidden":
            fields = _fields_at(loc[:-1])
            close = difflib.get_close_matches(str(loc[-1]), fields, n=1, cutoff=0.6)
            known = f" (did you mean `{close[0]}`?)" if close else f" (known: {', '.join(fields)})"
        where = _where(loc)
        raise InputError(f"{name}{line}: {where + ': ' if where else ''}{_message(err)}{known}") from None


def _fields_at(loc: tuple[Any, ...]) -> list[str]:
    """The keys a mapping at `loc` may have (for "did you mean")."""
    model: type[BaseModel] = Curation
    section = {"merges": Merge, "rejected": Rejection, "corrected": Correction, "added": Addition}
    if loc and loc[0] in section:
        model = section[loc[0]]
        if len(loc) > 2 and loc[2] == "source":
            model = SourceRef
    return list(model.model_fields)


def read_curation(path: Path) -> Curation:
    """The curation file at `path`; an empty curation when there is none yet.

    Raises:
        InputError: the file is not a readable, valid curation file.
    """
    if not path.exists():
        return Curation()
    if path.is_dir():
        raise InputError(f"{path}: is a folder; the curation file is a YAML file (--curation PATH)")
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; a curation file is YAML") from None
    return parse_curation(text, str(path))


_HEADER = """\
# accusegraph curation: applied on every load, ingest, export and analyze.
# Written by `accusegraph actors ...` and `accusegraph claims ...`; you may edit it
# (comments are not kept when a command writes it again). Format: README, "Correcting the graph".
"""


def dump_curation(curation: Curation) -> str:
    """The file's text: the sections in a fixed order, empty ones left out, no nulls."""
    data = curation.model_dump(mode="json", exclude_none=True)
    out = {"version": data["version"]}
    for key in ("merges", "splits", "kinds", "rejected", "corrected", "added"):
        if data[key]:
            out[key] = data[key]
    return _HEADER + yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=100)


def write_curation(path: Path, curation: Curation) -> None:
    """Write the file whole (atomically: a failed write leaves the old one)."""
    with atomic_output(path) as fh:
        fh.write(dump_curation(curation))


# ------------------------------------------------------------------ applying (pure)

@dataclass
class _Plan:
    """The curation as lookups by actor id and claim id."""

    rejected: set[str]
    corrected: dict[str, Correction]
    kind_of: dict[str, str]              # actor id -> fixed kind
    canonical: dict[str, str]            # actor id of a merged name -> canonical name
    added: dict[str, list[Claim]] = field(default_factory=dict)  # source id -> added claims

    def __bool__(self) -> bool:
        return bool(self.rejected or self.corrected or self.kind_of or self.canonical or self.added)


def actor_ids(name: str) -> set[str]:
    """Every id the model gives `name`, whatever kind it is guessed (one, when ids ignore kinds)."""
    return {ActorRef.make(name, kind).id for kind in ACTOR_KINDS}


def _plan(curation: Curation) -> _Plan:
    kind_of = {aid: kind for name, kind in curation.kinds.items() for aid in actor_ids(name)}
    canonical = {aid: merge.canonical for merge in curation.merges for name in (merge.canonical, *merge.names)
                 for aid in actor_ids(name)}
    plan = _Plan({r.id for r in curation.rejected}, {c.id: c for c in curation.corrected}, kind_of, canonical)
    for addition in curation.added:
        plan.added.setdefault(addition.source.id, []).append(_added(addition, plan))
    return plan


def _resolved(ref: ActorRef, plan: _Plan) -> ActorRef:
    """The actor a reference stands for after kind fixes and merges (the claim keeps its name for it)."""
    kind = plan.kind_of.get(ref.id, ref.kind)
    canonical = plan.canonical.get(ref.id)
    if canonical is not None:
        kind = plan.kind_of.get(ActorRef.make(canonical, kind).id, kind)
        new_id = ActorRef.make(canonical, kind).id
    elif kind != ref.kind and ActorRef.make(ref.name, ref.kind).id == ref.id:
        new_id = ActorRef.make(ref.name, kind).id  # where ids hold the kind, the fixed kind's id
    else:
        new_id = ref.id
    if new_id == ref.id and kind == ref.kind:
        return ref
    return ActorRef(id=new_id, name=ref.name, kind=kind)


def _named(name: str, plan: _Plan, like: ActorRef | None) -> ActorRef:
    """An actor given by name in a correction or an addition, with the kind the curation (or `like`,
    the party it replaces, when it is the same actor) gives it."""
    same = like is not None and ActorRef.make(name, like.kind).id == like.id
    return _resolved(ActorRef.make(name, like.kind if same else "unknown"), plan)


def _corrected(claim: Claim, fix: Correction, plan: _Plan) -> Claim:
    update: dict[str, Any] = {}
    if fix.action is not None and fix.action != claim.action:
        update["action"] = fix.action
        update["codes"] = None  # made again for the new action
    if fix.hedged is not None:
        update["hedged"] = fix.hedged
    if fix.actor is not None:
        actor = _named(fix.actor, plan, claim.actor)
        update["actor"] = actor.model_dump()
        if claim.speaks_for is not None and speaks_for_problem(actor, claim.speaks_for):
            update["speaks_for"] = None
    if fix.target is not None:
        update["target"] = _named(fix.target, plan, claim.target).model_dump()
    if not update:
        return claim
    return Claim.model_validate({**claim.model_dump(), **update})


def _curated(claim: Claim, plan: _Plan) -> Claim | None:
    if claim.id in plan.rejected:
        return None
    fix = plan.corrected.get(claim.id)
    if fix is not None:
        claim = _corrected(claim, fix, plan)
    actor = _resolved(claim.actor, plan)
    target = _resolved(claim.target, plan) if claim.target is not None else None
    body = _resolved(claim.speaks_for, plan) if claim.speaks_for is not None else None
    if body is not None and speaks_for_problem(actor, body):
        body = None
    if actor is claim.actor and target is claim.target and body is claim.speaks_for:
        return claim
    return claim.model_copy(update={"actor": actor, "target": target, "speaks_for": body})


def _added(addition: Addition, plan: _Plan) -> Claim:
    actor = _named(addition.actor, plan, None)
    target = _named(addition.target, plan, None) if addition.target else None
    source = addition.source
    claim_id = make_claim_id(source.id, actor.id, addition.action, target.id if target else None, addition.span)
    return Claim(id=claim_id, actor=actor, action=addition.action, target=target,
                 allegation=addition.allegation, quote=addition.quote, span=addition.span,
                 hedged=addition.hedged, source=source, extractor="manual", confidence=1.0)


def added_claims(curation: Curation) -> list[Claim]:
    """The claims the curation adds, in the file's order, each with the source metadata it recorded."""
    plan = _plan(curation)
    return [_added(addition, plan) for addition in curation.added]


def curate(claims: Iterable[Claim], curation: Curation) -> Iterator[Claim]:
    """The claims with the curation applied: rejected ones dropped, corrections, kind fixes and
    merges applied, added claims after the other claims of their source (see the module rules)."""
    plan = _plan(curation)
    if not plan:
        yield from claims
        return
    added_ids = {c.id for claims in plan.added.values() for c in claims}
    given: set[str] = set()     # added claims given out already (or met in the input)
    current: SourceRef | None = None

    def additions() -> Iterator[Claim]:
        for claim in plan.added.get(current.id, ()) if current is not None else ():
            if claim.id not in given:
                given.add(claim.id)
                # the input's metadata of the source, so its claim set hashes as one
                yield claim if claim.source == current else claim.model_copy(update={"source": current})

    for claim in claims:
        if current is None or claim.source.id != current.id:
            yield from additions()
            current = claim.source
        out = _curated(claim, plan)
        if out is not None:
            if out.id in added_ids:
                given.add(out.id)
            yield out
    yield from additions()


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """The span of `quote` in `text` (its first occurrence), or None."""
    start = text.find(quote)
    return None if start < 0 or not quote else (start, start + len(quote))
