"""Dates in words through Qt's translators: French and English (render/date_words.py).

The words follow the installed translators; ``export_language`` installs the shipped French
or English ones for a moment, as an export in its own language does. (On a branch whose new
strings are not yet in the .qm, the French cases fail until the .ts/.qm are regenerated.)
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication

from timelineapp.model.calendar import to_seconds
from timelineapp.model.dates import EdtfDate, Precision, format_instant, parse_date
from timelineapp.render.date_words import describe_date, describe_point, format_year, month_name
from timelineapp.render.export_text import export_language

_T = TypeVar("_T")


@pytest.fixture(autouse=True, scope="module")
def _application(qapp: QCoreApplication) -> None:
    """A QCoreApplication, which translators need."""


def in_language(language: str, words: Callable[[], _T]) -> _T:
    with export_language(language):
        return words()


def _fr(text: str) -> str:
    return in_language("fr", lambda: describe_date(parse_date(text)))


def _en(text: str) -> str:
    return in_language("en", lambda: describe_date(parse_date(text)))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2012", "en 2012"),
        ("2024-06", "en juin 2024"),
        ("2024-05-19", "le 19 mai 2024"),
        ("2024-06-01", "le 1er juin 2024"),
        ("2024-04/2024-05", "avril – mai 2024"),
        ("2023-12/2024-01", "décembre 2023 – janvier 2024"),
        ("2024-05-19/2024-09-15", "du 19 mai 2024 au 15 septembre 2024"),
        ("[..2024-09-15]", "au plus tard le 15 septembre 2024"),
        ("[2024-05-19..]", "au plus tôt le 19 mai 2024"),
        ("2024-05-19/..", "depuis le 19 mai 2024"),
        ("../2024-05", "jusqu’en mai 2024"),
        ("2024-06~", "vers juin 2024"),
        ("2024-06-07?", "le 7 juin 2024 (incertain)"),
        ("2012%", "vers 2012 (incertain)"),
        ("-0499", "en 500 av. J.-C."),
    ],
)
def test_french_examples(text: str, words: str) -> None:
    assert _fr(text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("2012", "in 2012"),
        ("2024-05-19", "on 19 May 2024"),
        ("2024-04/2024-05", "April – May 2024"),
        ("[..2024-09-15]", "by 15 September 2024"),
        ("[2024-05-19..]", "on or after 19 May 2024"),
        ("2024-05-19/..", "since 19 May 2024"),
        ("../2024-05", "until May 2024"),
        ("2024-06~", "around June 2024"),
        ("2024-06-07?", "on 7 June 2024 (uncertain)"),
        ("-0499", "in 500 BCE"),
    ],
)
def test_english_examples(text: str, words: str) -> None:
    assert _en(text) == words


@pytest.mark.parametrize(
    ("text", "french", "english"),
    [
        ("2024-06-01", "le 1er juin 2024", "on 1 June 2024"),
        ("2024-05-19/2024-05-25", "du 19 au 25 mai 2024", "from 19 to 25 May 2024"),
        ("2024-06-01/2024-06-15", "du 1er au 15 juin 2024", "from 1 to 15 June 2024"),
        ("2012/2015", "2012 – 2015", "2012 – 2015"),
        ("-0499/-0399", "500 – 400 av. J.-C.", "500 – 400 BCE"),
        ("-0001/0002", "2 av. J.-C. – 2", "2 BCE – 2"),
        ("2012/2014-05", "de 2012 à mai 2014", "from 2012 to May 2014"),
        ("2024-04/2024-06-15", "d’avril 2024 au 15 juin 2024", "from April 2024 to 15 June 2024"),
        ("2024-05/2024-05", "en mai 2024", "in May 2024"),
        ("../2024-06-01", "jusqu’au 1er juin 2024", "until 1 June 2024"),
        ("/2012", "jusqu’en 2012", "until 2012"),
        ("2012/", "depuis 2012", "since 2012"),
        ("[..2024-05]", "au plus tard en mai 2024", "by May 2024"),
        ("[2024-05..]", "au plus tôt en mai 2024", "in or after May 2024"),
        ("2024-04~/2024-05~", "vers avril – mai 2024", "around April – May 2024"),
        ("2024-04?/2024-05?", "avril – mai 2024 (incertain)", "April – May 2024 (uncertain)"),
        (
            "2024-05-19?/2024-09-15",
            "du 19 mai 2024 (incertain) au 15 septembre 2024",
            "from 19 May 2024 (uncertain) to 15 September 2024",
        ),
        (
            "2024-05-19~/2024-09-15~",
            "du 19 mai 2024 environ au 15 septembre 2024 environ",
            "from around 19 May 2024 to around 15 September 2024",
        ),
        ("2012~/..", "depuis 2012 environ", "since around 2012"),
        ("../2012~", "jusque vers 2012", "until around 2012"),
        ("[..2012~]", "au plus tard vers 2012", "by around 2012"),
        ("[2012~..]", "au plus tôt vers 2012", "around 2012 or later"),
        ("[..2024-09-15?]", "au plus tard le 15 septembre 2024 (incertain)", None),
        ("0000", "en 1 av. J.-C.", "in 1 BCE"),
        ("2024-06-07~", "vers le 7 juin 2024", "around 7 June 2024"),
    ],
)
def test_more_phrases(text: str, french: str, english: str | None) -> None:
    assert _fr(text) == french
    if english is not None:
        assert _en(text) == english


@pytest.mark.parametrize(
    ("text", "french", "english"),
    [
        ("2024-06-07T10:30", "le 7 juin 2024 à 10 h 30", "on 7 June 2024 at 10:30"),
        ("2024-06-07T09:05", "le 7 juin 2024 à 9 h 05", "on 7 June 2024 at 09:05"),
        (
            "2024-06-07T10:30:15+02:00",
            "le 7 juin 2024 à 10 h 30 min 15 s UTC+02:00",
            "on 7 June 2024 at 10:30:15 UTC+02:00",
        ),
        ("2024-06-07T10:30Z", "le 7 juin 2024 à 10 h 30 UTC", "on 7 June 2024 at 10:30 UTC"),
        (
            "2024-06-07T10:30-05:30",
            "le 7 juin 2024 à 10 h 30 UTC-05:30",
            "on 7 June 2024 at 10:30 UTC-05:30",
        ),
        (
            "2024-06-07T10:30Z/2024-06-07T12:00Z",
            "le 7 juin 2024 de 10 h 30 à 12 h 00 UTC",
            "on 7 June 2024 from 10:30 to 12:00 UTC",
        ),
        (
            "2024-06-07T10:30/2024-06-08T09:00",
            "du 7 juin 2024 à 10 h 30 au 8 juin 2024 à 9 h 00",
            "from 7 June 2024 at 10:30 to 8 June 2024 at 09:00",
        ),
    ],
)
def test_times(text: str, french: str, english: str) -> None:
    assert _fr(text) == french
    assert _en(text) == english


def test_describe_point() -> None:
    def point(text: str, language: str = "fr") -> str:
        date = parse_date(text)
        assert date.start is not None
        start = date.start
        return in_language(language, lambda: describe_point(start))

    assert point("2024-05-19") == "19 mai 2024"
    assert point("2024-06") == "juin 2024"
    assert point("2012") == "2012"
    assert point("-0499") == "500 av. J.-C."
    assert point("2024-06-07T10:30") == "7 juin 2024 à 10 h 30"
    assert point("2024-06-07T10:30", "en") == "7 June 2024 at 10:30"
    assert point("2024-06~", "en") == "June 2024"  # qualifiers belong to describe_date


@pytest.mark.parametrize(
    ("year", "french", "english"),
    [
        (2024, "2024", "2024"),
        (1, "1", "1"),
        (0, "1 av. J.-C.", "1 BCE"),
        (-1, "2 av. J.-C.", "2 BCE"),
        (-499, "500 av. J.-C.", "500 BCE"),
        (9999, "9999", "9999"),
        # QLocale groups French digits with narrow no-break spaces.
        (170_000_002, "170\u202f000\u202f002", "170,000,002"),
        (-170_000_002, "170\u202f000\u202f003 av. J.-C.", "170,000,003 BCE"),
    ],
)
def test_format_year(year: int, french: str, english: str) -> None:
    assert in_language("fr", lambda: format_year(year)) == french
    assert in_language("en", lambda: format_year(year)) == english


def test_without_a_translator_the_words_are_english() -> None:
    # The command line without --lang: no translator is installed.
    assert describe_date(parse_date("2024-05-19")) == "on 19 May 2024"


def test_months_come_from_the_locale() -> None:
    assert in_language("fr", lambda: month_name(8)) == "août"
    assert in_language("en", lambda: month_name(1)) == "January"


def test_date_without_points_is_refused() -> None:
    date = parse_date("2012")
    empty = EdtfDate(
        text="",
        kind=date.kind,
        start=None,
        end=None,
        open_start=True,
        open_end=True,
        earliest=0,
        latest=0,
        precision=Precision.YEAR,
        uncertain=False,
        approximate=False,
    )
    with pytest.raises(ValueError, match="neither a start nor an end"):
        describe_date(empty)


_POINTS = st.builds(
    lambda year, month, day, precision, qualifier: (
        format_instant(to_seconds(year, month, day, 13, 7, 9), precision) + qualifier
    ),
    st.integers(min_value=-1_000_000_000, max_value=1_000_000_000),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(list(Precision)),
    st.sampled_from(["", "?", "~", "%"]),
)


@given(
    st.one_of(
        _POINTS,
        _POINTS.map(lambda text: f"{text}/.."),
        _POINTS.map(lambda text: f"../{text}"),
        _POINTS.map(lambda text: f"[..{text}]"),
        _POINTS.map(lambda text: f"[{text}..]"),
        st.tuples(_POINTS, _POINTS).map(lambda pair: "/".join(pair)),
    ),
    st.sampled_from(["fr", "en"]),
)
def test_every_date_has_words(text: str, language: str) -> None:
    try:
        date = parse_date(text)
    except ValueError:
        return  # a reversed random interval
    words = in_language(language, lambda: describe_date(date))
    assert words
    assert words == words.strip()
    assert "  " not in words
    assert "None" not in words
    assert "'" not in words  # French elides with the typographic apostrophe: « d’avril »
    if date.uncertain:
        assert words.endswith(")") or "(in" in words or "(un" in words


def test_one_of_range_in_words() -> None:
    assert _fr("[2024-05-31..2024-06-28]") == "un jour entre le 31 mai 2024 et le 28 juin 2024"
    assert _en("[2024-05-31..2024-06-28]") == "one day between 31 May 2024 and 28 June 2024"

    # The set's unit: a year of the XIXe siècle is not "one day" (QA #122).
    assert _en("[1801..1900]") == "some year between 1801 and 1900"
    assert _en("[2024-05..2024-07]") == "some month between May 2024 and July 2024"
    assert _fr("[1801..1900]") == "une année entre 1801 et 1900"
    assert _fr("[2024-05..2024-07]") == "un mois entre mai 2024 et juillet 2024"


@pytest.mark.parametrize(
    "module", ["date_words", "date_form_words", "date_word_parts", "filter_words"]
)
def test_every_translate_call_is_literal_so_lupdate_sees_it(module: str) -> None:
    """pyside6-lupdate reads only literal calls: a helper taking the text would hide it."""
    source = Path(__file__).parents[2] / "src" / "timelineapp" / "render" / f"{module}.py"
    calls = [
        node
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"translate", "tr"}
    ]
    assert calls
    for call in calls:
        texts = call.args[:2] if call.func.attr == "translate" else call.args[:1]  # type: ignore[attr-defined]
        assert all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in texts)


def test_an_hour_written_alone_is_worded_as_an_hour(stand_in_french: Callable[..., None]) -> None:
    """An imported hour is some moment of that hour of that day, not "one day between … at
    14:00 and … at 14:59", and its precision is the hour, not the minute (QA #137)."""
    from timelineapp.render.date_words import one_hour
    from timelineapp.ui.events_model import precision_text

    hour = "[2024-05-19T14:00..2024-05-19T14:59]"
    assert _en(hour) == "19 May 2024, between 14:00 and 14:59"
    assert _en("[2024-05-19T14:00Z..2024-05-19T16:30Z]") == (
        "19 May 2024, between 14:00 and 16:30 UTC"
    )
    assert _en("[2024-05-19T22:00..2024-05-20T01:59]") == (
        "some time between 19 May 2024 at 22:00 and 20 May 2024 at 01:59"
    )
    assert one_hour(parse_date(hour))
    assert one_hour(parse_date("[2024-05-19T14:00:00..2024-05-19T14:59:59]"))
    assert not one_hour(parse_date("[2024-05-19T14:00..2024-05-19T15:59]"))
    assert not one_hour(parse_date("2024-05-19T14:00"))
    assert in_language("en", lambda: precision_text(parse_date(hour))) == "hour"
    assert in_language("en", lambda: precision_text(parse_date("2024-05-19T14:00"))) == "minute"

    stand_in_french(
        {
            ("DateWords", "%1, between %2 and %3"): "%1, entre %2 et %3",
            ("EventWords", "hour"): "heure",
        }
    )
    assert _fr(hour) == "le 19 mai 2024, entre 14 h 00 et 14 h 59"
    assert _fr("[2024-05-01T09:00..2024-05-01T09:59]") == "le 1er mai 2024, entre 9 h 00 et 9 h 59"
    assert in_language("fr", lambda: precision_text(parse_date(hour))) == "heure"


