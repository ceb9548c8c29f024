"""Reported speech: what a speaker says about someone else.

A frame is (speaker, content): "X said (that) C", "C, X said", "Y, X said,
had ...", "C, according to X", "in X's view/words/account, C", "X charged that
C", "X's finding that C", "a declaration by X that C", "X was found by Y to
have ...", "X called Y's actions unacceptable". A source quoting a speaker
("According to SPA, the ministry said") is a channel. The content decides the
action:

- a dismissal cue ("baseless", "untrue") or a negated statement about the
  speaker's own side ("Moscow had played no role")  -> deny (a claim called
  baseless stands even with no accuser found; a third party doubting a claim
  about someone else disputes it; a dismissed accusation also records the
  accusation against the speaker)
- a wrongdoing cue ("lied", "hacked", "illegal"), a manner of wrongdoing
  ("deliberately"), a deed verb ("shelled"), or an accusing speech verb
  ("alleged", "charged")                            -> accuse the doer in C
- a criticism cue ("unacceptable", "affront")      -> criticize who is named
  (dismissing an act rather than a claim, "called the fine absurd", is
  criticism of whoever acted)
- a negated wrong or a word of innocence said of another party ("X poses no
  threat", "held a fair election")                 -> defend it

The accused is the doer: the active subject of the content, the "by X" of a
passive, or the owner of an accusation the content talks about ("X's allegations
amount to fraud"); a victim ("Y was poisoned", "an attack on Y") is never the
accused. A negated accusation ("X said Y did not hack") yields nothing. Media
outlets are channels, not speakers. Pronouns in the content that refer back to
the speaker ("it had decided") resolve to the speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .resolve import Actor, ArticleResolver, Mention
from .rules_names import has_definite
from .rules_actions import (claim_owner, claim_parties, court_named, more_of_the_same, names_accused, noun_action,
                            noun_owner, other_side, owning_possessors, possible, prosecutes, reporting_speaker,
                            undergoers, verb_action)

from .rules_syntax import (Candidate, apposed_names, children, clause_tokens, conditions, find_phrases, future,
                           is_passive, lemma, negated, np_actors, pobjs, priced, single_words, subject_token,
                           word_forms)

CONTENT_DEPS = {"ccomp", "xcomp"}
# determiners that make evidence none: "found no evidence that", "there is little evidence of"
_NO_EVIDENCE = frozenset({"no", "little", "scant", "any"})


@dataclass
class Frame:
    speakers: list[Mention]
    content: Token               # root of the content clause or phrase
    verb: Token                  # the speech verb, "according" or the report noun
    exclude: Token | None        # subtree inside `content` that is not content
    extra: tuple[Token, ...] = ()
    evaluation: bool = False     # "X called/described Y as Z": Y is the content
    subject: Token | None = None  # the content's subject when the parse hung it elsewhere
    outlet: bool = False         # a news outlet reporting: a claim only when it tells of a wrong


def _frame_words(lex) -> frozenset:
    """The lemmas a frame can start from (besides "according"): attribution, report and
    document nouns, evidencing and speech verbs."""
    got = _ENTRY_SETS.get((id(lex), "frames"))
    if got is None:
        got = _ENTRY_SETS[(id(lex), "frames")] = frozenset(
            lex.attribution_nouns | lex.report_nouns | lex.evidencing_verbs | lex.speech_verbs
            | lex.document_nouns | lex.that_speech_verbs)
    return got


def frames(res: ArticleResolver, sent: Span) -> list[Frame]:
    lex = res.lex
    out: list[Frame] = []
    starts = _frame_words(lex)
    for tok in sent:
        if tok.lemma_.lower() not in starts and tok.lower_ != "according":
            continue   # (most tokens: none of the checks below can hold)
        if tok.lower_ == "according":
            for to in children(tok, "prep"):
                for pobj in children(to, "pobj"):
                    content = tok.head
                    while content.pos_ not in {"VERB", "AUX"} and content.head.i != content.i:
                        content = content.head
                    if lemma(content) in lex.speech_verbs and children(content, "nsubj") and not any(
                            lemma(s) in lex.inquiry_words | lex.report_nouns | lex.document_nouns
                            and any(p.dep_ == "poss" and p.lower_ in {"its", "their"} for p in s.children)
                            for s in children(content, "nsubj")):
                        # "According to SPA, the ministry said ...": a channel, not the speaker
                        # (but "according to the FBI, its investigation found that C": its own)
                        continue
                    before = sent.start if pobj.i > content.i else None
                    speakers = _speakers(res, pobj, before)
                    assessed = _assessed(content, lex)   # ("according to X, history showed that C")
                    if speakers and assessed is not None:
                        out.append(Frame(speakers, assessed, tok, tok))
            continue
        if tok.pos_ == "NOUN" and lemma(tok) in lex.attribution_nouns and tok.dep_ == "pobj" \
                and tok.head.lower_ in {"in", "by", "from"} and tok.head.dep_ == "prep":
            # "In the agency's account, C", "in Ortega's words, C", "in HRW's view, C",
            # "in the view of Human Rights Watch, C", "in the eyes of the court, C"
            owners = [c for c in tok.children if c.dep_ == "poss"] or [
                p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in children(c, "pobj")]
            content = tok.head.head
            while content.pos_ not in {"VERB", "AUX"} and content.head.i != content.i:
                content = content.head
            speakers = _speakers(res, owners[0], None) if owners else []
            if speakers and content.pos_ in {"VERB", "AUX"}:
                out.append(Frame(speakers, content, tok, tok.head))
            if owners:
                continue   # (with no owner, "said in a written judgment that C" is read below)
        if tok.pos_ == "NOUN" and lemma(tok) in lex.report_nouns:
            out.extend(_report_noun(res, tok))
            continue
        if tok.pos_ == "NOUN" and lemma(tok) in lex.document_nouns and _said_in(tok, lex):
            # "X said in a letter that C", "X wrote in its ruling that C": the parse hangs
            # the clause on the document; it is what its author says (the clause only,
            # not a topic: "said in a letter on the sanctions that C")
            out.extend(f for f in _report_noun(res, tok) if f.content.dep_ != "prep")
            continue
        if tok.pos_ == "VERB" and lemma(tok) in lex.evidencing_verbs and not negated(tok, lex):
            found = _evidence_that(res, tok)
            if found:
                out.extend(found)
                continue   # (else "found that C" is read as a speech verb below)
        if tok.pos_ not in {"VERB", "AUX"} or (lemma(tok) not in lex.speech_verbs and not (
                lemma(tok) in lex.that_speech_verbs and any(
                    c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    for c in tok.children))):
            continue   # (lemma only: "says" and "said" are never mis-lemmatised as triggers)
        if any(c.dep_ == "neg" for c in tok.children) or _label(tok) or priced(tok, lex):
            continue
        subj, _ = subject_token(tok, control=False)
        quoted = _quoted_as_saying(tok, lex)
        if quoted is not None:
            subj = quoted
        if _document_speaks(tok, subj, lex):
            # "a blog post by X asserting that C", "a report by X, which alleged
            # that C": the document's author says C, never the subject of the
            # verb the document hangs from ("the White House rejected a post by X
            # asserting that C" is not the White House saying C)
            subj = tok.head
        if subj is None:
            continue
        deps = {"ccomp"} if lemma(tok) in lex.warning_verbs else CONTENT_DEPS
        contents = [a for c in tok.children if (c.dep_ in deps or _that_conj(c)) and c.pos_ in {"VERB", "AUX"}
                    for a in [_assessed(c, lex)] if a is not None]
        # "C, X said" / "The Russian state, the prime minister charged, was guilty":
        # the speech verb, with its own subject, hangs under the content
        # (not a clause of time or cause: "The review was ordered after Israel accused X" does
        # not say Israel accused the review)
        subordinate = tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "as" for c in tok.children)
        # (nor a clause its "that" marks as what another verb reports: "Katz said that Israel
        # had warned for years that ..." is not Israel warning that Katz said something)
        subordinate = subordinate or any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        inverted = not contents and tok.head.i != tok.i and subj in tok.children and not subordinate and (
            tok.dep_ in {"parataxis", "ccomp", "advcl"} or
            (tok.dep_ in {"relcl", "acl"} and subj.lower_ not in {"which", "who", "that"}
             # ("what she called a coup": the labelling clause on its label, as the parse and
             # `repair_what_called` give it, is no speech told after its content)
             and not any(c.lower_ == "what" for c in tok.children)))
        inverted_root = tok.head
        while inverted_root.pos_ not in {"VERB", "AUX"} and inverted_root.head.i != inverted_root.i:
            inverted_root = inverted_root.head
        around = None
        if inverted and not children(inverted_root, "nsubj", "nsubjpass"):
            # "Meridian Foods, the Food Standards Agency alleged, had hidden tests":
            # parsed with the content's subject as the speech verb's, the speaker
            # in apposition to it
            ap = [a for a in children(subj, "appos") if subj.i < a.i < tok.i]
            if ap:
                around, subj = subj, ap[-1]
        # a speaker named after what they said is resolved from earlier sentences
        # (not a relative pronoun: "X, which it said had ..." names the speaker first)
        content_first = any(t.i < subj.i for c in contents for t in c.subtree
                            if not (t.lower_ in {"which", "that", "who"} and t.dep_ in {"nsubj", "nsubjpass"}))
        before = sent.start if inverted or content_first or subj.i > tok.i else None
        speakers = _speakers(res, subj, before)
        if not speakers and lemma(tok) in res.lex.accusing_speech:
            # a news outlet that alleges is a party: "Al Jazeera alleged that X had bribed
            # officials" (not one that reports: "The Guardian reported that ..." relays news)
            # (or whose document does: "an Al Jazeera investigation alleged that ...")
            speakers = [m for m in res.actors_of(subj, before=before) if m.actor.kind == "media" and (
                m.via in {"name", "reference"} or lemma(subj) in res.lex.document_nouns)][:1]
        outlet = False
        if not speakers and lemma(tok) in res.lex.revealing_speech:
            # one that reports or reveals a wrong is a party too ("the Financial Times
            # reported, citing documents, that X had forged contracts"); what else it
            # reports is news relayed (checked with the content, `Frame.outlet`)
            speakers = [m for m in res.actors_of(subj, before=before)
                        if m.actor.kind == "media" and m.via == "name"][:1]
            outlet = bool(speakers)
        if (inverted or content_first) and subj.lower_ in {"it", "they"}:
            # "Kestrel Labs 'firmly rejects these allegations,' it said": the
            # content's own subject, when it names an organisation, is "it"
            root = contents[0] if contents else inverted_root
            own = [m for s in children(root, "nsubj") for m in res.actors_of(s)
                   if m.actor.kind != "person" and m.person is None and m.via == "name"]
            speakers = own[:1] or speakers
        if not speakers:
            continue
        res.remember_subject(subj, speakers[0])
        if lemma(tok) in lex.evaluation_verbs:
            objs = children(tok, "dobj")
            labels = children(tok, "oprd")
            if not objs and len(labels) >= 2 and labels[0].pos_ in {"PROPN", "PRON"}:
                # "called Duque a criminal", parsed with both nouns as predicates:
                # the first, a name, is the one labelled
                objs = labels[:1]
            for obj in objs[:1]:
                if verb_action(tok, lex) == "accuse" and lemma(obj) not in lex.act_nouns:
                    continue   # ("branded the Commission a puppet": the accusing verb's own claim)
                # ("branded the Commission a puppet", read with two objects: the second is the label;
                # "branded the accusations a fabrication", the label read as an adverbial noun)
                extra = tuple(t for c in tok.children
                              if c.dep_ in {"oprd", "xcomp", "prep", "acomp", "npadvmod"} and c != obj or (
                                  c.dep_ == "advcl" and any(m.lower_ == "as" for m in c.children)) or (
                                  c.dep_ == "dobj" and c.i > obj.i)
                              for t in c.subtree)
                out.append(Frame(speakers, obj, tok, None, extra, evaluation=True))
        # "X said ... and had never posed a threat": a verb sharing the speaker as
        # subject says something of the speaker
        shared = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
                  and not children(c, "nsubj", "nsubjpass") and lemma(c) not in lex.speech_verbs]
        for c in shared if not outlet else ():
            out.append(Frame(speakers, c, tok, None))
        # "said that A, and that B": each "that" clause with its own subject is reported on its own
        contents += [x for c in contents for x in _own_clauses(c)]
        if outlet:
            contents = [c for c in contents if c.i > tok.i]   # (not "C, Reuters reported")
        if contents:
            for c in contents:
                # "officials it said were responsible for the crackdown": in a relative
                # clause the content's missing subject is the noun the clause describes
                # (the noun right before the clause: the parser may hang the clause higher up,
                # "visa bans on Zambian officials it said were ...")
                before_clause = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > sent.start else tok.head
                # ("X, which it said had helped Russia": the relative pronoun stands for X)
                gap = (before_clause if before_clause.pos_ in {"NOUN", "PROPN"} else tok.head) \
                    if tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"} and all(
                        s.lower_ in {"which", "that", "who"} for s in children(c, "nsubj", "nsubjpass", "expl")
                    ) and c.dep_ == "ccomp" else None
                out.append(Frame(speakers, c, tok, None, subject=gap, outlet=outlet))
        elif inverted and not outlet:
            # "C, X said" parsed with the speech verb under the content (not "C, Reuters
            # reported": an outlet named after the news relays it)
            out.append(Frame(speakers, inverted_root, tok, tok, subject=around))
    return out


def _quoted_as_saying(verb: Token, lex) -> Token | None:
    """"State media quoted the minister as saying that C": the one quoted says C, not the
    outlet or whoever quotes (`quoting_verbs`)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep" or lemma(prep.head) not in lex.quoting_verbs:
        return None
    return next(iter(children(prep.head, "dobj")), None)


