"""Saved queries: their headers, their parameters, and their exact rows on a real Neo4j.

Each query gets a small graph built for it with the factories and loaded through
`load_claims`, and the test asserts every row. The pure tests (header grammar,
parameter conversion) need no server.
"""

from __future__ import annotations

import datetime as dt

import pytest

from accusegraph.errors import QueryError
from accusegraph.graph.load import load_claims
from accusegraph.graph.queries import (
    QueryParam, SavedQuery, bind_params, body_params, explain_query, get_query, list_queries,
    parse_header, parse_params, run_query, to_jsonable)
from accusegraph.model import Evidence

from factories import make_actor, make_claim, make_source

EXPECTED_QUERIES = {
    "who-accused-whom": ["actor", "speaks_for", "action", "target", "allegation", "evidence_status", "evidence",
                         "quote", "source_url", "publisher", "published"],
    "accusation-chains": ["chain", "claims", "hops"],
    "no-public-evidence": ["actor", "speaks_for", "action", "target", "allegation", "evidence_status", "quote",
                           "source_url", "publisher", "published"],
    "responses": ["accusation_id", "accuser", "accuser_speaks_for", "target", "allegation", "accused_on",
                  "response_id", "responder", "responder_speaks_for", "response", "response_quote", "responded_on",
                  "response_source"],
    "most-accused": ["actor", "accusations", "accusers", "publishers"],
    "dossier": ["actor", "role", "action", "counterpart", "speaker", "speaks_for", "answers", "allegation", "negated", "date",
                "publisher", "source_url", "quote", "claim_id"],
    "corroboration": ["actor", "action", "target", "publishers", "sources"],
    "timeline": ["published", "actor", "speaks_for", "action", "target", "allegation", "negated", "publisher",
                 "source_url", "quote", "claim_id"],
    "mutual-accusations": ["actor_a", "actor_b", "a_first", "b_first", "a_claims", "b_claims"],
    "evidence-trail": ["actor", "speaks_for", "action", "target", "allegation", "hedged", "negated",
                       "evidence_status", "evidence", "quote", "publisher", "source_url",
                       "published", "claim_id"],
}


def q(driver, name, **params):
    """Run a saved query; rows as dicts, with the column order checked against the contract."""
    columns, rows = run_query(driver, name, params)
    assert columns == EXPECTED_QUERIES[name]
    return [dict(zip(columns, row)) for row in rows]


def src(n: int, publisher: str | None = "Alpha News", published: str | None = "2024-01-01"):
    return make_source(f"https://news{n}.example/story", publisher=publisher, published=published)


# ------------------------------------------------------------------ headers (no server)

def test_every_expected_query_ships_with_a_header():
    queries = {query.name: query for query in list_queries()}
    assert set(EXPECTED_QUERIES) <= set(queries)
    for query in queries.values():
        assert query.description and query.file == f"{query.name}.cypher"


@pytest.mark.parametrize("query", list_queries(), ids=lambda query: query.name)
def test_declared_params_equal_the_params_the_body_uses(query):
    assert body_params(query.cypher) == {p.name for p in query.params}


def test_declared_parameter_types_and_defaults():
    declared = {query.name: [p.describe() for p in query.params] for query in list_queries()}
    assert declared["who-accused-whom"] == ["actor:name?", "target:name?", "since:date?", "until:date?",
                                            "limit:int=100", "accusing:actions"]
    assert declared["accusation-chains"] == ["start:name?", "max_hops:int=4", "limit:int=100"]
    assert declared["no-public-evidence"] == ["target:name?", "limit:int=100", "accusing:actions"]
    assert declared["responses"] == ["target:name?", "claim_id:string?", "limit:int=100", "answerable:actions"]
    assert declared["most-accused"] == ["limit:int=10", "family:family=accusing", "answerable:actions",
                                        "response:actions"]
    assert declared["dossier"] == ["actor:name", "limit:int=100"]
    assert declared["corroboration"] == ["min_publishers:int=2", "limit:int=100"]
    assert declared["timeline"] == ["since:date?", "until:date?", "actor:name?", "limit:int=100"]
    assert declared["mutual-accusations"] == ["limit:int=100"]
    assert declared["evidence-trail"] == ["actor:name", "target:name", "limit:int=100"]


def test_header_grammar():
    name, description, params = parse_header(
        "// name: my-query\n// description: does things\n// params: a:string b:int? c:date=2024-01-02 d:bool=true\n"
        "MATCH (n) RETURN n", "my-query.cypher")
    assert (name, description) == ("my-query", "does things")
    assert params == (QueryParam("a", "string", True), QueryParam("b", "int", False),
                      QueryParam("c", "date", False, dt.date(2024, 1, 2)),
                      QueryParam("d", "bool", False, True))
    assert parse_header("// name: x\n// description: y\n// params:\nRETURN 1", "x.cypher")[2] == ()


