"""Loading: claims per second into a throw-away local Neo4j, against two baselines.

For each size of generated claims JSONL (Zipf-skewed actors, see generate.py):

- `load`: what `accusegraph load FILE` does (parse and validate every line,
  `graph.load.load_claims` in batches of the CLI's default size with the
  derived edges maintained), into an empty database whose constraints and
  indexes were created just before (timed apart: a once-per-database cost), on
  a server warmed by loading and wiping other claims (`--warmup`); the timed
  load runs at least `--repeat` times and until the runs add up to
  `--min-seconds` (at most 9 runs), the database wiped between runs, and the
  median run is the figure (each run is kept in the JSON);
- `naive` (smallest size only): one transaction per claim, one MERGE statement
  each that writes the same nodes, relationships, claim keys and derived edge
  (claims, sources, dates, publishers; not the accused actors' counts), with
  the same constraints and indexes and its plans cached first: the loader a
  first attempt would be; it runs once, after its own warm-up, for a time
  budget, and its rate is taken over the claims it did;
- `neo4j-admin import`: the CSV export of the same claims (`export_claims(...,
  "csv", folder)`, timed apart) imported by `neo4j-admin database import full`
  into an empty throw-away home: the practical limit for a bulk load.

Each size runs in its own process (peak RSS per size) with its own server;
heap and page cache are set explicitly and recorded. Node and relationship
counts of the loaded graph are checked against the import's.

    python bench/bench_load.py                       # 10,000, 100,000, 1,000,000 claims
    python bench/bench_load.py --sizes 10000 100000
    python bench/bench_load.py --quick               # 500 claims
    python bench/bench_load.py --sizes 1000000 --keep-home /tmp/ag-1m   # keep the store for bench_queries
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

NAME = "load"
MAX_RUNS = 9  # timed loads per size at most
ADMIN_TOOL = "org.neo4j.cli.AdminTool"

NAIVE_CLAIM = """
MERGE (a:Actor {id: $actor.id}) ON CREATE SET a.name = $actor.name, a.kind = $actor.kind, a.aliases = [$actor.name]
MERGE (s:Source {id: $source.id})
SET s.url = $source.url, s.title = $source.title, s.publisher = $source.publisher,
    s.published = CASE WHEN $source.published IS NULL THEN null ELSE date(left($source.published, 10)) END
MERGE (c:Claim {id: $id})
SET c.action = $action, c.allegation = $allegation, c.quote = $quote, c.start = $start, c.end = $end,
    c.hedged = $hedged, c.negated = $negated, c.confidence = $confidence, c.extractor = $extractor,
    c.plover = $plover, c.cameo = $cameo, c.responds_to = $responds_to, c.published = s.published,
    c.pair = CASE WHEN $target IS NULL THEN null ELSE [$actor.id, $target.id] END