def _that_conj(clause: Token) -> bool:
    """A "that" clause parsed as coordinated with the speech verb or as an adverbial clause,
    after a phrase between them: "reported in 2019, citing documents, that X had forged
    contracts" (its content; not "so that", "now that": a purpose or a time)."""
    marks = [m for m in clause.children if m.dep_ in {"mark", "advmod"} and m.i < clause.i]
    return clause.dep_ in {"conj", "advcl"} and bool(children(clause, "nsubj", "nsubjpass")) and any(
        m.lower_ == "that" for m in marks) and not any(
        m.lower_ in {"so", "such", "now", "given", "except", "provided"} for m in marks) and \
        clause.doc[next(m.i for m in marks if m.lower_ == "that") - 1].lower_ not in {"so", "such", "now", "order"}


def _own_clauses(content: Token) -> list[Token]:
    """The clauses coordinated with a reported clause that are reported in their own right:
    "that the spill was no accident, and that the company had failed to alert anyone"."""
    return [c for c in content.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}
            and children(c, "nsubj", "nsubjpass") and any(m.lower_ == "that" for m in children(c, "mark"))]


def _assessed(content: Token, lex) -> Token | None:
    """"said it was highly likely that C", "said it is clear that C": the clause assessed
    is what is said (its likelihood a hedge, kept in the quote); "it was unlikely that C",
    "it is not clear that C" say nothing happened (None). So is what a fact shows: "said
    history had shown that C", "the evidence proves that C" (not what a party shows:
    "Orbis has shown that it can compete")."""
    if content.lemma_.lower() in lex.showing_verbs and not any(c.dep_ == "neg" for c in content.children) and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and not any(d.pos_ == "PROPN" or d.dep_ == "poss" for d in c.subtree)
            for c in content.children):
        inner = [c for c in content.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        return inner[0] if inner else content
    if content.lemma_ != "be" or not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in content.children):
        return content
    for a in content.children:
        if a.dep_ not in {"acomp", "attr"}:
            continue
        inner = [c for c in a.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if not inner:
            continue
        if a.lemma_.lower() in lex.improbable or any(c.dep_ == "neg" for c in content.children):
            return None
        return inner[0]
    return content


def _label(tok: Token) -> bool:
    """A capitalised verb inside a sentence belongs to a run-in heading
    ("What Hindenburg Alleges: ...")."""
    return tok.text[:1].isupper() and not tok.is_sent_start and tok.i > tok.sent.start


def _document_speaks(verb: Token, subj: Token | None, lex) -> bool:
    """Whether a speech verb says what a document says: a participle on the
    document noun ("a report alleging that C") or a relative clause whose
    subject is the document ("the report, which alleged that C")."""
    doc = verb.head
    if doc.pos_ != "NOUN" or lemma(doc) not in lex.document_nouns | lex.report_nouns:
        return False
    if verb.dep_ == "acl":
        return verb.tag_ == "VBG"
    return verb.dep_ == "relcl" and subj is not None and subj.lower_ in {"that", "which"}


def _said_in(noun: Token, lex) -> bool:
    """The noun is the object of "in"/"through" on a verb of saying or writing."""
    verb = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in {"in", "through"} and noun.head.dep_ == "prep" \
        and verb.pos_ in {"VERB", "AUX"} and (lemma(verb) in lex.speech_verbs or lemma(verb) in lex.authoring_verbs)


def _report_noun(res: ArticleResolver, noun: Token) -> list[Frame]:
    """"X's finding that C", "a declaration by X that C"."""
    lex = res.lex
    # "X's finding", "the American finding", "a declaration by X"
    owners: list[Mention] = noun_owner(res, noun, None)
    if not owners:
        for p in pobjs(noun, {"of"}):
            owners = res.actors_of(p)
            if owners:
                break
    if not owners:
        gov = noun.head
        while gov.dep_ in {"prep", "pobj", "dobj"} and gov.pos_ not in {"VERB", "AUX"}:
            gov = gov.head
        # "X published a report that C", "X said in a statement that C"; not the
        # subject of any verb ("Brazil disputed the finding that C" is not Brazil's)
        authors = gov.pos_ in {"VERB", "AUX"} and (
            lemma(gov) in lex.authoring_verbs or lemma(gov) in lex.speech_verbs or lemma(gov) in {"make", "put"})
        if authors and ((noun.dep_ == "dobj" and gov == noun.head) or (
                noun.dep_ == "pobj" and noun.head.lower_ in {"in", "through"} and gov == noun.head.head)):
            subj, _ = subject_token(gov, control=False)
            if subj is not None:
                owners = res.actors_of(subj)
    owners = [o for o in owners if o.actor.kind != "media"]
    contents = [c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"}
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    # "a resolution on threats from X": the topic of the document
    contents += [p for p in children(noun, "prep") if p.lower_ in {"on", "about", "over"}]
    if not contents:
        # "a declaration by X, ..., that C": the clause may hang off the owner
        for p in pobjs(noun, {"by"}):
            for t in p.subtree:
                if t.dep_ in {"acl", "ccomp", "relcl"} and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in t.children):
                    contents.append(t)
    return [Frame(owners, c, noun, None) for c in contents] if owners else []


SPEAKER_PRONOUNS = {"it": False, "they": None}   # (he/she: the latest person, as anywhere)
SPEAKER_REACH = 3     # sentences back that "it said" may refer to the last speaker


def _speakers(res: ArticleResolver, tok: Token, before: int | None) -> list[Mention]:
    """Who speaks: the actors the token names; a pronoun ("it said", "he
    added") is the latest speaker of its kind in the last few sentences, the
    way reporting goes on quoting the same source."""
    low = tok.lower_
    if low == "it" and tok.dep_ == "nsubj":
        # ("Pfizer said it believed the findings were wrong": the firm that reports, though
        # the recogniser took its one-word name for a person's)
        outer = reporting_speaker(res, tok.head)
        if outer is not None and outer.person is None and outer.actor.kind == "person" \
                and " " not in outer.actor.name:
            return [Mention(tok.i, tok.i + 1, outer.actor, "pronoun")]
    if low in SPEAKER_PRONOUNS:
        person = SPEAKER_PRONOUNS[low]
        sent_no = res.sentence_no(tok)
        for no, m in reversed(res.speakers):
            if sent_no - no > SPEAKER_REACH:
                break
            is_person = m.person is not None or m.actor.kind == "person"
            if person is None and is_person:
                continue
            if low == "it" and res.plural_group(m):
                continue   # ("Critics said ... it alleges": not the critics)
            if person is None or is_person == person:
                return [Mention(tok.i, tok.i + 1, m.actor, "pronoun", m.person)]
    if low in {"we", "i"} and tok.dep_ == "nsubj":
        # ("'We allege Qantas' conduct was egregious,' the ACCC chair told reporters": whoever
        # the quote is told by)
        outer = reporting_speaker(res, tok.head)
        if outer is not None:
            return [outer]
    # (a news outlet relays what it says, unless the story acts against it: "a Cairo court
    # jailed three Al Jazeera journalists ... Al Jazeera said the verdict was unjust")
    found = [m for m in res.actors_of(tok, before=before) if m.actor.kind != "media" or res.blamed(m.actor)]
    if found and low not in SPEAKER_PRONOUNS:
        res.speakers.append((res.sentence_no(tok), found[0]))
    return found


def _last_blamed(res: ArticleResolver, speaker: Mention, at: Token,
                 acts: tuple[str, ...] = ("accuse",)) -> list[Mention]:
    """The parties the speaker's side last accused or blamed (or acted against, with `acts`),
    a few sentences back at most, all those of that one act ("recalled its ambassadors to
    Ireland and Norway"): whom a vow of retaliation that names no one is made against."""
    here = res.sentence_no(at)
    last = None
    blamed: list[Mention] = []
    for actor, action, target in reversed(res.events):
        if last is None and action in acts and actor.start <= at.i \
                and here - res.sentence_no(res.doc[actor.start]) <= 3 and _same_side(actor, speaker):
            last = (actor.start, action)
        if last is not None and (actor.start, action) == last:
            m = Mention(at.i, at.i + 1, target, "reference")
            if not (_same_side(m, speaker) or _same_side(m, actor)) and m.actor not in [b.actor for b in blamed]:
                blamed.append(m)
    return blamed


def _organ_of(res: ArticleResolver, organ: Mention, state: Mention) -> bool:
    """`organ` is a state's organ named as an actor of its own ("the Russian Foreign Ministry")
    and `state` that state ("Moscow")."""
    return res.organ_of.get(organ.actor) == state.actor


def _own_view(fr: Frame, lex) -> Frame:
    """"'Our conclusion is that Grindr has disclosed user data without a legal basis,' the
    director said": the speaker's own finding, view or position is what the speaker says
    (the clause after "is that")."""
    root = fr.content
    if lemma(root) != "be":
        return fr
    subj = next(iter(children(root, "nsubj")), None)
    if subj is None or not (lemma(subj) in lex.claim_nouns or lemma(subj) in lex.attribution_nouns) or not any(
            c.dep_ == "poss" and c.lower_ in {"our", "my", "its", "their"} for c in subj.children):
        return fr
    said = next((c for c in root.children if c.dep_ in {"ccomp", "attr"} and c.pos_ in {"VERB", "AUX"}), None)
    if said is None:
        return fr
    return Frame(fr.speakers, said, fr.verb, fr.exclude, fr.extra, fr.evaluation, None)


def _told_by_owner(res: ArticleResolver, fr: Frame, lex) -> Frame:
    """"Britain said its National Cyber Security Centre had assessed that C": what a
    party reports of its own organ's finding is the party's claim (the organ named
    with the reporter's possessive, under the reporter's speech verb)."""
    outer = fr.verb.head if fr.verb.dep_ in {"ccomp", "xcomp"} else None
    if outer is None or outer.pos_ not in {"VERB", "AUX"} or lemma(outer) not in lex.speech_verbs:
        return fr
    subj = next(iter(children(fr.verb, "nsubj")), None)
    osubj = next(iter(children(outer, "nsubj")), None)
    if subj is None or osubj is None or not any(c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her"}
                                                for c in subj.children):
        return fr
    reporters = res.actors_of(osubj)
    if not reporters or any(r.actor in [s.actor for s in fr.speakers] for r in reporters):
        return fr
    return Frame(reporters, fr.content, fr.verb, fr.exclude, fr.extra, fr.evaluation, fr.subject)


def _answering(root: Token) -> bool:
    """Whether the vow answers something it names ("would respond to the questions in
    due course"): an answer, not a retaliation against anyone."""
    return any(pobjs(t, {"to"}) for t in root.subtree if t.pos_ in {"VERB", "AUX"})


def _same_side(a: Mention, b: Mention) -> bool:
    return a.actor == b.actor or (a.person is not None and a.person == b.actor) or \
        (b.person is not None and b.person == a.actor)


def _told_of_speaker(res: ArticleResolver, tokens: list[Token], speaker: Mention) -> bool:
    """Whether a subject in the content is the speaker's side or a thing of it ("failed to
    prove that we had sabotaged it", "that its baby powder contains asbestos")."""
    subjects = [t for t in tokens if t.dep_ in {"nsubj", "nsubjpass"}]
    return any(_same_side(m, speaker) for t in subjects for m in res.actors_of(t, speaker=speaker)) or any(
        _owned_by_speaker(res, t, speaker) for t in subjects)


def _owned_by_speaker(res: ArticleResolver, subj: Token | None, speaker: Mention) -> bool:
    """The content's subject is a thing of the speaker's side: "its pipeline", "the
    company's plant", "the plant of Helmark Energy" (not a claim or an act of its own)."""
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or lemma(subj) in res.lex.claim_nouns:
        return False
    owners = [c for c in subj.children if c.dep_ == "poss"] + pobjs(subj, {"of"})
    return any(_same_side(m, speaker) for o in owners for m in res.actors_of(o, speaker=speaker))


def _content_negated(tokens: list[Token], root: Token, cues: set[Token] = frozenset()) -> bool:
    """Whether the content's verb is negated; a negation that is part of a cue of
    wrongdoing ("not entitled to", "no right to") negates nothing."""
    verbs = {root, *[c for c in root.children if c.pos_ in {"VERB", "AUX"} and c.dep_ == "conj"]}
    for t in tokens:
        if t in cues or (t.dep_ == "neg" and t.head in cues and t.head.lemma_.lower() == "do"):
            continue   # ("had not done enough to protect": the "not" is the cue's own)
        if t.dep_ == "neg" and (t.head in verbs or (t.head.dep_ in {"acomp", "attr"} and t.head.head in verbs)):
            return True   # (also "was not aware of", "is not responsible for")
        # ("had done nothing wrong", "had nothing to hide"; not when another clause with a
        # subject of its own is told beside it: "had nothing to hide and that the fund had
        # misled investors")
        if (t.lower_ in {"no", "never"} or (t.lower_ == "nothing" and any(
                c.dep_ == "amod" or (c.dep_ in {"relcl", "acl"} and c in cues and not cues - set(c.subtree)
                                     and not any(children(v, "nsubj", "nsubjpass") for v in verbs - {root}))
                for c in t.children))) \
                and t.head.i != t.i and (
                t.head in verbs or t.head.head in verbs):
            return True
        if t.lower_ == "neither" and (t.head in verbs or (t.head.dep_ in {"dobj", "attr"} and t.head.head in verbs)):
            return True   # "had neither the intent nor the motive"
    return False


def _not_committed(tokens: list[Token], lex) -> bool:
    """A wrong told as one the subject did not do: "punished for a crime I did not commit",
    "jailed for crimes he never committed", "blamed for something we did not do" (a
    negated relative clause on an offence, its subject a pronoun)."""
    offences = lex.crime_nouns | lex.offence_words
    for t in tokens:
        verb = t.head
        if t.dep_ == "neg" or (t.lower_ == "never" and t.dep_ == "advmod"):
            if verb.dep_ == "relcl" and lemma(verb.head) in offences and lemma(verb) in {"commit", "do"} \
                    and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
                return True
    return False


def motive_attacked(trigger: Token, lex) -> bool:
    """Whether a denial calls the claim politically motivated, a smear or a witch hunt
    (`motive_attacks`, within what its trigger governs): its maker is attacked too."""
    return bool(_cue_tokens(list(trigger.subtree), lex.motive_attacks))


def _conceded(cue: Token, root: Token) -> bool:
    """Whether a cue is told in a concession to its clause ("despite reports of fraud",
    "although the bank had been warned")."""
    for t in [cue, *cue.ancestors]:
        if t == root:
            return False
        if (t.dep_ == "prep" and t.lower_ in {"despite", "notwithstanding"}) or (t.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in {"although", "though"} for m in t.children)):
            return True
    return False


