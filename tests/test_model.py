"""The claim record: validation, deterministic ids, codes, claims JSONL round trip."""

from __future__ import annotations

import io
import json
from importlib import resources

import pytest

from accusegraph.errors import InputError, RecordError
from accusegraph.model import (
    ACCUSING_ACTIONS, ACTIONS, ACTIONS_FILE, ANSWERABLE_ACTIONS, RESPONSE_ACTIONS, ActorRef, Article,
    Claim, action_table, codes_for, iter_claims, make_actor_id, make_claim_id, make_source_id,
    parse_actions, read_claims, upgrade_claim, write_claims,
)


def _claim(**overrides) -> Claim:
    text = "The European Parliament accused Kaspersky Lab of spying."
    source = Article(text=text, url="https://news.example.org/ep-kaspersky").source
    actor = ActorRef.make("European Parliament", "international_org")
    target = ActorRef.make("Kaspersky Lab", "company")
    fields = dict(actor=actor, action="accuse", target=target, allegation="spying",
                  quote=text, span=(0, len(text)), source=source, extractor="manual")
    fields.update(overrides)
    fields.setdefault("id", make_claim_id(fields["source"].id, fields["actor"].id, fields["action"],
                                          fields["target"].id if fields["target"] else None, fields["span"]))
    return Claim(**fields)


def test_jsonl_round_trip_gives_equal_records(tmp_path):
    claims = [_claim(), _claim(action="deny", target=None, allegation=None, hedged=True,
                               quote="Kaspersky", span=(24, 33))]
    path = tmp_path / "claims.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        assert write_claims(claims, fh) == 2
    assert read_claims(path) == claims


def test_ids_are_deterministic_and_come_from_the_name_alone():
    # the kind is a guess: the same name guessed as two kinds is one actor
    assert ActorRef.make("Skyvane Robotics", "person").id == ActorRef.make("Skyvane Robotics", "organization").id
    assert make_actor_id("Kaspersky Lab") == "actor:kaspersky-lab"
    # different real actors have different canonical names
    assert make_actor_id("Eugene Kaspersky") != make_actor_id("Kaspersky Lab")
    assert make_source_id("https://Example.org/a/#top") == make_source_id("https://example.org/a")
    assert make_source_id(None, "some text") == make_source_id(None, "some text")
    assert _claim().id == _claim().id
    other = _claim(action="criticize")
    assert other.id != _claim().id


def _old_claim_line(**overrides) -> str:
    """A claims JSONL line as the version with `kind:slug` actor ids wrote it."""
    record = json.loads(_claim(**overrides).to_json())
    record["actor"]["id"] = "international_org:european-parliament"
    record["target"]["id"] = "company:kaspersky-lab"
    span = record["span"]
    record["id"] = make_claim_id(record["source"]["id"], record["actor"]["id"], record["action"],
                                 record["target"]["id"], span)
    return json.dumps(record)


def test_old_claims_jsonl_is_read_with_name_ids(tmp_path):
    accusation = json.loads(_old_claim_line())
    denial = json.loads(_old_claim_line(action="deny"))
    denial["responds_to"] = accusation["id"]
    path = tmp_path / "old.jsonl"
    path.write_text(json.dumps(accusation) + "\n" + json.dumps(denial) + "\n", encoding="utf-8")
    read = read_claims(path)
    current = [_claim(), _claim(action="deny")]
    assert [c.actor.id for c in read] == ["actor:european-parliament"] * 2
    assert [c.target.id for c in read] == ["actor:kaspersky-lab"] * 2
    # the claim ids are those this version gives the same claims, and the answer follows
    assert [c.id for c in read] == [c.id for c in current]
    assert read[1].responds_to == read[0].id
    # a current record is read as it is, and a hand-made id is kept
    assert upgrade_claim(current[0]) is current[0]
    odd = current[0].model_copy(update={"id": "clm:by-hand",
                                        "actor": current[0].actor.model_copy(update={"id": "person:x"})})
    assert upgrade_claim(odd).id == "clm:by-hand" and upgrade_claim(odd).actor.id == "actor:x"


