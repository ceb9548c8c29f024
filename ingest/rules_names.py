"""Names in a parsed article: the first step of finding who is meant.

A name is a gazetteer form (case-sensitive, longest match, so "US" never
matches the pronoun "us") or a spaCy entity (PERSON, ORG, GPE) that starts with
a capital. An unknown name whose words equal, contain or are contained in an
actor named earlier in the article is that actor; persons and organisations are
never merged. A person with a role and an institution in the same noun phrase
("Kremlin spokesperson Dmitry Peskov") is recorded as speaking for it.

`NameFinder` is the half of `resolve.ArticleResolver` that registers names,
sentence by sentence; `resolve.py` holds the other half (descriptions,
pronouns, agent nouns).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span, Token

from .rules_vocab import Gazetteer

NAME_LABELS = {"PERSON", "ORG", "GPE"}
# "LONDON -", "WASHINGTON (AP) --", "(Reuters) –", "MOSCOW, June 14. /TASS/.": a
# dateline names where the story was filed, not an actor; a label in capitals
# ("UPDATE:", "READ MORE:", "EDITOR'S NOTE:") is none
_LABELS = (r"(?:UPDATE[SD]?|BREAKING(?: NEWS)?|EXCLUSIVE|WATCH|LISTEN|(?:ALSO )?READ(?: MORE)?|RELATED|"
           r"SEE ALSO|EDITOR['’]?S NOTE|CORRECTION|CLARIFICATION|ANALYSIS|OPINION|COMMENT|EXPLAINER|"
           r"FACTBOX|VIDEO|PHOTOS?|FILE PHOTO|LIVE|ADVERTISEMENT|SPONSORED|NOTE)\s*[-–—:]")
# (capitals with accents too: "BRASÍLIA", "BOGOTÁ", "ŁÓDŹ")
_CAPS = "A-ZÀ-ÖØ-ÞĀ-ſ"
# ("LIMA, Peru -", "SAN JOSE, Costa Rica (AP) —": the place's country or region, before the dash)
DATELINE = re.compile(rf"^(?!{_LABELS})(?:[{_CAPS}][{_CAPS}.'’ /-]{{2,}}[{_CAPS}.]"
                      r"(?:,\s*[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2}(?=\s*(?:\([\w .]+\)\s*)?[-–—]))?"
                      r"|\(\w[\w .]*\))\s*(?:\([\w .]+\)\s*)?"
                      r"(?:[-–—:]|,\s*[A-Z][a-z]+\.?\s\d{1,2}(?:,\s*\d{4})?\s*(?:\([\w .]+\)\s*)?[-–—]+"
                      r"|,\s*\w+\.? \d|\s*/)")
PRONOUNS_THING = {"it", "its"}
PRONOUNS_PERSON = {"he", "she", "him", "her", "his", "hers"}


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str


@dataclass(frozen=True)
class Mention:
    start: int          # token range in the doc
    end: int
    actor: Actor        # who acts: the institution for an affiliated person
    via: str            # name | agent | reference | pronoun
    person: Actor | None = None


GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})   # the suffixes that tell a father from a son


@lru_cache(maxsize=1 << 14)
def name_words(name: str) -> frozenset[str]:
    text = re.sub(r"['’]s\b", "", name.lower())
    words = re.findall(r"[a-z0-9]+", text)
    return frozenset(w for w in words if w not in {"the", "of", "and", "a", "an"})


def _located(span: Span) -> bool:
    """A place in "a New York-based group", "the London-headquartered bank": where
    someone is, not an actor."""
    doc = span.doc
    after = doc[span.end:span.end + 2]
    return len(after) == 2 and after[0].text in {"-", "–"} and \
        after[1].lower_ in {"based", "headquartered", "registered", "born", "listed", "incorporated"}


def build_matcher(nlp, gaz: Gazetteer) -> PhraseMatcher:
    from spacy.matcher import PhraseMatcher   # (spaCy is loaded with the model, never at import)

    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    forms = sorted(gaz.by_form)
    for form in forms:
        matcher.add(form, [nlp.make_doc(form)])
    return matcher


def state_run(noun: Token, words: frozenset[str]) -> bool:
    """A firm described as the state's own (`words`, the lexicon's `state_owned`): "the
    Chinese state-owned company", "a state-run Iranian bank", also parsed in two words
    ("state" hung on "owned")."""
    owners = {w.split("-")[0] for w in words if "-" in w}
    participles = {w.split("-", 1)[1] for w in words if "-" in w}
    return any(c.lower_ in words or (c.lower_ in participles and any(g.lower_ in owners for g in c.children))
               for c in noun.lefts)


def _state_of_place(gaz: Gazetteer, place: str):
    """The state a dateline's place is (its name or an alias) or has as its capital,
    compared without case or accents ("BRASÍLIA", "Brasilia")."""
    def key(x: str) -> str:
        return unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().lower()
    want = key(place)
    if not want:
        return None
    return next((a for a in gaz.actors if a.kind == "state" and any(key(f) == want for f in a.surface_forms())), None)


class NameFinder:
    """Registers the names of each sentence (mixed into ArticleResolver)."""

    def prepare(self, sent: Span) -> None:
        """Find and register the name mentions of one sentence."""
        doc = self.doc
        cache = self.__dict__.get("_doc_names")
        if cache is None:
            # the gazetteer matches and the entities of the whole article, found once
            known = sorted((start, end) for _m, start, end in self.matcher(doc, as_spans=False))
            cache = self.__dict__["_doc_names"] = (
                known,
                [t for t in (p for e in _as_organisations(doc, self._organisation_words(),
                                                          self._body_words(),
                                                          self.lex.company_prefixes, frozenset(known))
                             if e.label_ in NAME_LABELS for p in _name_parts(e))
                 if not (len(t) == 1 and t.text.lower() in self.lex.not_acronyms)   # ("AI firms")
                 and not party_label(doc, t.start)])
        matches, ents = cache
        # (a known name right after a personal title is a person's: "Dr Muscat" is Malta's prime
        # minister, not Oman's capital)
        # (nor is one after a region's word: "Latin America" is no state)
        spans: list[tuple[Span, str]] = [(doc[start:end], "gaz") for start, end in matches
                                         if start >= sent.start and end <= sent.end
                                         and not party_label(doc, start)
                                         and not (start > 0 and (doc[start - 1].lower_ in self.lex.honorifics
                                                                 or doc[start - 1].lower_ in self.lex.region_words
                                                                 and doc[start - 1].text[:1].isupper()))]
        gaz_spans = _longest([s for s, _ in spans])
        longer: dict[Span, Span] = {}   # a known body's name inside a longer one (see below)
        sport: dict[Span, Span] = {}
        for s in gaz_spans:
            lead = self._proper_lead(s, sent)
            if lead < s.start and self._longer_body_name(doc[lead:s.end], [s]):
                longer[s] = doc[lead:s.end]
        for s in gaz_spans:
            # "Tennis Australia", "Athletics Kenya": a sport before a state's name is the
            # sport's national body (when the recogniser did not already say so)
            before = doc[s.start - 1] if s.start > sent.start else None
            known = self.gaz.by_form.get(s.text)
            if before is not None and before.lower_ in self.lex.sport_words and before.text[:1].isupper() \
                    and known is not None and known.kind == "state":
                longer[s] = sport[s] = doc[s.start - 1:s.end]
            national = self._national_body(s, sent)
            if national is not None and s not in longer:
                longer[s] = national
        for tok in sent:
            # (and a people's word the gazetteer matched as no name: "the Ghanaian Bar Association")
            if tok.text[:1].isupper() and tok.text in self.gaz.by_demonym \
                    and not any(s.start <= tok.i < s.end for s in gaz_spans):
                national = self._national_body(doc[tok.i:tok.i + 1], sent)
                if national is not None:
                    longer[doc[tok.i:tok.i + 1]] = national
        gaz_spans = [s for s in gaz_spans if s not in longer]
        other = [s for s in gaz_spans if self._company_with_article(s)]   # (nor read as an entity below)
        gaz_spans = [s for s in gaz_spans if s not in other]
        # (a people's word alone is no name, whatever the recogniser tagged it: "Azerbaijani
        # forces", "Azerbaijani" a person)
        ner = [e for e in ents if e.start >= sent.start and e.end <= sent.end and _proper(e)
               and not any(o.start < e.end and e.start < o.end for o in [*other, *sport.values()])
               and not self._office_of_title(e) and not (len(e) == 1 and e.text in self.gaz.by_demonym)]
        # ("Ruritania's High Security Council", which the recogniser left out)
        ner += [doc.char_span(s.start_char, s.end_char, label="ORG") for s in longer.values()
                if not any(e.start < s.end and s.start < e.end for e in ner)]
        # a "location" in a party's place in the clause is a party the recogniser
        # mislabelled ("prosecutors charged Vale with fraud", Vale a LOC)
        ner += [doc.char_span(e.start_char, e.end_char, label="ORG") for e in self._doc_places()
                if e.start >= sent.start and e.end <= sent.end and _proper(e)
                and (_party_position(e.root) or self._act_from(e.root) or self._named_with_role(e))]
        ner = [self._possessive_body(e) for e in ner]
        chosen: list[tuple[Span, str]] = [(s, "gaz") for s in gaz_spans]
        for ent in ner:
            overlapping = [s for s, _ in chosen if s.start < ent.end and ent.start < s.end]
            if not overlapping:
                chosen.append((ent, ent.label_))
            elif ent.label_ == "PERSON" and all(ent.start <= s.start and s.end <= ent.end
                                                and len(ent) > len(s) for s in overlapping):
                chosen = [(s, k) for s, k in chosen if s not in overlapping] + [(ent, "PERSON")]
            elif ent.label_ == "ORG" and (self._firm_named_after_place(ent, overlapping)
                                          or self._longer_body_name(ent, overlapping)
                                          or self._public_body_of_state(ent, overlapping)):
                # "Qatar Airways", "Russian Railways": a firm named after a state is not the state;
                # "the High Security Council" is not the Security Council
                chosen = [(s, k) for s, k in chosen if s not in overlapping] + [(ent, "ORG")]
        for long in self._names_before_acronyms(sent, [s for s, _ in chosen], self._body_words()):
            # "the Superintendency of the Environment (SMA)": the name its acronym
            # abbreviates, which the recogniser left out, is the body (the acronym its alias)
            chosen = [(s, k) for s, k in chosen if not (long.start <= s.start and s.end <= long.end)] + [(long, "ORG")]
        for full in self._particle_names(sent):
            # "Isabel dos Santos", "Ursula von der Leyen": one person, which the recogniser
            # cut at the lower-case particle (or left out)
            chosen = [(s, k) for s, k in chosen if not (s.start < full.end and full.start < s.end)] \
                + [(full, "PERSON")]
        for joined in self._body_halves(sent, chosen):
            # "The Federal Agency" + "the Safety of the Food Chain": one body's name the
            # recogniser cut at "for the"
            chosen = [(s, k) for s, k in chosen if not (joined.start <= s.start and s.end <= joined.end)] \
                + [(joined, "ORG")]
        for run in self._body_runs(sent, [s for s, _ in chosen]):
            # "the Federal Competition and Consumer Protection Commission", "the Ministry of
            # Transport, Maritime Affairs and Communications": one body, which the recogniser
            # missed or cut at its "and"
            chosen = [(s, k) for s, k in chosen if not (run.start <= s.start and s.end <= run.end)] + [(run, "ORG")]
        for run in self._titled_offices(sent, [s for s, _ in chosen]):
            # "the Office of the Australian Information Commissioner", "the Office of the
            # Privacy Commissioner of Canada": one body, which the recogniser cut to "Office"
            chosen = [(s, k) for s, k in chosen if not (run.start <= s.start and s.end <= run.end)] + [(run, "ORG")]
        for tok in sent:
            # a firm named with its legal form, which the recogniser missed ("Swedbank AB
            # fired its chief executive"): the capitalised words before the form
            if tok.lower_.rstrip(".") in self.lex.legal_forms and tok.text[:1].isupper() and tok.i > sent.start \
                    and not any(s.start <= tok.i < s.end for s, _ in chosen):
                start = tok.i
                while start - 1 >= sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                        and doc[start - 1].dep_ == "compound" and not any(s.start <= start - 1 < s.end for s, _ in chosen):
                    start -= 1
                if start < tok.i:
                    chosen.append((doc[start:tok.i + 1], "ORG"))
                    continue
            # an acronym the recogniser left out ("auditors at EY", "sued KPMG"):
            # a capitalised short word the tagger calls a proper noun
            # (or tagged a common noun in a party's place: "The CNIL fined Google")
            # (a word that is seldom an acronym is one where the article defined it: "the
            # Confederation of Icelandic Enterprise (SA) ... SA's decision"; and so is a
            # name for the goods it makes: "PIP implants", once "Poly Implant Prothese (PIP)"
            # was read)
            defined = tok.text in self.__dict__.get("_acronyms", ())
            worded = tok.pos_ == "PROPN" and tok.text.istitle() and len(tok.text) >= 3 \
                and tok.text.upper() in self.__dict__.get("_acronyms", ())   # ("Safa", "Fifa")
            if (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.dep_ in PARTY_DEPS)) \
                    and 2 <= len(tok.text) <= 5 and tok.text.isalpha() and (tok.text.isupper() or worded) \
                    and (tok.lower_ not in self.lex.not_acronyms or defined) \
                    and (tok.dep_ != "compound" or defined and tok.head.lemma_.lower() in self.lex.product_nouns) \
                    and not any(s.start <= tok.i < s.end for s, _ in chosen):
                chosen.append((doc[tok.i:tok.i + 1], "ORG"))
        for span in self._known_again(sent):
            # a name already read in this article, which the recogniser missed this time
            if not any(s.start < span.end and span.start < s.end for s, _ in chosen):
                chosen.append((span, "known"))
        for described in self._described_names(sent, [s for s, _ in chosen]):
            # "private broadcaster Walf TV", "state oil company Petroval": a proper name the
            # recogniser missed, introduced by the noun of what it is
            chosen.append((described, "ORG"))
        for led in self._led_bodies(sent):
            # "the Saudi-led coalition", "a NATO-led force": a body named by who leads it, not
            # the leader (whose name inside it is no mention of its own)
            chosen = [(s, k) for s, k in chosen if not (led.start <= s.start and s.end <= led.end)] + [(led, "led")]
        for untagged in self._untagged_parties(sent, [s for s, _ in chosen]):
            chosen.append((untagged, "untagged"))
        for unit in self._national_units(chosen):
            # "Glencore Energy UK", "Vodafone Egypt": a firm's unit named with its country, one
            # name the recogniser cut in two (the firm, then the state)
            chosen = [(s, k) for s, k in chosen if not (unit.start <= s.start and s.end <= unit.end)] + [(unit, "ORG")]
        for local in self._local_governments(sent, [s for s, _ in chosen]):
            # "the Osaka city government", "the Tokyo metropolitan government": a city's or a
            # region's own body, not the state whose capital or region it is
            chosen = [(s, k) for s, k in chosen if not (local.start <= s.start and s.end <= local.end)] \
                + [(local, "ORG")]
        people: list[tuple[Span, Actor]] = []
        dateline_end = sent.start_char
        if sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws:
            m = DATELINE.match(sent.text)
            if m:
                dateline_end = sent.start_char + m.end()
                self.__dict__.setdefault("_dateline", set()).update(
                    t.i for t in sent if t.idx < dateline_end)
        for span, how in sorted(chosen, key=lambda x: x[0].start):
            if span.start_char < dateline_end < span.end_char:
                # ("OTTAWA - Facebook Inc.", one entity: the name after the dateline)
                rest = [t for t in span if t.idx >= dateline_end and not t.is_punct]
                if rest:
                    span = doc[rest[0].i:span.end]
                    how = "gaz" if self.gaz.by_form.get(span.text) is not None else how
                if all(t.lower_ in self.lex.organ_kinds | self.lex.bare_organs for t in rest):
                    continue   # ("BRASILIA - Federal police": the organ's kind, no name)
            if span.start_char < dateline_end or _located(span) or (how != "gaz" and self._place_of(span)):
                continue
            acronyms = self.__dict__.setdefault("_acronyms", {})
            # (an acronym may be written as a word: "Safa" after "the South African Football
            # Association", as "Fifa" and "Nato" are)
            actor = acronyms.get(span.text) or (
                len(span) == 1 and 3 <= len(span.text) <= 6 and span.text.istitle()
                and acronyms.get(span.text.upper())) or self._actor_for_name(span, how)
            if actor is None:
                continue
            if actor.kind == "person":
                people.append((span, actor))
            self._register(span, Mention(span.start, span.end, actor, "name"))
            self._note_state_body(span, actor)
            initials = "".join(t.text[0] for t in span if t.text[:1].isupper() and t.is_alpha
                               and t.lower_ not in {"the", "of", "and", "for", "on", "in"})
            if actor.kind not in {"person", "state"} and len(initials) >= 3 and len(span) >= 3:
                # ("the International Cricket Council", then "the ICC": this body in this
                # article, not the International Criminal Court the gazetteer knows by it)
                acronyms.setdefault(initials, actor)
            mixed = "".join(t.text[0] for t in span if t.is_alpha and t.lower_ != "the")
            if actor.kind not in {"person", "state"} and len(span) >= 3 and len(mixed) >= 3 \
                    and mixed != initials and not mixed.isupper() and mixed[0].isupper():
                # ("the Office for Students", then "the OfS"; "the Department for Education",
                # "the DfE": the small words kept in small letters)
                acronyms.setdefault(mixed, actor)
            if actor.kind not in {"person", "state"} and "&" in [t.text for t in span]:
                # ("Standard & Poor's", then "S&P"; "Procter & Gamble", "P&G": the initials
                # either side of the ampersand)
                parts = " ".join(t.text for t in span).split("&")
                short_form = "&".join("".join(w[0] for w in part.split() if w[:1].isupper() and w.isalpha())
                                      for part in parts)
                if all(short_form.split("&")):
                    acronyms.setdefault(short_form, actor)
            short = _acronym_after(span, self._body_words())
            if short is not None and actor.kind != "person":
                # "the Fair Trade Commission (FTC)": FTC is this body in this article,
                # whatever else the gazetteer knows by it
                acronyms[short.text] = actor
                self._register(short, Mention(short.start, short.end, actor, "name"))
        # affiliations last, so an institution named after the person is known
        for span, actor in people:
            self._register(span, self._affiliate(span, actor), again=True)
            self._note_person_words(span, actor)
            self._note_own_pronoun(span, actor)
        self.history.sort(key=lambda x: x[0])

    def _note_person_words(self, span: Span, person: Actor) -> None:
        """Remember what the words around a person's name tell: a title given with it
        ("Sheikh Ahmad al-Sabah": "the sheikh" is that person later), and the person's sex
        where a word of it is there (`female_words`, `male_words`): a title right before it
        ("Mrs Lopez"), a noun it is in apposition to or that has it in apposition ("his wife,
        Yeganeh Salehi"), a noun compounded before it ("spokeswoman Maria Lopez")."""
        doc, root = span.doc, span.root
        words = [t for t in span if t.i < root.i]            # ("Mrs Lopez", one span)
        if span.start > 0 and doc[span.start - 1].pos_ == "PROPN" and doc[span.start - 1].is_title \
                and doc[span.start - 1].lower_ not in self.lex.honorifics:
            # ("Sheikh Ahmad al-Sabah ... the sheikh was sentenced": a title the name was given)
            self.titled[doc[span.start - 1].lower_] = person
        if span.start > 0:
            words.append(doc[span.start - 1])                 # ("Mrs. Lopez", the title outside)
        if root.dep_ == "appos":
            words.append(root.head)                           # ("his wife, Yeganeh Salehi")
        words += [c for c in root.children if c.dep_ in {"appos", "compound"} and not span.start <= c.i < span.end]
        low = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
        if person in self.sex:
            return
        if low & self.lex.female_words and not low & self.lex.male_words:
            self.sex[person] = "f"
        elif low & self.lex.male_words and not low & self.lex.female_words:
            self.sex[person] = "m"

    def _note_own_pronoun(self, span: Span, person: Actor) -> None:
        """A person's sex told by a pronoun that can only be theirs, in the clause they are
        the subject of: a reflexive ("Duterte declared himself"), a possessive set before
        them ("In his dissent, Carpio wrote"), or the subject of what they say ("Sereno said
        she would fight on")."""
        root = span.root
        if person in self.sex or root.dep_ != "nsubj" or root.head.pos_ not in {"VERB", "AUX"}:
            return
        verb = root.head
        own = [c for c in verb.children if c.lower_ in {"himself", "herself"}]
        own += [t for t in verb.subtree if t.i < span.start and t.dep_ == "poss" and t.lower_ in {"his", "her"}
                and not any(a.pos_ in {"VERB", "AUX"} for a in t.ancestors if a.i != verb.i and verb in a.ancestors)]
        if verb.lemma_.lower() in self.lex.speech_verbs:
            own += [s for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                    for s in c.children if s.dep_ == "nsubj" and s.lower_ in {"he", "she"}
                    and not any(t.ent_type_ == "PERSON" for t in self.doc[verb.i + 1:s.i])]
        words = {t.lower_ for t in own}
        if words and words <= {"he", "his", "himself"}:
            self.sex[person] = "m"
        elif words and words <= {"she", "her", "herself"}:
            self.sex[person] = "f"

    def state_named(self, tok, names: bool = True) -> Actor | None:
        """The state a token names: by its name mention (with `names`), a gazetteer name or a
        demonym."""
        m = self.names.get(tok.i) if names else None
        k = m.actor if m is not None else (self.gaz.by_form.get(tok.text) or self.gaz.by_demonym.get(tok.text))
        return Actor(k.name, k.kind) if k is not None and k.kind == "state" else None

    def _act_from(self, tok) -> bool:
        """The "from" of an act's noun is who does it: "a lawsuit from Epic Games",
        "charges from the prosecutor", "criticism from Greenpeace" (not "a man from Texas")."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "from":
            return False
        nouns = _ACT_NOUN_WORDS.get(id(self.lex))
        if nouns is None:
            nouns = _ACT_NOUN_WORDS[id(self.lex)] = frozenset(
                e[0] for a in self.lex.actions.values() for e in a.nouns if len(e) == 1) | self.lex.asserting_nouns
        holder = tok.head.head
        if holder.pos_ == "VERB" and holder.lemma_.lower() in self.lex.undergo_verbs:
            # ("is facing a lawsuit from Epic Games", "from" hung on the verb)
            return any(o.dep_ == "dobj" and o.lemma_.lower() in nouns for o in holder.children)
        return holder.pos_ == "NOUN" and holder.lemma_.lower() in nouns

    def _note_state_body(self, span: Span, actor: Actor) -> None:
        """A government body named with its state ("India's Ministry of External Affairs",
        "the Russian Ministry of Foreign Affairs", "the Ministry of Defence of Ukraine"):
        an actor of its own, as the news names it, and the state's organ: its denial
        answers what the state is accused of, and it does not accuse its own state."""
        if actor.kind != "government" or actor in self.organ_of:
            return

        def state_of(tok) -> Actor | None:
            # (a word inside the body's own name is read by the gazetteer, not as the body)
            return self.state_named(tok, names=not span.start <= tok.i < span.end)
        doc = self.doc
        # (not a state a body looks into: "the UN Commission of Inquiry on Syria")
        inside = [s for t in span if t.text[:1].isupper() and (s := state_of(t)) is not None
                  and not (t.i > span.start and doc[t.i - 1].pos_ == "ADP" and doc[t.i - 1].lower_ != "of")]
        around = [state_of(c) for c in span.root.children
                  if c.dep_ == "poss" and not (span.start <= c.i < span.end)]
        if span.start > 0 and doc[span.start - 1].dep_ in {"amod", "compound"}:
            around.append(state_of(doc[span.start - 1]))
        if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].text[:1].isupper():
            around.append(state_of(doc[span.end + 1]))   # ("the Ministry of Defence of Ukraine")
        if span.end + 1 < len(doc) and doc[span.end].lower_ == "in":
            # ("the Ministry of Defence in London": the capital it sits in)
            around += [state_of(c) for c in doc[span.end].children if c.dep_ == "pobj" and c.text[:1].isupper()]
        states = {s for s in [*inside, *around] if s is not None}
        if len(states) == 1:
            self.organ_of[actor] = states.pop()

    @staticmethod
    def _names_before_acronyms(sent: Span, chosen: list[Span], bodies: frozenset[str]) -> list[Span]:
        """Runs of capitalised words (joined by "of", "the", "for", "and", "on") right
        before a bracketed acronym that starts with the run's first letter, of two words or
        more, whose last word is no person, place, people or date and that no chosen name
        covers or cuts: "Superintendency of the Environment (SMA)", "Independent Electoral
        and Boundaries Commission (IEBC)". An acronym of the body's name in its own language
        starts with another letter; a run holding a body's word (`bodies`) is one too: "the
        Confederation of Icelandic Enterprise (SA)"."""
        doc = sent.doc
        joiners = {"of", "the", "for", "and", "on", "&", "de", "del", "des", "du", "la", "di"}
        out = []
        for tok in sent:
            if tok.text != "(" or tok.i + 2 >= sent.end or doc[tok.i + 2].text != ")":
                continue
            short = doc[tok.i + 1].text
            if not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()):
                continue
            start = tok.i
            while start - 1 >= sent.start and (
                    (t := doc[start - 1]).text[:1].isupper() and t.is_alpha or t.lower_ in joiners):
                start -= 1
            while start < tok.i and (doc[start].lower_ in joiners or doc[start].is_sent_start
                                     and doc[start].lower_ in {"the", "a", "an"}):
                start += 1
            long = doc[start:tok.i]
            if len(long) < 2 or not long[-1].text[:1].isupper() \
                    or (long[0].text[:1] != short[:1] and not any(t.lower_ in bodies for t in long)) \
                    or any(t.ent_type_ in {"PERSON", "GPE", "LOC", "DATE", "NORP"} and t.i == long.end - 1 for t in long) \
                    or any(s.start <= long.start and long.end <= s.end for s in chosen) \
                    or any(s.start < long.start < s.end or s.start < long.end < s.end for s in chosen):
                continue
            out.append(long)
        return out

    def _public_body_words(self) -> frozenset[str]:
        """The words that head a public body's name ("Commission", "Ministry", "Court"),
        read once per article."""
        got = self.__dict__.get("_public_bodies")
        if got is None:
            got = self.__dict__["_public_bodies"] = self.lex.references.get("government", frozenset()) | \
                self.lex.references.get("international_org", frozenset())
        return got

    def _possessive_body(self, ent: Span) -> Span:
        """An organisation the recogniser ended on a possessive, right before a body's word:
        the body ("the Kisutu Resident Magistrate's" + "Court"); any other entity as it is
        (where the recogniser tagged no organisation, "Westminster Magistrates' Court" stays
        cut)."""
        doc = ent.doc
        if ent.label_ != "ORG" or ent.end >= len(doc) or ent[-1].tag_ != "POS":
            return ent
        nxt = doc[ent.end]
        bodies = self._public_body_words()
        if nxt.text[:1].isupper() and nxt.lower_ in bodies and nxt.sent == ent[0].sent:
            return doc.char_span(ent.start_char, nxt.idx + len(nxt.text), label="ORG") or ent
        return ent

    def _body_halves(self, sent: Span, chosen: list[tuple[Span, str]]) -> list[Span]:
        """Two organisation names the recogniser cut a body's name into, joined by "for",
        "of" or "on" (and "the"), the first ending in a public body's word: "the Federal
        Agency for the Safety of the Food Chain", "the Office for the Protection of
        Competition"."""
        doc = sent.doc
        bodies = self._public_body_words()
        spans = sorted((s for s, k in chosen if k == "ORG"), key=lambda s: s.start)
        out = []
        for a, b in zip(spans, spans[1:]):
            between = [t.lower_ for t in doc[a.end:b.start]]
            if not between or between[0] not in {"for", "of", "on"} or any(w not in {"for", "of", "on", "the"}
                                                                          for w in between):
                continue
            if a[-1].lower_ not in bodies and a[-1].lemma_.lower() not in bodies:
                continue
            if any(t.is_alpha and not t.text[:1].isupper() and t.lower_ not in {"the", "of", "and", "for", "on"}
                   for t in b):
                continue
            out.append(doc[a.start:b.end])
        return out

    def _particle_names(self, sent: Span) -> list[Span]:
        """Capitalised words joined by lower-case name particles (`name_particles`: "dos",
        "von der", "bin"), none a title or a word the gazetteer knows, part of which the
        recogniser took for a person: a person's full name ("Isabel dos Santos", "Ursula
        von der Leyen", "Mohammed bin Salman"; not "Autorità Garante della Concorrenza")."""
        doc = sent.doc
        out: list[Span] = []

        def cap(t) -> bool:
            # (no word the recogniser put in a place or a body: "Rio de Janeiro", "Banco do Brasil")
            return t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.pos_ in {"PROPN", "NOUN", "ADJ"} \
                and t.text not in self.gaz.by_form and t.text not in self.gaz.by_demonym \
                and t.lower_ not in self.lex.titles and t.lower_ not in self.lex.roles \
                and t.ent_type_ not in {"GPE", "LOC", "FAC", "ORG", "NORP", "DATE"}

        def after(t) -> bool:
            # (after the particle, whatever the recogniser made of the word: "von der Leyen",
            # "Leyen" taken for a place)
            return t.is_alpha and t.text[:1].isupper() and not t.text.isupper() \
                and t.text not in self.gaz.by_form and t.lower_ not in self.lex.titles

        k = sent.start
        while k < sent.end:
            t = doc[k]
            if not cap(t) or (out and k < out[-1].end):
                k += 1
                continue
            start = k
            while start - 1 >= sent.start and cap(doc[start - 1]):
                start -= 1
            j = k + 1
            seen_particle = False
            while j < sent.end and doc[j].lower_ in self.lex.name_particles and not doc[j].text[:1].isupper():
                j += 1
                seen_particle = True
            if seen_particle and j < sent.end and after(doc[j]) and doc[j - 1].lower_ in self.lex.name_particles:
                end = j + 1
                while end < sent.end and after(doc[end]):
                    end += 1
                if any(x.ent_type_ == "PERSON" for x in doc[start:end]):
                    out.append(doc[start:end])   # (the recogniser saw a person in it: not a body's name)
                k = end
                continue
            k += 1
        return out

    def _body_runs(self, sent: Span, chosen: list[Span]) -> list[Span]:
        """Runs of capitalised words joined by "and" (and "of", "for", "on") that name a
        public body: the last word of the run before "of", or of the whole run, is a body's
        word ("Commission", "Ministry"), and no word of it is a known name, a people, a
        title or a date. After "of", a list of areas may run on with commas to its "and"
        ("Ministry of Transport, Maritime Affairs and Communications"). A chosen name the
        run covers gives way to it; one that it cuts keeps the run out."""
        doc = sent.doc
        bodies = self._public_body_words()

        def cap(t) -> bool:
            return t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN" and t.text not in self.gaz.by_form \
                and t.text not in self.gaz.by_demonym and t.lower_ not in self.lex.titles \
                and t.ent_type_ not in {"PERSON", "GPE", "NORP", "DATE", "LOC"}

        out: list[Span] = []
        for tok in sent:
            # (a body word in lower case after its capitalised areas names it too: "the
            # Digital, Culture, Media and Sport committee")
            lower_body = tok.is_lower and tok.i > sent.start and cap(doc[tok.i - 1])
            if tok.lower_ not in bodies or not (cap(tok) or lower_body) or any(s.start <= tok.i < s.end for s in out):
                continue
            start = tok.i
            # (back over the areas it is named for, a list with commas among them: "Digital,
            # Culture, Media and Sport")
            while start - 1 >= sent.start and (cap(doc[start - 1]) or (
                    doc[start - 1].lower_ in {"and", "for", "of", ","} and start - 2 >= sent.start and cap(doc[start - 2]))):
                start -= 1
            while doc[start].text == ",":
                start += 1
            end = tok.i + 1
            if end + 1 < sent.end and doc[end].lower_ in {"of", "for", "on"} and cap(doc[end + 1]):
                k = end + 1
                while k < sent.end and cap(doc[k]):
                    k += 1
                end = k
                while end < sent.end and doc[end].text == ",":
                    # (", Maritime Affairs and Communications": on to the list's "and")
                    k = end + 1
                    while k < sent.end and cap(doc[k]):
                        k += 1
                    if k == end + 1 or k >= sent.end or doc[k].lower_ not in {",", "and"}:
                        break
                    end = k
                if end + 1 < sent.end and doc[end].lower_ == "and" and cap(doc[end + 1]):
                    k = end + 1
                    while k < sent.end and cap(doc[k]):
                        k += 1
                    end = k
            if start > sent.start and doc[start - 1].lower_ == "the":
                start -= 1   # (as the recogniser takes it: "The Ministry of Transport")
            run = doc[start:end]
            if "," in [t.text for t in run[:tok.i - start]] and not any(
                    t.lower_ == "and" for t in run[:tok.i - start]):
                continue   # (a comma before the body word only in a list closed by "and")
            if lower_body and "and" not in [t.lower_ for t in run[:tok.i - start]]:
                continue   # ("the Senate committee": a description, no name)
            if "and" not in [t.lower_ for t in run] or doc[end - 1].lower_ in {"and", "of", "for", ","} \
                    or any(s.start <= run.start and run.end <= s.end for s in chosen) \
                    or any(s.start < run.start < s.end or s.start < run.end < s.end for s in chosen):
                continue
            out.append(run)
        return out

    def _titled_offices(self, sent: Span, chosen: list[Span]) -> list[Span]:
        """"Office (or "Bureau") of the" and a run of capitalised words ending in a title of office
        (`office_holders`: "Commissioner", "Prosecutor", "Inspector General"), with a
        capitalised "of" or "for" tail of its own ("of Canada", "for Human Rights"): the
        name of one body. A chosen name it cuts keeps it out; one it covers gives way."""
        doc = sent.doc
        out: list[Span] = []
        for tok in sent:
            if tok.text not in {"Office", "Bureau"} or tok.i + 3 >= sent.end \
                    or doc[tok.i + 1].lower_ != "of" or doc[tok.i + 2].lower_ != "the":
                continue
            k = tok.i + 3
            while k < sent.end and doc[k].text[:1].isupper() and doc[k].is_alpha \
                    and doc[k].ent_type_ not in {"PERSON", "DATE"}:
                k += 1
            if k == tok.i + 3 or doc[k - 1].lemma_.lower() not in self.lex.office_holders:
                continue
            if k + 1 < sent.end and doc[k].lower_ in {"of", "for"} and doc[k + 1].text[:1].isupper():
                j = k + 1
                while j < sent.end and doc[j].text[:1].isupper() and doc[j].is_alpha:
                    j += 1
                k = j
            start = tok.i - 1 if tok.i > sent.start and doc[tok.i - 1].lower_ == "the" else tok.i
            run = doc[start:k]
            if any(s.start < run.start < s.end or s.start < run.end < s.end for s in chosen):
                continue
            out.append(run)
        return out

    def _register(self, span: Span, mention: Mention, again: bool = False) -> None:
        for i in range(span.start, span.end):
            self.names[i] = mention
        if again:
            self.history = [h for h in self.history if h[0] != span.root.i]
        self._remember(span.root.i, mention)

    def _doc_places(self) -> list[Span]:
        places = self.__dict__.get("_places")
        if places is None:
            places = self.__dict__["_places"] = [e for e in self.doc.ents if e.label_ in {"LOC", "FAC"}]
        return places

    def _firm_named_after_place(self, ent: Span, inside: list[Span]) -> bool:
        """An organisation entity that holds only a state's name and goes on with
        words that are no organ of the state ("Qatar Airways", not "Qatar's
        Foreign Ministry" or "Saudi Press Agency"), or names the state last after
        "of" ("the Consumer Federation of America", not "the Government of India")."""
        if not all(ent.start <= s.start and s.end <= ent.end and len(ent) > len(s) for s in inside):
            return False
        states = [s for s in inside if (k := self.gaz.by_form.get(s.text)) is not None and k.kind == "state"]
        if not states or any(self.gaz.by_form.get(s.text) is None for s in inside):
            return False
        # (another known name inside is a word of the firm's: "Shell Petroleum Development
        # Company of Nigeria")
        inside = states
        rest = [t for t in ent if not any(s.start <= t.i < s.end for s in inside) and t.is_alpha]
        organs = self.lex.agent_nouns | self.lex.office_words | self.lex.references.get("government", frozenset()) \
            | self.lex.references.get("state", frozenset()) | self.lex.references.get("media", frozenset())
        organs -= self.lex.private_nouns   # ("the Shell Petroleum Development Company of Nigeria" is a firm)
        # the state's name first ("Qatar Airways") or last after "of" ("the Consumer Federation
        # of America", "Bank of England"), the rest naming no organ of it ("Government of India")
        ends = rest and rest[-1].i == ent.end - 1
        of_state = len(inside) == 1 and inside[0].end == ent.end and inside[0].start > ent.start \
            and ent.doc[inside[0].start - 1].lower_ == "of"
        # or last after a name of the firm's own ("Grupo Mexico", "Telecom Italia"), not a
        # part of the country ("New Mexico", "Northern Ireland") nor a city ("Mexico City")
        after_name = len(inside) == 1 and inside[0].end == ent.end and inside[0].start > ent.start and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in _PLACE_PARTS
            for t in ent[:inside[0].start - ent.start])
        named = [t for t in rest if t.lower_ not in {"of", "the"}]
        return bool(named) and bool(ends or of_state or after_name) and not any(
            t.lower_ in organs or t.lemma_.lower() in organs or t.lower_ in self.lex.titles for t in named)

    def _public_body_of_state(self, ent: Span, inside: list[Span]) -> bool:
        """An organisation entity that holds a state's name and names a public body of its
        own: it ends in a word of a government body (or has one before "of <state>") and
        has a capitalised word of its own that names no office of the state ("the Zimbabwe
        Electoral Commission", "the Kenya Revenue Authority", "the Electoral Commission of
        Uganda"). Such a body is not the state; one whose own words all name offices
        ("Russia's Defence Ministry") stays the state."""
        if not all(ent.start <= s.start and s.end <= ent.end and len(ent) > len(s) for s in inside):
            return False
        states = [s for s in inside if (k := self.gaz.by_form.get(s.text) or self.gaz.by_demonym.get(s.text))
                  is not None and k.kind == "state"]
        if len(states) != 1 or len(inside) != 1:
            return False
        body_words = self.lex.references.get("government", frozenset())
        last = ent[-1]
        # (a civic body's word too before "of <state>": "the Press Club of India", "the Law
        # Society of Kenya" are no organs of the state)
        before_of = body_words | self.lex.civic_bodies | self.lex.guild_words
        if not (last.lower_ in body_words or last.lemma_.lower() in body_words) and not (
                states[0].end == ent.end and ent.doc[states[0].start - 1].lower_ == "of"
                and (ent.doc[states[0].start - 2].lower_ in before_of
                     or ent.doc[states[0].start - 2].lemma_.lower() in before_of)):
            return False   # (the body's word last, or before "of <state>": "Board of India")
        own = [t for t in ent if not states[0].start <= t.i < states[0].end and t.is_alpha
               and t.lower_ not in {"of", "the", "and", "for", "on"} and t.lower_ not in body_words
               and t.lemma_.lower() not in body_words]
        return bool(own) and all(t.text[:1].isupper() for t in own) and any(
            t.lower_ not in self.lex.office_words and t.lower_ not in self.lex.agent_nouns
            and t.lower_ not in self.lex.titles for t in own)

    def _place_of(self, span: Span) -> bool:
        """A name before a place noun ("Rawalpindi division", "Kherson region") or after "the
        <place noun> of" where the sentence says where something is: "rivers in the
        northern state of Sonora", "a plant in the city of Osaka" name a place,
        whatever the recogniser took them for (`subdivision_nouns`); "the state of California
        sued" is a party."""
        root = span.root
        if root.dep_ == "compound" and root.head.is_lower and root.head.lemma_.lower() in self.lex.subdivision_nouns \
                and root.head.lemma_.lower() not in self.lex.references.get("government", frozenset()):
            return True   # "the commissioner of Rawalpindi division", "in Kherson region"
        if root.dep_ != "pobj" or root.head.lower_ != "of":
            return False
        noun = root.head.head
        return noun.pos_ == "NOUN" and noun.is_lower and noun.lemma_.lower() in self.lex.subdivision_nouns \
            and noun.dep_ == "pobj" and noun.head.lower_ in {"in", "at", "near", "across", "throughout", "around",
                                                               "within", "outside", "from", "to", "into"}

    def _office_of_title(self, ent: Span) -> bool:
        """An organisation the recogniser cut from a title ("Defence" of "Defence Minister
        Lars Holm"): office words only, right before a title or a role; or any name no
        gazetteer knows right before "minister" or after "minister for/of" and "Secretary of",
        a minister's portfolio ("Cyber Security Minister Clare O'Neil", "Minister for Home
        Affairs", "Secretary of State for Health"): a ministry's head is named by what it
        does, never by another body ("Apple CEO", "Treasury Secretary" name their body)."""
        after = self.doc[ent.end] if ent.end < len(self.doc) else None
        before = self.doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ != "ORG":
            return False
        unknown = self.gaz.by_form.get(ent.text) is None
        if unknown and before is not None and before.lower_ in {"for", "of"} and (
                before.head.lemma_.lower() == "minister" or (
                    before.head.lemma_.lower() == "secretary" and ent[0].lower_ == "state" and len(ent) > 1)) and (
                after is None or after.is_punct or after.ent_type_ == "PERSON"):
            # ("Minister for Home Affairs Peter Dutton", "Secretary of State for Health, Matt
            # Hancock"; not a portfolio the recogniser ran into the name that follows it)
            return True
        if after is None:
            return False
        if unknown and after.lemma_.lower() == "minister":
            return True
        if unknown and len(ent) == 1 and after.lemma_.lower() in self.lex.roles and \
                f" {ent.text.lower()} " in f" {self.doc.text} ":
            # ("Privacy Commissioner Daniel Therrien", in a story about "privacy law": a word the
            # article also writes as a common noun, cut from the title, is its portfolio)
            return True
        return all(t.lower_ in self.lex.office_words for t in ent) \
            and (after.lower_ in self.lex.titles or after.lemma_.lower() in self.lex.roles)

    def _national_units(self, chosen: list[tuple[Span, str]]) -> list[Span]:
        """A firm's name right before a state's name that heads their one noun phrase
        ("Glencore Energy UK had paid", "fined Vodafone Egypt"): the firm's unit there."""
        doc = self.doc
        states = [s for s, _ in chosen if (k := self.gaz.by_form.get(s.text)) is not None and k.kind == "state"]
        found = []
        for firm, how in chosen:
            known = self.gaz.by_form.get(firm.text)
            # (or a name the recogniser took for a place the gazetteer does not know: "ordered
            # Nestle India to withdraw its noodles", "Nestle" tagged a place)
            if firm in states or how not in {"ORG", "gaz", "GPE"} or (how == "GPE" and known is not None):
                continue
            if how == "gaz" and (known is None or known.kind != "company"):
                continue
            for state in states:
                if state.start == firm.end and firm.root.dep_ == "compound" and state.start <= firm.root.head.i < state.end \
                        and all(t.text[:1].isupper() for t in firm):
                    found.append(doc[firm.start:state.end])
        return found

    def _described_names(self, sent: Span, names: list[Span]) -> list[Span]:
        """Runs of capitalised proper nouns no name covers whose first word has, right before
        it, a lower-case noun of a firm or a news outlet compounded on the run ("private
        broadcaster Walf TV", "e-commerce company Kupang"): that firm's or outlet's name."""
        doc = self.doc
        kinds = self.lex.references
        describing = kinds.get("company", frozenset()) | kinds.get("media", frozenset())
        taken = {i for s in names for i in range(s.start, s.end)}
        found = []
        for tok in sent:
            if tok.pos_ != "PROPN" or tok.i in taken or tok.dep_ == "compound" or not tok.text[:1].isupper():
                continue
            start = tok.i
            while start - 1 >= sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].text[:1].isupper() and doc[start - 1].i not in taken:
                start -= 1
            before = doc[start - 1] if start - 1 >= sent.start else None
            if before is not None and before.pos_ == "NOUN" and before.is_lower and before.dep_ == "compound" \
                    and before.head.i == tok.i and before.lemma_.lower() in describing \
                    and not any(doc[i].ent_type_ in {"PERSON", "GPE", "NORP", "DATE"} for i in range(start, tok.i + 1)):
                found.append(doc[start:tok.i + 1])
        return found

    def _led_bodies(self, sent: Span) -> list[Span]:
        """A body's noun (`led_bodies`: coalition, alliance, force, ...) after a capitalised
        name or people's word joined to "led" ("Saudi-led", "U.S.-led", "NATO - led"), with
        at most lower-case modifiers between ("the Saudi-led military coalition")."""
        doc = self.doc
        found = []
        for tok in sent:
            if tok.lemma_.lower() not in self.lex.led_bodies or tok.pos_ != "NOUN":
                continue
            i = tok.i - 1
            while i > sent.start and doc[i].is_lower and doc[i].lower_ != "led" and doc[i].dep_ in {"amod", "compound"} \
                    and doc[i].head.i == tok.i:
                i -= 1
            t = doc[i]
            if t.text.lower().endswith("-led") and len(t.text) > 4 and t.text[:1].isupper():
                start = i
            elif t.lower_ == "led" and i - 2 >= sent.start and doc[i - 1].text in {"-", "–"} \
                    and doc[i - 2].text[:1].isupper():
                start = i - 2
                while start - 1 >= sent.start and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN" \
                        and not doc[start - 1].is_sent_start:
                    start -= 1
            else:
                continue
            found.append(doc[start:tok.i + 1])
        return found

    def _untagged_parties(self, sent: Span, names: list[Span]) -> list[Span]:
        """Runs of capitalised proper nouns the recogniser left untagged and no name covers,
        in a party's place in their clause (subject, object, the "by" of a passive, the
        "against" of a charge, a conjunct or apposition of one, or a modifier of a fined
        amount): a name ("the regulator fined Swedbank $386 million", "fined Swedbank 4
        billion crowns", "Addameer and Tamkeen accused ..."). Not a word the article also writes in lower case ("City",
        "Commerce" where it speaks of the city or of commerce), a title, a people's word,
        nor a run only of body, office or role words ("Parliament", "the High Court"),
        which the rules for descriptions read, nor a counted people ("730,000 Rohingya
        fled"), nor the rest of a name the recogniser cut ("Eric Chu Nap Kee"), nor one
        word that starts a sentence and is never written capitalised inside one ("Wrestlers
        accused ...", a common noun capitalised for its place)."""
        doc = self.doc
        taken = {i for s in names for i in range(s.start, s.end)}
        lowered = self.__dict__.get("_lower_words")
        if lowered is None:
            lowered = self.__dict__["_lower_words"] = frozenset(t.lower_ for t in doc if t.is_lower)
        inner = self.__dict__.get("_inner_capitals")
        if inner is None:   # (capitalised words written inside a sentence, where case tells a name)
            inner = self.__dict__["_inner_capitals"] = frozenset(
                t.text for t in doc if t.text[:1].isupper() and not t.is_sent_start)
        plain = self.__dict__.get("_plain_words")
        if plain is None:   # (once per article, not per sentence)
            plain = self.__dict__["_plain_words"] = \
                self._body_words() | self.lex.office_words | self.lex.roles | self.lex.organ_kinds
        found = []
        for tok in sent:
            if tok.pos_ != "PROPN" or tok.ent_type_ or tok.i in taken or tok.dep_ == "compound" \
                    or any(c.dep_ == "compound" and (c.ent_type_ in NAME_LABELS or c.i in taken) or c.dep_ == "nummod"
                           for c in tok.children) \
                    or not tok.text[:1].isupper() or not (
                    _party_position(tok) or (tok.dep_ in {"conj", "appos"} and _party_position(tok.head))
                    or amount_owner(tok)):
                continue
            start = tok.i
            while start - 1 >= sent.start and ((t := doc[start - 1]).pos_ == "PROPN" or (
                    t.pos_ == "NOUN" and t.is_upper and len(t) > 1 and t.is_alpha)) and t.dep_ == "compound" \
                    and t.head.i == tok.i and t.text[:1].isupper() and not t.ent_type_ and t.i not in taken \
                    and t.lower_ not in self.lex.titles:
                start -= 1   # (an acronym tagged a common noun is a word of the name: "TV Rain")
            run = doc[start:tok.i + 1]
            if any(t.lower_ in self.lex.titles or t.text in self.gaz.by_demonym for t in run) \
                    or all(t.lower_ in plain or t.lemma_.lower() in plain for t in run) \
                    or (len(run) == 1 and (tok.lower_ in lowered or (tok.is_sent_start and tok.text not in inner))):
                continue
            found.append(run)
        return found

    def _local_governments(self, sent: Span, names: list[Span]) -> list[Span]:
        """Place names followed by a word of local government and a word of a body:
        "Osaka city government", "Sonora state government", "Tokyo metropolitan
        government", "Quebec provincial government" (`local_government_words`)."""
        doc = self.doc
        body = self.lex.references.get("government", frozenset())
        found = []
        for s in names:
            j = s.end
            while j < sent.end and doc[j].lower_ in self.lex.local_government_words:
                j += 1
            if j == s.end or j >= sent.end:
                continue
            head = doc[j]
            if head.pos_ == "NOUN" and (head.lower_ in body or head.lemma_.lower() in body) \
                    and all(doc[i].head.i == head.i or doc[i].head.i in range(s.end, j) for i in range(s.end, j)):
                found.append(doc.char_span(doc[s.start].idx, head.idx + len(head.text), label="ORG"))
        return [f for f in found if f is not None]

    def _national_body(self, span: Span, sent: Span) -> Span | None:
        """A state's name or people's word that opens a run of capitalised proper nouns ending
        in a word of a non-governmental body: the body ("the South African Football Association",
        "the Nigerian Medical Association", which the recogniser left out), not the state.
        Organs of the state ("the Russian Foreign Ministry", "the Brazilian Navy") stay it."""
        known = self.gaz.by_form.get(span.text) or self.gaz.by_demonym.get(span.text)
        if known is None or known.kind != "state":
            return None
        tok = span[-1]
        while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.i < sent.end \
                and tok.head.pos_ == "PROPN" and tok.head.text[:1].isupper():
            tok = tok.head
        if tok.i < span.end + 1 or any(not (t.pos_ == "PROPN" and t.text[:1].isupper())
                                       for t in span.doc[span.end:tok.i + 1]):
            return None   # (a word of the body's own, besides the body word, capitalised)
        bodies = self.lex.civic_bodies
        return span.doc[span.start:tok.i + 1] if tok.lemma_.lower() in bodies or tok.lower_ in bodies else None

    @staticmethod
    def _proper_lead(span: Span, sent: Span) -> int:
        """Where the run of capitalised proper nouns compounded onto `span` from the left starts."""
        i = span.start
        while i - 1 >= sent.start and (t := span.doc[i - 1]).pos_ == "PROPN" and t.dep_ == "compound" \
                and t.text[:1].isupper() and i <= t.head.i < span.end:
            i -= 1
        return i

    def _longer_body_name(self, ent: Span, inside: list[Span]) -> bool:
        """An organisation entity whose name holds a known body's name and more proper words that
        are no place, people, title or known name ("Algeria's High Security Council"): another
        body. Words that name a state keep the known body ("the UN Security Council", "the US
        Justice Department"); a state's name after words of the body's own ("Cricket
        Australia") is part of the body's name."""
        if not all(ent.start <= s.start and s.end <= ent.end and len(ent) > len(s) for s in inside):
            return False
        state_last = False
        for s in inside:
            k = self.gaz.by_form.get(s.text)
            # ("Cricket Australia", "Athletics Kenya": a state's name closing a body's name
            # after words of its own is that body, not the state)
            # (tagged an organisation throughout: "South China", "Central America" are places)
            state_last = k is not None and k.kind == "state" and s.end == ent.end and all(
                t.ent_type_ == "ORG" for t in ent) and not any(
                t.lower_ in self.lex.office_words or t.lower_ in self._reference_words() for t in ent[:s.start - ent.start])
            # ("the UN Commission of Inquiry on Syria": a state after "on" is the body's subject)
            topic = k is not None and k.kind == "state" and s.start > ent.start and self.doc[s.start - 1].lower_ == "on"
            if k is None or k.kind == "person" or (k.kind == "state" and not state_last and not topic):
                return False
        # (the words that join a name's parts, and its leading "the", are no words of their own)
        rest = [t for t in ent if not any(s.start <= t.i < s.end for s in inside) and t.is_alpha
                and not (t.lower_ == "the" if t.i == ent.start or t.is_sent_start
                         else t.lower_ in {"the", "of", "on", "for", "and"})]
        return bool(rest) and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text not in self.gaz.by_form
                                  and t.text not in self.gaz.by_demonym and t.lower_ not in self.lex.titles
                                  and t.lower_ not in self.lex.roles and (
                                      not t.is_sent_start or state_last or t.ent_type_ == "ORG")
                                  for t in rest)   # (a sentence's first word is capitalised anyway:
        #                                            "Senior", unless the recogniser puts it in the name)

    def _actor_for_name(self, span: Span, how: str) -> Actor | None:
        text = _strip_name(span)
        if not text:
            return None
        if how == "known":
            kin = self._namesake(span)
            if kin is not None:
                return self._person(kin)   # ("Ivanka Trump" after "Donald Trump", the recogniser silent)
            return next((a for a in self.known if a.name == span.text), None) or next(
                (a for a in self.known if a.kind == "company" and a.name.split()[0] == span.text), None) or next(
                (a for a in self.known if a.kind == "person" and len(span) == 1
                 and a.name.split()[-1] == span.text), None)
        if how == "gaz":
            known = self.gaz.by_form.get(text) or self.gaz.by_form.get(span.text)
            if known is None:
                return None
            if known.name.startswith("US ") and known.kind == "government" and self._abroad():
                # "the Justice Department" in a story about the Philippines is the Philippine
                # one: a department the gazetteer knows as the American one is that only when
                # the article names the United States or no other state; else the body by the
                # name it is given
                return self._canonical(Actor(text, known.kind))
            return self._canonical(Actor(known.name, known.kind))
        if how == "PERSON" and " " not in text and not any(
                a.kind == "person" and last_word(a.name) == text.lower() for a in self.known):
            # one word the article has already named as a body ("Qualcomm", a company, then
            # "Qualcomm said in a statement", tagged a person), and no person's surname: the body
            known = next((a for a in reversed(self.known) if a.kind not in {"person", "state"}
                          and (a.name == text or a.name.split()[0] == text)), None)
            if known is not None:
                return known
        if how == "PERSON" and re.sub(r"[^a-z.]", "", text.split()[-1].lower()) not in self.lex.company_suffixes \
                and not self._listed_with_organisations(span) and not self._described_as_firm(span):
            return self._person(span)   # ("Kestrel Labs", tagged a person, is a company)
        dem = self.gaz.by_demonym.get(text) if how in {"GPE", "ORG"} else None
        if dem is not None:
            return Actor(dem.name, dem.kind)   # "Emirati officials": a demonym the recogniser took for a name
        if how == "GPE":
            known = self.gaz.by_form.get(text) or (_state_of_place(self.gaz, text) if text.isupper() else None)
            if known:   # (a place in capitals, "SEOUL", is the one the gazetteer knows)
                return Actor(known.name, known.kind)
            kin = self._namesake(span)
            if kin is not None:
                return self._person(kin)
            person = self._surname_of(text)
            if person is not None:
                return person   # "Singh", tagged a place after "Brij Bhushan Sharan Singh"
            return self._canonical(Actor(text, "state"))
        if how in {"ORG", "LOC", "FAC", "untagged"} and self._named_with_role(span):
            return self._person(span)   # "spokeswoman Yolande Makolo", tagged an organisation
        # ORG
        words = name_words(text)
        if not words:
            return None
        if text.isupper() and text.isalpha() and 2 <= len(text) <= 6:
            # "the OSC said ..." after "the Ontario Securities Commission": an acronym of a body
            # the article has named in full is that body
            body = self._known_body(lambda a: " " in a.name and "".join(
                w[:1] for w in a.name.split() if w[:1].isupper()) == text)
            if body is not None:
                return body
        parts = text.lower().split()
        if parts[-1] in self.lex.agent_nouns and all(w in self.lex.office_words for w in parts[:-1]):
            # "Foreign Ministry": the ministry of the state in the news (with none named, the
            # body by its own name: "the sports ministry"); a lone "the Commission" after "the
            # European Commission" is that body, not the latest state's
            if len(parts) == 1:
                body = self._known_body(lambda a: parts[0] in name_words(a.name))
                if body is not None:
                    return body
                # ("The Commission was assessing ..." in a story that has named the EU: the
                # union's body of that word, not a state's)
                union = self.lex.union_bodies.get(parts[0])
                known = next((a for a in self.gaz.actors if a.name.lower() == union), None) if union else None
                if known is not None and any(a.name == "European Union" for a in self.known):
                    return Actor(known.name, known.kind)
            # ("In Vilnius, the Foreign Ministry said ...": the state the sentence speaks from)
            where = self._state_where(span.root)
            if where is not None:
                return where.actor
            # ("the Transport Agency" after "Sweden's Transport Agency": the state it was named with)
            again = next((m for i, m in sorted(self.names.items(), reverse=True)
                          if m.end <= span.start and m.person is None and self.doc[m.start:m.end].text == text), None)
            if again is not None:
                return again.actor
            m = self.state_in_the_news(span.start)
            return m.actor if m is not None else (
                self._canonical(Actor(text, "government")) if len(parts) > 1 else None)
        kin = self._namesake(span)
        if kin is not None:
            return self._person(kin)
        person = self._surname_of(text)
        if person is not None:
            return person
        last = re.sub(r"[^a-z.]", "", text.split()[-1].lower())
        kind = "company" if last in self.lex.company_suffixes else "organization"
        if kind == "organization" and any(headed_by(text, w) for w in words & self.lex.references.get(
                "government", frozenset())) and not words & self.lex.references.get("organization", frozenset()):
            kind = "government"   # "Ministry of Environment", "Fair Trade Commission": a public body
        return self._canonical(Actor(text, kind))

    def _state_counts(self) -> Counter:
        """How often the article names each state the gazetteer knows: its name, an alias,
        its capital or its demonym (a dateline's capitals count: "MANILA -")."""
        got = self.__dict__.get("_state_counts_cached")
        if got is None:
            words = Counter(t.text.title() if t.is_upper and len(t.text) > 3 else t.text for t in self.doc)
            text = self.doc.text
            got = Counter()
            for a in self.gaz.actors:
                if a.kind == "state":
                    forms = set(a.surface_forms()) | set(a.demonyms)
                    n = sum(words[f] for f in forms if " " not in f) + sum(text.count(f) for f in forms if " " in f)
                    if n:
                        got[a] = n
            self.__dict__["_state_counts_cached"] = got
        return got

    def _abroad(self) -> bool:
        """Whether the article is set in another state: it names another state (its name, an
        alias, its capital or its demonym) at least twice, and three times as often as the
        United States ("the US-based Omidyar Network" in a story from Manila)."""
        counts = self._state_counts()
        us = sum(n for a, n in counts.items() if a.name == "United States")
        other = max((n for a, n in counts.items() if a.name != "United States"), default=0)
        return other >= 2 and other >= 3 * us

    def home_state(self):
        """The state the story is set in: the one its dateline names, by its capital or its
        own name ("JAKARTA -", "Brasília, March 20 (Reuters) -"), else the one it names at
        least twice and twice as often as any other; None when neither tells."""
        if "_home_cached" in self.__dict__:
            return self.__dict__["_home_cached"]
        home = None
        for line in [p.strip() for p in self.doc.text.split("\n") if p.strip()][:3]:
            m = DATELINE.match(line)
            if m:
                place = re.split(r"\s*[-–—:,(/]", m.group(0), maxsplit=1)[0].strip().rstrip(".")
                home = _state_of_place(self.gaz, place)
                if home is not None:
                    break
        if home is None:
            ranked = self._state_counts().most_common(2)
            if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
                home = ranked[0][0]
        self.__dict__["_home_cached"] = home
        return home

    def _known_body(self, fits) -> Actor | None:
        """The latest body (no person, no state) the article has named that `fits`."""
        return next((a for a in reversed(self.known) if a.kind not in {"person", "state"} and fits(a)), None)

    def _surname_of(self, text: str) -> Actor | None:
        """A person named before whose surname alone, or family name written first ("Sun"
        after "Sun Yang"), the recogniser took for an organisation or a place."""
        words = name_words(text)
        for actor in self.known:
            if actor.kind == "person" and ((len(words) == 1 and next(iter(words)) in {
                    last_word(actor.name), actor.name.split()[0].lower()})
                    or text.lower() == last_word(actor.name)):   # (a hyphenated one: "Bankman-Fried")
                return actor
        return None

    def _namesake(self, span: Span) -> Span | None:
        """The whole name of a person who shares a surname with one named before, when the
        recogniser took only the surname for a body or a place: "Anika Verel was sentenced"
        after "Tomas Verel" is his wife, not him. The span with the first name before it."""
        if len(span) != 1 or span.start == 0:
            return None
        first = self.doc[span.start - 1]
        if first.pos_ != "PROPN" or first.dep_ != "compound" or first.head.i != span.start \
                or not first.text[:1].isupper() or first.ent_type_ or first.lower_ in self.lex.titles:
            return None
        if not any(a.kind == "person" and last_word(a.name) == span.text.lower()
                   and a.name.split()[0].lower() != first.lower_ for a in self.known):
            return None
        return self.doc[first.i:span.end]

    def _body_words(self) -> frozenset[str]:
        """The words that say a name is a body's: agent nouns, company suffixes, reference nouns."""
        bodies = self.__dict__.get("_body_words_set")
        if bodies is None:
            bodies = self.__dict__["_body_words_set"] = self.lex.agent_nouns | self.lex.company_suffixes | frozenset(
                w for ws in self.lex.references.values() for w in ws) | self.lex.civic_bodies | self.lex.guild_words
        return bodies

    def _named_with_role(self, span: Span) -> bool:
        """A name of two or more capitalised proper nouns, none a body's word, right after a
        role noun that goes with it ("government spokeswoman Yolande Makolo") or with a role
        noun in apposition ("Agnes Callamard, the UN special rapporteur on executions"): a
        person."""
        before = span.doc[span.start - 1] if span.start > 0 else None
        bodies = self._body_words()
        if len(span) < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in bodies
                                    for t in span):
            return False
        if before is not None and before.pos_ == "NOUN" and before.is_lower \
                and before.lemma_.lower() in self.lex.roles and span.start <= before.head.i < span.end:
            return True
        return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.is_lower and c.lemma_.lower() in self.lex.roles
                   for c in span.root.children if c.i >= span.end)

    def _known_again(self, sent: Span) -> list[Span]:
        """Exact repeats of names of two or more words already known in the
        article, a company's first word alone ("Purdue" after "Purdue
        Pharma") where no person goes by that word, and a body's one-word name
        tagged a proper noun ("BP spokesperson Maria Lopez" after "accused BP")."""
        out = []
        cached = self.__dict__.get("_known_names")
        if cached is not None and cached[0] == len(self.known):
            names = cached[1]
        else:   # (rebuilt only when the article has named someone new)
            names = {}
            person_words = {w for a in self.known if a.kind == "person" for w in a.name.split()}
            for actor in self.known:
                words = actor.name.split()
                if len(words) >= 2 and words[0][:1].isupper():
                    names.setdefault(words[0], []).append(words)
                    if actor.kind == "company" and words[0] not in person_words and len(words[0]) > 3:
                        names[words[0]].append(words[:1])
                elif len(words) == 1 and len(words[0]) > 1 and words[0][:1].isupper() and actor.kind not in {
                        "person", "state"} and words[0] not in person_words:
                    # ("BP", "Repsol": a body's one-word name, again where the recogniser missed it)
                    names.setdefault(words[0], []).append(words)
            # ("Duterte has repeatedly attacked Rappler" after "President Rodrigo Duterte": a
            # person's surname alone, when it is one person's and no other name's word)
            surnames: dict[str, list] = {}
            for actor in self.known:
                words = actor.name.split()
                if actor.kind == "person" and len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) > 2:
                    surnames.setdefault(words[-1], []).append(actor)
            other_words = {w for a in self.known if a.kind != "person" for w in a.name.split()}
            for surname, people in surnames.items():
                if len(people) == 1 and surname not in other_words and surname not in names:
                    names[surname] = [[surname]]
            self.__dict__["_known_names"] = (len(self.known), names)
        if not names:
            return out
        text = self.__dict__.get("_text")
        if text is None:
            text = self.__dict__["_text"] = self.doc.text
        here = text[sent.start_char:sent.end_char]
        if not any(first in here for first in names):
            return out
        texts = self.__dict__.get("_texts")
        if texts is None:   # (the words of the article, read once: no token objects per look)
            texts = self.__dict__["_texts"] = [t.text for t in self.doc]
        i = sent.start
        while i < sent.end:
            best = None
            for words in names.get(texts[i], ()):
                end = i + len(words)
                if end <= sent.end and texts[i:end] == words and (best is None or end > best) and not (
                        len(words) == 1 and end < len(texts) and texts[end][:1].isupper()
                        and self.doc[end].pos_ == "PROPN") and not (
                        len(words) == 1 and self.doc[i].pos_ != "PROPN"):
                    best = end
            if best is not None:
                out.append(self.doc[i:best])
                i = best
            else:
                i += 1
        return out

    def _company_with_article(self, span: Span) -> bool:
        """A company's name with a "the" of its own is something else the word names:
        "the Amazon must be protected" is the forest ("the Apple Watch" keeps its "the"
        for the watch; a name whose form holds its "The" matches with it)."""
        known = self.gaz.by_form.get(span.text)
        return known is not None and known.kind == "company" and any(
            c.dep_ == "det" and c.lower_ == "the" and c.i < span.start for c in span.root.children)

    def _described_as_firm(self, span: Span) -> bool:
        """A "person" whose apposition says it is a firm ("Activision Blizzard, the
        publisher of Call of Duty") is that firm."""
        if span.start > 0 and span.doc[span.start - 1].pos_ == "NOUN" and \
                span.doc[span.start - 1].lemma_.lower() in self.lex.firm_appositions and len(span) == 1:
            return True   # ("the news website Rappler", "the messaging app Telegram": named by what it is)
        return any(c.dep_ == "appos" and c.i > span.end - 1 and c.lemma_.lower() in self.lex.firm_appositions
                   and any(d.dep_ == "det" for d in c.children) for c in span.root.children)

    def _listed_with_organisations(self, span: Span) -> bool:
        """A one-word "person" in a list of organisations ("Shell, Repsol and
        Petronas") is one of them."""
        if len(span) != 1:
            return False
        for c in span.root.conjuncts:
            m = self.names.get(c.i)
            if m is not None and m.actor.kind not in {"person", "state"}:
                return True
            # (one named after it, not yet read: "Pfizer and Flynn Pharma", a firm by its form)
            if m is None and (c.ent_type_ == "ORG" or re.sub(r"[^a-z.]", "", c.lower_) in self.lex.company_suffixes):
                return True
        return False

    def _person(self, span: Span) -> Actor | None:
        toks = [t for t in span if t.lower_ not in self.lex.titles and not t.is_punct
                and t.tag_ != "POS"]
        if not toks:
            return None
        text = self.doc[toks[0].i:toks[-1].i + 1].text
        if len(toks) == 1:
            # (of several people of that surname, the one the article named first: "Trump"
            # after "Donald Trump ... Donald Trump Jr., Ivanka Trump and Eric Trump" is the
            # father, whom the story is about; his family are named in full)
            for actor in self.known:
                if actor.kind == "person" and last_word(actor.name) == toks[0].lower_:
                    return actor
            # a bare name that is a known organisation is the organisation, and so is one
            # the article has already named as a body ("Everton ... Everton have been fined")
            known = self.gaz.by_form.get(text)
            if known is not None:
                return Actor(known.name, known.kind)
            for actor in reversed(self.known):
                if actor.kind != "person" and actor.name == text:
                    return actor
            if text in self._organisation_words():
                # a lone word the recogniser calls an organisation elsewhere in the article
                # (its headline, say) and no one's surname: "Everton have been fined"
                return self._canonical(Actor(text, "organization"))
        return self._canonical(Actor(text, "person"))

    def _organisation_words(self) -> frozenset[str]:
        """The names the recogniser tags as an organisation anywhere in the article."""
        got = self.__dict__.get("_org_words")
        if got is None:
            got = self.__dict__["_org_words"] = frozenset(e.text for e in self.doc.ents if e.label_ == "ORG")
        return got

    def _canonical(self, actor: Actor) -> Actor:
        """The actor named earlier in the article that this name refers to, if any."""
        words = name_words(actor.name)
        person = actor.kind == "person"
        listed = self.gaz.by_name
        for known in self.known:
            if (known.kind == "person") != person:
                continue
            if known.name != actor.name and known.name in listed and actor.name in listed:
                continue   # two actors the gazetteer tells apart ("Sudan", "South Sudan")
            kw = name_words(known.name)
            if person and kw & GENERATIONS != words & GENERATIONS and min(len(kw - GENERATIONS), len(words - GENERATIONS)) > 1:
                continue   # a son named for his father is another person ("Donald Trump Jr."; a bare "Santos" is either)
            if known.kind == "state" and actor.kind != "state" and kw < words:
                continue   # a firm named after a state is not the state ("Grupo Mexico")
            if actor.name in listed and known.name not in listed and words < kw and any(
                    w.capitalize() in self.gaz.by_demonym or w.capitalize() in self.gaz.by_form for w in kw - words):
                # a body the gazetteer knows is not another state's body of the same words
                # ("Britain's Information Commissioner's Office" is not "the Office of the
                # Australian Information Commissioner")
                continue
            if actor.kind == "state" and known.kind != "state" and words < kw and self.known_state(actor):
                # nor is a state the gazetteer knows a longer name that holds it ("Kosovo" is
                # not "Kosovo Serbs"; "Hindenburg", taken for a place, is Hindenburg Research)
                continue
            if kw == words or (words and (words <= kw or kw <= words)):
                if person or known.kind in {actor.kind, "organization", "company", "unknown"} \
                        or actor.kind in {"organization", "unknown"}:
                    return known
        self.known.append(actor)
        return actor

    def _affiliate(self, span: Span, person: Actor) -> Mention:
        """A person with a role and an institution speaks for the institution."""
        if person in self.affiliation:
            return Mention(span.start, span.end, self.affiliation[person], "name", person)
        toks = np_tokens(span.root)
        if span.root.dep_ == "appos":
            toks |= np_tokens(span.root.head, skip=span.root)
        up = span.root
        for _ in range(3):
            # "the Russian Ambassador to the UK Alexander Yakovenko": the name
            # may hang inside the role's noun phrase
            if up.dep_ not in {"pobj", "prep", "compound", "nmod"} or up.head.i == up.i:
                break
            up = up.head
            if up.pos_ in {"NOUN", "PROPN"} and up.lemma_.lower() in self.lex.roles:
                toks |= np_tokens(up)
                break
        for t in span:
            toks.add(t)
        lemmas = {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}
        # ("vice-president", cut at the hyphen: the rank is a word of the role)
        lemmas |= {self.doc[t.i - 2].lower_ for t in toks if t.i >= 2 and self.doc[t.i - 1].text == "-"}
        role = next((r for r in sorted(self.lex.roles) if r in lemmas), None)
        if role is None:
            return Mention(span.start, span.end, person, "name")
        if not lemmas & self.lex.rank_words:
            self.person_roles[role] = person   # ("the president" is not his vice-president)
        if lemmas & self.lex.counsel_roles and "general" not in lemmas:
            # (not an office: "Attorney General Rod Rosenstein", "general counsel")
            self._note_client(span, person, toks)
        self.role_words[person] = self.role_words.get(person, frozenset()) | lemmas
        for t in sorted(toks, key=lambda t: t.i):
            if span.start <= t.i < span.end:
                continue
            if t.dep_ == "poss" and self.names.get(t.head.i) is not None and self.names[t.head.i].actor.kind != "person":
                continue   # "the chief financial officer of China's Huawei": Huawei's, not China's
            if self._outside_membership(t, span):
                continue   # "who has broken with the governing party": not the party she speaks for
            inst = self._institution_at(t)
            if inst is not None and inst.kind == "state" and not self.known_state(inst):
                continue   # "New York Attorney General Letitia James": a region's officer is herself
            if inst is not None and inst.kind == "state" and t.dep_ in {"amod", "compound"} \
                    and self.gaz.by_demonym.get(t.text) is not None and t.head.lemma_.lower() in self.lex.private_nouns:
                continue   # "Michael Woodford, a British executive": a national, not his state's officer
            if inst is not None and inst.kind in {"state", "government", "international_org"} \
                    and lemmas & self.lex.former_words:
                # "former French Foreign Minister Catherine Colonna", "former ICC prosecutor
                # Fatou Bensouda": one who held a public office no longer speaks for it (a
                # firm's former officers stay on its side of a case: "former RHFL officials")
                return Mention(span.start, span.end, person, "name")
            if inst is not None and inst != person:
                self.affiliation[person] = inst
                return Mention(span.start, span.end, inst, "name", person)
        return Mention(span.start, span.end, person, "name")

    def _note_client(self, span: Span, person: Actor, toks: set[Token]) -> None:
        """Record whom a lawyer named with the role acts for ("his lawyer, Ann Cole", "Ann
        Cole, a lawyer for Reed", "Reed's attorney, Ann Cole"): the person or party the
        role's phrase names, who is on the lawyer's side of the case."""
        for t in sorted(toks, key=lambda t: t.i):
            if span.start <= t.i < span.end or t.dep_ not in {"poss", "pobj"} or (
                    t.dep_ == "pobj" and t.head.lower_ != "for"):
                continue
            m = self.names.get(t.i)
            if m is None and t.lower_ in PRONOUNS_PERSON:
                m = self._pronoun(t)
            client = (m.person or m.actor) if m is not None else None
            if client is not None and client != person and (t.dep_ == "pobj" or client.kind == "person"):
                # ("Texas's attorney, X" is the state's officer; "a lawyer for the company" is counsel)
                self.counsel_of.setdefault(person, client)
                return

    def _outside_membership(self, tok: Token, span: Span) -> bool:
        """Whether `tok` sits in a relative or participle clause of the name's phrase whose
        verb is no verb of membership ("who heads the agency" names her body, "who has broken
        with the governing party" and "speaking during a visit to Poland" do not:
        `membership_verbs`)."""
        cur = tok
        verb = None   # (the clause's own verb: "whose post is ceremonial and who has broken with X")
        for _ in range(8):
            if span.start <= cur.i < span.end or cur.head == cur:
                return False
            if verb is None and cur.pos_ in {"VERB", "AUX"}:
                verb = cur
            if cur.dep_ in {"relcl", "acl"}:
                v = verb or cur
                if v.lemma_.lower() == "speak":
                    # "who speaks for the ministry" names it; "speaking during a visit to
                    # Poland" names only where he spoke
                    return not any(c.dep_ == "prep" and c.lower_ == "for" for c in v.children)
                return v.lemma_.lower() not in self.lex.membership_verbs
            cur = cur.head
        return False

    def _reference_words(self) -> frozenset[str]:
        """The nouns that name an actor again by its kind ("the company", "the ministry")."""
        got = self.__dict__.get("_ref_words")
        if got is None:
            got = self.__dict__["_ref_words"] = frozenset(w for ws in self.lex.references.values() for w in ws)
        return got

    def known_state(self, actor: Actor) -> bool:
        """A state the gazetteer knows (the recogniser makes people, regions and towns places)."""
        known = self.gaz.by_form.get(actor.name)
        return known is not None and known.kind == "state"

    def _institution_at(self, tok: Token) -> Actor | None:
        m = self.names.get(tok.i)
        if m is not None:
            if m.actor.kind != "person":
                return m.actor
            return self.affiliation.get(m.actor)
        dem = self.gaz.by_demonym.get(tok.text)
        if dem is not None:
            return Actor(dem.name, dem.kind)
        # ("Their military spokesman, Yahya Saree": the group's)
        if tok.lower_ in PRONOUNS_THING or (tok.lower_ == "their" and tok.dep_ == "poss") or (
                tok.pos_ == "NOUN" and has_definite(tok)):
            m = self._reference(tok) if tok.pos_ == "NOUN" else self._pronoun(tok)
            if m is not None and m.actor.kind != "person":
                return m.actor
        firms = self.lex.references.get("company", frozenset()) | self.lex.references.get("organization", frozenset())
        if tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.lemma_.lower() in firms:
            # "company spokesperson Maria Lopez", "a club spokesman": the firm the article is about
            m = self._reference(tok, definite=True)
            if m is not None and m.actor.kind != "person":
                return m.actor
        if tok.lemma_.lower() in self.lex.references.get("state", ()) and tok.dep_ == "compound":
            # "Foreign Ministry spokesperson X": the ministry of the state in the news, or
            # of the state where the sentence says it speaks ("In Kigali, government
            # spokeswoman X said")
            m = self._state_where(tok) or self.state_in_the_news(tok.i)
            if m is not None:
                return m.actor
        return None

    def _state_where(self, tok: Token) -> Mention | None:
        """The state of an "In <place>," that opens the sentence before `tok`, also inside
        the opening phrase ("At a regular briefing in Beijing, ...", "Speaking to reporters
        in Moscow, ...": the place before the first comma)."""
        sent = tok.sent
        comma = next((t.i for t in sent if t.text == ","), None)
        if comma is None or comma >= tok.i:
            return None
        for first in (t for t in sent if t.i < comma and t.lower_ == "in"):
            for pobj in (c for c in first.children if c.dep_ == "pobj"):
                place = self.doc[pobj.left_edge.i:pobj.i + 1]
                known = self.gaz.by_form.get(place.text) or self.gaz.by_form.get(pobj.text)
                if known is not None and known.kind == "state":
                    return Mention(pobj.i, pobj.i + 1, Actor(known.name, known.kind), "agent")
        return None


