"""Read contact logs: CSV (comma/semicolon/tab; UTF-8, UTF-8 BOM, UTF-16 with or without BOM,
cp1252), XLSX, JSON, JSON Lines, optionally gzip-compressed, several files at once, into one
column-oriented :class:`ContactLog`.

Rows without usable text (empty, only digits/punctuation) are skipped and counted, never fatal;
rows outside ``--since``/``--until`` are counted separately (``filtered``). A missing text
column, a file that is not text at all, or a CSV that cannot be parsed is an
:class:`~podcast.errors.InputError` naming the file (and the line where there is one).
What is tolerated but changes how a file is read is said once per file as a log warning:
unreadable dates, ragged CSV rows, title rows above the header, JSON Lines lines that are
not objects, the same file given twice.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
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
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from podcast.errors import InputError
from podcast.themes.columns import FIELDS, detect_columns

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


# --- low-level readers -------------------------------------------------------------------------
def _open_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("file not found", path=path) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=path) from None
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise InputError(f"broken gzip file ({exc})", path=path) from None
    return raw


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
            return _Table([str(h).strip() for h in first], rows, pos, "csv", "line")
    raise InputError("empty file (no header line)", path=path)


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


def _read_xlsx(path: Path, raw: bytes) -> _Table:
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


def _read_any(path: Path) -> _Table:
    raw = _open_bytes(path)
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


def _looks_like_header(row: list[object]) -> bool:
    """Short text cells only (no numbers, dates or sentences): could be a header row."""
    cells = [c for c in row if c is not None and str(c).strip()]
    if not cells:
        return False
    for c in cells:
        if not isinstance(c, str) or len(c.strip()) > 60 or _VALUE_RE.fullmatch(c.strip()):
            return False
    return True


def _locate_header(path: Path, table: _Table, columns: dict[str, str | None] | None,
                   ) -> tuple[_Table, int]:
    """When the first row has no text column, look for the header row within the first
    :data:`HEADER_SEARCH_ROWS` rows (title rows above it). Returns (table, rows above it)."""
    mapping, problems = detect_columns(table.headers, columns)
    if mapping["text"] is not None and not problems or table.kind not in ("csv", "xlsx"):
        return table, 0
    buffer: list[tuple[int, list[object]]] = []
    for pos, row in table.rows:
        buffer.append((pos, row))
        if _looks_like_header(row):
            cells = ["" if c is None else str(c).strip() for c in row]
            found, problems = detect_columns(cells, columns)
            if found["text"] is not None and not problems:
                above = 1 + sum(1 for _, r in buffer[:-1] if not _is_blank(r))
                log.warning("%s: the header is on %s %d; %d row(s) above it skipped", path,
                            table.unit, pos, above)
                return _Table(cells, table.rows, pos, table.kind, table.unit), above
        if len(buffer) >= HEADER_SEARCH_ROWS - 1:
            break
    table.rows = itertools.chain(buffer, table.rows)
    return table, 0


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


def _short(value: object, limit: int = 40) -> str:
    text = str(value).strip()
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def read_logs(paths: list[Path] | tuple[Path, ...], *,
              columns: dict[str, str | None] | None = None,
              since: dt.date | None = None, until: dt.date | None = None,
              progress=None) -> ContactLog:  # noqa: ANN001 - Progress protocol
    """Read every log into one :class:`ContactLog` (rows keep their 1-based global number).

    A file given more than once (also as ``./a.csv``, through a symlink) is read once."""
    out = ContactLog()
    if not paths:
        raise InputError("no contact log given")
    seen: dict[object, Path] = {}
    row_no = 0
    for path in paths:
        path = Path(path)
        key = _file_key(path)
        if key in seen:
            log.warning("%s: the same file as %s; read once (duplicate ignored)", path,
                        seen[key])
            continue
        seen[key] = path
        row_no = _read_one(path, out, row_no, columns, since, until)
        if progress is not None:
            progress.advance(1, info=path.name)
    if not out.texts and out.filtered:
        span = f"{since or '…'} – {until or '…'}"
        raise InputError(f"no contacts in the date range {span} ({out.filtered} row(s) outside "
                         f"it or without a date, {out.skipped} skipped)",
                         path=", ".join(str(p) for p in seen.values()))
    return out


def _read_one(path: Path, out: ContactLog, row_no: int,
              columns: dict[str, str | None] | None, since: dt.date | None,
              until: dt.date | None) -> int:
    table, above = _locate_header(path, _read_any(path), columns)
    headers = table.headers
    mapping, problems = detect_columns(headers, columns)
    if problems:
        raise InputError("; ".join(problems) + f" (headers found: {', '.join(headers)})",
                         path=path)
    if mapping["text"] is None:
        shown = ", ".join(h for h in headers if h) or "none"
        raise InputError(
            f"no free-text column found (headers found: {shown}); name it with --text-column "
            "or [contacts] text = \"...\" in podcast.toml", path=path)
    out.columns[str(path)] = mapping
    for _ in range(above):
        out.total_rows += 1
        out.skip("above the header row")
    index = {h: i for i, h in enumerate(headers)}
    idx = {f: (index[mapping[f]] if mapping[f] is not None else None) for f in FIELDS}
    ti, di, ci, ki, ri = idx["text"], idx["date"], idx["channel"], idx["category"], \
        idx["resolved"]
    width = len(headers)
    check_width = table.kind == "csv"
    more = fewer = bad_dates = file_rows = 0
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
    if bad_dates and first_bad:
        log.warning("%s: %d row(s) with a date that could not be read (first at %s %d: %s)",
                    path, bad_dates, unit, first_bad[0], _short(first_bad[1]))
    out.bad_dates += bad_dates
    log.info("%s: %d rows read, columns %s", path, file_rows, mapping)
    return row_no
