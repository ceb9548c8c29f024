"""Exports: RDF against a golden file and round trips, GraphML for networkx, neo4j-admin CSV.

Set UPDATE_GOLDEN=1 to rewrite tests/golden/claims.ttl after a deliberate change
to the RDF mapping (then read the diff).
"""

from __future__ import annotations

import csv
import json
import io
import os
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic, to_isomorphic, graph_diff
from rdflib.namespace import PROV, RDF

from accusegraph.errors import InputError
from accusegraph.graph.csvexport import CLAIM_RELS, DERIVED_RELS, NODE_FILES, import_command
from accusegraph.graph.export import collect, export_claims
from accusegraph.graph.graphml import build_graph, edge_key, node_key, to_graphml
from accusegraph.graph.rdf import build_rdf, serialize
from accusegraph.graph.rdf_terms import ACTION_PROPERTY, AG, PREFIXES, SCHEMA, mint
from accusegraph.graph.rules import name_keys
from accusegraph.model import ACTIONS, ActorRef, Claim, SourceRef, make_actor_id, make_source_id
from factories import make_claim

GOLDEN = Path(__file__).parent / "golden"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "exports.md"

MINISTRY = ActorRef.make("Ministry of Digital Affairs", "government")
VENDOR = ActorRef.make("Kaspersky Lab", "company")
PETROVA = ActorRef.make("Anna Petrova", "person")
UNION = ActorRef.make("European Union", "international_org")
SPOKESMAN = ActorRef.make("A spokesperson", "unknown")

LEDGER = SourceRef(id=make_source_id("https://ledger.example/2025/03/01/spying"),
                   url="https://ledger.example/2025/03/01/spying?ref=rss&x=\"1\"",
                   title="Ministry says antivirus vendor spied", publisher="The Daily Ledger",
                   published="2025-03-01")
WIRE = SourceRef(id=make_source_id("https://wire.example/deny"), url="https://wire.example/deny",
                 title="Vendor: «we never spied»", publisher="Wire Service",
                 published="2025-03-02T08:30:00Z")
NOTE = SourceRef(id=make_source_id(None, "a pasted note"))  # no url, publisher or date

TRICKY = ('He said "no", then \'never\'.\nA `backtick`, a backslash \\ and an RTL mark '
          '\u200f\u202bمرحبا\u202c; tab\tend.')


def ministry_accuses(target: ActorRef = VENDOR, **overrides) -> Claim:
    """The ministry's accusation of the vendor; any claim field can be overridden."""
    fields = dict(source=LEDGER, start=10, evidence="cited", evidence_description="a leaked audit report",
                  allegation="spying for a foreign state",
                  quote="The ministry accused Kaspersky Lab of spying for a foreign state.")
    fields.update(overrides)
    return make_claim(MINISTRY, "accuse", target, **fields)


def golden_claims() -> list[Claim]:
    accusation = ministry_accuses()
    return [
        accusation,
        make_claim(VENDOR, "deny", MINISTRY, quote=TRICKY, source=WIRE, start=10,
                   responds_to=accusation.id, extractor="rules/1", confidence=0.85),
        make_claim(PETROVA, "accuse", VENDOR, negated=True, hedged=True, allegation="espionage",
                   evidence="none_public", source=LEDGER, start=400,
                   quote="Petrova denied ever accusing the company of espionage."),
        make_claim(SPOKESMAN, "deny", None, allegation="wrongdoing", source=NOTE, start=10,
                   quote="A spokesperson denied any wrongdoing.", confidence=0.5, extractor="llm/test-model"),
        make_claim(UNION, "sanction", VENDOR, allegation="banned from tenders", evidence="cited",
                   evidence_description="Council decision 2025/77", source=WIRE, start=10,
                   quote="The EU banned Kaspersky Lab from public tenders.",
                   responds_to="clm:not-in-this-set"),
    ]


# ------------------------------------------------------------------ RDF

def test_turtle_matches_golden_file(tmp_path):
    out = tmp_path / "claims.ttl"
    report = export_claims(golden_claims(), "turtle", out)
    assert report.format == "turtle" and report.files == (str(out),)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        (GOLDEN / "claims.ttl").write_bytes(out.read_bytes())
    got = Graph().parse(out, format="turtle")
    want = Graph().parse(GOLDEN / "claims.ttl", format="turtle")
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        pytest.fail("turtle differs from golden file\nextra:\n"
                    + only_got.serialize(format="nt") + "\nmissing:\n" + only_want.serialize(format="nt"))