# ---------------------------------------------------------------- helpers

# Words that make a place of a state's name, not a firm: "New Mexico", "Northern Ireland"
_PLACE_PARTS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                          "central", "new", "greater", "upper", "lower", "city", "state", "republic",
                          "kingdom", "democratic", "people's", "united", "federal"})


PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "dative"})


def headed_by(name: str, noun: str) -> bool:
    """Whether a body's name is of the kind `noun` says: the noun is its first or last word,
    or the word before its "of" ("the ministry": "Ministry of Trade", "Foreign Ministry";
    not "the government" for "Commonwealth Heads of Government Meeting")."""
    words = [w.strip(".,'’").lower() for w in name.split()]
    words = [w for w in words if w and w != "the"]
    if not words:
        return False
    heads = {words[0], words[-1]} | {words[k - 1] for k, w in enumerate(words) if w == "of" and k > 0}
    return any(h == noun or h.rstrip("s") == noun or h == noun + "s" for h in heads)


def _acronym_after(span: Span, bodies: frozenset[str] = frozenset()) -> Span | None:
    """The "(ACR)" written right after a name, when its letters could abbreviate it, or
    after a body's name (a word of `bodies`), whose acronym may be its own language's: "the
    Confederation of Icelandic Enterprise (SA)"."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None
    short = doc[span.end:span.end + 3][1:2]
    text = short.text
    if not (2 <= len(text) <= 8 and text.replace("&", "").isalpha() and text[:1].isupper()
            and sum(ch.isupper() for ch in text) >= 2):
        return None
    initials = "".join(w[:1].upper() for w in _strip_name(span).split() if w[:1].isalpha())
    body = any(t.lower_ in bodies for t in span)
    return short if text[0] == initials[:1] or body else None


def party_label(doc, start: int) -> bool:
    """A US lawmaker's party and state in brackets after the name: "Rep. Mike Gallagher
    (R-Wis.)", "(D-N.Y.)": the state there is no party to anything."""
    return start >= 3 and doc[start - 1].text == "-" and doc[start - 2].text in {"R", "D", "I"} \
        and doc[start - 3].text == "("


