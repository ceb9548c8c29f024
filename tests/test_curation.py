"""Curation as data: the file's schema and the pure `curate`, applied by export and analyze."""

from __future__ import annotations

import pytest

from accusegraph.curation import Curation, curate, dump_curation, parse_curation, read_curation
from accusegraph.errors import InputError
from accusegraph.model import ActorRef, write_claims

from factories import make_story
from test_cli import one_error_line, run


def _story():
    return make_story("https://news.example/a", "Alpha News", "2025-03-03",
                      ("Ministry of Transport", "accuse", "Skyvane Robotics"),
                      ("Skyvane Robotics Ltd", "deny", "Ministry of Transport"),
                      ("Northmart", "criticize", "Skyvane Robotics"))


def _curation(claims) -> Curation:
    accuse, _deny, criticize = claims
    source = claims[0].source
    return Curation.model_validate({
        "merges": [{"canonical": "Skyvane Robotics", "names": ["Skyvane Robotics Ltd"]}],
        "kinds": {"Skyvane Robotics": "company"},
        "rejected": [{"id": criticize.id, "reason": "an aside"}],
        "corrected": [{"id": accuse.id, "action": "sanction", "hedged": True}],
        "added": [{"source": source.model_dump(), "actor": "Civil Aviation Authority", "action": "investigate",
                   "target": "Skyvane Robotics", "quote": "An inquiry was opened.", "span": [500, 522]}],
    })


# ------------------------------------------------------------------ curate (pure)

def test_curate_rejects_corrects_merges_and_adds():
    claims = _story()
    accuse, deny, criticize = claims
    out = list(curate(claims, _curation(claims)))

    assert [c.id for c in out[:2]] == [accuse.id, deny.id]  # ids kept, the rejected one gone
    assert criticize.id not in {c.id for c in out}
    fixed = out[0]
    assert (fixed.action, fixed.hedged, fixed.codes.plover) == ("sanction", True, "SANCTION")
    company = ActorRef.make("Skyvane Robotics", "company")
    assert (fixed.target.id, fixed.target.kind) == (company.id, "company")
    # the merged name's claim is the canonical actor's, under the name its article used
    assert (deny.actor.id != company.id, out[1].actor.id, out[1].actor.name) == (
        True, company.id, "Skyvane Robotics Ltd")
    added = out[2]
    assert (added.extractor, added.action, added.source, added.span) == (
        "manual", "investigate", accuse.source, (500, 522))
    assert added.target.id == company.id and len(out) == 3


def test_curate_is_idempotent_and_adds_only_to_sources_in_the_input():
    claims = _story()
    curation = _curation(claims)
    once = list(curate(claims, curation))
    assert list(curate(once, curation)) == once
    other = make_story("https://news.example/b", "Beta Times", "2025-03-04",
                       ("Northmart", "cut_ties", "Skyvane Robotics"))
    assert [c.id for c in curate(other, curation)] == [other[0].id]
    # an added claim comes right after its source's claims, whatever follows
    mixed = list(curate(claims + other, curation))
    assert [c.source.id for c in mixed] == [claims[0].source.id] * 3 + [other[0].source.id]


def test_the_file_round_trips_and_an_empty_file_is_no_curation(tmp_path):
    curation = _curation(_story())
    assert parse_curation(dump_curation(curation), "c.yaml") == curation
    assert parse_curation("", "c.yaml") == Curation()
    assert read_curation(tmp_path / "none.yaml") == Curation()


@pytest.mark.parametrize("text, message", [
    ("merges:\n  - canonical: A\n    nmes: [B]\n", "c.yaml:3: merges[0].nmes: unknown key (did you mean `names`?)"),
    ("rejected:\n  - id: clm:1\n  - reason: x\n", "c.yaml:3: rejected[1].id: is missing"),
    ("kinds:\n  Skyvane: robot\n", "c.yaml:2: kinds.Skyvane: must be one of"),
    ("corrected:\n  - id: clm:1\n    hedged: maybe\n", "c.yaml:3: corrected[0].hedged: Input should be a valid boolean"),
    ("corrected:\n  - id: clm:1\n", "c.yaml:2: corrected[0]: a correction changes at least one of"),
    ("splits:\n  - [A]\n", "c.yaml:2: splits[0]"),
    ("merges:\n  - {canonical: A, names: [B]}\nsplits:\n  - [B, A]\n",
     "splits[0]: 'B' and 'A' are merged by merges[0]"),
    ("version: 2\n", "c.yaml:1: version: must be one of 1"),
    ("colour: red\n", "c.yaml:1: colour: unknown key"),
    ("- a\n- b\n", "c.yaml: expected a mapping of sections"),
    ("merges: [\n", "c.yaml:2: not valid YAML"),
])
def test_a_malformed_file_is_one_error_naming_file_line_and_entry(text, message):
    with pytest.raises(InputError) as err:
        parse_curation(text, "c.yaml")
    assert message in str(err.value)


def test_a_bad_curation_file_stops_a_command_with_one_line(tmp_path):
    claims = tmp_path / "claims.jsonl"
    with claims.open("w", encoding="utf-8") as fh:
        write_claims(_story(), fh)
    bad = tmp_path / "curation.yaml"
    bad.write_text("rejected:\n  - id: clm:1\n    why: wrong\n", "utf-8")
    result = run("--curation", str(bad), "export", "-f", "nt", "--from", str(claims))
    assert result.returncode == 1 and result.stdout == ""
    assert "curation.yaml:3: rejected[0].why: unknown key" in one_error_line(result)
    by_env = run("analyze", "--from", str(claims), env={"ACCUSEGRAPH_CURATION": str(bad)})
    assert by_env.returncode == 1 and "rejected[0].why" in one_error_line(by_env)


def test_export_and_analyze_from_a_file_apply_the_curation(tmp_path):
    story = _story()
    claims = tmp_path / "claims.jsonl"
    with claims.open("w", encoding="utf-8") as fh:
        write_claims(story, fh)
    curation = tmp_path / "curation.yaml"
    curation.write_text(dump_curation(_curation(story)), "utf-8")
    exported = run("--curation", str(curation), "export", "-f", "graphml", "--from", str(claims))
    assert exported.returncode == 0, exported.stderr
    assert story[2].id not in exported.stdout            # rejected
    assert story[0].id in exported.stdout and "investigate" in exported.stdout  # kept, added
    assert ActorRef.make("Skyvane Robotics Ltd").id not in exported.stdout      # merged away
    analyzed = run("--curation", str(curation), "analyze", "-f", "json", "--from", str(claims))
    assert analyzed.returncode == 0, analyzed.stderr
    assert "Northmart" not in analyzed.stdout and "Skyvane Robotics Ltd" not in analyzed.stdout
