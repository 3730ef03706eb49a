"""The index columns of many date strings at once, with numpy: the load's road for the
common written forms.

Loading a million events reads hundreds of thousands of distinct date strings; even the
scalar fast road (:func:`.date_columns.date_columns`) spends a few microseconds of Python on
each. Nearly all of them are written in a handful of shapes (``2024``, ``2024-06``,
``2024-06-07``, ``2024-06-07T10:30Z``, intervals and one-sided bounds of those), so the strings
of a chunk are read together: each string's *template* (its characters with every digit
replaced by ``9``) says where its fields are, the templates are read once each by the scalar
fast road's own grammar (:func:`.dates.split_plain_expression` and :data:`.dates.FAST_POINT`),
and the fields of every string are then gathered, checked and turned into seconds column by
column.

Whatever is not plainly one of those forms — a template the grammar refuses, a field out of
range (month 13, 31 April, 24:00, a ``+24:00`` offset, ``-0000``), a reversed interval, a
character outside ASCII, a string longer than :data:`MAX_WIDTH` — is *deferred*: the caller
reads it with :func:`.file_format.event_date_columns`, which decides and explains. So this
module may defer too much but never reads a date differently: the full parser stays the one
definition, and ``tests/model/test_dates_fast_path.py`` checks that every column given here
is the full parser's.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import Final

import msgspec
import numpy as np
import numpy.typing as npt
from msgspec import Struct

from .calendar import SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE, days_from_civil
from .date_columns import COLUMN_COUNT, MarkFlag
from .dates import FAST_POINT, DateKind, Precision, split_plain_expression

MAX_WIDTH: Final = 64
"""Longer strings are deferred (the longest plain form, an interval of two zoned seconds
with qualifiers, is 51 characters)."""

# The fields of a side, in the order of the fast road's regular expression groups 2-7 and
# the zone's two numbers; each with its number of digits.
_YEAR, _MONTH, _DAY, _HOUR, _MINUTE, _SECOND, _ZONE_HOURS, _ZONE_MINUTES = range(8)
_FIELD_DIGITS: Final = (4, 2, 2, 2, 2, 2, 2, 2)
_QUALIFIER_FLAGS: Final = {
    None: 0,
    "?": int(MarkFlag.UNCERTAIN),
    "~": int(MarkFlag.APPROXIMATE),
    "%": int(MarkFlag.UNCERTAIN | MarkFlag.APPROXIMATE),
}
_KIND_FLAGS: Final = {
    DateKind.SINGLE: 0,
    DateKind.ON_OR_BEFORE: int(MarkFlag.OPEN_START),
    DateKind.ON_OR_AFTER: int(MarkFlag.OPEN_END),
    DateKind.INTERVAL: int(MarkFlag.INTERVAL),
}
_DAYS_IN_MONTH: Final = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], np.int64)
_NINE, _ZERO = ord("9"), ord("0")
_TEMPLATE_BYTES: Final = np.where(
    (np.arange(256) >= _ZERO) & (np.arange(256) <= _NINE), _NINE, np.arange(256)
).astype(np.uint8)
"""Each byte in a template: a digit as "9", any other as itself."""


class _Side(Struct, frozen=True, dict=True):
    """Where one point's fields are in the strings of a template, and what it has."""

    positions: tuple[int, ...]  # first character of each field (0 when absent)
    present: tuple[bool, ...]  # which fields are written
    negative: bool  # a "-" before the year
    zone_sign: int  # +1 / -1 for a written offset, 0 for none or "Z"
    qualifier: int  # MarkFlag bits of "?", "~", "%"

    @cached_property
    def digits(self) -> tuple[int, ...]:
        """Where each digit of each field is: the year's four, then two per field (read
        once per template, not once per chunk)."""
        return tuple(
            at + k
            for at, digits in zip(self.positions, _FIELD_DIGITS, strict=True)
            for k in range(digits)
        )


