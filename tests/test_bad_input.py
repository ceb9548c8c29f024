"""Bad input through the real command line: nothing lost, nothing half-written.

Whole-input problems (an empty, binary, oversized or non-UTF-8 file) are one line
on stderr and exit code 1. Problems with one record are reported as FILE:LINE
(or FILE#entry-N for a feed), skipped, and counted at the end; `--strict` stops
at the first. Whatever fails leaves no output file, no temporary file and no
change in the database. Never a traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from factories import make_story
from test_cli import db_env, one_error_line, run

ENGLISH = ("The European Commission accused Google of abusing its dominance in online search, "
           "citing a report by its competition service. Google denied the accusation.")
GERMAN = ("Die Regierung wirft dem Unternehmen Spionage vor\n\n"
          "Das Innenministerium hat dem Softwarehersteller am Dienstag vorgeworfen, im Auftrag eines "
          "ausländischen Geheimdienstes Daten gesammelt zu haben. Das Unternehmen wies die Vorwürfe "
          "als haltlos zurück und kündigte rechtliche Schritte an.\n")
BROKEN_FEED = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Good</title><link>https://news.example/good</link><description>{good}</description></item>
<item><title>No text</title><link>https://news.example/empty</link></item>
<item><description></description></item>
</channel></rss>
"""


def assert_no_traceback(result) -> None:
    assert "Traceback" not in result.stderr + result.stdout


def assert_nothing_written(folder, *keep: str) -> None:
    """Only the inputs are left in `folder`: no output file, no temp file."""
    assert sorted(p.name for p in folder.iterdir()) == sorted(keep)


def graph_size(driver) -> tuple[int, int]:
    rec = driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]
    rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]
    return rec["n"], rels["n"]


def claims_lines(n_sources: int = 2) -> list[str]:
    claims = []
    for i in range(n_sources):
        claims += make_story(f"https://news.example/bad-input/{i}", "Alpha News", "2024-05-01",
                             ("Alpha Corp", "accuse", "Beta Ltd"), ("Beta Ltd", "deny", "Alpha Corp"))
    return [c.to_json() for c in claims]


# ----------------------------------------------------------------- whole-input problems: extract

def _write(folder, name: str, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path


WHOLE_INPUT = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\n \t\n", "empty file"),
    "image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file"),
    "latin1.txt": ("Caf\u00e9 society: the mayor was accused of fraud.\n".encode("latin-1"), "not UTF-8"),
}


@pytest.mark.parametrize("name", sorted(WHOLE_INPUT))
def test_extract_refuses_a_bad_file_in_one_line_and_writes_nothing(tmp_path, name):
    data, what = WHOLE_INPUT[name]
    inputs = tmp_path / "in"
    inputs.mkdir()
    path = _write(inputs, name, data)
    out = tmp_path / "out"
    out.mkdir()
    result = run("extract", str(path), "-o", str(out / "claims.jsonl"))
    assert result.returncode == 1
    line = one_error_line(result)
    assert str(path) in line and what in line
    assert_nothing_written(out)