def _countered(cue: Token, root: Token, countering: frozenset[str], negating: frozenset[str]) -> bool:
    """The cue of wrongdoing is what a verb between it and the content's root
    fights ("disrupt hacking operations", "combat money laundering")."""
    def fights(v: Token) -> bool:   # (not "failed to combat", "did not disrupt")
        return v.pos_ == "VERB" and v.lemma_.lower() in countering and not any(
            c.dep_ == "neg" for c in v.children) and not (
            v.dep_ == "xcomp" and v.head.lemma_.lower() in negating)

    cur = cue
    for _ in range(8):
        if cur == root or cur.head == cur:
            return False
        cur = cur.head
        if fights(cur):
            return True
    return False


def _doers(res: ArticleResolver, root: Token, tokens: list[Token], cues: set[Token],
           speakers: list[Mention], subject: Token | None = None, omission: bool = False) -> list[Mention]:
    """Who does what the content reports: subjects of active verbs, agents of
    passives, owners of an accusation being characterised, "threats from X" (with
    `omission`, what an alleging verb reports not done is a wrong too: "alleges that
    Qantas did not notify ticketholders")."""
    speaker = speakers[0]
    inside = set(tokens)
    if cues:
        cues = {c for c in cues if not _countered(c, root, res.lex.countering_verbs, res.lex.negating_verbs)}
        if not cues:
            return []   # "Microsoft took action to disrupt North Korean hacking": a wrong fought, not done

    def near_cue(v: Token) -> bool:
        # (not through a complement clause: "tests which established that a nerve
        # agent had been used to poison him" allege nothing of the tests' subject)
        return v in cues or any(c in cues or any(g in cues for g in c.children)
                                for c in v.children if c.dep_ != "ccomp")

    def near_cue_verb(v: Token) -> bool:
        # (the verb's own particle or preposition is the wrong: "had gone after British
        # infrastructure")
        return any(c in cues for c in v.children if c.dep_ in {"prt", "prep"})

    verbs = [root] + [t for t in tokens if t.pos_ in {"VERB", "AUX"} and t != root and near_cue(t)]
    # ("had helped Russia evade sanctions": who helps do a wrong does wrong)
    abets = lemma(root) in res.lex.abetting_verbs and any(v.head == root for v in verbs[1:])
    if not near_cue(root) and not abets and any(children(v, "nsubj", "nsubjpass") for v in verbs[1:]):
        # "publishers spend billions, while the defendants' tools are taking their
        # work with impunity": the wrong is the other clause's, not the root's
        verbs = verbs[1:]
    out: list[Mention] = []

    def add(found: list[Mention]) -> None:
        for m in found:
            if m.person is not None and m.via == "name":
                # "Alex Afrasiabi, a director at Blizzard, had groped women": the named person
                # did the deed, not the body he works for
                m = Mention(m.start, m.end, m.person, "name")
            if m.actor not in [o.actor for o in out] and not any(_same_side(m, sp) for sp in speakers):
                out.append(m)

    for v in verbs:
        if v != root and lemma(v) in res.lex.evaluation_verbs:
            continue   # (one who only names the wrong: "the swearing-in, which the State regards as treason")
        # (not the object of a deed that is itself the wrong: "had failed the victims", "the
        # victims had been let down by the council")
        victims = [c for c in v.children if lemma(c) in res.lex.victim_words
                   and not (c.dep_ in {"dobj", "nsubjpass"} and v in cues)]
        # ("had paid bribes", "received kickbacks": the payment is the wrong, done, not undergone)
        # ("had paid $28 million in bribes": the payment named after the amount)
        # ("paid more than $136 million in bribes", the payment's kind hung on the verb)
        paid = any(lemma(o) in res.lex.corrupt_payments
                   for d in children(v, "dobj") for o in [d, *pobjs(d, {"in"})]) or (
            bool(children(v, "dobj")) and any(lemma(o) in res.lex.corrupt_payments for o in pobjs(v, {"in"})))
        # ("had received warnings for violating the rules": the reason given is the subject's wrong)
        for_wrong = any(x in cues or any(g in cues for g in x.children)
                        for p in children(v, "prep") if p.lower_ in {"for", "over"}
                        for x in children(p, "pcomp", "pobj"))
        warded = lemma(v) in res.lex.warding_verbs and bool(pobjs(v, {"from", "against"}))
        if victims or warded or (lemma(v) in res.lex.undergo_verbs and not paid and not for_wrong):
            # "X fell victim to a crime", "X faces a threat": X suffers, not does; "had been the
            # victims of a Russian special operation": whose the act is, does
            if not any(c.dep_ == "neg" for c in v.children):
                for p in (p for c in victims for p in pobjs(c, {"of"})):
                    add([m for x in children(p, "poss") for m in res.actors_of(x, speaker=speaker)])
                    add([Mention(x.i, x.i + 1, Actor(d.name, d.kind), "agent") for x in children(p, "amod", "compound")
                         for d in [res.gaz.by_demonym.get(x.text)] if d is not None and d.kind == "state"])
                    add([m for b in pobjs(p, {"by"}) for m in res.actors_of(b, speaker=speaker)])
            continue
        if any(c.dep_ == "neg" for c in v.children) and not omission and not _did_too_little(v, res.lex):
            continue   # "Kaspersky was not the target": nothing is alleged of the subject
            #            (but "had not done enough to protect users" is the failure alleged)
        if not is_passive(v) and (verb_action(v, res.lex) in {"accuse", "sue", "investigate"} or (
                verb_action(v, res.lex) == "criticize" and v not in cues and not near_cue_verb(v))):
            # "a grand jury indicted X on fraud charges": the wrong is the charge's, not the
            # jury's; "France had condemned the cyberattack by Russian hackers": the
            # condemner did no wrong (the wrong's own agent is found below)
            continue
        called = [o for o in children(v, "dobj") + pobjs(v, {"on", "upon"}) if lemma(v) in res.lex.call_verbs
                  and any(x.dep_ == "xcomp" for x in v.children)]
        if called:
            # "the US called on Pakistan to end its support for terrorist groups":
            # the one called on to stop does the wrong, not the caller
            cands = called
        elif is_passive(v) and lemma(v) in res.lex.identifying_verbs and pobjs(v, {"as"}):
            # "the diplomats had been identified by Czech intelligence as GRU
            # officers": who is identified as the wrongdoer, not who identifies
            cands = children(v, "nsubjpass")
        elif is_passive(v):
            cands = [p for a in children(v, "agent") for p in children(a, "pobj")]
            if not cands and v not in cues:
                # "X had been involved in fraud": the subject does the wrong
                cands = children(v, "nsubjpass")
        elif v.tag_ == "VBN" and v.dep_ in {"ccomp", "xcomp"} and lemma(v.head) in {"have", "get"}:
            # "threatened to get the activists deported": the activists undergo it; whoever
            # has it done does it
            cands = children(v.head, "nsubj") or ([subject] if subject is not None else [])
        else:
            cands = children(v, "nsubj", "expl")
            if lemma(v) == "be":   # "the diplomats were Russian spies"
                cands += children(v, "attr")
            # ("there was clear evidence of Pakistan's involvement in the attack", "the evidence of
            # Russian involvement was overwhelming": what the evidence is of; not "no evidence")
            cands += [p for c in list(cands) if lemma(c) in res.lex.evidence_nouns and not any(
                d.lower_ in _NO_EVIDENCE for d in c.children) for p in pobjs(c, {"of"})]
            if any(lemma(c) in res.lex.blame_nouns for c in cands) and lemma(v) in {"lie", "rest", "fall"}:
                # "responsibility lay with management", "the blame rests on X": where it lies
                cands = pobjs(v, {"with", "on", "upon"})
            owed = [a for a in children(v, "attr") if lemma(a) in res.lex.blame_nouns
                    and not children(a, "acl", "relcl")] if lemma(v) == "be" else []
            if owed and not any(c.lower_ == "it" for c in children(v, "nsubj", "expl")):
                # "the pollution is the responsibility of Petroecuador", "was the fault of X"
                # (not a duty: "it is the responsibility of X to ...")
                cands = [p for a in owed for p in pobjs(a, {"of"})]
        if subject is not None:   # ("X, which it said had ...": the relative pronoun is X)
            cands = [subject if c.lower_ in {"which", "that", "who"} else c for c in cands]
        if not cands and v == root and subject is not None:
            cands = [subject]
        if not cands and v == root and v.dep_ == "xcomp" and is_passive(v.head):
            # "an ad by Petronas was found by the watchdog to have misled": the
            # passive subject of the reporting verb does the deed
            cands = children(v.head, "nsubjpass")
        others = tuple(sp.actor for sp in speakers if sp.actor.kind != "state")
        governing = res.lex.references.get("state", frozenset())
        for c in cands:
            # (a commission's "the federal government" is not the commission)
            skip = others if c.pos_ == "NOUN" and lemma(c) in governing else ()
            found = res.actors_of(c, speaker=speaker, exclude=skip)
            found = apposed_names(res, c, speaker) or found   # ("the state oil company, Petroecuador")
            if not found and c.dep_ == "nsubjpass" and c.head != v:
                found = np_actors(res, c, res.lex, products=True, speaker=speaker)
            if not found:
                found = [m for a in children(c, "appos") for m in res.actors_of(a, speaker=speaker)]
            if not found and c.pos_ == "NOUN":
                # "the junta's abusive operations", "X's allegations amount to fraud": the owner
                # (or a craft's state: "the British destroyer's actions were a violation")
                found = [m for p in owning_possessors(c, res.lex) for m in res.actors_of(p, speaker=speaker)
                         or np_actors(res, p, res.lex, products=True, speaker=speaker)]
            if not found and c.pos_ == "NOUN" and (lemma(c) in res.lex.act_nouns or lemma(c) in res.lex.deed_nouns):
                # ("the Saudi blockade was illegal", "the blockade imposed by Saudi Arabia", "the
                # Saudi-led blockade": the act's owner, told by a demonym, an agent or a leader;
                # and a part taken: "proof of Russian involvement in the hacking")
                found = [m for m in noun_owner(res, c, speaker, back=False) if not _same_side(m, speaker)]
            if c.pos_ == "PRON" or (c.pos_ == "NOUN" and c.tag_ in {"NN", "NNS"} and has_definite(c)):
                acted_on = _measured(res, root, speaker)
                if acted_on and all(any(_same_side(m, sp) for sp in speakers) for m in found):
                    # "sued Woolworths, alleging it misled shoppers", "fined the bank, saying the
                    # lender had hidden losses": the one the measure was taken against
                    found = acted_on
            sponsors = _sponsors(res, v, speaker)
            if sponsors:
                # "the hackers were acting on behalf of Russia's GRU": whoever they act for; an
                # unnamed doer ("the hackers") gives way to it, a named one stays
                # (a person "he" stands for is named: "Acting on the instructions of the American
                # side, he was collecting ...": he and the side both)
                found = [m for m in found if any(t.pos_ == "PROPN" for t in res.doc[m.start:m.end])
                         or (c.pos_ == "PRON" and m.actor.kind == "person")] + sponsors
            add(found)
        if out:
            return out
    for t in tokens:   # "Russia's use of nerve agents", "the work of X", "threats from X"
        doer = _at_the_hands(t, res.lex) if t in cues else None
        if doer is not None:
            add(res.actors_of(doer, speaker=speaker))   # ("deaths at the hands of the police")
        if cues and t.pos_ == "NOUN" and lemma(t) in res.lex.mark_nouns:
            # ("the attack bore the hallmarks of Fancy Bear": a wrong told, whose marks it has;
            # "the design bore the hallmarks of X" tells no wrong)
            add([m for p in pobjs(t, {"of"}) for m in res.actors_of(p, speaker=speaker)])
        if t in cues and t.pos_ == "NOUN":
            for c in owning_possessors(t, res.lex):
                add(res.actors_of(c, speaker=speaker))
            if lemma(t) in {"work", "handiwork"}:
                add([m for p in pobjs(t, {"of"}) for m in res.actors_of(p, speaker=speaker)])
                # ("the work of a group known as Tick, which operated under instructions from
                # the PLA's Unit 61419": whom the doer acts for, too)
                add([m for p in pobjs(t, {"of"}) for x in p.subtree if x.dep_ == "relcl"
                     for m in _sponsors(res, x, speaker)])
            add([m for p in pobjs(t, {"from", "by"}) if p in inside
                 for m in res.actors_of(p, speaker=speaker)])
            for acl in children(t, "acl"):
                add([m for p in pobjs(acl, {"from", "by"}) for m in res.actors_of(p, speaker=speaker)])
    return out


