"""Dates from parts: whatever the parts, a date exactly as precise as them, or a clear error."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timelineapp.extract.importers.cell_dates import cell_date
from timelineapp.extract.importers.date_parts import (
    JS_DATE_YEARS,
    DateParts,
    PartsError,
    astronomical_year,
    edtf_from_parts,
    read_parts,
    timelinejs_year,
)
from timelineapp.model.dates import MAX_ABS_YEAR, Precision, parse_date

_PRECISION_OF = {
    "year": Precision.YEAR,
    "month": Precision.MONTH,
    "day": Precision.DAY,
    "minute": Precision.MINUTE,
    "second": Precision.SECOND,
}

parts = st.fixed_dictionaries(
    {"year": st.integers(-2 * MAX_ABS_YEAR, 2 * MAX_ABS_YEAR)},
    optional={
        "month": st.integers(-1, 14),
        "day": st.integers(0, 32),
        "hour": st.integers(-1, 25),
        "minute": st.integers(-1, 61),
        "second": st.integers(-1, 61),
    },
)


@given(parts, st.booleans())
def test_parts_give_a_valid_date_as_precise_as_given_or_an_error(
    values: dict[str, int], as_strings: bool
) -> None:
    given_values = {k: str(v) for k, v in values.items()} if as_strings else values
    problem = ""
    try:
        read = read_parts(given_values)
        assert read is not None
        text = edtf_from_parts(read)
    except PartsError as error:
        problem = str(error)
        text = ""
    if not text:
        assert problem  # a message, never an empty error
        return
    date = parse_date(text)  # the one EDTF reader accepts what was written
    deepest = next(
        name for name in ("second", "minute", "hour", "day", "month", "year") if name in values
    )
    if (
        deepest == "hour" and abs(read.year) <= 9999
    ):  # an hour alone: one moment in that hour, minutes at most
        assert text.startswith("[")
        assert date.precision is Precision.MINUTE
    elif abs(read.year) > 9999:  # EDTF's 'Y' years have no month or day: the year alone
        assert date.precision is Precision.YEAR
        assert text == f"Y{read.year}"
    else:
        assert date.precision is _PRECISION_OF[deepest]


@given(st.integers(-JS_DATE_YEARS, JS_DATE_YEARS))
def test_timelinejs_years_round_trip(year: int) -> None:
    assert timelinejs_year(astronomical_year(year)) == year or year == 0


def test_bce_years_read_as_timelinejs_shows_them() -> None:
    assert astronomical_year(-500) == -499  # shown "500 BCE"
    assert astronomical_year(-1) == 0  # 1 BCE
    assert astronomical_year(-66_000_000) == -66_000_000  # a magnitude, kept
    assert edtf_from_parts(DateParts(-499)) == "-0499"


def test_numeric_day_month_dates_say_why_they_are_refused() -> None:
    def why(text: str) -> str:
        try:
            cell_date(text)
        except PartsError as error:
            return str(error)
        raise AssertionError(f"{text} was read")

    assert why("06/07/2024").endswith("day and month order is ambiguous")
    impossible = why("31/06/2024")
    assert "impossible date" in impossible
    assert "ambiguous" not in impossible
    assert "between 1 and 30 for June 2024, found 31" in impossible
    assert "impossible date" in why("29/02/2023")
    assert "neither number is a month" in why("13/14/2024")
    # One order only makes a date: not guessed, but the message says how to write it.
    assert why("31/05/2024").endswith("write 2024-05-31")