def _party_position(tok: Token) -> bool:
    """Where a clause puts a party: subject, object, or the "by" of a passive or
    the "against" of a charge (never "to", "in", "from": where one goes or is)."""
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"}:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in {"by", "against"}


def _as_organisations(doc, orgs: frozenset[str], bodies: frozenset[str] = frozenset(),
                      prefixes: frozenset[str] = frozenset(), known: frozenset = frozenset()) -> list[Span]:
    """The entities, a place of two words or more that the recogniser calls an
    organisation elsewhere in the same article (`orgs`) or whose first word is a word
    that begins a firm's name in other languages (`prefixes`: "Grupo Mexico", "Banco de
    Chile") taken as that organisation (a one-word place stays a place), and
    a name of proper words whose head noun is a body's word that the recogniser took for a
    law, a work, an event or a product ("the Citizens Coalition for Change", tagged a law)."""
    def body(e) -> bool:
        words = [t for t in e if t.pos_ not in {"DET", "ADP", "CCONJ"}]
        return e.label_ in {"LAW", "WORK_OF_ART", "EVENT", "PRODUCT"} and len(words) > 1 and \
            all(t.pos_ == "PROPN" for t in words) and e.root.lower_ in bodies   # (its head noun)
    def hyphened(e) -> bool:
        # ("accused Sino-Forest of fraud", tagged a nationality: a hyphened name of capitals in
        # a party's place in the clause is a firm, not a people: "Sino-Japanese ties" is no party)
        return e.label_ == "NORP" and len(e) == 3 and e[1].text == "-" and e[0].text[:1].isupper() \
            and e[2].text[:1].isupper() and _party_position(e.root)
    out = [doc.char_span(e.start_char, e.end_char, label="ORG")
           if (e.label_ in {"GPE", "LOC", "FAC"} and len(e) > 1 and (e.text in orgs or e[0].lower_ in prefixes))
           or body(e) or hyphened(e) else e
           for e in doc.ents]
    # ("fined Cambridge Analytica", read as the place Cambridge and a place or body Analytica:
    # a place the gazetteer does not know, compounded onto the name right after it, is the
    # first word of one firm's name; a known one, "China Huishan Dairy", is read as before)
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if a.label_ == "GPE" and b.label_ in {"LOC", "ORG"} and a.end == b.start and (a.start, a.end) not in known and \
                a.root.dep_ == "compound" and b.start <= a.root.head.i < b.end:
            out[k:k + 2] = [doc.char_span(a.start_char, b.end_char, label="ORG")]
    # ("the Competition Commission of India's decision", read as a body "Competition Commission
    # of" and the place India: a body's name that ends in "of" goes on into the name after it)
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if a.label_ == "ORG" and a[-1].lower_ == "of" and a.end == b.start and b.label_ in {"GPE", "ORG", "LOC"}:
            out[k:k + 2] = [doc.char_span(a.start_char, b.end_char, label="ORG")]
    return out


