"""The story of issue 15, end to end on the real Neo4j: three short articles (a text file, an
HTML page, an RSS feed) ingested through the command line give one node per company, state
and regulator, and the company's appeal of the fine is a response to the fine.

tests/data/story/ was written for these tests: a ministry accuses a drone maker of sending
flight logs abroad and the company denies it; a regulator fines it, the company disagrees and
will appeal, a security firm disputes the evidence; a retailer drops the product.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from accusegraph.graph.derived import check_derived_edges
from accusegraph.graph.queries import run_query

from test_cli import db_env, run

STORY = Path(__file__).parent / "data" / "story"


@pytest.fixture
def story_env(empty_db, neo4j_conn, tmp_path) -> dict:
    """The story ingested into a wiped database; the environment that reaches it."""
    env = {**db_env(neo4j_conn), "ACCUSEGRAPH_CURATION": str(tmp_path / "curation.yaml"),
           "ACCUSEGRAPH_HOME": str(tmp_path / "home")}
    result = run("ingest", str(STORY), env=env)
    assert result.returncode == 0, result.stderr
    return env


def _actors(driver) -> list[tuple[str, str]]:
    records, _, _ = driver.execute_query("MATCH (a:Actor) RETURN a.name AS name, a.kind AS kind ORDER BY name")
    return [(r["name"], r["kind"]) for r in records]


def test_the_story_gives_one_node_per_company_state_and_regulator(story_env, empty_db):
    actors = _actors(empty_db)
    names = Counter(name for name, _ in actors)
    assert [name for name, n in names.items() if n > 1] == []
    kinds = dict(actors)
    assert kinds["Canada"] == "state"  # the gazetteer's kind, whatever the articles' guesses
    assert kinds["Valdorian Ministry of Transport"] == "government"
    assert kinds["Valdorian Data Protection Authority"] == "government"
    # the parser takes the company for an organisation, a person and a state in turn: one node all the same
    records, _, _ = empty_db.execute_query(
        "MATCH (a:Actor {name: 'Skyvane'})-[r:MADE|AGAINST]-(:Claim) RETURN collect(DISTINCT r.kind) AS guesses")
    assert len(records[0]["guesses"]) >= 2, records[0]["guesses"]
    records, _, _ = empty_db.execute_query(
        "MATCH (a:Actor) WHERE a.name = 'Skyvane' "
        "RETURN COUNT { (a)-[:MADE]->() } AS made, COUNT { ()-[:AGAINST]->(a) } AS against")
    # the accusation, the fine and the retailer's ban all land on the one company, and its answers come from it
    assert records[0]["against"] >= 3 and records[0]["made"] >= 2
    assert check_derived_edges(empty_db) == []
    # the same articles again, forced: still one node each, no claim doubled
    before = empty_db.execute_query("MATCH (c:Claim) RETURN count(c) AS n").records[0]["n"]
    again = run("ingest", "--force", str(STORY), env=story_env)
    assert again.returncode == 0, again.stderr
    assert _actors(empty_db) == actors
    assert empty_db.execute_query("MATCH (c:Claim) RETURN count(c) AS n").records[0]["n"] == before


def test_the_appeal_against_the_fine_is_among_the_companys_responses(story_env, empty_db):
    result = run("query", "responses", "-p", "target=Skyvane", "--format", "json", env=story_env)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    answers = [(r["accuser"], r["response"], r["responder"], r["response_quote"]) for r in rows]
    assert ("Valdorian Ministry of Transport", "deny", "Skyvane", "Skyvane denied the accusation.") in answers
    # "Skyvane said it disagrees with the fine and will appeal." answers the fine
    assert any(a == "Valdorian Data Protection Authority" and responder == "Skyvane" and "will appeal" in quote
               for a, _, responder, quote in answers), answers
    fine = next(r for r in rows if r["accuser"] == "Valdorian Data Protection Authority")
    assert fine["accusation_id"] in {r["claim_id"] for r in json.loads(run(
        "query", "dossier", "-p", "actor=Valdorian Data Protection Authority", "--format", "json",
        env=story_env).stdout) if r["action"] == "sanction"}
    # most-accused sees the fined and dropped company once sanctions count
    columns, ranked = run_query(empty_db, "most-accused", {"family": "answerable"})
    assert ranked[0][columns.index("actor")] == "Skyvane"


def test_analyze_counts_a_family_of_actions(tmp_path):
    story_env = {"ACCUSEGRAPH_CURATION": str(tmp_path / "curation.yaml"), "ACCUSEGRAPH_HOME": str(tmp_path / "home")}
    claims = tmp_path / "story.jsonl"
    result = run("extract", str(STORY), env=story_env)  # no database: extract, then analyze --from
    assert result.returncode == 0, result.stderr
    claims.write_text(result.stdout, encoding="utf-8")

    def received(*family: str) -> dict[str, int]:
        out = run("analyze", "--from", str(claims), "--format", "json", *family, env=story_env)
        assert out.returncode == 0, out.stderr
        return {s["name"]: s["accusations_received"] for s in json.loads(out.stdout)["top_accused"]}

    # the ministry's accusations alone (its accusation and "the ministry said the company
    # had broken the national data law": two sentences, two claims)
    assert received() == {"Skyvane": 2}
    # with sanctions and investigations: the fine, the bans and Canada's investigation too
    assert received("--family", "answerable")["Skyvane"] == 6
    bad = run("analyze", "--from", str(claims), "--family", "fines", env=story_env)
    assert bad.returncode == 1 and "--family must be one of accusing, response, answerable" in bad.stderr
