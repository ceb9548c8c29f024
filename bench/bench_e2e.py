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
    ("loader Python (graph/)", _in("/graph/")),
]


def _guarded_ingest(path: Path, driver, jobs: int, guard_s: float, guard: dict, progress):
    """pipeline.ingest step by step (extract, then load_claims over the claim stream), with the
    rules of one article stopped after guard_s seconds: for an extractor that hangs on some input."""
    from accusegraph.graph.load import load_claims
    from accusegraph.pipeline import IngestReport
    from bench_extract import guarded_extract

    report = IngestReport()

    def claims():
        for _, found in guarded_extract([str(path)], jobs, guard_s, guard):
            report.articles += 1
            report.claims += len(found)
            progress(1)
            yield from found

    report.load = load_claims(driver, claims(), database="neo4j")
    return report


def worker(path: Path, heap: str, pagecache: str, jobs: int, guard_s: float = 0.0) -> dict:
    from accusegraph.ingest.nlp import load_nlp
    from accusegraph.pipeline import ingest

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
        guard: dict = {}
        t0 = time.perf_counter()
        with sampler:
            if guard_s:
                report = _guarded_ingest(path, driver, jobs, guard_s, guard, progress)
            else:
                report = ingest([str(path)], driver, database="neo4j", jobs=jobs, warn=warnings.append,
                                progress=progress)
        total = time.perf_counter() - t0 - guard.get("excluded_seconds", 0.0)
        from bench_load import graph_counts
        counts = graph_counts(driver)
        driver.close()
        server = srv.record()
    extract_s = marks.get("last_article", t0) - t0 - guard.get("excluded_seconds", 0.0)
    where = sampler.shares()
    if guard.get("excluded_seconds"):  # the hung articles' time was sampled as rules: take it out
        wall = total + guard["excluded_seconds"]
        secs = {k: v * wall for k, v in where.items()}
        rules = "rules (ingest/ extraction)"
        secs[rules] = max(0.0, secs.get(rules, 0.0) - guard["excluded_seconds"])
        where = {k: round(v / total, 3) for k, v in sorted(secs.items(), key=lambda kv: -kv[1])}
    load = report.load.to_dict() if hasattr(report.load, "to_dict") else str(report.load)
    return {"articles": report.articles, "claims": report.claims, "seconds": total,
            "extract_phase_seconds": extract_s, "load_phase_seconds": total - extract_s,
            "model_load_seconds": model_load, "where": where, "where_detail": sampler.top(), "samples": sum(sampler.counts.values()),
            "load_report": load, "graph": counts, "warnings": len(warnings), "server": server, "jobs": jobs,
            "peak_rss_mib": common.peak_rss_mib(),
            "guard": {"per_article_s": guard_s, "hung_articles": len(guard.get("hung", [])),
                      "excluded_seconds": guard.get("excluded_seconds", 0.0)} if guard_s else None}


def render(r: dict) -> str:
    rows = [["total", r["seconds"], 1.0, r["articles"] / r["seconds"]],
            ["  until the last article was extracted", r["extract_phase_seconds"],
             r["extract_phase_seconds"] / r["seconds"], None],
            ["  after it (last batches written)", r["load_phase_seconds"], r["load_phase_seconds"] / r["seconds"],
             None]]
    for stage, share in r["where"].items():
        rows.append([f"  by stack: {stage}", share * r["seconds"], share, None])
    out = common.table(["stage", "seconds", "share", "articles/s"], rows)
    if r.get("guard") and r["guard"]["hung_articles"]:
        g = r["guard"]
        out += (f"\nthe rules hung on {g['hung_articles']} articles (stopped after {g['per_article_s']:g} s each; "
                f"{g['excluded_seconds']:.0f} s excluded from the total)")
    return (out + f"\n{r['articles']:,} articles -> {r['claims']:,} claims; graph {r['graph']['nodes']:,} nodes, "
            f"{r['graph']['relationships']:,} relationships; -j{r['jobs']}; peak RSS "
            f"{r['peak_rss_mib']['self']:.0f} MiB; server heap {r['server']['heap']}, page cache "
            f"{r['server']['pagecache']}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--worker":
        common.arm_watchdog()
        common.emit(worker(Path(argv[1]), argv[2], argv[3], int(argv[4]), float(argv[5])))
        return 0
    ap = argparse.ArgumentParser(description="accusegraph ingest of generated articles, end to end.")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--heap", default="1g")
    ap.add_argument("--pagecache", default="1g")
    ap.add_argument("--skip-hangs", type=float, default=0.0, metavar="SECONDS",
                    help="stop the rules of an article after SECONDS and count it as hung (for an extractor "
                         "that loops on some inputs; runs pipeline.ingest's steps one by one)")
    ap.add_argument("--quick", action="store_true", help="20 articles, small server")
    ap.add_argument("--results-dir", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.quick:
        args.articles, args.heap, args.pagecache = 20, "512m", "256m"
    path = common.data_file("articles", args.articles, args.seed)
    result = common.run_worker(Path(__file__).resolve(),
                               [str(path), args.heap, args.pagecache, str(args.jobs), str(args.skip_hangs)],
                               timeout=600 + 3 * args.articles)
    result["quick"] = args.quick
    result["seed"] = args.seed
    out = common.write_results(NAME + ("-quick" if args.quick else ""), result, args.results_dir)
    print(render(result))
    print(f"results: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
