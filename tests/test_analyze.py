"""Analysis of the accusation graph on a small constructed claim set, exact results.

The set (an arrow is one accusation claim):

    Alpha -> Bravo (twice), Bravo -> Alpha, Bravo -> Charlie, Charlie -> Alpha
    Delta -> Charlie, Echo -> Charlie, Echo -> Foxtrot, Golf -> Foxtrot
    Hotel -> Juliett, India -> Juliett
    not counted: Kilo -> Alpha negated, Bravo denies Alpha, Alpha -> Alpha
"""

from __future__ import annotations

import json
import random

import pytest

from accusegraph.graph.analyze import accusation_graph, analyze_claims
from accusegraph.model import ActorRef, Claim, SourceRef, make_source_id
from factories import make_claim

SOURCE = SourceRef(id=make_source_id("https://paper.example/a"), url="https://paper.example/a",
                   publisher="Paper", published="2025-01-01")


def accusation(actor: str | ActorRef, target: str | None, n: int = 0, **overrides) -> Claim:
    """One claim by `actor` against `target` (names become organisations); `n` tells
    repeated claims apart."""
    return make_claim(actor, overrides.pop("action", "accuse"), target, source=SOURCE, start=100 * n,
                      quote=f"{getattr(actor, 'name', actor)} accused {target} ({n}).", **overrides)


def claim_set() -> list[Claim]:
    return [
        accusation("Alpha", "Bravo", 0), accusation("Alpha", "Bravo", 1),
        accusation("Bravo", "Alpha"), accusation("Bravo", "Charlie"), accusation("Charlie", "Alpha"),
        accusation("Delta", "Charlie"), accusation("Echo", "Charlie"),
        accusation("Echo", "Foxtrot"), accusation("Golf", "Foxtrot"),
        accusation("Hotel", "Juliett"), accusation("India", "Juliett"),
        accusation("Kilo", "Alpha", negated=True),
        accusation("Bravo", "Alpha", 5, action="deny"),
        accusation("Alpha", "Alpha"),
    ]


def test_accusation_graph_weights_edges_by_claims_and_drops_the_rest():
    g = accusation_graph(claim_set())
    ids = {n: g.nodes[n]["name"] for n in g}
    edges = sorted((ids[a], ids[b], w) for a, b, w in g.edges(data="weight"))
    assert edges == [
        ("Alpha", "Bravo", 2), ("Bravo", "Alpha", 1), ("Bravo", "Charlie", 1), ("Charlie", "Alpha", 1),
        ("Delta", "Charlie", 1), ("Echo", "Charlie", 1), ("Echo", "Foxtrot", 1), ("Golf", "Foxtrot", 1),
        ("Hotel", "Juliett", 1), ("India", "Juliett", 1),
    ]
    assert "actor:kilo" not in g


def test_report_counts():
    report = analyze_claims(claim_set())
    assert (report.claims, report.actors, report.edges) == (11, 10, 10)


def test_cycles_are_listed_once_starting_at_the_first_name():
    report = analyze_claims(claim_set())
    assert [(c.names, c.claims) for c in report.cycles] == [
        (("Alpha", "Bravo"), 3),
        (("Alpha", "Bravo", "Charlie"), 4),
    ]
    assert not report.cycles_truncated


def test_cycle_length_bound():
    report = analyze_claims(claim_set(), max_cycle_length=2)
    assert [c.names for c in report.cycles] == [("Alpha", "Bravo")]


def test_cycle_limit_is_reported():
    report = analyze_claims(claim_set(), max_cycles=1)
    assert len(report.cycles) == 1 and report.cycles_truncated


def test_common_targets_and_coaccuser_groups():
    report = analyze_claims(claim_set())
    assert [(t.name, t.accuser_names, t.claims) for t in report.common_targets] == [
        ("Charlie", ("Bravo", "Delta", "Echo"), 3),
        ("Alpha", ("Bravo", "Charlie"), 2),
        ("Foxtrot", ("Echo", "Golf"), 2),
        ("Juliett", ("Hotel", "India"), 2),
    ]
    assert [(g.names, g.target_names) for g in report.coaccuser_groups] == [
        (("Bravo", "Charlie", "Delta", "Echo", "Golf"), ("Alpha", "Charlie", "Foxtrot")),
        (("Hotel", "India"), ("Juliett",)),
    ]


