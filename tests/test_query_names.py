"""Actor names in saved queries: one lookup, the same in every query, with no gazetteer at query time.

A `name` parameter is made a key (`rules.name_key`) by the runner and looked up
in the `actor_keys` index, which the loader fills from the actors' names and
aliases and from the names a gazetteer knows (graph/names.py).
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from accusegraph.errors import QueryError
from accusegraph.graph.load import load_claims
from accusegraph.graph.queries import list_queries, run_query
from accusegraph.graph.rules import PUBLISHER_KEY, name_key, name_keys
from accusegraph.graph.schema import DERIVED_REL_TYPES
from accusegraph.model import ACCUSING_ACTIONS
from accusegraph.pipeline import known_actor_names

from factories import make_actor, make_claim, make_source

KL = make_actor("Kaspersky Lab", "company")
KL_ALIAS = make_actor("AO Kaspersky Lab", "company", id=KL.id)
EP = make_actor("European Parliament", "government")
EUROPOL = make_actor("Europol", "international_org")

# The other side of each lookup: for a query needing two names, the one not under test.
PARTNER = {"actor": "European Parliament", "target": "European Parliament"}

SAME_ACTOR = ["Kaspersky Lab", "AO Kaspersky Lab", "kaspersky lab", "KASPERSKY LAB", "Kaspérsky Läb",
              "Kaspersky-Lab", "  kaspersky   lab. ", "Kaspersky", "ao kaspersky", "LAB"]
NO_ACTOR = ["Kasper", "Lab Kaspersky", "Kaspersky Labs", "Kaspersky Lab AO"]


def _src(n: int):
    return make_source(f"https://news{n}.example/story", publisher="Alpha News", published=f"2024-0{n}-01")


def _graph(driver):
    accusation = make_claim(EP, "accuse", KL, source=_src(1), quote="MEPs called it malicious.",
                            evidence="none_public")
    load_claims(driver, [
        accusation,
        make_claim(KL, "deny", EP, source=_src(1), start=100, quote="Kaspersky rejected it.",
                   responds_to=accusation.id),
        make_claim(KL_ALIAS, "accuse", EP, source=_src(2), quote="AO Kaspersky Lab blamed the MEPs.",
                   evidence="none_public"),
        make_claim(EP, "accuse", EUROPOL, source=_src(3), quote="MEPs blamed Europol."),
    ])


def _name_lookups() -> list[tuple[str, str]]:
    """(query, parameter) for every `name` parameter of every saved query."""
    return [(q.name, p.name) for q in list_queries() for p in q.params if p.type == "name"]


def _rows(driver, query: str, param: str, value: str) -> list:
    others = {p.name: PARTNER[p.name] for q in list_queries() if q.name == query
              for p in q.params if p.type == "name" and p.required and p.name != param}
    return run_query(driver, query, {param: value, **others})[1]


def test_every_actor_name_parameter_is_a_name():
    """Each parameter that names an actor is declared `name`, so the runner makes it a key."""
    names = {(q.name, p.name) for q in list_queries() for p in q.params if p.name in ("actor", "target", "start")}
    assert names == set(_name_lookups()) and len(names) >= 9


@pytest.mark.neo4j
@pytest.mark.parametrize("query, param", _name_lookups())
def test_every_lookup_finds_the_same_actor_for_the_same_names(empty_db, query, param):
    """Exact name, alias, case, accents, punctuation and a run of words find the same actor in every
    query (the same rows as its exact name); near misses find no one."""
    _graph(empty_db)
    exact = _rows(empty_db, query, param, "Kaspersky Lab")
    assert exact, f"{query} finds nothing for {param}=Kaspersky Lab"
    for value in SAME_ACTOR:
        assert _rows(empty_db, query, param, value) == exact, value
    for value in NO_ACTOR:
        assert _rows(empty_db, query, param, value) == [], value


@pytest.mark.neo4j
def test_a_blank_name_is_one_clear_error_in_every_query(empty_db):
    for query, param in _name_lookups():
        with pytest.raises(QueryError, match=f"parameter {param} is empty"):
            _rows(empty_db, query, param, " \t ")


def test_name_keys_fold_case_accents_and_punctuation_and_keep_word_runs():
    assert name_key("  Kaspérsky--LAB. ") == "kaspersky lab"
    assert name_key("Straße") == "strasse" and name_key("½ Watch") == "1 2 watch"
    assert name_key(" --  ** ") == "-- **" and name_keys(["--"]) == ["--"]
    assert name_keys(["AO Kaspersky Lab"]) == ["ao", "ao kaspersky", "ao kaspersky lab", "kaspersky",
                                              "kaspersky lab", "lab"]
    long = " ".join(f"w{i}" for i in range(20))
    assert long in name_keys([long]) and "w0 w1 w2 w3 w4 w5 w6 w7 w8" not in name_keys([long])


@pytest.mark.neo4j
def test_known_aliases_find_their_actor_without_a_gazetteer_at_query_time(empty_db):
    """The gazetteer's aliases are keys the load writes: NSA finds the National Security Agency that
    no article called NSA; a name the gazetteer maps elsewhere stays as typed."""
    nsa = make_actor("National Security Agency", "government")
    load_claims(empty_db, [make_claim(EP, "accuse", nsa, source=_src(1))], known_names=known_actor_names())
    found = run_query(empty_db, "who-accused-whom", {"target": "nsa"})[1]
    assert [r[3] for r in found] == ["National Security Agency"]   # the target column
    assert run_query(empty_db, "who-accused-whom", {"target": "Nobody Inc"})[1] == []


@pytest.mark.neo4j
def test_user_alias_file_adds_names_and_a_later_load_keeps_them(empty_db, tmp_path):
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("Acme Widgets Ltd:\n  kind: company\n  aliases: [Acme]\n", encoding="utf-8")
    acme = make_actor("Acme Widgets Ltd", "company")
    load_claims(empty_db, [make_claim(acme, "accuse", EP, source=_src(1))], known_names=known_actor_names(aliases))
    load_claims(empty_db, [make_claim(acme, "accuse", EUROPOL, source=_src(2))], known_names=known_actor_names())
    assert [r[0] for r in run_query(empty_db, "dossier", {"actor": "acme"})[1]] == ["Acme Widgets Ltd"] * 2


@pytest.mark.neo4j
def test_an_older_graph_gets_name_keys_at_its_next_load(empty_db):
    _graph(empty_db)
    empty_db.execute_query("DROP INDEX actor_keys")
    empty_db.execute_query("MATCH (a:Actor) REMOVE a.name_keys")
    load_claims(empty_db, [])
    keys = {r["name"]: r["keys"] for r in empty_db.execute_query(
        "MATCH (a:Actor) RETURN a.name AS name, a.name_keys AS keys").records}
    assert keys["Kaspersky Lab"] == name_keys(["AO Kaspersky Lab", "Kaspersky Lab"])
    assert _rows(empty_db, "dossier", "actor", "AO Kaspersky")


# ------------------------------------------------------------------ no copies

def _blocks(text: str, size: int):
    """Every run of `size` consecutive Cypher lines (comments and blank lines left out, spaces squeezed)."""
    lines = [" ".join(ln.split()) for ln in text.splitlines() if ln.strip() and not ln.strip().startswith("//")]
    return [tuple(lines[i:i + size]) for i in range(len(lines) - size + 1)]


def test_the_query_files_hold_no_copied_block():
    """No run of nine Cypher lines appears twice, in one file or in two: a shared part has one home
    (a `name` or `actions` parameter, or the graph) instead of a copy. (The name lookup once was a
    block of 14 lines in seven files, a walk of accusation-chains 10 lines five times over.)"""
    seen: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for query in list_queries():
        for block in _blocks(query.cypher, 9):
            seen[block].append(query.name)
    copies = {block: where for block, where in seen.items() if len(where) > 1}
    assert not copies, "\n\n".join(f"{where}:\n" + "\n".join(block) for block, where in list(copies.items())[:3])


def test_every_list_of_derived_types_in_a_query_is_one_the_loader_derives():
    """A query that reads several kinds of derived edge names their types in its pattern (Cypher has no type
    parameter that keeps the type scan). Each such list is the loader's own: every derived type
    (corroboration), or those of the accusing actions (most-accused, whose counts the loader keeps
    from the same edges). A new action, or a change to the accusing family, fails here until the
    queries follow."""
    every = set(DERIVED_REL_TYPES.values())
    accusing = {DERIVED_REL_TYPES[a] for a in ACCUSING_ACTIONS}
    lists = {}
    for query in list_queries():
        for alternation in re.findall(r"\[\w*:([A-Z_|]+)\]", query.cypher):
            types = set(alternation.split("|"))
            if len(types) > 1 and types & every:  # (one type is one action's edges: ACCUSES)
                lists.setdefault(query.name, []).append(types)
    assert lists, "no query reads the derived edges: the check below would hold nothing"
    for name, found in lists.items():
        for types in found:
            assert types in (every, accusing), f"{name}: {sorted(types)}"
    assert lists["most-accused"] == [accusing] and lists["corroboration"] == [every]


def test_no_query_lists_the_accusing_actions_or_tests_names_itself():
    for query in list_queries():
        assert not re.search(r"'accuse',\s*'criticize'", query.cypher), query.name
        # (a publisher counted from its sources is compared as the loader compares
        # publishers, by graph/rules.py's PUBLISHER_KEY written out whole; no other
        # lower-casing, and no name is ever compared by hand)
        cypher = query.cypher.replace(PUBLISHER_KEY, "")
        assert "toLower(" not in cypher and "=~" not in cypher, query.name
