"""`--jobs N`: the whole per-article work in worker processes, the same bytes as
`--jobs 1`, and failures that end as one line, never a hang or an orphan.

Worker processes load their own spaCy model (seconds each), so every test here
uses a handful of small articles. Nothing here asserts a timing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from accusegraph import pipeline
from accusegraph.cli import main as cli_main
from accusegraph.errors import ExtractionError
from accusegraph.ingest import extract as extract_mod
from accusegraph.ingest.extract import Extractor
from accusegraph.model import Article

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "articles"
EXAMPLES = ROOT / "examples"
BOOM = "EXPLODE-IN-THE-RULES"
DIE = "KILL-THE-WORKER"
SLOW = "TAKE-YOUR-TIME"


def articles(names: list[str] | None = None) -> list[Article]:
    paths = sorted(ARTICLES.glob("*.txt")) if names is None else [ARTICLES / n for n in names]
    return [Article(text=p.read_text("utf-8"), origin=p.name, url=f"https://example.org/{p.name}")
            for p in paths]


class Faulty(Extractor):
    """Fails on marked articles: an exception in the rules, or the worker killed."""

    def claims_from_doc(self, doc, article):
        if BOOM in article.text:
            raise ValueError("boom\nsecond line")
        if DIE in article.text:
            os.kill(os.getpid(), signal.SIGKILL)
        if SLOW in article.text:
            time.sleep(4)
        return super().claims_from_doc(doc, article)


def marked(marker: str, origin: str = "marked.txt:7") -> Article:
    return Article(text=f"Russia accused Ukraine of shelling the plant. {marker}.", origin=origin)


def test_jobs_2_gives_the_same_bytes_as_jobs_1():
    arts = articles()
    ex = Extractor(aliases_file=ARTICLES / "aliases.yaml")
    # batch_size=2: several chunks per worker, results must come back in input order
    serial = [(a.origin, [c.to_json() for c in cs]) for a, cs in ex.extract_many(arts, batch_size=2)]
    parallel = [(a.origin, [c.to_json() for c in cs]) for a, cs in ex.extract_many(arts, batch_size=2, jobs=2)]
    assert [o for o, _ in serial] == [a.origin for a in arts]
    assert any(cs for _, cs in serial)
    assert parallel == serial
    # one chunk per article is the same as one chunk for all
    assert [[c.to_json() for c in cs] for _, cs in ex.extract_many(arts, batch_size=1)] == [cs for _, cs in serial]


def test_the_parent_does_not_load_spacy_for_parallel_runs():
    ex = Extractor()
    list(ex.extract_many(articles(["negative.txt"]), jobs=2))
    assert "nlp" not in vars(ex)


@pytest.mark.timeout(180)
def test_an_error_in_a_worker_is_one_line_naming_the_article():
    arts = articles(["coordinated_ban.txt"]) + [marked(BOOM)] + articles(["references.txt"])
    got = []
    with pytest.raises(ExtractionError) as info:
        for article, _claims in Faulty().extract_many(arts, batch_size=1, jobs=2):
            got.append(article.origin)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith("marked.txt:7: extraction failed: ValueError: boom second line")
    assert message.endswith(")") and "(at extract.py:" in message   # innermost line of ingest/ code
    assert got == ["coordinated_ban.txt"]   # what came before the failure was delivered


def test_the_same_error_in_process_reads_the_same():
    with pytest.raises(ExtractionError, match=r"^marked\.txt:7: extraction failed: ValueError: boom"):
        list(Faulty().extract_many([marked(BOOM)]))


@pytest.mark.timeout(180)
def test_a_killed_worker_is_an_error_not_a_hang():
    arts = articles(["coordinated_ban.txt"]) + [marked(DIE)] + articles(["references.txt", "negative.txt"])
    with pytest.raises(ExtractionError, match=r"worker process stopped abruptly \(killed by SIGKILL\) "
                                              r"while extracting marked\.txt:7"):
        list(Faulty().extract_many(arts, batch_size=1, jobs=2))


@pytest.mark.timeout(180)
def test_a_killed_worker_is_reported_with_its_own_article_not_the_one_waited_on():
    """The first article is still being parsed in one worker when the other
    worker dies on the second: every pending result then fails at once, and the
    message names the article the dead worker held, not the first one waited on."""
    arts = [marked(SLOW, "slow.txt"), marked(DIE, "dies.txt"), marked(SLOW, "after.txt")]
    with pytest.raises(ExtractionError) as info:
        list(Faulty().extract_many(arts, batch_size=1, jobs=2))
    message = str(info.value)
    assert "(killed by SIGKILL) while extracting dies.txt;" in message, message
    assert "slow.txt" not in message


@pytest.mark.timeout(180)
def test_cli_reports_a_worker_failure_in_one_line(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(extract_mod, "Extractor", Faulty)
    monkeypatch.setattr(pipeline, "Extractor", Faulty)   # (the name the pipeline imported at its top)
    (tmp_path / "a.txt").write_text((ARTICLES / "coordinated_ban.txt").read_text("utf-8"), "utf-8")
    (tmp_path / "b.txt").write_text(marked(BOOM).text, "utf-8")
    out = tmp_path / "claims.jsonl"
    code = cli_main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-j", "2", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("accusegraph: error: "), err
    assert "b.txt: extraction failed: ValueError: boom" in lines[0]
    assert not out.exists()


@pytest.mark.timeout(180)
def test_ctrl_c_while_writing_stops_the_workers_before_the_command_returns(monkeypatch, capsys, tmp_path):
    """Ctrl-C can land while the parent writes a claim rather than while it waits
    on a worker. The claim stream is then left half read; were it stopped only
    when garbage collected (here never: the stream is kept, as a reference cycle
    through the traceback would keep it), the pool would first finish the chunks
    it had queued, at exit, and the command would hang for minutes."""
    from accusegraph import cli

    stops: list[bool] = []
    real_stop = extract_mod._stop
    monkeypatch.setattr(extract_mod, "_stop", lambda executor, *, graceful: (stops.append(graceful),
                                                                             real_stop(executor, graceful=graceful)))
    kept = []

    def interrupted_writer(claims, stream):
        kept.append(claims)
        next(iter(claims))
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "write_claims", interrupted_writer)
    for k in range(6):
        (tmp_path / f"a{k}.txt").write_text((ARTICLES / "coordinated_ban.txt").read_text("utf-8"), "utf-8")
    out = tmp_path / "claims.jsonl"
    code = cli_main(["extract", str(tmp_path), "-j", "2", "-o", str(out)])
    assert code == 130
    assert stops == [False], "the workers were not stopped when the command gave up"
    assert kept and not out.exists()


def test_cli_jobs_2_writes_the_same_bytes_as_jobs_1():
    env = {**os.environ}
    one = subprocess.run([sys.executable, "-m", "accusegraph", "extract", str(EXAMPLES), str(ARTICLES), "-j", "1"],
                         capture_output=True, text=True, env=env, timeout=300)
    two = subprocess.run([sys.executable, "-m", "accusegraph", "extract", str(EXAMPLES), str(ARTICLES), "-j", "2"],
                         capture_output=True, text=True, env=env, timeout=300)
    assert one.returncode == 0 and two.returncode == 0, (one.stderr, two.stderr)
    assert one.stdout and one.stdout == two.stdout


def _group_members(pgid: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            pids.append(int(entry.name))
    return pids


def _start_big_extract(tmp_path: Path) -> subprocess.Popen:
    text = (ARTICLES / "coordinated_ban.txt").read_text("utf-8")
    lines = [f'{{"url": "https://example.org/{k}", "text": {__import__("json").dumps(text)}}}' for k in range(4000)]
    src = tmp_path / "many.jsonl"
    src.write_text("\n".join(lines) + "\n", "utf-8")
    # (with Ctrl-C's default action, as a terminal gives it: a suite run in the
    # background of a non-interactive shell inherits SIGINT ignored, and so would
    # the command, which would then run to its end)
    return subprocess.Popen([sys.executable, "-m", "accusegraph", "extract", str(src), "-j", "2",
                             "-o", str(tmp_path / "out.jsonl")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _wait_for_workers(proc: subprocess.Popen, count: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        # the parent, the forkserver and the workers share the parent's process group
        if len(_group_members(proc.pid)) >= 2 + count:
            time.sleep(2)   # let the workers load the model and start parsing
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.2)
    pytest.fail("the worker processes did not start")


def _wait_gone(pgid: int, timeout: float = 30) -> list[int]:
    deadline = time.monotonic() + timeout
    while (left := _group_members(pgid)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
@pytest.mark.timeout(240)
def test_ctrl_c_stops_the_workers_without_a_traceback(tmp_path):
    proc = _start_big_extract(tmp_path)
    try:
        _wait_for_workers(proc, 2)
        os.killpg(proc.pid, signal.SIGINT)   # what a terminal sends to the foreground group
        _out, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, err
        assert "Traceback" not in err and len(err.splitlines()) <= 1, err
        assert _wait_gone(proc.pid) == []
        assert not (tmp_path / "out.jsonl").exists()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
@pytest.mark.timeout(240)
def test_workers_of_a_killed_parent_exit(tmp_path):
    proc = _start_big_extract(tmp_path)
    try:
        _wait_for_workers(proc, 2)
        proc.kill()
        proc.communicate(timeout=30)
        assert _wait_gone(proc.pid) == []
    finally:
        for pid in _group_members(proc.pid):
            os.kill(pid, signal.SIGKILL)


# ---------------------------------------------------------------- a non-editable install

def _install_like_pip(venv: Path) -> None:
    """This checkout installed into `venv` as `pip install .` lays it out: every
    package of pyproject's `package-dir` copied under site-packages and the
    console script in bin/. The dependencies come from this interpreter's
    site-packages through a plain .pth line, so its own .pth files (among them
    the editable install's finder) never run: `accusegraph` is importable only
    from the copy. Nothing is built or downloaded."""
    import shutil
    import sysconfig
    import tomllib

    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "accusegraph-deps.pth").write_text(sysconfig.get_path("purelib") + "\n", "utf-8")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    for package, folder in sorted(project["tool"]["setuptools"]["package-dir"].items()):
        shutil.copytree(ROOT / folder, site.joinpath(*package.split(".")), dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__"))
    for script, target in project["project"]["scripts"].items():
        module, func = target.split(":")
        path = venv / "bin" / script
        path.write_text(f"#!{python}\nimport sys\nfrom {module} import {func}\n"
                        f"if __name__ == '__main__':\n    sys.exit({func}())\n", "utf-8")
        path.chmod(0o755)


@pytest.mark.timeout(300)
def test_jobs_2_works_from_the_repository_root_with_a_non_editable_install(tmp_path):
    """The checkout's `accusegraph/` folder (without `ingest`) must not shadow the
    installed package in the worker processes (it did: the forkserver, started
    with the current directory first on its path, preloaded it)."""
    venv = tmp_path / "venv"
    _install_like_pip(venv)
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONSAFEPATH"}}

    def extract(jobs: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(venv / "bin" / "accusegraph"), "extract", "examples", "-j", jobs],
                              cwd=ROOT, capture_output=True, text=True, env=env, timeout=240)

    one = extract("1")   # the parent alone: proves the copy, not the checkout, is what runs
    assert one.returncode == 0 and one.stdout, one.stderr
    two = extract("2")
    assert two.returncode == 0, two.stderr
    assert two.stdout == one.stdout
