"""Event dates written as ISO 8601-2 / EDTF strings, parsed into instant spans with a precision.

(Over 500 lines on purpose: the parsed types, the parser and its error sentences are one idea,
and half of the parser is explaining, at the right position, what was expected and found.)

Event files give dates "as precise as the source and no more": ``2012``, ``2024-06``,
``2024-06-07T10:30+02:00``, ``-0499~``, ``2024-04/2024-05``, ``[..2024-09-15]``. This module
holds the parsed form (:class:`DatePoint` for one written date, :class:`EdtfDate` for the whole
expression), the parser :func:`parse_date` with its error type :class:`DateError`, and
:func:`format_instant` to turn an instant back into ISO-like text.

Supported subset (everything else is a :class:`DateError` naming what was expected and found):

* ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-MM-DDThh:mm``, ``YYYY-MM-DDThh:mm:ss``, the
  times optionally followed by ``Z``, ``±hh:mm``, ``±hhmm`` or ``±hh``;
* astronomical years: ``0000`` is 1 BCE, ``-0499`` is 500 BCE; longer years need the EDTF
  ``Y`` prefix (``Y170000002``, ``Y-170000002``). As an extension to EDTF, a ``Y`` year may be
  followed by a month, day and time, so that every :func:`format_instant` result parses back;
* one trailing qualifier per date: ``?`` uncertain, ``~`` approximate, ``%`` both;
* intervals ``A/B``, open ``A/..`` and ``../B``, unknown ``A/`` and ``/B`` (read as open);
* ``[..A]`` (on or before ``A``) and ``[A..]`` (on or after ``A``).

Instants are ``int`` seconds since 1970-01-01T00:00 UTC in the proleptic Gregorian calendar
(see :mod:`timelineapp.model.calendar`); Python ints never overflow, so a date 170 million years
ago is exact. Spans are half-open: ``latest`` is the first second *after* the date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from functools import lru_cache
from typing import Final, TypeVar

from timelineapp.model.calendar import (
    ENGLISH_MONTHS,
    SECONDS_PER_DAY,
    SECONDS_PER_HOUR,
    SECONDS_PER_MINUTE,
    add_months,
    days_in_month,
    from_seconds,
    to_seconds,
)

__all__ = [
    "MAX_ABS_YEAR",
    "DateError",
    "DateKind",
    "DatePoint",
    "EdtfDate",
    "Precision",
    "format_instant",
    "parse_date",
]

# Beyond a billion years the timeline has no use for calendar dates, and the bound keeps every
# instant far inside int64 seconds (±292 billion years) for code that hands them to numpy or Qt.
MAX_ABS_YEAR: Final = 1_000_000_000

_DIGITS: Final = frozenset("0123456789")
_QUALIFIERS: Final = ("?", "~", "%")
_QUALIFIER_HINT: Final = "a qualifier ('?', '~' or '%')"
_END_HINT: Final = "the end of the text"


class Precision(IntEnum):
    """How finely a date is written; larger is finer, so ``min`` gives the coarsest."""

    YEAR = 1
    MONTH = 2
    DAY = 3
    MINUTE = 4
    SECOND = 5


class DateKind(StrEnum):
    """The shape of a date expression."""

    SINGLE = "single"
    INTERVAL = "interval"
    ON_OR_BEFORE = "on_or_before"
    ON_OR_AFTER = "on_or_after"
    ONE_OF = "one_of"  # [A..B]: one date somewhere from A to B ("a Friday of June")


class DateError(ValueError):
    """A date string that is not in the supported EDTF subset.

    ``position`` is the 0-based index in ``text`` where parsing failed (``None`` when the
    problem is not tied to one place); ``expected`` and ``found`` are short human phrases, so
    the UI can show them separately or use ``str(error)`` as a whole sentence.
    """

    def __init__(self, text: str, position: int | None, expected: str, found: str) -> None:
        self.text = text
        self.position = position
        self.expected = expected
        self.found = found
        shown = _shorten(text, 60)
        super().__init__(f"invalid date {shown!r}: expected {expected}, found {found}")

    def __reduce__(self) -> tuple[type[DateError], tuple[str, int | None, str, str]]:
        # The default exception pickling replays ``args`` (the message) into ``__init__``, which
        # takes four arguments; errors must survive being sent between worker processes.
        return (type(self), (self.text, self.position, self.expected, self.found))


@dataclass(frozen=True, slots=True)
class DatePoint:
    """One calendar date as written, with the span of instants it covers.

    The calendar fields are the written ones (local time when an offset was given);
    ``earliest`` and ``latest`` are converted to UTC. ``latest`` is exclusive: ``2024`` covers
    ``[2024-01-01T00:00, 2025-01-01T00:00)``.
    """

    year: int
    month: int | None
    day: int | None
    hour: int | None
    minute: int | None
    second: int | None
    uncertain: bool
    approximate: bool
    precision: Precision
    earliest: int
    latest: int
    # Seconds east of UTC as written (+02:00 -> 7200, Z -> 0); None when no zone was written,
    # in which case the time was read as UTC. Kept so displays can repeat the written zone.
    utc_offset: int | None = None


@dataclass(frozen=True, slots=True)
class EdtfDate:
    """A whole parsed date expression: a single date, an interval or a one-sided bound.

    For ``SINGLE``, ``ON_OR_BEFORE`` and ``ON_OR_AFTER`` the one written date is both ``start``
    and ``end``. ``earliest``/``latest`` span the known points only: an open side adds nothing,
    the flags say it is open.
    """

    text: str
    kind: DateKind
    start: DatePoint | None
    end: DatePoint | None
    open_start: bool
    open_end: bool
    earliest: int
    latest: int
    precision: Precision
    uncertain: bool
    approximate: bool


FAST_POINT = re.compile(
    r"(-?)(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?([?~%])?"
)
_BLANKS = " \t\n\r\f\v"
_Point = TypeVar("_Point")  # what a fast path reads a plain written date into


def parse_date(text: str) -> EdtfDate:
    """Parse an EDTF date expression; raise :class:`DateError` if it is not in the subset."""
    fast = _fast_date(text)
    if fast is not None:
        return fast
    return _Parser(text).parse()


# The fields of a plain written date: year, month, day, hour, minute, second, UTC offset in
# seconds (None when no zone was written) and the qualifier ("?", "~", "%" or None).
PointFields = tuple[
    int, int | None, int | None, int | None, int | None, int | None, int | None, str | None
]


def plain_point_fields(text: str) -> PointFields | None:
    """A plain written date by one regular expression, its fields checked; None for anything
    unusual or wrong (the full parser then decides, and explains)."""
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
    the interval's two sides, None for an open one (never both). The points are not checked.
    """
    if not text or text[0] in _BLANKS or text[-1] in _BLANKS:
        return None
    if text[0] == "[":
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


