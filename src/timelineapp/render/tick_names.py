"""What tick labels say: the names a locale gives (months, weekdays, years) and deep-time
numbers ("−13.8 Ga"). Plain Python; ``calendar_names.LocaleNames`` is the Qt-backed locale.

Deep time (steps of 20,000 years and more, up to the age of the universe and beyond):
calendar years stop being readable ("13800000000 BCE"), so these levels count years from
the present in thousands, millions or billions, with the symbols geologists and
cosmologists use in both English and French: "−13.8 Ga", "−65 Ma", "−20 ka", "0",
"+5 Ga". The sign says the direction (minus: before the present, plus: after), one unit
serves a whole view (the largest that the view's magnitude reaches), and the context row
says it in words ("Ga: billions of years before (−) or after (+) 1950", through
:meth:`CalendarNames.deep_time_note`). The present is 1950, the "before present"
convention of radiocarbon and geology, so ticks fall on exact multiples of the step from
a fixed year (a moving "now" would shift every tick each year and make exports differ).
"""

from __future__ import annotations

from typing import Protocol

from timelineapp.model.calendar import ENGLISH_MONTHS, ENGLISH_WEEKDAYS, display_year


class CalendarNames(Protocol):
    """Localised names used in labels (see :class:`PlainNames`, ``LocaleNames``)."""

    def month_name(self, month: int, short: bool) -> str:
        """Name of ``month`` (1-12), standalone form."""
        ...

    def weekday_name(self, iso_weekday: int, short: bool) -> str:
        """Name of ``iso_weekday`` (1 = Monday ... 7 = Sunday)."""
        ...

    def year(self, astronomical_year: int) -> str:
        """Historical year label: ``"2024"``, ``"500 BCE"`` (never a year zero)."""
        ...

    def common_era_year(self, astronomical_year: int) -> str:
        """A year of the common era with its era: ``"9999 CE"`` (where a range starts
        before it, a bare year could be read as BCE too)."""
        ...

    def decimal_point(self) -> str:
        """The decimal separator of deep-time labels ("." in English, "," in French)."""
        ...

    def deep_time_note(self, unit: int) -> str:
        """The words for a deep-time unit (1000, 10**6 or 10**9 years) in the context row."""
        ...


class PlainNames:
    """English :class:`CalendarNames` without Qt, for tests and headless code."""

    def month_name(self, month: int, short: bool) -> str:
        if not 1 <= month <= 12:
            raise ValueError(f"month must be 1-12, got {month}")
        name = ENGLISH_MONTHS[month - 1]
        return name[:3] if short else name

    def weekday_name(self, iso_weekday: int, short: bool) -> str:
        if not 1 <= iso_weekday <= 7:
            raise ValueError(f"iso_weekday must be 1-7, got {iso_weekday}")
        name = ENGLISH_WEEKDAYS[iso_weekday - 1]
        return name[:3] if short else name

    def year(self, astronomical_year: int) -> str:
        number, bce = display_year(astronomical_year)
        return f"{year_number(number)} BCE" if bce else year_number(number)

    def common_era_year(self, astronomical_year: int) -> str:
        return f"{year_number(astronomical_year)} CE"

    def decimal_point(self) -> str:
        return "."

    def deep_time_note(self, unit: int) -> str:
        words = {1000: "thousands", 10**6: "millions", 10**9: "billions"}[unit]
        symbol = DEEP_TIME_SYMBOLS[unit]
        return f"{symbol}: {words} of years before (\N{MINUS SIGN}) or after (+) 1950"


def year_number(number: int, group: str = ",") -> str:
    """A year's number as dates in words write it (``date_word_parts.number``): plain up
    to 9999, grouped by ``group`` from 10,000 on ("50,000"; the locale's separator in the
    window, QA #100: the axis said "100 001 BCE" beside an event "in 50,000 BCE")."""
    if abs(number) < 10_000:
        return str(number)
    return f"{number:,}".replace(",", group)


def group_digits(number: int) -> str:
    """``number`` with its digits grouped by three (narrow no-break spaces) from 100,000 on.

    Years up to 99,999 stay ungrouped ("2024", "10000"), as years are written; longer
    ones ("13 800 000 000") are unreadable without groups. The thin space is the SI and
    French separator and reads right in English too.
    """
    text = str(abs(number))
    if len(text) > 5:
        text = f"{int(text):,}".replace(",", "\N{NARROW NO-BREAK SPACE}")
    return f"-{text}" if number < 0 else text


#: The present of deep-time labels: the "before present" convention (radiocarbon, geology).
PRESENT_YEAR = 1950
#: Deep-time units (years) and their symbols, the same in English and French.
DEEP_TIME_SYMBOLS = {1000: "ka", 10**6: "Ma", 10**9: "Ga"}
#: The finest deep-time step; below it calendar years are still readable.
DEEP_TIME_MIN_STEP = 20_000


def deep_time_unit(years_from_present: int) -> int:
    """The unit of a view reaching ``years_from_present`` (in magnitude) away from 1950."""
    magnitude = abs(years_from_present)
    return next((u for u in (10**9, 10**6) if magnitude >= u), 1000)


def deep_time_label(years: int, unit: int, step: int, decimal_point: str = ".") -> str:
    """ "−13.8 Ga": ``years`` from the present in ``unit``, with the decimals ``step`` needs.

    Integer arithmetic throughout (no float rounding of 13,800,000,000); trailing zeros are
    dropped ("−14 Ga", not "−14.0 Ga") and "0" stands for the present itself.
    """
    if years == 0:
        return "0"
    decimals = 0
    while (step * 10**decimals) % unit:
        decimals += 1
    whole, rest = divmod(abs(years), unit)
    text = str(whole)
    if decimals:
        digits = f"{rest * 10**decimals // unit:0{decimals}d}".rstrip("0")
        if digits:
            text = f"{text}{decimal_point}{digits}"
    sign = "\N{MINUS SIGN}" if years < 0 else "+"
    return f"{sign}{text}\N{NO-BREAK SPACE}{DEEP_TIME_SYMBOLS[unit]}"
