"""What each EDTF date form shows on the timeline, so that a glance tells the truth:

- **unspecified digits** (``199X``, ``1999-XX``, ``156X-12-25``): the candidate dates the
  digits allow, cross-hatched (an ``X`` is a cross), with a divider between neighbours: a
  decade of ten years, or ten separate Christmases joined like a one-of set;
- **a season** (``2001-21``): a rounded band over its months, one divider per month;
- **a one-of set** (``[1667, 1668, 1670..1672]``): each member marked, hatched ("one of
  these"), joined by dashed lines; **an all-of set** (``{1960, 1961-12}``): each member solid
  (every one of them), joined by solid lines; nothing is drawn between members, where the
  date is not;
- **significant digits** (``1950S2``): the hatched span with a tick at the estimate;
- **a qualifier on one component** (``2004?-06-11``): a bracket over the span of the
  component in doubt (the whole year 2004, or only that day), with the qualifier's mark, so
  the doubt sits where it is; the whole-date styles (dashed outline, label mark) are then
  not used, as they would put the doubt on the whole date.

Only visible events whose ``date_form`` byte (a column of the index) is set come here; their
dates are parsed once (``cached_date``) and what they show is kept in instants per file, so
a frame maps a few integers to pixels. Plain data, no Qt: :mod:`.date_marks_paint` paints it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import msgspec
import numpy as np
import numpy.typing as npt

from ..model.calendar import SECONDS_PER_DAY, add_months, from_seconds, to_seconds
from ..model.dates import DateError, DateForm, DateKind, DatePoint, EdtfDate, Precision, cached_date

#: Marks of doubt, on labels (whole-date qualifiers) and over components: "(?)", the editor's
#: mark of doubt, cannot be read as the end of a question, in French above all (issue 15).
QUALIFIER_MARKS = {"?": "(?)", "~": "~", "%": "(?)~"}
#: Unspecified digits are drawn as their candidate dates up to this many (two X digits).
MAX_CANDIDATES = 128
#: Dividers closer than this (pixels) are left out: a band of lines reads as a fill.
MIN_DIVIDER_SPACING = 3.0

#: Forms whose date is not one plain span: never drawn as a single point marker.
SPREAD_FORMS = int(
    DateForm.UNSPECIFIED
    | DateForm.SEASON
    | DateForm.ONE_OF_SET
    | DateForm.ALL_OF_SET
    | DateForm.SIGNIFICANT
)


class Span(msgspec.Struct, frozen=True):
    """A stretch of time in instants: ``[t0, t1)`` seconds since 1970."""

    t0: int
    t1: int
    point: bool = False  # known to the day or finer: a marker when narrow


class DoubtSpan(msgspec.Struct, frozen=True):
    """A component in doubt: its span, its qualifier ("?", "~", "%") and which one it is."""

    span: Span
    qualifier: str
    component: str  # "year", "month" or "day"


class FormInstants(msgspec.Struct, frozen=True):
    """What a date form shows, in instants (per file; mapped to pixels each frame)."""

    form: int
    pieces: tuple[Span, ...] = ()  # drawn instead of the mark's band; empty: the usual mark
    dividers: tuple[int, ...] = ()  # unit boundaries inside contiguous pieces
    joined: bool = False  # pieces joined by lines (sets, scattered candidates)
    certain: bool = False  # every piece happened (all-of set): solid, solid joins
    estimate: int | None = None  # significant digits: the estimated year's middle
    doubts: tuple[DoubtSpan, ...] = ()


class Piece(msgspec.Struct, frozen=True):
    x0: float
    x1: float
    point: bool


class Doubt(msgspec.Struct, frozen=True):
    x0: float
    x1: float
    qualifier: str
    component: str
    level: int  # 0 for the finest component; brackets of coarser ones sit higher


class DateFormMark(msgspec.Struct, frozen=True):
    """What the painter draws for one event's date form, in pixels."""

    form: int
    pieces: tuple[Piece, ...] = ()
    dividers: tuple[float, ...] = ()
    joined: bool = False
    certain: bool = False
    season: bool = False
    unspecified: bool = False
    estimate_x: float | None = None
    doubts: tuple[Doubt, ...] = ()

    @property
    def replaces_body(self) -> bool:
        """Whether the pieces are drawn instead of the mark's usual band or marker."""
        return bool(self.pieces)


# --- instants: once per event and file ---------------------------------------------------


