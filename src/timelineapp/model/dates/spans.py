"""The instants a written date covers: the span of plain dates, seasons, dates with
unspecified ``X`` digits and years with significant digits; and :func:`format_instant`, an
instant back to text.

Every span is half-open ``[earliest, latest)`` in UTC seconds, and strict: it covers every
instant the date as written can mean, and no other. Qualifiers (``?``, ``~``, ``%``) never
move it (see the package docstring for why).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from timelineapp.model.calendar import (
    SECONDS_PER_DAY,
    SECONDS_PER_MINUTE,
    add_months,
    days_in_month,
    from_seconds,
    to_seconds,
)

from .values import DatePoint, Precision

# Season code -> (first month, number of months). EDTF names the groupings, not their months;
# timelineapp uses the meteorological seasons (whole months), so that a season's span is
# whole months like the other dates. A winter is the one that begins in December of its
# year: "winter 2001" is 2001-12 to 2002-02. 21-24 are read as the northern hemisphere's.
SEASON_MONTHS: Final[dict[int, tuple[int, int]]] = {
    21: (3, 3), 22: (6, 3), 23: (9, 3), 24: (12, 3),  # spring, summer, autumn, winter
    25: (3, 3), 26: (6, 3), 27: (9, 3), 28: (12, 3),  # the same, northern hemisphere
    29: (9, 3), 30: (12, 3), 31: (3, 3), 32: (6, 3),  # southern spring, summer, autumn, winter
    33: (1, 3), 34: (4, 3), 35: (7, 3), 36: (10, 3),  # quarters
    37: (1, 4), 38: (5, 4), 39: (9, 4),  # quadrimesters (four months)
    40: (1, 6), 41: (7, 6),  # semesters
}  # fmt: skip


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
    (:mod:`..date_columns`) use it.
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


def make_point(
    year: int,
    month: int | None,
    day: int | None,
    hour: int | None,
    minute: int | None,
    second: int | None,
    offset: int | None,
    qualifier: str,
) -> DatePoint:
    """The point of checked plain written fields with one whole-date qualifier (both parsers)."""
    earliest, latest = point_span(year, month, day, hour, minute, second, offset or 0)
    return DatePoint(
        year=year,
        month=month,
        day=day,
        hour=hour,
        minute=minute,
        second=second,
        uncertain=qualifier in ("?", "%"),
        approximate=qualifier in ("~", "%"),
        precision=point_precision(month, day, minute, second),
        earliest=earliest,
        latest=latest,
        utc_offset=offset,
        year_qualifier=qualifier,
        month_qualifier=qualifier if month is not None else "",
        day_qualifier=qualifier if day is not None else "",
    )


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


def season_span(year: int, season: int) -> tuple[int, int]:
    """[earliest, latest) of a season or other grouping of months (21-41) of ``year``."""
    first, count = SEASON_MONTHS[season]
    end_year, end_month = add_months(year, first, count)
    return to_seconds(year, first), to_seconds(end_year, end_month)


def significant_years(year: int, digits: int) -> tuple[int, int]:
    """First and last year that ``year`` rounds down to at ``digits`` significant digits.

    ``1950S2``: 1900 and 1999. Negative years mirror: ``-1950S2`` is -1999 to -1900.
    """
    magnitude = abs(year)
    unit = 10 ** max(len(str(magnitude)) - digits, 0)
    low = magnitude - magnitude % unit
    high = low + unit - 1
    return (low, high) if year >= 0 else (-high, -low)


def _matching(pattern: str, low: int, high: int, descending: bool) -> Iterator[int]:
    """The numbers from ``low`` to ``high`` whose zero-padded digits match ``pattern``
    (``X`` any digit), ascending or descending."""
    fixed = [(i, char) for i, char in enumerate(pattern) if char != "X"]
    free = [i for i, char in enumerate(pattern) if char == "X"]
    count = 10 ** len(free)
    for n in range(count - 1, -1, -1) if descending else range(count):
        digits = list(pattern)
        rest = f"{n:0{len(free)}d}" if free else ""
        for i, char in zip(free, rest, strict=True):
            digits[i] = char
        for i, char in fixed:
            digits[i] = char
        value = int("".join(digits))
        if low <= value <= high:
            yield value


def _years(pattern: str, negative: bool, latest: bool) -> Iterator[int]:
    """Years matching a 4-character pattern, earliest first (or latest first)."""
    # For BCE years the largest magnitude is the earliest year.
    values = _matching(pattern, 0, 9999, descending=negative != latest)
    for value in values:
        if negative and value == 0:
            continue  # "-0000" is not a year
        yield -value if negative else value


def unspecified_bounds(
    year: str, negative: bool, month: str | None, day: str | None
) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """The first and last (year, month, day) a date with ``X`` digits can be, or None when no
    calendar date matches (``2024-02-3X``). Unwritten components are None; the day of a
    month-precision date is 1, the month and day of a year-precision one 1.
    """
    found: list[tuple[int, int, int]] = []
    for latest in (False, True):
        hit = _first_match(year, negative, month, day, latest)
        if hit is None:
            return None
        found.append(hit)
    return found[0], found[1]


def _first_match(
    year: str, negative: bool, month: str | None, day: str | None, latest: bool
) -> tuple[int, int, int] | None:
    for y in _years(year, negative, latest):
        if month is None:
            return y, 1, 1
        for m in _matching(month, 1, 12, descending=latest):
            if day is None:
                return y, m, 1
            for d in _matching(day, 1, days_in_month(y, m), descending=latest):
                return y, m, d
    return None


def format_instant(seconds: int, precision: Precision) -> str:
    """ISO 8601 / EDTF text of an instant (UTC) down to ``precision``: ``2024``, ``-0499``,
    ``2024-06-07T10:30``, ``Y-170000002``.

    The result parses back with :func:`~timelineapp.model.dates.parse_date` to a date starting
    at ``seconds`` truncated to ``precision`` -- except that a year beyond ±9999 is written
    alone (``Y12345``, year precision) whatever ``precision`` asks. EDTF's ``Y`` years have no
    month or day, and timelineapp writes only what other EDTF readers accept: an event file
    is meant to leave timelineapp. Nothing is lost that matters: a month 12,345 years away is
    precision no source gives, and the year still contains the instant, so the date is less
    precise but never wrong ("no date more precise than its source"). A caller that needs a
    span of such years writes an interval of ``Y`` years (``Y12345/Y12346``).
    """
    year, month, day, hour, minute, second = from_seconds(seconds)
    text = format_year(year)
    if text.startswith("Y"):
        return text
    if precision >= Precision.MONTH:
        text += f"-{month:02d}"
    if precision >= Precision.DAY:
        text += f"-{day:02d}"
    if precision >= Precision.MINUTE:
        text += f"T{hour:02d}:{minute:02d}"
    if precision >= Precision.SECOND:
        text += f":{second:02d}"
    return text


def format_year(year: int) -> str:
    """The EDTF year: ``2024``, ``-0499``, ``Y12345``, ``Y-170000002``."""
    # Four digits is the plain ISO form; anything wider needs EDTF's 'Y' so the year cannot be
    # mistaken for a year followed by more digits.
    if 0 <= year <= 9999:
        return f"{year:04d}"
    if -9999 <= year < 0:
        return f"-{-year:04d}"
    return f"Y{year}"
