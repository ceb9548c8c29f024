"""Dependency-tree helpers shared by the rules, and the candidate claim they build.

The rules never look at strings of the sentence, only at lemmas and
dependency relations, so the same pattern covers "X banned Y", "Y was banned
by X" and "X, which ..., has banned Y".
"""

from __future__ import annotations

from dataclasses import dataclass

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from .resolve import Actor, ArticleResolver, Mention
from .rules_names import PARTY_DEPS, amount_owner, party_label
from .rules_vocab import Lexicon, lexicon, word_forms

CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "csubj", "acl"}
SUBJ = {"nsubj", "nsubjpass", "csubj"}


@dataclass
class Candidate:
    actor: Mention
    action: str
    target: Mention | None
    trigger: Token
    rule: str
    scope: Token                      # root of the phrase/clause the claim is about
    confidence: float = 0.6
    hedge_scope: tuple[Token, ...] = ()
    context: bool = False             # target to be found from the claims before it
    answers: str | None = None        # the action of the claim answered, when the text says
    standalone: bool = False          # a response that is a claim even when it answers no one named


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def matches_entry(tok: Token, entry: tuple[str, ...], lex: Lexicon) -> bool:
    """`entry[0]` is the token's lemma; the other lemmas are among its dependents."""
    if entry[0] not in word_forms(tok):
        return False
    if len(entry) == 1:
        return True
    near = set()
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        near.add(lemma(tok.head))   # "the case brought by X": the noun is the participle's object
    for child in tok.children:
        if (child.dep_ in CLAUSE_DEPS and child.pos_ != "ADJ") or (
                child.dep_ in SUBJ and child.dep_ != "nsubjpass") or child.dep_ == "conj":
            continue   # (a passive subject is the object: "the case was brought by X";
            #            a coordinated verb has words of its own: "hit ... and put out")
        near.add(lemma(child))
        near.add(child.lower_)
        for grand in child.children:
            if grand.dep_ == "acl" and child.dep_ == "dobj" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in grand.children):
                # the infinitive of the object ("reserved the right to take measures")
                near.add(lemma(grand))
                near.update(lemma(o) for o in grand.children if o.dep_ == "dobj")
            if grand.dep_ == "prt" and child.dep_ == "xcomp":
                continue   # (a particle is its own verb's: "ordered officials to carry out" is no "order out")
            if grand.dep_ not in CLAUSE_DEPS:
                near.add(lemma(grand))
                near.add(grand.lower_)
                if grand.dep_ == "compound":   # a title's own words: "Indian High Commissioner Pranay Verma"
                    near.update(lemma(g) for g in grand.children if g.dep_ in {"compound", "amod"})
                if grand.dep_ == "prep":   # "challenged the fine in court"
                    near.update(lemma(p) for p in grand.children if p.dep_ == "pobj")
                elif grand.dep_ == "pobj" and child.dep_ == "prep" and child.lower_ == "as":
                    # "designated Hezbollah as a terrorist group"
                    near.update(lemma(m) for m in grand.children if m.dep_ in {"amod", "compound"})
                elif grand.dep_ == "appos":   # "designated Hezbollah a terrorist organisation"
                    near.update(lemma(m) for m in grand.children if m.dep_ in {"amod", "compound"})
                elif lemma(grand) in lex.partitive_nouns:
                    # "hit Russia with a new round of sanctions": through the bundle
                    near.update(lemma(p) for prep in grand.children if prep.lower_ == "of"
                                for p in prep.children if p.dep_ == "pobj")
    return all(w in near for w in entry[1:])


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def priced(tok: Token, lex: Lexicon) -> bool:
    """"Charge" in its seller's sense, never an accusation nor a saying: "charged fees for
    services it never provided", "charged customers $50", "customers were charged fees"
    (not "charged two customers with fraud", "was charged over the fees")."""
    if lemma(tok) != "charge" or any(p.lower_ in {"with", "over", "under"} for p in children(tok, "prep")):
        return False
    objs = children(tok, "dobj", "dative", "nsubjpass")
    # (an amount may hang on the object or the verb: "charged households $300", parsed
    # with "$300" under "households")
    if any(lemma(o) in lex.price_nouns or o.ent_type_ == "MONEY"
           for o in objs + [c for o in objs for c in o.children] + children(tok, "npadvmod")):
        return True
    # ("charged customers for insurance they did not need": what is paid for, not an
    # offence; "was charged for murder" keeps its crime, and "charged Tom Reed for drunk
    # driving" its named defendant)
    paid_for = [p for prep in children(tok, "prep") if prep.lower_ == "for" for p in children(prep, "pobj")]
    crimes = lex.crime_nouns | lex.offence_words
    return bool(paid_for) and not any(o.pos_ == "PROPN" for o in objs) and not any(
        lemma(w) in crimes for p in paid_for for w in [p, *p.children])


def negated(tok: Token, lex: Lexicon) -> bool:
    """The token's own clause is negated, or a denying verb governs it."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in {"advmod", "det"} and c.lower_ in {"never", "no"}):
            return True
        if c.dep_ == "mark" and c.lower_ == "whether":
            return True   # "debating whether to investigate"
        if c.dep_ == "preconj" and c.lower_ == "neither":
            return True   # "neither admitted nor denied": neither one
    if tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" and c.i < tok.i for c in tok.head.children):
        return True       # (nor the other)
    if tok.dep_ == "conj" and not children(tok, "nsubj", "nsubjpass") and any(
            c.dep_ == "cc" and c.lower_ == "or" and c.i < tok.i for c in tok.head.children) and any(
            c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.head.children):
        return True       # "did not admit or deny the allegations": the "not" covers both
    first = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "pcomp" else tok
    if first.dep_ == "pcomp" and first.head.lower_ == "without":
        return True       # "settled without admitting or denying wrongdoing": neither was done
    if undone(tok, lex) or no_longer(tok):
        return True
    if tok.dep_ in {"relcl", "acl"} and tok.head.lower_ == "nothing" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True   # "had nothing to hide": no wrong to hide
    auxes = {c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass"}}
    if "have" in auxes and auxes & {"should", "ought", "would"} and tok.tag_ == "VBN":
        return True   # "should have been banned", "would have sued": what was not done
    head = tok
    for _ in range(3):
        if head.dep_ not in {"xcomp", "pcomp", "dobj", "pobj", "prep", "acl", "ccomp"}:
            break
        dep, prev = head.dep_, head
        head = head.head
        if lemma(head) in lex.negating_verbs:
            # "refused to sanction", "denied that it had accused", "stopped short of";
            # "did not hesitate to expel" asserts it
            return not any(c.dep_ == "neg" for c in head.children)
        if lemma(head) in lex.unasserting_verbs and (dep in {"xcomp", "dobj"} or (
                dep == "ccomp" and _infinitive(prev))):
            return True   # "is weighing sanctions", "analysts expect Japan to impose tariffs"
        if dep == "ccomp" or (dep == "prep" and prev.lower_ in {"but", "except"}):
            break   # "had no choice but to reject" asserts it
        infinitive = dep != "acl" or any(c.dep_ == "aux" and c.lower_ == "to" for c in prev.children)
        if head.pos_ == "NOUN" and infinitive and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return True   # "has no plans to impose", "no intention of expelling" (not "no doubt that")
        if dep == "xcomp" and any(c.dep_ == "neg" for c in head.children):
            return True   # "does not plan to impose"
        if dep == "prep" and prev.lower_ == "by" and any(c.dep_ == "neg" for c in head.children):
            # ("would not respond in kind by expelling Moldova's ambassador": the means of
            # what is not done)
            return True
    return False


FUTURE_AUX = {"will", "would", "'ll", "shall", "wo"}


def future(verb: Token) -> bool:
    """"would respond", "will pay", "is going to", or an infinitive under such a verb."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return True
    if verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children):
        return True   # ("I am not going to subject my party to that": the "going" itself)
    return verb.dep_ == "xcomp" and (verb.head.lower_ == "going" or future(verb.head))