def form_instants(date: EdtfDate, form: int) -> FormInstants:
    """What ``date`` (whose forms are ``form``) shows, in instants."""
    doubts = _doubts(date) if form & DateForm.COMPONENT_QUALIFIED else ()
    if date.members:
        certain = date.kind is DateKind.ALL_OF
        pieces = tuple(_member_span(member) for member in date.members)
        return FormInstants(form, pieces, (), True, certain, None, doubts)
    point = date.start if date.kind is DateKind.SINGLE else None
    if point is None:
        # Intervals and one-sided bounds keep their usual drawing (fuzzy ends, open tails);
        # a doubt on one component of an end is still shown where it is.
        return FormInstants(form, doubts=doubts)
    if point.unspecified:
        found = _candidates(point)
        if found:
            pieces, dividers, scattered = _runs(found)
            return FormInstants(form, pieces, dividers, scattered, doubts=doubts)
    if point.season is not None:
        months = _month_starts(point.earliest, point.latest)
        return FormInstants(form, (Span(point.earliest, point.latest),), months, doubts=doubts)
    if point.significant_digits is not None:
        estimate = (to_seconds(point.year) + to_seconds(point.year + 1)) // 2
        whole = (Span(point.earliest, point.latest),)
        return FormInstants(form, whole, estimate=estimate, doubts=doubts)
    if point.unspecified:  # too many candidates to draw: the whole span, cross-hatched
        return FormInstants(form, (Span(point.earliest, point.latest),), doubts=doubts)
    return FormInstants(form, doubts=doubts)


def _member_span(member: EdtfDate) -> Span:
    exact = member.kind is DateKind.SINGLE and member.precision >= Precision.DAY
    return Span(member.earliest, member.latest, exact)


def _candidates(point: DatePoint) -> list[Span]:
    """The dates an ``X`` digit can stand for, as the model reads them ("199X": ten years).

    Years alone are counted without parsing; with a month or day, each candidate is parsed
    (the model knows which days exist), the digits of a month's or day's tens limited to
    those that can start one (0-1, 0-3), so "1999-XX" parses 20 strings, not 100.
    """
    written = point.written
    free = written.count("X")
    if not free or 10**free > MAX_CANDIDATES:
        return []
    sign = "-" if written.startswith("-") else ""
    parts = written[len(sign) :].split("-")
    if len(parts) == 1:
        years = sorted(int(sign + "".join(d)) for d in _fillings(parts[0], "0123456789"))
        return [Span(to_seconds(y), to_seconds(y + 1)) for y in years]
    choices = [_digit_choices(part, k) for k, part in enumerate(parts)]
    spans = []
    for filled in itertools.product(*choices):
        text = sign + "-".join(filled)
        try:
            found = cached_date(text)
        except DateError:
            continue  # "1999-02-30": not a day
        if found.start is None or found.start.season is not None:
            continue  # "1999-21" is spring: an X month digit stands for a month only
        spans.append(Span(found.earliest, found.latest, found.precision >= Precision.DAY))
    spans.sort(key=lambda span: span.t0)
    return spans


def _fillings(part: str, tens: str) -> list[str]:
    """``part`` with each ``X`` replaced by every digit (the first one of a two-digit part
    only by ``tens``)."""
    options = [
        (tens if k == 0 and len(part) == 2 else "0123456789") if char == "X" else char
        for k, char in enumerate(part)
    ]
    return ["".join(digits) for digits in itertools.product(*options)]


def _digit_choices(part: str, component: int) -> list[str]:
    return _fillings(part, ("0123456789", "01", "0123")[min(component, 2)])


def _runs(spans: list[Span]) -> tuple[tuple[Span, ...], tuple[int, ...], bool]:
    """Contiguous candidates merged into runs (their boundaries kept as dividers)."""
    runs: list[Span] = []
    dividers: list[int] = []
    for span in spans:
        if runs and runs[-1].t1 == span.t0:
            dividers.append(span.t0)
            runs[-1] = Span(runs[-1].t0, span.t1)
        else:
            runs.append(span)
    return tuple(runs), tuple(dividers), len(runs) > 1


def _month_starts(t0: int, t1: int) -> tuple[int, ...]:
    year, month = from_seconds(t0)[:2]
    starts: list[int] = []
    while True:
        year, month = add_months(year, month, 1)
        t = to_seconds(year, month)
        if t >= t1:
            return tuple(starts)
        starts.append(t)


