"""The rules extractor: articles in, grounded claims out.

Per article, in text order:
1. spaCy parses the text (in chunks of articles through `nlp.pipe`); paragraph
   breaks are sentence breaks; an article longer than spaCy's `max_length` is
   parsed in pieces cut at paragraph breaks, joined back into one Doc;
2. `resolve.ArticleResolver` finds the actors each sentence names;
3. the rules of `rules_actions` and `rules_speech` propose candidate claims;
4. denials, disputes and defences are tied to the accusation they answer
   (`responds_to`), which also gives a denial its target when the sentence names none;
5. every claim is checked: its quote is exactly `article.text[start:end]`, or it
   is not emitted.

The headline (first line when a blank line follows, unless it reads like body
text) is skipped; standfirst lines before a dateline and stand-alone subheads
(a paragraph without final punctuation) are read for names but give no claims:
they repeat the body in compressed, ambiguous form. Questions give no claims.

Negated statements are never emitted ("denied accusing Y" gives no accusation),
so `negated` is always false in this extractor's output.

Output is deterministic: the same article gives the same claims, ids and order.

Streams of articles (`extract_many`) are cut into chunks: `SERIAL_CHUNK` articles
with one job, `CHUNK` with more. A chunk goes through one `nlp.pipe` call, parsed
in batches of `CHUNK` articles, and its rules run as its documents come. Memory
is bounded: once spaCy has learnt `VOCAB_GROWTH` new words, each chunk runs in a
spaCy memory zone that frees the words it added, and the lemmatizer's cache is
emptied when it grows past `LEMMA_CACHE_MAX`. `jobs > 1` sends chunks of `CHUNK`
(parse and rules) to that many worker processes (`_parallel` below); the parser
sees the same batches of `CHUNK` articles either way, so -j2 writes the same bytes
as -j1 (an article cut into pieces over spaCy's `max_length` shifts the serial
batches after it by its extra pieces).
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import os
import re
import signal
import threading
import time
import traceback
from collections import deque
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from accusegraph.errors import AccusegraphError, ExtractionError
from accusegraph.model import ANSWERABLE_ACTIONS, RESPONSE_ACTIONS, ActorRef, Article, Claim, make_claim_id

from . import rules_actions, rules_speech
from .evidence import allegation_for, evidence_for, hedged
from .nlp import load_nlp
from .resolve import ArticleResolver, Mention, build_matcher
from .rules_names import DATELINE, Actor, has_definite
from .rules_syntax import Candidate, children, repair_parse

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span
from .rules_vocab import Lexicon, gazetteer, lexicon, load_alias_file

EXTRACTOR = "rules/1"
FINAL = tuple('.!?"”’)\'')
CHUNK = 32           # articles per parse batch (as spaCy's baseline), and per task of a worker process
SERIAL_CHUNK = 128   # articles per `nlp.pipe` call in one process (still parsed in batches of CHUNK):
                     # each call has its own set-up, about 3% of the parse at 32 articles a call
IN_FLIGHT = 2        # chunks queued or running per worker process (bounds memory)
VOCAB_GROWTH = 30_000      # new strings (words) spaCy keeps for good; past it, each chunk's are freed
LEMMA_CACHE_MAX = 50_000   # entries of spaCy's lemmatizer cache kept between chunks
PIECE = 100_000      # characters of one parse of an article over spaCy's max_length (see `_pieces`)
RULES = (rules_actions.verbal, rules_actions.nominal, rules_actions.cut_ties,
         rules_actions.stop_using, rules_actions.halted_dealings, rules_actions.calls,
         rules_actions.responses, rules_actions.warnings, rules_actions.joined_suits,
         rules_actions.expulsions, rules_actions.named_defendants, rules_actions.premises_searches,
         rules_actions.not_ruled_out, rules_actions.those_acted_on, rules_actions.resignation_calls,
         rules_actions.release_calls, rules_actions.promised_harm, rules_actions.endorsed_claims,
         rules_actions.settlements, rules_actions.closures, rules_actions.market_exits,
         rules_actions.innocence_held, rules_actions.terms_given, rules_actions.penalties_sought,
         rules_actions.culprits_named, rules_actions.alleged_acts, rules_actions.faults_found)


class Extractor:
    """Rules extractor over spaCy.

    Args:
        aliases_file: a user alias file (canonical name -> {kind, aliases}) added
            to the shipped gazetteer; a malformed file raises InputError naming it.

    spaCy is loaded on first use (`nlp`): a parent that hands all the work to
    worker processes (`extract_many(jobs=2)`) never loads it.
    """

    name = EXTRACTOR

    def __init__(self, aliases_file: Path | None = None):
        self.aliases_file = Path(aliases_file) if aliases_file is not None else None
        self.lex = lexicon()
        gaz = gazetteer()
        if self.aliases_file is not None:
            gaz = gaz.merged(load_alias_file(self.aliases_file))
        self.gaz = gaz
        lex = self.lex
        # the lemmas without which a rule cannot fire: a sentence holding none of
        # them skips the rule (None: the rule always runs)
        gates = {rules_actions.cut_ties: lex.cut_ties_verbs | lex.cut_ties_nouns | set(lex.participles) | lex.renewing_verbs
                 | lex.cut_ties_returning | lex.reconsidering_verbs,
                 rules_actions.stop_using: lex.stop_verbs | lex.use_words,
                 rules_actions.halted_dealings: lex.dealing_verbs | {"do"},
                 rules_actions.calls: lex.call_verbs | lex.order_verbs,
                 rules_actions.responses: lex.response_nouns,
                 rules_actions.warnings: lex.warning_verbs,
                 rules_actions.joined_suits: {"join"},
                 rules_actions.named_defendants: lex.defendant_nouns | {"name"},
                 rules_actions.expulsions: lex.granting_verbs | lex.declaring_verbs | lex.leave_verbs | lex.escorting_verbs,
                 rules_actions.premises_searches: lex.search_nouns,
                 rules_actions.not_ruled_out: {"rule", "exclude"},
                 rules_actions.those_acted_on: {"those"},
                 rules_actions.resignation_calls: {w.split()[0] for w in lex.resigning_verbs} | lex.resignation_nouns,
                 rules_actions.release_calls: lex.freeing_verbs | lex.release_nouns,
                 rules_actions.promised_harm: lex.promising_verbs | lex.negating_verbs,
                 rules_actions.endorsed_claims: lex.support_verbs,
                 rules_actions.settlements: lex.settling_verbs | lex.payment_verbs,
                 rules_actions.closures: lex.cut_ties_closing | lex.closing_verbs | lex.recall_nouns,
                 rules_actions.market_exits: lex.exit_verbs,
                 rules_actions.innocence_held: lex.innocence_nouns,
                 rules_actions.terms_given: lex.prison_terms,
                 rules_actions.penalties_sought: lex.sought_penalties,
                 rules_actions.culprits_named: lex.identifying_verbs,
                 rules_actions.alleged_acts: lex.accusing_speech | lex.alleging_adverbs,
                 rules_actions.faults_found: lex.fault_finding_verbs}
        self.rules = [(rule, gates.get(rule)) for rule in RULES]
        self._vocab_limit: int | None = None

    @cached_property
    def nlp(self):
        return load_nlp()

    @cached_property
    def matcher(self):
        return build_matcher(self.nlp, self.gaz)

    def extract(self, article: Article) -> list[Claim]:
        """The claims of one article."""
        return self._extract_chunk([article])[0]

    def extract_many(self, articles: Iterable[Article], *, batch_size: int | None = None,
                     jobs: int = 1) -> Iterator[tuple[Article, list[Claim]]]:
        """Claims of a stream of articles, in input order.

        The stream is read lazily in chunks of `batch_size` articles (by default
        `SERIAL_CHUNK` with one job, `CHUNK` with more), each parsed in one
        `nlp.pipe` call, in batches of at most `CHUNK`. `jobs == 1` runs here; `jobs > 1` runs the whole work of
        a chunk (parse and rules) in that many worker processes, with at most
        `IN_FLIGHT` chunks per worker read ahead, so memory stays flat either
        way. The output does not depend on `jobs`.

        Raises:
            ExtractionError: the rules failed on an article, or a worker process
                died; the message names the article(s).
        """
        jobs = max(1, int(jobs))
        size = max(1, int(batch_size)) if batch_size is not None else (SERIAL_CHUNK if jobs == 1 else CHUNK)
        if jobs == 1:
            for chunk in _chunks(articles, size):
                yield from zip(chunk, self._extract_chunk(chunk))
        else:
            yield from _parallel(type(self), self.aliases_file, _chunks(articles, size), jobs)

    def _zone(self, nlp):
        """spaCy keeps every new word it meets (lexeme, string, tokenizer cache):
        the first VOCAB_GROWTH new words are kept, which warms those caches with
        the common words; past that, each chunk runs in a memory zone, which
        frees what the chunk added (the claims hold only Python strings). A zone
        from the start would re-tokenise every word of every chunk the slow way
        (the tokenizer caches nothing inside a zone): 5 to 10% of the parse."""
        size = len(nlp.vocab.strings)   # len(nlp.vocab) counts freed lexemes too
        if self._vocab_limit is None:
            self._vocab_limit = size + VOCAB_GROWTH
        return nlp.memory_zone() if size >= self._vocab_limit else contextlib.nullcontext()

    def _extract_chunk(self, chunk: list[Article]) -> list[list[Claim]]:
        """Claims of each article of `chunk`, parsed as one batch (in a memory
        zone once spaCy's vocabulary has grown enough, see `_zone`)."""
        nlp = self.nlp
        self.matcher  # built outside any zone: its patterns must outlive it  # noqa: B018
        out: list[list[Claim]] = []
        pieces = [_pieces(a.text, nlp.max_length) for a in chunk]
        with self._zone(nlp):
            docs = nlp.pipe([p for parts in pieces for p in parts], batch_size=min(len(chunk), CHUNK))
            for article, parts in zip(chunk, pieces):
                try:
                    doc = _joined([next(docs) for _ in parts])
                    out.append(self.claims_from_doc(doc, article))
                except AccusegraphError:
                    raise
                except Exception as exc:  # a bug on this input: name the article, one line
                    raise ExtractionError(f"{article.origin}: extraction failed: {_describe(exc)}") from exc
        _trim_caches(nlp)
        return out

    # ------------------------------------------------------------ per article
    def claims_from_doc(self, doc: Doc, article: Article) -> list[Claim]:
        for sent in doc.sents:
            repair_parse(sent, self.lex)
        res = ArticleResolver(doc, self.gaz, self.lex, self.matcher)
        body_start = _body_start(article.text)
        found: list[tuple[Span, Candidate]] = []
        spoken: list[tuple[Span, list[rules_speech.Frame], list[Candidate]]] = []
        for sent in doc.sents:
            if sent.start_char + len(article.text[sent.start_char:sent.end_char].rstrip()) <= body_start:
                continue   # the headline: neither claims nor names (often garbled; its blank line counted out)
            res.prepare(sent)
            toks = _Tokens(sent)   # the rules read the sentence many times: build its tokens once
            res.note_documents(toks)
            res.note_acts(toks)
            res.note_brands(toks)
            res.note_founded(toks)
            if not _claimable(sent, article.text, body_start) or _question(sent, article.text):
                continue
            here: list[Candidate] = []
            lemmas = {t.lemma_.lower() for t in toks}
            for rule, gate in self.rules:
                if gate is None or not gate.isdisjoint(lemmas):
                    here.extend(rule(res, toks, self.lex))
            read: list[rules_speech.Frame] = []
            here.extend(rules_speech.speech(res, toks, read))
            here.extend(rules_speech.stated_reasons(res, here, self.lex))
            here = [_other_referent(res, c) for c in here]
            # (an act only made possible, feared, supposed, held as a right or ruled out is not
            # done, whichever rule read it: "the designation allows the authorities to shut their
            # offices", "if London expels our diplomats", "does not mean they can seize the
            # assets"; nor is one an accusation
            # alleges, other than the accusation itself: "accused his government of jailing
            # thousands of Muslims")
            here = [c for c in here if not (c.trigger.pos_ == "VERB" and (
                rules_actions.outcome_denied(c.trigger, self.lex) or rules_actions.only_enabled(c.trigger, self.lex)
                or c.action != "threaten" and rules_actions.supposed(c.trigger)
                or c.action != "accuse" and rules_actions.alleged_deed(c.trigger, self.lex)))]
            # (a court hears a suit or an appeal, it is never sued, nor threatened with one:
            # "appealed the court's finding" is against the other side of the case, whom the
            # sentence may not name, and so is "would take the case to CAS if necessary";
            # nor does it sue: "a court annulled the decision ..., after farmers challenged
            # the sanction", parsed with the court as the challenger)
            here = [c for c in here if not (c.action in {"sue", "threaten"} and (
                c.target is not None and rules_actions.court_named(c.target, self.lex)
                or rules_actions.court_named(c.actor, self.lex)
                and c.trigger.lemma_.lower() in self.lex.challenging_verbs))]
            # (a measure a party says it could take is a threat too: "Washington could cut aid to
            # Uganda", "the Commission could refer Cyprus to the Court of Justice"; the measure
            # itself is kept, hedged, as the "could" makes it)
            here += [dataclasses.replace(c, action="threaten") for c in here if c.action in MAYBE_MEASURES
                     and c.target is not None and rules_actions.only_possible(c, self.lex)]
            halted = {c.trigger.i for c in here if c.action == "cut_ties"}
            # "suspended aid to Rwanda" halts a relation; it is not also a sanction
            here = [c for c in here if not (c.action == "sanction" and c.trigger.i in halted)]
            told: set = set()   # (an act the sentence tells twice, by two rules, is one event)
            for c in here:
                if c.action in {"accuse", "criticize", "sue", "sanction"} and c.target is not None:
                    res.accused.setdefault(c.actor.actor, set()).add(c.target.actor)
                if c.target is not None and _ref(c.actor).id != _ref(c.target).id and \
                        (c.actor.actor, c.action, c.target.actor) not in told:
                    told.add((c.actor.actor, c.action, c.target.actor))
                    if c.rule == "call" or _called_for(c.trigger, self.lex):
                        res.called.add(len(res.events))   # ("urged X to step down": no measure taken)
                    res.events.append((c.actor, c.action, c.target.actor))
                if c.action == "sue" and c.trigger.pos_ in {"VERB", "NOUN"}:
                    res.note_author("lawsuit", c.actor)   # "the complaint says ..." is the plaintiff
                res.note_act_by(c.trigger, c.actor)
                # ("Algeria's mission to the EU rejected the criticism. The mission also
                # accused ...": an organ that acted is a subject the same noun refers back to)
                if c.actor.via == "agent" and c.actor.end - c.actor.start == 1:
                    res.remember_subject(res.doc[c.actor.start], c.actor)
            found.extend((sent, c) for c in here)
            if read:
                spoken.append((sent, read, here))
        found.extend(rules_speech.restated(res, spoken, found))
        found.extend(_owned_later(res))
        # (the people who speak for each body: an accusation against a country's president
        # is answered by the country)
        members: dict[str, set[str]] = {}
        for person, body in [*res.affiliation.items(), *res.organ_of.items(), *res.counsel_of.items()]:
            # (and a state's organs named as their own actors: "the British navy" is the UK's;
            # and a client's lawyers: "his lawyer, Ann Cole" denies or appeals for him)
            members.setdefault(ActorRef.make(body.name, body.kind).id, set()).add(
                ActorRef.make(person.name, person.kind).id)
        named: dict[int, set[str]] = {}   # sentence start -> the parties its names name
        for i, m in res.names.items():
            named.setdefault(doc[i].sent.start_char, set()).add(ActorRef.make(m.actor.name, m.actor.kind).id)
        return self._build(found, article, members, named)

    def _own_side(self, actor: ActorRef, target: ActorRef, members: dict[str, set[str]]) -> bool:
        """Whether `target` is `actor` itself, or the state or body `actor` is part of: a
        person the article gives as speaking for it ("France's foreign minister, Le Drian"
        against France), or a government body whose name begins with the state's name ("US
        Department of State" against the United States). A state's own organ does not accuse,
        criticise or sanction its state in news; such a claim is a misread target."""
        if target.id == actor.id or actor.id in members.get(target.id, set()):
            return True
        short, long = sorted((actor.name.lower().split(), target.name.lower().split()), key=len)
        if not {actor.kind, target.kind} & {"person", "state"} and long[:len(short)] == short:
            # ("Muddy Waters" and "Muddy Waters Research", "United Nations" and "United Nations
            # Human Rights Council": one party, or a body and its parent; not a state and a
            # party named after it, "Bangladesh Nationalist Party")
            return True
        if target.kind == "state" and actor.name.lower().startswith(target.name.lower() + " ") and \
                long[-1] in self.lex.references.get("government", frozenset()):
            # ("the Ontario Securities Commission" and "Ontario": a public body named after its
            # place; not a party, "the Bangladesh Nationalist Party")
            return True
        if target.kind != "state" or actor.kind != "government":
            return False
        first = actor.name.split()[0]
        known = self.gaz.by_form.get(first) or self.gaz.by_demonym.get(first)
        return known is not None and known.kind == "state" and known.name == target.name

    def _build(self, found: list[tuple[Span, Candidate]], article: Article,
               members: dict[str, set[str]] | None = None,
               named: dict[int, set[str]] | None = None) -> list[Claim]:
        members = members or {}
        named = named or {}
        source = article.source
        text = article.text
        claims: list[Claim] = []
        seen: set[tuple] = set()
        pending: list[tuple[Span, Candidate, tuple[int, int], str]] = []
        speakers: dict[str, Actor] = {}   # claim id -> the person named as speaking for its actor
        for sent, cand in found:
            span = _quote_span(sent, text)
            if span is None or (cand.target is not None and self._own_side(_ref(cand.actor), _ref(cand.target), members)):
                # (never its own target, whatever kinds its two mentions were guessed)
                continue
            quote = text[span[0]:span[1]]
            if cand.action in RESPONSE_ACTIONS or cand.context:
                pending.append((sent, cand, span, quote))
                continue
            if _law(cand.actor.actor, self.lex):
                continue   # ("the Digital Markets Act that bans operators such as X": a law acts for no one)
            if cand.action in {"accuse", "sanction", "sue", "investigate"} and cand.target is not None \
                    and _law(cand.target.actor, self.lex):
                continue   # ("charged the company with breaching the provisions of the FCPA": a law does no wrong)
            if cand.action in {"accuse", "criticize"} and cand.target is not None and _bare_group(cand.target.actor):
                # ("accused officials of ...", "criticised consumers": a bare plural blamed names no
                # party an analyst can follow, and was seldom who the article blamed; a group told
                # by more, "trucking companies", is one, and a measure on "protesters" is concrete)
                continue
            claim = self._claim(cand, None, sent, span, quote, source, None)
            key = (span, claim.actor.id, claim.action, claim.target.id if claim.target else None)
            if key not in seen:
                seen.add(key)
                claims.append(claim)
                _note_speaker(speakers, claim, cand)
        for sent, cand, span, quote in pending:
            answered = _answered(cand, span, claims, members, named.get(sent.start_char, set()),
                                 self.lex)
            if answered is None and cand.context and cand.action == "accuse":
                answered = _act_judged(cand, span, claims, members, self.lex)
            person = cand.actor.person
            if answered is not None and answered.target is not None and person is not None and \
                    ActorRef.make(person.name, person.kind).id == answered.target.id:
                # "Musk called the lawsuit baseless", the suit against Musk himself: he answers
                # it, not the company he speaks for elsewhere
                cand = dataclasses.replace(cand, actor=Mention(cand.actor.start, cand.actor.end, person,
                                                               cand.actor.via))
            target_ref = _ref(cand.target) if cand.target is not None else None
            action = cand.action
            if answered is None and target_ref is None and action in {"deny", "dispute"} and any(
                    c.lower_ in {"also", "too", "likewise", "similarly"} for c in cand.trigger.children):
                # "The CIA also rejected the account": the same claim as the denial before it,
                # by another party, whom no accusation named ("also" says so)
                me = _ref(cand.actor).id
                prior = next((c for c in reversed(claims) if c.action in {"deny", "dispute"} and c.span[0] < span[0]
                              and c.target is not None and c.actor.id != me and c.target.id != me), None)
                target_ref = prior.target if prior is not None else None
            if answered is None and target_ref is None and action == "deny" and cand.standalone and any(
                    (c.dep_ == "nsubj" or c == cand.scope) and (
                        c.lower_ in {"this", "that", "these", "those"} or c.lower_ == "all" or (
                            c.lemma_.lower() in self.lex.claim_nouns and has_definite(c) and not children(c, "poss")))
                    for c in [*cand.scope.children, cand.scope]):
                # "'This is utterly false,' the spokeswoman said", "Human Rights Watch said the
                # charges were baseless", "China called the accusations baseless" (the claim
                # labelled is the frame's content): what "this" or "the charges" calls false, said by someone
                # it was not made against, is the latest accusation told before (a dispute)
                me = _ref(cand.actor).id
                answered = next((c for c in reversed(claims) if c.action == "accuse" and c.span[0] < span[0]
                                 and span[0] - c.span[0] <= RESPONSE_REACH and c.actor.id != me), None)
            habitual = action in {"deny", "dispute"} and any(
                c.dep_ == "advmod" and c.lower_ in self.lex.standing_adverbs for c in cand.trigger.children) \
                and not any(o.dep_ == "dobj" and o.lemma_.lower() in self.lex.claim_nouns and has_definite(o)
                            for o in cand.trigger.children)
            # (but a standing denial of a claim told before answers its maker: "has consistently
            # rejected that argument", "has always denied the accusations")
            if action == "deny" and answered is not None and answered.span[0] < sent.start_char and any(
                    o.dep_ == "dobj" and o.lemma_.lower() in self.lex.denied_deeds and not any(
                        d.dep_ == "det" and d.lower_ in {"the", "this", "that", "these", "those"} for d in o.children)
                    and not any(d.dep_ == "poss" and d.lower_ not in {"his", "her", "its", "their"} for d in o.children)
                    for o in cand.trigger.children) and not any(
                    t.lemma_.lower() in self.lex.claim_nouns - self.lex.denied_deeds for t in sent):
                # ("Low, whose whereabouts are unknown, has denied any wrongdoing", "Beijing denies
                # any abuses": a deed denied in general, in a sentence of its own that names no
                # claim, answers no one accuser in particular; not "Asked about the campaign's
                # claim, Iran denied any involvement")
                habitual = True
            if answered is not None and action == "criticize" and cand.trigger.lemma_.lower() in self.lex.disagreeing_verbs \
                    and answered.action in ANSWERABLE_ACTIONS and answered.target is not None \
                    and answered.target.id in _sides(_ref(cand.actor).id, members):
                # "Amazon said it strongly disagreed with the decision", the fine on Amazon: the
                # party the decision fell on rejects it (as "rejected the findings" does)
                action = "deny"
            if answered is not None:
                if target_ref is None and not habitual:
                    # ("has repeatedly denied wrongdoing", "has always denied it": a standing
                    # denial in the background answers no one accuser in particular)
                    target_ref = answered.actor
                mine = _sides(_ref(cand.actor).id, members)
                if action == "deny" and answered.target is not None and \
                        answered.target.id not in mine and cand.actor.person is None:
                    action = "dispute"
                elif action in {"dispute", "defend"} and answered.target is not None and \
                        answered.target.id in mine:
                    action = "deny"   # the accused questioning or defending itself denies
            if target_ref is not None and self._own_side(_ref(cand.actor), target_ref, members):
                continue
            if target_ref is None and (cand.rule != "verb" or cand.context) and not cand.standalone:
                continue   # an inferred response with nothing to answer is too weak
            if target_ref is None and action == "defend" and any(c.action in ANSWERABLE_ACTIONS for c in claims):
                # ("Tennis Australia's chief executive had defended the exemption", in an article
                # that reports accusations, none of them answered by it): whom it defends is in a
                # claim the rules missed (no such claim matched the gold of the fresh sets, 0 of
                # 5); with nothing answerable in the article, a plain "defended" stands
                continue
            answers = [(answered, target_ref)]
            if answered is not None and cand.target is None and action == "deny" and self._denies_plural(cand):
                # "The Kremlin dismissed the accusations": every accuser's, not the last one's
                answers += [(c, c.actor) for c in _also_answered(answered, span, claims)
                            if not rules_actions.is_court(c.actor, self.lex)
                            or rules_actions.is_court(answered.actor, self.lex)]
            for answered, target_ref in answers:
                claim = self._claim(cand, target_ref, sent, span, quote, source,
                                    answered.id if answered and cand.action in RESPONSE_ACTIONS else None, action=action)
                made = [claim]
                if claim.action in {"deny", "dispute"} and claim.target is not None and \
                        rules_speech.motive_attacked(cand.trigger, self.lex):
                    # "dismissed the findings as politically motivated": the accuser is attacked too
                    # (by a third party doubting the claim as well: "his supporters said the case
                    # was politically motivated")
                    made.append(self._claim(cand, claim.target, sent, span, quote, source, None, action="criticize"))
                for claim in made:
                    key = (span, claim.actor.id, claim.action, claim.target.id if claim.target else None)
                    if key not in seen:
                        seen.add(key)
                        claims.append(claim)
                        _note_speaker(speakers, claim, cand)
        claims.sort(key=lambda c: c.span[0])  # stable: rule order within a sentence
        return _named_makers(_link_challenges([c for c in claims if text[c.span[0]:c.span[1]] == c.quote]),
                             speakers)

    def _denies_plural(self, cand: Candidate) -> bool:
        """The denial's object is a plural definite claim noun: "rejected the
        allegations", "dismissed these claims"."""
        trig = cand.trigger
        objs = [c for c in trig.children if c.dep_ in {"dobj", "nsubjpass"}] if trig.pos_ == "VERB" else []
        return any(o.tag_ == "NNS" and o.lemma_.lower() in self.lex.claim_nouns and any(
            c.dep_ in {"det", "poss"} and c.lower_ in {"the", "these", "those", "such"} for c in o.children)
            for o in objs)

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


def _other_referent(res: ArticleResolver, cand: Candidate) -> Candidate:
    """A description that resolved to the party the same claim names as its target is
    another party: "The Texas-based firm also filed a lawsuit against Delta" is not Delta
    (whom the article names most), but the firm named before it."""
    if cand.actor.via != "reference" or cand.target is None or cand.target.via != "name" \
            or cand.actor.actor != cand.target.actor:
        return cand
    other = res.actors_of(res.doc[cand.actor.start], exclude=(cand.target.actor,))
    return dataclasses.replace(cand, actor=other[0]) if other else cand


def _called_for(trigger, lex: Lexicon) -> bool:
    """An act only called for ("urged the EU to impose sanctions", "called for sanctions on
    X", "joined calls for X to step down"): the trigger is what a call verb or noun asks."""
    head = trigger.head
    if trigger.dep_ in {"xcomp", "ccomp", "advcl"} and head.lemma_.lower() in lex.call_verbs:
        return True
    if trigger.dep_ == "pobj" and head.lower_ == "for":
        head = head.head   # "called for sanctions", "calls for X to step down"
    return trigger.dep_ in {"dobj", "pobj"} and head.lemma_.lower() in lex.call_verbs


def _law(actor, lex: Lexicon) -> bool:
    """A law named as an actor ("the Telecommunications Business Act"): a criticised or
    challenged law may be a target, but it never makes a claim (nor is it accused,
    punished, sued or investigated)."""
    words = actor.name.split()
    return actor.kind != "person" and len(words) > 1 and words[-1].lower() in lex.law_names


def _bare_group(actor) -> bool:
    """A group named by one lower-case word: "officials", "consumers", "companies"."""
    return actor.kind == "group" and " " not in actor.name and actor.name.islower()


def _ref(m: Mention) -> ActorRef:
    return ActorRef.make(m.actor.name, m.actor.kind)


MAYBE_MEASURES = {"sanction", "cut_ties", "sue", "investigate"}   # measures a modal makes a threat

RESPONSE_REACH = 1500   # characters back a response looks for the accusations it answers


FORWARD_REACH = 1   # sentences after an agentless accusation that may name its accuser


def _owned_later(res: ArticleResolver) -> list[tuple[Span, Candidate]]:
    """An accusation told in the passive with no accuser named before it ("Westpac has been
    accused of breaching the law 23 million times"), whose accuser the next sentences name
    by acting against the same party ("AUSTRAC launched proceedings against the bank"): the
    first such actor (a body, not a person) within `FORWARD_REACH` sentences. A measure so
    told ("TD has been fined a record C$9.19 million") is by whoever the article later says
    imposed it ("Fintrac said it had imposed the penalty": `ArticleResolver.unowned_taker`)."""
    out = []
    for verb, accused, action in res.unowned:
        here = res.sentence_no(verb)
        mine = {m.actor: m for m in accused}
        if action != "accuse":
            taker = res.unowned_taker.get(verb.i)
            out.extend((verb.sent, Candidate(Mention(verb.i, verb.i + 1, taker.actor, "reference", taker.person),
                                             action, m, verb, "verb", verb, 0.5))
                       for m in accused if taker is not None and m.actor != taker.actor)
            continue
        for actor, act, target in res.events:
            if target in mine and act in {"sue", "sanction", "investigate", "accuse"} and \
                    actor.start > verb.i and actor.actor.kind != "person" and actor.actor not in mine and \
                    0 < res.sentence_no(res.doc[actor.start]) - here <= FORWARD_REACH:
                out.append((verb.sent, Candidate(Mention(verb.i, verb.i + 1, actor.actor, "reference", actor.person),
                                                 action, mine[target], verb, "verb", verb, 0.5)))
                break
    return out


def _sides(party: str, members: dict[str, set[str]] | None) -> set[str]:
    """A party's own side: itself, the people and organs it has (`members`), and the
    body or state it is an organ of ("India's Ministry of External Affairs" answers
    what India is accused of)."""
    members = members or {}
    return {party} | members.get(party, set()) | {body for body, ms in members.items() if party in ms}


def _answered(cand: Candidate, span: tuple[int, int], claims: list[Claim],
              members: dict[str, set[str]] | None = None, named: set[str] = frozenset(),
              lex: Lexicon | None = None) -> Claim | None:
    """The claim a response answers: one against the responder (a denial) or one of
    the people who speak for it (`members`), or against the defended party, the
    nearest before it (an accusation before a sanction in the same sentence), else
    the nearest after it. `lex` tells a court's name (`rules_actions.is_court`)."""
    me = _ref(cand.actor).id
    about = me if cand.action != "defend" or cand.target is None else _ref(cand.target).id
    sides = _sides(about, members) if about is not None else set()
    if cand.action == "dispute" or (cand.action == "criticize" and cand.answers is not None):
        # a third party's doubt: about an accusation against anyone; criticism of
        # an act ("described the fine as a provocation"): of that act, whoever it hit
        about = None
    wanted = []
    for c in claims:
        if c.action not in ANSWERABLE_ACTIONS or c.actor.id == me:
            continue
        if about is not None and (c.target is None or c.target.id not in sides or (
                c.target.id != about and c.span[0] > span[0])):
            continue   # (one against a member only when told before the answer)
        if cand.target is not None and cand.action != "defend" and c.actor.id != _ref(cand.target).id:
            continue
        wanted.append(c)
    if not wanted:
        return None
    by_named = [c for c in wanted if _sides(c.actor.id, members) & named]
    if by_named and len({c.actor.id for c in wanted}) > 1:
        # "The ministry condemned Albania's decision and said it rested on baseless claims",
        # after the US and Albania both accused Iran: the response names whom it answers
        wanted = by_named
    if lex is not None and cand.action == "deny" and any(
            c.action in {"accuse", "sue"} and not rules_actions.is_court(c.actor, lex) and c.span[0] <= span[0]
            and span[0] - c.span[0] <= RESPONSE_REACH for c in wanted):
        # a court finds on the accusations, it does not make them: a defendant denying them
        # after the verdict answers the party that brought them ("Prosecutors charged X with
        # fraud ... A court convicted X ... X has always denied the accusations": the
        # prosecutors), when the article tells of one
        wanted = [c for c in wanted if not (c.action == "accuse" and rules_actions.is_court(c.actor, lex))]
    if cand.answers is not None and any(c.action == cand.answers for c in wanted):
        wanted = [c for c in wanted if c.action == cand.answers]
    rank = {a: k for k, a in enumerate(ANSWERABLE_ACTIONS)}
    before = [c for c in wanted if c.span[0] <= span[0]]
    if cand.action == "deny" and cand.answers is None:
        # a denial answers an accusation before an inquiry or a measure told after it:
        # "X accused Y ... Canada opened an investigation ... Y said it had never done it"
        accusations = [c for c in before if c.action == "accuse" and span[0] - c.span[0] <= RESPONSE_REACH]
        before = accusations or before
    if before and cand.action in {"deny", "dispute", "criticize"}:
        # the first of them: a response answers the accusation or the measure the report
        # leads with, not the latest voice repeating it ("Saudi Arabia, Bahrain and Egypt cut
        # ties with Qatar, accusing it of ... Doha called the measures unjustified": Saudi
        # Arabia's)
        return min(before, key=lambda c: (c.span[0], rank[c.action]))
    if before:
        # (a challenge in court is of the latest measure: "The Netherlands phased out
        # Kaspersky products ... DHS ordered them removed ... Kaspersky challenged the ban")
        return min(before, key=lambda c: (-c.span[0], rank[c.action]))
    return min(wanted, key=lambda c: (c.span[0], rank[c.action]))


def _act_judged(cand: Candidate, span: tuple[int, int], claims: list[Claim],
                members: dict[str, set[str]], lex: Lexicon) -> Claim | None:
    """The act an accusation of "the <act> was illegal" judges, when it was not done to the
    speaker's side: the latest one told before of the act noun's kind, by a party outside
    that side ("Japanese authorities extended the detention of the captain ... Ma said the
    continued detention was illegal": Japan's)."""
    subj = next(iter(children(cand.scope, "nsubj", "nsubjpass")), None)
    kind = rules_actions.noun_action(subj, lex) if subj is not None else None
    if kind is None:
        return None
    mine = _sides(_ref(cand.actor).id, members)
    return next((c for c in reversed(claims) if c.action == kind and c.span[0] <= span[0]
                 and span[0] - c.span[0] <= RESPONSE_REACH and c.actor.id not in mine), None)


def _also_answered(answered: Claim, span: tuple[int, int], claims: list[Claim],
                   reach: int = RESPONSE_REACH) -> list[Claim]:
    """The other accusers' claims of the same act against the same party as
    `answered`, told in the `reach` characters before the response: what a
    plural "the accusations" also answers (one claim per accuser)."""
    seen = {answered.actor.id}
    out = []
    for c in reversed([c for c in claims if c.span[0] <= span[0]]):
        if c.action == answered.action and c.target is not None and answered.target is not None \
                and c.target.id == answered.target.id and c.actor.id not in seen \
                and span[0] - c.span[0] <= reach and not c.negated:
            seen.add(c.actor.id)
            out.append(c)
    return out


def _note_speaker(speakers: dict[str, Actor], claim: Claim, cand: Candidate) -> None:
    """Keep the person a claim's maker was named through ("Kremlin spokesman Dmitry
    Peskov said": Peskov, for Russia), when the maker is a body the person speaks for."""
    person = cand.actor.person
    if person is not None and person.kind == "person" and cand.actor.actor.kind != "person" and \
            cand.actor.via in {"name", "pronoun"}:
        # (not the body named by a description where the person only speaks: "Minister Stef
        # Blok said the government would take Russia to court" is the government's act)
        speakers[claim.id] = person


def _named_makers(claims: list[Claim], speakers: dict[str, Actor]) -> list[Claim]:
    """The person named as speaking for a claim's maker becomes its maker, the body kept in
    `speaks_for`: the claims are decided with the body as their party (who answers
    whom, who is on whose side), and reported as the article names them. Ids follow the
    new makers (and `responds_to` with them)."""
    if not speakers:
        return claims
    new_ids: dict[str, str | None] = {}
    out: list[Claim] = []
    for c in claims:
        person = speakers.get(c.id)
        if person is not None:
            actor = ActorRef.make(person.name, "person")
            if c.target is not None and c.target.id == actor.id:
                new_ids[c.id] = None   # (the body's claim against the very person who spoke for it:
                continue               # a misread; what answered it answers nothing kept)
            new = make_claim_id(c.source.id, actor.id, c.action, c.target.id if c.target else None, c.span)
            new_ids[c.id] = new
            c = c.model_copy(update={"id": new, "actor": actor, "speaks_for": c.actor})
        out.append(c)
    seen: set[str] = set()
    kept: list[Claim] = []
    for c in out:
        if c.id in seen:
            continue
        seen.add(c.id)
        if c.responds_to in new_ids:
            c = c.model_copy(update={"responds_to": new_ids[c.responds_to]})
        kept.append(c)
    return kept


def _link_challenges(claims: list[Claim]) -> list[Claim]:
    """A suit or appeal against whoever acted against its maker answers that act: "The authority
    fined Skyvane. Skyvane said it will appeal the fine" (the appeal is a `sue` of the authority)
    responds to the fine; the nearest such claim before it wins (`ANSWERABLE_ACTIONS` order
    within one sentence). `claims` are in text order."""
    rank = {a: k for k, a in enumerate(ANSWERABLE_ACTIONS)}
    out: list[Claim] = []
    for claim in claims:
        if claim.action == "sue" and claim.responds_to is None and not claim.negated and claim.target:
            acts = [c for c in out if c.action in rank and not c.negated and c.actor.id == claim.target.id
                    and c.target is not None and c.target.id == claim.actor.id and c.span[0] <= claim.span[0]]
            if acts:
                answered = min(acts, key=lambda c: (-c.span[0], rank[c.action]))
                claim = claim.model_copy(update={"responds_to": answered.id})
        out.append(claim)
    return out


def _body_start(text: str) -> int:
    """Where the body starts: after the headline (the first line when a blank line
    follows it, unless that line reads as body text: an article given without its
    headline), or at a dateline paragraph ("LONDON -", "WASHINGTON (AP) --",
    "(Reuters) –"; not a label such as "UPDATE:") among the first paragraphs when
    every paragraph before it reads as a standfirst or summary line. A paragraph
    reads as body text when it ends with a full stop (or a colon, leading into a
    quotation) and holds two sentences or more than 20 words: a lead paragraph,
    never skipped (headlines end with a word, a question mark or a quotation)."""

    def reads_as_body(para: str) -> bool:
        if not re.search(r"[.:][\"”’')]*$", para):
            return False
        # a sentence break: a full stop after a lower-case word of two letters or
        # more ("Mr. X", "U.S. Army" are no break), then a capital
        breaks = re.search(r"[a-z]{2}\.[\"”’)]?\s+[\"“‘(]?[A-Z]", para)
        return breaks is not None or len(para.split()) > 20

    first, sep, _rest = text.partition("\n")
    start = 0
    if sep and text[len(first) + 1:].lstrip(" \t\r").startswith("\n") and not reads_as_body(first.strip()):
        start = len(first) + 1
    offset = start
    for k, para in enumerate(re.split(r"(\n\s*\n)", text[start:])):
        if k > 12:
            break
        if k % 2 == 0:
            if DATELINE.match(para.strip()):
                return offset + (len(para) - len(para.lstrip()))
            if reads_as_body(para.strip()):
                break
        offset += len(para)
    return start


def _question(sent: Span, text: str) -> bool:
    """A question asserts nothing ("Should Japan cut ties with Russia?")."""
    return text[sent.start_char:sent.end_char].rstrip().rstrip('"”’\')').endswith("?")


def _quote_span(sent: Span, text: str | None = None) -> tuple[int, int] | None:
    """The sentence's stripped character span (`text`, the article's text,
    saves spaCy rebuilding the sentence's string token by token)."""
    raw = text[sent.start_char:sent.end_char] if text is not None else sent.text
    stripped = raw.strip()
    if not stripped:
        return None
    start = sent.start_char + (len(raw) - len(raw.lstrip()))
    end = start + len(stripped)
    if text is not None:
        # (the sentence after a dateline is quoted with it, as printed: "ZURICH (AP) - FIFA
        # banned ...", though parsed apart from it)
        par = text.rfind("\n", 0, start) + 1
        lead = DATELINE.match(text[par:start]) if par < start else None
        if lead is not None and not text[par + lead.end():start].strip():
            start = par
    return start, end


def _claimable(sent: Span, text: str, body_start: int) -> bool:
    """A sentence of the body gives claims, except a line that is a paragraph of
    its own and has no final punctuation: a subhead or a standfirst. The last
    sentence of a paragraph whose earlier sentence ends as sentences do is body
    text with its full stop lost, and so is one leading on to what follows
    (":", ";", ",", "…", a dash)."""
    span = _quote_span(sent, text)
    if span is None or span[0] < body_start:
        return False
    start, end = span
    ends_paragraph = end >= len(text.rstrip()) or "\n" in text[end:end + 2]
    if not ends_paragraph or text[start:end].endswith(FINAL + (":", ";", ",", "…", "»", "–", "—")):
        return True
    return text[text.rfind("\n", 0, start) + 1:start].rstrip().endswith(FINAL)


# ---------------------------------------------------------------- streams and workers

def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _pieces(text: str, max_length: int) -> list[str]:
    """`text`, or for a text over spaCy's `max_length` (which spaCy refuses) pieces
    of at most PIECE characters that join back into it exactly: cut after a
    paragraph break, else a line break (sentence breaks either way), else a
    sentence's end, else a space, in the second half of the piece; a piece with
    none of these is cut at its length."""
    if len(text) <= max_length:
        return [text]
    size = min(PIECE, max_length)
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = size
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep, size // 2)
            if at >= 0:
                cut = at + len(sep)
                break
        out.append(window[:cut])
        start += cut
    out.append(text[start:])
    return out


def _joined(docs: list[Doc]) -> Doc:
    """One Doc of an article's pieces (see `_pieces`): its text is the article's,
    so character offsets are the article's; the tokens keep their parse."""
    from spacy.tokens import Doc   # (spaCy is loaded with the model, never at import)

    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def _describe(exc: BaseException) -> str:
    """`TypeError: message (at rules_speech.py:123)`: the cause on one line, with
    the innermost line of accusegraph's code it came from."""
    where = ""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if "/ingest/" in frame.filename.replace("\\", "/") or "/accusegraph/" in frame.filename:
            where = f" (at {Path(frame.filename).name}:{frame.lineno})"
            break
    text = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {text}{where}" if text else f"{type(exc).__name__}{where}"


def _trim_caches(nlp) -> None:
    """spaCy's rule lemmatizer caches every (word, tag) it has seen, outside the
    memory zone: cleared when it gets large (the lemmas stay the same)."""
    if "lemmatizer" in nlp.pipe_names:
        cache = getattr(nlp.get_pipe("lemmatizer"), "cache", None)
        if isinstance(cache, dict) and len(cache) > LEMMA_CACHE_MAX:
            cache.clear()


def _context():
    import multiprocessing

    # Never fork: the parent may run threads (the loader's writer) and holds
    # spaCy's state; forkserver starts workers from a clean, preloaded process.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_preload())
        return ctx
    return multiprocessing.get_context("spawn")


def _preload() -> list[str]:
    """What the forkserver imports once for all the workers: spaCy, the slow
    import, never accusegraph. The forkserver runs as `python -c ...` with the
    current directory first on its path (Python 3.11 ignores the parent's
    sys.path there), so from a checkout's root it would import the checkout's
    `accusegraph/` folder (which has no `ingest`) rather than the installed
    package, and every worker would inherit it. A worker receives the parent's
    sys.path before it unpickles anything, so it imports accusegraph from where
    the parent did. spaCy is skipped too if the current directory holds one."""
    from importlib.machinery import PathFinder

    return [name for name in ("spacy",) if PathFinder.find_spec(name, [os.getcwd()]) is None]


def _parallel(cls: type, aliases_file: Path | None, chunks: Iterator[list[Article]],
              jobs: int) -> Iterator[tuple[Article, list[Claim]]]:
    """Chunks run in `jobs` worker processes, each with its own `cls(aliases_file)`
    built once, results yielded in input order,
    at most IN_FLIGHT * jobs chunks read ahead. A failure in a worker (an error
    on an article, a worker that dies or cannot start) raises ExtractionError in
    this process; leaving early (an error, Ctrl-C, the consumer stopping) stops
    the workers at once."""
    import tempfile
    from concurrent.futures import ProcessPoolExecutor

    # each worker notes there which chunk it has in hand, so a worker that dies
    # is reported with its own article, not with the next one waited on
    with tempfile.TemporaryDirectory(prefix="accusegraph-workers-") as notes:
        executor = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_worker_init,
                                       initargs=(cls, None if aliases_file is None else str(aliases_file),
                                                 os.getpid(), notes))
        pending: deque = deque()
        in_hand: dict[int, list[Article]] = {}
        numbers = itertools.count()
        finished = False
        try:
            exhausted = False
            while True:
                while not exhausted and len(pending) < IN_FLIGHT * jobs:
                    chunk = next(chunks, None)
                    if chunk is None:
                        exhausted = True
                    else:
                        seq = next(numbers)
                        in_hand[seq] = chunk
                        pending.append((seq, chunk, executor.submit(_worker_run, chunk, seq)))
                if not pending:
                    break
                seq, chunk, future = pending.popleft()
                ok, value = _outcome(executor, chunk, future, notes, in_hand)
                if not ok:
                    raise ExtractionError(value)
                del in_hand[seq]
                yield from zip(chunk, value)
            finished = True
        finally:
            _stop(executor, graceful=finished)


