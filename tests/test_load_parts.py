"""`accusegraph load DIR`: a folder of part files (JSONL and Parquet) is one input.

The claims come from bench/generate.py (seeded, many sources, responses, dates).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from accusegraph.cli import main as cli_main
from accusegraph.graph.read import iter_claims_from_db
from accusegraph.graph.stats import graph_stats
from accusegraph.model import Claim

BENCH = Path(__file__).resolve().parents[1] / "bench"


def generated_claims(n: int) -> list[Claim]:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    import generate

    return [Claim.model_validate(record) for record in generate.claims(n)]


def write_jsonl(path: Path, claims: list[Claim]) -> None:
    path.write_text("".join(c.to_json() + "\n" for c in claims), "utf-8")


def use_db(monkeypatch, conn) -> None:
    for key, value in {"NEO4J_URI": conn.uri, "NEO4J_USERNAME": conn.username,
                       "NEO4J_PASSWORD": conn.password, "NEO4J_DATABASE": conn.database}.items():
        monkeypatch.setenv(key, value)


def snapshot(driver, database: str) -> tuple[dict, list[str]]:
    return graph_stats(driver, database), [c.to_json() for c in iter_claims_from_db(driver, database)]


@pytest.mark.neo4j
def test_a_folder_of_parts_loads_like_the_whole_file(empty_db, neo4j_conn, tmp_path, monkeypatch, capsys):
    pytest.importorskip("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    use_db(monkeypatch, neo4j_conn)
    claims = generated_claims(600)
    sources = list(dict.fromkeys(c.source.id for c in claims))
    first = [c for c in claims if c.source.id in set(sources[:len(sources) // 3])]
    second = [c for c in claims if c.source.id in set(sources[len(sources) // 3: 2 * len(sources) // 3])]
    third = [c for c in claims if c.source.id in set(sources[2 * len(sources) // 3:])]
    whole = tmp_path / "whole.jsonl"
    write_jsonl(whole, claims)
    parts = tmp_path / "parts"
    (parts / "_errors").mkdir(parents=True)
    write_jsonl(parts / "part-00000.jsonl", first)
    pq.write_table(pa.Table.from_pylist([c.model_dump(mode="json") for c in second]),
                   parts / "part-00001.parquet")
    write_jsonl(parts / "part-00002.jsonl", third)
    # what Spark and Hadoop leave beside the parts is not claims, and not read
    (parts / "_SUCCESS").write_text("", "utf-8")
    (parts / "_errors" / "part-00000.jsonl").write_text('{"input": "x", "reason": "y"}\n', "utf-8")
    (parts / ".part-00000.jsonl.crc").write_bytes(b"\x00\x01crc")

    assert cli_main(["load", str(parts)]) == 0
    err = capsys.readouterr().err
    assert "bad line" not in err and "warning" not in err, err
    from_parts = snapshot(empty_db, neo4j_conn.database)
    assert from_parts[0]["claims"]["total"] == len(claims)

    empty_db.execute_query("MATCH (n) DETACH DELETE n", database_=neo4j_conn.database)
    assert cli_main(["load", str(whole)]) == 0
    assert snapshot(empty_db, neo4j_conn.database) == from_parts


def test_a_bad_row_in_a_parquet_part_is_named_and_skipped(tmp_path):
    pytest.importorskip("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    from accusegraph.graph.parts import open_claims_input

    claims = generated_claims(20)
    rows = [c.model_dump(mode="json") for c in claims]
    rows[3]["action"] = "applaud"          # not an action
    parts = tmp_path / "parts"
    parts.mkdir()
    pq.write_table(pa.Table.from_pylist(rows), parts / "part-00000.parquet")
    errors: list = []
    with open_claims_input(str(parts), errors=errors) as source:
        assert source.total == len(rows)
        got = list(source.claims)
    assert len(got) == len(rows) - 1
    assert len(errors) == 1 and str(errors[0]).startswith(f"{parts / 'part-00000.parquet'}:4: ")


def test_a_folder_without_parts_is_one_clear_line(tmp_path, capsys):
    folder = tmp_path / "nothing"
    folder.mkdir()
    (folder / "_SUCCESS").write_text("", "utf-8")
    assert cli_main(["load", str(folder), "--db", "bolt://127.0.0.1:1"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no claims part files" in err[0], err
