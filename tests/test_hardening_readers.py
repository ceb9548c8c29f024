"""Adversarial inputs through the real command line (issue 16): devices, FIFOs,
symlink loops, dangling links, an article past spaCy's max_length, a lone
surrogate in articles JSONL, feed dates a parser would invent.

Whatever is not an article is skipped with one warning naming it; the other
articles are still extracted; nothing hangs and nothing reads without limit.
The subprocess timeouts below only guard against a hang: no test measures time.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from test_cli import db_env, one_error_line, run

ENGLISH = ("The European Commission accused Google of abusing its dominance in online search, "
           "citing a report by its competition service. Google denied the accusation.")
LATE = "Microsoft accused Apple of stealing its designs."
FILLER = ("The committee met on Tuesday to discuss the budget and the weather in the northern "
          "provinces, which had been unusually dry for the season.")
GUARD = 240  # seconds: only a guard against a hang


def warnings(result) -> list[str]:
    return [ln for ln in result.stderr.splitlines() if ln.startswith("accusegraph: warning: ")]


def summary(result) -> str:
    return result.stderr.splitlines()[-1]


def claims_of(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def good_folder(tmp_path: Path, name: str = "d") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "a-good.txt").write_text("Search probe\n\n" + ENGLISH + "\n", encoding="utf-8")
    return folder


def assert_good_article_extracted(result) -> None:
    assert "Traceback" not in result.stderr
    claims = claims_of(result)
    assert any(c["quote"].startswith("The European Commission accused Google") for c in claims), claims


def assert_skipped_the_rest(result, *expected: str) -> None:
    """Exit 0, the good article's claims, and one warning a skipped input, in
    order, starting with each of `expected`, counted in the last line."""
    assert result.returncode == 0, result.stderr[-2000:]
    assert_good_article_extracted(result)
    warned = warnings(result)
    assert len(warned) == len(expected), warned
    for line, start in zip(warned, expected):
        assert line.startswith(f"accusegraph: warning: {start}") and line.endswith("; skipped"), line
    assert f"{len(expected)} inputs skipped" in summary(result)


def run_capped(*args: str, gigabytes: int = 3) -> subprocess.CompletedProcess:
    """The CLI with its address space capped: a reader that reads without limit
    fails with MemoryError instead of taking the machine's memory."""

    def cap() -> None:
        limit = gigabytes << 30
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    return subprocess.run([sys.executable, "-m", "accusegraph", *args], capture_output=True, text=True,
                          env=env, timeout=GUARD, preexec_fn=cap)


# ----------------------------------------------------------------- not regular files

@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_symlink_to_a_device_in_a_folder_is_skipped_not_read(tmp_path):
    folder = good_folder(tmp_path)
    (folder / "z.txt").symlink_to("/dev/zero")
    (folder / "zz.jsonl").symlink_to("/dev/zero")
    assert_skipped_the_rest(run_capped("extract", str(folder)),
                            f"{folder / 'z.txt'}: not a regular file (a character device)",
                            f"{folder / 'zz.jsonl'}: not a regular file (a character device)")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_named_on_the_command_line_is_one_error_line(tmp_path):
    link = tmp_path / "z.txt"
    link.symlink_to("/dev/zero")
    for path in (str(link), "/dev/zero"):
        result = run_capped("extract", path)
        assert result.returncode == 1
        assert f"{path}: not a regular file (a character device)" in one_error_line(result)


def test_a_fifo_in_a_folder_is_skipped_never_opened(tmp_path):
    folder = good_folder(tmp_path)
    for name in ("zz.txt", "zz.jsonl", "zz.xml"):
        os.mkfifo(folder / name)
    result = run("extract", str(folder), timeout=GUARD)   # before the fix: blocked forever
    assert_skipped_the_rest(result, *(f"{folder / name}: not a regular file (a FIFO)"
                                      for name in ("zz.jsonl", "zz.txt", "zz.xml")))
    named = run("extract", str(folder / "zz.txt"), timeout=GUARD)
    assert named.returncode == 1
    assert f"{folder / 'zz.txt'}: not a regular file (a FIFO)" in one_error_line(named)


