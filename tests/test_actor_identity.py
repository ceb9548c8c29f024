"""One node per real actor on a real Neo4j: ids from the canonical name, kind settled by evidence,
and graphs and claims JSONL of the kind-prefixed ids moved over with no claim lost or doubled.

Uses conftest.py's `empty_db` (a wiped database).
"""

from __future__ import annotations

import json

from accusegraph.graph.load import check_derived_edges, load_claims
from accusegraph.graph.store import delete_sources
from accusegraph.model import ActorRef, Claim, make_claim_id, read_claims
from accusegraph.pipeline import known_actor_kinds

from factories import make_claim, make_source


def _actors(driver) -> dict[str, tuple[str, str]]:
    records, _, _ = driver.execute_query("MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.kind AS kind")
    return {r["id"]: (r["name"], r["kind"]) for r in records}


def _claims(driver) -> dict[str, str | None]:
    records, _, _ = driver.execute_query("MATCH (c:Claim) RETURN c.id AS id, c.responds_to AS answers")
    return {r["id"]: r["answers"] for r in records}


def _skyvane(kind: str) -> ActorRef:
    return ActorRef.make("Skyvane Robotics", kind)


MINISTRY = ActorRef.make("Ministry of Transport", "government")
REGULATOR = ActorRef.make("Civil Aviation Authority", "government")


def _story(n: int, kind: str, action: str = "accuse", actor: ActorRef = MINISTRY) -> list[Claim]:
    """An article `n` in which `actor` acts against Skyvane, guessed as `kind`."""
    return [make_claim(actor, action, _skyvane(kind), source=make_source(f"https://news.example/{n}"))]


def test_one_company_guessed_as_two_kinds_is_one_node_of_the_majority_kind(empty_db):
    load_claims(empty_db, _story(1, "person") + _story(2, "organization", "sanction", REGULATOR))
    actors = _actors(empty_db)
    assert [v for v in actors.values() if v[0] == "Skyvane Robotics"] == [("Skyvane Robotics", "organization")]
    # a third article's guess breaks the tie; the graph follows the votes as claims come and go
    load_claims(empty_db, _story(3, "person", "investigate"))
    assert _actors(empty_db)["actor:skyvane-robotics"] == ("Skyvane Robotics", "person")
    load_claims(empty_db, _story(4, "company", "investigate") + _story(5, "company", "criticize"))
    assert _actors(empty_db)["actor:skyvane-robotics"][1] == "company"
    # article 5 is deleted from the store (`sources delete`), and its vote with it
    delete_sources(empty_db, [make_source("https://news.example/5").id])
    assert _actors(empty_db)["actor:skyvane-robotics"][1] == "person"
    # article 3 extracted again says nothing about Skyvane: its claim goes, and a tie of three is left
    load_claims(empty_db, [make_claim(MINISTRY, "accuse", REGULATOR, source=make_source("https://news.example/3"))])
    assert _actors(empty_db)["actor:skyvane-robotics"][1] == "company"
    # `unknown` never beats a real kind, however many claims guess it
    load_claims(empty_db, [c for n in range(6, 10) for c in _story(n, "unknown", "criticize")])
    assert _actors(empty_db)["actor:skyvane-robotics"][1] == "company"
    assert check_derived_edges(empty_db) == []


def test_a_kind_the_alias_data_give_beats_the_guesses(empty_db, tmp_path):
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("Skyvane Robotics:\n  kind: company\n  aliases: [Skyvane]\n", encoding="utf-8")
    russia = ActorRef.make("Russia", "person")  # the gazetteer knows Russia as a state
    claims = _story(1, "person") + _story(2, "person", "criticize") + [
        make_claim(russia, "accuse", MINISTRY, source=make_source("https://news.example/3"))]
    load_claims(empty_db, claims, known_kinds=known_actor_kinds(aliases))
    actors = _actors(empty_db)
    assert actors["actor:skyvane-robotics"][1] == "company"
    assert actors["actor:russia"][1] == "state"
    # and keep beating them in later loads, which bring no alias data
    load_claims(empty_db, _story(4, "person", "investigate"))
    assert _actors(empty_db)["actor:skyvane-robotics"][1] == "company"