@pytest.mark.parametrize("text, message", [
    ("MATCH (n) RETURN n", "must be '// name: ...'"),
    ("// name: Bad_Name\n// description: d\n// params:\n", "lower-case"),
    ("// name: x\n// params: a:string\n", "'// description: ...'"),
    ("// name: x\n// description: d\n// params: a:text\n", "bad parameter 'a:text'"),
    ("// name: x\n// description: d\n// params: a:int=four\n", "must be an int"),
    ("// name: x\n// description: d\n// params: a:int a:string\n", "declared twice"),
])
def test_bad_headers_are_reported_with_the_file(text, message):
    with pytest.raises(QueryError) as info:
        parse_header(text, "x.cypher")
    assert message in str(info.value) and str(info.value).startswith("x.cypher:")


def test_body_params_ignore_comments_and_strings():
    cypher = ("// uses $nothing\nMATCH (n {x: $a}) WHERE n.s = '$not' + \"$nor\" /* $no */ "
              "AND n.t = 'it\\'s $fake' RETURN $b, n.`$odd`")
    assert body_params(cypher) == {"a", "b"}


# ------------------------------------------------------------------ parameters (no server)

def test_parse_params_converts_by_declared_type():
    chains = get_query("accusation-chains")
    assert parse_params(chains, ["max_hops=3", "start=Kaspersky Lab"]) == {"max_hops": 3, "start": "Kaspersky Lab"}
    assert parse_params("timeline", ["since=2025-03-01"]) == {"since": dt.date(2025, 3, 1)}
    assert parse_params("who-accused-whom", ["actor=a=b"]) == {"actor": "a=b"}
    assert parse_params("mutual-accusations", []) == {}


@pytest.mark.parametrize("name, pairs, message", [
    ("accusation-chains", ["max_hops=four"], "max_hops must be an int"),
    ("accusation-chains", ["max_hops=2.5"], "max_hops must be an int"),
    ("timeline", ["since=01/03/2025"], "YYYY-MM-DD"),
    ("timeline", ["since=2025-02-30"], "no such day"),
    ("timeline", ["colour=red"], "has no parameter 'colour'"),
    ("timeline", ["since"], "key=value"),
    ("timeline", ["since=2025-01-01", "since=2025-01-02"], "given twice"),
    ("dossier", [], "needs -p actor=VALUE"),
    ("evidence-trail", ["actor=A"], "needs -p target=VALUE"),
])
def test_parse_params_rejects_bad_input_in_one_line(name, pairs, message):
    with pytest.raises(QueryError) as info:
        parse_params(name, pairs)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_bool_and_float_conversion():
    query = SavedQuery("t", "d", (QueryParam("b", "bool", True), QueryParam("f", "float", False)), "", "t.cypher")
    assert parse_params(query, ["b=Yes", "f=0.5"]) == {"b": True, "f": 0.5}
    with pytest.raises(QueryError):
        parse_params(query, ["b=maybe"])
    with pytest.raises(QueryError):
        parse_params(query, ["b=true", "f=nan"])


def test_optional_params_absent_are_bound_as_null_and_defaults_apply():
    assert bind_params(get_query("who-accused-whom"), {"actor": "X"}) == {
        "actor": "x", "target": None, "since": None, "until": None, "limit": 100,
        "accusing": ["accuse", "criticize", "sue", "investigate"]}
    assert bind_params(get_query("accusation-chains"), {}) == {"start": None, "max_hops": 4, "limit": 100}
    assert bind_params(get_query("accusation-chains"), {"max_hops": "2"}) == {
        "start": None, "max_hops": 2, "limit": 100}
    with pytest.raises(QueryError, match="must be an int"):
        bind_params(get_query("accusation-chains"), {"max_hops": True})


def test_unknown_query_names_close_matches():
    with pytest.raises(QueryError) as info:
        get_query("who-acused-whom")
    assert "who-accused-whom" in str(info.value)
    with pytest.raises(QueryError, match="accusegraph queries"):
        get_query("zzz")


def test_to_jsonable_turns_dates_into_iso_strings():
    from neo4j.time import Date, DateTime
    assert to_jsonable([Date(2024, 1, 2), {"d": DateTime(2024, 1, 2, 3, 4, 5)}, None, 1.5]) == [
        "2024-01-02", {"d": "2024-01-02T03:04:05.000000000"}, None, 1.5]