def test_a_symlink_loop_and_a_dangling_symlink_are_skipped(tmp_path):
    folder = good_folder(tmp_path)
    (folder / "b-dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "c-loop.txt").symlink_to(folder / "c-loop.txt")
    assert_skipped_the_rest(run("extract", str(folder), timeout=GUARD),
                            f"{folder / 'b-dangling.txt'}: a symbolic link to a missing file",
                            f"{folder / 'c-loop.txt'}: a symbolic link loop")
    strict = run("extract", str(folder), "--strict", timeout=GUARD)
    assert strict.returncode == 1 and "b-dangling.txt: a symbolic link to a missing file" in one_error_line(strict)


@pytest.mark.neo4j
def test_ingest_counts_and_skips_what_is_not_a_regular_file(empty_db, neo4j_conn, tmp_path):
    folder = good_folder(tmp_path)
    os.mkfifo(folder / "zz.jsonl")               # count_inputs would block opening it
    (folder / "zz.xml").symlink_to("/dev/zero")  # ... or read it for ever
    (folder / "zz-loop.txt").symlink_to(folder / "zz-loop.txt")
    result = run("ingest", str(folder), env=db_env(neo4j_conn), timeout=GUARD)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert len(warnings(result)) == 3, result.stderr
    assert "3 inputs skipped" in summary(result)
    assert summary(result).startswith("accusegraph: 1 article, ")
    sources = empty_db.execute_query("MATCH (s:Source) RETURN count(s) AS n").records[0]["n"]
    assert sources == 1


def test_the_size_limit_holds_for_bytes_read_not_for_the_size_stat_reports(tmp_path):
    # /proc files report a size of 0 however much they hold
    proc = Path("/proc/self/smaps")
    if not proc.exists():
        pytest.skip("needs /proc")
    folder = good_folder(tmp_path)
    (folder / "proc.txt").symlink_to(proc)
    result = run("extract", str(folder), "--max-bytes", "1000", timeout=GUARD)
    assert result.returncode == 0, result.stderr
    warned = warnings(result)
    assert len(warned) == 1 and f"{folder / 'proc.txt'}: over the" in warned[0], warned
    assert "limit for one article" in warned[0] and "--max-bytes" in warned[0]
    assert_good_article_extracted(result)


# ----------------------------------------------------------------- an article past spaCy's max_length

# long words: half the tokens per character of FILLER, so half the parsing
LONG_FILLER = ("Representatives of neighbouring municipalities deliberated extraordinarily comprehensive "
               "infrastructure reconstruction, environmental considerations, intergovernmental "
               "responsibilities and administrative accountability throughout unprecedented circumstances.")


def long_article(path: Path) -> str:
    """Over 1,000,000 characters: filler paragraphs, one accusation in the middle, one at the end."""
    body: list[str] = []
    while sum(len(p) + 2 for p in body) < 1_050_000:
        body.append(f"{LONG_FILLER} {LONG_FILLER}")
    body.insert(len(body) // 2, ENGLISH)
    body.append(LATE + " Apple denied it.")
    text = "Long probe\n\n" + "\n\n".join(body) + "\n"
    path.write_text(text, encoding="utf-8")
    return text


def test_an_article_over_spacy_max_length_is_extracted_in_pieces(tmp_path):
    # (one process: workers run the same `_extract_chunk`, and -j 2 giving the
    # bytes of -j 1 is tests/test_extract_parallel.py's; parsing a million
    # characters twice over cost two minutes of the suite)
    jobs = "1"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Search probe\n\n" + ENGLISH + "\n", encoding="utf-8")
    text = long_article(folder / "b.txt")
    assert len(text) > 1_000_000
    result = run("extract", str(folder), "-j", jobs, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and not warnings(result), result.stderr
    assert "from 2 articles" in summary(result)
    claims = claims_of(result)
    in_b = [c for c in claims if c["source"]["title"] == "Long probe"]
    assert any(c["quote"] == LATE for c in in_b), in_b          # past the first million characters
    assert any(c["quote"].startswith("The European Commission accused") for c in in_b), in_b
    for c in in_b:   # offsets are of the whole article's text
        assert text[c["span"][0]:c["span"][1]] == c["quote"]
    assert text.index(LATE) in {c["span"][0] for c in in_b}
    assert any(c["source"]["title"] == "Search probe" for c in claims)


# ----------------------------------------------------------------- articles JSONL

def test_a_lone_surrogate_skips_its_own_jsonl_line(tmp_path):
    path = tmp_path / "articles.jsonl"
    lines = [json.dumps({"url": "https://news.example/1", "text": ENGLISH}),
             '{"url": "https://news.example/2", "text": "' + ENGLISH + ' \\ud800 broken"}',
             '{"url": "https://news.example/3", "title": "\\udfff", "text": "' + ENGLISH + '"}',
             json.dumps({"url": "https://news.example/4", "text": ENGLISH})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("extract", str(path), timeout=GUARD)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warned = warnings(result)
    assert len(warned) == 2, warned
    assert f"{path}:2: text is not valid Unicode (a lone surrogate" in warned[0] and warned[0].endswith("skipped")
    assert f"{path}:3: title is not valid Unicode (a lone surrogate" in warned[1]
    assert "2 inputs skipped" in summary(result)
    assert {c["source"]["url"] for c in claims_of(result)} == {"https://news.example/1", "https://news.example/4"}
    strict = run("extract", str(path), "--strict", timeout=GUARD)
    assert strict.returncode == 1 and f"{path}:2: text is not valid Unicode" in one_error_line(strict)


# ----------------------------------------------------------------- feeds

FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
{items}
</channel></rss>
"""
ITEM = ("<item><title>{title}</title><link>https://news.example/{title}</link>"
        "<pubDate>{date}</pubDate><description>{text}</description></item>")


def test_a_feed_read_in_full_counts_no_skipped_input_and_the_plural_is_right(tmp_path):
    # an undefined entity makes the feed not well-formed; feedparser still reads both entries
    items = "\n".join(ITEM.format(title=t, date="Wed, 13 Sep 2017 10:00:00 GMT", text=ENGLISH + " &nbsp;")
                      for t in ("one", "two"))
    path = tmp_path / "wire.xml"
    path.write_text(FEED.format(items=items), encoding="utf-8")
    result = run("extract", str(path), timeout=GUARD)
    assert result.returncode == 0, result.stderr
    warned = warnings(result)
    assert len(warned) == 1 and "not well-formed" in warned[0] and "read 2 entries anyway" in warned[0]
    assert "skipped" not in summary(result), summary(result)
    assert {c["source"]["url"] for c in claims_of(result)} == {"https://news.example/one",
                                                               "https://news.example/two"}
    german = tmp_path / "de.txt"
    german.write_text("Die Regierung wirft dem Unternehmen Spionage vor\n\nDas Innenministerium hat dem "
                      "Softwarehersteller am Dienstag vorgeworfen, im Auftrag eines ausländischen "
                      "Geheimdienstes Daten gesammelt zu haben. Das Unternehmen wies die Vorwürfe als "
                      "haltlos zurück.\n", encoding="utf-8")
    one = run("extract", str(german), timeout=GUARD)
    assert summary(one).endswith("; 1 input skipped (warnings above)"), summary(one)


@pytest.mark.parametrize("date", ["Mon, 01 Jan 1 00:00:00 GMT", "Mon, 01 Jan 0001 00:00:00 GMT",
                                  "0001-01-01T00:00:00Z", "Mon, 31 Feb 2017 10:00:00 GMT",
                                  "Fri, 01 Jan 9999 00:00:00 GMT"])
def test_an_impossible_feed_date_is_dropped_with_a_warning_not_invented(tmp_path, date):
    items = "\n".join([ITEM.format(title="bad", date=date, text=ENGLISH),
                       ITEM.format(title="short", date="Wed, 13 Sep 17 10:00:00 GMT", text=ENGLISH)])
    path = tmp_path / "wire.xml"
    path.write_text(FEED.format(items=items), encoding="utf-8")
    result = run("extract", str(path), timeout=GUARD)
    assert result.returncode == 0, result.stderr
    warned = warnings(result)
    assert len(warned) == 1, warned
    assert f"{path}#entry-1: " in warned[0] and repr(date) in warned[0] and "published left empty" in warned[0]
    assert "skipped" not in summary(result)
    published = {c["source"]["url"]: c["source"]["published"] for c in claims_of(result)}
    assert published == {"https://news.example/bad": None, "https://news.example/short": "2017-09-13"}
