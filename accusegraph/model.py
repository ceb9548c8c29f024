"""The one record type that flows through every stage: the claim (see README).

Invariants enforced here, whoever produced the record:
- `action` is one of the ten actions of `data/actions.yaml`;
- kinds and evidence statuses come from fixed vocabularies;
- `span` is `[start, end]` with `0 <= start < end` and `end - start == len(quote)`
  (that `text[start:end] == quote` is checked by the extractor, which has the text);
- ids are deterministic functions of their content (`make_*_id`), so the same
  article gives the same ids on every run;
- what Neo4j indexes fits its index: ids at most `MAX_ID_BYTES` and names and
  publishers at most `MAX_NAME_BYTES` of UTF-8 (a range index refuses a key
  over about 8 KB, and `Claim.pair` holds two actor ids);
- `hedged` and `negated` are JSON true or false, nothing that merely reads as one;
- `published` is a real date (YYYY-MM-DD) or ISO datetime; anything else is
  dropped to null (reading claims JSONL, `parse_claim_line` reports it as a
  warning), so an export never holds an impossible `xsd:date`.

Claims JSONL is one `Claim` a line; `read_claims` validates every line and reports
a bad one as `FILE:LINE: what is wrong` (a line with a lone surrogate, which no
UTF-8 output can hold, is one too). A UTF-8 byte-order mark before the first line
is read past.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Literal

import yaml
from pydantic import (BaseModel, ConfigDict, Field, StrictBool, ValidationError, ValidationInfo, field_validator,
                      model_validator)

from .errors import InputError, RecordError, counted

ActorKind = Literal[
    "person", "organization", "company", "government", "state",
    "international_org", "media", "group", "unknown",
]
ACTOR_KINDS: tuple[str, ...] = ActorKind.__args__  # type: ignore[attr-defined]

EvidenceStatus = Literal["cited", "none_public", "not_mentioned"]
EVIDENCE_STATUSES: tuple[str, ...] = EvidenceStatus.__args__  # type: ignore[attr-defined]

Action = Literal[
    "accuse", "criticize", "deny", "dispute", "defend",
    "sanction", "sue", "cut_ties", "investigate", "threaten",
]
ACTIONS: tuple[str, ...] = Action.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ActionInfo:
    """One action of `data/actions.yaml`; the file's keys are these fields but `name`."""

    name: str
    description: str
    rel_type: str
    plover: str
    cameo: str
    accusing: bool            # its target is accused (`ACCUSING_ACTIONS`)
    response: bool            # it answers an earlier claim (`RESPONSE_ACTIONS`)
    answerable: int | None    # rank among the claims a response answers, or None (`ANSWERABLE_ACTIONS`)


ACTIONS_FILE = "accusegraph/data/actions.yaml"
_TEXT_KEYS = ("description", "rel_type", "plover", "cameo")
_FLAG_KEYS = ("accusing", "response")
_ACTION_KEYS = (*_TEXT_KEYS, *_FLAG_KEYS, "answerable")


def _node_line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _node_value(node: yaml.Node) -> object:
    if not isinstance(node, yaml.ScalarNode):
        return node
    return yaml.constructor.SafeConstructor().construct_object(node)