# ------------------------------------------------------------------ every query runs

@pytest.mark.neo4j
@pytest.mark.parametrize("query", list_queries(), ids=lambda query: query.name)
def test_every_query_explains_and_runs(empty_db, query):
    columns = explain_query(empty_db, query.name)
    assert columns == EXPECTED_QUERIES.get(query.name, columns)
    required = {p.name: ("nobody" if p.type in ("string", "name") else None) for p in query.params if p.required}
    assert run_query(empty_db, query.name, required)[1] == []
    load_claims(empty_db, [make_claim("A", "accuse", "B"), make_claim("B", "accuse", "A", start=100)])
    run_query(empty_db, query.name, required)


# ------------------------------------------------------------------ exact rows

@pytest.mark.neo4j
def test_who_accused_whom(empty_db):
    s1, s2 = src(1, "Alpha News", "2018-06-13"), src(2, "Beta Times", "2018-07-01")
    load_claims(empty_db, [
        make_claim("European Parliament", "accuse", "Kaspersky Lab", source=s1, allegation="spying",
                   quote="MEPs called the software malicious.", evidence="none_public"),
        make_claim("Kaspersky Lab", "deny", "European Parliament", source=s1, start=100,
                   quote="Kaspersky rejected it."),
        make_claim("Europol", "accuse", "Kaspersky Lab", source=s2, negated=True,
                   quote="Europol did not accuse it."),
        make_claim("US Government", "sue", "Kaspersky Lab", source=s2, start=100, allegation="contract breach",
                   quote="The US sued.", evidence=Evidence(status="cited", description="court filing")),
        make_claim("European Parliament", "criticize", "Russia", source=s2, start=200, quote="MEPs criticised Moscow."),
    ])
    ep_accuse = {"actor": "European Parliament", "speaks_for": None, "action": "accuse", "target": "Kaspersky Lab",
                 "allegation": "spying", "evidence_status": "none_public", "evidence": None,
                 "quote": "MEPs called the software malicious.", "source_url": "https://news1.example/story",
                 "publisher": "Alpha News", "published": "2018-06-13"}
    ep_criticize = {"actor": "European Parliament", "speaks_for": None, "action": "criticize", "target": "Russia",
                    "allegation": None, "evidence_status": "not_mentioned", "evidence": None,
                    "quote": "MEPs criticised Moscow.", "source_url": "https://news2.example/story",
                    "publisher": "Beta Times", "published": "2018-07-01"}
    us_sue = {"actor": "US Government", "speaks_for": None, "action": "sue", "target": "Kaspersky Lab",
              "allegation": "contract breach", "evidence_status": "cited", "evidence": "court filing",
              "quote": "The US sued.", "source_url": "https://news2.example/story",
              "publisher": "Beta Times", "published": "2018-07-01"}
    assert q(empty_db, "who-accused-whom") == [ep_accuse, ep_criticize, us_sue]
    # names match through aliases, case-insensitively, as whole words
    assert q(empty_db, "who-accused-whom", target="kaspersky") == [ep_accuse, us_sue]
    assert q(empty_db, "who-accused-whom", target="Kasper") == []
    assert q(empty_db, "who-accused-whom", actor="european parliament", target="Russia") == [ep_criticize]
    assert q(empty_db, "who-accused-whom", since=dt.date(2018, 6, 20)) == [ep_criticize, us_sue]
    assert q(empty_db, "who-accused-whom", until="2018-06-13") == [ep_accuse]


@pytest.mark.neo4j
def test_accusation_chains_never_loop_back(empty_db):
    early, late = src(1, published="2017-12-01"), src(2, published="2018-01-01")
    a_b_late = make_claim("A", "accuse", "B", source=late)
    a_b_early = make_claim("A", "accuse", "B", source=early)
    b_c = make_claim("B", "accuse", "C", source=late, start=100)
    c_a = make_claim("C", "accuse", "A", source=late, start=200)
    c_d = make_claim("C", "accuse", "D", source=late, start=300)
    e_a = make_claim("E", "accuse", "A", source=late, start=400, negated=True)  # no edge
    b_d = make_claim("B", "deny", "D", source=late, start=500)                  # not an accusation
    load_claims(empty_db, [a_b_late, a_b_early, b_c, c_a, c_d, e_a, b_d])

    rows = q(empty_db, "accusation-chains")
    assert rows == [
        {"chain": ["A", "B", "C", "D"], "claims": [a_b_early.id, b_c.id, c_d.id], "hops": 3},
        {"chain": ["B", "C", "A"], "claims": [b_c.id, c_a.id], "hops": 2},
        {"chain": ["C", "A", "B"], "claims": [c_a.id, a_b_early.id], "hops": 2},
    ]
    for row in rows:
        assert len(set(row["chain"])) == len(row["chain"])  # A -> B -> C -> A never appears
    assert q(empty_db, "accusation-chains", start="a") == [
        {"chain": ["A", "B", "C", "D"], "claims": [a_b_early.id, b_c.id, c_d.id], "hops": 3}]
    assert [r["chain"] for r in q(empty_db, "accusation-chains", max_hops=2)] == [
        ["A", "B", "C"], ["B", "C", "A"], ["B", "C", "D"], ["C", "A", "B"]]
    assert q(empty_db, "accusation-chains", max_hops=1) == []


