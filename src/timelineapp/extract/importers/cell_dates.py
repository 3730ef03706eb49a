"""Dates as spreadsheets and exports write them, rewritten as EDTF text.

Only unambiguous forms are read: EDTF itself (checked by the one EDTF reader), ISO date-times
with a space or sub-second digits (``2024-06-07 10:30:00.123+02:00``), ``2024/06/07``, and
dates with an English month name (``16 May 2024``, ``16-May-2024``, ``May 16, 2024``). A
date such as ``06/07/2024`` is June 7 in one country and July 6 in another: it is refused
with a message, never guessed (TimelineJS's own sheet, documented with US dates, is the one
place where ``M/D/YYYY`` is read, by :func:`us_date`).
"""

from __future__ import annotations

import datetime as dt
import re

from timelineapp.model.dates import DateError, cached_date

from .date_parts import PartsError

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_ISO_TIME = re.compile(
    r"^(-?\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(\.\d+)?\s*"
    r"(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$",
    re.IGNORECASE,
)
_SLASHED_ISO = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[\s\-]+([A-Za-z]{3,9})\.?[\s\-,]+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$")
_US = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+(\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp]?[Mm]?))?$")
_EXPECTED = (
    "an EDTF date (2024-06-07, 2024-06, 2024), an ISO date-time (2024-06-07 10:30), "
    "or a date with a month name (16 May 2024)"
)


class CellDate:
    """An EDTF date read from a cell, whether sub-second digits were cut, and the part of its
    period the words named that EDTF cannot hold ("mid" of "mid-2024"), with the cell as
    written (then kept in the event's note)."""

    __slots__ = ("cut_fraction", "part", "text", "written")

    def __init__(
        self, text: str, cut_fraction: bool = False, part: str = "", written: str = ""
    ) -> None:
        self.text = text
        self.cut_fraction = cut_fraction
        self.part = part
        self.written = written


def cell_date(value: str) -> CellDate:
    """The EDTF date a cell means; :class:`PartsError` (saying why) when it is not clear."""
    text = value.strip()
    try:
        cached_date(text)
    except DateError as error:
        edtf_problem = error
    else:
        return CellDate(text)
    made = _rewrite(text)
    if made is None:
        numeric = _US.match(text)
        if numeric:
            raise PartsError(f"expected {_EXPECTED}, found {text!r}: {_numeric_problem(numeric)}")
        if re.match(r"^[\d\-\[\]./~?%Y]+$", text):
            raise PartsError(str(edtf_problem))  # an EDTF attempt: the reader explains best
        raise PartsError(f"expected {_EXPECTED}, found {text!r}")
    try:
        cached_date(made.text)
    except DateError as error:
        raise PartsError(str(error)) from None
    return made


def _numeric_problem(match: re.Match[str]) -> str:
    """Why ``a/b/YYYY`` is refused: ambiguous, impossible in either order (the EDTF reader
    says why, e.g. June has 30 days), or readable one way only (then say how to write it)."""
    first, second, year = match.group(1, 2, 3)
    valid: list[str] = []
    problems: list[DateError] = []
    for month, day in ((int(first), int(second)), (int(second), int(first))):
        if not 1 <= month <= 12:
            continue
        candidate = f"{year}-{month:02d}-{day:02d}"
        try:
            cached_date(candidate)
        except DateError as error:
            problems.append(error)
        else:
            valid.append(candidate)
    if len(set(valid)) > 1:
        return "day and month order is ambiguous"
    if valid:
        return f"numeric day/month dates are not read, whatever their order: write {valid[0]}"
    if problems:
        return f"impossible date in either day/month order ({problems[0]})"
    return "impossible date: neither number is a month (1 to 12)"


def _rewrite(text: str) -> CellDate | None:
    match = _ISO_TIME.match(text)
    if match:
        year, month, day, hour, minute, second, fraction, zone = match.groups()
        made = f"{year}-{month}-{day}T{hour}:{minute}"
        if second is not None:
            made += f":{second}"
        if zone:
            made += "Z" if zone.upper() in ("Z", "UTC") else zone
        return CellDate(made, bool(fraction and fraction.strip(".0")))
    match = _SLASHED_ISO.match(text)
    if match:
        year, month, day = match.groups()
        return CellDate(f"{year}-{int(month):02d}-{int(day):02d}")
    match = _DAY_MONTH_YEAR.match(text)
    if match:
        day, month_name, year = match.groups()
        month = _MONTHS.get(month_name.lower())
        return None if month is None else CellDate(f"{year}-{month:02d}-{int(day):02d}")
    match = _MONTH_DAY_YEAR.match(text)
    if match:
        month_name, day, year = match.groups()
        month = _MONTHS.get(month_name.lower())
        return None if month is None else CellDate(f"{year}-{month:02d}-{int(day):02d}")
    return None


def us_date(text: str) -> tuple[int, int, int, str] | None:
    """``M/D/YYYY [time]`` as TimelineJS's sheet documents it: month, day, year, time text."""
    match = _US.match(text.strip())
    if match is None:
        return None
    month, day, year, time = match.groups()
    return int(month), int(day), int(year), time or ""


def timestamp_date(microseconds: str) -> CellDate:
    """A Timesketch/Plaso ``timestamp`` (microseconds since 1970, UTC) as an EDTF date-time."""
    try:
        value = int(microseconds.strip())
    except ValueError:
        raise PartsError(
            f"timestamp: expected microseconds since 1970 (as in 1331698658276340), "
            f"found {microseconds!r}"
        ) from None
    seconds, rest = divmod(value, 1_000_000)
    try:
        moment = dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=seconds)
    except OverflowError:
        raise PartsError(f"timestamp: {value} is out of range") from None
    made = (
        f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
        f"T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}Z"
    )
    return CellDate(made, bool(rest))
