"""Who is meant: actor mentions in a parsed article, resolved to canonical actors.

Names are found by `rules_names.NameFinder`, mixed in here. Rules, in the order
they are tried for a token (see docs/extraction.md):

1. a name: a gazetteer form (case-sensitive, longest match), a spaCy entity
   (PERSON, ORG, GPE), an acronym the article defines ("the Fair Trade
   Commission (FTC)"), an exact repeat of a name already read, a capitalised
   proper name the recogniser left untagged in a party's place ("fined Swedbank
   4 billion crowns"), or a body named by its leader ("the Saudi-led
   coalition"); an unknown
   name that shares its words with an actor named earlier in the article is
   that actor ("Hindenburg" after "Hindenburg Research"), but two actors the
   gazetteer tells apart are never merged, nor persons with organisations;
2. a given name ("a group called TraderTraitor"), or an agent noun standing for
   its modifier: "the Russian government", "Ottawa's foreign ministry", "U.S.
   officials", "Chinese coast guard ships", "a report by UN investigators";
3. a descriptive reference ("the company", "the kingdom", "the prime minister",
   "the oil majors") resolved to the latest actor of a compatible kind named
   before it (first one whose own name holds the noun: "the ministry"), and a
   document ("the complaint", "according to the filing") to its author;
4. an unnamed group ("farmers", "rights groups") as a subject or agent, or with
   a modifier; a bare "officials" or "sources" names no one;
5. a pronoun, resolved to the latest compatible subject named before it (inside
   reported speech, to the speaker; "it said" to the latest organisation that
   spoke, or to the organisation the quoted clause is about).

A person who speaks for an institution (a role such as spokesperson, minister,
CEO, plus the institution: "Kremlin spokesperson Dmitry Peskov") is recorded as
affiliated: their statements are the institution's. Resolution is per article and
deterministic: it only looks backwards, in text order.
"""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass, field

from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc, Span, Token

from .rules_names import (PRONOUNS_PERSON, PRONOUNS_THING, Actor, Mention, NameFinder, has_definite, headed_by,
                          last_word, np_tokens, build_matcher, name_words, state_run)
from .rules_vocab import Gazetteer, Lexicon, word_forms

__all__ = ["Actor", "ArticleResolver", "Mention", "build_matcher", "name_words"]

PRONOUNS_GROUP = {"they", "them", "their", "theirs"}
PRONOUNS_SELF = {"we", "us", "our"}
REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "ourselves", "myself"})
NON_PERSON = {"organization", "company", "government", "state", "international_org", "media",
              "group", "unknown"}
# Whom a firm's officer works for ("its chief executive"): no state, public body or group.
FIRM_KINDS = {"company", "media"}


# Words that tell which body, not what it is: "a new panel", "the same committee"
_PLAIN_MODIFIERS = frozenset({"new", "same", "other", "another", "separate", "previous", "former", "current",
                              "latest", "first", "second", "third", "final", "full", "entire", "whole", "own",
                              "such", "last", "next", "earlier", "later"})


# Counts of a plural reference: "the four countries" is a group of four
WORD_NUMBERS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())} | {
    str(n): n for n in range(13)}