@pytest.mark.neo4j
def test_no_public_evidence(empty_db):
    s = src(1, "Alpha News", "2024-02-02")
    load_claims(empty_db, [
        make_claim("X", "accuse", "Y", source=s, quote="X blamed Y.", evidence="none_public"),
        make_claim("X", "accuse", "Z", source=s, start=100, quote="X blamed Z.",
                   evidence=Evidence(status="cited", description="a report")),
        make_claim("W", "criticize", "Y", source=s, start=200, quote="W criticised Y."),
        make_claim("V", "deny", "X", source=s, start=300, quote="V denied."),
        make_claim("X", "accuse", "Y", source=s, start=400, negated=True, quote="X did not blame Y."),
    ])
    base = {"allegation": None, "source_url": "https://news1.example/story", "publisher": "Alpha News",
            "published": "2024-02-02", "speaks_for": None}
    w_y = {"actor": "W", "action": "criticize", "target": "Y", "evidence_status": "not_mentioned",
           "quote": "W criticised Y.", **base}
    x_y = {"actor": "X", "action": "accuse", "target": "Y", "evidence_status": "none_public",
           "quote": "X blamed Y.", **base}
    assert q(empty_db, "no-public-evidence") == [w_y, x_y]
    assert q(empty_db, "no-public-evidence", target="y") == [w_y, x_y]
    assert q(empty_db, "no-public-evidence", target="Z") == []


@pytest.mark.neo4j
def test_responses_in_date_order(empty_db):
    acc1 = make_claim("A", "accuse", "B", source=src(1, published="2024-01-01"), allegation="fraud")
    acc2 = make_claim("C", "accuse", "B", source=src(1, published="2024-01-01"), start=100)
    acc3 = make_claim("A", "accuse", "Z", source=src(1, published="2024-01-01"), start=200)
    deny = make_claim("B", "deny", "A", source=src(2, published="2024-01-03"), responds_to=acc1.id,
                      quote="B denied it.")
    dispute = make_claim("C", "dispute", "A", source=src(3, published="2024-01-02"), responds_to=acc1.id,
                         quote="C doubted it.")
    sanction = make_claim("D", "sanction", "B", source=src(4, published="2024-01-05"), responds_to=acc1.id,
                          quote="D fined B.")
    not_defend = make_claim("E", "defend", "B", source=src(4, published="2024-01-05"), start=100,
                            responds_to=acc1.id, negated=True)
    load_claims(empty_db, [acc1, acc2, acc3, deny, dispute, sanction, not_defend])

    def row(acc, accuser, target, allegation, resp=None, responder=None, n=None, day=None):
        return {"accusation_id": acc.id, "accuser": accuser, "accuser_speaks_for": None, "target": target,
                "allegation": allegation, "accused_on": "2024-01-01", "response_id": resp.id if resp else None,
                "responder": responder, "responder_speaks_for": None, "response": resp.action if resp else None,
                "response_quote": resp.quote if resp else None, "responded_on": day,
                "response_source": f"https://news{n}.example/story" if n else None}

    first = [row(acc1, "A", "B", "fraud", dispute, "C", 3, "2024-01-02"),
             row(acc1, "A", "B", "fraud", deny, "B", 2, "2024-01-03"),
             row(acc1, "A", "B", "fraud", sanction, "D", 4, "2024-01-05")]
    second = [row(acc2, "C", "B", None)]
    # the fine is an act against B too, which a denial or appeal could answer: listed on its day
    fined = [{**row(sanction, "D", "B", None), "accused_on": "2024-01-05"}]
    expected = (first + second if acc1.id < acc2.id else second + first) + fined
    assert q(empty_db, "responses", target="B") == expected
    assert q(empty_db, "responses", claim_id=acc1.id) == first
    assert q(empty_db, "responses", claim_id=acc3.id) == [row(acc3, "A", "Z", None)]


