"""Proleptic Gregorian calendar arithmetic on plain integers, valid for any year.

Python's ``datetime`` stops at year 1; event files reach into BCE and far futures, so
instants are ``int`` seconds since 1970-01-01T00:00 (UTC, proleptic Gregorian) and years use
astronomical numbering (year 0 is 1 BCE, year -499 is 500 BCE).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

SECONDS_PER_MINUTE = 60
SECONDS_PER_HOUR = 3600
SECONDS_PER_DAY = 86400

ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
"""Month names in English: for error messages, English date words and plain tick labels."""

ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""Weekday names in English, Monday first (ISO order): for notes and plain tick labels."""

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_leap(year: int) -> bool:
    """Gregorian leap-year rule, extended to year 0 and negative years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    """Number of days of ``month`` (1-12) in ``year``."""
    if month == 2 and is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month - 1]


_Days = TypeVar("_Days", int, "npt.NDArray[np.int64]")


def days_from_civil(year: _Days, month: _Days, day: _Days) -> _Days:
    """Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).

    Plain arithmetic, so the same code reads one date or numpy arrays of them (the bulk date
    reader): ``//`` floors in both, and ``month <= 2`` counts as 0 or 1.
    """
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    mp = (month + 9) % 12
    doy = (153 * mp + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days: _Days = era * 146097 + doe - 719468
    return days


def civil_from_days(days: int) -> tuple[int, int, int]:
    """Inverse of :func:`days_from_civil`: (year, month, day) of a day number."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (1 if month <= 2 else 0)
    return year, month, day


def to_seconds(
    year: int, month: int = 1, day: int = 1, hour: int = 0, minute: int = 0, second: int = 0
) -> int:
    """Seconds since 1970-01-01T00:00 of a proleptic Gregorian date and time."""
    return (
        days_from_civil(year, month, day) * SECONDS_PER_DAY
        + hour * SECONDS_PER_HOUR
        + minute * SECONDS_PER_MINUTE
        + second
    )


def from_seconds(seconds: int) -> tuple[int, int, int, int, int, int]:
    """(year, month, day, hour, minute, second) of an instant in seconds since 1970."""
    days, rest = divmod(int(seconds), SECONDS_PER_DAY)
    year, month, day = civil_from_days(days)
    hour, rest = divmod(rest, SECONDS_PER_HOUR)
    minute, second = divmod(rest, SECONDS_PER_MINUTE)
    return year, month, day, hour, minute, second


def weekday(days: int) -> int:
    """ISO weekday (1 = Monday ... 7 = Sunday) of a day number since 1970-01-01."""
    # 1970-01-01 was a Thursday (ISO 4).
    return (days + 3) % 7 + 1


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    """(year, month) ``count`` months after ``year``-``month``."""
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def display_year(year: int) -> tuple[int, bool]:
    """(historical year, is_bce) for an astronomical year: 0 -> (1, True), -499 -> (500, True)."""
    if year <= 0:
        return 1 - year, True
    return year, False