def conditions(verb: Token) -> list[Token]:
    """The "if/unless" clauses of `verb` (or of the verb it is the infinitive of, or that
    the parser hung on its complement: "would order the platform blocked if X did not ..."
    hangs the condition on "blocked"), and those told by inversion ("should X press ahead")."""
    out = []
    lower = [c for c in verb.children if c.dep_ in {"xcomp", "oprd"}] + \
        [a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    for v in (verb, verb.head if verb.dep_ == "xcomp" else verb, *lower):
        out += [c for c in v.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)]
    # ("would impose sanctions should Turkey press ahead": a condition told by inversion,
    # hung on the verb or beside it)
    for v in (verb, verb.head):
        out += [c for c in v.children if c.dep_ in {"advcl", "ccomp", "conj"} and c.i > verb.i
                and c.left_edge.lower_ == "should" and c.left_edge.dep_ == "aux" and c not in out]
    return out


def no_longer(tok: Token) -> bool:
    """"will no longer sell", "does not fly there anymore", "not ... any longer"."""
    for c in tok.children:
        if c.lower_ == "longer" and (any(g.lower_ in {"no", "any"} for g in c.children)
                                     or (c.i > 0 and c.nbor(-1).lower_ in {"no", "any"})):
            return True
        if c.lower_ == "anymore":
            return True
    return False


def undone(tok: Token, lex: Lexicon) -> bool:
    """A trigger noun its verb undoes: "lifted its ban", "the ban was lifted",
    "withdrew the lawsuit"."""
    return tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "nsubjpass"} and lemma(tok.head) in lex.undoing_verbs


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def apposed_first(subjects: list[Token]) -> list[Token]:
    """Two subjects of one verb where the second is a name set off by a comma right after
    the first ("The official at the centre of the case, Grace Taiga, ... was charged"):
    the parser's apposition turned subject; the name comes first. A second subject
    opening with "that" ("... after being tipped off that police were planning to
    arrest them") is the verb's own, the first one a subject left without its verb."""
    if len(subjects) >= 2:
        a, b = subjects[0], subjects[1]
        if b.left_edge.lower_ == "that" and b.left_edge.i < b.i and b.head.i > b.i:
            return [b, a, *subjects[2:]]
        comma = b.left_edge.i - 1
        if b.pos_ == "PROPN" and comma > a.i and b.doc[comma].text == "," \
                and comma == max(t.i for t in a.subtree) + 1:
            return [b, a, *subjects[2:]]
    return subjects


def subject_token(verb: Token, control: bool = True) -> tuple[Token | None, bool]:
    """The token naming who does `verb`, and whether it is a passive agent ("by X").

    Climbs through xcomp/conj/advcl ("plans to ban"), "by V-ing" ("responded by
    taking"), and infinitives of nouns ("plans to wind down", back to the verb
    that governs the noun). Object control: in "led the UK to remove" the doer
    of "remove" is the object of "led".
    """
    cur = verb
    for _ in range(6):
        if is_passive(cur) and cur != verb and not is_passive(verb) and verb.dep_ == "conj":
            # an active verb coordinated with a passive one shares its subject, never
            # its agent ("the attack was carried out by hackers, and called ...
            # reckless": not the hackers)
            subj = children(cur, "nsubjpass")
            return (subj[0] if subj else None), False
        if cur.tag_ == "VBN" and not is_passive(cur) and (cur.dep_ == "acl" or (
                cur.dep_ == "advcl" and not children(cur, "mark", "nsubj"))):
            # (a participle after its noun is passive too: "the case brought by Nicaragua";
            # and one set off by commas: "Brava, fined by the regulator, said ...")
            for prep in children(cur, "agent"):
                for pobj in children(prep, "pobj"):
                    return pobj, True
        if is_passive(cur):
            for prep in children(cur, "agent"):
                for pobj in children(prep, "pobj"):
                    return pobj, True
            deep = passive_agent(cur)
            if deep is not None:
                return deep, True
            if cur == verb:
                return None, True
        # a name the tagger took for a modal ("May charged that ...")
        named_aux = [c for c in cur.children if c.dep_ == "aux" and c.ent_type_ == "PERSON"]
        if named_aux:
            return named_aux[0], False
        subj = children(cur, "nsubj")
        if subj:
            # "MOSCOW -- Russia's FSB accused ...", "THE HAGUE (Reuters) - The Netherlands
            # said ...": a dateline, or its agency, is no subject
            dashes = {"--", "-", "—", "–", ":"}
            # ("WARSAW, May 12 (Reuters) - ...": the dash may hang under the agency)
            # ("SUVA, July 13 AAP - Fiji's government has expelled ...": a capitalised place
            # opening the sentence, with the real subject after it)
            # (not a lawmaker's party label: "Rep. Mike Gallagher (R-Wis.) accused ...")
            real = [x for x in subj if not (any(c.is_punct and c.text in dashes for c in x.subtree) and (
                (x.is_upper and len(x.text) >= 4) or any(c.text == "(" for c in x.children))
                and not any(party_label(c.doc, c.i + 2) for c in x.subtree if c.i + 2 < len(c.doc)))
                and not (x.is_upper and len(x.text) >= 4 and x.i == x.sent.start and len(subj) > 1)]
            if not real:
                # ("OSLO — Norway's data protection authority on Wednesday fined ...", the
                # subject parsed in apposition to the dateline)
                real = [a for x in subj for a in x.children if a.dep_ == "appos" and a.i > x.i]
            return apposed_first(real or subj)[0], False
        head = cur.head
        if head == cur:
            break
        if cur.dep_ == "xcomp" and control:
            # "led the UK to remove": the object does it; not an amount or a time
            # ("paid $270m to settle", "spent months denying")
            objs = [o for o in children(head, "dobj") if o.ent_type_ not in {
                "MONEY", "CARDINAL", "QUANTITY", "PERCENT", "DATE", "TIME"} and o.tag_ != "CD"]
            if objs:
                return objs[0], False
        if cur.dep_ == "conj" and _infinitive(cur) and not _infinitive(head):
            break   # "to have the junta referred ... and to sanction X": not the junta's act
        if cur.dep_ == "conj" and cur.tag_ in {"VBD", "VBZ", "VBP"} and head.dep_ in {"ccomp", "conj"} and \
                children(head, "expl") and not children(head, "nsubj", "nsubjpass"):
            # "said there was no legal basis and accused UKOM of ...": a finite verb shares no
            # expletive "there"; it is coordinated with the verb of saying, parsed one level low
            cur = head.head
            continue
        if cur.dep_ in {"xcomp", "conj", "advcl"}:
            cur = head
            continue
        if cur.dep_ == "acomp" and head.lemma_ in lexicon().copular_verbs and (
                cur.lower_ in lexicon().manner_adjectives or cur.lower_ in lexicon().promising_verbs):
            # "Tehran was quick to reject it"; "the EU is ready to impose sanctions", "stands
            # ready to" (promised, not yet done: `_promising` makes it a threat)
            cur = head
            continue
        if cur.dep_ == "pcomp" and head.dep_ == "prep":
            up = head.head
            if up.pos_ in {"VERB", "AUX"} and head.lower_ in {"for", "of", "over"} and control:
                # "reproached Riyadh for imprisoning activists": the object did it;
                # "would retaliate against Norway for expelling its diplomats": so did
                # the party acted against
                objs = [o for o in children(up, "dobj") if o.pos_ in {"PROPN", "NOUN", "PRON"}]
                if not objs and head.lower_ == "for":
                    objs = [o for o in pobjs(up, {"against", "on", "at"}) if o.pos_ in {"PROPN", "NOUN"}]
                if objs:
                    return objs[0], False
            for _ in range(3):   # "went as far as accusing": up to the verb
                if up.pos_ in {"VERB", "AUX"} or up.head.i == up.i:
                    break
                up = up.head
            if up.pos_ in {"VERB", "AUX"}:
                cur = up
                continue
        if cur.dep_ in {"acl", "relcl"} and head.pos_ == "NOUN":
            # "the case brought by Nicaragua accusing Germany", "a suit by Ohio that
            # accuses X": the noun's own author does it, not the one who joins it
            for by in [a for sib in head.children if sib.dep_ == "acl" and sib != cur and sib.tag_ == "VBN"
                       for a in children(sib, "agent")] + \
                    [p for p in children(head, "prep") if p.lower_ == "by"]:
                for pobj in children(by, "pobj"):
                    return pobj, True
            owner = children(head, "poss")
            if owner and cur.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
                # "condemned China's decision to impose sanctions", "over its decision to jail
                # the former president": the one whose decision, plan or bid it is
                return owner[0], False
            gov = head
            while gov.dep_ in {"dobj", "pobj", "prep", "attr"} and gov.head != gov:
                gov = gov.head
                if gov.pos_ in {"VERB", "AUX"}:
                    break
            if gov.pos_ in {"VERB", "AUX"} and gov != cur:
                if cur.dep_ == "acl" and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"}
                                             for c in head.children) and any(
                        (gov.lemma_.lower(),) in lexicon().actions[a].verbs
                        for a in ("criticize", "deny", "dispute", "defend")):
                    # "condemned the decision to impose sanctions": a decision judged is
                    # someone else's, not the judge's
                    return None, False
                cur = gov
                continue
        break
    return None, False


