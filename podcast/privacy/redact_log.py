"""``redact_log``: a copy of a contact log with personal data replaced in every cell.

Every text cell of every column is redacted, the header row too (a file may have none) — in
a workbook on every sheet, with the string literals of formulas and the comments; in JSON at
any depth — and so is every number cell that holds a personnummer or a phone number (a
spreadsheet stores ``198112189876`` or ``46701234567`` as a number); such a cell becomes the
placeholder text. No column is skipped: a date, channel or id column holds no personal data,
so nothing there changes, and a personnummer typed into the wrong column is still caught.

The output's format follows its name (``.gz`` compresses it):

* ``.csv``, ``.txt``: CSV with the input's delimiter (``;`` when the input is not CSV);
  ``.tsv``: tab-separated. Encoding: the input's (UTF-8 with or without BOM, UTF-16);
  Windows-1252 stays Windows-1252 when every character fits, else UTF-8 with BOM; from XLSX
  or JSON, UTF-8 with BOM (so Excel opens it).
* ``.xlsx`` (``.xlsm`` from an ``.xlsm``): an XLSX input is changed in place, so sheets and
  their names, column widths, number formats, formulas and comments stay (openpyxl drops
  charts and images; pivot tables are removed, their cache holds a copy of the data); other
  inputs become one sheet.
* ``.json``, ``.jsonl``/``.ndjson``: JSON in, JSON out keeps the structure; other inputs
  become a list of objects / one object per line. Their keys come from the header row, found
  as ``podcast themes`` finds it (title rows above it are left out, with a note); keys are
  unique and never empty: a repeated header gets ``_2``, ``_3`` (``text``, ``text_2``), a
  column without a header — also fields beyond the header in a ragged row — is
  ``column_N`` (N = its 1-based position); a note lists every renamed key.

Converting a workbook to CSV or JSON keeps its first sheet only (a note says so). The output
is written atomically and never over the input.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from podcast.contactlog import (
    check_xlsx_size,
    decode_text,
    file_kind,
    locate_header,
    read_any,
    read_table,
    sniff_delimiter,
    utf16_without_bom,
)
from podcast.errors import InputError
from podcast.fsutil import read_maybe_gzip, write_output
from podcast.privacy.redact import PLACEHOLDERS, number_pii, redact
from podcast.progress import Progress, ensure
from podcast.spreadsheet import csv_cell, csv_row, keep_as_text

#: Output kinds by file extension (after ``.gz``); "" (no extension) keeps the input's kind.
OUTPUT_KINDS = {".csv": "csv", ".txt": "csv", ".tsv": "tsv", ".tab": "tsv", ".xlsx": "xlsx",
                ".xlsm": "xlsx", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_FORMULA_STRING_RE = re.compile(r'"((?:[^"]|"")*)"')
_SEP_LINE_RE = re.compile(r'\ufeff?[ \t]*"?sep=[^\r\n"]"?[ \t]*(?:\r\n|\n|\r)', re.IGNORECASE)


@dataclass
class RedactResult:
    rows: int = 0
    cells: int = 0
    found: Counter = field(default_factory=Counter)
    output: Path | None = None
    format: str = ""
    encoding: str | None = None  # CSV output only
    notes: list[str] = field(default_factory=list)  # for the user (the CLI prints them)


# --- cell values -------------------------------------------------------------------------------
def _count(result: RedactResult, kinds: Iterable[str]) -> None:
    result.cells += 1
    result.found.update(kinds)


#: Text longer than this is redacted piece by piece (split at line ends or spaces), so a huge
#: cell needs memory for one piece at a time, not for the whole cell at once.
REDACT_PIECE_CHARS = 100_000


def _piece_end(text: str, start: int, end: int) -> int:
    """Where a piece of ``text[start:end]`` best ends: after its last line end, else after
    its last sentence end (". ", "? ", "! "), else after its last space, else at ``end``;
    looked for in the second half, so pieces stay large."""
    lo = start + (end - start) // 2
    cut = text.rfind("\n", lo, end)
    if cut < 0:
        cut = max(text.rfind(mark, lo, end) for mark in (". ", "? ", "! "))
    if cut < 0:
        cut = text.rfind(" ", lo, end)
    return end if cut < 0 else cut + 1


def _pieces(text: str, size: int = REDACT_PIECE_CHARS) -> list[str]:
    """``text`` in consecutive pieces of at most ``size`` characters that end where a name,
    number or address does not continue (joined they give ``text`` back)."""
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        cut = _piece_end(text, start, start + size)
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def _redact_str(value: str, result: RedactResult) -> str:
    pieces = _pieces(value) if len(value) > REDACT_PIECE_CHARS else [value]
    kinds: list[str] = []
    out: list[str] = []
    for piece in pieces:
        red = redact(piece)
        out.append(red.text if red.spans else piece)
        kinds.extend(s.type for s in red.spans)
    if kinds:
        _count(result, kinds)
        return "".join(out)
    digits = value.strip()
    kind = number_pii(digits) if digits.isdigit() else None
    if kind is None:
        return value
    _count(result, (kind,))
    return value.replace(digits, PLACEHOLDERS[kind])


def _redact_number(value: int | float, result: RedactResult) -> int | float | str:
    if isinstance(value, float):
        if not value.is_integer() or abs(value) >= 1e15:
            return value
        value_digits = str(int(value))
    else:
        value_digits = str(value)
    kind = number_pii(value_digits)
    if kind is None:
        return value
    _count(result, (kind,))
    return PLACEHOLDERS[kind]


def _redact_value(value: object, result: RedactResult) -> object:
    """Any value: strings and numbers redacted, JSON objects and lists walked."""
    if isinstance(value, str):
        return _redact_str(value, result) if value else value
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return _redact_number(value, result)
    if isinstance(value, dict):
        return {k: _redact_value(v, result) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_value(v, result) for v in value]
    return value


def _redact_formula(formula: str, result: RedactResult) -> str:
    """Redact the string literals of an Excel formula (``="Anna " & A2``); the rest is code."""
    def one(m: re.Match) -> str:
        inner = m.group(1).replace('""', '"')
        return '"' + _redact_str(inner, result).replace('"', '""') + '"'

    return _FORMULA_STRING_RE.sub(one, formula)


# --- formats -----------------------------------------------------------------------------------
def _output_kind(output: Path, path: Path) -> str | None:
    """The format ``output``'s name asks for; None (no extension): the input's."""
    name = output.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = Path(name).suffix
    if suffix == "":
        return None
    if suffix not in OUTPUT_KINDS:
        known = ", ".join(sorted(k for k in OUTPUT_KINDS if k != ".xlsm"))
        raise InputError(f"cannot write {suffix!r} files (use {known}, optionally .gz)",
                         path=output)
    if suffix == ".xlsm" and not path.name.lower().removesuffix(".gz").endswith(".xlsm"):
        raise InputError("only an .xlsm input can be written as .xlsm (use .xlsx)", path=output)
    return OUTPUT_KINDS[suffix]


#: How a CSV input was encoded → (codec, byte-order mark) to write it the same way.
_BOMS = {"utf-8-sig": b"", "utf-8": b"", "cp1252": b"", "utf-16-le": b"\xff\xfe",
         "utf-16-be": b"\xfe\xff", "utf-16-le-nobom": b"", "utf-16-be-nobom": b""}


def _csv_encoding(raw: bytes) -> str:
    """The input's encoding, one of :data:`_BOMS` (the same guesses as ``decode_text``)."""
    if raw[:2] == b"\xff\xfe":
        return "utf-16-le"
    if raw[:2] == b"\xfe\xff":
        return "utf-16-be"
    if raw[:3] == b"\xef\xbb\xbf":
        return "utf-8-sig"
    utf16 = utf16_without_bom(raw)  # the reader's own test, so both agree
    if utf16 is not None:
        return f"{utf16}-nobom"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def _encode(text: str, encoding: str) -> tuple[bytes, str]:
    """``text`` as the input was encoded; Windows-1252 falls back to UTF-8 with BOM."""
    if encoding == "cp1252":
        try:
            return text.encode("cp1252"), encoding
        except UnicodeEncodeError:
            encoding = "utf-8-sig"  # Excel reads UTF-8 only with a BOM
    codec = encoding.removesuffix("-nobom")
    return _BOMS[encoding] + text.encode(codec), encoding


