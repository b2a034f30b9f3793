"""A contact log as a table: :class:`Table` (headers and rows with their line, row or item
number) from CSV (delimiter sniffed, Excel's ``sep=`` line honoured), a text file of one note
per line, JSON, JSON Lines and XLSX (size-checked before it is opened).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import logging
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from podcast.contactlog.decode import decode_text, file_kind
from podcast.errors import InputError
from podcast.fsutil import gunzip_if_gzip, read_maybe_gzip

log = logging.getLogger(__name__)

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

#: An XLSX workbook whose parts unpack to more than this is refused before it is opened
#: (openpyxl holds a whole part, and a few hundred bytes can unpack to gigabytes).
MAX_XLSX_UNPACKED = 256 * 1024 * 1024

#: An XLSX text run (a cell) longer than this many bytes is refused: Excel holds at most
#: 32,767 characters in a cell (up to 6 bytes each as escaped XML).
MAX_XLSX_TEXT_BYTES = 1024 * 1024


@dataclass
class Table:
    """One file as rows: ``rows`` yields (position, cells); position is a line number
    (CSV, JSON Lines), a sheet row (XLSX) or an item number (JSON), named by ``unit``."""

    headers: list[str]
    rows: Iterator[tuple[int, list[object]]]
    header_pos: int
    kind: str
    unit: str
    #: CSV only: the file read again as one note per line after line N (0: no header), and
    #: (line, number of fields) of its first records (see :meth:`is_table`).
    as_lines: Callable[[int], Table] | None = None
    field_counts: Callable[[], list[tuple[int, int]]] | None = None
    suffix: str = ""
    delimiter: str = ","
    #: The header read as the free text whatever its name (a file of one column).
    text_column: str | None = None
    _counts: list[tuple[int, int]] | None = None

    def record_widths(self) -> list[tuple[int, int]]:
        """CSV only: (line, number of fields) of the first records, read once; else []."""
        if self.field_counts is None:
            return []
        if self._counts is None:
            self._counts = self.field_counts()
        return self._counts

    def is_table(self, after: int = 0, width: int | None = None) -> bool:
        """True unless this is a CSV whose rows after line ``after`` do not split evenly
        into columns (``width`` of them, or any number ≥ 2; ≥ 3 in a .txt file split at
        commas, where one comma per note is common): free notes, one per line, with a
        comma here and there. XLSX sheets are tables."""
        if self.field_counts is None:
            return True
        counts = Counter(n for pos, n in self.record_widths() if pos > after)
        if not counts:
            return width is not None and width >= 2
        total = sum(counts.values())
        if width is None:
            width = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
        least = 3 if self.suffix == ".txt" and self.delimiter == "," else 2
        return width >= least and counts[width] >= 0.8 * total


_DELIMITERS = (";", ",", "\t", "|")

_SEP_RE = re.compile(r'[ \t]*"?sep=([^\r\n"])"?[ \t]*(?:\r\n|\n|\r|\Z)', re.IGNORECASE)


def _sep_line(text: str) -> str | None:
    """The delimiter of Excel's ``sep=;`` first line, if there is one."""
    m = _SEP_RE.match(text[:32])
    return m.group(1) if m else None


