"""Print the latest results (bench/results/*.json) as Markdown: every table, and
every target of issue 5 as met or missed by how much. BENCHMARKS.md is written
from this output plus the notes on why.

    python bench/report.py            # the full-size results
    python bench/report.py --quick    # the *-quick.json ones
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402


def _load(name: str, quick: bool) -> dict | None:
    path = common.RESULTS_DIR / f"{name}{'-quick' if quick else ''}.json"
    return json.loads(path.read_text()) if path.exists() else None


def _verdict(value: float, target: float, higher_is_better: bool = True) -> str:
    if higher_is_better:
        return "met" if value >= target else f"missed by {1 - value / target:.0%} ({value:.2f} vs {target:g})"
    return "met" if value < target else f"missed: {value / target:.1f}x the limit ({value:,.0f} vs {target:,.0f})"


def targets(results: dict[str, dict]) -> list[str]:
    out = []
    ex = results.get("extract")
    if ex:
        for e in ex["sizes"]:
            r = e["extract"].get("1")
            if r:
                out.append(f"- extraction {e['articles']:,} articles: {r['ratio_to_spacy']:.2f} of nlp.pipe "
                           f"(target 0.85): {_verdict(r['ratio_to_spacy'], 0.85)}")
            if "speedup_j2_over_j1" in e:
                out.append(f"- --jobs 2 at {e['articles']:,} articles: {e['speedup_j2_over_j1']:.2f}x --jobs 1 "
                           f"(target 1.7x): {_verdict(e['speedup_j2_over_j1'], 1.7)}")
        m = ex.get("memory_growth")
        if m:
            ok = abs(m["growth"]) <= 0.10
            out.append(f"- extraction peak RSS {m['from_articles']:,} -> {m['to_articles']:,} articles: "
                       f"{m['growth']:+.1%} (target within 10%): {'met' if ok else 'missed'}")
    ld = results.get("load")
    if ld:
        for e in ld["sizes"]:
            rate = e["load"]["claims_per_s"]
            line = f"- load {e['claims']:,} claims: {rate:,.0f} claims/s"
            if e["claims"] == 100_000:
                line += f" (target 20,000/s): {_verdict(rate, 20000)}"
            if "x_naive" in e["load"]:
                line += f"; {e['load']['x_naive']:.1f}x naive (target 20x): {_verdict(e['load']['x_naive'], 20)}"
            f = e["import_over_load"]
            line += (f"; neo4j-admin import is {f:.1f}x faster (target within 5x): "
                     f"{'met' if f <= 5 else f'missed by a factor {f / 5:.1f}'}")
            out.append(line)
    q = results.get("queries")
    if q:
        for r in q["queries"]:
            out.append(f"- query {r['query']}: p95 {r['p95_ms']:,.0f} ms (limit {r['target_ms']:,.0f} ms): "
                       + ("met" if r["met"] else _verdict(r["p95_ms"], r["target_ms"], higher_is_better=False)
                          + (" (runs hit the timeout)" if r.get("timeouts") else "")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    import bench_e2e
    import bench_extract
    import bench_load
    import bench_queries

    renderers = {"extract": bench_extract.render, "load": bench_load.render,
                 "queries": bench_queries.render, "e2e": bench_e2e.render}
    results = {name: r for name in renderers if (r := _load(name, args.quick))}
    for name, r in results.items():
        m = r["machine"]
        print(f"## {name} ({r['date']}; {m['cores']} cores, {m['memory_gib']} GiB, {m['cpu_model']}; "
              f"load average at start {m.get('load_average_at_start')})\n")
        print(renderers[name](r))
        print()
    print("## Targets\n")
    print("\n".join(targets(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