def _json_default(value: object) -> str:
    """Dates from a workbook as ISO text (a date without a time as ``2026-01-02``)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else \
            value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _cell_text(value: object) -> object:
    """A value a CSV or XLSX cell can hold (JSON objects and lists as JSON text)."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    return value


def _csv_cell(value: object) -> object:
    return _json_default(value) if isinstance(value, (dt.date, dt.time)) else _cell_text(value)


def _write_csv(headers: list[str], rows: list[list[object]], delimiter: str,
               sep_line: bool = False) -> str:
    buf = io.StringIO()
    if sep_line:
        buf.write(f"sep={delimiter}\r\n")  # Excel's delimiter line, as the input had
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(csv_row(headers))
    writer.writerows([csv_cell(_csv_cell(v)) for v in row] for row in rows)
    return buf.getvalue()


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


#: Renamed keys listed in the note; the rest are counted.
_RENAMES_SHOWN = 5


def json_keys(headers: list[str], rows: list[list[object]]) -> tuple[list[str | None], list[str]]:
    """Unique, non-empty JSON keys for a table's columns, and what was renamed.

    A header is its key; a repeated header gets ``_2``, ``_3``... (``text``, ``text_2``); a
    column without a header, and a field beyond the header in a longer row, is ``column_N``
    (N = the 1-based column). A generated key never takes a header's name (``text_3`` when
    ``text_2`` is a header too, ``column_4_2`` when ``column_4`` is). A column with neither
    a header nor a value has no key (None).
    """
    width = len(headers)
    for row in rows:
        if len(row) > width and any(not _blank(v) for v in row[width:]):
            width = max(i + 1 for i, v in enumerate(row) if not _blank(v))
    names = [h.strip() if isinstance(h, str) else "" for h in headers]
    names += [""] * (width - len(names))
    taken = {n for n in names if n}
    seen: Counter = Counter()
    keys: list[str | None] = []
    renamed: list[str] = []
    for i, name in enumerate(names):
        if name:
            seen[name] += 1
            if seen[name] == 1:
                keys.append(name)
                continue
            base, n, why = name, seen[name], f"{name!r} again"
        else:
            if not any(i < len(r) and not _blank(r[i]) for r in rows):
                keys.append(None)  # no header, no value: nothing to keep
                continue
            base, n, why = f"column_{i + 1}", 1, "no header" if i < len(headers) \
                else "beyond the header"
        key = base if n == 1 else f"{base}_{n}"
        while key in taken:
            n += 1
            key = f"{base}_{n}"
        taken.add(key)
        keys.append(key)
        renamed.append(f"column {i + 1} ({why}) → {key!r}")
    return keys, renamed


