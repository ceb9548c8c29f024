"""Beyond one machine (issue 14): Spark extraction, bulk import, and a projection.

- extract: articles per second of `accusegraph spark extract` at local[1] and
  local[2] against `accusegraph extract -j1` and `-j2`, on the same generated
  corpus in the same run, each a subprocess (model loads included, as a user
  pays them), with the peak RSS of the processes below it (a Spark Python worker
  or an extract worker holds one spaCy pipeline), and the claims checked equal;
- load: claims per second of `load --bulk` (bulk_load: CSV, neo4j-admin import,
  restart, schema) against the transactional loader (load_claims), each into its
  own fresh local server, with `graph_stats` of the two graphs checked equal;
- projection: from the measured per-core extraction rate and the single
  writer's rate, the cores needed for 1, 5 and 50 million articles a day and the
  point where the one Neo4j writer caps the pipeline.

    python bench/bench_scale.py                        # 400 articles, 100,000 claims
    python bench/bench_scale.py --articles 200 --claims 20000
    python bench/bench_scale.py --only load --claims 1000000 --heap 2g --pagecache 2g
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Descendants, data_file, table, write_results  # noqa: E402

SEED = 7
PY = sys.executable


def timed(args: list[str], env: dict | None = None) -> dict:
    with Descendants(interval=0.5) as tree:
        started = time.monotonic()
        done = subprocess.run(args, capture_output=True, text=True, env={**os.environ, **(env or {})})
        seconds = time.monotonic() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr[-2000:]}")
    record = tree.record()
    return {"seconds": round(seconds, 2), "max_process_mib": record["max_peak_rss_mib"],
            "process_peaks_mib": record["peak_rss_mib_each"], "cpu_seconds": record["cpu_seconds"]}


def sorted_lines(paths: list[Path]) -> list[str]:
    return sorted(line for p in paths for line in p.read_text("utf-8").splitlines() if line.strip())


def bench_extract(n: int, work: Path) -> dict:
    corpus = data_file("articles", n, SEED)
    runs = {}
    outputs = {}
    for jobs in (1, 2):
        out = work / f"extract-j{jobs}.jsonl"
        runs[f"extract -j{jobs}"] = timed([PY, "-m", "accusegraph", "extract", str(corpus), "-j", str(jobs),
                                           "-o", str(out)])
        outputs[f"extract -j{jobs}"] = sorted_lines([out])
    for cores in (1, 2):
        out = work / f"spark-{cores}"
        runs[f"spark extract local[{cores}]"] = timed([PY, "-m", "accusegraph", "spark", "extract", str(corpus),
                                                       "--out", str(out), "--master", f"local[{cores}]",
                                                       "--partitions", str(4 * cores)])
        outputs[f"spark extract local[{cores}]"] = sorted_lines(sorted(out.glob("part-*.jsonl")))
        runs[f"spark extract local[{cores}]"]["job_seconds"] = json.loads(
            (out / "_accusegraph.json").read_text("utf-8"))["seconds"]
    reference = outputs["extract -j1"]
    for name, run in runs.items():
        run["articles_per_second"] = round(n / run["seconds"], 2)
        run["claims"] = len(outputs[name])
        run["same_claims_as_extract_j1"] = outputs[name] == reference
    return {"articles": n, "runs": runs}


def bench_load(n: int, work: Path, heap: str = "1g", pagecache: str = "512m") -> dict:
    from accusegraph.graph.bulk import bulk_load
    from accusegraph.graph.load import load_claims
    from accusegraph.graph.server import LocalServer, find_free_ports
    from accusegraph.graph.stats import graph_stats
    from accusegraph.model import read_claims

    import neo4j

    claims_file = data_file("claims", n, SEED)
    result = {"claims": n, "heap": heap, "pagecache": pagecache}
    stats = {}
    for how in ("transactional", "bulk"):
        server = LocalServer(work / f"home-{how}")
        server.start(*find_free_ports(2), heap=heap, pagecache=pagecache)
        try:
            started = time.monotonic()
            if how == "bulk":
                report = bulk_load(str(claims_file), server)
                detail = {"neo4j_admin_seconds": round(report.import_seconds, 2)}
            else:
                uri, user, password = server.connection()
                with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
                    load_claims(driver, read_claims(claims_file, strict=False))
                detail = {}
            seconds = time.monotonic() - started
            uri, user, password = server.connection()
            with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
                stats[how] = graph_stats(driver)
            result[how] = {"seconds": round(seconds, 2), "claims_per_second": round(n / seconds), **detail}
        finally:
            server.stop()
    result["graphs_equal"] = stats["transactional"] == stats["bulk"]
    return result


def projection(extract: dict, load: dict, claims_per_article: float) -> dict:
    per_core = extract["runs"]["extract -j1"]["articles_per_second"]
    writer_claims = load["transactional"]["claims_per_second"]
    writer_articles = writer_claims / max(claims_per_article, 1e-9)
    rows = []
    for millions in (1, 5, 50):
        per_second = millions * 1_000_000 / 86_400
        rows.append({"articles_per_day": millions * 1_000_000, "articles_per_second": round(per_second, 1),
                     "cores": round(per_second / per_core, 1),
                     "writer_share": round(per_second / writer_articles, 2)})
    return {"articles_per_core_second": per_core, "claims_per_article": round(claims_per_article, 2),
            "writer_claims_per_second": writer_claims,
            "writer_articles_per_day": round(writer_articles * 86_400),
            "rows": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--only", choices=("extract", "load"),
                        help="run one part (the projection needs both, so it is left out)")
    parser.add_argument("--heap", default="1g", help="heap of each loading server (default 1g)")
    parser.add_argument("--pagecache", default="512m", help="page cache of each loading server (default 512m)")
    args = parser.parse_args(argv)
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = Path(tmp)
        if args.only in (None, "extract"):
            extract = results["extract"] = bench_extract(args.articles, work)
            print(table(["run", "s", "articles/s", "claims", "same claims", "peak MiB (largest process)"],
                        [[k, r["seconds"], r["articles_per_second"], r["claims"], r["same_claims_as_extract_j1"],
                          r["max_process_mib"]] for k, r in extract["runs"].items()]))
        if args.only in (None, "load"):
            load = results["load"] = bench_load(args.claims, work, args.heap, args.pagecache)
            print(table(["loader", "s", "claims/s"],
                        [[k, load[k]["seconds"], load[k]["claims_per_second"]] for k in ("transactional", "bulk")]))
            print(f"graphs equal: {load['graphs_equal']}")
    if args.only is None:
        per_article = results["extract"]["runs"]["extract -j1"]["claims"] / args.articles
        proj = results["projection"] = projection(results["extract"], results["load"], per_article)
        print(table(["articles/day", "articles/s", "cores", "share of the one writer"],
                    [[r["articles_per_day"], r["articles_per_second"], r["cores"], r["writer_share"]]
                     for r in proj["rows"]]))
        print(f"one writer takes about {proj['writer_articles_per_day']:,} articles a day")
    size = args.claims if args.only == "load" else args.articles
    path = write_results("scale" if args.only is None else f"scale-{args.only}-{size}", results)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
