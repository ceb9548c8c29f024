"""Extraction throughput: `accusegraph extract` against spaCy's own `nlp.pipe`.

For each corpus size (generated articles, a fixed seed) and in the same run:

- `spacy`: the same model with the same pipes, `nlp.pipe(texts, batch_size=32)`,
  nothing of accusegraph's own code: the ceiling the rules are measured against;
- `extract -j1`, `extract -j2`: what `accusegraph extract FILE` does (read the
  articles JSONL, parse, apply the rules, serialise claims JSONL), via the same
  library call the CLI makes, output thrown away.

Every measurement runs in a fresh process so its peak RSS (ru_maxrss) belongs
to that size alone; model loading is timed apart (it is paid once per process,
and by each worker with --jobs 2, which is counted in the -j2 time). A cProfile
of `extract -j1` on a small corpus is stored with the results.

    python bench/bench_extract.py                  # 100, 1,000, 10,000 articles
    python bench/bench_extract.py --sizes 100 1000 --jobs 1
    python bench/bench_extract.py --quick          # 20 articles, seconds
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

NAME = "extract"
BATCH = 32


# ------------------------------------------------------------------ workers (one per process)

def _read_texts(path: Path) -> list[str]:
    import json
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]


def _baseline_nlp():
    """The model exactly as its package ships it, with the pipes accusegraph runs enabled."""
    import importlib

    from accusegraph.ingest import nlp as nlp_mod

    ours = nlp_mod.load_nlp()
    for name in nlp_mod.MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        raw = module.load()
        enabled = set(ours.pipe_names)
        for pipe in list(raw.pipe_names):
            if pipe not in enabled:
                raw.disable_pipe(pipe)
        return raw, [p for p in ours.pipe_names if p not in raw.pipe_names]
    raise RuntimeError("no spaCy model installed")


def worker_spacy(path: Path) -> dict:
    t0 = time.perf_counter()
    nlp, extra = _baseline_nlp()
    load_s = time.perf_counter() - t0
    texts = _read_texts(path)
    tokens = 0
    t0 = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=BATCH):
        tokens += len(doc)
    seconds = time.perf_counter() - t0
    return {"mode": "spacy", "articles": len(texts), "tokens": tokens, "seconds": seconds,
            "model_load_seconds": load_s, "pipes": nlp.pipe_names,
            "accusegraph_only_pipes": extra, "peak_rss_mib": common.peak_rss_mib()}


def _extract_all(path: Path, jobs: int) -> tuple[int, int]:
    from accusegraph.model import write_claims
    from accusegraph.pipeline import extract_claims

    counts = {"articles": 0}

    def seen(article, claims):
        counts["articles"] += 1

    sink = io.StringIO()
    n = 0
    for claim in extract_claims([str(path)], jobs=jobs, warn=lambda m: None, on_article=seen):
        n += write_claims([claim], sink)
        if sink.tell() > 1 << 20:
            sink.seek(0)
            sink.truncate()
    return counts["articles"], n


class _Hang(Exception):
    pass


def guarded_extract(paths: list[str], jobs: int, per_article_s: float, report: dict):
    """`Extractor.extract_many` step by step (nlp.pipe over the articles, then the
    rules per parsed article, as extract.py does), with the rules of one article
    stopped after `per_article_s` seconds. Only for measuring an extractor that
    hangs on some inputs: the hung articles are counted in `report["hung"]` and
    the time they took in `report["excluded_seconds"]`."""
    import signal

    from accusegraph.ingest.extract import Extractor
    from accusegraph.ingest.readers import iter_articles

    ex = Extractor()
    report.setdefault("hung", [])
    report.setdefault("excluded_seconds", 0.0)

    def on_alarm(signum, frame):
        raise _Hang()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        stream = ((a.text, a) for a in iter_articles(paths, warn=lambda m: None))
        for doc, article in ex.nlp.pipe(stream, as_tuples=True, batch_size=BATCH, n_process=max(1, jobs)):
            t0 = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, per_article_s)
            try:
                claims = ex.claims_from_doc(doc, article)
            except _Hang:
                report["hung"].append(article.origin)
                report["excluded_seconds"] += time.perf_counter() - t0
                continue
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            yield article, claims
    finally:
        signal.signal(signal.SIGALRM, previous)


def worker_extract(path: Path, jobs: int, guard_s: float = 0.0) -> dict:
    from accusegraph.ingest.nlp import load_nlp
    from accusegraph.model import write_claims

    t0 = time.perf_counter()
    load_nlp()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    guard: dict = {}
    if guard_s:
        sink = io.StringIO()
        articles = claims = 0
        for _, found in guarded_extract([str(path)], jobs, guard_s, guard):
            articles += 1
            claims += write_claims(found, sink)
            sink.seek(0)
            sink.truncate()
    else:
        articles, claims = _extract_all(path, jobs)
    seconds = time.perf_counter() - t0 - guard.get("excluded_seconds", 0.0)
    out = {"mode": f"extract-j{jobs}", "articles": articles, "claims": claims, "seconds": seconds,
           "model_load_seconds": load_s, "peak_rss_mib": common.peak_rss_mib()}
    if guard_s:
        out["guard"] = {"per_article_s": guard_s, "hung_articles": len(guard["hung"]),
                        "hung_examples": guard["hung"][:5], "excluded_seconds": guard["excluded_seconds"]}
    return out


def _guarded_all(path: Path, jobs: int, guard_s: float) -> tuple[int, int]:
    articles = claims = 0
    for _, found in guarded_extract([str(path)], jobs, guard_s, {}):
        articles += 1
        claims += len(found)
    return articles, claims


def worker_profile(path: Path, guard_s: float = 0.0) -> dict:
    from accusegraph.ingest.nlp import load_nlp

    load_nlp()
    t0 = time.perf_counter()
    work = (lambda: _guarded_all(path, 1, guard_s)) if guard_s else (lambda: _extract_all(path, 1))
    (articles, claims), text = common.cprofile_top(work, limit=30)
    return {"mode": "profile", "articles": articles, "claims": claims,
            "seconds_under_profiler": time.perf_counter() - t0, "profile": text}


# ------------------------------------------------------------------ driver

def run(sizes: list[int], jobs: list[int], seed: int, profile_articles: int, guard_s: float = 0.0,
        baseline: bool = True) -> dict:
    script = Path(__file__).resolve()
    rows = []
    for size in sizes:
        path = common.data_file("articles", size, seed)
        limit = 300 + 3 * size  # seconds: far above any sane run; a hang is reported with its stack
        entry = {"articles": size, "tokens": None, "spacy": None, "extract": {}}
        if baseline:
            base = common.run_worker(script, ["spacy", str(path)], timeout=limit)
            print(f"  {size:>6} articles  spacy        {base['seconds']:8.1f} s", file=sys.stderr)
            entry.update(tokens=base["tokens"], spacy=base)
        for j in jobs:
            res = common.run_worker(script, ["extract", str(path), str(j), str(guard_s)], timeout=limit)
            print(f"  {size:>6} articles  extract -j{j}  {res['seconds']:8.1f} s", file=sys.stderr)
            entry["extract"][str(j)] = res
        rows.append(entry)

    for e in rows:
        tok = e["tokens"]
        if e["spacy"]:
            e["spacy"]["articles_per_s"] = e["articles"] / e["spacy"]["seconds"]
            e["spacy"]["tokens_per_s"] = tok / e["spacy"]["seconds"]
        for res in e["extract"].values():
            res["articles_per_s"] = e["articles"] / res["seconds"]
            if e["spacy"]:
                res["tokens_per_s"] = tok / res["seconds"]
                res["ratio_to_spacy"] = e["spacy"]["seconds"] / res["seconds"]
        if "1" in e["extract"] and "2" in e["extract"]:
            e["speedup_j2_over_j1"] = e["extract"]["1"]["seconds"] / e["extract"]["2"]["seconds"]

    profile = None
    if profile_articles:
        ppath = common.data_file("articles", profile_articles, seed)
        profile = common.run_worker(script, ["profile", str(ppath), str(guard_s)], timeout=300 + 6 * profile_articles)

    memory = None
    j1 = [e for e in rows if "1" in e["extract"]]
    if len(j1) >= 2:
        a, b = j1[-2], j1[-1]
        ra, rb = a["extract"]["1"]["peak_rss_mib"]["self"], b["extract"]["1"]["peak_rss_mib"]["self"]
        memory = {"from_articles": a["articles"], "to_articles": b["articles"], "from_mib": ra, "to_mib": rb,
                  "growth": rb / ra - 1}
    return {"sizes": rows, "memory_growth": memory, "profile": profile,
            "targets": {"ratio_to_spacy": 0.85, "speedup_j2_over_j1": 1.7, "memory_growth_max": 0.10},
            "seed": seed, "batch_size": BATCH, "guard_seconds": guard_s}


def render(result: dict) -> str:
    headers = ["articles", "tokens", "run", "seconds", "articles/s", "tokens/s", "x spaCy", "peak RSS MiB"]
    rows = []
    for e in result["sizes"]:
        s = e["spacy"]
        if s:
            rows.append([e["articles"], e["tokens"], "spaCy nlp.pipe", s["seconds"], s["articles_per_s"],
                         s["tokens_per_s"], 1.0, s["peak_rss_mib"]["self"]])
        for j, r in e["extract"].items():
            rss = r["peak_rss_mib"]["self"] + (r["peak_rss_mib"]["children"] if j != "1" else 0)
            rows.append([e["articles"], e["tokens"], f"extract -j{j}", r["seconds"], r["articles_per_s"],
                         r.get("tokens_per_s"), r.get("ratio_to_spacy"), rss])
    out = [common.table(headers, rows)]
    for e in result["sizes"]:
        if "speedup_j2_over_j1" in e:
            out.append(f"{e['articles']:,} articles: -j2 is {e['speedup_j2_over_j1']:.2f}x -j1 (target 1.7x)")
    for e in result["sizes"]:
        for j, r in e["extract"].items():
            if r.get("guard", {}).get("hung_articles"):
                g = r["guard"]
                out.append(f"{e['articles']:,} articles, -j{j}: the rules hung on {g['hung_articles']} articles "
                           f"(stopped after {g['per_article_s']:g} s each, {g['excluded_seconds']:.0f} s "
                           f"excluded from the time)")
    m = result.get("memory_growth")
    if m:
        out.append(f"peak RSS of extract -j1: {m['from_mib']:.0f} MiB at {m['from_articles']:,} articles, "
                   f"{m['to_mib']:.0f} MiB at {m['to_articles']:,} ({m['growth']:+.1%}; target within 10%)")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--worker":
        common.arm_watchdog()
        mode, path = argv[1], Path(argv[2])
        if mode == "spacy":
            common.emit(worker_spacy(path))
        elif mode == "extract":
            common.emit(worker_extract(path, int(argv[3]), float(argv[4]) if len(argv) > 4 else 0.0))
        elif mode == "profile":
            common.emit(worker_profile(path, float(argv[3]) if len(argv) > 3 else 0.0))
        return 0
    ap = argparse.ArgumentParser(description="Extraction throughput against spaCy's nlp.pipe.")
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--profile-articles", type=int, default=200,
                    help="articles for the cProfile run of extract -j1 (0: none)")
    ap.add_argument("--skip-hangs", type=float, default=0.0, metavar="SECONDS",
                    help="stop the rules of an article after SECONDS and count it as hung (for an extractor "
                         "that loops on some inputs; runs extract_many's steps one by one)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the spaCy run (e.g. for a memory-only run)")
    ap.add_argument("--name", default=NAME, help="results file name (default: extract)")
    ap.add_argument("--quick", action="store_true", help="20 articles, a 10-article profile: seconds")
    ap.add_argument("--results-dir", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.quick:
        args.sizes, args.profile_articles = [20], 10
    result = run(args.sizes, args.jobs, args.seed, args.profile_articles, args.skip_hangs, not args.no_baseline)
    result["quick"] = args.quick
    path = common.write_results(args.name + ("-quick" if args.quick else ""), result, args.results_dir)
    print(render(result))
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
