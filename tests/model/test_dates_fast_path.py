"""The fast path of date parsing gives exactly what the full parser gives, or defers to it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timelineapp.model.date_columns import MarkFlag, _fast_columns, columns_of, date_columns
from timelineapp.model.date_columns_bulk import bulk_date_columns
from timelineapp.model.dates import DateError, EdtfDate, _fast_date, _Parser, parse_date

from ..hypothesis_budget import examples
from .edtf_strategies import EXPRESSION, POINT

_point = st.builds(
    lambda sign, y, m, d, t, z, q: (
        f"{sign}{y:04d}"
        + (f"-{m:02d}" if m is not None else "")
        + (f"-{d:02d}" if m is not None and d is not None else "")
        + (t if m is not None and d is not None else "")
        + (z if m is not None and d is not None and t else "")
        + q
    ),
    st.sampled_from(["", "", "-"]),
    st.integers(0, 9999),
    st.one_of(st.none(), st.integers(0, 13)),
    st.one_of(st.none(), st.integers(0, 32)),
    st.sampled_from(["", "T10:30", "T23:59:59", "T24:00", "T10:60", "T00:00:60"]),
    st.sampled_from(["", "Z", "+02:00", "-0530", "+05", "+24:00", "+0260", "+2"]),
    st.sampled_from(["", "?", "~", "%"]),
)
_expression = st.one_of(
    _point,
    st.builds(lambda a, b: f"{a}/{b}", _point, _point),
    st.builds(lambda a: f"{a}/..", _point),
    st.builds(lambda a: f"../{a}", _point),
    st.builds(lambda a: f"{a}/", _point),
    st.builds(lambda a: f"[..{a}]", _point),
    st.builds(lambda a: f"[{a}..]", _point),
    st.builds(lambda a, b: f"[{a}..{b}]", _point, _point),
    st.text(alphabet="0123456789-/.T:Z+?~%[] Y", max_size=24),
    # Every EDTF form (X digits, seasons, component qualifiers, sets, Y years, significant
    # digits) and intervals of them, valid or reversed: the fast roads must defer on all.
    EXPRESSION.map(lambda written: written.coarse),
    st.builds(lambda a, b: f"{a.coarse}/{b.coarse}", POINT, POINT),
    st.text(alphabet="0123456789-/.XSE{},[] Y?~%", max_size=24),
)


# The edges each fast road must get right or defer on, pinned so that no run can miss them:
# leap days, out-of-range months, days, hours, minutes, seconds and offsets, year 0 and negative
# years, every qualifier, open and unknown ends, sets, and text that is not a date at all.
_EDGES = (
    "2024-02-29",
    "2023-02-29",
    "1900-02-29",
    "2000-02-29",
    "2024-13",
    "2024-00",
    "2024-04-31",
    "2024-06-32",
    "2024-06-00",
    "2024-06-07T24:00",
    "2024-06-07T10:60",
    "2024-06-07T00:00:60",
    "2024-06-07T23:59:59Z",
    "2024-06-07T10:30+24:00",
    "2024-06-07T10:30+0260",
    "2024-06-07T10:30-0530",
    "2024-06-07T10:30+2",
    "0000",
    "-0001-12-31",
    "9999-12-31",
    "2024?",
    "2024-06~",
    "2024-06-07%",
    "2024/2023",
    "2024-06-07/..",
    "../2024-06-07",
    "2024-06-07/",
    "[..2024]",
    "[2024..]",
    "[2024-05-31..2024-06-28]",
    "2024-XX",
    "2024-21",
    "Y170000002",
    "",
    " 2024",
    "2024 ",
)


def _with_edges(test: Callable[[str], None]) -> Callable[[str], None]:
    for text in reversed(_EDGES):
        test = example(text)(test)
    return test


def full(text: str) -> object:
    try:
        return _Parser(text).parse()
    except DateError as error:
        return ("error", str(error))


def _fast_path_agrees_with_the_full_parser(text: str) -> None:
    fast = _fast_date(text)
    expected = full(text)
    if fast is not None:
        assert fast == expected
    try:
        got: object = parse_date(text)
    except DateError as error:
        got = ("error", str(error))
    assert got == expected


def _index_columns_agree_with_the_parsed_date(text: str) -> None:
    """The direct road to the index columns gives the parsed date's columns, or defers."""
    fast = _fast_columns(text)
    parsed = full(text)
    if isinstance(parsed, tuple):
        assert fast is None
        with pytest.raises(DateError):
            date_columns.__wrapped__(text)
        return
    assert isinstance(parsed, EdtfDate)
    if fast is not None:
        assert fast == columns_of(parsed)
    assert date_columns.__wrapped__(text) == columns_of(parsed)


