"""A date string as the six numbers the time index keeps, computed without parse objects.

Loading a million events parses hundreds of thousands of distinct date strings. Building the
:class:`~.dates.EdtfDate` and :class:`~.dates.DatePoint` objects for each costs about 10 µs,
most of it in the frozen dataclasses, while the index needs only six integers. The common
written forms are therefore turned straight into those integers here; anything unusual or
wrong goes through the full parser (which also explains errors), and a property test keeps
both roads giving the same numbers.
"""

from __future__ import annotations

from enum import IntFlag
from functools import lru_cache

from .calendar import (
    SECONDS_PER_DAY,
    SECONDS_PER_HOUR,
    SECONDS_PER_MINUTE,
    add_months,
    days_from_civil,
    days_in_month,
)
from .dates import FAST_POINT, DateKind, EdtfDate, Precision, parse_date

# (earliest, latest, core0, core1, precision, flags); see TimeIndex for what each means.
DateColumns = tuple[int, int, int, int, int, int]


class MarkFlag(IntFlag):
    """How a date must be drawn; one byte per event."""

    INTERVAL = 1  # a span between two known points
    UNCERTAIN = 2  # "?"
    APPROXIMATE = 4  # "~"
    OPEN_START = 8  # on or before, or "../X": open on the left
    OPEN_END = 16  # on or after, or "X/..": open on the right
    ONE_OF = 32  # "[A..B]": one date somewhere in the span, none of it certain


_BLANKS = " \t\n\r\f\v"
_QUALIFIER_FLAGS = {
    None: 0,
    "?": int(MarkFlag.UNCERTAIN),
    "~": int(MarkFlag.APPROXIMATE),
    "%": int(MarkFlag.UNCERTAIN | MarkFlag.APPROXIMATE),
}
_YEAR, _MONTH, _DAY = int(Precision.YEAR), int(Precision.MONTH), int(Precision.DAY)
_MINUTE, _SECOND = int(Precision.MINUTE), int(Precision.SECOND)


def columns_of(date: EdtfDate) -> DateColumns:
    """The index columns of a parsed date (the reference the fast road must agree with)."""
    flags = 0
    if date.kind is DateKind.INTERVAL:
        flags |= MarkFlag.INTERVAL
    if date.uncertain:
        flags |= MarkFlag.UNCERTAIN
    if date.approximate:
        flags |= MarkFlag.APPROXIMATE
    if date.open_start:
        flags |= MarkFlag.OPEN_START
    if date.open_end:
        flags |= MarkFlag.OPEN_END
    if date.kind is DateKind.ONE_OF:
        flags |= MarkFlag.ONE_OF
    # The surely covered core of an interval runs from the end of its start point to the
    # start of its end point; other dates are their own core.
    core0, core1 = date.earliest, date.latest
    if date.kind is DateKind.INTERVAL:
        if date.start is not None and date.end is not None:
            core0, core1 = date.start.latest, date.end.earliest
        elif date.start is not None:
            core0 = core1 = date.start.latest
        elif date.end is not None:
            core0 = core1 = date.end.earliest
    return date.earliest, date.latest, core0, core1, int(date.precision), int(flags)


@lru_cache(maxsize=1 << 18)
def date_columns(text: str) -> DateColumns:
    """The index columns of a date string, memoised; raises ``DateError`` when invalid."""
    fast = _fast_columns(text)
    if fast is not None:
        return fast
    return columns_of(parse_date(text))


def _point(text: str) -> tuple[int, int, int, int] | None:
    """(earliest, latest, precision, qualifier flags) of a plain written date, or None.

    The same checks as ``dates._fast_point``: None for anything the full parser must decide.
    """
    match = FAST_POINT.fullmatch(text)
    if match is None:
        return None
    sign, year_text, month_text, day_text, hour_text, minute_text, second_text, zone, qualifier = (
        match.groups()
    )
    year = int(year_text)
    if sign:
        if year == 0:
            return None
        year = -year
    quality = _QUALIFIER_FLAGS[qualifier]
    if month_text is None:
        start = days_from_civil(year, 1, 1) * SECONDS_PER_DAY
        return start, days_from_civil(year + 1, 1, 1) * SECONDS_PER_DAY, _YEAR, quality
    month = int(month_text)
    if not 1 <= month <= 12:
        return None
    if day_text is None:
        next_year, next_month = add_months(year, month, 1)
        start = days_from_civil(year, month, 1) * SECONDS_PER_DAY
        end = days_from_civil(next_year, next_month, 1) * SECONDS_PER_DAY
        return start, end, _MONTH, quality
    day = int(day_text)
    if not 1 <= day <= days_in_month(year, month):
        return None
    start = days_from_civil(year, month, day) * SECONDS_PER_DAY
    if hour_text is None:
        return start, start + SECONDS_PER_DAY, _DAY, quality
    hour, minute = int(hour_text), int(minute_text)
    if hour > 23 or minute > 59:
        return None
    start += hour * SECONDS_PER_HOUR + minute * SECONDS_PER_MINUTE
    length, precision = SECONDS_PER_MINUTE, _MINUTE
    if second_text is not None:
        second = int(second_text)
        if second > 59:
            return None
        start += second
        length, precision = 1, _SECOND
    if zone == "Z" or not zone:
        return start, start + length, precision, quality
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or "0")
    if hours > 23 or minutes > 59:
        return None
    offset = hours * SECONDS_PER_HOUR + minutes * SECONDS_PER_MINUTE
    start -= offset if zone[0] == "+" else -offset
    return start, start + length, precision, quality


def _single(text: str, kind_flags: int) -> DateColumns | None:
    point = _point(text)
    if point is None:
        return None
    earliest, latest, precision, quality = point
    return earliest, latest, earliest, latest, precision, quality | kind_flags


def _fast_columns(text: str) -> DateColumns | None:
    """The columns of the common forms, mirroring ``dates._fast_date``; None to defer."""
    if not text or text[0] in _BLANKS or text[-1] in _BLANKS:
        return None
    if text[0] == "[":
        if text.startswith("[..") and text.endswith("]") and not text.endswith("..]"):
            return _single(text[3:-1], MarkFlag.OPEN_START)
        if text.endswith("..]") and not text.startswith("[..") and text.count("..") == 1:
            return _single(text[1:-3], MarkFlag.OPEN_END)
        return None
    parts = text.split("/")
    if len(parts) == 1:
        return _single(text, 0)
    if len(parts) != 2:
        return None
    first, last = parts
    open_start, open_end = first in ("", ".."), last in ("", "..")
    start = None if open_start else _point(first)
    end = None if open_end else _point(last)
    if (start is None and not open_start) or (end is None and not open_end):
        return None
    flags = int(MarkFlag.INTERVAL)
    if start is None:
        if end is None:
            return None
        e0, e1, precision, quality = end
        return e0, e1, e0, e0, precision, flags | quality | MarkFlag.OPEN_START
    s0, s1, precision, quality = start
    if end is None:
        return s0, s1, s1, s1, precision, flags | quality | MarkFlag.OPEN_END
    e0, e1, end_precision, end_quality = end
    if e0 < s0:
        return None
    return (
        s0,
        max(s1, e1),
        s1,
        e0,
        min(precision, end_precision),
        flags | quality | end_quality,
    )