def _without_amount(span: Span) -> Span:
    """An entity the recogniser ran on into the amount after it ("fined Orbis Bank
    2 million euros": "Orbis Bank 2 million"), into a bracket or into a verb, ends before it: trailing
    numbers that quantify a noun outside the name are not part of it ("APT 28"
    keeps its number, which quantifies nothing)."""
    end = span.end
    paren = next((t.i for t in span[1:] if t.text in {"(", "["}), None)
    if paren is not None:
        end = paren   # "Department of Fair Employment and Housing (DFEH": the name ends before its acronym
    verb = next((t.i for t in span[1:end - span.start] if t.pos_ in {"VERB", "AUX"} and t.is_lower), None)
    if verb is not None:
        end = verb    # "The Premier League referred Everton": a name never runs on through a lower-case verb
    for k in range(span.start + 1, end):
        tail = span.doc[k:end]
        if tail[0].pos_ == "NUM" and all(t.pos_ == "NUM" or (t.pos_ == "NOUN" and t.is_lower) for t in tail) \
                and (any(t.pos_ == "NOUN" for t in tail) or tail[-1].lower_ in {"thousand", "million", "billion", "trillion"}):
            # ("fined Qualcomm 260 billion won": an amount whose unit the parser took for a verb)
            end = k   # "Barclays 2 million pounds": the amount and its unit
            break
    while end - span.start > 1 and span.doc[end - 1].pos_ == "NUM" and span.doc[end - 1].head.i >= end:
        end -= 1
    while end - span.start > 1 and span.doc[end - 1].text in {".", ",", ";", ":"}:
        end -= 1   # ("accused Fethullah Gulen.": the sentence's full stop taken into the name)
    if end == span.end:
        return span
    last = span.doc[end - 1]   # (a labelled span made by the doc: spaCy is not imported here)
    return span.doc.char_span(span.start_char, last.idx + len(last), label=span.label)