def passive_agent(verb: Token) -> Token | None:
    """The "by X" of a passive verb that the parser hung lower in the clause
    ("was accused of misusing funds by Haitian officials": "by" under "funds").
    Only inside the verb's own clause, never inside a nested clause or a noun's
    own "by" phrase that names an author ("a report by X")."""
    stack = [c for c in verb.children if c.dep_ in {"prep", "dobj", "pobj", "advcl", "pcomp"}
             and c.dep_ not in CLAUSE_DEPS]
    if is_passive(verb):
        # ("was ordered to pay compensation by the High Court", "was told to leave by the
        # ministry": the "by" hung in the active infinitive the passive verb governs)
        stack += [c for x in children(verb, "xcomp") if not is_passive(x) and not children(x, "nsubj")
                  for c in x.children if c.dep_ in {"prep", "dobj", "agent"}]
    seen = 0
    while stack and seen < 40:
        tok = stack.pop()
        seen += 1
        noun = tok.head
        # (the author of what one is "hit with" is who hits: "hit with a lawsuit by X",
        # "accused in a report by X")
        handed = noun.dep_ == "pobj" and noun.head.lower_ in {"with", "in"} and noun.head.head == verb
        if tok.lower_ == "by" and tok.dep_ in {"prep", "agent"} and (
                handed or noun.lemma_.lower() not in lexicon().authored_nouns):
            objs = children(tok, "pobj")
            if objs and objs[0].pos_ in {"PROPN", "NOUN", "PRON"} and objs[0].ent_type_ not in {"DATE", "TIME"}:
                return objs[0]   # (not "by Friday", "by the end of the month")
        stack.extend(c for c in tok.children if c.dep_ in {"prep", "pobj", "pcomp", "compound", "dobj"})
    return None



def counted(verb: Token, obj: Token) -> list[Token]:
    """What an amount that is a verb's object counts: "froze $100 million in aid
    to X", "suspended tens of millions of dollars in payments" (the "in" phrase
    hangs on the amount or on the verb). Not an amount: nothing."""
    if obj.ent_type_ != "MONEY":
        return []
    return [p for t in (obj, verb) for p in pobjs(t, {"in"}) if p.pos_ == "NOUN" and p.ent_type_ != "MONEY"]


