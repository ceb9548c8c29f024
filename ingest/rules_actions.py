"""Action rules: a trigger word of the lexicon plus its dependency frame.

- verbal:   "X banned Y", "Y was banned by X", "X took Y to court"
- nominal:  "X's expulsion of Y", "sanctions on Y imposed by X",
            "X imposed a fine on Y" (the actor of a noun is its possessor, its
            "by X", or the subject of the verb that governs it)
- cut_ties: a halting verb or noun with a relation object ("froze trade with Y")
- stop using: "ordered agencies to stop using Y's software" is a sanction on Y
- calls:    "X calls on the EU to ban Y" (the embedded action, by X),
            "X urged Y to explain" (an investigation of Y)

Negated triggers ("did not blame", "denied accusing"), threatened or weighed
acts ("threatened to sue"), undone acts ("lifted its ban") and questions
produce nothing. Inside reported speech the speaker is the party of its own
clause ("The company has filed a lawsuit, Vantor said"); an agentless passive
takes the actor that acted against the same party before ("X was also
fined"); an act or thing named as the object stands for its owner
("criticised Italy's refusal").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

from .resolve import REFLEXIVES, Actor, ArticleResolver, Mention
from .rules_names import has_definite, name_words
from .rules_syntax import (Candidate, children, conditions, counted, find_phrases, future, is_passive, lemma,
                           matches_entry, negated, no_longer, passive_agent, priced, undone, word_forms,
                           apposed_first, np_actors, pobjs, single_words, subject_token)
from .rules_vocab import Lexicon, lexicon



def _index(lex: Lexicon) -> tuple[dict, dict]:
    """The lexicon's verb and noun triggers by first word, in priority order
    (action order, then entry order), built once per lexicon."""
    got = _INDEX.get(id(lex))
    if got is not None and got[0] is lex:
        return got[1], got[2]
    verbs: dict[str, list] = {}
    nouns: dict[str, list] = {}
    for k, (action, trig) in enumerate(lex.actions.items()):
        for j, entry in enumerate(trig.verbs):
            verbs.setdefault(entry[0], []).append((k, j, action, entry))
        for j, entry in enumerate(trig.nouns):
            key = entry[0] if len(entry) == 1 else entry[-1]
            nouns.setdefault(key, []).append((k, j, action, entry))
    _INDEX[id(lex)] = (lex, verbs, nouns)
    return verbs, nouns


_INDEX: dict[int, tuple] = {}


def _to_infinitive(tok: Token) -> bool:
    """A word with its own infinitive "to" is a verb, whatever the tagger called it ("voted
    on Saturday to impeach X", "impeach" tagged a pronoun)."""
    return tok.dep_ in {"xcomp", "advcl", "ccomp", "acl", "relcl", "conj"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def verb_action(tok: Token, lex: Lexicon) -> str | None:
    if tok.pos_ not in {"VERB", "AUX"} and not (tok.pos_ == "NOUN" and tok.dep_ == "ROOT") and not _to_infinitive(tok):
        return None
    for _k, _j, action, entry in _entries(word_forms(tok), lex, nouns=False):
        if matches_entry(tok, entry, lex):
            if action == "sue" and entry[-1] in PROCEEDINGS and any(
                    _inquiry(o, lex) for o in tok.children if o.dep_ in {"dobj", "nsubjpass"}):
                return "investigate"
            return action
    return None


PROCEEDINGS = frozenset({"proceeding", "procedure"})
# the possessives by which a party's own thing is told ("its interests", "their case")
OWN_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "my"})


def _inquiry(noun: Token, lex: Lexicon) -> bool:
    """Proceedings a body opens as its own inquiry ("formal proceedings against X",
    "disciplinary proceedings"), not in a court ("legal proceedings", "proceedings in the
    High Court", "court proceedings")."""
    if lemma(noun) not in PROCEEDINGS:
        return False
    mods = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}}
    if mods & {"legal", "court", "civil", "arbitration", "judicial"} or any(
            p.dep_ == "prep" and p.lower_ in {"in", "before"} and any(
                o.lemma_.lower() in {"court", "tribunal"} for o in p.subtree)
            for t in (noun, noun.head) for p in t.children):
        return False
    return bool(mods & lex.inquiry_proceedings)


def _entries(forms: frozenset[str], lex: Lexicon, *, nouns: bool) -> tuple:
    """The verb (or noun) triggers a word's forms may match, in priority order (action
    order, then entry order), sorted once per form set."""
    cache = _ENTRIES.get(id(lex))
    if cache is None or cache[0] is not lex:
        cache = _ENTRIES[id(lex)] = (lex, {})
    got = cache[1].get((nouns, forms))
    if got is None:
        if len(cache[1]) >= 50_000:
            cache[1].clear()   # (bounded: memory stays flat on any stream)
        index = _index(lex)[1 if nouns else 0]
        got = cache[1][(nouns, forms)] = tuple(sorted((c for f in forms for c in index.get(f, ())),
                                                      key=lambda c: (c[0], c[1])))
    return got


_ENTRIES: dict[int, tuple] = {}


def noun_action(tok: Token, lex: Lexicon) -> str | None:
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    if lemma(tok) in lex.under_fire_nouns and tok.dep_ == "pobj" and tok.head.lower_ == "under" and any(
            p.dep_ == "prep" and p.lower_ in {"over", "for"} and p.i > tok.i
            and not any(lemma(o) in lex.time_words for o in children(p, "pobj"))
            for p in tok.head.head.subtree):
        # "came under fire from X over its lending", "has been under attack from critics for the
        # decision": criticism, told with what it is over ("came under fire from militants
        # near the border", told with no reason, is shooting)
        return "criticize"
    if lemma(tok) in lex.count_nouns:
        # "faces two counts of fraud", "one count of corruption": a count is a charge when
        # it counts an offence (numbered, or of a crime), not "the count of votes"
        offences = pobjs(tok, {"of"})
        if offences and (any(lemma(p) in lex.crime_nouns for p in offences) or any(
                c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in {"a", "one"}) for c in tok.children)) \
                and not any(lemma(p) in lex.tallied_nouns for p in offences):
            return "accuse"
        return None
    for _k, _j, action, entry in _entries(word_forms(tok), lex, nouns=True):
        if len(entry) == 1 and matches_entry(tok, entry, lex):
            return "investigate" if action == "sue" and _inquiry(tok, lex) else action
        if len(entry) > 1 and lemma(tok) == entry[-1] and all(
                any(lemma(c) == w for c in tok.children) for w in entry[:-1]):
            return action
        if action == "sanction" and len(entry) == 2 and lemma(tok) == entry[-1] and any(
                lemma(p) == entry[0] for p in pobjs(tok, {"on", "of"})):
            return action   # the same measure with its object after it: "a freeze on the assets of X", "a ban on exports"
    return None


def _charge(tok: Token, lex: Lexicon) -> bool:
    """A charge laid: "charge", and a count of an offence ("two counts of fraud")."""
    return lemma(tok) == "charge" or (lemma(tok) in lex.count_nouns and tok.pos_ in {"NOUN", "PROPN"})


def _call_head(verb: Token, lex: Lexicon) -> Token | None:
    """The call verb ("urge", "call on") this verb is the requested action of,
    also the second of several requests ("urged X to impose ... and to sanction Y")."""
    for _ in range(4):
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ in {"xcomp", "advcl", "ccomp"} and lemma(verb.head) in lex.call_verbs and not (
            verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "for" for c in verb.children)):
        # (a clause of time or cause is no request: "commissioned a review after Israel
        # accused X"; "called for Duckenfield to be prosecuted" is one)
        return verb.head
    return None




def actor_of_verb(res: ArticleResolver, verb: Token, speaker: Mention | None = None,
                  action: str | None = None) -> list[Mention]:
    """Who does `verb`. Inside what a speaker reports, the speaker stands for
    "it"/"we" and for a description of its own kind ("The company has filed a
    lawsuit, Vantor said"), and announces its own agentless measures
    ("Imports will be banned from June, the Commission said")."""
    call = _call_head(verb, res.lex)
    if call is not None:
        verb = call
    subj, _agent = subject_token(verb)
    if subj is None and is_passive(verb) and action in res.lex.rule_actions["announced"]:
        # "Mauri was arrested as part of an investigation by prosecutors in Cremona", "were
        # detained in a crackdown by the army": whoever runs the operation takes the measure
        for noun in _framing_operations(verb, res.lex):
            found = noun_owner(res, noun, speaker, back=False)
            if found:
                return found
    if subj is None:
        # ("X is accused of hiding losses, the regulator said": an accusation told with no
        # accuser, in a report, is the reporter's)
        # (not "would be held accountable", a threat)
        if (action in res.lex.rule_actions["announced"] or (action == "accuse" and lemma(verb) in res.lex.charging_verbs
                                                             and not future(verb))) and is_passive(verb) \
                and not children(verb, "agent"):
            reporter = reporting_speaker(res, verb)
            if reporter is None and action == "sanction":
                reporter = _verdict_giver(res, verb)
            return [reporter] if reporter is not None else []
        return []
    if speaker is None and (subj.pos_ == "PRON" or _self_description(res, subj)):
        unnamed: list[Token] = []
        speaker = reporting_speaker(res, verb, unnamed)
        if speaker is None and subj.pos_ == "PRON" and any(_same_number(subj, u) for u in unnamed):
            # "The Saudi-led coalition said it was expelling Qatar": "it" is the
            # speaker, whom no name tells; not whoever was named before
            return []
        if speaker is not None and subj.pos_ != "PRON":
            kinds = {k for k, words in res.lex.references.items() if lemma(subj) in words}
            # (an organisation of unknown kind may be "the company" or "the ministry", but a
            # state's organ, "the junta", "the army", is no rights group's or party's own)
            organ = kinds <= {"state", "government"} and lemma(subj) not in name_words(speaker.actor.name)
            if speaker.actor.kind in kinds or (speaker.actor.kind == "organization" and kinds and not organ):
                return [speaker]
    found = res.actors_of(subj, speaker=speaker)
    voted = verb if lemma(verb) in res.lex.voting_verbs else verb.head if verb.dep_ == "xcomp" else None
    if voted is not None and lemma(voted) in res.lex.voting_verbs and subj.tag_ in {"NNS", "NNPS"}:
        # "Republicans in the Tennessee House voted to expel X": the chamber whose members vote
        chamber = [m for p in pobjs(subj, {"in", "of"}) for m in res.actors_of(p, speaker=speaker)
                   if m.actor.kind not in {"person", "state", "group"}]
        found = chamber[:1] or found
    if not found and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.dep_ == "ccomp" \
            and lemma(verb.head.head) in res.lex.speech_verbs:
        # "The commission said the vote was fair, dismissing the opposition's claims": the
        # participle, parsed under what was said, is the speaker's act
        outer, _ = subject_token(verb.head.head)
        found = res.actors_of(outer, speaker=speaker) if outer is not None else []
    if found and verb.dep_ == "conj" and subj.head.i != verb.i and verb.head.dep_ == "ccomp" \
            and lemma(verb.head.head) in res.lex.speech_verbs:
        # "The ministry said the EU had lost its impartiality and accused the bloc of ...": a
        # verb parsed as going on with what was said, whose object is that clause's own
        # subject, is the speaker's next act (no one accuses or sues itself); the parse
        # repair `repair_coordinated_report` does this where that subject is a thing, before
        # names are read, and leaves a party's to this check)
        objects = {m.actor for o in children(verb, "dobj") for m in res.actors_of(o)}
        outer, _ = subject_token(verb.head.head)
        if outer is not None and any(m.actor in objects for m in found):
            found = res.actors_of(outer, speaker=speaker)
    return found + [m for m in _joined(res, verb) if m.actor not in [f.actor for f in found]]


def _framing_operations(verb: Token, lex: Lexicon) -> list[Token]:
    """The operations a measure is told as taken in ("as part of an investigation", "in a
    crackdown", "during a raid"): nouns of `operation_nouns` after "as part of", "in",
    "during" or "under" on the verb."""
    out = []
    for prep in children(verb, "prep"):
        if prep.lower_ == "as":
            # "as part of X"
            holders = [q for p in children(prep, "pobj") if p.lower_ == "part" for q in pobjs(p, {"of"})]
        elif prep.lower_ in {"in", "during", "under"}:
            holders = children(prep, "pobj")
        else:
            continue
        out += [h for h in holders if lemma(h) in lex.operation_nouns]
    return out


def _verdict_giver(res: ArticleResolver, verb: Token) -> Mention | None:
    """Who imposed a measure told with no agent, by the verdict it followed: "X was
    fined after the regulator found that ...", "banned after the committee concluded
    ..." (a verb of `verdict_verbs` in an "after", "once" or "when" clause)."""
    for c in verb.children:
        if c.dep_ == "advcl" and lemma(c) in res.lex.verdict_verbs and any(
                m.lower_ in {"after", "once", "when"} for m in children(c, "mark")) and not negated(c, res.lex):
            for s in children(c, "nsubj"):
                found = [m for m in res.actors_of(s) if m.actor.kind != "person" or m.via == "name"]
                if found:
                    return found[0]
    return None


def _joined(res: ArticleResolver, verb: Token) -> list[Mention]:
    """Whom the subject joined in doing `verb`: "Britain joined Washington in condemning
    China" (Washington condemned China too)."""
    prep = verb.head if verb.dep_ == "pcomp" else None
    if prep is None or prep.lower_ != "in" or lemma(prep.head) != "join":
        return []
    return [m for o in children(prep.head, "dobj") for m in res.actors_of(o)]


