"""Steppers: each numbers the boundaries of one kind of period (years, years from the
present, months, weeks, days and shorter) with consecutive integers, so "the boundary at or
before t" and "the next boundary" are O(1) whatever the year."""

from __future__ import annotations

from typing import Protocol

import msgspec

from timelineapp.model.calendar import SECONDS_PER_DAY, from_seconds, to_seconds

from .tick_names import PRESENT_YEAR

SECONDS_PER_YEAR_MIN = 365 * SECONDS_PER_DAY  # shortest year: the guaranteed lower bound

# A stepper numbers the boundaries of one kind of period with consecutive integers, so
# "the boundary at or before t" and "the next boundary" are O(1) whatever the year.


class Stepper(Protocol):
    @property
    def min_seconds(self) -> float:
        """Lower bound of the duration of one step."""
        ...

    def index_at(self, t: int) -> int:
        """Index of the last boundary at or before ``t``."""
        ...

    def time_of(self, index: int) -> int:
        """Instant of boundary ``index``."""
        ...


class Years(msgspec.Struct, frozen=True):
    """Boundaries at round years as a reader counts them: multiples of ``years`` in the
    common era (2000, 2010), and in BCE years before it (10 BCE, 20 BCE: astronomical
    -9, -19), since there is no year zero (QA #100: astronomical multiples were labelled
    "50001 BCE", "10001 BCE"). Index 0 is the first BCE boundary, ``years`` BCE; the step
    that crosses the era is the one longer step (10 BCE to 10 CE: 19 years), never a
    shorter one. Single years are counted astronomically (1 BCE, then 1).

    With ``era`` (the context row's periods) the start of year 1 is a boundary too, so no
    period straddles the era: "100,000 BCE – 1 BCE", then "1 – 99,999"."""

    years: int
    era: bool = False

    @property
    def min_seconds(self) -> float:
        return float(self.years * SECONDS_PER_YEAR_MIN)

    def index_at(self, t: int) -> int:
        year = from_seconds(t)[0]
        if self.years == 1 or year >= 1:
            return year // self.years
        if self.era:
            return (year - 1) // self.years  # year 1 - k*years is index -k
        return 1 + (year - 1) // self.years  # year 1 - k*years is index 1 - k

    def time_of(self, index: int) -> int:
        if self.years == 1 or index >= 1:
            return to_seconds(index * self.years)
        if self.era:
            return to_seconds(1 + index * self.years)  # index 0: the start of year 1
        return to_seconds(1 - (1 - index) * self.years)


class YearsFromPresent(msgspec.Struct, frozen=True):
    # Deep time: boundaries every ``years`` years counted from PRESENT_YEAR, so "−65 Ma"
    # sits exactly 65 million years before 1950.
    years: int

    @property
    def min_seconds(self) -> float:
        return float(self.years * SECONDS_PER_YEAR_MIN)

    def index_at(self, t: int) -> int:
        return (from_seconds(t)[0] - PRESENT_YEAR) // self.years

    def time_of(self, index: int) -> int:
        return to_seconds(PRESENT_YEAR + index * self.years)


class Months(msgspec.Struct, frozen=True):
    months: int  # 1 or 3; quarters start in January, April, July, October

    @property
    def min_seconds(self) -> float:
        # February (28 days); a quarter is at least Jan+Feb+Mar of a common year (90 days).
        return float((28 if self.months == 1 else 90) * SECONDS_PER_DAY)

    def index_at(self, t: int) -> int:
        year, month = from_seconds(t)[:2]
        return (year * 12 + month - 1) // self.months

    def time_of(self, index: int) -> int:
        year, month0 = divmod(index * self.months, 12)
        return to_seconds(year, month0 + 1)


# Day 4 since the epoch (1970-01-05) was a Monday; weeks are numbered from it.
_FIRST_MONDAY = 4


class Weeks(msgspec.Struct, frozen=True):
    @property
    def min_seconds(self) -> float:
        return float(7 * SECONDS_PER_DAY)

    def index_at(self, t: int) -> int:
        return (t // SECONDS_PER_DAY - _FIRST_MONDAY) // 7

    def time_of(self, index: int) -> int:
        return (_FIRST_MONDAY + 7 * index) * SECONDS_PER_DAY


class Seconds(msgspec.Struct, frozen=True):
    # Days, hours, minutes: every step divides a day and the epoch is a midnight, so
    # multiples of the step are exactly the midnight-aligned boundaries (UTC, no DST).
    seconds: int

    @property
    def min_seconds(self) -> float:
        return float(self.seconds)

    def index_at(self, t: int) -> int:
        return t // self.seconds

    def time_of(self, index: int) -> int:
        return index * self.seconds