def _blamed_for(res: ArticleResolver, deed: Token, speaker: Mention) -> list[Mention]:
    """A deed named again (`military_acts`, `crime_nouns`: "the attack", "the cyberattack"
    told with its article, no owner): the party the article last blamed for a wrong, by
    whoever blamed it, unless that is the speaker."""
    lex = res.lex
    if not (has_definite(deed) and deed.pos_ == "NOUN" and lemma(deed) in lex.military_acts | lex.crime_nouns):
        return []
    if any(c.dep_ in {"poss", "compound", "amod"} and c.pos_ in {"PROPN", "ADJ", "PRON"} for c in deed.children):
        return []   # ("the Russian attack", "its attack": the owner is told, found or not)
    for actor, action, target in reversed(res.events):
        if action == "accuse" and actor.start < deed.i and target != speaker.actor:
            return [Mention(deed.i, deed.i + 1, target, "reference")]
    return []


def _at_the_hands(t: Token, lex) -> Token | None:
    """Who a harm is "at the hands of" ("five deaths at the hands of the security forces",
    "torture at the hands of the police"): the party after "of"; not a defeat or a loss
    (`hand_harms` and `harm_verbs` only: "was tortured at the hands of")."""
    if t.lower_ != "hands" or t.head.lower_ != "at" or (
            lemma(t.head.head) not in lex.hand_harms and lemma(t.head.head) not in lex.harm_verbs):
        return None
    return next(iter(pobjs(t, {"of"})), None)


_ENTRY_SETS: dict[tuple[int, str], frozenset] = {}


def _measured(res: ArticleResolver, root: Token, speaker: Mention) -> list[Mention]:
    """Whom a measure was taken against, when the content is its reason, told in a participle
    of speech hung on it: "The ACCC sued Woolworths, alleging it misled shoppers" (Woolworths);
    "Rwanda cut ties with Belgium, saying it had backed the rebels" (Belgium)."""
    frame = root.head if root.dep_ == "ccomp" else None
    if frame is None or frame.dep_ != "advcl" or frame.tag_ != "VBG" or lemma(frame) not in res.lex.speech_verbs:
        return []
    measure = frame.head
    action = verb_action(measure, res.lex)
    if action in {"sanction", "sue", "cut_ties", "investigate"}:
        preps = res.lex.actions[action].target_preps
        # (and the measure's own noun's: "launched Federal Court action against Crown Resorts")
        objs = children(measure, "dobj") + pobjs(measure, preps) + [
            p for o in children(measure, "dobj") if noun_action(o, res.lex) == action for p in pobjs(o, preps)]
    elif action is None and measure.pos_ == "VERB":
        # any other deed done to another's thing, the reason given a wrong of its owner:
        # "Turkey shot down a Russian warplane, saying it had violated its airspace",
        # "the navy seized two Iranian boats, saying they had entered its waters"
        objs = children(measure, "dobj")
    else:
        return []
    # (a court named on a suit hears it; it is not whom the suit is against)
    return [m for o in objs for m in np_actors(res, o, res.lex, products=True, speaker=speaker)
            if (m.actor.kind != "person" or m.via == "name") and not (action == "sue" and court_named(m, res.lex))]


def _sponsors(res: ArticleResolver, verb: Token, speaker: Mention) -> list[Mention]:
    """Whom a doer acts for: "on behalf of X", "in support of X", "at the behest of X"
    (`sponsor_nouns` after on/in/at/under, then "of"), "worked for X" (`service_verbs`)."""
    lex = res.lex
    out: list[Mention] = []
    # ("Acting on the instructions of the American side, he was collecting ...": on a
    # participle of serving hung on the verb)
    acting = [c for c in children(verb, "advcl") if c.tag_ == "VBG" and lemma(c) in lex.service_verbs]
    for prep in children(verb, "prep") + [p for c in acting for p in children(c, "prep")]:
        if prep.lower_ in {"on", "in", "at", "under"}:
            for n in children(prep, "pobj"):
                if lemma(n) in lex.sponsor_nouns:
                    # ("on the orders of X", "under instructions from X")
                    out += [m for p in pobjs(n, {"of", "from"}) for m in res.actors_of(p, speaker=speaker)]
        elif prep.lower_ == "for" and lemma(verb) in lex.service_verbs:
            out += [m for p in children(prep, "pobj") for m in res.actors_of(p, speaker=speaker)
                    if m.actor.kind != "person"]
    return out


def _entry_set(lex, key: str) -> frozenset:
    """A lexicon list of phrases as a set, built once per lexicon: membership on every
    token of reported content is then a hash lookup, not a scan of the list."""
    got = _ENTRY_SETS.get((id(lex), key))
    if got is None:
        got = _ENTRY_SETS[(id(lex), key)] = frozenset(getattr(lex, key))
    return got


# The first words of `dismissal`'s proofs not made: "fail prove", "unable prove", "yet provide evidence".
UNPROVEN_HEADS = frozenset({"fail", "unable", "yet"})


def _proving_verbs(lex) -> frozenset:
    """The verbs of a proof not made: the second word of `dismissal`'s "fail prove",
    "unable prove", "yet prove" and the like."""
    got = _ENTRY_SETS.get((id(lex), "proving"))
    if got is None:
        got = _ENTRY_SETS[(id(lex), "proving")] = frozenset(
            e[1] for e in lex.dismissal if len(e) > 1 and e[0] in UNPROVEN_HEADS)
    return got


def _named(res: ArticleResolver, tokens: list[Token], speaker: Mention) -> list[Mention]:
    """Actors named in the content, in text order (for criticism)."""
    out: list[Mention] = []
    for t in tokens:
        if t.pos_ not in {"PROPN", "NOUN", "PRON"} or t.dep_ == "compound" or \
                t.lower_ in {"which", "who", "that"}:
            continue
        criticism, wrongdoing = _entry_set(res.lex, "criticism"), _entry_set(res.lex, "wrongdoing")
        if (lemma(t),) in criticism or (lemma(t),) in wrongdoing:
            continue   # a cue word the tagger took for a name is not an actor
        if t.dep_ == "pobj" and t.head.head.pos_ == "NOUN" and (lemma(t.head.head),) in wrongdoing:
            continue   # "an attack on India": the victim
        if t.dep_ == "pobj" and t.head.lower_ == "against" and t.head.head.pos_ == "NOUN":
            continue   # "hostile acts against Algeria", "the case against Navalny": who it is against
        if t.dep_ == "pobj" and (lemma(t.head.head), t.head.lower_) in criticism:
            continue   # "a blow to clean athletes", "a setback for Apple": who is harmed, not blamed
        if t.dep_ == "pobj" and t.head.lower_ in {"on", "upon", "at", "against"} and t.head.head.pos_ == "VERB" \
                and lemma(t.head.head) not in res.lex.call_verbs:
            continue   # "the bomb dropped on X", "the sanctions imposed on X": what an act falls on
            #            (but "called on X to end its reckless behaviour" asks X)
        if t.dep_ == "nsubj" and lemma(t.head) in res.lex.undergo_verbs:
            continue   # "the EU faces a threat": the victim
        if (t.dep_ == "poss" and lemma(t.head) in res.lex.patient_nouns and t not in owning_possessors(t.head, res.lex)) \
                or (t.dep_ == "pobj" and t.head.lower_ == "of" and lemma(t.head.head) in res.lex.patient_nouns):
            continue   # "Kavala's imprisonment", "the arrest of X": whom the act befell
        if t.dep_ == "pobj" and t.head.lower_ in {"in", "at", "across", "throughout", "within", "inside"} \
                and t.head.head.dep_ not in {"nsubj", "nsubjpass"}:
            # "unacceptable in the current environment in New Zealand": a place (but
            # "the violence in Iran was unacceptable" judges what happens there)
            continue
        for m in res.actors_of(t, speaker=speaker)[:1]:
            if m.via not in {"name", "agent"}:
                continue   # criticism names its target; a pronoun here is mostly the speaker
            if not _same_side(m, speaker) and m.actor not in [o.actor for o in out]:
                out.append(m)
    return out


def _nearest_cue(named: list[Mention], cues: set[Token]) -> list[Mention]:
    """The named actors, the one named last before the first criticism cue first: "stood with the
    Netherlands and called on Russia to end its reckless behaviour" criticises Russia."""
    if len(named) < 2 or not cues:
        return named
    first = min(c.i for c in cues)
    before = [m for m in named if m.start < first]
    if not before:
        return named
    near = max(before, key=lambda m: m.start)
    return [near] + [m for m in named if m is not near]


def _dismissed_owner(res: ArticleResolver, tokens: list[Token], lex, speaker: Mention) -> Mention | None:
    """Whose claim is dismissed: "the EU Parliament's zero-evidence decision"."""
    for cue in _cue_tokens(tokens, lex.dismissal):
        noun = cue
        for _ in range(3):
            if noun.pos_ == "NOUN" and lemma(noun) in lex.claim_nouns and \
                    noun.dep_ not in {"compound", "amod", "nmod"}:   # (not "a zero-evidence decision")
                break
            noun = noun.head
        if noun.pos_ != "NOUN":
            continue
        for p in children(noun, "poss") + pobjs(noun, {"by", "from"}):
            found = [m for m in res.actors_of(p, speaker=speaker) if not _same_side(m, speaker)]
            if found:
                return found[0]
    return None


def _accuser_of_cleared(res: ArticleResolver, tokens: list[Token], lex, speaker: Mention) -> Mention | None:
    """Whoever last accused the party that reported content finds no evidence of a wrong
    against ("no evidence that China was behind the hack", "had not seen any proof that
    Iran supplied the drones to Russia"), when that party is not the speaker's side and
    the accuser is another party: the speaker doubts that accuser's claim."""
    for ev in tokens:
        if lemma(ev) not in lex.evidence_nouns or not (
                any(c.dep_ == "det" and c.lower_ == "no" for c in ev.children) or negated(ev.head, lex)
                or any(c.dep_ == "neg" for c in ev.head.children)):
            continue
        for clause in children(ev, "acl", "ccomp"):
            if not _wrong_cues(list(clause.subtree), lex):
                continue   # ("no evidence that Najib had made any effort to return them" clears no one)
            for subj in children(clause, "nsubj", "nsubjpass"):
                for p in res.actors_of(subj, speaker=speaker, exclude=(speaker.actor,)):
                    if _same_side(p, speaker):
                        continue
                    for m, act, target in reversed(res.events):
                        if act == "accuse" and target == p.actor and not _same_side(m, speaker) \
                                and m.actor != p.actor:
                            return m
    return None


def _unproven_by(res: ArticleResolver, tokens: list[Token], lex, speaker: Mention) -> Mention | None:
    """The accuser said to have "failed to provide evidence" or to have "yet to prove" its
    claim: the subject of the failing verb, when it has accused someone in the article or
    the unproven thing is a claim ("failed to prove that ...", "evidence for the allegation";
    "Djokovic failed to provide evidence to meet the entry requirements" is no claim)."""
    for cue in _cue_tokens(tokens, lex.dismissal):
        if lemma(cue) not in UNPROVEN_HEADS:
            continue
        verb = cue if cue.pos_ in {"VERB", "AUX"} else cue.head
        while verb.dep_ in {"xcomp", "acomp", "advmod"} and not children(verb, "nsubj"):
            verb = verb.head
        claimed = _doubted_claim(tokens, lex) is not None or any(
            c.dep_ == "ccomp" for t in tokens if lemma(t) in _proving_verbs(lex) for c in t.children)
        for s in children(verb, "nsubj"):
            for m in res.actors_of(s, speaker=speaker):
                if not _same_side(m, speaker) and (m.actor in res.accused or claimed):
                    return m
    return None


def _doubted_claim(tokens: list[Token], lex) -> Token | None:
    """The claim a dismissal is about when the content's subject is no claim:
    "(there is) no evidence for/behind Russia's claim", "no proof to support
    the allegations"."""
    for cue in _cue_tokens(tokens, lex.dismissal):
        noun = cue if cue.pos_ == "NOUN" else cue.head
        inner = pobjs(noun, {"for", "of", "behind", "to", "about"}) + [
            o for acl in children(noun, "acl", "relcl") for o in children(acl, "dobj")]
        for t in inner:
            if t.pos_ == "NOUN" and lemma(t) in lex.claim_nouns:
                return t
    return None


