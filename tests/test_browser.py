"""Neo4j Browser: the GraSS style, the guide, and real headless Chromium on the real Browser.

The Chromium tests drive Debian's /usr/bin/chromium through the Playwright package
(no browser is downloaded) against the test server's /browser/: connect through the
form, run the saved who-accused-whom query, draw the claims behind its rows as a
graph, load the style and the guide from `serve_guide`, and save screenshots in
pytest's tmp dir. They skip only when Chromium or the playwright package is absent.

`ACCUSEGRAPH_PICTURE=docs/img/demo-graph.png pytest tests/test_browser.py -k picture`
rewrites the README picture.
"""

from __future__ import annotations

import html.parser
import os
import re
import time
import urllib.request
from pathlib import Path

import pytest

from accusegraph.graph import browser
from accusegraph.graph.browser import (GRAPH_QUERIES, graph_companion, graph_query, guide_html,
                                       param_line, parse_grass, serve_guide, style_text)
from accusegraph.graph.load import load_claims
from accusegraph.graph.queries import get_query, list_queries
from accusegraph.graph.schema import LABELS, REL_TYPES
from factories import make_story

CHROMIUM = Path(os.environ.get("ACCUSEGRAPH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
FIRST_LOAD_MS = 60_000  # the Browser's first load on a busy 2-core machine
STEP_MS = 30_000
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
        body = browser._split(query.cypher)[1]
        assert body in blocks, query.name  # exact Cypher, unescaped by the HTML parser
        assert "// name:" not in body
        for param in query.params:
            assert param_line(param) in blocks
        companion = graph_companion(query)
        if companion:
            assert companion in blocks
    for graph in GRAPH_QUERIES:
        assert graph.text in blocks
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
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1400, "height": 1000}, timeout=FIRST_LOAD_MS)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture(scope="module")
def browser_page(chromium, neo4j_conn):
    """Neo4j Browser at the test server's /browser/, connected through its form."""
    if not getattr(neo4j_conn, "http_url", None):
        pytest.skip("the Neo4j under test has no HTTP address, so no Browser to drive")
    page = chromium.pages[0] if chromium.pages else chromium.new_page()
    page.set_default_timeout(STEP_MS)
    page.goto(neo4j_conn.http_url.rstrip("/") + "/browser/", wait_until="domcontentloaded",
              timeout=FIRST_LOAD_MS)
    page.wait_for_selector("[data-testid=boltaddress]", timeout=FIRST_LOAD_MS)
    scheme, _, address = neo4j_conn.uri.partition("://")
    if scheme in ("bolt", "neo4j"):
        page.select_option("[data-testid=bolt-scheme-select]", f"{scheme}://")
    page.fill("[data-testid=boltaddress]", address or neo4j_conn.uri)
    database = getattr(neo4j_conn, "database", None)
    if database and database != "neo4j":
        page.fill("[data-testid=database]", database)
    page.fill("[data-testid=username]", neo4j_conn.username)
    page.fill("[data-testid=password]", neo4j_conn.password)
    page.click("[data-testid=connect]")
    page.get_by_text("You are connected as user").first.wait_for(timeout=STEP_MS)
    yield page


def _flat(text: str) -> str:
    return " ".join(text.split())


def _frame_for(page, command: str):
    """The newest result frame whose command line starts like `command`."""
    head = _flat(command)[:40]
    deadline = time.monotonic() + STEP_MS / 1000
    while time.monotonic() < deadline:
        frames = page.locator("[data-testid=frame]")
        for i in range(min(frames.count(), 3)):
            frame = frames.nth(i)
            shown = frame.locator("[data-testid=frameCommand]")
            if shown.count() and _flat(shown.first.inner_text()).startswith(head):
                return frame
        page.wait_for_timeout(200)
    raise AssertionError(f"no frame appeared for {head!r}")


def run(page, command: str):
    """Type `command` into the Browser's editor, run it, return its result frame."""
    page.click("#monaco-main-editor")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    # A paste, not typing: typed text gets Monaco's auto-closing brackets added.
    page.evaluate(_PASTE, command)
    page.keyboard.press("Control+Enter")
    return _frame_for(page, command)


_PASTE = """text => {
    const area = document.querySelector('#monaco-main-editor textarea');
    area.focus();
    const data = new DataTransfer();
    data.setData('text/plain', text);
    area.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
}"""


def _wait_text(frame, *needles: str) -> str:
    """Wait until the frame shows every needle; fail at once on a Cypher error."""
    deadline = time.monotonic() + STEP_MS / 1000
    text = ""
    while time.monotonic() < deadline:
        text = frame.inner_text()
        if "ERROR" in text and ("Neo." in text or "Error" in text):
            raise AssertionError(f"the Browser reports an error:\n{text[text.find('ERROR'):][:2000]}")
        if all(n in text for n in needles):
            return text
        frame.page.wait_for_timeout(250)
    raise AssertionError(f"frame never showed {needles}; it shows:\n{text[:2000]}")


