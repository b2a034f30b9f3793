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

import datetime as dt
import logging
import os
import re
import sys
from array import array
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from podcast.contactlog.columns import FIELDS, detect_columns, fold_header, text_taken_by
from podcast.contactlog.decode import STDIN, STDIN_NAME, stdin_bytes
from podcast.contactlog.header import locate_header
from podcast.contactlog.tables import is_blank, read_any
from podcast.contactlog.values import (
    MAX_CELL_CHARS,
    MAX_NOTE_CHARS,
    cut_text,
    normalise_channel,
    parse_bool,
    parse_date,
    quoted,
    shown,
    shown_list,
)
from podcast.errors import InputError

log = logging.getLogger(__name__)

_LETTERS_RE = re.compile(r"[^\W\d_]{2,}")

#: Reasons a row is left out by ``--since``/``--until`` (counted in ``filtered``, not
#: ``skipped``: the row itself is fine).
OUTSIDE_RANGE = "outside the date range"
UNDATED = "no date (--since/--until)"
FILTER_REASONS = (OUTSIDE_RANGE, UNDATED)


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


#: Skip reasons (:attr:`ContactLog.skip_reasons`) in words, for messages.
_REASON_WORDS = {"empty row": "empty", "no text": "without text",
                 "above the header row": "above the header row",
                 OUTSIDE_RANGE: "outside the date range", UNDATED: "without a date"}


def describe_skips(reasons: Mapping[str, int]) -> str:
    """``{'no text': 10, 'empty row': 2}`` → ``'10 without text, 2 empty'`` (largest first)."""
    parts = [f"{n} {_REASON_WORDS.get(reason, reason)}"
             for reason, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])) if n]
    return ", ".join(parts) or "none"


def _file_key(path: Path) -> object:
    """What identifies a file: device and inode when it exists (symlinks, hard links,
    ``./a.csv`` and ``a.csv`` are one file), else the resolved path."""
    try:
        st = os.stat(path)
        return (st.st_dev, st.st_ino)
    except OSError:
        return Path(os.path.abspath(path))


def read_logs(paths: list[Path] | tuple[Path, ...], *,
              columns: dict[str, str | None] | None = None,
              since: dt.date | None = None, until: dt.date | None = None,
              progress=None) -> ContactLog:  # Progress protocol
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
        raw = stdin_bytes() if is_stdin else None
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
            hint = (f"; the text column {quoted(column)} holds no text: name another with "
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
        return (f"the column {quoted(header)} is already used as the {field} column, and no "
                "other free-text column was found; name one with --text-column")
    return (f"no free-text column found (headers found: {shown_list(headers)}); name it with "
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
                        "column and the other%s ignored", path, len(where), quoted(header),
                        cols, where[0] + 1, f, " is" if len(where) == 2 else "s are")
    return idx


def _read_one(path: Path, out: ContactLog, row_no: int,
              columns: dict[str, str | None] | None, since: dt.date | None,
              until: dt.date | None, raw: bytes | None = None) -> int:
    table, above = locate_header(path, read_any(path, raw), columns)
    headers = table.headers
    if table.text_column is not None:
        mapping, problems = dict.fromkeys(FIELDS), []
        mapping["text"] = table.text_column
    else:
        mapping, problems = detect_columns(headers, columns)
    if problems:
        raise InputError("; ".join(problems) + f" (headers found: {shown_list(headers)})",
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
        if is_blank(raw_row):
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
                    path, bad_dates, unit, first_bad[0], quoted(first_bad[1]))
    out.bad_dates += bad_dates
    log.info("%s: %d rows read, columns %s", path, file_rows,
             {f: None if h is None else shown(h) for f, h in mapping.items()})
    return row_no