class _Layout(msgspec.Struct, frozen=True):
    """How the fast road reads every string of one template."""

    kind: DateKind
    sides: tuple[_Side | None, _Side | None]  # the start and end points; None when open


_NO_SIDE = _Side((0,) * 8, (False,) * 8, False, 0, 0)
_layouts: dict[bytes, _Layout | None] = {}


def _side(template: str, at: int) -> _Side | None:
    """The layout of the point written in ``template`` from ``at`` on, as
    :func:`.dates.plain_point_fields` reads it; None when it does not."""
    match = FAST_POINT.fullmatch(template)
    if match is None:
        return None
    positions, present = [], []
    for group in range(2, 8):  # year, month, day, hour, minute, second
        start = match.start(group)
        positions.append(at + max(start, 0))
        present.append(start >= 0)
    zone = match.group(8)
    zone_sign = 0
    zone_positions, zone_present = [0, 0], [False, False]
    if zone and zone != "Z":
        zone_sign = 1 if zone[0] == "+" else -1
        first = at + match.start(8) + 1
        zone_positions[0], zone_present[0] = first, True
        if len(zone) > 3:
            zone_positions[1] = first + (3 if zone[3] == ":" else 2)
            zone_present[1] = True
    return _Side(
        tuple(positions + zone_positions),
        tuple(present + zone_present),
        bool(match.group(1)),
        zone_sign,
        _QUALIFIER_FLAGS[match.group(9)],
    )


def _layout(template: bytes) -> _Layout | None:
    """The layout of a template (read once, then remembered), or None to defer its strings."""
    if template in _layouts:
        return _layouts[template]
    text = template.decode("ascii")
    layout = None
    split = split_plain_expression(text)
    if split is not None:
        kind, first, last = split
        if kind is DateKind.SINGLE:
            starts = (0, 0)
        elif kind is DateKind.ON_OR_BEFORE:
            starts = (3, 3)
        elif kind is DateKind.ON_OR_AFTER:
            starts = (1, 1)
        else:
            starts = (0, text.index("/") + 1)
        sides = tuple(
            None if part is None else _side(part, at)
            for part, at in zip((first, last), starts, strict=True)
        )
        read = [side is not None for side, part in zip(sides, (first, last), strict=True) if part]
        if all(read):
            layout = _Layout(kind, (sides[0], sides[1]))
    if len(_layouts) < 1 << 14:  # a bound, for files made of odd dates
        _layouts[template] = layout
    return layout


