"""Every EDTF specification example and form in words, French and English, through Qt's
translators (the parsing side of these examples is tests/model/test_dates_edtf_spec.py)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from PySide6.QtCore import QCoreApplication

from timelineapp.model.dates import parse_date
from timelineapp.render.date_words import describe_date

from ..hypothesis_budget import examples
from ..model.edtf_strategies import EXPRESSION, Written, with_edge_forms
from ..model.test_dates_edtf_spec import SPEC_EXAMPLES
from .test_date_words import in_language


@pytest.fixture(autouse=True, scope="module")
def _application(qapp: QCoreApplication) -> None:
    """A QCoreApplication, which translators need."""


@pytest.mark.parametrize("example", SPEC_EXAMPLES, ids=lambda example: str(example[0]))
def test_specification_example_in_words(example: tuple[Any, ...]) -> None:
    text, french, english = example[0], example[-2], example[-1]
    date = parse_date(text)
    assert in_language("fr", lambda: describe_date(date)) == french
    assert in_language("en", lambda: describe_date(date)) == english


@pytest.mark.parametrize(
    ("text", "french", "english"),
    [
        ("Y-13800000000", "il y a 13,8\u00a0milliards d’années", "13.8 billion years ago"),
        ("Y-66000000", "il y a 66\u00a0millions d’années", "66 million years ago"),
        ("Y-1000000", "il y a 1\u00a0million d’années", "1 million years ago"),
        # French "million" stays singular below two, decimals included.
        ("Y-1500000", "il y a 1,5\u00a0million d’années", "1.5 million years ago"),
        ("Y-2500000", "il y a 2,5\u00a0millions d’années", "2.5 million years ago"),
        ("Y-1200000000", "il y a 1,2\u00a0milliard d’années", "1.2 billion years ago"),
        ("~Y-1500000", "il y a environ 1,5\u00a0million d’années", "around 1.5 million years ago"),
        (
            "Y-2000000/Y-1500000",
            "il y a 2 à 1,5\u00a0millions d’années",
            "2 to 1.5 million years ago",
        ),
        (
            "Y-100000000/Y-66000000",
            "il y a 100 à 66\u00a0millions d’années",
            "100 to 66 million years ago",
        ),
        (
            "199X-21",
            "au printemps d’une année des années 1990",
            "in spring of some year in the 1990s",
        ),
    ],
)
def test_deep_time_and_seasons(text: str, french: str, english: str) -> None:
    date = parse_date(text)
    assert in_language("fr", lambda: describe_date(date)) == french
    assert in_language("en", lambda: describe_date(date)) == english


@settings(max_examples=examples(200), deadline=None)
@given(EXPRESSION)
@with_edge_forms
def test_every_form_has_words(written: Written) -> None:
    date = parse_date(written.coarse)
    for language in ("fr", "en"):
        words = in_language(language, lambda: describe_date(date))
        assert words
        assert words == words.strip()
        assert "  " not in words
        assert "None" not in words
        assert "%1" not in words
        assert "%2" not in words
        if "notée" not in words and "written" not in words:
            # X digits are said ("des années 1990"); only an X inside a year is repeated
            assert "X" not in words.replace("XX", "")
