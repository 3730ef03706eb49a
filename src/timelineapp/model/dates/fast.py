"""The fast road for the common written forms: plain dates, intervals and one-sided bounds.

Big files hold hundreds of thousands of distinct date strings, most of them plain
(``2024-06-07``, ``2024-04/2024-05``, ``[..2024-09-15]``). One regular expression reads those;
anything else (``X`` digits, seasons, ``Y`` years, component qualifiers, sets, mistakes)
returns None, and the full parser decides and explains. A property test keeps both roads
giving the same result on every form.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, TypeVar

from timelineapp.model.calendar import SECONDS_PER_HOUR, SECONDS_PER_MINUTE, days_in_month

from .spans import make_point
from .values import DateKind, DatePoint, EdtfDate, assemble

FAST_POINT: Final = re.compile(
    r"(-?)(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?([?~%])?"
)
_BLANKS: Final = " \t\n\r\f\v"
_Point = TypeVar("_Point")  # what a fast path reads a plain written date into

# The fields of a plain written date: year, month, day, hour, minute, second, UTC offset in
# seconds (None when no zone was written) and the qualifier ("?", "~", "%" or None).
PointFields = tuple[
    int, int | None, int | None, int | None, int | None, int | None, int | None, str | None
]


def plain_point_fields(text: str) -> PointFields | None:
    """A plain written date by one regular expression, its fields checked; None for anything
    unusual or wrong (the full parser then decides, and explains).

    A month above 12 (a season) returns None too: seasons take the full parser.
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
            return None  # "-0000": the full parser explains why that is wrong
        year = -year
    month = day = hour = minute = second = offset = None
    if month_text is not None:
        month = int(month_text)
        if not 1 <= month <= 12:
            return None
    if day_text is not None and month is not None:
        day = int(day_text)
        if not 1 <= day <= days_in_month(year, month):
            return None
    if hour_text is not None:
        hour, minute = int(hour_text), int(minute_text)
        if hour > 23 or minute > 59:
            return None
        if second_text is not None:
            second = int(second_text)
            if second > 59:
                return None
        if zone == "Z":
            offset = 0
        elif zone:
            digits = zone[1:].replace(":", "")
            hours, minutes = int(digits[:2]), int(digits[2:] or "0")
            if hours > 23 or minutes > 59:
                return None
            offset = (1 if zone[0] == "+" else -1) * (
                hours * SECONDS_PER_HOUR + minutes * SECONDS_PER_MINUTE
            )
    return year, month, day, hour, minute, second, offset, qualifier


def split_plain_expression(text: str) -> tuple[DateKind, str | None, str | None] | None:
    """The kind and the point texts of the common forms, or None for anything else.

    ``A`` and ``[..A]``, ``[A..]`` give the one point twice; ``A/B``, ``A/..``, ``../B`` give
    the interval's two sides, None for an open one (never both). The points are not checked;
    sets (``[A, B]``, ``{A}``) return None.
    """
    if not text or text[0] in _BLANKS or text[-1] in _BLANKS:
        return None
    if text[0] == "[":
        if "," in text:
            return None
        if text.startswith("[..") and text.endswith("]") and not text.endswith("..]"):
            return DateKind.ON_OR_BEFORE, text[3:-1], text[3:-1]
        if text.endswith("..]") and not text.startswith("[..") and text.count("..") == 1:
            return DateKind.ON_OR_AFTER, text[1:-3], text[1:-3]
        return None
    parts = text.split("/")
    if len(parts) == 1:
        return DateKind.SINGLE, text, text
    if len(parts) != 2:
        return None
    first, last = (None if part in ("", "..") else part for part in parts)
    if first is None and last is None:
        return None
    return DateKind.INTERVAL, first, last


def fast_point(text: str) -> DatePoint | None:
    fields = plain_point_fields(text)
    if fields is None:
        return None
    year, month, day, hour, minute, second, offset, qualifier = fields
    return make_point(year, month, day, hour, minute, second, offset, qualifier or "")


def read_plain_expression(
    text: str, read_point: Callable[[str], _Point | None]
) -> tuple[DateKind, _Point | None, _Point | None] | None:
    """:func:`split_plain_expression` with its points read by ``read_point``; None when the
    form or a point is not a plain one. A single point comes back as both sides."""
    split = split_plain_expression(text)
    if split is None:
        return None
    kind, first, last = split
    start = None if first is None else read_point(first)
    if first is not None and start is None:
        return None
    if kind is not DateKind.INTERVAL:
        return kind, start, start
    end = None if last is None else read_point(last)
    if last is not None and end is None:
        return None
    return kind, start, end


def fast_date(text: str) -> EdtfDate | None:
    """The common forms without the full parser. None whenever the full parser must decide
    (and explain)."""
    read = read_plain_expression(text, fast_point)
    if read is None:
        return None
    kind, start, end = read
    if kind is not DateKind.INTERVAL:
        open_start, open_end = kind is DateKind.ON_OR_BEFORE, kind is DateKind.ON_OR_AFTER
        return assemble(text, kind, start, end, open_start, open_end)
    if start is not None and end is not None and end.earliest < start.earliest:
        return None
    return assemble(text, DateKind.INTERVAL, start, end, start is None, end is None)