@pytest.mark.neo4j
def test_most_accused_counts_a_publisher_once(empty_db):
    load_claims(empty_db, [
        make_claim("A", "accuse", "B", source=src(1, "Alpha News")),
        make_claim("C", "accuse", "B", source=src(2, " alpha news ")),
        make_claim("A", "criticize", "B", source=src(3, "Beta Times")),
        make_claim("A", "accuse", "C", source=src(1, "Alpha News"), start=100),
        make_claim("A", "accuse", "D", source=src(1, "Alpha News"), start=200, negated=True),
        make_claim("X", "sue", "Y", source=src(4, None)),
    ])
    assert q(empty_db, "most-accused") == [
        {"actor": "B", "accusations": 3, "accusers": 2, "publishers": 2},
        {"actor": "C", "accusations": 1, "accusers": 1, "publishers": 1},
        {"actor": "Y", "accusations": 1, "accusers": 1, "publishers": 0},
    ]
    assert q(empty_db, "most-accused", limit=1) == [
        {"actor": "B", "accusations": 3, "accusers": 2, "publishers": 2}]


@pytest.mark.neo4j
def test_dossier_and_alias_matching(empty_db):
    lab = make_actor("Kaspersky Lab", "company")
    eugene = make_actor("Eugene Kaspersky", "person")
    against = make_claim("European Parliament", "accuse", lab, source=src(2, published="2018-06-13"),
                         quote="MEPs accused the company.", allegation="spying")
    by = make_claim(lab, "deny", "European Parliament", source=src(1, published="2018-06-14"),
                    quote="The company denied it.", responds_to=against.id)
    neg = make_claim("Europol", "sanction", lab, source=src(2, published="2018-06-13"), start=100,
                     negated=True, quote="Europol did not ban it.")
    person = make_claim(eugene, "criticize", "European Parliament", source=src(3, published="2018-06-15"),
                        quote="He criticised the vote.")
    load_claims(empty_db, [by, against, neg, person])

    def row(actor, role, claim, counterpart, n, day):
        answers = {by.id: "accuse"}.get(claim.id)  # a response shows what it answers
        return {"actor": actor, "role": role, "action": claim.action, "counterpart": counterpart,
                "speaker": None, "speaks_for": None,
                "answers": answers, "allegation": claim.allegation, "negated": claim.negated, "date": day,
                "publisher": "Alpha News", "source_url": f"https://news{n}.example/story",
                "quote": claim.quote, "claim_id": claim.id}

    lab_rows = sorted([row("Kaspersky Lab", "against", against, "European Parliament", 2, "2018-06-13"),
                       row("Kaspersky Lab", "against", neg, "Europol", 2, "2018-06-13")],
                      key=lambda r: r["claim_id"]) + [
        row("Kaspersky Lab", "by", by, "European Parliament", 1, "2018-06-14")]
    assert q(empty_db, "dossier", actor="kaspersky lab") == lab_rows
    # a bare "Kaspersky" is a whole word of both names: the company and the person
    assert q(empty_db, "dossier", actor="Kaspersky") == lab_rows + [
        row("Eugene Kaspersky", "by", person, "European Parliament", 3, "2018-06-15")]
    assert q(empty_db, "dossier", actor="Kasp") == []


@pytest.mark.neo4j
def test_corroboration_never_counts_one_publisher_twice(empty_db):
    load_claims(empty_db, [
        # A accuses B: two articles, one publisher written two ways -> 1 publisher
        make_claim("A", "accuse", "B", source=src(1, "Alpha News")),
        make_claim("A", "accuse", "B", source=src(2, "ALPHA NEWS")),
        make_claim("A", "accuse", "B", source=src(3, "Gamma Post"), negated=True),
        # A accuses C: two publishers
        make_claim("A", "accuse", "C", source=src(1, "Alpha News"), start=100),
        make_claim("A", "accuse", "C", source=src(4, "Beta Times")),
        # A sanctions C: three publishers, four sources
        make_claim("A", "sanction", "C", source=src(1, "Alpha News"), start=200),
        make_claim("A", "sanction", "C", source=src(2, "ALPHA NEWS"), start=100),
        make_claim("A", "sanction", "C", source=src(4, "Beta Times"), start=100),
        make_claim("A", "sanction", "C", source=src(5, "Gamma Post")),
    ])
    assert q(empty_db, "corroboration") == [
        {"actor": "A", "action": "sanction", "target": "C", "publishers": 3, "sources": 4},
        {"actor": "A", "action": "accuse", "target": "C", "publishers": 2, "sources": 2},
    ]
    assert q(empty_db, "corroboration", min_publishers=3) == [
        {"actor": "A", "action": "sanction", "target": "C", "publishers": 3, "sources": 4}]
    assert {"actor": "A", "action": "accuse", "target": "B", "publishers": 1, "sources": 2} in q(
        empty_db, "corroboration", min_publishers=1)
    # a blank publisher is no publisher; the statement still counts its source
    load_claims(empty_db, [make_claim("A", "accuse", "C", source=src(6, "   "))])
    assert q(empty_db, "corroboration", min_publishers=2)[1] == {
        "actor": "A", "action": "accuse", "target": "C", "publishers": 2, "sources": 3}