@pytest.mark.parametrize("fmt, rdflib_format", [("turtle", "turtle"), ("jsonld", "json-ld"), ("nt", "nt")])
def test_every_rdf_format_parses_back_to_the_same_graph(fmt, rdflib_format):
    graph = build_rdf(collect(golden_claims()))
    text = serialize(graph, fmt)
    assert isomorphic(Graph().parse(data=text, format=rdflib_format), graph)


@pytest.mark.parametrize("fmt, rdflib_format", [("turtle", "turtle"), ("jsonld", "json-ld"), ("nt", "nt")])
def test_quotes_newlines_backticks_and_rtl_marks_survive(fmt, rdflib_format):
    buf = io.BytesIO()
    export_claims(golden_claims(), fmt, buf)
    g = Graph().parse(data=buf.getvalue().decode("utf-8"), format=rdflib_format)
    deny = golden_claims()[1]
    assert g.value(mint("claim", deny.id), SCHEMA.text) == Literal(TRICKY)
    assert str(g.value(mint("source", WIRE.id), SCHEMA.headline)) == "Vendor: «we never spied»"


def test_claim_and_its_direct_statement_both_appear():
    g = build_rdf(collect(golden_claims()))
    accusation = golden_claims()[0]
    claim, actor, target = mint("claim", accusation.id), mint("actor", MINISTRY.id), mint("actor", VENDOR.id)
    assert (claim, RDF.type, SCHEMA.Claim) in g
    assert (claim, SCHEMA.author, actor) in g and (claim, SCHEMA.about, target) in g
    assert (claim, PROV.wasDerivedFrom, mint("source", LEDGER.id)) in g
    assert (actor, AG.accuses, target) in g
    assert (claim, RDF.predicate, AG.accuses) in g
    # the denial answers the accusation, and the vendor denies the ministry directly
    deny = golden_claims()[1]
    assert (mint("claim", deny.id), AG.respondsTo, claim) in g
    assert (target, AG.denies, actor) in g


def test_negated_claim_states_nothing_directly():
    g = build_rdf(collect(golden_claims()))
    negated = golden_claims()[2]
    assert (mint("claim", negated.id), AG.negated, Literal(True)) in g
    assert (mint("actor", PETROVA.id), AG.accuses, mint("actor", VENDOR.id)) not in g


def test_source_provenance_uses_prov_and_schema():
    g = build_rdf(collect(golden_claims()))
    src = mint("source", LEDGER.id)
    assert (src, RDF.type, PROV.Entity) in g and (src, RDF.type, SCHEMA.NewsArticle) in g
    assert str(g.value(src, SCHEMA.datePublished).datatype).endswith("#date")
    assert str(g.value(mint("source", WIRE.id), SCHEMA.datePublished).datatype).endswith("#dateTime")
    assert g.value(g.value(src, SCHEMA.publisher), SCHEMA.name) == Literal("The Daily Ledger")


def test_any_record_id_mints_a_valid_iri():
    odd = ActorRef(id='weird id/"<>{}|^`\\ é\n', name="Odd <name>", kind="group")
    claim = make_claim(odd, "accuse", VENDOR, id="clm: spaces & #hash ?q", source=LEDGER)
    g = build_rdf(collect([claim]))
    for fmt, parse_as in [("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")]:
        back = Graph().parse(data=serialize(g, fmt), format=parse_as)
        assert isomorphic(back, g)
        assert back.value(mint("actor", odd.id), SCHEMA.identifier) == Literal(odd.id)


def test_closed_namespace_rejects_a_misspelt_term():
    with pytest.raises(AttributeError):
        AG.acuses  # noqa: B018
    with pytest.raises(AttributeError):
        SCHEMA.auther  # noqa: B018


def test_every_action_has_its_own_property():
    assert set(ACTION_PROPERTY) == set(ACTIONS)
    assert len(set(ACTION_PROPERTY.values())) == len(ACTIONS)


def test_turtle_prefixes_come_from_the_one_table():
    text = serialize(build_rdf(collect(golden_claims())), "turtle")
    for prefix in ("ag", "schema", "prov", "xsd"):
        assert f"@prefix {prefix}: <{PREFIXES[prefix]}> ." in text


def test_same_claims_give_identical_bytes(tmp_path):
    for fmt in ("turtle", "nt", "jsonld", "graphml"):
        a, b = io.BytesIO(), io.BytesIO()
        export_claims(golden_claims(), fmt, a)
        export_claims(list(golden_claims()), fmt, b)
        assert a.getvalue() == b.getvalue(), fmt