def _retaliation(tokens: list[Token], root: Token, lex) -> bool:
    """'Russia would respond to the expulsions': a future act in return (not one ruled
    out: "said it would not retaliate")."""
    if negated(root, lex):
        return False
    future = root.dep_ == "xcomp" or any(
        c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in root.children)
    # (or the infinitive a future "be forced", "be ready", "be obliged" leads to:
    # "Russia would be forced to take retaliatory measures")
    words = [root, *root.children]
    words += [g for c in root.children if c.dep_ == "xcomp" for g in c.children]
    # ("Brussels was ready to respond in kind", "stands prepared to retaliate": readiness
    # promises the infinitive)
    ready = [x for a in root.children if a.dep_ in {"acomp", "advcl", "oprd"} and a.lower_ in lex.promising_verbs
             for x in a.children if x.dep_ == "xcomp"]
    if ready:
        future = True
        words += [w for x in ready for w in (x, *x.children)]
    # ("reserved the right to take further measures": what it keeps open to do)
    kept = [a for o in root.children if o.dep_ == "dobj" and o.lemma_.lower() in {"right", "option"}
            for a in o.children if a.dep_ == "acl"]
    if kept and root.lemma_.lower() in {"reserve", "keep", "retain", "have"}:
        future = True
        words += [w for a in kept for w in (a, *a.children)]
    if any((lemma(w),) in lex.retaliation and any(
            lemma(p) in lex.message_nouns for p in pobjs(w, {"to"})) for w in words):
        return False   # ("would respond to the President's letter": an answer, no retaliation)
    return future and bool(find_phrases(words, lex.retaliation))


def _cue_tokens(tokens: list[Token], entries) -> set[Token]:
    """Where the cues occur; a name is never a cue ("Shell", "Fair")."""
    return {t for t in find_phrases(tokens, entries) if not (t.pos_ == "PROPN" and t.text[:1].isupper())}


def _evidence_that(res: ArticleResolver, verb: Token) -> list[Frame]:
    """"The report found evidence that Rwandan troops had crossed the border", "investigators
    have proof that ...", "documented a pattern of X doing C": whoever finds or holds
    evidence of C says C (`evidencing_verbs` with an object in `evidence_nouns`; not
    "found no evidence that")."""
    lex = res.lex
    out = []
    for obj in children(verb, "dobj"):
        if lemma(obj) not in lex.evidence_nouns or any(c.lower_ in _NO_EVIDENCE for c in obj.children):
            continue
        contents = [c for c in obj.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        # "evidence of Ethiopian troops shooting civilians", "a pattern of X torturing
        # detainees": the gerund's subject is the one whose act the evidence shows
        # (the gerund may hang on the evidence noun itself: "a pattern of X torturing")
        doing = [(c, p) for p in pobjs(obj, {"of"}) for c in [*p.children, *obj.children]
                 if c.dep_ == "acl" and c.tag_ == "VBG" and c.i > p.i]
        subj, _ = subject_token(verb, control=False)
        if not (contents or doing) or subj is None:
            continue
        speakers = _speakers(res, subj, None) if subj.lower_ not in {"we", "i"} else _quoting(res, verb)
        if speakers:
            if contents:
                out.append(Frame(speakers, contents[0], verb, None))
            for act, doer in doing[:1]:
                out.append(Frame(speakers, act, verb, None, subject=doer))
    return out


def _quoting(res: ArticleResolver, verb: Token) -> list[Mention]:
    """Who says "we" or "I" in a quotation: the subject of the speech verb that frames
    it ('"We have documented ...," Human Rights Watch said')."""
    root = verb
    while root.head.i != root.i:
        root = root.head
    for v in [root, *root.children]:
        if v.lemma_.lower() in res.lex.speech_verbs and v != verb:
            for s in children(v, "nsubj"):
                if s.pos_ != "PRON":
                    return _speakers(res, s, None)
    return []


def _wrong_cues(tokens: list[Token], lex) -> set[Token]:
    """Wrongdoing cues: the lexicon's, a manner of wrongdoing ("deliberately
    pushed"), and deeds read only as verbs ("shelled a hospital")."""
    # ("criminal charges", "a criminal investigation": the kind of a charge or an inquiry,
    # no wrong done by the clause's subject)
    # ("the racketeering suit": the kind of a suit, too)
    out = {c for c in _cue_tokens(tokens, lex.wrongdoing) if not (
        c.dep_ in {"amod", "compound"} and (lemma(c.head) in lex.claim_nouns or noun_action(c.head, lex) is not None))}
    for t in tokens:
        if _at_the_hands(t, lex) is not None:
            out.add(t)   # ("five deaths at the hands of the security forces": a harm done by them)
        # "had been the victims of a Russian special operation": a wrong done to them (not
        # "the target of an inquiry", which only the words after it can make a wrong)
        if t.pos_ == "NOUN" and lemma(t) in lex.victim_words and lemma(t) != "target" and pobjs(t, {"of"}):
            out.add(t)
        if t.pos_ == "ADV" and t.lower_ in lex.wrongful_manner:
            out.add(t.head)
        elif t.pos_ == "VERB" and word_forms(t) & lex.wrongful_verbs:
            out.add(t)
        elif t.pos_ == "VERB" and _deceives(t, lex):
            out.add(t)
        elif t.pos_ == "VERB" and (t.dep_ == "xcomp" or (t.dep_ == "acl" and t.head.pos_ == "NOUN")) \
                and lemma(t) in lex.duty_verbs and \
                word_forms(t.head) & lex.duty_failures and not _things(children(t.head, "nsubj"), lex) \
                and not any(lemma(o) in lex.cited for o in children(t, "dobj")):
            # "failed to recall the treadmills", "refused to cooperate", "Cuba's failure to
            # protect our diplomats"; not "failed to provide any evidence", which doubts a claim
            out.add(t.head)
        elif t.pos_ in {"VERB", "AUX"} and _did_too_little(t, lex):
            out.add(t)
        elif t.pos_ == "VERB" and (_harms(t, lex.harm_verbs, lex.harm_objects, lex.quantity_words) or
                                   _harms(t, lex.pollution_verbs, lex.pollution_objects, lex.quantity_words) or
                                   _intrudes(t, lex)):
            out.add(t)
    # (a wrong someone "had not shown" or "failed to prove" is not told as done: "said the
    # petitioners had not shown that the results were interfered with")
    proving = lex.showing_verbs | _proving_verbs(lex)
    # (nor a wrong that only describes the culprits an act is aimed at: "reserved the right to
    # act against those responsible", "is committed to holding accountable those responsible
    # for these atrocities": no wrong of the clause's subject)
    out = {c for c in out if not any(lemma(a) in lex.culprit_words and a.i != c.i for a in _up_to_verb(c))
           and not (c.pos_ == "ADJ" and c.dep_ != "amod" and lemma(c.head) in lex.holding_verbs)
           # ("would stand behind its growers", "rallied behind the coach": backing, not a culprit)
           and not (c.lower_ == "behind" and verb_action(c.head, lex) == "defend")}
    return {c for c in out if not any(
        a.pos_ == "VERB" and lemma(a) in proving and (
            negated(a, lex) or (a.dep_ == "xcomp" and lemma(a.head) in UNPROVEN_HEADS))
        for a in c.ancestors) and not _free_of(c)}


def _up_to_verb(tok: Token) -> list[Token]:
    """The token and its heads up to (not including) the first verb above it: the phrase
    a word belongs to."""
    out = [tok]
    while out[-1].head.i != out[-1].i and out[-1].head.pos_ not in {"VERB", "AUX"}:
        out.append(out[-1].head)
    return out


def stated_reasons(res: ArticleResolver, cands: list[Candidate], lex) -> list[Candidate]:
    """A measure's stated reason that names its target's wrong is an accusation by the one
    who took it: "barred General Lwin from entering the country, citing his responsibility
    for killings of civilians", "expelled the envoy over what it called his interference"
    (the reason's possessive is the target's; only "citing" and "what it called")."""
    out: list[Candidate] = []
    for c in cands:
        if c.action not in {"sanction", "cut_ties"} or c.target is None:
            continue
        reasons = []
        for t in c.trigger.subtree:
            if lemma(t) == "cite" and t.tag_ == "VBG" and t.dep_ in {"advcl", "conj", "xcomp"}:
                reasons += children(t, "dobj")
            elif lemma(t) in {"call", "describe", "term"} and any(w.lower_ == "what" for w in t.children):
                if t.dep_ == "pcomp" and t.head.lower_ in {"over", "for"}:
                    reasons += children(t, "oprd", "attr", "xcomp")
                elif t.dep_ == "relcl" and t.head.dep_ == "pobj" and t.head.head.lower_ in {"over", "for"}:
                    reasons.append(t.head)   # (the parse as repaired: "over [what it called] his role")
        for r in reasons:
            # (a pronoun there is the target's: no one cites its own wrong as its reason)
            owned = any(p.pos_ == "PRON" or any(m.actor == c.target.actor for m in res.actors_of(p))
                        for p in children(r, "poss"))
            if not owned or not _wrong_cues(list(r.subtree), lex):
                continue
            out.append(Candidate(c.actor, "accuse", c.target, r, "reason", r, 0.5))
    return out


def _free_of(cue: Token) -> bool:
    """A wrong one is "without": "should be able to work without facing intimidation" is
    free of it, no wrong done (a wrong told with "without" is its own cue's: "without
    permission" is one word of `wrongdoing`, and its "without" hangs on the verb)."""
    while cue.dep_ == "conj" and cue.head != cue:
        cue = cue.head   # ("without facing intimidation or reprisal")
    if cue.dep_ == "dobj" and cue.head.dep_ == "pcomp":
        cue = cue.head   # ("without facing intimidation"; not "without proper anti-money laundering
        # controls", a wrong only the noun's modifier names)
    return cue.dep_ in {"pobj", "pcomp"} and cue.head.lower_ == "without"


def _did_too_little(verb: Token, lex) -> bool:
    """Too little done towards a duty: "had not done enough to protect users", "did
    little to stop the abuse", "has done nothing to prevent it", "did too little to
    warn patients" (a verb of `duty_verbs` after "do")."""
    if lemma(verb) != "do":
        return False
    amount = [c for c in verb.children if c.dep_ in {"dobj", "advmod", "npadvmod"}
              and c.lower_ in {"enough", "little", "nothing", "less"}]
    if not amount:
        return False
    negated_do = any(c.dep_ == "neg" for c in verb.children)
    if any(a.lower_ == "enough" for a in amount) != negated_do:
        return False   # ("did enough to stop it" is no failure; "did not do nothing" is odd)
    purposes = [x for h in [verb, *amount] for x in h.children
                if x.dep_ in {"xcomp", "advcl", "relcl", "acl"} and x.pos_ == "VERB"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)]
    return any(lemma(x) in lex.duty_verbs for x in purposes)


def _charged_by_trigger(cue: Token, root: Token, frame_verb: Token, lex) -> bool:
    """A wrong that an accusing verb inside the content already charges to its own object
    ("... and accused Beijing of using companies to undermine security"): that verb's
    claim, not one against the content's subject. The frame's own verb is outside the
    content ("branded the fine illegal": the label is the speaker's)."""
    cur = cue
    for _ in range(8):
        if cur == root or cur.head == cur or cur.head == frame_verb:
            return False
        cur = cur.head
        if cur != root and cur.pos_ == "VERB" and verb_action(cur, lex) == "accuse":
            # (with a party as its subject: "China's action was regrettable and accused
            # Beijing of bullying" leaves the accusing to the speaker's reading here)
            subj = children(cur, "nsubj") or (children(cur.head, "nsubj") if cur.dep_ == "conj" else [])
            return bool(subj) and not _things(subj, lex)
    return False


def _things(subjects: list[Token], lex) -> bool:
    """Whether a subject is a claim, a document or an act, not a party ("the review
    failed to provide accountability" faults the review, accuses no one of it)."""
    return any(lemma(s) in lex.claim_nouns or lemma(s) in lex.document_nouns or lemma(s) in lex.act_nouns
               for s in subjects)


def _deceives(verb: Token, lex) -> bool:
    """Deceit done: "had fabricated sales", "doctored the figures" (active, with an
    object that is no claim); "the evidence was fabricated" dismisses a claim."""
    return lemma(verb) in lex.deceit_verbs and not is_passive(verb) and any(
        lemma(o) not in lex.claim_nouns for o in children(verb, "dobj")) and not _things(
        children(verb, "nsubj"), lex)


def _intrudes(verb: Token, lex) -> bool:
    """Entering someone else's space: "entered Croatian airspace", "crossed into
    Venezuela's territory", "sailed into Philippine waters" (the space names its
    owner: a demonym, a possessive or a name)."""
    if lemma(verb) not in lex.intrusion_verbs:
        return False
    spaces = children(verb, "dobj") + pobjs(verb, {"into", "over", "across", "through", "inside"})
    for o in spaces:
        if lemma(o) in lex.intrusion_objects and any(
                c.dep_ in {"poss", "amod", "compound", "nmod"} and (c.pos_ == "PROPN" or c.ent_type_ in {"NORP", "GPE"})
                for c in o.children):
            return True
    return False


def _harms(verb: Token, verbs: frozenset[str], objects: frozenset[str], quantity: frozenset[str]) -> bool:
    """A deed wrongful by its object: "beat detained protesters", "fired on
    villagers", "released toxic waste" (the object, its modifiers, or "on/at/
    against/into X")."""
    if lemma(verb) not in verbs:
        return False
    # (what a deed with an object is done "at" or "on" is where or when it is done: "planned to
    # hold a celebration at Government House")
    objs = children(verb, "dobj") or pobjs(verb, {"on", "at", "against", "upon"})
    if not objs and any(a.dep_ == "agent" for a in verb.children):
        # ("two journalists were wounded by Norland's soldiers": the harmed are the subject of
        # a passive that names who did it)
        objs = children(verb, "nsubjpass")
    # ("held thousands of Ukrainian children": through a quantity to what it counts)
    objs += [p for o in objs if o.tag_ == "CD" or o.ent_type_ == "CARDINAL" or lemma(o) in quantity
             for p in pobjs(o, {"of"})]
    return any(lemma(w) in objects or w.lower_ in objects
               for o in objs for w in [o, *children(o, "amod", "compound", "nmod")])


