"""``redact_log``: a copy of a contact log with personal data replaced, columns kept.

Every text cell is redacted except the columns recognised as date, channel, category,
resolution or id (numbers there are not personal data). The copy keeps the input's format:
CSV (same delimiter, UTF-8 with BOM so Excel opens it), XLSX, JSON or JSON Lines; a ``.gz``
output name compresses it. The output is written atomically.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from podcast.errors import InputError
from podcast.progress import Progress, ensure
from podcast.themes.columns import detect_columns
from podcast.themes.readers import _kind, _open_bytes, _sniff_delimiter, decode_text, read_table
from podcast.themes.redact import redact
from podcast.themes.report import atomic_write


@dataclass
class RedactResult:
    rows: int = 0
    cells: int = 0
    found: Counter = field(default_factory=Counter)
    columns: list[str] = field(default_factory=list)
    output: Path | None = None


def _keep_columns(headers: list[str], columns: dict[str, str | None] | None) -> set[str]:
    mapping, _ = detect_columns(headers, columns)
    return {v for k, v in mapping.items() if k != "text" and v is not None}


def _redact_value(value: object, result: RedactResult) -> object:
    if not isinstance(value, str) or not value:
        return value
    red = redact(value)
    if red.spans:
        result.cells += 1
        result.found.update(s.type for s in red.spans)
    return red.text


def redact_log(path: Path, output: Path, *, columns: dict[str, str | None] | None = None,
               progress: Progress | None = None) -> RedactResult:
    path, output = Path(path), Path(output)
    if path.resolve() == output.resolve():
        raise InputError("the output must not overwrite the input", path=output)
    progress = ensure(progress)
    raw = _open_bytes(path)
    kind = _kind(path, raw)
    result = RedactResult(output=output)
    headers, rows, _ = read_table(path)
    keep = _keep_columns(headers, columns)
    result.columns = [h for h in headers if h not in keep]
    in_rows = list(rows)
    progress.start(len(in_rows), "Redacting")
    out_rows: list[list[object]] = []
    for n, row in enumerate(in_rows, 1):
        result.rows += 1
        out_rows.append([v if (i < len(headers) and headers[i] in keep)
                         else _redact_value(v, result) for i, v in enumerate(row)])
        if n % 1000 == 0:
            progress.advance(1000)
    progress.finish()

    if kind == "csv":
        text = decode_text(raw, path)
        delim = _sniff_delimiter(text)
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
        writer.writerow(headers)
        writer.writerows(out_rows)
        data = ("\ufeff" + buf.getvalue()).encode("utf-8")
    elif kind in ("json", "jsonl"):
        records = [{h: r[i] if i < len(r) else None for i, h in enumerate(headers)}
                   for r in out_rows]
        if kind == "json":
            data = (json.dumps(records, ensure_ascii=False, indent=1, default=str) + "\n") \
                .encode("utf-8")
        else:
            data = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n"
                           for r in records).encode("utf-8")
    else:
        import openpyxl

        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(headers)
        for r in out_rows:
            ws.append(r)
        buf_b = io.BytesIO()
        wb.save(buf_b)
        data = buf_b.getvalue()
    if output.name.lower().endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    atomic_write(output, data)
    return result