def _fast_point(text: str) -> DatePoint | None:
    fields = plain_point_fields(text)
    if fields is None:
        return None
    year, month, day, hour, minute, second, offset, qualifier = fields
    uncertain, approximate = qualifier in ("?", "%"), qualifier in ("~", "%")
    return _point(year, month, day, hour, minute, second, offset, uncertain, approximate)


def _point(
    year: int,
    month: int | None,
    day: int | None,
    hour: int | None,
    minute: int | None,
    second: int | None,
    offset: int | None,
    uncertain: bool,
    approximate: bool,
) -> DatePoint:
    """The point of checked written fields, with its precision and span (both parsers)."""
    earliest, latest = point_span(year, month, day, hour, minute, second, offset or 0)
    return DatePoint(
        year=year,
        month=month,
        day=day,
        hour=hour,
        minute=minute,
        second=second,
        uncertain=uncertain,
        approximate=approximate,
        precision=point_precision(month, day, minute, second),
        earliest=earliest,
        latest=latest,
        utc_offset=offset,
    )


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


def _fast_date(text: str) -> EdtfDate | None:
    """The common forms without the full parser: big files hold hundreds of thousands of
    distinct dates. None whenever the full parser must decide (and explain)."""
    read = read_plain_expression(text, _fast_point)
    if read is None:
        return None
    kind, start, end = read
    if kind is not DateKind.INTERVAL:
        open_start, open_end = kind is DateKind.ON_OR_BEFORE, kind is DateKind.ON_OR_AFTER
        return _make(text, kind, start, end, open_start, open_end)
    if start is not None and end is not None and end.earliest < start.earliest:
        return None
    return _make(text, DateKind.INTERVAL, start, end, start is None, end is None)


def format_instant(seconds: int, precision: Precision) -> str:
    """ISO 8601 / EDTF text of an instant (UTC) down to ``precision``, for display and debug.

    ``2024``, ``-0499``, ``2024-06-07T10:30``, ``Y-170000002``; the result parses back with
    :func:`parse_date` to a date starting at ``seconds`` truncated to ``precision``.
    """
    year, month, day, hour, minute, second = from_seconds(seconds)
    text = _format_year(year)
    if precision >= Precision.MONTH:
        text += f"-{month:02d}"
    if precision >= Precision.DAY:
        text += f"-{day:02d}"
    if precision >= Precision.MINUTE:
        text += f"T{hour:02d}:{minute:02d}"
    if precision >= Precision.SECOND:
        text += f":{second:02d}"
    return text


