"""The extractor's vocabularies: the trigger lexicon and the actor gazetteer.

Both are YAML data files under `ingest/data/` (a user alias file has the
gazetteer's layout). Every file is read through its schema when it is loaded: a
malformed one raises `InputError` naming the file, the line and the key that is
wrong (an unknown key with the nearest known one, "did you mean"; a missing key;
a key given twice; a value that is not a list of words), never a half-loaded or
silently empty vocabulary.

The lexicon's schema is the `Lexicon` dataclass itself: each field is read from
the top-level key of its own name, or from the key `_KEYS` gives it inside a
section ("cut_ties.verbs"), and its type says how (`_reader`). Every key is
required. To add a key: add a field to `Lexicon` (and a `_KEYS` row if the key
sits inside a section), then the key to lexicon.yaml.
"""

from __future__ import annotations

import dataclasses
import difflib
import typing
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable

import yaml

from accusegraph.errors import InputError
from accusegraph.model import ACTIONS, ACTOR_KINDS

DATA = "data"
_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"


def word_forms(tok: Any) -> frozenset[str]:
    """A spaCy token's lemma, its word, and the word without a regular inflection: a guard
    against lemmatiser slips ("fined" -> "fin"), for matching it against the word lists."""
    return _forms(tok.lower_, tok.lemma_.lower())


