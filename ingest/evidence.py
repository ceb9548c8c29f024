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

import re

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from accusegraph.model import Evidence

from .rules_actions import entry_words, matched_words
from .rules_syntax import Candidate, find_phrases, lemma
from .rules_vocab import Gazetteer, Lexicon

MAX_WORDS = 16


def evidence_for(sent: Span, lex: Lexicon) -> Evidence:
    tokens = list(sent)
    if find_phrases(tokens, lex.none_public):
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
    while tok.dep_ == "compound" and tok.head != tok:
        tok = tok.head   # "a leaked intelligence report", not "intelligence"
    toks = [t for t in tok.subtree if t.dep_ not in {"relcl", "acl", "punct"} or t == tok]
    words = [t for t in toks if t.i >= tok.left_edge.i]
    text = " ".join(t.text for t in sorted(words, key=lambda t: t.i)[:MAX_WORDS])
    return text.strip() or tok.text


def hedged(c: Candidate, lex: Lexicon) -> bool:
    scope = list(c.hedge_scope) or [t for t in c.scope.subtree]
    near = [*scope, *c.trigger.children, c.trigger]
    if c.trigger.head != c.trigger:
        near.append(c.trigger.head)
        near.extend(x for x in c.trigger.head.children if x.dep_ in {"aux", "advmod"})
    return any(lemma(t) in lex.hedges or t.lower_ in lex.hedges for t in near)


# ---------------------------------------------------------------- allegation
#
# The allegation is read from the dependency frame of the trigger, never from
# the sentence as a whole:
# - reported speech: the content clause;
# - "accused Y of V-ing", "blamed Y for Z", "fined Y over Z", "accusations of Z":
#   the complement of an `of/for/over/...` preposition of the trigger (not one
#   that names a party);
# - "X's claim that C", "rejected claims that C": the complement clause;
# - a denial: what is denied ("denied any wrongdoing" -> "wrongdoing"); a bare
#   "denied the accusations" gives none.
# A clause whose subject is the party it is about ("Y was behind the attack",
# said of Y) becomes a gerund phrase ("being behind the attack"). Marks ("that"),
# time adverbials ("for years", "on Thursday", "earlier this month") and
# non-restrictive modifiers (", which ...") are dropped.

# The word lists these rules read are lexicon keys (ingest/data/lexicon.yaml):
# allegation_preps, time_words, bare_claim_nouns, subject_pronouns,
# soft_adverbs, denial_negators, distancing_words.
TIME_DEPS = {"npadvmod", "advmod", "prep", "tmod", "nummod"}
FUNCTION_POS = {"ADP", "DET", "CCONJ", "SCONJ", "PUNCT", "PART", "SPACE"}
NONRESTRICTIVE = {"relcl", "appos", "advcl", "acl", "parataxis"}


def _is_time(tok: Token, lex: Lexicon) -> bool:
    """A time adverbial: "for years", "on Thursday", "last week", "earlier"."""
    if tok.dep_ not in TIME_DEPS:
        return False
    if tok.dep_ == "prep":
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        return bool(objs) and all(o.ent_type_ in {"DATE", "TIME"} or lemma(o) in lex.time_words
                                  for o in objs)
    return tok.ent_type_ in {"DATE", "TIME"} or lemma(tok) in lex.time_words


def _gerund(lem: str) -> str:
    if lem == "be":
        return "being"
    if lem.endswith("ie"):
        return lem[:-2] + "ying"
    if lem.endswith("e") and len(lem) > 2 and not lem.endswith(("ee", "ye", "oe")):
        return lem[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", lem) or lem.endswith(("mit", "pel", "cur")):
        return lem + lem[-1] + "ing"
    return lem + "ing"


def _drop(root: Token, allowed: set[Token] | None, lex: Lexicon) -> set[Token]:
    """Tokens under `root` that the phrase leaves out."""
    out: set[Token] = set()
    for t in root.subtree:
        if t in out or t == root:
            continue
        if (allowed is not None and t not in allowed) or (t.dep_ == "mark" and t.head == root) \
                or _is_time(t, lex):
            out.update(t.subtree)
        elif t.dep_ in NONRESTRICTIVE and t.i > root.i and t.left_edge.i > 0 and \
                t.doc[t.left_edge.i - 1].text in {",", "(", "--", "—", "–"}:
            out.update(t.subtree)   # ", which ...": a non-restrictive modifier
            out.add(t.doc[t.left_edge.i - 1])
    return out


def _words(toks: list[Token], lead: bool = True) -> str | None:
    toks = sorted(toks, key=lambda t: t.i)
    while lead and toks and (toks[0].pos_ in FUNCTION_POS or toks[0].is_punct):
        toks = toks[1:]
    toks = toks[:MAX_WORDS]
    while toks and (toks[-1].pos_ in FUNCTION_POS or toks[-1].is_punct):
        toks = toks[:-1]   # never end on "from", "the", ","
    text = "".join(t.text_with_ws if k < len(toks) - 1 else t.text for k, t in enumerate(toks))
    text = re.sub(r"\s+([,;:])", r"\1", " ".join(text.split()))
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)   # a gap where a dropped span was
    text = text.strip(" ,.;:\"'“”‘’")
    return text or None


