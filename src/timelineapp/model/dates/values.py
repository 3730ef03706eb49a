"""What a parsed date is: :class:`DatePoint` (one written date), :class:`EdtfDate` (the whole
expression), their :class:`Precision` and :class:`DateKind`, and :class:`DateForm`, the EDTF
forms a date uses (so that the timeline can draw each one its own way)."""

from __future__ import annotations

from enum import IntEnum, IntFlag, StrEnum
from typing import Final

import msgspec

# Cosmology needs the Big Bang (13.8 billion years ago) and a margin. The bound keeps every
# instant, and the difference of any two instants, inside int64 seconds (±292 billion years)
# for code that hands them to numpy or Qt: 100 billion years is 3.2e18 s, twice that 6.3e18.
MAX_ABS_YEAR: Final = 100_000_000_000

QUALIFIERS: Final = ("?", "~", "%")


class Precision(IntEnum):
    """How finely a date is written; larger is finer, so ``min`` gives the coarsest.

    A season (``2001-21``) is written at MONTH precision: its unit is a group of months.
    An unspecified digit keeps the written precision (``1999-XX`` is MONTH, ``199X`` YEAR).
    """

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
    # [A..B]: one date somewhere from A to B ("a Friday of June"); [A, B, C..D]: one of these
    # (then ``members`` lists them).
    ONE_OF = "one_of"
    ALL_OF = "all_of"  # {A, B, C..D}: every one of these (``members`` lists them)


class DateForm(IntFlag):
    """The EDTF forms a date uses beyond plain dates, intervals and whole-date qualifiers.

    One byte per event in the index (``date_form`` column), so that drawing, the legend and
    filters can tell "some year of the 1990s" from "1990 to 1999" without parsing again.
    """

    UNSPECIFIED = 1  # an X digit somewhere: 199X, 1999-01-XX, 156X-12-25
    SEASON = 2  # 2001-21 (spring) ... 2001-41 (second semester)
    ONE_OF_SET = 4  # [1667, 1668, 1670..1672]
    ALL_OF_SET = 8  # {1960, 1961-12}
    COMPONENT_QUALIFIED = 16  # 2004?-06-11: a qualifier on some components, not the whole date
    SIGNIFICANT = 32  # 1950S2, Y171010000S3: a year known to some significant digits


def qualifier_of(uncertain: bool, approximate: bool) -> str:
    """'', '?', '~' or '%' for the two flags."""
    if uncertain:
        return "%" if approximate else "?"
    return "~" if approximate else ""


class DatePoint(msgspec.Struct, frozen=True):
    """One calendar date as written, with the span of instants it covers.

    The calendar fields are the written ones (local time when an offset was given);
    ``earliest`` and ``latest`` are converted to UTC. ``latest`` is exclusive: ``2024`` covers
    ``[2024-01-01T00:00, 2025-01-01T00:00)``.

    A component that holds an ``X`` digit is None (``1999-XX``: month None, MONTH precision),
    except the year, which is then the earliest year the digits allow (``199X``: 1990); with
    significant digits the year is the written estimate (``1950S2``: 1950, spanning
    1900–1999). ``written`` keeps the calendar part as written (without qualifiers) for those
    forms, so that words can repeat it; it is empty for plain dates.

    ``uncertain``/``approximate`` say whether any component carries ``?``/``~`` (``%`` is
    both); the per-component qualifiers say which. A qualifier at the end of a date applies to
    every component (``2004-06~``: year and month approximate).
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
    season: int | None = None  # 21-41 when the month component is a season
    unspecified: bool = False  # any X digit
    year_qualifier: str = ""  # "", "?", "~" or "%"
    month_qualifier: str = ""  # of the month or season component
    day_qualifier: str = ""
    significant_digits: int | None = None  # 1950S2 -> 2
    written: str = ""  # "156X-12-25", "1950S2", "Y17E7" (empty for plain dates)


class EdtfDate(msgspec.Struct, frozen=True):
    """A whole parsed date expression: a single date, an interval, a one-sided bound or a set.

    For ``SINGLE``, ``ON_OR_BEFORE`` and ``ON_OR_AFTER`` the one written date is both ``start``
    and ``end``. ``earliest``/``latest`` span the known points only: an open side adds nothing,
    the flags say it is open.

    A set (``ONE_OF`` with more than a bare ``[A..B]``, or ``ALL_OF``) lists its ``members`` as
    written, each a ``SINGLE`` date, a range (``ONE_OF`` in a one-of set, ``INTERVAL`` in an
    all-of set: every date of it) or an open end (``ON_OR_BEFORE`` first, ``ON_OR_AFTER``
    last); ``start`` and ``end`` are then the earliest and the latest known points.
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
    members: tuple[EdtfDate, ...] = ()


def assemble(
    text: str,
    kind: DateKind,
    start: DatePoint | None,
    end: DatePoint | None,
    open_start: bool,
    open_end: bool,
) -> EdtfDate:
    """An :class:`EdtfDate` of one or two points, summarising the known points (at least one)."""
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


def assemble_set(text: str, kind: DateKind, members: tuple[EdtfDate, ...]) -> EdtfDate:
    """A one-of or all-of set of parsed members (at least one)."""
    points = [
        point for member in members for point in (member.start, member.end) if point is not None
    ]
    first = min(points, key=lambda point: point.earliest)
    last = max(points, key=lambda point: point.latest)
    return EdtfDate(
        text=text,
        kind=kind,
        start=first,
        end=last,
        open_start=any(member.open_start for member in members),
        open_end=any(member.open_end for member in members),
        earliest=first.earliest,
        latest=last.latest,
        precision=min(member.precision for member in members),
        uncertain=any(member.uncertain for member in members),
        approximate=any(member.approximate for member in members),
        members=members,
    )


def component_qualified(point: DatePoint) -> bool:
    """True when the written components carry different qualifiers (``2004?-06-11``), as
    opposed to none or one for the whole date (``2004-06-11?``, ``2004-06~``)."""
    written = {point.year_qualifier}
    if point.precision >= Precision.MONTH:
        written.add(point.month_qualifier)
    if point.precision >= Precision.DAY:
        written.add(point.day_qualifier)
    return len(written) > 1


def _point_form(point: DatePoint) -> DateForm:
    form = DateForm(0)
    if point.unspecified:
        form |= DateForm.UNSPECIFIED
    if point.season is not None:
        form |= DateForm.SEASON
    if point.significant_digits is not None:
        form |= DateForm.SIGNIFICANT
    if component_qualified(point):
        form |= DateForm.COMPONENT_QUALIFIED
    return form


def date_form(date: EdtfDate) -> DateForm:
    """The EDTF forms ``date`` uses (its points and members), as one flag set."""
    form = DateForm(0)
    if date.members:
        form |= DateForm.ALL_OF_SET if date.kind is DateKind.ALL_OF else DateForm.ONE_OF_SET
        for member in date.members:
            form |= date_form(member)
    for point in (date.start, date.end):
        if point is not None:
            form |= _point_form(point)
    return form