def test_codes_refine_cameo_by_allegation():
    assert codes_for("accuse", "cyber espionage").cameo == "1125"
    assert codes_for("accuse", "war crimes in the region").cameo == "1124"
    assert codes_for("accuse", "being rude").cameo == "112"
    assert codes_for("sanction").plover == "SANCTION"
    assert _claim().codes.cameo == "1125"  # "spying"


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.update(action="praise"), "action: must be one of"),
    (lambda d: d.pop("quote"), "quote: Field required"),
    (lambda d: d.update(span=[0, 3]), "span [0, 3] covers 3 characters but quote has"),
    (lambda d: d.update(color="red"), "color: Extra inputs are not permitted"),
    (lambda d: d["actor"].update(kind="alien"), "actor.kind: must be one of"),
])
def test_bad_line_is_reported_with_file_and_line(mutate, message):
    good = json.loads(_claim().to_json())
    bad = json.loads(_claim().to_json())
    mutate(bad)
    stream = io.StringIO(json.dumps(good) + "\n\n" + json.dumps(bad) + "\n")
    with pytest.raises(RecordError) as err:
        list(iter_claims(stream, "claims.jsonl"))
    assert str(err.value).startswith("claims.jsonl:3: ")
    assert message in str(err.value)


def test_non_strict_reading_skips_and_collects_bad_lines():
    stream = io.StringIO(_claim().to_json() + "\n{not json\n" + "[1, 2]\n" + _claim().to_json() + "\n")
    errors: list[RecordError] = []
    claims = list(iter_claims(stream, "f.jsonl", strict=False, errors=errors))
    assert len(claims) == 2
    assert [str(e).split(": ")[0] for e in errors] == ["f.jsonl:2", "f.jsonl:3"]
    assert "not valid JSON" in str(errors[0])
    assert "expected a JSON object" in str(errors[1])


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_claims(tmp_path / "nope.jsonl")


def test_action_families_load_from_actions_yaml():
    assert ACCUSING_ACTIONS == ("accuse", "criticize", "sue", "investigate")
    assert RESPONSE_ACTIONS == ("deny", "dispute", "defend", "threaten")
    assert ANSWERABLE_ACTIONS == ("accuse", "criticize", "sanction", "sue", "investigate", "threaten")
    table = action_table()
    assert [a for a in ACTIONS if table[a].accusing] == list(ACCUSING_ACTIONS)
    assert table["cut_ties"].answerable is None and not table["cut_ties"].response


def _actions_text() -> str:
    return resources.files("accusegraph").joinpath("data/actions.yaml").read_text("utf-8")


def _line_of(text: str, needle: str, after: str) -> int:
    start = text.index(after)
    return text[:text.index(needle, start)].count("\n") + 1


@pytest.mark.parametrize("old, new, after, message", [
    ("  accusing: true\n", "  accusing: maybe\n", "accuse:", "`accuse.accusing` must be true or false, got 'maybe'"),
    ("  response: true\n", "", "deny:", "`deny` has no `response`"),
    ("  answerable: 2\n", "  answerble: 2\n", "criticize:", "unknown key `criticize.answerble` (did you mean `answerable`?)"),
    ("  answerable: 2\n", "  answerable: 1\n", "criticize:", "`criticize.answerable`: rank 1 is already `accuse`'s"),
    ("  answerable: 3\n", "  answerable: first\n", "sanction:", "`sanction.answerable` must be a rank (1, 2, ...) or null"),
])
def test_malformed_action_family_is_an_error_naming_file_line_and_action(old, new, after, message):
    text = _actions_text()
    at = text.index(old, text.index(after))
    line = _line_of(text, old, after) if new else text[:text.index(after)].count("\n") + 1
    with pytest.raises(InputError) as err:
        parse_actions(text[:at] + new + text[at + len(old):], ACTIONS_FILE)
    assert str(err.value).startswith(f"accusegraph/data/actions.yaml:{line}: ")
    assert message in str(err.value)