_ACT_NOUN_WORDS: dict[int, frozenset[str]] = {}   # lexicon id -> one-word trigger nouns and asserting nouns


def _name_parts(span: Span) -> list[Span]:
    """An entity's name (`_without_amount`), and, when the recogniser ran one name on
    through a verb into the next ("Scotland Yard arrested Majeed", one entity), the
    proper words right after the verb as a name of their own."""
    head = _without_amount(span)
    nxt = span.doc[head.end] if head.end < len(span.doc) else None
    if span.label_ == "GPE" and nxt is not None and nxt.pos_ == "PROPN" and not nxt.ent_type_ \
            and nxt.text[:1].isupper() and head[-1].dep_ == "compound" and head[-1].head == nxt \
            and nxt.dep_ != "compound":
        # ("Cambridge Analytica", read as the place "Cambridge" and a word after it: one name,
        # the place's the first word of it)
        head = span.doc[head.start:nxt.i + 1]
    out = [head]
    after = head.end
    if after < span.end and span.doc[after].pos_ in {"VERB", "AUX"}:
        rest = list(span.doc[after + 1:span.end])
        n = next((k for k, t in enumerate(rest) if t.pos_ != "PROPN"), len(rest))
        if n:
            first, last = rest[0], rest[n - 1]
            out.append(span.doc.char_span(first.idx, last.idx + len(last), label=span.label))
    return out