_COMPONENTS = ("year", "month", "day")


def _doubts(date: EdtfDate) -> tuple[DoubtSpan, ...]:
    points: list[DatePoint] = []
    for member in date.members or (date,):
        points.extend(p for p in (member.start, member.end) if p is not None)
    found: list[DoubtSpan] = []
    for point in dict.fromkeys(points):
        qualifiers = (point.year_qualifier, point.month_qualifier, point.day_qualifier)
        for component, qualifier in zip(_COMPONENTS, qualifiers, strict=True):
            span = _component_span(point, component) if qualifier else None
            if span is not None:
                found.append(DoubtSpan(span, qualifier, component))
    return tuple(found)


def _component_span(point: DatePoint, component: str) -> Span | None:
    if component == "year":
        return Span(to_seconds(point.year), to_seconds(point.year + 1))
    if component == "month":
        if point.season is not None or point.month is None:
            return Span(point.earliest, point.latest) if point.season is not None else None
        end_year, end_month = add_months(point.year, point.month, 1)
        return Span(to_seconds(point.year, point.month), to_seconds(end_year, end_month))
    if point.month is None or point.day is None:
        return None
    start = to_seconds(point.year, point.month, point.day)
    return Span(start, start + SECONDS_PER_DAY, True)


# --- pixels: every frame, for visible marks only -------------------------------------------

ToX = Callable[[Sequence[int]], npt.NDArray[np.float64]]


def form_mark(found: FormInstants, to_x: ToX) -> DateFormMark:
    """``found`` in pixels (``to_x`` maps instants to x, packed time included)."""
    times: list[int] = [t for span in found.pieces for t in (span.t0, span.t1)]
    times.extend(found.dividers)
    times.extend(t for doubt in found.doubts for t in (doubt.span.t0, doubt.span.t1))
    if found.estimate is not None:
        times.append(found.estimate)
    xs = iter(to_x(times).tolist()) if times else iter(())
    pieces = tuple(Piece(next(xs), next(xs), span.point) for span in found.pieces)
    dividers = [next(xs) for _ in found.dividers]
    raw_doubts = [(next(xs), next(xs), doubt) for doubt in found.doubts]
    estimate_x = next(xs) if found.estimate is not None else None
    if len(dividers) > 1 and min(np.diff(dividers)) < MIN_DIVIDER_SPACING:
        dividers = []
    order = {component: k for k, component in enumerate(reversed(_COMPONENTS))}
    doubts = tuple(
        Doubt(x0, x1, doubt.qualifier, doubt.component, order[doubt.component])
        for x0, x1, doubt in raw_doubts
    )
    return DateFormMark(
        form=found.form,
        pieces=pieces,
        dividers=tuple(dividers),
        joined=found.joined,
        certain=found.certain,
        season=bool(found.form & DateForm.SEASON) and not found.joined,
        unspecified=bool(found.form & DateForm.UNSPECIFIED) and not (found.certain),
        estimate_x=estimate_x,
        doubts=doubts,
    )


def date_form_marks(
    events: Sequence[int],
    forms: npt.NDArray[np.uint8],
    date_of: Callable[[int], EdtfDate | None],
    cache: dict[int, FormInstants | None],
    to_x: ToX,
) -> dict[int, DateFormMark]:
    """The date-form marks of ``events`` (the visible ones), keyed by event.

    ``forms`` is the index's ``date_form`` column: only events with a bit set are parsed,
    once per file (``cache``), whatever the zoom and pan.
    """
    marks: dict[int, DateFormMark] = {}
    for event in events:
        form = int(forms[event])
        if not form:
            continue
        if event not in cache:
            date = date_of(event)
            cache[event] = None if date is None else form_instants(date, form)
        found = cache[event]
        if found is not None and (found.pieces or found.doubts):
            marks[event] = form_mark(found, to_x)
    return marks


def qualifier_mark(qualifier: str) -> str:
    """The mark drawn over a component with ``qualifier`` ("?", "~", "%")."""
    return QUALIFIER_MARKS.get(qualifier, qualifier)


__all__ = [
    "MAX_CANDIDATES",
    "QUALIFIER_MARKS",
    "SPREAD_FORMS",
    "DateFormMark",
    "Doubt",
    "FormInstants",
    "Piece",
    "Span",
    "date_form_marks",
    "form_instants",
    "form_mark",
    "qualifier_mark",
]
