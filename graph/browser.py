"""Neo4j Browser extras: a GraSS style and a Browser guide of the saved queries.

    style_text()            the GraSS style sheet (paste after `:style`, or drop the file on the Browser)
    guide_html()            an HTML Browser guide: one slide per saved query, clickable Cypher
    serve_guide(port)       serve both over HTTP for `:play http://localhost:PORT/accusegraph.html`
                            and `:style http://localhost:PORT/accusegraph.grass`
    graph_queries()         the saved queries that return paths (`queries/*-graph.cypher`), for
                            the graph view (the others return table rows)

Everything about a query comes from its saved file through `SavedQuery` and
`QueryParam` (graph/queries.py): the guide has no Cypher and no header parser of
its own, and its `:param` lines know only the runner's parameter types.

Neo4j Browser fetches remote guides and styles only from host names in the server
setting `browser.remote_content_hostname_whitelist` (default
`guides.neo4j.com,localhost` in Neo4j 5.26 and Browser 5.24). The check is on the
host *name*: `localhost` passes, `127.0.0.1` does not, which is why the URLs here say
`localhost` while the server binds 127.0.0.1. The Browser asks with `Pragma` and
`Cache-Control` headers, so the fetch is a CORS request with a preflight; the server
answers both.
"""

from __future__ import annotations

import html
import re
import string
import threading
from datetime import date
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any, Callable, Iterable

from accusegraph.errors import InputError

from .queries import QueryParam, SavedQuery, list_queries

GUIDE_PATH = "/accusegraph.html"
STYLE_PATH = "/accusegraph.grass"

_DATA = "data/browser"


def _data_file(name: str) -> str:
    return resources.files("accusegraph.graph").joinpath(f"{_DATA}/{name}").read_text("utf-8")


# ------------------------------------------------------------------ style

def style_text() -> str:
    """The GraSS style sheet: colours, sizes and captions per label and relationship type.

    Actors show their name, claims their action, sources their publisher, evidence
    its status; relationships show their type, the derived actor-to-actor edges
    coloured by action. Load it in Neo4j Browser with `:style` followed by the text,
    or by dropping the saved file onto the Browser window.
    """
    return _data_file("style.grass")


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """Parse GraSS the way Neo4j Browser 5.24 does, for checking the shipped style.

    Browser's parser knows no comments, takes a `;` as the end of a declaration
    and a `:` as the name/value separator everywhere, and drops the quotes around
    captions; a declaration that does not split into exactly two parts is ignored.
    """
    rules: dict[str, str] = {}
    selector, body = "", ""
    in_quote = in_rule = False
    for ch in text:
        if ch in "\"'":
            in_quote = not in_quote
            continue
        if ch == "{" and not in_quote and not in_rule:
            in_rule = True
            continue
        if ch == "}" and not in_quote and in_rule:
            rules[selector] = body
            selector, body, in_rule = "", "", False
            continue
        if in_rule:
            body += ch
        elif not ch.isspace():
            selector += ch
    parsed: dict[str, dict[str, str]] = {}
    for sel, decls in rules.items():
        props: dict[str, str] = {}
        for decl in decls.split(";"):
            parts = decl.split(":")
            if len(parts) == 2:
                props[parts[0].strip()] = parts[1].strip()
        parsed[sel] = props
    return parsed


# ------------------------------------------------------------------ graph-view companions

def graph_queries() -> list[SavedQuery]:
    """The saved queries that return paths, for the graph view (`*-graph` in queries/)."""
    return [q for q in list_queries() if q.draws_graph]


def graph_query(name: str) -> SavedQuery:
    """The saved graph query called `name`; KeyError when there is none."""
    for query in graph_queries():
        if query.name == name:
            return query
    raise KeyError(name)


_COLUMN = r"\bAS\s+`?{}`?\s*(,|$|\n)"


def _has_column(body: str, column: str) -> bool:
    return re.search(_COLUMN.format(column), body, re.IGNORECASE | re.MULTILINE) is not None


def graph_companion(query: SavedQuery) -> str | None:
    """Cypher that draws the claims behind a saved query's rows, or None.

    A saved query whose rows name an `actor`, a `target` and a `quote` (who-accused-whom,
    no-public-evidence, evidence-trail, timeline) returns table columns only, so the
    Browser has nothing to draw. Its companion runs the saved query unchanged inside
    `CALL () { ... }`, with the same `$parameters`, and returns the paths of the
    claims those rows came from: actor -MADE-> claim -AGAINST-> target, with the
    body the actor spoke for (ON_BEHALF_OF), the claim's evidence and source.
    """
    body = query.body
    if not all(_has_column(body, c) for c in ("actor", "target", "quote")):
        return None
    action = _has_column(body, "action")
    keys = "actor, target, quote" + (", action" if action else "")
    claim = "(c:Claim {quote: quote" + (", action: action" if action else "") + "})"
    return (f"CALL () {{\n{body}\n}}\n"
            f"WITH DISTINCT {keys}\n"
            f"MATCH p = (a:Actor {{name: actor}})-[:MADE]->{claim}\n"
            "WHERE target IS NULL OR EXISTS { (c)-[:AGAINST]->(:Actor {name: target}) }\n"
            "OPTIONAL MATCH q = (c)-[:AGAINST]->(:Actor)\n"
            "OPTIONAL MATCH b = (c)-[:ON_BEHALF_OF]->(:Actor)\n"
            "OPTIONAL MATCH e = (c)-[:CITES]->(:Evidence)\n"
            "OPTIONAL MATCH s = (c)-[:REPORTED_IN]->(:Source)\n"
            "RETURN p, q, b, e, s")