def _records(keys: list[str | None], rows: list[list[object]]) -> list[dict[str, object]]:
    return [{k: r[i] if i < len(r) else None for i, k in enumerate(keys) if k is not None}
            for r in rows]


def _dump_json(data: object) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, default=_json_default) + "\n") \
        .encode("utf-8")


def _dump_jsonl(records: Iterable[object]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False, default=_json_default) + "\n"
                   for r in records).encode("utf-8")


def _sheet_title(path: Path) -> str:
    """The input's name without extensions, as Excel allows a sheet to be called."""
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return re.sub(r"[\[\]:*?/\\]", " ", Path(name).stem).strip()[:31] or "Sheet"


def _write_xlsx(headers: list[str], rows: list[list[object]], title: str) -> bytes:
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def cell(value: object) -> object:
        value = _cell_text(value)
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r, values in enumerate([headers, *rows], 1):
        for c, value in enumerate(values, 1):
            value = cell(value)
            if value is not None:
                keep_as_text(ws.cell(r, c), value)  # text starting with "=" is no formula
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- inputs ------------------------------------------------------------------------------------
def _load_workbook(raw: bytes, path: Path, keep_vba: bool):  # openpyxl Workbook
    import openpyxl

    check_xlsx_size(raw, path)
    try:
        return openpyxl.load_workbook(io.BytesIO(raw), keep_vba=keep_vba)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise InputError(f"not a readable XLSX workbook ({type(exc).__name__})",
                         path=path) from None