def _acted_on(participle: Token, before: int) -> Iterator[Token]:
    """The objects of the act a participle goes with, named before token `before` ("sued
    Apple, charging them with ...", "expelled the diplomats, accusing them of spying", "responded
    by taking Apple to court, charging them"), each followed by the parties its prepositions
    name ("cut ties with Qatar, accusing it", "filed a suit against Standard & Poor's, accusing
    the ratings agency"): whom a pronoun or a description the participle has as its object
    stands for."""
    head = participle.head
    acts = [head] + [pc for prep in head.children if prep.dep_ == "prep" for pc in prep.children if pc.dep_ == "pcomp"]
    for o in (o for act in acts for o in act.children):
        if o.dep_ == "dobj" and o.i < before and o.pos_ != "PRON":
            yield o
            yield from (p for prep in o.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj")
    # (a party hung on the act itself: "filed a suit against X in federal court", the parser
    # putting "against" under "filed")
    yield from (p for prep in head.children if prep.dep_ == "prep" and prep.lower_ in {"against", "on", "with"}
                and prep.i < before for p in prep.children if p.dep_ == "pobj")


@dataclass
class ArticleResolver(NameFinder):
    """Resolves tokens of one parsed article to actors, in text order."""

    doc: Doc
    gaz: Gazetteer
    lex: Lexicon
    matcher: PhraseMatcher
    names: dict[int, Mention] = field(default_factory=dict)      # token -> name mention
    history: list[tuple[int, Mention, bool]] = field(default_factory=list)
    affiliation: dict[Actor, Actor] = field(default_factory=dict)
    organ_of: dict[Actor, Actor] = field(default_factory=dict)     # "British navy" -> United Kingdom
    counsel_of: dict[Actor, Actor] = field(default_factory=dict)   # "his lawyer, Ann Cole" -> her client
    person_roles: dict[str, Actor] = field(default_factory=dict)
    role_words: dict[Actor, frozenset[str]] = field(default_factory=dict)   # the words of a person's role
    known: list[Actor] = field(default_factory=list)
    accused: dict[Actor, set[Actor]] = field(default_factory=dict)  # accuser -> targets so far
    undergone: set[Actor] = field(default_factory=set)   # accused or punished by no one named
    # accusations and measures told in the passive with no actor named yet: (verb, the
    # parties they fall on, the action)
    unowned: list[tuple[Token, list[Mention], str]] = field(default_factory=list)
    # the actor a measure of `unowned` turned out to be by ("Fintrac said it had imposed the
    # penalty"): the passive's verb token -> that actor
    unowned_taker: dict[int, Mention] = field(default_factory=dict)
    sex: dict[Actor, str] = field(default_factory=dict)   # person -> "f" or "m", where the article tells
    titled: dict[str, Actor] = field(default_factory=dict)   # a title before a name ("sheikh") -> the person
    authors: dict[str, Mention] = field(default_factory=dict)       # document noun -> its author
    events: list[tuple[Mention, str, Actor]] = field(default_factory=list)  # (actor, action, target) so far
    called: set[int] = field(default_factory=set)   # the events that are calls on others to act
    speakers: list[tuple[int, Mention]] = field(default_factory=list)  # (sentence no, speaker) so far
    acts: list[tuple[int, str, Mention]] = field(default_factory=list)  # (verb token, lemma, doer) so far
    act_at: set[int] = field(default_factory=set)   # the verb tokens of `acts`
    brands: dict[str, Mention] = field(default_factory=dict)   # brand word -> its owner, as the article said
    _sent_starts: list[int] = field(default_factory=list)

    def _starts(self) -> list[int]:
        """Where each sentence starts (listed once per article)."""
        if not self._sent_starts:
            self._sent_starts.extend(s.start for s in self.doc.sents)
        return self._sent_starts

    def sentence_no(self, tok: Token) -> int:
        """The number of the sentence a token is in."""
        return bisect.bisect_right(self._starts(), tok.i)

    def _sentence(self, no: int) -> Span:
        """Sentence number `no` (from 1), without listing the sentences again."""
        return self.doc[self._starts()[no - 1]].sent

    # ------------------------------------------------------------ documents
    def note_documents(self, sent) -> None:
        """Remember who wrote or filed the documents a sentence names ("HRW
        published a report", "a lawsuit brought by X", "the SEC's complaint"), so
        that "the report said", "according to the filing" and "the suit alleges"
        later in the article speak for the author."""
        for tok in sent:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lex.document_nouns:
                continue
            author = self._document_author(tok)
            if author is not None:
                self.note_author(tok.lemma_.lower(), author)

    def note_author(self, noun: str, author: Mention) -> None:
        if author.actor.kind == "media":
            return
        self.authors[noun] = author
        for kin in self.lex.document_kin.get(noun, ()):
            self.authors.setdefault(kin, author)

    def _document_author(self, tok: Token) -> Mention | None:
        for c in tok.children:
            if c.dep_ == "poss" or (c.dep_ in {"compound", "amod", "nmod"} and c.i < tok.i):
                m = self.resolve(c, depth=2)
                if m is not None and c.lower_ not in PRONOUNS_THING | PRONOUNS_GROUP:
                    return m
        holders = [tok] + [a for a in tok.children if a.dep_ == "acl"]
        for h in holders:
            for prep in h.children:
                if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"by", "from"}:
                    for p in prep.children:
                        if p.dep_ == "pobj":
                            m = self.resolve(p, depth=2)
                            if m is not None:
                                return m
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and tok.lemma_.lower() in self.lex.document_nouns:
                # "the findings of the committee", "the findings of an investigation released by
                # the attorney general": the body named, or the inner document's author
                for p in (p for p in prep.children if p.dep_ == "pobj"):
                    m = self.resolve(p, depth=2) if p.pos_ == "PROPN" else None
                    m = m or (self._document_author(p) if p.pos_ == "NOUN" else None)
                    if m is not None:
                        return m
        if tok.dep_ == "pobj" and tok.head.lower_ in {"in", "through"} and tok.head.head.pos_ == "VERB":
            # "Managua said in a statement": the statement is the speaker's
            for c in tok.head.head.children:
                if c.dep_ == "nsubj" and c.pos_ != "PRON":
                    m = self.resolve(c, depth=2)
                    if m is not None:
                        return m
        gov = tok.head
        if tok.dep_ in {"dobj", "nsubjpass"} and gov.pos_ == "VERB" and \
                gov.lemma_.lower() in self.lex.authoring_verbs:
            for c in gov.children:
                if c.dep_ == "nsubj" or (c.dep_ == "agent"):
                    subj = c if c.dep_ == "nsubj" else next((p for p in c.children if p.dep_ == "pobj"), None)
                    if subj is not None:
                        m = self.resolve(subj, depth=2)
                        if m is not None:
                            return m
        return None

    def document_author(self, tok: Token) -> Mention | None:
        """Who wrote the document a definite noun names ("the report", "the findings"),
        if the article said so before; else None."""
        return self._document(tok)

    def _document(self, tok: Token) -> Mention | None:
        """'the report', 'the complaint', 'its filing' -> the author noted before."""
        lemma = tok.lemma_.lower()
        if lemma not in self.lex.document_nouns:
            return None
        determined = has_definite(tok) or any(c.dep_ == "poss" and c.lower_ in {"its", "their"}
                                              for c in tok.children)
        author = self.authors.get(lemma)
        if (author is None or author.start >= tok.i or not determined) and tok.dep_ == "nsubj" \
                and (lemma,) in self.lex.actions["sue"].nouns:
            # "X has been charged by US prosecutors ... An indictment unsealed on Tuesday
            # accuses X of ...": a suit no one is named as filing is the suit reported before
            own = self._document_author(tok)   # (one that names its author: "a lawsuit filed by Ohio")
            if own is not None and not name_words(own.actor.name) & self.lex.collective_bodies:
                return Mention(tok.i, tok.i + 1, own.actor, "agent", own.person)
            # (an indictment "returned by a federal grand jury" is the prosecutor's who charged)
            return next((Mention(tok.i, tok.i + 1, a.actor, "reference", a.person)
                         for a, action, _t in reversed(self.events) if action == "sue" and a.start < tok.i), None)
        if not determined and not (tok.dep_ == "pobj" and tok.head.head.lower_ == "according"):
            return None
        if author is None or author.start >= tok.i:
            return None
        return Mention(tok.i, tok.i + 1, author.actor, "reference", author.person)

    def _last_document(self, tok: Token, limit: int) -> Mention | None:
        """The author of the latest definite document noun in this sentence or
        the one before ("the suit", "the report"), before `limit`."""
        start = tok.sent.start
        if start > 0:
            start = self.doc[start - 1].sent.start
        for t in reversed(self.doc[start:min(limit, tok.i)]):
            if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.document_nouns:
                return self._document(t) or self.act_owner(t)
        return None

    # ------------------------------------------------------------ acts
    ACT_REACH = 5   # sentences back that "the ruling" may refer to "ruled"

    def note_acts(self, sent) -> None:
        """Remember who did the acts a later definite noun may name ("the court
        ruled ... the ruling", "Germany expelled ... the expulsions"): the
        subject of an active verb of `act_verbs`, the agent of a passive one."""
        for tok in sent:
            verb = self._act_verb(tok)
            if verb is None:
                continue
            if any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or (tok.dep_ == "acl" and tok.tag_ == "VBN"):
                doers = [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            else:
                doers = [c for c in tok.children if c.dep_ == "nsubj"]
                if not doers and tok.dep_ in {"xcomp", "conj"} and tok.tag_ != "VBN":
                    # the subject a controlled or coordinated verb shares ("Meta started
                    # blocking news ... the block", "police stormed the embassy and arrested
                    # him ... the arrest"), or the object told to do it ("asked the court to
                    # quash ...": the court's)
                    told = [c for c in tok.head.children if c.dep_ == "dobj"] if tok.dep_ == "xcomp" else []
                    doers = told or [c for c in tok.head.children if c.dep_ == "nsubj"]
                if not doers and tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(
                        c.dep_ == "mark" for c in tok.children):
                    # a participle adjunct shares its clause's subject ("police opened fire on the
                    # crowd, killing 19 ... the killings")
                    doers = [c for c in tok.head.children if c.dep_ == "nsubj"]
            self._note_doers(tok, verb, doers)
        for tok in sent:
            # an act told as a noun with its doer ("the Nigerian government's suspension of
            # Twitter ... the suspension", "the seizure of the tanker by Iran ... the seizure")
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.lex.act_verbs and \
                    self._act_verb(tok.head) is None:   # (not one acted on: "upheld a ruling by X")
                # (a possessive is the doer only beside the act's own object: "Glas's
                # arrest" is done to Glas, "Iran's seizure of the tanker" by Iran)
                done_to = any(c.dep_ == "prep" and c.lower_ in {"of", "on", "against"} for c in tok.children)
                doers = [c for c in tok.children if c.dep_ == "poss" and done_to and c.lower_ not in PRONOUNS_PERSON] + \
                    [p for a in tok.children if a.dep_ == "prep" and a.lower_ == "by"
                     for p in a.children if p.dep_ == "pobj"]
                self._note_doers(tok, tok.lemma_.lower(), doers)

    def _note_doers(self, tok: Token, verb: str, doers: list[Token]) -> None:
        for d in doers:
            # (names, pronouns and agent nouns only: resolving a description
            # here would name groups before the rules meet them)
            low, lem = d.lower_, d.lemma_.lower()
            m = self.names.get(d.i)
            if m is None and (d.pos_ == "PRON" or low in PRONOUNS_PERSON | PRONOUNS_THING):
                m = self._pronoun(d)
            if m is None and lem in self.lex.judicial_bodies:
                # ("A Dutch appeals court overturned ...": the court, a body of its own, not its state)
                m = self.resolve(d)
            if m is None and (lem in self.lex.agent_nouns or lem in self.lex.roles):
                m = self._agent(d, speaker=None, depth=1) or self._reference(d)
            if m is not None:
                self.acts.append((tok.i, verb, m))
                self.act_at.add(tok.i)

    def note_act_by(self, verb: Token, doer: Mention) -> None:
        """Remember the doer a rule found for an act verb `note_acts` left unnamed (a
        description it does not resolve: "A military court in Yaounde sentenced X ... the
        verdict")."""
        lemma = self._act_verb(verb)
        if lemma is not None and verb.i not in self.act_at:
            self.acts.append((verb.i, lemma, doer))
            self.act_at.add(verb.i)

    def _act_verb(self, tok: Token) -> str | None:
        """The `act_verbs` lemma a verb token does, if any ("claim" only as "claimed
        responsibility for" or "an attack claimed by": "claimed that" does no act)."""
        if tok.pos_ != "VERB":
            return None
        verb = next((f for f in sorted(word_forms(tok)) if f in self._act_verb_lemmas()), None)
        if verb == "claim" and not any(o.lemma_.lower() in {"responsibility", "credit"}
                                       for o in tok.children if o.dep_ == "dobj") and not (
                tok.dep_ == "acl" and tok.head.lemma_.lower() in self.lex.act_verbs):
            return None   # (but "a strike claimed by the Houthis" is theirs)
        return verb

    def note_brands(self, sent) -> None:
        """Remember a brand the article gives an owner ("Nestle ... its Maggi
        noodles", "Apple's iPhone sales"): a capitalised word that names no actor,
        modifying a noun owned by an organisation. A later "the sale of Maggi
        noodles" acts on the owner."""
        for tok in sent:
            if tok.pos_ != "PROPN" or tok.dep_ not in {"compound", "nmod"}:
                continue
            named = self.names.get(tok.i)
            if named is not None and (named.actor.kind == "person" or (
                    named.actor.kind == "state" and self.gaz.by_form.get(tok.text) is not None)):
                continue   # (a real country is no brand; "Maggi" taken for a place is)
            head = tok.head
            if head.pos_ != "NOUN" or head.i <= tok.i:
                continue
            for c in head.children:
                if c.dep_ == "poss" and c.i < tok.i:
                    m = self.names.get(c.i) or (self._pronoun(c) if c.lower_ in {"its", "their"} else None)
                    if m is not None and m.person is None and m.actor.kind not in {"person", "state"} \
                            and (named is None or named.actor != m.actor):
                        self.brands.setdefault(tok.text, m)

    def note_founded(self, sent) -> None:
        """A described body brought into being ("set up an independent committee") is in the
        history from there, for "the committee" that acts later."""
        for tok in sent:
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.lex.founding_verbs:
                self._described(tok)

    def act_owner(self, noun: Token) -> Mention | None:
        """Who did the act a definite noun names, from the verb of that act
        earlier in the article: "the ruling" after "the court ruled"."""
        low = noun.lemma_.lower()
        verbs = self.lex.act_verbs.get(low)
        generic = low in self.lex.generic_act_nouns and not any(
            c.dep_ in {"acl", "relcl", "prep"} for c in noun.children)   # ("the decision to ...": its own)
        # ("Reed's detention": a possessive before an act done to that party is as definite)
        if not (verbs or generic) or not (has_definite(noun) or any(c.dep_ == "poss" for c in noun.children)):
            return None
        reach = self.sentence_no(noun) - self.ACT_REACH
        if verbs:
            verbs = verbs | {low}   # (and the same noun with its doer: "Iran's seizure of ... the seizure")
        for wanted in ([verbs] if verbs else []) + ([self._act_words()] if generic else []):
            for i, lemma, m in reversed(self.acts):
                # (not the act done to the noun: "asked the court to quash the decision")
                if i < noun.i and i != noun.head.i and lemma in wanted and self.sentence_no(self.doc[i]) >= reach:
                    return Mention(noun.i, noun.i + 1, m.actor, "reference", m.person)
        if verbs and not any(c.dep_ == "prep" and c.lower_ == "in" and any(p.ent_type_ in {"GPE", "LOC"}
                                                                           for p in c.children)
                             for h in (noun, noun.head) for c in h.children):
            # further back, an act that only one party did in the article so far ("the
            # attack" many paragraphs after the only one who struck; not "the biggest fine
            # in Brazil", which tells of another case)
            done = [m for i, lemma, m in self.acts if i < noun.i and lemma in verbs]
            if done and len({m.actor for m in done}) == 1:
                return Mention(noun.i, noun.i + 1, done[-1].actor, "reference", done[-1].person)
        return None

    def _act_verb_lemmas(self) -> frozenset[str]:
        got = self.__dict__.get("_act_verbs")
        if got is None:
            got = self.__dict__["_act_verbs"] = frozenset(v for vs in self.lex.act_verbs.values() for v in vs)
        return got

    def _act_words(self) -> frozenset[str]:
        """The verbs of every act and the nouns that name one (an act recorded from a noun
        with its doer is kept under the noun)."""
        got = self.__dict__.get("_act_words_")
        if got is None:
            got = self.__dict__["_act_words_"] = self._act_verb_lemmas() | frozenset(self.lex.act_verbs)
        return got

    # ------------------------------------------------------------ resolution
    def actors_of(self, tok: Token, *, speaker: Mention | None = None,
                  before: int | None = None, exclude: tuple = ()) -> list[Mention]:
        """The actors a token stands for, one per coordinated conjunct.

        `before` limits references and pronouns to actors named before that
        token (for a speaker named after what they said)."""
        if tok.pos_ in {"PROPN", "NOUN"} and tok.text[:1].isupper() and tok.lower_.endswith("s") \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # "the Adanis", "the Sacklers": the people of that family named before
            family = [a for a in self.known if a.kind == "person" and a not in exclude
                      and last_word(a.name) in {tok.lower_[:-1], tok.lower_[:-2]}]   # ("the Reyeses")
            if len(family) >= 2:
                return [Mention(tok.i, tok.i + 1, a, "reference") for a in family]
        if tok.lower_ in {"which", "who", "whom", "that"} and tok.head.dep_ == "relcl":
            # the antecedent; if it names no one, the noun it hangs from
            # ("a resolution on cyber defence that describes ...")
            ante = tok.head.head
            if ante.ent_type_ in {"DATE", "TIME"} and ante.dep_ == "pobj" and ante.head.head.pos_ == "VERB":
                # ("issued a statement on Friday, which accused X": the clause is the statement's,
                # hung by the parser on the day the verb's phrase gives)
                said = [o for o in ante.head.head.children if o.dep_ == "dobj" and o.i < ante.i and o.pos_ == "NOUN"]
                ante = said[0] if said else ante
            for _ in range(3):
                if self.resolve(ante, speaker=speaker, before=before, exclude=exclude) is not None:
                    break
                up = ante.head.head if ante.dep_ == "pobj" and ante.head.dep_ == "prep" else None
                if up is None or up.pos_ not in {"NOUN", "PROPN"}:
                    break
                ante = up
            tok = ante
        if tok.lower_ in PRONOUNS_GROUP:
            group = self._group(tok, before)
            if group:
                return [self._speaking_for(m) for m in group]
        if tok.tag_ == "NNS" and has_definite(tok) and tok.lemma_.lower() in self._reference_words():
            # "the three companies", "the oil majors": the parties just named together
            kinds = {k for k, words in self.lex.references.items() if tok.lemma_.lower() in words}
            if "group" in kinds and len(kinds) > 1:
                # "the publishers" after "eight newspapers ... sued OpenAI and Microsoft":
                # a word that may name companies or a group is the group when one was named
                limit = tok.i if before is None else before
                named = next((m for i, m, _ in reversed(self.history) if i < limit and m.actor.kind == "group"), None)
                if named is not None:
                    return [Mention(tok.i, tok.i + 1, named.actor, "reference", named.person)]
            # ("the authorities" after "Algerian authorities blamed ...", though Morocco and
            # Israel were named together since: the party the same noun last stood for)
            same = self._same_noun(tok, tok.i if before is None else before, (), within=3)
            if same is not None and same.actor.kind in kinds:
                return [same]
            group = [m for m in self._group(tok, before) if m.actor.kind in kinds | {"organization"}]
            if len(group) > 1:
                return [self._speaking_for(m) for m in group]
        parties = self._litigants(tok, before) or self._pair(tok, before) or self._counted(tok, before) \
            or self._members(tok, speaker)
        if parties:
            return parties
        out: list[Mention] = []
        listed = [c for c in tok.conjuncts if c.i > tok.i]
        named = self.names.get(tok.i)
        for a in tok.children if named is not None else ():
            # "sued Donald Trump, Ivanka Trump and Eric Trump": a list the parser hung as an
            # apposition with conjuncts, names of one kind each (a true apposition is no list)
            if a.dep_ == "appos" and a.conjuncts and all(
                    x.i in self.names and self.names[x.i].actor != named.actor and (
                        self.names[x.i].actor.kind == named.actor.kind or not x.ent_type_)
                    for x in (a, *a.conjuncts)):
                listed += [a, *a.conjuncts]
        for t in [tok, *listed]:
            m = self.resolve(t, speaker=speaker, before=before, exclude=exclude)
            apposed = [self.names[x.i] for a in t.children if a.dep_ == "appos" and a.i in self.names
                       for x in [a, *(a.conjuncts if t.tag_ == "NNS" else ())] if x.i in self.names] \
                if t.pos_ == "NOUN" else []
            if m is None and apposed:
                # "the jailed blogger Ahmed Saleh", "its chief executive, Marco Bellini": the name in apposition
                m = apposed[0]
            if m is not None:
                m = self._speaking_for(m)
                # (a party's officer named with it is one more: "Rosneft together with its chief
                # executive, Igor Sechin")
                if (m.actor, m.person) not in [(o.actor, o.person) for o in out]:
                    out.append(m)
                if m.via == "agent" and m.actor.kind in {"state", "international_org"}:
                    # ("prosecutors in both Malaysia and the United States": each state; "the
                    # diplomatic missions of Canada, the EU and Ireland": each party, the
                    # noun plural)
                    preps = {"in", "of"} if t.tag_ in {"NNS", "NNPS"} else {"in"}
                    for c in (c for prep in t.children if prep.dep_ == "prep" and prep.lower_ in preps
                              for p in prep.children if p.dep_ == "pobj" for c in p.conjuncts):
                        other = self.names.get(c.i)
                        if other is not None and other.actor.kind in {"state", "international_org"} and \
                                other.actor not in [o.actor for o in out]:
                            out.append(Mention(t.i, t.i + 1, other.actor, "agent"))
                if t.tag_ in {"NNS", "NNPS"} and m.via == "agent":
                    # "South Korean and U.S. officials", "British and French diplomats": one
                    # agent noun, the states of its coordinated modifiers
                    for c in (c for d in t.children if d.dep_ in {"amod", "compound", "nmod"} and d.i < t.i
                              for c in d.conjuncts):
                        dem = self.gaz.by_demonym.get(c.text)
                        other = self.names.get(c.i) or (Mention(c.i, c.i + 1, Actor(dem.name, dem.kind), "agent")
                                                         if dem is not None else None)
                        if other is not None and other.actor.kind == "state" and \
                                other.actor not in [o.actor for o in out]:
                            out.append(Mention(t.i, t.i + 1, other.actor, "agent"))
            for extra in apposed[1:] if apposed and m is not None and m.actor == apposed[0].actor else []:
                # (to a plural, every name of the list: "two of her former ministers, Ana Ruiz,
                # who held justice, and Luis Soto")
                extra = self._speaking_for(extra)
                if extra.actor not in [o.actor for o in out]:
                    out.append(extra)
        return out

    def _members(self, tok: Token, speaker: Mention | None) -> list[Mention]:
        """"critics including Spotify", "several countries, including France and
        Germany", "rights groups such as Amnesty International": the named members of
        a plural noun act for it (names only; "countries including some in Asia"
        stays the group)."""
        if tok.tag_ not in {"NNS", "NNPS"}:
            return []
        preps = list(tok.children)
        if tok.dep_ == "dobj":
            # ("sanctioned six officials on Monday, including X and Y": the list hung on the verb,
            # after the object)
            preps += [c for c in tok.head.children if c.i > tok.i and c.lower_ == "including"]
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            # ("blocked access to websites, including Twitter and YouTube": the list hung on the
            # noun the preposition goes with)
            preps += [c for c in tok.head.head.children if c.i > tok.i and c.lower_ == "including"]
        for prep in preps:
            if prep.dep_ != "prep" or not (prep.lower_ in {"including", "like"} or (
                    prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))):
                continue
            found: list[Mention] = []
            for o in (x for p in prep.children if p.dep_ == "pobj" for x in [p, *p.conjuncts]):
                m = self.names.get(o.i)
                # (two people who speak for one body are two members: "six officials,
                # including Tomas Berg and police chief Ivan Petrov")
                if m is not None and (m.person or m.actor) not in [f.person or f.actor for f in found]:
                    found.append(self._speaking_for(m))
            return found
        return []

    def _litigants(self, tok: Token, before: int | None) -> list[Mention]:
        """"the defendants", "the plaintiffs": the parties of the latest suit the
        article told (its targets, or its actor)."""
        low = tok.lemma_.lower() if tok.lower_ != "accused" else "accused"
        if tok.pos_ not in {"NOUN", "PROPN"} or low not in self.lex.defendant_nouns | self.lex.plaintiff_nouns or not (
                has_definite(tok) or any(c.dep_ == "poss" for c in tok.children)):
            return []
        limit = tok.i if before is None else before
        suits = [(a, t) for a, action, t in self.events if action == "sue" and a.start < limit]
        if not suits:
            return []
        plaintiff = suits[-1][0]
        if low in self.lex.plaintiff_nouns:
            return [Mention(tok.i, tok.i + 1, plaintiff.actor, "reference", plaintiff.person)]
        targets = list(dict.fromkeys(t for a, t in suits if a.actor == plaintiff.actor))
        if tok.tag_ != "NNS":
            targets = targets[-1:]
        return [Mention(tok.i, tok.i + 1, t, "reference") for t in targets]

    def _pair(self, tok: Token, before: int | None) -> list[Mention]:
        """"the pair", "the duo", "the two men", "both men", "both" (as a subject): the two
        actors named last, together ("Holmes and Balwani") or one after the other, of one kind."""
        low = tok.lemma_.lower()
        both = tok.lower_ == "both" and tok.dep_ in {"nsubj", "nsubjpass"}
        two = low in self.lex.pair_nouns and has_definite(tok) or both or (
            tok.pos_ == "NOUN" and tok.tag_ == "NNS" and (
                (has_definite(tok) and any(c.dep_ == "nummod" and c.lower_ == "two" for c in tok.children))
                or any(c.lower_ == "both" and c.dep_ in {"det", "predet"} for c in tok.children))
            and low in self._reference_words() | self.lex.pair_people_nouns)
        if not two:
            return []
        kinds = {k for k, words in self.lex.references.items() if low in words}
        kinds = kinds | {"organization"} if kinds else (
            {"person"} if low not in self.lex.pair_nouns and not both else {"person", "company", "organization", "group"})
        # (a pair is people or firms, never two places: "the pair" after a dateline)
        limit = min(tok.i if before is None else before, tok.sent.start)   # (not this sentence's speaker)
        reach = self.sentence_no(tok) - 2
        earlier = [(i, m) for i, m, _ in reversed(self.history)
                   if i < limit and self.sentence_no(self.doc[i]) >= reach and (m.person or m.actor).kind in kinds]
        # two named together: "Holmes and Balwani were indicted ... the pair"
        pair = self._named_together(tok, earlier, kinds)
        if pair:
            return pair
        out: list[Mention] = []
        for i, m in earlier:
            actor = m.person or m.actor
            if out and (actor.kind == "person") != (out[0].actor.kind == "person"):
                continue
            if actor not in [o.actor for o in out]:
                out.append(Mention(tok.i, tok.i + 1, actor, "reference", m.person))
            if len(out) == 2:
                return out[::-1]
        if any(c.lower_ == "both" for c in tok.children) or both:
            # "Both firms intend to appeal", paragraphs after "fined Pfizer and Flynn Pharma": the
            # last two of that kind named together anywhere before
            return self._named_together(tok, [(i, m) for i, m, _ in reversed(self.history) if i < limit
                                              and (m.person or m.actor).kind in kinds], kinds)
        return []

    def _named_together(self, tok: Token, earlier: list[tuple[int, Mention]], kinds: set[str]) -> list[Mention]:
        """The first of `earlier` (latest first) named with exactly one other party of
        `kinds` ("Holmes and Balwani"): the two, in text order, as references at `tok`."""
        for i, m in earlier:
            conj = [self.names[c.i] for c in self.doc[i].conjuncts if c.i in self.names
                    and (self.names[c.i].person or self.names[c.i].actor).kind in kinds]
            if len(conj) == 1 and conj[0].actor != m.actor:
                pair = sorted([(i, m), (conj[0].start, conj[0])], key=lambda x: x[0])
                return [Mention(tok.i, tok.i + 1, x.person or x.actor, "reference", x.person) for _, x in pair]
        return []

    def _counted(self, tok: Token, before: int | None) -> list[Mention]:
        """"the three players", "the four men", "all three": as many people as the count
        says, the last ones named, when one earlier sentence named them all ("suspended the
        captain, Salman Butt, and the bowlers Mohammad Asif and Mohammad Amir")."""
        count = next((c for c in tok.children if c.dep_ == "nummod"), None) \
            if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and has_definite(tok) else None
        size = WORD_NUMBERS.get(count.lower_) if count is not None else None
        if size is None or size < 3 or tok.lemma_.lower() not in self.lex.pair_people_nouns | self.lex.roles \
                | self.lex.private_nouns:
            return []
        limit = min(tok.i if before is None else before, tok.sent.start)
        reach = self.sentence_no(tok) - 2
        people: list[tuple[int, Actor]] = []
        for i, m, _ in reversed(self.history):
            actor = m.person or m.actor
            if i < limit and self.sentence_no(self.doc[i]) >= reach and actor.kind == "person" \
                    and actor not in [a for _, a in people]:
                people.append((i, actor))
            if len(people) == size:
                break
        if len(people) != size or len({self.sentence_no(self.doc[i]) for i, _ in people}) != 1:
            return []
        return [Mention(tok.i, tok.i + 1, a, "reference") for _, a in sorted(people, key=lambda x: x[0])]

    def _speaking_for(self, m: Mention) -> Mention:
        """A person's mention, once their institution is known, stands for it."""
        if m.actor.kind == "person" and m.actor in self.affiliation:
            return Mention(m.start, m.end, self.affiliation[m.actor], m.via, m.actor)
        return m

    def speaks_for(self, person: Actor, institution: Actor) -> None:
        """Record that a person acts for an institution (first record wins)."""
        if person.kind == "person" and institution.kind != "person":
            self.affiliation.setdefault(person, institution)

    def _group(self, tok: Token, before: int | None) -> list[Mention]:
        """'they' after 'X and Y announced' is X and Y (subjects); 'the three
        companies' after 'ads by X, Y and Z' is X, Y and Z (any role)."""
        limit = tok.i if before is None else before
        plural = tok.tag_ == "NNS"
        # ("the four countries": a group of four; a counted plural passes over single names
        # told since, as "Peru recalled its envoys from the four countries" passes over Peru)
        count = next((c for c in tok.children if c.dep_ == "nummod"), None) if plural else None
        size = WORD_NUMBERS.get(count.lower_) if count is not None else None
        here = self.sentence_no(tok)
        # (an object "them" is never its own clause's subject: "Kominfo threatened to block them")
        own = {c.i for v in [tok.head, *tok.head.ancestors][:3] for c in v.children if c.dep_ == "nsubj"} \
            if tok.dep_ in {"dobj", "pobj"} else set()
        speakers = [c for c in tok.head.head.children if c.dep_ == "nsubj" and c.tag_ in {"NNS", "NNPS"}] \
            if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" else []
        listed = [c for c in tok.head.head.children if c.dep_ == "nsubj" and c.conjuncts and c.i < tok.i] \
            if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and not speakers else []
        if listed:
            # ("Giuliani and Lindell have said they will fight the lawsuits": the speakers named)
            out = [m for c in sorted([listed[0], *listed[0].conjuncts], key=lambda c: c.i)
                   for m in self.actors_of(c, before=before)]
            return [m for k, m in enumerate(out) if m.actor not in [o.actor for o in out[:k]]]
        if speakers:
            # the speakers themselves, no list told before: "His lawyers said they would appeal";
            # those the speakers stand for, when a plural names a list again ("Both companies
            # said they would appeal", "The two clubs said they would appeal": each of them)
            found = self.actors_of(speakers[0], before=before)
            return found if len(found) > 1 else []
        # ("sentenced Peter Greste and Baher Mohamed ... Prosecutors accused them", "sentenced three
        # journalists ... accused them": an object "them" may be a list or a plural group just
        # named in any role, people too)
        # (not the object of a participle, which is the object of its act: "taking Apple to
        # court, charging them with ...")
        pronoun = tok.lower_ in PRONOUNS_GROUP and tok.dep_ in {"dobj", "pobj", "dative"} and not (
            tok.head.tag_ == "VBG" and tok.head.dep_ in {"advcl", "xcomp", "conj"})
        for i, m, is_subj in reversed(self.history):
            if i >= limit or i in own:
                continue
            head = self.doc[i]
            recent = pronoun and here - self.sentence_no(head) <= 1 and (
                bool(head.conjuncts) or (m.actor.kind == "group" and head.tag_ in {"NNS", "NNPS"}))
            if recent or ((is_subj or plural or _listed_subject(head)) and m.person is None
                          and m.actor.kind in NON_PERSON):
                conj = [c for c in head.conjuncts]
                if not conj:
                    if recent:
                        return [m]
                    if size is not None and here - self.sentence_no(head) <= 1:
                        continue
                    return []
                out = [self.names.get(c.i) for c in sorted([head, *conj], key=lambda c: c.i)]
                out = [o for k, o in enumerate(out) if o is not None and o.actor not in [p.actor for p in out[:k] if p]]
                if m.actor not in [o.actor for o in out]:
                    out.insert(0, m)
                if size is not None and len(out) != size:
                    return []
                return out
        return []

    def resolve(self, tok: Token, *, speaker: Mention | None = None, depth: int = 0,
                before: int | None = None, exclude: tuple = ()) -> Mention | None:
        m = self.names.get(tok.i)
        if m is not None:
            return m
        low = tok.lower_
        if low == "whose" and tok.dep_ == "poss" and depth < 3:
            # ("Mike Feuer, whose office sued the bank": the antecedent the clause hangs from)
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            return self.resolve(clause.head, speaker=speaker, depth=depth + 1, before=before, exclude=exclude) \
                if clause is not None else None
        if tok.pos_ == "PRON" or low in PRONOUNS_PERSON | PRONOUNS_THING | PRONOUNS_GROUP | PRONOUNS_SELF:
            return self._pronoun(tok, speaker=speaker, before=before, exclude=exclude)
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NUM":
            return self._counted_group(tok)   # ("X and three of her colleagues")
        if tok.pos_ in {"NOUN", "PROPN"} and tok.text[:1].isupper() and not tok.ent_type_ \
                and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"}:
            # a person's surname the recogniser missed ("Vance went on television"), before any
            # description the word might be read as (the end of this method does the same for
            # bodies too, once nothing else named the word)
            m = self._surname_again(tok, people_only=True)
            if m is not None:
                return m
        if tok.pos_ == "NOUN":
            m = self._premises_owner(tok)   # ("the Milan home of Peter Hall": his, not Milan)
            if m is not None:
                return m
            m = self._participle_object(tok) if depth < 2 else None
            if m is not None:
                return m
        if tok.pos_ in {"NOUN", "PROPN"} and depth < 3:
            m = self._called(tok, depth)   # "a Chinese group nicknamed Volt Typhoon" is that group
            if m is not None:
                return m
            m = self._led_by(tok, depth)   # "a group of investors led by the X Pension Fund": X
            if m is not None:
                return m
            named = next((self.names[a.i] for a in tok.children if a.dep_ == "appos" and a.i in self.names
                          and (self.names[a.i].person is not None or self.names[a.i].actor.kind == "person")), None)
            firm_words = self.lex.references.get("company", frozenset()) | \
                self.lex.references.get("organization", frozenset())
            if named is not None and tok.pos_ == "NOUN" and lemma not in firm_words:
                # "Orbis Bank's former chief security officer, Tom Reed": the person (but "the
                # electronics retailer Best Buy", tagged a person, is the firm)
                return named
            bodies = self.lex.references.get("government", frozenset()) | \
                self.lex.references.get("international_org", frozenset())
            if tok.pos_ == "NOUN" and tok.tag_ == "NN" and lemma in bodies:
                # "Brazil's securities regulator, CVM,", "the UK's competition watchdog, the
                # Competition and Markets Authority": the body named in apposition, not the
                # state that owns the description
                body = next((self.names[a.i] for a in tok.children if a.dep_ == "appos" and a.i > tok.i
                             and a.i in self.names and self.names[a.i].actor.kind not in {"person", "state"}), None)
                if body is not None:
                    return Mention(tok.i, tok.i + 1, body.actor, "reference", body.person)
            if tok.pos_ == "NOUN" and lemma in firm_words:
                # "The US cybersecurity firm Mandiant said": the firm named in apposition, not
                # the last firm or group named before
                firm = next((self.names[a.i] for a in tok.children if a.dep_ == "appos" and a.i > tok.i
                             and a.i in self.names and self.names[a.i].actor.kind not in {"state", "person"}), None)
                if firm is not None:
                    return Mention(tok.i, tok.i + 1, firm.actor, "reference", firm.person)
            if lemma in self.lex.roles:
                # "the Russian Ambassador to the UK Alexander Yakovenko": the person
                for t in np_tokens(tok):
                    if _through_verb(t, tok):
                        continue   # "prosecutors of deceiving ... Max's system": not the role's name
                    named = self.names.get(t.i)
                    if named is not None and (named.person is not None or named.actor.kind == "person"):
                        return named
            if lemma in self.lex.judicial_bodies:
                m = self._court(tok)   # "a Dutch appeals court", "the court in Bihar": a body of its own
                if m is not None:
                    return m
            # ("the five-judge panel", "the panel of judges": the court's bench, as "the judge" is)
            bench = lemma in self.lex.described_bodies and any(
                j.lemma_.lower() in self.lex.judging_nouns for c in tok.children
                for j in ([c] if c.dep_ == "compound" else
                          [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "of" else []))
            if (lemma in self.lex.judging_nouns or bench) and has_definite(tok) and not any(
                    c.dep_ in {"compound", "appos"} and c.i in self.names for c in tok.children):
                m = self._bench(tok, before)   # "The magistrate remanded him": the court before
                if m is not None:
                    return m
            if (lemma in self.lex.agent_nouns or low in self.lex.agent_nouns or lemma in self.lex.roles
                    or self._organ_phrase(tok)) and not (lemma == "panel" and tok.tag_ == "NNS"):
                # (a panel that acts is one body, "a WTO panel ruled"; "PE panels" are things)
                m = self._agent(tok, speaker=speaker, depth=depth) or self._bare_organ(tok)
                if m is not None:
                    return m
            if tok.pos_ == "PROPN" or tok.tag_ == "NNPS":
                dem = self.gaz.by_demonym.get(tok.text)
                if dem is not None and tok.tag_ in {"NNPS", "NNS"}:
                    return Mention(tok.i, tok.i + 1, Actor(dem.name, dem.kind), "agent")
            if tok.tag_ == "NNPS" or (tok.tag_ == "NNS" and tok.text[:1].isupper()):
                dem = self.gaz.by_demonym.get(tok.text)
                if dem is not None:
                    return Mention(tok.i, tok.i + 1, Actor(dem.name, dem.kind), "agent")
                if tok.ent_type_ == "NORP" and tok.text[:1].isupper():
                    # "Palestinians blamed Israel": a people the gazetteer does not know
                    return self._noted(tok, Mention(tok.i, tok.i + 1, self._canonical(Actor(tok.text, "group")),
                                                    "name"))
            for pobj in (p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in self.lex.cut_ties_missions):
                # ("20 employees of the Czech embassy", "staff of Iran's mission": the mission's state)
                m = self.resolve(pobj, speaker=speaker, depth=depth + 1)
                if m is not None and m.actor.kind == "state":
                    return Mention(tok.i, tok.i + 1, m.actor, "agent")
            m = self._reference(tok, before=before, exclude=exclude)
            if m is not None:
                return m
            m = self._counterpart(tok, before)
            if m is not None:
                return m
            m = self._document(tok)
            if m is not None and m.actor not in exclude:
                return m
            if lemma in self.lex.document_nouns and lemma not in self.lex.agent_nouns and depth < 2 \
                    and (self._speaks(tok) or (tok.dep_ == "pobj" and tok.head.head.lower_ == "according")):
                # "Hersh's blog post said", "an article by X asserting", "according to the
                # findings of X": a document that speaks speaks for whoever the phrase says
                # wrote it (as the agent nouns "report", "filing" always do); elsewhere it is
                # a thing ("the case assembled by anti-doping authorities had left it no option")
                author = self._document_author(tok)
                if author is not None:
                    return Mention(tok.i, tok.i + 1, author.actor, "agent", author.person)
            # ("hackers linked to Iran" stand for Iran before they are an unnamed group)
            m = self._based_in(tok, speaker, depth) or self._generic(tok) or self._described(tok)
            if m is not None:
                return m
            m = self._counted_group(tok)   # "suspended three deputy ministers": those three
            if m is not None:
                return m
            if lemma in self.lex.quantity_words and not has_definite(tok):
                # "a group of dairy farmers", "dozens of rights groups": whom it counts
                for prep in tok.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        for p in prep.children:
                            if p.dep_ == "pobj":
                                m = self.resolve(p, speaker=speaker, depth=depth + 1)
                                if m is not None:
                                    return m
            m = self._based_in(tok, speaker, depth)
            if m is not None:
                return m
        if tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text[:1].isupper() and \
                tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"} and len(tok.text) > 2 \
                and tok.lower_ not in self.lex.event_names:
            # a proper noun the entity recogniser missed ("Epic breached ..."; not the name of
            # an event, an era or a feast: "contempt for the memory of the Holocaust")
            return self._canonical_mention(tok)
        if tok.pos_ in {"NOUN", "PROPN"} and tok.text[:1].isupper() and tok.ent_type_ in {"", "NORP", "GPE", "LOC"} \
                and tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"} and tok.i not in self.names \
                and self.gaz.by_demonym.get(tok.text) is None and self.gaz.by_form.get(tok.text) is None:
            # a person's surname the tagger took for a plural noun ("Smalls rejected ...") or
            # the recogniser for a people or a place ("Macchiarini had committed ...")
            # (or a person the recogniser called an organisation: "Paolo Macchiarini", two
            # names and no word of a body's)
            again = next((k for k in self.known if k.kind != "person" and k.name == tok.text), None)
            if again is not None:
                # a one-word name the article gave before, the tagger now taking it for a
                # plural noun ("The FCA fined Barclays. Barclays faces charges ...")
                return self._noted(tok, Mention(tok.i, tok.i + 1, again, "name"))
            return self._surname_again(tok)
        return None

    def _surname_again(self, tok: Token, people_only: bool = False) -> Mention | None:
        """The person (or a two-word body the recogniser took for one, unless `people_only`)
        whose last name `tok` is: of several people of that surname, the one named first, as
        `NameFinder._person` has it; a first name before it that no one named before bore
        makes a new person ("Ivanka Trump" after "Donald Trump", the recogniser silent)."""
        kin = self._namesake(self.doc[tok.i:tok.i + 1])
        if kin is not None:
            return self._noted(tok, Mention(kin.start, kin.end, self._person(kin), "name"))
        for k in self.known:
            if " " in k.name and last_word(k.name) == tok.lower_ and (k.kind == "person" or (
                    not people_only and k.kind in {"organization", "unknown"} and len(k.name.split()) == 2
                    and not name_words(k.name) & self._body_words())):
                return self._noted(tok, Mention(tok.i, tok.i + 1, k, "name"))
        return None

    def _speaks(self, tok: Token) -> bool:
        """Whether a noun is the subject of a speech verb, or has one as its
        participle or relative clause ("a post asserting", "a post that claimed")."""
        verbs = self.lex.speech_verbs
        return (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in verbs) or any(
            c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in verbs for c in tok.children)

    def _court(self, tok: Token) -> Mention | None:
        """A court named by where it sits is a body of its own, not its state: "a Dutch
        appeals court", "a Moscow court", "the court of appeal in The Hague", "Brazilian
        courts". A court named by nothing local ("the appeals court") refers back instead."""
        def local(t: Token) -> bool:
            known = self.names.get(t.i)
            return self.gaz.by_demonym.get(t.text) is not None or t.ent_type_ in {"GPE", "LOC", "NORP"} \
                or (known is not None and known.actor.kind == "state")
        lefts = [c for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod", "poss", "npadvmod"}]
        start = min((c.left_edge.i for c in lefts), default=tok.i)
        end = tok.i + 1
        # "court of appeal in The Hague", "a court in the eastern state of Bihar"
        heads = [tok] + [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        # (a proper noun there is a place, whatever the recogniser took it for: "a court in
        # Surat", tagged a person)
        placed = [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                  for p in c.children if p.dep_ == "pobj" and (p.pos_ == "PROPN" or any(local(x) for x in p.subtree))]
        if placed:
            end = max(x.i for x in placed[0].subtree) + 1
        elif not any(local(x) for c in lefts for x in c.subtree):
            return None
        name = self.doc[start:end].text
        mention = Mention(start, end, self._canonical(Actor(name, "government")), "name")
        return self._noted(tok, mention)

    def _organ_phrase(self, tok: Token) -> bool:
        """An agent noun of two words whose head alone is none: "Singapore's central
        bank" is Singapore's organ, "a Singapore bank" is not."""
        lem = tok.lemma_.lower()
        return any(f"{c.lemma_.lower()} {lem}" in self.lex.agent_nouns
                   for c in tok.children if c.dep_ in {"amod", "compound"} and c.i == tok.i - 1)

    def _canonical_mention(self, tok: Token) -> Mention | None:
        dateline = self.__dict__.get("_dateline", set())
        if tok.i in dateline:
            return None
        toks = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                and c.lower_ not in self.lex.titles and c.i not in dateline] + [tok]
        name = self.doc[toks[0].i:tok.i + 1].text
        for k in reversed(self.known):
            if k.kind == "person" and last_word(k.name) == tok.lower_:
                return Mention(toks[0].i, tok.i + 1, k, "name")
        known = self.gaz.by_form.get(name)
        actor = Actor(known.name, known.kind) if known else None
        if actor is None:
            for k in self.known:
                if name_words(name) and name_words(name) <= name_words(k.name):
                    actor = k
                    break
        if actor is None:
            actor = self._canonical(Actor(name, "organization"))
        # (kept for the pronouns after it: "Olympus fired him. It accused him of ...")
        return self._noted(tok, Mention(toks[0].i, tok.i + 1, actor, "name"))

    def _called(self, tok: Token, depth: int) -> Mention | None:
        """'a group called TraderTraitor', 'a firm known as Vantor', 'hackers
        dubbed Volt Typhoon', 'the group, which calls itself DarkSide', 'a group calling
        itself X': the name given."""
        for acl in tok.children:
            if acl.dep_ not in {"acl", "relcl"} or acl.lemma_.lower() not in self.lex.naming_verbs:
                continue
            named = [c for c in acl.children if c.dep_ in {"oprd", "attr", "dobj", "xcomp", "ccomp"}
                     and c.lower_ not in REFLEXIVES]
            named += [p for prep in acl.children if prep.dep_ == "prep" and prep.lower_ == "as"
                      for p in prep.children if p.dep_ == "pobj"]
            for n in named:
                m = self.names.get(n.i) or (self.resolve(n, depth=depth + 1) if depth < 2 else None)
                if m is None and n.pos_ == "PROPN":
                    first = min((c.i for c in n.subtree if c.pos_ == "PROPN"), default=n.i)
                    last = max((c.i for c in n.subtree if c.pos_ == "PROPN"), default=n.i)
                    actor = self._canonical(Actor(self.doc[first:last + 1].text, "group"))
                    m = Mention(first, last + 1, actor, "name")
                    for i in range(first, last + 1):
                        self.names[i] = m
                if m is not None:
                    return self._noted(tok, Mention(tok.i, tok.i + 1, m.actor, "name", m.person))
        return None

    def _based_in(self, tok: Token, speaker: Mention | None, depth: int) -> Mention | None:
        """'a hacking group based in China' stands for China."""
        for acl in tok.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in self.lex.affiliation_verbs:
                continue
            for prep in acl.children:
                if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"in", "to", "by", "with"}:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            m = self.resolve(pobj, speaker=speaker, depth=depth + 1)
                            if m is not None:
                                return Mention(tok.i, tok.i + 1, m.actor, "agent", m.person)
        return None

    def _generic(self, tok: Token) -> Mention | None:
        """'rights defenders', 'international investigators', 'five Russian
        cybersecurity firms': an unnamed group."""
        if tok.tag_ not in {"NNS", "NNPS"} and not (tok.tag_ == "NN" and tok.lemma_.lower() in self.lex.collective_bodies):
            return None   # (one body of many people acts as a group: "a New York jury")
        words = [c for c in tok.lefts if c.dep_ in {"compound", "amod"}] + [tok]
        if tok.lemma_.lower() in self.lex.company_group_nouns and any(
                self.gaz.by_demonym.get(w.text) is not None for w in words[:-1]):
            name = self.doc[words[0].i:tok.i + 1].text
            return self._noted(tok, Mention(words[0].i, tok.i + 1, self._canonical(Actor(name, "group")), "name"))
        if any(w.lemma_.lower() in self.lex.claim_nouns for w in words[:-1]):
            return None   # ("an accusation officials reject": the claim noun is no part of a group's name)
        lemmas = [w.lemma_.lower() for w in words]
        lowers = [w.lower_ for w in words[:-1]] + [tok.lemma_.lower()]
        bare = len(words) == 1 and not any(c.dep_ in {"nmod", "poss", "prep"} for c in tok.children)
        collective = tok.tag_ == "NN" and has_definite(tok)   # ("the opposition's claims")
        if bare and (tok.lemma_.lower() in self.lex.anonymous_nouns or not (
                tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "poss" and collective)
                or (tok.dep_ == "pobj" and tok.head.lower_ in {"by", "from"}))):
            # "officials said" names no one; a bare plural object ("bar their
            # employees") is nobody in particular
            return None
        for entry in [*self.lex.generic_actors, *((b,) for b in self.lex.collective_bodies)]:
            if lemmas[-len(entry):] == list(entry) or lowers[-len(entry):] == list(entry):
                # a modifier's own compounds belong to the name ("New York jury", not "York jury")
                # (and a hyphened modifier whole: "Iranian-backed militias", not "backed militias")
                first = min([words[0].i] + [w.left_edge.i for w in words[:-1] if (
                    w.dep_ == "compound" and w.left_edge.pos_ == "PROPN") or any(
                    c.tag_ == "HYPH" and c.i < w.i for c in w.children)])
                name = self.doc[first:tok.i + 1].text
                return self._noted(tok, Mention(first, tok.i + 1, self._canonical(Actor(name, "group")),
                                                "name"))
        return None

    def _counted_group(self, tok: Token) -> Mention | None:
        """People or bodies a measure or a charge falls on, counted and not named: "suspended
        three deputy ministers", "Three sub-inspectors were suspended", "sentenced X and
        three of her colleagues": a group named by the phrase, from its count to its noun
        (a partitive by its count and the noun it counts: "three colleagues"). Only where a
        measure's party stands (an object, a passive subject, the object of a preposition):
        "two officials said" is someone's spokesmen, not a party; and never what a name or a
        people's word in the phrase, or a list after it, says ("23 Russian diplomats" are
        Russia's, "three lenders, Equity Bank, ..." those lenders). `resolve` tries it last."""
        noun, count = tok, None
        if tok.pos_ == "NUM" and has_definite(tok) and not any(c.dep_ == "prep" for c in tok.children):
            # "The three have denied wrongdoing": the group of that count named last
            return next((Mention(tok.i, tok.i + 1, m.actor, "reference") for i, m in reversed(self._counted_groups())
                         if i < tok.i and m.actor.name.split()[0].lower() == tok.lower_), None)
        if tok.pos_ == "NUM" and tok.lower_ in WORD_NUMBERS or tok.like_num and tok.pos_ == "NUM":
            noun = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj" and p.tag_ in {"NNS", "NNPS"}), None)
            count = tok if noun is not None and not any(
                c.dep_ == "det" or (c.dep_ == "poss" and c.lower_ not in {"his", "her", "their", "its"})
                for c in noun.children) else None
            partitive = True
        else:
            count = next((c for c in tok.children if c.dep_ == "nummod" and c.like_num), None)
            partitive = False
        if count is None or noun.tag_ not in {"NNS", "NNPS"} or any(
                c.dep_ in {"det", "poss"} and c.lower_ not in {"his", "her", "their", "its"} for c in tok.children):
            return None
        if WORD_NUMBERS.get(count.lower_, 2) < 2 or not self._party_noun(noun):
            return None
        if any(c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in {"including", "like", "as", "of"} and not (
                partitive and t is tok)) for t in (tok, noun) for c in t.children):
            return None   # (the names listed say who: "three lenders, Equity Bank, ..."; "20 employees of the embassy")
        if any(x.i in self.names or self.gaz.by_demonym.get(x.text) is not None
               for c in noun.lefts if c.dep_ in {"amod", "compound", "nmod"} for x in c.subtree):
            return None   # ("expelled 23 Russian diplomats", "seven UN officials": a state's or a body's agents)
        where = tok
        while where.dep_ == "conj" and where.head.pos_ not in {"VERB", "AUX"}:
            where = where.head
        # (a conjunct hung on the verb is a second object: "sentenced X and three of her colleagues")
        if not (where.dep_ in {"dobj", "nsubjpass"} or (where.dep_ == "conj" and where.head.pos_ in {"VERB", "AUX"}) or (
                where.dep_ == "pobj" and where.head.lower_ in {"against", "on", "for", "of", "to"})):
            return None
        if partitive:
            name = f"{count.text} {noun.text}"
            start, end = tok.i, tok.i + 1
        else:
            start = min([count.i] + [c.left_edge.i for c in tok.lefts if c.dep_ in {"amod", "compound", "nmod"}])
            end = tok.i + 1
            name = self.doc[start:end].text
        name = name[:1].lower() + name[1:] if count.text[:1].isupper() and not count.is_digit else name
        # (kept apart from the history the pronouns read: "they" after "expelled three
        # diplomats" is still whoever it was before)
        # (nor among the known names: "Google" after "two Google engineers" is Google)
        mention = Mention(start, end, Actor(name, "group"), "name")
        if not any(i == tok.i for i, _ in self._counted_groups()):
            self._counted_groups().append((tok.i, mention))
        return mention

    def _counted_groups(self) -> list[tuple[int, Mention]]:
        return self.__dict__.setdefault("_counted_group_list", [])

    def _party_noun(self, noun: Token) -> bool:
        """Whether a plural noun names people or bodies: "ministers", "players", "NGOs"."""
        lem = noun.lemma_.lower()
        return lem in self.lex.private_nouns or lem in self.lex.pair_people_nouns or lem in self.lex.roles \
            or lem in self.lex.counted_party_nouns or (lem,) in self.lex.generic_actors

    def _described(self, tok: Token) -> Mention | None:
        """A body with no name, named by its description where it acts: "an independent
        commission found", "a parliamentary committee said", "fined by a disciplinary
        panel" (not "a new panel", "the club's board", or a body the words name no
        more than its kind)."""
        if tok.tag_ != "NN" or tok.lemma_.lower() not in self.lex.described_bodies:
            return None
        if not (tok.dep_ in {"nsubj", "nsubjpass", "poss"} or (
                tok.dep_ == "pobj" and tok.head.lower_ in {"by", "from"}) or (
                # ("Toshiba set up an independent committee": the body, for "the committee found")
                tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.lex.founding_verbs)):
            return None
        for c in tok.children:
            if c.dep_ == "poss" and tok.dep_ != "dobj":
                # ("Colombia's electoral council disqualified X": the state's organ, as "Norway's
                # data protection authority" is)
                m = self.names.get(c.i)
                if m is not None and m.actor.kind == "state":
                    return Mention(tok.i, tok.i + 1, m.actor, "agent")
                mods = [x for x in tok.lefts if x.dep_ in {"amod", "compound"} and x.pos_ in {"ADJ", "NOUN"}
                        and not x.ent_type_ and x.lower_ not in _PLAIN_MODIFIERS]
                if m is not None and m.person is None and m.actor.kind not in {"person", "state"} and mods \
                        and c.right_edge.i + 1 == min(x.i for x in mods):
                    # ("banned by FIFA's ethics committee", "Facebook's oversight board": a body of
                    # its owner's, named by its description, for "the panel" after it)
                    name = " ".join([m.actor.name, *(x.text for x in mods), tok.text])
                    return self._noted(tok, Mention(tok.i, tok.i + 1, self._canonical(Actor(name, "organization")),
                                                    "name"))
        if any(c.dep_ in {"poss", "nummod"} for c in tok.children):
            return None   # "the club's board" is the club's; "two panels" are no one
        mods = [c for c in tok.lefts if c.dep_ in {"amod", "compound"} and c.pos_ in {"ADJ", "NOUN", "VERB"}
                and not c.ent_type_ and c.lower_ not in _PLAIN_MODIFIERS]
        if not mods or any(c.lower_ in _PLAIN_MODIFIERS for c in tok.lefts):
            return None
        start = min(c.left_edge.i for c in mods)
        name = self.doc[start:tok.i + 1].text
        return self._noted(tok, Mention(start, tok.i + 1, self._canonical(Actor(name, "organization")), "name"))

    def _bare_organ(self, tok: Token) -> Mention | None:
        """An armed or police organ named with no country ("soldiers fired on the crowd",
        "security forces opened fire", "police shot at protesters") after the article has
        named one with its country ("Nigerian soldiers and police killed ..."): that
        country's, as a subject or an agent only."""
        if tok.lemma_.lower() in self.lex.bare_organs and self.__dict__.get("_organ_state") is None and not any(
                c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in tok.children) and (
                tok.dep_ in {"nsubj", "nsubjpass", "dobj"} or (tok.dep_ == "pobj" and tok.head.lower_ == "by")):
            # "accused police of executing suspects" after "the Philippine National Police":
            # the body whose name ends with the organ's noun
            # (and "arrested by detectives" after "Police Scotland": a police force named, `police_people`)
            police = tok.lemma_.lower() in self.lex.police_people
            named = next((m for i, m, _ in reversed(self.history) if i < tok.i and m.person is None
                          and m.actor.kind != "person" and " " in m.actor.name
                          and (m.actor.name.lower().split()[-1] in {tok.lower_, tok.lemma_.lower()}
                               or (police and name_words(m.actor.name) & self.lex.home_organs))), None)
            if named is not None:
                return Mention(tok.i, tok.i + 1, named.actor, "reference")
        state = self.__dict__.get("_organ_state")
        if state is not None and state in self.organ_of and state.name.lower().split()[-1] not in {
                tok.lower_, tok.lemma_.lower()}:
            # another organ than the one named with its country ("Police raided the offices"
            # after "Japanese prosecutors", "soldiers" after "Bolivian police"): the same
            # state's, never the organ named
            state = None if tok.lemma_.lower() in self.lex.home_organs else self.organ_of[state]
        if state is None:
            m = self._home_organ(tok)
            if m is not None:
                return m
        if state is None or tok.lemma_.lower() not in self.lex.bare_organs or any(
                c.dep_ in {"det", "poss", "nummod"} or (c.dep_ in {"amod", "compound"} and c.lower_ not in self.lex.organ_kinds)
                for c in tok.children):
            return None
        if not (tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "pobj" and tok.head.lower_ == "by")):
            return None
        # (only the country the article is about: the one named most often so far, its
        # organs counted)
        counts: dict = {}
        for organ, n in self.__dict__.get("_organ_counts", {}).items():
            if state not in self.organ_of:   # (a named organ counts for its state)
                organ = self.organ_of.get(organ, organ)
            counts[organ] = counts.get(organ, 0) + n
        for i, m, _ in self.history:
            if i < tok.i and m.actor.kind == "state":
                counts[m.actor] = counts.get(m.actor, 0) + 1
        if max(counts.values(), default=0) > counts.get(state, 0):
            return None
        return Mention(tok.i, tok.i + 1, state, "agent")

    def demonym(self, tok: Token):
        """The place a demonym names, of one word or of two ("South Korean", "New Zealand":
        the word before hung on this one), or None."""
        dem = self.gaz.by_demonym.get(tok.text)
        if dem is None and tok.i > 0 and self.doc[tok.i - 1].head.i == tok.i:
            dem = self.gaz.by_demonym.get(f"{self.doc[tok.i - 1].text} {tok.text}")
        return dem

    def resolve_envoy_state(self, tok: Token) -> Mention | None:
        """The state an envoy noun serves, by its demonym or possessive ("the Russian
        ambassador", "Russia's envoy", as `_agent` reads them), whatever name stands beside it."""
        m = self._agent(tok, speaker=None, depth=1)
        return m if m is not None and m.actor.kind == "state" else None

    def _led_by(self, tok: Token, depth: int) -> Mention | None:
        """A group told by who leads it is that leader ("a group of investors led by the
        Labourers' Pension Fund", "a coalition of rights groups led by Amnesty"): the party
        the news names it by (`leading_verbs`)."""
        if tok.pos_ != "NOUN":
            return None
        holders = [tok] + [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for p in prep.children if p.dep_ == "pobj"]
        for h in holders:
            for acl in h.children:
                if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in self.lex.leading_verbs:
                    for agent in acl.children:
                        if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                            for p in agent.children:
                                if p.dep_ == "pobj":
                                    m = self.names.get(p.i) or self.resolve(p, depth=depth + 1)
                                    if m is not None and m.actor.kind != "person" and m.person is None:
                                        return Mention(tok.i, tok.i + 1, m.actor, "agent")
        return None

    def _home_organ(self, tok: Token) -> Mention | None:
        """The police with no country named ("Police said ...", "federal police accused ...",
        "was arrested by the police") in a story set in one state (`home_state`: its
        dateline, else the state it names most): that state's police, named as the news names
        a state's organ ("Brazilian federal police"), the state's organ (`organ_of`). Only as
        a subject, an agent or an object, and only with words of its kind before it
        (`organ_kinds`; not "local police", "two police")."""
        if tok.lemma_.lower() not in self.lex.home_organs or not (
                tok.dep_ in {"nsubj", "nsubjpass", "dobj"} or (tok.dep_ == "pobj" and tok.head.lower_ == "by")):
            return None
        dateline = self.__dict__.get("_dateline", set())
        kinds = [c for c in tok.lefts if c.dep_ in {"amod", "compound"} and c.i not in dateline]
        if any(c.dep_ not in {"det", "amod", "compound", "punct"} for c in tok.children if c.i < tok.i) or any(
                c.lower_ not in self.lex.organ_kinds for c in kinds) or any(
                c.dep_ == "det" and c.lower_ != "the" for c in tok.children):
            return None
        home = self.home_state()
        if home is None:
            return None
        state = Actor(home.name, home.kind)
        # (the demonym nearest the state's name: "Philippine", not "Filipino")
        demonym = max(home.demonyms, key=lambda d: (len(os.path.commonprefix([d, home.name])), -len(d)),
                      default=home.name)
        words = [demonym, *(c.lower_ for c in kinds), tok.lower_]
        actor = self._canonical(Actor(" ".join(words), "government"))
        self.organ_of.setdefault(actor, state)
        return self._noted(tok, Mention(tok.i, tok.i + 1, actor, "agent"))

    def _named_organ(self, demonym: Token, tok: Token) -> Mention | None:
        """A state's police, army, navy or coast guard named by the state's adjective right
        before it ("Bolivian police", "the Philippine coast guard", "Nigerian security
        forces"): an actor of its own (`named_organs`), as the news names it; troops,
        soldiers and officials stay their state's."""
        between = self.doc[demonym.i + 1:tok.i]
        low = tok.lemma_.lower()
        if demonym.dep_ not in {"amod", "compound"} or low not in self.lex.named_organs or \
                not all(t.lower_ in self.lex.organ_kinds or t.lower_ in self.lex.named_organs for t in between):
            return None
        words = [t.lower_ for t in between] + [low if tok.tag_ != "NNS" else tok.lower_]
        if low == "force" and not between:
            return None   # ("Russian forces": the state's)
        name = " ".join([demonym.text, *words])
        return self._noted(tok, Mention(demonym.i, tok.i + 1, self._canonical(Actor(name, "government")), "name"))

    def _note_organ(self, tok: Token, state: Actor) -> None:
        """An armed or police organ named with its country: the country's, for the bare
        organs after it (`_bare_organ`)."""
        seen = self.__dict__.setdefault("_organ_seen", set())
        if tok.i in seen:
            return   # (a token resolved twice is one mention)
        seen.add(tok.i)
        self.__dict__["_organ_state"] = state
        counts = self.__dict__.setdefault("_organ_counts", {})
        counts[state] = counts.get(state, 0) + 1

    def _noted(self, tok: Token, mention: Mention) -> Mention:
        """Keep a party found by description, or by a name the recogniser missed, in the
        history, for the pronouns after it."""
        if not any(i == tok.i for i, _, _ in self.history):
            self._remember(tok.i, mention)
            self.history.sort(key=lambda x: x[0])
        return mention

    def _holders_office(self, tok: Token) -> Mention | None:
        """An office named by the one who holds it ("the special prosecutor's office",
        "the attorney general's office", "the public prosecutor's office in Seoul", "the
        special counsel team", "the prosecution team"): a body
        of its own, named by the phrase, when no name stands in it ("Seoul's prosecutor's
        office" and "the office of Prosecutor Kim" are read as the names say)."""
        if tok.lemma_.lower() not in self.lex.office_nouns or tok.pos_ != "NOUN":
            return None
        holder = next((c for c in tok.children if c.dep_ in {"poss", "compound"} and c.pos_ == "NOUN"
                       and c.i < tok.i and c.lemma_.lower() in self.lex.office_holders), None)
        if holder is None or any(t.i in self.names or t.ent_type_ in {"PERSON", "GPE", "ORG"}
                                 for t in holder.subtree):
            return None
        named = self._reference(holder)
        if named is not None:
            # ("the regulator's office" after "the Financial Conduct Authority": that body's own)
            return Mention(tok.i, tok.i + 1, named.actor, "reference", named.person)
        # (named from the holder's first word that is no article: "special prosecutor's office")
        start = min(t.i for t in [*holder.subtree, *(c for c in tok.children if c.dep_ == "amod" and c.i < holder.i)]
                    if t.dep_ != "det" and t.tag_ != "POS")
        name = self.doc[start:tok.i + 1].text
        return self._noted(tok, Mention(start, tok.i + 1, self._canonical(Actor(name, "government")), "name"))

    def _participle_object(self, tok: Token) -> Mention | None:
        """A description accused by a participle ("filed a suit against Standard & Poor's,
        accusing the nation's largest ratings agency of fraud", "fined the bank, accusing the
        lender of ..."): the body the act the participle goes with was taken against, as a
        pronoun there is."""
        verb = tok.head
        if tok.dep_ != "dobj" or not has_definite(tok) or verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp"} \
                or (verb.lemma_.lower(),) not in self.lex.actions["accuse"].verbs:
            return None
        for x in _acted_on(verb, tok.i):
            m = self.resolve(x, depth=2)
            if m is not None and m.person is None and m.actor.kind in NON_PERSON - {"state"}:
                return Mention(tok.i, tok.i + 1, m.actor, "reference")
        return None

    def _premises_owner(self, tok: Token) -> Mention | None:
        """"The Tokyo offices of Vantor Systems": the owner, not the place ("the Canberra home
        of Annika Smethurst": a person's, for a dwelling, `dwelling_nouns`)."""
        if tok.lemma_.lower() not in self.lex.premises_nouns:
            return None
        for pobj in (p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"):
            m = self.names.get(pobj.i)
            if m is not None and (m.actor.kind != "person" or tok.lemma_.lower() in self.lex.dwelling_nouns):
                return Mention(tok.i, tok.i + 1, m.actor, "agent")
        return None

    def _agent(self, tok: Token, *, speaker: Mention | None, depth: int) -> Mention | None:
        """An agent noun stands for the actor in its modifiers ("the Russian state",
        "British counter-terrorism police", where "British" hangs on "counter")."""
        m = self._premises_owner(tok)
        if m is not None:
            return m
        if tok.lemma_.lower() in self.lex.unit_nouns:
            # "the Nigerian unit of MTN Group": the firm's own unit, not the state it works in
            for pobj in (p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"):
                m = self.names.get(pobj.i)
                if m is not None and m.actor.kind not in {"person", "state"}:
                    return Mention(tok.i, tok.i + 1, m.actor, "agent")
        office = self._holders_office(tok)
        if office is not None:
            return office
        mods = [c for c in tok.children if c.dep_ in {"compound", "amod", "poss", "nmod", "npadvmod"} and c.i < tok.i]
        mods += [g for c in mods if c.dep_ == "compound" for g in c.children
                 if g.dep_ in {"amod", "compound"} and g.i < c.i and g.ent_type_ == "NORP"]
        for child in mods:
            dem = self.demonym(child)
            m = self.names.get(child.i)
            if m is None and dem is None:
                m = self.resolve(child, speaker=speaker, depth=depth + 1)
            if m is None and dem is None and child.dep_ == "compound" and child.pos_ == "NOUN" \
                    and child.lemma_.lower() in self.lex.references.get("company", frozenset()) \
                    and tok.lemma_.lower() in self.lex.private_nouns | self.lex.counted_party_nouns:
                # ("Bank employees had forged signatures", "company executives": the firm the
                # article is about, as "company spokesperson Maria Lopez" speaks for it)
                m = self._reference(child, definite=True)
                m = m if m is not None and m.person is None else None
            state = dem.kind == "state" if dem is not None else m is not None and m.actor.kind == "state"
            if state and child.dep_ != "poss" and tok.tag_ == "NN" \
                    and tok.lemma_.lower() in self.lex.company_group_nouns and not state_run(tok, self.lex.state_owned):
                # "the Chinese timber company", "a Russian bank": a firm of that country, never its
                # state; the firm named before, when the article refers back to one
                return self._reference(tok) if has_definite(tok) else None
            if state and child.dep_ != "poss" and tok.tag_ in {"NNS", "NNPS"} \
                    and tok.lemma_.lower() in self.lex.private_nouns:
                # "two US law firms", "Chinese companies": people or firms of a
                # country, not its state ("China's companies" stay China's)
                name = self.doc[min(child.i, *(c.i for c in mods if c.dep_ != "poss")):tok.i + 1].text
                return self._noted(tok, Mention(tok.i, tok.i + 1, self._canonical(Actor(name, "group")), "name"))
            if m is not None and m.actor.kind == "person" and tok.lemma_.lower() in self.lex.follower_nouns:
                # ("Yunus's supporters say ...": their own group, not Yunus)
                name = self.doc[child.left_edge.i:tok.i + 1].text
                return self._noted(tok, Mention(child.left_edge.i, tok.i + 1,
                                                self._canonical(Actor(name, "group")), "name"))
            if m is not None and m.via == "name" and child.dep_ == "compound" and tok.tag_ == "NN" \
                    and tok.lemma_.lower() in self.lex.governing_nouns and (m.actor.kind == "person" or (
                        # (a leader's surname the recogniser took for a body's name; not a named
                        # party's: "the Hamas government")
                        m.actor.kind == "organization" and " " not in m.actor.name
                        and not m.actor.name.isupper() and m.actor.name not in self.gaz.by_form)):
                # "the Trump administration", "the Maduro government": the government its leader
                # names, not the leader (and "the administration" after it)
                name = self.doc[child.left_edge.i:tok.i + 1].text
                # (its own actor, not the leader's that its name holds: `_canonical` would
                # merge the two)
                gov = next((k for k in self.known if name_words(k.name) == name_words(name)), None)
                if gov is None:
                    gov = Actor(name, "government")
                    self.known.append(gov)
                return self._noted(tok, Mention(child.left_edge.i, tok.i + 1, gov, "name"))
            if m is not None and tok.lemma_.lower() in self.lex.governing_nouns and child.dep_ == "poss":
                # "his government", "Karimov's administration": the state the leader speaks for,
                # not the leader
                led = m.actor if m.person is not None else self.affiliation.get(m.actor)
                if led is not None and led.kind in {"state", "government"}:
                    return Mention(tok.i, tok.i + 1, led, "agent")
            if m is not None:
                via = m.via if m.via in {"pronoun", "reference"} else "agent"
                if state and tok.lemma_.lower() in self.lex.bare_organs:
                    self._note_organ(tok, m.actor)   # ("Nigerian soldiers", then "soldiers")
                return Mention(tok.i, tok.i + 1, m.actor, via, m.person)
            if dem is not None:
                organ = self._named_organ(child, tok) if state else None
                if organ is not None:
                    # "Bolivian police arrested ...", "the Philippine coast guard": the organ itself
                    # (and the state's own: its denial answers what the organ is accused of)
                    self._note_organ(tok, organ.actor)
                    self.organ_of.setdefault(organ.actor, Actor(dem.name, dem.kind))
                    return organ
                if state and tok.lemma_.lower() in self.lex.bare_organs:
                    self._note_organ(tok, Actor(dem.name, dem.kind))
                return Mention(tok.i, tok.i + 1, Actor(dem.name, dem.kind), "agent")
        following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        # ("accused the authorities in Chisinau of ...", the parser hanging "in" on the verb:
        # the place right after the organ's noun is still where it serves)
        hung = [following] if following is not None and following.lower_ == "in" and following.dep_ == "prep" \
            and following.head == tok.head and tok.dep_ in {"dobj", "nsubj", "nsubjpass"} else []
        for child in [*tok.children, *hung]:
            # ("auditors at EY", "engineers at Google": where they work)
            if child.dep_ == "prep" and child.lower_ in {"of", "for", "from", "at"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        # (or the name in apposition: "employees of Russian state media outlet RT")
                        named = [pobj] + [a for a in pobj.children if a.dep_ == "appos"]
                        m = next((self.names[n.i] for n in named if n.i in self.names), None)
                        if m is None and child.lower_ in {"for", "of"} and depth < 2 and pobj.pos_ in {"NOUN", "PROPN"} \
                                and pobj.lemma_.lower() in self.lex.agent_nouns:
                            # "a spokesperson for Norway's foreign ministry": the body, by its own noun
                            # ("agents of the North Korean regime": the state, by its regime)
                            m = self._agent(pobj, speaker=speaker, depth=depth + 1)
                        if m is None and depth < 2 and pobj.pos_ == "NOUN" and has_definite(pobj) \
                                and tok.lemma_.lower() in self.lex.private_nouns | self.lex.counted_party_nouns:
                            # ("employees of the bank", "traders at the firm": the body the
                            # article refers back to by its kind, when they are people who work
                            # for one; not "a nerve agent of the Novichok group")
                            m = self._reference(pobj)
                            m = m if m is not None and m.person is None and m.actor.kind in NON_PERSON else None
                        if m is not None and (m.actor.kind != "person" or (
                                child.lower_ == "of" and tok.lemma_.lower() in self.lex.deed_nouns) or (
                                # ("a report released by the office of Attorney General Letitia
                                # James": the office-holder's, as "her office" is)
                                child.lower_ == "of" and tok.lemma_.lower() in self.lex.office_nouns
                                and has_definite(tok) and m.person is None) or (
                                # ("lawyers for Petrov said": they speak for him, as "Petrov's lawyer")
                                child.lower_ == "for" and tok.lemma_.lower() in self.lex.roles)):
                            return Mention(tok.i, tok.i + 1, m.actor, "agent")
            if child.dep_ == "prep" and child.lower_ == "in" and (
                    tok.lemma_.lower() in self.lex.bare_organs | self.lex.prosecuting_nouns
                    | self.lex.references.get("state", frozenset()) or (
                        tok.lemma_.lower() in self.lex.seated_people and tok.tag_ == "NNS")) \
                    and not any(c.dep_ in {"det", "poss"} and c.lower_ not in {"the"} for c in tok.children):
                # ("police in Uganda", "prosecutors in Brazil", "authorities in Beijing", "officials
                # in Seoul": the state's own organs, where they serve; not "militias in Syria" nor
                # "investors in Adani")
                for pobj in (p for p in child.children if p.dep_ == "pobj"):
                    dem = self.gaz.by_form.get(pobj.text)
                    m = self.names.get(pobj.i)
                    state = m.actor if m is not None else (Actor(dem.name, dem.kind) if dem is not None else None)
                    if state is not None and state.kind == "state" and state.name in self.gaz.by_name:
                        return Mention(tok.i, tok.i + 1, state, "agent")
                    if state is not None and state.kind == "state" and m is not None:
                        # (a city or a region the recogniser took for a state, "prosecutors in
                        # Brooklyn", "the health ministry in Gaza", is where the organ sits: the
                        # organ is named with it, not by it)
                        words = [c.text for c in tok.lefts if c.dep_ in {"amod", "compound"}]
                        actor = self._canonical(Actor(" ".join([*words, tok.text, "in", state.name]), "government"))
                        return self._noted(tok, Mention(tok.i, tok.i + 1, actor, "agent"))
        if tok.lemma_.lower() in self.lex.document_nouns and depth < 2:
            # "a report by UN investigators", "a report published by Microsoft": the author
            author = self._document_author(tok)
            if author is not None:
                return Mention(tok.i, tok.i + 1, author.actor, "agent", author.person)
        if tok.lemma_.lower() in self.lex.report_nouns | self.lex.document_nouns \
                and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            # "The Parliament adopted a resolution that describes ...": the author
            for subj in tok.head.children:
                if subj.dep_ == "nsubj":
                    m = self.resolve(subj, speaker=speaker, depth=depth + 1)
                    if m is not None:
                        return Mention(tok.i, tok.i + 1, m.actor, "agent", m.person)
        return None

    def _formal_names(self, actor: Actor) -> tuple[str, ...]:
        known = self.gaz.by_name.get(actor.name)
        return (actor.name, *known.aliases) if known is not None else (actor.name,)

    def _reference(self, tok: Token, before: int | None = None, exclude: tuple = (),
                   definite: bool = False) -> Mention | None:
        """'the company', 'the kingdom', 'the prime minister' -> earlier actor
        (`definite`: the caller knows the noun is definite where the parse
        hung its article elsewhere, "fined the bank 30 million pounds")."""
        if not (definite or has_definite(tok)):
            return None
        if any(c.dep_ == "acl" or (c.dep_ == "relcl" and c.doc[c.left_edge.i - 1].text != ",")
               for c in tok.children if c.i > tok.i):
            # a description that tells which one itself is a first mention, not a
            # reference back: "the Saudi-led coalition fighting in Yemen", "the
            # company that runs the port" (but "the company, which denied it,")
            return None
        limit = tok.i if before is None else before
        lemma = tok.lemma_.lower()
        if lemma == "force" and tok.tag_ == "NN" and not any(c.dep_ in {"amod", "compound"} for c in tok.children):
            # "the force" after "South Yorkshire Police": the police force named before (`home_organs`
            # in its name), not the state a force may be an organ of
            police = [m for i, m, _ in reversed(self.history) if i < limit and m.actor not in exclude
                      and m.person is None and name_words(m.actor.name) & self.lex.home_organs]
            if police:
                return Mention(tok.i, tok.i + 1, police[0].actor, "reference")
        if lemma in self.lex.scheme_nouns and any(
                c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.children if c.i < tok.i):
            return None   # ("the subsidy regime", "the sanctions regime": a scheme, no government)
        if lemma in self.titled and tok.tag_ == "NN" and self.person_roles.get(lemma) in {None, self.titled[lemma]} \
                and not any(c.dep_ in {"compound", "amod"} and c.lower_ not in _PLAIN_MODIFIERS for c in tok.children) \
                and (lemma not in self.lex.roles or any(c.lower_ in _PLAIN_MODIFIERS for c in tok.children)):
            # "the sheikh" after "Sheikh Ahmad al-Sabah": the person the title was given to
            # (and "the former general" after "General Sami Anan": a title that is a role,
            # held by no one else the article named with it)
            return Mention(tok.i, tok.i + 1, self.titled[lemma], "reference")
        if lemma in self.lex.roles:
            person = self.person_roles.get(lemma)
            if person is None and lemma in self.lex.cut_ties_envoys:
                # "the envoy" after "the US ambassador, Brian Nichols": one post, named either way
                envoys = {self.person_roles[w] for w in self.lex.cut_ties_envoys if w in self.person_roles}
                person = next((x for i, m, _ in reversed(self.history) if i < limit
                               for x in (m.person, m.actor) if x in envoys), None)   # (of several, the latest named)
            told = {c.lower_ for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i}
            if person is not None and not told <= self.role_words.get(person, frozenset()):
                # "the chief election commissioner" is not "the commissioner of Rawalpindi
                # division": a role told with words the person's own role lacks is another's
                return None
            if person is None:
                for i, m, is_subj in reversed(self.history):
                    held = self.role_words.get(m.actor, frozenset())
                    if i < limit and is_subj and m.actor.kind == "person" and m.person is None \
                            and not (held & self.lex.rank_words) - told \
                            and not (held & self.lex.roles and lemma not in held
                                     and not (lemma == "premier" and "minister" in held)):
                        # (not one named with another office: "the President" is not "Solicitor
                        # General Jose Calida")
                        # (not one whose role has a rank the reference lacks: "his vice-president")
                        person = m.actor
                        break
            if person is None:
                # "the official" after "An FTC official said": the body the role was named with
                for i, m, _ in reversed(self.history):
                    if i < limit and self.doc[i].lemma_.lower() == lemma and m.actor.kind != "person":
                        return Mention(tok.i, tok.i + 1, m.actor, "reference", m.person)
                return None
            inst = self.affiliation.get(person)
            for t in tok.subtree:
                dem = self.gaz.by_demonym.get(t.text)
                if dem is not None and inst is None:
                    inst = Actor(dem.name, dem.kind)
                    self.affiliation[person] = inst
            return Mention(tok.i, tok.i + 1, inst or person, "reference", person)
        kinds = {k for k, words in self.lex.references.items() if lemma in words}
        if tok.tag_ in {"NNS", "NNPS"}:
            kinds.discard("person")   # ("the players" are not the last person named)
        if not kinds:
            return None
        bodies = self.lex.references.get("government", frozenset()) | \
            self.lex.references.get("international_org", frozenset())
        if kinds & {"government", "international_org", "organization", "state"}:
            # "the ministry" after "the Ministry of External Affairs": the body
            # whose own name holds the noun (and its modifiers: "the security
            # service" is not the Federal Protective Service), before any body
            # of a fitting kind
            described = {lemma} | {c.lower_ for c in tok.children
                                   if c.dep_ in {"compound", "amod"} and c.i < tok.i}
            fits = [(i, m, is_subj) for i, m, is_subj in reversed(self.history)
                    if i < limit and m.actor not in exclude and m.person is None and
                    m.actor.kind != "person" and described <= name_words(m.actor.name)
                    and headed_by(m.actor.name, lemma)]
            if not fits and lemma in self.lex.described_bodies and described == {lemma}:
                # ("the panel" after "FIFA's ethics committee": a body described by a word of
                # its kind, before any other body of a fitting kind)
                fits = [(i, m, is_subj) for i, m, is_subj in reversed(self.history)
                        if i < limit and m.actor not in exclude and m.person is None and m.actor.kind != "person"
                        and m.actor.name.lower().split()[-1] in self.lex.described_bodies]
            if fits:
                # (of two in the latest sentence that names one, its subject: "The Kenya
                # Revenue Authority said the audit, run with the Capital Markets Authority,
                # ... According to the authority" is the first)
                latest = self.sentence_no(self.doc[fits[0][0]])
                here = [f for f in fits if self.sentence_no(self.doc[f[0]]) == latest]
                i, m, _ = next((f for f in here if f[2]), here[0])
                return Mention(tok.i, tok.i + 1, m.actor, "reference", m.person)
        if kinds & {"government", "international_org", "state"} and (lemma in bodies or lemma in self.lex.cut_ties_missions):
            # "The ministry accused ..." after "Israel's foreign ministry said ...": the party
            # the same noun stood for in the last three sentences, before any other body or
            # state named since ("what it called a blood libel by South Africa")
            # (a state's organ: "Israel's foreign ministry" stood for Israel, and so did
            # "Algeria's mission to the EU" for "the mission"; not where the sentence says
            # it speaks from, "In Baku, the defence ministry")
            same = self._same_noun(tok, limit, exclude, within=3)
            if same is not None and same.actor.kind == "state" and self._state_where(tok) is None:
                return same
        public = frozenset()
        firms = self.lex.references.get("company", frozenset())
        if lemma in firms and lemma not in self.lex.references.get("group", frozenset()):
            # "the club", "the company": no body whose name says it is of another sort
            # ("the club itself" after "the Italian Football Federation" is Juventus)
            public = (bodies | self.lex.references.get("organization", frozenset())) - firms
        if kinds == {"company"}:
            # "the airline", "the miner": a firm, never a body whose name says it is
            # public ("accusing the airline of ..." after the European Union Aviation
            # Safety Agency, "fined the miner" after the Superintendency of the Environment)
            public = public | (bodies - firms)
        if "company" in kinds:
            kinds.add("organization")   # a company the name did not tell ("the company" after "Boeing")
        # (a press agency is no ministry, whatever kind its name was guessed to be)
        press = frozenset() if "media" in kinds else \
            self.lex.references.get("media", frozenset()) | self.lex.press_words
        # (a body named by its description is named again by its own noun: "the
        # commission" after "an independent commission", never "the club")
        # (nor a law named as an actor: "the lender" after "the Anti-Homosexuality Act" is no law)
        laws = self.lex.law_names if lemma not in self.lex.law_names else frozenset()
        fits = [(i, m, is_subj) for i, m, is_subj in reversed(self.history)
                if i < limit and m.actor not in exclude and not name_words(m.actor.name) & press
                and not (" " in m.actor.name and last_word(m.actor.name) in laws)
                and not (m.actor.kind != "company" and name_words(m.actor.name) & public)
                and not (m.actor.name.islower() and last_word(m.actor.name) in self.lex.described_bodies
                         and last_word(m.actor.name) != lemma)
                # ("the government" is never a public body of another sort, a legislature or a
                # party: "the ruling Nepali Congress ... the government's decision" is Nepal's)
                # ("the administration" may still be the White House)
                and not (lemma == "government" and m.actor.kind == "government" and not any(
                    headed_by(m.actor.name, g) for g in self.lex.governing_nouns)) and (
                    m.actor.kind in kinds or (
                        kinds & {"government", "international_org"} and m.actor.kind == "organization"
                        and last_word(m.actor.name) in bodies
                        # ("the government" is never a union or an agency: a body named a government)
                        and (lemma not in self.lex.governing_nouns or headed_by(m.actor.name, lemma))))]
        # (an organisation whose name says it is a body: "the agency" after "the
        # Fair Trade Commission", whose kind the name did not tell). Among those
        # named in the last three sentences, the one the article has named most
        # often so far, then the latest: "the security service" after "The FSB
        # said it had uncovered the operation together with the Federal
        # Protective Service" is the FSB. (Preferring the latest subject was
        # tried and lost more than it won.)
        # (a place the gazetteer does not know is a weak state: the recogniser tags
        # people as places, "Olympic medallist Bajrang Punia")
        # ("the country", "the state", "the kingdom" may still be a place it does not know)
        fits = [f for f in fits if f[1].actor.kind != "state" or self.known_state(f[1].actor)
                or lemma in self.lex.state_forms | {"country", "nation", "state"}]
        # (a name inside another's apposition is what describes it, not who is
        # meant: "Activision Blizzard, the publisher of Call of Duty and Overwatch,
        # ... the company" is Activision Blizzard)
        fits = [f for f in fits if not self._inside_apposition(self.doc[f[0]], f[1].actor)]
        if "person" in kinds:
            # ("Veldia arrested the journalist" after "Prime Minister Jan Kowal said": one named
            # with an office is not named again by another trade, save one an office-holder
            # also is, "the politician", "the businessman")
            fits = [f for f in fits if f[1].actor.kind != "person" or not self.role_words.get(f[1].actor)
                    or lemma in self.role_words[f[1].actor] or lemma in self.lex.office_trades]
        if lemma == "family":
            # ("the family has denied wrongdoing": a family named as one, "Amini's family",
            # never the group named last, "prosecutors")
            fits = [f for f in fits if "famil" in f[1].actor.name.lower()]
        if lemma not in self.lex.judicial_bodies | {"judge", "body", "panel"}:
            # ("accused the regulator of ...": a regulator, an agency or a ministry is no court)
            fits = [f for f in fits if not name_words(f[1].actor.name) & self.lex.judicial_bodies]
        elif lemma in self.lex.judicial_bodies:
            # (and a court is a court: "go to the court of appeal" after "the Federal Cartel
            # Office fined Facebook" is no reference to the office)
            fits = [f for f in fits if name_words(f[1].actor.name) & self.lex.judicial_bodies]
        if lemma in bodies and lemma not in self.lex.references.get("company", frozenset()):
            # "the watchdog", "the regulator": a body whose kind or name says it is one, before
            # an organisation of unknown kind ("WhatsApp") named more often nearby
            official = [f for f in fits if f[1].actor.kind in {"government", "international_org", "state"}
                        or name_words(f[1].actor.name) & bodies]
            fits = official or fits
        if not fits:
            # "the regulator" after "Slovakia's drug regulator said", which stood for its
            # state: the party the same noun stood for, when no body of a fitting kind was named
            same = self._same_noun(tok, limit, exclude)
            if same is None and lemma in {"country", "nation"} and tok.dep_ == "poss" and (
                    tok.head.lemma_.lower() in bodies or tok.head.lemma_.lower() in self.lex.agent_nouns):
                # "NEW DELHI - The country's food safety regulator ...": an organ of the state
                # the story is set in (its dateline), when no state was named yet (not "the
                # country's logistics system", which is no party)
                home = self.home_state()
                if home is not None and Actor(home.name, home.kind) not in exclude:
                    return Mention(tok.i, tok.i + 1, Actor(home.name, home.kind), "reference")
            return same
        if "state" in kinds and lemma in self.lex.state_forms:
            # "the kingdom" is a kingdom: a state whose own name says so (Saudi
            # Arabia, "Kingdom of Saudi Arabia"), not the latest state named
            formal = [f for f in fits if any(lemma in name_words(n) for n in self._formal_names(f[1].actor))]
            fits = formal or fits
        recent = self.sentence_no(tok) - 3
        near = [f for f in fits if self.sentence_no(self.doc[f[0]]) >= recent]
        if len(near) > 1 and "state" not in kinds:   # (a state's organ is the latest state's)
            counts: dict = {}
            for _i, m, _s in self.history:
                if _i < limit:
                    counts[m.actor] = counts.get(m.actor, 0) + 1
            best = max(near, key=lambda f: counts.get(f[1].actor, 0))   # max keeps the first (latest) on ties
            return Mention(tok.i, tok.i + 1, best[1].actor, "reference")
        # (a body's noun is the body, not a person who once spoke for it: "The panel said it
        # ..." is the panel's "it")
        i, m, _ = fits[0]
        return Mention(tok.i, tok.i + 1, m.actor, "reference")

    def _same_noun(self, tok: Token, limit: int, exclude: tuple, within: int | None = None) -> Mention | None:
        """The party the same noun last stood for before `limit` ("the regulator" after
        "Slovakia's drug regulator said", "the ministry" after "Israel's foreign ministry"),
        within the last `within` sentences when given."""
        low, oldest = tok.lemma_.lower(), self.sentence_no(tok) - within if within is not None else 0
        for i, m, _ in reversed(self.history):
            if i < limit and m.actor not in exclude and m.person is None and \
                    self.doc[i].pos_ in {"NOUN", "PROPN"} and self.doc[i].lemma_.lower() == low:
                if self.sentence_no(self.doc[i]) < oldest:
                    return None
                return Mention(tok.i, tok.i + 1, m.actor, "reference")
        return None

    def _inside_apposition(self, tok: Token, actor: Actor) -> bool:
        """Whether `tok` lies inside an apposition to another organisation's name
        (a person's apposition names where the person works: "Tom Reed, the chief
        executive of Orbis Bank" leaves Orbis Bank a company to refer back to)."""
        t = tok
        for _ in range(6):
            if t.dep_ == "appos":
                named = self.names.get(t.head.i)
                return named is not None and named.actor != actor and named.actor.kind != "person" \
                    and named.person is None
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    def definite_reference(self, tok: Token, exclude: tuple = ()) -> Mention | None:
        """A description read as definite: see `_reference`."""
        return self._reference(tok, exclude=exclude, definite=True)

    def _bench(self, tok: Token, before: int | None) -> Mention | None:
        """"the judge", "the magistrate" with no name (`judging_nouns`): the court named last,
        a few sentences back at most ("appeared before the Kisutu Resident Magistrate's
        Court ... The magistrate remanded him in custody")."""
        limit = tok.i if before is None else before
        here = self.sentence_no(tok)
        for i, m, _ in reversed(self.history):
            if i < limit and here - self.sentence_no(self.doc[i]) <= self.ACT_REACH and m.person is None \
                    and any(w in self.lex.judicial_bodies for w in m.actor.name.lower().split()):
                return Mention(tok.i, tok.i + 1, m.actor, "reference")
        return None

    def _counterpart(self, tok: Token, before: int | None) -> Mention | None:
        """"its Baltic neighbour", "its ally" (`counterpart_nouns`, singular, owned by a
        state): the latest other state named before it ("Russia downgraded relations with
        its Baltic neighbour" after Estonia)."""
        if tok.tag_ != "NN" or tok.lemma_.lower() not in self.lex.counterpart_nouns:
            return None
        owners = [m for p in tok.children if p.dep_ == "poss" for m in [self.resolve(p)] if m is not None]
        if len(owners) != 1 or owners[0].actor.kind != "state":
            return None
        limit = tok.i if before is None else before
        for i, m, _ in reversed(self.history):
            if i < limit and m.actor != owners[0].actor and m.actor.kind == "state" and m.person is None:
                return Mention(tok.i, tok.i + 1, m.actor, "reference")
        return None

    QUOTE_OPEN = ("\"", "\u201c")

    def _quote_goes_on(self, tok: Token) -> Mention | None:
        """"We" in a quotation that is a sentence of its own, right after a quotation told by
        someone: the same speaker goes on ('"The targeting of Americans is unacceptable," she
        said. "We condemn the detention in the strongest terms."').
        """
        sent = tok.sent
        words = [t for t in sent if not t.is_space]
        if not words or words[0].text not in self.QUOTE_OPEN:
            return None
        closing = [t for t in words if t.text in {"\"", "\u201d"} and t.i > words[0].i]
        if not closing and sent.end < len(self.doc) and self.doc[sent.end].text in {"\"", "\u201d"}:
            closing = [self.doc[sent.end]]   # (the closing mark parsed into the next sentence)
        if not closing or any(t.i > closing[-1].i and not t.is_punct for t in words):
            return None   # (something told after the quotation: its own attribution)
        here = self.sentence_no(tok)
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        if not any(t.text in self.QUOTE_OPEN or t.text == "\u201d" for t in before):
            return None
        told = [m for no, m in self.speakers if no == here - 1]
        if not told:
            return None
        m = told[-1]
        return Mention(tok.i, tok.i + 1, m.actor, "pronoun", m.person)

    def _pronoun(self, tok: Token, *, speaker: Mention | None = None,
                 before: int | None = None, exclude: tuple = ()) -> Mention | None:
        low = tok.lower_
        limit = tok.i if before is None else before
        if low == "it" and _cleft(tok):
            return None   # ("It was Hamas, he said, that bore responsibility": no one is "it")
        if tok.dep_ == "poss" and exclude:
            # a possessive bound to the actor itself is nobody else's ("Saudi Arabia
            # said it was closing its land border with Qatar": not the next actor back)
            own = self._pronoun(tok, speaker=speaker, before=before)
            if own is not None and own.actor in exclude:
                return None
            verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            mate = {"its": "it", "their": "they"}.get(low)
            if verb is not None and mate is not None and any(
                    c.dep_ == "nsubj" and c.lower_ == mate for c in verb.children):
                # (nor one bound to its clause's subject pronoun, which the actor is:
                # "Anan's campaign said it was suspending its activities")
                return None
        if speaker is None and low in PRONOUNS_SELF:
            quoted = self._quote_goes_on(tok)
            if quoted is not None:
                return quoted
        if speaker is not None:
            if low in PRONOUNS_SELF:
                return speaker
            said = tok.head.head if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" else None
            if low == "it" and said is not None and said.dep_ == "advcl" and any(
                    m.lower_ in {"after", "once", "when", "because"} for m in said.children if m.dep_ == "mark"):
                # "Orbis was fined after the regulator found that it had broken the rules": the
                # party the main clause's measure fell on, not the finder
                for s in (c for c in said.head.children if c.dep_ == "nsubjpass"):
                    m = self.resolve(s, depth=2)
                    if m is not None and m.person is None and m.actor.kind in NON_PERSON \
                            and m.actor != speaker.actor:
                        return Mention(tok.i, tok.i + 1, m.actor, "pronoun")
            if low in PRONOUNS_THING and speaker.person is None and (
                    speaker.actor.kind != "person" or " " not in speaker.actor.name) and not (
                    tok.dep_ == "poss" and tok.i < speaker.start and tok.sent.start <= speaker.start < tok.sent.end):
                # (a one-word name the recogniser took for a person, then called "it": "Wirecard
                # said that it would take legal action" is the firm, not the last firm before it)
                # (a possessive told before its sentence names the speaker goes back to a party
                # named before: "The FCA fined Barclays. Its traders had manipulated the rate,
                # the regulator said")
                return speaker
            if low in PRONOUNS_THING and speaker.actor.kind == "person" and speaker.via != "name" and \
                    0 < speaker.end <= len(self.doc) and self.doc[speaker.end - 1].tag_ == "NN" and \
                    self.doc[speaker.end - 1].lemma_.lower() in self.lex.agent_nouns and \
                    self.doc[speaker.end - 1].lemma_.lower() not in self.lex.roles:
                # a body that acts for one person is "it": "Her defence said it would appeal",
                # "Trump's campaign said it would sue" (the person's; not a role, "his lawyer")
                return speaker
            if low in PRONOUNS_PERSON and speaker.person is not None or \
                    (low in PRONOUNS_PERSON and speaker.actor.kind == "person"):
                return speaker
        if low in PRONOUNS_PERSON:
            # ("his wife, Yeganeh Salehi ... charged him": never her)
            other = "m" if low in {"she", "her", "hers"} else "f"
            want = lambda m: (m.person is not None or m.actor.kind == "person") and \
                self.sex.get(m.person or m.actor) != other  # noqa: E731
        elif low in PRONOUNS_THING:
            # (a plural group is "they", not "it": "Qatari citizens ... It accused Qatar")
            want = lambda m: m.person is None and m.actor.kind in NON_PERSON and not self.plural_group(m)  # noqa: E731
            if tok.dep_ == "poss" and tok.head.lemma_.lower() in self.lex.firm_roles:
                # a firm's officer is a firm's: "Ada Obi, its chief executive" after "the Lagos
                # State government suspended Kettering Foods' licence" works for Kettering Foods
                firm = next((m for i, m, _ in reversed(self.history) if i < limit and m.person is None
                             and m.actor.kind in FIRM_KINDS and m.actor not in exclude), None) or next(
                    # (or a body of no known kind that was acted against: "The FCA fined
                    # Barclays. Its traders ...", a bank the gazetteer does not list)
                    (m for i, m, _ in reversed(self.history) if i < limit and m.person is None
                     and m.actor.kind == "organization" and m.actor not in exclude and self.blamed(m.actor)), None)
                if firm is not None:
                    return Mention(tok.i, tok.i + 1, firm.actor, "pronoun")
        elif low in PRONOUNS_GROUP:
            want = lambda m: m.person is None and m.actor.kind in NON_PERSON  # noqa: E731
        else:
            return None
        if speaker is not None and low in PRONOUNS_GROUP:
            if 0 <= speaker.end - 1 < len(self.doc) and (self.doc[speaker.end - 1].tag_ in {"NNS", "NNPS"} or
                                                         self.doc[speaker.end - 1].lower_ in PRONOUNS_GROUP or
                                                         _the_plural_name(self.doc[speaker.end - 1])) \
                    and speaker.person is None:
                # "the police said they had opened an inquiry": plural speakers
                # ("They said they suspected ...": one "they")
                return speaker
            # "they" in what a speaker says is someone other than the speaker
            base = want
            want = lambda m: base(m) and m.actor != speaker.actor and m.actor != speaker.person  # noqa: E731
        if low in {"its", "their"} and tok.dep_ == "poss" and before is None:
            # "ordered China to close its consulate", "urged Russia to withdraw its troops":
            # in what a party is told to do, "its" is that party's
            gov = tok.head
            while gov.dep_ in {"dobj", "pobj", "prep"} and gov.head.i != gov.i and gov.pos_ not in {"VERB", "AUX"}:
                gov = gov.head
            if gov.pos_ == "VERB" and gov.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in gov.children):
                told = [c for c in gov.head.children if c.dep_ == "dobj" and c.pos_ != "PRON" and c.i < gov.i]
                m = self.resolve(told[0], depth=2) if told else None
                if m is not None and want(m) and m.actor not in exclude:
                    return Mention(tok.i, tok.i + 1, m.actor, "pronoun", m.person)
        fronted = tok.head if tok.dep_ == "nsubj" and tok.head.dep_ == "advcl" else None
        if fronted is not None and fronted.i < fronted.head.i and any(
                m.dep_ in {"mark", "advmod"} and m.lower_ in self.lex.fronting_marks for m in fronted.children):
            # "When it searched the offices, the bureau said ...", "After they fined X, the
            # regulators said ...": a pronoun in a clause put before its main clause is that
            # clause's named subject, told after it
            main = next((c for c in fronted.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"), None)
            m = self.resolve(main, depth=2) if main is not None else None
            if m is not None and want(m) and m.actor not in exclude:
                return Mention(tok.i, tok.i + 1, m.actor, "pronoun", m.person)
        if low in PRONOUNS_THING | PRONOUNS_GROUP:
            # an object pronoun is never its own clause's subject ("Saudi Arabia,
            # Egypt and Bahrain cut ties with Qatar, accusing it of ...": not Egypt)
            exclude = (*exclude, *self._clause_subjects(tok))
        verb = tok.head
        if low == "it" and tok.dep_ == "nsubj" and verb.lemma_.lower() in self.lex.speech_verbs:
            # "..., it charges", "It alleges that ...": a document just named
            # speaks ("what the suit calls ..., it charges": the suit's author)
            m = self._last_document(tok, limit)
            if m is not None and want(m) and m.actor not in exclude:
                return Mention(tok.i, tok.i + 1, m.actor, "pronoun", m.person)
        if tok.dep_ in {"nsubj", "nsubjpass"} and verb.dep_ == "ccomp" and verb.head.tag_ == "VBG" \
                and verb.head.lemma_.lower() in self.lex.speech_verbs and before is None:
            # "charged Warner with racketeering, alleging that he solicited bribes": the
            # subject of what the participle says is, as its object would be, the act's object
            verb = verb.head
        if (tok.dep_ == "dobj" or verb != tok.head) and verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"}:
            # "sued Apple, charging them with ...", "expelled the diplomats, accusing
            # them of spying": the object of the act the participle goes with
            # (also "responded by taking Apple to court, charging them")
            for x in _acted_on(verb, tok.i):
                m = self.resolve(x, depth=2)
                # (a name the recogniser took for a person's is still "it": "sanctioned
                # Barrick in 2013, fining it $16 million")
                if m is not None and (want(m) or (low == "it" and x.pos_ == "PROPN")) \
                        and m.actor not in exclude:
                    return Mention(tok.i, tok.i + 1, m.actor, "pronoun", m.person)
        if tok.dep_ == "nsubj" and verb.dep_ == "relcl" and verb.head.lemma_.lower() in self.lex.claim_nouns \
                and (verb.lemma_.lower(),) in self.lex.actions["deny"].verbs and before is None:
            # "charged Naik with money laundering, accusations he denies": the one the
            # sentence charged (its latest object named before), not the last subject
            for i, m, is_subj in reversed(self.history):
                if i < tok.sent.start:
                    break
                if i < limit and not is_subj and want(m) and m.actor not in exclude:
                    return Mention(tok.i, tok.i + 1, m.actor, "pronoun", m.person)
        if low in {"him", "her"} and tok.dep_ in {"dobj", "dative", "pobj"} and before is None:
            # "said the case against Bialiatski was political and called for Minsk to release
            # him": an object pronoun's person named earlier in its own sentence, before any
            # subject of an earlier one (not its own clause's subject: "Smith said Jones had
            # attacked him" is Smith)
            own = {*self._clause_subjects(tok), *(self.names[c.i].actor for c in tok.head.children
                                                   if c.dep_ == "nsubj" and c.i in self.names)}
            for i, m, _ in reversed(self.history):
                if i < tok.sent.start:
                    break
                if i < limit and want(m) and m.actor not in exclude and m.actor not in own:
                    return Mention(tok.i, tok.i + 1, m.actor, "pronoun", m.person)
        if low in PRONOUNS_THING and before is None and _below_main_verb(tok):
            # "The regulator launched the proceedings months after it published its report": the
            # described subject of the sentence's main clause, which no name stands for yet,
            # before anyone named in an earlier sentence
            root = tok.sent.root
            for s in (c for c in root.children if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ == "NOUN"
                      and has_definite(c) and c.i not in self.names):
                m = self.resolve(s, depth=2)
                if m is not None and want(m) and m.actor not in exclude:
                    return Mention(tok.i, tok.i + 1, m.actor, "pronoun", m.person)
        if low == "it" and before is None and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.i == tok.sent.root.i:
            # "The regulator ordered MTN to repay the money. It also fined four banks": the
            # subject of a main clause goes on from the one before it; a description there no
            # name stands for (or a thing: "The move angered Beijing. It ...") is no earlier party
            prev = self._previous_subject(tok)
            if prev is not None:
                m = self.resolve(prev, depth=2)
                if m is not None and want(m) and m.actor not in exclude:
                    return Mention(tok.i, tok.i + 1, m.actor, "pronoun", m.person)
                return None
        prep = tok.head.head if tok.dep_ == "poss" and tok.head.dep_ == "pobj" else None
        if low in {"its", "their"} and before is None and prep is not None and prep.lower_ in {"for", "over"} \
                and prep.head.pos_ == "VERB":
            # what a party is blamed, punished or attacked "for" or "over" is its own: "lashed
            # out at the court over its decision", "fined Google for its abuse of dominance"
            acted_on = [o for o in prep.head.children if o.dep_ == "dobj" and o.i < tok.i and o.pos_ != "PRON"] + \
                [p for a in prep.head.children if a.dep_ == "prep" and a.lower_ in {"at", "on", "against", "with"}
                 and a.i < tok.i for p in a.children if p.dep_ == "pobj" and p.pos_ != "PRON"]
            for o in acted_on[:1]:
                m = self.resolve(o, depth=2)
                if m is not None and want(m) and m.actor not in exclude:
                    return Mention(tok.i, tok.i + 1, m.actor, "pronoun", m.person)
        if low == "its" and tok.dep_ == "poss" and before is None and tok.head.dep_ in {"dobj", "pobj"}:
            # the thing owned is no person's: with a person as its clause's subject, "its" is the
            # party named before it in the same sentence ("May accused Russia of ... and condemned
            # its annexation of Crimea": Russia's, not the state May spoke for a sentence back)
            subjects = self._clause_subjects(tok.head)
            if subjects and all(a.kind == "person" for a in subjects):
                for i, m, _ in reversed(self.history):
                    if i < tok.sent.start:
                        break
                    if i < limit and want(m) and m.actor not in exclude and m.actor not in subjects:
                        return Mention(tok.i, tok.i + 1, m.actor, "pronoun", m.person)
        for subject_only in (True, False):
            for i, m, is_subj in reversed(self.history):
                if i < limit and want(m) and (is_subj or not subject_only) and m.actor not in exclude:
                    return Mention(tok.i, tok.i + 1, m.actor, "pronoun", m.person)
        if low in PRONOUNS_PERSON and self.sentence_no(tok) > 1:
            # "Poland's president met reporters. He criticised ...": an unnamed
            # office-holder as the previous sentence's subject, for the body it serves
            prev = self._sentence(self.sentence_no(tok) - 1)
            for t in prev:
                if t.dep_ == "nsubj" and t.lemma_.lower() in self.lex.roles and t.i < limit:
                    m = self._agent(t, speaker=None, depth=1)
                    if m is not None and m.actor not in exclude:
                        return Mention(tok.i, tok.i + 1, m.actor, "pronoun", m.person)
        return None

    def _previous_subject(self, tok: Token) -> Token | None:
        """The subject of the main clause of the sentence before, when it is a singular
        description ("the regulator", "the move"), not a name or a pronoun."""
        no = self.sentence_no(tok)
        if no < 2:
            return None
        prev = self._sentence(no - 1)
        for s in prev.root.children:
            if s.dep_ in {"nsubj", "nsubjpass"}:
                if s.pos_ == "NOUN" and s.tag_ == "NN" and has_definite(s) and s.i not in self.names \
                        and not any(c.dep_ == "poss" for c in s.children):
                    return s
                return None
        return None

    def _clause_subjects(self, tok: Token) -> list[Actor]:
        """The actors named as subject of the clause an object pronoun is in,
        climbing from a participle or infinitive to the verb whose subject it
        shares ("X and Y cut ties, accusing it": X and Y)."""
        if tok.dep_ not in {"dobj", "dative", "pobj"}:
            return []
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        for _ in range(4):
            if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
                break
            if verb.dep_ not in {"advcl", "xcomp", "conj"} or verb.tag_ not in {"VBG", "VB", "VBN"} and verb.dep_ != "conj":
                return []
            verb = verb.head
        out = []
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            for t in [subj, *subj.conjuncts]:
                m = self.names.get(t.i)
                if m is None and t.pos_ == "NOUN":
                    # ("Italy's privacy regulator fined it": the regulator is Italy's, not "it")
                    m = self.resolve(t, depth=2)
                if m is not None:
                    out.append(m.actor)
        return out

    def remember_subject(self, tok: Token, mention: Mention) -> None:
        """A speaker found through a description or role counts as a subject for
        the pronouns that follow ("..., the ambassador said. He added ...")."""
        if tok.i not in self.names and tok.dep_ == "nsubj" and tok.pos_ in {"NOUN", "PROPN"}:
            self.history.append((tok.i, Mention(tok.i, tok.i + 1, mention.actor, "reference",
                                                mention.person), True))
            self.history.sort(key=lambda x: x[0])

    def state_in_the_news(self, before: int) -> Mention | None:
        """The state an unnamed organ ("the Foreign Ministry", "Chief Cabinet
        Secretary X") belongs to: the latest state that acted as a subject, else
        the latest named (a dispute names the other side often, as an object)."""
        # (only a state the gazetteer knows: the recogniser tags people and towns as places,
        # "Singh", "Bajrang Punia", and an unknown place is read as a state)
        # (nor a state named in what the organ is told as saying: in "'If Japan acts
        # willfully, China will take countermeasures,' foreign ministry spokesman Ma said"
        # the ministry is not Japan's)
        said = self._said_by(before)
        for i, m, is_subj in reversed(self.history):
            if i < before and i not in said and is_subj and m.actor.kind == "state" and m.person is None \
                    and self.known_state(m.actor):
                return m
        return next((m for i, m, _ in reversed(self.history) if i < before and i not in said
                     and m.actor.kind == "state" and m.person is None and self.known_state(m.actor)), None)

    def _said_by(self, i: int) -> set[int]:
        """The tokens of what the speaker at token `i` is told as saying: the clause of the
        reporting verb the speaker's phrase is the subject of."""
        tok = self.doc[i]
        for _ in range(6):
            if tok.dep_ in {"nsubj", "nsubjpass"} or tok.head.i == tok.i:
                break
            tok = tok.head
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_.lower() not in self.lex.speech_verbs:
            return set()
        return {t.i for c in verb.children if c.dep_ in {"ccomp", "parataxis"} for t in c.subtree}

    def plural_group(self, m: Mention) -> bool:
        """A group named by a plural ("rights groups", "Critics" tagged a proper noun, "the
        Houthis" tagged a singular one, whose article and "s" say it is plural; not "Hamas"):
        "they", never "it"."""
        last = self.doc[m.end - 1] if 0 < m.end <= len(self.doc) else None
        return m.actor.kind == "group" and last is not None and (
            last.tag_ in {"NNS", "NNPS"} or last.lemma_.lower() != last.lower_ or _the_plural_name(last))

    def defensible(self, party: Actor, defender: Mention) -> bool:
        """Whether `party` can be spoken up for by `defender`: someone outside the defender's
        side accused, criticised, sued or sanctioned it earlier in the article (or it was, by
        no one named: "was jailed in May"), and it never
        did so against the defender's side (a party that accused the speaker and is said to
        have found nothing is answered, not defended: "JBS said the police had not identified
        any irregularities")."""
        side = {defender.actor, defender.person, self.affiliation.get(defender.actor),
                self.affiliation.get(defender.person)} - {None}
        if party in side:
            return False
        return self.blamed(party, side) and not self.accused.get(party, set()) & side

    def blamed(self, party: Actor, side: set = frozenset()) -> bool:
        """Whether someone outside `side` has accused, criticised, sued or sanctioned
        `party` so far in the article, or it underwent such an act by no one named."""
        return party in self.undergone or any(
            party in targets for accuser, targets in self.accused.items()
            if accuser not in side and accuser != party)

    def latest(self, kinds: set[str], before: int, exclude: tuple = ()) -> Mention | None:
        """The latest actor of one of `kinds` named before token `before`."""
        for i, m, _ in reversed(self.history):
            if i < before and m.actor.kind in kinds and m.person is None and m.actor not in exclude:
                return m
        return None

    def _remember(self, i: int, mention: Mention) -> None:
        tok = self.doc[i]
        is_subj = tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "aux" and tok.ent_type_ == "PERSON") or (
            tok.dep_ in {"appos", "conj", "compound", "poss"} and tok.head.dep_ in {"nsubj", "nsubjpass"})
        self.history.append((i, mention, is_subj))




def _listed_subject(tok: Token) -> bool:
    """A name listed after a subject's "including" ("Global giants including Google, Meta and
    TikTok registered"; also when the parser left that subject noun as the root, for want of
    the verb it is subject of): one of those a later "they" may be."""
    up = tok.head
    return tok.dep_ == "pobj" and up.lower_ in {"including", "like"} and (
        up.head.dep_ in {"nsubj", "nsubjpass"} or (up.head.dep_ == "ROOT" and up.head.pos_ == "NOUN"))


def _below_main_verb(tok: Token) -> bool:
    """Whether a pronoun sits below its sentence's main verb (in a clause of its own or a
    noun phrase), not as that verb's own subject or object."""
    return tok.head.i != tok.sent.root.i or tok.dep_ == "poss"


def _the_plural_name(tok: Token) -> bool:
    """A proper noun the tagger called singular that reads as a plural: "the Houthis", "the
    Kurds" (its own "the" and a final "s"; not "Hamas")."""
    return tok.tag_ == "NNP" and tok.lower_.endswith("s") and not tok.lower_.endswith("ss") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _cleft(tok: Token) -> bool:
    """Whether "it" opens a cleft sentence: "it was Hamas that bore responsibility", "It was
    Russia who hacked the servers" (a name after "was", then "that" or "who")."""
    be = tok.head
    if tok.dep_ != "nsubj" or be.lemma_.lower() != "be":
        return False
    named = [a for a in be.children if a.dep_ == "attr" and a.pos_ == "PROPN" and a.i > tok.i]
    return bool(named) and any(t.lower_ in {"that", "who", "which"} and t.i > named[0].i for t in be.subtree)


def _through_verb(t: Token, top: Token) -> bool:
    """Whether a verb stands between a token and the head `top` above it."""
    cur = t
    for _ in range(12):
        if cur.i == top.i or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.i != top.i and cur.pos_ in {"VERB", "AUX"}:
            return True
    return False