def _self_description(res: ArticleResolver, tok: Token) -> bool:
    """'the company', 'the ministry': a definite description that may be the speaker."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and any(
        lemma(tok) in words for words in res.lex.references.values())


def _same_number(pronoun: Token, noun: Token) -> bool:
    """A pronoun that can stand for the noun: "it" a singular, "they" a plural,
    "we" either."""
    low = pronoun.lower_
    if low in {"we", "our", "us"}:
        return True
    plural = noun.tag_ in {"NNS", "NNPS"}
    return (low in {"it", "its"} and not plural) or (low in {"they", "their", "them"} and plural)


def reporting_speaker(res: ArticleResolver, verb: Token, unnamed: list[Token] | None = None) -> Mention | None:
    """Who reports the clause a verb stands in: the subject of a speech verb
    above it ("Kestrel Labs said it would appeal"), of one hung inside it
    ("it would appeal, Kestrel Labs said"; "Y, X said, would ..."), or the X of
    "according to X". A speaker's noun that names no actor is added to
    `unnamed` when given."""
    cur = verb
    for _ in range(5):
        for c in cur.children:
            speech = c.dep_ in {"parataxis", "ccomp", "advcl", "conj"} and c.pos_ in {"VERB", "AUX"} and \
                lemma(c) in res.lex.speech_verbs and c.i != verb.i and c.i > cur.i and not (
                    # ("X said it had suspended flights, while Y said ...": a clause of its own)
                    c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children)) and not (
                    # (nor a verb joined to it that says nothing: "X was arrested and charged with
                    # murder" is no report by X)
                    c.dep_ == "conj" and not children(c, "ccomp", "parataxis", "nsubj"))
            if speech:
                found = _speech_subject(res, c, unnamed)
                if found is not None:
                    return found
            if c.lower_ == "according":
                # (a name before a description: "the Danish shipping group Nordvik",
                # parsed as two objects, is Nordvik, not Denmark)
                sources = [p for to in children(c, "prep") for p in children(to, "pobj")] + children(c, "pobj")
                for p in sorted(sources, key=lambda p: p.i not in res.names):
                    found = [m for m in res.actors_of(p) if m.actor.kind != "media"]
                    if found:
                        return found[0]
        if cur.dep_ not in {"ccomp", "xcomp", "conj", "advcl"} or cur.head.i == cur.i:
            return None
        if lemma(cur.head) in res.lex.speech_verbs and cur.head.pos_ in {"VERB", "AUX"} and \
                cur.dep_ in {"ccomp", "xcomp"}:
            return _speech_subject(res, cur.head, unnamed)
        cur = cur.head
    return None


def _speech_subject(res: ArticleResolver, verb: Token, unnamed: list[Token] | None = None) -> Mention | None:
    subj, _ = subject_token(verb, control=False)
    if subj is None or subj.pos_ == "PRON":
        return None
    named = res.actors_of(subj)
    found = [m for m in named if m.actor.kind != "media"]
    outlets = [m for m in named if m.actor.kind == "media" and m.via in {"name", "reference"}]
    if not found and outlets and unnamed is not None:
        # a news outlet reports as a party only about itself: "The Wall Street Journal said
        # it denies the allegations", "'We stand with Evan,' the newspaper added" (the caller
        # asks for the speaker of an "it" or "we")
        return outlets[0]
    if not found and unnamed is not None and subj.pos_ in {"NOUN", "PROPN"}:
        unnamed.append(subj)
    return found[0] if found else None


RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})


def envoy_word(tok: Token, lex: Lexicon) -> bool:
    """A word for a state's envoy (`cut_ties.envoys`), or a high commissioner (the envoy
    between Commonwealth states; not any commissioner)."""
    return lemma(tok) in lex.cut_ties_envoys or (
        lemma(tok) == "commissioner" and any(c.lower_ == "high" for c in tok.children))


def _deed_phrase_pobjs(verb: Token, prep: str) -> list[Token]:
    """The objects of `prep` in a verb's deed phrase, in text order: its object and the
    prepositional phrases on the verb and on their objects, not inside clauses ("blamed
    the outage at its plants on Orbis": "on Orbis" hangs on "plants")."""
    out, todo = [], [*children(verb, "dobj"), *children(verb, "prep")]
    while todo:
        tok = todo.pop()
        if tok.dep_ == "prep":
            objs = children(tok, "pobj")
            if tok.lower_ == prep:
                out.extend(objs)
            todo.extend(objs)
        else:
            todo.extend(children(tok, "prep"))
    return sorted(out, key=lambda t: t.i)


def _deeds_doer(res: ArticleResolver, objs: list[Token], lex: Lexicon, speaker: Mention | None,
                exclude: tuple) -> list[Mention]:
    """Who did the deeds an inquiry's object names, where the object names no party itself:
    "would review the payments the company had made" (the subject of its relative clause),
    "examined the trades made by Dana Price" (the agent of its participle)."""
    deeds = lex.deed_nouns | lex.dealing_nouns | lex.corrupt_payments | lex.via_nouns
    for o in objs:
        # (a deed or a dealing only: "examined six questions that outside scientists had
        # raised" examines no scientist)
        if o.pos_ != "NOUN" or lemma(o) not in deeds or np_actors(res, o, lex, speaker=speaker, exclude=exclude):
            continue
        for c in children(o, "relcl", "acl"):
            if c.dep_ == "relcl":
                doers = [x for x in children(c, "nsubj") if x.lower_ not in {"that", "which", "who"}]
            else:
                doers = [p for a in children(c, "agent") for p in children(a, "pobj")] if c.tag_ == "VBN" else []
            for d in doers:
                found = np_actors(res, d, lex, speaker=speaker, exclude=exclude)
                if found:
                    return found
    return []


def targets_of_verb(res: ArticleResolver, verb: Token, action: str, lex: Lexicon,
                    speaker: Mention | None = None, exclude: tuple = ()) -> list[Mention]:
    products = action in {"sanction", "cut_ties"}
    if lemma(verb) in lex.ascribing_verbs and pobjs(verb, {"to", "on"}):
        # ("attributed the JBS attack to REvil", "the attack on Brava to North Korea": the object
        # is the deed, and a victim named in it is no doer; the doer is after "to", or no one)
        return [m for p in pobjs(verb, {"to", "on"}) for c in [p, *p.conjuncts]
                for m in np_actors(res, c, lex, speaker=speaker, exclude=exclude)]
    if action == "accuse" and lemma(verb) in lex.culprit_on_verbs and not pobjs(verb, {"on"}) and not any(
            children(o, "poss") or pobjs(o, {"by"}) or np_actors(res, o, lex, speaker=speaker, exclude=exclude)
            for o in children(verb, "dobj")):
        # "blamed the outage at its plants on Orbis", "blamed the deaths of 40 villagers in the
        # north on the militia": the doer after the last "on" of the deed's phrase, however it is attached
        # (not where the deed names its doer, "blamed attacks on free elections by Brazil", nor
        # past a party object: "blamed Orbis for the attack on Brava")
        for found in reversed([np_actors(res, p, lex, speaker=speaker, exclude=exclude)
                               for p in _deed_phrase_pobjs(verb, "on")]):
            if found:
                return found
    if action == "sanction" and any(matches_entry(verb, e, lex) for e in lex.overruling_verbs) and any(
            lemma(o) in lex.act_nouns or noun_action(o, lex) for o in children(verb, "dobj")):
        return []   # ("went to court to block the ban", "revoked the order": an act undone, no one punished)
    if action == "sanction":
        # "revoked the licences granted to Orbis", "cancelled the permits issued to X": whom
        # what is taken back was given to
        for o in children(verb, "dobj", "nsubjpass"):
            for acl in children(o, "acl"):
                if acl.tag_ == "VBN" and lemma(acl) in lex.granting_verbs | lex.giving_verbs:
                    found = [m for p in pobjs(acl, {"to"}) for m in np_actors(res, p, lex, speaker=speaker,
                                                                              exclude=exclude)]
                    if found:
                        return found
        # "prohibited U.S. companies from exporting to ZTE": the one cut off (by a
        # dealing: "was banned from travelling to the UK" bans the traveller)
        # ("barred from most dealings with the oil company": a dealing named as a noun)
        for prep in children(verb, "prep"):
            if prep.lower_ == "from":
                for v in (v for v in children(prep, "pcomp", "pobj") if lemma(v) in (
                        lex.dealing_verbs if v.dep_ == "pcomp" else lex.dealing_nouns)):
                    for p in pobjs(v, {"to", "with"}):
                        found = np_actors(res, p, lex, speaker=speaker, exclude=exclude)
                        if found:
                            return found
    if action == "criticize" and lemma(verb) in {"summon", "call"}:
        # "summoned the Russian ambassador, Andrei Karlov": the envoy's state is rebuked,
        # not the person named beside the post (nor the one named after the title:
        # "summoned Indian High Commissioner Pranay Verma")
        for o in children(verb, "dobj"):
            before = [c for c in o.subtree if c.i < o.i]
            titled = any(c.dep_ == "compound" and envoy_word(c, lex) for c in before)
            states = [Actor(d.name, d.kind) for x in (before if titled else []) if x.dep_ in {"compound", "amod"}
                      for d in [res.demonym(x)] if d is not None and d.kind == "state"]
            if states and states[0] not in exclude:
                return [Mention(o.i, o.i + 1, states[0], "agent")]
            if envoy_word(o, lex) or (
                    lemma(o) in lex.cut_ties_objects and any(a.dep_ == "appos" for a in o.children)):
                m = res.resolve_envoy_state(o)
                if m is not None and m.actor not in exclude:
                    return [m]
    if action in {"defend", "criticize"}:
        # "retained full confidence in Varadkar", "had lost faith in the board": the party the
        # trust is placed in; "defended the right of Kathleen Stock to speak": whose right
        for o in children(verb, "dobj"):
            if lemma(o) in lex.trust_nouns:
                found = [m for p in pobjs(o, {"in"}) + pobjs(verb, {"in"})
                         for m in np_actors(res, p, lex, speaker=speaker, exclude=exclude)]
                if found:
                    return found
            if action == "defend" and lemma(o) in lex.entitlement_words:
                found = [m for p in pobjs(o, {"of"}) for m in np_actors(res, p, lex, speaker=speaker, exclude=exclude)]
                if found:
                    return found
    if action == "investigate":
        # "was investigating whether Fonterra had breached the rules", "is looking into
        # whether X paid bribes": whom the question is about
        asked = [c for h in [verb, *(p for p in children(verb, "prep"))] for c in h.children
                 if c.dep_ in {"ccomp", "pcomp", "advcl"} and any(
                     m.dep_ == "mark" and m.lower_ == "whether" for m in c.children)]
        # "would investigate allegations that Shell had bribed officials": whom the claim names
        asked += [c for o in children(verb, "dobj") if lemma(o) in lex.claim_nouns
                  for c in children(o, "acl", "ccomp") if any(m.lower_ == "that" for m in children(c, "mark"))]
        for c in asked:
            for subj in children(c, "nsubj", "nsubjpass"):
                # ("whether U.S. chicken products are being dumped": goods stand for their maker)
                traded = lemma(subj) in lex.commodity_nouns | lex.product_nouns
                found = np_actors(res, subj, lex, speaker=speaker, exclude=exclude, products=traded)
                if found:
                    return found
        found = _deeds_doer(res, children(verb, "dobj"), lex, speaker, exclude)
        if found:
            return found
    if action == "criticize" and not children(verb, "dobj"):
        # "The Council deplores that Turkey continued its drilling": whom the deplored
        # clause tells of
        for c in children(verb, "ccomp"):
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and not negated(c, lex):
                for subj in children(c, "nsubj"):
                    found = np_actors(res, subj, lex, speaker=speaker, exclude=exclude)
                    if found:
                        return found
    if action == "sanction" and word_forms(verb) & lex.taking_verbs:
        # "deducted ten points from Everton", "stripped the title from X": whom it is taken from
        for p in pobjs(verb, {"from"}):
            found = np_actors(res, p, lex, speaker=speaker, exclude=exclude)
            if found:
                return found
    if action == "sue":
        # "filed suits seeking $1.3 billion each from Giuliani and Powell", "sued,
        # seeking compensation from Boeing", "is seeking damages from X": whom the
        # money is sought from
        seeking = [v for v in [verb, *verb.children, *(g for o in children(verb, "dobj") for g in o.children)]
                   if lemma(v) in lex.seeking_verbs and v.pos_ == "VERB"]
        for v in seeking:
            for p in pobjs(v, {"from"}) + [q for o in children(v, "dobj") for q in pobjs(o, {"from"})]:
                found = np_actors(res, p, lex, speaker=speaker, exclude=exclude)
                if found:
                    return found
    if is_passive(verb):
        for s in apposed_first(children(verb, "nsubjpass")):
            # (the trigger's own noun only where the verb matched an entry with it: "the law
            # has been condemned by X" is no "oppose law")
            if s.lemma_.lower() in entry_words(lex, (action,)) and any(
                    matches_entry(verb, e, lex) for e in lex.actions[action].verbs if s.lemma_.lower() in e[1:]):
                # ("Concerns about Hungary's media law were raised by the Commission": the
                # trigger's own noun, what it is about)
                for p in pobjs(s, {"about", "over", "on", "regarding"}):
                    found = np_actors(res, p, lex, speaker=speaker, exclude=exclude) or (
                        noun_owner(res, p, speaker, exclude=exclude) if p.pos_ == "NOUN" else [])
                    if found:
                        return found
                continue
            found = np_actors(res, s, lex, products=products, speaker=speaker, exclude=exclude)
            if not found and s.pos_ == "NOUN" and action in lex.rule_actions["owned_object"]:
                # "Vantor's pay deal was criticised by shareholders": the deal's owner
                found = noun_owner(res, s, speaker, exclude=exclude)
            if found:
                # (a gapped clause that says the verb again of another party: "X was
                # sentenced to nine years, and his nephew, Y, to five")
                gapped = [c for c in children(verb, "conj") if c.pos_ in {"NOUN", "PROPN"} and any(
                    x.dep_ == "prep" or x.like_num for x in c.children)]
                return found + [m for c in gapped for m in np_actors(res, c, lex, speaker=speaker, exclude=exclude)
                                if m.actor not in [f.actor for f in found]]
    if action == "criticize":
        # "lodged a protest with China", "made representations to the UK": the complaint's "with"
        for obj in children(verb, "dobj"):
            if lemma(obj) in lex.complaint_nouns:
                for p in pobjs(obj, {"with", "to"}) + pobjs(verb, {"with", "to"}):
                    found = np_actors(res, p, lex, speaker=speaker, exclude=exclude)
                    if found:
                        return found
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl"} and not is_passive(verb):
        # a reduced passive clause with its agent: "Sisodia, arrested by the CBI in
        # February, remains in custody", "a firm fined by regulators last year"; parsed
        # as a clause of the main verb, its subject: "Brava, fined by the regulator last
        # year, said it would appeal", "Fined by the regulator, Brava appealed"
        for subj in _undergoers(verb) if children(verb, "agent") else []:
            found = np_actors(res, subj, lex, products=products, speaker=speaker, exclude=exclude)
            if found:
                return found
    objects = children(verb, "dobj", "dative")
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} and not is_passive(verb) and any(
            s.lower_ not in RELATIVE_PRONOUNS for s in children(verb, "nsubj")) and all(
            o.lower_ in RELATIVE_PRONOUNS for o in objects) and lemma(verb) not in lex.ascribing_verbs and not any(
            c.lower_ in {"where", "when", "whereby"} for c in verb.children) and not any(
            res.actors_of(p) for p in pobjs(verb, lex.actions[action].target_preps)):
        # "officials it holds responsible", "a unit that activists accuse of torture", "syrups,
        # which the WHO has linked to the deaths": the clause's object is the noun it describes
        # (not "the attack, which it blamed on Russia", "the entry, which it attributed to
        # force majeure": there the noun is the deed; nor a place or time: "in the US, where
        # the FTC sued")
        objects = [verb.head] + ([verb.head.head] if verb.head.dep_ == "appos" else [])   # ("X, a unit that ...")
    own_words = entry_words(lex, (action,))
    for obj in objects:
        # (the trigger's own noun names no party: "expresses its categorical opposition to
        # this move" is no group called "the opposition")
        # (a measure's own noun may be its object: "seize tanker")
        own = action in lex.rule_actions["stance"] and obj.pos_ == "NOUN" and lemma(obj) in own_words and any(
            matches_entry(verb, e, lex) for e in lex.actions[action].verbs if lemma(obj) in e)
        found = [] if own else np_actors(res, obj, lex, products=products, speaker=speaker, exclude=exclude)
        if not found and obj.lower_ == "it" and _party_object(verb, action, lex):
            found = [m for m in res.actors_of(obj, speaker=speaker, exclude=exclude) if m.actor not in exclude]
        if not found and obj.lower_ in {"it", "this"} and action == "criticize":
            # what is condemned as "it" is the act just told, its doer the one criticised
            # ("China banned imports of Taiwanese pineapples. Taiwan condemned it as a political
            # move"), from this sentence or the one before
            here = res.sentence_no(obj)
            done = next((m for i, _verb, m in reversed(res.acts) if i < obj.i and m.actor not in exclude
                         and (speaker is None or m.actor != speaker.actor)
                         and here - res.sentence_no(res.doc[i]) <= 1), None)
            found = [Mention(obj.i, obj.i + 1, done.actor, "reference", done.person)] if done is not None else []
        if found:
            # ("suspended the captain, Salman Butt, and the fast bowlers Asif and Amir", the
            # second object parsed as a conjunct of the verb; "sentenced X and three of her
            # colleagues": a count)
            more = [m for c in children(verb, "conj") if c.pos_ in {"NOUN", "PROPN", "NUM"} and c.i > obj.i
                    and not children(c, "nsubj", "nsubjpass")
                    for m in np_actors(res, c, lex, products=products, speaker=speaker, exclude=exclude)]
            return found + [m for m in more if m.actor not in [f.actor for f in found]]
        if obj.ent_type_ == "MONEY" or any(c.dep_ == "nummod" for c in obj.children):
            # "fined Meta 1.2 billion euros": the fined party hangs off the amount
            for c in obj.children:
                if c.dep_ in {"nmod", "compound", "poss"} and (c.ent_type_ != "MONEY" or c.pos_ == "PROPN"):
                    found = np_actors(res, c, lex, speaker=speaker, exclude=exclude)
                    if not found and c.pos_ == "NOUN" and any(
                            d.dep_ == "det" and d.lower_ == "the" for d in obj.children):
                        # "fined the bank 30 million pounds", parsed with "the" on the amount
                        ref = res.definite_reference(c, exclude=exclude)
                        found = [ref] if ref is not None else []
                    if found:
                        return found
        if lemma(obj) in lex.manner_nouns and action in lex.rule_actions["owned_object"]:
            # "criticised the way the police had presented the case": who did it that way
            found = [m for rc in children(obj, "relcl") for s in children(rc, "nsubj")
                     for m in np_actors(res, s, lex, speaker=speaker, exclude=exclude)]
            if found:
                return found
        if action == "investigate" and obj.pos_ == "NOUN" and (lemma(obj) in lex.claim_nouns or children(obj, "acl")):
            # "is examining complaints against Google", "reviewing cases involving Google"
            found = _looked_into(res, obj, lex, speaker, exclude)
            if found:
                return found
        if lemma(obj) in lex.accusation_nouns or noun_action(obj, lex) or (
                action in lex.rule_actions["owned_object"] and obj.pos_ == "NOUN"):
            # "criticised Italy's refusal", "condemned Helmark Energy's plan": whose act it is
            owner = noun_owner(res, obj, speaker, exclude=exclude)
            if owner:
                return owner
    words = own_words
    for c in verb.children:
        # "came to Russia's defence", "took aim at X": the trigger's own noun
        for n in [c, *c.children]:
            if n.pos_ == "NOUN" and lemma(n) in words:
                for p in children(n, "poss"):
                    found = np_actors(res, p, lex, speaker=speaker, exclude=exclude)
                    if found:
                        return found
                # "the case against X was brought by Y", "came to the defence of X"
                # ("issued an arrest warrant for X")
                warrant = {"for"} if lemma(n) == "warrant" else set()
                if lemma(n) == "asylum":   # "granted political asylum to X", "asylum to X" on the verb
                    for p in pobjs(verb, {"to"}) + pobjs(n, {"to"}):
                        found = np_actors(res, p, lex, speaker=speaker, exclude=exclude)
                        if found:
                            return found
                # ("expressed full confidence in X": a defending noun's "in", on the noun or,
                # parsed so, on its verb)
                trust = pobjs(n, {"in"}) + pobjs(verb, {"in"}) if action == "defend" else []
                # ("revoked the operating licence of Rappler", "froze the accounts of X": whose it is)
                held = pobjs(n, {"of"}) if action == "sanction" and n is not verb and n.dep_ == "dobj" else []
                for p in pobjs(n, (lex.actions[action].target_preps - {"to"}) | warrant) + trust + held:
                    found = np_actors(res, p, lex, speaker=speaker, exclude=exclude)
                    if not found and p.pos_ == "NOUN":
                        # "froze the assets of Russia's central bank": the owner
                        found = noun_owner(res, p, speaker, exclude=exclude)
                    if found:
                        return found
    # "stood by Russia", "sided with Iran", "vouched for X": the trigger's own preposition
    own_preps = matched_words(verb, lex, action)
    for p in pobjs(verb, own_preps):
        found = np_actors(res, p, lex, speaker=speaker, exclude=exclude)
        if not found and action == "investigate" and p.pos_ == "NOUN":
            # "looking into Tesla's accounting", "a case into price fixing by Repsol"
            found = _looked_into(res, p, lex, speaker, exclude)
        if not found and action == "criticize" and (noun_action(p, lex) or lemma(p) in lex.act_nouns):
            # "objected to the sentence imposed on Ng": whoever imposed it
            found = noun_owner(res, p, speaker, exclude=exclude)
        if found:
            return found
    preps = lex.actions[action].target_preps
    if any(lemma(o) == "warrant" for o in children(verb, "dobj", "nsubjpass")):
        preps = preps | {"for"}   # "issued arrest warrants on Friday for X", "a warrant was issued for X"
    if action == "sanction" and lemma(verb) in lex.moving_verbs:
        preps = preps - {"to"}   # "deported to Russia": where to, not whom
    for obj in [*children(verb, "dobj"), verb]:
        if action == "criticize" and obj != verb and lemma(obj) not in words:
            # "condemned the attack on Albania", "criticised the ban on Huawei": whom an act
            # falls on is its patient, not who is criticised (its owner, found above)
            continue
        # "condemned the imprisonment of activists": the patient of an act is no target;
        # "filed a complaint with prosecutors against X": "against" hung one noun lower
        lower = [q for p in pobjs(obj, {"with", "to", "in", "at", "before"}) for q in pobjs(p, {"against"})] \
            if "against" in preps else []
        # ("expressed its opposition to Lithuania's decision": what is opposed follows "to")
        opposed = {"to"} if action == "criticize" and lemma(obj) in lex.opposition_nouns and obj != verb else set()
        # ("levied a duty of 73.6 per cent on Australian barley": the rate's own "on";
        # "imposed duties of 80 per cent on barley from Australia": where the goods come from)
        traded = action == "sanction" and obj != verb and lemma(obj) in lex.trade_measure_nouns
        rated = [q for r in pobjs(obj, {"of"}) if any(c.tag_ == "CD" for c in r.subtree)
                 for q in pobjs(r, {"on", "against"})] if traded else []
        origin = pobjs(obj, {"from"}) + pobjs(verb, {"from"}) if traded else []
        for p in pobjs(obj, (preps - {"of"} if obj != verb else preps) | opposed) + lower + rated + origin:
            found = np_actors(res, p, lex, products=products, speaker=speaker, exclude=exclude)
            if not found and (noun_action(p, lex) or lemma(p) in lex.accusation_nouns or (
                    action in lex.rule_actions["owned_object"] and lemma(p) in lex.act_nouns) or (
                    action == "investigate" and p.pos_ == "NOUN")):
                # "appeal against the EU's fine", "concern over Hungary's new law"
                found = noun_owner(res, p, speaker, exclude=exclude)
            if found:
                return found
    if action == "threaten":
        # "vowed revenge for Israel's attack", "would retaliate for the expulsions by
        # Britain": the owner of the act the threat answers
        for obj in [*children(verb, "dobj"), verb]:
            for p in pobjs(obj, {"for"}):
                if lemma(p) in lex.act_nouns:
                    found = noun_owner(res, p, speaker, exclude=exclude)
                    if found:
                        return found
    if action == "sue":
        # "filed a complaint with the WTO over Japan's export controls", "a lawsuit over Meta's
        # data practices": what the suit is about, told as a party's own, is against that party
        for obj in [*children(verb, "dobj"), verb]:
            # (also hung one noun lower: "a complaint with the WTO over Japan's controls")
            for p in [*pobjs(obj, {"over", "about", "regarding"}), *(
                    q for w in pobjs(obj, {"with", "to", "before", "at", "in"}) for q in pobjs(w, {"over", "about"}))]:
                if p.pos_ == "NOUN" and children(p, "poss"):
                    found = noun_owner(res, p, speaker, exclude=exclude)
                    if found:
                        return found
        # "filed a lawsuit accusing X of fraud", "the case brought by Y accusing X of
        # genocide": the suit is against whom it accuses
        for n in children(verb, "dobj") + ([verb.head] if verb.dep_ == "acl" else []):
            for cl in children(n, "acl", "relcl"):
                if cl != verb and verb_action(cl, lex) == "accuse":
                    for o in children(cl, "dobj"):
                        found = np_actors(res, o, lex, speaker=speaker, exclude=exclude)
                        if found:
                            return found
        # "filed a lawsuit to overturn the fine", "went to court to block the order": against
        # whoever made the act the suit would undo
        for x in [c for h in [verb, *children(verb, "dobj")] for c in children(h, "xcomp", "advcl", "acl")]:
            if any(matches_entry(x, e, lex) for e in lex.overruling_verbs):
                for o in children(x, "dobj"):
                    if lemma(o) in lex.act_nouns:
                        found = noun_owner(res, o, speaker, exclude=exclude)
                        if found:
                            return found
    if action == "threaten":
        # "threatened to impose tariffs on Beijing": the target of the threatened act
        # ("threatened to have Bensouda arrested", "to get them deported": the act caused)
        caused = [c for x in children(verb, "xcomp") if lemma(x) in {"have", "get"}
                  for c in children(x, "ccomp", "xcomp") if c.tag_ == "VBN"]
        for c in caused:
            for subj in children(c, "nsubj", "nsubjpass"):
                found = np_actors(res, subj, lex, speaker=speaker, exclude=exclude)
                if found:
                    return found
        for x in children(verb, "xcomp"):
            inner = verb_action(x, lex)
            if inner is not None and inner != "threaten":
                found = targets_of_verb(res, x, inner, lex, speaker, exclude)
                if found:
                    return found
            # "threatened to launch an offensive against X": on the verb or its object
            # ("threatened to strike at Ford plants": the owner of the place it falls on)
            for p in [*pobjs(x, {"on", "against", "to", "at"}),
                      *(q for o in children(x, "dobj") for q in pobjs(o, {"on", "against"}))]:
                found = np_actors(res, p, lex, speaker=speaker, exclude=exclude) or (
                    noun_owner(res, p, speaker, exclude=exclude) if p.pos_ == "NOUN" and p.head.lower_ == "at" else [])
                if found:
                    return found
            # "threatened to block Sweden's bid", "to attack Israeli ships": the party
            # the threatened act falls on, or the owner of what it falls on
            for o in children(x, "dobj"):
                found = np_actors(res, o, lex, products=True, speaker=speaker, exclude=exclude) or \
                    noun_owner(res, o, speaker, exclude=exclude)
                if found:
                    return found
    if action == "accuse":
        for cl in children(verb, "ccomp"):
            for s in children(cl, "nsubj", "nsubjpass"):
                found = res.actors_of(s, speaker=speaker)
                if found:
                    return found
    return []


def _looked_into(res: ArticleResolver, noun: Token, lex: Lexicon, speaker: Mention | None,
                 exclude: tuple) -> list[Mention]:
    """Whom an inquiry into a thing is into: the accused of a claim ("complaints against
    Google"), the party a case concerns ("three cases involving Google", `concerning_verbs`),
    else the thing's owner ("Tesla's accounting")."""
    if lemma(noun) in lex.claim_nouns:
        # (a pronoun in the claim is left alone: "allegations that it commissioned research",
        # said of the firm the prosecutors suspect, is no sure party)
        found = [m for m in claim_parties(res, noun, lex)[1] if m.actor not in exclude and m.via != "pronoun"]
        if found:
            return found
        # ("an investigation into allegations of wrongdoing at British Cycling", "of abuse by
        # police": where or by whom the wrong was done)
        found = [m for w in pobjs(noun, {"of"}) for p in pobjs(w, {"at", "by", "within"})
                 for m in np_actors(res, p, lex, speaker=speaker, exclude=exclude)]
        if found:
            return found
    for acl in children(noun, "acl"):
        if acl.tag_ == "VBG" and lemma(acl) in lex.concerning_verbs:
            found = [m for o in children(acl, "dobj") for m in np_actors(res, o, lex, speaker=speaker, exclude=exclude)]
            if found:
                return found
    return noun_owner(res, noun, speaker, exclude=exclude)


def _party_object(verb: Token, action: str, lex: Lexicon) -> bool:
    """An object "it" stands for a party, not an event: "accused it of
    spying", "held it responsible", "sued it", "fined it" (but "blamed it on X"
    is an event blamed on X, and "banned it" mostly a product)."""
    if action == "sue":
        return True
    if action == "accuse":
        return not pobjs(verb, {"on"})
    # (by any of its word forms: the small model lemmatises "fined" as "fin")
    return action == "sanction" and bool(word_forms(verb) & lex.party_sanction_verbs)


def owning_possessors(noun: Token, lex: Lexicon) -> list[Token]:
    """The possessors of a noun that own its act: none for an act the possessor undergoes
    ("Kavala's detention", "his jailing": `patient_nouns`) unless "of" names the one acted
    on ("Russia's expulsion of diplomats")."""
    if lemma(noun) in lex.patient_nouns and not pobjs(noun, {"of"}):
        return []
    return children(noun, "poss")


def undergoers(noun: Token, lex: Lexicon) -> list[Token]:
    """Who an act of `patient_nouns` befell: its "of" object ("the arrest of X"), else its
    possessor ("Kavala's detention"); nothing for another noun."""
    if lemma(noun) not in lex.patient_nouns:
        return []
    return pobjs(noun, {"of"}) or children(noun, "poss")


def noun_owner(res: ArticleResolver, noun: Token, speaker: Mention | None,
                exclude: tuple = (), back: bool = True) -> list[Mention]:
    """Who a noun belongs to: "X's ban", "the ban by X", "imposed by X",
    "American allegations", "EU sanctions"; passing over the `exclude`d
    actors ("its US lock-out", said of Kaspersky: the US). With `back`, also
    whoever did the act the noun names back ("the ruling" after "the court ruled")."""
    # ("Microsoft's $68.7bn takeover", the possessive hung on the amount)
    amounts = [a for a in noun.children if a.dep_ in {"nmod", "compound", "nummod", "amod"} and a.i < noun.i
               and (a.ent_type_ == "MONEY" or a.like_num)]
    for c in owning_possessors(noun, res.lex) + [p for a in amounts for p in children(a, "poss")]:
        found = [m for m in res.actors_of(c, speaker=speaker) if m.actor not in exclude]
        if found:
            return found
    for c in noun.children:
        if c.dep_ == "amod" and c.i < noun.i and c.tag_ == "VBN" and lemma(c) in res.lex.leading_verbs:
            # "the Saudi-led measures", "the US-led sanctions": the measures of whoever leads them
            for g in (g for g in c.children if g.dep_ in {"npadvmod", "compound", "nmod", "amod"} and g.i < c.i):
                dem = res.gaz.by_demonym.get(g.text)
                found = [Mention(g.i, g.i + 1, Actor(dem.name, dem.kind), "agent")] if dem is not None else \
                    res.actors_of(g, speaker=speaker)
                found = [m for m in found if m.actor not in exclude]
                if found:
                    return found
        if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i:
            dem = res.gaz.by_demonym.get(c.text)
            if dem is not None and Actor(dem.name, dem.kind) not in exclude:
                return [Mention(c.i, c.i + 1, Actor(dem.name, dem.kind), "agent")]
            if c.pos_ == "PROPN":
                found = [m for m in res.actors_of(c, speaker=speaker) if m.actor not in exclude]
                if found:
                    return found
    into = [c.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "into"]
    for p in pobjs(noun, {"by", "from"}):
        if into and p.head.i > min(into) and lemma(noun) in res.lex.inquiry_words:
            continue   # ("an inquiry into the killings by Uzbek troops": the killers, hung on the inquiry)
        found = res.actors_of(p, speaker=speaker)
        if found:
            return found
    # "the expulsion of the ambassador by Moldova": "by X" hung on the act's object
    for p in (q for o in pobjs(noun, {"of"}) for q in pobjs(o, {"by"})):
        found = [m for m in res.actors_of(p, speaker=speaker) if m.actor not in exclude]
        if found:
            return found
    # "the ban imposed by X", also when the parser hangs "imposed" on the
    # noun's object ("the ban on Huawei imposed by Washington")
    # (not what an inquiry is into: "an investigation into killings committed by police" is
    # not the police's investigation)
    holders = [noun] + [p for prep in children(noun, "prep") if prep.lower_ != "into" for p in children(prep, "pobj")]
    for h in holders:
        for acl in children(h, "acl"):
            # ("killings committed under Duterte's war on drugs": under whose rule)
            under = [q for p in pobjs(acl, {"under"}) for q in [*children(p, "poss"), p]] \
                if h == noun and lemma(acl) in res.lex.perpetrating_verbs else []
            for p in pobjs(acl, {"by"}) + under:
                found = res.actors_of(p, speaker=speaker)
                if found:
                    return found
    # "the ban in Australia": the state's; a suit "in Ontario" is only filed there (its
    # courts), and a wrong or an event that is no act of ours "in Sweden" only happened
    # there ("condemned the desecrations of the Koran in Sweden" is not Sweden's act)
    for p in pobjs(noun, {"in"}) if noun_action(noun, res.lex) not in {None, "sue"} else []:
        found = [m for m in res.actors_of(p, speaker=speaker) if res.known_state(m.actor)]
        if found:
            return found
    # "the sanctions the EU imposed on Belarus": the named subject of a relative clause that
    # carries the act (not a pronoun, which the relative clause gives too little to resolve:
    # "the largest fine ever imposed on Google, trailing the penalty it imposed on Qualcomm")
    for rel in children(noun, "relcl"):
        if lemma(rel) in res.lex.carrying_verbs and not is_passive(rel):
            found = [m for s in children(rel, "nsubj") if s.pos_ != "PRON"
                     for m in res.actors_of(s, speaker=speaker) if m.actor not in exclude]
            if found:
                return found
    # "the ruling" after "the court ruled": whoever did the act the noun names back
    ref = res.act_owner(noun) if back else None
    if ref is not None and ref.actor not in exclude:
        return [ref]
    return []


def _governing_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The verb a noun is the object of, directly or through one preposition (or through
    the adjective of a verb undergone: "pleaded guilty to the charges")."""
    head = noun
    for _ in range(3):
        if head.dep_ in {"dobj", "pobj", "prep", "attr", "conj", "npadvmod", "appos"}:
            head = head.head
            if head.pos_ in {"VERB", "AUX"}:
                return head
            if head.pos_ == "ADJ" and head.dep_ == "acomp" and lemma(head.head) in lex.undergo_verbs:
                return head.head
        else:
            break
    return None


def alleged_deed(trigger: Token, lex: Lexicon) -> bool:
    """The trigger is the deed an accusing verb alleges: the gerund after its "of" or "for"
    ("accused X of jailing dissidents", "blamed X for blocking aid")."""
    if trigger.pos_ != "VERB" or trigger.dep_ != "pcomp" or trigger.head.lower_ not in {"of", "for"}:
        return False
    verb = trigger.head.head
    if verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ == "dobj":
        verb = verb.head   # ("accused the Morales government of shielding ...", "of" hung on the object)
    return verb.pos_ == "VERB" and verb_action(verb, lex) == "accuse"


def only_possible(cand: Candidate, lex: Lexicon) -> bool:
    """A measure a party says it could, may or might take (`possible`), not one it takes:
    "Washington could cut aid to Uganda", "the Commission could refer Cyprus to the Court",
    "Germany might ban Huawei", "could move to ban" (on the verb, on the verb of a noun
    trigger, "could open proceedings", or on the verb an infinitive completes)."""
    verb = cand.trigger
    if verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "nsubjpass"}:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or negated(verb, lex):
        return False
    if verb.dep_ == "xcomp" and lemma(verb.head) in lex.obliging_words:
        return False   # ("the EU may have to sanction Belarus": a forecast of what it will be driven to)
    return possible(verb)


def _focus_of(noun: Token, lex: Lexicon) -> Token | None:
    """The subject of "X is (became) the subject / target / focus of" `noun` (`focus_nouns`)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or lemma(noun.head.head) not in lex.focus_nouns:
        return None
    focus = noun.head.head
    verb = focus.head
    if focus.dep_ not in {"attr", "oprd", "dobj"} or lemma(verb) not in {"be", "become", "remain"}:
        return None
    return next(iter(children(verb, "nsubj")), None)


