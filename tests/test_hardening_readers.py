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


# ----------------------------------------------------------------- an article past spaCy's max_length

def long_article(path: Path) -> str:
    """Over 1,000,000 characters: filler paragraphs, one accusation in the middle, one at the end."""
    body: list[str] = []
    while sum(len(p) + 2 for p in body) < 1_050_000:
        body.append(f"{FILLER} {FILLER}")
    body.insert(len(body) // 2, ENGLISH)
    body.append(LATE + " Apple denied it.")
    text = "Long probe\n\n" + "\n\n".join(body) + "\n"
    path.write_text(text, encoding="utf-8")
    return text


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_article_over_spacy_max_length_is_extracted_in_pieces(tmp_path, jobs):
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
