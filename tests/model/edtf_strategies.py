"""Hypothesis strategies for EDTF strings: every form timelineapp reads, each with the more
precise variants whose spans it must contain (shared by the date tests)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hypothesis import example
from hypothesis import strategies as st

from timelineapp.model.calendar import add_months, days_in_month
from timelineapp.model.dates import SEASON_MONTHS

QUALIFIER = st.sampled_from(["", "", "?", "~", "%"])


@dataclass(frozen=True)
class Written:
    """A coarse written date and finer dates that lie within it."""

    coarse: str
    finer: tuple[str, ...]


def _year_text(year: int) -> str:
    if abs(year) > 9999:
        return f"Y{year}"
    return f"{year:04d}" if year >= 0 else f"-{-year:04d}"


def _mask(digits: str, mask: tuple[bool, ...]) -> str:
    return "".join("X" if hide else char for char, hide in zip(digits, mask, strict=True))


@st.composite
def unspecified(draw: st.DrawFn) -> Written:
    """A date with X digits (anywhere, not the whole year) and the concrete date behind it."""
    year = draw(st.integers(-9999, 9999))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, days_in_month(year, month)))
    precision = draw(st.integers(1, 3))
    sign, digits = ("-", f"{-year:04d}") if year < 0 else ("", f"{year:04d}")
    year_mask = draw(st.tuples(*[st.booleans()] * 4).filter(lambda m: not all(m)))
    parts = [sign + _mask(digits, year_mask)]
    exact = [_year_text(year)]
    if precision >= 2:
        parts.append(_mask(f"{month:02d}", draw(st.tuples(st.booleans(), st.booleans()))))
        exact.append(f"{month:02d}")
    if precision >= 3:
        parts.append(_mask(f"{day:02d}", draw(st.tuples(st.booleans(), st.booleans()))))
        exact.append(f"{day:02d}")
    coarse = "-".join(parts)
    finer = ["-".join(exact)]
    if precision < 3:
        finer.append("-".join(exact) + (f"-{month:02d}" if precision == 1 else f"-{day:02d}"))
    return Written(coarse + draw(QUALIFIER), tuple(finer))


@st.composite
def season(draw: st.DrawFn) -> Written:
    year = draw(st.integers(1, 9999))
    code = draw(st.sampled_from(sorted(SEASON_MONTHS)))
    first, count = SEASON_MONTHS[code]
    y, m = add_months(year, first, draw(st.integers(0, count - 1)))
    mask = draw(st.tuples(st.just(False), st.booleans(), st.booleans(), st.booleans()))
    written = _mask(f"{year:04d}", mask)
    # A winter of 9999 ends in 10000, whose months EDTF cannot write (a Y year has no month).
    finer = (f"{y:04d}-{m:02d}",) if y <= 9999 else ()
    return Written(f"{written}-{code}{draw(QUALIFIER)}", finer)


@st.composite
def significant(draw: st.DrawFn) -> Written:
    long = draw(st.booleans())
    # Up to 10**10: a significant-digit range of a larger year may pass MAX_ABS_YEAR.
    year = draw(st.integers(10_000, 10**10) if long else st.integers(1, 9999))
    year = year if draw(st.booleans()) else -year
    width = len(str(abs(year)))
    digits = draw(st.integers(1, width))
    text = f"Y{year}" if long else _year_text(year)
    return Written(f"{text}S{digits}{draw(QUALIFIER)}", (text,))


@st.composite
def component_qualified(draw: st.DrawFn) -> Written:
    year = draw(st.integers(1, 9999))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, days_in_month(year, month)))
    left = [draw(QUALIFIER) for _ in range(3)]
    right = [draw(QUALIFIER) for _ in range(3)]
    text = (
        f"{left[0]}{year:04d}{right[0]}-{left[1]}{month:02d}{right[1]}-{left[2]}{day:02d}{right[2]}"
    )
    return Written(text, (f"{year:04d}-{month:02d}-{day:02d}",))


@st.composite
def plain(draw: st.DrawFn) -> Written:
    year = draw(st.integers(-9999, 9999))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, days_in_month(year, month)))
    return Written(
        _year_text(year) + draw(QUALIFIER), (f"{_year_text(year)}-{month:02d}-{day:02d}",)
    )


POINT = st.one_of(unspecified(), season(), significant(), component_qualified(), plain())


@st.composite
def one_of_set(draw: st.DrawFn) -> Written:
    members = draw(st.lists(POINT, min_size=1, max_size=4))
    opening, closing = draw(st.sampled_from(["[]", "{}"]))
    coarse = opening + ", ".join(member.coarse for member in members) + closing
    return Written(coarse, tuple(fine for member in members for fine in member.finer))


@st.composite
def open_interval(draw: st.DrawFn) -> Written:
    point = draw(POINT)
    template = draw(st.sampled_from(["{}/..", "../{}", "{}/", "/{}", "[..{}]", "[{}..]"]))
    return Written(template.format(point.coarse), point.finer)


EXPRESSION = st.one_of(POINT, one_of_set(), open_interval())


# Each form's edges, given to every test drawing EXPRESSION as explicit examples (so that an
# ordinary run, which draws a share of the examples, checks them all): the winter of 9999, whose
# months fall in 10000 (once a flaky failure), year 0 and -9999, Y years and significant digits
# at both ends, X digits everywhere but the whole year (negative years too), every qualifier on
# every component, seasons of X years, sets of mixed forms and every open interval form.
EDGE_FORMS = (
    Written("9999-24", ()),
    Written("2024-24~", ("2025-02",)),
    Written("0000", ("0000-02-29",)),
    Written("-9999%", ("-9999-12-31",)),
    Written("Y10000000000S1", ("Y10000000000",)),
    Written("Y-10000S5?", ("Y-10000",)),
    Written("-0001S1", ("-0001",)),
    Written("1XXX-1X", ("1999-12", "1999-12-31")),
    Written("-XXX9-XX-XX~", ("-1999-02-28",)),
    Written("X000", ("0000", "0000-01")),
    Written("?2024~-%06-?29%", ("2024-06-29",)),
    Written("20XX-21?", ("2099-05",)),
    Written("[2024-06-29, 1XXX, 9999-24]", ("2024-06-29", "1999", "1999-01")),
    Written("{-9999, Y10000S2}", ("-9999-01-01", "Y10000")),
    Written("../2024-02-29?", ("2024-02-29",)),
    Written("[..Y10000S2]", ("Y10000",)),
    Written("/2024", ("2024-12-31",)),
    Written("1999-XX/", ("1999-12", "1999-12-31")),
    Written("[2024..]", ("2024-01-01",)),
    Written("2024/..", ("2024-01-01",)),
)


def with_edge_forms(test: Callable[[Written], None]) -> Callable[[Written], None]:
    """``test`` with every ``EDGE_FORMS`` entry as an explicit example."""
    for written in reversed(EDGE_FORMS):
        test = example(written)(test)
    return test
