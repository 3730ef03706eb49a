"""Properties of every EDTF form: it parses, and its span holds each more precise variant."""

from __future__ import annotations

from hypothesis import given, settings

from timelineapp.model.date_words import describe_date
from timelineapp.model.dates import parse_date

from .edtf_strategies import EXPRESSION, Written


# Both properties are checked on each draw: drawing the forms is most of the cost, so one
# draw of 400 serves both (they were two tests drawing 400 and 200; words now see all 400).
@settings(max_examples=400, deadline=None)
@given(EXPRESSION)
def test_every_form_parses_holds_its_finer_variants_and_has_words(written: Written) -> None:
    _parses_and_holds_its_finer_variants(written)
    _has_words(written)


def _parses_and_holds_its_finer_variants(written: Written) -> None:
    date = parse_date(written.coarse)
    assert date.earliest < date.latest
    for text in written.finer:
        finer = parse_date(text)
        assert date.earliest <= finer.earliest, (written.coarse, text)
        assert finer.latest <= date.latest, (written.coarse, text)
        assert finer.precision >= date.precision or date.members


def _has_words(written: Written) -> None:
    date = parse_date(written.coarse)
    for language in ("fr", "en"):
        words = describe_date(date, language)
        assert words
        assert words == words.strip()
        assert "  " not in words
        assert "None" not in words
        if "notée" not in words and "written" not in words:
            # X digits are said ("des années 1990"); only an X inside a year is repeated
            assert "X" not in words.replace("XX", "")


def test_the_winter_of_9999_ends_in_the_year_10000() -> None:
    # Its last months cannot be written with a month (a Y year has none), yet it parses.
    date = parse_date("9999-24")
    assert date.earliest < parse_date("Y10000").earliest < date.latest
