"""The fast path of date parsing gives exactly what the full parser gives, or defers to it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timelineapp.model.dates import DateError, _fast_date, _Parser, parse_date

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
)


def full(text: str) -> object:
    try:
        return _Parser(text).parse()
    except DateError as error:
        return ("error", str(error))


@settings(max_examples=1500, deadline=None)
@given(_expression)
def test_fast_path_agrees_with_the_full_parser(text: str) -> None:
    fast = _fast_date(text)
    expected = full(text)
    if fast is not None:
        assert fast == expected
    try:
        got: object = parse_date(text)
    except DateError as error:
        got = ("error", str(error))
    assert got == expected
