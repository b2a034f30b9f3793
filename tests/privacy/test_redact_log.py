"""``podcast redact`` on real files: number cells, every sheet kept, the output's format
follows its extension, CSV encodings kept, no column options."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
from pathlib import Path

import pytest

from podcast.cli import cli
from podcast.errors import InputError
from podcast.privacy.redact_log import redact_log

openpyxl = pytest.importorskip("openpyxl")

PNR_12 = 198112189876  # Luhn-valid, as Excel stores "198112189876" typed without a dash
PHONE_46 = 46701234567  # +46 70-123 45 67 without the "+"


def workbook(path: Path) -> Path:
    """Two sheets, a column width, a date format, a formula and a comment."""
    from openpyxl.comments import Comment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Januari"
    ws.append(["Datum", "Fråga", "Pnr", "Tel", "Antal"])
    ws.append([dt.datetime(2026, 1, 2), "Mvh Eva Lind", PNR_12, PHONE_46, 3])
    ws.append([dt.datetime(2026, 1, 3), "Om bygglov", 20260103, 701234567, 4.5])
    ws["A2"].number_format = ws["A3"].number_format = "yyyy-mm-dd"
    ws.column_dimensions["B"].width = 42
    notes = wb.create_sheet("Anteckningar")
    notes.append(["Kerstin Ibrahimović ringer", '="Ring "&"070-123 45 67"'])
    notes["A1"].comment = Comment("Återkom till Anna Svensson", "Handläggare")
    wb.save(path)
    return path


def cells(path: Path, sheet: str | None = None) -> list[tuple]:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    return list(ws.iter_rows(values_only=True))


# --- XLSX ----------------------------------------------------------------------------------------
def test_number_cells_holding_personal_data_are_replaced(tmp_path: Path) -> None:
    src = workbook(tmp_path / "in.xlsx")
    result = redact_log(src, tmp_path / "out.xlsx")
    rows = cells(tmp_path / "out.xlsx")
    assert rows[1][2:] == ("[PNR]", "[TEL]", 3)
    assert rows[2][2:] == (20260103, "[TEL]", 4.5)  # a date number stays; 701234567 = 070...
    assert result.found["PNR"] == 1 and result.found["PHONE"] >= 2


def test_workbook_is_redacted_in_place_on_every_sheet(tmp_path: Path) -> None:
    src = workbook(tmp_path / "in.xlsx")
    redact_log(src, tmp_path / "out.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert wb.sheetnames == ["Januari", "Anteckningar"]
    first = wb["Januari"]
    assert first.column_dimensions["B"].width == 42
    assert first["A2"].number_format == "yyyy-mm-dd"
    assert first["A2"].value == dt.datetime(2026, 1, 2)
    assert first["B2"].value == "Mvh [NAMN]"
    notes = wb["Anteckningar"]
    assert notes["A1"].value == "[NAMN] ringer"
    assert notes["B1"].value == '="Ring "&"[TEL]"'  # still a formula, literal redacted
    assert notes["A1"].comment.text == "Återkom till [NAMN]"
    assert cells(src)[1][1] == "Mvh Eva Lind"  # the input is untouched


def test_cli_reports_number_cells(runner, tmp_path: Path) -> None:
    src = workbook(tmp_path / "in.xlsx")
    res = runner.invoke(cli, ["redact", str(src), "-o", str(tmp_path / "out.xlsx")])
    assert res.exit_code == 0, res.output
    assert "0 cells changed" not in res.output and "PNR 1" in res.output


# --- the output's format follows its extension ---------------------------------------------------
def test_csv_to_xlsx_writes_a_workbook(tmp_path: Path) -> None:
    src = tmp_path / "logg.csv"
    src.write_text("datum;fritext\n2026-01-02;Mvh Eva Lind, 070-123 45 67\n", encoding="utf-8")
    redact_log(src, tmp_path / "out.xlsx")
    assert cells(tmp_path / "out.xlsx") == [("datum", "fritext"),
                                            ("2026-01-02", "Mvh [NAMN], [TEL]")]


def test_xlsx_to_csv_writes_text(tmp_path: Path) -> None:
    src = workbook(tmp_path / "in.xlsx")
    result = redact_log(src, tmp_path / "out.csv.gz")
    raw = gzip.decompress((tmp_path / "out.csv.gz").read_bytes())
    assert raw.startswith(b"\xef\xbb\xbfDatum;")  # UTF-8 with BOM for Excel, ";" for Swedish
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[1] == ["2026-01-02", "Mvh [NAMN]", "[PNR]", "[TEL]", "3"]
    assert any("Anteckningar" in note for note in result.notes)  # only the first sheet


def test_json_and_jsonl_conversions(tmp_path: Path) -> None:
    src = tmp_path / "chat.jsonl"
    src.write_text(json.dumps({"text": "Mvh Eva Lind", "pnr": PNR_12}) + "\n", encoding="utf-8")
    redact_log(src, tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text("utf-8")) == [
        {"text": "Mvh [NAMN]", "pnr": "[PNR]"}]
    redact_log(src, tmp_path / "out.tsv")
    assert (tmp_path / "out.tsv").read_bytes().decode("utf-8-sig") == \
        "text\tpnr\r\nMvh [NAMN]\t[PNR]\r\n"


def test_json_keeps_its_structure_and_nested_values_are_redacted(tmp_path: Path) -> None:
    src = tmp_path / "export.json"
    data = {"exported": "2026-01-05", "rows": [
        {"text": "Om bygglov", "contact": {"name": "Mvh Eva Lind", "phones": ["070-123 45 67"]},
         "n": PHONE_46}]}
    src.write_text(json.dumps(data), encoding="utf-8")
    redact_log(src, tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text("utf-8")) == {
        "exported": "2026-01-05", "rows": [
            {"text": "Om bygglov", "contact": {"name": "Mvh [NAMN]", "phones": ["[TEL]"]},
             "n": "[TEL]"}]}


def test_unknown_output_extension_is_refused(runner, tmp_path: Path) -> None:
    src = tmp_path / "logg.csv"
    src.write_text("fritext\nMvh Eva Lind\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"out\.pdf: cannot write '\.pdf'"):
        redact_log(src, tmp_path / "out.pdf")
    res = runner.invoke(cli, ["redact", str(src), "-o", str(tmp_path / "out.docx")])
    assert res.exit_code == 4 and "out.docx" in res.output
    assert "Traceback" not in res.output and len(res.output.strip().splitlines()) == 1
    assert not (tmp_path / "out.pdf").exists() and not (tmp_path / "out.docx").exists()


# --- CSV encodings ------------------------------------------------------------------------------
ROWS = "id;ort;fritext\r\n1;Växjö;Mvh Eva Lind\r\n"
REDACTED = "id;ort;fritext\r\n1;Växjö;Mvh [NAMN]\r\n"


@pytest.mark.parametrize("raw,expected", [
    (ROWS.encode("utf-8"), REDACTED.encode("utf-8")),                           # no BOM added
    (b"\xef\xbb\xbf" + ROWS.encode("utf-8"), b"\xef\xbb\xbf" + REDACTED.encode("utf-8")),
    (ROWS.encode("cp1252"), REDACTED.encode("cp1252")),                         # stays cp1252
    (b"\xff\xfe" + ROWS.encode("utf-16-le"), b"\xff\xfe" + REDACTED.encode("utf-16-le")),
    (b"\xfe\xff" + ROWS.encode("utf-16-be"), b"\xfe\xff" + REDACTED.encode("utf-16-be")),
])
def test_csv_output_keeps_the_input_encoding(tmp_path: Path, raw: bytes, expected: bytes) -> None:
    src = tmp_path / "logg.csv"
    src.write_bytes(raw)
    redact_log(src, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_bytes() == expected


def test_cp1252_that_does_not_round_trip_becomes_utf8_with_bom(tmp_path: Path) -> None:
    src = tmp_path / "logg.csv"
    src.write_bytes(ROWS.encode("cp1252").replace(b"Lind", b"Lind \x81"))  # undefined byte
    result = redact_log(src, tmp_path / "out.csv")
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "Växjö".encode() in raw
    assert result.encoding == "utf-8-sig" and result.notes


def test_csv_delimiter_and_line_ends_are_kept(tmp_path: Path) -> None:
    src = tmp_path / "logg.csv"
    src.write_text('id,fritext\n1,"Mvh Eva Lind, tel 070-123 45 67"\n', encoding="utf-8")
    redact_log(src, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_bytes() == b'id,fritext\r\n1,"Mvh [NAMN], tel [TEL]"\r\n'


# --- every column, no column options ------------------------------------------------------------
def test_every_column_is_redacted(tmp_path: Path) -> None:
    src = tmp_path / "logg.csv"
    src.write_text("datum;kategori;fritext;id\n"
                   "2026-01-02;Anna Svensson;Om bygglov;46701234567\n", encoding="utf-8")
    result = redact_log(src, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_text("utf-8").splitlines()[1] == \
        "2026-01-02;[NAMN];Om bygglov;[TEL]"
    assert result.cells == 2


def test_a_csv_without_a_header_line_is_redacted_in_its_first_row_too(tmp_path: Path) -> None:
    src = tmp_path / "export.csv"
    src.write_text("2026-01-02;Mvh Eva Lind 070-123 45 67\n2026-01-03;Om bygglov\n",
                   encoding="utf-8")
    redact_log(src, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_bytes() == \
        b"2026-01-02;Mvh [NAMN] [TEL]\r\n2026-01-03;Om bygglov\r\n"


def test_redact_has_no_column_options(runner, tmp_path: Path) -> None:
    src = tmp_path / "logg.csv"
    src.write_text("fritext\nMvh Eva Lind\n", encoding="utf-8")
    res = runner.invoke(cli, ["redact", str(src), "--text-column", "nope"])
    assert res.exit_code == 2 and "No such option" in res.output
    assert not (tmp_path / "logg.redacted.csv").exists()


# --- JSON from a table: the header row, unique keys -----------------------------------------------
TITLED = ("Kontaktlogg januari 2024;;\n"
          "datum;fritext;kanal\n"
          "2026-01-02;Mvh Eva Lind;telefon\n"
          "2026-01-03;Om bygglov;chatt\n")


@pytest.mark.parametrize("name", ["out.json", "out.jsonl"])
def test_a_title_row_above_the_header_is_left_out_of_json(tmp_path: Path, name: str) -> None:
    src = tmp_path / "logg.csv"
    src.write_text(TITLED, encoding="utf-8")
    result = redact_log(src, tmp_path / name)
    text = (tmp_path / name).read_text("utf-8")
    records = json.loads(text) if name.endswith(".json") else \
        [json.loads(line) for line in text.splitlines()]
    assert records == [{"datum": "2026-01-02", "fritext": "Mvh [NAMN]", "kanal": "telefon"},
                       {"datum": "2026-01-03", "fritext": "Om bygglov", "kanal": "chatt"}]
    assert result.rows == 2
    assert any("line 2" in n and "1 row(s) above it" in n for n in result.notes), result.notes


def test_a_workbook_title_row_is_left_out_of_json(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kontaktlogg"])
    ws.append([])
    ws.append(["Datum", "Fråga"])
    ws.append([dt.datetime(2026, 1, 2), "Mvh Eva Lind"])
    wb.save(tmp_path / "in.xlsx")
    result = redact_log(tmp_path / "in.xlsx", tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text("utf-8")) == [
        {"Datum": "2026-01-02", "Fråga": "Mvh [NAMN]"}]
    assert any("row 3" in n for n in result.notes), result.notes


def test_a_title_row_is_kept_in_a_csv_copy(tmp_path: Path) -> None:
    src = tmp_path / "logg.csv"
    src.write_text(TITLED, encoding="utf-8")
    redact_log(src, tmp_path / "out.csv")
    assert (tmp_path / "out.csv").read_bytes().decode("utf-8") == \
        TITLED.replace("Mvh Eva Lind", "Mvh [NAMN]").replace("\n", "\r\n")


def test_json_keys_are_unique_and_never_empty(tmp_path: Path) -> None:
    src = tmp_path / "logg.csv"
    src.write_text("datum,text,text,,fritext\n"
                   "2026-01-02,Mvh Eva Lind,070-123 45 67,x,om bygglov,extra\n",
                   encoding="utf-8")
    result = redact_log(src, tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text("utf-8")) == [
        {"datum": "2026-01-02", "text": "Mvh [NAMN]", "text_2": "[TEL]", "column_4": "x",
         "fritext": "om bygglov", "column_6": "extra"}]  # before: one "text", one "", no "extra"
    note = next(n for n in result.notes if "keys renamed" in n)
    assert "'text_2'" in note and "'column_4'" in note and "'column_6'" in note


def test_generated_json_keys_never_take_a_header_name(tmp_path: Path) -> None:
    from podcast.privacy.redact_log import json_keys

    keys, renamed = json_keys(["text", "text", "text_2", "", "column_4"],
                              [["a", "b", "c", "d", "e"]])
    assert keys == ["text", "text_3", "text_2", "column_4_2", "column_4"]
    assert len(renamed) == 2
    keys, renamed = json_keys(["a", "", "b", ""], [["1", "", "2", None]])
    assert keys == ["a", None, "b", None] and renamed == []  # nothing there: no key at all
