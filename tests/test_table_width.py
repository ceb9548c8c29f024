"""Tables for people in a 160-column terminal: a long quote stays readable."""

from __future__ import annotations

import io
import re

from accusegraph.output import column_widths, render_rows

QUOTE = ("The Ministry of Transport accused Skyvane Robotics of sending the flight logs of police drones "
         "to servers abroad and of hiding the transfers from its customers for two years, according to "
         "a report the ministry published on Monday.")
# the columns of who-accused-whom, with one row of its usual sizes
COLUMNS = ["actor", "action", "target", "allegation", "evidence_status", "evidence", "quote",
           "source_url", "publisher", "published"]
ROW = ["Ministry of Transport", "accuse", "Skyvane Robotics", "sending flight logs of police drones abroad",
       "cited", "a report the ministry published on Monday", QUOTE,
       "https://www.harbour-times.example.org/2025/03/03/ministry-accuses-skyvane-robotics-flight-logs",
       "harbour-times.example.org", "2025-03-03"]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_long_quote_is_not_folded_a_word_a_line_in_160_columns(monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    out = _Terminal()
    render_rows(COLUMNS, [ROW], "table", out)
    lines = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in out.getvalue().splitlines()]
    body = [line for line in lines if line.startswith("│")]
    assert lines and all(len(line) <= 160 for line in lines)
    assert "Skyvane" in "".join(body)  # no column was cut off at the edge
    quote_cells = [line.split("│")[COLUMNS.index("quote") + 1].strip() for line in body]
    assert " ".join(quote_cells).split() == QUOTE.split()  # all of it, in order
    used = [cell for cell in quote_cells if cell]
    assert len(used) <= 8, "\n".join(lines)  # a word a line would take 35
    assert min(len(cell) for cell in used[:-1]) >= 25


def test_a_table_that_fits_keeps_its_natural_widths():
    assert column_widths(["a", "b"], [["x", "a short cell"]], 160) == [None, None]
    widths = column_widths(COLUMNS, [ROW], 160)
    assert sum(widths) + 3 * len(COLUMNS) + 1 <= 160
    assert widths[COLUMNS.index("quote")] > 2 * widths[COLUMNS.index("source_url")]