def sniff_delimiter(text: str) -> str:
    """The delimiter (``;``, ``,``, tab, ``|``) that splits the first rows into the same
    number (≥ 2) of fields most consistently; quotes are honoured, so commas inside quoted
    notes do not count, and a title line above the header does not decide. Excel's
    ``sep=`` first line wins. Default ``,`` (a file with one column)."""
    sep = _sep_line(text)
    if sep is not None:
        return sep
    sample = text[:20000]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rfind("\n") + 1]
    sample = sample.replace("\r\n", "\n").replace("\r", "\n")
    best, best_key = ",", (0.0, 0)
    for delim in _DELIMITERS:
        if delim not in sample:
            continue
        try:
            rows = [r for r in itertools.islice(csv.reader(io.StringIO(sample), delimiter=delim),
                                                20) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not rows:
            continue
        fields, hits = max(Counter(len(r) for r in rows).items(), key=lambda kv: (kv[1], kv[0]))
        if fields < 2:
            continue
        key = (round(hits / len(rows), 2), fields)
        if key > best_key:
            best, best_key = delim, key
    return best


def _lines(text: str) -> Iterator[str] | io.StringIO:
    """The lines of ``text`` one at a time, line ends kept (what ``csv.reader`` needs).

    Not ``io.StringIO``: it keeps a second, wider copy of the whole text (reading the
    141 MB, 1M-row benchmark log peaked at 918 MB with it, 464 MB without). Old Mac files
    with bare CR line ends still go through StringIO, which knows that convention.
    """
    if "\n" not in text and "\r" in text:
        return io.StringIO(text, newline="")

    def gen() -> Iterator[str]:
        start, find = 0, text.find
        while True:
            end = find("\n", start)
            if end < 0:
                if start < len(text):
                    yield text[start:]
                return
            yield text[start:end + 1]
            start = end + 1

    return gen()


_LONE_CR_RE = re.compile(r"\r(?!\n)")


def _csv_source(path: Path, text: str) -> Iterator[str] | io.StringIO:
    """Lines for ``csv.reader``. A carriage return that is not part of a line end (a stray
    CR pasted into a cell) becomes a space; a file whose lines end in CR alone is read with
    universal newlines."""
    lone = text.count("\r") - text.count("\r\n")
    if lone:
        if lone > text.count("\n"):
            return io.StringIO(text, newline="")
        text = _LONE_CR_RE.sub(" ", text)
        log.debug("%s: %d stray carriage return(s) read as spaces", path, lone)
    return _lines(text)


def _csv_rows(reader: Iterator[list[str]], path: Path) -> Iterator[tuple[int, list[object]]]:
    """(first line of the record, fields); a parse error is an InputError naming the line."""
    while True:
        start = reader.line_num + 1  # type: ignore[attr-defined]
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"not readable as CSV ({exc})", path=path,
                             where=f"line {reader.line_num}") from None  # type: ignore[attr-defined]
        yield start, row  # type: ignore[misc]


def is_blank(row: list[object]) -> bool:
    return not row or all(v is None or str(v).strip() == "" for v in row)


def _read_csv(path: Path, text: str) -> Table:
    delim = sniff_delimiter(text)
    rows = _csv_rows(csv.reader(_csv_source(path, text), delimiter=delim), path)
    if _sep_line(text) is not None:
        next(rows, None)  # Excel's "sep=;" line
    for pos, first in rows:
        if not is_blank(first):
            return Table([str(h).strip() for h in first], rows, pos, "csv", "line",
                          as_lines=lambda after: _lines_table(text, after),
                          field_counts=lambda: _field_counts(path, text, delim),
                          suffix=_suffix(path), delimiter=delim)
    raise InputError("empty file (no header line)", path=path)


#: Rows (and characters) looked at to tell a table from free notes, one per line.
_TABLE_SAMPLE_ROWS = 50

_TABLE_SAMPLE_CHARS = 200_000


def _field_counts(path: Path, text: str, delim: str) -> list[tuple[int, int]]:
    """(line, number of fields) of the first :data:`_TABLE_SAMPLE_ROWS` non-empty records,
    to tell a table from free notes; Excel's ``sep=`` line is left out."""
    sample = text[:_TABLE_SAMPLE_CHARS]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rfind("\n") + 1]
    lone = sample.count("\r") - sample.count("\r\n")
    if lone and lone <= sample.count("\n"):
        sample = _LONE_CR_RE.sub(" ", sample)  # as _csv_source reads them
    rows = _csv_rows(csv.reader(io.StringIO(sample, newline=""), delimiter=delim), path)
    if _sep_line(sample) is not None:
        next(rows, None)
    out: list[tuple[int, int]] = []
    try:
        for pos, row in rows:
            if not is_blank(row):
                out.append((pos, len(row)))
                if len(out) >= _TABLE_SAMPLE_ROWS:
                    break
    except InputError:  # not readable as CSV further on: what was read decides
        pass
    return out


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return Path(name[:-3] if name.endswith(".gz") else name).suffix


