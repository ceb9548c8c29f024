"""The language check on short and name-heavy news text (ingest/language.py).

The check set (tests/data/lang/checkset.jsonl) was written for these tests:
English headlines and sentences full of names, capitals, figures and quotes,
and short German, French, Spanish, Portuguese, Dutch, Indonesian, Italian and
other texts on the same subjects.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from accusegraph.ingest.language import guess_language

DATA = Path(__file__).parent / "data" / "lang"
EXAMPLES = Path(__file__).parents[1] / "examples"
ROWS = [json.loads(line) for line in (DATA / "checkset.jsonl").read_text("utf-8").splitlines() if line.strip()]


def test_english_headlines_and_name_heavy_sentences_are_kept():
    english = [r["text"] for r in ROWS if r["lang"] == "en"]
    skipped = [t for t in english if not guess_language(t).is_english]
    assert len(english) == 40
    assert len(skipped) <= 1, skipped   # "Bundesnetzagentur head Klaus Müller ..." reads as German


def test_short_foreign_texts_are_skipped_and_named():
    foreign = [r for r in ROWS if r["lang"] != "en"]
    kept = [r["text"] for r in foreign if guess_language(r["text"]).is_english]
    assert kept == []
    guess = guess_language("Die Staatsanwaltschaft ermittelt gegen den Konzern wegen Betrugs.")
    assert (guess.language, guess.description) == ("de", "German")


def test_too_short_to_judge_is_kept():
    assert guess_language("Kreml dementiert").is_english


def test_the_check_costs_a_few_milliseconds_per_article():
    texts = [p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] * 10
    guess_language(texts[0])   # the detector is built once per process
    start = time.perf_counter()
    assert all(guess_language(t).is_english for t in texts)
    assert (time.perf_counter() - start) / len(texts) < 0.02


def test_the_detector_needs_no_network():
    code = ("import socket\n"
            "def refuse(*a, **k):\n    raise OSError('network used')\n"
            "socket.socket.connect = refuse\nsocket.create_connection = refuse\n"
            "from accusegraph.ingest.language import guess_language\n"
            "assert guess_language('Russia denied the accusations on Tuesday, the ministry said.').is_english\n"
            "assert not guess_language('La Russie dément toute implication, a dit le ministère.').is_english\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_english_articles_are_settled_without_loading_the_models():
    code = ("from pathlib import Path\n"
            "from accusegraph.ingest import language\n"
            f"texts = [p.read_text('utf-8') for p in sorted(Path({str(EXAMPLES)!r}).glob('*.txt'))]\n"
            "assert texts and all(language.guess_language(t).is_english for t in texts)\n"
            "assert language._detector.cache_info().currsize == 0, 'lingua was loaded'\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_a_feed_of_english_headlines_is_read_whole(tmp_path):
    from accusegraph.ingest.readers import iter_articles

    lines = ["Britain, New Zealand ban TikTok on government phones",
             "Dutch court holds Russia liable for MH17 downing; Kremlin rejects verdict",
             "Kreml bestreitet Beteiligung an Giftanschlag auf Nawalny"]
    path = tmp_path / "entries.jsonl"
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in lines), "utf-8")
    warnings: list[str] = []
    kept = [a.text for a in iter_articles([str(path)], warn=warnings.append)]
    assert kept == lines[:2]
    assert len(warnings) == 1 and "entries.jsonl:3: skipped: not English (looks like German)" in warnings[0]