def _appeal_noun(noun: Token) -> bool:
    """"an appeal", "a notice of appeal" (the paper that lodges one), and "a judicial review"
    (a court asked to undo a public body's decision)."""
    return lemma(noun) == "appeal" \
        or (lemma(noun) == "notice" and any(lemma(p) == "appeal" for p in pobjs(noun, {"of"}))) \
        or (lemma(noun) == "review" and any(c.lower_ == "judicial" for c in noun.children))


def _about_an_act(verb: Token, lex: Lexicon) -> bool:
    """The verb's object is a definite act or ruling: 'the decision', 'its fine'."""
    objs = children(verb, "dobj") + [p for prep in children(verb, "prep") for p in children(prep, "pobj")]
    return any(lemma(o) in lex.act_nouns and any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "its", "their", "these"}
        for c in o.children) for o in objs)


def _rejects_a_claim(verb: Token, lex: Lexicon, action: str) -> bool:
    """'denied the allegations', 'rejected claims that', 'denies playing any part':
    not 'dismissed four executives' (`action`: the verb's, deny or dispute)."""
    if is_passive(verb):
        return any(lemma(s) in lex.claim_nouns for s in children(verb, "nsubjpass"))
    objs = _rejected(verb, lex)
    if not objs:   # "denied", "maintained its innocence": no object but the trigger's own
        # (a bare doubting verb is another sense: "contested as an independent", "challenged")
        dobjs = children(verb, "dobj")
        return (bool(dobjs) or action == "deny") and \
            all(lemma(o) in entry_words(lex, ("deny", "dispute")) for o in dobjs)
    if lemma(verb) == "deny" and not children(verb, "dative"):
        # "denied such situations", "denied wrongdoing": what is denied is a
        # claim, unless something is refused ("denied entry", "denied him a visa")
        return not any(lemma(o) in lex.refused_nouns for o in objs)
    return any(not _decided_measure(o, lex) and (
               lemma(o) in lex.claim_nouns or o.pos_ in {"PROPN", "PRON"} or
               (any(c.dep_ in {"acl", "ccomp", "relcl"} for c in o.children) and lemma(o) not in lex.refused_nouns))
               for o in objs)


def _decided_measure(noun: Token, lex: Lexicon) -> bool:
    """A decision to take a measure ("the assembly's decision to remove the judges", "the
    decision to expel"): a measure, rejected as one, though a decision may be a finding."""
    return lemma(noun) in lex.act_nouns and any(
        c.dep_ == "acl" and verb_action(c, lex) in {"sanction", "cut_ties"}
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in noun.children)


def entry_words(lex: Lexicon, actions: tuple[str, ...]) -> frozenset[str]:
    """The words after the verb in the several-word triggers of `actions`
    ("cast doubt", "come defence")."""
    key = (id(lex), actions)
    got = _WORDS.get(key)
    if got is None:
        got = _WORDS[key] = frozenset(w for a in actions for e in lex.actions[a].verbs
                                      if len(e) > 1 for w in e[1:])
    return got


_WORDS: dict[tuple, frozenset[str]] = {}


def matched_words(tok: Token, lex: Lexicon, action: str) -> frozenset[str]:
    """The words after the verb of the several-word triggers of `action` that
    this token's frame matches ("held ... responsible": responsible), so that a
    trigger's own words are not read as what is alleged."""
    key = (id(lex), action)
    entries = _MULTI.get(key)
    if entries is None:
        entries = _MULTI[key] = tuple(e for e in (*lex.actions[action].verbs, *lex.actions[action].nouns)
                                      if len(e) > 1)
    forms = word_forms(tok)
    return frozenset(w for e in entries if e[0] in forms and matches_entry(tok, e, lex) for w in e[1:])


_MULTI: dict[tuple, tuple] = {}


def _rejected(verb: Token, lex: Lexicon) -> list[Token]:
    """What a rejecting verb rejects: its object; for a relative object ("a charge
    that Moscow rejects") the noun the clause modifies; for a trigger whose object
    is part of it ("cast doubt on X", "poured scorn on X") the prepositional object."""
    out = []
    words = entry_words(lex, ("deny", "dispute"))
    for o in children(verb, "dobj"):
        if o.lower_ in {"that", "which"} and verb.dep_ == "relcl":
            out.append(verb.head)
        elif o.lower_ in {"itself", "themselves", "himself", "herself"}:
            out.extend(pobjs(verb, {"from"}))   # "distanced itself from the findings"
        elif lemma(o) in words and lemma(o) not in lex.claim_nouns:
            # (not "rejected allegations of spying": a claim is what is rejected,
            # though "fight allegations" makes "allegation" a trigger word too)
            out.extend(pobjs(o, {"of", "on", "about", "over"}) or pobjs(verb, {"of", "on", "about", "over"}))
        else:
            out.append(o)
    if not out and verb.dep_ == "relcl" and not children(verb, "dobj") and lemma(verb.head) in lex.claim_nouns:
        out.append(verb.head)   # ("a claim the UAE denied", with no "that")
    return out


def _rejected_measures(verb: Token, lex: Lexicon) -> list[Token]:
    """The measures a rejecting verb rejects ("rejected the fine", "the sanctions
    were dismissed by X"): acts that assert no claim (`act_nouns` but neither
    `claim_nouns` nor `asserting_nouns`)."""
    objs = _rejected(verb, lex) + (children(verb, "nsubjpass") if is_passive(verb) else [])
    return [o for o in objs if o.pos_ == "NOUN" and lemma(o) in lex.act_nouns and (
            _decided_measure(o, lex) or (lemma(o) not in lex.claim_nouns and lemma(o) not in lex.asserting_nouns))]


def claim_owner(res: ArticleResolver, noun: Token, lex: Lexicon) -> list[Mention]:
    """Whose claim or evidence a rejected noun is: "X's allegations", "the evidence
    presented by X", "the British findings"."""
    if lemma(noun) not in lex.claim_nouns and lemma(noun) not in lex.cited and \
            lemma(noun) not in lex.accusation_nouns:
        return []
    found = noun_owner(res, noun, None)
    if found:
        return found
    for c in noun.children:
        if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i:
            found = res.actors_of(c)
            if found:
                return found
    root = noun.sent.root
    if noun.i > root.i and lemma(root) in lex.speech_verbs and any(c.dep_ == "relcl" for c in noun.children) \
            and (noun.dep_ == "appos" or not any(t.dep_ in {"ccomp", "xcomp"} for t in noun.ancestors)):
        # "the Houthis said they had launched drones at the airport, a claim the UAE denied":
        # what the sentence's speaker said (not a claim inside what the speaker tells:
        # "Peskov said Moscow rejected the claims, which it considered groundless")
        speaker, _ = subject_token(root)
        found = res.actors_of(speaker) if speaker is not None and speaker.i < noun.i else []
        if found:
            return found
    author = res.document_author(noun)   # "the findings" after "Amnesty published a report"
    return [author] if author is not None else []


def prosecutes(res: ArticleResolver, actor: Mention, lex: Lexicon) -> bool:
    """Whether a charge by `actor` is a prosecution (a `sue`): a state or government,
    a public body (`public_body`: a regulator, a sport's governing council), a prosecuting body ("prosecutors", "the police"), or a person named with a
    prosecuting title ("Special counsel Robert Mueller", "Jane Roe, the district
    attorney", "Attorney General Merrick Garland")."""
    if actor.actor.kind in {"government", "state"} or public_body(actor, lex):
        return True   # (and a body with power over others: "The ICC has charged the three players")
    head = res.doc[actor.end - 1]
    # ("Prosecutors charged ...": a capitalised plural the tagger took for a name keeps its "s")
    # (a pronoun for such a body is read by the body's name: "They will also seek a fine")
    word = actor.actor.name.split()[-1].lower() if head.pos_ == "PRON" else head.lower_
    if (head.pos_ != "PRON" and lemma(head) in lex.prosecuting_nouns) or word in lex.prosecuting_nouns \
            or (word.endswith("s") and word[:-1] in lex.prosecuting_nouns):
        return True
    # (the title may come with an earlier mention only: "Attorney General Bill Schuette
    # announced ... Schuette also charged X")
    heads = [head] + [res.doc[m.end - 1] for m in res.names.values() if m.actor == actor.actor] \
        if actor.actor.kind == "person" else []
    return any(lemma(t) in lex.prosecuting_nouns for h in heads for c in h.children if c.dep_ in {"compound", "appos"}
               for t in (c, *children(c, "compound")))


def public_body(m: Mention, lex: Lexicon) -> bool:
    """Whether `m` is a body with public power over others: a state, a government or an
    international organisation, a body whose name holds one of `public_names` ("the
    Central Bank of Nigeria", "the Reserve Bank of Malawi"), or an organisation whose
    name has a word of a government organ after its first ("the Insurance Regulatory
    Commission", "the Haryana Food and Drugs Authority")."""
    if m.actor.kind in {"government", "state", "international_org"}:
        return True
    words = lex.references.get("government", frozenset())
    name = m.actor.name.lower()
    if m.actor.kind in {"organization", "company"} and any(f" {p} " in f" {name} " for p in lex.public_names):
        return True   # ("the Reserve Bank of Malawi", taken for a bank)
    return m.actor.kind == "organization" and any(w in words for w in name.split()[1:])


def _misread_rejection(tok: Token, lex: Lexicon) -> str | None:
    """"Johnson & Johnson rejects claims that ...": the small model reads the verb
    as a plural noun (the subject's head) and the claim noun after it as the
    verb. The rejecting action of such a word, else None."""
    head = tok.head
    if tok.tag_ != "NNS" or tok.dep_ != "nsubj" or head.i != tok.i + 1 or head.pos_ != "VERB" or \
            lemma(head) not in lex.claim_nouns or not children(tok, "nsubj", "compound"):
        return None
    verbs, _ = _index(lex)
    for _k, _j, action, entry in sorted(c for f in word_forms(tok) for c in verbs.get(f, ())):
        if len(entry) == 1 and action in lex.rule_actions["rejecting"]:
            return action
    return None


_VERBAL_POS = frozenset({"VERB", "AUX", "NOUN"})   # what verb_action and a misread rejection can be


def _own_claim_held(verb: Token, lex: Lexicon) -> Token | None:
    """The actor's own claim a defending verb holds to ("stood by its findings",
    "stands behind her reporting"), not an act ("stood by its decision")."""
    held = pobjs(verb, {"by", "behind"}) + children(verb, "dobj")
    for n in held:
        if n.pos_ == "NOUN" and (lemma(n) in lex.report_nouns or (
                lemma(n) in lex.document_nouns and lemma(n) not in lex.act_nouns)) \
                and any(c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her", "our", "my"}
                        for c in n.children):
            return n
    return None


def court_named(m: Mention, lex: Lexicon) -> bool:
    """Whether an actor is a court or tribunal by its name (a court hears suits and
    appeals; it is never the one sued)."""
    return is_court(m.actor, lex)


def is_court(party, lex: Lexicon) -> bool:
    """Whether a party (an `Actor`, or a claim's `ActorRef`) is a court or tribunal by its
    name (`judicial_bodies`)."""
    return party.kind != "person" and bool(set(party.name.lower().split()) & lex.judicial_bodies)


def _time_to(verb: Token) -> bool:
    """The verb is what a party has the time to do, not what it does: "has three weeks to
    lodge an appeal", "has one month to appeal" ("reserved the right to appeal" is an appeal
    announced, as news tells it)."""
    if verb.dep_ in {"acl", "relcl"}:
        nouns = [verb.head]
    elif verb.dep_ == "xcomp":
        nouns = [o for o in verb.head.children if o.dep_ == "dobj"]
    else:
        return False
    return any(lemma(n) in {"day", "week", "month", "year", "hour"}
               for n in nouns)


def _sends_envoy_home(verb: Token, lex: Lexicon) -> bool:
    """"sent India's ambassador home", "the envoy would be sent back": another state's envoy
    sent away is expelled (one's own is recalled: "sent its ambassador back to Paris" has a
    "to")."""
    home = any(c.dep_ in {"prt", "advmod", "npadvmod"} and c.lower_ in {"back", "home"} for c in verb.children)
    envoys = [o for o in children(verb, "dobj", "nsubjpass") if envoy_word(o, lex)]
    return home and bool(envoys) and not pobjs(verb, {"to"}) and not any(
        p.dep_ == "poss" and p.lower_ in {"its", "their", "our", "his", "her"} for o in envoys for p in o.children)


def _made_to_act_on_its_own(verb: Token, actors: list[Mention]) -> bool:
    """A party made to do a measure to its own thing: "forced Harlow Pipeline to shut down
    its network", "led the firm to suspend its operations" (the verb's doer the object
    of the verb above it, every object of the measure the doer's own by a pronoun)."""
    if verb.dep_ != "xcomp" or not actors:
        return False
    told = [x.i for o in children(verb.head, "dobj") for x in o.subtree]
    objects = children(verb, "dobj")
    return bool(told) and all(a.start in told for a in actors) and bool(objects) and all(
        any(p.dep_ == "poss" and p.lower_ in {"its", "their", "his", "her"} for p in o.children) for o in objects)


def _ordered_to_close_its_own(verb: Token, lex: Lexicon) -> bool:
    """"ordered China to close its consulate", "told Iran to shut its embassy": a party
    made to close its own mission (not "decided to close its embassy": its own act)."""
    return verb.dep_ == "xcomp" and lemma(verb.head) in lex.order_verbs and any(
        c.dep_ == "dobj" and c.pos_ != "PRON" for c in verb.head.children) and any(
        (lemma(o) in lex.cut_ties_missions or any(c.dep_ == "compound" and lemma(c) in lex.cut_ties_missions
                                                  for c in o.children))   # ("its consulate general")
        and any(p.dep_ == "poss" and p.lower_ in {"its", "their"} for p in o.children)
        for o in children(verb, "dobj"))


def verbal(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    out = []
    for tok in sent:
        lem = lemma(tok)
        if tok.pos_ not in _VERBAL_POS and lem not in lex.removal_verbs and lem not in lex.support_verbs \
                and not _to_infinitive(tok):
            continue   # (no trigger here: the checks below would all find nothing; most tokens)
        action = verb_action(tok, lex)
        if action == "criticize" and lem == "protest" and children(tok, "ccomp"):
            continue   # ("protested that US warships had violated its waters": what is said, read as speech)
        if lem in lex.removal_verbs and _removes_from_post(res, tok, lex):
            action = "sanction"   # "fired its director", "dismissed Ghosn as chairman"
        elif lem in lex.suspending_verbs and _named_party_object(res, tok):
            action = "sanction"   # "FIFA suspended the Zimbabwe Football Association" (its membership)
        elif action is None and lem in lex.designating_verbs and _designated(res, tok):
            action = "sanction"   # "Washington also designated his brother Raja Salameh" (listed)
        elif action is None and lem in lex.support_verbs and _backs_the_accused(res, tok):
            action = "defend"     # "the federation backed Sun", accused or sanctioned before
        elif action is None and lem in lex.reconsidering_verbs and any(
                m.dep_ == "mark" and m.lower_ == "whether" for c in children(tok, "ccomp") for m in c.children):
            action = "investigate"   # "is reviewing whether Penn State complied with the law": a question put
        if action == "criticize" and any(lemma(p) in lex.claim_nouns and lemma(p) in lex.asserting_nouns
                                         for p in pobjs(tok, {"at", "against"})):
            action = "deny"   # "hit back at the claims", "lashed out at the allegations": a claim answered
        if action == "criticize" and lem in lex.retaliation_verbs and (future(tok) or tok.dep_ == "xcomp"):
            action = "threaten"   # "hit back at the Bank" is said; "vowed to hit back at Israel" is a threat
        if action is None and lem == "send" and _sends_envoy_home(tok, lex):
            action = "sanction"   # "India's high commissioner would be sent back": expelled
        if action == "sanction" and tok.dep_ == "acl" and lemma(tok.head) in lex.filing_nouns:
            action = "sue"   # "tabled a motion to remove X from office": a proceeding brought against X
        if action == "cut_ties" and _ordered_to_close_its_own(tok, lex):
            action = "sanction"   # "ordered Iran to close its embassy in London": a measure on Iran
        if action == "defend" and any(noun_action(o, lex) in {"sue", "accuse"} and not any(
                p.dep_ == "poss" and p.lower_ in OWN_POSSESSIVES for p in o.children)
                for o in children(tok, "dobj")):
            action = "deny"   # "Google is defending that case", "defended the charges": the accused answers
        if action == "defend" and any(lemma(o) in lex.own_stakes and any(
                p.dep_ == "poss" and p.lower_ in OWN_POSSESSIVES for p in o.children)
                for o in children(tok, "dobj")):
            continue   # ("vowed to defend its sovereignty", "would defend its interests": its own stake, no one answered for)
        reflexive = action == "defend" and any(o.lower_ in REFLEXIVES for o in children(tok, "dobj"))
        if reflexive and tok.dep_ in {"acl", "xcomp"} and (
                lemma(tok.head) in lex.entitlement_words or tok.head.lower_ in lex.entitlement_words):
            continue   # ("Israel's right to defend itself", "entitled to defend itself": self-defence, no answer)
        if reflexive and any(lemma(p) not in lex.claim_nouns and noun_action(p, lex) is None
                             for p in pobjs(tok, {"from", "against"})):
            continue   # ("so that the country can defend itself from the attack": self-defence too)
        if reflexive:
            action = "deny"       # "would defend itself against the accusations": the accused answers
        misread = action is None and _misread_rejection(tok, lex)
        action = action or misread or None
        # ("is considering stripping Hwang of the title", "weighs expelling the envoys": a
        # measure weighed, held over its target as "is considering sanctions against X" is)
        weighed = action in lex.rule_actions["held_over"] and tok.dep_ in {"xcomp", "pcomp"} \
            and lemma(tok.head) in lex.deliberating_verbs and not negated(tok.head, lex)
        if action is None or (negated(tok, lex) and not weighed) or (tok.text[:1].isupper() and tok.i > sent.start):
            continue   # (a capitalised verb mid-sentence is a run-in heading)
        if weighed:
            action = "threaten"
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and lemma(tok) in lex.linking_verbs:
            continue   # "blamed hackers linked to Russia for an attack": who the hackers are, no claim
        if action is not None and _negated_trigger_word(tok, lex, action):
            continue   # "found him not guilty", "held it not liable": the trigger's own word denied
        if action == "accuse" and priced(tok, lex):
            continue   # "charged fees for services it never provided", "charged customers $50": a price
        if action == "accuse" and lemma(tok) in lex.evaluation_verbs and any(
                lemma(o) in lex.act_nouns and lemma(o) not in lex.asserting_nouns for o in children(tok, "dobj")):
            continue   # "branded the fine illegal": a labelled act, criticised (rules_speech), no one accused
        # ("charged X with fraud", "charged X over a scheme", "an indictment charging X")
        charged = action == "accuse" and _charge(tok, lex) and (
            is_passive(tok)   # ("has been charged by prosecutors": a charge laid, never "charged that")
            or any(p.lower_ in {"with", "over", "for", "under"}
                for p in children(tok, "prep") + [q for o in children(tok, "dobj") for q in children(o, "prep")])
            or (tok.dep_ == "acl" and lemma(tok.head) in lex.document_nouns)
            # ("Geneva prosecutors charged him in 2018": a party charged, with nothing said)
            or (any(o.pos_ == "PROPN" or o.lower_ in {"him", "her", "them"} for o in children(tok, "dobj"))
                and not children(tok, "ccomp", "dative")))
        if action == "dispute" and lemma(tok) in lex.interrogating_verbs and any(
                o.pos_ == "PROPN" or o.lower_ in {"him", "her", "them", "those"}
                or lemma(o) in lex.roles | lex.firm_roles | lex.office_trades
                or any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in o.children)
                for o in children(tok, "dobj")):
            # "prosecutors questioned Platini", "police want to question a former director of
            # the firm, Peter Lund": a person questioned, not a claim
            action = "investigate"
        measures: list[Token] = []
        if action in {"deny", "dispute"} and not reflexive and not _rejects_a_claim(tok, lex, action):
            # "Meta rejected the fine", "Minsk dismissed the sanctions as illegal": a
            # measure is no claim to deny; rejecting it criticises whoever imposed it
            measures = _rejected_measures(tok, lex)
            if not measures:
                continue
            action = "criticize"
        if action in lex.rule_actions["rejecting"] and any(verb_action(c, lex) in {"accuse", "criticize"}
                                                           for c in children(tok, "xcomp", "ccomp")):
            continue   # "denied accusing Y": a negated accusation, not a rejection ("denied taking
            #            sides", "denied threatening Y" deny what they are accused of)
        actors = actor_of_verb(res, tok, action=action)
        if misread and not actors:   # ("Meridian Foods rejects", the name a compound of the verb)
            actors = [m for c in children(tok, "compound") for m in res.actors_of(c)][:1]
        confidence = 0.8
        if not actors and action == "sanction" and is_passive(tok):
            actors = _banned_where(res, tok)   # "was barred from building networks in Australia"
        if not actors and is_passive(tok) and not children(tok, "agent") and not possible(tok) and (
                action in lex.rule_actions["context_agent"] or (
                action == "accuse" and lemma(tok) in lex.charging_verbs and not future(tok))):
            # (not a measure that only "could" come: "Gandhi could also be barred from standing")
            # "Orbis was also fined for ...": by whoever acted against it before
            # ("Daimler, Volvo and DAF were all penalised": against one of them); "He is
            # accused of spying": by whoever arrested or charged him
            held = [m for s in children(tok, "nsubjpass", "nsubj") for m in res.actors_of(s)]
            actors = _earlier_agent(res, held, action, tok)
            confidence = 0.5
            again = _measure_again(res, tok, held, action) if not actors else None
            if again is not None:
                taker, parties = again
                out.extend(Candidate(taker, action, p, tok, "verb", tok, 0.5) for p in parties)
                continue
        if not actors and action in {"accuse", "sanction", "sue"} and is_passive(tok) and not future(tok):
            # "Peter Hall was jailed in May": no one named holds him, but he is held (a party
            # others may speak up for later)
            res.undergone.update(m.actor for s in children(tok, "nsubjpass") for m in res.actors_of(s))
            if (action != "accuse" or lemma(tok) in lex.charging_verbs) and not possible(tok) \
                    and not children(tok, "agent") and not conditions(tok):
                # ("Westpac has been accused of breaching the law 23 million times. AUSTRAC
                # launched proceedings against the bank", "TD has been fined a record C$9.19
                # million ... Fintrac said it had imposed the penalty": the one the next lines name)
                res.unowned.append((tok, [m for s in children(tok, "nsubjpass") for m in res.actors_of(s)], action))
        if not actors:
            continue
        if action == "defend" and not reflexive:
            held = _own_claim_held(tok, lex)
            if held is not None:
                # "Amnesty said it stood by its findings": the accusation made again, against
                # whom the same actor accused most often before (nothing, if it accused no one)
                for a in actors:
                    before = [t for m, act, t in reversed(res.events) if act == "accuse" and m.actor == a.actor]
                    prior = max(before, key=before.count, default=None)   # (ties: the latest)
                    if prior is not None:
                        out.append(Candidate(a, "accuse", Mention(held.i, held.i + 1, prior, "reference"),
                                             tok, "verb", tok, 0.5))
                continue
        if charged and all(prosecutes(res, a, lex) for a in actors):
            action = "sue"   # "prosecutors charged X with fraud": a criminal charge, by the state
        measure = action
        if action in lex.rule_actions["announced"] and _promised_measure(tok, lex):
            action = "threaten"   # "would expel more diplomats if Moscow did not cooperate"
        elif action == "accuse" and (_conditional_measure(tok) or _promised_account(tok, lex)):
            # "will hold Sanofi accountable if children fall ill", "vowed to hold the killers to
            # account", "Canada will hold India responsible": a consequence promised
            action = "threaten"
        elif action == "sanction" and tok.dep_ == "xcomp" and _promising(tok.head, lex):
            action = "threaten"   # "vowed to ban the opposition parties": a measure promised, not taken
        if measure in {"sanction", "cut_ties"} and _made_to_act_on_its_own(tok, actors):
            continue   # ("an attack that forced Harlow Pipeline to shut down its network": its own)
        targets = targets_of_verb(res, tok, action, lex, exclude=tuple(a.actor for a in actors))
        if not targets and action == "threaten" and measure in lex.rule_actions["held_over"] \
                and _conditional_measure(tok):
            # ("will freeze further assets unless Caracas frees the Americans": held over the
            # party the condition names, as a measure noun is; an inquiry offered on a condition,
            # "offered to investigate if New Delhi shared evidence", holds nothing over anyone)
            targets = _conditioned(res, tok, tuple(a.actor for a in actors))
        if action == "cut_ties" and any(_envoy_named(res, t, lex) for t in targets):
            # ("Ambassador Gladys Gutierrez had been called home": one's own envoy recalled is
            # no party ties are cut with; the state the envoys were recalled from just before)
            # (or, with no such recall before, the state the sender's quarrel is with: "Georgia
            # arrested four Russian officers ... Russia responded by recalling its ambassador")
            row = other_side(res, {a.actor for a in actors}, tok, res.ACT_REACH, states=True)
            last = _last_taken_against(res, "cut_ties", actors, at=tok, states=True) or (row[0] if row else None)
            targets = [Mention(tok.i, tok.i + 1, last, "reference")] if last is not None else []
        if not targets and measure in {"cut_ties", "sanction"}:
            targets = _told_party(res, tok, lex, actors) or _also_against(res, tok, measure, actors)
        if reflexive:   # (itself is no target: the accuser is found from the claims before)
            targets = [t for t in targets if t.actor not in [a.actor for a in actors]]
        if action == "defend" and not targets and any(
                any(p.dep_ == "poss" and p.lower_ in {"its", "their", "our", "his", "her", "my"} for p in o.children)
                and (any(a.lower_ == "own" for a in o.children) or lemma(o) in lex.border_nouns)
                for o in children(tok, "dobj")):
            continue   # ("for defending its own borders": its own land, no party spoken up for)
        mutual = _reciprocal(tok)
        if mutual is not None and len({a.actor for a in actors}) > 1:
            # "Armenia and Azerbaijan accused each other", "traded accusations": each of the
            # coordinated parties against each other one
            for a in actors:
                for b in actors:
                    if b.actor != a.actor:
                        out.append(Candidate(a, action, Mention(mutual.i, mutual.i + 1, b.actor, "reference", b.person),
                                             tok, "verb", tok, confidence))
            continue
        if not targets and measure != action:
            # (else whom the measure falls on: "would respond by blocking imports of Polish fruit")
            targets = targets_of_verb(res, tok, measure, lex, exclude=tuple(a.actor for a in actors))
        again = _acted_on_again(res, tok, action, actors)
        if again is not None:   # (in the pronoun's place, the other objects kept)
            targets = [again] + [t for t in targets if not t.start <= again.start < t.end]
        if measures:
            mine = tuple(a.actor for a in actors)
            targets = next((found for m in measures for found in (
                noun_owner(res, m, None, exclude=mine) or
                [o for o in [res.act_owner(m)] if o is not None and o.actor not in mine],) if found), [])
            if not targets:
                continue   # ("lawmakers rejected the ban": a vote, not an answer to anyone)
        if action == "sue" and targets:
            # "took the case to the Court of Arbitration for Sport", "would go to the
            # International Court of Justice to hold Ecuador accountable": the court is
            # where the case goes, not whom it is against (the purpose may name that);
            # so is any body a party is referred to ("referred Everton to the commission")
            venues = [t for t in targets if (court_named(t, lex) or lemma(tok) == "refer") and any(
                tok.doc[i].dep_ == "pobj" and tok.doc[i].head.lower_ in ({"to"} if lemma(tok) == "refer" else
                                                                          {"to", "before", "at", "in", "with"})
                for i in range(t.start, t.end))]
            if venues:
                targets = [t for t in targets if t not in venues]
                owners = tuple(a.actor for a in actors)
                for p in pobjs(tok, {"against"}):   # ("appealed to the court against the ban imposed by X")
                    targets = targets or np_actors(res, p, lex, exclude=owners) or (
                        noun_owner(res, p, None, exclude=owners) if noun_action(p, lex) else [])
                for x in (x for v in [tok, tok.head] for x in children(v, "xcomp", "advcl")
                          if x.i > tok.i and verb_action(x, lex) is not None):
                    targets = targets or targets_of_verb(res, x, verb_action(x, lex), lex, exclude=owners)
        if not targets and action in {"deny", "dispute"}:
            # (a passive's subject is what is rejected: "the report was rejected by X")
            rejected = _rejected(tok, lex) + (children(tok, "nsubjpass") if is_passive(tok) else [])
            for o in rejected:
                targets = [m for m in claim_owner(res, o, lex) if m.actor not in [a.actor for a in actors]]
                if targets:
                    break
        if action == "sue" and targets and all(court_named(t, lex) for t in targets) and (
                lemma(tok) in lex.challenging_verbs and _about_an_act(tok, lex) or any(
                _appeal_noun(o) and _about_an_act(o, lex) for o in children(tok, "dobj"))):
            # "would appeal the verdict", "challenged the court's ruling": a court is never
            # sued; the appeal answers what the court did to the appellant (found in extract), as
            # a bare "would appeal" does
            targets = []
        answers = next((noun_action(o, lex) for o in children(tok, "dobj") if noun_action(o, lex)), None)
        # ("would appeal to common sense", "appealed to the public for calm": a plea, made to
        # no court and no party)
        plea = lemma(tok) == "appeal" and any(
            lemma(p) not in lex.judicial_bodies and not res.actors_of(p) for p in pobjs(tok, {"to"}))
        if not targets and action in lex.rule_actions["context"] and not plea and not _time_to(tok) and (
                _about_an_act(tok, lex) or (
                lemma(tok) == "appeal" and not children(tok, "dobj")) or (
                # ("would file an appeal", "was considering an appeal": the same, in a noun)
                action == "sue" and any(
                    _appeal_noun(o) and (not pobjs(o, {"against"}) or _about_an_act(o, lex)) and all(
                    lemma(p) in lex.judicial_bodies or res.actors_of(p) for p in pobjs(o, {"to"}))
                    for o in children(tok, "dobj")))):
            # "appealed the decision": against whoever decided (found in extract); an appeal of
            # nothing named answers a measure first ("He said the country would appeal" the ban,
            # not a critic's words about it)
            if answers is None and action == "sue":
                answers = "sanction"
            for a in actors:
                out.append(Candidate(a, action, None, tok, "verb", tok, 0.5, context=True, answers=answers))
            continue
        if not targets and action == "sue":
            # "filed a class action on behalf of shareholders, accusing Luckin of fraud", "sued,
            # alleging that X had misled them": whom the suit's reason, a participle, names
            owners = tuple(a.actor for a in actors)
            for x in children(tok, "advcl"):
                if x.tag_ != "VBG" or lemma(x) not in lex.charging_verbs or negated(x, lex):
                    continue
                named = children(x, "dobj") + [s for c in children(x, "ccomp") for s in children(c, "nsubj")]
                targets = [m for o in named for m in np_actors(res, o, lex, exclude=owners)]
                if targets:
                    break
        if not targets and action in {"sue", "threaten"} and lemma(tok) != "threaten" and not (
                action == "threaten" and any(negated(v, lex) for v in [tok, *children(tok, "xcomp")] + (
                    [tok.head] if tok.dep_ == "dobj" else []))) \
                and not any(
                p.lower_ == "against" for t in [tok, *children(tok, "dobj")] for p in children(t, "prep")):
            # "Quillon accused Vantor of copying its code. It filed suit on Friday.": a suit
            # against no one named is against whom the plaintiff has accused in the article;
            # so is a vow of revenge ("Iran blamed Israel for the attack. Iran vowed revenge.")
            accused = [t for a in actors for t in _latest_accused(res, a.actor)]
            targets = [Mention(tok.i, tok.i + 1, t, "reference") for t in accused[:1]]
        if not targets and (action not in lex.rule_actions["rejecting"] or (action == "defend" and (
                lemma(tok) != "defend" or any(o.lower_ in {"which", "that"} or lemma(o) in lex.prize_nouns
                                              for o in children(tok, "dobj"))))) \
                and not (action == "investigate" and _investigated_event(tok, lex)):
            continue   # (only a plain "defended" may answer without naming whom; "a step
            #            which it would defend" is one's own act, not an accused; an inquiry
            #            into an event names no party: "are investigating the blasts")
        suspected = action == "sanction" and _on_suspicion(tok, lex)
        if action == "criticize" and targets and any(
                lemma(o) in lex.crime_nouns and (children(o, "poss") or pobjs(o, {"by"}))
                for o in children(tok, "dobj")):
            # "condemned Iran's cyberattack against Albania", "condemns financial fraud by the
            # company": condemning a crime told as a party's own accuses the party of it
            action = "accuse"
        for a in actors:
            for t in targets or [None]:
                if t is not None and t.actor == a.actor:
                    continue
                # (no court tries a state: "Egypt's foreign ministry charged Doha with backing
                # terrorism" accuses it, where "charged two Qatari officials" prosecutes them)
                told = "accuse" if charged and action == "sue" and t is not None and \
                    t.actor.kind in {"state", "international_org"} and t.via != "agent" else action
                out.append(Candidate(a, told, t, tok, "verb", tok, confidence, answers=answers))
                if suspected and t is not None:
                    # "arrested Ghosn on suspicion of under-reporting his pay": the arrest alleges it
                    out.append(Candidate(a, "accuse", t, tok, "verb", tok, confidence))
    return out