def _outcome(executor, chunk: list[Article], future, notes: str,
             in_hand: dict[int, list[Article]]) -> tuple[bool, object]:
    from concurrent.futures.process import BrokenProcessPool

    processes = dict(getattr(executor, "_processes", None) or {})
    try:
        return future.result()
    except BrokenProcessPool:
        for p in processes.values():
            p.join(timeout=2)   # (a dead worker's exit code may not be collected yet)
        codes = sorted({p.exitcode for p in processes.values() if p.exitcode not in (None, 0)})
        # the pool terminates (SIGTERM) the other workers once one has died, and a worker
        # whose pipe broke exits with 255: a signal that killed one is the cause
        others = [c for c in codes if c != -signal.SIGTERM] or codes
        codes = [c for c in others if c < 0] or others
        how = ", ".join(_exit_reason(c) for c in codes) or "no exit code"
        hint = ("out of memory? Run again with fewer --jobs" if any(c < 0 for c in codes)
                else "its error, if it printed one, is above; run again with --jobs 1")
        dead = [pid for pid, p in processes.items() if p.exitcode in codes]
        held = [in_hand[seq] for seq in sorted({_noted(notes, pid) for pid in dead} - {None})
                if seq in in_hand]
        where = "; ".join(_span(c) for c in held) or _span(chunk)
        return False, (f"an extraction worker process stopped abruptly ({how}) while extracting "
                       f"{where}; {hint}")