def pobjs(tok: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    out = []
    found = children(tok, "prep", "agent", "dative")
    # "flights to and from X": the object hangs on the last coordinated preposition
    found += [c for p in found for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    # complex prepositions: "out of X", "away from X" read as "from X"
    inner = [c for p in found if p.lower_ in {"out", "away"} and "from" in preps
             for c in children(p, "prep") if c.lower_ in {"of", "from"}]
    for prep in found + inner:
        if prep.lower_ in preps or lemma(prep) in preps or prep in inner:
            out.extend(children(prep, "pobj"))
            for pcomp in children(prep, "pcomp"):
                out.extend(pobjs(pcomp, preps))
    return out


def person_as_target(res: ArticleResolver, m: Mention, actors: tuple) -> Mention:
    """A person named where a claim's target stands is the target, not the institution the person
    acts for elsewhere: "sued Tesla CEO Elon Musk", "arrested Carlos Ghosn, the chairman of
    Nissan", "Halvorsen Bank fired its compliance chief, Tom Reed", "accused the president"."""
    if m.person is not None and m.person not in actors and not (
            m.via == "reference" and res.doc[m.start].lemma_.lower() not in res.lex.roles):
        # (a body named again by a description is the body: "accused the government of ...",
        # "accuses the company of fraud" after "Delta Chief Executive Ed Bastian said")
        return Mention(m.start, m.end, m.person, m.via)
    return m


def apposed_names(res: ArticleResolver, tok: Token, speaker: Mention | None = None) -> list[Mention]:
    """The actors a proper name in apposition to a common noun names: "its ally the
    Philippines", "the state oil company, Petroecuador" (the name says who, not the noun)."""
    counted = tok.tag_ in {"NNS", "NNPS"} and any(c.dep_ == "nummod" for c in tok.children)
    if tok.pos_ != "NOUN" and not counted:
        return []
    found = [m for a in children(tok, "appos") if a.pos_ == "PROPN" for m in res.actors_of(a, speaker=speaker)]
    if not found and counted and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ",":
        # "two Russians, Andrei Lugovoi and Dmitry Kovtun, poisoned ...": the people the
        # count names, parsed as conjuncts of the noun (they, not Russia, are meant)
        people = [c for c in tok.conjuncts if c.i > tok.i]
        if people and all(c.ent_type_ == "PERSON" for c in people):
            found = [m for c in people for m in res.actors_of(c, speaker=speaker)]
    return found


def _origins(goods: Token, lex: Lexicon) -> list[Token]:
    """Where a participle of origin on goods says they come from: "wine imported from
    Australia", "steel made in China" (the verbs of shipping only with "from": "wine
    imported in 2019" names no place)."""
    return [p for acl in children(goods, "acl") if acl.tag_ == "VBN" and lemma(acl) in lex.origin_verbs
            for p in pobjs(acl, {"from"} if lemma(acl) in lex.via_from_verbs else {"from", "in"})]


def np_actors(res: ArticleResolver, tok: Token, lex: Lexicon, *, products: bool = False,
              speaker: Mention | None = None, exclude: tuple = ()) -> list[Mention]:
    """Actors a noun phrase names: its head (or conjuncts), or, for things an
    actor makes ("Kaspersky software", "products provided by X"), the maker.
    An object "it" or "this" is an event, not an actor."""
    if tok.lower_ in {"it", "this", "that"}:
        return []
    named = [m for m in (person_as_target(res, m, exclude) for m in apposed_names(res, tok, speaker))
             if m.actor not in exclude]
    if named:
        return named
    if products and tok.pos_ == "PROPN" and tok.i not in res.names:
        # "banned passengers from using Samsung's Galaxy Note 7": a product the recogniser
        # did not name stands for its maker in the possessive
        makers = [m for p in children(tok, "poss") for m in res.actors_of(p, speaker=speaker, exclude=exclude)
                  if m.actor.kind in {"company", "organization"} and m.actor not in exclude]
        if makers:
            return makers
    found = [person_as_target(res, m, exclude) for m in res.actors_of(tok, speaker=speaker, exclude=exclude)]
    found = [m for m in found if m.actor not in exclude]
    if found:
        return found
    if not products:
        return []
    out: list[Mention] = []
    if tok.tag_ == "CD" or lemma(tok) in lex.quantity_words or lemma(tok) in lex.partitive_nouns:
        # "dozens of Chinese companies", "a range of imports from the United States"
        for p in pobjs(tok, {"of"}):
            found = np_actors(res, p, lex, products=products, speaker=speaker, exclude=exclude)
            if found:
                return found
    if lemma(tok) in lex.via_nouns:   # "the sale of equipment made by X"
        for p in pobjs(tok, {"of"}):
            out.extend(np_actors(res, p, lex, products=True, speaker=speaker, exclude=exclude))
        if not out and lemma(tok) in lex.via_from_nouns:
            # "imports of Lebanese fruit", "purchases of Israeli weapons": whatever the goods,
            # the state that names them supplies them; "banned imports from Halvor Foods",
            # "beef imports from four abattoirs": the supplier
            out.extend(Mention(c.i, c.i + 1, Actor(dem.name, dem.kind), "agent")
                       for p in pobjs(tok, {"of"}) for c in children(p, "amod", "compound")
                       for dem in [res.gaz.by_demonym.get(c.text)]
                       if dem is not None and dem.kind == "state" and dem.name not in [a.name for a in exclude])
            if not out:
                # (also where a participle of origin says they come from, hung on the
                # imports: "banned imports of rice grown in Myanmar")
                out.extend(m for p in pobjs(tok, {"from"}) + _origins(tok, lex)
                           for m in res.actors_of(p, speaker=speaker, exclude=exclude) if m.actor not in exclude)
        if not out and lemma(tok) in lex.via_to_nouns:
            # "tightened curbs on exports to South Korea", "banned the sale of chips to Huawei":
            # the party the goods go to
            out.extend(m for p in pobjs(tok, {"to"})
                       for m in res.actors_of(p, speaker=speaker, exclude=exclude) if m.actor not in exclude)
        if out:
            return out
    for t in [tok, *tok.conjuncts]:
        if lemma(t) in lex.commodity_nouns or lemma(t) in lex.national_nouns:
            # "Russian steel", "Iranian oil", "a British tanker", "two Chinese nationals":
            # a state's commodity, vessel or nationals stand for the state
            mods = children(t, "amod", "compound")
            for c in [*mods, *(g for m in mods for g in children(m, "npadvmod", "amod", "compound"))]:
                # ("a British-flagged tanker": the demonym hangs on "flagged")
                dem = res.gaz.by_demonym.get(c.text)
                if dem is not None and dem.kind == "state" and dem.name not in [a.name for a in exclude]:
                    out.append(Mention(c.i, c.i + 1, Actor(dem.name, dem.kind), "agent"))
            if not out and lemma(t) in lex.commodity_nouns:
                # "the seizure of Nippon Steel's assets", "froze the oligarch's holdings", "a
                # freeze on the assets of X": the owner's; "duties on barley from Australia":
                # where it comes from
                # ("duties on wine imported from Australia", "steel made in China": where the
                # participle of its origin says it comes from)
                out.extend(m for p in children(t, "poss") + pobjs(t, {"from"}) + _origins(t, lex)
                           for m in res.actors_of(p, speaker=speaker, exclude=exclude) if m.actor not in exclude)
                if not out:
                    out.extend(m for p in pobjs(t, {"of"}) for m in np_actors(res, p, lex, speaker=speaker, exclude=exclude))
            if not out and lemma(t) in lex.national_nouns:
                # "the crew of a Russian trawler", "the passengers of the Israeli ship"
                for p in pobjs(t, {"of", "aboard", "on"}):
                    out.extend(np_actors(res, p, lex, products=True, speaker=speaker, exclude=exclude))
            continue
        branded = [res.brands[c.text] for c in t.children
                   if c.dep_ in {"compound", "nmod"} and c.i < t.i and c.text in res.brands]
        if branded:
            # "banned the sale of Maggi noodles", after "Nestle ... its Maggi noodles"
            out.extend(Mention(t.i, t.i + 1, m.actor, "agent") for m in branded if m.actor not in exclude)
            continue
        if lemma(t) not in lex.product_nouns and t.pos_ not in {"PROPN"}:
            continue
        for c in t.children:
            if c.dep_ in {"compound", "poss", "nmod", "amod"} and c.i < t.i:
                out.extend(m for m in res.actors_of(c, speaker=speaker, exclude=exclude)
                           if m.actor not in exclude)
        for p in pobjs(t, {"from", "of", "by"}):
            out.extend(res.actors_of(p, speaker=speaker))
        if not out and t.tag_ in {"NNS", "NNPS"} and not children(t, "poss"):
            # "tariffs on American cars", "banned Chinese drones": goods named by their
            # country alone come from that state (a maker named with them is theirs instead;
            # "closed its Colombian operations" are its own)
            out.extend(Mention(c.i, c.i + 1, Actor(dem.name, dem.kind), "agent")
                       for c in children(t, "amod", "compound") for dem in [res.gaz.by_demonym.get(c.text)]
                       if dem is not None and dem.kind == "state" and dem.name not in [a.name for a in exclude])
        for acl in children(t, "acl"):
            for p in pobjs(acl, {"by"}):
                out.extend(res.actors_of(p, speaker=speaker))
        if not out and t.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "these", "its", "their"} for c in t.children):
            latest = res.latest({"company"}, t.i, exclude)
            if latest is not None:
                out.append(latest)
    uniq: list[Mention] = []
    for m in out:
        if m.actor not in [u.actor for u in uniq]:
            uniq.append(m)
    return uniq


def clause_tokens(root: Token, exclude: Token | None = None) -> list[Token]:
    """The tokens of a clause, without the subtree of `exclude`."""
    skip = set(exclude.subtree) if exclude is not None else set()
    return [t for t in root.subtree if t not in skip]


def has_phrase(tokens: list[Token], entry: tuple[str, ...],
               lemmas: list[tuple[str, str]] | None = None) -> Token | None:
    """The token where a lexicon entry occurs in `tokens` (all lemmas present,
    within a window of six tokens), or None. `lemmas`: the tokens' (lemma, word)
    pairs when the caller already has them."""
    if lemmas is None:
        lemmas = [(lemma(t), t.lower_) for t in tokens]
    for i, (lm, low) in enumerate(lemmas):
        if entry[0] not in (lm, low):
            continue
        if len(entry) == 1:
            return tokens[i]
        window = {w for pair in lemmas[i:i + 7] for w in pair}
        if all(w in window for w in entry[1:]):
            return tokens[i]
    return None


_SINGLES: dict[int, tuple[tuple, frozenset[str]]] = {}