def parse_actions(text: str, name: str) -> dict[str, ActionInfo]:
    """Read and check an action vocabulary (`name` is the file, for messages).

    Every action of `ACTIONS` is given once, with every key of `ActionInfo`:
    text for the description and codes, true or false for `accusing` and
    `response`, and for `answerable` a rank (1, 2, ...: the first answered
    when two claims are as near) or null. Anything else raises InputError
    naming the file, the line and the action.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(f"{name}{f':{mark.line + 1}' if mark else ''}: not valid YAML") from None
    if not isinstance(root, yaml.MappingNode):
        raise InputError(f"{name}: expected a mapping of action -> {{{', '.join(_ACTION_KEYS)}}}")
    table: dict[str, ActionInfo] = {}
    ranks: dict[int, str] = {}
    for knode, vnode in root.value:
        action = _node_value(knode)
        where = f"{name}:{_node_line(knode)}"
        if action not in ACTIONS:
            raise InputError(f"{where}: unknown action {action!r}; the actions are {', '.join(ACTIONS)}")
        if action in table:
            raise InputError(f"{where}: action `{action}` is given twice")
        if not isinstance(vnode, yaml.MappingNode):
            raise InputError(f"{where}: `{action}` must map to {{{', '.join(_ACTION_KEYS)}}}")
        fields: dict[str, object] = {}
        for fk, fv in vnode.value:
            key, value = _node_value(fk), _node_value(fv)
            at = f"{name}:{_node_line(fk)}: `{action}.{key}`"
            if key not in _ACTION_KEYS:
                close = difflib.get_close_matches(str(key), _ACTION_KEYS, n=1, cutoff=0.6)
                hint = f" (did you mean `{close[0]}`?)" if close else f" (known: {', '.join(_ACTION_KEYS)})"
                raise InputError(f"{name}:{_node_line(fk)}: unknown key `{action}.{key}`{hint}")
            if key in fields:
                raise InputError(f"{at} is given twice")
            if key in _TEXT_KEYS and not (isinstance(value, str) and value.strip()):
                raise InputError(f"{at} must be text (quote codes: \"112\"), got {value!r}")
            if key in _FLAG_KEYS and not isinstance(value, bool):
                raise InputError(f"{at} must be true or false, got {value!r}")
            if key == "answerable" and value is not None:
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    raise InputError(f"{at} must be a rank (1, 2, ...) or null, got {value!r}")
                if value in ranks:
                    raise InputError(f"{at}: rank {value} is already `{ranks[value]}`'s")
                ranks[value] = action
            fields[key] = value
        missing = [k for k in _ACTION_KEYS if k not in fields]
        if missing:
            raise InputError(f"{where}: `{action}` has no {', '.join(f'`{k}`' for k in missing)}")
        table[action] = ActionInfo(name=action, **fields)  # type: ignore[arg-type]
    if set(table) != set(ACTIONS):
        raise InputError(f"{name}: missing action{'s' if len(set(ACTIONS) - set(table)) > 1 else ''} "
                         f"{', '.join(a for a in ACTIONS if a not in table)}")
    return table


@lru_cache(maxsize=1)
def action_table() -> dict[str, ActionInfo]:
    """The action vocabulary, read once from `data/actions.yaml` and checked."""
    text = resources.files("accusegraph").joinpath("data/actions.yaml").read_text("utf-8")
    return parse_actions(text, ACTIONS_FILE)


# The action families, in the file's order; each has its one home in actions.yaml.
# Accusing: an actor is accused by these (most-accused, `accusations`, `accusers`).
ACCUSING_ACTIONS: tuple[str, ...] = tuple(a for a, i in action_table().items() if i.accusing)
# Responses: they answer an earlier claim (`responds_to`).
RESPONSE_ACTIONS: tuple[str, ...] = tuple(a for a, i in action_table().items() if i.response)
# What a response may answer, in rank order (the first wins between equally near claims).
ANSWERABLE_ACTIONS: tuple[str, ...] = tuple(sorted(
    (a for a, i in action_table().items() if i.answerable is not None),
    key=lambda a: action_table()[a].answerable))  # type: ignore[arg-type, return-value]


def rel_type_for(action: str) -> str:
    """The derived actor-to-actor relationship type of an action (fixed allow-list)."""
    return action_table()[action].rel_type


# CAMEO 1121..1125 refine "accuse" by what is alleged.
_CAMEO_ALLEGATION = [
    ("1125", re.compile(r"\b(spy|spying|espionage|intelligence|surveillance|hack|hacking|hacked|cyber)", re.I)),
    ("1124", re.compile(r"\b(war crime|genocide|crimes? against humanity|atrocit)", re.I)),
    ("1123", re.compile(r"\b(aggression|invasion|invade|attack|military|poison|assassinat|shot down|missile)", re.I)),
    ("1122", re.compile(r"\b(human rights|torture|detention|persecut|forced labou?r|repression|abuse)", re.I)),
    ("1121", re.compile(r"\b(crime|criminal|corrupt|fraud|bribe|launder|manipulat|illegal|unlawful|theft|steal)", re.I)),
]


def codes_for(action: str, allegation: str | None = None) -> "Codes":
    """PLOVER and CAMEO codes of an action, refined by the allegation for accusations."""
    info = action_table()[action]
    cameo = info.cameo
    if action == "accuse" and allegation:
        for code, pattern in _CAMEO_ALLEGATION:
            if pattern.search(allegation):
                cameo = code
                break
    return Codes(plover=info.plover, cameo=cameo)


# ---------------------------------------------------------------- ids

def _digest(*parts: object, size: int = 16) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:size]


def slugify(name: str) -> str:
    """A stable, lower-case ASCII slug of a name (`Kaspersky Lab` -> `kaspersky-lab`)."""
    norm = unicodedata.normalize("NFKD", name)
    ascii_ = norm.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")
    return slug or _digest(name, size=12)


# An actor id's slug is cut here (and made unique by a digest of the whole name),
# so an id made from any name the model accepts stays far under MAX_ID_BYTES.
_MAX_SLUG = 240


def make_actor_id(name: str) -> str:
    """An actor's id: `actor:` and the slug of its canonical name, never its guessed kind.

    The same company guessed a person in one article and an organisation in
    another is one actor; different real actors have different canonical names
    ("Eugene Kaspersky", "Kaspersky Lab"), which the gazetteer and the user's
    alias file give. Kind is an attribute (see graph/rules.py `settled_kind`).
    """
    slug = slugify(name)
    if len(slug) > _MAX_SLUG:
        slug = f"{slug[:_MAX_SLUG - 17].rstrip('-')}-{_digest(name)}"
    return f"{ACTOR_ID_PREFIX}{slug}"


ACTOR_ID_PREFIX = "actor:"


def upgrade_actor_id(actor_id: str) -> str:
    """The id of an actor as named before ids left out the kind: `company:kaspersky-lab` ->
    `actor:kaspersky-lab`; any other id unchanged (a hand-made id keeps its form)."""
    kind, sep, slug = actor_id.partition(":")
    return f"{ACTOR_ID_PREFIX}{slug}" if sep and slug and kind in ACTOR_KINDS else actor_id


def upgrade_claim(claim: "Claim", renamed: dict[str, str] | None = None) -> "Claim":
    """A claim as this version writes it, from a record of an older one (`kind:slug` actor ids).

    The actor, target and `speaks_for` ids drop the kind; a claim id that is the old hash of
    the claim (`make_claim_id` over the old actor ids) becomes the new hash, and
    `renamed` (old claim id -> new, filled in as claims are upgraded) renames a
    `responds_to` naming a claim met before. A current record comes back as it is.
    """
    actor, target, body = claim.actor, claim.target, claim.speaks_for
    actor_id = upgrade_actor_id(actor.id)
    target_id = upgrade_actor_id(target.id) if target else None
    body_id = upgrade_actor_id(body.id) if body else None
    answers = claim.responds_to
    if renamed is not None and answers in renamed:
        answers = renamed[answers]
    if (actor_id == actor.id and (target is None or target_id == target.id) and (body is None or body_id == body.id)
            and answers == claim.responds_to):
        return claim
    claim_id = claim.id
    if claim_id == make_claim_id(claim.source.id, actor.id, claim.action, target.id if target else None, claim.span):
        claim_id = make_claim_id(claim.source.id, actor_id, claim.action, target_id, claim.span)
        if renamed is not None:
            renamed[claim.id] = claim_id
    return claim.model_copy(update={
        "id": claim_id, "responds_to": answers, "actor": actor.model_copy(update={"id": actor_id}),
        "target": target.model_copy(update={"id": target_id}) if target else None,
        "speaks_for": body.model_copy(update={"id": body_id}) if body else None})


def make_source_id(url: str | None, text: str | None = None) -> str:
    """A hash of the canonical URL, or of the text where there is none."""
    if url:
        return "src:" + _digest("url", canonical_url(url))
    return "src:" + _digest("text", text or "")


def canonical_url(url: str) -> str:
    """Drop the fragment, a trailing slash and the scheme's case so one page has one id."""
    url = url.strip()
    url = url.split("#", 1)[0]
    m = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://([^/?]*)(.*)$", url)
    if not m:
        return url
    scheme, host, rest = m.group(1).lower(), m.group(2).lower(), m.group(3)
    if rest.endswith("/") and "?" not in rest:
        rest = rest.rstrip("/")
    return f"{scheme}://{host}{rest}"