def _longest(spans: list[Span]) -> list[Span]:
    spans = sorted(spans, key=lambda s: (-(s.end - s.start), s.start))
    taken: set[int] = set()
    out = []
    for s in spans:
        if not any(i in taken for i in range(s.start, s.end)):
            out.append(s)
            taken.update(range(s.start, s.end))
    return sorted(out, key=lambda s: s.start)


def _strip_name(span: Span) -> str:
    toks = list(span)
    while toks and (toks[0].lower_ in {"the", "a", "an"} or toks[0].is_punct or toks[0].is_space):
        toks = toks[1:]
    while toks and (toks[-1].tag_ == "POS" or toks[-1].is_space or toks[-1].is_punct and toks[-1].text not in {"."}):
        toks = toks[:-1]
    if not toks:
        return ""
    return span.doc[toks[0].i:toks[-1].i + 1].text


def amount_owner(tok: Token) -> bool:
    """A name parsed as a modifier of the amount that is its verb's object: "fined [Swedbank
    4 billion crowns]", the recogniser's reading of "fined Swedbank 4 billion crowns"."""
    head = tok.head
    return tok.dep_ == "nmod" and head.dep_ == "dobj" and head.i > tok.i and any(
        c.like_num or c.ent_type_ in {"MONEY", "CARDINAL"} for c in head.children)


