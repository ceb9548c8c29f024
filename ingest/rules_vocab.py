"""The extractor's vocabularies: the trigger lexicon and the actor gazetteer.

Both are YAML data files under `ingest/data/` (a user alias file has the
gazetteer's layout). Every file is validated when it is loaded; a malformed one
raises `InputError` naming the file and the line or key that is wrong, never a
half-loaded vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from accusegraph.errors import InputError
from accusegraph.model import ACTIONS, ACTOR_KINDS

DATA = "data"


def _read_yaml(text: str, name: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise InputError(f"{name}{where}: {problem}") from None


def _words(value: Any, name: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise InputError(f"{name}: `{key}` must be a list of words")
    for v in value:
        if not isinstance(v, str) or not v.strip():
            hint = " (quote words YAML reads as booleans: \"on\", \"no\", \"false\")" if isinstance(v, bool) else ""
            raise InputError(f"{name}: `{key}` has {v!r}, not a word{hint}")
    return tuple(v.strip() for v in value)


def _lemmas(value: Any, name: str, key: str) -> tuple[tuple[str, ...], ...]:
    """Entries of one or several words, each split into lower-case lemmas."""
    out = []
    for w in _words(value, name, key):
        parts: list[str] = []
        for word in w.lower().split():
            pieces = word.split("-")
            for k, piece in enumerate(pieces):
                if k:
                    parts.append("-")
                if piece:
                    parts.append(piece)
        out.append(tuple(parts))
    return tuple(out)


@dataclass(frozen=True)
class ActionTriggers:
    verbs: tuple[tuple[str, ...], ...]
    nouns: tuple[tuple[str, ...], ...]
    target_preps: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    actions: dict[str, ActionTriggers]
    cut_ties_verbs: frozenset[str]
    cut_ties_nouns: frozenset[str]
    cut_ties_objects: frozenset[str]
    cut_ties_preps: frozenset[str]
    stop_verbs: frozenset[str]
    use_words: frozenset[str]
    call_verbs: frozenset[str]
    explain_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    accusing_speech: frozenset[str]
    wrongdoing: tuple[tuple[str, ...], ...]
    criticism: tuple[tuple[str, ...], ...]
    dismissal: tuple[tuple[str, ...], ...]
    hedges: frozenset[str]
    negations: frozenset[str]
    cited: frozenset[str]
    none_public: tuple[tuple[str, ...], ...]
    agent_nouns: frozenset[str]
    roles: frozenset[str]
    references: dict[str, frozenset[str]]
    product_nouns: frozenset[str]
    company_suffixes: frozenset[str]
    titles: frozenset[str]
    generic_actors: tuple[tuple[str, ...], ...]
    report_nouns: frozenset[str]
    response_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    undergo_verbs: frozenset[str]
    evaluation_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    retaliation: tuple[tuple[str, ...], ...]
    office_words: frozenset[str]
    affiliation_verbs: frozenset[str]
    act_nouns: frozenset[str]
    via_nouns: frozenset[str]
    company_group_nouns: frozenset[str]
    document_nouns: frozenset[str] = frozenset()
    document_kin: dict[str, frozenset[str]] = field(default_factory=dict)
    authoring_verbs: frozenset[str] = frozenset()
    attribution_nouns: frozenset[str] = frozenset()
    linking_verbs: frozenset[str] = frozenset()
    party_sanction_verbs: frozenset[str] = frozenset()
    asserting_nouns: frozenset[str] = frozenset()


def _section(raw: dict, key: str, name: str) -> dict:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise InputError(f"{name}: `{key}` must be a mapping")
    return value


def parse_lexicon(text: str, name: str) -> Lexicon:
    raw = _read_yaml(text, name)
    if not isinstance(raw, dict):
        raise InputError(f"{name}: expected a mapping of lexicon sections")
    acts = _section(raw, "actions", name)
    if set(acts) != set(ACTIONS):
        missing = sorted(set(ACTIONS) - set(acts))
        extra = sorted(set(acts) - set(ACTIONS))
        raise InputError(f"{name}: `actions` must name exactly the ten actions "
                         f"(missing {missing}, unknown {extra})")
    actions = {}
    for act, spec in acts.items():
        if not isinstance(spec, dict):
            raise InputError(f"{name}: `actions.{act}` must be a mapping")
        actions[act] = ActionTriggers(
            verbs=_lemmas(spec.get("verbs"), name, f"actions.{act}.verbs"),
            nouns=_lemmas(spec.get("nouns"), name, f"actions.{act}.nouns"),
            target_preps=frozenset(_words(spec.get("target_preps"), name, f"actions.{act}.target_preps")))
    cut = _section(raw, "cut_ties", name)
    stop = _section(raw, "stop_using", name)
    calls = _section(raw, "calls", name)
    ev = _section(raw, "evidence", name)
    refs = _section(raw, "references", name)
    for kind in refs:
        if kind not in ACTOR_KINDS:
            raise InputError(f"{name}: `references.{kind}` is not an actor kind ({', '.join(ACTOR_KINDS)})")

    def flat(value: Any, key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in _words(value, name, key))

    return Lexicon(
        actions=actions,
        cut_ties_verbs=flat(cut.get("verbs"), "cut_ties.verbs"),
        cut_ties_nouns=flat(cut.get("nouns"), "cut_ties.nouns"),
        cut_ties_objects=flat(cut.get("objects"), "cut_ties.objects"),
        cut_ties_preps=flat(cut.get("target_preps"), "cut_ties.target_preps"),
        stop_verbs=flat(stop.get("verbs"), "stop_using.verbs"),
        use_words=flat(stop.get("use"), "stop_using.use"),
        call_verbs=flat(calls.get("verbs"), "calls.verbs"),
        explain_verbs=flat(calls.get("explain_verbs"), "calls.explain_verbs"),
        speech_verbs=flat(raw.get("speech_verbs"), "speech_verbs"),
        accusing_speech=flat(raw.get("accusing_speech"), "accusing_speech"),
        wrongdoing=_lemmas(raw.get("wrongdoing"), name, "wrongdoing"),
        criticism=_lemmas(raw.get("criticism"), name, "criticism"),
        dismissal=_lemmas(raw.get("dismissal"), name, "dismissal"),
        hedges=flat(raw.get("hedges"), "hedges"),
        negations=flat(raw.get("negations"), "negations"),
        cited=flat(ev.get("cited"), "evidence.cited"),
        none_public=_lemmas(ev.get("none_public"), name, "evidence.none_public"),
        agent_nouns=flat(raw.get("agent_nouns"), "agent_nouns"),
        roles=flat(raw.get("roles"), "roles"),
        references={k: flat(v, f"references.{k}") for k, v in refs.items()},
        product_nouns=flat(raw.get("product_nouns"), "product_nouns"),
        company_suffixes=flat(raw.get("company_suffixes"), "company_suffixes"),
        titles=flat(raw.get("titles"), "titles"),
        generic_actors=_lemmas(raw.get("generic_actors"), name, "generic_actors"),
        report_nouns=flat(raw.get("report_nouns"), "report_nouns"),
        response_nouns=flat(raw.get("response_nouns"), "response_nouns"),
        claim_nouns=flat(raw.get("claim_nouns"), "claim_nouns"),
        undergo_verbs=flat(raw.get("undergo_verbs"), "undergo_verbs"),
        evaluation_verbs=flat(raw.get("evaluation_verbs"), "evaluation_verbs"),
        warning_verbs=flat(raw.get("warning_verbs"), "warning_verbs"),
        retaliation=_lemmas(raw.get("retaliation"), name, "retaliation"),
        office_words=flat(raw.get("office_words"), "office_words"),
        affiliation_verbs=flat(raw.get("affiliation_verbs"), "affiliation_verbs"),
        act_nouns=flat(raw.get("act_nouns"), "act_nouns"),
        via_nouns=flat(raw.get("via_nouns"), "via_nouns"),
        company_group_nouns=flat(raw.get("company_group_nouns"), "company_group_nouns"),
        document_nouns=flat(raw.get("document_nouns"), "document_nouns"),
        document_kin={k: flat(v, f"document_kin.{k}") for k, v in (raw.get("document_kin") or {}).items()},
        authoring_verbs=flat(raw.get("authoring_verbs"), "authoring_verbs"),
        attribution_nouns=flat(raw.get("attribution_nouns"), "attribution_nouns"),
        linking_verbs=flat(raw.get("linking_verbs"), "linking_verbs"),
        party_sanction_verbs=flat(raw.get("party_sanction_verbs"), "party_sanction_verbs"),
        asserting_nouns=flat(raw.get("asserting_nouns"), "asserting_nouns"),
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped trigger lexicon, read and checked once."""
    path = resources.files("accusegraph.ingest").joinpath(f"{DATA}/lexicon.yaml")
    return parse_lexicon(path.read_text("utf-8"), "ingest/data/lexicon.yaml")


