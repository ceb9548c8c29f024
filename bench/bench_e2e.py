"""End to end: `accusegraph ingest` of generated articles into an empty database.

One run, in a fresh process, of the library call `accusegraph ingest` makes
(`pipeline.ingest`: read the articles JSONL, parse, apply the rules, load the
claims with the derived edges) against a throw-away local server with an empty
database. Where the time goes comes from the same run: a sampler looks at the
main thread's stack every 10 ms and files each sample under the stage whose code
it is in (reading articles, spaCy parse, accusegraph's rules, building claim
records, the loader's Python, the database), so the breakdown costs next to
nothing and adds up to the total.

    python bench/bench_e2e.py                   # 10,000 articles
    python bench/bench_e2e.py --articles 1000
    python bench/bench_e2e.py --quick           # 20 articles
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

NAME = "e2e"


def _in(*parts: str):
    return lambda filename, func: any(p in filename for p in parts)


# Checked innermost frame first; the first stage that matches a frame wins. When the
# main thread only waits for the loader's writer thread, the writer's stack is filed.
STAGES = [
    ("read articles (ingest/readers.py)", _in("/ingest/readers.py", "/ingest/fetch.py")),
    ("spaCy parse (nlp.pipe)", _in("/spacy/", "/thinc/", "/srsly/", "/ingest/nlp.py")),
    ("claim records (pydantic, model.py)", _in("/pydantic", "/accusegraph/model.py")),
    ("rules (ingest/ extraction)", _in("/ingest/")),
    ("database (driver + server wait)", _in("/neo4j/")),
    ("waiting for extraction workers (--jobs N)", _in("/concurrent/futures/process.py", "/multiprocessing/")),
    ("loader Python (graph/)", _in("/graph/")),
]


def worker(path: Path, heap: str, pagecache: str, jobs: int) -> dict:
    from accusegraph.ingest.nlp import load_nlp
    from accusegraph.pipeline import ingest

    model_load = None
    if jobs == 1:  # with --jobs N the workers load their own, inside the timed run
        t0 = time.perf_counter()
        load_nlp()
        model_load = time.perf_counter() - t0
    warnings: list[str] = []
    with common.ThrowawayServer(heap, pagecache) as srv:
        driver = srv.driver()
        marks: dict[str, float] = {}

        def progress(n: int) -> None:
            marks.setdefault("first_article", time.perf_counter())
            marks["last_article"] = time.perf_counter()

        sampler = common.StackSampler(STAGES, interval=0.01)
        t0 = time.perf_counter()
        with sampler, common.Descendants() as workers:
            report = ingest([str(path)], driver, database="neo4j", jobs=jobs, warn=warnings.append,
                            progress=progress)
        total = time.perf_counter() - t0
        from bench_load import graph_counts
        counts = graph_counts(driver)
        driver.close()
        server = srv.record()
    extract_s = marks.get("last_article", t0) - t0
    where = sampler.shares()
    load = report.load.to_dict() if hasattr(report.load, "to_dict") else str(report.load)
    return {"articles": report.articles, "claims": report.claims, "seconds": total,
            "extract_phase_seconds": extract_s, "load_phase_seconds": total - extract_s,
            "model_load_seconds": model_load, "where": where, "where_detail": sampler.top(), "samples": sum(sampler.counts.values()),
            "load_report": load, "graph": counts, "warnings": len(warnings), "server": server, "jobs": jobs,
            "peak_rss_mib": common.peak_rss_mib(), "workers": workers.record() if jobs > 1 else None}


def render(r: dict) -> str:
    rows = [["total", r["seconds"], 1.0, r["articles"] / r["seconds"]],
            ["  until the last article was extracted", r["extract_phase_seconds"],
             r["extract_phase_seconds"] / r["seconds"], None],
            ["  after it (last batches written)", r["load_phase_seconds"], r["load_phase_seconds"] / r["seconds"],
             None]]
    for stage, share in r["where"].items():
        rows.append([f"  by stack: {stage}", share * r["seconds"], share, None])
    out = common.table(["stage", "seconds", "share", "articles/s"], rows)
    if r.get("workers"):
        out += (f"\n-j{r['jobs']}: parse and rules ran in worker processes (peak RSS "
                f"{r['workers']['peak_rss_mib_each']} MiB, {r['workers']['cpu_seconds']:.0f} CPU s); the stack "
                f"samples above are the parent's")
    return (out + f"\n{r['articles']:,} articles -> {r['claims']:,} claims; graph {r['graph']['nodes']:,} nodes, "
            f"{r['graph']['relationships']:,} relationships; -j{r['jobs']}; peak RSS "
            f"{r['peak_rss_mib']['self']:.0f} MiB; server heap {r['server']['heap']}, page cache "
            f"{r['server']['pagecache']}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--worker":
        common.arm_watchdog()
        common.emit(worker(Path(argv[1]), argv[2], argv[3], int(argv[4])))
        return 0
    ap = argparse.ArgumentParser(description="accusegraph ingest of generated articles, end to end.")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--heap", default="1g")
    ap.add_argument("--pagecache", default="1g")
    ap.add_argument("--quick", action="store_true", help="20 articles, small server")
    ap.add_argument("--results-dir", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.quick:
        args.articles, args.heap, args.pagecache = 20, "512m", "256m"
    path = common.data_file("articles", args.articles, args.seed)
    result = common.run_worker(Path(__file__).resolve(),
                               [str(path), args.heap, args.pagecache, str(args.jobs)],
                               timeout=600 + 3 * args.articles)
    result["quick"] = args.quick
    result["seed"] = args.seed
    out = common.write_results(NAME + ("-quick" if args.quick else ""), result, args.results_dir)
    print(render(result))
    print(f"results: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
