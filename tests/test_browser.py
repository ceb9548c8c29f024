"""Neo4j Browser: the GraSS style, the guide, and real headless Chromium on the real Browser.

The Chromium tests drive Debian's /usr/bin/chromium through the Playwright package
(no browser is downloaded) against the test server's /browser/: connect through the
form, run the saved who-accused-whom query, draw the claims behind its rows as a
graph, load the style and the guide from `serve_guide`, and save screenshots in
pytest's tmp dir. They skip only when Chromium or the playwright package is absent.
The driving itself is in browser_driver.py, which scripts/readme_picture.py (the
README picture) uses too.
"""

from __future__ import annotations

import html.parser
import re
import urllib.request

import pytest

from accusegraph.graph.browser import (graph_companion, graph_queries, graph_query, guide_html,
                                       param_line, parse_grass, serve_guide, style_text)
from accusegraph.graph.load import load_claims
from accusegraph.graph.queries import get_query, list_queries
from accusegraph.graph.schema import LABELS, REL_TYPES
from browser_driver import CHROMIUM, chromium_context, connect_page, run
from browser_driver import frame_for as _frame_for
from browser_driver import graph_nodes as _graph_nodes
from browser_driver import wait_text as _wait_text
from factories import make_story

ACTOR_FILL = "#2F6DB5"  # node.Actor colour in style.grass
ACTORS = {"Northwind Bank", "Harbor Telecom", "Port Authority", "Civic Watch"}


# ------------------------------------------------------------------ style and guide, no browser

def test_style_parses_as_browser_does_and_covers_the_vocabulary():
    text = style_text()
    rules = parse_grass(text)
    # Every declaration survives Browser's parser (no comments, no stray ':' or ';').
    declared = sum(1 for line in text.splitlines() if line.strip().endswith(";"))
    assert sum(len(props) for props in rules.values()) == declared
    assert {"node", "relationship"} <= set(rules)
    for label in LABELS:
        assert f"node.{label}" in rules, label
    for rel_type in REL_TYPES:
        assert rules[f"relationship.{rel_type}"]["caption"] == "<type>", rel_type
    assert rules["node.Actor"]["caption"] == "{name}"
    assert rules["node.Claim"]["caption"] == "{action}"
    assert rules["node.Source"]["caption"] == "{publisher}"
    assert rules["node.Evidence"]["caption"] == "{status}"
    assert rules["node.Actor"]["color"] == ACTOR_FILL
    for props in rules.values():
        for key, value in props.items():
            if key in ("color", "border-color") or key.startswith("text-color"):
                assert re.fullmatch(r"#[0-9A-F]{6}", value), (key, value)
            if key in ("diameter", "shaft-width", "font-size", "border-width", "padding"):
                assert re.fullmatch(r"\d+px", value), (key, value)


class _Runnables(html.parser.HTMLParser):
    """Text of every <pre class="... runnable ..."> and the number of <slide>s."""

    def __init__(self):
        super().__init__()
        self.blocks: list[str] = []
        self.slides = 0
        self._in = False

    def handle_starttag(self, tag, attrs):
        if tag == "slide":
            self.slides += 1
        if tag == "pre" and "runnable" in (dict(attrs).get("class") or "").split():
            self._in = True
            self.blocks.append("")

    def handle_endtag(self, tag):
        if tag == "pre":
            self._in = False

    def handle_data(self, data):
        if self._in:
            self.blocks[-1] += data


def test_guide_has_a_slide_per_query_with_runnable_params_and_cypher():
    page = guide_html(style_url="http://localhost:1234/accusegraph.grass")
    assert '<article class="guide">' in page
    parsed = _Runnables()
    parsed.feed(page)
    queries = list_queries()
    assert parsed.slides == len(queries) + 2  # intro, pictures, one per query
    blocks = parsed.blocks
    assert ":style http://localhost:1234/accusegraph.grass" in blocks
    for query in queries:
        assert f'<h3 id="{query.name}">{query.name}</h3>' in page
        body = query.body
        assert body in blocks, query.name  # exact Cypher, unescaped by the HTML parser
        assert "// name:" not in body
        for param in query.params:
            assert param_line(param) in blocks
        companion = graph_companion(query)
        if companion:
            assert companion in blocks
    assert [g.name for g in graph_queries()] == ["accusation-graph", "actor-graph", "claim-graph"]
    for graph in graph_queries():
        assert graph.body in blocks
    params = {p.name: p for p in get_query("accusation-chains").params}
    assert param_line(params["max_hops"]) == ":param max_hops => 4"
    assert param_line(params["start"]) == ":param start => null"
    assert graph_companion(get_query("who-accused-whom"))
    assert graph_companion(get_query("most-accused")) is None