_LINE_END_RE = re.compile(r"\r\n|\n|\r")


def _lines_table(text: str, after: int = 0) -> Table:
    """A text file of one column: every line after line ``after`` (the header; 0 = none) is
    one note (a note in double quotes is unquoted, ``""`` inside it read as ``"``); blank
    lines are empty rows. Excel's ``sep=`` first line is left out."""
    lone = text.count("\r") - text.count("\r\n")
    if lone and lone <= text.count("\n"):
        text = _LONE_CR_RE.sub(" ", text)  # stray CRs inside lines, as in CSV
    skip_first = _sep_line(text) is not None

    def rows() -> Iterator[tuple[int, list[object]]]:
        lines = _LINE_END_RE.split(text)
        if lines and not lines[-1]:
            lines.pop()  # the line end of the last line
        i = 0
        while i < len(lines):
            start = i + 1
            if start <= after or start == 1 and skip_first:
                i += 1
                continue
            end = _quoted_note_end(lines, i)  # a quoted note may go on over the next lines
            line = "\n".join(part.strip() for part in lines[i:end + 1])
            i = end + 1
            if len(line) >= 2 and line[0] == line[-1] == '"':
                line = line[1:-1].replace('""', '"').strip()
            yield start, ([line] if line else [])

    return Table(["text"], rows(), after, "lines", "line", text_column="text")


#: The most lines one quoted note may span in a file read one note per line.
QUOTED_NOTE_MAX_LINES = 50


def _quoted_note_end(lines: list[str], i: int) -> int:
    """The last line of a note that opens with a double quote on line ``i`` and is closed
    (a quote ending a line, with the quotes balanced) on a later line, as a CSV writer
    quotes a note holding a line break; ``i`` when the note is on one line or is never
    closed within :data:`QUOTED_NOTE_MAX_LINES` (each line is then a note, nothing lost)."""
    first = lines[i].strip()
    quotes = first.count('"')
    if not first.startswith('"') or quotes % 2 == 0:
        return i
    for j in range(i + 1, min(len(lines), i + QUOTED_NOTE_MAX_LINES)):
        part = lines[j].strip()
        quotes += part.count('"')
        if quotes % 2 == 0 and part.endswith('"'):
            return j
    return i


def _records_table(records: list[tuple[int, object]], path: Path, kind: str, unit: str,
                   ) -> Table:
    """Records (position, dict or None) as a table; headers from the first 1,000 objects."""
    headers: list[str] = []
    seen: set[str] = set()
    for pos, rec in records[:1000]:
        if rec is None:
            continue
        if not isinstance(rec, dict):
            raise InputError("expected objects with named fields", path=path,
                             where=f"{unit} {pos}")
        for k in rec:
            if k not in seen:
                seen.add(k)
                headers.append(str(k))

    def rows() -> Iterator[tuple[int, list[object]]]:
        for pos, rec in records:
            yield pos, ([rec.get(h) for h in headers] if isinstance(rec, dict) else [])

    return Table(headers, rows(), 0, kind, unit)