def make_claim_id(source_id: str, actor_id: str, action: str, target_id: str | None,
                  span: tuple[int, int] | list[int]) -> str:
    return "clm:" + _digest(source_id, actor_id, action, target_id or "", span[0], span[1])


def make_evidence_id(claim_id: str) -> str:
    return "ev:" + claim_id.split(":", 1)[-1]


# ---------------------------------------------------------------- records

def speaks_for_problem(actor: "ActorRef", body: "ActorRef") -> str | None:
    """Why a claim by `actor` cannot record that it spoke for `body`, or None when it can.

    Only a named person speaks for a body, never for another person nor for itself.
    """
    if actor.kind != "person":
        return (f"speaks_for: only a person speaks for a body, but actor {actor.name!r} "
                f"is of kind {actor.kind!r}")
    if body.kind == "person":
        return f"speaks_for: {body.name!r} is a person; a person speaks for a body (state, company, ...)"
    if body.id == actor.id:
        return f"speaks_for: the actor {actor.name!r} cannot speak for itself"
    return None


# Neo4j's range indexes (and the id uniqueness constraints) refuse a key over
# about 8 KB; a claim that carried one would fail its whole batch, on every rerun.
# Ids are at most MAX_ID_BYTES of UTF-8 (`Claim.pair`, indexed, holds two actor
# ids), indexed names (actor and target names, the publisher) MAX_NAME_BYTES.
MAX_ID_BYTES = 2_000
MAX_NAME_BYTES = 2_000


