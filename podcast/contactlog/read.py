"""Read contact logs: CSV (comma/semicolon/tab; UTF-8, UTF-8 BOM, UTF-16 with or without BOM,
cp1252), XLSX, JSON, JSON Lines, optionally gzip-compressed, several files at once, into one
column-oriented :class:`ContactLog`.

Rows without usable text (empty, only digits/punctuation) are skipped and counted, never fatal;
rows outside ``--since``/``--until`` are counted separately (``filtered``). A missing text
column, a file that is not text at all, or a CSV that cannot be parsed is an
:class:`~podcast.errors.InputError` naming the file (and the line where there is one).
What is tolerated but changes how a file is read is said once per file as a log warning:
unreadable dates, ragged CSV rows, title rows above the header, a text file without a header
row (each line read as one note), two columns with the same name, JSON Lines lines that are
not objects, the same file given twice.

``-`` as a file name reads standard input (the format is detected from the content); it is
named ``<stdin>`` in messages. Every value from a log that a message shows (headers, a date
sample) is passed through :func:`~podcast.privacy.redact.redact_text` and shortened first.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import logging
import os
import re
import sys
import zipfile
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from podcast.contactlog.columns import FIELDS, detect_columns, fold_header, text_taken_by
from podcast.errors import InputError
from podcast.fsutil import gunzip_if_gzip, read_maybe_gzip

log = logging.getLogger(__name__)

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

_LETTERS_RE = re.compile(r"[^\W\d_]{2,}")

#: Reasons a row is left out by ``--since``/``--until`` (counted in ``filtered``, not
#: ``skipped``: the row itself is fine).
OUTSIDE_RANGE = "outside the date range"
UNDATED = "no date (--since/--until)"
FILTER_REASONS = (OUTSIDE_RANGE, UNDATED)

#: The header row is looked for within this many rows at the top of a file.
HEADER_SEARCH_ROWS = 10

NOT_A_LOG = "not a text, CSV, JSON or XLSX file"

#: The file name that means standard input, and how messages name it.
STDIN = "-"
STDIN_NAME = "<stdin>"

#: Values from a log shown in a message are cut to this many characters (plus "…").
SHOWN_CHARS = 40

#: A note longer than this is cut (with a warning naming file and row): the longest e-mail a
#: contact center keeps is a few thousand characters, and theme finding reads the start.
MAX_NOTE_CHARS = 10_000
#: Any other cell (date, channel, category, resolved) longer than this is cut to it.
MAX_CELL_CHARS = 200
#: An XLSX workbook whose parts unpack to more than this is refused before it is opened
#: (openpyxl holds a whole part, and a few hundred bytes can unpack to gigabytes).
MAX_XLSX_UNPACKED = 256 * 1024 * 1024
#: An XLSX text run (a cell) longer than this many bytes is refused: Excel holds at most
#: 32,767 characters in a cell (up to 6 bytes each as escaped XML).
MAX_XLSX_TEXT_BYTES = 1024 * 1024

#: Magic numbers of files people export or rename by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "it is a PNG image"),
    (b"%PDF", "it is a PDF document"),
    (b"GIF87a", "it is a GIF image"),
    (b"GIF89a", "it is a GIF image"),
    (b"\xff\xd8\xff", "it is a JPEG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     "it is an old Excel .xls (or Word .doc) file: save it as .xlsx or CSV"),
    (b"Rar!\x1a\x07", "it is a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "it is a 7-Zip archive"),
    (b"SQLite format 3\x00", "it is an SQLite database"),
)


@dataclass
class ContactLog:
    """Rows of one or more logs, column by column (cheap for a million rows).

    ``skipped`` counts unusable rows (empty, no text, title rows above the header, JSON Lines
    lines that are not objects); ``filtered`` counts rows left out by ``since``/``until``.
    ``skip_reasons`` holds both, by reason (the filter reasons are :data:`FILTER_REASONS`).
    """

    rows: array = field(default_factory=lambda: array("q"))  # 1-based data row, all inputs
    texts: list[str] = field(default_factory=list)
    dates: list[dt.date | None] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    resolved: list[bool | None] = field(default_factory=list)
    skipped: int = 0
    filtered: int = 0
    skip_reasons: Counter = field(default_factory=Counter)
    total_rows: int = 0
    bad_dates: int = 0  # rows kept (or filtered) whose date could not be read
    ragged: int = 0  # CSV rows with more or fewer fields than the header
    cut: int = 0  # notes longer than MAX_NOTE_CHARS, cut to it
    columns: dict[str, dict[str, str | None]] = field(default_factory=dict)  # per file

    def __len__(self) -> int:
        return len(self.texts)

    def skip(self, reason: str) -> None:
        self.skipped += 1
        self.skip_reasons[reason] += 1

    def filter(self, reason: str) -> None:
        self.filtered += 1
        self.skip_reasons[reason] += 1


@dataclass
class _Table:
    """One file as rows: ``rows`` yields (position, cells); position is a line number
    (CSV, JSON Lines), a sheet row (XLSX) or an item number (JSON), named by ``unit``."""

    headers: list[str]
    rows: Iterator[tuple[int, list[object]]]
    header_pos: int
    kind: str
    unit: str
    #: CSV only: the file read again as one note per line after line N (0: no header), and
    #: (line, number of fields) of its first records (see :meth:`is_table`).
    as_lines: Callable[[int], _Table] | None = None
    field_counts: Callable[[], list[tuple[int, int]]] | None = None
    suffix: str = ""
    delimiter: str = ","
    #: The header read as the free text whatever its name (a file of one column).
    text_column: str | None = None
    _counts: list[tuple[int, int]] | None = None

    def is_table(self, after: int = 0, width: int | None = None) -> bool:
        """True unless this is a CSV whose rows after line ``after`` do not split evenly
        into columns (``width`` of them, or any number ≥ 2; ≥ 3 in a .txt file split at
        commas, where one comma per note is common): free notes, one per line, with a
        comma here and there. XLSX sheets are tables."""
        if self.field_counts is None:
            return True
        if self._counts is None:
            self._counts = self.field_counts()
        counts = Counter(n for pos, n in self._counts if pos > after)
        if not counts:
            return width is not None and width >= 2
        total = sum(counts.values())
        if width is None:
            width = max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
        least = 3 if self.suffix == ".txt" and self.delimiter == "," else 2
        return width >= least and counts[width] >= 0.8 * total


# --- values from the data in messages ----------------------------------------------------------
def cut_text(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at the last space in its final tenth
    when there is one (so no word is cut in half)."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    space = head.rfind(" ", limit - limit // 10)
    return (head[:space] if space > 0 else head).rstrip()


def shown(value: object, limit: int = SHOWN_CHARS) -> str:
    """A value from a log as a message may show it: personal data replaced
    (:func:`~podcast.privacy.redact.redact_text`), one line, at most ``limit`` characters
    plus "…"."""
    from podcast.privacy.redact import redact_text

    text = " ".join(redact_text(str(value)).split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _shown_list(values: list[str]) -> str:
    return ", ".join(shown(v) for v in values if str(v).strip()) or "none"


#: Skip reasons (:attr:`ContactLog.skip_reasons`) in words, for messages.
_REASON_WORDS = {"empty row": "empty", "no text": "without text",
                 "above the header row": "above the header row",
                 OUTSIDE_RANGE: "outside the date range", UNDATED: "without a date"}


def describe_skips(reasons: Mapping[str, int]) -> str:
    """``{'no text': 10, 'empty row': 2}`` → ``'10 without text, 2 empty'`` (largest first)."""
    parts = [f"{n} {_REASON_WORDS.get(reason, reason)}"
             for reason, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])) if n]
    return ", ".join(parts) or "none"


# --- low-level readers -------------------------------------------------------------------------
def _stdin_bytes() -> bytes:
    """Everything on standard input, as bytes (gzip is undone later, as for files)."""
    stream = sys.stdin
    if stream is None:
        raise InputError("no standard input to read", path=STDIN_NAME)
    log.info("reading a log from standard input")
    try:
        buffer = getattr(stream, "buffer", None)
        data = buffer.read() if buffer is not None else stream.read()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=STDIN_NAME) from None
    return data.encode("utf-8") if isinstance(data, str) else data


def _utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the bytes look like UTF-16 without a byte-order mark:
    text in Latin script has a NUL in (nearly) every other byte."""
    sample = raw[:4096]
    half = len(sample) // 2
    if half < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.4 * half and even <= 0.05 * half:
        return "utf-16-le"
    if even >= 0.4 * half and odd <= 0.05 * half:
        return "utf-16-be"
    return None


