"""Contact logs as bytes and text: standard input, the file's kind (CSV, XLSX, JSON, JSON
Lines, or something else renamed by mistake) and its encoding (UTF-8 with or without BOM,
UTF-16 with or without BOM, else Windows-1252). gzip is undone before (:mod:`podcast.fsutil`).
"""

from __future__ import annotations

import io
import logging
import re
import sys
import zipfile
from pathlib import Path

from podcast.errors import InputError

log = logging.getLogger(__name__)

NOT_A_LOG = "not a text, CSV, JSON or XLSX file"

#: The file name that means standard input, and how messages name it.
STDIN = "-"
STDIN_NAME = "<stdin>"

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


def stdin_bytes() -> bytes:
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


def utf16_without_bom(raw: bytes) -> str | None:
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


def check_text(text: str, path: Path) -> None:
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
    elif (utf16 := utf16_without_bom(raw)) is not None:
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
    check_text(text, path)
    return text


def _is_xlsx(raw: bytes) -> bool:
    """A ZIP archive that holds an Excel workbook (a broken ZIP counts: openpyxl says more)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            return any(n.startswith("xl/") for n in zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return True


def file_kind(path: Path, raw: bytes) -> str:
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