def _dismissal_cues(tokens: list[Token], lex) -> set[Token]:
    """Dismissal cues that judge a claim: "the claims are false", "a baseless
    smear", not an adjective describing something else ("false ads" is what
    the accused did)."""
    out = set()
    single = single_words(lex.dismissal)
    for t in _cue_tokens(tokens, lex.dismissal):
        if t.dep_ == "xcomp" and t.head.pos_ == "VERB" and lemma(t.head) in lex.duty_failures:
            continue   # ("had failed to comply with the law": a duty failed, nothing cleared)
        if t.dep_ == "amod" and t.head.pos_ in {"NOUN", "PROPN"} and lemma(t) in single:
            head = lemma(t.head)
            if head not in lex.claim_nouns and head not in lex.report_nouns and \
                    (head,) not in lex.dismissal and t.head.dep_ not in {"attr", "oprd", "ROOT"}:
                continue
        out.add(t)
    return out


def speech(res: ArticleResolver, sent: Span, read: list[Frame] | None = None) -> list[Candidate]:
    """The claims the sentence's frames of reported speech make (`read`, when given, collects
    the frames, for `restated`)."""
    lex = res.lex
    out: list[Candidate] = []
    for fr in frames(res, sent):
        fr = _own_view(_told_by_owner(res, fr, lex), lex)
        if read is not None:
            read.append(fr)
        if lemma(fr.content) in lex.accusing_speech and any(
                c.lower_ in {"we", "i"} for c in children(fr.content, "nsubj")):
            continue   # ("'We allege X ...,' she told reporters": the inner "allege" is the claim)
        tokens = clause_tokens(fr.content, fr.exclude)
        # a participle of speech hanging off the content is the framing, not the content
        # ("..., calling the finding baseless")
        framing = {x for t in tokens for c in t.children
                   if c.dep_ in {"advcl", "parataxis"} and lemma(c) in lex.speech_verbs and c != fr.content
                   for x in c.subtree}
        own = {x for c in _own_clauses(fr.content) for x in c.subtree}   # (each its own frame)
        tokens = [t for t in tokens if t != fr.verb and t not in framing and t not in own] + list(fr.extra)
        subj_tok = next(iter(children(fr.content, "nsubj", "nsubjpass")), fr.subject)
        if fr.subject is not None and subj_tok is not None and subj_tok.lower_ in {"which", "that", "who"}:
            subj_tok = fr.subject   # ("X, which it said had ...")
        # what happens only "if the United States attacked" is no allegation
        conditional = {x for c in conditions(fr.content) for x in c.subtree}
        # nor what is only asked ("was investigating whether Fonterra had breached the rules",
        # "would investigate allegations that Shell had bribed officials")
        # ("assessing the measures, including whether they breached the agreement")
        conditional |= {x for t in tokens if t.dep_ in {"ccomp", "advcl", "pcomp"} and any(
            m.dep_ == "mark" and m.lower_ == "whether" for m in t.children) for x in t.subtree}
        conditional |= {x for t in tokens if t.pos_ == "NOUN" and lemma(t) in lex.claim_nouns
                        and lemma(t.head) in lex.inquiry_words
                        for c in t.children if c.dep_ in {"acl", "ccomp"} for x in c.subtree}
        # nor what a rejected view says ("we reject the view that X's actions constitute apartheid")
        rejected = {x for t in tokens if t.pos_ == "NOUN" and (lemma(t) in lex.claim_nouns or lemma(
                        t) in lex.attribution_nouns) and word_forms(t.head) & lex.negating_verbs
                    for c in t.children if c.dep_ in {"acl", "ccomp", "relcl"} for x in c.subtree}
        wrong_cues = {t for t in _wrong_cues(tokens, lex) if t not in conditional and t not in rejected
                      and not _charged_by_trigger(t, fr.content, fr.verb, lex)}
        if fr.outlet and not wrong_cues:
            continue   # (an outlet reporting no wrong relays news)
        # (a "no" that begins a wrong, "had no right to build bases", dismisses nothing)
        dismiss = bool(_dismissal_cues(tokens, lex) - wrong_cues)
        neg = _content_negated(tokens, fr.content, wrong_cues) or _not_committed(tokens, lex)
        wrong = bool(wrong_cues) or lemma(fr.verb) in lex.accusing_speech
        critic_cues = _cue_tokens(tokens, lex.criticism)
        # (a reproach inside what a verb of the content condemns is that verb's own claim, read
        # by the verb rules: "said the US stood with its ally and condemned Beijing's
        # 'retaliatory action'" criticises Beijing, not the US)
        inside = set(tokens)
        critic_cues = {c for c in critic_cues if not any(
            a != fr.verb and a.pos_ == "VERB" and a in inside and not is_passive(a)
            and verb_action(a, lex) in {"criticize", "accuse"} for a in c.ancestors)}
        # "the firm should have warned patients much earlier": a reproach of what the
        # subject did not do (active; "Sinner should have been banned" blames no subject)
        auxes = {c.lower_ for c in fr.content.children if c.dep_ == "aux"}
        reproach = fr.content.tag_ == "VBN" and not is_passive(fr.content) and "have" in auxes \
            and bool(auxes & {"should", "ought"}) and not conditions(fr.content)
        critic = bool(critic_cues) or reproach
        judged = fr.content if fr.evaluation else subj_tok
        # what is called baseless: the content's subject, or the object labelled
        # ("called the British accusations a fabrication")
        claim_tok = judged if fr.evaluation and judged.pos_ == "NOUN" else subj_tok
        if claim_tok is None or claim_tok.dep_ == "expl":
            # "there is no evidence for Russia's claim that ...": the claim the dismissal names
            claim_tok = _doubted_claim(tokens, lex) or claim_tok
        about_claim = claim_tok is not None and (lemma(claim_tok) in lex.claim_nouns or any(
            c.lower_ in {"alleged", "so-called", "purported", "supposed"} for c in claim_tok.children))
        if not about_claim and dismiss and claim_tok is not None and claim_tok.dep_ == "nsubj" \
                and lemma(fr.content) == "be" and (
                claim_tok.lower_ in {"this", "that", "these", "those"} or (
                    claim_tok.lower_ == "all" and any(p.lower_ == "of" for p in claim_tok.children))):
            # "'This is utterly false,' the spokeswoman said", "All of this is an absolute lie":
            # what was just reported, dismissed (not "it", which may be the speaker: "It
            # disagreed, Hindenburg said")
            about_claim = True
        about_act = judged is not None and judged.pos_ == "NOUN" and lemma(judged) in lex.act_nouns \
            and lemma(judged) not in lex.asserting_nouns \
            and not (subj_tok is not None and judged.i == subj_tok.i and lemma(fr.content) in lex.verdict_verbs)
        # (an inquiry that finds is no act judged: "an investigation found no evidence that ...")
        shared = _dismissal_cues(tokens, lex) & wrong_cues if about_claim and not dismiss else set()
        if shared:
            # ("the claims were without legal basis": of a claim, a cue that is also a wrong's
            # when said of an act dismisses it)
            wrong_cues = wrong_cues - shared
            dismiss = True
            wrong = bool(wrong_cues) or lemma(fr.verb) in lex.accusing_speech
        if about_claim and not dismiss and _cue_tokens(tokens, lex.doubt):
            dismiss = True   # "Sweden's case against X is weak": doubt of a claim dismisses it
        if about_claim and not dismiss and not wrong and critic_cues and not reproach and not all(
                c.lower_ in lex.gravity_words for c in critic_cues):
            # "called the allegations a provocation", "said the accusations were outrageous": a
            # claim labelled with a word of reproach is rejected (a claim is no act to criticise;
            # "called the allegations shocking" tells how grave the acts alleged are)
            dismiss = True
        if about_act and dismiss:
            # "called the ruling absurd", "said the fine was baseless": an act is
            # criticised; only a claim can be denied
            dismiss, critic = False, True
        # ("called the attack an act of nuclear terrorism": a deed, not a measure, labelled a
        # crime accuses whoever did it)
        # (nor a forcible act labelled a grave wrong: "called the seizure of the ships an act of
        # aggression", `grave_labels`; "called the sanctions an act of aggression" criticises)
        deed_labelled = about_act and fr.evaluation and wrong and (
            noun_action(judged, lex) is None and lemma(judged) in lex.military_acts
            or lemma(judged) in lex.forcible_acts and any(lemma(t) in lex.grave_labels for t in fr.extra))
        if about_act and fr.evaluation and wrong and not deed_labelled:
            # "called the sanctions illegal", "branded the tariffs bullying": a
            # measure labelled wrongful is criticised, its owner accused of nothing more
            wrong, critic = False, True
        gerund = next((c for c in children(fr.content, "csubj") if c.tag_ == "VBG"), None)
        if subj_tok is None and gerund is not None:
            # ("warned Finland that joining NATO would be a mistake", "said hosting US troops was
            # a provocation by Poland": the act judged is the gerund's, done by its own subject,
            # the party warned, or the one the judgement names it for; never by its object)
            subj_tok = next(iter(children(gerund, "nsubj", "poss") or children(fr.verb, "dobj") or [
                p for x in fr.content.subtree if x.dep_ == "prep" and x.lower_ in {"for", "by"}
                and x.head.dep_ in {"attr", "acomp"} for p in children(x, "pobj")]), None)
        # (the parser may hang the clause beside the content, as another one said: "said [what had
        # gone on at X] [was a scandal]")
        told = next((c for c in [*children(fr.content, "csubj"), *(
            x for x in children(fr.verb, "ccomp") if x.i < fr.content.i and not children(fr.content, "nsubj", "expl"))]
            if any(w.lower_ == "what" and w.dep_ in {"nsubj", "nsubjpass"} for w in c.children)), None)
        if subj_tok is None and told is not None:
            # ("said what had happened at Barclays was shocking": the body it happened at)
            subj_tok = next((p for x in told.subtree if x.dep_ == "prep" and x.lower_ == "at"
                             for p in children(x, "pobj")), None)
        for speaker in fr.speakers:
            subjects = res.actors_of(subj_tok, speaker=speaker, exclude=(speaker.actor,)) \
                if subj_tok is not None else []
            if subj_tok is not None and subj_tok.pos_ == "NOUN" and lemma(subj_tok) in lex.patient_nouns:
                # ("said Kavala's imprisonment was unjust", "that the arrest of X was illegal": the
                # one the act befell is not who did it)
                undergoing = {m.actor for p in undergoers(subj_tok, lex) for m in res.actors_of(p, speaker=speaker)}
                subjects = [m for m in subjects if m.actor not in undergoing]
            if subj_tok is not None and not subjects and subj_tok.pos_ != "PRON":
                # "the firm's chief executive said the company had done nothing wrong":
                # a description may be the speaker's own side
                mine = res.actors_of(subj_tok, speaker=speaker)
                subjects_own = [m for m in mine if _same_side(m, speaker)]
            else:
                subjects_own = []
            if subj_tok is not None and subj_tok.lower_ in {"i", "we"}:
                # ('"I did not dope," Ruiz said', '"We did nothing wrong," the bank said': the
                # first person of what a speaker says is the speaker, or the speaker's side)
                subjects, subjects_own = [], [speaker]
            own = bool(subjects_own) or any(_same_side(s, sp) or _organ_of(res, sp, s) for s in subjects
                                            for sp in fr.speakers) or (
                subj_tok is None and fr.content.dep_ in {"xcomp", "conj"}) or (   # "vowed to retaliate"
                # "legal action would be taken against him": measures told in the passive are
                # the speaker's own
                is_passive(fr.content) and subj_tok is not None and (lemma(fr.content), lemma(subj_tok)) in lex.retaliation)
            made = menaced = False
            # (what the speaker's side "will not" or "would not" do is a refusal, not a
            # denial, unless it is a wrong: "would never poison anyone")
            # ("he acknowledged he had no evidence": a speaker conceding a lack of its own denies nothing)
            conceded = lemma(fr.verb) in lex.conceding_verbs and (own or subj_tok is not None and any(
                m.actor == speaker.actor for m in res.actors_of(subj_tok, speaker=speaker)))
            # ("Rio Ave said the coach denied it": the coach's denial, reported; not the speaker's)
            reported = verb_action(fr.content, lex) in lex.rule_actions["rejecting"] and subj_tok is not None \
                and subj_tok.pos_ != "PRON" and any(m.actor != speaker.actor
                                                    for m in res.actors_of(subj_tok, speaker=speaker))
            # ("Petrov said he was innocent", "Huawei said it was a law-abiding company": the
            # accused asserting its own innocence denies)
            cleared_self = own and not neg and not wrong and not future(fr.content) and subj_tok is not None \
                and lemma(subj_tok) not in lex.act_nouns and bool(subjects_own or [
                s for s in subjects if any(_same_side(s, sp) for sp in fr.speakers)]) and bool(
                _cue_tokens(tokens, lex.exoneration))
            # ("the company insisted its pipeline had not leaked", "the plant of Helmark is not
            # pouring waste into the river, its manager said": the accused saying what is its
            # own did not do it denies, when someone has blamed it so far)
            belongs = any(c.dep_ == "neg" for c in fr.content.children) and not own and not subjects \
                and not any(c.tag_ == "MD" for c in fr.content.children) and not future(fr.content) \
                and _owned_by_speaker(res, subj_tok, speaker) and res.blamed(speaker.actor, {speaker.actor})
            # ("our relations with Turkey are not good": a relation the speaker is in, judged
            # poor, is no denial of anything it did)
            related = subj_tok is not None and lemma(subj_tok) in lex.relation_nouns and not dismiss
            # ("said it did not yet know when shipments would resume": not knowing an answer
            # denies nothing; "Japan would not tolerate actions that threaten its security":
            # a warning, no denial)
            unsure = lemma(fr.content) == "know" and any(
                c.dep_ in {"ccomp", "xcomp", "advcl"} and c.left_edge.lower_ in lex.question_words
                for c in fr.content.children)
            warns = lemma(fr.content) in lex.tolerating_verbs and future(fr.content)
            denial_neg = neg and not unsure and not warns
            # ("Helmark said its discharges were lawful", "Huawei said its equipment was safe":
            # the blamed party calling a thing or an act of its own lawful or safe denies)
            vouched = not neg and not wrong and not own and not future(fr.content) \
                and _owned_by_speaker(res, subj_tok, speaker) and res.blamed(speaker.actor, {speaker.actor}) \
                and bool(_cue_tokens(tokens, lex.exoneration))
            if not conceded and not reported and not related and (dismiss or cleared_self or belongs or vouched or (
                    denial_neg and (about_claim or (own and (wrong_cues or not future(fr.content)))))):
                owner = _dismissed_owner(res, tokens, lex, speaker)
                unproven = None if owner is not None else _unproven_by(res, tokens, lex, speaker)
                owner = owner or unproven
                action = "deny"
                if about_claim and claim_tok is not None:
                    # "the British accusations were absurd": whose claim, against whom
                    owners, claimed = claim_parties(res, claim_tok, lex)
                    if speaker.via == "reference" and any(o.actor == speaker.actor for o in owners):
                        # "'Delta's claims are misinformation,' the company said": a party
                        # does not dismiss its own claims; "the company" is another one
                        other = res.actors_of(res.doc[speaker.start], before=tokens[0].sent.start,
                                              exclude=tuple(o.actor for o in owners))
                        speaker = other[0] if other else speaker
                    owners = [o for o in owners if not _same_side(o, speaker)]
                    owner = owner or (owners[0] if owners else None)
                    if (claimed and not any(_same_side(c, speaker) for c in claimed)) or (
                            not claimed and names_accused(claim_tok)):
                        action = "dispute"   # a third party doubting a claim about someone else
                        if owner is not None:
                            # the doubted claim is the owner's accusation ("Sweden's case
                            # against the diplomats is weak": Sweden accuses them)
                            for c in claimed:
                                if c.actor != owner.actor:
                                    out.append(Candidate(owner, "accuse", c, claim_tok, "speech", fr.content,
                                                         0.4, tuple(tokens)))
                    elif owner is not None and not claimed and owner.actor in res.accused and \
                            speaker.actor not in res.accused[owner.actor]:
                        action = "dispute"   # the owner accused someone else: doubted, not denied
                    elif owner is not None and not claimed and lemma(claim_tok) in lex.accusation_nouns:
                        # the claim being dismissed was made against the speaker
                        out.append(Candidate(owner, "accuse", speaker, fr.verb, "speech", fr.content, 0.4,
                                             tuple(tokens)))
                if action == "deny" and unproven is not None and (
                        unproven.actor in res.accused and speaker.actor not in res.accused[unproven.actor]
                        or (unproven.actor not in res.accused and not _told_of_speaker(res, tokens, speaker))):
                    # "Israel has yet to provide evidence, the review said": the owner accused
                    # someone else; the speaker doubts the claim, it is not answering one (nor is
                    # it when the unproven claim names others: "Norway said Russia had failed to
                    # prove that Ukraine had sabotaged the pipeline")
                    action = "dispute"
                if action == "deny" and owner is None:
                    # "Germany said it had seen no evidence that China was behind the hack",
                    # after the US accused China: a third party doubts the accuser
                    accuser = _accuser_of_cleared(res, tokens, lex, speaker)
                    if accuser is not None:
                        action, owner = "dispute", accuser
                # a denial that stands without a named accuser: a claim called
                # baseless (a negated statement of one's own may be about anything)
                standalone = dismiss and about_claim
                out.append(Candidate(speaker, action, owner, fr.verb, "speech", fr.content, 0.5,
                                     tuple(tokens), standalone=standalone))
                made = True
            promised = not made and future(fr.content)
            # (not inside what is only asked or supposed: "to examine whether former
            # executives should be held liable")
            menace = {c for c in _cue_tokens(tokens, lex.menace) if c not in conditional} if promised else set()
            if promised and (menace or (own and conditional)):
                # "Japan would pay a heavy price", "the expulsions will not go unanswered",
                # "would close the strait if the United States attacked"
                victims = [m for m in subjects if not _same_side(m, speaker)]
                # ("Mexico would go to court to hold Ecuador accountable", "will punish X":
                # an active menace falls on its object; its subject is the one who acts)
                # ("hold Ecuador accountable" parsed with Ecuador the subject of "accountable")
                held = [o for c in menace if c.pos_ == "VERB" and not is_passive(c)
                        for o in [*children(c, "dobj"), *(s for x in children(c, "ccomp", "xcomp", "oprd")
                                                          for s in children(x, "nsubj"))]]
                doers = {m.actor for m in subjects}
                held_parties = [m for o in held for m in res.actors_of(o, speaker=speaker)
                                if not _same_side(m, speaker) and m.actor not in doers]
                # (only a party held to account: "pay a price" holds no one)
                victims = held_parties or victims
                # "we will hold those responsible to account", "the department would bring the
                # culprits to justice": whom the speaker last blamed, not the one who acts
                culprits = not held_parties and any(lemma(o) in lex.culprit_words for o in held)
                # "warned that there would be further severe consequences (for X)": whom the
                # consequences are for, else whom the speaker's side has just acted against
                existential = lemma(fr.content) == "be" and any(c.dep_ == "expl" for c in fr.content.children)
                # ("the downing would have serious consequences for relations with Ankara": an
                # act's consequences, for whom they are, or for relations with whom)
                # ("would have a serious impact on the bilateral relationship", "would damage
                # relations between the two countries": a relation harmed, with whom it is held)
                relational = any(lemma(t) in lex.relation_nouns for c in menace
                                 for t in (c.head if c.pos_ == "NOUN" else c).subtree)
                befalls = not held_parties and (any(lemma(c) == "have" for c in menace) or relational)
                if existential or befalls:
                    found = [m for c in menace for n in [c, *children(c, "attr", "dobj")] for p in pobjs(n, {"for"})
                             for x in [p, *(w for w in pobjs(p, {"with", "between"}) if lemma(p) in lex.relation_nouns)]
                             if existential or x.pos_ == "PROPN"   # (not "for farmers in Kenya")
                             for m in res.actors_of(x, speaker=speaker) if not _same_side(m, speaker)]
                    if not found and relational:
                        # (a relation harmed by a party's conduct or act: that party)
                        found = victims or ([m for m in noun_owner(res, subj_tok, speaker) if not _same_side(m, speaker)]
                                            if subj_tok is not None and subj_tok.pos_ == "NOUN" else [])
                    victims = found or _last_blamed(res, speaker, fr.content, acts=("accuse", "sanction", "cut_ties"))
                elif culprits:
                    victims = _last_blamed(res, speaker, fr.content)
                elif own and not held_parties:
                    # (whom the speaker's act holds to account stays: "would take further action
                    # to hold Iran accountable")
                    # (an inverted condition's subject may be read as its verb's compound: "should
                    # Turkey press ahead")
                    victims = [m for c in conditions(fr.content) for s in children(c, "nsubj", "nsubjpass")
                               + [x for x in children(c, "compound") if x.i < c.i and x.pos_ == "PROPN"]
                               for m in res.actors_of(s, speaker=speaker) if not _same_side(m, speaker)]
                    if not victims and fr.verb.dep_ == "advcl" and fr.verb.head.pos_ == "VERB":
                        # "demanded an apology from Argentina, warning that it would take
                        # measures if none came": whom the clause it comments on addresses
                        head = fr.verb.head
                        victims = [m for o in [*children(head, "dobj"), *pobjs(head, {"from", "on", "against", "to"}),
                                               *(p for d in children(head, "dobj") for p in pobjs(d, {"from", "on", "against"}))]
                                   for m in res.actors_of(o, speaker=speaker) if not _same_side(m, speaker)]
                elif not victims and subj_tok is not None and subj_tok.pos_ == "NOUN":
                    victims = [m for m in noun_owner(res, subj_tok, speaker) if not _same_side(m, speaker)]
                answers = noun_action(subj_tok, lex) if subj_tok is not None and subj_tok.pos_ == "NOUN" else None
                for t in victims or ([None] if answers else []):
                    out.append(Candidate(speaker, "threaten", t, fr.verb, "speech", fr.content, 0.5,
                                         tuple(tokens), answers=answers))
                    made = menaced = True
            # "Russia warned that it would bomb British warships (if they ...)", "warned it could
            # strike": the speaker's side promising force on another party's people or things
            # threatens that party (`hostile_verbs`; "could" only after a warning verb)
            may = lemma(fr.verb) in lex.warning_verbs and any(
                c.dep_ == "aux" and c.lower_ in {"could", "may", "might", "can"} for c in fr.content.children)
            if own and not made and not neg and (future(fr.content) or may) \
                    and lemma(fr.content) in lex.hostile_verbs and verb_action(fr.content, lex) is None:
                for t in [m for o in children(fr.content, "dobj") + pobjs(fr.content, {"on", "at", "against"})
                          for m in np_actors(res, o, lex, products=True, speaker=speaker)
                          if not _same_side(m, speaker)]:
                    out.append(Candidate(speaker, "threaten", t, fr.verb, "speech", fr.content, 0.5, tuple(tokens)))
                    made = menaced = True
            accused: list[Mention] = []
            # ("the regulator alleges that Qantas did not notify ticketholders": an omission
            # alleged is a wrong, not a party cleared)
            alleging = lemma(fr.verb) in lex.accusing_speech
            # ("Rome prosecutors said Egypt had not provided the records they had requested": a
            # duty not done by another party, as "had failed to provide" is; not a proof not
            # offered, "had not provided any evidence", which doubts a claim)
            omitted = neg and not own and not made and not future(fr.content) \
                and lemma(fr.content) in lex.duty_verbs and fr.content.pos_ == "VERB" \
                and any(c.dep_ == "neg" for c in fr.content.children) \
                and not any(lemma(o) in lex.cited or lemma(o) in lex.evidence_nouns for o in children(fr.content, "dobj"))
            if omitted and not wrong:
                wrong_cues, wrong = wrong_cues | {fr.content}, True
            if wrong and (not neg or alleging or omitted) and not made:
                if fr.evaluation:   # "described software made by X as malicious"
                    accused = [m for m in np_actors(res, fr.content, lex, products=True, speaker=speaker)
                               if not any(_same_side(m, sp) for sp in fr.speakers)]
                    if not accused and deed_labelled:
                        accused = [m for m in noun_owner(res, judged, speaker) if not _same_side(m, speaker)] \
                            or _blamed_for(res, judged, speaker)
                else:
                    accused = _doers(res, fr.content, tokens, wrong_cues, fr.speakers, fr.subject,
                                     omission=(alleging or omitted) and neg)
                    if not accused and subj_tok is not None and subj_tok.dep_ in {"nsubj", "nsubjpass"} \
                            and not children(fr.content, "agent"):
                        # "the attack had been aimed at harming Georgian citizens", after Georgia
                        # blamed Russia for it: the deed told again is the one blamed before
                        accused = _blamed_for(res, subj_tok, speaker)
                if dismiss:
                    accused = []
                # "X was charged with fraud, prosecutors said": a prosecutor's charge is a suit
                charged = lemma(fr.content) == "charge" and is_passive(fr.content) and prosecutes(res, speaker, lex)
                # harm an act of the party could do is a judgement of the act, no wrong told as
                # done ("said the Commission's action could undermine investment")
                foreseen = subj_tok is not None and lemma(subj_tok) in lex.act_nouns and any(
                    c.dep_ == "aux" and c.lower_ in lex.possibility_aux for c in fr.content.children)
                for t in accused:
                    out.append(Candidate(speaker, "sue" if charged else "criticize" if foreseen else "accuse", t,
                                         fr.verb, "speech", fr.content, 0.6, tuple(tokens)))
                # "an investigation had found that Google unlawfully tied ...", "its inquiry
                # concluded that X ...": what an inquiry found was found by investigating them
                if not (charged or foreseen) and any(
                        lemma(v) in lex.verdict_verbs and any(lemma(s) in lex.inquiry_words for s in children(v, "nsubj"))
                        for v in (fr.verb, fr.content)):
                    for t in accused:
                        out.append(Candidate(speaker, "investigate", t, fr.verb, "speech", fr.content, 0.5,
                                             tuple(tokens)))
                if not accused and subj_tok is not None and lemma(subj_tok) in lex.act_nouns and any(
                        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in subj_tok.children) \
                        and lemma(subj_tok) not in lex.military_acts and lemma(subj_tok) not in lex.crime_nouns:
                    # "the move violated trade rules": whoever made the move, found from before
                    # (a deed, "the attack", is whoever was blamed for it: `_blamed_for`)
                    out.append(Candidate(speaker, "accuse", None, fr.verb, "speech", fr.content, 0.4,
                                         tuple(tokens), context=True))
                    made = True
            # ("would review the ACCC's claims and respond through the court process": an
            # answer to an accusation, given in words or in court, threatens no one)
            replies = any(lemma(t) in lex.claim_nouns and t.pos_ == "NOUN" for t in tokens)
            if own and _retaliation(tokens, fr.content, lex) and not made and not replies:
                # "respond to the expulsions": the expulsion is what is answered
                # (what it does in return is no act answered: "take further measures")
                taken = [t for t in tokens if t.pos_ == "NOUN" and t.dep_ == "dobj"
                         and t.head.lemma_.lower() in {"take", "adopt", "impose"}]
                answers = next((a for t in tokens if t.pos_ == "NOUN" and t not in taken
                                for a in [noun_action(t, lex)] if a), None)
                # "further measures", "additional steps": more of what the speaker has
                # already done, against the party it last acted against
                again = more_of_the_same(res, (speaker.actor,), taken)
                target = Mention(fr.content.i, fr.content.i + 1, again, "reference") if again is not None else None
                # ("would take further steps against BP": whom they are taken against, when said)
                # (or against whom it will act, hit back or retaliate: "would act aggressively
                # against Ben & Jerry's")
                against = [m for h in [*((t, t.head) for t in taken), (fr.content,)] for x in h
                           for p in pobjs(x, {"against"})
                           for m in res.actors_of(p, speaker=speaker) if not _same_side(m, speaker)]
                target = against[0] if against else target
                if target is None and answers is None and not _answering(fr.content):
                    # "We shall respond", "would take all necessary action": a vow of
                    # retaliation with nothing named falls on whom the speaker blamed
                    # (or, with no one blamed, on whoever last acted against the speaker's side:
                    # "warned that Moscow would respond in kind", after the US sanctions)
                    target = next(iter(_last_blamed(res, speaker, fr.content)), None)
                    row = other_side(res, {speaker.actor, res.organ_of.get(speaker.actor)} - {None}, fr.content,
                                     3, actions=lex.rule_actions["provoking"], incoming=True) \
                        if target is None else None
                    if row is not None:
                        target = Mention(fr.content.i, fr.content.i + 1, row[0], "reference", row[1])
                out.append(Candidate(speaker, "threaten", target, fr.verb, "speech", fr.content, 0.5,
                                     tuple(tokens), answers=None if target else answers))
            others = [m for m in subjects if not _same_side(m, speaker) and m.actor != speaker.actor]
            # ("the company had not shown that saboteurs were to blame": a proof not made,
            # which clears no one; the proving verbs are those of "fail prove" and the like)
            unproven = neg and lemma(fr.content) in _proving_verbs(lex)
            # ("the UK will not tolerate malicious activity", "would not hesitate to act": a
            # vow about what is to come clears no one)
            # (a wrong told only in a concession is not what the negation clears: "despite
            # reports warning of the risk of money laundering, the bank did not take action")
            cleared = wrong and (not wrong_cues or any(not _conceded(c, fr.content) for c in wrong_cues))
            # (a verb that clears is about its object, not its subject: "said the judgment
            # vindicated those who had warned"; "said McCabe had been vindicated" clears McCabe)
            clears = {c for c in _cue_tokens(tokens, lex.exoneration)
                      if not (c.pos_ == "VERB" and not is_passive(c) and children(c, "dobj")
                              and verb_action(c, lex) == "defend")}
            if others and not made and not accused and not own and not unproven and not alleging \
                    and not future(fr.content) and (
                    (neg and (cleared or clears))
                    or (not neg and clears and not wrong and not critic)):
                # a third party clearing someone: "Huawei poses no threat, X said",
                # "Russia bears no responsibility", "Venezuela held a fair election"
                for t in others:
                    if res.defensible(t.actor, speaker):   # (no one accused it: nothing to clear)
                        out.append(Candidate(speaker, "defend", t, fr.verb, "speech", fr.content, 0.5,
                                             tuple(tokens)))
                made = True
            if critic and not accused and not (neg and own) and not menaced:
                # (a speaker saying it had no unethical ties "with any government,
                # including Russia's" criticises no one)
                suffers = lemma(fr.content) in lex.undergo_verbs   # "the EU faces a threat"
                # ("Canberra was deeply concerned by the law": who feels it is the critic's side)
                # (and "said Washington had deep concerns about X", "was communicating its
                # disappointment to Azerbaijan": a feeling the subject has or conveys)
                feels = fr.content.lower_ in lex.experiencer_words or any(
                    c.dep_ == "acomp" and c.lower_ in lex.experiencer_words for c in fr.content.children) or (
                    lemma(fr.content) in lex.conveying_verbs and any(
                        lemma(o) in lex.felt_nouns for o in children(fr.content, "dobj")))
                suffers = suffers or feels
                felt = {m.actor for m in subjects} if feels else set()
                makers: list[Mention] = []   # (of a claim felt about)
                if feels and not about_act:
                    # "said it was dismayed by the verdict", "was disappointed with the
                    # ruling": the act felt about is the one judged
                    felt_on = [(a, p) for a in (fr.content, *children(fr.content, "acomp", "dobj"))
                               for p in pobjs(a, {"by", "at", "with", "over", "about"}) if p.pos_ == "NOUN"]
                    felt_acts = [p for a, p in felt_on
                                 if (a.lower_ in lex.experiencer_words or lemma(a) in lex.felt_nouns)
                                 and lemma(p) in lex.act_nouns and lemma(p) not in lex.asserting_nouns]
                    if felt_acts:
                        judged, about_act = felt_acts[0], True
                    # ("said he was outraged by the report", "was angered by its findings": a
                    # claim taken as an offence, `offended_words`, its maker criticised; not
                    # "concerned by the report", its findings, nor "outraged by reports that
                    # soldiers had fired", the deed the reports tell)
                    felt_claims = [p for a, p in felt_on
                                   if (a.lower_ in lex.offended_words or lemma(a) in lex.offended_words)
                                   and lemma(p) in lex.asserting_nouns and has_definite(p)
                                   and not children(p, "acl", "relcl", "ccomp")] if not felt_acts else []
                    makers = [m for m in claim_owner(res, felt_claims[0], lex)
                              if not _same_side(m, speaker)] if felt_claims else []
                    if makers:
                        judged, about_act = felt_claims[0], True
                # a labelled act is its owner's ("called the British sanctions on its
                # banks illegal" criticises Britain, not the banks); a claim's, its maker's
                owned = makers[:1] or ([m for m in noun_owner(res, judged, speaker) if not _same_side(m, speaker)]
                                       if about_act else [])
                # ("said Amazon's firing of Smalls was immoral": the act's owner, not its patient)
                # ("called the arrest of Ivan Petrov an act of persecution by the Russian
                # government": a labelled act's doer, named in the label; never its patient)
                labelled = [m for t in tokens if t.lower_ == "by" and t.dep_ in {"prep", "agent"}
                            and not t.head.i == judged.i for p in children(t, "pobj")
                            for m in res.actors_of(p, speaker=speaker) if not _same_side(m, speaker)] \
                    if fr.evaluation and about_act else []
                # (and "called the fine on Nowak an outrage" criticises who fined Nowak: the
                # parties an act's noun is done to, by the prepositions of its action)
                kind = noun_action(judged, lex) if fr.evaluation and about_act else None
                patients = {m.actor for p in pobjs(judged, {"of"} | (lex.actions[kind].target_preps if kind else set()))
                            for m in res.actors_of(p, speaker=speaker)} if fr.evaluation and about_act else set()
                if about_act and lemma(judged) in lex.patient_nouns:
                    # ("said Kavala's imprisonment was unjust": the one imprisoned is no target)
                    patients |= {m.actor for p in undergoers(judged, lex) for m in res.actors_of(p, speaker=speaker)}
                # ("said it was unfair to blame Norway": the act judged is the infinitive's, and
                # whom it falls on is not the one criticised)
                judged_act = {t for x in children(fr.content, "xcomp") + [g for a in children(fr.content, "acomp")
                                                                          for g in children(a, "xcomp")]
                              for t in x.subtree} \
                    if any(c.dep_ == "expl" for c in fr.content.children) else set()
                if gerund is not None:
                    judged_act |= set(gerund.subtree)   # ("joining NATO would be a mistake": not NATO)
                named = (owned[:1] if owned and not fr.evaluation else []) or labelled[:1] or \
                    [s for s in subjects if not _same_side(s, speaker) and not suffers and s.actor not in patients] or \
                    owned[:1] or _nearest_cue([m for m in _named(res, [t for t in tokens if t not in judged_act], speaker)
                                               if m.actor not in felt and m.actor not in patients], critic_cues)
                from_subjects = bool(named) and named[0] in subjects
                for t in named if from_subjects else named[:1]:
                    # (coordinated subjects are all criticised: "ASEAN and the Council must rethink")
                    out.append(Candidate(speaker, "criticize", t, fr.verb, "speech", fr.content, 0.5,
                                         tuple(tokens)))
                    made = True
                if not named and about_act:
                    # "labelled the EU sanctions a hostile act": against their owner;
                    # "calling the fine unjustified": against whoever imposed it, found before
                    owners = [m for m in noun_owner(res, judged, speaker) if not _same_side(m, speaker)]
                    for t in owners or [None]:
                        out.append(Candidate(speaker, "criticize", t, fr.verb, "speech", fr.content,
                                             0.5 if t else 0.4, tuple(tokens), context=t is None,
                                             answers=None if t else noun_action(judged, lex)))
                    made = True
            if speaker.actor.kind == "person" and fr.verb.pos_ in {"VERB", "AUX"}:
                # "Britain will expel 23 diplomats, Theresa May announced": she speaks for Britain
                if verb_action(fr.content, lex) in lex.rule_actions["announced"] and subjects and \
                        subjects[0].actor.kind in {"state", "government"}:
                    res.speaks_for(speaker.actor, subjects[0].actor)
    return out