def single_words(entries: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The one-word entries of a lexicon phrase list, as a set, built once per list (the
    list is kept with it, so its id is never another list's)."""
    found = _SINGLES.get(id(entries))
    if found is None or found[0] is not entries:
        found = _SINGLES[id(entries)] = (entries, frozenset(e[0] for e in entries if len(e) == 1))
    return found[1]


def find_phrases(tokens: list[Token], entries) -> list[Token]:
    """The tokens where any of the lexicon `entries` occurs (see `has_phrase`),
    one per entry found, reading the tokens once."""
    lemmas = [(lemma(t), t.lower_) for t in tokens]
    present = {w for pair in lemmas for w in pair}
    out = []
    for e in entries:
        if e[0] in present:
            t = has_phrase(tokens, e, lemmas)
            if t is not None:
                out.append(t)
    return out


def repair_inserted_speaker(sent, speech_verbs: frozenset[str]) -> None:
    """Undo a parse the small model often makes of a speaker inserted between
    commas ("Iran's charges against Sara Nouri, Reporters Without Borders said,
    were politically motivated"): the speaker taken as one more conjunct of the
    noun before it, and the sentence's subject given to the speech verb. The
    conjunct becomes the speech verb's subject and the subject goes back to the
    verb after it."""
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in speech_verbs or v.dep_ not in {"parataxis", "ccomp"}:
            continue
        main = v.head
        if main.i < v.i or main.pos_ not in {"VERB", "AUX"} or any(
                c.dep_ in SUBJ for c in main.children):
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
        if len(subj) != 1:
            continue
        # the conjunct that ends right before the speech verb, after a comma
        spk = next((t for t in subj[0].subtree if t.dep_ == "conj" and t.pos_ == "PROPN"
                    and t.right_edge.i == v.i - 1 and t.left_edge.i > 0
                    and t.doc[t.left_edge.i - 1].text == ","), None)
        if spk is None or any(c.dep_ == "cc" for c in spk.head.children if c.i < spk.i):
            continue   # "Iran, Syria and Russia said": a real coordination
        if not (subj[0].i < spk.head.i or subj[0] == spk.head or spk.head in subj[0].subtree):
            continue
        spk.head, spk.dep_ = v, "nsubj"
        subj[0].head, subj[0].dep_ = main, "nsubj"


def repair_double_subject(sent, speech_verbs: frozenset[str]) -> None:
    """Undo a parse of a speaker inserted between commas that gives the speech verb two
    subjects ("Orbis Bank, the institute said, had moved the funds": "Orbis Bank" and "the
    institute" both subjects of "said", "moved" its subjectless complement). The subject set
    off by a comma right before the verb is the speaker; the one before it goes back to the
    complement as its subject."""
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in speech_verbs:
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
        if len(subj) != 2 or subj[1].right_edge.i != v.i - 1 or subj[1].left_edge.i == 0 \
                or v.doc[subj[1].left_edge.i - 1].text != "," or subj[0].right_edge.i >= subj[1].left_edge.i:
            continue
        content = next((c for c in v.children if c.dep_ in {"ccomp", "parataxis"} and c.i > v.i
                        and c.pos_ in {"VERB", "AUX"} and not any(x.dep_ in SUBJ for x in c.children)), None)
        if content is not None:
            subj[0].head = content


def repair_appositive_speaker(sent, speech_verbs: frozenset[str]) -> None:
    """Undo the small model's reading of a speaker after the content as an
    apposition of the content's last noun ("Prince X approved an operation to
    kill journalist Y, a declassified US intelligence report said": Y taken as
    the subject of "said", the report as Y's apposition). When a speech verb's
    subject comes after content the verb governs and has an apposition ending
    right before the verb, the apposition is the speaker and the subject goes
    back to the content's last verb as its object."""
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in speech_verbs:
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
        content = [c for c in v.children if c.dep_ == "ccomp" and c.i < v.i]
        if len(subj) != 1 or not content or subj[0].pos_ != "PROPN":
            continue
        x = subj[0]
        spk = next((a for a in x.children if a.dep_ == "appos" and a.right_edge.i == v.i - 1
                    and a.left_edge.i > x.i and a.doc[a.left_edge.i - 1].text == ","), None)
        if spk is None or x.left_edge.i <= content[0].i:
            continue
        verbs = [t for t in content[0].subtree if t.pos_ == "VERB" and t.i < x.left_edge.i]
        if not verbs:
            continue
        spk.head, spk.dep_ = v, "nsubj"
        x.head, x.dep_ = verbs[-1], "dobj"


def repair_listed_appos(sent) -> None:
    """Undo the small model's reading of a list of names as an apposition
    ("Saudi Arabia, Egypt, the UAE and Bahrain cut ties": Egypt in apposition to
    Saudi Arabia, the rest its conjuncts). Two names of one kind, the second
    opening a coordination closed by "and" or "or", are a list: the second is a
    conjunct (a state and an organisation may share a list of three or more). A
    real apposition renames ("Dmitry Peskov, the Kremlin's spokesman"), so it is
    not a name of the same kind heading a list.

    A name after a colon spells out the noun right before the colon ("froze the
    funds of two Iranian individuals: Saeid Moghadam and Assadollah Asadi"), not a
    noun further back the model hung it on (the subject, "envoys").

    Nor does a name rename a subject across its verb ("The city dismissed the
    vice-mayor in charge of food safety, Zhang Fawang": the model hung the name on
    "city"): it renames the verb's last object before it."""
    for a in sent:
        if a.dep_ != "appos" or a.pos_ != "PROPN":
            continue
        verb = a.head.head
        if a.head.dep_ in {"nsubj", "nsubjpass"} and a.head.i < verb.i < a.i and verb.pos_ in {"VERB", "AUX"}:
            objs = [c for c in verb.children if c.dep_ in {"dobj", "dative", "attr", "oprd"}
                    and c.pos_ in {"NOUN", "PROPN"} and verb.i < c.i < a.i]
            if objs:
                a.head = objs[-1]
                continue
        colon = a.doc[a.left_edge.i - 1] if a.left_edge.i > 0 else None
        if colon is not None and colon.text == ":" and colon.i > 0:
            spelt = colon.doc[colon.i - 1]
            if spelt.pos_ in {"NOUN", "PROPN"} and a.head.i < spelt.i and spelt not in a.subtree:
                a.head = spelt
                continue
        x = a.head
        if x.pos_ != "PROPN" or not a.ent_type_ \
                or not _listable(a, x) or a.i < x.i or a.doc[a.left_edge.i - 1].text != ",":
            continue
        if any(c.dep_ in {"conj", "appos"} for c in a.children) and any(
                c.dep_ == "cc" for t in a.subtree for c in t.children):
            # (the list may go on as a chain of appositions: "New Zealand, Canada,
            # the United Kingdom and Ireland")
            for t in [a, *a.subtree]:
                if t.dep_ == "appos" and t.pos_ == "PROPN" and _listable(t, x):
                    t.dep_ = "conj"


# States and organisations are listed together ("the European Union, Britain, NATO and Canada").
_PARTY_ENTS = frozenset({"ORG", "GPE"})


def _listable(a, x) -> bool:
    """Two names that may stand in one list: of one kind, or a state and an organisation."""
    return a.ent_type_ == x.ent_type_ or (a.ent_type_ in _PARTY_ENTS and x.ent_type_ in _PARTY_ENTS)


def repair_labelled_gerund(sent, evaluation_verbs: frozenset[str], act_nouns: frozenset[str]) -> None:
    """Undo the small model's reading of "called the ruling absurd" as "the
    ruling-absurd" (a verb in -ing modifying the label): a gerund with the
    article of the label is the object labelled, a noun ("the ruling", "the
    sentencing", "the bombing"). The same for a noun of an act the model took
    for an adjective ("called the fine a provocation", "branded the fine
    illegal": "fine" read as the adjective). An object read as a label ("called
    Veldia's arrest of Nowak an outrage" read with two labels, or with the label in
    apposition to the object) is the object, and a party of the act hung on the verb
    ("called the fine on Nowak an outrage") is the act's."""
    def misread(t) -> bool:
        return t.tag_ == "VBG" or (t.pos_ == "ADJ" and t.lower_ in act_nouns)

    def make_noun(g) -> None:
        g.pos_, g.tag_, g.lemma_ = "NOUN", "NN", g.lower_

    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in evaluation_verbs:
            continue
        objs = [c for c in v.children if c.dep_ == "dobj"]
        for g in objs:
            for p in [c for c in v.children if c.dep_ == "prep" and c.i == g.right_edge.i + 1
                      and c.lower_ in {"on", "against", "of"} and g.lower_ in act_nouns
                      and any(o.dep_ == "oprd" and o.i > c.i for o in v.children)]:
                p.head = g   # "called the fine on Nowak an outrage": the act's own party
            if misread(g) and any(c.dep_ == "det" for c in g.children):
                make_noun(g)   # "called the ruling an injustice", "called the fine a provocation"
                continue
            # "branded the fine illegal" read as "the fine-illegal": the label is the
            # object's last word, the act noun before it the object labelled
            mods = [c for c in g.children if c.dep_ == "amod" and c.i == v.i + 2 and misread(c)]
            dets = [c for c in g.children if c.dep_ == "det" and c.i == v.i + 1]
            if mods and dets and g.i == v.i + 3 and g.lower_ not in act_nouns:
                a = mods[0]
                a.head, a.dep_ = v, "dobj"
                make_noun(a)
                dets[0].head = a
                g.dep_, g.pos_, g.tag_ = "oprd", "ADJ", "JJ"
        if objs:
            continue
        two = [c for c in v.children if c.dep_ == "oprd" and c.i > v.i]
        if len(two) == 2 and two[0].pos_ == "NOUN" and two[1].pos_ == "NOUN" and any(
                c.dep_ in {"det", "poss"} for c in two[0].children):
            # "called Veldia's arrest of Nowak an outrage" read with two labels: the first
            # is the object labelled
            two[0].dep_ = "dobj"
            continue
        for label in [c for c in v.children if c.dep_ in {"oprd", "xcomp", "ccomp"} and c.i > v.i]:
            subjects = [c for c in label.children if c.dep_ == "nsubj" and v.i < c.i < label.i]
            if subjects and label.pos_ in {"ADJ", "NOUN"}:
                # "branded the decision illegal" read as a clause, "the decision (is) illegal":
                # the label's subject is the object labelled
                subjects[0].head, subjects[0].dep_, label.dep_ = v, "dobj", "oprd"
                break
            # "called Veldia's arrest of Nowak an outrage" read with the label inside the object
            # (in apposition, a second object of "of"): a noun with "a" or "an" right after a
            # name or noun of the object is the label, hung on the verb
            named = [t for t in label.subtree if t.i > label.i + 1 and t.pos_ == "NOUN"
                     and t.dep_ in {"appos", "pobj", "npadvmod"} and any(
                         d.dep_ == "det" and d.lower_ in {"a", "an"} and d.i == t.left_edge.i for d in t.children)
                     and t.doc[t.left_edge.i - 1].pos_ in {"PROPN", "NOUN"}]
            if named and label.dep_ == "oprd" and label.pos_ == "NOUN" and any(
                    c.dep_ in {"det", "poss"} for c in label.children):
                label.dep_ = "dobj"
                named[0].head, named[0].dep_ = v, "oprd"
                break
            dets = [c for c in label.children if c.dep_ == "det" and c.i == v.i + 1]
            ger = [c for c in label.children if c.dep_ == "amod" and misread(c) and c.i == v.i + 2]
            if dets and ger:
                g = ger[0]
                g.head, g.dep_ = v, "dobj"
                make_noun(g)
                dets[0].head = g
                continue
            # "called the lawsuit meritless" read as one noun, "the lawsuit-meritless": the
            # label is its last word, the noun before it the object labelled
            nouns = [c for c in label.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower
                     and c.i == v.i + 2]
            dets += [c for n in nouns for c in n.children if c.dep_ == "det" and c.i == v.i + 1]
            if dets and nouns and label.dep_ == "oprd" and label.pos_ in {"NOUN", "ADJ"} and label.is_lower \
                    and label.i == v.i + 3:
                n = nouns[0]
                n.head, n.dep_ = v, "dobj"
                dets[0].head = n
                label.pos_, label.tag_ = "ADJ", "JJ"


def repair_reduced_relative(verbs) -> None:
    """Undo the small model's reading of "hackers linked to Iran had attacked ..." as a
    clause ("hackers linked to Iran" the subject clause of "attacked"): a participle in -ed
    heading a subject clause, with no auxiliary, right after its own noun subject, is
    that noun's modifier, and the noun the subject of the verb above."""
    for v in verbs:
        if v.dep_ != "csubj" or v.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass"} for c in v.children):
            continue
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.i == v.i - 1 and c.pos_ in {"NOUN", "PROPN"}]
        if subj:
            n = subj[0]
            n.head, n.dep_ = v.head, "nsubj"
            v.head, v.dep_ = n, "acl"


def repair_content_that(verbs) -> None:
    """Undo the small model's reading of a content clause after a noun as a relative one
    ("said in a letter that Telia had violated the law", "that" read as the object of
    "violated"): a relative "that" in a role its verb already has filled (a second object,
    a second subject) is the clause's "that", and the clause the noun's content."""
    for v in verbs:
        if v.dep_ != "relcl":
            continue
        kids = list(v.children)
        for t in kids:
            if t.lower_ != "that" or t.i > v.i or t.dep_ not in {"dobj", "nsubj", "nsubjpass"}:
                continue
            same = {"dobj"} if t.dep_ == "dobj" else {"nsubj", "nsubjpass", "csubj"}
            if any(c.dep_ in same and c.i != t.i and c.i > t.i for c in kids):
                t.dep_, v.dep_ = "mark", "acl"
            break


def repair_name_as_adverb(verbs) -> None:
    """Undo the small model's reading of a name right before a finite verb as an adverb
    of it ("FIFA banned Sepp Blatter", "FIFA" an npadvmod or an advmod): with no subject of
    its own, the verb's name of an organisation, person or place before it is its subject."""
    for v in verbs:
        if v.tag_ not in {"VBD", "VBZ", "VBP"} or any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in v.children):
            continue
        names = [c for c in v.children if c.dep_ in {"npadvmod", "advmod"} and c.i < v.i and c.pos_ == "PROPN"
                 and c.ent_type_ in {"ORG", "PERSON", "GPE", "NORP"} and c.right_edge.i == v.i - 1]
        if names:
            names[-1].dep_ = "nsubj"


