"""Layouts: headline, standfirst, dateline and subheads give no claims; body
text gives its claims whatever its layout (ingest/extract.py `_body_start`,
`_claimable`). The articles are written for these tests."""

from __future__ import annotations

import pytest

from accusegraph.ingest.extract import Extractor
from accusegraph.model import Article

ACCUSE = ("state:united-kingdom", "accuse", "state:russia")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def claims_of(extractor: Extractor, text: str) -> list[tuple[str, str, str | None, str]]:
    claims = extractor.extract(Article(text=text, origin="layout.txt"))
    return [(f"{c.actor.kind}:{c.actor.id.removeprefix('actor:')}", c.action,
             f"{c.target.kind}:{c.target.id.removeprefix('actor:')}" if c.target else None, c.quote) for c in claims]


def accusations(found) -> list[str]:
    return [q for a, act, t, q in found if (a, act, t) == ACCUSE]


def test_a_body_paragraph_whose_last_sentence_lost_its_full_stop_keeps_its_claims(extractor):
    text = ("Ministry servers breached\n\n"
            "The breach was found on Monday. Britain accused Russia of hacking the ministry's email servers\n\n"
            "The ministry gave no further details.\n")
    assert accusations(claims_of(extractor, text)) == [
        "Britain accused Russia of hacking the ministry's email servers"]
    # a subhead, alone in its paragraph, still gives none
    subhead = text.replace("The ministry gave", "Britain accuses Russia of hacking\n\nThe ministry gave")
    assert len(accusations(claims_of(extractor, subhead))) == 1


def test_a_sentence_leading_into_a_quotation_keeps_its_claims(extractor):
    text = ("Ministry servers breached\n\n"
            "Britain accused Russia of hacking the ministry's email servers, in a letter that read:\n\n"
            "\u201cWe will not tolerate this.\u201d\n")
    assert len(accusations(claims_of(extractor, text))) == 1


@pytest.mark.parametrize("label", ["UPDATE:", "BREAKING:", "READ MORE:", "EDITOR'S NOTE:"])
def test_a_label_in_the_body_is_no_dateline_and_the_lead_before_it_is_kept(extractor, label):
    text = ("Ministry servers breached\n\n"
            "Britain accused Russia on Monday of hacking the ministry's email servers.\n\n"
            "The ministry gave no further details.\n\n"
            f"{label} The foreign office summoned the ambassador on Tuesday.\n")
    assert len(accusations(claims_of(extractor, text))) == 1


def test_a_dateline_later_in_the_story_does_not_turn_the_lead_into_a_standfirst(extractor):
    text = ("Ministry servers breached\n\n"
            "Britain accused Russia on Monday of hacking the ministry's email servers. "
            "Officials said the attack had lasted weeks.\n\n"
            "MOSCOW - The Kremlin said it would study the statement.\n")
    assert len(accusations(claims_of(extractor, text))) == 1
    # summary lines before a dateline opening the story are still skipped
    summary = ("Ministry servers breached\n\n"
               "Britain accuses Russia of hacking.\n\n"
               "LONDON - Britain accused Russia on Monday of hacking the ministry's email servers.\n")
    assert accusations(claims_of(extractor, summary)) == [
        "LONDON - Britain accused Russia on Monday of hacking the ministry's email servers."]


def test_an_article_without_a_headline_keeps_its_first_paragraph(extractor):
    text = ("Britain accused Russia on Monday of hacking the email servers of the foreign "
            "ministry during the spring, officials in London said after a meeting of the cabinet.\n\n"
            "The ministry gave no further details.\n")
    assert len(accusations(claims_of(extractor, text))) == 1
    # a headline line is still no claim
    titled = "Britain accuses Russia of hacking\n\n" + text
    assert len(accusations(claims_of(extractor, titled))) == 1


def test_a_headline_is_found_with_windows_line_ends(extractor):
    text = ("Britain accuses Russia of \u2018hacking\u2019\r\n\r\n"
            "Britain accused Russia on Monday of hacking the ministry's email servers.\r\n")
    assert len(accusations(claims_of(extractor, text))) == 1


def test_a_first_paragraph_leading_into_a_quotation_is_no_headline(extractor):
    text = ("Things moved fast. Britain accused Russia of hacking the servers. The minister wrote:\n\n"
            "\u201cWe will not tolerate this.\u201d\n")
    assert len(accusations(claims_of(extractor, text))) == 1