def test_serve_guide_answers_the_cors_preflight_and_serves_guide_and_style():
    with serve_guide(0, background=True) as server:
        assert server.guide_url == f"http://localhost:{server.port}/accusegraph.html"
        base = f"http://127.0.0.1:{server.port}"
        preflight = urllib.request.Request(base + "/accusegraph.html", method="OPTIONS", headers={
            "Origin": "http://127.0.0.1:7474", "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "pragma,cache-control"})
        with urllib.request.urlopen(preflight, timeout=10) as answer:
            assert answer.status == 204
            assert answer.headers["Access-Control-Allow-Origin"] == "*"
            assert "cache-control" in answer.headers["Access-Control-Allow-Headers"]
        with urllib.request.urlopen(base + "/accusegraph.html", timeout=10) as answer:
            assert answer.headers["Access-Control-Allow-Origin"] == "*"
            page = answer.read().decode("utf-8")
        assert server.style_command in page and "who-accused-whom" in page
        with urllib.request.urlopen(base + "/accusegraph.grass", timeout=10) as answer:
            assert answer.read().decode("utf-8") == style_text()


def test_serve_guide_reports_a_taken_port():
    from accusegraph.errors import InputError
    with serve_guide(0, background=True) as server:
        with pytest.raises(InputError, match="choose another port"):
            serve_guide(server.port, background=True)


# ------------------------------------------------------------------ real Chromium

def _small_graph():
    """Four actors over three articles: two accusations, a criticism, a denial, a sanction."""
    return (
        make_story("https://news.example/ports-1", "Alpha News", "2024-03-01",
                   ("Northwind Bank", "accuse", "Harbor Telecom"),
                   ("Harbor Telecom", "deny", "Northwind Bank"))
        + make_story("https://news.example/ports-2", "Beta Times", "2024-03-04",
                     ("Harbor Telecom", "accuse", "Port Authority"),
                     ("Port Authority", "sanction", "Harbor Telecom"))
        + make_story("https://news.example/ports-3", "Gamma Post", "2024-03-09",
                     ("Civic Watch", "criticize", "Northwind Bank"))
    )


@pytest.fixture(scope="module")
def chromium(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}: install Debian's `chromium` package "
                    "(apt-get install chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api",
        reason="the playwright Python package is not installed (pip install playwright; "
               "no `playwright install` needed, the tests use Debian's chromium)")
    with chromium_context(sync_api, tmp_path_factory.mktemp("chromium-profile")) as context:
        yield context


@pytest.fixture(scope="module")
def browser_page(chromium, neo4j_conn):
    """Neo4j Browser at the test server's /browser/, connected through its form."""
    if not getattr(neo4j_conn, "http_url", None):
        pytest.skip("the Neo4j under test has no HTTP address, so no Browser to drive")
    yield connect_page(chromium, neo4j_conn.http_url, neo4j_conn.uri, neo4j_conn.username, neo4j_conn.password,
                       getattr(neo4j_conn, "database", None) or "neo4j")


def _set_params(page, query) -> None:
    if not query.params:
        return
    line = ":params {" + ", ".join(f"{p.name}: {param_line(p).split(' => ', 1)[1]}"
                                   for p in query.params) + "}"
    _wait_text(run(page, line), "Successfully set your parameters")


@pytest.mark.neo4j
@pytest.mark.timeout(120, func_only=True)  # the session server and Chromium start in fixtures
def test_browser_runs_who_accused_whom_and_draws_its_graph(browser_page, empty_db, neo4j_conn, tmp_path):
    page = browser_page
    load_claims(empty_db, _small_graph(), database=neo4j_conn.database)
    # The style, pasted after `:style` as the docs say, so actors show whole names.
    _wait_text(run(page, ":style\n" + style_text()), "node.Actor")
    query = get_query("who-accused-whom")
    _set_params(page, query)

    # The saved query itself, verbatim (header comments included): its rows are table columns.
    table = run(page, query.cypher)
    text = _wait_text(table, "Northwind Bank", "Harbor Telecom", "Port Authority", "Civic Watch")
    assert "started streaming 3 records" in text.lower()
    page.screenshot(path=str(tmp_path / "who-accused-whom-table.png"))

    # Its graph companion: the claims behind those rows, as paths the graph view draws.
    graph = run(page, graph_companion(query))
    nodes = _graph_nodes(graph, at_least=4)
    captions = " | ".join(caption for caption, _ in nodes)
    for name in ("Northwind Bank", "Harbor Telecom", "Port Authority", "Civic Watch"):
        assert name in {caption for caption, _ in nodes}, captions
    assert {fill for caption, fill in nodes if caption in ACTORS} == {ACTOR_FILL}
    # 4 actors, 3 claims, 3 sources, 3 evidence nodes.
    assert len(nodes) == 13, captions
    shot = tmp_path / "who-accused-whom-graph.png"
    graph.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


@pytest.mark.neo4j
@pytest.mark.timeout(120, func_only=True)  # the session server and Chromium start in fixtures
def test_browser_plays_the_served_guide_and_loads_the_style(browser_page, empty_db, neo4j_conn, tmp_path):
    page = browser_page
    load_claims(empty_db, _small_graph(), database=neo4j_conn.database)
    with serve_guide(0, background=True) as server:
        _wait_text(run(page, server.style_command), "node.Actor")
        guide = run(page, server.play_command)
        _wait_text(guide, "accusegraph: who accused whom", "who-accused-whom", "accusation-chains")
        page.screenshot(path=str(tmp_path / "guide.png"))
        # Slide 2, "Pictures": click the play icon of its first block (accusation-graph).
        guide.locator("button.next-slide").first.click()
        _wait_text(guide, "2 / ", "Pictures")
        picture = guide.locator("pre.runnable", has_text="MATCH p = (:Actor)-[:ACCUSES]->(:Actor)")
        picture.locator("i.fa-play-circle-o").first.click()
    graph = _frame_for(page, graph_query("accusation-graph").body)
    nodes = _graph_nodes(graph, at_least=3)
    assert {caption for caption, _ in nodes} >= {"Northwind Bank", "Harbor Telecom", "Port Authority"}
    assert {fill for _, fill in nodes} == {ACTOR_FILL}  # the style reached the graph view
    graph.screenshot(path=str(tmp_path / "accusation-graph.png"))


def test_guide_param_lines_know_only_the_runners_parameter_types():
    """The guide reads the runner's `QueryParam`s: it has a placeholder for each type the runner
    converts and none of its own (`actions` always have their value)."""
    from accusegraph.graph.browser import _PLACEHOLDER
    from accusegraph.graph.queries import PARAM_TYPES

    assert set(_PLACEHOLDER) == set(PARAM_TYPES) - {"actions"}
