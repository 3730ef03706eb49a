"""Event dates written as EDTF (ISO 8601-2) strings, parsed into instant spans with a precision.

Event files give dates "as precise as the source and no more": ``2012``, ``2024-06``,
``2024-06-07T10:30+02:00``, ``-0499~``, ``199X``, ``2001-21``, ``2004?-06-11``,
``[1667, 1668, 1670..1672]``, ``{1960, 1961-12}``, ``1950S2``, ``Y-13800000000``. The package:

* :mod:`.values`: what a parsed date is (:class:`DatePoint`, :class:`EdtfDate`,
  :class:`Precision`, :class:`DateKind`, :class:`DateForm` and :func:`date_form`);
* :mod:`.spans`: the instants a written date covers (:func:`point_span`, seasons, ``X``
  digits, significant digits) and :func:`format_instant`;
* :mod:`.point_reader` and :mod:`.parser`: the full reader, whose errors (:class:`DateError`,
  :mod:`.errors`) say where, what was expected and what was found;
* :mod:`.fast`: the fast road for the plain forms big files are made of.

Supported: EDTF Level 0 and Level 1 in full, and Level 2's component qualification, ``X``
digits anywhere, one-of and all-of sets, exponential years, significant digits, the extended
seasons 25-41, and intervals whose ends use any of these. Not supported: a wholly unknown year
(``XXXX``, no place on a timeline), sets as interval ends, nested sets. Times are read on
fully known days only. A ``Y`` year is a year alone, as EDTF says (``Y12345-06`` is an error),
and has more than four digits; :func:`format_instant` writes such years alone too.

**Bounds are strict and qualifiers never move them.** ``earliest``/``latest`` cover every
instant the date as written can mean: ``199X`` is 1990-01-01 to the end of 1999, ``1950S2``
1900 to 1999, ``2001-21`` March to May 2001. ``?`` (uncertain), ``~`` (approximate) and
``%`` (both) are kept per component and drawn and said, but do not widen the span: EDTF
gives no width for "approximately", and any width timelineapp invented (a year? ten?) would
put an event into windows that no source suggests, a date more precise, or less, than its
source. So the filter's "possibly within" is an overlap with the written span and "certainly
within" a containment of it; a reader who doubts a ``~`` date widens the window.

Instants are ``int`` seconds since 1970-01-01T00:00 UTC in the proleptic Gregorian calendar
(see :mod:`timelineapp.model.calendar`); Python ints never overflow, and :data:`MAX_ABS_YEAR`
(100 billion years) keeps them, and their differences, within int64 for numpy. Spans are
half-open: ``latest`` is the first second *after* the date.
"""

from __future__ import annotations

from functools import lru_cache

from .errors import DateError
from .fast import (
    FAST_POINT,
    PointFields,
    plain_point_fields,
    read_plain_expression,
    split_plain_expression,
)
from .fast import fast_date as _fast_date
from .parser import Parser as _Parser
from .spans import SEASON_MONTHS, format_instant, point_precision, point_span, season_span
from .values import (
    MAX_ABS_YEAR,
    DateForm,
    DateKind,
    DatePoint,
    EdtfDate,
    Precision,
    component_qualified,
    date_form,
)

__all__ = [
    "FAST_POINT",
    "MAX_ABS_YEAR",
    "SEASON_MONTHS",
    "DateError",
    "DateForm",
    "DateKind",
    "DatePoint",
    "EdtfDate",
    "PointFields",
    "Precision",
    "_Parser",
    "_fast_date",
    "cached_date",
    "component_qualified",
    "date_form",
    "format_instant",
    "parse_date",
    "plain_point_fields",
    "point_precision",
    "point_span",
    "read_plain_expression",
    "season_span",
    "split_plain_expression",
]


def parse_date(text: str) -> EdtfDate:
    """Parse an EDTF date expression; raise :class:`DateError` if it is not supported."""
    fast = _fast_date(text)
    if fast is not None:
        return fast
    return _Parser(text).parse()


@lru_cache(maxsize=1 << 18)
def cached_date(text: str) -> EdtfDate:
    """:func:`parse_date`, memoised: big files repeat the same date strings many times."""
    return parse_date(text)
