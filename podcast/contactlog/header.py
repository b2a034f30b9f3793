"""Where a contact log's header row is: the first row, or one below title rows, or none (a
text file of notes, one per line). Column names are matched by :mod:`.columns`.
"""

from __future__ import annotations

import itertools
import logging
import re
from pathlib import Path

from podcast.contactlog.columns import detect_columns
from podcast.contactlog.tables import Table, is_blank
from podcast.contactlog.values import quoted

log = logging.getLogger(__name__)

#: The header row is looked for within this many rows at the top of a file.
HEADER_SEARCH_ROWS = 10

_VALUE_RE = re.compile(r"[\d\s.,:/+\-]+")

_WORD_RE = re.compile(r"\S+")

_SENTENCE_BREAK_RE = re.compile(r"[!?…]\s+\w|\w{4,}\.\s+[^\W\d_]")

#: A header cell is at most this long, in characters and in words.
HEADER_MAX_CHARS = 60

HEADER_MAX_WORDS = 5


def header_cell(cell: object) -> bool:
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


def looks_like_header(row: list[object]) -> bool:
    """Every non-empty cell could be a column name (see :func:`header_cell`): no numbers,
    dates or sentences. A note that happens to contain "ärende" is not a header."""
    cells = [c for c in row if c is not None and str(c).strip()]
    return bool(cells) and all(header_cell(c) for c in cells)


def _named(columns: dict[str, str | None] | None) -> bool:
    return any(v for v in (columns or {}).values())


def _is_header(cells: list[object], pos: int, table: Table,
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
        return header_cell(filled[0]) and len(_WORD_RE.findall(str(filled[0]))) <= 2
    return looks_like_header(filled) and table.is_table(pos, len(cells))


def _one_column(path: Path, table: Table) -> Table:
    """A CSV of one column whose notes hold unquoted delimiters (they would be cut there):
    each line below the header is one note. Other tables are returned as they are."""
    if table.as_lines is None or len(table.headers) != 1:
        return table
    split = [pos for pos, n in table.record_widths() if pos > table.header_pos and n > 1]
    if not split:
        return table
    log.warning("%s: one column, but notes hold an unquoted %r (first at line %d); each line "
                "below the header read as one note", path, table.delimiter, split[0])
    lines = table.as_lines(table.header_pos)
    lines.headers, lines.text_column = list(table.headers), None
    return lines


def locate_header(path: Path, table: Table, columns: dict[str, str | None] | None,
                   ) -> tuple[Table, int]:
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
            above = 1 + sum(1 for _, r in buffer[:-1] if not is_blank(r))
            log.warning("%s: the header is on %s %d; %d row(s) above it skipped", path,
                        table.unit, pos, above)
            return Table(cells, table.rows, pos, table.kind, table.unit), above
        if len(buffer) >= HEADER_SEARCH_ROWS - 1:
            break
    table.rows = itertools.chain(buffer, table.rows)
    if table.as_lines is None or _named(columns) or table.is_table():
        return table, 0  # the error names its headers when none is the text
    cells = [h for h in table.headers if h]
    header_like = looks_like_header(cells)
    if len(cells) >= 2 and header_like and (table.suffix != ".txt" or table.delimiter != ","):
        return table, 0  # a ragged table under a header (commas split notes in a .txt)
    if len(cells) == 1 and header_like and table.suffix != ".txt":
        log.warning("%s: one column, %s, read as the notes (each line below the header one "
                    "note)", path, quoted(cells[0]))
        lines = table.as_lines(table.header_pos)
        lines.headers, lines.text_column = list(cells), cells[0]
        return lines, 0
    log.warning("%s: no header row; each line read as one note", path)
    return table.as_lines(0), 0