def _proper(span: Span) -> bool:
    """A name starts with a capital once determiners are dropped ("the ministry
    of foreign affairs" is a description, not a name)."""
    toks = [t for t in span if t.lower_ not in {"the", "a", "an"}]
    return bool(toks) and toks[0].text[:1].isupper()


def last_word(name: str) -> str:
    words = re.findall(r"[A-Za-z0-9\-]+", name.lower())
    return words[-1] if words else ""


def has_definite(tok: Token) -> bool:
    # (also "the country's second-largest lender": a possessive that is itself definite and
    # names the state in the news)
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "these", "those"} or (
        c.dep_ == "poss" and c.lemma_.lower() in {"country", "nation"} and any(
            d.dep_ == "det" and d.lower_ == "the" for d in c.children))
               for c in tok.children)


def np_tokens(head: Token, skip: Token | None = None) -> set[Token]:
    """The tokens of a noun phrase, without its clauses (relative clauses kept)."""
    out = {head}
    for child in head.children:
        if child is skip or child.dep_ in {"ccomp", "advcl", "xcomp", "conj", "cc", "punct",
                                           "parataxis", "dobj", "nsubj"}:
            continue
        if child.dep_ == "relcl":
            out |= {t for t in child.subtree if t.dep_ != "ccomp"}
            continue
        out |= set(child.subtree)
    return out
