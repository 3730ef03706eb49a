"""Years beyond ±9999 are imported as EDTF 'Y' years alone: EDTF gives them no month or day."""

from __future__ import annotations

import pytest

from timelineapp.extract.importers.date_parts import DateParts, PartsError, edtf_from_parts
from timelineapp.model.dates import Precision, parse_date


@pytest.mark.parametrize(
    ("parts", "end", "text"),
    [
        (DateParts(12345, 6, 7, 10, 30), None, "Y12345"),
        (DateParts(-65_000_000, 3), None, "Y-65000000"),
        (DateParts(-100_000_000), DateParts(-66_000_000, 5, 1), "Y-100000000/Y-66000000"),
        (DateParts(9999, 12, 31), None, "9999-12-31"),  # four digits keep their precision
        (DateParts(-9999, 1), DateParts(12000, 2, 3), "-9999-01/Y12000"),
    ],
)
def test_long_years_are_written_alone(parts: DateParts, end: DateParts | None, text: str) -> None:
    assert edtf_from_parts(parts, end) == text
    date = parse_date(text)
    assert date.earliest < date.latest
    if text.startswith("Y") and "/" not in text:
        assert date.precision is Precision.YEAR


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        (DateParts(12345, 13), "month"),
        (DateParts(12345, 2, 30), "day"),
        (DateParts(12344, 2, 30), "day"),
    ],
)
def test_long_years_still_check_their_parts(parts: DateParts, message: str) -> None:
    with pytest.raises(PartsError, match=message):
        edtf_from_parts(parts)


def test_a_long_leap_year_keeps_its_29_february() -> None:
    assert edtf_from_parts(DateParts(12344, 2, 29)) == "Y12344"  # 12344 is a leap year