@pytest.mark.parametrize(
    ("text", "english", "french"),
    [
        ("2024-35", "quarter", "trimestre"),
        ("2024-35/2024-12", "quarter", "trimestre"),
        ("[2024-35..2024-36]", "quarter", "trimestre"),
        ("2023-40", "half-year", "semestre"),
        ("2024-35/2025-41", "half-year", "semestre"),
        ("2024-38", "four-month period", "quadrimestre"),
        ("2024-21", "season", "saison"),
        ("2024-05", "month", "mois"),
        ("2024-02/2024-21", "season", "saison"),
    ],
)
def test_the_precision_of_a_grouping_of_months_is_that_grouping(
    stand_in_french: Callable[..., None], text: str, english: str, french: str
) -> None:
    """A quarter is known to the quarter, not the month: "2024-35 (precision: month)"
    claimed more than the source said (QA #153); an interval is as precise as its coarsest
    end."""
    from timelineapp.ui.events_model import precision_text

    assert in_language("en", lambda: precision_text(parse_date(text))) == english
    stand_in_french(
        {
            ("EventWords", "quarter"): "trimestre",
            ("EventWords", "half-year"): "semestre",
            ("EventWords", "four-month period"): "quadrimestre",
            ("EventWords", "season"): "saison",
            ("EventWords", "month"): "mois",
        }
    )
    assert in_language("fr", lambda: precision_text(parse_date(text))) == french
