"""A date string as the seven numbers the time index keeps, computed without parse objects.

Loading a million events parses hundreds of thousands of distinct date strings. Building the
:class:`~.dates.EdtfDate` and :class:`~.dates.DatePoint` objects for each costs about 10 µs,
most of it in the frozen dataclasses, while the index needs only seven integers. The common
written forms are therefore turned straight into those integers here; anything unusual or
wrong goes through the full parser (which also explains errors), and a property test keeps
both roads giving the same numbers.
"""

from __future__ import annotations

from enum import IntFlag
from functools import lru_cache

from .dates import (
    DateKind,
    EdtfDate,
    date_form,
    parse_date,
    plain_point_fields,
    point_precision,
    point_span,
    read_plain_expression,
)

# (earliest, latest, core0, core1, precision, flags, date_form); see TimeIndex for what each
# means. date_form is a DateForm: the EDTF forms beyond plain dates (always 0 on the fast road).
DateColumns = tuple[int, int, int, int, int, int, int]
COLUMN_COUNT = 7


class MarkFlag(IntFlag):
    """How a date must be drawn; one byte per event."""

    INTERVAL = 1  # a span between two known points
    UNCERTAIN = 2  # "?"
    APPROXIMATE = 4  # "~"
    OPEN_START = 8  # on or before, or "../X": open on the left
    OPEN_END = 16  # on or after, or "X/..": open on the right
    ONE_OF = 32  # "[A..B]", "[A, B]": one date somewhere in the span, none of it certain


_QUALIFIER_FLAGS = {
    None: 0,
    "?": int(MarkFlag.UNCERTAIN),
    "~": int(MarkFlag.APPROXIMATE),
    "%": int(MarkFlag.UNCERTAIN | MarkFlag.APPROXIMATE),
}
_KIND_FLAGS = {
    DateKind.SINGLE: 0,
    DateKind.ON_OR_BEFORE: int(MarkFlag.OPEN_START),
    DateKind.ON_OR_AFTER: int(MarkFlag.OPEN_END),
}


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
    # An all-of set is drawn by its members (date_form says ALL_OF_SET); its columns are its
    # whole extent, like a single date's.
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
    return (
        date.earliest,
        date.latest,
        core0,
        core1,
        int(date.precision),
        int(flags),
        int(date_form(date)),
    )


@lru_cache(maxsize=1 << 18)
def date_columns(text: str) -> DateColumns:
    """The index columns of a date string, memoised; raises ``DateError`` when invalid."""
    fast = _fast_columns(text)
    if fast is not None:
        return fast
    return columns_of(parse_date(text))


def _point(text: str) -> tuple[int, int, int, int] | None:
    """(earliest, latest, precision, qualifier flags) of a plain written date, or None."""
    fields = plain_point_fields(text)
    if fields is None:
        return None
    year, month, day, hour, minute, second, offset, qualifier = fields
    earliest, latest = point_span(year, month, day, hour, minute, second, offset or 0)
    precision = int(point_precision(month, day, minute, second))
    return earliest, latest, precision, _QUALIFIER_FLAGS[qualifier]


def _fast_columns(text: str) -> DateColumns | None:
    """The columns of the common forms (as ``dates._fast_date`` reads them); None to defer."""
    read = read_plain_expression(text, _point)
    if read is None:
        return None
    kind, start, end = read
    if kind is not DateKind.INTERVAL:
        assert start is not None
        earliest, latest, precision, quality = start
        return earliest, latest, earliest, latest, precision, quality | _KIND_FLAGS[kind], 0
    flags = int(MarkFlag.INTERVAL)
    if start is None:
        assert end is not None
        e0, e1, precision, quality = end
        return e0, e1, e0, e0, precision, flags | quality | MarkFlag.OPEN_START, 0
    s0, s1, precision, quality = start
    if end is None:
        return s0, s1, s1, s1, precision, flags | quality | MarkFlag.OPEN_END, 0
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
        0,
    )
