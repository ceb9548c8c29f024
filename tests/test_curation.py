"""Curation as data: the file's schema, the pure `curate`, and the commands on the real Neo4j.

The end-to-end test writes its own small articles, ingests them, corrects the graph
through the commands, ingests the same articles again with --force, and checks that
nothing of the corrections was undone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accusegraph.curation import Curation, curate, dump_curation, parse_curation, read_curation
from accusegraph.errors import InputError
from accusegraph.graph.derived import check_derived_edges
from accusegraph.model import ActorRef, write_claims

from factories import make_story
from test_cli import db_env, one_error_line, run
from test_load import graph_dump


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
    assert story[1].actor.id not in exported.stdout                              # merged away
    analyzed = run("--curation", str(curation), "analyze", "-f", "json", "--from", str(claims))
    assert analyzed.returncode == 0, analyzed.stderr
    assert "Northmart" not in analyzed.stdout and "Skyvane Robotics Ltd" not in analyzed.stdout


# ------------------------------------------------------------------ the commands, on the real Neo4j

ARTICLE_1 = ("Ministry accuses drone maker\n\n"
             "The Ministry of Transport accused Skyvane Robotics of sending flight logs abroad. "
             "Skyvane denied the accusation on Monday. Northmart criticized the Ministry of Transport.\n")
ARTICLE_2 = ("Regulator fines drone maker\n\n"
             "The Civil Aviation Authority fined Skyvane Robotics Ltd for breaking data rules. "
             "Officials said the fine was the largest this year.\n")


def _articles(folder: Path) -> list[str]:
    paths = []
    for n, (text, url, publisher, day) in enumerate([
            (ARTICLE_1, "https://news.example/skyvane-1", "Alpha News", "2026-11-02"),
            (ARTICLE_2, "https://news.example/skyvane-2", "Beta Times", "2026-11-03")], 1):
        path = folder / f"story{n}.txt"
        path.write_text(text, "utf-8")
        path.with_suffix(".meta.json").write_text(json.dumps(
            {"url": url, "title": text.splitlines()[0], "publisher": publisher, "published": day}), "utf-8")
        paths.append(str(path))
    return paths


def _claims(driver) -> dict[str, tuple]:
    rows, _, _ = driver.execute_query(
        "MATCH (a:Actor)-[:MADE]->(c:Claim) OPTIONAL MATCH (c)-[:AGAINST]->(t:Actor) "
        "RETURN c.id AS id, a.name AS actor, c.action AS action, t.name AS target, c.hedged AS hedged, "
        "c.extractor AS extractor")
    return {r["id"]: (r["actor"], r["action"], r["target"], r["hedged"], r["extractor"]) for r in rows}


def test_corrections_made_by_the_commands_survive_ingest_force(empty_db, neo4j_conn, tmp_path):
    env = {**db_env(neo4j_conn), "ACCUSEGRAPH_CURATION": str(tmp_path / "curation.yaml")}
    paths = _articles(tmp_path)
    ingested = run("ingest", *paths, env=env)
    assert ingested.returncode == 0, ingested.stderr
    before = _claims(empty_db)
    by_action = {v[1]: k for k, v in before.items()}
    assert set(by_action) == {"accuse", "criticize", "sanction"}, before
    assert {v[2] for v in before.values()} >= {"Skyvane Robotics", "Skyvane Robotics Ltd"}

    suggested = run("actors", "suggest", "-f", "json", env=env)
    assert suggested.returncode == 0, suggested.stderr
    assert {(s["actor"], s["same_as"], s["why"]) for s in json.loads(suggested.stdout)} == {
        ("Skyvane Robotics", "Skyvane Robotics Ltd", "near-identical names")}

    steps = [("actors", "merge", "Skyvane Robotics", "Skyvane Robotics Ltd"),
             ("claims", "reject", by_action["criticize"], "--reason", "not part of the story"),
             ("claims", "fix", by_action["accuse"], "--hedged"),
             ("claims", "add", "--source", paths[0], "--actor", "Skyvane Robotics", "--action", "deny",
              "--target", "Ministry of Transport", "--quote", "Skyvane denied the accusation on Monday.")]
    for step in steps:
        done = run(*step, env=env)
        assert done.returncode == 0, (step, done.stderr)
        assert "graph updated" in done.stderr
    corrected = _claims(empty_db)
    assert by_action["criticize"] not in corrected
    assert corrected[by_action["accuse"]][:4] == ("Ministry of Transport", "accuse", "Skyvane Robotics", True)
    assert corrected[by_action["sanction"]][2] == "Skyvane Robotics"   # the merge
    added = [k for k, v in corrected.items() if v[4] == "manual"]
    assert len(added) == 1 and corrected[added[0]][:3] == ("Skyvane Robotics", "deny", "Ministry of Transport")
    skyvane = empty_db.execute_query("MATCH (a:Actor) WHERE a.name STARTS WITH 'Skyvane' RETURN a.kind AS kind"
                                     ).records
    assert len(skyvane) == 1   # one node; the guessed kinds differed, so the canonical one's is recorded
    assert read_curation(tmp_path / "curation.yaml").kinds == {"Skyvane Robotics": skyvane[0]["kind"]}
    assert check_derived_edges(empty_db) == []
    graph = graph_dump(empty_db)

    again = run("ingest", "--force", *paths, env=env)
    assert again.returncode == 0, again.stderr
    assert _claims(empty_db) == corrected
    assert graph_dump(empty_db) == graph     # the commands left what a load of the articles gives
    assert check_derived_edges(empty_db) == []
    export = run("export", "-f", "nt", env=env)
    assert export.returncode == 0 and by_action["criticize"] not in export.stdout and added[0] in export.stdout

    # a split undoes the merge in the file; the next ingest --force parts them in the graph
    parted = run("actors", "split", "Skyvane Robotics", "Skyvane Robotics Ltd", env=env)
    assert parted.returncode == 0 and "ingested again" in parted.stderr, parted.stderr
    assert run("ingest", "--force", *paths, env=env).returncode == 0
    assert _claims(empty_db)[by_action["sanction"]][2] == "Skyvane Robotics Ltd"


def test_bad_input_to_the_commands_is_one_line_and_writes_nothing(empty_db, neo4j_conn, tmp_path):
    curation = tmp_path / "curation.yaml"
    env = {**db_env(neo4j_conn), "ACCUSEGRAPH_CURATION": str(curation)}
    story = _story()
    claims = tmp_path / "claims.jsonl"
    with claims.open("w", encoding="utf-8") as fh:
        write_claims(story, fh)
    assert run("load", str(claims), env=env).returncode == 0
    article = tmp_path / "a.txt"
    article.write_text("Headline\n\nSomething else was said.\n", "utf-8")
    article.with_suffix(".meta.json").write_text(json.dumps({"url": story[0].source.url}), "utf-8")
    cases = [
        (("claims", "reject", "clm:nothing"), "no claim 'clm:nothing' in the store"),
        (("claims", "fix", story[0].id, "--action", "blame"), "unknown action 'blame'"),
        (("claims", "fix", story[0].id), "say what to fix"),
        (("claims", "add", "--source", str(article), "--actor", "Northmart", "--action", "deny",
          "--quote", "Northmart denied it."), "the quote is not in the text of"),
        (("actors", "merge", "Skyvane Robotics", "Nobody Inc"), "no actor named 'Nobody Inc' in the store"),
        (("actors", "kind", "Northmart", "robot"), "unknown kind 'robot'"),
    ]
    for args, message in cases:
        result = run(*args, env=env)
        assert result.returncode == 1, (args, result.stderr)
        assert message in one_error_line(result)
    assert not curation.exists()
    split = run("actors", "split", "Skyvane Robotics", "Skyvane Robotics Ltd", env=env)
    assert split.returncode == 0, split.stderr
    refused = run("actors", "merge", "Skyvane Robotics", "Skyvane Robotics Ltd", env=env)
    assert refused.returncode == 1 and "are split" in one_error_line(refused)
    assert read_curation(curation).merges == ()


def test_load_of_a_file_or_a_folder_applies_the_curation_and_a_source_left_empty_goes(empty_db, neo4j_conn,
                                                                                        tmp_path):
    story = _story()
    lone = make_story("https://news.example/b", "Beta Times", "2025-03-04",
                      ("Northmart", "cut_ties", "Skyvane Robotics"))
    parts = tmp_path / "parts"
    parts.mkdir()
    with (parts / "part-00000.jsonl").open("w", encoding="utf-8") as fh:
        write_claims(story + lone, fh)
    curation = tmp_path / "curation.yaml"
    curation.write_text(dump_curation(_curation(story)), "utf-8")
    env = {**db_env(neo4j_conn), "ACCUSEGRAPH_CURATION": str(curation)}
    loaded = run("load", str(parts), env=env)
    assert loaded.returncode == 0, loaded.stderr
    stored = _claims(empty_db)
    assert story[2].id not in stored and stored[story[0].id][1:4] == ("sanction", "Skyvane Robotics", True)
    assert sorted(v[1] for v in stored.values()) == ["cut_ties", "deny", "investigate", "sanction"]  # + added
    assert check_derived_edges(empty_db) == []
    # rejecting the one claim of a source deletes the source, as `sources delete` does
    rejected = run("claims", "reject", lone[0].id, env=env)
    assert rejected.returncode == 0 and "1 left with no claim, deleted" in rejected.stderr
    listed = run("sources", "list", "-f", "json", env=env)
    assert [s["url"] for s in json.loads(listed.stdout)] == ["https://news.example/a"]
    again = run("load", str(parts), env=env)                 # and no load brings it back
    assert again.returncode == 0 and lone[0].id not in _claims(empty_db)


def test_the_command_groups_explain_themselves():
    for group, commands in (("actors", ("merge", "split", "kind", "suggest")), ("claims", ("reject", "fix", "add"))):
        shown = run(group, "--help")
        assert shown.returncode == 0 and all(c in shown.stdout for c in commands), shown.stdout


def test_an_added_claim_taken_back_or_changed_leaves_no_copy_behind(empty_db, tmp_path):
    from accusegraph.graph import corrections
    from accusegraph.graph.load import load_claims
    from accusegraph.model import Article

    story = _story()
    load_claims(empty_db, story)
    text = "Headline\n\n" + " ".join(c.quote for c in story) + " Skyvane denied it."
    article = Article(text=text, url=story[0].source.url, title="A story", publisher="Alpha News",
                      published="2025-03-03")
    assert article.source.id == story[0].source.id
    path = tmp_path / "curation.yaml"

    def add():
        return corrections.add(empty_db, path, source=story[0].source.url, actor="Skyvane Robotics",
                               action="deny", target="Ministry of Transport", quote="Skyvane denied it.",
                               read_articles=lambda where: [article])

    def manual() -> list[tuple]:
        return [(k, v[1]) for k, v in _claims(empty_db).items() if k not in {c.id for c in story}]

    add()
    [(added_id, action)] = manual()
    assert action == "deny"
    corrections.reject(empty_db, path, added_id)                       # taken back: gone, file empty again
    assert manual() == [] and read_curation(path).added == ()
    add()
    corrections.fix(empty_db, path, added_id, action="dispute")       # a new id: the old copy goes
    [(new_id, action)] = manual()
    assert (action, new_id != added_id, len(read_curation(path).added)) == ("dispute", True, 1)
    assert check_derived_edges(empty_db) == []


def test_suggestions_give_their_evidence_and_leave_split_pairs_out(empty_db):
    from accusegraph.graph.curate import find_actor, suggest_merges
    from accusegraph.pipeline import gazetteer_names
    from accusegraph.graph.load import load_claims

    def corrections_find(driver, name):
        found, actors = find_actor(driver, name, known=gazetteer_names())
        return found, [a.id for a in actors]

    def called(name: str, canonical: str) -> ActorRef:
        return ActorRef(id=ActorRef.make(canonical).id, name=name, kind="company")

    claims = make_story("https://news.example/a", "Alpha News", "2025-03-03",
                        ("Ministry of Transport", "accuse", "Skyvane Robotics"),
                        ("Ministry of Transport", "accuse", "Skyvane Robotic"),
                        ("Ministry of Transport", "accuse", "Northmart"))
    claims[2] = claims[2].model_copy(update={"target": called("Skyvane", "Skyvane Drones")})
    claims.append(make_story("https://news.example/b", None, None,
                             ("Ministry of Transport", "accuse", "Skyvane Robotics"))[0].model_copy(
        update={"target": called("Skyvane", "Skyvane Robotics")}))
    nsa = called("NSA", "National Security Agency")
    claims.append(claims[0].model_copy(update={"id": "clm:nsa", "target": nsa}))
    load_claims(empty_db, claims)
    found = {(s.a, s.b, s.why): s.evidence for s in suggest_merges(empty_db, Curation())}
    assert set(found) == {("Skyvane Robotics", "Skyvane Robotic", "near-identical names"),
                          ("Skyvane Robotics", "Skyvane", "shared alias")}
    assert "both are called 'skyvane'" in found[("Skyvane Robotics", "Skyvane", "shared alias")]
    # the commands find an actor by a name the gazetteer knows for it, and refuse a name two actors go by
    assert corrections_find(empty_db, "NSA") == ("National Security Agency", [nsa.id])
    with pytest.raises(InputError, match="'Skyvane' is a name of 2 actors"):
        find_actor(empty_db, "Skyvane")
    split = Curation.model_validate({"splits": [["Skyvane Robotic", "Skyvane Robotics"]]})
    assert [(s.a, s.b) for s in suggest_merges(empty_db, split)] == [("Skyvane Robotics", "Skyvane")]