def _format_year(year: int) -> str:
    # Four digits is the plain ISO form; anything wider needs EDTF's 'Y' so the year cannot be
    # mistaken for a year followed by more digits.
    if 0 <= year <= 9999:
        return f"{year:04d}"
    if -9999 <= year < 0:
        return f"-{-year:04d}"
    return f"Y{year}"


def _choices(items: list[str]) -> str:
    """'a, b or c' for error messages."""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " or " + items[-1]


def point_span(
    year: int,
    month: int | None,
    day: int | None,
    hour: int | None,
    minute: int | None,
    second: int | None,
    offset: int,
) -> tuple[int, int]:
    """[earliest, latest) in UTC seconds of a written date, from its finest written field.

    The one statement of a date's span: both the parser and the index columns
    (:mod:`.date_columns`) use it.
    """
    if month is None:
        return to_seconds(year), to_seconds(year + 1)
    if day is None:
        next_year, next_month = add_months(year, month, 1)
        return to_seconds(year, month), to_seconds(next_year, next_month)
    if hour is None or minute is None:
        start = to_seconds(year, month, day)
        return start, start + SECONDS_PER_DAY
    # Only times carry a zone: subtracting the offset turns local 10:30+02:00 into 08:30 UTC.
    start = to_seconds(year, month, day, hour, minute, second or 0) - offset
    return start, start + (SECONDS_PER_MINUTE if second is None else 1)