def _investigated_event(trigger: Token, lex: Lexicon) -> bool:
    """An inquiry's object that is an event or a matter, not a party: "investigating the
    blasts", "an investigation into the crash", "a probe into alleged price-fixing" (a
    common noun that names no kind of actor; a party the rules could not resolve, "the
    company", is no event)."""
    if is_passive(trigger) or (trigger.dep_ == "acl" and trigger.tag_ == "VBN"):
        return False   # ("banks being investigated over Libor": the banks are investigated)
    if lemma(trigger) not in lex.inquiry_words and not any(lemma(o) in lex.inquiry_words
                                                           for o in children(trigger, "dobj")):
        return False   # ("will monitor the asteroid", "nurses examined the children": no inquiry)
    objs = children(trigger, "dobj") + pobjs(trigger, {"into", "over", "of", "on"}) + [
        p for o in children(trigger, "dobj") for p in pobjs(o, {"into", "over", "of", "on"})]
    party_words = {w for ws in lex.references.values() for w in ws} | lex.agent_nouns | lex.roles
    return any(o.pos_ == "NOUN" and lemma(o) not in party_words and o.ent_type_ == ""
               and lemma(o) not in entry_words(lex, ("investigate",)) for o in objs)


def _reciprocal(verb: Token) -> Token | None:
    """The "each other" or "one another" a verb takes as its object (or after its
    preposition: "sued each other", "lashed out at one another"), or the verb itself when
    it trades its object between its subjects ("traded accusations", "exchanged charges")."""
    objs = children(verb, "dobj", "dative") + pobjs(verb, {"at", "against", "with", "on", "of"})
    for o in objs:
        before = o.doc[o.i - 1].lower_ if o.i > 0 else ""
        if (o.lower_ == "other" and any(c.lower_ == "each" for c in o.children)) or (
                o.lower_ == "another" and (any(c.lower_ == "one" for c in o.children) or before == "one")):
            return o
        if (o.lower_ == "other" and before == "each") or (
                o.lower_ == "one" and any(c.lower_ == "another" for c in o.children)):
            return o
    if lemma(verb) in {"trade", "exchange", "swap"} and children(verb, "dobj"):
        return verb
    return None


def not_ruled_out(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """A measure kept open is a threat: "did not rule out military action against Iran",
    "has not ruled out sanctions on Hungary", "did not rule out further steps" (a negated
    "rule out", or "exclude", with a measure as its object: a trigger noun of any action, or
    an act noun). The target: the measure's own ("against Iran"), else, for "further" or
    "more" steps, whom the actor last sanctioned, cut ties with or threatened."""
    out = []
    for tok in sent:
        if lemma(tok) not in {"rule", "exclude"} or tok.pos_ != "VERB":
            continue
        if lemma(tok) == "rule" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            continue
        if not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.children):
            continue
        measures = [o for o in children(tok, "dobj") if noun_action(o, lex) or lemma(o) in lex.act_nouns]
        if not measures:
            continue
        actors = actor_of_verb(res, tok)
        if not actors:
            continue
        mine = tuple(a.actor for a in actors)
        targets: list[Mention] = []
        for m in measures:
            preps = lex.actions[noun_action(m, lex) or "sanction"].target_preps | {"against", "on"}
            targets = [t for p in pobjs(m, preps) for t in np_actors(res, p, lex, exclude=mine)]
            if targets:
                break
        if not targets:
            again = more_of_the_same(res, mine, measures)
            targets = [Mention(measures[0].i, measures[0].i + 1, again, "reference")] if again is not None else []
        for a in actors:
            for t in targets:
                if t.actor != a.actor:
                    out.append(Candidate(a, "threaten", t, tok, "verb", tok, 0.5))
    return out


def premises_searches(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """A search of a party's premises is an investigation of it: "carried out raids on the
    premises of several truckmakers", "search warrants were executed at the offices of X
    and Y" (a search noun, `search_nouns`, and the premises it reaches, `premises_nouns`)."""
    out = []
    for tok in sent:
        if tok.pos_ != "NOUN" or lemma(tok) not in lex.search_nouns:
            continue
        gov = tok.head if tok.dep_ == "nsubjpass" else _governing_verb(tok, lex)
        if gov is not None and (negated(gov, lex) or verb_action(gov, lex) not in (None, "investigate")):
            continue
        # ("troops raided the home of a commander", "a military raid": an assault, not a search)
        doers = (children(gov, "nsubj") if gov is not None else []) + [tok, *children(tok, "amod", "compound")]
        if any(lemma(x) in lex.armed_nouns for d in doers for x in [d, *pobjs(d, {"of", "from"})]):
            continue
        holders = [tok, *children(tok, "acl", "relcl")] + ([gov] if gov is not None else [])
        places = [p for h in holders for p in pobjs(h, {"on", "at", "of", "in", "into"})
                  if lemma(p) in lex.premises_nouns]
        targets: list[Mention] = []
        for place in places:
            owners = [c for q in pobjs(place, {"of"}) for c in [q, *q.conjuncts]]
            owners += [c for q in children(place, "poss") for c in [q, *q.conjuncts]]
            targets += [m for c in owners for m in np_actors(res, c, lex) if m.actor not in [t.actor for t in targets]]
        if not targets:
            continue
        if gov is not None:
            actors = actor_of_verb(res, gov, action="investigate")
        else:
            actors = noun_owner(res, tok, None)
        for a in actors:
            for t in targets:
                if t.actor != a.actor:
                    out.append(Candidate(a, "investigate", t, tok, "noun", tok, 0.5))
    return out


def _pairs(actors: list[Mention], targets: list[Mention], action: str, trigger: Token, rule: str,
           scope: Token, confidence: float) -> list[Candidate]:
    """One candidate for each actor and each target that is not that actor."""
    return [Candidate(a, action, t, trigger, rule, scope, confidence)
            for a in actors for t in targets if t.actor != a.actor]


def settlements(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """Money paid to settle charges is a penalty the payee exacts: "Vimpelcom paid $795
    million to US authorities to resolve charges that it bribed officials", "agreed to pay
    $2 billion to settle allegations brought by the SEC", "paid $50 million to settle SEC
    charges" (a settling verb, `settling_verbs`, whose object is a charge or an inquiry,
    `settled_nouns`, not a lawsuit, under a payment, `payment_verbs`: the payee, else
    whoever brought the charges, sanctions the payer, when it is a public body)."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or lemma(tok) not in lex.settling_verbs or tok.dep_ not in {"xcomp", "advcl"}:
            continue
        pay = tok.head
        if lemma(pay) not in lex.payment_verbs or negated(pay, lex) or _conditional_measure(pay):
            continue
        settled = [o for d in children(tok, "dobj") for o in [d, *d.conjuncts]
                   if lemma(o) in lex.settled_nouns]
        if not settled:
            continue
        payers = actor_of_verb(res, pay)
        to = [p for d in pay.children if d.dep_ in {"prep", "dative"} and d.lower_ == "to"
              for p in children(d, "pobj")]   # ("pay $2 billion to X": "to" may be parsed a dative)
        payees = [m for p in to + pobjs(tok, {"with"}) for m in res.actors_of(p)]
        if not payees:
            payees = [m for o in settled for m in noun_owner(res, o, None)]
            payees += [m for o in settled for acl in children(o, "acl") for p in pobjs(acl, {"by"})
                       for m in res.actors_of(p) if m.actor not in [x.actor for x in payees]]
        if not payees:
            # ("X would pay $100 million to resolve charges that it misled investors, the SEC
            # said": the authority that tells of the settlement is the one settled with)
            speaker = reporting_speaker(res, pay)
            payees = [speaker] if speaker is not None and speaker.actor not in [p.actor for p in payers] else []
        payees = [a for a in payees if public_body(a, lex)]
        # (a private suit settled is no penalty: "to settle a suit brought by investors")
        out += _pairs(payees, payers, "sanction", tok, "verb", pay, 0.5)
        if any(any(m.lower_ == "that" for c in children(o, "acl", "ccomp") for m in children(c, "mark"))
               for o in settled):
            # ("to settle claims that it misled users": what the charges say, the payee's accusation)
            out += _pairs(payees, payers, "accuse", tok, "verb", pay, 0.5)
    for pay in sent:
        # ("Wells Fargo was fined ... The bank will also pay $35 million to the Comptroller of the
        # Currency": money a party already punished or accused pays to a public body is a
        # penalty the body exacts; not "paid $10 million to a charity", nor a purchase)
        if pay.pos_ != "VERB" or lemma(pay) not in lex.payment_verbs or negated(pay, lex) \
                or _conditional_measure(pay) or any(lemma(c) in lex.settling_verbs for c in pay.children):
            continue
        if not any(o.ent_type_ == "MONEY" or any(n.ent_type_ == "MONEY" for n in o.children)
                   for o in children(pay, "dobj")):
            continue
        to = [p for d in pay.children if d.dep_ in {"prep", "dative"} and d.lower_ == "to" for p in children(d, "pobj")]
        payees = [m for p in to for m in res.actors_of(p) if public_body(m, lex)]
        payers = [m for m in actor_of_verb(res, pay) if res.blamed(m.actor)]
        out += _pairs(payees, payers, "sanction", pay, "verb", pay, 0.5)
    return out


def closures(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """A public body (or an organisation of unknown kind) closing a firm's plant sanctions
    the firm: "ordered the closure of a Ferrero chocolate factory", "shut down Lactalis's
    plant in Craon" (a closing noun or verb, `cut_ties.closing`, `closing_verbs`, on
    premises, `premises_nouns`, with an owner named before the noun; a firm or a person
    closing a plant sanctions no one: it may be the owner's own). So does a public body
    ordering a firm's goods pulled: "ordered the recall of a batch of X's formula"
    (`recall_nouns` under an order verb, on goods of `product_nouns` a firm owns)."""
    out = []
    for tok in sent:
        if tok.pos_ == "NOUN" and lemma(tok) in lex.cut_ties_closing:
            places = pobjs(tok, {"of"})
            gov = _governing_verb(tok, lex)
            if gov is None or negated(gov, lex) or _conditional_measure(gov):
                continue
            actors = noun_owner(res, tok, None) or actor_of_verb(res, gov)
        elif tok.pos_ == "NOUN" and lemma(tok) in lex.recall_nouns:
            # "ordered the recall of X's infant formula", "of a batch of X's syrup": goods pulled
            gov = _governing_verb(tok, lex)
            if gov is None or negated(gov, lex) or _conditional_measure(gov) or lemma(gov) not in lex.order_verbs:
                continue
            goods = [q for p in pobjs(tok, {"of"}) for q in ([p] + (pobjs(p, {"of"}) if lemma(p) in lex.partitive_nouns else []))]
            owners = [m for g in goods if lemma(g) in lex.product_nouns for c in g.children
                      if c.dep_ == "poss" and c.i < g.i for m in res.actors_of(c) if m.actor.kind not in {"state", "government"}]
            actors = [a for a in actor_of_verb(res, gov) if public_body(a, lex)]
            out += _pairs(actors, owners, "sanction", tok, "verb", tok, 0.6)
            continue
        elif tok.pos_ == "VERB" and lemma(tok) in lex.closing_verbs and not negated(tok, lex) \
                and not _conditional_measure(tok):
            places = children(tok, "dobj", "nsubjpass")
            actors = actor_of_verb(res, tok)
            # ("regulators closed Silicon Valley Bank", "the authorities shut the newspaper": a
            # public body closing a firm itself)
            public = [a for a in actors if public_body(a, lex)]
            firms = [m for p in places if public and lemma(p) not in lex.premises_nouns
                     for m in res.actors_of(p) if m.actor.kind in {"company", "media"} or (
                         m.actor.kind == "organization" and p.pos_ == "PROPN")]
            out += _pairs(public, firms, "sanction", tok, "verb", tok, 0.6)
        else:
            continue
        places = [p for p in places if lemma(p) in lex.premises_nouns]
        if not places:
            continue
        # (a body with power over the firm: not another firm, nor a person, who may be its own boss)
        actors = [a for a in actors if public_body(a, lex) or a.actor.kind in {"organization", "international_org"}]
        # (the owner before the premises, or after "of": "sealed the offices of NewsClick")
        owners = [m for p in places for c in [*(c for c in p.children if c.dep_ in {"poss", "compound"} and c.i < p.i),
                                              *pobjs(p, {"of"})]
                  for m in res.actors_of(c) if m.actor.kind not in {"state", "government"}]
        out += _pairs(actors, owners, "sanction", tok, "verb", tok, 0.6)
    return out


def innocence_held(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """Holding another party innocent defends it: "said he was convinced of Butt's
    innocence", "believes in their innocence" (a noun of innocence, `innocence_nouns`, owned
    by the party, under a verb or an adjective of conviction; one's own innocence held is
    a denial, read by the verb rules)."""
    out = []
    for tok in sent:
        if tok.pos_ != "NOUN" or lemma(tok) not in lex.innocence_nouns or tok.dep_ != "pobj":
            continue
        owners = [m for p in children(tok, "poss") for m in res.actors_of(p)]
        holder = tok.head.head   # ("convinced of", "believe in", "sure of")
        verb = holder.head if holder.dep_ == "acomp" else holder   # ("was convinced", tagged either way)
        if not owners or verb.pos_ not in {"VERB", "AUX"} or negated(verb, lex) or negated(holder, lex):
            continue
        out += [c for c in _pairs(actor_of_verb(res, verb), owners, "defend", tok, "noun", verb, 0.5)
                if res.defensible(c.target.actor, c.actor)]
    return out


def named_defendants(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """Parties named as defendants of the latest suit: "the defendants include X and Y",
    "X is among the defendants", "the suit names X as a defendant", "Also named are X"
    (right after a suit), sued by whoever brought it."""
    out = []
    suits = [a for a, action, _t in res.events if action == "sue"]
    plaintiff = suits[-1] if suits else None   # (a verb's own subject needs no suit before)
    for tok in sent:
        named: list[Token] = []
        actors: list[Mention] = []
        low = lemma(tok)
        if tok.pos_ == "NOUN" and low in lex.defendant_nouns and tok.dep_ == "nsubj" and lemma(tok.head) == "include":
            named = children(tok.head, "dobj")   # "the defendants include X and Y"
        elif low == "be" and any(lemma(p) in lex.defendant_nouns for prep in children(tok, "prep")
                                 if prep.lower_ == "among" for p in children(prep, "pobj")):
            named = children(tok, "nsubj")       # "X is among the defendants"
        elif low == "name" and tok.pos_ == "VERB" and not negated(tok, lex):
            as_defendant = any(lemma(p) in lex.defendant_nouns for prep in children(tok, "prep")
                               if prep.lower_ == "as" for p in children(prep, "pobj"))
            also = is_passive(tok) and any(c.lower_ == "also" for c in tok.children) and tok.i == sent[0].i + 1
            if as_defendant or also:
                # "the suit names X as a defendant", "X was named as a defendant", "Also named are X"
                # (the inverted "Also named are X" hangs X on "are")
                named = children(tok, "nsubjpass") + [x for a in children(tok, "auxpass") for x in children(a, "nsubj")] \
                    if is_passive(tok) else children(tok, "dobj")
                if not is_passive(tok):
                    actors = actor_of_verb(res, tok, action="sue")
        if not named or not (actors or plaintiff):
            continue
        actors = actors or [Mention(tok.i, tok.i + 1, plaintiff.actor, "reference", plaintiff.person)]
        for n in named:
            for t in [t for c in [n, *n.conjuncts] for t in np_actors(res, c, lex)]:
                for a in actors:
                    if t.actor != a.actor:
                        out.append(Candidate(a, "sue", t, tok, "verb", tok, 0.5))
    return out


def terms_given(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """A prison term told by its length alone, after a sentencing: "Joshua Wong received
    four years and eight months", "two aides were each given three years" (a count of
    `prison_terms` as the object of an undergoing verb, or of a granting verb in the
    passive): by whoever sentenced in this case just before (`_earlier_agent`); with no
    such measure before, nothing."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or negated(tok, lex) or future(tok) or possible(tok):
            continue
        passive = is_passive(tok)
        if not ((lemma(tok) in lex.undergo_verbs and not passive) or (lemma(tok) in lex.granting_verbs and passive)):
            continue
        if lemma(tok) == "face" or conditions(tok):
            continue   # ("If convicted, he faces up to 10 years": a term that may come, not given)
        # (not "four years of subsidies": a length of something else)
        terms = [o for o in children(tok, "dobj", "attr") if lemma(o) in lex.prison_terms
                 and any(c.dep_ == "nummod" or c.tag_ == "CD" for c in o.children) and not pobjs(o, {"of"})]
        if not terms:
            continue
        held = [m for s in children(tok, "nsubjpass" if passive else "nsubj")
                for x in [s, *s.conjuncts] for m in np_actors(res, x, lex)]
        out.extend(_by_earlier_agent(res, held, "sanction", tok))
    return out