def _redact_cell(cell, result: RedactResult) -> None:  # openpyxl Cell
    comment = cell.comment
    if comment is not None and comment.text:
        comment.text = _redact_str(comment.text, result)
    value = cell.value
    if isinstance(value, str) and value:
        new = _redact_formula(value, result) if cell.data_type == "f" else \
            _redact_str(value, result)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        new = _redact_number(value, result)
    else:
        return
    if new is not value:
        if cell.data_type == "f":
            cell.value = new  # a formula stays one (its string literals were redacted)
        else:
            keep_as_text(cell, new)


def _redact_workbook(raw: bytes, path: Path, result: RedactResult, progress: Progress,
                     keep_vba: bool) -> bytes:
    """Every cell of every sheet redacted in place; the rest of the workbook kept."""
    wb = _load_workbook(raw, path, keep_vba)
    progress.start(sum(ws.max_row for ws in wb.worksheets), "Redacting")
    for ws in wb.worksheets:
        used = 0
        for n, row in enumerate(ws.iter_rows(), 1):
            for cell in row:
                if cell.value is not None or cell.comment is not None:
                    _redact_cell(cell, result)
            used += any(c.value is not None for c in row)
            if n % 1000 == 0:
                progress.advance(1000)
        result.rows += max(0, used - 1)  # the first row is the header
        _drop_pivot_tables(ws, result)
    progress.finish()
    buf = io.BytesIO()
    try:
        wb.save(buf)
    except Exception as exc:  # openpyxl raises many types
        raise InputError(f"cannot write this workbook back ({type(exc).__name__}: {exc}); "
                         "write .csv instead", path=path) from None
    return buf.getvalue()


def _drop_pivot_tables(ws, result: RedactResult) -> None:  # openpyxl Worksheet
    """openpyxl writes pivot tables back with their cache, an unredacted copy of the data."""
    pivots = getattr(ws, "_pivots", None)
    if pivots:
        result.notes.append(f"sheet {ws.title!r}: {len(pivots)} pivot table(s) removed "
                            "(their cache holds an unredacted copy of the data)")
        ws._pivots = []  # no public way to remove them


def _redact_json_document(raw: bytes, path: Path, kind: str, result: RedactResult) -> bytes:
    """JSON → JSON and JSON Lines → JSON Lines, structure kept, every string and number."""
    text = decode_text(raw, path)
    if kind == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON: {exc.msg}", path=path,
                             where=f"line {exc.lineno} column {exc.colno}") from None
        result.rows = len(data) if isinstance(data, list) else 1
        return _dump_json(_redact_value(data, result))
    lines: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            lines.append(line)
            continue
        result.rows += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            lines.append(_redact_str(line, result))  # kept as it was, only redacted
            continue
        lines.append(json.dumps(_redact_value(record, result), ensure_ascii=False, default=str))
    return "".join(line + "\n" for line in lines).encode("utf-8")