class _Parser:
    """Recursive-descent parser over one date string, tracking a position for error messages."""

    def __init__(self, text: str) -> None:
        self.text = text
        # Surrounding whitespace is ignored, but positions stay indices into the original text
        # so an editor can put the cursor on the faulty character.
        self.pos = len(text) - len(text.lstrip())
        self.end = max(self.pos, len(text.rstrip()))
        # What the last parsed point could have continued with; used to say what was expected
        # when a point is followed by something unexpected.
        self.follow: list[str] = []

    # -- low-level helpers ------------------------------------------------------------------

    def peek(self, count: int = 1) -> str:
        return self.text[self.pos : min(self.pos + count, self.end)]

    def at_end(self) -> bool:
        return self.pos >= self.end

    def found_at(self, position: int) -> str:
        """Describe the input at ``position``: a whole word or number, else one character."""
        if position >= self.end:
            return _END_HINT
        char = self.text[position]
        if char.isascii() and char.isalnum():
            stop = position
            while stop < self.end and self.text[stop].isascii() and self.text[stop].isalnum():
                stop += 1
            return f"'{_shorten(self.text[position:stop])}'"
        return f"'{char}'" if char.isprintable() else repr(char)

    def error(
        self, expected: str, found: str | None = None, position: int | None = None
    ) -> DateError:
        where = self.pos if position is None else position
        return DateError(
            self.text, where, expected, self.found_at(where) if found is None else found
        )

    def digits(self) -> str:
        # ASCII only: str.isdigit() accepts '²' or Arabic-Indic digits, which int() rejects or
        # which nobody means in a date.
        start = self.pos
        while self.pos < self.end and self.text[self.pos] in _DIGITS:
            self.pos += 1
        return self.text[start : self.pos]

    def two_digits(self, what: str, low: int, high: int, hint: str = "") -> int:
        """Read exactly two digits and check the value is within ``[low, high]``."""
        start = self.pos
        text = self.digits()
        if len(text) != 2:
            raise self.error(f"a 2-digit {what}{hint}", position=start)
        value = int(text)
        if not low <= value <= high:
            raise self.error(
                f"{_article(what)} {what} between {low:02d} and {high:02d}", text, start
            )
        return value

    def expect_end(self) -> None:
        if not self.at_end():
            raise self.error(_choices([*self.follow, _END_HINT]))

    # -- grammar ----------------------------------------------------------------------------

    def parse(self) -> EdtfDate:
        if self.at_end():
            raise DateError(self.text, 0, "a date such as 2024, 2024-06 or 2024-06-07", "nothing")
        if self.peek() == "[":
            return self.parse_bound()

        start: DatePoint | None = None
        start_text = ""
        if self.peek(2) == "..":
            self.pos += 2
            if self.peek() != "/":
                raise self.error("'/' after '..' (as in ../2024)")
        elif self.peek() != "/":
            # A leading '/' is EDTF's unknown start; like '..' it leaves the start open.
            start_pos = self.pos
            start = self.parse_point()
            if self.at_end():
                return _make(self.text, DateKind.SINGLE, start, start, False, False)
            if self.peek() != "/":
                raise self.error(_choices([*self.follow, "'/' and an end date", _END_HINT]))
            start_text = self.text[start_pos : self.pos]

        self.pos += 1  # the '/'
        end_pos = self.pos
        end: DatePoint | None = None
        if self.peek(2) == "..":
            self.pos += 2
        elif not self.at_end():
            end = self.parse_point()
        # else 'A/': EDTF's unknown end, which the timeline draws like an open end.
        if start is None and end is None:
            found = "'..'" if self.pos > end_pos else _END_HINT
            raise DateError(self.text, end_pos, "a date on at least one side of '/'", found)
        if end is None:
            self.follow = []
        self.expect_end()
        if start is not None and end is not None and end.earliest < start.earliest:
            raise DateError(
                self.text,
                end_pos,
                f"an end on or after the start {start_text}",
                self.text[end_pos : self.end],
            )
        return _make(self.text, DateKind.INTERVAL, start, end, start is None, end is None)

    def parse_bound(self) -> EdtfDate:
        """``[..A]`` (on or before) or ``[A..]`` (on or after)."""
        self.pos += 1  # the '['
        if self.peek(2) == "..":
            self.pos += 2
            point = self.parse_point()
            if self.peek() != "]":
                raise self.error(_choices([*self.follow, "']' to close the bracket"]))
            kind = DateKind.ON_OR_BEFORE
        else:
            point = self.parse_point()
            if self.peek(2) != "..":
                raise self.error(_choices([*self.follow, "'..]' (as in [2024..])"]))
            self.pos += 2
            if self.peek() != "]" and not self.at_end():
                return self.parse_one_of(point)
            if self.peek() != "]":
                raise self.error("']' to close the bracket")
            kind = DateKind.ON_OR_AFTER
        self.pos += 1  # the ']'
        self.follow = []
        self.expect_end()
        before = kind is DateKind.ON_OR_BEFORE
        return _make(self.text, kind, point, point, before, not before)

    def parse_one_of(self, first: DatePoint) -> EdtfDate:
        """``[A..B]``: one date, somewhere from A to B (the ``..`` is already read)."""
        end_pos = self.pos
        last = self.parse_point()
        if self.peek() != "]":
            raise self.error(_choices([*self.follow, "']' to close the bracket"]))
        self.pos += 1
        self.follow = []
        self.expect_end()
        if last.earliest < first.earliest:
            raise DateError(
                self.text,
                end_pos,
                "a last date on or after the first",
                self.text[end_pos : self.end],
            )
        return _make(self.text, DateKind.ONE_OF, first, last, False, False)

    def parse_point(self) -> DatePoint:
        """One written date with its optional time, zone and qualifier."""
        self.follow = []
        year, year_text = self.parse_year()
        month: int | None = None
        day: int | None = None
        hour: int | None = None
        minute: int | None = None
        second: int | None = None
        offset: int | None = None
        self.follow = ["'-' and a 2-digit month"]

        if self.peek() == "-":
            self.pos += 1
            month = self.two_digits("month", 1, 12, " (01 to 12)")
            self.follow = ["'-' and a 2-digit day"]
            if self.peek() == "-":
                self.pos += 1
                day = self.parse_day(year, year_text, month)
                self.follow = ["'T' and a time"]
                if self.peek() == "T":
                    self.pos += 1
                    hour = self.two_digits("hour", 0, 23, " after 'T' (as in T10:30)")
                    if self.peek() != ":":
                        raise self.error("':' and 2-digit minutes (as in T10:30)")
                    self.pos += 1
                    minute = self.two_digits("minute", 0, 59)
                    self.follow = ["':' and 2-digit seconds", "a time zone ('Z' or +hh:mm)"]
                    if self.peek() == ":":
                        self.pos += 1
                        second = self.two_digits("second", 0, 59)
                        self.follow = ["a time zone ('Z' or +hh:mm)"]
                    offset = self.parse_zone()
                    if offset is not None:
                        self.follow = []

        uncertain = approximate = False
        self.follow.append(_QUALIFIER_HINT)
        if self.peek() in _QUALIFIERS:
            qualifier = self.peek()
            self.pos += 1
            uncertain = qualifier in ("?", "%")
            approximate = qualifier in ("~", "%")
            self.follow = []

        return _point(year, month, day, hour, minute, second, offset, uncertain, approximate)

    def parse_year(self) -> tuple[int, str]:
        """An astronomical year: ``2024``, ``-0499``, ``0000`` or ``Y``-prefixed any length."""
        start = self.pos
        prefixed = self.peek() == "Y"
        if prefixed:
            self.pos += 1
        negative = self.peek() == "-"
        if negative:
            self.pos += 1
        digits_pos = self.pos
        digits = self.digits()
        if prefixed and not digits:
            raise self.error("digits after 'Y' (as in Y170000002)", position=digits_pos)
        if not prefixed and len(digits) != 4:
            expected = (
                "a 4-digit year (longer years need the 'Y' prefix, as in Y12345)"
                if len(digits) > 4
                else "a 4-digit year (as in 2024, 0000 or -0499)"
            )
            raise self.error(expected, position=digits_pos)
        text = self.text[start : self.pos]
        significant = digits.lstrip("0")
        if negative and not significant:
            raise self.error(
                "year zero written without '-' (0000 is 1 BCE)", f"'{_shorten(text)}'", start
            )
        # Compare lengths before calling int(): int() refuses strings over 4300 digits, and a
        # ten-digit bound keeps the comparison cheap whatever the input.
        if len(significant) > len(str(MAX_ABS_YEAR)) or int(significant or "0") > MAX_ABS_YEAR:
            raise self.error(
                f"a year between {-MAX_ABS_YEAR} and {MAX_ABS_YEAR}",
                _shorten(("-" if negative else "") + significant),
                start,
            )
        value = int(significant or "0")
        return (-value if negative else value), text

    def parse_day(self, year: int, year_text: str, month: int) -> int:
        start = self.pos
        text = self.digits()
        if len(text) != 2:
            raise self.error("a 2-digit day (01 to 31)", position=start)
        day = int(text)
        last = days_in_month(year, month)
        if not 1 <= day <= last:
            raise self.error(
                f"a day between 1 and {last} for {ENGLISH_MONTHS[month - 1]} {year_text}",
                text,
                start,
            )
        return day

    def parse_zone(self) -> int | None:
        """Offset in seconds east of UTC from ``Z``, ``±hh:mm``, ``±hhmm`` or ``±hh``."""
        sign = self.peek()
        if sign == "Z":
            self.pos += 1
            return 0
        if sign not in ("+", "-"):
            return None
        self.pos += 1
        start = self.pos
        text = self.digits()
        if len(text) == 4:
            hours_text, minutes_text = text[:2], text[2:]
        elif len(text) == 2:
            hours_text, minutes_text = text, "00"
            if self.peek() == ":":
                self.pos += 1
                minutes_start = self.pos
                minutes_text = self.digits()
                if len(minutes_text) != 2:
                    raise self.error(
                        "2-digit offset minutes (as in +05:30)", position=minutes_start
                    )
        else:
            raise self.error(
                "an offset of 2-digit hours and minutes (as in +02:00)", position=start
            )
        hours, minutes = int(hours_text), int(minutes_text)
        if hours > 23 or minutes > 59:
            raise self.error(
                "an offset between 00:00 and 23:59", f"{hours_text}:{minutes_text}", start
            )
        return (1 if sign == "+" else -1) * (
            hours * SECONDS_PER_HOUR + minutes * SECONDS_PER_MINUTE
        )