SUBORDINATORS = frozenset({"after", "before", "since", "until", "once", "because", "when", "while"})


def repair_subordinate_subject(verbs) -> None:
    """Undo the small model's reading of a subordinate clause's subject as the object of
    its conjunction ("a day after a court in Surat convicted him": "court" the object of
    "after", "convicted" with no subject): a finite verb with no subject of its own,
    right after such a noun phrase, has it as its subject, and the conjunction marks it."""
    for v in verbs:
        if v.tag_ not in {"VBD", "VBZ", "VBP"} or any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}
                                                    for c in v.children):
            continue
        prev = v.doc[v.i - 1] if v.i > 0 else None
        if prev is None:
            continue
        noun = next((t for t in [prev, *prev.ancestors] if t.dep_ == "pobj" and t.right_edge.i == v.i - 1
                     and t.head.lower_ in SUBORDINATORS and t.pos_ in {"NOUN", "PROPN", "PRON"}), None)
        if noun is None or noun.head.head.i == noun.head.i:
            continue
        conj = noun.head
        if noun in list(v.ancestors) or conj not in list(v.subtree):
            continue   # (never a cycle; the conjunction already inside the verb's clause)
        noun.head, noun.dep_ = v, "nsubj"
        conj.head, conj.dep_ = v, "mark"


def repair_felt_adjective(toks, felt: frozenset[str]) -> None:
    """Undo the small model's reading of a reported feeling as an adjective heading the
    clause ("said President Obama was deeply concerned by the pardon", "concerned" an ADJ
    with "was" as its passive auxiliary): with a subject and a form of "be" of its own,
    it is the clause's verb, as "said it was concerned" reads."""
    for tok in toks:
        if tok.pos_ == "ADJ" and tok.dep_ == "ccomp" and tok.lower_ in felt and any(
                c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in tok.children) and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            tok.pos_, tok.tag_ = "VERB", "VBN"


def repair_extraposed_it(toks, control: frozenset[str]) -> None:
    """Undo the small model's reading of an extraposed "it" as a subject: in "it was unfair
    to blame Norway", "it" stands for the infinitive ("to blame Norway" was unfair), so it
    names no one who blames; it is an expletive (not after an adjective whose subject does
    the infinitive, `control_adjectives`: "it was ready to retaliate")."""
    for tok in toks:
        if tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
                c.dep_ == "acomp" and c.lower_ not in control for c in tok.head.children) and any(
                c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > tok.i and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in [*tok.head.children, *(g for a in tok.head.children if a.dep_ == "acomp" for g in a.children)]):
            # (the infinitive on "be" or on its adjective: "it was wrong to blame Norway")
            tok.dep_ = "expl"


def repair_compound_measure(verbs, compounds: frozenset[tuple[str, str]]) -> None:
    """Undo the small model's reading of "imposed asset freezes and travel bans on X" as
    a clause ("asset" the subject of the verb "freezes"): a verb in the third person
    whose subject is a bare common noun that, with it, makes a measure's or an act's
    two-word noun (`compounds`: "asset freeze", "travel ban") is that noun, the object
    of the verb above it."""
    for tok in verbs:
        if tok.tag_ != "VBZ" or tok.dep_ not in {"ccomp", "xcomp", "conj", "dobj"} or tok.head.pos_ != "VERB":
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if len(subj) != 1 or subj[0].pos_ != "NOUN" or subj[0].tag_ != "NN" or list(subj[0].children) \
                or subj[0].i != tok.i - 1:
            continue
        base = next((f for f in word_forms(tok) if (subj[0].lemma_.lower(), f) in compounds), None)
        if base is None:
            continue
        tok.pos_, tok.tag_, tok.lemma_ = "NOUN", "NNS", base
        subj[0].dep_ = "compound"
        if tok.dep_ == "ccomp" and not any(c.dep_ == "dobj" for c in tok.head.children):
            tok.dep_ = "dobj"