_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _check_text(text: str, path: Path) -> None:
    """Refuse binary data: NUL bytes or many control characters (after decoding)."""
    sample = text[:65536]
    if not sample:
        return
    bad = len(_CONTROL_RE.findall(sample))
    if bad and (bad > 0.05 * len(sample) or sample.count("\x00") > 0.01 * len(sample)):
        raise InputError(f"{NOT_A_LOG} (it holds binary data)", path=path)


def decode_text(raw: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 (with or without BOM), else cp1252 (Swedish Excel).

    Raises :class:`InputError` when the result is not text (binary data)."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = raw.decode("utf-16", errors="replace")
    elif (utf16 := _utf16_without_bom(raw)) is not None:
        text = raw.decode(utf16, errors="replace")
        log.info("%s: UTF-16 without a byte-order mark, read as %s", path, utf16.upper())
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = raw.decode("cp1252")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
            log.info("%s: not UTF-8, read as Windows-1252", path)
    _check_text(text, path)
    return text


def _is_xlsx(raw: bytes) -> bool:
    """A ZIP archive that holds an Excel workbook (a broken ZIP counts: openpyxl says more)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            return any(n.startswith("xl/") for n in zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return True


def _kind(path: Path, raw: bytes) -> str:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = Path(name).suffix
    if raw[:4] == b"PK\x03\x04":
        if not _is_xlsx(raw):
            raise InputError(f"{NOT_A_LOG} (it is a ZIP archive without an Excel workbook)",
                             path=path)
        return "xlsx"
    known = (".xlsx", ".xlsm", ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".txt", "")
    if suffix not in known:
        raise InputError(f"unsupported file type {suffix!r} (use CSV, XLSX, JSON or JSON Lines)",
                         path=path)
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise InputError(f"{NOT_A_LOG} ({what})", path=path)
    if suffix in (".xlsx", ".xlsm"):
        raise InputError("not an XLSX workbook (not a ZIP archive; if it is a CSV export, "
                         "name it .csv)", path=path)
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".json":
        return "json"
    head = raw[:200].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head[:1] == b"[":
        return "json"
    if head[:1] == b"{":
        return "jsonl" if b"\n{" in raw[:100000].replace(b"\r", b"") else "json"
    return "csv"


_DELIMITERS = (";", ",", "\t", "|")
_SEP_RE = re.compile(r'[ \t]*"?sep=([^\r\n"])"?[ \t]*(?:\r\n|\n|\r|\Z)', re.IGNORECASE)


def _sep_line(text: str) -> str | None:
    """The delimiter of Excel's ``sep=;`` first line, if there is one."""
    m = _SEP_RE.match(text[:32])
    return m.group(1) if m else None


def _sniff_delimiter(text: str) -> str:
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


def _is_blank(row: list[object]) -> bool:
    return not row or all(v is None or str(v).strip() == "" for v in row)


def _read_csv(path: Path, text: str) -> _Table:
    delim = _sniff_delimiter(text)
    rows = _csv_rows(csv.reader(_csv_source(path, text), delimiter=delim), path)
    if _sep_line(text) is not None:
        next(rows, None)  # Excel's "sep=;" line
    for pos, first in rows:
        if not _is_blank(first):
            return _Table([str(h).strip() for h in first], rows, pos, "csv", "line",
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
            if not _is_blank(row):
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


def _lines_table(text: str, after: int = 0) -> _Table:
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
        for n, line in enumerate(lines, 1):
            if n <= after or n == 1 and skip_first:
                continue
            line = line.strip()
            if len(line) >= 2 and line[0] == line[-1] == '"':
                line = line[1:-1].replace('""', '"').strip()
            yield n, ([line] if line else [])

    return _Table(["text"], rows(), after, "lines", "line", text_column="text")


def _records_table(records: list[tuple[int, object]], path: Path, kind: str, unit: str,
                   ) -> _Table:
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

    return _Table(headers, rows(), 0, kind, unit)


def _read_json(path: Path, text: str) -> _Table:
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


def _read_jsonl(path: Path, text: str) -> _Table:
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


def _read_xlsx(path: Path, raw: bytes) -> _Table:
    check_xlsx_size(raw, path)
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError("reading XLSX needs openpyxl (pip install openpyxl)", path=path) from None
    try:
        wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types for broken files
        raise InputError(f"not a readable XLSX workbook ({type(exc).__name__})",
                         path=path) from None
    ws = wb.worksheets[0]
    rows = ((n, list(r)) for n, r in enumerate(ws.iter_rows(values_only=True), 1))
    for pos, first in rows:  # first non-empty row is the header
        if not _is_blank(first):
            headers = ["" if c is None else str(c).strip() for c in first]
            return _Table(headers, rows, pos, "xlsx", "row")
    raise InputError("empty workbook (no header row)", path=path)


def _read_any(path: Path, raw: bytes | None = None) -> _Table:
    """``path`` as a table; ``raw``: its bytes when already read (standard input)."""
    raw = read_maybe_gzip(path) if raw is None else gunzip_if_gzip(raw, path=path)
    kind = _kind(path, raw)
    if kind == "xlsx":
        return _read_xlsx(path, raw)
    text = decode_text(raw, path)
    if kind == "csv":
        return _read_csv(path, text)
    if kind == "json":
        return _read_json(path, text)
    return _read_jsonl(path, text)


# --- value parsing -----------------------------------------------------------------------------
_DATE_CACHE: dict[str, dt.date | None] = {}
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y",
                 "%m/%d/%Y", "%d %b %Y", "%b %d %Y", "%d %B %Y")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EXCEL_FIRST, _EXCEL_LAST = dt.date(1990, 1, 1), dt.date(2100, 12, 31)
_SERIAL_RE = re.compile(r"\d{5}(?:[.,]\d+)?")


def _excel_serial(value: float) -> dt.date | None:
    """An Excel serial day number (45292 = 2024-01-01) in 1990–2100, else None."""
    try:
        day = _EXCEL_EPOCH + dt.timedelta(days=int(value))
    except (OverflowError, ValueError):
        return None
    return day if _EXCEL_FIRST <= day <= _EXCEL_LAST else None


def parse_date(value: object) -> dt.date | None:
    """A date from an ISO string, a Swedish/European date, an Excel date (a date cell or an
    unformatted serial number such as 45292) or a timestamp. None when it cannot be read."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and 10000 <= value < 100000:
        return _excel_serial(value)
    text = str(value).strip()
    if not text:
        return None
    cached = _DATE_CACHE.get(text, False)
    if cached is not False:
        return cached  # type: ignore[return-value]
    result: dt.date | None = None
    head = text[:10]
    if _SERIAL_RE.fullmatch(text):
        result = _excel_serial(float(text.replace(",", ".")))
    else:
        try:
            result = dt.date.fromisoformat(head)
        except ValueError:
            try:
                result = dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
            except ValueError:
                for fmt in _DATE_FORMATS:
                    try:
                        result = dt.datetime.strptime(text.split(" ")[0] if "%b" not in fmt
                                                      and "%B" not in fmt else text, fmt).date()
                        break
                    except ValueError:
                        continue
    if len(_DATE_CACHE) < 100000:
        _DATE_CACHE[text] = result
    return result


_TRUE = frozenset({"ja", "j", "yes", "y", "true", "1", "x", "sant", "löst", "lost", "resolved"})
_FALSE = frozenset({"nej", "n", "no", "false", "0", "falskt", "ej", "olöst", "unresolved"})


def parse_bool(value: object) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


_CHANNELS = {
    "telefon": "telefon", "tel": "telefon", "phone": "telefon", "samtal": "telefon",
    "call": "telefon", "sms": "sms", "e-post": "e-post", "epost": "e-post", "mejl": "e-post",
    "mail": "e-post", "email": "e-post", "e-mail": "e-post", "chatt": "chatt", "chat": "chatt",
    "besök": "besök", "besok": "besök", "visit": "besök", "walk-in": "besök",
    "sociala medier": "sociala medier", "social": "sociala medier", "facebook": "sociala medier",
    "instagram": "sociala medier", "twitter": "sociala medier", "webb": "webb", "web": "webb",
    "e-tjänst": "webb", "formulär": "webb", "brev": "brev", "letter": "brev",
}


def normalise_channel(value: object) -> str:
    text = "" if value is None else str(value).strip().lower()
    if not text:
        return "okänd"
    return _CHANNELS.get(text, text)


# --- header row --------------------------------------------------------------------------------
_VALUE_RE = re.compile(r"[\d\s.,:/+\-]+")
_WORD_RE = re.compile(r"\S+")
_SENTENCE_BREAK_RE = re.compile(r"[!?…]\s+\w|\w{4,}\.\s+[^\W\d_]")

#: A header cell is at most this long, in characters and in words.
HEADER_MAX_CHARS = 60
HEADER_MAX_WORDS = 5


def _header_cell(cell: object) -> bool:
    """A cell that could be a column name: short text of few words, not a value (number,
    date, e-mail, five or more digits) and not a sentence (".", "!" or "…" at the end of
    three words or more, a question of five words or more, a sentence break inside)."""
    if not isinstance(cell, str):
        return False
    text = cell.strip()
    if not text or len(text) > HEADER_MAX_CHARS or _VALUE_RE.fullmatch(text):
        return False
    if "@" in text or sum(c.isdigit() for c in text) >= 5:
        return False
    words = len(_WORD_RE.findall(text))
    if words > HEADER_MAX_WORDS or _SENTENCE_BREAK_RE.search(text):
        return False
    if text[-1] in "!…" or text[-1] == "." and words >= 3 or text[-1] == "?" and words >= 5:
        return False
    return True


def _looks_like_header(row: list[object]) -> bool:
    """Every non-empty cell could be a column name (see :func:`_header_cell`): no numbers,
    dates or sentences. A note that happens to contain "ärende" is not a header."""
    cells = [c for c in row if c is not None and str(c).strip()]
    return bool(cells) and all(_header_cell(c) for c in cells)


def _named(columns: dict[str, str | None] | None) -> bool:
    return any(v for v in (columns or {}).values())


def _is_header(cells: list[object], pos: int, table: _Table,
               columns: dict[str, str | None] | None) -> bool:
    """Whether ``cells`` is the header row: it holds the text column and no column named by
    ``columns`` is missing, and either the text column was named, or the row is one short
    cell naming the text (``Fråga``, ``Kundens fråga``), or several header-like cells above
    rows that split into columns like a table. A note is none of these, even when it holds
    an alias such as "ärende" or "fråga"."""
    names = ["" if c is None else str(c).strip() for c in cells]
    mapping, problems = detect_columns(names, columns)
    if mapping["text"] is None or problems:
        return False
    if (columns or {}).get("text"):
        return True
    filled = [c for c in cells if c is not None and str(c).strip()]
    if len(filled) == 1:
        return _header_cell(filled[0]) and len(_WORD_RE.findall(str(filled[0]))) <= 2
    return _looks_like_header(filled) and table.is_table(pos, len(cells))


def _one_column(path: Path, table: _Table) -> _Table:
    """A CSV of one column whose notes hold unquoted delimiters (they would be cut there):
    each line below the header is one note. Other tables are returned as they are."""
    if table.as_lines is None or len(table.headers) != 1:
        return table
    table.is_table()  # reads the field counts
    split = [pos for pos, n in table._counts or [] if pos > table.header_pos and n > 1]
    if not split:
        return table
    log.warning("%s: one column, but notes hold an unquoted %r (first at line %d); each line "
                "below the header read as one note", path, table.delimiter, split[0])
    lines = table.as_lines(table.header_pos)
    lines.headers, lines.text_column = list(table.headers), None
    return lines


def _locate_header(path: Path, table: _Table, columns: dict[str, str | None] | None,
                   ) -> tuple[_Table, int]:
    """The header row: the first row when it is one (:func:`_is_header`), else one within
    the first :data:`HEADER_SEARCH_ROWS` rows (title rows above it). A CSV with neither,
    whose lines do not split into columns like a table, is read one note per line (a .txt
    file, or a file without a header; a single column under an unknown header is read as
    the notes). Returns (table, rows above the header)."""
    if table.kind not in ("csv", "xlsx"):
        return table, 0
    if _is_header(table.headers, table.header_pos, table, columns):
        return _one_column(path, table), 0
    buffer: list[tuple[int, list[object]]] = []
    for pos, row in table.rows:
        buffer.append((pos, row))
        if _is_header(row, pos, table, columns):
            cells = ["" if c is None else str(c).strip() for c in row]
            above = 1 + sum(1 for _, r in buffer[:-1] if not _is_blank(r))
            log.warning("%s: the header is on %s %d; %d row(s) above it skipped", path,
                        table.unit, pos, above)
            return _Table(cells, table.rows, pos, table.kind, table.unit), above
        if len(buffer) >= HEADER_SEARCH_ROWS - 1:
            break
    table.rows = itertools.chain(buffer, table.rows)
    if table.as_lines is None or _named(columns) or table.is_table():
        return table, 0  # the error names its headers when none is the text
    cells = [h for h in table.headers if h]
    header_like = _looks_like_header(cells)
    if len(cells) >= 2 and header_like and (table.suffix != ".txt" or table.delimiter != ","):
        return table, 0  # a ragged table under a header (commas split notes in a .txt)
    if len(cells) == 1 and header_like and table.suffix != ".txt":
        log.warning("%s: one column, %s, read as the notes (each line below the header one "
                    "note)", path, _short(cells[0]))
        lines = table.as_lines(table.header_pos)
        lines.headers, lines.text_column = list(cells), cells[0]
        return lines, 0
    log.warning("%s: no header row; each line read as one note", path)
    return table.as_lines(0), 0


# --- the public reader -------------------------------------------------------------------------
def read_table(path: Path) -> tuple[list[str], Iterator[list[object]], int]:
    """(headers, row iterator, line/row number of the first data row) for any supported file.

    The header is the first non-empty row (after Excel's ``sep=`` line)."""
    table = _read_any(Path(path))
    return table.headers, (row for _, row in table.rows), table.header_pos + 1


def _file_key(path: Path) -> object:
    """What identifies a file: device and inode when it exists (symlinks, hard links,
    ``./a.csv`` and ``a.csv`` are one file), else the resolved path."""
    try:
        st = os.stat(path)
        return (st.st_dev, st.st_ino)
    except OSError:
        return Path(os.path.abspath(path))


def _short(value: object, limit: int = SHOWN_CHARS) -> str:
    """A value from a log, quoted, as a message shows it (see :func:`shown`)."""
    return repr(shown(value, limit))


def read_logs(paths: list[Path] | tuple[Path, ...], *,
              columns: dict[str, str | None] | None = None,
              since: dt.date | None = None, until: dt.date | None = None,
              progress=None) -> ContactLog:  # noqa: ANN001 - Progress protocol
    """Read every log into one :class:`ContactLog` (rows keep their 1-based global number).

    A file given more than once (also as ``./a.csv``, through a symlink) is read once;
    ``-`` is standard input (named ``<stdin>`` in messages). Raises :class:`InputError`
    when no row is usable."""
    out = ContactLog()
    if not paths:
        raise InputError("no contact log given")
    seen: dict[object, Path] = {}
    row_no = 0
    for path in paths:
        is_stdin = str(path) == STDIN
        path = Path(STDIN_NAME) if is_stdin else Path(path)
        key = STDIN if is_stdin else _file_key(path)
        if key in seen:
            log.warning("%s: the same file as %s; read once (duplicate ignored)", path,
                        seen[key])
            continue
        seen[key] = path
        raw = _stdin_bytes() if is_stdin else None
        row_no = _read_one(path, out, row_no, columns, since, until, raw=raw)
        if progress is not None:
            progress.advance(1, info=path.name)
    names = ", ".join(str(p) for p in seen.values())
    if not out.texts and out.filtered:
        span = f"{since or '…'} – {until or '…'}"
        raise InputError(f"no contacts in the date range {span} ({out.filtered} row(s) outside "
                         f"it or without a date, {out.skipped} skipped)", path=names)
    if not out.texts:
        hint = ""
        text_columns = {m["text"] for m in out.columns.values()}
        if out.skip_reasons.get("no text") and len(text_columns) == 1:
            (column,) = text_columns
            hint = (f"; the text column {_short(column)} holds no text: name another with "
                    "--text-column")
        raise InputError(f"no usable rows ({out.skipped} skipped: "
                         f"{describe_skips(out.skip_reasons)}){hint}", path=names)
    return out


def _no_text_column(headers: list[str], mapping: dict[str, str | None],
                    columns: dict[str, str | None] | None) -> str:
    """Why no free-text column was found, as the error says it."""
    taken = text_taken_by(headers, columns)
    if taken is not None:
        header, field = taken
        return (f"the column {_short(header)} is already used as the {field} column, and no "
                "other free-text column was found; name one with --text-column")
    return (f"no free-text column found (headers found: {_shown_list(headers)}); name it with "
            "--text-column or [contacts] text = \"...\" in podcast.toml")


def _column_index(path: Path, headers: list[str], mapping: dict[str, str | None],
                  ) -> dict[str, int | None]:
    """Field → column position. Two columns with the same name (after folding): the first
    is read and a warning names the duplicate(s)."""
    positions: dict[str, list[int]] = {}
    for i, h in enumerate(headers):
        if h is not None and str(h).strip():
            positions.setdefault(fold_header(h), []).append(i)
    idx: dict[str, int | None] = {}
    for f in FIELDS:
        header = mapping[f]
        if header is None:
            idx[f] = None
            continue
        where = positions[fold_header(header)]
        idx[f] = where[0]
        if len(where) > 1:
            cols = ", ".join(str(i + 1) for i in where)
            log.warning("%s: %d columns are named %s (columns %s); column %d is read as the %s "
                        "column and the other%s ignored", path, len(where), _short(header),
                        cols, where[0] + 1, f, " is" if len(where) == 2 else "s are")
    return idx


def _read_one(path: Path, out: ContactLog, row_no: int,
              columns: dict[str, str | None] | None, since: dt.date | None,
              until: dt.date | None, raw: bytes | None = None) -> int:
    table, above = _locate_header(path, _read_any(path, raw), columns)
    headers = table.headers
    if table.text_column is not None:
        mapping, problems = dict.fromkeys(FIELDS), []
        mapping["text"] = table.text_column
    else:
        mapping, problems = detect_columns(headers, columns)
    if problems:
        raise InputError("; ".join(problems) + f" (headers found: {_shown_list(headers)})",
                         path=path)
    if mapping["text"] is None:
        raise InputError(_no_text_column(headers, mapping, columns), path=path)
    out.columns[str(path)] = mapping
    for _ in range(above):
        out.total_rows += 1
        out.skip("above the header row")
    idx = _column_index(path, headers, mapping)
    ti, di, ci, ki, ri = idx["text"], idx["date"], idx["channel"], idx["category"], \
        idx["resolved"]
    width = len(headers)
    check_width = table.kind == "csv"
    more = fewer = bad_dates = file_rows = cut = 0
    first_cut: tuple[int, int] | None = None
    first_more: tuple[int, int] | None = None
    first_fewer: tuple[int, int] | None = None
    first_bad: tuple[int, object] | None = None
    for pos, raw_row in table.rows:
        row_no += 1
        file_rows += 1
        out.total_rows += 1
        if _is_blank(raw_row):
            out.skip("empty row")
            continue
        n = len(raw_row)
        if n != width and check_width:
            if n < width:
                fewer += 1
                first_fewer = first_fewer or (pos, n)
            elif any(str(v).strip() for v in raw_row[width:]):
                more += 1
                first_more = first_more or (pos, n)
        if n < width:
            raw_row = list(raw_row) + [None] * (width - n)
        text = raw_row[ti]
        text = "" if text is None else str(text).strip()
        if len(text) > MAX_NOTE_CHARS:
            cut += 1
            first_cut = first_cut or (pos, len(text))
            text = cut_text(text, MAX_NOTE_CHARS)
        for i in (di, ci, ki, ri):
            if i is not None and isinstance(raw_row[i], str) and len(raw_row[i]) > MAX_CELL_CHARS:
                raw_row[i] = raw_row[i][:MAX_CELL_CHARS]
        if not text or not _LETTERS_RE.search(text):
            out.skip("no text")
            continue
        date = None
        if di is not None:
            value = raw_row[di]
            date = parse_date(value)
            if date is None and value is not None and str(value).strip():
                bad_dates += 1
                first_bad = first_bad or (pos, value)
        if since or until:
            if date is None:
                out.filter(UNDATED)
                continue
            if since and date < since or until and date > until:
                out.filter(OUTSIDE_RANGE)
                continue
        out.rows.append(row_no)
        out.texts.append(text)
        out.dates.append(date)
        out.channels.append(normalise_channel(raw_row[ci]) if ci is not None else "okänd")
        cat = raw_row[ki] if ki is not None else None
        out.categories.append("" if cat is None else sys.intern(str(cat).strip()))
        out.resolved.append(parse_bool(raw_row[ri]) if ri is not None else None)
    unit = table.unit
    if more and first_more:
        log.warning("%s: %d row(s) with more fields than the %d headers (first at %s %d: %d "
                    "fields); the extra fields were ignored", path, more, width, unit,
                    first_more[0], first_more[1])
    if fewer and first_fewer:
        log.warning("%s: %d row(s) with fewer fields than the %d headers (first at %s %d: %d "
                    "fields); the missing fields were read as empty", path, fewer, width, unit,
                    first_fewer[0], first_fewer[1])
    out.ragged += more + fewer
    if cut and first_cut:
        log.warning("%s: %d note(s) longer than %s characters were cut to that length (first "
                    "at %s %d: %s characters)", path, cut, f"{MAX_NOTE_CHARS:,}", unit,
                    first_cut[0], f"{first_cut[1]:,}")
    out.cut += cut
    if bad_dates and first_bad:
        log.warning("%s: %d row(s) with a date that could not be read (first at %s %d: %s)",
                    path, bad_dates, unit, first_bad[0], _short(first_bad[1]))
    out.bad_dates += bad_dates
    log.info("%s: %d rows read, columns %s", path, file_rows,
             {f: None if h is None else shown(h) for f, h in mapping.items()})
    return row_no
