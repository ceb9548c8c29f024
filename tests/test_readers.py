"""Readers: every input type, every bad input, the URL safety rules, the language check.

Fast and offline: URL tests use a local http.server on 127.0.0.1, which is
reachable only with allow_private=True; no spaCy, no Neo4j.
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from accusegraph.errors import InputError, RecordError
from accusegraph.ingest import fetch as fetch_mod
from accusegraph.ingest.fetch import FetchLimits, address_problem, fetch
from accusegraph.ingest.language import guess_language, is_english
from accusegraph.ingest.readers import count_inputs, iter_articles, normalize_date, strip_html

DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parent.parent / "examples"


def read(paths, **kw):
    """All articles of `paths` and the warnings given on the way."""
    warnings: list[str] = []
    articles = list(iter_articles([str(p) for p in paths], warn=warnings.append, **kw))
    return articles, warnings


def copy(tmp_path: Path, name: str, as_name: str | None = None) -> Path:
    dest = tmp_path / (as_name or name)
    shutil.copy(DATA / name, dest)
    return dest


# ---------------------------------------------------------------- text files and sidecars

def test_txt_with_sidecar_keeps_whole_text_and_takes_meta():
    (a,), warnings = read([DATA / "article.txt"])
    assert warnings == []
    assert a.text == (DATA / "article.txt").read_text("utf-8")
    assert a.text.startswith("Port authority opens second container terminal\n\n")
    assert a.title == "Second container terminal opens at the port"  # the sidecar wins
    assert (a.url, a.publisher, a.published) == (
        "https://news.example.org/2021/port-terminal", "Example Harbour Gazette", "2021-03-08")
    assert a.origin == str(DATA / "article.txt")


def test_txt_title_is_first_line_only_when_a_blank_line_follows(tmp_path):
    titled = tmp_path / "t.txt"
    titled.write_text("Headline here\n\nBody of the story, which is about the weather today.\n")
    untitled = tmp_path / "u.txt"
    untitled.write_text("No headline. Body of the story, which runs straight on.\nSecond line.\n")
    (a, b), _ = read([titled, untitled])
    assert a.title == "Headline here" and a.url is None
    assert b.title is None
    (c,), _ = read([DATA / "no-title.md"])
    assert c.title is None


def test_markdown_heading_marker_is_dropped_from_the_title_not_the_text():
    (a, *_), _ = read([DATA / "folder" / "a.md"])
    assert a.title == "First by name"
    assert a.text.startswith("# First by name\n\n")


def test_crlf_line_endings_are_normalised(tmp_path):
    p = tmp_path / "win.txt"
    p.write_bytes(b"Title line\r\n\r\nThe text of the story was written on a machine with other line endings.\r\n")
    (a,), _ = read([p])
    assert "\r" not in a.text and a.title == "Title line"


def test_sidecar_dates_in_common_spellings_become_iso(tmp_path):
    p = copy(tmp_path, "article.txt")
    (tmp_path / "article.meta.json").write_text(json.dumps({"published": "13 September 2017"}))
    (a,), _ = read([p])
    assert a.published == "2017-09-13"
    assert a.title == "Port authority opens second container terminal"  # none in sidecar: first line


@pytest.mark.parametrize("content, what", [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "expected a JSON object"),
    ('{"title": 42}', "title must be a string"),
    ('{"published": "last Tuesday"}', "published must be a date"),
])
def test_malformed_sidecar_is_an_input_error_naming_the_sidecar(tmp_path, content, what):
    p = copy(tmp_path, "article.txt")
    (tmp_path / "article.meta.json").write_text(content)
    with pytest.raises(InputError) as err:
        read([p])
    assert str(err.value).startswith(str(tmp_path / "article.meta.json"))
    assert what in str(err.value)


def test_a_sidecar_given_as_input_is_refused():
    with pytest.raises(InputError, match="sidecar"):
        read([DATA / "article.meta.json"])


def test_utf8_and_utf16_byte_order_marks_are_honoured(tmp_path):
    body = "Title\n\nThe café in the square reopened on Monday after the winter, its owner said.\n"
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(body.encode("utf-16"))  # with BOM, NUL bytes inside
    (a, b), warnings = read([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert a.text == body and b.text == body and warnings == []


# ---------------------------------------------------------------- HTML

def test_html_main_text_is_extracted_and_boilerplate_dropped():
    (a,), warnings = read([DATA / "page.html"])
    assert warnings == []
    assert a.title == "Ferry operator adds night crossings"
    assert a.text.startswith("Ferry operator adds night crossings\n\nThe island ferry operator said")
    assert "two night crossings a week" in a.text and "reviewed in October" in a.text
    for boilerplate in ("cookies", "Subscribe", "Copyright", "Privacy policy"):
        assert boilerplate not in a.text
    assert a.published == "2022-06-14"
    assert a.publisher == "Example Coast News"


def test_html_sidecar_wins_over_page_metadata(tmp_path):
    p = copy(tmp_path, "page.html")
    (tmp_path / "page.meta.json").write_text(json.dumps(
        {"url": "https://coast.example.org/ferry", "title": "Night ferries", "published": "2022-06-15"}))
    (a,), _ = read([p])
    assert (a.url, a.title, a.published) == ("https://coast.example.org/ferry", "Night ferries", "2022-06-15")
    assert a.text.startswith("Night ferries\n\n")


def test_malformed_html_is_skipped_with_a_warning_or_raises_when_strict():
    articles, warnings = read([DATA / "broken.html"])
    assert articles == []
    assert len(warnings) == 1 and warnings[0].startswith(str(DATA / "broken.html"))
    assert "no article text" in warnings[0]
    with pytest.raises(InputError, match="no article text"):
        read([DATA / "broken.html"], strict=True)


def test_html_in_a_declared_legacy_charset_is_decoded(tmp_path):
    p = tmp_path / "latin.html"
    html = (DATA / "page.html").read_text("utf-8").replace('charset="utf-8"', 'charset="iso-8859-1"')
    p.write_bytes(html.replace("harbour", "harbour café").encode("latin-1"))
    (a,), _ = read([p])
    assert "harbour café" in a.text


def test_strip_html_keeps_paragraphs_and_drops_scripts():
    assert strip_html("<p>One &amp; <b>two</b></p><script>x()</script><p>three</p>") == "One & two\n\nthree"


# ---------------------------------------------------------------- feeds

def test_rss_entries_become_articles_and_broken_entries_are_warned():
    articles, warnings = read([DATA / "feed.xml"])
    assert [a.title for a in articles] == ["Library extends opening hours", "Bridge repairs finish early"]
    first = articles[0]
    assert first.text == ("Library extends opening hours\n\nThe city council voted on Tuesday to extend the "
                          "opening hours of the public library.\n\nThe new hours start next month & will be "
                          "reviewed at the end of the year.")
    # the item's own publisher (its link's site), not the channel title "Example Wire"
    assert (first.url, first.publisher, first.published) == (
        "https://wire.example.org/library-hours", "wire.example.org", "2022-04-05")
    assert first.origin == f"{DATA / 'feed.xml'}#entry-1"
    assert len(warnings) == 1 and "#entry-2" in warnings[0] and "no content or summary" in warnings[0]


def test_atom_feed_reads_entry_content():
    (a,), _ = read([DATA / "atom.atom"])
    assert a.title == "Museum reopens after renovation" and a.published == "2023-01-10"
    assert "two-year renovation" in a.text and "<p>" not in a.text


def test_feed_without_a_feed_suffix_is_sniffed(tmp_path):
    articles, _ = read([copy(tmp_path, "feed.xml", "latest.dat")])
    assert len(articles) == 2


def test_xml_that_is_not_a_feed_is_an_input_error(tmp_path):
    p = tmp_path / "data.xml"
    p.write_text("<?xml version='1.0'?><config><item>1</item></config>")
    with pytest.raises(InputError, match="not an RSS/Atom feed"):
        read([p])


def test_feed_links_are_not_fetched_by_default(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("fetched a feed link")
    monkeypatch.setattr("accusegraph.ingest.readers.fetch", boom)
    articles, _ = read([DATA / "feed.xml"])
    assert len(articles) == 2


# ---------------------------------------------------------------- JSONL

def test_jsonl_bad_lines_are_warned_as_file_line_and_skipped():
    articles, warnings = read([DATA / "articles.jsonl"])
    name = str(DATA / "articles.jsonl")
    assert [a.origin for a in articles] == [f"{name}:1", f"{name}:6"]
    assert articles[0].title == "Rail line reopens" and articles[0].published == "2020-02-03"
    assert articles[1].published == "2020-02-07"  # RFC 2822 date normalised
    assert [w.split(": ", 1)[0] for w in warnings] == [f"{name}:3", f"{name}:4", f"{name}:5"]
    assert "not valid JSON" in warnings[0] and "text is missing" in warnings[2]


def test_jsonl_with_a_byte_order_mark_reads_its_first_line(tmp_path):
    p = tmp_path / "bom.jsonl"
    p.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": "The harbour reopened on Monday after repairs."}).encode())
    (a,), warnings = read([p])
    assert warnings == [] and a.origin == f"{p}:1"


def test_jsonl_strict_stops_at_the_first_bad_line():
    with pytest.raises(RecordError) as err:
        read([DATA / "articles.jsonl"], strict=True)
    assert err.value.line == 3


def test_jsonl_overlong_line_is_skipped_and_reading_goes_on(tmp_path):
    p = tmp_path / "big.jsonl"
    long_text = "word " * 400
    p.write_text(json.dumps({"text": long_text}) + "\n"
                 + json.dumps({"text": "The river ferry service will run every hour on Sundays, the council said."}) + "\n")
    articles, warnings = read([p], max_bytes=1000)
    assert len(articles) == 1 and articles[0].origin == f"{p}:2"
    assert warnings[0].startswith(f"{p}:1: line is over the")


# ---------------------------------------------------------------- folders and order

def test_folder_is_read_recursively_in_sorted_order_without_sidecars():
    articles, warnings = read([DATA / "folder"])
    folder = DATA / "folder"
    assert [a.origin for a in articles] == [str(folder / "a.md"), str(folder / "b.txt"), str(folder / "sub" / "c.txt")]
    assert articles[0].publisher == "Example Folder Times"  # its sidecar was applied, not read as an article
    assert any("unsupported types (1 .pdf)" in w for w in warnings)
    assert any(w.startswith(str(folder / "z.txt")) and "not English (looks like French)" in w for w in warnings)


def test_order_is_deterministic_and_a_file_given_twice_is_read_once():
    paths = [DATA / "folder", DATA / "folder" / "b.txt", DATA / "article.txt"]
    first, _ = read(paths)
    second, _ = read(paths)
    assert first == second
    assert [a.origin for a in first].count(str(DATA / "folder" / "b.txt")) == 1


def test_bad_file_inside_a_folder_is_skipped_with_a_warning(tmp_path):
    copy(tmp_path, "article.txt")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    articles, warnings = read([tmp_path])
    assert [Path(a.origin).name for a in articles] == ["article.txt"]
    assert sorted(Path(w.split(":")[0]).name for w in warnings) == ["blob.txt", "empty.txt"]
    with pytest.raises(InputError):
        read([tmp_path], strict=True)


def test_folder_without_article_files_is_an_input_error(tmp_path):
    (tmp_path / "x.meta.json").write_text("{}")
    with pytest.raises(InputError, match="no article files"):
        read([tmp_path])


def test_count_inputs_estimates_without_parsing():
    assert count_inputs([str(DATA / "folder")]) == 4
    assert count_inputs([str(DATA / "feed.xml"), str(DATA / "articles.jsonl")]) == 3 + 6
    assert count_inputs(["https://news.example.org/x"]) is None
    assert count_inputs([str(DATA / "missing.txt")]) is None


# ---------------------------------------------------------------- bad input

def test_missing_path_is_an_input_error():
    with pytest.raises(InputError, match=r"nope\.txt: no such file or folder"):
        read([DATA / "nope.txt"])


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \n"])
def test_empty_file_is_an_input_error(tmp_path, content):
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match="empty file"):
        read([p])


@pytest.mark.parametrize("name", ["blob.txt", "blob.html", "blob.jsonl", "blob.xml"])
def test_binary_file_is_an_input_error(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(InputError, match="binary file"):
        read([p])


def test_undecodable_bytes_without_nul_are_reported_as_binary(tmp_path):
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes([0x01, 0x02, 0xff, 0xfe, 0x03, 0x04, 0x05, 0x06]) * 100)
    with pytest.raises(InputError, match="binary file"):
        read([p])


def test_non_utf8_text_is_refused_with_the_iconv_line(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Title\n\nThe café reopened on Monday, the owner said.\n".encode("latin-1"))
    with pytest.raises(InputError) as err:
        read([p])
    msg = str(err.value)
    assert msg.startswith(f"{p}: not UTF-8 text (byte 0xe9 at offset")
    assert "iconv -f LATIN1 -t UTF-8" in msg and "\n" not in msg


def test_windows_1252_text_gets_the_matching_iconv_hint(tmp_path):
    p = tmp_path / "cp1252.txt"
    p.write_bytes("Title\n\nThe mayor said “yes” on Monday.\n".encode("cp1252"))
    with pytest.raises(InputError, match="iconv -f WINDOWS-1252 -t UTF-8"):
        read([p])


def test_file_over_the_default_20_mb_cap_is_refused_before_reading(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.write(b"The council met again. " * (21 * 1024 * 1024 // 23 + 1))
    with pytest.raises(InputError) as err:
        read([p])
    assert "over the 20 MB limit for one article" in str(err.value)
    assert "--max-bytes" in str(err.value)


def test_the_size_cap_is_configurable(tmp_path):
    p = copy(tmp_path, "article.txt")
    with pytest.raises(InputError, match="over the"):
        read([p], max_bytes=100)
    assert len(read([p], max_bytes=10_000)[0]) == 1


@pytest.mark.parametrize("sample", ["fr", "de", "es", "it", "ru", "zh"])
def test_non_english_article_is_skipped_with_a_warning_naming_the_file(sample):
    p = DATA / "lang" / f"{sample}.txt"
    articles, warnings = read([p])
    assert articles == []
    assert len(warnings) == 1 and warnings[0].startswith(f"{p}: skipped: not English")
    kept, _ = read([p], english_only=False)
    assert len(kept) == 1


# ---------------------------------------------------------------- language detector

@pytest.mark.parametrize("sample, english, language", [
    ("en", True, "en"), ("en-quoting-fr", True, "en"), ("en-short", True, "en"),
    ("fr", False, "fr"), ("de", False, "de"), ("es", False, "es"), ("it", False, "it"),
    ("ru", False, "Cyrillic"), ("zh", False, "CJK"),
])
def test_language_samples(sample, english, language):
    guess = guess_language((DATA / "lang" / f"{sample}.txt").read_text("utf-8"))
    assert (guess.is_english, guess.language) == (english, language)


def test_language_detector_is_deterministic_and_reads_the_shipped_examples_as_english():
    for p in sorted(EXAMPLES.glob("*.txt")):
        text = p.read_text("utf-8")
        assert is_english(text), p
        assert guess_language(text) == guess_language(text)


def test_texts_without_letters_are_let_through():
    assert is_english("") and is_english("2024 - 17:30 / 42%")


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("raw, iso", [
    ("2017-09-13", "2017-09-13"), ("2017-09-13T10:00:00Z", "2017-09-13T10:00:00Z"),
    ("Wed, 13 Sep 2017 10:00:00 GMT", "2017-09-13"), ("13 September 2017", "2017-09-13"),
    ("September 13, 2017", "2017-09-13"), ("", None), (None, None),
])
def test_normalize_date(raw, iso):
    assert normalize_date(raw) == iso


@pytest.mark.parametrize("raw", ["2017-13-45", "soon", 2017])
def test_normalize_date_refuses_what_is_not_a_date(raw):
    with pytest.raises(ValueError):
        normalize_date(raw)


# ---------------------------------------------------------------- URLs: a local server

PAGE = (DATA / "page.html").read_bytes()
FEED = (DATA / "feed.xml").read_bytes()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def _send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        if not any(k == "Content-Length" for k, _ in headers) and not any(k == "Transfer-Encoding" for k, _ in headers):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first, as some tests intend

    def do_GET(self):  # noqa: C901 - one branch per route, read top to bottom
        path = self.path
        if path == "/article":
            self._send(200, PAGE)
        elif path == "/feed":
            self._send(200, FEED, "application/rss+xml")
        elif path == "/pdf":
            self._send(200, b"%PDF-1.4", "application/pdf")
        elif path == "/untyped":
            self._send(200, PAGE, None)
        elif path.startswith("/hop/"):
            n = int(path.rsplit("/", 1)[1])
            self._send(302, headers=[("Location", "/article" if n == 0 else f"/hop/{n - 1}")])
        elif path == "/to-file":
            self._send(302, headers=[("Location", "file:///etc/passwd")])
        elif path == "/to-loopback":
            port = self.server.server_address[1]
            self._send(302, headers=[("Location", f"http://127.0.0.1:{port}/article")])
        elif path == "/missing":
            self._send(404, b"not here")
        elif path == "/declared-big":
            self._send(200, b"x", headers=[("Content-Length", str(50 * 1024 * 1024))])
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no length: read until the cap trips
            try:
                for _ in range(200):
                    self.wfile.write(b"<p>" + b"a" * 10_000 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/gzip-bomb":
            self._send(200, gzip.compress(b"<p>" + b"a" * 5_000_000), headers=[("Content-Encoding", "gzip")])
        elif path == "/feed-local":
            port = self.server.server_address[1]
            self._send(200, FEED.replace(b"https://wire.example.org/library-hours",
                                         f"http://127.0.0.1:{port}/article".encode())
                                .replace(b"https://wire.example.org/bridge",
                                         f"http://127.0.0.1:{port}/missing".encode()),
                       "application/rss+xml")
        elif path == "/slow":
            time.sleep(2)
            self._send(200, PAGE)
        else:
            self._send(404)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_local_server_is_refused_without_allow_private(server):
    with pytest.raises(InputError) as err:
        read([f"{server}/article"])
    msg = str(err.value)
    assert "127.0.0.1, a loopback address" in msg and "--allow-private" in msg and "\n" not in msg


def test_localhost_by_name_is_refused(server):
    port = server.rsplit(":", 1)[1]
    with pytest.raises(InputError, match="loopback"):
        fetch(f"http://localhost:{port}/article")


def test_html_url_with_allow_private(server):
    (a,), warnings = read([f"{server}/article"], allow_private=True)
    assert warnings == []
    assert a.url == f"{server}/article" and a.origin == f"{server}/article"
    assert a.title == "Ferry operator adds night crossings" and "cookies" not in a.text


def test_feed_url_with_allow_private(server):
    articles, _ = read([f"{server}/feed"], allow_private=True)
    assert [a.url for a in articles] == ["https://wire.example.org/library-hours", "https://wire.example.org/bridge"]


def test_follow_links_reads_the_linked_page_and_falls_back_to_the_entry(server):
    articles, warnings = read([f"{server}/feed-local"], allow_private=True, follow_links=True)
    page, bridge = articles
    assert page.title == "Ferry operator adds night crossings" and "night crossings" in page.text
    assert page.origin == f"{server}/feed-local#entry-1" and page.published == "2022-06-14"
    assert bridge.text.startswith("Bridge repairs finish early\n\nEngineers finished")
    assert any("#entry-3: could not follow the link" in w and "HTTP 404" in w for w in warnings)


def test_followed_links_obey_the_private_address_rule(tmp_path, server):
    feed = tmp_path / "feed.xml"
    feed.write_bytes(FEED.replace(b"https://wire.example.org/library-hours", f"{server}/article".encode()))
    articles, warnings = read([feed], follow_links=True)
    assert articles[0].title == "Library extends opening hours"  # the entry's own text
    assert any("loopback" in w and "--allow-private" in w for w in warnings)


@pytest.mark.parametrize("url", ["ftp://news.example.org/a.txt", "file:///etc/passwd", "gopher://x/"])
def test_only_http_and_https(url):
    with pytest.raises(InputError, match="only http and https"):
        read([url])


@pytest.mark.parametrize("route", ["/pdf", "/untyped"])
def test_other_content_types_are_refused(server, route):
    with pytest.raises(InputError, match="content type .* refused"):
        read([f"{server}{route}"], allow_private=True)


def test_five_redirects_are_followed_and_six_refused(server):
    assert fetch(f"{server}/hop/4", allow_private=True).url == f"{server}/article"  # 5 redirects
    with pytest.raises(InputError, match="more than 5 redirects"):
        fetch(f"{server}/hop/5", allow_private=True)


def test_redirect_to_another_scheme_is_refused(server):
    with pytest.raises(InputError, match="only http and https"):
        fetch(f"{server}/to-file", allow_private=True)


def test_every_redirect_target_is_checked_again(server, monkeypatch):
    """A public name that redirects to a loopback address is refused at the second hop."""
    port = int(server.rsplit(":", 1)[1])
    public = "93.184.216.34"
    real_resolve, real_connect, connected = fetch_mod._resolve, fetch_mod._connect, []

    def resolve(host, p):
        return [public] if host == "public.example" else real_resolve(host, p)

    def connect(address, p, timeout):
        connected.append(address)
        # the "public" host is the local server in disguise
        return real_connect("127.0.0.1" if address == public else address, p, timeout)

    monkeypatch.setattr(fetch_mod, "_resolve", resolve)
    monkeypatch.setattr(fetch_mod, "_connect", connect)
    with pytest.raises(InputError) as err:
        fetch(f"http://public.example:{port}/to-loopback")
    assert "127.0.0.1, a loopback address" in str(err.value)
    assert connected == [public]  # the first hop went to the checked address; the second never connected


def test_a_name_with_any_private_address_is_refused(monkeypatch):
    monkeypatch.setattr(fetch_mod, "_resolve", lambda host, port: ["93.184.216.34", "10.1.2.3"])
    with pytest.raises(InputError, match="10.1.2.3, a private-network address"):
        fetch("https://mixed.example/")


def test_http_errors_are_one_line(server):
    with pytest.raises(InputError, match=r"HTTP 404"):
        fetch(f"{server}/missing", allow_private=True)


def test_declared_length_over_the_cap_is_refused(server):
    with pytest.raises(InputError, match="over the 20 MB limit"):
        fetch(f"{server}/declared-big", allow_private=True)


def test_body_over_the_cap_is_cut_off_while_reading(server):
    with pytest.raises(InputError, match="over the .* limit"):
        fetch(f"{server}/endless", allow_private=True, limits=FetchLimits(max_bytes=100_000))


def test_compressed_body_is_capped_after_decompression(server):
    with pytest.raises(InputError, match="over the .* limit"):
        fetch(f"{server}/gzip-bomb", allow_private=True, limits=FetchLimits(max_bytes=1_000_000))


def test_read_timeout(server):
    started = time.monotonic()
    with pytest.raises(InputError, match="timeout"):
        fetch(f"{server}/slow", allow_private=True, limits=FetchLimits(read_timeout=0.3))
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("address, problem", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"),
    ("10.0.0.1", "private"), ("172.16.5.4", "private"), ("192.168.1.1", "private"), ("fc00::1", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("224.0.0.1", "multicast"), ("ff02::1", "multicast"),
    ("240.0.0.1", "reserved"), ("0.0.0.0", "unspecified"), ("100.64.0.1", "non-public"),
    ("93.184.216.34", None), ("2606:4700::1111", None),
])
def test_address_classes(address, problem):
    found = address_problem(ipaddress.ip_address(address))
    assert (found is None) if problem is None else (problem in found)


@pytest.mark.parametrize("partial", ["2018-09", "2018"])
def test_a_sidecar_date_of_a_month_or_a_year_keeps_the_article(tmp_path, partial):
    """"published": "2018-09" is a date of its own precision, not a malformed sidecar: the
    article is read, with no published date, and a warning says why."""
    p = copy(tmp_path, "article.txt")
    (tmp_path / "article.meta.json").write_text(json.dumps({"published": partial, "title": "Port news"}))
    (a,), warnings = read([p])
    assert a.published is None and a.title == "Port news"
    assert any("names no day" in str(w) and "article.meta.json" in str(w) for w in warnings), warnings