class _HeaderWarning(logging.Filter):
    """Holds back the reader's "the header is on line N" warning: a note says it instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("%s: the header is on")


def _table_below_header(path: Path, result: RedactResult,
                        ) -> tuple[list[str], Iterable[list[object]]]:
    """The header row found as ``podcast themes`` finds it (title rows above it are left
    out, with a note), and the rows below it."""
    hold, reader_log = _HeaderWarning(), logging.getLogger(locate_header.__module__)
    reader_log.addFilter(hold)
    try:
        table, above = locate_header(path, read_any(path), None)
    finally:
        reader_log.removeFilter(hold)
    if above:
        result.notes.append(
            f"the header is on {table.unit} {table.header_pos}; {above} row(s) above it (a "
            "title) left out of the JSON, whose keys come from the header (write .csv or .xlsx "
            "to keep them)")
    return table.headers, (row for _, row in table.rows)


def _redact_table(path: Path, result: RedactResult, progress: Progress,
                  find_header: bool = False) -> tuple[list[str], list[list[object]]]:
    if find_header:
        headers, rows = _table_below_header(path, result)
    else:
        headers, rows, _ = read_table(path)
    headers = [_redact_str(h, result) for h in headers]  # a file without a header line
    in_rows = list(rows)
    progress.start(len(in_rows), "Redacting")
    out_rows: list[list[object]] = []
    for n, row in enumerate(in_rows, 1):
        result.rows += 1
        out_rows.append([_redact_value(v, result) for v in row])
        if n % 1000 == 0:
            progress.advance(1000)
    progress.finish()
    return headers, out_rows


def _first_sheet_note(raw: bytes, path: Path, result: RedactResult) -> None:
    import openpyxl

    check_xlsx_size(raw, path)
    wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True)
    names = wb.sheetnames
    wb.close()
    if len(names) > 1:
        result.notes.append(f"only the first sheet was written; not written: "
                            f"{', '.join(names[1:])} (write .xlsx to keep every sheet)")


# --- the command -------------------------------------------------------------------------------
def redact_log(path: Path, output: Path, *, progress: Progress | None = None) -> RedactResult:
    """Write a redacted copy of the log ``path`` to ``output`` (format from its extension)."""
    path, output = Path(path), Path(output)
    if path.resolve() == output.resolve():
        raise InputError("the output must not overwrite the input", path=output)
    progress = ensure(progress)
    wanted = _output_kind(output, path)  # before any work
    raw = read_maybe_gzip(path)
    in_kind = file_kind(path, raw)
    out_kind = wanted or in_kind
    result = RedactResult(output=output, format=out_kind)
    if in_kind == "xlsx" and out_kind == "xlsx":
        keep_vba = output.name.lower().removesuffix(".gz").endswith(".xlsm")
        data = _redact_workbook(raw, path, result, progress, keep_vba)
    elif in_kind == out_kind and in_kind in ("json", "jsonl"):
        data = _redact_json_document(raw, path, in_kind, result)
    else:
        headers, rows = _redact_table(path, result, progress,
                                      find_header=out_kind in ("json", "jsonl"))
        if in_kind == "xlsx":
            _first_sheet_note(raw, path, result)
        data = _serialise(headers, rows, out_kind, in_kind, raw, path, result)
    if output.name.lower().endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    write_output(output, data)
    return result


def _serialise(headers: list[str], rows: list[list[object]], out_kind: str, in_kind: str,
               raw: bytes, path: Path, result: RedactResult) -> bytes:
    if out_kind in ("csv", "tsv"):
        sep_line = False
        if in_kind == "csv":
            text = decode_text(raw, path)
            delimiter, encoding = sniff_delimiter(text), _csv_encoding(raw)
            sep_line = bool(_SEP_LINE_RE.match(text))
        else:
            delimiter, encoding = ";", "utf-8-sig"
        if out_kind == "tsv":
            delimiter, sep_line = "\t", False
        data, result.encoding = _encode(_write_csv(headers, rows, delimiter, sep_line),
                                        encoding)
        if encoding == "cp1252" and result.encoding != encoding:
            result.notes.append("written as UTF-8 with BOM: not every character fits "
                                "Windows-1252")
        return data
    if out_kind == "xlsx":
        return _write_xlsx(headers, rows, _sheet_title(path))
    keys, renamed = json_keys(headers, rows)
    if renamed:
        more = len(renamed) - _RENAMES_SHOWN
        result.notes.append("JSON keys renamed to be unique and non-empty: "
                            + "; ".join(renamed[:_RENAMES_SHOWN])
                            + (f"; {more} more" if more > 0 else ""))
    records = _records(keys, rows)
    return _dump_json(records) if out_kind == "json" else _dump_jsonl(records)
