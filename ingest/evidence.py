"""Evidence, hedging and the allegation phrase of a claim, read from its sentence.

Evidence status, first rule that fires:
- `none_public`: the sentence says no evidence was given ("without providing
  evidence", "no evidence", "zero-evidence");
- `cited`: the sentence names a document, report, finding, leak, test...; the
  description is that noun phrase ("a report by the NCSC");
- `not_mentioned` otherwise.

A claim is hedged when a hedge cue ("suspected", "allegedly", "could",
"concerns") occurs in the words that state it (the trigger's clause or the
reported content) or modifies the trigger.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from accusegraph.model import Evidence

from .rules_syntax import Candidate, has_phrase, lemma
from .rules_vocab import Lexicon

MAX_WORDS = 16


def evidence_for(sent: Span, lex: Lexicon) -> Evidence:
    tokens = list(sent)
    for entry in lex.none_public:
        if has_phrase(tokens, entry) is not None:
            return Evidence(status="none_public", description="no evidence made public")
    for tok in tokens:
        if tok.pos_ in {"NOUN", "PROPN"} and lemma(tok) in lex.cited:
            if any(c.lower_ in {"no", "without"} for c in tok.children) or tok.head.lower_ == "without":
                continue
            if tok.dep_ == "dobj" and any(lemma(tok.head) == e[0] for e in lex.actions["deny"].verbs):
                continue   # the report being rejected is not evidence for the rejection
            return Evidence(status="cited", description=_phrase(tok))
    return Evidence(status="not_mentioned")


def _phrase(tok: Token) -> str:
    """The noun phrase of a token with its 'of/by/from' complement, trimmed."""
    while tok.dep_ == "compound" and tok.head is not tok:
        tok = tok.head   # "a leaked intelligence report", not "intelligence"
    toks = [t for t in tok.subtree if t.dep_ not in {"relcl", "acl", "punct"} or t is tok]
    words = [t for t in toks if t.i >= tok.left_edge.i]
    text = " ".join(t.text for t in sorted(words, key=lambda t: t.i)[:MAX_WORDS])
    return text.strip() or tok.text


def hedged(c: Candidate, lex: Lexicon) -> bool:
    scope = list(c.hedge_scope) or [t for t in c.scope.subtree]
    near = [*scope, *c.trigger.children, c.trigger]
    if c.trigger.head is not c.trigger:
        near.append(c.trigger.head)
        near.extend(x for x in c.trigger.head.children if x.dep_ in {"aux", "advmod"})
    return any(lemma(t) in lex.hedges or t.lower_ in lex.hedges for t in near)


def allegation_for(c: Candidate) -> str | None:
    """A short phrase for what is alleged or what the act is about."""
    trig = c.trigger
    parts: list[Token] = []
    if c.rule == "speech":
        parts = [t for t in c.hedge_scope if t.dep_ != "mark"]
    else:
        for child in trig.children:
            if child.dep_ == "prep" and child.lower_ in {"of", "for", "over", "on", "into", "against",
                                                         "with", "from", "to"} and not any(
                    t.ent_type_ in {"DATE", "TIME"} for t in child.subtree):
                parts = list(child.subtree)
                break
            if child.dep_ in {"ccomp", "xcomp", "acl"}:
                parts = [t for t in child.subtree if t.dep_ != "mark"]
                break
        if not parts:
            subjects = {t for s in trig.children if s.dep_ in {"nsubj", "nsubjpass", "poss"}
                        for t in s.subtree}
            parts = [t for t in trig.subtree if t not in subjects]
    parts = sorted(set(parts), key=lambda t: t.i)
    if not parts:
        return None
    text = "".join(t.text_with_ws for t in parts[:MAX_WORDS * 2])
    words = text.split()
    text = " ".join(words[:MAX_WORDS]).strip(" ,.;:\"'“”")
    return text or None