def test_corroboration_knows_every_derived_type_and_its_action():
    """The query turns each derived type back into its action by a CASE written out in full."""
    import re

    from accusegraph.graph.queries import get_query
    from accusegraph.graph.schema import DERIVED_REL_TYPES

    text = get_query("corroboration").cypher
    pattern = re.search(r"-\[r:([A-Z_|]+)\]->", text).group(1)
    assert set(pattern.split("|")) == set(DERIVED_REL_TYPES.values())
    assert dict(re.findall(r"WHEN '([A-Z_]+)' THEN '([a-z_]+)'", text)) == {
        rel: action for action, rel in DERIVED_REL_TYPES.items()}


@pytest.mark.neo4j
def test_timeline(empty_db):
    jan, feb, mar = src(1, published="2024-01-10"), src(2, published="2024-02-10"), src(3, published="2024-03-10")
    undated = src(4, published=None)
    c1 = make_claim("A", "accuse", "B", source=jan, quote="one")
    c2 = make_claim("B", "deny", None, source=feb, quote="two")
    c3 = make_claim("C", "threaten", "D", source=mar, quote="three", negated=True)
    c4 = make_claim("D", "accuse", "A", source=undated, quote="four")
    load_claims(empty_db, [c4, c3, c2, c1])

    def row(claim, day, n, actor, target):
        return {"published": day, "actor": actor, "speaks_for": None, "action": claim.action, "target": target,
                "allegation": None, "negated": claim.negated, "publisher": "Alpha News",
                "source_url": f"https://news{n}.example/story", "quote": claim.quote, "claim_id": claim.id}

    r1, r2 = row(c1, "2024-01-10", 1, "A", "B"), row(c2, "2024-02-10", 2, "B", None)
    r3, r4 = row(c3, "2024-03-10", 3, "C", "D"), row(c4, None, 4, "D", "A")
    assert q(empty_db, "timeline") == [r1, r2, r3, r4]
    assert q(empty_db, "timeline", since="2024-02-01", until="2024-03-10") == [r2, r3]
    assert q(empty_db, "timeline", actor="a") == [r1, r4]
    assert q(empty_db, "timeline", actor="B", until=dt.date(2024, 1, 31)) == [r1]


@pytest.mark.neo4j
def test_mutual_accusations_list_each_pair_once(empty_db):
    load_claims(empty_db, [
        make_claim("A", "accuse", "B", source=src(1, published="2024-01-01")),
        make_claim("A", "accuse", "B", source=src(2, published="2024-01-20")),
        make_claim("B", "accuse", "A", source=src(3, published="2024-02-01")),
        make_claim("Q", "accuse", "P", source=src(4, published="2024-04-01")),   # Q first
        make_claim("P", "accuse", "Q", source=src(5, published="2024-05-01")),
        make_claim("C", "accuse", "D", source=src(6, published="2024-06-01")),   # same day: by id
        make_claim("D", "accuse", "C", source=src(6, published="2024-06-01"), start=100),
        make_claim("E", "accuse", "F", source=src(7)),                           # one-sided
        make_claim("F", "accuse", "E", source=src(7), start=100, negated=True),
        make_claim("G", "deny", "H", source=src(7), start=200),                  # not accusations
        make_claim("H", "deny", "G", source=src(7), start=300),
    ])
    assert q(empty_db, "mutual-accusations") == [
        {"actor_a": "A", "actor_b": "B", "a_first": "2024-01-01", "b_first": "2024-02-01",
         "a_claims": 2, "b_claims": 1},
        {"actor_a": "Q", "actor_b": "P", "a_first": "2024-04-01", "b_first": "2024-05-01",
         "a_claims": 1, "b_claims": 1},
        {"actor_a": "C", "actor_b": "D", "a_first": "2024-06-01", "b_first": "2024-06-01",
         "a_claims": 1, "b_claims": 1},
    ]


