"""Read contact logs: CSV (comma/semicolon/tab; UTF-8, UTF-8 BOM, cp1252), XLSX, JSON, JSON Lines,
optionally gzip-compressed, several files at once, into one column-oriented :class:`ContactLog`.

Rows without usable text (empty, only digits/punctuation) are skipped and counted, never fatal.
A missing text column is an :class:`~podcast.errors.InputError` that lists the headers found.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import logging
import re
import sys
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


@dataclass
class ContactLog:
    """Rows of one or more logs, column by column (cheap for a million rows)."""

    rows: array = field(default_factory=lambda: array("q"))  # 1-based data row, all inputs
    texts: list[str] = field(default_factory=list)
    dates: list[dt.date | None] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    resolved: list[bool | None] = field(default_factory=list)
    skipped: int = 0
    skip_reasons: Counter = field(default_factory=Counter)
    total_rows: int = 0
    columns: dict[str, dict[str, str | None]] = field(default_factory=dict)  # per file

    def __len__(self) -> int:
        return len(self.texts)

    def skip(self, reason: str) -> None:
        self.skipped += 1
        self.skip_reasons[reason] += 1


# --- low-level readers -------------------------------------------------------------------------
def _open_bytes(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("file not found", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path=path) from None
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise InputError(f"broken gzip file ({exc})", path=path) from None
    return raw


def decode_text(raw: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 (Swedish Excel)."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    log.info("%s: not UTF-8, read as Windows-1252", path)
    return text


def _kind(path: Path, raw: bytes) -> str:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    suffix = Path(name).suffix
    if raw[:4] == b"PK\x03\x04" or suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".json":
        return "json"
    if suffix in (".csv", ".tsv", ".txt", ""):
        head = raw[:200].lstrip(b"\xef\xbb\xbf \t\r\n")
        if head[:1] == b"[":
            return "json"
        if head[:1] == b"{":
            return "jsonl" if b"\n{" in raw[:100000].replace(b"\r", b"") else "json"
        return "csv"
    raise InputError(f"unsupported file type {suffix!r} (use CSV, XLSX, JSON or JSON Lines)",
                     path=path)


def _sniff_delimiter(text: str) -> str:
    lines = [ln for ln in text[:20000].splitlines()[:20] if ln.strip()]
    if not lines:
        return ","
    best, best_score = ",", -1.0
    for delim in (";", ",", "\t", "|"):
        counts = [ln.count(delim) for ln in lines[:1]]
        header = counts[0]
        if header == 0:
            continue
        score = header + (1 if all(ln.count(delim) >= header for ln in lines[1:5]) else 0)
        if score > best_score:
            best, best_score = delim, score
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


def _read_csv(path: Path, text: str) -> tuple[list[str], Iterator[list[str]], int]:
    delim = _sniff_delimiter(text)
    reader = csv.reader(_lines(text), delimiter=delim)
    try:
        headers = next(reader)
    except StopIteration:
        raise InputError("empty file (no header line)", path=path) from None
    return [h.strip() for h in headers], reader, 2


def _records_to_table(records: list, path: Path) -> tuple[list[str], Iterator[list[object]]]:
    headers: list[str] = []
    seen: set[str] = set()
    for i, rec in enumerate(records[:1000]):
        if not isinstance(rec, dict):
            raise InputError("expected objects with named fields", path=path, where=f"item {i + 1}")
        for k in rec:
            if k not in seen:
                seen.add(k)
                headers.append(str(k))

    def rows() -> Iterator[list[object]]:
        for rec in records:
            if not isinstance(rec, dict):
                yield []
                continue
            yield [rec.get(h) for h in headers]

    return headers, rows()


def _read_json(path: Path, text: str) -> tuple[list[str], Iterator[list[object]], int]:
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
    headers, rows = _records_to_table(data, path)
    return headers, rows, 1


def _read_jsonl(path: Path, text: str) -> tuple[list[str], Iterator, int]:
    records: list = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            log.warning("%s: line %d: not JSON, skipped", path, n)
            records.append(None)
            continue
        records.append(rec if isinstance(rec, dict) else None)
    good = [r for r in records if r is not None]
    headers, _ = _records_to_table(good, path)

    def rows() -> Iterator[list[object]]:
        for rec in records:
            yield [] if rec is None else [rec.get(h) for h in headers]

    return headers, rows(), 1


def _read_xlsx(path: Path, raw: bytes) -> tuple[list[str], Iterator[list[object]], int]:
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
    it = ws.iter_rows(values_only=True)
    headers: list[str] = []
    for first in it:  # first non-empty row is the header
        if any(c is not None and str(c).strip() for c in first):
            headers = ["" if c is None else str(c).strip() for c in first]
            break
    if not headers:
        raise InputError("empty workbook (no header row)", path=path)
    return headers, (list(r) for r in it), 2


# --- value parsing -----------------------------------------------------------------------------
_DATE_CACHE: dict[str, dt.date | None] = {}
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y",
                 "%m/%d/%Y", "%d %b %Y", "%b %d %Y", "%d %B %Y")


def parse_date(value: object) -> dt.date | None:
    """A date from an ISO string, a Swedish/European date, an Excel date or a timestamp."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    cached = _DATE_CACHE.get(text, False)
    if cached is not False:
        return cached  # type: ignore[return-value]
    result: dt.date | None = None
    head = text[:10]
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


# --- the public reader -------------------------------------------------------------------------
def read_table(path: Path) -> tuple[list[str], Iterator[list[object]], int]:
    """(headers, row iterator, line number of the first data row) for any supported file."""
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


def read_logs(paths: list[Path] | tuple[Path, ...], *,
              columns: dict[str, str | None] | None = None,
              since: dt.date | None = None, until: dt.date | None = None,
              progress=None) -> ContactLog:  # noqa: ANN001 - Progress protocol
    """Read every log into one :class:`ContactLog` (rows keep their 1-based global number)."""
    out = ContactLog()
    row_no = 0
    if not paths:
        raise InputError("no contact log given")
    for path in paths:
        path = Path(path)
        headers, rows, first_line = read_table(path)
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
        index = {h: i for i, h in enumerate(headers)}
        idx = {f: (index[mapping[f]] if mapping[f] is not None else None) for f in FIELDS}
        ti, di, ci, ki, ri = idx["text"], idx["date"], idx["channel"], idx["category"], \
            idx["resolved"]
        width = len(headers)
        for raw_row in rows:
            row_no += 1
            out.total_rows += 1
            if not raw_row or all(v is None or str(v).strip() == "" for v in raw_row):
                out.skip("empty row")
                continue
            if len(raw_row) < width:
                raw_row = list(raw_row) + [None] * (width - len(raw_row))
            text = raw_row[ti]
            text = "" if text is None else str(text).strip()
            if not text or not _LETTERS_RE.search(text):
                out.skip("no text")
                continue
            date = parse_date(raw_row[di]) if di is not None else None
            if (since or until) and date is None:
                out.skip("no date")
                continue
            if since and date < since or until and date > until:  # type: ignore[operator]
                out.skip("outside --since/--until")
                continue
            out.rows.append(row_no)
            out.texts.append(text)
            out.dates.append(date)
            out.channels.append(normalise_channel(raw_row[ci]) if ci is not None else "okänd")
            cat = raw_row[ki] if ki is not None else None
            out.categories.append("" if cat is None else sys.intern(str(cat).strip()))
            out.resolved.append(parse_bool(raw_row[ri]) if ri is not None else None)
        log.info("%s: %d rows read, columns %s", path, row_no, mapping)
        if progress is not None:
            progress.advance(1, info=path.name)
    return out
