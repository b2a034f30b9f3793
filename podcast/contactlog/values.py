"""Values in a contact log: dates (ISO, Swedish/European, Excel serials), yes/no, contact
channels; and values from a log as a message may show them (redacted, shortened).
"""

from __future__ import annotations

import datetime as dt
import re

#: Values from a log shown in a message are cut to this many characters (plus "…").
SHOWN_CHARS = 40

#: A note longer than this is cut (with a warning naming file and row): the longest e-mail a
#: contact center keeps is a few thousand characters, and theme finding reads the start.
MAX_NOTE_CHARS = 10_000

#: Any other cell (date, channel, category, resolved) longer than this is cut to it.
MAX_CELL_CHARS = 200


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


def quoted(value: object, limit: int = SHOWN_CHARS) -> str:
    """A value from a log, quoted, as a message shows it (see :func:`shown`)."""
    return repr(shown(value, limit))


def shown_list(values: list[str]) -> str:
    return ", ".join(shown(v) for v in values if str(v).strip()) or "none"


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
