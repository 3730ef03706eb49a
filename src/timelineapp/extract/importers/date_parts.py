"""Dates given as separate parts (year, month, day, hour…) written as EDTF text.

TimelineJS and spreadsheets give a date as parts, any of which may be a number or a string,
and say how precise it is by which parts are set: a year alone is a year, no more. This
module turns parts into the EDTF text of the event file format without adding precision; the
text is then checked by the one EDTF reader (:func:`timelineapp.model.dates.parse_date`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from timelineapp.model.dates import MAX_ABS_YEAR, DateError, cached_date
from timelineapp.model.dates.spans import format_year

PART_NAMES = ("year", "month", "day", "hour", "minute", "second")
_INTEGER = re.compile(r"^[+-]?\d+$")
_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?(?:\.\d+)?\s*([AaPp]\.?[Mm]\.?)?$")


class PartsError(ValueError):
    """Parts that make no date; the message says which part and what was found."""


@dataclass(frozen=True, slots=True)
class DateParts:
    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    # A sub-second part was given: it cannot be written (EDTF dates stop at seconds).
    had_fraction: bool = False


def whole_number(value: Any, name: str) -> int | None:
    """A part as an int: ``2024``, ``"2024"``, ``"-13800000000"``, ``2024.0``; None if empty."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise PartsError(f"{name}: expected a whole number, found {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise PartsError(f"{name}: expected a whole number, found {value!r}")
    text = str(value).strip().replace("\u2212", "-")
    if not text:
        return None
    if text.endswith(".0"):
        text = text[:-2]
    # Spreadsheets write big years with separators: "13,800,000,000" or "13 800 000 000".
    compact = re.sub(r"(?<=\d)[,\s\u00a0\u202f](?=\d{3}\b)", "", text)
    if not _INTEGER.match(compact):
        raise PartsError(f"{name}: expected a whole number, found {str(value)!r}")
    return int(compact)


# TimelineJS draws years up to here with JavaScript dates, beyond as bare "big years".
JS_DATE_YEARS = 271_821


def astronomical_year(timelinejs_year: int) -> int:
    """The astronomical year (EDTF's: 0 is 1 BCE) of a TimelineJS year.

    TimelineJS shows a negative year ``-N`` as "N BCE" (its English era label drops the sign),
    so ``-500`` is what its author saw as 500 BCE: astronomical ``-499``. Year 0 is kept (1
    BCE). Beyond JavaScript dates (±271,821 years) TimelineJS shows magnitudes ("66 million
    years"), where a year either way means nothing: the number is kept as written.
    """
    if -JS_DATE_YEARS <= timelinejs_year < 0:
        return timelinejs_year + 1
    return timelinejs_year


def timelinejs_year(year: int) -> int:
    """The inverse of :func:`astronomical_year`, for exports: ``-0499`` → ``-500``."""
    if -JS_DATE_YEARS < year <= 0:
        return year - 1
    return year


def read_parts(values: Mapping[str, Any]) -> DateParts | None:
    """Parts from a TimelineJS date object (``None`` when no year is set)."""
    numbers = {name: whole_number(values.get(name), name) for name in PART_NAMES}
    fraction = whole_number(values.get("millisecond"), "millisecond")
    year = numbers["year"]
    if year is None:
        present = [name for name in PART_NAMES if numbers[name] is not None]
        if present:
            raise PartsError(f"expected a year with the {present[0]}, found no year")
        return None
    return DateParts(
        astronomical_year(year),
        numbers["month"],
        numbers["day"],
        numbers["hour"],
        numbers["minute"],
        numbers["second"],
        bool(fraction),
    )


def read_time(text: str) -> tuple[int, int | None, int | None] | None:
    """``"14:30"``, ``"14:30:05"``, ``"2:30 PM"`` → hour, minute, second; None if empty."""
    text = text.strip()
    if not text:
        return None
    match = _TIME.match(text)
    if match is None:
        raise PartsError(f"time: expected hh:mm or hh:mm:ss (as in 14:30), found {text!r}")
    hour = int(match.group(1))
    minute = int(match.group(2)) if match.group(2) else None
    second = int(match.group(3)) if match.group(3) else None
    meridiem = (match.group(4) or "").lower().replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise PartsError(f"time: expected an hour from 1 to 12 before AM/PM, found {text!r}")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    return hour, minute, second


def year_text(year: int) -> str:
    """The EDTF year: ``2024``, ``-0499``, ``Y-65000000`` (longer years need the ``Y``)."""
    if abs(year) > MAX_ABS_YEAR:
        raise PartsError(
            f"year: expected a year between {-MAX_ABS_YEAR:,} and {MAX_ABS_YEAR:,} (the range "
            f"event files hold), found {year:,}"
        )
    return format_year(year)  # the model's one rule for writing a year


def point_text(parts: DateParts) -> tuple[str, str | None]:
    """One date as EDTF text, as precise as its parts, and its last moment when the parts
    name an hour without minutes (EDTF has no hour precision: the hour becomes a span).

    A year beyond ±9999 is written alone (``Y-65000000``), its month, day and time left out:
    EDTF's ``Y`` years have no month or day, and the year holds the moment, so the date is
    less precise than the parts but true (see :func:`timelineapp.model.dates.format_instant`).
    """
    text = year_text(parts.year)
    order = [
        ("month", parts.month),
        ("day", parts.day),
        ("hour", parts.hour),
        ("minute", parts.minute),
        ("second", parts.second),
    ]
    missing: str | None = None
    for name, value in order:
        if value is None:
            missing = missing or name
        elif missing is not None:
            raise PartsError(f"{name}: expected no {name} without a {missing}, found {value}")
    if text.startswith("Y") and parts.month is not None:
        # The parts are still checked by the one EDTF reader, on a four-digit year of the same
        # place in the 400-year Gregorian cycle (same leap years): a month 13 stays an error.
        stand_in, _ = point_text(replace(parts, year=2000 + parts.year % 400))
        try:
            cached_date(stand_in)
        except DateError as error:
            raise PartsError(str(error).replace(stand_in[:4], str(parts.year))) from None
    if text.startswith("Y"):
        return text, None
    if parts.month is None:
        return text, None
    text += f"-{parts.month:02d}"
    if parts.day is None:
        return text, None
    text += f"-{parts.day:02d}"
    if parts.hour is None:
        return text, None
    if parts.minute is None:
        return f"{text}T{parts.hour:02d}:00", f"{text}T{parts.hour:02d}:59"
    text += f"T{parts.hour:02d}:{parts.minute:02d}"
    if parts.second is not None:
        text += f":{parts.second:02d}"
    return text, None


def edtf_from_parts(start: DateParts, end: DateParts | None = None) -> str:
    """The EDTF date of a start (and optional end), checked by the EDTF reader.

    An hour without minutes is "some moment in that hour": ``[…T10:00..…T10:59]`` alone, or
    the whole hour as an interval's end.
    """
    first, first_last = point_text(start)
    if end is None:
        text = f"[{first}..{first_last}]" if first_last else first
    else:
        last, last_last = point_text(end)
        text = f"{first}/{last_last or last}"
    try:
        cached_date(text)
    except DateError as error:
        raise PartsError(str(error)) from None
    return text
