"""Adversarial claims JSONL through the real `load` and `export --from` (issue 16).

What is guaranteed here: a line that cannot be stored (a lone surrogate, a value
too big for a Neo4j index, a non-boolean flag) is one bad line, `FILE:LINE: why`,
skipped and counted while the rest loads; an impossible date is dropped with a
warning and its claim kept; and per-source replace never deletes a stored claim
because the input could not be read whole (a rejected line of that source) or
because the input is a file cut in the middle of a source.
"""

from __future__ import annotations

import json

import pytest

from factories import make_claim, make_source, make_story
from test_bad_input import assert_no_traceback
from test_cli import db_env, run

from accusegraph.graph import stream
from accusegraph.graph.load import load_claims
from accusegraph import model
from accusegraph.model import parse_claim_line
from accusegraph.errors import RecordError

pytestmark = pytest.mark.neo4j


def _claims(n_sources: int = 2, url: str = "https://news.example/hard/{}"):
    claims = []
    for i in range(n_sources):
        claims += make_story(url.format(i), "Alpha News", "2024-05-01",
                             ("Alpha Corp", "accuse", "Beta Ltd"), ("Beta Ltd", "deny", "Alpha Corp"),
                             ("Gamma AG", "criticize", "Beta Ltd"))
    return claims


def _write(path, lines: list[str], prefix: bytes = b""):
    path.write_bytes(prefix + ("\n".join(lines) + "\n").encode("utf-8"))
    return path


def _warnings(result) -> list[str]:
    return [ln.split(": warning: ", 1)[1] for ln in result.stderr.splitlines() if ": warning: " in ln]


def _ids(driver) -> set[str]:
    return {r["id"] for r in driver.execute_query("MATCH (c:Claim) RETURN c.id AS id").records}


def _load(conn, path, *args):
    result = run("load", str(path), *args, env=db_env(conn))
    assert_no_traceback(result)
    assert result.returncode == 0, result.stderr
    return result


def _summary(result) -> str:
    return result.stderr.splitlines()[-1]


# ----------------------------------------------------------------- 4: a lone surrogate

def _surrogate_file(tmp_path):
    claims = _claims(2)
    lines = [c.to_json() for c in claims]
    bad = json.loads(lines[1])
    bad["allegation"] = "spying \ud800 for someone"
    lines[1] = json.dumps(bad)  # ensure_ascii: the JSON holds the escape "\ud800"
    assert "\\ud800" in lines[1]
    return _write(tmp_path / "claims.jsonl", lines), claims


def test_a_lone_surrogate_is_one_bad_line_for_load(empty_db, neo4j_conn, tmp_path):
    path, claims = _surrogate_file(tmp_path)
    result = _load(neo4j_conn, path)
    warnings = _warnings(result)
    assert any(w.startswith(f"{path}:2: allegation: ") and "surrogate" in w for w in warnings), warnings
    assert _summary(result).endswith("1 bad line skipped")
    assert _ids(empty_db) == {c.id for c in claims} - {claims[1].id}


def test_a_lone_surrogate_is_one_bad_line_for_export_from_a_file(tmp_path):
    path, claims = _surrogate_file(tmp_path)
    out = tmp_path / "out.nt"
    result = run("export", "-f", "nt", "--from", str(path), "-o", str(out))
    assert_no_traceback(result)
    assert result.returncode == 0, result.stderr
    warnings = _warnings(result)
    assert any(w.startswith(f"{path}:2: allegation: ") and "surrogate" in w for w in warnings), warnings
    assert "1 bad line skipped" in _summary(result)
    text = out.read_text("utf-8")
    exported = {c.id for c in claims if c.id.split(":", 1)[1] in text}
    assert exported == {c.id for c in claims} - {claims[1].id}


def test_a_surrogate_pair_escape_is_good_text(tmp_path):
    claim = _claims(1)[0]
    line = json.dumps(json.loads(claim.to_json()) | {"allegation": "a \U0001F600 face"})  # "\ud83d\ude00"
    assert "\\ud83d\\ude00" in line
    assert parse_claim_line(line, "f", 1).allegation == "a \U0001F600 face"


# ----------------------------------------------------------------- 5: values too big for an index

