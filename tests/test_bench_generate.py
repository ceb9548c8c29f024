"""The benchmark inputs are deterministic and valid, and the bench scripts run.

No timing is asserted anywhere: speed is for bench/ to measure, not for tests.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from accusegraph.model import Article, Claim

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _module(name: str):
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    if name in sys.modules and getattr(sys.modules[name], "__file__", "") == str(BENCH / f"{name}.py"):
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


generate = _module("generate")


# ------------------------------------------------------------------ articles

def test_articles_are_the_same_for_the_same_seed():
    assert list(generate.articles(30, seed=3)) == list(generate.articles(30, seed=3))


def test_another_seed_gives_other_articles():
    assert [a["text"] for a in generate.articles(10, seed=3)] != [a["text"] for a in generate.articles(10, seed=4)]


def test_a_smaller_corpus_is_a_prefix_of_a_larger_one():
    assert list(generate.articles(20)) == list(generate.articles(50))[:20]


def test_articles_are_valid_article_records_with_headline_and_paragraphs():
    arts = list(generate.articles(200))
    assert len({a["url"] for a in arts}) == len(arts)
    for a in arts:
        Article(**a)  # raises on an invalid record
        assert a["text"].startswith(a["title"] + "\n\n")
        assert a["published"][:4].isdigit() and len(a["published"]) == 10
        assert a["text"].count("\n\n") >= 5


def test_corpus_mixes_accusations_denials_and_plain_news():
    texts = [a["text"] for a in generate.articles(300)]
    assert sum(" accused " in t for t in texts) > 150
    assert sum("denied" in t or "rejected" in t for t in texts) > 100
    assert sum(" accused " not in t and "suspected" not in t and "suggested that" not in t for t in texts) > 10


# ------------------------------------------------------------------ claims

def test_claims_are_the_same_for_the_same_seed_and_a_prefix_by_size():
    small = list(generate.claims(500, seed=5))
    assert small == list(generate.claims(500, seed=5))
    assert small == list(generate.claims(900, seed=5))[:500]


def test_claims_are_valid_claim_records():
    recs = list(generate.claims(3000))
    claims = [Claim.model_validate(r) for r in recs]
    assert len({c.id for c in claims}) == len(claims)
    by_id = {c.id: c for c in claims}
    for c in claims:
        assert c.span[1] - c.span[0] == len(c.quote)
        if c.responds_to:
            answered = by_id[c.responds_to]
            assert answered.source.id == c.source.id
            assert answered.action == "accuse" and c.action == "deny"
            assert c.actor.id == answered.target.id


def test_claims_are_skewed_few_actors_often_most_rarely():
    targets = Counter(r["target"]["id"] for r in generate.claims(20_000) if r["target"])
    counts = sorted(targets.values(), reverse=True)
    assert counts[0] > 0.05 * sum(counts)  # the most accused actor: over 5% of all claims
    assert sum(1 for n in counts if n == 1) > 0.4 * len(counts)  # most actors appear once


def test_write_file_makes_jsonl_once(tmp_path):
    path = generate.write_file("claims", 50, tmp_path / "c.jsonl", seed=2)
    lines = path.read_text().splitlines()
    assert len(lines) == 50 and all(json.loads(x)["id"] for x in lines)
    mtime = path.stat().st_mtime_ns
    assert generate.write_file("claims", 50, path, seed=2).stat().st_mtime_ns == mtime


# ------------------------------------------------------------------ bench helpers

def test_percentile_and_table():
    common = _module("common")
    assert common.percentile([1, 2, 3, 4, 5], 50) == 3
    assert common.percentile([10.0], 95) == 10.0
    text = common.table(["a", "b"], [["x", 1.5], ["y", 12345]])
    assert "12,345" in text and text.count("\n") == 3


def test_query_parameters_cover_every_saved_query():
    from accusegraph.graph.queries import list_queries

    bq = _module("bench_queries")
    import datetime as dt
    import random

    pools = {"frequent": [{"name": "Russia", "claims": 900}], "rare": [{"name": "Juniper Labs", "claims": 1}],
             "pairs_frequent": [{"actor": "Russia", "target": "Ukraine", "claim": "clm:1", "weight": 9}],
             "pairs_rare": [{"actor": "Anna Kovac", "target": "Juniper Labs", "claim": "clm:2", "weight": 2}],
             "answered": ["clm:1"], "all_claims": ["clm:1", "clm:2"],
             "date_lo": dt.date(2016, 1, 1), "date_hi": dt.date(2025, 1, 1)}
    for saved in list_queries():
        sets = bq.param_sets(saved.name, saved.params, pools, random.Random(1), 8)
        declared = {p.name for p in saved.params}
        required = {p.name for p in saved.params if p.required}
        for _, params in sets:
            assert set(params) <= declared
            assert required <= set(params)


@pytest.mark.parametrize("script", ["bench_extract", "bench_load", "bench_queries", "bench_e2e", "generate"])
def test_bench_scripts_show_their_usage(script):
    out = subprocess.run([sys.executable, str(BENCH / f"{script}.py"), "--help"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "usage" in out.stdout.lower()


def test_bench_extract_quick_runs_and_writes_results(tmp_path):
    out = subprocess.run([sys.executable, str(BENCH / "bench_extract.py"), "--quick", "--jobs", "1",
                          "--results-dir", str(tmp_path)],
                         capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stderr[-3000:]
    doc = json.loads((tmp_path / "extract-quick.json").read_text())
    assert doc["machine"]["cores"] >= 1 and doc["date"]
    size = doc["sizes"][0]
    assert size["articles"] == 20 and size["tokens"] > 0
    run = size["extract"]["1"]
    assert run["articles"] == 20
    assert "ncalls" in doc["profile"]["profile"]