def test_output_does_not_depend_on_the_hash_seed(tmp_path):
    import subprocess
    import sys

    from accusegraph.model import write_claims

    jsonl = tmp_path / "claims.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        write_claims(golden_claims(), fh)
    script = ("import sys, pathlib\n"
              "from accusegraph.model import read_claims\n"
              "from accusegraph.graph.export import export_claims\n"
              "from accusegraph.graph.analyze import analyze_claims\n"
              "claims = read_claims(sys.argv[1])\n"
              "for fmt in ('turtle', 'jsonld', 'nt', 'graphml', 'csv'):\n"
              "    export_claims(claims, fmt, pathlib.Path(sys.argv[2]) / fmt)\n"
              "(pathlib.Path(sys.argv[2]) / 'analysis').write_text(repr(analyze_claims(claims).to_dict()))\n")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        out.mkdir()
        subprocess.run([sys.executable, "-c", script, str(jsonl), str(out)], check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert outputs[0] == outputs[1]


# ------------------------------------------------------------------ GraphML

def test_graphml_reads_back_in_networkx(tmp_path):
    out = tmp_path / "claims.graphml"
    report = export_claims(golden_claims(), "graphml", out)
    g = nx.read_graphml(out, force_multigraph=True)
    assert isinstance(g, nx.MultiDiGraph)
    types = [d["type"] for _, d in g.nodes(data=True)]
    assert {t: types.count(t) for t in set(types)} == {"Actor": 5, "Claim": 5, "Source": 3, "Evidence": 5}
    assert all("label" in d for _, d in g.nodes(data=True))
    assert report.counts["Claim"] == 5 and report.counts["ACCUSES"] == 1
    deny = golden_claims()[1]
    node = g.nodes[node_key("Claim", deny.id)]
    assert node["quote"] == TRICKY and node["confidence"] == 0.85 and node["negated"] is False
    assert node["start"] == 10
    ministry, vendor = node_key("Actor", MINISTRY.id), node_key("Actor", VENDOR.id)
    accuses = g.get_edge_data(ministry, vendor)[edge_key(ministry, "ACCUSES", vendor)]
    assert accuses["type"] == "ACCUSES" and accuses["claims"] == 1 and accuses["first"] == "2025-03-01"
    # a response to a claim outside the set is left out, not dangling
    sanction = golden_claims()[4]
    assert [d["type"] for *_, d in g.out_edges(node_key("Claim", sanction.id), data=True)] == [
        "AGAINST", "REPORTED_IN", "CITES"]
    assert any("clm:not-in-this-set" in line for line in report.skipped)


def test_graphml_attributes_are_graphml_scalars():
    g = build_graph(collect(golden_claims()))
    for _, data in list(g.nodes(data=True)) + [(None, d) for *_, d in g.edges(data=True)]:
        for value in data.values():
            assert type(value) in (str, int, float, bool), value
    text = to_graphml(g)
    assert "\x0b" not in text
    nx.read_graphml(io.BytesIO(text.encode("utf-8")))


def test_graphml_edge_ids_are_unique_in_the_file():
    text = to_graphml(build_graph(collect(golden_claims())))
    ids = re.findall(r'<edge [^>]*id="([^"]*)"', text)
    assert len(ids) == len(set(ids)) == 23


def test_graphml_drops_characters_xml_cannot_carry():
    claim = ministry_accuses(quote="bell\x07 and vertical tab\x0b here")
    g = nx.read_graphml(io.BytesIO(to_graphml(build_graph(collect([claim]))).encode()))
    assert g.nodes[node_key("Claim", claim.id)]["quote"] == "bell and vertical tab here"


# ------------------------------------------------------------------ CSV

def _read(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def test_csv_headers_match_neo4j_admin_import(tmp_path):
    report = export_claims(golden_claims(), "csv", tmp_path / "out")
    folder = tmp_path / "out"
    assert _read(folder / "actors.csv")[0] == ["id:ID(Actor)", "name", "kind", "aliases:string[]",
                                               "name_keys:string[]", "accusations:int", "accusers:int", ":LABEL"]
    assert _read(folder / "claims.csv")[0] == [
        "id:ID(Claim)", "action", "allegation", "quote", "start:int", "end:int", "hedged:boolean",
        "negated:boolean", "confidence:float", "extractor", "plover", "cameo", "responds_to",
        "pair:string[]", "published:date", ":LABEL"]
    assert _read(folder / "sources.csv")[0] == [
        "id:ID(Source)", "url", "title", "publisher", "published:date", "published_text", ":LABEL"]
    assert _read(folder / "evidence.csv")[0] == ["id:ID(Evidence)", "status", "description", ":LABEL"]
    assert _read(folder / "rel_made.csv")[0] == [":START_ID(Actor)", ":END_ID(Claim)", ":TYPE", "name", "kind"]
    assert _read(folder / "rel_against.csv")[0] == [":START_ID(Claim)", ":END_ID(Actor)", ":TYPE", "name", "kind"]
    assert _read(folder / "rel_cites.csv")[0] == [":START_ID(Claim)", ":END_ID(Evidence)", ":TYPE"]
    assert _read(folder / "rel_responds_to.csv")[0] == [":START_ID(Claim)", ":END_ID(Claim)", ":TYPE"]
    assert _read(folder / "rel_accuses.csv")[0] == [
        ":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "claims:int", "sources:int", "first:date", "last:date",
        "publishers:string[]"]
    expected = {n for n, _ in NODE_FILES.values()} | {n for n, *_ in CLAIM_RELS.values()} | set(DERIVED_RELS.values())
    assert {p.name for p in folder.iterdir()} == expected
    assert {Path(f).name for f in report.files} == expected


def test_csv_leaves_the_pair_empty_when_an_id_holds_the_array_delimiter(tmp_path):
    odd = ActorRef(id="organization:odd\x1fid", name="Odd", kind="organization")
    claims = [make_claim(odd, "accuse", VENDOR, source=WIRE), make_claim(VENDOR, "deny", odd, source=WIRE, start=99),
              make_claim(MINISTRY, "accuse", VENDOR, source=WIRE, start=200)]
    export_claims(claims, "csv", tmp_path)
    header, rows = _read(tmp_path / "claims.csv")
    pairs = {row[0]: row[header.index("pair:string[]")] for row in rows}
    assert pairs == {claims[0].id: "", claims[1].id: "", claims[2].id: f"{MINISTRY.id}\x1f{VENDOR.id}"}


def test_csv_row_counts(tmp_path):
    report = export_claims(golden_claims(), "csv", tmp_path)
    counts = {name: len(_read(tmp_path / name)[1]) for name in sorted(os.listdir(tmp_path))}
    assert counts == {
        "actors.csv": 5, "claims.csv": 5, "sources.csv": 3, "evidence.csv": 5,
        "rel_made.csv": 5, "rel_against.csv": 4, "rel_on_behalf_of.csv": 0, "rel_reported_in.csv": 5,
        "rel_cites.csv": 5,
        "rel_responds_to.csv": 1,  # the sanction answers a claim outside the set: left out
        "rel_accuses.csv": 1,  # Petrova's accusation is negated
        "rel_denies.csv": 1, "rel_sanctions.csv": 1,
        "rel_criticizes.csv": 0, "rel_disputes.csv": 0, "rel_defends.csv": 0, "rel_sues.csv": 0,
        "rel_cuts_ties_with.csv": 0, "rel_investigates.csv": 0, "rel_threatens.csv": 0,
    }
    assert report.counts["Claim"] == 5 and report.counts["ACCUSES"] == 1
    assert len(report.skipped) == 1


def test_csv_values_are_typed_and_quoted(tmp_path):
    export_claims(golden_claims(), "csv", tmp_path)
    _, claims = _read(tmp_path / "claims.csv")
    deny = next(r for r in claims if r[1] == "deny" and r[3] == TRICKY)
    assert deny[4:10] == ["10", str(10 + len(TRICKY)), "false", "false", "0.85", "rules/1"]
    _, sources = _read(tmp_path / "sources.csv")
    assert sorted(r[4:6] for r in sources) == [["", ""], ["2025-03-01", ""], ["2025-03-02", "2025-03-02T08:30:00Z"]]
    _, accuses = _read(tmp_path / "rel_accuses.csv")
    assert accuses == [[MINISTRY.id, VENDOR.id, "ACCUSES", "1", "1", "2025-03-01", "2025-03-01",
                        "the daily ledger"]]


def test_derived_edges_count_claims_and_distinct_sources(tmp_path):
    second = ministry_accuses(quote="Again, the ministry accused the vendor.", source=WIRE)
    third = ministry_accuses(quote="And once more the ministry accused the vendor.", source=WIRE, start=200)
    export_claims(golden_claims() + [second, third], "csv", tmp_path)
    _, accuses = _read(tmp_path / "rel_accuses.csv")
    assert accuses == [[MINISTRY.id, VENDOR.id, "ACCUSES", "3", "2", "2025-03-01", "2025-03-02",
                        "the daily ledger\x1fwire service"]]


def test_actor_name_is_its_ids_name_and_the_others_are_aliases(tmp_path):
    short = ActorRef(id=VENDOR.id, name="Kaspersky", kind="company")
    claims = [ministry_accuses(), ministry_accuses(target=short, quote="The ministry accused Kaspersky."),
              ministry_accuses(target=short, quote="Kaspersky stands accused.", start=300)]
    cs = collect(reversed(claims))
    # "Kaspersky" is used more, but "Kaspersky Lab" made the id: the graph's name
    assert cs.actors[VENDOR.id].name == "Kaspersky Lab"
    assert cs.aliases[VENDOR.id] == ("Kaspersky", "Kaspersky Lab")
    export_claims(claims, "csv", tmp_path)
    _, actors = _read(tmp_path / "actors.csv")
    assert [VENDOR.id, "Kaspersky Lab", "company", "Kaspersky\x1fKaspersky Lab", "kaspersky\x1fkaspersky lab\x1flab",
            "3", "1", "Actor"] in actors
    assert [MINISTRY.id, MINISTRY.name, "government", MINISTRY.name, "\x1f".join(name_keys([MINISTRY.name])),
            "", "", "Actor"] in actors
    _, against = _read(tmp_path / "rel_against.csv")
    assert sorted(r[3] for r in against) == ["Kaspersky", "Kaspersky", "Kaspersky Lab"]
    g = build_rdf(cs)
    assert g.value(mint("actor", VENDOR.id), SCHEMA.alternateName) == Literal("Kaspersky")


def test_actor_name_without_its_ids_name_is_the_most_used_then_the_first():
    def named(*names: str) -> list[Claim]:
        return [ministry_accuses(target=ActorRef(id="actor:acme", name=n, kind="company"),
                                 quote=f"The ministry accused {n} ({i}).") for i, n in enumerate(names)]

    assert collect(named("Acme Inc", "ACME Corp", "ACME Corp")).actors["actor:acme"].name == "ACME Corp"
    assert collect(named("Acme Inc", "ACME Corp")).actors["actor:acme"].name == "ACME Corp"
    assert collect(named("Acme Inc", "ACME Corp", "Acme")).actors["actor:acme"].name == "Acme"


def test_actor_kind_in_an_export_is_the_majority_of_guesses_never_unknown():
    def guessed(*kinds: str) -> ActorRef:
        claims = [ministry_accuses(target=ActorRef.make("Skyvane Robotics", k),
                                   quote=f"The ministry accused Skyvane Robotics ({i}).") for i, k in enumerate(kinds)]
        actors = collect(claims).actors
        assert len(actors) == 2  # the ministry and one Skyvane, whatever the guesses
        return actors[make_actor_id("Skyvane Robotics")]

    assert guessed("person", "company", "company").kind == "company"
    assert guessed("unknown", "unknown", "person").kind == "person"
    assert guessed("person", "organization").kind == "organization"  # a tie: KIND_TIE_ORDER
    assert guessed("unknown").kind == "unknown"


def test_a_repeated_claim_id_keeps_its_last_record(tmp_path):
    first = ministry_accuses()
    last = first.model_copy(update={"confidence": 0.4})
    assert collect([first, last]).claims == [last]


def test_docs_give_the_exact_import_command():
    assert import_command("export") in DOCS.read_text(encoding="utf-8")


# ------------------------------------------------------------------ dispatch

def test_export_to_a_text_stream():
    buf = io.StringIO()
    report = export_claims(golden_claims(), "ttl", buf)
    assert report.format == "turtle" and report.counts["triples"] > 0
    assert isomorphic(Graph().parse(data=buf.getvalue(), format="turtle"), build_rdf(collect(golden_claims())))


def test_unknown_format_is_an_input_error():
    with pytest.raises(InputError, match="unknown export format 'xml'"):
        export_claims(golden_claims(), "xml", io.StringIO())


def test_csv_to_a_stream_is_an_input_error():
    with pytest.raises(InputError, match="folder"):
        export_claims(golden_claims(), "csv", io.StringIO())


def test_csv_to_an_existing_file_is_an_input_error(tmp_path):
    (tmp_path / "taken").write_text("x")
    with pytest.raises(InputError, match="is a file"):
        export_claims(golden_claims(), "csv", tmp_path / "taken")


def test_report_reads_as_one_line(tmp_path):
    report = export_claims(golden_claims(), "csv", tmp_path)
    assert str(report).startswith(f"wrote csv to {tmp_path} (5 Actor, 5 Claim, 3 Source, 5 Evidence, ")
    assert "\n" not in str(report) and "clm:not-in-this-set" in str(report)


def test_duplicate_claims_are_exported_once(tmp_path):
    export_claims(golden_claims() + golden_claims(), "csv", tmp_path)
    assert len(_read(tmp_path / "claims.csv")[1]) == 5


def neo4j_admin_import(claims, tmp_path) -> tuple[int, int]:
    """Export `claims` as CSV and import the folder with the documented command, run by
    Neo4j's own AdminTool on the assembled jars; returns the (nodes, relationships) written."""
    import shlex
    import subprocess

    from accusegraph.graph.server import check_java, ensure_assembled

    lib, java = ensure_assembled(), check_java()
    home = tmp_path / "home"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text(
        f"server.directories.data={home / 'data'}\nserver.directories.logs={home / 'logs'}\n", "utf-8")
    report = export_claims(claims, "csv", tmp_path / "export")
    args = shlex.split(report.command.replace("\\\n", " "))
    assert args[:4] == ["neo4j-admin", "database", "import", "full"]
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    out = subprocess.run([java, "-Xmx512m", "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool", *args[1:]],
                         cwd=home, env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    nodes = sum(report.counts[label] for label in NODE_FILES)
    rels = sum(n for key, n in report.counts.items() if key not in NODE_FILES)
    assert f"{nodes} nodes" in out.stdout and f"{rels} relationships" in out.stdout
    assert not (home / "import.report").exists() or not (home / "import.report").read_text().strip()
    return nodes, rels


def test_csv_folder_imports_with_the_real_neo4j_admin(tmp_path):
    claims = golden_claims() + [ministry_accuses(quote="Again, the ministry accused the vendor.", source=WIRE)]
    assert neo4j_admin_import(claims, tmp_path) == (20, 27)


# Publisher names whose normalisation differs between Python's str.strip/lower and Java's.
AWKWARD_PUBLISHERS = ["  Daily Post\t", "\u00a0No-Break\u00a0", "\u2003Em Space\u2003", "\x85Next Line\x85",
                      "\u3000Ideographic\u3000", "ΟΔΟΣ Press", "İstanbul Times", "Straße", "ǅ Weekly",
                      "\x1cFile Sep\x1f", "", "   ", "\u202fNarrow\u2007"]


@pytest.mark.neo4j
def test_publisher_key_is_what_neo4j_computes(empty_db):
    from accusegraph.graph.rules import publisher_key

    records, _, _ = empty_db.execute_query(
        "UNWIND $names AS p RETURN p, toLower(trim(p)) AS key", names=AWKWARD_PUBLISHERS)
    assert [(r["p"], r["key"]) for r in records] == [(p, publisher_key(p)) for p in AWKWARD_PUBLISHERS]


def _csv_graph(folder: Path) -> tuple[dict, dict]:
    """Actors {id: [name, aliases]} and derived edges {(a, TYPE, b): [claims, sources, first, last,
    publishers]} of a CSV export folder, as text."""
    actors = {row[0]: [row[1], row[3].split("\x1f")] for row in _read(folder / "actors.csv")[1]}
    edges = {}
    for name in DERIVED_RELS.values():
        for row in _read(folder / name)[1]:
            edges[(row[0], row[2], row[1])] = [*row[3:7], sorted(row[7].split("\x1f")) if row[7] else []]
    return actors, edges


def _graphml_graph(path: Path) -> tuple[dict, dict]:
    """The same of a GraphML export (which carries no publishers)."""
    g = nx.read_graphml(path, force_multigraph=True)
    actors = {d["record_id"]: [d["name"], d["aliases"].split("; ")]
              for _, d in g.nodes(data=True) if d["type"] == "Actor"}
    edges = {(g.nodes[u]["record_id"], d["type"], g.nodes[v]["record_id"]):
             [str(d["claims"]), str(d["sources"]), d.get("first", ""), d.get("last", "")]
             for u, v, d in g.edges(data=True) if "claims" in d}
    return actors, edges


def _rdf_names(path: Path, actor_ids) -> dict:
    g = Graph().parse(path, format="turtle")
    return {aid: [str(g.value(mint("actor", aid), SCHEMA.name)),
                  sorted(str(n) for n in g.objects(mint("actor", aid), SCHEMA.alternateName))]
            for aid in actor_ids}


@pytest.mark.neo4j
def test_exports_equal_the_loaders_graph(empty_db, tmp_path):
    """The parity of the loader and the exporters: the actors' names and aliases and the derived
    edges of the graph are those of every export, from the database and from the claims."""
    from accusegraph.graph.derived import check_derived_edges, rebuild_derived_edges
    from accusegraph.graph.load import load_claims
    from accusegraph.graph.read import iter_claims_from_db

    claims = []
    for i, publisher in enumerate(AWKWARD_PUBLISHERS + [None, "daily post"]):
        source = SourceRef(id=make_source_id(f"https://p.example/{i}"), url=f"https://p.example/{i}",
                           publisher=publisher, published=f"2025-02-{i + 1:02d}")
        claims.append(ministry_accuses(source=source, quote=f"The ministry accused the vendor ({i})."))
        if i % 3 == 0:
            claims.append(make_claim(VENDOR, "deny", MINISTRY, source=source, start=100,
                                     quote=f"The vendor denied what the ministry said ({i})."))
    # a dated source with a time, an undated one, a claim with no target
    claims += [make_claim(PETROVA, "accuse", UNION, source=WIRE), make_claim(VENDOR, "deny", MINISTRY, source=NOTE),
               make_claim(VENDOR, "deny", None, source=NOTE, start=300)]
    keyed = claims[-3:]
    # names: the vendor named by its id's name once and "Kaspersky" more often; an actor none of
    # whose names made its id, named twice one way and twice the other (a tie)
    short = ActorRef(id=VENDOR.id, name="Kaspersky", kind="company")
    for i, name in enumerate(["ACME Corp", "Acme Inc", "Acme Inc", "ACME Corp"]):
        acme = ActorRef(id="company:acme", name=name, kind="company")
        claims += [make_claim(acme, "criticize", short, source=NOTE, start=400 + 100 * i,
                              quote=f"{name} criticised Kaspersky ({i}).")]
    load_claims(empty_db, claims)
    records, _, _ = empty_db.execute_query("MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.aliases AS aliases")
    names = {r["id"]: [r["name"], sorted(r["aliases"])] for r in records}
    assert names[VENDOR.id] == ["Kaspersky Lab", ["Kaspersky", "Kaspersky Lab"]]
    assert names["company:acme"] == ["ACME Corp", ["ACME Corp", "Acme Inc"]]

    def derived_edges() -> dict:
        records, _, _ = empty_db.execute_query(
            "MATCH (a:Actor)-[r]->(b:Actor) RETURN a.id AS a, type(r) AS t, b.id AS b, r.claims AS n, "
            "r.sources AS s, toString(r.first) AS f, toString(r.last) AS l, r.publishers AS p")
        return {(r["a"], r["t"], r["b"]): [str(r["n"]), str(r["s"]), r["f"] or "", r["l"] or "", r["p"]]
                for r in records}

    loaded = derived_edges()  # a fresh load adds to edges (Python's EdgeTotals)
    assert loaded[("company:acme", "CRITICIZES", VENDOR.id)] == ["4", "1", "", "", []]
    # the Cypher text of the same aggregation agrees: the check, and a rebuild from the claims
    assert check_derived_edges(empty_db) == []
    rebuild_derived_edges(empty_db)
    assert derived_edges() == loaded
    stored = list(iter_claims_from_db(empty_db))
    for origin, source in (("file", claims), ("db", stored)):
        export_claims(source, "csv", tmp_path / origin)
        assert _csv_graph(tmp_path / origin) == (names, loaded), origin
        export_claims(source, "graphml", tmp_path / f"{origin}.graphml")
        assert _graphml_graph(tmp_path / f"{origin}.graphml") == (
            names, {key: edge[:4] for key, edge in loaded.items()}), origin
        export_claims(source, "turtle", tmp_path / f"{origin}.ttl")
        assert _rdf_names(tmp_path / f"{origin}.ttl", names) == {
            aid: [name, [n for n in aliases if n != name]] for aid, (name, aliases) in names.items()}, origin
        assert {(d.actor_id, d.rel_type, d.target_id): [str(d.claims), str(d.sources), d.first or "",
                                                       d.last or "", list(d.publishers)]
                for d in collect(source).derived} == loaded, origin
    # and the counts of accusing claims each actor keeps, and its name keys
    records, _, _ = empty_db.execute_query(
        "MATCH (t:Actor) RETURN t.id AS id, t.accusations AS n, t.accusers AS k, t.name_keys AS keys")
    kept = {r["id"]: ["\x1f".join(r["keys"]), str(r["n"]) if r["n"] else "", str(r["k"]) if r["k"] else ""]
            for r in records}
    assert {row[0]: row[4:7] for row in _read(tmp_path / "file" / "actors.csv")[1]} == kept
    assert kept[VENDOR.id][1:] == [str(len(AWKWARD_PUBLISHERS) + 2 + 4), "2"]
    from accusegraph.graph.rules import publisher_key
    keys = {publisher_key(p) for p in AWKWARD_PUBLISHERS + ["daily post"]} - {""}
    assert len(keys) == 11  # the blank ones are no publisher; "daily post" is there twice
    assert loaded[(MINISTRY.id, "ACCUSES", VENDOR.id)][4] == sorted(keys)
    # and each claim's pair key and date
    records, _, _ = empty_db.execute_query(
        "MATCH (c:Claim) RETURN c.id AS id, c.pair AS pair, toString(c.published) AS day")
    stored = {r["id"]: ["\x1f".join(r["pair"] or []), r["day"] or ""] for r in records}
    header, rows = _read(tmp_path / "file" / "claims.csv")
    at = [header.index("pair:string[]"), header.index("published:date")]
    assert {row[0]: [row[i] for i in at] for row in rows} == stored
    assert stored[keyed[0].id] == [f"{PETROVA.id}\x1f{UNION.id}", "2025-03-02"]
    assert stored[keyed[1].id] == [f"{VENDOR.id}\x1f{MINISTRY.id}", ""]
    assert stored[keyed[2].id] == ["", ""]


# ------------------------------------------------------------------ one name everywhere (issue 13)

def _kaspersky_claims() -> list[Claim]:
    """Three claims against the vendor: named "Kaspersky" twice, "Kaspersky Lab" (its id's name) once."""
    short = ActorRef(id=VENDOR.id, name="Kaspersky", kind="company")
    return [ministry_accuses(),
            ministry_accuses(target=short, quote="The ministry accused Kaspersky.", source=WIRE),
            ministry_accuses(target=short, quote="Kaspersky stands accused.", start=300)]


def _graphml_actor(path: Path, actor_id: str) -> tuple[str, str, str]:
    node = nx.read_graphml(path, force_multigraph=True).nodes[node_key("Actor", actor_id)]
    return node["name"], node["label"], node["aliases"]


def _csv_actor(folder: Path, actor_id: str) -> tuple[str, str]:
    header, rows = _read(folder / "actors.csv")
    row = next(r for r in rows if r[0] == actor_id)
    return row[header.index("name")], row[header.index("aliases:string[]")]


@pytest.mark.neo4j
def test_an_actor_has_one_name_in_the_graph_and_in_every_export(empty_db, neo4j_conn, tmp_path):
    from test_cli import db_env, run

    path = tmp_path / "claims.jsonl"
    path.write_text("".join(c.to_json() + "\n" for c in _kaspersky_claims()), encoding="utf-8")
    env = db_env(neo4j_conn)
    loaded = run("load", str(path), env=env)
    assert loaded.returncode == 0, loaded.stderr
    record = empty_db.execute_query("MATCH (a:Actor {id: $id}) RETURN a.name AS name, a.aliases AS aliases",
                                    id=VENDOR.id, database_=neo4j_conn.database).records[0]
    # the graph's rule: the name its id was made from, since the claims use it
    assert (record["name"], sorted(record["aliases"])) == ("Kaspersky Lab", ["Kaspersky", "Kaspersky Lab"])
    dossier = run("query", "dossier", "-p", "actor=Kaspersky", "-f", "json", env=env)
    assert dossier.returncode == 0, dossier.stderr
    assert {row["actor"] for row in json.loads(dossier.stdout)} == {"Kaspersky Lab"}

    for origin, source in (("db", []), ("file", ["--from", str(path)])):
        graphml = tmp_path / f"{origin}.graphml"
        result = run("export", "-f", "graphml", *source, "-o", str(graphml), env=env)
        assert result.returncode == 0, result.stderr
        assert _graphml_actor(graphml, VENDOR.id) == ("Kaspersky Lab", "Kaspersky Lab", "Kaspersky; Kaspersky Lab")
        folder = tmp_path / f"{origin}-csv"
        result = run("export", "-f", "csv", *source, "-o", str(folder), env=env)
        assert result.returncode == 0, result.stderr
        assert _csv_actor(folder, VENDOR.id) == ("Kaspersky Lab", "Kaspersky\x1fKaspersky Lab")
        turtle = tmp_path / f"{origin}.ttl"
        result = run("export", "-f", "turtle", *source, "-o", str(turtle), env=env)
        assert result.returncode == 0, result.stderr
        g = Graph().parse(turtle, format="turtle")
        node = mint("actor", VENDOR.id)
        assert g.value(node, SCHEMA.name) == Literal("Kaspersky Lab")
        assert set(g.objects(node, SCHEMA.alternateName)) == {Literal("Kaspersky")}