def _by_earlier_agent(res: ArticleResolver, held: list[Mention], action: str, tok: Token) -> list[Candidate]:
    """The claims of an act told with no actor named against the parties `held`, by whoever
    acted against them before (`_earlier_agent`)."""
    if not held:
        return []
    return [Candidate(a, action, t, tok, "verb", tok, 0.5)
            for a in _earlier_agent(res, held, action, tok) for t in held if t.actor != a.actor]


def culprits_named(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """Naming a party as the one behind a wrong accuses it: "The FBI named REvil as the
    gang behind the attack", "Britain identified Russia as the state behind the
    cyberattack", "named the GRU as responsible for the attack", "identified X as the
    perpetrator" (an identifying verb, `identifying_verbs`, whose "as" is a culprit:
    someone "behind" a deed, "responsible for" it, or one of `culprit_words`)."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or lemma(tok) not in lex.identifying_verbs or is_passive(tok) \
                or negated(tok, lex) or possible(tok) or conditions(tok):
            continue
        roles = pobjs(tok, {"as"}) + [c for p in children(tok, "prep") if p.lower_ == "as"
                                      for c in children(p, "amod", "acomp") if c.lower_ == "responsible"]
        deeds = [p for r in roles for w in r.subtree if w.dep_ == "prep" and (
            w.lower_ == "behind" or (w.lower_ == "for" and w.head.lower_ == "responsible"))
            for p in children(w, "pobj")]
        deeds += [p for r in roles if lemma(r) in lex.culprit_words for p in pobjs(r, {"of"})]
        if roles:
            deeds += pobjs(tok, {"behind"})   # (the parser may hang "behind" on the verb)
        # (the deed must be a wrong: not "named Brava as the company behind the best product")
        singles = single_words(lex.wrongdoing)
        if not any(lemma(w) in singles or lemma(w) in lex.crime_nouns or lemma(w) in lex.military_acts
                   for d in deeds for w in d.subtree):
            continue
        named = [m for o in children(tok, "dobj") for c in [o, *o.conjuncts] for m in np_actors(res, c, lex)]
        for a in actor_of_verb(res, tok, action="accuse"):
            for t in named:
                if t.actor != a.actor:
                    out.append(Candidate(a, "accuse", t, tok, "verb", tok, 0.6))
    return out


def faults_found(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """A wrong found in a party's conduct accuses the party: "the FCA found serious failings
    in Orbis Bank's controls", "identified breaches of the rules by Orbis", "uncovered
    irregularities at X" (a `fault_finding_verbs` verb whose object phrase holds a wrong of
    `wrongdoing`, the party after "by", "at" or "in", or owning what "in" names). Not
    evidence ("found evidence that C" is a report) nor "found no failings"."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or lemma(tok) not in lex.fault_finding_verbs or is_passive(tok) \
                or negated(tok, lex) or possible(tok) or conditions(tok):
            continue
        actors = None
        for obj in (o for d in children(tok, "dobj") for o in [d, *d.conjuncts]):
            if lemma(obj) in lex.evidence_nouns or any(c.lower_ in {"no", "little", "scant"} for c in obj.children):
                continue
            # (the object's own phrase, not a clause on it: "found the firms that had colluded")
            inner = {t for c in obj.subtree if c is not obj and c.dep_ in {"relcl", "acl", "ccomp"}
                     for t in c.subtree}
            phrase = [t for t in obj.subtree if t not in inner]
            if obj.pos_ != "NOUN" or not find_phrases(phrase, lex.wrongdoing):
                continue
            if actors is None:
                actors = actor_of_verb(res, tok, action="accuse")
            mine = tuple(a.actor for a in actors)
            named: list[Mention] = []
            # (the party's preposition may hang on the verb: "found breaches of the rules by X")
            # (after "in", only whose thing it is: "failings in Orbis Bank's controls", not a
            # place, "violations at the plant in Texas")
            for p in [*(t for t in phrase if t.dep_ == "pobj" and t.head.lower_ in {"by", "at", "in"}),
                      *pobjs(tok, {"by", "at"})]:
                named = (np_actors(res, p, lex, exclude=mine) if p.head.lower_ != "in" else []) or (
                    noun_owner(res, p, None, exclude=mine) if p.pos_ == "NOUN" else [])
                if named:
                    break
            out += _pairs(actors, named, "accuse", tok, "found", tok, 0.5)
    return out


