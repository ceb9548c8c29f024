"""Query latency: p50 and p95 of every saved query on a large claim graph, warm.

The graph is the loader's own (claims JSONL generated with a Zipf skew, loaded
with `graph.load.load_claims`), either loaded here into a throw-away server or
reused from a home kept by `bench_load.py --keep-home`. Parameters are drawn
from the graph: actors from the head of the distribution (the most claimed-about
actors, such as a large state) and from its tail (actors with a few claims),
alternating, plus real actor/target pairs, accusation ids and 30-day date
windows. Each query is called through `graph.queries.run_query`, as the CLI does
(so the time includes moving the rows to the client), first once per parameter
set to warm plans and page cache, then timed.

The three slowest queries (by p95) are run again under `PROFILE`; the total db
hits and the operators with the most hits are stored.

    python bench/bench_queries.py                         # 1,000,000 claims, loaded here
    python bench/bench_queries.py --home /tmp/ag-1m       # the store kept by bench_load.py
    python bench/bench_queries.py --quick                 # 2,000 claims
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

NAME = "queries"
GLOBAL = ("most-accused", "mutual-accusations", "corroboration")
TARGET_MS = {"default": 100.0, "global": 1000.0}


# ------------------------------------------------------------------ parameter pools

def _pools(driver, rnd: random.Random, n_frequent: int = 10, n_rare: int = 40) -> dict:
    """Names and ids to draw parameters from, read from the graph itself."""
    def q(cypher: str, **params):
        records, _, _ = driver.execute_query(cypher, params, database_="neo4j")
        return [r.data() for r in records]

    degree = q("""
        MATCH (a:Actor)
        RETURN a.name AS name, COUNT { (a)-[:MADE]->() } + COUNT { ()-[:AGAINST]->(a) } AS claims
        ORDER BY claims DESC, name""")
    frequent = degree[:n_frequent]
    tail = [d for d in degree if d["claims"] <= 3]
    rare = rnd.sample(tail, min(n_rare, len(tail))) if tail else degree[-n_rare:]
    pairs = q("""
        MATCH (a:Actor)-[:MADE]->(c:Claim)-[:AGAINST]->(t:Actor)
        WHERE c.action = 'accuse'
        WITH a, t, c ORDER BY c.id LIMIT 5000
        RETURN a.name AS actor, t.name AS target, c.id AS claim,
               COUNT { (a)-[:MADE]->() } + COUNT { ()-[:AGAINST]->(t) } AS weight""")
    pairs.sort(key=lambda p: -p["weight"])
    answered = q("""
        MATCH (r:Claim)-[:RESPONDS_TO]->(c:Claim)
        RETURN DISTINCT c.id AS claim ORDER BY claim LIMIT 2000""")
    dates = q("MATCH (s:Source) RETURN min(s.published) AS lo, max(s.published) AS hi")[0]
    return {"frequent": frequent, "rare": rare, "pairs_frequent": pairs[:50], "pairs_rare": pairs[-200:],
            "answered": [a["claim"] for a in answered], "all_claims": [p["claim"] for p in pairs],
            "date_lo": dates["lo"].to_native() if dates["lo"] else dt.date(2016, 1, 1),
            "date_hi": dates["hi"].to_native() if dates["hi"] else dt.date(2025, 12, 31)}


def _window(rnd: random.Random, pools: dict, days: int = 30) -> tuple[dt.date, dt.date]:
    span = max(1, (pools["date_hi"] - pools["date_lo"]).days - days)
    start = pools["date_lo"] + dt.timedelta(days=rnd.randrange(span))
    return start, start + dt.timedelta(days=days)


def param_sets(name: str, params: tuple, pools: dict, rnd: random.Random, n: int) -> list[tuple[str, dict]]:
    """`n` (kind, params) for a saved query, kind 'frequent' / 'rare' / 'global', alternating."""
    declared = {p.name for p in params}
    out: list[tuple[str, dict]] = []
    for i in range(n):
        kind = "frequent" if i % 2 == 0 else "rare"
        actor = rnd.choice(pools[kind])["name"] if pools[kind] else None
        pair = rnd.choice(pools[f"pairs_{kind}"]) if pools[f"pairs_{kind}"] else None
        p: dict = {}
        if name == "accusation-chains":
            p = {"start": actor, "max_hops": 4}
        elif name == "corroboration":
            kind, p = "global", {"min_publishers": 2 + (i % 2)}
        elif name == "dossier":
            p = {"actor": actor}
        elif name == "evidence-trail":
            p = {"actor": pair["actor"], "target": pair["target"]}
        elif name == "most-accused":
            kind, p = "global", {"limit": 10}
        elif name == "mutual-accusations":
            kind, p = "global", {}
        elif name == "no-public-evidence":
            p = {"target": actor}
        elif name == "responses":
            if i % 4 < 2 and pools["answered"]:
                p = {"claim_id": rnd.choice(pools["answered"])}
            else:
                p = {"target": actor}
        elif name == "timeline":
            since, until = _window(rnd, pools)
            p = {"since": since, "until": until}
            if i % 4 >= 2:
                p["actor"] = actor
            else:
                kind = "window"
        elif name == "who-accused-whom":
            if i % 3 == 0:
                p = {"actor": actor}
            elif i % 3 == 1:
                p = {"target": actor}
            else:
                since, until = _window(rnd, pools, 90)
                p = {"target": actor, "since": since, "until": until}
        else:  # a query this benchmark does not know yet: fill declared params generically
            for prm in params:
                if prm.type == "string" and prm.name in ("actor", "target", "start"):
                    p[prm.name] = actor
                elif prm.type == "date":
                    p[prm.name] = _window(rnd, pools)[0 if prm.name in ("since", "from") else 1]
                elif prm.type == "string" and "claim" in prm.name and pools["all_claims"]:
                    p[prm.name] = rnd.choice(pools["all_claims"])
            if not any(prm.required for prm in params) and not p:
                kind = "global"
        out.append((kind, {k: v for k, v in p.items() if k in declared}))
    return out


# ------------------------------------------------------------------ profile

def _walk(plan) -> list[tuple[str, int, str]]:
    out = [(plan.get("operatorType", "?"), int(plan.get("dbHits", 0) or 0),
            str(plan.get("args", {}).get("Details", ""))[:160])]
    for child in plan.get("children", []) or []:
        out.extend(_walk(child))
    return out


def profile_query(driver, saved, params: dict, timeout_s: float) -> dict:
    """PROFILE the query; if it cannot finish in time, EXPLAIN it (plan, no db hits)."""
    import neo4j
    from neo4j.exceptions import ClientError

    from accusegraph.graph.queries import bind_params

    bound = bind_params(saved, params)
    with driver.session(database="neo4j") as session:
        t0 = time.perf_counter()
        try:
            result = session.run(neo4j.Query("PROFILE " + saved.cypher, timeout=timeout_s), bound)
            rows = sum(1 for _ in result)
            summary = result.consume()
        except ClientError as exc:
            result = session.run("EXPLAIN " + saved.cypher, bound)
            plan = result.consume().plan or {}
            return {"params": {k: str(v) for k, v in params.items()}, "rows": None,
                    "seconds": time.perf_counter() - t0, "db_hits": None,
                    "error": f"{exc.code}: PROFILE did not finish in {timeout_s:.0f} s; plan only",
                    "plan": [{"operator": o, "details": d} for o, _, d in _walk(plan)]}
        seconds = time.perf_counter() - t0
    ops = _walk(summary.profile or {})
    top = sorted(ops, key=lambda o: -o[1])[:6]
    return {"params": {k: str(v) for k, v in params.items()}, "rows": rows, "seconds": seconds,
            "db_hits": sum(o[1] for o in ops),
            "top_operators": [{"operator": o, "db_hits": h, "details": d} for o, h, d in top]}


# ------------------------------------------------------------------ run

class QueryTimeout(Exception):
    pass


def timed_run(driver, saved, params: dict, timeout_s: float) -> tuple[float, int]:
    """What `graph.queries.run_query` does (bind, read transaction, rows to JSON values),
    with a server-enforced transaction timeout so one runaway query cannot stall the run."""
    import neo4j
    from neo4j.exceptions import ClientError, TransientError

    from accusegraph.graph.queries import bind_params, to_jsonable

    bound = bind_params(saved, params)

    @neo4j.unit_of_work(timeout=timeout_s)
    def work(tx):
        result = tx.run(saved.cypher, bound)
        return [[to_jsonable(v) for v in record.values()] for record in result]

    t0 = time.perf_counter()
    try:
        with driver.session(database="neo4j") as session:
            rows = session.execute_read(work)
    except (ClientError, TransientError) as exc:
        if any(w in (exc.code or "") for w in ("TimedOut", "Timeout", "Terminated")):
            raise QueryTimeout(str(exc)) from None
        raise
    return (time.perf_counter() - t0) * 1000, len(rows)


def measure(driver, saved_queries, pools: dict, seed: int, per_query: int, budget_s: float,
            timeout_s: float) -> list[dict]:
    rows = []
    for saved in saved_queries:
        rnd = random.Random(f"{seed}:{saved.name}")
        global_q = saved.name in GLOBAL
        target = TARGET_MS["global" if global_q else "default"]
        sets = param_sets(saved.name, saved.params, pools, rnd, 10 if global_q else per_query)
        times: list[tuple[str, float, int, dict]] = []
        timeouts: list[dict] = []
        # warm: each parameter set once (plans cached, pages in the page cache)
        start = time.perf_counter()
        for kind, params in sets:
            try:
                timed_run(driver, saved, params, timeout_s)
            except QueryTimeout:
                timeouts.append({"kind": kind, **{k: str(v) for k, v in params.items()}})
            if time.perf_counter() - start > budget_s / 3 or len(timeouts) >= 2:
                break
        start = time.perf_counter()
        while len(timeouts) < 2:
            for kind, params in sets:
                try:
                    ms, n = timed_run(driver, saved, params, timeout_s)
                    times.append((kind, ms, n, params))
                except QueryTimeout:
                    timeouts.append({"kind": kind, **{k: str(v) for k, v in params.items()}})
                    times.append((kind, timeout_s * 1000, -1, params))
                if time.perf_counter() - start > budget_s or len(timeouts) >= 2:
                    break
            if len(times) >= max(len(sets), 20) or time.perf_counter() - start > budget_s:
                break
        if not times:  # every warm-up run timed out
            times = [(t["kind"], timeout_s * 1000, -1, {}) for t in timeouts]
        ms = [t for _, t, _, _ in times]
        by_kind = {}
        for kind in sorted({k for k, _, _, _ in times}):
            sub = [t for k, t, _, _ in times if k == kind]
            by_kind[kind] = {"runs": len(sub), "p50_ms": common.percentile(sub, 50),
                             "p95_ms": common.percentile(sub, 95),
                             "rows_max": max(r for k, _, r, _ in times if k == kind)}
        slowest = max(times, key=lambda t: t[1])
        p95 = common.percentile(ms, 95)
        rows.append({"query": saved.name, "runs": len(ms), "p50_ms": common.percentile(ms, 50), "p95_ms": p95,
                     "max_ms": max(ms), "rows_median": sorted(r for _, _, r, _ in times)[len(times) // 2],
                     "by_kind": by_kind, "target_ms": target, "met": p95 < target and not timeouts,
                     "timeouts": timeouts, "timeout_s": timeout_s,
                     "slowest_params": {k: str(v) for k, v in slowest[3].items()}, "_slowest": slowest[3]})
        note = f", {len(timeouts)} timed out at {timeout_s:.0f} s" if timeouts else ""
        print(f"  {saved.name:<20} p50 {rows[-1]['p50_ms']:9.1f} ms  p95 {p95:9.1f} ms  ({len(ms)} runs{note})",
              file=sys.stderr)
    return rows


def run(size: int, seed: int, heap: str, pagecache: str, home: str | None, per_query: int,
        budget_s: float, profile_top: int, timeout_s: float, build: str = "load",
        only: list[str] | None = None) -> dict:
    from accusegraph.graph.load import load_claims
    from accusegraph.model import iter_claims

    reuse = bool(home) and (Path(home) / "server.json").exists()
    built = None
    tmp_home = None
    if not reuse and build == "import":
        if home:  # build into the given home and keep it for later runs
            Path(home).mkdir(parents=True, exist_ok=True)
            target = Path(home)
        else:
            tmp_home = target = Path(tempfile.mkdtemp(prefix="accusegraph-bench-q-"))
            home = str(tmp_home)
        built = build_by_import(common.data_file("claims", size, seed), target, heap)
    try:
        with common.ThrowawayServer(heap, pagecache, home=Path(home) if home else None) as srv:
            driver = srv.driver()
            if built is not None:
                from accusegraph.graph.schema import ensure_schema
                t0 = time.perf_counter()
                ensure_schema(driver)
                built["schema_seconds"] = time.perf_counter() - t0
                print(f"  constraints and indexes online in {built['schema_seconds']:.0f} s", file=sys.stderr)
            elif not reuse:
                path = common.data_file("claims", size, seed)
                t0 = time.perf_counter()
                with path.open(encoding="utf-8") as fh:
                    report = load_claims(driver, iter_claims(fh, str(path)), database="neo4j")
                built = {"how": "load_claims", "claims": report.claims_read, "seconds": time.perf_counter() - t0}
                print(f"  loaded {report.claims_read:,} claims in {built['seconds']:.0f} s", file=sys.stderr)
            result = _measure_all(srv, driver, seed, per_query, budget_s, profile_top, timeout_s, only)
    finally:
        if tmp_home is not None:
            shutil.rmtree(tmp_home, ignore_errors=True)
    counts = result["graph"]
    return {"claims": counts.get("claims"), "built": built, "reused_home": reuse, **result,
            "targets": {"p95_ms": TARGET_MS["default"], "p95_ms_global": TARGET_MS["global"],
                        "global": list(GLOBAL)}}


def build_by_import(path: Path, home: Path, heap: str) -> dict:
    """The graph of a claims file built as neo4j-admin would: CSV export, then import into `home`."""
    from bench_load import run_import

    script = Path(__file__).resolve().with_name("bench_load.py")  # its export worker
    folder = Path(tempfile.mkdtemp(prefix="accusegraph-csv-"))
    try:
        exp = common.run_worker(script, ["export", str(path), str(folder)])
        print(f"  CSV export in {exp['seconds']:.0f} s, peak RSS {exp['peak_rss_mib']['self']:.0f} MiB",
              file=sys.stderr)
        imp = run_import(exp["command"], heap, home=home)
        print(f"  neo4j-admin import in {imp['seconds']:.0f} s", file=sys.stderr)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"how": "CSV export + neo4j-admin import + ensure_schema", "export": exp, "import": imp}


def _measure_all(srv, driver, seed, per_query, budget_s, profile_top, timeout_s,
                 only: list[str] | None = None) -> dict:
    from accusegraph.graph.queries import get_query, list_queries

    from bench_load import graph_counts
    counts = graph_counts(driver)
    pools = _pools(driver, random.Random(seed))
    saved = [q for q in list_queries() if not only or q.name in only]
    rows = measure(driver, saved, pools, seed, per_query, budget_s, timeout_s)
    profiles = []
    for row in sorted(rows, key=lambda r: -r["p95_ms"])[:profile_top]:
        prof = profile_query(driver, get_query(row["query"]), row["_slowest"], timeout_s * 2)
        profiles.append({"query": row["query"], **prof})
    for row in rows:
        row.pop("_slowest", None)
    driver.close()
    return {"graph": counts, "server": srv.record(), "queries": rows, "profiles": profiles,
            "pools": {"frequent": [(f["name"], f["claims"]) for f in pools["frequent"]],
                      "rare_examples": [(f["name"], f["claims"]) for f in pools["rare"][:5]]}}


def render(result: dict) -> str:
    headers = ["query", "runs", "p50 ms", "p95 ms", "p95 frequent", "p95 rare", "median rows", "target ms", "met"]
    rows = []
    for r in result["queries"]:
        bk = r["by_kind"]
        rows.append([r["query"], r["runs"], r["p50_ms"], r["p95_ms"],
                     bk.get("frequent", {}).get("p95_ms"), bk.get("rare", {}).get("p95_ms"),
                     r["rows_median"] if r["rows_median"] >= 0 else "-", r["target_ms"],
                     "yes" if r["met"] else ("NO (timeout)" if r.get("timeouts") else "NO")])
    out = [common.table(headers, rows)]
    for p in result["profiles"]:
        if p.get("db_hits") is None:
            out.append(f"PROFILE {p['query']}: {p.get('error')}")
            continue
        top = p["top_operators"][0] if p["top_operators"] else {}
        out.append(f"PROFILE {p['query']}: {p['db_hits']:,} db hits, {p['rows']:,} rows; most in "
                   f"{top.get('operator')} ({top.get('db_hits', 0):,}: {top.get('details', '')[:80]})")
    g = result["graph"]
    if result.get("built"):
        out.append(f"graph built by: {result['built']['how']}")
    out.append(f"graph: {g['claims']:,} claims, {g['actors']:,} actors, {g['nodes']:,} nodes, "
               f"{g['relationships']:,} relationships; server heap {result['server']['heap']}, "
               f"page cache {result['server']['pagecache']}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description="p50/p95 latency of every saved query on a large graph.")
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--home", default=None, help="a server home kept by bench_load.py --keep-home (reused as is)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--heap", default="2g")
    ap.add_argument("--pagecache", default="2g")
    ap.add_argument("--runs", type=int, default=40, help="parameter sets per (non-global) query")
    ap.add_argument("--budget", type=float, default=60.0, help="seconds at most per query for timed runs")
    ap.add_argument("--build", choices=["load", "import"], default="load",
                    help="make the graph with accusegraph's loader, or by CSV export + neo4j-admin import "
                         "(the same nodes and relationships; for sizes the loader cannot do in time)")
    ap.add_argument("--profile-top", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=60.0, help="server-side timeout of one query run (s)")
    ap.add_argument("--quick", action="store_true", help="2,000 claims, a few runs: about a minute")
    ap.add_argument("--results-dir", type=Path, default=None)
    ap.add_argument("--only", nargs="+", metavar="QUERY", default=None,
                    help="measure only these saved queries (results go to queries-partial.json)")
    args = ap.parse_args(argv)
    if args.quick:
        args.claims, args.heap, args.pagecache, args.runs, args.budget, args.timeout = \
            2000, "512m", "256m", 6, 10.0, 20.0
    result = run(args.claims, args.seed, args.heap, args.pagecache, args.home, args.runs, args.budget,
                 args.profile_top, args.timeout, args.build, args.only)
    result["quick"] = args.quick
    result["only"] = args.only
    suffix = "-quick" if args.quick else ("-partial" if args.only else "")
    path = common.write_results(NAME + suffix, result, args.results_dir)
    print(render(result))
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
