"""Cells bound for a spreadsheet program, made safe to open.

Excel, LibreOffice and Google Sheets run a CSV cell that starts with ``=``, ``+``, ``-`` or
``@`` (also after a tab or carriage return) as a formula, which can fetch URLs or start
programs ("CSV injection", OWASP). Every CSV this tool writes for people passes its cells
through :func:`csv_cell`: such text gets a leading ``'``, which the programs show as text.
Numbers (``-12``, ``+3,5``, ``1e5``) stay numbers. In an XLSX file a text cell is stored as
text (:func:`keep_as_text`), so it never becomes a formula and needs no prefix.
"""

from __future__ import annotations

import re

#: First characters that make a spreadsheet program read a cell as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

_NUMBER_RE = re.compile(r"[+-]?(?:\d[\d\s\u00a0]*(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?%?")


def is_number_text(text: str) -> bool:
    """``-12``, ``+3,5``, ``1 000``, ``-0.25e3``, ``12%``: text a spreadsheet reads as a number."""
    return bool(_NUMBER_RE.fullmatch(text.strip()))


def csv_cell(value: object) -> object:
    """``value`` as it may go into a CSV cell: text starting with a formula trigger gets a
    leading ``'`` unless it is a number; other values are returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS) \
            and not is_number_text(value):
        return "'" + value
    return value


def csv_row(values: list[object]) -> list[object]:
    return [csv_cell(v) for v in values]


def keep_as_text(cell, value: object) -> None:  # an openpyxl Cell
    """Set an openpyxl cell to ``value``; text that starts with ``=`` stays text (openpyxl
    would store it as a formula) and is marked so Excel keeps it as text when edited."""
    cell.value = value
    if isinstance(value, str) and value.startswith("=") and cell.data_type == "f":
        cell.data_type = "s"
        cell.quotePrefix = True