# ---------------------------------------------------------------- gazetteer

@dataclass(frozen=True)
class KnownActor:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None

    def surface_forms(self) -> tuple[str, ...]:
        forms = [self.name, *self.aliases]
        if self.capital:
            forms.append(self.capital)
        return tuple(dict.fromkeys(forms))


@dataclass(frozen=True)
class Gazetteer:
    actors: tuple[KnownActor, ...]
    by_form: dict[str, KnownActor] = field(default_factory=dict)       # alias/capital -> actor
    by_demonym: dict[str, KnownActor] = field(default_factory=dict)    # demonym -> state

    def merged(self, other: "Gazetteer") -> "Gazetteer":
        """This gazetteer with `other`'s entries added; `other` wins on shared names."""
        names = {a.name for a in other.actors}
        return build_gazetteer([*(a for a in self.actors if a.name not in names), *other.actors])


def build_gazetteer(actors: list[KnownActor]) -> Gazetteer:
    by_form: dict[str, KnownActor] = {}
    by_demonym: dict[str, KnownActor] = {}
    for actor in actors:
        for form in actor.surface_forms():
            by_form[form] = actor
            if form.lower().startswith("the "):
                by_form[form[4:]] = actor
        for dem in actor.demonyms:
            by_demonym[dem] = actor
            by_demonym[dem.lower()] = actor
    return Gazetteer(actors=tuple(actors), by_form=by_form, by_demonym=by_demonym)