def _phrase_of(lex: Lexicon, root: Token, about: range | None, allowed: set[Token] | None = None,
               negative: bool = False, names: frozenset[str] = frozenset()) -> str | None:
    """The phrase rooted at `root`: a clause whose subject is the party `about`
    (token range) becomes a gerund phrase; a noun phrase loses its determiner."""
    drop = _drop(root, allowed, lex)
    if root.pos_ in {"VERB", "AUX"}:
        subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
        about_subj = subj is not None and about is not None and (
            (names and " ".join(t.text for t in subj.subtree if t.dep_ != "det").lower() in names) or
            any(t.i in about for t in subj.subtree) or
            (negative and subj.pos_ == "PRON" and subj.lower_ in lex.subject_pronouns))
        agent = next((p for p in root.children if p.dep_ == "agent"), None)
        if subj is not None and agent is not None and about is not None and not about_subj and \
                any(t.i in about for t in agent.subtree):
            # "Navalny was poisoned by Russia", said of Russia: "poisoning Navalny"
            drop.update(agent.subtree)
            drop.update(c for c in root.children if c.dep_ in {"aux", "auxpass", "neg"})
            obj = _words([t for t in subj.subtree if t not in drop], lead=False) or ""
            rest = _words([t for t in root.subtree if t.i > root.i and t not in drop
                           and t not in set(subj.subtree)], lead=False) or ""
            return " ".join(w for w in (_gerund(lemma(root)), obj, rest) if w)
        if about_subj or (subj is None and root.dep_ in {"pcomp", "xcomp"}):
            if subj is not None:
                drop.update(subj.subtree)
            auxes = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
            passive = any(c.dep_ == "auxpass" for c in auxes)
            drop.update(auxes)
            for c in root.children:   # "had done nothing wrong and would fight ...": the first deed
                if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}:
                    drop.update(c.subtree)
                    drop.update(x for x in root.children if x.dep_ == "cc" and x.i < c.i)
            drop.update(c for c in root.children if c.dep_ == "neg" or
                        (negative and c.lower_ == "never") or
                        (lemma(c) in lex.soft_adverbs and c.n_lefts + c.n_rights == 0))
            toks = [t for t in root.subtree if t not in drop]
            if root.tag_ == "VBG" or (root.dep_ == "xcomp" and not auxes):
                return _words(toks)
            head = ("being " + root.text) if passive else _gerund(lemma(root))
            left = [t for t in toks if t.i < root.i]
            right = [t for t in toks if t.i > root.i]
            lw, rw = _words(left) or "", _words(right, lead=False) or ""
            return " ".join(w for w in (lw, head, rw) if w) or None
        return _words([t for t in root.subtree if t not in drop])
    drop.update(c for c in root.children if c.dep_ in {"det", "predet"} or
                (c.dep_ == "poss" and c.pos_ == "PRON"))
    return _words([t for t in root.subtree if t not in drop])


def _about_preps(lex: Lexicon, tok: Token, action: str, parties: list[range],
                 own: frozenset[str] = frozenset()) -> list[Token]:
    """The complements of the trigger's 'what about' prepositions that name no
    party and are not words of the trigger itself (`own`)."""
    wanted = lex.allegation_preps[action]
    out = []
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in wanted):
        for comp in prep.children:
            if comp.dep_ not in {"pobj", "pcomp"}:
                continue
            if any(t.i in r for t in comp.subtree for r in parties):
                continue
            if comp.ent_type_ in {"DATE", "TIME"} or lemma(comp) in lex.time_words or lemma(comp) in own:
                continue   # (a time; the trigger's own word: "took X to court")
            out.append((wanted.index(prep.lower_), prep.i, comp))
    return [c for _, _, c in sorted(out, key=lambda x: (x[0], x[1]))]


def _names(m, gaz: Gazetteer | None = None) -> frozenset[str]:
    """The lower-cased names a party goes by (with its gazetteer forms: "Beijing"
    for China), to recognise it as a clause's subject."""
    out = {m.actor.name.lower()}
    if m.person is not None:
        out.add(m.person.name.lower())
    if gaz is not None:
        got = _BY_NAME.get(id(gaz))
        if got is None or got[0] is not gaz:
            got = _BY_NAME[id(gaz)] = (gaz, {a.name: a for a in gaz.actors})
        known = got[1].get(m.actor.name)
        if known is not None:
            out.update(f.lower() for f in known.surface_forms())
    return frozenset(out)


_BY_NAME: dict[int, tuple] = {}