# ------------------------------------------------------------------ graphs and files of the old ids

def _old(claim: Claim) -> Claim:
    """The claim as the version with `kind:slug` actor ids wrote it."""
    def old_ref(ref: ActorRef | None) -> ActorRef | None:
        return ref.model_copy(update={"id": f"{ref.kind}:{ref.id.removeprefix('actor:')}"}) if ref else None

    actor, target = old_ref(claim.actor), old_ref(claim.target)
    return claim.model_copy(update={"actor": actor, "target": target, "id": make_claim_id(
        claim.source.id, actor.id, claim.action, target.id if target else None, claim.span)})


def _old_story() -> list[Claim]:
    """Two articles: the ministry accuses Skyvane (a person, says the parser) and Skyvane denies;
    the regulator fines Skyvane (an organisation, this time)."""
    one = make_source("https://news.example/old-1")
    accuse = make_claim(MINISTRY, "accuse", _skyvane("person"), source=one)
    deny = make_claim(_skyvane("person"), "deny", MINISTRY, source=one, start=100, responds_to=accuse.id)
    fine = make_claim(REGULATOR, "sanction", _skyvane("organization"), source=make_source("https://news.example/old-2"))
    return [accuse, deny, fine]


def _as_the_old_code_left_it(driver, claims: list[Claim]) -> None:
    """The graph the old code built: actors `kind:slug`, claim ids hashed over them, no kind on MADE/AGAINST."""
    old = [_old(c) for c in claims]
    renamed = {c.id: o.id for c, o in zip(claims, old)}
    old = [o.model_copy(update={"responds_to": renamed.get(o.responds_to, o.responds_to)}) for o in old]
    load_claims(driver, old)
    driver.execute_query("MATCH ()-[r:MADE|AGAINST]->() REMOVE r.kind")
    assert {"person:skyvane-robotics", "organization:skyvane-robotics"} <= set(_actors(driver))


def test_an_old_graph_moves_to_name_ids_on_the_next_load_with_no_claim_lost_or_doubled(empty_db):
    claims = _old_story()
    _as_the_old_code_left_it(empty_db, claims)
    # the same articles ingested again by this version, as a file (which keeps stored claims at a cut)
    load_claims(empty_db, claims, guard_cut=True)
    stored = _claims(empty_db)
    assert set(stored) == {c.id for c in claims}  # every claim once, under its new id
    assert stored[claims[1].id] == claims[0].id
    records, _, _ = empty_db.execute_query(
        "MATCH (d:Claim)-[:RESPONDS_TO]->(a:Claim) RETURN d.id AS d, a.id AS a")
    assert [(r["d"], r["a"]) for r in records] == [(claims[1].id, claims[0].id)]
    actors = _actors(empty_db)
    assert sorted(actors) == sorted({"actor:skyvane-robotics", MINISTRY.id, REGULATOR.id})
    assert actors["actor:skyvane-robotics"][0] == "Skyvane Robotics"
    assert check_derived_edges(empty_db) == []
    records, _, _ = empty_db.execute_query("MATCH (e:Evidence) RETURN count(e) AS n")
    assert records[0]["n"] == 3


def test_an_old_claims_file_lands_on_the_new_nodes(empty_db, tmp_path):
    claims = _old_story()
    renamed = {c.id: _old(c).id for c in claims}
    path = tmp_path / "old.jsonl"
    lines = []
    for claim in claims:
        record = json.loads(_old(claim).to_json())
        record["responds_to"] = renamed.get(claim.responds_to)
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    load_claims(empty_db, read_claims(path), guard_cut=True)
    load_claims(empty_db, claims, guard_cut=True)  # the articles again, through this version
    stored = _claims(empty_db)
    assert set(stored) == {c.id for c in claims}
    assert stored[claims[1].id] == claims[0].id
    assert sorted(_actors(empty_db)) == sorted({"actor:skyvane-robotics", MINISTRY.id, REGULATOR.id})
    assert check_derived_edges(empty_db) == []
