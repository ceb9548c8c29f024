"""Feeds as an analyst meets them: each item is its own publisher's article, and
`--follow-links` reads the full article behind each item.

Offline: the feeds and pages are served by a local http.server on 127.0.0.1,
which the URL guard refuses unless --allow-private is given.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from accusegraph.ingest.readers import iter_articles

from test_cli import run

# An aggregator's feed: the channel title is the aggregator, never an item's publisher.
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Drone News Digest</title><link>https://digest.example.net/</link>
<item><title>Ministry accuses Skyvane of sending flight logs abroad</title>
  <link>{base}/skyvane-ministry</link>
  <source url="https://wire.example.com/rss">Example Wire</source>
  <pubDate>Mon, 03 Mar 2025 09:00:00 GMT</pubDate>
  <description>The ministry made a statement about Skyvane.</description></item>
<item><title>Regulator fines Skyvane</title>
  <link>https://www.harbour-times.example.org/skyvane-fine</link>
  <pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate>
  <description>The Civil Aviation Authority fined Skyvane Robotics on Tuesday.</description></item>
<item><title>Retailer drops the drone</title>
  <link>{base}/gone</link>
  <pubDate>Wed, 05 Mar 2025 09:00:00 GMT</pubDate>
  <description>Northmart said it would stop selling the drone.</description></item>
<item><title>A note without a link</title>
  <description>The digest's editors wrote this note themselves.</description></item>
</channel></rss>
"""

# The full article behind the first item: its accusation is not in the item's summary.
ARTICLE = b"""<!doctype html><html><head><title>Ministry accuses Skyvane</title></head><body>
<article><h1>Ministry accuses Skyvane of sending flight logs abroad</h1>
<p>The Ministry of Transport accused Skyvane Robotics of sending flight logs to servers abroad.</p>
<p>The ministry said the logs held the routes of police drones and that the company had hidden the transfers
from its customers for two years, according to a report it published on Monday.</p>
<p>Skyvane Robotics denied the accusation and said every log stayed on servers inside the country.</p>
</article></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/feed.xml":
            self._send(FEED.format(base=base).encode(), "application/rss+xml")
        elif self.path == "/skyvane-ministry":
            self._send(ARTICLE, "text/html; charset=utf-8")
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def _send(self, body: bytes, ctype: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def site():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def read(paths, **kwargs):
    warnings: list[str] = []
    return list(iter_articles(paths, warn=warnings.append, english_only=False, **kwargs)), warnings


def test_each_feed_item_has_its_own_publisher_not_the_channel_title(tmp_path):
    feed = tmp_path / "digest.xml"
    feed.write_text(FEED.format(base="https://www.skyvane-watch.example.com"), "utf-8")
    articles, _ = read([feed])
    assert [a.publisher for a in articles] == [
        "Example Wire",                 # the item's <source> element
        "harbour-times.example.org",    # the item link's site, without www.
        "skyvane-watch.example.com",
        "Drone News Digest",            # no source and no link: only then the channel
    ]


def test_an_atom_entry_takes_its_source_title(tmp_path):
    data = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Aggregator</title><id>urn:x</id>
<updated>2025-03-03T00:00:00Z</updated>
<entry><title>Skyvane denies</title><id>urn:1</id><updated>2025-03-03T00:00:00Z</updated>
<link href="https://aggregator.example.net/item/1"/>
<source><title>Harbour Times</title><id>urn:ht</id><updated>2025-03-03T00:00:00Z</updated></source>
<summary>Skyvane Robotics denied the accusation on Monday.</summary></entry></feed>"""
    feed = tmp_path / "aggregator.atom"
    feed.write_bytes(data)
    (article,), _ = read([feed])
    assert article.publisher == "Harbour Times"


def test_extract_follow_links_reads_each_items_article_and_warns_for_a_dead_link(site):
    url = f"{site}/feed.xml"
    plain = run("extract", "--allow-private", url)
    followed = run("extract", "--allow-private", "--follow-links", url)
    assert plain.returncode == 0 and followed.returncode == 0, followed.stderr
    plain_quotes = [json.loads(line)["quote"] for line in plain.stdout.splitlines()]
    claims = [json.loads(line) for line in followed.stdout.splitlines()]
    # the accusation and the denial are only in the linked article, not in the item's summary
    from_page = [c for c in claims if c["source"]["url"] == f"{site}/skyvane-ministry"]
    assert {c["action"] for c in from_page} >= {"accuse", "deny"}, claims
    assert not any("flight logs to servers abroad" in q for q in plain_quotes)
    assert all(c["source"]["publisher"] == "Example Wire" for c in from_page)
    # the item whose link is dead keeps its own text, with one warning, and the run goes on
    assert f"{site}/gone" in followed.stderr and "could not follow the link" in followed.stderr
    assert "HTTP 404" in followed.stderr
    assert any(c["source"]["url"] == "https://www.harbour-times.example.org/skyvane-fine" for c in claims)


def test_follow_links_keeps_the_url_guard(site):
    result = run("extract", "--follow-links", f"{site}/feed.xml")
    assert result.returncode == 1
    assert "loopback" in result.stderr and "--allow-private" in result.stderr


def test_ingest_has_follow_links():
    result = run("ingest", "--help")
    assert result.returncode == 0 and "--follow-links" in result.stdout