@pytest.mark.neo4j
def test_evidence_trail(empty_db):
    s = src(1, "Alpha News", "2024-07-07")
    cited = make_claim("Alpha Corp", "accuse", "Beta Ltd", source=s, quote="Alpha cited an audit.",
                       allegation="fraud", evidence=Evidence(status="cited", description="2023 audit"),
                       hedged=True)
    sued = make_claim("Alpha Corp", "sue", "Beta Ltd", source=s, start=100, quote="Alpha did not sue.",
                      negated=True)
    other = make_claim("Alpha Corp", "accuse", "Gamma", source=s, start=200)
    back = make_claim("Beta Ltd", "accuse", "Alpha Corp", source=s, start=300)
    load_claims(empty_db, [cited, sued, other, back])

    def row(claim, status, evidence):
        return {"actor": "Alpha Corp", "speaks_for": None, "action": claim.action, "target": "Beta Ltd",
                "allegation": claim.allegation, "hedged": claim.hedged, "negated": claim.negated,
                "evidence_status": status, "evidence": evidence, "quote": claim.quote,
                "publisher": "Alpha News", "source_url": "https://news1.example/story",
                "published": "2024-07-07", "claim_id": claim.id}

    expected = sorted([row(cited, "cited", "2023 audit"), row(sued, "not_mentioned", None)],
                      key=lambda r: r["claim_id"])
    assert q(empty_db, "evidence-trail", actor="alpha corp", target="beta") == expected
    assert q(empty_db, "evidence-trail", actor="Beta", target="Gamma") == []


@pytest.mark.neo4j
def test_evidence_trail_joins_every_named_actor_in_date_order(empty_db):
    # "Alpha" names two actors and "Beta" two targets; undated sources sort last
    dated = [make_claim(actor, "accuse", target, source=src(n, published=f"2024-0{n}-01"), quote=f"q{n}")
             for n, actor, target in [(5, "Alpha Corp", "Beta Ltd"), (2, "Alpha Group", "Beta Ltd"),
                                      (3, "Alpha Corp", "Beta Bank"), (4, "Alpha Group", "Gamma")]]
    undated = make_claim("Alpha Group", "deny", "Beta Bank", source=src(6, published=None), quote="q6")
    load_claims(empty_db, dated + [undated])
    rows = q(empty_db, "evidence-trail", actor="alpha", target="beta")
    assert [r["quote"] for r in rows] == ["q2", "q3", "q5", "q6"]
    assert q(empty_db, "evidence-trail", actor="alpha", target="beta", limit=2) == rows[:2]
    assert [r["quote"] for r in q(empty_db, "evidence-trail", actor="Alpha Group", target="Beta Bank")] == ["q6"]


@pytest.mark.neo4j
def test_evidence_trail_keeps_apart_pairs_whose_joined_ids_are_equal(empty_db):
    from accusegraph.model import ActorRef

    # "x:a>b" + ">" + "x:c" == "x:a" + ">" + "b>x:c": a pair key made by joining would mix them
    anvil = ActorRef(id="x:a>b", name="Anvil", kind="organization")
    bolt = ActorRef(id="x:a", name="Bolt", kind="organization")
    tricky = ActorRef(id="b>x:c", name="Crane Tricky", kind="organization")
    crane = ActorRef(id="x:c", name="Crane", kind="organization")
    one = make_claim(anvil, "accuse", crane, source=src(1), quote="Anvil blamed Crane.")
    two = make_claim(bolt, "accuse", tricky, source=src(2), quote="Bolt blamed Crane Tricky.")
    load_claims(empty_db, [one, two])
    assert [r["claim_id"] for r in q(empty_db, "evidence-trail", actor="Anvil", target="Crane")] == [one.id]
    assert [r["claim_id"] for r in q(empty_db, "evidence-trail", actor="Bolt", target="Crane")] == [two.id]


@pytest.mark.neo4j
def test_limit_keeps_the_first_rows_and_names_are_data(empty_db):
    claims = [make_claim("A", "accuse", "B", source=src(n, published=f"2024-0{n}-01"), quote=f"A blamed B {n}.")
              for n in (3, 1, 2)]
    load_claims(empty_db, claims + [make_claim("B", "accuse", "C", source=src(4, published="2024-04-01"))])
    every = q(empty_db, "who-accused-whom")
    assert [r["published"] for r in every] == ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"]
    assert q(empty_db, "who-accused-whom", limit=2) == every[:2]
    assert q(empty_db, "who-accused-whom", target="b", limit=1) == every[:1]
    assert q(empty_db, "dossier", actor="B", limit=2) == q(empty_db, "dossier", actor="B")[:2]
    assert q(empty_db, "timeline", limit=3) == q(empty_db, "timeline")[:3]
    assert q(empty_db, "accusation-chains", limit=1) == [
        {"chain": ["A", "B", "C"], "claims": [claims[1].id, make_claim("B", "accuse", "C", source=src(
            4, published="2024-04-01")).id], "hops": 2}]
    # a name is data: Lucene and regular-expression syntax in it is a break between words, or (with
    # no letter or digit) the whole key; it never fails
    for name, found in [('a"b\\c', False), ("OR *:*", False), ("B\\E.*", False), ("b(", True), ("B*", True),
                        ('"', False), ("\\", False), ("(", False)]:
        assert q(empty_db, "who-accused-whom", target=name) == (every[:3] if found else [])
        assert len(q(empty_db, "dossier", actor=name)) == (4 if found else 0)