def restated(res: ArticleResolver, spoken: list[tuple[Span, list[Frame], list[Candidate]]],
             found: list[tuple[Span, Candidate]]) -> list[tuple[Span, Candidate]]:
    """An accusation told again: a party the article has accusing, criticising, suing or
    sanctioning another, anywhere in it, says what that other did, with no word of wrongdoing the
    rules know ("Hindenburg accused Nikola of fraud. ... The company's trucks, Hindenburg said, had
    never run on their own power"; "According to the EU, Google has also paid manufacturers ...",
    after the EU fined Google). A news story restates its main charge, and each telling is a claim:
    an accusation (criticism, where the speaker only criticised the party). The other is the
    content's doer or a party the content names (`_named`: not a victim), never one a passive
    tells was acted on. Not what is only to come, possible or conditional ("said it would send
    inspectors"), a negated content, what the party is, has or said (`_deed_told`), the speaker's
    own doing, nor any frame whose sentence already has a claim by the speaker against that party.
    `spoken`: each claimable sentence, the frames `speech` read in it and the candidates it gave."""
    lex = res.lex
    pairs: dict[tuple[Actor, Actor], set[str]] = {}
    for _sent, c in found:
        if c.target is not None and c.action in lex.rule_actions["restated"]:
            pairs.setdefault((c.actor.actor, c.target.actor), set()).add(c.action)
    if not pairs:
        return []
    out: list[tuple[Span, Candidate]] = []
    for sent, read, here in spoken:
        for fr in read:
            if fr.outlet or future(fr.content) or possible(fr.content) or conditions(fr.content):
                continue
            tokens = [t for t in clause_tokens(fr.content, fr.exclude) if t.i != fr.verb.i]
            if _content_negated(tokens, fr.content):
                continue
            subj = next(iter(children(fr.content, "nsubj", "nsubjpass")), fr.subject)
            if not _deed_told(fr.content, lex):
                continue
            # (the doer: the subject, or the "by X" of a passive, whose subject underwent it)
            doing = [p for a in children(fr.content, "agent") for p in children(a, "pobj")] \
                if is_passive(fr.content) else [subj] if subj is not None else []
            for sp in fr.speakers:
                doers = [m for d in doing for m in res.actors_of(d, speaker=sp)]
                if any(_same_side(m, sp) for m in doers):
                    continue   # the speaker telling of its own doing
                have = {c.target.actor for c in here if c.target is not None and c.actor.actor == sp.actor}
                # (and whoever else the content names, "the danger, according to the department, is
                # that Moscow could exploit ...", not one a passive tells was acted on)
                undergoers = {m.actor for m in res.actors_of(subj)} if subj is not None and is_passive(
                    fr.content) else set()
                for m in [*doers, *(m for m in _named(res, tokens, sp) if m.actor not in undergoers)]:
                    actions = pairs.get((sp.actor, m.actor))
                    if not actions or m.actor in have:
                        continue
                    have.add(m.actor)
                    action = "criticize" if actions == {"criticize"} else "accuse"
                    out.append((sent, Candidate(sp, action, m, fr.verb, "speech", fr.content, 0.4, tuple(tokens))))
    return out


def _deed_told(content: Token, lex) -> bool:
    """The content tells something done: not what a party is or has ("The company is the largest
    operator of ad technology in Canada, the bureau said", "has offices in Toronto"; but "it was
    Gazprom that had cut deliveries" and "Bolsonaro was aware of the plan" tell a deed or a
    guilt), nor what it said ("Google had claimed that its tools helped publishers"; but "the
    judge found that ..." tells what was found)."""
    if lemma(content) == "have":
        return False
    if lemma(content) == "be" and any(a.dep_ == "attr" and not children(a, "relcl") for a in content.children) \
            and not children(content, "ccomp"):
        return False
    return not (lemma(content) in lex.speech_verbs and lemma(content) not in lex.verdict_verbs
                and children(content, "ccomp"))