def allegation_for(c: Candidate, lex: Lexicon, action: str | None = None,
                   gaz: Gazetteer | None = None) -> str | None:
    """A short phrase for what is alleged or what the act is about, read from
    the trigger's frame (see above); None when the text does not say."""
    action = action or c.action
    trig = c.trigger
    target = range(c.target.start, c.target.end) if c.target is not None else None
    actor = range(c.actor.start, c.actor.end)
    about = actor if action in {"deny"} else target
    a_names = _names(c.actor, gaz)
    t_names = _names(c.target, gaz) if c.target is not None else frozenset()
    parties = [actor] + ([target] if target is not None else [])
    if c.rule == "speech":
        root = c.scope
        if root.lower_ in {"which", "that", "who", "what"}:
            return None
        allowed = set(c.hedge_scope) | {root} if c.hedge_scope else None
        subj = next((s for s in root.children if s.dep_ in {"nsubj", "nsubjpass"}), None)
        if root.pos_ in {"NOUN", "PROPN"} and lemma(root) in lex.bare_claim_nouns:
            subj = root   # "called the accusations absurd"
        if action == "deny" and subj is not None:
            if lemma(subj) in lex.bare_claim_nouns:
                # "the accusations were absurd": what the accusations say, if anything
                for comp in _about_preps(lex, subj, action, parties):
                    return _phrase_of(lex, comp, None)
                return None
            near = [c for c in root.children] + [g for c in root.children if c.dep_ in {"dobj", "attr"}
                                                 for g in c.children]
            if not any(t.dep_ == "neg" or t.lower_ in lex.denial_negators for t in near):
                return None   # a dismissal cue, not a negated deed: the clause is no allegation
            if not any(c.lower_ in lex.distancing_words for c in subj.children):
                # the denier's own side is the subject: "Moscow had played no role in ..."
                about = range(subj.left_edge.i, subj.right_edge.i + 1)
        return _phrase_of(lex, root, about, allowed, negative=action == "deny",
                          names=a_names if action == "deny" else t_names)
    heads = [trig]
    own = matched_words(trig, lex, action)
    # "held Y responsible for Z": the trigger's own words carry the complement
    heads += [x for x in trig.children if lemma(x) in own]
    # "accusing Y of Z" parsed with "of Z" under Y
    heads += [x for x in trig.children if x.dep_ in {"dobj", "nsubjpass"} and target is not None
              and x.i in target]
    if trig.pos_ in {"NOUN", "PROPN"}:
        gov = trig.head
        if trig.dep_ in {"dobj", "pobj"} and gov != trig:
            heads.append(gov.head if gov.dep_ == "prep" else gov)   # "imposed a fine on Y for Z"
    if action in {"deny", "dispute"} and trig.pos_ in {"VERB", "AUX"}:
        # what is denied: "denied any wrongdoing", "rejected claims that C",
        # "denied the accusations of spying", "denies playing any part"
        for x in trig.children:
            if x.dep_ in {"xcomp", "ccomp"} and x.pos_ in {"VERB", "AUX"}:
                return _phrase_of(lex, x, actor, negative=True, names=a_names)
        for obj in (x for x in trig.children if x.dep_ in {"dobj", "nsubjpass"}):
            if lemma(obj) in lex.bare_claim_nouns:
                for comp in _about_preps(lex, obj, action, parties):
                    return _phrase_of(lex, comp, actor, negative=True, names=a_names)
                for cl in obj.children:
                    if cl.dep_ in {"acl", "ccomp", "relcl"} and cl.pos_ in {"VERB", "AUX"} and \
                            not any(s.lower_ in {"that", "which"} and s.dep_ in {"nsubj", "dobj"}
                                    for s in cl.children):
                        return _phrase_of(lex, cl, actor, negative=True, names=a_names)
                return None
            if obj.pos_ in {"NOUN"} and not any(obj.i in r for r in parties) and \
                    lemma(obj) not in entry_words(lex, (action,)):
                return _phrase_of(lex, obj, actor)
        return None
    for h in heads:
        for comp in _about_preps(lex, h, action, parties, own):
            return _phrase_of(lex, comp, target if action != "deny" else actor,
                              names=t_names if action != "deny" else a_names)
    if action == "accuse" and trig.pos_ in {"VERB", "AUX"}:
        # "attributed the attack to X", "blamed the hack on X": the object is the deed;
        # "the poisoning, which it blamed on X": the noun the clause describes
        for obj in (x for x in trig.children if x.dep_ == "dobj"):
            if obj.lower_ in {"which", "that"} and trig.dep_ == "relcl" and trig.head.pos_ == "NOUN":
                obj = trig.head
                drop = set(trig.subtree)
                return _words([t for t in obj.subtree if t not in drop and t.dep_ not in {"det", "punct"}
                               and not (t.dep_ == "poss" and t.pos_ == "PRON")])
            if not any(t.i in r for t in obj.subtree for r in parties) and obj.pos_ == "NOUN":
                return _phrase_of(lex, obj, target)
    for h in heads:
        for x in h.children:
            if x.dep_ in {"ccomp", "acl"} and x.pos_ in {"VERB", "AUX"} and \
                    not any(s.lower_ in {"that", "which"} and s.dep_ in {"nsubj", "dobj"}
                            for s in x.children):
                return _phrase_of(lex, x, target, names=t_names)
            if x.dep_ == "xcomp" and action in {"threaten", "sanction", "sue", "investigate"} and \
                    lemma(x) not in own:
                return _phrase_of(lex, x, None)
    return None