def _noted(notes: str, pid: int) -> int | None:
    """The chunk a worker last took in hand, as it noted it (see `_worker_run`)."""
    try:
        return int(Path(notes, str(pid)).read_text("ascii"))
    except (OSError, ValueError):
        return None


def _exit_reason(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def _span(chunk: list[Article]) -> str:
    return chunk[0].origin if len(chunk) == 1 else f"{chunk[0].origin} .. {chunk[-1].origin}"


def _stop(executor, *, graceful: bool) -> None:
    """Shut the pool down; unless all went well, kill the workers first (their
    pending chunks are of no use), so none outlives the run."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    if graceful:
        executor.shutdown(wait=True)
        return
    executor.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        if p.is_alive():
            p.terminate()
    for p in processes:
        p.join(timeout=10)
        if p.is_alive():
            p.kill()


# In a worker process: its Extractor (built once by the initializer), or why it
# could not be built (reported with the first chunk, as one line, in the parent).
_WORKER: Extractor | None = None
_WORKER_ERROR: str | None = None
_WORKER_NOTES: str | None = None


def _worker_init(cls: type, aliases_file: str | None, parent: int, notes: str | None = None) -> None:
    global _WORKER, _WORKER_ERROR, _WORKER_NOTES
    _WORKER_NOTES = notes
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
    _watch_parent(parent)
    try:
        _WORKER = cls(aliases_file=Path(aliases_file) if aliases_file else None)
        _WORKER.matcher  # loads spaCy now, not inside the first chunk  # noqa: B018
    except AccusegraphError as exc:
        _WORKER_ERROR = str(exc)
    except BaseException as exc:  # noqa: BLE001 - reported in the parent as one line
        _WORKER_ERROR = f"an extraction worker process could not start: {_describe(exc)}"


def _worker_run(chunk: list[Article], seq: int = 0) -> tuple[bool, object]:
    """(True, claims of each article) or (False, one-line message): errors travel
    as text, since not every exception pickles. The chunk's number is first noted
    in a file named by this worker's pid (written whole, then renamed into place,
    so a kill at any moment leaves the old note or the new one)."""
    if _WORKER_NOTES is not None:
        note = Path(_WORKER_NOTES, str(os.getpid()))
        with contextlib.suppress(OSError):
            note.with_suffix(".tmp").write_text(str(seq), "ascii")
            os.replace(note.with_suffix(".tmp"), note)
    if _WORKER is None:
        return False, _WORKER_ERROR or "an extraction worker process could not start"
    try:
        return True, _WORKER._extract_chunk(chunk)
    except AccusegraphError as exc:
        return False, str(exc)
    except BaseException as exc:  # noqa: BLE001
        return False, f"{_span(chunk)}: extraction failed: {_describe(exc)}"


def _watch_parent(parent: int, interval: float = 1.0) -> None:
    """Exit when the process that asked for this worker is gone (a killed parent
    leaves no orphan parsing). The forkserver, this worker's own parent, lives as
    long as its workers do, so the parent to watch is given by pid."""

    def watch() -> None:
        while _alive(parent):
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="accusegraph-parent-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a dead parent not yet reaped by its own parent is a zombie
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] not in (b"Z", b"X")
    except (OSError, IndexError):
        return True