# 400 generated examples (was 1500; an ordinary run draws a share, tests/hypothesis_budget.py)
# plus the pinned edges above: every sampled choice of the
# strategy (sign, time, offset, qualifier, interval form) has few values, so 400 draws still hit
# each of them many times over, and the corner cases that matter are pinned by @example instead
# of left to chance. Hypothesis's database and CI's repeated runs keep exploring beyond that.
# Both fast roads are checked on each draw: drawing the expressions is most of the cost, so
# one draw of 400 serves both properties (they were two tests drawing 400 each), and the bulk
# road of the load (date_columns_bulk) too.
@settings(max_examples=examples(400), deadline=None)
@given(_expression)
@_with_edges
def test_both_fast_roads_agree_with_the_full_parser(text: str) -> None:
    _fast_path_agrees_with_the_full_parser(text)
    _index_columns_agree_with_the_parsed_date(text)
    _bulk_agrees([text])


def _bulk_agrees(texts: list[str]) -> None:
    """Every row the bulk road gives is the full parser's columns; it defers the rest, and
    never a string the scalar fast road reads (so the load's fast road stays as fast)."""
    columns, deferred = bulk_date_columns(texts)
    for text, row, later in zip(texts, columns.tolist(), deferred.tolist(), strict=True):
        if later:
            assert _fast_columns(text) is None or not text.isascii()
            continue
        parsed = full(text)
        assert isinstance(parsed, EdtfDate), text
        assert tuple(row) == columns_of(parsed), text


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(_expression, max_size=40))
@example(list(_EDGES))
def test_bulk_columns_of_many_strings_at_once_agree(texts: list[str]) -> None:
    """Strings of different shapes and lengths read together (as a chunk's dates are)."""
    _bulk_agrees(texts)


def test_bulk_columns_defer_what_is_not_plainly_a_common_form() -> None:
    odd = ["2024-06-07\x00", "2024\n", "２０２４", "2024-06-07 ", "X" * 80, "2024-06-07" + " " * 60]
    texts = [*odd, "2024-06-07", "2024-06-07T10:30:59+02:00%/2024-06-07T10:30:59+02:00%"]
    columns, deferred = bulk_date_columns(texts)
    assert deferred.tolist() == [True] * len(odd) + [False, False]
    assert tuple(columns[-2].tolist()) == date_columns("2024-06-07")


def test_columns_of_the_common_forms() -> None:
    """Hand-checked numbers, so that both roads cannot agree on something wrong."""
    day = 86_400
    june_7 = 19_881 * day  # 2024-06-07
    assert date_columns("2024-06-07") == (june_7, june_7 + day, june_7, june_7 + day, 3, 0, 0)
    assert date_columns("2024-06-07T10:30+02:00~")[:2] == (
        june_7 + 8 * 3600 + 30 * 60,
        june_7 + 8 * 3600 + 31 * 60,
    )
    assert date_columns("2024-06-07T10:30+02:00~")[5] == MarkFlag.APPROXIMATE
    earliest, latest, core0, core1, precision, flags, form = date_columns("2024-06-06/2024-06-07?")
    assert form == 0
    assert (earliest, latest, core0, core1) == (june_7 - day, june_7 + day, june_7, june_7)
    assert flags == MarkFlag.INTERVAL | MarkFlag.UNCERTAIN
    assert precision == 3
    assert date_columns("[..2024-06-07]")[5] == MarkFlag.OPEN_START
    assert date_columns("2024-06-07/..")[2:4] == (june_7 + day, june_7 + day)