def repair_relative_rejection(sent, verbs: frozenset[str]) -> None:
    """Undo the small model's reading of "(a charge) that Beijing rejects" as a
    noun compound ("Beijing rejects", plural of "reject"): a relative clause is
    headed by a verb, so a plural noun heading one that is a rejecting verb in
    the third person is that verb, and the name before it its subject; so is a
    singular noun after a plural subject ("a unit that activists accuse")."""
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.dep_ == "relcl" and tok.lower_ in verbs and any(
                c.dep_ == "nsubj" and c.tag_ in {"NNS", "NNPS", "PRP"} for c in tok.children):
            # "a unit that activists accuse of torture": the plain form after a plural subject
            tok.pos_, tok.tag_ = "VERB", "VBP"
            continue
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or not (tok.dep_ == "relcl" or (
                # "a claim that Belarus disputes", parsed as the claim's content
                tok.dep_ == "acl" and any(c.dep_ == "nsubj" for c in tok.children)
                and not any(c.dep_ in {"dobj", "ccomp", "prep"} for c in tok.children))):
            continue
        base = next((f for f in word_forms(tok) if f in verbs), None)
        if base is None:
            continue
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ", base
        for c in tok.children:
            if c.dep_ == "compound" and c.pos_ == "PROPN":
                c.dep_ = "nsubj"


def repair_coordinated_report(verbs, speech_verbs: frozenset[str], reporting: frozenset[str],
                              parties: frozenset[str]) -> None:
    """Undo the small model's reading of "the ministry said the move was hostile and
    accused Prague of ..." as the content's second verb: a reporting verb (`reporting`:
    the speech, accusing and calling verbs) in the speaker's tense, with no subject
    or auxiliary of its own, coordinated with a content clause whose verb has an
    auxiliary or is a copula ("was hostile", "had lied") and whose subject is a thing,
    not a party that could do it (`parties`: "the Government was disappointed and
    rejected the findings" is the Government's), is the speaker's second act; so is
    a past tense after a content verb in the perfect, whose "had" it cannot share,
    whatever that clause's subject ("said the government had ignored warnings and
    called on the MFSA to ..."). The speaker may be a content clause or two up."""
    for v in verbs:
        if v.dep_ != "conj" or v.lemma_.lower() not in reporting or any(
                c.dep_ in SUBJ or c.dep_ in {"aux", "auxpass"} for c in v.children):
            continue
        content = v.head
        speech = content.head
        while speech.dep_ == "ccomp" and speech.lemma_.lower() not in speech_verbs and speech.head.i < speech.i:
            speech = speech.head   # ("said the arrest showed that the government had ignored ...")
        if content.dep_ != "ccomp" or speech.lemma_.lower() not in speech_verbs or speech.i > content.i \
                or v.tag_ != speech.tag_ or not (content.pos_ == "AUX" or any(
                    c.dep_ in {"aux", "auxpass"} for c in content.children)):
            continue
        # (a past tense cannot share the content's "had": "the government had ignored warnings
        # and called on the MFSA" is the speaker's call, whoever the content's subject is)
        perfect = v.tag_ == "VBD" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in content.children)
        subj = [c for c in content.children if c.dep_ in SUBJ]
        if not perfect and (not subj or subj[0].pos_ != "NOUN" or subj[0].lemma_.lower() in parties):
            continue
        v.head = speech


def repair_finite_conjunct(verbs) -> None:
    """Undo the small model's reading of "Britain ordered Iran to close its embassy and
    gave its diplomats 48 hours to leave" as coordinating "gave" with the infinitive
    "close": a finite verb with no subject of its own cannot go on an infinitive ("to
    close"); it goes on the finite verb in the same tense that governs it."""
    for v in verbs:
        inf = v.head
        if v.dep_ != "conj" or v.tag_ not in {"VBD", "VBZ", "VBP"} or inf.tag_ != "VB" \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children) \
                or any(c.dep_ in SUBJ or c.dep_ in {"aux", "auxpass"} for c in v.children):
            continue
        main = inf.head
        if inf.dep_ in {"xcomp", "advcl", "ccomp"} and main.tag_ == v.tag_ and main.i < inf.i:
            v.head = main


def repair_what_called(verbs, evaluation_verbs: frozenset[str]) -> None:
    """Undo the small model's reading of "condemned what he called a terrorist attack by the
    Houthis" ("what" the labelling verb's object, the label its complement): the label is
    what is condemned, in the labelling clause's place, and the clause describes it (its
    prepositions after the label go with the label: "by the Houthis")."""
    for c in verbs:
        if c.lemma_.lower() not in evaluation_verbs or c.dep_ not in {"ccomp", "pcomp"} or c.head.i >= c.i:
            continue
        if not any(o.dep_ == "dobj" and o.lower_ == "what" and o.i < c.i for o in c.children):
            continue
        label = next((o for o in c.children if o.dep_ == "oprd" and o.pos_ in {"NOUN", "PROPN"}), None)
        if label is None:
            continue
        moved = [p for p in c.children if p.dep_ == "prep" and p.i > label.i]
        head, dep = c.head, ("dobj" if c.dep_ == "ccomp" else "pobj")
        label.head, label.dep_ = head, dep
        c.head, c.dep_ = label, "relcl"
        for p in moved:
            p.head = label


def repair_along_with(toks) -> None:
    """"arrested Jason Rezaian along with his wife", "sanctioned Rosneft together with its
    chief executive": the small model hangs the phrase on the verb; who comes with the party
    is a conjunct of it (the verb's object, else a passive's subject, else the noun the
    phrase hangs on)."""
    for w in toks:
        if w.lower_ != "with" or w.dep_ != "prep":
            continue
        if w.head.lower_ in {"along", "together"}:
            head, at = w.head.head, w.head          # ("along" heading "with")
        elif any(c.lower_ in {"along", "together"} and c.dep_ == "advmod" for c in w.children):
            head, at = w.head, w                     # ("together" under "with")
        else:
            continue
        objs = [o for o in w.children if o.dep_ == "pobj"]
        if head.pos_ in {"NOUN", "PROPN"}:
            partner = head
        elif head.pos_ in {"VERB", "AUX"}:
            before = [c for c in head.children if c.i < at.i and c.dep_ in {"dobj", "nsubjpass"}]
            partner = max(before, key=lambda c: c.i, default=None)
        else:
            partner = None
        if partner is None:
            continue
        for o in objs:
            o.head, o.dep_ = partner, "conj"


def repair_name_pair(toks) -> None:
    """"fined Pfizer and Flynn Pharma £90 million", "warrants for Prime Minister Benjamin
    Netanyahu and Defense Minister Yoav Gallant": the small model reads one name, the first
    name hung inside the second's phrase (a modifier of its last word, or in apposition to
    a word of its title); they are two parties, the first the head, the second its
    conjunct (the first's title words go with it)."""
    doc = toks[0].doc if toks else None
    for x in toks:
        if x.dep_ not in {"nmod", "appos"} or x.pos_ != "PROPN" or not x.text[:1].isupper():
            continue
        nxt = doc[x.i + 1] if x.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ not in {"and", "or"} or nxt.head != x:
            continue
        chain, head = [], x.head
        while head.dep_ in {"compound", "nmod"} and head.i < x.i and head.head.i > head.i:
            chain.append(head)   # (the title the first name was hung on: "Prime Minister")
            head = head.head
        # ("fined [Pfizer and Flynn Pharma] 90 million pounds": the name a modifier of the amount)
        if head.pos_ != "PROPN" or head.i <= x.i + 2 or not (head.dep_ in PARTY_DEPS or amount_owner(head)) or not all(
                t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[x.i + 2:head.i + 1]):
            continue
        between = [t for t in doc[x.i + 2:head.i] if t.head == x]
        x.head, x.dep_ = head.head, head.dep_
        head.head, head.dep_ = x, "conj"
        nxt.head = x
        for t in chain:
            t.head, t.dep_ = x, "compound"
        for t in between:
            t.head, t.dep_ = head, "compound"