def bulk_date_columns(
    texts: Sequence[str],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_]]:
    """``(len(texts), 7)`` index columns (as :func:`.date_columns.date_columns` gives them)
    and which rows are *deferred*: their columns are not given here, and the caller reads
    those strings one by one (where an invalid date raises its located error)."""
    count = len(texts)
    columns = np.zeros((count, COLUMN_COUNT), np.int64)
    deferred = np.ones(count, np.bool_)
    if not count:
        return columns, deferred
    joined = "\n".join(texts)
    lengths = np.fromiter(map(len, texts), np.int64, count)
    plain = joined.isascii() and joined.count("\n") == count - 1 and "\0" not in joined
    if not plain or int(lengths.max()) > MAX_WIDTH:
        # Some text is not ASCII, holds a line break or a NUL, or is too long (rare): read
        # the others alone.
        readable = [
            i
            for i, text in enumerate(texts)
            if text.isascii() and "\n" not in text and "\0" not in text
            and len(text) <= MAX_WIDTH
        ]  # fmt: skip
        if readable:
            some_columns, some_deferred = bulk_date_columns([texts[i] for i in readable])
            columns[readable], deferred[readable] = some_columns, some_deferred
        return columns, deferred
    # The strings side by side, one row each (NULs after the end), as numpy lays out an
    # array of strings, 8-byte words wide; then one byte a character (all ASCII).
    width = -(-max(1, int(lengths.max())) // 8) * 8
    table = np.array(texts, dtype=f"<U{width}").view(np.uint32).astype(np.uint8)
    table = table.reshape(count, width)
    # The template of each string: digits as "9".
    templates = np.take(_TEMPLATE_BYTES, table)
    # Rows of one buffer: every field's digits are inside their string, so inside its row.
    buffer = table.reshape(-1)
    starts = np.arange(count, dtype=np.int64) * width
    keys, inverse = _group(templates)
    layouts = [None if not key else _layout(key) for key in keys]
    known = np.array([layout is not None for layout in layouts], np.bool_)[inverse]
    if not known.any():
        return columns, deferred
    rows = np.flatnonzero(known)
    inverse = inverse[rows]
    kind_flags = np.array(
        [0 if lay is None else _KIND_FLAGS[lay.kind] for lay in layouts], np.int64
    )[inverse]
    interval = (kind_flags & int(MarkFlag.INTERVAL)) != 0
    points = []
    for s in (0, 1):
        sides = [_NO_SIDE if lay is None else (lay.sides[s] or _NO_SIDE) for lay in layouts]
        has_side = np.array(
            [lay is not None and lay.sides[s] is not None for lay in layouts], np.bool_
        )[inverse]
        if s == 0:
            points.append((has_side, *_read_points(buffer, starts[rows], sides, inverse)))
            continue
        # The end point counts only in an interval: a single date or a bound writes the
        # same point twice (read as the start). Read for intervals only (about a third).
        read = np.flatnonzero(has_side & interval)
        found = _read_points(buffer, starts[rows[read]], sides, inverse[read])
        ok1, e1, l1, p1, q1 = np.ones(rows.size, np.bool_), *np.zeros((4, rows.size), np.int64)
        for whole, part in zip((ok1, e1, l1, p1, q1), found, strict=True):
            whole[read] = part
        points.append((has_side, ok1, e1, l1, p1, q1))
    (has0, ok0, e0, l0, p0, q0), (has1, ok1, e1, l1, p1, q1) = points
    ok = (ok0 | ~has0) & (ok1 | ~has1)
    both = has0 & has1 & interval
    ok &= ~(both & (e1 < e0))  # a reversed interval: the full parser explains it
    single = ~interval
    start_only = interval & has0 & ~has1
    end_only = interval & ~has0 & has1
    out = np.empty((rows.size, COLUMN_COUNT), np.int64)
    out[:, 0] = np.where(end_only, e1, e0)
    out[:, 1] = np.where(single | start_only, l0, np.where(end_only, l1, np.maximum(l0, l1)))
    out[:, 2] = np.where(single, e0, np.where(end_only, e1, l0))
    out[:, 3] = np.where(single, l0, np.where(end_only, e1, np.where(start_only, l0, e1)))
    out[:, 4] = np.where(end_only, p1, np.where(both, np.minimum(p0, p1), p0))
    flags = kind_flags | np.where(has0, q0, 0) | np.where(has1 & interval, q1, 0)
    flags |= np.where(end_only, int(MarkFlag.OPEN_START), 0)
    flags |= np.where(start_only, int(MarkFlag.OPEN_END), 0)
    out[:, 5] = flags
    out[:, 6] = 0  # the plain forms are DateForm 0
    good = rows[ok]
    columns[good] = out[ok]
    deferred[good] = False
    return columns, deferred


_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5,
                 0x85EBCA77C2B2AE63, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB],
                np.uint64)  # fmt: skip