# ------------------------------------------------------------------ guide

def _cypher_string(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def cypher_literal(value: Any) -> str:
    """A Cypher expression for a value of a saved query's parameter, for a `:param` line."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, date):
        return f"date({_cypher_string(value.isoformat())})"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    return _cypher_string(str(value))


# What a required parameter is set to before the user edits it, by the runner's types.
_PLACEHOLDER = {"string": "'...'", "name": "'kaspersky lab'", "int": "0", "float": "0.0",
                "bool": "false", "date": "date('2025-01-01')", "family": "'accusing'"}
_ABOUT = {"name": "an actor's name key: lower case, accents and punctuation left out, words one space apart",
          "actions": "the actions of this family in actions.yaml, as the command line passes them",
          "family": "a family of actions.yaml by name: accusing, answerable or response"}


def param_line(param: QueryParam) -> str:
    """`:param name => value`: the default, null when optional, a placeholder when required."""
    if param.default is not None:
        value = cypher_literal(param.default)
    elif not param.required:
        value = "null"
    else:
        value = _PLACEHOLDER[param.type]
    return f":param {param.name} => {value}"


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _pre(code: str) -> str:
    return f'<pre class="code runnable">{html.escape(code, quote=False)}</pre>'


def _param_row(p: QueryParam) -> str:
    status = "required" if p.required else "optional"
    default = "" if p.default is None else f"; default <code>{_e(cypher_literal(p.default))}</code>"
    about = f": {_e(_ABOUT[p.type])}" if p.type in _ABOUT else ""
    return f"<li><code>${_e(p.name)}</code> <em>{_e(p.type)}</em>, {status}{default}{about}</li>"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-")


def _query_slide(query: SavedQuery) -> str:
    parts = ['<slide class="row-fluid">', '<div class="col-sm-12">',
             f'<h3 id="{_e(_slug(query.name))}">{_e(query.name)}</h3>',
             f'<p class="lead">{_e(query.description)}</p>']
    if query.params:
        parts.append("<p>Parameters:</p>")
        parts.append("<ul>" + "".join(_param_row(p) for p in query.params) + "</ul>")
        parts.append("<p>Set them (run each line; edit the value first, <code>null</code> "
                     "leaves an optional one out):</p>")
        parts.extend(_pre(param_line(p)) for p in query.params)
    else:
        parts.append("<p>No parameters.</p>")
    parts.append(f"<p>Run the query (<code>accusegraph query {_e(query.name)}</code> on the command line):</p>")
    parts.append(_pre(query.body))
    parts.extend(f'<p class="muted">{_e(n)}</p>' for n in query.notes)
    companion = graph_companion(query)
    if companion:
        parts.append("<p>Its rows are table columns; to see the claims behind them as a graph "
                     "(same parameters), run:</p>")
        parts.append(_pre(companion))
    parts.append("</div>")
    parts.append("</slide>")
    return "\n".join(parts)


def _pictures() -> str:
    items = []
    for q in graph_queries():
        items.append(f"<p><strong>{_e(q.name)}</strong>: {_e(q.description)}</p>")
        items.append(_pre(q.body))
    return "\n".join(items)


def guide_html(queries: Iterable[SavedQuery] | None = None, *, style_url: str | None = None) -> str:
    """The Neo4j Browser guide: an intro slide, then one slide per saved query.

    Each query slide shows its description and parameters, one runnable
    `:param name => value` line per parameter (the default, null when optional) and
    the query's Cypher as a runnable block. `queries` defaults to `list_queries()`;
    with `style_url` the intro slide offers a `:style URL` line that loads the style.
    """
    queries = sorted(list_queries() if queries is None else queries, key=lambda q: q.name)
    if style_url:
        style_block = ("<h4>Style</h4>\n<p>Colours and captions for actors, claims, sources, "
                       "evidence and each kind of edge:</p>\n" + _pre(f":style {style_url}"))
    else:
        style_block = ("<h4>Style</h4>\n<p>Colours and captions: run <code>accusegraph browser "
                       "style</code>, type <code>:style</code> in the editor and paste the output "
                       "after it, or drop the saved <code>.grass</code> file onto this window.</p>")
    toc = "\n".join(f"<li><code>{_e(q.name)}</code>: {_e(q.description)}</li>" for q in queries)
    return string.Template(_data_file("guide.html")).substitute(
        count=len(queries), style_block=style_block, pictures=_pictures(), toc=toc,
        slides="\n".join(_query_slide(q) for q in queries))


# ------------------------------------------------------------------ serving

class _Handler(BaseHTTPRequestHandler):
    server: "GuideServer"
    server_version = "accusegraph-guide"

    def _cors(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
        requested = self.headers.get("Access-Control-Request-Headers")
        self.send_header("Access-Control-Allow-Headers", requested or "pragma, cache-control, content-type")
        # Chrome's Private Network Access: a Browser page served from elsewhere may
        # ask before reaching a server on loopback.
        if self.headers.get("Access-Control-Request-Private-Network"):
            self.send_header("Access-Control-Allow-Private-Network", "true")
        self.send_header("Access-Control-Max-Age", "600")

    def do_OPTIONS(self) -> None:  # noqa: N802 (http.server's naming)
        self.send_response(HTTPStatus.NO_CONTENT)
        self._cors()
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _content(self) -> tuple[HTTPStatus, str, str]:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if path == GUIDE_PATH:
            return HTTPStatus.OK, "text/html; charset=utf-8", self.server.guide()
        if path == STYLE_PATH:
            return HTTPStatus.OK, "text/plain; charset=utf-8", style_text()
        if path == "/":
            return (HTTPStatus.OK, "text/plain; charset=utf-8",
                    f"In Neo4j Browser run\n  {self.server.play_command}\n  {self.server.style_command}\n")
        return HTTPStatus.NOT_FOUND, "text/plain; charset=utf-8", f"not found: {path}\n"

    def _answer(self, body: bool) -> None:
        try:
            status, ctype, text = self._content()
        except Exception as exc:  # a broken query file must not kill the server
            status, ctype, text = HTTPStatus.INTERNAL_SERVER_ERROR, "text/plain; charset=utf-8", f"{exc}\n"
        data = text.encode("utf-8")
        self.send_response(status)
        self._cors()
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(False)

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")


class GuideServer(ThreadingHTTPServer):
    """An HTTP server for the guide and the style; the guide is rebuilt on every request,
    so edited query files show on the next `:play`."""

    daemon_threads = True

    def __init__(self, host: str, port: int, log: Callable[[str], None] | None = None):
        self.log = log
        self._thread: threading.Thread | None = None
        super().__init__((host, port), _Handler)

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def url_host(self) -> str:
        host = self.server_address[0]
        # Browser's allowlist compares host names: it has `localhost`, not `127.0.0.1`.
        return "localhost" if host in ("127.0.0.1", "::1", "0.0.0.0", "::", "localhost") else host

    @property
    def guide_url(self) -> str:
        return f"http://{self.url_host}:{self.port}{GUIDE_PATH}"

    @property
    def style_url(self) -> str:
        return f"http://{self.url_host}:{self.port}{STYLE_PATH}"

    @property
    def play_command(self) -> str:
        return f":play {self.guide_url}"

    @property
    def style_command(self) -> str:
        return f":style {self.style_url}"

    def guide(self) -> str:
        return guide_html(style_url=self.style_url)

    def start(self) -> "GuideServer":
        """Serve from a background thread; returns self."""
        self._thread = threading.Thread(target=self.serve_forever, name="accusegraph-guide", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving (when started) and release the port."""
        if self._thread is not None:
            self.shutdown()
            self._thread.join(5)
            self._thread = None
        self.server_close()

    def __enter__(self) -> "GuideServer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve_guide(port: int, host: str = "127.0.0.1", *, background: bool = False,
                announce: Callable[[str], None] | None = None,
                log: Callable[[str], None] | None = None) -> GuideServer:
    """Serve the guide at `/accusegraph.html` and the style at `/accusegraph.grass`.

    `port` 0 picks a free port. With `background=False` (the CLI) this blocks until
    Ctrl+C and then closes the server; with `background=True` it returns the running
    server at once (call `.close()` when done). `announce` gets the lines to type in
    Neo4j Browser once the port is bound; `log` gets one line per request.

    Raises:
        InputError: the port is taken or the address cannot be bound.
    """
    try:
        server = GuideServer(host, port, log=log)
    except OSError as exc:
        raise InputError(f"cannot serve the guide on {host}:{port} ({exc.strerror or exc}): "
                         "choose another port") from None
    if announce is not None:
        announce(f"Serving the accusegraph Browser guide on http://{host}:{server.port}/ ; in Neo4j Browser run:")
        announce(f"  {server.play_command}")
        announce(f"  {server.style_command}")
        if server.url_host != "localhost":
            announce(f"  (Neo4j must allow {server.url_host}: add it to browser.remote_content_hostname_whitelist)")
    if background:
        return server.start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return server