def _too_big(field: str, value: str | None, limit: int) -> str | None:
    """Why `value` cannot be stored in an index, or None when it can (UTF-8 bytes)."""
    if value is None or len(value) * 4 <= limit:  # a character is at most 4 bytes: the usual case, no encoding
        return None
    size = len(value.encode("utf-8", "surrogatepass"))
    if size <= limit:
        return None
    return (f"{field}: {size:,} bytes of UTF-8, over the limit of {limit:,} "
            f"(Neo4j cannot index a value that big)")


@lru_cache(maxsize=4096)  # a source's claims repeat its date
def _real_date(value: str) -> bool:
    """A real date (YYYY-MM-DD) or ISO datetime: 2017-13-45 and 2017-02-30 are not."""
    if not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value[:10])
        if len(value) > 10:
            dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class ActorRef(_Record):
    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    kind: ActorKind = "unknown"

    @classmethod
    def make(cls, name: str, kind: str = "unknown") -> "ActorRef":
        return cls(id=make_actor_id(name), name=name, kind=kind)


class Evidence(_Record):
    status: EvidenceStatus = "not_mentioned"
    description: str | None = None


class SourceRef(_Record):
    id: str = Field(min_length=1)
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime

    @field_validator("published")
    @classmethod
    def _iso_date(cls, v: str | None, info: ValidationInfo) -> str | None:
        """No date rather than an impossible one; said in `context["notes"]` when the reader gave one."""
        if v is None or v == "":
            return None
        if not _real_date(v):
            if isinstance(info.context, dict) and isinstance(info.context.get("notes"), list):
                info.context["notes"].append(
                    f"source.published: {v!r} is not a real date (YYYY-MM-DD or ISO datetime); dropped")
            return None
        return v