MERGE (a)-[m:MADE]->(c) SET m.name = $actor.name
MERGE (c)-[:REPORTED_IN]->(s)
MERGE (e:Evidence {id: $ev_id}) SET e.status = $ev_status, e.description = $ev_description
MERGE (c)-[:CITES]->(e)
WITH a, c
CALL (c) {
  MATCH (r:Claim {id: $responds_to})
  MERGE (c)-[:RESPONDS_TO]->(r)
}
CALL (a, c) {
  WITH a, c WHERE $target IS NOT NULL
  MERGE (t:Actor {id: $target.id}) ON CREATE SET t.name = $target.name, t.kind = $target.kind, t.aliases = [$target.name]
  MERGE (c)-[g:AGAINST]->(t) SET g.name = $target.name
  WITH a, t WHERE NOT $negated
  MERGE (a)-[d:%s]->(t)
  WITH a, t, d
  MATCH (a)-[:MADE]->(x:Claim {action: $action})-[:AGAINST]->(t) WHERE NOT x.negated
  MATCH (x)-[:REPORTED_IN]->(xs:Source)
  WITH d, count(DISTINCT x) AS n, count(DISTINCT xs) AS ns, min(xs.published) AS f, max(xs.published) AS l,
       collect(DISTINCT CASE WHEN trim(xs.publisher) <> '' THEN toLower(trim(xs.publisher)) END) AS p
  SET d.claims = n, d.sources = ns, d.first = f, d.last = l, d.publishers = p
}
"""


def _naive_params(claim) -> dict:
    from accusegraph.model import make_evidence_id

    return {
        "id": claim.id, "actor": claim.actor.model_dump(), "target": claim.target.model_dump() if claim.target else None,
        "source": claim.source.model_dump(), "action": claim.action, "allegation": claim.allegation,
        "quote": claim.quote, "start": claim.span[0], "end": claim.span[1], "hedged": claim.hedged,
        "negated": claim.negated, "confidence": claim.confidence, "extractor": claim.extractor,
        "plover": claim.codes.plover, "cameo": claim.codes.cameo, "responds_to": claim.responds_to,
        "ev_id": make_evidence_id(claim.id), "ev_status": claim.evidence.status,
        "ev_description": claim.evidence.description,
    }


def naive_load(driver, claims, budget_s: float | None = None) -> int:
    """One managed transaction and one statement per claim; stops after `budget_s`
    seconds (the rate is the figure, and it barely changes over a few thousand claims)."""
    from accusegraph.graph.schema import derived_rel_type

    n = 0
    start = time.perf_counter()
    with driver.session(database="neo4j") as session:
        for claim in claims:
            query = NAIVE_CLAIM % derived_rel_type(claim.action)
            params = _naive_params(claim)
            session.execute_write(lambda tx: tx.run(query, params).consume())
            n += 1
            if budget_s and time.perf_counter() - start > budget_s:
                break
    return n


# ------------------------------------------------------------------ graph counts

COUNT_QUERIES = {
    "nodes": "MATCH (n) RETURN count(n) AS n",
    "relationships": "MATCH ()-[r]->() RETURN count(r) AS n",
    "claims": "MATCH (n:Claim) RETURN count(n) AS n",
    "actors": "MATCH (n:Actor) RETURN count(n) AS n",
    "derived_edges": "MATCH (:Actor)-[r]->(:Actor) RETURN count(r) AS n",
}


def graph_counts(driver) -> dict[str, int]:
    out = {}
    for key, q in COUNT_QUERIES.items():
        records, _, _ = driver.execute_query(q, database_="neo4j")
        out[key] = records[0]["n"]
    return out


# ------------------------------------------------------------------ where the server time goes

class StatementTimer:
    """Per loader statement: calls, client-side seconds and the server's own time
    (result_available_after + result_consumed_after), by wrapping the driver's
    `TransactionBase.run` and `Result` while active. Statements are named by the
    `graph.load` constant they come from."""

    def __init__(self):
        from collections import defaultdict
        self.stats = defaultdict(lambda: {"calls": 0, "client_s": 0.0, "server_ms": 0})
        self._names = {}
        import importlib
        for module in ("load", "derived", "stream", "merge", "schema", "db"):
            try:
                mod = importlib.import_module(f"accusegraph.graph.{module}")
            except ImportError:
                continue
            for key, value in vars(mod).items():
                if not key.lstrip("_").isupper() or not isinstance(value, str) or len(value) < 40:
                    continue
                if any(w in value for w in ("MATCH", "MERGE", "UNWIND")):
                    self._names.setdefault(self._key(value), f"{module}.{key}")

    @staticmethod
    def _key(text: str) -> str:
        text = re.sub(r"^\s*CYPHER(\s+\w+=\w+)+\s", "", text)  # query options (replan=skip) name nothing
        lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip() and not ln.strip().startswith("//")]
        return " ".join(lines[:2])[:120].replace("{{", "{").replace("}}", "}")

    def name(self, text: str) -> str:
        key = self._key(text)
        if key in self._names:
            return self._names[key]
        for k, n in self._names.items():  # formatted templates (a relationship type filled in)
            if k.split("{")[0] and key.startswith(k.split("{")[0]):
                return n
        return key[:60]

    def __enter__(self):
        from neo4j._sync.work import result as result_mod
        from neo4j._sync.work import transaction as tx_mod

        timer = self
        self._orig = (tx_mod.TransactionBase.run, result_mod.Result.consume, result_mod.Result.__iter__)
        orig_run, orig_consume, orig_iter = self._orig

        def record(res, summary):
            tag = getattr(res, "_bench_tag", None)
            if tag is None or getattr(res, "_bench_done", False):
                return
            res._bench_done = True
            st = timer.stats[tag[0]]
            st["calls"] += 1
            st["client_s"] += time.perf_counter() - tag[1]
            if summary is not None:
                st["server_ms"] += (summary.result_available_after or 0) + (summary.result_consumed_after or 0)

        def run(self, query, parameters=None, **kw):
            t0 = time.perf_counter()
            res = orig_run(self, query, parameters, **kw)
            res._bench_tag = (timer.name(query if isinstance(query, str) else str(query)), t0)
            return res

        def consume(self):
            summary = orig_consume(self)
            record(self, summary)
            return summary

        def iterate(self):
            yield from orig_iter(self)
            try:  # the stream is exhausted: its summary is known without consuming the result
                summary = self._obtain_summary()
            except Exception:  # noqa: BLE001 - instrumentation must never break the load
                summary = None
            record(self, summary)

        tx_mod.TransactionBase.run = run
        result_mod.Result.consume = consume
        result_mod.Result.__iter__ = iterate
        return self

    def __exit__(self, *exc):
        from neo4j._sync.work import result as result_mod
        from neo4j._sync.work import transaction as tx_mod
        tx_mod.TransactionBase.run, result_mod.Result.consume, result_mod.Result.__iter__ = self._orig

    def table(self) -> list[dict]:
        rows = [{"statement": k, **v} for k, v in self.stats.items()]
        return sorted(rows, key=lambda r: -r["server_ms"])


# ------------------------------------------------------------------ workers

def _timed_claims(path: Path, box: dict):
    """Claims of a JSONL file, parsed and validated as `accusegraph load` does; parse time in box."""
    from accusegraph.model import iter_claims

    box["parse_seconds"] = 0.0
    with path.open(encoding="utf-8", newline="") as fh:
        it = iter_claims(fh, str(path))
        while True:
            t0 = time.perf_counter()
            try:
                claim = next(it)
            except StopIteration:
                box["parse_seconds"] += time.perf_counter() - t0
                return
            box["parse_seconds"] += time.perf_counter() - t0
            yield claim


LOAD_STAGES = [
    ("parse + validate (pydantic)", lambda f, fn: "pydantic" in f or f.endswith("accusegraph/model.py")),
    ("hashing rows (load.py)", lambda f, fn: fn in ("claim_hash", "source_hash", "_hash")),
    ("database (driver + server)", lambda f, fn: "/neo4j/" in f),
]


def wipe(driver) -> None:
    """Delete every node and relationship (the schema stays), in transactions of 10,000 nodes."""
    with driver.session(database="neo4j") as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def warm_up(driver, warmup: Path | None, batch_size: int, naive: bool = False) -> dict | None:
    """Load `warmup` (another claims file) into the fresh server, then wipe it.

    A server that has just started compiles Java code for minutes while it works
    (on 2 cores that takes as much CPU as the load itself), and a newsroom's
    server runs for days; so the timed load runs on a server that has done this
    work once. The warm-up's own rate is kept: it is the cold-server figure.
    """
    if warmup is None:
        return None
    from accusegraph.graph.load import load_claims
    from accusegraph.model import read_claims

    t0 = time.perf_counter()
    if naive:
        n = naive_load(driver, read_claims(warmup), budget_s=30.0)
    else:
        n = load_claims(driver, read_claims(warmup), database="neo4j", batch_size=batch_size).claims_read
    seconds = time.perf_counter() - t0
    t1 = time.perf_counter()
    wipe(driver)
    return {"claims": n, "seconds": seconds, "claims_per_s": n / seconds, "wipe_seconds": time.perf_counter() - t1}


def worker_load(path: Path, heap: str, pagecache: str, naive: bool, keep_home: str | None,
                batch_size: int, naive_budget: float | None = None, warmup: Path | None = None,
                repeat: int = 1, min_seconds: float = 0.0) -> dict:
    from accusegraph.graph.load import load_claims
    from accusegraph.model import read_claims

    result: dict = {"claims_file": str(path)}
    if naive:
        claims = read_claims(path)
        with common.ThrowawayServer(heap, pagecache) as srv:
            driver = srv.driver()
            from accusegraph.graph.schema import derived_rel_type, ensure_schema
            ensure_schema(driver)
            naive_warm = warm_up(driver, warmup, batch_size, naive=True)
            # Plans cached before timing, as on a warm server: Neo4j keys its plan cache by query
            # text and parameter types, so one EXPLAIN per action and null/non-null shape.
            shapes = {}
            for c in claims:
                params = _naive_params(c)
                shapes.setdefault((c.action,) + tuple(v is None for v in params.values()), params)
            for shape, params in sorted(shapes.items(), key=lambda kv: str(kv[0])):
                driver.execute_query("EXPLAIN " + NAIVE_CLAIM % derived_rel_type(shape[0]), params,
                                     database_="neo4j")
            t0 = time.perf_counter()
            n = naive_load(driver, claims, naive_budget)
            result["naive"] = {"claims": n, "of": len(claims), "seconds": time.perf_counter() - t0,
                               "budget_s": naive_budget, "counts": graph_counts(driver), "server": srv.record(),
                               "warm_up": naive_warm}
            driver.close()
        del claims
    home = Path(keep_home) if keep_home else None
    if home is not None and home.exists():
        shutil.rmtree(home)
    with common.ThrowawayServer(heap, pagecache, home=home) as srv:
        driver = srv.driver()
        from accusegraph.graph.schema import ensure_schema
        t0 = time.perf_counter()
        ensure_schema(driver)  # once per empty database; timed apart from the claims
        schema_s = time.perf_counter() - t0
        warm = warm_up(driver, warmup, batch_size)
        runs: list[dict] = []
        while len(runs) < repeat or (sum(r["seconds"] for r in runs) < min_seconds and len(runs) < MAX_RUNS):
            if runs:
                wipe(driver)
            box: dict = {}
            sampler = common.StackSampler(LOAD_STAGES, interval=0.02)
            timer = StatementTimer()
            t0 = time.perf_counter()
            with sampler, timer:
                report = load_claims(driver, _timed_claims(path, box), database="neo4j", batch_size=batch_size)
            seconds = time.perf_counter() - t0
            runs.append({"claims": report.claims_read, "seconds": seconds, "parse_seconds": box["parse_seconds"],
                         "statements": timer.table(), "report": report.to_dict(), "where": sampler.shares(),
                         "where_detail": sampler.top()})
            print(f"  run {len(runs)}: {seconds:.1f} s", file=sys.stderr)
        median = sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]
        result["load"] = {**median, "runs": [r["seconds"] for r in runs], "schema_seconds": schema_s,
                          "batch_size": batch_size, "counts": graph_counts(driver), "server": srv.record(),
                          "warm_up": warm}
        driver.close()
    result["peak_rss_mib"] = common.peak_rss_mib()
    return result


def worker_export(path: Path, folder: Path) -> dict:
    """CSV export of a claims file, streamed as `accusegraph export` does (claims
    read one at a time), in this process; bench_queries.py uses it too."""
    from accusegraph.graph.export import export_claims
    from accusegraph.model import iter_claims, open_claims_file

    t0 = time.perf_counter()
    with open_claims_file(path) as fh:
        report = export_claims(iter_claims(fh, str(path)), "csv", folder)
    return {"seconds": time.perf_counter() - t0, "counts": report.counts,
            "command": report.command, "peak_rss_mib": common.peak_rss_mib()}


def run_import(command: str, heap: str, home: Path | None = None) -> dict:
    """Run the export's neo4j-admin command with Java directly, in an empty home
    (a throw-away one, deleted after, unless `home` is given: then the imported
    store stays there for a server to start on)."""
    lib = common.neo4j_lib()
    args = shlex.split(command.replace("\\\n", " "))
    assert args[:1] == ["neo4j-admin"], command
    keep = home is not None
    home = Path(home) if keep else Path(tempfile.mkdtemp(prefix="accusegraph-import-"))
    try:
        (home / "conf").mkdir(parents=True, exist_ok=True)
        (home / "conf" / "neo4j.conf").write_text("")
        env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
        cmd = ["java", f"-Xmx{heap}", "-cp", f"{lib}/*", ADMIN_TOOL, *args[1:]]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=home, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True)
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage: its peak RSS
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - t0
        if proc.returncode != 0:
            raise RuntimeError(f"neo4j-admin import failed:\n{out[-3000:]}")
        imported = {}
        m = re.search(r"Imported:\s*\n?\s*(\d+) nodes\s*\n?\s*(\d+) relationships", out)
        if m:
            imported = {"nodes": int(m.group(1)), "relationships": int(m.group(2))}
        m = re.search(r"IMPORT DONE in ([^.]+?)\.", out)
        return {"seconds": seconds, "reported": m.group(1) if m else None, "imported": imported,
                "heap": heap, "peak_rss_mib": round(usage.ru_maxrss / 1024, 1),
                "tail": out.strip().splitlines()[-8:]}
    finally:
        if not keep:
            shutil.rmtree(home, ignore_errors=True)


# ------------------------------------------------------------------ driver

def run(sizes: list[int], seed: int, heap: str, pagecache: str, keep_home: str | None,
        batch_size: int, naive_at: int | None, naive_budget: float | None = 180.0,
        with_import: bool = True, warmup: int = 0, repeat: int = 1, min_seconds: float = 0.0) -> dict:
    script = Path(__file__).resolve()
    rows = []
    naive_size = naive_at if naive_at is not None else min(sizes)
    # another seed: the warm-up claims share no id with the timed ones
    warm_path = str(common.data_file("claims", warmup, seed + 1)) if warmup else "-"
    for size in sizes:
        path = common.data_file("claims", size, seed)
        args = ["load", str(path), heap, pagecache, "1" if size == naive_size else "0",
                keep_home if (keep_home and size == max(sizes)) else "-", str(batch_size), str(naive_budget or 0),
                warm_path, str(repeat), str(min_seconds)]
        res = common.run_worker(script, args)
        print(f"  {size:>9,} claims  load {res['load']['seconds']:8.1f} s", file=sys.stderr)
        entry = {"claims": size, **res}
        load = entry["load"]
        load["claims_per_s"] = size / load["seconds"]
        load["claims_per_s_excluding_parse"] = size / (load["seconds"] - load["parse_seconds"])
        if "naive" in entry:
            entry["naive"]["claims_per_s"] = entry["naive"]["claims"] / entry["naive"]["seconds"]
        if with_import:
            folder = Path(tempfile.mkdtemp(prefix="accusegraph-csv-"))
            try:
                exp = common.run_worker(script, ["export", str(path), str(folder)])
                imp = run_import(exp["command"], heap)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            print(f"  {size:>9,} claims  export {exp['seconds']:6.1f} s, neo4j-admin import {imp['seconds']:6.1f} s",
                  file=sys.stderr)
            entry.update(export=exp, import_=imp)
            entry["import"] = entry.pop("import_")
            imp["claims_per_s"] = size / imp["seconds"]
            entry["import_over_load"] = load["seconds"] / imp["seconds"]
            entry["import_plus_export_over_load"] = load["seconds"] / (imp["seconds"] + exp["seconds"])
            imported = imp.get("imported") or {}
            entry["counts_match_import"] = (imported.get("nodes") == load["counts"]["nodes"]
                                            and imported.get("relationships") == load["counts"]["relationships"]
                                            ) if imported else None
        rows.append(entry)
    naive = next((e for e in rows if "naive" in e), None)
    if naive:
        naive_rate = naive["naive"]["claims_per_s"]
        for e in rows:
            e["load"]["x_naive"] = e["load"]["claims_per_s"] / naive_rate
    return {"sizes": rows, "seed": seed, "server": {"heap": heap, "pagecache": pagecache}, "warmup_claims": warmup,
            "repeat": repeat, "min_seconds": min_seconds,
            "targets": {"claims_per_s_at_100000": 20000, "x_naive": 20, "max_factor_behind_import": 5}}


def render(result: dict) -> str:
    headers = ["claims", "run", "seconds", "claims/s", "vs load", "peak RSS MiB", "note"]
    rows = []
    for e in result["sizes"]:
        ld = e["load"]
        note = f"of which parsing {ld['parse_seconds']:.1f}s; schema before it {ld.get('schema_seconds', 0):.1f}s"
        if len(ld.get("runs", [])) > 1:
            note += "; median of " + ", ".join(f"{x:.1f}" for x in ld["runs"]) + " s"
        if ld.get("warm_up"):
            wu = ld["warm_up"]
            rows.append([e["claims"], "accusegraph load, cold server (warm-up)", wu["seconds"],
                         wu["claims_per_s"], None, None, f"{wu['claims']:,} other claims, then wiped"])
        if "x_naive" in ld:
            note += f"; {ld['x_naive']:.1f}x naive"
        rows.append([e["claims"], "accusegraph load", ld["seconds"], ld["claims_per_s"], 1.0,
                     e["peak_rss_mib"]["self"], note])
        if "naive" in e:
            nv = e["naive"]
            rows.append([e["claims"], "naive (1 tx/claim)", nv["seconds"], nv["claims_per_s"],
                         nv["claims_per_s"] / ld["claims_per_s"], None,
                         f"{nv['claims']:,} of {nv['of']:,} claims in the time budget"
                         if nv["claims"] < nv["of"] else ""])
        if "import" not in e:
            continue
        rows.append([e["claims"], "CSV export", e["export"]["seconds"], e["claims"] / e["export"]["seconds"],
                     None, e["export"]["peak_rss_mib"]["self"], ""])
        rows.append([e["claims"], "neo4j-admin import", e["import"]["seconds"], e["import"]["claims_per_s"],
                     e["import_over_load"], e["import"].get("peak_rss_mib"),
                     f"counts match load: {e['counts_match_import']}"])
    h, p = result["server"]["heap"], result["server"]["pagecache"]
    out = common.table(headers, rows) + f"\nserver heap {h}, page cache {p}; 'vs load' = speed relative to the loader"
    big = result["sizes"][-1]
    stm = big["load"].get("statements") or []
    if stm:
        total = sum(x["server_ms"] for x in stm) or 1
        out += f"\n\nwhere the server's time goes, {big['claims']:,} claims (statement: calls, server s, share):\n"
        out += common.table(["statement", "calls", "server s", "client s", "share"],
                            [[x["statement"], x["calls"], x["server_ms"] / 1000, x["client_s"], x["server_ms"] / total]
                             for x in stm[:8]])
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--worker":
        common.arm_watchdog()
        mode = argv[1]
        if mode == "load":
            path, heap, pagecache, naive, keep, batch, budget, warm, repeat, min_s = argv[2:12]
            common.emit(worker_load(Path(path), heap, pagecache, naive == "1", None if keep == "-" else keep,
                                    int(batch), float(budget) or None, None if warm == "-" else Path(warm),
                                    int(repeat), float(min_s)))
        elif mode == "export":
            common.emit(worker_export(Path(argv[2]), Path(argv[3])))
        return 0
    ap = argparse.ArgumentParser(description="Loading throughput against a naive loader and neo4j-admin import.")
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--heap", default="2g")
    ap.add_argument("--pagecache", default="2g")
    ap.add_argument("--batch-size", type=int, default=None,
                    help="claims per transaction (default: what `accusegraph load` uses)")
    ap.add_argument("--naive-at", type=int, default=None,
                    help="size to run the naive loader at (default: smallest; 0: not at all)")
    ap.add_argument("--no-import", action="store_true",
                    help="skip the CSV export and neo4j-admin import baseline (quicker iterations)")
    ap.add_argument("--naive-budget", type=float, default=180.0,
                    help="seconds the naive loader may run; its rate is taken over the claims done (0: all)")
    ap.add_argument("--keep-home", default=None,
                    help="keep the largest size's server home here (for bench_queries.py --home)")
    ap.add_argument("--warmup", type=int, default=20_000,
                    help="claims loaded and wiped before each timed run, so the server's JIT has compiled "
                         "the load (a long-running server's state); their rate is the cold figure (0: none)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="timed loads per size at least, on the same warm server, wiped between them; the "
                         "median is the figure (the JIT keeps compiling for a while after the warm-up)")
    ap.add_argument("--min-seconds", type=float, default=60.0,
                    help=f"repeat the timed load (up to {MAX_RUNS} runs) until the runs add up to this, "
                         "so short loads get more runs")
    ap.add_argument("--quick", action="store_true", help="500 claims, small server: under a minute")
    ap.add_argument("--results-dir", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.batch_size is None:
        import inspect

        from accusegraph import cli
        args.batch_size = inspect.signature(cli.load).parameters["batch_size"].default
    if args.quick:
        args.sizes, args.heap, args.pagecache, args.naive_budget, args.warmup, args.repeat, args.min_seconds = (
            [500], "512m", "256m", 20.0, 200, 1, 0.0)
    result = run(args.sizes, args.seed, args.heap, args.pagecache, args.keep_home, args.batch_size, args.naive_at,
                 args.naive_budget, with_import=not args.no_import, warmup=args.warmup, repeat=args.repeat,
                 min_seconds=args.min_seconds)
    result["quick"] = args.quick
    path = common.write_results(NAME + ("-quick" if args.quick else ""), result, args.results_dir)
    print(render(result))
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