def _read_json(path: Path, text: str) -> Table:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", path=path,
                         where=f"line {exc.lineno} column {exc.colno}") from None
    if isinstance(data, dict):
        for key in ("rows", "data", "records", "items", "contacts", "arenden", "results"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if not isinstance(data, list):
        raise InputError("expected a JSON list of objects (or {\"rows\": [...]})", path=path)
    return _records_table(list(enumerate(data, 1)), path, "json", "item")


_MAX_LINE_WARNINGS = 5


def _read_jsonl(path: Path, text: str) -> Table:
    records: list[tuple[int, object]] = []
    bad: list[tuple[int, str]] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            bad.append((n, "not JSON"))
            records.append((n, None))
            continue
        if not isinstance(rec, dict):
            bad.append((n, f"not a JSON object (a {type(rec).__name__})"))
            rec = None
        records.append((n, rec))
    for n, why in bad[:_MAX_LINE_WARNINGS]:
        log.warning("%s: line %d: %s, skipped", path, n, why)
    if len(bad) > _MAX_LINE_WARNINGS:
        log.warning("%s: %d more line(s) that are not JSON objects, skipped", path,
                    len(bad) - _MAX_LINE_WARNINGS)
    return _records_table(records, path, "jsonl", "line")


def _xlsx_parts(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The parts openpyxl parses as a whole: shared strings and worksheets."""
    return [i for i in zf.infolist() if i.filename.startswith("xl/")
            and i.filename.endswith(".xml")]


def _longest_text_run(stream: io.BufferedIOBase, limit: int) -> int:
    """Length of the longest run of bytes without ``<`` (an XML text node), read in chunks;
    stops early once a run exceeds ``limit``."""
    longest = run = 0
    while chunk := stream.read(1 << 20):
        pieces = chunk.split(b"<")
        if len(pieces) == 1:
            run += len(chunk)
        else:
            longest = max(longest, run + len(pieces[0]), *(len(p) for p in pieces[1:-1]))
            run = len(pieces[-1])
        longest = max(longest, run)
        if longest > limit:
            break
    return longest


def check_xlsx_size(raw: bytes, path: Path) -> None:
    """Refuse a workbook that would need unbounded memory to open: parts unpacking to more
    than :data:`MAX_XLSX_UNPACKED` in all, or a cell longer than Excel allows. Raises
    :class:`InputError`; a broken ZIP is left for openpyxl to report."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with zf:
        parts = _xlsx_parts(zf)
        total = sum(i.file_size for i in parts)
        if total > MAX_XLSX_UNPACKED:
            biggest = max(parts, key=lambda i: i.file_size)
            raise InputError(
                f"the workbook unpacks to {total / 2**20:,.0f} MB ({biggest.filename}: "
                f"{biggest.file_size / 2**20:,.0f} MB), more than the "
                f"{MAX_XLSX_UNPACKED / 2**20:,.0f} MB this tool opens; export it as CSV",
                path=path)
        for info in parts:
            if info.file_size <= MAX_XLSX_TEXT_BYTES:
                continue
            try:
                with zf.open(info) as stream:
                    longest = _longest_text_run(stream, MAX_XLSX_TEXT_BYTES)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError):
                return  # broken: openpyxl says so
            if longest > MAX_XLSX_TEXT_BYTES:
                raise InputError(
                    f"{info.filename} holds a cell of more than "
                    f"{MAX_XLSX_TEXT_BYTES / 2**20:,.0f} MB of text (Excel cells hold at most "
                    "32,767 characters); the workbook is damaged or not a contact log",
                    path=path)


def _read_xlsx(path: Path, raw: bytes) -> Table:
    check_xlsx_size(raw, path)
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError("reading XLSX needs openpyxl (pip install openpyxl)", path=path) from None
    try:
        wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise InputError(f"not a readable XLSX workbook ({type(exc).__name__})",
                         path=path) from None
    ws = wb.worksheets[0]
    rows = ((n, list(r)) for n, r in enumerate(ws.iter_rows(values_only=True), 1))
    for pos, first in rows:  # first non-empty row is the header
        if not is_blank(first):
            headers = ["" if c is None else str(c).strip() for c in first]
            return Table(headers, rows, pos, "xlsx", "row")
    raise InputError("empty workbook (no header row)", path=path)


def read_any(path: Path, raw: bytes | None = None) -> Table:
    """``path`` as a table; ``raw``: its bytes when already read (standard input)."""
    raw = read_maybe_gzip(path) if raw is None else gunzip_if_gzip(raw, path=path)
    kind = file_kind(path, raw)
    if kind == "xlsx":
        return _read_xlsx(path, raw)
    text = decode_text(raw, path)
    if kind == "csv":
        return _read_csv(path, text)
    if kind == "json":
        return _read_json(path, text)
    return _read_jsonl(path, text)


def read_table(path: Path) -> tuple[list[str], Iterator[list[object]], int]:
    """(headers, row iterator, line/row number of the first data row) for any supported file.

    The header is the first non-empty row (after Excel's ``sep=`` line)."""
    table = read_any(Path(path))
    return table.headers, (row for _, row in table.rows), table.header_pos + 1