def test_pagerank_ranks_the_most_accused():
    report = analyze_claims(claim_set())
    # Charlie has the most accusers, but Alpha and Bravo sit on the cycles and collect
    # rank from central accusers; Juliett's accusers give her their whole rank, while
    # Echo splits his between Charlie and Foxtrot
    assert [(s.name, s.accusations_received, s.accusers) for s in report.top_accused] == [
        ("Alpha", 2, 2), ("Bravo", 2, 1), ("Charlie", 3, 3), ("Juliett", 2, 2), ("Foxtrot", 2, 2),
    ]
    assert [s.pagerank for s in report.top_accused] == [0.291498, 0.273764, 0.175479, 0.070175, 0.059129]


def test_top_accusers_by_accusations_then_centrality_then_name():
    report = analyze_claims(claim_set())
    assert [(s.name, s.accusations_made) for s in report.top_accusers] == [
        ("Alpha", 2), ("Bravo", 2), ("Echo", 2),
        ("Charlie", 1), ("Delta", 1), ("Golf", 1), ("Hotel", 1), ("India", 1),
    ]
    assert report.top_accusers[0].accuser_rank > report.top_accusers[1].accuser_rank


def test_top_limits_the_lists():
    report = analyze_claims(claim_set(), top=2)
    assert len(report.top_accused) == 2 and len(report.top_accusers) == 2


def test_ties_are_broken_by_name_not_id():
    zoe = ActorRef(id="a-first-by-id", name="Zoe", kind="person")
    ann = ActorRef(id="z-last-by-id", name="Ann", kind="person")
    claims = [accusation(zoe, "Target"), accusation(ann, "Target")]
    report = analyze_claims(claims)
    assert [s.name for s in report.top_accusers] == ["Ann", "Zoe"]
    assert report.common_targets[0].accuser_names == ("Ann", "Zoe")
    # two targets accused alike: equal scores, ordered by name
    alike = [accusation("P", "Yannick"), accusation("Q", "Bea")]
    accused = analyze_claims(alike).top_accused
    assert [s.name for s in accused] == ["Bea", "Yannick"] and accused[0].pagerank == accused[1].pagerank


def test_input_order_does_not_change_the_report():
    claims = claim_set()
    want = analyze_claims(claims).to_dict()
    for seed in range(3):
        shuffled = claims[:]
        random.Random(seed).shuffle(shuffled)
        assert analyze_claims(shuffled).to_dict() == want


def test_to_dict_is_json_and_tables_are_printable():
    report = analyze_claims(claim_set())
    data = json.loads(json.dumps(report.to_dict()))
    assert data["cycles"][0]["names"] == ["Alpha", "Bravo"]
    tables = report.tables()
    assert [t[0] for t in tables] == [
        "Most accused (PageRank on accusations)", "Top accusers", "Accusation cycles",
        "Actors accusing a common target", "Co-accuser groups",
    ]
    for _, columns, rows in tables:
        assert all(len(row) == len(columns) for row in rows)
    cycles = tables[2][2]
    assert cycles == [[2, "Alpha -> Bravo -> Alpha", 3], [3, "Alpha -> Bravo -> Charlie -> Alpha", 4]]


def test_no_claims_gives_an_empty_report():
    report = analyze_claims([])
    assert report.to_dict() == {
        "claims": 0, "actors": 0, "edges": 0, "top_accused": [], "top_accusers": [], "cycles": [],
        "cycles_truncated": False, "common_targets": [], "coaccuser_groups": [],
    }


@pytest.mark.parametrize("actions", [("accuse", "sue")])
def test_other_actions_can_count_as_accusations(actions):
    claims = claim_set() + [accusation("Juliett", "Hotel", action="sue")]
    report = analyze_claims(claims, actions=actions)
    assert ("Hotel", "Juliett") in [c.names for c in report.cycles]
