"""Extraction throughput: `accusegraph extract` against spaCy's own `nlp.pipe`.

For each corpus size (generated articles, a fixed seed) and in the same run:

- `spacy`: the same model with the same pipes, `nlp.pipe(texts, batch_size=32)`,
  nothing of accusegraph's own code: the ceiling the rules are measured against;
- `extract -j1`, `extract -j2`: what `accusegraph extract FILE` does (read the
  articles JSONL, parse, apply the rules, serialise claims JSONL), via the same
  library call the CLI makes (`pipeline.extract_claims`), output thrown away.
  With -j2 the parent reads articles and writes claims while two worker
  processes parse and apply the rules.

Every measurement runs in a fresh process so its peak RSS (ru_maxrss) belongs
to that size alone; for -j2 the workers' peak RSS and CPU seconds are sampled
from /proc (they are the forkserver's children, not the measured process's).
Model loading of -j1 is timed apart (as for spaCy); the -j2 workers load theirs
inside the timed run. A cProfile of `extract -j1` on a small corpus is stored
with the results.

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


def worker_extract(path: Path, jobs: int) -> dict:
    """`accusegraph extract FILE --jobs N` minus the output file. -j1 loads spaCy
    before the clock starts (as the spaCy row does); with -j2 the parent never
    loads it and the workers' start (model loading included) is in the time."""
    from accusegraph.ingest.nlp import load_nlp

    load_s = None
    if jobs == 1:
        t0 = time.perf_counter()
        load_nlp()
        load_s = time.perf_counter() - t0
    with common.Descendants() as workers:
        t0, c0 = time.perf_counter(), time.process_time()
        articles, claims = _extract_all(path, jobs)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    out = {"mode": f"extract-j{jobs}", "articles": articles, "claims": claims, "seconds": seconds,
           "model_load_seconds": load_s, "cpu_seconds": {"self": round(cpu, 2)},
           "peak_rss_mib": common.peak_rss_mib()}
    if jobs > 1:
        rec = workers.record()
        out["workers"] = rec
        out["cpu_seconds"]["workers"] = rec["cpu_seconds"]
    return out


def worker_profile(path: Path) -> dict:
    from accusegraph.ingest.nlp import load_nlp

    load_nlp()
    t0 = time.perf_counter()
    (articles, claims), text = common.cprofile_top(lambda: _extract_all(path, 1), limit=30)
    return {"mode": "profile", "articles": articles, "claims": claims,
            "seconds_under_profiler": time.perf_counter() - t0, "profile": text}


# ------------------------------------------------------------------ driver

def run(sizes: list[int], jobs: list[int], seed: int, profile_articles: int, baseline: bool = True) -> dict:
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
            res = common.run_worker(script, ["extract", str(path), str(j)], timeout=limit)
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
            j1, j2 = e["extract"]["1"], e["extract"]["2"]
            e["speedup_j2_over_j1"] = j1["seconds"] / j2["seconds"]
            # as the command runs: -j1 loads its model too (-j2's workers load theirs inside their time)
            e["speedup_j2_over_j1_with_model_load"] = (j1["seconds"] + (j1["model_load_seconds"] or 0)) / j2["seconds"]
            # CPU seconds of the whole -j2 run (parent + workers) per CPU second of -j1: the parallel overhead
            if "workers" in j2.get("cpu_seconds", {}):
                e["cpu_j2_over_j1"] = (j2["cpu_seconds"]["self"] + j2["cpu_seconds"]["workers"]) / j1["cpu_seconds"]["self"]

    profile = None
    if profile_articles:
        ppath = common.data_file("articles", profile_articles, seed)
        profile = common.run_worker(script, ["profile", str(ppath)], timeout=300 + 6 * profile_articles)

    memory = None
    j1 = [e for e in rows if "1" in e["extract"]]
    if len(j1) >= 2:
        a, b = j1[-2], j1[-1]
        ra, rb = a["extract"]["1"]["peak_rss_mib"]["self"], b["extract"]["1"]["peak_rss_mib"]["self"]
        memory = {"from_articles": a["articles"], "to_articles": b["articles"], "from_mib": ra, "to_mib": rb,
                  "growth": rb / ra - 1}
    return {"sizes": rows, "memory_growth": memory, "profile": profile,
            "targets": {"ratio_to_spacy": 0.85, "speedup_j2_over_j1": 1.7, "memory_growth_max": 0.10},
            "seed": seed, "baseline_batch_size": BATCH}


def render(result: dict) -> str:
    headers = ["articles", "tokens", "run", "seconds", "articles/s", "tokens/s", "x spaCy", "peak RSS MiB"]
    rows = []
    for e in result["sizes"]:
        s = e["spacy"]
        if s:
            rows.append([e["articles"], e["tokens"], "spaCy nlp.pipe", s["seconds"], s["articles_per_s"],
                         s["tokens_per_s"], 1.0, s["peak_rss_mib"]["self"]])
        for j, r in e["extract"].items():
            # -jN: the parent plus its largest worker
            rss = r["peak_rss_mib"]["self"] + (r.get("workers", {}).get("max_peak_rss_mib", 0.0) if j != "1" else 0)
            rows.append([e["articles"], e["tokens"], f"extract -j{j}", r["seconds"], r["articles_per_s"],
                         r.get("tokens_per_s"), r.get("ratio_to_spacy"), rss])
    out = [common.table(headers, rows)]
    for e in result["sizes"]:
        if "speedup_j2_over_j1" in e:
            out.append(f"{e['articles']:,} articles: -j2 is {e['speedup_j2_over_j1']:.2f}x -j1 (target 1.7x); "
                       f"{e['speedup_j2_over_j1_with_model_load']:.2f}x counting -j1's model load"
                       + (f"; -j2 used {e['cpu_j2_over_j1']:.2f}x the CPU seconds of -j1" if "cpu_j2_over_j1" in e else ""))
    for e in result["sizes"]:
        for j, r in e["extract"].items():
            if "workers" in r:
                out.append(f"{e['articles']:,} articles, -j{j}: CPU {r['cpu_seconds']['self']:.1f} s in the parent, "
                           f"{r['cpu_seconds']['workers']:.1f} s in {r['workers']['processes']} processes below it; "
                           f"worker peak RSS {r['workers']['peak_rss_mib_each']} MiB")
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
            common.emit(worker_extract(path, int(argv[3])))
        elif mode == "profile":
            common.emit(worker_profile(path))
        return 0
    ap = argparse.ArgumentParser(description="Extraction throughput against spaCy's nlp.pipe.")
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--profile-articles", type=int, default=200,
                    help="articles for the cProfile run of extract -j1 (0: none)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the spaCy run (e.g. for a memory-only run)")
    ap.add_argument("--name", default=NAME, help="results file name (default: extract)")
    ap.add_argument("--quick", action="store_true", help="20 articles, a 10-article profile: seconds")
    ap.add_argument("--results-dir", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.quick:
        args.sizes, args.profile_articles = [20], 10
    result = run(args.sizes, args.jobs, args.seed, args.profile_articles, not args.no_baseline)
    result["quick"] = args.quick
    path = common.write_results(args.name + ("-quick" if args.quick else ""), result, args.results_dir)
    print(render(result))
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
