"""The rules extractor: articles in, grounded claims out.

Per article, in text order:
1. spaCy parses the text (in batches through `nlp.pipe`; `jobs > 1` uses that
   many processes); paragraph breaks are sentence breaks;
2. `resolve.ArticleResolver` finds the actors each sentence names;
3. the rules of `rules_actions` and `rules_speech` propose candidate claims;
4. denials, disputes and defences are tied to the accusation they answer
   (`responds_to`), which also gives a denial its target when the sentence names none;
5. every claim is checked: its quote is exactly `article.text[start:end]`, or it
   is not emitted.

The headline (first line when a blank line follows) and paragraphs without
final punctuation (standfirsts, subheads) are read for names but give no claims:
they repeat the body in compressed, ambiguous form.

Negated statements are never emitted ("denied accusing Y" gives no accusation),
so `negated` is always false in this extractor's output.

Output is deterministic: the same article gives the same claims, ids and order.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span

from accusegraph.model import ActorRef, Article, Claim, make_claim_id

from . import rules_actions, rules_speech
from .evidence import allegation_for, evidence_for, hedged
from .nlp import load_nlp
from .resolve import ArticleResolver, Mention, build_matcher
from .rules_names import DATELINE
from .rules_syntax import Candidate
from .rules_vocab import gazetteer, lexicon, load_alias_file

EXTRACTOR = "rules/1"
RESPONSES = {"deny", "dispute", "defend", "threaten"}   # answer a claim: `responds_to`
ANSWERABLE = ("accuse", "criticize", "sanction", "sue", "investigate", "threaten")
FINAL = tuple('.!?"”’)\'')
RULES = (rules_actions.verbal, rules_actions.nominal, rules_actions.cut_ties,
         rules_actions.stop_using, rules_actions.calls, rules_actions.responses,
         rules_actions.warnings)


class Extractor:
    """Rules extractor over spaCy.

    Args:
        aliases_file: a user alias file (canonical name -> {kind, aliases}) added
            to the shipped gazetteer; a malformed file raises InputError naming it.
    """

    name = EXTRACTOR

    def __init__(self, aliases_file: Path | None = None):
        self.nlp = load_nlp()
        self.lex = lexicon()
        gaz = gazetteer()
        if aliases_file is not None:
            gaz = gaz.merged(load_alias_file(Path(aliases_file)))
        self.gaz = gaz
        self.matcher = build_matcher(self.nlp, gaz)
        lex = self.lex
        # the lemmas without which a rule cannot fire: a sentence holding none of
        # them skips the rule (None: the rule always runs)
        gates = {rules_actions.cut_ties: lex.cut_ties_verbs | lex.cut_ties_nouns,
                 rules_actions.stop_using: lex.stop_verbs,
                 rules_actions.calls: lex.call_verbs,
                 rules_actions.responses: lex.response_nouns,
                 rules_actions.warnings: lex.warning_verbs}
        self.rules = [(rule, gates.get(rule)) for rule in RULES]

    def extract(self, article: Article) -> list[Claim]:
        """The claims of one article."""
        return self.claims_from_doc(self.nlp(article.text), article)

    def extract_many(self, articles: Iterable[Article], *, batch_size: int = 32,
                     jobs: int = 1) -> Iterator[tuple[Article, list[Claim]]]:
        """Claims of a stream of articles, in input order, parsed in batches.

        Memory stays flat: articles are read lazily and each parse is dropped
        once its claims are built.
        """
        stream = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(stream, as_tuples=True, batch_size=batch_size,
                                          n_process=max(1, int(jobs))):
            yield article, self.claims_from_doc(doc, article)

    # ------------------------------------------------------------ per article
    def claims_from_doc(self, doc: Doc, article: Article) -> list[Claim]:
        res = ArticleResolver(doc, self.gaz, self.lex, self.matcher)
        body_start = _body_start(article.text)
        found: list[tuple[Span, Candidate]] = []
        for sent in doc.sents:
            if sent.end_char <= body_start:
                continue   # the headline: neither claims nor names (often garbled)
            res.prepare(sent)
            if not _claimable(sent, article.text, body_start):
                continue
            here: list[Candidate] = []
            toks = _Tokens(sent)   # the rules read the sentence many times: build its tokens once
            lemmas = {t.lemma_.lower() for t in toks}
            for rule, gate in self.rules:
                if gate is None or not gate.isdisjoint(lemmas):
                    here.extend(rule(res, toks, self.lex))
            here.extend(rules_speech.speech(res, toks))
            for c in here:
                if c.action in {"accuse", "criticize", "sue", "sanction"} and c.target is not None:
                    res.accused.setdefault(c.actor.actor, set()).add(c.target.actor)
            found.extend((sent, c) for c in here)
        return self._build(found, article)

    def _build(self, found: list[tuple[Span, Candidate]], article: Article) -> list[Claim]:
        source = article.source
        text = article.text
        claims: list[Claim] = []
        seen: set[tuple] = set()
        pending: list[tuple[Span, Candidate, tuple[int, int], str]] = []
        for sent, cand in found:
            span = _quote_span(sent)
            if span is None or (cand.target is not None and cand.target.actor == cand.actor.actor):
                continue
            quote = text[span[0]:span[1]]
            if cand.action in RESPONSES or cand.context:
                pending.append((sent, cand, span, quote))
                continue
            claim = self._claim(cand, None, sent, span, quote, source, None)
            key = (span, claim.actor.id, claim.action, claim.target.id if claim.target else None)
            if key not in seen:
                seen.add(key)
                claims.append(claim)
        for sent, cand, span, quote in pending:
            answered = _answered(cand, span, claims)
            target_ref = _ref(cand.target) if cand.target is not None else None
            action = cand.action
            if answered is not None:
                if target_ref is None:
                    target_ref = answered.actor
                if action == "deny" and answered.target is not None and \
                        answered.target.id != _ref(cand.actor).id and cand.actor.person is None:
                    action = "dispute"
                elif action in {"dispute", "defend"} and answered.target is not None and \
                        answered.target.id == _ref(cand.actor).id:
                    action = "deny"   # the accused questioning or defending itself denies
            if target_ref is not None and target_ref.id == _ref(cand.actor).id:
                continue
            if target_ref is None and (cand.rule != "verb" or cand.context):
                continue   # an inferred response with nothing to answer is too weak
            claim = self._claim(cand, target_ref, sent, span, quote, source,
                                answered.id if answered and cand.action in RESPONSES else None, action=action)
            key = (span, claim.actor.id, claim.action, claim.target.id if claim.target else None)
            if key not in seen:
                seen.add(key)
                claims.append(claim)
        claims.sort(key=lambda c: c.span[0])  # stable: rule order within a sentence
        return [c for c in claims if text[c.span[0]:c.span[1]] == c.quote]

    def _claim(self, cand: Candidate, target_ref: ActorRef | None, sent: Span,
               span: tuple[int, int], quote: str, source, responds_to: str | None,
               action: str | None = None) -> Claim:
        action = action or cand.action
        actor = _ref(cand.actor)
        target = target_ref if target_ref is not None else (_ref(cand.target) if cand.target else None)
        return Claim(
            id=make_claim_id(source.id, actor.id, action, target.id if target else None, span),
            actor=actor, action=action, target=target,
            allegation=allegation_for(cand, self.lex, action, self.gaz), evidence=evidence_for(sent, self.lex),
            quote=quote, span=span, hedged=hedged(cand, self.lex), negated=False,
            responds_to=responds_to, source=source, extractor=EXTRACTOR,
            confidence=cand.confidence)


# ---------------------------------------------------------------- helpers

class _Tokens(list):
    """A sentence's tokens, built once, with the span's `start` and `end`: what
    the rules read of a sentence (iterating a spaCy span makes new token objects
    on every pass)."""

    def __init__(self, sent: Span):
        super().__init__(sent)
        self.start = sent.start
        self.end = sent.end


def _ref(m: Mention) -> ActorRef:
    return ActorRef.make(m.actor.name, m.actor.kind)


def _answered(cand: Candidate, span: tuple[int, int], claims: list[Claim]) -> Claim | None:
    """The claim a response answers: one against the responder (a denial) or
    against the defended party, the nearest before it (an accusation before a
    sanction in the same sentence), else the nearest after it."""
    me = _ref(cand.actor).id
    about = me if cand.action != "defend" or cand.target is None else _ref(cand.target).id
    if cand.action == "dispute":
        about = None   # a third party's doubt: about an accusation against anyone
    wanted = []
    for c in claims:
        if c.action not in ANSWERABLE or c.actor.id == me:
            continue
        if about is not None and (c.target is None or c.target.id != about):
            continue
        if cand.target is not None and cand.action != "defend" and c.actor.id != _ref(cand.target).id:
            continue
        wanted.append(c)
    if not wanted:
        return None
    if cand.answers is not None and any(c.action == cand.answers for c in wanted):
        wanted = [c for c in wanted if c.action == cand.answers]
    rank = {a: k for k, a in enumerate(ANSWERABLE)}
    before = [c for c in wanted if c.span[0] <= span[0]]
    if before:
        return min(before, key=lambda c: (-c.span[0], rank[c.action]))
    return min(wanted, key=lambda c: (c.span[0], rank[c.action]))


def _body_start(text: str) -> int:
    """Where the body starts: after the headline (the first line when a blank line
    follows it), or at a dateline paragraph ("LONDON -", "WASHINGTON (AP) --",
    "(Reuters) –") among the first paragraphs, before which come only headline,
    standfirst and summary lines."""
    first, sep, _rest = text.partition("\n")
    start = 0
    if sep and text[len(first) + 1:].lstrip(" \t").startswith("\n"):
        start = len(first) + 1
    offset = start
    for k, para in enumerate(re.split(r"(\n\s*\n)", text[start:])):
        if k > 12:
            break
        if k % 2 == 0 and DATELINE.match(para.strip()):
            return offset + (len(para) - len(para.lstrip()))
        offset += len(para)
    return start


def _quote_span(sent: Span) -> tuple[int, int] | None:
    raw = sent.text
    stripped = raw.strip()
    if not stripped:
        return None
    start = sent.start_char + (len(raw) - len(raw.lstrip()))
    return start, start + len(stripped)


def _claimable(sent: Span, text: str, body_start: int) -> bool:
    span = _quote_span(sent)
    if span is None or span[0] < body_start:
        return False
    end = span[1]
    ends_paragraph = end >= len(text.rstrip()) or text[end:end + 2].count("\n") >= 1
    if ends_paragraph and not text[span[0]:end].endswith(FINAL):
        return False
    return True
