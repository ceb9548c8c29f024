"""Extraction on Apache Spark: the claims of `accusegraph extract`, spread over a cluster.

Rules this module keeps:

- An article's claims come from the code `extract` runs: `Extractor.extract_many`
  over chunks of `CHUNK` articles. Each Python worker builds one `Extractor` (one
  spaCy pipeline) on its first partition and keeps it for as long as Spark reuses
  the worker; never one per row.
- Inputs are read where they lie. Local files, folders and http(s) URLs become one
  task element per file (or URL), read on a worker by `iter_articles`, with its
  checks and warnings. Parquet of `{url, title, publisher, published, text}` and
  JSONL of articles on a Hadoop filesystem (`hdfs://`, `s3a://`, `file://`) are
  read by Spark, each record checked as `iter_articles` checks a JSONL line.
  Articles are then ordered by (input, position) and cut into ranges, so the part
  files hold the claims in input order.
- A bad input or article never stops the job: it becomes an error record
  `{input, stage, reason}` in `_errors/` of the output, and the job counts them.
- The output appears whole or not at all: it is written into a hidden folder beside
  `--out` and renamed into place at the end. An existing `--out` is replaced only
  when it is an earlier output of this command (it holds `_accusegraph.json`) or an
  empty folder; anything else is refused before the job starts.
- pyspark is imported here only, and only when a job runs: the rest of the tool
  works without it.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from accusegraph.errors import AccusegraphError, InputError, RecordError, counted

from .extract import CHUNK, Extractor
from .readers import Skipped, article_from_json, folder_files, iter_articles, not_english
from .rules_vocab import load_alias_file


Warn = Callable[[str], None]

MARKER = "_accusegraph.json"     # written last into a complete output
ERRORS = "_errors"               # error records; hidden from Hadoop readers by its leading _
FORMATS = ("jsonl", "parquet")
ARTICLE_FIELDS = ("url", "title", "publisher", "published", "text")
# The claim record as Spark SQL types, in the order of `Claim.to_json`: Parquet output
# has the fields and field order of the JSONL lines (`speaks_for`, a nullable struct
# like `actor`, is null in a part whose line has none).
CLAIM_SCHEMA = (
    "id STRING, actor STRUCT<id: STRING, name: STRING, kind: STRING>, action STRING, "
    "target STRUCT<id: STRING, name: STRING, kind: STRING>, allegation STRING, "
    "evidence STRUCT<status: STRING, description: STRING>, quote STRING, span ARRAY<BIGINT>, "
    "hedged BOOLEAN, negated BOOLEAN, responds_to STRING, "
    "source STRUCT<id: STRING, url: STRING, title: STRING, publisher: STRING, published: STRING>, "
    "extractor STRING, confidence DOUBLE, codes STRUCT<plover: STRING, cameo: STRING>, "
    "speaks_for STRUCT<id: STRING, name: STRING, kind: STRING>")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
INSTALL_HINT = "install the spark extra: pip install 'accusegraph[spark]'"


@dataclass
class SparkReport:
    articles: int = 0
    claims: int = 0
    errors: int = 0
    seconds: float = 0.0
    out: str = ""

    def __str__(self) -> str:
        text = (f"{counted(self.claims, 'claim')} from {counted(self.articles, 'article')} in "
                f"{self.seconds:.1f}s, written to {self.out}")
        if self.errors:
            text += f"; {counted(self.errors, 'input')} failed (reasons in {self.out}/{ERRORS})"
        return text


# ---------------------------------------------------------------- the session

def spark_session(master: str | None = None, conf: dict[str, str] | None = None):
    """A SparkSession for extraction: `local[N]` (N = this machine's cores) unless a
    master URL is given (or spark-submit gave one); a local session listens on
    127.0.0.1 only and has no web UI.

    Raises:
        AccusegraphError: pyspark is not installed.
    """
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise AccusegraphError(f"`spark extract` needs PySpark: {INSTALL_HINT}") from None
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:
        master = f"local[{os.cpu_count() or 1}]"
    # (under spark-submit a gateway is already up: its --master stands unless one is given)
    # One thread each for the parse: Spark already runs one task per core.
    os.environ["OMP_NUM_THREADS"] = "1"
    builder = SparkSession.builder.appName("accusegraph-extract")
    if master is not None:
        builder = builder.master(master)
    builder = (builder
               .config("spark.executorEnv.OMP_NUM_THREADS", "1")
               .config("spark.python.worker.reuse", "true"))
    if (master or "").startswith("local"):
        # local Python workers run this interpreter, the one with accusegraph and the model
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = (builder.config("spark.driver.host", "127.0.0.1")
                   .config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.ui.enabled", "false"))
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # noqa: BLE001 - Java and py4j errors: one line for the user
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
        raise AccusegraphError(f"Spark did not start (master {master or 'from spark-submit'}): {first}; "
                               "check the master URL and that Java 17 is installed") from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# ---------------------------------------------------------------- the job

def spark_extract(spark, inputs: Sequence[str], out: str, *, fmt: str = "jsonl",
                  partitions: int | None = None, aliases: Path | None = None,
                  allow_private: bool = False, max_bytes: int | None = None,
                  warn: Warn = print) -> SparkReport:
    """Extract the claims of every article under `inputs` with Spark into the folder `out`.

    `out` receives claims part files (`part-NNNNN.jsonl`, or Parquet with the same
    fields), `_errors/part-NNNNN.jsonl` (one `{input, stage, reason}` a line) and
    `_accusegraph.json` (the counts), all at once.

    Raises:
        InputError: an input that does not exist, an unknown format, or an `out`
            that is not an earlier output of this command.
    """
    started = time.monotonic()
    if fmt not in FORMATS:
        raise InputError(f"unknown output format {fmt!r}: use one of {', '.join(FORMATS)}")
    if partitions is not None and partitions < 1:
        raise InputError("--partitions must be 1 or more")
    sc = spark.sparkContext
    fs = _Fs(spark, out)
    fs.check_replaceable()
    options = {"allow_private": allow_private, "max_bytes": max_bytes}
    if aliases is not None:
        load_alias_file(aliases)   # a malformed file fails here, in one line, not on every worker
        sc.addFile(str(Path(aliases).resolve()))
    articles = _articles(spark, list(inputs), options, warn).persist(_storage(spark))
    n = partitions or sc.defaultParallelism
    ordered = articles.sortByKey(numPartitions=n).values()
    aliases_name = Path(aliases).name if aliases is not None else None
    results = ordered.mapPartitions(lambda items: _extract_partition(items, aliases_name)).persist(_storage(spark))
    tmp = fs.temporary()
    try:
        claims = results.filter(lambda r: r[0] == "c").map(lambda r: r[1])
        if fmt == "jsonl":
            claims.saveAsTextFile(tmp)
        else:
            spark.read.schema(CLAIM_SCHEMA).json(claims).write.parquet(tmp)
        results.filter(lambda r: r[0] == "e").map(lambda r: r[1]).coalesce(1).saveAsTextFile(f"{tmp}/{ERRORS}")
        kinds = results.map(lambda r: r[0]).countByValue()
        report = SparkReport(articles=kinds.get("n", 0), claims=kinds.get("c", 0), errors=kinds.get("e", 0),
                             out=out)
        fs.name_parts(tmp, ".jsonl" if fmt == "jsonl" else None)
        fs.name_parts(f"{tmp}/{ERRORS}", ".jsonl")
        report.seconds = time.monotonic() - started
        fs.write(f"{tmp}/{MARKER}", json.dumps({
            "format": fmt, "articles": report.articles, "claims": report.claims, "errors": report.errors,
            "inputs": [str(i) for i in inputs], "master": sc.master, "partitions": n,
            "seconds": round(report.seconds, 2)}, indent=2) + "\n")
        fs.replace(tmp)
    except BaseException:
        fs.delete(tmp)
        raise
    finally:
        results.unpersist()
        articles.unpersist()
    return report


def _storage(spark):
    from pyspark import StorageLevel

    return StorageLevel.MEMORY_AND_DISK


# ---------------------------------------------------------------- inputs (driver)

def _articles(spark, inputs: list[str], options: dict, warn: Warn):
    """One RDD of ((input no, element no, position), ("a", Article) | ("e", error))."""

    sc = spark.sparkContext
    parts = []
    elements: list[tuple[int, str]] = []
    for no, raw in enumerate(inputs):
        scheme = _SCHEME.match(raw)
        if scheme and scheme.group(1).lower() in ("http", "https"):
            elements.append((no, raw))
        elif scheme:
            parts.append(_parquet(spark, no, raw) if _is_parquet_name(raw) else _hadoop_jsonl(spark, no, raw, options))
        else:
            path = Path(raw)
            if not path.exists():
                raise InputError(f"{raw}: no such file or folder")
            if _is_parquet_name(raw) or (path.is_dir() and _parquet_folder(path)):
                parts.append(_parquet(spark, no, str(path.resolve())))
            elif path.is_dir():
                files = folder_files(path, warn)
                if not files:
                    raise InputError(f"{raw}: no article files in this folder")
                elements.extend((no, str(f)) for f in files)
            else:
                elements.append((no, str(path)))
    if elements:
        keyed = [(no, k, raw) for k, (no, raw) in enumerate(elements)]
        slices = max(1, min(len(keyed), sc.defaultParallelism * 4))
        parts.append(sc.parallelize(keyed, slices).flatMap(lambda e: _read_element(e, options)))
    return parts[0] if len(parts) == 1 else sc.union(parts)


def _is_parquet_name(raw: str) -> bool:
    return raw.rstrip("/").lower().endswith(".parquet")


def _parquet_folder(path: Path) -> bool:
    """A folder that holds Parquet files and no article file is one Parquet dataset."""

    return any(path.rglob("*.parquet")) and \
        not folder_files(path, lambda _m: None)


def _parquet(spark, no: int, path: str):
    frame = spark.read.parquet(path)
    missing = [f for f in ("text",) if f not in frame.columns]
    if missing:
        raise InputError(f"{path}: Parquet without a text column; articles are "
                         f"{{{', '.join(ARTICLE_FIELDS)}}}")
    frame = frame.select(*[f for f in ARTICLE_FIELDS if f in frame.columns])
    return frame.rdd.zipWithIndex().map(lambda ri: _record_article(no, path, ri[1], ri[0].asDict(), None))


def _hadoop_jsonl(spark, no: int, path: str, options: dict):
    max_bytes = options.get("max_bytes")
    return (spark.sparkContext.textFile(path).zipWithIndex()
            .filter(lambda li: li[0].strip())
            .map(lambda li: _record_article(no, path, li[1], li[0], max_bytes)))


# ---------------------------------------------------------------- inputs (workers)

def _error(origin: str, stage: str, reason: str) -> tuple[str, str]:
    return ("e", json.dumps({"input": origin, "stage": stage, "reason": reason}, ensure_ascii=False))


def _record_article(no: int, name: str, index: int, record: dict | str, max_bytes: int | None):
    """One Parquet row or Hadoop JSONL line as ((no, 0, index), an article or an error),
    checked by the reader of JSONL articles."""

    key = (no, 0, index)
    lineno = index + 1
    if isinstance(record, dict):
        published = record.get("published")
        if published is not None and not isinstance(published, str):
            # a date or timestamp column: its ISO text, as a JSONL file would give it
            record = {**record, "published": published.isoformat()}
        line = json.dumps(record, ensure_ascii=False).encode("utf-8")
    else:
        line = record.encode("utf-8", "surrogateescape")
        if max_bytes is not None and len(line) > max_bytes:
            return key, _error(f"{name}:{lineno}", "read", f"{name}:{lineno}: line is over the "
                                                         f"{max_bytes}-byte limit for one article")
    try:
        article = article_from_json(line, name, lineno)
    except RecordError as err:
        return key, _error(f"{name}:{lineno}", "read", str(err))
    problem = not_english(article)
    if problem is not None:
        return key, _error(article.origin, "read", str(problem))
    return key, ("a", article)


def _read_element(element: tuple[int, int, str], options: dict) -> Iterator[tuple[tuple, tuple]]:
    """The articles of one file or URL, read as `extract` reads it, with each skipped
    record and an unreadable input as an error record."""

    no, k, raw = element
    skipped: list[str] = []
    limit = {} if options.get("max_bytes") is None else {"max_bytes": options["max_bytes"]}
    position = 0

    def note(message: str) -> None:
        if isinstance(message, Skipped):
            skipped.append(str(message))

    try:
        for article in iter_articles([raw], allow_private=options.get("allow_private", False),
                                     warn=note, **limit):
            while skipped:
                yield (no, k, position), _error(raw, "read", skipped.pop(0))
                position += 1
            yield (no, k, position), ("a", article)
            position += 1
    except InputError as err:
        skipped.append(str(err))
    for message in skipped:
        yield (no, k, position), _error(raw, "read", message)
        position += 1


# ---------------------------------------------------------------- extraction (workers)

_EXTRACTORS: dict[str | None, Any] = {}


def _worker_extractor(aliases_name: str | None):
    """This Python worker's Extractor, built once (spaCy loads in seconds)."""
    if aliases_name not in _EXTRACTORS:
        os.environ["OMP_NUM_THREADS"] = "1"   # (before the model, which loads spaCy, is loaded)
        aliases = None
        if aliases_name is not None:
            from pyspark import SparkFiles

            aliases = Path(SparkFiles.get(aliases_name))
        _EXTRACTORS[aliases_name] = Extractor(aliases_file=aliases)
    return _EXTRACTORS[aliases_name]


def _extract_partition(items: Iterable[tuple[str, Any]], aliases_name: str | None) -> Iterator[tuple[str, str]]:
    """("c", claim line) for each claim, ("n", "") for each article done, ("e", error)
    for each article the rules failed on or each input record that was bad."""
    extractor = None
    chunk: list = []
    for kind, value in items:
        if kind == "e":
            yield kind, value
            continue
        chunk.append(value)
        if len(chunk) == CHUNK:
            extractor = extractor or _worker_extractor(aliases_name)
            yield from _extract_chunk(extractor, chunk)
            chunk = []
    if chunk:
        yield from _extract_chunk(extractor or _worker_extractor(aliases_name), chunk)


def _extract_chunk(extractor, chunk: list) -> Iterator[tuple[str, str]]:
    """The claims of a chunk parsed as one batch, as `extract` parses it; when the rules
    fail on one of its articles, each article alone, so only that one is lost."""
    try:
        done = list(extractor.extract_many(chunk, batch_size=len(chunk)))
    except AccusegraphError:
        done = None
    if done is None:
        done = []
        for article in chunk:
            try:
                done.append((article, extractor.extract(article)))
            except AccusegraphError as err:
                yield _error(article.origin, "extract", str(err))
    for _article, claims in done:
        for claim in claims:
            yield "c", claim.to_json()
        yield "n", ""


# ---------------------------------------------------------------- the output folder

class _Fs:
    """The output folder through Hadoop's FileSystem API, so `--out` may be local or
    on any filesystem the cluster has (hdfs://, s3a://)."""

    def __init__(self, spark, out: str):
        sc = spark.sparkContext
        self.jvm = sc._jvm
        self.out = self.jvm.org.apache.hadoop.fs.Path(out)
        fs = self.out.getFileSystem(sc._jsc.hadoopConfiguration())
        if self.jvm.java.lang.Class.forName("org.apache.hadoop.fs.ChecksumFileSystem").isInstance(fs):
            fs = fs.getRawFileSystem()   # no .crc side files beside local output
        self.fs = fs
        self.name = self.out.getName()

    def _path(self, path: str):
        return self.jvm.org.apache.hadoop.fs.Path(path)

    def check_replaceable(self) -> None:
        if not self.fs.exists(self.out):
            return
        target = self.out.toString()
        if not self.fs.getFileStatus(self.out).isDirectory():
            raise InputError(f"{target}: is a file; give --out a folder name (new, or an earlier output)")
        if self.fs.exists(self._path(f"{target}/{MARKER}")) or not self.fs.listStatus(self.out):
            return
        raise InputError(f"{target}: exists and is not an output of `accusegraph spark extract` "
                         f"(no {MARKER}); choose another --out or move that folder away")

    def temporary(self) -> str:
        return self._sibling("tmp")

    def _sibling(self, what: str) -> str:
        parent = self.out.getParent()
        return self.jvm.org.apache.hadoop.fs.Path(parent, f".{self.name}.{what}-{uuid.uuid4().hex[:12]}").toString()

    def name_parts(self, folder: str, suffix: str | None) -> None:
        """Part files as `part-NNNNN.jsonl`; Spark's `.crc` side files removed."""
        for status in self.fs.listStatus(self._path(folder)):
            path = status.getPath()
            name = path.getName()
            if name.startswith(".") and name.endswith(".crc"):
                self.fs.delete(path, False)
            elif suffix and name.startswith("part-") and not name.endswith(suffix):
                self.fs.rename(path, self._path(f"{folder}/{name}{suffix}"))

    def write(self, path: str, text: str) -> None:
        stream = self.fs.create(self._path(path), True)
        try:
            stream.write(bytearray(text.encode("utf-8")))
        finally:
            stream.close()

    def replace(self, tmp: str) -> None:
        """`tmp` becomes `out`; an earlier output is moved aside first, then removed."""
        old = None
        if self.fs.exists(self.out):
            old = self._path(self._sibling("old"))
            if not self.fs.rename(self.out, old):
                raise AccusegraphError(f"{self.out.toString()}: could not move the earlier output aside")
        if not self.fs.rename(self._path(tmp), self.out):
            if old is not None:
                self.fs.rename(old, self.out)
            raise AccusegraphError(f"{self.out.toString()}: could not move the new output into place")
        if old is not None:
            self.fs.delete(old, True)

    def delete(self, path: str) -> None:
        try:
            target = self._path(path)
            if self.fs.exists(target):
                self.fs.delete(target, True)
        except Exception:  # noqa: BLE001 - cleaning up after a failure must not hide it
            pass