@pytest.mark.neo4j
@pytest.mark.parametrize("name", ["¼", "--", "½ Watch", "™", '"', "\\"])
def test_names_the_index_makes_no_word_of_are_still_found(empty_db, name):
    """Lucene's standard tokenizer drops these characters; a name key keeps their letters and digits,
    or the whole name when it has none."""
    claim = make_claim(make_actor(name, "group"), "accuse", "Target Org", source=src(1))
    load_claims(empty_db, [claim])
    assert [r["quote"] for r in q(empty_db, "who-accused-whom", actor=name)] == [claim.quote]
    assert [r["claim_id"] for r in q(empty_db, "dossier", actor=name)] == [claim.id]
    assert [r["claim_id"] for r in q(empty_db, "timeline", actor=name)] == [claim.id]


@pytest.mark.neo4j
def test_responses_for_a_target_in_most_claims_walks_the_dates(empty_db):
    """A target named in most claims, with a small limit, takes the date walk over marked claims."""
    accusations = [make_claim("A", "accuse", "B", source=src(n, published=f"2024-0{n}-01"), quote=f"A blamed B {n}.")
                   for n in (5, 3, 1, 4, 2)]
    other = make_claim("A", "accuse", "C", source=src(6, published="2024-01-01"), quote="A blamed C.")
    answer = make_claim("B", "deny", "A", source=src(3, published="2024-03-01"), start=200,
                        quote="B denied it.", responds_to=accusations[1].id)
    load_claims(empty_db, accusations + [other, answer])
    every = q(empty_db, "responses", target="B")
    assert [r["accused_on"] for r in every] == ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"]
    assert every[2]["response_id"] == answer.id
    for limit in (1, 2, 3):
        assert q(empty_db, "responses", target="B", limit=limit) == every[:limit]


@pytest.mark.neo4j
def test_an_appeal_and_a_denial_answer_a_fine_and_every_query_sees_them(empty_db):
    skyvane = make_actor("Skyvane Robotics", "company")
    fine = make_claim("Data Protection Authority", "sanction", skyvane, source=src(1, published="2026-03-09"),
                      quote="The authority fined Skyvane Robotics.")
    appeal = make_claim(skyvane, "sue", "Data Protection Authority", source=src(1, published="2026-03-09"),
                        start=100, quote="Skyvane Robotics will appeal the fine.", responds_to=fine.id)
    deny = make_claim(skyvane, "deny", "Data Protection Authority", source=src(1, published="2026-03-09"),
                      start=200, quote="Skyvane Robotics disagrees with the fine.", responds_to=fine.id)
    load_claims(empty_db, [fine, appeal, deny])
    rows = q(empty_db, "responses", target="Skyvane")
    assert [(r["accusation_id"], r["response"], r["response_id"]) for r in rows] == sorted(
        [(fine.id, "sue", appeal.id), (fine.id, "deny", deny.id)], key=lambda r: r[2])
    # the dossier says what each of its responses answers
    answers = {r["claim_id"]: r["answers"] for r in q(empty_db, "dossier", actor="Skyvane")}
    assert answers == {fine.id: None, appeal.id: "sanction", deny.id: "sanction"}
    # most-accused counts the accusing family by default, the family asked for otherwise
    assert q(empty_db, "most-accused") == [
        {"actor": "Data Protection Authority", "accusations": 1, "accusers": 1, "publishers": 1}]
    assert q(empty_db, "most-accused", family="answerable") == [
        {"actor": "Data Protection Authority", "accusations": 1, "accusers": 1, "publishers": 1},
        {"actor": "Skyvane Robotics", "accusations": 1, "accusers": 1, "publishers": 1}]
    with pytest.raises(QueryError, match="family must be a family of actions, one of accusing, response, "
                                         "answerable; got 'fines'"):
        q(empty_db, "most-accused", family="fines")
