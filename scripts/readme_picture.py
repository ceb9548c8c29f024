#!/usr/bin/env python3
"""Draw the README picture (docs/img/demo-graph.png) in the real Neo4j Browser.

The example articles go through the real extractor and loader into a throw-away
local Neo4j (started here on two free ports in a temporary folder, stopped at the
end); Debian's headless Chromium, driven through the playwright package as the
Browser tests drive it (tests/browser_driver.py), connects Neo4j Browser to it,
pastes accusegraph's style and draws the derived actor-to-actor edges, again in a
shuffled order until no node sits on another or on an edge that is not its own,
then takes the screenshot.

Needs what `bash scripts/bootstrap.sh --tests` sets up: the venv with the test
extra (playwright), Java and the cached Neo4j jars, and /usr/bin/chromium. No
browser is downloaded. Run from anywhere:

    .venv/bin/python scripts/readme_picture.py              # rewrites docs/img/demo-graph.png
    .venv/bin/python scripts/readme_picture.py -o /tmp/graph.png
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))   # browser_driver: the Browser tests' helpers

from browser_driver import CHROMIUM, chromium_context, connect_page, graph_nodes, run, wait_text  # noqa: E402

DEFAULT_OUT = ROOT / "docs" / "img" / "demo-graph.png"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Draw the README picture: the example articles in Neo4j Browser, with accusegraph's style.")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT,
                        help=f"the PNG to write (default: {DEFAULT_OUT.relative_to(ROOT)})")
    parser.add_argument("--chromium", type=Path, default=CHROMIUM,
                        help=f"the Chromium to drive (default: $ACCUSEGRAPH_CHROMIUM or {CHROMIUM})")
    parser.add_argument("--attempts", type=int, default=8,
                        help="layouts to try before keeping the last one (default: 8)")
    args = parser.parse_args(argv)
    if not args.chromium.exists():
        parser.error(f"no Chromium at {args.chromium}: install Debian's chromium package or pass --chromium")
    try:
        from playwright import sync_api
    except ImportError:
        parser.error("the playwright package is missing: bash scripts/bootstrap.sh --tests "
                     "(or pip install playwright; no `playwright install` needed)")

    import neo4j

    from accusegraph.graph.load import load_claims
    from accusegraph.graph.server import LocalServer, find_free_ports
    from accusegraph.pipeline import examples_dir, extract_claims

    claims = list(extract_claims([str(examples_dir())]))
    with tempfile.TemporaryDirectory(prefix="accusegraph-picture-") as tmp:
        server = LocalServer(Path(tmp) / "neo4j")
        bolt_port, http_port = find_free_ports(2)
        print(f"starting a throw-away Neo4j on ports {bolt_port} and {http_port}", file=sys.stderr)
        info = server.start(bolt_port, http_port, heap="512m", pagecache="128m", stop_with_parent=True)
        try:
            password = info.password.get() or ""
            with neo4j.GraphDatabase.driver(info.uri, auth=(info.username, password)) as driver:
                load_claims(driver, claims)
                with chromium_context(sync_api, Path(tmp) / "chromium", args.chromium) as context:
                    page = connect_page(context, info.http_url, info.uri, info.username, password)
                    draw(page, driver, args.output, args.attempts)
        finally:
            server.stop()
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def draw(page, driver, out: Path, attempts: int) -> None:
    """The actor graph, styled, full screen, laid out without clashes if it can be: saved to `out`."""
    from accusegraph.graph.browser import graph_query, style_text

    wait_text(run(page, ":style\n" + style_text()), "node.Actor")
    pairs = [(r["a"], r["b"]) for r in driver.execute_query(
        "MATCH (a:Actor)-[r]->(b:Actor) RETURN DISTINCT a.name AS a, b.name AS b").records]
    actors = len({name for pair in pairs for name in pair})
    # The layout depends on the order the paths arrive in: shuffle it (a few times at
    # most) until no node sits on another or on an edge that is not its own.
    shuffled = graph_query("actor-graph").body.replace("RETURN p", "WITH p ORDER BY rand()\nRETURN p")
    for attempt in range(attempts):
        graph = run(page, shuffled)
        graph_nodes(graph, at_least=actors)
        graph.locator("button[title=Fullscreen]").first.click()
        collapse = graph.locator("button[aria-label='Collapse the node properties display']")
        if collapse.count():
            collapse.first.click()
        page.wait_for_timeout(5000)  # the layout re-settles in the larger frame
        graph.locator("button[aria-label=zoom-to-fit]").first.click()
        page.wait_for_timeout(1500)
        clashes = _layout_clashes(graph, pairs)
        print(f"layout {attempt}: {clashes} clashes", file=sys.stderr)
        if clashes == 0 or attempt == attempts - 1:
            break
        graph.locator("button[title='Close fullscreen']").first.click()
        graph.locator("button[title=Close]").first.click()  # so the next run's frame is the only one
        graph.wait_for(state="detached")
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


if __name__ == "__main__":
    sys.exit(main())
