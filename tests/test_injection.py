"""Injection: text from an article is data, never Cypher; a private URL needs a flag.

Names, allegations and quotes carrying quotes, backticks, braces, `//` comments,
`}) DETACH DELETE n //`, NUL bytes and right-to-left marks are stored exactly as
given, come back exactly, and never change the query that runs: the graph keeps
exactly the nodes, labels and relationship types it should. `-p key=value` on
the command line is always a Cypher parameter.
"""

from __future__ import annotations

import http.server
import json
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accusegraph.graph.load import load_claims
from accusegraph.graph.read import iter_claims_from_db
from factories import make_actor, make_claim, make_source
from test_cli import db_env, one_error_line, run

EVIL = [
    "Robert'); DROP TABLE claims;--",
    'He said "no" \\" and left',
    "`Actor` {name: 'x'}",
    "}) DETACH DELETE n //",
    "']->(x) DETACH DELETE x RETURN 1 //",
    "/* comment */ MATCH (n) SET n.pwned = true",
    "$actor ${x} {{param}}",
    "nul\x00byte",
    "\u202eevil right-to-left\u200f mark",
    "\\E)(?s).*\\Q",
]
FIXED_LABELS = {"Actor", "Claim", "Source", "Evidence"}


def graph_shape(driver) -> dict:
    labels = driver.execute_query("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n").records
    types = driver.execute_query("MATCH ()-[r]->() RETURN DISTINCT type(r) AS t").records
    props = driver.execute_query("MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS n").records
    return {"labels": {r["l"]: r["n"] for r in labels}, "types": {r["t"] for r in types},
            "pwned": props[0]["n"]}


def evil_claims() -> list:
    source = make_source("https://news.example/evil", publisher=EVIL[1], title=EVIL[3])
    claims = []
    start = 0
    for i, text in enumerate(EVIL):
        quote = f"{text} accused {EVIL[-1 - i]}: {text}"
        claim = make_claim(make_actor(text, kind="group"), "accuse", make_actor(EVIL[-1 - i] + " Org"),
                           quote=quote, start=start, source=source, allegation=text,
                           evidence="cited", evidence_description=text)
        claims.append(claim)
        start += len(quote) + 1
    return claims


@pytest.mark.neo4j
def test_evil_strings_load_through_the_cli_exactly_and_run_nothing(empty_db, neo4j_conn, tmp_path):
    claims = evil_claims()
    path = tmp_path / "evil.jsonl"
    path.write_text("".join(c.to_json() + "\n" for c in claims), encoding="utf-8")
    result = run("load", str(path), env=db_env(neo4j_conn))
    assert result.returncode == 0, result.stderr

    assert sorted(iter_claims_from_db(empty_db, neo4j_conn.database), key=lambda c: c.id) == \
        sorted(claims, key=lambda c: c.id)
    shape = graph_shape(empty_db)
    assert set(shape["labels"]) == FIXED_LABELS and shape["pwned"] == 0
    assert shape["labels"]["Claim"] == len(claims) and shape["labels"]["Actor"] == 2 * len(claims)
    assert shape["types"] <= {"MADE", "AGAINST", "REPORTED_IN", "CITES", "RESPONDS_TO", "ACCUSES"}

    # Each evil name as a -p parameter: the query runs, finds that actor's claim, changes nothing.
    for text in (EVIL[0], EVIL[3], EVIL[8], EVIL[9]):  # not NUL: a process argument cannot hold it
        out = run("query", "dossier", "-p", f"actor={text}", "-f", "json", env=db_env(neo4j_conn))
        assert out.returncode == 0, (text, out.stderr)
        rows = json.loads(out.stdout)
        assert any(row["allegation"] == text for row in rows), (text, rows)
    missing = run("query", "who-accused-whom", "-p", "actor=}) MATCH (n) DETACH DELETE n //", "-f", "json",
                  env=db_env(neo4j_conn))
    assert missing.returncode == 0, missing.stderr
    assert json.loads(missing.stdout) == []
    assert graph_shape(empty_db) == shape


@pytest.mark.neo4j
def test_a_parameter_is_never_spliced_even_when_it_is_not_a_string_type(neo4j_conn):
    # An int parameter given Cypher is refused as a bad value: one line, exit 1.
    result = run("query", "most-accused", "-p", "limit=1 MATCH (n) DETACH DELETE n", env=db_env(neo4j_conn))
    assert result.returncode == 1
    assert "limit" in one_error_line(result)


_PIECES = st.sampled_from(["'", '"', "`", "\\", "{", "}", "(", ")", "[", "]", "//", "/*", "*/", "$", ";",
                           "}) DETACH DELETE n //", "\x00", "\u200f", "\u202e", "\n", "\t", " ", "MATCH",
                           "é", "Ж", "中", "🙂"])
_EVIL_TEXT = st.lists(_PIECES | st.text(min_size=1, max_size=3), min_size=1, max_size=12).map("".join)


@pytest.mark.neo4j
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(name=_EVIL_TEXT.filter(lambda t: t.strip()), allegation=_EVIL_TEXT, quote=_EVIL_TEXT)
def test_generated_evil_text_round_trips_through_load_and_read(empty_db, neo4j_conn, name, allegation, quote):
    empty_db.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_conn.database)
    # (two names: one name is one actor whatever its kinds, and no actor is its own target)
    claim = make_claim(make_actor(name, kind="person"), "deny", make_actor(f"{name} Holdings", kind="company"),
                       quote=quote, allegation=allegation,
                       source=make_source("https://news.example/gen", title=quote, publisher=name),
                       evidence="cited", evidence_description=allegation)
    load_claims(empty_db, [claim], database=neo4j_conn.database)
    assert list(iter_claims_from_db(empty_db, neo4j_conn.database)) == [claim]
    shape = graph_shape(empty_db)
    assert shape["labels"] == {"Actor": 2, "Claim": 1, "Source": 1, "Evidence": 1}
    assert shape["types"] == {"MADE", "AGAINST", "REPORTED_IN", "CITES", "DENIES"} and shape["pwned"] == 0


# ----------------------------------------------------------------- URL ingest on a private address

ARTICLE_HTML = """<!doctype html><html><head><title>Ministry accuses Acme</title></head><body>
<article><h1>Ministry accuses Acme</h1>
<p>The European Commission accused Google of abusing its dominance in online search, citing a report
by its competition service. Google denied the accusation in a statement on Tuesday.</p>
<p>The company said it would appeal against the decision in the courts.</p></article></body></html>"""


@pytest.fixture
def local_site():
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            body = ARTICLE_HTML.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_extract_of_a_loopback_url_needs_allow_private(local_site, tmp_path):
    url = f"{local_site}/page.html"
    refused = run("extract", url, "-o", str(tmp_path / "claims.jsonl"))
    assert refused.returncode == 1
    line = one_error_line(refused)
    assert "--allow-private" in line and "127.0.0.1" in line
    assert list(tmp_path.iterdir()) == []
    allowed = run("extract", url, "--allow-private")
    assert allowed.returncode == 0, allowed.stderr
    claims = [json.loads(x) for x in allowed.stdout.splitlines()]
    assert claims and all(c["source"]["url"] == url for c in claims)