def _group(templates: npt.NDArray[np.uint8]) -> tuple[list[bytes], npt.NDArray[np.intp]]:
    """The distinct rows of ``templates`` (a whole number of 8-byte words wide) (as bytes,
    NULs stripped) and each row's number.

    Rows are grouped by a 64-bit mix of their bytes (sorting integers is far quicker than
    sorting strings); a row that is not its group's first, byte for byte, gets its own group
    under the empty key (deferred), so a collision can only defer, never misread.
    """
    width = templates.shape[1]
    words = width // 8
    lanes = templates.view(np.uint64)
    mix = _MIX[np.arange(words) % _MIX.size]
    hashes = (lanes * mix).sum(axis=1, dtype=np.uint64) ^ (lanes[:, 0] >> np.uint64(7))
    _, first, inverse = np.unique(hashes, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
    same = (lanes == lanes[first[inverse]]).all(axis=1)
    keys = [templates[k].tobytes().rstrip(b"\0") for k in first.tolist()]
    if not same.all():
        inverse = np.where(same, inverse, len(keys))
        keys.append(b"")
    return keys, inverse


def _read_points(
    buffer: npt.NDArray[np.uint8],
    starts: npt.NDArray[np.int64],
    sides: list[_Side],
    inverse: npt.NDArray[np.intp],
) -> tuple[
    npt.NDArray[np.bool_],
    npt.NDArray[np.int64],
    npt.NDArray[np.int64],
    npt.NDArray[np.int64],
    npt.NDArray[np.int64],
]:
    """One side's point of every row (its string at ``starts`` in ``buffer``; ``sides``: the
    side's layout by template, ``inverse``: each row's template): whether its fields are in
    range, its earliest and latest instants, precision and qualifier bits."""
    # Where each digit of each field is, by template: the year's four, then two per field.
    digit_at = np.array([side.digits for side in sides], np.int64)
    present = np.array([side.present for side in sides], np.bool_)[inverse]
    digits = buffer[starts[:, None] + digit_at[inverse]].astype(np.int64) - _ZERO
    year = digits[:, :4] @ np.array([1000, 100, 10, 1], np.int64)
    pairs = digits[:, 4:].reshape(-1, 7, 2)
    rest = np.where(present[:, 1:], pairs[:, :, 0] * 10 + pairs[:, :, 1], 0)
    month, day, hour, minute, second, zone_hours, zone_minutes = rest.T
    negative = np.array([side.negative for side in sides], np.bool_)[inverse]
    zone_sign = np.array([side.zone_sign for side in sides], np.int64)[inverse]
    qualifier = np.array([side.qualifier for side in sides], np.int64)[inverse]
    has_month, has_day, has_time, has_second = (present[:, f] for f in (1, 2, 3, 5))
    ok = ~(negative & (year == 0))  # "-0000": the full parser explains
    year = np.where(negative, -year, year)
    ok &= ~has_month | ((month >= 1) & (month <= 12))
    month = np.where(has_month & ok, month, 1)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    month_days = _DAYS_IN_MONTH[month - 1] + ((month == 2) & leap)
    ok &= ~has_day | ((day >= 1) & (day <= month_days))
    day = np.where(has_day & ok, day, 1)
    ok &= ~has_time | ((hour <= 23) & (minute <= 59) & (second <= 59))
    ok &= (zone_hours <= 23) & (zone_minutes <= 59)
    offset = zone_sign * (zone_hours * SECONDS_PER_HOUR + zone_minutes * SECONDS_PER_MINUTE)
    # Year precision: the year; month: the month; day: the day; then the minute or second.
    next_month = year * 12 + month  # (month - 1) + 1 months after year 0's January
    day_start = days_from_civil(year, month, day) * SECONDS_PER_DAY
    year_end = days_from_civil(year + 1, np.ones_like(year), np.ones_like(year))
    month_end = days_from_civil(next_month // 12, next_month % 12 + 1, np.ones_like(year))
    timed = day_start + hour * SECONDS_PER_HOUR + minute * SECONDS_PER_MINUTE + second - offset
    earliest = np.where(has_time, timed, day_start)
    latest = np.where(
        ~has_month,
        year_end * SECONDS_PER_DAY,
        np.where(
            ~has_day,
            month_end * SECONDS_PER_DAY,
            np.where(~has_time, day_start + SECONDS_PER_DAY, timed + np.where(has_second, 1, 60)),
        ),
    )
    precision = np.select(
        [~has_month, ~has_day, ~has_time, ~has_second],
        [Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.MINUTE],
        Precision.SECOND,
    ).astype(np.int64)
    return ok, earliest, latest, precision, qualifier


__all__ = ["MAX_WIDTH", "bulk_date_columns"]