def _graph_nodes(frame, at_least: int) -> list[tuple[str, str]]:
    """(caption, fill) of each node of the frame's graph view, once `at_least` are drawn."""
    nodes = frame.locator("svg g.node")
    deadline = time.monotonic() + STEP_MS / 1000
    while nodes.count() < at_least:
        if time.monotonic() > deadline:
            _wait_text(frame, "\0never")  # raises with the frame's text (or its error)
        frame.page.wait_for_timeout(250)
    frame.page.wait_for_timeout(1000)  # let the force layout settle for the picture
    return frame.evaluate("""f => Array.from(f.querySelectorAll('svg g.node')).map(g => [
        Array.from(g.querySelectorAll('text')).map(t => t.textContent.trim()).join(' '),
        (g.querySelector('circle.b-outline') || {getAttribute: () => ''}).getAttribute('fill')])""")


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
    graph = _frame_for(page, graph_query("accusation-graph").text)
    nodes = _graph_nodes(graph, at_least=3)
    assert {caption for caption, _ in nodes} >= {"Northwind Bank", "Harbor Telecom", "Port Authority"}
    assert {fill for _, fill in nodes} == {ACTOR_FILL}  # the style reached the graph view
    graph.screenshot(path=str(tmp_path / "accusation-graph.png"))


@pytest.mark.neo4j
@pytest.mark.timeout(300, func_only=True)
@pytest.mark.skipif(not os.environ.get("ACCUSEGRAPH_PICTURE"),
                    reason="writes the README picture only when ACCUSEGRAPH_PICTURE=PATH.png is set")
def test_readme_picture(browser_page, empty_db, neo4j_conn):
    """The example articles through the real pipeline, drawn with the style: docs/img/demo-graph.png."""
    from accusegraph.pipeline import examples_dir, extract_claims

    page = browser_page
    claims = list(extract_claims([str(examples_dir())]))
    load_claims(empty_db, claims, database=neo4j_conn.database)
    _wait_text(run(page, ":style\n" + style_text()), "node.Actor")
    pairs = [(r["a"], r["b"]) for r in empty_db.execute_query(
        "MATCH (a:Actor)-[r]->(b:Actor) RETURN DISTINCT a.name AS a, b.name AS b",
        database_=neo4j_conn.database).records]
    actors = len({name for pair in pairs for name in pair})
    # The layout depends on the order the paths arrive in: shuffle it (a few times at
    # most) until no node sits on another or on an edge that is not its own.
    shuffled = graph_query("actor-graph").text.replace("RETURN p", "WITH p ORDER BY rand()\nRETURN p")
    for attempt in range(8):
        graph = run(page, shuffled)
        _graph_nodes(graph, at_least=actors)
        graph.locator("button[title=Fullscreen]").first.click()
        collapse = graph.locator("button[aria-label='Collapse the node properties display']")
        if collapse.count():
            collapse.first.click()
        page.wait_for_timeout(5000)  # the layout re-settles in the larger frame
        graph.locator("button[aria-label=zoom-to-fit]").first.click()
        page.wait_for_timeout(1500)
        clashes = _layout_clashes(graph, pairs)
        print(f"layout {attempt}: {clashes} clashes")
        if clashes == 0:
            break
        graph.locator("button[title='Close fullscreen']").first.click()
        graph.locator("button[title=Close]").first.click()  # so the next run's frame is the only one
        graph.wait_for(state="detached")
    out = Path(os.environ["ACCUSEGRAPH_PICTURE"])
    out.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(out))


def _layout_clashes(frame, pairs) -> int:
    """Node pairs that overlap plus (edge, node) pairs where a node sits on another's edge."""
    drawn = frame.evaluate("""f => Array.from(f.querySelectorAll('svg g.node')).map(g => {
        const m = /translate\\(([-\\d.e]+)[ ,]+([-\\d.e]+)\\)/.exec(g.getAttribute('transform') || '');
        const c = g.querySelector('circle.b-outline');
        return [Array.from(g.querySelectorAll('text')).map(t => t.textContent.trim()).join(' '),
                m ? +m[1] : 0, m ? +m[2] : 0, c ? +c.getAttribute('r') : 25];
    })""")

    def where(name):
        for caption, x, y, r in drawn:
            if caption == name or (caption.endswith("…") and name.startswith(caption[:-1].rstrip())):
                return x, y, r
        return None

    points = {name: where(name) for pair in pairs for name in pair}
    clashes = 0
    names = [n for n, p in points.items() if p]
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            (ax, ay, ar), (bx, by, br) = points[a], points[b]
            if ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5 < ar + br + 10:
                clashes += 1
    for a, b in pairs:
        if not (points.get(a) and points.get(b)):
            continue
        (ax, ay, _), (bx, by, _) = points[a], points[b]
        length2 = (bx - ax) ** 2 + (by - ay) ** 2 or 1e-9
        for c in names:
            if c in (a, b):
                continue
            cx, cy, cr = points[c]
            t = max(0.0, min(1.0, ((cx - ax) * (bx - ax) + (cy - ay) * (by - ay)) / length2))
            px, py = ax + t * (bx - ax), ay + t * (by - ay)
            if ((cx - px) ** 2 + (cy - py) ** 2) ** 0.5 < cr + 8:
                clashes += 1
    return clashes