def parse_gazetteer(text: str, name: str) -> Gazetteer:
    """Parse a gazetteer or user alias file: `CANONICAL: {kind, aliases, ...}`."""
    raw = _read_yaml(text, name)
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise InputError(f"{name}: expected a mapping of canonical name -> {{kind, aliases}}")
    actors = []
    for canonical, spec in raw.items():
        if not isinstance(canonical, str) or not canonical.strip():
            raise InputError(f"{name}: every entry needs a canonical name, got {canonical!r}")
        if spec is None:
            spec = {}
        if not isinstance(spec, dict):
            raise InputError(f"{name}: `{canonical}` must map to {{kind, aliases}}")
        unknown = set(spec) - {"kind", "aliases", "demonyms", "capital"}
        if unknown:
            raise InputError(f"{name}: `{canonical}` has unknown keys {sorted(unknown)} "
                             "(allowed: kind, aliases, demonyms, capital)")
        kind = spec.get("kind", "unknown")
        if kind not in ACTOR_KINDS:
            raise InputError(f"{name}: `{canonical}.kind` is {kind!r}; use one of {', '.join(ACTOR_KINDS)}")
        capital = spec.get("capital")
        if capital is not None and not isinstance(capital, str):
            raise InputError(f"{name}: `{canonical}.capital` must be a name")
        actors.append(KnownActor(
            name=canonical.strip(), kind=kind,
            aliases=_words(spec.get("aliases"), name, f"{canonical}.aliases"),
            demonyms=_words(spec.get("demonyms"), name, f"{canonical}.demonyms"),
            capital=capital))
    return build_gazetteer(actors)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shipped gazetteer of well-known actors."""
    path = resources.files("accusegraph.ingest").joinpath(f"{DATA}/gazetteer.yaml")
    return parse_gazetteer(path.read_text("utf-8"), "ingest/data/gazetteer.yaml")


def load_alias_file(path: Path) -> Gazetteer:
    """A user alias file, validated; errors name the file."""
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except FileNotFoundError:
        raise InputError(f"{p}: no such alias file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot read alias file ({exc})") from None
    return parse_gazetteer(text, str(p))
