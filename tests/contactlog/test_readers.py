"""Contact-log reading: formats, encodings, delimiters, column detection, skipping, filters."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import json
import logging
import random
import zipfile
from pathlib import Path

import pytest

from podcast.contactlog import (
    OUTSIDE_RANGE,
    UNDATED,
    detect_columns,
    parse_date,
    read_logs,
    read_table,
)
from podcast.errors import InputError

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
    assert len(log) == 1 and list(log.rows) == [2]
    # rows outside the range are filtered, not skipped (skipped = unusable rows only)
    assert log.filtered == 2 and log.skipped == 0
    assert log.skip_reasons == {OUTSIDE_RANGE: 2}
    path = tmp_path / "b.csv"
    path.write_text("datum,fritext\n2026-01-15,Vallen är hög\n,Sopor igen\n"
                    ",\n2026-02-01,Bygglov för altan\n", encoding="utf-8")
    log = read_logs([path], since=dt.date(2026, 1, 1), until=dt.date(2026, 1, 31))
    assert log.texts == ["Vallen är hög"] and log.skipped == 1 and log.filtered == 2
    assert log.skip_reasons == {"empty row": 1, UNDATED: 1, OUTSIDE_RANGE: 1}
    with pytest.raises(InputError) as err:
        read_logs([path], since=dt.date(2030, 1, 1))
    assert str(err.value) == (f"{path}: no contacts in the date range 2030-01-01 – … (3 row(s) "
                              "outside it or without a date, 1 skipped)")


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


# --- QA findings: awkward files --------------------------------------------------------------
def _warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def test_stray_carriage_return_in_an_unquoted_field(tmp_path: Path) -> None:
    path = tmp_path / "cr.csv"
    path.write_bytes("id,fritext\n1,hur ansöker jag om bygglov\r för altan\n"
                     "2,när töms soptunnan\n".encode())
    log = read_logs([path])
    assert log.texts == ["hur ansöker jag om bygglov  för altan", "när töms soptunnan"]
    headers, rows, _ = read_table(path)  # what `podcast redact` reads
    assert headers == ["id", "fritext"] and len(list(rows)) == 2
    # a file whose lines end in CR alone is still read line by line
    old_mac = tmp_path / "mac.csv"
    old_mac.write_bytes("fritext\rVallen är hög\rSopor igen\r".encode())
    assert read_logs([old_mac]).texts == ["Vallen är hög", "Sopor igen"]


def test_a_csv_parse_error_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("id,fritext\n1,kort\n2," + "en mycket lång anteckning " * 3 + "\n",
                    encoding="utf-8")
    limit = csv.field_size_limit(30)  # makes the csv module raise csv.Error on line 3
    try:
        with pytest.raises(InputError, match=r"x\.csv: line 3: not readable as CSV"):
            read_logs([path])
        with pytest.raises(InputError, match=r"x\.csv: line 3"):
            list(read_table(path)[1])
    finally:
        csv.field_size_limit(limit)


def test_binary_files_are_refused_with_one_message(tmp_path: Path) -> None:
    rand = tmp_path / "rand.csv"
    rand.write_bytes(random.Random(1).randbytes(5000))
    png = tmp_path / "bild.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    pdf = tmp_path / "rapport.txt"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    archive = tmp_path / "logg.csv"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("logg.csv", "fritext\nVallen är hög\n")
    png_as_xlsx = tmp_path / "bild.xlsx"
    png_as_xlsx.write_bytes(png.read_bytes())
    for path, why in [(rand, "binary data"), (png, "PNG image"), (pdf, "PDF document"),
                      (archive, "ZIP archive"), (png_as_xlsx, "PNG image")]:
        with pytest.raises(InputError) as err:
            read_logs([path])
        assert str(err.value).startswith(f"{path}: not a text, CSV, JSON or XLSX file")
        assert why in str(err.value)
    text_as_xlsx = tmp_path / "export.xlsx"
    text_as_xlsx.write_text("fritext\nVallen är hög\n", encoding="utf-8")
    with pytest.raises(InputError, match="not an XLSX workbook.*name it .csv"):
        read_logs([text_as_xlsx])


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "u.csv", ";", encoding)
    log = read_logs([path])
    assert len(log) == 3 and log.skipped == 0
    assert log.texts[1] == "Behöver jag bygglov för ett attefallshus?"


def test_unreadable_dates_keep_the_row_and_are_warned_once(tmp_path: Path, caplog) -> None:
    path = tmp_path / "x.csv"
    path.write_text("datum,fritext\n2024-01-02,Vallen är hög\n2024-13-45,Sopor igen\n"
                    "igår,Bygglov för altan\n2024-02-30,Skolskjuts till Björkskolan\n"
                    ",Ingen datum alls\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="podcast"):
        log = read_logs([path])
    assert len(log) == 5 and log.skipped == 0 and log.bad_dates == 3
    assert log.dates == [dt.date(2024, 1, 2), None, None, None, None]
    assert _warnings(caplog) == [f"{path}: 3 row(s) with a date that could not be read "
                                 "(first at line 3: '2024-13-45')"]


def test_excel_serial_dates(tmp_path: Path) -> None:
    assert parse_date(45292) == dt.date(2024, 1, 1)
    assert parse_date(45292.75) == dt.date(2024, 1, 1)
    assert parse_date("45293") == dt.date(2024, 1, 2)
    assert parse_date(12345) is None and parse_date("99999") is None  # 1933, 2173
    assert parse_date(True) is None and parse_date(20240115) == dt.date(2024, 1, 15)
    path = tmp_path / "x.csv"
    path.write_text("datum;fritext\n45292;Vallen är hög\n12345;Sopor igen\n", encoding="utf-8")
    log = read_logs([path])
    assert log.dates == [dt.date(2024, 1, 1), None] and log.bad_dates == 1
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    wb.active.append(["Datum", "Fråga"])
    wb.active.append([45293, "Vallen är hög"])  # an unformatted date cell
    xlsx = tmp_path / "x.xlsx"
    wb.save(xlsx)
    assert read_logs([xlsx]).dates == [dt.date(2024, 1, 2)]


def test_ragged_rows_are_warned_once_per_file(tmp_path: Path, caplog) -> None:
    path = tmp_path / "r.csv"
    path.write_text("datum,kanal,fritext\n2026-01-01,telefon,Vallen är hög\n"
                    "2026-01-02,telefon,Sopor igen,extra,mer\n"  # line 3: 5 fields
                    "2026-01-03,chatt,Bygglov för altan,,\n"  # empty extras: fine
                    "2026-01-04,Skolskjuts\n"  # line 5: 2 fields
                    "2026-01-05,chatt,Bibliotek,x\n"
                    "2026-01-06\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="podcast"):
        log = read_logs([path])
    assert log.ragged == 4 and len(log) == 4  # the row of 2 fields has no text column
    assert _warnings(caplog) == [
        f"{path}: 2 row(s) with more fields than the 3 headers (first at line 3: 5 fields); "
        "the extra fields were ignored",
        f"{path}: 2 row(s) with fewer fields than the 3 headers (first at line 5: 2 fields); "
        "the missing fields were read as empty"]


def test_jsonl_lines_that_are_not_objects_are_warned(tmp_path: Path, caplog) -> None:
    path = tmp_path / "m.jsonl"
    path.write_text('{"summary": "hur ansöker jag om bygglov"}\n{broken json\n'
                    '{"summary": "när töms soptunnan"}\n[1,2]\n"str"\n'
                    '{"summary": "felparkerad bil"}\n', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="podcast"):
        log = read_logs([path])
    assert len(log) == 3 and log.skipped == 3 and list(log.rows) == [1, 3, 6]
    assert _warnings(caplog) == [f"{path}: line 2: not JSON, skipped",
                                 f"{path}: line 4: not a JSON object (a list), skipped",
                                 f"{path}: line 5: not a JSON object (a str), skipped"]


def test_excel_sep_line(tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_bytes("\ufeffsep=;\r\nDatum;Kanal;Ärendebeskrivning\r\n"
                     "2026-01-02;telefon;När plogas vägen, undrar hon\r\n"
                     "2026-01-03;chatt;Bygglov för altan\r\n".encode())
    log = read_logs([path])
    assert log.texts == ["När plogas vägen, undrar hon", "Bygglov för altan"]
    assert log.skipped == 0 and list(log.rows) == [1, 2]
    assert read_table(path)[0] == ["Datum", "Kanal", "Ärendebeskrivning"]
    comma = tmp_path / "c.csv"
    comma.write_text('"sep=,"\nfritext,kanal\nVallen; hög; igen,telefon\n', encoding="utf-8")
    log = read_logs([comma])  # not honoured, the sep line would be a skipped title row
    assert log.texts == ["Vallen; hög; igen"] and log.skipped == 0


def test_title_rows_above_the_header(tmp_path: Path, caplog) -> None:
    body = "Datum;Kanal;Ärendebeskrivning\n2026-01-02;telefon;Vallen är hög\n" \
           "2026-01-03;chatt;Bygglov för altan\n"
    plain = tmp_path / "t.csv"
    plain.write_text("Kontaktlogg 2026, exporterad från CRM\n\n" + body, encoding="utf-8")
    excel = tmp_path / "e.csv"
    excel.write_text("Kontaktlogg 2026;;\nPeriod: januari;;\n" + body, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="podcast"):
        log = read_logs([plain, excel])
    assert log.texts == ["Vallen är hög", "Bygglov för altan"] * 2
    assert list(log.rows) == [1, 2, 3, 4] and log.skipped == 3  # title rows; blank not counted
    assert log.skip_reasons == {"above the header row": 3}
    assert _warnings(caplog) == [f"{plain}: the header is on line 3; 1 row(s) above it skipped",
                                 f"{excel}: the header is on line 3; 2 row(s) above it skipped"]
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kontaktlogg 2026"])
    ws.append([])
    ws.append(["Datum", "Kanal", "Ärendebeskrivning"])
    ws.append([dt.datetime(2026, 1, 2), "telefon", "Vallen är hög"])
    xlsx = tmp_path / "t.xlsx"
    wb.save(xlsx)
    log = read_logs([xlsx])
    assert log.texts == ["Vallen är hög"] and log.dates == [dt.date(2026, 1, 2)]
    # no header within the first rows: the error still names the first row's headers
    far = tmp_path / "far.csv"
    far.write_text("a;b\n" + "1;2\n" * 12 + "datum;fritext\n2026-01-01;Vallen\n",
                   encoding="utf-8")
    with pytest.raises(InputError, match="no free-text column found .headers found: a, b"):
        read_logs([far])


def test_the_same_file_is_read_once(tmp_path: Path, caplog, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_csv(tmp_path / "a.csv")
    (tmp_path / "link.csv").symlink_to("a.csv")
    with caplog.at_level(logging.WARNING, logger="podcast"):
        log = read_logs([Path("a.csv"), Path("a.csv"), Path("./a.csv"), tmp_path / "link.csv"])
    assert len(log) == 3 and list(log.rows) == [1, 2, 3]
    assert _warnings(caplog) == [
        "a.csv: the same file as a.csv; read once (duplicate ignored)",
        "a.csv: the same file as a.csv; read once (duplicate ignored)",
        f"{tmp_path / 'link.csv'}: the same file as a.csv; read once (duplicate ignored)"]


def test_rows_read_is_counted_per_file(tmp_path: Path, caplog) -> None:
    a, b = write_csv(tmp_path / "a.csv"), write_csv(tmp_path / "b.csv")
    with caplog.at_level(logging.INFO, logger="podcast"):
        read_logs([a, b])
    read = [r.getMessage().split(",")[0] for r in caplog.records if "rows read" in r.getMessage()]
    assert read == [f"{a}: 3 rows read", f"{b}: 3 rows read"]


# --- QA pass 2: personal data in messages, logs without a header, duplicate columns, stdin ----
NOTES = [
    "Hej, Jag skulle vilja veta säga upp förskoleplatsen. /Per Andersson",
    "God dag, bil felparkerad på Kyrkogatan i flera dagar. Med vänliga hälsningar Ali Lindberg",
    "Vår gata är inte plogad än, även fråga om skolskjuts.",
    "Hej, Ring tillbaka. Fel nummer. Mvh Sven Björk",
    "Hanna Gustafsson ringer ang. när plogas Backvägen? Hänvisad till handläggare.",
    "Kvinna ringer, ring tillbaka Skapat ärende.",  # "ärende" is a text alias: not a header
    "Medb. undrar snöröjningen har inte varit på Tallvägen Hänv. till webben.",
    "hej! soövallen blockerar brevlådan",
    "Ringde ang. avgift för hemtjänst, är för hög, Besvarat.",
    "Fråga om bygglov för altan",
    "Kund ringer ang. sopbilen har inte varit här på två veckor. Besvarat.",
    "Trafikskylt nedkörd vid Drottninggatan.",
]


def test_a_text_file_without_a_header_is_one_note_per_line(tmp_path: Path, caplog) -> None:
    path = tmp_path / "noheader.txt"
    path.write_text("\n".join(NOTES * 4) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="podcast"):
        log = read_logs([path])
    assert log.texts == NOTES * 4  # no note taken as a header, none split at its commas
    assert log.skipped == 0 and list(log.rows) == list(range(1, 49))
    assert _warnings(caplog) == [f"{path}: no header row; each line read as one note"]
    # lines that happen to split evenly at one comma are still notes in a .txt file
    even = tmp_path / "headerless.txt"
    even.write_text("Sopor ej tömda, ring Karin Forsberg 070-123 45 67\n"
                    "Plogbilen har inte kommit, mvh Zoran\n"
                    "Bygglov för altan, pnr 19811218-9876\n", encoding="utf-8")
    log = read_logs([even])
    assert log.texts[1] == "Plogbilen har inte kommit, mvh Zoran" and len(log) == 3
    # a note in quotes is unquoted; blank lines are empty rows
    quoted = tmp_path / "quoted.txt"
    quoted.write_text('"Hon sa ""hej"", och sen"\n\nVallen är hög, igen\n', encoding="utf-8")
    log = read_logs([quoted])
    assert log.texts == ['Hon sa "hej", och sen', "Vallen är hög, igen"]
    assert log.skip_reasons == {"empty row": 1} and list(log.rows) == [1, 3]
    # `podcast redact` still reads the first line as its header (it redacts every cell)
    headers, rows, first = read_table(even)
    assert headers == ["Sopor ej tömda", "ring Karin Forsberg 070-123 45 67"] and first == 2


def test_a_csv_without_a_header_whose_lines_do_not_split_evenly(tmp_path: Path,
                                                                caplog) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("\n".join(NOTES) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="podcast"):
        log = read_logs([path])
    assert log.texts == NOTES
    assert _warnings(caplog) == [f"{path}: no header row; each line read as one note"]
    # a table without a recognisable header is still refused (it is a table, not notes)
    table = tmp_path / "table.csv"
    table.write_text("Sopor ej tömda,ring Karin Forsberg 070-123 45 67\n"
                     "Plogbilen har inte kommit,mvh Zoran 070-111 22 33\n", encoding="utf-8")
    with pytest.raises(InputError, match="no free-text column found"):
        read_logs([table])
    # a column named with an option means a header is expected: no guessing
    with pytest.raises(InputError, match="column 'fritext' for text not found"):
        read_logs([path], columns={"text": "fritext"})


def test_one_column_under_an_unknown_header_is_the_text(tmp_path: Path, caplog) -> None:
    path = tmp_path / "one.csv"
    path.write_text("synpunkt\nVallen är hög, igen\nSopor ej tömda\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="podcast"):
        log = read_logs([path])
    assert log.texts == ["Vallen är hög, igen", "Sopor ej tömda"] and list(log.rows) == [1, 2]
    assert _warnings(caplog) == [f"{path}: one column, 'synpunkt', read as the notes (each "
                                 "line below the header one note)"]


def test_real_headers_are_kept_and_sentences_are_not_headers(tmp_path: Path) -> None:
    from podcast.contactlog.header import header_cell

    for cell in ("Resolved?", "Löst vid första kontakt", "Ärende nr.", "Created At",
                 "Vad gäller ditt ärende?", "E-post", "Kontaktlogg 2026"):
        assert header_cell(cell), cell
    for cell in ("ring tillbaka Skapat ärende.", "Hej! Jag undrar", "070-123 45 67",
                 "lena@example.se", "När kommer sopbilen till oss igen?", "2024-01-02",
                 "Jag undrar hur man söker bygglov för en altan", 45292, "x" * 61):
        assert not header_cell(cell), cell
    # multi-column CSVs with real headers read as before, commas inside quoted notes too
    path = tmp_path / "m.csv"
    path.write_text('datum,kanal,fritext\n2026-01-02,telefon,"Hej, jag har en fråga."\n',
                    encoding="utf-8")
    log = read_logs([path])
    assert log.texts == ["Hej, jag har en fråga."] and log.channels == ["telefon"]


def test_messages_show_no_personal_data(tmp_path: Path, caplog) -> None:
    table = tmp_path / "table.csv"
    table.write_text("Sopor ej tömda,ring Karin Forsberg 070-123 45 67\n"
                     "Plogbilen har inte kommit,mvh Zoran 070-111 22 33\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_logs([table])
    assert str(err.value).startswith(f"{table}: no free-text column found (headers found: "
                                     "Sopor ej tömda, ring [NAMN] [TEL]);")
    with pytest.raises(InputError) as err:
        read_logs([table], columns={"text": "fritext"})
    assert "Karin" not in str(err.value) and "070" not in str(err.value)
    long = tmp_path / "long.csv"
    long.write_text("a," + "ordet " * 20 + "\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_logs([long])
    assert "(headers found: a, ordet ordet ordet ordet ordet ordet orde…);" in str(err.value)
    dates = tmp_path / "d.csv"
    dates.write_text("datum,fritext\n2024-13-45 Karin Forsberg 070-123 45 67,Vallen är hög\n",
                     encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="podcast"):
        read_logs([dates])
    assert _warnings(caplog) == [f"{dates}: 1 row(s) with a date that could not be read "
                                 "(first at line 2: '2024-13-45 [NAMN] [TEL]')"]


def test_two_columns_with_one_name_read_the_first(tmp_path: Path, caplog) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("datum,text,text\n2024-01-01,Vallen är hög,extra Karin Forsberg\n"
                    "2024-01-02,Sopor igen,extra\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="podcast"):
        log = read_logs([path])
    assert log.texts == ["Vallen är hög", "Sopor igen"]
    assert _warnings(caplog) == [f"{path}: 2 columns are named 'text' (columns 2, 3); column 2 "
                                 "is read as the text column and the other is ignored"]
    folded = tmp_path / "folded.csv"  # the same name after folding: Fritext = fritext
    folded.write_text("Fritext;fritext;FRITEXT\nVallen är hög;b;c\n", encoding="utf-8")
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="podcast"):
        log = read_logs([folded])
    assert log.texts == ["Vallen är hög"]
    assert "3 columns are named 'Fritext' (columns 1, 2, 3)" in _warnings(caplog)[0]
    assert _warnings(caplog)[0].endswith("the others are ignored")


def test_a_column_named_for_another_field_and_a_text_column_without_text(tmp_path: Path,
                                                                         ) -> None:
    path = write_csv(tmp_path / "a.csv")
    for field in ("date", "channel"):
        with pytest.raises(InputError) as err:
            read_logs([path], columns={field: "fritext"})
        assert str(err.value) == (f"{path}: the column 'fritext' is already used as the "
                                  f"{field} column, and no other free-text column was found; "
                                  "name one with --text-column")
    with pytest.raises(InputError) as err:
        read_logs([path], columns={"text": "datum"})
    assert str(err.value) == (f"{path}: no usable rows (3 skipped: 3 without text); the text "
                              "column 'datum' holds no text: name another with --text-column")
    with pytest.raises(InputError, match="column 'Datum' is named both for text and for date"):
        read_logs([path], columns={"text": "datum", "date": "Datum"})


def test_skip_reasons_in_words() -> None:
    from podcast.contactlog import describe_skips

    assert describe_skips({"no text": 10}) == "10 without text"
    assert describe_skips({"empty row": 2, "no text": 3, "above the header row": 1,
                           UNDATED: 4}) == \
        "4 without a date, 3 without text, 2 empty, 1 above the header row"
    assert describe_skips({}) == "none"


def _stdin(monkeypatch, data: bytes) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize("kind", ["csv", "json.gz", "jsonl", "xlsx"])
def test_dash_reads_standard_input(tmp_path: Path, monkeypatch, kind: str) -> None:
    records = [{"datum": d, "kanal": c, "fritext": t} for d, c, t, *_ in ROWS]
    if kind == "csv":
        data = write_csv(tmp_path / "a.csv", ";", "cp1252").read_bytes()
    elif kind == "json.gz":
        data = gzip.compress(json.dumps(records).encode())
    elif kind == "jsonl":
        data = "\n".join(json.dumps(r) for r in records).encode()
    else:
        openpyxl = pytest.importorskip("openpyxl")
        wb = openpyxl.Workbook()
        wb.active.append(["datum", "kanal", "fritext"])
        for r in records:
            wb.active.append(list(r.values()))
        wb.save(tmp_path / "x.xlsx")
        data = (tmp_path / "x.xlsx").read_bytes()
    _stdin(monkeypatch, data)
    log = read_logs([Path("-")])
    assert log.texts[1] == "Behöver jag bygglov för ett attefallshus?"
    assert log.channels == ["telefon", "e-post", "chatt"] and list(log.columns) == ["<stdin>"]


def test_standard_input_is_named_in_messages_and_read_once(tmp_path: Path, monkeypatch,
                                                           caplog) -> None:
    _stdin(monkeypatch, b"a,b\n1,2\n")
    with pytest.raises(InputError, match=r"^<stdin>: no free-text column found"):
        read_logs([Path("-")])
    _stdin(monkeypatch, b"fritext\nVallen \xc3\xa4r h\xc3\xb6g\n")
    with caplog.at_level(logging.WARNING, logger="podcast"):
        log = read_logs(["-", write_csv(tmp_path / "a.csv"), "-"])
    assert log.texts[0] == "Vallen är hög" and len(log) == 4
    assert _warnings(caplog) == ["<stdin>: the same file as <stdin>; read once (duplicate "
                                 "ignored)"]


def test_one_column_notes_with_unquoted_commas_are_whole(tmp_path: Path, caplog) -> None:
    path = tmp_path / "one.csv"
    path.write_text('fritext\nHej, jag undrar om bygglov\nSopor ej tömda\n"Citerad, anteckning"\n'
                    "Plogning, snö, is\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="podcast"):
        log = read_logs([path])
    assert log.texts == ["Hej, jag undrar om bygglov", "Sopor ej tömda", "Citerad, anteckning",
                         "Plogning, snö, is"]
    assert log.ragged == 0 and list(log.rows) == [1, 2, 3, 4]
    assert _warnings(caplog) == [f"{path}: one column, but notes hold an unquoted ',' (first at "
                                 "line 2); each line below the header read as one note"]


def test_a_quoted_note_over_several_lines_is_one_note(tmp_path: Path) -> None:
    # a one-column CSV as csv.writer writes it: notes with commas, one holding a line break
    path = tmp_path / "one.csv"
    path.write_text('fritext\nHej, jag undrar om bygglov\n"Första raden, sen\nandra raden"\n'
                    'Sopor, ej tömda\n"Aldrig stängd, citerad\nnästa rad\n', encoding="utf-8")
    log = read_logs([path])
    assert log.texts == ["Hej, jag undrar om bygglov", "Första raden, sen\nandra raden",
                         "Sopor, ej tömda", '"Aldrig stängd, citerad', "nästa rad"]
    # row numbers count notes, so a row → theme file lines up with the notes
    assert list(log.rows) == [1, 2, 3, 4, 5]
