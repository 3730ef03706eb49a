"""Properties of every EDTF form: it parses, and its span holds each more precise variant.

(That every form has words is tests/ui/test_date_words_spec.py: words are Qt's, the model has
none.)"""

from __future__ import annotations

from hypothesis import given, settings

from timelineapp.model.dates import parse_date

from ..hypothesis_budget import examples
from .edtf_strategies import EXPRESSION, Written, with_edge_forms


@settings(max_examples=examples(400), deadline=None)
@given(EXPRESSION)
@with_edge_forms
def test_every_form_parses_and_holds_its_finer_variants(written: Written) -> None:
    date = parse_date(written.coarse)
    assert date.earliest < date.latest
    for text in written.finer:
        finer = parse_date(text)
        assert date.earliest <= finer.earliest, (written.coarse, text)
        assert finer.latest <= date.latest, (written.coarse, text)
        assert finer.precision >= date.precision or date.members


def test_the_winter_of_9999_ends_in_the_year_10000() -> None:
    # Its last months cannot be written with a month (a Y year has none), yet it parses.
    date = parse_date("9999-24")
    assert date.earliest < parse_date("Y10000").earliest < date.latest