class Codes(_Record):
    plover: str
    cameo: str


class Claim(_Record):
    id: str = Field(min_length=1)
    actor: ActorRef
    action: Action
    target: ActorRef | None = None
    allegation: str | None = None
    evidence: Evidence = Evidence()
    quote: str = Field(min_length=1)
    span: tuple[int, int]
    hedged: StrictBool = False
    negated: StrictBool = False
    responds_to: str | None = None
    source: SourceRef
    extractor: str = "manual"
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    codes: Codes | None = None
    # The body (state, government, company, ...) that the actor, a named person, spoke
    # or acted for in this claim ("Kremlin spokesman Dmitry Peskov": Peskov for Russia).
    speaks_for: ActorRef | None = None

    @model_validator(mode="after")
    def _check(self) -> "Claim":
        start, end = self.span
        if start < 0 or end <= start:
            raise ValueError(f"span {list(self.span)} must be [start, end] with 0 <= start < end")
        if end - start != len(self.quote):
            raise ValueError(
                f"span {list(self.span)} covers {end - start} characters but quote has {len(self.quote)}")
        actor, target, source, body = self.actor, self.target, self.source, self.speaks_for
        if body is not None:
            why = speaks_for_problem(actor, body)
            if why:
                raise ValueError(why)
        chars = (len(self.id) + len(actor.id) + len(actor.name) + len(source.id) + len(source.publisher or "")
                 + len(self.responds_to or "") + (len(target.id) + len(target.name) if target else 0)
                 + (len(body.id) + len(body.name) if body else 0))
        if 4 * chars > min(MAX_ID_BYTES, MAX_NAME_BYTES):  # else no field can be over (the usual case)
            self._check_index_sizes()
        if self.codes is None:
            object.__setattr__(self, "codes", codes_for(self.action, self.allegation))
        return self

    def _check_index_sizes(self) -> None:
        target, body = self.target, self.speaks_for
        for field, value, limit in (
                ("id", self.id, MAX_ID_BYTES), ("actor.id", self.actor.id, MAX_ID_BYTES),
                ("actor.name", self.actor.name, MAX_NAME_BYTES),
                ("target.id", target.id if target else None, MAX_ID_BYTES),
                ("target.name", target.name if target else None, MAX_NAME_BYTES),
                ("speaks_for.id", body.id if body else None, MAX_ID_BYTES),
                ("speaks_for.name", body.name if body else None, MAX_NAME_BYTES),
                ("source.id", self.source.id, MAX_ID_BYTES),
                ("source.publisher", self.source.publisher, MAX_NAME_BYTES),
                ("responds_to", self.responds_to, MAX_ID_BYTES)):
            why = _too_big(field, value, limit)
            if why:
                raise ValueError(why)

    def left_out(self) -> set[str] | None:
        """The fields a record leaves out (`exclude` of a dump): `speaks_for` when unset, so a
        claim without one is written, and hashed, exactly as before the field existed."""
        return None if self.speaks_for else {"speaks_for"}

    def record(self) -> dict:
        """The claim as its JSON object (without the fields `left_out`)."""
        return self.model_dump(mode="json", exclude=self.left_out())

    def to_json(self) -> str:
        return json.dumps(self.record(), ensure_ascii=False, sort_keys=False)


class Article(_Record):
    """One article's text and metadata, as the readers of ingest/ produce it."""

    text: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    origin: str = "<text>"  # file name, URL or FILE:LINE it came from, for messages

    @property
    def source(self) -> SourceRef:
        published = self.published
        if published and not re.match(r"^\d{4}-\d{2}-\d{2}", published):
            published = None
        return SourceRef(id=make_source_id(self.url, self.text), url=self.url, title=self.title,
                         publisher=self.publisher, published=published)