def test_values_too_big_for_an_index_are_bad_lines_and_the_rest_loads(empty_db, neo4j_conn, tmp_path):
    claims = _claims(2)
    lines = [c.to_json() for c in claims]
    long_name = json.loads(lines[1])
    long_name["actor"]["name"] = "N" * 8_200
    long_id = json.loads(lines[2])
    long_id["actor"]["id"] = "organization:" + "x" * 40_000
    wide_name = json.loads(lines[4])
    wide_name["target"]["name"] = "\u20ac" * 3_000  # 3,000 characters, 9,000 bytes of UTF-8
    lines[1], lines[2], lines[4] = json.dumps(long_name), json.dumps(long_id), json.dumps(wide_name)
    path = _write(tmp_path / "claims.jsonl", lines)
    good = {c.id for c in claims} - {claims[1].id, claims[2].id, claims[4].id}
    for _ in range(2):  # and again: a rerun does not fail either
        result = _load(neo4j_conn, path)
        warnings = _warnings(result)
        assert [w.split(": ", 1)[0] for w in warnings if "bytes" in w] == [
            f"{path}:{n}" for n in (2, 3, 5)], warnings
        assert f"{path}:2: actor.name: " in "\n".join(warnings)
        assert f"{path}:3: actor.id: " in "\n".join(warnings)
        assert f"{path}:5: target.name: " in "\n".join(warnings)
        assert _summary(result).endswith("3 bad lines skipped")
        assert _ids(empty_db) == good


