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

from accusegraph.errors import InputError, RecordError
from accusegraph.model import ACTIONS, Article, Claim

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


def score_article(report: EvalReport, text: str, preds: list[Claim], golds: list[GoldClaim]) -> None:
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
        score.tp += len(max_matching(preds, golds, lambda p, g: _compatible(
            p, g, use_action=use_action, strict=strict)))


def evaluate(gold_dir: Path, extractor=None) -> EvalReport:
    """Run `extractor` (a new rules Extractor by default) over a gold folder."""
    gold = load_gold(Path(gold_dir))
    if extractor is None:
        from .extract import Extractor
        extractor = Extractor()
    report = EvalReport()
    by_origin = {g.article.origin: g for g in gold}
    for article, claims in extractor.extract_many(g.article for g in gold):
        g = by_origin[article.origin]
        score_article(report, article.text, claims, g.claims)
    return report
