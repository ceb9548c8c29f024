"""`accusegraph spark extract` on a real local Spark (local[2], bound to 127.0.0.1).

One SparkSession serves the whole module and is stopped at its end; its two Python
workers each load spaCy once. The corpus is a handful of short articles written
here. Under CI (CI=true) a missing PySpark fails these tests instead of skipping them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from accusegraph.cli import main as cli_main
from accusegraph.errors import InputError
from accusegraph.model import write_claims
from accusegraph.pipeline import extract_claims

ARTICLES = {
    "ministry.txt": (
        "Ministry blames hackers for outage\n\n"
        "The Estonian government accused Russia of cyberattacks on its banks on Monday, "
        "citing a report by its national security agency.\n\n"
        "The Kremlin denied the accusation and called it baseless."),
    "lawsuit.txt": (
        "Carmaker sued over emissions\n\n"
        "The state of California sued Volkswagen for cheating on emissions tests, "
        "according to a court filing released on Tuesday.\n\n"
        "Volkswagen rejected the allegations."),
    "sanctions.txt": (
        "Ban on surveillance firm\n\n"
        "The European Union banned NSO Group from its markets after accusing the company "
        "of selling spyware to repressive governments.\n\n"
        "NSO Group said it had done nothing wrong."),
    "quiet.txt": (
        "Rain in the valley\n\n"
        "Farmers in the valley welcomed the first rain of the season on Sunday."),
}
JSONL_ARTICLES = [
    {"url": "https://news.example/a1", "title": "Probe into bank", "publisher": "Example News",
     "published": "2024-03-01",
     "text": "Probe into bank\n\nThe Financial Conduct Authority opened an investigation into Barclays "
             "over money laundering.\n\nBarclays denied wrongdoing."},
    {"url": "https://news.example/a2", "title": "Envoy recalled", "publisher": "Example News",
     "published": "2024-03-02",
     "text": "Envoy recalled\n\nPoland accused Belarus of pushing migrants across the border, "
             "and recalled its ambassador from Minsk."},
]


@pytest.fixture(scope="module")
def spark():
    try:
        import pyspark  # noqa: F401
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("PySpark is not installed in CI: scripts/bootstrap.sh --tests must install the spark extra")
        pytest.skip("PySpark is not installed (pip install -e '.[spark]')")
    from accusegraph.ingest.spark import spark_session

    session = spark_session("local[2]")
    conf = session.sparkContext.getConf()
    assert conf.get("spark.driver.host") == "127.0.0.1"
    assert conf.get("spark.driver.bindAddress") == "127.0.0.1"
    yield session
    session.stop()


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, "utf-8")
    with (folder / "feed.jsonl").open("w", encoding="utf-8") as fh:
        for record in JSONL_ARTICLES:
            fh.write(json.dumps(record) + "\n")
        fh.write("{not json\n")                     # a bad record: skipped by extract, an error here
    (folder / "latin1.txt").write_bytes("Caf\xe9 owner accused the mayor of fraud.".encode("latin-1"))
    return folder


def extract_lines(paths: list[str]) -> list[str]:
    import io

    buf = io.StringIO()
    write_claims(extract_claims(paths, warn=lambda _m: None), buf)
    return buf.getvalue().splitlines()


def part_lines(out: Path) -> list[str]:
    return [line for part in sorted(out.glob("part-*.jsonl")) for line in part.read_text("utf-8").splitlines()]


def error_records(out: Path) -> list[dict]:
    return [json.loads(line) for part in sorted((out / "_errors").glob("part-*"))
            for line in part.read_text("utf-8").splitlines()]


def test_spark_extract_gives_the_claims_of_extract(spark, tmp_path):
    from accusegraph.ingest.spark import spark_extract

    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    report = spark_extract(spark, [str(corpus)], str(out), partitions=3)
    expected = extract_lines([str(corpus)])
    got = part_lines(out)
    assert len(expected) >= 8                      # the corpus does give claims
    assert sorted(got) == sorted(expected)
    assert report.claims == len(expected)
    assert report.articles == len(ARTICLES) + len(JSONL_ARTICLES)
    errors = error_records(out)
    assert report.errors == len(errors) == 2
    reasons = " | ".join(e["reason"] for e in errors)
    assert "feed.jsonl:3" in reasons and "not valid JSON" in reasons
    assert "latin1.txt" in reasons and "UTF-8" in reasons
    marker = json.loads((out / "_accusegraph.json").read_text("utf-8"))
    assert marker["claims"] == len(expected) and marker["errors"] == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]   # no temporary folder left


def test_parquet_articles_give_the_claims_of_the_same_jsonl(spark, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from accusegraph.ingest.spark import spark_extract

    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in JSONL_ARTICLES), "utf-8")
    table = pa.Table.from_pylist(JSONL_ARTICLES)
    pq.write_table(table, tmp_path / "articles.parquet")
    out = tmp_path / "pq-out"
    spark_extract(spark, [str(tmp_path / "articles.parquet")], str(out), fmt="parquet")
    parts = sorted(out.glob("part-*.parquet"))
    assert parts
    rows = [row for p in parts for row in pq.read_table(p).to_pylist()]
    from accusegraph.model import Claim

    got = sorted(Claim.model_validate(row).to_json() for row in rows)
    expected = sorted(extract_lines([str(jsonl)]))
    assert expected and got == expected


def test_rerun_replaces_the_output_whole_and_refuses_a_foreign_folder(spark, tmp_path):
    from accusegraph.ingest.spark import spark_extract

    first = tmp_path / "first"
    first.mkdir()
    for name in ("ministry.txt", "lawsuit.txt", "sanctions.txt"):
        (first / name).write_text(ARTICLES[name], "utf-8")
    second = tmp_path / "second"
    second.mkdir()
    (second / "quiet.txt").write_text(ARTICLES["quiet.txt"], "utf-8")
    (second / "lawsuit.txt").write_text(ARTICLES["lawsuit.txt"], "utf-8")
    out = tmp_path / "out"
    spark_extract(spark, [str(first)], str(out), partitions=3)
    assert len(list(out.glob("part-*.jsonl"))) == 3
    spark_extract(spark, [str(second)], str(out), partitions=1)
    assert len(list(out.glob("part-*.jsonl"))) == 1          # nothing of the first run is left
    assert sorted(part_lines(out)) == sorted(extract_lines([str(second)]))
    before = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with pytest.raises(InputError, match="no such file"):
        spark_extract(spark, [str(tmp_path / "missing")], str(out))
    assert {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before

    foreign = tmp_path / "notes"
    foreign.mkdir()
    (foreign / "keep.txt").write_text("mine", "utf-8")
    with pytest.raises(InputError, match="not an output of `accusegraph spark extract`"):
        spark_extract(spark, [str(second)], str(foreign))
    assert [p.name for p in foreign.iterdir()] == ["keep.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_spark_command_without_pyspark_says_what_to_install(monkeypatch, capsys):
    import builtins

    real_import = builtins.__import__

    def no_pyspark(name, *args, **kwargs):
        if name == "pyspark" or name.startswith("pyspark."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyspark)
    code = cli_main(["spark", "extract", "x", "--out", "y"])
    assert code == 1
    err = capsys.readouterr().err
    assert "accusegraph[spark]" in err and "Traceback" not in err
