"""Score an extractor against a gold folder (the layout of `shared/gold/dev`).

    GOLD/articles/NAME.txt          article text (first line the headline)
    GOLD/articles/NAME.meta.json    {url, title, publisher, published, ...}
    GOLD/annotations/NAME.jsonl     one gold claim a line: actor, actor_aliases,
                                    action, target, target_aliases, quote, ...

Matching rule (see docs/extraction.md): a predicted claim matches a gold claim
of the same article when the actions are equal and both the actor and the
target match. Two names match when, after normalisation, the word set of one
equals or contains the other's; the predicted name is compared with the gold
name and every gold alias. Normalisation: lower case; possessives, punctuation
and the words "the", "a", "an", "of", "and" dropped; a trailing plural "s"
dropped; a state's name, short forms and demonyms ("U.S.", "American",
"Russian") become one token for the state; words such as "government",
"administration", "officials", "authorities", "state" and company suffixes
("Inc", "Corp") dropped. A null target matches only a null target. Matching is
one-to-one within an article (a maximum bipartite matching), so a statement
repeated in two sentences needs two claims. Negated predicted claims are left
out. The `strict` figures also require the predicted quote to overlap the gold
quote in the article.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

import yaml

from accusegraph.errors import InputError, RecordError
from accusegraph.model import ACTIONS, Article, Claim

from .extract import Extractor
from .rules_vocab import gazetteer

IGNORED_WORDS = {"the", "a", "an", "of", "and", "government", "administration", "official",
                 "authoritie", "authority", "state", "regime", "inc", "corp", "corporation",
                 "ltd", "llc", "plc", "co"}


# ---------------------------------------------------------------- name matching

@lru_cache(maxsize=1)
def _state_forms() -> list[tuple[re.Pattern, str]]:
    forms: list[tuple[str, str]] = []
    for actor in gazetteer().actors:
        if actor.kind != "state":
            continue
        token = "st" + re.sub(r"[^a-z]", "", actor.name.lower())
        for form in (actor.name, *actor.aliases, *actor.demonyms):
            forms.append((form.lower(), token))
    forms.sort(key=lambda f: -len(f[0]))
    return [(re.compile(r"(?<![\w.])" + re.escape(f) + r"(?![\w])"), tok) for f, tok in forms]


@lru_cache(maxsize=4096)
def normalize_name(name: str) -> frozenset[str]:
    """The word set a name is compared by (see the module docstring)."""
    text = name.lower().replace("’", "'")
    text = re.sub(r"'s\b|s'(?=\s|$)", lambda m: "" if m.group(0) == "'s" else "s", text)
    for pattern, token in _state_forms():
        text = pattern.sub(f" {token} ", text)
    words = re.findall(r"[a-z0-9]+", text)
    out = set()
    for w in words:
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        if w not in IGNORED_WORDS:
            out.add(w)
    return frozenset(out)


def names_match(predicted: str, gold_names: list[str]) -> bool:
    p = normalize_name(predicted)
    if not p:
        return False
    for g in gold_names:
        gw = normalize_name(g)
        if gw and (p <= gw or gw <= p):
            return True
    return False


# ---------------------------------------------------------------- gold

@dataclass(frozen=True)
class GoldClaim:
    actor: str
    actor_aliases: tuple[str, ...]
    action: str
    target: str | None
    target_aliases: tuple[str, ...]
    quote: str
    span: tuple[int, int] | None


@dataclass
class GoldArticle:
    name: str
    article: Article
    claims: list[GoldClaim]


def load_gold(gold_dir: Path) -> list[GoldArticle]:
    gold_dir = Path(gold_dir)
    articles_dir, ann_dir = gold_dir / "articles", gold_dir / "annotations"
    if not articles_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(f"{gold_dir}: not a gold folder (needs articles/ and annotations/)")
    out = []
    for txt in sorted(articles_dir.glob("*.txt")):
        name = txt.stem
        text = txt.read_text("utf-8")
        meta_path = txt.with_suffix(".meta.json")
        meta = {}
        if meta_path.exists():
            try:
                meta = json.loads(meta_path.read_text("utf-8"))
            except json.JSONDecodeError as exc:
                raise InputError(f"{meta_path}: not valid JSON ({exc.msg})") from None
        article = Article(text=text, url=meta.get("url"), title=meta.get("title"),
                          publisher=meta.get("publisher"), published=meta.get("published"),
                          origin=str(txt))
        ann = ann_dir / f"{name}.jsonl"
        if not ann.exists():
            raise InputError(f"{ann}: missing annotation file for {txt.name} (an empty file means no claims)")
        out.append(GoldArticle(name, article, _read_annotations(ann, text)))
    if not out:
        raise InputError(f"{articles_dir}: no .txt articles")
    return out


def _read_annotations(path: Path, text: str) -> list[GoldClaim]:
    claims = []
    for lineno, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RecordError(str(path), lineno, f"not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict) or not obj.get("actor") or obj.get("action") not in ACTIONS:
            raise RecordError(str(path), lineno, "needs `actor` and an `action` of the vocabulary")
        quote = obj.get("quote") or ""
        start = text.find(quote) if quote else -1
        claims.append(GoldClaim(
            actor=obj["actor"], actor_aliases=tuple(obj.get("actor_aliases") or ()),
            action=obj["action"], target=obj.get("target") or None,
            target_aliases=tuple(obj.get("target_aliases") or ()), quote=quote,
            span=(start, start + len(quote)) if start >= 0 else None))
    return claims


# ---------------------------------------------------------------- matching

def _forms(name: str) -> tuple[str, ...]:
    """A predicted name and, for an actor of the gazetteer, its aliases."""
    known = next((a for a in gazetteer().actors if a.name == name), None)
    return (name, *known.aliases) if known is not None else (name,)


def _party_match(pred, gold_name: str | None, aliases: tuple[str, ...]) -> bool:
    if pred is None or gold_name is None:
        return pred is None and gold_name is None
    return any(names_match(form, [gold_name, *aliases]) for form in _forms(pred.name))


def _compatible(p: Claim, g: GoldClaim, *, use_action: bool, strict: bool) -> bool:
    if use_action and p.action != g.action:
        return False
    if strict and (g.span is None or p.span[1] <= g.span[0] or g.span[1] <= p.span[0]):
        return False
    return _party_match(p.actor, g.actor, g.actor_aliases) and \
        _party_match(p.target, g.target, g.target_aliases)


def max_matching(preds: list, golds: list, ok: Callable[[object, object], bool]) -> list[tuple[int, int]]:
    """Maximum one-to-one matching (augmenting paths); deterministic."""
    edges = [[j for j, g in enumerate(golds) if ok(p, g)] for p in preds]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(preds)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


# ---------------------------------------------------------------- report

@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "predicted": self.predicted,
                "support": self.gold}


@dataclass
class EvalReport:
    articles: int = 0
    per_action: dict[str, Score] = field(default_factory=lambda: {a: Score() for a in ACTIONS})
    overall: Score = field(default_factory=Score)
    ignoring_action: Score = field(default_factory=Score)
    strict: Score = field(default_factory=Score)
    ungrounded: int = 0
    negative_articles: int = 0
    negative_claims: int = 0

    def to_dict(self) -> dict:
        return {
            "articles": self.articles,
            "overall": self.overall.to_dict(),
            "ignoring_action": self.ignoring_action.to_dict(),
            "strict_quote_overlap": self.strict.to_dict(),
            "per_action": {a: s.to_dict() for a, s in self.per_action.items()},
            "ungrounded_quotes": self.ungrounded,
            "negative_articles": self.negative_articles,
            "claims_on_negative_articles": self.negative_claims,
        }

    def format_table(self) -> str:
        rows = [f"{'action':<14}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}{'predicted':>11}"]
        rows.append("-" * len(rows[0]))
        for action, s in self.per_action.items():
            rows.append(f"{action:<14}{s.precision:>7.2f}{s.recall:>7.2f}{s.f1:>7.2f}"
                        f"{s.gold:>9}{s.predicted:>11}")
        rows.append("-" * len(rows[0]))
        for label, s in (("overall", self.overall), ("no action", self.ignoring_action),
                         ("strict", self.strict)):
            rows.append(f"{label:<14}{s.precision:>7.2f}{s.recall:>7.2f}{s.f1:>7.2f}"
                        f"{s.gold:>9}{s.predicted:>11}")
        rows.append("")
        rows.append(f"articles: {self.articles}   ungrounded quotes: {self.ungrounded}   "
                    f"claims on negative articles: {self.negative_claims} "
                    f"(of {self.negative_articles} negative articles)")
        return "\n".join(rows)


def score_article(report: EvalReport, text: str, preds: list[Claim],
                  golds: list[GoldClaim]) -> tuple[list[Claim], list[tuple[int, int]]]:
    """Add one article to `report`; returns the scored (non-negated) predictions and
    the pairs (prediction index, gold index) of the matching on (actor, action, target)."""
    report.articles += 1
    report.ungrounded += sum(1 for c in preds if text[c.span[0]:c.span[1]] != c.quote)
    preds = [c for c in preds if not c.negated]
    if not golds:
        report.negative_articles += 1
        report.negative_claims += len(preds)
    for c in preds:
        report.per_action[c.action].predicted += 1
    for g in golds:
        report.per_action[g.action].gold += 1
    pairs = max_matching(preds, golds, lambda p, g: _compatible(p, g, use_action=True, strict=False))
    for i, _j in pairs:
        report.per_action[preds[i].action].tp += 1
    for score, use_action, strict in ((report.overall, True, False),
                                      (report.ignoring_action, False, False),
                                      (report.strict, True, True)):
        score.predicted += len(preds)
        score.gold += len(golds)
        score.tp += len(pairs) if (use_action, strict) == (True, False) else \
            len(max_matching(preds, golds, lambda p, g: _compatible(
                p, g, use_action=use_action, strict=strict)))
    return preds, pairs


def evaluate(gold_dir: Path, extractor=None) -> EvalReport:
    """Run `extractor` (a new rules Extractor by default) over a gold folder."""
    gold = load_gold(Path(gold_dir))
    if extractor is None:
        extractor = Extractor()
    report = EvalReport()
    by_origin = {g.article.origin: g for g in gold}
    for article, claims in extractor.extract_many(g.article for g in gold):
        g = by_origin[article.origin]
        score_article(report, article.text, claims, g.claims)
    return report


# ---------------------------------------------------------------- construction suite
#
# Short sentences written for the project (tests/data/constructions/*.yaml), each
# tagged with the construction it exercises, each scored as one small article with
# the matching rule above. A YAML file is a list of entries:
#
#   - text: "Norway accused Russia of jamming GPS signals over the Arctic."
#     construction: active
#     claims:
#       - {actor: Norway, action: accuse, target: Russia}
#
# `claims: []` marks a negative (nothing should be extracted). A claim may add
# `actor_aliases` / `target_aliases`; `target: null` is a claim with no target.

CONSTRUCTIONS: dict[str, str] = {
    "active": "an active trigger verb: X accused Y of ...",
    "passive_agent": "a passive with a by-agent: Y was fined by X",
    "passive_no_agent": "a passive with no agent: no claim unless the sentence names the actor otherwise",
    "speech_after": "reported speech, the speaker after the content: ..., the ministry said",
    "speech_before": "reported speech, the speaker first: X said (that) ...",
    "speech_around": "reported speech, the speaker inside the content: Y, X said, had ...",
    "according_to": "according to X, ...",
    "implicit": "an allegation in reported speech with no accusation verb: Y hacked Z, X said",
    "nominal": "a trigger noun: X's accusation that ..., sanctions imposed by X on Y, Y faces charges from X",
    "light_verb": "a light verb and a trigger noun: launched an inquiry into, filed a lawsuit against",
    "policy": "a measure stated as policy: stopped using, phased out, barred from, expelled, recalled its ambassador",
    "evaluative": "an evaluative label: called the ruling absurd, described the fine as a provocation",
    "coordination": "coordinated actors or targets: X and Y expelled ... (one claim per pair)",
    "conditional": "a threat with a condition: threatened to ... unless ...",
    "apposition": "an apposition or a relative clause around a party",
    "pronoun": "a pronoun or description for an actor named earlier in the same entry",
    "group_actor": "a plural nationality or group noun as a party: Palestinians, rights groups, prosecutors",
    "negated": "negative: the act is said not to have happened (did not accuse)",
    "hypothetical": "negative: the act is only possible (could face sanctions if ...)",
    "retracted": "negative: a denial of having made an accusation, a withdrawn charge",
    "cooperation": "negative: cooperation, praise, agreement",
    "unrelated": "negative: violence, accidents, business, sport and other news with no claim",
    "question": "negative: a question that asserts nothing",
}
_ENTRY_KEYS = ("text", "construction", "claims", "note")
_CLAIM_KEYS = ("actor", "action", "target", "actor_aliases", "target_aliases")
_FINAL = (".", "!", "?", '"', "'", "\u201d", "\u2019", ")")


@dataclass(frozen=True)
class SuiteEntry:
    """One sentence (or two) of the construction suite and the claims it states."""

    where: str            # FILE:LINE of the entry
    text: str
    construction: str
    claims: tuple[GoldClaim, ...]

    @property
    def negative(self) -> bool:
        return not self.claims

    def article(self) -> Article:
        # one paragraph with no blank line: body text, never a headline
        return Article(text=self.text, origin=self.where)


def default_suite_dir() -> Path:
    """tests/data/constructions of the repository this module runs from."""
    return Path(__file__).resolve().parent.parent / "tests" / "data" / "constructions"


def load_suite(suite_dir: Path | None = None) -> list[SuiteEntry]:
    """Every entry of every `*.yaml` file of the suite folder, checked."""
    suite_dir = Path(suite_dir) if suite_dir is not None else default_suite_dir()
    if not suite_dir.is_dir():
        raise InputError(f"{suite_dir}: construction suite not found (it ships in the repository's "
                         "tests/data/constructions; give its folder)")
    files = sorted(suite_dir.glob("*.yaml"))
    if not files:
        raise InputError(f"{suite_dir}: no .yaml files in the construction suite folder")
    return [entry for path in files for entry in load_suite_file(path)]


def load_suite_file(path: Path) -> list[SuiteEntry]:
    """The entries of one suite file; an error names the file, the line and the entry."""
    path = Path(path)
    try:
        source = path.read_text("utf-8")
        root = yaml.compose(source)
        data = yaml.safe_load(source)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise InputError(f"{where}: not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise InputError(f"{path}: must be a list of entries (- text: ..., construction: ..., claims: [...])")
    entries = []
    for n, (node, raw) in enumerate(zip(root.value, data), 1):
        line = node.start_mark.line + 1
        twice = _key_given_twice(node)
        if twice is not None:
            raise InputError(f"{path}:{line}: entry {n}: key {twice!r} given twice")
        entries.append(_entry(path, line, n, raw))
    return entries


def _key_given_twice(node) -> str | None:
    """A mapping key repeated in an entry or one of its claims (YAML keeps the last)."""
    if isinstance(node, yaml.SequenceNode):
        return next((k for child in node.value if (k := _key_given_twice(child))), None)
    if not isinstance(node, yaml.MappingNode):
        return None
    keys = [k.value for k, _ in node.value]
    twice = next((k for k in keys if keys.count(k) > 1), None)
    return twice or next((k for _, v in node.value if (k := _key_given_twice(v))), None)


def _entry(path: Path, line: int, n: int, raw) -> SuiteEntry:
    def bad(what: str):
        text = raw.get("text") if isinstance(raw, dict) else None
        label = f" ({text[:40]!r})" if isinstance(text, str) else ""
        return InputError(f"{path}:{line}: entry {n}{label}: {what}")

    if not isinstance(raw, dict):
        raise bad("must be a mapping with text, construction and claims")
    unknown = sorted(set(raw) - set(_ENTRY_KEYS), key=str)
    if unknown:
        raise bad(f"unknown key {unknown[0]!r} (allowed: {', '.join(_ENTRY_KEYS)})")
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise bad("missing `text`")
    if "\n" in text.strip() or not text.strip().endswith(_FINAL):
        raise bad("`text` must be one paragraph ending with final punctuation (the extractor "
                  "reads nothing else as body text)")
    construction = raw.get("construction")
    if construction not in CONSTRUCTIONS:
        raise bad(f"unknown construction {construction!r} (one of: {', '.join(CONSTRUCTIONS)})")
    claims = raw.get("claims")
    if not isinstance(claims, list):
        raise bad("`claims` must be a list (`claims: []` for a sentence with no claim)")
    text = text.strip()
    return SuiteEntry(f"{path.name}:{line}", text, construction,
                      tuple(_suite_claim(c, text, bad) for c in claims))


def _suite_claim(raw, text: str, bad) -> GoldClaim:
    if not isinstance(raw, dict):
        raise bad("a claim must be a mapping {actor, action, target}")
    unknown = sorted(set(raw) - set(_CLAIM_KEYS), key=str)
    if unknown:
        raise bad(f"unknown claim key {unknown[0]!r} (allowed: {', '.join(_CLAIM_KEYS)})")
    if not isinstance(raw.get("actor"), str) or not raw["actor"].strip():
        raise bad("a claim needs an `actor` name")
    if raw.get("action") not in ACTIONS:
        raise bad(f"unknown action {raw.get('action')!r} (one of: {', '.join(ACTIONS)})")
    if "target" not in raw:
        raise bad("a claim needs a `target` (null when it has none)")
    target = raw["target"]
    if target is not None and (not isinstance(target, str) or not target.strip()):
        raise bad("`target` must be a name or null")
    aliases = {}
    for key in ("actor_aliases", "target_aliases"):
        value = raw.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise bad(f"`{key}` must be a list of names")
        aliases[key] = tuple(value)
    return GoldClaim(actor=raw["actor"].strip(), actor_aliases=aliases["actor_aliases"],
                     action=raw["action"], target=target.strip() if target else None,
                     target_aliases=aliases["target_aliases"], quote=text, span=(0, len(text)))


def _triple(actor: str, action: str, target: str | None) -> str:
    return f"{actor} -{action}-> {target if target is not None else '(none)'}"


@dataclass
class SuiteFailure:
    """An entry whose predicted claims and expected claims do not pair up exactly."""

    entry: SuiteEntry
    expected: list[str]
    got: list[str]
    missed: list[str]
    spurious: list[str]

    def to_dict(self) -> dict:
        return {"where": self.entry.where, "construction": self.entry.construction,
                "text": self.entry.text, "expected": self.expected, "got": self.got,
                "missed": self.missed, "spurious": self.spurious}


@dataclass
class SuiteReport:
    """The suite's figures: one EvalReport in all and one per construction tag."""

    total: EvalReport = field(default_factory=EvalReport)
    per_construction: dict[str, EvalReport] = field(default_factory=dict)
    entries: dict[str, int] = field(default_factory=dict)   # per construction
    negatives: int = 0
    quiet_negatives: int = 0     # negative entries given no claim at all
    failures: list[SuiteFailure] = field(default_factory=list)

    @property
    def quiet_rate(self) -> float:
        return self.quiet_negatives / self.negatives if self.negatives else 1.0

    def add(self, entry: SuiteEntry, preds: list[Claim]) -> None:
        self.entries[entry.construction] = self.entries.get(entry.construction, 0) + 1
        golds = list(entry.claims)
        kept, pairs = score_article(self.total, entry.text, preds, golds)
        score_article(self.per_construction.setdefault(entry.construction, EvalReport()),
                      entry.text, preds, golds)
        if entry.negative:
            self.negatives += 1
            self.quiet_negatives += not kept
        if len(pairs) == len(kept) == len(golds):
            return
        matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
        got = [_triple(c.actor.name, c.action, c.target.name if c.target else None) for c in kept]
        expected = [_triple(g.actor, g.action, g.target) for g in golds]
        self.failures.append(SuiteFailure(
            entry, expected, got, missed=[e for j, e in enumerate(expected) if j not in matched_g],
            spurious=[p for i, p in enumerate(got) if i not in matched_p]))

    def to_dict(self, failures: bool = True) -> dict:
        out = self.total.to_dict()
        del out["strict_quote_overlap"]          # the quote is the whole entry
        out["per_construction"] = {
            tag: {"entries": self.entries[tag], **r.overall.to_dict()}
            for tag, r in self.per_construction.items()}
        out["negatives"] = {"entries": self.negatives, "with_no_claim": self.quiet_negatives,
                            "rate": round(self.quiet_rate, 4)}
        if failures:
            out["failures"] = [f.to_dict() for f in self.failures]
        return out

    def format_table(self) -> str:
        head = f"{'construction':<18}{'entries':>8}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}{'predicted':>11}"
        rows = [head, "-" * len(head)]
        for tag in CONSTRUCTIONS:
            if tag in self.per_construction:
                s = self.per_construction[tag].overall
                p, r, f = (f"{v:.2f}" for v in (s.precision, s.recall, s.f1))
                if not s.gold:          # a negative construction: only the predictions count
                    p, r, f = ("-" if not s.predicted else p), "-", "-"
                rows.append(f"{tag:<18}{self.entries[tag]:>8}{p:>7}{r:>7}{f:>7}{s.gold:>9}{s.predicted:>11}")
        actions = [r for r in self.total.format_table().splitlines() if not r.startswith("strict")]
        return "\n".join([*actions[:-2], "", *rows, "",
                          f"entries: {self.total.articles}   ungrounded quotes: {self.total.ungrounded}   "
                          f"negatives with no claim: {self.quiet_negatives} of {self.negatives} "
                          f"({self.quiet_rate:.0%})   entries with a miss: {len(self.failures)}"])

    def format_failures(self) -> str:
        rows = []
        for tag in CONSTRUCTIONS:
            mine = [f for f in self.failures if f.entry.construction == tag]
            if not mine:
                continue
            rows.append(f"== {tag} ({len(mine)} of {self.entries[tag]} entries)")
            for f in mine:
                rows.append(f"{f.entry.where}  {f.entry.text}")
                rows.append(f"    expected: {'; '.join(f.expected) or '(nothing)'}")
                rows.append(f"    got:      {'; '.join(f.got) or '(nothing)'}")
        return "\n".join(rows) if rows else "no failures"


def evaluate_constructions(suite_dir: Path | None = None, extractor=None, *,
                           aliases_file: Path | None = None) -> SuiteReport:
    """Run `extractor` (by default a new rules Extractor with `aliases_file`) over the
    construction suite, each entry one article, and score it with the gold matching
    rule. The suite is read and checked before any model is loaded."""
    entries = load_suite(suite_dir)
    if extractor is None:
        extractor = Extractor(aliases_file=aliases_file)
    report = SuiteReport()
    results = extractor.extract_many(e.article() for e in entries)
    for entry, (article, claims) in zip(entries, results, strict=True):
        assert article.origin == entry.where
        report.add(entry, claims)
    return report