def _article(word: str) -> str:
    return "an" if word[0] in "aeiouh" else "a"


def _shorten(text: str, limit: int = 24) -> str:
    # Keep error messages readable when someone pastes a thousand digits.
    return text if len(text) <= limit else text[: limit - 4] + "…"


def point_precision(
    month: int | None, day: int | None, minute: int | None, second: int | None
) -> Precision:
    if month is None:
        return Precision.YEAR
    if day is None:
        return Precision.MONTH
    if minute is None:
        return Precision.DAY
    return Precision.MINUTE if second is None else Precision.SECOND


def _make(
    text: str,
    kind: DateKind,
    start: DatePoint | None,
    end: DatePoint | None,
    open_start: bool,
    open_end: bool,
) -> EdtfDate:
    """Assemble an :class:`EdtfDate`, summarising the known points (at least one)."""
    points = [point for point in (start, end) if point is not None]
    return EdtfDate(
        text=text,
        kind=kind,
        start=start,
        end=end,
        open_start=open_start,
        open_end=open_end,
        earliest=min(point.earliest for point in points),
        latest=max(point.latest for point in points),
        precision=min(point.precision for point in points),
        uncertain=any(point.uncertain for point in points),
        approximate=any(point.approximate for point in points),
    )


@lru_cache(maxsize=1 << 18)
def cached_date(text: str) -> EdtfDate:
    """:func:`parse_date`, memoised: big files repeat the same date strings many times."""
    return parse_date(text)
