"""Parsing of ISO 8601-2 / EDTF dates into instant spans with precision (model layer, no Qt)."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from timelineapp.model.calendar import SECONDS_PER_DAY, days_in_month, to_seconds
from timelineapp.model.dates import (
    MAX_ABS_YEAR,
    DateError,
    DateKind,
    DatePoint,
    EdtfDate,
    Precision,
    format_instant,
    parse_date,
)


def _parse_or_error(text: str) -> EdtfDate | DateError:
    # Property tests inspect the error itself, which pytest.raises cannot do conditionally.
    try:
        return parse_date(text)
    except DateError as error:
        return error


def _point(date: EdtfDate) -> DatePoint:
    assert date.start is not None
    return date.start


# -- single dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("2012", Precision.YEAR, to_seconds(2012), to_seconds(2013)),
        ("2024-06", Precision.MONTH, to_seconds(2024, 6), to_seconds(2024, 7)),
        ("2024-12", Precision.MONTH, to_seconds(2024, 12), to_seconds(2025, 1)),
        ("2024-06-07", Precision.DAY, to_seconds(2024, 6, 7), to_seconds(2024, 6, 8)),
        (
            "2024-06-07T10:30",
            Precision.MINUTE,
            to_seconds(2024, 6, 7, 10, 30),
            to_seconds(2024, 6, 7, 10, 31),
        ),
        (
            "2024-06-07T10:30:15",
            Precision.SECOND,
            to_seconds(2024, 6, 7, 10, 30, 15),
            to_seconds(2024, 6, 7, 10, 30, 16),
        ),
        ("1970-01-01", Precision.DAY, 0, SECONDS_PER_DAY),
    ],
)
def test_single_dates(text: str, precision: Precision, earliest: int, latest: int) -> None:
    date = parse_date(text)
    assert date.kind is DateKind.SINGLE
    assert date.text == text
    assert date.start is date.end
    assert not date.open_start
    assert not date.open_end
    assert date.precision is precision
    assert _point(date).precision is precision
    assert (date.earliest, date.latest) == (earliest, latest)
    assert (_point(date).earliest, _point(date).latest) == (earliest, latest)
    assert not date.uncertain
    assert not date.approximate


def test_fields_are_the_written_ones() -> None:
    point = _point(parse_date("2024-06-07T10:30:15"))
    assert (point.year, point.month, point.day) == (2024, 6, 7)
    assert (point.hour, point.minute, point.second) == (10, 30, 15)
    assert point.utc_offset is None
    year_only = _point(parse_date("2012"))
    assert (year_only.month, year_only.day, year_only.hour) == (None, None, None)
    assert (year_only.minute, year_only.second) == (None, None)


def test_surrounding_whitespace_is_ignored() -> None:
    date = parse_date("  2024-06 \n")
    assert date.precision is Precision.MONTH
    assert date.earliest == to_seconds(2024, 6)
    assert date.text == "  2024-06 \n"


def test_precision_orders_coarse_to_fine() -> None:
    assert Precision.YEAR < Precision.MONTH < Precision.DAY < Precision.MINUTE < Precision.SECOND
    assert min(Precision) is Precision.YEAR


# -- time zones ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("2024-06-07T10:30Z", 0),
        ("2024-06-07T10:30+02:00", 7200),
        ("2024-06-07T10:30-05:00", -5 * 3600),
        ("2024-06-07T10:30+0530", 5 * 3600 + 30 * 60),
        ("2024-06-07T10:30+02", 7200),
        ("2024-06-07T10:30-00:00", 0),
    ],
)
def test_time_zones_convert_to_utc(text: str, offset: int) -> None:
    point = _point(parse_date(text))
    assert point.utc_offset == offset
    assert (point.hour, point.minute) == (10, 30)  # as written
    assert point.earliest == to_seconds(2024, 6, 7, 10, 30) - offset
    assert point.latest - point.earliest == 60
    assert point.precision is Precision.MINUTE


def test_time_zone_with_seconds_and_day_change() -> None:
    point = _point(parse_date("2024-06-07T01:00:05+03:00"))
    assert point.precision is Precision.SECOND
    assert point.earliest == to_seconds(2024, 6, 6, 22, 0, 5)
    assert point.latest == point.earliest + 1


# -- years: BCE, year zero, long years ----------------------------------------------------------


def test_bce_year() -> None:
    date = parse_date("-0499")
    assert _point(date).year == -499
    assert date.earliest == to_seconds(-499, 1, 1)
    assert date.latest == to_seconds(-498, 1, 1)
    assert date.precision is Precision.YEAR


def test_year_zero_is_1_bce() -> None:
    date = parse_date("0000")
    assert _point(date).year == 0
    assert date.earliest == to_seconds(0)
    assert date.latest == to_seconds(1)
    # Year 0 is a leap year in the proleptic Gregorian calendar: 366 days.
    assert date.latest - date.earliest == 366 * SECONDS_PER_DAY


def test_bce_month_and_day() -> None:
    date = parse_date("-0043-03-15")
    assert date.earliest == to_seconds(-43, 3, 15)
    assert date.latest - date.earliest == SECONDS_PER_DAY


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Y170000002", 170_000_002),
        ("Y-170000002", -170_000_002),
        ("Y12345", 12345),
        ("Y-100000000000", -MAX_ABS_YEAR),
        ("Y100000000000", MAX_ABS_YEAR),
        ("Y-13800000000", -13_800_000_000),  # the Big Bang
        ("Y00012", 12),  # five digits written: EDTF's rule is on the written year
    ],
)
def test_y_prefixed_years(text: str, year: int) -> None:
    date = parse_date(text)
    assert _point(date).year == year
    assert date.precision is Precision.YEAR
    assert date.earliest == to_seconds(year)
    assert date.latest == to_seconds(year + 1)
    assert isinstance(date.earliest, int)


def test_deep_time_stays_exact() -> None:
    date = parse_date(f"Y-{MAX_ABS_YEAR}")
    # Beyond 2**53 a float would round; exact ints keep whole days and exact year lengths.
    assert date.earliest < -(2**53)
    assert date.earliest == to_seconds(-MAX_ABS_YEAR)
    assert date.earliest % SECONDS_PER_DAY == 0
    assert date.latest - date.earliest == 366 * SECONDS_PER_DAY  # -10**11 is a leap year
    assert date.latest < 2**63
    last = parse_date(f"Y{MAX_ABS_YEAR}").latest
    assert last < 2**63  # still fits int64 for numpy
    assert last - date.earliest < 2**63  # and so does the widest span


@pytest.mark.parametrize(
    ("text", "position", "found"),
    [
        ("Y12345-06", 6, "'-06'"),
        ("Y12345-06-07", 6, "'-06-07'"),
        ("Y-170000002~-05", 12, "'-05'"),
        ("Y17E7-01", 5, "'-01'"),
        ("Y12345-06/Y12346", 6, "'-06'"),
        ("[Y12345-06, Y12347]", 7, "'-06'"),
    ],
)
def test_a_y_year_with_a_month_is_a_located_error(text: str, position: int, found: str) -> None:
    # EDTF: 'Y' years have no month or day (issue 17 lists it among the invalid forms).
    with pytest.raises(DateError) as caught:
        parse_date(text)
    error = caught.value
    assert error.position == position
    assert error.found == found
    assert "a 'Y' year has no month or day" in error.expected
    assert "Y12345/Y12346" in error.expected  # what to write instead


# -- leap days ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["2000-02-29", "2024-02-29", "-0004-02-29", "0000-02-29"])
def test_leap_days(text: str) -> None:
    date = parse_date(text)
    assert date.latest - date.earliest == SECONDS_PER_DAY
    assert _point(date).day == 29


@pytest.mark.parametrize(
    ("text", "year_text", "last"),
    [("1900-02-29", "1900", 28), ("2023-02-29", "2023", 28), ("-0001-02-29", "-0001", 28)],
)
def test_non_leap_february_29th(text: str, year_text: str, last: int) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(text)
    assert caught.value.expected == f"a day between 1 and {last} for February {year_text}"
    assert caught.value.found == "29"
    assert caught.value.position == len(text) - 2


# -- qualifiers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "uncertain", "approximate", "precision"),
    [
        ("2024-06-07?", True, False, Precision.DAY),
        ("2024-06~", False, True, Precision.MONTH),
        ("2012%", True, True, Precision.YEAR),
        ("-0499~", False, True, Precision.YEAR),
        ("2024-06-07T10:30Z?", True, False, Precision.MINUTE),
        ("Y-170000002~", False, True, Precision.YEAR),
    ],
)
def test_qualifiers(text: str, uncertain: bool, approximate: bool, precision: Precision) -> None:
    date = parse_date(text)
    point = _point(date)
    assert (point.uncertain, point.approximate) == (uncertain, approximate)
    assert (date.uncertain, date.approximate) == (uncertain, approximate)
    assert date.precision is precision
    # A qualifier does not widen the span.
    assert date.earliest == parse_date(text[:-1]).earliest
    assert date.latest == parse_date(text[:-1]).latest


# -- intervals ----------------------------------------------------------------------------------


def test_closed_interval() -> None:
    date = parse_date("2024-04/2024-05")
    assert date.kind is DateKind.INTERVAL
    assert date.start is not None
    assert date.end is not None
    assert (date.start.month, date.end.month) == (4, 5)
    assert not date.open_start
    assert not date.open_end
    assert date.earliest == to_seconds(2024, 4)
    assert date.latest == to_seconds(2024, 6)
    assert date.precision is Precision.MONTH


def test_interval_precision_is_the_coarsest() -> None:
    date = parse_date("2012/2014-05-03")
    assert date.precision is Precision.YEAR
    assert date.earliest == to_seconds(2012)
    assert date.latest == to_seconds(2014, 5, 4)
    assert parse_date("2024-06-07T10:30/2024-06-07T11:00:30").precision is Precision.MINUTE


def test_interval_latest_is_the_max_of_the_points() -> None:
    # The end starts after the start but the start's year reaches further.
    date = parse_date("2024/2024-03")
    assert date.earliest == to_seconds(2024)
    assert date.latest == to_seconds(2025)


def test_interval_qualifiers_are_per_point() -> None:
    date = parse_date("2024-04~/2024-05?")
    assert date.start is not None
    assert date.end is not None
    assert (date.start.approximate, date.start.uncertain) == (True, False)
    assert (date.end.approximate, date.end.uncertain) == (False, True)
    assert date.uncertain
    assert date.approximate


def test_equal_ends_are_fine() -> None:
    date = parse_date("2024-05/2024-05")
    assert date.earliest == to_seconds(2024, 5)
    assert date.latest == to_seconds(2024, 6)


def test_end_before_start_is_an_error() -> None:
    with pytest.raises(DateError) as caught:
        parse_date("2024-05/2024-04")
    assert caught.value.position == 8
    assert "2024-05" in caught.value.expected
    assert caught.value.found == "2024-04"


def test_interval_across_time_zones_compares_in_utc() -> None:
    # 10:00+02:00 is 08:00 UTC, before 09:00 UTC.
    date = parse_date("2024-06-07T10:00+02:00/2024-06-07T09:00Z")
    assert date.earliest == to_seconds(2024, 6, 7, 8)
    with pytest.raises(DateError):
        parse_date("2024-06-07T09:00Z/2024-06-07T10:00+02:00")


@pytest.mark.parametrize("text", ["2024-05-19/..", "2024-05-19/"])
def test_open_end(text: str) -> None:
    date = parse_date(text)
    assert date.kind is DateKind.INTERVAL
    assert date.end is None
    assert date.start is not None
    assert date.open_end
    assert not date.open_start
    assert date.earliest == to_seconds(2024, 5, 19)
    assert date.latest == to_seconds(2024, 5, 20)
    assert date.precision is Precision.DAY


@pytest.mark.parametrize("text", ["../2024-05", "/2024-05"])
def test_open_start(text: str) -> None:
    date = parse_date(text)
    assert date.kind is DateKind.INTERVAL
    assert date.start is None
    assert date.end is not None
    assert date.open_start
    assert not date.open_end
    assert date.earliest == to_seconds(2024, 5)
    assert date.latest == to_seconds(2024, 6)
    assert date.precision is Precision.MONTH


def test_on_or_before() -> None:
    date = parse_date("[..2024-09-15]")
    assert date.kind is DateKind.ON_OR_BEFORE
    assert date.start is date.end
    assert date.end is not None
    assert (date.end.year, date.end.month, date.end.day) == (2024, 9, 15)
    assert date.open_start
    assert not date.open_end
    assert date.earliest == to_seconds(2024, 9, 15)
    assert date.latest == to_seconds(2024, 9, 16)
    assert date.precision is Precision.DAY


def test_on_or_after() -> None:
    date = parse_date("[2024-05-19..]")
    assert date.kind is DateKind.ON_OR_AFTER
    assert date.start is date.end
    assert date.open_end
    assert not date.open_start
    assert date.earliest == to_seconds(2024, 5, 19)
    assert date.latest == to_seconds(2024, 5, 20)


def test_bounds_keep_qualifiers() -> None:
    date = parse_date("[..2012~]")
    assert date.approximate
    assert date.precision is Precision.YEAR


def test_date_kinds_keep_their_stored_values() -> None:
    assert [kind.value for kind in DateKind] == [
        "single",
        "interval",
        "on_or_before",
        "on_or_after",
        "one_of",
        "all_of",
    ]


# -- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "position", "expected", "found"),
    [
        ("2024-02-30", 8, "a day between 1 and 29 for February 2024", "30"),
        ("2023-02-29", 8, "a day between 1 and 28 for February 2023", "29"),
        ("2024-04-31", 8, "a day between 1 and 30 for April 2024", "31"),
        ("2024-13", 5, "a month between 01 and 12", "13"),
        ("2024-00", 5, "a month between 01 and 12", "00"),
        ("24-06", 0, "4-digit year", "'24'"),
        ("20245", 0, "'Y' prefix", "'20245'"),
        ("2024-6-7", 5, "2-digit month", "'6'"),
        ("2024-06-7", 8, "2-digit day", "'7'"),
        ("2024-06-07T25:00", 11, "an hour between 00 and 23", "25"),
        ("2024-06-07T10:60", 14, "a minute between 00 and 59", "60"),
        ("2024-06-07T10:30:60", 17, "a second between 00 and 59", "60"),
        ("2024-06-07T", 11, "2-digit hour", "the end of the text"),
        ("2024-06-07T10", 13, "':' and 2-digit minutes", "the end of the text"),
        ("2024-06-07T10:30+2", 17, "offset", "'2'"),
        ("2024-06-07T10:30+24:00", 17, "an offset between 00:00 and 23:59", "24:00"),
        ("2024-06-07 10:30", 10, "'T' and a time", "' '"),
        ("", 0, "a date", "nothing"),
        ("   ", 0, "a date", "nothing"),
        ("../..", 3, "a date on at least one side of '/'", "'..'"),
        ("../", 3, "a date on at least one side of '/'", "the end of the text"),
        ("/", 1, "a date on at least one side of '/'", "the end of the text"),
        ("hello", 0, "4-digit year", "'hello'"),
        ("2024-05/2024-04", 8, "an end on or after the start 2024-05", "2024-04"),
        ("2024-06-07x", 10, "the end of the text", "'x'"),
        ("2024??", 5, "the end of the text", "'?'"),
        ("2024/2025/2026", 9, "the end of the text", "'/'"),
        ("..2024", 2, "'/' after '..'", "'2024'"),
        ("[2024", 5, "']'", "the end of the text"),
        ("[..2024", 7, "']'", "the end of the text"),
        ("[..2024]x", 8, "the end of the text", "'x'"),
        ("-0000", 0, "year zero", "'-0000'"),
        ("Y", 1, "digits after 'Y'", "the end of the text"),
        ("Y100000000001", 0, "a year between -100000000000 and 100000000000", "100000000001"),
        ("Y-100000000001", 0, "a year between -100000000000 and 100000000000", "-100000000001"),
        ("Y2024", 1, "more than four digits after 'Y'", "'2024'"),
        ("Y0", 1, "more than four digits after 'Y'", "'0'"),
        ("201u", 0, "'X' for unknown digits", "'201u'"),
        ("2024-06-07t10:30", 10, "'T'", "'t10'"),
    ],
)
def test_invalid_dates(text: str, position: int, expected: str, found: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(text)
    error = caught.value
    assert error.text == text
    assert error.position == position
    assert expected in error.expected
    assert error.found == found
    message = str(error)
    assert message.startswith(f"invalid date {text!r}: expected ")
    assert error.expected in message
    assert message.endswith(f", found {found}")


def test_error_message_is_a_full_sentence() -> None:
    with pytest.raises(DateError) as caught:
        parse_date("2024-02-30")
    assert str(caught.value) == (
        "invalid date '2024-02-30': expected a day between 1 and 29 for February 2024, found 30"
    )


def test_date_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="invalid date"):
        parse_date("2024-13")


def test_error_position_counts_leading_whitespace() -> None:
    with pytest.raises(DateError) as caught:
        parse_date("  2024-13")
    assert caught.value.position == 7


def test_huge_inputs_give_short_messages() -> None:
    with pytest.raises(DateError) as caught:
        parse_date("Y" + "9" * 10_000)
    assert len(str(caught.value)) < 300
    # Leading zeros do not count towards the size of the year.
    assert parse_date("Y" + "0" * 10_000 + "7").earliest == to_seconds(7)


def test_date_error_pickles() -> None:
    with pytest.raises(DateError) as caught:
        parse_date("2024-13")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert isinstance(copy, DateError)
    assert (copy.text, copy.position, copy.expected, copy.found) == (
        caught.value.text,
        caught.value.position,
        caught.value.expected,
        caught.value.found,
    )
    assert str(copy) == str(caught.value)


# -- format_instant -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "precision", "text"),
    [
        (to_seconds(2024), Precision.YEAR, "2024"),
        (to_seconds(-499), Precision.YEAR, "-0499"),
        (to_seconds(0), Precision.YEAR, "0000"),
        (to_seconds(2024, 6, 7, 10, 30, 15), Precision.YEAR, "2024"),
        (to_seconds(2024, 6, 7, 10, 30, 15), Precision.MONTH, "2024-06"),
        (to_seconds(2024, 6, 7, 10, 30, 15), Precision.DAY, "2024-06-07"),
        (to_seconds(2024, 6, 7, 10, 30, 15), Precision.MINUTE, "2024-06-07T10:30"),
        (to_seconds(2024, 6, 7, 10, 30, 15), Precision.SECOND, "2024-06-07T10:30:15"),
        (to_seconds(-170_000_002), Precision.YEAR, "Y-170000002"),
        (to_seconds(12345, 2, 3), Precision.DAY, "Y12345"),  # a 'Y' year is written alone
        (to_seconds(-12345, 2, 3, 4, 5, 6), Precision.SECOND, "Y-12345"),
        (to_seconds(9999, 12, 31), Precision.DAY, "9999-12-31"),
        (to_seconds(-9999, 1, 2), Precision.MONTH, "-9999-01"),
        (-1, Precision.SECOND, "1969-12-31T23:59:59"),
    ],
)
def test_format_instant(seconds: int, precision: Precision, text: str) -> None:
    assert format_instant(seconds, precision) == text


# -- properties ---------------------------------------------------------------------------------

_YEARS = st.integers(min_value=-MAX_ABS_YEAR, max_value=MAX_ABS_YEAR)


@st.composite
def _days(draw: st.DrawFn) -> tuple[int, int, int]:
    year = draw(st.one_of(_YEARS, st.integers(min_value=-10_000, max_value=10_000)))
    month = draw(st.integers(min_value=1, max_value=12))
    day = draw(st.integers(min_value=1, max_value=days_in_month(year, month)))
    return year, month, day


@given(_days())
@example((2000, 2, 29))
@example((-4, 2, 29))
@example((0, 1, 1))
@example((-MAX_ABS_YEAR, 1, 1))
@example((MAX_ABS_YEAR, 12, 31))
def test_days_round_trip(ymd: tuple[int, int, int]) -> None:
    year, month, day = ymd
    seconds = to_seconds(year, month, day)
    text = format_instant(seconds, Precision.DAY)
    date = parse_date(text)
    point = _point(date)
    assert format_instant(date.earliest, Precision.DAY) == text
    if abs(year) > 9999:  # a 'Y' year, written alone: the year that holds the day
        assert (point.year, point.month, point.day) == (year, None, None)
        assert date.earliest <= seconds < date.latest
        assert (date.earliest, date.latest) == (to_seconds(year), to_seconds(year + 1))
        return
    assert (point.year, point.month, point.day) == (year, month, day)
    assert date.earliest == seconds
    assert date.earliest < date.latest
    assert date.latest - date.earliest == SECONDS_PER_DAY


@given(_YEARS, st.sampled_from(list(Precision)))
def test_instants_round_trip_at_every_precision(year: int, precision: Precision) -> None:
    seconds = to_seconds(year, 7, 31, 23, 59, 58)
    text = format_instant(seconds, precision)
    date = parse_date(text)
    # Every result parses back; a year beyond ±9999 is a 'Y' year, at year precision.
    assert date.precision is (Precision.YEAR if abs(year) > 9999 else precision)
    assert date.earliest <= seconds < date.latest
    assert format_instant(date.earliest, precision) == text


@given(_days(), _days())
def test_intervals_are_ordered(first: tuple[int, int, int], second: tuple[int, int, int]) -> None:
    low, high = sorted([first, second])
    start = format_instant(to_seconds(*low), Precision.DAY)
    end = format_instant(to_seconds(*high), Precision.DAY)
    date = parse_date(f"{start}/{end}")
    assert date.kind is DateKind.INTERVAL
    assert date.earliest <= date.latest
    assert date.earliest == parse_date(start).earliest <= to_seconds(*low)
    assert date.latest == parse_date(end).latest >= to_seconds(*high) + SECONDS_PER_DAY
    if start != end:
        with pytest.raises(DateError):
            parse_date(f"{end}/{start}")


@given(_days(), st.sampled_from(list(Precision)), _days(), st.sampled_from(list(Precision)))
def test_mixed_precision_intervals(
    first: tuple[int, int, int],
    first_precision: Precision,
    second: tuple[int, int, int],
    second_precision: Precision,
) -> None:
    start = format_instant(to_seconds(*first), first_precision)
    end = format_instant(to_seconds(*second), second_precision)
    date = _parse_or_error(f"{start}/{end}")
    if isinstance(date, DateError):
        # Only an end starting before the start may be refused.
        assert parse_date(end).earliest < parse_date(start).earliest, str(date)
        return
    assert date.earliest <= date.latest
    assert date.precision is min(parse_date(start).precision, parse_date(end).precision)


_DATE_ALPHABET = st.sampled_from(list("0123456789-T:Z+/?~%.[]Y \t²٣x"))


@given(st.one_of(st.text(), st.text(_DATE_ALPHABET, max_size=30)))
@example("Y" + "0" * 5000)
@example("2024-06-07T10:30:15+02:00/..")
def test_garbage_parses_or_raises_date_error(text: str) -> None:
    date = _parse_or_error(text)
    if isinstance(date, DateError):
        error = date
        assert error.text == text
        assert error.position is None or 0 <= error.position <= len(text)
        assert error.expected
        assert error.found
        assert str(error).startswith("invalid date ")
        return
    assert date.earliest < date.latest
    assert date.start is not None or date.end is not None


def test_one_of_range() -> None:
    date = parse_date("[2024-05-31..2024-06-28]")
    assert date.kind is DateKind.ONE_OF
    assert date.earliest == to_seconds(2024, 5, 31)
    assert date.latest == to_seconds(2024, 6, 29)
    assert date.precision is Precision.DAY
    assert not date.open_start
    assert not date.open_end


def test_one_of_range_must_be_in_order() -> None:
    with pytest.raises(DateError, match="last date on or after the first"):
        parse_date("[2024-06..2024-05]")