def alleged_acts(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """A deed told as alleged with no accuser named is the accusation of whoever acted
    against the same party before (`_earlier_agent`, as for "X was also fined"): "Westpac
    is also alleged to have failed to report ...", "It is alleged that the bank breached
    ...", "The bank allegedly failed to report ..." (an adverb of `alleging_adverbs` on the
    deed's verb). A verb of accusing speech (`accusing_speech`) in the passive with an
    infinitive or a "that" clause; the deed's own subject is the accused."""
    out = []
    for tok in sent:
        if tok.pos_ not in {"VERB", "AUX"} or negated(tok, lex) or conditions(tok) or future(tok):
            continue
        if lemma(tok) in lex.accusing_speech and is_passive(tok) and not children(tok, "agent"):
            subjects = children(tok, "nsubjpass")
            if subjects and subjects[0].lower_ == "it":
                subjects = [s for c in children(tok, "ccomp") for s in children(c, "nsubj")]   # "It is alleged that X"
            elif not children(tok, "xcomp"):
                continue   # ("X is accused of ...": the verb rules read it)
        elif any(c.dep_ == "advmod" and c.lower_ in lex.alleging_adverbs for c in tok.children) \
                and verb_action(tok, lex) is None and not is_passive(tok):
            subjects = children(tok, "nsubj")
        else:
            continue
        held = [m for s in subjects for m in res.actors_of(s) if m.via in {"name", "reference", "agent"}]
        out.extend(_by_earlier_agent(res, held, "accuse", tok))
    return out


def _penalty_asked(tok: Token, gov: Token, lex: Lexicon) -> bool:
    """The penalty noun is what its governing verb asks for: "sought a sentence", "asked for
    a sentence" (not "called the sentences chilling")."""
    if tok.dep_ == "dobj" and tok.head == gov:
        return lemma(gov) in lex.penalty_asking_verbs
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head == gov \
        and lemma(gov) in lex.penalty_asking_verbs | lex.penalty_asking_for_verbs


def penalties_sought(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """A penalty the prosecution asks the court for is part of its case against the party
    (a `sue`): "prosecutors sought a ten-year sentence for X", "said they would ask for a
    prison sentence of eight years for X", "is seeking a fine of 2 million euros from X".
    With no party named, the one the same prosecutors last acted against ("They will also
    seek a fine"), else the one last sentenced in the article within reach ("The court
    sentenced X to six years ... Prosecutors had asked for 40 years"). Only a party that
    prosecutes (`prosecutes`) seeks a sentence: "the families asked for a life sentence"
    is no suit."""
    out = []
    for tok in sent:
        if tok.pos_ != "NOUN" or lemma(tok) not in lex.sought_penalties:
            continue
        if lemma(tok) in lex.prison_terms and not any(c.dep_ == "nummod" or c.tag_ == "CD" for c in tok.children):
            continue   # ("40 years", not "in recent years")
        gov = _governing_verb(tok, lex)
        if gov is None or negated(gov, lex) or possible(gov):
            continue
        if not _penalty_asked(tok, gov, lex):
            continue
        actors = [a for a in actor_of_verb(res, gov) if prosecutes(res, a, lex)]
        if not actors:
            continue
        owners = tuple(a.actor for a in actors)
        # (the party may hang on the noun, on a length inside it, or on the verb)
        held = [w for w in tok.subtree if w.dep_ == "prep" and w.lower_ in {"for", "from", "against"}]
        held += [w for w in children(gov, "prep", "dative") if w.lower_ in {"for", "from", "against"} and w.i > tok.i]
        targets = [m for w in held for p in children(w, "pobj") for c in [p, *p.conjuncts]
                   for m in np_actors(res, c, lex) if m.actor not in owners]
        if not targets and not held:
            last = _last_acted_on(res, owners, {"sue", "accuse"})
            if last is None:
                here = res.sentence_no(tok)
                last = next((t for a, act, t in reversed(res.events) if act == "sanction" and a.start < tok.i
                             and a.actor.kind != "person" and t not in owners
                             and here - res.sentence_no(res.doc[a.start]) <= res.ACT_REACH), None)
            targets = [Mention(tok.i, tok.i + 1, last, "reference")] if last is not None else []
        for a in actors:
            for t in targets:
                out.append(Candidate(a, "sue", t, tok, "noun", tok, 0.5))
    return out


def those_acted_on(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """The parties a list names as the ones a measure fell on: "Those indicted include X and
    Y", "Among those sanctioned were X", "Those arrested included X": by the agent the
    participle names ("those charged by prosecutors"), or else by whoever took that
    measure just before (`_earlier_agent`), as the list goes on about that measure."""
    out = []
    for tok in sent:
        if tok.tag_ != "VBN" or tok.dep_ != "acl" or tok.head.lower_ != "those" or negated(tok, lex):
            continue
        action = verb_action(tok, lex)
        if action not in {"sanction", "sue", "investigate", "accuse"}:
            continue
        those = tok.head
        among = those.dep_ == "pobj" and those.head.lower_ == "among"
        clause = those.head.head if among else those.head
        if lemma(clause) not in {"include", "be"}:
            continue
        if those.dep_ == "nsubj":
            named = children(clause, "dobj", "attr")            # "those indicted include X"
        elif among:
            named = children(clause, "nsubj", "nsubjpass")      # "among those sanctioned were X"
        else:
            continue
        # (a name's apposition may carry the rest of the list: "X, his deputy, and Y")
        listed = [c for n in named for c in [n, *n.conjuncts, *(x for a in children(n, "appos") for x in a.conjuncts)]]
        targets = [t for c in dict.fromkeys(listed) for t in np_actors(res, c, lex)]
        targets = [t for i, t in enumerate(targets) if t.actor not in [u.actor for u in targets[:i]]]
        if not targets:
            continue
        agent = next(iter(pobjs(tok, {"by"})), None)
        actors = res.actors_of(agent) if agent is not None else _earlier_agent(res, targets, action, tok)
        if action == "accuse" and _charge(tok, lex) and actors and all(prosecutes(res, a, lex) for a in actors):
            action = "sue"   # ("those charged include X": a prosecution)
        for a in actors:
            for t in targets:
                if t.actor != a.actor:
                    out.append(Candidate(a, action, t, tok, "verb", tok, 0.5))
    return out


def _resigning(tok: Token, lex: Lexicon) -> bool:
    """"resign", "quit", "step down" (the verb with its particle or its object: "take leave")."""
    if tok.pos_ != "VERB":
        return False
    return lemma(tok) in lex.resigning_verbs or any(
        f"{lemma(tok)} {lemma(p)}" in lex.resigning_verbs for p in children(tok, "prt", "advmod", "dobj"))


def resignation_calls(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """Another party wanting someone out of their post: a call for it ("urged X to step
    down", "called on X to resign", "called for X's resignation") asks for a removal, the
    caller's sanction as any call on others to act is; saying they should go ("said X
    should resign") reproaches them (criticize) and calls for it too. Not one's own leaving
    ("said he would resign"), and not a negated call."""
    out = []
    for tok in sent:
        resigning = _resigning(tok, lex)
        if not resigning and not (tok.pos_ == "NOUN" and lemma(tok) in lex.resignation_nouns) or negated(tok, lex):
            continue   # (the cheap test first: the rule runs on every sentence with "take")
        targets: list[Mention] = []
        actors: list[Mention] = []
        action = "sanction"
        if resigning:
            head = tok.head
            if tok.dep_ in {"xcomp", "ccomp", "advcl"} and (lemma(head) in lex.call_verbs or (
                    tok.dep_ == "xcomp" and lemma(head) in lex.bidding_verbs)) and not negated(head, lex):
                # "urged X to step down", "called on X to resign", "demanded that X quit",
                # "called for X to step down", "joined calls for X to step down" (the call a
                # noun, its callers whoever joins or echoes it)
                called = children(head, "dobj") + pobjs(head, {"on", "upon", "for"}) + children(tok, "nsubj")
                # ("told its president, X, to step aside": the person named)
                targets = [m for o in called for x in [o, *o.conjuncts]
                           for m in (children(x, "appos") and np_actors(res, x, lex)) or res.actors_of(x)]
                actors = actor_of_verb(res, head) if head.pos_ == "VERB" else (
                    actor_of_verb(res, head.head) if head.dep_ == "dobj" and head.head.pos_ == "VERB" else [])
            elif any(a.lower_ in {"should", "must"} for a in children(tok, "aux")) and tok.dep_ == "ccomp" \
                    and lemma(head) in lex.speech_verbs and not negated(head, lex):
                # "said Laporta should resign": a reproach, and a call for the removal too
                targets = [m for s in children(tok, "nsubj") for m in res.actors_of(s)]
                actors = actor_of_verb(res, head)
                action = "criticize"
        elif tok.pos_ == "NOUN" and lemma(tok) in lex.resignation_nouns:
            head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else tok.head
            if tok.dep_ in {"dobj", "pobj"} and lemma(head) in lex.call_verbs and not negated(head, lex):
                # "called for X's resignation", "demanded the resignation of X"
                owners = children(tok, "poss") + pobjs(tok, {"of"})
                targets = [m for o in owners for m in res.actors_of(o)]
                actors = actor_of_verb(res, head)
        for a in actors:
            for t in targets:
                if t.actor != a.actor:
                    out.append(Candidate(a, action, t, tok, "verb", tok, 0.5))
                    if action == "criticize":
                        out.append(Candidate(a, "sanction", t, tok, "verb", tok, 0.5))
    return out


def release_calls(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """A call to free a detained person speaks up for them (defend): "called on the
    authorities to release him", "urged Minsk to free the activists", "called for X to be
    released", "demanded the immediate release of X", "called for X's release". Only parties
    the resolver reads as people, groups or bodies are freed (a person's name is often tagged
    a body's; "release the data", "free up funds" name none), never the caller itself; a
    negated call is none."""
    out = []
    for tok in sent:
        if negated(tok, lex):
            continue
        head, freed = tok.head, []
        if tok.pos_ == "VERB" and lemma(tok) in lex.freeing_verbs and not children(tok, "prt"):
            if tok.dep_ in {"xcomp", "ccomp", "advcl"} and lemma(head) in lex.call_verbs:
                # "called on Minsk to release him", "called for him to be released"
                freed = children(tok, "dobj") + children(tok, "nsubjpass")
                if not freed and is_passive(tok):
                    freed = children(head, "dobj")   # "urged X to be freed"
        elif tok.pos_ == "NOUN" and lemma(tok) in lex.release_nouns:
            if tok.dep_ == "pobj" and tok.head.lower_ == "for":
                head = tok.head.head    # "called for the release of X"
            if tok.dep_ in {"dobj", "pobj"} and lemma(head) in lex.call_verbs:
                freed = children(tok, "poss") + pobjs(tok, {"of"})
        if not freed or negated(head, lex):
            continue
        # ("protests demanding Castillo's release": the protests call, no one named)
        # ("renewed its call for Iran to release him": the call a noun, its caller whoever
        # renews, repeats or joins it)
        actors = res.actors_of(head.head) if head.dep_ == "acl" else (
            actor_of_verb(res, head.head) if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.pos_ == "VERB"
            else actor_of_verb(res, head))
        freed += [a for o in freed for a in children(o, "appos")]   # "the journalists X and Y"
        for m in (m for o in freed for x in [o, *o.conjuncts] for m in res.actors_of(x)):
            if m.actor.kind not in {"person", "group", "organization"}:
                continue
            for a in actors:
                if a.actor != m.actor and res.defensible(m.actor, a):   # (only one held or accused is freed)
                    out.append(Candidate(a, "defend", m, tok, "verb", tok, 0.5))
    return out


def joined_suits(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """Joining a lawsuit is suing its defendant: "Texas joined the lawsuit" (the one filed
    against Google before), "joined the case against Vantor"."""
    out = []
    for tok in sent:
        if lemma(tok) != "join" or tok.pos_ != "VERB" or negated(tok, lex):
            continue
        suits = [o for o in children(tok, "dobj") if noun_action(o, lex) == "sue"]
        if not suits:
            continue
        actors = actor_of_verb(res, tok)
        targets = [m for s in suits for p in pobjs(s, {"against"}) for m in np_actors(res, p, lex)]
        if not targets:
            # the suit the article reported before
            sued = next((t for _a, action, t in reversed(res.events) if action == "sue"), None)
            targets = [Mention(tok.i, tok.i + 1, sued, "reference")] if sued is not None else []
        for a in actors:
            for t in targets:
                if t.actor != a.actor:
                    out.append(Candidate(a, "sue", t, tok, "verb", tok, 0.6))
    return out


def expulsions(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """The idioms of expulsion are sanctions: "gave two diplomats 48 hours to leave",
    "were given a week to leave the country", "declared the attaché persona non grata"
    (no action word of its own; the small model parses "persona non grata" badly, so
    the declared party is whatever is named between the verb and the phrase)."""
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or negated(verb, lex):
            continue
        passive = is_passive(verb)
        if lemma(verb) in lex.granting_verbs:
            spans = [n for n in verb.children if lemma(n) in lex.leave_periods and (
                any(_leaving(v, lex) for v in n.children) or
                any(_leaving(v, lex) for v in verb.children if v.dep_ in {"advcl", "xcomp"}))]
            if not spans:
                continue
            parties = children(verb, "nsubjpass") if passive else \
                [o for o in children(verb, "dative", "dobj") if o not in spans]
        elif lemma(verb) in lex.declaring_verbs:
            after = [t for t in verb.subtree if t.i > verb.i]
            doc = verb.doc
            cue = next((t for t in after for e in lex.unwelcome
                        if tuple(x.lower_ for x in doc[t.i:t.i + len(e)]) == e), None)
            if cue is None:
                continue
            parties = children(verb, "nsubjpass") if passive else \
                [t for t in after if t.i < cue.i and t.pos_ in {"NOUN", "PROPN", "PRON"}
                 and (t.dep_ in {"dobj", "dative", "nsubj"} and t.head.i >= verb.i
                      # ("declared a Russian diplomat persona non grata", "diplomat" read as
                      # a word of "persona")
                      or (t.dep_ == "compound" and t.head == cue))]
            # ("declared Indonesia and Thailand non-compliant", parsed badly: each name between)
            parties += [t for t in after if t.i < cue.i and t.i in res.names and t not in parties]
        elif lemma(verb) in lex.escorting_verbs and _out_of_the_country(verb, lex):
            # "escorted the minister out of the country", "was stopped by Dutch police and
            # escorted back to the German border": removed from the state, as expelled
            head = verb.head if verb.dep_ == "conj" and not children(verb, "nsubj", "nsubjpass", "dobj") else verb
            passive = is_passive(head) or (head == verb.head and is_passive(verb))
            parties = children(head, "nsubjpass") if passive else children(verb, "dobj")
            agent = next((p for a in children(head, "agent") for p in children(a, "pobj")), None) if passive \
                else subject_token(verb)[0]
            actors = res.actors_of(agent) if agent is not None else []
            for a in actors:
                for p in parties:
                    for tgt in np_actors(res, p, lex, exclude=(a.actor,)):
                        out.append(Candidate(a, "sanction", tgt, verb, "verb", verb, 0.6))
            continue
        elif _leaving(verb, lex) and children(verb, "dobj") and _obliged(verb, lex):
            # "Ambassador X must leave Russia by Feb. 7", "would have to leave Estonia", "has
            # been asked to leave Sweden": the one made to leave a state is expelled by it
            holder = verb.head if verb.dep_ == "xcomp" and not children(verb, "nsubj") else verb
            parties = children(holder, "nsubj", "nsubjpass")
            # (a state named: "the country" may be the one reporting or the one left)
            actors = [m for o in children(verb, "dobj") if o.pos_ == "PROPN"
                      for m in res.actors_of(o) if m.actor.kind == "state"]
            for a in actors:
                for p in parties:
                    for tgt in np_actors(res, p, lex, exclude=(a.actor,)):
                        out.append(Candidate(a, "sanction", tgt, verb, "verb", verb, 0.6))
            continue
        else:
            continue
        if passive:   # ("by France" may hang on the phrase: "declared persona non grata by France")
            agent = next((p for t in verb.subtree if t.lower_ == "by" and t.dep_ in {"prep", "agent"}
                          for p in children(t, "pobj")), None)
        else:
            agent, _ = subject_token(verb)
        actors = res.actors_of(agent) if agent is not None else []
        if not actors and passive and agent is None:
            # ("Albania said Iranian diplomats had been given 24 hours to leave": the reporter)
            # (a news agency that reports it expels no one)
            reporter = reporting_speaker(res, verb)
            actors = [reporter] if reporter is not None and reporter.actor.kind != "media" and not (
                set(reporter.actor.name.lower().split()) & lex.press_words) else []
            if not actors:
                # ("Qatari citizens were given 14 days to leave Saudi Arabia": the state they
                # must leave expels them)
                left = [o for v in verb.subtree if _leaving(v, lex) for o in children(v, "dobj")
                        if o.pos_ == "PROPN"]   # (a state named, not "the country")
                actors = [m for o in left for m in res.actors_of(o) if m.actor.kind == "state"]
        for a in actors:
            for p in parties:
                targets = np_actors(res, p, lex, exclude=(a.actor,))
                own = [o for o in children(p, "poss") if o.lower_ in {"its", "their"}]
                if not targets and own and lemma(p) in lex.agent_nouns:
                    # "Britain ... gave its diplomats 48 hours to leave": no one gives its own
                    # envoys a deadline to go; "its" is the other state named before
                    other = res.latest({"state"}, own[0].i, exclude=(a.actor,))
                    targets = [Mention(p.i, p.i + 1, other.actor, "reference")] if other is not None else []
                for t in targets:
                    out.append(Candidate(a, "sanction", t, verb, "verb", verb, 0.6))
    return out


def _out_of_the_country(verb: Token, lex: Lexicon) -> bool:
    """Taken out of a country or to its border: "out of the country", "out of Russia",
    "(back) to the German border" (`border_nouns`)."""
    preps = list(children(verb, "prep")) + [p for a in children(verb, "advmod") for p in children(a, "prep")]
    for prep in preps:
        for x in [prep, *children(prep, "prep")]:
            for o in children(x, "pobj"):
                if prep.lower_ == "out" and x.lower_ == "of" and (lemma(o) == "country" or o.ent_type_ == "GPE"):
                    return True
                if x.lower_ == "to" and lemma(o) in lex.border_nouns:
                    return True
    return False


def _obliged(verb: Token, lex: Lexicon) -> bool:
    """A departure one is made to make: "must leave", "would have to leave", "has been
    asked to leave" (`obliging_words`), not one chosen ("will leave next week")."""
    if any(c.dep_ == "aux" and c.lower_ in lex.obliging_words for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and head.pos_ in {"VERB", "AUX"} and lemma(head) in lex.obliging_words and (
        lemma(head) in {"have", "need"} or is_passive(head)) and not negated(head, lex)


def _leaving(verb: Token, lex: Lexicon) -> bool:
    """Leaving a country or a place ("to leave the country", "to leave"), not "the talks"."""
    return lemma(verb) in lex.leave_verbs and all(
        o.ent_type_ in {"GPE", "LOC"} or lemma(o) in lex.place_nouns or lemma(o) == "country"
        for o in children(verb, "dobj"))


def _acted_on_again(res: ArticleResolver, verb: Token, action: str, actors: list[Mention]) -> Mention | None:
    """"The CFTC also sued him": a person pronoun that an act reaches "also" (or "too",
    "likewise") is the person the same act reached before, not the last person who spoke."""
    pron = next((o for o in children(verb, "dobj") if o.lower_ in {"him", "her"}), None)
    if pron is None or not any(c.lower_ in {"also", "too", "likewise"} for c in verb.children):
        return None
    mine = [a.actor for a in actors]
    for _a, act, target in reversed(res.events):
        if act == action and target.kind == "person" and target not in mine:
            return Mention(pron.i, pron.i + 1, target, "pronoun")
    return None


def _banned_where(res: ArticleResolver, verb: Token) -> list[Mention]:
    """The states an agentless passive sanction takes place in are its agents: "Huawei has
    been barred from building networks in Australia and New Zealand", "the app was banned
    in India" (not inside a clause of its own, nor a place that is not a state); and the
    owner of a list the party is put on ("added to a U.S. trade blacklist")."""
    out: list[Mention] = []
    for prep in children(verb, "prep"):
        # "has been barred from entering the United States": the state the entry is barred to
        for v in (v for v in children(prep, "pcomp") if prep.lower_ == "from" and lemma(v) in res.lex.entry_verbs):
            for o in [*children(v, "dobj"), *(p for q in children(v, "prep") if q.lower_ == "to"
                                                 for p in children(q, "pobj"))]:
                m = res.names.get(o.i)
                if m is not None and res.known_state(m.actor) and m.actor not in [x.actor for x in out]:
                    out.append(m)
    for prep in (p for p in children(verb, "prep") if p.lower_ in {"to", "on", "onto"}):
        # "was added to a U.S. trade blacklist", "placed on Britain's sanctions list": the
        # list's owner, its state's adjective or its possessor
        for lst in (o for o in children(prep, "pobj") if lemma(o) in res.lex.sanction_lists):
            mods = children(lst, "amod", "compound", "poss")
            for c in [*mods, *(g for m in mods if m.dep_ == "compound" for g in children(m, "amod", "compound"))]:
                dem = res.gaz.by_demonym.get(c.text)
                m = Mention(c.i, c.i + 1, Actor(dem.name, dem.kind), "agent") \
                    if dem is not None and dem.kind == "state" else res.names.get(c.i)
                if m is not None and m.actor.kind != "person" and m.actor not in [x.actor for x in out]:
                    out.append(m)
    for t in verb.subtree:
        if t.dep_ != "pobj" or t.head.lower_ != "in" or any(
                a.dep_ in {"ccomp", "advcl", "relcl", "acl"} and a.i != verb.i
                for a in t.ancestors if verb in a.ancestors or a == verb):
            continue
        for x in [t, *t.conjuncts]:
            m = res.names.get(x.i)
            if m is not None and res.known_state(m.actor) and m.actor not in [o.actor for o in out]:
                out.append(m)   # (a state the gazetteer knows: the recogniser makes any town a "state")
    return out


def _conditional_measure(verb: Token) -> bool:
    """A measure promised on a condition, also as the means of a promised answer: "would
    expel more diplomats if Moscow did not cooperate", "if the ban was not lifted, Ukraine
    would respond by blocking imports"."""
    cond = ready = False
    for _ in range(4):
        cond = cond or bool(conditions(verb))   # (the condition may hang on the measure below)
        if (future(verb) or possible(verb) or ready) and cond:
            return True   # ("could be blocked completely if it did not comply": a threat too)
        if verb.dep_ == "acomp" and verb.pos_ == "ADJ" and verb.lower_ in lexicon().promising_verbs:
            # ("if Russia goes on, we stand ready to impose sanctions": readiness promises)
            verb, ready = verb.head, True
        elif verb.dep_ == "pcomp" and verb.head.lower_ == "by":
            verb = verb.head.head   # (the means of the verb above)
        elif verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lower_ == "far":
            verb = verb.head.head.head   # ("could go as far as blocking Twitter if ...")
        elif verb.dep_ == "xcomp":
            verb = verb.head
        else:
            return False
    return False


def _conditioned(res: ArticleResolver, verb: Token, owners: tuple) -> list[Mention]:
    """The parties whose doing a measure is promised on: the subjects of the "if/unless"
    clauses of the measure's verb or of the verbs it hangs from ("would impose sanctions if
    Russia continued ...", "stands ready to act unless Iran complies"), never its taker."""
    for _ in range(3):
        subjects = [s for c in conditions(verb) for s in children(c, "nsubj")]
        if subjects:
            return [m for s in subjects for m in res.actors_of(s) if m.actor not in owners]
        if verb.dep_ not in {"xcomp", "pcomp", "prep"} and not (verb.dep_ == "acomp" and verb.pos_ == "ADJ"):
            break
        verb = verb.head
    return []


def outcome_denied(verb: Token, lex: Lexicon) -> bool:
    """The verb is what a negated verb of outcome says does not follow ("the ruling does
    not mean they can seize the assets", "does not allow the regulator to fine X")."""
    t = verb
    for _ in range(3):
        if t.dep_ not in {"ccomp", "xcomp"} or t.head.i == t.i:
            return False
        t = t.head
        if lemma(t) in lex.outcome_verbs and negated(t, lex):
            return True
    return False


def only_enabled(verb: Token, lex: Lexicon) -> bool:
    """The verb is only made possible, feared to come or held as a right, not done: "the
    designation allows Israeli authorities to seize their assets" (`enabling_verbs`), "the
    family feared she would be arrested" (`fearing_verbs`), "has the right to appeal"
    (`entitlement_words`), "launched a bid to oust him" (`attempt_nouns`)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head   # ("allows them to shut the offices and seize the assets")
    if verb.dep_ not in {"xcomp", "ccomp", "acl"} or verb.head.i == verb.i:
        return False
    head = verb.head
    if verb.dep_ == "acl":
        return head.pos_ == "NOUN" and (lemma(head) in lex.entitlement_words or head.lower_ in lex.entitlement_words
                                        or lemma(head) in lex.attempt_nouns)
    if lemma(head) in lex.enabling_verbs and not negated(head, lex):
        return True
    if lemma(head) in lex.fearing_verbs:
        # (what is feared to come; "fears that China has stolen the designs" suspects a deed done)
        return future(verb) or possible(verb) or verb.dep_ == "xcomp"
    return head.lower_ in lex.entitlement_words and verb.dep_ == "xcomp"


def supposed(verb: Token) -> bool:
    """The verb is that of a condition, not of a deed told as done: "If London expels our
    diplomats, Russia will respond", "might withdraw if it was forced to comply" (or a
    verb joined to it: "if they arrest him and seize his assets")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not children(verb, "mark"):
        verb = verb.head
    return any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in verb.children)


def possible(verb: Token) -> bool:
    """A measure that "could", "may" or "might" come (or its infinitive)."""
    if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"could", "may", "might", "can"} for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and possible(verb.head)


def _also_against(res: ArticleResolver, verb: Token, action: str, actors: list[Mention]) -> list[Mention]:
    """"Saudi Arabia cut ties with Qatar ... Yemen also broke off relations": a measure said
    to be taken "also" (too, likewise) with no party of its own is taken against the party
    another actor last took the same measure against."""
    if verb.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ == "advmod" and c.lower_ in {"also", "too", "likewise", "similarly"} for c in verb.children):
        return []
    last = _last_taken_against(res, action, actors)
    return [Mention(verb.i, verb.i + 1, last, "reference")] if last is not None else []


def _envoy_named(res: ArticleResolver, m: Mention, lex: Lexicon) -> bool:
    """The mention is a person named with an envoy's title ("Ambassador Gladys Gutierrez",
    "the ambassador, Gladys Gutierrez")."""
    if m.actor.kind != "person" or not 0 <= m.start < len(res.doc):
        return False
    head = res.doc[m.end - 1]
    near = [c for c in head.children if c.dep_ in {"compound", "appos"}] + ([head.head] if head.dep_ == "appos" else [])
    return any(c.lemma_.lower() in lex.cut_ties_envoys for c in near)


def _last_taken_against(res: ArticleResolver, action: str, actors: list[Mention], at: Token | None = None,
                        states: bool = False) -> Actor | None:
    """The party another actor last took `action` against, none of the `actors` being that
    party; with `at`, only a few sentences before it (`ArticleResolver.ACT_REACH`); with
    `states`, a state only."""
    mine = {a.actor for a in actors}
    here = res.sentence_no(at) if at is not None else 0
    for m, act, t in reversed(res.events):
        if at is not None and (m.start >= at.i or here - res.sentence_no(res.doc[m.start]) > res.ACT_REACH):
            continue
        if act == action and m.actor not in mine and t not in mine and (not states or t.kind == "state"):
            return t
    return None


def other_side(res: ArticleResolver, mine: set[Actor], at: Token, reach: int, *, actions=None,
               incoming: bool = False, states: bool = False) -> tuple[Actor, Actor | None] | None:
    """The other party of the latest event between one of `mine` and another, told before
    `at` and `reach` sentences back at most: who acted against `mine`, or (unless `incoming`)
    whom `mine` acted against; only events of `actions` when given, only a state with
    `states`. With the person who spoke for that party, if any. The other side of a row: a
    recall with no state named ("Russia responded by recalling its ambassador"), a vow to
    respond in kind with no one named."""
    here = res.sentence_no(at)
    for m, action, t in reversed(res.events):
        if m.start >= at.i or here - res.sentence_no(res.doc[m.start]) > reach:
            continue
        if actions is not None and action not in actions:
            continue
        if t in mine and m.actor not in mine:
            other, person = m.actor, m.person
        elif not incoming and m.actor in mine and t not in mine:
            other, person = t, None
        else:
            continue
        if not states or other.kind == "state":
            return other, person
    return None


def _told_party(res: ArticleResolver, verb: Token, lex: Lexicon, actors: list[Mention]) -> list[Mention]:
    """A measure with no party of its own, told to one: "told Stockholm that it would break
    off relations if ...", "suspended all cooperation, it told Baghdad" is with the one told."""
    if verb.dep_ != "ccomp" or lemma(verb.head) not in lex.telling_verbs:
        return []
    mine = [a.actor for a in actors]
    return [m for o in children(verb.head, "dobj", "dative") for m in _parties(res, o) if m.actor not in mine]


def _promised_account(verb: Token, lex: Lexicon) -> bool:
    """Holding a party to account promised, not done (`accountability`): told in the future
    ("will hold India accountable"), or vowed or warned ("vowed to hold the killers to
    account", "warned that it would hold Tehran responsible"); "held Iran responsible for
    the attack" blames."""
    if not any(matches_entry(verb, e, lex) for e in lex.accountability):
        return False
    return future(verb) or (verb.dep_ == "xcomp" and _promising(verb.head, lex)) or _warned_measure(verb, lex)


def _promised_measure(verb: Token, lex: Lexicon) -> bool:
    """A measure promised, not taken: on a condition ("would expel more diplomats if Moscow
    did not cooperate") or in a warning ("warned that it would expel the envoys")."""
    return _conditional_measure(verb) or _warned_measure(verb, lex)


def _warned_measure(verb: Token, lex: Lexicon) -> bool:
    """A measure to come that a warning tells: "warned that Hungary would be stripped of its
    voting rights", "warned that it would expel the envoys" (a threat, if or no if)."""
    return future(verb) and verb.dep_ == "ccomp" and lemma(verb.head) in lex.warning_verbs \
        and not negated(verb.head, lex)


def _on_suspicion(verb: Token, lex: Lexicon) -> bool:
    """A measure taken "on suspicion of", "on charges of", "over allegations of" a wrong."""
    return any(lemma(o) in lex.suspicion_nouns and (
                   any(c.lower_ == "of" for c in children(o, "prep")) or children(o, "acl", "ccomp"))
               for p in children(verb, "prep") if p.lower_ in {"on", "over", "for"}
               for o in children(p, "pobj"))


def _negated_trigger_word(verb: Token, lex: Lexicon, action: str) -> bool:
    """A word of a several-word trigger carries its own "not": "found him not guilty"."""
    words = matched_words(verb, lex, action)
    return bool(words) and any(children(c, "neg") for c in verb.children if lemma(c) in words)


def _backs_the_accused(res: ArticleResolver, verb: Token) -> bool:
    """The verb's object is a party accused, sued or sanctioned earlier in the article ("The
    federation backed Sun Yang" after his ban); backing a plan or a bill is not."""
    accused = {t for targets in res.accused.values() for t in targets}
    if any(m.actor in accused for o in children(verb, "dobj") for m in res.actors_of(o)):
        return True
    # "Belarus backed Moscow's denial", "supported Huawei's account": the accused's own answer
    return any(m.actor in accused for o in children(verb, "dobj")
               if noun_action(o, res.lex) == "deny" or lemma(o) in res.lex.claim_nouns | res.lex.response_nouns
               for m in noun_owner(res, o, None))


def _undergoers(verb: Token) -> list[Token]:
    """Who the verb is done to: its object, a passive's subject, or the noun a passive
    participle with its agent goes with ("Petrova, suspended by the AIU in June, ...",
    "Suspended by the AIU, Petrova missed ...")."""
    if is_passive(verb):
        return children(verb, "nsubjpass")
    if verb.tag_ == "VBN" and children(verb, "agent") and not children(verb, "dobj"):
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return [verb.head]
        if verb.dep_ == "advcl" and not children(verb, "mark", "nsubj"):
            return children(verb.head, "nsubj", "nsubjpass")
    return children(verb, "dobj")


def _removes_from_post(res: ArticleResolver, verb: Token, lex: Lexicon) -> bool:
    """The verb's object (a passive's subject) is a person or a post: "fired the agency's
    director", "dismissed Ghosn", "was relieved of command"; not "dismissed the report"."""
    for p in children(verb, "prep"):
        # "dismissed X as chairman", "dismissed from his post", "relieved of command"
        if any((p.lower_ == "as" and lemma(o) in lex.roles)
               or (p.lower_ in {"from", "of"} and lemma(o) in lex.post_nouns) for o in children(p, "pobj")):
            return True
    for o in _undergoers(verb):
        if lemma(o) in lex.roles or o.lower_ in {"him", "her", "he", "she"}:   # ("he was suspended")
            return True
        if o.lower_ in {"who", "whom"} and verb.dep_ == "relcl":
            o = verb.head   # ("Paterno, who was fired by the trustees": the clause's antecedent)
        # the object a person's own name, not a thing of theirs ("his report"), or a person
        # named in apposition ("suspended the Pakistan captain, Salman Butt")
        for n in [o, *children(o, "appos")]:
            named = res.names.get(n.i)
            if named is not None and (named.person or named.actor).kind == "person":
                return True
    return False


def _named_party_object(res: ArticleResolver, verb: Token) -> bool:
    """The verb's object (a passive's subject) is a party named by its name: a state, a
    body, a firm ("suspended Zimbabwe", "suspended the Zimbabwe Football Association"), not
    a relation or a thing ("suspended aid to Uganda")."""
    objects = _undergoers(verb)
    return any(res.names.get(o.i) is not None and res.names[o.i].via == "name"
               and res.names[o.i].actor.kind != "person" for o in objects)


def _designated(res: ArticleResolver, verb: Token) -> bool:
    """The verb is told bare, with a party as its object (a passive's subject): a listing
    ("designated Raja Salameh", "were designated on Thursday"); not one with what the
    party is made ("as its nominee", "prime minister", "a reserve") or is to do ("to form
    a government")."""
    if any(c.dep_ in {"oprd", "xcomp", "ccomp", "attr", "dative"} or (c.dep_ == "prep" and c.lower_ in {"as", "to"})
           for c in verb.children):
        return False
    objects = _undergoers(verb)
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" for o in objects for c in o.children if c.i > o.i):
        return False   # ("designated Hariri, the speaker, ...": a role given)
    return any(res.actors_of(o) for o in objects)


def _latest_accused(res: ArticleResolver, actor: Actor) -> list[Actor]:
    """The party `actor` last accused in the article (a one-item list), if any."""
    target = _last_acted_on(res, (actor,), {"accuse"})
    return [target] if target is not None else []


def _last_acted_on(res: ArticleResolver, actors: tuple, actions: set[str]) -> Actor | None:
    """The party one of `actors` last took one of `actions` against in the article."""
    return next((t for a, act, t in reversed(res.events) if a.actor in actors and act in actions), None)


def more_of_the_same(res: ArticleResolver, actors: tuple, measures: list[Token]) -> Actor | None:
    """For "further measures", "additional steps" (`further_words`): whom `actors` last
    sanctioned, cut ties with or threatened, against whom more is promised."""
    if not any(c.lower_ in res.lex.further_words for m in measures for c in m.children):
        return None
    return _last_acted_on(res, actors, {"sanction", "cut_ties", "threaten"})


def _in_connection_with(heads: list[Token]) -> list[Token]:
    """The objects of "in connection with" anywhere under `heads` (the parser hangs it on
    the noun, on what the noun is into, or on the verb)."""
    out = []
    for h in heads:
        for t in h.subtree:
            if t.lower_ == "connection" and t.head.lower_ == "in":
                out += [p for w in t.children if w.dep_ == "prep" and w.lower_ == "with"
                        for p in w.children if p.dep_ == "pobj"]
    return out


def _earlier_agent(res: ArticleResolver, targets: list[Mention], action: str | None = None,
                   at: Token | None = None, reach: int | None = None) -> list[Mention]:
    """The actor of an agentless passive ("X was fined", "X was charged", "X and Y were
    all penalised") or of a measure undergone ("Daimler received the biggest fine"): the
    latest actor that sanctioned, sued, investigated or accused one of the same parties
    earlier in the article, which is how news goes on about one case. Given `action` and
    `at`, failing that, the latest actor of that same action against anyone in the
    sentences a definite act reaches back to (`ArticleResolver.ACT_REACH`: "the EU fined
    five truckmakers ... Daimler received the biggest fine")."""
    mine = {t.actor for t in targets}
    if not mine:
        return []
    reach = res.ACT_REACH if reach is None else reach
    wanted = {"sanction", "sue", "investigate", "accuse"}
    # (a call on others to act took no measure: "joined calls for the president to step
    # down ... the president was stripped of immunity" is not by the callers)
    events = [e for k, e in enumerate(res.events) if k not in res.called]
    # (a measure by whoever took measures against the party, before whoever only accused it:
    # "Malaysia detained Ri ... Seoul and Washington said it was the work of North Korean
    # agents ... Ri is being deported" is Malaysia's)
    for kinds in ((wanted - {"accuse"}, wanted) if action == "sanction" else (wanted,)):
        for actor, act, target in reversed(events):
            if target in mine and act in kinds and actor.actor != target and actor.actor.kind != "person":
                return [actor]
    if action is not None and at is not None:
        # (the claims of that action found before, whatever their verb: "Sebi barred
        # Ambani ... RHFL was barred for six months", "docked Juventus 15 points ...
        # Agnelli was banned for two years"; "A Croatian court sentenced X ... His brother
        # was sentenced to four years": the court, as the claim names it)
        here = res.sentence_no(at)
        for actor, act, target in reversed(events):
            if act == action and actor.start < at.i and actor.actor.kind != "person" and \
                    actor.actor not in mine and here - res.sentence_no(res.doc[actor.start]) <= reach:
                return [Mention(at.i, at.i + 1, actor.actor, "reference", actor.person)]
        # (then the acts told before, also those against no one named: "fined five truckmakers")
        for i, _verb, m in reversed(res.acts):
            if i < at.i and m.actor not in mine and m.actor.kind != "person" and \
                    here - res.sentence_no(res.doc[i]) <= reach and verb_action(res.doc[i], res.lex) == action:
                return [m]
        if action == "sanction" and _sentencing(at, res.lex):
            # (a trial's sentences, told one by one however far down: "A court in Hanoi
            # sentenced Lan to death ... Her husband was sentenced to nine years", "Nhan
            # received a life sentence": by whoever last convicted or sentenced anyone)
            judging = res.lex.act_verbs["sentence"] | res.lex.act_verbs["conviction"]
            for i, verb, m in reversed(res.acts):
                if i < at.i and verb in judging and m.actor not in mine and m.actor.kind != "person":
                    return [Mention(at.i, at.i + 1, m.actor, "reference", m.person)]
    return []


def _measure_again(res: ArticleResolver, verb: Token, held: list[Mention],
                   action: str) -> tuple[Mention, list[Mention]] | None:
    """A pronoun subject of an agentless passive measure that the resolver took for the
    one who took the same measure just before: "The court sentenced X and Y to six
    months. They were also fined": no one punishes itself, so the pronoun is whom that
    measure fell on ("Each of them was also fined": each of them). The taker and those
    parties, or None."""
    subj = children(verb, "nsubjpass")
    if len(subj) != 1:
        return None
    # ("Each of them was also fined", "All were barred": every party of that measure)
    every = subj[0].lower_ in {"each", "all"} and all(p.pos_ == "PRON" for p in pobjs(subj[0], {"of"}))
    if not every and (subj[0].pos_ != "PRON" or not held):
        return None
    here = res.sentence_no(verb)
    mine = set() if every else {m.actor for m in held}
    for actor, act, _target in reversed(res.events):
        if act == action and (every or actor.actor in mine) and actor.start < verb.i \
                and here - res.sentence_no(res.doc[actor.start]) <= 1:
            # ("each of them": everyone that taker's measure fell on in the sentences just
            # before, told one by one: "sentenced X to seven years. Y was given five years.
            # Each of them was also fined")
            parties = list(dict.fromkeys(
                t for a, k, t in res.events if k == action and t not in mine and (
                    a.start == actor.start or (every and a.actor == actor.actor and a.start < verb.i
                                               and here - res.sentence_no(res.doc[a.start]) <= 3))))
            return (Mention(verb.i, verb.i + 1, actor.actor, "reference", actor.person),
                    [Mention(subj[0].i, subj[0].i + 1, t, "reference") for t in parties]) if parties else None
    return None


def _sentencing(tok: Token, lex: Lexicon) -> bool:
    """Whether `tok` hands down a prison term: "was sentenced", "was jailed", "a life
    sentence", "received four years"."""
    return lemma(tok) in lex.act_verbs["sentence"] or any(
        lemma(o) in lex.prison_terms | {"sentence"} for o in children(tok, "dobj", "attr"))


def nominal(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    out = []
    for tok in sent:
        action = noun_action(tok, lex)
        if action is None or any(c.lower_ in {"no", "without"} for c in tok.children) \
                or (tok.head.lower_ == "without"):
            continue
        if tok.dep_ == "pobj" and tok.head.lower_ in {"during", "throughout", "amid"} and has_definite(tok):
            continue   # ("had obtained documents during the arbitration": the setting, told before)
        if action == "deny" and any(lemma(p) not in lex.claim_nouns for p in pobjs(tok, {"of"})):
            continue   # "the denial of aid" withholds something; no claim is rejected
        if action in {"deny", "dispute"}:
            out.extend(_rejecting_noun(res, tok, action, lex))
            continue
        owned = noun_owner(res, tok, None, back=False)
        held = _focus_of(tok, lex)
        if held is not None:
            # "X was the subject of an inquiry by the Electoral Commission", "has become the target
            # of a probe by Y": the act is on the clause's subject, by its owner only (not by the
            # subject, nor anyone when the act names no owner)
            for a in owned:
                for t in res.actors_of(held):
                    if t.actor != a.actor:
                        out.append(Candidate(a, action, t, tok, "noun", tok, 0.6))
            continue
        if action == "sue":
            # ("launched Federal Court proceedings against X", "a High Court case": the court
            # named on a suit is where it is heard, never who brings it)
            owned = [m for m in owned if not (court_named(m, lex) and res.doc[m.end - 1].dep_ == "compound")]
        back = res.act_owner(tok) if not owned else None   # ("the ruling" after "the court ruled")
        actors = owned or ([back] if back is not None else [])
        gov = _governing_verb(tok, lex)
        if gov is None and tok.dep_ == "nsubjpass" and tok.head.pos_ == "VERB" and lemma(tok.head) in lex.carrying_verbs:
            gov = tok.head   # "sanctions would be imposed on Belarus": the light verb's passive
        if gov is None and tok.dep_ == "appos" and any(
                c.dep_ == "amod" and lemma(c) in lex.undergo_verbs for c in tok.children):
            # "Gazprom, a firm facing accusations in X": parsed with "facing" as a modifier
            held = tok.head.head if tok.head.dep_ == "appos" else tok.head
            for a in actors:
                for t in res.actors_of(held):
                    out.append(Candidate(a, action, t, tok, "noun", tok, 0.6))
            continue
        # (nor is the subject of a verb that labels the noun the owner of the act:
        # "described the accusations against Venezuela as a smear")
        # ("is considering sanctions against X" labels nothing: a measure weighed, a threat below)
        governed_by_denial = gov is not None and (verb_action(gov, lex) in lex.rule_actions["rejecting"]
                                                  or (lemma(gov) in lex.evaluation_verbs and tok.dep_ == "dobj"
                                                      and not (lemma(gov) in lex.deliberating_verbs
                                                               and not children(gov, "oprd", "xcomp", "ccomp")
                                                               and not pobjs(gov, {"as"}))))
        if undone(tok, lex):
            continue   # "lifted the ban on X", "withdrew the lawsuit against X"
        if action == "sanction" and gov is not None and lemma(tok) in lex.sought_penalties \
                and _penalty_asked(tok, gov, lex) and any(prosecutes(res, a, lex) for a in actor_of_verb(res, gov)):
            continue   # "the SEC is seeking civil penalties against X": asked of a court, a suit
            #            (`penalties_sought`); no penalty is imposed yet
        if gov is not None and tok.dep_ == "dobj" and lemma(gov) in lex.challenging_verbs and any(
                c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in tok.children):
            continue   # "Halep appealed her ban to CAS": a measure one challenges as one's own falls on one
        # "Mwangi was handed a two-year ban", "Lloyds was issued with a fine", "was given a
        # suspended sentence": a measure given, in the passive, falls on the subject
        given = gov is not None and action == "sanction" and is_passive(gov) and lemma(gov) in lex.giving_verbs \
            and (tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.lower_ == "with")) \
            and children(gov, "nsubjpass")
        undergone = gov is not None and not negated(gov, lex) and (
            given or lemma(gov) in lex.undergo_verbs or (
                # "is serving a 16-year sentence", "served a two-year ban": a measure served
                lemma(gov) in lex.serving_verbs and action == "sanction" and tok.dep_ == "dobj") or (
                # "came under investigation by the FCA", "Orbis is under sanctions",
                # "remained under scrutiny from regulators": whatever the verb, the
                # subject of "under" an act undergoes it ("placed X under ..." does not)
                tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head == gov
                and not children(gov, "dobj")))
        targets: list[Mention] = []
        if undergone:
            # "ZTE faces sanctions", "paid fines to the United States"
            targets = [m for x in children(gov, "nsubjpass") for c in [x, *x.conjuncts]
                       for m in np_actors(res, c, lex)] if given else actor_of_verb(res, gov)
            if not targets and gov.dep_ == "acl":
                # "Gazprom, a firm facing accusations in Britain, ...": the noun it describes
                held = gov.head.head if gov.head.dep_ == "appos" else gov.head
                targets = res.actors_of(held)
            ordered = gov.head.head if gov.dep_ == "conj" and gov.head.dep_ == "xcomp" else None
            if ordered is not None and lemma(ordered) in lex.order_verbs | lex.call_verbs and any(
                    c.dep_ == "cc" and c.lower_ == "or" for c in gov.head.children) \
                    and (action in lex.rule_actions["announced"] or _charge(tok, lex)):
                # "ordered the operators to deactivate the cards within seven days or face
                # sanctions": the measure held over the order is the orderer's threat, against
                # whom it orders
                ordered_parties = [m for o in children(ordered, "dobj") for c in [o, *o.conjuncts]
                                   for m in np_actors(res, c, lex)] or targets
                for a in actor_of_verb(res, ordered):
                    for t in ordered_parties:
                        if t.actor != a.actor:
                            out.append(Candidate(a, "threaten", t, tok, "noun", tok, 0.5))
                continue
            if any(c.dep_ == "aux" and c.lower_ in lex.possibility_aux for c in gov.children) \
                    and action in lex.rule_actions["announced"]:
                # "the minister said the company could face fines of up to ...": a measure
                # that may come is not taken; said by someone, it is that speaker's threat
                reporter = reporting_speaker(res, gov)
                # (an authority or one who holds an office, not "analysts said")
                if reporter is not None and not (reporter.actor.kind in {"government", "international_org", "state"}
                                                 or reporter.person is not None or reporter.actor in res.role_words):
                    reporter = None
                for t in targets if reporter is not None else []:
                    if reporter.actor != t.actor:
                        out.append(Candidate(reporter, "threaten", t, tok, "noun", tok, 0.5))
                continue
            if conditions(gov) and action in lex.rule_actions["announced"]:
                continue   # ("If convicted, he faces up to 10 years in jail and a fine": not imposed)
            if not actors:
                # ("a sentence handed down by a Russian court": the by-agent of the noun's participle)
                handed = [p for a in children(tok, "acl") for p in pobjs(a, {"by"})]
                for p in pobjs(gov, {"to", "by", "from"}) + pobjs(tok, {"to", "by", "from"}) + handed:
                    actors = res.actors_of(p)
                    if actors:
                        break
            if not actors and action in {"sue", "sanction", "accuse"}:
                # ("faces terrorism charges in Turkey", "is serving a sentence in Iran": the
                # state where the case or the measure is, as "was jailed in Iran" tells it)
                actors = [m for p in pobjs(gov, {"in"}) + pobjs(tok, {"in"})
                          for m in [res.names.get(p.i)] if m is not None and res.known_state(m.actor)][:1]
            if not actors and (action in lex.rule_actions["announced"] or _charge(tok, lex)):
                # "According to the FCA, Calder Bank must pay a penalty": the reporter imposes it
                # ("Orbis will pay $5m to settle charges that it misled investors, the SEC
                # said": charges an authority reports are its own)
                reporter = reporting_speaker(res, gov)
                authority = reporter is not None and (reporter.actor.kind in {"government", "international_org"} or (
                    reporter.actor.kind == "state" and reporter.actor.name in res.gaz.by_name))
                actors = [reporter] if authority else []   # (an authority's word, not a guessed place's)
            if not actors and action in lex.rule_actions["context_agent"]:
                # "Daimler received the biggest single fine": from whoever fined in this case
                # (a definite measure: "received a fine in Brazil" is another one; an
                # indefinite one right after the same act, in this sentence or the last,
                # with no place of its own: "FIFA banned Borg for a year. Lindqvist
                # received a two-year ban")
                here = not has_definite(tok) and not pobjs(gov, {"in"}) and not pobjs(tok, {"in"})
                actors = _earlier_agent(res, targets, action if has_definite(tok) or here else None, tok,
                                        reach=None if has_definite(tok) else 1)
            if action == "accuse" and _charge(tok, lex) and actors and all(
                    prosecutes(res, a, lex) for a in actors):
                action = "sue"   # "faces fraud charges from Italian prosecutors": criminal charges
            for a in actors:
                for t in targets:
                    out.append(Candidate(a, action, t, tok, "noun", tok, 0.6))
            continue
        inside_act = tok.dep_ == "pobj" and tok.head.dep_ == "prep" and (
            noun_action(tok.head.head, lex) is not None or (gov is not None and any(
                noun_action(o, lex) not in (None, action) for o in children(gov, "dobj"))))
        # a verb that is itself another trigger acts on the noun's act, it does not
        # perform it: "Canada condemned the expulsion of X" (expelled by someone else)
        other_trigger = gov is not None and verb_action(gov, lex) not in (None, action)
        # ("the scandal that led to the impeachment of X": a cause, not the one who acts)
        other_trigger = other_trigger or (gov is not None and lemma(gov) in lex.causing_verbs)
        if action == "accuse" and gov is not None and verb_action(gov, lex) == "sue":
            continue   # "filed charges against X": the suit says it
        # "charged by the league following a four-year investigation", "fined X after an
        # inquiry": the act that follows an unowned investigation is its outcome, by the
        # same hand and on the same party
        # ("following" is tagged a verb: the act is the verb it hangs from)
        outcome = action == "investigate" and tok.dep_ == "pobj" and tok.head.lower_ in {"following", "after"} \
            and tok.head.dep_ == "prep" and tok.head.head.pos_ in {"VERB", "AUX"} and not actors \
            and verb_action(tok.head.head, lex) is not None
        if outcome:
            gov = tok.head.head
            other_trigger = False   # (the act after it is its outcome, not an act upon it)
        if not owned and gov is not None and not governed_by_denial and not negated(gov, lex) \
                and not inside_act and not other_trigger:
            # (not "opened an inquiry into the allegations": the verb's subject investigates)
            # (the verb's subject before whoever did the act the noun names back: "Lawyers
            # moved to seize its assets. A court approved the seizure" is the court's)
            actors = actor_of_verb(res, gov, action=action if tok.dep_ == "nsubjpass" else None) or actors
        if not actors and gov is None and tok.dep_ == "nsubj" and action in lex.rule_actions["announced"] \
                and tok.head.pos_ in {"VERB", "AUX"} and not (
                lemma(tok.head) == "be" and children(tok.head, "acomp", "attr")):
            # "The police said investigations into Lim were continuing": an authority telling of
            # a measure no one is said to have taken tells of its own (not "Amnesty said ...";
            # nor one it judges: "Norway said the imprisonment of X was unjust")
            reporter = reporting_speaker(res, tok.head)
            if reporter is not None and (reporter.actor.kind in {"government", "international_org"} or (
                    reporter.actor.kind == "state" and reporter.actor.name in res.gaz.by_name)):
                actors = [reporter]
        if not actors and action == "investigate" and gov is not None \
                and any(c.dep_ == "amod" and c.lower_ in lex.internal_words for c in tok.children):
            # "Nissan said the arrest followed an internal investigation into Ghosn": an inquiry
            # held inside the reporter's own house is the reporter's, whatever its kind
            reporter = reporting_speaker(res, gov)
            actors = [reporter] if reporter is not None else []
        if not actors and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "NOUN" \
                and lemma(tok.head.head) in lex.call_verbs:
            # "rejected calls from Britain and the EU for an independent inquiry", "Britain's call
            # for an inquiry": the act asked for is the caller's (a call, as "called for" is)
            call = tok.head.head
            actors = [m for c in children(call, "poss") + pobjs(call, {"from", "by"}) for m in res.actors_of(c)]
        if not actors:
            continue
        preps = lex.actions[action].target_preps
        # "sanctions imposed by the EU on Belarus": the target may hang on the participle
        holders = [tok] + children(tok, "acl") + [r for r in children(tok, "relcl") if lemma(r) in lex.carrying_verbs]
        # "accusations by Greece against Turkey": the target hung on the owner
        holders += [p for prep in children(tok, "prep") if prep.lower_ == "by" for p in children(prep, "pobj")]
        # "China's threat of retaliation against Lithuania": one noun lower
        holders += [p for p in pobjs(tok, {"of"}) if p.pos_ == "NOUN"]
        if gov is not None and not other_trigger:
            # "opened an inquiry into ...": the preposition may hang on the verb (not
            # another trigger's: "appealed to the court against the ban imposed by X")
            holders.append(gov)
        # (not whom a lower act falls on: "criticism of the conviction of Maria Lopez" is of
        # the court that convicted her, if the article names it)
        for p in [p for h in holders for p in pobjs(h, preps)
                  if h == tok or h == gov or not (lemma(h) in lex.act_verbs and p.head.lower_ == "of")]:
            # (an inquiry into goods is into their maker or origin: "an anti-dumping
            # investigation into wine imported from the EU")
            traded = action == "investigate" and lemma(p) in lex.commodity_nouns | lex.product_nouns
            targets = np_actors(res, p, lex, products=action == "sanction" or traded)
            if not targets and action in lex.rule_actions["owned_object"] and p.pos_ == "NOUN":
                # "China's condemnation of Japan's water release"; "an inquiry into the
                # allegations against Orbis Bank": the accused of the claim investigated
                if action == "investigate" and lemma(p) in lex.claim_nouns:
                    targets = _looked_into(res, p, lex, None, tuple(a.actor for a in actors))
                targets = targets or noun_owner(res, p, None, exclude=tuple(a.actor for a in actors))
            if targets:
                break
        if not targets and outcome:
            owners = tuple(a.actor for a in actors)
            targets = targets_of_verb(res, gov, verb_action(gov, lex), lex, exclude=owners)
        if not targets and action == "investigate" and tok.pos_ == "NOUN" and pobjs(tok, {"into"}):
            # "an inquiry into the killings by Uzbek troops": the doer of what it is into, "by X"
            # hung on the inquiry (`noun_owner` leaves it out of the inquiry's owners)
            into = min(c.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "into")
            owners = tuple(a.actor for a in actors)
            targets = [m for p in pobjs(tok, {"by"}) if p.head.i > into
                       for m in np_actors(res, p, lex) if m.actor not in owners]
        if not targets and action == "investigate" and tok.pos_ == "NOUN":
            # "a criminal investigation into whether G.M. misled regulators": whom the question
            # is about, as with the verb ("is investigating whether ...")
            owners = tuple(a.actor for a in actors)
            asked = [c for prep in children(tok, "prep") if prep.lower_ in {"into", "of", "on"}
                     for c in children(prep, "pcomp") if any(m.dep_ == "mark" and m.lower_ == "whether"
                                                             for m in c.children)]
            targets = next((found for c in asked for s in children(c, "nsubj", "nsubjpass")
                            for found in [np_actors(res, s, lex, exclude=owners)] if found), [])
        if not targets and action == "investigate":
            # "an investigation into possible manslaughter in connection with X's operations"
            for w in _in_connection_with([tok] + ([gov] if gov is not None else [])):
                targets = np_actors(res, w, lex) or (noun_owner(res, w, None, exclude=tuple(a.actor for a in actors))
                                                     if w.pos_ == "NOUN" else [])
                if targets:
                    break
        if not targets and other_trigger and verb_action(gov, lex) == "sue" and action in {"sanction", "sue"} \
                and tok.dep_ == "dobj" and tok.head == gov:
            # "Google appealed the European Commission's fine": whoever appeals a
            # measure is the one it fell on
            owners = [a.actor for a in actors]
            targets = [m for m in actor_of_verb(res, gov) if m.actor not in owners]
        if not targets and gov is not None and tok.dep_ == "dobj" and tok.head == gov \
                and lemma(gov) in lex.carrying_verbs | lex.granting_verbs and action == "sanction":
            # "handed Ivan Petrov a 10-year prison sentence", "gave the club a points deduction":
            # the one it is handed to (the verb's other object; a passive's subject)
            owners = [a.actor for a in actors]
            held = children(gov, "dative") + [o for o in children(gov, "dobj") if o != tok and o.i < tok.i] \
                + (children(gov, "nsubjpass") if is_passive(gov) else [])
            targets = [m for o in held for m in np_actors(res, o, lex) if m.actor not in owners]
            if targets and not actors:
                agent = next(iter(pobjs(gov, {"by"})), None)
                actors = res.actors_of(agent) if agent is not None else actor_of_verb(res, gov)
        if not targets and pobjs(tok, {"by"}):
            # "the indictment of Huawei by the Justice Department": with the doer
            # after "by", "of X" is whom the act falls on
            owners = [a.actor for a in actors]
            targets = [m for p in pobjs(tok, {"of"}) for m in np_actors(res, p, lex, products=action == "sanction")
                       if m.actor not in owners]
        if not targets and action == "accuse":
            for cl in children(tok, "acl", "ccomp", "relcl"):
                for s in children(cl, "nsubj", "nsubjpass"):
                    targets = res.actors_of(s)
                if not targets and lemma(cl) in lex.linking_verbs:
                    # "allegations tying the Indian government to the killing"
                    targets = [m for o in children(cl, "dobj") for m in res.actors_of(o)]
        if not targets and action == "accuse" and governed_by_denial and verb_action(gov, lex) == "deny":
            # "Russia denied Norway's accusations of jamming": the denier is the accused
            targets = [m for m in actor_of_verb(res, gov) if m.actor not in [a.actor for a in actors]]
        if not targets and action == "investigate" and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
                and tok.head.head.dep_ == "dobj" and tok.head.head.head.pos_ == "VERB" \
                and verb_action(tok.head.head.head, lex) in {"deny", "dispute"}:
            # "Karimov rejected calls from Britain for an inquiry into the killings in Andijan":
            # the inquiry would look into the one refusing it
            targets = [m for m in actor_of_verb(res, tok.head.head.head) if m.actor not in [a.actor for a in actors]]
        if not targets and action == "investigate" and _investigated_event(tok, lex):
            targets = [None]   # "opened a criminal case into the crash": an event, no party
        if not targets and action == "investigate" and not children(tok, "prep") and gov is not None \
                and tok.dep_ == "dobj" and (has_definite(tok) or any(
                    c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in tok.children)):
            # "The regulator opened the investigation on Christmas Eve", "The CNMC opened its
            # investigation in July 2021": the case the article tells, into whom the actor has
            # acted against in it
            last = _last_acted_on(res, tuple(a.actor for a in actors), {"sanction", "accuse", "sue"})
            targets = [Mention(tok.i, tok.i + 1, last, "reference")] if last is not None else []
        if not targets and action in {"sanction", "sue"} and has_definite(tok) and gov is not None \
                and tok.dep_ == "dobj" and lemma(gov) in lex.carrying_verbs:
            # "TD has been fined a record C$9.19 million ... Fintrac said it had imposed the
            # penalty": the measure told before in the passive with no one named, on whom it fell
            here = res.sentence_no(tok)
            told = next(((verb, held) for verb, held, act in reversed(res.unowned) if act == action and verb.i < tok.i
                         and here - res.sentence_no(verb) <= res.ACT_REACH), None)
            if told is not None:
                targets = [m for m in told[1] if m.actor not in [a.actor for a in actors]]
                if targets:
                    res.unowned_taker.setdefault(told[0].i, actors[0])   # (the passive is its act too)
        if not targets and action in lex.rule_actions["held_over"] and gov is not None \
                and tok.dep_ in {"dobj", "nsubjpass"} and _conditional_measure(gov):
            # "will impose further sanctions if Russia continues to interfere in Ukraine": a
            # measure with no party of its own, promised on what a party does, is held over it
            targets = _conditioned(res, gov, tuple(a.actor for a in actors))
        if not targets:
            continue
        if action == "accuse" and _charge(tok, lex) and any(
                c.dep_ == "amod" and c.lower_ in lex.criminal_words for c in tok.children):
            action = "sue"   # ("would pursue criminal charges against them": a prosecution, by whoever brings it)
        if action in lex.rule_actions["announced"] and gov is not None and tok.dep_ in {"dobj", "nsubjpass"} \
                and _promised_measure(gov, lex):
            # "will impose sanctions on Belarus unless it frees the journalist", "sanctions
            # would be imposed on Belarus if the crackdown continued", "warned it would impose
            # sanctions on Belarus"
            action = "threaten"
        elif action in lex.rule_actions["announced"] and gov is not None and tok.dep_ == "dobj" and tok.head == gov \
                and lemma(gov) in lex.deliberating_verbs and not negated(gov, lex):
            action = "threaten"   # "is considering sanctions against Everton": a measure weighed, held over X
        elif action == "sanction" and gov is not None and gov.dep_ == "xcomp" and tok.dep_ == "dobj" and \
                _promising(gov.head, lex):
            # "vowed to impose sanctions on Russia": promised, not imposed (but "vowed to
            # retaliate for the expulsion of its diplomats by Britain": an act done, retaliated for)
            action = "threaten"
        for a in actors:
            for t in targets:
                out.append(Candidate(a, action, t, tok, "noun", tok, 0.6))
    return out


def _promising(verb: Token, lex: Lexicon) -> bool:
    """A verb whose infinitive is an act promised, not taken: "vowed to", "pledged to", and
    a refusal denied for the future, "would not hesitate to", "will not shy away from"
    ("did not hesitate to expel" tells an act done)."""
    if lemma(verb) in lex.promising_verbs:
        return not negated(verb, lex)
    return lemma(verb) in lex.negating_verbs and any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in {"would", "will", "wo", "'ll", "shall"} for c in verb.children)


def _asked_of_another(verb: Token) -> bool:
    """The verb is what someone asks another party to do, not what is done: it hangs, as
    an infinitive or by a purpose phrase, from a verb with an object that is to do it
    ("challenged Sunak to show leadership by backing the findings", "invited the EU to
    endorse the assessment"). A verb without that object is the subject's own act ("voted
    to back the findings")."""
    t = verb
    for _ in range(6):
        if t.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in t.head.children):
            return True
        if t.dep_ not in {"xcomp", "pcomp", "prep", "conj", "advcl"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def endorsed_claims(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """Backing another party's accusation makes it one's own: "The EU backed Britain's
    accusation", "Germany endorsed the British assessment" (a verb of `support_verbs`
    whose object is an accusation or finding, `accusation_nouns` or `asserting_nouns`, of
    another party): the backer accuses whom that claim accuses, or, when the noun names
    no one, whom its owner last accused."""
    out = []
    for tok in sent:
        if lemma(tok) not in lex.support_verbs or tok.pos_ != "VERB" or negated(tok, lex) \
                or _asked_of_another(tok):
            continue
        claims = [o for o in children(tok, "dobj") if noun_action(o, lex) in {None, "accuse"}
                  and (lemma(o) in lex.accusation_nouns or lemma(o) in lex.asserting_nouns)]
        if not claims:
            continue
        actors = actor_of_verb(res, tok)
        if not actors:
            continue
        mine = tuple(a.actor for a in actors)
        for claim in claims:
            owners, accused = claim_parties(res, claim, lex)
            owners = [o for o in owners if o.actor not in mine]
            if not owners:
                continue
            targets = [m.actor for m in accused] or _latest_accused(res, owners[0].actor)
            for a in actors:
                for t in targets:
                    if t not in mine:
                        out.append(Candidate(a, "accuse", Mention(claim.i, claim.i + 1, t, "reference"),
                                             tok, "verb", tok, 0.5))
    return out


def promised_harm(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """A harm promised to a party is a threat to it: "Iran vowed to attack Israel",
    "Turkey would not hesitate to launch an operation against Kurdish militants"
    (`_promising`; the harm a verb of `harm_verbs` or `retaliation_verbs` on the party, or a
    `military_acts` noun against or on it)."""
    out = []
    for tok in sent:
        if tok.pos_ not in {"VERB", "AUX"} or not _promising(tok, lex):
            continue
        subj, _ = subject_token(tok)
        actors = res.actors_of(subj) if subj is not None else []
        if not actors:
            continue
        mine = tuple(a.actor for a in actors)
        for x in children(tok, "xcomp"):
            if x.pos_ != "VERB" or negated(x, lex):
                continue
            acts = [o for o in children(x, "dobj") if lemma(o) in lex.military_acts]
            if acts:
                places = [p for o in [x, *acts] for p in pobjs(o, {"against", "on"})]
            elif lemma(x) in lex.harm_verbs | lex.retaliation_verbs and lemma(x) not in lex.undergo_verbs:
                places = children(x, "dobj") + pobjs(x, {"against", "on", "at"})
            else:
                continue
            # (or whose thing it falls on: "pledged to strike Ukraine's energy grid")
            targets = [m for p in places for m in (np_actors(res, p, lex, exclude=mine) or (
                noun_owner(res, p, None, exclude=mine) if p.pos_ == "NOUN" else []))]
            for a in actors:
                for t in targets:
                    out.append(Candidate(a, "threaten", t, tok, "promise", x, 0.5))
    return out


def claim_parties(res: ArticleResolver, noun: Token, lex: Lexicon) -> tuple[list[Mention], list[Mention]]:
    """Who makes a claim a noun names and whom it accuses: "Israel's claims that
    Hamas used the hospital", "the British accusations against Iran",
    "Washington's case against Huawei" -> ([Israel], [Hamas]) ..."""
    owners = claim_owner(res, noun, lex) or noun_owner(res, noun, None)
    accused: list[Mention] = []
    for cl in children(noun, "acl", "ccomp", "relcl"):
        if any(m.lower_ == "that" and m.dep_ == "mark" for m in cl.children):
            accused += [m for s in children(cl, "nsubj", "nsubjpass") for m in res.actors_of(s)]
    for p in pobjs(noun, {"against", "about", "on"}):
        accused += res.actors_of(p)
    owner_actors = [o.actor for o in owners]
    return owners, [m for m in accused if m.actor not in owner_actors]


def names_accused(noun: Token) -> bool:
    """Whether a claim noun says whom it accuses at all ("accusations against
    the journalist", "claims that X ..."), named or not."""
    return bool(pobjs(noun, {"against"})) or any(
        any(m.lower_ == "that" and m.dep_ == "mark" for m in cl.children)
        for cl in children(noun, "acl", "ccomp", "relcl"))


def _rejecting_noun(res: ArticleResolver, tok: Token, action: str, lex: Lexicon) -> list[Candidate]:
    """"China's denial of the hacking allegations", "Russia's rejection of the
    Dutch accusations", "France's doubts about Britain's case": the owner
    rejects or doubts the claim, whose own owner is the target (none named:
    a denial that stands alone)."""
    actors = noun_owner(res, tok, None)
    gov = _governing_verb(tok, lex)
    if not actors and gov is not None:
        # "drew a swift rebuttal from Moscow"
        actors = [m for p in pobjs(gov, {"from"}) for m in res.actors_of(p)]
    if not actors and gov is not None and tok.dep_ == "dobj" and lemma(gov) not in lex.undergo_verbs \
            and not negated(gov, lex):
        # "Germany voiced misgivings about ...", "France expressed doubts over ..."
        actors = actor_of_verb(res, gov)
    if not actors:
        return []
    claims = [p for p in pobjs(tok, {"of", "about", "over", "on", "to"})
              if lemma(p) in lex.claim_nouns or noun_action(p, lex) == "accuse"]
    if not claims and gov is not None:
        # "Norway's accusation that ... drew a swift rebuttal from Moscow"
        claims = [s for s in children(gov, "nsubj") if lemma(s) in lex.claim_nouns]
    denies_that = any(c.dep_ in {"acl", "ccomp"} and any(m.lower_ == "that" for m in c.children)
                      for c in tok.children)
    if not claims and not (action == "deny" and denies_that):
        return []
    owners = [m for c in claims for m in claim_owner(res, c, lex)
              if m.actor not in [a.actor for a in actors]]
    out = []
    for a in actors:
        for t in owners[:1] or [None]:
            out.append(Candidate(a, action, t, tok, "noun", tok, 0.5, standalone=action == "deny"))
            if action == "deny" and t is not None and lemma(claims[0]) in lex.accusation_nouns \
                    and not names_accused(claims[0]):
                # "Russia's rejection of the Dutch accusations": the Dutch accused Russia
                out.append(Candidate(t, "accuse", a, tok, "noun", tok, 0.4))
            if action == "dispute" and t is not None:
                # "doubts about the Polish case against the pilots": Poland accuses them
                for c in claim_parties(res, claims[0], lex)[1]:
                    if c.actor not in (t.actor, a.actor):
                        out.append(Candidate(t, "accuse", c, tok, "noun", tok, 0.4))
    return out


def _parties(res: ArticleResolver, tok: Token) -> list[Mention]:
    """Actors a place-like object names, leaving out places that are no party: a
    city the gazetteer does not know ("flights to Toronto") is a destination."""
    known = {a.name for a in res.gaz.actors}
    found = [m for m in res.actors_of(tok)
             if not (m.actor.kind == "state" and m.actor.name not in known and m.via == "name")]
    if not found and lemma(tok) in res.lex.place_nouns:
        # "sailings to Iranian ports", "flights into Russian airspace": the state they belong to
        for c in tok.children:
            dem = res.gaz.by_demonym.get(c.text) if c.dep_ in {"amod", "compound"} else None
            if dem is not None and dem.kind == "state":
                found = [Mention(c.i, c.i + 1, Actor(dem.name, dem.kind), "agent")]
    return found


def _homeward(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb sends someone home: "called back", "brought home", or a
    returning verb under it does ("ordered its envoys to return home")."""
    def home(v: Token) -> bool:
        return any(c.dep_ in {"prt", "advmod"} and c.lower_ in lex.cut_ties_homeward for c in v.children)
    return home(verb) or any(x.dep_ in {"xcomp", "advcl"} and lemma(x) in lex.cut_ties_returning and home(x)
                             for x in verb.children)


def cut_ties(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """A halted relation: "froze trade with Y", "a freeze on investment with Y"."""
    out = []
    for tok in sent:
        objs: list[Token] = []
        gov = tok
        if tok.pos_ == "VERB" and lemma(tok) in lex.cut_ties_verbs and not negated(tok, lex):
            # (a passive subject is the object: "ties with Iran were cut by Canada")
            objs = [o for d in children(tok, "dobj", "nsubjpass") for o in [d, *d.conjuncts]]
            objs += [n for o in objs for n in counted(tok, o)]   # "froze $100m in aid to Y"
            if not objs and lemma(tok) in lex.cut_ties_ending:
                # "all cooperation with Russia will end, the agency said": the relation ends
                objs = [o for d in children(tok, "nsubj") for o in [d, *d.conjuncts]]
            # "pulled out of the agreement with X", "withdrew from the talks with X"
            for prep in children(tok, "prep"):
                if prep.lower_ in {"out", "of", "from"}:
                    for x in [prep, *children(prep, "prep")]:
                        objs += [o for d in children(x, "pobj") for o in [d, *d.conjuncts]]
        elif tok.pos_ == "VERB" and lemma(tok) in lex.reconsidering_verbs and not negated(tok, lex):
            # "would review its co-operation with Australia", "is reconsidering its ties with
            # X": a relation put in question (a threat, below)
            objs = [o for d in children(tok, "dobj", "nsubjpass") for o in [d, *d.conjuncts]]
        elif tok.pos_ == "VERB" and lemma(tok) in lex.cut_ties_returning and _homeward(tok, lex) \
                and not negated(tok, lex):
            # "called back its ambassador", "ordered its envoys to Oslo to return home"
            objs = [o for d in children(tok, "dobj", "nsubjpass") for o in [d, *d.conjuncts]]
        elif tok.pos_ == "VERB" and lemma(tok) in lex.renewing_verbs and (negated(tok, lex) or (
                tok.dep_ == "xcomp" and lemma(tok.head) in lex.refusing_verbs and not negated(tok.head, lex))):
            # "will not renew its contract with X", "declined to extend X's deal": a relation
            # let lapse ends as surely as one cut
            objs = [o for d in children(tok, "dobj") for o in [d, *d.conjuncts]]
        elif tok.pos_ == "ADJ" and tok.dep_ == "acomp" and lemma(tok.head) == "be" and \
                lex.participles.get(tok.lower_) in lex.cut_ties_verbs and not negated(tok.head, lex):
            # "trade talks with India were frozen": a passive the small model read as
            # an adjective; the relation is the subject of "were"
            gov = tok.head
            objs = [o for d in children(gov, "nsubj") for o in [d, *d.conjuncts]]
        elif tok.pos_ == "NOUN" and lemma(tok) in lex.cut_ties_nouns and not (
                # ("concluded, at the end of a three-week mission to Chile, that ...": a time)
                lemma(tok) in {"end", "close"} and tok.dep_ == "pobj"
                and tok.head.lower_ in {"at", "by", "until", "till", "towards", "toward", "near"}):
            gov = _governing_verb(tok, lex) or tok
            scope = [tok] + ([c for c in gov.children if c.dep_ == "prep"] if gov != tok else [])
            objs = [o for sc in scope for o in sc.subtree if o != tok and o.pos_ == "NOUN"]
        objs = [o for o in objs if lemma(o) in (lex.cut_ties_closable if lemma(tok) in lex.cut_ties_closing
                                                else lex.cut_ties_objects)]
        if not objs:
            continue
        # ("Relations with Nicaragua had been terminated, Taiwan said": the reporter's own act)
        actors = actor_of_verb(res, gov, action="cut_ties") if gov.pos_ in {"VERB", "AUX"} else []
        if not actors and gov.pos_ in {"VERB", "AUX"} and any(o.dep_ == "nsubj" for o in objs):
            # "all cooperation with Russia will end, the agency said": the reporter ends it
            reporter = reporting_speaker(res, gov)
            actors = [reporter] if reporter is not None else []
        if not actors and is_passive(gov):
            # "Israel's ambassador in Madrid was being called back": the envoy's own state
            actors = [m for o in objs if o.dep_ == "nsubjpass" for p in children(o, "poss")
                      for m in res.actors_of(p)][:1]
        if not actors and tok.pos_ == "NOUN":
            actors = noun_owner(res, tok, None)   # "the suspension of aid to Niger by the EU"
        if not actors:
            continue
        targets: list[Mention] = []
        for o in objs:
            preps = lex.cut_ties_preps | ({"of"} if lemma(o) in lex.cut_ties_of_objects else set())
            for p in pobjs(o, preps):
                targets = _parties(res, p)
                if targets:
                    break
            if targets:
                break
        if not targets:
            # ("brought its diplomats home from Beijing": the place hangs on "home")
            homes = [c for c in gov.children if c.dep_ == "advmod" and c.lower_ in lex.cut_ties_homeward]
            for p in [p for h in [gov, *homes] for p in pobjs(h, lex.cut_ties_preps)]:
                targets = _parties(res, p)
                if targets:
                    break
        if not targets:
            # "would not extend Macchiarini's contract", "suspended Turkey's accession talks":
            # the other party holds the relation (not "its talks", the actor's own; a pronoun
            # only for a relation let lapse: "would not renew his contract")
            mine = {a.actor for a in actors}
            targets = [m for o in objs for p in children(o, "poss")
                       if p.pos_ != "PRON" or lemma(tok) in lex.renewing_verbs
                       for m in res.actors_of(p) if m.actor not in mine][:1]
        if not targets:
            # "suspended imports of Australian beef": the state the goods stand for
            for o in (o for o in objs if lemma(o) in lex.via_nouns):
                targets = np_actors(res, o, lex, products=True)
                if targets:
                    break
        if not targets:
            # "ordered the closure of Russia's consulate in Poznan", "the Russian embassy":
            # a mission belongs to the state it stands for
            for o in (o for o in objs if lemma(o) in lex.cut_ties_missions):
                for c in children(o, "poss", "amod", "compound"):
                    dem = res.gaz.by_demonym.get(c.text)
                    targets = [Mention(c.i, c.i + 1, Actor(dem.name, dem.kind), "agent")] if dem is not None \
                        and dem.kind == "state" else (_parties(res, c) if c.dep_ == "poss" else [])
                    if targets:
                        break
                if targets:
                    break
        if not targets:
            targets = _told_party(res, gov, lex, actors)
        if not targets and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.pos_ == "VERB" and lemma(tok.head.head) in lex.telling_verbs:
            # "informed Taiwan of the severing of diplomatic relations": with the one told
            mine = [a.actor for a in actors]
            targets = [m for o in children(tok.head.head, "dobj") for m in _parties(res, o) if m.actor not in mine]
        if not targets:
            targets = _also_against(res, gov, "cut_ties", actors)
        if any(lemma(o) in lex.cut_ties_envoys for o in objs) and \
                all(tg.actor in [a.actor for a in actors] for tg in targets):
            # "Argentina recalled its ambassador from Paraguay ... Brazil recalled its
            # ambassador for consultations": an envoy recalled from no state named ("its
            # ambassador" names only the sender) is recalled from the one the envoys just
            # before were (a row the news follows country by country)
            # (or, with no such recall before, the state the sender's quarrel is with: "Georgia
            # arrested four Russian officers ... Russia responded by recalling its ambassador")
            row = other_side(res, {a.actor for a in actors}, tok, res.ACT_REACH, states=True)
            last = _last_taken_against(res, "cut_ties", actors, at=tok, states=True) or (row[0] if row else None)
            targets = [Mention(tok.i, tok.i + 1, last, "reference")] if last is not None else []
        if not targets and tok.pos_ == "NOUN":
            # "a freeze on billions of dollars' worth of trade with X": the parser
            # may hang "with X" anywhere along the phrase
            for prep in (t for sc in scope for t in sc.subtree if t.dep_ == "prep"
                         and t.lower_ in lex.cut_ties_preps and t.lower_ != "in"):
                for p in children(prep, "pobj"):
                    targets = _parties(res, p)
                    if targets:
                        break
                if targets:
                    break
        # ("suspended imports of Brazilian meat": an embargo restricts, it is a sanction)
        action = "sanction" if all(lemma(o) in lex.cut_ties_embargo for o in objs) else "cut_ties"
        if gov.pos_ in {"VERB", "AUX"} and (_promised_measure(gov, lex) or lemma(gov) in lex.reconsidering_verbs):
            action = "threaten"   # "warned Moldova that gas deliveries would stop unless it paid"
        for a in actors:
            for t in targets:
                out.append(Candidate(a, action, t, tok, "cut_ties", tok, 0.6))
    return out


def market_exits(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """A firm leaving a state's market cuts ties with it: "McDonald's pulled out of Russia",
    "threatened to withdraw its search engine from Australia", "exited China" (`exit_verbs`,
    a state named as what is left; a firm or an organisation as the one leaving, not a
    traveller or an army)."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or lemma(tok) not in lex.exit_verbs or any(c.dep_ == "neg" for c in tok.children) \
                or (tok.dep_ == "xcomp" and (lemma(tok.head) in lex.negating_verbs or any(
                    c.dep_ == "neg" for c in tok.head.children))):
            continue   # (not `negated`: "withdraw" undoes what it takes back, here it is the act)
        # ("pulled out of Russia", "withdrew from China", "exited Russia": the state left)
        places = [p for prep in children(tok, "prep") if prep.lower_ in {"from", "of", "out"}
                  for x in [prep, *children(prep, "prep")] for p in children(x, "pobj")] + children(tok, "dobj")
        states = [m for p in places if p.pos_ == "PROPN" for m in res.actors_of(p) if m.actor.kind == "state"]
        if not states:
            continue
        actors = [a for a in actor_of_verb(res, tok) if a.actor.kind in {"company", "organization"}]
        action = "threaten" if (_promised_measure(tok, lex) or (
            tok.dep_ == "xcomp" and (verb_action(tok.head, lex) == "threaten"
                                     or lemma(tok.head) in lex.promising_verbs))) else "cut_ties"
        out += _pairs(actors, states, action, tok, "cut_ties", tok, 0.6)
    return out


def stop_using(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """Ordering an end to the use of someone's products is a sanction on them."""
    out = []
    for tok in sent:
        if tok.pos_ == "VERB" and lemma(tok) in lex.use_words and no_longer(tok):
            # "will no longer use Kaspersky software": the use itself is stopped
            uses = [tok]
        elif tok.pos_ != "VERB" or lemma(tok) not in lex.stop_verbs or negated(tok, lex):
            continue
        else:
            uses = list(tok.children)
        objs: list[Token] = []
        sales = False
        # "barred staff from using the app", "banned agencies from installing X"
        uses += [v for prep in children(tok, "prep") if prep.lower_ == "from" for v in children(prep, "pcomp")]
        for c in uses:
            if (lemma(c) in lex.use_words or c.lower_ in lex.use_words) and lemma(c) not in lex.selling_words:
                objs += children(c, "dobj") + pobjs(c, {"of"})
            if c.dep_ == "dobj":
                for u in [c] + list(c.children):
                    if lemma(u) in lex.use_words:
                        objs += pobjs(u, {"of"})
                        sales = sales or lemma(u) in lex.selling_words
        targets = [m for o in objs for m in np_actors(res, o, lex, products=True)]
        if not targets:
            continue
        gov = tok
        while gov.dep_ in {"xcomp", "conj"} and lemma(gov.head) not in lex.call_verbs:
            gov = gov.head
        if gov.dep_ == "xcomp" and lemma(gov.head) in lex.call_verbs:
            gov = gov.head
        if possible(gov):
            # ("warned that Chinese consumers might stop buying Australian wine": no measure
            # taken; a warning of it threatens, by the one who warns)
            if gov.dep_ == "ccomp" and lemma(gov.head) in lex.warning_verbs:
                out.extend(Candidate(w, "threaten", t, gov.head, "stop_using", gov, 0.5)
                           for w in actor_of_verb(res, gov.head) for t in targets if t.actor != w.actor)
            continue
        # ("The Dutch government said it will stop using ...": "it" is the reporter)
        for a in actor_of_verb(res, gov):
            # (a firm that stops selling another's goods drops a supplier)
            action = "cut_ties" if sales and a.actor.kind == "company" else "sanction"
            for t in targets:
                if t.actor == a.actor or sales and t.actor.kind == "state":
                    # ("halted sales of Chinese toys": a recall, not a measure on China)
                    continue
                out.append(Candidate(a, action, t, tok, "stop_using", tok, 0.6))
    return out


def halted_dealings(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """A dealing that stops: "will no longer sell arms to X", "stopped flying to
    X", "ceased working with X", "no longer does business with X"."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        dealing = lemma(tok) in lex.dealing_verbs or (
            lemma(tok) == "do" and any(lemma(o) in lex.dealing_nouns for o in children(tok, "dobj")))
        if not dealing:
            continue
        halt = tok.head if tok.dep_ in {"xcomp", "dobj", "pcomp"} and tok.tag_ == "VBG" and \
            lemma(tok.head) in lex.cut_ties_verbs and tok.head.pos_ == "VERB" else None
        if halt is None and not no_longer(tok):
            continue
        gov = halt or tok
        if halt is not None and negated(halt, lex):
            continue   # "did not stop selling"
        targets: list[Mention] = []
        for p in pobjs(tok, lex.dealing_preps):
            targets = _parties(res, p)
            if targets:
                break
        if not targets and lemma(tok) not in lex.use_words:
            # "no longer sponsors the union", "stopped stocking Meridian products"
            for o in children(tok, "dobj"):
                targets = np_actors(res, o, lex, products=True)
                if targets:
                    break
        if not targets:
            continue
        # ("would stop buying aircraft from Boeing if it pressed ahead": promised on a condition)
        action = "threaten" if any(_promised_measure(v, lex) for v in {tok, gov}) \
            else "cut_ties"
        for a in actor_of_verb(res, gov):
            for t in targets:
                out.append(Candidate(a, action, t, tok, "cut_ties", tok, 0.6))
    return out


def calls(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """A demand that someone explain or answer is an investigation of them; an
    authority's order to a party to act is a sanction of it (`_ordered`)."""
    out = []
    for tok in sent:
        ordering = tok.pos_ == "VERB" and bool(word_forms(tok) & lex.order_verbs)
        if (lemma(tok) not in lex.call_verbs and not ordering) or tok.pos_ != "VERB" or negated(tok, lex):
            continue
        # ("urged Y to respond to the allegations"; not "urged its allies to respond firmly")
        asked = [c for c in tok.children if c.dep_ in {"xcomp", "advcl", "ccomp"}
                 and lemma(c) in lex.explain_verbs and (lemma(c) != "respond" or pobjs(c, {"to"}))]
        # (a wrong to end is an accusation, read as such from the call's content: "called on
        # Russia to end the support provided to groups smuggling migrants")
        desist = [c for c in tok.children if (c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "advcl" and any(
                      a.dep_ == "aux" and a.lower_ == "to" for a in c.children)))
                  and lemma(c) in lex.desist_verbs and not negated(c, lex)
                  and not find_phrases(list(c.subtree), lex.wrongdoing)] if not ordering else []
        undo = [c for c in tok.children if c.dep_ in {"xcomp", "ccomp", "advcl"} and c.pos_ == "VERB"
                and any(matches_entry(c, e, lex) for e in lex.overruling_verbs)] if not ordering else []
        if undo and any(lemma(o) in lex.judicial_bodies or any(court_named(m, lex) for m in res.actors_of(o))
                        for o in children(tok, "dobj")):
            # "would ask the Supreme Court to annul the verdict", "asked a federal court to
            # overturn the ban imposed by X": a case brought against whoever made the act
            subj, _ = subject_token(tok)
            actors = res.actors_of(subj) if subj is not None else []
            mine = tuple(a.actor for a in actors)
            for o in (o for c in undo for o in children(c, "dobj") if lemma(o) in lex.act_nouns):
                owners = noun_owner(res, o, None, exclude=mine) or [
                    m for m in [res.act_owner(o)] if m is not None and m.actor not in mine]
                for a in actors:
                    for t in owners:
                        if not court_named(t, lex):
                            out.append(Candidate(a, "sue", t, tok, "call", tok, 0.5))
            continue
        courts = [o for o in children(tok, "dobj") if lemma(o) in lex.judicial_bodies
                  or any(court_named(m, lex) for m in res.actors_of(o))] if not ordering else []
        measures = [c for c in tok.children if c.dep_ in {"xcomp", "ccomp", "advcl"} and c.pos_ == "VERB"
                    and (word_forms(c) & lex.order_verbs or verb_action(c, lex) == "sanction")] if courts else []
        if measures:
            # "is asking the tribunal to order Google to sell its ad server", "asked the court to
            # order the suspension of Israel's military operations": a case brought against whom
            # the court is asked to act against
            subj, _ = subject_token(tok)
            actors = res.actors_of(subj) if subj is not None else []
            mine = tuple(a.actor for a in actors) + tuple(m.actor for o in courts for m in res.actors_of(o))
            targets = []
            for c in measures:
                for o in children(c, "dobj"):
                    found = [m for m in res.actors_of(o) if m.actor not in mine]
                    if not found and lemma(o) in lex.act_nouns:
                        found = noun_owner(res, o, None, exclude=mine) or [
                            m for p in pobjs(o, {"of"}) for m in noun_owner(res, p, None, exclude=mine)]
                    targets += found
            for a in actors:
                for t in targets:
                    if not court_named(t, lex) and t.actor != a.actor:
                        out.append(Candidate(a, "sue", t, tok, "call", tok, 0.5))
            if targets:
                continue
        if desist and not asked:
            # "called on Turkey to refrain from excessive statements", "urged Israel to end
            # the blockade": a reproach of whom the call is made on ("urged its allies to stop
            # buying Russian gas" names no one called on; the dealing stopped is a measure,
            # read by `stop_using`)
            # ("urged Castillo on Twitter to reverse ...": with an object, "on" is where the call was made)
            called = [m for o in (children(tok, "dobj") or pobjs(tok, {"on", "upon"})) for m in res.actors_of(o)] or \
                [m for v in desist for s in children(v, "nsubj") for m in res.actors_of(s)]
            subj, _ = subject_token(tok)
            for a in (res.actors_of(subj) if subj is not None else []):
                for t in called:
                    if t.actor != a.actor:
                        out.append(Candidate(a, "criticize", t, tok, "call", tok, 0.5))
            continue
        if not asked:
            if ordering:
                out += _ordered(res, tok, lex)
            continue
        called: list[Mention] = []
        for obj in children(tok, "dobj") or pobjs(tok, {"on", "upon"}):
            called = res.actors_of(obj)
            if called:
                break
        if not called:
            for v in asked:
                for s in children(v, "nsubj"):
                    called = res.actors_of(s)
        subj, _ = subject_token(tok)
        # (a news outlet asking a party to respond seeks its comment: "BIRN asked UKOM to
        # respond to the criticism" investigates no one)
        actors = [m for m in (res.actors_of(subj) if subj is not None else []) if m.actor.kind != "media"]
        for a in actors:
            for t in called:
                out.append(Candidate(a, "investigate", t, tok, "call", tok, 0.6))
    return out


def _ordered(res: ArticleResolver, verb: Token, lex: Lexicon) -> list[Candidate]:
    """An authority ordering a party to do what no action word names sanctions it:
    "India's regulator ordered Nestle to withdraw its noodles", "Apple was ordered by
    the Commission to change its rules". Not what the ordered act is itself ("ordered agencies
    to stop using X", "ordered police to investigate Y": those rules read it), not an
    order to one's own side ("ordered its troops to withdraw")."""
    done = [c for c in children(verb, "xcomp") if c.pos_ == "VERB" and lemma(c) not in lex.explain_verbs
            and not any((lemma(u) in lex.use_words or u.lower_ in lex.use_words)
                        and lemma(u) not in lex.selling_words for u in c.children)
            and (verb_action(c, lex) is None or not any(
                res.actors_of(o) for o in children(c, "dobj") + pobjs(c, {"on", "against", "into"})))
            # (not an inquiry the ordered party is to carry out: "ordered Russian sports officials
            # to carry out their own investigation" puts them to work, not under a measure)
            and verb_action(c, lex) != "investigate"
            and not any(noun_action(o, lex) == "investigate" for o in children(c, "dobj"))]
    # ("a judge ordered Ivan Petrov jailed pending trial": the measure ordered, its
    # subject the one it falls on)
    jailed = [c for c in children(verb, "ccomp") if c.tag_ in {"VBN", "VBD"} and verb_action(c, lex) == "sanction"
              and children(c, "nsubj") and not is_passive(verb)]
    if jailed:
        subj, _ = subject_token(verb)
        authorities = [a for a in (res.actors_of(subj) if subj is not None else [])
                       if prosecutes(res, a, lex) or public_body(a, lex)]
        return [Candidate(a, "sanction", t, verb, "order", verb, 0.6) for c in jailed for s in children(c, "nsubj")
                for t in res.actors_of(s) for a in authorities if t.actor != a.actor]
    if not done:
        return []
    if is_passive(verb):
        ordered = [m for s in children(verb, "nsubjpass") for m in res.actors_of(s)]
        agent = next(iter(pobjs(verb, {"by"})), None) or passive_agent(verb)
        # (with no agent, whoever acted on the same party before: "A Paris court sentenced
        # Roe ... Roe was also ordered to repay $27 million")
        # (not one only supposed: "might withdraw if it was forced to comply")
        authorities = res.actors_of(agent) if agent is not None else \
            [] if supposed(verb) else _earlier_agent(res, ordered)
    else:
        ordered = [m for o in children(verb, "dobj") for m in res.actors_of(o)]
        subj, _ = subject_token(verb)
        authorities = res.actors_of(subj) if subj is not None else []
    # (a judge named with the title, "Justice Michael Thawley ordered Google to pay the
    # costs", orders with the court's power)
    authorities = [a for a in authorities if prosecutes(res, a, lex) or public_body(a, lex) or (
        a.actor.kind == "person" and any(res.titled.get(t) == a.actor for t in lex.judging_titles))]
    return [Candidate(a, "sanction", t, verb, "order", verb, 0.6)
            for a in authorities for t in ordered if t.actor != a.actor]


def responses(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """"X's reply to the allegations" is a denial by X."""
    out = []
    for tok in sent:
        if tok.pos_ != "NOUN" or lemma(tok) not in lex.response_nouns:
            continue
        answered = [p for p in pobjs(tok, {"to"}) if lemma(p) in lex.claim_nouns]
        if not answered:
            continue
        if tok.head.lower_ == "in" and tok.head.head.pos_ in {"VERB", "AUX"} and \
                lemma(tok.head.head) not in lex.speech_verbs:
            # ("raised tariffs in response to Washington's decision": the act is the
            # response, a measure, no denial; "in response to the report, the firm said")
            continue
        actors = noun_owner(res, tok, None)
        if not actors:
            gov = _governing_verb(tok, lex)
            if gov is not None and not negated(gov, lex):
                actors = actor_of_verb(res, gov)
        owners = noun_owner(res, answered[0], None)
        for a in actors:
            for t in owners or [None]:
                out.append(Candidate(a, "deny", t, tok, "response", tok, 0.5))
    return out


def warnings(res: ArticleResolver, sent: Span, lex: Lexicon) -> list[Candidate]:
    """"X warned Y not to ..." is a threat to Y; "X cautioned against the use of
    Y's products" is a sanction (official advice not to use a product)."""
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or lemma(tok) not in lex.warning_verbs or negated(tok, lex):
            continue
        subj, _ = subject_token(tok)
        actors = res.actors_of(subj) if subj is not None else []
        if not actors:
            continue
        warned = [m for o in children(tok, "dobj") for m in res.actors_of(o)]
        # "warned Y not to ...", "warned Y against ...", "warned Y of consequences"
        of_harm = [p for x in [tok, *children(tok, "dobj")] for p in pobjs(x, {"of"})
                   if lemma(p) in lex.warned_of or
                   noun_action(p, lex) in {"threaten", "sanction"}]
        # a warning threatens when it forbids ("warned Y not to ...") or names what would
        # follow ("warned Y that it would face sanctions", "of consequences"); "warned
        # American citizens that the attack could disrupt utilities" and "cautioned Kenyans
        # against sharing their data" advise
        told = children(tok, "xcomp", "ccomp") + [c for p in children(tok, "prep") if p.lower_ == "against"
                                                  for c in children(p, "pcomp", "pobj")]
        forbids = any(children(x, "neg") for x in children(tok, "xcomp"))
        follows = any(lemma(t) in lex.warned_of or verb_action(t, lex) in {"sanction", "sue", "cut_ties", "threaten"}
                      or noun_action(t, lex) in {"sanction", "sue", "cut_ties", "threaten"}
                      for x in told for t in x.subtree)
        # (or sets a condition: "warned Russia that it would respond if the attacks continued")
        follows = follows or any(c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in children(c, "mark"))
                                 for x in told for c in x.children)
        if warned and (forbids or follows or of_harm):
            for a in actors:
                for t in warned:
                    out.append(Candidate(a, "threaten", t, tok, "warning", tok, 0.5))
            continue
        for p in pobjs(tok, {"against"}):
            if lemma(p) in lex.use_words or p.lower_ in lex.use_words:
                makers = [m for o in pobjs(p, {"of"}) + children(p, "dobj")
                          for m in np_actors(res, o, lex, products=True)]
                for a in actors:
                    for t in makers:
                        out.append(Candidate(a, "sanction", t, tok, "warning", tok, 0.5))
    return out
