"""The `eval` scorer: name matching, one-to-one matching and the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accusegraph.errors import InputError, RecordError
from accusegraph.ingest.evaluate import (EvalReport, GoldClaim, evaluate, max_matching, names_match,
                                         normalize_name, score_article)
from accusegraph.model import ActorRef, Claim, make_claim_id


@pytest.mark.parametrize("predicted, gold", [
    ("United States", "US government"),
    ("United States", "the American government"),
    ("Russia", "the Russian state"),
    ("Russia", "Russian officials"),
    ("United Kingdom", "Britain's government"),
    ("Netherlands", "Dutch government"),
    ("Kaspersky Lab", "Kaspersky Labs"),
    ("Kaspersky Lab", "Kaspersky"),            # contained
    ("Hindenburg", "Hindenburg Research"),      # contains
    ("US Department of Commerce", "the Commerce Department"),
    ("Apple", "Apple Inc."),
])
def test_names_that_match(predicted, gold):
    assert names_match(predicted, [gold])


@pytest.mark.parametrize("predicted, gold", [
    ("Russia", "Ukraine"),
    ("European Union", "European Parliament"),
    ("Kaspersky Lab", "Eugene Kasperski"),
    ("the government", "the government"),     # nothing left to compare
])
def test_names_that_do_not_match(predicted, gold):
    assert not names_match(predicted, [gold])


def test_any_gold_alias_counts():
    assert names_match("Elaine Duke", ["US Department of Homeland Security", "Elaine Duke"])


def test_normalisation_drops_case_punctuation_articles_possessives():
    assert normalize_name("The U.S.'s Government") == normalize_name("united states")
    assert normalize_name("Canada’s") == normalize_name("canada")


def test_matching_is_one_to_one_and_maximal():
    preds = ["a", "b"]
    golds = ["x", "y"]
    ok = {("a", "x"), ("a", "y"), ("b", "x")}
    assert max_matching(preds, golds, lambda p, g: (p, g) in ok) == [(0, 1), (1, 0)]
    assert len(max_matching(["a", "a"], ["x"], lambda p, g: True)) == 1


# ---------------------------------------------------------------- scoring

TEXT = "Row\n\nBritain accused Russia of hacking.\n\nRussia denied it.\n"


def claim(actor: str, action: str, target: str | None, quote: str, *, kind="state",
          start: int | None = None, negated=False) -> Claim:
    start = TEXT.index(quote) if start is None else start
    a = ActorRef.make(actor, kind)
    t = ActorRef.make(target, kind) if target else None
    span = (start, start + len(quote))
    return Claim(id=make_claim_id("src:x", a.id, action, t.id if t else None, span), actor=a,
                 action=action, target=t, quote=quote, span=span, negated=negated,
                 source={"id": "src:x"}, extractor="test")


def gold(actor, action, target, quote, actor_aliases=(), target_aliases=()) -> GoldClaim:
    start = TEXT.index(quote)
    return GoldClaim(actor, tuple(actor_aliases), action, target, tuple(target_aliases), quote,
                     (start, start + len(quote)))


def test_scores_per_action_and_overall():
    report = EvalReport()
    golds = [gold("UK government", "accuse", "Russia", "Britain accused Russia of hacking."),
             gold("Russia", "deny", "UK government", "Russia denied it.", target_aliases=["Britain"])]
    preds = [claim("United Kingdom", "accuse", "Russia", "Britain accused Russia of hacking."),
             claim("Russia", "criticize", "United Kingdom", "Russia denied it."),
             claim("Russia", "accuse", "United Kingdom", "Russia denied it.", negated=True)]
    score_article(report, TEXT, preds, golds)
    d = report.to_dict()
    assert d["per_action"]["accuse"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1,
                                         "predicted": 1, "support": 1}
    assert d["per_action"]["deny"]["recall"] == 0.0
    assert d["per_action"]["criticize"]["precision"] == 0.0
    assert d["overall"]["tp"] == 1 and d["overall"]["predicted"] == 2   # negated left out
    assert d["ignoring_action"]["tp"] == 2
    assert d["ungrounded_quotes"] == 0


def test_ungrounded_quotes_and_negative_articles_are_counted():
    report = EvalReport()
    wrong = claim("United Kingdom", "accuse", "Russia", "Britain accused Russia of hacking.", start=0)
    score_article(report, TEXT, [wrong], [])
    assert report.ungrounded == 1
    assert report.negative_articles == 1 and report.negative_claims == 1


def test_strict_score_needs_the_same_sentence():
    report = EvalReport()
    golds = [gold("Russia", "deny", "Britain", "Russia denied it.")]
    preds = [claim("Russia", "deny", "United Kingdom", "Britain accused Russia of hacking.")]
    score_article(report, TEXT, preds, golds)
    assert report.overall.tp == 1 and report.strict.tp == 0


def test_table_lists_every_action_and_the_totals():
    table = EvalReport().format_table()
    for word in ("accuse", "threaten", "overall", "no action", "ungrounded quotes: 0"):
        assert word in table


# ---------------------------------------------------------------- a gold folder end to end

@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "annotations").mkdir()
    texts = {
        "row": "Spy row\n\nBritain accused Russia of hacking its networks.\n\nMoscow denied the accusations.\n",
        "calm": "Quiet day\n\nThe city council met on Monday and approved the budget.\n",
    }
    for name, text in texts.items():
        (tmp_path / "articles" / f"{name}.txt").write_text(text, "utf-8")
        (tmp_path / "articles" / f"{name}.meta.json").write_text(json.dumps(
            {"url": f"https://example.org/{name}", "title": text.splitlines()[0],
             "publisher": "Example", "published": "2024-01-02"}), "utf-8")
    lines = [
        {"actor": "UK government", "actor_aliases": ["Britain"], "action": "accuse",
         "target": "Russia", "target_aliases": ["Moscow"], "allegation": "hacking",
         "evidence": None, "quote": "Britain accused Russia of hacking its networks.", "hedged": False},
        {"actor": "Russia", "actor_aliases": ["Moscow"], "action": "deny",
         "target": "UK government", "target_aliases": ["Britain"], "allegation": "hacking",
         "evidence": None, "quote": "Moscow denied the accusations.", "hedged": False},
    ]
    (tmp_path / "annotations" / "row.jsonl").write_text(
        "".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    (tmp_path / "annotations" / "calm.jsonl").write_text("", "utf-8")
    return tmp_path


@pytest.fixture(scope="module")
def extractor():
    from accusegraph.ingest.extract import Extractor
    return Extractor()


def test_evaluate_a_gold_folder(gold_dir, extractor):
    report = evaluate(gold_dir, extractor)
    d = report.to_dict()
    assert d["articles"] == 2
    assert d["overall"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 2, "predicted": 2,
                            "support": 2}
    assert d["negative_articles"] == 1 and d["claims_on_negative_articles"] == 0
    assert d["ungrounded_quotes"] == 0


def test_bad_gold_line_names_file_and_line(gold_dir, extractor):
    (gold_dir / "annotations" / "row.jsonl").write_text('{"actor": "X", "action": "accuse"}\nnot json\n')
    with pytest.raises(RecordError, match=r"row\.jsonl:2"):
        evaluate(gold_dir, extractor)


def test_not_a_gold_folder(tmp_path, extractor):
    with pytest.raises(InputError, match="not a gold folder"):
        evaluate(tmp_path, extractor)