@lru_cache(maxsize=1 << 16)
def _forms(low: str, lem: str) -> frozenset[str]:
    forms = {lem, low}
    for suffix, repl in (("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""), ("ing", ""),
                         ("ing", "e")):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            forms.add(low[: len(low) - len(suffix)] + repl)
    return frozenset(forms)


def _compose(text: str, name: str) -> yaml.Node | None:
    """The YAML node tree of `text`, which keeps the line of every key and value."""
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise InputError(f"{name}{where}: {problem}") from None


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _entries(node: yaml.Node, name: str, path: str) -> dict[Any, tuple[yaml.Node, yaml.Node]]:
    """The keys of a mapping node with their key and value nodes; a key given
    twice is an error (YAML would silently keep the last)."""
    if not isinstance(node, yaml.MappingNode):
        raise InputError(f"{name}:{_line(node)}: `{path}` must be a mapping" if path else
                         f"{name}:{_line(node)}: expected a mapping of keys")
    out: dict[Any, tuple[yaml.Node, yaml.Node]] = {}
    for k, v in node.value:
        key = k.value if isinstance(k, yaml.ScalarNode) and k.tag == _STR else _scalar(k)
        if key in out:
            raise InputError(f"{name}:{_line(k)}: `{_join(path, key)}` is given twice "
                             f"(first on line {_line(out[key][0])})")
        out[key] = (k, v)
    return out


def _scalar(node: yaml.Node) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        return None
    return yaml.constructor.SafeConstructor().construct_object(node)


def _join(path: str, key: Any) -> str:
    return f"{path}.{key}" if path else str(key)


def _check_keys(entries: dict, allowed: typing.Iterable[str], required: typing.Iterable[str],
                node: yaml.Node, name: str, path: str) -> None:
    """Every key of a mapping is known (else the nearest known one is suggested)
    and every required key is there."""
    allowed = list(allowed)
    for key, (k, _v) in entries.items():
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
            hint = (f" (did you mean `{_join(path, close[0])}`?)" if close else
                    f" (known: {', '.join(allowed)})" if len(allowed) <= 12 else "")
            raise InputError(f"{name}:{_line(k)}: unknown key `{_join(path, key)}`{hint}")
    missing = [key for key in required if key not in entries]
    if missing:
        where = f" in `{path}` (line {_line(node)})" if path else ""
        listed = ", ".join(f"`{_join(path, m)}`" for m in missing[:4])
        more = f" and {len(missing) - 4} more" if len(missing) > 4 else ""
        raise InputError(f"{name}: missing key{'s' if len(missing) > 1 else ''} {listed}{more}{where}")


def _words(node: yaml.Node, name: str, key: str) -> tuple[str, ...]:
    """A list of words (or nothing: `key:` or `key: []`)."""
    if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
        return ()
    if not isinstance(node, yaml.SequenceNode):
        raise InputError(f"{name}:{_line(node)}: `{key}` must be a list of words")
    out = []
    for item in node.value:
        if not (isinstance(item, yaml.ScalarNode) and item.tag == _STR and item.value.strip()):
            value = _scalar(item)
            hint = " (quote words YAML reads as booleans: \"on\", \"no\", \"false\")" if isinstance(value, bool) else ""
            raise InputError(f"{name}:{_line(item)}: `{key}` has {value!r}, not a word{hint}")
        out.append(item.value.strip())
    return tuple(out)


def _split(entry: str) -> tuple[str, ...]:
    """One entry of one or several words, split into lower-case lemmas ("-" apart)."""
    parts: list[str] = []
    for word in entry.lower().split():
        pieces = word.split("-")
        for k, piece in enumerate(pieces):
            if k:
                parts.append("-")
            if piece:
                parts.append(piece)
    return tuple(parts)


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
    cut_ties_ending: frozenset[str]
    cut_ties_of_objects: frozenset[str]
    cut_ties_returning: frozenset[str]
    cut_ties_homeward: frozenset[str]
    cut_ties_missions: frozenset[str]
    cut_ties_envoys: frozenset[str]
    cut_ties_closing: frozenset[str]
    cut_ties_closable: frozenset[str]
    cut_ties_embargo: frozenset[str]
    stop_verbs: frozenset[str]
    use_words: frozenset[str]
    selling_words: frozenset[str]
    call_verbs: frozenset[str]
    desist_verbs: frozenset[str]
    explain_verbs: frozenset[str]
    order_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    accusing_speech: frozenset[str]
    revealing_speech: frozenset[str]
    quoting_verbs: frozenset[str]
    settling_verbs: frozenset[str]
    payment_verbs: frozenset[str]
    settled_nouns: frozenset[str]
    wrongdoing: tuple[tuple[str, ...], ...]
    criticism: tuple[tuple[str, ...], ...]
    dismissal: tuple[tuple[str, ...], ...]
    motive_attacks: tuple[tuple[str, ...], ...]
    doubt: tuple[tuple[str, ...], ...]
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
    warding_verbs: frozenset[str]
    evaluation_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    retaliation: tuple[tuple[str, ...], ...]
    office_words: frozenset[str]
    affiliation_verbs: frozenset[str]
    act_nouns: frozenset[str]
    act_verbs: dict[str, frozenset[str]]
    via_nouns: frozenset[str]
    via_from_nouns: frozenset[str]
    via_to_nouns: frozenset[str]
    governing_nouns: frozenset[str]
    entitlement_words: frozenset[str]
    criminal_words: frozenset[str]
    obliging_words: frozenset[str]
    name_particles: frozenset[str]
    counterpart_nouns: frozenset[str]
    closing_verbs: frozenset[str]
    exit_verbs: frozenset[str]
    judging_nouns: frozenset[str]
    judging_titles: frozenset[str]
    escorting_verbs: frozenset[str]
    border_nouns: frozenset[str]
    innocence_nouns: frozenset[str]
    suspending_verbs: frozenset[str]
    designating_verbs: frozenset[str]
    led_bodies: frozenset[str]
    attempt_nouns: frozenset[str]
    filing_nouns: frozenset[str]
    that_speech_verbs: frozenset[str]
    gravity_words: frozenset[str]
    company_group_nouns: frozenset[str]
    firm_appositions: frozenset[str]
    carrying_verbs: frozenset[str]
    experiencer_words: frozenset[str]
    document_nouns: frozenset[str]
    document_kin: dict[str, frozenset[str]]
    authoring_verbs: frozenset[str]
    attribution_nouns: frozenset[str]
    linking_verbs: frozenset[str]
    party_sanction_verbs: frozenset[str]
    removal_verbs: frozenset[str]
    post_nouns: frozenset[str]
    suspicion_nouns: frozenset[str]
    support_verbs: frozenset[str]
    collective_bodies: frozenset[str]
    judicial_bodies: frozenset[str]
    public_names: frozenset[str]
    described_bodies: frozenset[str]
    founding_verbs: frozenset[str]
    search_nouns: frozenset[str]
    membership_verbs: frozenset[str]
    promising_verbs: frozenset[str]
    deliberating_verbs: frozenset[str]
    military_acts: frozenset[str]
    grave_labels: frozenset[str]
    forcible_acts: frozenset[str]
    resigning_verbs: frozenset[str]
    bidding_verbs: frozenset[str]
    rank_words: frozenset[str]
    union_bodies: dict[str, str]
    law_names: frozenset[str]
    office_trades: frozenset[str]
    operation_nouns: frozenset[str]
    legal_forms: frozenset[str]
    event_names: frozenset[str]
    concerning_verbs: frozenset[str]
    felt_nouns: frozenset[str]
    conveying_verbs: frozenset[str]
    disagreeing_verbs: frozenset[str]
    resignation_nouns: frozenset[str]
    freeing_verbs: frozenset[str]
    release_nouns: frozenset[str]
    standing_adverbs: frozenset[str]
    denied_deeds: frozenset[str]
    inquiry_proceedings: frozenset[str]
    bare_organs: frozenset[str]
    organ_kinds: frozenset[str]
    home_organs: frozenset[str]
    seated_people: frozenset[str]
    reconsidering_verbs: frozenset[str]
    message_nouns: frozenset[str]
    scheme_nouns: frozenset[str]
    interrogating_verbs: frozenset[str]
    trust_nouns: frozenset[str]
    police_people: frozenset[str]
    leading_verbs: frozenset[str]
    relation_nouns: frozenset[str]
    opposition_nouns: frozenset[str]
    hostile_verbs: frozenset[str]
    crime_nouns: frozenset[str]
    count_nouns: frozenset[str]
    tallied_nouns: frozenset[str]
    prize_nouns: frozenset[str]
    serving_verbs: frozenset[str]
    giving_verbs: frozenset[str]
    state_owned: frozenset[str]
    accountability: tuple[tuple[str, ...], ...]
    charging_verbs: frozenset[str]
    price_nouns: frozenset[str]
    under_fire_nouns: frozenset[str]
    own_stakes: frozenset[str]
    sanction_lists: frozenset[str]
    manner_adjectives: frozenset[str]
    copular_verbs: frozenset[str]
    blame_nouns: frozenset[str]
    manner_nouns: frozenset[str]
    taking_verbs: frozenset[str]
    telling_verbs: frozenset[str]
    ascribing_verbs: frozenset[str]
    patient_nouns: frozenset[str]
    culprit_on_verbs: frozenset[str]
    causing_verbs: frozenset[str]
    voting_verbs: frozenset[str]
    fault_finding_verbs: frozenset[str]
    abetting_verbs: frozenset[str]
    armed_nouns: frozenset[str]
    deed_nouns: frozenset[str]
    named_organs: frozenset[str]
    sport_words: frozenset[str]
    corrupt_payments: frozenset[str]
    further_words: frozenset[str]
    unit_nouns: frozenset[str]
    perpetrating_verbs: frozenset[str]
    inquiry_words: frozenset[str]
    seeking_verbs: frozenset[str]
    hand_harms: frozenset[str]
    mark_nouns: frozenset[str]
    office_nouns: frozenset[str]
    office_holders: frozenset[str]
    internal_words: frozenset[str]
    enabling_verbs: frozenset[str]
    fearing_verbs: frozenset[str]
    fronting_marks: frozenset[str]
    outcome_verbs: frozenset[str]
    origin_verbs: frozenset[str]
    via_from_verbs: frozenset[str]
    sought_penalties: frozenset[str]
    penalty_asking_verbs: frozenset[str]
    penalty_asking_for_verbs: frozenset[str]
    challenging_verbs: frozenset[str]
    verdict_verbs: frozenset[str]
    complaint_nouns: frozenset[str]
    generic_act_nouns: frozenset[str]
    renewing_verbs: frozenset[str]
    entry_verbs: frozenset[str]
    sponsor_nouns: frozenset[str]
    service_verbs: frozenset[str]
    improbable: frozenset[str]
    showing_verbs: frozenset[str]
    firm_roles: frozenset[str]
    counsel_roles: frozenset[str]
    offended_words: frozenset[str]
    guild_words: frozenset[str]
    moving_verbs: frozenset[str]
    retaliation_verbs: frozenset[str]
    refusing_verbs: frozenset[str]
    granting_verbs: frozenset[str]
    leave_periods: frozenset[str]
    leave_verbs: frozenset[str]
    declaring_verbs: frozenset[str]
    unwelcome: tuple[tuple[str, ...], ...]
    evidencing_verbs: frozenset[str]
    evidence_nouns: frozenset[str]
    asserting_nouns: frozenset[str]
    refused_nouns: frozenset[str]
    anonymous_nouns: frozenset[str]
    wrongful_manner: frozenset[str]
    wrongful_verbs: frozenset[str]
    exoneration: tuple[tuple[str, ...], ...]
    accusation_nouns: frozenset[str]
    warned_of: frozenset[str]
    victim_words: frozenset[str]
    quantity_words: frozenset[str]
    negating_verbs: frozenset[str]
    unasserting_verbs: frozenset[str]
    undoing_verbs: frozenset[str]
    overruling_verbs: tuple[tuple[str, ...], ...]
    local_government_words: frozenset[str]
    culprit_words: frozenset[str]
    company_prefixes: frozenset[str]
    subdivision_nouns: frozenset[str]
    former_words: frozenset[str]
    possibility_aux: frozenset[str]
    focus_nouns: frozenset[str]
    holding_verbs: frozenset[str]
    state_forms: frozenset[str]
    harm_verbs: frozenset[str]
    harm_objects: frozenset[str]
    pollution_verbs: frozenset[str]
    pollution_objects: frozenset[str]
    intrusion_verbs: frozenset[str]
    intrusion_objects: frozenset[str]
    dealing_verbs: frozenset[str]
    dealing_preps: frozenset[str]
    dealing_nouns: frozenset[str]
    place_nouns: frozenset[str]
    commodity_nouns: frozenset[str]
    premises_nouns: frozenset[str]
    dwelling_nouns: frozenset[str]
    recall_nouns: frozenset[str]
    partitive_nouns: frozenset[str]
    national_nouns: frozenset[str]
    menace: tuple[tuple[str, ...], ...]
    authored_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    prosecuting_nouns: frozenset[str]
    rule_actions: dict[str, frozenset[str]]
    allegation_preps: dict[str, tuple[str, ...]]
    time_words: frozenset[str]
    bare_claim_nouns: frozenset[str]
    subject_pronouns: frozenset[str]
    soft_adverbs: frozenset[str]
    denial_negators: frozenset[str]
    distancing_words: frozenset[str]
    participles: dict[str, str]
    defendant_nouns: frozenset[str]
    plaintiff_nouns: frozenset[str]
    press_words: frozenset[str]
    pair_nouns: frozenset[str]
    pair_people_nouns: frozenset[str]
    not_acronyms: frozenset[str]
    countering_verbs: frozenset[str]
    identifying_verbs: frozenset[str]
    alleging_adverbs: frozenset[str]
    deceit_verbs: frozenset[str]
    private_nouns: frozenset[str]
    follower_nouns: frozenset[str]
    counted_party_nouns: frozenset[str]
    trade_measure_nouns: frozenset[str]
    prison_terms: frozenset[str]
    control_adjectives: frozenset[str]
    offence_words: frozenset[str]
    question_words: frozenset[str]
    tolerating_verbs: frozenset[str]
    conceding_verbs: frozenset[str]
    duty_failures: frozenset[str]
    duty_verbs: frozenset[str]
    honorifics: frozenset[str]
    region_words: frozenset[str]
    civic_bodies: frozenset[str]
    female_words: frozenset[str]
    male_words: frozenset[str]


# Lexicon fields read from a key inside a section; every other field is read from
# the top-level key of its own name
_KEYS = {
    "cut_ties_verbs": "cut_ties.verbs", "cut_ties_nouns": "cut_ties.nouns",
    "cut_ties_objects": "cut_ties.objects", "cut_ties_preps": "cut_ties.target_preps",
    "cut_ties_ending": "cut_ties.ending", "cut_ties_of_objects": "cut_ties.of_objects",
    "cut_ties_returning": "cut_ties.returning_verbs", "cut_ties_homeward": "cut_ties.homeward",
    "cut_ties_missions": "cut_ties.missions", "cut_ties_closing": "cut_ties.closing",
    "cut_ties_closable": "cut_ties.closable", "cut_ties_embargo": "cut_ties.embargo",
    "cut_ties_envoys": "cut_ties.envoys",
    "stop_verbs": "stop_using.verbs", "use_words": "stop_using.use", "selling_words": "stop_using.selling",
    "call_verbs": "calls.verbs", "explain_verbs": "calls.explain_verbs", "desist_verbs": "calls.desist_verbs",
    "order_verbs": "calls.order_verbs",
    "cited": "evidence.cited", "none_public": "evidence.none_public",
}
# mappings whose keys are a closed set: the names, and whether each must be given
_CLOSED: dict[str, tuple[tuple[str, ...], bool]] = {
    "actions": (tuple(ACTIONS), True),
    "references": (tuple(ACTOR_KINDS), False),
    "allegation_preps": (tuple(ACTIONS), True),
    "rule_actions": (("rejecting", "announced", "owned_object", "context", "context_agent", "stance", "restated",
                      "provoking", "held_over"), True),
}

Reader = Callable[[yaml.Node, str, str], Any]


def _word(node: yaml.Node, name: str, key: str) -> str:
    """One word."""
    if not (isinstance(node, yaml.ScalarNode) and node.tag == _STR and node.value.strip()):
        raise InputError(f"{name}:{_line(node)}: `{key}` has {_scalar(node)!r}, not a word")
    return node.value.strip().lower()


def _reader(kind: Any, key: str) -> Reader:
    """How a value of type `kind` is read from its node (`key` is its dotted key)."""
    if kind is str:
        return _word
    if kind == frozenset[str]:
        return lambda node, name, path: frozenset(w.lower() for w in _words(node, name, path))
    if kind == tuple[str, ...]:   # words in an order that matters (a preference)
        return lambda node, name, path: tuple(w.lower() for w in _words(node, name, path))
    if kind == tuple[tuple[str, ...], ...]:
        return lambda node, name, path: tuple(_split(w) for w in _words(node, name, path))
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        parts = {f.name: _reader(hints[f.name], f"{key}.<>.{f.name}") for f in dataclasses.fields(kind)}

        def record(node: yaml.Node, name: str, path: str) -> Any:
            entries = _entries(node, name, path)
            _check_keys(entries, parts, parts, node, name, path)
            return kind(**{k: parts[k](entries[k][1], name, _join(path, k)) for k in parts})
        return record
    if typing.get_origin(kind) is dict:
        value = _reader(typing.get_args(kind)[1], key)
        names, every = _CLOSED.get(key, (None, False))

        def mapping(node: yaml.Node, name: str, path: str) -> dict:
            entries = _entries(node, name, path)
            if names is not None:
                _check_keys(entries, names, names if every else (), node, name, path)
            for k, (knode, _v) in entries.items():
                if not isinstance(k, str) or not k.strip():
                    raise InputError(f"{name}:{_line(knode)}: `{path}` has a key {k!r}, not a word")
            return {k: value(v, name, _join(path, k)) for k, (_kn, v) in entries.items()}
        return mapping
    raise TypeError(f"Lexicon field of key `{key}`: no reader for type {kind!r}")


@lru_cache(maxsize=1)
def _lexicon_schema() -> dict[str, Any]:
    """The lexicon's keys as a tree, from the `Lexicon` fields: {key: reader or
    {key: reader}} (a section of one level)."""
    hints = typing.get_type_hints(Lexicon)
    tree: dict[str, Any] = {}
    for f in dataclasses.fields(Lexicon):
        key = _KEYS.get(f.name, f.name)
        section, _, sub = key.partition(".")
        reader = (f.name, _reader(hints[f.name], key))
        if sub:
            tree.setdefault(section, {})[sub] = reader
        else:
            tree[section] = reader
    return tree


def parse_lexicon(text: str, name: str) -> Lexicon:
    """Read and check a lexicon file's text (`name` is the file, for messages)."""
    root = _compose(text, name)
    if root is None:
        raise InputError(f"{name}: the lexicon is empty")
    schema = _lexicon_schema()
    entries = _entries(root, name, "")
    _check_keys(entries, schema, schema, root, name, "")
    values: dict[str, Any] = {}
    for key, spec in schema.items():
        node = entries[key][1]
        if isinstance(spec, dict):
            inner = _entries(node, name, key)
            _check_keys(inner, spec, spec, node, name, key)
            for sub, (field_name, read) in spec.items():
                values[field_name] = read(inner[sub][1], name, f"{key}.{sub}")
        else:
            field_name, read = spec
            values[field_name] = read(node, name, key)
    # (a firm's legal form is no acronym: "AB" in "Swedbank AB" is never a name by itself)
    values["not_acronyms"] = values["not_acronyms"] | values["legal_forms"]
    return Lexicon(**values)


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

    @property
    def by_name(self) -> dict[str, KnownActor]:
        """Canonical name -> actor."""
        got = self.__dict__.get("_by_name")
        if got is None:
            got = {a.name: a for a in self.actors}
            object.__setattr__(self, "_by_name", got)
        return got

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


# the keys of a gazetteer entry: the fields of KnownActor but its name (the entry's key)
_ACTOR_KEYS = tuple(f.name for f in dataclasses.fields(KnownActor) if f.name != "name")


def parse_gazetteer(text: str, name: str) -> Gazetteer:
    """Parse a gazetteer or user alias file: `CANONICAL: {kind, aliases, ...}`."""
    root = _compose(text, name)
    if root is None:
        return build_gazetteer([])
    if not isinstance(root, yaml.MappingNode):
        raise InputError(f"{name}:{_line(root)}: expected a mapping of canonical name -> {{kind, aliases}}")
    actors = []
    for canonical, (knode, node) in _entries(root, name, "").items():
        if not isinstance(canonical, str) or not canonical.strip():
            raise InputError(f"{name}:{_line(knode)}: every entry needs a canonical name, got {canonical!r}")
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            spec: dict[Any, tuple[yaml.Node, yaml.Node]] = {}
        elif isinstance(node, yaml.MappingNode):
            spec = _entries(node, name, canonical)
        else:
            raise InputError(f"{name}:{_line(node)}: `{canonical}` must map to {{kind, aliases}}")
        _check_keys(spec, _ACTOR_KEYS, (), node, name, canonical)
        kind = _scalar(spec["kind"][1]) if "kind" in spec else "unknown"
        if kind not in ACTOR_KINDS:
            raise InputError(f"{name}:{_line(spec['kind'][1])}: `{canonical}.kind` is {kind!r}; "
                             f"use one of {', '.join(ACTOR_KINDS)}")
        capital = _scalar(spec["capital"][1]) if "capital" in spec else None
        if capital is not None and not isinstance(capital, str):
            raise InputError(f"{name}:{_line(spec['capital'][1])}: `{canonical}.capital` must be a name")
        empty = yaml.ScalarNode(_NULL, "")
        actors.append(KnownActor(
            name=canonical.strip(), kind=kind,
            aliases=_words(spec.get("aliases", (None, empty))[1], name, f"{canonical}.aliases"),
            demonyms=_words(spec.get("demonyms", (None, empty))[1], name, f"{canonical}.demonyms"),
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