def repair_listed_subject(toks) -> None:
    """"Citizen TV, KTN News and NTV were switched off": the small model takes the first
    name of a listed subject for a loose dependent of the verb (npadvmod, dep), or for a second
    subject of it; it is the list's first conjunct, the subject."""
    for x in toks:
        if x.dep_ not in {"npadvmod", "dep", "nsubj", "nsubjpass"} or x.pos_ != "PROPN" or x.head.pos_ not in {"VERB", "AUX"}:
            continue
        verb = x.head
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > x.i), None)
        if subj is None or not any(c.dep_ == "cc" for c in subj.children) or not any(
                c.dep_ == "conj" for c in subj.children):
            continue
        comma = x.doc[x.i + 1] if x.i + 1 < len(x.doc) else None
        if comma is None or comma.text != "," or subj.left_edge.i != x.i + 2:
            continue
        # (the first conjunct heads the list, as the model hangs lists)
        x.dep_ = subj.dep_
        subj.head, subj.dep_ = x, "conj"


def repair_as_well_as(toks) -> None:
    """"sued him, as well as FTX and Alameda": the small model hangs the names on the last
    "as" as a preposition's objects; they are conjuncts of the party before."""
    for i in range(len(toks) - 2):
        a, well, b = toks[i], toks[i + 1], toks[i + 2]
        if a.lower_ != "as" or well.lower_ != "well" or b.lower_ != "as":
            continue
        head = b.head
        # (the names are the last "as"'s objects, or hang on the verb as its loose dependents)
        objs = [c for c in b.children if c.dep_ == "pobj"] or [
            c for c in head.children if c.i > b.i and c.dep_ in {"dep", "conj", "dobj", "npadvmod"}
            and c.pos_ in {"PROPN", "NOUN"}][:1]
        before = [c for c in head.children if c.i < a.i and c.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"}]
        partner = head if head.pos_ in {"NOUN", "PROPN"} else max(before, key=lambda c: c.i, default=None)
        if not objs or partner is None:
            continue
        b.head = partner
        b.dep_ = "cc"
        for o in objs:
            o.head = partner
            o.dep_ = "conj"


def repair_shifted_object(verbs, judging: frozenset[str], claims: frozenset[str]) -> None:
    """Undo the small model's reading of a heavy object moved after its label
    ("dismissed as 'utterly false' a blog post by X asserting that C", "rejected as
    baseless claims that C"): with no object of its own, a judging verb's "as"
    phrase holding a claim or document noun after the label has that noun as its
    object, and a participle the noun was read as the subject of is its modifier."""
    for v in verbs:
        if v.lemma_.lower() not in judging or any(c.dep_ == "dobj" for c in v.children):
            continue
        for prep in [c for c in v.children if c.dep_ == "prep" and c.lower_ == "as"]:
            # (or the subject of a participle hung on the verb itself after the label)
            loose = [t for c in v.children if c.tag_ == "VBG" and c.i > prep.i
                     for t in c.children if t.dep_ == "nsubj" and t.i > prep.i]
            found = [t for t in [*prep.subtree, *loose] if t.pos_ == "NOUN" and t.i > prep.i + 1
                     and t.lemma_.lower() in claims and t.dep_ in {"pobj", "nsubj", "dobj"}]
            if not found:
                continue
            noun = found[0]
            part = noun.head if noun.dep_ == "nsubj" and noun.head.tag_ == "VBG" else None
            noun.head, noun.dep_ = v, "dobj"
            if part is not None and part.i > noun.i:
                part.head, part.dep_ = noun, "acl"
            break


_REJECTING: dict[int, frozenset[str]] = {}
_RELATIVE: dict[int, frozenset[str]] = {}
_COMPOUNDS: dict[int, frozenset[tuple[str, str]]] = {}   # (two-word action nouns, per lexicon)
_REPORTING: dict[int, frozenset[str]] = {}
_SHIFTED: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
_CONTROL: dict[int, frozenset[str]] = {}


def repair_subject_on_auxiliary(toks) -> None:
    """Undo the small model's reading of a subject as the subject of its auxiliary when a
    phrase stands between the auxiliary and the verb ("Morales and his allies have for
    months accused Velasquez": "Morales" hung on "have"): the verb, which has no subject of
    its own, takes it."""
    for aux in toks:
        if aux.dep_ != "aux" or aux.head.pos_ != "VERB" or aux.head.i < aux.i or any(
                c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in aux.head.children):
            continue
        for subj in [c for c in aux.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < aux.i]:
            subj.head = aux.head


def repair_parse(sent, lex: Lexicon) -> None:
    """Repairs of small-model parses the rules depend on, made before any rule
    reads the sentence."""
    rejecting = _REJECTING.get(id(lex))
    if rejecting is None:
        rejecting = _REJECTING[id(lex)] = frozenset(
            e[0] for a in lex.rule_actions["rejecting"] for e in lex.actions[a].verbs if len(e) == 1)
    relative = _RELATIVE.get(id(lex))
    if relative is None:
        # (the verbs a relative clause misread as a noun may be: rejecting and accusing ones)
        relative = _RELATIVE[id(lex)] = rejecting | frozenset(
            e[0] for e in lex.actions["accuse"].verbs if len(e) == 1)
    reporting = _REPORTING.get(id(lex))
    if reporting is None:
        reporting = _REPORTING[id(lex)] = frozenset(
            e[0] for a in ("accuse", "criticize", "threaten", "deny", "dispute") for e in lex.actions[a].verbs
            if len(e) == 1) | lex.speech_verbs | lex.call_verbs
    toks = list(sent)   # (the tokens once: each repair walks them)
    verbs = [t for t in toks if t.pos_ == "VERB"]
    repair_coordinated_report(verbs, lex.speech_verbs, reporting, lex.agent_nouns | lex.roles)
    repair_finite_conjunct(verbs)
    if any(t.lower_ == "what" for t in toks):
        repair_what_called(verbs, lex.evaluation_verbs)
    repair_inserted_speaker(verbs, lex.speech_verbs)
    repair_listed_appos([t for t in toks if t.dep_ == "appos"])
    repair_name_pair(toks)
    repair_listed_subject(toks)
    if "well as" in sent.text:   # (the walk below only where the words are)
        repair_as_well_as(toks)
    if "along with" in sent.text or "together with" in sent.text:
        repair_along_with(toks)
    repair_appositive_speaker(verbs, lex.speech_verbs)
    repair_double_subject(verbs, lex.speech_verbs)
    repair_labelled_gerund(verbs, lex.evaluation_verbs, lex.act_nouns)
    repair_reduced_relative(verbs)
    repair_content_that(verbs)
    repair_name_as_adverb(verbs)
    repair_relative_rejection(toks, relative)
    compounds = _COMPOUNDS.get(id(lex))
    if compounds is None:
        compounds = _COMPOUNDS[id(lex)] = frozenset(
            (e[0], e[1]) for a in lex.actions.values() for e in a.nouns if len(e) == 2)
    repair_compound_measure(verbs, compounds)
    repair_felt_adjective(toks, lex.experiencer_words)
    if any(t.lower_ == "it" for t in toks):
        control = _CONTROL.get(id(lex))
        if control is None:   # (the union once per lexicon, not once per sentence)
            control = _CONTROL[id(lex)] = lex.control_adjectives | lex.manner_adjectives | lex.promising_verbs
        repair_extraposed_it(toks, control)
    repair_subordinate_subject(verbs)
    repair_subject_on_auxiliary(toks)
    if any(t.lower_ == "as" for t in toks):
        shifted = _SHIFTED.get(id(lex))
        if shifted is None:
            shifted = _SHIFTED[id(lex)] = (rejecting | lex.evaluation_verbs,
                                           lex.claim_nouns | lex.document_nouns | lex.report_nouns)
        repair_shifted_object(verbs, *shifted)
