"""Reading contact logs: CSV, XLSX, JSON and JSON Lines, in any encoding a municipality's
systems write, gzip-compressed or not, into one column-oriented :class:`ContactLog`.

The package is split by job; this module is its public API (``podcast themes`` and
``podcast redact`` use nothing else):

- :mod:`.decode`: standard input, the file's kind, bytes → text (encodings, binary data);
- :mod:`.tables`: the file as a :class:`Table` of rows (CSV dialects, JSON, JSON Lines, XLSX);
- :mod:`.header`: where the header row is (title rows above it, files without one);
- :mod:`.columns`: which column holds the text, date, channel, category, resolved flag;
- :mod:`.values`: dates, yes/no, channels; values as messages may show them;
- :mod:`.read`: :func:`read_logs` and :class:`ContactLog`, the rows of several files at once.
"""

from podcast.contactlog.columns import FIELDS, detect_columns, fold_header
from podcast.contactlog.decode import (
    NOT_A_LOG,
    STDIN,
    STDIN_NAME,
    decode_text,
    file_kind,
    utf16_without_bom,
)
from podcast.contactlog.header import locate_header
from podcast.contactlog.read import (
    FILTER_REASONS,
    OUTSIDE_RANGE,
    UNDATED,
    ContactLog,
    describe_skips,
    read_logs,
)
from podcast.contactlog.tables import (
    MAX_XLSX_TEXT_BYTES,
    MAX_XLSX_UNPACKED,
    Table,
    check_xlsx_size,
    read_any,
    read_table,
    sniff_delimiter,
)
from podcast.contactlog.values import (
    MAX_CELL_CHARS,
    MAX_NOTE_CHARS,
    cut_text,
    normalise_channel,
    parse_bool,
    parse_date,
    shown,
)

__all__ = [
    "FIELDS", "FILTER_REASONS", "MAX_CELL_CHARS", "MAX_NOTE_CHARS", "MAX_XLSX_TEXT_BYTES",
    "MAX_XLSX_UNPACKED", "NOT_A_LOG", "OUTSIDE_RANGE", "STDIN", "STDIN_NAME", "UNDATED",
    "ContactLog", "Table", "check_xlsx_size", "cut_text", "decode_text", "describe_skips",
    "detect_columns", "file_kind", "fold_header", "locate_header", "normalise_channel",
    "parse_bool", "parse_date", "read_any", "read_logs", "read_table", "shown",
    "sniff_delimiter", "utf16_without_bom",
]
