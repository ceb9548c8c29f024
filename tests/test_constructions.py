"""The construction suite (tests/data/constructions): its schema, its size, its
scorer, and the real extractor's figures on it. Needs no database."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import pytest

from accusegraph.errors import InputError
from accusegraph.ingest.evaluate import (CONSTRUCTIONS, SuiteReport, default_suite_dir,
                                         evaluate_constructions, load_suite, load_suite_file)
from accusegraph.model import ACTIONS
from factories import make_actor, make_claim

NEGATIVE_TAGS = {"negated", "hypothetical", "retracted", "cooperation", "unrelated", "question"}

# Measured on the shipped suite (728 entries) on 2026-12-05 00:20 UTC, with the
# tenth round's entries: overall F1 0.91 (P 0.97, R 0.86), 161 of the 163 negative
# entries (99%) without any claim; the same at 8ba6dc3, after the eleventh round's rules
# (at 91af8d7, 713 entries: 0.91 and 99%; at e2c6b8d,
# 676 entries: 0.91 and 99%; at ac7cf7b, 617 entries: 0.89 and 99%; at ab43597, 538
# entries: 0.84 and 98%; at bf4fb39, 495 entries: 0.79 and 92%; at ac12ce1, before the
# first round of rules: 0.66 and 85%). The floors are those figures minus 0.03 and minus 3
# points; raise them when the rules improve.
F1_FLOOR = 0.88
QUIET_NEGATIVES_FLOOR = 0.96


@pytest.fixture(scope="module")
def suite():
    return load_suite()


# ---------------------------------------------------------------- the shipped suite

def test_suite_is_found_from_the_repository():
    assert default_suite_dir() == Path(__file__).parent / "data" / "constructions"


def test_suite_size(suite):
    assert len(suite) >= 400
    per_action = Counter(a for e in suite for a in {c.action for c in e.claims})
    assert set(per_action) == set(ACTIONS)
    assert min(per_action.values()) >= 30, per_action
    assert sum(e.negative for e in suite) >= 60


def test_every_construction_tag_is_used(suite):
    assert {e.construction for e in suite} == set(CONSTRUCTIONS)


def test_negative_tags_have_no_claims_and_positive_tags_mostly_do(suite):
    for e in suite:
        if e.construction in NEGATIVE_TAGS:
            assert e.negative, e.where
    positive = [e for e in suite if e.construction not in NEGATIVE_TAGS]
    # only passives without an agent may be negative among them
    assert all(e.construction == "passive_no_agent" for e in positive if e.negative)


def test_texts_are_distinct(suite):
    counts = Counter(e.text for e in suite)
    assert [t for t, n in counts.items() if n > 1] == []


# ---------------------------------------------------------------- schema

def write(tmp_path: Path, body: str, name: str = "s.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, "utf-8")
    return path


GOOD = """\
- text: "Norway accused Russia of jamming GPS signals."
  construction: active
  claims:
    - {actor: Norway, action: accuse, target: Russia}
"""


def test_a_good_file_loads(tmp_path):
    [entry] = load_suite_file(write(tmp_path, GOOD))
    assert entry.where == "s.yaml:1"
    assert (entry.construction, entry.negative) == ("active", False)
    [claim] = entry.claims
    assert (claim.actor, claim.action, claim.target) == ("Norway", "accuse", "Russia")
    assert claim.span == (0, len(entry.text))


@pytest.mark.parametrize("body, message", [
    (GOOD + "  source: wire\n", r"s\.yaml:1: entry 1 \('Norway accused.*unknown key 'source'"),
    (GOOD + "  claims: []\n", r"s\.yaml:1: entry 1: key 'claims' given twice"),
    (GOOD.replace("target: Russia}", "target: Russia, target: Ukraine}"), r"key 'target' given twice"),
    (GOOD.replace("action: accuse", "action: blame"), r"s\.yaml:1: entry 1 .*unknown action 'blame'"),
    (GOOD.replace("construction: active", "construction: activ"), r"s\.yaml:1: entry 1 .*unknown construction 'activ'"),
    (GOOD.replace('- text: "Norway accused Russia of jamming GPS signals."\n  ', "- "), r"s\.yaml:1: entry 1: missing `text`"),
    (GOOD.replace("target: Russia}", "target: Russia, source: x}"), r"unknown claim key 'source'"),
    (GOOD.replace(", target: Russia", ""), r"needs a `target` \(null when it has none\)"),
    (GOOD.replace("{actor: Norway, ", "{"), r"needs an `actor`"),
    (GOOD.replace("signals.", "signals"), r"ending with final punctuation"),
    (GOOD.replace("claims:\n    - {actor: Norway, action: accuse, target: Russia}", "claims: none"),
     r"`claims` must be a list"),
    ("- just a string\n", r"entry 1: must be a mapping"),
    ("text: not a list\n", r"s\.yaml: must be a list of entries"),
])
def test_schema_errors_name_file_and_entry(tmp_path, body, message):
    with pytest.raises(InputError, match=message):
        load_suite_file(write(tmp_path, body))


def test_a_later_entry_is_named_by_its_line(tmp_path):
    body = GOOD + GOOD.replace("construction: active", "construction: passive")
    with pytest.raises(InputError, match=r"s\.yaml:5: entry 2 .*unknown construction 'passive'"):
        load_suite_file(write(tmp_path, body))


def test_malformed_yaml_names_file_and_line(tmp_path):
    body = GOOD + '- text: "unclosed\n  construction: [active\n'
    with pytest.raises(InputError, match=r"s\.yaml:\d+: not valid YAML"):
        load_suite_file(write(tmp_path, body))


def test_missing_or_empty_suite_folder(tmp_path):
    with pytest.raises(InputError, match="construction suite not found"):
        load_suite(tmp_path / "nowhere")
    with pytest.raises(InputError, match="no .yaml files"):
        load_suite(tmp_path)


# ---------------------------------------------------------------- scoring

def test_scoring_pairs_predictions_with_expected_claims(tmp_path):
    path = write(tmp_path, """\