def test_fifty_megabyte_file_is_refused_fast_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    sentence = "The minister accused the company of fraud in a statement on Monday. " * 20 + "\n"
    with big.open("w", encoding="utf-8") as fh:
        for _ in range(50 * 1024 * 1024 // len(sentence) + 1):
            fh.write(sentence)
    assert big.stat().st_size >= 50 * 1024 * 1024
    tiny = _write(tmp_path, "tiny.txt", b"")

    def peak_kb(path) -> tuple[subprocess.CompletedProcess, int]:
        # A wrapper process reports the peak memory of its one child (the CLI).
        probe = ("import resource, subprocess, sys\n"
                 "r = subprocess.run(sys.argv[2:], capture_output=True, text=True)\n"
                 "sys.stdout.write(r.stderr)\n"
                 "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
                 "sys.exit(r.returncode)\n")
        mem = tmp_path / f"{path.name}.kb"
        done = subprocess.run([sys.executable, "-c", probe, str(mem), sys.executable, "-m", "accusegraph",
                               "extract", str(path), "-o", str(tmp_path / "claims.jsonl")],
                              capture_output=True, text=True, timeout=120)
        return done, int(mem.read_text())

    result, big_kb = peak_kb(big)
    assert result.returncode == 1
    lines = [ln for ln in result.stdout.splitlines() if ln.strip()]
    assert len(lines) == 1 and "over the 20 MB limit" in lines[0] and "--max-bytes" in lines[0], lines
    _, baseline_kb = peak_kb(tiny)
    assert big_kb - baseline_kb < 20 * 1024, (big_kb, baseline_kb)  # the 50 MB were never read
    assert not (tmp_path / "claims.jsonl").exists()
    # The limit the message names is a real option.
    raised = run("extract", str(big), "--max-bytes", "10", "-o", str(tmp_path / "claims.jsonl"))
    assert raised.returncode == 1 and "over the" in one_error_line(raised)


# ----------------------------------------------------------------- per-record problems: extract

def test_non_english_article_is_skipped_with_a_warning_and_counted(tmp_path):
    path = _write(tmp_path, "de.txt", GERMAN.encode("utf-8"))
    result = run("extract", str(path))
    assert result.returncode == 0, result.stderr
    assert_no_traceback(result)
    assert f"{path}: skipped: not English" in result.stderr
    assert "1 input skipped" in result.stderr.splitlines()[-1]
    assert result.stdout == ""
    # Out of scope, not broken: skipped under --strict too (ingest/readers.py).


def test_malformed_html_gives_its_text_or_one_warning_never_a_traceback(tmp_path):
    page = ("<html><head><title>Broken</title><body><p>" + ENGLISH.replace("Google", "<b>Google")
            + "<div><p>Unclosed <<<>>> &&& </td></tr><script>while(1){}</scr")
    broken = _write(tmp_path, "broken.html", page.encode("utf-8"))
    garbage = _write(tmp_path, "garbage.html", b"<<<<>>>><</ \xff\xfe<html")
    result = run("extract", str(broken), str(garbage))
    assert result.returncode == 0, result.stderr
    assert_no_traceback(result)
    assert f"{garbage}: no article text" in result.stderr
    assert "1 input skipped" in result.stderr.splitlines()[-1]
    for line in result.stdout.splitlines():
        json.loads(line)
    strict = run("extract", str(broken), str(garbage), "--strict", "-o", str(tmp_path / "claims.jsonl"))
    assert strict.returncode == 1 and f"{garbage}: no article text" in one_error_line(strict)
    assert_nothing_written(tmp_path, "broken.html", "garbage.html")


def test_feed_with_broken_entries_keeps_the_good_one_and_counts_the_rest(tmp_path):
    path = _write(tmp_path, "wire.xml", BROKEN_FEED.format(good=ENGLISH).encode("utf-8"))
    result = run("extract", str(path))
    assert result.returncode == 0, result.stderr
    assert_no_traceback(result)
    warnings = [ln for ln in result.stderr.splitlines() if ": warning: " in ln]
    assert len(warnings) == 2 and all(f"{path}#entry-" in w for w in warnings), warnings
    assert "2 inputs skipped" in result.stderr.splitlines()[-1]
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    assert claims and {c["source"]["url"] for c in claims} == {"https://news.example/good"}
    strict = run("extract", str(path), "--strict", "-o", str(tmp_path / "claims.jsonl"))
    assert strict.returncode == 1 and f"{path}#entry-2" in one_error_line(strict)
    assert_nothing_written(tmp_path, "wire.xml")


def test_failure_after_good_output_leaves_no_output_file(tmp_path):
    good = _write(tmp_path, "good.txt", ("Search probe\n\n" + ENGLISH + "\n").encode("utf-8"))
    bad = _write(tmp_path, "zz-bad.txt", b"\x00\x01\x02binary")
    result = run("extract", str(good), str(bad), "-o", str(tmp_path / "claims.jsonl"))
    assert result.returncode == 1 and "zz-bad.txt" in one_error_line(result)
    assert_nothing_written(tmp_path, "good.txt", "zz-bad.txt")


# ----------------------------------------------------------------- claims JSONL for `load`

def _bad_claims_file(tmp_path):
    """Six lines: good, broken JSON, unknown action, missing quote, quote not at its span, good."""
    good = claims_lines(2)
    unknown = json.loads(good[1]) | {"action": "praise"}
    missing = json.loads(good[2])
    del missing["quote"]
    off_span = json.loads(good[3])
    off_span["span"] = [off_span["span"][0], off_span["span"][1] + 5]
    lines = [good[0], '{"id": "clm:1", "actor": {', json.dumps(unknown), json.dumps(missing),
             json.dumps(off_span), good[1]]
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, good


@pytest.mark.neo4j
def test_load_reports_each_bad_line_skips_it_and_counts(empty_db, neo4j_conn, tmp_path):
    path, good = _bad_claims_file(tmp_path)
    result = run("load", str(path), env=db_env(neo4j_conn))
    assert result.returncode == 0, result.stderr
    assert_no_traceback(result)
    warnings = [ln for ln in result.stderr.splitlines() if ": warning: " in ln]
    assert [w.split(": warning: ", 1)[1].split(": ", 1)[0] for w in warnings] == [
        f"{path}:{n}" for n in (2, 3, 4, 5)]
    assert "not valid JSON" in warnings[0]
    assert "action: must be one of" in warnings[1]
    assert "quote: Field required" in warnings[2]
    assert "covers 55 characters but quote has 50" in warnings[3] or "span" in warnings[3]
    assert result.stderr.splitlines()[-1].endswith("4 bad lines skipped")
    ids = {r["id"] for r in empty_db.execute_query("MATCH (c:Claim) RETURN c.id AS id").records}
    assert ids == {json.loads(good[0])["id"], json.loads(good[1])["id"]}


@pytest.mark.neo4j
def test_load_strict_stops_at_the_first_bad_line_and_writes_nothing(empty_db, neo4j_conn, tmp_path):
    path, _ = _bad_claims_file(tmp_path)
    before = graph_size(empty_db)
    result = run("load", str(path), "--strict", env=db_env(neo4j_conn))
    assert result.returncode == 1
    assert f"{path}:2: not valid JSON" in one_error_line(result)
    assert graph_size(empty_db) == before


@pytest.mark.neo4j
def test_ten_megabyte_line_is_one_bad_record_not_a_memory_hog(empty_db, neo4j_conn, tmp_path):
    good = claims_lines(2)
    huge = json.loads(good[1])
    huge["quote"] = "x" * 10_000_000
    huge["span"] = [0, 10_000_000]
    path = tmp_path / "claims.jsonl"
    path.write_text("\n".join([good[0], json.dumps(huge), good[2], "y" * 10_000_000, good[3]]) + "\n",
                    encoding="utf-8")
    result = run("load", str(path), env=db_env(neo4j_conn))
    assert result.returncode == 0, result.stderr
    assert f"{path}:2: line is over the" in result.stderr
    assert f"{path}:4: line is over the" in result.stderr
    assert result.stderr.splitlines()[-1].endswith("2 bad lines skipped")
    quotes = empty_db.execute_query("MATCH (c:Claim) RETURN max(size(c.quote)) AS longest, count(c) AS n")
    assert quotes.records[0]["n"] == 3 and quotes.records[0]["longest"] < 1000


@pytest.mark.neo4j
@pytest.mark.parametrize("name", ["empty.txt", "image.txt", "latin1.txt"])
def test_load_refuses_a_bad_file_in_one_line_and_writes_nothing(empty_db, neo4j_conn, tmp_path, name):
    data, what = WHOLE_INPUT[name]
    path = _write(tmp_path, "claims.jsonl", data)
    before = graph_size(empty_db)
    result = run("load", str(path), env=db_env(neo4j_conn))
    assert result.returncode == 1
    line = one_error_line(result)
    assert str(path) in line and (what in line or "UTF-8" in line)
    assert graph_size(empty_db) == before


@pytest.mark.neo4j
def test_load_of_a_non_utf8_line_late_in_the_file_writes_nothing(empty_db, neo4j_conn, tmp_path):
    good = claims_lines(2)
    path = tmp_path / "claims.jsonl"
    path.write_bytes(("\n".join(good[:3]) + "\n").encode("utf-8") + b'{"id": "caf\xe9"}\n')
    before = graph_size(empty_db)
    result = run("load", str(path), env=db_env(neo4j_conn))
    assert result.returncode == 1
    assert f"{path}:4: not UTF-8" in one_error_line(result)
    assert graph_size(empty_db) == before


# ----------------------------------------------------------------- `ingest`

@pytest.mark.neo4j
def test_ingest_has_strict_and_a_bad_article_writes_nothing(empty_db, neo4j_conn, tmp_path):
    good = _write(tmp_path, "a-good.txt", ("Search probe\n\n" + ENGLISH + "\n").encode("utf-8"))
    feed = _write(tmp_path, "b-wire.xml", BROKEN_FEED.format(good=ENGLISH).encode("utf-8"))
    empty = _write(tmp_path, "c-empty.txt", b"")
    before = graph_size(empty_db)
    whole = run("ingest", str(good), str(empty), env=db_env(neo4j_conn))
    assert whole.returncode == 1 and "c-empty.txt: empty file" in one_error_line(whole)
    strict = run("ingest", str(good), str(feed), "--strict", env=db_env(neo4j_conn))
    assert strict.returncode == 1 and "b-wire.xml#entry-2" in one_error_line(strict)
    assert graph_size(empty_db) == before
    lenient = run("ingest", str(good), str(feed), env=db_env(neo4j_conn))
    assert lenient.returncode == 0, lenient.stderr
    assert "b-wire.xml#entry-2" in lenient.stderr
    assert "2 inputs skipped" in lenient.stderr.splitlines()[-1]
    assert graph_size(empty_db)[0] > before[0]