# ---------------------------------------------------------------- JSONL

def _describe(err: ValidationError) -> str:
    parts = []
    for e in err.errors()[:3]:
        loc = ".".join(str(p) for p in e["loc"]) or "record"
        msg = e["msg"]
        if not e["loc"] and e["type"] == "value_error":  # the record's own checks name their field
            parts.append(msg.removeprefix("Value error, "))
            continue
        if e["type"] == "literal_error" and "expected" in e.get("ctx", {}):
            msg = f"must be one of {e['ctx']['expected']}"
        parts.append(f"{loc}: {msg}")
    return "; ".join(parts)


# JSON can spell a lone surrogate ("\ud800"): Python takes it as text, but no UTF-8
# output (a hash, Neo4j, a file) can hold it. Only a line with such an escape is searched.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _surrogate_field(value: object, path: str = "") -> str | None:
    """The dotted path of the first text in `value` holding a lone surrogate, or None."""
    if isinstance(value, str):
        return (path or "record") if _SURROGATE.search(value) else None
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, (list, tuple)) else ()
    for key, item in items:
        found = _surrogate_field(item, f"{path}.{key}" if path else str(key))
        if found:
            return found
    return None


def _source_of(obj: object) -> str | None:
    """The source id a bad record names, if it names one (the loader keeps that source's claims)."""
    source = obj.get("source") if isinstance(obj, dict) else None
    sid = source.get("id") if isinstance(source, dict) else None
    return sid if isinstance(sid, str) and sid and not _SURROGATE.search(sid) else None


def parse_claim_line(line: str, file: str, lineno: int, notes: list[str] | None = None) -> Claim:
    """Parse one claims JSONL line; raise RecordError(FILE:LINE: what) if it is bad.

    What was repaired rather than refused (an impossible date, dropped) is
    appended to `notes` as `FILE:LINE: what`. A RecordError names the source of
    the bad record in `.source` when the record says it.
    """
    context: dict[str, list[str]] = {"notes": []}
    try:  # pydantic's own JSON parser: about 1.6x faster than json.loads + model_validate
        claim = Claim.model_validate_json(line, context=context)
    except ValidationError:  # a bad line: parsed again, for the message users know
        claim = _parse_again(line, file, lineno, context)
    if "\\u" in line and _SURROGATE_ESCAPE.search(line):
        record = claim.model_dump()
        field = _surrogate_field(record)
        if field:
            raise RecordError(file, lineno, f"{field}: holds a lone surrogate (a \\uD800-\\uDFFF escape "
                                            "that is half of a character), not text", source=_source_of(record))
    if notes is not None:
        notes.extend(f"{file}:{lineno}: {note}" for note in context["notes"])
    return claim