- text: "Britain and France expelled Russian diplomats."
  construction: coordination
  claims:
    - {actor: Britain, action: sanction, target: Russia}
    - {actor: France, action: sanction, target: Russia}
- text: "China denied the allegations."
  construction: active
  claims:
    - {actor: China, action: deny, target: null}
- text: "A storm killed five people."
  construction: unrelated
  claims: []
- text: "Japan did not accuse China."
  construction: negated
  claims: []
""")
    coord, deny, storm, negated = load_suite_file(path)

    def pred(entry, actor, action, target, kind="state"):
        return make_claim(make_actor(actor, kind), action,
                          make_actor(target, kind) if target else None, quote=entry.text)

    report = SuiteReport()
    # the gazetteer name matches "Britain"; France is missed; a spurious accusation
    report.add(coord, [pred(coord, "United Kingdom", "sanction", "Russia"),
                       pred(coord, "United Kingdom", "accuse", "Russia")])
    # a named target does not match a null one
    report.add(deny, [pred(deny, "China", "deny", "United States")])
    report.add(storm, [])
    report.add(negated, [pred(negated, "Japan", "accuse", "China")])

    d = report.to_dict()
    assert d["overall"]["tp"] == 1 and d["overall"]["predicted"] == 4 and d["overall"]["support"] == 3
    assert d["per_action"]["sanction"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "tp": 1,
                                           "predicted": 1, "support": 2}
    assert d["per_action"]["deny"]["tp"] == 0 and d["per_action"]["accuse"]["predicted"] == 2
    assert d["per_construction"]["coordination"] == {
        "entries": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 1, "predicted": 2, "support": 2}
    assert d["per_construction"]["unrelated"]["predicted"] == 0
    assert d["negatives"] == {"entries": 2, "with_no_claim": 1, "rate": 0.5}

    assert [f.entry.where for f in report.failures] == ["s.yaml:1", "s.yaml:6", "s.yaml:13"]
    first = report.failures[0]
    assert first.missed == ["France -sanction-> Russia"]
    assert first.spurious == ["United Kingdom -accuse-> Russia"]
    assert report.failures[1].missed == ["China -deny-> (none)"]
    text = report.format_failures()
    assert "== coordination (1 of 1 entries)" in text and "expected: (nothing)" in text
    table = report.format_table()
    assert "coordination" in table and "negatives with no claim: 1 of 2 (50%)" in table


# ---------------------------------------------------------------- the real extractor

@pytest.fixture(scope="module")
def extractor():
    from accusegraph.ingest.extract import Extractor
    return Extractor()


@pytest.fixture(scope="module")
def measured(extractor):
    started = time.monotonic()
    report = evaluate_constructions(extractor=extractor)
    return report, time.monotonic() - started


def test_extractor_on_the_suite(measured):
    report, seconds = measured
    assert seconds < 60
    assert report.total.ungrounded == 0
    assert report.total.overall.f1 >= F1_FLOOR, report.format_table()
    assert report.quiet_rate >= QUIET_NEGATIVES_FLOOR, report.format_table()


def test_an_entry_is_read_as_body_text_not_as_a_headline(tmp_path, extractor):
    [entry] = load_suite_file(write(tmp_path, GOOD))
    claims = extractor.extract(entry.article())
    assert [(c.actor.name, c.action, c.target.name) for c in claims] == [("Norway", "accuse", "Russia")]
    assert claims[0].quote == entry.text


def test_cli_scores_a_suite_folder(tmp_path, capsys):
    from accusegraph.cli import main

    write(tmp_path, GOOD + '- text: "Japan beat Brazil 2-1 in Tokyo."\n  construction: unrelated\n  claims: []\n')
    assert main(["eval", "--constructions", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "construction" in out and "active" in out and "negatives with no claim" in out
    assert main(["eval", "--constructions", str(tmp_path), "--json", "--failures"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["articles"] == 2 and set(d["per_construction"]) == {"active", "unrelated"}
    assert isinstance(d["failures"], list)


def test_cli_names_a_missing_suite(tmp_path, capsys):
    from accusegraph.cli import main

    assert main(["eval", "--constructions", str(tmp_path / "gone")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "construction suite not found" in err
