"""Months of a contact log: which are partial, and which two months a change compares.

A log exported on the 14th holds half a month at its end; one that starts on the 20th,
a third of a month at its start. Such a month has fewer contacts because it is short, not
because people asked less, so it is marked as partial and the month-on-month change of a
theme compares the last two *whole* months instead ("−100 %" or "+296 %" from a month with
two rows says nothing).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

#: Days a month may miss at its start or end and still count as whole: a log whose last
#: contact is on Friday the 28th, or whose first is on Monday the 3rd, covers its month.
WHOLE_MONTH_SLACK_DAYS = 3


def month_name(d: dt.date) -> str:
    """``2026-03`` for any day in March 2026."""
    return f"{d.year:04d}-{d.month:02d}"


def partial_months(dates: Iterable[dt.date | None]) -> list[str]:
    """The first and/or last month of the log when its dates do not cover them.

    The first month is partial when the earliest contact is more than
    :data:`WHOLE_MONTH_SLACK_DAYS` days after the 1st; the last when the latest contact is
    more than that before the month's last day. Returned in month order, without repeats.
    """
    known = [d for d in dates if d is not None]
    if not known:
        return []
    first, last = min(known), max(known)
    out: list[str] = []
    if first.day - 1 > WHOLE_MONTH_SLACK_DAYS:
        out.append(month_name(first))
    days = calendar.monthrange(last.year, last.month)[1]
    if days - last.day > WHOLE_MONTH_SLACK_DAYS and month_name(last) not in out:
        out.append(month_name(last))
    return out


def change_months(months: list[str], partial: Iterable[str]) -> tuple[int, int] | None:
    """Indexes (earlier, later) in ``months`` of the last two whole months, or None.

    The two must follow each other in the calendar: a gap (a month without contacts) or
    fewer than two whole months gives no change figure.
    """
    skip = set(partial)
    whole = [i for i, m in enumerate(months) if m not in skip]
    if len(whole) < 2:
        return None
    a, b = whole[-2], whole[-1]
    if _next_month(months[a]) != months[b]:
        return None
    return a, b


def _next_month(name: str) -> str:
    year, month = (int(part) for part in name.split("-"))
    return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