def _parse_again(line: str, file: str, lineno: int, context: dict[str, list[str]]) -> Claim:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(file, lineno, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise RecordError(file, lineno, "expected a JSON object (one claim per line)")
    try:
        return Claim.model_validate(obj, context=context)
    except ValidationError as exc:
        raise RecordError(file, lineno, _describe(exc), source=_source_of(obj)) from None


# A claim is a sentence or two with its record; a line longer than this is not
# one, and reading it whole could eat the memory of a laptop.
MAX_LINE_CHARS = 1_000_000
# open_claims_file decodes with surrogateescape, so an undecodable byte shows up
# here, on its own line, instead of failing a buffered read lines earlier.
_UNDECODED = re.compile("[\udc80-\udcff]")


def _skip_rest_of_line(stream: IO[str]) -> None:
    while True:
        chunk = stream.readline(MAX_LINE_CHARS)
        if not chunk or chunk.endswith("\n"):
            return


def iter_claims(stream: IO[str], name: str, *, strict: bool = True,
                errors: list[RecordError] | None = None,
                warn: Callable[[str], None] | None = None) -> Iterator[Claim]:
    """Claims from an open text stream. Blank lines are skipped, and a BOM before the first.

    With strict=True the first bad line raises RecordError; otherwise bad lines are
    appended to `errors` (if given) as they are met, and skipped. A line over
    MAX_LINE_CHARS is a bad line, read in bounded pieces and never held whole.
    What was repaired in a good line (an impossible date, dropped) goes to `warn`.

    A stream with bad lines and not one claim is not claims JSONL at all (an alias
    file, a list of articles): that is one InputError at its end, not a warning
    per line; bad lines among good ones stay warnings.

    A record written by an older version (actor ids `kind:slug`) comes out as
    this version writes it (`upgrade_claim`); a `responds_to` is renamed with the
    claim it names when that claim came before it in the same source.
    """
    notes: list[str] = []
    renamed: dict[str, str] = {}  # old claim id -> new, within the current source
    source_id: str | None = None
    lineno = 0
    good, bad, first_bad = 0, 0, None
    while True:
        try:
            line = stream.readline(MAX_LINE_CHARS + 1)
            overlong = len(line) > MAX_LINE_CHARS and not line.endswith("\n")
            if overlong:
                _skip_rest_of_line(stream)
        except UnicodeDecodeError:
            raise InputError(f"{name}:{lineno + 1}: not UTF-8 text; claims JSONL must be UTF-8") from None
        if not line:
            if bad and not good:
                raise InputError(f"{name}: not claims JSONL: none of its {counted(bad, 'line')} is a claim "
                                 f"(line {first_bad.line}: {first_bad.what}); give a file `accusegraph extract` "
                                 "wrote, or use `accusegraph ingest` for articles")
            return
        lineno += 1
        if lineno == 1 and line.startswith("\ufeff"):
            line = line[1:]
        if _UNDECODED.search(line):
            raise InputError(f"{name}:{lineno}: not UTF-8 text; claims JSONL must be UTF-8")
        if not line.strip():
            continue
        try:
            if overlong:
                raise RecordError(name, lineno, f"line is over the {MAX_LINE_CHARS:,} character limit "
                                                "for one claim")
            claim = parse_claim_line(line, name, lineno, notes)
            if notes:
                for note in notes:
                    if warn is not None:
                        warn(note)
                notes.clear()
            good += 1
            if claim.source.id != source_id:
                source_id = claim.source.id
                renamed.clear()
            yield upgrade_claim(claim, renamed)
        except RecordError as err:
            if strict:
                raise
            bad += 1
            first_bad = first_bad or err
            if errors is not None:
                errors.append(err)


def open_claims_file(path: str | Path) -> IO[str]:
    """An open UTF-8 stream of a claims JSONL file, after checking it can be one.

    Raises:
        InputError: no such file, a folder, an empty file, or a binary file.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a folder; give a claims JSONL file "
                         "(or use `accusegraph ingest` for articles)")
    with p.open("rb") as fh:
        head = fh.read(8192)
    if not head.strip():
        raise InputError(f"{p}: empty file; a claims JSONL file has one claim a line")
    if b"\0" in head:
        raise InputError(f"{p}: binary file (contains NUL bytes), not claims JSONL")
    return p.open("r", encoding="utf-8", errors="surrogateescape", newline="")


def read_claims(path: str | Path, *, strict: bool = True, errors: list[RecordError] | None = None,
                warn: Callable[[str], None] | None = None) -> list[Claim]:
    """All claims of a claims JSONL file (see iter_claims and open_claims_file)."""
    with open_claims_file(path) as fh:
        return list(iter_claims(fh, str(path), strict=strict, errors=errors, warn=warn))


def write_claims(claims: Iterable[Claim], stream: IO[str]) -> int:
    """Write claims as JSONL; returns how many were written."""
    n = 0
    for claim in claims:
        stream.write(claim.to_json())
        stream.write("\n")
        n += 1
    return n
