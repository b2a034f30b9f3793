"""Contact-log reading: formats, encodings, delimiters, column detection, skipping, filters."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from podcast.errors import InputError
from podcast.themes.columns import detect_columns
from podcast.themes.readers import read_logs

ROWS = [
    ("2026-01-03", "Telefon", "När plogas Björkvägen? Vallen är hög", "Gata", "Ja"),
    ("2026-01-20", "E-post", "Behöver jag bygglov för ett attefallshus?", "Bygga", "Nej"),
    ("2026-02-02", "Chatt", "soptunnan har inte tömts på två veckor", "Avfall", "ja"),
]


def write_csv(path: Path, delimiter: str = ",", encoding: str = "utf-8",
              headers=("datum", "kanal", "fritext", "kategori", "löst direkt")) -> Path:
    lines = [delimiter.join(headers)]
    for row in ROWS:
        lines.append(delimiter.join(f'"{v}"' if delimiter in v else v for v in row))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def test_csv_comma_utf8(tmp_path: Path) -> None:
    log = read_logs([write_csv(tmp_path / "a.csv")])
    assert len(log) == 3 and log.skipped == 0
    assert log.texts[0].startswith("När plogas")
    assert log.dates[1] == dt.date(2026, 1, 20)
    assert log.channels == ["telefon", "e-post", "chatt"]
    assert log.resolved == [True, False, True]
    assert list(log.rows) == [1, 2, 3]


def test_semicolon_cp1252_as_swedish_excel_writes(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "excel.csv", ";", "cp1252",
                     headers=("Registrerad", "Kontaktväg", "Ärendebeskrivning", "Kategori",
                              "Löst direkt"))
    log = read_logs([path])
    assert log.texts[1] == "Behöver jag bygglov för ett attefallshus?"
    assert log.channels[0] == "telefon" and log.resolved[1] is False
    assert log.columns[str(path)]["text"] == "Ärendebeskrivning"


def test_utf8_bom_and_gzip(tmp_path: Path) -> None:
    plain = write_csv(tmp_path / "b.csv", encoding="utf-8-sig")
    gz = tmp_path / "b.csv.gz"
    gz.write_bytes(gzip.compress(plain.read_bytes()))
    log = read_logs([gz])
    assert len(log) == 3 and log.columns[str(gz)]["date"] == "datum"


def test_xlsx(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Date", "Channel", "Summary", "Category", "Resolved"])
    for d, *rest in ROWS:
        ws.append([dt.datetime.fromisoformat(d), *rest])
    path = tmp_path / "export.xlsx"
    wb.save(path)
    log = read_logs([path])
    assert len(log) == 3 and log.dates[2] == dt.date(2026, 2, 2)
    assert log.texts[2].startswith("soptunnan")


def test_json_list_object_and_jsonl_with_a_broken_line(tmp_path: Path) -> None:
    records = [{"date": d, "channel": c, "text": t} for d, c, t, *_ in ROWS]
    a = tmp_path / "a.json"
    a.write_text(json.dumps(records), encoding="utf-8")
    b = tmp_path / "b.json"
    b.write_text(json.dumps({"rows": records}), encoding="utf-8")
    c = tmp_path / "c.jsonl"
    c.write_text("\n".join([json.dumps(records[0]), "{not json", json.dumps(records[1])]),
                 encoding="utf-8")
    log = read_logs([a, b, c])
    assert len(log) == 8 and log.skipped == 1  # the broken line is skipped, not fatal
    assert log.rows[-1] == 9  # rows are numbered across all inputs


def test_several_files_are_concatenated(tmp_path: Path) -> None:
    log = read_logs([write_csv(tmp_path / "a.csv"), write_csv(tmp_path / "b.csv", ";")])
    assert len(log) == 6 and list(log.rows) == [1, 2, 3, 4, 5, 6]


def test_empty_and_garbage_rows_are_skipped_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("datum,kanal,fritext\n2026-01-01,telefon,Vallen är hög\n,,\n"
                    "2026-01-02,chatt,???\n2026-01-03,chatt,12345\n"
                    "2026-01-04,chatt,Sopor igen\n2026-01-05,telefon\n", encoding="utf-8")
    log = read_logs([path])
    assert log.texts == ["Vallen är hög", "Sopor igen"]
    assert log.skipped == 4 and log.total_rows == 6
    assert list(log.rows) == [1, 5]


def test_missing_text_column_lists_headers(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("when,who,number\n2026-01-01,a,1\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_logs([path])
    message = str(err.value)
    assert str(path) in message and "when, who, number" in message


def test_override_and_unknown_override(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("när,vad\n2026-01-01,Vallen är hög\n", encoding="utf-8")
    log = read_logs([path], columns={"text": "VAD", "date": "när"})
    assert log.texts == ["Vallen är hög"] and log.dates == [dt.date(2026, 1, 1)]
    with pytest.raises(InputError, match="column 'fritext' for text not found"):
        read_logs([path], columns={"text": "fritext"})


def test_since_until(tmp_path: Path) -> None:
    log = read_logs([write_csv(tmp_path / "a.csv")], since=dt.date(2026, 1, 10),
                    until=dt.date(2026, 1, 31))
    assert len(log) == 1 and log.skipped == 2 and list(log.rows) == [2]


def test_bad_files_name_the_problem(tmp_path: Path) -> None:
    broken = tmp_path / "x.json"
    broken.write_text('[{"text": "a"},\n {"text": ]', encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.json: line 2"):
        read_logs([broken])
    gz = tmp_path / "y.csv.gz"
    gz.write_bytes(b"\x1f\x8b\x08\x00garbage")
    with pytest.raises(InputError, match="gzip"):
        read_logs([gz])
    with pytest.raises(InputError, match="not found"):
        read_logs([tmp_path / "nope.csv"])
    other = tmp_path / "z.pdf"
    other.write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError, match="unsupported file type"):
        read_logs([other])


@pytest.mark.parametrize("headers,expected", [
    (["id", "datum", "kanal", "fritext", "kategori", "lost_vid_forsta_kontakt"],
     {"text": "fritext", "date": "datum", "channel": "kanal", "resolved":
      "lost_vid_forsta_kontakt"}),
    (["Ärende-ID", "Skapad", "Kontaktsätt", "Fråga", "Område"],
     {"text": "Fråga", "date": "Skapad", "channel": "Kontaktsätt", "category": "Område"}),
    (["flags", "instruction", "category", "intent", "response"],
     {"text": "instruction", "category": "category"}),
    (["Created At", "Source", "Message", "Resolved?"],
     {"text": "Message", "date": "Created At", "channel": "Source", "resolved": "Resolved?"}),
])
def test_column_detection(headers: list[str], expected: dict[str, str]) -> None:
    mapping, problems = detect_columns(headers)
    assert not problems
    for field, header in expected.items():
        assert mapping[field] == header