def test_the_limits_leave_room_for_long_real_names(empty_db, neo4j_conn, tmp_path):
    MAX_NAME_BYTES, MAX_ID_BYTES = model.MAX_NAME_BYTES, model.MAX_ID_BYTES
    assert MAX_NAME_BYTES * 2 < 8_000 and MAX_ID_BYTES * 2 + 100 < 8_000
    claim = _claims(1)[0]
    record = json.loads(claim.to_json())
    record["actor"]["name"] = "\u00e9" * (MAX_NAME_BYTES // 2)  # exactly the limit in bytes
    record["actor"]["id"] = "organization:" + "y" * (MAX_ID_BYTES - len("organization:"))
    path = _write(tmp_path / "claims.jsonl", [json.dumps(record)])
    result = _load(neo4j_conn, path)
    assert _warnings(result) == []
    names = [r["n"] for r in empty_db.execute_query("MATCH (a:Actor) RETURN a.name AS n").records]
    assert "\u00e9" * (MAX_NAME_BYTES // 2) in names


def test_an_actor_id_made_from_any_accepted_name_fits_the_id_limit():
    # 1,998 bytes of UTF-8 each, accepted names; "\u3389" is spelled "kcal" in ASCII: a 2,664-letter slug
    long_a, long_b = "\u3389" * 666, "\u3389" * 665 + "B"
    assert len(long_a.encode("utf-8")) <= model.MAX_NAME_BYTES
    ids = [model.make_actor_id(n) for n in (long_a, long_b, long_a)]
    assert all(len(i.encode("utf-8")) < model.MAX_ID_BYTES for i in ids)
    assert ids[0] == ids[2] and ids[0] != ids[1]
    assert model.make_actor_id("Kaspersky Lab") == "actor:kaspersky-lab"


# ----------------------------------------------------------------- 6: a BOM, and a rejected line of a source

def test_a_claims_file_starting_with_a_bom_loads_whole_and_deletes_nothing(empty_db, neo4j_conn, tmp_path):
    claims = _claims(2)
    lines = [c.to_json() for c in claims]
    _load(neo4j_conn, _write(tmp_path / "ex.jsonl", lines))
    result = _load(neo4j_conn, _write(tmp_path / "b.jsonl", lines, prefix=b"\xef\xbb\xbf"))
    assert _warnings(result) == []
    assert " 0 deleted" in _summary(result) and "bad lines" not in _summary(result)
    assert _ids(empty_db) == {c.id for c in claims}


def test_a_source_with_a_rejected_line_is_merged_not_replaced(empty_db, neo4j_conn, tmp_path):
    """Three sources; the first has an unreadable line, the middle one a bad action.

    Neither loses its stored claim; the third, read whole, is still replaced."""
    a, b, c = (_claims(1, url=f"https://news.example/taint-{x}/{{}}") for x in "abc")
    _load(neo4j_conn, _write(tmp_path / "v1.jsonl", [x.to_json() for x in a + b + c]))
    bad_action = json.dumps(json.loads(b[1].to_json()) | {"action": "praise"})
    lines = ([a[0].to_json(), '{"id": "clm:broken", "actor": {', a[2].to_json()]
             + [b[0].to_json(), bad_action, b[2].to_json()] + [c[0].to_json(), c[2].to_json()])
    result = _load(neo4j_conn, _write(tmp_path / "v2.jsonl", lines))
    warnings = _warnings(result)
    kept = [w for w in warnings if "kept" in w]
    assert any(a[0].source.id in w and f"{tmp_path / 'v2.jsonl'}:2" in w for w in kept), warnings
    assert any(b[0].source.id in w and f"{tmp_path / 'v2.jsonl'}:5" in w for w in kept), warnings
    assert not any(c[0].source.id in w for w in kept), warnings
    assert " 1 deleted" in _summary(result)  # c[1], dropped by c's new claim set
    assert _ids(empty_db) == {x.id for x in a + b + [c[0], c[2]]}


# ----------------------------------------------------------------- 7: a file cut in the middle of a source

def _thirty():
    """30 claims over 3 sources of 10, each source's claims in article order (as `extract` writes them)."""
    out = []
    for s in range(3):
        source = make_source(f"https://news.example/split-{s}", published="2024-05-0" + str(s + 1))
        out += [make_claim(f"Actor {i % 4}", "accuse", f"Target {i % 3}", source=source, start=100 * i)
                for i in range(10)]
    return out


def test_a_file_cut_in_the_middle_of_a_source_loses_no_claim(empty_db, neo4j_conn, tmp_path):
    claims = _thirty()
    lines = [c.to_json() for c in claims]
    head = _write(tmp_path / "head.jsonl", lines[:15])
    tail = _write(tmp_path / "tail.jsonl", lines[15:])
    whole = _write(tmp_path / "whole.jsonl", lines)
    middle = claims[10].source.id
    everything = {c.id for c in claims}

    _load(neo4j_conn, head)
    second = _load(neo4j_conn, tail)
    assert " 0 deleted" in _summary(second)
    assert any(middle in w and "kept" in w and str(tail) in w for w in _warnings(second)), second.stderr
    assert _ids(empty_db) == everything
    # the whole file, after its parts, finds the source as it is: nothing to do
    again = _load(neo4j_conn, whole)
    assert "3 already loaded" in _summary(again) and _warnings(again) == []

    for order in ((tail, head), (whole, head), (whole, tail)):
        empty_db.execute_query("MATCH (n) DETACH DELETE n")
        for path in order:
            result = _load(neo4j_conn, path)
            assert " 0 deleted" in _summary(result), result.stderr
        assert _ids(empty_db) == everything, order


def test_replace_forces_the_cut_source_to_the_files_claims(empty_db, neo4j_conn, tmp_path):
    claims = _thirty()
    lines = [c.to_json() for c in claims]
    _load(neo4j_conn, _write(tmp_path / "whole.jsonl", lines))
    result = _load(neo4j_conn, _write(tmp_path / "tail.jsonl", lines[15:]), "--replace")
    assert " 5 deleted" in _summary(result) and not [w for w in _warnings(result) if "kept" in w]
    assert _ids(empty_db) == {c.id for c in claims[15:]} | {c.id for c in claims[:10]}


def test_reextracted_articles_still_replace_their_claims(empty_db, neo4j_conn, tmp_path):
    """The legit case: an article extracted again comes whole, and its old claims go."""
    claims = _thirty()
    _load(neo4j_conn, _write(tmp_path / "v1.jsonl", [c.to_json() for c in claims]))
    src = claims[0].source
    # every source re-extracted: the first loses a claim in its middle and gains one
    v2 = claims[:4] + claims[5:10] + [make_claim("Actor 9", "sue", "Target 0", source=src, start=450)] + claims[10:]
    result = _load(neo4j_conn, _write(tmp_path / "v2.jsonl", [c.to_json() for c in v2]))
    assert " 1 deleted" in _summary(result) and _warnings(result) == []
    assert _ids(empty_db) == {c.id for c in v2}
    # one article alone, extracted again after a sentence was added in its middle
    src = claims[10].source
    edited = (claims[10:15] + [make_claim("Actor 8", "deny", "Target 1", source=src, start=450)]
              + [make_claim(f"Actor {i % 4}", "accuse", f"Target {i % 3}", source=src, start=100 * i + 50)
                 for i in range(5, 10)])
    result = _load(neo4j_conn, _write(tmp_path / "one.jsonl", [c.to_json() for c in edited]))
    assert " 5 deleted" in _summary(result) and _warnings(result) == []
    assert _ids(empty_db) == {c.id for c in v2[:10] + edited + claims[20:]}
    # the limit of the rule: an old claim before the first new one might be the part of
    # a cut file before the cut, so it is kept, with a warning, until --replace
    moved = [make_claim(f"Actor {i % 4}", "accuse", f"Target {i % 3}", source=src, start=100 * i + 60)
             for i in range(10)]
    result = _load(neo4j_conn, _write(tmp_path / "moved.jsonl", [c.to_json() for c in moved]))
    assert " 10 deleted" in _summary(result)
    kept = [w for w in _warnings(result) if "kept 1 stored claim" in w]
    assert len(kept) == 1 and src.id in kept[0] and "--replace" in kept[0], result.stderr
    assert claims[10].id in _ids(empty_db)
    result = _load(neo4j_conn, tmp_path / "moved.jsonl", "--replace")
    assert " 1 deleted" in _summary(result) and _warnings(result) == []
    assert _ids(empty_db) == {c.id for c in v2[:10] + moved + claims[20:]}


def test_a_cut_source_larger_than_the_look_ahead_window_loses_no_claim(empty_db, monkeypatch):
    monkeypatch.setattr(stream, "LOOKAHEAD_CLAIMS", 4)  # the last source is passed on in parts
    claims = _thirty()
    load_claims(empty_db, claims, batch_size=2)
    notes: list[str] = []
    report = load_claims(empty_db, claims[:25], batch_size=2, guard_cut=True, note=notes.append)
    assert report.deleted == 0 and any(claims[20].source.id in n for n in notes), notes
    assert _ids(empty_db) == {c.id for c in claims}


# ----------------------------------------------------------------- 14: impossible dates

def test_an_impossible_date_is_dropped_with_a_warning_and_the_claim_loads(empty_db, neo4j_conn, tmp_path):
    claims = _claims(1)
    lines = [c.to_json() for c in claims]
    record = json.loads(lines[0])
    record["source"]["published"] = "2017-13-45"
    lines = [json.dumps(record)]
    path = _write(tmp_path / "claims.jsonl", lines)
    result = _load(neo4j_conn, path)
    assert any(w.startswith(f"{path}:1: source.published: ") and "2017-13-45" in w
               for w in _warnings(result)), result.stderr
    rows = empty_db.execute_query("MATCH (c:Claim)-[:REPORTED_IN]->(s:Source) "
                                  "RETURN c.id AS id, s.published AS p, s.published_text AS t").records
    assert [(r["id"], r["p"], r["t"]) for r in rows] == [(claims[0].id, None, None)]

    out = tmp_path / "out.ttl"
    exported = run("export", "-f", "turtle", "--from", str(path), "-o", str(out))
    assert_no_traceback(exported)
    assert exported.returncode == 0 and "2017-13-45" not in out.read_text("utf-8")
    assert any(f"{path}:1: source.published" in w for w in _warnings(exported))


@pytest.mark.parametrize("value", ["2017-02-30", "2017-13-45", "2017-01-01T25:00:00", "yesterday"])
def test_model_drops_dates_that_are_no_dates(value):
    record = json.loads(_claims(1)[0].to_json())
    record["source"]["published"] = value
    notes: list[str] = []
    claim = parse_claim_line(json.dumps(record), "f.jsonl", 7, notes=notes)
    assert claim.source.published is None
    assert len(notes) == 1 and notes[0].startswith("f.jsonl:7: source.published: ") and value in notes[0]


@pytest.mark.parametrize("value", ["2017-02-28", "2024-05-02T09:30:00+02:00", "2025-03-02T08:30:00Z"])
def test_model_keeps_real_dates(value):
    record = json.loads(_claims(1)[0].to_json())
    record["source"]["published"] = value
    notes: list[str] = []
    assert parse_claim_line(json.dumps(record), "f", 1, notes=notes).source.published == value and notes == []


# ----------------------------------------------------------------- 16: strict booleans

@pytest.mark.parametrize("value", ['"yes"', '"true"', "1", "0", '"false"'])
def test_a_non_boolean_flag_is_a_bad_line(value):
    record = json.loads(_claims(1)[0].to_json())
    line = json.dumps(record).replace('"hedged": false', f'"hedged": {value}')
    with pytest.raises(RecordError, match=r"^f:3: hedged: Input should be a valid boolean"):
        parse_claim_line(line, "f", 3)


def test_hedged_yes_is_not_loaded_as_true(empty_db, neo4j_conn, tmp_path):
    claims = _claims(1)
    lines = [c.to_json() for c in claims]
    lines[1] = lines[1].replace('"hedged": false', '"hedged": "yes"')
    lines[2] = lines[2].replace('"negated": false', '"negated": 1')
    path = _write(tmp_path / "claims.jsonl", lines)
    result = _load(neo4j_conn, path)
    warnings = _warnings(result)
    assert f"{path}:2: hedged: Input should be a valid boolean" in warnings
    assert f"{path}:3: negated: Input should be a valid boolean" in warnings
    assert _ids(empty_db) == {claims[0].id}
